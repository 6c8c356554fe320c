//! No text on the platform contains the NUL character, and PostgreSQL cannot
//! store or even compare one. A request carrying it in its address or its
//! body, raw or escaped, is refused at the door with 400, before any lookup
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
    let encoding = encoding(
        request
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| v.as_bytes()),
    );
    if encoding == Encoding::Upload {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, body_limit).await else {
        return refuse(StatusCode::PAYLOAD_TOO_LARGE, "error-request-too-large");
    };
    if carries_nul(&bytes, encoding) {
        return refuse(StatusCode::BAD_REQUEST, "error-bad-request");
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// How a body writes NUL, by its media type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    /// `multipart/*`: files hold any bytes.
    Upload,
    /// `application/json` or any `+json` type: escaped as `\u0000`.
    Json,
    /// Anything else is read as a URL-encoded form (`%00`): server
    /// functions decode whatever body arrives, whatever its type says.
    Form,
}

fn encoding(content_type: Option<&[u8]>) -> Encoding {
    let essence = content_type
        .map(|value| String::from_utf8_lossy(value).to_ascii_lowercase())
        .unwrap_or_default();
    let essence = essence.split(';').next().unwrap_or_default().trim();
    if essence.starts_with("multipart/") {
        Encoding::Upload
    } else if essence == "application/json" || essence.ends_with("+json") {
        Encoding::Json
    } else {
        Encoding::Form
    }
}

fn carries_nul(bytes: &[u8], encoding: Encoding) -> bool {
    bytes.contains(&0)
        || match encoding {
            Encoding::Upload => false,
            Encoding::Json => escapes_nul(bytes),
            Encoding::Form => bytes.windows(3).any(|window| window == b"%00"),
        }
}

/// Whether JSON text holds `\u0000` as an escape: `u0000` after an odd run
/// of backslashes (after an even run, the backslashes are typed text).
fn escapes_nul(json: &[u8]) -> bool {
    json.windows(5)
        .enumerate()
        .filter(|(_, window)| *window == b"u0000")
        .any(|(at, _)| {
            let backslashes = json[..at].iter().rev().take_while(|b| **b == b'\\').count();
            backslashes % 2 == 1
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_body_but_an_upload_is_read() {
        assert_eq!(
            encoding(Some(b"multipart/form-data; boundary=x")),
            Encoding::Upload
        );
        assert_eq!(
            encoding(Some(b"Application/JSON; charset=utf-8")),
            Encoding::Json
        );
        assert_eq!(encoding(Some(b"application/problem+json")), Encoding::Json);
        assert_eq!(
            encoding(Some(b"application/x-www-form-urlencoded")),
            Encoding::Form
        );
        assert_eq!(encoding(Some(b"text/plain")), Encoding::Form);
        assert_eq!(encoding(None), Encoding::Form);
    }

    #[test]
    fn nul_is_found_however_it_is_written() {
        assert!(carries_nul(b"slug=%00", Encoding::Form));
        assert!(carries_nul(b"slug=a\0b", Encoding::Form));
        assert!(carries_nul(br#"{"name":"a\u0000"}"#, Encoding::Json));
        assert!(carries_nul(br#"{"name":"a\\\u0000"}"#, Encoding::Json));
        assert!(!carries_nul(br"%00\u0000", Encoding::Upload));
    }

    #[test]
    fn typed_text_that_looks_like_an_escape_is_kept() {
        assert!(!carries_nul(
            br#"{"needs":"write \\u0000 literally"}"#,
            Encoding::Json
        ));
        assert!(!carries_nul(b"note=100%25", Encoding::Form));
    }
}
