// One WebKitWebDriver per browser: started on a free port on the Xvfb display that
// scripts/xvfb.sh set up, awaited on /status, and stopped with its MiniBrowser. A driver
// that once failed to bring a browser up can stay stuck (seen here: a new session never
// answered), so every browser gets a fresh one, and a start that hangs is tried again.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { poll } from './tab.mjs';

const START_TRIES = 3;
const START_TIMEOUT_MS = 30_000;

// Whatever happens to a journey, no driver outlives the test process.
const running = new Set();
process.on('exit', () => running.forEach((stop) => stop()));

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/** A running WebKitWebDriver: its `url`, and `stop()` for it and the browser it started. */
async function startDriver() {
  const port = await freePort();
  const logs = process.env.WEBKIT_LOGS ?? '/tmp';
  const log = openSync(join(logs, `webkitdriver-${port}.log`), 'a');
  // Its own process group, so that stopping it stops the MiniBrowser it launched too.
  const child = spawn('WebKitWebDriver', ['--host=127.0.0.1', `--port=${port}`], {
    // Dutch, as the consultants' iPads are: dates and numbers in the page follow it.
    env: { ...process.env, LANG: 'nl_NL.UTF-8', LANGUAGE: 'nl' },
    stdio: ['ignore', log, log],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    running.delete(stop);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  running.add(stop);
  try {
    await poll(async () => (await (await fetch(`${url}/status`)).json()).value.ready, `WebKitWebDriver on ${url}`, 10_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/** Starts a driver and, through `connect(url)`, a browser; a start that hangs is retried. */
export async function startBrowser(connect) {
  if (!process.env.DISPLAY) throw new Error('no DISPLAY: run the WebKit suite through scripts/test.sh');
  let last;
  for (let tries = 0; tries < START_TRIES; tries++) {
    const driver = await startDriver();
    const timeout = new Promise((_, fail) => setTimeout(() => fail(new Error('the browser did not start within 30 s')), START_TIMEOUT_MS));
    try {
      const session = await Promise.race([connect(driver.url), timeout]);
      return { session, stop: driver.stop };
    } catch (error) {
      last = error;
      driver.stop();
    }
  }
  throw new Error(`WebKit did not start after ${START_TRIES} tries: ${last.message}`);
}
