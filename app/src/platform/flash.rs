//! The round trip of a form posted without JavaScript: the server function
//! answers with a redirect back to the form, and what was typed and what was
//! wrong wait in the database for that page, read once. The browser holds
//! only a random key, in a short-lived HttpOnly cookie: a long draft comes
//! back whole, and every server instance finds it. The row is sealed with
//! that key, so what people typed cannot be read from the database alone.

use super::{cookies::private_cookie, error::ServiceError, secrets, state::AppState};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chrono::{DateTime, Utc};
use cookie::{time::Duration, Cookie};
use http::{header, request::Parts, HeaderValue};
use leptos::prelude::{use_context, ServerFnError};
use leptos_axum::ResponseOptions;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use sea_orm::{prelude::*, ActiveValue::Set};
use serde::{de::DeserializeOwned, Serialize};

/// How long what a form post left waits for the browser to come back for it.
const KEPT_MINUTES: i64 = 10;

pub mod entity {
    use sea_orm::entity::prelude::*;

    /// What one form post left for the page it was sent back to.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "form_flashes")]
    pub struct Model {
        /// The SHA-256 of the key in the browser's cookie.
        #[sea_orm(primary_key, auto_increment = false)]
        pub key_hash: String,
        /// The form's values and problems as JSON, sealed with the key.
        pub sealed: String,
        pub expires_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

use entity::{Column, Entity as FormFlash};

fn cookie_name(form: &str) -> String {
    format!("flash-{form}")
}

/// Whether the current request is a plain HTML form post (no JavaScript),
/// which expects a page, not data.
pub fn is_plain_form_post() -> bool {
    use_context::<Parts>().is_some_and(|parts| {
        parts.method == http::Method::POST
            && parts
                .headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
    })
}

/// For a plain form post: keeps `value` for the next view of `form` and
/// sends the browser back to `page`, which shows it.
pub async fn send_back<T: Serialize>(
    form: &str,
    page: &str,
    value: &T,
) -> Result<(), ServerFnError> {
    if is_plain_form_post() {
        remember(form, value)
            .await
            .map_err(ServiceError::into_server_error)?;
        leptos_axum::redirect(page);
    }
    Ok(())
}

/// Keeps `value` for the next page view of `form`.
pub async fn remember<T: Serialize>(form: &str, value: &T) -> Result<(), ServiceError> {
    let state = AppState::from_context()?;
    let value =
        serde_json::to_string(value).map_err(|error| ServiceError::Internal(error.to_string()))?;
    let key = keep(&state.db, form, &value, Utc::now()).await?;
    set_cookie(private_cookie(
        cookie_name(form),
        key,
        Duration::minutes(KEPT_MINUTES),
        state.settings.secure_cookies(),
    ));
    Ok(())
}

/// What was remembered for `form`, if anything; it is removed, and so is
/// the cookie. A failure to read it leaves the form empty (and is logged).
pub async fn take<T: DeserializeOwned>(form: &str) -> Option<T> {
    let name = cookie_name(form);
    let parts = use_context::<Parts>()?;
    let key = super::cookies::request_cookie(&parts.headers, &name)?;
    set_cookie(
        Cookie::build((name, ""))
            .path("/")
            .max_age(Duration::ZERO)
            .build(),
    );
    let state = AppState::from_context().ok()?;
    match take_kept(&state.db, form, &key, Utc::now()).await {
        Ok(value) => serde_json::from_str(&value?).ok(),
        Err(error) => {
            tracing::error!(%error, form, "a form kept for its page could not be read");
            None
        }
    }
}

/// Stores `value` for `form` until [`KEPT_MINUTES`] after `now`, sealed
/// with a new key, which it returns: only the holder of the key reads it.
pub async fn keep(
    db: &DatabaseConnection,
    form: &str,
    value: &str,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let key = secrets::new_token();
    let sealed = seal(&key, form, value)
        .ok_or_else(|| ServiceError::Internal("a form could not be sealed".into()))?;
    entity::ActiveModel {
        key_hash: Set(secrets::hash_token(&key)),
        sealed: Set(sealed),
        expires_at: Set(now + chrono::Duration::minutes(KEPT_MINUTES)),
    }
    .insert(db)
    .await?;
    Ok(key)
}

/// The value kept for `form` under `key`, removed: `None` when there is
/// none, it expired, it was kept for another form, or another request
/// took it first.
pub async fn take_kept(
    db: &DatabaseConnection,
    form: &str,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, DbErr> {
    let key_hash = secrets::hash_token(key);
    let Some(kept) = FormFlash::find_by_id(key_hash.clone()).one(db).await? else {
        return Ok(None);
    };
    let removed = FormFlash::delete_by_id(key_hash).exec(db).await?;
    if removed.rows_affected != 1 || kept.expires_at <= now {
        return Ok(None);
    }
    Ok(open(key, form, &kept.sealed))
}

/// The cipher of one flash. [`keep`] makes a new random key for each value
/// it seals, so a fixed nonce is never reused with the same key.
fn cipher(key: &str) -> Option<(LessSafeKey, Nonce)> {
    let key = URL_SAFE_NO_PAD.decode(key).ok()?;
    let key = UnboundKey::new(&AES_256_GCM, &key).ok()?;
    Some((
        LessSafeKey::new(key),
        Nonce::assume_unique_for_key([0; NONCE_LEN]),
    ))
}

/// `value` encrypted and authenticated for `form`, in base64.
fn seal(key: &str, form: &str, value: &str) -> Option<String> {
    let (cipher, nonce) = cipher(key)?;
    let mut sealed = value.as_bytes().to_vec();
    cipher
        .seal_in_place_append_tag(nonce, Aad::from(form.as_bytes()), &mut sealed)
        .ok()?;
    Some(URL_SAFE_NO_PAD.encode(sealed))
}

/// The value [`seal`] sealed with `key` for `form`; `None` for any other
/// key or form, or when it was altered.
fn open(key: &str, form: &str, sealed: &str) -> Option<String> {
    let (cipher, nonce) = cipher(key)?;
    let mut sealed = URL_SAFE_NO_PAD.decode(sealed).ok()?;
    let value = cipher
        .open_in_place(nonce, Aad::from(form.as_bytes()), &mut sealed)
        .ok()?;
    String::from_utf8(value.to_vec()).ok()
}

/// Removes what no browser came back for by `now` (it may hold personal
/// data); returns how many.
pub async fn remove_expired(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let removed = FormFlash::delete_many()
        .filter(Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    Ok(removed.rows_affected)
}

fn set_cookie(cookie: Cookie<'static>) {
    if let (Some(response), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(&cookie.encoded().to_string()),
    ) {
        response.append_header(header::SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_its_key_and_form_open_a_sealed_value() {
        let key = secrets::new_token();
        let draft = "Session 3 moves to room 12. ".repeat(400);
        let sealed = seal(&key, "announce-ikp", &draft).expect("sealed");
        assert!(!sealed.contains("room 12"));
        assert_eq!(open(&key, "announce-ikp", &sealed), Some(draft));
        assert_eq!(open(&secrets::new_token(), "announce-ikp", &sealed), None);
        assert_eq!(open(&key, "register", &sealed), None);
        assert_eq!(open("not a key", "announce-ikp", &sealed), None);
        let mut altered = sealed.into_bytes();
        altered[3] = if altered[3] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(altered).expect("base64 stays text");
        assert_eq!(open(&key, "announce-ikp", &altered), None);
    }
}
