//! The public library: `/library` searches and filters the published
//! practices (a plain GET form, so it works without JavaScript and every
//! search has its own address), `/library/:id` shows one with its file and
//! related practices.

use super::{
    form_page::theme_name,
    model::{licence, BrowseView, LibraryQuery, PracticeDetail, PracticeSummary, ThemeView},
};
use crate::{
    i18n::{use_locale, Locale},
    layout::{error_message, server_escaped, ErrorNotice, Pagination},
};
use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[server]
pub async fn search_library(query: LibraryQuery) -> Result<BrowseView, ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    super::catalogue::browse(&state.db, &state.library, &query)
        .await
        .map_err(|e| e.into_server_error())
}

#[server]
pub async fn get_practice(
    id: String,
) -> Result<(PracticeDetail, Vec<PracticeSummary>, Vec<ThemeView>), ServerFnError> {
    use crate::platform::{error::ServiceError, state::AppState};
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let id = uuid::Uuid::parse_str(&id).map_err(|_| ServiceError::NotFound.into_server_error())?;
    let (detail, related) = super::catalogue::detail(&state.db, &state.library, id)
        .await
        .map_err(|e| e.into_server_error())?;
    let themes = super::catalogue::all_themes(&state.db)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok((detail, related, themes))
}

/// The name of a theme by its code, among `themes`.
fn theme_label(locale: Locale, themes: &[ThemeView], code: &str) -> String {
    themes
        .iter()
        .find(|theme| theme.code == code)
        .map(|theme| theme_name(locale, theme))
        .unwrap_or_else(|| code.to_owned())
}

