// Gegevens: export, import with its preview, conflicts, backups, bad files and wiping.
// The exported file is the consultant's only backup, so every journey checks what ends up
// in localStorage, byte for byte where nothing may change.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { generateWorkspace } from '../bench/generate.mjs';
import { documentWith as anyDocumentWith } from './support/documents.mjs';
import { AppPage, WORKSPACE_KEY } from './support/app-page.mjs';
import { TABLET_LANDSCAPE, accessibilityViolations, screenshot, startHarness } from './support/harness.mjs';

const FIXTURE = new URL('../tests/fixtures/workspace-v1-full.json', import.meta.url);
const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-20T10:00:00.000Z';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

/** Everything the app keeps in localStorage, key by key. */
const everything = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));


/** A document as the app writes it, around `workspace`, saved at T1 unless told otherwise. */
const documentWith = (workspace, stamp = { savedAt: T1 }) => anyDocumentWith(workspace, stamp);

const T0 = '2026-10-01T10:00:00.000Z';
/** A school both devices had since T0, changed since on each (at `updatedAt`). */
const school = (notes, updatedAt, name = 'De Regenboog') => ({
  id: 'a',
  name,
  kind: 'basisschool',
  notes,
  createdAt: T0,
  updatedAt,
});

async function openData(page) {
  const app = new AppPage(page, harness.origin);
  await app.goto('/gegevens');
  await app.heading().filter({ hasText: 'Gegevens' }).waitFor();
  return app;
}

async function chooseFile(page, name, content) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
}

