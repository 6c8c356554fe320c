//! Check-in at the venue. A registration's check-in code (in its QR code) is
//! random and tells nothing by itself; a check-in is recorded once, by an
//! insert that a second scan (from any phone, at the same moment) cannot
//! repeat: it finds the first one instead. Replaying a queue of scans made
//! offline is therefore safe.

use super::{
    audit,
    model::{Arrival, CheckInAnswer, CheckInOutcome},
};
use crate::{
    events::{entity as event, service as events},
    platform::{error::ServiceError, secrets},
    registration::{
        emails::in_zone,
        entity::registration::{self, Column, Entity as Registration},
        model::{Attendance, Status},
    },
    staff::auth::StaffMember,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, sea_query::OnConflict, QueryOrder, Set, TransactionTrait};
use std::collections::HashMap;

pub mod entity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "check_ins")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub registration_id: Uuid,
        pub event_id: i32,
        pub checked_in_at: DateTimeUtc,
        pub staff_user_id: Option<i32>,
        pub staff_name: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The path the QR code points to: a phone's own camera app opens it.
pub fn check_in_path(code: &str) -> String {
    format!("/staff/check-in/{code}")
}

/// The whole address in the QR code, for a camera app outside the site.
pub fn check_in_url(public_url: &str, code: &str) -> String {
    format!("{public_url}{}", check_in_path(code))
}

/// A QR code for `text`, as a PNG image (for emails: mail programs do not
/// all show SVG).
pub fn qr_png(text: &str) -> Result<Vec<u8>, ServiceError> {
    let code = qrcode::QrCode::new(text.as_bytes())
        .map_err(|e| ServiceError::Internal(format!("QR code: {e}")))?;
    let image = code
        .render::<image::Luma<u8>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    let mut png = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| ServiceError::Internal(format!("QR code PNG: {e}")))?;
    Ok(png.into_inner())
}

/// A QR code for `text`, as an SVG image.
pub fn qr_svg(text: &str) -> Result<String, ServiceError> {
    let code = qrcode::QrCode::new(text.as_bytes())
        .map_err(|e| ServiceError::Internal(format!("QR code: {e}")))?;
    let image = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(180, 180)
        .quiet_zone(true)
        .build();
    // Inside an HTML page the XML declaration would be a stray node.
    Ok(image
        .find("<svg")
        .map_or(image.clone(), |start| image[start..].to_owned()))
}

/// The check-in code of a registration, made now for one registered before
/// codes existed.
pub async fn code_for(
    db: &impl ConnectionTrait,
    registration: &registration::Model,
) -> Result<String, ServiceError> {
    if let Some(code) = &registration.check_in_code {
        return Ok(code.clone());
    }
    Registration::update_many()
        .col_expr(Column::CheckInCode, Expr::value(secrets::new_token()))
        .filter(Column::Id.eq(registration.id))
        .filter(Column::CheckInCode.is_null())
        .exec(db)
        .await?;
    Registration::find_by_id(registration.id)
        .one(db)
        .await?
        .and_then(|r| r.check_in_code)
        .ok_or(ServiceError::NotFound)
}

/// The QR code a participant shows at the door, opened by their secret
/// link; none unless they are confirmed for an in-person place.
pub async fn pass(
    db: &impl ConnectionTrait,
    public_url: &str,
    token: &str,
) -> Result<Option<String>, ServiceError> {
    let (registration, _) = crate::registration::service::open(db, token).await?;
    if !expected(&registration) {
        return Ok(None);
    }
    let code = code_for(db, &registration).await?;
    qr_svg(&check_in_url(public_url, &code)).map(Some)
}

/// The registration a check-in code belongs to, with its event.
async fn by_code(
    db: &impl ConnectionTrait,
    code: &str,
) -> Result<(registration::Model, event::Model), ServiceError> {
    let registration = Registration::find()
        .filter(Column::CheckInCode.eq(code.trim()))
        .one(db)
        .await?
        .ok_or(ServiceError::Conflict("error-check-in-unknown"))?;
    let event = event::Entity::find_by_id(registration.event_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((registration, event))
}

/// Whether someone may come in: confirmed for an in-person place.
pub fn expected(registration: &registration::Model) -> bool {
    registration.attendance == Attendance::InPerson && registration.status == Status::Confirmed
}

/// How far back a scan kept on a phone while offline may date its check-in.
const OFFLINE_SCAN_DAYS: i64 = 7;

/// A scan at the door: the code, the event whose door it is (a code of
/// another event is not let in), and when it was made (a queued scan
/// replayed later keeps its own time).
pub struct Scan<'a> {
    pub code: &'a str,
    pub event: Option<&'a str>,
    pub scanned_at: Option<DateTime<Utc>>,
}

