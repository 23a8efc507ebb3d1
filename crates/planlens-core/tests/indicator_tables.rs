//! Indicator tables (主要指标表) in every shape people paste them, read cell for cell: each
//! fixture under `fixtures/tables/` is an invented table, and every target of the document is
//! asserted (metric, value, unit, comparator, status, year, binding, verb), with its section and
//! quote. Bad input (ragged rows, junk cells, a header without years, 10,000 rows) must not panic
//! and must never put a value in another column.

use planlens_core::model::Node;
use planlens_core::{analyse, Binding, Comparator, Document, Status};

use Binding::{Binding as B, Expected as E};
use Comparator::{Approx, Eq, Ge, Le};
use Status::{Achieved as Done, Target as Goal};

/// (metric, value, unit, comparator, status, year, binding, verb)
type Row = (
    &'static str,
    f64,
    &'static str,
    Comparator,
    Status,
    Option<u32>,
    Option<Binding>,
    Option<&'static str>,
);

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/tables/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Analyses a fixture and checks every target against `want`, in order; every quote is the
/// original text of its span and holds the start of its metric's row.
fn check(name: &str, want: &[Row]) -> Document {
    let text = fixture(name);
    let doc = analyse(name, &text);
    let got: Vec<String> = doc
        .targets
        .iter()
        .map(|t| {
            format!(
                "{} {} {} {:?} {:?} {:?} {:?} {:?}",
                t.metric, t.value, t.unit, t.comparator, t.status, t.year, t.binding, t.verb
            )
        })
        .collect();
    let want_s: Vec<String> = want
        .iter()
        .map(|(m, v, u, c, s, y, b, verb)| {
            format!(
                "{m} {v} {u} {c:?} {s:?} {y:?} {b:?} {:?}",
                verb.map(str::to_string)
            )
        })
        .collect();
    assert_eq!(got, want_s, "{name}");
    let chars: Vec<char> = text.chars().collect();
    for t in &doc.targets {
        let quote: String = chars[t.span[0]..t.span[1]].iter().collect();
        assert_eq!(quote, t.quote, "{name}: {}", t.metric);
        let head: String = t.metric.chars().take(2).collect();
        assert!(
            t.quote.contains(&head),
            "{name}: {} not in {:?}",
            head,
            t.quote
        );
        assert!(!t.quote.ends_with(char::is_whitespace), "{:?}", t.quote);
    }
    doc
}

fn titles(nodes: &[Node], out: &mut Vec<String>) {
    for n in nodes {
        out.push(n.title.clone());
        titles(&n.children, out);
    }
}

fn all_titles(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    titles(&doc.tree, &mut out);
    out
}

fn section(doc: &Document, i: usize) -> Vec<&str> {
    doc.targets[i].section.iter().map(String::as_str).collect()
}

