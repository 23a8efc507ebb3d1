// End-to-end: the timeline tab against the release build in dist/ — two plans written for the test,
// their milestones and dated targets in day order, a mark and a note kept through a reload, the
// milestones' .ics download parsed back with ical.js (an RFC 5545 parser) and the CSV download;
// screenshots at 1280 and 360 px, light and dark.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { screenshot, useServedApp } from './app_page.mjs';

const PLAN_A =
  '甲市2026年重点工作安排\n一、项目建设\n市体育馆6月底前建成投用。城东大桥二季度开工建设。春节前完成困难群众慰问。\n二、就业\n年底前新增城镇就业1.2万人。\n';
const PLAN_B = '乙县2026年民生实事\n一、教育\n县第二中学新校区8月底前投入使用。\n二、医疗\n县医院门诊楼12月底前竣工。\n';

describe('PlanLens timeline', () => {
  const app = useServedApp();

  it('lists the milestones by day, keeps a mark through a reload, and exports a calendar', async () => {
    const w = await app.open({ width: 1280 });
    await w.addDocument(PLAN_A);
    await w.addDocument(PLAN_B);
    await w.tab('timeline');
    await w.get('timeline-list').waitFor();
    const whats = await w.get('timeline-what').allInnerTexts();
    assert.deepEqual(whats, [
      '市体育馆建成投用',
      '城东大桥开工建设',
      '新增城镇就业 1.2万人',
      '完成困难群众慰问',
      '县第二中学新校区投入使用',
      '县医院门诊楼竣工',
    ]);
    assert.equal(await w.get('timeline-chart').locator('svg[role=img]').count(), 1);

    // mark the first done with a note; a reload keeps both
    await w.get('timeline-mark').first().selectOption('done');
    await w.get('timeline-note').first().fill('已通过验收');
    await w.get('timeline-note').first().press('Enter');
    await w.get('timeline-note').first().blur();
    await w.page.waitForTimeout(1200); // the autosave's debounce
    await w.reload();
    await w.tab('timeline');
    await w.get('timeline-list').waitFor();
    assert.match(await w.get('timeline-item').first().getAttribute('class'), /\bdone\b/);
    assert.equal(await w.get('timeline-note').first().inputValue(), '已通过验收');

    // the calendar: one all-day event per dated milestone, read by ical.js
    const ics = await w.downloaded('timeline-ics');
    assert.equal(ics.name, 'planlens-milestones.ics');
    const cal = new ICAL.Component(ICAL.parse(ics.text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const days = events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate]);
    assert.deepEqual(days, [
      ['市体育馆建成投用（6月底前）', '2026-06-30', true],
      ['城东大桥开工建设（二季度）', '2026-06-30', true],
      ['县第二中学新校区投入使用（8月底前）', '2026-08-31', true],
      ['县医院门诊楼竣工（12月底前）', '2026-12-31', true],
    ]);
    assert.ok(events[0].description.includes('市体育馆6月底前建成投用'), events[0].description);
    const csv = await w.downloaded('timeline-csv');
    assert.equal(csv.text.split('\n')[0], 'document,what,deadline,from,by,section,start,end,quote');
    assert.equal(csv.text.trim().split('\n').length, 1 + 5, 'a row per milestone, the undated too');
  });

  it('opens a milestone in the source beside the targets, scrolled to and focused', async () => {
    const w = await app.open({ width: 1280 });
    // a long plan: the milestone stands far below the first screen of its source
    const filler = Array.from({ length: 150 }, (_, k) => `（${k + 1}）持续推进第${k + 1}项重点工作。`).join('\n');
    await w.addDocument(`丙市2026年重点工作安排\n一、重点工作\n${filler}\n二、项目建设\n市图书馆新馆9月底前建成开放。\n`);
    await w.tab('timeline');
    await w.get('timeline-list').waitFor();
    await w.get('timeline-show-source').first().click();
    const passage = w.get('passage');
    await passage.waitFor();
    assert.match(await passage.innerText(), /市图书馆新馆9月底前建成开放/);
    assert.equal(await w.get('split').count(), 1, 'side by side at 1280 px');
    await w.page.waitForFunction(() => document.activeElement?.dataset.testid === 'passage');
    const pane = await w.get('source-pane').locator('.source-text').boundingBox();
    const box = await passage.boundingBox();
    assert.ok(box.y >= pane.y && box.y + box.height <= pane.y + pane.height, `passage ${JSON.stringify(box)} in pane ${JSON.stringify(pane)}`);
    assert.deepEqual(w.problems(), [], 'no console errors');
    await screenshot(w.page, 'timeline-passage-1280-light');
  });

  for (const [width, scheme] of [[1280, 'light'], [1280, 'dark'], [360, 'light'], [360, 'dark']]) {
    it(`looks right at ${width} px, ${scheme} (screenshot)`, async () => {
      const w = await app.open({ width });
      await w.page.emulateMedia({ colorScheme: scheme });
      await w.addDocument(PLAN_A);
      await w.addDocument(PLAN_B);
      await w.tab('timeline');
      await w.get('timeline-list').waitFor();
      await w.get('timeline-mark').first().selectOption('done');
      assert.deepEqual(w.problems(), [], 'no console errors');
      await screenshot(w.page, `timeline-${width}-${scheme}`);
      // nothing wider than the page at 360 px but the chart, which scrolls in its own box
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `page overflows by ${overflow} px`);
    });
  }
});
