//! Registration, its changes and the in-person waitlist. Every change to who
//! holds an in-person place runs inside a transaction that first takes the
//! event's lock (see `events::service::lock`), so the cap holds under any
//! concurrency, in one process or many.

use super::{
    emails::{self, Notice},
    entity::{access_token, registration},
    model::{Attendance, ManageView, RegistrationForm, RegistrationReceipt, Status},
    validation::{validate, ValidRegistration},
};
use crate::{
    capacity::{Admission, PlaceCounts},
    events::{entity as event, service as events},
    i18n::Locale,
    platform::{error::ServiceError, secrets, state::Settings},
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    prelude::*, ActiveValue::NotSet, DatabaseTransaction, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};

use registration::{ActiveModel, Column, Entity as Registration};

/// A new registration and the secret that opens it.
#[derive(Debug)]
pub struct Registered {
    pub receipt: RegistrationReceipt,
    pub manage_token: String,
}

/// Registers someone for the event `slug`.
pub async fn register(
    db: &DatabaseConnection,
    settings: &Settings,
    slug: &str,
    form: &RegistrationForm,
    now: DateTime<Utc>,
) -> Result<Registered, ServiceError> {
    let valid = validate(form).map_err(ServiceError::Invalid)?;
    let event_id = events::find(db, slug).await?.id;
    let txn = db.begin().await?;
    let event = events::lock(&txn, event_id).await?;
    if !event.registration_open {
        return Err(ServiceError::Conflict("error-registration-closed"));
    }
    if email_taken(&txn, event.id, &valid.email_normalized, None).await? {
        return Err(ServiceError::Conflict("error-email-taken"));
    }
    let (status, waitlist_seq) = place_for(&txn, &event, valid.attendance).await?;
    let registration = ActiveModel {
        id: Set(Uuid::now_v7()),
        event_id: Set(event.id),
        status: Set(status),
        waitlist_seq: Set(waitlist_seq),
        offer_expires_at: Set(None),
        privacy_consent_at: Set(now),
        created_at: Set(now),
        cancelled_at: Set(None),
        ..details(&valid, now)
    }
    .insert(&txn)
    .await?;
    let notice = notice_for(&txn, &registration).await?;
    let email_token = issue_token(&txn, registration.id, now).await?;
    emails::queue(
        &txn,
        settings,
        notice,
        &registration,
        &event,
        Some(&email_token),
        now,
    )
    .await?;
    let manage_token = issue_token(&txn, registration.id, now).await?;
    txn.commit().await?;
    Ok(Registered {
        receipt: RegistrationReceipt {
            id: registration.id.to_string(),
            status: registration.status,
            attendance: registration.attendance,
            waitlist_position: match notice {
                Notice::Waitlisted { position } => Some(position),
                _ => None,
            },
        },
        manage_token,
    })
}

