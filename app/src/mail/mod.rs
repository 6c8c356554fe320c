//! Email: composed in the recipient's language, queued in the outbox inside
//! the transaction that causes it, delivered by a worker with retries.

pub mod compose;
pub mod outbox;
pub mod transport;
