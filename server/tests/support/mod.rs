//! Shared set-up for the integration tests: a fresh database on SQLite or
//! PostgreSQL, and the real server on a free loopback port.

#![allow(dead_code)]

pub mod hostile;
pub mod library;
pub mod server_functions;
pub mod streaming;

use app::{mail::transport::Mailer, platform::state::AppState};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use server::config::Config;
use std::net::SocketAddr;
use tempfile::TempDir;

#[derive(Clone, Copy, Debug)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server the test command started (see scripts/test.sh).
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_DATABASE_URL").expect(
        "TEST_DATABASE_URL must point at a PostgreSQL server (scripts/test.sh starts one and sets it)",
    )
}

/// A new, empty database: a file for SQLite, a new database for PostgreSQL.
pub async fn fresh_database_url(engine: Engine, dir: &TempDir) -> String {
    match engine {
        Engine::Sqlite => format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display()),
        Engine::Postgres => {
            let admin_url = postgres_admin_url();
            let name = format!("ikp_test_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create test database");
            admin.close().await.ok();
            let base = admin_url
                .rsplit_once('/')
                .map(|(base, _)| base)
                .unwrap_or(&admin_url);
            format!("{base}/{name}")
        }
    }
}

pub struct TestApp {
    pub base_url: String,
    pub state: AppState,
    pub mailer: Mailer,
    pub config: Config,
    pub data_dir: TempDir,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

pub fn test_config(data_dir: &TempDir, database_url: String) -> Config {
    Config {
        data_dir: data_dir.path().to_path_buf(),
        database_url: Some(database_url),
        leptos_site_addr: None,
        public_url: None,
        smtp_url: None,
        mail_from: "IKP Events <events@example.org>".into(),
        registration_rate_limit: 0,
        sign_in_rate_limit: 10,
        watch_rate_limit: 0,
        demo: true,
        media: server::config::MediaConfig {
            media_bind_address: std::net::IpAddr::from([127, 0, 0, 1]),
            ..Default::default()
        },
    }
}

/// Starts the platform with the demo event on a free port (no background workers:
/// tests drive delivery and waitlist rounds themselves).
pub async fn start(engine: Engine, adjust: impl FnOnce(&mut Config)) -> TestApp {
    start_adjusted(engine, adjust, |_| {}).await
}

/// [`start`], with a last change to the prepared state (e.g. the site's files).
pub async fn start_adjusted(
    engine: Engine,
    adjust: impl FnOnce(&mut Config),
    adjust_state: impl FnOnce(&mut AppState),
) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut config = test_config(&data_dir, fresh_database_url(engine, &data_dir).await);
    adjust(&mut config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    let (mut state, mailer) = server::prepare(&config, addr).await.expect("prepare");
    adjust_state(&mut state);
    let router = server::router(state.clone());
    let server = tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("serve");
    });
    TestApp {
        base_url: format!("http://{addr}"),
        state,
        mailer,
        config,
        data_dir,
        server,
    }
}

/// A response header's value, empty when there is none.
pub fn header(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// A complete registration request for person number `n`.
pub fn registration(n: usize, attendance: &str) -> serde_json::Value {
    let country = ["NL", "BE", "DE", "SE", "GR", "IT"][n % 6];
    serde_json::json!({
        "name": format!("Participant {n}"),
        "email": format!("participant{n}@example.org"),
        "organisation": "Reception Agency",
        "country": country,
        "function": "Case manager",
        "attendance": attendance,
        "language": if n.is_multiple_of(2) { "en" } else { "nl" },
        "privacy_consent": true
    })
}

/// A staff account of `role`, signed in: the session token for the cookie.
pub async fn staff_session(app: &TestApp, role: app::staff::roles::Role) -> String {
    use app::staff::auth;
    let email = format!("{}@staff.example.org", role.code());
    auth::create_staff(
        &app.state.db,
        &email,
        "Staff Member",
        "a long enough password",
        role,
        chrono::Utc::now(),
    )
    .await
    .expect("staff account");
    auth::sign_in(
        &app.state.db,
        &email,
        "a long enough password",
        chrono::Utc::now(),
    )
    .await
    .expect("signed in")
}

/// A staff member as the services take them, for tests that call services directly.
pub fn organizer() -> app::staff::auth::StaffMember {
    app::staff::auth::StaffMember {
        id: 0,
        name: "Test Organizer".into(),
        role: app::staff::roles::Role::Organizer,
    }
}

/// The registration form of participant `n`, as typed.
pub fn registration_form(n: usize, attendance: &str) -> app::registration::model::RegistrationForm {
    serde_json::from_value(registration(n, attendance)).expect("form")
}

/// Registers participant `n` for the demo event.
pub async fn register(
    app: &TestApp,
    n: usize,
    attendance: &str,
) -> app::registration::intake::Registered {
    app.state
        .registrations
        .register(
            "ikp-2025",
            &registration_form(n, attendance),
            chrono::Utc::now(),
        )
        .await
        .expect("registered")
}

/// The kinds of email queued for participant `n`, oldest first.
pub async fn email_kinds_to(app: &TestApp, n: usize) -> Vec<String> {
    use app::mail::outbox::entity::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Entity::find()
        .filter(Column::Recipient.eq(format!("participant{n}@example.org")))
        .order_by_asc(Column::Id)
        .all(&app.state.db)
        .await
        .expect("outbox")
        .into_iter()
        .map(|message| message.kind)
        .collect()
}

/// Every row of every table, each as one line of text.
pub async fn every_row(db: &DatabaseConnection, engine: Engine) -> Vec<String> {
    let backend = db.get_database_backend();
    let tables_sql = match engine {
        Engine::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        }
        Engine::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        }
    };
    let tables: Vec<String> = db
        .query_all_raw(Statement::from_string(backend, tables_sql))
        .await
        .expect("tables")
        .iter()
        .map(|row| row.try_get::<String>("", "name").expect("name"))
        .collect();
    let mut lines = Vec::new();
    for table in tables {
        let columns_sql = match engine {
            Engine::Sqlite => format!("SELECT name FROM pragma_table_info('{table}')"),
            Engine::Postgres => format!(
                "SELECT column_name AS name FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = '{table}'"
            ),
        };
        let columns: Vec<String> = db
            .query_all_raw(Statement::from_string(backend, columns_sql))
            .await
            .expect("columns")
            .iter()
            .map(|row| row.try_get::<String>("", "name").expect("name"))
            .collect();
        // Binary columns (ids on SQLite) are compared as hex.
        let as_text = |column: &str| match engine {
            Engine::Sqlite => format!(
                "CASE WHEN typeof(\"{column}\") = 'blob' THEN hex(\"{column}\") \
                 ELSE COALESCE(CAST(\"{column}\" AS TEXT), '') END"
            ),
            Engine::Postgres => format!("COALESCE(CAST(\"{column}\" AS TEXT), '')"),
        };
        let joined = columns
            .iter()
            .map(|column| as_text(column))
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                format!("SELECT {joined} AS line FROM \"{table}\""),
            ))
            .await
            .expect("rows");
        lines.extend(rows.iter().map(|row| {
            format!(
                "{table}: {}",
                row.try_get::<String>("", "line").expect("line")
            )
        }));
    }
    lines
}
