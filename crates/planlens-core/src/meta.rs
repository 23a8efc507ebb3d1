//! Where and when a plan is from: the place (`莲湖区`, `兰州市城关区`, `XX新城`) and the plan year,
//! inferred from the title and the text, for column labels and for pairing plans with results.

use crate::chars::{is_han, starts_with};

/// How much of the text (in characters) is searched for the place when the title names none.
pub const OPENING_CHARS: usize = 4000;

/// Administrative suffixes, longest first.
const SUFFIXES: &[&str] = &[
    "自治州",
    "自治县",
    "新区",
    "新城",
    "街道",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "州",
    "镇",
    "乡",
];

/// Words before a suffix that make a generic noun, not a place (`示范区`, `园区`, `城区`).
const GENERIC_BEFORE: &[char] = &[
    '园', '片', '社', '景', '街', '城', '范', '载', '验', '行', '护', '步', '集', '聚', '心', '能',
    '成', '发', '带', '坊', '港', '营', '块', '全', '本', '我', '该', '市', '省', '各', '分', '辖',
    '湾', '游', '矿', '校', '厂', '商', '业', '新', '老', '郊', '边', '域', '地', '山', '牧', '灾',
    '功', '态', '保', '开', '贸',
];

/// Function words that can stand right before a place name (`记者从西安市…`).
const LEAD_WORDS: &[char] = &[
    '年', '月', '日', '从', '在', '将', '的', '和', '与', '对', '向', '是', '为', '了', '由', '据',
    '于', '至', '及', '到', '把',
];

/// Candidate place names in `text`, in order of appearance.
fn candidates(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let first = chars[i];
        let matched = if matches!(
            first,
            '自' | '新' | '街' | '省' | '市' | '区' | '县' | '旗' | '州' | '镇' | '乡'
        ) {
            SUFFIXES
                .iter()
                .find(|s| starts_with(&chars, i, s))
                .map(|s| s.chars().count())
        } else {
            None
        };
        if let Some(len) = matched {
            // up to three name characters before the suffix, not crossing another place's suffix
            let mut s = i;
            // (州 ends a 自治州 but is also the end of city names: 徐州市, 兰州市)
            let ends_prefecture = |k: usize| {
                chars[k] == '州' && k >= 2 && chars[k - 2] == '自' && chars[k - 1] == '治'
            };
            while s > 0
                && i - s < 3
                && (is_han(chars[s - 1]) || chars[s - 1].is_ascii_uppercase())
                && !matches!(chars[s - 1], '市' | '省' | '区' | '县' | '旗' | '镇' | '乡')
                && !ends_prefecture(s - 1)
            {
                s -= 1;
            }
            while s < i && LEAD_WORDS.contains(&chars[s]) {
                s += 1;
            }
            // 湾区 is generic after 大 (粤港澳大湾区), a name otherwise (金湾区)
            let generic = || {
                GENERIC_BEFORE.contains(&chars[i - 1])
                    && !(chars[i - 1] == '湾' && chars[i - 2] != '大')
            };
            if i - s >= 2 && !generic() && !chars[s..i].contains(&'个') {
                out.push(chars[s..i + len].iter().collect());
            }
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// How fine an administrative level a name's suffix marks.
fn level(name: &str) -> u8 {
    if ["街道", "镇", "乡"].iter().any(|s| name.ends_with(s)) {
        4
    } else if ["区", "县", "旗", "新城"].iter().any(|s| name.ends_with(s)) {
        3
    } else if ["市", "州"].iter().any(|s| name.ends_with(s)) {
        2
    } else {
        1
    }
}

/// The plan's place: the finest place named in the title, else the place the text names most often
/// (at least twice).
pub fn infer_place(title: &str, text: &str) -> Option<String> {
    // the finest level named in the title; on a tie the later one (`宜春市樟树市`: a county-level
    // city is written after the prefecture it belongs to)
    let in_title = candidates(title);
    if let Some(p) = in_title
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| level(a).cmp(&level(b)).then(i.cmp(j)))
        .map(|(_, p)| p)
    {
        return Some(p.clone());
    }
    let all = candidates(text);
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for (k, c) in all.into_iter().enumerate() {
        match counts.iter_mut().find(|(p, _, _)| *p == c) {
            Some(e) => e.1 += 1,
            None => counts.push((c, 1, k)),
        }
    }
    // `未来金湾区发展` reads `来金湾区`: a name that ends another one counts its mentions too
    let longer: Vec<(String, usize)> = counts.iter().map(|(p, n, _)| (p.clone(), *n)).collect();
    for (p, n, _) in counts.iter_mut() {
        *n += longer
            .iter()
            .filter(|(q, _)| q.len() > p.len() && q.ends_with(p.as_str()))
            .map(|(_, m)| m)
            .sum::<usize>();
    }
    counts
        .into_iter()
        .filter(|(_, n, _)| *n >= 2)
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(level(&a.0).cmp(&level(&b.0)))
                .then(b.2.cmp(&a.2))
        })
        .map(|(p, _, _)| p)
        .or_else(|| national(title, text).then(|| "全国".to_string()))
}

