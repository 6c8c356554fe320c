//! Who may publish a session's stream and who may watch it. Publishing
//! needs the stream's token; watching needs a secret link of a
//! registration for the event that is not cancelled, unless the stream is
//! public. A missing token is 401, a wrong one 403; neither gets media.

use super::entity::{self as stream, Entity as Stream};
use crate::{
    organizer::audit,
    platform::{error::ServiceError, secrets},
    programme::entity::activity,
    registration::{
        entity::{access_token, registration},
        model::Status,
    },
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, Set};

/// Who is watching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    /// Anyone, on a public stream.
    Public,
    Registered(Uuid),
}

/// The session with this id when it is streamed and not cancelled, with its
/// stream's settings if an organizer has made any.
pub async fn streamed_session(
    db: &impl ConnectionTrait,
    session_id: i32,
) -> Result<(activity::Model, Option<stream::Model>), ServiceError> {
    let session = activity::Entity::find_by_id(session_id)
        .one(db)
        .await?
        .filter(|session| session.streamed && session.cancelled_at.is_none())
        .ok_or(ServiceError::NotFound)?;
    let settings = Stream::find_by_id(session_id).one(db).await?;
    Ok((session, settings))
}

/// The streamed session `session_id` of the event `slug`, for the staff
/// pages of one stream; another event's session is not found.
pub async fn event_stream(
    db: &impl ConnectionTrait,
    slug: &str,
    session_id: i32,
) -> Result<(crate::events::entity::Model, activity::Model), ServiceError> {
    let event = crate::events::service::find(db, slug).await?;
    let (session, _) = streamed_session(db, session_id).await?;
    if session.event_id != event.id {
        return Err(ServiceError::NotFound);
    }
    Ok((event, session))
}

/// The event's sessions that are streamed and not cancelled, in programme
/// order.
pub async fn streamed_sessions(
    db: &impl ConnectionTrait,
    event_id: i32,
) -> Result<Vec<activity::Model>, ServiceError> {
    use sea_orm::QueryOrder;
    Ok(activity::Entity::find()
        .filter(activity::Column::EventId.eq(event_id))
        .filter(activity::Column::Streamed.eq(true))
        .filter(activity::Column::CancelledAt.is_null())
        .order_by_asc(activity::Column::StartsAt)
        .all(db)
        .await?)
}

