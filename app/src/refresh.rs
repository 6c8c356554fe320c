//! Keeping an open page current. The parts of a page that change while it
//! is open (places left, stream figures, delivery progress, the dashboard)
//! are marked as regions; the [`PageRefresh`] island reads the page again
//! and puts the server's new rendering of each region in place, and
//! [`SendInPlace`] does the same with the page a form's answer leads to.
//! So every text stays rendered by the server in the page's language, and
//! without JavaScript the page is simply as current as when it was loaded.

use crate::layout::ErrorNotice;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A part of the page that [`PageRefresh`] keeps current; `announced` has
/// screen readers read out its changes.
#[component]
pub fn Region(
    #[prop(into)] id: String,
    #[prop(optional)] announced: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <div id=id data-refresh="" aria-live=announced.then_some("polite")>
            {children()}
        </div>
    }
}

/// What makes the page read again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RefreshOn {
    /// Every so many seconds.
    Every(u32),
    /// Each event of the server-sent events at this address. The texts say
    /// whether updates arrive, in the page's language.
    Events {
        url: String,
        following: String,
        reconnecting: String,
        stopped: String,
    },
}

/// Whether the page hears the server's events. Only the browser follows
/// them, so the server renders `Waiting`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Hearing {
    Waiting,
    Following,
    Reconnecting,
    /// The server ended the events (signed out): only a reload helps.
    Stopped,
}

/// Keeps the page's regions current: on a timer, or on the server's events
/// with a status line saying whether they arrive.
#[island]
pub fn PageRefresh(on: RefreshOn) -> impl IntoView {
    let hearing = RwSignal::new(Hearing::Waiting);
    #[cfg(feature = "hydrate")]
    browser::start(&on, hearing);
    match on {
        RefreshOn::Every(_) => ().into_any(),
        RefreshOn::Events {
            following,
            reconnecting,
            stopped,
            ..
        } => view! {
            <p role="status" class="live-status" data-testid="live-status">
                {move || match hearing.get() {
                    Hearing::Waiting => String::new(),
                    Hearing::Following => following.clone(),
                    Hearing::Reconnecting => reconnecting.clone(),
                    Hearing::Stopped => stopped.clone(),
                }}
            </p>
        }
        .into_any(),
    }
}

/// Why a form sent in place was not taken (found out in the browser only).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum NotSent {
    /// No answer came (the connection, a timeout, a failure).
    Unanswered,
    /// The server answered with another page saying why, such as a staff
    /// session that has ended: its message, in the page's language.
    Answered(String),
}

