//! Library search at scale: fills the search index with synthetic practices
//! and times searches like the library page's (words, filters, both orders):
//!
//!     cargo run --release -p server --bin library_bench -- --entries 100000 --queries 2000
//!
//! Prints the time to index and the p50/p99/max latency of a search, i.e.
//! the part of a library page that grows with the library (the 20 entries
//! of a page are then read from the database by id).

use app::library::search::{IndexedPractice, LibraryIndex, Search, PER_PAGE};
use clap::Parser;
use rand::{rngs::StdRng, seq::IndexedRandom, Rng, SeedableRng};
use std::time::{Duration, Instant};

#[derive(Parser)]
struct Args {
    /// Practices in the index.
    #[arg(long, default_value_t = 100_000)]
    entries: usize,
    /// Searches to time.
    #[arg(long, default_value_t = 2000)]
    queries: usize,
}

const WORDS: [&str; 48] = [
    "resident",
    "reception",
    "centre",
    "digital",
    "app",
    "language",
    "volunteer",
    "minors",
    "health",
    "housing",
    "municipality",
    "employment",
    "training",
    "guidance",
    "intake",
    "safety",
    "privacy",
    "data",
    "card",
    "access",
    "wellbeing",
    "monitoring",
    "family",
    "school",
    "women",
    "children",
    "trauma",
    "peer",
    "mentor",
    "information",
    "procedure",
    "integration",
    "skills",
    "workshop",
    "sport",
    "garden",
    "kitchen",
    "transport",
    "translation",
    "interpreter",
    "participation",
    "council",
    "feedback",
    "survey",
    "dashboard",
    "capacity",
    "placement",
    "network",
];
const THEMES: [&str; 9] = [
    "digital_self_reliance",
    "labour_participation",
    "sustainability",
    "unaccompanied_minors",
    "health_wellbeing",
    "safety",
    "housing_placement",
    "participation_codesign",
    "data_privacy",
];
const COUNTRIES: [&str; 12] = [
    "NL", "BE", "DE", "SE", "GR", "IT", "ES", "FR", "AT", "IE", "PL", "FI",
];

fn words(rng: &mut StdRng, count: usize) -> String {
    (0..count)
        .map(|_| *WORDS.choose(rng).unwrap_or(&"reception"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn percentile(sorted: &[Duration], share: f64) -> Duration {
    let at = ((sorted.len() as f64 * share).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[at]
}

#[tokio::main]
async fn main() -> Result<(), app::platform::error::ServiceError> {
    let args = Args::parse();
    let mut rng = StdRng::seed_from_u64(2025);
    let now = chrono::Utc::now();
    let practices: Vec<IndexedPractice> = (0..args.entries)
        .map(|n| IndexedPractice {
            id: uuid::Uuid::now_v7(),
            title: words(&mut rng, 5),
            summary: words(&mut rng, 25),
            description: words(&mut rng, 250),
            organisation: format!("Organisation {}", n % 500),
            country: (*COUNTRIES.choose(&mut rng).unwrap_or(&"NL")).to_owned(),
            themes: THEMES
                .choose_multiple(&mut rng, 2)
                .map(|t| (*t).to_owned())
                .collect(),
            event_id: (n % 10 == 0).then_some(1),
            published_at: now - chrono::Duration::minutes(n as i64),
        })
        .collect();
    let index = LibraryIndex::new()?;
    let started = Instant::now();
    index.add_all(practices).await?;
    println!(
        "indexed {} practices in {:.1} s",
        args.entries,
        started.elapsed().as_secs_f64()
    );

    let mut timings = Vec::with_capacity(args.queries);
    let mut matched = 0u64;
    for n in 0..args.queries {
        let text = words(&mut rng, 1 + n % 3);
        let theme = (n % 4 == 1).then(|| *THEMES.choose(&mut rng).unwrap_or(&"safety"));
        let country = (n % 5 == 2).then(|| *COUNTRIES.choose(&mut rng).unwrap_or(&"NL"));
        let search = Search {
            text: if n % 7 == 0 { "" } else { &text },
            theme,
            country,
            event_id: (n % 11 == 3).then_some(1),
            newest_first: n % 3 == 0,
            offset: PER_PAGE * rng.random_range(0..3),
            limit: PER_PAGE,
        };
        let started = Instant::now();
        let hits = index.search(&search)?;
        timings.push(started.elapsed());
        matched += hits.total;
    }
    timings.sort();
    println!(
        "{} searches over {} practices: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms (mean {} matches)",
        args.queries,
        args.entries,
        percentile(&timings, 0.50).as_secs_f64() * 1000.0,
        percentile(&timings, 0.99).as_secs_f64() * 1000.0,
        timings.last().map_or(0.0, |t| t.as_secs_f64() * 1000.0),
        matched / args.queries.max(1) as u64,
    );
    Ok(())
}
