//! What the organizers' pages exchange with the server.

use crate::registration::model::{Attendance, RegistrationForm, Status};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

/// The registrations list's search, filters, order and page, as they stand
/// in the page's address (a plain GET form) and in the export links.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationQuery {
    /// Words found in the name, email or organisation.
    #[serde(default)]
    pub q: String,
    /// `in_person`, `online` or empty for both.
    #[serde(default)]
    pub attendance: String,
    /// `confirmed`, `waitlisted`, `offered`, `cancelled`, or empty for all.
    #[serde(default)]
    pub status: String,
    /// An ISO country code, or empty.
    #[serde(default)]
    pub country: String,
    /// One of [`SORTS`]; empty is the first.
    #[serde(default)]
    pub sort: String,
    /// Counted from 1; empty or 0 is the first page.
    #[serde(default)]
    pub page: String,
}

/// The orders the list offers, the default first.
pub const SORTS: [&str; 5] = ["newest", "oldest", "name", "country", "waitlist"];

impl RegistrationQuery {
    pub fn page_number(&self) -> u64 {
        self.page.trim().parse::<u64>().unwrap_or(1).max(1)
    }

    /// The query string for this search on another page (1 = no page).
    pub fn to_query_string(&self, page: u64) -> String {
        let page = if page > 1 {
            page.to_string()
        } else {
            String::new()
        };
        [
            ("q", self.q.as_str()),
            ("attendance", self.attendance.as_str()),
            ("status", self.status.as_str()),
            ("country", self.country.as_str()),
            ("sort", self.sort.as_str()),
            ("page", page.as_str()),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| {
            format!(
                "{key}={}",
                percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
    }
}

/// An event's figures for its organizers, on the dashboard and in every
/// live update.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub event_slug: String,
    pub event_title: String,
    pub capacity: crate::events::model::CapacityView,
    /// Breakouts, workshops and visits with sign-ups, in programme order.
    pub activities: Vec<ActivityFill>,
    /// Library submissions waiting for a moderator.
    pub submissions_waiting: u64,
    /// Registrations still standing, by the day they came in (event's time zone).
    pub per_day: Vec<DayCount>,
    /// Registrations by country code, most first; an empty code adds up the rest.
    pub countries: Vec<(String, u64)>,
    /// Registrations by type of organisation code (empty: not said), most first.
    pub organisation_types: Vec<(String, u64)>,
    /// The event's streams live now, with their session's title.
    pub live_streams: Vec<(String, crate::streaming::LiveFigures)>,
}

/// How full one activity is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityFill {
    pub id: i32,
    pub title: String,
    pub visit: bool,
    /// In-person places; none when unlimited.
    pub capacity: Option<u64>,
    /// Places given or offered.
    pub taken: u64,
    pub waitlisted: u64,
}

/// Registrations that came in on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCount {
    pub day: chrono::NaiveDate,
    pub in_person: u64,
    pub online: u64,
}

/// What a check-in scan found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckInOutcome {
    /// Checked in by this scan.
    CheckedIn,
    /// Checked in before (the time says when).
    AlreadyCheckedIn,
    /// Expected and not yet checked in (looked up, not scanned).
    Waiting,
    /// Not confirmed for an in-person place: not to be let in.
    NotExpected,
    /// Registered for another event than the one at this door.
    OtherEvent,
}

/// A person at the door.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arrival {
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub status: Status,
    pub attendance: Attendance,
    pub code: String,
    /// HH:MM in the event's time zone.
    pub checked_in_at: Option<String>,
}

/// The answer to a scan or a look-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInAnswer {
    pub outcome: CheckInOutcome,
    pub person: Arrival,
    pub event_slug: String,
}

/// An announcement as the organizer writes it: who gets it, and its subject
/// and body in one or more languages (by language code).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnouncementDraft {
    /// `all`, `in_person`, `online`, `waitlisted`, or `activity-<id>`.
    #[serde(default)]
    pub segment: String,
    #[serde(default)]
    pub subject: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    pub body: std::collections::BTreeMap<String, String>,
}

impl AnnouncementDraft {
    /// Whether anything was typed in the language with this code.
    pub fn begun(&self, code: &str) -> bool {
        [&self.subject, &self.body]
            .iter()
            .any(|texts| texts.get(code).is_some_and(|text| !text.trim().is_empty()))
    }
}

