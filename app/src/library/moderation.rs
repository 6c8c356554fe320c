//! What moderators do: take the next step with a practice (publish, ask for
//! changes, reject, take down), each recorded with who, when and why, and
//! the submitter told by email.

use super::{
    emails::{self, LibraryNotice},
    entity::{practice, revision},
    rules::{self, Step},
    service::{lock, record, refused},
};
use crate::platform::{error::ServiceError, state::Settings};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, Set, TransactionTrait};

/// The staff member taking a step.
#[derive(Clone, Debug)]
pub struct Moderator {
    pub staff_id: i32,
    pub name: String,
}

/// Takes `step` with the practice; refused unless the rules allow it now
/// and `seen_revision` (the one the moderator reviewed) is still the latest:
/// a revision sent meanwhile is never published unseen.
#[allow(clippy::too_many_arguments)]
pub async fn moderate(
    db: &DatabaseConnection,
    settings: &Settings,
    moderator: &Moderator,
    practice_id: Uuid,
    seen_revision: Uuid,
    step: Step,
    note: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    if !step.by_moderator() {
        return Err(ServiceError::Forbidden);
    }
    let txn = db.begin().await?;
    let current = lock(&txn, practice_id).await?;
    if current.latest_revision_id != seen_revision {
        return Err(ServiceError::Conflict("error-practice-changed"));
    }
    let review = rules::take(current.review, step, note).map_err(refused)?;
    let mut change = practice::ActiveModel {
        id: Set(current.id),
        review: Set(review),
        updated_at: Set(now),
        ..Default::default()
    };
    if step == Step::Publish {
        change.published_revision_id = Set(Some(current.latest_revision_id));
        change.published_at = Set(Some(current.published_at.unwrap_or(now)));
    }
    let updated = change.update(&txn).await?;
    let note = Some(note.trim()).filter(|note| !note.is_empty());
    record(
        &txn,
        &updated,
        step,
        Some(moderator.staff_id),
        &moderator.name,
        note,
        now,
    )
    .await?;
    let notice = match step {
        Step::Publish => Some(LibraryNotice::Published),
        Step::RequestChanges => Some(LibraryNotice::ChangesRequested),
        Step::Reject => Some(LibraryNotice::Rejected),
        _ => None,
    };
    if let Some(notice) = notice {
        let title = revision::Entity::find_by_id(updated.latest_revision_id)
            .one(&txn)
            .await?
            .map(|revision| revision.title)
            .unwrap_or_default();
        emails::queue(&txn, settings, notice, &updated, &title, note, now).await?;
    }
    txn.commit().await?;
    Ok(())
}
