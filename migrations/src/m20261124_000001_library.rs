use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The best-practice library: the curated themes, practices with their
/// secret follow-and-edit links and their revisions (what the public sees stays until a new revision is
/// approved), every moderation step, and uploaded files stored once by
/// their content hash.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LibraryThemes::Table)
                    .if_not_exists()
                    .col(pk_auto(LibraryThemes::Id))
                    .col(string_uniq(LibraryThemes::Code))
                    .col(string(LibraryThemes::Name))
                    .col(integer(LibraryThemes::Position))
                    .col(boolean(LibraryThemes::Retired))
                    .to_owned(),
            )
            .await?;
        let mut starting_themes = Query::insert()
            .into_table(LibraryThemes::Table)
            .columns([
                LibraryThemes::Code,
                LibraryThemes::Name,
                LibraryThemes::Position,
                LibraryThemes::Retired,
            ])
            .to_owned();
        for ((code, name), position) in STARTING_THEMES.iter().zip(0_i32..) {
            starting_themes.values_panic([
                (*code).into(),
                (*name).into(),
                position.into(),
                false.into(),
            ]);
        }
        manager.exec_stmt(starting_themes).await?;
        manager
            .create_table(
                Table::create()
                    .table(StoredFiles::Table)
                    .if_not_exists()
                    .col(string(StoredFiles::Sha256).primary_key())
                    .col(string(StoredFiles::MediaType))
                    .col(big_integer(StoredFiles::Size))
                    .col(timestamp_with_time_zone(StoredFiles::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Practices::Table)
                    .if_not_exists()
                    .col(uuid(Practices::Id).primary_key())
                    .col(string(Practices::Review))
                    .col(uuid_null(Practices::PublishedRevisionId))
                    .col(uuid(Practices::LatestRevisionId))
                    .col(string(Practices::SubmitterName))
                    .col(string(Practices::SubmitterEmail))
                    .col(string(Practices::Language))
                    .col(boolean(Practices::Demo))
                    .col(timestamp_with_time_zone_null(Practices::PublishedAt))
                    .col(timestamp_with_time_zone(Practices::CreatedAt))
                    .col(timestamp_with_time_zone(Practices::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PracticeLinks::Table)
                    .if_not_exists()
                    .col(string(PracticeLinks::TokenHash).primary_key())
                    .col(uuid(PracticeLinks::PracticeId))
                    .col(timestamp_with_time_zone(PracticeLinks::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PracticeLinks::Table, PracticeLinks::PracticeId)
                            .to(Practices::Table, Practices::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("practices_review")
                    .table(Practices::Table)
                    .col(Practices::Review)
                    .col(Practices::UpdatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PracticeRevisions::Table)
                    .if_not_exists()
                    .col(uuid(PracticeRevisions::Id).primary_key())
                    .col(uuid(PracticeRevisions::PracticeId))
                    .col(integer(PracticeRevisions::Number))
                    .col(string(PracticeRevisions::Title))
                    .col(text(PracticeRevisions::Summary))
                    .col(text(PracticeRevisions::Description))
                    .col(string(PracticeRevisions::Organisation))
                    .col(string(PracticeRevisions::Country))
                    .col(json(PracticeRevisions::Themes))
                    .col(integer_null(PracticeRevisions::EventId))
                    .col(string_null(PracticeRevisions::ContactName))
                    .col(string_null(PracticeRevisions::ContactEmail))
                    .col(boolean(PracticeRevisions::ContactPublic))
                    .col(string(PracticeRevisions::Licence))
                    .col(string_null(PracticeRevisions::FileSha256))
                    .col(string_null(PracticeRevisions::FileName))
                    .col(timestamp_with_time_zone(PracticeRevisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PracticeRevisions::Table, PracticeRevisions::PracticeId)
                            .to(Practices::Table, Practices::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PracticeRevisions::Table, PracticeRevisions::FileSha256)
                            .to(StoredFiles::Table, StoredFiles::Sha256),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PracticeRevisions::Table, PracticeRevisions::EventId)
                            .to(Events::Table, Events::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("practice_revisions_number")
                    .table(PracticeRevisions::Table)
                    .col(PracticeRevisions::PracticeId)
                    .col(PracticeRevisions::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ModerationSteps::Table)
                    .if_not_exists()
                    .col(pk_auto(ModerationSteps::Id))
                    .col(uuid(ModerationSteps::PracticeId))
                    .col(uuid(ModerationSteps::RevisionId))
                    .col(string(ModerationSteps::Action))
                    .col(integer_null(ModerationSteps::StaffId))
                    .col(string(ModerationSteps::ActorName))
                    .col(text_null(ModerationSteps::Note))
                    .col(timestamp_with_time_zone(ModerationSteps::At))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ModerationSteps::Table, ModerationSteps::PracticeId)
                            .to(Practices::Table, Practices::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("moderation_steps_practice")
                    .table(ModerationSteps::Table)
                    .col(ModerationSteps::PracticeId)
                    .col(ModerationSteps::At)
                    .to_owned(),
            )
            .await
    }
}

/// The curated themes the library starts with (code, English name); the
/// pages show each in the reader's language.
const STARTING_THEMES: [(&str, &str); 9] = [
    ("digital_self_reliance", "Digital self-reliance"),
    ("labour_participation", "Labour participation"),
    ("sustainability", "Sustainability"),
    ("unaccompanied_minors", "Unaccompanied minors"),
    ("health_wellbeing", "Health and well-being"),
    ("safety", "Safety"),
    ("housing_placement", "Housing and placement"),
    ("participation_codesign", "Participation and co-design"),
    ("data_privacy", "Data and privacy"),
];

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LibraryThemes {
    Table,
    Id,
    Code,
    Name,
    Position,
    Retired,
}

#[derive(DeriveIden)]
enum StoredFiles {
    Table,
    Sha256,
    MediaType,
    Size,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Practices {
    Table,
    Id,
    Review,
    PublishedRevisionId,
    LatestRevisionId,
    SubmitterName,
    SubmitterEmail,
    Language,
    Demo,
    PublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PracticeLinks {
    Table,
    TokenHash,
    PracticeId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PracticeRevisions {
    Table,
    Id,
    PracticeId,
    Number,
    Title,
    Summary,
    Description,
    Organisation,
    Country,
    Themes,
    EventId,
    ContactName,
    ContactEmail,
    ContactPublic,
    Licence,
    FileSha256,
    FileName,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ModerationSteps {
    Table,
    Id,
    PracticeId,
    RevisionId,
    Action,
    StaffId,
    ActorName,
    Note,
    At,
}
