// Page object: what a consultant does in the app, in the app's own words.
import { readStoredWorkspace } from './in-page.mjs';
import { WORKSPACE_KEY } from './screens.mjs';

export { WORKSPACE_KEY };

export class AppPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  async goto(path = '/') {
    await this.page.goto(this.origin + path);
    await this.ready();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** The app has mounted when its main navigation is there. */
  async ready() {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async navigate(label) {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true }).click();
  }

  async setStatus(label) {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  statusRadio(label) {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  notes() {
    return this.page.getByLabel('Notities');
  }

  /** Waits until the app reports everything written to storage; fails at once when it
   *  reports that a save failed ("Niet opgeslagen"). */
  async saved() {
    const said = await this.page.waitForFunction(() => {
      const text = document.querySelector('.save-indicator')?.textContent.trim();
      return (text === 'Opgeslagen' || text === 'Niet opgeslagen') && text;
    });
    const text = await said.jsonValue();
    if (text !== 'Opgeslagen') throw new Error(`the app says: ${text}`);
  }

  async stored() {
    return this.page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
  }

  /** The stored workspace, its record lists read back from the parts the main document names. */
  async storedWorkspace() {
    return this.page.evaluate(readStoredWorkspace, WORKSPACE_KEY);
  }

  /** Waits until a document of an older version has been written again in parts. */
  async rewrittenInParts() {
    await this.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key))?.schemaVersion === 5, WORKSPACE_KEY);
  }

  async store(text) {
    await this.page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, text]);
  }
}

/** The Instellingen part: the list and one institution's page. */
export class InstitutionsPage {
  constructor(app) {
    this.app = app;
    this.page = app.page;
  }

  async open() {
    await this.app.navigate('Instellingen');
    await this.app.heading().filter({ hasText: 'Instellingen' }).waitFor();
  }

  /** Adds an institution from the list and lands on its page. */
  async add(name, kind) {
    const form = this.page.locator('form.add-form');
    await form.getByLabel('Naam').fill(name);
    await form.getByLabel('Soort').selectOption({ label: kind });
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await this.app.heading().filter({ hasText: name }).waitFor();
  }

  async openInstitution(name) {
    await this.page.locator('.institution-list').getByRole('link', { name: new RegExp(name) }).click();
    await this.app.heading().filter({ hasText: name }).waitFor();
  }

  async tab(label) {
    const tabs = this.page.getByRole('navigation', { name: 'Onderdelen van deze instelling' });
    await tabs.getByRole('link', { name: new RegExp(`^${label}`) }).click();
    await tabs.locator('[aria-current="page"]', { hasText: label }).waitFor();
  }

  indicator(marker) {
    return this.page.locator('.checklist li').filter({ hasText: new RegExp(`^${marker}\\. `) }).getByRole('checkbox');
  }

  async choose(label) {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }
}
