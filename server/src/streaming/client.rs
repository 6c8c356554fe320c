//! WHIP and WHEP clients made with the same `webrtc` crate: the tests and
//! the fan-out benchmark publish and watch through the platform's HTTP
//! routes with them, as OBS and browsers do.

use reqwest::{header, StatusCode};
use rtc::{
    media_stream::MediaStreamTrack,
    rtcp::payload_feedbacks::picture_loss_indication::PictureLossIndication,
    rtp::{codec::vp8::Vp8Packet, packetizer::Depacketizer},
    rtp_transceiver::{
        rtp_sender::{RTCRtpCodec, RTCRtpCodingParameters, RTCRtpEncodingParameters, RtpCodecKind},
        RTCRtpTransceiverDirection, RTCRtpTransceiverInit,
    },
};
use std::{
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};
use tokio::sync::mpsc;
use webrtc::{
    media_stream::{
        track_local::{static_rtp::TrackLocalStaticRTP, TrackLocal, TrackLocalEvent},
        track_remote::{TrackRemote, TrackRemoteEvent},
    },
    peer_connection::{
        register_default_interceptors, MediaEngine, PeerConnection, PeerConnectionBuilder,
        PeerConnectionEventHandler, RTCIceGatheringState, RTCPeerConnectionState,
        RTCSessionDescription, Registry,
    },
};

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("webrtc: {0}")]
    WebRtc(#[from] webrtc::error::Error),
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("gathering candidates took too long")]
    Gathering,
    #[error("the track has no sender")]
    NoSender,
    #[error("no video received yet")]
    NoVideo,
}

/// Counts the keyframe requests that reach a track this client sends.
pub async fn count_keyframe_requests(track: Arc<dyn TrackLocal>, reception: Arc<Reception>) {
    while let Some(event) = track.poll().await {
        if let TrackLocalEvent::OnRtcpPacket(feedback) = event {
            let asked = feedback
                .iter()
                .filter(|packet| super::feedback::asks_for_keyframe(packet.as_ref()))
                .count();
            reception
                .keyframe_requests
                .fetch_add(u64::try_from(asked).unwrap_or(0), Ordering::SeqCst);
        }
    }
}

/// What one client received.
#[derive(Default)]
pub struct Reception {
    pub video_packets: AtomicU64,
    pub audio_packets: AtomicU64,
    pub keyframes: AtomicU64,
    /// Whether the earliest video packet (by sequence number: a lost one
    /// may arrive later, resent) began a keyframe.
    pub started_at_keyframe: AtomicBool,
    pub connected: AtomicBool,
    pub first_keyframe: Mutex<Option<Instant>>,
    /// Keyframe requests (PLI, FIR) this client got for what it sends.
    pub keyframe_requests: AtomicU64,
    /// The video it receives, to ask for a keyframe on.
    video: Mutex<Option<Arc<dyn TrackRemote>>>,
}

/// Whether an RTP payload begins a VP8 keyframe, read with the crate's own
/// depacketiser (not the forwarding unit's reading).
pub fn begins_vp8_keyframe(payload: &bytes::Bytes) -> bool {
    let mut packet = Vp8Packet::default();
    match packet.depacketize(payload) {
        Ok(frame) => packet.s == 1 && packet.pid == 0 && frame.first().is_some_and(|b| b & 1 == 0),
        Err(_) => false,
    }
}

struct Events {
    gathered: mpsc::Sender<()>,
    reception: Arc<Reception>,
}

#[async_trait::async_trait]
impl PeerConnectionEventHandler for Events {
    async fn on_ice_gathering_state_change(&self, state: RTCIceGatheringState) {
        if state == RTCIceGatheringState::Complete {
            let _ = self.gathered.try_send(());
        }
    }

    async fn on_connection_state_change(&self, state: RTCPeerConnectionState) {
        if state == RTCPeerConnectionState::Connected {
            self.reception.connected.store(true, Ordering::SeqCst);
        }
    }

    async fn on_track(&self, track: Arc<dyn TrackRemote>) {
        tokio::spawn(receive(track, self.reception.clone()));
    }
}

async fn receive(track: Arc<dyn TrackRemote>, reception: Arc<Reception>) {
    let video = track.kind().await == RtpCodecKind::Video;
    if video {
        if let Ok(mut slot) = reception.video.lock() {
            *slot = Some(track.clone());
        }
    }
    let mut first_number = None;
    let mut earliest = i16::MAX;
    while let Some(event) = track.poll().await {
        let TrackRemoteEvent::OnRtpPacket(packet) = event else {
            continue;
        };
        if !video {
            reception.audio_packets.fetch_add(1, Ordering::SeqCst);
            continue;
        }
        let keyframe = begins_vp8_keyframe(&packet.payload);
        let number = packet.header.sequence_number;
        let first = *first_number.get_or_insert(number);
        let offset = i16::from_ne_bytes(number.wrapping_sub(first).to_ne_bytes());
        if offset < earliest {
            earliest = offset;
            reception
                .started_at_keyframe
                .store(keyframe, Ordering::SeqCst);
        }
        reception.video_packets.fetch_add(1, Ordering::SeqCst);
        if keyframe {
            reception.keyframes.fetch_add(1, Ordering::SeqCst);
            if let Ok(mut first) = reception.first_keyframe.lock() {
                first.get_or_insert_with(Instant::now);
            }
        }
    }
}

