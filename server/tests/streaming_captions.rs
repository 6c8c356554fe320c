//! Live captions: a line a captioner sends reaches whoever follows the
//! stream's captions (with the same token as for watching), in order and
//! within a second; nobody else gets them; empty or overlong lines are
//! refused and change nothing; every line stays as the transcript.

mod support;

use app::streaming::{access, captions};
use reqwest::{header, StatusCode};
use sea_orm::{EntityTrait, PaginatorTrait};
use std::time::Duration;
use support::{streaming::streamed_session, Engine, TestApp};

/// The session's stored lines, newest first.
async fn transcript(app: &TestApp, session: i32) -> Vec<String> {
    captions::latest(&app.state.db, session, 10)
        .await
        .expect("lines")
        .into_iter()
        .map(|line| line.text)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn caption_lines_reach_those_who_may_watch_sqlite() {
    caption_lines_reach_those_who_may_watch(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn caption_lines_reach_those_who_may_watch_postgres() {
    caption_lines_reach_those_who_may_watch(Engine::Postgres).await;
}

async fn caption_lines_reach_those_who_may_watch(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let session = streamed_session(&app).await;
    let url = format!("{}/captions/{session}", app.base_url);
    let http = reqwest::Client::new();
    let anna = support::register(&app, 1, "online").await.manage_token;
    let organizer = support::organizer();
    let now = chrono::Utc::now();

    let missing = http.get(&url).send().await.expect("answered");
    assert_eq!(missing.status(), StatusCode::UNAUTHORIZED);
    let wrong = http
        .get(&url)
        .query(&[("token", "a-guessed-token")])
        .send()
        .await
        .expect("answered");
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);

    // A line sent before Anna follows is not sent to her again.
    captions::send(
        &app.state.db,
        &organizer,
        session,
        "Good morning",
        None,
        now,
    )
    .await
    .expect("sent");
    let mut following = http
        .get(&url)
        .query(&[("token", anna.as_str())])
        .send()
        .await
        .expect("answered");
    assert_eq!(following.status(), StatusCode::OK);
    assert_eq!(
        following
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| v.as_bytes()),
        Some(&b"text/event-stream"[..])
    );
    for line in ["Welcome to the session", "on reception   conditions"] {
        captions::send(&app.state.db, &organizer, session, line, None, now)
            .await
            .expect("sent");
    }
    let mut received = String::new();
    while !received.contains("data: on reception conditions\n") {
        let chunk = tokio::time::timeout(Duration::from_secs(5), following.chunk())
            .await
            .expect("a line within 5 s")
            .expect("read")
            .expect("the stream goes on");
        received.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(!received.contains("Good morning"), "{received}");
    let welcome = received
        .find("event: caption\nid: ")
        .and_then(|at| received[at..].find("data: Welcome to the session\n"));
    assert!(welcome.is_some(), "{received}");
    assert!(
        received.find("Welcome").expect("first") < received.find("on reception").expect("second"),
        "in the order sent"
    );

    // A browser that reconnects gets the lines it missed, then new ones.
    let mut again = http
        .get(&url)
        .query(&[("token", anna.as_str())])
        .header("Last-Event-ID", "1")
        .send()
        .await
        .expect("answered");
    let mut caught_up = String::new();
    while !caught_up.contains("data: on reception conditions\n") {
        let chunk = tokio::time::timeout(Duration::from_secs(5), again.chunk())
            .await
            .expect("the missed lines at once")
            .expect("read")
            .expect("the stream goes on");
        caught_up.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(
        caught_up.contains("data: Welcome to the session\n"),
        "{caught_up}"
    );
    assert!(!caught_up.contains("Good morning"), "{caught_up}");

    // Refused lines change nothing; every accepted line is the transcript.
    let stored = || async {
        app::streaming::caption_entity::Entity::find()
            .count(&app.state.db)
            .await
            .expect("count")
    };
    let before = stored().await;
    for refused in ["   \n ", &"x".repeat(captions::MAX_CHARS + 1)] {
        assert!(
            captions::send(&app.state.db, &organizer, session, refused, None, now)
                .await
                .is_err()
        );
    }
    assert_eq!(stored().await, before);
    assert_eq!(before, 3);
    assert_eq!(
        transcript(&app, session).await,
        [
            "on reception conditions",
            "Welcome to the session",
            "Good morning"
        ]
    );

    // A public stream's captions need no token.
    access::set_public(&app.state.db, &organizer, session, true, now)
        .await
        .expect("public");
    let public = http.get(&url).send().await.expect("answered");
    assert_eq!(public.status(), StatusCode::OK);
}

/// A follower whose registration is cancelled stops getting captions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn captions_end_when_their_follower_may_no_longer_watch() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let session = streamed_session(&app).await;
    let anna = support::register(&app, 1, "online").await.manage_token;
    let mut following = reqwest::Client::new()
        .get(format!("{}/captions/{session}", app.base_url))
        .query(&[("token", anna.as_str())])
        .send()
        .await
        .expect("answered");
    assert_eq!(following.status(), StatusCode::OK);
    app::registration::service::cancel(
        &app.state.db,
        &app.state.settings,
        app::registration::service::Changer::Owner(&anna),
        chrono::Utc::now(),
    )
    .await
    .expect("cancelled");
    let ended = tokio::time::timeout(Duration::from_secs(30), async {
        while let Ok(Some(_)) = following.chunk().await {}
    })
    .await;
    assert!(ended.is_ok(), "the captions ended within 30 s");
}

#[tokio::test]
async fn a_line_sent_again_from_the_same_form_is_stored_once_sqlite() {
    a_line_sent_again_from_the_same_form_is_stored_once(Engine::Sqlite).await;
}

#[tokio::test]
async fn a_line_sent_again_from_the_same_form_is_stored_once_postgres() {
    a_line_sent_again_from_the_same_form_is_stored_once(Engine::Postgres).await;
}

/// The captioner's answer was lost and they send the line again: it is
/// stored once. The same words from a new form are a new line.
async fn a_line_sent_again_from_the_same_form_is_stored_once(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let session = streamed_session(&app).await;
    let organizer = support::organizer();
    let now = chrono::Utc::now();
    let send = |text: &'static str, form: &'static str| {
        captions::send(&app.state.db, &organizer, session, text, Some(form), now)
    };

    let first = send("Questions, please.", "form-1").await.expect("sent");
    let again = send("Questions,  please. ", "form-1").await.expect("sent");
    assert_eq!(again.id, first.id, "the same line, not a second one");
    let edited = send("Questions, please!", "form-1").await.expect("sent");
    assert_ne!(edited.id, first.id, "changed words are a new line");
    let repeated = send("Questions, please.", "form-2").await.expect("sent");
    assert_ne!(repeated.id, first.id, "said again later");

    assert_eq!(
        transcript(&app, session).await,
        [
            "Questions, please.",
            "Questions, please!",
            "Questions, please."
        ]
    );
}