/** After a wipe storage holds nothing but the time of the wipe, for other open tabs. */
function assertOnlyTheWipeMark(stored) {
  assert.deepEqual(Object.keys(stored), ['ouderpartnerschap.gewist']);
  assert.match(stored['ouderpartnerschap.gewist'], /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
}

const preview = (page) => page.getByRole('region', { name: 'Voorbeeld van de import' });

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('export everything, wipe, import it again: everything is back', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  await app.store(await readFile(FIXTURE, 'utf8'));
  await app.reload();
  await page.getByLabel('Uw naam').fill('Toos de Vriës');
  await app.goto('/stappenplan/3');
  await app.notes().fill('Wethouder enthousiast — “mooi plan”');
  await app.saved();
  const before = await app.storedWorkspace();

  await app.goto('/gegevens');
  const exported = await download(page, page.getByRole('button', { name: 'Alles exporteren', exact: true }));
  // Named after the person, folded to plain letters: four colleagues' files stay apart.
  assert.match(exported.name, /^ouderpartnerschap-toos-de-vries-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  assert.equal(file.format, 'ouderpartnerschap');
  assert.equal(file.schemaVersion, 5, 'the team as records: an app before them refuses the file');
  assert.equal(file.exportedBy, 'Toos de Vriës');
  assert.ok(file.exportedAt);
  assert.deepEqual(file.workspace, before);
  await page.getByText(/^Laatste export van alles: \d{2}-\d{2}-\d{4}\.$/).waitFor();

  // Wiping needs the typed word; then nothing of the app is left in storage.
  const wipe = page.getByRole('button', { name: 'Alle gegevens wissen' });
  assert.equal(await wipe.isDisabled(), true);
  await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
  await wipe.click();
  await page.getByText('Alle gegevens op dit apparaat zijn gewist, ook in andere geopende tabbladen.').waitFor();
  assertOnlyTheWipeMark(await everything(page));
  await app.reload();
  assertOnlyTheWipeMark(await everything(page));

  await chooseFile(page, exported.name, exported.text);
  await preview(page).getByText(/^\d+ nieuw · 0 gewijzigd · 0 ongewijzigd$/).waitFor();
  // The sender first, with the library, then when it was exported.
  assert.match(await preview(page).innerText(), /^Van: Toos de Vriës \(Bibliotheek Helmond-Peel\), geëxporteerd op \d/m);
  // Before a choice, nothing is written.
  assertOnlyTheWipeMark(await everything(page));
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/^Samengevoegd:/).waitFor();
  // Everything is back but the user's name: it names the person using this device, who is
  // asked for it again, never taken from a file.
  const restored = await app.storedWorkspace();
  assert.equal(restored.library.userName, '');
  assert.deepEqual({ ...restored, library: { ...restored.library, userName: before.library.userName } }, before);
  await app.reload();
  await app.goto('/stappenplan/3');
  assert.equal(await app.notes().inputValue(), 'Wethouder enthousiast — “mooi plan”');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a colleague hands over one institution with all that belongs to it', async () => {
  const giver = await harness.open();
  const app = new AppPage(giver.page, harness.origin);
  await app.goto('/');
  await app.store(await readFile(FIXTURE, 'utf8'));
  await app.goto('/instellingen/instelling?id=inst-1');
  // Its doorgaande lijn partner stays behind, and the export says so before it is made.
  await giver.page.getByRole('region', { name: 'Instelling exporteren' }).getByRole('note')
    .filter({ hasText: 'de doorgaande lijn met Kdv Het Olifantje gaat niet mee in dit bestand' }).waitFor();
  const handed = await download(giver.page, giver.page.getByRole('button', { name: 'Instelling exporteren' }));
  // The person on the giving device (the fixture's Toos), then the institution.
  assert.match(handed.name, /^ouderpartnerschap-toos-obs-de-regenboog-\d{4}-\d{2}-\d{2}\.json$/);
  const part = JSON.parse(handed.text).workspace;
  assert.deepEqual(part.institutions.map((i) => i.id), ['inst-1']);
  assert.deepEqual(part.conversations.map((c) => c.id).sort(), ['g-1', 'g-3', 'g-4']);
  assert.deepEqual(part.steps, {}, "the library's own steps stay home");
  assert.deepEqual(part.institutions[0].linkedNames, { 'inst-2': 'Kdv Het Olifantje' }, 'the link keeps its name');
  await giver.context.close();

  // The colleague had also begun an activity without naming it yet.
  const stamp = '2026-11-02T09:00:00.000Z';
  part.activities.push({
    id: 'r-naamloos', institutionId: 'inst-1', activity: ' ', goal: '', actionPoints: '', planning: '', month: '',
    schoolYear: '2026-2027', who: '', organisation: '', evaluation: '', done: false, conversationId: null, createdAt: stamp, updatedAt: stamp,
  });
  const file = { ...JSON.parse(handed.text), workspace: part };

  const taker = await harness.open(TABLET_LANDSCAPE);
  const other = await openData(taker.page);
  await chooseFile(taker.page, handed.name, JSON.stringify(file));
  const region = preview(taker.page);
  await region.getByText(/^\d+ nieuw · 0 gewijzigd · 0 ongewijzigd$/).waitFor();
  await region.getByText('Nieuw: ').click();
  await region.getByText('Instelling: OBS De Regenboog').waitFor();
  await region.getByText('Activiteit: (zonder naam)', { exact: true }).waitFor();
  await screenshot(taker.page, 'gegevens-import-preview-landscape');
  await region.getByRole('button', { name: 'Samenvoegen' }).click();
  // Nothing was on this tablet, so no backup was made, and the summary says why.
  await taker.page.getByText(/^Samengevoegd:.*Er stond nog niets op dit apparaat, dus een reservekopie was niet nodig\.$/).waitFor();
  const stored = await other.storedWorkspace();
  assert.equal(stored.library.userName, '', "the colleague does not become this tablet's user");
  assert.deepEqual(stored.institutions, part.institutions);
  assert.deepEqual(stored.conversations, part.conversations);
  assert.deepEqual(stored.activities, part.activities);
  await other.goto('/instellingen');
  await taker.page.locator('.institution-list').getByRole('link', { name: /OBS De Regenboog/ }).waitFor();
  // The link to the pre-school that did not come along is named, not dropped.
  await other.goto('/instellingen/instelling?id=inst-1');
  await taker.page.locator('.linked').filter({ hasText: 'Kdv Het Olifantje — niet in uw gegevens' }).waitFor();
  assert.deepEqual(taker.problems, []);
  await taker.context.close();
});

