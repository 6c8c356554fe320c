//! The staff pages: sign-in, the list of events, and an event's registrations.

use crate::{
    events::{model::EventView, page::CapacityCounter},
    i18n::use_locale,
    layout::{error_message, ErrorNotice},
    registration::model::{Attendance, Status},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// One line of the registrations list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationRow {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub attendance: Attendance,
    pub status: Status,
    pub registered_on: chrono::NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffEventData {
    pub staff_name: String,
    pub event: EventView,
    pub registrations: Vec<RegistrationRow>,
}

/// The staff member of this request, if they may do `capability`.
#[cfg(feature = "ssr")]
pub(crate) async fn staff_member(
    capability: super::roles::Capability,
) -> Result<
    (crate::platform::state::AppState, super::auth::StaffMember),
    crate::platform::error::ServiceError,
> {
    use crate::platform::state::AppState;
    let state = AppState::from_context()?;
    let token = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| super::auth::session_token(&parts.headers));
    let member =
        super::auth::require(&state.db, token.as_deref(), capability, chrono::Utc::now()).await?;
    Ok((state, member))
}

#[server]
pub async fn staff_login(email: String, password: String) -> Result<Option<String>, ServerFnError> {
    use crate::platform::{error::ServiceError, state::AppState};
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    match super::auth::sign_in(&state.db, &email, &password, chrono::Utc::now()).await {
        Ok(token) => {
            let cookie = cookie::Cookie::build((super::auth::SESSION_COOKIE, token))
                .path("/")
                .http_only(true)
                .secure(state.settings.secure_cookies())
                .same_site(cookie::SameSite::Lax)
                .max_age(cookie::time::Duration::hours(12))
                .build();
            if let (Some(response), Ok(value)) = (
                use_context::<leptos_axum::ResponseOptions>(),
                http::HeaderValue::from_str(&cookie.encoded().to_string()),
            ) {
                response.append_header(http::header::SET_COOKIE, value);
            }
            leptos_axum::redirect("/staff");
            Ok(None)
        }
        Err(ServiceError::Unauthorized) => {
            if crate::platform::flash::is_plain_form_post() {
                leptos_axum::redirect("/staff/login?failed=1");
            }
            Ok(Some("error-sign-in".to_owned()))
        }
        Err(other) => Err(other.into_server_error()),
    }
}

#[server]
pub async fn staff_logout() -> Result<(), ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let token = use_context::<http::request::Parts>()
        .and_then(|parts| super::auth::session_token(&parts.headers));
    if let Some(token) = token {
        super::auth::sign_out(&state.db, &token)
            .await
            .map_err(|e| e.into_server_error())?;
    }
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&format!(
            "{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
            super::auth::SESSION_COOKIE
        )),
    ) {
        response.append_header(http::header::SET_COOKIE, value);
    }
    leptos_axum::redirect("/staff/login");
    Ok(())
}

#[server]
pub async fn staff_events() -> Result<(String, Vec<EventView>), ServerFnError> {
    let (state, member) = staff_member(super::roles::Capability::ViewRegistrations)
        .await
        .map_err(|e| e.into_server_error())?;
    let events = crate::events::service::list(&state.db)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok((member.name, events))
}

