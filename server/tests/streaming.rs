//! Live streaming through the platform's forwarding unit, with clients made
//! with the same `webrtc` crate: a publisher sends real VP8 video and Opus
//! audio over WHIP, twenty registered viewers watch over WHEP, and each gets
//! the packets, starting at a keyframe. Wrong or missing tokens get no media.

mod support;

use app::streaming::access;
use reqwest::{header, StatusCode};
use rtc::{
    media::{
        io::{ivf_reader::IVFReader, ogg_reader::OggReader},
        Sample,
    },
    media_stream::MediaStreamTrack,
    peer_connection::configuration::media_engine::{MIME_TYPE_OPUS, MIME_TYPE_VP8},
    rtp::{codec::vp8::Vp8Packet, packetizer::Depacketizer},
    rtp_transceiver::{
        rtp_sender::{RTCRtpCodec, RTCRtpCodingParameters, RTCRtpEncodingParameters, RtpCodecKind},
        RTCRtpTransceiverDirection, RTCRtpTransceiverInit,
    },
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::{
    io::BufReader,
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};
use support::{Engine, TestApp};
use tokio::sync::mpsc;
use webrtc::{
    media_stream::{
        track_local::{static_sample::TrackLocalStaticSample, TrackLocal},
        track_remote::{TrackRemote, TrackRemoteEvent},
    },
    peer_connection::{
        MediaEngine, PeerConnection, PeerConnectionBuilder, PeerConnectionEventHandler,
        RTCIceGatheringState, RTCPeerConnectionState, RTCSessionDescription,
    },
};

const VIEWERS: usize = 20;
const MEDIA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/media");
/// Frames sent before the test publisher starts its file again at the
/// keyframe it begins with: a keyframe a second, as OBS is set up for WHIP.
const FRAMES_PER_KEYFRAME: usize = 30;

/// What one client saw.
#[derive(Default)]
struct Received {
    video_packets: AtomicU64,
    audio_packets: AtomicU64,
    keyframes: AtomicU64,
    /// Whether the earliest video packet (by sequence number: a lost one
    /// may arrive later, resent) began a keyframe.
    started_at_keyframe: AtomicBool,
    connected: AtomicBool,
}

struct Client {
    gathered: mpsc::Sender<()>,
    received: Arc<Received>,
}

/// VP8 keyframe start, read with the crate's own depacketiser.
fn begins_keyframe(payload: &bytes::Bytes) -> bool {
    let mut packet = Vp8Packet::default();
    match packet.depacketize(payload) {
        Ok(frame) => packet.s == 1 && packet.pid == 0 && frame.first().is_some_and(|b| b & 1 == 0),
        Err(_) => false,
    }
}

#[async_trait::async_trait]
impl PeerConnectionEventHandler for Client {
    async fn on_ice_gathering_state_change(&self, state: RTCIceGatheringState) {
        if state == RTCIceGatheringState::Complete {
            let _ = self.gathered.try_send(());
        }
    }

    async fn on_connection_state_change(&self, state: RTCPeerConnectionState) {
        if state == RTCPeerConnectionState::Connected {
            self.received.connected.store(true, Ordering::SeqCst);
        }
    }

    async fn on_track(&self, track: Arc<dyn TrackRemote>) {
        let received = self.received.clone();
        tokio::spawn(async move {
            let video = track.kind().await == RtpCodecKind::Video;
            let mut first_number = None;
            let mut earliest = i16::MAX;
            while let Some(event) = track.poll().await {
                let TrackRemoteEvent::OnRtpPacket(packet) = event else {
                    continue;
                };
                if !video {
                    received.audio_packets.fetch_add(1, Ordering::SeqCst);
                    continue;
                }
                let keyframe = begins_keyframe(&packet.payload);
                let number = packet.header.sequence_number;
                let first = *first_number.get_or_insert(number);
                let offset = i16::from_ne_bytes(number.wrapping_sub(first).to_ne_bytes());
                if offset < earliest || offset == 0 {
                    earliest = offset;
                    received
                        .started_at_keyframe
                        .store(keyframe, Ordering::SeqCst);
                }
                received.video_packets.fetch_add(1, Ordering::SeqCst);
                if keyframe {
                    received.keyframes.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
    }
}

async fn client() -> (Arc<dyn PeerConnection>, mpsc::Receiver<()>, Arc<Received>) {
    let (gathered, done) = mpsc::channel(1);
    let received = Arc::new(Received::default());
    let mut engine = MediaEngine::default();
    engine.register_default_codecs().expect("codecs");
    let connection = PeerConnectionBuilder::new()
        .with_media_engine(engine)
        .with_handler(Arc::new(Client {
            gathered,
            received: received.clone(),
        }))
        .with_udp_addrs(vec!["127.0.0.1:0".to_owned()])
        .build()
        .await
        .expect("client connection");
    (Arc::new(connection), done, received)
}

/// Offers, posts the offer, applies the answer: the response's status and
/// `Location` (and the connection, when it was answered).
async fn negotiate(
    connection: &Arc<dyn PeerConnection>,
    gathered: &mut mpsc::Receiver<()>,
    url: &str,
    token: Option<&str>,
) -> (StatusCode, Option<String>) {
    let offer = connection.create_offer(None).await.expect("offer");
    connection
        .set_local_description(offer)
        .await
        .expect("local");
    tokio::time::timeout(Duration::from_secs(5), gathered.recv())
        .await
        .expect("gathered");
    let sdp = connection.local_description().await.expect("sdp").sdp;
    let mut request = reqwest::Client::new()
        .post(url)
        .header(header::CONTENT_TYPE, "application/sdp")
        .body(sdp);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("posted");
    let status = response.status();
    let location = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if status == StatusCode::CREATED {
        assert_eq!(
            response
                .headers()
                .get(header::CONTENT_TYPE)
                .map(|v| v.as_bytes()),
            Some(&b"application/sdp"[..])
        );
        let answer = response.text().await.expect("answer");
        connection
            .set_remote_description(RTCSessionDescription::answer(answer).expect("answer sdp"))
            .await
            .expect("remote");
    }
    (status, location)
}

fn sample_track(
    kind: RtpCodecKind,
    mime: &str,
    clock_rate: u32,
    channels: u16,
    ssrc: u32,
) -> Arc<TrackLocalStaticSample> {
    let codec = RTCRtpCodec {
        mime_type: mime.to_owned(),
        clock_rate,
        channels,
        sdp_fmtp_line: String::new(),
        rtcp_feedback: vec![],
    };
    let track = MediaStreamTrack::new(
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
    );
    Arc::new(TrackLocalStaticSample::new(Instant::now(), track).expect("track"))
}

/// Publishes the fixture files over WHIP until the returned task is aborted.
async fn publish(
    app: &TestApp,
    session: i32,
    token: &str,
) -> (Arc<dyn PeerConnection>, String, tokio::task::JoinHandle<()>) {
    let (connection, mut gathered, _) = client().await;
    let send_only = || {
        Some(RTCRtpTransceiverInit {
            direction: RTCRtpTransceiverDirection::Sendonly,
            ..Default::default()
        })
    };
    let video = sample_track(RtpCodecKind::Video, MIME_TYPE_VP8, 90_000, 0, 0x1111);
    let audio = sample_track(RtpCodecKind::Audio, MIME_TYPE_OPUS, 48_000, 2, 0x2222);
    let video_sender = connection
        .add_transceiver_from_track(video.clone() as Arc<dyn TrackLocal>, send_only())
        .await
        .expect("video");
    let audio_sender = connection
        .add_transceiver_from_track(audio.clone() as Arc<dyn TrackLocal>, send_only())
        .await
        .expect("audio");
    let (status, location) = negotiate(
        &connection,
        &mut gathered,
        &format!("{}/whip/{session}", app.base_url),
        Some(token),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let location = location.expect("Location");
    let payload_type = |sender: Option<Arc<dyn webrtc::rtp_transceiver::RtpSender>>| async move {
        sender
            .expect("sender")
            .get_parameters()
            .await
            .expect("parameters")
            .rtp_parameters
            .codecs[0]
            .payload_type
    };
    let video_type = payload_type(video_sender.sender().await.expect("sender")).await;
    let audio_type = payload_type(audio_sender.sender().await.expect("sender")).await;
    let sending = tokio::spawn(async move {
        let frames = {
            let file = std::fs::File::open(format!("{MEDIA}/output_vp8.ivf")).expect("ivf");
            let (mut ivf, _) = IVFReader::new(BufReader::new(file)).expect("ivf header");
            (0..FRAMES_PER_KEYFRAME)
                .map_while(|_| ivf.parse_next_frame().ok().map(|(frame, _)| frame.freeze()))
                .collect::<Vec<_>>()
        };
        let pages = {
            let file = std::fs::File::open(format!("{MEDIA}/output.ogg")).expect("ogg");
            let (mut ogg, _) = OggReader::new(BufReader::new(file), true).expect("ogg header");
            std::iter::from_fn(|| ogg.parse_next_page().ok().map(|(page, _)| page.freeze()))
                .collect::<Vec<_>>()
        };
        let frame_time = Duration::from_millis(33);
        let mut tick = tokio::time::interval(frame_time);
        for step in 0.. {
            tick.tick().await;
            let frame = &frames[step % frames.len()];
            let page = &pages[step % pages.len()];
            let video_sample = Sample {
                data: frame.clone(),
                duration: frame_time,
                ..Sample::new(Instant::now())
            };
            let audio_sample = Sample {
                data: page.clone(),
                duration: Duration::from_millis(20),
                ..Sample::new(Instant::now())
            };
            if video
                .sample_writer(0x1111, video_type)
                .write_sample(&video_sample)
                .await
                .is_err()
                || audio
                    .sample_writer(0x2222, audio_type)
                    .write_sample(&audio_sample)
                    .await
                    .is_err()
            {
                break;
            }
        }
    });
    (connection, location, sending)
}

/// A session of the demo programme that is streamed.
async fn streamed_session(app: &TestApp) -> i32 {
    use app::programme::entity::activity;
    activity::Entity::find()
        .filter(activity::Column::Streamed.eq(true))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("a streamed session")
        .id
}

async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_registered_viewers_watch_a_published_stream() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let session = streamed_session(&app).await;
    let token = access::issue_publish_token(
        &app.state.db,
        &support::organizer(),
        session,
        chrono::Utc::now(),
    )
    .await
    .expect("publish token");
    let whip = format!("{}/whip/{session}", app.base_url);
    let whep = format!("{}/whep/{session}", app.base_url);

    let (connection, mut gathered, _) = client().await;
    let (status, _) = negotiate(&connection, &mut gathered, &whip, Some("not-the-token")).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a wrong publish token is refused"
    );
    let _ = connection.close().await;

    let participants: Vec<String> = futures::future::join_all(
        (1..=VIEWERS)
            .map(|n| support::register(&app, n, if n % 2 == 0 { "online" } else { "in_person" })),
    )
    .await
    .into_iter()
    .map(|registered| registered.manage_token)
    .collect();

    let (publisher, location, sending) = publish(&app, session, &token).await;
    assert!(
        location.starts_with(&format!("/whip/{session}/")),
        "{location}"
    );

    let mut viewers = Vec::new();
    for token in &participants {
        let (connection, mut gathered, received) = client().await;
        let recv_only = || {
            Some(RTCRtpTransceiverInit {
                direction: RTCRtpTransceiverDirection::Recvonly,
                ..Default::default()
            })
        };
        connection
            .add_transceiver_from_kind(RtpCodecKind::Audio, recv_only())
            .await
            .expect("audio");
        connection
            .add_transceiver_from_kind(RtpCodecKind::Video, recv_only())
            .await
            .expect("video");
        // The stream is live once the publisher's tracks have arrived.
        let mut answered = None;
        for _ in 0..50 {
            let (status, location) =
                negotiate(&connection, &mut gathered, &whep, Some(token)).await;
            if status == StatusCode::CREATED {
                answered = location;
                break;
            }
            assert_eq!(
                status,
                StatusCode::CONFLICT,
                "only 'not live yet' may delay a viewer"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let location = answered.expect("the viewer was answered");
        assert!(location.starts_with(&format!("/whep/{session}/")));
        viewers.push((connection, received, location));
    }

    for (index, (_, received, _)) in viewers.iter().enumerate() {
        eventually(&format!("viewer {index}'s media"), || {
            received.video_packets.load(Ordering::SeqCst) >= 100
                && received.audio_packets.load(Ordering::SeqCst) >= 50
                && received.keyframes.load(Ordering::SeqCst) >= 2
        })
        .await;
        assert!(received.connected.load(Ordering::SeqCst));
        assert!(
            received.started_at_keyframe.load(Ordering::SeqCst),
            "viewer {index}'s video began with a keyframe"
        );
    }

    let live = app.state.live.live();
    assert_eq!(live.len(), 1);
    assert_eq!(live[0].session_id, session);
    assert_eq!(live[0].viewers, VIEWERS as u64);

    // A viewer who leaves is gone from the count; the others keep watching.
    let (leaving, _, leaving_at) = viewers.pop().expect("a viewer");
    let left = reqwest::Client::new()
        .delete(format!("{}{leaving_at}", app.base_url))
        .send()
        .await
        .expect("deleted");
    assert_eq!(left.status(), StatusCode::OK);
    let _ = leaving.close().await;
    assert_eq!(app.state.live.live()[0].viewers, VIEWERS as u64 - 1);
    let before: Vec<u64> = viewers
        .iter()
        .map(|(_, r, _)| r.video_packets.load(Ordering::SeqCst))
        .collect();
    for ((_, received, _), before) in viewers.iter().zip(before) {
        eventually("more media after a viewer left", || {
            received.video_packets.load(Ordering::SeqCst) > before + 30
        })
        .await;
    }

    // The publisher stops: the stream is no longer live.
    let stopped = reqwest::Client::new()
        .delete(format!("{}{location}", app.base_url))
        .bearer_auth(&token)
        .send()
        .await
        .expect("deleted");
    assert_eq!(stopped.status(), StatusCode::OK);
    sending.abort();
    let _ = publisher.close().await;
    assert!(app.state.live.live().is_empty());
    for (connection, _, _) in viewers {
        let _ = connection.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_valid_token_nobody_gets_media_sqlite() {
    without_a_valid_token_nobody_gets_media(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_valid_token_nobody_gets_media_postgres() {
    without_a_valid_token_nobody_gets_media(Engine::Postgres).await;
}

async fn without_a_valid_token_nobody_gets_media(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let session = streamed_session(&app).await;
    let whep = format!("{}/whep/{session}", app.base_url);
    let offer =
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n";
    let post = |url: String, token: Option<&'static str>| {
        let mut request = reqwest::Client::new()
            .post(url)
            .header(header::CONTENT_TYPE, "application/sdp")
            .header(header::ACCEPT_LANGUAGE, "nl")
            .body(offer);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };

    let missing = post(whep.clone(), None).await.expect("answered");
    assert_eq!(missing.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        missing
            .headers()
            .get(header::WWW_AUTHENTICATE)
            .map(|v| v.as_bytes()),
        Some(&b"Bearer"[..])
    );
    let wrong = post(whep.clone(), Some("a-guessed-token"))
        .await
        .expect("answered");
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    assert!(
        !wrong.text().await.expect("body").contains("v=0"),
        "no answer, so no media"
    );

    let publish_missing = post(format!("{}/whip/{session}", app.base_url), None)
        .await
        .expect("answered");
    assert_eq!(publish_missing.status(), StatusCode::UNAUTHORIZED);
    let publish_unset = post(format!("{}/whip/{session}", app.base_url), Some("anything"))
        .await
        .expect("answered");
    assert_eq!(
        publish_unset.status(),
        StatusCode::FORBIDDEN,
        "a stream without a token takes no publisher"
    );

    // A registered person waits for a stream that is not live yet.
    let participant = support::register(&app, 1, "online").await.manage_token;
    let not_live = reqwest::Client::new()
        .post(&whep)
        .header(header::CONTENT_TYPE, "application/sdp")
        .header(header::ACCEPT_LANGUAGE, "nl")
        .bearer_auth(&participant)
        .body(offer)
        .send()
        .await
        .expect("answered");
    assert_eq!(not_live.status(), StatusCode::CONFLICT);
    let message: serde_json::Value = not_live.json().await.expect("json");
    assert_eq!(
        message["error"],
        app::i18n::Locale::Nl.t("error-stream-not-live")
    );

    // A session that is not streamed has no stream at all.
    use app::programme::entity::activity;
    let in_person_only = activity::Entity::find()
        .filter(activity::Column::Streamed.eq(false))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("a session not streamed")
        .id;
    let none = post(format!("{}/whep/{in_person_only}", app.base_url), Some("x"))
        .await
        .expect("answered");
    assert_eq!(none.status(), StatusCode::NOT_FOUND);

    // The token ends with revocation; a public stream needs none.
    let organizer = support::organizer();
    let now = chrono::Utc::now();
    let token = access::issue_publish_token(&app.state.db, &organizer, session, now)
        .await
        .expect("token");
    assert!(
        access::authorize_publisher(&app.state.db, session, Some(&token))
            .await
            .is_ok()
    );
    access::revoke_publish_token(&app.state.db, &organizer, session, now)
        .await
        .expect("revoked");
    assert!(
        access::authorize_publisher(&app.state.db, session, Some(&token))
            .await
            .is_err()
    );
    access::set_public(&app.state.db, &organizer, session, true, now)
        .await
        .expect("public");
    assert_eq!(
        access::authorize_viewer(&app.state.db, session, None)
            .await
            .expect("public stream"),
        access::Viewer::Public
    );
}

/// Resident memory of this process, from `/proc/self/statm`.
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("statm");
    let pages: u64 = statm
        .split(' ')
        .nth(1)
        .and_then(|p| p.parse().ok())
        .expect("resident pages");
    pages * 4096
}

/// One viewer joins over WHEP, receives video, then leaves with `DELETE`.
async fn watch_briefly(base_url: &str, session: i32) {
    let (connection, mut gathered, received) = client().await;
    let recv_only = || {
        Some(RTCRtpTransceiverInit {
            direction: RTCRtpTransceiverDirection::Recvonly,
            ..Default::default()
        })
    };
    connection
        .add_transceiver_from_kind(RtpCodecKind::Audio, recv_only())
        .await
        .expect("audio");
    connection
        .add_transceiver_from_kind(RtpCodecKind::Video, recv_only())
        .await
        .expect("video");
    let (status, location) = negotiate(
        &connection,
        &mut gathered,
        &format!("{base_url}/whep/{session}"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    eventually("a churning viewer's first packets", || {
        received.video_packets.load(Ordering::SeqCst) > 0
    })
    .await;
    let left = reqwest::Client::new()
        .delete(format!("{base_url}{}", location.expect("Location")))
        .send()
        .await
        .expect("deleted");
    assert_eq!(left.status(), StatusCode::OK);
    connection.close().await.expect("closed");
}

/// webrtc-rs once kept connections alive after close (its issue 906): after
/// 2,000 viewers have joined and left, the server's tasks and memory must
/// be back near where they were.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_viewers_join_and_leave_and_resources_come_back() {
    const WAVES: usize = 40;
    const PER_WAVE: usize = 50;
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let session = streamed_session(&app).await;
    let organizer = support::organizer();
    let now = chrono::Utc::now();
    access::set_public(&app.state.db, &organizer, session, true, now)
        .await
        .expect("public");
    let token = access::issue_publish_token(&app.state.db, &organizer, session, now)
        .await
        .expect("token");
    let (publisher, _, sending) = publish(&app, session, &token).await;
    eventually("the stream to go live", || {
        !app.state.live.live().is_empty()
    })
    .await;
    let runtime = tokio::runtime::Handle::current();
    let wave =
        || futures::future::join_all((0..PER_WAVE).map(|_| watch_briefly(&app.base_url, session)));

    wave().await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (tasks_before, memory_before) = (runtime.metrics().num_alive_tasks(), resident_bytes());
    for _ in 1..WAVES {
        wave().await;
    }
    assert_eq!(app.state.live.live()[0].viewers, 0);
    let deadline = Instant::now() + Duration::from_secs(20);
    let tasks_after = loop {
        let tasks = runtime.metrics().num_alive_tasks();
        if tasks <= tasks_before + 10 || Instant::now() > deadline {
            break tasks;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let memory_after = resident_bytes();
    println!(
        "{} viewers joined and left: tasks {tasks_before} -> {tasks_after}, resident memory {} MB -> {} MB",
        WAVES * PER_WAVE,
        memory_before / 1_000_000,
        memory_after / 1_000_000
    );
    assert!(
        tasks_after <= tasks_before + 10,
        "tasks {tasks_before} -> {tasks_after}"
    );
    assert!(
        memory_after <= memory_before + 64 * 1024 * 1024,
        "memory {memory_before} -> {memory_after}"
    );
    sending.abort();
    let _ = publisher.close().await;
}
