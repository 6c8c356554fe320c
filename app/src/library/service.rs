//! Submitting a practice, and what its submitter does through their secret
//! link: follow it, send a new revision while that is allowed, withdraw it.
//! A file and a form are checked together, and nothing is stored unless
//! both pass.

use super::{
    emails::{self, LibraryNotice},
    entity::{link, practice, revision, step, stored_file, theme},
    files::{self, FileKind},
    model::PracticeForm,
    rules::{self, NotAllowed, Review, Step},
    validation::{validate, ValidPractice},
};
use crate::{
    events::entity::{self as event, TextList},
    forms::FieldErrors,
    i18n::Locale,
    platform::{error::ServiceError, secrets, state::Settings},
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, DatabaseTransaction, QueryOrder, QuerySelect, Set, TransactionTrait};

/// A file as it arrived: the name it was sent with, and its content (read
/// with the size limit enforced while it streamed in).
#[derive(Clone, Debug)]
pub struct Upload {
    pub name: String,
    pub content: Vec<u8>,
}

/// A stored submission: its id and the token of the follow link just sent.
#[derive(Clone, Debug)]
pub struct Submitted {
    pub id: Uuid,
    pub token: String,
}

/// What the file field brings to a submission or revision.
enum FileChoice {
    /// No file sent: a revision keeps the file it had.
    Keep,
    New {
        kind: FileKind,
        upload: Upload,
    },
}

