//! The participant's programme on their manage page: choose breakouts and a
//! site visit, join waitlists, answer offers, and take the agenda along as a
//! calendar file or subscription. Plain forms, each answered with the page.

use super::{
    model::{ChoiceView, MyProgramme},
    page::{kind_label, mode_label, time_range},
};
use crate::{
    i18n::use_locale,
    layout::{error_message, ErrorNotice},
    registration::model::Status,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
const FLASH: &str = "programme";

/// What a change to the programme left to say: a refusal, or the new
/// subscription address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceOutcome {
    pub problem: Option<String>,
    pub feed_url: Option<String>,
}

#[server]
pub async fn get_my_programme(token: String) -> Result<MyProgramme, ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    super::agenda::my_programme(&state.db, &token, crate::i18n::detect_locale())
        .await
        .map_err(|e| e.into_server_error())
}

#[server]
pub async fn take_programme_flash() -> Result<Option<ChoiceOutcome>, ServerFnError> {
    Ok(crate::platform::flash::take(FLASH).await)
}

/// Signs up for, gives up, accepts or declines a place in an activity.
#[server]
pub async fn change_choice(
    token: String,
    activity: i32,
    decision: String,
) -> Result<ChoiceOutcome, ServerFnError> {
    use super::bookings;
    use crate::{
        platform::{error::ServiceError, state::AppState},
        registration::waitlist::OfferAnswer,
    };
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let (db, settings, now) = (&state.db, &state.settings, chrono::Utc::now());
    let result = match decision.as_str() {
        "book" => bookings::book(db, &token, activity, now).await.map(|_| ()),
        "leave" => bookings::cancel(db, settings, &token, activity, now).await,
        "accept" => {
            bookings::answer_offer(db, settings, &token, activity, OfferAnswer::Accept, now).await
        }
        "decline" => {
            bookings::answer_offer(db, settings, &token, activity, OfferAnswer::Decline, now).await
        }
        _ => Err(ServiceError::Conflict("error-no-offer")),
    };
    let outcome = match result {
        Ok(()) => ChoiceOutcome::default(),
        Err(error @ (ServiceError::Refused(_) | ServiceError::Conflict(_))) => ChoiceOutcome {
            problem: Some(error.message(crate::i18n::detect_locale())),
            feed_url: None,
        },
        Err(other) => return Err(other.into_server_error()),
    };
    back_to_programme(&token, outcome).await
}

/// A new calendar subscription address; the previous one stops working.
#[server]
pub async fn renew_calendar_feed(token: String) -> Result<ChoiceOutcome, ServerFnError> {
    use crate::platform::state::AppState;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let url = super::agenda::renew_feed(&state.db, &state.settings, &token, chrono::Utc::now())
        .await
        .map_err(|e| e.into_server_error())?;
    back_to_programme(
        &token,
        ChoiceOutcome {
            problem: None,
            feed_url: Some(url),
        },
    )
    .await
}

/// Without JavaScript, the outcome goes back to the page (see [`flash`]).
///
/// [`flash`]: crate::platform::flash
#[cfg(feature = "ssr")]
async fn back_to_programme(
    token: &str,
    outcome: ChoiceOutcome,
) -> Result<ChoiceOutcome, ServerFnError> {
    use crate::platform::{error::ServiceError, flash};
    if flash::is_plain_form_post() {
        if outcome != ChoiceOutcome::default() {
            flash::remember(FLASH, &outcome)
                .await
                .map_err(ServiceError::into_server_error)?;
        }
        leptos_axum::redirect(&format!("/manage/{token}#programme"));
    }
    Ok(outcome)
}

