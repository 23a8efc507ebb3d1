//! The panel on plans written for these tests (tests/data/panel/, which the CLI's and the CSV
//! readers' tests use too): two consecutive reports of one county and one of another, a five-year
//! plan, and documents with no place or year.

use planlens_core::lexicon::Measure;
use planlens_core::panel::{csv, export, panel, value_year, Column, Judgement, Panel, CSV_HEADER};
use planlens_core::{analyse, Document, Status};

const QINGCHUAN_2023: &str = include_str!("data/panel/qc2023.txt");

const QINGCHUAN_2024: &str = include_str!("data/panel/qc2024.txt");

const CANGXI_2024: &str = include_str!("data/panel/cx2024.txt");

fn docs() -> Vec<Document> {
    [
        ("qc2023.txt", QINGCHUAN_2023),
        ("qc2024.txt", QINGCHUAN_2024),
        ("cx2024.txt", CANGXI_2024),
    ]
    .iter()
    .map(|(n, t)| analyse(n, t))
    .collect()
}

/// The verdict on the target of `indicator` (a growth unless `measure`) for `place` and `year`
/// with `tier`: (judgement, gap).
fn verdict(
    p: &Panel,
    place: &str,
    year: u32,
    indicator: &str,
    tier: Option<&str>,
) -> Option<(Judgement, Option<f64>)> {
    p.verdicts
        .iter()
        .find(|v| {
            let t = &p.rows[v.target];
            t.place.as_deref() == Some(place)
                && t.year == Some(year)
                && t.indicator == indicator
                && t.tier.as_deref() == tier
        })
        .map(|v| (v.judgement, v.gap))
}

#[test]
fn a_places_next_report_judges_its_targets_per_tier() {
    let docs = docs();
    let refs: Vec<&Document> = docs.iter().collect();
    let p = panel(&refs);
    // GDP: 6.5% against 目标值 6% (met by 0.5 points) and 争取值 7% (missed by 0.5)
    assert_eq!(
        verdict(&p, "青川县", 2023, "地区生产总值", Some("目标值")),
        Some((Judgement::Met, Some(0.5)))
    );
    assert_eq!(
        verdict(&p, "青川县", 2023, "地区生产总值", Some("争取值")),
        Some((Judgement::Missed, Some(-0.5)))
    );
    // investment: 8.2% against 10%
    let (j, gap) = verdict(&p, "青川县", 2023, "固定资产投资", None).unwrap();
    assert_eq!(j, Judgement::Missed);
    assert!((gap.unwrap() + 1.8).abs() < 1e-9, "{gap:?}");
    // employment: 1.25万人 against at least 1.2万人, gap in persons
    let v = p
        .verdicts
        .iter()
        .find(|v| p.rows[v.target].indicator == "城镇新增就业")
        .expect("an employment verdict");
    assert_eq!(v.judgement, Judgement::Met);
    assert_eq!((v.gap, v.gap_unit.as_str()), (Some(500.0), "人"));
    // unemployment: a ceiling of 5.5%, 5.2% meets it
    assert_eq!(
        verdict(&p, "青川县", 2023, "城镇调查失业率", None).map(|v| v.0),
        Some(Judgement::Met)
    );
    // the result comes from the next year's report, the target from the plan year's
    let gdp = p
        .verdicts
        .iter()
        .find(|v| p.rows[v.target].tier.as_deref() == Some("目标值"))
        .unwrap();
    assert_eq!(
        (p.rows[gdp.target].document, p.rows[gdp.result].document),
        (0, 1)
    );
    // 2024 targets have no 2024 results yet; 苍溪县's 2023 result has no 2023 target here
    assert!(p
        .verdicts
        .iter()
        .all(|v| p.rows[v.target].year == Some(2023)));
    assert!(p
        .verdicts
        .iter()
        .all(|v| p.rows[v.target].place.as_deref() == Some("青川县")));
}

