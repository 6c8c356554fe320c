//! Refusals in the person's language. The platform's own answers name their
//! language (`Content-Language`); what the framework refuses on its own (a
//! body it cannot read, a path segment that is not UTF-8, a wrong method)
//! comes in English or empty, and server functions answer a request they
//! cannot decode with 500 and the decoder's words. Both are the sender's
//! mistake: they become a 4xx with a plain message in the request's
//! language, in the shape the caller reads (the API's JSON error, the
//! server-function error encoding its clients decode, or text).

use crate::api::error::ErrorBody;
use app::i18n::{locale_from_headers, Locale};
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Json,
};

/// Refusals are a line of text; more is not one of them.
const REFUSAL_LIMIT: usize = 16 * 1024;
const SERVER_FN_ERROR_HEADER: &str = "serverfnerror";

pub async fn in_words(request: Request, next: Next) -> Response {
    let locale = locale_from_headers(request.headers());
    let api = request.uri().path().starts_with("/api/v1/");
    let response = next.run(request).await;
    let status = response.status();
    let headers = response.headers();
    if headers.contains_key(SERVER_FN_ERROR_HEADER) {
        if status == StatusCode::INTERNAL_SERVER_ERROR {
            return decoding_failure(response, locale).await;
        }
        return response;
    }
    let unworded = status.is_client_error()
        && !headers.contains_key(header::CONTENT_LANGUAGE)
        && headers
            .get(header::CONTENT_TYPE)
            .is_none_or(|value| value.as_bytes().starts_with(b"text/plain"));
    if !unworded {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let detail = to_bytes(body, REFUSAL_LIMIT).await.unwrap_or_default();
    tracing::info!(%status, detail = %String::from_utf8_lossy(&detail), "request refused");
    let (worded, body) = refusal(status, status_message(status), locale, api).into_parts();
    // Keep what the refusal said besides its words (Allow, Retry-After,
    // WWW-Authenticate, cookies, caching); the body and its description change.
    for name in [
        header::CONTENT_TYPE,
        header::CONTENT_LENGTH,
        header::CONTENT_ENCODING,
        header::CONTENT_LANGUAGE,
    ] {
        parts.headers.remove(name);
    }
    parts.headers.extend(worded.headers);
    Response::from_parts(parts, body)
}

/// A server function's error: decoding failures become 4xx; the function's
/// own errors (already in words, with their status) pass unchanged.
async fn decoding_failure(response: Response, locale: Locale) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, REFUSAL_LIMIT).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let Some((status, key)) = server_fn_mistake(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    tracing::info!(error = %String::from_utf8_lossy(&bytes), "server function refused a request");
    parts.status = status;
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.extend(language(locale));
    Response::from_parts(parts, Body::from(format!("ServerError|{}", locale.t(key))))
}

/// The status and message for an error the request caused, from the
/// variant name that starts the encoded error.
fn server_fn_mistake(encoded: &[u8]) -> Option<(StatusCode, &'static str)> {
    let variant = encoded.split(|byte| *byte == b'|').next()?;
    let too_large = String::from_utf8_lossy(encoded).contains("length limit");
    match variant {
        b"Args" | b"MissingArg" | b"Deserialization" | b"Request" if too_large => {
            Some((StatusCode::PAYLOAD_TOO_LARGE, "error-request-too-large"))
        }
        b"Args" | b"MissingArg" | b"Deserialization" | b"Request" => {
            Some((StatusCode::BAD_REQUEST, "error-bad-request"))
        }
        b"UnsupportedRequestMethod" => Some((StatusCode::METHOD_NOT_ALLOWED, "error-bad-request")),
        _ => None,
    }
}

/// The message key for a refusal the framework made with only a status.
fn status_message(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::UNAUTHORIZED => "error-unauthorized",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::PAYLOAD_TOO_LARGE => "error-request-too-large",
        StatusCode::TOO_MANY_REQUESTS => "error-rate-limited",
        _ => "error-bad-request",
    }
}

/// A refusal in words: the API's JSON error shape under `/api/v1/`, plain
/// text elsewhere.
pub fn refusal(status: StatusCode, key: &str, locale: Locale, api: bool) -> Response {
    let message = locale.t(key);
    if api {
        let body = ErrorBody {
            error: message,
            fields: Default::default(),
        };
        (status, language(locale), Json(body)).into_response()
    } else {
        (status, language(locale), message).into_response()
    }
}

/// The header that says which language an answer is written in.
pub fn language(locale: Locale) -> [(header::HeaderName, HeaderValue); 1] {
    [(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(locale.code()),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_failures_are_the_senders_mistake() {
        assert_eq!(
            server_fn_mistake(b"Args|missing field `form`"),
            Some((StatusCode::BAD_REQUEST, "error-bad-request"))
        );
        assert_eq!(
            server_fn_mistake(b"Deserialization|invalid utf-8 sequence"),
            Some((StatusCode::BAD_REQUEST, "error-bad-request"))
        );
        assert_eq!(
            server_fn_mistake(b"Request|length limit exceeded"),
            Some((StatusCode::PAYLOAD_TOO_LARGE, "error-request-too-large"))
        );
        assert_eq!(
            server_fn_mistake(b"Deserialization|length limit exceeded"),
            Some((StatusCode::PAYLOAD_TOO_LARGE, "error-request-too-large"))
        );
    }

    #[test]
    fn the_servers_own_failures_stay_what_they_are() {
        assert_eq!(server_fn_mistake(b"ServerError|Something went wrong"), None);
        assert_eq!(server_fn_mistake(b"Serialization|cannot encode"), None);
    }
}
