// The performance benchmark (issue 7): measures the release build in dist/ in headless
// Chromium and writes bench/results/latest.{json,md}. Run through scripts/bench.sh, which
// builds dist/ first. Every timing is taken BENCH_RUNS times (default 5) in fresh browser
// contexts and compared with a baseline measured in the same run and the same page, so the
// ratios hold on a faster or slower machine; the absolute milliseconds do not.
// Start-up is also compared with the smallest Leptos app (bench/baseline, a counter built
// with the same profile and Trunk settings, served from a second server): what the
// framework itself costs to start, measured the same way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { generateHostileImport, generateWorkspace, LARGE, scaled } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BASELINE = join(ROOT, 'bench', 'baseline');
const BASELINE_DIST = join(BASELINE, 'dist');
const BASELINE_BUTTON = 'button#teller'; // bench/baseline/src/main.rs
const HOSTILE_KEYS = 300_000;
const RESULTS = join(ROOT, 'bench', 'results');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEY = 'ouderpartnerschap.werkruimte'; // src/storage/local.rs WORKSPACE_KEY
const APP_PREFIX = 'ouderpartnerschap.'; // every key of the app: the main document and its parts
const SAVE_DELAY_MS = 400; // src/state/saver.rs SAVE_QUIET: the longest delay of the save timer
const THROTTLE = 4; // a mid-range tablet, roughly
const TYPING_MS = 10_000;
const KEY_INTERVAL_MS = 125; // 8 keystrokes a second: a quick, steady typist
const FULL_BANNER = 'Let op: niet opgeslagen'; // src/components/banners.rs
// Same flags as the end-to-end harness (e2e/support/harness.mjs).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const utf8 = (text) => Buffer.byteLength(text, 'utf8');

/** Runs in every page before the app: records the moments the benchmark needs. */
function probe({ saveDelay }) {
  const bench = { overview: null, complete: null, wasm: null, keys: [], saves: [], writes: 0, failedWrites: 0, otherTab: 0 };
  window.__bench = bench;
  // Another page's writes reaching this one: none may, or the app would take them for a tab's.
  addEventListener('storage', () => { bench.otherTab++; });
  // Trunk's loader announces the started app with its wasm exports (and so its memory).
  addEventListener('TrunkApplicationStarted', (e) => { bench.wasm = e.detail.wasm; });
  // Start-up ends when the Overzicht's heading is in the document.
  new MutationObserver((_, observer) => {
    const h1 = document.querySelector('h1');
    if (h1 && h1.textContent.trim() === 'Overzicht') {
      bench.overview ??= performance.now();
      // With its data: a large workspace's records are read just after the first page
      // (src/state/mod.rs), which says so meanwhile (.records-loading).
      if (!document.querySelector('.records-loading')) {
        bench.complete = performance.now();
        observer.disconnect();
      }
    }
  }).observe(document, { childList: true, subtree: true });
  // Keystroke to next paint: from the key event's own time stamp (so waiting behind a save
  // counts) to a task after the next frame.
  addEventListener('keydown', (e) => {
    const start = e.timeStamp > 0 && e.timeStamp <= performance.now() ? e.timeStamp : performance.now();
    requestAnimationFrame(() => setTimeout(() => bench.keys.push(performance.now() - start), 0));
  }, true);
  // The saver's timer runs at most SAVE_QUIET after a change (sooner when the maximum wait
  // runs out); a callback of such a timer that writes to storage is a save: encode, then
  // setItem of the changed parts and the main document.
  const setTimeoutBefore = window.setTimeout;
  window.setTimeout = function (callback, delay, ...rest) {
    if (delay > 0 && delay <= saveDelay && typeof callback === 'function') {
      const timed = callback;
      callback = function (...args) {
        const start = performance.now();
        const writes = bench.writes;
        try { return timed.apply(this, args); } finally {
          if (bench.writes > writes) bench.saves.push(performance.now() - start);
        }
      };
    }
    return setTimeoutBefore.call(this, callback, delay, ...rest);
  };
  const setItemBefore = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    bench.writes++;
    try { return setItemBefore.call(this, key, value); } catch (error) { bench.failedWrites++; throw error; }
  };
}

