//! The organizers' registrations: search, filters and pages done in the
//! database; corrections, cancellations and places given by hand under the
//! participant's own rules, each in the audit log; exports whose XLSX, read
//! by an independent reader, holds what the CSV holds. SQLite and PostgreSQL.

mod support;

use app::{
    organizer::{
        audit,
        model::{AuditFilter, RegistrationQuery},
        registrations,
    },
    platform::error::ServiceError,
    registration::{
        intake::Registered,
        model::Status,
        service::{self, Changer, StaffChange},
        waitlist,
    },
    staff::roles::Role,
};
use chrono::Utc;
use support::{Engine, TestApp};
use uuid::Uuid;

fn query(q: &str) -> RegistrationQuery {
    RegistrationQuery {
        q: q.into(),
        ..Default::default()
    }
}

async fn found(app: &TestApp, query: &RegistrationQuery) -> (u64, Vec<String>) {
    let list = registrations::search(&app.state.db, "ikp-2025", query)
        .await
        .expect("search");
    (
        list.total,
        list.rows.into_iter().map(|row| row.name).collect(),
    )
}

async fn search_filters_sorts_and_pages(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    for n in 0..60 {
        let attendance = if n % 3 == 0 { "online" } else { "in_person" };
        support::register(&app, n, attendance).await;
    }
    assert_eq!(
        found(&app, &query("PARTICIPANT 1")).await.0,
        11,
        "1 and 10–19, any case"
    );
    assert_eq!(
        found(&app, &query("participant42@example")).await,
        (1, vec!["Participant 42".to_owned()]),
        "by email"
    );
    assert_eq!(
        found(&app, &query("%")).await.0,
        0,
        "a typed % is no wildcard"
    );
    assert_eq!(
        found(&app, &query("reception agency")).await.0,
        60,
        "by organisation"
    );

    let online = RegistrationQuery {
        attendance: "online".into(),
        ..Default::default()
    };
    assert_eq!(found(&app, &online).await.0, 20);
    let dutch_online = RegistrationQuery {
        country: "nl".into(),
        ..online.clone()
    };
    assert_eq!(found(&app, &dutch_online).await.0, 10, "filters combine");

    let by_name = RegistrationQuery {
        sort: "name".into(),
        ..Default::default()
    };
    let (total, first_page) = found(&app, &by_name).await;
    assert_eq!((total, first_page.len()), (60, 50));
    assert_eq!(
        first_page[..3],
        ["Participant 0", "Participant 1", "Participant 10"]
    );
    let second = RegistrationQuery {
        page: "2".into(),
        ..by_name.clone()
    };
    assert_eq!(found(&app, &second).await.1.len(), 10);
    let beyond = RegistrationQuery {
        page: "9".into(),
        ..by_name
    };
    let list = registrations::search(&app.state.db, "ikp-2025", &beyond)
        .await
        .expect("search");
    assert_eq!(
        (list.page, list.pages, list.rows.len()),
        (2, 2, 10),
        "a page past the end shows the last"
    );
}

fn id(person: &Registered) -> Uuid {
    Uuid::parse_str(&person.receipt.id).expect("id")
}

async fn status_of(app: &TestApp, person: &Registered) -> Status {
    service::manage_view(&app.state.db, &person.manage_token, app::i18n::Locale::En)
        .await
        .expect("view")
        .status
}

async fn actions_logged(app: &TestApp) -> Vec<String> {
    audit::list(&app.state.db, &AuditFilter::default())
        .await
        .expect("log")
        .entries
        .into_iter()
        .map(|entry| entry.action)
        .collect()
}

