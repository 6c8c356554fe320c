use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The live stream of a streamed session: its publish token (kept only as a
/// hash, shown once to organizers, replaced or revoked by them) and whether
/// people who are not registered may watch it too.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Streams::Table)
                    .if_not_exists()
                    .col(integer(Streams::ActivityId).primary_key())
                    .col(string_null(Streams::PublishTokenHash))
                    .col(boolean(Streams::Public).default(false))
                    .col(timestamp_with_time_zone(Streams::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Streams::Table, Streams::ActivityId)
                            .to(Activities::Table, Activities::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("streams_publish_token")
                    .table(Streams::Table)
                    .col(Streams::PublishTokenHash)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Streams {
    Table,
    ActivityId,
    PublishTokenHash,
    Public,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Activities {
    Table,
    Id,
}
