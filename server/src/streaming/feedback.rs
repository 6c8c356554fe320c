//! Viewers' keyframe requests (PLI and FIR), passed on to the forwarding
//! unit. The crate's interceptors keep inbound RTCP to themselves unless
//! one marks a packet for the application; this one, last in the chain,
//! marks the keyframe requests and lets the rest stop there, as the crate's
//! own `rtcp-processing` example does. The unit then asks the publisher,
//! spaced out, so a viewer whose picture broke gets a fresh one.

use rtc::{
    interceptor::{Attribute, Interceptor, Packet, Slot, StreamInfo, TaggedPacket},
    rtcp::payload_feedbacks::{
        full_intra_request::FullIntraRequest, picture_loss_indication::PictureLossIndication,
    },
    sansio::Protocol,
    shared::error::Error,
};
use std::{collections::VecDeque, time::Instant};

/// Marks inbound keyframe requests for the application.
#[derive(Default)]
pub struct KeyframeRequestsToApplication {
    reads: VecDeque<TaggedPacket>,
    writes: VecDeque<TaggedPacket>,
}

/// Application-most: every other interceptor has read the RTCP before.
pub fn slot() -> Slot {
    Slot::from(14_000)
}

/// Whether an RTCP packet asks for a keyframe.
pub fn asks_for_keyframe(packet: &dyn rtc::rtcp::Packet) -> bool {
    let packet = packet.as_any();
    packet.is::<PictureLossIndication>() || packet.is::<FullIntraRequest>()
}

impl Protocol<TaggedPacket, TaggedPacket, ()> for KeyframeRequestsToApplication {
    type Rout = TaggedPacket;
    type Wout = TaggedPacket;
    type Eout = ();
    type Error = Error;
    type Time = Instant;

    fn handle_read(&mut self, mut message: TaggedPacket) -> Result<(), Error> {
        if let Packet::Rtcp(packets) = &message.message.packet {
            let requests: Vec<Box<dyn rtc::rtcp::Packet>> = packets
                .iter()
                .filter(|packet| asks_for_keyframe(packet.as_ref()))
                .cloned()
                .collect();
            if requests.is_empty() {
                return Ok(());
            }
            message.message.packet = Packet::Rtcp(requests);
            message.message.add(Attribute::DeliverToApplication);
        }
        self.reads.push_back(message);
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

impl Interceptor for KeyframeRequestsToApplication {
    fn bind_local_stream(&mut self, _info: &StreamInfo) {}
    fn unbind_local_stream(&mut self, _info: &StreamInfo) {}
    fn bind_remote_stream(&mut self, _info: &StreamInfo) {}
    fn unbind_remote_stream(&mut self, _info: &StreamInfo) {}
}

#[cfg(test)]
mod tests {
    use super::asks_for_keyframe;
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
}
