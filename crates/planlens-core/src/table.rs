//! The targets table: filtering (text, section, status, tier, unit kind, binding, year, origin),
//! sorting,
//! and CSV of the rows shown. The CLI's `--format csv` and the app's export use the same columns; every cell goes
//! through [`crate::csv_safe::csv_cell`] so that no cell runs as a spreadsheet formula.
//!
//! Sorting by value compares like with like: rows are grouped by unit kind (percentages, money,
//! counts, measures, times, multiples, in that order, see [`kind_rank`]), then by base unit
//! (`万元` and `亿元` are both `元`, see [`crate::compare::base_unit`]), and within a group by the
//! value in base units (`5000万元` is 5e7 元 and sorts below `2014.4亿元`). Descending reverses the
//! order within each group but keeps the groups in the same order, so percentages always come
//! first. Sorting by tier orders rows without a tier first, then by ambition ([`TIER_ORDER`]),
//! then tiers the list does not know in character order. Sorting by year or binding puts targets
//! that state none first (then years ascending; 约束性 before 预期性).
//!
//! Year and binding are fields a target may leave unstated, so their filters ([`Pick`]) choose any
//! target, the targets stating one value, or the targets stating none; [`Pick::code`] names each
//! choice for select boxes and share links (`""`, `"2025"` / `"binding"` `"expected"`, `"none"`).
//! The app's document list filters documents by their kind with the same [`Pick`]
//! ([`kind_choices`], codes as in the JSON: `five_year_plan` …).

use crate::compare::{base_unit, base_value};
use crate::corrections::Origin;
use crate::csv_safe;
use crate::model::{Binding, DocKind, Document, Status, Target, YEARS};
use crate::present::{
    binding_code, binding_word, comparator_code, kind_code, number, status_code, year_chip,
};
use crate::units::UnitKind;

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
    /// 约束性 / 预期性, or targets the plan does not mark.
    pub binding: Pick<Binding>,
    /// The year the value is for, or targets that state no year.
    pub year: Pick<u32>,
    /// Where the target comes from in a corrected document: as extracted (untouched by the
    /// user), corrected, or added; a target without [`Target::origin`] is as extracted.
    pub origin: Option<Origin>,
}

/// A filter on a field a target may leave unstated (its year, its binding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Pick<T> {
    /// Every target, whether it states the field or not.
    #[default]
    Any,
    /// The targets that state this value.
    Is(T),
    /// The targets that state none.
    Unstated,
}

/// The code of [`Pick::Unstated`] in select boxes and share links.
pub const UNSTATED: &str = "none";

impl<T: PartialEq> Pick<T> {
    /// Whether a target whose field is `value` passes.
    pub fn accepts(&self, value: Option<&T>) -> bool {
        match self {
            Pick::Any => true,
            Pick::Is(x) => value == Some(x),
            Pick::Unstated => value.is_none(),
        }
    }

    /// Whether this choice filters nothing.
    pub fn is_any(&self) -> bool {
        matches!(self, Pick::Any)
    }
}

impl Pick<Binding> {
    /// `""` (any), `"binding"`, `"expected"` or `"none"`.
    pub fn code(&self) -> String {
        match self {
            Pick::Any => String::new(),
            Pick::Is(b) => binding_code(*b).to_string(),
            Pick::Unstated => UNSTATED.to_string(),
        }
    }

    /// The choice a [`Pick::code`] names; anything else is [`Pick::Any`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "binding" => Pick::Is(Binding::Binding),
            "expected" => Pick::Is(Binding::Expected),
            UNSTATED => Pick::Unstated,
            _ => Pick::Any,
        }
    }
}

impl Pick<u32> {
    /// `""` (any), the year in digits (`"2025"`), or `"none"`.
    pub fn code(&self) -> String {
        match self {
            Pick::Any => String::new(),
            Pick::Is(y) => y.to_string(),
            Pick::Unstated => UNSTATED.to_string(),
        }
    }

