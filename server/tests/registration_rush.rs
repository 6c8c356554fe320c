//! Invariant 1: confirmed in-person registrations never exceed the capacity,
//! whatever the concurrency, on SQLite and PostgreSQL, in one server process
//! or several sharing one PostgreSQL; and no accepted registration is lost.

mod support;

use futures::future::join_all;
use serde_json::Value;
use support::{registration, Engine};

const ATTEMPTS: usize = 1000;

/// One rush at a time: they share the machine's two cores.
static ONE_RUSH_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
const CAPACITY: u64 = 150;

/// Sends all attempts at once, spread over the given servers; returns the answers.
async fn rush(base_urls: &[String]) -> Vec<(u16, Value)> {
    let client = reqwest::Client::new();
    let requests = (0..ATTEMPTS).map(|n| {
        let client = client.clone();
        let url = format!(
            "{}/api/v1/events/ikp-2025/registrations",
            base_urls[n % base_urls.len()]
        );
        // One in ten chooses online; everyone else asks for a place in person.
        let attendance = if n % 10 == 9 { "online" } else { "in_person" };
        async move {
            let response = client
                .post(url)
                .json(&registration(n, attendance))
                .send()
                .await
                .expect("request sent");
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.expect("JSON answer"))
        }
    });
    join_all(requests).await
}

fn assert_cap_held(answers: &[(u16, Value)], event: &Value) {
    let refused: Vec<_> = answers
        .iter()
        .filter(|(status, _)| *status != 201)
        .collect();
    assert!(
        refused.is_empty(),
        "every attempt accepted; {} refused, e.g. {:?}",
        refused.len(),
        refused.first()
    );
    let count = |status: &str, attendance: &str| {
        answers
            .iter()
            .filter(|(_, body)| body["status"] == status && body["attendance"] == attendance)
            .count() as u64
    };
    let in_person_confirmed = count("confirmed", "in_person");
    let waitlisted = count("waitlisted", "in_person");
    let online = count("confirmed", "online");
    assert_eq!(in_person_confirmed, CAPACITY);
    assert_eq!(online, (ATTEMPTS / 10) as u64);
    assert_eq!(
        in_person_confirmed + waitlisted + online,
        ATTEMPTS as u64,
        "none lost"
    );

    let positions: std::collections::BTreeSet<u64> = answers
        .iter()
        .filter_map(|(_, body)| body["waitlist_position"].as_u64())
        .collect();
    assert_eq!(
        positions.len() as u64,
        waitlisted,
        "each waitlist position given once"
    );
    assert_eq!(positions.first(), Some(&1));
    assert_eq!(positions.last(), Some(&waitlisted));

    let in_person = &event["capacity"]["in_person"];
    assert_eq!(in_person["confirmed"], CAPACITY);
    assert_eq!(in_person["waitlisted"], waitlisted);
    assert_eq!(in_person["left"], 0);
    assert_eq!(event["capacity"]["online"]["registered"], online);
}

async fn event(base_url: &str) -> Value {
    reqwest::get(format!("{base_url}/api/v1/events/ikp-2025"))
        .await
        .expect("event")
        .json()
        .await
        .expect("event JSON")
}

async fn one_server(engine: Engine) {
    let _turn = ONE_RUSH_AT_A_TIME.lock().await;
    let app = support::start(engine, |_| {}).await;
    let answers = rush(std::slice::from_ref(&app.base_url)).await;
    assert_cap_held(&answers, &event(&app.base_url).await);
    let queued = app::mail::outbox::pending_count(&app.state.db)
        .await
        .expect("outbox");
    assert_eq!(queued, ATTEMPTS as u64, "one email queued per registration");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_cap_holds_under_a_rush_on_sqlite() {
    one_server(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_cap_holds_under_a_rush_on_postgres() {
    one_server(Engine::Postgres).await;
}

/// A server process started from the built binary.
struct Process(std::process::Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn spawn_server(database_url: &str, data_dir: &std::path::Path) -> (Process, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let process = Process(
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .env("DATABASE_URL", database_url)
            .env("DATA_DIR", data_dir)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("REGISTRATION_RATE_LIMIT", "0")
            .env("DEMO", "true")
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("start server process"),
    );
    let base_url = format!("http://127.0.0.1:{port}");
    for _ in 0..600 {
        if reqwest::get(format!("{base_url}/health"))
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return (process, base_url);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("server process did not come up");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_cap_holds_with_two_server_processes_on_one_postgres() {
    let _turn = ONE_RUSH_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let database_url = support::fresh_database_url(Engine::Postgres, &dir).await;
    // The first process creates the schema and the demo event; the second finds them.
    let (_first, first_url) = spawn_server(&database_url, &dir.path().join("a")).await;
    let (_second, second_url) = spawn_server(&database_url, &dir.path().join("b")).await;
    let answers = rush(&[first_url.clone(), second_url]).await;
    assert_cap_held(&answers, &event(&first_url).await);
}

/// Requests that arrive together are written together; the same address
/// sent twenty times at once (in any case) still registers once.
async fn one_registration_per_email(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/events/ikp-2025/registrations", app.base_url);
    let attempts = (0..20).map(|n| {
        let mut body = registration(7, "in_person");
        if n % 2 == 1 {
            body["email"] = "PARTICIPANT7@example.ORG".into();
        }
        let (client, url) = (client.clone(), url.clone());
        async move {
            let response = client.post(url).json(&body).send().await.expect("sent");
            response.status().as_u16()
        }
    });
    let statuses = join_all(attempts).await;
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1);
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 19);
    let in_person = &event(&app.base_url).await["capacity"]["in_person"];
    assert_eq!(in_person["confirmed"], 1);
    assert_eq!(in_person["waitlisted"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_email_registers_once_however_many_arrive_together_on_sqlite() {
    one_registration_per_email(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_email_registers_once_however_many_arrive_together_on_postgres() {
    one_registration_per_email(Engine::Postgres).await;
}
