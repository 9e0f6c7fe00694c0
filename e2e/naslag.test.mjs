// Naslag: the guide's background, linked from wherever the guide refers to a bijlage.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { TABLET_PORTRAIT, accessibilityViolations, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

test('references to bijlagen link to their pages, and the competence profile is a self-assessment', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/10');
  await page.getByRole('link', { name: 'bijlage 2', exact: true }).click();
  await app.heading().filter({ hasText: 'Vijf voorwaarden voor succesvol partnerschap' }).waitFor();
  assert.equal(await page.locator('section h2').count(), 5);
  await page.getByRole('heading', { name: 'Samen gaan voor het kind' }).waitFor();

  // The guide calls the activity overview "bijlage 6" at step 10; it is Bijlage 8.
  await app.goto('/stappenplan/10');
  const misnumbered = page.getByRole('link', { name: 'bijlage 6', exact: true });
  assert.equal(await misnumbered.getAttribute('href'), '/projectbeoordeling');

  // The checklist is the device user's own, once they are in the team.
  await app.navigate('Gegevens');
  await page.getByLabel('Uw naam').fill('Toos van Dijk');
  await app.navigate('Naslag');
  await page.getByRole('link', { name: /Competentieprofiel leesconsulent/ }).click();
  await page.getByRole('button', { name: 'Mijzelf toevoegen' }).click();
  const competences = page.locator('#bijlage-1-competenties input[type="checkbox"]');
  assert.equal(await competences.count(), 9);
  await competences.nth(0).check();
  await competences.nth(3).check();
  await page.getByText('Toos van Dijk beheerst 2 van de 9 competenties.').waitFor();
  await app.saved();
  await app.reload();
  await page.getByText('Toos van Dijk beheerst 2 van de 9 competenties.').waitFor();
  await screenshot(page, 'naslag-bijlage-1-staand');
  assert.deepEqual(await accessibilityViolations(page), []);

  for (const [name, heading] of [
    [/^Waarom investeren/, 'Waarom investeren'],
    [/samenvatting kinderopvang/, 'samenvatting kinderopvang'],
    [/samenvatting primair onderwijs/, 'samenvatting primair onderwijs'],
    [/^Bijlage 5\./, 'Bijlage 5.'],
    [/^Bijlagen 6 en 7/, 'Planningsformulier'],
  ]) {
    await app.navigate('Naslag');
    await page.getByRole('link', { name }).click();
    await app.heading().filter({ hasText: heading }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], heading);
  }
  await page.locator('.reference-table tbody tr').first().waitFor();
  assert.equal(await page.locator('.reference-table tbody tr').count(), 4);
  await app.reload();
  await app.heading().filter({ hasText: 'Planningsformulier' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the accessibility statement is linked under every page, has the model statement’s parts and passes axe', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  await app.goto('/gegevens');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid', exact: true }).click();
  await app.heading().filter({ hasText: 'Toegankelijkheidsverklaring' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/toegankelijkheid');
  assert.equal(await page.title(), 'Toegankelijkheid · Ouderpartnerschap');
  assert.deepEqual(await page.locator('main h2').allInnerTexts(), [
    'Waar deze verklaring over gaat',
    'De norm',
    'Status: voldoet gedeeltelijk',
    'Hoe de app is getest',
    'Wat nog niet werkt',
    'Wat nog niet is getest',
    'Een probleem melden of hulp vragen',
    'Datum van deze verklaring',
  ]);
  await page.getByText(/WCAG\) 2\.1 op niveau AA/).waitFor();
  assert.equal(await page.locator('main time').getAttribute('datetime'), '2026-12-07');
  assert.deepEqual(await accessibilityViolations(page), []);
  // A page of its own: reloaded, and reached from the footer of a step as well.
  await app.reload();
  await app.heading().filter({ hasText: 'Toegankelijkheidsverklaring' }).waitFor();
  await app.goto('/stappenplan/3');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
  await app.heading().filter({ hasText: 'Toegankelijkheidsverklaring' }).waitFor();
  await screenshot(page, 'toegankelijkheid-staand');
  assert.deepEqual(problems, []);
  await context.close();
});
