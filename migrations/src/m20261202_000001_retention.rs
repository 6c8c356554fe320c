use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// How many days after an event its participants' personal data is kept
/// before the scheduled job anonymises it.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if !manager.has_column("events", "retention_days").await? {
            manager
                .alter_table(
                    Table::alter()
                        .table(Events::Table)
                        .add_column(
                            ColumnDef::new(Events::RetentionDays)
                                .integer()
                                .not_null()
                                .default(90),
                        )
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Events {
    Table,
    RetentionDays,
}
