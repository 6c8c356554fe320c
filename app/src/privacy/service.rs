//! A participant's data: gathered from every table that holds it, and
//! erased. Erasure ends the registration first (its places go to the
//! waitlists in order, exactly as a cancellation), then blanks every
//! personal field, deletes the secret links, calendar feeds and unsent
//! emails, and empties the emails already sent and the staff notes about
//! the person. What statistics need stays: country, attendance, status, dates.

use super::model::{
    EmailData, EventData, FeedData, PersonalData, RegistrationData, SignUpData, StaffChangeData,
};
use crate::{
    events::entity as event,
    mail::outbox::entity as outbox,
    organizer::{
        audit::{self, entity as audit_log, Actor},
        check_in::entity as check_in,
    },
    platform::{error::ServiceError, state::Settings},
    programme::entity::{activity, booking, calendar_feed},
    registration::{
        entity::{access_token, registration},
        model::Status,
        service as registrations,
    },
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, DatabaseTransaction, QueryOrder, Set};

/// Everything held about the registration the secret link opens.
pub async fn personal_data(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<PersonalData, ServiceError> {
    let (registration, event) = registrations::open(db, token).await?;
    gather(db, &registration, &event, now).await
}

async fn gather(
    db: &impl ConnectionTrait,
    person: &registration::Model,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<PersonalData, ServiceError> {
    let sign_ups = booking::Entity::find()
        .filter(booking::Column::RegistrationId.eq(person.id))
        .order_by_asc(booking::Column::CreatedAt)
        .find_also_related(activity::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(booking, activity)| {
            activity.map(|activity| SignUpData {
                activity: activity.title,
                starts_at: activity.starts_at.with_timezone(&Utc),
                status: booking.status,
                created_at: booking.created_at,
            })
        })
        .collect();
    let checked_in_at = check_in::Entity::find_by_id(person.id)
        .one(db)
        .await?
        .map(|row| row.checked_in_at);
    let calendar_feeds = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::RegistrationId.eq(person.id))
        .order_by_asc(calendar_feed::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|feed| FeedData {
            created_at: feed.created_at,
            revoked_at: feed.revoked_at,
        })
        .collect();
    let emails = outbox::Entity::find()
        .filter(outbox::Column::RegistrationId.eq(person.id))
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|email| EmailData {
            kind: email.kind,
            subject: email.subject,
            created_at: email.created_at,
            sent_at: email.sent_at,
        })
        .collect();
    let staff_changes = audit_log::Entity::find()
        .filter(audit_log::Column::Subject.eq(audit::registration_subject(person.id)))
        .order_by_asc(audit_log::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|entry| StaffChangeData {
            at: entry.at,
            action: entry.action,
            staff_name: entry.staff_name,
            reason: entry.reason,
        })
        .collect();
    let secret_links = access_token::Entity::find()
        .filter(access_token::Column::RegistrationId.eq(person.id))
        .count(db)
        .await?;
    Ok(PersonalData {
        exported_at: now,
        event: EventData {
            slug: event.slug.clone(),
            title: event.title.clone(),
        },
        registration: RegistrationData {
            id: person.id.to_string(),
            name: person.name.clone(),
            email: person.email.clone(),
            organisation: person.organisation.clone(),
            organisation_type: person.organisation_type.clone(),
            country: person.country.clone(),
            function: person.job_function.clone(),
            attendance: person.attendance,
            status: person.status,
            language: person.language.clone(),
            accessibility_needs: person.accessibility_needs.clone(),
            dietary_needs: person.dietary_needs.clone(),
            list_consent: person.list_consent,
            privacy_consent_at: person.privacy_consent_at,
            waitlist_number: person.waitlist_seq,
            offer_expires_at: person.offer_expires_at,
            created_at: person.created_at,
            updated_at: person.updated_at,
            cancelled_at: person.cancelled_at,
        },
        sign_ups,
        checked_in_at,
        calendar_feeds,
        emails,
        staff_changes,
        secret_links,
    })
}

/// Erases the registration the secret link opens; the link stops working.
/// Returns the event's slug, for the page that says it is done.
pub async fn erase(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let (txn, event, current) = registrations::lock_registration(db, token).await?;
    if current.status != Status::Cancelled {
        registrations::end(&txn, settings, &event, &current, now).await?;
    }
    anonymise(&txn, current.id, now).await?;
    let change = audit::Change {
        action: "registration.erase",
        event_id: Some(event.id),
        subject: audit::registration_subject(current.id),
        reason: None,
        before: None,
        after: None,
    };
    audit::record_by(&txn, Actor::Participant, change, now).await?;
    txn.commit().await?;
    Ok(event.slug)
}

/// Blanks every personal field of an ended registration and everything
/// that carries them.
pub(crate) async fn anonymise(
    txn: &DatabaseTransaction,
    registration_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    registration::ActiveModel {
        id: Set(registration_id),
        name: Set(String::new()),
        email: Set(String::new()),
        // Unique per event among active registrations: a placeholder keeps it so.
        email_normalized: Set(format!("erased:{registration_id}")),
        organisation: Set(String::new()),
        organisation_type: Set(None),
        job_function: Set(String::new()),
        accessibility_needs: Set(None),
        dietary_needs: Set(None),
        list_consent: Set(false),
        check_in_code: Set(None),
        anonymised_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?;
    access_token::Entity::delete_many()
        .filter(access_token::Column::RegistrationId.eq(registration_id))
        .exec(txn)
        .await?;
    calendar_feed::Entity::delete_many()
        .filter(calendar_feed::Column::RegistrationId.eq(registration_id))
        .exec(txn)
        .await?;
    outbox::Entity::delete_many()
        .filter(outbox::Column::RegistrationId.eq(registration_id))
        .filter(outbox::Column::SentAt.is_null())
        .exec(txn)
        .await?;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Recipient, Expr::value(""))
        .col_expr(outbox::Column::Subject, Expr::value(""))
        .col_expr(outbox::Column::Message, Expr::value(""))
        .col_expr(
            outbox::Column::LastError,
            Expr::value(Option::<String>::None),
        )
        .filter(outbox::Column::RegistrationId.eq(registration_id))
        .exec(txn)
        .await?;
    audit_log::Entity::update_many()
        .col_expr(
            audit_log::Column::Reason,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            audit_log::Column::Before,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            audit_log::Column::After,
            Expr::value(Option::<String>::None),
        )
        .filter(audit_log::Column::Subject.eq(audit::registration_subject(registration_id)))
        .exec(txn)
        .await?;
    Ok(())
}
