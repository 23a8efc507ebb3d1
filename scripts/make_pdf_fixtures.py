#!/usr/bin/env python3
"""Writes the PDF test fixtures of tests/fixtures/pdf/ from a short plan of the tests' own
(invented text, no real plan): run with the project venv's Python (reportlab, see setup.sh):

    target/py-venv/bin/python scripts/make_pdf_fixtures.py [out_dir]
    target/py-venv/bin/python scripts/make_pdf_fixtures.py --from-text plan.txt plan.pdf

The second form lays out any plan text the same way (a line a paragraph, hard-wrapped with a
first-line indent; a line with tabs a table row drawn as cells), in WenQuanYi Micro Hei (which has
traditional characters too): the CLI's tests make PDFs of the shared corpus's plans with it.

- plan.txt: the plan as it would be pasted (a paragraph a line, the table's cells tab-separated);
- plan-cid.pdf: the same plan laid out in reportlab's built-in CID font STSong-Light (Adobe-GB1,
  UniGB-UCS2-H, no font embedded, no ToUnicode map): hard-wrapped lines with first-line indents,
  a running header and `— N —` page numbers, a paragraph running over a page break, a page of two
  columns, and two indicator tables drawn as positioned cells in a grid (in the second, long
  indicator names wrap onto two lines in their cells, and group headers fill one cell);
- plan-ttf.pdf: the same with an embedded TrueType subset (WenQuanYi Micro Hei);
- long.pdf: 50 pages of plan-like text (the progress indicator's test);
- encrypted.pdf: a page of text behind a user password;
- scanned.pdf: a page that is only an image (no text layer).

The output is deterministic (reportlab's invariant mode), so running it again changes nothing.
"""

import io
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab import rl_config

rl_config.invariant = 1

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
HEADER = "某市2026年国民经济和社会发展计划（草案）"
TITLE = "某市2026年国民经济和社会发展计划"

# The plan: ("h", heading) lines, ("p", paragraph) text, ("cols", [blocks]) a two-column run,
# ("table", rows[, column widths]) an indicator table, ("break",) a new page.
PLAN = [
    ("title", TITLE),
    ("h", "一、总体要求"),
    ("p", "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，着力扩大内需、"
          "优化结构、提振信心、防范化解风险，推动经济实现质的有效提升和量的合理增长，为全面建成"
          "社会主义现代化城市打下坚实基础。"),
    ("h", "二、主要目标"),
    ("h2", "（一）经济发展"),
    ("p", "地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长7%以上，"
          "固定资产投资增长4.5%，社会消费品零售总额增长6.5%，实际利用外资保持稳定，数字经济"
          "核心产业增加值占地区生产总值比重达到10%。"),
    ("h2", "（二）民生保障"),
    ("p", "城镇调查失业率控制在5.5%以内，新增城镇就业1.2万人以上，居民人均可支配收入增长与经济"
          "增长基本同步，基本养老保险参保率稳定在95%以上，每千人口拥有3岁以下婴幼儿托位数达到"
          "4.5个，新建改建城市社区嵌入式服务设施30个，改造城镇老旧小区120个，新增公办学位8000个，"
          "全年完成城市更新项目40个，城乡居民医疗保险参保率保持在96%以上。"),
    ("h2", "（三）生态环境"),
    ("p", "森林覆盖率达到24.1%，单位地区生产总值能耗下降3%，细颗粒物平均浓度控制在30微克/立方米"
          "以下，地表水国控断面优良水质比例达到90%，城市生活垃圾回收利用率达到38%。"),
    ("break",),
    ("h", "三、重点任务"),
    ("cols", [
        ("p", "加快建设现代化产业体系。实施制造业重点产业链高质量发展行动，新增规模以上工业企业"
              "60家，高新技术企业总数达到1500家，全社会研发经费投入增长8%，技术合同成交额突破"
              "50亿元，培育专精特新中小企业100家。"),
        ("p", "全面推进乡村振兴。粮食播种面积稳定在80万亩以上，粮食总产量保持在30万吨以上，新建"
              "高标准农田5万亩，农村居民人均可支配收入增长7%，农村自来水普及率达到99%。"),
        ("p", "持续扩大有效投资。实施重大项目200个，完成年度投资500亿元，新开工项目80个，"
              "民间投资占固定资产投资比重达到55%，新建充电桩2000个，建成城市道路30公里。"),
        ("p", "深化改革扩大开放。外贸进出口总额增长5%，新设外资企业40家，新增经营主体2万户，"
              "营商环境评价保持全省前列，政务服务事项网上可办率达到98%。"),
    ]),
    ("break",),
    ("h", "四、主要指标"),
    ("table", [
        ["指标", "2025年", "2026年", "属性"],
        ["地区生产总值增速（%）", "5.8", "6", "预期性"],
        ["新增城镇就业（万人）", "1.1", "1.2", "预期性"],
        ["森林覆盖率（%）", "23.9", "24.1", "约束性"],
        ["粮食综合生产能力（万吨）", "30", "30", "约束性"],
    ], (190, 80, 80, 80)),
    ("h", "五、“十四五”时期主要指标"),
    ("table", [
        ["指标", "2020年", "2025年", "属性"],
        ["经济发展"],
        ["地区生产总值年均增长（%）", "3.6", "6左右", "预期性"],
        ["全员劳动生产率增长（%）", "4.0", "6", "预期性"],
        ["绿色生态"],
        ["单位地区生产总值能源消耗降低（%）", "[13.5]", "[13.5]", "约束性"],
        ["非化石能源占一次能源消费比重（%）", "15.9", "20", "约束性"],
        ["城市空气质量优良天数比率（%）", "87", "88", "约束性"],
        ["森林覆盖率（%）", "23.9", "24.1", "约束性"],
    ], (150, 80, 80, 80)),
]

