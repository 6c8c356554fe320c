//! Events as admins and organizers keep them: admins make a new edition;
//! organizers change an event's details and open or close its registration,
//! with an optional window (times in the event's own time zone). Each
//! change is in the audit log.

use super::{audit, model::EventForm};
use crate::{
    events::{
        entity::{self, TextList},
        service as events,
    },
    forms::{self, FieldErrors},
    platform::error::ServiceError,
    registration::emails::in_zone,
    staff::auth::StaffMember,
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use sea_orm::{prelude::*, Set, TransactionTrait};

const LINE_MAX: usize = 200;
const SUMMARY_MAX: usize = 5000;
const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// The longest retention organizers may set: ten years.
const MAX_RETENTION_DAYS: i32 = 3650;

/// The form's values, checked.
struct Checked {
    title: String,
    theme: String,
    summary: String,
    venue: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    timezone: String,
    registration_open: bool,
    opens_at: Option<DateTime<Utc>>,
    closes_at: Option<DateTime<Utc>>,
    retention_days: i32,
}

fn date(errors: &mut FieldErrors, field: &str, value: &str) -> Option<NaiveDate> {
    let parsed = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
    if parsed.is_none() {
        errors.add(field, "error-date-invalid");
    }
    parsed
}

/// A local time in `zone` as UTC; empty is none.
fn moment(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    zone: Option<chrono_tz::Tz>,
) -> Option<DateTime<Utc>> {
    if value.trim().is_empty() {
        return None;
    }
    let local = NaiveDateTime::parse_from_str(value.trim(), TIME_FORMAT).ok();
    let at = local
        .zip(zone)
        .and_then(|(local, zone)| zone.from_local_datetime(&local).earliest());
    if at.is_none() {
        errors.add(field, "error-time-invalid");
    }
    at.map(|at| at.with_timezone(&Utc))
}

fn check(form: &EventForm) -> Result<Checked, ServiceError> {
    let mut errors = FieldErrors::default();
    let title = forms::line(&mut errors, "title", &form.title, LINE_MAX, true);
    let theme = forms::line(&mut errors, "theme", &form.theme, LINE_MAX, true);
    let venue = forms::line(&mut errors, "venue", &form.venue, LINE_MAX, true);
    let summary = forms::text(&mut errors, "summary", &form.summary, SUMMARY_MAX, false);
    let starts_on = date(&mut errors, "starts_on", &form.starts_on);
    let ends_on = date(&mut errors, "ends_on", &form.ends_on);
    if let (Some(starts), Some(ends)) = (starts_on, ends_on) {
        if ends < starts {
            errors.add("ends_on", "error-ends-before-start");
        }
    }
    let zone = form.timezone.trim().parse::<chrono_tz::Tz>().ok();
    if zone.is_none() {
        errors.add("timezone", "error-timezone-invalid");
    }
    let opens_at = moment(&mut errors, "opens_at", &form.opens_at, zone);
    let closes_at = moment(&mut errors, "closes_at", &form.closes_at, zone);
    if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
        if closes <= opens {
            errors.add("closes_at", "error-closes-before-opens");
        }
    }
    let retention_days = form
        .retention_days
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|days| (0..=MAX_RETENTION_DAYS).contains(days));
    if retention_days.is_none() {
        errors.add("retention_days", "error-retention-days");
    }
    match (
        title,
        theme,
        venue,
        starts_on,
        ends_on,
        zone,
        retention_days,
    ) {
        (
            Some(title),
            Some(theme),
            Some(venue),
            Some(starts_on),
            Some(ends_on),
            Some(zone),
            Some(retention_days),
        ) if errors.is_empty() => Ok(Checked {
            title,
            theme,
            summary: summary.unwrap_or_default(),
            venue,
            starts_on,
            ends_on,
            timezone: zone.name().to_owned(),
            registration_open: form.registration_open,
            opens_at,
            closes_at,
            retention_days,
        }),
        _ => Err(ServiceError::Invalid(errors)),
    }
}

fn snapshot(event: &entity::Model) -> serde_json::Value {
    serde_json::json!({
        "title": event.title,
        "theme": event.theme,
        "venue": event.venue,
        "starts_on": event.starts_on,
        "ends_on": event.ends_on,
        "timezone": event.timezone,
        "registration_open": event.registration_open,
        "registration_opens_at": event.registration_opens_at,
        "registration_closes_at": event.registration_closes_at,
        "retention_days": event.retention_days,
    })
}

