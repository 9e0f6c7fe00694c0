// Journeys through the library's step plan: record progress, reload, deep links.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

test('step 3 set to Afgerond with a note survives a reload', async () => {
  const { page, problems, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan');
  await page.getByRole('link', { name: /Stap 3: Overleggen met gemeente/ }).click();
  await assert.doesNotReject(app.heading().filter({ hasText: 'Stap 3. Overleggen met gemeente' }).waitFor());

  await app.setStatus('Afgerond');
  await app.notes().fill('Wethouder onderwijs is enthousiast; financiering via OAB onderzoeken.');
  await page.getByLabel('Wie').fill('Toos van de Beuken');
  await app.saved();
  await app.reload();

  assert.equal(await app.statusRadio('Afgerond').isChecked(), true);
  assert.equal(await app.notes().inputValue(), 'Wethouder onderwijs is enthousiast; financiering via OAB onderzoeken.');
  assert.equal(await page.getByLabel('Wie').inputValue(), 'Toos van de Beuken');

  await app.navigate('Stappenplan');
  await page.getByText(/Stap 1–6, de bibliotheek zelf: 1\s*van 6 afgerond/).waitFor();
  const row = page.getByRole('listitem').filter({ hasText: 'Stap 3: Overleggen met gemeente' });
  assert.match(await row.innerText(), /Afgerond/);
  assert.match(await row.innerText(), /Toos van de Beuken/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link to a step opens that step, also after a reload', async () => {
  const { page, problems, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/7');
  await app.heading().filter({ hasText: 'Stap 7. Selecteren voorschoolse instellingen of scholen' }).waitFor();
  await app.reload();
  await app.heading().filter({ hasText: 'Stap 7.' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/stappenplan/7');
  // The guide's content is there: the indicators a–e with their diacritics.
  await page.getByText('positief beïnvloeden').waitFor();
  assert.equal(await page.locator('#stap-7-indicatoren li').count(), 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every part of the app opens from the menu and survives a reload', async () => {
  const { page, problems, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  const parts = ['Stappenplan', 'Instellingen', 'Projectbeoordeling', 'Naslag', 'Gegevens', 'Overzicht'];
  for (const part of parts) {
    await app.navigate(part);
    await app.heading().filter({ hasText: part }).waitFor();
    await app.reload();
    await app.heading().filter({ hasText: part }).waitFor();
    const current = page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current="page"]');
    assert.equal(await current.innerText(), part);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('steps can be taken in any order and the pager walks through them', async () => {
  const { page, problems, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/12');
  await app.setStatus('Bezig');
  await page.getByRole('link', { name: /‹ Stap 11/ }).click();
  await app.heading().filter({ hasText: 'Stap 11.' }).waitFor();
  await app.setStatus('Afgerond');
  await app.saved();
  await app.navigate('Overzicht');
  // Steps 11 and 12 are read across institutions: without any, they claim nothing, and the
  // library's own record shows beside them.
  await page.getByText(/Stap 1–6, de bibliotheek zelf: 0\s*van 6 afgerond · 0 bezig · 6 niet gestart/).waitFor();
  const strip = page.locator('.step-strip li');
  assert.match(await strip.nth(10).innerText(), /Niet gestart[\s\S]*bibliotheek zelf: afgerond/);
  assert.match(await strip.nth(11).innerText(), /bibliotheek zelf: bezig/);
  await page.getByRole('link', { name: /Mijn bibliotheek: stap 12 bezig, al 0 dagen/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the library and user name set on first use show in the header', async () => {
  const { page, problems, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
  // Before anything is entered the header does not claim to have saved anything.
  const status = page.getByRole('banner').getByRole('status');
  assert.equal(await status.innerText(), 'Nog niets ingevuld');
  await page.getByLabel('Naam van de bibliotheek').fill('Bibliotheek Helmond-Peel');
  await page.getByLabel('Uw naam').fill('Toos');
  await page.getByRole('button', { name: 'Klaar' }).click();
  await app.saved();
  await app.reload();
  const header = page.getByRole('banner');
  assert.match(await header.innerText(), /Bibliotheek Helmond-Peel/);
  assert.match(await header.innerText(), /Toos/);
  assert.equal(await page.getByRole('heading', { name: 'Welkom' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an invalid date is refused with a Dutch message and nothing is changed', async () => {
  const { page, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/1');
  // A browser without a date picker lets the user type anything; simulate that.
  await page.getByLabel('Datum').evaluate((input) => {
    input.type = 'text';
    input.value = '31-02-2026';
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.getByText('is geen geldige datum').waitFor();
  assert.equal(await page.getByLabel('Datum').getAttribute('aria-invalid'), 'true');
  await context.close();
});

test('the browser back and forward buttons move between pages', async () => {
  const { page, problems, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan');
  await page.getByRole('link', { name: /Stap 4: Scholingsstrategie uitwerken/ }).click();
  await app.heading().filter({ hasText: 'Stap 4.' }).waitFor();
  await app.navigate('Gegevens');
  await app.heading().filter({ hasText: 'Gegevens' }).waitFor();
  await page.goBack();
  await app.heading().filter({ hasText: 'Stap 4.' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/stappenplan/4');
  await page.goBack();
  await app.heading().filter({ hasText: 'Stappenplan' }).waitFor();
  await page.goForward();
  await app.heading().filter({ hasText: 'Stap 4.' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
