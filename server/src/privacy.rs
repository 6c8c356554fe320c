//! `GET /manage/{token}/data.json`: everything the platform holds about the
//! person whose secret link this is, as a file to keep.

use crate::api::ApiError;
use app::{i18n::locale_from_headers, platform::state::AppState, privacy::service};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
    Json,
};

pub async fn download(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let data = service::personal_data(&state.db, &token, chrono::Utc::now())
        .await
        .map_err(|e| ApiError::from_service(e, locale))?;
    let filename = format!("{}-my-data.json", data.event.slug);
    Ok((
        [
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
            (header::REFERRER_POLICY, "no-referrer".to_owned()),
        ],
        Json(data),
    )
        .into_response())
}
