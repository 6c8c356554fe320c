//! Organizers name the speakers of a session and keep rooms and speakers;
//! a session that changes mode lets go of those it no longer admits and
//! tells them why. SQLite and PostgreSQL.

mod support;

use app::{
    mail::outbox,
    platform::error::ServiceError,
    programme::{
        bookings, directory,
        model::{ActivityForm, SpeakerView},
        organize, service,
    },
    registration::model::{RegistrationForm, Status},
};
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use support::{organizer, Engine, TestApp};

async fn register(app: &TestApp, n: usize, attendance: &str) -> String {
    let form: RegistrationForm =
        serde_json::from_value(support::registration(n, attendance)).expect("form");
    app.state
        .registrations
        .register("ikp-2025", &form, Utc::now())
        .await
        .expect("registered")
        .manage_token
}

async fn last_email_to(app: &TestApp, n: usize) -> Option<(String, String)> {
    outbox::entity::Entity::find()
        .filter(outbox::entity::Column::Recipient.eq(format!("participant{n}@example.org")))
        .order_by_desc(outbox::entity::Column::Id)
        .one(&app.state.db)
        .await
        .expect("outbox")
        .map(|m| (m.kind, m.subject))
}

fn hybrid_breakout(mode: &str, speakers: &[i32]) -> ActivityForm {
    ActivityForm {
        kind: "breakout".into(),
        title: "Apps for residents".into(),
        summary: "Which apps help residents find their way.".into(),
        mode: mode.into(),
        day: "2025-05-16".into(),
        starts: "19:00".into(),
        ends: "20:00".into(),
        capacity: "10".into(),
        speakers: speakers.iter().map(i32::to_string).collect(),
        ..Default::default()
    }
}

fn person(name: &str, organisation: &str, country: &str) -> SpeakerView {
    SpeakerView {
        name: name.into(),
        organisation: organisation.into(),
        country: country.into(),
    }
}

async fn speaker_id(app: &TestApp, name: &str) -> i32 {
    let programme = organize::staff_programme(&app.state.db, "ikp-2025")
        .await
        .expect("programme");
    programme
        .speakers
        .into_iter()
        .find(|(_, p)| p.name == name)
        .map(|(id, _)| id)
        .expect("speaker listed")
}

async fn speakers_and_modes(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let now = Utc::now();

    let refused = directory::save_speaker(
        db,
        &organizer(),
        "ikp-2025",
        None,
        &person(" ", "", "XX"),
        Utc::now(),
    )
    .await;
    let Err(ServiceError::Invalid(errors)) = refused else {
        panic!("expected field errors, got {refused:?}");
    };
    for field in ["speaker_name", "speaker_organisation", "speaker_country"] {
        assert!(errors.get(field).is_some(), "{field} reported");
    }
    directory::save_speaker(
        db,
        &organizer(),
        "ikp-2025",
        None,
        &person("Amal Haddad", "Fedasil", "be"),
        Utc::now(),
    )
    .await
    .expect("added");
    directory::save_speaker(
        db,
        &organizer(),
        "ikp-2025",
        None,
        &person("Bo Berg", "Migrationsverket", "SE"),
        Utc::now(),
    )
    .await
    .expect("added");
    let (amal, bo) = (
        speaker_id(&app, "Amal Haddad").await,
        speaker_id(&app, "Bo Berg").await,
    );

    let unknown = organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        None,
        &hybrid_breakout("hybrid", &[bo, 999_999]),
        now,
    )
    .await;
    assert!(
        matches!(&unknown, Err(ServiceError::Invalid(e)) if e.get("speakers").is_some()),
        "a speaker of no event is refused: {unknown:?}"
    );
    let id = organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        None,
        &hybrid_breakout("hybrid", &[bo, amal]),
        now,
    )
    .await
    .expect("added");
    let listed = |sessions: Vec<app::programme::model::SessionView>| {
        sessions
            .into_iter()
            .find(|s| s.id == id)
            .expect("listed")
            .speakers
            .into_iter()
            .map(|s| s.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        listed(service::sessions(db, "ikp-2025").await.expect("sessions")),
        ["Bo Berg", "Amal Haddad"],
        "speakers in the order the organizer gave"
    );
    directory::save_speaker(
        db,
        &organizer(),
        "ikp-2025",
        Some(bo),
        &person("Bo Bergström", "Migrationsverket", "SE"),
        Utc::now(),
    )
    .await
    .expect("corrected");
    directory::remove_speaker(db, &organizer(), "ikp-2025", amal, Utc::now())
        .await
        .expect("removed");
    assert_eq!(
        listed(service::sessions(db, "ikp-2025").await.expect("sessions")),
        ["Bo Bergström"]
    );

    let in_person = register(&app, 0, "in_person").await;
    let online = register(&app, 2, "online").await;
    for token in [&in_person, &online] {
        bookings::book(db, token, id, now).await.expect("signed up");
    }
    organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        Some(id),
        &hybrid_breakout("in_person", &[bo]),
        now,
    )
    .await
    .expect("now in the room only");
    let (kind, subject) = last_email_to(&app, 2).await.expect("told");
    assert_eq!(kind, "activity_released");
    assert_eq!(subject, "Your sign-up for “Apps for residents” has ended");
    let mine = |token: String| async move {
        app::programme::agenda::my_programme(db, &token, app::i18n::Locale::En)
            .await
            .expect("programme")
            .choices
            .into_iter()
            .find(|c| c.id == id)
            .and_then(|c| c.status)
    };
    assert_eq!(
        mine(online.clone()).await,
        None,
        "online participant let go"
    );
    assert_eq!(mine(in_person.clone()).await, Some(Status::Confirmed));
    assert_ne!(
        last_email_to(&app, 0)
            .await
            .map(|(kind, _)| kind)
            .as_deref(),
        Some("activity_released")
    );
}

