//! `/staff/events/:slug/settings` (organizers: details and the registration
//! window) and `/staff/new-event` (admins: a new edition).

use super::model::EventForm;
use crate::{
    form_fields::{outcome_signals, Checkbox, ErrorSummary, TextArea, TextField},
    forms::FieldErrors,
    i18n::use_locale,
    layout::error_message,
    privacy::model::RetentionView,
    registration::model::FormOutcome,
    staff::pages::StaffDenied,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

/// The flash of an event's settings form, or (no event) of the new-event
/// form: one per event, so a draft never fills another event's form.
#[cfg(feature = "ssr")]
fn flash_name(slug: Option<&str>) -> String {
    match slug {
        Some(slug) => format!("event-settings-{slug}"),
        None => "event-new".to_owned(),
    }
}

/// What an event form posted without JavaScript left to fix, once.
#[server]
pub async fn take_event_form_flash(
    slug: Option<String>,
) -> Result<Option<FormOutcome<EventForm>>, ServerFnError> {
    Ok(crate::platform::flash::take(&flash_name(slug.as_deref())).await)
}

#[server]
pub async fn get_event_settings(slug: String) -> Result<(EventForm, RetentionView), ServerFnError> {
    use crate::{
        privacy::retention,
        registration::emails::local_time,
        staff::{pages::staff_member, roles::Capability},
    };
    let (state, _) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let event = crate::events::service::find(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    let (holding_needs, holding_personal) = retention::holding(&state.db, event.id)
        .await
        .map_err(|e| e.into_server_error())?;
    let due = retention::event_deadlines(&event);
    let locale = crate::i18n::detect_locale();
    let local = |at| local_time(locale, at, &event.timezone);
    let view = RetentionView {
        needs_from: local(due.needs),
        anonymised_from: local(due.everything),
        holding_needs,
        holding_personal,
    };
    Ok((super::events_admin::form_of(&event), view))
}

#[server]
pub async fn save_event_settings(
    slug: String,
    form: EventForm,
) -> Result<Option<FormOutcome<EventForm>>, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let saved = super::events_admin::update(&state.db, &member, &slug, &form, chrono::Utc::now())
        .await
        .map(|()| format!("/staff/events/{slug}/settings?saved=1"));
    answer(
        saved,
        form,
        Some(&slug),
        &format!("/staff/events/{slug}/settings"),
    )
    .await
}

/// Whether the visitor may make events: the page shows its form only then.
#[server]
pub async fn may_create_events() -> Result<(), ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    staff_member(Capability::CreateEvents)
        .await
        .map(|_| ())
        .map_err(|e| e.into_server_error())
}

#[server]
pub async fn create_event(
    form: EventForm,
) -> Result<Option<FormOutcome<EventForm>>, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, member) = staff_member(Capability::CreateEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let made = super::events_admin::create(&state.db, &member, &form, chrono::Utc::now())
        .await
        .map(|slug| format!("/staff/events/{slug}"));
    answer(made, form, None, "/staff/new-event").await
}

/// Where to go once saved, or the form (at `page`, of the event `slug` or
/// a new one) with what to fix.
#[cfg(feature = "ssr")]
async fn answer(
    outcome: Result<String, crate::platform::error::ServiceError>,
    form: EventForm,
    slug: Option<&str>,
    page: &str,
) -> Result<Option<FormOutcome<EventForm>>, ServerFnError> {
    use crate::platform::{error::ServiceError, flash};
    match outcome {
        Ok(next) => {
            leptos_axum::redirect(&next);
            Ok(None)
        }
        Err(ServiceError::Invalid(errors)) => {
            let refused = FormOutcome {
                values: form,
                errors,
                problem: None,
            };
            flash::send_back(&flash_name(slug), page, &refused).await?;
            Ok(Some(refused))
        }
        Err(other) => Err(other.into_server_error()),
    }
}

/// The errors to show and the values to fill in: this page's last answer,
/// else (without JavaScript) the flash, else `stored`.
fn form_state(
    action_value: Signal<Option<Result<Option<FormOutcome<EventForm>>, ServerFnError>>>,
    flash: Option<FormOutcome<EventForm>>,
    stored: EventForm,
) -> (Signal<FieldErrors>, Signal<Option<String>>, EventForm) {
    let (errors, problem) = outcome_signals(
        action_value,
        flash
            .as_ref()
            .map(|f| (f.errors.clone(), f.problem.clone())),
    );
    let values = match action_value.get_untracked() {
        Some(Ok(Some(outcome))) => outcome.values,
        _ => flash.map_or(stored, |f| f.values),
    };
    (errors, problem, values)
}

