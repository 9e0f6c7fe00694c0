// How the app looks and reads: tablet screenshots, accessibility, language, network.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
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

test('all interactive targets are large enough for a finger', async () => {
  const { page, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/2');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, textarea, nav a, .status-option')]
      .filter((el) => el.offsetParent !== null && !el.closest('.status-option input'))
      .filter((el) => el.type !== 'radio')
      .map((el) => [el.textContent.trim() || el.name, el.getBoundingClientRect().height])
      .filter(([, height]) => height < 44),
  );
  assert.deepEqual(small, []);
  await context.close();
});
