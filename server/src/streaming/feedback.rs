//! Interceptors for what viewers send back. Their keyframe requests (PLI
//! and FIR) are passed on to the forwarding unit: the crate's interceptors
//! keep inbound RTCP to themselves unless one marks a packet for the
//! application; one, last in the chain, marks the keyframe requests and
//! lets the rest stop there, as the crate's own `rtcp-processing` example
//! does. The unit then asks the publisher, spaced out, so a viewer whose
//! picture broke gets a fresh one.
//!
//! Their requests to resend lost packets (NACK) are kept within a budget
//! before the crate's responder answers them: it resends whatever is asked,
//! as often as asked, so on an overloaded server, where viewers lose more,
//! resending made more load and memory grew without bound.

use rtc::{
    interceptor::{Attribute, Interceptor, Packet, Slot, StreamInfo, TaggedPacket},
    rtcp::{
        payload_feedbacks::{
            full_intra_request::FullIntraRequest, picture_loss_indication::PictureLossIndication,
        },
        transport_feedbacks::transport_layer_nack::{NackPair, TransportLayerNack},
    },
    sansio::Protocol,
    shared::error::Error,
};
use std::{collections::VecDeque, time::Instant};

/// Packets resent to one connection per second at most: more than half the
/// packets of a 1.5 Mbit/s stream, plenty for the losses of a working
/// network.
const RESENDS_PER_SECOND: f64 = 100.0;

/// What an interceptor here does with inbound RTCP: the message to pass
/// on, or `None` to stop it there.
pub trait RtcpFilter: Send + Sync + 'static {
    fn filter(&mut self, message: TaggedPacket) -> Option<TaggedPacket>;
}

/// An interceptor that changes inbound RTCP with `F` and passes everything
/// else as it came.
#[derive(Default)]
pub struct OnInboundRtcp<F> {
    filter: F,
    reads: VecDeque<TaggedPacket>,
    writes: VecDeque<TaggedPacket>,
}

impl<F: RtcpFilter> Protocol<TaggedPacket, TaggedPacket, ()> for OnInboundRtcp<F> {
    type Rout = TaggedPacket;
    type Wout = TaggedPacket;
    type Eout = ();
    type Error = Error;
    type Time = Instant;

    fn handle_read(&mut self, message: TaggedPacket) -> Result<(), Error> {
        let passed = match message.message.packet {
            Packet::Rtcp(_) => self.filter.filter(message),
            _ => Some(message),
        };
        self.reads.extend(passed);
        Ok(())
    }

    fn poll_read(&mut self) -> Option<TaggedPacket> {
        self.reads.pop_front()
    }

    fn handle_write(&mut self, message: TaggedPacket) -> Result<(), Error> {
        self.writes.push_back(message);
        Ok(())
    }

    fn poll_write(&mut self) -> Option<TaggedPacket> {
        self.writes.pop_front()
    }
}

impl<F: RtcpFilter> Interceptor for OnInboundRtcp<F> {
    fn bind_local_stream(&mut self, _info: &StreamInfo) {}
    fn unbind_local_stream(&mut self, _info: &StreamInfo) {}
    fn bind_remote_stream(&mut self, _info: &StreamInfo) {}
    fn unbind_remote_stream(&mut self, _info: &StreamInfo) {}
}

/// Marks inbound keyframe requests for the application; the rest of the
/// RTCP stops here, the interceptors before have acted on it.
#[derive(Default)]
pub struct KeyframeRequestsToApplication;

/// Application-most: every other interceptor has read the RTCP before.
pub fn slot() -> Slot {
    Slot::from(14_000)
}

/// Whether an RTCP packet asks for a keyframe.
pub fn asks_for_keyframe(packet: &dyn rtc::rtcp::Packet) -> bool {
    let packet = packet.as_any();
    packet.is::<PictureLossIndication>() || packet.is::<FullIntraRequest>()
}

impl RtcpFilter for KeyframeRequestsToApplication {
    fn filter(&mut self, mut message: TaggedPacket) -> Option<TaggedPacket> {
        let Packet::Rtcp(packets) = &message.message.packet else {
            return Some(message);
        };
        let requests: Vec<Box<dyn rtc::rtcp::Packet>> = packets
            .iter()
            .filter(|packet| asks_for_keyframe(packet.as_ref()))
            .cloned()
            .collect();
        if requests.is_empty() {
            return None;
        }
        message.message.packet = Packet::Rtcp(requests);
        message.message.add(Attribute::DeliverToApplication);
        Some(message)
    }
}

