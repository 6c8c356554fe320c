//! Invariant 5 for staff routes: anonymous visitors and the wrong role see
//! no personal data, pages and server functions alike.

mod support;

use app::staff::{auth, roles::Role};
use leptos::server_fn::ServerFn;
use support::{Engine, TestApp};

async fn get(app: &TestApp, path: &str, session: Option<&str>) -> (u16, String) {
    let mut request = reqwest::Client::new().get(format!("{}{path}", app.base_url));
    if let Some(token) = session {
        request = request.header("cookie", format!("{}={token}", auth::SESSION_COOKIE));
    }
    let response = request.send().await.expect("response");
    (
        response.status().as_u16(),
        response.text().await.expect("body"),
    )
}

async fn post_form(
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
    session: Option<&str>,
) -> (u16, String) {
    let mut request = reqwest::Client::new()
        .post(format!("{}{path}", app.base_url))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form_body(form));
    if let Some(token) = session {
        request = request.header("cookie", format!("{}={token}", auth::SESSION_COOKIE));
    }
    let response = request.send().await.expect("response");
    (
        response.status().as_u16(),
        response.text().await.expect("body"),
    )
}

fn form_body(form: &[(&str, &str)]) -> String {
    form.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

#[tokio::test]
async fn staff_pages_refuse_anonymous_visitors_and_the_wrong_role() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let answer = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/events/ikp-2025/registrations",
            app.base_url
        ))
        .json(&support::registration(3, "in_person"))
        .send()
        .await
        .expect("registered");
    assert_eq!(answer.status(), 201);
    let personal = "participant3@example.org";

    let visit = app::programme::service::visits(&app.state.db, "ikp-2025")
        .await
        .expect("visits")[0]
        .id;
    let form: app::registration::model::RegistrationForm =
        serde_json::from_value(support::registration(4, "in_person")).expect("form");
    let visitor = app
        .state
        .registrations
        .register("ikp-2025", &form, chrono::Utc::now())
        .await
        .expect("registered");
    app::programme::bookings::book(
        &app.state.db,
        &visitor.manage_token,
        visit,
        chrono::Utc::now(),
    )
    .await
    .expect("visit booked");
    let manifest = format!("/staff/events/ikp-2025/activities/{visit}/manifest.csv");
    let (status, body) = get(&app, &manifest, None).await;
    assert_eq!(status, 401, "the manifest needs a signed-in organizer");
    assert!(!body.contains("Participant 4"));
    for path in [
        "/staff",
        "/staff/events/ikp-2025",
        "/staff/events/ikp-2025/registrations",
        "/staff/events/ikp-2025/programme",
    ] {
        let (status, body) = get(&app, path, None).await;
        assert_eq!(status, 401, "{path} anonymous");
        assert!(
            !body.contains(personal),
            "{path} shows no personal data anonymously"
        );
        assert!(
            body.contains("/staff/login"),
            "{path} points to the sign-in page"
        );
    }

    let moderator = support::staff_session(&app, Role::Moderator).await;
    let check_in = support::staff_session(&app, Role::CheckIn).await;
    for session in [&moderator, &check_in] {
        for path in [
            "/staff/events/ikp-2025/registrations",
            "/staff/events/ikp-2025/programme",
        ] {
            let (status, body) = get(&app, path, Some(session)).await;
            assert_eq!(status, 403, "{path}");
            assert!(!body.contains(personal));
        }
    }

    for session in [&moderator, &check_in] {
        let (status, body) = get(&app, &manifest, Some(session)).await;
        assert_eq!(status, 403);
        assert!(!body.contains("Participant 4"));
    }

    let organizer = support::staff_session(&app, Role::Organizer).await;
    let (status, body) = get(
        &app,
        "/staff/events/ikp-2025/registrations",
        Some(&organizer),
    )
    .await;
    assert_eq!(status, 200);
    assert!(body.contains(personal), "organizers see registrations");
    let (status, body) = get(&app, &manifest, Some(&organizer)).await;
    assert_eq!(status, 200);
    assert_eq!(
        body.lines().collect::<Vec<_>>(),
        [
            "Full name,Organisation,Country",
            "Participant 4,Reception Agency,Greece"
        ],
        "the manifest lists who the gate lets in"
    );

    let (status, _) = get(&app, "/staff/events/ikp-2025", Some("forged-token")).await;
    assert_eq!(status, 401, "an unknown session is no session");
}

