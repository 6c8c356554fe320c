//! Switching the language: a plain link that works without JavaScript.

use app::i18n::{Locale, LANGUAGE_COOKIE};
use axum::{
    extract::{Path, Query},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// Remembers the language for a year and goes back to the page it was chosen on.
pub async fn switch(Path(code): Path<String>, Query(query): Query<Next>) -> Response {
    let Some(locale) = Locale::from_code(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let next = query
        .next
        .filter(|next| next.starts_with('/') && !next.starts_with("//") && !next.contains('\\'))
        .unwrap_or_else(|| "/".to_owned());
    let cookie = format!(
        "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.code()
    );
    let mut response = Redirect::to(&next).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
