//! Demo practices for the demo installation, drawn from what the event
//! brief tells of COA's digitalisation. Published, and marked as demo
//! entries on every page and in the open data.

use super::{
    entity::practice,
    rules::{Review, Step},
    service::{record, write_revision},
    validation::ValidPractice,
};
use crate::platform::error::ServiceError;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{prelude::*, DatabaseConnection, Set, TransactionTrait};

const ORGANISATION: &str = "COA – Central Agency for the Reception of Asylum Seekers";

/// (title, summary, description, themes)
const PRACTICES: [(&str, &str, &str, &[&str]); 6] = [
    (
        "MyCOA: a resident app with information in 10 languages",
        "An app that gives residents of reception centres the information they need about the asylum procedure and life at their centre, in 10 languages.",
        "MyCOA holds general information for residents about the asylum procedure and about life at a reception centre: rights and obligations, health care, safety.\n\nIt also shows what is specific to the centre where a resident lives (addresses and telephone numbers, opening hours, scheduled activities, news, vacancies) and individual information such as *Have I got email?*\n\n## What we learned\n\n- Residents ask fewer routine questions at the desk, which frees employees for personal guidance.\n- Information must exist in the languages residents read: the app is available in 10 languages.\n- Residents with modest digital skills need someone to show them the app at arrival.",
        &["digital_self_reliance", "participation_codesign"],
    ),
    (
        "Digital capacity management of reception places",
        "Analysing available places, future needs and the placement of residents in reception centres with digital tools.",
        "COA digitalised its capacity management: the analysis of the availability of and further need for accommodation, and the placing of residents in reception centres, rest on digital technologies.\n\nNon-personal figures on the numbers of residents, their countries of origin, age and gender, and the changes in inflow and outflow are monitored, analysed and shared with partners every week.",
        &["housing_placement", "data_privacy"],
    ),
    (
        "Matching refugees with municipalities",
        "Screening and matching beneficiaries of international protection with the municipality where they have the best chance of building a successful life.",
        "COA uses a matching model to propose a municipality for each beneficiary of international protection, looking at work, education and networks.\n\nCOA, municipalities and the Education Service (DUO) share the information needed for integration and housing through the systems Plateau and TVS.\n\n## Points of attention\n\n- Explain to the people concerned how a proposal comes about.\n- Keep a person responsible for every decision.",
        &["housing_placement", "labour_participation", "data_privacy"],
    ),
    (
        "Monitoring well-being in six domains",
        "Employees assess and follow the well-being of each resident in six domains, so colleagues continue from the same picture.",
        "Employees assess and monitor the well-being of individual residents in six domains:\n\n1. self-care\n2. day structure\n3. social network\n4. personal well-being\n5. external contacts\n6. future planning\n\nThe assessments are kept in the case system, which makes handing over to other colleagues easier and gives a consistent approach towards each resident.",
        &["health_wellbeing", "unaccompanied_minors"],
    ),
    (
        "A resident card for identification and access",
        "A card that identifies residents quickly and digitally and opens the doors of reception premises, attended or not.",
        "COA developed a card for residents for fast digital identification and for attended and unattended access to COA premises.\n\nThe card speeds up reporting duties and gives residents freedom of movement on the premises while keeping the centre safe.",
        &["safety", "digital_self_reliance"],
    ),
    (
        "One view of an applicant across two asylum agencies",
        "Reception and immigration services share information on individual applicants in one system, within what privacy law allows.",
        "COA, the Immigration and Naturalisation Service (IND) and the Repatriation and Departure Service (DT&V) share information about individual applicants for international protection in one system, to the extent privacy laws and regulations allow.\n\nEmployees see in real time at which stage of the procedure a resident is, and residents no longer have to tell the same story to every agency.",
        &["data_privacy"],
    ),
];

/// Adds the demo practices, related to the demo event and published over
/// the weeks before `now`.
pub async fn seed(
    db: &DatabaseConnection,
    event_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    for (age, (title, summary, description, themes)) in PRACTICES.iter().enumerate() {
        let at = now - Duration::weeks(i64::try_from(PRACTICES.len() - age).unwrap_or(0));
        let valid = ValidPractice {
            title: (*title).to_owned(),
            summary: (*summary).to_owned(),
            description: (*description).to_owned(),
            organisation: ORGANISATION.to_owned(),
            country: "NL".to_owned(),
            themes: themes.iter().map(|t| (*t).to_owned()).collect(),
            event_id: Some(event_id),
            contact_name: "IKP team".to_owned(),
            contact_email: "ikp@example.org".to_owned(),
            contact_public: false,
            licence: "cc-by-4.0".to_owned(),
        };
        let revision_id = Uuid::now_v7();
        let practice = practice::ActiveModel {
            id: Set(Uuid::now_v7()),
            review: Set(Review::Published),
            published_revision_id: Set(Some(revision_id)),
            latest_revision_id: Set(revision_id),
            submitter_name: Set(valid.contact_name.clone()),
            submitter_email: Set(valid.contact_email.clone()),
            language: Set("en".to_owned()),
            demo: Set(true),
            published_at: Set(Some(at)),
            created_at: Set(at),
            updated_at: Set(at),
        }
        .insert(&txn)
        .await?;
        write_revision(&txn, &practice, revision_id, 1, &valid, None, at).await?;
        record(&txn, &practice, Step::Publish, None, "Demo", None, at).await?;
    }
    txn.commit().await?;
    Ok(())
}
