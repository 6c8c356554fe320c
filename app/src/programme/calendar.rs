//! The programme as iCalendar (RFC 5545): the event's whole programme, and
//! a participant's own agenda. Every activity keeps one UID and counts its
//! changes in SEQUENCE, so a calendar app updates an entry instead of adding
//! a second; a cancelled activity stays in the file as STATUS:CANCELLED, and
//! a place still waited for is TENTATIVE.

use super::entity::activity;
use crate::events::{calendar::escape_text, entity as event, time_zone::time_zone};
use chrono::{DateTime, Utc};
use ical::{
    generator::{Emitter, IcalCalendarBuilder, IcalEventBuilder},
    ical_param, ical_property,
    property::Property,
};
use std::collections::HashMap;

/// Where an activity happens, for the LOCATION line.
pub type Places = HashMap<i32, String>;

/// A calendar of `activities` named `name`; times in the event's zone. The
/// activities in `tentative` are places waited for.
pub fn programme_calendar(
    event: &event::Model,
    name: &str,
    activities: &[activity::Model],
    tentative: &[i32],
    rooms: &Places,
    page_url: &str,
    now: DateTime<Utc>,
) -> String {
    let zone: chrono_tz::Tz = event.timezone.parse().unwrap_or(chrono_tz::UTC);
    let mut calendar = IcalCalendarBuilder::version("2.0")
        .gregorian()
        .prodid("-//COA International Knowledge Platform//Programme//EN")
        .set(ical_property!("METHOD", "PUBLISH"))
        .set(ical_property!("X-WR-CALNAME", escape_text(name)))
        .set(ical_property!("X-WR-TIMEZONE", event.timezone.clone()))
        .set(ical_property!(
            "REFRESH-INTERVAL",
            "PT1H",
            ical_param!("VALUE", "DURATION")
        ));
    let first = activities.iter().map(|a| a.starts_at).min();
    let last = activities.iter().map(|a| a.ends_at).max();
    if let (Some(first), Some(last)) = (first, last) {
        calendar = calendar.add_tz(time_zone(&zone, first, last));
    }
    for activity in activities {
        let local = |at: DateTime<Utc>| {
            at.with_timezone(&zone)
                .naive_local()
                .format("%Y%m%dT%H%M%S")
                .to_string()
        };
        let location = match (&activity.meeting_point, activity.room_id) {
            (Some(meeting_point), _) => meeting_point.clone(),
            (None, Some(room)) => rooms
                .get(&room)
                .map(|room| format!("{room}, {}", event.venue))
                .unwrap_or_else(|| event.venue.clone()),
            (None, None) => event.venue.clone(),
        };
        let mut description = activity.summary.clone();
        for extra in [&activity.transport, &activity.what_to_bring]
            .into_iter()
            .flatten()
        {
            description.push_str("\n\n");
            description.push_str(extra);
        }
        description.push_str("\n\n");
        description.push_str(page_url);
        let status = if activity.cancelled_at.is_some() {
            "CANCELLED"
        } else if tentative.contains(&activity.id) {
            "TENTATIVE"
        } else {
            "CONFIRMED"
        };
        let vevent = IcalEventBuilder::tzid(event.timezone.clone())
            .uid(format!("activity-{}-{}@ikp", activity.id, event.slug))
            .changed_utc(now.format("%Y%m%dT%H%M%SZ").to_string())
            .start(local(activity.starts_at))
            .end(local(activity.ends_at))
            .set(ical_property!("SUMMARY", escape_text(&activity.title)))
            .set(ical_property!("DESCRIPTION", escape_text(&description)))
            .set(ical_property!("LOCATION", escape_text(&location)))
            .set(ical_property!("URL", page_url))
            .set(ical_property!("STATUS", status))
            .set(ical_property!("SEQUENCE", activity.sequence.to_string()))
            .set(ical_property!(
                "LAST-MODIFIED",
                activity.updated_at.format("%Y%m%dT%H%M%SZ").to_string()
            ))
            .build();
        calendar = calendar.add_event(vevent);
    }
    calendar.build().generate()
}
