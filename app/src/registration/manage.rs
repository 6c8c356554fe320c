//! The page a registrant reaches through their secret link: see, change or
//! cancel the registration, and answer a waitlist offer.

use super::{
    fields::RegistrationFields,
    model::{Attendance, FormOutcome, ManageView, RegistrationForm, Status},
};
use crate::{
    form_fields::{outcome_signals, ErrorSummary},
    i18n::use_locale,
    layout::{error_message, ErrorNotice},
    programme::choices::ProgrammeChoices,
    streaming::watch_page::WatchList,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[cfg(feature = "ssr")]
const UPDATE_FLASH: &str = "manage";
#[cfg(feature = "ssr")]
const CANCEL_FLASH: &str = "cancel";

#[server]
pub async fn manage_registration(token: String) -> Result<ManageView, ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    super::service::manage_view(&state.db, &token, crate::i18n::detect_locale())
        .await
        .map_err(|e| e.into_server_error())
}

/// The QR code to show at the entrance, for a confirmed in-person place.
#[server]
pub async fn check_in_pass(token: String) -> Result<Option<String>, ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    crate::organizer::check_in::pass(&state.db, &state.settings.public_url, &token)
        .await
        .map_err(|e| e.into_server_error())
}

/// What a change posted without JavaScript left to fix, once.
#[server]
pub async fn take_manage_flash() -> Result<
    (
        Option<FormOutcome<RegistrationForm>>,
        Option<FormOutcome<()>>,
    ),
    ServerFnError,
> {
    use crate::platform::flash;
    Ok((
        flash::take(UPDATE_FLASH).await,
        flash::take(CANCEL_FLASH).await,
    ))
}

/// Saves changed details; switching between in person and online included.
#[server]
pub async fn update_registration(
    token: String,
    form: RegistrationForm,
) -> Result<Option<FormOutcome<RegistrationForm>>, ServerFnError> {
    use crate::{
        forms::FieldErrors,
        platform::{error::ServiceError, state::AppState},
    };
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    match super::service::update(
        &state.db,
        &state.settings,
        super::service::Changer::Owner(&token),
        &form,
        chrono::Utc::now(),
    )
    .await
    {
        Ok(()) => {
            leptos_axum::redirect(&format!("/manage/{token}?saved=1"));
            Ok(None)
        }
        Err(ServiceError::Invalid(errors)) => Ok(Some(
            back_to_page(
                &token,
                UPDATE_FLASH,
                FormOutcome {
                    values: form,
                    errors,
                    problem: None,
                },
            )
            .await?,
        )),
        Err(ServiceError::Conflict("error-email-taken")) => Ok(Some(
            back_to_page(
                &token,
                UPDATE_FLASH,
                FormOutcome {
                    values: form,
                    errors: FieldErrors::single("email", "error-email-taken"),
                    problem: None,
                },
            )
            .await?,
        )),
        Err(ServiceError::Conflict(key)) => Ok(Some(
            back_to_page(
                &token,
                UPDATE_FLASH,
                FormOutcome {
                    values: form,
                    errors: FieldErrors::default(),
                    problem: Some(key.to_owned()),
                },
            )
            .await?,
        )),
        Err(other) => Err(other.into_server_error()),
    }
}

/// Cancels the registration once the person has ticked that they mean it.
#[server]
pub async fn cancel_registration(
    token: String,
    confirm: Option<String>,
) -> Result<Option<FormOutcome<()>>, ServerFnError> {
    use crate::{forms::FieldErrors, platform::state::AppState};
    if confirm.is_none() {
        return Ok(Some(
            back_to_page(
                &token,
                CANCEL_FLASH,
                FormOutcome {
                    values: (),
                    errors: FieldErrors::single("confirm", "error-confirm-cancel"),
                    problem: None,
                },
            )
            .await?,
        ));
    }
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    super::service::cancel(
        &state.db,
        &state.settings,
        super::service::Changer::Owner(&token),
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| e.into_server_error())?;
    crate::streaming::access::recheck_now(&state.db, state.live.as_ref()).await;
    leptos_axum::redirect(&format!("/manage/{token}"));
    Ok(None)
}

