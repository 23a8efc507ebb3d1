// End-to-end: a build made with `trunk build --release --public-url /planlens/`, served from a
// parent directory so the app lives at http://127.0.0.1:PORT/planlens/ as on a static host; a
// PDF opened there loads PDF.js, its worker and CMaps from under /planlens/ too.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, SAMPLE_PLAN, useServedApp } from './app_page.mjs';

const siteRoot = path.resolve(repoRoot, process.env.PLANLENS_SUBPATH_ROOT || 'target/e2e-site');
const subPath = '/planlens/';

describe('PlanLens hosted under /planlens/', () => {
  const app = useServedApp(siteRoot);

  for (const width of [1280, 360]) {
    it(`renders and works at ${width} px, loading only files under ${subPath}`, async () => {
      const w = await app.open({ width, at: subPath });
      const { page, problems, requests } = w;

      assert.match(await page.locator('h1').innerText(), /规划透镜/);
      await w.addDocument(SAMPLE_PLAN);

      const httpRequests = requests.filter((u) => u.startsWith('http'));
      assert.ok(httpRequests.some((u) => u.endsWith('.wasm')), 'the wasm was loaded');
      for (const url of httpRequests) {
        assert.ok(new URL(url).pathname.startsWith(subPath), `request outside ${subPath}: ${url}`);
      }
      await w.screenshot(`subpath-${width}`);
      assert.deepEqual(problems(), []);
      await w.close();
    });
  }

  it(`reads a PDF with PDF.js loaded from under ${subPath}`, async () => {
    const w = await app.open({ at: subPath });
    const buffer = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'pdf', 'plan-cid.pdf'));
    await w.addFiles([{ name: '规划.pdf', mimeType: 'application/pdf', buffer }]);
    await w.waitForDocuments(1);
    const httpRequests = w.requests.filter((u) => u.startsWith('http'));
    assert.ok(httpRequests.some((u) => u.includes(`${subPath}pdfjs/cmaps/`)), httpRequests.join('\n'));
    for (const url of httpRequests) {
      assert.ok(new URL(url).pathname.startsWith(subPath), `request outside ${subPath}: ${url}`);
    }
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