test('a record changed on both sides shows both versions and keeps the chosen one', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  await app.store(documentWith({ institutions: [school('Op de tablet', T1)] }));
  await app.reload();
  const file = documentWith(
    { institutions: [school('Op kantoor', T2)] },
    { exportedAt: T2, exportedBy: 'Collega Ans' },
  );
  await chooseFile(page, 'van-kantoor.json', file);

  const conflict = page.getByRole('group', { name: 'Instelling: De Regenboog' });
  await conflict.waitFor();
  const notes = conflict.getByRole('row', { name: /Notities/ });
  assert.match(await notes.innerText(), /Op de tablet\s+Op kantoor/);
  // The later version is chosen to begin with.
  assert.equal(await conflict.getByRole('radio', { name: 'Houd die uit het bestand' }).isChecked(), true);
  await screenshot(page, 'gegevens-conflict-portrait');
  assert.deepEqual(await accessibilityViolations(page), []);

  await conflict.getByRole('radio', { name: 'Houd die van dit apparaat' }).check();
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/^Samengevoegd:/).waitFor();
  assert.equal((await app.storedWorkspace()).institutions[0].notes, 'Op de tablet');

  // Replace everything, with an extra confirmation; then undo it from the backups.
  await chooseFile(page, 'van-kantoor.json', file);
  await preview(page).getByRole('button', { name: 'Vervangen' }).click();
  await page.getByRole('button', { name: 'Ja, alles vervangen' }).click();
  await page.getByText(/vervangen door die uit het bestand/).waitFor();
  assert.equal((await app.storedWorkspace()).institutions[0].notes, 'Op kantoor');
  const backups = page.locator('.backup');
  assert.equal(await backups.count(), 2);
  // The newest: the state from before the replace.
  const beforeReplace = backups.first();
  await beforeReplace.getByRole('button', { name: 'Terugzetten' }).click();
  await beforeReplace.getByRole('button', { name: 'Ja, terugzetten' }).click();
  await page.getByText('De reservekopie is teruggezet.', { exact: false }).waitFor();
  assert.equal((await app.storedWorkspace()).institutions[0].notes, 'Op de tablet');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two devices change different fields of a school: both changes survive; a field changed on both can keep both texts, marked in Dutch time', async () => {
  // In the Netherlands, so that a mark in UTC would show an hour off.
  const { page, context, problems } = await harness.open(undefined, { timezoneId: 'Europe/Amsterdam' });
  const app = await openData(page);
  // The shared state, then a change here (place) through the app.
  await app.store(documentWith({ institutions: [school('Gedeeld', T0)] }));
  await app.reload();
  await app.goto('/instellingen/instelling?id=a');
  await page.getByLabel('Plaats').fill('Helmond');
  await app.saved();
  // The colleague changed the notes of the same school, stamped as the app stamps it.
  const theirs = { ...school('Van de collega', T2), stamps: { '': { at: T0, base: T0 }, notes: { at: T2, base: T0 } } };
  await app.goto('/gegevens');
  await chooseFile(page, 'collega.json', documentWith({ institutions: [theirs] }, { exportedAt: T2, exportedBy: 'Ans' }));
  await preview(page).getByText('0 nieuw · 1 gewijzigd · 0 ongewijzigd').waitFor();
  assert.equal(await preview(page).locator('fieldset.conflict').count(), 0, 'nothing to choose');
  // The record counted as changed is named, though there is nothing to choose.
  const taken = preview(page).locator('details', { hasText: 'Alleen in het bestand gewijzigd, wordt overgenomen: 1' });
  await taken.locator('summary').click();
  assert.deepEqual(await taken.getByRole('listitem').allInnerTexts(), ['Instelling: De Regenboog']);
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/^Samengevoegd: 0 toegevoegd, 1 gewijzigd\./).waitFor();
  let stored = (await app.storedWorkspace()).institutions[0];
  assert.deepEqual([stored.place, stored.notes], ['Helmond', 'Van de collega']);

  // Now both change the notes: a conflict, shown to the second, and both texts kept.
  await app.goto('/instellingen/instelling?id=a');
  await page.getByLabel('Notities', { exact: true }).fill('Hier aangevuld');
  await app.saved();
  const T4 = new Date(Date.now() + 60_000).toISOString();
  const again = { ...theirs, notes: 'Daar aangevuld', updatedAt: T4, stamps: { ...theirs.stamps, notes: { at: T4, base: T2 } } };
  await app.goto('/gegevens');
  await chooseFile(page, 'collega-2.json', documentWith({ institutions: [again] }, { exportedAt: T4, exportedBy: 'Ans' }));
  const conflict = page.getByRole('group', { name: 'Instelling: De Regenboog' });
  await conflict.waitFor();
  assert.equal(await conflict.getByRole('row').count(), 2, 'only the field changed on both sides');
  assert.match(await conflict.innerText(), /bijgewerkt \d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}/, 'to the second');
  await conflict.getByRole('radio', { name: 'Houd beide' }).check();
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/^Samengevoegd:/).waitFor();
  stored = (await app.storedWorkspace()).institutions[0];
  assert.match(stored.notes, /^\[[^\]]+\]\nHier aangevuld\n\n\[Ans, [^\]]+\]\nDaar aangevuld$/);
  const dutch = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(T4)).map((p) => [p.type, p.value]));
  assert.ok(stored.notes.includes(`[Ans, ${dutch.day}-${dutch.month}-${dutch.year} ${dutch.hour}:${dutch.minute}:${dutch.second}]`), stored.notes);
  assert.equal(stored.place, 'Helmond');
  assert.deepEqual(problems, []);
  await context.close();
});

