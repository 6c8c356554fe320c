//! One live stream: the publisher's connection, a fan-out task per track it
//! sends, and the viewers. Each fan-out task owns its viewers' forwarders
//! and queues, so the hot path takes no lock; viewers join and leave
//! through its command channel.

mod viewers;

use super::{
    fan_out::{ask_for_keyframes, fan_out, Join, ViewerRequests, VIEWER_KEYFRAME_SPACING},
    forward::{Codec, KeyframeRequests},
    peer::{self, events, NetworkSettings, PeerError},
};
use app::streaming::access::Viewer;
use chrono::{DateTime, Utc};
use rtc::{
    rtp::Packet,
    rtp_transceiver::rtp_sender::{RTCRtpCodec, RtpCodecKind},
};
use std::{
    collections::HashMap,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex, Weak,
    },
    time::{Duration, Instant},
};
use tokio::{sync::mpsc, task::JoinHandle};
use webrtc::{media_stream::track_remote::TrackRemote, peer_connection::PeerConnection};

/// Packets a viewer may have waiting per track before it skips ahead.
const VIDEO_QUEUE: usize = 256;
const AUDIO_QUEUE: usize = 64;

/// A track the publisher sends, as viewers get it.
struct SourceTrack {
    kind: RtpCodecKind,
    codec: RTCRtpCodec,
    forward_codec: Codec,
    joins: mpsc::UnboundedSender<Join>,
    keyframes: mpsc::Sender<()>,
    viewer_requests: ViewerRequests,
}

struct ViewerConnection {
    who: Viewer,
    /// Given back when the connection ends.
    _seat: super::seats::Seat,
    connection: Arc<dyn PeerConnection>,
    writers: Vec<JoinHandle<()>>,
    /// The viewer's queues, handed to the fan-out tasks once the connection
    /// is up: what is sent before that is lost, and the picture must begin
    /// at a keyframe the viewer receives.
    waiting: Vec<(Arc<SourceTrack>, mpsc::Sender<Packet>)>,
}

/// A stream being published now.
pub struct Stream {
    pub session_id: i32,
    pub publisher_resource: String,
    pub live_since: DateTime<Utc>,
    publisher: Arc<dyn PeerConnection>,
    /// Tracks the publisher's offer announced; viewers are let in once all
    /// of them have arrived.
    expected_tracks: usize,
    tracks: Mutex<Vec<Arc<SourceTrack>>>,
    viewers: Mutex<HashMap<String, ViewerConnection>>,
    bytes_received: Arc<AtomicU64>,
    bitrate: Mutex<(Instant, u64, u64)>,
    tasks: Mutex<Vec<JoinHandle<()>>>,
    on_end: Box<dyn Fn(&str) + Send + Sync>,
}

#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error(transparent)]
    Peer(#[from] PeerError),
    #[error("the stream is not live")]
    NotLive,
    #[error("the offer has no audio or video")]
    NothingOffered,
    #[error("the viewer's offer accepts none of the stream's codecs")]
    NoCommonCodec,
}

/// The audio and video sections an offer sends.
fn offered_tracks(offer: &str) -> usize {
    offer
        .lines()
        .filter(|line| line.starts_with("m=audio ") || line.starts_with("m=video "))
        .filter(|line| line.split(' ').nth(1).is_none_or(|port| port != "0"))
        .count()
}

impl Stream {
    /// Takes a publisher's offer: the stream and the answer to send back.
    /// `on_end` runs once the publisher's connection fails or closes.
    pub async fn publish(
        session_id: i32,
        offer: String,
        network: &NetworkSettings,
        on_end: impl Fn(&str) + Send + Sync + 'static,
    ) -> Result<(Arc<Stream>, String), StreamError> {
        let expected_tracks = offered_tracks(&offer);
        if expected_tracks == 0 {
            return Err(StreamError::NothingOffered);
        }
        let resource = app::platform::secrets::new_token();
        let (arrived, mut arrivals) = mpsc::unbounded_channel();
        let weak_slot: Arc<Mutex<Weak<Stream>>> = Arc::new(Mutex::new(Weak::new()));
        let slot = weak_slot.clone();
        let (handler, mut gathered) = events(
            || {},
            move || {
                let stream = slot.lock().ok().and_then(|s| s.upgrade());
                if let Some(stream) = stream {
                    tokio::spawn(async move { stream.end().await });
                }
            },
            Some(arrived),
        );
        let connection = peer::connect(network, handler).await?;
        let stream = Arc::new(Stream {
            session_id,
            publisher_resource: resource,
            live_since: Utc::now(),
            publisher: connection.clone(),
            expected_tracks,
            tracks: Mutex::new(Vec::new()),
            viewers: Mutex::new(HashMap::new()),
            bytes_received: Arc::new(AtomicU64::new(0)),
            bitrate: Mutex::new((Instant::now(), 0, 0)),
            tasks: Mutex::new(Vec::new()),
            on_end: Box::new(on_end),
        });
        if let Ok(mut slot) = weak_slot.lock() {
            *slot = Arc::downgrade(&stream);
        }
        let answer = match peer::answer(&connection, offer, &mut gathered, network).await {
            Ok(answer) => answer,
            Err(error) => {
                let _ = connection.close().await;
                return Err(error.into());
            }
        };
        let weak = Arc::downgrade(&stream);
        let receiving = tokio::spawn(async move {
            while let Some(track) = arrivals.recv().await {
                let Some(stream) = weak.upgrade() else { break };
                stream.add_source(track).await;
            }
        });
        stream.keep_task(receiving);
        Ok((stream, answer))
    }

