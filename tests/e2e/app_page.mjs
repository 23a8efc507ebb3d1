// The one module the end-to-end specs share: a page object for PlanLens (as the leptos counters
// example has one) and what it stands on — a static file server (python3 -m http.server on
// 127.0.0.1, a free port), Debian's Chromium driven by playwright-core, and a page watcher that
// records everything that would mean the app is broken for a user: console errors and warnings,
// uncaught exceptions, failed or non-2xx/3xx requests, and CSP violations.
//
// A spec:
//
//   describe('…', () => {
//     const app = useServedApp();               // serves dist/, launches Chromium, closes both after
//     it('…', async () => {
//       const w = await app.open({ width: 360 }); // a watched page on the app, mounted and ready
//       await w.addDocument(SAMPLE_PLAN);
//       await w.tab('table');
//       assert.deepEqual(w.problems(), []);
//       await w.close();
//     });
//   });

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshotDir = path.join(repoRoot, 'tests', 'e2e', 'screenshots');
/** The release build the specs run against (PLANLENS_DIST, else dist/). */
export const dist = path.resolve(repoRoot, process.env.PLANLENS_DIST || 'dist');

/** The CSS selector of the element with `data-testid="id"`. */
export const tid = (id) => `[data-testid="${id}"]`;

/** A document pasted in the specs: the opening of a (made-up) five-year plan. */
export const SAMPLE_PLAN = [
  '某省国民经济和社会发展第十四个五年规划纲要',
  '第一章 发展目标',
  '到2025年，地区生产总值年均增长6%左右，单位地区生产总值能耗降低13.5%，',
  '森林覆盖率达到24.1%，城镇调查失业率控制在5.5%以内。',
].join('\n');

// ---- seed plans ------------------------------------------------------------------------------

/** Where the seed plans are (../shared/corpus/seeds beside the repository). */
export const seedDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seeds');

/** The seed plans, sorted by name: `{ name, file, text() }` each; none when the folder is absent. */
export const seeds = existsSync(seedDir)
  ? readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((name) => {
        const file = path.join(seedDir, name);
        return { name, file, text: () => readFileSync(file, 'utf8') };
      })
  : [];

/** Fails the test when there are no seed plans. */
export function requireSeeds() {
  assert.ok(seeds.length > 0, `no seed texts in ${seedDir}`);
  return seeds;
}

/** The text of the seed plan whose name starts with `prefix` (e.g. '001'); fails the test if none. */
export function seedText(prefix) {
  const found = seeds.find((s) => s.name.startsWith(prefix));
  assert.ok(found, `no seed ${prefix}_*.txt in ${seedDir}`);
  return found.text();
}

// ---- server and browser ----------------------------------------------------------------------

/** Flags for Chromium on a machine with no network but loopback (Playwright adds --headless). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Serves `root` with `python3 -m http.server` on 127.0.0.1 and a port the OS picks.
 * Resolves to { url, close } once the server has printed its address.
 */
export function startServer(root) {
  if (!existsSync(path.join(root))) {
    throw new Error(`nothing to serve: ${root} does not exist (run trunk build first)`);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(
      'python3',
      ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`http.server did not start: ${out}`));
    }, 15000);
    const onData = (chunk) => {
      out += chunk.toString();
      const m = out.match(/port (\d+)/);
      if (m) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        resolve({
          url: `http://127.0.0.1:${m[1]}`,
          close: () =>
            new Promise((done) => {
              child.once('exit', done);
              child.kill();
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', () => {}); // request log; drained so the pipe never fills
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`http.server exited early (${code}): ${out}`));
    });
  });
}

/** Launches Debian's Chromium (never a downloaded browser). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Records the problems of `page` (of `context`) and the URLs it asks for. Returns
 * { page, context, requests, problems }: `problems()` lists the problems as strings.
 */