/// An event's settings as its form shows them.
pub fn form_of(event: &entity::Model) -> EventForm {
    let local = |at: Option<DateTime<Utc>>| {
        at.map(|at| in_zone(at, &event.timezone).format(TIME_FORMAT).to_string())
            .unwrap_or_default()
    };
    EventForm {
        slug: event.slug.clone(),
        title: event.title.clone(),
        theme: event.theme.clone(),
        summary: event.summary.clone(),
        venue: event.venue.clone(),
        starts_on: event.starts_on.to_string(),
        ends_on: event.ends_on.to_string(),
        timezone: event.timezone.clone(),
        capacity: event.in_person_capacity.to_string(),
        registration_open: event.registration_open,
        opens_at: local(event.registration_opens_at),
        closes_at: local(event.registration_closes_at),
        retention_days: event.retention_days.to_string(),
    }
}

/// A new event (admins): its address, in-person capacity and settings.
pub async fn create(
    db: &DatabaseConnection,
    member: &StaffMember,
    form: &EventForm,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let checked = check(form);
    let slug = form.slug.trim().to_lowercase();
    let mut errors = match &checked {
        Err(ServiceError::Invalid(errors)) => errors.clone(),
        _ => FieldErrors::default(),
    };
    let slug_ok = (3..=60).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !slug_ok {
        errors.add("slug", "error-slug-invalid");
    }
    let capacity = form.capacity.trim().parse::<u16>().ok();
    if capacity.is_none() {
        errors.add("capacity", "error-capacity-number");
    }
    let (Ok(checked), Some(capacity), true) = (checked, capacity, errors.is_empty()) else {
        return Err(ServiceError::Invalid(errors));
    };
    let txn = db.begin().await?;
    let event = entity::ActiveModel {
        slug: Set(slug.clone()),
        title: Set(checked.title),
        theme: Set(checked.theme),
        summary: Set(checked.summary),
        venue: Set(checked.venue),
        objectives: Set(TextList::default()),
        target_groups: Set(TextList::default()),
        starts_on: Set(checked.starts_on),
        ends_on: Set(checked.ends_on),
        timezone: Set(checked.timezone),
        in_person_capacity: Set(i32::from(capacity)),
        offer_hours: Set(48),
        registration_open: Set(checked.registration_open),
        capacity_revision: Set(0),
        created_at: Set(now),
        registration_opens_at: Set(checked.opens_at),
        registration_closes_at: Set(checked.closes_at),
        retention_days: Set(checked.retention_days),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|error| match ServiceError::from(error) {
        ServiceError::Conflict(_) => {
            ServiceError::Invalid(FieldErrors::single("slug", "error-slug-taken"))
        }
        other => other,
    })?;
    let change = audit::Change {
        action: "event.create",
        event_id: Some(event.id),
        subject: format!("event/{slug}"),
        reason: None,
        before: None,
        after: Some(snapshot(&event)),
    };
    audit::record(&txn, member, change, now).await?;
    txn.commit().await?;
    Ok(slug)
}

/// Changes an event's details and registration window (organizers).
pub async fn update(
    db: &DatabaseConnection,
    member: &StaffMember,
    slug: &str,
    form: &EventForm,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let checked = check(form)?;
    let txn = db.begin().await?;
    let current = events::find(&txn, slug).await?;
    let updated = entity::ActiveModel {
        id: Set(current.id),
        title: Set(checked.title),
        theme: Set(checked.theme),
        summary: Set(checked.summary),
        venue: Set(checked.venue),
        starts_on: Set(checked.starts_on),
        ends_on: Set(checked.ends_on),
        timezone: Set(checked.timezone),
        registration_open: Set(checked.registration_open),
        registration_opens_at: Set(checked.opens_at),
        registration_closes_at: Set(checked.closes_at),
        retention_days: Set(checked.retention_days),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let change = audit::Change {
        action: "event.update",
        event_id: Some(current.id),
        subject: format!("event/{slug}"),
        reason: None,
        before: Some(snapshot(&current)),
        after: Some(snapshot(&updated)),
    };
    audit::record(&txn, member, change, now).await?;
    txn.commit().await?;
    Ok(())
}
