//! The best-practice library: practices that reception organisations submit,
//! moderators review, and everyone reads.

pub mod browse_page;
pub mod follow_page;
pub mod form_page;
pub mod model;
pub mod moderation_pages;
pub mod rules;
pub mod theme_pages;

#[cfg(feature = "ssr")]
pub mod catalogue;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod emails;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
pub mod markdown;
#[cfg(feature = "ssr")]
pub mod moderation;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod themes;
#[cfg(feature = "ssr")]
pub mod validation;
