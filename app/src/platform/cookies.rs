//! Cookies only the server reads (the staff session, the language choice)
//! share one policy: valid on the whole site, out of scripts' reach, not
//! sent along with requests other sites start, and sent only over TLS when
//! the platform is served over TLS.

use cookie::{time::Duration, Cookie, SameSite};
use http::{header, HeaderMap};

/// The value of the cookie `name` the request came with, if any.
pub fn request_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
}

pub fn private_cookie(
    name: impl Into<std::borrow::Cow<'static, str>>,
    value: String,
    max_age: Duration,
    secure: bool,
) -> Cookie<'static> {
    Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(max_age)
        .build()
}