#[test]
#[rustfmt::skip]
fn tab_separated_with_unit_column_groups_and_rates() {
    let doc = check(
        "tab_with_unit_column.txt",
        &[
            ("全市生产总值", 6.0, "%", Approx, Goal, None, Some(E), Some("年均增长")),
            ("全员劳动生产率", 12.4, "万元/人", Eq, Done, Some(2020), Some(E), None),
            ("全员劳动生产率", 16.8, "万元/人", Eq, Goal, Some(2025), Some(E), None),
            ("全员劳动生产率", 6.3, "万元/人", Eq, Goal, None, Some(E), Some("年均增长")),
            ("常住人口城镇化率", 58.2, "%", Eq, Done, Some(2020), Some(E), None),
            ("常住人口城镇化率", 63.0, "%", Eq, Goal, Some(2025), Some(E), None),
            ("常住人口城镇化率", 4.8, "%", Eq, Goal, None, Some(E), Some("累计增加")),
            ("研究与试验发展经费投入强度", 1.9, "%", Eq, Done, Some(2020), Some(E), None),
            ("研究与试验发展经费投入强度", 2.5, "%", Eq, Goal, Some(2025), Some(E), None),
            ("每万人口高价值发明专利拥有量", 3.1, "件", Eq, Done, Some(2020), Some(E), None),
            ("每万人口高价值发明专利拥有量", 6.0, "件", Ge, Goal, Some(2025), Some(E), None),
            // 居民人均可支配收入增长: 高于GDP增长 is no number
            ("城镇调查失业率", 4.6, "%", Eq, Done, Some(2020), Some(E), None),
            ("城镇调查失业率", 5.5, "%", Le, Goal, Some(2025), Some(E), None),
            ("单位地区生产总值能源消耗", 14.0, "%", Eq, Goal, None, Some(B), Some("累计降低")),
            ("森林覆盖率", 40.3, "%", Eq, Done, Some(2020), Some(B), None),
            ("森林覆盖率", 41.5, "%", Eq, Goal, Some(2025), Some(B), None),
            ("新建城市公园", 12.0, "个", Eq, Goal, None, None, Some("新建")),
        ],
    );
    assert_eq!(
        section(&doc, 0),
        [
            "某市“十四五”规划纲要(节选)",
            "主要目标",
            "表1 “十四五”时期经济社会发展主要指标",
            "经济发展"
        ]
    );
    assert_eq!(section(&doc, 13).last(), Some(&"绿色生态"));
    assert_eq!(section(&doc, 16).last(), Some(&"主要任务"));
    // the prose heading after the table is a heading again, under no table node
    let t = all_titles(&doc);
    assert!(t.contains(&"主要任务".to_string()));
    assert!(
        !t.iter()
            .any(|x| x.contains("森林覆盖率") || x.contains("类别") || x.contains("%")),
        "{t:?}"
    );
}

#[test]
#[rustfmt::skip]
fn pipe_rows_with_outer_bars_and_a_markdown_rule() {
    let doc = check(
        "pipe_outer_bars.txt",
        &[
            ("人均预期寿命", 78.2, "岁", Eq, Done, Some(2020), Some(E), None),
            ("人均预期寿命", 79.0, "岁", Ge, Goal, Some(2025), Some(E), None),
            ("人均预期寿命", 0.8, "岁", Eq, Goal, None, Some(E), Some("累计增加")),
            ("婴儿死亡率", 3.1, "‰", Eq, Done, Some(2020), Some(E), None),
            ("婴儿死亡率", 3.0, "‰", Le, Goal, Some(2025), Some(E), None),
            ("每千人口执业(助理)医师数", 2.9, "人", Eq, Done, Some(2020), Some(E), None),
            ("每千人口执业(助理)医师数", 3.4, "人", Eq, Goal, Some(2025), Some(E), None),
            ("每千人口执业(助理)医师数", 0.5, "人", Eq, Goal, None, Some(E), Some("累计增加")),
            ("每千人口拥有3岁以下婴幼儿托位数", 1.2, "个", Eq, Done, Some(2020), Some(E), None),
            ("每千人口拥有3岁以下婴幼儿托位数", 4.5, "个", Eq, Goal, Some(2025), Some(E), None),
            ("每千人口拥有3岁以下婴幼儿托位数", 3.3, "个", Eq, Goal, None, Some(E), Some("累计增加")),
            ("个人卫生支出占卫生总费用比重", 28.4, "%", Eq, Done, Some(2020), Some(B), None),
            ("个人卫生支出占卫生总费用比重", 27.0, "%", Approx, Goal, Some(2025), Some(B), None),
            ("新建社区卫生服务中心", 8.0, "家", Eq, Goal, None, None, Some("新建")),
        ],
    );
    assert_eq!(section(&doc, 0), ["“十四五”公共卫生主要指标"]);
    // the quote runs from the row's name (without its numbering) to the value cell
    assert_eq!(doc.targets[1].quote, "人均预期寿命（岁） | 78.2 | 79以上");
}

