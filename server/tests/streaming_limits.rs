//! The limits around watching: a person watches on at most three screens,
//! the server takes at most MEDIA_MAX_VIEWERS, one address may try tokens
//! only so often, and whoever may no longer watch (registration cancelled,
//! stream made private) is let go. Refusals say when to try again, in the
//! person's language.

mod support;

use app::{
    i18n::Locale,
    registration::service::{self, Changer},
    streaming::access,
};
use reqwest::{header, Response, StatusCode};
use server::streaming::client::Client;
use std::time::Duration;
use support::{
    streaming::{publish, stream_with_token, streamed_session},
    Engine, TestApp,
};

/// A viewer's connection, watching once the stream is live.
async fn watch(whep: &str, token: Option<&str>) -> (Client, String) {
    let mut viewer = Client::viewer().await.expect("viewer");
    for _ in 0..50 {
        let (status, location) = viewer.negotiate(whep, token).await.expect("answered");
        if status == StatusCode::CREATED {
            return (viewer, location.expect("Location"));
        }
        assert_eq!(
            status,
            StatusCode::CONFLICT,
            "only 'not live yet' may delay"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the stream did not go live");
}

/// A refused offer, asked in Dutch.
async fn ask(whep: &str, token: Option<&str>) -> Response {
    let offer =
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n";
    let mut request = reqwest::Client::new()
        .post(whep)
        .header(header::CONTENT_TYPE, "application/sdp")
        .header(header::ACCEPT_LANGUAGE, "nl")
        .body(offer);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("answered")
}

/// The refusal says when to try again and why, in Dutch.
async fn assert_try_later(refused: Response, status: StatusCode, key: &str) {
    assert_eq!(refused.status(), status);
    assert_eq!(
        refused
            .headers()
            .get(header::RETRY_AFTER)
            .map(|v| v.as_bytes()),
        Some(&b"30"[..])
    );
    let body: serde_json::Value = refused.json().await.expect("json");
    assert_eq!(body["error"], Locale::Nl.t(key));
}

async fn live_stream(app: &TestApp) -> (i32, String, tokio::task::JoinHandle<()>, Client) {
    let (session, token) = stream_with_token(app).await;
    let (publisher, _, sending) = publish(app, session, &token).await;
    (
        session,
        format!("{}/whep/{session}", app.base_url),
        sending,
        publisher,
    )
}

fn viewers(app: &TestApp) -> u64 {
    app.state.live.live().first().map_or(0, |live| live.viewers)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_screens_a_person_and_no_more_than_the_server_takes() {
    let app = support::start(Engine::Sqlite, |config| config.media.media_max_viewers = 5).await;
    let (_, whep, sending, _publisher) = live_stream(&app).await;
    let anna = support::register(&app, 1, "online").await.manage_token;
    let ben = support::register(&app, 2, "online").await.manage_token;

    let mut annas = Vec::new();
    for _ in 0..3 {
        annas.push(watch(&whep, Some(&anna)).await);
    }
    assert_try_later(
        ask(&whep, Some(&anna)).await,
        StatusCode::TOO_MANY_REQUESTS,
        "error-stream-too-many-screens",
    )
    .await;
    assert_eq!(viewers(&app), 3, "the fourth screen was not let in");

    // Closing one screen makes room for another.
    let (closed, closed_at) = annas.pop().expect("a screen");
    let left = reqwest::Client::new()
        .delete(format!("{}{closed_at}", app.base_url))
        .send()
        .await
        .expect("deleted");
    assert_eq!(left.status(), StatusCode::OK);
    let _ = closed.connection.close().await;
    annas.push(watch(&whep, Some(&anna)).await);

    // Five connections fill this server; the sixth is asked to come back.
    let bens = [
        watch(&whep, Some(&ben)).await,
        watch(&whep, Some(&ben)).await,
    ];
    assert_eq!(viewers(&app), 5);
    assert_try_later(
        ask(&whep, Some(&ben)).await,
        StatusCode::SERVICE_UNAVAILABLE,
        "error-stream-full",
    )
    .await;
    sending.abort();
    for (client, _) in annas.into_iter().chain(bens) {
        let _ = client.connection.close().await;
    }
}

/// Refused tokens count against the address; a registered person waiting
/// for the stream to start does not, however often the player asks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_address_may_try_tokens_only_so_often() {
    let app = support::start(Engine::Sqlite, |config| config.watch_rate_limit = 2).await;
    let session = streamed_session(&app).await;
    let whep = format!("{}/whep/{session}", app.base_url);
    let anna = support::register(&app, 1, "online").await.manage_token;
    for _ in 0..5 {
        assert_eq!(ask(&whep, Some(&anna)).await.status(), StatusCode::CONFLICT);
    }
    for _ in 0..2 {
        assert_eq!(
            ask(&whep, Some("a-guessed-token")).await.status(),
            StatusCode::FORBIDDEN
        );
    }
    assert_try_later(
        ask(&whep, Some("another-guess")).await,
        StatusCode::TOO_MANY_REQUESTS,
        "error-rate-limited",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn who_may_no_longer_watch_is_let_go_sqlite() {
    who_may_no_longer_watch_is_let_go(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn who_may_no_longer_watch_is_let_go_postgres() {
    who_may_no_longer_watch_is_let_go(Engine::Postgres).await;
}

async fn who_may_no_longer_watch_is_let_go(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (session, whep, sending, _publisher) = live_stream(&app).await;
    let anna = support::register(&app, 1, "online").await.manage_token;
    let ben = support::register(&app, 2, "in_person").await.manage_token;
    let annas = [
        watch(&whep, Some(&anna)).await,
        watch(&whep, Some(&anna)).await,
    ];
    let bens = watch(&whep, Some(&ben)).await;
    assert_eq!(viewers(&app), 3);
    let live = app.state.live.as_ref();
    assert_eq!(
        access::recheck_viewers(&app.state.db, live)
            .await
            .expect("checked"),
        0,
        "everyone may still watch"
    );

    // Anna cancels: both her screens end, Ben keeps watching.
    service::cancel(
        &app.state.db,
        &app.state.settings,
        Changer::Owner(&anna),
        chrono::Utc::now(),
    )
    .await
    .expect("cancelled");
    assert_eq!(
        access::recheck_viewers(&app.state.db, live)
            .await
            .expect("checked"),
        2
    );
    assert_eq!(viewers(&app), 1);
    assert_eq!(
        ask(&whep, Some(&anna)).await.status(),
        StatusCode::FORBIDDEN
    );

    // A public stream's anonymous viewer goes when it is made private; Ben,
    // who opened a second screen with his link meanwhile, stays.
    let organizer = support::organizer();
    let now = chrono::Utc::now();
    access::set_public(&app.state.db, &organizer, session, true, now)
        .await
        .expect("public");
    let anonymous = watch(&whep, None).await;
    let bens_second = watch(&whep, Some(&ben)).await;
    assert_eq!(viewers(&app), 3);
    access::set_public(&app.state.db, &organizer, session, false, now)
        .await
        .expect("private");
    assert_eq!(
        access::recheck_viewers(&app.state.db, live)
            .await
            .expect("checked"),
        1
    );
    assert_eq!(viewers(&app), 2, "the registered viewer's screens stay");
    assert!(app
        .state
        .live
        .watchers()
        .iter()
        .all(|watcher| matches!(watcher.viewer, access::Viewer::Registered(_))));
    sending.abort();
    for (client, _) in annas.into_iter().chain([bens, bens_second, anonymous]) {
        let _ = client.connection.close().await;
    }
}
