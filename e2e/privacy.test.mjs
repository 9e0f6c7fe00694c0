// Privacy (AVG): the privacy page, the reminder at the notes, exports sealed with a password,
// and deleting an institution so that nothing of it stays behind outside the backups.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { AppPage } from './support/app-page.mjs';
import { accessibilityViolations, screenshot, startHarness } from './support/harness.mjs';

const FIXTURE = new URL('../tests/fixtures/workspace-v1-full.json', import.meta.url);
/** What the fixture holds about people and schools: none of it may be readable when sealed. */
const SECRETS = ['OBS De Regenboog', 'Kdv Het Olifantje', 'Anke de Vries', 'anke@example.nl', 'Veel ouders met een taalachterstand', 'Helmond'];
const PASSWORD = 'Leesplezier-2026';
const NOTE_KEY = 'ouderpartnerschap.privacy-opmerking-gelezen';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const everything = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

async function withFixture(page) {
  const app = new AppPage(page, harness.origin);
  await app.goto('/gegevens');
  await app.store(await readFile(FIXTURE, 'utf8'));
  await app.reload();
  await app.rewrittenInParts();
  return app;
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function chooseFile(page, name, text) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const passwordDialog = (page) => page.getByRole('dialog', { name: 'Exporteren met wachtwoord' });
const unlockDialog = (page) => page.getByRole('dialog', { name: 'Versleuteld bestand' });
const preview = (page) => page.getByRole('region', { name: 'Voorbeeld van de import' });

test('an export sealed with a password hides every name and note, and opens only with that password', async () => {
  const { page, context, problems } = await harness.open();
  const app = await withFixture(page);
  const before = await app.storedWorkspace();

  await page.getByRole('button', { name: 'Exporteren met wachtwoord' }).click();
  const dialog = passwordDialog(page);
  await dialog.waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the password dialog');
  await screenshot(page, 'privacy-password-dialog');

  // Too short, then typed differently: each said at its own field, nothing downloaded.
  await dialog.getByLabel('Wachtwoord', { exact: true }).fill('kort');
  await dialog.getByLabel('Wachtwoord nog een keer').fill('kort');
  await dialog.getByRole('button', { name: 'Versleuteld downloaden' }).click();
  await dialog.getByText('Kies een wachtwoord van minstens 10 tekens.').waitFor();
  assert.equal(await dialog.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-invalid'), 'true');
  await dialog.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await dialog.getByLabel('Wachtwoord nog een keer').fill(PASSWORD + '!');
  await dialog.getByRole('button', { name: 'Versleuteld downloaden' }).click();
  await dialog.getByText('De twee wachtwoorden zijn niet gelijk.', { exact: false }).waitFor();
  assert.equal(await dialog.getByLabel('Wachtwoord nog een keer').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await accessibilityViolations(page), [], 'the password dialog with its refusals');

  await dialog.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
  const sealed = await download(page, dialog.getByRole('button', { name: 'Versleuteld downloaden' }));
  assert.match(sealed.name, /^ouderpartnerschap-.*-\d{4}-\d{2}-\d{2}-versleuteld\.json$/);
  const envelope = JSON.parse(sealed.text);
  assert.equal(envelope.format, 'ouderpartnerschap-versleuteld');
  assert.equal(envelope.version, 1);
  assert.deepEqual({ ...envelope.kdf, salt: undefined }, { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt: undefined });
  assert.equal(envelope.cipher, 'AES-GCM');
  assert.equal(Buffer.from(envelope.kdf.salt, 'base64').length, 16);
  assert.equal(Buffer.from(envelope.iv, 'base64').length, 12);
  for (const secret of SECRETS) {
    assert.equal(sealed.text.includes(secret), false, `${secret} is readable in the sealed file`);
  }
  await page.getByText('Het versleutelde bestand is gemaakt.', { exact: false }).waitFor();

  // A second export of the same data has its own salt and IV.
  await page.getByRole('button', { name: 'Exporteren met wachtwoord' }).click();
  await passwordDialog(page).getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await passwordDialog(page).getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
  const again = JSON.parse((await download(page, passwordDialog(page).getByRole('button', { name: 'Versleuteld downloaden' }))).text);
  assert.notEqual(again.kdf.salt, envelope.kdf.salt);
  assert.notEqual(again.iv, envelope.iv);
  assert.deepEqual(problems, []);
  await context.close();

  // On a fresh browser: the wrong password is refused and nothing is stored.
  const fresh = await harness.open();
  const other = new AppPage(fresh.page, harness.origin);
  await other.goto('/gegevens');
  const untouched = await everything(fresh.page);
  await chooseFile(fresh.page, sealed.name, sealed.text);
  const unlock = unlockDialog(fresh.page);
  await unlock.waitFor();
  assert.deepEqual(await accessibilityViolations(fresh.page), [], 'the password asked at import');
  await unlock.getByLabel('Wachtwoord van het bestand').fill('Niet-het-wachtwoord');
  await unlock.getByRole('button', { name: 'Openen' }).click();
  await unlock.getByText('Dit wachtwoord opent het bestand niet.', { exact: false }).waitFor();
  assert.equal(await unlock.getByLabel('Wachtwoord van het bestand').getAttribute('aria-invalid'), 'true');
  assert.equal(await preview(fresh.page).count(), 0);
  assert.deepEqual(await everything(fresh.page), untouched, 'a wrong password changes nothing');

  // A damaged file, even with the right password: refused the same way.
  const damaged = { ...envelope, ciphertext: (envelope.ciphertext[0] === 'A' ? 'B' : 'A') + envelope.ciphertext.slice(1) };
  await unlock.getByRole('button', { name: 'Annuleren' }).click();
  await chooseFile(fresh.page, 'beschadigd.json', JSON.stringify(damaged));
  await unlock.getByLabel('Wachtwoord van het bestand').fill(PASSWORD);
  await unlock.getByRole('button', { name: 'Openen' }).click();
  await unlock.getByText('Dit wachtwoord opent het bestand niet.', { exact: false }).waitFor();
  assert.deepEqual(await everything(fresh.page), untouched, 'a damaged file changes nothing');

  // The right password: the usual preview, and everything back.
  await unlock.getByRole('button', { name: 'Annuleren' }).click();
  await chooseFile(fresh.page, sealed.name, sealed.text);
  await unlock.getByLabel('Wachtwoord van het bestand').fill(PASSWORD);
  await unlock.getByRole('button', { name: 'Openen' }).click();
  await preview(fresh.page).getByText(/^\d+ nieuw · 0 gewijzigd · 0 ongewijzigd$/).waitFor();
  assert.match(await preview(fresh.page).textContent(), /OBS De Regenboog/);
  await preview(fresh.page).getByRole('button', { name: 'Samenvoegen' }).click();
  await fresh.page.getByText(/^Samengevoegd:/).waitFor();
  await other.saved();
  // Everything is back but the user's name, which is never taken from a file.
  const after = await other.storedWorkspace();
  assert.deepEqual({ ...after, library: { ...after.library, userName: before.library.userName } }, before);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
});

test('one institution exported with a password holds only that institution, sealed', async () => {
  const { page, context, problems } = await harness.open();
  const app = await withFixture(page);
  await app.goto('/instellingen/instelling?id=inst-2');
  await page.getByRole('button', { name: 'Exporteren met wachtwoord' }).click();
  const dialog = passwordDialog(page);
  await dialog.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await dialog.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
  const sealed = await download(page, dialog.getByRole('button', { name: 'Versleuteld downloaden' }));
  assert.match(sealed.name, /-versleuteld\.json$/);
  assert.equal(sealed.text.includes('Olifantje'), false);

  const fresh = await harness.open();
  await new AppPage(fresh.page, harness.origin).goto('/gegevens');
  await chooseFile(fresh.page, sealed.name, sealed.text);
  await unlockDialog(fresh.page).getByLabel('Wachtwoord van het bestand').fill(PASSWORD);
  await unlockDialog(fresh.page).getByRole('button', { name: 'Openen' }).click();
  // The names added are in a list that opens: read whether open or not.
  const shown = await preview(fresh.page).textContent();
  assert.match(shown, /Kdv Het Olifantje/);
  assert.doesNotMatch(shown, /OBS De Regenboog/);
  assert.deepEqual(problems, []);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
  await context.close();
});

test('a deleted institution leaves no trace in storage, and the backups that still hold it can go too', async () => {
  const { page, context, problems } = await harness.open();
  const app = await withFixture(page);
  // An import that adds a school keeps a backup of the workspace with this school in it
  // (a file with nothing new would keep none).
  const exported = await download(page, page.getByRole('button', { name: 'Alles exporteren', exact: true }));
  const file = JSON.parse(exported.text);
  file.workspace.institutions.push({ id: 'nieuw', name: 'De Vlinder', kind: 'basisschool', createdAt: file.exportedAt, updatedAt: file.exportedAt });
  await chooseFile(page, exported.name, JSON.stringify(file));
  await preview(page).getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/^Samengevoegd:/).waitFor();

  await app.goto('/instellingen/instelling?id=inst-1');
  await page.getByRole('button', { name: 'Instelling verwijderen' }).click();
  await page.getByText(/^Deze instelling, met 3 gesprekken en 1 planningsregel, en alles wat u erbij hebt vastgelegd definitief verwijderen\?/).waitFor();
  await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();

  // Said, on Gegevens, where the backup that still holds it is named.
  await app.heading().filter({ hasText: 'Gegevens' }).waitFor();
  await page.getByText('‘OBS De Regenboog’ is verwijderd. 1 automatische reservekopie bevat haar nog', { exact: false }).waitFor();
  await page.locator('.backup').getByText('Bevat nog verwijderd: OBS De Regenboog').waitFor();
  await app.saved();

  const stored = await everything(page);
  const workspace = await app.storedWorkspace();
  assert.equal(workspace.institutions.some((i) => i.id === 'inst-1'), false);
  assert.equal(workspace.conversations.some((c) => c.institutionId === 'inst-1'), false);
  assert.equal(workspace.activities.some((a) => a.institutionId === 'inst-1'), false);
  for (const [key, value] of Object.entries(stored)) {
    for (const secret of ['OBS De Regenboog', 'Anke de Vries', 'anke@example.nl', 'Veel ouders met een taalachterstand']) {
      assert.equal(value.includes(secret), false, `${secret} is still in ${key}`);
    }
  }

  const traces = page.getByRole('region', { name: 'Reservekopieën met verwijderde instellingen' });
  await traces.getByRole('button', { name: 'Deze reservekopieën verwijderen' }).click();
  await traces.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByText('De reservekopieën met verwijderde instellingen zijn verwijderd.').waitFor();
  await page.getByText('Er zijn nog geen reservekopieën.').waitFor();
  const backups = await page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('ouderpartnerschap');
    open.onerror = fail;
    open.onsuccess = () => {
      const request = open.result.transaction('reservekopieen').objectStore('reservekopieen').getAll();
      request.onsuccess = () => done(request.result);
      request.onerror = fail;
    };
  }));
  assert.equal(backups.some((text) => text.includes('OBS De Regenboog')), false, 'no backup holds it');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the privacy page is reached from the welcome card and from Gegevens, and passes axe', async () => {
  const { page, context, problems } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/');
  const welcome = page.getByRole('region', { name: 'Welkom' });
  await welcome.getByRole('link', { name: 'Privacy' }).click();
  await app.heading().filter({ hasText: 'Privacy' }).waitFor();
  await page.getByText('er is geen server', { exact: false }).first().waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'privacy-page');

  await app.goto('/gegevens');
  await page.getByRole('main').getByRole('link', { name: 'Privacy', exact: true }).click();
  await app.heading().filter({ hasText: 'Privacy' }).waitFor();
  // A reload of the address itself works (a static page at /privacy).
  await app.reload();
  await app.heading().filter({ hasText: 'Privacy' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the reminder at the notes, once dismissed, stays away after a reload and is kept out of the workspace', async () => {
  const { page, context, problems } = await harness.open();
  const app = new AppPage(page, harness.origin);
  await app.goto('/stappenplan/3');
  const note = page.locator('.privacy-note');
  await note.getByText('Schrijf geen namen of persoonlijke details van kinderen en ouders op', { exact: false }).waitFor();
  await app.notes().fill('Ouderavond groep 3 gepland');
  await note.getByRole('button', { name: 'Begrepen, niet meer tonen' }).click();
  await note.waitFor({ state: 'detached' });
  await app.saved();
  await app.reload();
  await app.notes().waitFor();
  assert.equal(await note.count(), 0);
  const stored = await everything(page);
  assert.equal(stored[NOTE_KEY], 'ja');
  const workspace = Object.entries(stored).filter(([key]) => key !== NOTE_KEY);
  assert.equal(workspace.some(([, value]) => value.includes('privacy')), false, 'not in the workspace');
  assert.deepEqual(problems, []);
  await context.close();
});
