//! Where a plan is from: the place (`莲湖区`, `兰州市城关区`, `XX新城`, a region such as
//! `长江三角洲区域`, `全国`), inferred from the title and the text's opening (the names it gives
//! most often, the bare name a report on itself uses with `我县`, the issuer its first lines
//! name), for column labels and for pairing plans with results.

use crate::chars::{is_han, starts_with, string_of, CharFilter};
use crate::wordset::WordSet;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

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
    '功', '态', '保', '开', '贸', '小', '库', '垦', '展', '住', '服',
];

/// Characters that, right after a suffix character, make it the start of another word (`省级`,
/// `市场`, `乡村`, `区域`, `县城`, `市属`, `市直`, `县域`).
const NOT_AFTER_SUFFIX: &[char] = &[
    '级', '场', '村', '域', '块', '间', '属', '直', '管', '情', '城', '容', '民',
];

/// Function words that can stand right before a place name (`记者从西安市…`), and the end of
/// `建设` (`建设广州市…`).
const LEAD_WORDS: &[char] = &[
    '年', '月', '日', '从', '在', '将', '的', '和', '与', '对', '向', '是', '为', '了', '由', '据',
    '于', '至', '及', '到', '把', '设',
];

/// The place names written with an administrative suffix (`鄂城区`, `苏州市`) among a text's
/// candidates, each once, in order of first appearance: the places a target may belong to.
fn named_in(candidates: &[String]) -> Vec<String> {
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    candidates
        .iter()
        .filter(|c| seen.insert(c.as_str()))
        .cloned()
        .collect()
}

/// The plan's place ([`infer_place`]) and the places its opening names ([`named_in`]), from
/// the title and the opening's characters, the opening read once for both.
pub fn place_and_named(title: &str, opening: &[char]) -> (Option<String>, Vec<String>) {
    let all: Vec<String> = located(opening).into_iter().map(|(p, _)| p).collect();
    (infer_place_in(title, opening, &all), named_in(&all))
}

/// Candidate place names in `text`, in order of appearance.
fn candidates(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    located(&chars).into_iter().map(|(p, _)| p).collect()
}

/// The first characters of [`SUFFIXES`], for a quick test of every character.
static SUFFIX_FIRST: CharFilter = CharFilter::new(&[
    '自', '新', '街', '省', '市', '区', '县', '旗', '州', '镇', '乡',
]);

