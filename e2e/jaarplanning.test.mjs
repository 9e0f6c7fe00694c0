// The Jaarplanning: one school year month by month, each item linked to where it is edited,
// and the year as an iCalendar file read back by an independent parser (ical.js).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import ICAL from 'ical.js';
import { AppPage } from './support/app-page.mjs';
import { documentWith } from './support/documents.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT, accessibilityViolations, noSidewaysScroll, pdfPageSize, screenshot, startHarness } from './support/harness.mjs';
import { readWord } from './support/word.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const DECEMBER = '2026-12-03T10:00:00.000Z';
const TRICKY = 'Ouderavond; "lezen", thuis\nen op school';

const activity = (id, name, month, done = false) => ({ id, institutionId: 'linde', activity: name, month, done, createdAt: DECEMBER, updatedAt: DECEMBER });

/** Opens the app in December 2026 with a school's year stored. */
async function openWithYear(viewport) {
  const { page, problems, context } = await harness.open(viewport);
  await page.clock.setFixedTime(new Date('2026-12-03T11:00:00'));
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.store(
    documentWith(
      {
        library: { name: 'Bibliotheek Rivierenland', userName: 'Ilse de Vries' },
        steps: { 'stap-3': { status: 'done', date: '2026-10-05', updatedAt: DECEMBER } },
        institutions: [
          {
            id: 'linde',
            name: 'Obs De Linde',
            kind: 'basisschool',
            place: 'Tiel',
            consultant: 'Ilse de Vries',
            contacts: [{ id: 'c1', role: 'reading_coordinator', name: 'Anke Jansen', email: '', phone: '' }],
            agreements: { 'stap-10-afspraak-team': 'Elke teamvergadering een kwartier over lezen met ouders' },
            steps: { 'stap-8': { status: 'done', date: '2026-09-10', updatedAt: DECEMBER } },
            evaluations: [
              { id: 'e1', date: '', wentWell: '', changes: '', nextDate: '2027-06-15' },
              { id: 'e0', date: '2027-02-02', wentWell: 'Veertig ouders bij de avond', changes: 'Vaker in de middag', nextDate: '' },
            ],
            createdAt: DECEMBER,
            updatedAt: DECEMBER,
          },
        ],
        conversations: [
          {
            id: 'g1',
            kind: 'start',
            institutionId: 'linde',
            date: '2026-09-24',
            status: 'held',
            agreements: 'Voorleesontbijt in januari',
            createdAt: DECEMBER,
            updatedAt: DECEMBER,
          },
        ],
        activities: [
          { ...activity('a-sep', 'Wensen- en verwachtingenavond', '2026-09', true), who: 'Leesconsulent', evaluation: 'Geslaagd' },
          activity('a-jan', TRICKY, '2027-01'),
          activity('a-next', 'Zomerlezen vervolg', '2027-09'),
        ],
      },
      { savedAt: DECEMBER },
    ),
  );
  await app.reload();
  return { page, problems, context, app };
}

const month = (page, name) => page.locator('.year-plan__month').filter({ has: page.getByRole('heading', { name, level: 3 }) });

