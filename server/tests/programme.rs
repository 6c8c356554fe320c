//! Invariant 2: breakouts, workshops and site visits never go over their
//! capacity, whatever the concurrency; their waitlists pass offers on in
//! order; who may choose what and overlaps are checked in the same
//! transaction. Run on SQLite and on PostgreSQL.

mod support;

use app::{
    mail::outbox,
    platform::error::ServiceError,
    programme::{
        bookings,
        model::{BookingReceipt, SessionView, VisitView},
        queue,
        rules::Refusal,
    },
    registration::{
        intake::Registered,
        model::{RegistrationForm, Status},
        service,
        waitlist::{self, OfferAnswer},
    },
};
use chrono::{Duration, Utc};
use futures::future::join_all;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use support::{Engine, TestApp};

fn form(n: usize, attendance: &str) -> RegistrationForm {
    serde_json::from_value(support::registration(n, attendance)).expect("form")
}

async fn register(app: &TestApp, n: usize, attendance: &str) -> Registered {
    app.state
        .registrations
        .register("ikp-2025", &form(n, attendance), Utc::now())
        .await
        .expect("registered")
}

async fn sessions(app: &TestApp) -> Vec<SessionView> {
    reqwest::get(format!("{}/api/v1/events/ikp-2025/sessions", app.base_url))
        .await
        .expect("sessions")
        .json()
        .await
        .expect("sessions JSON")
}

async fn visits(app: &TestApp) -> Vec<VisitView> {
    reqwest::get(format!("{}/api/v1/events/ikp-2025/visits", app.base_url))
        .await
        .expect("visits")
        .json()
        .await
        .expect("visits JSON")
}

/// The demo session or visit with this title.
async fn activity_id(app: &TestApp, title: &str) -> i32 {
    let sessions = sessions(app).await.into_iter().map(|s| (s.title, s.id));
    let visits = visits(app).await.into_iter().map(|v| (v.title, v.id));
    sessions
        .chain(visits)
        .find(|(t, _)| t == title)
        .map(|(_, id)| id)
        .unwrap_or_else(|| panic!("no activity {title}"))
}

const BREAKOUT: &str = "The resident portal: managing your own affairs";
const VISIT: &str = "Site visit: reception centre Budel";
const SAME_SLOT: &str = "Personal guidance with digital tools";
const ONLINE_ONLY: &str = "Nobody left behind: residents with few digital skills";
const SIGN_UPS: usize = 500;

/// The kinds of email queued for a person, oldest first.
async fn emails_to(app: &TestApp, n: usize) -> Vec<String> {
    outbox::entity::Entity::find()
        .filter(outbox::entity::Column::Recipient.eq(format!("participant{n}@example.org")))
        .order_by_asc(outbox::entity::Column::Id)
        .all(&app.state.db)
        .await
        .expect("outbox")
        .into_iter()
        .map(|m| m.kind)
        .collect()
}

fn assert_filled(receipts: &[BookingReceipt], capacity: usize) {
    let confirmed = receipts
        .iter()
        .filter(|r| r.status == Status::Confirmed)
        .count();
    let positions: std::collections::BTreeSet<u64> = receipts
        .iter()
        .filter_map(|r| r.waitlist_position)
        .collect();
    assert_eq!(confirmed, capacity);
    assert_eq!(positions.len(), SIGN_UPS - capacity, "each position once");
    assert_eq!(positions.first(), Some(&1));
    assert_eq!(positions.last(), Some(&((SIGN_UPS - capacity) as u64)));
}