/// Before the NACK responder: what reads pass on first.
pub fn resend_budget_slot() -> Slot {
    Slot::from(3_500)
}

/// Keeps a connection's requests to resend within [`RESENDS_PER_SECOND`]
/// (a token bucket filled by the time between requests). It counts what is
/// asked, so fewer packets may be resent (those no longer kept are not);
/// all of a connection's tracks share it.
pub struct ResendBudget {
    tokens: f64,
    filled_at: Option<Instant>,
}

impl Default for ResendBudget {
    fn default() -> Self {
        ResendBudget {
            tokens: RESENDS_PER_SECOND,
            filled_at: None,
        }
    }
}

/// The lost-packet ranges that fit in `budget` packets, in order, and the
/// packets they ask for.
fn within_budget(nacks: &[NackPair], budget: f64) -> (Vec<NackPair>, f64) {
    let mut kept = Vec::new();
    let mut used = 0.0;
    for pair in nacks {
        let asked = f64::from(pair.lost_packets.count_ones() + 1);
        if used + asked > budget {
            break;
        }
        used += asked;
        kept.push(*pair);
    }
    (kept, used)
}

impl ResendBudget {
    fn fill(&mut self, now: Instant) {
        if let Some(before) = self.filled_at {
            let gained = now.saturating_duration_since(before).as_secs_f64() * RESENDS_PER_SECOND;
            self.tokens = (self.tokens + gained).min(RESENDS_PER_SECOND);
        }
        self.filled_at = Some(now);
    }

    /// The packet with its NACKs cut to the budget (a NACK left with
    /// nothing to ask goes).
    fn trim(&mut self, packet: Box<dyn rtc::rtcp::Packet>) -> Option<Box<dyn rtc::rtcp::Packet>> {
        let Some(nack) = packet.as_any().downcast_ref::<TransportLayerNack>() else {
            return Some(packet);
        };
        let (kept, used) = within_budget(&nack.nacks, self.tokens);
        self.tokens -= used;
        (!kept.is_empty()).then(|| {
            Box::new(TransportLayerNack {
                sender_ssrc: nack.sender_ssrc,
                media_ssrc: nack.media_ssrc,
                nacks: kept,
            }) as Box<dyn rtc::rtcp::Packet>
        })
    }
}

impl RtcpFilter for ResendBudget {
    fn filter(&mut self, mut message: TaggedPacket) -> Option<TaggedPacket> {
        self.fill(message.now);
        if let Packet::Rtcp(packets) = &mut message.message.packet {
            if packets.is_empty() {
                return Some(message);
            }
            let trimmed: Vec<_> = std::mem::take(packets)
                .into_iter()
                .filter_map(|packet| self.trim(packet))
                .collect();
            if trimmed.is_empty() {
                return None;
            }
            *packets = trimmed;
        }
        Some(message)
    }
}

#[cfg(test)]
mod tests {
    use super::{asks_for_keyframe, within_budget, NackPair};
    use rtc::rtcp::{
        payload_feedbacks::{
            full_intra_request::FullIntraRequest, picture_loss_indication::PictureLossIndication,
        },
        receiver_report::ReceiverReport,
    };

    #[test]
    fn picture_loss_and_full_intra_requests_ask_for_a_keyframe() {
        assert!(asks_for_keyframe(&PictureLossIndication::default()));
        assert!(asks_for_keyframe(&FullIntraRequest::default()));
        assert!(!asks_for_keyframe(&ReceiverReport::default()));
    }

    #[test]
    fn requests_to_resend_are_kept_within_the_budget_in_order() {
        let pair = |packet_id, lost_packets| NackPair {
            packet_id,
            lost_packets,
        };
        // 1 + 2, then 1 + 16, then 1 packets asked.
        let nacks = [pair(10, 0b11), pair(40, 0xffff), pair(90, 0)];
        assert_eq!(within_budget(&nacks, 100.0), (nacks.to_vec(), 21.0));
        assert_eq!(within_budget(&nacks, 10.0), (vec![pair(10, 0b11)], 3.0));
        assert_eq!(within_budget(&nacks, 2.0), (vec![], 0.0));
    }
}
