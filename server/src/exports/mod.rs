//! Downloads for organizers: an activity's sign-up list, a site visit's
//! manifest (who the centre's gate lets in: name, organisation, country),
//! and the registrations (in `registrations`). Staff only, like every
//! staff page.

pub mod registrations;

use crate::api::ApiError;
use app::{
    i18n::{locale_from_headers, Locale},
    platform::{error::ServiceError, state::AppState},
    programme::{model::SignUpRow, organize},
    registration::model::Status,
    staff::{auth, pages::status_label, roles::Capability},
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};

/// `GET /staff/events/{slug}/activities/{id}/signups.csv`
pub async fn sign_ups(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let rows = rows(&state, &headers, &slug, id, locale).await?;
    let header = translated(
        locale,
        &[
            "field-name",
            "field-email",
            "field-organisation",
            "field-country",
            "staff-status",
        ],
    );
    let lines = rows.iter().map(|row| {
        vec![
            row.name.clone(),
            row.email.clone(),
            row.organisation.clone(),
            locale.country_name(&row.country),
            status_label(locale, row.status),
        ]
    });
    csv_file(
        locale,
        &header,
        lines,
        &format!("{slug}-{id}-sign-ups"),
        PERSONAL,
    )
}

/// `GET /staff/events/{slug}/activities/{id}/manifest.csv`: confirmed places only.
pub async fn manifest(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i32)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let rows = rows(&state, &headers, &slug, id, locale).await?;
    let header = translated(
        locale,
        &["field-name", "field-organisation", "field-country"],
    );
    let lines = rows
        .iter()
        .filter(|row| row.status == Status::Confirmed)
        .map(|row| {
            vec![
                row.name.clone(),
                row.organisation.clone(),
                locale.country_name(&row.country),
            ]
        });
    csv_file(
        locale,
        &header,
        lines,
        &format!("{slug}-{id}-manifest"),
        PERSONAL,
    )
}

async fn rows(
    state: &AppState,
    headers: &HeaderMap,
    slug: &str,
    id: i32,
    locale: Locale,
) -> Result<Vec<SignUpRow>, ApiError> {
    let token = auth::session_token(headers);
    auth::require(
        &state.db,
        token.as_deref(),
        Capability::ViewRegistrations,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| ApiError::from_service(e, locale))?;
    organize::sign_ups(&state.db, slug, id)
        .await
        .map(|(_, rows)| rows)
        .map_err(|e| ApiError::from_service(e, locale))
}

/// Spreadsheet programs run a cell that starts like a formula; such cells
/// get a leading apostrophe so they stay text.
fn cell(value: String) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value
    }
}

/// Lists with personal data stay out of every cache.
pub(crate) const PERSONAL: &str = "no-store";

pub(crate) fn translated(locale: Locale, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|key| locale.t(key)).collect()
}

/// A CSV download: `header`, then one row per line, cells kept as text.
pub(crate) fn csv_file(
    locale: Locale,
    header: &[String],
    lines: impl Iterator<Item = Vec<String>>,
    filename: &str,
    cache_control: &str,
) -> Result<Response, ApiError> {
    let failed =
        |e: csv::Error| ApiError::from_service(ServiceError::Internal(format!("CSV: {e}")), locale);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).map_err(failed)?;
    for line in lines {
        writer
            .write_record(line.into_iter().map(cell))
            .map_err(failed)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| ApiError::from_service(ServiceError::Internal(e.to_string()), locale))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}.csv\""),
            ),
            (header::CACHE_CONTROL, cache_control.to_owned()),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formula_like_cells_stay_text() {
        assert_eq!(cell("=HYPERLINK(\"x\")".into()), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+31 6".into()), "'+31 6");
        assert_eq!(cell("Fedasil".into()), "Fedasil");
    }
}
