//! An activity's places and their waitlist, as the one waitlist mechanism
//! (`crate::waitlist`) sees them: kept on the activity's bookings.

use super::{
    bookings::{self, cancel_booking, counts, limit},
    entity::{activity, booking},
};
use crate::{
    capacity::PlaceCounts,
    events::entity as event,
    platform::{error::ServiceError, state::Settings},
    registration::{
        emails::{self, Notice},
        entity::registration,
        model::Status,
    },
    waitlist::{self, PlaceQueue},
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, DatabaseTransaction, QueryOrder, QuerySelect, Set, TransactionTrait};

use booking::{ActiveModel, Column, Entity as Booking};

/// An activity's places and their waitlist, kept on its bookings.
pub(super) struct ActivityQueue<'a> {
    settings: &'a Settings,
    event: &'a event::Model,
    activity: &'a activity::Model,
}

impl<'a> ActivityQueue<'a> {
    pub(super) fn new(
        settings: &'a Settings,
        event: &'a event::Model,
        activity: &'a activity::Model,
    ) -> Self {
        ActivityQueue {
            settings,
            event,
            activity,
        }
    }

    async fn tell(
        &self,
        txn: &DatabaseTransaction,
        booking: &booking::Model,
        notice: Notice,
        now: DateTime<Utc>,
    ) -> Result<(), ServiceError> {
        let registration = registration::Entity::find_by_id(booking.registration_id)
            .one(txn)
            .await?
            .ok_or(ServiceError::NotFound)?;
        emails::queue(txn, self.settings, notice, &registration, self.event, now).await?;
        Ok(())
    }
}

impl PlaceQueue for ActivityQueue<'_> {
    type Holder = booking::Model;

    fn limit(&self) -> Option<u64> {
        limit(self.activity)
    }

    fn offer_hours(&self) -> i64 {
        i64::from(self.event.offer_hours)
    }

    async fn counts(&self, txn: &DatabaseTransaction) -> Result<PlaceCounts, ServiceError> {
        counts(txn, self.activity.id).await
    }

    async fn next_in_line(
        &self,
        txn: &DatabaseTransaction,
        n: u64,
    ) -> Result<Vec<booking::Model>, ServiceError> {
        Ok(Booking::find()
            .filter(Column::ActivityId.eq(self.activity.id))
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
    ) -> Result<Vec<booking::Model>, ServiceError> {
        Ok(Booking::find()
            .filter(Column::ActivityId.eq(self.activity.id))
            .filter(Column::Status.eq(Status::Offered))
            .filter(Column::OfferExpiresAt.lte(now))
            .order_by_asc(Column::WaitlistSeq)
            .all(txn)
            .await?)
    }

    async fn offer(
        &self,
        txn: &DatabaseTransaction,
        waiting: booking::Model,
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
        let notice = Notice::ActivityOffer {
            title: self.activity.title.clone(),
            deadline: expires_at,
        };
        self.tell(txn, &offered, notice, now).await
    }

    async fn withdraw(
        &self,
        txn: &DatabaseTransaction,
        offered: booking::Model,
        now: DateTime<Utc>,
    ) -> Result<(), ServiceError> {
        let withdrawn = cancel_booking(txn, &offered, now).await?;
        let notice = Notice::ActivityOfferExpired {
            title: self.activity.title.clone(),
        };
        self.tell(txn, &withdrawn, notice, now).await
    }
}

/// The waitlist worker's round for activities: expired offers pass on and
/// free places are offered. One activity's trouble is logged and does not
/// hold up the others. Returns how many activities changed.
pub async fn settle_waitlists(
    db: &DatabaseConnection,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<usize, ServiceError> {
    let mut settled = 0;
    let waiting = Booking::find()
        .select_only()
        .column(Column::ActivityId)
        .distinct()
        .inner_join(activity::Entity)
        .filter(Column::Status.is_in([Status::Waitlisted, Status::Offered]))
        .filter(activity::Column::CancelledAt.is_null())
        .into_tuple::<i32>()
        .all(db)
        .await?;
    for activity_id in waiting {
        match settle(db, settings, activity_id, now).await {
            Ok(true) => settled += 1,
            Ok(false) => {}
            Err(error) => tracing::error!(activity_id, %error, "activity waitlist not settled"),
        }
    }
    Ok(settled)
}

async fn settle(
    db: &DatabaseConnection,
    settings: &Settings,
    activity_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, ServiceError> {
    let Some(candidate) = activity::Entity::find_by_id(activity_id).one(db).await? else {
        return Ok(false);
    };
    let has_expired = Booking::find()
        .filter(Column::ActivityId.eq(candidate.id))
        .filter(Column::Status.eq(Status::Offered))
        .filter(Column::OfferExpiresAt.lte(now))
        .count(db)
        .await?
        > 0;
    let counts = counts(db, candidate.id).await?;
    let offers = limit(&candidate).map_or(counts.waitlisted, |limit| counts.offers_to_make(limit));
    if !has_expired && offers == 0 {
        return Ok(false);
    }
    let txn = db.begin().await?;
    let event = crate::events::service::lock(&txn, candidate.event_id).await?;
    let activity = bookings::find_activity(&txn, event.id, candidate.id).await?;
    waitlist::pass_on_expired(&txn, &ActivityQueue::new(settings, &event, &activity), now).await?;
    txn.commit().await?;
    Ok(true)
}
