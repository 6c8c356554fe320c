//! The rooms and speakers of an event, as organizers keep them: added,
//! renamed, corrected and removed. A room that sessions still take place in
//! is not removed; a removed speaker leaves the sessions they were named in.

use super::{
    entity::{activity, activity_speaker, room, speaker},
    model::SpeakerView,
    validation::MAX_TITLE,
};
use crate::{
    events::service as events,
    forms::{self, FieldErrors},
    organizer::audit,
    platform::error::ServiceError,
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, QueryOrder, Set, TransactionTrait, TryIntoModel};

/// Adds a room (`id` none) or renames one; its name is required.
pub async fn save_room(
    db: &DatabaseConnection,
    member: &StaffMember,
    slug: &str,
    id: Option<i32>,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let event = events::find(db, slug).await?;
    let name = required(name, "name")?;
    let txn = db.begin().await?;
    let mut row = room::ActiveModel {
        event_id: Set(event.id),
        name: Set(name),
        ..Default::default()
    };
    let (action, before) = match id {
        None => {
            row.directions = Set(None);
            ("room.create", None)
        }
        Some(id) => {
            let current = find_room(&txn, event.id, id).await?;
            row.id = Set(current.id);
            ("room.update", Some(room_snapshot(&current)))
        }
    };
    let saved = row.save(&txn).await?.try_into_model()?;
    let change = audit::Change {
        action,
        event_id: Some(event.id),
        subject: format!("room/{}", saved.id),
        reason: None,
        before,
        after: Some(room_snapshot(&saved)),
    };
    audit::record(&txn, member, change, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a room no session or visit takes place in any more; cancelled
/// ones forget it.
pub async fn remove_room(
    db: &DatabaseConnection,
    member: &StaffMember,
    slug: &str,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let event = events::find(db, slug).await?;
    let txn = db.begin().await?;
    let room = find_room(&txn, event.id, id).await?;
    let in_use = activity::Entity::find()
        .filter(activity::Column::RoomId.eq(room.id))
        .filter(activity::Column::CancelledAt.is_null())
        .count(&txn)
        .await?;
    if in_use > 0 {
        return Err(ServiceError::Conflict("error-room-in-use"));
    }
    activity::Entity::update_many()
        .col_expr(activity::Column::RoomId, Expr::value(Option::<i32>::None))
        .filter(activity::Column::RoomId.eq(room.id))
        .exec(&txn)
        .await?;
    room::Entity::delete_by_id(room.id).exec(&txn).await?;
    let change = audit::Change {
        action: "room.remove",
        event_id: Some(event.id),
        subject: format!("room/{}", room.id),
        reason: None,
        before: Some(room_snapshot(&room)),
        after: None,
    };
    audit::record(&txn, member, change, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a speaker (`id` none) or corrects one.
pub async fn save_speaker(
    db: &DatabaseConnection,
    member: &StaffMember,
    slug: &str,
    id: Option<i32>,
    person: &SpeakerView,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let event = events::find(db, slug).await?;
    let mut errors = FieldErrors::default();
    let name = forms::line(&mut errors, "speaker_name", &person.name, MAX_TITLE, true);
    let organisation = forms::line(
        &mut errors,
        "speaker_organisation",
        &person.organisation,
        MAX_TITLE,
        true,
    );
    let country = forms::country(&mut errors, "speaker_country", &person.country);
    let (Some(name), Some(organisation), Some(country), true) =
        (name, organisation, country, errors.is_empty())
    else {
        return Err(ServiceError::Invalid(errors));
    };
    let txn = db.begin().await?;
    let mut row = speaker::ActiveModel {
        event_id: Set(event.id),
        name: Set(name),
        organisation: Set(organisation),
        country: Set(country),
        ..Default::default()
    };
    let (action, before) = match id {
        None => {
            row.bio = Set(None);
            ("speaker.create", None)
        }
        Some(id) => {
            let current = find_speaker(&txn, event.id, id).await?;
            row.id = Set(current.id);
            ("speaker.update", Some(speaker_snapshot(&current)))
        }
    };
    let saved = row.save(&txn).await?.try_into_model()?;
    let change = audit::Change {
        action,
        event_id: Some(event.id),
        subject: format!("speaker/{}", saved.id),
        reason: None,
        before,
        after: Some(speaker_snapshot(&saved)),
    };
    audit::record(&txn, member, change, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a speaker, and with them their place in the sessions' lists.
pub async fn remove_speaker(
    db: &DatabaseConnection,
    member: &StaffMember,
    slug: &str,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let event = events::find(db, slug).await?;
    let txn = db.begin().await?;
    let speaker = find_speaker(&txn, event.id, id).await?;
    activity_speaker::Entity::delete_many()
        .filter(activity_speaker::Column::SpeakerId.eq(speaker.id))
        .exec(&txn)
        .await?;
    speaker::Entity::delete_by_id(speaker.id).exec(&txn).await?;
    let change = audit::Change {
        action: "speaker.remove",
        event_id: Some(event.id),
        subject: format!("speaker/{}", speaker.id),
        reason: None,
        before: Some(speaker_snapshot(&speaker)),
        after: None,
    };
    audit::record(&txn, member, change, now).await?;
    txn.commit().await?;
    Ok(())
}

fn room_snapshot(room: &room::Model) -> serde_json::Value {
    serde_json::json!({ "name": room.name })
}

fn speaker_snapshot(speaker: &speaker::Model) -> serde_json::Value {
    serde_json::json!({
        "name": speaker.name,
        "organisation": speaker.organisation,
        "country": speaker.country,
    })
}

/// The event's rooms by name.
pub async fn rooms(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<Vec<room::Model>, ServiceError> {
    Ok(room::Entity::find()
        .filter(room::Column::EventId.eq(event_id))
        .order_by_asc(room::Column::Name)
        .all(db)
        .await?)
}

/// The event's speakers by name.
pub async fn speakers(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<Vec<speaker::Model>, ServiceError> {
    Ok(speaker::Entity::find()
        .filter(speaker::Column::EventId.eq(event_id))
        .order_by_asc(speaker::Column::Name)
        .all(db)
        .await?)
}

fn required(value: &str, field: &str) -> Result<String, ServiceError> {
    let mut errors = FieldErrors::default();
    match forms::line(&mut errors, field, value, MAX_TITLE, true) {
        Some(value) if errors.is_empty() => Ok(value),
        _ => Err(ServiceError::Invalid(errors)),
    }
}

async fn find_room(
    db: &impl ConnectionTrait,
    event_id: i32,
    id: i32,
) -> Result<room::Model, ServiceError> {
    room::Entity::find_by_id(id)
        .filter(room::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

async fn find_speaker(
    db: &impl ConnectionTrait,
    event_id: i32,
    id: i32,
) -> Result<speaker::Model, ServiceError> {
    speaker::Entity::find_by_id(id)
        .filter(speaker::Column::EventId.eq(event_id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}