/// The "Your programme" section of the manage page.
#[component]
pub fn ProgrammeChoices(token: String) -> impl IntoView {
    let locale = use_locale();
    let change = ServerAction::<ChangeChoice>::new();
    let renew = ServerAction::<RenewCalendarFeed>::new();
    let programme = Resource::new(
        {
            let token = token.clone();
            move || token.clone()
        },
        get_my_programme,
    );
    let flash = Resource::new(|| (), |_| take_programme_flash());
    let token = StoredValue::new(token);
    view! {
        <section id="programme" aria-labelledby="programme-heading">
            <h2 id="programme-heading">{locale.t("choices-title")}</h2>
            <p class="hint">{locale.t("choices-hint")}</p>
            <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    let flash = flash.await.ok().flatten().unwrap_or_default();
                    let flashed_feed = flash.feed_url.clone();
                    let outcome = move || match change.value().get() {
                        Some(Err(error)) => ChoiceOutcome { problem: Some(error_message(locale, &error)), feed_url: None },
                        _ => flash.clone(),
                    };
                    match programme.await {
                        Ok(programme) => view! {
                            {move || outcome().problem.map(|message| view! { <ErrorNotice message /> })}
                            <ChoiceList programme token=token.get_value() action=change />
                            <CalendarLinks token=token.get_value() action=renew flashed_feed />
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice message=error_message(locale, &error) /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn ChoiceList(
    programme: MyProgramme,
    token: String,
    action: ServerAction<ChangeChoice>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="muted">{locale.t_with("programme-times-in-zone", &[("zone", programme.timezone.clone().into())])}</p>
        <ul class="picks">
            {programme
                .choices
                .into_iter()
                .map(|choice| view! { <li><Choice choice token=token.clone() action /></li> })
                .collect_view()}
        </ul>
    }
}

#[component]
fn Choice(choice: ChoiceView, token: String, action: ServerAction<ChangeChoice>) -> impl IntoView {
    let locale = use_locale();
    let position = |n: Option<u64>| i64::try_from(n.unwrap_or(0)).unwrap_or(i64::MAX).into();
    let standing = match choice.status {
        Some(Status::Confirmed) => Some(locale.t("choice-confirmed")),
        Some(Status::Waitlisted) => Some(locale.t_with(
            "choice-waitlisted",
            &[("position", position(choice.waitlist_position))],
        )),
        Some(Status::Offered) => Some(locale.t_with(
            "choice-offered",
            &[(
                "deadline",
                choice.offer_deadline.clone().unwrap_or_default().into(),
            )],
        )),
        _ => None,
    };
    let buttons: Vec<(&'static str, String)> = match choice.status {
        Some(Status::Offered) => vec![
            ("accept", locale.t("offer-accept")),
            ("decline", locale.t("offer-decline")),
        ],
        Some(Status::Confirmed) => vec![("leave", locale.t("choice-leave"))],
        Some(Status::Waitlisted) => vec![("leave", locale.t("choice-leave-waitlist"))],
        _ if choice.refusal.is_none() => vec![(
            "book",
            locale.t(if choice.full {
                "choice-join-waitlist"
            } else {
                "choice-book"
            }),
        )],
        _ => Vec::new(),
    };
    let details = [
        Some(locale.date(choice.starts_at.date_naive())),
        Some(time_range(choice.starts_at, choice.ends_at)),
        choice.room.clone(),
        Some(kind_label(locale, choice.kind)),
        Some(mode_label(locale, choice.mode)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <article class="card pick" data-testid="choice" data-title=choice.title.clone()
            data-status=choice.status.map(|s| format!("{s:?}").to_lowercase()).unwrap_or_default()>
            <h3>{choice.title.clone()}</h3>
            <p class="muted">{details}</p>
            {choice.places.clone().map(|places| view! { <p class="places">{places}</p> })}
            {standing.map(|text| view! { <p class="standing"><strong>{text}</strong></p> })}
            {choice.refusal.clone().map(|text| view! { <p class="hint" data-testid="refusal">{text}</p> })}
            {choice.clash.clone().map(|title| view! {
                <p class="notice" data-testid="clash">{locale.t_with("choice-clash", &[("title", title.into())])}</p>
            })}
            {(!buttons.is_empty()).then(|| view! {
                <ActionForm action attr:class="pick-actions">
                    <input type="hidden" name="token" value=token.clone() />
                    <input type="hidden" name="activity" value=choice.id />
                    {buttons.into_iter().map(|(decision, label)| view! {
                        <button type="submit" class="button" name="decision" value=decision>{label}</button>
                        " "
                    }).collect_view()}
                </ActionForm>
            })}
        </article>
    }
}

#[component]
fn CalendarLinks(
    token: String,
    action: ServerAction<RenewCalendarFeed>,
    flashed_feed: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let download = format!("/manage/{token}/agenda.ics");
    let feed_url = move || flashed_feed.clone();
    view! {
        <h3>{locale.t("agenda-title")}</h3>
        <p><a class="button button-secondary" href=download download="agenda.ics">{locale.t("agenda-download")}</a></p>
        <p class="hint">{locale.t("agenda-subscribe-hint")}</p>
        <ActionForm action>
            <input type="hidden" name="token" value=token />
            <button type="submit" class="button button-secondary">{locale.t("agenda-subscribe")}</button>
        </ActionForm>
        {move || feed_url().map(|url| view! {
            <div class="notice notice-success" role="status">
                <p>{locale.t("agenda-subscribe-done")}</p>
                <p><code data-testid="feed-url">{url}</code></p>
            </div>
        })}
    }
}