async fn sign_up_rush(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    waitlist::set_in_person_capacity(
        db,
        settings,
        &support::organizer(),
        "ikp-2025",
        600,
        Utc::now(),
    )
    .await
    .expect("room for everyone in person");
    let people = join_all((0..SIGN_UPS).map(|n| register(&app, n, "in_person"))).await;
    let (breakout, visit) = (
        activity_id(&app, BREAKOUT).await,
        activity_id(&app, VISIT).await,
    );

    let attempts = people.iter().enumerate().flat_map(|(n, person)| {
        [breakout, visit].map(|activity| {
            let (db, token) = (db.clone(), person.manage_token.clone());
            tokio::spawn(async move {
                let receipt = bookings::book(&db, &token, activity, Utc::now()).await;
                (n, activity, receipt.expect("signed up or waitlisted"))
            })
        })
    });
    let answers: Vec<(usize, i32, BookingReceipt)> = join_all(attempts)
        .await
        .into_iter()
        .map(|joined| joined.expect("task"))
        .collect();
    let of = |id: i32| -> Vec<BookingReceipt> {
        answers
            .iter()
            .filter(|(_, a, _)| *a == id)
            .map(|(_, _, r)| r.clone())
            .collect()
    };
    assert_filled(&of(breakout), 30);
    assert_filled(&of(visit), 25);

    let session = sessions(&app)
        .await
        .into_iter()
        .find(|s| s.id == breakout)
        .expect("breakout listed");
    assert_eq!(session.places_left, Some(0));
    assert_eq!(session.waitlisted, (SIGN_UPS - 30) as u64);
    let visit = visits(&app)
        .await
        .into_iter()
        .find(|v| v.id == visit)
        .expect("visit listed");
    assert_eq!((visit.capacity, visit.places_left), (Some(25), Some(0)));
    assert_eq!(visit.waitlisted, (SIGN_UPS - 25) as u64);

    // Online, the full hybrid breakout is open: watching takes no place.
    let viewer = register(&app, SIGN_UPS, "online").await.manage_token;
    let receipt = bookings::book(db, &viewer, breakout, Utc::now())
        .await
        .expect("online sign-up");
    assert_eq!(receipt.status, Status::Confirmed);
    // Someone with a place switches to online: they keep the breakout,
    // online, and their place in the room is offered to the first in line.
    let (holder, _, _) = answers
        .iter()
        .find(|(_, a, r)| *a == breakout && r.status == Status::Confirmed)
        .expect("a place holder");
    service::update(
        db,
        settings,
        service::Changer::Owner(&people[*holder].manage_token),
        &form(*holder, "online"),
        Utc::now(),
    )
    .await
    .expect("switched to online");
    let session = sessions(&app)
        .await
        .into_iter()
        .find(|s| s.id == breakout)
        .expect("breakout listed");
    assert_eq!(
        session.places_left,
        Some(0),
        "the freed place is held for the offer"
    );
    assert_eq!(session.waitlisted, (SIGN_UPS - 30 - 1) as u64);
    let (first_in_line, _, _) = answers
        .iter()
        .find(|(_, a, r)| *a == breakout && r.waitlist_position == Some(1))
        .expect("first in line");
    assert_eq!(
        emails_to(&app, *first_in_line)
            .await
            .last()
            .map(String::as_str),
        Some("activity_offer")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn breakouts_and_visits_never_overfill_on_sqlite() {
    sign_up_rush(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn breakouts_and_visits_never_overfill_on_postgres() {
    sign_up_rush(Engine::Postgres).await;
}

/// Who may choose what, overlaps, and a cancelled registration's places.
async fn choices_follow_the_rules(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let (breakout, visit) = (
        activity_id(&app, BREAKOUT).await,
        activity_id(&app, VISIT).await,
    );
    let same_slot = activity_id(&app, SAME_SLOT).await;
    let online_only = activity_id(&app, ONLINE_ONLY).await;
    let now = Utc::now();

    let online = register(&app, 1, "online").await.manage_token;
    assert!(matches!(
        bookings::book(db, &online, visit, now).await,
        Err(ServiceError::Refused(Refusal::VisitsInPersonOnly))
    ));
    assert!(matches!(
        bookings::book(db, &online, same_slot, now).await,
        Err(ServiceError::Refused(Refusal::InPersonOnly))
    ));
    bookings::book(db, &online, breakout, now)
        .await
        .expect("hybrid sessions are open to online participants");
    bookings::book(db, &online, online_only, now)
        .await
        .expect("online sessions too");

    let in_person = register(&app, 2, "in_person").await.manage_token;
    bookings::book(db, &in_person, breakout, now)
        .await
        .expect("breakout");
    let clash = bookings::book(db, &in_person, same_slot, now).await;
    let Err(ServiceError::Refused(refusal @ Refusal::Clash { .. })) = clash else {
        panic!("expected a clash, got {clash:?}");
    };
    assert_eq!(
        refusal.message(app::i18n::Locale::En),
        format!("This overlaps with “{BREAKOUT}”, which you already chose. Cancel that one first if you prefer this one.")
    );
    assert!(matches!(
        bookings::book(db, &in_person, online_only, now).await,
        Err(ServiceError::Refused(Refusal::OnlineOnly))
    ));
    bookings::book(db, &in_person, visit, now)
        .await
        .expect("visit");
    assert!(matches!(
        bookings::book(db, &in_person, breakout, now).await,
        Err(ServiceError::Conflict("error-already-chosen"))
    ));

    service::cancel(db, settings, service::Changer::Owner(&in_person), now)
        .await
        .expect("cancel");
    let left = |title: &str, list: &[(String, Option<u64>)]| {
        list.iter().find(|(t, _)| t == title).and_then(|(_, l)| *l)
    };
    let session_places: Vec<_> = sessions(&app)
        .await
        .into_iter()
        .map(|s| (s.title, s.places_left))
        .collect();
    let visit_places: Vec<_> = visits(&app)
        .await
        .into_iter()
        .map(|v| (v.title, v.places_left))
        .collect();
    assert_eq!(
        left(BREAKOUT, &session_places),
        Some(30),
        "taking part online in a hybrid session takes no in-person place"
    );
    assert_eq!(
        left(VISIT, &visit_places),
        Some(25),
        "cancelling releases the visit"
    );
}

#[tokio::test]
async fn choices_follow_the_rules_on_sqlite() {
    choices_follow_the_rules(Engine::Sqlite).await;
}

#[tokio::test]
async fn choices_follow_the_rules_on_postgres() {
    choices_follow_the_rules(Engine::Postgres).await;
}

/// A freed place in a full activity is offered to the first in line; an
/// expired offer passes to the next.
async fn activity_offers_pass_on(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let visit = activity_id(&app, VISIT).await;
    let now = Utc::now();
    let mut people = Vec::new();
    for n in 0..28 {
        let person = register(&app, n, "in_person").await.manage_token;
        bookings::book(db, &person, visit, now)
            .await
            .expect("booked");
        people.push(person);
    }
    bookings::cancel(db, settings, &people[0], visit, now)
        .await
        .expect("cancel");
    assert_eq!(
        emails_to(&app, 25).await.last().map(String::as_str),
        Some("activity_offer")
    );
    assert!(!emails_to(&app, 26)
        .await
        .contains(&"activity_offer".to_owned()));

    queue::settle_waitlists(db, settings, now + Duration::hours(47))
        .await
        .expect("round");
    assert!(!emails_to(&app, 26)
        .await
        .contains(&"activity_offer".to_owned()));
    queue::settle_waitlists(db, settings, now + Duration::hours(49))
        .await
        .expect("round");
    assert_eq!(
        emails_to(&app, 25).await.last().map(String::as_str),
        Some("activity_offer_expired")
    );
    assert_eq!(
        emails_to(&app, 26).await.last().map(String::as_str),
        Some("activity_offer")
    );
    bookings::answer_offer(
        db,
        settings,
        &people[26],
        visit,
        OfferAnswer::Accept,
        now + Duration::hours(50),
    )
    .await
    .expect("accepted");
    let listed = visits(&app)
        .await
        .into_iter()
        .find(|v| v.id == visit)
        .expect("visit");
    assert_eq!((listed.places_left, listed.waitlisted), (Some(0), 1));
    assert!(matches!(
        bookings::answer_offer(db, settings, &people[25], visit, OfferAnswer::Accept, now).await,
        Err(ServiceError::Conflict("error-no-offer"))
    ));
}

#[tokio::test]
async fn activity_offers_pass_on_in_order_on_sqlite() {
    activity_offers_pass_on(Engine::Sqlite).await;
}

#[tokio::test]
async fn activity_offers_pass_on_in_order_on_postgres() {
    activity_offers_pass_on(Engine::Postgres).await;
}
