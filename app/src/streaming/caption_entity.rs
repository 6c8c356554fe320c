use sea_orm::entity::prelude::*;

/// One line of a streamed session's live captions.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stream_captions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The programme activity streamed.
    pub activity_id: i32,
    pub text: String,
    /// The staff account that typed it.
    pub sent_by: i32,
    pub sent_at: DateTimeUtc,
    /// The form it came from and its text, hashed: sent again, it is not
    /// stored twice.
    pub line_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