#[test]
fn years_are_stated_or_inferred_and_marked() {
    let docs = docs();
    let report = &docs[1];
    let years: Vec<(Status, Option<(u32, bool)>)> = report
        .targets
        .iter()
        .map(|t| (t.status, value_year(report, t)))
        .collect();
    // the review's results are for the year before the report's, its targets for its own; the
    // headings (`一、2023年工作回顾`, `二、2024年主要目标`) state those years, a heading without one
    // (`三、重点工作`) leaves the year inferred
    assert!(years
        .iter()
        .all(|(s, y)| y.map(|y| y.0) == Some(if *s == Status::Achieved { 2023 } else { 2024 })));
    let inferred: Vec<bool> = report
        .targets
        .iter()
        .map(|t| value_year(report, t).unwrap().1)
        .collect();
    let under_no_year: Vec<bool> = report
        .targets
        .iter()
        .map(|t| t.section.last().is_some_and(|h| h.contains("重点工作")))
        .collect();
    assert_eq!(inferred, under_no_year);
    // a heading that names the year states it: the 2023 review's results and the 2024 targets
    let headed = analyse(
        "h.txt",
        "青川县2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长6.5%。\n二、2024年主要目标\n地区生产总值增长6%左右。\n",
    );
    let years: Vec<Option<(u32, bool)>> = headed
        .targets
        .iter()
        .map(|t| value_year(&headed, t))
        .collect();
    assert_eq!(years, vec![Some((2023, false)), Some((2024, false))]);
    // the headline's year is the document's, not a heading's: results under a heading without
    // a year stay the year before, inferred
    let plain = analyse(
        "p.txt",
        "青川县2024年政府工作报告\n一、过去一年工作回顾\n地区生产总值增长6.5%。\n",
    );
    assert_eq!(value_year(&plain, &plain.targets[0]), Some((2023, true)));
    // a heading spanning years states none
    let span = analyse(
        "s.txt",
        "青川县2024年政府工作报告\n一、2019—2023年工作回顾\n过去五年，地区生产总值增长6.5%。\n",
    );
    assert_eq!(value_year(&span, &span.targets[0]).map(|y| y.1), Some(true));
    // a stated year wins and is not marked; a five-year plan's targets are for its last year and
    // its results for the year before its first
    let plan = analyse(
        "plan.txt",
        "青川县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n一、主要目标\n\
         “十三五”时期，地区生产总值年均增长7.1%。到2025年，森林覆盖率达到75%，城镇调查失业率控制在5.5%以内。\n",
    );
    assert_eq!(plan.period, Some([2021, 2025]));
    let by_metric = |m: &str| {
        let t = plan.targets.iter().find(|t| t.metric.contains(m)).unwrap();
        value_year(&plan, t)
    };
    assert_eq!(by_metric("森林覆盖率"), Some((2025, false)));
    // a report that only gives results (a digest of the past year) still reviews the year before
    let digest = analyse(
        "d.txt",
        "青川县2024年政府工作报告\n一、过去一年\n地区生产总值增长6.5%，新增城镇就业1.25万人。\n",
    );
    assert!(digest.targets.iter().all(|t| t.status == Status::Achieved));
    assert!(digest
        .targets
        .iter()
        .all(|t| value_year(&digest, t) == Some((2023, true))));
    let refs = [&plan];
    let p = panel(&refs);
    let gdp = p
        .rows
        .iter()
        .find(|r| r.indicator == "地区生产总值")
        .unwrap();
    assert_eq!(
        (gdp.status, gdp.year, gdp.year_inferred),
        (Status::Achieved, Some(2020), true)
    );
}

#[test]
fn repeated_mentions_collapse_into_one_row_that_keeps_every_quote() {
    let docs = docs();
    let refs: Vec<&Document> = docs.iter().collect();
    let p = panel(&refs);
    let gdp_2024: Vec<_> = p
        .rows
        .iter()
        .filter(|r| {
            r.place.as_deref() == Some("青川县")
                && r.year == Some(2024)
                && r.indicator == "地区生产总值"
                && r.status == Status::Target
        })
        .collect();
    assert_eq!(gdp_2024.len(), 1, "{gdp_2024:?}");
    assert_eq!(gdp_2024[0].targets.len(), 2);
    assert_eq!(gdp_2024[0].measure, Measure::Growth);
    // the same figure in two documents is two rows (each document speaks for itself)
    let cangxi = p
        .rows
        .iter()
        .filter(|r| r.place.as_deref() == Some("苍溪县"))
        .count();
    assert_eq!(cangxi, 3);
    let json = serde_json::to_value(export(&refs, &p)).unwrap();
    let row = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["quotes"].as_array().unwrap().len() == 2)
        .expect("the collapsed row");
    assert_eq!(row["document"], "qc2024.txt");
    // the first mention stands under `二、2024年主要目标`, which states the year
    assert_eq!(row["year_inferred"], false);
    for key in [
        "place",
        "year",
        "indicator",
        "measure",
        "status",
        "tier",
        "comparator",
        "value",
        "value_max",
        "unit",
        "base_value",
        "base_unit",
        "quote",
    ] {
        assert!(row.get(key).is_some(), "{key}");
    }
    let v = &json["verdicts"][0];
    assert_eq!(v["target"]["document"], "qc2023.txt");
    assert_eq!(v["result"]["document"], "qc2024.txt");
    assert!(["met", "missed", "unclear"].contains(&v["verdict"].as_str().unwrap()));
}