    fn keep_task(&self, task: JoinHandle<()>) {
        if let Ok(mut tasks) = self.tasks.lock() {
            tasks.push(task);
        }
    }

    /// Starts forwarding a track that arrived from the publisher.
    async fn add_source(&self, remote: Arc<dyn TrackRemote>) {
        let Some(ssrc) = remote.ssrcs().await.first().copied() else {
            return;
        };
        let Some(codec) = remote.codec(ssrc).await else {
            return;
        };
        let Some(forward_codec) = Codec::from_mime(&codec.mime_type) else {
            tracing::warn!(mime = %codec.mime_type, "stream codec not forwarded");
            return;
        };
        let kind = remote.kind().await;
        let (joins, join_rx) = mpsc::unbounded_channel();
        let (keyframes, keyframe_rx) = mpsc::channel(1);
        let fan_out = tokio::spawn(fan_out(
            remote.clone(),
            forward_codec,
            join_rx,
            keyframes.clone(),
            self.bytes_received.clone(),
        ));
        let asking = tokio::spawn(ask_for_keyframes(remote, ssrc, keyframe_rx));
        self.keep_task(fan_out);
        self.keep_task(asking);
        if let Ok(mut tracks) = self.tracks.lock() {
            tracks.push(Arc::new(SourceTrack {
                kind,
                codec,
                forward_codec,
                joins,
                viewer_requests: ViewerRequests {
                    asked: keyframes.clone(),
                    spacing: Arc::new(Mutex::new(KeyframeRequests::new(VIEWER_KEYFRAME_SPACING))),
                },
                keyframes,
            }));
        }
    }

    /// Whether every announced track has arrived.
    pub fn is_live(&self) -> bool {
        self.tracks
            .lock()
            .map(|tracks| tracks.len() >= self.expected_tracks)
            .unwrap_or(false)
    }

    pub fn viewer_count(&self) -> u64 {
        self.viewers
            .lock()
            .map(|viewers| u64::try_from(viewers.len()).unwrap_or(u64::MAX))
            .unwrap_or(0)
    }

    /// What the publisher sent per second since the last reading (at most
    /// one new reading a second).
    pub fn bitrate_kbps(&self) -> u64 {
        let Ok(mut sample) = self.bitrate.lock() else {
            return 0;
        };
        let (at, bytes, kbps) = *sample;
        let elapsed = at.elapsed();
        if elapsed < Duration::from_secs(1) {
            return kbps;
        }
        let now_bytes = self.bytes_received.load(Ordering::Relaxed);
        let bits = now_bytes.saturating_sub(bytes).saturating_mul(8);
        let millis = u64::try_from(elapsed.as_millis())
            .unwrap_or(u64::MAX)
            .max(1);
        let kbps = bits / millis;
        *sample = (Instant::now(), now_bytes, kbps);
        kbps
    }

    /// Ends the stream: every viewer, the publisher and the tasks. The
    /// tracks go first, so that no viewer being answered meanwhile is let in.
    pub async fn end(&self) {
        if let Ok(mut tracks) = self.tracks.lock() {
            tracks.clear();
        }
        let viewers: Vec<ViewerConnection> = self
            .viewers
            .lock()
            .map(|mut viewers| viewers.drain().map(|(_, v)| v).collect())
            .unwrap_or_default();
        for viewer in viewers {
            for writer in &viewer.writers {
                writer.abort();
            }
            let _ = viewer.connection.close().await;
        }
        let _ = self.publisher.close().await;
        let tasks: Vec<JoinHandle<()>> = self
            .tasks
            .lock()
            .map(|mut tasks| tasks.drain(..).collect())
            .unwrap_or_default();
        for task in tasks {
            task.abort();
        }
        (self.on_end)(&self.publisher_resource);
    }
}

#[cfg(test)]
mod tests {
    use super::offered_tracks;

    #[test]
    fn the_offer_says_how_many_tracks_to_wait_for() {
        let offer = "v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=sendonly\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n";
        assert_eq!(offered_tracks(offer), 2);
        assert_eq!(
            offered_tracks("v=0\r\nm=video 0 UDP/TLS/RTP/SAVPF 96\r\nm=audio 9 RTP 111\r\n"),
            1
        );
        assert_eq!(
            offered_tracks("v=0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"),
            0
        );
    }
}
