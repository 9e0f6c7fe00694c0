// The school year as a unit: a school's plan evaluated in 2026-2027 (a result per activity),
// Nieuw schooljaar starten, the old year kept as it was and read-only unless the user chooses
// to edit it, the new plan without results, and every school at once from the Overzicht.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { documentWith } from './support/documents.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT, accessibilityViolations, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const SEPTEMBER = '2026-09-15T10:00:00.000Z';
const TRICKY = 'Voorleesontbijt; "lezen", thuis';
const row = (id, activity, month, done = false) => ({
  id, institutionId: 'linde', activity, goal: 'Ouders lezen voor', month, done, evaluation: done ? 'Veertig ouders' : '',
  createdAt: SEPTEMBER, updatedAt: SEPTEMBER,
});

/** A school in 2026-2027 with a plan of three rows, agreements and an interim evaluation;
 *  a second school in the same year, and an archived one. The clock in June 2027. */
async function openInJune(viewport) {
  const { page, problems } = await harness.open(viewport);
  await page.clock.setFixedTime(new Date('2027-06-20T11:00:00'));
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  const school = (id, name, extra = {}) => ({ id, name, kind: 'basisschool', place: 'Tiel', schoolYear: '2026-2027', createdAt: SEPTEMBER, updatedAt: SEPTEMBER, ...extra });
  await app.store(
    documentWith({
      library: { name: 'Bibliotheek Rivierenland', userName: 'Ilse de Vries' },
      institutions: [
        school('linde', 'Obs De Linde', {
          agreements: { 'stap-10-afspraak-team': 'Elke teamvergadering een kwartier over lezen met ouders' },
          evaluations: [{ id: 'e-feb', date: '2027-02-02', wentWell: 'Veel ouders', changes: '', nextDate: '2027-06-15' }],
        }),
        school('eik', 'Cbs De Eik'),
        school('oud', 'Obs Gesloten', { archived: true }),
      ],
      activities: [row('a-okt', 'Ouderavond', '2026-10', true), row('a-mrt', TRICKY, '2027-03'), row('a-zonder', 'Boekenkist', '')],
    }),
  );
  await app.reload();
  return { page, problems, app };
}

const cards = (page) => page.locator('.planning-row');

/** Opens one of the institution's tabs. */
async function tab(page, label) {
  const tabs = page.getByRole('navigation', { name: 'Onderdelen van deze instelling' });
  await tabs.getByRole('link', { name: new RegExp(`^${label}`) }).click();
  await tabs.locator('[aria-current="page"]', { hasText: label }).waitFor();
}

