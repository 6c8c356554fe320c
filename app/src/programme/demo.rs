//! The demo event's programme: two days on the themes of the event brief
//! (digital self-reliance of residents, personal guidance with digital
//! tools, digital intake, digital skills of employees, and the risks:
//! exclusion, privacy, AI), breakouts in parallel slots, three site visits.

use super::{
    entity::{activity, activity_speaker, room, speaker},
    model::{ActivityKind, Mode},
};
use crate::{events::entity as event, platform::error::ServiceError};
use chrono::{NaiveDate, TimeZone, Utc};
use sea_orm::{prelude::*, Set};

const ROOMS: [&str; 4] = ["Auditorium", "Room Kempen", "Room Peel", "Room Dommel"];

/// Name, organisation, country.
const SPEAKERS: [(&str, &str, &str); 8] = [
    ("Marieke de Vries", "COA", "NL"),
    ("Jonas Peeters", "Fedasil", "BE"),
    ("Elin Lindqvist", "Swedish Migration Agency", "SE"),
    (
        "Nikos Papadakis",
        "Greek Reception and Identification Service",
        "GR",
    ),
    (
        "Anna Schmidt",
        "Reception authority of Baden-Württemberg",
        "DE",
    ),
    (
        "Sara Rossi",
        "Italian Ministry of the Interior, reception department",
        "IT",
    ),
    ("Pieter Jansen", "COA", "NL"),
    ("Laura Costa", "European Union Agency for Asylum", "MT"),
];

