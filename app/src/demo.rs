//! The demo event: the 2025 International Exchange Event of COA's
//! International Knowledge Platform, as described in its event brief, with
//! its programme.

use crate::{
    events::entity::{self, TextList},
    platform::error::ServiceError,
};
use chrono::{NaiveDate, Utc};
use sea_orm::{prelude::*, Set};

pub const DEMO_SLUG: &str = "ikp-2025";

/// Seeds the demo event into a database that has no events; an existing
/// database is left as it is. Returns whether anything was added.
pub async fn seed(db: &DatabaseConnection) -> Result<bool, ServiceError> {
    if entity::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    let date = |day| {
        NaiveDate::from_ymd_opt(2025, 5, day)
            .ok_or_else(|| ServiceError::Internal("demo date".into()))
    };
    let event = entity::ActiveModel {
        slug: Set(DEMO_SLUG.to_owned()),
        title: Set("International Exchange Event 2025".to_owned()),
        theme: Set("Self-Reliance through Digitalization of Asylum Reception".to_owned()),
        summary: Set(
            "Digitalization offers asylum reception both opportunities and threats: it can \
             strengthen the self-reliance and self-determination of applicants for international \
             protection and free employees for personal guidance, but it can also leave less \
             digitally skilled people discouraged and excluded. For two days, professionals from \
             across Europe and beyond share knowledge, experiences and best practices on \
             digitalization in reception and guidance, and visit COA reception centres to see \
             digital solutions in practice. At most 150 people take part in person; online \
             participation is unlimited."
                .to_owned(),
        ),
        venue: Set("Eindhoven region, the Netherlands".to_owned()),
        objectives: Set(TextList(
            [
                "Establish contacts: bring professionals from different countries and sectors together.",
                "Exchange knowledge and experiences about the digitalization of asylum reception.",
                "Inspire participants with innovative ideas and best practices, and let them inspire each other.",
                "Raise awareness of change processes and what they ask of residents and employees with different digital skills.",
                "Visit COA reception centres to see digital solutions in practice and talk with residents and employees.",
                "Act as a role model by using digital applications to organise this event.",
            ]
            .map(str::to_owned)
            .to_vec(),
        )),
        target_groups: Set(TextList(
            [
                "Policy makers in the reception and guidance of asylum seekers in Europe",
                "Practitioners in the reception and guidance of asylum seekers",
                "Experts and people active in digitalization and innovation",
            ]
            .map(str::to_owned)
            .to_vec(),
        )),
        starts_on: Set(date(15)?),
        ends_on: Set(date(16)?),
        timezone: Set("Europe/Amsterdam".to_owned()),
        in_person_capacity: Set(150),
        offer_hours: Set(48),
        registration_open: Set(true),
        capacity_revision: Set(0),
        created_at: Set(Utc::now()),
        registration_opens_at: Set(None),
        registration_closes_at: Set(None),
        // The demo's dates lie in the past while it still takes registrations:
        // its participants' data is kept for ten years, not removed at once.
        retention_days: Set(3650),
        ..Default::default()
    }
    .insert(db)
    .await?;
    crate::programme::demo::seed(db, &event).await?;
    crate::library::demo::seed(db, event.id, Utc::now()).await?;
    seed_archive(db).await?;
    Ok(true)
}

/// The earlier editions, for the archive: held, registration closed.
const ARCHIVE: [(&str, i32, u32, &str); 3] = [
    ("ikp-2022", 2022, 5, "Nomadic Unaccompanied Minors"),
    ("ikp-2023", 2023, 5, "Sustainability in Asylum Reception"),
    ("ikp-2024", 2024, 5, "Labour Participation of Residents"),
];

async fn seed_archive(db: &DatabaseConnection) -> Result<(), ServiceError> {
    for (slug, year, month, theme) in ARCHIVE {
        let day = |d| {
            NaiveDate::from_ymd_opt(year, month, d)
                .ok_or_else(|| ServiceError::Internal("archive date".into()))
        };
        entity::ActiveModel {
            slug: Set(slug.to_owned()),
            title: Set(format!("International Exchange Event {year}")),
            theme: Set(theme.to_owned()),
            summary: Set(format!(
                "The {year} edition of the International Knowledge Platform's exchange event, on {theme}."
            )),
            venue: Set("The Netherlands".to_owned()),
            objectives: Set(TextList::default()),
            target_groups: Set(TextList::default()),
            starts_on: Set(day(15)?),
            ends_on: Set(day(16)?),
            timezone: Set("Europe/Amsterdam".to_owned()),
            in_person_capacity: Set(150),
            offer_hours: Set(48),
            registration_open: Set(false),
            capacity_revision: Set(0),
            created_at: Set(Utc::now()),
            registration_opens_at: Set(None),
            registration_closes_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
