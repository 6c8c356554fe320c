//! The registrations of an event as organizers look for them: search,
//! filters, order and pages done in the database, so the list stays quick
//! with many thousands of people.

use super::{
    audit,
    model::{AuditFilter, RegistrationList, RegistrationQuery, RegistrationRow, StaffRegistration},
};
use crate::{
    events::{entity as event, service as events},
    platform::error::ServiceError,
    registration::{
        emails::in_zone,
        entity::registration::{self, Column, Entity as Registration},
        model::{Attendance, Status},
        service::{form_of, in_person_full, waitlist_position, with_event},
    },
};
use sea_orm::{
    prelude::*,
    sea_query::{Func, LikeExpr, NullOrdering, SimpleExpr},
    Condition, Order, PaginatorTrait, QueryOrder, Select,
};

/// Lines per page of the list.
pub const PER_PAGE: u64 = 50;

/// One page of an event's registrations matching `query`.
pub async fn search(
    db: &impl ConnectionTrait,
    slug: &str,
    query: &RegistrationQuery,
) -> Result<RegistrationList, ServiceError> {
    let event = events::find(db, slug).await?;
    let paginator = matching(&event, query).paginate(db, PER_PAGE);
    let counted = paginator.num_items_and_pages().await?;
    let page = query.page_number().min(counted.number_of_pages.max(1));
    let rows = paginator
        .fetch_page(page - 1)
        .await?
        .into_iter()
        .map(|r| RegistrationRow {
            id: r.id.to_string(),
            name: r.name,
            email: r.email,
            organisation: r.organisation,
            country: r.country,
            attendance: r.attendance,
            status: r.status,
            registered_on: in_zone(r.created_at, &event.timezone).date(),
        })
        .collect();
    Ok(RegistrationList {
        event_slug: event.slug,
        event_title: event.title,
        rows,
        total: counted.number_of_items,
        page,
        pages: counted.number_of_pages.max(1),
    })
}

/// Every registration matching `query` (all pages), for the exports.
pub async fn export(
    db: &impl ConnectionTrait,
    slug: &str,
    query: &RegistrationQuery,
) -> Result<(event::Model, Vec<registration::Model>), ServiceError> {
    let event = events::find(db, slug).await?;
    let rows = matching(&event, query).all(db).await?;
    Ok((event, rows))
}

/// The search and filters as a query; values that mean nothing are ignored.
fn matching(event: &event::Model, query: &RegistrationQuery) -> Select<Registration> {
    use sea_orm::sea_query::ExprTrait;
    let mut select = Registration::find().filter(Column::EventId.eq(event.id));
    let words = query.q.trim().to_lowercase();
    if !words.is_empty() {
        let pattern = format!("%{}%", escape_like(&words));
        let contains = |column: Column| {
            Expr::expr(Func::lower(Expr::col(column)))
                .like(LikeExpr::new(pattern.clone()).escape('\\'))
        };
        select = select.filter(
            Condition::any()
                .add(contains(Column::Name))
                .add(contains(Column::EmailNormalized))
                .add(contains(Column::Organisation)),
        );
    }
    if let Some(attendance) = Attendance::from_code(&query.attendance) {
        select = select.filter(Column::Attendance.eq(attendance));
    }
    if let Some(status) = status_from_code(&query.status) {
        select = select.filter(Column::Status.eq(status));
    }
    let country = query.country.trim().to_uppercase();
    if !country.is_empty() {
        select = select.filter(Column::Country.eq(country));
    }
    let lower_name: SimpleExpr = Func::lower(Expr::col(Column::Name)).into();
    match query.sort.as_str() {
        "oldest" => select.order_by_asc(Column::CreatedAt),
        "name" => select.order_by(lower_name, Order::Asc),
        "country" => select
            .order_by_asc(Column::Country)
            .order_by(lower_name, Order::Asc),
        "waitlist" => select
            .order_by_with_nulls(Column::WaitlistSeq, Order::Asc, NullOrdering::Last)
            .order_by_asc(Column::CreatedAt),
        _ => select.order_by_desc(Column::CreatedAt),
    }
    .order_by_asc(Column::Id)
}

/// A typed word is matched as written: `%` and `_` are not wildcards.
pub(crate) fn escape_like(words: &str) -> String {
    words
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            _ => vec![c],
        })
        .collect()
}

pub fn status_from_code(code: &str) -> Option<Status> {
    match code.trim() {
        "confirmed" => Some(Status::Confirmed),
        "waitlisted" => Some(Status::Waitlisted),
        "offered" => Some(Status::Offered),
        "cancelled" => Some(Status::Cancelled),
        _ => None,
    }
}

/// The id of a registration of the event `slug` (not found for another event's).
pub async fn registration_of(
    db: &impl ConnectionTrait,
    slug: &str,
    id: &str,
) -> Result<Uuid, ServiceError> {
    let id = Uuid::parse_str(id.trim()).map_err(|_| ServiceError::NotFound)?;
    let (_, event) = with_event(db, id).await?;
    if event.slug == slug {
        Ok(id)
    } else {
        Err(ServiceError::NotFound)
    }
}

/// One registration of the event `slug`, with its history.
pub async fn detail(
    db: &impl ConnectionTrait,
    slug: &str,
    id: &str,
) -> Result<StaffRegistration, ServiceError> {
    let (registration, event) = with_event(db, registration_of(db, slug, id).await?).await?;
    let full = in_person_full(db, &event).await?;
    let history = audit::list(
        db,
        &AuditFilter {
            subject: audit::registration_subject(registration.id),
            ..Default::default()
        },
    )
    .await?
    .entries;
    Ok(StaffRegistration {
        id: registration.id.to_string(),
        waitlist_position: waitlist_position(db, &registration).await?,
        event_slug: event.slug,
        event_title: event.title,
        status: registration.status,
        attendance: registration.attendance,
        in_person_full: full,
        in_person_limit: u64::try_from(event.in_person_capacity).unwrap_or(0),
        history,
        details: form_of(&registration),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_wildcards_are_taken_literally() {
        assert_eq!(escape_like("50%_off\\"), "50\\%\\_off\\\\");
        assert_eq!(escape_like("ana maría"), "ana maría");
    }
}
