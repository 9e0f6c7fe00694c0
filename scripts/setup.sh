#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) needs, from the package registries only.
# Idempotent: every step checks the installed version first and skips what is in place.
#   scripts/setup.sh         tools to build the app
#   scripts/setup.sh test    also Chromium and ChromeDriver, WebKitGTK's WebDriver and Xvfb
set -euo pipefail
# No `cmd | grep -q` here: grep stops at its first match, cmd then dies of SIGPIPE and
# pipefail turns a found line into a failure. Output is taken whole, then searched.
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

step() { printf '\n== %s\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && grep -qF "$2" <<<"$("$1" --version 2>/dev/null)"; }

step "Rust target wasm32-unknown-unknown"
if grep -qx wasm32-unknown-unknown <<<"$(rustup target list --installed)"; then
  echo "present"
else
  rustup target add wasm32-unknown-unknown
fi

step "Trunk $TRUNK_VERSION"
if have_version trunk "trunk $TRUNK_VERSION"; then
  echo "present"
else
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
if have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" \
  && have_version wasm-bindgen-test-runner "$WASM_BINDGEN_VERSION"; then
  echo "present"
else
  # Its own lockfile pins a webpki-roots release the registry lacks, so not --locked.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

step "npm packages (binaryen's wasm-opt, playwright-core) from package-lock.json"
LOCK_SUM=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock 2>/dev/null)" = "$LOCK_SUM" ] && [ -x node_modules/.bin/wasm-opt ]; then
  echo "present"
else
  npm ci --no-audit --no-fund
  echo "$LOCK_SUM" > node_modules/.installed-lock
fi

step "Cargo dependencies"
cargo fetch --locked

if [ "${1:-}" = "test" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  step "Debian chromium and chromium-driver"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "present: $(/usr/bin/chromium --version 2>/dev/null | tail -n 1)"
  else
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  fi

  step "Debian webkit2gtk-driver (WebKitWebDriver, MiniBrowser) and xvfb"
  if [ -x /usr/bin/WebKitWebDriver ] && [ -x /usr/bin/Xvfb ]; then
    echo "present: $(dpkg-query -W -f '${Version}' webkit2gtk-driver 2>/dev/null)"
  else
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq webkit2gtk-driver xvfb
  fi

  step "Dutch locale nl_NL.UTF-8 (WebKit takes the page's language and date format from it)"
  if grep -qix 'nl_NL.utf8' <<<"$(locale -a 2>/dev/null)"; then
    echo "present"
  else
    if [ ! -e /usr/share/i18n/locales/nl_NL ]; then
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq locales
    fi
    $SUDO localedef -i nl_NL -f UTF-8 nl_NL.UTF-8
  fi
fi
