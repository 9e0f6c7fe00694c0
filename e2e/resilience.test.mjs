// Offline use, damaged storage and full storage: nothing typed is ever lost.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { AppPage, WORKSPACE_KEY } from './support/app-page.mjs';
import { documentWith } from './support/documents.mjs';
import { startHarness } from './support/harness.mjs';
import { fillStorage } from './support/in-page.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

test('after one visit the app loads and works offline', async () => {
  const { page, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await app.reload(); // now controlled by the service worker

  await context.setOffline(true);
  await app.reload();
  await app.heading().filter({ hasText: 'Overzicht' }).waitFor();
  await app.goto('/stappenplan/5');
  await app.heading().filter({ hasText: 'Stap 5.' }).waitFor();
  await app.setStatus('Bezig');
  await app.notes().fill('Zonder wifi genoteerd');
  await app.saved();
  await app.reload();
  assert.equal(await app.notes().inputValue(), 'Zonder wifi genoteerd');
  await context.close();
});

test('a corrupt stored document shows the recovery message and stays in storage', async () => {
  const { page, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  const corrupt = '{"format":"ouderpartnerschap","schemaVersion":1,"workspace":{"steps":{"stap-3":{"notes":"belangrijk';
  await app.store(corrupt);
  await app.reload();

  const alert = page.getByRole('alert').filter({ hasText: 'konden niet worden geopend' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /Er is niets gewist/);
  // Working on does not overwrite the damaged document.
  await app.goto('/stappenplan/2');
  await app.notes().fill('Nieuwe notitie');
  await page.waitForTimeout(800);
  assert.equal(await app.stored(), corrupt);

  // The user can take the damaged text home, byte for byte.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download de opgeslagen gegevens' }).click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), corrupt);

  // Setting it aside keeps it under its own key and lets saving resume.
  await page.getByRole('button', { name: 'Apart bewaren en opnieuw beginnen' }).click();
  await app.saved();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('ouderpartnerschap.onleesbaar.')).map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(kept, [corrupt]);
  assert.match(await app.stored(), /Nieuwe notitie/);
  await context.close();
});

test('a document from a newer version is not overwritten', async () => {
  const { page, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  const future = '{"format":"ouderpartnerschap","schemaVersion":42,"workspace":{}}';
  await app.store(future);
  await app.reload();
  await page.getByRole('alert').filter({ hasText: 'nieuwere versie' }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY), future);
  await context.close();
});

test('a full storage is reported plainly, work stays on screen and a copy can be downloaded', async () => {
  const { page, context } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/4');
  await app.notes().fill('Eerste versie');
  await app.saved();
  const before = await app.stored();

  // Fill the origin's storage to the brim with another key.
  await page.evaluate(fillStorage);
  await app.notes().fill('Tweede versie, die niet meer past');
  const alert = page.getByRole('alert').filter({ hasText: 'niet opgeslagen' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /opslag van deze browser is vol/);
  assert.equal(await app.stored(), before, 'what was saved is kept');
  assert.equal(await app.notes().inputValue(), 'Tweede versie, die niet meer past');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download een kopie van uw gegevens' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^ouderpartnerschap-\d{4}-\d{2}-\d{2}\.json$/);
  assert.match(await readFile(await download.path(), 'utf8'), /Tweede versie, die niet meer past/);
  await context.close();
});

test('two open tabs do not overwrite each other', async () => {
  const { page: first, context } = await harness.open();
  const second = await context.newPage();
  const a = new AppPage(first, harness.origin);
  const b = new AppPage(second, harness.origin);
  await a.goto('/stappenplan/5');
  await b.goto('/stappenplan/5');

  await a.notes().fill('Getypt in het eerste tabblad');
  await a.saved();
  await second.getByRole('status').filter({ hasText: 'ander tabblad' }).waitFor();
  assert.equal(await b.notes().inputValue(), 'Getypt in het eerste tabblad');

  // The notes made the step Bezig; the other tab closes it.
  await b.setStatus('Afgerond');
  await b.saved();
  await first.getByRole('status').filter({ hasText: 'ander tabblad' }).waitFor();
  assert.equal(await a.statusRadio('Afgerond').isChecked(), true);
  assert.equal(await a.notes().inputValue(), 'Getypt in het eerste tabblad');

  // A tab of a newer app version saves: this tab stops saving rather than overwrite it.
  const newer = '{"format":"ouderpartnerschap","schemaVersion":99,"workspace":{}}';
  await b.store(newer);
  await first.getByRole('alert').filter({ hasText: 'niet kan lezen' }).waitFor();
  await a.notes().fill('Mag het nieuwere niet overschrijven');
  await first.waitForTimeout(800);
  assert.equal(await a.stored(), newer);
  await context.close();
});

test('when the app itself fails, what was typed is saved and a Dutch banner offers a reload and a copy', async () => {
  const { page, context, problems } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/4');
  await app.notes().fill('Net getypt, nog niet opgeslagen');
  // At once, before the saver's pause: only the crash hook can keep this.
  await page.evaluate(() => window.dispatchEvent(new Event('ouderpartnerschap-test-paniek')));
  const banner = page.getByRole('alert').filter({ hasText: 'Er ging iets mis in de app' });
  await banner.waitFor();
  assert.match(await banner.innerText(), /Wat u had ingevuld, is opgeslagen\.\s+Herlaad de pagina/);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('link', { name: 'Download een kopie van uw gegevens' }).click(),
  ]);
  const copy = JSON.parse(await readFile(await file.path(), 'utf8'));
  assert.equal(copy.workspace.steps['stap-4'].notes, 'Net getypt, nog niet opgeslagen');
  // The failure itself is the only problem: a Rust panic ends the wasm program.
  assert.ok(problems.length >= 1 && problems.every((p) => /op verzoek van een test|unreachable|RuntimeError/.test(p)), problems.join('\n'));
  await banner.getByRole('link', { name: 'Herlaad de pagina' }).click();
  await app.ready();
  await app.goto('/stappenplan/4');
  assert.equal(await app.notes().inputValue(), 'Net getypt, nog niet opgeslagen');
  await context.close();
});

test('an institution read from a file with a blank name and an impossible date takes every edit', async () => {
  const { page, context, problems } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  const damaged = {
    id: 'a', name: '  ', kind: 'basisschool', createdAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-10-01T10:00:00.000Z',
    evaluations: [{ id: 'e1', date: '2026-02-31', wentWell: 'Opkomst' }],
  };
  await app.store(documentWith({ institutions: [damaged] }));
  await app.reload();
  await app.goto('/instellingen/instelling?id=a');
  await app.heading().filter({ hasText: 'Instelling zonder naam' }).waitFor();
  // The date that cannot exist is kept, as written, in the notes.
  const notes = page.getByLabel('Notities', { exact: true });
  assert.match(await notes.inputValue(), /evaluatiedatum ‘2026-02-31’ bestaat niet/);
  await page.getByLabel('Plaats').fill('Helmond');
  await notes.fill('Bijgewerkt na het inlezen');
  await app.saved();
  await app.reload();
  assert.equal(await page.getByLabel('Plaats').inputValue(), 'Helmond');
  assert.equal(await page.getByLabel('Notities', { exact: true }).inputValue(), 'Bijgewerkt na het inlezen');
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Niet bewaard' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
