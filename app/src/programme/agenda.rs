//! A participant's own programme: what they may choose and what they chose,
//! for the manage page, and their agenda as a calendar: a download through
//! the manage link, and a subscription through a secret, revocable address.

use super::{
    bookings,
    calendar::{programme_calendar, Places},
    entity::{activity, booking, calendar_feed, room},
    model::{ActivityKind, ChoiceView, MyProgramme},
    page::places_text,
    rules::{self, Chosen},
};
use crate::{
    events::{entity as event, service as events},
    i18n::Locale,
    platform::{error::ServiceError, secrets, state::Settings},
    registration::{emails::local_time, entity::registration, model::Status, service},
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, QueryOrder, Set, TransactionTrait};
use std::collections::HashMap;

/// What the owner of the secret link `token` may choose and has chosen.
pub async fn my_programme(
    db: &DatabaseConnection,
    token: &str,
    locale: Locale,
) -> Result<MyProgramme, ServiceError> {
    let (registration, event) = service::open(db, token).await?;
    let participation = rules::participation(registration.attendance, registration.status);
    let all = activities(db, event.id).await?;
    let counts = bookings::counts_by_activity(db, event.id).await?;
    let rooms = rooms(db, event.id).await?;
    let mine: HashMap<i32, booking::Model> = active_bookings(db, registration.id)
        .await?
        .into_iter()
        .map(|booking| (booking.activity_id, booking))
        .collect();
    let chosen: Vec<Chosen> = all
        .iter()
        .filter(|activity| mine.contains_key(&activity.id))
        .map(|activity| Chosen {
            title: activity.title.clone(),
            slot: bookings::slot(activity),
            kind: activity.kind,
        })
        .collect();
    let zone: chrono_tz::Tz = event.timezone.parse().unwrap_or(chrono_tz::UTC);
    let mut choices = Vec::new();
    for activity in all.iter().filter(|a| a.kind.takes_sign_ups()) {
        let booking = mine.get(&activity.id);
        let refusal = match (booking, participation) {
            (Some(_), _) => None,
            (None, None) => Some(locale.t("error-registration-cancelled")),
            (None, Some(_)) if activity.cancelled_at.is_some() => {
                Some(locale.t("error-activity-cancelled"))
            }
            (None, Some(participation)) => {
                rules::may_choose(participation, activity.kind, activity.mode)
                    .and_then(|()| {
                        rules::fits_with(activity.kind, &bookings::slot(activity), &chosen)
                    })
                    .err()
                    .map(|refusal| refusal.message(locale))
            }
        };
        let counts = counts.get(&activity.id).copied().unwrap_or_default();
        let capacity = activity.capacity.map(|c| u64::try_from(c).unwrap_or(0));
        let clash = booking.and_then(|_| {
            all.iter()
                .filter(|other| other.id != activity.id && mine.contains_key(&other.id))
                .find(|other| bookings::slot(other).clashes_with(&bookings::slot(activity)))
                .map(|other| other.title.clone())
        });
        let waitlist_position = match booking {
            Some(booking) => bookings::waitlist_position(db, booking).await?,
            None => None,
        };
        choices.push(ChoiceView {
            id: activity.id,
            title: activity.title.clone(),
            kind: activity.kind,
            mode: activity.mode,
            starts_at: activity.starts_at.with_timezone(&zone).fixed_offset(),
            ends_at: activity.ends_at.with_timezone(&zone).fixed_offset(),
            room: activity.room_id.and_then(|id| rooms.get(&id).cloned()),
            places: places_text(
                locale,
                capacity,
                capacity.map(|limit| counts.left(limit)),
                counts.waitlisted,
            ),
            full: capacity.is_some_and(|limit| counts.left(limit) == 0)
                && participation.is_some_and(|p| bookings::takes_in_person_place(p, activity)),
            status: booking.map(|b| b.status),
            waitlist_position,
            offer_deadline: booking
                .and_then(|b| b.offer_expires_at)
                .map(|at| local_time(locale, at, &event.timezone)),
            refusal,
            clash,
        });
    }
    Ok(MyProgramme {
        event_slug: event.slug,
        timezone: event.timezone,
        choices,
    })
}

/// The whole programme of an event as a calendar.
pub async fn event_calendar(
    db: &DatabaseConnection,
    settings: &Settings,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let event = events::find(db, slug).await?;
    let all = activities(db, event.id).await?;
    let url = format!("{}/events/{}/programme", settings.public_url, event.slug);
    let rooms = rooms(db, event.id).await?;
    Ok(programme_calendar(
        &event,
        &event.title,
        &all,
        &[],
        &rooms,
        &url,
        now,
    ))
}

