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
