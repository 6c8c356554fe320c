//! The door: `/staff/events/:slug/check-in` lists who is expected, with a
//! form per person and one for a scanned code; `/staff/check-in/:code` is
//! where a phone's camera app lands from a QR code. Both work as plain
//! forms; `/check-in.js` adds camera scanning where the browser can read QR
//! codes, and keeps scans on the phone while the connection is lost.

use super::model::{Arrival, CheckInAnswer, CheckInOutcome};
use crate::{
    i18n::{use_locale, Locale},
    layout::{error_message, server_escaped},
    staff::pages::StaffDenied,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Script, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[server]
pub async fn get_arrivals(slug: String) -> Result<(String, Vec<Arrival>), ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::CheckIn)
        .await
        .map_err(|e| e.into_server_error())?;
    let (event, people) = super::check_in::arrivals(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok((event.title, people))
}

#[server]
pub async fn look_up_code(code: String) -> Result<CheckInAnswer, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::CheckIn)
        .await
        .map_err(|e| e.into_server_error())?;
    super::check_in::look_up(&state.db, &code)
        .await
        .map_err(|e| e.into_server_error())
}

/// What the door staff read after a scan or look-up.
pub fn check_in_message(locale: Locale, answer: &CheckInAnswer) -> String {
    let name = answer.person.name.clone();
    let time = answer.person.checked_in_at.clone().unwrap_or_default();
    match answer.outcome {
        CheckInOutcome::CheckedIn => locale.t_with(
            "check-in-done",
            &[("name", name.into()), ("time", time.into())],
        ),
        CheckInOutcome::AlreadyCheckedIn => locale.t_with(
            "check-in-already",
            &[("name", name.into()), ("time", time.into())],
        ),
        CheckInOutcome::Waiting => locale.t_with("check-in-waiting", &[("name", name.into())]),
        CheckInOutcome::NotExpected => {
            locale.t_with("check-in-not-expected", &[("name", name.into())])
        }
        CheckInOutcome::OtherEvent => {
            locale.t_with("check-in-other-event", &[("name", name.into())])
        }
    }
}

/// A form that checks one person in (the script sends it itself, and
/// queues it while offline).
#[component]
fn CheckInForm(code: String, event: String) -> impl IntoView {
    let locale = use_locale();
    view! {
        <form method="post" action="/staff/check-in" class="inline-form" data-check-in="">
            <input type="hidden" name="code" value=code />
            <input type="hidden" name="event" value=event />
            <button type="submit" class="button">{locale.t("check-in-submit")}</button>
        </form>
    }
}

