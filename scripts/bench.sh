#!/usr/bin/env bash
# The performance benchmark (separate from the tests): installs what is missing, builds the
# release app and the Leptos baseline (bench/baseline), measures them in headless Chromium
# and prints the results table; the figures also go to bench/results/latest.json
# and latest.md (not committed). BENCH_RUNS=N for more runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh test
scripts/build.sh
# The start-up baseline: the smallest Leptos app, built the same way (bench/baseline/).
(cd bench/baseline && trunk build --release)
node bench/run.mjs