fn page_address(query: &LibraryQuery, page: u64) -> String {
    let encode = |value: &str| {
        percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    format!(
        "/library?q={}&theme={}&country={}&event={}&sort={}&page={page}",
        encode(&query.q),
        encode(&query.theme),
        encode(&query.country),
        encode(&query.event),
        encode(&query.sort),
    )
}

/// `/library`
#[component]
pub fn LibraryPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_query_map();
    let query = move || {
        let params = params.read();
        let text = |name: &str| params.get(name).unwrap_or_default();
        LibraryQuery {
            q: text("q"),
            theme: text("theme"),
            country: text("country"),
            event: text("event"),
            sort: text("sort"),
            page: text("page").parse().unwrap_or(1),
        }
    };
    let results = Resource::new(query, search_library);
    view! {
        <Title text=locale.t("library-title") />
        <Link rel="alternate" type_="application/atom+xml" href="/library/feed.atom" />
        <h1>{locale.t("library-title")}</h1>
        <p class="lead">{locale.t("library-lead")}</p>
        <p>
            <a class="button" href="/library/submit">{locale.t("library-submit-title")}</a>
        </p>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let query = query();
                match results.await {
                    Ok(view_data) => view! { <Browse query view_data /> }.into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
        <p class="muted">
            {locale.t("library-open-data")} " "
            <a href="/library/feed.atom">"Atom"</a> " · "
            <a href="/library/export.csv">"CSV"</a> " · "
            <a href="/api/v1/openapi.json">"API"</a>
        </p>
    }
}

#[component]
fn Browse(query: LibraryQuery, view_data: BrowseView) -> impl IntoView {
    let locale = use_locale();
    let BrowseView {
        results,
        themes,
        countries,
        events,
    } = view_data;
    let total = results.total;
    let pages = total.div_ceil(u64::from(results.per_page.max(1)));
    let page = u64::from(results.page);
    let sort = if query.sort.is_empty() && !query.q.trim().is_empty() {
        "relevance".to_owned()
    } else if query.sort.is_empty() {
        "newest".to_owned()
    } else {
        query.sort.clone()
    };
    let item_themes = themes.clone();
    view! {
        <form method="get" action="/library" class="form search-form" role="search">
            <div class="field">
                <label for="f-q">{locale.t("library-search")}</label>
                <input id="f-q" type="search" name="q" value=query.q.clone() />
            </div>
            <div class="filters">
                <div class="field">
                    <label for="f-theme">{locale.t("field-themes")}</label>
                    <select id="f-theme" name="theme">
                        <option value="">{locale.t("filter-all")}</option>
                        {themes
                            .iter()
                            .map(|theme| view! { <option value=theme.code.clone() selected=query.theme == theme.code>{theme_name(locale, theme)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-country">{locale.t("field-country")}</label>
                    <select id="f-country" name="country">
                        <option value="">{locale.t("filter-all")}</option>
                        {countries
                            .iter()
                            .map(|code| view! { <option value=code.clone() selected=query.country == *code>{locale.country_name(code)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-event">{locale.t("field-event")}</label>
                    <select id="f-event" name="event">
                        <option value="">{locale.t("filter-all")}</option>
                        {events
                            .iter()
                            .map(|event| view! { <option value=event.slug.clone() selected=query.event == event.slug>{event.title.clone()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-sort">{locale.t("library-sort")}</label>
                    <select id="f-sort" name="sort">
                        <option value="relevance" selected=sort == "relevance">{locale.t("library-sort-relevance")}</option>
                        <option value="newest" selected=sort == "newest">{locale.t("library-sort-newest")}</option>
                    </select>
                </div>
            </div>
            <button type="submit" class="button">{locale.t("library-search-button")}</button>
        </form>
        <p role="status" data-testid="result-count">
            {locale.t_with("library-results", &[("count", i64::try_from(total).unwrap_or(i64::MAX).into())])}
        </p>
        <ul class="cards practice-list" data-testid="results">
            {results
                .items
                .into_iter()
                .map(|item| view! { <PracticeCard item themes=item_themes.clone() /> })
                .collect_view()}
        </ul>
        <Pagination page pages href=move |page| page_address(&query, page) />
    }
}

/// A practice in a list: title, who, where, summary, themes.
#[component]
fn PracticeCard(item: PracticeSummary, themes: Vec<ThemeView>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <li class="card">
            <h2>
                <a href=format!("/library/{}", item.id)>{item.title}</a>
            </h2>
            <p class="muted">{item.organisation} " · " {locale.country_name(&item.country)}</p>
            {item.demo.then(|| view! { <p class="badge">{locale.t("library-demo")}</p> })}
            <p>{item.summary}</p>
            <ul class="tags">
                {item.themes.iter().map(|code| view! { <li>{theme_label(locale, &themes, code)}</li> }).collect_view()}
            </ul>
        </li>
    }
}

/// `/library/:id`
#[component]
pub fn PracticePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let practice = Resource::new(id, get_practice);
    view! {
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match practice.await {
                    Ok((detail, related, themes)) => view! {
                        <Title text=server_escaped(detail.summary.title.clone()) />
                        <PracticeView detail themes=themes.clone() preview_files=false />
                        {(!related.is_empty()).then(|| view! {
                            <h2>{locale.t("library-related")}</h2>
                            <ul class="cards practice-list" data-testid="related">
                                {related.into_iter().map(|item| view! { <PracticeCard item themes=themes.clone() /> }).collect_view()}
                            </ul>
                        })}
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
        <p><a href="/library">{locale.t("library-back")}</a></p>
    }
}

/// A practice as published; moderators see the same before publishing
/// (`preview_files` sends file links to the staff download).
#[component]
pub fn PracticeView(
    detail: PracticeDetail,
    themes: Vec<ThemeView>,
    preview_files: bool,
) -> impl IntoView {
    let locale = use_locale();
    let summary = detail.summary;
    let terms = licence(&summary.licence);
    view! {
        <article class="practice">
            <h1>{summary.title.clone()}</h1>
            {summary.demo.then(|| view! { <p class="notice">{locale.t("library-demo-notice")}</p> })}
            <p class="lead">{summary.summary.clone()}</p>
            <dl class="facts">
                <dt>{locale.t("field-organisation")}</dt>
                <dd>{summary.organisation.clone()}</dd>
                <dt>{locale.t("field-country")}</dt>
                <dd>{locale.country_name(&summary.country)}</dd>
                <dt>{locale.t("field-themes")}</dt>
                <dd>{summary.themes.iter().map(|code| theme_label(locale, &themes, code)).collect::<Vec<_>>().join(", ")}</dd>
                {summary.event.clone().map(|event| view! {
                    <dt>{locale.t("field-event")}</dt>
                    <dd><a href=format!("/events/{}", event.slug)>{event.title}</a></dd>
                })}
                <dt>{locale.t("library-published")}</dt>
                <dd>{locale.date(summary.published_at.date_naive())}</dd>
                <dt>{locale.t("field-licence")}</dt>
                <dd data-testid="licence">
                    {match terms {
                        Some(terms) => view! { <a rel="license" href=terms.url>{terms.name}</a> }.into_any(),
                        None => summary.licence.clone().into_any(),
                    }}
                </dd>
            </dl>
            <div class="description" inner_html=detail.description_html></div>
            {detail.file.map(|file| {
                let href = if preview_files { format!("/staff{}", file.url) } else { file.url.clone() };
                let size = locale.t_with("library-file-size", &[("kilobytes", ((file.size + 1023) / 1024).into())]);
                view! {
                    <p class="download">
                        <a href=href download=file.name.clone() data-testid="download">
                            {locale.t("library-download")} " " {file.name.clone()}
                        </a>
                        " (" {size} ")"
                    </p>
                }
            })}
            {detail.contact.map(|contact| view! {
                <p class="contact">
                    {locale.t("library-contact")} ": " {contact.name.clone()} " · "
                    <a href=format!("mailto:{}", contact.email)>{contact.email.clone()}</a>
                </p>
            })}
        </article>
    }
}