async fn staff_changes_follow_the_rules_and_are_audited(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let organizer = support::organizer();
    waitlist::set_in_person_capacity(db, settings, &organizer, "ikp-2025", 2, Utc::now())
        .await
        .expect("capacity");
    let mut people = Vec::new();
    for n in 1..=4 {
        people.push(support::register(&app, n, "in_person").await);
    }
    assert_eq!(status_of(&app, &people[2]).await, Status::Waitlisted);

    assert!(
        matches!(
            StaffChange::new(&organizer, id(&people[0]), "   "),
            Err(ServiceError::Invalid(errors)) if errors.get("reason") == Some("error-required")
        ),
        "a change without a reason is refused before anything is touched"
    );

    // Moved online on the person's behalf: their place goes to the first in line.
    let mut details = support::registration_form(1, "online");
    details.organisation = "Fedasil".into();
    let change = StaffChange::new(&organizer, id(&people[0]), "asked by phone").expect("reason");
    service::update(db, settings, Changer::Staff(change), &details, Utc::now())
        .await
        .expect("corrected");
    assert_eq!(status_of(&app, &people[2]).await, Status::Offered);

    // Another person's email address is refused, and nothing is logged.
    let mut taken = support::registration_form(2, "in_person");
    taken.email = "participant1@example.org".into();
    let change = StaffChange::new(&organizer, id(&people[1]), "typo").expect("reason");
    assert!(matches!(
        service::update(db, settings, Changer::Staff(change), &taken, Utc::now()).await,
        Err(ServiceError::Conflict("error-email-taken"))
    ));
    assert_eq!(
        actions_logged(&app).await,
        ["registration.update", "event.capacity"]
    );

    // Participant 4 waits behind an open offer; given a place by hand, the
    // capacity goes from 2 to 3 so the cap still holds.
    let change = StaffChange::new(&organizer, id(&people[3]), "keynote speaker").expect("reason");
    waitlist::give_place(db, settings, &change, Utc::now())
        .await
        .expect("place given");
    assert_eq!(status_of(&app, &people[3]).await, Status::Confirmed);
    assert_eq!(
        support::email_kinds_to(&app, 4).await,
        ["waitlisted", "confirmed"]
    );
    let capacity = app::events::service::view(db, "ikp-2025")
        .await
        .expect("event")
        .capacity
        .in_person;
    assert_eq!(
        (capacity.limit, capacity.confirmed, capacity.offered),
        (3, 2, 1)
    );

    let change = StaffChange::new(&organizer, id(&people[0]), "again").expect("reason");
    assert!(
        matches!(
            waitlist::give_place(db, settings, &change, Utc::now()).await,
            Err(ServiceError::Conflict("error-not-waiting"))
        ),
        "only someone waiting gets a place by hand"
    );

    let change = StaffChange::new(&organizer, id(&people[1]), "cannot travel").expect("reason");
    service::cancel(db, settings, Changer::Staff(change), Utc::now())
        .await
        .expect("cancelled");
    assert_eq!(status_of(&app, &people[1]).await, Status::Cancelled);
    assert_eq!(
        support::email_kinds_to(&app, 2).await,
        ["confirmed", "cancelled"]
    );

    let log = audit::list(db, &AuditFilter::default()).await.expect("log");
    let actions: Vec<&str> = log
        .entries
        .iter()
        .map(|entry| entry.action.as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "registration.cancel",
            "registration.give_place",
            "registration.update",
            "event.capacity"
        ]
    );
    let given = &log.entries[1];
    assert_eq!(given.staff_name, "Test Organizer");
    assert_eq!(given.reason.as_deref(), Some("keynote speaker"));
    assert!(given
        .changes
        .contains(&("in_person_capacity".into(), "2".into(), "3".into())));
    assert!(given
        .changes
        .contains(&("status".into(), "waitlisted".into(), "confirmed".into())));
    let corrected = &log.entries[2];
    assert!(corrected.changes.contains(&(
        "organisation".into(),
        "Reception Agency".into(),
        "Fedasil".into()
    )));
    assert!(corrected.changes.contains(&(
        "attendance".into(),
        "in_person".into(),
        "online".into()
    )));
    let history = audit::list(
        db,
        &AuditFilter {
            subject: audit::registration_subject(id(&people[0])),
            ..Default::default()
        },
    )
    .await
    .expect("history");
    assert_eq!(
        history.entries.len(),
        1,
        "a registration's history is its own"
    );
}

