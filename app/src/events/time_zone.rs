//! A time zone as iCalendar defines it (VTIMEZONE, RFC 5545 §3.6.5), made
//! from the tz database: the observance in force when a programme starts,
//! and every change of offset while it runs, so that a programme spanning
//! the end of summer time is right in every calendar app.

use chrono::{DateTime, Duration, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use ical::{
    ical_property,
    parser::ical::component::{IcalTimeZone, IcalTimeZoneTransition, IcalTimeZoneTransitionType},
    property::Property,
};

/// How far back to look for the change that began the observance in force
/// at the start: every zone that changes offset does so within a year.
const LOOK_BACK_DAYS: i64 = 366;

/// One change of offset: the instant, and the offsets before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Change {
    at: DateTime<Utc>,
    before: i32,
    after: i32,
}

/// The definition of `zone` for entries between `from` and `to`.
pub(crate) fn time_zone(zone: &Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> IcalTimeZone {
    let changes = changes(zone, from - Duration::days(LOOK_BACK_DAYS), to);
    let transitions = match changes.iter().rposition(|change| change.at <= from) {
        Some(in_force) => changes[in_force..]
            .iter()
            .map(|change| observance(zone, change, onset(change)))
            .collect(),
        None => {
            let seconds = zone
                .offset_from_utc_datetime(&from.naive_utc())
                .fix()
                .local_minus_utc();
            let unchanged = Change {
                at: from,
                before: seconds,
                after: seconds,
            };
            std::iter::once(observance(zone, &unchanged, "19700101T000000".into()))
                .chain(
                    changes
                        .iter()
                        .map(|change| observance(zone, change, onset(change))),
                )
                .collect()
        }
    };
    let mut definition = IcalTimeZone::new();
    definition.properties = vec![ical_property!("TZID", zone.name())];
    definition.transitions = transitions;
    definition
}

/// Every change of offset in `zone` between `from` and `to`, to the second.
fn changes(zone: &Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Change> {
    let offset_at = |at: DateTime<Utc>| {
        zone.offset_from_utc_datetime(&at.naive_utc())
            .fix()
            .local_minus_utc()
    };
    let step = Duration::hours(1);
    let mut changes = Vec::new();
    let mut at = from;
    let mut current = offset_at(at);
    while at < to {
        let next = at + step;
        let offset = offset_at(next);
        if offset != current {
            let (mut old, mut new) = (at, next);
            while new - old > Duration::seconds(1) {
                let middle = old + (new - old) / 2;
                if offset_at(middle) == current {
                    old = middle;
                } else {
                    new = middle;
                }
            }
            changes.push(Change {
                at: new,
                before: current,
                after: offset,
            });
            current = offset;
        }
        at = next;
    }
    changes
}

/// When a change happens, in local time before it, as DTSTART wants it.
fn onset(change: &Change) -> String {
    (change.at + Duration::seconds(i64::from(change.before)))
        .naive_utc()
        .format("%Y%m%dT%H%M%S")
        .to_string()
}

/// The observance a change begins at `onset`: summer time is DAYLIGHT, the
/// rest STANDARD.
fn observance(zone: &Tz, change: &Change, onset: String) -> IcalTimeZoneTransition {
    let offset = zone.offset_from_utc_datetime(&change.at.naive_utc());
    let kind = if offset.dst_offset().is_zero() {
        IcalTimeZoneTransitionType::STANDARD
    } else {
        IcalTimeZoneTransitionType::DAYLIGHT
    };
    let name = offset
        .abbreviation()
        .map(str::to_owned)
        .unwrap_or_else(|| utc_offset(change.after));
    let mut transition = IcalTimeZoneTransition::new(kind);
    transition.properties = vec![
        ical_property!("DTSTART", onset),
        ical_property!("TZOFFSETFROM", utc_offset(change.before)),
        ical_property!("TZOFFSETTO", utc_offset(change.after)),
        ical_property!("TZNAME", name),
    ];
    transition
}

/// An offset as RFC 5545 writes it: +0200, -0330.
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let seconds = seconds.abs();
    format!("{sign}{:02}{:02}", seconds / 3600, seconds % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("an instant")
    }

    fn value(transition: &IcalTimeZoneTransition, name: &str) -> String {
        transition
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_programme_in_summer_time_has_the_summer_observance_from_its_start() {
        let zone: Tz = "Europe/Amsterdam".parse().expect("a zone");
        let definition = time_zone(
            &zone,
            at("2025-05-15T07:00:00Z"),
            at("2025-05-16T16:00:00Z"),
        );
        assert_eq!(definition.transitions.len(), 1);
        let summer = &definition.transitions[0];
        assert!(matches!(
            summer.transition,
            IcalTimeZoneTransitionType::DAYLIGHT
        ));
        assert_eq!(value(summer, "DTSTART"), "20250330T020000");
        assert_eq!(value(summer, "TZOFFSETFROM"), "+0100");
        assert_eq!(value(summer, "TZOFFSETTO"), "+0200");
        assert_eq!(value(summer, "TZNAME"), "CEST");
    }

    #[test]
    fn a_programme_across_the_end_of_summer_time_has_both_observances() {
        let zone: Tz = "Europe/Amsterdam".parse().expect("a zone");
        let definition = time_zone(
            &zone,
            at("2025-10-25T07:00:00Z"),
            at("2025-10-27T16:00:00Z"),
        );
        let observed: Vec<(String, String, String)> = definition
            .transitions
            .iter()
            .map(|t| {
                (
                    value(t, "DTSTART"),
                    value(t, "TZOFFSETFROM"),
                    value(t, "TZOFFSETTO"),
                )
            })
            .collect();
        assert_eq!(
            observed,
            [
                ("20250330T020000".into(), "+0100".into(), "+0200".into()),
                ("20251026T030000".into(), "+0200".into(), "+0100".into()),
            ]
        );
        assert!(matches!(
            definition.transitions[1].transition,
            IcalTimeZoneTransitionType::STANDARD
        ));
    }

    #[test]
    fn a_zone_without_changes_has_one_standard_observance() {
        let zone: Tz = "Africa/Nairobi".parse().expect("a zone");
        let definition = time_zone(
            &zone,
            at("2025-05-15T07:00:00Z"),
            at("2025-05-16T16:00:00Z"),
        );
        assert_eq!(definition.transitions.len(), 1);
        let only = &definition.transitions[0];
        assert!(matches!(
            only.transition,
            IcalTimeZoneTransitionType::STANDARD
        ));
        assert_eq!(value(only, "DTSTART"), "19700101T000000");
        assert_eq!(value(only, "TZOFFSETTO"), "+0300");
    }
}