#[test]
#[rustfmt::skip]
fn pipe_one_cell_per_line_with_dashes_and_odd_brackets() {
    let doc = check(
        "pipe_cell_per_line.txt",
        &[
            ("粮食播种面积", 612.0, "万亩", Eq, Done, Some(2020), None, None),
            ("粮食播种面积", 615.0, "万亩", Ge, Goal, Some(2025), None, None),
            ("农田灌溉水有效利用系数", 0.56, "", Eq, Done, Some(2020), None, None),
            ("农田灌溉水有效利用系数", 0.58, "", Eq, Goal, Some(2025), None, None),
            ("农田灌溉水有效利用系数", 0.02, "", Eq, Goal, None, None, Some("累计增加")),
            ("农产品加工业与农业总产值比", 2.1, "%", Eq, Done, Some(2020), None, None),
            ("农产品加工业与农业总产值比", 2.6, "%", Eq, Goal, Some(2025), None, None),
            ("休闲农业综合收入", 38.0, "亿元", Eq, Done, Some(2020), None, None),
            ("休闲农业综合收入", 55.0, "亿元", Eq, Goal, Some(2025), None, None),
            ("休闲农业综合收入", 17.0, "亿元", Eq, Goal, None, None, Some("累计增加")),
        ],
    );
    assert_eq!(section(&doc, 0), ["专栏2 “十四五”现代农业主要指标"]);
    assert_eq!(
        doc.targets[4].quote,
        "农田灌溉水有效利用 系数 |\n0.56 |\n0.58 |\n[0.02)"
    );
}

#[test]
#[rustfmt::skip]
fn space_aligned_columns_with_a_header_split_over_two_lines() {
    let doc = check(
        "spaces_split_header.txt",
        &[
            ("高速公路通车里程", 1120.0, "公里", Eq, Done, Some(2020), Some(E), None),
            ("高速公路通车里程", 1380.0, "公里", Eq, Goal, Some(2025), Some(E), None),
            ("铁路营业里程", 860.0, "公里", Eq, Done, Some(2020), Some(E), None),
            ("铁路营业里程", 1020.0, "公里", Eq, Goal, Some(2025), Some(E), None),
            ("港口货物吞吐量", 2.3, "亿吨", Eq, Done, Some(2020), Some(E), None),
            ("港口货物吞吐量", 3.1, "亿吨", Eq, Goal, Some(2025), Some(E), None),
            // the long name runs into the unit column with a single space
            ("城市公共交通机动化出行分担率", 52.0, "%", Eq, Done, Some(2020), Some(E), None),
            ("城市公共交通机动化出行分担率", 60.0, "%", Ge, Goal, Some(2025), Some(E), None),
            ("新能源公交车占比", 76.5, "%", Eq, Done, Some(2020), Some(B), None),
            ("新能源公交车占比", 100.0, "%", Eq, Goal, Some(2025), Some(B), None),
            ("新增铁路里程", 160.0, "公里", Eq, Goal, None, None, Some("新增")),
        ],
    );
    assert_eq!(
        section(&doc, 0),
        ["发展目标", "“十四五”交通运输发展主要指标"]
    );
    assert_eq!(section(&doc, 10), ["发展目标", "完善综合交通网络"]);
    let t = all_titles(&doc);
    assert!(
        !t.iter().any(|x| x.contains("基期值") || x.contains("里程")),
        "{t:?}"
    );
}

#[test]
#[rustfmt::skip]
fn one_cell_per_line_with_blank_lines_groups_and_sub_rows() {
    let doc = check(
        "blank_lines_sub_rows.txt",
        &[
            ("经常参加体育锻炼人数比例", 37.2, "%", Eq, Done, Some(2020), Some(E), None),
            ("经常参加体育锻炼人数比例", 40.0, "%", Ge, Goal, Some(2025), Some(E), None),
            ("人均体育场地面积", 2.05, "平方米", Eq, Done, Some(2020), Some(B), None),
            ("人均体育场地面积", 2.6, "平方米", Eq, Goal, Some(2025), Some(B), None),
            // 其中:城镇 / 农村: the values come column by column
            ("国民体质监测合格率(城镇)", 91.3, "%", Eq, Done, Some(2020), Some(E), None),
            ("国民体质监测合格率(农村)", 88.6, "%", Eq, Done, Some(2020), Some(E), None),
            ("国民体质监测合格率(城镇)", 93.0, "%", Eq, Goal, Some(2025), Some(E), None),
            ("国民体质监测合格率(农村)", 92.0, "%", Eq, Goal, Some(2025), Some(E), None),
            // the parent row has values too
            ("注册运动员人数", 5200.0, "人", Eq, Done, Some(2020), Some(E), None),
            ("青少年运动员人数", 3100.0, "人", Eq, Done, Some(2020), Some(E), None),
            ("注册运动员人数", 6500.0, "人", Eq, Goal, Some(2025), Some(E), None),
            ("青少年运动员人数", 4200.0, "人", Eq, Goal, Some(2025), Some(E), None),
        ],
    );
    assert_eq!(section(&doc, 0), ["体育事业发展主要指标", "群众体育"]);
    assert_eq!(section(&doc, 11), ["体育事业发展主要指标", "竞技体育"]);
    assert_eq!(doc.targets[0].quote, "经常参加体育锻炼人数比例(%)\n\n37.2%");
    let t = all_titles(&doc);
    assert!(
        !t.iter()
            .any(|x| x.contains("指") && x.contains("标") && x.len() < 12),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|x| x.contains("人数") || x == "属性" || x.contains("2020")),
        "{t:?}"
    );
}