/// A client connection on loopback, and what it receives.
pub struct Client {
    pub connection: Arc<dyn PeerConnection>,
    pub reception: Arc<Reception>,
    gathered: mpsc::Receiver<()>,
}

impl Client {
    pub async fn new() -> Result<Client, ClientError> {
        let (gathered, done) = mpsc::channel(1);
        let reception = Arc::new(Reception::default());
        let mut engine = MediaEngine::default();
        engine.register_default_codecs()?;
        // As a browser: NACK, reports, and keyframe requests heard.
        let interceptors = register_default_interceptors(Registry::new(), &mut engine)?.with(
            super::feedback::slot(),
            super::feedback::OnInboundRtcp::<super::feedback::KeyframeRequestsToApplication>::default(),
        );
        let connection = PeerConnectionBuilder::new()
            .with_media_engine(engine)
            .with_interceptor_registry(interceptors)
            .with_handler(Arc::new(Events {
                gathered,
                reception: reception.clone(),
            }))
            .with_udp_addrs(vec!["127.0.0.1:0".to_owned()])
            .build()
            .await?;
        Ok(Client {
            connection: Arc::new(connection),
            reception,
            gathered: done,
        })
    }

    /// A viewer: receives audio and video.
    pub async fn viewer() -> Result<Client, ClientError> {
        let client = Client::new().await?;
        for kind in [RtpCodecKind::Audio, RtpCodecKind::Video] {
            client
                .connection
                .add_transceiver_from_kind(
                    kind,
                    Some(RTCRtpTransceiverInit {
                        direction: RTCRtpTransceiverDirection::Recvonly,
                        ..Default::default()
                    }),
                )
                .await?;
        }
        Ok(client)
    }

    /// Asks the sender of the video it receives for a keyframe (PLI), as a
    /// browser does when its picture broke.
    pub async fn ask_for_keyframe(&self) -> Result<(), ClientError> {
        let video = self
            .reception
            .video
            .lock()
            .ok()
            .and_then(|video| video.clone())
            .ok_or(ClientError::NoVideo)?;
        let media_ssrc = video
            .ssrcs()
            .await
            .first()
            .copied()
            .ok_or(ClientError::NoVideo)?;
        let pli = PictureLossIndication {
            sender_ssrc: 0,
            media_ssrc,
        };
        video.write_rtcp(vec![Box::new(pli)]).await?;
        Ok(())
    }

    /// Offers, posts the offer (WHIP or WHEP), applies the answer: the
    /// status and the `Location` to `DELETE` later.
    pub async fn negotiate(
        &mut self,
        url: &str,
        token: Option<&str>,
    ) -> Result<(StatusCode, Option<String>), ClientError> {
        let offer = self.connection.create_offer(None).await?;
        self.connection.set_local_description(offer).await?;
        tokio::time::timeout(Duration::from_secs(5), self.gathered.recv())
            .await
            .map_err(|_| ClientError::Gathering)?;
        let sdp = self
            .connection
            .local_description()
            .await
            .ok_or(ClientError::Gathering)?
            .sdp;
        let mut request = reqwest::Client::new()
            .post(url)
            .header(header::CONTENT_TYPE, "application/sdp")
            .body(sdp);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await?;
        let status = response.status();
        let location = response
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        if status == StatusCode::CREATED {
            let answer = response.text().await?;
            self.connection
                .set_remote_description(RTCSessionDescription::answer(answer)?)
                .await?;
        }
        Ok((status, location))
    }
}

/// A publisher's track of `kind` in `codec`, sent under `ssrc`.
pub fn publisher_track(kind: RtpCodecKind, codec: RTCRtpCodec, ssrc: u32) -> MediaStreamTrack {
    MediaStreamTrack::new(
        "publisher".into(),
        format!("{kind}"),
        format!("{kind}"),
        kind,
        vec![RTCRtpEncodingParameters {
            rtp_coding_parameters: RTCRtpCodingParameters {
                ssrc: Some(ssrc),
                ..Default::default()
            },
            codec,
            ..Default::default()
        }],
    )
}

/// A track the publisher writes RTP packets to, with its payload type once
/// negotiated.
pub async fn rtp_track(
    client: &Client,
    kind: RtpCodecKind,
    codec: RTCRtpCodec,
    ssrc: u32,
) -> Result<
    (
        Arc<TrackLocalStaticRTP>,
        Arc<dyn webrtc::rtp_transceiver::RtpSender>,
    ),
    ClientError,
> {
    let track = Arc::new(TrackLocalStaticRTP::new(publisher_track(kind, codec, ssrc)));
    let transceiver = client
        .connection
        .add_transceiver_from_track(
            track.clone() as Arc<dyn TrackLocal>,
            Some(RTCRtpTransceiverInit {
                direction: RTCRtpTransceiverDirection::Sendonly,
                ..Default::default()
            }),
        )
        .await?;
    let sender = transceiver.sender().await?.ok_or(ClientError::NoSender)?;
    Ok((track, sender))
}
