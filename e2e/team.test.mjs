// Het team: the onderwijsspecialist combines four leesconsulenten's files. Each person keeps
// their own schools and self-assessment, the library's steps 1–6 stay hers, the same school
// under two ids is offered for joining, a person named by first name here and in full in a file
// is asked about, and the backup from before the first import stays.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT, accessibilityViolations, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const AT = '2026-11-20T10:00:00.000Z';
const made = { createdAt: AT, updatedAt: AT };
const LIBRARY = 'Bibliotheek Rivierenland';

const school = (id, name, place, consultant) => ({
  id, name, kind: 'basisschool', place, consultant, selection: { decision: 'chosen' }, ...made,
});

const envelope = (version, workspace) =>
  JSON.stringify({ format: 'ouderpartnerschap', schemaVersion: version, appVersion: '0.1.0', exportedAt: AT, exportedBy: workspace.library.userName, workspace });

/** A leesconsulent's own export: of an older version, where the leesconsulent is a name
 *  typed on each school and the self-assessment is the file's. */
const olderFile = (user, schools, competences) =>
  envelope(4, {
    library: { name: LIBRARY, userName: user },
    steps: { 'stap-6': { status: 'done', notes: `Afgerond volgens ${user}`, statusSince: AT, updatedAt: AT } },
    selfAssessment: Object.fromEntries(competences.map((n) => [`competentie-${n}`, true])),
    institutions: schools.map(([id, name, place]) => school(id, name, place, user)),
  });

/** A leesconsulent's export of this version: people as records. */
const LATER = { createdAt: '2026-11-25T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' };
const currentFile = (user, id, schools, competences) =>
  envelope(5, {
    library: { name: LIBRARY, userName: user },
    steps: { 'stap-1': { status: 'done', statusSince: AT, updatedAt: AT } },
    institutions: schools.map(([schoolId, name, place]) => ({ ...school(schoolId, name, place, id), ...LATER })),
    people: [{
      id, name: user, role: 'leesconsulent',
      competences: Object.fromEntries(competences.map((n) => [`competentie-${n}`, { met: true, date: '2026-11-15' }])),
      ...made,
    }],
  });

const FILES = [
  ['ilse.json', olderFile('Ilse Jansen', [['ilse-wegwijzer', 'CBS De Wegwijzer', 'Tiel'], ['ilse-linde', 'Obs De Linde', 'Tiel']], [1, 2, 3, 4, 5, 6, 7, 8, 9])],
  ['bram.json', olderFile('Bram de Wit', [['bram-klimop', 'Obs De Klimop', 'Culemborg']], [2, 3])],
  ['sanne.json', currentFile('Sanne Bakker', 'persoon-sanne', [['sanne-wegwijzer', 'CBS de  Wegwijzer', 'tiel'], ['sanne-toren', 'Kbs De Toren', 'Geldermalsen']], [1])],
  ['ilknur.json', currentFile('İlknur Yılmaz', 'persoon-ilknur', [['ilknur-noot', 'Obs De Notenkraker', 'Zaltbommel']], [])],
];

const preview = (page) => page.getByRole('region', { name: 'Voorbeeld van de import' });

