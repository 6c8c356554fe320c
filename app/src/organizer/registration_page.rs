//! `/staff/events/:slug/registrations/:id`: one registration as staff see
//! it. Organizers correct it, cancel it on the person's behalf or give a
//! waiting person a place, each with a reason; the same service functions
//! as the participant's manage page apply the rules, and the audit log
//! keeps who did what and why (shown below the forms).

use super::{model::StaffRegistration, registrations_page::attendance_label};
use crate::{
    form_fields::{
        described_by, outcome_signals, ErrorSummary, FieldLabel, FieldMessage, TextArea,
    },
    i18n::use_locale,
    layout::{error_message, server_escaped},
    registration::{
        fields::RegistrationFields,
        model::{FormOutcome, RegistrationForm, Status},
    },
    staff::pages::{status_label, StaffDenied},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
const EDIT_FLASH: &str = "staff-edit";
#[cfg(feature = "ssr")]
const CANCEL_FLASH: &str = "staff-cancel";
#[cfg(feature = "ssr")]
const PLACE_FLASH: &str = "staff-place";

/// The correction form's values: the details and why they change.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StaffEdit {
    pub details: RegistrationForm,
    pub reason: String,
}

#[server]
pub async fn get_staff_registration(
    slug: String,
    id: String,
) -> Result<StaffRegistration, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ViewRegistrations)
        .await
        .map_err(|e| e.into_server_error())?;
    super::registrations::detail(&state.db, &slug, &id)
        .await
        .map_err(|e| e.into_server_error())
}

#[server]
pub async fn take_staff_registration_flash() -> Result<
    (
        Option<FormOutcome<StaffEdit>>,
        Option<FormOutcome<String>>,
        Option<FormOutcome<String>>,
    ),
    ServerFnError,
> {
    use crate::platform::flash;
    Ok((
        flash::take(EDIT_FLASH).await,
        flash::take(CANCEL_FLASH).await,
        flash::take(PLACE_FLASH).await,
    ))
}

#[server]
pub async fn staff_update_registration(
    slug: String,
    id: String,
    reason: String,
    form: RegistrationForm,
) -> Result<Option<FormOutcome<StaffEdit>>, ServerFnError> {
    use crate::registration::service::{self, Changer, StaffChange};
    let (state, member, registration_id) = staff_target(&slug, &id).await?;
    let outcome = match StaffChange::new(&member, registration_id, &reason) {
        Ok(change) => {
            let now = chrono::Utc::now();
            service::update(
                &state.db,
                &state.settings,
                Changer::Staff(change),
                &form,
                now,
            )
            .await
        }
        Err(refused) => Err(refused),
    };
    let values = StaffEdit {
        details: form,
        reason,
    };
    answer(&slug, &id, EDIT_FLASH, "reason", values, outcome).await
}

/// Cancels the registration (`step` = `cancel`) or gives the waiting person
/// a place (`give_place`), with the reason the organizer gives.
#[server]
pub async fn staff_registration_step(
    slug: String,
    id: String,
    step: String,
    reason: String,
) -> Result<Option<FormOutcome<String>>, ServerFnError> {
    use crate::{
        platform::error::ServiceError,
        registration::{
            service::{self, Changer, StaffChange},
            waitlist,
        },
    };
    let (state, member, registration_id) = staff_target(&slug, &id).await?;
    let now = chrono::Utc::now();
    let change = StaffChange::new(&member, registration_id, &reason);
    let (outcome, flash_name, reason_field) = match (step.as_str(), change) {
        (_, Err(refused)) => (Err(refused), step_flash(&step), step_reason_field(&step)),
        ("cancel", Ok(change)) => {
            let cancelled =
                service::cancel(&state.db, &state.settings, Changer::Staff(change), now).await;
            crate::streaming::access::recheck_now(&state.db, state.live.as_ref()).await;
            (cancelled, step_flash(&step), step_reason_field(&step))
        }
        ("give_place", Ok(change)) => (
            waitlist::give_place(&state.db, &state.settings, &change, now).await,
            step_flash(&step),
            step_reason_field(&step),
        ),
        _ => return Err(ServiceError::NotFound.into_server_error()),
    };
    answer(&slug, &id, flash_name, reason_field, reason, outcome).await
}

#[cfg(feature = "ssr")]
fn step_flash(step: &str) -> &'static str {
    if step == "cancel" {
        CANCEL_FLASH
    } else {
        PLACE_FLASH
    }
}

/// The reason field of a step's form (each form's field has its own id).
fn step_reason_field(step: &str) -> &'static str {
    if step == "cancel" {
        "cancel_reason"
    } else {
        "place_reason"
    }
}