/// The agenda of the owner of the secret link `token`, as a calendar.
pub async fn calendar_by_link(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let (registration, event) = service::open(db, token).await?;
    agenda_calendar(db, settings, &registration, &event, now).await
}

/// The agenda behind a calendar subscription address.
pub async fn calendar_by_feed(
    db: &DatabaseConnection,
    settings: &Settings,
    feed_token: &str,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let feed = calendar_feed::Entity::find_by_id(secrets::hash_token(feed_token))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (registration, event) = service::with_event(db, feed.registration_id).await?;
    agenda_calendar(db, settings, &registration, &event, now).await
}

/// A new subscription address for the owner of `token`; the previous one
/// stops working. Returns the address.
pub async fn renew_feed(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let (registration, _) = service::open(db, token).await?;
    if registration.status == Status::Cancelled {
        return Err(ServiceError::Conflict("error-registration-cancelled"));
    }
    let txn = db.begin().await?;
    revoke_feeds(&txn, registration.id, now).await?;
    let feed_token = secrets::new_token();
    calendar_feed::ActiveModel {
        token_hash: Set(secrets::hash_token(&feed_token)),
        registration_id: Set(registration.id),
        created_at: Set(now),
        revoked_at: Set(None),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(feed_url(settings, &feed_token))
}

/// Stops every subscription address of a registration.
pub(crate) async fn revoke_feeds(
    txn: &impl ConnectionTrait,
    registration_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    calendar_feed::Entity::update_many()
        .col_expr(calendar_feed::Column::RevokedAt, Expr::value(now))
        .filter(calendar_feed::Column::RegistrationId.eq(registration_id))
        .filter(calendar_feed::Column::RevokedAt.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

/// The subscription address of a feed token.
pub fn feed_url(settings: &Settings, feed_token: &str) -> String {
    format!("{}/calendar/{feed_token}.ics", settings.public_url)
}

/// Plenaries open to them, the activities where they hold or wait for a
/// place, and those they had chosen that the organizers cancelled.
async fn agenda_calendar(
    db: &DatabaseConnection,
    settings: &Settings,
    registration: &registration::Model,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let participation = rules::participation(registration.attendance, registration.status);
    let chosen: HashMap<i32, Status> = booking::Entity::find()
        .filter(booking::Column::RegistrationId.eq(registration.id))
        .order_by_asc(booking::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|booking| (booking.activity_id, booking.status))
        .collect();
    let agenda: Vec<activity::Model> = activities(db, event.id)
        .await?
        .into_iter()
        .filter(|activity| match (activity.kind, chosen.get(&activity.id)) {
            (ActivityKind::Plenary, _) => participation.is_some_and(|p| {
                rules::may_choose(p, ActivityKind::Breakout, activity.mode).is_ok()
            }),
            (_, Some(Status::Cancelled)) => activity.cancelled_at.is_some(),
            (_, status) => status.is_some(),
        })
        .collect();
    let tentative: Vec<i32> = chosen
        .iter()
        .filter(|(_, status)| matches!(status, Status::Waitlisted | Status::Offered))
        .map(|(id, _)| *id)
        .collect();
    let rooms = rooms(db, event.id).await?;
    let url = format!("{}/events/{}/programme", settings.public_url, event.slug);
    Ok(programme_calendar(
        event,
        &event.title,
        &agenda,
        &tentative,
        &rooms,
        &url,
        now,
    ))
}

async fn activities(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<Vec<activity::Model>, ServiceError> {
    Ok(activity::Entity::find()
        .filter(activity::Column::EventId.eq(event_id))
        .order_by_asc(activity::Column::StartsAt)
        .order_by_asc(activity::Column::Title)
        .all(db)
        .await?)
}

async fn rooms(db: &impl ConnectionTrait, event_id: i32) -> Result<Places, ServiceError> {
    Ok(room::Entity::find()
        .filter(room::Column::EventId.eq(event_id))
        .all(db)
        .await?
        .into_iter()
        .map(|room| (room.id, room.name))
        .collect())
}

async fn active_bookings(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
) -> Result<Vec<booking::Model>, ServiceError> {
    Ok(booking::Entity::find()
        .filter(booking::Column::RegistrationId.eq(registration_id))
        .filter(booking::Column::Status.ne(Status::Cancelled))
        .all(db)
        .await?)
}
