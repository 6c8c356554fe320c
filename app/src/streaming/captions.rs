//! Live captions: a captioner types the session's words line by line on
//! the staff page, each line is stored (the lines are the session's
//! transcript) and reaches everyone watching within a second. Each server
//! process follows the stored lines of a session with one query every half
//! second while anyone there watches, so lines typed on any process sharing
//! the database arrive.

use super::{
    access,
    caption_entity::{self as caption, Entity as CaptionRow},
    model::Caption,
};
use crate::{
    forms::FieldErrors,
    platform::{error::ServiceError, secrets},
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, QueryOrder, QuerySelect, Set, TryInsertResult};
use std::{
    collections::{BTreeSet, HashMap},
    sync::{Arc, Mutex},
    time::Duration,
};
use tokio::sync::broadcast;

/// The longest caption line: about two lines on a screen.
pub const MAX_CHARS: usize = 300;
/// How often a followed session's new lines are read.
const FOLLOW_EVERY: Duration = Duration::from_millis(500);
/// Lines a slow viewer may have waiting before they miss some.
const BACKLOG: usize = 32;
/// How far before the last line seen the reader looks again, in ids.
const LATE_WINDOW: i32 = 32;
/// Lines read at once, far more than anyone types in half a second.
const READ_AT_MOST: u64 = 200;

/// The line to store, or why it is refused.
fn checked(text: &str) -> Result<String, FieldErrors> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(FieldErrors::single("caption", "error-caption-empty"));
    }
    if text.chars().count() > MAX_CHARS {
        return Err(FieldErrors::single("caption", "error-caption-too-long"));
    }
    Ok(text)
}

fn shown(row: caption::Model) -> Caption {
    Caption {
        id: row.id,
        text: row.text,
        sent_at: row.sent_at,
    }
}

