//! Invariant 3: a freed place goes to the waitlist in order, as a
//! time-limited offer; an expired offer passes to the next person; nobody is
//! skipped or served twice. Run on SQLite and on PostgreSQL.

mod support;

use app::{
    mail::outbox,
    platform::error::ServiceError,
    registration::{
        intake::Registered,
        model::{RegistrationForm, Status},
        service,
        waitlist::{self, OfferAnswer},
    },
};
use chrono::{Duration, Utc};
use support::{Engine, TestApp};

fn form(n: usize, attendance: &str) -> RegistrationForm {
    support::registration_form(n, attendance)
}

async fn register(app: &TestApp, n: usize) -> Registered {
    support::register(app, n, "in_person").await
}

async fn status_of(app: &TestApp, token: &str) -> (Status, Option<u64>) {
    let view = service::manage_view(&app.state.db, token, app::i18n::Locale::En)
        .await
        .expect("view");
    (view.status, view.waitlist_position)
}

async fn emails_to(app: &TestApp, n: usize) -> Vec<String> {
    support::email_kinds_to(app, n).await
}

async fn offers_pass_on_in_order(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    waitlist::set_in_person_capacity(
        db,
        settings,
        &support::organizer(),
        "ikp-2025",
        2,
        Utc::now(),
    )
    .await
    .expect("capacity");
    let a = register(&app, 1).await;
    let _b = register(&app, 2).await;
    let c = register(&app, 3).await;
    let d = register(&app, 4).await;
    let e = register(&app, 5).await;
    assert_eq!(
        status_of(&app, &a.manage_token).await,
        (Status::Confirmed, None)
    );
    assert_eq!(
        status_of(&app, &c.manage_token).await,
        (Status::Waitlisted, Some(1))
    );
    assert_eq!(
        status_of(&app, &e.manage_token).await,
        (Status::Waitlisted, Some(3))
    );
    assert_eq!(emails_to(&app, 3).await, ["waitlisted"]);

    // A cancels: the first in line (C) is offered the place, nobody else.
    service::cancel(
        db,
        settings,
        service::Changer::Owner(&a.manage_token),
        Utc::now(),
    )
    .await
    .expect("cancel");
    assert_eq!(status_of(&app, &c.manage_token).await.0, Status::Offered);
    assert_eq!(
        status_of(&app, &d.manage_token).await,
        (Status::Waitlisted, Some(1))
    );
    assert_eq!(emails_to(&app, 3).await, ["waitlisted", "offer"]);
    assert_eq!(emails_to(&app, 1).await, ["confirmed", "cancelled"]);

    // Before the deadline nothing moves.
    waitlist::settle_waitlists(db, settings, Utc::now() + Duration::hours(47))
        .await
        .expect("settle");
    assert_eq!(status_of(&app, &c.manage_token).await.0, Status::Offered);

    // After 48 hours C's offer expires: C stays online, D gets the offer.
    waitlist::settle_waitlists(db, settings, Utc::now() + Duration::hours(49))
        .await
        .expect("settle");
    let (c_status, _) = status_of(&app, &c.manage_token).await;
    assert_eq!(c_status, Status::Confirmed);
    let c_view = service::manage_view(db, &c.manage_token, app::i18n::Locale::En)
        .await
        .expect("view");
    assert_eq!(
        c_view.attendance,
        app::registration::model::Attendance::Online
    );
    assert_eq!(
        emails_to(&app, 3).await,
        ["waitlisted", "offer", "offer_expired"]
    );
    assert_eq!(status_of(&app, &d.manage_token).await.0, Status::Offered);
    assert_eq!(
        status_of(&app, &e.manage_token).await,
        (Status::Waitlisted, Some(1))
    );

    // C can no longer accept; D accepts and holds the place.
    assert!(matches!(
        waitlist::answer_offer(
            db,
            settings,
            &c.manage_token,
            OfferAnswer::Accept,
            Utc::now()
        )
        .await,
        Err(ServiceError::Conflict("error-no-offer"))
    ));
    waitlist::answer_offer(
        db,
        settings,
        &d.manage_token,
        OfferAnswer::Accept,
        Utc::now(),
    )
    .await
    .expect("accept");
    assert_eq!(
        status_of(&app, &d.manage_token).await,
        (Status::Confirmed, None)
    );
    assert_eq!(
        emails_to(&app, 4).await,
        ["waitlisted", "offer", "confirmed"]
    );

    // Settling again changes nothing: the two places are taken, E waits.
    waitlist::settle_waitlists(db, settings, Utc::now() + Duration::hours(100))
        .await
        .expect("settle");
    assert_eq!(
        status_of(&app, &e.manage_token).await,
        (Status::Waitlisted, Some(1))
    );
    let capacity = app::events::service::view(db, "ikp-2025")
        .await
        .expect("event")
        .capacity;
    assert_eq!(
        (
            capacity.in_person.confirmed,
            capacity.in_person.offered,
            capacity.in_person.waitlisted
        ),
        (2, 0, 1)
    );
}

