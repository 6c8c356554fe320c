//! Check-in at the door: a check-in is recorded once, whatever the number
//! of phones scanning the same code at the same moment; a queue of scans
//! kept offline can be replayed any number of times; only confirmed
//! in-person places get in; only check-in staff may scan. SQLite and PostgreSQL.

mod support;

use app::{
    organizer::{
        check_in::{self, entity as check_ins},
        model::CheckInOutcome,
    },
    registration::entity::registration,
    staff::roles::Role,
};
use sea_orm::{EntityTrait, PaginatorTrait};
use support::{Engine, TestApp};

async fn code_of(app: &TestApp, person: &app::registration::intake::Registered) -> String {
    let id = uuid::Uuid::parse_str(&person.receipt.id).expect("id");
    registration::Entity::find_by_id(id)
        .one(&app.state.db)
        .await
        .expect("query")
        .and_then(|r| r.check_in_code)
        .expect("every registration has a check-in code")
}

async fn concurrent_scans_check_in_once(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let person = support::register(&app, 1, "in_person").await;
    let code = code_of(&app, &person).await;
    let scans = (0..12).map(|_| {
        let db = app.state.db.clone();
        let code = code.clone();
        tokio::spawn(async move {
            let scan = check_in::Scan {
                code: &code,
                event: Some("ikp-2025"),
                scanned_at: None,
            };
            check_in::check_in(&db, &support::organizer(), &scan, chrono::Utc::now())
                .await
                .expect("scan")
                .outcome
        })
    });
    let mut outcomes = Vec::new();
    for scan in scans {
        outcomes.push(scan.await.expect("task"));
    }
    let first = outcomes
        .iter()
        .filter(|o| **o == CheckInOutcome::CheckedIn)
        .count();
    let again = outcomes
        .iter()
        .filter(|o| **o == CheckInOutcome::AlreadyCheckedIn)
        .count();
    assert_eq!(
        (first, again),
        (1, 11),
        "one scan checks in, the others find it"
    );
    assert_eq!(
        check_ins::Entity::find()
            .count(&app.state.db)
            .await
            .expect("count"),
        1
    );
    let logged = app::organizer::audit::list(&app.state.db, &Default::default())
        .await
        .expect("log")
        .entries
        .into_iter()
        .filter(|e| e.action == "registration.check_in")
        .count();
    assert_eq!(logged, 1, "the audit log has the one check-in");
}

#[tokio::test]
async fn concurrent_scans_check_in_once_on_sqlite() {
    concurrent_scans_check_in_once(Engine::Sqlite).await;
}

#[tokio::test]
async fn concurrent_scans_check_in_once_on_postgres() {
    concurrent_scans_check_in_once(Engine::Postgres).await;
}

async fn scan(app: &TestApp, session: Option<&str>, code: &str) -> (u16, serde_json::Value) {
    post_scan(app, session, serde_json::json!({ "code": code })).await
}

/// What the page's script posts: the code, the door's event, the scan's time.
async fn post_scan(
    app: &TestApp,
    session: Option<&str>,
    scan: serde_json::Value,
) -> (u16, serde_json::Value) {
    let mut request = reqwest::Client::new()
        .post(format!("{}/staff/check-in", app.base_url))
        .json(&scan);
    if let Some(session) = session {
        request = request.header(
            "cookie",
            format!("{}={session}", app::staff::auth::SESSION_COOKIE),
        );
    }
    let response = request.send().await.expect("response");
    (
        response.status().as_u16(),
        response.json().await.expect("json"),
    )
}

