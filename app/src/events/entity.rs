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
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
