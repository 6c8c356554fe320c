//! What the pages and the HTTP routes know about live streams.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The figures of a stream that is live now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiveFigures {
    /// The session (programme activity) streamed.
    pub session_id: i32,
    pub live_since: DateTime<Utc>,
    /// Media received from the publisher over the last seconds.
    pub bitrate_kbps: u64,
    pub viewers: u64,
}

/// A STUN or TURN server a browser may use to reach the platform's media.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IceServer {
    pub urls: Vec<String>,
    pub username: String,
    pub credential: String,
}

/// One line of live captions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caption {
    pub id: i32,
    pub text: String,
    pub sent_at: DateTime<Utc>,
}

/// The answer to a WHIP or WHEP offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// Names the connection for its `DELETE`.
    pub resource: String,
    pub sdp: String,
}

/// Someone watching a stream now, as the unit knows them.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Watcher {
    pub session_id: i32,
    /// Names the connection, as for its `DELETE`.
    pub resource: String,
    pub viewer: super::access::Viewer,
}

/// The server's forwarding unit, as the routes and pages use it.
#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait LiveStreams: Send + Sync {
    /// Takes a publisher's offer; a new publisher replaces the one before.
    async fn publish(
        &self,
        session_id: i32,
        offer: String,
    ) -> Result<Answer, crate::platform::error::ServiceError>;

    /// Ends a publisher's connection by its resource name.
    async fn unpublish(
        &self,
        session_id: i32,
        resource: &str,
    ) -> Result<(), crate::platform::error::ServiceError>;

    /// Takes a viewer's offer, when the stream is live and the server has
    /// room; a registered person may watch on a few screens at once.
    async fn watch(
        &self,
        session_id: i32,
        offer: String,
        viewer: super::access::Viewer,
    ) -> Result<Answer, crate::platform::error::ServiceError>;

    /// Ends a viewer's connection by its resource name.
    async fn leave(
        &self,
        session_id: i32,
        resource: &str,
    ) -> Result<(), crate::platform::error::ServiceError>;

    /// Every live stream.
    fn live(&self) -> Vec<LiveFigures>;

    /// Everyone watching now, so that who may no longer can be let go.
    fn watchers(&self) -> Vec<Watcher>;

    /// Ends the stream of a session at once (its publish token was revoked).
    fn end(&self, session_id: i32);

    /// The STUN and TURN servers browsers should use.
    fn ice_servers(&self) -> Vec<IceServer>;
}
