//! The audit log: every change staff make, who made it, when, why, and the
//! record before and after. Rows are only ever inserted, in the transaction
//! of the change they describe, so the log and the data never disagree.

use super::model::{AuditEntry, AuditFilter, AuditPage};
use crate::{
    forms::FieldErrors, platform::error::ServiceError, registration::entity::registration,
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, QueryOrder, QuerySelect, Set};

pub mod entity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_log")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub at: DateTimeUtc,
        pub staff_user_id: Option<i32>,
        /// The name at the time, so the log reads the same after an account goes.
        pub staff_name: String,
        /// What was done, as `subject.verb` (`registration.cancel`).
        pub action: String,
        pub event_id: Option<i32>,
        /// What it was done to, as `kind/id`.
        pub subject: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub reason: Option<String>,
        /// JSON of the record before and after the change.
        #[sea_orm(column_type = "Text", nullable)]
        pub before: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub after: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

use entity::{Column, Entity as AuditLog};

/// The longest reason staff may give for a change.
const REASON_MAX: usize = 500;
/// Entries per page of the log.
pub const PER_PAGE: u64 = 50;

/// The reason staff give for a change to someone's registration: required,
/// so the log always says why.
pub fn reason(value: &str) -> Result<String, ServiceError> {
    let mut errors = FieldErrors::default();
    let reason = crate::forms::text(&mut errors, "reason", value, REASON_MAX, true);
    match reason {
        Some(reason) if errors.is_empty() => Ok(reason),
        _ => Err(ServiceError::Invalid(errors)),
    }
}

/// One change, as it goes into the log.
pub struct Change {
    pub action: &'static str,
    pub event_id: Option<i32>,
    pub subject: String,
    pub reason: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn record(
    db: &impl ConnectionTrait,
    member: &StaffMember,
    change: Change,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    insert(db, Some(member.id), &member.name, change, now).await
}

async fn insert(
    db: &impl ConnectionTrait,
    staff_user_id: Option<i32>,
    name: &str,
    change: Change,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    entity::ActiveModel {
        at: Set(now),
        staff_user_id: Set(staff_user_id),
        staff_name: Set(name.to_owned()),
        action: Set(change.action.to_owned()),
        event_id: Set(change.event_id),
        subject: Set(change.subject),
        reason: Set(change.reason),
        before: Set(change.before.map(|value| value.to_string())),
        after: Set(change.after.map(|value| value.to_string())),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Who, other than staff, makes a change the log records.
#[derive(Clone, Copy)]
pub enum Actor {
    /// The person the data is about, through their secret link.
    Participant,
    /// The platform's own scheduled work, such as anonymisation.
    Platform,
}

impl Actor {
    /// Stored as the name; the log shows it translated (`audit-by-…`).
    pub fn code(self) -> &'static str {
        match self {
            Actor::Participant => "participant",
            Actor::Platform => "platform",
        }
    }
}

/// Records a change no staff member made.
pub async fn record_by(
    db: &impl ConnectionTrait,
    actor: Actor,
    change: Change,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    insert(db, None, actor.code(), change, now).await
}

/// How a registration appears in the log: what a person filled in and where
/// their place stands.
pub fn registration_snapshot(registration: &registration::Model) -> serde_json::Value {
    serde_json::json!({
        "name": registration.name,
        "email": registration.email,
        "organisation": registration.organisation,
        "organisation_type": registration.organisation_type,
        "country": registration.country,
        "function": registration.job_function,
        "attendance": registration.attendance,
        "status": registration.status,
        "language": registration.language,
        // Health-related needs stay out of the log: only whether they were given.
        "accessibility_needs": registration.accessibility_needs.is_some(),
        "dietary_needs": registration.dietary_needs.is_some(),
        "list_consent": registration.list_consent,
    })
}

pub fn registration_subject(id: Uuid) -> String {
    format!("registration/{id}")
}

/// A page of the log, newest first, with the filters applied in the database.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
) -> Result<AuditPage, ServiceError> {
    let mut query = AuditLog::find();
    if let Some(event_id) = filter.event_id {
        query = query.filter(Column::EventId.eq(event_id));
    }
    if !filter.action.is_empty() {
        query = query.filter(Column::Action.eq(filter.action.as_str()));
    }
    if !filter.subject.is_empty() {
        query = query.filter(Column::Subject.eq(filter.subject.as_str()));
    }
    let staff = filter.staff.trim().to_lowercase();
    if !staff.is_empty() {
        use sea_orm::sea_query::{ExprTrait, Func, LikeExpr};
        let pattern = format!("%{}%", super::registrations::escape_like(&staff));
        query = query.filter(
            Expr::expr(Func::lower(Expr::col(Column::StaffName)))
                .like(LikeExpr::new(pattern).escape('\\')),
        );
    }
    if let Some(before) = filter.before {
        query = query.filter(Column::Id.lt(before));
    }
    let rows = query
        .order_by_desc(Column::Id)
        .limit(PER_PAGE + 1)
        .all(db)
        .await?;
    let more = rows.len() > usize::try_from(PER_PAGE).unwrap_or(usize::MAX);
    let entries: Vec<AuditEntry> = rows
        .into_iter()
        .take(usize::try_from(PER_PAGE).unwrap_or(usize::MAX))
        .map(|row| AuditEntry {
            id: row.id,
            at: row.at,
            by_staff: row.staff_user_id.is_some(),
            staff_name: row.staff_name,
            action: row.action,
            subject: row.subject,
            reason: row.reason,
            changes: changed_fields(row.before.as_deref(), row.after.as_deref()),
        })
        .collect();
    let next = more.then(|| entries.last().map(|entry| entry.id)).flatten();
    Ok(AuditPage { entries, next })
}

/// The fields that differ between two JSON snapshots, as (field, before, after).
fn changed_fields(before: Option<&str>, after: Option<&str>) -> Vec<(String, String, String)> {
    let parse = |text: Option<&str>| {
        text.and_then(|text| {
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text).ok()
        })
        .unwrap_or_default()
    };
    let (before, after) = (parse(before), parse(after));
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter_map(|field| {
            let old = before.get(field).map(shown).unwrap_or_default();
            let new = after.get(field).map(shown).unwrap_or_default();
            (old != new).then(|| (field.clone(), old, new))
        })
        .collect()
}

fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_kept_short() {
        assert!(matches!(reason("  "), Err(ServiceError::Invalid(_))));
        assert!(matches!(
            reason(&"x".repeat(501)),
            Err(ServiceError::Invalid(_))
        ));
        assert_eq!(
            reason(" asked by phone ").ok().as_deref(),
            Some("asked by phone")
        );
    }

    #[test]
    fn only_changed_fields_are_listed() {
        let before = r#"{"name":"Ana","status":"waitlisted","list_consent":false}"#;
        let after = r#"{"name":"Ana","status":"confirmed","list_consent":true}"#;
        assert_eq!(
            changed_fields(Some(before), Some(after)),
            vec![
                (
                    "list_consent".to_owned(),
                    "false".to_owned(),
                    "true".to_owned()
                ),
                (
                    "status".to_owned(),
                    "waitlisted".to_owned(),
                    "confirmed".to_owned()
                ),
            ]
        );
        assert_eq!(
            changed_fields(None, Some(r#"{"title":"2026"}"#)),
            vec![("title".to_owned(), String::new(), "2026".to_owned())]
        );
    }
}
