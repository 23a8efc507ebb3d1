//! What a verdict's mark needs to say it (the app's i18n puts it into words): the target and the
//! result it compared, and the slack a `左右` target allowed, so the mark can say the rule that
//! decided it.

use super::{round, Panel, Verdict};
use crate::compare::threshold;
use crate::model::{Comparator, Document, Target};

/// The first mention of the target and of the result of `v`.
pub fn verdict_targets<'a>(
    docs: &[&'a Document],
    p: &Panel,
    v: &Verdict,
) -> (&'a Target, &'a Target) {
    let of = |k: usize| {
        let r = &p.rows[k];
        &docs[r.document].targets[r.targets[0]]
    };
    (of(v.target), of(v.result))
}

/// The slack a `左右` target allowed its result, in the verdict's gap unit (0.5 个百分点 for
/// rates, 5% of the target otherwise); None for any other target.
pub fn slack(docs: &[&Document], p: &Panel, v: &Verdict) -> Option<f64> {
    let (target, _) = verdict_targets(docs, p, v);
    (target.comparator == Comparator::Approx).then(|| round(threshold(target).slack))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::panel::panel;
    use crate::present::{signed, value_chip};

    #[test]
    fn a_verdict_reads_result_against_target_with_its_signed_gap() {
        let plan = crate::analyse(
            "p.txt",
            "青川县2023年政府工作报告\n二、2023年主要目标\n地区生产总值增长6%左右，固定资产投资增长10%以上，城镇调查失业率控制在5.5%以内。\n",
        );
        let report = crate::analyse(
            "r.txt",
            "青川县2024年政府工作报告\n一、2023年工作回顾\n过去一年，地区生产总值增长6.5%，固定资产投资增长8.2%，城镇调查失业率5.2%。\n二、2024年主要目标\n新增城镇就业1万人。\n",
        );
        let docs = [&plan, &report];
        let p = panel(&docs);
        // what a mark says: the result's and the target's chips, the signed gap and its unit
        let words = |ind: &str| {
            let v = p
                .verdicts
                .iter()
                .find(|v| p.rows[v.target].indicator == ind)
                .unwrap_or_else(|| panic!("a verdict on {ind}"));
            let (target, result) = verdict_targets(&docs, &p, v);
            let gap = v.gap.map(|g| format!("{} {}", signed(g), v.gap_unit));
            (
                format!(
                    "{} vs {}: {}",
                    value_chip(result),
                    value_chip(target),
                    gap.unwrap()
                ),
                slack(&docs, &p, v),
            )
        };
        assert_eq!(
            words("地区生产总值"),
            ("6.5% vs 6%左右: +0.5 个百分点".to_string(), Some(0.5))
        );
        assert_eq!(
            words("固定资产投资"),
            ("8.2% vs ≥10%: −1.8 个百分点".to_string(), None)
        );
        assert_eq!(words("城镇调查失业率").0, "5.2% vs ≤5.5%: −0.3 个百分点");
        // the index finds what verdict_of finds, for every row
        let index = p.verdict_index();
        assert_eq!(index.len(), p.rows.len());
        for (k, i) in index.iter().enumerate() {
            assert_eq!(i.map(|i| &p.verdicts[i]), p.verdict_of(k));
        }
        assert_eq!(index.iter().flatten().count(), 3);
        assert_eq!(
            (signed(0.0), signed(2.0), signed(-0.25)),
            ("0".into(), "+2".into(), "−0.25".into())
        );
    }
}
