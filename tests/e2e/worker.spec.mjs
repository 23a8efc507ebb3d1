// End-to-end: the analysis worker (web/analysis-worker.js running the JS API). A long plan is
// analysed off the main thread with a progress line naming it, and the page keeps answering; an
// edit supersedes the analysis in progress (the worker is ended, a new one takes over); a text
// analysed before comes from the cache without a message to the worker; a poisoned message that
// makes the worker's wasm trap shows an error, and the page goes on with a new worker and the
// workspace intact; a paste over 20 MB is refused at once; a long paste is held out of the box
// (no megabytes of text laid out in a textarea) and added as it is. Offline and under /planlens/ the
// worker analyses too: offline.spec.mjs and subpath.spec.mjs paste through it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SAMPLE_PLAN, seeds, tid, useServedApp } from './app_page.mjs';

/** A plan of about `chars` characters: the seed plans (or the sample) repeated. */
function planOf(chars) {
  const base = seeds.length ? seeds.map((s) => s.text()).join('\n') : `${SAMPLE_PLAN}\n`;
  return base.repeat(Math.ceil(chars / base.length)).slice(0, chars);
}

/** Counts, in the page, the workers started, the jobs posted to them (by op) and the values
 * they answered. */
function countWorkers() {
  window.__workers = 0;
  window.__posted = [];
  window.__answered = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    window.__posted.push(message && message.op);
    return post.call(this, message, ...rest);
  };
  const Original = Worker;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      window.__workers += 1;
      this.addEventListener('message', (e) => {
        if (e.data && 'value' in e.data) window.__answered += 1;
      });
    }
  };
}

const counts = (page) => page.evaluate(() => ({ workers: window.__workers, posted: [...window.__posted] }));

