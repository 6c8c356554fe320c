//! Everything the platform holds about one registration, as its owner
//! downloads it (JSON) and reads it (the data page). Field names are those
//! of the download.

use crate::registration::model::{Attendance, Status};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonalData {
    pub exported_at: DateTime<Utc>,
    pub event: EventData,
    pub registration: RegistrationData,
    /// Breakouts, workshops and site visits signed up for.
    pub sign_ups: Vec<SignUpData>,
    pub checked_in_at: Option<DateTime<Utc>>,
    /// Personal calendar subscriptions (the address is secret and stored hashed).
    pub calendar_feeds: Vec<FeedData>,
    /// Emails sent or waiting to be sent to the person.
    pub emails: Vec<EmailData>,
    /// Changes staff made to the registration.
    pub staff_changes: Vec<StaffChangeData>,
    /// Secret links emailed to the person; stored only as hashes.
    pub secret_links: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventData {
    pub slug: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationData {
    pub id: String,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub organisation_type: Option<String>,
    pub country: String,
    pub function: String,
    pub attendance: Attendance,
    pub status: Status,
    pub language: String,
    pub accessibility_needs: Option<String>,
    pub dietary_needs: Option<String>,
    pub list_consent: bool,
    pub privacy_consent_at: DateTime<Utc>,
    pub waitlist_number: Option<i64>,
    pub offer_expires_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub cancelled_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignUpData {
    pub activity: String,
    pub starts_at: DateTime<Utc>,
    pub status: Status,
    pub created_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeedData {
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmailData {
    pub kind: String,
    pub subject: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// What is due for removal at an event, as organizers read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionView {
    /// When accessibility and dietary needs are removed (local time, zone named).
    pub needs_from: String,
    /// When everything personal is anonymised.
    pub anonymised_from: String,
    /// Registrations that still hold needs.
    pub holding_needs: u64,
    /// Registrations not yet anonymised.
    pub holding_personal: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffChangeData {
    pub at: DateTime<Utc>,
    pub action: String,
    pub staff_name: String,
    pub reason: Option<String>,
}
