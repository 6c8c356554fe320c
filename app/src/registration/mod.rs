//! Registration: the form, the confirmation and manage page reached through
//! a secret link, and behind them the in-person cap and its waitlist.

pub mod fields;
pub mod form;
pub mod manage;
pub mod model;

#[cfg(feature = "ssr")]
pub mod emails;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod intake;
#[cfg(feature = "ssr")]
pub mod links;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod validation;
#[cfg(feature = "ssr")]
pub mod waitlist;
