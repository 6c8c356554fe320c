//! The library for other platforms: an Atom feed of the newest practices
//! and a CSV file of every published one. Both carry each entry's licence.

use crate::{api::ApiError, exports::csv_file};
use app::{
    i18n::locale_from_headers,
    library::{
        catalogue,
        model::{licence, PracticeSummary},
    },
    platform::state::AppState,
};
use atom_syndication::{Category, Entry, Feed, Link, Person, Text};
use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};
use chrono::SecondsFormat;

/// How many practices the feed carries.
const FEED_ENTRIES: usize = 50;

fn licence_name(code: &str) -> String {
    licence(code).map_or_else(|| code.to_owned(), |found| found.name.to_owned())
}

fn link(href: String, rel: &str, mime_type: &str) -> Link {
    Link {
        href,
        rel: rel.to_owned(),
        mime_type: Some(mime_type.to_owned()),
        ..Default::default()
    }
}

fn entry(base: &str, practice: &PracticeSummary) -> Entry {
    let mut links = vec![link(
        format!("{base}/library/{}", practice.id),
        "alternate",
        "text/html",
    )];
    if let Some(terms) = licence(&practice.licence) {
        links.push(link(terms.url.to_owned(), "license", "text/html"));
    }
    Entry {
        id: format!("urn:uuid:{}", practice.id),
        title: Text::plain(practice.title.clone()),
        updated: practice.updated_at.fixed_offset(),
        published: Some(practice.published_at.fixed_offset()),
        summary: Some(Text::plain(practice.summary.clone())),
        authors: vec![Person {
            name: practice.organisation.clone(),
            ..Default::default()
        }],
        categories: practice
            .themes
            .iter()
            .map(|theme| Category {
                term: theme.clone(),
                ..Default::default()
            })
            .collect(),
        rights: Some(Text::plain(licence_name(&practice.licence))),
        links,
        ..Default::default()
    }
}

/// `GET /library/feed.atom`
pub async fn feed(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let practices = catalogue::newest(&state.db, &state.library, FEED_ENTRIES)
        .await
        .map_err(|e| ApiError::from_service(e, locale))?;
    let base = &state.settings.public_url;
    let updated = practices
        .iter()
        .map(|p| p.updated_at)
        .max()
        .unwrap_or_default()
        .fixed_offset();
    let feed = Feed {
        id: format!("{base}/library"),
        title: Text::plain(locale.t("library-title")),
        subtitle: Some(Text::plain(locale.t("library-lead"))),
        updated,
        links: vec![
            link(
                format!("{base}/library/feed.atom"),
                "self",
                "application/atom+xml",
            ),
            link(format!("{base}/library"), "alternate", "text/html"),
        ],
        entries: practices.iter().map(|p| entry(base, p)).collect(),
        ..Default::default()
    };
    Ok((
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        feed.to_string(),
    )
        .into_response())
}

/// `GET /library/export.csv`: every published practice's metadata.
pub async fn export(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let locale = locale_from_headers(&headers);
    let practices = catalogue::newest(&state.db, &state.library, usize::MAX)
        .await
        .map_err(|e| ApiError::from_service(e, locale))?;
    let base = &state.settings.public_url;
    let header: Vec<String> = [
        "id",
        "title",
        "summary",
        "organisation",
        "country",
        "themes",
        "event",
        "licence",
        "licence_url",
        "published_at",
        "updated_at",
        "url",
        "demo",
    ]
    .map(str::to_owned)
    .to_vec();
    let lines = practices.into_iter().map(|p| {
        let licence_url = licence(&p.licence)
            .map(|found| found.url.to_owned())
            .unwrap_or_default();
        vec![
            p.id.clone(),
            p.title,
            p.summary,
            p.organisation,
            p.country,
            p.themes.join(";"),
            p.event.map(|e| e.slug).unwrap_or_default(),
            licence_name(&p.licence),
            licence_url,
            p.published_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            p.updated_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            format!("{base}/library/{}", p.id),
            p.demo.to_string(),
        ]
    });
    csv_file(locale, &header, lines, "library", "public, max-age=300")
}
