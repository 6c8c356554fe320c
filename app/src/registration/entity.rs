//! Stored registrations and the hashes of their secret links.

pub mod registration {
    use crate::registration::model::{Attendance, Status};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "registrations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub event_id: i32,
        pub name: String,
        pub email: String,
        /// Lower-cased email: one active registration per address and event.
        pub email_normalized: String,
        pub organisation: String,
        pub organisation_type: Option<String>,
        pub country: String,
        pub job_function: String,
        pub attendance: Attendance,
        pub status: Status,
        pub language: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub accessibility_needs: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub dietary_needs: Option<String>,
        pub list_consent: bool,
        pub privacy_consent_at: DateTimeUtc,
        /// Order on the in-person waitlist; set while waiting or offered.
        pub waitlist_seq: Option<i64>,
        pub offer_expires_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub cancelled_at: Option<DateTimeUtc>,
        /// What the person's QR code carries for check-in at the venue.
        #[sea_orm(unique)]
        pub check_in_code: Option<String>,
        /// Set when the personal data was erased or anonymised.
        pub anonymised_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::events::entity::Entity",
            from = "Column::EventId",
            to = "crate::events::entity::Column::Id"
        )]
        Event,
    }

    impl Related<crate::events::entity::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Event.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod access_token {
    use sea_orm::entity::prelude::*;

    /// A secret link to a registration, kept only as its hash. A registration
    /// can have several (each email that carries a link gets its own).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "access_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub registration_id: Uuid,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
