//! `POST /staff/check-in`: a scan at the door. The check-in page's script
//! posts JSON (and replays scans queued while the phone was offline); a
//! plain form posts the same fields without JavaScript and is sent to the
//! person's check-in page with the result.

use crate::api::ApiError;
use app::{
    i18n::locale_from_headers,
    organizer::{
        check_in::{check_in, check_in_path, Scan},
        check_in_page::check_in_message,
        model::CheckInAnswer,
    },
    platform::{error::ServiceError, state::AppState},
    staff::{auth, roles::Capability},
};
use axum::{
    body::Bytes,
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Redirect, Response},
    Json,
};
use serde::{Deserialize, Serialize};

/// A scan as the page posts it: the code, the event of the door (a plain
/// form or the script), and the time a queued scan was made.
#[derive(Deserialize)]
struct PostedScan {
    code: String,
    #[serde(default)]
    event: Option<String>,
    #[serde(default)]
    at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The answer the script shows: who it is, and what to do, in words.
#[derive(Serialize)]
struct ScanAnswer {
    #[serde(flatten)]
    answer: CheckInAnswer,
    message: String,
}

pub async fn scan(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let locale = locale_from_headers(&headers);
    let wants_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let scan = if wants_json {
        serde_json::from_slice::<PostedScan>(&body).ok()
    } else {
        serde_urlencoded::from_bytes::<PostedScan>(&body).ok()
    };
    let Some(scan) = scan else {
        let error = ServiceError::Conflict("error-check-in-unknown");
        return ApiError::from_service(error, locale).into_response();
    };
    match record(&state, &headers, &scan).await {
        Ok(answer) if wants_json => {
            let message = check_in_message(locale, &answer);
            Json(ScanAnswer { answer, message }).into_response()
        }
        Ok(answer) => {
            let path = check_in_path(&answer.person.code);
            let result = serde_json::to_value(answer.outcome)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            Redirect::to(&format!("{path}?result={result}")).into_response()
        }
        Err(error) => ApiError::from_service(error, locale).into_response(),
    }
}

async fn record(
    state: &AppState,
    headers: &HeaderMap,
    posted: &PostedScan,
) -> Result<CheckInAnswer, ServiceError> {
    let now = chrono::Utc::now();
    let session = auth::session_token(headers);
    let member = auth::require(&state.db, session.as_deref(), Capability::CheckIn, now).await?;
    let scan = Scan {
        code: &posted.code,
        event: posted.event.as_deref().filter(|slug| !slug.is_empty()),
        scanned_at: posted.at,
    };
    check_in(&state.db, &member, &scan, now).await
}
