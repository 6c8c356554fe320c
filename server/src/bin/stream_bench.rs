//! Fan-out of one live stream to many viewers, on loopback:
//!
//!     cargo build --release -p server --bins
//!     ./target/release/stream_bench --viewers 100,200,400,800 --seconds 10
//!
//! Starts the real server binary (next to this one) on a fresh SQLite
//! database with the demo event, publishes one stream at about 1.5 Mbit/s
//! (VP8-shaped packets at 30 frames a second, a keyframe every second and
//! when the unit asks for one, and Opus-sized audio) over WHIP, then for
//! each number of viewers connects them over WHEP and prints: viewers
//! served with under 1 % packet loss (of what the publisher sent), the
//! server's CPU per viewer, the median time from joining to the first
//! keyframe, and the server's memory.

use app::streaming::access;
use bytes::{BufMut, Bytes, BytesMut};
use clap::Parser;
use reqwest::StatusCode;
use rtc::{
    peer_connection::configuration::media_engine::{MIME_TYPE_OPUS, MIME_TYPE_VP8},
    rtp::{header::Header, Packet},
    rtp_transceiver::rtp_sender::{RTCRtpCodec, RtpCodecKind},
};
use server::streaming::client::{count_keyframe_requests, rtp_track, Client, Reception};
use std::{
    net::TcpListener,
    process::{Child, Command},
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};
use webrtc::media_stream::track_local::TrackLocal;

#[derive(Parser)]
struct Args {
    /// Numbers of viewers to try, one after the other.
    #[arg(long, value_delimiter = ',', default_value = "100,200,400,800")]
    viewers: Vec<usize>,
    /// How long each number of viewers is measured.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Video bitrate of the publisher, in kbit/s.
    #[arg(long, default_value_t = 1500)]
    kbps: usize,
    /// Viewers joining at once.
    #[arg(long, default_value_t = 50)]
    joining: usize,
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

/// The server process, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A scratch folder, removed when dropped.
struct Folder(std::path::PathBuf);

impl Folder {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// CPU seconds the process has used, and its resident memory in bytes.
fn usage(pid: u32) -> Result<(f64, u64), Failure> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    let fields: Vec<&str> = stat.rsplit(") ").next().unwrap_or("").split(' ').collect();
    let ticks: f64 = fields
        .get(11)
        .and_then(|f| f.parse::<f64>().ok())
        .unwrap_or(0.0)
        + fields
            .get(12)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0);
    let statm = std::fs::read_to_string(format!("/proc/{pid}/statm"))?;
    let pages: u64 = statm
        .split(' ')
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    // Linux counts CPU time in ticks of 1/100 s.
    Ok((ticks / 100.0, pages * 4096))
}

fn vp8_payload(keyframe: bool, first: bool, size: usize) -> Bytes {
    let mut payload = BytesMut::with_capacity(size);
    payload.put_u8(if first { 0x10 } else { 0x00 });
    payload.put_u8(if keyframe && first { 0x10 } else { 0x11 });
    payload.resize(size.max(2), 0xa5);
    payload.freeze()
}

