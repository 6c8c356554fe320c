//! Server-side plumbing shared by every feature: state, errors, database,
//! secrets, cookies, the no-JavaScript form round trip, rate limiting and
//! the content security policy.

pub mod cookies;
pub mod db;
pub mod error;
pub mod flash;
pub mod rate_limit;
pub mod secrets;
pub mod security;
pub mod state;
