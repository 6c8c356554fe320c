//! One waitlist mechanism for every limited capacity: the event's in-person
//! places and each activity's. A freed place goes to the head of the line as
//! an offer for a limited time; an expired offer is withdrawn and the place
//! passes on. Callers hold the event's lock (see `events::service::lock`).

use crate::{capacity::PlaceCounts, platform::error::ServiceError};
use chrono::{DateTime, Duration, Utc};
use sea_orm::DatabaseTransaction;
use std::future::Future;

/// A capacity with a waitlist, as it is stored.
pub trait PlaceQueue: Sync {
    /// Someone holding, waiting for, or offered a place.
    type Holder: Send;

    /// Places in all; `None` is unlimited.
    fn limit(&self) -> Option<u64>;

    /// How long an offer stays open.
    fn offer_hours(&self) -> i64;

    fn counts(
        &self,
        txn: &DatabaseTransaction,
    ) -> impl Future<Output = Result<PlaceCounts, ServiceError>> + Send;

    /// The first `n` people waiting, in order.
    fn next_in_line(
        &self,
        txn: &DatabaseTransaction,
        n: u64,
    ) -> impl Future<Output = Result<Vec<Self::Holder>, ServiceError>> + Send;

    /// Offers whose time ran out at `now`, oldest first.
    fn expired_offers(
        &self,
        txn: &DatabaseTransaction,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Vec<Self::Holder>, ServiceError>> + Send;

    /// Holds a place for `holder` until `expires_at` and tells them.
    fn offer(
        &self,
        txn: &DatabaseTransaction,
        holder: Self::Holder,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), ServiceError>> + Send;

    /// Takes back an expired offer and tells the person.
    fn withdraw(
        &self,
        txn: &DatabaseTransaction,
        holder: Self::Holder,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), ServiceError>> + Send;
}

/// Offers the free places to the head of the waitlist, in order. Returns
/// how many offers were made.
pub async fn offer_free_places<Q: PlaceQueue>(
    txn: &DatabaseTransaction,
    queue: &Q,
    now: DateTime<Utc>,
) -> Result<u64, ServiceError> {
    let counts = queue.counts(txn).await?;
    // Without a limit (say, one just lifted) everyone waiting gets an offer.
    let offers = queue
        .limit()
        .map_or(counts.waitlisted, |limit| counts.offers_to_make(limit));
    if offers == 0 {
        return Ok(0);
    }
    let expires_at = now + Duration::hours(queue.offer_hours());
    for holder in queue.next_in_line(txn, offers).await? {
        queue.offer(txn, holder, expires_at, now).await?;
    }
    Ok(offers)
}

/// Withdraws the offers that expired and passes their places on.
pub async fn pass_on_expired<Q: PlaceQueue>(
    txn: &DatabaseTransaction,
    queue: &Q,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    for holder in queue.expired_offers(txn, now).await? {
        queue.withdraw(txn, holder, now).await?;
    }
    offer_free_places(txn, queue, now).await?;
    Ok(())
}
