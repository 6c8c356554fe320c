use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A list of short texts kept as JSON (objectives, target groups).
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize, FromJsonQueryResult)]
pub struct TextList(pub Vec<String>);

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub title: String,
    pub theme: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    pub venue: String,
    pub objectives: TextList,
    pub target_groups: TextList,
    pub starts_on: Date,
    pub ends_on: Date,
    /// IANA time zone of the venue, e.g. Europe/Amsterdam.
    pub timezone: String,
    pub in_person_capacity: i32,
    /// How long a waitlist offer stays open.
    pub offer_hours: i32,
    pub registration_open: bool,
    /// Bumped by every transaction that takes the event's lock; the update
    /// itself is the lock that serialises changes to the event's places.
    pub capacity_revision: i64,
    pub created_at: DateTimeUtc,
    /// Registration opens then (none: as soon as it is opened).
    pub registration_opens_at: Option<DateTimeUtc>,
    /// Registration closes then (none: when organizers close it).
    pub registration_closes_at: Option<DateTimeUtc>,
    /// Days after the event that participants' personal data is kept.
    pub retention_days: i32,
}

impl Model {
    /// Whether someone may register now: organizers opened registration,
    /// and the moment falls inside its window.
    pub fn accepts_registrations(&self, now: DateTimeUtc) -> bool {
        self.registration_open
            && self.registration_opens_at.is_none_or(|opens| opens <= now)
            && self
                .registration_closes_at
                .is_none_or(|closes| now < closes)
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[cfg(test)]
impl Model {
    /// The demo event as a model, for unit tests.
    pub fn sample() -> Model {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2025, 5, d).unwrap_or_default();
        Model {
            id: 1,
            slug: "ikp-2025".into(),
            title: "International Exchange Event 2025".into(),
            theme: "Digital".into(),
            summary: String::new(),
            venue: "Eindhoven region, the Netherlands".into(),
            objectives: TextList::default(),
            target_groups: TextList::default(),
            starts_on: day(15),
            ends_on: day(16),
            timezone: "Europe/Amsterdam".into(),
            in_person_capacity: 150,
            offer_hours: 48,
            registration_open: true,
            capacity_revision: 0,
            created_at: chrono::Utc::now(),
            registration_opens_at: None,
            registration_closes_at: None,
            retention_days: 90,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, Utc};

    #[test]
    fn registration_is_open_inside_its_window_only() {
        let now = Utc::now();
        let mut event = Model::sample();
        assert!(event.accepts_registrations(now));
        event.registration_opens_at = Some(now + Duration::hours(1));
        assert!(!event.accepts_registrations(now), "not yet");
        event.registration_opens_at = Some(now - Duration::hours(1));
        event.registration_closes_at = Some(now);
        assert!(
            !event.accepts_registrations(now),
            "closed at the stroke of the deadline"
        );
        event.registration_closes_at = Some(now + Duration::minutes(1));
        assert!(event.accepts_registrations(now));
        event.registration_open = false;
        assert!(!event.accepts_registrations(now), "organizers closed it");
    }
}
