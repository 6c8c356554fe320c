//! Switching the language (a plain link that works without JavaScript) and
//! each language's messages for the browser.

use app::{
    i18n::{catalogue, Locale, LANGUAGE_COOKIE},
    platform::{cookies::private_cookie, state::AppState},
};
use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// Remembers the language for a year and goes back to the page it was
/// chosen on. Only the server reads the cookie (the browser takes the
/// language from the page), so scripts cannot see it.
pub async fn switch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<Next>,
) -> Response {
    let Some(locale) = Locale::from_code(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let next = query
        .next
        .filter(|next| next.starts_with('/') && !next.starts_with("//") && !next.contains('\\'))
        .unwrap_or_else(|| "/".to_owned());
    let cookie = private_cookie(
        LANGUAGE_COOKIE,
        locale.code().to_owned(),
        cookie::time::Duration::days(365),
        state.settings.secure_cookies(),
    );
    let mut response = Redirect::to(&next).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[derive(Deserialize)]
pub struct Version {
    v: Option<String>,
}

/// A language's messages as Fluent text, fetched by the browser before it
/// hydrates a page. The page links it with the text's version in the query:
/// asked for by that version, it may be kept for a year. Asked for by
/// another (a page from a server process with other text, while a new
/// release rolls out), it must not be kept under that address.
pub async fn messages(Path(code): Path<String>, Query(asked): Query<Version>) -> Response {
    let Some(locale) = Locale::from_code(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let caching = if asked.v.as_deref() == Some(catalogue::version(locale)) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, caching),
        ],
        catalogue::source(locale),
    )
        .into_response()
}
