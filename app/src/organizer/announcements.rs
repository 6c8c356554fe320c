//! Announcements: an organizer writes to a segment of the participants (all,
//! in person, online, waitlisted, or the people of one breakout or visit),
//! previews it in each language the recipients chose, and sends it. Every
//! email goes through the outbox in one transaction with the announcement,
//! so it is sent exactly to the people it was meant for, and its progress
//! (queued, sent, failing and why) is read back from the outbox.

use super::{
    audit,
    model::{AnnouncementDraft, AnnouncementPreview, AnnouncementProgress, LanguagePreview},
};
use crate::{
    events::{entity as event, service as events},
    forms::FieldErrors,
    i18n::Locale,
    mail::{
        compose::{build_message, EmailContent},
        outbox,
    },
    platform::{error::ServiceError, state::Settings},
    programme::entity::{activity, booking},
    registration::{
        entity::{
            access_token,
            registration::{self, Column, Entity as Registration},
        },
        links,
        model::{Attendance, Status},
    },
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, Condition, QueryOrder, Set, TransactionTrait};
use std::collections::BTreeMap;

pub mod entity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "announcements")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub event_id: i32,
        pub segment: String,
        /// JSON: `{"subject": {lang: text}, "body": {lang: text}}`.
        #[sea_orm(column_type = "Text")]
        pub texts: String,
        pub recipients: i32,
        pub sent_by: String,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

const SUBJECT_MAX: usize = 200;
const BODY_MAX: usize = 10_000;
/// Outbox rows written per insert.
const BATCH: usize = 500;

/// Who an announcement goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    All,
    InPerson,
    Online,
    Waitlisted,
    /// Confirmed for one breakout, workshop or visit.
    Activity(i32),
}

impl Segment {
    pub fn from_code(code: &str) -> Option<Segment> {
        match code.trim() {
            "all" => Some(Segment::All),
            "in_person" => Some(Segment::InPerson),
            "online" => Some(Segment::Online),
            "waitlisted" => Some(Segment::Waitlisted),
            other => other
                .strip_prefix("activity-")
                .and_then(|id| id.parse().ok())
                .map(Segment::Activity),
        }
    }
}

/// A checked draft: the segment, and (subject, body) by language, in the
/// order of the platform's languages.
struct Message {
    segment: Segment,
    texts: Vec<(Locale, String, String)>,
}

impl Message {
    /// The text for a recipient: their language's, else the first written.
    fn for_language(&self, language: Locale) -> &(Locale, String, String) {
        self.texts
            .iter()
            .find(|(locale, _, _)| *locale == language)
            .unwrap_or(&self.texts[0])
    }
}

/// Checks a draft: a known segment, and a subject and body in at least one
/// language (both, for every language begun).
fn check(draft: &AnnouncementDraft) -> Result<Message, ServiceError> {
    let mut errors = FieldErrors::default();
    let segment = Segment::from_code(&draft.segment);
    if segment.is_none() {
        errors.add("segment", "error-segment-invalid");
    }
    let mut texts = Vec::new();
    let mut begun_any = false;
    for locale in Locale::ALL {
        let code = locale.code();
        let subject_field = format!("subject_{code}");
        let body_field = format!("body_{code}");
        let subject = draft
            .subject
            .get(code)
            .map(String::as_str)
            .unwrap_or_default();
        let body = draft.body.get(code).map(String::as_str).unwrap_or_default();
        let begun = draft.begun(code);
        begun_any |= begun;
        let subject = crate::forms::line(&mut errors, &subject_field, subject, SUBJECT_MAX, begun);
        let body = crate::forms::text(&mut errors, &body_field, body, BODY_MAX, begun);
        if let (Some(subject), Some(body)) = (subject, body) {
            texts.push((locale, subject, body));
        }
    }
    if !begun_any {
        errors.add(
            &format!("subject_{}", Locale::default().code()),
            "error-required",
        );
        errors.add(
            &format!("body_{}", Locale::default().code()),
            "error-required",
        );
    }
    match segment {
        Some(segment) if errors.is_empty() => Ok(Message { segment, texts }),
        _ => Err(ServiceError::Invalid(errors)),
    }
}

