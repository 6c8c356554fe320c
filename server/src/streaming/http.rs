//! WHIP (RFC 9725) and WHEP: `POST` an SDP offer, get `201 Created` with the
//! answer and a `Location` to `DELETE` when done. Beside them, a stream's
//! live captions (`captions.rs`). Publishing needs the
//! stream's bearer token (OBS), or an organizer's staff session (the
//! browser publisher); watching needs a registration's token (or none, on
//! a public stream). A missing token is 401, a wrong one 403: no media.

use crate::api::error::ApiError;
use app::{
    i18n::{locale_from_headers, Locale},
    platform::{error::ServiceError, state::AppState},
    staff::{auth, roles::Capability},
    streaming::{access, access::Viewer, Answer},
};
use axum::{
    body::Bytes,
    extract::{ConnectInfo, Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::{delete, get, post},
    Router,
};
use std::net::{IpAddr, SocketAddr};

/// The routes of publishing and watching.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/whip/{session_id}", post(publish))
        .route("/whip/{session_id}/{resource}", delete(unpublish))
        .route("/whep/{session_id}", post(watch))
        .route("/whep/{session_id}/{resource}", delete(leave))
        .route("/captions/{session_id}", get(super::captions::follow))
}

pub(super) fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .filter(|token| !token.is_empty())
}

/// Whether the request may publish the session's stream: with its bearer
/// token, or from the browser of a signed-in organizer.
async fn may_publish(
    state: &AppState,
    session_id: i32,
    headers: &HeaderMap,
) -> Result<(), ServiceError> {
    if let Some(token) = bearer(headers) {
        return access::authorize_publisher(&state.db, session_id, Some(token))
            .await
            .map(|_| ());
    }
    let session = auth::session_token(headers).ok_or(ServiceError::Unauthorized)?;
    auth::require(
        &state.db,
        Some(&session),
        Capability::ManageEvents,
        chrono::Utc::now(),
    )
    .await?;
    access::streamed_session(&state.db, session_id)
        .await
        .map(|_| ())
}

/// How long a refused viewer should wait before asking again, in seconds.
const RETRY_AFTER_SECONDS: &str = "30";

/// An error answer; a missing token says which scheme to use, a full
/// server or too many attempts when to try again.
pub(super) fn refused(error: ServiceError, locale: Locale) -> Response {
    let unauthorized = matches!(error, ServiceError::Unauthorized);
    let try_later = matches!(
        error,
        ServiceError::Unavailable(_) | ServiceError::RateLimited | ServiceError::Quota(_)
    );
    let mut response = ApiError::from_service(error, locale).into_response();
    if unauthorized {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    if try_later {
        response.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from_static(RETRY_AFTER_SECONDS),
        );
    }
    response
}

/// The offer in the body, which must be `application/sdp` text; else the
/// status to refuse it with.
fn offer(headers: &HeaderMap, body: &Bytes) -> Result<String, StatusCode> {
    let is_sdp = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.trim().eq_ignore_ascii_case("application/sdp"));
    if !is_sdp {
        return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
    match std::str::from_utf8(body) {
        Ok(text) if text.starts_with("v=0") => Ok(text.to_owned()),
        _ => Err(StatusCode::UNPROCESSABLE_ENTITY),
    }
}

fn bad_offer(status: StatusCode, locale: Locale) -> Response {
    ApiError {
        status,
        ..ApiError::from_service(ServiceError::Invalid(sdp_invalid()), locale)
    }
    .into_response()
}

fn sdp_invalid() -> app::forms::FieldErrors {
    app::forms::FieldErrors::single("sdp", "error-sdp-invalid")
}

/// `201 Created` with the answer and where to end the connection.
fn created(location: String, answer: Answer) -> Response {
    (
        StatusCode::CREATED,
        [
            (header::CONTENT_TYPE, "application/sdp".to_owned()),
            (header::LOCATION, location),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        answer.sdp,
    )
        .into_response()
}

/// Who sends an offer.
#[derive(Clone, Copy)]
enum Side {
    /// WHIP: the one who sends the stream.
    Publisher,
    /// WHEP: one who watches it, from this address.
    Viewer(IpAddr),
}

/// Whether a request to watch counts against its address's limit: a
/// connection to a live stream for someone without a registration, or a
/// refused token. Registered people are limited by their screens instead,
/// and waiting for a stream to start costs nothing, so an audience behind
/// one address (a venue's network) is not turned away.
fn counts_against_address(
    state: &AppState,
    session_id: i32,
    viewer: &Result<Viewer, ServiceError>,
) -> bool {
    match viewer {
        Ok(Viewer::Registered(_)) => false,
        Ok(Viewer::Public) => state
            .live
            .live()
            .iter()
            .any(|live| live.session_id == session_id),
        Err(_) => true,
    }
}

/// Checks who sends the offer, then answers it with `201 Created`.
async fn take_offer(
    state: AppState,
    session_id: i32,
    headers: HeaderMap,
    body: Bytes,
    side: Side,
) -> Response {
    let locale = locale_from_headers(&headers);
    let allowed = match side {
        Side::Publisher => may_publish(&state, session_id, &headers)
            .await
            .map(|()| None),
        Side::Viewer(client) => {
            let viewer = access::authorize_viewer(&state.db, session_id, bearer(&headers)).await;
            if counts_against_address(&state, session_id, &viewer) {
                if let Err(limited) = state.watch_limiter.check(client) {
                    return refused(limited, locale);
                }
            }
            viewer.map(Some)
        }
    };
    let viewer = match allowed {
        Ok(viewer) => viewer,
        Err(error) => return refused(error, locale),
    };
    let offer = match offer(&headers, &body) {
        Ok(offer) => offer,
        Err(status) => return bad_offer(status, locale),
    };
    let (answered, route) = match viewer {
        None => (state.live.publish(session_id, offer).await, "whip"),
        Some(viewer) => (state.live.watch(session_id, offer, viewer).await, "whep"),
    };
    match answered {
        Ok(answer) => created(format!("/{route}/{session_id}/{}", answer.resource), answer),
        Err(error) => refused(error, locale),
    }
}

async fn publish(
    State(state): State<AppState>,
    Path(session_id): Path<i32>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    take_offer(state, session_id, headers, body, Side::Publisher).await
}

async fn unpublish(
    State(state): State<AppState>,
    Path((session_id, resource)): Path<(i32, String)>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_from_headers(&headers);
    if let Err(error) = may_publish(&state, session_id, &headers).await {
        return refused(error, locale);
    }
    match state.live.unpublish(session_id, &resource).await {
        Ok(()) => StatusCode::OK.into_response(),
        Err(error) => refused(error, locale),
    }
}

async fn watch(
    State(state): State<AppState>,
    Path(session_id): Path<i32>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    take_offer(state, session_id, headers, body, Side::Viewer(client.ip())).await
}

/// Ends a viewer's connection: its resource name, 256 random bits known
/// only to that viewer, is the permission.
async fn leave(
    State(state): State<AppState>,
    Path((session_id, resource)): Path<(i32, String)>,
    headers: HeaderMap,
) -> Response {
    match state.live.leave(session_id, &resource).await {
        Ok(()) => StatusCode::OK.into_response(),
        Err(error) => refused(error, locale_from_headers(&headers)),
    }
}
