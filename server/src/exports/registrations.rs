//! An event's registrations for organizers, as CSV and as an Excel
//! workbook, with the search and filters of the list page. The two hold
//! the same cells; the workbook adds a bold header, filters and a frozen
//! first row.

use super::{csv_file, translated, PERSONAL};
use crate::api::ApiError;
use app::{
    i18n::{locale_from_headers, Locale},
    organizer::{model::RegistrationQuery, registrations_page::attendance_label},
    platform::{error::ServiceError, state::AppState},
    registration::{emails::in_zone, fields::organisation_type_key},
    staff::{auth, pages::status_label, roles::Capability},
};
use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};
use rust_xlsxwriter::{Format, Workbook};

const COLUMNS: [&str; 13] = [
    "field-name",
    "field-email",
    "field-organisation",
    "field-organisation-type",
    "field-function",
    "field-country",
    "field-attendance",
    "staff-status",
    "field-language",
    "staff-registered-on",
    "field-accessibility-needs",
    "field-dietary-needs",
    "field-list-consent",
];

/// `GET /staff/events/{slug}/registrations.csv`
pub async fn csv(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<RegistrationQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let lines = lines(&state, &headers, &slug, &query, locale).await?;
    csv_file(
        locale,
        &translated(locale, &COLUMNS),
        lines.into_iter(),
        &format!("{slug}-registrations"),
        PERSONAL,
    )
}

/// `GET /staff/events/{slug}/registrations.xlsx`
pub async fn xlsx(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<RegistrationQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let lines = lines(&state, &headers, &slug, &query, locale).await?;
    let workbook = workbook(
        &translated(locale, &COLUMNS),
        &lines,
        &locale.t("organizer-registrations"),
    )
    .map_err(|e| ApiError::from_service(ServiceError::Internal(format!("XLSX: {e}")), locale))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}-registrations.xlsx\""),
            ),
            (header::CACHE_CONTROL, PERSONAL.to_owned()),
        ],
        workbook,
    )
        .into_response())
}

/// The rows of the export, each cell as text in the reader's language.
async fn lines(
    state: &AppState,
    headers: &HeaderMap,
    slug: &str,
    query: &RegistrationQuery,
    locale: Locale,
) -> Result<Vec<Vec<String>>, ApiError> {
    let token = auth::session_token(headers);
    auth::require(
        &state.db,
        token.as_deref(),
        Capability::ViewRegistrations,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| ApiError::from_service(e, locale))?;
    let (event, rows) = app::organizer::registrations::export(&state.db, slug, query)
        .await
        .map_err(|e| ApiError::from_service(e, locale))?;
    let yes_no = |value: bool| locale.t(if value { "answer-yes" } else { "answer-no" });
    Ok(rows
        .into_iter()
        .map(|r| {
            vec![
                r.name,
                r.email,
                r.organisation,
                r.organisation_type
                    .map(|code| locale.t(&organisation_type_key(&code)))
                    .unwrap_or_default(),
                r.job_function,
                locale.country_name(&r.country),
                attendance_label(locale, r.attendance),
                status_label(locale, r.status),
                app::i18n::Locale::from_code(&r.language)
                    .map(|language| language.endonym().to_owned())
                    .unwrap_or(r.language),
                in_zone(r.created_at, &event.timezone)
                    .format("%Y-%m-%d %H:%M")
                    .to_string(),
                r.accessibility_needs.unwrap_or_default(),
                r.dietary_needs.unwrap_or_default(),
                yes_no(r.list_consent),
            ]
        })
        .collect())
}

/// One sheet: a bold, frozen header with filters, then the rows as text.
fn workbook(
    header: &[String],
    lines: &[Vec<String>],
    sheet_name: &str,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name)?;
    let bold = Format::new().set_bold();
    for (column, title) in (0_u16..).zip(header) {
        sheet.write_string_with_format(0, column, title, &bold)?;
        sheet.set_column_width(column, 22)?;
    }
    for (row, line) in (1_u32..).zip(lines) {
        for (column, value) in (0_u16..).zip(line) {
            sheet.write_string(row, column, value)?;
        }
    }
    let last_row = u32::try_from(lines.len()).unwrap_or(u32::MAX);
    let last_column = u16::try_from(header.len().saturating_sub(1)).unwrap_or(u16::MAX);
    sheet.autofilter(0, 0, last_row, last_column)?;
    sheet.set_freeze_panes(1, 0)?;
    workbook.save_to_buffer()
}
