//! What an event's dashboard shows, computed from the database in a few
//! grouped queries, so a page load and every live update cost the same small
//! amount whatever the number of registrations.

use super::model::{ActivityFill, Dashboard, DayCount};
use crate::{
    events::service as events,
    library::{entity::practice, rules::Review},
    platform::error::ServiceError,
    programme::{bookings, entity::activity, model::ActivityKind},
    registration::{
        emails::in_zone,
        entity::registration::{Column, Entity as Registration},
        model::{Attendance, Status},
    },
};
use sea_orm::{
    prelude::*,
    sea_query::{Asterisk, Expr, ExprTrait},
    QueryOrder, QuerySelect,
};
use std::collections::BTreeMap;

/// Countries shown by name in the chart; the rest are counted together.
const TOP_COUNTRIES: usize = 10;

pub async fn dashboard(db: &impl ConnectionTrait, slug: &str) -> Result<Dashboard, ServiceError> {
    let event = events::find(db, slug).await?;
    let capacity = events::capacity(db, &event).await?;
    let counts = bookings::counts_by_activity(db, event.id).await?;
    let activities = activity::Entity::find()
        .filter(activity::Column::EventId.eq(event.id))
        .filter(activity::Column::CancelledAt.is_null())
        .filter(activity::Column::Kind.ne(ActivityKind::Plenary))
        .order_by_asc(activity::Column::StartsAt)
        .order_by_asc(activity::Column::Title)
        .all(db)
        .await?
        .into_iter()
        .map(|activity| {
            let places = counts.get(&activity.id).copied().unwrap_or_default();
            ActivityFill {
                id: activity.id,
                title: activity.title,
                visit: activity.kind == ActivityKind::Visit,
                capacity: activity.capacity.and_then(|c| u64::try_from(c).ok()),
                taken: places.confirmed + places.offered,
                waitlisted: places.waitlisted,
            }
        })
        .collect();
    let submissions_waiting = practice::Entity::find()
        .filter(practice::Column::Review.eq(Review::Submitted))
        .count(db)
        .await?;
    let registered_at: Vec<(DateTimeUtc, Attendance)> = Registration::find()
        .select_only()
        .column(Column::CreatedAt)
        .column(Column::Attendance)
        .filter(Column::EventId.eq(event.id))
        .filter(Column::Status.ne(Status::Cancelled))
        .into_tuple()
        .all(db)
        .await?;
    let mut per_day: BTreeMap<chrono::NaiveDate, DayCount> = BTreeMap::new();
    for (at, attendance) in registered_at {
        let day = in_zone(at, &event.timezone).date();
        let count = per_day.entry(day).or_insert(DayCount {
            day,
            in_person: 0,
            online: 0,
        });
        match attendance {
            Attendance::InPerson => count.in_person += 1,
            Attendance::Online => count.online += 1,
        }
    }
    let countries = grouped(db, event.id, Column::Country).await?;
    let organisation_types = grouped(db, event.id, Column::OrganisationType).await?;
    Ok(Dashboard {
        event_slug: event.slug,
        event_title: event.title,
        capacity,
        activities,
        submissions_waiting,
        per_day: per_day.into_values().collect(),
        countries: top(countries, TOP_COUNTRIES),
        organisation_types,
        live_streams: Vec::new(),
    })
}

/// Registrations still standing, counted by the value of `column` (empty
/// for none), most first.
async fn grouped(
    db: &impl ConnectionTrait,
    event_id: i32,
    column: Column,
) -> Result<Vec<(String, u64)>, ServiceError> {
    let rows: Vec<(Option<String>, i64)> = Registration::find()
        .select_only()
        .column(column)
        .column_as(Expr::col(Asterisk).count(), "count")
        .filter(Column::EventId.eq(event_id))
        .filter(Column::Status.ne(Status::Cancelled))
        .group_by(column)
        .into_tuple()
        .all(db)
        .await?;
    let mut counted: Vec<(String, u64)> = rows
        .into_iter()
        .map(|(value, count)| (value.unwrap_or_default(), u64::try_from(count).unwrap_or(0)))
        .collect();
    counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(counted)
}

/// The first `n` entries, and the others added up under an empty name.
fn top(mut counted: Vec<(String, u64)>, n: usize) -> Vec<(String, u64)> {
    if counted.len() > n + 1 {
        let others = counted
            .split_off(n)
            .into_iter()
            .map(|(_, count)| count)
            .sum();
        counted.push((String::new(), others));
    }
    counted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_beyond_the_first_are_added_up() {
        let counted: Vec<(String, u64)> = (0..13).map(|n| (format!("C{n}"), 20 - n)).collect();
        let shown = top(counted, 10);
        assert_eq!(shown.len(), 11);
        assert_eq!(shown[10], (String::new(), 8 + 9 + 10));
        let few: Vec<(String, u64)> = (0..11).map(|n| (format!("C{n}"), 1)).collect();
        assert_eq!(top(few.clone(), 10), few, "one left over is shown by name");
    }
}
