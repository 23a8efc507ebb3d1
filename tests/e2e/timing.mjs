// Timing (not a test): page load to interactive, cold and warm (the second load, from the service
// worker's cache), a paste with Add pressed at once to its rendered tree (the analysis worker's
// path, the longest main-thread task from the paste on), paste of a 100,000-, 270,000- and 2,000,000-character plan to its rendered
// tree with the longest main-thread task meanwhile (PerformanceObserver 'longtask'), then the
// slowest of five `j` presses in the tree, table and source views and the time to switch tabs,
// against the release build in dist/.
// Last, the compare tab over many documents (PLANLENS_TIMING_COMPARE, default 100: the seed texts
// loaded as that many files, each a little different): the time from the tab's click to its
// rendered table and the longest main-thread task meanwhile (the panel is computed in the page).
// Run: node tests/e2e/timing.mjs (PLANLENS_TIMING_TRACE=trace.json also writes a Chrome trace)
// The plan is made by repeating the seed texts (../shared/corpus/seeds) read at run time, or the
// app's own examples when the seeds are absent.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppPage, dist, launchBrowser, repoRoot, seeds, startServer, watchedPage } from './app_page.mjs';

const sources = seeds.length
  ? seeds.map((s) => s.file)
  : readdirSync(path.join(repoRoot, 'src', 'examples'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(repoRoot, 'src', 'examples', f));
const base = sources.map((f) => readFileSync(f, 'utf8')).join('\n');

// PLANLENS_TIMING_SIZES=100000,270000 and PLANLENS_TIMING_RUNS=1 shorten a run
const SIZES = (process.env.PLANLENS_TIMING_SIZES || '100000,270000,2000000').split(',').map(Number);
const RUNS = Number(process.env.PLANLENS_TIMING_RUNS || 3);
const COMPARED = Number(process.env.PLANLENS_TIMING_COMPARE || 100);
// how long the page stands idle after its load before the timed pastes (PLANLENS_TIMING_IDLE, ms)
const IDLE = Number(process.env.PLANLENS_TIMING_IDLE ?? 2000);

function planOf(chars) {
  let text = '';
  while ([...text].length < chars) text += base + '\n';
  return [...text].slice(0, chars).join('');
}

const server = await startServer(dist);
const browser = await launchBrowser();
const results = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const app = new AppPage(await watchedPage(browser, 1280), server.url);
    const { page } = app;
    // resolves once the list has more than `before` documents and the tree shows a target
    await page.addInitScript(() => {
      window.untilTree = (before) =>
        new Promise((resolve) => {
          const check = () => {
            const items = document.querySelectorAll('[data-testid="document-item"]').length;
            if (items > before && document.querySelector('.tree-view [data-testid="target"]')) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
    });
    const t0 = Date.now();
    await page.goto(`${server.url}/`);
    await page.locator('[data-testid="add-document"]').waitFor();
    const load = Date.now() - t0;
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return Math.round(n.domContentLoadedEventEnd);
    });
    // paste to rendered tree: the value set, `input` dispatched and Add pressed at once (no pause
    // for the preview), the longest main-thread task from the paste on; then the document goes
    // (the plan goes into the page first: reading a 2 MB argument is Playwright's long task)
    const pasteToTree = async (plan) => {
      await page.evaluate((plan) => { window.timingPlan = plan; }, plan);
      return page.evaluate(async ({ before }) => {
        let longest = 0;
        const t = performance.now();
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.startTime >= t) longest = Math.max(longest, e.duration);
        });
        observer.observe({ type: 'longtask' });
        const ta = document.querySelector('[data-testid="source-input"]');
        ta.value = window.timingPlan;
        delete window.timingPlan;
        ta.dispatchEvent(new Event('input', { bubbles: true }));
        document.querySelector('[data-testid="add-document"]').click();
        await window.untilTree(before);
        const pasteToTree = performance.now() - t;
        await new Promise((r) => setTimeout(r, 1500)); // progressive rendering finishes
        observer.disconnect();
        return { pasteToTree: Math.round(pasteToTree), pasteLongestTask: Math.round(longest) };
      }, { before: await page.locator('[data-testid="document-item"]').count() });
    };
    // a paste right after the cold load: the analysis worker may still be starting, its code not
    // yet compiled by the browser's optimising tier (a text not timed below: the cache would answer)
    const atOnce = await pasteToTree(`〇${planOf(SIZES[0]).slice(1)}`);
    await page.locator('[data-testid="remove"]').first().click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="document-item"]'));
    await page.waitForTimeout(500); // the removal is saved before the reload
    // warm: once the service worker controls the page, load it again (from its cache)
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
    const t1 = Date.now();
    await page.goto(`${server.url}/`);
    await page.locator('[data-testid="add-document"]').waitFor();
    const warm = Date.now() - t1;

    // the timed pastes below come once the page has stood idle for IDLE ms, as it does while a
    // user finds the text to paste (the analysis worker has started and warmed meanwhile)
    await page.waitForTimeout(IDLE);
    const timings = {};
    for (const chars of SIZES) {
      const plan = planOf(chars);
      const direct = await pasteToTree(plan);
      await page.locator('[data-testid="remove"]').first().click();
      // a slightly different text, so that the cache of the first one does not answer
      // put the text in the textarea without the (slow, test-only) per-character typing
      // (a plan over 200,000 characters is pasted as the browser fires a paste: the app holds it
      // out of the box; a shorter one is put in the box as typing would)
      const second = `${plan.slice(0, -1)}。`;
      // the page's own paste handler, timed around its (synchronous) dispatch: the clipboard's
      // data is made first, outside it
      let pasteHandler = null;
      if (chars > 200000) {
        pasteHandler = await page.evaluate((text) => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
          const t = performance.now();
          document.querySelector('[data-testid="source-input"]').dispatchEvent(event);
          return Math.round(performance.now() - t);
        }, second);
      } else {
        await app.paste(second);
      }
      const before = await page.locator('[data-testid="document-item"]').count();
      // PLANLENS_TIMING_TRACE=file.json: a Chrome trace of this step for the largest size (open it
      // in chrome://tracing or the DevTools performance panel to see what a long task ran)
      const trace = process.env.PLANLENS_TIMING_TRACE && chars === Math.max(...SIZES) && run === 0;
      if (trace) {
        await browser.startTracing(page, {
          path: process.env.PLANLENS_TIMING_TRACE,
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
        });
      }
      const ms = await page.evaluate(async (before) => {
        // longest gap between animation frames while the preview and the add run = the worst freeze
        let last = performance.now();
        let worst = 0;
        let on = true;
        // the longest task on the main thread while the plan is analysed and rendered
        let longest = 0;
        const from = performance.now(); // (not the tasks before, reported late: Playwright's own)
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.startTime >= from) longest = Math.max(longest, e.duration);
        });
        observer.observe({ type: 'longtask' });
        const frame = () => {
          const now = performance.now();
          worst = Math.max(worst, now - last);
          last = now;
          if (on) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        await new Promise((r) => setTimeout(r, 450)); // the debounced live preview runs meanwhile
        const t = performance.now();
        document.querySelector('[data-testid="add-document"]').click();
        await window.untilTree(before);
        const toTree = performance.now() - t;
        await new Promise((r) => setTimeout(r, 1500)); // progressive rendering finishes
        on = false;
        observer.disconnect();
        return { toTree: Math.round(toTree), worstFrame: Math.round(worst), longestTask: Math.round(longest) };
      }, before);
      if (trace) await browser.stopTracing();
      // selecting with j, and switching tabs, on the document just added
      const interact = await page.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const press = async () => {
          const times = [];
          for (let k = 0; k < 5; k += 1) {
            const t = performance.now();
            window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
            await frame();
            times.push(performance.now() - t);
          }
          return Math.round(Math.max(...times));
        };
        const tab = async (id, sel) => {
          const t = performance.now();
          document.querySelector(`[data-testid="${id}"]`).click();
          await new Promise((resolve) => {
            const check = () => (document.querySelector(sel) ? resolve() : requestAnimationFrame(check));
            check();
          });
          await frame();
          return Math.round(performance.now() - t);
        };
        document.activeElement?.blur();
        const out = { jTree: await press() };
        out.toTable = await tab('tab-table', 'tr[data-testid="target"]');
        out.jTable = await press();
        out.toSource = await tab('tab-source', 'mark[data-testid="target"]');
        out.jSource = await press();
        out.backToTree = await tab('tab-tree', '.tree-view [data-testid="target"]');
        return out;
      });
      timings[chars] = { ...direct, pasteHandler, ...ms, ...interact, targets: Number(await page.locator('[data-testid="target-count"]').innerText()) };
    }
    results.push({ load, warm, domContentLoaded: nav, atOnce, timings });
    await app.close();
  }
  // the compare tab over COMPARED documents (files, so they are analysed as a user's folder is)
  if (COMPARED >= 2) {
    const app = new AppPage(await watchedPage(browser, 1280), server.url);
    const { page } = app;
    await app.goto('/');
    const texts = sources.map((f) => readFileSync(f, 'utf8'));
    const files = Array.from({ length: COMPARED }, (_, k) => ({
      name: `plan-${k + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${texts[k % texts.length]}\n（${k + 1}）`),
    }));
    await app.addFiles(files);
    await app.waitForDocuments(COMPARED, { timeout: 300000 });
    // twice: the first opening also loads the compare view's module; the second computes the
    // panel and renders it again
    const openCompare = () => page.evaluate(async () => {
      let longest = 0;
      const t = performance.now();
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.startTime >= t) longest = Math.max(longest, e.duration);
      });
      observer.observe({ type: 'longtask' });
      document.querySelector('[data-testid="tab-compare"]').click();
      await new Promise((resolve) => {
        const check = () => (document.querySelector('[data-testid="compare-table"]') ? resolve() : requestAnimationFrame(check));
        check();
      });
      const toTable = performance.now() - t;
      await new Promise((r) => setTimeout(r, 500));
      observer.disconnect();
      return { toTable: Math.round(toTable), longestTask: Math.round(longest), rows: document.querySelectorAll('[data-testid="compare-row"]').length };
    });
    const first = await openCompare();
    await app.tab('tree');
    await page.locator('.tree-view').waitFor();
    const again = await openCompare();
    console.log(
      `compare tab over ${COMPARED} documents (${first.rows} rows on its first page): click to rendered table ` +
        `${first.toTable} ms, longest task ${first.longestTask} ms; opened again ${again.toTable} ms, longest task ${again.longestTask} ms`,
    );
    await app.close();
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [k, r] of results.entries()) {
  console.log(
    `run ${k + 1}: load to interactive ${r.load} ms cold (DOMContentLoaded ${r.domContentLoaded} ms), ${r.warm} ms warm; ` +
      `right after the load, ${SIZES[0]} chars from paste to rendered tree ${r.atOnce.pasteToTree} ms (longest task ${r.atOnce.pasteLongestTask} ms); after ${IDLE} ms idle: ` +
      Object.entries(r.timings)
        .map(([c, t]) => `${c} chars (${t.targets} targets): paste to rendered tree ${t.pasteToTree} ms (longest task ${t.pasteLongestTask} ms); ${t.pasteHandler == null ? '' : `pasted again (the paste handler ${t.pasteHandler} ms), `}after the preview, add to rendered tree ${t.toTree} ms, longest frame ${t.worstFrame} ms, longest task ${t.longestTask} ms, ` +
          `j ${t.jTree}/${t.jTable}/${t.jSource} ms (tree/table/source), tab to table ${t.toTable} ms, to source ${t.toSource} ms, back to tree ${t.backToTree} ms`)
        .join('; '),
  );
}
