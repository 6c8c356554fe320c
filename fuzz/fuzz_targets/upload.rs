//! A practice posted as `multipart/form-data`, read as the server reads it.
//! Whatever the bytes, reading comes to an end without a panic, and the list
//! of themes stays bounded (scripts/fuzz.sh allows bodies long enough to
//! repeat the field past the bound; the file size cap, at 3 MB, is left to
//! the upload tests).

#![no_main]

use axum::{
    body::Body,
    extract::{FromRequest, Multipart},
    http::{header, Request},
};
use libfuzzer_sys::fuzz_target;
use server::library::upload::{read, THEMES_LIMIT};
use std::sync::LazyLock;
use tokio::runtime::Runtime;

/// The boundary the seed bodies in `fuzz/seeds/upload` use.
const BOUNDARY: &str = "ikp-fuzz-boundary";

static RUNTIME: LazyLock<Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime")
});

fuzz_target!(|body: &[u8]| {
    let request = Request::builder()
        .method("POST")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(body.to_vec()))
        .expect("a request");
    let posted = RUNTIME.block_on(async {
        let multipart = Multipart::from_request(request, &())
            .await
            .expect("a multipart request");
        read(multipart).await
    });
    assert!(posted.form.themes.len() <= THEMES_LIMIT);
});
