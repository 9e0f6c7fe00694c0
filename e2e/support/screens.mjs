// Page objects over the engine-neutral tab (tab.mjs): one small class per screen, in the
// app's own words, used by the journeys that run in Chromium and in WebKit alike.
import { readStoredWorkspace } from './in-page.mjs';

export const WORKSPACE_KEY = 'ouderpartnerschap.werkruimte';

const MAIN_MENU = { role: 'navigation', name: 'Hoofdmenu' };

/** What every screen has: the menu, the header's save status, storage. */
export class App {
  constructor(tab) {
    this.tab = tab;
  }

  async goto(path) {
    await this.tab.goto(path);
    await this.ready();
  }

  async reload() {
    await this.tab.reload();
    await this.ready();
  }

  /** The app has mounted when its main navigation is there. */
  async ready() {
    await this.tab.element(MAIN_MENU);
  }

  async heading(pattern) {
    return this.tab.untilText({ role: 'heading', level: 1 }, pattern);
  }

  async navigate(label) {
    await this.tab.click({ role: 'link', name: label, within: MAIN_MENU });
  }

  /** Waits until the header reports everything written to storage. */
  async saved() {
    const text = await this.tab.until(() => {
      const said = document.querySelector('.save-indicator')?.textContent.trim();
      return (said === 'Opgeslagen' || said === 'Niet opgeslagen') && said;
    });
    if (text !== 'Opgeslagen') throw new Error(`the app says: ${text}`);
  }

  /** Waits for an alert (or status, with `role`) whose text matches `pattern`; returns its text. */
  async message(pattern, role = 'alert') {
    return this.tab.until(
      (r, source, flags) => [...document.querySelectorAll(`[role="${r}"]`)].map((a) => a.innerText).find((t) => new RegExp(source, flags).test(t)),
      role, pattern.source, pattern.flags,
    );
  }

  header() {
    return this.tab.text({ role: 'banner' });
  }

  stored() {
    return this.tab.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
  }

  async store(text) {
    await this.tab.evaluate((key, value) => localStorage.setItem(key, value), WORKSPACE_KEY, text);
  }

  /** Everything the app keeps in localStorage, key by key. */
  everything() {
    return this.tab.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }

  /** The stored workspace, its record lists read back from its parts. */
  storedWorkspace() {
    return this.tab.evaluate(readStoredWorkspace, WORKSPACE_KEY);
  }
}

/** The welcome card on first use. */
export class FirstUse {
  constructor(tab) {
    this.tab = tab;
  }

  async fill(library, user) {
    await this.tab.element({ role: 'heading', name: 'Welkom' });
    await this.tab.fill({ label: 'Naam van de bibliotheek' }, library);
    await this.tab.fill({ label: 'Uw naam' }, user);
    await this.tab.click({ role: 'button', name: 'Klaar' });
  }
}

/** One step of the library's step plan (or of an institution). */
export class StepScreen {
  constructor(tab) {
    this.tab = tab;
  }

  setStatus(label) {
    return this.tab.check({ role: 'radio', name: label });
  }

  status(label) {
    return this.tab.checked({ role: 'radio', name: label });
  }

  notes = { label: 'Notities' };
  date = { label: 'Datum' };
  who = { label: 'Wie' };
}

/** The Instellingen list and one institution's page. */
export class InstitutionScreen {
  constructor(tab, app) {
    this.tab = tab;
    this.app = app;
  }

  /** Adds an institution from the list and lands on its page. */
  async add(name, kind) {
    const form = 'form.add-form';
    await this.tab.fill({ label: 'Naam', within: form }, name);
    await this.tab.select({ label: 'Soort', within: form }, kind);
    await this.tab.click({ role: 'button', name: 'Toevoegen', within: form });
    await this.app.heading(new RegExp(name));
  }

  async openTab(label) {
    const tabs = { role: 'navigation', name: 'Onderdelen van deze instelling' };
    await this.tab.click({ role: 'link', name: new RegExp(`^${label}`), within: tabs });
    await this.tab.untilText({ css: '[aria-current="page"]', within: tabs }, new RegExp(label));
  }

  /** Step 7's checkbox for indicator `marker` (a–e). */
  indicator(marker) {
    return { role: 'checkbox', within: { css: '.checklist li', nth: 'abcde'.indexOf(marker) } };
  }
}

/** A conversation's page (bijlage 4 or 5): its questions as cards with notes. */
export class ConversationScreen {
  constructor(tab) {
    this.tab = tab;
  }

  answer(id) {
    return { role: 'textbox', within: `#${id}` };
  }

  discussed(id) {
    return { label: 'Besproken', within: `#${id}` };
  }
}

/** Step 11's planning form: its rows as cards, closed to one line until tapped. */
export class PlanningScreen {
  constructor(tab) {
    this.tab = tab;
  }

  row(n) {
    return { css: '.planning-row', nth: n };
  }

  field(n, label) {
    return { label, within: this.row(n) };
  }

  async count(expected) {
    await this.tab.until((n) => document.querySelectorAll('.planning-row').length === n, expected);
  }

  async open(n) {
    const row = this.row(n);
    const details = await this.tab.element({ css: 'details', within: row });
    if (!(await this.tab.evaluate((d) => d.open, details.handle))) {
      await this.tab.click({ css: 'summary', within: row });
    }
  }

  async fill(n, label, value) {
    await this.open(n);
    await this.tab.fill(this.field(n, label), value);
  }
}

/** Gegevens: export, import with its preview, the device's storage. */
export class DataScreen {
  constructor(tab) {
    this.tab = tab;
  }

  preview = { role: 'region', name: 'Voorbeeld van de import' };

  async chooseFile(name, text) {
    await this.tab.chooseFile({ css: 'input[type="file"]' }, { name, text });
  }
}
