//! The in-person waitlist: offers of freed places, in order and for a
//! limited time, and their answers. Runs under the event's lock, like every
//! change to who holds a place (see `service`).

use super::{
    emails::{self, Notice},
    entity::registration,
    model::{Attendance, Status},
    service::{in_person_counts, lock_registration, lock_registration_by_id, StaffChange},
};
use crate::{
    capacity::PlaceCounts,
    events::{entity as event, service as events},
    organizer::audit,
    platform::{error::ServiceError, state::Settings},
    programme::bookings,
    staff::auth::StaffMember,
    waitlist::PlaceQueue,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, DatabaseTransaction, QueryOrder, QuerySelect, Set, TransactionTrait};

use registration::{ActiveModel, Column, Entity as Registration};

/// What someone offered a place answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferAnswer {
    /// Takes the place, if the offer is still open.
    Accept,
    /// Turns it down: it goes to the next person; they stay registered online.
    Decline,
}

/// Records the answer to an open offer of an in-person place.
pub async fn answer_offer(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    answer: OfferAnswer,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (txn, event, current) = lock_registration(db, token).await?;
    if current.status != Status::Offered {
        return Err(ServiceError::Conflict("error-no-offer"));
    }
    let updated = match answer {
        OfferAnswer::Accept => {
            if current.offer_expires_at.is_none_or(|expiry| expiry <= now) {
                return Err(ServiceError::Conflict("error-offer-expired"));
            }
            confirm(&txn, settings, &event, &current, now).await?
        }
        OfferAnswer::Decline => {
            let updated = move_online(&txn, &current, now).await?;
            offer_free_places(&txn, settings, &event, now).await?;
            updated
        }
    };
    emails::queue(&txn, settings, Notice::Confirmed, &updated, &event, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Changes an event's in-person capacity. Lowering it below the places
/// already given (or held for offers) is refused; raising it sends offers.
pub async fn set_in_person_capacity(
    db: &DatabaseConnection,
    settings: &Settings,
    member: &StaffMember,
    slug: &str,
    limit: u32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let event_id = events::find(db, slug).await?.id;
    let txn = db.begin().await?;
    let event = events::lock(&txn, event_id).await?;
    let counts = in_person_counts(&txn, event.id).await?;
    if !counts.fits_within(u64::from(limit)) {
        return Err(ServiceError::CapacityTooLow {
            taken: counts.confirmed + counts.offered,
        });
    }
    let before = event.in_person_capacity;
    let event = event::ActiveModel {
        id: Set(event.id),
        in_person_capacity: Set(i32::try_from(limit).unwrap_or(i32::MAX)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let change = audit::Change {
        action: "event.capacity",
        event_id: Some(event.id),
        subject: format!("event/{}", event.slug),
        reason: None,
        before: Some(serde_json::json!({ "in_person_capacity": before })),
        after: Some(serde_json::json!({ "in_person_capacity": event.in_person_capacity })),
    };
    audit::record(&txn, member, change, now).await?;
    offer_free_places(&txn, settings, &event, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Staff move one person off the waitlist out of turn: they are confirmed
/// at once. An offered person already holds their place; for a waitlisted
/// one, when every place is taken or held, the in-person capacity goes up
/// by one, so the cap still holds (and the log shows it, with the reason).
pub async fn give_place(
    db: &DatabaseConnection,
    settings: &Settings,
    change: &StaffChange<'_>,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (txn, event, current) = lock_registration_by_id(db, change.registration_id).await?;
    if current.attendance != Attendance::InPerson
        || !matches!(current.status, Status::Waitlisted | Status::Offered)
    {
        return Err(ServiceError::Conflict("error-not-waiting"));
    }
    let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
    let needed = if current.status == Status::Offered {
        limit
    } else {
        in_person_counts(&txn, event.id)
            .await?
            .capacity_for_one_more(limit)
    };
    let event = if needed == limit {
        event
    } else {
        event::ActiveModel {
            id: Set(event.id),
            in_person_capacity: Set(i32::try_from(needed).unwrap_or(i32::MAX)),
            ..Default::default()
        }
        .update(&txn)
        .await?
    };
    let promoted = confirm(&txn, settings, &event, &current, now).await?;
    let with_capacity = |registration: &registration::Model, capacity: i32| {
        let mut snapshot = audit::registration_snapshot(registration);
        snapshot["in_person_capacity"] = capacity.into();
        snapshot
    };
    let before = with_capacity(&current, i32::try_from(limit).unwrap_or(i32::MAX));
    let after = with_capacity(&promoted, event.in_person_capacity);
    change
        .record(
            &txn,
            "registration.give_place",
            event.id,
            before,
            after,
            now,
        )
        .await?;
    emails::queue(&txn, settings, Notice::Confirmed, &promoted, &event, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The waitlist worker's round: expired offers pass to the next person and
/// free places are offered, event by event. Returns how many events changed.
pub async fn settle_waitlists(
    db: &DatabaseConnection,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<usize, ServiceError> {
    let mut settled = 0;
    for event in event::Entity::find().all(db).await? {
        let has_expired = Registration::find()
            .filter(Column::EventId.eq(event.id))
            .filter(Column::Status.eq(Status::Offered))
            .filter(Column::OfferExpiresAt.lte(now))
            .count(db)
            .await?
            > 0;
        let counts = in_person_counts(db, event.id).await?;
        let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
        if !has_expired && counts.offers_to_make(limit) == 0 {
            continue;
        }
        let txn = db.begin().await?;
        let event = events::lock(&txn, event.id).await?;
        crate::waitlist::pass_on_expired(&txn, &InPersonQueue::new(settings, &event), now).await?;
        txn.commit().await?;
        settled += 1;
    }
    Ok(settled)
}

/// Offers the free in-person places to the head of the waitlist, in order.
pub(super) async fn offer_free_places(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    crate::waitlist::offer_free_places(txn, &InPersonQueue::new(settings, event), now).await?;
    Ok(())
}

/// The event's in-person places and their waitlist, kept on the
/// registrations themselves.
struct InPersonQueue<'a> {
    settings: &'a Settings,
    event: &'a event::Model,
}

impl<'a> InPersonQueue<'a> {
    fn new(settings: &'a Settings, event: &'a event::Model) -> Self {
        InPersonQueue { settings, event }
    }
}

impl PlaceQueue for InPersonQueue<'_> {
    type Holder = registration::Model;

    fn limit(&self) -> Option<u64> {
        Some(u64::try_from(self.event.in_person_capacity).unwrap_or(0))
    }

    fn offer_hours(&self) -> i64 {
        i64::from(self.event.offer_hours)
    }

    async fn counts(&self, txn: &DatabaseTransaction) -> Result<PlaceCounts, ServiceError> {
        in_person_counts(txn, self.event.id).await
    }

    async fn next_in_line(
        &self,
        txn: &DatabaseTransaction,
        n: u64,
    ) -> Result<Vec<registration::Model>, ServiceError> {
        Ok(Registration::find()
            .filter(Column::EventId.eq(self.event.id))
            .filter(Column::Status.eq(Status::Waitlisted))
            .order_by_asc(Column::WaitlistSeq)
            .limit(n)
            .all(txn)
            .await?)
    }

    async fn expired_offers(
        &self,
        txn: &DatabaseTransaction,
        now: DateTime<Utc>,
    ) -> Result<Vec<registration::Model>, ServiceError> {
        Ok(Registration::find()
            .filter(Column::EventId.eq(self.event.id))
            .filter(Column::Status.eq(Status::Offered))
            .filter(Column::OfferExpiresAt.lte(now))
            .order_by_asc(Column::WaitlistSeq)
            .all(txn)
            .await?)
    }

    async fn offer(
        &self,
        txn: &DatabaseTransaction,
        waiting: registration::Model,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<(), ServiceError> {
        let offered = ActiveModel {
            id: Set(waiting.id),
            status: Set(Status::Offered),
            offer_expires_at: Set(Some(expires_at)),
            updated_at: Set(now),
            ..Default::default()
        }
        .update(txn)
        .await?;
        emails::queue(txn, self.settings, Notice::Offer, &offered, self.event, now).await?;
        Ok(())
    }

    async fn withdraw(
        &self,
        txn: &DatabaseTransaction,
        offered: registration::Model,
        now: DateTime<Utc>,
    ) -> Result<(), ServiceError> {
        let updated = move_online(txn, &offered, now).await?;
        emails::queue(
            txn,
            self.settings,
            Notice::OfferExpired,
            &updated,
            self.event,
            now,
        )
        .await?;
        Ok(())
    }
}

/// Gives a waiting person their in-person place; their programme choices
/// are then checked against it.
async fn confirm(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    waiting: &registration::Model,
    now: DateTime<Utc>,
) -> Result<registration::Model, ServiceError> {
    let promoted = ActiveModel {
        id: Set(waiting.id),
        status: Set(Status::Confirmed),
        waitlist_seq: Set(None),
        offer_expires_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?;
    bookings::release_ineligible(txn, settings, event, &promoted, now).await?;
    Ok(promoted)
}

async fn move_online(
    txn: &DatabaseTransaction,
    registration: &registration::Model,
    now: DateTime<Utc>,
) -> Result<registration::Model, ServiceError> {
    Ok(ActiveModel {
        id: Set(registration.id),
        attendance: Set(Attendance::Online),
        status: Set(Status::Confirmed),
        waitlist_seq: Set(None),
        offer_expires_at: Set(None),
        dietary_needs: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?)
}
