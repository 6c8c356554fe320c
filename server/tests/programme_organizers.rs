//! What organizers do to the programme: capacities that never drop below the
//! places given and offer new ones to the waitlist, changes and
//! cancellations that reach the people signed up. SQLite and PostgreSQL.

mod support;

use app::{
    mail::outbox,
    platform::error::ServiceError,
    programme::{bookings, model::ActivityForm, organize},
    registration::model::RegistrationForm,
};
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use support::{organizer, Engine, TestApp};

async fn register(app: &TestApp, n: usize) -> String {
    let form: RegistrationForm =
        serde_json::from_value(support::registration(n, "in_person")).expect("form");
    app.state
        .registrations
        .register("ikp-2025", &form, Utc::now())
        .await
        .expect("registered")
        .manage_token
}

async fn last_email_to(app: &TestApp, n: usize) -> Option<String> {
    outbox::entity::Entity::find()
        .filter(outbox::entity::Column::Recipient.eq(format!("participant{n}@example.org")))
        .order_by_desc(outbox::entity::Column::Id)
        .one(&app.state.db)
        .await
        .expect("outbox")
        .map(|m| m.kind)
}

fn workshop(capacity: &str, starts: &str) -> ActivityForm {
    ActivityForm {
        kind: "workshop".into(),
        title: "Co-design a digital intake".into(),
        summary: "Hands-on.".into(),
        mode: "in_person".into(),
        day: "2025-05-16".into(),
        starts: starts.into(),
        ends: "15:00".into(),
        capacity: capacity.into(),
        ..Default::default()
    }
}

async fn organizers_shape_the_programme(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let now = Utc::now();
    let id = organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        None,
        &workshop("2", "13:00"),
        now,
    )
    .await
    .expect("added");
    let mut people = Vec::new();
    for n in 0..4 {
        let token = register(&app, n).await;
        bookings::book(db, &token, id, now)
            .await
            .expect("signed up");
        people.push(token);
    }

    let lower = organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        Some(id),
        &workshop("1", "13:00"),
        now,
    )
    .await;
    assert!(
        matches!(lower, Err(ServiceError::CapacityTooLow { taken: 2 })),
        "lowering below the two places given is refused: {lower:?}"
    );
    let bad = organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        Some(id),
        &workshop("x", "16:00"),
        now,
    )
    .await;
    let Err(ServiceError::Invalid(errors)) = bad else {
        panic!("expected field errors, got {bad:?}");
    };
    assert_eq!(errors.get("capacity"), Some("error-capacity-number"));
    assert_eq!(errors.get("ends"), Some("error-ends-before-start"));

    organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        Some(id),
        &workshop("3", "13:00"),
        now,
    )
    .await
    .expect("raised");
    assert_eq!(
        last_email_to(&app, 2).await.as_deref(),
        Some("activity_offer"),
        "first in line offered"
    );
    assert_ne!(
        last_email_to(&app, 3).await.as_deref(),
        Some("activity_offer")
    );
    organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        Some(id),
        &workshop("", "13:00"),
        now,
    )
    .await
    .expect("limit lifted");
    assert_eq!(
        last_email_to(&app, 3).await.as_deref(),
        Some("activity_offer"),
        "without a limit everyone waiting is offered a place"
    );

    organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        Some(id),
        &workshop("", "13:30"),
        now,
    )
    .await
    .expect("moved");
    for n in 0..4 {
        assert_eq!(
            last_email_to(&app, n).await.as_deref(),
            Some("activity_changed"),
            "person {n} told"
        );
    }

    organize::cancel_activity(db, &organizer(), settings, "ikp-2025", id, now)
        .await
        .expect("cancelled");
    for n in 0..4 {
        assert_eq!(
            last_email_to(&app, n).await.as_deref(),
            Some("activity_cancelled")
        );
    }
    let listed = app::programme::service::sessions(db, "ikp-2025")
        .await
        .expect("sessions")
        .into_iter()
        .find(|s| s.id == id)
        .expect("still listed");
    assert!(listed.cancelled);
    assert_eq!((listed.capacity, listed.waitlisted), (None, 0));
    assert!(matches!(
        bookings::book(db, &people[0], id, now).await,
        Err(ServiceError::Conflict("error-activity-cancelled"))
    ));
}

#[tokio::test]
async fn organizers_shape_the_programme_on_sqlite() {
    organizers_shape_the_programme(Engine::Sqlite).await;
}

#[tokio::test]
async fn organizers_shape_the_programme_on_postgres() {
    organizers_shape_the_programme(Engine::Postgres).await;
}