#[test]
fn documents_without_place_or_year_keep_their_own_column() {
    let a = analyse("a.txt", "二、主要目标\n地区生产总值增长6%。\n");
    let b = analyse("b.txt", "二、主要目标\n地区生产总值增长5.8%。\n");
    assert_eq!((a.place.as_deref(), a.year), (None, None));
    let refs = [&a, &b];
    let p = panel(&refs);
    let columns: Vec<Column> = p.rows.iter().map(|r| r.column()).collect();
    assert_eq!(columns, vec![Column::Document(0), Column::Document(1)]);
    assert!(p.verdicts.is_empty());
    // a national document is 全国
    let national = analyse(
        "n.txt",
        "国务院关于印发“十四五”数字经济发展规划的通知\n到2025年，数字经济核心产业增加值占国内生产总值比重达到10%。\n",
    );
    assert_eq!(national.place.as_deref(), Some("全国"));
    let refs = [&national];
    assert_eq!(panel(&refs).rows[0].place.as_deref(), Some("全国"));
}

#[test]
fn units_that_cannot_be_compared_are_unclear_never_judged() {
    let plan = analyse(
        "p.txt",
        "青川县2023年政府工作报告\n二、主要目标\n固定资产投资增长10%。\n",
    );
    let report = analyse(
        "r.txt",
        "青川县2024年政府工作报告\n一、2023年工作回顾\n过去一年，固定资产投资完成120亿元，增长8%。\n二、2024年目标\n新增城镇就业1万人。\n",
    );
    let refs = [&plan, &report];
    let p = panel(&refs);
    // the growth target meets the growth result, not the level (a different measure)
    let v = &p.verdicts;
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(p.rows[v[0].result].measure, Measure::Growth);
    assert_eq!(v[0].judgement, Judgement::Missed);
    // a share target against a count result of the same indicator name: unclear, no gap
    let plan = analyse(
        "p.txt",
        "青川县2023年政府工作报告\n二、主要目标\n城镇调查失业率控制在5.5%以内。\n",
    );
    let mut report = analyse(
        "r.txt",
        "青川县2024年政府工作报告\n一、2023年工作回顾\n过去一年，城镇调查失业率5.2%。\n二、2024年目标\n新增城镇就业1万人。\n",
    );
    report.targets[0].unit = "个百分点".into();
    let refs = [&plan, &report];
    let p = panel(&refs);
    assert_eq!(p.verdicts.len(), 1);
    assert_eq!(
        (p.verdicts[0].judgement, p.verdicts[0].gap),
        (Judgement::Unclear, None)
    );
}

#[test]
fn the_csv_is_long_format_with_a_header_and_an_optional_bom() {
    let docs = docs();
    let refs: Vec<&Document> = docs.iter().collect();
    let p = panel(&refs);
    let text = csv(&refs, &p, false);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, CSV_HEADER);
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(recs.len(), p.rows.len());
    let col = |name: &str| CSV_HEADER.iter().position(|h| *h == name).unwrap();
    let met = recs
        .iter()
        .find(|r| &r[col("tier")] == "目标值")
        .expect("the 目标值 row");
    assert_eq!(&met[col("verdict")], "met");
    assert_eq!(&met[col("gap")], "0.5");
    assert_eq!(&met[col("gap_unit")], "个百分点");
    assert_eq!(&met[col("year")], "2023");
    assert_eq!(&met[col("year_inferred")], "FALSE");
    assert!(recs.iter().any(|r| &r[col("mentions")] == "2"));
    let with_bom = csv(&refs, &p, true);
    assert!(with_bom.starts_with('\u{FEFF}'));
    assert_eq!(&with_bom['\u{FEFF}'.len_utf8()..], text);
}

