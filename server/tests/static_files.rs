//! Files and pages served side by side keep their own headers: a file
//! requested while a page is being rendered must not carry the page's
//! headers away (its Content Security Policy, or a cookie meant for the
//! person who asked for the page). What does not exist is "not found".

mod support;

use futures::{stream, StreamExt};
use std::net::SocketAddr;
use support::Engine;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_requested_during_page_renders_leave_the_pages_headers_alone() {
    let site = tempfile::tempdir().expect("site dir");
    std::fs::create_dir_all(site.path().join("pkg")).expect("pkg dir");
    std::fs::write(site.path().join("pkg/ikp.css"), "body { margin: 0 }").expect("css");
    std::fs::write(site.path().join("favicon.svg"), "<svg/>").expect("icon");

    let data_dir = tempfile::tempdir().expect("data dir");
    let config = support::test_config(
        &data_dir,
        support::fresh_database_url(Engine::Sqlite, &data_dir).await,
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    let (mut state, _mailer) = server::prepare(&config, addr).await.expect("prepare");
    state.leptos_options.site_root = site.path().to_string_lossy().as_ref().into();
    let router = server::router(state);
    let served = tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .expect("serve");
    });

    let client = reqwest::Client::new();
    let base = format!("http://{addr}");
    let paths = [
        "/events/ikp-2025",
        "/pkg/ikp.css",
        "/favicon.svg",
        "/library",
    ];
    let answers: Vec<(String, u16, String, bool)> = stream::iter(0..400)
        .map(|n| {
            let client = client.clone();
            let path = paths[n % paths.len()];
            let url = format!("{base}{path}");
            async move {
                let response = client.get(url).send().await.expect("answer");
                let policy = response
                    .headers()
                    .get("content-security-policy")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let cookie = response.headers().contains_key("set-cookie");
                (path.to_owned(), response.status().as_u16(), policy, cookie)
            }
        })
        .buffer_unordered(32)
        .collect()
        .await;
    let missing_file = client
        .get(format!("{base}/pkg/missing.wasm"))
        .send()
        .await
        .expect("missing file");
    assert_eq!(missing_file.status(), 404);
    let missing_page = client
        .get(format!("{base}/no-such-page"))
        .send()
        .await
        .expect("missing page");
    assert_eq!(missing_page.status(), 404);
    let text = missing_page.text().await.expect("not-found page");
    assert!(
        text.contains("Page not found"),
        "the not-found page: {text}"
    );
    served.abort();

    for (path, status, policy, cookie) in answers {
        assert_eq!(status, 200, "{path}");
        let page = !path.contains('.');
        assert_eq!(
            policy.contains("'nonce-"),
            page,
            "{path} has the policy {policy:?}"
        );
        assert!(!cookie, "{path} sets a cookie");
    }
}
