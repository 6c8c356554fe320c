//! The library over HTTP, on SQLite and PostgreSQL: uploads refused while
//! they stream in (form and API alike, typed values kept), safe downloads,
//! search ranking and filters, the Atom feed, the CSV export and the
//! OpenAPI document.

mod support;

use app::{
    i18n::Locale,
    library::{
        files::MAX_FILE_BYTES,
        model::PracticeForm,
        moderation::{moderate, Moderator},
        rules::Step,
        service,
    },
};
use chrono::Utc;
use reqwest::multipart::{Form, Part};
use serde_json::Value;
use support::{
    library::{form, latest_revision, pdf, stored_files, upload},
    Engine, TestApp,
};

fn multipart(form: &PracticeForm, file: Option<(&str, Vec<u8>)>) -> Form {
    let mut body = Form::new()
        .text("title", form.title.clone())
        .text("summary", form.summary.clone())
        .text("description", form.description.clone())
        .text("organisation", form.organisation.clone())
        .text("country", form.country.clone())
        .text("event", form.event.clone())
        .text("contact_name", form.contact_name.clone())
        .text("contact_email", form.contact_email.clone());
    for theme in &form.themes {
        body = body.text("themes[]", theme.clone());
    }
    if let Some((name, content)) = file {
        body = body.part(
            "file",
            Part::bytes(content)
                .file_name(name.to_owned())
                .mime_str("application/pdf")
                .expect("type"),
        );
    }
    body
}

async fn post(app: &TestApp, path: &str, body: Form) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}{path}", app.base_url))
        .header("accept-language", "en")
        .multipart(body)
        .send()
        .await
        .expect("request")
}

/// Publishes a practice the way a moderator does, and updates the search.
async fn publish(app: &TestApp, id: uuid::Uuid) {
    let moderator = Moderator {
        staff_id: 1,
        name: "Mo Moderator".into(),
    };
    let seen = latest_revision(&app.state.db, id).await;
    moderate(
        &app.state.db,
        &app.state.settings,
        &moderator,
        id,
        seen,
        Step::Publish,
        "",
        Utc::now(),
    )
    .await
    .expect("publish");
    app.state.library.sync(&app.state.db).await.expect("sync");
}

async fn submitted(app: &TestApp, form: PracticeForm, file: Option<Vec<u8>>) -> uuid::Uuid {
    service::submit(
        &app.state.db,
        &app.state.settings,
        &form,
        file.and_then(|content| upload("practice.pdf", content)),
        Locale::En,
        Utc::now(),
    )
    .await
    .expect("submit")
    .id
}

async fn uploads_are_refused_while_they_stream(engine: Engine) {
    let app = support::start(engine, |_| {}).await;

    let accepted = post(
        &app,
        "/api/v1/library/submissions",
        multipart(
            &form("Exactly three megabytes"),
            Some(("a.pdf", pdf(MAX_FILE_BYTES))),
        ),
    )
    .await;
    assert_eq!(accepted.status(), 201);
    let receipt: Value = accepted.json().await.expect("json");
    assert_eq!(receipt["review"], "submitted");
    assert_eq!(stored_files(&app), 1);

    let refused = post(
        &app,
        "/api/v1/library/submissions",
        multipart(
            &form("One byte more"),
            Some(("b.pdf", pdf(MAX_FILE_BYTES + 1))),
        ),
    )
    .await;
    assert_eq!(refused.status(), 422);
    let body: Value = refused.json().await.expect("json");
    assert!(
        body["fields"]["file"]
            .as_str()
            .is_some_and(|m| m.contains("3 MB")),
        "{body}"
    );

    let html = b"<html><script>alert(1)</script></html>".to_vec();
    let refused = post(
        &app,
        "/api/v1/library/submissions",
        multipart(&form("Disguised page"), Some(("report.pdf", html))),
    )
    .await;
    let body: Value = refused.json().await.expect("json");
    assert!(body["fields"]["file"]
        .as_str()
        .is_some_and(|m| m.contains("PDF, DOCX, PPTX, ODT, ODP, PNG or JPEG")));

    // The form page: a 10 MB file is read to its end and dropped, and the
    // page comes back with what was typed.
    let page = post(
        &app,
        "/library/submit",
        multipart(
            &PracticeForm {
                title: "Kept <title>".into(),
                ..form("x")
            },
            Some(("huge.pdf", pdf(10 * 1024 * 1024))),
        ),
    )
    .await;
    assert_eq!(page.status(), 422);
    let html = page.text().await.expect("page");
    assert!(html.contains("value=\"Kept &lt;title&gt;\""), "title kept");
    assert!(html.contains("The file is larger than 3 MB"));
    assert_eq!(stored_files(&app), 1, "nothing stored on refusal");

    let follow = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(format!("{}/library/submit", app.base_url))
        .multipart(multipart(&form("By the form"), None))
        .send()
        .await
        .expect("request");
    assert_eq!(follow.status(), 303);
    let location = follow.headers()["location"].to_str().expect("location");
    assert!(location.starts_with("/library/follow/"), "{location}");
}

