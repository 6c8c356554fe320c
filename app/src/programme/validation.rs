//! The checks of an organizer's activity form: kinds, modes, themes, rooms,
//! the event's days and zone, times and capacity, every problem at once.

use super::model::{ActivityForm, ActivityKind, Mode, THEMES};
use crate::{
    events::entity as event,
    forms::{self, FieldErrors},
};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};

pub(super) const MAX_TITLE: usize = 200;
const MAX_TEXT: usize = 4000;

/// An activity form that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidActivity {
    pub kind: ActivityKind,
    pub title: String,
    pub summary: String,
    pub theme: Option<String>,
    pub mode: Mode,
    pub room_id: Option<i32>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub streamed: bool,
    pub capacity: Option<i32>,
    pub meeting_point: Option<String>,
    pub transport: Option<String>,
    pub what_to_bring: Option<String>,
    /// Speaker ids, each once, in the order given.
    pub speakers: Vec<i32>,
}

/// Checks an activity form against the event (its days and zone), its
/// rooms and its speakers; reports every problem at once.
pub fn validate(
    form: &ActivityForm,
    event: &event::Model,
    rooms: &[i32],
    speakers: &[i32],
) -> Result<ValidActivity, FieldErrors> {
    let mut errors = FieldErrors::default();
    let kind = match form.kind.as_str() {
        "plenary" => Some(ActivityKind::Plenary),
        "breakout" => Some(ActivityKind::Breakout),
        "workshop" => Some(ActivityKind::Workshop),
        "visit" => Some(ActivityKind::Visit),
        _ => None,
    };
    if kind.is_none() {
        errors.add("kind", "error-choose-from-list");
    }
    let mode = match (kind, form.mode.as_str()) {
        (Some(ActivityKind::Visit), _) | (_, "in_person") => Some(Mode::InPerson),
        (_, "online") => Some(Mode::Online),
        (_, "hybrid") => Some(Mode::Hybrid),
        _ => None,
    };
    if mode.is_none() {
        errors.add("mode", "error-choose-from-list");
    }
    let title = forms::line(&mut errors, "title", &form.title, MAX_TITLE, true);
    let summary = forms::text(&mut errors, "summary", &form.summary, MAX_TEXT, false);
    let meeting_point = forms::line(
        &mut errors,
        "meeting_point",
        &form.meeting_point,
        MAX_TITLE,
        false,
    );
    let transport = forms::line(&mut errors, "transport", &form.transport, MAX_TITLE, false);
    let what_to_bring = forms::text(
        &mut errors,
        "what_to_bring",
        &form.what_to_bring,
        MAX_TEXT,
        false,
    );
    let theme = Some(form.theme.trim()).filter(|t| !t.is_empty());
    if theme.is_some_and(|t| !THEMES.contains(&t)) {
        errors.add("theme", "error-choose-from-list");
    }
    let room_id = match form.room.trim() {
        "" => None,
        room => {
            let id = room.parse::<i32>().ok().filter(|id| rooms.contains(id));
            if id.is_none() {
                errors.add("room", "error-choose-from-list");
            }
            id
        }
    };
    let mut named = Vec::new();
    for speaker in &form.speakers {
        match speaker
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|id| speakers.contains(id))
        {
            Some(id) if !named.contains(&id) => named.push(id),
            Some(_) => {}
            None => errors.add("speakers", "error-choose-from-list"),
        }
    }
    let day = form
        .day
        .trim()
        .parse::<NaiveDate>()
        .ok()
        .filter(|day| (event.starts_on..=event.ends_on).contains(day));
    if day.is_none() {
        errors.add("day", "error-day-outside-event");
    }
    let time = |errors: &mut FieldErrors, field: &str, value: &str| {
        let parsed = NaiveTime::parse_from_str(value.trim(), "%H:%M").ok();
        if parsed.is_none() {
            errors.add(field, "error-time");
        }
        parsed
    };
    let starts = time(&mut errors, "starts", &form.starts);
    let ends = time(&mut errors, "ends", &form.ends);
    if let (Some(starts), Some(ends)) = (starts, ends) {
        if ends <= starts {
            errors.add("ends", "error-ends-before-start");
        }
    }
    let capacity = match form.capacity.trim() {
        "" => None,
        number => {
            let parsed = number.parse::<i32>().ok().filter(|n| *n >= 0);
            if parsed.is_none() {
                errors.add("capacity", "error-capacity-number");
            }
            parsed
        }
    };
    let zone: chrono_tz::Tz = event.timezone.parse().unwrap_or(chrono_tz::UTC);
    let at = |day: NaiveDate, time: NaiveTime| {
        zone.from_local_datetime(&day.and_time(time))
            .earliest()
            .map(|moment| moment.with_timezone(&Utc))
    };
    match (kind, mode, title, day, starts, ends) {
        (Some(kind), Some(mode), Some(title), Some(day), Some(starts), Some(ends))
            if errors.is_empty() =>
        {
            let (Some(starts_at), Some(ends_at)) = (at(day, starts), at(day, ends)) else {
                return Err(FieldErrors::single("starts", "error-time"));
            };
            let visit = kind == ActivityKind::Visit;
            Ok(ValidActivity {
                kind,
                title,
                summary: summary.unwrap_or_default(),
                theme: theme.map(str::to_owned),
                mode,
                room_id: if visit { None } else { room_id },
                starts_at,
                ends_at,
                streamed: !visit && mode != Mode::InPerson && form.streamed.is_some(),
                // Places are in the room: plenaries are for everyone, online sessions have no room.
                capacity: if kind == ActivityKind::Plenary || mode == Mode::Online {
                    None
                } else {
                    capacity
                },
                meeting_point: meeting_point.filter(|_| visit),
                transport: transport.filter(|_| visit),
                what_to_bring: what_to_bring.filter(|_| visit),
                speakers: named,
            })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> event::Model {
        event::Model::sample()
    }

    fn breakout() -> ActivityForm {
        ActivityForm {
            kind: "breakout".into(),
            title: "Digital intake".into(),
            mode: "hybrid".into(),
            room: "3".into(),
            day: "2025-05-15".into(),
            starts: "10:45".into(),
            ends: "12:00".into(),
            streamed: Some("on".into()),
            capacity: "30".into(),
            speakers: vec!["7".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_good_breakout_is_placed_in_the_event_zone() {
        let valid = validate(&breakout(), &event(), &[3], &[7]).expect("valid");
        assert_eq!(valid.starts_at.to_rfc3339(), "2025-05-15T08:45:00+00:00");
        assert_eq!(valid.capacity, Some(30));
        assert_eq!(valid.room_id, Some(3));
        assert!(valid.streamed);
        assert_eq!(valid.speakers, [7]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let form = ActivityForm {
            kind: "party".into(),
            title: " ".into(),
            room: "9".into(),
            day: "2025-05-20".into(),
            starts: "25:00".into(),
            capacity: "-1".into(),
            speakers: vec!["7".into(), "8".into()],
            ..breakout()
        };
        let errors = validate(&form, &event(), &[3], &[7]).expect_err("invalid");
        for field in [
            "kind", "title", "room", "day", "starts", "capacity", "speakers",
        ] {
            assert!(errors.get(field).is_some(), "{field} reported");
        }
    }

    #[test]
    fn a_session_must_end_after_it_starts() {
        let form = ActivityForm {
            ends: "10:45".into(),
            ..breakout()
        };
        let errors = validate(&form, &event(), &[3], &[7]).expect_err("invalid");
        assert_eq!(errors.get("ends"), Some("error-ends-before-start"));
    }

    #[test]
    fn visits_are_in_person_without_room_and_plenaries_unlimited() {
        let visit = ActivityForm {
            kind: "visit".into(),
            mode: "online".into(),
            meeting_point: "Main entrance".into(),
            ..breakout()
        };
        let valid = validate(&visit, &event(), &[3], &[7]).expect("valid");
        assert_eq!(
            (valid.mode, valid.room_id, valid.streamed),
            (Mode::InPerson, None, false)
        );
        assert_eq!(valid.meeting_point.as_deref(), Some("Main entrance"));
        let plenary = ActivityForm {
            kind: "plenary".into(),
            ..breakout()
        };
        assert_eq!(
            validate(&plenary, &event(), &[3], &[7])
                .expect("valid")
                .capacity,
            None
        );
    }
}
