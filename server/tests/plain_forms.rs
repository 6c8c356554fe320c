//! Forms are plain HTML posts: a failure comes back to the form's page with
//! the message in the page's language and what was typed, not as a bare
//! error page, and changes nothing.

mod support;

use app::{
    platform::flash,
    staff::{auth, roles::Role},
};
use base64::Engine as _;
use leptos::server_fn::ServerFn;
use sea_orm::EntityTrait;
use support::{header, Engine, TestApp};

/// A client that does not follow redirects, to see where the browser is sent.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// Posts `body` to the server function at `path` as a browser posts a form
/// on `form_page`, with the cookie header `cookie` if any.
async fn post_form(
    app: &TestApp,
    path: &str,
    form_page: &str,
    cookie: Option<&str>,
    body: String,
) -> reqwest::Response {
    let mut request = browser()
        .post(format!("{}{path}", app.base_url))
        .header("accept", "text/html,application/xhtml+xml")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", &app.base_url)
        .header("referer", form_page);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.body(body).send().await.expect("post")
}

#[tokio::test]
async fn a_refused_form_comes_back_to_its_page_with_the_message() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let organizer = support::staff_session(&app, Role::Organizer).await;
    support::register(&app, 1, "in_person").await;
    let dashboard = format!("{}/staff/events/ikp-2025", app.base_url);
    let cookie = format!("{}={organizer}", auth::SESSION_COOKIE);

    // The second is sent from the page showing the first one's error.
    let mut form_page = dashboard.clone();
    for capacity in ["a hundred", "0"] {
        let posted = post_form(
            &app,
            app::organizer::dashboard_page::ChangeCapacity::PATH,
            &form_page,
            Some(&cookie),
            format!("slug=ikp-2025&capacity={capacity}"),
        )
        .await;
        assert_eq!(
            posted.status(),
            302,
            "capacity {capacity}: back to the form"
        );
        let back = header(&posted, "location");
        assert!(back.starts_with(&dashboard), "capacity {capacity}: {back}");
        assert_eq!(
            back.matches("__err=").count(),
            1,
            "no earlier error: {back}"
        );

        let page = browser()
            .get(&back)
            .header("cookie", &cookie)
            .send()
            .await
            .expect("page");
        assert_eq!(page.status(), 200);
        let html = page.text().await.expect("html");
        let document = scraper::Html::parse_document(&html);
        let notice = document
            .select(&scraper::Selector::parse("[role=alert]").expect("selector"))
            .map(|alert| alert.text().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        let expected = if capacity == "0" {
            "places already given or offered"
        } else {
            "Enter the capacity as a whole number"
        };
        assert!(notice.contains(expected), "capacity {capacity}: {notice}");
        form_page = back;
    }

    let event = app::events::service::view(&app.state.db, "ikp-2025")
        .await
        .expect("event");
    assert_eq!(event.capacity.in_person.limit, 150, "nothing changed");
    assert_eq!(event.capacity.in_person.confirmed, 1);
}

/// Text that does not repeat, so no compression could make it small.
fn unrepeating_text(length: usize) -> String {
    let mut seed = 12_345_u32;
    (0..length)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b"abcdefghijklmnopqrstuvwxyz "[(seed >> 16) as usize % 27])
        })
        .collect()
}

/// The `name=value` pairs a response asks the browser to keep.
fn cookies_set(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .filter_map(|cookie| cookie.split(';').next().map(str::to_owned))
        .collect()
}

/// The page at `url` as a browser with `cookie` gets it.
async fn page_text(url: &str, cookie: &str) -> String {
    browser()
        .get(url)
        .header("cookie", cookie)
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html")
}

/// The text of the element `selector` matches first in `html`.
fn text_of(html: &str, selector: &str) -> String {
    scraper::Html::parse_document(html)
        .select(&scraper::Selector::parse(selector).expect("selector"))
        .next()
        .map(|element| element.text().collect())
        .unwrap_or_default()
}

async fn kept_forms(app: &TestApp) -> Vec<flash::entity::Model> {
    flash::entity::Entity::find()
        .all(&app.state.db)
        .await
        .expect("kept forms")
}

