# Sourced by scripts/test.sh: starts Debian's ChromeDriver on a free local port, waits until
# it answers on /status, and stops it again (only the process started here).
start_chromedriver() {
  local port tries
  port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
  /usr/bin/chromedriver --port="$port" --allowed-ips=127.0.0.1 >/tmp/ouderpartnerschap-chromedriver.log 2>&1 &
  CHROMEDRIVER_PID=$!
  CHROMEDRIVER_URL="http://127.0.0.1:$port"
  trap stop_chromedriver EXIT
  for tries in $(seq 1 100); do
    if node -e 'fetch(process.argv[1] + "/status").then((r) => r.json())
      .then((s) => process.exit(s.value.ready ? 0 : 1), () => process.exit(1))' "$CHROMEDRIVER_URL" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$CHROMEDRIVER_PID" 2>/dev/null; then
      echo "ChromeDriver stopped while starting:" >&2
      cat /tmp/ouderpartnerschap-chromedriver.log >&2
      return 1
    fi
    sleep 0.1
  done
  echo "ChromeDriver did not answer on $CHROMEDRIVER_URL within 10 s" >&2
  return 1
}

stop_chromedriver() {
  if [ -n "${CHROMEDRIVER_PID:-}" ]; then
    kill "$CHROMEDRIVER_PID" 2>/dev/null || true
    wait "$CHROMEDRIVER_PID" 2>/dev/null || true
    CHROMEDRIVER_PID=""
  fi
}
