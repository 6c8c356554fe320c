//! Background work: delivering queued email, settling waitlists, keeping
//! the library's search current with changes other instances made,
//! letting go of stream viewers who may no longer watch, and removing
//! personal data past its retention and forms no page came back for. All pick
//! up where they left off after a restart: their state is the database.

use app::{
    mail::{outbox, transport::Mailer},
    platform::{flash, state::AppState},
    privacy::retention::{self, RetentionReport},
    programme::queue,
    registration::waitlist,
    streaming::access,
};
use lettre::Address;
use std::time::Duration;
use tokio::task::JoinHandle;

const MAIL_INTERVAL: Duration = Duration::from_secs(1);
const WAITLIST_INTERVAL: Duration = Duration::from_secs(5);
const LIBRARY_INTERVAL: Duration = Duration::from_secs(30);
/// Also checked at once after the changes staff and participants make
/// here; this round catches the rest (erasure, retention, other instances).
const VIEWER_INTERVAL: Duration = Duration::from_secs(15);
const RETENTION_INTERVAL: Duration = Duration::from_secs(3600);
/// Refused forms wait minutes for their page; what is left goes soon after.
const FORMS_INTERVAL: Duration = Duration::from_secs(60);

pub fn spawn(state: AppState, mailer: Mailer, sender: Address) -> Vec<JoinHandle<()>> {
    let mail_state = state.clone();
    let mail = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(MAIL_INTERVAL);
        loop {
            ticks.tick().await;
            if let Err(error) =
                outbox::deliver_due(&mail_state.db, &mailer, &sender, chrono::Utc::now()).await
            {
                tracing::error!(%error, "mail delivery round failed");
            }
        }
    });
    let retention_state = state.clone();
    let retention = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(RETENTION_INTERVAL);
        loop {
            ticks.tick().await;
            match retention::run(&retention_state.db, chrono::Utc::now()).await {
                Ok(report) if report == RetentionReport::default() => {}
                Ok(report) => tracing::info!(
                    needs_removed = report.needs_removed,
                    anonymised = report.anonymised,
                    "personal data past its retention removed"
                ),
                Err(error) => tracing::error!(%error, "retention round failed"),
            }
        }
    });
    let forms_state = state.clone();
    let forms = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(FORMS_INTERVAL);
        loop {
            ticks.tick().await;
            if let Err(error) = flash::remove_expired(&forms_state.db, chrono::Utc::now()).await {
                tracing::error!(%error, "removing expired forms failed");
            }
        }
    });
    let library_state = state.clone();
    let library = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(LIBRARY_INTERVAL);
        loop {
            ticks.tick().await;
            library_state.library.refresh(&library_state.db).await;
        }
    });
    let viewer_state = state.clone();
    let viewers = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(VIEWER_INTERVAL);
        loop {
            ticks.tick().await;
            match access::recheck_viewers(&viewer_state.db, viewer_state.live.as_ref()).await {
                Ok(0) => {}
                Ok(ended) => tracing::info!(ended, "viewers who may no longer watch let go"),
                Err(error) => tracing::error!(%error, "viewer round failed"),
            }
        }
    });
    let waitlist = tokio::spawn(async move {
        let mut ticks = tokio::time::interval(WAITLIST_INTERVAL);
        loop {
            ticks.tick().await;
            let now = chrono::Utc::now();
            match waitlist::settle_waitlists(&state.db, &state.settings, now).await {
                Ok(0) => {}
                Ok(events) => tracing::info!(events, "waitlist offers updated"),
                Err(error) => tracing::error!(%error, "waitlist round failed"),
            }
            match queue::settle_waitlists(&state.db, &state.settings, now).await {
                Ok(0) => {}
                Ok(activities) => tracing::info!(activities, "activity waitlist offers updated"),
                Err(error) => tracing::error!(%error, "activity waitlist round failed"),
            }
            state.registration_limiter.forget_idle();
            state.sign_in_limiter.forget_idle();
            state.watch_limiter.forget_idle();
        }
    });
    vec![mail, library, viewers, waitlist, retention, forms]
}
