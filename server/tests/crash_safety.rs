//! Crash safety, on SQLite and PostgreSQL: the real server binary is killed
//! with SIGKILL in the middle of a registration rush for more in-person
//! places than there are. After a restart on the same database every
//! registration that was answered `201` is there with the status it was
//! given, each has its email queued or sent, and the in-person cap holds
//! while the rush goes on.

mod support;

use app::{
    mail::outbox::entity as outbox,
    registration::{
        entity::registration,
        model::{Attendance, Status},
    },
};
use chrono::Utc;
use futures::{stream, StreamExt};
use sea_orm::{
    sea_query::ExprTrait, ColumnTrait, Database, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter,
};
use std::{
    collections::HashMap,
    net::TcpListener,
    path::Path,
    process::Stdio,
    sync::{Arc, Mutex},
    time::Duration,
};
use support::Engine;
use tempfile::TempDir;
use tokio::process::{Child, Command};
use uuid::Uuid;

/// The demo event's in-person places.
const CAPACITY: u64 = 150;
/// People in the rush before the kill: far more than the places.
const BEFORE_KILL: usize = 400;
/// Answers to wait for before the kill: it lands mid-rush, as the places run out.
const ANSWERS_BEFORE_KILL: usize = 140;
/// Concurrent registrations: more than the intake writes in one group.
const CONCURRENCY: usize = 32;

