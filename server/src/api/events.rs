use super::ApiError;
use app::{events::model::EventView, i18n::locale_from_headers, platform::state::AppState};
use axum::{
    extract::{Path, State},
    http::HeaderMap,
    Json,
};

/// All events, each with its live capacity.
#[utoipa::path(get, path = "/events", responses((status = 200, body = [EventView])))]
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Vec<EventView>>, ApiError> {
    app::events::service::list(&state.db)
        .await
        .map(Json)
        .map_err(|e| ApiError::from_service(e, locale_from_headers(&headers)))
}

/// One event with its live capacity.
#[utoipa::path(
    get,
    path = "/events/{slug}",
    params(("slug" = String, Path, description = "The event's short name, e.g. ikp-2025")),
    responses((status = 200, body = EventView), (status = 404, body = super::error::ErrorBody))
)]
pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Json<EventView>, ApiError> {
    app::events::service::view(&state.db, &slug)
        .await
        .map(Json)
        .map_err(|e| ApiError::from_service(e, locale_from_headers(&headers)))
}
