//! `/staff/events/:slug/streams`: the organizer's live overview (which
//! streams are live, since when, at what bitrate, how many watch) and each
//! stream's settings: its publish token for OBS (shown once, replaceable,
//! revocable), whether the public may watch, and publishing from the
//! browser at `…/streams/:id/publish` (`/publisher.js`).

use super::LiveFigures;
use crate::{
    i18n::use_locale,
    layout::{error_message, ErrorNotice},
    refresh::{PageRefresh, RefreshOn, Region},
    staff::pages::StaffDenied,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Script, Title};
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
const TOKEN_FLASH: &str = "stream-token";

/// One streamed session as organizers see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StreamRow {
    pub session_id: i32,
    pub title: String,
    pub starts: String,
    pub public: bool,
    pub has_token: bool,
    pub live: Option<LiveFigures>,
    /// When it went live, in the event's zone.
    pub live_since: Option<String>,
}

/// The page's data: the event and its streamed sessions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StreamsView {
    pub event_title: String,
    pub public_url: String,
    pub streams: Vec<StreamRow>,
}

#[server]
pub async fn get_streams(slug: String) -> Result<StreamsView, ServerFnError> {
    use crate::{
        registration::emails::local_time,
        staff::{pages::staff_member, roles::Capability},
    };
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let (state, _) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let event = crate::events::service::find(&state.db, &slug)
        .await
        .map_err(|e| e.into_server_error())?;
    let sessions = super::access::streamed_sessions(&state.db, event.id)
        .await
        .map_err(|e| e.into_server_error())?;
    let settings = super::entity::Entity::find()
        .filter(super::entity::Column::ActivityId.is_in(sessions.iter().map(|s| s.id)))
        .all(&state.db)
        .await
        .map_err(|e| crate::platform::error::ServiceError::from(e).into_server_error())?;
    let live = state.live.live();
    let locale = crate::i18n::detect_locale();
    let streams = sessions
        .into_iter()
        .map(|session| {
            let stream = settings.iter().find(|s| s.activity_id == session.id);
            let figures = live.iter().find(|f| f.session_id == session.id).cloned();
            let local = |at| local_time(locale, at, &event.timezone);
            StreamRow {
                session_id: session.id,
                starts: local(session.starts_at),
                title: session.title,
                public: stream.is_some_and(|s| s.public),
                has_token: stream.is_some_and(|s| s.publish_token_hash.is_some()),
                live_since: figures.as_ref().map(|f| local(f.live_since)),
                live: figures,
            }
        })
        .collect();
    Ok(StreamsView {
        event_title: event.title,
        public_url: state.settings.public_url.clone(),
        streams,
    })
}

/// Changes a stream: `token` gives it a new publish token (returned, shown
/// once), `revoke` takes the token away and ends a live stream, `public`
/// and `private` say who may watch.
#[server]
pub async fn change_stream(
    slug: String,
    session_id: i32,
    change: String,
) -> Result<Option<(i32, String)>, ServerFnError> {
    use super::access;
    use crate::{
        platform::{error::ServiceError, flash},
        staff::{pages::staff_member, roles::Capability},
    };
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let now = chrono::Utc::now();
    let page = format!("/staff/events/{slug}/streams");
    let shown = match change.as_str() {
        "token" => {
            let token = access::issue_publish_token(&state.db, &member, session_id, now)
                .await
                .map_err(|e| e.into_server_error())?;
            Some((session_id, token))
        }
        "revoke" => {
            access::revoke_publish_token(&state.db, &member, session_id, now)
                .await
                .map_err(|e| e.into_server_error())?;
            state.live.end(session_id);
            None
        }
        "public" | "private" => {
            access::set_public(&state.db, &member, session_id, change == "public", now)
                .await
                .map_err(|e| e.into_server_error())?;
            access::recheck_now(&state.db, state.live.as_ref()).await;
            None
        }
        _ => return Err(ServiceError::NotFound.into_server_error()),
    };
    match &shown {
        Some(token) => flash::send_back(TOKEN_FLASH, &page, token).await?,
        None => leptos_axum::redirect(&page),
    }
    Ok(shown)
}

