//! Peer connections of the forwarding unit: the codecs it forwards (Opus,
//! VP8, H.264), a UDP port from the configured range, the STUN and TURN
//! servers, and answers that carry their candidates (no trickle ICE, as
//! WHIP and WHEP clients expect by default).

use app::streaming::IceServer;
use rtc::{
    ice::mdns::MulticastDnsMode,
    peer_connection::configuration::media_engine::{MIME_TYPE_H264, MIME_TYPE_OPUS, MIME_TYPE_VP8},
    rtp_transceiver::rtp_sender::{RTCRtpCodec, RTCRtpCodecParameters, RtpCodecKind},
};
use std::{net::IpAddr, ops::RangeInclusive, sync::Arc, time::Duration};
use tokio::sync::mpsc;
use webrtc::{
    media_stream::track_remote::TrackRemote,
    peer_connection::{
        register_default_interceptors, MediaEngine, PeerConnection, PeerConnectionBuilder,
        PeerConnectionEventHandler, RTCConfigurationBuilder, RTCIceGatheringState, RTCIceServer,
        RTCPeerConnectionState, RTCSessionDescription, Registry, SettingEngineBuilder,
    },
};

/// How long an answer may wait for its candidates.
const GATHERING_LIMIT: Duration = Duration::from_secs(5);

/// The network settings of the forwarding unit.
#[derive(Clone, Debug)]
pub struct NetworkSettings {
    /// The address media sockets listen on (`0.0.0.0` for every interface).
    pub bind_address: IpAddr,
    /// UDP ports for media, one per connection; `None` lets the system pick.
    pub udp_ports: Option<RangeInclusive<u16>>,
    /// The address to announce instead of the local one, behind 1:1 NAT.
    pub public_address: Option<IpAddr>,
    /// STUN and TURN servers, used by the unit and handed to browsers.
    pub ice_servers: Vec<IceServer>,
    /// TURN servers whose credentials are made per page from a secret.
    pub turn_relay: Option<TurnRelay>,
    /// Viewer connections the server takes at most, over all streams.
    pub max_viewers: u64,
}

/// TURN servers sharing a secret with the platform (coturn's
/// `use-auth-secret`).
#[derive(Clone, Debug)]
pub struct TurnRelay {
    pub urls: Vec<String>,
    pub secret: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PeerError {
    #[error("webrtc: {0}")]
    WebRtc(#[from] webrtc::error::Error),
    #[error("no free UDP port in the configured range")]
    NoPort,
    #[error("the connection has no answer to send")]
    NoAnswer,
}

fn codec(
    mime: &str,
    clock_rate: u32,
    channels: u16,
    fmtp: &str,
    payload_type: u8,
) -> RTCRtpCodecParameters {
    RTCRtpCodecParameters {
        rtp_codec: RTCRtpCodec {
            mime_type: mime.into(),
            clock_rate,
            channels,
            sdp_fmtp_line: fmtp.into(),
            rtcp_feedback: vec![],
        },
        payload_type,
    }
}

fn media_engine() -> Result<MediaEngine, PeerError> {
    let mut engine = MediaEngine::default();
    engine.register_codec(
        codec(MIME_TYPE_OPUS, 48_000, 2, "minptime=10;useinbandfec=1", 111),
        RtpCodecKind::Audio,
    )?;
    engine.register_codec(codec(MIME_TYPE_VP8, 90_000, 0, "", 96), RtpCodecKind::Video)?;
    for (profile, payload_type) in [("42e01f", 102), ("42001f", 127), ("4d001f", 123)] {
        engine.register_codec(
            codec(
                MIME_TYPE_H264,
                90_000,
                0,
                &format!(
                    "level-asymmetry-allowed=1;packetization-mode=1;profile-level-id={profile}"
                ),
                payload_type,
            ),
            RtpCodecKind::Video,
        )?;
    }
    Ok(engine)
}

/// Tells the waiting answer when candidate gathering is complete.
pub type GatheringDone = mpsc::Receiver<()>;

/// Tells a stream what happened to one of its connections.
pub struct Events {
    gathered: mpsc::Sender<()>,
    on_connected: Box<dyn Fn() + Send + Sync>,
    on_end: Box<dyn Fn() + Send + Sync>,
    on_track: Option<mpsc::UnboundedSender<Arc<dyn TrackRemote>>>,
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
            (self.on_connected)();
        }
        if matches!(
            state,
            RTCPeerConnectionState::Failed | RTCPeerConnectionState::Closed
        ) {
            (self.on_end)();
        }
    }

    async fn on_track(&self, track: Arc<dyn TrackRemote>) {
        if let Some(tracks) = &self.on_track {
            let _ = tracks.send(track);
        }
    }
}

pub fn events(
    on_connected: impl Fn() + Send + Sync + 'static,
    on_end: impl Fn() + Send + Sync + 'static,
    on_track: Option<mpsc::UnboundedSender<Arc<dyn TrackRemote>>>,
) -> (Arc<Events>, GatheringDone) {
    let (gathered, done) = mpsc::channel(1);
    let events = Events {
        gathered,
        on_connected: Box::new(on_connected),
        on_end: Box::new(on_end),
        on_track,
    };
    (Arc::new(events), done)
}

