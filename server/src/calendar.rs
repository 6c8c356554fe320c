//! Calendar files: an event's programme, a participant's agenda downloaded
//! through their manage link, and the same agenda as a subscription that
//! calendar apps poll.

use crate::api::ApiError;
use app::{i18n::locale_from_headers, platform::state::AppState, programme::agenda};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};

/// `name.ics` → `name`; anything else is not a calendar address.
fn stem(file: &str) -> Option<&str> {
    file.strip_suffix(".ics").filter(|stem| !stem.is_empty())
}

fn calendar_file(body: String, filename: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}.ics\""),
            ),
            (header::CACHE_CONTROL, "private, max-age=300".to_owned()),
            (header::REFERRER_POLICY, "no-referrer".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// `GET /events/{slug}/calendar.ics`: the whole programme.
pub async fn event_programme(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let body = agenda::event_calendar(&state.db, &state.settings, &slug, chrono::Utc::now())
        .await
        .map_err(|e| ApiError::from_service(e, locale))?;
    Ok(calendar_file(body, &slug))
}

/// `GET /manage/{token}/agenda.ics`: the agenda, downloaded from the manage page.
pub async fn agenda_download(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let body = agenda::calendar_by_link(&state.db, &state.settings, &token, chrono::Utc::now())
        .await
        .map_err(|e| ApiError::from_service(e, locale))?;
    Ok(calendar_file(body, "agenda"))
}

/// `GET /calendar/{feed}.ics`: the agenda as a subscription.
pub async fn agenda_feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let not_found = || ApiError::from_service(app::platform::error::ServiceError::NotFound, locale);
    let feed = stem(&file).ok_or_else(not_found)?;
    let body = agenda::calendar_by_feed(&state.db, &state.settings, feed, chrono::Utc::now())
        .await
        .map_err(|e| ApiError::from_service(e, locale))?;
    Ok(calendar_file(body, "agenda"))
}
