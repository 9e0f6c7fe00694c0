// Projectbeoordeling: the catalogue of Bijlage 8, assessing a project with the ten
// questions, linking it to an institution's planning form, and comparing assessments.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage, InstitutionsPage } from './support/app-page.mjs';
import {
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  accessibilityViolations,
  noSidewaysScroll,
  screenshot,
  startHarness,
} from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

async function catalogueNames(page) {
  return page.locator('.catalogue-card h3').allTextContents();
}

test('the catalogue filters to non-reading parents of a six-year-old', async () => {
  const { page, problems } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.navigate('Projectbeoordeling');
  await app.heading().filter({ hasText: 'Projectbeoordeling' }).waitFor();
  assert.equal((await catalogueNames(page)).length, 9);
  // The kenmerken filter's words wrap under their boxes at both tablet widths.
  await noSidewaysScroll(page, 'the catalogue (1180 wide)');
  await page.setViewportSize(TABLET_PORTRAIT);
  await noSidewaysScroll(page, 'the catalogue (820 wide)');
  await page.setViewportSize(TABLET_LANDSCAPE);

  await page.getByLabel('Oudergroep').selectOption({ label: '3. De niet-leesouders' });
  await page.getByLabel('Leeftijd van het kind').selectOption({ label: '6 jaar' });
  await page.getByText('4 van de 9 werkvormen en projecten').waitFor();
  assert.deepEqual(await catalogueNames(page), [
    'Individuele oudergesprekken',
    'BoekenPret',
    'VoorleesExpress',
    'Verteltas',
  ]);
  // Characteristic g (feedback at school) narrows it further.
  await page.locator('.marker-filter').getByRole('checkbox', { name: /^g\W/ }).check();
  assert.deepEqual(await catalogueNames(page), ['Individuele oudergesprekken', 'BoekenPret', 'Verteltas']);
  await screenshot(page, 'projectbeoordeling-filter-liggend');

  // Search ignores case and diacritics; an entry opens whole.
  await page.getByLabel('Oudergroep').selectOption({ label: 'Alle oudergroepen' });
  await page.getByLabel('Leeftijd van het kind').selectOption({ label: 'Alle leeftijden' });
  await page.locator('.marker-filter').getByRole('checkbox', { name: /^g\W/ }).uncheck();
  await page.getByLabel('Zoeken').fill('VERTELTAS');
  assert.deepEqual(await catalogueNames(page), ['Verteltas']);
  await page.getByRole('link', { name: 'Verteltas' }).click();
  await app.heading().filter({ hasText: 'Verteltas' }).waitFor();
  for (const column of ['Doelgroep', 'Doel', 'Omschrijving', 'Wijze van overdracht', 'Uitgevoerd door', 'Kansrijk voor oudergroep', 'Kenmerken']) {
    await page.locator('dt', { hasText: new RegExp(`^${column}$`) }).waitFor();
  }
  await page.getByText('4-8 jaar').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, []);
});

