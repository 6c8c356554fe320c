//! Staff accounts, kept by admins: add an account with a role, change a
//! role, turn an account off (its sessions end at once). An admin cannot
//! change or turn off their own account, so the platform always keeps one.

use super::{audit, model::StaffAccount};
use crate::{
    forms::FieldErrors,
    platform::error::ServiceError,
    staff::{
        auth::{self, StaffMember},
        entity::{staff_session, staff_user},
        roles::Role,
    },
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, QueryOrder, Set, TransactionTrait};

const NAME_MAX: usize = 200;

pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<StaffAccount>, ServiceError> {
    Ok(staff_user::Entity::find()
        .order_by_asc(staff_user::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|user| StaffAccount {
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            active: user.disabled_at.is_none(),
        })
        .collect())
}

/// Adds an account; the admin hands the first password over themselves.
pub async fn create(
    db: &DatabaseConnection,
    admin: &StaffMember,
    name: &str,
    email: &str,
    role: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let mut errors = FieldErrors::default();
    let name = crate::forms::line(&mut errors, "name", name, NAME_MAX, true);
    let email = crate::forms::email(&mut errors, "email", email);
    let role = Role::from_code(role);
    if role.is_none() {
        errors.add("role", "error-role-invalid");
    }
    auth::check_password(&mut errors, password);
    let (Some(name), Some(email), Some(role), true) = (name, email, role, errors.is_empty()) else {
        return Err(ServiceError::Invalid(errors));
    };
    let txn = db.begin().await?;
    auth::create_staff(&txn, &email, &name, password, role, now)
        .await
        .map_err(|error| match error {
            ServiceError::Conflict(_) => {
                ServiceError::Invalid(FieldErrors::single("email", "error-staff-email-taken"))
            }
            other => other,
        })?;
    let change = audit::Change {
        action: "staff.create",
        event_id: None,
        subject: format!("staff/{}", email.to_lowercase()),
        reason: None,
        before: None,
        after: Some(serde_json::json!({ "name": name, "email": email, "role": role.code() })),
    };
    audit::record(&txn, admin, change, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Gives an account another role, or turns it off (`role` = `disabled`).
pub async fn change(
    db: &DatabaseConnection,
    admin: &StaffMember,
    account: i32,
    role: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    if account == admin.id {
        return Err(ServiceError::Conflict("error-own-account"));
    }
    let disable = role == "disabled";
    let new_role = Role::from_code(role);
    if !disable && new_role.is_none() {
        return Err(ServiceError::Invalid(FieldErrors::single(
            "role",
            "error-role-invalid",
        )));
    }
    let txn = db.begin().await?;
    let user = staff_user::Entity::find_by_id(account)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let before = serde_json::json!({ "role": user.role, "active": user.disabled_at.is_none() });
    let mut update = staff_user::ActiveModel {
        id: Set(user.id),
        ..Default::default()
    };
    if disable {
        update.disabled_at = Set(Some(now));
        staff_session::Entity::delete_many()
            .filter(staff_session::Column::StaffUserId.eq(user.id))
            .exec(&txn)
            .await?;
    } else if let Some(role) = new_role {
        update.role = Set(role.code().to_owned());
        update.disabled_at = Set(None);
    }
    let updated = update.update(&txn).await?;
    let change = audit::Change {
        action: if disable {
            "staff.disable"
        } else {
            "staff.role"
        },
        event_id: None,
        subject: format!("staff/{}", updated.email),
        reason: None,
        before: Some(before),
        after: Some(
            serde_json::json!({ "role": updated.role, "active": updated.disabled_at.is_none() }),
        ),
    };
    audit::record(&txn, admin, change, now).await?;
    txn.commit().await?;
    Ok(())
}
