//! Calendar files: the event's programme and a participant's agenda parse
//! with the ical crate and with Python's independent `icalendar` package;
//! times carry their zone; every entry keeps its UID across changes, so a
//! calendar app updates instead of duplicating.

mod support;

use app::{
    programme::{bookings, entity::activity, model::ActivityForm, organize},
    registration::model::RegistrationForm,
};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use support::{organizer, Engine, TestApp};

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    reqwest::get(format!("{}{path}", app.base_url))
        .await
        .expect("request")
}

/// (UID, SUMMARY, DTSTART with its TZID, SEQUENCE, STATUS) of every event, via the ical crate.
fn entries(ics: &str) -> Vec<(String, String, String, String, String)> {
    let calendar = ical::IcalParser::new(ics.as_bytes())
        .next()
        .expect("one calendar")
        .expect("parses with the ical crate");
    assert_eq!(
        calendar.timezones.len(),
        1,
        "the zone is defined in the file"
    );
    calendar
        .events
        .iter()
        .map(|event| {
            let property = |name: &str| {
                event
                    .properties
                    .iter()
                    .find(|p| p.name == name)
                    .expect(name)
            };
            let value = |name: &str| property(name).value.clone().unwrap_or_default();
            let tzid = property("DTSTART")
                .params
                .iter()
                .flatten()
                .find(|(name, _)| name == "TZID")
                .map(|(_, values)| values.join(","))
                .unwrap_or_default();
            (
                value("UID"),
                value("SUMMARY"),
                format!("{tzid}:{}", value("DTSTART")),
                value("SEQUENCE"),
                value("STATUS"),
            )
        })
        .collect()
}

