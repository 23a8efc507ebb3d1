// End-to-end: the compare view as the panel against the release build in dist/ — seed plans 001,
// 002 and 003 (three places) laid out by place and year (GDP growth with its range, tiers and
// approximation; 规上 and 规模以上工业增加值 in one line), filtered, a line charted over the years as
// an accessible SVG with a table, the CSV downloads (with and without a BOM) and screenshots at
// 1280 px and 360 px; and 200 generated county reports, timed (the figure is printed).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedText, tid, useServedApp } from './app_page.mjs';

describe('PlanLens compare view (the panel)', () => {
  const app = useServedApp();

  for (const width of [1280, 360]) {
    it(`lays out seeds 001–003 by place and year and charts a line at ${width} px (screenshots)`, async () => {
      const w = await app.open({ width });
      const { page, problems } = w;
      for (const prefix of ['001', '002', '003']) await w.addDocument(seedText(prefix));
      await w.tab('compare');
      await w.get('compare-table').waitFor();
      assert.equal(await w.get('compare-doc').count(), 3);
      assert.equal(await page.locator(`${tid('compare-doc')}:checked`).count(), 3, 'all documents by default');

      // the two-level header: each place over its years
      const places = await w.get('panel-place-head').allInnerTexts();
      assert.deepEqual([...places].sort(), ['XX新城', '城关区', '莲湖区'].sort(), `places: ${places}`);
      assert.ok((await w.get('panel-year-head').count()) >= 3);

      const rows = w.get('compare-row');
      const gdp = rows.filter({ has: page.locator('.indicator-name', { hasText: /^地区生产总值$/ }) })
        .filter({ has: page.locator('.indicator-measure', { hasText: '增速' }) });
      assert.equal(await gdp.count(), 1, 'one GDP growth line');
      const gdpText = await gdp.innerText();
      for (const v of ['8%–10%', '7%', '7.8%', '12.5%', '6%左右', '目标']) {
        assert.ok(gdpText.includes(v), `GDP growth line shows ${v}: ${gdpText}`);
      }
      assert.equal(await gdp.locator('.badge-tier').count(), 3, 'the three tiers of 002');
      assert.ok((await gdp.locator('.panel-year.inferred').count()) >= 1, 'inferred years are marked');

      // 规上工业增加值 (001) and 规模以上工业增加值 (003) share one line
      const industry = rows.filter({ has: page.locator('.indicator-name', { hasText: /^规模以上工业增加值$/ }) });
      const quotes = await industry.locator(tid('panel-value')).evaluateAll((els) => els.map((e) => e.title));
      assert.ok(quotes.some((q) => q.includes('规上工业增加值')), `规上 in the line: ${quotes}`);
      assert.ok(quotes.some((q) => q.includes('规模以上工业增加值')), `规模以上 in the line: ${quotes}`);

      // filters narrow the columns
      await w.get('panel-place').selectOption('莲湖区');
      assert.deepEqual(await w.get('panel-place-head').allInnerTexts(), ['莲湖区']);
      await w.get('panel-place').selectOption('');
      assert.equal(await w.get('panel-place-head').count(), 3);

      // select the GDP line by keyboard: its chart over the years, with a table
      await gdp.focus();
      await page.keyboard.press('Enter');
      const svg = w.get('series-chart-svg');
      await svg.waitFor();
      assert.equal(await svg.getAttribute('role'), 'img');
      assert.match(await svg.getAttribute('aria-label'), /地区生产总值/);
      assert.equal(await svg.locator(':scope > title').count(), 1);
      assert.equal(await svg.locator(tid('series')).count(), 3, 'one series per place');
      assert.ok((await svg.locator('.series-band').count()) >= 1, 'the 8%–10% range is a band');
      assert.ok((await svg.locator('.dot.is-target').count()) >= 3, 'targets are hollow dots');
      assert.ok((await w.page.locator(`${tid('series-table')} tbody tr`).count()) >= 5);
      assert.equal(await w.get('compare-chart-svg').getAttribute('role'), 'img', 'the bars of one year');

      if (width === 1280) {
        // the CSV for Excel is the UTF-8 CSV with a byte-order mark first
        const csv = await w.downloaded('panel-csv');
        const bom = await w.downloaded('panel-csv-bom');
        assert.equal(csv.name, 'planlens-panel.csv');
        assert.deepEqual([...bom.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        assert.ok(bom.bytes.subarray(3).equals(csv.bytes));
        assert.match(csv.bytes.toString('utf8'), /^place,year,year_inferred,indicator,/);
        const json = JSON.parse((await w.downloaded('panel-json')).bytes.toString('utf8'));
        assert.ok(Array.isArray(json.rows) && json.rows.length > 10 && Array.isArray(json.verdicts));
      }

      await page.locator(tid('compare-table')).scrollIntoViewIfNeeded();
      await w.screenshot(`compare-${width}`);
      await w.screenshot(`compare-panel-${width}`, tid('compare-view'));

      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `page is ${scrollWidth} px wide at ${width}`);
      assert.deepEqual(problems(), []);
      await w.close();
    });
  }

  it('opens the panel of 200 county reports in pages (timed)', async (t) => {
    const w = await app.open();
    const places = ['青川县', '苍溪县', '剑阁县', '旺苍县', '昭化区', '利州区', '朝天区', '南江县', '通江县', '平昌县',
      '恩阳区', '巴州区', '仪陇县', '岳池县', '蓬安县', '阆中市', '南部县', '西充县', '盐亭县', '梓潼县'];
    const indicators = ['地区生产总值', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额', '一般公共预算收入',
      '城镇居民人均可支配收入', '农村居民人均可支配收入', '进出口总额'];
    const projects = ['5G基站', '充电桩', '社区食堂', '养老服务中心', '便民市场', '口袋公园', '公共停车位', '幼儿园',
      '卫生院', '文化广场', '农家书屋', '绿道', '冷链物流中心', '电商服务站', '公交站台', '智慧路灯', '旅游厕所',
      '孵化器', '托育机构', '消防站', '垃圾转运站', '光伏电站', '水库', '堤防'];
    const filler = '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，扎实推进各项工作落地见效。';
    const files = [];
    for (let n = 0; n < 200; n += 1) {
      const place = places[n % 20];
      const year = 2015 + Math.floor(n / 20);
      const v = (k) => (5 + ((n * 7 + k * 13) % 30) / 10).toFixed(1);
      let text = `${place}${year}年政府工作报告\n一、${year - 1}年工作回顾\n`;
      indicators.forEach((name, k) => { text += `过去一年，${name}增长${v(k)}%。${filler}${filler}\n`; });
      text += `二、${year}年主要目标\n`;
      indicators.forEach((name, k) => { text += `${name}增长${v(k + 3)}%左右。${filler}${filler}\n`; });
      text += '三、重点工作\n';
      for (let k = 0; k < 12; k += 1) {
        const m = (n * 5 + k * 7) % (2 * projects.length);
        const verb = m < projects.length ? '新建' : '改造';
        text += `（${k + 1}）${verb}${projects[m % projects.length]}${2 + ((n + k) % 30)}个。${filler}\n`;
      }
      files.push({ name: `r${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
    }
    await w.addFiles(files);
    await w.waitForDocuments(200, { timeout: 60000 });
    await w.waitForStored(200);
    // time from a click until the change is painted, measured in the page
    const timed = (id, selector, prefix = '') => w.page.evaluate(async ([id, selector, prefix]) => {
      const t0 = performance.now();
      document.querySelector(`[data-testid="${id}"]`).click();
      const done = () => document.querySelector(selector)?.textContent.startsWith(prefix);
      while (!done()) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return Math.round(performance.now() - t0);
    }, [id, selector, prefix]);
    const open = await timed('tab-compare', tid('compare-row'));
    assert.ok((await w.get('compare-row').count()) <= 50, 'one page of lines');
    assert.equal(await w.get('panel-place-head').count(), 3, 'three places (33 columns) at once');
    assert.equal(await w.get('panel-cols').innerText(), '第 1–33 列，共 220 列');
    const page = await w.get('panel-page').innerText();
    assert.match(page, /^第 1 \/ 2 页/);
    const next = await timed('panel-next', tid('panel-page'), '第 2');
    const nextPlaces = await timed('panel-cols-next', tid('panel-cols'), '第 34');
    const line = await timed('compare-row', tid('series-chart-svg'));
    const report = `200 documents (${page}): the compare tab opens in ${open} ms, next page ${next} ms, next places ${nextPlaces} ms, a line charted in ${line} ms (release build)`;
    t.diagnostic(report);
    console.log(`panel timing: ${report}`);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