/// National issuers named where a document opens.
const NATIONAL_ISSUERS: &[&str] = &[
    "国务院",
    "中共中央",
    "党中央",
    "国家发展改革委",
    "国家发改委",
    "中央网信办",
    "全国人大",
    "国家卫生健康委",
];

/// Whether a document that names no place of its own opens with a national issuer
/// (`国务院印发的《“十四五”推进农业农村现代化规划》`).
fn national(title: &str, text: &str) -> bool {
    let opening: String = title.chars().chain(text.chars().take(300)).collect();
    NATIONAL_ISSUERS.iter().any(|w| opening.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_from_titles_and_text() {
        assert_eq!(
            infer_place("XX新城2024年工作计划", ""),
            Some("XX新城".into())
        );
        assert_eq!(
            infer_place("兰州市城关区在全省高质量发展中打头阵当先锋", ""),
            Some("城关区".into())
        );
        assert_eq!(
            infer_place(
                "锚定“六地”定位 挖掘潜在优势 杏花岭区今年经济工作要做到七个坚持",
                ""
            ),
            Some("杏花岭区".into())
        );
        let text = "记者从西安市委宣传部获悉，2024年，莲湖区将持续深化。莲湖区新增就业1万人。打造示范区，建设园区。";
        assert_eq!(infer_place("", text), Some("莲湖区".into()));
        assert_eq!(
            infer_place("", "全区上下，各区县，示范区，园区，城区"),
            None
        );
        assert_eq!(
            infer_place("2024年青川县政府工作报告", ""),
            Some("青川县".into())
        );
        assert_eq!(
            infer_place("(江西省)宜春市樟树市国民经济和社会发展十四五规划", ""),
            Some("樟树市".into())
        );
        assert_eq!(
            infer_place(
                "",
                "日前，徐州市召开会议，发布了《徐州市国民经济和社会发展规划》。"
            ),
            Some("徐州市".into())
        );
        assert_eq!(
            infer_place(
                "",
                "国务院印发的《“十四五”推进农业农村现代化规划》，作出全面安排。"
            ),
            Some("全国".into())
        );
        assert_eq!(
            infer_place(
                "",
                "珠海市金湾区召开会议，报告展露了对未来金湾区发展规划的思路。"
            ),
            Some("金湾区".into())
        );
        // a local plan that cites the State Council keeps its own place
        assert_eq!(
            infer_place("", "国务院部署后，莲湖区将持续深化。莲湖区新增就业1万人。"),
            Some("莲湖区".into())
        );
        // equal counts: the finer level wins
        assert_eq!(
            infer_place("", "西安市委获悉，莲湖区将。西安市莲湖区委书记"),
            Some("莲湖区".into())
        );
    }
}
