use super::rate_limit::RateLimiter;
use crate::{library::search::LibraryIndex, registration::intake::Intake, streaming::LiveStreams};
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use sea_orm::DatabaseConnection;
use std::{path::PathBuf, sync::Arc};

/// Settings the features need at request time.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Base address for links in emails, without a trailing slash.
    pub public_url: String,
    /// Where the SQLite file, mail files and uploads live.
    pub data_dir: PathBuf,
    /// Sender of every email.
    pub mail_from: String,
}

impl Settings {
    /// Cookies carry `Secure` when the platform is served over TLS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Everything a request handler or server function can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub registration_limiter: Arc<RateLimiter>,
    /// Staff sign-in attempts per client address.
    #[from_ref(skip)]
    pub sign_in_limiter: Arc<RateLimiter>,
    /// Requests to watch a live stream per client address.
    #[from_ref(skip)]
    pub watch_limiter: Arc<RateLimiter>,
    pub registrations: Intake,
    /// Search of the public library.
    pub library: LibraryIndex,
    /// The streams being forwarded now.
    #[from_ref(skip)]
    pub live: Arc<dyn LiveStreams>,
    /// The live captions this process hands to viewers.
    #[from_ref(skip)]
    pub captions: Arc<crate::streaming::captions::CaptionFeeds>,
}

impl AppState {
    /// The state inside a server function or a rendering page.
    pub fn from_context() -> Result<AppState, super::error::ServiceError> {
        leptos::prelude::use_context::<AppState>()
            .ok_or_else(|| super::error::ServiceError::Internal("application state missing".into()))
    }
}
