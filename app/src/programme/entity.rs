//! Stored rooms, speakers, activities, bookings and calendar feeds.

pub mod room {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "rooms")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub event_id: i32,
        pub name: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub directions: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod speaker {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "speakers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub event_id: i32,
        pub name: String,
        pub organisation: String,
        /// ISO 3166-1 alpha-2 code.
        pub country: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub bio: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod activity {
    use crate::programme::model::{ActivityKind, Mode};
    use sea_orm::entity::prelude::*;

    /// A plenary, breakout, workshop or site visit.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activities")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub event_id: i32,
        pub kind: ActivityKind,
        pub title: String,
        #[sea_orm(column_type = "Text")]
        pub summary: String,
        /// Key of one of the event's themes, for filtering.
        pub theme: Option<String>,
        pub mode: Mode,
        pub room_id: Option<i32>,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
        pub streamed: bool,
        /// In-person places; `None` is unlimited.
        pub capacity: Option<i32>,
        #[sea_orm(column_type = "Text", nullable)]
        pub meeting_point: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub transport: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub what_to_bring: Option<String>,
        pub cancelled_at: Option<DateTimeUtc>,
        /// Raised by every change a calendar should pick up (iCalendar SEQUENCE).
        pub sequence: i32,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod activity_speaker {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_speakers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub activity_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub speaker_id: i32,
        /// Order in which speakers are listed.
        pub position: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod booking {
    use crate::registration::model::Status;
    use sea_orm::entity::prelude::*;

    /// A participant's place (or place in line) for an activity. States as
    /// for the event's in-person places: confirmed, waitlisted, offered,
    /// cancelled.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "bookings")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub activity_id: i32,
        pub registration_id: Uuid,
        pub status: Status,
        /// Holds (or waits for) one of the in-person places. Taking part
        /// online in a hybrid or online session never uses one: it is
        /// always confirmed and not counted against the capacity.
        pub in_person: bool,
        pub waitlist_seq: Option<i64>,
        pub offer_expires_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "super::activity::Entity",
            from = "Column::ActivityId",
            to = "super::activity::Column::Id"
        )]
        Activity,
        #[sea_orm(
            belongs_to = "crate::registration::entity::registration::Entity",
            from = "Column::RegistrationId",
            to = "crate::registration::entity::registration::Column::Id"
        )]
        Registration,
    }

    impl Related<crate::registration::entity::registration::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Registration.def()
        }
    }

    impl Related<super::activity::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Activity.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod calendar_feed {
    use sea_orm::entity::prelude::*;

    /// The secret address of a participant's calendar feed, kept only as
    /// its hash. A new address revokes the old one.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "calendar_feeds")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub registration_id: Uuid,
        pub created_at: DateTimeUtc,
        pub revoked_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