BODY, HEAD, HEAD2, TITLE_SIZE = 12, 15, 13, 18
LEFT, RIGHT, TOP, BOTTOM = 72, A4[0] - 72, A4[1] - 80, 80


def plan_text(plan=PLAN):
    """The plan as pasted text."""
    lines = []
    for block in plan:
        kind = block[0]
        if kind in ("title", "h", "h2", "p"):
            lines.append(block[1])
        elif kind == "cols":
            lines.extend(text for _, text in block[1])
        elif kind == "table":
            lines.extend("\t".join(row) for row in block[1])
    return "\n".join(lines) + "\n"


def wrap(text, font, size, width, indent):
    """Hard-wrapped lines of `text` (the first indented by `indent` points)."""
    lines, line, room = [], "", width - indent
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, font, size) > room and line:
            lines.append(line)
            line, room = "", width
        line += ch
    if line:
        lines.append(line)
    return lines


class Pages:
    """A canvas with a running header, `— N —` page numbers and a cursor moving down."""

    def __init__(self, out, font, header=HEADER):
        self.c = canvas.Canvas(out, pagesize=A4, pageCompression=1, invariant=1)
        self.font = font
        self.header = header
        self.page = 0
        self.y = 0
        self.new_page()

    def decorate(self):
        c = self.c
        if self.header:
            c.setFont(self.font, 9)
            c.drawCentredString(A4[0] / 2, A4[1] - 50, self.header)
            c.setLineWidth(0.5)
            c.line(LEFT, A4[1] - 56, RIGHT, A4[1] - 56)
        c.setFont(self.font, 11)
        c.drawCentredString(A4[0] / 2, 45, f"— {self.page} —")

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.decorate()
        self.y = TOP

    def need(self, height):
        if self.y - height < BOTTOM:
            self.new_page()

    def line(self, text, size, x=LEFT, lead=1.6):
        self.need(size * lead)
        self.y -= size * lead
        self.c.setFont(self.font, size)
        self.c.drawString(x, self.y, text)

    def paragraph(self, text, left=LEFT, right=RIGHT, size=BODY):
        for k, ln in enumerate(wrap(text, self.font, size, right - left, 2 * size)):
            self.line(ln, size, left + (2 * size if k == 0 else 0))

    def columns(self, blocks, gutter=24):
        """Paragraphs in two columns filling the rest of the page: the left column first."""
        mid = (LEFT + RIGHT) / 2
        spans = [(LEFT, mid - gutter / 2), (mid + gutter / 2, RIGHT)]
        lines = []
        for _, text in blocks:
            for k, ln in enumerate(wrap(text, self.font, BODY, spans[0][1] - spans[0][0], 2 * BODY)):
                lines.append((ln, k == 0))
        half = (len(lines) + 1) // 2
        top = self.y
        for col, part in enumerate((lines[:half], lines[half:])):
            y = top
            for ln, first in part:
                y -= BODY * 1.6
                self.c.setFont(self.font, BODY)
                self.c.drawString(spans[col][0] + (2 * BODY if first else 0), y, ln)
        self.y = top - BODY * 1.6 * half

    def table(self, rows, widths=None, row_h=26):
        """Rows of cells in a grid; a cell's text too long for its column wraps onto more lines
        (1.2 lines apart), the row as high as its most lines need, each cell's text centred in
        its row's height (as Word sets a table's cells)."""
        if widths is None:
            widths = self.widths(rows)
        lead = BODY * 1.2
        # a row of fewer cells (a group header) has its last cell spanning the rest
        spans = [list(widths[:len(row) - 1]) + [sum(widths[len(row) - 1:])] for row in rows]
        cells = [[wrap(cell, self.font, BODY, w - 12, 0) for w, cell in zip(ws, row)]
                 for ws, row in zip(spans, rows)]
        heights = [max(row_h, max(len(c) for c in row) * lead + row_h - lead) for row in cells]
        x0 = LEFT
        self.need(sum(heights))
        y = self.y - 10
        c = self.c
        c.setLineWidth(0.6)
        for ws, row, h in zip(spans, cells, heights):
            x = x0
            for w, lines in zip(ws, row):
                c.rect(x, y - h, w, h)
                c.setFont(self.font, BODY)
                for i, ln in enumerate(lines):
                    c.drawString(x + 6, y - h / 2 - 4 + ((len(lines) - 1) / 2 - i) * lead, ln)
                x += w
            y -= h
        self.y = y

    def widths(self, rows):
        """Column widths of `rows` fitted to their cells (12 pt padding), shrunk to the page."""
        cols = max(len(r) for r in rows)
        need = [12 + max(pdfmetrics.stringWidth(r[c] if c < len(r) else "", self.font, BODY)
                         for r in rows) for c in range(cols)]
        scale = min(1.0, (RIGHT - LEFT) / sum(need))
        return [w * scale for w in need]

    def save(self):
        self.c.showPage()
        self.c.save()


