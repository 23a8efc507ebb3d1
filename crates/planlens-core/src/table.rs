//! The targets table: filtering (text, section, status, tier, unit kind), sorting, and CSV of the
//! rows shown. The CLI's `--format csv` and the app's export use the same columns.

use crate::model::{Document, Status, Target};
use crate::present::{comparator_code, number, status_code};
use crate::units::{read_unit, UnitKind};

/// What the table shows; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Words (Simplified or Traditional) found in the metric, quote, section, unit or deadline.
    pub text: String,
    /// A heading title the target must stand under (at any level).
    pub section: Option<String>,
    pub status: Option<Status>,
    pub tier: Option<String>,
    pub kind: Option<UnitKind>,
}

/// Column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Document,
    Metric,
    Value,
    Unit,
    Section,
    Deadline,
    Status,
}

/// The kind of a unit as written (`万人` counts, `亿元` money, `%` percent).
pub fn unit_kind(unit: &str) -> UnitKind {
    let chars: Vec<char> = unit.chars().collect();
    read_unit(&chars, 0, true).map_or(UnitKind::Measure, |u| u.kind)
}

fn simplified(s: &str) -> String {
    crate::t2s::to_simplified(s)
        .into_iter()
        .collect::<String>()
        .to_lowercase()
}

/// Whether a target passes the filter.
pub fn matches(t: &Target, f: &Filter) -> bool {
    if f.status.is_some_and(|s| s != t.status) {
        return false;
    }
    if f.tier
        .as_ref()
        .is_some_and(|tier| t.tier.as_ref() != Some(tier))
    {
        return false;
    }
    if f.kind.is_some_and(|k| unit_kind(&t.unit) != k) {
        return false;
    }
    if f.section.as_ref().is_some_and(|s| !t.section.contains(s)) {
        return false;
    }
    let words = simplified(f.text.trim());
    if words.is_empty() {
        return true;
    }
    let hay = format!(
        "{} {} {} {} {} {}",
        t.metric,
        simplified(&t.quote),
        t.section.join(" "),
        t.unit,
        t.deadline.as_deref().unwrap_or(""),
        t.tier.as_deref().unwrap_or("")
    )
    .to_lowercase();
    words.split_whitespace().all(|w| hay.contains(w))
}

/// Indices of the targets that pass `filter`, sorted by `key` (stable: document order breaks ties).
pub fn rows(doc: &Document, filter: &Filter, key: SortKey, descending: bool) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..doc.targets.len())
        .filter(|&i| matches(&doc.targets[i], filter))
        .collect();
    let t = &doc.targets;
    idx.sort_by(|&a, &b| {
        let (x, y) = (&t[a], &t[b]);
        let ord = match key {
            SortKey::Document => a.cmp(&b),
            SortKey::Metric => x.metric.cmp(&y.metric),
            SortKey::Value => x.value.total_cmp(&y.value),
            SortKey::Unit => x.unit.cmp(&y.unit),
            SortKey::Section => x.section.cmp(&y.section),
            SortKey::Deadline => x.deadline.cmp(&y.deadline),
            SortKey::Status => status_code(x.status).cmp(status_code(y.status)),
        };
        if descending {
            ord.reverse()
        } else {
            ord
        }
    });
    idx
}

/// Column names of the CSV export.
pub const CSV_HEADER: &[&str] = &[
    "document",
    "metric",
    "verb",
    "value",
    "value_max",
    "unit",
    "comparator",
    "deadline",
    "tier",
    "status",
    "section",
    "start",
    "end",
    "quote",
];

/// CSV (with a header row) of the given rows of each document.
pub fn to_csv(parts: &[(&Document, Vec<usize>)]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // writing to a Vec cannot fail
    let _ = w.write_record(CSV_HEADER);
    for (doc, rows) in parts {
        for &i in rows {
            let t = &doc.targets[i];
            let _ = w.write_record([
                doc.name.clone(),
                t.metric.clone(),
                t.verb.clone().unwrap_or_default(),
                number(t.value),
                t.value_max.map(number).unwrap_or_default(),
                t.unit.clone(),
                comparator_code(t.comparator).to_string(),
                t.deadline.clone().unwrap_or_default(),
                t.tier.clone().unwrap_or_default(),
                status_code(t.status).to_string(),
                t.section.join(" > "),
                t.span[0].to_string(),
                t.span[1].to_string(),
                t.quote.clone(),
            ]);
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    fn doc() -> Document {
        analyse(
            "t.txt",
            "某区2024年工作要点\n一、经济\n地区生产总值增长6%左右，固定资产投资增长5%。\n二、民生\n新增就业1.2万人以上，新建学校3所。\n三、回顾\n2023年新增就业1.1万人。\n",
        )
    }

    #[test]
    fn filters() {
        let d = doc();
        let all = rows(&d, &Filter::default(), SortKey::Document, false);
        assert_eq!(all.len(), 5);
        let f = Filter {
            text: "就業".into(),
            ..Default::default()
        };
        assert_eq!(rows(&d, &f, SortKey::Document, false).len(), 2);
        let f = Filter {
            status: Some(Status::Achieved),
            ..Default::default()
        };
        assert_eq!(rows(&d, &f, SortKey::Document, false), vec![4]);
        let f = Filter {
            kind: Some(UnitKind::Percent),
            ..Default::default()
        };
        assert_eq!(rows(&d, &f, SortKey::Document, false), vec![0, 1]);
        let f = Filter {
            section: Some("民生".into()),
            ..Default::default()
        };
        assert_eq!(rows(&d, &f, SortKey::Document, false), vec![2, 3]);
    }

    #[test]
    fn sorting_and_csv() {
        let d = doc();
        let by_value = rows(&d, &Filter::default(), SortKey::Value, true);
        assert_eq!(d.targets[by_value[0]].value, 6.0);
        let csv = to_csv(&[(&d, vec![0, 2])]);
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let recs: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
        assert_eq!(recs.len(), 2);
        assert_eq!(&recs[0][1], "地区生产总值");
        assert_eq!(&recs[1][6], "ge");
        assert_eq!(unit_kind("万人"), UnitKind::Count);
        assert_eq!(unit_kind("亿元"), UnitKind::Money);
        assert_eq!(unit_kind("个百分点"), UnitKind::Percent);
    }
}