    /// The choice a [`Pick::code`] names; a year outside [`YEARS`] or anything else is
    /// [`Pick::Any`].
    pub fn from_code(code: &str) -> Self {
        let code = code.trim();
        if code == UNSTATED {
            return Pick::Unstated;
        }
        match code.parse::<u32>() {
            Ok(y) if code.bytes().all(|b| b.is_ascii_digit()) && YEARS.contains(&y) => Pick::Is(y),
            _ => Pick::Any,
        }
    }
}

/// Every document kind, in the order filters offer them.
pub const DOC_KINDS: [DocKind; 6] = [
    DocKind::WorkReport,
    DocKind::AnnualPlan,
    DocKind::FiveYearPlan,
    DocKind::SectorPlan,
    DocKind::WorkPoints,
    DocKind::Livelihood,
];

impl Pick<DocKind> {
    /// `""` (any), the kind's JSON name (`"five_year_plan"`), or `"none"`.
    pub fn code(&self) -> String {
        match self {
            Pick::Any => String::new(),
            Pick::Is(k) => kind_code(*k).to_string(),
            Pick::Unstated => UNSTATED.to_string(),
        }
    }

    /// The choice a [`Pick::code`] names; anything else is [`Pick::Any`].
    pub fn from_code(code: &str) -> Self {
        let code = code.trim();
        if code == UNSTATED {
            return Pick::Unstated;
        }
        DOC_KINDS
            .into_iter()
            .find(|&k| kind_code(k) == code)
            .map_or(Pick::Any, Pick::Is)
    }
}

/// The kinds `docs` are of (in [`DOC_KINDS`] order, each once), and whether some is of none.
pub fn kind_choices<'a>(docs: impl IntoIterator<Item = &'a Document>) -> Choices<DocKind> {
    let rank = |k: DocKind| DOC_KINDS.iter().position(|&x| x == k).unwrap_or(0);
    let c = Choices::of(docs.into_iter().map(|d| d.kind.map(rank)));
    Choices {
        values: c.values.into_iter().map(|r| DOC_KINDS[r]).collect(),
        unstated: c.unstated,
    }
}

/// What a filter on an optional field can offer for one document: the values its targets state
/// (in sort order, each once) and whether some target states none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Choices<T> {
    pub values: Vec<T>,
    pub unstated: bool,
}

impl<T: Ord + Copy> Choices<T> {
    fn of(items: impl Iterator<Item = Option<T>>) -> Self {
        let mut out = Choices {
            values: Vec::new(),
            unstated: false,
        };
        for v in items {
            match v {
                Some(v) => out.values.push(v),
                None => out.unstated = true,
            }
        }
        out.values.sort_unstable();
        out.values.dedup();
        out
    }
}

/// The years `doc`'s targets state, ascending, and whether some state none.
pub fn year_choices(doc: &Document) -> Choices<u32> {
    Choices::of(doc.targets.iter().map(|t| t.year))
}

/// The bindings `doc`'s targets state (约束性 before 预期性), and whether some state none.
pub fn binding_choices(doc: &Document) -> Choices<Binding> {
    let mut c = Choices::of(doc.targets.iter().map(|t| t.binding.map(binding_rank)));
    let values = c
        .values
        .drain(..)
        .filter_map(|r| [Binding::Binding, Binding::Expected].get(r - 1).copied())
        .collect();
    Choices {
        values,
        unstated: c.unstated,
    }
}

/// Sort rank of a binding: 0 for none, 1 for 约束性, 2 for 预期性.
pub fn binding_rank_of(b: Option<Binding>) -> usize {
    b.map_or(0, binding_rank)
}

fn binding_rank(b: Binding) -> usize {
    match b {
        Binding::Binding => 1,
        Binding::Expected => 2,
    }
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
    /// Tier: none first, then [`TIER_ORDER`], then other tiers by name.
    Tier,
    /// Year the value is for: none first, then ascending.
    Year,
    /// Binding: none first, then 约束性, then 预期性.
    Binding,
}

/// Tiers from the least to the most ambitious, the order [`SortKey::Tier`] sorts by.
pub const TIER_ORDER: &[&str] = &[
    "底线值",
    "保底值",
    "目标值",
    "预期值",
    "争取值",
    "力争值",
    "奋斗值",
    "挑战值",
];

