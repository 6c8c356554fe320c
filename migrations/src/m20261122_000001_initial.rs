use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .if_not_exists()
                    .col(pk_auto(Events::Id))
                    .col(string_uniq(Events::Slug))
                    .col(string(Events::Title))
                    .col(string(Events::Theme))
                    .col(text(Events::Summary))
                    .col(string(Events::Venue))
                    .col(json(Events::Objectives))
                    .col(json(Events::TargetGroups))
                    .col(date(Events::StartsOn))
                    .col(date(Events::EndsOn))
                    .col(string(Events::Timezone))
                    .col(integer(Events::InPersonCapacity))
                    .col(integer(Events::OfferHours))
                    .col(boolean(Events::RegistrationOpen))
                    .col(big_integer(Events::CapacityRevision).default(0))
                    .col(timestamp_with_time_zone(Events::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Registrations::Table)
                    .if_not_exists()
                    .col(pk_uuid(Registrations::Id))
                    .col(integer(Registrations::EventId))
                    .col(string(Registrations::Name))
                    .col(string(Registrations::Email))
                    .col(string(Registrations::EmailNormalized))
                    .col(string(Registrations::Organisation))
                    .col(string_len(Registrations::Country, 2))
                    .col(string(Registrations::JobFunction))
                    .col(string(Registrations::Attendance))
                    .col(string(Registrations::Status))
                    .col(string(Registrations::Language))
                    .col(text_null(Registrations::AccessibilityNeeds))
                    .col(text_null(Registrations::DietaryNeeds))
                    .col(boolean(Registrations::ListConsent))
                    .col(timestamp_with_time_zone(Registrations::PrivacyConsentAt))
                    .col(big_integer_null(Registrations::WaitlistSeq))
                    .col(timestamp_with_time_zone_null(Registrations::OfferExpiresAt))
                    .col(timestamp_with_time_zone(Registrations::CreatedAt))
                    .col(timestamp_with_time_zone(Registrations::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Registrations::CancelledAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Registrations::Table, Registrations::EventId)
                            .to(Events::Table, Events::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One active registration per email and event; a cancelled one may register again.
        // Partial unique indexes are written the same way on SQLite and PostgreSQL.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX IF NOT EXISTS ux_registrations_event_email \
                 ON registrations (event_id, email_normalized) WHERE status <> 'cancelled'",
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_registrations_event_status")
                    .table(Registrations::Table)
                    .col(Registrations::EventId)
                    .col(Registrations::Attendance)
                    .col(Registrations::Status)
                    .to_owned(),
            )
            .await?;
        // Waitlist order: the next number, each person's position and the
        // head of the line, all from the index alone.
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_registrations_waitlist")
                    .table(Registrations::Table)
                    .col(Registrations::EventId)
                    .col(Registrations::Status)
                    .col(Registrations::WaitlistSeq)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_registrations_offer_expiry")
                    .table(Registrations::Table)
                    .col(Registrations::Status)
                    .col(Registrations::OfferExpiresAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AccessTokens::Table)
                    .if_not_exists()
                    .col(string(AccessTokens::TokenHash).primary_key())
                    .col(uuid(AccessTokens::RegistrationId))
                    .col(timestamp_with_time_zone(AccessTokens::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AccessTokens::Table, AccessTokens::RegistrationId)
                            .to(Registrations::Table, Registrations::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(big_pk_auto(Outbox::Id))
                    .col(uuid_null(Outbox::RegistrationId))
                    .col(string(Outbox::Kind))
                    .col(string(Outbox::Recipient))
                    .col(string(Outbox::Subject))
                    .col(text(Outbox::Message))
                    .col(integer(Outbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(Outbox::ClaimedUntil))
                    .col(text_null(Outbox::LastError))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::SentAt)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffUsers::Table)
                    .if_not_exists()
                    .col(pk_auto(StaffUsers::Id))
                    .col(string_uniq(StaffUsers::Email))
                    .col(string(StaffUsers::Name))
                    .col(string(StaffUsers::PasswordHash))
                    .col(string(StaffUsers::Role))
                    .col(timestamp_with_time_zone(StaffUsers::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffSessions::Table)
                    .if_not_exists()
                    .col(string(StaffSessions::TokenHash).primary_key())
                    .col(integer(StaffSessions::StaffUserId))
                    .col(timestamp_with_time_zone(StaffSessions::ExpiresAt))
                    .col(timestamp_with_time_zone(StaffSessions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSessions::Table, StaffSessions::StaffUserId)
                            .to(StaffUsers::Table, StaffUsers::Id),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    Slug,
    Title,
    Theme,
    Summary,
    Venue,
    Objectives,
    TargetGroups,
    StartsOn,
    EndsOn,
    Timezone,
    InPersonCapacity,
    OfferHours,
    RegistrationOpen,
    CapacityRevision,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
    EventId,
    Name,
    Email,
    EmailNormalized,
    Organisation,
    Country,
    JobFunction,
    Attendance,
    Status,
    Language,
    AccessibilityNeeds,
    DietaryNeeds,
    ListConsent,
    PrivacyConsentAt,
    WaitlistSeq,
    OfferExpiresAt,
    CreatedAt,
    UpdatedAt,
    CancelledAt,
}

#[derive(DeriveIden)]
enum AccessTokens {
    Table,
    TokenHash,
    RegistrationId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    RegistrationId,
    Kind,
    Recipient,
    Subject,
    Message,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum StaffUsers {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffSessions {
    Table,
    TokenHash,
    StaffUserId,
    ExpiresAt,
    CreatedAt,
}
