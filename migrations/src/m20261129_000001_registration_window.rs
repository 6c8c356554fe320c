use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An event's registration window: registration is open when organizers
/// have opened it and the moment falls between these (either may be unset).
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Events::RegistrationOpensAt, Events::RegistrationClosesAt] {
            let name = column.to_string();
            if !manager.has_column("events", &name).await? {
                manager
                    .alter_table(
                        Table::alter()
                            .table(Events::Table)
                            .add_column(timestamp_with_time_zone_null(column))
                            .to_owned(),
                    )
                    .await?;
            }
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum Events {
    Table,
    RegistrationOpensAt,
    RegistrationClosesAt,
}