#[component]
pub fn CheckInPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let address = use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let arrivals = Resource::new(slug, get_arrivals);
    view! {
        <Title text=locale.t("check-in-title") />
        <Meta name="robots" content="noindex" />
        <Script type_="module" src="/check-in.js" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let filter = address.read_untracked().get("q").unwrap_or_default();
                match arrivals.await {
                    Ok((title, people)) => view! { <Door slug=slug() title people filter /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Door(slug: String, title: String, people: Vec<Arrival>, filter: String) -> impl IntoView {
    let locale = use_locale();
    let count = |value: usize| i64::try_from(value).unwrap_or(i64::MAX);
    let checked = people.iter().filter(|p| p.checked_in_at.is_some()).count();
    let progress = locale.t_with(
        "check-in-progress",
        &[
            ("checked", count(checked).into()),
            ("expected", count(people.len()).into()),
        ],
    );
    let heading = locale.t_with("check-in-heading", &[("event", title.into())]);
    let offline_list = serde_json::to_string(&people).unwrap_or_default();
    let wanted = filter.trim().to_lowercase();
    let shown: Vec<Arrival> = people
        .into_iter()
        .filter(|p| {
            wanted.is_empty()
                || p.name.to_lowercase().contains(&wanted)
                || p.organisation.to_lowercase().contains(&wanted)
        })
        .collect();
    view! {
        <Title text=server_escaped(heading.clone()) />
        <h1>{heading}</h1>
        <p data-testid="check-in-progress">{progress}</p>
        <section
            id="scanner"
            class="scanner"
            data-event=slug.clone()
            aria-labelledby="scan-heading"
            data-queued=locale.t_with("check-in-queued", &[("name", "{name}".into())])
            data-waiting=locale.t_with("check-in-waiting-to-send", &[("count", "{count}".into())])
            data-unknown=locale.t("error-check-in-unknown")
            data-no-camera=locale.t("check-in-no-camera")
        >
            <h2 id="scan-heading">{locale.t("check-in-scan")}</h2>
            <p class="hint">{locale.t("check-in-scan-hint")}</p>
            <button type="button" class="button" id="scan-start" hidden>{locale.t("check-in-camera")}</button>
            <video id="scan-video" playsinline="" muted="" hidden></video>
            <form method="post" action="/staff/check-in" class="form inline-form" data-check-in="">
                <input type="hidden" name="event" value=slug.clone() />
                <label for="f-code">{locale.t("check-in-code")}</label>
                <input id="f-code" name="code" autocomplete="off" autocapitalize="off" spellcheck="false" />
                <button type="submit" class="button">{locale.t("check-in-submit")}</button>
            </form>
            <div id="check-in-result" class="notice" role="status" aria-live="polite" data-testid="check-in-result"></div>
            <p id="check-in-queue" class="muted" data-testid="check-in-queue"></p>
        </section>
        <div id="arrivals" data-list=offline_list hidden></div>
        <section aria-labelledby="people-heading">
            <h2 id="people-heading">{locale.t("check-in-people")}</h2>
            <form method="get" action=format!("/staff/events/{slug}/check-in") class="form inline-form" role="search">
                <label for="f-q">{locale.t("check-in-search")}</label>
                <input id="f-q" type="search" name="q" value=filter />
                <button type="submit" class="button button-secondary">{locale.t("organizer-search-button")}</button>
            </form>
            <ul class="arrivals" data-testid="arrivals">
                {shown
                    .into_iter()
                    .map(|person| {
                        let done = person.checked_in_at.clone();
                        let code = person.code.clone();
                        let marked = person.code.clone();
                        view! {
                            <li class="card" data-code=marked>
                                <p><strong>{person.name.clone()}</strong> " · " {person.organisation.clone()} " · " {locale.country_name(&person.country)}</p>
                                {match done {
                                    Some(time) => view! { <p class="badge">{locale.t_with("check-in-at", &[("time", time.into())])}</p> }.into_any(),
                                    None => view! { <CheckInForm code event=slug.clone() /> }.into_any(),
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// `/staff/check-in/:code`: who a QR code belongs to, with the result of
/// the scan just made (`?result=`) or a button to check them in.
#[component]
pub fn CheckInCodePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let address = use_query_map();
    let code = move || params.read().get("code").unwrap_or_default();
    let answer = Resource::new(code, look_up_code);
    view! {
        <Title text=locale.t("check-in-title") />
        <Meta name="robots" content="noindex" />
        <Meta name="referrer" content="no-referrer" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let just_done = address.read_untracked().get("result").as_deref() == Some("checked_in");
                match answer.await {
                    Ok(mut answer) => {
                        if just_done && answer.outcome == CheckInOutcome::AlreadyCheckedIn {
                            answer.outcome = CheckInOutcome::CheckedIn;
                        }
                        view! { <PersonAtTheDoor answer /> }.into_any()
                    }
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PersonAtTheDoor(answer: CheckInAnswer) -> impl IntoView {
    let locale = use_locale();
    let message = check_in_message(locale, &answer);
    let tone = match answer.outcome {
        CheckInOutcome::CheckedIn => "notice notice-success",
        CheckInOutcome::AlreadyCheckedIn => "notice notice-warning",
        CheckInOutcome::Waiting => "notice",
        CheckInOutcome::NotExpected | CheckInOutcome::OtherEvent => "notice notice-error",
    };
    let back = format!("/staff/events/{}/check-in", answer.event_slug);
    view! {
        <h1>{answer.person.name.clone()}</h1>
        <p class="lead">{answer.person.organisation.clone()} " · " {locale.country_name(&answer.person.country)}</p>
        <div class=tone role="status" data-testid="check-in-result">
            <p><strong>{message}</strong></p>
        </div>
        {(answer.outcome == CheckInOutcome::Waiting).then(|| view! { <CheckInForm code=answer.person.code.clone() event=answer.event_slug.clone() /> })}
        <p><a href=back>{locale.t("check-in-back")}</a></p>
    }
}

#[server]
pub async fn get_badges(slug: String) -> Result<(String, Vec<(Arrival, String)>), ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::CheckIn)
        .await
        .map_err(|e| e.into_server_error())?;
    let (event, people) = super::check_in::arrivals(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    let mut badges = Vec::new();
    for person in people {
        let target = super::check_in::check_in_url(&state.settings.public_url, &person.code);
        let qr = super::check_in::qr_svg(&target).map_err(|e| e.into_server_error())?;
        badges.push((person, qr));
    }
    Ok((event.title, badges))
}

/// `/staff/events/:slug/badges`: one A6 badge per person expected, to print
/// from the browser: name, organisation, country and the check-in QR code.
#[component]
pub fn BadgesPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let badges = Resource::new(
        move || params.read().get("slug").unwrap_or_default(),
        get_badges,
    );
    view! {
        <Title text=locale.t("badges-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match badges.await {
                    Ok((title, badges)) => view! {
                        <div class="no-print">
                            <h1>{locale.t("badges-title")}</h1>
                            <p>{locale.t_with("badges-hint", &[("count", i64::try_from(badges.len()).unwrap_or(0).into())])}</p>
                        </div>
                        <div class="badges-sheet" data-testid="badges">
                            {badges
                                .into_iter()
                                .map(|(person, qr)| view! {
                                    <article class="name-badge">
                                        <p class="badge-event">{title.clone()}</p>
                                        <p class="badge-name">{person.name}</p>
                                        <p class="badge-organisation">{person.organisation}</p>
                                        <p class="badge-country">{locale.country_name(&person.country)}</p>
                                        <div class="badge-qr" inner_html=qr></div>
                                    </article>
                                })
                                .collect_view()}
                        </div>
                    }
                    .into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
