//! The selective forwarding unit: publishers send a session's stream over
//! WHIP (RFC 9725), viewers watch it over WHEP, and the unit forwards the
//! publisher's packets to each viewer without decoding them.

mod captions;
pub mod client;
mod fan_out;
mod feedback;
mod forward;
pub mod http;
mod peer;
mod seats;
mod stream;
mod turn;

use app::{
    platform::error::ServiceError,
    streaming::{access::Viewer, Answer, IceServer, LiveFigures, LiveStreams, Watcher},
};
pub use peer::{NetworkSettings, TurnRelay};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex, Weak},
};
use stream::{Stream, StreamError};

/// Every stream being published, by session.
pub struct Sfu {
    network: NetworkSettings,
    seats: Arc<seats::Seats>,
    streams: Mutex<HashMap<i32, Arc<Stream>>>,
    itself: Weak<Sfu>,
}

impl Sfu {
    pub fn new(network: NetworkSettings) -> Arc<Sfu> {
        Arc::new_cyclic(|itself| Sfu {
            seats: seats::Seats::new(network.max_viewers),
            network,
            streams: Mutex::new(HashMap::new()),
            itself: itself.clone(),
        })
    }

    fn stream(&self, session_id: i32) -> Option<Arc<Stream>> {
        self.streams
            .lock()
            .ok()
            .and_then(|streams| streams.get(&session_id).cloned())
    }

    fn streams(&self) -> Vec<Arc<Stream>> {
        self.streams
            .lock()
            .map(|streams| streams.values().cloned().collect())
            .unwrap_or_default()
    }

    /// Forgets a stream that ended, unless a new publisher replaced it.
    fn forget(&self, session_id: i32, resource: &str) {
        if let Ok(mut streams) = self.streams.lock() {
            if streams
                .get(&session_id)
                .is_some_and(|stream| stream.publisher_resource == resource)
            {
                streams.remove(&session_id);
            }
        }
    }
}

impl From<StreamError> for ServiceError {
    fn from(error: StreamError) -> Self {
        match error {
            StreamError::NotLive => ServiceError::Conflict("error-stream-not-live"),
            StreamError::NothingOffered
            | StreamError::NoCommonCodec
            | StreamError::Peer(peer::PeerError::WebRtc(_)) => {
                tracing::info!(%error, "offer refused");
                ServiceError::Invalid(app::forms::FieldErrors::single("sdp", "error-sdp-invalid"))
            }
            StreamError::Peer(peer::PeerError::NoPort) => {
                tracing::warn!("no free media port: MEDIA_UDP_PORTS is too small for the audience");
                ServiceError::Unavailable("error-media-ports-full")
            }
            StreamError::Peer(other) => ServiceError::Internal(other.to_string()),
        }
    }
}

#[async_trait::async_trait]
impl LiveStreams for Sfu {
    async fn publish(&self, session_id: i32, offer: String) -> Result<Answer, ServiceError> {
        let sfu = self.itself.clone();
        let (stream, sdp) = Stream::publish(session_id, offer, &self.network, move |resource| {
            if let Some(sfu) = sfu.upgrade() {
                sfu.forget(session_id, resource);
            }
        })
        .await?;
        let resource = stream.publisher_resource.clone();
        // The new publisher replaces the one before only once answered.
        let replaced = self
            .streams
            .lock()
            .ok()
            .and_then(|mut streams| streams.insert(session_id, stream));
        if let Some(replaced) = replaced {
            replaced.end().await;
        }
        Ok(Answer { resource, sdp })
    }

    async fn unpublish(&self, session_id: i32, resource: &str) -> Result<(), ServiceError> {
        match self.stream(session_id) {
            Some(stream) if stream.publisher_resource == resource => {
                stream.end().await;
                Ok(())
            }
            _ => Err(ServiceError::NotFound),
        }
    }

    async fn watch(
        &self,
        session_id: i32,
        offer: String,
        viewer: Viewer,
    ) -> Result<Answer, ServiceError> {
        let stream = self.stream(session_id).ok_or(StreamError::NotLive)?;
        let seat = self
            .seats
            .take(session_id, viewer)
            .map_err(|refused| match refused {
                seats::NoSeat::ServerFull => {
                    tracing::warn!("viewer refused: MEDIA_MAX_VIEWERS reached");
                    ServiceError::Unavailable("error-stream-full")
                }
                seats::NoSeat::TooManyScreens => {
                    ServiceError::Quota("error-stream-too-many-screens")
                }
            })?;
        let (resource, sdp) = stream.watch(offer, (viewer, seat), &self.network).await?;
        Ok(Answer { resource, sdp })
    }

    async fn leave(&self, session_id: i32, resource: &str) -> Result<(), ServiceError> {
        let stream = self.stream(session_id).ok_or(ServiceError::NotFound)?;
        if stream.leave(resource).await {
            Ok(())
        } else {
            Err(ServiceError::NotFound)
        }
    }

    fn live(&self) -> Vec<LiveFigures> {
        self.streams()
            .into_iter()
            .filter(|stream| stream.is_live())
            .map(|stream| LiveFigures {
                session_id: stream.session_id,
                live_since: stream.live_since,
                bitrate_kbps: stream.bitrate_kbps(),
                viewers: stream.viewer_count(),
            })
            .collect()
    }

    fn watchers(&self) -> Vec<Watcher> {
        self.streams()
            .iter()
            .flat_map(|stream| stream.watchers())
            .collect()
    }

    fn end(&self, session_id: i32) {
        let ended = self
            .streams
            .lock()
            .ok()
            .and_then(|mut streams| streams.remove(&session_id));
        if let Some(stream) = ended {
            tokio::spawn(async move { stream.end().await });
        }
    }

    fn ice_servers(&self) -> Vec<IceServer> {
        let mut servers = self.network.ice_servers.clone();
        if let Some(relay) = &self.network.turn_relay {
            let minted = turn::credentials(&relay.secret, chrono::Utc::now().timestamp());
            if let Some((username, credential)) = minted {
                servers.push(IceServer {
                    urls: relay.urls.clone(),
                    username,
                    credential,
                });
            }
        }
        servers
    }
}
