// What a consultant does on an iPad, written once and run in Chromium (e2e/ipad.test.mjs)
// and in WebKit, the iPad's engine (e2e/webkit/ipad.test.mjs). Each journey gets `open`,
// which starts a fresh browser profile at a viewport and returns its tab (support/tab.mjs).
import assert from 'node:assert/strict';
import { fillStorage } from '../support/in-page.mjs';
import { App, ConversationScreen, DataScreen, FirstUse, InstitutionScreen, PlanningScreen, StepScreen } from '../support/screens.mjs';

export const PORTRAIT = { width: 820, height: 1180 };
export const LANDSCAPE = { width: 1180, height: 820 };

/** Next month as a month field's value (`jjjj-mm`). */
function nextMonth() {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Whether an element is drawn at all (display, visibility, an ancestor hidden). */
const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

export const journeys = [
  {
    name: 'first use: library and user name, step 3 Bezig with a date and a note, all kept after a reload',
    async run(open) {
      const tab = await open(PORTRAIT);
      const app = new App(tab);
      const step = new StepScreen(tab);
      await app.goto('/');
      // The browser speaks Dutch, as the consultants' iPads do (dates read dd-mm-jjjj).
      assert.match(await tab.evaluate(() => navigator.language), /^nl\b/);
      await new FirstUse(tab).fill('Bibliotheek Helmond-Peel', 'Toos');
      await app.saved();

      await app.goto('/stappenplan/3');
      await app.heading(/Stap 3\. Overleggen met gemeente/);
      await step.setStatus('Bezig');
      await tab.fill(step.date, '2026-11-24');
      await tab.fill(step.notes, 'Wethouder onderwijs is enthousiast; financiering via OAB.');
      await app.saved();
      await app.reload();

      assert.match(await app.header(), /Bibliotheek Helmond-Peel/);
      assert.match(await app.header(), /Toos/);
      assert.equal(await step.status('Bezig'), true);
      assert.equal(await tab.value(step.date), '2026-11-24');
      assert.equal(await tab.value(step.notes), 'Wethouder onderwijs is enthousiast; financiering via OAB.');
      await tab.screenshot('ipad-stap-3');
      assert.deepEqual(await tab.problems(), []);
    },
  },
  {
    name: 'a school added, step 7 indicators ticked, a startgesprek with notes on two questions, all kept after a reload',
    async run(open) {
      const tab = await open(LANDSCAPE);
      const app = new App(tab);
      const institutions = new InstitutionScreen(tab, app);
      const conversation = new ConversationScreen(tab);
      await app.goto('/instellingen');
      await institutions.add('Obs De Regenboog', 'Basisschool');
      await institutions.openTab('Stap 7');
      for (const marker of ['a', 'b', 'd']) await tab.check(institutions.indicator(marker));
      await tab.element({ text: '3 van 5 indicatoren zijn van toepassing' });

      await institutions.openTab('Stap 9');
      await tab.click({ role: 'button', name: 'Nieuw: Startgesprek (bijlage 5)' });
      await app.heading(/Startgesprek \(bijlage 5\)/);
      const answers = [
        ['bijlage-5-school-a', 'Veel ouders lezen zelf weinig.'],
        ['bijlage-5-school-d', 'Nieuwsbrief met boekentips, weinig bereik.'],
      ];
      for (const [id, notes] of answers) {
        await tab.fill(conversation.answer(id), notes);
        await tab.check(conversation.discussed(id));
      }
      await tab.element({ text: '2 van 8 vragen besproken' });
      await app.saved();
      await app.reload();

      for (const [id, notes] of answers) {
        assert.equal(await tab.value(conversation.answer(id)), notes);
        assert.equal(await tab.checked(conversation.discussed(id)), true);
      }
      await tab.click({ role: 'link', name: 'Obs De Regenboog' });
      await institutions.openTab('Stap 7');
      for (const marker of ['a', 'b', 'd']) assert.equal(await tab.checked(institutions.indicator(marker)), true);
      assert.equal(await tab.checked(institutions.indicator('c')), false);
      await tab.screenshot('ipad-stap-7');
      assert.deepEqual(await tab.problems(), []);
    },
  },
  {
    name: 'a planning row added and edited, kept after a reload, and its print view on paper',
    async run(open) {
      const tab = await open(PORTRAIT);
      const app = new App(tab);
      const institutions = new InstitutionScreen(tab, app);
      const form = new PlanningScreen(tab);
      await app.goto('/instellingen');
      await institutions.add('Obs De Linde', 'Basisschool');
      await institutions.openTab('Stap 11');
      await tab.click({ role: 'button', name: 'Activiteit toevoegen' });
      await form.count(1);
      // The new card is open with the cursor in it, ready for the keyboard.
      await tab.until(() => document.activeElement?.closest('.planning-row') !== null && document.activeElement.tagName !== 'BUTTON');
      await form.fill(0, 'Activiteit', 'Voorleesontbijt met ouders');
      await form.fill(0, 'Wie', 'Leesconsulent en groepsleerkracht');
      await form.fill(0, 'Maand', nextMonth());
      await app.saved();
      await app.reload();
      await form.open(0);
      assert.equal(await tab.value(form.field(0, 'Activiteit')), 'Voorleesontbijt met ouders');
      assert.equal(await tab.value(form.field(0, 'Maand')), nextMonth());

      await tab.click({ role: 'link', name: 'Afdrukken' });
      await app.heading(/Planningsformulier Obs De Linde/);
      const table = { css: 'table.planning-table' };
      assert.equal(await tab.evaluate(() => document.querySelectorAll('table.planning-table tbody tr').length), 1);
      // Printed words carry soft hyphens at their syllables.
      const printed = (await tab.text({ css: 'tbody td', within: table })).replaceAll('\u00ad', '');
      assert.match(printed, /Voorleesontbijt met ouders/);
      await tab.evaluate(() => {
        window.print = () => (window.printed = true);
      });
      await tab.click({ role: 'button', name: 'Afdrukken' });
      assert.equal(await tab.evaluate(() => window.printed), true);

      // On paper: the table, without the app's header and buttons.
      const [paper, header, button] = await Promise.all(
        [table, { css: '.app-header' }, { role: 'button', name: 'Afdrukken' }].map((q) => tab.element(q)),
      );
      const drawn = () => Promise.all([paper, header, button].map((found) => tab.evaluate(shown, found.handle)));
      assert.deepEqual(await drawn(), [true, true, true]);
      await tab.printMedia(true);
      assert.deepEqual(await drawn(), [true, false, false], 'on paper: table, no header, no button');
      await tab.screenshot('ipad-planning-afdruk');
      await tab.printMedia(false);
      assert.deepEqual(await drawn(), [true, true, true]);
      assert.deepEqual(await tab.problems(), []);
    },
  },
  {
    name: 'exported on one iPad, imported on a colleague’s through the file input: preview, merge, the records there; a bad file refused',
    async run(open) {
      const mine = await open(PORTRAIT);
      const app = new App(mine);
      await app.goto('/');
      await new FirstUse(mine).fill('Bibliotheek Helmond-Peel', 'Toos');
      await app.navigate('Instellingen');
      await new InstitutionScreen(mine, app).add('Obs De Regenboog', 'Basisschool');
      await app.goto('/stappenplan/3');
      await mine.fill(new StepScreen(mine).notes, 'Wethouder enthousiast — “mooi plan”');
      await app.saved();
      await app.goto('/gegevens');
      const file = await mine.download(() => mine.click({ role: 'button', name: 'Alles exporteren' }));
      assert.match(file.name, /^ouderpartnerschap-toos-\d{4}-\d{2}-\d{2}\.json$/, "named after the person who exported it");
      assert.deepEqual(JSON.parse(file.text).workspace, await app.storedWorkspace());
      assert.deepEqual(await mine.problems(), []);
      // Handed over: the colleague's device opens once this one is done.
      await mine.close();

      const theirs = await open(LANDSCAPE);
      const colleague = new App(theirs);
      const data = new DataScreen(theirs);
      await colleague.goto('/gegevens');
      await colleague.heading(/Gegevens/);
      // A file cut off halfway: refused in Dutch, storage exactly as it was.
      const before = await colleague.everything();
      await data.chooseFile('afgebroken.json', file.text.slice(0, file.text.length / 2));
      const refusal = await colleague.message(/kan niet worden geïmporteerd/);
      assert.match(refusal, /niet helemaal overgekomen/);
      assert.match(refusal, /Er is niets gewijzigd/);
      assert.deepEqual(await colleague.everything(), before);

      await data.chooseFile(file.name, file.text);
      await theirs.untilText(data.preview, /\d+ nieuw · 0 gewijzigd · 0 ongewijzigd/);
      assert.match(await theirs.text(data.preview), /Van: Toos \(Bibliotheek Helmond-Peel\)/);
      assert.deepEqual(await colleague.everything(), before, 'nothing is written before a choice');
      await theirs.click({ role: 'button', name: 'Samenvoegen', within: data.preview });
      await theirs.element({ text: /^Samengevoegd:/ });
      const merged = await colleague.storedWorkspace();
      assert.deepEqual(merged.institutions.map((i) => i.name), ['Obs De Regenboog']);
      assert.equal(merged.library.userName, '', 'the colleague’s name is not taken from the file');
      await colleague.reload();
      await colleague.goto('/stappenplan/3');
      assert.equal(await theirs.value(new StepScreen(theirs).notes), 'Wethouder enthousiast — “mooi plan”');
      assert.deepEqual(await theirs.problems(), []);
    },
  },
  {
    name: 'two windows of the app: a change in one appears in the other; both changing a school at once overwrite nothing',
    async run(open) {
      const first = await open(PORTRAIT);
      const a = new App(first);
      await a.goto('/stappenplan/5');
      const second = await first.another();
      const b = new App(second);
      await b.goto('/stappenplan/5');
      const step = new StepScreen(first);

      await first.fill(step.notes, 'Getypt in het eerste venster');
      await a.saved();
      await b.message(/ander tabblad/, 'status');
      await second.until(() => document.querySelector('textarea')?.value === 'Getypt in het eerste venster');
      // The notes made the step Bezig; the other window closes it.
      await new StepScreen(second).setStatus('Afgerond');
      await b.saved();
      await a.message(/ander tabblad/, 'status');
      assert.equal(await step.status('Afgerond'), true);
      assert.equal(await first.value(step.notes), 'Getypt in het eerste venster');

      // Both windows change one school at once, each another field: neither overwrites the
      // other (records merge field by field).
      await a.navigate('Instellingen');
      await new InstitutionScreen(first, a).add('Obs De Regenboog', 'Basisschool');
      await a.saved();
      await b.goto(await first.evaluate(() => location.pathname + location.search));
      await b.heading(/Obs De Regenboog/);
      await first.fill({ label: 'Plaats' }, 'Helmond');
      await second.fill({ label: 'Notities' }, 'Directeur enthousiast');
      await a.saved();
      await b.saved();
      for (const [tab, app] of [[first, a], [second, b]]) {
        await app.reload();
        assert.equal(await tab.value({ label: 'Plaats' }), 'Helmond');
        assert.equal(await tab.value({ label: 'Notities' }), 'Directeur enthousiast');
      }
      assert.deepEqual(await first.problems(), []);
    },
  },
  {
    name: 'storage nearly full: the Dutch warning, and the edit is still saved',
    async run(open) {
      const tab = await open(PORTRAIT);
      const app = new App(tab);
      await app.goto('/');
      // About 4.2 MB: past three quarters of the 5 MB a browser gives a site's localStorage.
      const notes = 'Aantekeningen van het gesprek. '.repeat(140_000);
      await app.store(JSON.stringify({
        format: 'ouderpartnerschap',
        schemaVersion: 2,
        workspace: { steps: { 'stap-1': { status: 'done', notes } } },
      }));
      await app.goto('/stappenplan/2');
      await tab.fill({ label: 'Notities' }, 'Nog een regel');
      await tab.until(() => /opslag van deze browser is bijna vol \(ongeveer 8\d% gebruikt\)/.test(document.body.innerText));
      await app.saved();
      assert.match(await app.stored(), /Nog een regel/);
      assert.match(await app.stored(), /Aantekeningen van het gesprek/);
      assert.deepEqual(await tab.problems(), []);
    },
  },
  {
    name: 'storage full: said plainly, what was saved is kept, what was typed stays on screen',
    async run(open) {
      const tab = await open(PORTRAIT);
      const app = new App(tab);
      const step = new StepScreen(tab);
      await app.goto('/stappenplan/4');
      await tab.fill(step.notes, 'Eerste versie');
      await app.saved();
      const kept = await app.stored();
      await tab.evaluate(fillStorage);
      await tab.fill(step.notes, 'Tweede versie, die niet meer past');
      const alert = await app.message(/niet opgeslagen/);
      assert.match(alert, /opslag van deze browser is vol/);
      assert.equal(await app.stored(), kept, 'what was saved is kept');
      assert.equal(await tab.value(step.notes), 'Tweede versie, die niet meer past');
      await tab.element({ role: 'button', name: 'Download een kopie van uw gegevens' });
      assert.deepEqual(await tab.problems(), []);
    },
  },
  {
    name: 'after one visit the app opens and saves without a network',
    async run(open) {
      const tab = await open(LANDSCAPE);
      const app = new App(tab);
      await app.goto('/');
      await tab.until(() => navigator.serviceWorker.ready.then(() => true));
      await app.reload(); // now the service worker answers
      await tab.offline(true);
      try {
        await app.reload();
        await app.heading(/Overzicht/);
        await app.goto('/stappenplan/5');
        await app.heading(/Stap 5\./);
        await tab.fill(new StepScreen(tab).notes, 'Zonder wifi genoteerd');
        await app.saved();
        await app.reload();
        assert.equal(await tab.value(new StepScreen(tab).notes), 'Zonder wifi genoteerd');
      } finally {
        await tab.offline(false);
      }
      assert.deepEqual(await tab.problems(), []);
    },
  },
  {
    name: 'Gegevens says plainly what this browser promises about keeping the data',
    async run(open) {
      const tab = await open(PORTRAIT);
      const app = new App(tab);
      await app.goto('/gegevens');
      // What the browser itself answers; `null` where it has no navigator.storage (WebKitGTK).
      const promised = await tab.evaluate(() =>
        typeof navigator.storage?.persisted === 'function' ? navigator.storage.persisted() : null);
      const expected = promised === null
        ? 'Of deze browser de gegevens altijd bewaart, is niet bekend.'
        : promised
          ? 'Deze browser heeft toegezegd de gegevens te bewaren'
          : 'Deze browser mag de gegevens wissen als de opslag krap wordt';
      await tab.until((words) => document.body.innerText.includes(words), expected);
      if (promised === null) {
        // "Not known" is also what shows while the app asks: it must still say so after.
        await new Promise((done) => setTimeout(done, 1000));
        assert.equal(await tab.evaluate((words) => document.body.innerText.includes(words), expected), true);
      } else if (!promised) {
        await tab.element({ role: 'button', name: 'Vraag de browser de gegevens te bewaren' });
      }
      await tab.screenshot('ipad-gegevens');
      assert.deepEqual(await tab.problems(), []);
    },
  },
];