describe('PlanLens analysis worker', () => {
  const app = useServedApp();

  it('a long plan is analysed with a progress line while the page keeps answering', async () => {
    const w = await app.open({ init: countWorkers });
    const plan = planOf(2_000_000);
    await w.paste(plan);
    await w.get('add-document').click();
    const progress = w.get('analysis-progress');
    await progress.waitFor();
    // while it is analysed (until the worker answers: reading and rendering the answer is the
    // page's own work, timed by tests/e2e/timing.mjs), the main thread runs timers on time
    await w.page.evaluate(() => {
      window.__timers = { worst: 0, count: 0 };
      let last = performance.now();
      const tick = () => {
        if (window.__answered > 0) return;
        const now = performance.now();
        window.__timers.worst = Math.max(window.__timers.worst, now - last);
        window.__timers.count += 1;
        last = now;
        setTimeout(tick, 10);
      };
      setTimeout(tick, 10);
    });
    assert.match(await progress.innerText(), /正在分析.*2000000 字/);
    assert.equal(await w.get('analysis-status').getAttribute('role'), 'status');
    await w.screenshot('worker-progress', '.input-panel');
    await w.page.waitForFunction(() => window.__answered > 0, null, { timeout: 60000 });
    const { worst, count } = await w.page.evaluate(() => window.__timers);
    assert.ok(count >= 5, `only ${count} timers ran before the answer`);
    assert.ok(worst < 100, `a 10 ms timer came ${Math.round(worst)} ms late at worst`);
    await w.waitForDocuments(1, { timeout: 60000 });
    await progress.waitFor({ state: 'detached' });
    const targets = await w.targetCount();
    assert.ok(Number(targets) > 100, 'the long plan was analysed');
    // saved a piece a task (its record joined in the page's JavaScript heap), it reads back whole
    await w.waitForStored(1);
    await w.reload();
    await w.waitForDocuments(1, { timeout: 60000 });
    assert.equal(await w.targetCount(), targets, 'the stored plan has every target');
    await w.tab('source');
    await w.page.locator('mark[data-testid="target"]').first().waitFor();
    assert.match(await w.get('source-text').innerText(), /^.{20}/, 'and its text');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('editing again stops the analysis of the text before', async () => {
    const w = await app.open({ init: countWorkers });
    await w.page.waitForFunction(() => window.__workers === 1);
    await w.paste(planOf(2_000_000));
    await w.get('analysis-progress').waitFor(); // the preview, after the pause in typing
    await w.paste(SAMPLE_PLAN);
    // the big preview's worker was ended and a new one started for the rest
    await w.page.waitForFunction(() => window.__workers === 2);
    await w.page.waitForFunction(
      () => /4/.test(document.querySelector('[data-testid="draft-preview"]').textContent),
      null,
      { timeout: 10000 },
    );
    assert.match(await w.get('draft-preview').innerText(), /字/);
    await w.get('analysis-progress').waitFor({ state: 'detached' });
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('a text analysed before comes from the cache', async () => {
    const w = await app.open({ init: countWorkers });
    const plan = planOf(100_000);
    await w.addDocument(plan);
    const { posted } = await counts(w.page);
    const analysed = posted.filter((op) => op === 'analyse').length;
    assert.ok(analysed >= 1);
    await w.get('remove').first().click();
    await w.waitForDocuments(0);
    const t = Date.now();
    await w.addDocument(plan);
    const again = (await counts(w.page)).posted.filter((op) => op === 'analyse').length;
    assert.equal(again, analysed, 'no message to the worker for the same text');
    assert.ok(Date.now() - t < 2000);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('a poisoned message crashes the worker: an error, then a new worker, the workspace kept', async () => {
    const w = await app.open({ init: countWorkers });
    await w.addDocument(SAMPLE_PLAN);
    const before = await w.documentTitles();
    const { workers } = await counts(w.page);
    await w.page.evaluate(() => window.planlensPoisonWorker());
    const error = w.get('error');
    await error.waitFor();
    assert.match(await error.innerText(), /分析程序出错/);
    await w.screenshot('worker-error', '.page');
    assert.deepEqual(await w.documentTitles(), before, 'the workspace is as it was');
    await w.page.waitForFunction((n) => window.__workers === n + 1, workers);
    await w.addDocument('一、目标\n新建学校3所，新增就业1万人。');
    assert.deepEqual((await w.documentTitles()).length, 2, 'the new worker analyses');
    // the wasm trap is reported by the browser as an uncaught error in the worker: expected here
    assert.deepEqual(
      w.problems().filter((p) => !/RuntimeError|unreachable/.test(p)),
      [],
    );
    await w.close();
  });

  it('a paste over 20 MB is refused at once, before anything is analysed', async () => {
    const w = await app.open({ init: countWorkers });
    const took = await w.page.evaluate(() => {
      const ta = document.querySelector('[data-testid="source-input"]');
      ta.value = 'a'.repeat(21 * 1024 * 1024);
      const t = performance.now();
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      return performance.now() - t;
    });
    assert.ok(took < 100, `the input handler took ${Math.round(took)} ms`);
    assert.match(await w.get('draft-preview').innerText(), /过大.*20 MB/);
    await w.get('add-document').click();
    assert.match(await w.get('error').innerText(), /过大/);
    assert.equal(await w.documentCount(), 0);
    assert.deepEqual((await counts(w.page)).posted, [], 'nothing was sent to the worker');
    await w.page.evaluate(() => {
      const ta = document.querySelector('[data-testid="source-input"]');
      ta.value = '';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('a long paste is held out of the box, the page answering, and added whole', async () => {
    const w = await app.open();
    const plan = planOf(2_000_000);
    await w.page.evaluate((plan) => { window.heldPlan = plan; }, plan);
    // a paste as the browser fires it, the text on its clipboard data; the longest task from it on
    const longest = await w.page.evaluate(async () => {
      const ta = document.querySelector('[data-testid="source-input"]');
      ta.focus();
      ta.value = '前文';
      ta.setSelectionRange(2, 2);
      let longest = 0;
      const t = performance.now();
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.startTime >= t) longest = Math.max(longest, e.duration);
      });
      observer.observe({ type: 'longtask' });
      const data = new DataTransfer();
      data.setData('text/plain', window.heldPlan);
      delete window.heldPlan;
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 1500));
      observer.disconnect();
      return longest;
    });
    assert.ok(longest < 100, `a task of ${Math.round(longest)} ms after the paste`);
    assert.equal(await w.get('source-input').inputValue(), '', 'the box holds nothing');
    assert.ok(!(await w.get('source-input').isVisible()), 'the box gives way to the held text');
    const held = Number((await w.get('held-draft').innerText()).match(/已粘贴 (\d+) 字/)[1]);
    assert.equal(held, [...plan].length + 2, 'the text before the caret and the paste');
    await w.page.waitForFunction((n) => new RegExp(`^${n} 字 · 识别到 \\d+ 个目标`).test(
      document.querySelector('[data-testid="draft-preview"]').innerText), held, { timeout: 60000 });
    await w.screenshot('held-paste', '.input-panel');
    await w.get('add-document').click();
    await w.waitForDocuments(1, { timeout: 60000 });
    assert.equal(await w.get('held-draft').count(), 0);
    assert.ok(await w.get('source-input').isVisible());
    assert.ok(Number(await w.targetCount()) > 100, 'the whole plan was added');

    // held again, then cleared: the box comes back empty and focused, nothing is added
    await w.page.evaluate((plan) => {
      const ta = document.querySelector('[data-testid="source-input"]');
      const data = new DataTransfer();
      data.setData('text/plain', plan);
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, planOf(300_000));
    await w.get('held-draft').waitFor();
    await w.get('held-clear').click();
    assert.equal(await w.get('held-draft').count(), 0);
    assert.ok(await w.get('source-input').evaluate((t) => t === document.activeElement));
    await w.get('add-document').click();
    assert.match(await w.get('error').innerText(), /空|粘贴/);
    assert.equal(await w.documentCount(), 1);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
