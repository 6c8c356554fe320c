use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Live captions of a streamed session, line by line as a captioner typed
/// them: viewers get each line as it comes, and the lines stay as the
/// session's transcript.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StreamCaptions::Table)
                    .if_not_exists()
                    .col(pk_auto(StreamCaptions::Id))
                    .col(integer(StreamCaptions::ActivityId))
                    .col(text(StreamCaptions::Text))
                    .col(integer(StreamCaptions::SentBy))
                    .col(timestamp_with_time_zone(StreamCaptions::SentAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StreamCaptions::Table, StreamCaptions::ActivityId)
                            .to(Activities::Table, Activities::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("stream_captions_by_session")
                    .table(StreamCaptions::Table)
                    .col(StreamCaptions::ActivityId)
                    .col(StreamCaptions::Id)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum StreamCaptions {
    Table,
    Id,
    ActivityId,
    Text,
    SentBy,
    SentAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Activities {
    Table,
    Id,
}
