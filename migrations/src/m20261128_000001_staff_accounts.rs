use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Staff accounts can be turned off by an admin: the account stays (the
/// audit log names it) but no longer signs in.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.has_column("staff_users", "disabled_at").await? {
            return Ok(());
        }
        manager
            .alter_table(
                Table::alter()
                    .table(StaffUsers::Table)
                    .add_column(timestamp_with_time_zone_null(StaffUsers::DisabledAt))
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    DisabledAt,
}
