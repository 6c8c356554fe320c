//! The transactional outbox: an email is stored in the same transaction as
//! the change that causes it, so it is sent if and only if that change was
//! kept; the worker delivers it, retrying with back-off until it goes out.

use super::transport::Mailer;
use crate::platform::error::ServiceError;
use chrono::{DateTime, Duration, Utc};
use lettre::{address::Envelope, Address, Message};
use sea_orm::{prelude::*, sea_query::Expr, Condition, QueryOrder, QuerySelect, Set};

pub mod entity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "outbox")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub registration_id: Option<Uuid>,
        /// What the email is about (`confirmed`, `offer`, ...), for people reading the queue.
        pub kind: String,
        pub recipient: String,
        pub subject: String,
        /// The whole formatted message, ready for the wire.
        #[sea_orm(column_type = "Text")]
        pub message: String,
        pub attempts: i32,
        pub next_attempt_at: DateTimeUtc,
        /// A worker holds the row until then while it sends.
        pub claimed_until: Option<DateTimeUtc>,
        #[sea_orm(column_type = "Text", nullable)]
        pub last_error: Option<String>,
        pub created_at: DateTimeUtc,
        pub sent_at: Option<DateTimeUtc>,
        /// The announcement this email is part of, if any.
        pub announcement_id: Option<i32>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

use entity::{ActiveModel, Column, Entity as Outbox};

/// How long a worker may take to send one message before another may try.
const CLAIM_SECONDS: i64 = 120;
/// Messages taken per round.
const BATCH: u64 = 50;

/// The outbox row for `message`, to be inserted in the transaction of the
/// change that causes it.
pub fn row(
    registration_id: Option<Uuid>,
    kind: &str,
    recipient: &str,
    message: &Message,
    now: DateTime<Utc>,
) -> Result<ActiveModel, ServiceError> {
    let subject = message
        .headers()
        .get_raw("Subject")
        .unwrap_or_default()
        .to_owned();
    let formatted = String::from_utf8(message.formatted())
        .map_err(|e| ServiceError::Internal(format!("email is not 7-bit clean: {e}")))?;
    Ok(ActiveModel {
        registration_id: Set(registration_id),
        kind: Set(kind.to_owned()),
        recipient: Set(recipient.to_owned()),
        subject: Set(subject),
        message: Set(formatted),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        announcement_id: Set(None),
        ..Default::default()
    })
}

/// Wait before the next try after `attempts` failed ones: 10 s, 20 s, 40 s,
/// ... at most an hour. A message is never given up.
pub fn retry_delay(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 20) - 1;
    Duration::seconds((10_i64 << exponent).min(3600))
}

/// What one delivery round did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DeliveryReport {
    pub sent: usize,
    pub failed: usize,
}

/// Sends every message that is due. Safe to run in several processes at once:
/// each message is claimed before it is sent.
pub async fn deliver_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    sender: &Address,
    now: DateTime<Utc>,
) -> Result<DeliveryReport, ServiceError> {
    let claimable = Condition::any()
        .add(Column::ClaimedUntil.is_null())
        .add(Column::ClaimedUntil.lt(now));
    let due = Outbox::find()
        .filter(Column::SentAt.is_null())
        .filter(Column::NextAttemptAt.lte(now))
        .filter(claimable.clone())
        .order_by_asc(Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let mut report = DeliveryReport::default();
    for message in due {
        let claimed = Outbox::update_many()
            .col_expr(
                Column::ClaimedUntil,
                Expr::value(now + Duration::seconds(CLAIM_SECONDS)),
            )
            .filter(Column::Id.eq(message.id))
            .filter(Column::SentAt.is_null())
            .filter(claimable.clone())
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let attempts = message.attempts + 1;
        let result = match message.recipient.parse::<Address>() {
            Ok(recipient) => match Envelope::new(Some(sender.clone()), vec![recipient]) {
                Ok(envelope) => mailer.send_raw(&envelope, message.message.as_bytes()).await,
                Err(e) => Err(e.to_string()),
            },
            Err(e) => Err(e.to_string()),
        };
        let mut update = ActiveModel {
            id: Set(message.id),
            attempts: Set(attempts),
            claimed_until: Set(None),
            ..Default::default()
        };
        match result {
            Ok(()) => {
                update.sent_at = Set(Some(Utc::now()));
                update.last_error = Set(None);
                report.sent += 1;
            }
            Err(error) => {
                tracing::warn!(id = message.id, attempts, %error, "email not sent; will retry");
                update.next_attempt_at = Set(now + retry_delay(attempts));
                update.last_error = Set(Some(error));
                report.failed += 1;
            }
        }
        update.update(db).await?;
    }
    Ok(report)
}

/// Messages not yet sent.
pub async fn pending_count(db: &impl ConnectionTrait) -> Result<u64, ServiceError> {
    Ok(Outbox::find()
        .filter(Column::SentAt.is_null())
        .count(db)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_never_stop() {
        assert_eq!(retry_delay(1), Duration::seconds(10));
        assert_eq!(retry_delay(2), Duration::seconds(20));
        assert_eq!(retry_delay(3), Duration::seconds(40));
        assert_eq!(retry_delay(9), Duration::seconds(2560));
        assert_eq!(retry_delay(10), Duration::hours(1));
        assert_eq!(retry_delay(1000), Duration::hours(1));
    }
}