/// Takes a new submission: checked, file stored once, practice and first
/// revision written, the submitter emailed a link to follow it.
pub async fn submit(
    db: &DatabaseConnection,
    settings: &Settings,
    form: &PracticeForm,
    upload: Option<Upload>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Submitted, ServiceError> {
    let (valid, file) = check(db, form, upload).await?;
    let stored = store_file(settings, file).await?;
    let txn = db.begin().await?;
    let file = record_file(&txn, stored, now).await?;
    let id = Uuid::now_v7();
    let revision_id = Uuid::now_v7();
    let practice = practice::ActiveModel {
        id: Set(id),
        review: Set(Review::Submitted),
        published_revision_id: Set(None),
        latest_revision_id: Set(revision_id),
        submitter_name: Set(valid.contact_name.clone()),
        submitter_email: Set(valid.contact_email.clone()),
        language: Set(locale.code().to_owned()),
        demo: Set(false),
        published_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    write_revision(&txn, &practice, revision_id, 1, &valid, file, now).await?;
    record(
        &txn,
        &practice,
        Step::Submit,
        None,
        &valid.contact_name,
        None,
        now,
    )
    .await?;
    let token = emails::queue(
        &txn,
        settings,
        LibraryNotice::Received,
        &practice,
        &valid.title,
        None,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Submitted { id, token })
}

/// The practice behind a follow link.
pub async fn by_link(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<practice::Model, ServiceError> {
    let link = link::Entity::find_by_id(secrets::hash_token(token))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    practice::Entity::find_by_id(link.practice_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// A new revision from the submitter, while the practice is open to them;
/// without a new file the revision keeps the previous one. It goes back to
/// review; a published revision stays public until this one is approved.
pub async fn revise(
    db: &DatabaseConnection,
    settings: &Settings,
    token: &str,
    form: &PracticeForm,
    upload: Option<Upload>,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let current = by_link(db, token).await?;
    if !rules::submitter_may_edit(current.review) {
        return Err(ServiceError::Conflict("error-practice-closed"));
    }
    let (valid, file) = check(db, form, upload).await?;
    let stored = store_file(settings, file).await?;
    let txn = db.begin().await?;
    let practice = lock(&txn, current.id).await?;
    let file = record_file(&txn, stored, now).await?;
    let review = rules::next(practice.review, Step::Submit).map_err(refused)?;
    let previous = revision::Entity::find_by_id(practice.latest_revision_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let file = file.or(previous.file_sha256.clone().zip(previous.file_name.clone()));
    let revision_id = Uuid::now_v7();
    write_revision(
        &txn,
        &practice,
        revision_id,
        previous.number + 1,
        &valid,
        file,
        now,
    )
    .await?;
    let updated = practice::ActiveModel {
        id: Set(practice.id),
        review: Set(review),
        latest_revision_id: Set(revision_id),
        submitter_name: Set(valid.contact_name.clone()),
        submitter_email: Set(valid.contact_email.clone()),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    record(
        &txn,
        &updated,
        Step::Submit,
        None,
        &valid.contact_name,
        None,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The submitter takes their practice back; it leaves the public library.
pub async fn withdraw(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let current = by_link(db, token).await?;
    let txn = db.begin().await?;
    let practice = lock(&txn, current.id).await?;
    let review = rules::next(practice.review, Step::Withdraw).map_err(refused)?;
    let updated = practice::ActiveModel {
        id: Set(practice.id),
        review: Set(review),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let name = updated.submitter_name.clone();
    record(&txn, &updated, Step::Withdraw, None, &name, None, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The themes offered to new submissions, in their order.
pub async fn offered_themes(db: &impl ConnectionTrait) -> Result<Vec<theme::Model>, ServiceError> {
    Ok(theme::Entity::find()
        .filter(theme::Column::Retired.eq(false))
        .order_by_asc(theme::Column::Position)
        .all(db)
        .await?)
}

/// The form and the file checked together: every problem at once.
async fn check(
    db: &DatabaseConnection,
    form: &PracticeForm,
    upload: Option<Upload>,
) -> Result<(ValidPractice, FileChoice), ServiceError> {
    let themes: Vec<String> = offered_themes(db)
        .await?
        .into_iter()
        .map(|theme| theme.code)
        .collect();
    let events: Vec<(String, i32)> = event::Entity::find()
        .select_only()
        .column(event::Column::Slug)
        .column(event::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let checked_form = validate(form, &themes, &events);
    let file = match upload {
        None => Ok(FileChoice::Keep),
        Some(upload) => files::sniff(&upload.content)
            .map(|kind| FileChoice::New { kind, upload })
            .map_err(|refusal| FieldErrors::single("file", refusal.key())),
    };
    match (checked_form, file) {
        (Ok(valid), Ok(file)) => Ok((valid, file)),
        (Err(mut errors), Err(file_errors)) => {
            for (field, key) in file_errors.iter() {
                errors.add(field, key);
            }
            Err(ServiceError::Invalid(errors))
        }
        (Err(errors), _) | (_, Err(errors)) => Err(ServiceError::Invalid(errors)),
    }
}

/// A file written to the store, to be recorded with the revision.
struct StoredUpload {
    hash: String,
    name: String,
    kind: FileKind,
    size: usize,
}

/// Writes a new file to the store, once per content.
async fn store_file(
    settings: &Settings,
    file: FileChoice,
) -> Result<Option<StoredUpload>, ServiceError> {
    let FileChoice::New { kind, upload } = file else {
        return Ok(None);
    };
    let hash = files::store(&settings.data_dir, &upload.content)
        .await
        .map_err(|e| ServiceError::Internal(format!("file not stored: {e}")))?;
    Ok(Some(StoredUpload {
        hash,
        name: files::download_name(&upload.name, kind),
        kind,
        size: upload.content.len(),
    }))
}

/// Records a stored file (once per content) in the transaction that uses it;
/// returns its hash and download name for the revision.
async fn record_file(
    txn: &DatabaseTransaction,
    stored: Option<StoredUpload>,
    now: DateTime<Utc>,
) -> Result<Option<(String, String)>, ServiceError> {
    let Some(stored) = stored else {
        return Ok(None);
    };
    stored_file::Entity::insert(stored_file::ActiveModel {
        sha256: Set(stored.hash.clone()),
        media_type: Set(stored.kind.media_type().to_owned()),
        size: Set(i64::try_from(stored.size).unwrap_or(i64::MAX)),
        created_at: Set(now),
    })
    .on_conflict_do_nothing_on([stored_file::Column::Sha256])
    .exec(txn)
    .await?;
    Ok(Some((stored.hash, stored.name)))
}

pub(super) async fn write_revision(
    txn: &DatabaseTransaction,
    practice: &practice::Model,
    id: Uuid,
    number: i32,
    valid: &ValidPractice,
    file: Option<(String, String)>,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (file_sha256, file_name) = file.unzip();
    revision::ActiveModel {
        id: Set(id),
        practice_id: Set(practice.id),
        number: Set(number),
        title: Set(valid.title.clone()),
        summary: Set(valid.summary.clone()),
        description: Set(valid.description.clone()),
        organisation: Set(valid.organisation.clone()),
        country: Set(valid.country.clone()),
        themes: Set(TextList(valid.themes.clone())),
        event_id: Set(valid.event_id),
        contact_name: Set(Some(valid.contact_name.clone())),
        contact_email: Set(Some(valid.contact_email.clone())),
        contact_public: Set(valid.contact_public),
        licence: Set(valid.licence.clone()),
        file_sha256: Set(file_sha256),
        file_name: Set(file_name),
        created_at: Set(now),
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Records a step in the practice's history.
pub(super) async fn record(
    txn: &DatabaseTransaction,
    practice: &practice::Model,
    taken: Step,
    staff_id: Option<i32>,
    actor_name: &str,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    step::ActiveModel {
        practice_id: Set(practice.id),
        revision_id: Set(practice.latest_revision_id),
        action: Set(taken.code().to_owned()),
        staff_id: Set(staff_id),
        actor_name: Set(actor_name.to_owned()),
        note: Set(note.map(str::to_owned)),
        at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// The practice, locked for the rest of the transaction (PostgreSQL; SQLite
/// has one writer at a time anyway).
pub(super) async fn lock(
    txn: &DatabaseTransaction,
    id: Uuid,
) -> Result<practice::Model, ServiceError> {
    practice::Entity::find_by_id(id)
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(ServiceError::NotFound)
}

pub(super) fn refused(reason: NotAllowed) -> ServiceError {
    match reason {
        NotAllowed::NotNow => ServiceError::Conflict("error-practice-step"),
        NotAllowed::NoteRequired => {
            ServiceError::Invalid(FieldErrors::single("note", "error-note-required"))
        }
    }
}