def write_plan(out, font, plan=PLAN, header=HEADER):
    p = Pages(out, font, header)
    for block in plan:
        kind = block[0]
        if kind == "title":
            p.y -= 10
            p.need(TITLE_SIZE * 2)
            p.y -= TITLE_SIZE * 2
            p.c.setFont(font, TITLE_SIZE)
            p.c.drawCentredString(A4[0] / 2, p.y, block[1])
        elif kind == "h":
            p.line(block[1], HEAD, lead=2.0)
        elif kind == "h2":
            p.line(block[1], HEAD2, x=LEFT + 2 * BODY, lead=1.8)
        elif kind == "p":
            p.paragraph(block[1])
        elif kind == "cols":
            p.columns(block[1])
        elif kind == "table":
            p.table(*block[1:])
        elif kind == "break":
            p.new_page()
    p.save()


def page_count(data):
    import re
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def fit_pages(pages):
    """The long plan cut to exactly `pages` pages."""
    paras = [b for b in PLAN if b[0] == "p"]
    plan = [("title", TITLE)]
    n = 0
    while True:
        n += 1
        chapter = [("h", f"第{n}章 专项行动")] + [
            ("p", f"专项{n}-{k + 1}：" + text) for k, (_, text) in enumerate(paras)
        ]
        buf = io.BytesIO()
        write_plan(buf, "STSong-Light", plan + chapter)
        if page_count(buf.getvalue()) > pages:
            return plan
        plan += chapter


def from_text(src, out):
    """A PDF of the plan text in the file `src` (see the module's notes)."""
    with open(src, encoding="utf-8") as f:
        lines = [ln.strip() for ln in f.read().splitlines()]
    plan = []
    table = []
    for ln in lines + [""]:
        if "\t" in ln:
            table.append(ln.split("\t"))
            continue
        if table:
            plan.append(("table", table))
            table = []
        if ln:
            plan.append(("p", ln))
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    write_plan(out, "WQY", plan, header=None)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--from-text":
        from_text(sys.argv[2], sys.argv[3])
        return
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "pdf")
    os.makedirs(out, exist_ok=True)
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    with open(os.path.join(out, "plan.txt"), "w", encoding="utf-8") as f:
        f.write(plan_text())
    write_plan(os.path.join(out, "plan-cid.pdf"), "STSong-Light")
    write_plan(os.path.join(out, "plan-ttf.pdf"), "WQY")
    long = fit_pages(50)
    with open(os.path.join(out, "long.txt"), "w", encoding="utf-8") as f:
        f.write(plan_text(long))
    write_plan(os.path.join(out, "long.pdf"), "STSong-Light", long)

    c = canvas.Canvas(os.path.join(out, "encrypted.pdf"), pagesize=A4, invariant=1,
                      encrypt="secret")
    c.setFont("STSong-Light", BODY)
    c.drawString(LEFT, TOP, "地区生产总值增长6%左右。")
    c.showPage()
    c.save()

    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(img)
    draw.text((20, 80), "地区生产总值增长6%左右。", fill=0, font=ImageFont.truetype(WQY, 32))
    png = io.BytesIO()
    img.save(png, "PNG")
    png.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(os.path.join(out, "scanned.pdf"), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(png), LEFT, TOP - 200, width=450, height=150)
    c.showPage()
    c.save()
    for name in sorted(os.listdir(out)):
        print(f"{name}: {os.path.getsize(os.path.join(out, name))} bytes")


if __name__ == "__main__":
    main()