/// The same file read by Python's icalendar: UID and start in UTC per event.
fn python_reading(ics: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("calendar.ics");
    std::fs::write(&file, ics).expect("write");
    let script = "import sys, icalendar, datetime\n\
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
        for e in cal.walk('VEVENT'):\n\
        \x20   start = e.decoded('DTSTART')\n\
        \x20   assert start.tzinfo is not None, 'start without a zone'\n\
        \x20   print(str(e['UID']) + ' ' + start.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M'))\n";
    let output = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&file)
        .output()
        .expect("python3 runs (scripts/test.sh installs icalendar)");
    assert!(
        output.status.success(),
        "icalendar could not read the file: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

async fn calendars_parse_and_keep_their_uids(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let response = get(&app, "/events/ikp-2025/calendar.ics").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .expect("type")
        .starts_with("text/calendar"));
    let programme = response.text().await.expect("body");
    let listed = entries(&programme);
    assert_eq!(listed.len(), 13, "ten sessions and three visits");
    let opening = &listed[0];
    assert_eq!(
        opening.2, "Europe/Amsterdam:20250515T093000",
        "local time with its zone"
    );
    let python = python_reading(&programme);
    assert_eq!(python.len(), 13);
    assert!(
        python[0].ends_with("2025-05-15T07:30"),
        "09:30 in Amsterdam is 07:30 UTC in May: {}",
        python[0]
    );

    let form: RegistrationForm =
        serde_json::from_value(support::registration(1, "in_person")).expect("form");
    let token = app
        .state
        .registrations
        .register("ikp-2025", &form, Utc::now())
        .await
        .expect("registered")
        .manage_token;
    let sessions: Vec<app::programme::model::SessionView> =
        get(&app, "/api/v1/events/ikp-2025/sessions")
            .await
            .json()
            .await
            .expect("sessions");
    let breakout = sessions
        .iter()
        .find(|s| s.title.starts_with("The resident portal"))
        .expect("breakout");
    bookings::book(&app.state.db, &token, breakout.id, Utc::now())
        .await
        .expect("booked");
    let agenda = get(&app, &format!("/manage/{token}/agenda.ics"))
        .await
        .text()
        .await
        .expect("agenda");
    let mine = entries(&agenda);
    assert_eq!(mine.len(), 4, "three plenaries and the chosen breakout");
    assert!(mine.iter().any(|e| e.1 == breakout.title));
    assert_eq!(python_reading(&agenda).len(), 4);

    // The organizers move the breakout: same UID, higher SEQUENCE.
    let before = entries(&programme)
        .into_iter()
        .find(|e| e.1 == breakout.title)
        .expect("in programme");
    let stored = activity::Entity::find_by_id(breakout.id)
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("activity");
    activity::ActiveModel {
        id: Set(stored.id),
        title: Set("The resident portal (moved)".into()),
        starts_at: Set(stored.starts_at + chrono::Duration::minutes(15)),
        sequence: Set(stored.sequence + 1),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(&app.state.db)
    .await
    .expect("moved");
    let after = entries(
        &get(&app, "/events/ikp-2025/calendar.ics")
            .await
            .text()
            .await
            .expect("body"),
    )
    .into_iter()
    .find(|e| e.0 == before.0)
    .expect("same UID after the change");
    assert_eq!(after.1, "The resident portal (moved)");
    assert_eq!(after.2, "Europe/Amsterdam:20250515T110000");
    assert_eq!(after.3, "1");
    assert_eq!(before.3, "0");

    // A place waited for is tentative; a session the organizers cancel
    // stays in the agenda as cancelled, so calendar apps take it out.
    let (db, settings) = (&app.state.db, &app.state.settings);
    let full = ActivityForm {
        kind: "workshop".into(),
        title: "Evening clinic".into(),
        mode: "in_person".into(),
        day: "2025-05-16".into(),
        starts: "19:00".into(),
        ends: "20:00".into(),
        capacity: "0".into(),
        ..Default::default()
    };
    let clinic = organize::save_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        None,
        &full,
        Utc::now(),
    )
    .await
    .expect("added");
    bookings::book(db, &token, clinic, Utc::now())
        .await
        .expect("waitlisted");
    organize::cancel_activity(
        db,
        &organizer(),
        settings,
        "ikp-2025",
        breakout.id,
        Utc::now(),
    )
    .await
    .expect("cancelled");
    let agenda = get(&app, &format!("/manage/{token}/agenda.ics"))
        .await
        .text()
        .await
        .expect("agenda");
    let status_of = |title: &str| {
        entries(&agenda)
            .into_iter()
            .find(|e| e.1 == title)
            .map(|e| e.4)
    };
    assert_eq!(status_of("Evening clinic").as_deref(), Some("TENTATIVE"));
    assert_eq!(
        status_of("The resident portal (moved)").as_deref(),
        Some("CANCELLED")
    );
    assert_eq!(python_reading(&agenda).len(), 5);

    assert_eq!(
        get(&app, "/manage/not-a-token/agenda.ics").await.status(),
        404
    );
    assert_eq!(get(&app, "/calendar/not-a-feed.ics").await.status(), 404);
}

#[tokio::test]
async fn calendars_parse_and_keep_their_uids_on_sqlite() {
    calendars_parse_and_keep_their_uids(Engine::Sqlite).await;
}

#[tokio::test]
async fn calendars_parse_and_keep_their_uids_on_postgres() {
    calendars_parse_and_keep_their_uids(Engine::Postgres).await;
}

/// A subscription address follows the agenda; a new one revokes the old.
#[tokio::test]
async fn subscription_addresses_are_secret_and_revocable() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let form: RegistrationForm =
        serde_json::from_value(support::registration(2, "online")).expect("form");
    let token = app
        .state
        .registrations
        .register("ikp-2025", &form, Utc::now())
        .await
        .expect("registered")
        .manage_token;
    let renew = || {
        app::programme::agenda::renew_feed(&app.state.db, &app.state.settings, &token, Utc::now())
    };
    let first = renew().await.expect("feed");
    let path = |url: &str| url.trim_start_matches(&app.base_url).to_owned();
    let feed = get(&app, &path(&first)).await;
    assert_eq!(feed.status(), 200);
    assert_eq!(
        entries(&feed.text().await.expect("body")).len(),
        3,
        "the plenaries"
    );
    let second = renew().await.expect("new feed");
    assert_ne!(first, second);
    assert_eq!(
        get(&app, &path(&first)).await.status(),
        404,
        "old address revoked"
    );
    assert_eq!(get(&app, &path(&second)).await.status(), 200);
}
