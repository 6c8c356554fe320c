use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Wrong passwords in a row per staff account, and until when the account
/// is locked after too many: kept in the database so the lock holds across
/// restarts and across instances.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if !manager.has_column("staff_users", "failed_sign_ins").await? {
            manager
                .alter_table(
                    Table::alter()
                        .table(StaffUsers::Table)
                        .add_column(
                            ColumnDef::new(StaffUsers::FailedSignIns)
                                .integer()
                                .not_null()
                                .default(0),
                        )
                        .to_owned(),
                )
                .await?;
        }
        if !manager.has_column("staff_users", "locked_until").await? {
            manager
                .alter_table(
                    Table::alter()
                        .table(StaffUsers::Table)
                        .add_column(timestamp_with_time_zone_null(StaffUsers::LockedUntil))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum StaffUsers {
    Table,
    FailedSignIns,
    LockedUntil,
}
