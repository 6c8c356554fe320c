//! `/staff/events/:slug/streams/:id/captions`: a captioner types what is
//! said, line by line; each line reaches everyone watching within a second
//! and is kept as the session's transcript. Works without JavaScript (the
//! page comes back after each line); with it, each line is sent without
//! leaving the page, and the box comes back empty with the focus, so typing
//! goes on.

use crate::{
    form_fields::{outcome_signals, ErrorSummary, TextArea},
    i18n::use_locale,
    layout::error_message,
    refresh::{Region, SendInPlace},
    registration::model::FormOutcome,
    staff::pages::StaffDenied,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use serde::{Deserialize, Serialize};

/// The flash of a refused line, per session.
#[cfg(feature = "ssr")]
fn flash_name(session_id: i32) -> String {
    format!("caption-{session_id}")
}

/// A line sent, as the captioner sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentLine {
    /// The time it was sent, in the event's zone.
    pub at: String,
    pub text: String,
}

/// The page's data: the session and its latest lines, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaptionsView {
    pub event_title: String,
    pub session_title: String,
    pub lines: Vec<SentLine>,
    /// New for each showing of the form, so a line sent twice from it
    /// (its answer lost) is stored once.
    pub form_key: String,
}

/// Lines shown on the page.
#[cfg(feature = "ssr")]
const LINES_SHOWN: u64 = 20;

#[server]
pub async fn get_captions(slug: String, session_id: i32) -> Result<CaptionsView, ServerFnError> {
    use crate::registration::emails::in_zone;
    let (state, _, event, session) = super::organizer_stream(&slug, session_id).await?;
    let lines = super::captions::latest(&state.db, session_id, LINES_SHOWN)
        .await
        .map_err(|e| e.into_server_error())?
        .into_iter()
        .map(|line| SentLine {
            at: in_zone(line.sent_at, &event.timezone)
                .format("%H:%M:%S")
                .to_string(),
            text: line.text,
        })
        .collect();
    Ok(CaptionsView {
        event_title: event.title,
        session_title: session.title,
        lines,
        form_key: crate::platform::secrets::new_token(),
    })
}

#[server]
pub async fn send_caption(
    slug: String,
    session_id: i32,
    caption: String,
    form_key: Option<String>,
) -> Result<Option<FormOutcome<String>>, ServerFnError> {
    use crate::platform::{error::ServiceError, flash};
    let (state, member, _, _) = super::organizer_stream(&slug, session_id).await?;
    let page = format!("/staff/events/{slug}/streams/{session_id}/captions");
    let now = chrono::Utc::now();
    let sent = super::captions::send(
        &state.db,
        &member,
        session_id,
        &caption,
        form_key.as_deref(),
        now,
    );
    match sent.await {
        Ok(_) => {
            if flash::is_plain_form_post() {
                leptos_axum::redirect(&page);
            }
            Ok(None)
        }
        Err(ServiceError::Invalid(errors)) => {
            let refused = FormOutcome {
                values: caption,
                errors,
                problem: None,
            };
            flash::send_back(&flash_name(session_id), &page, &refused).await?;
            Ok(Some(refused))
        }
        Err(other) => Err(other.into_server_error()),
    }
}

/// A line refused while JavaScript was off, once.
#[server]
pub async fn take_caption_flash(
    session_id: i32,
) -> Result<Option<FormOutcome<String>>, ServerFnError> {
    Ok(crate::platform::flash::take(&flash_name(session_id)).await)
}

#[component]
pub fn CaptionsPage() -> impl IntoView {
    let locale = use_locale();
    let (params, session_id) = super::route_params();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let page = Resource::new(
        move || (slug(), session_id()),
        |(slug, id)| get_captions(slug, id),
    );
    let flash = Resource::new(session_id, take_caption_flash);
    view! {
        <Title text=locale.t("captions-title") />
        <Meta name="robots" content="noindex" />
        <p><a href=move || format!("/staff/events/{}/streams", slug())>{locale.t("streams-title")}</a></p>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match page.await {
                    Ok(data) => view! {
                        <p class="lead">{data.event_title.clone()}</p>
                        <h1>{locale.t_with("captions-heading", &[("session", data.session_title.clone().into())])}</h1>
                        <p>{locale.t("captions-intro")}</p>
                        <SendInPlace form=CAPTION_FORM.into() field="f-caption".into() not_sent=locale.t("error-connection") />
                        <Region id="caption-form-region">
                            <CaptionForm slug=slug() session_id=session_id() form_key=data.form_key flash />
                        </Region>
                        <Region id="caption-lines-region">
                            <SentLines lines=data.lines />
                        </Region>
                    }
                    .into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The `id` of the form a captioner types in.
const CAPTION_FORM: &str = "caption-form";

/// The line being typed, with what was wrong with the last one.
#[component]
fn CaptionForm(
    slug: String,
    session_id: i32,
    form_key: String,
    flash: Option<FormOutcome<String>>,
) -> impl IntoView {
    let locale = use_locale();
    // A refusal comes back in the flash, any other failure as the action's
    // error (in the address the server sends the browser back to).
    let send = ServerAction::<SendCaption>::new();
    let (errors, problem) = outcome_signals(
        Signal::derive(move || send.value().get()),
        flash
            .as_ref()
            .map(|refused| (refused.errors.clone(), refused.problem.clone())),
    );
    let typed = flash.map(|refused| refused.values).unwrap_or_default();
    view! {
        <ErrorSummary errors problem />
        <ActionForm
            action=send
            attr:id=CAPTION_FORM
            attr:novalidate=""
            attr:class="form narrow"
            attr:data-testid="caption-form"
        >
            <input type="hidden" name="slug" value=slug />
            <input type="hidden" name="session_id" value=session_id />
            <input type="hidden" name="form_key" value=form_key />
            <TextArea field="caption" value=typed errors hint=locale.t("hint-caption") nested=false rows=2 />
            <button type="submit" class="button">{locale.t("captions-send")}</button>
        </ActionForm>
    }
}

#[component]
fn SentLines(lines: Vec<SentLine>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section aria-labelledby="sent-heading">
            <h2 id="sent-heading">{locale.t("captions-sent")}</h2>
            {if lines.is_empty() {
                view! { <p class="muted">{locale.t("captions-none")}</p> }.into_any()
            } else {
                view! {
                    <ol class="caption-lines" reversed data-testid="caption-lines">
                        {lines
                            .into_iter()
                            .map(|line| view! { <li><span class="muted">{line.at}</span> " " {line.text}</li> })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
        </section>
    }
}