#[server]
pub async fn staff_event(slug: String) -> Result<StaffEventData, ServerFnError> {
    let (state, member) = staff_member(super::roles::Capability::ViewRegistrations)
        .await
        .map_err(|e| e.into_server_error())?;
    let event = crate::events::service::view(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    let registrations = crate::registration::service::list_for_event(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?
        .into_iter()
        .map(|r| RegistrationRow {
            name: r.name,
            email: r.email,
            organisation: r.organisation,
            country: r.country,
            attendance: r.attendance,
            status: r.status,
            registered_on: r.created_at.date_naive(),
        })
        .collect();
    Ok(StaffEventData {
        staff_name: member.name,
        event,
        registrations,
    })
}

#[server]
pub async fn change_capacity(
    slug: String,
    capacity: String,
) -> Result<Option<String>, ServerFnError> {
    use crate::platform::error::ServiceError;
    let (state, _) = staff_member(super::roles::Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let Ok(limit) = capacity.trim().parse::<u32>() else {
        return Ok(Some(
            crate::i18n::detect_locale().t("error-capacity-number"),
        ));
    };
    match crate::registration::waitlist::set_in_person_capacity(
        &state.db,
        &state.settings,
        &slug,
        limit,
        chrono::Utc::now(),
    )
    .await
    {
        Ok(()) => {
            leptos_axum::redirect(&format!("/staff/events/{slug}"));
            Ok(None)
        }
        Err(error @ ServiceError::CapacityTooLow { .. }) => {
            Ok(Some(error.message(crate::i18n::detect_locale())))
        }
        Err(other) => Err(other.into_server_error()),
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<StaffLogin>::new();
    let query = use_query_map();
    let failed_before = query.read_untracked().get("failed").is_some();
    let problem = move || match action.value().get() {
        Some(Ok(Some(key))) => Some(locale.t(&key)),
        Some(Err(error)) => Some(error_message(locale, &error)),
        Some(Ok(None)) => None,
        None => failed_before.then(|| locale.t("error-sign-in")),
    };
    view! {
        <Title text=locale.t("staff-sign-in") />
        <Meta name="robots" content="noindex" />
        <h1>{locale.t("staff-sign-in")}</h1>
        {move || problem().map(|message| view! { <div class="error-summary" role="alert"><p>{message}</p></div> })}
        <ActionForm action attr:class="form narrow">
            <div class="field">
                <label for="f-staff-email">{locale.t("field-email")}</label>
                <input id="f-staff-email" name="email" type="email" autocomplete="username" />
            </div>
            <div class="field">
                <label for="f-staff-password">{locale.t("field-password")}</label>
                <input id="f-staff-password" name="password" type="password" autocomplete="current-password" />
            </div>
            <button type="submit" class="button">{locale.t("staff-sign-in")}</button>
        </ActionForm>
    }
}

/// What a staff page shows when the visitor may not see it.
#[component]
pub(crate) fn StaffDenied(message: String) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ErrorNotice message />
        <p>
            <a href="/staff/login">{locale.t("staff-sign-in")}</a>
        </p>
    }
}

#[component]
pub(crate) fn SignOut() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<StaffLogout>::new();
    view! {
        <ActionForm action attr:class="inline">
            <button type="submit" class="button button-secondary">{locale.t("staff-sign-out")}</button>
        </ActionForm>
    }
}

#[component]
pub fn StaffHome() -> impl IntoView {
    let locale = use_locale();
    let events = Resource::new(|| (), |_| staff_events());
    view! {
        <Title text=locale.t("staff-title") />
        <Meta name="robots" content="noindex" />
        <h1>{locale.t("staff-title")}</h1>
        <ul class="inline">
            <li><a href="/staff/library">{locale.t("library-moderation")}</a></li>
            <li><a href="/staff/library/themes">{locale.t("library-themes")}</a></li>
        </ul>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match events.await {
                    Ok((name, events)) => view! {
                        <p>{locale.t_with("staff-signed-in-as", &[("name", name.into())])}</p>
                        <SignOut />
                        <ul class="event-list">
                            {events
                                .into_iter()
                                .map(|event| {
                                    let href = format!("/staff/events/{}", event.slug);
                                    view! {
                                        <li class="card">
                                            <h2><a href=href>{event.title.clone()}</a></h2>
                                            <CapacityCounter capacity=event.capacity />
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn StaffEventPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let capacity_action = ServerAction::<ChangeCapacity>::new();
    let data = Resource::new(
        move || (slug(), capacity_action.version().get()),
        |(slug, _)| staff_event(slug),
    );
    view! {
        <Title text=locale.t("staff-registrations") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <StaffEventView data capacity_action /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn StaffEventView(
    data: StaffEventData,
    capacity_action: ServerAction<ChangeCapacity>,
) -> impl IntoView {
    let locale = use_locale();
    let in_person = data.event.capacity.in_person;
    let figures = [
        ("staff-limit", in_person.limit),
        ("staff-confirmed", in_person.confirmed),
        ("staff-offered", in_person.offered),
        ("staff-waitlisted", in_person.waitlisted),
        ("staff-left", in_person.left),
        ("staff-online", data.event.capacity.online.registered),
    ];
    view! {
        <h1>{data.event.title.clone()}</h1>
        <p>{locale.t_with("staff-signed-in-as", &[("name", data.staff_name.clone().into())])}</p>
        <SignOut />
        <p><a href=format!("/staff/events/{}/programme", data.event.slug)>{locale.t("staff-programme")}</a></p>
        <h2>{locale.t("staff-capacity")}</h2>
        <dl class="figures" data-testid="staff-figures">
            {figures
                .into_iter()
                .map(|(key, value)| view! { <div><dt>{locale.t(key)}</dt><dd>{value}</dd></div> })
                .collect_view()}
        </dl>
        <ActionForm action=capacity_action attr:class="form inline-form">
            <input type="hidden" name="slug" value=data.event.slug.clone() />
            <label for="f-capacity">{locale.t("staff-capacity-label")}</label>
            <input id="f-capacity" name="capacity" type="number" min="0" value=in_person.limit />
            <button type="submit" class="button">{locale.t("staff-capacity-save")}</button>
        </ActionForm>
        {move || match capacity_action.value().get() {
            Some(Ok(Some(message))) => Some(view! { <ErrorNotice message /> }),
            Some(Err(error)) => Some(view! { <ErrorNotice message=error_message(locale, &error) /> }),
            _ => None,
        }}
        <h2>{locale.t_with("staff-registrations-count", &[("count", i64::try_from(data.registrations.len()).unwrap_or(0).into())])}</h2>
        <div class="table-wrap">
            <table>
                <thead>
                    <tr>
                        <th scope="col">{locale.t("field-name")}</th>
                        <th scope="col">{locale.t("field-email")}</th>
                        <th scope="col">{locale.t("field-organisation")}</th>
                        <th scope="col">{locale.t("field-country")}</th>
                        <th scope="col">{locale.t("field-attendance")}</th>
                        <th scope="col">{locale.t("staff-status")}</th>
                        <th scope="col">{locale.t("staff-registered-on")}</th>
                    </tr>
                </thead>
                <tbody>
                    {data
                        .registrations
                        .into_iter()
                        .map(|row| {
                            let attendance = match row.attendance {
                                Attendance::InPerson => locale.t("attendance-in-person"),
                                Attendance::Online => locale.t("attendance-online"),
                            };
                            let status = status_label(locale, row.status);
                            view! {
                                <tr>
                                    <td>{row.name}</td>
                                    <td>{row.email}</td>
                                    <td>{row.organisation}</td>
                                    <td>{locale.country_name(&row.country)}</td>
                                    <td>{attendance}</td>
                                    <td>{status}</td>
                                    <td>{locale.date(row.registered_on)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// A place's state as staff read it.
pub fn status_label(locale: crate::i18n::Locale, status: Status) -> String {
    locale.t(match status {
        Status::Confirmed => "staff-status-confirmed",
        Status::Waitlisted => "staff-status-waitlisted",
        Status::Offered => "staff-status-offered",
        Status::Cancelled => "staff-status-cancelled",
    })
}