#[tokio::test]
async fn uploads_are_refused_while_they_stream_on_sqlite() {
    uploads_are_refused_while_they_stream(Engine::Sqlite).await;
}

#[tokio::test]
async fn uploads_are_refused_while_they_stream_on_postgres() {
    uploads_are_refused_while_they_stream(Engine::Postgres).await;
}

async fn files_download_safely_once_published(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let id = submitted(&app, form("Resident app"), Some(pdf(4096))).await;
    let api = |path: String| {
        let url = format!("{}{path}", app.base_url);
        async move { reqwest::get(url).await.expect("request") }
    };
    assert_eq!(api(format!("/library/{id}")).await.status(), 404);
    assert_eq!(api(format!("/api/v1/library/{id}")).await.status(), 404);

    publish(&app, id).await;
    let detail: Value = api(format!("/api/v1/library/{id}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(detail["licence"], "cc-by-4.0");
    let file_url = detail["file"]["url"].as_str().expect("file").to_owned();
    let page = api(format!("/library/{id}"))
        .await
        .text()
        .await
        .expect("page");
    assert!(page.contains(&file_url), "the page links the file");
    assert!(page.contains("CC BY 4.0"));

    let download = api(file_url.clone()).await;
    assert_eq!(download.status(), 200);
    let headers = download.headers();
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers["content-disposition"]
        .to_str()
        .expect("disposition")
        .starts_with("attachment; filename=\"practice.pdf\""));
    assert_eq!(download.bytes().await.expect("body").len(), 4096);

    assert_eq!(api(format!("/staff{file_url}")).await.status(), 401);
}

#[tokio::test]
async fn files_download_safely_once_published_on_sqlite() {
    files_download_safely_once_published(Engine::Sqlite).await;
}

#[tokio::test]
async fn files_download_safely_once_published_on_postgres() {
    files_download_safely_once_published(Engine::Postgres).await;
}

/// Titles of a library search through the API.
async fn search(app: &TestApp, query: &str) -> (u64, Vec<String>) {
    let page: Value = reqwest::get(format!("{}/api/v1/library?{query}", app.base_url))
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    let titles = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| item["title"].as_str().unwrap_or_default().to_owned())
        .collect();
    (page["total"].as_u64().expect("total"), titles)
}

async fn search_ranks_and_filters(engine: Engine) -> Vec<(u64, Vec<String>)> {
    let app = support::start(engine, |_| {}).await;
    let practices = [
        (
            "Buddy programme for minors",
            "Volunteers mentor unaccompanied minors.",
            "BE",
            "unaccompanied_minors",
        ),
        (
            "Minors' app for volunteers",
            "An app in ten languages.",
            "SE",
            "digital_self_reliance",
        ),
        (
            "Réseau de logement",
            "Placement in municipalities with volunteers.",
            "BE",
            "housing_placement",
        ),
        (
            "Health check at arrival",
            "Nurses see every resident in week one.",
            "DE",
            "health_wellbeing",
        ),
    ];
    for (title, summary, country, theme) in practices {
        let id = submitted(
            &app,
            PracticeForm {
                title: title.into(),
                summary: summary.into(),
                country: country.into(),
                themes: vec![theme.into()],
                event: String::new(),
                ..form(title)
            },
            None,
        )
        .await;
        publish(&app, id).await;
    }
    vec![
        // The title weighs most: "volunteers" is in two titles' texts.
        search(&app, "q=volunteers").await,
        search(&app, "q=minors").await,
        // Accents do not matter.
        search(&app, "q=reseau").await,
        search(&app, "q=volunteers&country=BE").await,
        search(&app, "theme=health_wellbeing").await,
        search(&app, "q=volunteers&sort=newest").await,
        // Demo entries are part of the event filter; these are not.
        search(&app, "event=ikp-2025&q=volunteers").await,
    ]
}

#[tokio::test]
async fn search_ranks_and_filters_alike_on_both_databases() {
    let sqlite = search_ranks_and_filters(Engine::Sqlite).await;
    let postgres = search_ranks_and_filters(Engine::Postgres).await;
    let titles = |list: &[&str]| list.iter().map(|t| (*t).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        sqlite[0],
        (
            3,
            titles(&[
                "Minors' app for volunteers",
                "Buddy programme for minors",
                "Réseau de logement"
            ])
        )
    );
    assert_eq!(sqlite[1].0, 2);
    assert_eq!(sqlite[2], (1, titles(&["Réseau de logement"])));
    assert_eq!(
        sqlite[3],
        (
            2,
            titles(&["Buddy programme for minors", "Réseau de logement"])
        )
    );
    assert_eq!(
        sqlite[4],
        (
            2,
            titles(&[
                "Health check at arrival",
                "Monitoring well-being in six domains"
            ])
        ),
        "newest first without search words, demo entries included"
    );
    assert_eq!(
        sqlite[5].1,
        titles(&[
            "Réseau de logement",
            "Minors' app for volunteers",
            "Buddy programme for minors"
        ])
    );
    assert_eq!(sqlite[6].0, 0);
    assert_eq!(sqlite, postgres, "the same answers on both databases");
}

