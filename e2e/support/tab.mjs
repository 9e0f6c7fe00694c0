// One browser tab, driven the same way in every engine: Chromium through Playwright,
// WebKit through WebDriver. Elements are found inside the page by Testing Library's role,
// label and text queries, so a journey means the same thing in both engines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

const TESTING_LIBRARY = readFileSync(
  join(ROOT, 'node_modules', '@testing-library', 'dom', 'dist', '@testing-library', 'dom.umd.min.js'),
  'utf8',
);

/** How long an element or a condition is waited for before a journey fails. */
export const TIMEOUT_MS = 15_000;

/**
 * In the page: the elements a query names. A query is `{ role, name }`, `{ label }`,
 * `{ text }` or `{ css }`, optionally `within` another query (or a CSS selector) and `nth`.
 * Names and texts are exact unless `exact: false`; a RegExp arrives as `{ regex, flags }`.
 */
function findInPage(query) {
  const queries = window.TestingLibraryDom;
  const name = (n) => (n && typeof n === 'object' ? new RegExp(n.regex, n.flags) : n);
  function all(q) {
    const scopes = !q.within
      ? [document.body]
      : typeof q.within === 'string'
        ? [...document.querySelectorAll(q.within)]
        : pick(q.within);
    const exact = q.exact ?? true;
    return scopes.flatMap((scope) => {
      if (q.css) return [...scope.querySelectorAll(q.css)];
      if (q.role) return queries.queryAllByRole(scope, q.role, { name: name(q.name), level: q.level, exact });
      if (q.label) return queries.queryAllByLabelText(scope, name(q.label), { exact });
      // Like Playwright's text: an element's whole text (a <strong> inside included), the
      // innermost element that matches.
      const wanted = name(q.text);
      const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
      const matches = (el) =>
        wanted instanceof RegExp ? wanted.test(text(el)) : exact ? text(el) === wanted : text(el).includes(wanted);
      return [...scope.querySelectorAll(q.selector ?? '*')].filter(
        (el) => matches(el) && ![...el.children].some(matches) && !el.closest('script, style'),
      );
    });
  }
  // A scope with `nth` is that one element; without, every match is searched.
  function pick(q) {
    const found = all(q);
    return q.nth === undefined ? found : found.slice(q.nth, q.nth + 1);
  }
  return all(query)[query.nth ?? 0] ?? null;
}

/** A query as it crosses into the page: RegExps become `{ regex, flags }`. */
export function serializable(query) {
  const out = {};
  for (const [key, value] of Object.entries(query)) {
    if (value instanceof RegExp) out[key] = { regex: value.source, flags: value.flags };
    else if (value && typeof value === 'object') out[key] = serializable(value);
    else out[key] = value;
  }
  return out;
}

/** The script that makes `window.__find` available in the current document. */
export const IN_PAGE_SETUP = `
  if (!window.TestingLibraryDom) { ${TESTING_LIBRARY} }
  window.__find = ${findInPage.toString()};
`;

/** Polls `probe` until it returns something truthy, or fails after TIMEOUT_MS with `what`. */
export async function poll(probe, what, timeout = TIMEOUT_MS) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      // A probe that never settles (a promise in the page) counts as not yet.
      const left = Math.max(end - Date.now(), 0);
      const value = await Promise.race([probe(), new Promise((done) => setTimeout(done, left, false))]);
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      throw new Error(`waited ${timeout / 1000} s for ${what}${last ? `: ${last.message}` : ''}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Readable form of a query, for failure messages. */
export const describe = (query) => JSON.stringify(serializable(query));

/**
 * What every tab offers on top of its engine: waiting for an element, reading it, and the
 * form controls a consultant uses. Engines implement `goto`, `reload`, `evaluate`, `find`, `tap`,
 * `typeInto`, `chooseFile`, `printMedia`, `offline`, `screenshot`, `another`,
 * `problems` and `close`.
 */
export class Tab {
  /** Runs `fn(...args)` in the page until it returns something truthy. */
  until(fn, ...args) {
    return poll(() => this.evaluate(fn, ...args), `${fn.toString().slice(0, 120)} ${JSON.stringify(args)}`);
  }

  async attribute(query, script) {
    const found = await this.element(query);
    return this.evaluate(script, found.handle);
  }

  value(query) {
    return this.attribute(query, (el) => el.value);
  }

  checked(query) {
    return this.attribute(query, (el) => el.checked);
  }

  text(query) {
    return this.attribute(query, (el) => el.innerText);
  }

  /** Waits until the element's text matches `pattern`. */
  async untilText(query, pattern) {
    await this.element(query);
    return poll(async () => {
      const found = await this.find(query);
      const text = found && (await this.evaluate((el) => el.innerText, found.handle));
      return pattern.test(text ?? '') && text;
    }, `${describe(query)} to read ${pattern}`);
  }

  /** Waits for the element and returns it. */
  element(query) {
    return poll(() => this.find(query), describe(query));
  }

  async click(query) {
    await this.tap(await this.element(query));
  }

  async check(query, on = true) {
    const found = await this.element(query);
    if ((await this.evaluate((el) => el.checked, found.handle)) !== on) await this.tap(found);
    await poll(async () => (await this.evaluate((el) => el.checked, found.handle)) === on, `${describe(query)} checked=${on}`);
  }

  /** Types `text` into a field (replacing what was there); dates and months as a picker sets them. */
  async fill(query, text) {
    const found = await this.element(query);
    const picker = await this.evaluate((el) => ['date', 'month', 'time'].includes(el.type), found.handle);
    if (picker) {
      await this.evaluate((el, value) => {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, found.handle, text);
    } else {
      await this.typeInto(found, text);
    }
  }

  /**
   * The file the app hands the browser as a download while `action` runs: its name and
   * text, read back from its blob. WebDriver cannot reach WebKitGTK's downloads, so both
   * engines take it from the page alike (Chromium's real downloads are tested in e2e/).
   */
  async download(action) {
    await this.evaluate(() => {
      // The page's CSP forbids fetching even a blob: URL, so the Blob is kept as it is made.
      const blobs = new Map();
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob) => {
        const url = createObjectURL(blob);
        blobs.set(url, blob);
        return url;
      };
      window.__downloads = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (this.download) window.__downloads.push({ name: this.download, blob: blobs.get(this.href) });
        else click.call(this);
      };
    });
    await action();
    return this.until(async () => {
      const offered = window.__downloads[0];
      return offered && { name: offered.name, text: await offered.blob.text() };
    });
  }

  /** Picks the option whose text is `label`, as a tap in the select's list does. */
  async select(query, label) {
    const found = await this.element(query);
    const ok = await this.evaluate((el, wanted) => {
      const option = [...el.options].find((o) => o.text.trim() === wanted);
      if (!option) return false;
      el.value = option.value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, found.handle, label);
    if (!ok) throw new Error(`${describe(query)} has no option ‘${label}’`);
  }
}

/** At most this long per journey: a browser that stops answering fails it, never hangs the run. */
export const JOURNEY_TIMEOUT_MS = 180_000;

/** Runs one journey with `start(viewport)` opening its browsers, and closes them all after. */
export async function runJourney(journey, start) {
  const opened = [];
  try {
    await journey.run(async (viewport) => {
      const tab = await start(viewport);
      opened.push(tab);
      return tab;
    });
  } finally {
    for (const tab of opened) {
      // A browser that no longer answers is given 10 s, then left to the driver's stop.
      await Promise.race([tab.close().catch(() => {}), new Promise((done) => setTimeout(done, 10_000))]);
    }
  }
}
