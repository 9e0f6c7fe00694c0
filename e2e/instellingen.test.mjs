// Journeys through the Instellingen: each institution's own path through steps 7–12.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage, InstitutionsPage } from './support/app-page.mjs';
import { documentWith } from './support/documents.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT, accessibilityViolations, noSidewaysScroll, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

test('two institutions: linked, selected, no agreement at step 9, back to step 7 with everything kept', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  await app.goto('/');

  await institutions.open();
  await institutions.add('Kdv Het Olifantje', 'Kinderdagverblijf');
  await institutions.open();
  await institutions.add('Obs De Regenboog', 'Basisschool');

  // Link the school to the kinderdagverblijf (doorgaande lijn); the link shows on both.
  await page.getByLabel('Koppelen aan').selectOption({ label: 'Kdv Het Olifantje (Kinderdagverblijf)' });
  await page.getByRole('button', { name: 'Koppelen', exact: true }).click();
  await page.locator('.linked').getByRole('link', { name: 'Kdv Het Olifantje' }).waitFor();
  await screenshot(page, 'instelling-gegevens-staand');
  assert.deepEqual(await accessibilityViolations(page), []);

  // Step 7: three indicators, then gekozen.
  await institutions.tab('Stap 7');
  for (const marker of ['a', 'b', 'd']) await institutions.indicator(marker).check();
  await page.getByText('3 van 5 indicatoren zijn van toepassing').waitFor();
  await screenshot(page, 'instelling-stap-7-staand');
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByLabel('Notitie bij de selectie').fill('Rijke leesomgeving, directeur enthousiast.');
  await institutions.choose('Gekozen');
  await page.getByText('Nu: Stap 8 · Niet gestart').waitFor();

  // Step 8 done, step 9 held without agreement.
  await institutions.tab('Stap 8');
  await app.setStatus('Afgerond');
  await institutions.tab('Stap 9');
  await app.setStatus('Afgerond');
  await app.notes().fill('Directie wil dit jaar geen nieuwe projecten.');
  await institutions.choose('Geen overeenstemming');
  await page.getByRole('button', { name: 'Terug naar stap 7' }).click();
  await page.getByRole('button', { name: 'Ja, terug naar stap 7' }).click();

  // Back at step 7: not chosen, nothing lost.
  await page.getByText('Nu: Stap 7 · Niet gekozen').waitFor();
  const checked = async () => Promise.all(['a', 'b', 'c', 'd', 'e'].map((m) => institutions.indicator(m).isChecked()));
  assert.deepEqual(await checked(), [true, true, false, true, false]);
  assert.equal(await page.getByLabel('Notitie bij de selectie').inputValue(), 'Rijke leesomgeving, directeur enthousiast.');
  assert.equal(await page.getByRole('radio', { name: 'Niet gekozen', exact: true }).isChecked(), true);
  await app.saved();

  // After a reload everything is still there.
  await app.reload();
  await page.getByText('Nu: Stap 7 · Niet gekozen').waitFor();
  assert.deepEqual(await checked(), [true, true, false, true, false]);
  await institutions.tab('Stap 9');
  assert.equal(await app.notes().inputValue(), 'Directie wil dit jaar geen nieuwe projecten.');
  assert.equal(await page.getByRole('radio', { name: 'Geen overeenstemming', exact: true }).isChecked(), true);
  await screenshot(page, 'instelling-stap-9-staand');

  // The kinderdagverblijf shows the link back.
  await institutions.open();
  await institutions.openInstitution('Kdv Het Olifantje');
  await page.locator('.linked').getByRole('link', { name: 'Obs De Regenboog' }).waitFor();

  // The Overzicht shows each one's current step.
  await app.navigate('Overzicht');
  const table = page.locator('.overview-table');
  await table.waitFor();
  const row = (name) => table.getByRole('row').filter({ hasText: name });
  assert.match(await row('Obs De Regenboog').innerText(), /Stap 7 · Niet gekozen/);
  assert.match(await row('Kdv Het Olifantje').innerText(), /Stap 7 · Niet gestart/);
  await screenshot(page, 'overzicht-met-instellingen-staand');
  assert.deepEqual(problems, []);
  await context.close();
});

