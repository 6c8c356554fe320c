use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// When a registration's personal data was erased (by its owner) or
/// anonymised (after the event's retention period); what stays is what the
/// statistics need: country, attendance, status and dates.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if !manager.has_column("registrations", "anonymised_at").await? {
            manager
                .alter_table(
                    Table::alter()
                        .table(Registrations::Table)
                        .add_column(timestamp_with_time_zone_null(Registrations::AnonymisedAt))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Registrations {
    Table,
    AnonymisedAt,
}
