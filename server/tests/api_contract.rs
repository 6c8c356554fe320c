//! The open API answers with the documented shapes and status codes.

mod support;

use serde_json::{json, Value};
use support::Engine;

async fn post_json(
    base_url: &str,
    body: reqwest::Body,
    content_type: Option<&str>,
) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .post(format!("{base_url}/api/v1/events/ikp-2025/registrations"))
        .body(body);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    let response = request.send().await.expect("response");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn events_and_registrations_follow_the_contract() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let base = &app.base_url;

    let events: Value = reqwest::get(format!("{base}/api/v1/events"))
        .await
        .expect("list")
        .json()
        .await
        .expect("json");
    assert_eq!(events[0]["slug"], "ikp-2025");
    assert_eq!(events[0]["starts_on"], "2025-05-15");
    assert_eq!(events[0]["ends_on"], "2025-05-16");
    assert_eq!(events[0]["timezone"], "Europe/Amsterdam");
    assert_eq!(
        events[0]["capacity"]["in_person"],
        json!({"limit": 150, "confirmed": 0, "waitlisted": 0, "offered": 0, "left": 150})
    );
    assert_eq!(events[0]["capacity"]["online"], json!({"registered": 0}));

    let missing = reqwest::get(format!("{base}/api/v1/events/no-such-event"))
        .await
        .expect("404");
    assert_eq!(missing.status(), 404);
    let body: Value = missing.json().await.expect("error body");
    assert!(body["error"].is_string());

    let (status, body) = post_json(
        base,
        support::registration(1, "in_person").to_string().into(),
        Some("application/json"),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(body["status"], "confirmed");
    assert_eq!(body["attendance"], "in_person");
    assert_eq!(body["waitlist_position"], Value::Null);
    assert!(body["id"].as_str().is_some_and(|id| !id.is_empty()));

    let (status, body) = post_json(
        base,
        support::registration(1, "online").to_string().into(),
        Some("application/json"),
    )
    .await;
    assert_eq!(status, 409);
    assert!(body["fields"]["email"].is_string());

    let mut bad = support::registration(2, "in_person");
    bad["email"] = json!("nobody");
    bad["privacy_consent"] = json!(false);
    let (status, body) = post_json(base, bad.to_string().into(), Some("application/json")).await;
    assert_eq!(status, 422);
    assert!(body["fields"]["email"].is_string());
    assert!(body["fields"]["privacy_consent"].is_string());

    let (status, _) = post_json(base, r#"{"name": 5}"#.into(), Some("application/json")).await;
    assert_eq!(status, 422, "wrong types");
    let (status, _) = post_json(base, "{not json".into(), Some("application/json")).await;
    assert_eq!(status, 400, "malformed JSON");
    let (status, _) = post_json(
        base,
        support::registration(3, "online").to_string().into(),
        None,
    )
    .await;
    assert_eq!(status, 415, "not declared as JSON");
    let (status, _) = post_json(
        base,
        vec![b'x'; 100 * 1024].into(),
        Some("application/json"),
    )
    .await;
    assert_eq!(status, 413, "oversized body");

    let event: Value = reqwest::get(format!("{base}/api/v1/events/ikp-2025"))
        .await
        .expect("event")
        .json()
        .await
        .expect("json");
    assert_eq!(
        event["capacity"]["in_person"]["confirmed"], 1,
        "only the one good request was stored"
    );
    assert_eq!(event["capacity"]["online"]["registered"], 0);
}

#[tokio::test]
async fn error_messages_speak_the_clients_language() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let response = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/events/ikp-2025/registrations",
            app.base_url
        ))
        .header("accept-language", "nl-NL,nl;q=0.9")
        .json(&json!({"attendance": "in_person"}))
        .send()
        .await
        .expect("response");
    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["fields"]["name"], "Vul dit in.");
}

#[tokio::test]
async fn registration_attempts_are_rate_limited_per_address() {
    let app = support::start(Engine::Sqlite, |config| config.registration_rate_limit = 2).await;
    let mut statuses = Vec::new();
    for n in 0..3 {
        let (status, _) = post_json(
            &app.base_url,
            support::registration(n, "online").to_string().into(),
            Some("application/json"),
        )
        .await;
        statuses.push(status);
    }
    assert_eq!(statuses, [201, 201, 429]);
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let doc: Value = reqwest::get(format!("{}/api/v1/openapi.json", app.base_url))
        .await
        .expect("openapi")
        .json()
        .await
        .expect("json");
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")));
    for path in [
        "/events",
        "/events/{slug}",
        "/events/{slug}/registrations",
        "/events/{slug}/sessions",
        "/events/{slug}/visits",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
    let responses = &doc["paths"]["/events/{slug}/registrations"]["post"]["responses"];
    for status in ["201", "409", "422", "429"] {
        assert!(responses[status].is_object(), "{status} documented");
    }
}

/// Sessions and visits carry the fields of DESIGN.md, times with their offset.
#[tokio::test]
async fn sessions_and_visits_have_the_documented_shape() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let get = |path: &'static str| {
        let url = format!("{}/api/v1/events/ikp-2025/{path}", app.base_url);
        async move {
            reqwest::get(url)
                .await
                .expect("request")
                .json::<Value>()
                .await
                .expect("json")
        }
    };
    let sessions = get("sessions").await;
    let opening = &sessions[0];
    for field in [
        "id",
        "title",
        "starts_at",
        "ends_at",
        "capacity",
        "places_left",
        "kind",
        "mode",
        "room",
        "streamed",
    ] {
        assert!(opening.get(field).is_some(), "session field {field}");
    }
    assert_eq!(opening["starts_at"], "2025-05-15T09:30:00+02:00");
    assert_eq!(opening["kind"], "plenary");
    assert!(opening["capacity"].is_null() && opening["places_left"].is_null());
    let breakout = sessions
        .as_array()
        .and_then(|all| {
            all.iter()
                .find(|s| s["kind"] == "breakout" && s["capacity"] == 30)
        })
        .expect("a 30-place breakout");
    assert_eq!(breakout["places_left"], 30);
    let visits = get("visits").await;
    assert_eq!(visits.as_array().map(Vec::len), Some(3));
    for field in [
        "id",
        "title",
        "starts_at",
        "ends_at",
        "capacity",
        "places_left",
        "meeting_point",
        "what_to_bring",
    ] {
        assert!(visits[0].get(field).is_some(), "visit field {field}");
    }
    assert_eq!(visits[0]["capacity"], 25);
    let missing = reqwest::get(format!("{}/api/v1/events/nope/sessions", app.base_url))
        .await
        .expect("request");
    assert_eq!(missing.status(), 404);
}
