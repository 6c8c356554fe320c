use super::{
    fields::{PrivacyTerms, RegistrationFields},
    model::{FormOutcome, RegistrationForm},
};
use crate::{
    events::{model::EventView, page::get_event},
    form_fields::{outcome_signals, ErrorSummary},
    i18n::use_locale,
    layout::{error_message, server_escaped, ErrorNotice},
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[cfg(feature = "ssr")]
const FLASH: &str = "register";

/// Registers for an event. On success the browser goes to the new
/// registration's page; otherwise the answer says what to fix.
#[server]
pub async fn register(
    slug: String,
    form: RegistrationForm,
) -> Result<Option<FormOutcome<RegistrationForm>>, ServerFnError> {
    use crate::{
        forms::FieldErrors,
        platform::{error::ServiceError, flash, state::AppState},
    };
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let client = leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .map(|info| info.0.ip())
        .map_err(|e| ServiceError::Internal(e.to_string()).into_server_error())?;
    let result = match state.registration_limiter.check(client) {
        Ok(()) => {
            state
                .registrations
                .register(&slug, &form, chrono::Utc::now())
                .await
        }
        Err(limited) => Err(limited),
    };
    let outcome = match result {
        Ok(registered) => {
            leptos_axum::redirect(&format!("/manage/{}?welcome=1", registered.manage_token));
            return Ok(None);
        }
        Err(ServiceError::Invalid(errors)) => FormOutcome {
            values: form,
            errors,
            problem: None,
        },
        Err(ServiceError::Conflict("error-email-taken")) => FormOutcome {
            values: form,
            errors: FieldErrors::single("email", "error-email-taken"),
            problem: None,
        },
        Err(ServiceError::Conflict(key)) => FormOutcome {
            values: form,
            errors: FieldErrors::default(),
            problem: Some(key.to_owned()),
        },
        // Not kept for the page: past the limit, posts would fill the
        // server's store of forms at whatever pace they come.
        Err(ServiceError::RateLimited) => FormOutcome {
            values: RegistrationForm::default(),
            errors: FieldErrors::default(),
            problem: Some("error-rate-limited".to_owned()),
        },
        Err(other) => return Err(other.into_server_error()),
    };
    flash::send_back(FLASH, &format!("/events/{slug}/register"), &outcome).await?;
    Ok(Some(outcome))
}

/// What a registration posted without JavaScript left to fix, once.
#[server]
pub async fn take_registration_flash(
) -> Result<Option<FormOutcome<RegistrationForm>>, ServerFnError> {
    Ok(crate::platform::flash::take(FLASH).await)
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let event = Resource::new(slug, get_event);
    let flash = Resource::new(|| (), |_| take_registration_flash());
    view! {
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match event.await {
                    Ok(event) => view! { <RegistrationFormView event flash /> }.into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn RegistrationFormView(
    event: EventView,
    flash: Option<FormOutcome<RegistrationForm>>,
) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<Register>::new();
    let full = event.capacity.in_person.is_full();
    let (errors, problem) = outcome_signals(
        Signal::derive(move || action.value().get()),
        flash
            .as_ref()
            .map(|f| (f.errors.clone(), f.problem.clone())),
    );
    let values = flash.map(|f| f.values).unwrap_or_else(|| RegistrationForm {
        language: locale.code().to_owned(),
        attendance: if full { "online" } else { "in_person" }.to_owned(),
        ..Default::default()
    });
    let terms = PrivacyTerms {
        event_slug: event.slug.clone(),
        retention_days: event.retention_days,
    };
    view! {
        <Title text=server_escaped(format!("{} – {}", locale.t("register-title"), event.title)) />
        <h1>{locale.t("register-title")}</h1>
        <p class="lead">{event.title.clone()}</p>
        <p class="muted">{locale.date_range(event.starts_on, event.ends_on)} " · " {event.venue.clone()}</p>
        {full
            .then(|| {
                view! {
                    <div class="notice notice-warning" data-testid="full-notice">
                        <p>{locale.t("register-full-notice")}</p>
                    </div>
                }
            })}
        {if event.registration_open {
            view! {
                <ErrorSummary errors problem />
                <ActionForm action attr:novalidate="" attr:class="form">
                    <input type="hidden" name="slug" value=event.slug.clone() />
                    <p class="hint">{locale.t("register-all-required")}</p>
                    <RegistrationFields values errors in_person_full=full consent=terms.clone() />
                    <button type="submit" class="button">{locale.t("register-submit")}</button>
                </ActionForm>
            }
            .into_any()
        } else {
            view! { <p class="notice">{locale.t("registration-closed")}</p> }.into_any()
        }}
    }
}