struct Item {
    kind: ActivityKind,
    title: &'static str,
    summary: &'static str,
    theme: Option<&'static str>,
    mode: Mode,
    /// Index into `ROOMS`.
    room: Option<usize>,
    /// Day in May 2025, start and end in local time (hours, minutes).
    day: u32,
    from: (u32, u32),
    to: (u32, u32),
    streamed: bool,
    capacity: Option<i32>,
    /// Indexes into `SPEAKERS`.
    speakers: &'static [usize],
    /// Meeting point, transport, what to bring (site visits).
    visit: Option<(&'static str, &'static str, &'static str)>,
}

const BRING: &str = "A valid identity document (passport or ID card): the centre checks who \
                     enters. Comfortable shoes; no photos of residents without their consent.";

fn programme() -> Vec<Item> {
    use ActivityKind::*;
    use Mode::*;
    let session = |kind, title, summary, theme, mode, room, day, from, to| Item {
        kind,
        title,
        summary,
        theme,
        mode,
        room,
        day,
        from,
        to,
        streamed: mode != InPerson,
        capacity: None,
        speakers: &[],
        visit: None,
    };
    vec![
        Item {
            speakers: &[0, 7],
            ..session(Plenary, "Opening: self-reliance through digitalization",
                "Why digitalization matters for asylum reception, what COA's roadmap aims at, and what we hope to learn from each other in these two days.",
                None, Hybrid, Some(0), 15, (9, 30), (10, 30))
        },
        Item {
            capacity: Some(30),
            speakers: &[6],
            ..session(Breakout, "The resident portal: managing your own affairs",
                "How residents use a personal portal for their file, allowance and appointments, and what it takes to get everyone started.",
                Some("self-reliance"), Hybrid, Some(1), 15, (10, 45), (12, 0))
        },
        Item {
            capacity: Some(30),
            speakers: &[1],
            ..session(Breakout, "Personal guidance with digital tools",
                "Case workers and residents plan together on a shared screen: experiences from Belgian reception centres.",
                Some("guidance"), InPerson, Some(2), 15, (10, 45), (12, 0))
        },
        Item {
            capacity: Some(25),
            speakers: &[3],
            ..session(Workshop, "Digital intake: from paper forms to a tablet",
                "Walk through a digital intake and redesign one step of it with colleagues from other countries.",
                Some("intake"), InPerson, Some(3), 15, (10, 45), (12, 0))
        },
        Item {
            capacity: Some(40),
            speakers: &[4],
            ..session(Breakout, "Digital skills of employees",
                "Training reception staff to use and explain digital tools: what worked, what did not.",
                Some("employees"), Hybrid, Some(1), 15, (13, 30), (15, 0))
        },
        Item {
            speakers: &[2],
            ..session(Breakout, "Nobody left behind: residents with few digital skills",
                "The risk of exclusion, and the help desks, peer coaches and offline alternatives that keep services open to everyone.",
                Some("risks"), Online, None, 15, (13, 30), (15, 0))
        },
        Item {
            speakers: &[7, 5],
            ..session(Plenary, "Privacy and AI in reception: where are the limits?",
                "A conversation on data protection, automated decisions and the human in the loop.",
                Some("risks"), Hybrid, Some(0), 16, (9, 30), (10, 15))
        },
        Item {
            capacity: Some(30),
            speakers: &[5],
            ..session(Breakout, "AI in asylum reception: opportunities and risks",
                "Chatbots, translation and planning tools: what they can do for residents and staff, and where they must not decide.",
                Some("risks"), Hybrid, Some(1), 16, (10, 30), (11, 45))
        },
        Item {
            capacity: Some(30),
            speakers: &[0],
            ..session(Workshop, "Privacy by design in resident apps",
                "Work through a resident app's data flows and decide what it should not collect.",
                Some("risks"), InPerson, Some(2), 16, (10, 30), (11, 45))
        },
        Item {
            speakers: &[6, 1],
            ..session(Plenary, "Closing: what we take home",
                "Harvest of ideas and best practices, and next steps for the knowledge platform.",
                None, Hybrid, Some(0), 16, (16, 0), (16, 45))
        },
        Item {
            capacity: Some(25),
            visit: Some(("Main entrance of the venue", "Coach, about 30 minutes each way", BRING)),
            ..session(Visit, "Site visit: reception centre Budel",
                "See the resident portal and the digital help desk in use, and talk with residents and employees.",
                Some("self-reliance"), InPerson, None, 15, (13, 30), (17, 0))
        },
        Item {
            capacity: Some(25),
            visit: Some(("Main entrance of the venue", "Coach, about 45 minutes each way", BRING)),
            ..session(Visit, "Site visit: digital intake at a COA application desk",
                "Follow the digital intake of newly arrived applicants, from identification to the choice of a next location.",
                Some("intake"), InPerson, None, 15, (13, 30), (17, 0))
        },
        Item {
            capacity: Some(25),
            visit: Some(("Main entrance of the venue", "Coach, about 25 minutes each way", BRING)),
            ..session(Visit, "Site visit: reception centre Overloon",
                "How employees combine personal guidance with digital tools in a small centre.",
                Some("guidance"), InPerson, None, 16, (12, 30), (15, 45))
        },
    ]
}

/// Adds the demo programme to `event`.
pub async fn seed(db: &impl ConnectionTrait, event: &event::Model) -> Result<(), ServiceError> {
    let mut room_ids = Vec::new();
    for name in ROOMS {
        let room = room::ActiveModel {
            event_id: Set(event.id),
            name: Set(name.to_owned()),
            directions: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        room_ids.push(room.id);
    }
    let mut speaker_ids = Vec::new();
    for (name, organisation, country) in SPEAKERS {
        let speaker = speaker::ActiveModel {
            event_id: Set(event.id),
            name: Set(name.to_owned()),
            organisation: Set(organisation.to_owned()),
            country: Set(country.to_owned()),
            bio: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        speaker_ids.push(speaker.id);
    }
    let zone: chrono_tz::Tz = event
        .timezone
        .parse()
        .map_err(|_| ServiceError::Internal("demo time zone".into()))?;
    let at = |day: u32, (hour, minute): (u32, u32)| {
        NaiveDate::from_ymd_opt(2025, 5, day)
            .and_then(|date| date.and_hms_opt(hour, minute, 0))
            .and_then(|local| zone.from_local_datetime(&local).single())
            .map(|moment| moment.with_timezone(&Utc))
            .ok_or_else(|| ServiceError::Internal("demo time".into()))
    };
    let now = Utc::now();
    for item in programme() {
        let (meeting_point, transport, what_to_bring) = match item.visit {
            Some((meeting, transport, bring)) => (
                Some(meeting.to_owned()),
                Some(transport.to_owned()),
                Some(bring.to_owned()),
            ),
            None => (None, None, None),
        };
        let activity = activity::ActiveModel {
            event_id: Set(event.id),
            kind: Set(item.kind),
            title: Set(item.title.to_owned()),
            summary: Set(item.summary.to_owned()),
            theme: Set(item.theme.map(str::to_owned)),
            mode: Set(item.mode),
            room_id: Set(item.room.and_then(|i| room_ids.get(i).copied())),
            starts_at: Set(at(item.day, item.from)?),
            ends_at: Set(at(item.day, item.to)?),
            streamed: Set(item.streamed),
            capacity: Set(item.capacity),
            meeting_point: Set(meeting_point),
            transport: Set(transport),
            what_to_bring: Set(what_to_bring),
            cancelled_at: Set(None),
            sequence: Set(0),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        for (position, speaker) in item.speakers.iter().enumerate() {
            if let Some(&speaker_id) = speaker_ids.get(*speaker) {
                activity_speaker::ActiveModel {
                    activity_id: Set(activity.id),
                    speaker_id: Set(speaker_id),
                    position: Set(i32::try_from(position).unwrap_or(0)),
                }
                .insert(db)
                .await?;
            }
        }
    }
    Ok(())
}
