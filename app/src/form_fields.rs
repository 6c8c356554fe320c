//! Form fields shared by every form: label, hint, message next to the
//! field, and the summary of everything to fix at the top.

use crate::{
    forms::FieldErrors,
    i18n::use_locale,
    layout::{error_message, server_escaped},
};
use leptos::prelude::*;

/// A list of everything to fix, linking to each field; announced when it
/// appears, and focused (`autofocus`) so keyboard and screen-reader users
/// start there when the form comes back.
#[component]
pub fn ErrorSummary(errors: Signal<FieldErrors>, problem: Signal<Option<String>>) -> impl IntoView {
    let locale = use_locale();
    let has_any = move || !errors.read().is_empty() || problem.read().is_some();
    view! {
        <Show when=has_any>
            <div
                class="error-summary"
                role="alert"
                tabindex="-1"
                autofocus
                data-testid="error-summary"
            >
                <h2>{locale.t("error-summary-title")}</h2>
                <ul>
                    {move || problem.get().map(|key| view! { <li>{locale.t(&key)}</li> })}
                    {move || {
                        errors
                            .get()
                            .iter()
                            .map(|(field, key)| {
                                let href = format!("#f-{field}");
                                let label = locale.t(&label_key(field));
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

/// The field errors and the form's problem as the form comes back: a
/// refusal from the flash (`flashed`), any other failure as the
/// action's error, which Leptos carries back in the address.
pub fn outcome_signals<T: Clone + Send + Sync + 'static>(
    value: Signal<Option<Result<T, ServerFnError>>>,
    flashed: Option<(FieldErrors, Option<String>)>,
) -> (Signal<FieldErrors>, Signal<Option<String>>) {
    let locale = use_locale();
    let (errors, flashed_problem) = flashed.unwrap_or_default();
    let problem = Signal::derive(move || match value.get() {
        Some(Err(error)) => Some(error_message(locale, &error)),
        _ => flashed_problem.clone(),
    });
    (Signal::stored(errors), problem)
}

/// The message next to a field, when it has one.
#[component]
pub fn FieldMessage(field: &'static str, errors: Signal<FieldErrors>) -> impl IntoView {
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
pub fn described_by(
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

/// The name a field posts under: `form[field]` for server functions that
/// take the form as one argument, else the field's own name.
fn posted_name(field: &str, nested: bool) -> String {
    if nested {
        format!("form[{field}]")
    } else {
        field.to_owned()
    }
}

/// A field's label, marked "optional" when it is.
#[component]
pub(crate) fn FieldLabel(field: &'static str, required: bool) -> impl IntoView {
    let locale = use_locale();
    view! {
        <label for=format!("f-{field}")>
            {locale.t(&label_key(field))}
            {(!required).then(|| view! { <span class="optional">" " {locale.t("optional")}</span> })}
        </label>
    }
}

#[component]
pub fn TextField(
    field: &'static str,
    value: String,
    errors: Signal<FieldErrors>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = true)] required: bool,
    #[prop(default = true)] nested: bool,
) -> impl IntoView {
    view! {
        <div class="field" class:has-error=move || errors.read().get(field).is_some()>
            <FieldLabel field required />
            <FieldMessage field errors />
            <input
                id=format!("f-{field}")
                name=posted_name(field, nested)
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
pub fn TextArea(
    field: &'static str,
    value: String,
    errors: Signal<FieldErrors>,
    hint: String,
    #[prop(default = false)] required: bool,
    #[prop(default = true)] nested: bool,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    view! {
        <div class="field" class:has-error=move || errors.read().get(field).is_some()>
            <FieldLabel field required />
            <p class="hint" id=format!("f-{field}-hint")>{hint}</p>
            <FieldMessage field errors />
            <textarea
                id=format!("f-{field}")
                name=posted_name(field, nested)
                rows=rows
                aria-required=required.then_some("true")
                aria-invalid=move || errors.read().get(field).map(|_| "true")
                aria-describedby=described_by(field, errors, true)
            >
                {server_escaped(value)}
            </textarea>
        </div>
    }
}

#[component]
pub fn Checkbox(
    field: &'static str,
    checked: bool,
    errors: Signal<FieldErrors>,
    label: String,
    #[prop(default = true)] nested: bool,
) -> impl IntoView {
    view! {
        <div class="field checkbox" class:has-error=move || errors.read().get(field).is_some()>
            <FieldMessage field errors />
            <input
                id=format!("f-{field}")
                name=posted_name(field, nested)
                type="checkbox"
                checked=checked
                aria-invalid=move || errors.read().get(field).map(|_| "true")
                aria-describedby=described_by(field, errors, false)
            />
            <label for=format!("f-{field}")>{label}</label>
        </div>
    }
}

/// The country, chosen from the list in the reader's language.
#[component]
pub fn CountrySelect(
    value: String,
    errors: Signal<FieldErrors>,
    #[prop(default = true)] nested: bool,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="field" class:has-error=move || errors.read().get("country").is_some()>
            <label for="f-country">{locale.t("field-country")}</label>
            <FieldMessage field="country" errors />
            <select
                id="f-country"
                name=posted_name("country", nested)
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
                            <option value=code selected=value == code>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
