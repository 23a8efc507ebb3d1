//! How well the extraction did against a gold set (the user's corrected targets, or a gold file):
//! precision, recall, F1 and field accuracy on matched targets, measured exactly as the shared
//! corpus's `eval/score.py` measures them, so that the figures agree. A predicted target matches
//! a gold one when both name the same quantity (value and unit, the 万/亿/千/百/兆 scale folded
//! into the value) and their metric names overlap by at least half of the shorter name's
//! characters; pairs are taken greedily, best overlap first. Gold targets marked optional are
//! neither required nor held against a prediction that matches them.

use super::gold::GoldTarget;

/// The fields scored on matched targets, in score.py's order.
pub const FIELDS: [&str; 8] = [
    "comparator",
    "deadline",
    "tier",
    "status",
    "value_max",
    "metric",
    "year",
    "binding",
];

/// Counts over one document or many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// Per field of [`FIELDS`]: (agreeing, scored) on matched non-optional targets.
    pub fields: [(usize, usize); 8],
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    /// The share of matched targets whose field `k` of [`FIELDS`] agrees; None when none was scored.
    pub fn field(&self, k: usize) -> Option<f64> {
        let (hit, seen) = self.fields[k];
        (seen > 0).then(|| hit as f64 / seen as f64)
    }

    /// Adds another document's counts.
    pub fn add(&mut self, o: &Score) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        for (a, b) in self.fields.iter_mut().zip(o.fields) {
            a.0 += b.0;
            a.1 += b.1;
        }
    }

    /// score.py's last line: `F1 0.978 (P 0.990 R 0.967; tp 204 fp 2 fn 7)`.
    pub fn summary_line(&self) -> String {
        format!(
            "F1 {:.3} (P {:.3} R {:.3}; tp {} fp {} fn {})",
            self.f1(),
            self.precision(),
            self.recall(),
            self.tp,
            self.fp,
            self.fn_
        )
    }

    /// score.py's field line: `field accuracy on matched targets: comparator 1.000, …`.
    pub fn fields_line(&self) -> String {
        let parts: Vec<String> = FIELDS
            .iter()
            .enumerate()
            .filter_map(|(k, f)| self.field(k).map(|a| format!("{f} {a:.3}")))
            .collect();
        format!("field accuracy on matched targets: {}", parts.join(", "))
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores one document's predicted targets against its gold targets.
pub fn score_document(preds: &[GoldTarget], golds: &[GoldTarget]) -> Score {
    let pairs = match_targets(preds, golds);
    let mut mp = vec![false; preds.len()];
    let mut mg = vec![false; golds.len()];
    for &(i, j) in &pairs {
        mp[i] = true;
        mg[j] = true;
    }
    // predictions that only match an optional gold target are not false positives
    let free_p: Vec<usize> = (0..preds.len()).filter(|&i| !mp[i]).collect();
    let free_preds: Vec<GoldTarget> = free_p.iter().map(|&i| preds[i].clone()).collect();
    let opt_golds: Vec<GoldTarget> = golds
        .iter()
        .enumerate()
        .filter(|&(j, g)| !mg[j] && g.optional)
        .map(|(_, g)| g.clone())
        .collect();
    let excused: Vec<usize> = match_targets(&free_preds, &opt_golds)
        .iter()
        .map(|&(i, _)| free_p[i])
        .collect();
    let mut s = Score {
        tp: pairs.iter().filter(|&&(_, j)| !golds[j].optional).count(),
        fp: (0..preds.len())
            .filter(|i| !mp[*i] && !excused.contains(i))
            .count(),
        fn_: golds
            .iter()
            .enumerate()
            .filter(|&(j, g)| !mg[j] && !g.optional)
            .count(),
        fields: [(0, 0); 8],
    };
    for &(i, j) in &pairs {
        if golds[j].optional {
            continue;
        }
        for (k, f) in FIELDS.iter().enumerate() {
            let scored = match *f {
                "year" => golds[j].year.is_some(),
                "binding" => golds[j].binding.is_some(),
                _ => true,
            };
            if scored {
                s.fields[k].1 += 1;
                s.fields[k].0 += usize::from(field_equal(f, &preds[i], &golds[j]));
            }
        }
    }
    s
}

/// Greedy one-to-one matching, best metric overlap first (ties as score.py breaks them: the later
/// prediction, then the later gold target, first). Returns (prediction, gold) index pairs.
pub fn match_targets(preds: &[GoldTarget], golds: &[GoldTarget]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, p) in preds.iter().enumerate() {
        for (j, g) in golds.iter().enumerate() {
            if same_number(p, g) {
                let s = metric_overlap(&p.metric, &g.metric);
                if s >= 0.5 {
                    pairs.push((s, i, j));
                }
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    let mut used_p = vec![false; preds.len()];
    let mut used_g = vec![false; golds.len()];
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if used_p[i] || used_g[j] {
            continue;
        }
        used_p[i] = true;
        used_g[j] = true;
        out.push((i, j));
    }
    out
}

/// The value in base units and the unit left (`1.3万人` → 13000 人), rounded to 6 decimals.
/// Not [`crate::compare::base_value`]: score.py folds every leading scale character, so that
/// `万千瓦时` becomes 瓦时 × 10⁷, where the panel's comparison keeps 千瓦时; the figures must agree
/// with score.py's.
fn base(value: f64, unit: Option<&str>) -> (f64, String) {
    let unit = unit
        .unwrap_or("")
        .trim()
        .replace('％', "%")
        .replace("平米", "平方米");
    let mut v = value;
    let mut u: Vec<char> = unit.chars().collect();
    while u.len() > 1 && u != ['万'] {
        let scale = match u[0] {
            '万' => 1e4,
            '亿' => 1e8,
            '千' => 1e3,
            '百' => 1e2,
            '兆' => 1e12,
            _ => break,
        };
        v *= scale;
        u.remove(0);
    }
    (round6(v), u.into_iter().collect())
}

/// Python's `round(v, 6)`; the two differ only at exact halves of the sixth decimal, which plan
/// values (a few significant digits times a power of ten) do not reach.
fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

fn same_number(p: &GoldTarget, g: &GoldTarget) -> bool {
    let (pv, pu) = base(p.value, p.unit.as_deref());
    let (gv, gu) = base(g.value, g.unit.as_deref());
    pu == gu && (pv - gv).abs() <= 1e-6 * gv.abs().max(1.0)
}

/// The characters score.py compares metric names by: no whitespace, no punctuation it lists.
fn name_chars(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"，,、。；;：:“”\"'（）()".contains(*c))
        .collect()
}

fn metric_overlap(a: &str, b: &str) -> f64 {
    let (ca, cb) = (name_chars(a), name_chars(b));
    if ca.is_empty() || cb.is_empty() {
        return 0.0;
    }
    let (sa, sb): (String, String) = (ca.iter().collect(), cb.iter().collect());
    if sb.contains(sa.as_str()) || sa.contains(sb.as_str()) {
        return 1.0;
    }
    let set_a: std::collections::HashSet<char> = ca.into_iter().collect();
    let set_b: std::collections::HashSet<char> = cb.into_iter().collect();
    let common = set_a.intersection(&set_b).count();
    common as f64 / set_a.len().min(set_b.len()) as f64
}

/// Letters, digits, `.` and CJK only.
fn core_chars(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            c.is_ascii_alphanumeric() || c == '.' || ('\u{3400}'..='\u{9fff}').contains(&c)
        })
        .collect()
}