/// A new connection with `handler`, on a port of the configured range.
pub async fn connect(
    network: &NetworkSettings,
    handler: Arc<dyn PeerConnectionEventHandler>,
) -> Result<Arc<dyn PeerConnection>, PeerError> {
    let ports: Vec<u16> = match &network.udp_ports {
        Some(range) => range.clone().collect(),
        None => vec![0],
    };
    // Start at a random place so concurrent connections rarely collide.
    let start = if ports.len() > 1 {
        usize::from(rand::random::<u16>()) % ports.len()
    } else {
        0
    };
    for port in ports.iter().cycle().skip(start).take(ports.len()) {
        let mut engine = media_engine()?;
        let interceptors = register_default_interceptors(Registry::new(), &mut engine)?
            .with(
                super::feedback::resend_budget_slot(),
                super::feedback::OnInboundRtcp::<super::feedback::ResendBudget>::default(),
            )
            .with(
                super::feedback::slot(),
                super::feedback::OnInboundRtcp::<super::feedback::KeyframeRequestsToApplication>::default(),
            );
        let settings = SettingEngineBuilder::new()
            .with_multicast_dns_mode(MulticastDnsMode::Disabled)
            .with_ice_timeouts(
                Some(Duration::from_secs(4)),
                Some(Duration::from_secs(10)),
                Some(Duration::from_secs(2)),
            )
            .build();
        let configuration = RTCConfigurationBuilder::new()
            .with_ice_servers(
                network
                    .ice_servers
                    .iter()
                    // The server has its own address; TURN relays are for
                    // browsers behind firewalls.
                    .filter(|server| server.urls.iter().all(|url| url.starts_with("stun:")))
                    .map(|server| RTCIceServer {
                        urls: server.urls.clone(),
                        username: server.username.clone(),
                        credential: server.credential.clone(),
                    })
                    .collect(),
            )
            .build();
        let built = PeerConnectionBuilder::new()
            .with_configuration(configuration)
            .with_media_engine(engine)
            .with_setting_engine(settings)
            .with_interceptor_registry(interceptors)
            .with_handler(handler.clone())
            .with_udp_addrs(vec![std::net::SocketAddr::new(network.bind_address, *port)])
            .build()
            .await;
        match built {
            Ok(connection) => return Ok(Arc::new(connection)),
            Err(error) if network.udp_ports.is_none() => return Err(error.into()),
            Err(_) => continue,
        }
    }
    Err(PeerError::NoPort)
}

/// Waits until the candidates are gathered, or for the time limit: then
/// the answer carries those gathered so far (a slow STUN server must not
/// stop the stream).
pub async fn wait_for_candidates(gathered: &mut GatheringDone) {
    let _ = tokio::time::timeout(GATHERING_LIMIT, gathered.recv()).await;
}

/// Answers `offer`, waits for the candidates and returns the answer's SDP,
/// with the public address announced where one is configured.
pub async fn answer(
    connection: &Arc<dyn PeerConnection>,
    offer: String,
    gathered: &mut GatheringDone,
    network: &NetworkSettings,
) -> Result<String, PeerError> {
    connection
        .set_remote_description(RTCSessionDescription::offer(offer)?)
        .await?;
    let answer = connection.create_answer(None).await?;
    connection.set_local_description(answer).await?;
    wait_for_candidates(gathered).await;
    let local = connection
        .local_description()
        .await
        .ok_or(PeerError::NoAnswer)?;
    Ok(match network.public_address {
        Some(public) => announce_public_address(&local.sdp, network.bind_address, public),
        None => local.sdp,
    })
}

/// Puts the public address in place of the local one in the candidates and
/// connection lines: behind 1:1 NAT, the browser must be told the address
/// that reaches the server.
pub fn announce_public_address(sdp: &str, local: IpAddr, public: IpAddr) -> String {
    let local_text = local.to_string();
    let public_text = public.to_string();
    sdp.split_inclusive('\n')
        .map(|line| {
            if line.starts_with("a=candidate:") && !local.is_unspecified() {
                replace_word(line, &local_text, &public_text)
            } else if line.starts_with("a=candidate:") {
                candidate_with_address(line, &public_text)
            } else if line.starts_with("c=IN IP") {
                let version = if public.is_ipv4() { "IP4" } else { "IP6" };
                let ending = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
                format!("c=IN {version} {public_text}{ending}")
            } else {
                line.to_owned()
            }
        })
        .collect()
}

fn replace_word(line: &str, from: &str, to: &str) -> String {
    line.split(' ')
        .map(|word| if word == from { to } else { word })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A host candidate's address is its fifth field.
fn candidate_with_address(line: &str, address: &str) -> String {
    let mut fields: Vec<&str> = line.split(' ').collect();
    if fields.len() > 7 && fields[7].trim_end() == "host" {
        fields[4] = address;
    }
    fields.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANSWER: &str = "v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\n\
        a=candidate:1 1 udp 2130706431 10.0.0.5 50000 typ host\r\n\
        a=candidate:2 1 udp 1694498815 198.51.100.7 50000 typ srflx raddr 10.0.0.5 rport 50000\r\n";

    #[test]
    fn behind_nat_the_public_address_is_announced() {
        let local: IpAddr = "10.0.0.5".parse().unwrap();
        let public: IpAddr = "203.0.113.9".parse().unwrap();
        let rewritten = announce_public_address(ANSWER, local, public);
        assert!(rewritten.contains("a=candidate:1 1 udp 2130706431 203.0.113.9 50000 typ host\r\n"));
        assert!(rewritten.contains("c=IN IP4 203.0.113.9\r\n"));
        assert!(rewritten.contains("raddr 203.0.113.9"), "{rewritten}");
        assert!(rewritten.starts_with("v=0\r\nm=video 9"));
    }

    #[test]
    fn listening_everywhere_only_host_candidates_change() {
        let public: IpAddr = "203.0.113.9".parse().unwrap();
        let rewritten = announce_public_address(ANSWER, "0.0.0.0".parse().unwrap(), public);
        assert!(rewritten.contains("2130706431 203.0.113.9 50000 typ host"));
        assert!(rewritten.contains("1694498815 198.51.100.7 50000 typ srflx"));
    }
}
