// End-to-end: plans as they are published (issue 17). A Word .docx and a saved web page picked in
// the file input become documents whose targets the tree shows and whose source view shows the
// text PlanLens derived from them (nothing of the page runs); in the same pick, an old .doc and a
// damaged .docx each get a notice naming the file and what to do, and nothing else is lost.
// The files are made here from short plan-like texts of the test's own.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { useServedApp } from './app_page.mjs';

/** CRC-32 of `buf` (the zip format's checksum). */
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A zip archive of `members` ({ name: text }), deflated. */
function zip(members) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(members)) {
    const n = Buffer.from(name);
    const raw = Buffer.from(text);
    const data = deflateRawSync(raw);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(raw), 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(n.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(raw), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(n.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(head, n, data);
    central.push(entry, n);
    offset += head.length + n.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const para = (text, style) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const row = (cells) => `<w:tr>${cells.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`;

const DOCX = zip({
  '[Content_Types].xml': '<Types/>',
  'word/document.xml':
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>' +
    para('某县2026年政府工作报告', 'Title') +
    para('一、主要目标', 'Heading1') +
    '<w:p><w:r><w:t>地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。</w:t></w:r>' +
    '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>' +
    para('二、主要指标', 'Heading1') +
    '<w:tbl>' +
    row(['指标', '2020年', '2025年', '属性']) +
    row(['新增城镇就业（万人）', '1.1', '1.2', '预期性']) +
    row(['森林覆盖率（%）', '23.5', '24.1', '约束性']) +
    '</w:tbl></w:body></w:document>',
  'word/styles.xml':
    '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>',
  'word/footnotes.xml':
    '<w:footnotes><w:footnote w:id="1"><w:p><w:r><w:t>脚注：粮食产量增长99%</w:t></w:r></w:p></w:footnote></w:footnotes>',
});

const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市人民政府</title>' +
  '<script>window.__ran = 1</script><style>body{display:none}</style></head><body>' +
  '<nav>首页 政务公开</nav><div class="TRS_Editor"><h2>一、发展目标</h2>' +
  '<p onclick="window.__ran = 2">居民人均可支配收入增长7%。</p><img src="x" onerror="window.__ran = 3">' +
  '<table><tr><th>指标</th><th>2025年</th></tr><tr><td>粮食产量（万吨）</td><td>50</td></tr></table>' +
  '</div><footer>网站地图</footer></body></html>';

// an old binary Word file: a compound file whose directory names the WordDocument stream
const DOC = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
  Buffer.from('WordDocument', 'utf16le'),
  Buffer.alloc(512),
]);

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('Word files and saved web pages', () => {
  const app = useServedApp();

  it('opens a .docx and a page from the picker; an old .doc and a damaged .docx are named', async () => {
    const w = await app.open();
    await w.addFiles([
      { name: '规划.docx', mimeType: WORD, buffer: DOCX },
      { name: '旧规划.doc', mimeType: 'application/msword', buffer: DOC },
      { name: '损坏.docx', mimeType: WORD, buffer: DOCX.subarray(0, DOCX.length >> 1) },
      { name: '公告.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) },
    ]);
    await w.waitForDocuments(2);
    await w.page.waitForFunction(() => document.querySelectorAll('[data-testid="error"]').length === 2);
    const errors = await w.get('error').allInnerTexts();
    assert.match(errors[0], /旧规划\.doc/);
    assert.match(errors[0], /旧格式的 Word 97–2003 文件（\.doc）/);
    assert.match(errors[0], /另存为” \.docx 或 PDF/);
    assert.match(errors[1], /损坏\.docx/);
    assert.match(errors[1], /Word 文档已损坏/);
    const titles = await w.documentTitles();
    assert.equal(titles.length, 2);
    assert.match(titles.join('\n'), /某县2026年政府工作报告/);

    // the Word document: its targets under its headings, the footnote left out
    await w.documents.filter({ hasText: '某县2026年政府工作报告' }).click();
    await w.tab('tree');
    const tree = await w.get('tree-view').innerText();
    for (const s of ['主要目标', '主要指标', '地区生产总值', '城镇调查失业率', '新增城镇就业', '森林覆盖率']) {
      assert.ok(tree.includes(s), `${s} in the tree:\n${tree}`);
    }
    assert.ok(!tree.includes('粮食产量'), tree);
    await w.screenshot('formats-docx-tree-1280');
    // the source view shows the derived text: paragraphs as lines, table rows as tab-separated cells
    await w.tab('source');
    await w.page.waitForFunction(() =>
      document.querySelector('[data-testid="source-text"]')?.innerText.includes('主要目标'),
    );
    const source = await w.get('source-text').innerText();
    assert.ok(source.includes('一、主要目标\n地区生产总值增长6%左右'), source);
    assert.ok(source.includes('森林覆盖率（%）\t23.5\t24.1\t约束性'), source);
    assert.ok(!source.includes('<w:') && !source.includes('脚注'), source);

    // the page: its article's text, nothing of it run
    await w.documents.filter({ hasNotText: '某县2026年政府工作报告' }).click();
    await w.tab('source');
    await w.page.waitForFunction(() =>
      document.querySelector('[data-testid="source-text"]')?.innerText.includes('发展目标'),
    );
    const page = await w.get('source-text').innerText();
    assert.ok(page.includes('一、发展目标\n居民人均可支配收入增长7%。'), page);
    assert.ok(page.includes('粮食产量（万吨）\t50'), page);
    assert.ok(!page.includes('首页') && !page.includes('网站地图') && !page.includes('window'), page);
    assert.equal(await w.page.evaluate(() => window.__ran), undefined);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
