//! Forms are plain HTML posts: a failure comes back to the form's page with
//! the message in the page's language, not as a bare error page, and
//! changes nothing.

mod support;

use app::staff::{auth, roles::Role};
use leptos::server_fn::ServerFn;
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

#[tokio::test]
async fn a_refused_form_too_long_to_keep_still_says_what_to_fix() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let form_page = format!("{}/events/ikp-2025/register", app.base_url);
    // Letters that do not repeat: the cookie's compression cannot shrink them.
    let mut seed = 12_345_u32;
    let needs: String = (0..6_000)
        .map(|_| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b"abcdefghijklmnopqrstuvwxyz "[(seed >> 16) as usize % 27])
        })
        .collect();
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
    let kept: Vec<String> = posted
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .filter_map(|cookie| cookie.split(';').next().map(str::to_owned))
        .collect();
    assert!(!kept.is_empty(), "the problems travel in a cookie");

    let page = browser()
        .get(&form_page)
        .header("cookie", kept.join("; "))
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    assert!(
        page.contains("There is a problem"),
        "the form says what to fix"
    );
    assert!(page.contains("This is too long. Please shorten it."));
    let event = app::events::service::view(&app.state.db, "ikp-2025")
        .await
        .expect("event");
    assert_eq!(event.capacity.online.registered, 0, "nothing was stored");
}