#[test]
fn a_corrected_document_s_rows_say_where_their_values_come_from() {
    use planlens_core::corrections::{corrected_document, keys_of, Correction, FieldEdit};
    let mut d = docs().remove(0);
    d.text = Some(QINGCHUAN_2023.to_string());
    let keys = keys_of(&d.targets);
    d.corrections.push(Correction::edit(
        keys[0].clone(),
        vec![FieldEdit::Value(9.5)],
    ));
    let shown = corrected_document(&d).doc;
    let p = panel(&[&shown]);
    let text = csv(&[&shown], &p, false);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let origin = CSV_HEADER.iter().position(|h| *h == "origin").unwrap();
    let origins: Vec<String> = r
        .records()
        .map(|x| x.unwrap()[origin].to_string())
        .collect();
    let corrected = origins.iter().filter(|o| *o == "corrected").count();
    assert_eq!(corrected, 1, "{origins:?}");
    assert!(origins.iter().all(|o| o == "corrected" || o == "extracted"));
    let json = export(&[&shown], &p);
    let v = serde_json::to_value(&json).unwrap();
    let n = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["origin"] == "corrected")
        .count();
    assert_eq!(n, 1);
    // a document nobody corrected: every row as extracted
    let plain = docs();
    let refs: Vec<&Document> = plain.iter().collect();
    let p = panel(&refs);
    assert!(csv(&refs, &p, false)
        .lines()
        .skip(1)
        .all(|l| l.ends_with(",extracted")));
}

#[test]
fn the_grid_groups_columns_by_place_then_year_and_filters_pick_rows() {
    use planlens_core::panel::{filter, grid, series, Choices, Filter};
    let docs = docs();
    let refs: Vec<&Document> = docs.iter().collect();
    let p = panel(&refs);
    let all: Vec<usize> = (0..p.rows.len()).collect();
    let g = grid(&p, &all);
    let col = |place: &str, year: u32| Column::Place {
        place: place.into(),
        year,
    };
    assert_eq!(
        g.columns,
        vec![
            col("青川县", 2022),
            col("青川县", 2023),
            col("青川县", 2024),
            col("苍溪县", 2023),
            col("苍溪县", 2024),
        ]
    );
    assert_eq!(g.columns_of("苍溪县"), vec![3, 4]);
    // GDP growth is the first line (economy first); its 青川县 2023 cell holds the two tiers
    // (from the 2023 report) and the result (from the 2024 report)
    let gdp = &g.lines[0];
    assert_eq!(
        (gdp.indicator.as_str(), gdp.measure),
        ("地区生产总值", Measure::Growth)
    );
    let cell: Vec<(Status, Option<&str>, usize)> = gdp.cells[1]
        .iter()
        .map(|&k| {
            (
                p.rows[k].status,
                p.rows[k].tier.as_deref(),
                p.rows[k].document,
            )
        })
        .collect();
    assert_eq!(
        cell,
        vec![
            (Status::Target, Some("目标值"), 0),
            (Status::Target, Some("争取值"), 0),
            (Status::Achieved, None, 1)
        ]
    );
    // filters
    let only = |f: Filter| filter(&p, &refs, &f);
    let results = only(Filter {
        status: Some(Status::Achieved),
        ..Filter::default()
    });
    assert!(results
        .iter()
        .all(|&k| p.rows[k].status == Status::Achieved));
    let cangxi = only(Filter {
        place: Some("苍溪县".into()),
        year: Some(2024),
        ..Filter::default()
    });
    assert_eq!(cangxi.len(), 1);
    assert_eq!(grid(&p, &cangxi).columns, vec![col("苍溪县", 2024)]);
    let c = Choices::of(&p, &refs);
    assert_eq!(c.places, vec!["青川县", "苍溪县"]);
    assert_eq!(c.years, vec![2022, 2023, 2024]);
    assert_eq!(c.kinds, vec![planlens_core::DocKind::WorkReport]);
    // one series per place over the years, results before targets in a year
    let (s, unit) = series(&p, &all, "地区生产总值", Measure::Growth);
    assert_eq!(unit, "%");
    assert_eq!(s.len(), 2);
    let qc: Vec<(u32, f64, Status)> = s[0]
        .points
        .iter()
        .map(|pt| (pt.year, pt.value, pt.status))
        .collect();
    assert_eq!(
        qc,
        vec![
            (2022, 4.1, Status::Achieved),
            (2023, 6.5, Status::Achieved),
            (2023, 6.0, Status::Target),
            (2023, 7.0, Status::Target),
            (2024, 6.0, Status::Target),
        ]
    );
    // the headings state every year here but the last target's (`三、重点工作`)
    let inferred: Vec<bool> = s[0].points.iter().map(|pt| pt.inferred).collect();
    assert_eq!(inferred, vec![false, false, false, false, false]);
}

