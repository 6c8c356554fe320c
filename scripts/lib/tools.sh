# Installs what building and testing need, skipping what is already there.
# Sourced by scripts/demo.sh and scripts/test.sh.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    as_root apt-get update -qq
    apt_updated=yes
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# A nightly toolchain: cargo-leptos 0.3.11 needs a newer rustc than stable
# 1.95, and cargo-fuzz needs nightly's instrumentation.
ensure_nightly() {
  rustup run nightly rustc --version >/dev/null 2>&1 || rustup toolchain install nightly --profile minimal
}

# Rust's wasm target, cargo-leptos, wasm-bindgen at the version Cargo.lock
# pins, and Binaryen's wasm-opt.
ensure_build_tools() {
  command -v cc >/dev/null || apt_install build-essential
  command -v pkg-config >/dev/null || apt_install pkg-config
  ensure_nightly
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q '0\.3\.11'; then
    # cargo-leptos 0.3.11 needs a newer rustc than stable 1.95: build it with nightly.
    # no_downloads: it must not fetch tools from outside the package registries.
    cargo +nightly install cargo-leptos --version 0.3.11 --locked --features no_downloads
  fi
  local wanted
  wanted=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
    # Without --locked: the registry lacks one of its locked dependencies.
    cargo install wasm-bindgen-cli --version "$wanted"
  fi
  # wasm-opt, which `cargo leptos build --release` runs on the module.
  command -v wasm-opt >/dev/null || apt_install binaryen
}

# cargo-fuzz, run with the machine's nightly (libFuzzer needs its
# instrumentation).
ensure_fuzz_tools() {
  ensure_nightly
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    cargo +nightly install cargo-fuzz --locked
  fi
}

# Debian's Chromium, PostgreSQL, an SMTP server for the mail tests, and the
# end-to-end suite's npm packages.
ensure_test_tools() {
  [ -x /usr/bin/chromium ] || apt_install chromium
  command -v pg_ctlcluster >/dev/null || apt_install postgresql
  python3 -c 'import aiosmtpd' 2>/dev/null || python3 -m pip install --quiet aiosmtpd
  # A second, independent iCalendar parser for the calendar tests.
  python3 -c 'import icalendar' 2>/dev/null || python3 -m pip install --quiet icalendar
  # Validates the OpenAPI document against the OpenAPI 3.x schema.
  python3 -c 'import openapi_spec_validator' 2>/dev/null || python3 -m pip install --quiet openapi-spec-validator
  # A second, independent reader of the XLSX exports.
  python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl
  (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
}

# Starts the local PostgreSQL cluster and exports TEST_DATABASE_URL for a
# role that may create the tests' throw-away databases.
start_postgres() {
  local version port
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
    as_root pg_createcluster "$version" main >/dev/null
  fi
  as_root pg_ctlcluster "$version" main start 2>/dev/null || true
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  as_root su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'ikp_test'\"" | grep -q 1 ||
    as_root su postgres -c "psql -p $port -qc \"CREATE ROLE ikp_test LOGIN CREATEDB PASSWORD 'ikp_test'\""
  # Throw away the databases earlier runs left behind.
  as_root su postgres -c "psql -p $port -qtAc \"SELECT datname FROM pg_database WHERE datname LIKE 'ikp_test_%'\"" |
    while read -r name; do
      [ -n "$name" ] && as_root su postgres -c "psql -p $port -qc 'DROP DATABASE IF EXISTS $name'"
    done
  export TEST_DATABASE_URL="postgres://ikp_test:ikp_test@127.0.0.1:$port/postgres"
}
