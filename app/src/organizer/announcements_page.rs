//! `/staff/events/:slug/announcements`: write to a segment of the
//! participants, preview the email in each language the recipients chose,
//! send it, and watch it go out (queued, sent, failing and why).

use super::model::{AnnouncementDraft, AnnouncementPreview, AnnouncementProgress};
use crate::{
    form_fields::ErrorSummary,
    forms::FieldErrors,
    i18n::{use_locale, Locale},
    layout::{error_message, server_escaped},
    refresh::{PageRefresh, RefreshOn, Region},
    staff::pages::StaffDenied,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// The page's data: the event, and who can be written to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnnouncementsView {
    pub event_title: String,
    /// Segment code and, for an activity, its title.
    pub segments: Vec<(String, Option<String>)>,
}

/// One flash per event, so a draft never fills another event's form.
#[cfg(feature = "ssr")]
fn flash_name(slug: &str) -> String {
    format!("announcement-{slug}")
}

/// What a preview or a refused send posted without JavaScript leaves for
/// the page: the draft, and the preview is made again from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnnounceFlash {
    pub draft: AnnouncementDraft,
    pub preview_wanted: bool,
    pub errors: FieldErrors,
    pub problem: Option<String>,
}

/// What a preview or a refused send answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnnounceOutcome {
    pub preview: Option<AnnouncementPreview>,
    pub errors: FieldErrors,
    pub problem: Option<String>,
}

#[server]
pub async fn get_announcements(slug: String) -> Result<AnnouncementsView, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let dashboard = super::dashboard::dashboard(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    let mut segments: Vec<(String, Option<String>)> = ["all", "in_person", "online", "waitlisted"]
        .into_iter()
        .map(|code| (code.to_owned(), None))
        .collect();
    segments.extend(
        dashboard
            .activities
            .into_iter()
            .map(|activity| (format!("activity-{}", activity.id), Some(activity.title))),
    );
    Ok(AnnouncementsView {
        event_title: dashboard.event_title,
        segments,
    })
}

/// What was sent, and how far it got (read again while the page is open).
#[server]
pub async fn get_announcement_progress(
    slug: String,
) -> Result<Vec<AnnouncementProgress>, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    super::announcements::progress(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())
}

/// Previews (`intent` = `preview`) or sends (`send`) an announcement.
#[server]
pub async fn announce(
    slug: String,
    intent: String,
    draft: AnnouncementDraft,
) -> Result<AnnounceOutcome, ServerFnError> {
    use crate::{
        platform::{error::ServiceError, flash},
        staff::{pages::staff_member, roles::Capability},
    };
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let answer = if intent == "send" {
        let now = chrono::Utc::now();
        super::announcements::send(&state.db, &state.settings, &member, &slug, &draft, now)
            .await
            .map(|_| None)
    } else {
        super::announcements::preview(&state.db, &state.settings, &slug, &draft)
            .await
            .map(Some)
    };
    let page = format!("/staff/events/{slug}/announcements");
    let outcome = match answer {
        Ok(None) => {
            leptos_axum::redirect(&format!("{page}?sent=1"));
            return Ok(AnnounceOutcome::default());
        }
        Ok(preview) => AnnounceOutcome {
            preview,
            ..Default::default()
        },
        Err(ServiceError::Invalid(errors)) => AnnounceOutcome {
            errors,
            ..Default::default()
        },
        Err(ServiceError::Conflict(key)) => AnnounceOutcome {
            problem: Some(key.to_owned()),
            ..Default::default()
        },
        Err(other) => return Err(other.into_server_error()),
    };
    let kept = AnnounceFlash {
        draft,
        preview_wanted: outcome.preview.is_some(),
        errors: outcome.errors.clone(),
        problem: outcome.problem.clone(),
    };
    flash::send_back(&flash_name(&slug), &page, &kept).await?;
    Ok(outcome)
}