test('a year evaluated, a new one started: the old plan kept as it was, the new one without results', async () => {
  const { page, problems, app } = await openInJune(TABLET_PORTRAIT);
  await app.goto('/instellingen/instelling?id=linde&stap=12');
  // The year's evaluations: the interim one of February, and a new one, in June the end one.
  await page.getByRole('heading', { name: 'Evaluatiemomenten 2026-2027' }).waitFor();
  await page.getByRole('button', { name: 'Evaluatiemoment toevoegen' }).click();
  const moments = page.locator('.evaluation-list > li');
  await assert.doesNotReject(moments.nth(1).waitFor());
  assert.equal(await moments.nth(0).getByLabel('Soort').inputValue(), 'Interim', 'February: the interim evaluation');
  const end = moments.nth(1);
  assert.equal(await end.getByLabel('Soort').inputValue(), 'Final', 'June: the end evaluation');
  assert.equal(await end.getByLabel('Datum').inputValue(), '2027-06-20');
  // A result per activity of the year's plan, in month order.
  const results = end.locator('.results__row');
  assert.deepEqual(await results.locator('.results__what').allInnerTexts(), ['Ouderavond (oktober 2026)', `${TRICKY} (maart 2027)`, 'Boekenkist']);
  await results.nth(1).getByLabel('Resultaat').selectOption({ label: 'Deels' });
  await results.nth(1).getByLabel('Toelichting').fill('alleen groep 3');
  await results.nth(2).getByLabel('Resultaat').selectOption({ label: 'Niet gedaan' });
  await app.saved();
  await screenshot(page, 'schooljaar-eindevaluatie-staand');
  assert.deepEqual(await accessibilityViolations(page), []);

  // The plan shows what the evaluation said; the Schoolrapportage counts it.
  await tab(page, 'Stap 11');
  await page.getByRole('heading', { name: 'Planningsformulier 2026-2027' }).waitFor();
  await cards(page).filter({ hasText: 'maart 2027' }).locator('.planning-row__result').filter({ hasText: 'Eindevaluatie: deels — alleen groep 3' }).waitFor();
  await app.goto('/instellingen/rapportage?id=linde&jaar=2026-2027');
  await page.getByText('1 van 3 activiteiten gedaan, 1 deels.').waitFor();
  const plan = page.locator('.report-table tbody tr');
  assert.deepEqual(await plan.locator('td:nth-child(5)').allInnerTexts(), ['Gedaan', 'Deels: alleen groep 3', 'Niet gedaan']);
  assert.deepEqual(
    await page.locator('.report-part h3').filter({ hasText: 'evaluatie van' }).allInnerTexts(),
    ['Tussentijdse evaluatie van 02-02-2027', 'Eindevaluatie van 20-06-2027'],
  );

  // Nieuw schooljaar starten, asked first.
  await app.goto('/instellingen/instelling?id=linde&stap=11');
  await page.getByRole('button', { name: 'Nieuw schooljaar starten: 2027-2028' }).click();
  await page.getByRole('alertdialog').getByText('zonder resultaten, gedaan-vinkjes en evaluaties').waitFor();
  await page.getByRole('button', { name: 'Ja, nieuw schooljaar starten' }).click();
  await page.getByRole('heading', { name: 'Planningsformulier 2027-2028' }).waitFor();
  assert.match(page.url(), /jaar=2027-2028/);
  await page.getByRole('status').getByText('Schooljaar 2027-2028 is gestart, met 3 activiteiten uit 2026-2027.').waitFor();
  // The new plan: the same activities a year on, nothing done, no results, no evaluation text.
  assert.deepEqual(await cards(page).locator('.planning-row__facts').allInnerTexts(), ['oktober 2027 · nog te doen', 'maart 2028 · nog te doen', 'nog te doen']);
  assert.equal(await page.locator('.planning-row__result').count(), 0);
  await cards(page).first().locator('summary').click();
  assert.equal(await cards(page).first().getByLabel('Evaluatie').inputValue(), '');
  assert.equal(await cards(page).first().getByLabel('Doel').inputValue(), 'Ouders lezen voor');
  // A month of another year is refused, in Dutch: the row stays in this plan.
  await cards(page).first().getByLabel('Maand').fill('2027-06');
  await cards(page).first().getByText('juni 2027 valt niet in schooljaar 2027-2028, het plan van deze activiteit.').waitFor();
  assert.equal(await cards(page).count(), 3);
  // Started in June, the next year cannot be started as well: 2027-2028 has yet to run.
  assert.equal(await page.getByRole('button', { name: /Nieuw schooljaar starten/ }).count(), 0);
  const years = page.getByRole('navigation', { name: 'Schooljaren' });
  assert.deepEqual(await years.getByRole('link').allTextContents(), ['2026-2027afgesloten', '2027-2028huidig plan']);
  await screenshot(page, 'schooljaar-nieuw-plan-staand');
  assert.deepEqual(await accessibilityViolations(page), []);

  // The old year: readable, its results there, not editable by accident.
  await years.getByRole('link', { name: /2026-2027/ }).click();
  await page.getByRole('heading', { name: 'Planningsformulier 2026-2027' }).waitFor();
  await page.getByRole('note').getByText('Schooljaar 2026-2027 is afgesloten').waitFor();
  assert.equal(await cards(page).count(), 3);
  const old = cards(page).filter({ hasText: 'oktober 2026' });
  await old.locator('summary').click();
  assert.equal(await old.getByLabel('Evaluatie').inputValue(), 'Veertig ouders');
  assert.equal(await old.getByLabel('Evaluatie').isDisabled(), true);
  assert.equal(await page.getByRole('button', { name: 'Activiteit toevoegen' }).isVisible(), false);
  await screenshot(page, 'schooljaar-afgesloten-staand');
  await page.getByRole('button', { name: 'Toch bewerken' }).click();
  assert.equal(await old.getByLabel('Evaluatie').isDisabled(), false);
  await page.getByRole('button', { name: 'Klaar met bewerken' }).click();
  assert.equal(await old.getByLabel('Evaluatie').isDisabled(), true);
  // The year looked at stays when going on to its evaluations, closed as well.
  await tab(page, 'Stap 12');
  await page.getByRole('heading', { name: 'Evaluatiemomenten 2026-2027' }).waitFor();
  assert.equal(await page.locator('.evaluation-list').getByLabel('Wat ging goed').first().isDisabled(), true);

  // The agreements came along, to be looked at again; the old year's stay in its report.
  await tab(page, 'Stap 10');
  const review = page.getByRole('note').filter({ hasText: 'Deze werkafspraken komen uit 2026-2027' });
  await review.waitFor();
  await page.getByRole('button', { name: 'Bekeken: ze gelden voor 2027-2028' }).click();
  await review.waitFor({ state: 'detached' });

  // Kept: after a reload the school is in 2027-2028, stored as version 4.
  await app.reload();
  await app.goto('/instellingen/instelling?id=linde&stap=11');
  await page.getByRole('heading', { name: 'Planningsformulier 2027-2028' }).waitFor();
  assert.equal(JSON.parse(await app.stored()).schemaVersion, 5);
  // An address with no school year says so, and shows the year the school is in.
  await app.goto('/instellingen/instelling?id=linde&stap=11&jaar=2026-2028');
  await page.getByRole('alert').filter({ hasText: '‘2026-2028’ is geen schooljaar.' }).waitFor();
  await page.getByRole('heading', { name: 'Planningsformulier 2027-2028' }).waitFor();
  assert.deepEqual(problems, []);
});

