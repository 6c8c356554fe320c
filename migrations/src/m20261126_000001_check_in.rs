use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Check-in at the venue: each registration gets a random check-in code (the
/// QR code carries it; it says nothing by itself), and a check-in is kept
/// once per registration: the primary key makes a second scan, from any
/// phone at the same moment, find the first.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if !manager.has_column("registrations", "check_in_code").await? {
            manager
                .alter_table(
                    Table::alter()
                        .table(Registrations::Table)
                        .add_column(string_null(Registrations::CheckInCode))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("registrations_check_in_code")
                    .table(Registrations::Table)
                    .col(Registrations::CheckInCode)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CheckIns::Table)
                    .if_not_exists()
                    .col(uuid(CheckIns::RegistrationId).primary_key())
                    .col(integer(CheckIns::EventId))
                    .col(timestamp_with_time_zone(CheckIns::CheckedInAt))
                    .col(integer_null(CheckIns::StaffUserId))
                    .col(string(CheckIns::StaffName))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("check_ins_by_event")
                    .table(CheckIns::Table)
                    .col(CheckIns::EventId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    CheckInCode,
}

#[derive(DeriveIden)]
enum CheckIns {
    Table,
    RegistrationId,
    EventId,
    CheckedInAt,
    StaffUserId,
    StaffName,
}
