// End-to-end: the release build in dist/ (trunk build --release), served from the site root.

import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { dist, repoRoot, SAMPLE_PLAN, useServedApp } from './app_page.mjs';

describe('PlanLens served from the site root', () => {
  const app = useServedApp();

  it('renders the header, the paste area and an empty results area', async () => {
    const w = await app.open();

    assert.equal(await w.page.title(), '规划透镜 PlanLens');
    const title = await w.page.locator('h1').innerText();
    assert.match(title, /规划透镜/);
    assert.match(title, /PlanLens/);
    assert.equal(await w.input.count(), 1);
    assert.equal(await w.input.inputValue(), '');
    assert.match(await w.get('documents-empty').innerText(), /尚无文档/);

    await w.screenshot('root-1280');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('typing updates the count and adding lists the document', async () => {
    const w = await app.open({ height: 680 });

    // typed (filled), not pasted the fast way: this test is of the paste box itself
    const chars = [...SAMPLE_PLAN].length;
    await w.input.fill(SAMPLE_PLAN);
    await w.page.waitForFunction(
      (n) => document.querySelector('[data-testid="draft-preview"]')?.textContent.startsWith(`${n} 字`),
      chars,
    );
    await w.get('add-document').click();

    await w.documents.waitFor();
    assert.match(await w.documents.innerText(), /某省国民经济和社会发展第十四个五年规划纲要/);
    assert.equal(await w.targetCount(), '4');
    assert.equal(await w.input.inputValue(), '');
    assert.equal(await w.get('documents-empty').count(), 0);

    // The README picture: one document added and the next one pasted.
    await w.input.fill(SAMPLE_PLAN);
    const file = await w.screenshot('readme');
    if (process.env.PLANLENS_UPDATE_SCREENSHOT === '1') {
      copyFileSync(file, path.join(repoRoot, 'docs', 'screenshot.png'));
    }
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('fits a 360 px wide phone screen without sideways scrolling', async () => {
    const w = await app.open({ width: 360, height: 740 });

    const scrollWidth = await w.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `page is ${scrollWidth} px wide`);
    const box = await w.input.boundingBox();
    assert.ok(box && box.width > 250 && box.x + box.width <= 360, JSON.stringify(box));

    await w.screenshot('root-360');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('enforces a Content-Security-Policy that blocks injected inline scripts', async () => {
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, 'index.html has a CSP meta tag');
    assert.doesNotMatch(csp, /unsafe-inline|CSP_INLINE_SCRIPT_HASHES|\*/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);

    const w = await app.open();
    const { page, problems } = w;
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
    await w.close();
  });
});