#[tokio::test]
async fn search_filters_sorts_and_pages_on_sqlite() {
    search_filters_sorts_and_pages(Engine::Sqlite).await;
}

#[tokio::test]
async fn search_filters_sorts_and_pages_on_postgres() {
    search_filters_sorts_and_pages(Engine::Postgres).await;
}

#[tokio::test]
async fn staff_changes_follow_the_rules_and_are_audited_on_sqlite() {
    staff_changes_follow_the_rules_and_are_audited(Engine::Sqlite).await;
}

#[tokio::test]
async fn staff_changes_follow_the_rules_and_are_audited_on_postgres() {
    staff_changes_follow_the_rules_and_are_audited(Engine::Postgres).await;
}

/// The XLSX export, read by Python's openpyxl, holds exactly the CSV's
/// cells, with the list's filters applied to both.
#[tokio::test]
async fn the_workbook_matches_the_csv() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let mut special = support::registration_form(1, "in_person");
    special.name = "Zoë Ōkubo-Ünal".into();
    special.organisation = "Ministry of \"Asylum\", Migration & Integration".into();
    special.organisation_type = "ministry".into();
    special.accessibility_needs = "Wheelchair\nand a quiet room".into();
    app.state
        .registrations
        .register("ikp-2025", &special, Utc::now())
        .await
        .expect("registered");
    support::register(&app, 2, "in_person").await;
    support::register(&app, 3, "online").await;
    let organizer = support::staff_session(&app, Role::Organizer).await;
    let download = |extension: &str| {
        let url = format!(
            "{}/staff/events/ikp-2025/registrations.{extension}?attendance=in_person&sort=name",
            app.base_url
        );
        let cookie = format!("{}={organizer}", app::staff::auth::SESSION_COOKIE);
        async move {
            let response = reqwest::Client::new()
                .get(url)
                .header("cookie", cookie)
                .send()
                .await
                .expect("response");
            assert_eq!(response.status(), 200);
            assert_eq!(response.headers()["cache-control"], "no-store");
            response.bytes().await.expect("body").to_vec()
        }
    };
    let csv_rows: Vec<Vec<String>> = csv::Reader::from_reader(download("csv").await.as_slice())
        .into_records()
        .map(|record| record.expect("record").iter().map(str::to_owned).collect())
        .collect();
    let workbook = app.data_dir.path().join("registrations.xlsx");
    std::fs::write(&workbook, download("xlsx").await).expect("saved");
    let output = std::process::Command::new("python3")
        .arg("-c")
        .arg(
            "import json, sys, openpyxl\n\
             sheet = openpyxl.load_workbook(sys.argv[1]).active\n\
             rows = [[cell if cell is not None else '' for cell in row] for row in sheet.iter_rows(values_only=True)]\n\
             print(json.dumps({'rows': rows, 'frozen': sheet.freeze_panes, 'filter': sheet.auto_filter.ref}))",
        )
        .arg(&workbook)
        .output()
        .expect("python3 runs (scripts/test.sh installs openpyxl)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let xlsx_rows: Vec<Vec<String>> = serde_json::from_value(read["rows"].clone()).expect("rows");
    assert_eq!(xlsx_rows[0][0], "Full name", "the header row comes first");
    assert_eq!(xlsx_rows[1..], csv_rows[..], "the same cells in both");
    assert_eq!(
        csv_rows.len(),
        2,
        "only in-person registrations, as filtered"
    );
    assert_eq!(csv_rows[1][0], "Zoë Ōkubo-Ünal", "sorted by name");
    assert_eq!(csv_rows[1][3], "Ministry or national authority");
    assert_eq!(csv_rows[1][10], "Wheelchair\nand a quiet room");
    assert_eq!(read["frozen"], "A2", "the header stays in view");
    assert_eq!(read["filter"], "A1:M3");
}
