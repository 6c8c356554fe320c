//! The event as an iCalendar file (RFC 5545), for email attachments and downloads.

use super::entity;
use chrono::{DateTime, Duration, Utc};
use ical::{
    generator::{Emitter, IcalCalendarBuilder, IcalEventBuilder},
    ical_property,
    property::Property,
};

/// RFC 5545 text: backslash, semicolon, comma and newline are escaped.
pub(crate) fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A calendar holding the event as whole days (DTEND is the day after the last).
pub fn event_calendar(event: &entity::Model, event_url: &str, now: DateTime<Utc>) -> String {
    let day_after_end = event.ends_on + Duration::days(1);
    let vevent = IcalEventBuilder::tzid(event.timezone.clone())
        .uid(format!("event-{}@ikp", event.slug))
        .changed_utc(now.format("%Y%m%dT%H%M%SZ").to_string())
        .start_day(event.starts_on.format("%Y%m%d").to_string())
        .end_day(day_after_end.format("%Y%m%d").to_string())
        .set(ical_property!("SUMMARY", escape_text(&event.title)))
        .set(ical_property!(
            "DESCRIPTION",
            escape_text(&format!("{}\n\n{}", event.theme, event_url))
        ))
        .set(ical_property!("LOCATION", escape_text(&event.venue)))
        .set(ical_property!("URL", event_url))
        .build();
    IcalCalendarBuilder::version("2.0")
        .gregorian()
        .prodid("-//COA International Knowledge Platform//Events//EN")
        .set(ical_property!("METHOD", "PUBLISH"))
        .add_event(vevent)
        .build()
        .generate()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_calendar_parses_back_with_the_event_days() {
        let event = entity::Model {
            title: "Self-Reliance, through Digitalization; 2025".into(),
            ..entity::Model::sample()
        };
        let ics = event_calendar(&event, "https://example.org/events/ikp-2025", Utc::now());
        let calendar = ical::IcalParser::new(ics.as_bytes())
            .next()
            .expect("one calendar")
            .expect("parses");
        let vevent = &calendar.events[0];
        let value = |name: &str| {
            vevent
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap_or_default()
        };
        assert_eq!(value("DTSTART"), "20250515");
        assert_eq!(value("DTEND"), "20250517");
        assert_eq!(
            value("SUMMARY"),
            "Self-Reliance\\, through Digitalization\\; 2025"
        );
    }
}