/** Start-up of the Leptos baseline ends when its counter's button is in the document. */
function baselineProbe(selector) {
  const bench = { button: null };
  window.__bench = bench;
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      bench.button = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * The baseline's dist/: reused when built (scripts/bench.sh builds it before this runs),
 * else built here with the pinned tools of scripts/env.sh.
 */
function baselineDist() {
  if (existsSync(join(BASELINE_DIST, 'index.html'))) return BASELINE_DIST;
  console.error('bench/baseline/dist/ is missing: building it (trunk build --release)');
  const PATH = [join(ROOT, 'node_modules', '.bin'), join(homedir(), '.cargo', 'bin'), process.env.PATH].join(delimiter);
  const built = spawnSync('trunk', ['build', '--release'], { cwd: BASELINE, stdio: 'inherit', env: { ...process.env, PATH } });
  if (built.status !== 0 || !existsSync(join(BASELINE_DIST, 'index.html'))) {
    throw new Error(`could not build bench/baseline (${built.error?.message ?? `exit ${built.status}`}); ` +
      'run `(cd bench/baseline && trunk build --release)` after scripts/setup.sh');
  }
  return BASELINE_DIST;
}

/** Transfer sizes of a dist/ directory, as scripts/sizes.mjs measures them (gzip -9, brotli 11). */
function transferSizes(root) {
  const files = (dir) => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
  const rows = files(root).map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
  const total = (list) => Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, list.reduce((t, r) => t + r[k], 0)]));
  // Route pages only send the browser on to the app; one visit loads one of them at most.
  const app = rows.filter((r) => r.file === 'index.html' || !r.file.endsWith('index.html'));
  return { files: rows, wasm: rows.find((r) => r.file.endsWith('.wasm')), app: total(app), all: total(rows) };
}

