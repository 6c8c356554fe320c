use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The organizers' registrations list reads an event's registrations newest
/// or oldest first, a page at a time: this index serves that order.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_registrations_event_created")
                    .table(Registrations::Table)
                    .col(Registrations::EventId)
                    .col(Registrations::CreatedAt)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Registrations {
    Table,
    EventId,
    CreatedAt,
}
