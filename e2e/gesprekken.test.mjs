// Journeys through conversations: hold one on the tablet, reread it as a report.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppPage, InstitutionsPage } from './support/app-page.mjs';
import { WORKING_LIBRARY, documentWith } from './support/documents.mjs';
import { TABLET_LANDSCAPE, TABLET_PORTRAIT, accessibilityViolations, pdfPageSize, screenshot, startHarness } from './support/harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const card = (page, id) => page.locator(`#${id}`);

/** Taps the question's number and checks its heading lands below the sticky progress bar. */
async function jumpShowsQuestion(page, n) {
  await page.getByRole('button', { name: `Naar vraag ${n}`, exact: true }).click();
  const heading = page.locator('.question-card').nth(n - 1).locator('h3');
  await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
  const bar = await page.locator('.conversation-progress').boundingBox();
  const top = await heading.boundingBox();
  assert.ok(top.y >= bar.y + bar.height, `question ${n}'s heading at ${top.y} px is under the bar ending at ${bar.y + bar.height} px`);
  assert.ok(top.y + top.height <= page.viewportSize().height, `question ${n}'s heading is below the screen`);
}

test('a startgesprek with school and pre-school: notes survive a reload, agreements go to the planning form, the report prints', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  const institutions = new InstitutionsPage(app);
  await app.goto('/instellingen');
  await institutions.add('Obs De Regenboog', 'Basisschool');
  await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  await page.locator('.contact-row').getByLabel('Naam').fill('Anke de Vries');
  await institutions.tab('Stap 9');
  await page.getByRole('button', { name: 'Nieuw: Startgesprek (bijlage 5)' }).click();
  await app.heading().filter({ hasText: 'Startgesprek (bijlage 5)' }).waitFor();

  // A school with no pre-school linked to it starts with the school alone at the table.
  const preschool = page.getByRole('checkbox', { name: 'De voorschoolse instelling', exact: true });
  await page.getByText('0 van 8 vragen besproken').waitFor();
  assert.equal(await preschool.isChecked(), false);
  assert.equal(await page.getByRole('checkbox', { name: 'De school', exact: true }).isChecked(), true);
  // Both parties at the table: alignment + school a–g + pre-school a–h.
  await preschool.check();
  await page.getByText('0 van 16 vragen besproken').waitFor();
  await page.getByLabel('Contactpersoon toevoegen').selectOption({ label: 'Anke de Vries (Directeur / manager)' });
  await page.locator('.chip').filter({ hasText: 'Anke de Vries' }).waitFor();
  assert.equal(await page.getByLabel('Contactpersoon toevoegen').count(), 0, 'a contact at the table is not offered again');
  await page.getByLabel('Naam (en rol) typen').fill('Sanne (leesconsulent)');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await page.locator('.chip').filter({ hasText: 'Sanne (leesconsulent)' }).waitFor();

  const answers = [
    ['bijlage-5-school-a', 'Veel ouders lezen zelf weinig; enkele laaggeletterde ouders.'],
    ['bijlage-5-school-d', 'Nieuwsbrief met boekentips, maar weinig bereik.'],
    ['bijlage-5-voorschool-b', 'Voorleesochtend op vrijdag.'],
  ];
  for (const [id, notes] of answers) {
    await card(page, id).getByRole('textbox').fill(notes);
    await card(page, id).getByLabel('Besproken').check();
  }
  await page.getByText('3 van 16 vragen besproken').waitFor();
  await page.getByLabel('Gehouden door').fill('Sanne Jansen');
  await page.getByText('Voorbereiding op het gesprek').click();
  await page.getByLabel(/^Gevonden bij: Onderzoek via de website/).fill('Leesactiviteiten op de website: voorleesochtend.');
  await screenshot(page, 'gesprek-staand');
  assert.deepEqual(await accessibilityViolations(page), []);

  await app.saved();
  await app.reload();
  for (const [id, notes] of answers) {
    assert.equal(await card(page, id).getByRole('textbox').inputValue(), notes);
  }
  await page.getByText('3 van 16 vragen besproken').waitFor();

  // Sixteen numbers wrap to two rows in portrait; a question jumped to is not hidden by them.
  for (const viewport of [TABLET_PORTRAIT, TABLET_LANDSCAPE]) {
    await page.setViewportSize(viewport);
    for (const n of [16, 5, 12]) await jumpShowsQuestion(page, n);
  }
  await page.setViewportSize(TABLET_PORTRAIT);

  // Without the pre-school the guide adapts; nothing typed is lost.
  await page.getByRole('checkbox', { name: 'De voorschoolse instelling', exact: true }).uncheck();
  await page.getByText('2 van 8 vragen besproken').waitFor();
  await page.getByRole('checkbox', { name: 'De school', exact: true }).uncheck();
  await page.getByText('Kies wie er aan tafel zit').waitFor();
  await page.getByRole('checkbox', { name: 'De voorschoolse instelling', exact: true }).check();
  await page.getByText('3 van 16 vragen besproken').waitFor();

  await page.getByRole('radio', { name: 'Gehouden', exact: true }).check();
  await page.getByLabel('Afspraken (één per regel)').fill('Wensen- en verwachtingenavond in september\nVoorleesactiviteit in de bibliotheek');
  await page.getByRole('button', { name: 'Invullen in planningsformulier' }).click();
  await page.getByText('2 activiteiten toegevoegd aan het').waitFor();
  await page.getByRole('button', { name: 'Invullen in planningsformulier' }).click();
  await page.getByText('Deze afspraken staan al in het planningsformulier.').waitFor();
  await app.saved();
  const conversationUrl = page.url();

  // The two agreements are rows of the planning form, linked back to the conversation.
  await page.locator('.eyebrow').getByRole('link', { name: 'Obs De Regenboog' }).click();
  await institutions.tab('Stap 11');
  const rows = page.locator('.planning-row');
  await page.waitForFunction(() => document.querySelectorAll('.planning-row').length === 2);
  await rows.nth(0).locator('summary').click();
  assert.match(await rows.nth(0).innerText(), /Uit gesprek van/);
  await rows.nth(1).locator('summary').click();
  await rows.nth(1).getByLabel('Wie', { exact: true }).fill('Leesconsulent en leescoördinator');
  await app.saved();
  await page.getByRole('link', { name: 'Afdrukken' }).click();
  const table = page.locator('table.planning-table');
  await table.waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false);
  assert.equal(await table.locator('thead th').count(), 9);
  // The printed cells carry soft hyphens at the syllables; the words are the same.
  const printedRow = async (n) => (await table.locator('tbody tr').nth(n).innerText()).replaceAll('\u00ad', '');
  assert.match(await printedRow(0), /Wensen- en verwachtingenavond in september/);
  assert.match(await printedRow(1), /Leesconsulent en leescoördinator/);
  await page.emulateMedia({ media: 'screen' });
  await page.goto(conversationUrl);
  await app.ready();

  // The report reads back the conversation and prints without the app's chrome.
  await page.getByRole('link', { name: 'Verslag bekijken en afdrukken' }).click();
  await app.heading().filter({ hasText: 'Verslag: Startgesprek (bijlage 5)' }).waitFor();
  await page.getByText('Veel ouders lezen zelf weinig; enkele laaggeletterde ouders.').waitFor();
  await page.getByText('Anke de Vries (Directeur / manager), Sanne (leesconsulent)').waitFor();
  await page.getByText('Voorleesactiviteit in de bibliotheek').waitFor();
  // It names the library, who held it and when, and what the preparation found.
  const meta = page.locator('.report-meta');
  assert.match(await meta.innerText(), /Bibliotheek\s+Mijn bibliotheek/);
  assert.match(await meta.innerText(), /Gehouden door\s+Sanne Jansen/);
  assert.match(await meta.innerText(), /Datum\s+\d{2}-\d{2}-\d{4}/);
  await page.getByText(/Onderzoek via de website.* Leesactiviteiten op de website: voorleesochtend\./).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
  assert.equal(await page.getByText('Nieuwsbrief met boekentips, maar weinig bereik.').isVisible(), true);
  // The report prints on A4 portrait (the planning form's landscape pages are its own).
  const pdf = await page.pdf({ path: 'test-artifacts/gespreksverslag.pdf', preferCSSPageSize: true });
  assert.deepEqual(pdfPageSize(pdf), { width: 595, height: 842 }, 'A4 portrait');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the library holds its own conversation with the management (step 2)', async () => {
  const { page, problems, context } = await harness.open(TABLET_LANDSCAPE);
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/2');
  await page.getByRole('button', { name: 'Nieuw: Gesprek met directie (stap 2)' }).click();
  await app.heading().filter({ hasText: 'Gesprek met directie (stap 2)' }).waitFor();
  await page.getByText('0 van 6 vragen besproken').waitFor();
  await card(page, 'stap-2-vragen-directie-4').getByRole('textbox').fill('Inpassen in de reguliere schoolbezoeken.');
  await page.getByRole('button', { name: 'Naar vraag 4' }).click();
  await card(page, 'stap-2-vragen-directie-4').getByLabel('Besproken').check();
  await page.getByText('1 van 6 vragen besproken').waitFor();
  await screenshot(page, 'gesprek-directie-liggend');
  assert.deepEqual(await accessibilityViolations(page), []);
  await app.saved();
  await app.goto('/stappenplan/2');
  await page.getByRole('link', { name: /Gesprek met directie \(stap 2\) · \d{2}-\d{2}-\d{4} · Voorbereid/ }).click();
  assert.equal(
    await card(page, 'stap-2-vragen-directie-4').getByRole('textbox').inputValue(),
    'Inpassen in de reguliere schoolbezoeken.',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("the menu marks the part a conversation belongs to: the library's own under Stappenplan, a school's under Instellingen", async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  const marked = () => page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current="page"]').innerText();
  /** Opens `path` by its address and waits until the conversation (or its report) is shown. */
  const open = async (path, heading) => {
    await app.goto(path);
    await app.heading().filter({ hasText: heading }).waitFor();
  };
  await app.goto('/');
  await app.store(documentWith(WORKING_LIBRARY));
  for (const [path, heading, part] of [
    ['/gesprekken/gesprek?id=gesprek-directie', 'Gesprek met directie (stap 2)', 'Stappenplan'],
    ['/gesprekken/verslag?id=gesprek-directie', 'Verslag: Gesprek met directie (stap 2)', 'Stappenplan'],
    ['/gesprekken/gesprek?id=gesprek-start', 'Startgesprek (bijlage 5)', 'Instellingen'],
  ]) {
    // From a file of the older version (read whole at start-up) ...
    await open(path, heading);
    assert.equal(await marked(), part, path);
    // ... and as stored now, its records read just after the first page.
    await app.rewrittenInParts();
    await app.saved();
    await open(path, heading);
    assert.equal(await marked(), part, `${path}, records read after the first page`);
    await app.store(documentWith(WORKING_LIBRARY));
  }

  // Reached through the app: from the step's page, and as a new conversation.
  await app.goto('/stappenplan/2');
  await page.getByRole('link', { name: /^Gesprek met directie \(stap 2\) · 10-11-2026/ }).click();
  await app.heading().filter({ hasText: 'Gesprek met directie (stap 2)' }).waitFor();
  assert.equal(await marked(), 'Stappenplan');
  await page.getByRole('link', { name: 'Verslag bekijken en afdrukken' }).click();
  await app.heading().filter({ hasText: 'Verslag: Gesprek met directie' }).waitFor();
  assert.equal(await marked(), 'Stappenplan');
  await app.navigate('Stappenplan');
  await page.getByRole('link', { name: /^Stap 3/ }).click();
  await page.getByRole('button', { name: 'Nieuw: Gesprek met gemeente (stap 3)' }).click();
  await app.heading().filter({ hasText: 'Gesprek met gemeente (stap 3)' }).waitFor();
  assert.equal(await marked(), 'Stappenplan');
  await app.navigate('Instellingen');
  await page.locator('.institution-list').getByRole('link', { name: /Obs De Linde/ }).click();
  await page.getByRole('link', { name: /^Stap 9/ }).click();
  await page.getByRole('link', { name: /^Startgesprek \(bijlage 5\) · 20-11-2026/ }).click();
  await app.heading().filter({ hasText: 'Startgesprek (bijlage 5)' }).waitFor();
  assert.equal(await marked(), 'Instellingen');
  assert.deepEqual(problems, []);
  await context.close();
});

