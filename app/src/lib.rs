//! The Leptos application: pages, components and server functions by
//! feature; the domain services and database entities behind `ssr`.

// Builds without `--cfg erase_components` (cargo-leptos sets it; a plain
// `cargo build --release` does not) keep every view's full type, and the
// largest pages nest deeper than the default.
#![recursion_limit = "256"]

pub mod capacity;
pub mod events;
pub mod form_fields;
pub mod forms;
pub mod i18n;
pub mod layout;
pub mod library;
pub mod organizer;
pub mod privacy;
pub mod programme;
pub mod refresh;
pub mod registration;
pub mod staff;
pub mod streaming;

#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod platform;
#[cfg(feature = "ssr")]
pub mod waitlist;

use i18n::provide_locale;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::MetaTags;
use leptos_meta::{provide_meta_context, Link, Meta, Stylesheet};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The HTML document around the app, rendered on the server only.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = provide_locale();
    platform::security::announce_page_policy();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.direction()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = provide_locale();
    view! {
        <Stylesheet id="leptos" href="/pkg/ikp.css" />
        <Link rel="icon" type_="image/svg+xml" href="/favicon.svg" />
        <Meta name="description" content=locale.t("site-description") />
        <Router>
            <layout::Header />
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <layout::NotFound /> }>
                    <Route path=path!("/") view=events::page::HomePage ssr=SsrMode::Async />
                    <Route path=path!("/events/:slug") view=events::page::EventPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/events/:slug/programme")
                        view=programme::page::ProgrammePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/events/:slug/programme/:id")
                        view=programme::page::ActivityPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/events/:slug/register")
                        view=registration::form::RegisterPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/manage/:token")
                        view=registration::manage::ManagePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/manage/:token/data")
                        view=privacy::page::PersonalDataPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/events/:slug/erased") view=privacy::page::ErasedPage />
                    <Route
                        path=path!("/events/:slug/watch/:id")
                        view=streaming::watch_page::WatchPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/manage/:token/watch/:id")
                        view=streaming::watch_page::WatchPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/streams")
                        view=streaming::staff_page::StreamsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/streams/:id/publish")
                        view=streaming::staff_page::PublishPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/streams/:id/captions")
                        view=streaming::captions_page::CaptionsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/events/:slug/privacy")
                        view=privacy::notice_page::PrivacyNoticePage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/library") view=library::browse_page::LibraryPage ssr=SsrMode::Async />
                    <Route path=path!("/library/submit") view=library::form_page::SubmitPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/library/follow/:token")
                        view=library::follow_page::FollowPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/library/:id") view=library::browse_page::PracticePage ssr=SsrMode::Async />
                    <Route
                        path=path!("/staff/library")
                        view=library::moderation_pages::ModerationQueuePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/library/themes")
                        view=library::theme_pages::ThemesPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/library/:id")
                        view=library::moderation_pages::ReviewPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/staff/login") view=staff::pages::LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/audit") view=organizer::audit_page::AuditLogPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/accounts") view=organizer::staff_accounts_page::StaffAccountsPage ssr=SsrMode::Async />
                    <Route path=path!("/staff/new-event") view=organizer::event_settings_page::NewEventPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/staff/events/:slug/settings")
                        view=organizer::event_settings_page::EventSettingsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/check-in/:code")
                        view=organizer::check_in_page::CheckInCodePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/check-in")
                        view=organizer::check_in_page::CheckInPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/announcements")
                        view=organizer::announcements_page::AnnouncementsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/badges")
                        view=organizer::check_in_page::BadgesPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/registrations")
                        view=organizer::registrations_page::RegistrationsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/registrations/:id")
                        view=organizer::registration_page::StaffRegistrationPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/staff") view=staff::pages::StaffHome ssr=SsrMode::Async />
                    <Route
                        path=path!("/staff/events/:slug")
                        view=organizer::dashboard_page::DashboardPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/programme")
                        view=programme::staff_pages::StaffProgrammePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/staff/events/:slug/programme/:id")
                        view=programme::staff_pages::StaffActivityPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
            <layout::Footer />
        </Router>
    }
}

/// Entry point of the WebAssembly module. Pages are plain server-rendered
/// HTML whose forms and links work without JavaScript; only the islands (the
/// parts that change while a page is open) come alive. Leptos hydrates them
/// right after this returns.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Marks the islands as alive (the browser tests wait for it): Leptos's
    // island pass runs first.
    set_timeout(
        || {
            if let Some(root) = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.document_element())
            {
                let _ = root.set_attribute("data-hydrated", "");
            }
        },
        std::time::Duration::ZERO,
    );
}
