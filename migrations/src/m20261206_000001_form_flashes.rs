use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// What a refused form held, kept for the page the browser is sent back
/// to: the cookie holds only a key, so a long draft comes back whole and
/// every server instance finds it. The row is sealed with that key (the
/// database alone cannot read it), read once, and expires after minutes.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FormFlashes::Table)
                    .if_not_exists()
                    .col(string(FormFlashes::KeyHash).primary_key())
                    .col(text(FormFlashes::Sealed))
                    .col(timestamp_with_time_zone(FormFlashes::ExpiresAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("form_flashes_by_expiry")
                    .table(FormFlashes::Table)
                    .col(FormFlashes::ExpiresAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum FormFlashes {
    Table,
    KeyHash,
    Sealed,
    ExpiresAt,
}