async function chooseFile(page, name, content) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('four colleagues’ files: each leesconsulent keeps their own schools and self-assessment', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  // The clock runs from a Monday morning: each import's backup has a moment of its own.
  await page.clock.install({ time: new Date('2026-12-07T10:00:00') });
  const app = new AppPage(page, harness.origin);
  await app.goto('/gegevens');
  await page.getByLabel('Naam van de bibliotheek').fill(LIBRARY);
  await page.getByLabel('Uw naam').fill('Toos van Dijk');
  // The onderwijsspecialist's own steps 1–6.
  await app.goto('/stappenplan/6');
  await app.notes().fill('Scholing loopt; twee leesconsulenten nog niet klaar.');
  // She adds herself as what she is, not as a leesconsulent to be changed afterwards.
  await app.goto('/team');
  await page.getByLabel('Uw rol').selectOption({ label: 'Onderwijsspecialist' });
  await page.getByRole('button', { name: 'Mijzelf toevoegen' }).click();
  await page.getByRole('link', { name: /Toos van Dijk/ }).click();
  assert.equal(await page.getByLabel('Rol').inputValue(), 'onderwijsspecialist');
  await app.saved();
  const ownSteps = (await app.storedWorkspace()).steps;

  await app.goto('/gegevens');
  for (const [n, [name, text]] of FILES.entries()) {
    await chooseFile(page, name, text);
    const region = preview(page);
    await region.waitFor();
    // The library's steps of a colleague are not taken over unasked.
    const steps = region.getByLabel(/Stappen van de bibliotheek uit dit bestand overnemen/);
    await steps.waitFor();
    assert.equal(await steps.isChecked(), false);
    if (name === 'sanne.json') {
      // The same school as Ilse's, typed otherwise: offered for joining.
      await region.getByText('Zelfde instelling? ‘CBS de Wegwijzer (tiel)’ in het bestand lijkt ‘CBS De Wegwijzer (Tiel)’ hier.').waitFor();
      assert.equal(await region.getByLabel(/^Samenvoegen: één instelling/).isChecked(), true);
      // Written differently on both sides (the leesconsulent, the spelling): her choice.
      const ours = region.getByLabel('Houd die van dit apparaat');
      assert.ok((await ours.count()) >= 2);
      for (const choice of await ours.all()) await choice.check();
      // The leesconsulent by name on both sides, not by the id the file stores.
      const consultant = region.getByRole('row', { name: /^Leesconsulent / });
      assert.deepEqual(await consultant.getByRole('cell').allTextContents(), ['Ilse Jansen', 'Sanne Bakker']);
      await screenshot(page, 'team-import-zelfde-instelling');
      assert.deepEqual(await accessibilityViolations(page), []);
    }
    assert.equal(await region.getByText('Stap van de bibliotheek').count(), 0, `${name}: no step offered`);
    await region.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await page.getByText(/^Samengevoegd:/).waitFor();
    if (n === 0) await page.getByRole('region', { name: 'Reservekopieën' }).locator('.backup').first().waitFor();
  }
  await app.saved();
  const stored = await app.storedWorkspace();
  assert.deepEqual(stored.steps, ownSteps, 'the onderwijsspecialist’s steps 1–6 are unchanged');
  const names = stored.institutions.map((i) => i.name).sort();
  assert.deepEqual(names, ['CBS De Wegwijzer', 'Kbs De Toren', 'Obs De Klimop', 'Obs De Linde', 'Obs De Notenkraker']);
  assert.equal(stored.people.length, 5);

  // Each leesconsulent's page lists exactly their schools, and their own self-assessment.
  const expected = {
    'Ilse Jansen': [['CBS De Wegwijzer', 'Obs De Linde'], 9],
    'Bram de Wit': [['Obs De Klimop'], 2],
    'Sanne Bakker': [['Kbs De Toren'], 1],
    'İlknur Yılmaz': [['Obs De Notenkraker'], 0],
    'Toos van Dijk': [[], 0],
  };
  for (const [person, [schools, met]] of Object.entries(expected)) {
    await app.goto('/team');
    await page.locator('.team-list').getByRole('link', { name: new RegExp(person) }).click();
    await app.heading().filter({ hasText: person }).waitFor();
    const listed = page.getByRole('region', { name: /Scholen en instellingen/ }).locator('.team-list__name');
    assert.deepEqual(await listed.allTextContents(), schools, person);
    await page.getByText(`${person} beheerst ${met} van de 9 competenties.`).waitFor();
  }
  await app.goto('/team');
  await page.locator('.team-list').getByRole('link', { name: /Ilse Jansen/ }).click();
  await screenshot(page, 'team-persoon-staand');
  assert.deepEqual(await accessibilityViolations(page), []);

  // Step 6 across the team: who meets the profile, and what remains.
  await page.setViewportSize(TABLET_LANDSCAPE);
  await app.goto('/stappenplan/6');
  await page.getByText('1 van de 4 leesconsulenten voldoet aan het competentieprofiel. Stap 6 is klaar als iedereen eraan voldoet.').waitFor();
  await screenshot(page, 'team-stap-6-liggend');
  assert.deepEqual(await accessibilityViolations(page), []);

  // The Instellingen list filters by leesconsulent.
  await app.goto('/instellingen');
  await page.getByLabel('Leesconsulent').selectOption({ label: 'Ilse Jansen' });
  await page.getByText('2 instellingen getoond').waitFor();

  // The backup from before the first import is there to go back to.
  await app.goto('/gegevens');
  const backups = page.getByRole('region', { name: 'Reservekopieën' }).locator('.backup');
  await backups.first().waitFor();
  const first = backups.filter({ hasText: 'van vóór de import van ‘ilse.json’ van Ilse Jansen' });
  await first.waitFor();

  // Sanne's file again: nothing new, so no question whose answer was given last time.
  await chooseFile(page, 'sanne.json', FILES[2][1]);
  await preview(page).getByText('Alles uit dit bestand staat al op dit apparaat: samenvoegen verandert niets.').waitFor();
  assert.equal(await preview(page).getByText(/^Zelfde instelling\?/).count(), 0);
  await preview(page).getByRole('button', { name: 'Niet importeren' }).click();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a colleague named in full where the team here has her first name only: asked, and joined into one person with both schools', async () => {
  const { page, problems, context } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  await app.goto('/gegevens');
  await app.store(envelope(5, {
    library: { name: LIBRARY, userName: 'Toos van Dijk' },
    institutions: [school('mijn-linde', 'Obs De Linde', 'Tiel', 'persoon-ilse')],
    people: [
      { id: 'persoon-toos', name: 'Toos van Dijk', role: 'onderwijsspecialist', ...made },
      { id: 'persoon-ilse', name: 'Ilse', role: 'leesconsulent', ...made },
    ],
  }));
  await app.reload();
  // Her own export: she entered herself on her device later than she was added here.
  const file = JSON.parse(currentFile('Ilse de Vries', 'persoon-ilse-de-vries', [['ilse-toren', 'Kbs De Toren', 'Geldermalsen']], [1]));
  Object.assign(file.workspace.people[0], LATER);
  await chooseFile(page, 'ilse.json', JSON.stringify(file));
  const region = preview(page);
  await region.getByText('Zelfde persoon? ‘Ilse de Vries’ in het bestand lijkt ‘Ilse’ hier.').waitFor();
  // A first name alone is too little to be sure: two people until the user says otherwise.
  assert.equal(await region.getByLabel('Apart houden: twee personen').isChecked(), true);
  await region.getByLabel(/^Samenvoegen: één persoon/).check();
  // Her two names side by side: the file's is kept.
  const name = region.getByRole('group', { name: /^Persoon: / });
  await name.waitFor();
  assert.equal(await name.getByLabel('Houd beide').count(), 0, 'a name is one or the other, never both');
  await name.getByLabel('Houd die uit het bestand').check();
  await screenshot(page, 'team-import-zelfde-persoon');
  assert.deepEqual(await accessibilityViolations(page), []);
  await region.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
  await page.getByText(/^Samengevoegd:/).waitFor();
  const stored = await app.storedWorkspace();
  assert.deepEqual(stored.people.map((p) => p.name).sort(), ['Ilse de Vries', 'Toos van Dijk']);
  const ilse = stored.people.find((p) => p.name === 'Ilse de Vries');
  assert.deepEqual(stored.institutions.filter((i) => i.consultant === ilse.id).map((i) => i.name).sort(), ['Kbs De Toren', 'Obs De Linde']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the team: two of one name refused, a removed person leaves their schools, sessions name who attended', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.store(olderFile('Ilse Jansen', [['linde', 'Obs De Linde', 'Tiel']], [1]));
  await app.reload();
  await app.navigate('Team');
  const form = page.locator('form.add-form');
  await form.getByLabel('Naam').fill('ilse  JANSEN');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText(/Er is al iemand met de naam ‘Ilse Jansen’ in het team/).waitFor();
  await form.getByLabel('Naam').fill('Bram de Wit');
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText('Bram de Wit staat nu in het team.').waitFor();
  assert.equal(await form.getByLabel('Naam').evaluate((el) => el === document.activeElement), true, 'ready for the next name');

  // Step 4: a training with who attended.
  await app.goto('/stappenplan/4');
  await page.getByRole('button', { name: 'Scholing toevoegen' }).click();
  const card = page.locator('.sessions__list > li').first();
  await card.getByLabel('Onderwerp').fill('Gespreksvoering met ouders');
  await card.getByLabel('Datum').fill('2026-11-12');
  await card.getByLabel('Datum').dispatchEvent('change');
  await card.getByLabel('Ilse Jansen').check();
  await app.saved();
  await app.goto('/team');
  await page.locator('.team-list').getByRole('link', { name: /Ilse Jansen/ }).click();
  await page.getByRole('link', { name: /12-11-2026 · Scholing · Gespreksvoering met ouders/ }).waitFor();

  // Removing a person who still supports a school says so; the school stays.
  await page.getByRole('button', { name: 'Uit het team verwijderen' }).click();
  await page.getByText('Deze persoon ondersteunt nog 1 instelling: Obs De Linde. Die blijven, zonder leesconsulent. Toch verwijderen?').waitFor();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await app.heading().filter({ hasText: 'Team' }).waitFor();
  await app.saved();
  const stored = await app.storedWorkspace();
  assert.equal(stored.institutions.length, 1);
  assert.equal(stored.institutions[0].consultant, '');
  assert.deepEqual(stored.sessions[0].attendees, []);
  assert.deepEqual(problems, []);
  await context.close();
});