/// Sends VP8-shaped video and Opus-sized audio until aborted, counting the
/// video packets sent. A keyframe goes out every second and, as encoders
/// do, when the unit asks for one.
async fn publish(
    video: Arc<dyn TrackLocal>,
    video_type: u8,
    audio: Arc<dyn TrackLocal>,
    audio_type: u8,
    (kbps, sent, asked): (usize, Arc<AtomicU64>, Arc<Reception>),
) {
    const FPS: u32 = 30;
    const PAYLOAD: usize = 1100;
    let frame_bytes = kbps * 1000 / 8 / FPS as usize;
    let packets_per_frame = frame_bytes.div_ceil(PAYLOAD).max(1);
    let mut tick = tokio::time::interval(Duration::from_millis(1000 / u64::from(FPS)));
    let (mut video_number, mut audio_number) = (0u16, 0u16);
    let mut answered = 0;
    for frame in 0u32.. {
        tick.tick().await;
        let requests = asked.keyframe_requests.load(Ordering::Relaxed);
        let keyframe = frame % FPS == 0 || requests != answered;
        answered = requests;
        for index in 0..packets_per_frame {
            let packet = Packet {
                header: Header {
                    version: 2,
                    marker: index + 1 == packets_per_frame,
                    payload_type: video_type,
                    sequence_number: video_number,
                    timestamp: frame.wrapping_mul(90_000 / FPS),
                    ssrc: 0x1111,
                    ..Default::default()
                },
                payload: vp8_payload(keyframe, index == 0, PAYLOAD),
            };
            video_number = video_number.wrapping_add(1);
            if video.write_rtp(packet).await.is_err() {
                return;
            }
            sent.fetch_add(1, Ordering::Relaxed);
        }
        // About 20 ms of Opus per 33 ms frame is close enough for load.
        let packet = Packet {
            header: Header {
                version: 2,
                payload_type: audio_type,
                sequence_number: audio_number,
                timestamp: frame.wrapping_mul(1600),
                ssrc: 0x2222,
                ..Default::default()
            },
            payload: Bytes::from(vec![0xfc; 120]),
        };
        audio_number = audio_number.wrapping_add(1);
        if audio.write_rtp(packet).await.is_err() {
            return;
        }
    }
}

async fn join(whep: String) -> Result<(Client, Instant, String), Failure> {
    let mut viewer = Client::viewer().await?;
    let started = Instant::now();
    let (status, location) = viewer.negotiate(&whep, None).await?;
    if status != StatusCode::CREATED {
        return Err(format!("WHEP answered {status}").into());
    }
    Ok((viewer, started, location.unwrap_or_default()))
}

