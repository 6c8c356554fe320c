//! `/staff/events/:slug`: the event's dashboard. Places, waitlist, offers,
//! online registrations, the fill of every breakout and visit, submissions
//! waiting, and charts; the figures follow the server's live updates
//! (server-sent events) while the page is open, and pick up again by
//! themselves after a lost connection.

use super::{
    charts::{BarList, DayChart},
    model::Dashboard,
};
use crate::{
    i18n::{use_locale, Locale},
    layout::{error_message, server_escaped, ErrorNotice},
    refresh::{PageRefresh, RefreshOn, Region},
    registration::fields::organisation_type_key,
    staff::pages::{SignOut, StaffDenied},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[server]
pub async fn get_dashboard(slug: String) -> Result<(String, Dashboard), ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, member) = staff_member(Capability::ViewRegistrations)
        .await
        .map_err(|e| e.into_server_error())?;
    let mut dashboard = super::dashboard::dashboard(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    dashboard.live_streams =
        crate::streaming::overview::live_streams(&state.db, &slug, state.live.as_ref())
            .await
            .map_err(|e| e.into_server_error())?;
    Ok((member.name, dashboard))
}

/// Changes the in-person capacity; a refusal comes back to the dashboard
/// as the action's error.
#[server]
pub async fn change_capacity(slug: String, capacity: String) -> Result<(), ServerFnError> {
    use crate::{
        forms::FieldErrors,
        platform::error::ServiceError,
        staff::{pages::staff_member, roles::Capability},
    };
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let Ok(limit) = capacity.trim().parse::<u32>() else {
        let refused = FieldErrors::single("capacity", "error-capacity-number");
        return Err(ServiceError::Invalid(refused).into_server_error());
    };
    crate::registration::waitlist::set_in_person_capacity(
        &state.db,
        &state.settings,
        &member,
        &slug,
        limit,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| e.into_server_error())?;
    leptos_axum::redirect(&format!("/staff/events/{slug}"));
    Ok(())
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let capacity_action = ServerAction::<ChangeCapacity>::new();
    let data = Resource::new(slug, get_dashboard);
    view! {
        <Title text=locale.t("dashboard-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((staff_name, dashboard)) => view! { <LiveDashboard staff_name dashboard capacity_action /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn LiveDashboard(
    staff_name: String,
    dashboard: Dashboard,
    capacity_action: ServerAction<ChangeCapacity>,
) -> impl IntoView {
    let locale = use_locale();
    let slug = dashboard.event_slug.clone();
    let title = dashboard.event_title.clone();
    let limit = dashboard.capacity.in_person.limit;
    let base = format!("/staff/events/{slug}");
    let updates = RefreshOn::Events {
        url: format!("{base}/live"),
        following: locale.t("dashboard-live"),
        reconnecting: locale.t("dashboard-reconnecting"),
        stopped: locale.t("dashboard-stopped"),
    };
    let figures = dashboard.clone();
    let streams = dashboard.clone();
    let activities = dashboard.clone();
    view! {
        <Title text=server_escaped(title.clone()) />
        <h1>{title}</h1>
        <p>{locale.t_with("staff-signed-in-as", &[("name", staff_name.into())])}</p>
        <SignOut />
        <nav aria-label=locale.t("dashboard-sections")>
            <ul class="inline">
                <li><a href=format!("{base}/registrations")>{locale.t("organizer-registrations")}</a></li>
                <li><a href=format!("{base}/programme")>{locale.t("staff-programme")}</a></li>
                <li><a href=format!("{base}/announcements")>{locale.t("announcements-title")}</a></li>
                <li><a href=format!("{base}/settings")>{locale.t("event-settings-title")}</a></li>
                <li><a href=format!("{base}/check-in")>{locale.t("dashboard-check-in")}</a></li>
                <li><a href=format!("{base}/badges")>{locale.t("dashboard-badges")}</a></li>
                <li><a href=format!("{base}/streams")>{locale.t("streams-title")}</a></li>
            </ul>
        </nav>
        <PageRefresh on=updates />
        <Region id="dashboard-figures">
            <Figures dashboard=figures />
        </Region>
        <ActionForm action=capacity_action attr:class="form inline-form">
            <input type="hidden" name="slug" value=slug.clone() />
            <label for="f-capacity">{locale.t("staff-capacity-label")}</label>
            <input id="f-capacity" name="capacity" type="number" min="0" value=limit />
            <button type="submit" class="button">{locale.t("staff-capacity-save")}</button>
        </ActionForm>
        {move || match capacity_action.value().get() {
            Some(Err(error)) => Some(view! { <ErrorNotice message=error_message(locale, &error) /> }),
            _ => None,
        }}
        <Region id="dashboard-details">
            <LiveStreams dashboard=streams />
            <Activities dashboard=activities />
            <Charts dashboard />
        </Region>
    }
}

/// The headline figures.
#[component]
fn Figures(dashboard: Dashboard) -> impl IntoView {
    let locale = use_locale();
    let in_person = dashboard.capacity.in_person;
    let taken = locale.t_with(
        "dashboard-taken-of",
        &[
            ("taken", count(in_person.confirmed).into()),
            ("limit", count(in_person.limit).into()),
        ],
    );
    let figures = [
        ("staff-offered", "offered", in_person.offered),
        ("staff-waitlisted", "waitlisted", in_person.waitlisted),
        ("staff-left", "left", in_person.left),
        (
            "staff-online",
            "online",
            dashboard.capacity.online.registered,
        ),
        (
            "dashboard-submissions-waiting",
            "submissions",
            dashboard.submissions_waiting,
        ),
    ];
    view! {
        <section aria-labelledby="places-heading">
            <h2 id="places-heading">{locale.t("staff-capacity")}</h2>
            <p class="headline" data-testid="figure-confirmed">{taken}</p>
            <dl class="figures" data-testid="staff-figures">
                {figures
                    .into_iter()
                    .map(|(key, id, value)| view! { <div><dt>{locale.t(key)}</dt><dd data-testid=format!("figure-{id}")>{value}</dd></div> })
                    .collect_view()}
            </dl>
        </section>
    }
}

fn count(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// The streams live now: how long, at what bitrate, how many watch.
#[component]
fn LiveStreams(dashboard: Dashboard) -> impl IntoView {
    let locale = use_locale();
    let streams = format!("/staff/events/{}/streams", dashboard.event_slug);
    view! {
        <section aria-labelledby="streams-heading">
            <h2 id="streams-heading"><a href=streams>{locale.t("streams-title")}</a></h2>
            {if dashboard.live_streams.is_empty() {
                view! { <p class="muted" data-testid="live-streams">{locale.t("dashboard-no-stream")}</p> }.into_any()
            } else {
                view! {
                    <ul data-testid="live-streams">
                        {dashboard
                            .live_streams
                            .into_iter()
                            .map(|(title, figures)| {
                                let minutes = (chrono::Utc::now() - figures.live_since).num_minutes().max(0);
                                let text = locale.t_with(
                                    "dashboard-stream",
                                    &[
                                        ("minutes", minutes.into()),
                                        ("kbps", count(figures.bitrate_kbps).into()),
                                        ("viewers", count(figures.viewers).into()),
                                    ],
                                );
                                view! { <li><strong>{title}</strong> ": " {text}</li> }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// How full each breakout and visit is.
#[component]
fn Activities(dashboard: Dashboard) -> impl IntoView {
    let locale = use_locale();
    let slug = dashboard.event_slug;
    (!dashboard.activities.is_empty()).then(|| {
        view! {
            <section aria-labelledby="activities-heading">
                <h2 id="activities-heading">{locale.t("dashboard-activities")}</h2>
                <div class="table-wrap">
                    <table data-testid="activity-fill">
                        <thead>
                            <tr>
                                <th scope="col">{locale.t("dashboard-activity")}</th>
                                <th scope="col">{locale.t("dashboard-places")}</th>
                                <th scope="col">{locale.t("staff-waitlisted")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {dashboard
                                .activities
                                .into_iter()
                                .map(|activity| {
                                    let places = match activity.capacity {
                                        Some(limit) => locale.t_with("dashboard-taken-of", &[("taken", count(activity.taken).into()), ("limit", count(limit).into())]),
                                        None => locale.t_with("dashboard-taken-unlimited", &[("taken", count(activity.taken).into())]),
                                    };
                                    let kind = locale.t(if activity.visit { "dashboard-visit" } else { "dashboard-session" });
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <a href=format!("/staff/events/{slug}/programme/{}", activity.id)>{activity.title}</a>
                                                " " <span class="muted">{kind}</span>
                                            </th>
                                            <td>{places}</td>
                                            <td>{activity.waitlisted}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        }
    })
}

#[component]
fn Charts(dashboard: Dashboard) -> impl IntoView {
    let locale = use_locale();
    let countries = named(locale, dashboard.countries, |locale, code| {
        if code.is_empty() {
            locale.t("dashboard-other-countries")
        } else {
            locale.country_name(code)
        }
    });
    let types = named(locale, dashboard.organisation_types, |locale, code| {
        if code.is_empty() {
            locale.t("organisation-type-unsaid")
        } else {
            locale.t(&organisation_type_key(code))
        }
    });
    view! {
        <section aria-labelledby="charts-heading">
            <h2 id="charts-heading">{locale.t("dashboard-charts")}</h2>
            <DayChart days=dashboard.per_day />
            <div class="chart-columns">
                <BarList caption=locale.t("dashboard-by-country") items=countries testid="chart-countries" />
                <BarList caption=locale.t("dashboard-by-organisation-type") items=types testid="chart-organisation-types" />
            </div>
        </section>
    }
}

fn named(
    locale: Locale,
    counts: Vec<(String, u64)>,
    name: impl Fn(Locale, &str) -> String,
) -> Vec<(String, u64)> {
    counts
        .into_iter()
        .map(|(code, count)| (name(locale, &code), count))
        .collect()
}
