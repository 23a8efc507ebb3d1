// End-to-end: share links, saved views and the workspace file against the release build in dist/ —
// a link taken after choosing the table tab and a target opens in a fresh browser context (empty
// storage) with the same documents, target count, tab and selection; broken links (cut short, a
// foreign character, an unknown version) show an error and leave the workspace and the app usable;
// saved views survive a reload; a workspace exported then imported is the same workspace.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, repoRoot, SAMPLE_PLAN, screenshot, screenshotDir, startServer, waitForApp, watchedPage } from './support.mjs';

const dist = path.resolve(repoRoot, process.env.PLANLENS_DIST || 'dist');
const seedDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'seeds');
const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort() : [];
const tid = (id) => `[data-testid="${id}"]`;

async function paste(page, text) {
  const before = await page.locator(tid('document-item')).count();
  await page.locator(tid('source-input')).fill(text);
  await page.locator(tid('add-document')).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="document-item"]').length === n, before + 1);
}

async function openApp(browser, url) {
  const w = await watchedPage(browser, 1280);
  await w.page.goto(url);
  await waitForApp(w.page);
  return w;
}

/** Titles, target count shown, active tab and selected target text of a page. */
async function viewOf(page) {
  return {
    titles: await page.locator(tid('document-title')).allInnerTexts(),
    count: await page.locator(tid('target-count')).innerText(),
    tab: await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid'),
    kind: (await page.locator(tid('filter-kind')).count()) ? await page.locator(tid('filter-kind')).inputValue() : null,
    rows: (await page.locator(tid('rows-shown')).count()) ? await page.locator(tid('rows-shown')).innerText() : null,
    selected: (await page.locator(tid('selected-target')).count())
      ? await page.locator(tid('selected-target')).innerText()
      : null,
  };
}

async function takeLink(page, kind = 'texts') {
  if (!(await page.locator(tid('share-link')).count())) await page.locator(tid('share-button')).click();
  await page.locator(tid('share-kind')).selectOption(kind);
  return page.locator(tid('share-link')).inputValue();
}

