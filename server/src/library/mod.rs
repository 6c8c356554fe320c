//! The library's routes beside the Leptos pages: the submission and edit
//! forms post files here (multipart, read as it streams), files are
//! downloaded here, and the open data (Atom feed, CSV) is served here.

pub mod open_data;
pub mod upload;

use crate::api::ApiError;
use app::{
    i18n::{locale_from_headers, Locale},
    library::{
        catalogue, files,
        model::PostedPractice,
        service::{self, Submitted},
    },
    platform::{error::ServiceError, state::AppState},
    shell,
    staff::{auth, roles::Capability},
};
use axum::{
    body::Body,
    extract::{ConnectInfo, FromRequest, Multipart, Path, Request, State},
    http::{header, request::Parts, HeaderMap, Method, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use leptos::prelude::provide_context;
use std::net::SocketAddr;
use upload::Posted;

/// What every posted practice passes first: the sender is not over the
/// limit of attempts, and the body arrived whole.
fn admissible(state: &AppState, client: SocketAddr, posted: &Posted) -> Result<(), ServiceError> {
    state.registration_limiter.check(client.ip())?;
    if posted.incomplete {
        return Err(ServiceError::Conflict("error-upload-incomplete"));
    }
    Ok(())
}

/// Takes a posted practice: admissible, checked, then stored.
pub async fn accept(
    state: &AppState,
    client: SocketAddr,
    posted: &Posted,
    locale: Locale,
) -> Result<Submitted, ServiceError> {
    admissible(state, client, posted)?;
    service::submit(
        &state.db,
        &state.settings,
        &posted.form,
        posted.upload.clone(),
        locale,
        chrono::Utc::now(),
    )
    .await
}

async fn read_posted(state: &AppState, parts: &Parts, body: Body) -> Result<Posted, Response> {
    let request = Request::from_parts(parts.clone(), body);
    let multipart = Multipart::from_request(request, state)
        .await
        .map_err(IntoResponse::into_response)?;
    Ok(upload::read(multipart).await)
}

/// `POST /library/submit`: the submission form. Success goes to the page
/// that follows the new practice; problems show the form again with them.
pub async fn submit_form(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let locale = locale_from_headers(&parts.headers);
    let posted = match read_posted(&state, &parts, body).await {
        Ok(posted) => posted,
        Err(response) => return response,
    };
    match accept(&state, client, &posted, locale).await {
        Ok(submitted) => {
            Redirect::to(&format!("/library/follow/{}?sent=1", submitted.token)).into_response()
        }
        Err(error) => form_again(state, parts, posted, error).await,
    }
}

/// `POST /library/follow/{token}`: a new revision from the submitter.
pub async fn revise_form(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let posted = match read_posted(&state, &parts, body).await {
        Ok(posted) => posted,
        Err(response) => return response,
    };
    let result = match admissible(&state, client, &posted) {
        Err(refused) => Err(refused),
        Ok(()) => {
            service::revise(
                &state.db,
                &state.settings,
                &token,
                &posted.form,
                posted.upload.clone(),
                chrono::Utc::now(),
            )
            .await
        }
    };
    match result {
        Ok(()) => {
            state.library.refresh(&state.db).await;
            Redirect::to(&format!("/library/follow/{token}?saved=1")).into_response()
        }
        Err(error) => form_again(state, parts, posted, error).await,
    }
}

/// The form page once more, rendered with what was posted and what is wrong.
async fn form_again(
    state: AppState,
    mut parts: Parts,
    posted: Posted,
    error: ServiceError,
) -> Response {
    let status = error.status();
    let (errors, problem) = match error {
        ServiceError::Invalid(errors) => (errors, None),
        ServiceError::Conflict(key) => (Default::default(), Some(key.to_owned())),
        ServiceError::RateLimited => (Default::default(), Some("error-rate-limited".to_owned())),
        ServiceError::NotFound => (Default::default(), Some("error-not-found".to_owned())),
        other => {
            tracing::error!(error = %other, "practice not taken");
            (Default::default(), Some("error-internal".to_owned()))
        }
    };
    let outcome = PostedPractice {
        values: posted.form,
        errors,
        problem,
    };
    parts.method = Method::GET;
    // In this request itself, not in the render's context: a server function
    // called meanwhile by someone else can find a render's context.
    parts.extensions.insert(outcome);
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || provide_context(state.clone()),
        move || shell(options.clone()),
    );
    let mut response = render(Request::from_parts(parts, Body::empty())).await;
    *response.status_mut() = status;
    response
}

/// `GET /library/{id}/files/{revision}`: the file of a public practice.
pub async fn download(
    State(state): State<AppState>,
    Path((practice, revision)): Path<(uuid::Uuid, uuid::Uuid)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    send_file(&state, practice, revision, false, &headers).await
}

/// `GET /staff/library/{id}/files/{revision}`: any revision's file, for moderators.
pub async fn preview_download(
    State(state): State<AppState>,
    Path((practice, revision)): Path<(uuid::Uuid, uuid::Uuid)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let token = auth::session_token(&headers);
    auth::require(
        &state.db,
        token.as_deref(),
        Capability::Moderate,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| ApiError::from_service(e, locale))?;
    send_file(&state, practice, revision, true, &headers).await
}

/// A stored file as a download: its real type, never shown inline, never
/// sniffed into something else by the browser.
async fn send_file(
    state: &AppState,
    practice: uuid::Uuid,
    revision: uuid::Uuid,
    preview: bool,
    headers: &HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(headers);
    let failed = |e: ServiceError| ApiError::from_service(e, locale);
    let (stored, name) = catalogue::file_of(&state.db, practice, revision, preview)
        .await
        .map_err(failed)?;
    let content = tokio::fs::read(files::stored_path(&state.settings.data_dir, &stored.sha256))
        .await
        .map_err(|e| {
            failed(ServiceError::Internal(format!(
                "stored file unreadable: {e}"
            )))
        })?;
    let cache = if preview {
        "private, no-store"
    } else {
        "public, max-age=300"
    };
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, stored.media_type),
            (header::CONTENT_DISPOSITION, attachment(&name)),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (
                header::CONTENT_SECURITY_POLICY,
                "sandbox; default-src 'none'".to_owned(),
            ),
            (header::CACHE_CONTROL, cache.to_owned()),
        ],
        content,
    )
        .into_response())
}

/// `attachment` with the name as plain ASCII and in full (RFC 6266).
fn attachment(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded = percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC);
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::attachment;

    #[test]
    fn download_names_are_quoted_safely() {
        assert_eq!(
            attachment("Bewonersapp ä.pdf"),
            "attachment; filename=\"Bewonersapp _.pdf\"; filename*=UTF-8''Bewonersapp%20%C3%A4%2Epdf"
        );
    }
}
