//! A participant's own data: the download holds everything about them from
//! every table and nothing of anyone else; erasure leaves no personal field
//! anywhere in the database and passes their place on in waitlist order.
//! Run on SQLite and PostgreSQL.

mod support;

use app::{
    mail::outbox,
    organizer::check_in::{self, Scan},
    privacy::{model::PersonalData, service as privacy},
    programme::{agenda, bookings, service as programme},
    registration::{
        entity::registration,
        model::{RegistrationForm, Status},
        service::{self, Changer, StaffChange},
        waitlist,
    },
};
use chrono::Utc;
use sea_orm::EntityTrait;
use support::{organizer, Engine, TestApp};

/// Words only the erased person's data contains.
const TRACES: [&str; 5] = [
    "zenobia",
    "quillfeather",
    "intake lead",
    "step-free",
    "no sesame",
];

fn zenobia_form() -> RegistrationForm {
    RegistrationForm {
        name: "Zenobia Quillfeather".into(),
        email: "Zenobia.Q@example.org".into(),
        organisation: "Quillfeather Reception Trust".into(),
        function: "Intake lead".into(),
        accessibility_needs: "Step-free access please".into(),
        dietary_needs: "No sesame".into(),
        ..support::registration_form(1, "in_person")
    }
}

async fn status_of(app: &TestApp, token: &str) -> (Status, Option<u64>) {
    let view = service::manage_view(&app.state.db, token, app::i18n::Locale::En)
        .await
        .expect("view");
    (view.status, view.waitlist_position)
}

