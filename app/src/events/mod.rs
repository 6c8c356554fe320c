//! Events: the public event page, its live capacity, and the calendar file.

pub mod model;
pub mod page;

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod time_zone;
