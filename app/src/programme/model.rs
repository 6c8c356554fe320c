//! The programme as pages and the open API exchange it.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use sea_orm::sea_query::StringLen;

/// What an item of the programme is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum, utoipa::ToSchema),
    sea_orm(rs_type = "String", db_type = "String(StringLen::None)")
)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    /// Everyone together; no sign-up.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "plenary"))]
    Plenary,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "breakout"))]
    Breakout,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "workshop"))]
    Workshop,
    /// A visit to a reception centre: in person only, one per participant.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "visit"))]
    Visit,
}

impl ActivityKind {
    pub fn code(self) -> &'static str {
        match self {
            ActivityKind::Plenary => "plenary",
            ActivityKind::Breakout => "breakout",
            ActivityKind::Workshop => "workshop",
            ActivityKind::Visit => "visit",
        }
    }

    /// Whether participants sign up for it (everyone attends a plenary).
    pub fn takes_sign_ups(self) -> bool {
        self != ActivityKind::Plenary
    }
}

/// How one can take part in a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum, utoipa::ToSchema),
    sea_orm(rs_type = "String", db_type = "String(StringLen::None)")
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "in_person"))]
    InPerson,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "online"))]
    Online,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "hybrid"))]
    Hybrid,
}

impl Mode {
    pub fn code(self) -> &'static str {
        match self {
            Mode::InPerson => "in_person",
            Mode::Online => "online",
            Mode::Hybrid => "hybrid",
        }
    }
}

/// Where a sign-up stands after it was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BookingReceipt {
    pub status: crate::registration::model::Status,
    /// Position on the activity's waitlist, counting from 1.
    pub waitlist_position: Option<u64>,
}

/// Someone who speaks in a session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SpeakerView {
    pub name: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
}

/// A session of the programme, with its places.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SessionView {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub kind: ActivityKind,
    pub mode: Mode,
    pub theme: Option<String>,
    pub room: Option<String>,
    pub speakers: Vec<SpeakerView>,
    /// In the event's time zone, with its offset (RFC 3339).
    pub starts_at: chrono::DateTime<chrono::FixedOffset>,
    pub ends_at: chrono::DateTime<chrono::FixedOffset>,
    pub streamed: bool,
    /// In-person places; null where unlimited.
    pub capacity: Option<u64>,
    /// Null where unlimited.
    pub places_left: Option<u64>,
    pub waitlisted: u64,
    pub cancelled: bool,
}

/// A site visit to a reception centre, with its places.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VisitView {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub starts_at: chrono::DateTime<chrono::FixedOffset>,
    pub ends_at: chrono::DateTime<chrono::FixedOffset>,
    pub meeting_point: Option<String>,
    pub transport: Option<String>,
    pub what_to_bring: Option<String>,
    pub capacity: Option<u64>,
    pub places_left: Option<u64>,
    pub waitlisted: u64,
    pub cancelled: bool,
}

/// The programme page: every session and visit of an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeView {
    pub event_slug: String,
    pub event_title: String,
    pub timezone: String,
    pub sessions: Vec<SessionView>,
    pub visits: Vec<VisitView>,
}

/// Theme keys of the demo programme's filter; each has a `theme-<key>` message.
pub const THEMES: [&str; 5] = ["self-reliance", "guidance", "intake", "employees", "risks"];

/// One activity on a participant's manage page, with where they stand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceView {
    pub id: i32,
    pub title: String,
    pub kind: ActivityKind,
    pub mode: Mode,
    pub starts_at: chrono::DateTime<chrono::FixedOffset>,
    pub ends_at: chrono::DateTime<chrono::FixedOffset>,
    pub room: Option<String>,
    pub places: Option<String>,
    /// No place free: choosing it means joining the waitlist.
    pub full: bool,
    /// Their booking, if any: confirmed, waitlisted or offered.
    pub status: Option<crate::registration::model::Status>,
    pub waitlist_position: Option<u64>,
    /// Until when an offered place is held, in the event's zone.
    pub offer_deadline: Option<String>,
    /// Why they cannot choose it, in their language; `None` if they can.
    pub refusal: Option<String>,
    /// Another of their choices it now overlaps (the organizers moved one).
    pub clash: Option<String>,
}

/// A participant's programme: what they may choose and what they chose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyProgramme {
    pub event_slug: String,
    pub timezone: String,
    pub choices: Vec<ChoiceView>,
}

/// What an organizer fills in for a session or site visit; checked by
/// `organize::validate`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityForm {
    pub kind: String,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub theme: String,
    pub mode: String,
    #[serde(default)]
    pub room: String,
    /// YYYY-MM-DD, one of the event's days.
    pub day: String,
    /// HH:MM in the event's time zone.
    pub starts: String,
    pub ends: String,
    /// A ticked checkbox sends a value; an unticked one sends nothing.
    #[serde(default)]
    pub streamed: Option<String>,
    /// Empty: unlimited.
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub meeting_point: String,
    #[serde(default)]
    pub transport: String,
    #[serde(default)]
    pub what_to_bring: String,
    /// Speaker ids in the order they are listed; ticked boxes of `speakers[]`.
    #[serde(default)]
    pub speakers: Vec<String>,
}

/// One activity in the organizers' programme list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffActivity {
    pub id: i32,
    pub form: ActivityForm,
    pub confirmed: u64,
    pub offered: u64,
    pub waitlisted: u64,
    pub cancelled: bool,
}

/// One person signed up for an activity, for organizers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignUpRow {
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub status: crate::registration::model::Status,
    pub waitlist_seq: Option<i64>,
}

/// The organizers' view of an event's programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffProgramme {
    pub event_slug: String,
    pub event_title: String,
    pub timezone: String,
    /// The event's days, YYYY-MM-DD.
    pub days: Vec<String>,
    /// (id, name).
    pub rooms: Vec<(i32, String)>,
    /// (id, who).
    pub speakers: Vec<(i32, SpeakerView)>,
    pub activities: Vec<StaffActivity>,
}