test('search, filter, archive and delete with confirmation', async () => {
  const { page, problems, context } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  await app.goto('/instellingen');
  for (const [name, kind] of [
    ['Obs Het Palet', 'Basisschool'],
    ['Peuteropvang Ukkepuk', 'Peuterspeelzaal / peuteropvang'],
    ['Cbs De Fontein', 'Basisschool'],
  ]) {
    await institutions.open();
    await institutions.add(name, kind);
  }
  await page.getByLabel('Plaats').fill('Almere');
  await institutions.open();
  await page.getByText('3 instellingen getoond').waitFor();

  const search = page.getByLabel('Zoeken', { exact: true });
  const listed = () => page.locator('.institution-row__name').allInnerTexts();
  await search.fill('fontein');
  await page.getByText('1 instelling getoond').waitFor();
  assert.deepEqual(await listed(), ['Cbs De Fontein']);
  // Cleared first, so that the count below can only come from searching the place.
  await search.fill('');
  await page.getByText('3 instellingen getoond').waitFor();
  await search.fill('almere');
  await page.getByText('1 instelling getoond').waitFor();
  assert.deepEqual(await listed(), ['Cbs De Fontein']);
  await search.fill('');
  await page.getByLabel('Soort').last().selectOption({ label: 'Basisschool' });
  await page.getByText('2 instellingen getoond').waitFor();
  await page.getByLabel('Soort').last().selectOption({ label: 'Alle' });
  await screenshot(page, 'instellingen-liggend');

  // Archive one: it leaves the list, and comes back with "Gearchiveerde tonen".
  await institutions.openInstitution('Obs Het Palet');
  await page.getByRole('button', { name: 'Archiveren' }).click();
  await institutions.open();
  await page.getByText('2 instellingen getoond').waitFor();
  await page.getByLabel('Gearchiveerde tonen').check();
  await page.getByText('3 instellingen getoond').waitFor();

  // Delete asks first; cancelling keeps it.
  await institutions.openInstitution('Peuteropvang Ukkepuk');
  await page.getByRole('button', { name: 'Instelling verwijderen' }).click();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Instelling verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
  await app.heading().filter({ hasText: 'Instellingen' }).waitFor();
  await page.getByText('2 instellingen getoond').waitFor();
  assert.equal(await page.locator('.institution-list').getByText('Peuteropvang Ukkepuk').count(), 0);
  await app.saved();
  await app.reload();
  // The filter is for this visit only: after a reload the archived one is hidden again.
  await page.getByText('U volgt er 1 (en 1 gearchiveerd).').waitFor();
  await page.getByText('1 instelling getoond').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('search finds consultants and contacts as a user types their names, and the list is in Dutch order', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  const stamp = '2026-10-01T10:00:00.000Z';
  const institution = (id, name, more) => ({ id, name, kind: 'basisschool', createdAt: stamp, updatedAt: stamp, ...more });
  await app.goto('/');
  await app.store(documentWith({
    institutions: [
      institution('a', 'Obs Zonnewijzer', { consultant: 'Łukasz Wiśniewski', place: 'Łódź' }),
      institution('b', 'Kbs Ĳsselmonde', { contacts: [{ id: 'c1', role: 'director', name: 'İlknur Yılmaz' }] }),
      institution('c', 'Obs Lindeboom', { contacts: [{ id: 'c2', role: 'teacher', name: 'Dvořák' }] }),
      institution('d', 'Łaskie Kolory'),
    ],
  }));
  await app.goto('/instellingen');
  const listed = () => page.locator('.institution-row__name').allInnerTexts();
  await page.getByText('4 instellingen getoond').waitFor();
  // Ł among the L's, Ĳ under I: not after Z, as a byte order would have it.
  assert.deepEqual(await listed(), ['Kbs Ĳsselmonde', 'Łaskie Kolory', 'Obs Lindeboom', 'Obs Zonnewijzer']);

  const search = page.getByLabel('Zoeken', { exact: true });
  for (const [typed, found] of [
    ['lukasz', ['Obs Zonnewijzer']],
    ['wisniewski', ['Obs Zonnewijzer']],
    ['lodz', ['Obs Zonnewijzer']],
    ['yilmaz', ['Kbs Ĳsselmonde']],
    ['ILKNUR', ['Kbs Ĳsselmonde']],
    ['ijsselmonde', ['Kbs Ĳsselmonde']],
    ['dvorak', ['Obs Lindeboom']],
  ]) {
    await search.fill('');
    await page.getByText('4 instellingen getoond').waitFor();
    await search.fill(typed);
    await page.getByText('1 instelling getoond').waitFor();
    assert.deepEqual(await listed(), found, typed);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('an institution without a name is refused with a Dutch message', async () => {
  const { page, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  await app.goto('/instellingen');
  await page.locator('form.add-form').getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByText('Vul de naam van de instelling in.').waitFor();
  assert.equal(await page.locator('.institution-list li').count(), 0);
  await institutions.add('Obs De Linde', 'Basisschool');
  await page.getByLabel('Naam (verplicht)').fill('');
  await page.getByText('Vul de naam van de instelling in.').waitFor();
  await app.reload();
  await app.heading().filter({ hasText: 'Obs De Linde' }).waitFor();
  await context.close();
});

test('evaluations and agreements are kept per institution and show on the Overzicht', async () => {
  const { page, problems, context } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  await app.goto('/instellingen');
  await institutions.add('Obs De Linde', 'Basisschool');
  await institutions.tab('Stap 10');
  await page.getByLabel('Hoe wordt het leerkrachtenteam meegenomen in de ontwikkelingen?').fill('Teamvergadering in januari.');
  await institutions.tab('Stap 12');
  await page.getByRole('button', { name: 'Evaluatiemoment toevoegen' }).click();
  await page.getByLabel('Datum', { exact: true }).last().fill('2026-11-20');
  await page.getByLabel('Volgende evaluatie').fill('2027-05-15');
  await page.getByLabel('Wat ging goed').fill('Goed bezochte ouderavond.');
  await screenshot(page, 'instelling-stap-12-liggend');
  assert.deepEqual(await accessibilityViolations(page), []);
  await app.saved();
  await app.reload();
  assert.equal(await page.getByLabel('Wat ging goed').inputValue(), 'Goed bezochte ouderavond.');
  await institutions.tab('Stap 10');
  assert.equal(
    await page.getByLabel('Hoe wordt het leerkrachtenteam meegenomen in de ontwikkelingen?').inputValue(),
    'Teamvergadering in januari.',
  );
  await app.navigate('Overzicht');
  await page.getByRole('link', { name: /Obs De Linde: evaluatie op 15-05-2027/ }).waitFor();
  await screenshot(page, 'overzicht-met-instellingen-liggend');
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a list of 200 institutions loads, filters and opens', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  const kinds = ['basisschool', 'kinderdagverblijf', 'peuteropvang', 'other_preschool'];
  const institutions = Array.from({ length: 200 }, (_, n) => ({
    id: `instelling-${n}`,
    name: `${n % 2 ? 'Obs' : 'Kdv'} Nummer ${String(n).padStart(3, '0')}`,
    kind: kinds[n % 4],
    place: n % 10 === 0 ? 'Lelystad' : 'Almere',
    selection: { decision: n % 3 === 0 ? 'chosen' : 'candidate' },
    updatedAt: '2026-09-01T10:00:00.000Z',
  }));
  await app.store(JSON.stringify({ format: 'ouderpartnerschap', schemaVersion: 1, workspace: { institutions } }));
  await app.goto('/instellingen');
  await page.getByText('200 instellingen getoond').waitFor();
  assert.equal(await page.locator('.institution-row').count(), 200);
  await page.getByLabel('Zoeken', { exact: true }).fill('lelystad');
  await page.getByText('20 instellingen getoond').waitFor();
  await page.locator('label', { hasText: /^Huidige stap/ }).locator('select').selectOption({ label: 'Stap 8' });
  await page.getByText('7 instellingen getoond').waitFor();
  await page.locator('.institution-list').getByRole('link').first().click();
  await page.getByText('Nu: Stap 8 · Niet gestart').waitFor();

  // The Overzicht stays a glance: the first twelve, and all of them on request.
  await app.navigate('Overzicht');
  const rows = page.locator('.overview-table tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 12);
  const quiet = page.locator('h3', { hasText: 'Al lang niets gebeurd' }).locator('xpath=following-sibling::ul[1]/li');
  assert.equal(await quiet.count(), 12);
  await page.getByRole('button', { name: 'Toon alle 200 instellingen' }).first().click();
  assert.equal(await rows.count(), 200);
  assert.equal(await quiet.count(), 12, 'each list opens on its own');
  assert.deepEqual(problems, []);
  await context.close();
});

test('step 9 follows a held startgesprek, a status set by hand sticks, and the Overzicht agrees with the schools', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  const tabBadge = (label) =>
    page.getByRole('navigation', { name: 'Onderdelen van deze instelling' }).getByRole('link', { name: new RegExp(`^${label}`) }).locator('.badge');
  await app.goto('/instellingen');
  await institutions.add('Obs De Linde', 'Basisschool');
  await institutions.tab('Stap 7');
  await institutions.choose('Gekozen');

  // A startgesprek prepared: the appointment is made (step 8) and step 9 is under way.
  await institutions.tab('Stap 9');
  await page.getByText('De status volgt vanzelf wat u vastlegt').waitFor();
  await page.getByRole('button', { name: 'Nieuw: Startgesprek (bijlage 5)' }).click();
  await app.heading().filter({ hasText: 'Startgesprek (bijlage 5)' }).waitFor();
  await page.getByLabel('Datum', { exact: true }).fill('2026-11-24');
  await page.getByRole('radio', { name: 'Gehouden', exact: true }).check();
  await app.saved();
  await page.locator('.eyebrow').getByRole('link', { name: 'Obs De Linde' }).click();
  await institutions.tab('Stap 9');
  await page.getByText('Bezig, door het startgesprek van 24-11-2026.').waitFor();
  assert.equal(await app.statusRadio('Bezig').isChecked(), true);
  assert.equal(await tabBadge('Stap 8').innerText(), 'Afgerond');

  // Held with the outcome "gaat aan de slag": step 9 is done, the school is at step 10.
  await institutions.choose('Gaat aan de slag');
  await page.getByText('Afgerond, door de uitkomst ‘Gaat aan de slag’ van het startgesprek van 24-11-2026.').waitFor();
  await page.getByText('Nu: Stap 10 · Niet gestart').waitFor();
  await screenshot(page, 'status-volgt-het-werk-staand');

  // Set by hand, kept over what the work says, also after a reload.
  await app.setStatus('Bezig');
  await page.getByText('Zelf gekozen: Bezig. Volgens wat er is vastgelegd: Afgerond, door de uitkomst ‘Gaat aan de slag’ van het startgesprek van 24-11-2026.').waitFor();
  await page.getByText('Nu: Stap 9 · Bezig').waitFor();
  await app.saved();
  await app.reload();
  assert.equal(await app.statusRadio('Bezig').isChecked(), true);
  await page.getByText('Zelf gekozen: Bezig.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Status weer laten volgen wat er is vastgelegd' }).click();
  await page.getByText('Afgerond, door de uitkomst ‘Gaat aan de slag’ van het startgesprek van 24-11-2026.').waitFor();
  assert.equal(await app.statusRadio('Afgerond').isChecked(), true);
  await app.saved();

  // A second school, chosen, nothing held yet. The library's grid reads steps 7–12 across both.
  await institutions.open();
  await institutions.add('Obs Het Kompas', 'Basisschool');
  await institutions.tab('Stap 7');
  await institutions.choose('Gekozen');
  await app.navigate('Overzicht');
  const strip = (n) => page.locator('.step-strip li').nth(n - 1);
  await strip(9).getByText('1 van 2 gekozen instellingen afgerond').waitFor();
  assert.match(await strip(9).innerText(), /Bezig/);
  assert.match(await strip(7).innerText(), /2 van 2 instellingen afgerond · bibliotheek zelf: niet gestart/);
  assert.match(await strip(7).innerText(), /Afgerond/);
  assert.match(await strip(10).innerText(), /0 van 2 gekozen instellingen afgerond/);
  assert.match(await strip(10).innerText(), /Niet gestart/);
  assert.match(await strip(3).innerText(), /Niet gestart/);
  assert.doesNotMatch(await strip(3).innerText(), /instelling/);
  await screenshot(page, 'overzicht-stappen-over-instellingen-staand');
  await app.navigate('Stappenplan');
  await page.locator('.step-row').nth(8).getByText('1 van 2 gekozen instellingen afgerond').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('several institutions added in a row, and a 60-character name without spaces fits both ways round', async () => {
  const long = 'Integraalkindcentrumvoorvoorlezenentaalontwikkelingdeberkenboom'.slice(0, 60);
  assert.equal(long.length, 60);
  for (const viewport of [TABLET_PORTRAIT, TABLET_LANDSCAPE]) {
    const { page, problems, context } = await harness.open(viewport);
    const app = new AppPage(page, harness.origin);
    const institutions = new InstitutionsPage(app);
    const wide = viewport.width > viewport.height ? 'liggend' : 'staand';
    await app.goto('/instellingen');
    await institutions.add(long, 'Basisschool');
    // "Nog een toevoegen" right on the new page: the list's form with the cursor in it.
    await page.getByRole('status').filter({ hasText: 'De instelling is toegevoegd.' }).waitFor();
    await noSidewaysScroll(page, `the new institution's page (${wide})`);
    await screenshot(page, `instelling-lange-naam-${wide}`);
    await page.getByRole('link', { name: 'Nog een instelling toevoegen' }).click();
    const name = page.locator('form.add-form').getByLabel('Naam');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'naam');
    await page.keyboard.type('Kdv De Boomhut');
    await page.keyboard.press('Enter');
    await app.heading().filter({ hasText: 'Kdv De Boomhut' }).waitFor();
    await institutions.tab('Stap 9');
    assert.equal(await page.getByRole('status').filter({ hasText: 'De instelling is toegevoegd.' }).count(), 0, 'only right after adding');
    assert.equal(await name.count(), 0);

    for (const [path, where] of [['/instellingen', 'the list'], ['/', 'the Overzicht']]) {
      await app.goto(path);
      await page.getByText(long).first().waitFor();
      await noSidewaysScroll(page, `${where} (${wide})`);
    }
    await institutions.open();
    await institutions.openInstitution(long);
    await institutions.tab('Stap 11');
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
    await page.locator('.planning-row').first().getByLabel('Activiteit', { exact: true }).fill(long);
    await noSidewaysScroll(page, `the planning form (${wide})`);
    await screenshot(page, `planning-lange-naam-${wide}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('records whose ids hold address characters open their pages, and the page shown adds no history entry', async () => {
  const { page, context, problems } = await harness.open();
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  await app.goto('/');
  const stamp = '2026-10-01T10:00:00.000Z';
  const school = { id: 'a&b#c+d%e,f%41', name: 'Obs Het Kompas', kind: 'basisschool', createdAt: stamp, updatedAt: stamp };
  const conversation = {
    id: 'g&h#i+j%k,l', kind: 'start', institutionId: school.id, date: '2026-10-05', status: 'prepared',
    parties: { school: true, preschool: false }, createdAt: stamp, updatedAt: stamp,
  };
  await app.store(documentWith({ institutions: [school], conversations: [conversation] }));
  await app.reload();

  await institutions.open();
  await institutions.openInstitution('Obs Het Kompas');
  assert.equal(new URL(page.url()).searchParams.get('id'), school.id);
  await app.reload();
  await app.heading().filter({ hasText: 'Obs Het Kompas' }).waitFor();

  // Tapping the tab already shown leaves the back button where it was.
  await institutions.tab('Stap 9');
  const entries = await page.evaluate(() => history.length);
  await institutions.tab('Stap 9');
  assert.equal(await page.evaluate(() => history.length), entries);

  await page.getByRole('link', { name: /^Startgesprek \(bijlage 5\)/ }).click();
  await app.heading().filter({ hasText: 'Startgesprek (bijlage 5)' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('id'), conversation.id);
  await app.reload();
  await app.heading().filter({ hasText: 'Startgesprek (bijlage 5)' }).waitFor();
  await page.locator('.eyebrow').getByRole('link', { name: 'Obs Het Kompas' }).click();
  await app.heading().filter({ hasText: 'Obs Het Kompas' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