async function main() {
  const started = Date.now();
  const sizes = transferSizes(DIST);
  const baselineSizes = transferSizes(baselineDist());
  const wasmUrl = `/${sizes.wasm.file}`;
  const large = generateWorkspace();
  const hostileFile = generateHostileImport({ keys: HOSTILE_KEYS });
  const server = await serve(DIST, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const baselineServer = await serve(BASELINE_DIST, 0);
  const baselineOrigin = `http://127.0.0.1:${baselineServer.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  /**
   * A fresh profile; service workers blocked so every run loads from the server alike. The
   * app's pages by default; the Leptos baseline's with `at` its origin and its own probe.
   */
  async function open({ at = origin, init = [probe, { saveDelay: SAVE_DELAY_MS }] } = {}) {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'nl-NL', serviceWorkers: 'block' });
    context.setDefaultTimeout(180_000);
    await context.addInitScript(...init);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    // A path the server does not have: a page of the app's origin where the app does not run.
    await page.goto(`${at}/bench-opslag`);
    // Let the new renderer finish starting up: measured here, that work doubled the spread.
    await sleep(1000);
    return { context, page, cdp };
  }
  // The browser tells other pages of the origin about writes a moment later; a page opened
  // before that would take the seeding for another tab's save.
  const settle = () => sleep(500);

  /** Puts a whole document under the app's key, or every entry of a stored form. */
  const store = (page, stored) => page.evaluate(([key, stored]) => {
    for (const [k, v] of Object.entries(typeof stored === 'string' ? { [key]: stored } : stored)) localStorage.setItem(k, v);
  }, [KEY, stored]);

  /**
   * What the app stores for a whole document: it reads it once and writes it again as its
   * main document and parts (src/storage/layout.rs), which is what later starts read.
   */
  async function storedForm(text) {
    const { context, page } = await open();
    await store(page, text);
    await page.goto(`${origin}/`);
    await page.waitForFunction((key) => {
      const main = JSON.parse(localStorage.getItem(key));
      return main.schemaVersion === 5 && !main.workspace.conversations?.length;
    }, KEY, { polling: 200 });
    const entries = await page.evaluate((prefix) => Object.fromEntries(Object.keys(localStorage)
      .filter((k) => k.startsWith(prefix)).map((k) => [k, localStorage.getItem(k)])), APP_PREFIX);
    await context.close();
    return entries;
  }

  /** Start-up to the Overzicht under throttling, its same-page baseline, and memory. */
  async function startup(stored) {
    const { context, page, cdp } = await open();
    if (stored) await store(page, stored);
    await settle();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__bench.complete !== null && window.__bench.wasm !== null);
    const { overview: app, complete } = await page.evaluate(() => window.__bench);
    // The app marks reading the stored workspace (src/state/mod.rs): its main document
    // before the first page, and the records of one kept in parts right after.
    const load = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const between = (start, end) => (at(start) === undefined ? 0 : at(end) - at(start));
      return between('workspace-load-start', 'workspace-load-end') + between('records-load-start', 'records-load-end');
    });
    // Baseline: the same .wasm fetched and instantiated without running main (every import a
    // no-op; wasm-bindgen starts the app from JS, not from a wasm start section), then all
    // the stored text read and parsed.
    const baseline = await page.evaluate(async ([url, prefix]) => {
      const t0 = performance.now();
      const module = await WebAssembly.compile(await (await fetch(url)).arrayBuffer());
      const imports = {};
      for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
        if (kind !== 'function') throw new Error(`unexpected ${kind} import ${from}.${name}`);
        (imports[from] ??= {})[name] = () => {};
      }
      await WebAssembly.instantiate(module, imports);
      const t1 = performance.now();
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith(prefix)) JSON.parse(localStorage.getItem(key));
      }
      return { wasm: t1 - t0, parse: performance.now() - t1 };
    }, [wasmUrl, APP_PREFIX]);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasmMemory = await page.evaluate(() => window.__bench.wasm.memory.buffer.byteLength);
    const otherTab = await page.evaluate(() => window.__bench.otherTab);
    await context.close();
    return { app, complete, load, otherTab, wasm: baseline.wasm, parse: baseline.parse, jsHeap: heap.usedSize, wasmMemory };
  }

  /**
   * Start-up of the Leptos baseline, as the app's is measured: fresh context, same
   * throttling, navigation start to its counter's button in the document.
   */
  async function baselineStartup() {
    const { context, page, cdp } = await open({ at: baselineOrigin, init: [baselineProbe, BASELINE_BUTTON] });
    await settle();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(`${baselineOrigin}/`);
    await page.waitForFunction(() => window.__bench.button !== null);
    const button = await page.evaluate(() => window.__bench.button);
    await context.close();
    return { button };
  }

  /** Ten seconds of steady typing into step 3's notes: latencies, saves, writes. */
  async function typing(stored, whole) {
    const { context, page, cdp } = await open();
    if (stored) await store(page, stored);
    await settle();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(`${origin}/stappenplan/3`);
    await page.getByLabel('Notities').click();
    await page.evaluate(() => Object.assign(window.__bench, { keys: [], saves: [], writes: 0 }));
    const phrase = 'Wethouder enthousiast over de voorleesochtend in de bibliotheek. ';
    const start = Date.now();
    let typed = 0;
    while (Date.now() - start < TYPING_MS) {
      await page.keyboard.type(phrase[typed % phrase.length]);
      typed++;
      await sleep(start + typed * KEY_INTERVAL_MS - Date.now());
    }
    const seconds = (Date.now() - start) / 1000;
    // Saves, not setItem calls: one save writes a changed part and the main document.
    const writes = await page.evaluate(() => window.__bench.saves.length);
    await sleep(1500); // the last keystroke's paint and the save it schedules
    const { keys, saves } = await page.evaluate(() => window.__bench);
    // Baseline in the same page: the whole document, already parsed (the app has its
    // workspace in memory too), stringified and written, with a new savedAt as the app does
    // (storage cleared first: it has no room for a second copy).
    const baseline = await page.evaluate(([key, whole]) => {
      const doc = JSON.parse(whole ?? localStorage.getItem(key));
      localStorage.clear();
      return Array.from({ length: 5 }, () => {
        const t = performance.now();
        doc.savedAt = new Date().toISOString();
        localStorage.setItem(key, JSON.stringify(doc));
        return performance.now() - t;
      });
    }, [KEY, whole]);
    await context.close();
    return { typed, seconds, writes, keys, saves, p50: quantile(keys, 0.5), p95: quantile(keys, 0.95),
      save: saves.length ? median(saves) : null, baselineSave: median(baseline) };
  }

  // The import section of Gegevens (src/pages/data/import.rs): its preview's counts and
  // its refusal of a bad file.
  const PREVIEW = '.import-counts';
  const REFUSED = '.import-refused';
  /** Marks the moment a file is chosen in the page's file input (window.__import.chosen). */
  const armImport = (page) => page.evaluate(() => {
    window.__import = {};
    addEventListener('change', () => (window.__import.chosen = performance.now()), true);
  });
  /** Waits for `selector` in the document, marking the first frame it is seen in. */
  const seenFirst = (page, selector, mark) => page.waitForFunction(([selector, mark]) => {
    if (!document.querySelector(selector)) return false;
    window.__import[mark] ??= performance.now();
    return true;
  }, [selector, mark], { polling: 'raf' });

  /**
   * Importing a file into the large workspace: from choosing it to its preview on screen,
   * and from "Samenvoegen" to the merged workspace written and shown, with the backup of
   * the workspace before it kept in IndexedDB. Baseline: JSON.parse of the same file, same
   * page.
   */
  async function importing(stored, file) {
    const { context, page, cdp } = await open();
    await store(page, stored);
    await settle();
    await page.goto(`${origin}/gegevens`);
    await page.getByRole('heading', { name: 'Importeren' }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await armImport(page);
    const seen = (selector, mark) => seenFirst(page, selector, mark);
    await page.locator('input[type="file"]').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await seen(PREVIEW, 'previewed');
    const counts = await page.locator(PREVIEW).innerText();
    // The backup of a workspace this large goes to IndexedDB (src/storage/backup.rs): the
    // merge is timed from the click, backup included, as the user meets it. (A file with
    // nothing new, the identical one, keeps no backup and writes nothing.)
    await page.evaluate(() => {
      addEventListener('click', () => (window.__import.merging = performance.now()), { capture: true, once: true });
    });
    await page.getByRole('button', { name: 'Samenvoegen' }).click();
    await seen('.import-done', 'merged');
    const times = await page.evaluate(() => window.__import);
    const parse = await page.evaluate((text) => {
      const t = performance.now();
      JSON.parse(text);
      return performance.now() - t;
    }, file);
    await context.close();
    return { preview: times.previewed - times.chosen, merge: times.merged - times.merging, parse, counts };
  }

  /**
   * The hostile file (bench/generate.mjs generateHostileImport: one institution whose
   * agreements have 300,000 keys in descending order) chosen on Gegevens with empty
   * storage: from choosing it to its preview or its refusal on screen, whichever comes.
   * Baseline: JSON.parse of the same text, same page, same throttling.
   */
  async function hostileImport(file) {
    const { context, page, cdp } = await open();
    await settle();
    await page.goto(`${origin}/gegevens`);
    await page.getByRole('heading', { name: 'Importeren' }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await armImport(page);
    await page.locator('input[type="file"]').setInputFiles({ name: 'vijandig.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await seenFirst(page, `${PREVIEW}, ${REFUSED}`, 'answered');
    const outcome = await page.evaluate(([preview, refused]) => {
      const shown = document.querySelector(refused) ?? document.querySelector(preview);
      return { refused: shown.matches(refused), text: shown.innerText.replace(/\s+/g, ' ').trim().slice(0, 300) };
    }, [PREVIEW, REFUSED]);
    const times = await page.evaluate(() => window.__import);
    const parse = await page.evaluate((text) => {
      const t = performance.now();
      JSON.parse(text);
      return performance.now() - t;
    }, file);
    await context.close();
    return { answer: times.answered - times.chosen, parse, ...outcome };
  }

  /** The large workspace with every tenth record changed later elsewhere. */
  function changedTenth(text) {
    const doc = JSON.parse(text);
    const later = '2027-01-15T10:00:00.000Z';
    const ws = doc.workspace;
    for (const [list, field] of [[ws.institutions, 'notes'], [ws.conversations, 'agreements'],
      [ws.activities, 'evaluation'], [ws.assessments, 'notes']]) {
      list.forEach((record, i) => {
        if (i % 10 === 0) Object.assign(record, { [field]: `${record[field]} Aangevuld op kantoor.`, updatedAt: later });
      });
    }
    return JSON.stringify(doc);
  }

  /** The largest workspace localStorage takes, and what the app shows just under it. */
  async function limit() {
    const { context, page } = await open();
    const fits = (text) => page.evaluate(([key, value]) => {
      localStorage.clear();
      try {
        localStorage.setItem(key, value);
        return true;
      } catch (error) {
        if (error.name === 'QuotaExceededError') return false;
        throw error;
      }
    }, [KEY, text]);
    // Grow --scale until setItem throws, then halve the gap down to 1% of the large workspace.
    let [low, high] = [1, 2];
    while (await fits(generateWorkspace(scaled(high)))) [low, high] = [high, high * 2];
    while (high - low > 0.01) {
      const middle = (low + high) / 2;
      if (await fits(generateWorkspace(scaled(middle)))) low = middle; else high = middle;
    }
    const largest = generateWorkspace(scaled(low));
    // To the character: pad one note of the largest fitting document until it no longer fits,
    // then store it 100 characters under the limit for the app.
    const edge = await page.evaluate(([key, text]) => {
      const doc = JSON.parse(text);
      const notes = doc.workspace.steps['stap-1'].notes;
      const padded = (n) => {
        doc.workspace.steps['stap-1'].notes = notes + 'x'.repeat(n);
        return JSON.stringify(doc);
      };
      const fitsPadded = (n) => {
        localStorage.clear();
        try { localStorage.setItem(key, padded(n)); return true; } catch { return false; }
      };
      let [low, high] = [0, 1 << 20];
      while (high - low > 1) {
        const middle = (low + high) >> 1;
        if (fitsPadded(middle)) low = middle; else high = middle;
      }
      const max = padded(low);
      localStorage.clear();
      localStorage.setItem(key, padded(low - 100));
      return { chars: max.length, bytes: new TextEncoder().encode(max).length };
    }, [KEY, largest]);
    await page.goto(`${origin}/stappenplan/3`);
    const banner = page.getByRole('alert').filter({ hasText: FULL_BANNER });
    const bannerBefore = await banner.count();
    const typedText = ' Nog een afspraak met de directie over de ouderavond in maart.'.repeat(5);
    await page.getByLabel('Notities').click();
    await page.keyboard.type(typedText, { delay: 10 });
    await sleep(1500);
    const shown = await banner.count() > 0;
    const onScreen = await page.getByLabel('Notities').inputValue();
    // What storage holds now: still a readable document, with the notes of the last write that fit.
    const kept = await page.evaluate((key) => {
      try { return JSON.parse(localStorage.getItem(key)).workspace.steps['stap-3']?.notes ?? ''; } catch { return null; }
    }, KEY);
    const result = {
      scale: low, counts: scaled(low), chars: edge.chars, bytes: edge.bytes,
      bannerBefore: bannerBefore > 0, bannerAfter: shown,
      bannerText: shown ? (await banner.innerText()).replace(/\s+/g, ' ') : null,
      typedStaysOnScreen: onScreen.endsWith(typedText),
      lastSaveKept: kept !== null && kept.length < onScreen.length && onScreen.startsWith(kept),
      typedChars: typedText.length, savedChars: kept === null ? null : kept.length,
      failedWrites: await page.evaluate(() => window.__bench.failedWrites),
    };
    await context.close();
    return result;
  }

  const changedLarge = changedTenth(large);
  const largeStored = await storedForm(large);
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const counter = await baselineStartup();
    const empty = await startup(null);
    const full = await startup(largeStored);
    // Alternated, so that whatever the machine does over time weighs on both alike.
    let typeEmpty, typeLarge;
    if (run % 2) {
      typeEmpty = await typing(null, null);
      typeLarge = await typing(largeStored, large);
    } else {
      typeLarge = await typing(largeStored, large);
      typeEmpty = await typing(null, null);
    }
    const importSame = await importing(largeStored, large);
    const importChanged = await importing(largeStored, changedLarge);
    const hostile = await hostileImport(hostileFile);
    runs.push({ counter, empty, full, typeEmpty, typeLarge, importSame, importChanged, hostile });
    console.error(`run ${run}/${RUNS}: start-up ${empty.app.toFixed(0)} / ${full.app.toFixed(0)} ms ` +
      `(Leptos counter ${counter.button.toFixed(0)} ms), hostile import ${hostile.answer.toFixed(0)} ms ` +
      `(${hostile.refused ? 'refused' : 'preview'}; JSON.parse ${hostile.parse.toFixed(0)} ms), ` +
      `typing p95 ${typeEmpty.p95.toFixed(0)} / ${typeLarge.p95.toFixed(0)} ms, save ${typeLarge.save?.toFixed(0)} ms, ` +
      `import ${importSame.preview.toFixed(0)}+${importSame.merge.toFixed(0)} / ` +
      `${importChanged.preview.toFixed(0)}+${importChanged.merge.toFixed(0)} ms`);
  }
  const edge = await limit();
  const chromiumVersion = browser.version();
  await browser.close();
  await new Promise((done) => server.close(done));
  await new Promise((done) => baselineServer.close(done));

  // One row per figure: the value per run, the baseline per run (same page), the target.
  const docBytes = utf8(large);
  const pick = (f) => runs.map(f);
  const row = (what, unit, values, baselines, target, extra = {}) => {
    const ratios = baselines ? values.map((v, i) => v / baselines[i]) : null;
    const ratio = ratios ? median(ratios) : null;
    return { what, unit, median: median(values), min: Math.min(...values), max: Math.max(...values),
      baseline: baselines ? median(baselines) : null, ratio, ratioMin: ratios && Math.min(...ratios),
      ratioMax: ratios && Math.max(...ratios), target, met: target === null || ratio === null ? null : ratio <= target, ...extra };
  };
  const KB = 1000;
  const MB = 1e6;
  const typingRate = pick((r) => r.typeLarge.writes / r.typeLarge.seconds);
  const rows = [
    row('transfer: .wasm, gzip', 'KB', [sizes.wasm.gzip / KB], null, null),
    row('transfer: app files of one visit, gzip', 'KB', [sizes.app.gzip / KB], null, null),
    row('transfer: all of dist/, gzip, vs the 2 MB accident guard', 'KB', [sizes.all.gzip / KB], [2000], 1, { targetText: '≤ 2000 KB' }),
    row(`large workspace: ${LARGE.institutions} inst., ${LARGE.conversations} conv., ${LARGE.activities} rows, ${LARGE.assessments} assessm.`, 'MB', [docBytes / MB], null, null),
    row(`largest workspace that fits localStorage (--scale ${edge.scale.toFixed(2)}, ${edge.chars} chars), × large`, 'MB',
      [edge.bytes / MB], [docBytes / MB], null),
    { what: `near the limit: banner “${FULL_BANNER}” after typing`, unit: '', text: edge.bannerAfter ? 'shown' : 'NOT shown',
      target: null, met: edge.bannerAfter && !edge.bannerBefore },
    row('transfer: the Leptos counter (bench/baseline), all of its dist/, gzip', 'KB', [baselineSizes.all.gzip / KB], null, null,
      { wasmGzip: baselineSizes.wasm.gzip / KB }),
    row('start-up of the Leptos counter (bench/baseline) to its button (4× CPU)', 'ms', pick((r) => r.counter.button), null, null),
    row('start-up to Overzicht, empty storage (4× CPU) vs the Leptos counter\'s start-up', 'ms',
      pick((r) => r.empty.app), pick((r) => r.counter.button), 2),
    row('start-up to Overzicht (its heading drawn), large workspace vs empty storage (4× CPU)', 'ms',
      pick((r) => r.full.app), pick((r) => r.empty.app), 1.3),
    row('start-up to Overzicht with the large workspace\'s records drawn vs empty storage (4× CPU)', 'ms',
      pick((r) => r.full.complete), pick((r) => r.empty.complete), 1.3),
    row('start-up to Overzicht, large workspace (4× CPU) vs the Leptos counter\'s start-up', 'ms',
      pick((r) => r.full.app), pick((r) => r.counter.button), null),
    row('start-up to Overzicht, empty storage (4× CPU) vs wasm instantiate', 'ms', pick((r) => r.empty.app), pick((r) => r.empty.wasm), null),
    row('start-up to Overzicht, large workspace (4× CPU) vs wasm instantiate + JSON.parse', 'ms',
      pick((r) => r.full.app), pick((r) => r.full.wasm + r.full.parse), 1.5),
    row('load of the large workspace (reading storage and decoding, between the app\'s marks) vs JSON.parse of the same text', 'ms',
      pick((r) => r.full.load), pick((r) => r.full.parse), 2),
    row('start-up large − start-up empty (load, and rendering the larger Overzicht) vs JSON.parse', 'ms',
      pick((r) => r.full.app - r.empty.app), pick((r) => r.full.parse), null),
    row('save after an edit, large (encode + setItem) vs JSON.stringify + setItem', 'ms',
      pick((r) => r.typeLarge.save), pick((r) => r.typeLarge.baselineSave), 0.3),
    row('saves during 10 s steady typing (8 keys/s), large, per second', '/s', typingRate, null, null,
      { met: Math.max(...typingRate) <= 3, targetText: '≤ 3/s' }),
    row('typing latency p50, large vs empty (4× CPU)', 'ms', pick((r) => r.typeLarge.p50), pick((r) => r.typeEmpty.p50), 1.05),
    row('typing latency p95, large vs empty (4× CPU)', 'ms', pick((r) => r.typeLarge.p95), pick((r) => r.typeEmpty.p95), 1.1),
    row('import of the large file into the large workspace, identical: preview + merge vs JSON.parse of the file', 'ms',
      pick((r) => r.importSame.preview + r.importSame.merge), pick((r) => r.importSame.parse), 5,
      { preview: median(pick((r) => r.importSame.preview)), merge: median(pick((r) => r.importSame.merge)) }),
    row('import, 10% of records changed on both sides: preview + merge vs JSON.parse of the file', 'ms',
      pick((r) => r.importChanged.preview + r.importChanged.merge), pick((r) => r.importChanged.parse), 6,
      { preview: median(pick((r) => r.importChanged.preview)), merge: median(pick((r) => r.importChanged.merge)) }),
    row(`hostile import: ${HOSTILE_KEYS.toLocaleString('en')} agreement keys in descending order (${(utf8(hostileFile) / MB).toFixed(1)} MB), ` +
      'choosing the file to its preview or refusal vs JSON.parse of the file', 'ms',
      pick((r) => r.hostile.answer), pick((r) => r.hostile.parse), 10,
      { refused: pick((r) => r.hostile.refused) }),
    row('wasm linear memory after loading large vs document size', 'MB', pick((r) => r.full.wasmMemory / MB), pick(() => docBytes / MB), 4,
      { empty: median(pick((r) => r.empty.wasmMemory)) / MB }),
    row('JS heap (after GC) after loading large vs document size', 'MB', pick((r) => r.full.jsHeap / MB), pick(() => docBytes / MB), 4,
      { empty: median(pick((r) => r.empty.jsHeap)) / MB }),
  ];

  const date = new Date().toISOString().slice(0, 10);
  const fmt = (n) => (n === null || n === undefined ? '—' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
  const cells = (r) => [date, r.what, r.text ?? `${fmt(r.median)} ${r.unit}`,
    r.text || r.min === r.max ? '—' : `${fmt(r.min)}–${fmt(r.max)}`, r.baseline === null || r.text ? '—' : `${fmt(r.baseline)} ${r.unit}`,
    r.ratio === null || r.ratio === undefined ? '—' : `${fmt(r.ratio)}×`,
    r.targetText ?? (typeof r.target === 'number' ? `≤ ${r.target}×` : '—'), r.met === null ? '—' : r.met ? 'yes' : 'NO'];
  const header = ['date', 'what', 'median', 'spread (min–max)', 'baseline', 'ratio', 'target', 'met?'];
  const markdown = [header, header.map(() => '---'), ...rows.map(cells)].map((c) => `| ${c.join(' | ')} |`).join('\n');
  const seconds = (Date.now() - started) / 1000;
  const notes = [
    `Chromium ${chromiumVersion}, ${RUNS} runs, ${THROTTLE}× CPU throttling for timings, benchmark ${seconds.toFixed(0)} s.`,
    `Near the limit: banner before typing ${edge.bannerBefore ? 'shown' : 'not shown'}; after: ${edge.bannerText ?? 'none'}; ` +
      `typed text stays on screen: ${edge.typedStaysOnScreen}; stored document readable with the last save that fit: ${edge.lastSaveKept} ` +
      `(${edge.savedChars} of ${edge.typedChars} typed characters saved); ` +
      `failed writes: ${edge.failedWrites}. Chromium counts key + value in UTF-16 code units (5,242,880 per origin).`,
    `Storage events from other pages during start-ups (must be 0): ${pick((r) => r.empty.otherTab + r.full.otherTab).join(', ')}.`,
    `Keys typed in 10 s (large): ${pick((r) => r.typeLarge.typed).join(', ')}; saves: ${pick((r) => r.typeLarge.saves.length).join(', ')}.`,
    ...[['identical', 'importSame'], ['10% changed', 'importChanged']].map(([label, key]) =>
      `Import ${label} (${runs[0][key].counts}): preview ${fmt(median(pick((r) => r[key].preview)))} ms, ` +
      `merge ${fmt(median(pick((r) => r[key].merge)))} ms, JSON.parse ${fmt(median(pick((r) => r[key].parse)))} ms (medians).`),
    `Leptos counter (bench/baseline): ${fmt(baselineSizes.wasm.gzip / KB)} KB .wasm gzip, ${fmt(baselineSizes.all.gzip / KB)} KB all of its dist/; ` +
      `start-up to its button ${pick((r) => fmt(r.counter.button)).join(', ')} ms.`,
    `Hostile import (${HOSTILE_KEYS} keys, ${utf8(hostileFile)} bytes, empty storage): ` +
      `${pick((r) => (r.hostile.refused ? 'refused' : 'preview')).join(', ')}; shown: “${runs[0].hostile.text}”.`,
  ];
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.md'), `${markdown}\n\n${notes.join('\n')}\n`);
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify({ date, chromium: chromiumVersion, runs: RUNS,
    throttle: THROTTLE, seconds, documentBytes: docBytes, sizes, limit: edge, rows, samples: runs }, null, 1)}\n`);
  console.log(`${markdown}\n\n${notes.join('\n')}`);
}

await main();
