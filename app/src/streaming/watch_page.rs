//! The player: `/manage/:token/watch/:id` for a registered participant
//! (their secret link is their viewer token) and `/events/:slug/watch/:id`
//! for a stream an organizer made public. `/player.js` plays the stream
//! over WHEP and reconnects by itself; without JavaScript the page says
//! when the session is and that watching needs it.

use super::IceServer;
use crate::{
    i18n::use_locale,
    layout::{error_message, server_escaped, ErrorNotice},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Script, Title};
use serde::{Deserialize, Serialize};

/// What the player page needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WatchView {
    pub event_title: String,
    pub event_slug: String,
    pub session_title: String,
    /// When the session starts and ends, in the event's zone.
    pub starts: String,
    pub ends: String,
    /// The viewer's token, absent on a public stream.
    pub bearer: Option<String>,
    /// Whether the visitor may watch; else they are asked to register.
    pub allowed: bool,
    pub ice_servers: Vec<IceServer>,
}

/// A streamed session of the event, for the manage page's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Watchable {
    pub id: i32,
    pub title: String,
    pub starts: String,
    pub live: bool,
}

/// The player's data; `token` is a registration's secret link, or empty on
/// the public address.
#[server]
pub async fn get_watch(token: String, session_id: i32) -> Result<WatchView, ServerFnError> {
    use crate::{
        events::entity as event, platform::error::ServiceError, platform::state::AppState,
        registration::emails::local_time,
    };
    use sea_orm::EntityTrait;
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let bearer = (!token.is_empty()).then_some(token);
    let allowed =
        match super::access::authorize_viewer(&state.db, session_id, bearer.as_deref()).await {
            Ok(_) => true,
            Err(ServiceError::Unauthorized) if bearer.is_none() => false,
            Err(other) => return Err(other.into_server_error()),
        };
    let (session, _) = super::access::streamed_session(&state.db, session_id)
        .await
        .map_err(|e| e.into_server_error())?;
    let event = event::Entity::find_by_id(session.event_id)
        .one(&state.db)
        .await
        .map_err(|e| crate::platform::error::ServiceError::from(e).into_server_error())?
        .ok_or_else(|| ServiceError::NotFound.into_server_error())?;
    let locale = crate::i18n::detect_locale();
    let local = |at| local_time(locale, at, &event.timezone);
    Ok(WatchView {
        event_title: event.title.clone(),
        event_slug: event.slug.clone(),
        session_title: session.title,
        starts: local(session.starts_at),
        ends: local(session.ends_at),
        bearer: bearer.filter(|_| allowed),
        allowed,
        // TURN credentials only for those who may watch.
        ice_servers: if allowed {
            state.live.ice_servers()
        } else {
            Vec::new()
        },
    })
}

/// The streamed sessions a registration may watch, for its manage page.
#[server]
pub async fn get_watchable(token: String) -> Result<Vec<Watchable>, ServerFnError> {
    use crate::{platform::state::AppState, registration::emails::local_time};
    let state = AppState::from_context().map_err(|e| e.into_server_error())?;
    let (_, event) = crate::registration::service::open(&state.db, &token)
        .await
        .map_err(|e| e.into_server_error())?;
    let live: Vec<i32> = state
        .live
        .live()
        .into_iter()
        .map(|f| f.session_id)
        .collect();
    let locale = crate::i18n::detect_locale();
    let sessions = super::access::streamed_sessions(&state.db, event.id)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok(sessions
        .into_iter()
        .map(|session| Watchable {
            id: session.id,
            live: live.contains(&session.id),
            starts: local_time(locale, session.starts_at, &event.timezone),
            title: session.title,
        })
        .collect())
}

#[component]
pub fn WatchPage() -> impl IntoView {
    let locale = use_locale();
    let (params, session_id) = super::route_params();
    let token = move || params.read().get("token").unwrap_or_default();
    let view_data = Resource::new(
        move || (token(), session_id()),
        |(token, id)| get_watch(token, id),
    );
    view! {
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p>{locale.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match view_data.await {
                    Ok(data) => view! { <Player data session_id=session_id() /> }.into_any(),
                    Err(error) => view! {
                        <Title text=locale.t("watch-title") />
                        <h1>{locale.t("watch-title")}</h1>
                        <ErrorNotice message=error_message(locale, &error) />
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Player(data: WatchView, session_id: i32) -> impl IntoView {
    let locale = use_locale();
    let when = locale.t_with(
        "watch-when",
        &[
            ("starts", data.starts.clone().into()),
            ("ends", data.ends.clone().into()),
        ],
    );
    let register = format!("/events/{}/register", data.event_slug);
    let ice = serde_json::to_string(&data.ice_servers).unwrap_or_else(|_| "[]".into());
    view! {
        <Title text=server_escaped(data.session_title.clone()) />
        <p class="lead">{data.event_title.clone()}</p>
        <h1>{data.session_title.clone()}</h1>
        <p data-testid="watch-when">{when}</p>
        {if data.allowed {
            view! {
                <Script type_="module" src="/player.js" />
                <div
                    class="player"
                    id="player"
                    data-whep=format!("/whep/{session_id}")
                    data-captions=format!("/captions/{session_id}")
                    data-captions-label=locale.t("watch-captions")
                    data-token=data.bearer.unwrap_or_default()
                    data-ice=ice
                    data-waiting=locale.t("watch-waiting")
                    data-connecting=locale.t("watch-connecting")
                    data-live=locale.t("watch-live")
                    data-dropped=locale.t("watch-dropped")
                    data-play=locale.t("watch-play")
                >
                    <video id="player-video" controls playsinline aria-label=locale.t("watch-video-label")></video>
                    <p id="player-status" role="status" aria-live="polite" data-testid="player-status">
                        {locale.t("watch-needs-script")}
                    </p>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="notice" data-testid="register-to-watch">
                    <p>{locale.t("watch-register-first")}</p>
                    <p><a class="button" href=register>{locale.t("watch-register-link")}</a></p>
                </div>
            }
            .into_any()
        }}
    }
}

/// The manage page's list of streamed sessions, each with its player
/// (opened with a full page load, so that the player's script runs).
#[component]
pub fn WatchList(token: String) -> impl IntoView {
    let locale = use_locale();
    let links_token = token.clone();
    let sessions = Resource::new(move || token.clone(), get_watchable);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let token = links_token.clone();
                Suspend::new(async move {
                    let list = sessions.await.unwrap_or_default();
                    (!list.is_empty()).then(|| view! {
                        <section aria-labelledby="watch-heading">
                            <h2 id="watch-heading">{locale.t("watch-list-title")}</h2>
                            <ul class="watch-list" data-testid="watch-list">
                                {list
                                    .into_iter()
                                    .map(|session| {
                                        let href = format!("/manage/{token}/watch/{}", session.id);
                                        view! {
                                            <li>
                                                <a href=href>{session.title}</a>
                                                " · " {session.starts}
                                                {session.live.then(|| view! { " " <span class="badge">{locale.t("watch-live-badge")}</span> })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    })
                })
            }}
        </Suspense>
    }
}
