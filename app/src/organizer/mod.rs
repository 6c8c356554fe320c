//! The organizers' console: the event's live dashboard, registrations
//! (search, corrections on a person's behalf, exports), and the audit log
//! of every staff action.

pub mod announcements_page;
pub mod audit_page;
pub mod charts;
pub mod check_in_page;
pub mod dashboard_page;
pub mod event_settings_page;
pub mod model;
pub mod registration_page;
pub mod registrations_page;
pub mod staff_accounts_page;

#[cfg(feature = "ssr")]
pub mod announcements;
#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod check_in;
#[cfg(feature = "ssr")]
pub mod dashboard;
#[cfg(feature = "ssr")]
pub mod events_admin;
#[cfg(feature = "ssr")]
pub mod registrations;
#[cfg(feature = "ssr")]
pub mod staff_accounts;
