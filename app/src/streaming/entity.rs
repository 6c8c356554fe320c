use sea_orm::entity::prelude::*;

/// The stream of a streamed session. A row exists once an organizer has
/// given the stream a publish token or made it public.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "streams")]
pub struct Model {
    /// The programme activity streamed.
    #[sea_orm(primary_key, auto_increment = false)]
    pub activity_id: i32,
    /// SHA-256 of the publish token; `None` when revoked or never given.
    pub publish_token_hash: Option<String>,
    /// Whether people who are not registered may watch.
    pub public: bool,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
