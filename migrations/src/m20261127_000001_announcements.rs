use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Announcements to a segment of an event's participants: the message as
/// written (JSON of subject and body per language), and each email of it in
/// the outbox, marked with the announcement so its progress can be shown.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Announcements::Table)
                    .if_not_exists()
                    .col(pk_auto(Announcements::Id))
                    .col(integer(Announcements::EventId))
                    .col(string(Announcements::Segment))
                    .col(text(Announcements::Texts))
                    .col(integer(Announcements::Recipients))
                    .col(string(Announcements::SentBy))
                    .col(timestamp_with_time_zone(Announcements::CreatedAt))
                    .to_owned(),
            )
            .await?;
        if !manager.has_column("outbox", "announcement_id").await? {
            manager
                .alter_table(
                    Table::alter()
                        .table(Outbox::Table)
                        .add_column(integer_null(Outbox::AnnouncementId))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("outbox_by_announcement")
                    .table(Outbox::Table)
                    .col(Outbox::AnnouncementId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Announcements {
    Table,
    Id,
    EventId,
    Segment,
    Texts,
    Recipients,
    SentBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    AnnouncementId,
}