test('steps 2 and 3 record what the guide asks of them, stamped for the merge, and the report names who was at the table', async () => {
  const { page, problems, context } = await harness.open(TABLET_PORTRAIT);
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await app.store(documentWith(WORKING_LIBRARY));
  await app.goto('/stappenplan/3');
  await page.getByRole('button', { name: 'Nieuw: Gesprek met gemeente (stap 3)' }).click();
  await app.heading().filter({ hasText: 'Gesprek met gemeente (stap 3)' }).waitFor();
  const who = page.getByRole('group', { name: 'Gesprekspartner' });
  await who.getByLabel('Naam').fill('Jan Smit');
  await who.getByLabel('Functie').fill('wethouder onderwijs');
  await who.getByLabel('Organisatie').fill('Gemeente Rivierenland');
  await page.getByRole('checkbox', { name: 'Onderwijsachterstandenbeleid (OAB)' }).check();
  await page.getByRole('checkbox', { name: 'Innovatiebudgetten of impulsgelden' }).check();
  await page.getByLabel('Andere bron').fill('Provinciale subsidie');
  await page.getByLabel('Begroting (bedrag en periode)').fill('€ 12.000 voor 2027');
  assert.deepEqual(await accessibilityViolations(page), []);
  await app.saved();
  const talk = (await app.storedWorkspace()).conversations.find((c) => c.counterpart?.name === 'Jan Smit');
  assert.deepEqual(talk.counterpart, { name: 'Jan Smit', role: 'wethouder onderwijs', organisation: 'Gemeente Rivierenland' });
  assert.deepEqual(talk.funding, {
    sources: ['stap-3-bron-innovatie', 'stap-3-bron-oab'],
    other: 'Provinciale subsidie',
    budget: '€ 12.000 voor 2027',
  });
  assert.ok(talk.stamps.counterpart && talk.stamps.funding, 'each result is stamped, so a merge takes it field by field');

  // The report says who from the municipality, never the library itself.
  await page.getByRole('link', { name: 'Verslag bekijken en afdrukken' }).click();
  await app.heading().filter({ hasText: 'Verslag: Gesprek met gemeente (stap 3)' }).waitFor();
  const report = await page.locator('.report').innerText();
  assert.match(report, /Met\s+Jan Smit \(wethouder onderwijs\), Gemeente Rivierenland/);
  assert.doesNotMatch(report, /Met\s+Bibliotheek/);
  assert.match(report, /Onderwijsachterstandenbeleid \(OAB\)\s+Innovatiebudgetten of impulsgelden\s+Provinciale subsidie/);
  assert.match(report, /Begroting\s+€ 12\.000 voor 2027/);

  // Step 2: the management's go-ahead and the plan's six parts, kept over a reload.
  await app.goto('/stappenplan/2');
  await page.getByRole('button', { name: 'Nieuw: Gesprek met directie (stap 2)' }).click();
  await app.heading().filter({ hasText: 'Gesprek met directie (stap 2)' }).waitFor();
  await page.getByRole('radio', { name: 'Groen licht: toestemming en opdracht voor een plan' }).check();
  await page.getByLabel(/^Doelen:/).fill('Ouders van groep 1–4 lezen thuis voor.');
  await page.getByLabel(/^Menskracht:/).fill('Twee leesconsulenten, 4 uur per week.');
  await page.getByLabel(/^Kosten:/).fill('€ 8.000');
  assert.deepEqual(await accessibilityViolations(page), []);
  await app.saved();
  await app.reload();
  await app.heading().filter({ hasText: 'Gesprek met directie (stap 2)' }).waitFor();
  assert.equal(await page.getByLabel(/^Menskracht:/).inputValue(), 'Twee leesconsulenten, 4 uur per week.');
  assert.equal(await page.getByRole('radio', { name: 'Groen licht: toestemming en opdracht voor een plan' }).isChecked(), true);
  await page.getByRole('link', { name: 'Verslag bekijken en afdrukken' }).click();
  await app.heading().filter({ hasText: 'Verslag: Gesprek met directie (stap 2)' }).waitFor();
  const plan = await page.locator('.report').innerText();
  assert.match(plan, /Met\s+directie van Bibliotheek Rivierenland/);
  assert.match(plan, /Besluit van de directie: Groen licht: toestemming en opdracht voor een plan/);
  assert.match(plan, /Doelen\s+Ouders van groep 1–4 lezen thuis voor\.\s+Middelen\s+Niet ingevuld\.\s+Eisen\s+Niet ingevuld\.\s+Menskracht\s+Twee leesconsulenten/);
  assert.match(plan, /Kosten\s+€ 8\.000/);
  assert.deepEqual(problems, []);
  await context.close();
});