/// The registration a secret link opens, with its event.
pub async fn open(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<(registration::Model, event::Model), ServiceError> {
    let link = access_token::Entity::find_by_id(secrets::hash_token(token))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let registration = Registration::find_by_id(link.registration_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let event = event::Entity::find_by_id(registration.event_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((registration, event))
}

/// What the owner of a secret link sees.
pub async fn manage_view(
    db: &impl ConnectionTrait,
    token: &str,
    locale: Locale,
) -> Result<ManageView, ServiceError> {
    let (registration, event) = open(db, token).await?;
    let waitlist_position = waitlist_position(db, &registration).await?;
    let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
    let in_person_full =
        in_person_counts(db, event.id).await?.admit(limit) == Admission::Waitlisted;
    Ok(ManageView {
        in_person_full,
        event_slug: event.slug.clone(),
        event_title: event.title.clone(),
        starts_on: event.starts_on,
        ends_on: event.ends_on,
        timezone: event.timezone.clone(),
        status: registration.status,
        attendance: registration.attendance,
        waitlist_position,
        offer_deadline: registration
            .offer_expires_at
            .map(|at| emails::local_time(locale, at, &event.timezone)),
        details: RegistrationForm {
            name: registration.name,
            email: registration.email,
            organisation: registration.organisation,
            country: registration.country,
            function: registration.job_function,
            attendance: registration.attendance.code().to_owned(),
            language: registration.language,
            accessibility_needs: registration.accessibility_needs.unwrap_or_default(),
            dietary_needs: registration.dietary_needs.unwrap_or_default(),
            privacy_consent: true,
            list_consent: registration.list_consent,
        },
    })
}

/// Changes the details of a registration, including in person ↔ online.
/// Leaving an in-person place frees it for the waitlist.
pub async fn update(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    form: &RegistrationForm,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let valid = validate(form).map_err(ServiceError::Invalid)?;
    let (txn, event, current) = lock_registration(db, token).await?;
    if current.status == Status::Cancelled {
        return Err(ServiceError::Conflict("error-registration-cancelled"));
    }
    if email_taken(&txn, event.id, &valid.email_normalized, Some(current.id)).await? {
        return Err(ServiceError::Conflict("error-email-taken"));
    }
    let switched = current.attendance != valid.attendance;
    let frees_place = switched && holds_place(&current);
    let mut change = ActiveModel {
        id: Set(current.id),
        ..details(&valid, now)
    };
    if switched {
        let (status, waitlist_seq) = place_for(&txn, &event, valid.attendance).await?;
        change.status = Set(status);
        change.waitlist_seq = Set(waitlist_seq);
        change.offer_expires_at = Set(None);
    }
    let updated = change.update(&txn).await?;
    if frees_place {
        offer_free_places(&txn, settings, &event, now).await?;
    }
    if switched {
        let notice = notice_for(&txn, &updated).await?;
        let email_token = issue_token(&txn, updated.id, now).await?;
        emails::queue(
            &txn,
            settings,
            notice,
            &updated,
            &event,
            Some(&email_token),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Takes the in-person place offered, if the offer is still open.
pub async fn accept_offer(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (txn, event, current) = lock_registration(db, token).await?;
    if current.status != Status::Offered {
        return Err(ServiceError::Conflict("error-no-offer"));
    }
    if current.offer_expires_at.is_none_or(|expiry| expiry <= now) {
        return Err(ServiceError::Conflict("error-offer-expired"));
    }
    let updated = ActiveModel {
        id: Set(current.id),
        status: Set(Status::Confirmed),
        waitlist_seq: Set(None),
        offer_expires_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let email_token = issue_token(&txn, updated.id, now).await?;
    emails::queue(
        &txn,
        settings,
        Notice::Confirmed,
        &updated,
        &event,
        Some(&email_token),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Turns the offered place down: it goes to the next person; the registrant stays online.
pub async fn decline_offer(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (txn, event, current) = lock_registration(db, token).await?;
    if current.status != Status::Offered {
        return Err(ServiceError::Conflict("error-no-offer"));
    }
    let updated = move_online(&txn, &current, now).await?;
    offer_free_places(&txn, settings, &event, now).await?;
    let email_token = issue_token(&txn, updated.id, now).await?;
    emails::queue(
        &txn,
        settings,
        Notice::Confirmed,
        &updated,
        &event,
        Some(&email_token),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Cancels a registration; its place, if any, goes to the waitlist.
/// Cancelling twice is the same as once.
pub async fn cancel(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (txn, event, current) = lock_registration(db, token).await?;
    if current.status == Status::Cancelled {
        return Ok(());
    }
    let cancelled = ActiveModel {
        id: Set(current.id),
        status: Set(Status::Cancelled),
        waitlist_seq: Set(None),
        offer_expires_at: Set(None),
        cancelled_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    if holds_place(&current) {
        offer_free_places(&txn, settings, &event, now).await?;
    }
    emails::queue(
        &txn,
        settings,
        Notice::Cancelled,
        &cancelled,
        &event,
        None,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Changes an event's in-person capacity. Lowering it below the places
/// already given (or held for offers) is refused; raising it sends offers.
pub async fn set_in_person_capacity(
    db: &DatabaseConnection,
    settings: &Settings,
    slug: &str,
    limit: u32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let event_id = events::find(db, slug).await?.id;
    let txn = db.begin().await?;
    let event = events::lock(&txn, event_id).await?;
    let counts = in_person_counts(&txn, event.id).await?;
    if !counts.fits_within(u64::from(limit)) {
        return Err(ServiceError::CapacityTooLow {
            taken: counts.confirmed + counts.offered,
        });
    }
    let event = event::ActiveModel {
        id: Set(event.id),
        in_person_capacity: Set(i32::try_from(limit).unwrap_or(i32::MAX)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    offer_free_places(&txn, settings, &event, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The waitlist worker's round: expired offers pass to the next person and
/// free places are offered, event by event. Returns how many events changed.
pub async fn settle_waitlists(
    db: &DatabaseConnection,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<usize, ServiceError> {
    let mut settled = 0;
    for event in event::Entity::find().all(db).await? {
        let has_expired = expired_offers(db, event.id, now).await?.next().is_some();
        let counts = in_person_counts(db, event.id).await?;
        let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
        if !has_expired && counts.offers_to_make(limit) == 0 {
            continue;
        }
        let txn = db.begin().await?;
        let event = events::lock(&txn, event.id).await?;
        for offer in expired_offers(&txn, event.id, now).await? {
            let updated = move_online(&txn, &offer, now).await?;
            let email_token = issue_token(&txn, updated.id, now).await?;
            emails::queue(
                &txn,
                settings,
                Notice::OfferExpired,
                &updated,
                &event,
                Some(&email_token),
                now,
            )
            .await?;
        }
        offer_free_places(&txn, settings, &event, now).await?;
        txn.commit().await?;
        settled += 1;
    }
    Ok(settled)
}

/// Every registration of an event, cancelled ones included, oldest first.
pub async fn list_for_event(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Vec<registration::Model>, ServiceError> {
    let event = events::find(db, slug).await?;
    Ok(Registration::find()
        .filter(Column::EventId.eq(event.id))
        .order_by_asc(Column::CreatedAt)
        .all(db)
        .await?)
}

/// In-person places of an event by state.
pub async fn in_person_counts(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<PlaceCounts, ServiceError> {
    let rows: Vec<(Status, i64)> = Registration::find()
        .select_only()
        .column(Column::Status)
        .column_as(Column::Id.count(), "count")
        .filter(Column::EventId.eq(event_id))
        .filter(Column::Attendance.eq(Attendance::InPerson))
        .group_by(Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut counts = PlaceCounts::default();
    for (status, count) in rows {
        let count = u64::try_from(count).unwrap_or(0);
        match status {
            Status::Confirmed => counts.confirmed = count,
            Status::Offered => counts.offered = count,
            Status::Waitlisted => counts.waitlisted = count,
            Status::Cancelled => {}
        }
    }
    Ok(counts)
}

/// Active online registrations of an event.
pub async fn online_count(db: &impl ConnectionTrait, event_id: i32) -> Result<u64, ServiceError> {
    Ok(Registration::find()
        .filter(Column::EventId.eq(event_id))
        .filter(Column::Attendance.eq(Attendance::Online))
        .filter(Column::Status.ne(Status::Cancelled))
        .count(db)
        .await?)
}

/// Position on the in-person waitlist, counting from 1.
pub async fn waitlist_position(
    db: &impl ConnectionTrait,
    registration: &registration::Model,
) -> Result<Option<u64>, ServiceError> {
    let (Status::Waitlisted, Some(seq)) = (registration.status, registration.waitlist_seq) else {
        return Ok(None);
    };
    let ahead = Registration::find()
        .filter(Column::EventId.eq(registration.event_id))
        .filter(Column::Status.eq(Status::Waitlisted))
        .filter(Column::WaitlistSeq.lt(seq))
        .count(db)
        .await?;
    Ok(Some(ahead + 1))
}

/// Offers the free in-person places to the head of the waitlist, in order.
async fn offer_free_places(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
    let offers = in_person_counts(txn, event.id).await?.offers_to_make(limit);
    if offers == 0 {
        return Ok(());
    }
    let next_in_line = Registration::find()
        .filter(Column::EventId.eq(event.id))
        .filter(Column::Status.eq(Status::Waitlisted))
        .order_by_asc(Column::WaitlistSeq)
        .limit(offers)
        .all(txn)
        .await?;
    let expires_at = now + Duration::hours(i64::from(event.offer_hours));
    for waiting in next_in_line {
        let offered = ActiveModel {
            id: Set(waiting.id),
            status: Set(Status::Offered),
            offer_expires_at: Set(Some(expires_at)),
            updated_at: Set(now),
            ..Default::default()
        }
        .update(txn)
        .await?;
        let email_token = issue_token(txn, offered.id, now).await?;
        emails::queue(
            txn,
            settings,
            Notice::Offer,
            &offered,
            event,
            Some(&email_token),
            now,
        )
        .await?;
    }
    Ok(())
}

async fn expired_offers(
    db: &impl ConnectionTrait,
    event_id: i32,
    now: DateTime<Utc>,
) -> Result<std::vec::IntoIter<registration::Model>, ServiceError> {
    Ok(Registration::find()
        .filter(Column::EventId.eq(event_id))
        .filter(Column::Status.eq(Status::Offered))
        .filter(Column::OfferExpiresAt.lte(now))
        .order_by_asc(Column::WaitlistSeq)
        .all(db)
        .await?
        .into_iter())
}

/// Whether the registration holds (or has been offered) an in-person place.
fn holds_place(registration: &registration::Model) -> bool {
    registration.attendance == Attendance::InPerson
        && matches!(registration.status, Status::Confirmed | Status::Offered)
}

/// The status a request for `attendance` gets right now (the event's lock is held).
async fn place_for(
    txn: &DatabaseTransaction,
    event: &event::Model,
    attendance: Attendance,
) -> Result<(Status, Option<i64>), ServiceError> {
    if attendance == Attendance::Online {
        return Ok((Status::Confirmed, None));
    }
    let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
    match in_person_counts(txn, event.id).await?.admit(limit) {
        Admission::Confirmed => Ok((Status::Confirmed, None)),
        Admission::Waitlisted => {
            let last: Option<Option<i64>> = Registration::find()
                .select_only()
                .column_as(Column::WaitlistSeq.max(), "last")
                .filter(Column::EventId.eq(event.id))
                .into_tuple()
                .one(txn)
                .await?;
            Ok((Status::Waitlisted, Some(last.flatten().unwrap_or(0) + 1)))
        }
    }
}

async fn notice_for(
    db: &impl ConnectionTrait,
    registration: &registration::Model,
) -> Result<Notice, ServiceError> {
    Ok(match waitlist_position(db, registration).await? {
        Some(position) => Notice::Waitlisted { position },
        None => Notice::Confirmed,
    })
}

async fn move_online(
    txn: &DatabaseTransaction,
    registration: &registration::Model,
    now: DateTime<Utc>,
) -> Result<registration::Model, ServiceError> {
    Ok(ActiveModel {
        id: Set(registration.id),
        attendance: Set(Attendance::Online),
        status: Set(Status::Confirmed),
        waitlist_seq: Set(None),
        offer_expires_at: Set(None),
        dietary_needs: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?)
}

/// Opens a transaction holding the lock of the registration's event, with
/// the registration as it is under that lock.
async fn lock_registration(
    db: &DatabaseConnection,
    token: &str,
) -> Result<(DatabaseTransaction, event::Model, registration::Model), ServiceError> {
    let (registration, _) = open(db, token).await?;
    let txn = db.begin().await?;
    let event = events::lock(&txn, registration.event_id).await?;
    let current = Registration::find_by_id(registration.id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((txn, event, current))
}

async fn email_taken(
    db: &impl ConnectionTrait,
    event_id: i32,
    email_normalized: &str,
    except: Option<Uuid>,
) -> Result<bool, ServiceError> {
    let mut query = Registration::find()
        .filter(Column::EventId.eq(event_id))
        .filter(Column::EmailNormalized.eq(email_normalized))
        .filter(Column::Status.ne(Status::Cancelled));
    if let Some(id) = except {
        query = query.filter(Column::Id.ne(id));
    }
    Ok(query.count(db).await? > 0)
}

async fn issue_token(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let token = secrets::new_token();
    access_token::ActiveModel {
        token_hash: Set(secrets::hash_token(&token)),
        registration_id: Set(registration_id),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The fields a registrant fills in, as stored.
fn details(valid: &ValidRegistration, now: DateTime<Utc>) -> ActiveModel {
    ActiveModel {
        id: NotSet,
        name: Set(valid.name.clone()),
        email: Set(valid.email.clone()),
        email_normalized: Set(valid.email_normalized.clone()),
        organisation: Set(valid.organisation.clone()),
        country: Set(valid.country.clone()),
        job_function: Set(valid.job_function.clone()),
        attendance: Set(valid.attendance),
        language: Set(valid.language.code().to_owned()),
        accessibility_needs: Set(valid.accessibility_needs.clone()),
        dietary_needs: Set(valid.dietary_needs.clone()),
        list_consent: Set(valid.list_consent),
        updated_at: Set(now),
        ..Default::default()
    }
}
