// The Jaaroverzicht: a school year's figures for management and municipality, counted from
// three institutions by hand, its charts drawn, its CSV files read back by csv-parse.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { documentWith } from './support/documents.mjs';
import { TABLET_PORTRAIT, accessibilityViolations, noSidewaysScroll, pdfPageSize, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const DECEMBER = '2026-12-03T10:00:00.000Z';
const school = (id, name, place, kind, more = {}) => ({ id, name, place, kind, createdAt: DECEMBER, updatedAt: DECEMBER, ...more });
const activity = (id, institutionId, month, done) => ({ id, institutionId, activity: `Activiteit ${id}`, month, done, createdAt: DECEMBER, updatedAt: DECEMBER });

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const bytes = await readFile(await file.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  return { name: file.suggestedFilename(), rows: parse(bytes, { delimiter: ';', bom: true }) };
}

test('three institutions: the year in figures and charts, per place, printed and as CSV', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  await page.clock.setFixedTime(new Date('2027-06-20T10:00:00'));
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.store(
    documentWith(
      {
        library: { name: 'Bibliotheek Rivierenland', userName: 'Ilse de Vries' },
        steps: { 'stap-1': { status: 'done', updatedAt: DECEMBER } },
        institutions: [
          school('linde', 'Obs De Linde', 'Tiel', 'basisschool', {
            programme: 'bibliotheek_op_school',
            consultant: 'Ilse de Vries',
            selection: { decision: 'chosen' },
            startOutcome: 'goes_ahead',
            evaluations: [{ id: 'e1', date: '2027-02-02', wentWell: '', changes: '', nextDate: '' }],
          }),
          school('dap', 'Peuterspeelzaal Dikkertje Dap', 'Tiel', 'peuteropvang', { programme: 'boek_start_kinderopvang' }),
          school('eik', 'CBS De Eik', 'Culemborg', 'basisschool'),
        ],
        conversations: [{ id: 'g1', kind: 'start', institutionId: 'linde', date: '2026-09-24', status: 'held', agreements: 'x', createdAt: DECEMBER, updatedAt: DECEMBER }],
        activities: [
          activity('a', 'linde', '2026-10', true),
          activity('b', 'linde', '2026-10', false),
          activity('c', 'linde', '2027-03', true),
          activity('d', 'eik', '2027-03', false),
          activity('e', 'linde', '2027-09', false),
          activity('f', 'linde', '', false),
        ],
      },
      { savedAt: DECEMBER },
    ),
  );
  await app.reload();
  await page.getByRole('link', { name: 'Jaaroverzicht voor directie en gemeente' }).click();
  await app.heading().filter({ hasText: 'Jaaroverzicht' }).waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current="page"]').innerText(), 'Overzicht');
  const part = (name) => page.locator('.report-part').filter({ has: page.getByRole('heading', { name, level: 2 }) });
  await part('Instellingen').getByText('3 instellingen').waitFor();
  assert.deepEqual(await part('Instellingen').getByRole('listitem').allInnerTexts(), [
    'Basisschool: 2',
    'Peuterspeelzaal / peuteropvang: 1',
    'Nog geen: 1',
    'de Bibliotheek op school: 1',
    'BoekStart in de kinderopvang: 1',
  ]);
  await page.locator('.summary-line').getByText(/^Bibliotheek Rivierenland · schooljaar 2026-2027 · opgesteld door Ilse de Vries op 20-06-2027$/).waitFor();
  const steps = await part('Waar de instellingen nu staan').locator('tbody tr').allInnerTexts();
  assert.equal(steps.length, 6);
  assert.match(steps[2], /^9\. .*\t1\t0\t1$/, 'the one chosen school had its startgesprek');
  await part('Activiteiten').getByText('4 activiteiten gepland in dit schooljaar, 2 gedaan.').waitFor();
  await part('Activiteiten').getByText('Daarnaast 1 activiteit zonder maand, die in geen maand te tellen is.').waitFor();
  const october = await part('Activiteiten').locator('tbody tr').nth(2).innerText();
  assert.equal(october, 'oktober 2026\t2\t1\t0');
  assert.deepEqual(await part('Gesprekken en evaluaties').getByRole('listitem').allInnerTexts(), ['Gesprekken gehouden: 1', 'Evaluaties gehouden: 1']);
  assert.match(await part('De bibliotheek zelf (stap 1–6)').innerText(), /Stap 1\. .*: Afgerond/);

  // The charts are drawn from the same figures: stap 9's done bar is the whole of its row.
  assert.equal(await page.locator('figure.chart svg').count(), 2);
  const bars = await page.locator('figure.chart').first().locator('g').nth(2).locator('rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  assert.ok(bars[0] > 0 && bars[1] === bars[0] && bars[2] === 0, `stap 9: ${bars}`);
  await screenshot(page, 'jaaroverzicht-staand');
  await noSidewaysScroll(page, 'the Jaaroverzicht');
  assert.deepEqual(await accessibilityViolations(page), []);

  // The figures and the list of institutions for a spreadsheet.
  const figures = await download(page, 'Cijfers downloaden (CSV)');
  assert.match(figures.name, /^jaaroverzicht-2026-2027-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepEqual(figures.rows[0], ['Onderdeel', 'Aantal of stand']);
  assert.deepEqual(figures.rows.find((r) => r[0] === 'Activiteiten gedaan'), ['Activiteiten gedaan', '2']);
  const list = await download(page, 'Lijst van instellingen (CSV)');
  assert.deepEqual(list.rows[0], ['Instelling', 'Soort', 'Plaats', 'Programma', 'Leesconsulent', 'Nu']);
  assert.equal(list.rows.length, 4);

  // One place: Tiel.
  await page.getByRole('combobox', { name: /Plaats/ }).selectOption('Tiel');
  await page.waitForURL(/\/jaaroverzicht\?jaar=2026-2027&plaats=Tiel$/);
  await part('Instellingen').getByText('2 instellingen').waitFor();
  await part('Activiteiten').getByText('3 activiteiten gepland in dit schooljaar, 2 gedaan.').waitFor();
  const tiel = await download(page, 'Lijst van instellingen (CSV)');
  assert.deepEqual(tiel.rows.slice(1).map((r) => r[0]), ['Obs De Linde', 'Peuterspeelzaal Dikkertje Dap']);

  // "tiel" is Tiel; one institution is one; a place no institution has is said.
  await app.goto('/jaaroverzicht?plaats=%20tiel%20');
  await part('Instellingen').getByText('2 instellingen').waitFor();
  await app.goto('/jaaroverzicht?plaats=Culemborg');
  await part('Instellingen').getByText('1 instelling', { exact: true }).waitFor();
  await part('Activiteiten').getByText('1 activiteit gepland in dit schooljaar, 0 gedaan.').waitFor();
  await app.goto('/jaaroverzicht?plaats=Amsterdam');
  await page.getByRole('alert').filter({ hasText: 'Geen instelling heeft ‘Amsterdam’ als plaats.' }).waitFor();
  // An earlier year counts only the institutions the library had then: none.
  await app.goto('/jaaroverzicht?jaar=2025-2026');
  await part('Instellingen').getByText('0 instellingen').waitFor();
  await app.goto('/jaaroverzicht?jaar=2026-2027&plaats=Tiel');

  // On paper: A4 portrait, the charts kept, no buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
  assert.equal(await page.locator('figure.chart').first().isVisible(), true);
  const pdf = await page.pdf({ path: 'test-artifacts/jaaroverzicht.pdf', preferCSSPageSize: true });
  assert.deepEqual(pdfPageSize(pdf), { width: 595, height: 842 }, 'A4 portrait');
  await screenshot(page, 'jaaroverzicht-afdruk');
  assert.deepEqual(problems, []);
  await context.close();
});
