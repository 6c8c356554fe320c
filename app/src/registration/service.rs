//! Registration, its changes and the in-person waitlist. Every change to who
//! holds an in-person place runs inside a transaction that first takes the
//! event's lock (see `events::service::lock`), so the cap holds under any
//! concurrency, in one process or many.

use super::{
    emails::{self, Notice},
    entity::{access_token, registration},
    model::{Attendance, ManageView, RegistrationForm, Status},
    validation::{validate, ValidRegistration},
    waitlist,
};
use crate::{
    capacity::{Admission, Line, Place, PlaceCounts},
    events::{entity as event, service as events},
    i18n::Locale,
    organizer::audit,
    platform::{error::ServiceError, secrets, state::Settings},
    programme::bookings,
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{
    prelude::*,
    sea_query::{Asterisk, Expr, ExprTrait},
    ActiveValue::NotSet,
    DatabaseTransaction, QuerySelect, Set, TransactionTrait,
};

use registration::{ActiveModel, Column, Entity as Registration};

/// The registration a secret link opens, with its event.
pub async fn open(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<(registration::Model, event::Model), ServiceError> {
    let link = access_token::Entity::find_by_id(secrets::hash_token(token))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    with_event(db, link.registration_id).await
}

/// A registration by its id, with its event.
pub async fn with_event(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
) -> Result<(registration::Model, event::Model), ServiceError> {
    let registration = Registration::find_by_id(registration_id)
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
    Ok(ManageView {
        in_person_full: in_person_full(db, &event).await?,
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
        details: form_of(&registration),
    })
}

/// Whether someone asking for an in-person place now would wait for it.
pub async fn in_person_full(
    db: &impl ConnectionTrait,
    event: &event::Model,
) -> Result<bool, ServiceError> {
    let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
    Ok(in_person_counts(db, event.id).await?.admit(limit) == Admission::Waitlisted)
}

/// Who changes a registration: its owner through their secret link, or a
/// staff member on the person's behalf. The same rules apply to both; a
/// staff change is also written to the audit log with its reason.
pub enum Changer<'a> {
    Owner(&'a str),
    Staff(StaffChange<'a>),
}

pub struct StaffChange<'a> {
    pub member: &'a StaffMember,
    pub registration_id: Uuid,
    /// Checked by [`audit::reason`].
    reason: String,
}

impl<'a> StaffChange<'a> {
    /// Refuses a change without a reason before anything is touched.
    pub fn new(
        member: &'a StaffMember,
        registration_id: Uuid,
        reason: &str,
    ) -> Result<StaffChange<'a>, ServiceError> {
        Ok(StaffChange {
            member,
            registration_id,
            reason: audit::reason(reason)?,
        })
    }

    /// Writes the change to the audit log, in the change's transaction.
    pub(crate) async fn record(
        &self,
        txn: &DatabaseTransaction,
        action: &'static str,
        event_id: i32,
        before: serde_json::Value,
        after: serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<(), ServiceError> {
        let change = audit::Change {
            action,
            event_id: Some(event_id),
            subject: audit::registration_subject(self.registration_id),
            reason: Some(self.reason.clone()),
            before: Some(before),
            after: Some(after),
        };
        audit::record(txn, self.member, change, now).await
    }
}

impl Changer<'_> {
    /// Opens a transaction holding the event's lock, with the registration.
    async fn lock(
        &self,
        db: &DatabaseConnection,
    ) -> Result<(DatabaseTransaction, event::Model, registration::Model), ServiceError> {
        match self {
            Changer::Owner(token) => lock_registration(db, token).await,
            Changer::Staff(change) => lock_registration_by_id(db, change.registration_id).await,
        }
    }

    async fn record(
        &self,
        txn: &DatabaseTransaction,
        action: &'static str,
        before: &registration::Model,
        after: &registration::Model,
        now: DateTime<Utc>,
    ) -> Result<(), ServiceError> {
        match self {
            Changer::Owner(_) => Ok(()),
            Changer::Staff(change) => {
                let (old, new) = (
                    audit::registration_snapshot(before),
                    audit::registration_snapshot(after),
                );
                change
                    .record(txn, action, before.event_id, old, new, now)
                    .await
            }
        }
    }
}

/// A stored registration as its form shows it (consent was given to be stored).
pub(crate) fn form_of(registration: &registration::Model) -> RegistrationForm {
    RegistrationForm {
        name: registration.name.clone(),
        email: registration.email.clone(),
        organisation: registration.organisation.clone(),
        organisation_type: registration.organisation_type.clone().unwrap_or_default(),
        country: registration.country.clone(),
        function: registration.job_function.clone(),
        attendance: registration.attendance.code().to_owned(),
        language: registration.language.clone(),
        accessibility_needs: registration.accessibility_needs.clone().unwrap_or_default(),
        dietary_needs: registration.dietary_needs.clone().unwrap_or_default(),
        privacy_consent: true,
        list_consent: registration.list_consent,
    }
}

/// Changes the details of a registration, including in person ↔ online.
/// Leaving an in-person place frees it for the waitlist.
pub async fn update(
    db: &DatabaseConnection,
    settings: &Settings,
    changer: Changer<'_>,
    form: &RegistrationForm,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let valid = validate(form).map_err(ServiceError::Invalid)?;
    let (txn, event, current) = changer.lock(db).await?;
    if current.status == Status::Cancelled {
        return Err(ServiceError::Conflict("error-registration-cancelled"));
    }
    if current.anonymised_at.is_some() {
        return Err(ServiceError::Conflict("error-registration-anonymised"));
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
    let placement = if switched {
        let placement = place_for(&txn, &event, valid.attendance).await?;
        change.status = Set(placement.status);
        change.waitlist_seq = Set(placement.waitlist_seq);
        change.offer_expires_at = Set(None);
        Some(placement)
    } else {
        None
    };
    let updated = change.update(&txn).await?;
    changer
        .record(&txn, "registration.update", &current, &updated, now)
        .await?;
    if frees_place {
        waitlist::offer_free_places(&txn, settings, &event, now).await?;
    }
    if switched {
        bookings::release_ineligible(&txn, settings, &event, &updated, now).await?;
    }
    if let Some(placement) = placement {
        emails::queue(&txn, settings, placement.notice(), &updated, &event, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Cancels a registration; its place, if any, goes to the waitlist.
/// Cancelling twice is the same as once.
pub async fn cancel(
    db: &DatabaseConnection,
    settings: &Settings,
    changer: Changer<'_>,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (txn, event, current) = changer.lock(db).await?;
    if current.status == Status::Cancelled {
        return Ok(());
    }
    let cancelled = end(&txn, settings, &event, &current, now).await?;
    changer
        .record(&txn, "registration.cancel", &current, &cancelled, now)
        .await?;
    emails::queue(&txn, settings, Notice::Cancelled, &cancelled, &event, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Ends a registration, in a transaction holding the event's lock: its
/// in-person place and its places in the programme go to the waitlists, in
/// order, and its calendar feed stops.
pub(crate) async fn end(
    txn: &DatabaseTransaction,
    settings: &Settings,
    event: &event::Model,
    current: &registration::Model,
    now: DateTime<Utc>,
) -> Result<registration::Model, ServiceError> {
    let cancelled = ActiveModel {
        id: Set(current.id),
        status: Set(Status::Cancelled),
        waitlist_seq: Set(None),
        offer_expires_at: Set(None),
        cancelled_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?;
    if holds_place(current) {
        waitlist::offer_free_places(txn, settings, event, now).await?;
    }
    bookings::release_ineligible(txn, settings, event, &cancelled, now).await?;
    crate::programme::agenda::revoke_feeds(txn, cancelled.id, now).await?;
    Ok(cancelled)
}

/// In-person places of an event by state, from the index alone.
pub async fn in_person_counts(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<PlaceCounts, ServiceError> {
    let rows: Vec<(Status, i64)> = Registration::find()
        .select_only()
        .column(Column::Status)
        .column_as(Expr::col(Asterisk).count(), "count")
        .filter(Column::EventId.eq(event_id))
        .filter(Column::Attendance.eq(Attendance::InPerson))
        .group_by(Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut counts = PlaceCounts::default();
    for (status, count) in rows {
        counts.record(status, count);
    }
    Ok(counts)
}

/// The in-person places of an event as they stand under its lock, and the
/// last number given on the waitlist: enough to place newcomers in turn.
pub(super) struct InPersonState(Line);

impl InPersonState {
    pub async fn load(txn: &DatabaseTransaction, event_id: i32) -> Result<Self, ServiceError> {
        let last_seq: Option<i64> = Registration::find()
            .select_only()
            .column_as(Column::WaitlistSeq.max(), "last")
            .filter(Column::EventId.eq(event_id))
            .filter(Column::Status.eq(Status::Waitlisted))
            .into_tuple()
            .one(txn)
            .await?
            .flatten();
        Ok(InPersonState(Line {
            counts: in_person_counts(txn, event_id).await?,
            last_seq: last_seq.unwrap_or(0),
        }))
    }

    /// The place the next request for `attendance` gets: confirmed, or the
    /// end of the waitlist. The request is counted in for the next one.
    pub fn place(&mut self, attendance: Attendance, limit: u64) -> Placement {
        let place = match attendance {
            Attendance::Online => Place::Confirmed,
            Attendance::InPerson => self.0.place(Some(limit)),
        };
        match place {
            Place::Confirmed => Placement {
                status: Status::Confirmed,
                waitlist_seq: None,
                position: None,
            },
            Place::Waitlisted { seq, position } => Placement {
                status: Status::Waitlisted,
                waitlist_seq: Some(seq),
                position: Some(position),
            },
        }
    }
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

/// Whether the registration holds (or has been offered) an in-person place.
pub(super) fn holds_place(registration: &registration::Model) -> bool {
    registration.attendance == Attendance::InPerson
        && matches!(registration.status, Status::Confirmed | Status::Offered)
}

/// Where a request for a place lands.
pub(super) struct Placement {
    pub status: Status,
    pub waitlist_seq: Option<i64>,
    /// Position on the waitlist, counting from 1.
    pub position: Option<u64>,
}

impl Placement {
    pub fn notice(&self) -> Notice {
        match self.position {
            Some(position) => Notice::Waitlisted { position },
            None => Notice::Confirmed,
        }
    }
}

/// The place a request for `attendance` gets right now (the event's lock is
/// held).
pub(super) async fn place_for(
    txn: &DatabaseTransaction,
    event: &event::Model,
    attendance: Attendance,
) -> Result<Placement, ServiceError> {
    let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
    Ok(InPersonState::load(txn, event.id)
        .await?
        .place(attendance, limit))
}

/// Opens a transaction holding the lock of the registration's event, with
/// the registration as it is under that lock.
pub(crate) async fn lock_registration(
    db: &DatabaseConnection,
    token: &str,
) -> Result<(DatabaseTransaction, event::Model, registration::Model), ServiceError> {
    let (registration, _) = open(db, token).await?;
    lock_registration_by_id(db, registration.id).await
}

/// As [`lock_registration`], for a registration staff opened by its id.
pub(crate) async fn lock_registration_by_id(
    db: &DatabaseConnection,
    registration_id: Uuid,
) -> Result<(DatabaseTransaction, event::Model, registration::Model), ServiceError> {
    let (registration, _) = with_event(db, registration_id).await?;
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

/// The fields a registrant fills in, as stored.
pub(super) fn details(valid: &ValidRegistration, now: DateTime<Utc>) -> ActiveModel {
    ActiveModel {
        id: NotSet,
        name: Set(valid.name.clone()),
        email: Set(valid.email.clone()),
        email_normalized: Set(valid.email_normalized.clone()),
        organisation: Set(valid.organisation.clone()),
        organisation_type: Set(valid.organisation_type.clone()),
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
