//! The organizer console at scale: fills the demo event with synthetic
//! registrations and times what the console asks the database for (the
//! registrations list with its searches, filters, orders and last page, the
//! dashboard figures, and the full export):
//!
//!     cargo run --release -p server --bin console_bench -- --registrations 10000
//!     cargo run --release -p server --bin console_bench -- --database-url postgres://…
//!
//! Without `--database-url` it uses a new SQLite file in the temporary
//! folder. Prints p50/p99/max per query.

use app::{
    organizer::{dashboard, model::RegistrationQuery, registrations},
    registration::{
        entity::registration,
        model::{Attendance, Status},
    },
};
use clap::Parser;
use migrations::{Migrator, MigratorTrait};
use rand::{rngs::StdRng, seq::IndexedRandom, Rng, SeedableRng};
use sea_orm::{DatabaseConnection, EntityTrait, Set};
use std::time::{Duration, Instant};

#[derive(Parser)]
struct Args {
    /// Database to fill (it must be empty); default: a new SQLite file.
    #[arg(long)]
    database_url: Option<String>,
    /// Registrations to add to the demo event.
    #[arg(long, default_value_t = 10_000)]
    registrations: usize,
    /// Times each query is run.
    #[arg(long, default_value_t = 50)]
    repeat: usize,
}

const FIRST_NAMES: [&str; 12] = [
    "Ana", "Jonas", "Fatima", "Pieter", "Olena", "Marco", "Aisha", "Lukas", "Sofia", "Omar",
    "Maria", "Jan",
];
const LAST_NAMES: [&str; 10] = [
    "García", "de Vries", "Kowalska", "Rossi", "Haddad", "Müller", "Novak", "Jansen", "Popescu",
    "Ahmadi",
];
const COUNTRIES: [&str; 12] = [
    "NL", "BE", "DE", "FR", "ES", "IT", "PL", "UA", "SE", "AT", "GR", "IE",
];
const ORGANISATIONS: [&str; 6] = [
    "COA",
    "Fedasil",
    "Migrationsverket",
    "Red Cross",
    "Municipality of Utrecht",
    "UNHCR",
];

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let url = match &args.database_url {
        Some(url) => url.clone(),
        None => {
            let file = std::env::temp_dir().join(format!(
                "console-bench-{}.sqlite",
                chrono::Utc::now().timestamp_millis()
            ));
            format!("sqlite://{}?mode=rwc", file.display())
        }
    };
    let db = app::platform::db::connect(&url).await?;
    Migrator::up(&db, None).await?;
    if !app::demo::seed(&db).await? {
        return Err("the database is not empty: give the benchmark an empty one".into());
    }
    let event = app::events::service::find(&db, "ikp-2025").await?;

    let started = Instant::now();
    fill(&db, event.id, args.registrations).await?;
    println!(
        "added {} registrations in {:.1} s",
        args.registrations,
        started.elapsed().as_secs_f64()
    );

    let query =
        |q: &str, attendance: &str, status: &str, country: &str, sort: &str| RegistrationQuery {
            q: q.into(),
            attendance: attendance.into(),
            status: status.into(),
            country: country.into(),
            sort: sort.into(),
            page: String::new(),
        };
    let cases = [
        ("list, first page", query("", "", "", "", "")),
        ("search a name", query("garcía", "", "", "", "")),
        ("search an organisation", query("fedasil", "", "", "", "")),
        (
            "in person, waitlisted",
            query("", "in_person", "waitlisted", "", "waitlist"),
        ),
        ("one country by name", query("", "", "", "PL", "name")),
        (
            "last page",
            RegistrationQuery {
                page: "100000".into(),
                ..query("", "", "", "", "oldest")
            },
        ),
    ];
    println!(
        "{:<28} {:>9} {:>9} {:>9}",
        "query", "p50 ms", "p99 ms", "max ms"
    );
    for (label, case) in &cases {
        let mut times = Vec::with_capacity(args.repeat);
        for _ in 0..args.repeat {
            let start = Instant::now();
            registrations::search(&db, "ikp-2025", case).await?;
            times.push(start.elapsed());
        }
        report(label, times);
    }
    let mut times = Vec::with_capacity(args.repeat);
    for _ in 0..args.repeat {
        let start = Instant::now();
        dashboard::dashboard(&db, "ikp-2025").await?;
        times.push(start.elapsed());
    }
    report("dashboard figures", times);
    let mut times = Vec::with_capacity(args.repeat);
    for _ in 0..args.repeat.min(10) {
        let start = Instant::now();
        registrations::export(&db, "ikp-2025", &RegistrationQuery::default()).await?;
        times.push(start.elapsed());
    }
    report("export, every row", times);
    Ok(())
}

/// Adds `count` registrations spread over a month, a mix of in person
/// (confirmed up to the capacity, then waitlisted) and online.
async fn fill(db: &DatabaseConnection, event_id: i32, count: usize) -> Result<(), sea_orm::DbErr> {
    let mut rng = StdRng::seed_from_u64(7);
    let start = chrono::Utc::now() - chrono::Duration::days(30);
    let mut confirmed_in_person = 0;
    let mut waitlist_seq = 0_i64;
    let rows: Vec<registration::ActiveModel> = (0..count)
        .map(|n| {
            let first = FIRST_NAMES.choose(&mut rng).copied().unwrap_or("Ana");
            let last = LAST_NAMES.choose(&mut rng).copied().unwrap_or("Jansen");
            let in_person = rng.random_bool(0.3);
            let (attendance, status, seq) = if !in_person {
                (Attendance::Online, Status::Confirmed, None)
            } else if confirmed_in_person < 150 {
                confirmed_in_person += 1;
                (Attendance::InPerson, Status::Confirmed, None)
            } else {
                waitlist_seq += 1;
                (Attendance::InPerson, Status::Waitlisted, Some(waitlist_seq))
            };
            let email = format!("person{n}@example.org");
            let at = start + chrono::Duration::seconds(i64::try_from(n).unwrap_or(0) * 250);
            registration::ActiveModel {
                id: Set(uuid::Uuid::new_v4()),
                event_id: Set(event_id),
                name: Set(format!("{first} {last} {n}")),
                email_normalized: Set(email.clone()),
                email: Set(email),
                organisation: Set(ORGANISATIONS
                    .choose(&mut rng)
                    .copied()
                    .unwrap_or("COA")
                    .into()),
                organisation_type: Set(None),
                country: Set(COUNTRIES.choose(&mut rng).copied().unwrap_or("NL").into()),
                job_function: Set("Caseworker".into()),
                attendance: Set(attendance),
                status: Set(status),
                language: Set("en".into()),
                accessibility_needs: Set(None),
                dietary_needs: Set(None),
                list_consent: Set(false),
                privacy_consent_at: Set(at),
                waitlist_seq: Set(seq),
                offer_expires_at: Set(None),
                created_at: Set(at),
                updated_at: Set(at),
                cancelled_at: Set(None),
                check_in_code: Set(None),
                anonymised_at: Set(None),
            }
        })
        .collect();
    for chunk in rows.chunks(500) {
        registration::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await?;
    }
    Ok(())
}

fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |share: f64| {
        let index = ((times.len() as f64 - 1.0) * share).round() as usize;
        times.get(index).copied().unwrap_or_default().as_secs_f64() * 1000.0
    };
    println!(
        "{label:<28} {:>9.2} {:>9.2} {:>9.2}",
        at(0.5),
        at(0.99),
        at(1.0)
    );
}
