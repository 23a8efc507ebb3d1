// End-to-end: a build made with `trunk build --release --public-url /planlens/`, served from a
// parent directory so the app lives at http://127.0.0.1:PORT/planlens/ as on a static host.

import assert from 'node:assert/strict';
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

const siteRoot = path.resolve(repoRoot, process.env.PLANLENS_SUBPATH_ROOT || 'target/e2e-site');
const subPath = '/planlens/';

describe('PlanLens hosted under /planlens/', () => {
  let server;
  let browser;
  useServedApp(siteRoot, (s, b) => {
    server = s;
    browser = b;
  });

  for (const width of [1280, 360]) {
    it(`renders and works at ${width} px, loading only files under ${subPath}`, async () => {
      const { page, context, problems, requests } = await watchedPage(browser, width);
      await page.goto(`${server.url}${subPath}`);
      await waitForApp(page);

      assert.match(await page.locator('h1').innerText(), /规划透镜/);
      const input = page.locator('[data-testid="source-input"]');
      await input.fill(SAMPLE_PLAN);
      await page.locator('[data-testid="add-document"]').click();
      await page.locator('[data-testid="document-item"]').waitFor();

      const httpRequests = requests.filter((u) => u.startsWith('http'));
      assert.ok(httpRequests.some((u) => u.endsWith('.wasm')), 'the wasm was loaded');
      for (const url of httpRequests) {
        assert.ok(new URL(url).pathname.startsWith(subPath), `request outside ${subPath}: ${url}`);
      }
      await screenshot(page, `subpath-${width}`);
      assert.deepEqual(problems(), []);
      await context.close();
    });
  }
});