/// Accepts or declines the in-person place offered from the waitlist.
#[server]
pub async fn answer_offer(token: String, decision: String) -> Result<(), ServerFnError> {
    use super::waitlist::OfferAnswer;
    use crate::platform::{error::ServiceError, state::AppState};
    let answer = match decision.as_str() {
        "accept" => OfferAnswer::Accept,
        "decline" => OfferAnswer::Decline,
        _ => return Err(ServiceError::Conflict("error-no-offer").into_server_error()),
    };
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    super::waitlist::answer_offer(
        &state.db,
        &state.settings,
        &token,
        answer,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| e.into_server_error())?;
    leptos_axum::redirect(&format!("/manage/{token}"));
    Ok(())
}

/// Without JavaScript, the outcome goes back to the page (see [`flash`]).
///
/// [`flash`]: crate::platform::flash
#[cfg(feature = "ssr")]
async fn back_to_page<T: serde::Serialize>(
    token: &str,
    flash_name: &str,
    outcome: FormOutcome<T>,
) -> Result<FormOutcome<T>, ServerFnError> {
    use crate::platform::flash;
    flash::send_back(flash_name, &format!("/manage/{token}"), &outcome).await?;
    Ok(outcome)
}

#[component]
pub fn ManagePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let actions = ManageActions {
        update: ServerAction::new(),
        cancel: ServerAction::new(),
        answer: ServerAction::new(),
    };
    let registration = Resource::new(token, manage_registration);
    let flash = Resource::new(|| (), |_| take_manage_flash());
    view! {
        <Title text=locale.t("manage-title") />
        // A secret link: kept out of search engines (the Referer never leaves
        // the site, see `security_headers`).
        <Meta name="robots" content="noindex" />
        <h1>{locale.t("manage-title")}</h1>
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let (update_flash, cancel_flash) = flash.await.unwrap_or_default();
                match registration.await {
                    Ok(view) => view! { <ManageRegistration token=token() view actions update_flash cancel_flash /> }.into_any(),
                    Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The forms of the page.
#[derive(Clone, Copy)]
struct ManageActions {
    update: ServerAction<UpdateRegistration>,
    cancel: ServerAction<CancelRegistration>,
    answer: ServerAction<AnswerOffer>,
}

#[component]
fn ManageRegistration(
    token: String,
    view: ManageView,
    actions: ManageActions,
    update_flash: Option<FormOutcome<RegistrationForm>>,
    cancel_flash: Option<FormOutcome<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let welcome = move || query.read().get("welcome").is_some();
    let saved = move || query.read().get("saved").is_some();
    let cancelled = view.status == Status::Cancelled;
    view! {
        <p class="lead">{view.event_title.clone()}</p>
        <p class="muted">{locale.date_range(view.starts_on, view.ends_on)}</p>
        {move || welcome().then(|| view! { <div class="notice notice-success" role="status"><p>{locale.t("manage-welcome")}</p></div> })}
        {move || saved().then(|| view! { <div class="notice notice-success" role="status"><p>{locale.t("manage-saved")}</p></div> })}
        <StatusBanner view=view.clone() />
        {(view.status == Status::Confirmed && view.attendance == Attendance::InPerson).then(|| view! { <CheckInPass token=token.clone() /> })}
        {(view.status == Status::Offered).then(|| view! { <OfferAnswer token=token.clone() action=actions.answer /> })}
        {if cancelled {
            let href = format!("/events/{}/register", view.event_slug);
            view! { <p><a class="button" href=href>{locale.t("register-again")}</a></p> }.into_any()
        } else {
            view! {
                <UpdateForm
                    token=token.clone()
                    action=actions.update
                    values=view.details.clone()
                    in_person_full=view.in_person_full
                    flash=update_flash
                />
                <ProgrammeChoices token=token.clone() />
                <WatchList token=token.clone() />
                <CancelForm token=token.clone() action=actions.cancel flash=cancel_flash />
            }
            .into_any()
        }}
        <p><a href=format!("/manage/{token}/data")>{locale.t("manage-data-link")}</a></p>
    }
}

/// The QR code staff scan at the entrance.
#[component]
fn CheckInPass(token: String) -> impl IntoView {
    let locale = use_locale();
    let pass = Resource::new(move || token.clone(), check_in_pass);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                pass.await.ok().flatten().map(|svg| view! {
                    <figure class="check-in-pass" data-testid="check-in-pass">
                        <div class="badge-qr" inner_html=svg></div>
                        <figcaption>{locale.t("check-in-pass")}</figcaption>
                    </figure>
                })
            })}
        </Suspense>
    }
}

