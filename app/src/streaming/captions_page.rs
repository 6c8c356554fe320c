//! `/staff/events/:slug/streams/:id/captions`: a captioner types what is
//! said, line by line; each line reaches everyone watching within a second
//! and is kept as the session's transcript. Works without JavaScript (the
//! page comes back after each line); with it, the box comes back empty
//! with the focus, so typing goes on.

use crate::{
    form_fields::{outcome_signals, ErrorSummary, TextArea},
    i18n::use_locale,
    layout::error_message,
    registration::model::FormOutcome,
    staff::pages::StaffDenied,
};
use leptos::{html, prelude::*};
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
    })
}

#[server]
pub async fn send_caption(
    slug: String,
    session_id: i32,
    caption: String,
) -> Result<Option<FormOutcome<String>>, ServerFnError> {
    use crate::platform::{error::ServiceError, flash};
    let (state, member, _, _) = super::organizer_stream(&slug, session_id).await?;
    let page = format!("/staff/events/{slug}/streams/{session_id}/captions");
    let now = chrono::Utc::now();
    match super::captions::send(&state.db, &member, session_id, &caption, now).await {
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
            flash::send_back(&flash_name(session_id), &page, &refused);
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
    Ok(crate::platform::flash::take(&flash_name(session_id)))
}

#[component]
pub fn CaptionsPage() -> impl IntoView {
    let locale = use_locale();
    let (params, session_id) = super::route_params();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let send = ServerAction::<SendCaption>::new();
    // The form is made once: what is typed while a line is on its way stays.
    let page = Resource::new(
        move || (slug(), session_id()),
        |(slug, id)| get_captions(slug, id),
    );
    let sent = Resource::new(
        move || (slug(), session_id(), send.version().get()),
        |(slug, id, _)| get_captions(slug, id),
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
                        <CaptionForm send slug=slug() session_id=session_id() flash />
                    }
                    .into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                sent.await.ok().map(|data| view! { <SentLines lines=data.lines /> })
            })}
        </Transition>
    }
}

/// The line being typed: emptied and focused again after each line sent,
/// kept when it is refused or cannot be sent.
#[component]
fn CaptionForm(
    send: ServerAction<SendCaption>,
    slug: String,
    session_id: i32,
    flash: Option<FormOutcome<String>>,
) -> impl IntoView {
    let locale = use_locale();
    let (errors, problem) = outcome_signals(
        Signal::derive(move || send.value().get()),
        flash
            .as_ref()
            .map(|f| (f.errors.clone(), f.problem.clone())),
    );
    let typed = flash.map(|f| f.values).unwrap_or_default();
    let field = NodeRef::<html::Div>::new();
    // The line on its way, to tell whether the box still holds only it.
    let on_its_way = StoredValue::new(String::new());
    Effect::new(move |_| {
        if let Some(input) = send.input().get() {
            on_its_way.set_value(input.caption);
        }
    });
    // Once it is sent, the box is emptied (unless more was typed meanwhile)
    // and typing goes on.
    Effect::new(move |_| {
        if let (Some(Ok(None)), Some(field)) = (send.value().get(), field.get()) {
            use leptos::{wasm_bindgen::JsCast, web_sys::HtmlTextAreaElement};
            let textarea = field.query_selector("textarea").ok().flatten();
            if let Some(Ok(textarea)) = textarea.map(|t| t.dyn_into::<HtmlTextAreaElement>()) {
                if textarea.value() == on_its_way.get_value() {
                    textarea.set_value("");
                }
                let _ = textarea.focus();
            }
        }
    });
    view! {
        <ErrorSummary errors problem />
        <ActionForm action=send attr:novalidate="" attr:class="form narrow" attr:data-testid="caption-form">
            <input type="hidden" name="slug" value=slug />
            <input type="hidden" name="session_id" value=session_id />
            <div node_ref=field>
                <TextArea field="caption" value=typed errors hint=locale.t("hint-caption") nested=false rows=2 />
            </div>
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