#[tokio::main]
async fn main() -> Result<(), Failure> {
    let args = Args::parse();
    let data =
        Folder(std::env::temp_dir().join(format!("ikp-stream-bench-{}", std::process::id())));
    std::fs::create_dir_all(data.path())?;
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let base = format!("http://127.0.0.1:{port}");
    let binary = std::env::current_exe()?.with_file_name("server");
    let database = format!("sqlite://{}?mode=rwc", data.path().join("ikp.db").display());
    let server = Server(
        Command::new(binary)
            .env("DATA_DIR", data.path())
            .env("DATABASE_URL", &database)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("MEDIA_BIND_ADDRESS", "127.0.0.1")
            // Every viewer comes from this one address, and none may be
            // turned away for the server's configured limit.
            .env("WATCH_RATE_LIMIT", "0")
            .env(
                "MEDIA_MAX_VIEWERS",
                (args.viewers.iter().max().copied().unwrap_or(0) + 10).to_string(),
            )
            .env("DEMO", "true")
            .env("RUST_LOG", "error")
            .spawn()?,
    );
    let http = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while http.get(format!("{base}/health")).send().await.is_err() {
        if Instant::now() > deadline {
            return Err("the server did not start".into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let db = sea_orm::Database::connect(&database).await?;
    let session = {
        use app::programme::entity::activity;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        activity::Entity::find()
            .filter(activity::Column::Streamed.eq(true))
            .one(&db)
            .await?
            .ok_or("no streamed session in the demo")?
            .id
    };
    let organizer = app::staff::auth::StaffMember {
        id: 0,
        name: "Benchmark".into(),
        role: app::staff::roles::Role::Organizer,
    };
    let now = chrono::Utc::now();
    access::set_public(&db, &organizer, session, true, now).await?;
    let token = access::issue_publish_token(&db, &organizer, session, now).await?;

    let mut publisher = Client::new().await?;
    let codec = |mime: &str, clock_rate, channels| RTCRtpCodec {
        mime_type: mime.to_owned(),
        clock_rate,
        channels,
        sdp_fmtp_line: String::new(),
        rtcp_feedback: vec![],
    };
    let (video, video_sender) = rtp_track(
        &publisher,
        RtpCodecKind::Video,
        codec(MIME_TYPE_VP8, 90_000, 0),
        0x1111,
    )
    .await?;
    let (audio, audio_sender) = rtp_track(
        &publisher,
        RtpCodecKind::Audio,
        codec(MIME_TYPE_OPUS, 48_000, 2),
        0x2222,
    )
    .await?;
    let (status, _) = publisher
        .negotiate(&format!("{base}/whip/{session}"), Some(&token))
        .await?;
    if status != StatusCode::CREATED {
        return Err(format!("WHIP answered {status}").into());
    }
    let video_type = video_sender.get_parameters().await?.rtp_parameters.codecs[0].payload_type;
    let audio_type = audio_sender.get_parameters().await?.rtp_parameters.codecs[0].payload_type;
    let sent = Arc::new(AtomicU64::new(0));
    tokio::spawn(count_keyframe_requests(
        video.clone() as Arc<dyn TrackLocal>,
        publisher.reception.clone(),
    ));
    let sending = tokio::spawn(publish(
        video,
        video_type,
        audio,
        audio_type,
        (args.kbps, sent.clone(), publisher.reception.clone()),
    ));
    let whep = format!("{base}/whep/{session}");
    let live_by = Instant::now() + Duration::from_secs(20);
    loop {
        let mut probe = Client::viewer().await?;
        let (status, location) = probe.negotiate(&whep, None).await?;
        if let (StatusCode::CREATED, Some(location)) = (status, location) {
            http.delete(format!("{base}{location}")).send().await?;
            probe.connection.close().await?;
            break;
        }
        if Instant::now() > live_by {
            return Err("the stream did not go live".into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    println!(
        "one publisher at {} kbit/s video; {} s per step; server pid {}",
        args.kbps,
        args.seconds,
        server.0.id()
    );
    println!(
        "viewers  served(<1% loss)  cpu/viewer(% of a core)  join→keyframe p50  server memory"
    );
    for &count in &args.viewers {
        let mut viewers = Vec::with_capacity(count);
        while viewers.len() < count {
            let wave = (count - viewers.len()).min(args.joining);
            let mut joining = tokio::task::JoinSet::new();
            for _ in 0..wave {
                joining.spawn(join(whep.clone()));
            }
            while let Some(joined) = joining.join_next().await {
                viewers.push(joined??);
            }
        }
        // Every viewer is given a few seconds to reach its first keyframe.
        tokio::time::sleep(Duration::from_secs(3)).await;
        // A viewer is served when it got 99 % of the video packets the
        // publisher sent meanwhile: packets the unit skipped for a slow
        // viewer count as lost (it numbers the rest without a gap).
        let received = |viewer: &Client| viewer.reception.video_packets.load(Ordering::Relaxed);
        let before: Vec<u64> = viewers
            .iter()
            .map(|(viewer, _, _)| received(viewer))
            .collect();
        let sent_before = sent.load(Ordering::Relaxed);
        let (cpu_before, _) = usage(server.0.id())?;
        tokio::time::sleep(Duration::from_secs(args.seconds)).await;
        let (cpu_after, memory) = usage(server.0.id())?;
        let sent_meanwhile = sent.load(Ordering::Relaxed) - sent_before;
        let served = viewers
            .iter()
            .zip(&before)
            .filter(|((viewer, _, _), before)| {
                let got = received(viewer) - *before;
                sent_meanwhile > 0 && (got as f64) >= 0.99 * sent_meanwhile as f64
            })
            .count();
        let mut to_keyframe: Vec<Duration> = viewers
            .iter()
            .filter_map(|(viewer, joined, _)| {
                viewer
                    .reception
                    .first_keyframe
                    .lock()
                    .ok()
                    .and_then(|first| first.map(|at| at.duration_since(*joined)))
            })
            .collect();
        to_keyframe.sort();
        let median = to_keyframe
            .get(to_keyframe.len() / 2)
            .copied()
            .unwrap_or_default();
        let cpu_share = (cpu_after - cpu_before) / args.seconds as f64 / count as f64 * 100.0;
        println!(
            "{count:>7}  {served:>17}  {cpu_share:>23.3}  {:>14} ms  {:>10} MB",
            median.as_millis(),
            memory / 1_000_000
        );
        for (viewer, _, location) in viewers {
            let _ = http.delete(format!("{base}{location}")).send().await;
            let _ = viewer.connection.close().await;
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    sending.abort();
    let _ = publisher.connection.close().await;
    drop(server);
    Ok(())
}