/// Sort rank of a tier: 0 for none, then the position in [`TIER_ORDER`] (from 1), then
/// `TIER_ORDER.len() + 1` for a tier the list does not know (those then sort by name).
pub fn tier_rank(tier: Option<&str>) -> usize {
    match tier {
        None => 0,
        Some(t) => TIER_ORDER
            .iter()
            .position(|x| *x == t)
            .map_or(TIER_ORDER.len() + 1, |p| p + 1),
    }
}

/// Sort rank of a unit kind, the order value groups come in.
pub fn kind_rank(kind: UnitKind) -> u8 {
    match kind {
        UnitKind::Percent => 0,
        UnitKind::Money => 1,
        UnitKind::Count => 2,
        UnitKind::Measure => 3,
        UnitKind::Time => 4,
        UnitKind::Multiple => 5,
    }
}

/// Orders two targets by value: by (unit kind, base unit) group, then by value in base units.
/// `descending` reverses the order within a group only.
pub fn value_order(x: &Target, y: &Target, descending: bool) -> std::cmp::Ordering {
    let group = |t: &Target| (kind_rank(t.unit_kind), base_unit(&t.unit));
    let by_value = base_value(x.value, &x.unit).total_cmp(&base_value(y.value, &y.unit));
    group(x).cmp(&group(y)).then(if descending {
        by_value.reverse()
    } else {
        by_value
    })
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
    if f.kind.is_some_and(|k| t.unit_kind != k) {
        return false;
    }
    if f.section.as_ref().is_some_and(|s| !t.section.contains(s)) {
        return false;
    }
    if !f.binding.accepts(t.binding.as_ref()) || !f.year.accepts(t.year.as_ref()) {
        return false;
    }
    if f.origin
        .is_some_and(|o| t.origin.unwrap_or(Origin::Extracted) != o)
    {
        return false;
    }
    let words = simplified(f.text.trim());
    if words.is_empty() {
        return true;
    }
    let hay = format!(
        "{} {} {} {} {} {} {} {} {}",
        t.metric,
        simplified(&t.quote),
        t.section.join(" "),
        t.unit,
        t.deadline.as_deref().unwrap_or(""),
        t.tier.as_deref().unwrap_or(""),
        t.year.map(year_chip).unwrap_or_default(),
        t.binding
            .map(|b| format!("{} {}", binding_word(b), binding_code(b)))
            .unwrap_or_default(),
        t.place.as_deref().map(simplified).unwrap_or_default(),
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
            // groups keep their order; `value_order` reverses within them
            SortKey::Value => return value_order(x, y, descending),
            SortKey::Document => a.cmp(&b),
            SortKey::Metric => x.metric.cmp(&y.metric),
            SortKey::Unit => x.unit.cmp(&y.unit),
            SortKey::Section => x.section.cmp(&y.section),
            SortKey::Deadline => x.deadline.cmp(&y.deadline),
            SortKey::Status => status_code(x.status).cmp(status_code(y.status)),
            SortKey::Tier => {
                let (tx, ty) = (x.tier.as_deref(), y.tier.as_deref());
                tier_rank(tx).cmp(&tier_rank(ty)).then(tx.cmp(&ty))
            }
            SortKey::Year => x.year.cmp(&y.year),
            SortKey::Binding => binding_rank_of(x.binding).cmp(&binding_rank_of(y.binding)),
        };
        if descending {
            ord.reverse()
        } else {
            ord
        }
    });
    idx
}

/// Column names of the CSV export. `year`, `binding` (`binding` / `expected`, empty when
/// unknown), `place` (the place a value belongs to where it is not the document's, else empty)
/// and `origin` (`extracted`, `corrected` by the user, or `added` by the user) came later and
/// stand last, so the earlier columns keep their positions.
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
    "year",
    "binding",
    "place",
    "origin",
];