/// Checks a publisher's bearer token against the session's publish token.
pub async fn authorize_publisher(
    db: &impl ConnectionTrait,
    session_id: i32,
    bearer: Option<&str>,
) -> Result<activity::Model, ServiceError> {
    let (session, settings) = streamed_session(db, session_id).await?;
    let token = bearer.ok_or(ServiceError::Unauthorized)?;
    let expected = settings.and_then(|s| s.publish_token_hash);
    if expected.as_deref() == Some(secrets::hash_token(token).as_str()) {
        Ok(session)
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Whether someone may watch a stream of the event: anyone when it is
/// public, else only with a registration for the event that is not
/// cancelled (given as its event and status).
fn may_watch(event_id: i32, public: bool, registration: Option<(i32, Status)>) -> bool {
    public
        || registration.is_some_and(|(registered_for, status)| {
            registered_for == event_id && status != Status::Cancelled
        })
}

/// Checks a viewer: the bearer token must be a secret link of a live
/// registration for the session's event, except on a public stream, which
/// anyone may watch. A registered person is known as such on a public
/// stream too, so that they keep watching when it is made private.
pub async fn authorize_viewer(
    db: &impl ConnectionTrait,
    session_id: i32,
    bearer: Option<&str>,
) -> Result<Viewer, ServiceError> {
    let (session, settings) = streamed_session(db, session_id).await?;
    let public = settings.is_some_and(|s| s.public);
    let registration = match bearer {
        Some(token) => match access_token::Entity::find_by_id(secrets::hash_token(token))
            .one(db)
            .await?
        {
            Some(link) => registration::Entity::find_by_id(link.registration_id)
                .one(db)
                .await?
                .filter(|r| may_watch(session.event_id, false, Some((r.event_id, r.status)))),
            None => None,
        },
        None => None,
    };
    match (registration, bearer) {
        (Some(registration), _) => Ok(Viewer::Registered(registration.id)),
        _ if public => Ok(Viewer::Public),
        (None, None) => Err(ServiceError::Unauthorized),
        (None, Some(_)) => Err(ServiceError::Forbidden),
    }
}

/// Lets go everyone who may no longer watch what they watch: their
/// registration was cancelled or erased, or the stream was made private;
/// a stream whose session is no longer streamed (or cancelled) ends.
/// Returns how many connections ended.
pub async fn recheck_viewers(
    db: &impl ConnectionTrait,
    live: &dyn super::LiveStreams,
) -> Result<usize, ServiceError> {
    let mut by_session: std::collections::BTreeMap<i32, Vec<super::Watcher>> = Default::default();
    for watcher in live.watchers() {
        by_session
            .entry(watcher.session_id)
            .or_default()
            .push(watcher);
    }
    let mut ended = 0;
    for (session_id, watchers) in by_session {
        let (session, settings) = match streamed_session(db, session_id).await {
            Ok(found) => found,
            Err(ServiceError::NotFound) => {
                live.end(session_id);
                ended += watchers.len();
                continue;
            }
            Err(error) => return Err(error),
        };
        let public = settings.is_some_and(|s| s.public);
        let registered: Vec<Uuid> = watchers
            .iter()
            .filter_map(|w| match w.viewer {
                Viewer::Registered(id) => Some(id),
                Viewer::Public => None,
            })
            .collect();
        let registrations: std::collections::HashMap<Uuid, registration::Model> =
            registration::Entity::find()
                .filter(registration::Column::Id.is_in(registered))
                .all(db)
                .await?
                .into_iter()
                .map(|r| (r.id, r))
                .collect();
        for watcher in watchers {
            let registration = match watcher.viewer {
                Viewer::Registered(id) => registrations.get(&id).map(|r| (r.event_id, r.status)),
                Viewer::Public => None,
            };
            if !may_watch(session.event_id, public, registration)
                && live.leave(session_id, &watcher.resource).await.is_ok()
            {
                ended += 1;
            }
        }
    }
    Ok(ended)
}

/// Checks the viewers again at once, after a change that may end someone's
/// right to watch; a failure only leaves it to the server's next round.
pub async fn recheck_now(db: &impl ConnectionTrait, live: &dyn super::LiveStreams) {
    if let Err(error) = recheck_viewers(db, live).await {
        tracing::warn!(%error, "viewers not checked again");
    }
}

/// Gives the stream a new publish token (the old one stops working) and
/// returns it; it is shown once and only its hash is kept.
pub async fn issue_publish_token(
    db: &DatabaseConnection,
    member: &StaffMember,
    session_id: i32,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let token = secrets::new_token();
    change(
        db,
        member,
        session_id,
        "stream.token",
        |row| row.publish_token_hash = Set(Some(secrets::hash_token(&token))),
        now,
    )
    .await?;
    Ok(token)
}

/// Takes the publish token away: nobody can publish until a new one.
pub async fn revoke_publish_token(
    db: &DatabaseConnection,
    member: &StaffMember,
    session_id: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    change(
        db,
        member,
        session_id,
        "stream.revoke",
        |row| row.publish_token_hash = Set(None),
        now,
    )
    .await
}

/// Opens the stream to everyone, or back to registered people only.
pub async fn set_public(
    db: &DatabaseConnection,
    member: &StaffMember,
    session_id: i32,
    public: bool,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    change(
        db,
        member,
        session_id,
        "stream.public",
        |row| row.public = Set(public),
        now,
    )
    .await
}

/// Changes the stream's row (made when missing) and records who did it.
async fn change(
    db: &DatabaseConnection,
    member: &StaffMember,
    session_id: i32,
    action: &'static str,
    apply: impl FnOnce(&mut stream::ActiveModel),
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    use sea_orm::TransactionTrait;
    let txn = db.begin().await?;
    let (session, existing) = streamed_session(&txn, session_id).await?;
    let before = existing.as_ref().map(|s| s.public);
    let is_new = existing.is_none();
    let mut row = match existing {
        Some(existing) => existing.into(),
        None => stream::ActiveModel {
            activity_id: Set(session_id),
            publish_token_hash: Set(None),
            public: Set(false),
            updated_at: Set(now),
        },
    };
    apply(&mut row);
    row.updated_at = Set(now);
    let saved = if is_new {
        row.insert(&txn).await?
    } else {
        row.update(&txn).await?
    };
    let public = saved.public;
    let change = audit::Change {
        action,
        event_id: Some(session.event_id),
        subject: format!("stream/{session_id}"),
        reason: None,
        before: before.map(|public| serde_json::json!({ "public": public })),
        after: Some(serde_json::json!({ "public": public })),
    };
    audit::record(&txn, member, change, now).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{may_watch, Status};

    #[test]
    fn only_live_registrations_for_the_event_may_watch_a_private_stream() {
        assert!(may_watch(1, false, Some((1, Status::Confirmed))));
        assert!(may_watch(1, false, Some((1, Status::Waitlisted))));
        assert!(!may_watch(1, false, Some((1, Status::Cancelled))));
        assert!(!may_watch(1, false, Some((2, Status::Confirmed))));
        assert!(!may_watch(1, false, None));
    }

    #[test]
    fn anyone_may_watch_a_public_stream() {
        assert!(may_watch(1, true, None));
        assert!(may_watch(1, true, Some((1, Status::Cancelled))));
    }
}
