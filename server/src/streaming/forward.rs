//! What each viewer gets of a publisher's packets. Every viewer has its own
//! bounded queue; a viewer whose queue is full is not waited for: its video
//! skips ahead to the next keyframe (so it never shows a broken picture),
//! and the sequence numbers it sees stay contiguous, so its browser does not
//! ask again for packets that were skipped on purpose.

use std::time::{Duration, Instant};

/// The codecs whose keyframes the forwarder recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Opus,
    Vp8,
    H264,
}

impl Codec {
    /// The codec of a MIME type as SDP names it (`video/VP8`, `audio/opus`).
    pub fn from_mime(mime: &str) -> Option<Codec> {
        match mime.to_ascii_lowercase().as_str() {
            "audio/opus" => Some(Codec::Opus),
            "video/vp8" => Some(Codec::Vp8),
            "video/h264" => Some(Codec::H264),
            _ => None,
        }
    }

    pub fn is_video(self) -> bool {
        self != Codec::Opus
    }
}

/// Whether an RTP payload starts a keyframe, a point where a viewer can
/// begin to decode.
pub fn starts_keyframe(codec: Codec, payload: &[u8]) -> bool {
    match codec {
        Codec::Opus => true,
        Codec::Vp8 => vp8_starts_keyframe(payload),
        Codec::H264 => h264_starts_keyframe(payload),
    }
}

/// RFC 7741: the payload descriptor, then (at the start of partition 0) the
/// VP8 frame header, whose lowest bit is 0 on a keyframe.
fn vp8_starts_keyframe(payload: &[u8]) -> bool {
    let Some(&first) = payload.first() else {
        return false;
    };
    let start_of_partition = first & 0x10 != 0;
    let partition_id = first & 0x07;
    if !start_of_partition || partition_id != 0 {
        return false;
    }
    let mut at = 1;
    if first & 0x80 != 0 {
        let Some(&extension) = payload.get(at) else {
            return false;
        };
        at += 1;
        if extension & 0x80 != 0 {
            let Some(&picture_id) = payload.get(at) else {
                return false;
            };
            at += if picture_id & 0x80 != 0 { 2 } else { 1 };
        }
        if extension & 0x40 != 0 {
            at += 1;
        }
        if extension & 0x30 != 0 {
            at += 1;
        }
    }
    payload.get(at).is_some_and(|header| header & 0x01 == 0)
}

const H264_IDR: u8 = 5;
const H264_SPS: u8 = 7;
const H264_STAP_A: u8 = 24;
const H264_FU_A: u8 = 28;

/// RFC 6184: a sequence parameter set (alone or aggregated), or the first
/// fragment of an IDR picture.
fn h264_starts_keyframe(payload: &[u8]) -> bool {
    let Some(&header) = payload.first() else {
        return false;
    };
    match header & 0x1f {
        H264_SPS | H264_IDR => true,
        H264_STAP_A => {
            let mut rest = &payload[1..];
            while let [high, low, tail @ ..] = rest {
                let size = usize::from(u16::from_be_bytes([*high, *low]));
                let Some(unit) = tail.get(..size) else {
                    return false;
                };
                if unit
                    .first()
                    .is_some_and(|nal| matches!(nal & 0x1f, H264_SPS | H264_IDR))
                {
                    return true;
                }
                rest = &tail[size..];
            }
            false
        }
        H264_FU_A => payload
            .get(1)
            .is_some_and(|fu| fu & 0x80 != 0 && fu & 0x1f == H264_IDR),
        _ => false,
    }
}

/// One viewer's view of one track.
#[derive(Debug)]
pub struct Forwarder {
    codec: Codec,
    waiting_for_keyframe: bool,
    /// The highest sequence number passed on, as received and as sent.
    last: Option<(u16, u16)>,
    /// Subtracted from received numbers to give the numbers sent.
    offset: u16,
}

/// Whether `number` comes after `than`, in 16-bit wrapping order.
fn is_after(number: u16, than: u16) -> bool {
    let ahead = number.wrapping_sub(than);
    ahead != 0 && ahead < 0x8000
}

impl Forwarder {
    /// A new viewer starts video at a keyframe, audio at once.
    pub fn new(codec: Codec) -> Forwarder {
        Forwarder {
            codec,
            waiting_for_keyframe: codec.is_video(),
            last: None,
            offset: 0,
        }
    }