async fn rooms(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let room_id = |name: &'static str| async move {
        organize::staff_programme(db, "ikp-2025")
            .await
            .expect("programme")
            .rooms
            .into_iter()
            .find(|(_, n)| n == name)
            .map(|(id, _)| id)
    };
    assert!(matches!(
        directory::save_room(db, &organizer(), "ikp-2025", None, "  ", Utc::now()).await,
        Err(ServiceError::Invalid(_))
    ));
    directory::save_room(db, &organizer(), "ikp-2025", None, "Room Zuid", Utc::now())
        .await
        .expect("added");
    let zuid = room_id("Room Zuid").await.expect("listed");
    directory::save_room(
        db,
        &organizer(),
        "ikp-2025",
        Some(zuid),
        "Room South",
        Utc::now(),
    )
    .await
    .expect("renamed");
    assert_eq!(room_id("Room South").await, Some(zuid));
    let form = ActivityForm {
        room: zuid.to_string(),
        ..hybrid_breakout("hybrid", &[])
    };
    let id = organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        None,
        &form,
        Utc::now(),
    )
    .await
    .expect("added");
    assert!(matches!(
        directory::remove_room(db, &organizer(), "ikp-2025", zuid, Utc::now()).await,
        Err(ServiceError::Conflict("error-room-in-use"))
    ));
    organize::cancel_activity(db, &organizer(), settings, "ikp-2025", id, Utc::now())
        .await
        .expect("cancelled");
    directory::remove_room(db, &organizer(), "ikp-2025", zuid, Utc::now())
        .await
        .expect("a room only cancelled sessions used goes");
    assert_eq!(room_id("Room South").await, None);

    // Each change is in the audit log, newest first, with what changed.
    let log = app::organizer::audit::list(db, &Default::default())
        .await
        .expect("log")
        .entries;
    let actions: Vec<&str> = log.iter().map(|entry| entry.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "room.remove",
            "activity.cancel",
            "activity.create",
            "room.update",
            "room.create"
        ]
    );
    let renamed = &log[3];
    assert_eq!(renamed.subject, format!("room/{zuid}"));
    assert_eq!(renamed.staff_name, "Test Organizer");
    assert_eq!(
        renamed.changes,
        [(
            "name".to_owned(),
            "Room Zuid".to_owned(),
            "Room South".to_owned()
        )]
    );
}

#[tokio::test]
async fn speakers_and_modes_on_sqlite() {
    speakers_and_modes(Engine::Sqlite).await;
}

#[tokio::test]
async fn speakers_and_modes_on_postgres() {
    speakers_and_modes(Engine::Postgres).await;
}

#[tokio::test]
async fn rooms_on_sqlite() {
    rooms(Engine::Sqlite).await;
}

#[tokio::test]
async fn rooms_on_postgres() {
    rooms(Engine::Postgres).await;
}
