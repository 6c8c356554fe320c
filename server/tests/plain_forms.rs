//! Forms are plain HTML posts: a failure comes back to the form's page with
//! the message in the page's language, not as a bare error page, and
//! changes nothing.

mod support;

use app::staff::{auth, roles::Role};
use leptos::server_fn::ServerFn;
use support::{header, Engine};

#[tokio::test]
async fn a_refused_form_comes_back_to_its_page_with_the_message() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let organizer = support::staff_session(&app, Role::Organizer).await;
    support::register(&app, 1, "in_person").await;
    let dashboard = format!("{}/staff/events/ikp-2025", app.base_url);
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let cookie = format!("{}={organizer}", auth::SESSION_COOKIE);

    // The second is sent from the page showing the first one's error.
    let mut form_page = dashboard.clone();
    for capacity in ["a hundred", "0"] {
        let posted = browser
            .post(format!(
                "{}{}",
                app.base_url,
                app::organizer::dashboard_page::ChangeCapacity::PATH
            ))
            .header("accept", "text/html,application/xhtml+xml")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", &app.base_url)
            .header("referer", &form_page)
            .header("cookie", &cookie)
            .body(format!("slug=ikp-2025&capacity={capacity}"))
            .send()
            .await
            .expect("post");
        assert_eq!(
            posted.status(),
            302,
            "capacity {capacity}: back to the form"
        );
        let back = header(&posted, "location");
        assert!(back.starts_with(&dashboard), "capacity {capacity}: {back}");
        assert_eq!(back.matches("__err=").count(), 1, "only this error: {back}");

        let page = browser
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
