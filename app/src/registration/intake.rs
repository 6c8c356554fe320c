//! New registrations. Requests that arrive together are written together:
//! one transaction, one event lock and one commit for the whole group
//! ("group commit"), each request placed in its turn by the same rules as
//! when it comes alone. Under a rush this is what keeps the lock short and
//! the answers fast; alone, a request is a group of one.

use super::{
    emails,
    entity::registration,
    model::{RegistrationForm, RegistrationReceipt, Status},
    service::{self, InPersonState},
    validation::{validate, ValidRegistration},
};
use crate::{
    events::service as events,
    platform::{error::ServiceError, state::Settings},
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, DatabaseConnection, QuerySelect, Set, TransactionTrait, TryIntoModel};
use std::{collections::HashSet, sync::Arc};
use tokio::sync::{mpsc, oneshot};

use registration::{Column, Entity as Registration};

/// Most requests written in one transaction.
const MAX_GROUP: usize = 128;
/// Requests waiting for the writer; past this, callers wait to hand theirs in.
const QUEUE: usize = 4096;

/// A new registration and the secret that opens it.
#[derive(Debug)]
pub struct Registered {
    pub receipt: RegistrationReceipt,
    pub manage_token: String,
}

type Outcome = Result<Registered, ServiceError>;

struct Request {
    slug: String,
    valid: ValidRegistration,
    now: DateTime<Utc>,
    reply: oneshot::Sender<Outcome>,
}

/// The door new registrations come through: validates each request where it
/// arrives, then hands it to the one writer task.
#[derive(Clone)]
pub struct Intake {
    requests: mpsc::Sender<Request>,
}

impl Intake {
    /// Starts the writer on the current tokio runtime.
    pub fn start(db: DatabaseConnection, settings: Arc<Settings>) -> Intake {
        let (requests, queue) = mpsc::channel(QUEUE);
        tokio::spawn(write_groups(db, settings, queue));
        Intake { requests }
    }