#[test]
fn a_periods_yearly_average_is_never_judged_as_one_years_figure() {
    use planlens_core::panel::Basis;
    // the 2026 report reviews the five-year period (年均) and the past year; the 2025 plan set
    // one year's growth
    let plan = analyse(
        "p.txt",
        "青川县2025年政府工作报告\n二、2025年主要目标\n地区生产总值增长6%左右。\n",
    );
    let report = analyse(
        "r.txt",
        "青川县2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，地区生产总值年均增长7.2%。\n二、2026年目标\n地区生产总值增长5%。\n",
    );
    let refs = [&plan, &report];
    let p = panel(&refs);
    let average = p
        .rows
        .iter()
        .find(|r| r.basis == Basis::AnnualAverage)
        .expect("the five-year average");
    assert_eq!(average.status, Status::Achieved);
    assert!(
        p.verdicts.is_empty(),
        "a yearly average is not 2025's growth: {:?}",
        p.verdicts
    );
    // the same report with the past year's own figure gives the verdict
    let report = analyse(
        "r.txt",
        "青川县2026年政府工作报告\n一、2025年工作回顾\n过去一年，地区生产总值增长5.8%。\n二、2026年目标\n地区生产总值增长5%。\n",
    );
    let refs = [&plan, &report];
    let p = panel(&refs);
    assert_eq!(p.verdicts.len(), 1);
    assert_eq!(p.verdicts[0].judgement, Judgement::Met);
}

#[test]
fn two_reports_as_governments_write_them_give_every_verdict() {
    // tests/data/panel_pair: a county's 2023 report (dateline title, targets for 2023) and its 2024
    // report (the 2023 review, levels beside growth, a fall in investment, CPI and energy ceilings)
    let read = |n: &str| {
        let path = format!("{}/tests/data/panel_pair/{n}", env!("CARGO_MANIFEST_DIR"));
        analyse(n, &std::fs::read_to_string(path).unwrap())
    };
    let (a, b) = (read("r2023.txt"), read("r2024.txt"));
    assert_eq!((a.place.as_deref(), a.year), (Some("青川县"), Some(2023)));
    assert_eq!((b.place.as_deref(), b.year), (Some("青川县"), Some(2024)));
    let refs = [&a, &b];
    let p = panel(&refs);
    let got: Vec<(&str, Judgement, Option<f64>)> = p
        .verdicts
        .iter()
        .map(|v| {
            let t = &p.rows[v.target];
            assert_eq!((t.year, p.rows[v.result].document), (Some(2023), 1));
            (
                t.indicator.as_str(),
                v.judgement,
                v.gap.map(|g| (g * 10.0).round() / 10.0),
            )
        })
        .collect();
    use Judgement::{Met, Missed};
    assert_eq!(
        got,
        vec![
            ("地区生产总值", Met, Some(0.4)),
            ("规模以上工业增加值", Missed, Some(-0.8)),
            ("固定资产投资", Missed, Some(-13.1)),
            ("社会消费品零售总额", Met, Some(0.5)),
            ("一般公共预算收入", Met, Some(0.3)),
            ("城镇新增就业", Met, Some(110.0)),
            ("城镇调查失业率", Met, Some(-0.4)),
            ("居民消费价格涨幅", Met, Some(-2.6)),
            ("单位地区生产总值能耗", Met, Some(-0.3)),
            ("粮食产量", Met, Some(3000.0)),
        ]
    );
    // the level of GDP and of revenue in the review meet no target (none was set as a level)
    assert!(p
        .verdicts
        .iter()
        .all(|v| p.rows[v.result].measure == p.rows[v.target].measure));
}
