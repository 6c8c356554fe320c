#!/usr/bin/env bash
# Builds the platform and serves it with the demo event on SQLite; emails are
# written to data/mail/ as .eml files. Installs the build tools on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
ensure_build_tools
export LEPTOS_OUTPUT_NAME=ikp
# cargo-leptos builds debug binaries with this flag; cargo test and clippy use
# the same, so they reuse its build instead of compiling everything again.
export RUSTFLAGS="--cfg erase_components"
cargo leptos build
export DEMO="${DEMO:-true}"
export LEPTOS_SITE_ROOT=target/site
exec ./target/debug/server "$@"
