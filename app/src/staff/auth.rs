//! Staff passwords (Argon2id) and sessions (a random token in an HttpOnly
//! cookie, kept hashed in the database).

use super::{
    entity::{staff_session, staff_user},
    roles::{Capability, Role},
};
use crate::platform::{error::ServiceError, secrets};
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{prelude::*, Set};
use std::sync::LazyLock;

pub const SESSION_COOKIE: &str = "staff_session";
const SESSION_HOURS: i64 = 12;
const PASSWORD_MIN_CHARS: usize = 12;
/// Wrong passwords in a row that lock an account ...
const FAILURES_BEFORE_LOCK: i32 = 5;
/// ... for this long.
const LOCK_MINUTES: i64 = 15;

/// Until when an account is locked once it has had `failures` wrong
/// passwords in a row: the fifth locks it for 15 minutes.
pub fn lock_after(failures: i32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    (failures >= FAILURES_BEFORE_LOCK).then(|| now + Duration::minutes(LOCK_MINUTES))
}

/// A signed-in staff member.
#[derive(Clone, Debug)]
pub struct StaffMember {
    pub id: i32,
    pub name: String,
    pub role: Role,
}

pub fn hash_password(password: &str) -> Result<String, ServiceError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| ServiceError::Internal(format!("password hashing failed: {e}")))
}

/// What a password is checked against when there is no account to check it
/// against, so that the answer takes as long as for an account. Made at
/// start-up (see `server::prepare`), so the first answer is not slower.
pub static NO_ACCOUNT_HASH: LazyLock<String> = LazyLock::new(|| {
    hash_password(&secrets::new_token()).expect("Argon2 with its default parameters hashes")
});

fn password_matches(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// [`password_matches`] on a thread for blocking work: Argon2 takes tens of
/// milliseconds of CPU, which would hold up every request on its worker.
async fn password_checked(password: &str, stored: &str) -> bool {
    let (password, stored) = (password.to_owned(), stored.to_owned());
    tokio::task::spawn_blocking(move || password_matches(&password, &stored))
        .await
        .unwrap_or(false)
}

/// A staff password must be long enough to resist guessing.
pub fn check_password(errors: &mut crate::forms::FieldErrors, password: &str) {
    if password.chars().count() < PASSWORD_MIN_CHARS {
        errors.add("password", "error-password-too-short");
    }
}

/// Creates a staff account (used by the `create-admin` command and by admins).
pub async fn create_staff(
    db: &impl ConnectionTrait,
    email: &str,
    name: &str,
    password: &str,
    role: Role,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let mut errors = crate::forms::FieldErrors::default();
    check_password(&mut errors, password);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    staff_user::ActiveModel {
        email: Set(email.trim().to_lowercase()),
        name: Set(name.trim().to_owned()),
        password_hash: Set(hash_password(password)?),
        role: Set(role.code().to_owned()),
        created_at: Set(now),
        disabled_at: Set(None),
        failed_sign_ins: Set(0),
        locked_until: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Checks the password and opens a session; the token goes into the cookie.
/// A wrong email, a wrong password and a locked account get the same
/// answer, after the same work, so that nobody learns which accounts exist.
pub async fn sign_in(
    db: &impl ConnectionTrait,
    email: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let user = staff_user::Entity::find()
        .filter(staff_user::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?;
    let Some(user) = user.filter(|user| user.disabled_at.is_none()) else {
        password_checked(password, &NO_ACCOUNT_HASH).await;
        return Err(ServiceError::Unauthorized);
    };
    let matches = password_checked(password, &user.password_hash).await;
    if user.locked_until.is_some_and(|until| now < until) {
        return Err(ServiceError::Unauthorized);
    }
    if !matches {
        // Counted in the database, so guesses sent at once each count.
        use sea_orm::sea_query::ExprTrait;
        staff_user::Entity::update_many()
            .col_expr(
                staff_user::Column::FailedSignIns,
                Expr::col(staff_user::Column::FailedSignIns).add(1),
            )
            .filter(staff_user::Column::Id.eq(user.id))
            .exec(db)
            .await?;
        let failures = staff_user::Entity::find_by_id(user.id)
            .one(db)
            .await?
            .map_or(0, |user| user.failed_sign_ins);
        let Some(until) = lock_after(failures, now) else {
            return Err(ServiceError::Unauthorized);
        };
        staff_user::ActiveModel {
            id: Set(user.id),
            failed_sign_ins: Set(0),
            locked_until: Set(Some(until)),
            ..Default::default()
        }
        .update(db)
        .await?;
        return Err(ServiceError::Unauthorized);
    }
    if user.failed_sign_ins != 0 || user.locked_until.is_some() {
        staff_user::ActiveModel {
            id: Set(user.id),
            failed_sign_ins: Set(0),
            locked_until: Set(None),
            ..Default::default()
        }
        .update(db)
        .await?;
    }
    let token = secrets::new_token();
    staff_session::ActiveModel {
        token_hash: Set(secrets::hash_token(&token)),
        staff_user_id: Set(user.id),
        expires_at: Set(now + Duration::hours(SESSION_HOURS)),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

pub async fn sign_out(db: &impl ConnectionTrait, token: &str) -> Result<(), ServiceError> {
    staff_session::Entity::delete_by_id(secrets::hash_token(token))
        .exec(db)
        .await?;
    Ok(())
}

/// The staff member a session token belongs to, if the session is still valid.
pub async fn member(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<StaffMember>, ServiceError> {
    let Some(session) = staff_session::Entity::find_by_id(secrets::hash_token(token))
        .one(db)
        .await?
        .filter(|session| session.expires_at > now)
    else {
        return Ok(None);
    };
    let user = staff_user::Entity::find_by_id(session.staff_user_id)
        .one(db)
        .await?;
    Ok(user
        .filter(|user| user.disabled_at.is_none())
        .and_then(|user| {
            Role::from_code(&user.role).map(|role| StaffMember {
                id: user.id,
                name: user.name,
                role,
            })
        }))
}

/// The staff member behind the session token, if they may do `capability`:
/// no valid session is `Unauthorized`, the wrong role is `Forbidden`.
pub async fn require(
    db: &impl ConnectionTrait,
    token: Option<&str>,
    capability: Capability,
    now: DateTime<Utc>,
) -> Result<StaffMember, ServiceError> {
    let Some(token) = token else {
        return Err(ServiceError::Unauthorized);
    };
    let member = member(db, token, now)
        .await?
        .ok_or(ServiceError::Unauthorized)?;
    if member.role.allows(capability) {
        Ok(member)
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The session token sent with the current request, if any.
pub fn session_token(headers: &http::HeaderMap) -> Option<String> {
    crate::platform::cookies::request_cookie(headers, SESSION_COOKIE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_salted_and_verified() {
        let first = hash_password("correct horse battery").unwrap();
        let second = hash_password("correct horse battery").unwrap();
        assert_ne!(first, second);
        assert!(first.starts_with("$argon2id$"));
        assert!(password_matches("correct horse battery", &first));
        assert!(!password_matches("wrong horse battery", &first));
        assert!(!password_matches("anything", "not a hash"));
    }

    #[test]
    fn the_fifth_wrong_password_in_a_row_locks_for_fifteen_minutes() {
        let now = Utc::now();
        assert!((0..5).all(|failures| lock_after(failures, now).is_none()));
        assert_eq!(lock_after(5, now), Some(now + Duration::minutes(15)));
        assert_eq!(lock_after(9, now), Some(now + Duration::minutes(15)));
    }
}
