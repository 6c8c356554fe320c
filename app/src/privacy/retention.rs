//! How long personal data is kept after an event: accessibility and dietary
//! needs (health-related) for 30 days, everything else for the event's
//! retention period (90 days unless organizers set another). The scheduled
//! job removes what is due; running it again changes nothing.

use super::service::anonymise;
use crate::{
    events::{entity as event, service as events},
    organizer::audit::{self, Actor},
    platform::error::ServiceError,
    programme::{bookings, entity::booking},
    registration::{
        entity::registration::{self, Column, Entity as Registration},
        model::Status,
    },
};
use chrono::{DateTime, Days, NaiveDate, Utc};
use sea_orm::{prelude::*, Condition, DatabaseTransaction, QuerySelect, TransactionTrait};

/// Days after the event's last day that accessibility and dietary needs are kept.
pub const NEEDS_DAYS: u32 = 30;
/// Registrations anonymised per transaction.
const BATCH: u64 = 200;

/// When an event's personal data is due for removal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadlines {
    /// Accessibility and dietary needs are removed from then on.
    pub needs: DateTime<Utc>,
    /// Everything personal is anonymised from then on.
    pub everything: DateTime<Utc>,
}

/// The deadlines of an event that ends on `ends_on` (in `zone`) and keeps
/// personal data `retention_days` after: both count from the end of its last
/// day, and needs never outlive the rest.
pub fn deadlines(ends_on: NaiveDate, zone: &str, retention_days: u32) -> Deadlines {
    let zone: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    let after = |days: u32| {
        let day = ends_on
            .checked_add_days(Days::new(u64::from(days) + 1))
            .unwrap_or(NaiveDate::MAX);
        // Where a clock change skips midnight, the day starts an hour later.
        day.and_hms_opt(0, 0, 0)
            .and_then(|midnight| {
                midnight.and_local_timezone(zone).earliest().or_else(|| {
                    (midnight + chrono::Duration::hours(1))
                        .and_local_timezone(zone)
                        .earliest()
                })
            })
            .map_or(DateTime::<Utc>::MAX_UTC, |at| at.with_timezone(&Utc))
    };
    Deadlines {
        needs: after(NEEDS_DAYS.min(retention_days)),
        everything: after(retention_days),
    }
}

/// The deadlines of a stored event.
pub fn event_deadlines(event: &event::Model) -> Deadlines {
    deadlines(
        event.ends_on,
        &event.timezone,
        u32::try_from(event.retention_days).unwrap_or(0),
    )
}

/// What one run removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Registrations whose needs were removed.
    pub needs_removed: u64,
    /// Registrations anonymised.
    pub anonymised: u64,
}