async fn export_and_erase(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    waitlist::set_in_person_capacity(db, settings, &organizer(), "ikp-2025", 2, Utc::now())
        .await
        .expect("capacity");
    let zenobia = app
        .state
        .registrations
        .register("ikp-2025", &zenobia_form(), Utc::now())
        .await
        .expect("registered");
    let token = zenobia.manage_token.clone();
    let other = support::register(&app, 2, "in_person").await;
    let first_waiting = support::register(&app, 3, "in_person").await;
    let second_waiting = support::register(&app, 4, "in_person").await;
    assert_eq!(
        status_of(&app, &first_waiting.manage_token).await,
        (Status::Waitlisted, Some(1))
    );

    // Zenobia's data spreads: a sign-up, a calendar feed, a correction by
    // staff with a reason, a check-in, emails sent.
    let breakout = programme::sessions(db, "ikp-2025")
        .await
        .expect("sessions")
        .into_iter()
        .find(|s| s.title.starts_with("The resident portal"))
        .expect("breakout");
    bookings::book(db, &token, breakout.id, Utc::now())
        .await
        .expect("booked");
    agenda::renew_feed(db, settings, &token, Utc::now())
        .await
        .expect("feed");
    let id = uuid::Uuid::parse_str(&zenobia.receipt.id).expect("id");
    let member = organizer();
    let correction =
        StaffChange::new(&member, id, "Zenobia phoned: Quillfeather asks a fix").expect("reason");
    let corrected = RegistrationForm {
        organisation: "Quillfeather Reception Trust NL".into(),
        ..zenobia_form()
    };
    service::update(
        db,
        settings,
        Changer::Staff(correction),
        &corrected,
        Utc::now(),
    )
    .await
    .expect("corrected");
    let person = registration::Entity::find_by_id(id)
        .one(db)
        .await
        .expect("query")
        .expect("found");
    let code = person.check_in_code.clone().expect("code");
    let scan = Scan {
        code: &code,
        event: Some("ikp-2025"),
        scanned_at: None,
    };
    check_in::check_in(db, &member, &scan, Utc::now())
        .await
        .expect("checked in");
    let sender: lettre::Address = "events@example.org".parse().expect("address");
    outbox::deliver_due(db, &app.mailer, &sender, Utc::now())
        .await
        .expect("delivered");

    // The download: everything about her, nothing about anyone else.
    let data = privacy::personal_data(db, &token, Utc::now())
        .await
        .expect("data");
    assert_eq!(data.registration.name, "Zenobia Quillfeather");
    assert_eq!(
        data.registration.organisation,
        "Quillfeather Reception Trust NL"
    );
    assert_eq!(
        data.registration.dietary_needs.as_deref(),
        Some("No sesame")
    );
    assert_eq!(data.sign_ups.len(), 1);
    assert_eq!(data.sign_ups[0].activity, breakout.title);
    assert!(data.checked_in_at.is_some());
    assert_eq!(data.calendar_feeds.len(), 1);
    assert!(data.emails.iter().any(|email| email.kind == "confirmed"));
    assert!(data.emails.iter().all(|email| email.sent_at.is_some()));
    let actions: Vec<&str> = data
        .staff_changes
        .iter()
        .map(|change| change.action.as_str())
        .collect();
    assert_eq!(actions, ["registration.update", "registration.check_in"]);
    assert!(data.secret_links >= 1);
    let json = serde_json::to_string(&data).expect("json");
    for stranger in [
        "Participant 2",
        "participant2@",
        "Participant 3",
        "participant3@",
    ] {
        assert!(!json.contains(stranger), "{stranger} in {json}");
    }
    // The same, as the file the page offers.
    let file: PersonalData = reqwest::get(format!("{}/manage/{token}/data.json", app.base_url))
        .await
        .expect("download")
        .json()
        .await
        .expect("JSON");
    assert_eq!(file.registration, data.registration);

    // Before: her traces are in several tables.
    let lines = support::every_row(db, engine).await;
    let traced = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .filter(|line| {
                let line = line.to_lowercase();
                TRACES.iter().any(|trace| line.contains(trace))
            })
            .cloned()
            .collect()
    };
    let before = traced(&lines);
    for table in ["registrations:", "outbox:", "audit_log:"] {
        assert!(
            before.iter().any(|line| line.starts_with(table)),
            "expected her data in {table}"
        );
    }

    // Erasure.
    let slug = privacy::erase(db, settings, &token, Utc::now())
        .await
        .expect("erased");
    assert_eq!(slug, "ikp-2025");
    let after = traced(&support::every_row(db, engine).await);
    assert!(after.is_empty(), "left behind: {after:#?}");
    let erased = registration::Entity::find_by_id(id)
        .one(db)
        .await
        .expect("query")
        .expect("the row stays for the figures");
    assert_eq!(erased.status, Status::Cancelled);
    assert_eq!(
        erased.country, person.country,
        "statistics keep the country"
    );
    assert!(erased.anonymised_at.is_some());
    assert!(erased.check_in_code.is_none());

    // The link no longer opens anything; the place went to the first in line.
    assert!(privacy::personal_data(db, &token, Utc::now())
        .await
        .is_err());
    assert_eq!(
        status_of(&app, &first_waiting.manage_token).await.0,
        Status::Offered
    );
    assert_eq!(
        status_of(&app, &second_waiting.manage_token).await,
        (Status::Waitlisted, Some(1))
    );
    assert_eq!(
        status_of(&app, &other.manage_token).await.0,
        Status::Confirmed
    );
    // Nobody else lost anything.
    let remaining = support::every_row(db, engine).await;
    assert!(remaining
        .iter()
        .any(|line| line.starts_with("registrations:") && line.contains("Participant 2")));
    // Erasing is written to the audit log, with no personal data in it.
    let log = app::organizer::audit::list(db, &Default::default())
        .await
        .expect("log")
        .entries;
    assert_eq!(log[0].action, "registration.erase");
    assert!(!log[0].by_staff);
    // A second erasure is refused: the link is gone.
    assert!(privacy::erase(db, settings, &token, Utc::now())
        .await
        .is_err());
}

#[tokio::test]
async fn export_and_erasure_on_sqlite() {
    export_and_erase(Engine::Sqlite).await;
}

#[tokio::test]
async fn export_and_erasure_on_postgres() {
    export_and_erase(Engine::Postgres).await;
}

#[tokio::test]
async fn the_notice_before_consent_gives_the_event_own_retention() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let form = reqwest::get(format!("{}/events/ikp-2025/register", app.base_url))
        .await
        .expect("form")
        .text()
        .await
        .expect("html");
    assert!(form.contains("href=\"/events/ikp-2025/privacy\""), "{form}");
    assert!(
        form.contains("3650 days after it"),
        "the demo keeps data ten years"
    );
    let notice = reqwest::get(format!("{}/events/ikp-2025/privacy", app.base_url))
        .await
        .expect("notice")
        .text()
        .await
        .expect("html");
    for words in [
        "Who keeps your data",
        "Accessibility and dietary needs are deleted 30 days after the event",
        "made anonymous 3650 days after the event",
        "download (as a file) and erase",
    ] {
        assert!(notice.contains(words), "{words} missing");
    }
}
