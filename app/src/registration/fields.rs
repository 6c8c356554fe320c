//! The registration fields, shared by the registration form and the manage page.

use super::model::{RegistrationForm, ORGANISATION_TYPES};
use crate::{
    form_fields::{Checkbox, CountrySelect, FieldLabel, FieldMessage, TextArea, TextField},
    forms::FieldErrors,
    i18n::{use_locale, Locale},
};
use leptos::prelude::*;

/// What a registrant consents to: the event's privacy notice.
#[derive(Clone)]
pub struct PrivacyTerms {
    pub event_slug: String,
    pub retention_days: u32,
}

/// Every field of a registration. `in_person_full` labels the in-person
/// choice as joining the waitlist; `consent` shows the privacy summary and
/// consent (given once, at registration).
#[component]
pub fn RegistrationFields(
    values: RegistrationForm,
    errors: Signal<FieldErrors>,
    in_person_full: bool,
    #[prop(optional)] consent: Option<PrivacyTerms>,
) -> impl IntoView {
    let locale = use_locale();
    let language = Locale::from_code(&values.language).unwrap_or(locale);
    let attendance = values.attendance.clone();
    let in_person_label = if in_person_full {
        locale.t("attendance-in-person-waitlist")
    } else {
        locale.t("attendance-in-person")
    };
    view! {
        <TextField field="name" value=values.name errors autocomplete="name" />
        <TextField field="email" value=values.email errors input_type="email" autocomplete="email" />
        <TextField field="organisation" value=values.organisation errors autocomplete="organization" />
        <OrganisationTypeSelect value=values.organisation_type errors />
        <TextField field="function" value=values.function errors autocomplete="organization-title" />
        <CountrySelect value=values.country errors />
        <fieldset class="field" class:has-error=move || errors.read().get("attendance").is_some()>
            <legend>{locale.t("field-attendance")}</legend>
            <FieldMessage field="attendance" errors />
            <div class="choice">
                <input
                    id="f-attendance"
                    type="radio"
                    name="form[attendance]"
                    value="in_person"
                    checked=attendance == "in_person"
                />
                <label for="f-attendance">{in_person_label}</label>
            </div>
            <div class="choice">
                <input
                    id="f-attendance-online"
                    type="radio"
                    name="form[attendance]"
                    value="online"
                    checked=attendance == "online"
                />
                <label for="f-attendance-online">{locale.t("attendance-online")}</label>
            </div>
        </fieldset>
        <div class="field">
            <label for="f-language">{locale.t("field-language")}</label>
            <p class="hint" id="f-language-hint">{locale.t("hint-language")}</p>
            <FieldMessage field="language" errors />
            <select id="f-language" name="form[language]" aria-describedby="f-language-hint">
                {Locale::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <option value=option.code() lang=option.code() selected=option == language>
                                {option.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <TextArea
            field="accessibility_needs"
            value=values.accessibility_needs
            errors
            hint=locale.t("hint-accessibility-needs")
        />
        <TextArea
            field="dietary_needs"
            value=values.dietary_needs
            errors
            hint=locale.t("hint-dietary-needs")
        />
        <Checkbox
            field="list_consent"
            checked=values.list_consent
            errors
            label=locale.t("field-list-consent")
        />
        {if let Some(terms) = consent {
            let notice = format!("/events/{}/privacy", terms.event_slug);
            let days = i64::from(terms.retention_days);
            view! {
                <div class="privacy">
                    <h2>{locale.t("privacy-title")}</h2>
                    <p>{locale.t_with("privacy-summary", &[("days", days.into())])}</p>
                    <p><a href=notice target="_blank">{locale.t("privacy-read-notice")}</a></p>
                    <Checkbox
                        field="privacy_consent"
                        checked=values.privacy_consent
                        errors
                        label=locale.t("field-privacy-consent")
                    />
                </div>
            }
                .into_any()
        } else {
            view! { <input type="hidden" name="form[privacy_consent]" value="on" /> }.into_any()
        }}
    }
}

/// The optional type of organisation; the empty choice means "not said".
#[component]
fn OrganisationTypeSelect(value: String, errors: Signal<FieldErrors>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="field" class:has-error=move || errors.read().get("organisation_type").is_some()>
            <FieldLabel field="organisation_type" required=false />
            <FieldMessage field="organisation_type" errors />
            <select id="f-organisation_type" name="form[organisation_type]">
                <option value="" selected=value.is_empty()>{locale.t("organisation-type-unsaid")}</option>
                {ORGANISATION_TYPES
                    .into_iter()
                    .map(|code| {
                        view! {
                            <option value=code selected=value == code>
                                {locale.t(&organisation_type_key(code))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The message key naming a type of organisation.
pub fn organisation_type_key(code: &str) -> String {
    format!("organisation-type-{}", code.replace('_', "-"))
}
