//! `GET /staff/events/{slug}/live`: the dashboard's figures as server-sent
//! events. The figures are read from the database every few seconds and
//! sent when they changed, so updates made by any server process sharing
//! the database arrive; a new connection (the browser reconnects by itself)
//! gets the current figures at once. The stream ends when the staff
//! session does.

use crate::api::ApiError;
use app::{
    i18n::locale_from_headers,
    organizer::dashboard::dashboard,
    platform::state::AppState,
    staff::{auth, roles::Capability},
};
use axum::{
    extract::{Path, State},
    http::HeaderMap,
    response::sse::{Event, KeepAlive, Sse},
};
use futures_util::Stream;
use std::{convert::Infallible, time::Duration};

/// How often the figures are read again.
const TICK: Duration = Duration::from_secs(2);
/// How long a browser waits before reconnecting.
const RETRY: Duration = Duration::from_secs(3);

struct Follower {
    state: AppState,
    slug: String,
    session: String,
    last_sent: Option<String>,
    first: bool,
}

pub async fn dashboard_events(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let locale = locale_from_headers(&headers);
    let session = auth::session_token(&headers);
    auth::require(
        &state.db,
        session.as_deref(),
        Capability::ViewRegistrations,
        chrono::Utc::now(),
    )
    .await
    .map_err(|e| ApiError::from_service(e, locale))?;
    app::events::service::find(&state.db, &slug)
        .await
        .map_err(|e| ApiError::from_service(e, locale))?;
    let follower = Follower {
        state,
        slug,
        session: session.unwrap_or_default(),
        last_sent: None,
        first: true,
    };
    let updates = futures_util::stream::unfold(follower, |mut follower| async move {
        let update = follower.next_update().await?;
        Some((Ok(update), follower))
    });
    Ok(Sse::new(updates).keep_alive(KeepAlive::default()))
}

impl Follower {
    /// Waits for figures that differ from the last sent; `None` ends the
    /// stream (the session is over).
    async fn next_update(&mut self) -> Option<Event> {
        loop {
            if !self.first {
                tokio::time::sleep(TICK).await;
            }
            self.first = false;
            let signed_in = auth::require(
                &self.state.db,
                Some(&self.session),
                Capability::ViewRegistrations,
                chrono::Utc::now(),
            )
            .await;
            if signed_in.is_err() {
                return None;
            }
            let read = async {
                let mut figures = dashboard(&self.state.db, &self.slug).await?;
                figures.live_streams = app::streaming::overview::live_streams(
                    &self.state.db,
                    &self.slug,
                    self.state.live.as_ref(),
                )
                .await?;
                Ok::<_, app::platform::error::ServiceError>(figures)
            };
            let figures = match read.await {
                Ok(figures) => figures,
                Err(error) => {
                    tracing::warn!(%error, "dashboard figures not read");
                    continue;
                }
            };
            let Ok(json) = serde_json::to_string(&figures) else {
                continue;
            };
            if self.last_sent.as_ref() != Some(&json) {
                self.last_sent = Some(json.clone());
                return Some(Event::default().event("dashboard").retry(RETRY).data(json));
            }
        }
    }
}
