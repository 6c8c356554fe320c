//! The round trip of a form posted without JavaScript: the server function
//! answers with a redirect back to the form, and what was typed and what was
//! wrong travel along in a short-lived HttpOnly cookie, read once.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use cookie::{time::Duration, Cookie, SameSite};
use http::{header, request::Parts, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;
use serde::{de::DeserializeOwned, Serialize};

/// Browsers keep cookies up to 4 KB; a larger form is not remembered.
const MAX_COOKIE_VALUE: usize = 3800;

fn cookie_name(form: &str) -> String {
    format!("flash-{form}")
}

/// Whether the current request is a plain HTML form post (no JavaScript),
/// which expects a page, not data.
pub fn is_plain_form_post() -> bool {
    use_context::<Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.contains("text/html"))
        })
        .unwrap_or(false)
}

/// Keeps `value` for the next page view of `form`.
pub fn remember<T: Serialize>(form: &str, value: &T) {
    let Ok(json) = serde_json::to_vec(value) else {
        return;
    };
    let encoded = URL_SAFE_NO_PAD.encode(json);
    if encoded.len() > MAX_COOKIE_VALUE {
        return;
    }
    set_cookie(
        Cookie::build((cookie_name(form), encoded))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .max_age(Duration::minutes(10))
            .build(),
    );
}

/// What was remembered for `form`, if anything; the cookie is cleared.
pub fn take<T: DeserializeOwned>(form: &str) -> Option<T> {
    let name = cookie_name(form);
    let parts = use_context::<Parts>()?;
    let value = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)?
        .value()
        .to_owned();
    set_cookie(
        Cookie::build((name, ""))
            .path("/")
            .max_age(Duration::ZERO)
            .build(),
    );
    let json = URL_SAFE_NO_PAD.decode(value).ok()?;
    serde_json::from_slice(&json).ok()
}

fn set_cookie(cookie: Cookie<'static>) {
    if let (Some(response), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(&cookie.encoded().to_string()),
    ) {
        response.append_header(header::SET_COOKIE, value);
    }
}