/// The organizer making a change, and the registration (of event `slug`) it is made to.
#[cfg(feature = "ssr")]
async fn staff_target(
    slug: &str,
    id: &str,
) -> Result<
    (
        crate::platform::state::AppState,
        crate::staff::auth::StaffMember,
        uuid::Uuid,
    ),
    ServerFnError,
> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let registration_id = super::registrations::registration_of(&state.db, slug, id)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok((state, member, registration_id))
}

/// The page's answer to a staff change: back to the registration when
/// done, or the values with what to fix (through the flash without
/// JavaScript). The service's `reason` problem is filed under the form's
/// own field name.
#[cfg(feature = "ssr")]
async fn answer<T: Serialize>(
    slug: &str,
    id: &str,
    flash_name: &str,
    reason_field: &str,
    values: T,
    outcome: Result<(), crate::platform::error::ServiceError>,
) -> Result<Option<FormOutcome<T>>, ServerFnError> {
    use crate::platform::{error::ServiceError, flash};
    let page = format!("/staff/events/{slug}/registrations/{id}");
    let refused = match outcome {
        Ok(()) => {
            leptos_axum::redirect(&format!("{page}?saved=1"));
            return Ok(None);
        }
        Err(ServiceError::Invalid(errors)) => FormOutcome {
            errors: errors.renamed("reason", reason_field),
            values,
            problem: None,
        },
        Err(ServiceError::Conflict("error-email-taken")) => FormOutcome {
            errors: crate::forms::FieldErrors::single("email", "error-email-taken"),
            values,
            problem: None,
        },
        Err(ServiceError::Conflict(key)) => FormOutcome {
            errors: crate::forms::FieldErrors::default(),
            values,
            problem: Some(key.to_owned()),
        },
        Err(other) => return Err(other.into_server_error()),
    };
    flash::send_back(flash_name, &page, &refused).await?;
    Ok(Some(refused))
}

#[derive(Clone, Copy)]
struct StaffActions {
    edit: ServerAction<StaffUpdateRegistration>,
    cancel: ServerAction<StaffRegistrationStep>,
    place: ServerAction<StaffRegistrationStep>,
}

