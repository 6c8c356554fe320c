//! `GET /captions/{session}?token=…`: a stream's live captions as
//! server-sent events, one `caption` event per line, for whoever may watch
//! it (the same token as for watching; none on a public stream). Whether
//! they still may is checked again every few seconds: a cancelled
//! registration or a stream made private ends the captions too. A browser
//! that reconnects gets the lines it missed (`Last-Event-ID`).

use super::http::{bearer, refused};
use app::{
    i18n::locale_from_headers,
    platform::state::AppState,
    streaming::{access, captions, Caption},
};
use axum::{
    extract::{rejection::QueryRejection, Path, Query, State},
    http::HeaderMap,
    response::{
        sse::{Event, KeepAlive, Sse},
        IntoResponse, Response,
    },
};
use std::{collections::VecDeque, convert::Infallible, time::Duration};
use tokio::{
    sync::broadcast::{self, error::RecvError},
    time::{interval_at, Instant, Interval},
};

/// How often a follower's right to the captions is checked again.
const RECHECK: Duration = Duration::from_secs(15);
/// Missed lines sent again to a browser that reconnects, at most.
const MISSED: u64 = 20;

/// The viewer's token: browsers' `EventSource` cannot send an
/// `Authorization` header, so it comes in the address.
#[derive(serde::Deserialize)]
pub struct CaptionsQuery {
    token: Option<String>,
}

struct Follower {
    state: AppState,
    session_id: i32,
    token: Option<String>,
    /// Lines missed while reconnecting, sent first.
    missed: VecDeque<Caption>,
    /// The ids of those, not to be sent twice.
    caught_up: Vec<i32>,
    lines: broadcast::Receiver<Caption>,
    recheck: Interval,
}

fn event(line: Caption) -> Result<Event, Infallible> {
    Ok(Event::default()
        .event("caption")
        .id(line.id.to_string())
        .data(line.text))
}

impl Follower {
    /// The next event, or `None` when the captions end.
    async fn next(&mut self) -> Option<Result<Event, Infallible>> {
        if let Some(line) = self.missed.pop_front() {
            return Some(event(line));
        }
        loop {
            tokio::select! {
                received = self.lines.recv() => match received {
                    Ok(line) if self.caught_up.contains(&line.id) => continue,
                    Ok(line) => return Some(event(line)),
                    // A follower too slow for the captions misses some lines.
                    Err(RecvError::Lagged(_)) => continue,
                    Err(RecvError::Closed) => return None,
                },
                _ = self.recheck.tick() => {
                    let allowed = access::authorize_viewer(&self.state.db, self.session_id, self.token.as_deref()).await;
                    if allowed.is_err() {
                        return None;
                    }
                }
            }
        }
    }
}

pub async fn follow(
    State(state): State<AppState>,
    Path(session_id): Path<i32>,
    query: Result<Query<CaptionsQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_from_headers(&headers);
    let token = query
        .ok()
        .and_then(|Query(query)| query.token)
        .or_else(|| bearer(&headers).map(str::to_owned));
    if let Err(error) = access::authorize_viewer(&state.db, session_id, token.as_deref()).await {
        return refused(error, locale);
    }
    let lines = match state.captions.follow(&state.db, session_id).await {
        Ok(lines) => lines,
        Err(error) => return refused(error, locale),
    };
    let last_seen = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<i32>().ok());
    let missed = match last_seen {
        Some(last) => match captions::after(&state.db, session_id, last, MISSED).await {
            Ok(missed) => missed,
            Err(error) => return refused(error, locale),
        },
        None => Vec::new(),
    };
    let follower = Follower {
        caught_up: missed.iter().map(|line| line.id).collect(),
        missed: missed.into(),
        state,
        session_id,
        token,
        lines,
        recheck: interval_at(Instant::now() + RECHECK, RECHECK),
    };
    let events = futures_util::stream::unfold(follower, |mut follower| async move {
        follower.next().await.map(|event| (event, follower))
    });
    Sse::new(events)
        .keep_alive(KeepAlive::default())
        .into_response()
}
