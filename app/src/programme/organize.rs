//! What organizers do to the programme: add and change sessions and site
//! visits (capacity and speakers included), cancel them, and list who signed
//! up. Changes run under the event's lock; a raised capacity offers its
//! places to the waitlist; people signed up hear of a change or a
//! cancellation by email, and those a new kind or mode shuts out lose their
//! place and are told why.

use super::{
    bookings, directory,
    entity::{activity, activity_speaker, booking},
    model::{ActivityForm, SignUpRow, SpeakerView, StaffActivity, StaffProgramme},
    validation::validate,
};
use crate::{
    events::{entity as event, service as events},
    organizer::audit,
    platform::{error::ServiceError, state::Settings},
    registration::{
        emails::{self, Notice},
        entity::registration,
        model::Status,
    },
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, DatabaseTransaction, QueryOrder, Set, TransactionTrait};
use std::collections::HashMap;

/// Adds a session or visit (`id` none) or changes one. Lowering a capacity
/// below the places given is refused with the numbers; raising it offers
/// places to the waitlist; people signed up hear of a new time or place.
pub async fn save_activity(
    db: &DatabaseConnection,
    member: &StaffMember,
    settings: &Settings,
    slug: &str,
    id: Option<i32>,
    form: &ActivityForm,
    now: DateTime<Utc>,
) -> Result<i32, ServiceError> {
    let event_id = events::find(db, slug).await?.id;
    let txn = db.begin().await?;
    let event = events::lock(&txn, event_id).await?;
    let rooms: Vec<i32> = directory::rooms(&txn, event.id)
        .await?
        .iter()
        .map(|r| r.id)
        .collect();
    let speakers: Vec<i32> = directory::speakers(&txn, event.id)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    let valid = validate(form, &event, &rooms, &speakers).map_err(ServiceError::Invalid)?;
    let mut row = activity::ActiveModel {
        event_id: Set(event.id),
        kind: Set(valid.kind),
        title: Set(valid.title.clone()),
        summary: Set(valid.summary.clone()),
        theme: Set(valid.theme.clone()),
        mode: Set(valid.mode),
        room_id: Set(valid.room_id),
        starts_at: Set(valid.starts_at),
        ends_at: Set(valid.ends_at),
        streamed: Set(valid.streamed),
        capacity: Set(valid.capacity),
        meeting_point: Set(valid.meeting_point.clone()),
        transport: Set(valid.transport.clone()),
        what_to_bring: Set(valid.what_to_bring.clone()),
        updated_at: Set(now),
        ..Default::default()
    };
    let Some(id) = id else {
        row.cancelled_at = Set(None);
        row.sequence = Set(0);
        row.created_at = Set(now);
        let created = row.insert(&txn).await?;
        name_speakers(&txn, created.id, &valid.speakers).await?;
        let change = audit::Change {
            action: "activity.create",
            event_id: Some(event.id),
            subject: subject(created.id),
            reason: None,
            before: None,
            after: Some(snapshot(&txn, &event, &created).await?),
        };
        audit::record(&txn, member, change, now).await?;
        txn.commit().await?;
        return Ok(created.id);
    };
    let current = activity::Entity::find_by_id(id)
        .filter(activity::Column::EventId.eq(event.id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if current.cancelled_at.is_some() {
        return Err(ServiceError::Conflict("error-activity-cancelled"));
    }
    let counts = bookings::counts(&txn, current.id).await?;
    if let Some(limit) = valid.capacity {
        if !counts.fits_within(u64::try_from(limit).unwrap_or(0)) {
            return Err(ServiceError::CapacityTooLow {
                taken: counts.confirmed + counts.offered,
            });
        }
    }
    let moved = current.starts_at != valid.starts_at
        || current.ends_at != valid.ends_at
        || current.room_id != valid.room_id
        || current.title != valid.title
        || current.mode != valid.mode
        || current.meeting_point != valid.meeting_point;
    let before = snapshot(&txn, &event, &current).await?;
    row.id = Set(current.id);
    row.sequence = Set(current.sequence + 1);
    let updated = row.update(&txn).await?;
    name_speakers(&txn, updated.id, &valid.speakers).await?;
    let change = audit::Change {
        action: "activity.update",
        event_id: Some(event.id),
        subject: subject(updated.id),
        reason: None,
        before: Some(before),
        after: Some(snapshot(&txn, &event, &updated).await?),
    };
    audit::record(&txn, member, change, now).await?;
    if current.kind != updated.kind || current.mode != updated.mode {
        let released =
            bookings::release_ineligible_holders(&txn, settings, &event, &updated, now).await?;
        for (person, reason) in released {
            let notice = Notice::ActivityReleased {
                title: updated.title.clone(),
                reason,
            };
            emails::queue(&txn, settings, notice, &person, &event, now).await?;
        }
    }
    bookings::offer_free_places(&txn, settings, &event, &updated, now).await?;
    if moved {
        let notice = Notice::ActivityChanged {
            title: updated.title.clone(),
            starts_at: updated.starts_at,
        };
        tell_holders(&txn, settings, &event, updated.id, notice, now).await?;
    }
    txn.commit().await?;
    Ok(updated.id)
}

/// Cancels a session or visit: every sign-up ends and its holder is told.
pub async fn cancel_activity(
    db: &DatabaseConnection,
    member: &StaffMember,
    settings: &Settings,
    slug: &str,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let event_id = events::find(db, slug).await?.id;
    let txn = db.begin().await?;
    let event = events::lock(&txn, event_id).await?;
    let current = activity::Entity::find_by_id(id)
        .filter(activity::Column::EventId.eq(event.id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if current.cancelled_at.is_some() {
        return Ok(());
    }
    let change = audit::Change {
        action: "activity.cancel",
        event_id: Some(event.id),
        subject: subject(current.id),
        reason: None,
        before: Some(snapshot(&txn, &event, &current).await?),
        after: None,
    };
    audit::record(&txn, member, change, now).await?;
    activity::ActiveModel {
        id: Set(current.id),
        cancelled_at: Set(Some(now)),
        sequence: Set(current.sequence + 1),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let notice = Notice::ActivityCancelled {
        title: current.title.clone(),
    };
    tell_holders(&txn, settings, &event, current.id, notice, now).await?;
    bookings::end_all(
        &txn,
        sea_orm::Condition::all().add(booking::Column::ActivityId.eq(current.id)),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The programme as organizers edit it.
pub async fn staff_programme(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<StaffProgramme, ServiceError> {
    let event = events::find(db, slug).await?;
    let counts = bookings::counts_by_activity(db, event.id).await?;
    let activities = activity::Entity::find()
        .filter(activity::Column::EventId.eq(event.id))
        .order_by_asc(activity::Column::StartsAt)
        .order_by_asc(activity::Column::Title)
        .all(db)
        .await?;
    let speakers = directory::speakers(db, event.id)
        .await?
        .into_iter()
        .map(|s| {
            let person = SpeakerView {
                name: s.name,
                organisation: s.organisation,
                country: s.country,
            };
            (s.id, person)
        })
        .collect();
    let mut named: HashMap<i32, Vec<String>> = HashMap::new();
    for link in activity_speaker::Entity::find()
        .filter(activity_speaker::Column::ActivityId.is_in(activities.iter().map(|a| a.id)))
        .order_by_asc(activity_speaker::Column::Position)
        .all(db)
        .await?
    {
        named
            .entry(link.activity_id)
            .or_default()
            .push(link.speaker_id.to_string());
    }
    let days = event
        .starts_on
        .iter_days()
        .take_while(|day| *day <= event.ends_on)
        .map(|day| day.to_string())
        .collect();
    let rooms = directory::rooms(db, event.id)
        .await?
        .into_iter()
        .map(|r| (r.id, r.name))
        .collect();
    let activities = activities
        .into_iter()
        .map(|activity| {
            let counts = counts.get(&activity.id).copied().unwrap_or_default();
            StaffActivity {
                id: activity.id,
                cancelled: activity.cancelled_at.is_some(),
                confirmed: counts.confirmed,
                offered: counts.offered,
                waitlisted: counts.waitlisted,
                form: ActivityForm {
                    speakers: named.remove(&activity.id).unwrap_or_default(),
                    ..form_of(&event, &activity)
                },
            }
        })
        .collect();
    Ok(StaffProgramme {
        event_slug: event.slug,
        event_title: event.title,
        timezone: event.timezone,
        days,
        rooms,
        speakers,
        activities,
    })
}

/// Everyone signed up for an activity, waitlist in order after the places.
pub async fn sign_ups(
    db: &DatabaseConnection,
    slug: &str,
    activity_id: i32,
) -> Result<(String, Vec<SignUpRow>), ServiceError> {
    let event = events::find(db, slug).await?;
    let activity = activity::Entity::find_by_id(activity_id)
        .filter(activity::Column::EventId.eq(event.id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let rows = booking::Entity::find()
        .filter(booking::Column::ActivityId.eq(activity.id))
        .filter(booking::Column::Status.ne(Status::Cancelled))
        .order_by_asc(booking::Column::WaitlistSeq)
        .order_by_asc(booking::Column::CreatedAt)
        .find_also_related(registration::Entity)
        .all(db)
        .await?;
    let mut list: Vec<SignUpRow> = rows
        .into_iter()
        .filter_map(|(booking, person)| {
            person.map(|person| SignUpRow {
                name: person.name,
                email: person.email,
                organisation: person.organisation,
                country: person.country,
                status: booking.status,
                waitlist_seq: booking.waitlist_seq,
            })
        })
        .collect();
    list.sort_by_key(|row| (row.status != Status::Confirmed, row.waitlist_seq));
    Ok((activity.title, list))
}

fn form_of(event: &event::Model, activity: &activity::Model) -> ActivityForm {
    let zone: chrono_tz::Tz = event.timezone.parse().unwrap_or(chrono_tz::UTC);
    let starts = activity.starts_at.with_timezone(&zone);
    let ends = activity.ends_at.with_timezone(&zone);
    ActivityForm {
        kind: activity.kind.code().to_owned(),
        title: activity.title.clone(),
        summary: activity.summary.clone(),
        theme: activity.theme.clone().unwrap_or_default(),
        mode: activity.mode.code().to_owned(),
        room: activity
            .room_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
        day: starts.date_naive().to_string(),
        starts: starts.format("%H:%M").to_string(),
        ends: ends.format("%H:%M").to_string(),
        streamed: activity.streamed.then(|| "on".to_owned()),
        capacity: activity.capacity.map(|c| c.to_string()).unwrap_or_default(),
        meeting_point: activity.meeting_point.clone().unwrap_or_default(),
        transport: activity.transport.clone().unwrap_or_default(),
        what_to_bring: activity.what_to_bring.clone().unwrap_or_default(),
        speakers: Vec::new(),
    }
}

fn subject(activity_id: i32) -> String {
    format!("activity/{activity_id}")
}

/// How an activity appears in the audit log: as organizers filled it in,
/// times in the event's zone, speakers by their ids in order.
async fn snapshot(
    txn: &DatabaseTransaction,
    event: &event::Model,
    activity: &activity::Model,
) -> Result<serde_json::Value, ServiceError> {
    let speakers = activity_speaker::Entity::find()
        .filter(activity_speaker::Column::ActivityId.eq(activity.id))
        .order_by_asc(activity_speaker::Column::Position)
        .all(txn)
        .await?
        .into_iter()
        .map(|link| link.speaker_id.to_string())
        .collect();
    let form = ActivityForm {
        speakers,
        ..form_of(event, activity)
    };
    serde_json::to_value(form).map_err(|error| ServiceError::Internal(error.to_string()))
}

/// Names `speakers`, in this order, as the activity's speakers.
async fn name_speakers(
    txn: &DatabaseTransaction,
    activity_id: i32,
    speakers: &[i32],
) -> Result<(), ServiceError> {
    activity_speaker::Entity::delete_many()
        .filter(activity_speaker::Column::ActivityId.eq(activity_id))
        .exec(txn)
        .await?;
    let links =
        speakers
            .iter()
            .zip(0..)
            .map(|(speaker_id, position)| activity_speaker::ActiveModel {
                activity_id: Set(activity_id),
                speaker_id: Set(*speaker_id),
                position: Set(position),
            });
    activity_speaker::Entity::insert_many(links)
        .exec(txn)
        .await?;
    Ok(())
}

/// Emails everyone holding, offered or waiting for a place in the activity.
async fn tell_holders(
    txn: &impl ConnectionTrait,
    settings: &Settings,
    event: &event::Model,
    activity_id: i32,
    notice: Notice,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let holders = booking::Entity::find()
        .filter(booking::Column::ActivityId.eq(activity_id))
        .filter(booking::Column::Status.ne(Status::Cancelled))
        .find_also_related(registration::Entity)
        .all(txn)
        .await?;
    for person in holders.into_iter().filter_map(|(_, person)| person) {
        emails::queue(txn, settings, notice.clone(), &person, event, now).await?;
    }
    Ok(())
}