test('VoorleesExpress is assessed, linked to a school and planned; all of it survives a reload', async () => {
  const { page, problems } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  await app.goto('/');
  await institutions.open();
  await institutions.add('OBS De Regenboog', 'Basisschool');

  await app.navigate('Projectbeoordeling');
  await page.getByRole('button', { name: 'Beoordelen: VoorleesExpress' }).click();
  await app.heading().filter({ hasText: 'VoorleesExpress' }).waitFor();
  const characteristic = (marker) =>
    page.locator('fieldset', { hasText: '7. Aan welke kenmerken' }).getByRole('checkbox', { name: new RegExp(`^${marker}\\. `) });
  // What the guide says about VoorleesExpress is filled in: a, c and e, for group 3, ages 2–9.
  for (const [marker, on] of [['a', true], ['b', false], ['c', true], ['d', false], ['e', true], ['f', false], ['g', false]]) {
    assert.equal(await characteristic(marker).isChecked(), on, marker);
  }
  assert.equal(await page.getByLabel('Van (jaar)').inputValue(), '2');
  assert.equal(await page.getByLabel('Tot en met (jaar)').inputValue(), '9');
  // The result is one sentence to read out; the groups are the guide's own row (niet-leesouders),
  // and question 8 as the catalogue filled it in is still the guide's word.
  await page.getByText('Voldoet aan 3 van de 7 kenmerken van een succesvolle aanpak en is volgens de gids kansrijk voor de niet-leesouders.').waitFor();
  const advice = page.locator('.group-advice li');
  assert.match(await advice.nth(2).innerText(), /De gids noemt ‘VoorleesExpress’ kansrijk voor deze groep\./);
  for (const group of [0, 1]) {
    assert.match(await advice.nth(group).innerText(), /De gids noemt dit project niet voor deze groep\./);
  }

  // The consultant adds d (practical and concrete): now it is their own project, and the
  // guide's examples only suggest groups beside their own answer.
  await characteristic('d').check();
  await page.getByText('Voldoet aan 4 van de 7 kenmerken van een succesvolle aanpak en is volgens uw beoordeling geschikt voor de niet-leesouders.').waitFor();
  const missing = page.locator('.result .marker-list li');
  assert.equal(await missing.count(), 3);
  assert.match(await advice.nth(0).innerText(), /Uw oordeel \(vraag 8\): niet aangevinkt\.\s+Suggestie: de gids noemt/);
  assert.match(await advice.nth(1).innerText(), /\(indien goed geïntroduceerd en nagevraagd\)|Suggestie/);
  await page.getByText(/criteria iets minder ‘hard’/).waitFor();

  await page.getByLabel('Voor instelling').selectOption({ label: 'OBS De Regenboog' });
  await screenshot(page, 'projectbeoordeling-voorleesexpress-staand');
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('button', { name: 'Toevoegen aan het planningsformulier' }).click();
  await app.heading().filter({ hasText: 'OBS De Regenboog' }).waitFor();
  const row = page.locator('.planning-row', { hasText: 'VoorleesExpress' });
  await row.first().waitFor();

  await app.saved();
  await app.reload();
  await page.locator('.planning-row', { hasText: 'VoorleesExpress' }).first().waitFor();
  await app.navigate('Projectbeoordeling');
  await page.locator('.assessment-row', { hasText: 'VoorleesExpress' }).getByText('OBS De Regenboog').waitFor();
  await page.getByRole('link', { name: 'VoorleesExpress', exact: true }).first().click();
  await app.heading().filter({ hasText: 'VoorleesExpress' }).waitFor();
  assert.equal(await characteristic('d').isChecked(), true);
  assert.equal(await page.getByLabel('Voor instelling').locator('option:checked').innerText(), 'OBS De Regenboog');
  await page.setViewportSize(TABLET_LANDSCAPE);
  await screenshot(page, 'projectbeoordeling-voorleesexpress-liggend');
  assert.deepEqual(problems, []);
});

test('a project the guide does not list is assessed from an empty form and compared', async () => {
  const { page, problems } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  await app.goto('/projectbeoordeling');
  await page.getByRole('button', { name: 'Beoordelen: Verteltas' }).click();
  await app.heading().filter({ hasText: 'Verteltas' }).waitFor();
  await app.navigate('Projectbeoordeling');
  await page.getByRole('button', { name: 'Leeg formulier' }).click();
  await app.heading().filter({ hasText: 'Nieuw project' }).waitFor();
  const name = page.getByLabel(/^Naam van het project/);
  await name.fill('');
  await page.getByText('Geef het project een naam.').waitFor();
  await name.fill('Voorleesontbijt');
  await app.heading().filter({ hasText: 'Voorleesontbijt' }).waitFor();
  // Nothing ticked: the guide has no example, the consultant decides.
  await page.getByText(/De gids geeft geen voorbeeld met deze kenmerken/).waitFor();
  await page.locator('fieldset', { hasText: '7. Aan welke kenmerken' }).getByRole('checkbox', { name: /^c\. / }).check();
  await page.locator('.group-advice li.promising').first().waitFor();
  assert.equal(await page.locator('.group-advice li.promising').count(), 2);
  await page.locator('fieldset', { hasText: '1. Is het project gericht' }).getByRole('radio', { name: 'Nee' }).check();
  await page.locator('.result .banner--warning').waitFor();

  await app.navigate('Projectbeoordeling');
  await page.getByRole('checkbox', { name: 'Vergelijken: Verteltas' }).check();
  await page.getByRole('checkbox', { name: 'Vergelijken: Voorleesontbijt' }).check();
  await page.getByRole('link', { name: /Vergelijk de gekozen beoordelingen \(2\)/ }).click();
  await app.heading().filter({ hasText: 'Beoordelingen vergelijken' }).waitFor();
  const headers = await page.locator('.compare-table thead th').allTextContents();
  assert.deepEqual(headers, ['Verteltas', 'Voorleesontbijt']);
  const count = page.locator('.compare-table tr', { hasText: /^Kenmerken/ }).locator('td');
  assert.deepEqual(await count.allTextContents(), ['7 van de 7', '1 van de 7']);
  await screenshot(page, 'projectbeoordeling-vergelijken-liggend');
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, []);
});
