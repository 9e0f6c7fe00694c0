// How the app looks and reads: tablet screenshots, accessibility, language, network.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { WORKING_LIBRARY, documentWith } from './support/documents.mjs';
import { everyPage } from './support/pages.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT, accessibilityViolations, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const PAGES = [
  ['overzicht', '/'],
  ['stappenplan', '/stappenplan'],
  ['stap-7', '/stappenplan/7'],
  ['gegevens', '/gegevens'],
];

for (const [orientation, viewport] of [['staand', TABLET_PORTRAIT], ['liggend', TABLET_LANDSCAPE]]) {
  test(`tablet ${orientation} (${viewport.width}×${viewport.height}): screenshots, no overflow, no audit violations`, async () => {
    const { page, problems, context } = await harness.open(viewport);
    const app = new AppPage(page, harness.origin);
    await app.goto('/stappenplan/3');
    await app.setStatus('Bezig');
    for (const [name, path] of PAGES) {
      await app.goto(path);
      await screenshot(page, `${name}-${orientation}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
      assert.deepEqual(await accessibilityViolations(page), [], `axe on ${path}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the page is Dutch, installable and locked to its own origin', async () => {
  const { page, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /default-src 'self'/);
  const manifest = await (await page.request.get(`${harness.origin}/manifest.webmanifest`)).json();
  assert.equal(manifest.lang, 'nl');
  assert.ok(manifest.icons.some((icon) => icon.sizes === '512x512'));
  for (const icon of manifest.icons) {
    const response = await page.request.get(harness.origin + icon.src);
    assert.equal(response.status(), 200, icon.src);
  }
  await context.close();
});

/** In the page: every control a finger uses that is smaller than 44×44 px (Apple's
 *  guideline; WCAG 2.5.8 asks 24), as "what: width×height". */
function smallTargets() {
  const words = (text) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  // WCAG's inline exception: a link inside a sentence of running text keeps the line's
  // height. Only an inline link whose paragraph or list item holds a sentence of its own
  // besides it (three words or more, and a full stop, question mark or semicolon).
  const inSentence = (el) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const rest = el.closest('p, li, dd')?.innerText.replace(el.innerText, '') ?? '';
    return words(rest) >= 3 && /[.?!;]/.test(rest);
  };
  const found = [];
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [role="button"]')) {
    // A check box, radio button or file input is tapped through the label around it.
    const target = el.matches('[type="checkbox"], [type="radio"], [type="file"]') ? (el.closest('label') ?? el) : el;
    if (target.getClientRects().length === 0 || inSentence(el)) continue;
    const box = target.getBoundingClientRect();
    if (box.width < 44 || box.height < 44) {
      const name = (target.innerText || el.getAttribute('aria-label') || el.name || el.type).trim().slice(0, 50);
      found.push(`${target.tagName.toLowerCase()} “${name}”: ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  return [...new Set(found)];
}

test('on every page every control is at least 44×44 px on a portrait tablet, the step tabs and the main menu form even rows, and buttons beside fields stay buttons', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.store(documentWith(WORKING_LIBRARY));
  const small = [];
  for (const path of everyPage()) {
    await app.goto(path);
    await page.locator('h1').first().waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    small.push(...(await page.evaluate(smallTargets)).map((what) => `${path}: ${what}`));
  }
  assert.deepEqual(small, []);

  // The institution's tabs: Gegevens beside steps 7–12, which wrap into rows of one length.
  for (const viewport of [TABLET_PORTRAIT, TABLET_LANDSCAPE]) {
    await page.setViewportSize(viewport);
    await app.goto('/instellingen/instelling?id=linde&stap=9');
    const rows = await page.evaluate(() => {
      const steps = [...document.querySelectorAll('.tabs li')].filter((li) => li.innerText.startsWith('Stap'));
      const tops = steps.map((li) => Math.round(li.getBoundingClientRect().top));
      return [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
    });
    assert.ok(rows.every((n) => n === rows[0]), `step tabs at ${viewport.width} px in rows of ${rows.join(' and ')}`);
    // The main menu in one row, or in rows that differ by one item at most: not six and one.
    const menu = await page.evaluate(() => {
      const tops = [...document.querySelectorAll('.main-nav li')].map((li) => Math.round(li.getBoundingClientRect().top));
      return [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
    });
    assert.ok(Math.max(...menu) - Math.min(...menu) <= 1, `the main menu at ${viewport.width} px in rows of ${menu.join(' and ')}`);
    await screenshot(page, `instelling-stappen-${viewport.width}`);
    // Buttons beside labelled fields keep a button's height, not the field's and its label's.
    await app.goto('/jaaroverzicht');
    const { height } = await page.getByRole('link', { name: 'Vorig schooljaar' }).boundingBox();
    assert.ok(height < 60, `“Vorig schooljaar” on the Jaaroverzicht at ${viewport.width} px is ${height} px high`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
