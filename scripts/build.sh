#!/usr/bin/env bash
# Builds the release app into dist/: Trunk (size-tuned wasm, wasm-opt -Oz), then postbuild
# (Content-Security-Policy, a page per route, the service worker).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
node scripts/postbuild.mjs dist