/// The draft a preview or refused send posted without JavaScript left, and
/// its answer (the preview made again, so it shows today's recipients).
#[server]
pub async fn take_announcement_flash(
    slug: String,
) -> Result<Option<(AnnouncementDraft, AnnounceOutcome)>, ServerFnError> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, _) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let Some(kept) = crate::platform::flash::take::<AnnounceFlash>(&flash_name(&slug)).await else {
        return Ok(None);
    };
    let mut outcome = AnnounceOutcome {
        preview: None,
        errors: kept.errors,
        problem: kept.problem,
    };
    if kept.preview_wanted {
        outcome.preview =
            super::announcements::preview(&state.db, &state.settings, &slug, &kept.draft)
                .await
                .ok();
    }
    Ok(Some((kept.draft, outcome)))
}

#[component]
pub fn AnnouncementsPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let action = ServerAction::<Announce>::new();
    let data = Resource::new(slug, get_announcements);
    let flash = Resource::new(slug, take_announcement_flash);
    let progress = Resource::new(slug, get_announcement_progress);
    view! {
        <Title text=locale.t("announcements-title") />
        // While emails go out, their progress every few seconds.
        <PageRefresh on=RefreshOn::Every(3) />
        <Meta name="robots" content="noindex" />
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let flashed = flash.await.ok().flatten().unwrap_or_default();
                match data.await {
                    Ok(view_data) => view! { <Announcements slug=slug() view_data action progress flashed /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Announcements(
    slug: String,
    view_data: AnnouncementsView,
    action: ServerAction<Announce>,
    progress: Resource<Result<Vec<AnnouncementProgress>, ServerFnError>>,
    flashed: (AnnouncementDraft, AnnounceOutcome),
) -> impl IntoView {
    let locale = use_locale();
    let address = use_query_map();
    let sent_now = move || address.read().get("sent").is_some();
    let heading = locale.t_with(
        "announcements-heading",
        &[("event", view_data.event_title.clone().into())],
    );
    view! {
        <Title text=server_escaped(heading.clone()) />
        <p><a href=format!("/staff/events/{slug}")>{locale.t("organizer-back-to-dashboard")}</a></p>
        <h1>{heading}</h1>
        {move || sent_now().then(|| view! { <div class="notice notice-success" role="status"><p>{locale.t("announcements-sent")}</p></div> })}
        <Composer slug=slug.clone() segments=view_data.segments action flashed />
        <Region id="announcement-progress">
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match progress.await {
                        Ok(sent) => view! { <Progress sent /> }.into_any(),
                        Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                    }
                })}
            </Transition>
        </Region>
    }
}

fn segment_label(locale: Locale, code: &str, title: &Option<String>) -> String {
    match title {
        Some(title) => locale.t_with("segment-activity", &[("title", title.clone().into())]),
        None => locale.t(&format!("segment-{}", code.replace('_', "-"))),
    }
}

