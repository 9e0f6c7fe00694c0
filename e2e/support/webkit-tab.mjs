// The engine-neutral tab (tab.mjs) in WebKit: Debian's WebKitGTK MiniBrowser, driven by
// WebKitWebDriver (one per browser, webkit-driver.mjs) on the display of scripts/xvfb.sh.
// WebDriver has no init scripts, so the page is watched from inside once it is loaded:
// uncaught errors, console errors and every resource fetched from another origin.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import { ARTIFACTS } from './paths.mjs';
import { IN_PAGE_SETUP, Tab, serializable } from './tab.mjs';
import { startBrowser } from './webkit-driver.mjs';

// scripts/xvfb.sh finds it in Debian's package and exports its path.
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
};

/** Installed in each loaded document: what went wrong in it, read by `problems()`. */
function watchInPage() {
  if (window.__problems) return;
  const problems = (window.__problems = []);
  window.addEventListener('error', (e) => problems.push(`page error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => problems.push(`page error: ${e.reason}`));
  // The CSP blocks a request to another origin before it is made: its violation says so.
  document.addEventListener('securitypolicyviolation', (e) => problems.push(`request to another origin: ${e.blockedURI}`));
  const error = console.error.bind(console);
  console.error = (...parts) => {
    problems.push(`console error: ${parts.join(' ')}`);
    error(...parts);
  };
}

/**
 * What the current document saw go wrong, including requests to other origins. An error
 * while loading, before the watcher is in, shows as the app's crash banner (its panic hook)
 * or as an app that never mounts, which the journey's next wait reports.
 */
function problemsInPage() {
  const crashed = document.querySelector('.banner--crash') ? ['the app crashed: its banner is shown'] : [];
  const foreign = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => !url.startsWith(location.origin) && !/^(data|blob):/.test(url))
    .map((url) => `request to another origin: ${url}`);
  return [...crashed, ...(window.__problems ?? []), ...foreign];
}

export class WebKitTab extends Tab {
  constructor(session, handle, origin) {
    super();
    this.session = session;
    this.handle = handle;
    this.origin = origin;
    session.tabs.push(this);
  }

  /**
   * A new MiniBrowser (a fresh, ephemeral profile) whose page is `viewport` large.
   * `network` takes the app's server away and back (`down()`, `up()`): WebDriver cannot
   * switch WebKit offline.
   */
  static async open(origin, viewport, network) {
    const { session: driver, stop } = await startBrowser(async (url) => {
      const started = await new Builder().usingServer(url).withCapabilities(CAPABILITIES).build();
      await started.getWindowHandle();
      return started;
    });
    try {
      const session = { driver, stop, network, current: await driver.getWindowHandle(), seen: [], tabs: [] };
      const tab = new WebKitTab(session, session.current, origin);
      await tab.resize(viewport);
      return tab;
    } catch (error) {
      stop();
      throw error;
    }
  }

  /**
   * Sizes the window so that the page itself (inside the browser's toolbar) is `viewport`.
   * The window may take a moment to follow, so the size is read back and corrected.
   */
  async resize({ width, height }) {
    const driver = this.session.driver;
    const inner = () => driver.executeScript('return [innerWidth, innerHeight]');
    let outer = { width, height };
    let now;
    for (let tries = 0; tries < 10; tries++) {
      await driver.manage().window().setRect({ x: 0, y: 0, ...outer });
      await new Promise((done) => setTimeout(done, 100));
      now = await inner();
      if (now[0] === width && now[1] === height) {
        this.viewport = { width, height };
        return;
      }
      outer = { width: outer.width + width - now[0], height: outer.height + height - now[1] };
    }
    throw new Error(`the page stays ${now.join('×')}, not ${width}×${height}: is the display large enough?`);
  }

  /** Makes this tab's window the one the driver talks to. */
  async focus() {
    if (this.session.current !== this.handle) {
      await this.session.driver.switchTo().window(this.handle);
      this.session.current = this.handle;
    }
    return this.session.driver;
  }

  async goto(path) {
    await this.keepProblems();
    await (await this.focus()).get(this.origin + path);
    this.loaded = true;
    await this.evaluate(watchInPage);
  }

  async reload() {
    await this.keepProblems();
    await (await this.focus()).navigate().refresh();
    await this.evaluate(watchInPage);
  }

  /** Runs `fn(...args)` in the page (elements may be among the args); awaits a promise. */
  async evaluate(fn, ...args) {
    const driver = await this.focus();
    // Each argument on its own: WebKitWebDriver does not turn element references nested
    // in an array back into elements.
    const result = await driver.executeAsyncScript(
      `const args = [...arguments];
       const done = args.pop();
       Promise.resolve().then(() => (${fn.toString()})(...args))
         .then((value) => done({ value }), (error) => done({ error: String(error) + ' ' + (error && error.stack) }));`,
      ...args,
    );
    if (result.error) throw new Error(`in the page: ${result.error}`);
    return result.value;
  }

  async find(query) {
    const driver = await this.focus();
    const element = await driver.executeScript(`${IN_PAGE_SETUP}; return window.__find(arguments[0]);`, serializable(query));
    return element && { handle: element };
  }

  /** A finger's tap: the element is brought into view first, as a user scrolls to it. */
  async tap(found) {
    await this.evaluate((el) => el.scrollIntoView({ block: 'center' }), found.handle);
    await found.handle.click();
  }

  async typeInto(found, text) {
    await this.evaluate((el) => el.scrollIntoView({ block: 'center' }), found.handle);
    await found.handle.clear();
    if (text) await found.handle.sendKeys(text);
  }

  /** Picks a file through the file input, as the system's file chooser would. */
  async chooseFile(query, { name, text }) {
    const path = join(mkdtempSync(join(tmpdir(), 'ouderpartnerschap-')), name);
    writeFileSync(path, text);
    const found = await this.element(query);
    await found.handle.sendKeys(path);
  }

  /**
   * WebDriver can neither print nor emulate print media in WebKitGTK, so the stylesheets'
   * media are switched instead: `print` rules apply to the screen, `screen` rules do not.
   */
  async printMedia(on) {
    await this.evaluate((print) => {
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (!(rule instanceof CSSMediaRule)) continue;
          rule.__media ??= rule.media.mediaText;
          const media = rule.__media;
          const paper = /\bprint\b/.test(media) ? 'all' : /\bscreen\b/.test(media) ? 'not all' : media;
          rule.media.mediaText = print ? paper : media;
        }
      }
    }, on);
  }

  async offline(on) {
    await (on ? this.session.network.down() : this.session.network.up());
  }

  /** Saves what the window shows under test-artifacts/ (WebDriver captures the viewport). */
  async screenshot(name) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const png = await (await this.focus()).takeScreenshot();
    writeFileSync(join(ARTIFACTS, `${name}-webkit.png`), Buffer.from(png, 'base64'));
  }

  /** A second window of the same browser: the same profile, so the same storage. */
  async another() {
    const driver = await this.focus();
    await driver.switchTo().newWindow('window');
    const handle = await driver.getWindowHandle();
    this.session.current = handle;
    const tab = new WebKitTab(this.session, handle, this.origin);
    await tab.resize(this.viewport);
    return tab;
  }

  async keepProblems() {
    // Before the first navigation there is no document of the app to ask.
    if (this.loaded) this.session.seen.push(...(await this.evaluate(problemsInPage)));
  }

  /** Everything seen in every window of this browser so far. */
  async problems() {
    for (const tab of this.session.tabs) await tab.keepProblems();
    const all = [...new Set(this.session.seen)];
    this.session.seen = [];
    return all;
  }

  async close() {
    // Quit politely; the driver and its browser are stopped either way.
    await Promise.race([this.session.driver.quit().catch(() => {}), new Promise((done) => setTimeout(done, 5_000))]);
    this.session.stop();
  }
}