/// How an announcement will read, for each language its recipients chose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnouncementPreview {
    pub recipients: u64,
    pub languages: Vec<LanguagePreview>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguagePreview {
    /// The recipients' language code.
    pub language: String,
    pub recipients: u64,
    pub subject: String,
    /// The whole email as text, as it will be sent.
    pub text: String,
}

/// An announcement sent, and how far its emails got.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnouncementProgress {
    pub id: i32,
    pub subject: String,
    pub segment: String,
    pub sent_by: String,
    /// When it was sent, on the event's clock.
    pub sent_at: NaiveDateTime,
    /// The event's time zone.
    pub zone: String,
    pub recipients: u64,
    pub queued: u64,
    pub sent: u64,
    /// Emails that failed at least once and are not sent: address and reason.
    pub failing: Vec<(String, String)>,
}

/// An event's settings as the form sends them. Times are local to the
/// event (`YYYY-MM-DDTHH:MM`); slug and capacity are set when it is made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub timezone: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default, deserialize_with = "crate::registration::model::checkbox")]
    pub registration_open: bool,
    #[serde(default)]
    pub opens_at: String,
    #[serde(default)]
    pub closes_at: String,
    /// Days after the event that personal data is kept.
    #[serde(default)]
    pub retention_days: String,
}

/// A staff account as admins see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAccount {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub role: String,
    pub active: bool,
}

/// One line of the registrations list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationRow {
    pub id: String,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub country: String,
    pub attendance: Attendance,
    pub status: Status,
    /// In the event's time zone.
    pub registered_on: chrono::NaiveDate,
}

/// A page of the registrations list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationList {
    pub event_slug: String,
    pub event_title: String,
    pub rows: Vec<RegistrationRow>,
    /// Registrations matching the search, on every page.
    pub total: u64,
    pub page: u64,
    pub pages: u64,
}

/// One registration as staff see it, with what was done to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffRegistration {
    pub id: String,
    pub event_slug: String,
    pub event_title: String,
    pub details: RegistrationForm,
    pub status: Status,
    pub attendance: Attendance,
    pub waitlist_position: Option<u64>,
    pub in_person_full: bool,
    pub in_person_limit: u64,
    pub history: Vec<AuditEntry>,
}

/// One line of the audit log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// False for a change made by the participant or by the platform; the
    /// name is then [`crate::organizer::audit::Actor`]'s code.
    pub by_staff: bool,
    pub staff_name: String,
    pub action: String,
    pub subject: String,
    pub reason: Option<String>,
    /// The fields that changed: name, before, after.
    pub changes: Vec<(String, String, String)>,
}

/// Everything staff do that the log records, as `subject.verb`.
pub const AUDIT_ACTIONS: [&str; 27] = [
    "registration.update",
    "registration.cancel",
    "registration.erase",
    "registration.give_place",
    "registration.check_in",
    "event.capacity",
    "event.create",
    "event.update",
    "event.needs_removed",
    "event.anonymised",
    "activity.create",
    "activity.update",
    "activity.cancel",
    "room.create",
    "room.update",
    "room.remove",
    "speaker.create",
    "speaker.update",
    "speaker.remove",
    "theme.create",
    "theme.rename",
    "theme.retire",
    "theme.restore",
    "announcement.send",
    "staff.create",
    "staff.role",
    "staff.disable",
];

/// The message key naming an audited action.
pub fn audit_action_key(action: &str) -> String {
    format!("audit-{}", action.replace(['.', '_'], "-"))
}

/// Which entries of the audit log to show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    pub event_id: Option<i32>,
    pub action: String,
    pub subject: String,
    /// Part of the staff member's name.
    pub staff: String,
    /// Only entries older than this one (the next page).
    pub before: Option<i64>,
}

/// A page of the audit log; `next` continues it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub next: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_keeps_its_filters_across_pages() {
        let query = RegistrationQuery {
            q: "Ana María".into(),
            status: "waitlisted".into(),
            ..Default::default()
        };
        assert_eq!(
            query.to_query_string(1),
            "q=Ana%20Mar%C3%ADa&status=waitlisted"
        );
        assert_eq!(
            query.to_query_string(3),
            "q=Ana%20Mar%C3%ADa&status=waitlisted&page=3"
        );
        assert_eq!(query.page_number(), 1);
        let bad_page = RegistrationQuery {
            page: "-2".into(),
            ..Default::default()
        };
        assert_eq!(bad_page.page_number(), 1);
    }
}
