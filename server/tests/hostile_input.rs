//! Hostile input, on SQLite and PostgreSQL: thousands of bad requests to
//! every server function, form route and API endpoint (oversized, malformed
//! UTF-8, control characters, SQL and script injection, huge numbers, wrong
//! types, repeated fields, broken bodies). Each is refused with a 4xx and a
//! message (a form's own answer with its errors counts as one), none gets a
//! 5xx, nothing is stored, and afterwards the platform still registers
//! people.

mod support;

use futures::{stream, StreamExt};
use support::{
    hostile,
    server_functions::{functions, Kind, REGISTRATION_FIELDS},
    Engine, TestApp,
};

/// One request of the corpus and what it is allowed to get back.
struct Probe {
    label: String,
    method: reqwest::Method,
    path: String,
    content_type: Option<&'static str>,
    body: Vec<u8>,
    signed_in: bool,
    may_succeed: bool,
}

struct Answer {
    status: u16,
    body: String,
}

async fn send(app: &TestApp, client: &reqwest::Client, session: &str, probe: &Probe) -> Answer {
    let mut request = client
        .request(
            probe.method.clone(),
            format!("{}{}", app.base_url, probe.path),
        )
        .header("accept-language", "nl");
    if let Some(content_type) = probe.content_type {
        request = request
            .header("content-type", content_type)
            .body(probe.body.clone());
    }
    if probe.signed_in {
        request = request.header(
            "cookie",
            format!("{}={session}", app::staff::auth::SESSION_COOKIE),
        );
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    let body = response.text().await.unwrap_or_default();
    Answer { status, body }
}

/// The Dutch error messages of the catalogues (up to their first
/// placeholder): the corpus asks in Dutch, so each refusal must say one.
fn dutch_error_messages() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../app/locales/nl");
    let mut messages = Vec::new();
    for entry in std::fs::read_dir(dir).expect("Dutch catalogue") {
        let text = std::fs::read_to_string(entry.expect("file").path()).expect("catalogue");
        for line in text.lines().filter(|line| line.starts_with("error-")) {
            let Some((_, message)) = line.split_once(" = ") else {
                continue;
            };
            let fixed = message.split('{').next().unwrap_or_default().trim();
            if fixed.chars().count() >= 8 {
                messages.push(fixed.to_owned());
            }
        }
    }
    messages
}

/// A 2xx from a changing endpoint is only right when it is the form's own
/// answer naming what is wrong.
fn carries_refusal(body: &str) -> bool {
    fn refuses(value: &serde_json::Value) -> bool {
        match value {
            serde_json::Value::String(message) => !message.is_empty(),
            serde_json::Value::Object(map) => {
                map.get("errors")
                    .and_then(|errors| errors.as_object())
                    .is_some_and(|errors| !errors.is_empty())
                    || map.get("problem").is_some_and(|problem| !problem.is_null())
                    || map.values().any(refuses)
            }
            serde_json::Value::Array(items) => items.iter().any(refuses),
            _ => false,
        }
    }
    serde_json::from_str(body).is_ok_and(|value| refuses(&value))
}

fn server_function_probes() -> Vec<Probe> {
    let mut probes = Vec::new();
    for function in functions() {
        let signed_in = function.kind != Kind::Anonymous;
        let may_succeed = function.kind != Kind::Writes;
        let probe = |label: String, content_type: &'static str, body: Vec<u8>| Probe {
            label: format!("{} {label}", function.path),
            method: reqwest::Method::POST,
            path: function.path.to_owned(),
            content_type: Some(content_type),
            body,
            signed_in,
            may_succeed,
        };
        for (n, value) in hostile::text_values().iter().enumerate() {
            probes.push(probe(
                format!("value {n}"),
                "application/x-www-form-urlencoded",
                hostile::form_body(&function.fields, value),
            ));
        }
        probes.push(probe(
            "repeated fields".into(),
            "application/x-www-form-urlencoded",
            hostile::repeated_fields(&function.fields),
        ));
        probes.push(probe(
            "NUL under another media type".into(),
            "text/plain",
            hostile::form_body(&function.fields, b"\0"),
        ));
        for (n, (content_type, body)) in hostile::broken_bodies().into_iter().enumerate() {
            probes.push(probe(format!("broken body {n}"), content_type, body));
        }
        probes.push(Probe {
            label: format!("{} by GET", function.path),
            method: reqwest::Method::GET,
            path: function.path.to_owned(),
            content_type: None,
            body: Vec::new(),
            signed_in,
            may_succeed: false,
        });
    }
    probes
}

