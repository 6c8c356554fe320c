use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A caption line sent twice from the same form (an answer lost on a bad
/// connection, then sent again) is stored once: the line's key is unique
/// per session. Lines kept from before have none.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if !manager.has_column("stream_captions", "line_key").await? {
            manager
                .alter_table(
                    Table::alter()
                        .table(StreamCaptions::Table)
                        .add_column(string_null(StreamCaptions::LineKey))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("stream_captions_once_per_key")
                    .table(StreamCaptions::Table)
                    .col(StreamCaptions::ActivityId)
                    .col(StreamCaptions::LineKey)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum StreamCaptions {
    Table,
    ActivityId,
    LineKey,
}