/// Candidate place names in `chars`, each with the position right after it.
fn located(chars: &[char]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // the next character that may start a suffix (most characters start none)
        let Some(k) = chars[i..].iter().position(|&c| {
            SUFFIX_FIRST.may_contain(c)
                && matches!(
                    c,
                    '自' | '新' | '街' | '省' | '市' | '区' | '县' | '旗' | '州' | '镇' | '乡'
                )
        }) else {
            break;
        };
        i += k;
        let first = chars[i];
        // 区域 is a word (`长江三角洲区域`), not a district
        let is_word = first == '区' && chars.get(i + 1) == Some(&'域');
        let matched = if !is_word {
            SUFFIXES
                .iter()
                .find(|s| starts_with(chars, i, s))
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
                    // 山区 and 营区 are generic; before 县 or 市 they end names (营山县, 佛山市)
                    && !(matches!(chars[i - 1], '山' | '营') && chars[i] != '区')
            };
            // a suffix that begins a word is no suffix: 省级, 市场, 乡村, 区域, 县城, 市属
            let begins_word = chars
                .get(i + len)
                .is_some_and(|c| NOT_AFTER_SUFFIX.contains(c));
            if i - s >= 2 && !generic() && !begins_word && !chars[s..i].contains(&'个') {
                out.push((string_of(&chars[s..i + len]), i + len));
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

/// The plan's place: the finest place named in the title, else a region the title names, else
/// the place the text names most often (at least twice) unless the text speaks of itself (`我县`)
/// at a finer level and names that place by its bare name (`仙游`), else the issuer the first
/// lines name (`河南省省长…作政府工作报告`), else a region the text names twice, else `全国` for a
/// national issuer.
#[cfg(test)]
pub fn infer_place(title: &str, text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let all: Vec<String> = located(&chars).into_iter().map(|(p, _)| p).collect();
    infer_place_in(title, &chars, &all)
}

/// [`infer_place`] of a text given as characters, with its candidate names (`all`).
fn infer_place_in(title: &str, text: &[char], all: &[String]) -> Option<String> {
    if let Some(p) = finest(&candidates(title)).or_else(|| region(title)) {
        return Some(p);
    }
    let counted = most_mentioned(all);
    let own = self_level(text).filter(|l| counted.as_ref().is_none_or(|p| level(p) < level(l)));
    own.and_then(|l| bare_name(text).map(|stem| format!("{stem}{l}")))
        .or(counted)
        .or_else(|| issuer_in_lede(text))
        .or_else(|| region_named_twice(text))
        .or_else(|| national(title, text).then(|| "全国".to_string()))
}

/// The finest level named; on a tie the later one (`宜春市樟树市`: a county-level city is written
/// after the prefecture it belongs to).
fn finest(names: &[String]) -> Option<String> {
    names
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| level(a).cmp(&level(b)).then(i.cmp(j)))
        .map(|(_, p)| p.clone())
}

/// The place `text` names most often, at least twice; on a tie the finer, then the earlier.
fn most_mentioned(all: &[String]) -> Option<String> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::default();
    for (k, c) in all.iter().enumerate() {
        match index.get(c.as_str()) {
            Some(&e) => counts[e].1 += 1,
            None => {
                index.insert(c, counts.len());
                counts.push((c.clone(), 1, k));
            }
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
}

/// The suffixes a text speaks of itself with (`我县`, `我区`) or names its own government by
/// alone at the start of a clause (`区政府认真落实…`, `县十八届人大五次会议开幕`).
const SELF_LEVELS: &[&str] = &["省", "市", "区", "县", "州", "旗", "镇", "乡"];

/// The characters of [`SELF_LEVELS`], for a quick test of every character.
static SELF_FIRST: CharFilter = CharFilter::new(&['省', '市', '区', '县', '州', '旗', '镇', '乡']);

/// The level the text speaks of itself at, as its suffix (`县`): the one it uses most often.
fn self_level(chars: &[char]) -> Option<&'static str> {
    let mut counts = [0usize; SELF_LEVELS.len()];
    for (i, c) in chars.iter().enumerate() {
        if !SELF_FIRST.may_contain(*c) {
            continue;
        }
        let k = match c {
            '省' => 0,
            '市' => 1,
            '区' => 2,
            '县' => 3,
            '州' => 4,
            '旗' => 5,
            '镇' => 6,
            '乡' => 7,
            _ => continue,
        };
        debug_assert!(SELF_LEVELS[k].starts_with(*c));
        let before = i.checked_sub(1).map(|b| chars[b]);
        // the six characters after it
        let after = &chars[i + 1..chars.len().min(i + 7)];
        let speaks_of_itself = before == Some('我')
            || (before.is_none_or(|b| !is_han(b))
                && (["政府", "委", "人大", "人民代表大会"]
                    .iter()
                    .any(|w| starts_with(after, 0, w))
                    || (matches!(after.first(), Some('十' | '第')) && after.contains(&'届'))));
        if speaks_of_itself {
            counts[k] += 1;
        }
    }
    // on a tie the finer level (a county's report names the city's government too)
    let (k, n) = counts.iter().enumerate().max_by_key(|&(k, n)| (*n, k))?;
    (*n > 0).then_some(SELF_LEVELS[k])
}

/// Words a bare place name stands after in the slogans and phrases of a local plan
/// (`和美仙游`, `幸福新莲湖`, `立足莲湖发展实际`).
const BEFORE_NAME: &[&str] = &[
    "和美", "美丽", "幸福", "活力", "魅力", "大美", "锦绣", "生态", "新", "寻味", "品鉴", "立足",
    "展现", "打造", "建设", "走进", "推介",
];

/// Words a bare place name stands before (`仙游风采`, `莲湖发展实际`).
const AFTER_NAME: &[&str] = &[
    "风采",
    "人民",
    "大地",
    "发展实际",
    "实际",
    "特色",
    "朝气",
    "新篇章",
    "籍",
    "儿女",
    "人",
    "故事",
    "名片",
    "品牌",
];

/// Two-character words of plans that stand in the same places as a name (`新发展`, `美丽中国`).
const NOT_NAMES: &[&str] = &[
    "发展", "时代", "征程", "动能", "格局", "优势", "经济", "产业", "中国", "城市", "乡村", "农村",
    "生活", "家园", "城镇", "社会", "建设", "篇章", "阶段", "理念", "机遇", "业态", "模式", "高地",
    "增长", "技术", "能源", "材料", "一代", "局面", "成效", "成就", "高度", "突破", "台阶", "水平",
    "空间", "体系", "环境", "生态", "文化", "人才", "人民", "群众", "企业", "项目", "国家", "世界",
    "全国", "全省", "全市", "全区", "全县", "工作", "任务", "目标", "实际", "基础", "品质", "形象",
];

/// Characters no bare place name holds: suffixes, function words, numerals of dates.
const NOT_IN_NAME: &[char] = &[
    '的', '了', '是', '在', '和', '与', '及', '等', '我', '全', '本', '各', '该', '新', '年', '月',
    '日', '省', '市', '区', '县', '州', '旗', '镇', '乡', '个', '这', '将', '为', '对', '把', '从',
];

/// The bare name (two characters) the text names its own place by: named at least three times,
/// at least twice in a slogan or phrase that names a place, and no common word of plans.
fn bare_name(chars: &[char]) -> Option<String> {
    // whether each character may stand in a name, decided once per character
    let may: Vec<bool> = chars
        .iter()
        .map(|c| is_han(*c) && !(NOT_IN_NAME_FILTER.may_contain(*c) && NOT_IN_NAME.contains(c)))
        .collect();
    let is_pair = |i: usize| may[i] && may[i + 1];
    // a pair as one key (two characters in one word hash in one step)
    let key = |i: usize| (u64::from(chars[i]) << 32) | u64::from(chars[i + 1]);
    let pairs = || (0..chars.len().saturating_sub(1)).filter(|&i| is_pair(i));
    // the pairs named at least twice in a place's phrase (few: the phrases are rare), each with
    // its mentions there; only they are then counted everywhere
    let mut in_phrase: HashMap<u64, usize> = HashMap::default();
    for i in pairs().filter(|&i| names_a_place(chars, i, i + 2)) {
        *in_phrase.entry(key(i)).or_insert(0) += 1;
    }
    in_phrase.retain(|_, n| *n >= 2);
    if in_phrase.is_empty() {
        return None;
    }
    // (pair, mentions, mentions in a place's phrase, first position)
    let mut found: Vec<([char; 2], usize, usize, usize)> = Vec::new();
    let mut slot: HashMap<u64, usize> = HashMap::default();
    for i in pairs() {
        let k = key(i);
        let Some(&placed) = in_phrase.get(&k) else {
            continue;
        };
        let e = *slot.entry(k).or_insert_with(|| {
            found.push(([chars[i], chars[i + 1]], 0, placed, i));
            found.len() - 1
        });
        found[e].1 += 1;
    }
    // named often enough, and no common word of plans
    found.retain(|(pair, n, ..)| *n >= 3 && !NOT_NAMES.iter().any(|w| starts_with(pair, 0, w)));
    // the most mentions in a place's phrase, then the most mentions, then the first to appear
    found
        .into_iter()
        .filter(|f| f.2 >= 2)
        .max_by_key(|f| (f.2, f.1, std::cmp::Reverse(f.3)))
        .map(|f| f.0.iter().collect())
}

/// Whether `chars[s..e]` stands where a place name does: after a slogan word, before a word of
/// a place, or opening or closing a quoted name (`“仙游嘉宝果”`, `“…新莲湖”`).
fn names_a_place(chars: &[char], s: usize, e: usize) -> bool {
    let before = &chars[s.saturating_sub(2)..s];
    let after = &chars[e..chars.len().min(e + 4)];
    (s > 0 && matches!(chars[s - 1], '“' | '「'))
        || BEFORE_NAME_SET
            .longest_ending(before, before.len())
            .is_some()
        || AFTER_NAME_SET.longest_at(after, 0).is_some()
}

/// [`BEFORE_NAME`] and [`AFTER_NAME`] for one look-up each instead of a loop over the words
/// (the bare-name search asks at every pair of characters of the opening).
static BEFORE_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(BEFORE_NAME));
static AFTER_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(AFTER_NAME));