#[component]
fn Composer(
    slug: String,
    segments: Vec<(String, Option<String>)>,
    action: ServerAction<Announce>,
    flashed: (AnnouncementDraft, AnnounceOutcome),
) -> impl IntoView {
    let locale = use_locale();
    let (typed, flashed) = flashed;
    let outcome = Signal::derive(move || match action.value().get() {
        Some(Ok(outcome)) => outcome,
        Some(Err(error)) => AnnounceOutcome {
            problem: Some(error_message(locale, &error)),
            ..Default::default()
        },
        None => flashed.clone(),
    });
    let errors = Signal::derive(move || outcome.get().errors);
    let problem = Signal::derive(move || outcome.get().problem);
    let preview = move || outcome.get().preview;
    let [first, others @ ..] = Locale::ALL;
    view! {
        <section aria-labelledby="compose-heading">
            <h2 id="compose-heading">{locale.t("announcements-new")}</h2>
            <ErrorSummary errors problem />
            <ActionForm action attr:novalidate="" attr:class="form">
                <input type="hidden" name="slug" value=slug />
                <div class="field">
                    <label for="f-segment">{locale.t("field-segment")}</label>
                    <select id="f-segment" name="draft[segment]">
                        {segments
                            .iter()
                            .map(|(code, title)| view! { <option value=code.clone() selected=typed.segment == *code>{segment_label(locale, code, title)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <MessageFields language=first errors typed=typed.clone() />
                <details open=others.iter().any(|language| typed.begun(language.code()))>
                    <summary>{locale.t("announcements-other-languages")}</summary>
                    {others.iter().map(|language| view! { <MessageFields language=*language errors typed=typed.clone() /> }).collect_view()}
                </details>
                <button type="submit" class="button button-secondary" name="intent" value="preview">{locale.t("announcements-preview")}</button>
                {move || preview().map(|preview| view! {
                    <PreviewOf preview=preview.clone() />
                    <button type="submit" class="button" name="intent" value="send">
                        {locale.t_with("announcements-send", &[("count", i64::try_from(preview.recipients).unwrap_or(i64::MAX).into())])}
                    </button>
                })}
            </ActionForm>
        </section>
    }
}

/// The subject and body in one language, with what was typed in them.
#[component]
fn MessageFields(
    language: Locale,
    errors: Signal<FieldErrors>,
    typed: AnnouncementDraft,
) -> impl IntoView {
    let locale = use_locale();
    let code = language.code();
    let typed_subject = typed.subject.get(code).cloned().unwrap_or_default();
    let typed_body = typed.body.get(code).cloned().unwrap_or_default();
    let subject = format!("subject_{code}");
    let body = format!("body_{code}");
    let subject_error = {
        let subject = subject.clone();
        move || errors.read().get(&subject).map(|key| locale.t(key))
    };
    let body_error = {
        let body = body.clone();
        move || errors.read().get(&body).map(|key| locale.t(key))
    };
    view! {
        <fieldset class="field" lang=code>
            <legend>{language.endonym()}</legend>
            <label for=format!("f-{subject}")>{locale.t("field-announcement-subject")}</label>
            <p class="field-error">{subject_error}</p>
            <input id=format!("f-{subject}") name=format!("draft[subject][{code}]") value=typed_subject />
            <label for=format!("f-{body}")>{locale.t("field-announcement-body")}</label>
            <p class="field-error">{body_error}</p>
            <textarea id=format!("f-{body}") name=format!("draft[body][{code}]") rows="8">{server_escaped(typed_body)}</textarea>
        </fieldset>
    }
}

#[component]
fn PreviewOf(preview: AnnouncementPreview) -> impl IntoView {
    let locale = use_locale();
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    view! {
        <section class="preview" aria-labelledby="preview-heading" data-testid="announcement-preview">
            <h3 id="preview-heading">{locale.t_with("announcements-recipients", &[("count", count(preview.recipients).into())])}</h3>
            {preview
                .languages
                .into_iter()
                .map(|language| {
                    let name = Locale::from_code(&language.language).map(|l| l.endonym()).unwrap_or_default();
                    view! {
                        <article lang=language.language.clone()>
                            <h4>{format!("{name}: ")} {locale.t_with("announcements-recipients", &[("count", count(language.recipients).into())])}</h4>
                            <p><strong>{language.subject}</strong></p>
                            <pre class="email-text">{language.text}</pre>
                        </article>
                    }
                })
                .collect_view()}
        </section>
    }
}

#[component]
fn Progress(sent: Vec<AnnouncementProgress>) -> impl IntoView {
    let locale = use_locale();
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    view! {
        <section aria-labelledby="progress-heading">
            <h2 id="progress-heading">{locale.t("announcements-progress")}</h2>
            {if sent.is_empty() {
                view! { <p class="muted">{locale.t("announcements-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="announcements" data-testid="announcements">
                        {sent
                            .into_iter()
                            .map(|a| view! {
                                <li class="card">
                                    <p><strong>{a.subject}</strong></p>
                                    <p class="muted" data-testid="announcement-sent">{a.sent_by} " · " {locale.date_time(a.sent_at, &a.zone)}</p>
                                    <p data-testid="announcement-progress">
                                        {locale.t_with("announcements-counts", &[("sent", count(a.sent).into()), ("recipients", count(a.recipients).into()), ("queued", count(a.queued).into())])}
                                    </p>
                                    {(!a.failing.is_empty()).then(|| view! {
                                        <details>
                                            <summary>{locale.t_with("announcements-failing", &[("count", i64::try_from(a.failing.len()).unwrap_or(i64::MAX).into())])}</summary>
                                            <ul>{a.failing.into_iter().map(|(to, why)| view! { <li>{to} ": " {why}</li> }).collect_view()}</ul>
                                        </details>
                                    })}
                                </li>
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
