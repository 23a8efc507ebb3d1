#!/usr/bin/env python3
"""Writes adversarial plan texts for timing the PlanLens pipeline (used by scripts/adversarial.sh).

usage: adversarial.py OUT_DIR [--bytes N] [--only NAME[,NAME...]] [--list]

Each input is one file OUT_DIR/<name>.txt of about N bytes of UTF-8 (default 10,000,000): long
lines of repeated plan-like units, hundreds of thousands of heading-like lines, runs of words the
metric reader strips, unbalanced quotes, and seeded random text. The texts are deterministic.
"""
import argparse
import random
import sys
from pathlib import Path

# Shapes whose body is one unit repeated on a single line: name -> unit.
REPEATED = {
    "pct_list": "增长1%、",
    "jobs": "新增就业1万人，",
    "digits": "0123456789",
    "dotted": "1.1.",
    "cn_numerals": "一二三四五六七八九十",
    "paren_cn": "（一）",
    "quotes": "“（【",
    "qualifiers": "1个1万元",
    "colons": "目标：增长1%、",
    "tier_list": "目标值增长1%、",
    "deadline_list": "年底前新增1个、",
    "ranges": "8%-10%、",
    "percent_words": "百分之十、",
    "percent_words_decimal": "百分之五点五、",
    "cn_decimals": "零点一",
    "cn_colloquial": "三万五、",
    "cn_capital": "壹拾贰亿元、",
    "cn_places": "一千零一十一万零一",
    "cn_shares": "三分之一、三成、翻一番、",
    "glued": "1+1+",
    "thousands": "1,234,",
    "paren_nest": "((1%)",
    "contextual_t2s": "乾著",
    "milestones": "6月底前建成投用，",
    "milestone_times": "二季度上半年年底前9月1日前5月至10月",
    "milestone_labels": "完成时限：年底前；",
    "binding_marks": "覆盖率【预期性】达到1%（约束性），",
    "ratios": "缩小到2.2∶1、1:1:",
    "index_values": "指数达到85的",
}

# Shapes with a long prefix run and a single target at the end: name -> (run unit, tail).
PREFIXED = {
    "lead_words": ("全年力争", "新增就业1万人"),
    "de_run": ("的", "新增就业1万人"),
    "deadline_run": ("年内", "新增就业1万人"),
    "tier_run": ("目标值", "增长1%"),
    "digits_then_target": ("1234567890", "甲增长1%"),
    "close_parens": ("）", "增长1%"),
    "cn_digit_run": ("一二三四五六七八九", "十万人"),
    "cn_zero_run": ("一十零零", "一万人"),
}

# Common characters of plans, for the no-punctuation and random shapes.
HAN = (
    "发展经济建设推进改革创新产业项目企业城市乡村社会民生服务质量生态环境保护安全就业收入"
    "教育医疗卫生文化旅游交通能源农业工业投资消费开放合作区县市镇街道全面加快提升完善实施"
)
DIGITS = "0123456789"
PUNCT = "，。、；：！？（）“”《》【】%％.-—~·+"
NUMERALS = "一二三四五六七八九十百千万亿两零"
WORDS = [
    "增长", "新增", "建成", "达到", "以上", "左右", "以内", "不少于", "超过", "约", "目标值",
    "争取值", "年底前", "上半年", "全年", "预计", "分别", "各", "其中", "总投资", "个", "家",
    "万人", "亿元", "平方米", "个百分点", "年", "月", "季度", "第", "是", "等",
]


