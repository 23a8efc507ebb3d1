// End-to-end: offline and installable. After one visit the service worker (sw.js, written into
// the build by scripts/trunk-post-build.py) has cached the app: with the network off the page
// reloads, a plan pasted then is analysed and a share link opens, at the site root and under
// /planlens/. A new version waits for the user: the page offers to reload into it.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { dist, repoRoot, SAMPLE_PLAN, tid, useServedApp } from './app_page.mjs';

const siteRoot = path.resolve(repoRoot, process.env.PLANLENS_SUBPATH_ROOT || 'target/e2e-site');
/** A frozen v1 share link (one plan, the table tab): links of every version keep opening. */
const LINK = readFileSync(
  path.join(repoRoot, 'crates/planlens-core/tests/fixtures/links/v1_texts.txt'),
  'utf8',
).trim();

/** Waits until a service worker controls the page. */
function controlled(page) {
  return page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
    timeout: 30000,
  });
}

/** Goes offline, reloads, analyses a paste and opens a link, all from the cache. */
async function worksOffline(w, at) {
  await controlled(w.page);
  await w.context.setOffline(true);
  await w.reload();
  await w.addDocument(SAMPLE_PLAN);
  assert.ok((await w.get('target').count()) >= 3, 'the plan pasted offline was analysed');
  await w.goto(`${at}#${LINK}`);
  await w.page.waitForFunction(
    () => document.querySelectorAll('[data-testid="document-item"]').length >= 2,
    null,
    { timeout: 30000 },
  );
  assert.equal(await w.activeTab(), 'tab-table', 'the link opened on its tab');
  await w.context.setOffline(false);
}

describe('PlanLens offline', () => {
  const app = useServedApp();

  it('the manifest names the app and its icons', async () => {
    const res = await fetch(`${app.server.url}/manifest.webmanifest`);
    const manifest = await res.json();
    assert.equal(manifest.start_url, './');
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
    for (const icon of manifest.icons) {
      const r = await fetch(`${app.server.url}/${icon.src}`);
      assert.equal(r.status, 200, icon.src);
    }
  });

  it('reloads, analyses a paste and opens a share link with the network off', async () => {
    const w = await app.open();
    await worksOffline(w, '/');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});

describe('PlanLens offline under /planlens/', () => {
  const app = useServedApp(siteRoot);

  it('works offline from its sub-path', async () => {
    const w = await app.open({ at: '/planlens/' });
    await worksOffline(w, '/planlens/');
    const scope = await w.page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration()).scope,
    );
    assert.ok(new URL(scope).pathname === '/planlens/', scope);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});

describe('PlanLens updates', () => {
  // a copy of the build whose sw.js is then changed, as a new release would change it
  const copy = mkdtempSync(path.join(os.tmpdir(), 'planlens-update-'));
  cpSync(dist, copy, { recursive: true });
  after(() => rmSync(copy, { recursive: true, force: true }));
  const app = useServedApp(copy);

  it('offers to reload into a new version instead of swapping it in', async () => {
    const w = await app.open();
    await controlled(w.page);
    assert.equal(await w.get('update-notice').count(), 0, 'no notice on a first visit');
    const sw = path.join(copy, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "([^"]*)"/, 'const VERSION = "$1-next"'));
    await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await w.get('update-notice').waitFor({ timeout: 30000 });
    assert.match(await w.get('update-notice').innerText(), /新版本/);
    await w.addDocument(SAMPLE_PLAN);
    await Promise.all([w.page.waitForEvent('load'), w.get('update-reload').click()]);
    await w.ready();
    assert.equal(await w.documentCount(), 1, 'the workspace survived the update');
    await w.page.waitForFunction(() => navigator.serviceWorker.controller != null);
    assert.equal(await w.get('update-notice').count(), 0);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
