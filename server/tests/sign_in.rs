//! Staff sign-in under attack: five wrong passwords in a row lock the
//! account for 15 minutes (the right password included), on SQLite and
//! PostgreSQL, with the same answer as an unknown address; one address is
//! held to ten attempts a minute.

mod support;

use app::{
    platform::error::ServiceError,
    staff::{auth, pages::StaffLogin, roles::Role},
};
use chrono::{Duration, Utc};
use leptos::server_fn::ServerFn;
use support::Engine;

const EMAIL: &str = "olga@staff.example.org";
const PASSWORD: &str = "a long enough password";

async fn lockout(engine: Engine) {
    let app = support::start(engine, |_| {}).await;
    let db = &app.state.db;
    let start = Utc::now();
    auth::create_staff(db, EMAIL, "Olga", PASSWORD, Role::Organizer, start)
        .await
        .expect("account");
    for _ in 0..4 {
        assert!(matches!(
            auth::sign_in(db, EMAIL, "wrong password", start).await,
            Err(ServiceError::Unauthorized)
        ));
    }
    assert!(matches!(
        auth::sign_in(db, EMAIL, "wrong password", start).await,
        Err(ServiceError::Unauthorized)
    ));
    assert!(
        matches!(
            auth::sign_in(db, EMAIL, PASSWORD, start + Duration::minutes(14)).await,
            Err(ServiceError::Unauthorized)
        ),
        "locked, whatever the password, and answered as an unknown address is"
    );
    assert!(matches!(
        auth::sign_in(db, "nobody@staff.example.org", PASSWORD, start).await,
        Err(ServiceError::Unauthorized)
    ));
    let later = start + Duration::minutes(16);
    auth::sign_in(db, EMAIL, PASSWORD, later)
        .await
        .expect("open again after 15 minutes");
    // A sign-in starts the count again.
    for _ in 0..4 {
        assert!(matches!(
            auth::sign_in(db, EMAIL, "wrong password", later).await,
            Err(ServiceError::Unauthorized)
        ));
    }
    auth::sign_in(db, EMAIL, PASSWORD, later)
        .await
        .expect("four in a row do not lock");

    // Five guesses sent at once count as five.
    let other = "ana@staff.example.org";
    auth::create_staff(db, other, "Ana", PASSWORD, Role::Organizer, start)
        .await
        .expect("account");
    let guesses = (0..5).map(|_| auth::sign_in(db, other, "wrong password", later));
    futures::future::join_all(guesses).await;
    assert!(matches!(
        auth::sign_in(db, other, PASSWORD, later).await,
        Err(ServiceError::Unauthorized)
    ));
}

#[tokio::test]
async fn lockout_on_sqlite() {
    lockout(Engine::Sqlite).await;
}

#[tokio::test]
async fn lockout_on_postgres() {
    lockout(Engine::Postgres).await;
}

#[tokio::test]
async fn one_address_gets_ten_attempts_a_minute() {
    let app = support::start(Engine::Sqlite, |_| {}).await;
    let client = reqwest::Client::new();
    let mut answers = Vec::new();
    for n in 0..11 {
        let response = client
            .post(format!("{}{}", app.base_url, StaffLogin::PATH))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("email=nobody{n}%40example.org&password=guess{n}"))
            .send()
            .await
            .expect("response");
        answers.push(response.text().await.expect("body"));
    }
    assert!(answers[..10]
        .iter()
        .all(|answer| answer.contains("error-sign-in")));
    assert!(
        answers[10].contains("error-rate-limited"),
        "{}",
        answers[10]
    );
}
