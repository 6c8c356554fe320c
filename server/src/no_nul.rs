//! No text on the platform contains the NUL character, and PostgreSQL cannot
//! store or even compare one. A request carrying it in its address or in a
//! form or JSON body is refused at the door with 400, before any lookup
//! sees it. Uploads (multipart) are left alone: files hold any bytes, and
//! their text fields are checked for control characters like every form.

use crate::client_errors::refusal;
use app::i18n::locale_from_headers;
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, StatusCode},
    middleware::Next,
    response::Response,
};

pub async fn refuse_nul(body_limit: usize, request: Request, next: Next) -> Response {
    let locale = locale_from_headers(request.headers());
    let api = request.uri().path().starts_with("/api/v1/");
    let refuse = |status, key| refusal(status, key, locale, api);
    let address = request.uri().path_and_query().map_or("", |p| p.as_str());
    if address.contains("%00") {
        return refuse(StatusCode::BAD_REQUEST, "error-bad-request");
    }
    let Some(escape) = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| nul_escape(value.as_bytes()))
    else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, body_limit).await else {
        return refuse(StatusCode::PAYLOAD_TOO_LARGE, "error-request-too-large");
    };
    if bytes.contains(&0) || contains(&bytes, escape) {
        return refuse(StatusCode::BAD_REQUEST, "error-bad-request");
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// How a body of this type writes NUL, for the bodies that are text.
fn nul_escape(content_type: &[u8]) -> Option<&'static [u8]> {
    if content_type.starts_with(b"application/x-www-form-urlencoded") {
        Some(b"%00")
    } else if content_type.starts_with(b"application/json") {
        Some(b"\\u0000")
    } else {
        None
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_and_json_are_read_uploads_are_not() {
        assert_eq!(
            nul_escape(b"application/x-www-form-urlencoded; charset=utf-8"),
            Some(&b"%00"[..])
        );
        assert_eq!(nul_escape(b"application/json"), Some(&b"\\u0000"[..]));
        assert_eq!(nul_escape(b"multipart/form-data; boundary=x"), None);
    }
}
