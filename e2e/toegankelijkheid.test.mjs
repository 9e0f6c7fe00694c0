// Toegankelijkheid (WCAG 2.1 AA, EN 301 549): axe-core on every page and every state a user
// reaches; the keyboard alone from a new institution to its planning form and an export;
// 200% zoom, 200% text and 320 px reflow; status messages and errors for screen readers;
// the contrast of every badge and button in every state, and of the charts' bars.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { WORKING_LIBRARY, documentWith } from './support/documents.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT, accessibilityViolations, startHarness } from './support/harness.mjs';
import { everyPage } from './support/pages.mjs';
import {
  CONTROLS, chartShortfalls, contrastShortfalls, focusProblem, installContrast, layoutProblems, listenForAnnouncements,
  markNewControls, setTextSize, untiedErrors,
} from './support/accessibility.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

/** A fresh profile holding the working library, on `path`. */
async function openWorkingLibrary(viewport, path = '/') {
  const opened = await harness.open(viewport);
  const app = new AppPage(opened.page, harness.origin);
  await app.goto('/');
  await app.store(documentWith(WORKING_LIBRARY));
  await app.goto(path);
  return { ...opened, app };
}

const openDetails = (page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

/** Where a `role=tablist` does not follow the ARIA tabs pattern (arrow keys move between tabs). */
async function tablistProblems(page, where) {
  const problems = [];
  for (const list of await page.getByRole('tablist').all()) {
    const tabs = list.getByRole('tab');
    if ((await tabs.count()) < 2) continue;
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    const moved = await tabs.nth(1).evaluate((tab) => tab === document.activeElement);
    if (!moved) problems.push(`${where}: ArrowRight does not move along its tab list`);
  }
  return problems;
}

test('axe-core finds nothing on every page, with records, details opened, a confirmation and a refused field open, and on paper', async () => {
  const { page, context, problems, app } = await openWorkingLibrary(TABLET_PORTRAIT);
  const found = [];
  for (const path of everyPage()) {
    await app.goto(path);
    await page.locator('h1').first().waitFor();
    await openDetails(page);
    found.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
    found.push(...(await tablistProblems(page, path)));
  }

  // The states a user reaches inside a page.
  await app.goto('/instellingen/instelling?id=linde');
  await page.getByRole('button', { name: 'Contactpersoon verwijderen' }).click();
  await page.getByRole('alertdialog').waitFor();
  found.push(...(await accessibilityViolations(page)).map((v) => `a confirmation: ${v}`));
  await app.goto('/instellingen');
  await page.locator('form.add-form').getByRole('button', { name: 'Toevoegen' }).click();
  await page.locator('.add-form .field-error').filter({ hasText: /\S/ }).waitFor();
  found.push(...(await accessibilityViolations(page)).map((v) => `a refused name: ${v}`));

  // The print views, as printed.
  await page.emulateMedia({ media: 'print' });
  for (const path of ['/instellingen/planningsformulier?id=linde', '/instellingen/rapportage?id=linde', '/gesprekken/verslag?id=gesprek-start', '/jaaroverzicht']) {
    // On paper the menu is not there to wait for.
    await page.goto(harness.origin + path);
    await page.locator('h1').first().waitFor();
    found.push(...(await accessibilityViolations(page)).map((v) => `${path} on paper: ${v}`));
  }
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
  await context.close();
});

const T0 = '2026-10-01T10:00:00.000Z';
const school = (notes, updatedAt) => ({ id: 'a', name: 'De Regenboog', kind: 'basisschool', notes, createdAt: T0, updatedAt });

async function chooseFile(page, name, text) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('the import: a preview with a conflict and a refused file pass axe; results and refusals are read out without taking the focus', async () => {
  const { page, context, problems } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  await app.goto('/gegevens');
  await app.store(documentWith({ institutions: [school('Op de tablet', '2026-11-01T10:00:00.000Z')] }));
  await app.reload();
  const found = [];
  await page.evaluate(listenForAnnouncements);

  await chooseFile(page, 'kapot.json', '{"format": "ouderpartnerschap", "schema');
  await page.getByRole('alert').filter({ hasText: 'Dit bestand kan niet worden geïmporteerd' }).waitFor();
  found.push(...(await accessibilityViolations(page)).map((v) => `a refused file: ${v}`));

  const file = documentWith({ institutions: [school('Op kantoor', '2026-11-20T10:00:00.000Z')] }, { exportedAt: '2026-11-20T10:00:00.000Z', exportedBy: 'Collega Ans' });
  await chooseFile(page, 'van-kantoor.json', file);
  await page.getByRole('group', { name: 'Instelling: De Regenboog' }).waitFor();
  found.push(...(await accessibilityViolations(page)).map((v) => `the preview with a conflict: ${v}`));
  const preview = page.getByRole('region', { name: 'Voorbeeld van de import' });
  await preview.getByRole('button', { name: 'Vervangen' }).click();
  await page.getByRole('alertdialog').waitFor();
  found.push(...(await accessibilityViolations(page)).map((v) => `replacing, asked: ${v}`));
  // One Annuleren, the question's: the preview's own way out is named apart.
  assert.equal(await page.getByRole('button', { name: 'Annuleren' }).count(), 1);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuleren' }).click();

  await preview.getByRole('button', { name: 'Samenvoegen' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/^Samengevoegd:/).waitFor();
  found.push(...(await accessibilityViolations(page)).map((v) => `merged: ${v}`));
  assert.deepEqual(found, []);

  const heard = await page.evaluate(() => window.__heard);
  const said = (pattern) => heard.filter((h) => pattern.test(h.text));
  assert.ok(said(/kan niet worden geïmporteerd/).some((h) => h.heard), 'the refusal is read out');
  assert.ok(said(/^Samengevoegd:/).length > 0 && said(/^Samengevoegd:/).every((h) => h.heard), `the result is read out: ${JSON.stringify(said(/Samengevoegd/))}`);
  // The result does not take the focus, and the focus is not lost with the preview.
  const focused = await page.evaluate(() => ({ lost: document.activeElement === document.body, inStatus: !!document.activeElement.closest('[role=status]') }));
  assert.deepEqual(focused, { lost: false, inStatus: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test('status messages and errors: saving is read out while typing, a refusal is tied to its field', async () => {
  const { page, context, problems, app } = await openWorkingLibrary(TABLET_PORTRAIT, '/instellingen/instelling?id=linde');
  await page.evaluate(listenForAnnouncements);
  const notes = page.getByLabel('Notities').first();
  await notes.focus();
  await page.keyboard.type(' Belangrijk.');
  await app.saved();
  const heard = await page.evaluate(() => window.__heard);
  assert.ok(heard.some((h) => h.text === 'Opgeslagen' && h.heard), `“Opgeslagen” read out: ${JSON.stringify(heard)}`);
  assert.equal(await notes.evaluate((el) => el === document.activeElement), true, 'the cursor stays in the field');

  // A name left empty: the message is read out, and the field says it is wrong and why.
  await app.goto('/instellingen');
  await page.evaluate(listenForAnnouncements);
  const name = page.locator('form.add-form').getByLabel('Naam');
  await name.focus();
  await page.keyboard.press('Enter');
  const error = page.locator('.add-form .field-error');
  await error.filter({ hasText: /\S/ }).waitFor();
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  assert.equal(await name.evaluate((el) => el === document.activeElement), true, 'the cursor stays in the field');
  const description = await name.evaluate((el) => el.ariaDescribedByElements?.map((d) => d.innerText).join(' ') ?? '');
  assert.equal(description, await error.innerText());
  assert.ok((await page.evaluate(() => window.__heard)).some((h) => h.heard && h.text.length > 0), 'the refusal is read out');
  assert.deepEqual(await page.evaluate(untiedErrors), []);
  await name.fill('Obs Het Kompas');
  assert.equal(await name.getAttribute('aria-invalid'), 'false');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Presses Tab (or Shift+Tab) until the focus is on what `matches` (run in the page on the
 *  focused element) accepts, checking after every press that the focus can be seen. */
async function tabTo(page, description, matches, { back = false, arg = null } = {}) {
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const problem = await page.evaluate(focusProblem);
    if (problem) throw new Error(`tabbing to ${description}: ${problem}`);
    if (await page.evaluate(matches, arg)) return;
  }
  throw new Error(`${description} is not reached by ${back ? 'Shift+Tab' : 'Tab'}`);
}

const named = ([pattern]) => {
  const el = document.activeElement;
  const name = (el.labels?.[0]?.innerText || el.getAttribute('aria-label') || el.innerText || '').trim();
  return new RegExp(pattern).test(name);
};

/** Where the focus is, in words: its tag and text. */
const focusedIs = (page) => page.evaluate(() => `${document.activeElement.tagName.toLowerCase()}: ${(document.activeElement.innerText || document.activeElement.value || '').trim().split('\n')[0]}`);

test('by keyboard alone: an institution added, planning rows added, moved, deleted and confirmed, and the plan exported, the focus seen and kept all the way', async () => {
  const { page, context, problems } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.store(documentWith({ library: { name: 'Bibliotheek Rivierenland', userName: 'Ilse de Vries' } }));
  await app.goto('/instellingen');
  await page.evaluate(installContrast);

  // The skip link first, then the add form.
  await page.keyboard.press('Tab');
  assert.equal(await focusedIs(page), 'a: Naar de inhoud');
  assert.equal(await page.evaluate(focusProblem), '');
  await page.keyboard.press('Enter');
  await tabTo(page, 'the name field', named, { arg: ['^Naam'] });
  await page.keyboard.type('Obs Het Kompas');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(named, ['^Soort']), 'Tab goes on from Naam to Soort');
  await tabTo(page, 'Toevoegen', named, { arg: ['^Toevoegen$'] });
  await page.keyboard.press('Enter');
  await app.heading().filter({ hasText: 'Obs Het Kompas' }).waitFor();
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.equal(await focusedIs(page), 'h1: Obs Het Kompas', 'after Toevoegen the new institution’s heading has the focus');
  assert.equal(await page.evaluate(focusProblem), '');

  // Its planning form (step 11), through the institution's tabs.
  await tabTo(page, 'the tab of step 11', named, { arg: ['^Stap 11'] });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /^Planningsformulier/ }).waitFor();
  await tabTo(page, 'Activiteit toevoegen', named, { arg: ['^Activiteit toevoegen$'] });
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.activeElement.tagName === 'TEXTAREA');
  await page.keyboard.type('Voorleesontbijt');
  await tabTo(page, 'Activiteit toevoegen', named, { arg: ['^Activiteit toevoegen$'] });
  await page.waitForTimeout(700); // two presses this close are one double tap
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.tagName === 'TEXTAREA' && document.querySelectorAll('.planning-row').length === 2);
  await page.keyboard.type('Boekenmarkt');
  assert.equal(await page.evaluate(focusProblem), '');

  // A card moved down and up again keeps the focus on its buttons (the other one once it
  // is at the end of its month).
  const onButtonOf = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el.innerText} of ${el.closest('.planning-row')?.querySelector('.planning-row__title').innerText}`;
  });
  await tabTo(page, 'Omlaag of the first card', named, { back: true, arg: ['^Omlaag$'] });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.planning-row__title').innerText === 'Boekenmarkt');
  await page.waitForFunction(() => document.activeElement !== document.body).catch(() => {});
  assert.equal(await onButtonOf(), 'Omhoog of Voorleesontbijt', 'the moved card keeps the focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.planning-row__title').innerText === 'Voorleesontbijt');
  await page.waitForFunction(() => document.activeElement !== document.body).catch(() => {});
  assert.equal(await onButtonOf(), 'Omlaag of Voorleesontbijt');

  // Deleting the first card: the focus goes on to the card that remains, and the status
  // says what happened.
  await page.evaluate(listenForAnnouncements);
  await tabTo(page, 'Verwijderen of the first card', named, { arg: ['^Verwijderen$'] });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.planning-row').length === 1);
  await page.waitForFunction(() => document.activeElement !== document.body).catch(() => {});
  assert.equal(await focusedIs(page), 'summary: Boekenmarkt', 'after deleting, the focus is on the next card');
  assert.ok((await page.evaluate(() => window.__heard)).some((h) => h.heard && /Activiteit verwijderd/.test(h.text)));

  // A confirmation takes the focus, Escape closes it and gives the focus back.
  await tabTo(page, 'Voorbeeld uit bijlage 6 invoegen', named, { back: true, arg: ['^Voorbeeld uit bijlage 6 invoegen$'] });
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor();
  await page.waitForFunction(() => document.activeElement !== document.body).catch(() => {});
  assert.equal(await focusedIs(page), 'button: Ja, voorbeeld invoegen', 'the confirmation takes the focus');
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body).catch(() => {});
  assert.equal(await focusedIs(page), 'button: Voorbeeld uit bijlage 6 invoegen', 'Escape gives the focus back to its button');
  // Confirmed with Enter: the four rows of the example, the focus back on the button.
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor();
  // The question takes the focus in the next frame; a key pressed before then lands nowhere.
  await page.waitForFunction(() => document.activeElement?.closest('[role="alertdialog"]'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.planning-row').length === 5);
  await page.waitForFunction(() => document.activeElement !== document.body).catch(() => {});
  assert.equal(await focusedIs(page), 'button: Voorbeeld uit bijlage 6 invoegen');

  // The export: the plan as CSV, by Enter.
  await tabTo(page, 'Downloaden als CSV', named, { arg: ['^Downloaden als CSV$'] });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The three ways a user enlarges the app: the page zoomed to 200% (at 1180×820 the page is
 *  590×410 CSS px), the browser's text at 200%, and reflow at 320 CSS px (WCAG 1.4.10). */
const ENLARGED = [
  ['200% zoom', { width: 590, height: 410 }, 16],
  ['text at 200%', TABLET_LANDSCAPE, 32],
  ['320 px wide', { width: 320, height: 256 }, 16],
];

test('at 200% zoom, with the text at 200% and at 320 px wide nothing is cut off, overlaps or scrolls sideways', async () => {
  // Each problem once, with the pages it is on.
  const found = new Map();
  for (const [how, viewport, textSize] of ENLARGED) {
    const { page, context, problems, app } = await openWorkingLibrary(viewport);
    if (textSize !== 16) await setTextSize(page, textSize);
    for (const path of everyPage()) {
      await app.goto(path);
      await page.locator('h1').first().waitFor();
      await openDetails(page);
      for (const problem of [...(await page.evaluate(layoutProblems)), ...problems.splice(0)]) {
        const key = `${how}: ${problem}`;
        found.set(key, [...(found.get(key) ?? []), path]);
      }
    }
    await context.close();
  }
  assert.deepEqual([...found].map(([problem, paths]) => `${problem} (${paths.length} pages: ${paths.slice(0, 3).join(', ')})`), []);
});

test('every badge and button has enough contrast when normal, disabled, chosen, focused, hovered and pressed, and every chart bar against page and track', async () => {
  const { page, context, problems, app } = await openWorkingLibrary(TABLET_LANDSCAPE);
  const found = [];
  const seen = [];
  const measure = async (path, probe, state) => {
    const shortfalls = await page.evaluate(contrastShortfalls, [probe.probe, state]);
    found.push(...shortfalls.map((s) => `${path}: ${probe.signature.split(' ')[0]} “${probe.name}” ${s}`));
  };
  for (const path of everyPage()) {
    await app.goto(path);
    await page.locator('h1').first().waitFor();
    await openDetails(page);
    await page.evaluate(installContrast);
    const probes = await page.evaluate(markNewControls, [CONTROLS, seen]);
    seen.push(...probes.map((p) => p.signature));
    // Normal and focused first, while the keyboard is the last thing used.
    await page.keyboard.press('Shift');
    for (const probe of probes) {
      await measure(path, probe, 'normal');
      const target = page.locator(`[data-probe="${probe.probe}"]`);
      const focusable = await target.evaluate((el) => el.matches('a[href], button:not([disabled]), summary, .status-option'));
      if (!focusable) continue;
      await target.evaluate((el) => (el.matches('.status-option') ? el.querySelector('input') : el).focus());
      const problem = await page.evaluate(focusProblem);
      if (problem) found.push(`${path}: focused: ${problem}`);
      await measure(path, probe, 'focused');
    }
    await page.evaluate(() => document.activeElement?.blur());
    for (const probe of probes) {
      const target = page.locator(`[data-probe="${probe.probe}"]`);
      // The skip link is shown only while it has the focus.
      if (!(await target.evaluate((el) => el.matches('a[href]:not(.skip-link), button, summary, .status-option')))) continue;
      await target.hover({ force: true });
      await measure(path, probe, 'hovered');
      await page.mouse.down();
      await measure(path, probe, 'pressed');
      // Let go elsewhere: nothing is clicked.
      await page.mouse.move(0, 0);
      await page.mouse.up();
    }
  }
  // The Jaaroverzicht's charts, as printed for management: their bars against page and track.
  await app.goto('/jaaroverzicht');
  await page.locator('.chart svg').first().waitFor();
  await page.evaluate(installContrast);
  found.push(...(await page.evaluate(chartShortfalls)).map((s) => `/jaaroverzicht: chart: ${s}`));
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
  await context.close();
});
