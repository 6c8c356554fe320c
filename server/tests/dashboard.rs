//! The organizers' dashboard: figures counted in the database (places,
//! waitlist, offers, online, activities, submissions, per day, by country and
//! type of organisation), and their live stream, which sends the figures on
//! connecting and again when a registration arrives. SQLite and PostgreSQL.

mod support;

use app::{organizer::dashboard::dashboard, staff::roles::Role};
use support::{Engine, TestApp};

async fn figures_are_counted(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let organizer = support::organizer();
    app::registration::waitlist::set_in_person_capacity(
        &app.state.db,
        &app.state.settings,
        &organizer,
        "ikp-2025",
        3,
        chrono::Utc::now(),
    )
    .await
    .expect("capacity");
    for n in 0..5 {
        support::register(&app, n, "in_person").await;
    }
    let mut typed = support::registration_form(5, "online");
    typed.organisation_type = "ngo".into();
    app.state
        .registrations
        .register("ikp-2025", &typed, chrono::Utc::now())
        .await
        .expect("registered");
    let figures = dashboard(&app.state.db, "ikp-2025")
        .await
        .expect("dashboard");
    let in_person = figures.capacity.in_person;
    assert_eq!(
        (
            in_person.limit,
            in_person.confirmed,
            in_person.waitlisted,
            in_person.offered
        ),
        (3, 3, 2, 0)
    );
    assert_eq!(figures.capacity.online.registered, 1);
    let today = figures.per_day.last().expect("a day");
    assert_eq!((today.in_person, today.online), (5, 1));
    assert_eq!(
        figures.countries.iter().map(|(_, n)| n).sum::<u64>(),
        6,
        "everyone is counted by country"
    );
    assert_eq!(figures.countries[0].1, 1);
    assert_eq!(
        figures.organisation_types,
        [(String::new(), 5), ("ngo".to_owned(), 1)],
        "people who did not say are counted apart"
    );
    assert!(
        figures.activities.iter().all(|a| a.taken == 0),
        "no one signed up for an activity yet"
    );
    assert!(
        !figures.activities.is_empty(),
        "the demo breakouts and visits are listed"
    );
}

#[tokio::test]
async fn figures_are_counted_on_sqlite() {
    figures_are_counted(Engine::Sqlite).await;
}

#[tokio::test]
async fn figures_are_counted_on_postgres() {
    figures_are_counted(Engine::Postgres).await;
}

/// Reads server-sent events until one named `dashboard` arrives.
async fn next_dashboard(events: &mut reqwest::Response, buffer: &mut String) -> serde_json::Value {
    loop {
        if let Some(end) = buffer.find("\n\n") {
            let message: String = buffer.drain(..end + 2).collect();
            if message.lines().any(|line| line == "event: dashboard") {
                let data: String = message
                    .lines()
                    .filter_map(|line| line.strip_prefix("data: "))
                    .collect();
                return serde_json::from_str(&data).expect("figures");
            }
            continue;
        }
        let chunk = tokio::time::timeout(std::time::Duration::from_secs(20), events.chunk())
            .await
            .expect("an update within 20 s")
            .expect("chunk")
            .expect("stream open");
        buffer.push_str(&String::from_utf8_lossy(&chunk));
    }
}

#[tokio::test]
async fn the_live_stream_sends_new_figures_when_someone_registers() {
    let app: TestApp = support::start(Engine::Sqlite, |_| {}).await;
    let organizer = support::staff_session(&app, Role::Organizer).await;
    let mut events = reqwest::Client::new()
        .get(format!("{}/staff/events/ikp-2025/live", app.base_url))
        .header(
            "cookie",
            format!("{}={organizer}", app::staff::auth::SESSION_COOKIE),
        )
        .send()
        .await
        .expect("response");
    assert_eq!(events.status(), 200);
    assert_eq!(events.headers()["content-type"], "text/event-stream");
    let mut buffer = String::new();
    let first = next_dashboard(&mut events, &mut buffer).await;
    assert_eq!(
        first["capacity"]["in_person"]["confirmed"], 0,
        "the figures as they are, at once"
    );
    support::register(&app, 7, "in_person").await;
    let next = next_dashboard(&mut events, &mut buffer).await;
    assert_eq!(
        next["capacity"]["in_person"]["confirmed"], 1,
        "the registration arrives"
    );
}
