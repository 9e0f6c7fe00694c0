// Starts what a journey needs: dist/ on a local static server and Debian's Chromium.
// Every page is watched for requests to other origins and for uncaught errors.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { ARTIFACTS, ROOT as root } from './paths.mjs';

export { ARTIFACTS };

export const TABLET_PORTRAIT = { width: 820, height: 1180 };
export const TABLET_LANDSCAPE = { width: 1180, height: 820 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** A served dist/ and a running browser; `close()` stops both. */
export async function startHarness() {
  const server = await serve(join(root, 'dist'));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    origin,
    browser,
    /** A fresh browser profile (its own localStorage) with one watched page; `more` adds context options. */
    async open(viewport = TABLET_PORTRAIT, more = {}) {
      const context = await browser.newContext({ viewport, locale: 'nl-NL', hasTouch: true, ...more });
      const page = await context.newPage();
      const problems = watch(page, origin);
      return { context, page, problems };
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Collects a page's requests to other origins and its uncaught errors. */
export function watch(page, origin) {
  const problems = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('net::ERR_INTERNET_DISCONNECTED')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return problems;
}

/** Saves a full-page screenshot under test-artifacts/ (not committed). */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The first page's size in points, read from the PDF's own MediaBox and rounded. */
export function pdfPageSize(pdf) {
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  if (!box) throw new Error('the PDF names no page size');
  return { width: Math.round(Number(box[1])), height: Math.round(Number(box[2])) };
}

/** Fails when the page is wider than the window (it would scroll sideways on a tablet). */
export async function noSidewaysScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) throw new Error(`${where} scrolls sideways by ${overflow}px`);
}

/** Runs axe-core in the page and returns its violations. */
export async function accessibilityViolations(page) {
  const source = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}
