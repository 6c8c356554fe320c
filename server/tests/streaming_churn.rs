//! webrtc-rs once kept connections alive after close (its issue 906): 2,000
//! viewers join a live stream and leave, and the server's tasks and memory
//! come back near where they were. In a test binary of its own, so that no
//! other test's connections count.

mod support;

use app::streaming::access;
use reqwest::StatusCode;
use server::streaming::client::Client;
use std::{
    sync::atomic::Ordering,
    time::{Duration, Instant},
};
use support::{
    streaming::{eventually, publish, streamed_session},
    Engine,
};

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
    let mut viewer = Client::viewer().await.expect("viewer");
    let (status, location) = viewer
        .negotiate(&format!("{base_url}/whep/{session}"), None)
        .await
        .expect("answered");
    assert_eq!(status, StatusCode::CREATED);
    let received = viewer.reception.clone();
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
    viewer.connection.close().await.expect("closed");
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
    let _ = publisher.connection.close().await;
}