describe('PlanLens share links, saved views, workspace file', () => {
  let server;
  let browser;
  const seedText = () => readFileSync(path.join(seedDir, seeds[1] ?? seeds[0]), 'utf8');

  before(async () => {
    server = await startServer(dist);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a link in a fresh context with the same documents, tab and selection', async () => {
    assert.ok(seeds.length > 0, `no seed texts in ${seedDir}`);
    const a = await openApp(browser, `${server.url}/`);
    await paste(a.page, seedText());
    await paste(a.page, SAMPLE_PLAN);
    await a.page.locator(tid('document-item')).first().locator('.document-select').click();
    await a.page.locator(tid('tab-table')).click();
    await a.page.locator(tid('filter-kind')).selectOption('percent');
    await a.page.locator('tr[data-testid="target"]').nth(2).click();
    await a.page.waitForSelector(tid('selected-target'));
    const want = await viewOf(a.page);
    assert.equal(want.tab, 'tab-table');
    assert.equal(want.kind, 'percent');

    for (const kind of ['texts', 'analysis']) {
      const link = await takeLink(a.page, kind);
      assert.ok(link.startsWith(`${server.url}/#v3=`), link.slice(0, 60));
      const chars = Number((await a.page.locator(tid('share-length')).innerText()).match(/\d+/)[0]);
      assert.equal(chars, [...link].length);
      assert.equal(await a.page.locator(tid('share-warning')).count() > 0, chars > 2000);
      if (kind === 'texts') {
        await screenshot(a.page, 'share-1280');
        await a.page.locator('.panel.saved').screenshot({ path: path.join(screenshotDir, 'share-panel.png') });
      }

      const b = await openApp(browser, link);
      await b.page.waitForSelector(tid('target-count'));
      assert.deepEqual(await viewOf(b.page), want, kind);
      assert.equal(await b.page.evaluate(() => location.hash), '', 'hash cleared');
      assert.deepEqual(b.problems(), []);
      await b.context.close();
    }
    assert.deepEqual(a.problems(), []);
    await a.context.close();
  });

  it('shows why a broken link does not open and leaves the workspace usable', async () => {
    const a = await openApp(browser, `${server.url}/`);
    await paste(a.page, SAMPLE_PLAN);
    const link = await takeLink(a.page);
    const frag = link.slice(link.indexOf('#') + 1);
    await a.context.close();

    const mid = Math.floor(frag.length / 2);
    const broken = {
      'cut short': frag.slice(0, mid),
      'foreign character': `${frag.slice(0, mid)}*${frag.slice(mid + 1)}`,
      'unknown version': 'v9=abc',
    };
    // on load, in a fresh context
    for (const [why, bad] of Object.entries(broken)) {
      const b = await openApp(browser, `${server.url}/#${bad}`);
      await b.page.waitForSelector(tid('error'));
      assert.ok(await b.page.locator(tid('documents-empty')).isVisible(), why);
      if (why === 'unknown version') assert.match(await b.page.locator(tid('error')).innerText(), /v9/);
      await paste(b.page, SAMPLE_PLAN); // still usable
      await b.context.close();
    }
    // on hashchange, over a workspace with a document in it
    const c = await openApp(browser, `${server.url}/`);
    await paste(c.page, SAMPLE_PLAN);
    for (const [why, bad] of Object.entries(broken)) {
      await c.page.evaluate((h) => { location.hash = h; }, bad);
      await c.page.waitForSelector(tid('error'));
      assert.equal(await c.page.locator(tid('document-item')).count(), 1, why);
      await c.page.locator(`${tid('error')} button`).click();
    }
    await c.page.locator(tid('lang-toggle')).click();
    await c.page.evaluate(() => { location.hash = 'v9=abc'; });
    assert.match(await c.page.locator(tid('error')).innerText(), /newer than this PlanLens/);
    await c.page.locator(tid('tab-table')).click();
    assert.ok(await c.page.locator('tr[data-testid="target"]').count() > 0);
    assert.deepEqual(c.problems(), []);
    await c.context.close();
  });

  it('keeps saved views across a reload; open, rename and delete them', async () => {
    const a = await openApp(browser, `${server.url}/`);
    await paste(a.page, SAMPLE_PLAN);
    await a.page.locator(tid('tab-table')).click();
    await a.page.locator(tid('view-name')).fill('目标表');
    await a.page.locator(tid('save-view')).click();
    await a.page.locator(tid('tab-tree')).click();
    await a.page.locator(tid('save-view')).click();
    assert.equal(await a.page.locator(tid('saved-view')).count(), 2);
    await a.page.reload();
    await waitForApp(a.page);
    assert.deepEqual(await a.page.locator(tid('saved-view-name')).allInnerTexts(), ['目标表', '视图 2']);
    // open: the view's tab comes back (a view names its documents, it does not copy them)
    await a.page.locator(tid('tab-summary')).click();
    await a.page.locator(tid('saved-view-open')).first().click();
    assert.equal(await a.page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid'), 'tab-table');
    assert.equal(await a.page.locator(tid('document-item')).count(), 1, 'nothing added twice');
    // a document removed since is left out, and the view says so
    await a.page.locator(tid('remove')).click();
    await a.page.locator(tid('saved-view-open')).first().click();
    assert.match(await a.page.locator(tid('error')).innerText(), /1 份文档已不在工作区中/);
    await paste(a.page, SAMPLE_PLAN);
    // rename and delete
    await a.page.locator(tid('saved-view-rename')).nth(1).click();
    await a.page.locator(tid('saved-view-rename-input')).fill('目录');
    await a.page.locator(tid('saved-view-rename-input')).press('Enter');
    await a.page.locator(tid('saved-view-delete')).first().click();
    await a.page.reload();
    await waitForApp(a.page);
    assert.deepEqual(await a.page.locator(tid('saved-view-name')).allInnerTexts(), ['目录']);
    assert.deepEqual(a.problems(), []);
    await a.context.close();
  });

  it('exports the workspace as one file that imports into the same workspace', async () => {
    const exportFrom = async (page) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(tid('export-workspace')).click()]);
      return readFileSync(await download.path(), 'utf8');
    };
    const a = await openApp(browser, `${server.url}/`);
    await paste(a.page, seedText());
    await paste(a.page, SAMPLE_PLAN);
    const json = await exportFrom(a.page);
    const titles = await a.page.locator(tid('document-title')).allInnerTexts();
    assert.equal(JSON.parse(json).version, 1);
    await a.context.close();

    const b = await openApp(browser, `${server.url}/`);
    await b.page.locator(tid('file-input')).setInputFiles({
      name: 'planlens-workspace.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await b.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-item"]').length === 2);
    assert.deepEqual(await b.page.locator(tid('document-title')).allInnerTexts(), titles);
    assert.deepEqual(JSON.parse(await exportFrom(b.page)), JSON.parse(json));
    assert.deepEqual(b.problems(), []);
    await b.context.close();
  });
});