#[component]
fn StatusBanner(view: ManageView) -> impl IntoView {
    let locale = use_locale();
    let text = match (view.status, view.attendance) {
        (Status::Confirmed, Attendance::InPerson) => locale.t("status-confirmed-in-person"),
        (Status::Confirmed, Attendance::Online) => locale.t("status-confirmed-online"),
        (Status::Waitlisted, _) => locale.t_with(
            "status-waitlisted",
            &[(
                "position",
                i64::try_from(view.waitlist_position.unwrap_or(0))
                    .unwrap_or(i64::MAX)
                    .into(),
            )],
        ),
        (Status::Offered, _) => locale.t_with(
            "status-offered",
            &[(
                "deadline",
                view.offer_deadline.clone().unwrap_or_default().into(),
            )],
        ),
        (Status::Cancelled, _) => locale.t("status-cancelled"),
    };
    view! {
        <div class="status" data-testid="registration-status" data-status=format!("{:?}", view.status).to_lowercase()>
            <p>
                <strong>{text}</strong>
            </p>
        </div>
    }
}

#[component]
fn OfferAnswer(token: String, action: ServerAction<AnswerOffer>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ActionForm action attr:class="offer">
            <input type="hidden" name="token" value=token />
            <button type="submit" class="button" name="decision" value="accept">{locale.t("offer-accept")}</button>
            " "
            <button type="submit" class="button button-secondary" name="decision" value="decline">{locale.t("offer-decline")}</button>
        </ActionForm>
        {move || match action.value().get() {
            Some(Err(error)) => Some(view! { <ErrorNotice message=error_message(locale, &error) /> }),
            _ => None,
        }}
    }
}

#[component]
fn UpdateForm(
    token: String,
    action: ServerAction<UpdateRegistration>,
    values: RegistrationForm,
    in_person_full: bool,
    flash: Option<FormOutcome<RegistrationForm>>,
) -> impl IntoView {
    let locale = use_locale();
    let (errors, problem) = outcome_signals(
        Signal::derive(move || action.value().get()),
        flash
            .as_ref()
            .map(|f| (f.errors.clone(), f.problem.clone())),
    );
    // What was typed survives a refused save: the flash keeps it for the page.
    let values = flash.map(|f| f.values).unwrap_or(values);
    view! {
        <section aria-labelledby="change-heading">
            <h2 id="change-heading">{locale.t("manage-change-title")}</h2>
            <p class="hint">{locale.t("manage-change-hint")}</p>
            <ErrorSummary errors problem />
            <ActionForm action attr:novalidate="" attr:class="form">
                <input type="hidden" name="token" value=token />
                <RegistrationFields values errors in_person_full />
                <button type="submit" class="button">{locale.t("manage-save")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn CancelForm(
    token: String,
    action: ServerAction<CancelRegistration>,
    flash: Option<FormOutcome<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let errors = Signal::stored(flash.map(|f| f.errors).unwrap_or_default());
    view! {
        <section aria-labelledby="cancel-heading" class="danger-zone">
            <h2 id="cancel-heading">{locale.t("manage-cancel-title")}</h2>
            <p>{locale.t("manage-cancel-hint")}</p>
            {move || match action.value().get() {
                Some(Err(error)) => Some(view! { <ErrorNotice message=error_message(locale, &error) /> }),
                _ => None,
            }}
            <ActionForm action>
                <input type="hidden" name="token" value=token />
                <div class="field checkbox" class:has-error=move || errors.read().get("confirm").is_some()>
                    {move || errors.read().get("confirm").map(|key| view! { <p class="field-error" id="f-confirm-error">{locale.t(key)}</p> })}
                    <input id="f-confirm" type="checkbox" name="confirm" value="yes" />
                    <label for="f-confirm">{locale.t("manage-cancel-confirm")}</label>
                </div>
                <button type="submit" class="button button-danger">{locale.t("manage-cancel-submit")}</button>
            </ActionForm>
        </section>
    }
}
