//! Events kept by staff: admins make a new edition (bad input refused and
//! nothing stored; an address used twice refused); organizers set the
//! registration window, and registration follows it. Each change is in the
//! audit log. SQLite and PostgreSQL.

mod support;

use app::{
    organizer::{audit, events_admin, model::EventForm},
    platform::error::ServiceError,
};
use chrono::{Duration, Utc};
use support::Engine;

fn edition(slug: &str) -> EventForm {
    EventForm {
        slug: slug.into(),
        title: "International Exchange Event 2026".into(),
        theme: "Trust".into(),
        summary: String::new(),
        venue: "Utrecht".into(),
        starts_on: "2026-05-14".into(),
        ends_on: "2026-05-15".into(),
        timezone: "Europe/Amsterdam".into(),
        capacity: "150".into(),
        registration_open: true,
        opens_at: String::new(),
        closes_at: String::new(),
        retention_days: "90".into(),
    }
}

async fn events_follow_their_settings(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let db = &app.state.db;
    let admin = support::organizer();
    let before = app::events::service::list(db).await.expect("list").len();
    assert_eq!(before, 4, "the demo event and the archive of 2022 to 2024");

    let mut bad = edition("IKP 2026!");
    bad.ends_on = "2026-05-13".into();
    bad.timezone = "Mars/Olympus".into();
    bad.retention_days = "99999".into();
    let Err(ServiceError::Invalid(errors)) =
        events_admin::create(db, &admin, &bad, Utc::now()).await
    else {
        panic!("refused");
    };
    assert_eq!(errors.get("slug"), Some("error-slug-invalid"));
    assert_eq!(errors.get("ends_on"), Some("error-ends-before-start"));
    assert_eq!(errors.get("timezone"), Some("error-timezone-invalid"));
    assert_eq!(errors.get("retention_days"), Some("error-retention-days"));
    assert_eq!(
        app::events::service::list(db).await.expect("list").len(),
        before,
        "nothing stored"
    );

    let slug = events_admin::create(db, &admin, &edition("ikp-2026"), Utc::now())
        .await
        .expect("made");
    assert_eq!(slug, "ikp-2026");
    let again = events_admin::create(db, &admin, &edition("ikp-2026"), Utc::now()).await;
    assert!(
        matches!(again, Err(ServiceError::Invalid(errors)) if errors.get("slug") == Some("error-slug-taken"))
    );

    // Registration closed an hour ago, in the event's own time zone.
    let closed_at =
        app::registration::emails::in_zone(Utc::now() - Duration::hours(1), "Europe/Amsterdam");
    let mut window = edition("ikp-2026");
    window.closes_at = closed_at.format("%Y-%m-%dT%H:%M").to_string();
    window.opens_at = (closed_at - Duration::days(30))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    events_admin::update(db, &admin, "ikp-2026", &window, Utc::now())
        .await
        .expect("saved");
    let view = app::events::service::view(db, "ikp-2026")
        .await
        .expect("event");
    assert!(!view.registration_open, "past its closing time");
    let form = support::registration_form(1, "online");
    let refused = app
        .state
        .registrations
        .register("ikp-2026", &form, Utc::now())
        .await;
    assert!(matches!(
        refused,
        Err(ServiceError::Conflict("error-registration-closed"))
    ));
    let shown = events_admin::form_of(
        &app::events::service::find(db, "ikp-2026")
            .await
            .expect("event"),
    );
    assert_eq!(
        shown.closes_at, window.closes_at,
        "the window reads back in local time"
    );

    window.closes_at = String::new();
    events_admin::update(db, &admin, "ikp-2026", &window, Utc::now())
        .await
        .expect("saved");
    app.state
        .registrations
        .register("ikp-2026", &form, Utc::now())
        .await
        .expect("open again");

    let actions: Vec<String> = audit::list(db, &Default::default())
        .await
        .expect("log")
        .entries
        .into_iter()
        .map(|entry| entry.action)
        .collect();
    assert_eq!(actions, ["event.update", "event.update", "event.create"]);
}

#[tokio::test]
async fn events_follow_their_settings_on_sqlite() {
    events_follow_their_settings(Engine::Sqlite).await;
}

#[tokio::test]
async fn events_follow_their_settings_on_postgres() {
    events_follow_their_settings(Engine::Postgres).await;
}
