//! Secret links to a registration: each email that carries one gets its own,
//! and the database keeps only their hashes.

use super::entity::access_token;
use crate::platform::{error::ServiceError, secrets, state::Settings};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, Set};

/// A new secret link to the registration; returns the token for the URL.
pub async fn issue(
    db: &impl ConnectionTrait,
    registration_id: Uuid,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let (token, link) = new_link(registration_id, now);
    link.insert(db).await?;
    Ok(token)
}

/// A token and the row that stores its hash, for callers that insert many
/// at once.
pub fn new_link(registration_id: Uuid, now: DateTime<Utc>) -> (String, access_token::ActiveModel) {
    let token = secrets::new_token();
    let link = access_token::ActiveModel {
        token_hash: Set(secrets::hash_token(&token)),
        registration_id: Set(registration_id),
        created_at: Set(now),
    };
    (token, link)
}

/// The address of a registration's manage page.
pub fn manage_url(settings: &Settings, token: &str) -> String {
    format!("{}/manage/{token}", settings.public_url)
}
