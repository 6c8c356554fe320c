//! The hot path of a stream: one task per publisher track hands each
//! packet to every viewer's bounded queue (a full queue makes that viewer
//! skip ahead, never wait), one asks the publisher for keyframes, and one
//! per viewer and track writes the queue to the viewer's connection and
//! hears their keyframe requests.

use super::forward::{Codec, Forwarder, KeyframeRequests};
use rtc::{rtcp::payload_feedbacks::picture_loss_indication::PictureLossIndication, rtp::Packet};
use std::{
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};
use tokio::sync::mpsc;
use webrtc::media_stream::{
    track_local::{static_rtp::TrackLocalStaticRTP, TrackLocal, TrackLocalEvent},
    track_remote::{TrackRemote, TrackRemoteEvent},
};

/// The least time between two keyframe requests to the publisher.
const KEYFRAME_SPACING: Duration = Duration::from_millis(500);
/// The least time between two requests passed on from viewers: with a large
/// audience someone always has lost a packet, and each keyframe costs every
/// viewer's bandwidth.
pub const VIEWER_KEYFRAME_SPACING: Duration = Duration::from_secs(2);

/// Where viewers' keyframe requests for one track go: to the task that
/// asks the publisher, spaced out over all of the track's viewers.
#[derive(Clone)]
pub struct ViewerRequests {
    pub asked: mpsc::Sender<()>,
    pub spacing: Arc<Mutex<KeyframeRequests>>,
}

impl ViewerRequests {
    fn pass_on(&self) {
        let admitted = self
            .spacing
            .lock()
            .map(|mut spacing| spacing.admit(Instant::now()))
            .unwrap_or(false);
        if admitted {
            let _ = self.asked.try_send(());
        }
    }
}

/// A viewer joining a fan-out task, with their queue (they leave by
/// dropping its other end).
pub struct Join(pub mpsc::Sender<Packet>);

/// Reads the publisher's track and hands each packet to every viewer's
/// queue; a full queue makes that viewer skip ahead, never wait.
pub async fn fan_out(
    remote: Arc<dyn TrackRemote>,
    codec: Codec,
    mut joins: mpsc::UnboundedReceiver<Join>,
    keyframes: mpsc::Sender<()>,
    bytes_received: Arc<AtomicU64>,
) {
    let mut viewers: Vec<(Forwarder, mpsc::Sender<Packet>)> = Vec::new();
    loop {
        tokio::select! {
            biased;
            join = joins.recv() => match join {
                Some(Join(queue)) => viewers.push((Forwarder::new(codec), queue)),
                None => break,
            },
            event = remote.poll() => match event {
                Some(TrackRemoteEvent::OnRtpPacket(packet)) => {
                    let size = u64::try_from(packet.payload.len()).unwrap_or(0);
                    bytes_received.fetch_add(size, Ordering::Relaxed);
                    viewers.retain_mut(|(forwarder, queue)| {
                        let Some(sequence_number) = forwarder.admit(packet.header.sequence_number, &packet.payload) else {
                            return true;
                        };
                        let mut copy = packet.clone();
                        copy.header.sequence_number = sequence_number;
                        match queue.try_send(copy) {
                            Ok(()) => true,
                            Err(mpsc::error::TrySendError::Full(_)) => {
                                forwarder.fell_behind(packet.header.sequence_number);
                                true
                            }
                            Err(mpsc::error::TrySendError::Closed(_)) => false,
                        }
                    });
                    // Asked again (spaced out) while anyone waits: a request
                    // or the keyframe itself may be lost.
                    if viewers.iter().any(|(forwarder, _)| forwarder.waiting_for_keyframe()) {
                        let _ = keyframes.try_send(());
                    }
                }
                Some(TrackRemoteEvent::OnEnded) | None => break,
                Some(_) => {}
            },
        }
    }
}

/// Sends keyframe requests (PLI) to the publisher, spaced out.
pub async fn ask_for_keyframes(
    remote: Arc<dyn TrackRemote>,
    media_ssrc: u32,
    mut asked: mpsc::Receiver<()>,
) {
    let mut requests = KeyframeRequests::new(KEYFRAME_SPACING);
    while asked.recv().await.is_some() {
        let wait = requests.next_send(Instant::now());
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        while asked.try_recv().is_ok() {}
        let pli = PictureLossIndication {
            sender_ssrc: 0,
            media_ssrc,
        };
        if remote.write_rtcp(vec![Box::new(pli)]).await.is_err() {
            break;
        }
    }
}

/// Writes one viewer's queue to their connection, as this connection
/// numbers the stream, and passes on their requests for a keyframe.
pub async fn write_to_viewer(
    track: Arc<TrackLocalStaticRTP>,
    mut packets: mpsc::Receiver<Packet>,
    (ssrc, payload_type): (u32, u8),
    keyframes: Option<ViewerRequests>,
) {
    loop {
        tokio::select! {
            packet = packets.recv() => {
                let Some(mut packet) = packet else { break };
                packet.header.ssrc = ssrc;
                packet.header.payload_type = payload_type;
                packet.header.extension = false;
                packet.header.extensions.clear();
                packet.header.extensions_padding = 0;
                if track.write_rtp(packet).await.is_err() {
                    break;
                }
            }
            event = track.poll() => match event {
                Some(TrackLocalEvent::OnRtcpPacket(feedback)) => {
                    let asks = feedback.iter().any(|p| super::feedback::asks_for_keyframe(p.as_ref()));
                    if let (true, Some(keyframes)) = (asks, &keyframes) {
                        keyframes.pass_on();
                    }
                }
                Some(_) => {}
                None => break,
            },
        }
    }
}
