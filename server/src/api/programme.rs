use super::ApiError;
use app::{
    i18n::locale_from_headers,
    platform::state::AppState,
    programme::model::{SessionView, VisitView},
};
use axum::{
    extract::{Path, State},
    http::HeaderMap,
    Json,
};

/// The programme: plenaries, breakouts and workshops, with places left.
#[utoipa::path(
    get,
    path = "/events/{slug}/sessions",
    params(("slug" = String, Path, description = "The event's short name")),
    responses((status = 200, body = [SessionView]), (status = 404, body = super::error::ErrorBody))
)]
pub async fn sessions(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Vec<SessionView>>, ApiError> {
    app::programme::service::sessions(&state.db, &slug)
        .await
        .map(Json)
        .map_err(|e| ApiError::from_service(e, locale_from_headers(&headers)))
}

/// Site visits to reception centres, with places left.
#[utoipa::path(
    get,
    path = "/events/{slug}/visits",
    params(("slug" = String, Path, description = "The event's short name")),
    responses((status = 200, body = [VisitView]), (status = 404, body = super::error::ErrorBody))
)]
pub async fn visits(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Vec<VisitView>>, ApiError> {
    app::programme::service::visits(&state.db, &slug)
        .await
        .map(Json)
        .map_err(|e| ApiError::from_service(e, locale_from_headers(&headers)))
}
