//! The organizers' list of themes: add one, rename one, retire one (no
//! longer offered to new submissions, kept on the practices that have it)
//! or bring it back.

use super::{entity::theme, model::StaffTheme};
use crate::{
    forms::{self, FieldErrors},
    organizer::audit,
    platform::error::ServiceError,
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, DatabaseTransaction, QueryOrder, Set, TransactionTrait};

const NAME_MAX: usize = 80;

/// Every theme, retired ones too, in their order.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<StaffTheme>, ServiceError> {
    Ok(theme::Entity::find()
        .order_by_asc(theme::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|t| StaffTheme {
            translated: super::catalogue::is_platform_name(&t.code, &t.name),
            id: t.id,
            code: t.code,
            name: t.name,
            retired: t.retired,
        })
        .collect())
}

fn checked_name(name: &str) -> Result<String, ServiceError> {
    let mut errors = FieldErrors::default();
    match forms::line(&mut errors, "name", name, NAME_MAX, true) {
        Some(name) if errors.is_empty() => Ok(name),
        _ => Err(ServiceError::Invalid(errors)),
    }
}

/// A code for a new theme from its name: lower-case letters, digits and
/// underscores, made unique among `taken`.
pub fn code_for(name: &str, taken: &[String]) -> String {
    let mut base = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.ends_with('_') && !base.is_empty() {
            base.push('_');
        }
    }
    let base = match base.trim_end_matches('_') {
        "" => "theme".to_owned(),
        trimmed => trimmed.chars().take(40).collect(),
    };
    let mut code = base.clone();
    let mut n = 2;
    while taken.contains(&code) {
        code = format!("{base}_{n}");
        n += 1;
    }
    code
}

/// Adds a theme at the end of the list.
pub async fn add(
    db: &DatabaseConnection,
    member: &StaffMember,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let name = checked_name(name)?;
    let txn = db.begin().await?;
    let existing = theme::Entity::find().all(&txn).await?;
    let taken: Vec<String> = existing.iter().map(|t| t.code.clone()).collect();
    let position = existing.iter().map(|t| t.position).max().unwrap_or(0) + 1;
    let added = theme::ActiveModel {
        code: Set(code_for(&name, &taken)),
        name: Set(name),
        position: Set(position),
        retired: Set(false),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(&txn, member, "theme.create", None, &added, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Renames a theme; its code, and so the practices that have it, stay.
pub async fn rename(
    db: &DatabaseConnection,
    member: &StaffMember,
    id: i32,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let name = checked_name(name)?;
    let change = theme::ActiveModel {
        name: Set(name),
        ..Default::default()
    };
    apply(db, member, id, change, "theme.rename", now).await
}

/// Retires a theme or brings it back.
pub async fn set_retired(
    db: &DatabaseConnection,
    member: &StaffMember,
    id: i32,
    retired: bool,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let change = theme::ActiveModel {
        retired: Set(retired),
        ..Default::default()
    };
    let action = if retired {
        "theme.retire"
    } else {
        "theme.restore"
    };
    apply(db, member, id, change, action, now).await
}

/// Applies `change` to theme `id`, which must exist, and logs it.
async fn apply(
    db: &DatabaseConnection,
    member: &StaffMember,
    id: i32,
    mut change: theme::ActiveModel,
    action: &'static str,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let found = theme::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    change.id = Set(found.id);
    let changed = change.update(&txn).await?;
    record(&txn, member, action, Some(&found), &changed, now).await?;
    txn.commit().await?;
    Ok(())
}

async fn record(
    txn: &DatabaseTransaction,
    member: &StaffMember,
    action: &'static str,
    before: Option<&theme::Model>,
    after: &theme::Model,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let snapshot = |theme: &theme::Model| serde_json::json!({ "code": theme.code, "name": theme.name, "retired": theme.retired });
    let change = audit::Change {
        action,
        event_id: None,
        subject: format!("theme/{}", after.code),
        reason: None,
        before: before.map(snapshot),
        after: Some(snapshot(after)),
    };
    audit::record(txn, member, change, now).await
}

#[cfg(test)]
mod tests {
    use super::code_for;

    #[test]
    fn codes_come_from_names_and_stay_unique() {
        assert_eq!(code_for("Education & schools", &[]), "education_schools");
        assert_eq!(
            code_for("Education – schools!", &["education_schools".into()]),
            "education_schools_2"
        );
        assert_eq!(code_for("Ελληνικά", &[]), "theme");
    }
}
