//! Live streams of the programme's streamed sessions: who may publish (a
//! per-stream token shown only to organizers) and who may watch (people
//! registered for the event, or anyone when the stream is public). The
//! media itself is forwarded by the server's WHIP/WHEP unit; what it
//! reports about live streams reaches the pages through [`LiveStreams`].

pub mod model;
pub mod staff_page;
pub mod watch_page;

#[cfg(feature = "ssr")]
pub mod access;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod overview;

#[cfg(feature = "ssr")]
pub use model::LiveStreams;
pub use model::{Answer, IceServer, LiveFigures};
