//! A participant's own data: everything the platform holds about them, to
//! read and download from their secret link, and its erasure.

pub mod model;
pub mod notice_page;
pub mod page;
#[cfg(feature = "ssr")]
pub mod retention;
#[cfg(feature = "ssr")]
pub mod service;
