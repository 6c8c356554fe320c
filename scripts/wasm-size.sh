#!/usr/bin/env bash
# Builds the browser module the way `cargo leptos build --release` does (the
# size-optimised wasm-release profile with erased view types, wasm-bindgen,
# then wasm-opt with cargo-leptos' flags) without building the release
# server, prints its size raw, gzip'd and Brotli'd, and fails when the
# module is over its budget of 250 KB with Brotli. The test run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
ensure_build_tools
export LEPTOS_OUTPUT_NAME=ikp RUSTFLAGS="--cfg erase_components"
out=target/wasm-size
cargo build -p app --lib --target wasm32-unknown-unknown --profile wasm-release \
  --no-default-features --features hydrate
wasm-bindgen target/wasm32-unknown-unknown/wasm-release/app.wasm \
  --out-dir "$out" --out-name ikp --target web --no-typescript
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/ikp_bg.wasm" -o "$out/ikp_bg.wasm"
node -e '
  const { readFileSync } = require("node:fs");
  const zlib = require("node:zlib");
  for (const file of process.argv.slice(1)) {
    const raw = readFileSync(file);
    const brotli = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
    const kb = (n) => (n / 1024).toFixed(1) + " KB";
    console.log(`${file}: ${kb(raw.length)} raw, ${kb(zlib.gzipSync(raw, { level: 9 }).length)} gzip, ${kb(brotli.length)} brotli`);
    if (file.endsWith(".wasm") && brotli.length > 250 * 1024) {
      console.error(`the WebAssembly module is over its budget of 250 KB with Brotli`);
      process.exitCode = 1;
    }
  }
' "$out/ikp_bg.wasm" "$out/ikp.js"
