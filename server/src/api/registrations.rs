use super::ApiError;
use app::{
    i18n::locale_from_headers,
    platform::state::AppState,
    registration::model::{RegistrationForm, RegistrationReceipt},
};
use axum::{
    extract::{rejection::JsonRejection, ConnectInfo, Path, State},
    http::{HeaderMap, StatusCode},
    Json,
};
use std::net::SocketAddr;

/// Registers for an event.
#[utoipa::path(
    post,
    path = "/events/{slug}/registrations",
    params(("slug" = String, Path, description = "The event's short name")),
    request_body = RegistrationForm,
    responses(
        (status = 201, description = "Registered: confirmed, or waitlisted for in person", body = RegistrationReceipt),
        (status = 404, description = "No such event", body = super::error::ErrorBody),
        (status = 409, description = "Email already registered, or registration closed", body = super::error::ErrorBody),
        (status = 422, description = "Bad input, with a message per field", body = super::error::ErrorBody),
        (status = 429, description = "Too many attempts from this address", body = super::error::ErrorBody),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Result<Json<RegistrationForm>, JsonRejection>,
) -> Result<(StatusCode, Json<RegistrationReceipt>), ApiError> {
    let locale = locale_from_headers(&headers);
    state
        .registration_limiter
        .check(client.ip())
        .map_err(|e| ApiError::from_service(e, locale))?;
    let Json(form) = body.map_err(|rejection| ApiError::unreadable(rejection, locale))?;
    state
        .registrations
        .register(&slug, &form, chrono::Utc::now())
        .await
        .map(|registered| (StatusCode::CREATED, Json(registered.receipt)))
        .map_err(|e| ApiError::from_service(e, locale))
}
