//! Registration rush against a running server:
//!
//!     cargo run -p server --bin bench -- --url http://127.0.0.1:3000 --attempts 2000 --concurrency 64
//!
//! Start the server with REGISTRATION_RATE_LIMIT=0 (or every attempt past the
//! limit is answered 429). Prints registrations per second, p50/p99 latency
//! and the event's final counts.

use clap::Parser;
use std::{
    collections::BTreeMap,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

#[derive(Parser)]
struct Args {
    /// Address of the running server.
    #[arg(long, default_value = "http://127.0.0.1:3000")]
    url: String,
    /// The event to register for.
    #[arg(long, default_value = "ikp-2025")]
    event: String,
    /// Number of registration attempts.
    #[arg(long, default_value_t = 2000)]
    attempts: usize,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// One attempt in this many asks to attend online; the rest in person.
    #[arg(long, default_value_t = 10)]
    online_every: usize,
}

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let args = Args::parse();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.concurrency)
        .build()?;
    let run = chrono::Utc::now().timestamp_millis();
    let next = Arc::new(AtomicUsize::new(0));
    let endpoint = Arc::new(format!(
        "{}/api/v1/events/{}/registrations",
        args.url, args.event
    ));
    let started = Instant::now();
    let workers: Vec<_> = (0..args.concurrency)
        .map(|_| {
            let (client, next, endpoint) = (client.clone(), next.clone(), endpoint.clone());
            let (attempts, online_every) = (args.attempts, args.online_every.max(1));
            tokio::spawn(async move {
                let mut results = Vec::new();
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n >= attempts {
                        break results;
                    }
                    let body = serde_json::json!({
                        "name": format!("Bench Participant {n}"),
                        "email": format!("bench-{run}-{n}@example.org"),
                        "organisation": "Benchmark",
                        "country": "NL",
                        "function": "Load test",
                        "attendance": if n % online_every == 0 { "online" } else { "in_person" },
                        "language": "en",
                        "privacy_consent": true
                    });
                    let sent = Instant::now();
                    let answer = client.post(endpoint.as_str()).json(&body).send().await;
                    let elapsed = sent.elapsed();
                    let outcome = match answer {
                        Ok(response) => {
                            let status = response.status().as_u16();
                            let json: serde_json::Value = response.json().await.unwrap_or_default();
                            match json["status"].as_str() {
                                Some(state) => format!(
                                    "{status} {state} {}",
                                    json["attendance"].as_str().unwrap_or("")
                                ),
                                None => status.to_string(),
                            }
                        }
                        Err(error) => format!("transport error: {error}"),
                    };
                    results.push((elapsed, outcome));
                }
            })
        })
        .collect();
    let mut latencies: Vec<Duration> = Vec::with_capacity(args.attempts);
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    for worker in workers {
        for (latency, outcome) in worker.await.unwrap_or_default() {
            latencies.push(latency);
            *outcomes.entry(outcome).or_default() += 1;
        }
    }
    let total = started.elapsed();
    latencies.sort();
    let percentile = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0)
    };
    println!("attempts:        {}", latencies.len());
    println!("concurrency:     {}", args.concurrency);
    println!("duration:        {:.2} s", total.as_secs_f64());
    println!(
        "registrations/s: {:.0}",
        latencies.len() as f64 / total.as_secs_f64()
    );
    println!("latency p50:     {:.1} ms", percentile(0.50));
    println!("latency p99:     {:.1} ms", percentile(0.99));
    for (outcome, count) in &outcomes {
        println!("answers {outcome:<28} {count}");
    }
    let event: serde_json::Value = client
        .get(format!("{}/api/v1/events/{}", args.url, args.event))
        .send()
        .await?
        .json()
        .await?;
    println!("final capacity:  {}", event["capacity"]);
    Ok(())
}