    /// Registers someone for the event `slug`.
    pub async fn register(
        &self,
        slug: &str,
        form: &RegistrationForm,
        now: DateTime<Utc>,
    ) -> Outcome {
        let valid = validate(form).map_err(ServiceError::Invalid)?;
        let (reply, answer) = oneshot::channel();
        let request = Request {
            slug: slug.to_owned(),
            valid,
            now,
            reply,
        };
        let stopped = || ServiceError::Internal("registration writer stopped".into());
        self.requests.send(request).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

async fn write_groups(
    db: DatabaseConnection,
    settings: Arc<Settings>,
    mut queue: mpsc::Receiver<Request>,
) {
    let mut arrived = Vec::with_capacity(MAX_GROUP);
    while queue.recv_many(&mut arrived, MAX_GROUP).await > 0 {
        while !arrived.is_empty() {
            let slug = arrived[0].slug.clone();
            let (group, others): (Vec<_>, Vec<_>) =
                arrived.drain(..).partition(|request| request.slug == slug);
            arrived = others;
            // A group runs in a task of its own: should it panic, only its
            // requests fail (their answer channels close) and the writer goes on.
            let (db, settings) = (db.clone(), settings.clone());
            let written =
                tokio::spawn(async move { write_group(&db, &settings, &slug, group).await });
            if let Err(error) = written.await {
                tracing::error!(%error, "a group of registrations failed");
            }
        }
    }
}

/// Writes one event's group and answers each request. Should the group's
/// transaction fail as a whole, each request is tried alone, so that one
/// request's trouble is never another's.
async fn write_group(
    db: &DatabaseConnection,
    settings: &Settings,
    slug: &str,
    group: Vec<Request>,
) {
    let valid: Vec<_> = group.iter().map(|request| request.valid.clone()).collect();
    let now = group
        .iter()
        .map(|request| request.now)
        .max()
        .unwrap_or_else(Utc::now);
    match write(db, settings, slug, &valid, now).await {
        Ok(outcomes) => {
            for (request, outcome) in group.into_iter().zip(outcomes) {
                let _ = request.reply.send(outcome);
            }
        }
        Err(error) if group.len() > 1 => {
            tracing::warn!(%error, size = group.len(), "group of registrations failed; writing them one by one");
            for request in group {
                let outcome = register_valid(db, settings, slug, &request.valid, request.now).await;
                let _ = request.reply.send(outcome);
            }
        }
        Err(error) => {
            if let Some(request) = group.into_iter().next() {
                let _ = request.reply.send(Err(error));
            }
        }
    }
}

/// Registers someone for the event `slug`, in a transaction of its own.
async fn register_valid(
    db: &DatabaseConnection,
    settings: &Settings,
    slug: &str,
    valid: &ValidRegistration,
    now: DateTime<Utc>,
) -> Outcome {
    write(db, settings, slug, std::slice::from_ref(valid), now)
        .await?
        .pop()
        .unwrap_or_else(|| {
            Err(ServiceError::Internal(
                "registration without outcome".into(),
            ))
        })
}

/// Writes the registrations `requests`, in their order, in one transaction
/// under the event's lock. The outer error fails them all and stores
/// nothing; an inner one is that request's own (its email is taken).
async fn write(
    db: &DatabaseConnection,
    settings: &Settings,
    slug: &str,
    requests: &[ValidRegistration],
    now: DateTime<Utc>,
) -> Result<Vec<Outcome>, ServiceError> {
    let txn = db.begin().await?;
    let event = events::lock_by_slug(&txn, slug).await?;
    if !event.accepts_registrations(now) {
        return Err(ServiceError::Conflict("error-registration-closed"));
    }
    let mut taken = emails_registered(&txn, event.id, requests).await?;
    let mut places = InPersonState::load(&txn, event.id).await?;
    let limit = u64::try_from(event.in_person_capacity).unwrap_or(0);
    let mut outcomes = Vec::with_capacity(requests.len());
    let (mut rows, mut links, mut mails) = (Vec::new(), Vec::new(), Vec::new());
    for valid in requests {
        if !taken.insert(valid.email_normalized.clone()) {
            outcomes.push(Err(ServiceError::Conflict("error-email-taken")));
            continue;
        }
        let placement = places.place(valid.attendance, limit);
        let row = registration::ActiveModel {
            id: Set(Uuid::now_v7()),
            event_id: Set(event.id),
            status: Set(placement.status),
            waitlist_seq: Set(placement.waitlist_seq),
            offer_expires_at: Set(None),
            privacy_consent_at: Set(now),
            created_at: Set(now),
            cancelled_at: Set(None),
            check_in_code: Set(Some(crate::platform::secrets::new_token())),
            anonymised_at: Set(None),
            ..service::details(valid, now)
        };
        let registration = row.clone().try_into_model()?;
        let email = emails::prepare(settings, placement.notice(), &registration, &event, now)?;
        let manage_token = email
            .token
            .ok_or_else(|| ServiceError::Internal("confirmation without a link".into()))?;
        links.extend(email.link);
        mails.push(email.outbox);
        outcomes.push(Ok(Registered {
            receipt: RegistrationReceipt {
                id: registration.id.to_string(),
                status: registration.status,
                attendance: registration.attendance,
                waitlist_position: placement.position,
            },
            manage_token,
        }));
        rows.push(row);
    }
    if !rows.is_empty() {
        // The unique index on (event, email) stays the last word on duplicates.
        Registration::insert_many(rows).exec(&txn).await.map_err(
            |error| match ServiceError::from(error) {
                ServiceError::Conflict(_) => ServiceError::Conflict("error-email-taken"),
                other => other,
            },
        )?;
        super::entity::access_token::Entity::insert_many(links)
            .exec(&txn)
            .await?;
        crate::mail::outbox::entity::Entity::insert_many(mails)
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(outcomes)
}

/// Which of the requests' emails already hold an active registration.
async fn emails_registered(
    txn: &impl ConnectionTrait,
    event_id: i32,
    requests: &[ValidRegistration],
) -> Result<HashSet<String>, ServiceError> {
    let asked: HashSet<&str> = requests
        .iter()
        .map(|valid| valid.email_normalized.as_str())
        .collect();
    let found: Vec<String> = Registration::find()
        .select_only()
        .column(Column::EmailNormalized)
        .filter(Column::EventId.eq(event_id))
        .filter(Column::Status.ne(Status::Cancelled))
        .filter(Column::EmailNormalized.is_in(asked))
        .into_tuple()
        .all(txn)
        .await?;
    Ok(found.into_iter().collect())
}