/// Sends the form with `id` = `form` without leaving the page, for typing
/// that goes on (captions): the page's regions show the answer; once the
/// form is accepted, what was sent leaves the text box `field`, which keeps
/// the focus. If it is not taken, everything typed stays, and the message
/// says why: the other page's own, or else `not_sent`.
#[island]
pub fn SendInPlace(form: String, field: String, not_sent: String) -> impl IntoView {
    let failure = RwSignal::new(None::<NotSent>);
    #[cfg(feature = "hydrate")]
    browser::send_in_place(form, field, failure);
    #[cfg(not(feature = "hydrate"))]
    let _ = (form, field);
    move || {
        failure.get().map(|failure| {
            let message = match failure {
                NotSent::Unanswered => not_sent.clone(),
                NotSent::Answered(message) => message,
            };
            view! { <ErrorNotice message /> }
        })
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::{Hearing, NotSent, RefreshOn};
    use leptos::prelude::*;
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        AbortController, Document, DomParser, Element, Event, EventSource, FormData, Headers,
        HtmlFormElement, HtmlTextAreaElement, Request, RequestCache, RequestInit, Response,
        SupportedType, UrlSearchParams,
    };

    /// Starts following `on` for as long as the page is open.
    pub(super) fn start(on: &RefreshOn, hearing: RwSignal<Hearing>) {
        let busy = Rc::new(Cell::new(false));
        // A change announced while the page is being read is read after.
        let again = Rc::new(Cell::new(false));
        let refresh = Rc::new(move || {
            // A page out of sight is read again once it is back in view,
            // which saves phones the data.
            if page_hidden() {
                return;
            }
            if busy.replace(true) {
                again.set(true);
                return;
            }
            let (busy, again) = (busy.clone(), again.clone());
            leptos::task::spawn_local(async move {
                loop {
                    again.set(false);
                    if let Err(error) = read_again().await {
                        leptos::logging::warn!("the page was not read again: {error:?}");
                    }
                    if !again.get() {
                        break;
                    }
                }
                busy.set(false);
            });
        });
        let on_back_in_view = Closure::<dyn Fn()>::new({
            let refresh = refresh.clone();
            move || refresh()
        });
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                on_back_in_view.as_ref().unchecked_ref(),
            );
        }
        // The listener and the interval live as long as the page.
        on_back_in_view.forget();
        match on {
            RefreshOn::Every(seconds) => {
                let every = std::time::Duration::from_secs(u64::from(*seconds));
                let _ = set_interval_with_handle(move || refresh(), every);
            }
            RefreshOn::Events { url, .. } => follow(url, hearing, move || refresh()),
        }
    }

    fn page_hidden() -> bool {
        web_sys::window()
            .and_then(|window| window.document())
            .is_some_and(|document| document.hidden())
    }

    /// Listens to the server's events; the browser reconnects by itself
    /// after a lost connection.
    fn follow(url: &str, hearing: RwSignal<Hearing>, refresh: impl Fn() + 'static) {
        let Ok(source) = EventSource::new(url) else {
            return;
        };
        let on_update = Closure::<dyn Fn()>::new(move || {
            hearing.set(Hearing::Following);
            refresh();
        });
        let on_open = Closure::<dyn Fn()>::new(move || hearing.set(Hearing::Following));
        let watched = source.clone();
        let on_error = Closure::<dyn Fn()>::new(move || {
            hearing.set(if watched.ready_state() == EventSource::CLOSED {
                Hearing::Stopped
            } else {
                Hearing::Reconnecting
            })
        });
        if source
            .add_event_listener_with_callback("dashboard", on_update.as_ref().unchecked_ref())
            .is_err()
        {
            return;
        }
        source.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The listeners live as long as the page.
        on_update.forget();
        on_open.forget();
        on_error.forget();
    }

    /// How long an answer may take before it is given up.
    const ANSWER_WITHIN: std::time::Duration = std::time::Duration::from_secs(20);

    /// Fetches `url`, given up after [`ANSWER_WITHIN`].
    async fn fetch(url: &str, init: &RequestInit) -> Result<Response, JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let controller = AbortController::new()?;
        init.set_signal(Some(&controller.signal()));
        let request = Request::new_with_str_and_init(url, init)?;
        let give_up = set_timeout_with_handle(move || controller.abort(), ANSWER_WITHIN).ok();
        let answer = JsFuture::from(window.fetch_with_request(&request)).await;
        if let Some(give_up) = give_up {
            give_up.clear();
        }
        answer?.dyn_into()
    }

    /// Reads this page again and replaces each region whose rendering
    /// changed, except one holding the keyboard focus (it is left for the
    /// next time, so nobody loses their place).
    async fn read_again() -> Result<(), JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let document = window.document().ok_or("no document")?;
        let init = RequestInit::new();
        init.set_cache(RequestCache::NoStore);
        let response = fetch(&window.location().href()?, &init).await?;
        if !response.ok() || response.redirected() {
            return Ok(());
        }
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        replace_regions(&document, &parsed(&html)?, Focus::Kept)
    }

    /// What the reader opened (`<details>`) stays open in the new rendering.
    fn keep_opened(region: &Element, new: &Element) -> Result<(), JsValue> {
        let (shown, fresh) = (
            region.query_selector_all("details")?,
            new.query_selector_all("details")?,
        );
        for index in 0..shown.length().min(fresh.length()) {
            let opened = shown
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
                .is_some_and(|details| details.has_attribute("open"));
            if let Some(details) = fresh
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            {
                details.toggle_attribute_with_force("open", opened)?;
            }
        }
        Ok(())
    }

    fn parsed(html: &str) -> Result<Document, JsValue> {
        DomParser::new()?.parse_from_string(html, SupportedType::TextHtml)
    }

    /// Whether a region holding the keyboard focus is replaced.
    #[derive(PartialEq)]
    enum Focus {
        Kept,
        Moved,
    }

    fn replace_regions(page: &Document, fresh: &Document, focus: Focus) -> Result<(), JsValue> {
        let focused = page.active_element();
        let regions = page.query_selector_all("[data-refresh]")?;
        for index in 0..regions.length() {
            let Some(region) = regions
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            else {
                continue;
            };
            let Some(new) = fresh.get_element_by_id(&region.id()) else {
                continue;
            };
            let holds_focus = focus == Focus::Kept
                && focused
                    .as_ref()
                    .is_some_and(|focused| region.contains(Some(focused)));
            keep_opened(&region, &new)?;
            if !holds_focus && region.inner_html() != new.inner_html() {
                // Nodes, not markup: parsed once, as the server sent them.
                region.set_text_content(None);
                let children = new.child_nodes();
                for child in 0..children.length() {
                    if let Some(child) = children.item(child) {
                        region.append_child(&page.import_node_with_deep(&child, true)?)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Listens for the form's submission for as long as the page is open
    /// (on the document, as the form itself is replaced with its region).
    /// A submission while one is on its way is let go (its text stays).
    pub(super) fn send_in_place(
        form_id: String,
        field_id: String,
        failure: RwSignal<Option<NotSent>>,
    ) {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let busy = Rc::new(Cell::new(false));
        let on_submit = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            let Some(form) = event
                .target()
                .and_then(|target| target.dyn_into::<HtmlFormElement>().ok())
                .filter(|form| form.id() == form_id)
            else {
                return;
            };
            event.prevent_default();
            if busy.replace(true) {
                return;
            }
            let busy = busy.clone();
            let field_id = field_id.clone();
            // A failure again is announced again.
            failure.set(None);
            leptos::task::spawn_local(async move {
                match send(&form, &field_id).await {
                    Ok(Ok(())) => {}
                    Ok(Err(said)) => failure.set(Some(NotSent::Answered(said))),
                    Err(error) => {
                        leptos::logging::warn!("the form was not sent: {error:?}");
                        failure.set(Some(NotSent::Unanswered));
                    }
                }
                busy.set(false);
            });
        });
        let _ =
            document.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        on_submit.forget();
    }

    /// Posts the form as the browser would (the server answers with the
    /// page to show) and shows the answer's regions. When the answer is
    /// another page, its message comes back as `Ok(Err(..))`. On any
    /// failure the page is left as it is, with everything typed.
    async fn send(form: &HtmlFormElement, field_id: &str) -> Result<Result<(), String>, JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let document = window.document().ok_or("no document")?;
        let text_box = || {
            document
                .get_element_by_id(field_id)
                .and_then(|element| element.dyn_into::<HtmlTextAreaElement>().ok())
        };
        let sent = text_box().map(|b| b.value()).unwrap_or_default();
        let fields: JsValue = FormData::new_with_form(form)?.into();
        let body = UrlSearchParams::new_with_str_sequence_sequence(&fields)?;
        let headers = Headers::new()?;
        headers.set("Accept", "text/html")?;
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&body);
        init.set_headers(&headers);
        let response = fetch(&form.action(), &init).await?;
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        let answer = parsed(&html)?;
        let region_id = form
            .closest("[data-refresh]")?
            .map(|region| region.id())
            .ok_or("the form is in no region")?;
        // Another page may come with an error status (a staff session
        // that ended answers 401): what it says is the answer.
        let Some(answered_region) = answer.get_element_by_id(&region_id) else {
            return other_page_says(&answer);
        };
        if !response.ok() {
            return Err(format!("answered {}", response.status()).into());
        }
        let refused = answered_region.query_selector(".error-summary")?.is_some();
        let typed = text_box().map(|b| b.value()).unwrap_or_default();
        replace_regions(&document, &answer, Focus::Moved)?;
        // From here on the answer is shown: nothing may count as a failure.
        if let Some(text_box) = text_box() {
            let left = match typed.strip_prefix(&sent) {
                Some(typed_meanwhile) if !refused => typed_meanwhile.trim_start(),
                _ => &typed,
            };
            text_box.set_value(left);
            if !refused {
                let _ = text_box.focus();
            }
        }
        let summary = document
            .get_element_by_id(&region_id)
            .and_then(|region| region.query_selector(".error-summary").ok().flatten())
            .and_then(|summary| summary.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(summary) = summary {
            let _ = summary.focus();
        }
        Ok(Ok(()))
    }

    /// The message of an answer that is another page (the form's region is
    /// not in it); an error when it says nothing.
    fn other_page_says(answer: &Document) -> Result<Result<(), String>, JsValue> {
        answer
            .query_selector("main [role=alert]")?
            .and_then(|alert| alert.text_content())
            .map(|message| message.trim().to_owned())
            .filter(|message| !message.is_empty())
            .map(Err)
            .ok_or_else(|| "the answer is another page, saying nothing".into())
    }
}
