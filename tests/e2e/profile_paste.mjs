// Profiling aid (not a test): a CPU profile of the page's main thread while a long plan is pasted
// and added, summarised as the longest runs of work (tasks) and, for each, the functions that
// took its time (self and inclusive). Build the page with names kept first, e.g.
//   sed -i 's|data-wasm-opt="z"|data-wasm-opt="0" data-keep-debug|' index.html  (app link only)
//   PLANLENS_STABLE_RELEASE=1 PLANLENS_NO_SPLIT=1 bash scripts/build-release.sh --dist /tmp/dist-prof
// Run: PLANLENS_DIST=/tmp/dist-prof node tests/e2e/profile_paste.mjs [chars] [input|paste]
import { readFileSync } from 'node:fs';
import { AppPage, launchBrowser, seeds, startServer, watchedPage, dist } from './app_page.mjs';

const chars = Number(process.argv[2] || 2000000);
// `paste`: the plan pasted as the browser fires a paste, its preview awaited, then Add;
// `again`: the same after another plan was added, shown in every tab and removed (as timing.mjs);
// `replace`: the same while the source tab shows another long plan rendered to its end;
// `compare`: the compare tab opened over [chars] documents (the seeds as files), twice
const route = process.argv[3] || 'input';
const base = seeds.map((s) => readFileSync(s.file, 'utf8')).join('\n');
let plan = '';
while (plan.length < chars) plan += `${base}\n`;
plan = plan.slice(0, chars);

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  const app = new AppPage(await watchedPage(browser, 1280), server.url);
  const { page } = app;
  await page.goto(`${server.url}/`);
  await page.locator('[data-testid="add-document"]').waitFor();
  await page.waitForTimeout(2500);
  // in the page: `until` waits a frame at a time for a selector (or a test) to hold; `addPlan`
  // types a plan into the box as a paste does (its first character changed, so that it is a new
  // text), presses Add and waits for its tree
  await page.evaluate(() => {
    window.until = (want) => new Promise((resolve) => {
      const ok = typeof want === 'string' ? () => document.querySelector(want) : want;
      const check = () => (ok() ? resolve() : requestAnimationFrame(check));
      check();
    });
    window.addPlan = async (p) => {
      const ta = document.querySelector('[data-testid="source-input"]');
      ta.value = `〇${p.slice(1)}`;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      document.querySelector('[data-testid="add-document"]').click();
      await window.until('.tree-view [data-testid="target"]');
    };
  });
  if (route === 'compare') {
    const texts = seeds.map((s) => readFileSync(s.file, 'utf8'));
    await app.addFiles(Array.from({ length: chars }, (_, k) => ({
      name: `plan-${k + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${texts[k % texts.length]}\n（${k + 1}）`),
    })));
    await app.waitForDocuments(chars, { timeout: 300000 });
  }
  if (route === 'replace') {
    // a long plan added and its source rendered to the end (progressively, a few blocks a task)
    await page.evaluate(async (p) => {
      await window.addPlan(p);
      document.querySelector('[data-testid="tab-source"]').click();
      await window.until('mark[data-testid="target"]');
      let last = -1;
      for (;;) {
        await new Promise((r) => setTimeout(r, 500));
        const n = document.querySelectorAll('.source-block').length;
        if (n === last) break;
        last = n;
      }
    }, plan);
    console.log('marks rendered before the replacement:', await page.locator('mark[data-testid="target"]').count());
  }
  if (route === 'again') {
    // as timing.mjs does before its second paste: a plan added, its table and source shown, removed
    await page.evaluate(async (p) => {
      await window.addPlan(p);
      await new Promise((r) => setTimeout(r, 1500));
      document.querySelector('[data-testid="tab-table"]').click();
      await window.until('tr[data-testid="target"]');
      document.querySelector('[data-testid="tab-source"]').click();
      await window.until('mark[data-testid="target"]');
      document.querySelector('[data-testid="tab-tree"]').click();
      await window.until('.tree-view [data-testid="target"]');
    }, plan);
    await page.locator('[data-testid="remove"]').first().click();
    await page.waitForTimeout(1500);
  }
  await page.evaluate((p) => { window.plan = p; }, plan);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (route === 'compare') {
    await page.evaluate(async () => {
      const { until } = window;
      for (let k = 0; k < 2; k += 1) {
        document.querySelector('[data-testid="tab-compare"]').click();
        await until('[data-testid="compare-table"]');
        await new Promise((r) => setTimeout(r, 800));
        document.querySelector('[data-testid="tab-tree"]').click();
        await until('.tree-view');
        await new Promise((r) => setTimeout(r, 800));
      }
    });
  } else await page.evaluate(async (route) => {
    const ta = document.querySelector('[data-testid="source-input"]');
    const items = document.querySelectorAll('[data-testid="document-item"]').length;
    if (route !== 'input') {
      // pasted as the browser does (a long plan is held out of the box), previewed, then added
      const data = new DataTransfer();
      data.setData('text/plain', window.plan);
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 2500));
    } else {
      ta.value = window.plan;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
    document.querySelector('[data-testid="add-document"]').click();
    const sel = route === 'replace' ? 'mark[data-testid="target"]' : '.tree-view [data-testid="target"]';
    await window.until(() => document.querySelectorAll('[data-testid="document-item"]').length > items && document.querySelector(sel));
    await new Promise((r) => setTimeout(r, 1500));
  }, route);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  // garbage collection counts as busy: it runs inside the task it holds up
  const idle = (id) => ['(idle)', '(program)'].includes(byId.get(id).callFrame.functionName);
  // runs of consecutive busy samples = tasks (approximately)
  let t = profile.startTime;
  const runs = [];
  let cur = null;
  profile.samples.forEach((id, k) => {
    t += profile.timeDeltas[k];
    const busy = !idle(id);
    if (busy) {
      if (!cur) cur = { start: t, end: t, samples: [] };
      cur.end = t;
      cur.samples.push([id, profile.timeDeltas[k + 1] || 0]);
    } else if (cur) {
      runs.push(cur);
      cur = null;
    }
  });
  if (cur) runs.push(cur);
  runs.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  for (const r of runs.slice(0, 6)) {
    const self = new Map();
    const incl = new Map();
    for (const [id, dt] of r.samples) {
      const name = (n) => n.callFrame.functionName || '(anon)';
      self.set(name(byId.get(id)), (self.get(name(byId.get(id))) || 0) + dt);
      const seen = new Set();
      for (let x = id; x != null; x = parent.get(x)) {
        const nm = name(byId.get(x));
        if (seen.has(nm)) continue;
        seen.add(nm);
        incl.set(nm, (incl.get(nm) || 0) + dt);
      }
    }
    const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `${(v / 1000).toFixed(1)} ${n.slice(0, 110)}`);
    console.log(`\n== run of ${((r.end - r.start) / 1000).toFixed(1)} ms`);
    console.log(' self:\n   ' + top(self, 12).join('\n   '));
    console.log(' inclusive:\n   ' + top(incl, 30).join('\n   '));
  }
  await app.close();
} finally {
  await browser.close();
  await server.close();
}
