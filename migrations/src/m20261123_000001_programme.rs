use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The programme: rooms, speakers, activities (plenaries, breakouts,
/// workshops and site visits share one table, so that one booking and
/// waitlist mechanism serves them all), the bookings of participants and
/// the secret addresses of their calendar feeds.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Rooms::Table)
                    .if_not_exists()
                    .col(pk_auto(Rooms::Id))
                    .col(integer(Rooms::EventId))
                    .col(string(Rooms::Name))
                    .col(text_null(Rooms::Directions))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Rooms::Table, Rooms::EventId)
                            .to(Events::Table, Events::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Speakers::Table)
                    .if_not_exists()
                    .col(pk_auto(Speakers::Id))
                    .col(integer(Speakers::EventId))
                    .col(string(Speakers::Name))
                    .col(string(Speakers::Organisation))
                    .col(string(Speakers::Country))
                    .col(text_null(Speakers::Bio))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Speakers::Table, Speakers::EventId)
                            .to(Events::Table, Events::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Activities::Table)
                    .if_not_exists()
                    .col(pk_auto(Activities::Id))
                    .col(integer(Activities::EventId))
                    .col(string(Activities::Kind))
                    .col(string(Activities::Title))
                    .col(text(Activities::Summary))
                    .col(string_null(Activities::Theme))
                    .col(string(Activities::Mode))
                    .col(integer_null(Activities::RoomId))
                    .col(timestamp_with_time_zone(Activities::StartsAt))
                    .col(timestamp_with_time_zone(Activities::EndsAt))
                    .col(boolean(Activities::Streamed))
                    .col(integer_null(Activities::Capacity))
                    .col(text_null(Activities::MeetingPoint))
                    .col(text_null(Activities::Transport))
                    .col(text_null(Activities::WhatToBring))
                    .col(timestamp_with_time_zone_null(Activities::CancelledAt))
                    .col(integer(Activities::Sequence).default(0))
                    .col(timestamp_with_time_zone(Activities::CreatedAt))
                    .col(timestamp_with_time_zone(Activities::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Activities::Table, Activities::EventId)
                            .to(Events::Table, Events::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Activities::Table, Activities::RoomId)
                            .to(Rooms::Table, Rooms::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_activities_event_start")
                    .table(Activities::Table)
                    .col(Activities::EventId)
                    .col(Activities::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ActivitySpeakers::Table)
                    .if_not_exists()
                    .col(integer(ActivitySpeakers::ActivityId))
                    .col(integer(ActivitySpeakers::SpeakerId))
                    .col(integer(ActivitySpeakers::Position))
                    .primary_key(
                        Index::create()
                            .col(ActivitySpeakers::ActivityId)
                            .col(ActivitySpeakers::SpeakerId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ActivitySpeakers::Table, ActivitySpeakers::ActivityId)
                            .to(Activities::Table, Activities::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ActivitySpeakers::Table, ActivitySpeakers::SpeakerId)
                            .to(Speakers::Table, Speakers::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Bookings::Table)
                    .if_not_exists()
                    .col(pk_uuid(Bookings::Id))
                    .col(integer(Bookings::ActivityId))
                    .col(uuid(Bookings::RegistrationId))
                    .col(string(Bookings::Status))
                    .col(boolean(Bookings::InPerson))
                    .col(big_integer_null(Bookings::WaitlistSeq))
                    .col(timestamp_with_time_zone_null(Bookings::OfferExpiresAt))
                    .col(timestamp_with_time_zone(Bookings::CreatedAt))
                    .col(timestamp_with_time_zone(Bookings::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Bookings::Table, Bookings::ActivityId)
                            .to(Activities::Table, Activities::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Bookings::Table, Bookings::RegistrationId)
                            .to(Registrations::Table, Registrations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One active booking per person and activity.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX IF NOT EXISTS ux_bookings_activity_registration \
                 ON bookings (activity_id, registration_id) WHERE status <> 'cancelled'",
            )
            .await?;
        // Counts by state and the waitlist's order, from the index alone.
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_bookings_waitlist")
                    .table(Bookings::Table)
                    .col(Bookings::ActivityId)
                    .col(Bookings::InPerson)
                    .col(Bookings::Status)
                    .col(Bookings::WaitlistSeq)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_bookings_registration")
                    .table(Bookings::Table)
                    .col(Bookings::RegistrationId)
                    .col(Bookings::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .if_not_exists()
                    .name("ix_bookings_offer_expiry")
                    .table(Bookings::Table)
                    .col(Bookings::Status)
                    .col(Bookings::OfferExpiresAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CalendarFeeds::Table)
                    .if_not_exists()
                    .col(string(CalendarFeeds::TokenHash).primary_key())
                    .col(uuid(CalendarFeeds::RegistrationId))
                    .col(timestamp_with_time_zone(CalendarFeeds::CreatedAt))
                    .col(timestamp_with_time_zone_null(CalendarFeeds::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CalendarFeeds::Table, CalendarFeeds::RegistrationId)
                            .to(Registrations::Table, Registrations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CalendarFeeds::Table.into_iden(),
            Bookings::Table.into_iden(),
            ActivitySpeakers::Table.into_iden(),
            Activities::Table.into_iden(),
            Speakers::Table.into_iden(),
            Rooms::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Rooms {
    Table,
    Id,
    EventId,
    Name,
    Directions,
}

#[derive(DeriveIden)]
enum Speakers {
    Table,
    Id,
    EventId,
    Name,
    Organisation,
    Country,
    Bio,
}

#[derive(DeriveIden)]
enum Activities {
    Table,
    Id,
    EventId,
    Kind,
    Title,
    Summary,
    Theme,
    Mode,
    RoomId,
    StartsAt,
    EndsAt,
    Streamed,
    Capacity,
    MeetingPoint,
    Transport,
    WhatToBring,
    CancelledAt,
    Sequence,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ActivitySpeakers {
    Table,
    ActivityId,
    SpeakerId,
    Position,
}

#[derive(DeriveIden)]
enum Bookings {
    Table,
    Id,
    ActivityId,
    RegistrationId,
    Status,
    InPerson,
    WaitlistSeq,
    OfferExpiresAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CalendarFeeds {
    Table,
    TokenHash,
    RegistrationId,
    CreatedAt,
    RevokedAt,
}