    /// The sequence number to send the packet under, or `None` to skip it.
    /// After a skip, the packet the viewer resumes with follows the last one
    /// it was sent; older packets (late or resent) are dropped then, as their
    /// numbers are taken.
    pub fn admit(&mut self, sequence_number: u16, payload: &[u8]) -> Option<u16> {
        if self.waiting_for_keyframe {
            if !starts_keyframe(self.codec, payload) {
                return None;
            }
            self.waiting_for_keyframe = false;
            if let Some((received, sent)) = self.last {
                if !is_after(sequence_number, received) {
                    self.waiting_for_keyframe = true;
                    return None;
                }
                self.offset = sequence_number.wrapping_sub(sent.wrapping_add(1));
            } else {
                self.offset = 0;
            }
        }
        let sent = sequence_number.wrapping_sub(self.offset);
        match self.last {
            Some((received, _)) if !is_after(sequence_number, received) => {}
            _ => self.last = Some((sequence_number, sent)),
        }
        Some(sent)
    }

    /// The admitted packet did not fit in the viewer's queue: video skips to
    /// the next keyframe, and the number it was to have is given again.
    pub fn fell_behind(&mut self, sequence_number: u16) {
        if let Some((received, sent)) = self.last {
            if received == sequence_number {
                self.last = Some((received.wrapping_sub(1), sent.wrapping_sub(1)));
            }
        }
        if self.codec.is_video() {
            self.waiting_for_keyframe = true;
        } else {
            self.offset = self.offset.wrapping_add(1);
        }
    }

    pub fn waiting_for_keyframe(&self) -> bool {
        self.waiting_for_keyframe
    }
}

/// Keyframe requests to a publisher, at most one per interval however many
/// viewers join or fall behind: each costs the publisher a large frame.
#[derive(Debug)]
pub struct KeyframeRequests {
    interval: Duration,
    last: Option<Instant>,
}

impl KeyframeRequests {
    pub fn new(interval: Duration) -> KeyframeRequests {
        KeyframeRequests {
            interval,
            last: None,
        }
    }

    /// How long a request asked for `now` must wait before it goes out
    /// (requests asked meanwhile go out with it).
    pub fn next_send(&mut self, now: Instant) -> Duration {
        let at = match self.last {
            Some(last) if now < last + self.interval => last + self.interval,
            _ => now,
        };
        self.last = Some(at);
        at - now
    }