#[component]
pub fn StaffRegistrationPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let param = move |name: &str| params.read().get(name).unwrap_or_default();
    let actions = StaffActions {
        edit: ServerAction::new(),
        cancel: ServerAction::new(),
        place: ServerAction::new(),
    };
    let registration = Resource::new(
        move || (param("slug"), param("id")),
        |(slug, id)| get_staff_registration(slug, id),
    );
    let flash = Resource::new(|| (), |_| take_staff_registration_flash());
    view! {
        <Meta name="robots" content="noindex" />
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let flashes = flash.await.unwrap_or_default();
                match registration.await {
                    Ok(registration) => view! { <RegistrationView registration actions flashes /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
    }
}

type Flashes = (
    Option<FormOutcome<StaffEdit>>,
    Option<FormOutcome<String>>,
    Option<FormOutcome<String>>,
);

#[component]
fn RegistrationView(
    registration: StaffRegistration,
    actions: StaffActions,
    flashes: Flashes,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let saved = move || query.read().get("saved").is_some();
    let (edit_flash, cancel_flash, place_flash) = flashes;
    let list = format!("/staff/events/{}/registrations", registration.event_slug);
    let waiting = matches!(registration.status, Status::Waitlisted | Status::Offered);
    let cancelled = registration.status == Status::Cancelled;
    let position = registration.waitlist_position.map(|position| {
        locale.t_with(
            "organizer-waitlist-position",
            &[(
                "position",
                i64::try_from(position).unwrap_or(i64::MAX).into(),
            )],
        )
    });
    let ids = (registration.event_slug.clone(), registration.id.clone());
    view! {
        <Title text=server_escaped(registration.details.name.clone()) />
        <p><a href=list>{locale.t("organizer-back-to-list")}</a></p>
        <h1>{registration.details.name.clone()}</h1>
        <p class="lead">{registration.event_title.clone()}</p>
        {move || saved().then(|| view! { <div class="notice notice-success" role="status"><p>{locale.t("organizer-saved")}</p></div> })}
        <dl class="facts" data-testid="registration-facts">
            <dt>{locale.t("staff-status")}</dt>
            <dd data-testid="registration-status">{status_label(locale, registration.status)} {position.map(|text| format!(" ({text})"))}</dd>
            <dt>{locale.t("field-attendance")}</dt>
            <dd>{attendance_label(locale, registration.attendance)}</dd>
            <dt>{locale.t("field-email")}</dt>
            <dd>{registration.details.email.clone()}</dd>
        </dl>
        {(!cancelled).then(|| view! {
            <EditForm ids=ids.clone() action=actions.edit values=registration.details.clone() in_person_full=registration.in_person_full flash=edit_flash />
        })}
        {(waiting && !cancelled).then(|| view! {
            <ReasonForm
                ids=ids.clone()
                step="give_place"
                heading="organizer-give-place"
                explanation=locale.t_with("organizer-give-place-hint", &[("limit", i64::try_from(registration.in_person_limit).unwrap_or(i64::MAX).into())])
                button="organizer-give-place-submit"
                danger=false
                action=actions.place
                flash=place_flash
            />
        })}
        {(!cancelled).then(|| view! {
            <ReasonForm
                ids=ids.clone()
                step="cancel"
                heading="organizer-cancel"
                explanation=locale.t("organizer-cancel-hint")
                button="organizer-cancel-submit"
                danger=true
                action=actions.cancel
                flash=cancel_flash
            />
        })}
        <History entries=registration.history />
    }
}

#[component]
fn EditForm(
    ids: (String, String),
    action: ServerAction<StaffUpdateRegistration>,
    values: RegistrationForm,
    in_person_full: bool,
    flash: Option<FormOutcome<StaffEdit>>,
) -> impl IntoView {
    let locale = use_locale();
    let (errors, problem) = outcome_signals(
        Signal::derive(move || action.value().get()),
        flash
            .as_ref()
            .map(|f| (f.errors.clone(), f.problem.clone())),
    );
    let (values, reason) = flash
        .map(|f| f.values)
        .map_or((values, String::new()), |typed| {
            (typed.details, typed.reason)
        });
    view! {
        <section aria-labelledby="edit-heading">
            <h2 id="edit-heading">{locale.t("organizer-correct")}</h2>
            <ErrorSummary errors problem />
            <ActionForm action attr:novalidate="" attr:class="form">
                <input type="hidden" name="slug" value=ids.0 />
                <input type="hidden" name="id" value=ids.1 />
                <RegistrationFields values errors in_person_full />
                <TextArea field="reason" value=reason errors hint=locale.t("hint-reason") required=true nested=false />
                <button type="submit" class="button">{locale.t("organizer-save")}</button>
            </ActionForm>
        </section>
    }
}

/// A step that needs only a reason: giving a place, cancelling.
#[component]
fn ReasonForm(
    ids: (String, String),
    step: &'static str,
    heading: &'static str,
    explanation: String,
    button: &'static str,
    danger: bool,
    action: ServerAction<StaffRegistrationStep>,
    flash: Option<FormOutcome<String>>,
) -> impl IntoView {
    let locale = use_locale();
    let field = step_reason_field(step);
    let (errors, problem) = outcome_signals(
        Signal::derive(move || action.value().get()),
        flash
            .as_ref()
            .map(|f| (f.errors.clone(), f.problem.clone())),
    );
    let reason = flash.map(|f| f.values).unwrap_or_default();
    let heading_id = format!("{field}-heading");
    let labelled_by = heading_id.clone();
    let id = format!("f-{field}");
    let hint_id = format!("{id}-hint");
    view! {
        <section aria-labelledby=labelled_by class:danger-zone=danger>
            <h2 id=heading_id>{locale.t(heading)}</h2>
            <p>{explanation}</p>
            <ErrorSummary errors problem />
            <ActionForm action attr:novalidate="" attr:class="form">
                <input type="hidden" name="slug" value=ids.0 />
                <input type="hidden" name="id" value=ids.1 />
                <input type="hidden" name="step" value=step />
                <div class="field" class:has-error=move || errors.read().get(field).is_some()>
                    <FieldLabel field required=true />
                    <p class="hint" id=hint_id.clone()>{locale.t("hint-reason")}</p>
                    <FieldMessage field errors />
                    <textarea
                        id=id
                        name="reason"
                        rows="2"
                        aria-required="true"
                        aria-invalid=move || errors.read().get(field).map(|_| "true")
                        aria-describedby=described_by(field, errors, true)
                    >
                        {server_escaped(reason)}
                    </textarea>
                </div>
                <button type="submit" class=if danger { "button button-danger" } else { "button" }>{locale.t(button)}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn History(entries: Vec<super::model::AuditEntry>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{locale.t("organizer-history")}</h2>
            {if entries.is_empty() {
                view! { <p class="muted">{locale.t("organizer-history-empty")}</p> }.into_any()
            } else {
                view! { <super::audit_page::AuditTable entries /> }.into_any()
            }}
        </section>
    }
}