test('many conflicts are shown a page at a time, and a choice for all covers the hidden ones', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  const many = (notes, at) => Array.from({ length: 30 }, (_, i) => ({ ...school(notes, at, `School ${i + 1}`), id: `s${i}` }));
  await app.store(documentWith({ institutions: many('Hier', T1) }));
  await app.reload();
  await chooseFile(page, 'veel.json', documentWith({ institutions: many('Daar', T2) }));
  await preview(page).getByText('0 nieuw · 30 gewijzigd · 0 ongewijzigd').waitFor();
  const groups = preview(page).locator('fieldset.conflict');
  assert.equal(await groups.count(), 25);
  await page.getByRole('button', { name: 'Overal die van dit apparaat' }).click();
  await page.getByRole('button', { name: 'Toon er meer (5 nog niet getoond)' }).click();
  assert.equal(await groups.count(), 30);
  assert.equal(await groups.last().getByRole('radio', { name: 'Houd die van dit apparaat' }).isChecked(), true);
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/^Samengevoegd: 0 toegevoegd, 0 gewijzigd/).waitFor();
  assert.ok((await app.storedWorkspace()).institutions.every((i) => i.notes === 'Hier'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('every bad file gets its Dutch message and leaves storage byte for byte as it was', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  await app.store(documentWith({ institutions: [school('Blijft zo', T1)] }));
  await app.reload();
  await app.rewrittenInParts();
  const good = documentWith({ institutions: [school('x', T2)] });
  const cases = [
    ['notities.txt', 'Dit is gewoon tekst', /komt niet van Ouderpartnerschap\. Kies een bestand dat met ‘Exporteren’/],
    ['verslag.pdf', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj', /komt niet van Ouderpartnerschap\. Kies een bestand dat met ‘Exporteren’/],
    ['afgebroken.json', good.slice(0, good.length / 2), /niet helemaal overgekomen/],
    ['tekening.json', '{"type":"excalidraw","elements":[]}', /niet van Ouderpartnerschap/],
    ['nieuw.json', good.replace('"schemaVersion":2', '"schemaVersion":9'), /nieuwere versie van de app.*Werk de app bij/],
    ['type.json', documentWith({ institutions: [{ id: 'a', name: 7 }] }), /workspace\.institutions\[0\]\.name.*moet tekst zijn/],
    ['zonder-id.json', documentWith({ activities: [{ activity: 'Voorleesontbijt' }] }), /workspace\.activities\[0\]\.id/],
    ['dubbel.json', documentWith({ institutions: [school('x', T1), school('y', T1)] }), /twee keer dezelfde id ‘a’/],
    ['groot.json', Buffer.alloc(5.5 * 1024 * 1024, 32), /te groot \(5,5 MB\).*hooguit 5 MB/],
    // Hostile or mutated files: refused in Dutch, never a panic, storage untouched.
    ['leeg.json', '   ', /Dit bestand is leeg/],
    ['surrogaat.json', good.replace('"name":"De Regenboog"', '"name":"\\ud800\\u0041"'), /losse surrogaat/],
    ['diep.json', good.replace('"notes":"x"', `"notes":${'['.repeat(5000)}${']'.repeat(5000)}`), /workspace\.institutions\[0\]\.notes.*moet tekst zijn, maar is een lijst/],
    ['getal.json', documentWith({ assessments: [{ id: 'b', name: 'P', ageFrom: 1e300 }] }), /ageFrom.*heel getal van 0 tot 255/],
    ['te-groot-getal.json', good.replace('"schemaVersion":2', '"schemaVersion":1e400'), /getal is te groot/],
    ['status.json', documentWith({ steps: { 'stap-1': { status: 'klaar' } } }), /workspace\.steps\.stap-1\.status.*not_started, in_progress, done.*‘klaar’/],
  ];
  const before = await everything(page);
  for (const [name, content, message] of cases) {
    await chooseFile(page, name, content);
    const refusal = page.getByRole('alert').filter({ hasText: 'kan niet worden geïmporteerd' });
    await refusal.filter({ hasText: message }).waitFor();
    assert.match(await refusal.innerText(), /Er is niets gewijzigd/);
    assert.deepEqual(await everything(page), before, name);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file with nothing new for this device says so, changes nothing, writes nothing and keeps no backup', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  await app.store(documentWith({ institutions: [school('Blijft zo', T1)] }));
  await app.reload();
  await app.rewrittenInParts();
  const exported = await download(page, page.getByRole('button', { name: 'Alles exporteren', exact: true }));
  const before = await everything(page);
  await chooseFile(page, exported.name, exported.text);
  await preview(page).getByText('0 nieuw · 0 gewijzigd · 1 ongewijzigd').waitFor();
  await preview(page).getByText('Alles uit dit bestand staat al op dit apparaat: samenvoegen verandert niets.').waitFor();
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(`Er is niets gewijzigd: alles uit ‘${exported.name}’ stond al op dit apparaat.`).waitFor();
  // Not even the main document is written again: its saving time stays as it was; and no
  // backup of a workspace the import leaves as it is.
  assert.deepEqual(await everything(page), before);
  assert.equal(await page.locator('.backup-list li').count(), 0);
  // Replacing by a file without the school says what would go.
  await chooseFile(page, 'leeg.json', documentWith({}));
  await preview(page).getByRole('button', { name: 'Vervangen' }).click();
  await page.getByText('Wat alleen hier staat, verdwijnt dan uit de app: 1 instelling.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('text from an imported file is shown as text and never runs', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  const hostile = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">';
  const file = documentWith({ institutions: [school(hostile, T2, '<b>Vet</b> & Co')] });
  await chooseFile(page, 'vreemd.json', file);
  await preview(page).getByText('Nieuw: 1').click();
  await preview(page).getByText('Instelling: <b>Vet</b> & Co').waitFor();
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/^Samengevoegd:/).waitFor();
  await app.goto('/instellingen/instelling?id=a');
  await app.heading().filter({ hasText: '<b>Vet</b> & Co' }).waitFor();
  assert.equal(await page.getByLabel('Notities').inputValue(), hostile);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[src="x"], b').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file dropped on any page opens its preview on Gegevens', async () => {
  const { page, context, problems } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan');
  const file = documentWith({ institutions: [school('Gesleept', T2)] });
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'gesleept.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, file);
  await app.heading().filter({ hasText: 'Gegevens' }).waitFor();
  await preview(page).getByText('1 nieuw · 0 gewijzigd · 0 ongewijzigd').waitFor();
  await preview(page).getByRole('button', { name: 'Niet importeren' }).click();
  await page.getByText('Niet geïmporteerd: er is niets gewijzigd.').waitFor();
  assert.equal(await preview(page).count(), 0);
  assert.equal(await app.stored(), null, 'cancelling changes nothing');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Overzicht reminds gently of an export after a week with changes', async () => {
  const { page, context, problems } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.store(documentWith({ institutions: [school('x', T2)] }));
  // Never exported: the reminder says so, as the page below it does.
  await app.reload();
  await page.getByRole('status').filter({ hasText: 'U hebt op dit apparaat nog geen export van alles gemaakt. Maak af en toe een export' }).waitFor();
  assert.equal(await page.getByText('sinds uw laatste export').count(), 0);
  // On Gegevens the line about the last export says it, and the reminder does not repeat it.
  await app.goto('/gegevens');
  await page.getByRole('status').filter({ hasText: 'Maak af en toe een export' }).waitFor();
  assert.equal(await page.getByText('nog geen export van alles gemaakt').count(), 1);
  await app.goto('/');
  await page.evaluate(() => localStorage.setItem('ouderpartnerschap.laatste-export', '2026-11-02T09:00:00.000Z'));
  await app.reload();
  const reminder = page.getByRole('status').filter({ hasText: 'sinds uw laatste export' });
  await reminder.waitFor();
  await page.getByText('Laatste export van alles: 02-11-2026.').waitFor();
  await reminder.getByRole('link', { name: 'Exporteren bij Gegevens' }).click();
  await download(page, page.getByRole('button', { name: 'Alles exporteren', exact: true }));
  assert.equal(await page.getByRole('status').filter({ hasText: 'sinds uw laatste export' }).count(), 0);
  await app.navigate('Overzicht');
  await page.getByText(/^Laatste export van alles: \d{2}-\d{2}-\d{4}\.$/).waitFor();
  assert.equal(await reminder.count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('wiping in one tab is not undone by another open tab, not even one with a change waiting', async () => {
  const { page, context, problems } = await harness.open();
  const first = await openData(page);
  await first.store(await readFile(FIXTURE, 'utf8'));
  await first.reload();
  const second = new AppPage(await context.newPage(), harness.origin);
  await second.goto('/stappenplan/3');
  await second.notes().fill('Getypt in het tweede tabblad');
  await second.saved();
  // A change waiting in the second tab when the first wipes.
  await second.notes().fill('Nog niet opgeslagen');
  await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
  await page.getByRole('button', { name: 'Alle gegevens wissen' }).click();
  await page.getByText('Alle gegevens op dit apparaat zijn gewist, ook in andere geopende tabbladen.').waitFor();
  await second.page.getByText('Alle gegevens zijn in een ander tabblad gewist').waitFor();
  assert.equal(await second.notes().inputValue(), '');
  await second.page.waitForTimeout(6000); // longer than the saver's longest wait
  assertOnlyTheWipeMark(await everything(page));
  await first.reload();
  await second.reload();
  assertOnlyTheWipeMark(await everything(page));
  await second.goto('/stappenplan/3');
  assert.equal(await second.notes().inputValue(), '');
  await first.goto('/instellingen');
  assert.equal(await page.getByText('De Regenboog').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a change in another tab reaches this one without a reload', async () => {
  const { page, context, problems } = await harness.open();
  const first = new AppPage(page, harness.origin);
  await first.goto('/stappenplan/5');
  const second = new AppPage(await context.newPage(), harness.origin);
  await second.goto('/stappenplan/5');
  await first.notes().fill('In het eerste tabblad');
  await first.saved();
  await second.page.getByText('Bijgewerkt met wat u in een ander tabblad hebt gewijzigd.').waitFor();
  assert.equal(await second.notes().inputValue(), 'In het eerste tabblad');
  assert.deepEqual(problems, []);
  await context.close();
});

test('where the browser can share files, Delen hands over the export file', async () => {
  const { page, context, problems } = await harness.open();
  // Chromium on Linux has no Web Share; stand in for an iPad's share sheet.
  await page.addInitScript(() => {
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length === 1;
    navigator.share = async ({ files: [file] }) => {
      window.__shared = { name: file.name, type: file.type, text: await file.text() };
    };
  });
  const app = await openData(page);
  await page.getByLabel('Naam van de bibliotheek').fill('Bibliotheek Almere');
  await app.saved();
  await page.locator('section', { hasText: 'Exporteren' }).first().getByRole('button', { name: 'Delen' }).click();
  const shared = await page.waitForFunction(() => window.__shared).then((h) => h.jsonValue());
  assert.match(shared.name, /^ouderpartnerschap-bibliotheek-almere-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(shared.type, 'application/json');
  assert.equal(JSON.parse(shared.text).workspace.library.name, 'Bibliotheek Almere');
  await page.getByText(/^Laatste export van alles: /).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('Gegevens tells how safe the data is on this device', async () => {
  const { page, context, problems } = await harness.open();
  await openData(page);
  await page.getByText(/^Werkruimte: \d+ kB van de ongeveer 5120 kB/).waitFor();
  await page.getByText(/^Reservekopieën: \d+ \(\d+ kB\), apart bewaard in de IndexedDB-opslag.*In totaal houdt de app \d+ kB bij\.$/).waitFor();
  await page.getByText('De app draait in een browsertabblad.').waitFor();
  await page.getByText(/gegevens (te bewaren|wissen|altijd bewaart)/).first().waitFor();
  await screenshot(page, 'gegevens-portrait');
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();

  // In a Safari tab on an iPad, the app advises the home screen and how to move the data.
  const ipad = await harness.browser.newContext({
    viewport: TABLET_LANDSCAPE,
    hasTouch: true,
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  });
  const tablet = await ipad.newPage();
  await tablet.addInitScript(() => Object.defineProperty(navigator, 'maxTouchPoints', { get: () => 5 }));
  await openData(tablet);
  await tablet.getByText(/Zet de app op het beginscherm.*importeer het bestand daar/).waitFor();
  await ipad.close();
});


test('after several imports of a large workspace typing still saves, and every backup is there to restore or delete', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  const large = generateWorkspace();
  await app.store(large);
  await app.reload();
  await app.rewrittenInParts();
  for (let round = 1; round <= 3; round++) {
    // Each file brings one school more: a file with nothing new keeps no backup.
    const file = JSON.parse(large);
    file.workspace.institutions.push({ id: `nieuw-${round}`, name: `Nieuwe school ${round}`, kind: 'basisschool', createdAt: file.savedAt, updatedAt: file.savedAt });
    await chooseFile(page, `groot-${round}.json`, JSON.stringify(file));
    await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
    await page.getByText(/^Samengevoegd:.*Een reservekopie van daarvoor staat bij Reservekopieën\./).waitFor();
  }
  const backups = page.getByRole('region', { name: 'Reservekopieën' }).locator('.backup');
  await backups.nth(2).waitFor();
  assert.equal(await backups.count(), 3, 'one per import, none crowded out');
  // The backups are not in localStorage: the workspace keeps its room and saves.
  const keys = Object.keys(await everything(page));
  assert.ok(keys.every((k) => !k.includes('reservekopie')), keys.join());
  await app.goto('/stappenplan/3');
  await app.notes().fill('Na drie imports nog steeds opgeslagen');
  await app.saved();
  await app.goto('/gegevens');
  await page.getByText(/^Reservekopieën: 3 \(\d{4,} kB\).*In totaal houdt de app \d+ kB bij\.$/).waitFor();
  // One deleted, one restored.
  const first = backups.first();
  await first.getByRole('button', { name: 'Verwijderen' }).click();
  await first.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByText('De reservekopie is verwijderd.').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.backup').length === 2);
  await backups.first().getByRole('button', { name: 'Terugzetten' }).click();
  await backups.first().getByRole('button', { name: 'Ja, terugzetten' }).click();
  await page.getByText('De reservekopie is teruggezet.', { exact: false }).waitFor();
  await app.goto('/stappenplan/3');
  assert.notEqual(await app.notes().inputValue(), 'Na drie imports nog steeds opgeslagen', 'the state from before is back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('four imports in a row: each backup says whose file it preceded, and the one from before the first restores that state', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  await app.store(documentWith({ library: { name: 'Bibliotheek Helmond-Peel', userName: 'Toos' }, institutions: [school('Van vóór de imports', T1)] }));
  await app.reload();
  await app.rewrittenInParts();
  const before = await app.storedWorkspace();
  const senders = [
    ['ilse.json', 'Ilse de Vries', 'Bibliotheek Rivierenland'],
    ['ans.json', 'Ans Bakker', 'Bibliotheek Rivierenland'],
    ['zonder-naam.json', '', 'Bibliotheek Gouda'],
    ['mehmet.json', 'Mehmet Yılmaz', 'Bibliotheek Rivierenland'],
  ];
  for (const [n, [file, by, library]] of senders.entries()) {
    const theirs = { ...school(`Van ${file}`, T2, `School ${n}`), id: `s${n}` };
    await chooseFile(page, file, documentWith({ library: { name: library, userName: '' }, institutions: [theirs] }, { exportedAt: T2, exportedBy: by }));
    await preview(page).getByText(by ? `Van: ${by} (${library}), geëxporteerd op` : `Van: ${library}, geëxporteerd op`, { exact: false }).waitFor();
    await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
    await page.getByText(/^Samengevoegd:.*Een reservekopie van daarvoor staat bij Reservekopieën\./).waitFor();
  }
  assert.equal((await app.storedWorkspace()).institutions.length, 5);
  const backups = page.getByRole('region', { name: 'Reservekopieën' }).locator('.backup');
  await page.waitForFunction(() => document.querySelectorAll('.backup').length === 4);
  const labels = await backups.allInnerTexts();
  assert.match(labels[0], /^Reservekopie van vóór de import van ‘mehmet\.json’ van Mehmet Yılmaz \(Bibliotheek Rivierenland\) \(\d{2}-\d{2}-\d{4} \d{2}:\d{2}, \d+ kB\)/);
  assert.match(labels[1], /^Reservekopie van vóór de import van ‘zonder-naam\.json’ van Bibliotheek Gouda \(/);
  assert.match(labels[2], /^Reservekopie van vóór de import van ‘ans\.json’ van Ans Bakker \(Bibliotheek Rivierenland\) \(/);
  // The state from before the round of imports: labelled with the first file, kept until deleted.
  const first = backups.last();
  assert.match(labels[3], /^Reservekopie van vóór de import van ‘ilse\.json’ van Ilse de Vries \(Bibliotheek Rivierenland\) \(.*\)\s+Eerste van de dag: blijft bewaard tot u die verwijdert\./);
  assert.equal((await backups.filter({ hasText: 'Eerste van de dag' }).count()), 1);
  await first.getByRole('button', { name: 'Terugzetten' }).click();
  await first.getByRole('button', { name: 'Ja, terugzetten' }).click();
  await page.getByText('De reservekopie is teruggezet.', { exact: false }).waitFor();
  await app.saved();
  assert.deepEqual(await app.storedWorkspace(), before, 'the state from before the first import is back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a school deleted on one device stays deleted when an older file comes in, and the deletion reaches the other device', async () => {
  const { page, context, problems } = await harness.open();
  const app = await openData(page);
  const older = documentWith({ institutions: [school('Van voor het verwijderen', T1)] }, { exportedAt: T1, exportedBy: 'Ans' });
  await app.store(older);
  await app.reload();
  await app.goto('/instellingen/instelling?id=a');
  await page.getByRole('button', { name: 'Instelling verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
  await app.saved();
  assert.equal((await app.storedWorkspace()).institutions.length, 0);

  // The file from before the deletion: named, and not brought back unasked.
  await app.goto('/gegevens');
  await chooseFile(page, 'ouder.json', older);
  const named = page.getByRole('group', { name: /Instelling: De Regenboog — op dit apparaat verwijderd op .*het bestand heeft het nog/ });
  await named.waitFor();
  assert.equal(await named.getByRole('radio', { name: 'Verwijderd laten' }).isChecked(), true);
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/^Samengevoegd:/).waitFor();
  assert.equal((await app.storedWorkspace()).institutions.length, 0, 'still deleted');

  // This device's export carries the deletion to a device that still has the school.
  const exported = await download(page, page.getByRole('button', { name: 'Alles exporteren', exact: true }));
  const other = await harness.open();
  const there = await openData(other.page);
  await there.store(older);
  await there.reload();
  await chooseFile(other.page, exported.name, exported.text);
  const told = other.page.getByRole('group', { name: /Instelling: De Regenboog — in het bestand verwijderd op .*hier staat het nog/ });
  await told.waitFor();
  await told.getByRole('radio', { name: 'Ook hier verwijderen' }).check();
  await preview(other.page).getByRole('button', { name: 'Samenvoegen' }).click();
  await other.page.getByText(/^Samengevoegd:/).waitFor();
  assert.equal((await there.storedWorkspace()).institutions.length, 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
  await context.close();
  await other.context.close();
});