/// RFC 4287: what a feed and each entry must hold.
fn check_atom(xml: &str) -> usize {
    const ATOM: &str = "http://www.w3.org/2005/Atom";
    let document = roxmltree::Document::parse(xml).expect("well-formed XML");
    let feed = document.root_element();
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    assert_eq!(feed.tag_name().name(), "feed");
    let child = |node: roxmltree::Node<'_, '_>, name: &str| -> Vec<String> {
        node.children()
            .filter(|c| {
                c.is_element()
                    && c.tag_name().name() == name
                    && c.tag_name().namespace() == Some(ATOM)
            })
            .map(|c| c.text().unwrap_or_default().to_owned())
            .collect()
    };
    let one = |node: roxmltree::Node<'_, '_>, name: &str| {
        let found = child(node, name);
        assert_eq!(found.len(), 1, "exactly one atom:{name}");
        found[0].clone()
    };
    one(feed, "id");
    one(feed, "title");
    chrono::DateTime::parse_from_rfc3339(&one(feed, "updated")).expect("RFC 3339 date");
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.is_element() && c.tag_name().name() == "entry")
        .collect();
    for entry in &entries {
        assert!(one(*entry, "id").starts_with("urn:uuid:"));
        assert!(!one(*entry, "title").is_empty());
        chrono::DateTime::parse_from_rfc3339(&one(*entry, "updated")).expect("RFC 3339 date");
        assert!(
            !child(*entry, "author").is_empty(),
            "an author (the feed has none)"
        );
        assert!(entry
            .children()
            .any(|l| l.tag_name().name() == "link" && l.attribute("rel") == Some("alternate")));
        one(*entry, "rights");
    }
    entries.len()
}

async fn open_data_describes_every_published_practice(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let id = submitted(&app, form("Resident app & <friends>"), None).await;
    publish(&app, id).await;
    submitted(&app, form("Still in review"), None).await;

    let feed = reqwest::get(format!("{}/library/feed.atom", app.base_url))
        .await
        .expect("feed");
    assert_eq!(
        feed.headers()["content-type"],
        "application/atom+xml; charset=utf-8"
    );
    let xml = feed.text().await.expect("xml");
    assert_eq!(
        check_atom(&xml),
        7,
        "six demo practices and the published one"
    );
    assert!(xml.contains("Resident app &amp; &lt;friends&gt;"));
    assert!(!xml.contains("Still in review"));

    let csv = reqwest::get(format!("{}/library/export.csv", app.base_url))
        .await
        .expect("csv")
        .text()
        .await
        .expect("text");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(&header[1], "title");
    assert_eq!(&header[7], "licence");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 7);
    let ours = rows
        .iter()
        .find(|r| &r[0] == id.to_string().as_str())
        .expect("listed");
    assert_eq!(&ours[1], "Resident app & <friends>");
    assert_eq!(&ours[7], "CC BY 4.0");
    assert_eq!(&ours[12], "false");
    assert!(
        rows.iter().filter(|r| &r[12] == "true").count() == 6,
        "demo entries marked"
    );
}

#[tokio::test]
async fn open_data_describes_every_published_practice_on_sqlite() {
    open_data_describes_every_published_practice(Engine::Sqlite).await;
}

#[tokio::test]
async fn open_data_describes_every_published_practice_on_postgres() {
    open_data_describes_every_published_practice(Engine::Postgres).await;
}

#[tokio::test]
async fn the_openapi_document_validates() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let document = reqwest::get(format!("{}/api/v1/openapi.json", app.base_url))
        .await
        .expect("openapi")
        .text()
        .await
        .expect("text");
    let doc: Value = serde_json::from_str(&document).expect("json");
    for path in ["/library", "/library/{id}", "/library/submissions"] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
    let file = app.data_dir.path().join("openapi.json");
    std::fs::write(&file, document).expect("write");
    let validated = std::process::Command::new("python3")
        .args(["-m", "openapi_spec_validator"])
        .arg(&file)
        .output()
        .expect("python3 with openapi-spec-validator (scripts/lib/tools.sh installs it)");
    assert!(
        validated.status.success(),
        "{}{}",
        String::from_utf8_lossy(&validated.stdout),
        String::from_utf8_lossy(&validated.stderr)
    );
}
