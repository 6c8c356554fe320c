//! The public programme: two days by time slot, filtered by day, mode and
//! theme with a plain GET form (works without JavaScript).

use super::model::{ActivityKind, Mode, ProgrammeView, SessionView, VisitView, THEMES};
use crate::{
    i18n::{use_locale, Locale},
    layout::{error_message, server_escaped, ErrorNotice},
};
use chrono::{DateTime, FixedOffset, NaiveDate};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[server]
pub async fn get_programme(slug: String) -> Result<ProgrammeView, ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let event = crate::events::service::find(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    let sessions = super::service::sessions(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    let visits = super::service::visits(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok(ProgrammeView {
        event_slug: event.slug,
        event_title: event.title,
        timezone: event.timezone,
        sessions,
        visits,
    })
}

/// `/events/:slug/programme/:id`: one session or site visit.
#[component]
pub fn ActivityPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
    };
    let programme = Resource::new(slug, get_programme);
    view! {
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let programme = match programme.await {
                    Ok(programme) => programme,
                    Err(error) => return view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                };
                let back = view! {
                    <p class="muted">
                        <a href=format!("/events/{}/programme", programme.event_slug)>{locale.t("programme-title")}</a>
                        " · " {programme.event_title.clone()}
                    </p>
                };
                let hint = view! { <p class="hint">{locale.t("activity-sign-up-hint")}</p> };
                let session = programme.sessions.iter().find(|s| Some(s.id) == id()).cloned();
                let visit = programme.visits.iter().find(|v| Some(v.id) == id()).cloned();
                match (session, visit) {
                    (Some(session), _) => view! {
                        <Title text=server_escaped(session.title.clone()) />
                        {back}
                        <p class="muted">{locale.date(session.starts_at.date_naive())}</p>
                        <SessionCard session />
                        {hint}
                    }.into_any(),
                    (None, Some(visit)) => view! {
                        <Title text=server_escaped(visit.title.clone()) />
                        {back}
                        <p class="muted">{locale.date(visit.starts_at.date_naive())}</p>
                        <VisitCard visit />
                        {hint}
                    }.into_any(),
                    (None, None) => view! { <crate::layout::NotFound /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// What the filter form asks for; empty means everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Filter {
    day: Option<NaiveDate>,
    mode: Option<String>,
    theme: Option<String>,
}

impl Filter {
    fn keeps(&self, starts_at: DateTime<FixedOffset>, mode: Mode, theme: Option<&str>) -> bool {
        self.day.is_none_or(|day| starts_at.date_naive() == day)
            && self.mode.as_deref().is_none_or(|m| m == mode.code())
            && self.theme.as_deref().is_none_or(|t| theme == Some(t))
    }
}

#[component]
pub fn ProgrammePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let programme = Resource::new(slug, get_programme);
    let filter = move || {
        let query = query.read();
        let given = |name: &str| query.get(name).filter(|value| !value.is_empty());
        Filter {
            day: given("day").and_then(|day| day.parse().ok()),
            mode: given("mode"),
            theme: given("theme"),
        }
    };
    view! {
        <Title text=locale.t("programme-title") />
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match programme.await {
                    Ok(programme) => view! { <Programme programme filter=filter() /> }.into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Programme(programme: ProgrammeView, filter: Filter) -> impl IntoView {
    let locale = use_locale();
    let mut days: Vec<NaiveDate> = programme
        .sessions
        .iter()
        .map(|s| s.starts_at.date_naive())
        .chain(programme.visits.iter().map(|v| v.starts_at.date_naive()))
        .collect();
    days.sort();
    days.dedup();
    let sessions: Vec<SessionView> = programme
        .sessions
        .into_iter()
        .filter(|s| filter.keeps(s.starts_at, s.mode, s.theme.as_deref()))
        .collect();
    let visits: Vec<VisitView> = programme
        .visits
        .into_iter()
        .filter(|v| filter.keeps(v.starts_at, Mode::InPerson, None))
        .collect();
    let event_href = format!("/events/{}", programme.event_slug);
    let calendar_href = format!("/events/{}/calendar.ics", programme.event_slug);
    let base = format!("/events/{}/programme", programme.event_slug);
    view! {
        <p class="muted"><a href=event_href>{programme.event_title.clone()}</a></p>
        <h1>{locale.t("programme-title")}</h1>
        <p class="hint">{locale.t_with("programme-times-in-zone", &[("zone", programme.timezone.clone().into())])}</p>
        <p><a href=calendar_href download="">{locale.t("programme-calendar-download")}</a></p>
        <FilterForm days=days.clone() filter=filter.clone() />
        {days
            .into_iter()
            .filter(|day| filter.day.is_none_or(|d| d == *day))
            .map(|day| {
                let today: Vec<SessionView> = sessions.iter().filter(|s| s.starts_at.date_naive() == day).cloned().collect();
                let day_visits: Vec<VisitView> = visits.iter().filter(|v| v.starts_at.date_naive() == day).cloned().collect();
                let empty = today.is_empty() && day_visits.is_empty();
                view! {
                    <section class="programme-day" aria-label=locale.date(day)>
                        <h2>{locale.date(day)}</h2>
                        {empty.then(|| view! { <p class="muted">{locale.t("programme-nothing-matches")}</p> })}
                        <ol class="slots">
                            {slots(&today)
                                .into_iter()
                                .map(|(time, group)| view! {
                                    <li class="slot">
                                        <h3 class="slot-time">{time}</h3>
                                        <ul class="sessions">
                                            {group.into_iter().map(|session| {
                                                let link = format!("{base}/{}", session.id);
                                                view! { <li><SessionCard session link /></li> }
                                            }).collect_view()}
                                        </ul>
                                    </li>
                                })
                                .collect_view()}
                        </ol>
                        {(!day_visits.is_empty()).then(|| view! {
                            <h3>{locale.t("programme-visits")}</h3>
                            <ul class="sessions">
                                {day_visits.into_iter().map(|visit| {
                                    let link = format!("{base}/{}", visit.id);
                                    view! { <li><VisitCard visit link /></li> }
                                }).collect_view()}
                            </ul>
                        })}
                    </section>
                }
            })
            .collect_view()}
    }
}

/// Sessions grouped by their time slot ("10:45–12:00"), in order.
fn slots(sessions: &[SessionView]) -> Vec<(String, Vec<SessionView>)> {
    let mut slots: Vec<(String, Vec<SessionView>)> = Vec::new();
    for session in sessions {
        let time = time_range(session.starts_at, session.ends_at);
        match slots.last_mut() {
            Some((last, group)) if *last == time => group.push(session.clone()),
            _ => slots.push((time, vec![session.clone()])),
        }
    }
    slots
}

pub fn time_range(starts_at: DateTime<FixedOffset>, ends_at: DateTime<FixedOffset>) -> String {
    format!("{}–{}", starts_at.format("%H:%M"), ends_at.format("%H:%M"))
}

#[component]
fn FilterForm(days: Vec<NaiveDate>, filter: Filter) -> impl IntoView {
    let locale = use_locale();
    let day_value = filter.day.map(|d| d.to_string()).unwrap_or_default();
    let mode_value = filter.mode.clone().unwrap_or_default();
    let theme_value = filter.theme.clone().unwrap_or_default();
    view! {
        <form method="get" class="filters" role="search" aria-label=locale.t("programme-filter")>
            <div class="field">
                <label for="filter-day">{locale.t("programme-filter-day")}</label>
                <select id="filter-day" name="day">
                    <option value="">{locale.t("programme-filter-all")}</option>
                    {days.into_iter().map(|day| {
                        let value = day.to_string();
                        let selected = value == day_value;
                        view! { <option value=value selected=selected>{locale.date(day)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-mode">{locale.t("programme-filter-mode")}</label>
                <select id="filter-mode" name="mode">
                    <option value="">{locale.t("programme-filter-all")}</option>
                    {[Mode::InPerson, Mode::Online, Mode::Hybrid].into_iter().map(|mode| {
                        let selected = mode.code() == mode_value;
                        view! { <option value=mode.code() selected=selected>{mode_label(locale, mode)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-theme">{locale.t("programme-filter-theme")}</label>
                <select id="filter-theme" name="theme">
                    <option value="">{locale.t("programme-filter-all")}</option>
                    {THEMES.into_iter().map(|theme| {
                        let selected = theme == theme_value;
                        view! { <option value=theme selected=selected>{locale.t(&format!("theme-{theme}"))}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{locale.t("programme-filter-apply")}</button>
        </form>
    }
}

pub fn mode_label(locale: Locale, mode: Mode) -> String {
    locale.t(&format!("mode-{}", mode.code()))
}

pub fn kind_label(locale: Locale, kind: ActivityKind) -> String {
    locale.t(&format!("kind-{}", kind.code()))
}

/// "12 of 30 places left", "Full: 4 waiting", or nothing when unlimited.
pub fn places_text(
    locale: Locale,
    capacity: Option<u64>,
    left: Option<u64>,
    waitlisted: u64,
) -> Option<String> {
    let number = |n: u64| i64::try_from(n).unwrap_or(i64::MAX).into();
    match (capacity, left) {
        (Some(_), Some(0)) => {
            Some(locale.t_with("places-full-waiting", &[("waiting", number(waitlisted))]))
        }
        (Some(capacity), Some(left)) => Some(locale.t_with(
            "places-left-of",
            &[("left", number(left)), ("capacity", number(capacity))],
        )),
        _ => None,
    }
}

/// A card's title, linked to its own page where there is one.
fn title(text: String, link: Option<String>) -> AnyView {
    match link {
        Some(href) => view! { <a href=href>{text}</a> }.into_any(),
        None => text.into_any(),
    }
}

#[component]
pub fn SessionCard(session: SessionView, #[prop(optional)] link: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let speakers = session
        .speakers
        .iter()
        .map(|s| {
            format!(
                "{} ({}, {})",
                s.name,
                s.organisation,
                locale.country_name(&s.country)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let places = if session.kind.takes_sign_ups() {
        places_text(
            locale,
            session.capacity,
            session.places_left,
            session.waitlisted,
        )
        .or_else(|| Some(locale.t("places-unlimited")))
    } else {
        Some(locale.t("places-plenary"))
    };
    view! {
        <article class="card activity" id=format!("activity-{}", session.id) data-testid="session">
            <p class="badges">
                <span class="badge">{kind_label(locale, session.kind)}</span>
                " "
                <span class="badge">{mode_label(locale, session.mode)}</span>
                {session.streamed.then(|| view! { " " <span class="badge">{locale.t("badge-streamed")}</span> })}
                {session.cancelled.then(|| view! { " " <span class="badge badge-danger">{locale.t("badge-cancelled")}</span> })}
            </p>
            <h4>{title(session.title.clone(), link)}</h4>
            <p class="muted">
                {time_range(session.starts_at, session.ends_at)}
                {session.room.clone().map(|room| format!(" · {room}"))}
            </p>
            <p>{session.summary.clone()}</p>
            {(!speakers.is_empty()).then(|| view! { <p class="muted">{locale.t("programme-speakers")} ": " {speakers}</p> })}
            {places.map(|text| view! { <p class="places" data-testid="places">{text}</p> })}
        </article>
    }
}

#[component]
pub fn VisitCard(visit: VisitView, #[prop(optional)] link: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let places = places_text(locale, visit.capacity, visit.places_left, visit.waitlisted);
    let facts = [
        ("visit-meeting-point", visit.meeting_point.clone()),
        ("visit-transport", visit.transport.clone()),
        ("visit-bring", visit.what_to_bring.clone()),
    ];
    view! {
        <article class="card activity" id=format!("activity-{}", visit.id) data-testid="visit">
            <p class="badges">
                <span class="badge">{kind_label(locale, ActivityKind::Visit)}</span>
                {visit.cancelled.then(|| view! { " " <span class="badge badge-danger">{locale.t("badge-cancelled")}</span> })}
            </p>
            <h4>{title(visit.title.clone(), link)}</h4>
            <p class="muted">{time_range(visit.starts_at, visit.ends_at)}</p>
            <p>{visit.summary.clone()}</p>
            <dl class="facts">
                {facts
                    .into_iter()
                    .filter_map(|(key, value)| value.map(|value| view! { <dt>{locale.t(key)}</dt><dd>{value}</dd> }))
                    .collect_view()}
            </dl>
            {places.map(|text| view! { <p class="places" data-testid="places">{text}</p> })}
        </article>
    }
}