/// The JSON API, the upload forms, the check-in door and the pages and
/// downloads that take a slug, token or id from the address.
fn route_probes() -> Vec<Probe> {
    let mut probes = Vec::new();
    let post = |label: String, path: String, content_type, body, signed_in| Probe {
        label,
        method: reqwest::Method::POST,
        path,
        content_type: Some(content_type),
        body,
        signed_in,
        may_succeed: false,
    };
    let api_fields = REGISTRATION_FIELDS.map(|field| &field[5..field.len() - 1]);
    for (n, value) in hostile::json_values().into_iter().enumerate() {
        let body: serde_json::Map<_, _> = api_fields
            .iter()
            .map(|field| ((*field).to_owned(), value.clone()))
            .collect();
        probes.push(post(
            format!("API registration value {n}"),
            "/api/v1/events/ikp-2025/registrations".into(),
            "application/json",
            serde_json::to_vec(&body).expect("json"),
            false,
        ));
        probes.push(post(
            format!("check-in JSON value {n}"),
            "/staff/check-in".into(),
            "application/json",
            serde_json::to_vec(&serde_json::json!({"code": value, "event": value, "at": value}))
                .expect("json"),
            true,
        ));
    }
    let duplicate_keys =
        br#"{"name":"A","name":"B","email":"a@example.org","email":"b@example.org"}"#;
    probes.push(post(
        "API registration duplicate keys".into(),
        "/api/v1/events/ikp-2025/registrations".into(),
        "application/json",
        duplicate_keys.to_vec(),
        false,
    ));
    let library_fields = [
        "title",
        "summary",
        "description",
        "organisation",
        "country",
        "themes[]",
        "event",
        "contact_name",
        "contact_email",
        "contact_public",
        "licence",
        "consent",
    ];
    for (n, value) in hostile::text_values().iter().enumerate() {
        let segment: String = form_urlencoded::byte_serialize(value).collect();
        let segment = if segment.is_empty() {
            "%20".to_owned()
        } else {
            segment
        };
        for (path, signed_in) in [
            ("/api/v1/library/submissions".to_owned(), false),
            ("/library/submit".to_owned(), false),
            (format!("/library/follow/{segment}"), false),
        ] {
            probes.push(post(
                format!("{path} multipart value {n}"),
                path,
                "multipart/form-data; boundary=corpus",
                multipart(&library_fields, value),
                signed_in,
            ));
        }
        probes.push(post(
            format!("check-in form value {n}"),
            "/staff/check-in".into(),
            "application/x-www-form-urlencoded",
            hostile::form_body(&["code", "event", "at"], value),
            true,
        ));
        probes.push(post(
            format!("API registration for event {n}"),
            format!("/api/v1/events/{segment}/registrations"),
            "application/json",
            serde_json::to_vec(&support::registration(n, "in_person")).expect("json"),
            false,
        ));
        for path in [
            format!("/events/{segment}"),
            format!("/events/{segment}/register"),
            format!("/events/{segment}/programme"),
            format!("/events/ikp-2025/programme/{segment}"),
            format!("/events/{segment}/calendar.ics"),
            format!("/events/{segment}/privacy"),
            format!("/manage/{segment}"),
            format!("/manage/{segment}/data"),
            format!("/manage/{segment}/data.json"),
            format!("/manage/{segment}/agenda.ics"),
            format!("/calendar/{segment}"),
            format!("/lang/{segment}"),
            format!("/library/{segment}"),
            format!("/library/{segment}/files/{segment}"),
            format!("/library?q={segment}&theme={segment}&country={segment}&page={segment}"),
            format!("/api/v1/events/{segment}"),
            format!("/api/v1/events/{segment}/sessions"),
            format!("/api/v1/library/{segment}"),
            format!("/api/v1/library?q={segment}&page={segment}&sort={segment}"),
            format!("/staff/events/{segment}"),
            format!("/staff/events/ikp-2025/registrations/{segment}"),
            format!(
                "/staff/events/ikp-2025/registrations?q={segment}&page={segment}&sort={segment}"
            ),
            format!("/staff/events/ikp-2025/activities/{segment}/signups.csv"),
            format!("/staff/check-in/{segment}"),
            format!("/staff/audit?event={segment}&before={segment}"),
        ] {
            probes.push(Probe {
                label: format!("GET {path}"),
                method: reqwest::Method::GET,
                path,
                content_type: None,
                body: Vec::new(),
                signed_in: true,
                may_succeed: true,
            });
        }
    }
    for (n, (content_type, body)) in hostile::broken_bodies().into_iter().enumerate() {
        for (path, signed_in) in [
            ("/api/v1/events/ikp-2025/registrations", false),
            ("/api/v1/library/submissions", false),
            ("/library/submit", false),
            ("/staff/check-in", true),
        ] {
            probes.push(post(
                format!("{path} broken body {n}"),
                path.into(),
                content_type,
                body.clone(),
                signed_in,
            ));
        }
    }
    probes
}

