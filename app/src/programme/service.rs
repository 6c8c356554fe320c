//! The programme as the public reads it: sessions and site visits of an
//! event, with their places.

use super::{
    bookings,
    entity::{activity, activity_speaker, room, speaker},
    model::{ActivityKind, SessionView, SpeakerView, VisitView},
};
use crate::{
    capacity::PlaceCounts,
    events::{entity as event, service as events},
    platform::error::ServiceError,
};
use chrono::{DateTime, FixedOffset, Utc};
use sea_orm::{prelude::*, QueryOrder};
use std::collections::HashMap;

/// An event's sessions (plenaries, breakouts, workshops), in time order.
pub async fn sessions(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Vec<SessionView>, ServiceError> {
    let event = events::find(db, slug).await?;
    let activities = activities(db, event.id, false).await?;
    let counts = bookings::counts_by_activity(db, event.id).await?;
    let rooms: HashMap<i32, String> = room::Entity::find()
        .filter(room::Column::EventId.eq(event.id))
        .all(db)
        .await?
        .into_iter()
        .map(|room| (room.id, room.name))
        .collect();
    let mut speakers = speakers_by_activity(db, event.id).await?;
    Ok(activities
        .into_iter()
        .map(|activity| {
            let places = Places::of(&activity, counts.get(&activity.id));
            SessionView {
                id: activity.id,
                summary: activity.summary,
                kind: activity.kind,
                mode: activity.mode,
                theme: activity.theme,
                room: activity.room_id.and_then(|id| rooms.get(&id).cloned()),
                speakers: speakers.remove(&activity.id).unwrap_or_default(),
                starts_at: local(&event, activity.starts_at),
                ends_at: local(&event, activity.ends_at),
                streamed: activity.streamed,
                capacity: places.capacity,
                places_left: places.left,
                waitlisted: places.waitlisted,
                cancelled: activity.cancelled_at.is_some(),
                title: activity.title,
            }
        })
        .collect())
}

/// An event's site visits, in time order.
pub async fn visits(db: &impl ConnectionTrait, slug: &str) -> Result<Vec<VisitView>, ServiceError> {
    let event = events::find(db, slug).await?;
    let counts = bookings::counts_by_activity(db, event.id).await?;
    Ok(activities(db, event.id, true)
        .await?
        .into_iter()
        .map(|activity| {
            let places = Places::of(&activity, counts.get(&activity.id));
            VisitView {
                id: activity.id,
                summary: activity.summary,
                starts_at: local(&event, activity.starts_at),
                ends_at: local(&event, activity.ends_at),
                meeting_point: activity.meeting_point,
                transport: activity.transport,
                what_to_bring: activity.what_to_bring,
                capacity: places.capacity,
                places_left: places.left,
                waitlisted: places.waitlisted,
                cancelled: activity.cancelled_at.is_some(),
                title: activity.title,
            }
        })
        .collect())
}

async fn activities(
    db: &impl ConnectionTrait,
    event_id: i32,
    visits: bool,
) -> Result<Vec<activity::Model>, ServiceError> {
    let kind = activity::Column::Kind;
    let query = activity::Entity::find().filter(activity::Column::EventId.eq(event_id));
    let query = if visits {
        query.filter(kind.eq(ActivityKind::Visit))
    } else {
        query.filter(kind.ne(ActivityKind::Visit))
    };
    Ok(query
        .order_by_asc(activity::Column::StartsAt)
        .order_by_asc(activity::Column::Title)
        .all(db)
        .await?)
}

async fn speakers_by_activity(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<HashMap<i32, Vec<SpeakerView>>, ServiceError> {
    let people: HashMap<i32, speaker::Model> = speaker::Entity::find()
        .filter(speaker::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .map(|speaker| (speaker.id, speaker))
        .collect();
    let mut by_activity: HashMap<i32, Vec<SpeakerView>> = HashMap::new();
    let links = activity_speaker::Entity::find()
        .filter(activity_speaker::Column::SpeakerId.is_in(people.keys().copied()))
        .order_by_asc(activity_speaker::Column::Position)
        .all(db)
        .await?;
    for link in links {
        if let Some(person) = people.get(&link.speaker_id) {
            by_activity
                .entry(link.activity_id)
                .or_default()
                .push(SpeakerView {
                    name: person.name.clone(),
                    organisation: person.organisation.clone(),
                    country: person.country.clone(),
                });
        }
    }
    Ok(by_activity)
}

/// A moment in the event's own time zone.
fn local(event: &event::Model, at: DateTime<Utc>) -> DateTime<FixedOffset> {
    match event.timezone.parse::<chrono_tz::Tz>() {
        Ok(zone) => at.with_timezone(&zone).fixed_offset(),
        Err(_) => at.fixed_offset(),
    }
}

struct Places {
    capacity: Option<u64>,
    left: Option<u64>,
    waitlisted: u64,
}

impl Places {
    fn of(activity: &activity::Model, counts: Option<&PlaceCounts>) -> Places {
        let counts = counts.copied().unwrap_or_default();
        let capacity = activity
            .capacity
            .map(|capacity| u64::try_from(capacity).unwrap_or(0));
        Places {
            capacity,
            left: capacity.map(|limit| counts.left(limit)),
            waitlisted: counts.waitlisted,
        }
    }
}
