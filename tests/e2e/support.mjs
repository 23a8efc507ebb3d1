// Shared helpers for the end-to-end specs: a static file server (python3 -m http.server on
// 127.0.0.1, random free port), Debian's Chromium driven by playwright-core, and a page watcher
// that records everything that would mean the app is broken for a user: console errors and
// warnings, uncaught exceptions, failed or non-2xx/3xx requests, and CSP violations.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshotDir = path.join(repoRoot, 'tests', 'e2e', 'screenshots');

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

/** A document pasted in the specs: the opening of a (made-up) five-year plan. */
export const SAMPLE_PLAN = [
  '某省国民经济和社会发展第十四个五年规划纲要',
  '第一章 发展目标',
  '到2025年，地区生产总值年均增长6%左右，单位地区生产总值能耗降低13.5%，',
  '森林覆盖率达到24.1%，城镇调查失业率控制在5.5%以内。',
].join('\n');

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
 * Opens a page of `width` px in `browser` and records problems on it. `problems()` lists them
 * as strings; `requests` lists every URL the page asked for.
 */
export async function watchedPage(browser, width, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
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

/** Waits until the app has mounted (the wasm ran and rendered the header) and has read the saved workspace. */
export async function waitForApp(page) {
  await page.waitForSelector('[data-testid="app-header"]', { timeout: 30000 });
  await page.waitForSelector('.page[data-ready="true"]', { timeout: 30000 });
}

/** Saves a full-page screenshot as tests/e2e/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Registers a suite's `before`/`after` hooks: serve `root` and launch Chromium before the tests
 * (handing both to `set`), close them after.
 */
export function useServedApp(root, set) {
  const held = {};
  before(async () => {
    held.server = await startServer(root);
    held.browser = await launchBrowser();
    set(held.server, held.browser);
  });
  after(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
}