async fn capacity_changes_free_and_guard_places(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    waitlist::set_in_person_capacity(
        db,
        settings,
        &support::organizer(),
        "ikp-2025",
        1,
        Utc::now(),
    )
    .await
    .expect("capacity");
    let first = register(&app, 1).await;
    let second = register(&app, 2).await;
    let third = register(&app, 3).await;

    // Lowering below the places given is refused with the number taken.
    let refused = waitlist::set_in_person_capacity(
        db,
        settings,
        &support::organizer(),
        "ikp-2025",
        0,
        Utc::now(),
    )
    .await;
    assert!(matches!(
        refused,
        Err(ServiceError::CapacityTooLow { taken: 1 })
    ));

    // Raising by one offers exactly one place, to the first in line.
    waitlist::set_in_person_capacity(
        db,
        settings,
        &support::organizer(),
        "ikp-2025",
        2,
        Utc::now(),
    )
    .await
    .expect("raise");
    assert_eq!(
        status_of(&app, &second.manage_token).await.0,
        Status::Offered
    );
    assert_eq!(
        status_of(&app, &third.manage_token).await,
        (Status::Waitlisted, Some(1))
    );

    // Switching the confirmed person to online frees their place for the next one.
    let mut online = form(1, "online");
    online.name = "Participant One".into();
    service::update(
        db,
        settings,
        service::Changer::Owner(&first.manage_token),
        &online,
        Utc::now(),
    )
    .await
    .expect("switch");
    assert_eq!(
        status_of(&app, &first.manage_token).await,
        (Status::Confirmed, None)
    );
    assert_eq!(
        status_of(&app, &third.manage_token).await.0,
        Status::Offered
    );

    // Declining passes the place on; nobody is left waiting, so it stays free.
    waitlist::answer_offer(
        db,
        settings,
        &third.manage_token,
        OfferAnswer::Decline,
        Utc::now(),
    )
    .await
    .expect("decline");
    let capacity = app::events::service::view(db, "ikp-2025")
        .await
        .expect("event")
        .capacity;
    assert_eq!(
        (
            capacity.in_person.offered,
            capacity.in_person.waitlisted,
            capacity.in_person.left
        ),
        (1, 0, 1)
    );
}

async fn a_failed_request_changes_nothing(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let first = register(&app, 1).await;
    let before = outbox::pending_count(db).await.expect("outbox");

    let mut bad = form(1, "in_person");
    bad.email = "not an address".into();
    assert!(matches!(
        service::update(
            db,
            settings,
            service::Changer::Owner(&first.manage_token),
            &bad,
            Utc::now()
        )
        .await,
        Err(ServiceError::Invalid(_))
    ));
    let registrations = &app.state.registrations;
    let duplicate = registrations
        .register("ikp-2025", &form(1, "online"), Utc::now())
        .await;
    assert!(matches!(
        duplicate,
        Err(ServiceError::Conflict("error-email-taken"))
    ));
    let mut shouted = form(1, "online");
    shouted.email = "PARTICIPANT1@Example.ORG".into();
    let duplicate = registrations
        .register("ikp-2025", &shouted, Utc::now())
        .await;
    assert!(
        matches!(duplicate, Err(ServiceError::Conflict("error-email-taken"))),
        "emails compare case-insensitively"
    );

    assert_eq!(
        outbox::pending_count(db).await.expect("outbox"),
        before,
        "no email for a refused request"
    );
    let view = service::manage_view(db, &first.manage_token, app::i18n::Locale::En)
        .await
        .expect("view");
    assert_eq!(view.details.email, "participant1@example.org");
    assert_eq!(view.status, Status::Confirmed);
}

#[tokio::test]
async fn offers_pass_on_in_order_on_sqlite() {
    offers_pass_on_in_order(Engine::Sqlite).await;
}

#[tokio::test]
async fn offers_pass_on_in_order_on_postgres() {
    offers_pass_on_in_order(Engine::Postgres).await;
}

#[tokio::test]
async fn capacity_changes_free_and_guard_places_on_sqlite() {
    capacity_changes_free_and_guard_places(Engine::Sqlite).await;
}

#[tokio::test]
async fn capacity_changes_free_and_guard_places_on_postgres() {
    capacity_changes_free_and_guard_places(Engine::Postgres).await;
}

#[tokio::test]
async fn a_failed_request_changes_nothing_on_sqlite() {
    a_failed_request_changes_nothing(Engine::Sqlite).await;
}

#[tokio::test]
async fn a_failed_request_changes_nothing_on_postgres() {
    a_failed_request_changes_nothing(Engine::Postgres).await;
}