def repeat_to(unit: str, size: int) -> str:
    b = len(unit.encode())
    return unit * max(1, size // b)


def heading_lines(size: int) -> str:
    """Short heading-like lines of every marker style, nested as deep as styles allow."""
    markers = [
        lambda k: f"{cn(k)}、",
        lambda k: f"（{cn(k)}）",
        lambda k: f"{k % 99 + 1}.",
        lambda k: f"{k % 99 + 1}、",
        lambda k: f"({k % 99 + 1})",
        lambda k: chr(0x2460 + k % 20),
        lambda k: f"{cn(k)}是",
        lambda k: f"第{cn(k)}，",
        lambda k: f"“{k % 9 + 1}”就是",
    ]
    titles = ["甲", "乙", "丙", "丁", "坚持产业立城", "新增就业1万人", "加快对标赶超"]
    out, n, k = [], 0, 0
    while n < size:
        depth = k % len(markers)
        line = markers[depth](k // len(markers)) + titles[k % len(titles)] + "\n"
        out.append(line)
        n += len(line.encode())
        k += 1
    return "".join(out)


def short_lines(size: int) -> str:
    """Unpunctuated short lines in a row (each looks like a heading line)."""
    lines = ["加快对标赶超", "着力打造提速进位的新城", "在推动产业转型上再提升", "坚持项目为王"]
    return repeat_to("\n".join(lines) + "\n", size)


def cn(k: int) -> str:
    digits = "一二三四五六七八九"
    k = k % 99 + 1
    if k < 10:
        return digits[k - 1]
    tens, ones = divmod(k, 10)
    return ("" if tens == 1 else digits[tens - 1]) + "十" + (digits[ones - 1] if ones else "")


def random_text(size: int, seed: int, newlines: bool) -> str:
    rng = random.Random(seed)
    out, n = [], 0
    while n < size:
        r = rng.random()
        if r < 0.45:
            s = rng.choice(HAN)
        elif r < 0.60:
            s = rng.choice(DIGITS)
        elif r < 0.72:
            s = rng.choice(PUNCT)
        elif r < 0.80:
            s = rng.choice(NUMERALS)
        elif r < 0.99 or not newlines:
            s = rng.choice(WORDS)
        else:
            s = "\n"
        out.append(s)
        n += len(s.encode())
    return "".join(out)


def list_objects(size: int) -> str:
    """`A、B、C…分别增长1%2%…` with one more object than values."""
    half = size // 2
    objects = repeat_to("甲乙、", half)
    values = repeat_to("1%", half - 6)
    return objects + "分别增长" + values


def heading_then_targets(size: int, heading: str) -> str:
    """A heading of half the text above a line of targets (every target's section is the heading)."""
    return heading + "\n" + repeat_to("新增就业1万人，", size - len(heading.encode()))


def no_breaks(size: int) -> str:
    rng = random.Random(7)
    n = size // 3
    return "".join(rng.choice(HAN) for _ in range(n))


def table_rows(size: int, sep: str, per_line: bool) -> str:
    """An indicator table of `size` bytes: header, then rows (one cell per line when `per_line`)."""
    head = ["指标", "单位", "2020年", "2025年", "年均增长", "属性"]
    out = ["“十四五”主要指标表\n", ("\n" if per_line else sep).join(head) + "\n"]
    n, k = 0, 0
    while n < size:
        cells = [f"指标{k}(%)", "%", f"{k % 97}.5", f"{k % 97 + 3}以上", f"〔{k % 7}〕", "预期性"]
        line = ("\n\n" if per_line else sep).join(cells) + "\n"
        out.append(line)
        n += len(line.encode())
        k += 1
    return "".join(out)


def table_noise(size: int) -> str:
    """One-cell-per-line rows with anti-copy noise glued after every cell, headers repeated."""
    rng = random.Random(5)
    chars = [chr(c) for c in range(33, 127)]

    def noise() -> str:
        return " ".join("".join(rng.choice(chars) for _ in range(rng.choice([1, 2]))) for _ in range(8))

    out, n = [], 0
    while n < size:
        block = "".join(
            f"| {c}{noise()}\n"
            for c in ["指标", "2015年", "2020年", "〔累计〕", "属性", "某项比例(%)", "76。7", ">80", "-", "约束性"]
        )
        out.append(block)
        n += len(block.encode())
    return "".join(out)


def shapes(size: int):
    for name, unit in REPEATED.items():
        yield name, lambda unit=unit: repeat_to(unit, size)
    for name, (run, tail) in PREFIXED.items():
        yield name, lambda run=run, tail=tail: repeat_to(run, size - len(tail.encode())) + tail
    yield "heading_lines", lambda: heading_lines(size)
    yield "short_lines", lambda: short_lines(size)
    yield "list_objects", lambda: list_objects(size)
    yield "objects_each", lambda: repeat_to("甲乙、", size - 10) + "丙各建成1个"
    yield "pct_group", lambda: "地区生产总值增长" + repeat_to("1%", size - 24)
    yield "dun_group", lambda: "地区生产总值增长" + repeat_to("1%、", size - 24)
    yield "verb_run", lambda: "新建甲5万亩、改造" + repeat_to("达", size // 2) + "2万亩" + repeat_to(
        "、改造2万亩", size // 2 - 40
    )
    yield "thousands_glued", lambda: "1" + repeat_to(",111", size - 2) + "a"
    yield "long_title", lambda: heading_then_targets(
        size, "一、" + repeat_to("甲", size // 2) + "，乙"
    )
    yield "merged_title", lambda: heading_then_targets(
        size, repeat_to("加快对标赶超\n", size // 2).rstrip("\n")
    )
    yield "no_breaks", lambda: no_breaks(size)
    yield "random_line", lambda: random_text(size, 1, newlines=False)
    yield "random_lines", lambda: random_text(size, 2, newlines=True)
    yield "table_tabs", lambda: table_rows(size, "\t", per_line=False)
    yield "table_spaces", lambda: table_rows(size, "    ", per_line=False)
    yield "table_cells", lambda: table_rows(size, "", per_line=True)
    yield "table_noise", lambda: table_noise(size)
    yield "table_headers", lambda: repeat_to("指标\t2020年\t2025年\t属性\n1\t2\t3\t4\n", size)
    yield "table_names", lambda: "指标\n2020年\n2025年\n属性\n" + repeat_to("某项指标\n", size - 40)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", nargs="?")
    ap.add_argument("--bytes", type=int, default=10_000_000)
    ap.add_argument("--only", default="")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    only = {s for s in args.only.split(",") if s}
    if args.list:
        for name, _ in shapes(args.bytes):
            print(name)
        return 0
    if not args.out_dir:
        ap.error("OUT_DIR is required")
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, make in shapes(args.bytes):
        if only and name not in only:
            continue
        path = out / f"{name}.txt"
        path.write_text(make(), encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