/// [`NOT_IN_NAME`] as a quick test before the exact one.
static NOT_IN_NAME_FILTER: CharFilter = CharFilter::new(NOT_IN_NAME);

/// How much of the text counts as its first lines, where a report names its issuer.
const LEDE_CHARS: usize = 200;

/// The first place the first lines name as an issuer: before its government, congress, leader
/// or party committee (`广东省省长`, `北京市长`, `河南省第十四届人民代表大会`).
fn issuer_in_lede(text: &[char]) -> Option<String> {
    let chars = &text[..text.len().min(LEDE_CHARS)];
    located(chars)
        .into_iter()
        .find(|&(_, end)| issuer_after(&chars[end..]))
        .map(|(p, _)| p)
}

/// Whether `rest` opens with a government, congress, leader or committee.
fn issuer_after(rest: &[char]) -> bool {
    let head: String = rest.iter().take(8).collect();
    [
        "政府",
        "人民政府",
        "人大",
        "人民代表大会",
        "政协",
        "委",
        "两会",
        "长",
    ]
    .iter()
    .any(|w| head.starts_with(w))
        || (["省长", "市长", "县长", "区长", "州长", "旗长"]
            .iter()
            .any(|w| head.starts_with(w)))
        || (head.starts_with(['第', '十']) && head.contains('届'))
}

/// Regions plans are drawn up for, as texts write them, full names before short ones.
const REGIONS: &[&str] = &[
    "长江三角洲",
    "长三角",
    "珠江三角洲",
    "珠三角",
    "粤港澳大湾区",
    "京津冀",
    "成渝地区双城经济圈",
    "成渝双城经济圈",
    "长江经济带",
    "长江中游城市群",
    "黄河流域",
    "关中平原城市群",
    "中原城市群",
    "北部湾城市群",
    "海峡西岸经济区",
    "长株潭",
    "东北地区",
    "中部地区",
    "西部地区",
];