/// Removes what is due at `now`, for every event; each removal is in the
/// audit log (as counts, nothing personal).
pub async fn run(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<RetentionReport, ServiceError> {
    let mut report = RetentionReport::default();
    for event in event::Entity::find().all(db).await? {
        let due = event_deadlines(&event);
        if now >= due.everything {
            report.anonymised += anonymise_event(db, &event, now).await?;
        } else if now >= due.needs {
            report.needs_removed += remove_needs(db, &event, now).await?;
        }
    }
    Ok(report)
}

fn holding_needs() -> Condition {
    Condition::any()
        .add(Column::AccessibilityNeeds.is_not_null())
        .add(Column::DietaryNeeds.is_not_null())
}

async fn remove_needs(
    db: &DatabaseConnection,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<u64, ServiceError> {
    let txn = db.begin().await?;
    let removed = Registration::update_many()
        .col_expr(
            Column::AccessibilityNeeds,
            Expr::value(Option::<String>::None),
        )
        .col_expr(Column::DietaryNeeds, Expr::value(Option::<String>::None))
        .filter(Column::EventId.eq(event.id))
        .filter(holding_needs())
        .exec(&txn)
        .await?
        .rows_affected;
    if removed > 0 {
        log(&txn, event, "event.needs_removed", removed, now).await?;
    }
    txn.commit().await?;
    Ok(removed)
}

async fn anonymise_event(
    db: &DatabaseConnection,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<u64, ServiceError> {
    let mut total = 0;
    loop {
        let txn = db.begin().await?;
        // Under the event's lock, like every change to its registrations.
        events::lock(&txn, event.id).await?;
        let ids: Vec<Uuid> = Registration::find()
            .select_only()
            .column(Column::Id)
            .filter(Column::EventId.eq(event.id))
            .filter(Column::AnonymisedAt.is_null())
            .limit(BATCH)
            .into_tuple()
            .all(&txn)
            .await?;
        if ids.is_empty() {
            break;
        }
        stop_waiting(&txn, &ids, now).await?;
        for id in &ids {
            anonymise(&txn, *id, now).await?;
        }
        let count = u64::try_from(ids.len()).unwrap_or(u64::MAX);
        log(&txn, event, "event.anonymised", count, now).await?;
        txn.commit().await?;
        total += count;
    }
    Ok(total)
}

/// Long after the event nobody still waits for a place: waiting and offered
/// registrations end, and so do sign-ups, so no offer goes to an address erased.
async fn stop_waiting(
    txn: &DatabaseTransaction,
    ids: &[Uuid],
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let waiting = [Status::Waitlisted, Status::Offered];
    Registration::update_many()
        .col_expr(Column::Status, Expr::value(Status::Cancelled))
        .col_expr(Column::WaitlistSeq, Expr::value(Option::<i64>::None))
        .col_expr(
            Column::OfferExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::CancelledAt, Expr::value(Some(now)))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::Status.is_in(waiting))
        .exec(txn)
        .await?;
    bookings::end_all(
        txn,
        Condition::all()
            .add(booking::Column::RegistrationId.is_in(ids.iter().copied()))
            .add(booking::Column::Status.is_in(waiting)),
        now,
    )
    .await?;
    Ok(())
}

async fn log(
    txn: &impl ConnectionTrait,
    event: &event::Model,
    action: &'static str,
    registrations: u64,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let change = audit::Change {
        action,
        event_id: Some(event.id),
        subject: format!("event/{}", event.slug),
        reason: None,
        before: None,
        after: Some(serde_json::json!({ "registrations": registrations })),
    };
    audit::record_by(txn, Actor::Platform, change, now).await
}

/// How many of an event's registrations still hold needs, and personal data.
pub async fn holding(db: &impl ConnectionTrait, event_id: i32) -> Result<(u64, u64), ServiceError> {
    let needs = Registration::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(holding_needs())
        .count(db)
        .await?;
    let personal = Registration::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::AnonymisedAt.is_null())
        .count(db)
        .await?;
    Ok((needs, personal))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn deadlines_count_from_the_end_of_the_last_day_in_the_event_zone() {
        let ends = NaiveDate::from_ymd_opt(2025, 5, 16).expect("date");
        let due = deadlines(ends, "Europe/Amsterdam", 90);
        // 30 days after 16 May ends at midnight 16 June, Amsterdam summer time.
        assert_eq!(
            due.needs,
            Utc.with_ymd_and_hms(2025, 6, 15, 22, 0, 0).unwrap()
        );
        assert_eq!(
            due.everything,
            Utc.with_ymd_and_hms(2025, 8, 14, 22, 0, 0).unwrap()
        );
    }

    #[test]
    fn needs_never_outlive_the_rest() {
        let ends = NaiveDate::from_ymd_opt(2025, 5, 16).expect("date");
        let due = deadlines(ends, "UTC", 7);
        assert_eq!(due.needs, due.everything);
        assert_eq!(
            due.everything,
            Utc.with_ymd_and_hms(2025, 5, 24, 0, 0, 0).unwrap()
        );
    }

    #[test]
    fn a_clock_change_at_midnight_moves_the_deadline_an_hour() {
        // Lebanon skips 30 March 2025 00:00 to 01:00 (UTC+3).
        let ends = NaiveDate::from_ymd_opt(2025, 3, 29).expect("date");
        assert_eq!(
            deadlines(ends, "Asia/Beirut", 0).everything,
            Utc.with_ymd_and_hms(2025, 3, 29, 22, 0, 0).unwrap()
        );
    }

    #[test]
    fn an_unknown_zone_counts_in_utc() {
        let ends = NaiveDate::from_ymd_opt(2025, 5, 16).expect("date");
        assert_eq!(
            deadlines(ends, "Mars/Olympus", 0).everything,
            Utc.with_ymd_and_hms(2025, 5, 17, 0, 0, 0).unwrap()
        );
    }
}
