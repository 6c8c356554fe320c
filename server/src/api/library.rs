//! The library in the open API: search the published practices, read one,
//! and submit a new one (multipart, the same rules and errors as the form).

use super::ApiError;
use crate::library::{accept, upload};
use app::{
    i18n::locale_from_headers,
    library::{
        catalogue,
        model::{LibraryPage, LibraryQuery, PracticeDetail, SubmissionReceipt},
        rules::Review,
    },
    platform::{error::ServiceError, state::AppState},
};
use axum::{
    extract::{ConnectInfo, Multipart, Path, Query, State},
    http::{HeaderMap, StatusCode},
    Json,
};
use std::net::SocketAddr;

/// Published practices matching a search, 20 per page.
#[utoipa::path(
    get,
    path = "/library",
    operation_id = "list_practices",
    params(LibraryQuery),
    responses((status = 200, body = LibraryPage))
)]
pub async fn list(
    State(state): State<AppState>,
    Query(query): Query<LibraryQuery>,
    headers: HeaderMap,
) -> Result<Json<LibraryPage>, ApiError> {
    catalogue::find(&state.db, &state.library, &query)
        .await
        .map(Json)
        .map_err(|e| ApiError::from_service(e, locale_from_headers(&headers)))
}

/// One published practice, its description as sanitised HTML.
#[utoipa::path(
    get,
    path = "/library/{id}",
    operation_id = "show_practice",
    params(("id" = String, Path, description = "The practice's id (UUID)")),
    responses((status = 200, body = PracticeDetail), (status = 404, body = super::error::ErrorBody))
)]
pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<PracticeDetail>, ApiError> {
    let locale = locale_from_headers(&headers);
    let id = uuid::Uuid::parse_str(&id)
        .map_err(|_| ApiError::from_service(ServiceError::NotFound, locale))?;
    catalogue::detail(&state.db, &state.library, id)
        .await
        .map(|(detail, _)| Json(detail))
        .map_err(|e| ApiError::from_service(e, locale))
}

/// Submits a practice for review. Fields as in the form: `title`,
/// `summary`, `description` (Markdown), `organisation`, `country`,
/// `themes[]` (repeated), `event`, `contact_name`, `contact_email`,
/// `contact_public`, `licence`, and optionally `file` (PDF, DOCX, PPTX, ODT,
/// ODP, PNG or JPEG, at most 3 MB).
#[utoipa::path(
    post,
    path = "/library/submissions",
    operation_id = "submit_practice",
    request_body(content_type = "multipart/form-data", description = "The practice's fields and an optional file"),
    responses(
        (status = 201, description = "Received; the contact gets an email with a link to follow it", body = SubmissionReceipt),
        (status = 409, description = "The upload broke off", body = super::error::ErrorBody),
        (status = 422, description = "Bad input or file, with a message per field", body = super::error::ErrorBody),
        (status = 429, description = "Too many attempts from this address", body = super::error::ErrorBody),
    )
)]
pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Result<(StatusCode, Json<SubmissionReceipt>), ApiError> {
    let locale = locale_from_headers(&headers);
    let posted = upload::read(multipart).await;
    accept(&state, client, &posted, locale)
        .await
        .map(|submitted| {
            (
                StatusCode::CREATED,
                Json(SubmissionReceipt {
                    id: submitted.id.to_string(),
                    review: Review::Submitted,
                }),
            )
        })
        .map_err(|e| ApiError::from_service(e, locale))
}
