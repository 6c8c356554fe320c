//! The server: configuration, start-up, the HTTP routes beside the Leptos
//! app (open API, language switch, health) and the background workers.

pub mod api;
pub mod calendar;
pub mod check_in;
pub mod client_errors;
pub mod config;
pub mod csrf;
pub mod exports;
pub mod form_errors;
pub mod language;
pub mod library;
pub mod live;
pub mod no_nul;
pub mod privacy;
pub mod security_headers;
pub mod streaming;
pub mod workers;

use app::{
    library::search::LibraryIndex,
    mail::transport::Mailer,
    platform::{
        db,
        rate_limit::RateLimiter,
        state::{AppState, Settings},
    },
    registration::intake::Intake,
    shell, App,
};
use axum::{
    extract::DefaultBodyLimit,
    middleware,
    routing::{get, post},
    Router,
};
use config::Config;
use leptos::prelude::{provide_context, LeptosOptions};
use leptos_axum::{generate_route_list, LeptosRoutes};
use library::upload::UPLOAD_BODY_LIMIT;
use migrations::{Migrator, MigratorTrait};
use std::{
    net::SocketAddr,
    sync::{Arc, LazyLock},
};
use tower_http::{compression::CompressionLayer, services::ServeDir};

/// Largest request body accepted anywhere (forms and JSON are small).
const BODY_LIMIT: usize = 64 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Config(String),
    #[error("{0}")]
    Service(#[from] app::platform::error::ServiceError),
}

/// Everything the routes need, from the configuration: the database is
/// opened and migrated, and the demo event seeded when asked.
pub async fn prepare(
    config: &Config,
    site_addr: SocketAddr,
) -> Result<(AppState, Mailer), StartupError> {
    std::fs::create_dir_all(&config.data_dir)?;
    LazyLock::force(&app::staff::auth::NO_ACCOUNT_HASH);
    let db = db::connect(&config.database_url()).await?;
    Migrator::up(&db, None).await?;
    if config.demo && app::demo::seed(&db).await? {
        tracing::info!("demo event added");
    }
    let mut leptos_options = leptos::config::get_configuration(None)
        .map(|conf| conf.leptos_options)
        .unwrap_or_else(|_| LeptosOptions::builder().output_name("ikp").build());
    if leptos_options.output_name.is_empty() {
        leptos_options.output_name = "ikp".into();
    }
    leptos_options.site_addr = site_addr;
    let settings = Settings {
        public_url: config.public_url(site_addr),
        data_dir: config.data_dir.clone(),
        mail_from: config.mail_from.clone(),
    };
    let mailer = Mailer::new(config.smtp_url.as_deref(), &config.data_dir.join("mail"))
        .map_err(StartupError::Config)?;
    let settings = Arc::new(settings);
    let library = LibraryIndex::new()?;
    library.sync(&db).await?;
    let state = AppState {
        leptos_options,
        registrations: Intake::start(db.clone(), settings.clone()),
        db,
        settings,
        registration_limiter: Arc::new(RateLimiter::per_minute(config.registration_rate_limit)),
        sign_in_limiter: Arc::new(RateLimiter::per_minute(config.sign_in_rate_limit)),
        watch_limiter: Arc::new(RateLimiter::per_minute(config.watch_rate_limit)),
        library,
        live: streaming::Sfu::new(config.media.network()),
        captions: Default::default(),
    };
    Ok((state, mailer))
}

/// All routes of the platform.
pub fn router(state: AppState) -> Router {
    let tls = state.settings.secure_cookies();
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    // The site's files are served here, not by leptos_axum's file handler:
    // that one reads the response headers of whichever page is being
    // rendered on the same thread and takes them (a page's policy or cookie
    // could go out with someone else's file). Leptos only renders "not found".
    let not_found = leptos_axum::ErrorHandler::new_with_context(
        {
            let state = state.clone();
            move || provide_context(state.clone())
        },
        shell,
        options.clone(),
    );
    let files = ServeDir::new(options.site_root.as_ref())
        .append_index_html_on_directories(false)
        .fallback(not_found);
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/lang/{code}", get(language::switch))
        .route(
            "/events/{slug}/calendar.ics",
            get(calendar::event_programme),
        )
        .route("/manage/{token}/agenda.ics", get(calendar::agenda_download))
        .route("/manage/{token}/data.json", get(privacy::download))
        .route("/calendar/{feed}", get(calendar::agenda_feed))
        .route(
            "/staff/events/{slug}/activities/{id}/signups.csv",
            get(exports::sign_ups),
        )
        .route(
            "/staff/events/{slug}/activities/{id}/manifest.csv",
            get(exports::manifest),
        )
        .route("/staff/events/{slug}/live", get(live::dashboard_events))
        .route("/staff/check-in", post(check_in::scan))
        .route(
            "/staff/events/{slug}/registrations.csv",
            get(exports::registrations::csv),
        )
        .route(
            "/staff/events/{slug}/registrations.xlsx",
            get(exports::registrations::xlsx),
        )
        .route(
            "/library/submit",
            post(library::submit_form).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/library/follow/{token}",
            post(library::revise_form).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/library/{id}/files/{revision}", get(library::download))
        .route(
            "/staff/library/{id}/files/{revision}",
            get(library::preview_download),
        )
        .route("/library/feed.atom", get(library::open_data::feed))
        .route("/library/export.csv", get(library::open_data::export))
        .nest("/api/v1", api::router())
        .merge(streaming::http::router())
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback_service(files)
        .layer(middleware::from_fn(|request, next| {
            no_nul::refuse_nul(BODY_LIMIT, request, next)
        }))
        .layer(middleware::from_fn(client_errors::in_words))
        .layer(middleware::from_fn(form_errors::forget_earlier_error))
        .layer(middleware::from_fn(csrf::reject_cross_site))
        .layer(middleware::from_fn(move |request, next| {
            security_headers::add(tls, request, next)
        }))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Serves until interrupted; the workers run alongside.
pub async fn serve(config: Config) -> Result<(), StartupError> {
    let site_addr = config
        .leptos_site_addr
        .or_else(|| {
            leptos::config::get_configuration(None)
                .ok()
                .map(|c| c.leptos_options.site_addr)
        })
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 3000)));
    let (state, mailer) = prepare(&config, site_addr).await?;
    let sender = config
        .mail_from
        .parse::<lettre::message::Mailbox>()
        .map_err(|e| StartupError::Config(format!("MAIL_FROM is not an address: {e}")))?
        .email;
    let _workers = workers::spawn(state.clone(), mailer, sender);
    let listener = tokio::net::TcpListener::bind(site_addr).await?;
    let public_url = state.settings.public_url.clone();
    println!("Listening on {public_url}");
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
