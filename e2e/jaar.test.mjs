// What the app says stays true through the school year: the Overzicht and the steps as months pass
// and work is added, with the browser's clock set to the month in question.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage, InstitutionsPage } from './support/app-page.mjs';
import { documentWith } from './support/documents.mjs';
import { TABLET_LANDSCAPE, accessibilityViolations, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const DECEMBER = '2026-12-03T10:00:00.000Z';

/** A chosen school that goes ahead, last changed in December. */
const school = (id, name) => ({
  id,
  name,
  kind: 'basisschool',
  place: 'Tiel',
  selection: { decision: 'chosen' },
  startOutcome: 'goes_ahead',
  createdAt: DECEMBER,
  updatedAt: DECEMBER,
});

const row = (id, activity, month, done = false) => ({
  id,
  institutionId: 'linde',
  activity,
  month,
  done,
  createdAt: DECEMBER,
  updatedAt: DECEMBER,
});

const libraryDone = (n) => [`stap-${n}`, { status: 'done', statusSince: DECEMBER, updatedAt: DECEMBER }];

/** Opens the app on `date` with the school's plan of the year stored. */
async function openIn(date, viewport) {
  const { page, problems, context } = await harness.open(viewport);
  await page.clock.setFixedTime(new Date(date));
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.store(
    documentWith(
      {
        library: { name: 'Bibliotheek Rivierenland', userName: 'Ilse de Vries' },
        steps: Object.fromEntries([1, 2, 3].map(libraryDone)),
        institutions: [school('linde', 'Obs De Linde')],
        activities: [
          row('r-dec', 'Kerstvoorlezen met ouders', '2026-12'),
          row('r-jan', 'Nationale Voorleesdagen ontbijt', '2027-01'),
          row('r-mar', 'Boekenmarkt', '2027-03', true),
          row('r-apr', 'Voorjaarsvakantie-leesbingo', '2027-04'),
          row('r-jun', 'Zomerlezen aftrap', '2027-06'),
        ],
      },
      { savedAt: DECEMBER },
    ),
  );
  await app.reload();
  return { page, problems, context, app };
}

const coming = (page) => page.getByRole('region', { name: 'Komende activiteiten' });

test('in February and May open activities whose month has passed stay on the Overzicht as overdue, first', async () => {
  const { page, problems, context } = await openIn('2027-02-10T09:00:00', TABLET_LANDSCAPE);
  await coming(page).getByRole('heading', { name: 'Achterstallig' }).waitFor();
  const items = await coming(page).getByRole('listitem').allInnerTexts();
  assert.deepEqual(items.slice(0, 2), [
    'Obs De Linde: Kerstvoorlezen met ouders (december 2026)',
    'Obs De Linde: Nationale Voorleesdagen ontbijt (januari 2027)',
  ]);
  assert.deepEqual(await coming(page).getByRole('heading', { level: 3 }).allInnerTexts(), ['Achterstallig', 'april 2027', 'juni 2027']);
  await screenshot(page, 'overzicht-februari-liggend');
  assert.deepEqual(await accessibilityViolations(page), []);
  await context.close();

  const may = await openIn('2027-05-20T09:00:00');
  const overdue = await coming(may.page).getByRole('listitem').allInnerTexts();
  assert.deepEqual(overdue, [
    'Obs De Linde: Kerstvoorlezen met ouders (december 2026)',
    'Obs De Linde: Nationale Voorleesdagen ontbijt (januari 2027)',
    'Obs De Linde: Voorjaarsvakantie-leesbingo (april 2027)',
    'Obs De Linde: Zomerlezen aftrap',
  ]);
  assert.equal(await may.page.getByText('Geen open activiteiten').count(), 0);
  await screenshot(may.page, 'overzicht-mei-staand');
  assert.deepEqual([...problems, ...may.problems], []);
  await may.context.close();
});

test('in May, marking activities done is work on the school: it is not called quiet, and its list says when', async () => {
  const { page, problems, context, app } = await openIn('2027-05-20T09:00:00');
  const attention = page.getByRole('region', { name: 'Wat aandacht vraagt' });
  await attention.getByText(/Obs De Linde: \d+ dagen niets gewijzigd/).waitFor();

  await app.goto('/instellingen/instelling?id=linde&stap=11');
  const april = page.locator('.planning-row').filter({ hasText: 'Voorjaarsvakantie-leesbingo' });
  await april.locator('summary').click();
  await april.getByRole('checkbox', { name: 'Gedaan' }).check();
  await app.saved();

  await app.navigate('Overzicht');
  await coming(page).getByRole('heading', { name: 'Achterstallig' }).waitFor();
  assert.equal(await coming(page).getByText('Voorjaarsvakantie-leesbingo').count(), 0, 'done, so no longer overdue');
  assert.equal(await attention.getByText(/Obs De Linde: \d+ dagen niets gewijzigd/).count(), 0);
  await app.navigate('Instellingen');
  await page.locator('.institution-list').getByText('Gewijzigd 20-05-2027').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('taking on another school does not make the library headline fall: steps 7–12 count schools', async () => {
  const { page, problems, context, app } = await openIn('2027-02-10T09:00:00');
  const headline = page.locator('.overview-page .summary-line');
  await page.getByText(/Stap 1–6, de bibliotheek zelf: 3\s*van 6 afgerond/).waitFor();
  const strip = page.locator('.step-strip li');
  assert.match(await strip.nth(8).innerText(), /1 van 1 gekozen instelling afgerond/);

  const institutions = new InstitutionsPage(app);
  await institutions.open();
  await institutions.add('Cbs De Wegwijzer', 'Basisschool');
  await institutions.tab('Stap 7');
  await institutions.choose('Gekozen');
  await app.saved();
  await app.navigate('Overzicht');
  await page.getByText(/Stap 1–6, de bibliotheek zelf: 3\s*van 6 afgerond/).waitFor();
  assert.match(await headline.innerText(), /3\s*van 6 afgerond/);
  assert.match(await strip.nth(8).innerText(), /1 van 2 gekozen instellingen afgerond/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('one tap on a new conversation leaves nothing behind and moves no step', async () => {
  const { page, problems, context, app } = await openIn('2026-12-03T11:00:00');
  const institutions = new InstitutionsPage(app);
  await institutions.open();
  await institutions.add('Kdv Het Olifantje', 'Kinderdagverblijf');
  await institutions.tab('Stap 7');
  await institutions.choose('Gekozen');
  await institutions.tab('Stap 9');
  await page.getByRole('button', { name: 'Nieuw: Startgesprek' }).click();
  await app.heading().filter({ hasText: 'Startgesprek' }).waitFor();
  await page.goBack();
  await app.heading().filter({ hasText: 'Kdv Het Olifantje' }).waitFor();
  await app.saved();
  assert.equal((await app.storedWorkspace()).conversations?.length ?? 0, 0, 'no empty conversation stays behind');
  assert.equal(await app.statusRadio('Niet gestart').isChecked(), true);
  await page.getByText('De status volgt vanzelf wat u vastlegt').waitFor();

  // A conversation with something typed in it is work, and stays.
  await page.getByRole('button', { name: 'Nieuw: Startgesprek' }).click();
  await app.heading().filter({ hasText: 'Startgesprek' }).waitFor();
  await page.locator('.conversation-page textarea').first().fill('Directeur Jansen wil graag meedoen.');
  await app.saved();
  await page.goBack();
  await page.getByText('Bezig, door het voorbereide startgesprek').waitFor();
  await app.saved();
  assert.equal((await app.storedWorkspace()).conversations.length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a step's own fields count as work, and the guide's example moves no step until it is changed", async () => {
  const { page, problems, context, app } = await openIn('2026-12-03T11:00:00');
  const institutions = new InstitutionsPage(app);
  await institutions.open();
  await institutions.add('Obs Zonnewijzer', 'Basisschool');
  await institutions.tab('Stap 7');
  await institutions.choose('Gekozen');

  await institutions.tab('Stap 8');
  await page.getByLabel('Datum').fill('2027-01-12');
  await page.getByLabel('Wie').fill('Ilse de Vries');
  await page.getByText('Bezig, door de datum en wie de stap uitvoert bij deze stap').waitFor();
  await app.setStatus('Afgerond');
  await page.getByText('Zelf gekozen: Afgerond. Volgens wat er is vastgelegd: Bezig, door de datum en wie de stap uitvoert bij deze stap.').waitFor();

  await institutions.tab('Stap 11');
  await page.getByRole('button', { name: 'Voorbeeld uit bijlage 6 invoegen' }).click();
  await page.locator('.planning-row').first().waitFor();
  await app.saved();
  assert.equal(await app.statusRadio('Niet gestart').isChecked(), true);
  await page.getByText('De status volgt vanzelf wat u vastlegt').waitFor();
  const first = page.locator('.planning-row').first();
  await first.locator('summary').click();
  await first.getByLabel('Maand').fill('2027-03');
  // Only the changed row is the user's: the other three are still the guide's.
  await page.getByText('Bezig, door de activiteit in de planning').waitFor();

  // The library's own steps follow the same rule: step 4 with a date and who is under way.
  await app.goto('/stappenplan/4');
  await page.getByLabel('Datum').fill('2027-01-20');
  await page.getByLabel('Wie').fill('Ilse de Vries');
  await page.getByText('Bezig, door de datum en wie de stap uitvoert bij deze stap').waitFor();
  assert.equal(await app.statusRadio('Bezig').isChecked(), true);
  await app.saved();
  await app.navigate('Overzicht');
  await page.getByText('Stap 1–6, de bibliotheek zelf: 3 van 6 afgerond · 1 bezig · 2 niet gestart').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a new institution's leesconsulent is the device's user, and can be changed", async () => {
  const { page, problems, context, app } = await openIn('2026-12-03T11:00:00');
  const institutions = new InstitutionsPage(app);
  await institutions.open();
  await institutions.add('Peuterspeelzaal Dikkertje Dap', 'Peuterspeelzaal / peuteropvang');
  const chosen = () => page.getByLabel('Leesconsulent').locator('option:checked').textContent();
  assert.equal(await chosen(), 'Ilse de Vries');
  // Another leesconsulent is one of the team, added once.
  await app.navigate('Team');
  await page.locator('form.add-form').getByLabel('Naam').fill('Sanne Bakker');
  await page.locator('form.add-form').getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText('Sanne Bakker staat nu in het team.').waitFor();
  await page.goBack();
  await page.getByLabel('Leesconsulent').selectOption({ label: 'Sanne Bakker' });
  await app.saved();
  await app.reload();
  assert.equal(await chosen(), 'Sanne Bakker');
  assert.deepEqual(problems, []);
  await context.close();
});

test('exporting one institution says which linked institutions stay behind', async () => {
  const { page, problems, context, app } = await openIn('2026-12-03T11:00:00');
  const institutions = new InstitutionsPage(app);
  await institutions.open();
  await institutions.add('Kdv Hummel', 'Kinderdagverblijf');
  await institutions.open();
  await institutions.openInstitution('Obs De Linde');
  const export_ = page.getByRole('region', { name: 'Instelling exporteren' });
  assert.equal(await export_.getByRole('note').count(), 0, 'no link, nothing to say');
  await page.getByLabel('Koppelen aan').selectOption({ label: 'Kdv Hummel (Kinderdagverblijf)' });
  await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
  await export_.getByRole('note').filter({ hasText: 'de doorgaande lijn met Kdv Hummel gaat niet mee in dit bestand' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
