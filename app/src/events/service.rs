use super::{
    entity::{self, Entity as Event},
    model::{CapacityView, EventView, InPersonCapacity, OnlineCapacity},
};
use crate::{platform::error::ServiceError, registration::service as registrations};
use sea_orm::{
    prelude::*,
    sea_query::{Expr, ExprTrait},
    QueryOrder,
};

/// The event with this slug.
pub async fn find(db: &impl ConnectionTrait, slug: &str) -> Result<entity::Model, ServiceError> {
    Event::find()
        .filter(entity::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Takes the event's lock for the rest of the transaction: every change to
/// the event's places goes through here, so they happen one after another
/// whatever the number of requests or server processes. On PostgreSQL the
/// update holds the row lock; on SQLite it takes the database's write lock.
/// Returns the event as it is under the lock.
pub async fn lock(
    txn: &impl ConnectionTrait,
    event_id: i32,
) -> Result<entity::Model, ServiceError> {
    lock_where(txn, entity::Column::Id.eq(event_id)).await
}

/// [`lock`], for the event with this slug.
pub async fn lock_by_slug(
    txn: &impl ConnectionTrait,
    slug: &str,
) -> Result<entity::Model, ServiceError> {
    lock_where(txn, entity::Column::Slug.eq(slug)).await
}

async fn lock_where(
    txn: &impl ConnectionTrait,
    condition: sea_orm::sea_query::SimpleExpr,
) -> Result<entity::Model, ServiceError> {
    Event::update_many()
        .col_expr(
            entity::Column::CapacityRevision,
            Expr::col(entity::Column::CapacityRevision).add(1),
        )
        .filter(condition)
        .exec_with_returning(txn)
        .await?
        .into_iter()
        .next()
        .ok_or(ServiceError::NotFound)
}

/// Live capacity figures of an event.
pub async fn capacity(
    db: &impl ConnectionTrait,
    event: &entity::Model,
) -> Result<CapacityView, ServiceError> {
    let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
    let counts = registrations::in_person_counts(db, event.id).await?;
    Ok(CapacityView {
        in_person: InPersonCapacity {
            limit,
            confirmed: counts.confirmed,
            waitlisted: counts.waitlisted,
            offered: counts.offered,
            left: counts.left(limit),
        },
        online: OnlineCapacity {
            registered: registrations::online_count(db, event.id).await?,
        },
    })
}

/// An event as the public sees it.
pub async fn view(db: &impl ConnectionTrait, slug: &str) -> Result<EventView, ServiceError> {
    let event = find(db, slug).await?;
    let capacity = capacity(db, &event).await?;
    Ok(to_view(event, capacity))
}

/// All events, the newest first.
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<EventView>, ServiceError> {
    let events = Event::find()
        .order_by_desc(entity::Column::StartsOn)
        .all(db)
        .await?;
    let mut views = Vec::with_capacity(events.len());
    for event in events {
        let capacity = capacity(db, &event).await?;
        views.push(to_view(event, capacity));
    }
    Ok(views)
}

fn to_view(event: entity::Model, capacity: CapacityView) -> EventView {
    let registration_open = event.accepts_registrations(chrono::Utc::now());
    EventView {
        slug: event.slug,
        title: event.title,
        theme: event.theme,
        summary: event.summary,
        venue: event.venue,
        objectives: event.objectives.0,
        target_groups: event.target_groups.0,
        starts_on: event.starts_on,
        ends_on: event.ends_on,
        timezone: event.timezone,
        registration_open,
        capacity,
        retention_days: u32::try_from(event.retention_days).unwrap_or(0),
    }
}
