# Sourced by scripts/test.sh: starts a virtual display (Xvfb) and Debian's WebKitWebDriver on
# free local ports, waits until the driver answers on /status, and stops both again (only
# the processes started here). MiniBrowser, WebKitGTK's own browser, is what it drives.
# Sourced after scripts/chromedriver.sh, whose ChromeDriver is stopped by then; the EXIT
# trap here stops what this file started.
free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

start_webkitdriver() {
  local port tries
  # Xvfb picks a free display itself and writes its number once it accepts clients.
  XVFB_DISPLAY_FILE=$(mktemp)
  WEBKIT_LOGS=$(mktemp -d /tmp/ouderpartnerschap-webkit.XXXX)
  Xvfb -displayfd 1 -screen 0 1600x1600x24 -nolisten tcp \
    >"$XVFB_DISPLAY_FILE" 2>"$WEBKIT_LOGS/xvfb.log" &
  XVFB_PID=$!
  trap stop_webkitdriver EXIT
  for tries in $(seq 1 100); do
    [ -s "$XVFB_DISPLAY_FILE" ] && break
    sleep 0.1
  done
  if [ ! -s "$XVFB_DISPLAY_FILE" ]; then
    echo "Xvfb did not start within 10 s:" >&2
    cat "$WEBKIT_LOGS/xvfb.log" >&2
    return 1
  fi
  MINIBROWSER=$(dpkg -L libwebkit2gtk-4.1-0 | grep -m 1 '/MiniBrowser$')
  export MINIBROWSER
  port=$(free_port)
  # Dutch, as the consultants' iPads are: dates and numbers in the page follow it.
  DISPLAY=":$(cat "$XVFB_DISPLAY_FILE")" LANG=nl_NL.UTF-8 LANGUAGE=nl WebKitWebDriver --host=127.0.0.1 --port="$port" >"$WEBKIT_LOGS/webkitdriver.log" 2>&1 &
  WEBKITDRIVER_PID=$!
  export WEBKIT_WEBDRIVER_URL="http://127.0.0.1:$port"
  for tries in $(seq 1 100); do
    if node -e 'fetch(process.argv[1] + "/status").then((r) => r.json())
      .then((s) => process.exit(s.value.ready ? 0 : 1), () => process.exit(1))' "$WEBKIT_WEBDRIVER_URL" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$WEBKITDRIVER_PID" 2>/dev/null || ! kill -0 "$XVFB_PID" 2>/dev/null; then
      echo "Xvfb or WebKitWebDriver stopped while starting:" >&2
      cat "$WEBKIT_LOGS/xvfb.log" "$WEBKIT_LOGS/webkitdriver.log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "WebKitWebDriver did not answer on $WEBKIT_WEBDRIVER_URL within 10 s" >&2
  return 1
}

stop_webkitdriver() {
  local pid
  for pid in "${WEBKITDRIVER_PID:-}" "${XVFB_PID:-}"; do
    if [ -n "$pid" ]; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  WEBKITDRIVER_PID=""
  XVFB_PID=""
}
