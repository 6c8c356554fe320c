use super::model::{CapacityView, EventView};
use crate::{
    i18n::{use_locale, Locale},
    layout::{error_message, server_escaped, ErrorNotice},
    refresh::{PageRefresh, RefreshOn, Region},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[server]
pub async fn list_events() -> Result<Vec<EventView>, ServerFnError> {
    let state =
        crate::platform::state::AppState::from_context().map_err(|e| e.into_server_error())?;
    super::service::list(&state.db)
        .await
        .map_err(|e| e.into_server_error())
}

#[server]
pub async fn get_event(slug: String) -> Result<EventView, ServerFnError> {
    let state =
        crate::platform::state::AppState::from_context().map_err(|e| e.into_server_error())?;
    super::service::view(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())
}

/// The list of events, newest first.
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let events = Resource::new(|| (), |_| list_events());
    view! {
        <Title text=locale.t("site-name") />
        <h1>{locale.t("home-title")}</h1>
        <p class="lead">{locale.t("home-intro")}</p>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match events.await {
                    Ok(events) if events.is_empty() => view! { <p>{locale.t("home-no-events")}</p> }.into_any(),
                    Ok(events) => view! {
                        <ul class="event-list">
                            {events
                                .into_iter()
                                .map(|event| {
                                    let href = format!("/events/{}", event.slug);
                                    view! {
                                        <li class="card">
                                            <h2>
                                                <a href=href>{event.title.clone()}</a>
                                            </h2>
                                            <p>{event.theme.clone()}</p>
                                            <p class="muted">
                                                {locale.date_range(event.starts_on, event.ends_on)} " · "
                                                {event.venue.clone()}
                                            </p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The public page of one event, with its live count of places.
#[component]
pub fn EventPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let event = Resource::new(slug, get_event);
    view! {
        <PageRefresh on=RefreshOn::Every(30) />
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match event.await {
                    Ok(event) => view! { <EventDetails event /> }.into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn EventDetails(event: EventView) -> impl IntoView {
    let locale = use_locale();
    let register_href = format!("/events/{}/register", event.slug);
    let programme_href = format!("/events/{}/programme", event.slug);
    view! {
        <Title text=server_escaped(event.title.clone()) />
        <article class="event">
            <h1>{event.title.clone()}</h1>
            <p class="lead">{event.theme.clone()}</p>
            <dl class="facts">
                <dt>{locale.t("fact-dates")}</dt>
                <dd>{locale.date_range(event.starts_on, event.ends_on)}</dd>
                <dt>{locale.t("fact-venue")}</dt>
                <dd>{event.venue.clone()}</dd>
                <dt>{locale.t("fact-timezone")}</dt>
                <dd>{event.timezone.clone()}</dd>
            </dl>
            <Region id="capacity" announced=true>
                <CapacityCounter capacity=event.capacity />
            </Region>
            {event
                .registration_open
                .then(|| {
                    view! {
                        <p>
                            <a class="button" href=register_href>
                                {locale.t("register-action")}
                            </a>
                        </p>
                    }
                })}
            {(!event.registration_open).then(|| view! { <p class="notice">{locale.t("registration-closed")}</p> })}
            <p>
                <a href=programme_href>{locale.t("programme-link")}</a>
            </p>
            <p>{event.summary.clone()}</p>
            <h2>{locale.t("event-objectives")}</h2>
            <ol>{event.objectives.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view()}</ol>
            <h2>{locale.t("event-target-groups")}</h2>
            <ul>{event.target_groups.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view()}</ul>
        </article>
    }
}

/// "N of 150 in-person places left · online attendance unlimited".
#[component]
pub fn CapacityCounter(capacity: CapacityView) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="capacity" data-testid="capacity">
            <strong>{places_left(locale, &capacity)}</strong>
            " · "
            {locale.t("online-unlimited")}
        </p>
    }
}

fn places_left(locale: Locale, capacity: &CapacityView) -> String {
    let in_person = capacity.in_person;
    if in_person.is_full() {
        return locale.t_with(
            "in-person-full",
            &[(
                "limit",
                i64::try_from(in_person.limit).unwrap_or(i64::MAX).into(),
            )],
        );
    }
    locale.t_with(
        "places-left",
        &[
            (
                "left",
                i64::try_from(in_person.left).unwrap_or(i64::MAX).into(),
            ),
            (
                "limit",
                i64::try_from(in_person.limit).unwrap_or(i64::MAX).into(),
            ),
        ],
    )
}