async fn a_refused_long_registration_comes_back_whole(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let form_page = format!("{}/events/ikp-2025/register", app.base_url);
    let needs = unrepeating_text(6_000);
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("slug", "ikp-2025")
        .append_pair("form[name]", "Too Long")
        .append_pair("form[email]", "too.long@example.org")
        .append_pair("form[organisation]", "Reception Agency")
        .append_pair("form[country]", "NL")
        .append_pair("form[function]", "Case manager")
        .append_pair("form[attendance]", "online")
        .append_pair("form[language]", "en")
        .append_pair("form[accessibility_needs]", &needs)
        .append_pair("form[privacy_consent]", "on")
        .finish();
    let posted = post_form(
        &app,
        app::registration::form::Register::PATH,
        &form_page,
        None,
        body,
    )
    .await;
    assert_eq!(posted.status(), 302);
    let cookies = cookies_set(&posted);
    assert!(
        cookies.join("; ").len() < 200,
        "the browser holds a key, not the form: {cookies:?}"
    );
    let kept = kept_forms(&app).await;
    assert_eq!(kept.len(), 1);
    let stored = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(&kept[0].sealed)
        .expect("base64");
    let stored = String::from_utf8_lossy(&stored);
    assert!(
        !stored.contains("too.long@example.org") && !stored.contains(&needs[..40]),
        "what was typed is not readable in the database"
    );

    let page = page_text(&form_page, &cookies.join("; ")).await;
    assert!(
        page.contains("There is a problem"),
        "the form says what to fix"
    );
    assert!(page.contains("This is too long. Please shorten it."));
    assert_eq!(
        text_of(&page, "textarea[name='form[accessibility_needs]']"),
        needs,
        "what was typed comes back whole"
    );
    assert!(kept_forms(&app).await.is_empty(), "read once");
    let again = page_text(&form_page, &cookies.join("; ")).await;
    assert!(!again.contains("There is a problem"), "shown once");

    let event = app::events::service::view(&app.state.db, "ikp-2025")
        .await
        .expect("event");
    assert_eq!(event.capacity.online.registered, 0, "nothing was stored");
}

#[tokio::test]
async fn a_refused_long_registration_comes_back_whole_on_sqlite() {
    a_refused_long_registration_comes_back_whole(Engine::Sqlite).await;
}

#[tokio::test]
async fn a_refused_long_registration_comes_back_whole_on_postgres() {
    a_refused_long_registration_comes_back_whole(Engine::Postgres).await;
}

#[tokio::test]
async fn a_long_announcement_draft_survives_its_preview() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let organizer = support::staff_session(&app, Role::Organizer).await;
    let session = format!("{}={organizer}", auth::SESSION_COOKIE);
    let composer = format!("{}/staff/events/ikp-2025/announcements", app.base_url);
    let draft = unrepeating_text(9_500);
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("slug", "ikp-2025")
        .append_pair("intent", "preview")
        .append_pair("draft[segment]", "all")
        .append_pair("draft[subject][en]", "Room changes")
        .append_pair("draft[body][en]", &draft)
        .finish();
    let posted = post_form(
        &app,
        app::organizer::announcements_page::Announce::PATH,
        &composer,
        Some(&session),
        body,
    )
    .await;
    assert_eq!(posted.status(), 302);
    assert_eq!(
        header(&posted, "location"),
        "/staff/events/ikp-2025/announcements"
    );
    let mut cookies = cookies_set(&posted);
    cookies.push(session);

    let page = page_text(&composer, &cookies.join("; ")).await;
    assert_eq!(
        text_of(&page, "textarea[name='draft[body][en]']"),
        draft,
        "the draft comes back whole"
    );
    assert!(page.contains("Room changes"));
    assert!(kept_forms(&app).await.is_empty(), "nothing is left behind");
}

async fn kept_forms_are_read_once_and_expire(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let db = &app.state.db;
    let now = chrono::Utc::now();
    let first = flash::keep(db, "register", "\"first\"", now)
        .await
        .expect("kept");
    let second = flash::keep(db, "register", "\"second\"", now)
        .await
        .expect("kept");

    let taken = flash::take_kept(db, "announce", &first, now).await;
    assert_eq!(
        taken.expect("read"),
        None,
        "another form's key opens nothing"
    );
    let taken = flash::take_kept(db, "register", &first, now).await;
    assert_eq!(taken.expect("read"), None, "a key is tried once");

    let later = now + chrono::Duration::minutes(11);
    let taken = flash::take_kept(db, "register", &second, later).await;
    assert_eq!(taken.expect("read"), None, "expired");

    let third = flash::keep(db, "register", "\"third\"", now)
        .await
        .expect("kept");
    assert_eq!(flash::remove_expired(db, now).await.expect("removed"), 0);
    let taken = flash::take_kept(db, "register", &third, now).await;
    assert_eq!(taken.expect("read").as_deref(), Some("\"third\""));
    assert_eq!(
        flash::take_kept(db, "register", &third, now)
            .await
            .expect("read"),
        None
    );

    flash::keep(db, "register", "\"left\"", now)
        .await
        .expect("kept");
    assert_eq!(flash::remove_expired(db, later).await.expect("removed"), 1);
    assert!(kept_forms(&app).await.is_empty());
}

#[tokio::test]
async fn kept_forms_are_read_once_and_expire_on_sqlite() {
    kept_forms_are_read_once_and_expire(Engine::Sqlite).await;
}

#[tokio::test]
async fn kept_forms_are_read_once_and_expire_on_postgres() {
    kept_forms_are_read_once_and_expire(Engine::Postgres).await;
}
