#!/usr/bin/env bash
# Runs every test: formatting and lints, unit tests, data rules on SQLite and
# PostgreSQL, HTTP and email tests, short fuzzing runs, and the browser tests
# in Chromium.
# Installs what it needs on first run (cargo-leptos, Chromium, PostgreSQL, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
ensure_build_tools
ensure_test_tools
ensure_fuzz_tools
start_postgres
export LEPTOS_OUTPUT_NAME=ikp
# cargo-leptos builds debug binaries with this flag; cargo test and clippy use
# the same, so they reuse its build instead of compiling everything again.
export RUSTFLAGS="--cfg erase_components"

echo "== format and lints"
cargo fmt --all -- --check
cargo fmt --manifest-path fuzz/Cargo.toml -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p app --features hydrate --target wasm32-unknown-unknown -- -D warnings

echo "== build (server and WebAssembly)"
cargo leptos build

echo "== WebAssembly size (release build, budget 250 KB with Brotli)"
scripts/wasm-size.sh

echo "== unit and integration tests (SQLite and PostgreSQL)"
cargo test --workspace --features app/ssr

echo "== fuzzing (a short run of every target)"
scripts/fuzz.sh

echo "== browser tests"
(cd end2end && npm test)