/** Downloads the year's calendar and parses it with ical.js: its events. */
async function downloadCalendar(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Agenda downloaden (.ics)' }).click()]);
  const text = await readFile(await file.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { name: file.suggestedFilename(), text, events: calendar.getAllSubcomponents('vevent') };
}

test('the school year month by month, from the Overzicht; each item leads to where it is edited', async () => {
  const { page, problems, context, app } = await openWithYear(TABLET_PORTRAIT);
  await page.getByRole('link', { name: 'Het hele schooljaar in de Jaarplanning' }).click();
  await app.heading().filter({ hasText: 'Jaarplanning' }).waitFor();
  await page.getByRole('heading', { name: 'Schooljaar 2026-2027' }).waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current="page"]').innerText(), 'Overzicht');

  const months = await page.locator('.year-plan__month h3').allInnerTexts();
  assert.equal(months.length, 12);
  assert.deepEqual([months[0], months[11]].map((m) => m.toLowerCase()), ['augustus 2026', 'juli 2027']);
  assert.deepEqual(await month(page, /september 2026/i).locator('li').allInnerTexts(), [
    'hele maand\nObs De Linde: Wensen- en verwachtingenavond\ngedaan',
    '10 september\nObs De Linde: stap 8 Contact leggen met instelling of school\ngedaan',
    '24 september\nObs De Linde: Startgesprek (bijlage 5), gehouden\ngedaan',
  ]);
  await month(page, /oktober 2026/i).getByRole('link', { name: 'Bibliotheek: stap 3 Overleggen met gemeente' }).waitFor();
  await month(page, /juni 2027/i).getByRole('link', { name: 'Obs De Linde: Volgende evaluatie' }).waitFor();
  await month(page, /november 2026/i).getByText('Niets gepland.').waitFor();
  // In December, an open activity of January is coming; in February it is overdue.
  assert.equal(await page.getByText('achterstallig').count(), 0);
  assert.equal(await page.getByText('Zomerlezen vervolg').count(), 0, 'September 2027 is next year');
  await screenshot(page, 'jaarplanning-staand');
  await noSidewaysScroll(page, 'the Jaarplanning');
  assert.deepEqual(await accessibilityViolations(page), []);

  // An activity leads to the school's planning form, a conversation to the conversation.
  await month(page, /januari 2027/i).getByRole('link', { name: /Ouderavond/ }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van deze instelling' }).locator('[aria-current="page"]', { hasText: 'Stap 11' }).waitFor();
  const card = page.locator('.planning-row', { hasText: 'Ouderavond' });
  await card.locator('details[open]').waitFor(); // the activity itself is open
  assert.equal(await page.locator('.planning-row details[open]').count(), 1, 'the others stay closed');
  await page.goBack();
  await month(page, /september 2026/i).getByRole('link', { name: /Startgesprek/ }).click();
  await page.waitForURL(/\/gesprekken\/gesprek\?id=g1/);
  await page.clock.setFixedTime(new Date('2027-02-10T09:00:00'));
  await app.goto('/jaarplanning');
  assert.deepEqual(await month(page, /januari 2027/i).locator('li').allInnerTexts(), [`hele maand\nObs De Linde: ${TRICKY.replace('\n', ' ')}\nachterstallig`]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the year as a calendar file: all-day events with stable UIDs, names intact', async () => {
  const { page, problems, context, app } = await openWithYear(TABLET_LANDSCAPE);
  await app.goto('/jaarplanning');
  await page.getByRole('heading', { name: 'Schooljaar 2026-2027' }).waitFor();
  const shown = await page.locator('.year-plan__item').count();
  const first = await downloadCalendar(page);
  assert.match(first.name, /^jaarplanning-2026-2027-\d{4}-\d{2}-\d{2}\.ics$/);
  await page.getByText(`Het agendabestand is gedownload (${shown} afspraken).`).waitFor();
  assert.equal(first.events.length, shown, 'one event per item on the page');
  for (const vevent of first.events) {
    const event = new ICAL.Event(vevent);
    assert.ok(event.uid, 'a UID');
    assert.ok(event.summary, 'a summary');
    assert.equal(event.startDate.isDate, true, `${event.summary} is all-day`);
  }
  const byUid = new Map(first.events.map((e) => [e.getFirstPropertyValue('uid'), new ICAL.Event(e)]));
  const tricky = byUid.get('activiteit-a-jan@ouderpartnerschap');
  assert.equal(tricky.summary, `Obs De Linde: ${TRICKY.replace('\n', ' ')}`, 'a name with ; , " survives; a title is one line');
  assert.match(first.text, /^X-WR-CALNAME:Jaarplanning 2026-2027 – Bibliotheek Rivierenland\r$/m);
  assert.equal(tricky.startDate.toString(), '2027-01-01');
  assert.equal(tricky.endDate.toString(), '2027-02-01', 'a month spans the month');
  const conversation = byUid.get('gesprek-g1@ouderpartnerschap');
  assert.equal(conversation.startDate.toString(), '2026-09-24');
  assert.ok(first.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');

  // Downloaded again, the same items have the same UIDs: a calendar updates them.
  const second = await downloadCalendar(page);
  assert.deepEqual(second.events.map((e) => e.getFirstPropertyValue('uid')), [...byUid.keys()]);

  // One institution's year, from its page: without the library's own steps.
  await app.goto('/instellingen/instelling?id=linde');
  await page.getByRole('link', { name: 'Jaarplanning van deze instelling' }).click();
  await page.getByText('Alleen Obs De Linde.').waitFor();
  assert.equal(await page.getByText('Bibliotheek: stap 3').count(), 0);
  const linde = await downloadCalendar(page);
  assert.match(linde.name, /^jaarplanning-2026-2027-obs-de-linde-\d{4}-\d{2}-\d{2}\.ics$/);
  assert.equal(linde.events.length, shown - 1);
  assert.ok(linde.events.every((e) => e.getFirstPropertyValue('summary').startsWith('Obs De Linde: ')));

  // The next school year is one tap away, and kept in the address over a reload.
  await page.getByRole('link', { name: 'Volgend schooljaar' }).click();
  await page.getByRole('heading', { name: 'Schooljaar 2027-2028' }).waitFor();
  await month(page, /september 2027/i).getByText('Obs De Linde: Zomerlezen vervolg').waitFor();
  await app.reload();
  await page.getByRole('heading', { name: 'Schooljaar 2027-2028' }).waitFor();
  await page.getByText('Alleen Obs De Linde.').waitFor();
  await page.getByRole('link', { name: 'Alle instellingen en de bibliotheek' }).click();
  await page.waitForURL(/\/jaarplanning\?jaar=2027-2028$/);
  await screenshot(page, 'jaarplanning-volgend-jaar-liggend');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a year that is no school year is said in Dutch; an empty year makes no calendar file, and says so', async () => {
  const { page, problems, context, app } = await openWithYear(TABLET_PORTRAIT);
  await app.goto('/jaarplanning?jaar=2026-2028');
  await page.getByRole('alert').filter({ hasText: '‘2026-2028’ is geen schooljaar.' }).waitFor();
  await page.getByRole('heading', { name: 'Schooljaar 2026-2027' }).waitFor();

  await app.goto('/jaarplanning?jaar=2031-2032');
  await page.getByRole('heading', { name: 'Schooljaar 2031-2032' }).waitFor();
  await page.getByText('In dit schooljaar staat nog niets met een datum.').waitFor();
  // A calendar file must hold an event: none is made, and the page says why.
  let offered = false;
  page.on('download', () => (offered = true));
  await page.getByRole('button', { name: 'Agenda downloaden (.ics)' }).click();
  await page.getByText('In dit schooljaar staat niets met een datum, dus er is geen agendabestand gemaakt.').waitFor();
  assert.equal(offered, false);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the Schoolrapportage: one school's year on A4, read from its records", async () => {
  const { page, problems, context, app } = await openWithYear(TABLET_PORTRAIT);
  await app.goto('/instellingen/instelling?id=linde');
  await page.getByRole('link', { name: 'Schoolrapportage' }).click();
  await app.heading().filter({ hasText: 'Schoolrapportage Obs De Linde' }).waitFor();
  const meta = await page.locator('.report-meta').innerText();
  for (const line of ['Schooljaar\n2026-2027', 'Basisschool, Tiel', 'Programma\nNog geen', 'Bibliotheek Rivierenland', 'Ilse de Vries', 'Opgesteld op\n03-12-2026']) assert.ok(meta.includes(line), `${line} in ${meta}`);
  const part = (name) => page.locator('.report-part').filter({ has: page.getByRole('heading', { name, level: 2 }) });
  assert.match(await part('Contactpersonen').innerText(), /Anke Jansen \(Leescoördinator/);
  const steps = await part('Waar de instelling nu staat').locator('tbody tr').allInnerTexts();
  assert.equal(steps.length, 6, 'steps 7–12');
  assert.match(steps[1], /^8\. Contact leggen.*\tAfgerond\tvastgesteld door de bibliotheek$/);
  assert.match(steps[2], /^9\. .*\tBezig\t.*24-09-2026/);
  await part('Afspraken').getByText('Elke teamvergadering een kwartier over lezen met ouders').waitFor();
  const fromConversation = part('Afspraken').locator('.report-question', { hasText: 'Uit het Startgesprek (bijlage 5) van 24-09-2026' });
  assert.deepEqual(await fromConversation.getByRole('listitem').allInnerTexts(), ['Voorleesontbijt in januari']);
  const plan = part('Activiteitenplan');
  await plan.getByText('1 van 2 activiteiten gedaan.').waitFor();
  assert.deepEqual(await plan.locator('tbody tr').allInnerTexts(), [
    'Wensen- en verwachtingenavond\t—\tseptember 2026\tLeesconsulent\tGedaan\tGeslaagd',
    `${TRICKY}\t—\tjanuari 2027\t—\tNog open\t—`,
  ]);
  await part('Evaluaties').getByText('Veertig ouders bij de avond').waitFor();
  assert.equal(await part('Evaluaties').getByRole('heading', { level: 3 }).innerText(), 'Tussentijdse evaluatie van 02-02-2027');
  assert.deepEqual(await part('Gesprekken').getByRole('listitem').allInnerTexts(), ['24-09-2026 · Startgesprek (bijlage 5) · gehouden']);
  await screenshot(page, 'schoolrapportage-staand');
  await noSidewaysScroll(page, 'the Schoolrapportage');
  assert.deepEqual(await accessibilityViolations(page), []);

  // On paper: A4 portrait, without the app's header and buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
  await screenshot(page, 'schoolrapportage-afdruk');
  const pdf = await page.pdf({ path: 'test-artifacts/schoolrapportage.pdf', preferCSSPageSize: true });
  assert.deepEqual(pdfPageSize(pdf), { width: 595, height: 842 }, 'A4 portrait');
  await page.emulateMedia({ media: 'screen' });

  // As Word, to edit and pass on: the same parts under Word's own headings, the plan a real
  // table with a name with ; , " and a new line intact, the library in the page header.
  // Read back apart from the app (JSZip and the browser's XML parser).
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als Word' }).click()]);
  assert.equal(file.suggestedFilename(), 'schoolrapportage-2026-2027-obs-de-linde-2026-12-03.docx');
  await page.getByRole('status').filter({ hasText: 'Het Word-bestand is gedownload' }).waitFor();
  const word = await readWord(page, await file.path());
  assert.deepEqual(word.headings.filter((h) => h.style !== 'Heading3'), [
    { style: 'Heading1', text: 'Schoolrapportage Obs De Linde' },
    ...['Contactpersonen', 'Waar de instelling nu staat', 'Afspraken', 'Activiteitenplan', 'Evaluaties', 'Gesprekken'].map((text) => ({ style: 'Heading2', text })),
  ]);
  assert.ok(word.headings.some((h) => h.style === 'Heading3' && h.text === 'Tussentijdse evaluatie van 02-02-2027'));
  assert.deepEqual([word.styles.Heading1, word.styles.Heading2, word.styles.Heading3], ['heading 1', 'heading 2', 'heading 3']);
  for (const line of ['Schooljaar: 2026-2027', 'Opgesteld op: 03-12-2026', 'Elke teamvergadering een kwartier over lezen met ouders', '1 van 2 activiteiten gedaan.', '24-09-2026 · Startgesprek (bijlage 5) · gehouden']) {
    assert.ok(word.paragraphs.includes(line), `${line} in ${word.paragraphs.join('|')}`);
  }
  assert.equal(word.tables.length, 2, 'the steps and the plan');
  assert.equal(word.tables[0].length, 7, 'steps 7–12 under their header');
  assert.deepEqual(word.tables[1], [
    ['Activiteit', 'Doel', 'Maand', 'Wie', 'Resultaat', 'Evaluatie'],
    ['Wensen- en verwachtingenavond', '—', 'september 2026', 'Leesconsulent', 'Gedaan', 'Geslaagd'],
    [TRICKY, '—', 'januari 2027', '—', 'Nog open', '—'],
  ]);
  assert.deepEqual(word.header, ['Bibliotheek Rivierenland'], 'the library in the page header');
  assert.deepEqual(word.page, { width: '11906', height: '16838', orient: 'portrait' }, 'A4 portrait');

  // Next year: its own plan, nothing of this year's conversations.
  await page.getByRole('link', { name: 'Volgend schooljaar' }).click();
  await page.locator('.report-meta').getByText('2027-2028').waitFor();
  await part('Activiteitenplan').getByText('Zomerlezen vervolg').waitFor();
  await part('Gesprekken').getByText('Geen gesprekken in dit schooljaar.').waitFor();

  // A year that is no school year, and an institution that is gone.
  await app.goto('/instellingen/rapportage?id=linde&jaar=2026-2028');
  await page.getByRole('alert').filter({ hasText: '‘2026-2028’ is geen schooljaar.' }).waitFor();
  await page.locator('.report-meta').getByText('2026-2027').waitFor();
  await app.goto('/instellingen/rapportage?id=weg');
  await app.heading().filter({ hasText: 'Instelling niet gevonden' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('fixed moments: added once, back in every school year and its calendar file', async () => {
  const { page, problems, context, app } = await openWithYear(TABLET_PORTRAIT);
  await app.goto('/jaarplanning');
  const moments = page.locator('.fixed-moments');
  await moments.getByText('Nog geen vaste momenten.').waitFor();
  const add = moments.locator('form');
  // A day that is not there every year is refused, in Dutch, and nothing is added.
  await add.getByLabel('Wat').fill('Subsidieaanvraag');
  await add.getByRole('combobox').selectOption({ label: 'februari' });
  await add.getByLabel('Dag (leeg: ergens in de maand)').fill('29');
  await add.getByRole('button', { name: 'Moment toevoegen' }).click();
  await add.getByRole('status').getByText('29 februari is er niet elk jaar.').waitFor();
  assert.equal(await moments.locator('.fixed-moments__moment').count(), 0);
  await add.getByLabel('Dag (leeg: ergens in de maand)').fill('');
  await add.getByRole('button', { name: 'Moment toevoegen' }).click();
  await add.getByRole('status').getByText('‘Subsidieaanvraag’ staat nu in elk schooljaar.').waitFor();
  await add.getByLabel('Wat').fill('Monitor afnemen; "BoekStart"');
  await add.getByRole('combobox').selectOption({ label: 'maart' });
  await add.getByLabel('Dag (leeg: ergens in de maand)').fill('15');
  await add.getByRole('button', { name: 'Moment toevoegen' }).click();
  assert.deepEqual(await moments.locator('.fixed-moments__moment h3').allInnerTexts(), [
    'Subsidieaanvraag · in februari',
    'Monitor afnemen; "BoekStart" · 15 maart',
  ]);
  await app.saved();
  await month(page, /maart 2027/i).getByRole('link', { name: 'Bibliotheek Rivierenland: Monitor afnemen; "BoekStart"' }).waitFor();
  await screenshot(page, 'jaarplanning-vaste-momenten-staand');
  assert.deepEqual(await accessibilityViolations(page), []);

  // Next year too, with a UID of that year; in the calendar file a day, or the whole month.
  await page.getByRole('link', { name: 'Volgend schooljaar' }).click();
  await page.getByRole('heading', { name: 'Schooljaar 2027-2028' }).waitFor();
  await month(page, /maart 2028/i).getByRole('link', { name: /Monitor afnemen/ }).waitFor();
  const file = await downloadCalendar(page);
  const events = new Map(file.events.map((e) => [e.getFirstPropertyValue('uid'), new ICAL.Event(e)]));
  const monitor = [...events.values()].find((e) => e.summary.includes('Monitor'));
  assert.equal(monitor.summary, 'Bibliotheek Rivierenland: Monitor afnemen; "BoekStart"');
  assert.equal(monitor.startDate.toString(), '2028-03-15');
  assert.match(monitor.uid, /^moment-.*-2027-2028@ouderpartnerschap$/);
  const subsidy = [...events.values()].find((e) => e.summary.includes('Subsidie'));
  assert.equal(subsidy.startDate.toString(), '2028-02-01');
  assert.equal(subsidy.endDate.toString(), '2028-03-01');

  // Edited and deleted where they are listed; kept after a reload.
  await moments.locator('.fixed-moments__moment').first().getByLabel('Notitie').fill('Voor 1 maart indienen');
  await moments.locator('.fixed-moments__moment').nth(1).getByRole('button', { name: 'Vast moment verwijderen' }).click();
  await moments.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await app.saved();
  await app.reload();
  const left = page.locator('.fixed-moments__moment');
  assert.deepEqual(await left.locator('h3').allInnerTexts(), ['Subsidieaanvraag · in februari']);
  assert.equal(await left.getByLabel('Notitie').inputValue(), 'Voor 1 maart indienen');
  const stored = await app.storedWorkspace();
  assert.deepEqual(stored.moments.map((m) => [m.name, m.month, m.day]), [['Subsidieaanvraag', 2, 0]]);
  assert.deepEqual(stored.deleted.map((d) => d.kind), ['moment'], 'the deletion is remembered for a merge');
  assert.deepEqual(problems, []);
  await context.close();
});