/// CSV (with a header row) of the given rows of each document; every cell is made safe with
/// [`csv_safe::csv_cell`] (a cell that could run as a formula gets a leading `'`). A target's
/// `origin` is its [`Target::origin`] (set on corrected documents), else `extracted`.
pub fn to_csv(parts: &[(&Document, Vec<usize>)]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // writing to a Vec cannot fail
    let _ = csv_safe::write_record(&mut w, CSV_HEADER);
    for (doc, rows) in parts {
        for &i in rows {
            let t = &doc.targets[i];
            let _ = csv_safe::write_record(
                &mut w,
                [
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
                    t.year.map(|y| y.to_string()).unwrap_or_default(),
                    t.binding.map(binding_code).unwrap_or_default().to_string(),
                    t.place.clone().unwrap_or_default(),
                    t.origin.unwrap_or(Origin::Extracted).as_str().to_string(),
                ],
            );
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
    fn the_origin_filter_picks_corrected_added_or_untouched_targets() {
        use crate::corrections::{corrected_document, keys_of, Correction, FieldEdit};
        let mut d = doc();
        let n = d.targets.len();
        let keys = keys_of(&d.targets);
        d.corrections.push(Correction::edit(
            keys[1].clone(),
            vec![FieldEdit::Value(6.0)],
        ));
        let mut added = d.targets[0].clone();
        added.metric = "人均地区生产总值".into();
        d.corrections.push(Correction::add(&d, added));
        let shown = corrected_document(&d).doc;
        let pick = |o: Option<Origin>| {
            let f = Filter {
                origin: o,
                ..Filter::default()
            };
            rows(&shown, &f, SortKey::Document, false)
                .into_iter()
                .map(|i| shown.targets[i].metric.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(pick(None).len(), n + 1);
        assert_eq!(pick(Some(Origin::Corrected)), ["固定资产投资"]);
        assert_eq!(pick(Some(Origin::Added)), ["人均地区生产总值"]);
        assert_eq!(pick(Some(Origin::Extracted)).len(), n - 1);
        // a document nobody corrected: every target is as extracted
        let plain = doc();
        let f = Filter {
            origin: Some(Origin::Extracted),
            ..Filter::default()
        };
        assert_eq!(rows(&plain, &f, SortKey::Document, false).len(), n);
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
    fn a_target_s_place_is_searched_and_exported() {
        let mut d = doc();
        d.targets[3].place = Some("石门镇".into());
        let f = Filter {
            text: "石門鎮".into(),
            ..Default::default()
        };
        assert_eq!(rows(&d, &f, SortKey::Document, false), vec![3]);
        let csv = to_csv(&[(&d, vec![3])]);
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        assert_eq!(r.headers().unwrap().get(16), Some("place"));
        let rec = r.records().next().unwrap().unwrap();
        assert_eq!(&rec[16], "石门镇");
    }

    #[test]
    fn documents_filter_by_kind() {
        let plan = analyse(
            "a.txt",
            "青岩县国民经济和社会发展第十四个五年规划纲要\n到2025年，森林覆盖率达到62%。\n",
        );
        let bare = analyse("b.txt", "一、目标\n新建公园2个。\n");
        assert_eq!(plan.kind, Some(DocKind::FiveYearPlan));
        let c = kind_choices([&plan, &bare, &plan]);
        assert_eq!(c.values, vec![DocKind::FiveYearPlan]);
        assert!(c.unstated);
        for pick in [
            Pick::Any,
            Pick::Is(DocKind::FiveYearPlan),
            Pick::Is(DocKind::Livelihood),
            Pick::Unstated,
        ] {
            assert_eq!(Pick::<DocKind>::from_code(&pick.code()), pick);
        }
        assert_eq!(Pick::Is(DocKind::FiveYearPlan).code(), "five_year_plan");
        assert_eq!(Pick::<DocKind>::from_code("poem"), Pick::Any);
        assert!(Pick::Is(DocKind::FiveYearPlan).accepts(plan.kind.as_ref()));
        assert!(!Pick::Is(DocKind::FiveYearPlan).accepts(bare.kind.as_ref()));
        assert!(Pick::<DocKind>::Unstated.accepts(bare.kind.as_ref()));
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
        assert_eq!(recs[0].len(), CSV_HEADER.len());
        assert_eq!(CSV_HEADER[14..], ["year", "binding", "place", "origin"]);
        assert_eq!(&recs[0][16], "", "no place of its own");
    }
}
