//! A stream's viewers: answering their offers, letting their queues join
//! the fan-out once connected, and ending their connections.

use super::{SourceTrack, Stream, StreamError, ViewerConnection, AUDIO_QUEUE, VIDEO_QUEUE};
use crate::streaming::{
    fan_out::{write_to_viewer, Join},
    peer::{self, events, NetworkSettings, PeerError},
    seats::Seat,
};
use app::streaming::{access::Viewer, Watcher};
use rtc::{
    media_stream::MediaStreamTrack,
    rtp_transceiver::rtp_sender::{RTCRtpCodingParameters, RTCRtpEncodingParameters},
};
use std::sync::Arc;
use tokio::sync::mpsc;
use webrtc::{
    media_stream::track_local::{static_rtp::TrackLocalStaticRTP, TrackLocal},
    peer_connection::PeerConnection,
};

impl Stream {
    /// Adds a viewer from their offer, in the place `seat` holds for them:
    /// the viewer's resource name and the answer.
    pub async fn watch(
        self: &Arc<Self>,
        offer: String,
        (who, seat): (Viewer, Seat),
        network: &NetworkSettings,
    ) -> Result<(String, String), StreamError> {
        if !self.is_live() {
            return Err(StreamError::NotLive);
        }
        let sources: Vec<Arc<SourceTrack>> = self
            .tracks
            .lock()
            .map(|tracks| tracks.clone())
            .unwrap_or_default();
        let resource = app::platform::secrets::new_token();
        let weak = Arc::downgrade(self);
        let connected = (weak.clone(), resource.clone());
        let leaving = resource.clone();
        let (handler, mut gathered) = events(
            move || {
                if let Some(stream) = connected.0.upgrade() {
                    stream.start_viewer(&connected.1);
                }
            },
            move || {
                if let Some(stream) = weak.upgrade() {
                    let resource = leaving.clone();
                    tokio::spawn(async move { stream.leave(&resource).await });
                }
            },
            None,
        );
        let connection = peer::connect(network, handler).await?;
        match self
            .attach(
                &connection,
                (&resource, who, seat),
                &sources,
                offer,
                &mut gathered,
                network,
            )
            .await
        {
            Ok(answer) => Ok((resource, answer)),
            Err(error) => {
                self.leave(&resource).await;
                let _ = connection.close().await;
                Err(error)
            }
        }
    }

    async fn attach(
        &self,
        connection: &Arc<dyn PeerConnection>,
        (resource, who, seat): (&str, Viewer, Seat),
        sources: &[Arc<SourceTrack>],
        offer: String,
        gathered: &mut peer::GatheringDone,
        network: &NetworkSettings,
    ) -> Result<String, StreamError> {
        connection
            .set_remote_description(
                webrtc::peer_connection::RTCSessionDescription::offer(offer)
                    .map_err(PeerError::from)?,
            )
            .await
            .map_err(PeerError::from)?;
        let mut locals = Vec::new();
        for (index, source) in sources.iter().enumerate() {
            let ssrc = rand::random::<u32>();
            let local = Arc::new(TrackLocalStaticRTP::new(MediaStreamTrack::new(
                format!("session-{}", self.session_id),
                format!("{}-{index}", source.kind),
                format!("{}", source.kind),
                source.kind,
                vec![RTCRtpEncodingParameters {
                    rtp_coding_parameters: RTCRtpCodingParameters {
                        ssrc: Some(ssrc),
                        ..Default::default()
                    },
                    codec: source.codec.clone(),
                    ..Default::default()
                }],
            )));
            let sender = connection
                .add_track(local.clone() as Arc<dyn TrackLocal>)
                .await
                .map_err(PeerError::from)?;
            locals.push((source.clone(), local, sender, ssrc));
        }
        let answer = connection
            .create_answer(None)
            .await
            .map_err(PeerError::from)?;
        connection
            .set_local_description(answer)
            .await
            .map_err(PeerError::from)?;
        peer::wait_for_candidates(gathered).await;
        let local_sdp = connection
            .local_description()
            .await
            .ok_or(PeerError::NoAnswer)?
            .sdp;
        let answer = match network.public_address {
            Some(public) => peer::announce_public_address(&local_sdp, network.bind_address, public),
            None => local_sdp,
        };
        let mut writers = Vec::new();
        let mut waiting = Vec::new();
        for (source, local, sender, ssrc) in locals {
            let parameters = sender.get_parameters().await.map_err(PeerError::from)?;
            let Some(payload_type) = parameters
                .rtp_parameters
                .codecs
                .iter()
                .find(|c| {
                    c.rtp_codec
                        .mime_type
                        .eq_ignore_ascii_case(&source.codec.mime_type)
                })
                .map(|c| c.payload_type)
            else {
                continue;
            };
            let capacity = if source.forward_codec.is_video() {
                VIDEO_QUEUE
            } else {
                AUDIO_QUEUE
            };
            let (queue, packets) = mpsc::channel(capacity);
            let keyframes = source
                .forward_codec
                .is_video()
                .then(|| source.viewer_requests.clone());
            writers.push(tokio::spawn(write_to_viewer(
                local,
                packets,
                (ssrc, payload_type),
                keyframes,
            )));
            waiting.push((source, queue));
        }
        if writers.is_empty() {
            return Err(StreamError::NoCommonCodec);
        }
        let viewer = ViewerConnection {
            who,
            _seat: seat,
            connection: connection.clone(),
            writers,
            waiting,
        };
        // A stream that ended while this viewer was being answered (its
        // tracks are gone) takes no more viewers.
        let mut viewers = self.viewers.lock().map_err(|_| StreamError::NotLive)?;
        if !self.is_live() {
            for writer in &viewer.writers {
                writer.abort();
            }
            return Err(StreamError::NotLive);
        }
        viewers.insert(resource.to_owned(), viewer);
        Ok(answer)
    }

    /// Everyone watching now.
    pub fn watchers(&self) -> Vec<Watcher> {
        self.viewers
            .lock()
            .map(|viewers| {
                viewers
                    .iter()
                    .map(|(resource, viewer)| Watcher {
                        session_id: self.session_id,
                        resource: resource.clone(),
                        viewer: viewer.who,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The viewer's connection is up: their queues join the fan-out, and
    /// the publisher is asked for a keyframe to start their picture.
    fn start_viewer(&self, resource: &str) {
        let waiting = self
            .viewers
            .lock()
            .ok()
            .and_then(|mut viewers| {
                viewers
                    .get_mut(resource)
                    .map(|v| std::mem::take(&mut v.waiting))
            })
            .unwrap_or_default();
        for (source, queue) in waiting {
            let _ = source.joins.send(Join(queue));
            if source.forward_codec.is_video() {
                let _ = source.keyframes.try_send(());
            }
        }
    }

    /// Ends a viewer's connection; false for an unknown one.
    pub async fn leave(&self, resource: &str) -> bool {
        let viewer = self
            .viewers
            .lock()
            .ok()
            .and_then(|mut viewers| viewers.remove(resource));
        let Some(viewer) = viewer else {
            return false;
        };
        for writer in &viewer.writers {
            writer.abort();
        }
        let _ = viewer.connection.close().await;
        true
    }
}
