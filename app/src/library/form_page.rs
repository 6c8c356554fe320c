//! "Submit a best practice": the form, and its fields shared with the
//! submitter's edit form. The form posts `multipart/form-data` straight to
//! the server (`server::library`), with or without JavaScript; when
//! something is wrong the server renders this page again with what was
//! typed, which `take_posted_practice` hands to the page.

use super::model::{FormChoices, PostedPractice, PracticeForm, ThemeView, LICENCES};
use crate::{
    form_fields::{Checkbox, CountrySelect, ErrorSummary, FieldMessage, TextArea, TextField},
    forms::FieldErrors,
    i18n::{use_locale, Locale},
    layout::{error_message, ErrorNotice},
};
use leptos::prelude::*;
use leptos_meta::Title;

/// The file types taken, for the file picker (the server decides by content).
const ACCEPTED_FILES: &str = ".pdf,.docx,.pptx,.odt,.odp,.png,.jpg,.jpeg";

#[server]
pub async fn get_form_choices() -> Result<FormChoices, ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    super::catalogue::form_choices(&state.db)
        .await
        .map_err(|e| e.into_server_error())
}

/// The practice form the server is showing again with its problems, if any
/// (kept in that request, so no other request can read it).
#[server]
pub async fn take_posted_practice() -> Result<Option<PostedPractice>, ServerFnError> {
    Ok(use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<PostedPractice>().cloned()))
}

/// A theme's name in the reader's language. The themes the platform comes
/// with are translated until organizers rename them; the others show the
/// name organizers gave.
pub fn theme_name(locale: Locale, theme: &ThemeView) -> String {
    theme
        .translated
        .then(|| locale.t_opt(&format!("library-theme-{}", theme.code)))
        .flatten()
        .unwrap_or_else(|| theme.name.clone())
}

/// `/library/submit`
#[component]
pub fn SubmitPage() -> impl IntoView {
    let locale = use_locale();
    let choices = Resource::new(|| (), |_| get_form_choices());
    let posted = Resource::new(|| (), |_| take_posted_practice());
    view! {
        <Title text=locale.t("library-submit-title") />
        <h1>{locale.t("library-submit-title")}</h1>
        <p class="lead">{locale.t("library-submit-lead")}</p>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let posted = posted.await.ok().flatten().unwrap_or_default();
                match choices.await {
                    Ok(choices) => view! {
                        <PracticeEditor
                            action="/library/submit".to_owned()
                            posted
                            choices
                            current_file=None
                            submit_label=locale.t("library-submit-button")
                        />
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The whole form: problems on top, every field, the file last (so the
/// fields before it arrive even when the file is refused as too large).
#[component]
pub fn PracticeEditor(
    action: String,
    posted: PostedPractice,
    choices: FormChoices,
    current_file: Option<String>,
    submit_label: String,
) -> impl IntoView {
    let locale = use_locale();
    let errors = Signal::stored(posted.errors.clone());
    let problem = Signal::stored(posted.problem.clone());
    view! {
        <ErrorSummary errors problem />
        <form
            method="post"
            action=action
            enctype="multipart/form-data"
            class="form"
            novalidate=""
            data-testid="practice-form"
        >
            <p class="hint">{locale.t("library-form-required")}</p>
            <PracticeFields values=posted.values errors choices current_file />
            <button type="submit" class="button">{submit_label}</button>
        </form>
    }
}

#[component]
fn PracticeFields(
    values: PracticeForm,
    errors: Signal<FieldErrors>,
    choices: FormChoices,
    current_file: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let chosen_themes = values.themes.clone();
    let chosen_event = values.event.clone();
    let chosen_licence = if values.licence.is_empty() {
        LICENCES[0].code.to_owned()
    } else {
        values.licence.clone()
    };
    view! {
        <TextField field="title" value=values.title errors nested=false />
        <TextArea
            field="summary"
            value=values.summary
            errors
            hint=locale.t("hint-summary")
            required=true
            nested=false
        />
        <TextArea
            field="description"
            value=values.description
            errors
            hint=locale.t("hint-description")
            required=true
            nested=false
            rows=12
        />
        <TextField field="organisation" value=values.organisation errors autocomplete="organization" nested=false />
        <CountrySelect value=values.country errors nested=false />
        <fieldset class="field" class:has-error=move || errors.read().get("themes").is_some()>
            <legend id="f-themes">{locale.t("field-themes")}</legend>
            <FieldMessage field="themes" errors />
            {choices
                .themes
                .iter()
                .enumerate()
                .map(|(position, theme)| {
                    let id = format!("f-theme-{position}");
                    view! {
                        <div class="choice">
                            <input
                                id=id.clone()
                                type="checkbox"
                                name="themes[]"
                                value=theme.code.clone()
                                checked=chosen_themes.contains(&theme.code)
                            />
                            <label for=id>{theme_name(locale, theme)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
        <div class="field" class:has-error=move || errors.read().get("event").is_some()>
            <label for="f-event">
                {locale.t("field-event")} <span class="optional">" " {locale.t("optional")}</span>
            </label>
            <FieldMessage field="event" errors />
            <select id="f-event" name="event">
                <option value="">{locale.t("library-no-event")}</option>
                {choices
                    .events
                    .iter()
                    .map(|event| {
                        view! {
                            <option value=event.slug.clone() selected=chosen_event == event.slug>
                                {event.title.clone()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <fieldset class="field">
            <legend>{locale.t("library-contact")}</legend>
            <p class="hint">{locale.t("hint-contact")}</p>
            <TextField field="contact_name" value=values.contact_name errors autocomplete="name" nested=false />
            <TextField
                field="contact_email"
                value=values.contact_email
                errors
                input_type="email"
                autocomplete="email"
                nested=false
            />
            <Checkbox
                field="contact_public"
                checked=values.contact_public.is_some()
                errors
                label=locale.t("field-contact-public")
                nested=false
            />
        </fieldset>
        <fieldset class="field" class:has-error=move || errors.read().get("licence").is_some()>
            <legend id="f-licence">{locale.t("field-licence")}</legend>
            <p class="hint">{locale.t("hint-licence")}</p>
            <FieldMessage field="licence" errors />
            {LICENCES
                .iter()
                .map(|licence| {
                    let id = format!("f-licence-{}", licence.code);
                    view! {
                        <div class="choice">
                            <input id=id.clone() type="radio" name="licence" value=licence.code checked=chosen_licence == licence.code />
                            <label for=id>{licence.name} " – " {locale.t(&format!("licence-{}", licence.code.replace('.', "-")))}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
        <div class="field" class:has-error=move || errors.read().get("file").is_some()>
            <label for="f-file">
                {locale.t("field-file")} <span class="optional">" " {locale.t("optional")}</span>
            </label>
            <p class="hint" id="f-file-hint">{locale.t("hint-file")}</p>
            {current_file
                .map(|name| {
                    view! {
                        <p class="hint" data-testid="current-file">
                            {locale.t_with("library-current-file", &[("name", name.into())])}
                        </p>
                    }
                })}
            <FieldMessage field="file" errors />
            <input
                id="f-file"
                type="file"
                name="file"
                accept=ACCEPTED_FILES
                aria-describedby="f-file-hint"
                aria-invalid=move || errors.read().get("file").map(|_| "true")
            />
        </div>
    }
}
