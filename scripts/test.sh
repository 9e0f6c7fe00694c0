#!/usr/bin/env bash
# README command 2: install what the tests need, then run every test — native, in the
# browser, the size budget and the end-to-end journeys. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh

section() { printf '\n==== %s\n' "$*"; }

section "Lint (clippy, warnings are errors)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings

section "Native tests (content, model, storage format, migration)"
cargo test --locked

section "Browser tests (storage against Chromium's real localStorage)"
# ChromeDriver is started here and handed to the runner once it answers: the runner's own
# start of it is known to fail now and then ("driver failed to bind port during startup").
source scripts/chromedriver.sh
start_chromedriver
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER_REMOTE="$CHROMEDRIVER_URL" \
  cargo test --locked --target wasm32-unknown-unknown --test browser_storage
stop_chromedriver

section "Release build"
scripts/build.sh test

section "Size guard (2 MB gzip for all of dist/, against accidents)"
node scripts/sizes.mjs dist --max-gzip-kb 2000

section "End-to-end journeys (Chromium against dist/; screenshots in test-artifacts/)"
# Both browser suites run and print their summaries even when the first one fails.
chromium_rc=0
node --test --test-concurrency=1 e2e/*.test.mjs || chromium_rc=$?

section "iPad journeys in WebKit (WebKitGTK against the same dist/)"
source scripts/xvfb.sh
start_xvfb
webkit_rc=0
node --test --test-concurrency=1 e2e/webkit/*.test.mjs || webkit_rc=$?
stop_xvfb
[ "$chromium_rc" -eq 0 ] && [ "$webkit_rc" -eq 0 ]
