//! Files and pages served side by side keep their own headers: a file
//! requested while a page is being rendered must not carry the page's
//! headers away (its Content Security Policy, or a cookie meant for the
//! person who asked for the page). What does not exist is "not found".

mod support;

use futures::{stream, StreamExt};
use support::{header, Engine};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_requested_during_page_renders_leave_the_pages_headers_alone() {
    let site = tempfile::tempdir().expect("site dir");
    std::fs::create_dir_all(site.path().join("pkg")).expect("pkg dir");
    std::fs::write(site.path().join("pkg/ikp.css"), "body { margin: 0 }").expect("css");
    std::fs::write(site.path().join("favicon.svg"), "<svg/>").expect("icon");
    let site_root = site.path().to_string_lossy().to_string();
    let app = support::start_adjusted(
        Engine::Sqlite,
        |_| {},
        |state| state.leptos_options.site_root = site_root.as_str().into(),
    )
    .await;

    let client = reqwest::Client::new();
    let paths = [
        "/events/ikp-2025",
        "/pkg/ikp.css",
        "/favicon.svg",
        "/library",
    ];
    let answers: Vec<(&str, u16, String, String)> = stream::iter(0..400)
        .map(|n| {
            let client = client.clone();
            let path = paths[n % paths.len()];
            let url = format!("{}{path}", app.base_url);
            async move {
                let response = client.get(url).send().await.expect("answer");
                let policy = header(&response, "content-security-policy");
                let cookie = header(&response, "set-cookie");
                (path, response.status().as_u16(), policy, cookie)
            }
        })
        .buffer_unordered(32)
        .collect()
        .await;
    for (path, status, policy, cookie) in answers {
        assert_eq!(status, 200, "{path}");
        let page = !path.contains('.');
        assert_eq!(
            policy.contains("'nonce-"),
            page,
            "{path} has the policy {policy:?}"
        );
        assert!(cookie.is_empty(), "{path} sets a cookie: {cookie}");
    }

    for (path, what) in [
        ("/pkg/missing.wasm", "file"),
        ("/pkg", "folder"),
        ("/pkg/", "folder"),
        ("/no-such-page", "page"),
    ] {
        let missing = client
            .get(format!("{}{path}", app.base_url))
            .send()
            .await
            .expect("missing");
        assert_eq!(missing.status(), 404, "a missing {what}");
        let text = missing.text().await.expect("not-found page");
        assert!(
            text.contains("Page not found"),
            "the not-found page: {text}"
        );
    }
}
