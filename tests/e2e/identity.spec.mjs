// End-to-end: document identity in the document list (issue 10) against the release build in
// dist/. Under each title a line `place · year or period · kind` (what a plan lacks left out, the
// kind a badge in words with a tooltip), the same in English; the kind filter narrows the list
// from the keyboard and says how many documents it shows; nothing overflows a 360 px phone.
// Screenshots of the list at 1280 px and 360 px (filtered and not).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, tid, useServedApp } from './app_page.mjs';

// Made-up plans: a county's five-year plan, a city's work report, and a text naming neither.
const PLANS = [
  '青岩县国民经济和社会发展第十四个五年规划纲要\n一、主要目标\n到2025年，地区生产总值达到300亿元，森林覆盖率达到62%。\n二、民生\n新建学校3所，新增养老床位200张。',
  '丰河市2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长5.2%。\n二、2024年主要目标\n地区生产总值增长6%左右，新增城镇就业2万人以上。',
  '一、目标\n新建公园2个。',
];

/** Each document's identity line as seen (screen-reader-only words left out). */
function identityLines(page) {
  return page.$$eval('[data-testid="document-item"]', (items) =>
    items.map((item) => {
      const line = item.querySelector('[data-testid="document-identity"]');
      if (!line) return '';
      const copy = line.cloneNode(true);
      copy.querySelectorAll('.sr-only').forEach((e) => e.remove());
      return copy.textContent;
    }),
  );
}

/** The five-year plan as a PlanLens JSON file (the built CLI's analysis, else cargo run's), one
 * target given a place of its own, as a county plan naming a town's figure would have it. */
function planWithTownTarget() {
  const bin = ['target/debug/planlens', 'target/release/planlens'].map((b) => path.join(repoRoot, b)).find(existsSync);
  const args = ['extract', '--with-text', '-'];
  const out = bin
    ? execFileSync(bin, args, { input: PLANS[0], encoding: 'utf8' })
    : execFileSync('cargo', ['run', '-q', '-p', 'planlens-cli', '--', ...args], { cwd: repoRoot, input: PLANS[0], encoding: 'utf8' });
  const json = JSON.parse(out);
  const doc = json.documents[0];
  doc.name = 'qingyan.txt';
  const school = doc.targets.findIndex((t) => t.metric.includes('学校'));
  assert.ok(school >= 0, JSON.stringify(doc.targets));
  doc.targets[school].place = '石门镇';
  return { buffer: Buffer.from(JSON.stringify(json)), school };
}

/** The text `locator` shows, without its screen-reader-only words (comments and markers aside). */
function visibleText(locator) {
  return locator.evaluate((e) =>
    [...e.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && !n.classList.contains('sr-only')))
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
}

describe('document identity in the list (issue 10)', () => {
  const app = useServedApp();

  for (const width of [1280, 360]) {
    it(`shows place · year or period · kind under each title and filters by kind at ${width} px (screenshots)`, async () => {
      const w = await app.open({ width, height: 900 });
      const { page, problems } = w;
      for (const text of PLANS) await w.addDocument(text);
      await w.waitForDocuments(3);

      assert.deepEqual(await identityLines(page), [
        '青岩县 · 2021—2025年 · 五年规划',
        '丰河市 · 2024年 · 政府工作报告',
        '',
      ]);
      const metas = await w.get('document-meta').allInnerTexts();
      assert.ok(metas.every((m) => !/null|undefined|·\s*·|·\s*$/.test(m.trim())), JSON.stringify(metas));
      const badge = page.locator(`.document-list ${tid('kind-badge')}`).first();
      assert.equal(await visibleText(badge), '五年规划');
      assert.equal(await badge.locator('.sr-only').textContent(), '文档类型：');
      assert.equal(await badge.getAttribute('title'), '国民经济和社会发展五年规划（纲要）');

      // nothing wider than the screen, and each identity line inside its document's box
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `page is ${scrollWidth} px wide`);
      for (const item of await w.documents.all()) {
        const box = await item.boundingBox();
        const line = item.locator(tid('document-meta'));
        const lineBox = await line.boundingBox();
        assert.ok(lineBox.x >= box.x && lineBox.x + lineBox.width <= box.x + box.width + 1, JSON.stringify([box, lineBox]));
      }
      await page.locator('.documents').scrollIntoViewIfNeeded();
      await w.screenshot(`identity-${width}`);

      // the kind filter from the keyboard: Tab to it, pick a kind, the list narrows, focus stays
      const filter = w.get('filter-doc-kind');
      await filter.focus();
      await filter.selectOption('five_year_plan');
      await w.waitForDocuments(1);
      assert.equal(await w.get('docs-shown').innerText(), '显示 1 / 3 份文档');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'filter-doc-kind');
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.activeElement?.closest('[data-testid="document-item"]') !== null),
        true,
        'Tab goes on to the document shown',
      );
      await page.locator('.documents').scrollIntoViewIfNeeded();
      await w.screenshot(`identity-filtered-${width}`);
      await filter.selectOption('');
      await w.waitForDocuments(3);

      // English
      await w.get('lang-toggle').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.deepEqual(await identityLines(page), ['青岩县 · 2021–2025 · five-year plan', '丰河市 · 2024 · work report', '']);
      await page.locator('.documents').scrollIntoViewIfNeeded();
      await w.screenshot(`identity-en-${width}`);

      assert.deepEqual(problems(), []);
      await w.close();
    });
  }

  for (const width of [1280, 360]) {
    it(`shows a target's own place as a chip in the tree and the table at ${width} px (screenshots)`, async () => {
      const w = await app.open({ width, height: 900 });
      const { page, problems } = w;
      const { buffer, school } = planWithTownTarget();
      await w.addFiles({ name: 'qingyan.json', mimeType: 'application/json', buffer });
      await page.waitForSelector(`.target-leaf ${tid('place-chip')}`);
      const chip = page.locator(`.target-leaf[data-target="${school}"] ${tid('place-chip')}`);
      assert.equal(await visibleText(chip), '石门镇');
      assert.equal(await page.locator(`.target-leaf ${tid('place-chip')}`).count(), 1);
      await page.locator('.views').scrollIntoViewIfNeeded();
      await w.screenshot(`place-tree-${width}`);
      await w.tab('table');
      const cell = page.locator(`tr[data-target="${school}"] ${tid('place-chip')}`);
      await cell.waitFor();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `page is ${scrollWidth} px wide`);
      await page.locator('.views').scrollIntoViewIfNeeded();
      await w.screenshot(`place-table-${width}`);
      assert.deepEqual(problems(), []);
      await w.close();
    });
  }
});
