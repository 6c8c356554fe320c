//! Live streaming through the platform's forwarding unit, with clients made
//! with the same `webrtc` crate: a publisher sends real VP8 video and Opus
//! audio over WHIP, twenty registered viewers watch over WHEP, and each gets
//! the packets, starting at a keyframe. Wrong or missing tokens get no media.

mod support;

use app::streaming::access;
use reqwest::{header, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::streaming::client::Client;
use std::{sync::atomic::Ordering, time::Duration};
use support::{
    streaming::{eventually, publish, stream_with_token, streamed_session},
    Engine,
};

const VIEWERS: usize = 20;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_registered_viewers_watch_a_published_stream() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let (session, token) = stream_with_token(&app).await;
    let whip = format!("{}/whip/{session}", app.base_url);
    let whep = format!("{}/whep/{session}", app.base_url);

    let mut intruder = Client::new().await.expect("client");
    let (status, _) = intruder
        .negotiate(&whip, Some("not-the-token"))
        .await
        .expect("answered");
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "a wrong publish token is refused"
    );
    let _ = intruder.connection.close().await;

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
        let mut viewer = Client::viewer().await.expect("viewer");
        // The stream is live once the publisher's tracks have arrived.
        let mut answered = None;
        for _ in 0..50 {
            let (status, location) = viewer
                .negotiate(&whep, Some(token))
                .await
                .expect("answered");
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
        viewers.push((viewer.connection, viewer.reception, location));
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
    let _ = publisher.connection.close().await;
    assert!(app.state.live.live().is_empty());
    for (connection, _, _) in viewers {
        let _ = connection.close().await;
    }
}

/// A viewer whose picture broke asks for a keyframe; the unit passes the
/// request on to the publisher (besides asking by itself when a viewer
/// joins or waits for one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_viewers_keyframe_request_reaches_the_publisher() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let (session, token) = stream_with_token(&app).await;
    access::set_public(
        &app.state.db,
        &support::organizer(),
        session,
        true,
        chrono::Utc::now(),
    )
    .await
    .expect("public");
    let (publisher, _, sending) = publish(&app, session, &token).await;
    let asked = || publisher.reception.keyframe_requests.load(Ordering::SeqCst);
    let whep = format!("{}/whep/{session}", app.base_url);
    let mut viewer = Client::viewer().await.expect("viewer");
    for _ in 0..50 {
        if viewer.negotiate(&whep, None).await.expect("answered").0 == StatusCode::CREATED {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let received = viewer.reception.clone();
    eventually("the viewer's picture", || {
        received.keyframes.load(Ordering::SeqCst) >= 2
    })
    .await;
    assert!(
        asked() >= 1,
        "the unit asked for a keyframe when the viewer joined"
    );

    // Once the viewer has its picture, nobody asks; then the viewer does.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let before = asked();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        asked(),
        before,
        "no request while every viewer has a picture"
    );
    viewer.ask_for_keyframe().await.expect("asked");
    eventually("the viewer's request at the publisher", || asked() > before).await;
    sending.abort();
    let _ = viewer.connection.close().await;
    let _ = publisher.connection.close().await;
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
