//! The staff pages: sign-in, the list of events, and an event's registrations.

use crate::{
    events::{model::EventView, page::CapacityCounter},
    i18n::use_locale,
    layout::{error_message, ErrorNotice},
    registration::model::Status,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

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
    let client = leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .map(|info| info.0.ip())
        .map_err(|e| ServiceError::Internal(e.to_string()).into_server_error())?;
    let attempt = match state.sign_in_limiter.check(client) {
        Ok(()) => super::auth::sign_in(&state.db, &email, &password, chrono::Utc::now()).await,
        Err(limited) => Err(limited),
    };
    match attempt {
        Ok(token) => {
            let cookie = crate::platform::cookies::private_cookie(
                super::auth::SESSION_COOKIE,
                token,
                cookie::time::Duration::hours(12),
                state.settings.secure_cookies(),
            );
            if let (Some(response), Ok(value)) = (
                use_context::<leptos_axum::ResponseOptions>(),
                http::HeaderValue::from_str(&cookie.encoded().to_string()),
            ) {
                response.append_header(http::header::SET_COOKIE, value);
            }
            leptos_axum::redirect("/staff");
            Ok(None)
        }
        Err(refused @ (ServiceError::Unauthorized | ServiceError::RateLimited)) => {
            let key = match refused {
                ServiceError::RateLimited => "error-rate-limited",
                _ => "error-sign-in",
            };
            if crate::platform::flash::is_plain_form_post() {
                leptos_axum::redirect(&format!("/staff/login?failed={key}"));
            }
            Ok(Some(key.to_owned()))
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

/// What the staff home shows a signed-in member: their name and role, and
/// the events (with figures) if their role sees registrations.
#[server]
pub async fn get_staff_home() -> Result<(String, super::roles::Role, Vec<EventView>), ServerFnError>
{
    use super::roles::Capability;
    let (state, member) = staff_member(Capability::StaffArea)
        .await
        .map_err(|e| e.into_server_error())?;
    let events = if member.role.allows(Capability::ViewRegistrations)
        || member.role.allows(Capability::CheckIn)
    {
        crate::events::service::list(&state.db)
            .await
            .map_err(|e| e.into_server_error())?
    } else {
        Vec::new()
    };
    Ok((member.name, member.role, events))
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<StaffLogin>::new();
    let query = use_query_map();
    // Without JavaScript the refusal comes back in the address; only the
    // known refusals are shown.
    let failed_before = query
        .read_untracked()
        .get("failed")
        .map(|key| match key.as_str() {
            "error-rate-limited" => key,
            _ => "error-sign-in".to_owned(),
        });
    let problem = move || match action.value().get() {
        Some(Err(error)) => Some(error_message(locale, &error)),
        _ => failed_before.as_ref().map(|key| locale.t(key)),
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
    let home = Resource::new(|| (), |_| get_staff_home());
    view! {
        <Title text=locale.t("staff-title") />
        <Meta name="robots" content="noindex" />
        <h1>{locale.t("staff-title")}</h1>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok((name, role, events)) => view! {
                        <p>{locale.t_with("staff-signed-in-as", &[("name", name.into())])}</p>
                        <SignOut />
                        <StaffLinks role />
                        <ul class="event-list">
                            {events
                                .into_iter()
                                .map(|event| {
                                    let base = format!("/staff/events/{}", event.slug);
                                    let dashboard = role.allows(super::roles::Capability::ViewRegistrations);
                                    view! {
                                        <li class="card">
                                            <h2>{event.title.clone()}</h2>
                                            <CapacityCounter capacity=event.capacity />
                                            <ul class="inline">
                                                {dashboard.then(|| view! { <li><a href=base.clone()>{locale.t("dashboard-title")}</a></li> })}
                                                <li><a href=format!("{base}/check-in")>{locale.t("dashboard-check-in")}</a></li>
                                            </ul>
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

/// The staff pages a role may open, beyond the events.
#[component]
fn StaffLinks(role: super::roles::Role) -> impl IntoView {
    use super::roles::Capability;
    let locale = use_locale();
    let links = [
        (Capability::Moderate, "/staff/library", "library-moderation"),
        (
            Capability::ManageEvents,
            "/staff/library/themes",
            "library-themes",
        ),
        (Capability::ReadAuditLog, "/staff/audit", "audit-title"),
        (Capability::ManageStaff, "/staff/accounts", "accounts-title"),
        (
            Capability::CreateEvents,
            "/staff/new-event",
            "event-new-title",
        ),
    ];
    view! {
        <ul class="inline">
            {links
                .into_iter()
                .filter(|(capability, _, _)| role.allows(*capability))
                .map(|(_, href, key)| view! { <li><a href=href>{locale.t(key)}</a></li> })
                .collect_view()}
        </ul>
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