/// The phone's queue of offline scans, replayed twice, checks each person
/// in once; the door learns who is not to be let in.
#[tokio::test]
async fn a_replayed_offline_queue_checks_each_person_in_once() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let door = support::staff_session(&app, Role::CheckIn).await;
    let first = code_of(&app, &support::register(&app, 1, "in_person").await).await;
    let second = code_of(&app, &support::register(&app, 2, "in_person").await).await;
    let online = code_of(&app, &support::register(&app, 3, "online").await).await;
    let queue = [first.as_str(), second.as_str(), first.as_str()];
    let mut answers = Vec::new();
    for _ in 0..2 {
        for code in queue {
            let (status, body) = scan(&app, Some(&door), code).await;
            assert_eq!(status, 200);
            answers.push(body["outcome"].as_str().unwrap_or_default().to_owned());
        }
    }
    assert_eq!(
        answers,
        [
            "checked_in",
            "checked_in",
            "already_checked_in",
            "already_checked_in",
            "already_checked_in",
            "already_checked_in"
        ]
    );
    assert_eq!(
        check_ins::Entity::find()
            .count(&app.state.db)
            .await
            .expect("count"),
        2
    );

    let (status, body) = scan(&app, Some(&door), &first).await;
    assert_eq!(status, 200);
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Participant 1 was already checked in at "),
        "{body}"
    );
    let (status, body) = post_scan(
        &app,
        Some(&door),
        serde_json::json!({ "code": first, "event": "ikp-2024" }),
    )
    .await;
    assert_eq!(
        (status, body["outcome"].as_str()),
        (200, Some("other_event")),
        "a code of this year is not let in at another event's door"
    );
    let (status, body) = scan(&app, Some(&door), &online).await;
    assert_eq!(
        (status, body["outcome"].as_str()),
        (200, Some("not_expected")),
        "online people are not let in"
    );
    let (status, body) = scan(&app, Some(&door), "no-such-code").await;
    assert_eq!(status, 409);
    assert_eq!(
        body["error"],
        "This code belongs to no registration. Search the person by name."
    );
    assert_eq!(
        check_ins::Entity::find()
            .count(&app.state.db)
            .await
            .expect("count"),
        2,
        "refusals record nothing"
    );

    let third = code_of(&app, &support::register(&app, 4, "in_person").await).await;
    assert_eq!(scan(&app, None, &third).await.0, 401);
    let moderator = support::staff_session(&app, Role::Moderator).await;
    assert_eq!(scan(&app, Some(&moderator), &third).await.0, 403);
    assert_eq!(
        check_ins::Entity::find()
            .count(&app.state.db)
            .await
            .expect("count"),
        2
    );

    let scanned_at = chrono::Utc::now() - chrono::Duration::minutes(20);
    let (status, _) = post_scan(
        &app,
        Some(&door),
        serde_json::json!({ "code": third, "event": "ikp-2025", "at": scanned_at }),
    )
    .await;
    assert_eq!(status, 200);
    let kept = check_ins::Entity::find()
        .all(&app.state.db)
        .await
        .expect("rows")
        .into_iter()
        .map(|row| row.checked_in_at)
        .min()
        .expect("a check-in");
    assert!(
        (kept - scanned_at).num_seconds().abs() < 1,
        "a scan replayed from the phone keeps the time it was made"
    );
}

/// Without JavaScript the form posts and lands on the person's page.
#[tokio::test]
async fn a_plain_form_scan_lands_on_the_persons_page() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let door = support::staff_session(&app, Role::CheckIn).await;
    let code = code_of(&app, &support::register(&app, 1, "in_person").await).await;
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(format!("{}/staff/check-in", app.base_url))
        .header(
            "cookie",
            format!("{}={door}", app::staff::auth::SESSION_COOKIE),
        )
        .form(&[("code", code.as_str())])
        .send()
        .await
        .expect("response");
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("/staff/check-in/{code}?result=checked_in").as_str()
    );
    let page = reqwest::Client::new()
        .get(format!(
            "{}/staff/check-in/{code}?result=checked_in",
            app.base_url
        ))
        .header(
            "cookie",
            format!("{}={door}", app::staff::auth::SESSION_COOKIE),
        )
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("body");
    assert!(
        page.contains("Participant 1 is checked in (at "),
        "the door sees the result"
    );
}

/// The participant's QR code: shown for a confirmed in-person place only,
/// pointing at their check-in page.
#[tokio::test]
async fn the_pass_is_for_confirmed_in_person_places() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let in_person = support::register(&app, 1, "in_person").await;
    let online = support::register(&app, 2, "online").await;
    let pass = check_in::pass(
        &app.state.db,
        &app.state.settings.public_url,
        &in_person.manage_token,
    )
    .await
    .expect("pass")
    .expect("a QR code");
    assert!(
        pass.starts_with("<svg"),
        "an SVG image, ready to sit in a page"
    );
    assert_eq!(
        check_in::pass(
            &app.state.db,
            &app.state.settings.public_url,
            &online.manage_token
        )
        .await
        .expect("pass"),
        None
    );
}
