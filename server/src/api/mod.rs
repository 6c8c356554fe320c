//! The open JSON API under `/api/v1`, described by its OpenAPI document.

pub(crate) mod error;
mod events;
mod library;
mod programme;
mod registrations;

use app::platform::state::AppState;
use axum::{extract::DefaultBodyLimit, routing::get, Json, Router};
use utoipa::OpenApi;

pub use error::ApiError;

#[derive(OpenApi)]
#[openapi(
    info(title = "International Knowledge Platform API", version = "1"),
    servers((url = "/api/v1")),
    paths(
        events::list,
        events::show,
        registrations::create,
        programme::sessions,
        programme::visits,
        library::list,
        library::show,
        library::submit
    ),
    components(schemas(
        app::events::model::EventView,
        app::events::model::CapacityView,
        app::events::model::InPersonCapacity,
        app::events::model::OnlineCapacity,
        app::registration::model::RegistrationForm,
        app::registration::model::RegistrationReceipt,
        app::registration::model::Attendance,
        app::registration::model::Status,
        app::programme::model::SessionView,
        app::programme::model::VisitView,
        app::programme::model::SpeakerView,
        app::programme::model::ActivityKind,
        app::programme::model::Mode,
        app::library::model::LibraryPage,
        app::library::model::PracticeSummary,
        app::library::model::PracticeDetail,
        app::library::model::EventRef,
        app::library::model::FileView,
        app::library::model::ContactView,
        app::library::model::SubmissionReceipt,
        app::library::rules::Review,
        error::ErrorBody,
    ))
)]
struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .route("/events", get(events::list))
        .route("/events/{slug}", get(events::show))
        .route("/events/{slug}/sessions", get(programme::sessions))
        .route("/events/{slug}/visits", get(programme::visits))
        .route(
            "/events/{slug}/registrations",
            axum::routing::post(registrations::create),
        )
        .route("/library", get(library::list))
        .route("/library/{id}", get(library::show))
        .route(
            "/library/submissions",
            axum::routing::post(library::submit).layer(DefaultBodyLimit::max(
                crate::library::upload::UPLOAD_BODY_LIMIT,
            )),
        )
}