/// Stores a caption line for the streamed session. `form_key` names the
/// form it was typed in (each showing of the form has a new one): the same
/// line sent again from the same form, because its answer was lost, is
/// stored once. Words changed before sending again make a new line.
pub async fn send(
    db: &DatabaseConnection,
    member: &StaffMember,
    session_id: i32,
    text: &str,
    form_key: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Caption, ServiceError> {
    let text = checked(text).map_err(ServiceError::Invalid)?;
    access::streamed_session(db, session_id).await?;
    let line_key = form_key.map(|key| secrets::hash_token(&format!("{key}\n{text}")));
    // `exec`, not `exec_with_returning`: only it reports a skipped
    // duplicate as `Conflicted` rather than an error.
    let inserted = CaptionRow::insert(caption::ActiveModel {
        activity_id: Set(session_id),
        text: Set(text),
        sent_by: Set(member.id),
        sent_at: Set(now),
        line_key: Set(line_key.clone()),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([caption::Column::ActivityId, caption::Column::LineKey])
    .exec(db)
    .await?;
    let stored = match inserted {
        TryInsertResult::Inserted(result) => {
            CaptionRow::find_by_id(result.last_insert_id)
                .one(db)
                .await?
        }
        TryInsertResult::Empty | TryInsertResult::Conflicted => {
            CaptionRow::find()
                .filter(caption::Column::ActivityId.eq(session_id))
                .filter(caption::Column::LineKey.eq(line_key))
                .one(db)
                .await?
        }
    };
    let row = stored.ok_or_else(|| {
        ServiceError::Internal("a caption line was neither stored nor found".into())
    })?;
    Ok(shown(row))
}

/// The session's latest lines, newest first.
pub async fn latest(
    db: &impl ConnectionTrait,
    session_id: i32,
    limit: u64,
) -> Result<Vec<Caption>, ServiceError> {
    let mut lines = after(db, session_id, 0, limit).await?;
    lines.reverse();
    Ok(lines)
}

/// The session's latest `limit` lines after `last_id`, oldest first.
pub async fn after(
    db: &impl ConnectionTrait,
    session_id: i32,
    last_id: i32,
    limit: u64,
) -> Result<Vec<Caption>, ServiceError> {
    let mut lines: Vec<Caption> = CaptionRow::find()
        .filter(caption::Column::ActivityId.eq(session_id))
        .filter(caption::Column::Id.gt(last_id))
        .order_by_desc(caption::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(shown)
        .collect();
    lines.reverse();
    Ok(lines)
}

/// The sessions whose captions this process follows, one reader each.
#[derive(Default)]
pub struct CaptionFeeds {
    feeds: Arc<Mutex<HashMap<i32, broadcast::Sender<Caption>>>>,
}

impl CaptionFeeds {
    /// New lines of the session from now on; the session's reader starts
    /// with its first follower and stops after its last has gone.
    pub async fn follow(
        &self,
        db: &DatabaseConnection,
        session_id: i32,
    ) -> Result<broadcast::Receiver<Caption>, ServiceError> {
        if let Some(receiver) = self.subscribe(session_id) {
            return Ok(receiver);
        }
        let last_id = latest(db, session_id, 1).await?.first().map_or(0, |c| c.id);
        let Ok(mut feeds) = self.feeds.lock() else {
            return Err(ServiceError::Internal("caption feeds poisoned".into()));
        };
        if let Some(sender) = feeds.get(&session_id) {
            return Ok(sender.subscribe());
        }
        let (sender, receiver) = broadcast::channel(BACKLOG);
        feeds.insert(session_id, sender.clone());
        tokio::spawn(read_new_lines(
            db.clone(),
            self.feeds.clone(),
            session_id,
            last_id,
            sender,
        ));
        Ok(receiver)
    }

    fn subscribe(&self, session_id: i32) -> Option<broadcast::Receiver<Caption>> {
        self.feeds
            .lock()
            .ok()
            .and_then(|feeds| feeds.get(&session_id).map(|sender| sender.subscribe()))
    }
}

/// Reads the session's new lines and hands them to its followers until
/// none is left. Lines are read from a little before the last one seen,
/// so that one whose id was given earlier but whose writing finished later
/// (two captioners at once) is not missed; lines already handed on are
/// skipped.
async fn read_new_lines(
    db: DatabaseConnection,
    feeds: Arc<Mutex<HashMap<i32, broadcast::Sender<Caption>>>>,
    session_id: i32,
    mut last_id: i32,
    sender: broadcast::Sender<Caption>,
) {
    let mut ticks = tokio::time::interval(FOLLOW_EVERY);
    let mut handed_on = BTreeSet::new();
    // Lines from before the first follower came are not theirs.
    let first_followed_after = last_id;
    loop {
        ticks.tick().await;
        // Checked under the lock that `follow` subscribes under, so no
        // follower is left with a reader that stopped.
        if let Ok(mut feeds) = feeds.lock() {
            if sender.receiver_count() == 0 {
                feeds.remove(&session_id);
                return;
            }
        }
        let from = last_id
            .saturating_sub(LATE_WINDOW)
            .max(first_followed_after);
        match after(&db, session_id, from, READ_AT_MOST).await {
            Ok(lines) => {
                for line in lines {
                    if handed_on.insert(line.id) {
                        last_id = last_id.max(line.id);
                        let _ = sender.send(line);
                    }
                }
                handed_on.retain(|id| *id > from);
            }
            Err(error) => tracing::warn!(%error, session_id, "captions not read"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{checked, MAX_CHARS};

    #[test]
    fn a_caption_line_is_tidied_and_must_say_something_short() {
        assert_eq!(
            checked("  Welcome\n to   the  session ").as_deref(),
            Ok("Welcome to the session")
        );
        assert!(checked(" \n\t ").is_err());
        assert!(checked(&"é".repeat(MAX_CHARS)).is_ok());
        assert!(checked(&"é".repeat(MAX_CHARS + 1)).is_err());
    }
}
