//! A publisher for the streaming tests: real VP8 video and Opus audio from
//! the files in `tests/fixtures/media`, over WHIP, with the platform's own
//! client.

use super::TestApp;
use reqwest::StatusCode;
use rtc::{
    media::{
        io::{ivf_reader::IVFReader, ogg_reader::OggReader},
        Sample,
    },
    peer_connection::configuration::media_engine::{MIME_TYPE_OPUS, MIME_TYPE_VP8},
    rtp_transceiver::{
        rtp_sender::{RTCRtpCodec, RtpCodecKind},
        RTCRtpTransceiverDirection, RTCRtpTransceiverInit,
    },
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::streaming::client::{count_keyframe_requests, publisher_track, Client};
use std::{
    io::BufReader,
    sync::Arc,
    time::{Duration, Instant},
};
use webrtc::media_stream::track_local::{static_sample::TrackLocalStaticSample, TrackLocal};

const MEDIA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/media");
/// Frames sent before the test publisher starts its file again at the
/// keyframe it begins with: a keyframe a second, as OBS is set up for WHIP.
const FRAMES_PER_KEYFRAME: usize = 30;

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
    let track = publisher_track(kind, codec, ssrc);
    Arc::new(TrackLocalStaticSample::new(Instant::now(), track).expect("track"))
}

/// A publisher sending the fixture files; sending stops when the task is
/// aborted. Returns the client, the `Location` of its WHIP resource and the
/// sending task.
pub async fn publish(
    app: &TestApp,
    session: i32,
    token: &str,
) -> (Client, String, tokio::task::JoinHandle<()>) {
    let mut publisher = Client::new().await.expect("publisher");
    let send_only = || {
        Some(RTCRtpTransceiverInit {
            direction: RTCRtpTransceiverDirection::Sendonly,
            ..Default::default()
        })
    };
    let video = sample_track(RtpCodecKind::Video, MIME_TYPE_VP8, 90_000, 0, 0x1111);
    let audio = sample_track(RtpCodecKind::Audio, MIME_TYPE_OPUS, 48_000, 2, 0x2222);
    let mut payload_types = Vec::new();
    for track in [video.clone(), audio.clone()] {
        let transceiver = publisher
            .connection
            .add_transceiver_from_track(track as Arc<dyn TrackLocal>, send_only())
            .await
            .expect("transceiver");
        payload_types.push(transceiver.sender().await.expect("sender").expect("sender"));
    }
    let (status, location) = publisher
        .negotiate(&format!("{}/whip/{session}", app.base_url), Some(token))
        .await
        .expect("negotiated");
    assert_eq!(status, StatusCode::CREATED);
    let mut types = Vec::new();
    for sender in payload_types {
        types.push(
            sender
                .get_parameters()
                .await
                .expect("parameters")
                .rtp_parameters
                .codecs[0]
                .payload_type,
        );
    }
    let (video_type, audio_type) = (types[0], types[1]);
    tokio::spawn(count_keyframe_requests(
        video.clone() as Arc<dyn TrackLocal>,
        publisher.reception.clone(),
    ));
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
            let video_sample = Sample {
                data: frames[step % frames.len()].clone(),
                duration: frame_time,
                ..Sample::new(Instant::now())
            };
            let audio_sample = Sample {
                data: pages[step % pages.len()].clone(),
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
    (publisher, location.expect("Location"), sending)
}

/// A session of the demo programme that is streamed.
pub async fn streamed_session(app: &TestApp) -> i32 {
    use app::programme::entity::activity;
    activity::Entity::find()
        .filter(activity::Column::Streamed.eq(true))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("a streamed session")
        .id
}

/// The demo's streamed session, with a publish token made for it.
pub async fn stream_with_token(app: &TestApp) -> (i32, String) {
    let session = streamed_session(app).await;
    let token = app::streaming::access::issue_publish_token(
        &app.state.db,
        &super::organizer(),
        session,
        chrono::Utc::now(),
    )
    .await
    .expect("publish token");
    (session, token)
}

/// Waits up to 20 s for `done`.
pub async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