#[tokio::test]
async fn staff_server_functions_refuse_anonymous_callers_and_the_wrong_role() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let registrations = app::organizer::dashboard_page::GetDashboard::PATH;
    let capacity = app::organizer::dashboard_page::ChangeCapacity::PATH;

    let (status, _) = post_form(&app, registrations, &[("slug", "ikp-2025")], None).await;
    assert_eq!(status, 401);
    let (status, _) = post_form(
        &app,
        capacity,
        &[("slug", "ikp-2025"), ("capacity", "10")],
        None,
    )
    .await;
    assert_eq!(status, 401);

    let moderator = support::staff_session(&app, Role::Moderator).await;
    let (status, _) = post_form(
        &app,
        capacity,
        &[("slug", "ikp-2025"), ("capacity", "10")],
        Some(&moderator),
    )
    .await;
    assert_eq!(status, 403);
    let event = app::events::service::view(&app.state.db, "ikp-2025")
        .await
        .expect("event");
    assert_eq!(
        event.capacity.in_person.limit, 150,
        "a refused request changes nothing"
    );

    let organizer = support::staff_session(&app, Role::Organizer).await;
    let (status, _) = post_form(
        &app,
        capacity,
        &[("slug", "ikp-2025"), ("capacity", "160")],
        Some(&organizer),
    )
    .await;
    assert!(status < 400, "organizers may change the capacity");
    let event = app::events::service::view(&app.state.db, "ikp-2025")
        .await
        .expect("event");
    assert_eq!(event.capacity.in_person.limit, 160);
}

#[tokio::test]
async fn a_cross_site_form_post_is_refused() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let organizer = support::staff_session(&app, Role::Organizer).await;
    let response = reqwest::Client::new()
        .post(format!(
            "{}{}",
            app.base_url,
            app::organizer::dashboard_page::ChangeCapacity::PATH
        ))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("{}={organizer}", auth::SESSION_COOKIE))
        .header("origin", "https://attacker.example")
        .body("slug=ikp-2025&capacity=1")
        .send()
        .await
        .expect("response");
    assert_eq!(response.status(), 403);
    let event = app::events::service::view(&app.state.db, "ikp-2025")
        .await
        .expect("event");
    assert_eq!(event.capacity.in_person.limit, 150);
}

/// Only moderators and admins moderate the library; only organizers and
/// admins keep its themes. A refused step changes nothing.
#[tokio::test]
async fn only_moderators_moderate_and_only_organizers_keep_themes() {
    use app::library::{moderation_pages::ModeratePractice, service, theme_pages::SaveTheme};
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let submitted = service::submit(
        &app.state.db,
        &app.state.settings,
        &support::library::form("Peer helpers"),
        None,
        app::i18n::Locale::En,
        chrono::Utc::now(),
    )
    .await
    .expect("submitted");
    let review = format!("/staff/library/{}", submitted.id);
    let seen = support::library::latest_revision(&app.state.db, submitted.id).await;
    let publish = [
        ("id", submitted.id.to_string()),
        ("revision", seen.to_string()),
        ("step", "publish".to_owned()),
        ("note", String::new()),
    ];
    let publish: Vec<(&str, &str)> = publish.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let moderator = support::staff_session(&app, Role::Moderator).await;
    let organizer = support::staff_session(&app, Role::Organizer).await;
    let check_in = support::staff_session(&app, Role::CheckIn).await;

    for path in ["/staff/library", review.as_str(), "/staff/library/themes"] {
        assert_eq!(get(&app, path, None).await.0, 401, "{path} anonymous");
    }
    for session in [&organizer, &check_in] {
        assert_eq!(get(&app, &review, Some(session)).await.0, 403);
        let (status, _) = post_form(&app, ModeratePractice::PATH, &publish, Some(session)).await;
        assert_eq!(status, 403);
    }
    assert_eq!(
        get(&app, "/staff/library/themes", Some(&moderator)).await.0,
        403
    );
    let (status, _) = post_form(
        &app,
        SaveTheme::PATH,
        &[("id", ""), ("name", "Sport"), ("retired", "")],
        Some(&moderator),
    )
    .await;
    assert_eq!(status, 403);
    let (status, body) = get(&app, "/staff/library/themes", Some(&organizer)).await;
    assert_eq!(status, 200);
    assert!(!body.contains("Sport"), "a refused theme is not added");

    let (status, body) = get(&app, &review, Some(&moderator)).await;
    assert_eq!(status, 200);
    assert!(body.contains("Peer helpers"));
    assert_eq!(
        get(&app, &format!("/library/{}", submitted.id), None)
            .await
            .0,
        404,
        "not public before a moderator publishes it"
    );
    let (status, _) = post_form(&app, ModeratePractice::PATH, &publish, Some(&moderator)).await;
    assert!(status < 400, "moderators publish");
    assert_eq!(
        get(&app, &format!("/library/{}", submitted.id), None)
            .await
            .0,
        200
    );
}
