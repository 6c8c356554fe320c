//! The registration fields, shared by the registration form and the manage page.

use super::model::RegistrationForm;
use crate::{
    forms::FieldErrors,
    i18n::{use_locale, Locale},
};
use leptos::prelude::*;

/// A list of everything to fix, linking to each field; announced when it appears.
#[component]
pub fn ErrorSummary(errors: Signal<FieldErrors>, problem: Signal<Option<String>>) -> impl IntoView {
    let locale = use_locale();
    let has_any = move || !errors.read().is_empty() || problem.read().is_some();
    view! {
        <Show when=has_any>
            <div class="error-summary" role="alert" tabindex="-1" data-testid="error-summary">
                <h2>{locale.t("error-summary-title")}</h2>
                <ul>
                    {move || problem.get().map(|key| view! { <li>{locale.t(&key)}</li> })}
                    {move || {
                        errors
                            .get()
                            .iter()
                            .map(|(field, key)| {
                                let href = format!("#f-{field}");
                                let label = locale.t(&format!("field-{}", field.replace('_', "-")));
                                let message = locale.t(key);
                                view! {
                                    <li>
                                        <a href=href>{format!("{label}: {message}")}</a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// The message next to a field, when it has one.
#[component]
fn FieldMessage(field: &'static str, errors: Signal<FieldErrors>) -> impl IntoView {
    let locale = use_locale();
    move || {
        errors.read().get(field).map(|key| {
            view! {
                <p class="field-error" id=format!("f-{field}-error")>
                    <span class="visually-hidden">{locale.t("error-prefix")} " "</span>
                    {locale.t(key)}
                </p>
            }
        })
    }
}

fn label_key(field: &str) -> String {
    format!("field-{}", field.replace('_', "-"))
}

/// `aria-describedby` for a field: its hint and, when present, its error.
fn described_by(
    field: &'static str,
    errors: Signal<FieldErrors>,
    hint: bool,
) -> impl Fn() -> Option<String> {
    move || {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("f-{field}-hint"));
        }
        if errors.read().get(field).is_some() {
            ids.push(format!("f-{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

#[component]
fn TextField(
    field: &'static str,
    value: String,
    errors: Signal<FieldErrors>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = true)] required: bool,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="field" class:has-error=move || errors.read().get(field).is_some()>
            <label for=format!("f-{field}")>
                {locale.t(&label_key(field))}
                {(!required).then(|| view! { <span class="optional">" " {locale.t("optional")}</span> })}
            </label>
            <FieldMessage field errors />
            <input
                id=format!("f-{field}")
                name=format!("form[{field}]")
                type=input_type
                value=value
                autocomplete=autocomplete
                aria-required=required.then_some("true")
                aria-invalid=move || errors.read().get(field).map(|_| "true")
                aria-describedby=described_by(field, errors, false)
            />
        </div>
    }
}

#[component]
fn TextArea(
    field: &'static str,
    value: String,
    errors: Signal<FieldErrors>,
    hint: String,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="field" class:has-error=move || errors.read().get(field).is_some()>
            <label for=format!("f-{field}")>
                {locale.t(&label_key(field))}
                <span class="optional">" " {locale.t("optional")}</span>
            </label>
            <p class="hint" id=format!("f-{field}-hint")>{hint}</p>
            <FieldMessage field errors />
            <textarea
                id=format!("f-{field}")
                name=format!("form[{field}]")
                rows="3"
                aria-invalid=move || errors.read().get(field).map(|_| "true")
                aria-describedby=described_by(field, errors, true)
            >
                {value}
            </textarea>
        </div>
    }
}

#[component]
fn Checkbox(
    field: &'static str,
    checked: bool,
    errors: Signal<FieldErrors>,
    label: String,
) -> impl IntoView {
    view! {
        <div class="field checkbox" class:has-error=move || errors.read().get(field).is_some()>
            <FieldMessage field errors />
            <input
                id=format!("f-{field}")
                name=format!("form[{field}]")
                type="checkbox"
                checked=checked
                aria-invalid=move || errors.read().get(field).map(|_| "true")
                aria-describedby=described_by(field, errors, false)
            />
            <label for=format!("f-{field}")>{label}</label>
        </div>
    }
}

/// Every field of a registration. `in_person_full` labels the in-person
/// choice as joining the waitlist; `asks_consent` shows the privacy consent
/// (given once, at registration).
#[component]
pub fn RegistrationFields(
    values: RegistrationForm,
    errors: Signal<FieldErrors>,
    in_person_full: bool,
    asks_consent: bool,
) -> impl IntoView {
    let locale = use_locale();
    let country = values.country.clone();
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
        <TextField field="function" value=values.function errors autocomplete="organization-title" />
        <div class="field" class:has-error=move || errors.read().get("country").is_some()>
            <label for="f-country">{locale.t("field-country")}</label>
            <FieldMessage field="country" errors />
            <select
                id="f-country"
                name="form[country]"
                autocomplete="country"
                aria-required="true"
                aria-invalid=move || errors.read().get("country").map(|_| "true")
                aria-describedby=described_by("country", errors, false)
            >
                <option value="">{locale.t("choose-country")}</option>
                {locale
                    .countries()
                    .into_iter()
                    .map(|(code, name)| {
                        view! {
                            <option value=code selected=country == code>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
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
        {if asks_consent {
            view! {
                <div class="privacy">
                    <h2>{locale.t("privacy-title")}</h2>
                    <p>{locale.t("privacy-summary")}</p>
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