/// The fields of an event; `new` adds its address and capacity.
#[component]
fn EventFields(values: EventForm, errors: Signal<FieldErrors>, new: bool) -> impl IntoView {
    let locale = use_locale();
    view! {
        {new.then(|| view! {
            <TextField field="slug" value=values.slug.clone() errors />
            <TextField field="capacity" value=values.capacity.clone() errors input_type="number" />
        })}
        <TextField field="title" value=values.title errors />
        <TextField field="theme" value=values.theme errors />
        <TextArea field="summary" value=values.summary errors hint=locale.t("hint-event-summary") rows=5 />
        <TextField field="venue" value=values.venue errors />
        <TextField field="starts_on" value=values.starts_on errors input_type="date" />
        <TextField field="ends_on" value=values.ends_on errors input_type="date" />
        <TextField field="timezone" value=values.timezone errors />
        <Checkbox field="registration_open" checked=values.registration_open errors label=locale.t("field-registration-open") />
        <TextField field="opens_at" value=values.opens_at errors input_type="datetime-local" required=false />
        <TextField field="closes_at" value=values.closes_at errors input_type="datetime-local" required=false />
        <TextField field="retention_days" value=values.retention_days errors input_type="number" />
    }
}

#[component]
pub fn EventSettingsPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let address = use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let action = ServerAction::<SaveEventSettings>::new();
    let settings = Resource::new(slug, get_event_settings);
    let flash = Resource::new(slug, |slug| take_event_form_flash(Some(slug)));
    view! {
        <Title text=locale.t("event-settings-title") />
        <Meta name="robots" content="noindex" />
        <p><a href=move || format!("/staff/events/{}", slug())>{locale.t("organizer-back-to-dashboard")}</a></p>
        <h1>{locale.t("event-settings-title")}</h1>
        {move || address.read().get("saved").map(|_| view! { <div class="notice notice-success" role="status"><p>{locale.t("organizer-saved-settings")}</p></div> })}
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match settings.await {
                    Ok((stored, retention)) => {
                        let (errors, problem, values) =
                            form_state(Signal::derive(move || action.value().get()), flash, stored);
                        view! {
                            <ErrorSummary errors problem />
                            <ActionForm action attr:novalidate="" attr:class="form">
                                <input type="hidden" name="slug" value=slug() />
                                <EventFields values errors new=false />
                                <button type="submit" class="button">{locale.t("event-settings-save")}</button>
                            </ActionForm>
                            <RetentionDue retention />
                        }
                        .into_any()
                    }
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
pub fn NewEventPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<CreateEvent>::new();
    let allowed = Resource::new(|| (), |_| may_create_events());
    let flash = Resource::new(|| (), |_| take_event_form_flash(None));
    view! {
        <Title text=locale.t("event-new-title") />
        <Meta name="robots" content="noindex" />
        <p><a href="/staff">{locale.t("staff-title")}</a></p>
        <h1>{locale.t("event-new-title")}</h1>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match allowed.await {
                    Ok(()) => {
                        let suggested = EventForm {
                            timezone: "Europe/Amsterdam".into(),
                            capacity: "150".into(),
                            retention_days: "90".into(),
                            ..Default::default()
                        };
                        let (errors, problem, values) =
                            form_state(Signal::derive(move || action.value().get()), flash, suggested);
                        view! {
                            <ErrorSummary errors problem />
                            <ActionForm action attr:novalidate="" attr:class="form">
                                <EventFields values errors new=true />
                                <button type="submit" class="button">{locale.t("event-new-submit")}</button>
                            </ActionForm>
                        }
                        .into_any()
                    }
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// When the event's personal data goes, and how much of it is still held.
#[component]
fn RetentionDue(retention: RetentionView) -> impl IntoView {
    let locale = use_locale();
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    view! {
        <section aria-labelledby="retention-heading" data-testid="retention">
            <h2 id="retention-heading">{locale.t("retention-title")}</h2>
            <p>
                {locale.t_with(
                    "retention-needs",
                    &[("date", retention.needs_from.into()), ("count", count(retention.holding_needs).into())],
                )}
            </p>
            <p>
                {locale.t_with(
                    "retention-everything",
                    &[("date", retention.anonymised_from.into()), ("count", count(retention.holding_personal).into())],
                )}
            </p>
        </section>
    }
}
