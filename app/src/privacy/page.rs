//! `/manage/:token/data`: what the platform holds about the person, to read
//! and to download as JSON, and the form that erases it.
//! `/events/:slug/erased` says that it is done.

use super::model::PersonalData;
use crate::{
    forms::FieldErrors,
    i18n::{use_locale, Locale},
    layout::{error_message, ErrorNotice},
    registration::{
        fields::organisation_type_key,
        model::{Attendance, FormOutcome},
    },
    staff::pages::status_label,
};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

#[cfg(feature = "ssr")]
const ERASE_FLASH: &str = "erase";

#[server]
pub async fn get_personal_data(
    token: String,
) -> Result<(PersonalData, Option<FormOutcome<()>>), ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let data = super::service::personal_data(&state.db, &token, Utc::now())
        .await
        .map_err(|e| e.into_server_error())?;
    Ok((data, crate::platform::flash::take(ERASE_FLASH).await))
}

/// Erases the registration once the person has ticked that they mean it.
#[server]
pub async fn erase_personal_data(
    token: String,
    confirm: Option<String>,
) -> Result<Option<FormOutcome<()>>, ServerFnError> {
    use crate::platform::{flash, state::AppState};
    if confirm.is_none() {
        let outcome = FormOutcome {
            values: (),
            errors: FieldErrors::single("confirm", "error-confirm-erase"),
            problem: None,
        };
        flash::send_back(ERASE_FLASH, &format!("/manage/{token}/data"), &outcome).await?;
        return Ok(Some(outcome));
    }
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let slug = super::service::erase(&state.db, &state.settings, &token, Utc::now())
        .await
        .map_err(|e| e.into_server_error())?;
    leptos_axum::redirect(&format!("/events/{slug}/erased"));
    Ok(None)
}

