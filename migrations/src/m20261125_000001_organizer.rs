use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The organizers' console: the audit log of every staff action (append
/// only: rows are inserted, never changed) and the type of organisation a
/// participant works for (optional; it feeds the dashboard's chart).
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .if_not_exists()
                    .col(big_pk_auto(AuditLog::Id))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    .col(integer_null(AuditLog::StaffUserId))
                    .col(string(AuditLog::StaffName))
                    .col(string(AuditLog::Action))
                    .col(integer_null(AuditLog::EventId))
                    .col(string(AuditLog::Subject))
                    .col(text_null(AuditLog::Reason))
                    .col(text_null(AuditLog::Before))
                    .col(text_null(AuditLog::After))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_by_subject")
                    .table(AuditLog::Table)
                    .col(AuditLog::Subject)
                    .col(AuditLog::Id)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_by_event")
                    .table(AuditLog::Table)
                    .col(AuditLog::EventId)
                    .col(AuditLog::Id)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        if !manager
            .has_column("registrations", "organisation_type")
            .await?
        {
            manager
                .alter_table(
                    Table::alter()
                        .table(Registrations::Table)
                        .add_column(string_null(Registrations::OrganisationType))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    StaffUserId,
    StaffName,
    Action,
    EventId,
    Subject,
    Reason,
    Before,
    After,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    OrganisationType,
}