/// The first region `text` names, as written, with `区域` or `地区` when they follow it
/// (`长江三角洲区域`).
fn region(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    regions(&chars).into_iter().next()
}

/// The regions `text` names, in order, as [`region`] writes them.
fn regions(chars: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // (the first characters of REGIONS)
        let may_start = matches!(
            chars[i],
            '长' | '珠' | '粤' | '京' | '成' | '黄' | '关' | '中' | '北' | '海' | '东' | '西'
        );
        let Some(r) = REGIONS
            .iter()
            .find(|r| may_start && starts_with(chars, i, r))
        else {
            i += 1;
            continue;
        };
        let mut e = i + r.chars().count();
        if starts_with(chars, e, "区域") || starts_with(chars, e, "地区") && !r.ends_with("地区")
        {
            e += 2;
        }
        out.push(string_of(&chars[i..e]));
        i = e;
    }
    out
}

/// A region the text names at least twice (the most often named).
fn region_named_twice(text: &[char]) -> Option<String> {
    let all = regions(text);
    let count = |r: &String| all.iter().filter(|q| *q == r).count();
    all.iter()
        .filter(|r| count(r) >= 2)
        .max_by_key(|r| count(r))
        .cloned()
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
fn national(title: &str, text: &[char]) -> bool {
    let opening: String = title
        .chars()
        .chain(text.iter().copied().take(300))
        .collect();
    NATIONAL_ISSUERS.iter().any(|w| opening.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_names_are_pairs() {
        assert!(NOT_NAMES.iter().all(|w| w.chars().count() == 2));
    }

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
        // 山 and 营 make generic words only before 区 (山区, 营区)
        assert_eq!(
            infer_place("营山县2024年政府工作报告", ""),
            Some("营山县".into())
        );
        assert_eq!(
            infer_place("佛山市2024年政府工作报告", ""),
            Some("佛山市".into())
        );
        assert_eq!(infer_place("", "山区群众，营区建设，山区道路"), None);
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

    #[test]
    fn regions_by_their_own_names() {
        // 区域 is a word, never the district `三角洲区`
        assert_eq!(
            infer_place(
                "《长江三角洲区域一体化发展规划纲要》公布",
                "上海市、江苏省全域"
            ),
            Some("长江三角洲区域".into())
        );
        assert_eq!(
            infer_place("粤港澳大湾区发展规划纲要", ""),
            Some("粤港澳大湾区".into())
        );
        assert_eq!(infer_place("京津冀协同发展规划", ""), Some("京津冀".into()));
        // a city's plan for a region is the city's
        assert_eq!(
            infer_place("粤港澳大湾区建设广州市三年行动计划", ""),
            Some("广州市".into())
        );
        // a region the text names twice when it names no place of its own
        let text =
            "规划提出，到2025年成渝地区双城经济圈经济实力大幅跃升。成渝地区双城经济圈将建成。";
        assert_eq!(infer_place("", text), Some("成渝地区双城经济圈".into()));
    }

    #[test]
    fn a_report_on_itself_by_its_bare_name() {
        let text = "12月20日，县十七届人大三次会议开幕。2024年我县坚持稳中求进，聚焦“幸福桐庐”，\
            展现桐庐风采，桐庐人民共同奋斗，全县完成投资100亿元，居全市第一。";
        assert_eq!(infer_place("", text), Some("桐庐县".into()));
        let text = "区政府认真落实全市部署，立足滨江发展实际，打造“活力新滨江”，滨江经济稳步增长。";
        assert_eq!(infer_place("", text), Some("滨江区".into()));
        // common words in the same phrases are no name
        let text = "我县坚持新发展理念，推动新发展，建设美丽中国，美丽中国建设，中国人民。";
        assert_eq!(infer_place("", text), None);
        // a place the text names with its suffix stays
        let text = "我县认真落实，青川县新增就业1万人，青川县建设美丽青川，青川风采，青川人民。";
        assert_eq!(infer_place("", text), Some("青川县".into()));
    }

    #[test]
    fn the_issuer_the_first_lines_name() {
        let text = "1月23日上午，河南省第十四届人民代表大会第二次会议开幕，省长作政府工作报告。\
            报告提出，今年地区生产总值增长5%左右。";
        assert_eq!(infer_place("", text), Some("河南省".into()));
        let text = "北京市长殷勇25日作政府工作报告，今年全市GDP预期增长5%左右。";
        assert_eq!(infer_place("", text), Some("北京市".into()));
        // places named once, none as an issuer
        let text = "甲县、乙县、丙县、丁县各新建学校1所。";
        assert_eq!(infer_place("", text), None);
    }
}
