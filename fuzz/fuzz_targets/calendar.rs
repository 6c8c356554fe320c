//! Calendar files carry text organizers typed (titles, places, summaries)
//! and times in the event's zone. Whatever the text, the event's file and
//! the programme's file each parse as one calendar with one event, and
//! their text, unfolded and unescaped as RFC 5545 says, reads as typed
//! (carriage returns aside: RFC 5545 lines end in them).

#![no_main]

use app::{
    events::{
        calendar::event_calendar,
        entity::{Model as Event, TextList},
    },
    programme::{
        calendar::{programme_calendar, Places},
        entity::activity::Model as Activity,
        model::{ActivityKind, Mode},
    },
};
use arbitrary::Arbitrary;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use ical::{parser::ical::component::IcalCalendar, IcalParser};
use libfuzzer_sys::fuzz_target;

/// Zones with odd offsets, no daylight saving, or a half-hour shift.
const ZONES: [&str; 7] = [
    "Europe/Amsterdam",
    "Europe/Kyiv",
    "Asia/Tehran",
    "America/Sao_Paulo",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "UTC",
];

#[derive(Arbitrary, Debug)]
struct Typed {
    title: String,
    theme: String,
    venue: String,
    activity_title: String,
    activity_summary: String,
    meeting_point: Option<String>,
    room: String,
    /// Minutes after the start of 2020 (within about ten years).
    starts_after: u32,
    length_minutes: u16,
    zone: u8,
}

fuzz_target!(|typed: Typed| {
    let event = event(&typed);
    let url = "https://example.org/events/fuzz";
    let now = Utc::now();

    let ics = event_calendar(&event, url, now);
    assert_eq!(parse_one(&ics).events.len(), 1);
    assert_eq!(text(&ics, "SUMMARY"), as_kept(&typed.title));
    assert_eq!(text(&ics, "LOCATION"), as_kept(&typed.venue));

    let activity = activity(&typed);
    let places = Places::from([(1, typed.room.clone())]);
    let ics = programme_calendar(&event, &typed.theme, &[activity], &[], &places, url, now);
    assert_eq!(parse_one(&ics).events.len(), 1);
    assert_eq!(text(&ics, "X-WR-CALNAME"), as_kept(&typed.theme));
    assert_eq!(text(&ics, "SUMMARY"), as_kept(&typed.activity_title));
    assert!(text(&ics, "DESCRIPTION").starts_with(&as_kept(&typed.activity_summary)));
    let location = text(&ics, "LOCATION");
    match &typed.meeting_point {
        Some(meeting_point) => assert_eq!(location, as_kept(meeting_point)),
        None => assert!(location.starts_with(&as_kept(&typed.room))),
    }
});

fn event(typed: &Typed) -> Event {
    let day = NaiveDate::from_ymd_opt(2025, 5, 15).unwrap_or_default();
    Event {
        id: 1,
        slug: "fuzz".into(),
        title: typed.title.clone(),
        theme: typed.theme.clone(),
        summary: String::new(),
        venue: typed.venue.clone(),
        objectives: TextList::default(),
        target_groups: TextList::default(),
        starts_on: day,
        ends_on: day + Duration::days(1),
        timezone: ZONES[usize::from(typed.zone) % ZONES.len()].into(),
        in_person_capacity: 150,
        offer_hours: 48,
        registration_open: true,
        capacity_revision: 0,
        created_at: Utc::now(),
        registration_opens_at: None,
        registration_closes_at: None,
        retention_days: 90,
    }
}

fn activity(typed: &Typed) -> Activity {
    let base = DateTime::<Utc>::from_timestamp(1_577_836_800, 0).unwrap_or_default();
    let starts_at = base + Duration::minutes(i64::from(typed.starts_after % (10 * 366 * 24 * 60)));
    Activity {
        id: 1,
        event_id: 1,
        kind: ActivityKind::Breakout,
        title: typed.activity_title.clone(),
        summary: typed.activity_summary.clone(),
        theme: None,
        mode: Mode::Hybrid,
        room_id: Some(1),
        starts_at,
        ends_at: starts_at + Duration::minutes(i64::from(typed.length_minutes)),
        streamed: false,
        capacity: None,
        meeting_point: typed.meeting_point.clone(),
        transport: None,
        what_to_bring: None,
        cancelled_at: None,
        sequence: 0,
        created_at: starts_at,
        updated_at: starts_at,
    }
}

/// The file parses as exactly one calendar.
fn parse_one(ics: &str) -> IcalCalendar {
    let mut calendars = IcalParser::new(ics.as_bytes());
    let calendar = match calendars.next() {
        Some(Ok(calendar)) => calendar,
        other => panic!("{other:?} for {ics:?}"),
    };
    assert!(calendars.next().is_none(), "one calendar in {ics:?}");
    calendar
}

/// The first `name` property's value, unfolded (a line break followed by a
/// space or tab is removed) and unescaped, as RFC 5545 says. The `ical`
/// parser trims each folded line, losing a space where a fold falls after
/// one, so it is not used for the text.
fn text(ics: &str, name: &str) -> String {
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    let value = unfolded
        .split("\r\n")
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
        .unwrap_or_else(|| panic!("no {name} in {ics:?}"));
    let mut text = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => text.push('\n'),
            Some(escaped) => text.push(escaped),
            None => text.push('\\'),
        }
    }
    text
}

/// What a calendar can keep of typed text.
fn as_kept(typed: &str) -> String {
    typed.replace('\r', "")
}
