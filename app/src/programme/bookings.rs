//! Sign-ups for breakouts, workshops and site visits, with the guarantees of
//! the event's in-person places: every change runs under the event's lock
//! (see `events::service::lock`), places are given by the rules of
//! `capacity`, and freed places go to the waitlist through the one mechanism
//! of `crate::waitlist`.

use super::{
    entity::{activity, booking},
    model::{BookingReceipt, Mode},
    queue::ActivityQueue,
    rules::{self, Chosen, Refusal, Slot},
};
use crate::{
    capacity::{Line, Place, PlaceCounts},
    events::entity as event,
    platform::{error::ServiceError, state::Settings},
    registration::{
        entity::registration, model::Status, service::lock_registration, waitlist::OfferAnswer,
    },
    waitlist,
};
use chrono::{DateTime, Utc};
use sea_orm::{
    prelude::*,
    sea_query::{Asterisk, Expr, ExprTrait},
    DatabaseTransaction, QuerySelect, Set,
};
use std::collections::HashMap;

use booking::{ActiveModel, Column, Entity as Booking};

/// Signs the owner of the secret link `token` up for an activity: a place
/// if one is free, else the end of its waitlist.
pub async fn book(
    db: &DatabaseConnection,
    token: &str,
    activity_id: i32,
    now: DateTime<Utc>,
) -> Result<BookingReceipt, ServiceError> {
    let (txn, event, registration) = lock_registration(db, token).await?;
    let activity = find_activity(&txn, event.id, activity_id).await?;
    let participation = rules::participation(registration.attendance, registration.status)
        .ok_or(ServiceError::Conflict("error-registration-cancelled"))?;
    rules::may_choose(participation, activity.kind, activity.mode)
        .map_err(ServiceError::Refused)?;
    let chosen = chosen(&txn, registration.id).await?;
    if chosen
        .iter()
        .any(|(booking, _)| booking.activity_id == activity.id)
    {
        return Err(ServiceError::Conflict("error-already-chosen"));
    }
    let chosen: Vec<Chosen> = chosen.into_iter().map(|(_, choice)| choice).collect();
    rules::fits_with(activity.kind, &slot(&activity), &chosen).map_err(ServiceError::Refused)?;
    let in_person = takes_in_person_place(participation, &activity);
    let place = if in_person {
        line(&txn, activity.id).await?.place(limit(&activity))
    } else {
        Place::Confirmed
    };
    let (status, waitlist_seq, waitlist_position) = match place {
        Place::Confirmed => (Status::Confirmed, None, None),
        Place::Waitlisted { seq, position } => (Status::Waitlisted, Some(seq), Some(position)),
    };
    ActiveModel {
        id: Set(Uuid::now_v7()),
        activity_id: Set(activity.id),
        registration_id: Set(registration.id),
        status: Set(status),
        in_person: Set(in_person),
        waitlist_seq: Set(waitlist_seq),
        offer_expires_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(BookingReceipt {
        status,
        waitlist_position,
    })
}

/// Gives up a place (or place in line, or offer) in an activity; a freed
/// place goes to the waitlist. Giving up twice is the same as once.
pub async fn cancel(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    activity_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (txn, event, registration) = lock_registration(db, token).await?;
    let activity = find_activity(&txn, event.id, activity_id).await?;
    if let Some(current) = active_booking(&txn, registration.id, activity.id).await? {
        release(&txn, settings, &event, &activity, &current, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Records the answer to an open offer of a place in an activity.
pub async fn answer_offer(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    activity_id: i32,
    answer: OfferAnswer,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (txn, event, registration) = lock_registration(db, token).await?;
    let activity = find_activity(&txn, event.id, activity_id).await?;
    let current = active_booking(&txn, registration.id, activity.id)
        .await?
        .filter(|booking| booking.status == Status::Offered)
        .ok_or(ServiceError::Conflict("error-no-offer"))?;
    match answer {
        OfferAnswer::Accept => {
            if current.offer_expires_at.is_none_or(|expiry| expiry <= now) {
                return Err(ServiceError::Conflict("error-offer-expired"));
            }
            ActiveModel {
                id: Set(current.id),
                status: Set(Status::Confirmed),
                waitlist_seq: Set(None),
                offer_expires_at: Set(None),
                updated_at: Set(now),
                ..Default::default()
            }
            .update(&txn)
            .await?;
        }
        OfferAnswer::Decline => release(&txn, settings, &event, &activity, &current, now).await?,
    }
    txn.commit().await?;
    Ok(())
}

/// After a registration changed (cancelled, moved online, ...): gives up the
/// bookings its owner may no longer hold, and offers the places freed.
pub(crate) async fn release_ineligible(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    registration: &registration::Model,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let participation = rules::participation(registration.attendance, registration.status);
    let bookings = Booking::find()
        .filter(Column::RegistrationId.eq(registration.id))
        .filter(Column::Status.ne(Status::Cancelled))
        .all(txn)
        .await?;
    for current in bookings {
        let activity = find_activity(txn, event.id, current.activity_id).await?;
        recheck(
            txn,
            settings,
            event,
            &activity,
            &current,
            participation,
            now,
        )
        .await?;
    }
    Ok(())
}

/// After organizers changed an activity's kind or mode: gives up the
/// bookings of those who may no longer hold one, and returns them with the
/// reason, so that they can be told.
pub(crate) async fn release_ineligible_holders(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    activity: &activity::Model,
    now: DateTime<Utc>,
) -> Result<Vec<(registration::Model, Refusal)>, ServiceError> {
    let holders = Booking::find()
        .filter(Column::ActivityId.eq(activity.id))
        .filter(Column::Status.ne(Status::Cancelled))
        .find_also_related(registration::Entity)
        .all(txn)
        .await?;
    let mut released = Vec::new();
    for (current, person) in holders {
        let Some(person) = person else { continue };
        let participation = rules::participation(person.attendance, person.status);
        if let Recheck::Released(Some(refusal)) =
            recheck(txn, settings, event, activity, &current, participation, now).await?
        {
            released.push((person, refusal));
        }
    }
    Ok(released)
}

/// What became of a booking whose holder or activity changed.
enum Recheck {
    Kept,
    /// Given up; the rule that refused it, unless the registration ended.
    Released(Option<Refusal>),
}

/// Keeps `current` if its holder, taking part as `participation`, may still
/// hold it (an in-person place becomes an online one when they now take
/// part online); gives it up otherwise.
async fn recheck(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    activity: &activity::Model,
    current: &booking::Model,
    participation: Option<rules::Participation>,
    now: DateTime<Utc>,
) -> Result<Recheck, ServiceError> {
    let verdict = match participation {
        None => Err(None),
        Some(p) => rules::may_choose(p, activity.kind, activity.mode)
            .map(|()| p)
            .map_err(Some),
    };
    match verdict {
        Ok(p) => {
            if current.in_person && !takes_in_person_place(p, activity) {
                attend_online(txn, settings, event, activity, current, now).await?;
            }
            Ok(Recheck::Kept)
        }
        Err(refusal) => {
            release(txn, settings, event, activity, current, now).await?;
            Ok(Recheck::Released(refusal))
        }
    }
}

/// In-person places of every activity of an event by state, for the programme.
pub async fn counts_by_activity(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<HashMap<i32, PlaceCounts>, ServiceError> {
    let rows: Vec<(i32, Status, i64)> = Booking::find()
        .select_only()
        .column(Column::ActivityId)
        .column(Column::Status)
        .column_as(Expr::col(Asterisk).count(), "count")
        .inner_join(activity::Entity)
        .filter(activity::Column::EventId.eq(event_id))
        .filter(Column::InPerson.eq(true))
        .group_by(Column::ActivityId)
        .group_by(Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_activity: HashMap<i32, PlaceCounts> = HashMap::new();
    for (activity_id, status, count) in rows {
        by_activity
            .entry(activity_id)
            .or_default()
            .record(status, count);
    }
    Ok(by_activity)
}

/// Position of a waiting booking on its activity's waitlist, from 1.
pub async fn waitlist_position(
    db: &impl ConnectionTrait,
    booking: &booking::Model,
) -> Result<Option<u64>, ServiceError> {
    let (Status::Waitlisted, Some(seq)) = (booking.status, booking.waitlist_seq) else {
        return Ok(None);
    };
    let ahead = Booking::find()
        .filter(Column::ActivityId.eq(booking.activity_id))
        .filter(Column::Status.eq(Status::Waitlisted))
        .filter(Column::WaitlistSeq.lt(seq))
        .count(db)
        .await?;
    Ok(Some(ahead + 1))
}

/// In-person places of one activity by state.
pub async fn counts(
    db: &impl ConnectionTrait,
    activity_id: i32,
) -> Result<PlaceCounts, ServiceError> {
    let rows: Vec<(Status, i64)> = Booking::find()
        .select_only()
        .column(Column::Status)
        .column_as(Expr::col(Asterisk).count(), "count")
        .filter(Column::ActivityId.eq(activity_id))
        .filter(Column::InPerson.eq(true))
        .group_by(Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut counts = PlaceCounts::default();
    for (status, count) in rows {
        counts.record(status, count);
    }
    Ok(counts)
}

/// An activity's places as they stand under the lock, with its last
/// waitlist number.
async fn line(txn: &DatabaseTransaction, activity_id: i32) -> Result<Line, ServiceError> {
    let last_seq: Option<i64> = Booking::find()
        .select_only()
        .column_as(Column::WaitlistSeq.max(), "last")
        .filter(Column::ActivityId.eq(activity_id))
        .filter(Column::Status.eq(Status::Waitlisted))
        .into_tuple()
        .one(txn)
        .await?
        .flatten();
    Ok(Line {
        counts: counts(txn, activity_id).await?,
        last_seq: last_seq.unwrap_or(0),
    })
}

/// Whether someone taking part as `participation` needs one of the
/// activity's in-person places: online attendance never does.
pub(super) fn takes_in_person_place(
    participation: rules::Participation,
    activity: &activity::Model,
) -> bool {
    participation == rules::Participation::InPerson && activity.mode != Mode::Online
}

/// Someone now taking part online keeps the (hybrid) session, online: their
/// in-person place or place in line goes, and a freed place is offered.
async fn attend_online(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    activity: &activity::Model,
    current: &booking::Model,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    ActiveModel {
        id: Set(current.id),
        status: Set(Status::Confirmed),
        in_person: Set(false),
        waitlist_seq: Set(None),
        offer_expires_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?;
    if matches!(current.status, Status::Confirmed | Status::Offered) {
        offer_free_places(txn, settings, event, activity, now).await?;
    }
    Ok(())
}

/// Offers an activity's free places to the head of its waitlist.
pub(super) async fn offer_free_places(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    activity: &activity::Model,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    waitlist::offer_free_places(txn, &ActivityQueue::new(settings, event, activity), now).await?;
    Ok(())
}

/// Gives up `current`; a place it held goes to the waitlist.
async fn release(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    activity: &activity::Model,
    current: &booking::Model,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    cancel_booking(txn, current, now).await?;
    if matches!(current.status, Status::Confirmed | Status::Offered) {
        offer_free_places(txn, settings, event, activity, now).await?;
    }
    Ok(())
}

pub(super) async fn cancel_booking(
    txn: &DatabaseTransaction,
    current: &booking::Model,
    now: DateTime<Utc>,
) -> Result<booking::Model, ServiceError> {
    Ok(ActiveModel {
        id: Set(current.id),
        status: Set(Status::Cancelled),
        waitlist_seq: Set(None),
        offer_expires_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?)
}

pub(super) async fn find_activity(
    db: &impl ConnectionTrait,
    event_id: i32,
    activity_id: i32,
) -> Result<activity::Model, ServiceError> {
    let activity = activity::Entity::find_by_id(activity_id)
        .filter(activity::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if activity.cancelled_at.is_some() {
        return Err(ServiceError::Conflict("error-activity-cancelled"));
    }
    Ok(activity)
}

async fn active_booking(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
    activity_id: i32,
) -> Result<Option<booking::Model>, ServiceError> {
    Ok(Booking::find()
        .filter(Column::RegistrationId.eq(registration_id))
        .filter(Column::ActivityId.eq(activity_id))
        .filter(Column::Status.ne(Status::Cancelled))
        .one(db)
        .await?)
}

/// A participant's active bookings with what the rules need to know of them.
async fn chosen(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
) -> Result<Vec<(booking::Model, Chosen)>, ServiceError> {
    let rows = Booking::find()
        .filter(Column::RegistrationId.eq(registration_id))
        .filter(Column::Status.ne(Status::Cancelled))
        .find_also_related(activity::Entity)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(booking, activity)| {
            activity.map(|activity| {
                let choice = Chosen {
                    title: activity.title.clone(),
                    slot: slot(&activity),
                    kind: activity.kind,
                };
                (booking, choice)
            })
        })
        .collect())
}

/// When an activity takes place, for the rules.
pub(super) fn slot(activity: &activity::Model) -> Slot {
    Slot {
        starts_at: activity.starts_at,
        ends_at: activity.ends_at,
    }
}

pub(super) fn limit(activity: &activity::Model) -> Option<u64> {
    activity
        .capacity
        .map(|capacity| u64::try_from(capacity).unwrap_or(0))
}

/// Ends, without offering their places on, the sign-ups `which` selects
/// (an activity cancelled; waiting ones long after the event).
pub(crate) async fn end_all(
    txn: &DatabaseTransaction,
    which: sea_orm::Condition,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    Booking::update_many()
        .col_expr(Column::Status, Expr::value(Status::Cancelled))
        .col_expr(Column::WaitlistSeq, Expr::value(Option::<i64>::None))
        .col_expr(
            Column::OfferExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(which)
        .filter(Column::Status.ne(Status::Cancelled))
        .exec(txn)
        .await?;
    Ok(())
}
