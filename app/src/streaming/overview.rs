//! The live streams of one event, for the organizer's dashboard.

use super::{LiveFigures, LiveStreams};
use crate::{
    events::service as events, platform::error::ServiceError, programme::entity::activity,
};
use sea_orm::{prelude::*, QueryOrder};

/// The event's streams that are live now, with their session's title, in
/// programme order.
pub async fn live_streams(
    db: &impl ConnectionTrait,
    slug: &str,
    live: &dyn LiveStreams,
) -> Result<Vec<(String, LiveFigures)>, ServiceError> {
    let figures = live.live();
    if figures.is_empty() {
        return Ok(Vec::new());
    }
    let event = events::find(db, slug).await?;
    let sessions = activity::Entity::find()
        .filter(activity::Column::EventId.eq(event.id))
        .filter(activity::Column::Id.is_in(figures.iter().map(|f| f.session_id)))
        .order_by_asc(activity::Column::StartsAt)
        .all(db)
        .await?;
    Ok(sessions
        .into_iter()
        .filter_map(|session| {
            figures
                .iter()
                .find(|f| f.session_id == session.id)
                .map(|f| (session.title, f.clone()))
        })
        .collect())
}
