//! The round trip of a form posted without JavaScript: the server function
//! answers with a redirect back to the form, and what was typed and what was
//! wrong travel along in a short-lived HttpOnly cookie, read once. The
//! value is compressed, so a long announcement or event summary fits.

use crate::registration::model::FormOutcome;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use cookie::{time::Duration, Cookie};
use flate2::{read::DeflateDecoder, write::DeflateEncoder, Compression};
use http::{header, request::Parts, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;
use serde::{de::DeserializeOwned, Serialize};
use std::io::{Read, Write};

/// Browsers keep cookies up to 4 KB; a larger form is not remembered.
const MAX_COOKIE_VALUE: usize = 3800;
/// A forged cookie cannot make the server inflate more than this.
const MAX_INFLATED: u64 = 256 * 1024;

fn cookie_name(form: &str) -> String {
    format!("flash-{form}")
}

/// Whether the current request is a plain HTML form post (no JavaScript),
/// which expects a page, not data.
pub fn is_plain_form_post() -> bool {
    use_context::<Parts>().is_some_and(|parts| {
        parts.method == http::Method::POST
            && parts
                .headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
    })
}

/// For a plain form post: keeps `value` for the next view of `form` and
/// sends the browser back to `page`, which shows it.
pub fn send_back<T: Serialize>(form: &str, page: &str, value: &T) {
    if is_plain_form_post() {
        remember(form, value);
        leptos_axum::redirect(page);
    }
}

/// For a refused form: as [`send_back`]. When what was typed is too long to
/// keep, the problems still come back, with the form's fields empty.
pub fn send_back_refused<T: Serialize + Default>(form: &str, page: &str, refused: &FormOutcome<T>) {
    if is_plain_form_post() {
        if !remember(form, refused) {
            let problems_only = FormOutcome {
                values: T::default(),
                errors: refused.errors.clone(),
                problem: refused.problem.clone(),
            };
            remember(form, &problems_only);
        }
        leptos_axum::redirect(page);
    }
}

/// Keeps `value` for the next page view of `form`; false when it is too
/// large for a cookie.
pub fn remember<T: Serialize>(form: &str, value: &T) -> bool {
    let Some(encoded) = encode(value) else {
        return false;
    };
    if encoded.len() > MAX_COOKIE_VALUE {
        return false;
    }
    let secure = crate::platform::state::AppState::from_context()
        .is_ok_and(|state| state.settings.secure_cookies());
    set_cookie(super::cookies::private_cookie(
        cookie_name(form),
        encoded,
        Duration::minutes(10),
        secure,
    ));
    true
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
    decode(&value)
}

fn encode<T: Serialize>(value: &T) -> Option<String> {
    let mut deflate = DeflateEncoder::new(Vec::new(), Compression::best());
    serde_json::to_writer(&mut deflate, value).ok()?;
    deflate.flush().ok()?;
    Some(URL_SAFE_NO_PAD.encode(deflate.finish().ok()?))
}

fn decode<T: DeserializeOwned>(value: &str) -> Option<T> {
    let compressed = URL_SAFE_NO_PAD.decode(value).ok()?;
    let mut json = Vec::new();
    DeflateDecoder::new(compressed.as_slice())
        .take(MAX_INFLATED)
        .read_to_end(&mut json)
        .ok()?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_announcement_fits_in_one_cookie() {
        let body: String = (1..=200)
            .map(|n| {
                format!(
                    "Session {n} moves to room {}, floor {}. ",
                    n * 7 % 31,
                    n % 4
                )
            })
            .collect();
        let encoded = encode(&(body.clone(), 42)).expect("encodes");
        assert!(body.len() > 2 * MAX_COOKIE_VALUE);
        assert!(encoded.len() <= MAX_COOKIE_VALUE, "{} bytes", encoded.len());
        assert_eq!(decode::<(String, i32)>(&encoded), Some((body, 42)));
    }

    #[test]
    fn a_forged_cookie_is_ignored() {
        assert_eq!(decode::<String>("not compressed at all"), None);
        let unexpected = encode(&vec![1, 2, 3]).expect("encodes");
        assert_eq!(decode::<String>(&unexpected), None);
    }
}