/// When a check-in happened: the scan's own time, unless it is in the
/// future or older than a phone keeps scans.
fn check_in_time(scanned_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> DateTime<Utc> {
    scanned_at
        .filter(|at| *at <= now && *at > now - chrono::Duration::days(OFFLINE_SCAN_DAYS))
        .unwrap_or(now)
}

/// Checks in the person whose code was scanned. The first scan records the
/// check-in; every later one answers when that was.
pub async fn check_in(
    db: &DatabaseConnection,
    member: &StaffMember,
    scan: &Scan<'_>,
    now: DateTime<Utc>,
) -> Result<CheckInAnswer, ServiceError> {
    let (registration, event) = by_code(db, scan.code).await?;
    if scan.event.is_some_and(|slug| slug != event.slug) {
        return Ok(answer(
            &registration,
            &event,
            CheckInOutcome::OtherEvent,
            None,
        ));
    }
    if !expected(&registration) {
        return Ok(answer(
            &registration,
            &event,
            CheckInOutcome::NotExpected,
            None,
        ));
    }
    let at = check_in_time(scan.scanned_at, now);
    let txn = db.begin().await?;
    let inserted = entity::Entity::insert(entity::ActiveModel {
        registration_id: Set(registration.id),
        event_id: Set(event.id),
        checked_in_at: Set(at),
        staff_user_id: Set(Some(member.id)),
        staff_name: Set(member.name.clone()),
    })
    .on_conflict(
        OnConflict::column(entity::Column::RegistrationId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if inserted == 1 {
        let change = audit::Change {
            action: "registration.check_in",
            event_id: Some(event.id),
            subject: audit::registration_subject(registration.id),
            reason: None,
            before: None,
            after: Some(serde_json::json!({ "checked_in_at": at.to_rfc3339() })),
        };
        audit::record(&txn, member, change, now).await?;
    }
    txn.commit().await?;
    let first = entity::Entity::find_by_id(registration.id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let outcome = if inserted == 1 {
        CheckInOutcome::CheckedIn
    } else {
        CheckInOutcome::AlreadyCheckedIn
    };
    Ok(answer(
        &registration,
        &event,
        outcome,
        Some(first.checked_in_at),
    ))
}

/// Who a code belongs to, and whether and when they came in, without
/// checking them in (the page a phone's camera opens).
pub async fn look_up(db: &impl ConnectionTrait, code: &str) -> Result<CheckInAnswer, ServiceError> {
    let (registration, event) = by_code(db, code).await?;
    let first = entity::Entity::find_by_id(registration.id).one(db).await?;
    let outcome = match (&first, expected(&registration)) {
        (_, false) => CheckInOutcome::NotExpected,
        (Some(_), true) => CheckInOutcome::AlreadyCheckedIn,
        (None, true) => CheckInOutcome::Waiting,
    };
    Ok(answer(
        &registration,
        &event,
        outcome,
        first.map(|f| f.checked_in_at),
    ))
}

fn answer(
    registration: &registration::Model,
    event: &event::Model,
    outcome: CheckInOutcome,
    checked_in_at: Option<DateTime<Utc>>,
) -> CheckInAnswer {
    CheckInAnswer {
        outcome,
        person: arrival(registration, event, checked_in_at),
        event_slug: event.slug.clone(),
    }
}

fn arrival(
    registration: &registration::Model,
    event: &event::Model,
    checked_in_at: Option<DateTime<Utc>>,
) -> Arrival {
    Arrival {
        name: registration.name.clone(),
        organisation: registration.organisation.clone(),
        country: registration.country.clone(),
        status: registration.status,
        attendance: registration.attendance,
        code: registration.check_in_code.clone().unwrap_or_default(),
        checked_in_at: checked_in_at
            .map(|at| in_zone(at, &event.timezone).format("%H:%M").to_string()),
    }
}

/// Everyone expected at the venue for the event `slug`, by name, with their
/// check-in: the check-in page's list, kept in the browser for a lost connection.
pub async fn arrivals(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<(event::Model, Vec<Arrival>), ServiceError> {
    let event = events::find(db, slug).await?;
    let checked_in: HashMap<Uuid, DateTime<Utc>> = entity::Entity::find()
        .filter(entity::Column::EventId.eq(event.id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.registration_id, row.checked_in_at))
        .collect();
    let mut people = Vec::new();
    for registration in Registration::find()
        .filter(Column::EventId.eq(event.id))
        .filter(Column::Attendance.eq(Attendance::InPerson))
        .filter(Column::Status.eq(Status::Confirmed))
        .order_by_asc(Column::Name)
        .all(db)
        .await?
    {
        let code = code_for(db, &registration).await?;
        let mut person = arrival(
            &registration,
            &event,
            checked_in.get(&registration.id).copied(),
        );
        person.code = code;
        people.push(person);
    }
    Ok((event, people))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn a_queued_scan_keeps_its_time_within_reason() {
        let now = Utc::now();
        let earlier = now - Duration::minutes(20);
        assert_eq!(check_in_time(Some(earlier), now), earlier);
        assert_eq!(check_in_time(None, now), now);
        assert_eq!(
            check_in_time(Some(now + Duration::hours(1)), now),
            now,
            "not in the future"
        );
        assert_eq!(
            check_in_time(Some(now - Duration::days(30)), now),
            now,
            "not from long ago"
        );
    }
}
