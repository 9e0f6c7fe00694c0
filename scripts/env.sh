# Sourced by the scripts: puts the pinned tools first on PATH.
# wasm-opt comes from npm's binaryen 132; Debian's older binaryen breaks the built app.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
