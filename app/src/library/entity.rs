//! Stored themes, files, practices, their revisions and moderation steps.

pub mod theme {
    use sea_orm::entity::prelude::*;

    /// A theme of the curated list. The first ones have translated names
    /// (`library-theme-{code}`); themes organizers add show `name`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "library_themes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        #[sea_orm(unique)]
        pub code: String,
        pub name: String,
        pub position: i32,
        /// No longer offered to new submissions; kept on older ones.
        pub retired: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod stored_file {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "stored_files")]
    pub struct Model {
        /// SHA-256 of the content, hex; the file's name under `DATA_DIR/files/`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub sha256: String,
        /// Decided from the content when it was stored.
        pub media_type: String,
        pub size: i64,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod practice {
    use crate::library::rules::Review;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "practices")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Where the latest revision stands.
        pub review: Review,
        /// What the public sees, unless the practice is withdrawn.
        pub published_revision_id: Option<Uuid>,
        pub latest_revision_id: Uuid,
        pub submitter_name: String,
        pub submitter_email: String,
        /// The submitter's language, for their emails.
        pub language: String,
        /// Made by the demo seed, and marked as such on every page.
        pub demo: bool,
        pub published_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod link {
    use sea_orm::entity::prelude::*;

    /// A secret link to follow and edit a practice; each email carries its
    /// own, and all stay valid.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "practice_links")]
    pub struct Model {
        /// SHA-256 of the token; the token itself is only in the email.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub practice_id: Uuid,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod revision {
    use crate::events::entity::TextList;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "practice_revisions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        pub practice_id: Uuid,
        /// 1 for the first submission, counting up.
        pub number: i32,
        pub title: String,
        #[sea_orm(column_type = "Text")]
        pub summary: String,
        /// Markdown as written; made into safe HTML when shown.
        #[sea_orm(column_type = "Text")]
        pub description: String,
        pub organisation: String,
        /// ISO 3166-1 alpha-2 code.
        pub country: String,
        /// Theme codes.
        pub themes: TextList,
        pub event_id: Option<i32>,
        pub contact_name: Option<String>,
        pub contact_email: Option<String>,
        /// The submitter agreed to show the contact details.
        pub contact_public: bool,
        /// Licence code, e.g. `cc-by-4.0`.
        pub licence: String,
        pub file_sha256: Option<String>,
        /// The name the file was sent with, for downloads.
        pub file_name: Option<String>,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod step {
    use sea_orm::entity::prelude::*;

    /// One step in a practice's life: who took it, when, with what note.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "moderation_steps")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub practice_id: Uuid,
        pub revision_id: Uuid,
        /// `rules::Step::code`.
        pub action: String,
        /// The moderator; none when the submitter took the step.
        pub staff_id: Option<i32>,
        pub actor_name: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub note: Option<String>,
        pub at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
