// End-to-end: an axe-core audit of every view of the release build (issue 15 item 5) — the
// document list (empty and full), the tree with a target selected (beside the source at 1280 px),
// table, source, summary (with a plan's main-indicator cards), compare (a line's chart drawn),
// timeline, workspace search results, the share panel and the notices (the undo toast, a broken
// link's error), and the English summary; at 1280 px and 360 px, light and dark. No view may have
// a serious or critical violation. Every chart (an SVG with role="img") has a name and a table in
// its figure that says the same; the focused control shows an outline; nothing scrolls sideways at
// 360 px. Screenshots of each view go to tests/e2e/screenshots/axe-<width>-<scheme>-<view>.png
// (at 360 px also `…-screen.png`, the screen with the view at its top).
//
// axe is put in the page with `page.evaluate` of axe.min.js's text: it runs through the DevTools
// protocol, which the page's CSP does not govern (an inline `addScriptTag` would be blocked by
// `script-src` and logged as a CSP violation), so the audit sees the page as users get it.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, screenshotDir, seedText, useServedApp } from './app_page.mjs';

const AXE = readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** An education plan with a main-indicator table (主要指标表), for the summary's indicator cards. */
const EDUCATION_PLAN = readFileSync(
  path.resolve(repoRoot, '..', 'shared', 'corpus', 'dev', 'docs', 'd02_weizhi_jiaoyu_2021.txt'),
  'utf8',
);

/** The impacts the audit fails on. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Runs axe over the whole page; resolves to its serious and critical violations, each with `where`
 * (the view's name) and up to five offending nodes.
 */
async function audit(page, where) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  return violations.filter((v) => FAILING.has(v.impact)).map((v) => ({ where, ...v }));
}

/** The violations found, one line per rule and offending node, the views it was seen in. */
function report(found) {
  const seen = new Map();
  for (const v of found) {
    for (const n of v.nodes) {
      const key = `${v.impact} ${v.id} — ${n}`;
      seen.set(key, [...(seen.get(key) || []), v.where]);
    }
  }
  return [...seen].map(([k, views]) => `${k} [${[...new Set(views)].join(', ')}]`).join('\n');
}

/** The page scrolls sideways by this many px (0 when it fits). */
const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The charts (SVG images) in the page without a name, or without a table in their figure that says
 * the same; a main-indicator card's bars are the card's two values, which the card says in words.
 */
const chartsWithoutAlternative = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg[role="img"]')]
      .filter((svg) => {
        const named = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby');
        const table = svg.closest('figure')?.querySelector('table');
        const inCard = svg.closest('.card')?.textContent.trim();
        return !named || !(table || inCard);
      })
      .map((svg) => svg.outerHTML.slice(0, 120)),
  );

/** How many charts (SVG images) the page shows. */
const charts = (page) => page.locator('svg[role="img"]').count();

/** The focused element's outline width and style (after a Tab press). */
const focusRing = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    const s = getComputedStyle(e);
    return { tag: e.tagName, width: parseFloat(s.outlineWidth) || 0, style: s.outlineStyle, shadow: s.boxShadow };
  });