/// The people of `segment`, by name.
async fn recipients(
    db: &impl ConnectionTrait,
    event: &event::Model,
    segment: Segment,
) -> Result<Vec<registration::Model>, ServiceError> {
    let standing = Registration::find()
        .filter(Column::EventId.eq(event.id))
        .filter(Column::Status.ne(Status::Cancelled))
        // Anonymised people have no address left to write to.
        .filter(Column::AnonymisedAt.is_null());
    let query = match segment {
        Segment::All => standing,
        Segment::InPerson => standing
            .filter(Column::Attendance.eq(Attendance::InPerson))
            .filter(Column::Status.eq(Status::Confirmed)),
        Segment::Online => standing.filter(Column::Attendance.eq(Attendance::Online)),
        Segment::Waitlisted => standing.filter(
            Condition::any()
                .add(Column::Status.eq(Status::Waitlisted))
                .add(Column::Status.eq(Status::Offered)),
        ),
        Segment::Activity(id) => {
            let belongs = activity::Entity::find_by_id(id)
                .filter(activity::Column::EventId.eq(event.id))
                .one(db)
                .await?
                .is_some();
            if !belongs {
                return Err(ServiceError::Invalid(FieldErrors::single(
                    "segment",
                    "error-segment-invalid",
                )));
            }
            let people: Vec<Uuid> = booking::Entity::find()
                .filter(booking::Column::ActivityId.eq(id))
                .filter(booking::Column::Status.eq(Status::Confirmed))
                .all(db)
                .await?
                .into_iter()
                .map(|b| b.registration_id)
                .collect();
            standing.filter(Column::Id.is_in(people))
        }
    };
    Ok(query.order_by_asc(Column::Name).all(db).await?)
}

/// The email one recipient gets.
fn content(
    message: &Message,
    recipient_language: Locale,
    name: &str,
    manage_url: Option<String>,
) -> EmailContent {
    let (_, subject, body) = message.for_language(recipient_language);
    let locale = recipient_language;
    EmailContent {
        locale,
        subject: subject.clone(),
        greeting: locale.t_with("email-greeting", &[("name", name.to_owned().into())]),
        paragraphs: body
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        facts: Vec::new(),
        action: manage_url.map(|url| (locale.t("announcement-manage-link"), url)),
        image: None,
        signature: locale.t("email-signature"),
    }
}

/// How the announcement will read, for each language the recipients chose.
pub async fn preview(
    db: &impl ConnectionTrait,
    settings: &Settings,
    slug: &str,
    draft: &AnnouncementDraft,
) -> Result<AnnouncementPreview, ServiceError> {
    let message = check(draft)?;
    let event = events::find(db, slug).await?;
    let people = recipients(db, &event, message.segment).await?;
    let mut by_language: BTreeMap<&'static str, u64> = BTreeMap::new();
    for person in &people {
        let language = Locale::from_code(&person.language).unwrap_or_default();
        *by_language.entry(language.code()).or_default() += 1;
    }
    let languages = Locale::ALL
        .into_iter()
        .filter_map(|locale| by_language.get(locale.code()).map(|count| (locale, *count)))
        .map(|(locale, count)| {
            let sample = content(
                &message,
                locale,
                &locale.t("announcement-sample-name"),
                Some(links::manage_url(settings, "…")),
            );
            LanguagePreview {
                language: locale.code().to_owned(),
                recipients: count,
                subject: sample.subject.clone(),
                text: sample.plain_text(),
            }
        })
        .collect();
    Ok(AnnouncementPreview {
        recipients: u64::try_from(people.len()).unwrap_or(u64::MAX),
        languages,
    })
}

