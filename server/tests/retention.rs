//! The retention job: 30 days after the event it removes accessibility and
//! dietary needs, after the event's retention period it anonymises the
//! rest; it removes exactly what is due, and a second run changes nothing.
//! Run on SQLite and PostgreSQL.

mod support;

use app::{
    events::entity as event,
    organizer::audit,
    privacy::{
        retention::{self, RetentionReport},
        service as privacy,
    },
    registration::{entity::registration, model::RegistrationForm},
};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};
use support::{Engine, TestApp};

async fn register_with_needs(app: &TestApp, n: usize, attendance: &str, needs: bool) -> String {
    let form = RegistrationForm {
        accessibility_needs: if needs {
            "Hearing loop".into()
        } else {
            String::new()
        },
        dietary_needs: if needs { "Vegan".into() } else { String::new() },
        ..support::registration_form(n, attendance)
    };
    app.state
        .registrations
        .register("ikp-2025", &form, Utc::now())
        .await
        .expect("registered")
        .manage_token
}

async fn people(app: &TestApp) -> Vec<registration::Model> {
    registration::Entity::find()
        .order_by_asc(registration::Column::Email)
        .all(&app.state.db)
        .await
        .expect("registrations")
}

async fn retention_runs_once(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let db = &app.state.db;
    let demo = app::events::service::find(db, "ikp-2025")
        .await
        .expect("demo");
    let demo = event::ActiveModel {
        id: Set(demo.id),
        retention_days: Set(90),
        ..Default::default()
    }
    .update(db)
    .await
    .expect("retention set");
    register_with_needs(&app, 1, "in_person", true).await;
    register_with_needs(&app, 2, "online", true).await;
    register_with_needs(&app, 3, "online", false).await;
    let leaving = register_with_needs(&app, 4, "online", true).await;
    let due = retention::event_deadlines(&demo);

    // Before the first deadline nothing goes.
    let report = retention::run(db, due.needs - Duration::seconds(1))
        .await
        .expect("run");
    assert_eq!(report, RetentionReport::default());

    // 30 days after: needs go, everything else stays.
    let report = retention::run(db, due.needs).await.expect("run");
    assert_eq!(
        report,
        RetentionReport {
            needs_removed: 3,
            anonymised: 0
        }
    );
    let kept = people(&app).await;
    assert!(kept
        .iter()
        .all(|p| p.accessibility_needs.is_none() && p.dietary_needs.is_none()));
    assert!(kept.iter().all(|p| p.name.starts_with("Participant")));
    let again = retention::run(db, due.needs + Duration::days(1))
        .await
        .expect("run");
    assert_eq!(again, RetentionReport::default(), "a second run is a no-op");

    // Someone erases their own data meanwhile; the job does not count them again.
    privacy::erase(db, &app.state.settings, &leaving, Utc::now())
        .await
        .expect("erased");

    // After the retention period: the rest is anonymised, figures stay.
    let report = retention::run(db, due.everything).await.expect("run");
    assert_eq!(
        report,
        RetentionReport {
            needs_removed: 0,
            anonymised: 3
        }
    );
    let gone = people(&app).await;
    assert_eq!(gone.len(), 4, "the rows stay for the statistics");
    assert!(gone.iter().all(|p| p.name.is_empty()
        && p.email.is_empty()
        && p.organisation.is_empty()
        && p.anonymised_at.is_some()
        && !p.country.is_empty()));
    let again = retention::run(db, due.everything + Duration::days(1))
        .await
        .expect("run");
    assert_eq!(again, RetentionReport::default(), "a second run is a no-op");

    // Each removal is in the audit log, as counts, by the platform.
    let log = audit::list(db, &Default::default())
        .await
        .expect("log")
        .entries;
    let by_platform: Vec<(&str, &str)> = log
        .iter()
        .filter(|entry| !entry.by_staff && entry.staff_name == "platform")
        .map(|entry| (entry.action.as_str(), entry.changes[0].2.as_str()))
        .collect();
    assert_eq!(
        by_platform,
        [("event.anonymised", "3"), ("event.needs_removed", "3")]
    );
}

#[tokio::test]
async fn retention_on_sqlite() {
    retention_runs_once(Engine::Sqlite).await;
}

#[tokio::test]
async fn retention_on_postgres() {
    retention_runs_once(Engine::Postgres).await;
}
