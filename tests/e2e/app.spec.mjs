// End-to-end: the release build in dist/ (trunk build --release), served from the site root.

import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  launchBrowser,
  repoRoot,
  SAMPLE_PLAN,
  screenshot,
  startServer,
  waitForApp,
  watchedPage,
  useServedApp,
} from './support.mjs';

const dist = path.resolve(repoRoot, process.env.PLANLENS_DIST || 'dist');

describe('PlanLens served from the site root', () => {
  let server;
  let browser;
  useServedApp(dist, (s, b) => {
    server = s;
    browser = b;
  });

  it('renders the header, the paste area and an empty results area', async () => {
    const { page, context, problems } = await watchedPage(browser, 1280);
    await page.goto(`${server.url}/`);
    await waitForApp(page);

    assert.equal(await page.title(), '规划透镜 PlanLens');
    const title = await page.locator('h1').innerText();
    assert.match(title, /规划透镜/);
    assert.match(title, /PlanLens/);
    assert.equal(await page.locator('[data-testid="source-input"]').count(), 1);
    assert.equal(await page.locator('[data-testid="source-input"]').inputValue(), '');
    assert.match(await page.locator('[data-testid="documents-empty"]').innerText(), /尚无文档/);

    await screenshot(page, 'root-1280');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  it('typing updates the count and adding lists the document', async () => {
    const { page, context, problems } = await watchedPage(browser, 1280, 680);
    await page.goto(`${server.url}/`);
    await waitForApp(page);

    const chars = [...SAMPLE_PLAN].length;
    const input = page.locator('[data-testid="source-input"]');
    await input.fill(SAMPLE_PLAN);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="draft-preview"]')?.textContent.startsWith(`${n} 字`),
      chars,
    );
    await page.locator('[data-testid="add-document"]').click();

    const row = page.locator('[data-testid="document-item"]');
    await row.waitFor();
    assert.match(await row.innerText(), /某省国民经济和社会发展第十四个五年规划纲要/);
    assert.equal(await page.locator('[data-testid="target-count"]').innerText(), '4');
    assert.equal(await input.inputValue(), '');
    assert.equal(await page.locator('[data-testid="documents-empty"]').count(), 0);

    // The README picture: one document added and the next one pasted.
    await input.fill(SAMPLE_PLAN);
    const file = await screenshot(page, 'readme');
    if (process.env.PLANLENS_UPDATE_SCREENSHOT === '1') {
      copyFileSync(file, path.join(repoRoot, 'docs', 'screenshot.png'));
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });

  it('fits a 360 px wide phone screen without sideways scrolling', async () => {
    const { page, context, problems } = await watchedPage(browser, 360, 740);
    await page.goto(`${server.url}/`);
    await waitForApp(page);

    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `page is ${scrollWidth} px wide`);
    const box = await page.locator('[data-testid="source-input"]').boundingBox();
    assert.ok(box && box.width > 250 && box.x + box.width <= 360, JSON.stringify(box));

    await screenshot(page, 'root-360');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  it('enforces a Content-Security-Policy that blocks injected inline scripts', async () => {
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, 'index.html has a CSP meta tag');
    assert.doesNotMatch(csp, /unsafe-inline|CSP_INLINE_SCRIPT_HASHES|\*/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);

    const { page, context, problems } = await watchedPage(browser, 1280);
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    assert.deepEqual(problems(), [], 'the app itself loads without CSP violations');

    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return window.__injected === true;
    });
    assert.equal(ran, false, 'an injected inline script must not run');
    assert.ok(
      problems().some((p) => p.includes('CSP violation: script-src')),
      `the violation is reported: ${JSON.stringify(problems())}`,
    );
    await context.close();
  });
});