describe('accessibility (axe-core audit of every view)', () => {
  const app = useServedApp();

  for (const width of [1280, 360]) {
    for (const scheme of ['light', 'dark']) {
      it(`no serious or critical violation at ${width} px, ${scheme} (screenshots)`, async () => {
        const w = await app.open({ width, height: width === 360 ? 740 : 900 });
        const { page } = w;
        await page.emulateMedia({ colorScheme: scheme });
        const found = [];
        const shots = [];
        const audited = [];
        const check = async (view, selector = '.views') => {
          audited.push(view);
          found.push(...(await audit(page, view)));
          const name = `axe-${width}-${scheme}-${view}`;
          shots.push(await w.screenshot(name));
          if (width < 1100 && (await page.locator(selector).count())) {
            // what the screen shows with the view's top at the top (a full 360 px page is too long to read)
            await page.locator(selector).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
            const file = path.join(screenshotDir, `${name}-screen.png`);
            await page.screenshot({ path: file });
            shots.push(file);
          }
          assert.ok((await overflow(page)) <= 0, `${view} scrolls sideways at ${width} px`);
        };

        await w.get('documents-empty').waitFor();
        await check('empty', '.page');

        await w.addDocument(seedText('001'));
        await w.addDocument(seedText('002'));
        await w.addDocument(EDUCATION_PLAN);
        await page.waitForTimeout(100);
        await check('documents', '[data-testid="document-item"]');

        // the tree (beside the source at 1280 px), a target selected and its details shown
        await w.tab('tree');
        assert.equal(await w.get('split').count(), width >= 1100 ? 1 : 0);
        await page.locator('.tree-view .target-leaf').first().click();
        await w.get('selected-target').waitFor();
        await check(width >= 1100 ? 'split-tree' : 'tree');

        // a visible focus: Tab from the selected leaf moves to a control that draws an outline
        await page.keyboard.press('Tab');
        const ring = await focusRing(page);
        assert.ok(ring.width >= 2 && ring.style !== 'none', `focus ring: ${JSON.stringify(ring)}`);

        await w.tab('table');
        await w.get('table-view').waitFor();
        await check('table');

        await w.tab('source');
        await w.get('source-text').waitFor();
        await check('source');

        await w.tab('summary');
        await w.get('summary-view').waitFor();
        assert.ok((await w.get('indicator-card').count()) > 0, 'the plan’s main-indicator cards');
        await check('summary');
        assert.ok((await charts(page)) >= 2);
        assert.deepEqual(await chartsWithoutAlternative(page), [], 'every chart has a name and a table');

        await w.tab('compare');
        await w.get('compare-view').waitFor();
        // a line chosen: its chart over the years, with its table
        await w.get('compare-row').first().click();
        await w.get('series-chart-svg').waitFor();
        await check('compare');
        assert.ok((await charts(page)) >= 1);
        assert.deepEqual(await chartsWithoutAlternative(page), []);

        await w.tab('timeline');
        await w.get('timeline-list').waitFor();
        await check('timeline');
        assert.ok((await charts(page)) >= 1);
        assert.deepEqual(await chartsWithoutAlternative(page), []);
        if (width < 1100) {
          // the months run wider than the page: the keyboard scrolls them
          const box = page.locator('[data-testid="timeline-chart"] .chart-scroll');
          assert.ok(await box.evaluate((e) => e.scrollWidth > e.clientWidth), 'the month axis is wider than 360 px');
          await box.focus();
          await page.keyboard.press('ArrowRight');
          await page.waitForTimeout(300);
          assert.ok((await box.evaluate((e) => e.scrollLeft)) > 0, 'the right arrow scrolls the month axis');
        }

        await w.get('workspace-search').fill('比例');
        await w.get('search-hit').first().waitFor();
        await check('search', '.search-panel');

        await w.get('share-button').click();
        await w.get('share-link').waitFor();
        await check('share', '.share-panel');
        await page.keyboard.press('Escape');

        // notices: the undo offer after a removal, then a broken link's error
        await w.get('remove').first().click();
        await w.get('undo-toast').waitFor();
        await check('undo', '[data-testid="undo-toast"]');
        await w.get('undo').click();
        await page.evaluate(() => {
          location.hash = 'v9=abc';
        });
        await w.get('error').waitFor();
        await check('error', '[data-testid="error"]');

        // the English page: the summary with its main-indicator cards
        await w.get('lang-toggle').click();
        await w.get('document-title').last().click(); // the education plan, added last
        await w.tab('summary');
        await w.get('indicator-card').first().waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        await check('summary-en');

        assert.deepEqual(found, [], report(found));
        assert.ok(shots.every((f) => existsSync(f)), 'a screenshot of every view');
        assert.equal(new Set(audited).size, 13, audited.join(' '));
        assert.deepEqual(w.problems(), []);
        await w.close();
      });
    }
  }
});
