//! Switching the language: a plain link that works without JavaScript.

use app::{
    i18n::{Locale, LANGUAGE_COOKIE},
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
