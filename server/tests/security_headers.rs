//! The edges of every response: a page allows only its own scripts (the
//! hydration script carries the nonce its policy names) and loads nothing
//! from another host; everything else may load nothing; nobody frames the
//! platform.

mod support;

use support::{header, Engine};

#[tokio::test]
async fn pages_and_other_answers_carry_their_policies() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let page = reqwest::get(format!("{}/events/ikp-2025", app.base_url))
        .await
        .expect("page");
    let policy = header(&page, "content-security-policy");
    assert_eq!(header(&page, "x-frame-options"), "DENY");
    assert_eq!(header(&page, "x-content-type-options"), "nosniff");
    assert_eq!(header(&page, "referrer-policy"), "same-origin");
    assert!(
        header(&page, "strict-transport-security").is_empty(),
        "no HSTS over plain HTTP"
    );
    let html = page.text().await.expect("html");
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    assert!(policy.contains("default-src 'self'"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    let document = scraper::Html::parse_document(&html);
    let scripts: Vec<_> = document
        .select(&scraper::Selector::parse("script").expect("selector"))
        .collect();
    assert!(!scripts.is_empty(), "the hydration script");
    for script in scripts {
        let external = script.value().attr("src").is_some();
        let nonced = script.value().attr("nonce") == Some(nonce);
        assert!(
            external || nonced,
            "an inline script without the nonce: {}",
            script.html()
        );
    }
    // Another request, another nonce.
    let again = reqwest::get(format!("{}/events/ikp-2025", app.base_url))
        .await
        .expect("page");
    assert_ne!(header(&again, "content-security-policy"), policy);

    let api = reqwest::get(format!("{}/api/v1/events", app.base_url))
        .await
        .expect("api");
    assert_eq!(
        header(&api, "content-security-policy"),
        "default-src 'none'; frame-ancestors 'none'"
    );
    assert_eq!(header(&api, "x-frame-options"), "DENY");
}

#[tokio::test]
async fn served_over_tls_the_platform_asks_for_tls_always() {
    let app = support::start(Engine::Sqlite, |config| {
        config.public_url = Some("https://events.example.org".into());
    })
    .await;
    let page = reqwest::get(format!("{}/health", app.base_url))
        .await
        .expect("health");
    assert_eq!(
        page.headers()
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok()),
        Some("max-age=31536000; includeSubDomains")
    );
}

#[tokio::test]
async fn the_language_choice_is_a_cookie_scripts_cannot_read() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let switched = client
        .get(format!("{}/lang/nl?next=/events/ikp-2025", app.base_url))
        .send()
        .await
        .expect("switch");
    assert_eq!(switched.status(), 303);
    let cookie = header(&switched, "set-cookie");
    assert!(cookie.starts_with("lang=nl;"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    let page = client
        .get(format!("{}/events/ikp-2025", app.base_url))
        .header("cookie", "lang=nl")
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    assert!(page.contains("<html lang=\"nl\""), "the page is in Dutch");
}