/// The metric without a leading verb (the predicted one, then the gold one).
fn metric_core(m: &str, verbs: [Option<&str>; 2]) -> String {
    let mut m = core_chars(m);
    for v in verbs.into_iter().flatten() {
        let v = core_chars(v);
        if !v.is_empty() && m.starts_with(&v) && m.chars().count() > v.chars().count() {
            m = m[v.len()..].to_string();
        }
    }
    m
}

/// None for a missing or empty value, as Python's `x or None`.
fn or_none(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

fn field_equal(name: &str, p: &GoldTarget, g: &GoldTarget) -> bool {
    match name {
        "metric" => {
            let verbs = [p.verb.as_deref(), g.verb.as_deref()];
            metric_core(&p.metric, verbs) == metric_core(&g.metric, verbs)
        }
        "value_max" => match (p.value_max, g.value_max) {
            (None, None) => true,
            (Some(a), Some(b)) => base(a, p.unit.as_deref()).0 == base(b, g.unit.as_deref()).0,
            _ => false,
        },
        "comparator" => p.comparator == g.comparator,
        "status" => p.status == g.status,
        "deadline" => or_none(&p.deadline) == or_none(&g.deadline),
        "tier" => or_none(&p.tier) == or_none(&g.tier),
        "year" => p.year.flatten().filter(|&y| y != 0) == g.year.flatten().filter(|&y| y != 0),
        "binding" => p.binding.flatten() == g.binding.flatten(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Comparator, Status};

    fn t(metric: &str, value: f64, unit: &str) -> GoldTarget {
        GoldTarget {
            metric: metric.into(),
            verb: None,
            value,
            value_max: None,
            unit: Some(unit.into()),
            comparator: Comparator::Eq,
            deadline: None,
            tier: None,
            status: Status::Target,
            section: None,
            quote: String::new(),
            optional: false,
            year: None,
            binding: None,
        }
    }

    #[test]
    fn scales_fold_into_the_value() {
        assert_eq!(base(1.3, Some("万人")), (13000.0, "人".to_string()));
        assert_eq!(base(6.5, Some("万平米")), (65000.0, "平方米".to_string()));
        assert_eq!(base(3.0, Some("万")), (3.0, "万".to_string()));
        assert!(same_number(&t("a", 1.3, "万人"), &t("a", 13000.0, "人")));
        assert!(!same_number(&t("a", 1.3, "万人"), &t("a", 1.3, "人")));
    }

    #[test]
    fn names_match_by_containment_or_half_their_characters() {
        assert_eq!(metric_overlap("地区生产总值", "生产总值"), 1.0);
        assert_eq!(metric_overlap("新增就业人数", "城镇就业"), 0.5);
        assert_eq!(metric_overlap("", "x"), 0.0);
        assert_eq!(
            metric_core("建成口袋公园", [Some("建成"), None]),
            "口袋公园"
        );
        assert_eq!(
            metric_core("*新增社区长者食堂", [None, None]),
            "新增社区长者食堂"
        );
    }

    #[test]
    fn optional_gold_excuses_a_prediction_and_is_not_required() {
        let mut opt = t("产业聚集区", 4.0, "个");
        opt.optional = true;
        let gold = vec![t("新增就业", 1.2, "万人"), opt];
        let preds = vec![
            t("城镇新增就业", 12000.0, "人"),
            t("产业聚集区", 4.0, "个"),
            t("学校", 3.0, "所"),
        ];
        let s = score_document(&preds, &gold);
        assert_eq!((s.tp, s.fp, s.fn_), (1, 1, 0));
        assert_eq!(
            s.summary_line(),
            "F1 0.667 (P 0.500 R 1.000; tp 1 fp 1 fn 0)"
        );
        // the metric differs beyond its verb; comparator agrees
        assert_eq!(s.field(5), Some(0.0));
        assert_eq!(s.field(0), Some(1.0));
        assert_eq!(s.field(6), None, "year only where the gold has it");
    }
}

/// How well the extraction did on `doc` against the user's corrections: the extracted targets
/// scored against the corrected ones (every field the corrections could change, year and binding
/// included), as `eval/score.py` scores a prediction against a gold file.
pub fn against_corrections(doc: &crate::model::Document) -> Score {
    let preds: Vec<GoldTarget> = doc
        .targets
        .iter()
        .map(|t| GoldTarget::of(t, true))
        .collect();
    let gold: Vec<GoldTarget> = super::apply(doc)
        .targets
        .iter()
        .map(|t| GoldTarget::of(&t.target, true))
        .collect();
    score_document(&preds, &gold)
}

#[cfg(test)]
mod against_corrections_tests {
    use super::*;
    use crate::corrections::{keys_of, prefill, Correction, FieldEdit};

    #[test]
    fn a_deleted_an_added_and_a_renamed_target_give_the_expected_figures() {
        let text = "一、目标\n地区生产总值增长6%左右，新增城镇就业8000人，新建幼儿园5所。\n二、其他\n启动186号县道改造。\n";
        let mut doc = crate::analyse("t.txt", text);
        doc.text = Some(text.to_string());
        assert_eq!(doc.targets.len(), 3);
        assert_eq!(
            against_corrections(&doc).summary_line(),
            "F1 1.000 (P 1.000 R 1.000; tp 3 fp 0 fn 0)"
        );
        let keys = keys_of(&doc.targets);
        doc.corrections.push(Correction::delete(keys[1].clone()));
        // a metric beyond its verb, and a year the extractor did not give
        doc.corrections.push(Correction::edit(
            keys[2].clone(),
            vec![
                FieldEdit::Metric("新建公办幼儿园".into()),
                FieldEdit::Year(Some(2026)),
            ],
        ));
        let at = text.chars().position(|c| c == '1').unwrap();
        let (mut t, _) = prefill::read_span(&doc, [at, at + 8]).unwrap();
        (t.metric, t.value, t.unit) = ("改造县道".into(), 1.0, "条".into());
        let add = Correction::add(&doc, t);
        doc.corrections.push(add);
        let s = against_corrections(&doc);
        // 2 of the 3 extracted stand (one deleted: a false positive); the added one was missed
        assert_eq!((s.tp, s.fp, s.fn_), (2, 1, 1));
        assert_eq!(
            s.summary_line(),
            "F1 0.667 (P 0.667 R 0.667; tp 2 fp 1 fn 1)"
        );
        let metric = FIELDS.iter().position(|f| *f == "metric").unwrap();
        let year = FIELDS.iter().position(|f| *f == "year").unwrap();
        assert_eq!((s.field(metric), s.field(year)), (Some(0.5), Some(0.5)));
        assert_eq!(s.field(0), Some(1.0), "comparators agree");
    }
}
