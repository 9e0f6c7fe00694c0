#!/usr/bin/env bash
# Builds the release app into dist/: Trunk (size-tuned wasm, wasm-opt), then postbuild
# (Content-Security-Policy, the app's page at every route, the service worker).
#   scripts/build.sh           the app as users get it
#   scripts/build.sh test      the same, with the hooks the end-to-end tests use
#                              (the `test-hooks` feature: a way to make the app fail)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ "${1:-}" = "test" ]; then
  trunk build --release --features test-hooks
else
  trunk build --release
fi
node scripts/postbuild.mjs dist
