//! Staff: sign-in with a password, roles, and the organizers' pages.

pub mod pages;
pub mod roles;

#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod entity;