#[test]
#[rustfmt::skip]
fn one_cell_per_line_header_split_with_unit_cells_and_qualitative_values() {
    let doc = check(
        "stream_split_header.txt",
        &[
            ("湿地保护率", 52.0, "%", Eq, Done, Some(2020), Some(B), None),
            ("湿地保护率", 55.0, "%", Eq, Goal, Some(2025), Some(B), None),
            ("湿地保护率", 3.0, "%", Eq, Goal, None, Some(B), Some("累计增加")),
            ("空气质量优良天数比率", 88.1, "%", Eq, Done, Some(2020), Some(B), None),
            ("空气质量优良天数比率", 90.0, "%", Approx, Goal, Some(2025), Some(B), None),
            ("主要污染物排放总量", 1.8, "万吨", Eq, Goal, None, Some(B), Some("累计减少")),
            // 与经济增长同步 holds the target column's place and gives nothing
            ("生态环境公众满意度", 86.0, "%", Eq, Done, Some(2020), Some(E), None),
            ("城市人均公园绿地面积", 14.2, "平方米", Eq, Done, Some(2020), Some(E), None),
            ("城市人均公园绿地面积", 15.0, "平方米", Eq, Goal, Some(2025), Some(E), None),
            // a unit written in the cell wins over the row's
            ("城市人均公园绿地面积", 2.4, "%", Eq, Goal, None, Some(E), Some("年均增长")),
            ("生态补偿资金", 3.0, "亿元", Eq, Goal, Some(2025), None, Some("达到")),
        ],
    );
    assert_eq!(section(&doc, 0), ["生态环境", "“十四五”生态建设主要指标表"]);
    assert_eq!(section(&doc, 10), ["保障措施"]);
}

#[test]
#[rustfmt::skip]
fn a_header_without_years_gives_no_years() {
    let doc = check(
        "header_without_years.txt",
        &[
            ("用水总量", 28.5, "亿立方米", Eq, Done, None, Some(B), None),
            ("用水总量", 30.0, "亿立方米", Le, Goal, None, Some(B), None),
            ("万元工业增加值用水量", 23.0, "%", Eq, Goal, None, Some(B), Some("累计下降")),
            ("城市污水处理率", 92.0, "%", Eq, Done, None, Some(E), None),
            ("城市污水处理率", 95.0, "%", Ge, Goal, None, Some(E), None),
        ],
    );
    assert_eq!(section(&doc, 0), ["“十三五”水资源管理主要指标"]);
}

#[test]
#[rustfmt::skip]
fn anti_copy_noise_after_every_cell() {
    let doc = check(
        "noisy_pipes.txt",
        &[
            // `城镇棚户区改造2完成率`: the footnote mark is dropped; `84。5` is 84.5; `>955 …` is >95
            ("城镇棚户区改造完成率", 84.5, "%", Eq, Done, Some(2020), Some(B), None),
            ("城镇棚户区改造完成率", 95.0, "%", Ge, Goal, Some(2025), Some(B), None),
            ("老旧小区改造户数", 6.2, "万户", Eq, Goal, None, Some(E), Some("累计增加")),
        ],
    );
    assert_eq!(
        section(&doc, 0),
        ["专栏3“十四五”城市建设主要指标", "城市更新", "住房保障"]
    );
    assert_eq!(doc.title, "专栏3“十四五”城市建设主要指标");
}