    /// Whether a request asked for `now` goes out at all: only when none
    /// went out within the interval (else it is dropped, as the keyframe
    /// asked for then serves it too).
    pub fn admit(&mut self, now: Instant) -> bool {
        if self.last.is_some_and(|last| now < last + self.interval) {
            return false;
        }
        self.last = Some(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_within_the_interval_of_one_that_went_out_are_dropped() {
        let start = Instant::now();
        let mut requests = KeyframeRequests::new(Duration::from_secs(2));
        assert!(requests.admit(start));
        assert!(!requests.admit(start + Duration::from_millis(1999)));
        assert!(requests.admit(start + Duration::from_secs(2)));
        assert!(!requests.admit(start + Duration::from_secs(3)));
    }

    /// A VP8 payload: descriptor with a 15-bit picture id, then the frame
    /// header's first byte.
    fn vp8(start: bool, keyframe: bool) -> Vec<u8> {
        let first = 0x80 | if start { 0x10 } else { 0 };
        vec![
            first,
            0x80,
            0x81,
            0x23,
            if keyframe { 0x10 } else { 0x11 },
            0,
            0,
        ]
    }

    #[test]
    fn vp8_keyframes_are_found_behind_the_descriptor() {
        assert!(starts_keyframe(Codec::Vp8, &vp8(true, true)));
        assert!(!starts_keyframe(Codec::Vp8, &vp8(true, false)));
        assert!(!starts_keyframe(Codec::Vp8, &vp8(false, true)));
        assert!(starts_keyframe(Codec::Vp8, &[0x10, 0x00]));
        assert!(!starts_keyframe(Codec::Vp8, &[0x90]));
        assert!(!starts_keyframe(Codec::Vp8, &[]));
    }

    #[test]
    fn h264_keyframes_start_at_parameter_sets_or_an_idr() {
        assert!(starts_keyframe(Codec::H264, &[0x67, 0x42]));
        assert!(starts_keyframe(Codec::H264, &[0x65, 0x88]));
        assert!(!starts_keyframe(Codec::H264, &[0x41, 0x9a]));
        let stap = [0x78, 0, 2, 0x09, 0x10, 0, 3, 0x67, 0x42, 0x00];
        assert!(starts_keyframe(Codec::H264, &stap));
        assert!(!starts_keyframe(Codec::H264, &[0x78, 0, 2, 0x09, 0x10]));
        assert!(!starts_keyframe(Codec::H264, &[0x78, 0, 9, 0x67]));
        assert!(starts_keyframe(Codec::H264, &[0x7c, 0x85, 0x88]));
        assert!(!starts_keyframe(Codec::H264, &[0x7c, 0x05, 0x88]));
        assert!(!starts_keyframe(Codec::H264, &[0x7c, 0x81, 0x9a]));
    }

    #[test]
    fn a_new_viewer_starts_at_a_keyframe() {
        let mut viewer = Forwarder::new(Codec::Vp8);
        assert_eq!(viewer.admit(100, &vp8(true, false)), None);
        assert_eq!(viewer.admit(101, &vp8(false, false)), None);
        assert_eq!(viewer.admit(102, &vp8(true, true)), Some(102));
        assert_eq!(viewer.admit(103, &vp8(false, false)), Some(103));
    }

    #[test]
    fn a_viewer_that_falls_behind_skips_to_the_next_keyframe_with_contiguous_numbers() {
        let mut viewer = Forwarder::new(Codec::Vp8);
        assert_eq!(viewer.admit(1, &vp8(true, true)), Some(1));
        assert_eq!(viewer.admit(2, &vp8(true, false)), Some(2));
        assert_eq!(viewer.admit(3, &vp8(true, false)), Some(3));
        viewer.fell_behind(3);
        assert!(viewer.waiting_for_keyframe());
        assert_eq!(viewer.admit(4, &vp8(true, false)), None);
        assert_eq!(viewer.admit(9, &vp8(true, true)), Some(3));
        assert_eq!(viewer.admit(10, &vp8(false, false)), Some(4));
    }

    #[test]
    fn packets_resent_or_late_during_a_skip_do_not_take_the_keyframe_number() {
        let mut viewer = Forwarder::new(Codec::Vp8);
        assert_eq!(viewer.admit(50, &vp8(true, true)), Some(50));
        assert_eq!(viewer.admit(51, &vp8(true, false)), Some(51));
        viewer.fell_behind(51);
        assert_eq!(
            viewer.admit(49, &vp8(true, true)),
            None,
            "an old keyframe resent"
        );
        assert_eq!(viewer.admit(52, &vp8(true, false)), None);
        assert_eq!(viewer.admit(52, &vp8(true, false)), None, "a duplicate");
        assert_eq!(viewer.admit(60, &vp8(true, true)), Some(51));
        assert_eq!(viewer.admit(61, &vp8(false, false)), Some(52));
        assert_eq!(
            viewer.admit(60, &vp8(true, true)),
            Some(51),
            "a resend keeps its number"
        );
    }

    #[test]
    fn audio_is_passed_at_once_and_sequence_numbers_wrap() {
        let mut listener = Forwarder::new(Codec::Opus);
        assert_eq!(listener.admit(u16::MAX, &[1]), Some(u16::MAX));
        assert_eq!(listener.admit(0, &[1]), Some(0));
        listener.fell_behind(0);
        assert!(!listener.waiting_for_keyframe());
        assert_eq!(listener.admit(1, &[1]), Some(0));
        assert_eq!(listener.admit(2, &[1]), Some(1));
    }

    #[test]
    fn keyframe_requests_are_spaced() {
        let start = Instant::now();
        let ms = Duration::from_millis;
        let mut requests = KeyframeRequests::new(ms(500));
        assert_eq!(requests.next_send(start), ms(0));
        assert_eq!(requests.next_send(start + ms(100)), ms(400));
        assert_eq!(requests.next_send(start + ms(600)), ms(400));
        assert_eq!(requests.next_send(start + ms(2000)), ms(0));
    }

    #[test]
    fn codecs_are_named_as_sdp_names_them() {
        assert_eq!(Codec::from_mime("video/VP8"), Some(Codec::Vp8));
        assert_eq!(Codec::from_mime("video/H264"), Some(Codec::H264));
        assert_eq!(Codec::from_mime("audio/opus"), Some(Codec::Opus));
        assert_eq!(Codec::from_mime("video/AV1"), None);
    }
}