/// A publish token made by a form posted without JavaScript, once.
#[server]
pub async fn take_stream_token_flash() -> Result<Option<(i32, String)>, ServerFnError> {
    Ok(crate::platform::flash::take(TOKEN_FLASH).await)
}

#[component]
pub fn StreamsPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let change = ServerAction::<ChangeStream>::new();
    let streams = Resource::new(slug, get_streams);
    let flash = Resource::new(|| (), |_| take_stream_token_flash());
    view! {
        <Title text=locale.t("streams-title") />
        // Whether each stream is live, and its figures, every few seconds.
        <PageRefresh on=RefreshOn::Every(5) />
        <Meta name="robots" content="noindex" />
        <p><a href=move || format!("/staff/events/{}", slug())>{locale.t("organizer-back-to-dashboard")}</a></p>
        <h1>{locale.t("streams-title")}</h1>
        {move || match change.value().get() {
            Some(Err(error)) => Some(view! { <ErrorNotice message=error_message(locale, &error) /> }),
            _ => None,
        }}
        <Transition fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                let shown = flash.await.ok().flatten();
                match streams.await {
                    Ok(data) => view! { <StreamList slug=slug() data change shown /> }.into_any(),
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn StreamList(
    slug: String,
    data: StreamsView,
    change: ServerAction<ChangeStream>,
    shown: Option<(i32, String)>,
) -> impl IntoView {
    let locale = use_locale();
    if data.streams.is_empty() {
        return view! { <p class="muted">{locale.t("streams-none")}</p> }.into_any();
    }
    view! {
        <ul class="streams" data-testid="streams">
            {data
                .streams
                .into_iter()
                .map(|stream| {
                    let token = shown.as_ref().filter(|(id, _)| *id == stream.session_id).map(|(_, t)| t.clone());
                    let whip = format!("{}/whip/{}", data.public_url, stream.session_id);
                    view! { <StreamItem slug=slug.clone() stream change whip token /> }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn StreamItem(
    slug: String,
    stream: StreamRow,
    change: ServerAction<ChangeStream>,
    whip: String,
    token: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let id = stream.session_id;
    let status = match &stream.live {
        Some(figures) => locale.t_with(
            "streams-live",
            &[
                (
                    "since",
                    stream.live_since.clone().unwrap_or_default().into(),
                ),
                (
                    "kbps",
                    i64::try_from(figures.bitrate_kbps)
                        .unwrap_or(i64::MAX)
                        .into(),
                ),
                (
                    "viewers",
                    i64::try_from(figures.viewers).unwrap_or(i64::MAX).into(),
                ),
            ],
        ),
        None => locale.t("streams-not-live"),
    };
    let publish = format!("/staff/events/{slug}/streams/{id}/publish");
    let captions = format!("/staff/events/{slug}/streams/{id}/captions");
    let form = |change_to: &'static str, label: &'static str, danger: bool| {
        view! { <ChangeForm change slug=slug.clone() id change_to label=locale.t(label) danger /> }
    };
    let token_form = form(
        "token",
        if stream.has_token {
            "streams-new-token"
        } else {
            "streams-make-token"
        },
        false,
    );
    let revoke_form = stream
        .has_token
        .then(|| form("revoke", "streams-revoke", true));
    let audience_form = if stream.public {
        form("private", "streams-make-private", false)
    } else {
        form("public", "streams-make-public", false)
    };
    view! {
        <li class="card" data-testid="stream">
            <h2>{stream.title.clone()}</h2>
            <p class="muted">{stream.starts.clone()}</p>
            <Region id=format!("stream-{id}-status")>
                <p data-testid="stream-status" class:live=stream.live.is_some()>{status}</p>
            </Region>
            <dl class="facts">
                <dt>{locale.t("streams-whip-url")}</dt>
                <dd><code data-testid="whip-url">{whip.clone()}</code></dd>
                <dt>{locale.t("streams-token")}</dt>
                <dd>
                    {match token {
                        Some(token) => view! { <code data-testid="publish-token">{token}</code> <p class="hint">{locale.t("streams-token-once")}</p> }.into_any(),
                        None if stream.has_token => view! { <span>{locale.t("streams-token-set")}</span> }.into_any(),
                        None => view! { <span>{locale.t("streams-token-none")}</span> }.into_any(),
                    }}
                </dd>
                <dt>{locale.t("streams-audience")}</dt>
                <dd>{locale.t(if stream.public { "streams-public" } else { "streams-registered" })}</dd>
            </dl>
            <div class="actions">
                <a class="button" href=publish>{locale.t("streams-publish-here")}</a>
                <a class="button button-secondary" href=captions>{locale.t("streams-captions")}</a>
                {token_form}
                {revoke_form}
                {audience_form}
            </div>
        </li>
    }
}

/// One button that changes a stream.
#[component]
fn ChangeForm(
    change: ServerAction<ChangeStream>,
    slug: String,
    id: i32,
    change_to: &'static str,
    label: String,
    danger: bool,
) -> impl IntoView {
    view! {
        <ActionForm action=change attr:class="inline-form">
            <input type="hidden" name="slug" value=slug />
            <input type="hidden" name="session_id" value=id />
            <input type="hidden" name="change" value=change_to />
            <button type="submit" class=if danger { "button button-danger" } else { "button button-secondary" }>{label}</button>
        </ActionForm>
    }
}

/// What the browser publisher needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublishView {
    pub event_title: String,
    pub session_title: String,
    pub ice_servers: Vec<super::IceServer>,
}

#[server]
pub async fn get_publish(slug: String, session_id: i32) -> Result<PublishView, ServerFnError> {
    let (state, _, event, session) = super::organizer_stream(&slug, session_id).await?;
    Ok(PublishView {
        event_title: event.title,
        session_title: session.title,
        ice_servers: state.live.ice_servers(),
    })
}

/// Publishing from the browser: camera or screen, and the microphone.
#[component]
pub fn PublishPage() -> impl IntoView {
    let locale = use_locale();
    let (params, session_id) = super::route_params();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let data = Resource::new(
        move || (slug(), session_id()),
        |(slug, id)| get_publish(slug, id),
    );
    view! {
        <Title text=locale.t("publish-title") />
        <Meta name="robots" content="noindex" />
        <p><a href=move || format!("/staff/events/{}/streams", slug())>{locale.t("streams-title")}</a></p>
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => {
                        let ice = serde_json::to_string(&data.ice_servers).unwrap_or_else(|_| "[]".into());
                        view! {
                            <Script type_="module" src="/publisher.js" />
                            <p class="lead">{data.event_title}</p>
                            <h1>{locale.t_with("publish-heading", &[("session", data.session_title.into())])}</h1>
                            <div
                                class="publisher"
                                id="publisher"
                                data-whip=format!("/whip/{}", session_id())
                                data-ice=ice
                                data-starting=locale.t("publish-starting")
                                data-live=locale.t("publish-live")
                                data-stopped=locale.t("publish-stopped")
                                data-failed=locale.t("publish-failed")
                            >
                                <fieldset class="field">
                                    <legend>{locale.t("publish-source")}</legend>
                                    <label><input type="radio" name="source" value="camera" checked /> " " {locale.t("publish-camera")}</label>
                                    <label><input type="radio" name="source" value="screen" /> " " {locale.t("publish-screen")}</label>
                                </fieldset>
                                <video id="publisher-preview" muted playsinline autoplay aria-label=locale.t("publish-preview")></video>
                                <p id="publisher-status" role="status" aria-live="polite" data-testid="publisher-status">{locale.t("watch-needs-script")}</p>
                                <button type="button" class="button" id="publisher-start">{locale.t("publish-start")}</button>
                                " "
                                <button type="button" class="button button-danger" id="publisher-stop" disabled>{locale.t("publish-stop")}</button>
                            </div>
                        }
                        .into_any()
                    }
                    Err(error) => view! { <StaffDenied message=error_message(locale, &error) /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