#[test]
fn ragged_and_junk_rows_are_skipped_not_shifted() {
    // 博物馆数量 lacks a cell, the 比重 row has two too many, a row is junk: none is read
    check(
        "ragged_rows.txt",
        &[
            (
                "公共图书馆年流通人次",
                320.0,
                "万人次",
                Eq,
                Done,
                Some(2020),
                Some(E),
                None,
            ),
            (
                "公共图书馆年流通人次",
                450.0,
                "万人次",
                Eq,
                Goal,
                Some(2025),
                Some(E),
                None,
            ),
            (
                "每万人拥有公共文化设施面积",
                1650.0,
                "平方米",
                Eq,
                Done,
                Some(2020),
                Some(E),
                None,
            ),
            (
                "每万人拥有公共文化设施面积",
                2000.0,
                "平方米",
                Eq,
                Goal,
                Some(2025),
                Some(E),
                None,
            ),
        ],
    );
}

#[test]
fn ten_thousand_rows() {
    let mut text = String::from("“十四五”监测主要指标\n指标\t单位\t2020年\t2025年\t属性\n");
    for i in 0..10_000 {
        text.push_str(&format!(
            "监测点{i}覆盖率\t%\t{}.5\t{}\t约束性\n",
            i % 90,
            i % 90 + 5
        ));
    }
    let doc = analyse("big.txt", &text);
    assert_eq!(doc.targets.len(), 20_000);
    let last = &doc.targets[19_999];
    assert_eq!(last.metric, "监测点9999覆盖率");
    assert_eq!(
        (last.value, last.year, last.status),
        (14.0, Some(2025), Goal)
    );
    assert_eq!(doc.targets[19_998].value, 9.5);
    assert!(doc
        .targets
        .iter()
        .all(|t| t.binding == Some(B) && t.unit == "%"));
    // no row became a heading
    assert_eq!(all_titles(&doc), ["“十四五”监测主要指标"]);
}

/// A small deterministic generator (no dependency, same cells on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick(&mut self, s: &[char]) -> char {
        s[(self.next() as usize) % s.len()]
    }
}

#[test]
fn cells_of_random_symbols_never_panic_or_give_values_to_real_rows() {
    let symbols: Vec<char> =
        "!@#$%^&*()_+-=[]{};':\",./<>?|\\~`〔〕【】（）—…·、。，；：？！《》%‰一二三年指标属性约束预期其中 \t"
            .chars()
            .collect();
    let mut rng = Lcg(2024);
    for round in 0..200 {
        let mut text = String::from("主要指标表\n指标\t2020年\t2025年\t属性\n");
        let mut real = 0;
        for r in 0..12 {
            if r % 3 == 0 {
                text.push_str(&format!("真实指标{r}(%)\t{r}\t{}\t预期性\n", r + 1));
                real += 1;
            } else {
                let n = 1 + rng.next() % 30;
                let junk: String = (0..n).map(|_| rng.pick(&symbols)).collect();
                text.push_str(&junk);
                text.push('\n');
            }
        }
        let doc = analyse("junk.txt", &text);
        let from_table: Vec<_> = doc
            .targets
            .iter()
            .filter(|t| t.metric.starts_with("真实指标"))
            .collect();
        // a real row is read whole or not at all, and never with another row's values
        for t in &from_table {
            let r: f64 = t.metric["真实指标".len()..]
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse()
                .unwrap();
            let want = if t.year == Some(2020) { r } else { r + 1.0 };
            assert_eq!(t.value, want, "round {round}: {text}");
        }
        // the first row, right under the header, is always read
        assert!(
            from_table.len() >= 2 && from_table.len() <= real * 2,
            "{text}"
        );
        for t in &doc.targets {
            assert!(t.span[0] <= t.span[1] && t.span[1] <= doc.text_chars);
        }
    }
}

#[test]
fn tables_with_nothing_around_them_and_empty_input() {
    for text in [
        "",
        "指标",
        "指标\n2020年\n2025年",
        "指标\t2020年\t2025年\t属性",
        "|||\n| | | |\n",
        "指标 | 2020年 | 2025年 |\n| — | — | — |",
        "\t\t\t\n\t\t\t",
    ] {
        let doc = analyse("x.txt", text);
        assert!(doc.targets.is_empty(), "{text:?}");
    }
}
