//! The registration as forms, pages and the open API exchange it.

use crate::forms::FieldErrors;
use serde::{Deserialize, Deserializer, Serialize};

#[cfg(feature = "ssr")]
use sea_orm::sea_query::StringLen;

/// How someone takes part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum, utoipa::ToSchema),
    sea_orm(rs_type = "String", db_type = "String(StringLen::None)")
)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "in_person"))]
    InPerson,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "online"))]
    Online,
}

impl Attendance {
    pub fn from_code(code: &str) -> Option<Attendance> {
        match code.trim() {
            "in_person" => Some(Attendance::InPerson),
            "online" => Some(Attendance::Online),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Attendance::InPerson => "in_person",
            Attendance::Online => "online",
        }
    }
}

/// Where a registration stands. In-person registrations wait for a place
/// (`Waitlisted`), may be offered one for a limited time (`Offered`), and
/// hold one when `Confirmed`; online registrations are always confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum, utoipa::ToSchema),
    sea_orm(rs_type = "String", db_type = "String(StringLen::None)")
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "confirmed"))]
    Confirmed,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "waitlisted"))]
    Waitlisted,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "offered"))]
    Offered,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "cancelled"))]
    Cancelled,
}

/// The kinds of organisation participants work for, as stored; organizers
/// see participants counted by them.
pub const ORGANISATION_TYPES: [&str; 7] = [
    "reception_agency",
    "ministry",
    "municipality",
    "ngo",
    "international",
    "research",
    "other",
];

/// What the registration form (and the open API) sends, as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RegistrationForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub organisation: String,
    /// One of [`ORGANISATION_TYPES`], or empty: answering is optional.
    #[serde(default)]
    pub organisation_type: String,
    /// ISO 3166-1 alpha-2 code.
    #[serde(default)]
    pub country: String,
    /// The person's job or role.
    #[serde(default)]
    pub function: String,
    /// `in_person` or `online`.
    #[serde(default)]
    pub attendance: String,
    /// Language for emails: a code of [`crate::i18n::Locale`].
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub accessibility_needs: String,
    #[serde(default)]
    pub dietary_needs: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub privacy_consent: bool,
    #[serde(default, deserialize_with = "checkbox")]
    pub list_consent: bool,
}

/// A checkbox arrives as `"on"` from an HTML form and as `true` from JSON.
pub(crate) fn checkbox<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Checkbox {
        Bool(bool),
        Text(String),
    }
    Ok(match Checkbox::deserialize(deserializer)? {
        Checkbox::Bool(value) => value,
        Checkbox::Text(text) => matches!(text.as_str(), "on" | "true" | "yes" | "1"),
    })
}

/// The answer to a registration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RegistrationReceipt {
    pub id: String,
    pub status: Status,
    pub attendance: Attendance,
    pub waitlist_position: Option<u64>,
}

/// What a form page gets back after posting: where to go on success, or what
/// to fix. Posted without JavaScript, the same travels through a redirect.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FormOutcome<T> {
    pub values: T,
    pub errors: FieldErrors,
    /// A message for the whole form (a message key).
    pub problem: Option<String>,
}

/// A registration as its owner sees it on the manage page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManageView {
    pub event_slug: String,
    pub event_title: String,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
    pub timezone: String,
    pub status: Status,
    pub attendance: Attendance,
    pub waitlist_position: Option<u64>,
    /// When an open offer expires, in the event's time zone and the reader's language.
    pub offer_deadline: Option<String>,
    /// Whether asking for an in-person place now means joining the waitlist.
    pub in_person_full: bool,
    pub details: RegistrationForm,
}
