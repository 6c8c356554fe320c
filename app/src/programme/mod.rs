//! The programme: plenaries, breakouts, workshops and site visits, the
//! participants' sign-ups with their waitlists, and who may choose what.

pub mod choices;
pub mod directory_pages;
pub mod model;
pub mod page;
pub mod rules;
pub mod staff_pages;

#[cfg(feature = "ssr")]
pub mod agenda;
#[cfg(feature = "ssr")]
pub mod bookings;
#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod directory;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod organize;
#[cfg(feature = "ssr")]
pub mod queue;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod validation;
