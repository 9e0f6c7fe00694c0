// Step 11: an institution's planning form (Bijlagen 6 and 7), its print view and the
// coming activities on the Overzicht.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { after, before, test } from 'node:test';
import { AppPage, InstitutionsPage } from './support/app-page.mjs';
import { documentWith } from './support/documents.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT, accessibilityViolations, noSidewaysScroll, pdfPageSize, screenshot, startHarness } from './support/harness.mjs';
import { readWord } from './support/word.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Next month as the month field's value (`jjjj-mm`) and as the Overzicht writes it. */
function nextMonth() {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const value = `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
  return { value, label: `${MONTHS[next.getUTCMonth()]} ${next.getUTCFullYear()}` };
}

/** The planning form's cards and what is in them. */
class PlanningForm {
  constructor(page) {
    this.page = page;
    this.rows = page.locator('.planning-row');
  }

  row(n) {
    return this.rows.nth(n);
  }

  field(n, label) {
    return this.row(n).getByLabel(label, { exact: true });
  }

  /** Opens a closed card (a card is one line until tapped). */
  async open(n) {
    if (!(await this.row(n).locator('details').evaluate((d) => d.open))) {
      await this.row(n).locator('summary').click();
    }
  }

  async fill(n, label, value) {
    await this.open(n);
    await this.field(n, label).fill(value);
  }

  async titles() {
    return this.rows.locator('.planning-row__title').allInnerTexts();
  }

  async count(expected) {
    await this.page.waitForFunction((n) => document.querySelectorAll('.planning-row').length === n, expected);
  }
}

const withoutSoftHyphens = (text) => text.replaceAll('\u00ad', '');

/**
 * Where the table's cells break a line inside a word: the text around each break that has
 * no hyphen before it (`unhyphenated`), and whether any word was broken at a hyphen.
 */
function breaksInWords(table) {
  return table.evaluate((element) => {
    const unhyphenated = [];
    let hyphenated = false;
    const range = document.createRange();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      let lastTop = null;
      let last = -1;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // A character at a line's end may have a rect on each line: its place is the last.
        const rect = [...range.getClientRects()].at(-1);
        if (!rect || rect.width === 0) continue; // an unbroken soft hyphen takes no room
        if (lastTop !== null && rect.top > lastTop + 1) {
          // What ends the line (a space at a line's end takes no room, so it was skipped):
          // a space, a (soft) hyphen, or a letter cut off from the next one.
          const end = text.slice(last, i);
          // The word the break is in; a code such as "=SUM(A1)" has no syllables and is
          // cut as a last resort.
          const word = text.slice(0, i).split(/\s/).at(-1) + text.slice(i).split(/\s/)[0];
          if (/\s/.test(end) || !/^[\p{L}\u00ad\-–.,;:?!’'()/]+$/u.test(word)) {
            // a break between words, or in something that is not a word
          } else if (/[\u00ad-]/.test(end)) hyphenated = true;
          else unhyphenated.push(word);
        }
        lastTop = rect.top;
        last = i;
      }
    }
    return { unhyphenated, hyphenated };
  });
}

test('the Bijlage 6 example is edited, reordered, deleted and undone, kept, shown on the Overzicht and printed', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.origin });
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  const form = new PlanningForm(page);
  await app.goto('/instellingen');
  await institutions.add('Obs De Linde', 'Basisschool');
  await institutions.tab('Stap 11');
  await page.getByRole('heading', { name: 'Planningsformulier' }).waitFor();
  await page.getByText(/^Nog geen activiteiten in \d{4}-\d{4}\./).waitFor();

  // The guide's example: four rows, the first one from Bijlage 6.
  await page.getByRole('button', { name: 'Voorbeeld uit bijlage 6 invoegen' }).click();
  await form.count(4);
  for (let n = 0; n < 4; n++) await form.open(n);
  assert.equal(await form.field(0, 'Activiteit').inputValue(), 'Wensen- en verwachtingenavond');
  assert.equal(await form.field(0, 'Planning').inputValue(), 'September');
  assert.equal(await form.field(0, 'Doel').getAttribute('placeholder'), 'Wat willen we bereiken?');
  // The guide's form repeats Doel's question under Activiteit; the app asks step 11's own.
  assert.equal(await form.field(0, 'Activiteit').getAttribute('placeholder'), 'Voor een groep of de hele school/voorschoolse instelling?');
  // The guide's results are not this school's: every Evaluatie starts empty, with the
  // guide's own evaluation shown beside it as an example.
  for (let n = 0; n < 4; n++) assert.equal(await form.field(n, 'Evaluatie').inputValue(), '');
  await form.row(0).getByText('Voorbeeld uit bijlage 6 (de evaluatie in de gids, niet van deze school): Er waren 40 ouders, geslaagde avond. Doel bereikt.').waitFor();
  assert.equal(await page.locator('.planning-row__fields textarea').filter({ hasText: 'Groot succes' }).count(), 0);
  assert.equal(await page.getByText(/^Nog geen activiteiten in \d{4}-\d{4}\./).count(), 0);
  assert.equal(await form.row(0).getByRole('button', { name: 'Omhoog' }).isDisabled(), true);
  assert.equal(await form.row(3).getByRole('button', { name: 'Omlaag' }).isDisabled(), true);

  // With rows in the form, inserting the example again asks first; cancelling adds nothing.
  await page.getByRole('button', { name: 'Voorbeeld uit bijlage 6 invoegen' }).click();
  assert.match(await page.getByRole('button', { name: 'Ja, voorbeeld invoegen' }).getAttribute('class'), /^button$/, 'adding is not styled as deleting');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await form.count(4);

  // Edit one row's Wie; move the third row up.
  await form.fill(1, 'Wie', 'Intern begeleider en leesconsulent');
  await form.open(2);
  await form.row(2).getByRole('button', { name: 'Omhoog' }).click();
  assert.deepEqual(await form.titles(), [
    'Wensen- en verwachtingenavond',
    'Voorlees-activiteit op de bieb',
    '‘Aanpassen’ intake gesprek',
    'Voorleesact in de groepen 1 en 2',
  ]);
  assert.equal(await form.field(2, 'Wie').inputValue(), 'Intern begeleider en leesconsulent');

  // Delete the first row, then undo: it comes back in its place.
  await form.open(0);
  await form.row(0).getByRole('button', { name: 'Verwijderen' }).click();
  await form.count(3);
  await page.getByText('Activiteit verwijderd.').waitFor();
  assert.equal((await form.titles())[0], 'Voorlees-activiteit op de bieb');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await form.count(4);
  assert.equal((await form.titles())[0], 'Wensen- en verwachtingenavond');
  assert.equal(await page.getByText('Activiteit verwijderd.').count(), 0);

  // A new row of our own, next month; a done row next month stays off the Overzicht. Rows
  // with a month go up to their month, in the school year's order; rows without one last.
  const month = nextMonth();
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await form.count(5);
  assert.equal((await form.titles())[4], 'Nieuwe activiteit');
  await form.fill(4, 'Activiteit', 'Voorleesontbijt met ouders');
  await form.fill(4, 'Maand', month.value);
  // It went up; the guide's "Voorleesact in de groepen 1 en 2" is now last: the same month.
  assert.equal((await form.titles())[0], 'Voorleesontbijt met ouders');
  await form.fill(4, 'Maand', month.value);
  const inMonthOrder = [
    'Voorleesact in de groepen 1 en 2',
    'Voorleesontbijt met ouders',
    'Wensen- en verwachtingenavond',
    'Voorlees-activiteit op de bieb',
    '‘Aanpassen’ intake gesprek',
  ];
  assert.deepEqual(await form.titles(), inMonthOrder);
  // Omhoog and Omlaag order the rows of one month; they do not cross into another.
  for (let n = 0; n < 3; n++) await form.open(n);
  assert.equal(await form.row(0).getByRole('button', { name: 'Omlaag' }).isDisabled(), false);
  assert.equal(await form.row(1).getByRole('button', { name: 'Omlaag' }).isDisabled(), true, 'the last of its month');
  assert.equal(await form.row(2).getByRole('button', { name: 'Omhoog' }).isDisabled(), true, 'the first without a month');
  await form.row(0).getByLabel('Gedaan').check();
  await form.fill(2, 'Evaluatie', 'Regel één\nRegel twee');
  // A long word in the narrow Planning column, for the print view below.
  await form.fill(3, 'Planning', 'Voorjaarsvakantie');

  // A month that is not a month (typed where the browser has no month picker) is refused
  // in Dutch, and nothing is changed.
  await form.open(4);
  const typed = form.row(4).locator('.planning-row__meta input').first();
  await typed.evaluate((input) => {
    input.type = 'text';
  });
  await typed.fill('2026-13');
  await typed.press('Tab'); // a month is taken when the field is left, as with the picker
  await form.row(4).getByText('‘2026-13’ is geen geldige maand.').waitFor();
  await typed.fill('');
  await typed.press('Tab');
  assert.equal(await form.row(4).getByText('geen geldige maand').count(), 0);
  assert.deepEqual(await form.titles(), inMonthOrder);

  // For a spreadsheet: tabs on the clipboard, so a paste fills the columns; a .csv file for
  // Dutch Excel (BOM, ';'). Both read back by an independent CSV parser, cell for cell, with
  // a formula-like cell shown as text.
  await form.fill(1, 'Wie', '=SUM(A1)');
  await page.getByRole('button', { name: 'Kopiëren voor een spreadsheet' }).click();
  await page.getByText('Het planningsformulier is gekopieerd.').waitFor();
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const pasted = parse(tsv, { delimiter: '\t', relax_column_count: false });
  assert.deepEqual(pasted[0], ['Activiteit', 'Doel', 'Actiepunten', 'Planning', 'Wie', 'Organisatie', 'Evaluatie', 'Maand', 'Gedaan']);
  assert.equal(pasted.length, 6);
  assert.deepEqual(pasted.slice(1).map((row) => row[0]), inMonthOrder, 'in month order');
  assert.equal(pasted[3][6], 'Regel één\nRegel twee');
  assert.deepEqual([pasted[2][0], pasted[2][4], pasted[2][7], pasted[2][8]], ['Voorleesontbijt met ouders', "'=SUM(A1)", month.label, 'nee']);
  assert.equal(pasted[1][8], 'ja');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Downloaden als CSV' }).click(),
  ]);
  assert.match(file.suggestedFilename(), /^planningsformulier-.*-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await file.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const cells = parse(bytes, { delimiter: ';', bom: true });
  assert.deepEqual(cells, pasted, 'the file holds what the clipboard holds');

  await screenshot(page, 'planning-staand');
  await noSidewaysScroll(page, 'the planning tab');
  assert.deepEqual(await accessibilityViolations(page), []);

  // Everything is kept over a reload.
  await app.saved();
  await app.reload();
  await form.count(5);
  assert.deepEqual(await form.titles(), inMonthOrder);
  for (let n = 0; n < 5; n++) await form.open(n);
  assert.equal(await form.field(4, 'Wie').inputValue(), 'Intern begeleider en leesconsulent');
  assert.equal(await form.field(1, 'Maand').inputValue(), month.value);
  assert.equal(await form.row(0).getByLabel('Gedaan').isChecked(), true);

  // The Overzicht lists the open activity under next month and links to step 11.
  await app.navigate('Overzicht');
  const coming = page.locator('section', { has: page.getByRole('heading', { name: 'Komende activiteiten' }) });
  await coming.getByRole('heading', { name: month.label, level: 3 }).waitFor();
  assert.equal(await coming.getByRole('listitem').count(), 1, 'one open activity listed');
  await screenshot(page, 'overzicht-komende-activiteiten-staand');
  await coming.getByRole('link', { name: 'Obs De Linde: Voorleesontbijt met ouders' }).click();
  await page
    .getByRole('navigation', { name: 'Onderdelen van deze instelling' })
    .locator('[aria-current="page"]', { hasText: 'Stap 11' })
    .waitFor();
  await form.count(5);
  // The link leads to the activity itself: its card open, in view below the header.
  const linked = form.rows.filter({ hasText: 'Voorleesontbijt met ouders' });
  assert.equal(await linked.locator('details').evaluate((d) => d.open), true, 'the linked card is open');
  assert.equal(await form.row(0).locator('details').evaluate((d) => d.open), false, 'the others stay closed');
  await page.waitForFunction(() => {
    const card = [...document.querySelectorAll('.planning-row')].find((c) => c.textContent.includes('Voorleesontbijt met ouders'));
    const top = card.getBoundingClientRect().top;
    return top >= document.querySelector('.app-header').getBoundingClientRect().bottom && top < innerHeight / 2;
  });

  // The print view: a real table with the guide's seven columns, the month and whether it
  // was done, in month order.
  await page.getByRole('link', { name: 'Afdrukken' }).click();
  await app.heading().filter({ hasText: 'Planningsformulier Obs De Linde' }).waitFor();
  const table = page.locator('table.planning-table');
  assert.equal(await table.locator('thead th').count(), 9);
  assert.deepEqual(
    (await table.locator('thead th').allInnerTexts()).map((t) => withoutSoftHyphens(t.split('\n')[0])),
    ['Activiteit', 'Doel', 'Actiepunten', 'Planning', 'Wie', 'Organisatie', 'Evaluatie', 'Maand', 'Gedaan'],
  );
  const printed = async (row, column) => withoutSoftHyphens(await table.locator('tbody tr').nth(row).locator('td').nth(column).innerText());
  assert.equal(await table.locator('tbody tr').count(), 5);
  for (const [n, title] of inMonthOrder.entries()) assert.equal(await printed(n, 0), title);
  assert.deepEqual([await printed(0, 7), await printed(0, 8)], [month.label, 'ja']);
  assert.deepEqual([await printed(1, 7), await printed(1, 8)], [month.label, 'nee']);
  assert.deepEqual([await printed(2, 7), await printed(2, 8)], ['', 'nee']);
  assert.equal(await printed(2, 6), 'Regel één\nRegel twee');
  // Words break at Dutch syllables with a hyphen, never in the middle without one.
  assert.deepEqual(await breaksInWords(table), { unhyphenated: [], hyphenated: true });
  await screenshot(page, 'planningsformulier-staand');
  await noSidewaysScroll(page, 'the print view');
  assert.deepEqual(await accessibilityViolations(page), []);
  const pdf = await page.pdf({ path: 'test-artifacts/planningsformulier.pdf', preferCSSPageSize: true });
  assert.deepEqual(pdfPageSize(pdf), { width: 842, height: 595 }, 'A4 landscape');

  // "Afdrukken" opens the browser's print dialog.
  await page.evaluate(() => {
    window.print = () => (window.printed = true);
  });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  assert.equal(await page.evaluate(() => window.printed), true);

  // On paper: the table, no header, no buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await table.isVisible(), true);
  assert.equal(await table.locator('thead th').first().isVisible(), true);
  assert.equal(await table.locator('tbody tr').nth(4).isVisible(), true);
  assert.equal(await page.locator('.app-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
  assert.deepEqual(await breaksInWords(table), { unhyphenated: [], hyphenated: true }, 'on paper');
  await screenshot(page, 'planningsformulier-afdruk');
  await page.emulateMedia({ media: 'screen' });

  // Back to the tab.
  await page.getByRole('link', { name: 'Terug naar stap 11' }).click();
  await form.count(5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('rows from a conversation link back to it; landscape tablet; a missing institution', async () => {
  const { page, problems, context } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  const form = new PlanningForm(page);
  await app.goto('/');
  const stamp = '2026-11-20T10:00:00.000Z';
  await app.store(
    JSON.stringify({
      format: 'ouderpartnerschap',
      schemaVersion: 1,
      workspace: {
        library: { name: 'Bibliotheek Helmond-Peel', userName: 'Toos' },
        institutions: [{ id: 'school', name: 'Obs De Regenboog', kind: 'basisschool', schoolYear: '2026-2027', createdAt: stamp, updatedAt: stamp }],
        conversations: [{ id: 'gesprek-1', kind: 'start', institutionId: 'school', date: '2026-11-20', agreements: 'Ouderavond', createdAt: stamp, updatedAt: stamp }],
        activities: [
          { id: 'a1', institutionId: 'school', activity: 'Ouderavond', conversationId: 'gesprek-1', month: '2027-05', createdAt: stamp, updatedAt: stamp },
          { id: 'a2', institutionId: 'school', activity: 'Boekenkast in de hal', goal: 'Boeken zichtbaar voor ouders', createdAt: stamp, updatedAt: stamp },
        ],
      },
    }),
  );
  await app.goto('/instellingen/instelling?id=school&stap=11');
  await form.count(2);
  await form.open(0);
  await form.row(0).getByRole('link', { name: 'Uit gesprek van 20-11-2026' }).waitFor();
  assert.equal(await form.row(1).locator('.planning-row__source').count(), 0);
  await screenshot(page, 'planning-liggend');
  await noSidewaysScroll(page, 'the planning tab');
  assert.deepEqual(await accessibilityViolations(page), []);

  // Inserting the example into a form with rows asks first.
  await page.getByRole('button', { name: 'Voorbeeld uit bijlage 6 invoegen' }).click();
  await page.getByRole('button', { name: 'Ja, voorbeeld invoegen' }).click();
  await form.count(6);
  assert.equal((await form.titles())[2], 'Wensen- en verwachtingenavond');

  await page.getByRole('link', { name: 'Afdrukken' }).click();
  await app.heading().filter({ hasText: 'Planningsformulier Obs De Regenboog' }).waitFor();
  await page.getByText('Bibliotheek Helmond-Peel · schooljaar 2026-2027').waitFor();
  assert.equal(await page.locator('table.planning-table tbody tr').count(), 6);
  await screenshot(page, 'planningsformulier-liggend');
  await noSidewaysScroll(page, 'the print view');
  assert.deepEqual(await accessibilityViolations(page), []);

  await app.goto('/instellingen/planningsformulier?id=bestaat-niet');
  await app.heading().filter({ hasText: 'Instelling niet gevonden' }).waitFor();
  await page.getByRole('link', { name: 'Naar alle instellingen' }).click();
  await app.heading().filter({ hasText: 'Instellingen' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new activity is scrolled to and focused, and a double tap adds one', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  // The page's clock held still, as when a month is tried: taps are told apart by their
  // own time, so a second tap later still adds a card.
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00'));
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  const form = new PlanningForm(page);
  await app.goto('/instellingen');
  await institutions.add('Obs De Linde', 'Basisschool');
  await institutions.tab('Stap 11');
  await page.getByRole('button', { name: 'Voorbeeld uit bijlage 6 invoegen' }).click();
  await form.count(4);
  // Closed, a card is one line: eight of them fit on two screens of a portrait tablet.
  for (let n = 0; n < 4; n++) {
    const height = (await form.row(n).boundingBox()).height;
    assert.ok(height < 2 * 1180 / 8, `card ${n} is ${height}px tall`);
    assert.match(await form.row(n).locator('summary').innerText(), /nog te doen/);
  }
  await screenshot(page, 'planning-kaarten-dicht-staand');
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).dblclick();
  await form.count(5);
  await page.waitForTimeout(700);
  assert.equal(await form.rows.count(), 5, 'a double tap adds one card');
  const first = form.field(4, 'Activiteit');
  assert.equal(await first.evaluate((field) => field === document.activeElement), true, 'its first field has the cursor');
  assert.ok(await first.isVisible());
  const box = await first.boundingBox();
  assert.ok(box.y >= 0 && box.y < 1180, `in view (y = ${box.y})`);
  await page.keyboard.type('Voorleesontbijt');
  assert.equal(await first.inputValue(), 'Voorleesontbijt');
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await form.count(6);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the planning form as a Word document: the table of the CSV under real headings, the library in the header; an empty form says so', async () => {
  const { page, problems, context } = await harness.open(TABLET_LANDSCAPE);
  await page.clock.setFixedTime(new Date('2026-12-03T11:00:00'));
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  const stamp = '2026-11-20T10:00:00.000Z';
  const made = { createdAt: stamp, updatedAt: stamp };
  const tricky = 'Ouderavond; "lezen", thuis\nen op school';
  await app.store(
    documentWith({
      library: { name: 'Bibliotheek Rivierenland', userName: 'Ilse de Vries' },
      institutions: [
        { id: 'linde', name: 'Obs De Linde', kind: 'basisschool', schoolYear: '2026-2027', ...made },
        { id: 'hummel', name: 'Kdv Hummel', kind: 'kinderdagverblijf', ...made },
      ],
      activities: [
        { id: 'a1', institutionId: 'linde', activity: 'Boekenkast in de hal', goal: 'Boeken zichtbaar\tvoor ouders', ...made },
        { id: 'a2', institutionId: 'linde', activity: tricky, who: '=SUM(A1)', month: '2027-01', done: true, ...made },
      ],
    }),
  );
  await app.goto('/instellingen/instelling?id=linde&stap=11');
  await page.getByRole('heading', { name: 'Planningsformulier' }).waitFor();
  // The type the app gives each file it offers.
  await page.evaluate(() => {
    const create = URL.createObjectURL;
    window.offeredTypes = [];
    URL.createObjectURL = (blob) => {
      window.offeredTypes.push(blob.type);
      return create(blob);
    };
  });
  const download = async (button) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return { name: file.suggestedFilename(), path: await file.path() };
  };
  const csv = await download('Downloaden als CSV');
  const docx = await download('Downloaden als Word');
  assert.equal(docx.name, csv.name.replace(/\.csv$/, '.docx'), 'named as the CSV file');
  assert.match(docx.name, /^planningsformulier-2026-2027-obs-de-linde-2026-12-03\.docx$/);
  assert.equal(await page.evaluate(() => window.offeredTypes.at(-1)), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  await page.getByRole('status').filter({ hasText: 'Het Word-bestand is gedownload' }).waitFor();

  // Read back apart from the app: one table, the CSV's cells (a formula is no danger in
  // Word, so it is not neutralised there), a name with ; , " and a new line intact.
  const word = await readWord(page, docx.path);
  assert.equal(word.tables.length, 1);
  const cells = parse(await readFile(csv.path), { delimiter: ';', bom: true });
  assert.deepEqual(word.tables[0], cells.map((row) => row.map((cell) => cell.replace(/^'=/, '='))));
  assert.deepEqual(word.tables[0][0], ['Activiteit', 'Doel', 'Actiepunten', 'Planning', 'Wie', 'Organisatie', 'Evaluatie', 'Maand', 'Gedaan']);
  assert.deepEqual(word.tables[0][1], [tricky, '', '', '', '=SUM(A1)', '', '', 'januari 2027', 'ja']);
  assert.equal(word.tables[0][2][1], 'Boeken zichtbaar\tvoor ouders');
  assert.deepEqual(word.headings, [
    { style: 'Heading1', text: 'Planningsformulier Obs De Linde' },
    { style: 'Heading2', text: 'Activiteiten' },
    { style: 'Heading2', text: 'Wat in elke kolom komt' },
  ]);
  assert.equal(word.styles.Heading1, 'heading 1', "Word's own heading styles");
  assert.equal(word.styles.Heading2, 'heading 2');
  assert.ok(word.paragraphs.includes('Schooljaar 2026-2027 · opgesteld op 03-12-2026'), word.paragraphs.join('|'));
  assert.deepEqual(word.header, ['Bibliotheek Rivierenland'], 'the library in the page header');
  assert.deepEqual(word.page, { width: '16838', height: '11906', orient: 'landscape' }, 'A4 landscape, as the form prints');

  // An empty form: a document that says so, with the table's header to fill in.
  await app.goto('/instellingen/instelling?id=hummel&stap=11');
  await page.getByText(/^Nog geen activiteiten in \d{4}-\d{4}\./).waitFor();
  const empty = await readWord(page, (await download('Downloaden als Word')).path);
  assert.ok(empty.paragraphs.includes('Er staan nog geen activiteiten in dit planningsformulier.'), empty.paragraphs.join('|'));
  assert.equal(empty.headings[0].text, 'Planningsformulier Kdv Hummel');
  assert.deepEqual(empty.tables[0][1], ['', '', '', '', '', '', '', '', '']);
  await screenshot(page, 'planning-word-liggend');
  assert.deepEqual(problems, []);
  await context.close();
});