async function watch(page, context) {
  const issues = [];
  const requests = [];
  // Runs before any page script; CDP-injected, so the page's CSP does not block it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      issues.push(`console ${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => issues.push(`uncaught: ${err.message}`));
  page.on('request', (req) => requests.push(req.url()));
  page.on('requestfailed', (req) =>
    issues.push(`request failed: ${req.url()} (${req.failure()?.errorText})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) issues.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, context, requests, problems: () => [...issues] };
}

/**
 * Opens a page of `width` px in a new context of `browser` and records problems on it.
 * `problems()` lists them as strings; `requests` lists every URL the page asked for.
 */
export async function watchedPage(browser, width, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  return watch(await context.newPage(), context);
}

/** Waits until the app has mounted (the wasm ran and rendered the header) and has read the saved workspace. */
export async function waitForApp(page) {
  await page.waitForSelector(tid('app-header'), { timeout: 30000 });
  await page.waitForSelector('.page[data-ready="true"]', { timeout: 30000 });
}

/** Saves a full-page screenshot of `page` as tests/e2e/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// ---- the page object -------------------------------------------------------------------------

/** Counts the document rows in the page (run in the browser). */
const documentRows = () => document.querySelectorAll('[data-testid="document-item"]').length;

/**
 * PlanLens in one watched browser page. `page`, `context`, `requests` and `problems()` are the
 * watched page's; everything else names what a user does or sees.
 */
export class AppPage {
  /** `watched` as from `watchedPage`; `base` the served app's address (paths resolve against it). */
  constructor(watched, base) {
    this.page = watched.page;
    this.context = watched.context;
    this.requests = watched.requests;
    this.problems = watched.problems;
    this.base = base;
  }

  /** The element with `data-testid="id"`. */
  get(id) {
    return this.page.locator(tid(id));
  }

  /** The paste box. */
  get input() {
    return this.get('source-input');
  }

  /** `at` as a URL: a path such as '/' or '/#v3=…' on the served app, or a whole URL as it is. */
  url(at = '/') {
    return at.startsWith('/') ? `${this.base}${at}` : at;
  }

  /** Goes to `at` and waits for the app. */
  async goto(at = '/') {
    await this.page.goto(this.url(at));
    await this.ready();
  }

  /** Waits until the app has mounted and read the saved workspace. */
  ready() {
    return waitForApp(this.page);
  }

  /** Reloads the page and waits for the app. */
  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /**
   * Another tab in the same browser context (same storage), at `at` and ready: a page object of
   * its own, whose problems are its own (this page's `problems()` do not list them).
   */
  async newTab(at = '/') {
    const tab = new AppPage(await watch(await this.context.newPage(), this.context), this.base);
    await tab.goto(at);
    return tab;
  }

  /** Puts `text` in the paste box the fast way: set the value and dispatch `input` (no typing). */
  paste(text) {
    return this.page.evaluate((t) => {
      const ta = document.querySelector('[data-testid="source-input"]');
      ta.value = t;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }

  /**
   * Pastes `text`, presses Add and waits for the list to have one more document (with
   * `atLeast: true`, one more or more: another tab's save may arrive in the same moment).
   */
  async addDocument(text, { atLeast = false } = {}) {
    const before = await this.documentCount();
    await this.paste(text);
    await this.get('add-document').click();
    await this.waitForDocuments(before + 1, { atLeast });
  }

  /**
   * The open share panel's link, once the analysis worker has made it for the current view (the
   * panel shows none while it is being made).
   */
  async shareLink() {
    await this.page.waitForFunction(() => document.querySelector('[data-testid="share-link"]')?.value);
    return this.get('share-link').inputValue();
  }

  /** Picks `files` (paths, or { name, mimeType, buffer }) in the file input. */
  addFiles(files) {
    return this.get('file-input').setInputFiles(files);
  }

  /** Clicks the tab `name` ('tree', 'table', 'source', 'summary', 'compare'). */
  tab(name) {
    return this.get(`tab-${name}`).click();
  }

  /** The data-testid of the selected tab, e.g. 'tab-table'. */
  activeTab() {
    return this.page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');
  }

  /** The rows of the document list. */
  get documents() {
    return this.get('document-item');
  }

  /** How many documents the list shows. */
  documentCount() {
    return this.documents.count();
  }

  /** The titles in the document list, in order. */
  documentTitles() {
    return this.get('document-title').allInnerTexts();
  }

  /** Waits until the list shows `n` documents (or at least `n` with `atLeast`). */
  waitForDocuments(n, { atLeast = false, timeout } = {}) {
    return this.page.waitForFunction(
      ([want, least]) => {
        const have = document.querySelectorAll('[data-testid="document-item"]').length;
        return least ? have >= want : have === want;
      },
      [n, atLeast],
      timeout === undefined ? {} : { timeout },
    );
  }

  /** The target count shown, as text. */
  targetCount() {
    return this.get('target-count').innerText();
  }

  /**
   * Waits until the app has written what it holds: the stored workspace's order lists `n`
   * documents (read in a transaction the browser runs after any write of the app's in progress).
   * A loop of evaluations: `waitForFunction` does not wait for an async predicate (its promise is
   * truthy at once), so this returned at once before, even while a save was still being made.
   */
  async waitForStored(n, { timeout = 20000 } = {}) {
    const deadline = Date.now() + timeout;
    let listed = null;
    for (;;) {
      listed = await this.page.evaluate(async () => {
        const db = await new Promise((ok, fail) => {
          const r = indexedDB.open('planlens');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        const value = await new Promise((ok) => {
          const r = db.transaction('meta').objectStore('meta').get('workspace');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ok(null);
        });
        db.close();
        if (typeof value !== 'string') return 0;
        try {
          return JSON.parse(value).order.length;
        } catch {
          return null;
        }
      });
      if (listed === n) return;
      if (Date.now() > deadline) {
        throw new Error(`the stored workspace lists ${listed} documents, not ${n}, after ${timeout} ms`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  /**
   * Saves a screenshot as tests/e2e/screenshots/<name>.png and returns its path: the full page,
   * or only the element `selector` when given.
   */
  async screenshot(name, selector) {
    if (!selector) return screenshot(this.page, name);
    mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.locator(selector).screenshot({ path: file });
    return file;
  }

  /** The file the click on `id` downloads: its suggested name, its bytes and its text (UTF-8). */
  async downloaded(id) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.get(id).click()]);
    const bytes = readFileSync(await download.path());
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  /** Closes the page's browser context. */
  close() {
    return this.context.close();
  }
}

// ---- the shared hooks ------------------------------------------------------------------------

/**
 * Registers a suite's `before`/`after` hooks: serve `root` (dist/ unless given) on a free port and
 * launch Chromium before the tests, close both after. Returns the suite's handle: `server` and
 * `browser` (once `before` has run), and `open({ width, height, at, init, initArg })`, an AppPage
 * in a new watched context of `width` × `height` px (1280 × 900 unless given) on the app at `at`
 * ('/' unless given), mounted and ready; `init(initArg)`, when given, runs in the page before any
 * of the app's scripts (Playwright's addInitScript), e.g. to make storage throw.
 */
export function useServedApp(root = dist) {
  const app = {
    server: null,
    browser: null,
    async open({ width = 1280, height = 900, at = '/', init, initArg } = {}) {
      const w = new AppPage(await watchedPage(app.browser, width, height), app.server.url);
      if (init) await w.page.addInitScript(init, initArg);
      await w.goto(at);
      return w;
    },
  };
  before(async () => {
    app.server = await startServer(root);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
