//! Live streams of the programme's streamed sessions: who may publish (a
//! per-stream token shown only to organizers) and who may watch (people
//! registered for the event, or anyone when the stream is public). The
//! media itself is forwarded by the server's WHIP/WHEP unit; what it
//! reports about live streams reaches the pages through [`LiveStreams`].

pub mod captions_page;
pub mod model;
pub mod staff_page;
pub mod watch_page;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod caption_entity;
#[cfg(feature = "ssr")]
pub mod captions;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod overview;

pub use model::{Answer, Caption, IceServer, LiveFigures};
#[cfg(feature = "ssr")]
pub use model::{LiveStreams, Watcher};

use leptos::prelude::*;
use leptos_router::{hooks::use_params_map, params::ParamsMap};

/// For a stream's staff pages: the organizer of this request, and the
/// streamed session `session_id` of the event `slug`.
#[cfg(feature = "ssr")]
async fn organizer_stream(
    slug: &str,
    session_id: i32,
) -> Result<
    (
        crate::platform::state::AppState,
        crate::staff::auth::StaffMember,
        crate::events::entity::Model,
        crate::programme::entity::activity::Model,
    ),
    ServerFnError,
> {
    use crate::staff::{pages::staff_member, roles::Capability};
    let (state, member) = staff_member(Capability::ManageEvents)
        .await
        .map_err(|e| e.into_server_error())?;
    let (event, session) = access::event_stream(&state.db, slug, session_id)
        .await
        .map_err(|e| e.into_server_error())?;
    Ok((state, member, event, session))
}

/// The route's parameters, and the session its `:id` names (0, which no
/// session has, when it is not a number).
fn route_params() -> (
    Memo<ParamsMap>,
    impl Fn() -> i32 + Copy + Send + Sync + 'static,
) {
    let params = use_params_map();
    let session_id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or_default()
    };
    (params, session_id)
}
