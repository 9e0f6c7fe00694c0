// Typing on a tablet: the field being typed in stays in view. The header and the bars that
// stick to the screen while reading get out of the way while a text field has focus, with
// the whole screen and with the on-screen keyboard taking half of it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { WORKING_LIBRARY, documentWith } from './support/documents.mjs';
import { ARTIFACTS, TABLET_LANDSCAPE, TABLET_PORTRAIT, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

// The long forms: a conversation, a step's progress beside its guide text, the planning
// form and the project assessment.
const FORMS = [
  '/gesprekken/gesprek?id=gesprek-start',
  '/stappenplan/2',
  '/instellingen/instelling?id=linde&stap=11',
  '/projectbeoordeling/beoordeling?id=beoordeling-1',
];

/** In the page: every field the keyboard types in is placed `top` px below the screen's top
 *  (where the bars stick), then focused as a tap does; returns each one that is then
 *  covered by a sticky or fixed element or out of sight, with what covers it. When
 *  `scroll` is set the field is instead scrolled into view as the browser does for the
 *  keyboard. */
function coveredFields({ top, scroll }) {
  const typed = 'textarea, input:not([type="checkbox"], [type="radio"], [type="file"], [type="button"], [type="submit"])';
  const name = (el) => el.getAttribute('aria-label') || el.closest('label')?.innerText.split('\n')[0] || el.id || el.tagName;
  const found = [];
  for (const field of document.querySelectorAll(typed)) {
    if (field.getClientRects().length === 0) continue;
    document.activeElement?.blur();
    if (scroll) {
      field.focus();
      field.scrollIntoView({ block: 'nearest' });
    } else {
      window.scrollBy(0, field.getBoundingClientRect().top - top);
      field.focus({ preventScroll: true });
    }
    const box = field.getBoundingClientRect();
    if (box.top < 0 || box.top + 24 > window.innerHeight) {
      found.push(`${name(field)}: out of sight at ${Math.round(box.top)} px`);
      continue;
    }
    const stuck = [...document.querySelectorAll('body *')].filter((el) => {
      if (el.contains(field) || !['sticky', 'fixed'].includes(getComputedStyle(el).position)) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top < box.bottom && r.bottom > box.top && r.left < box.right && r.right > box.left;
    });
    const hit = document.elementFromPoint(box.left + Math.min(20, box.width / 2), box.top + 4);
    if (stuck.length > 0 || !field.contains(hit)) {
      const by = stuck.map((el) => el.className || el.tagName).join(', ') || hit?.className || hit?.tagName;
      found.push(`${name(field)}: covered by ${by}`);
    }
  }
  document.activeElement?.blur();
  return found;
}

for (const [orientation, viewport] of [['staand', TABLET_PORTRAIT], ['liggend', TABLET_LANDSCAPE]]) {
  test(`tablet ${orientation}: no sticky bar covers the field being typed in, with or without the keyboard`, async () => {
    const { page, problems, context } = await harness.open(viewport);
    const app = new AppPage(page, harness.origin);
    await app.goto('/');
    await app.store(documentWith(WORKING_LIBRARY));
    for (const path of FORMS) {
      await app.goto(path);
      await page.locator('textarea').first().waitFor();
      // Closed parts (a planning row, the preparation) hold fields too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // Just below the header, and just below the conversation's question bar.
      for (const top of [60, 150]) {
        assert.deepEqual(await page.evaluate(coveredFields, { top }), [], `${path}, field ${top} px from the top`);
      }
      // The keyboard takes about half of the screen.
      await page.setViewportSize({ width: viewport.width, height: Math.round(viewport.height / 2) });
      assert.deepEqual(await page.evaluate(coveredFields, { scroll: true }), [], `${path} with the keyboard up`);
      await page.setViewportSize(viewport);
    }

    // While typing the bars are gone. Leaving the field by ticking its Besproken, where the
    // header and the question bar come back, the tick lands; then they stick again.
    await app.goto(FORMS[0]);
    const bars = () => page.evaluate(() => ['.app-header', '.conversation-progress'].map((s) => getComputedStyle(document.querySelector(s)).position));
    assert.deepEqual(await bars(), ['sticky', 'sticky']);
    const card = page.locator('#bijlage-5-school-d');
    await card.getByRole('textbox').evaluate((field) => {
      window.scrollBy(0, field.getBoundingClientRect().top - 10);
      field.focus({ preventScroll: true });
    });
    await page.keyboard.type('Nieuwsbrief');
    assert.deepEqual(await bars(), ['static', 'static']);
    await page.screenshot({ path: join(ARTIFACTS, `gesprek-typen-${orientation}.png`) });
    const ticked = card.getByLabel('Besproken');
    const barsEnd = await page.evaluate(() => ['.app-header', '.conversation-progress'].reduce((end, s) => end + document.querySelector(s).offsetHeight, 0));
    assert.ok((await ticked.boundingBox()).y < barsEnd, 'Besproken is where the bars come back');
    await ticked.check();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.app-header')).position === 'sticky');
    assert.deepEqual(await bars(), ['sticky', 'sticky']);
    await screenshot(page, `gesprek-na-typen-${orientation}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