test('every school at once from the Overzicht; the year chosen there is the one the year pages show', async () => {
  const { page, problems, app } = await openInJune(TABLET_LANDSCAPE);
  const card = page.locator('.school-year-card');
  await card.getByLabel('Het schooljaar waarin u werkt').waitFor();
  assert.equal(await card.getByLabel('Het schooljaar waarin u werkt').inputValue(), '2026-2027');
  // Two schools work in 2026-2027; the archived one is left alone.
  await card.getByRole('button', { name: 'Nieuw schooljaar starten voor alle instellingen van 2026-2027 (2)' }).click();
  await card.getByRole('button', { name: 'Ja, nieuw schooljaar starten' }).click();
  await card.getByRole('status').getByText('Schooljaar 2027-2028 is gestart voor 2 instellingen, met 3 activiteiten uit 2026-2027.').waitFor();
  await screenshot(page, 'schooljaar-overzicht-liggend');
  // Chosen here, the year is kept on this device and shown by the Jaarplanning.
  await card.getByLabel('Het schooljaar waarin u werkt').selectOption('2027-2028');
  await app.reload();
  await page.locator('.school-year-card').getByRole('link', { name: 'Jaarplanning' }).click();
  await page.getByRole('heading', { name: 'Schooljaar 2027-2028' }).waitFor();
  await app.goto('/jaaroverzicht');
  await page.locator('.summary-line').getByText('2027-2028').waitFor();
  // The archived school stayed in its year.
  const stored = await app.storedWorkspace();
  const years = Object.fromEntries(stored.institutions.map((i) => [i.id, i.schoolYear]));
  assert.deepEqual(years, { linde: '2027-2028', eik: '2027-2028', oud: '2026-2027' });
  assert.deepEqual(problems, []);
});