/// Sends the announcement: one email per recipient, in their language, each
/// with a fresh link to their registration, all queued in one transaction.
pub async fn send(
    db: &DatabaseConnection,
    settings: &Settings,
    member: &StaffMember,
    slug: &str,
    draft: &AnnouncementDraft,
    now: DateTime<Utc>,
) -> Result<i32, ServiceError> {
    let message = check(draft)?;
    let event = events::find(db, slug).await?;
    let txn = db.begin().await?;
    let people = recipients(&txn, &event, message.segment).await?;
    if people.is_empty() {
        return Err(ServiceError::Conflict("error-no-recipients"));
    }
    let texts = serde_json::json!({ "subject": draft.subject, "body": draft.body });
    let announcement = entity::ActiveModel {
        event_id: Set(event.id),
        segment: Set(draft.segment.trim().to_owned()),
        texts: Set(texts.to_string()),
        recipients: Set(i32::try_from(people.len()).unwrap_or(i32::MAX)),
        sent_by: Set(member.name.clone()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for batch in people.chunks(BATCH) {
        let mut tokens: Vec<access_token::ActiveModel> = Vec::new();
        let mut emails: Vec<outbox::entity::ActiveModel> = Vec::new();
        for person in batch {
            let (token, link) = links::new_link(person.id, now);
            let language = Locale::from_code(&person.language).unwrap_or_default();
            let email = content(
                &message,
                language,
                &person.name,
                Some(links::manage_url(settings, &token)),
            );
            let built = build_message(
                &settings.mail_from,
                &person.name,
                &person.email,
                &email,
                None,
            )?;
            let mut row = outbox::row(Some(person.id), "announcement", &person.email, &built, now)?;
            row.announcement_id = Set(Some(announcement.id));
            tokens.push(link);
            emails.push(row);
        }
        access_token::Entity::insert_many(tokens).exec(&txn).await?;
        outbox::entity::Entity::insert_many(emails)
            .exec(&txn)
            .await?;
    }
    let change = audit::Change {
        action: "announcement.send",
        event_id: Some(event.id),
        subject: format!("announcement/{}", announcement.id),
        reason: None,
        before: None,
        after: Some(serde_json::json!({
            "segment": announcement.segment,
            "recipients": announcement.recipients,
            "subject": message.texts[0].1,
        })),
    };
    audit::record(&txn, member, change, now).await?;
    txn.commit().await?;
    Ok(announcement.id)
}

/// The event's announcements, newest first, with how far their emails got.
pub async fn progress(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Vec<AnnouncementProgress>, ServiceError> {
    let event = events::find(db, slug).await?;
    let mut list = Vec::new();
    for announcement in entity::Entity::find()
        .filter(entity::Column::EventId.eq(event.id))
        .order_by_desc(entity::Column::Id)
        .all(db)
        .await?
    {
        let emails = outbox::entity::Entity::find()
            .filter(outbox::entity::Column::AnnouncementId.eq(announcement.id))
            .all(db)
            .await?;
        let sent = emails.iter().filter(|e| e.sent_at.is_some()).count();
        let failing: Vec<(String, String)> = emails
            .iter()
            .filter(|e| e.sent_at.is_none())
            .filter_map(|e| {
                e.last_error
                    .clone()
                    .map(|error| (e.recipient.clone(), error))
            })
            .collect();
        let subject = serde_json::from_str::<serde_json::Value>(&announcement.texts)
            .ok()
            .and_then(|texts| {
                texts["subject"].as_object().and_then(|by_language| {
                    by_language.values().find_map(|v| {
                        v.as_str()
                            .filter(|s| !s.trim().is_empty())
                            .map(str::to_owned)
                    })
                })
            })
            .unwrap_or_default();
        let count = |n: usize| u64::try_from(n).unwrap_or(u64::MAX);
        list.push(AnnouncementProgress {
            id: announcement.id,
            subject,
            segment: announcement.segment,
            sent_by: announcement.sent_by,
            sent_at: crate::registration::emails::in_zone(announcement.created_at, &event.timezone),
            zone: event.timezone.clone(),
            recipients: count(emails.len()),
            queued: count(emails.len() - sent),
            sent: count(sent),
            failing,
        });
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(segment: &str, texts: &[(&str, &str, &str)]) -> AnnouncementDraft {
        AnnouncementDraft {
            segment: segment.into(),
            subject: texts
                .iter()
                .map(|(l, s, _)| ((*l).into(), (*s).into()))
                .collect(),
            body: texts
                .iter()
                .map(|(l, _, b)| ((*l).into(), (*b).into()))
                .collect(),
        }
    }

    #[test]
    fn segments_are_read_from_their_codes() {
        assert_eq!(Segment::from_code("in_person"), Some(Segment::InPerson));
        assert_eq!(
            Segment::from_code("activity-12"),
            Some(Segment::Activity(12))
        );
        assert_eq!(Segment::from_code("activity-x"), None);
        assert_eq!(Segment::from_code("everyone"), None);
    }

    #[test]
    fn a_draft_needs_a_segment_and_a_whole_message() {
        let Err(ServiceError::Invalid(errors)) = check(&draft("nobody", &[])) else {
            panic!("refused");
        };
        assert_eq!(errors.get("segment"), Some("error-segment-invalid"));
        assert_eq!(errors.get("subject_en"), Some("error-required"));
        let Err(ServiceError::Invalid(errors)) = check(&draft("all", &[("nl", "Welkom", "")]))
        else {
            panic!("refused");
        };
        assert_eq!(
            errors.get("body_nl"),
            Some("error-required"),
            "a language begun is finished"
        );
    }

    #[test]
    fn recipients_read_their_language_or_the_first_written() {
        let message = check(&draft("all", &[("nl", "Welkom", "Tot morgen.")])).expect("valid");
        assert_eq!(message.for_language(Locale::En).1, "Welkom");
        let both = check(&draft(
            "all",
            &[
                ("en", "Welcome", "See you."),
                ("nl", "Welkom", "Tot morgen."),
            ],
        ))
        .expect("valid");
        assert_eq!(both.for_language(Locale::Nl).1, "Welkom");
        assert_eq!(both.for_language(Locale::En).1, "Welcome");
    }
}
