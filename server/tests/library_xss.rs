//! Fifty XSS payloads in every text field of a practice leave no executable
//! markup on any page that shows it (public list and page, the submitter's
//! page, the moderator's review) nor in the Atom feed. Pages are parsed as a
//! browser parses them; the browser check is in end2end/tests/library.test.mjs.

mod support;

use app::{
    i18n::Locale,
    library::{
        model::PracticeForm,
        moderation::{moderate, Moderator},
        rules::Step,
        service,
    },
    staff::{auth, roles::Role},
};
use chrono::Utc;
use scraper::{Html, Selector};
use support::{
    library::{form, latest_revision},
    Engine, TestApp,
};

const PAYLOADS: &str = include_str!("fixtures/xss-payloads.txt");

/// Every way the parsed page could run script: a script that is not the
/// page's own, event-handler attributes, script URLs, and elements that
/// load or run other documents.
fn executable_markup(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut found = Vec::new();
    let every = Selector::parse("*").expect("selector");
    for element in document.select(&every) {
        let name = element.value().name();
        if name == "script" {
            // The page's own scripts: the app's bundle, its start-up, and
            // the data handed to it (with every `<` escaped).
            let text: String = element.text().collect();
            let own = match element.value().attr("src") {
                Some(src) => src.starts_with("/pkg/"),
                None => {
                    text.contains("mod.hydrate()")
                        || (text.trim_start().starts_with("__") && !text.contains('<'))
                        || text.trim().is_empty()
                }
            };
            if !own {
                found.push(format!("script: {}", element.html()));
            }
        }
        for (attribute, value) in element.value().attrs() {
            if attribute.to_ascii_lowercase().starts_with("on") {
                found.push(format!("handler: {}", element.html()));
            }
            let cleaned: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            if matches!(
                attribute,
                "href" | "src" | "action" | "formaction" | "data" | "xlink:href" | "srcdoc"
            ) && (cleaned.starts_with("javascript:")
                || cleaned.starts_with("vbscript:")
                || cleaned.starts_with("data:text/html")
                || attribute == "srcdoc")
            {
                found.push(format!("url: {}", element.html()));
            }
        }
    }
    let inside_main = Selector::parse("main *").expect("selector");
    for element in document.select(&inside_main) {
        if matches!(
            element.value().name(),
            "iframe" | "frame" | "object" | "embed" | "base" | "meta" | "link" | "style"
        ) {
            found.push(format!("element: {}", element.html()));
        }
    }
    found
}

async fn get(app: &TestApp, path: &str, cookie: Option<&str>) -> String {
    let mut request = reqwest::Client::new().get(format!("{}{path}", app.base_url));
    if let Some(token) = cookie {
        request = request.header("cookie", format!("{}={token}", auth::SESSION_COOKIE));
    }
    let response = request.send().await.expect("request");
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.expect("body")
}

async fn payloads_stay_inert(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let (db, settings) = (&app.state.db, &app.state.settings);
    let now = Utc::now();
    auth::create_staff(
        db,
        "mo@example.org",
        "Mo",
        "a long moderator password",
        Role::Moderator,
        now,
    )
    .await
    .expect("moderator");
    let session = auth::sign_in(db, "mo@example.org", "a long moderator password", now)
        .await
        .expect("sign in");
    let moderator = Moderator {
        staff_id: 1,
        name: "Mo".into(),
    };
    let payloads: Vec<&str> = PAYLOADS.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(payloads.len(), 50);
    let mut practices = Vec::new();
    for payload in &payloads {
        let submitted = service::submit(
            db,
            settings,
            &PracticeForm {
                title: format!("XSS {payload}"),
                summary: (*payload).to_owned(),
                description: format!("{payload}\n\n*{payload}*\n\n- {payload}"),
                organisation: (*payload).to_owned(),
                contact_name: (*payload).to_owned(),
                contact_public: Some("on".into()),
                event: String::new(),
                ..form("x")
            },
            None,
            Locale::En,
            now,
        )
        .await
        .expect("the payload is text like any other");
        let seen = latest_revision(db, submitted.id).await;
        moderate(
            db,
            settings,
            &moderator,
            submitted.id,
            seen,
            Step::Publish,
            payload,
            now,
        )
        .await
        .expect("publish");
        practices.push(submitted);
    }
    app.state.library.sync(db).await.expect("sync");

    let mut pages = vec![
        "/library".to_owned(),
        "/library?page=2".to_owned(),
        "/library?page=3".to_owned(),
        "/library?q=alert".to_owned(),
        "/staff/library".to_owned(),
    ];
    for practice in &practices {
        pages.push(format!("/library/{}", practice.id));
        pages.push(format!("/library/follow/{}", practice.token));
        pages.push(format!("/staff/library/{}", practice.id));
    }
    for path in &pages {
        let html = get(&app, path, Some(&session)).await;
        let found = executable_markup(&html);
        assert!(found.is_empty(), "{path}: {found:#?}");
    }
    let detail = get(&app, &format!("/library/{}", practices[0].id), None).await;
    assert!(
        detail.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the payload is shown as text"
    );

    let feed = get(&app, "/library/feed.atom", None).await;
    let document = roxmltree::Document::parse(&feed).expect("well-formed feed");
    assert!(
        document
            .descendants()
            .filter(|node| node.is_element())
            .all(|node| node.tag_name().namespace() == Some("http://www.w3.org/2005/Atom")),
        "no markup but Atom's in the feed"
    );
}

#[tokio::test]
async fn payloads_stay_inert_on_sqlite() {
    payloads_stay_inert(Engine::Sqlite).await;
}

#[tokio::test]
async fn payloads_stay_inert_on_postgres() {
    payloads_stay_inert(Engine::Postgres).await;
}
