// Page object: what a consultant does in the app, in the app's own words.
export const WORKSPACE_KEY = 'ouderpartnerschap.werkruimte';

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

  /** Waits until the app reports everything written to storage. */
  async saved() {
    await this.page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
  }

  async stored() {
    return this.page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
  }

  async store(text) {
    await this.page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, text]);
  }
}
