# Sourced by scripts/test.sh: starts a virtual display (Xvfb) for the WebKit suite and stops
# it again (only the process started here). The suite itself starts a WebKitWebDriver per
# browser on this display (e2e/support/webkit-driver.mjs) and stops each one after.
# Sourced after scripts/chromedriver.sh, whose ChromeDriver is stopped by then; the EXIT
# trap here stops what this file started.
start_xvfb() {
  local tries display_file
  display_file=$(mktemp)
  WEBKIT_LOGS=$(mktemp -d /tmp/ouderpartnerschap-webkit.XXXX)
  export WEBKIT_LOGS
  # Xvfb picks a free display itself and writes its number once it accepts clients.
  Xvfb -displayfd 1 -screen 0 1600x1600x24 -nolisten tcp >"$display_file" 2>"$WEBKIT_LOGS/xvfb.log" &
  XVFB_PID=$!
  trap stop_xvfb EXIT
  for tries in $(seq 1 100); do
    [ -s "$display_file" ] && break
    sleep 0.1
  done
  if [ ! -s "$display_file" ]; then
    echo "Xvfb did not start within 10 s:" >&2
    cat "$WEBKIT_LOGS/xvfb.log" >&2
    return 1
  fi
  DISPLAY=":$(cat "$display_file")"
  # Not `dpkg -L | grep -m 1`: dpkg, cut off by grep, would die of SIGPIPE under pipefail.
  MINIBROWSER=$(grep -m 1 '/MiniBrowser$' <<<"$(dpkg -L libwebkit2gtk-4.1-0)")
  export DISPLAY MINIBROWSER
}

stop_xvfb() {
  if [ -n "${XVFB_PID:-}" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
  fi
}