#[component]
pub fn PersonalDataPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let erase = ServerAction::<ErasePersonalData>::new();
    let data = Resource::new(token, get_personal_data);
    view! {
        <Title text=locale.t("data-title") />
        // A secret link: kept out of search engines (the Referer never leaves
        // the site, see `security_headers`).
        <Meta name="robots" content="noindex" />
        <h1>{locale.t("data-title")}</h1>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((data, flash)) => view! { <DataView token=token() data erase flash /> }.into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn moment(locale: Locale, at: DateTime<Utc>) -> String {
    locale.date_time(at.naive_utc(), "UTC")
}

fn yes_no(locale: Locale, value: bool) -> String {
    locale.t(if value { "data-yes" } else { "data-no" })
}

#[component]
fn DataView(
    token: String,
    data: PersonalData,
    erase: ServerAction<ErasePersonalData>,
    flash: Option<FormOutcome<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let person = data.registration;
    let optional = |value: Option<String>| value.unwrap_or_else(|| locale.t("data-none"));
    let facts = vec![
        (locale.t("field-name"), person.name),
        (locale.t("field-email"), person.email),
        (locale.t("field-organisation"), person.organisation),
        (
            locale.t("field-organisation-type"),
            optional(
                person
                    .organisation_type
                    .map(|code| locale.t(&organisation_type_key(&code))),
            ),
        ),
        (
            locale.t("field-country"),
            locale.country_name(&person.country),
        ),
        (locale.t("field-function"), person.function),
        (
            locale.t("field-attendance"),
            locale.t(match person.attendance {
                Attendance::InPerson => "attendance-in-person",
                Attendance::Online => "attendance-online",
            }),
        ),
        (locale.t("data-status"), status_label(locale, person.status)),
        (
            locale.t("field-language"),
            Locale::from_code(&person.language)
                .map_or(person.language, |language| language.endonym().to_owned()),
        ),
        (
            locale.t("field-accessibility-needs"),
            optional(person.accessibility_needs),
        ),
        (
            locale.t("field-dietary-needs"),
            optional(person.dietary_needs),
        ),
        (
            locale.t("data-list-consent"),
            yes_no(locale, person.list_consent),
        ),
        (
            locale.t("data-privacy-consent"),
            moment(locale, person.privacy_consent_at),
        ),
        (
            locale.t("data-registered-at"),
            moment(locale, person.created_at),
        ),
        (
            locale.t("data-updated-at"),
            moment(locale, person.updated_at),
        ),
        (
            locale.t("data-checked-in-at"),
            optional(data.checked_in_at.map(|at| moment(locale, at))),
        ),
        (locale.t("data-secret-links"), data.secret_links.to_string()),
        (
            locale.t("data-calendar-feeds"),
            data.calendar_feeds.len().to_string(),
        ),
    ];
    let download = format!("/manage/{token}/data.json");
    let back = format!("/manage/{token}");
    view! {
        <p class="lead">{data.event.title}</p>
        <p>{locale.t("data-intro")}</p>
        <p>
            <a class="button" href=download download="">{locale.t("data-download")}</a>
            " "
            <a href=back>{locale.t("data-back")}</a>
        </p>
        <section aria-labelledby="data-registration">
            <h2 id="data-registration">{locale.t("data-registration")}</h2>
            <dl class="facts" data-testid="personal-data">
                {facts.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
            </dl>
        </section>
        <section aria-labelledby="data-sign-ups">
            <h2 id="data-sign-ups">{locale.t("data-sign-ups")}</h2>
            {if data.sign_ups.is_empty() {
                view! { <p>{locale.t("data-none")}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {data.sign_ups.into_iter().map(|sign_up| view! {
                            <li>{sign_up.activity} " — " {moment(locale, sign_up.starts_at)} " — " {status_label(locale, sign_up.status)}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="data-emails">
            <h2 id="data-emails">{locale.t("data-emails")}</h2>
            <ul>
                {data.emails.into_iter().map(|email| {
                    let when = email.sent_at.map_or_else(|| locale.t("data-email-waiting"), |at| moment(locale, at));
                    view! { <li>{email.subject} " — " {when}</li> }
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="data-staff">
            <h2 id="data-staff">{locale.t("data-staff-changes")}</h2>
            {if data.staff_changes.is_empty() {
                view! { <p>{locale.t("data-none")}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {data.staff_changes.into_iter().map(|change| view! {
                            <li>
                                {moment(locale, change.at)} " — "
                                {locale.t(&crate::organizer::model::audit_action_key(&change.action))} " — "
                                {change.staff_name}
                                {change.reason.map(|reason| format!(" — {reason}"))}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <EraseForm token erase flash />
    }
}

#[component]
fn EraseForm(
    token: String,
    erase: ServerAction<ErasePersonalData>,
    flash: Option<FormOutcome<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let initial_errors = flash.map(|f| f.errors).unwrap_or_default();
    let errors = Signal::derive(move || match erase.value().get() {
        Some(Ok(Some(outcome))) => outcome.errors,
        Some(_) => FieldErrors::default(),
        None => initial_errors.clone(),
    });
    view! {
        <section aria-labelledby="erase-heading" class="danger-zone">
            <h2 id="erase-heading">{locale.t("data-erase-title")}</h2>
            <p>{locale.t("data-erase-hint")}</p>
            <ActionForm action=erase>
                <input type="hidden" name="token" value=token />
                <div class="field checkbox" class:has-error=move || errors.read().get("confirm").is_some()>
                    {move || errors.read().get("confirm").map(|key| view! { <p class="field-error" id="f-erase-confirm-error" role="alert">{locale.t(key)}</p> })}
                    <input id="f-erase-confirm" type="checkbox" name="confirm" value="yes" />
                    <label for="f-erase-confirm">{locale.t("data-erase-confirm")}</label>
                </div>
                <button type="submit" class="button button-danger">{locale.t("data-erase-submit")}</button>
            </ActionForm>
            {move || match erase.value().get() {
                Some(Err(error)) => Some(view! { <ErrorNotice message=error_message(locale, &error) /> }),
                _ => None,
            }}
        </section>
    }
}

/// Shown once a person's data is erased; their link no longer opens anything.
#[component]
pub fn ErasedPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let event = move || format!("/events/{}", params.read().get("slug").unwrap_or_default());
    view! {
        <Title text=locale.t("erased-title") />
        <h1>{locale.t("erased-title")}</h1>
        <div class="notice notice-success" role="status">
            <p>{locale.t("erased-body")}</p>
        </div>
        <p><a href=event>{locale.t("erased-back")}</a></p>
    }
}
