//! The table's CSV export does not hand spreadsheets formulas: any cell starting with `=`, `+`,
//! `-`, `@`, tab or CR gets a leading `'`, in every column; plain numbers stay numbers.

use planlens_core::csv_safe::FORMULA_START;
use planlens_core::table::{to_csv, CSV_HEADER};
use planlens_core::{analyse, Comparator, Document, Status, Target};

const NAME: &str = "=HYPERLINK(\"http://x\",\"y\").txt";

fn records(csv: &str) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        CSV_HEADER,
        "the header row is unchanged"
    );
    r.records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// No cell may start (after spaces) with a formula character unless it is a plain number.
fn assert_safe(rows: &[Vec<String>]) {
    for row in rows {
        for cell in row {
            let first = cell
                .trim_start_matches([' ', '\u{A0}', '\u{3000}'])
                .chars()
                .next();
            let plain_number = cell.parse::<f64>().is_ok() && !cell.starts_with('+');
            assert!(
                plain_number || first.is_none_or(|c| !FORMULA_START.contains(&c)),
                "unsafe cell {cell:?} in {row:?}"
            );
        }
    }
}

fn hostile_target() -> Target {
    Target {
        metric: "=1+1".into(),
        verb: Some("+增长".into()),
        value: -3.5,
        value_max: Some(-1.0),
        unit: "-元".into(),
        unit_kind: Default::default(),
        comparator: Comparator::Range,
        deadline: Some("@年底前".into()),
        tier: Some("\t=目标值".into()),
        status: Status::Target,
        year: None,
        binding: None,
        place: Some("=石门镇".into()),
        section: vec!["\r=节".into(), "二".into()],
        span: [0, 4],
        quote: "- 新增就业".into(),
        origin: None,
    }
}

fn doc_with(targets: Vec<Target>) -> Document {
    Document {
        name: NAME.into(),
        source_format: None,
        title: "t".into(),
        place: None,
        year: None,
        period: None,
        kind: None,
        text_hash: String::new(),
        text_chars: 0,
        text: None,
        tree: vec![],
        targets,
        milestones: vec![],
        marks: vec![],
        corrections: vec![],
    }
}

#[test]
fn every_column_is_prefixed() {
    let d = doc_with(vec![hostile_target()]);
    let rows = records(&to_csv(&[(&d, vec![0])]));
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r[0], format!("'{NAME}"));
    assert_eq!(r[1], "'=1+1");
    assert_eq!(r[2], "'+增长");
    // negative numbers in numeric columns stay numbers
    assert_eq!(r[3], "-3.5");
    assert_eq!(r[4], "-1");
    assert_eq!(r[5], "'-元");
    assert_eq!(r[7], "'@年底前");
    assert_eq!(r[8], "'\t=目标值");
    assert_eq!(r[10], "'\r=节 > 二");
    assert_eq!(r[13], "'- 新增就业");
    assert_eq!(r[16], "'=石门镇");
    assert_safe(&rows);
}

#[test]
fn ordinary_cells_are_unchanged() {
    let mut t = hostile_target();
    t.metric = "地区生产总值".into();
    t.verb = Some("增长".into());
    t.value = 6.0;
    t.value_max = None;
    t.unit = "%".into();
    t.deadline = None;
    t.tier = Some("目标值".into());
    t.section = vec!["一、目标".into()];
    t.quote = "地区生产总值增长6%".into();
    t.place = Some("石门镇".into());
    let mut d = doc_with(vec![t]);
    d.name = "plan-2024.txt".into();
    let rows = records(&to_csv(&[(&d, vec![0])]));
    assert_eq!(
        rows[0],
        [
            "plan-2024.txt",
            "地区生产总值",
            "增长",
            "6",
            "",
            "%",
            "range",
            "",
            "目标值",
            "target",
            "一、目标",
            "0",
            "4",
            "地区生产总值增长6%",
            "",
            "",
            "石门镇",
            "extracted",
        ]
    );
}

#[test]
fn bullets_from_analysed_text_are_prefixed() {
    let text = "青川县2024年工作要点\n- 新增就业1.2万人\n+ 新建学校3所\n@新增养老床位300张\n\t=新增托位100个\n-3+新建公园2个\n";
    let mut d = analyse(NAME, text);
    // a quote starting with CR, as a pasted old-Mac line ending would give
    d.targets[0].quote = format!("\r{}", d.targets[0].quote);
    assert!(d.targets.len() >= 4, "{:#?}", d.targets);
    let all: Vec<usize> = (0..d.targets.len()).collect();
    let rows = records(&to_csv(&[(&d, all)]));
    assert_safe(&rows);
    assert!(rows.iter().all(|r| r[0] == format!("'{NAME}")));
    // the bullet is no part of the metric, so not of the quote; the CR still is
    assert!(rows[0][13].starts_with("'\r新增就业"), "{:?}", rows[0]);
    assert!(rows.iter().any(|r| r[13].starts_with("'+")));
    assert!(rows.iter().any(|r| r[13].starts_with("'@")));
}
