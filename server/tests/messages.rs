//! The browser loads the page's language from the server before it hydrates:
//! the page names the address, which changes with the text and may be kept.

mod support;

use support::{header, Engine};

#[tokio::test]
async fn a_page_links_its_languages_messages_and_they_may_be_kept() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let client = reqwest::Client::new();
    let html = client
        .get(format!("{}/events/ikp-2025", app.base_url))
        .header("accept-language", "nl-NL,nl;q=0.9")
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    let document = scraper::Html::parse_document(&html);
    let link = document
        .select(&scraper::Selector::parse("link#messages").expect("selector"))
        .next()
        .expect("the page links its messages");
    assert_eq!(link.value().attr("rel"), Some("preload"));
    let href = link.value().attr("href").expect("href");
    assert!(href.starts_with("/lang/nl/messages.ftl?v="), "{href}");

    let messages = client
        .get(format!("{}{href}", app.base_url))
        .send()
        .await
        .expect("messages");
    assert_eq!(messages.status(), 200);
    assert_eq!(
        header(&messages, "content-type"),
        "text/plain; charset=utf-8"
    );
    assert!(header(&messages, "cache-control").contains("immutable"));
    let text = messages.text().await.expect("text");
    assert!(
        text.contains("country-DE = Duitsland"),
        "the Dutch messages"
    );
    assert!(!text.contains("country-DE = Germany"), "only Dutch");

    let other_version = client
        .get(format!(
            "{}/lang/nl/messages.ftl?v=0123456789abcdef",
            app.base_url
        ))
        .send()
        .await
        .expect("messages by another version");
    assert_eq!(other_version.status(), 200);
    assert_eq!(
        header(&other_version, "cache-control"),
        "no-cache",
        "text of another version is not kept under its address"
    );

    let unknown = client
        .get(format!("{}/lang/xx/messages.ftl", app.base_url))
        .send()
        .await
        .expect("unknown language");
    assert_eq!(unknown.status(), 404);
}
