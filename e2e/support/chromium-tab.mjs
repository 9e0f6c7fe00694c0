// The engine-neutral tab (tab.mjs) on a Playwright page in Debian's Chromium.
import { IN_PAGE_SETUP, Tab, serializable } from './tab.mjs';
import { screenshot, watch } from './harness.mjs';

export class ChromiumTab extends Tab {
  constructor(page, origin, problems, windows = []) {
    super();
    this.page = page;
    this.origin = origin;
    this.watched = problems;
    // Every tab of this profile, so that `problems()` covers all of them.
    this.windows = windows;
    windows.push(this);
  }

  /** A fresh profile (its own storage) at `viewport`, from a running harness. */
  static async open(harness, viewport) {
    const { page, problems } = await harness.open(viewport);
    return new ChromiumTab(page, harness.origin, problems);
  }

  async goto(path) {
    await this.page.goto(this.origin + path);
  }

  async reload() {
    await this.page.reload();
  }

  /** Runs `fn(...args)` in the page (element handles may be among the args). */
  evaluate(fn, ...args) {
    // Built here, in Node; Playwright sends its source to the page, past the page's CSP.
    const call = new Function('args', `return (${fn.toString()})(...args)`);
    return this.page.evaluate(call, args);
  }

  async find(query) {
    await this.page.evaluate(IN_PAGE_SETUP);
    const handle = await this.page.evaluateHandle((q) => window.__find(q), serializable(query));
    const element = handle.asElement();
    return element && { handle: element };
  }

  async tap(found) {
    await found.handle.click();
  }

  async typeInto(found, text) {
    await found.handle.fill(text);
  }

  async chooseFile(query, { name, text }) {
    const found = await this.element(query);
    await found.handle.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async printMedia(on) {
    await this.page.emulateMedia({ media: on ? 'print' : 'screen' });
  }

  async offline(on) {
    await this.page.context().setOffline(on);
  }

  async screenshot(name) {
    await screenshot(this.page, `${name}-chromium`);
  }

  async another() {
    const page = await this.page.context().newPage();
    return new ChromiumTab(page, this.origin, watch(page, this.origin), this.windows);
  }

  /** Everything seen in every tab of this profile so far. */
  async problems() {
    return this.windows.flatMap((tab) => tab.watched);
  }

  async close() {
    await this.page.context().close();
  }
}