/// A multipart body with `value` in every text field and no file.
fn multipart(fields: &[&str], value: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    for field in fields {
        body.extend(
            format!("--corpus\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n")
                .as_bytes(),
        );
        body.extend(value);
        body.extend(b"\r\n");
    }
    body.extend(b"--corpus--\r\n");
    body
}

async fn run_corpus(engine: Engine) {
    // Sign-in probes must reach the sign-in, not the rate limiter.
    let app = support::start(engine, |config| config.sign_in_rate_limit = 100_000).await;
    support::register(&app, 1, "in_person").await;
    let session = support::staff_session(&app, app::staff::roles::Role::Admin).await;
    let before = hostile::fingerprint(&app.state.db, engine).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let probes: Vec<Probe> = server_function_probes()
        .into_iter()
        .chain(route_probes())
        .collect();
    assert!(probes.len() >= 1_000, "{} requests", probes.len());
    let answers: Vec<(usize, Answer)> = stream::iter(probes.iter().enumerate())
        .map(|(n, probe)| {
            let (app, client, session) = (&app, &client, &session);
            async move { (n, send(app, client, session, probe).await) }
        })
        .buffer_unordered(4)
        .collect()
        .await;
    let dutch = dutch_error_messages();
    let mut wrong = Vec::new();
    for (n, answer) in answers {
        let probe = &probes[n];
        let refused = (400..500).contains(&answer.status)
            && dutch
                .iter()
                .any(|message| answer.body.contains(message.as_str()));
        let fine = refused
            || (answer.status < 500
                && (probe.may_succeed || (answer.status == 200 && carries_refusal(&answer.body))));
        if !fine {
            let body: String = answer.body.chars().take(200).collect();
            wrong.push(format!("{}: {} {body}", probe.label, answer.status));
        }
    }
    assert!(
        wrong.is_empty(),
        "{engine:?}: {} of {} requests answered wrongly:\n{}",
        wrong.len(),
        probes.len(),
        wrong.join("\n")
    );
    let after = hostile::fingerprint(&app.state.db, engine).await;
    let changed: Vec<&String> = before
        .keys()
        .filter(|table| before.get(*table) != after.get(*table))
        .collect();
    assert!(
        changed.is_empty(),
        "{engine:?}: tables changed: {changed:?}"
    );

    let health = reqwest::get(format!("{}/health", app.base_url))
        .await
        .expect("health");
    assert_eq!(health.status(), 200);
    let registered = client
        .post(format!(
            "{}/api/v1/events/ikp-2025/registrations",
            app.base_url
        ))
        .json(&support::registration(2, "online"))
        .send()
        .await
        .expect("registration");
    assert_eq!(
        registered.status(),
        201,
        "a real registration still goes in"
    );
}

#[tokio::test]
async fn every_endpoint_refuses_hostile_input_on_sqlite() {
    run_corpus(Engine::Sqlite).await;
}

#[tokio::test]
async fn every_endpoint_refuses_hostile_input_on_postgres() {
    run_corpus(Engine::Postgres).await;
}

#[test]
fn the_corpus_covers_every_server_function() {
    let listed: std::collections::BTreeSet<&str> =
        functions().iter().map(|function| function.path).collect();
    let missing: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .filter(|path| !listed.contains(path))
        .collect();
    assert!(missing.is_empty(), "not in the corpus: {missing:?}");
}
