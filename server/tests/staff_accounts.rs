//! Staff accounts kept by admins: added with a role (bad input refused,
//! nothing stored), given another role, turned off (their sessions end and
//! they cannot sign in again), each in the audit log; an admin cannot lock
//! themselves out. SQLite and PostgreSQL.

mod support;

use app::{
    organizer::{audit, staff_accounts},
    platform::error::ServiceError,
    staff::{
        auth::{self, StaffMember},
        roles::Role,
    },
};
use chrono::Utc;
use support::Engine;

async fn accounts_are_kept_by_admins(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let db = &app.state.db;
    let admin = StaffMember {
        id: 999,
        name: "Ada Admin".into(),
        role: Role::Admin,
    };
    let password = "a long enough password";
    let refused = staff_accounts::create(
        db,
        &admin,
        "Olga",
        "not an address",
        "organizer",
        password,
        Utc::now(),
    )
    .await;
    assert!(matches!(refused, Err(ServiceError::Invalid(errors)) if errors.get("email").is_some()));
    let refused = staff_accounts::create(
        db,
        &admin,
        "Olga",
        "olga@example.org",
        "root",
        password,
        Utc::now(),
    )
    .await;
    assert!(
        matches!(refused, Err(ServiceError::Invalid(errors)) if errors.get("role") == Some("error-role-invalid"))
    );
    let refused = staff_accounts::create(
        db,
        &admin,
        "Olga",
        "olga@example.org",
        "organizer",
        "short",
        Utc::now(),
    )
    .await;
    assert!(
        matches!(refused, Err(ServiceError::Invalid(errors)) if errors.get("password").is_some())
    );
    assert!(
        staff_accounts::list(db).await.expect("list").is_empty(),
        "nothing stored"
    );

    staff_accounts::create(
        db,
        &admin,
        "Olga Organizer",
        "Olga@Example.org",
        "organizer",
        password,
        Utc::now(),
    )
    .await
    .expect("created");
    let again = staff_accounts::create(
        db,
        &admin,
        "Olga",
        "olga@example.org",
        "organizer",
        password,
        Utc::now(),
    )
    .await;
    assert!(
        matches!(again, Err(ServiceError::Invalid(errors)) if errors.get("email") == Some("error-staff-email-taken"))
    );
    let olga = staff_accounts::list(db).await.expect("list")[0].clone();
    assert_eq!(
        (olga.email.as_str(), olga.role.as_str(), olga.active),
        ("olga@example.org", "organizer", true)
    );

    staff_accounts::change(db, &admin, olga.id, "moderator", Utc::now())
        .await
        .expect("role");
    let session = auth::sign_in(db, "olga@example.org", password, Utc::now())
        .await
        .expect("signs in");
    let member = auth::member(db, &session, Utc::now())
        .await
        .expect("query")
        .expect("member");
    assert_eq!(member.role, Role::Moderator);

    staff_accounts::change(db, &admin, olga.id, "disabled", Utc::now())
        .await
        .expect("off");
    assert!(
        auth::member(db, &session, Utc::now())
            .await
            .expect("query")
            .is_none(),
        "the session ended"
    );
    assert!(matches!(
        auth::sign_in(db, "olga@example.org", password, Utc::now()).await,
        Err(ServiceError::Unauthorized)
    ));

    let own = staff_accounts::change(db, &admin, admin.id, "disabled", Utc::now()).await;
    assert!(matches!(
        own,
        Err(ServiceError::Conflict("error-own-account"))
    ));

    let actions: Vec<String> = audit::list(db, &Default::default())
        .await
        .expect("log")
        .entries
        .into_iter()
        .map(|entry| entry.action)
        .collect();
    assert_eq!(actions, ["staff.disable", "staff.role", "staff.create"]);
}

#[tokio::test]
async fn accounts_are_kept_by_admins_on_sqlite() {
    accounts_are_kept_by_admins(Engine::Sqlite).await;
}

#[tokio::test]
async fn accounts_are_kept_by_admins_on_postgres() {
    accounts_are_kept_by_admins(Engine::Postgres).await;
}