/// The server binary running on `database_url`, with its files in `data_dir`.
fn start_server(database_url: &str, data_dir: &Path, port: u16) -> Child {
    let log = std::fs::File::create(data_dir.join(format!("server-{port}.log"))).expect("log file");
    Command::new(env!("CARGO_BIN_EXE_server"))
        .env("DATABASE_URL", database_url)
        .env("DATA_DIR", data_dir)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("DEMO", "true")
        .env("REGISTRATION_RATE_LIMIT", "0")
        .env("RUST_LOG", "warn")
        .env_remove("SMTP_URL")
        .stdout(Stdio::null())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .expect("server binary starts")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

async fn wait_until_healthy(client: &reqwest::Client, base_url: &str, server: &mut Child) {
    for _ in 0..600 {
        if let Some(status) = server.try_wait().expect("server state") {
            panic!("the server stopped on start: {status}");
        }
        let health = client.get(format!("{base_url}/health")).send().await;
        if health.is_ok_and(|answer| answer.status() == 200) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not answer within a minute");
}

/// What a `201` said about a registration.
type Answered = HashMap<Uuid, Status>;

/// Registers participants `numbers` in person, at once, keeping every
/// `201`; requests the dead server never answers are simply not kept.
async fn rush(
    client: &reqwest::Client,
    base_url: &str,
    numbers: Vec<usize>,
    answered: &Mutex<Answered>,
) {
    stream::iter(numbers)
        .map(|n| async move {
            let answer = client
                .post(format!("{base_url}/api/v1/events/ikp-2025/registrations"))
                .json(&support::registration(n, "in_person"))
                .send()
                .await
                .ok()?;
            if answer.status() != 201 {
                return None;
            }
            let receipt: serde_json::Value = answer.json().await.ok()?;
            let id = receipt["id"].as_str()?.parse().ok()?;
            let status = serde_json::from_value(receipt["status"].clone()).ok()?;
            Some((id, status))
        })
        .buffer_unordered(CONCURRENCY)
        .for_each(|receipt| async move {
            if let Some((id, status)) = receipt {
                answered.lock().expect("answers").insert(id, status);
            }
        })
        .await;
}

async fn confirmed_in_person(db: &DatabaseConnection) -> u64 {
    registration::Entity::find()
        .filter(registration::Column::Attendance.eq(Attendance::InPerson))
        .filter(registration::Column::Status.eq(Status::Confirmed))
        .count(db)
        .await
        .expect("count")
}

/// Every answered registration is stored as answered and has its email.
async fn assert_nothing_answered_is_lost(
    db: &DatabaseConnection,
    answered: &Answered,
    engine: Engine,
) {
    for (id, status) in answered {
        let stored = registration::Entity::find_by_id(*id)
            .one(db)
            .await
            .expect("read")
            .unwrap_or_else(|| {
                panic!("{engine:?}: registration {id} was answered 201 and is gone")
            });
        assert_eq!(&stored.status, status, "{engine:?}: {id} keeps its status");
        let emails = outbox::Entity::find()
            .filter(outbox::Column::RegistrationId.eq(*id))
            .count(db)
            .await
            .expect("outbox");
        assert!(emails >= 1, "{engine:?}: the email to {id} is lost");
    }
}

async fn run(engine: Engine) {
    let dir = TempDir::new().expect("temporary directory");
    let database_url = support::fresh_database_url(engine, &dir).await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client");
    let answered = Arc::new(Mutex::new(Answered::new()));

    let port = free_port();
    let base_url = format!("http://127.0.0.1:{port}");
    let mut server = start_server(&database_url, dir.path(), port);
    wait_until_healthy(&client, &base_url, &mut server).await;
    let rushing = tokio::spawn({
        let (client, base_url, answered) = (client.clone(), base_url.clone(), answered.clone());
        async move { rush(&client, &base_url, (0..BEFORE_KILL).collect(), &answered).await }
    });
    for _ in 0..12_000 {
        if answered.lock().expect("answers").len() >= ANSWERS_BEFORE_KILL || rushing.is_finished() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(
        answered.lock().expect("answers").len() >= ANSWERS_BEFORE_KILL,
        "{engine:?}: the rush got {} answers before it ended or a minute passed",
        answered.lock().expect("answers").len()
    );
    server.start_kill().expect("SIGKILL");
    let killed_at = Utc::now();
    server.wait().await.expect("the server is gone");
    rushing.await.expect("rush ended");
    let before_restart = answered.lock().expect("answers").clone();
    assert!(
        before_restart.len() < BEFORE_KILL,
        "{engine:?}: the kill came after the rush ended"
    );

    let port = free_port();
    let base_url = format!("http://127.0.0.1:{port}");
    let mut server = start_server(&database_url, dir.path(), port);
    wait_until_healthy(&client, &base_url, &mut server).await;
    let db = Database::connect(&database_url).await.expect("database");
    assert_nothing_answered_is_lost(&db, &before_restart, engine).await;
    let stored = registration::Entity::find()
        .count(&db)
        .await
        .expect("count");
    let queued = outbox::Entity::find().count(&db).await.expect("outbox");
    println!(
        "{engine:?}: killed after {} answers; {stored} registrations and {queued} emails stored",
        before_restart.len()
    );
    assert!(
        confirmed_in_person(&db).await <= CAPACITY,
        "{engine:?}: cap after restart"
    );

    rush(
        &client,
        &base_url,
        (1000..1000 + BEFORE_KILL).collect(),
        &answered,
    )
    .await;
    let all = answered.lock().expect("answers").clone();
    assert_nothing_answered_is_lost(&db, &all, engine).await;
    let confirmed = all.values().filter(|s| **s == Status::Confirmed).count() as u64;
    assert!(confirmed <= CAPACITY, "{engine:?}: {confirmed} confirmed");
    assert_eq!(
        confirmed_in_person(&db).await,
        CAPACITY,
        "{engine:?}: every place is taken once"
    );

    // Emails the killed server had claimed wait out their claim (until at
    // most `claim_ends`); every other one is sent by the restarted server.
    let claim_ends = killed_at + chrono::Duration::seconds(121);
    let mut waiting = u64::MAX;
    for _ in 0..300 {
        waiting = outbox::Entity::find()
            .filter(outbox::Column::SentAt.is_null())
            .filter(
                outbox::Column::ClaimedUntil
                    .is_null()
                    .or(outbox::Column::ClaimedUntil.gt(claim_ends)),
            )
            .count(&db)
            .await
            .expect("outbox");
        if waiting == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(
        waiting, 0,
        "{engine:?}: the restarted server sends what was queued"
    );
    let sent = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_not_null())
        .count(&db)
        .await
        .expect("outbox") as usize;
    let files = std::fs::read_dir(dir.path().join("mail"))
        .expect("mail folder")
        .filter(|entry| {
            entry
                .as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "eml"))
        })
        .count();
    assert!(
        files >= sent,
        "{engine:?}: {sent} sent, {files} email files"
    );
    server.start_kill().expect("stop");
    server.wait().await.ok();
}

#[tokio::test]
async fn a_killed_server_loses_no_registration_on_sqlite() {
    run(Engine::Sqlite).await;
}

#[tokio::test]
async fn a_killed_server_loses_no_registration_on_postgres() {
    run(Engine::Postgres).await;
}
