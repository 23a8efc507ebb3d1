//! Places written in front of a metric, and the scope words after them (`全市`, `全省`). The
//! document's own place is taken off ([`without_own`]: `北京全市地区生产总值` in a plan of 北京市 is
//! 地区生产总值); another place leaves the name and goes on the target ([`Places::split`]:
//! `深圳地区生产总值`, `苏州市新增就业`). Places are the provinces and large cities plans name
//! without a suffix, and whatever the document itself writes with one (`鄂城区`). The scope words
//! ([`SCOPE_WORDS`]) are also what the metric reader drops before a share (`贡献了全省…`) and
//! refuses as a whole name.

/// Provinces and province-level places, by the short name plans write, with the full name.
const PROVINCES: &[(&str, &str)] = &[
    ("北京", "北京市"),
    ("天津", "天津市"),
    ("上海", "上海市"),
    ("重庆", "重庆市"),
    ("河北", "河北省"),
    ("山西", "山西省"),
    ("辽宁", "辽宁省"),
    ("吉林", "吉林省"),
    ("黑龙江", "黑龙江省"),
    ("江苏", "江苏省"),
    ("浙江", "浙江省"),
    ("安徽", "安徽省"),
    ("福建", "福建省"),
    ("江西", "江西省"),
    ("山东", "山东省"),
    ("河南", "河南省"),
    ("湖北", "湖北省"),
    ("湖南", "湖南省"),
    ("广东", "广东省"),
    ("海南", "海南省"),
    ("四川", "四川省"),
    ("贵州", "贵州省"),
    ("云南", "云南省"),
    ("陕西", "陕西省"),
    ("甘肃", "甘肃省"),
    ("青海", "青海省"),
    ("台湾", "台湾省"),
    ("内蒙古", "内蒙古自治区"),
    ("广西", "广西壮族自治区"),
    ("西藏", "西藏自治区"),
    ("宁夏", "宁夏回族自治区"),
    ("新疆", "新疆维吾尔自治区"),
    ("香港", "香港"),
    ("澳门", "澳门"),
];

/// Cities plans name without `市`: sub-provincial cities, provincial capitals and the largest others.
const CITIES: &[&str] = &[
    "深圳",
    "广州",
    "杭州",
    "南京",
    "武汉",
    "成都",
    "西安",
    "沈阳",
    "大连",
    "青岛",
    "宁波",
    "厦门",
    "长春",
    "哈尔滨",
    "济南",
    "郑州",
    "长沙",
    "合肥",
    "南昌",
    "福州",
    "昆明",
    "贵阳",
    "南宁",
    "海口",
    "兰州",
    "西宁",
    "银川",
    "乌鲁木齐",
    "呼和浩特",
    "拉萨",
    "太原",
    "石家庄",
    "苏州",
    "无锡",
    "佛山",
    "东莞",
    "温州",
    "泉州",
    "珠海",
    "徐州",
    "烟台",
    "唐山",
];

/// `全` and a level of government: the whole of a place (`苏州全市…`, `贡献了全省…`).
pub const SCOPE_WORDS: &[&str] = &[
    "全国", "全省", "全市", "全区", "全县", "全镇", "全乡", "全旗",
];

/// Whether `c` is only a scope word, or the whole of a year (`全县`, `全年`, `今年`): never a name.
pub fn is_scope_only(c: &[char]) -> bool {
    // every scope word is two characters (a test keeps it so)
    matches!(c, ['全' | '今', _])
        && (c[1] == '年'
            || SCOPE_WORDS
                .iter()
                .any(|w| crate::chars::starts_with(c, 0, w)))
}

/// `metric` without the document's own place in front (`北京全市地区生产总值` in a plan of 北京市 is
/// 地区生产总值), and without the scope word that follows it.
pub fn without_own(metric: String, place: Option<&str>) -> String {
    let Some(place) = place else {
        return metric;
    };
    let stem = place
        .strip_suffix(['省', '市', '区', '县', '镇', '乡', '旗', '州'])
        .filter(|s| s.chars().count() >= 2);
    for (name, is_stem) in [(Some(place), false), (stem, true)] {
        let Some(rest) = name.and_then(|n| metric.strip_prefix(n)) else {
            continue;
        };
        // after the stem the level word may follow on its own (`广东省…` read from 广东)
        let scoped = SCOPE_WORDS
            .iter()
            .chain(&["的", "市", "省"])
            .find_map(|w| rest.strip_prefix(w).filter(|r| r.chars().count() >= 2));
        // a short name is also the start of proper names (`城关书屋` in 城关区): only a
        // province's, or one followed by a scope word (`北京全市`)
        if is_stem && scoped.is_none() && !place.ends_with('省') {
            continue;
        }
        let rest = scoped.unwrap_or(rest);
        if rest.chars().count() >= 2 {
            return rest.to_string();
        }
    }
    metric
}

/// One place as a metric may write it: (as written at the start of a metric, full name, whether
/// written without its suffix).
type Name = (String, String, bool);

/// A list of names, longest written form first, and the indices of its names by the first
/// character of the written form, in the list's order: a metric is checked against the few names
/// that start as it does.
#[derive(Debug, Default)]
struct NameList {
    names: Vec<Name>,
    by_first: rustc_hash::FxHashMap<char, Vec<usize>>,
}

impl NameList {
    /// `names` sorted longest first (stably: equal lengths keep their order) and indexed.
    fn new(mut names: Vec<Name>) -> Self {
        names.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.chars().count()));
        let mut by_first: rustc_hash::FxHashMap<char, Vec<usize>> = Default::default();
        for (i, (w, _, _)) in names.iter().enumerate() {
            if let Some(c) = w.chars().next() {
                by_first.entry(c).or_default().push(i);
            }
        }
        NameList { names, by_first }
    }

    /// The first name (so the longest) `metric` starts with.
    fn find(&self, metric: &str, first: char) -> Option<&Name> {
        self.by_first
            .get(&first)?
            .iter()
            .map(|&i| &self.names[i])
            .find(|(w, _, _)| metric.starts_with(w.as_str()))
    }
}

/// The provinces and cities above, built once: every document's places start with them.
static FIXED: std::sync::LazyLock<NameList> = std::sync::LazyLock::new(|| {
    let mut names: Vec<Name> = Vec::new();
    for (short, full) in PROVINCES {
        names.push((full.to_string(), full.to_string(), false));
        names.push((short.to_string(), full.to_string(), true));
    }
    for c in CITIES {
        names.push((format!("{c}市"), format!("{c}市"), false));
        names.push((c.to_string(), format!("{c}市"), true));
    }
    NameList::new(names)
});

/// The places a document's metrics may name, each as written in a metric and as it goes on a target.
#[derive(Debug, Default)]
pub struct Places {
    /// The document's own names with a suffix that are not among the fixed ones, longest first.
    /// Read as if merged after the fixed names by a stable sort on length: a longer name first,
    /// a fixed one before a document's one of the same length.
    named: NameList,
}

impl Places {
    /// The provinces and cities above, and `named` (names with a suffix the document writes).
    pub fn new(named: &[String]) -> Self {
        let fixed = &*FIXED;
        let mut own: Vec<Name> = Vec::new();
        for n in named {
            // `新建街道` is an action on a street office, not a place
            let chars = crate::char_buf::CharBuf::new(n);
            if super::words::ACTION_SET.word_at(&chars, 0).is_some() {
                continue;
            }
            let known = |w: &String| w == n;
            let first = chars.first().copied();
            let in_fixed = first.is_some_and(|c| {
                fixed
                    .by_first
                    .get(&c)
                    .is_some_and(|ix| ix.iter().any(|&i| known(&fixed.names[i].0)))
            });
            if !in_fixed && !own.iter().any(|(w, _, _)| known(w)) {
                own.push((n.clone(), n.clone(), false));
            }
        }
        Places {
            named: NameList::new(own),
        }
    }

    /// The name `metric` starts with, as the merged list would give it first.
    fn name_at_start(&self, metric: &str) -> Option<&Name> {
        let first = metric.chars().next()?;
        let fixed = FIXED.find(metric, first);
        let own = self.named.find(metric, first);
        match (fixed, own) {
            (Some(f), Some(o)) if o.0.chars().count() > f.0.chars().count() => Some(o),
            (Some(f), _) => Some(f),
            (None, o) => o,
        }
    }

    /// `metric` without a place in front, and that place's full name, unless it is `own` (the
    /// document's place). What is left must still be a name: at least two characters after a
    /// suffixed place, four after a bare one (`深圳书屋` keeps its name).
    pub fn split(&self, metric: &str, own: Option<&str>) -> Option<(String, String)> {
        let (written, full, bare) = self.name_at_start(metric)?;
        if own.is_some_and(|o| o == full || o.starts_with(written.as_str())) {
            return None;
        }
        let rest = &metric[written.len()..];
        let rest = SCOPE_WORDS
            .iter()
            .chain(&["的"])
            .find_map(|s| rest.strip_prefix(s))
            .unwrap_or(rest);
        let least = if *bare { 4 } else { 2 };
        (rest.chars().count() >= least).then(|| (rest.to_string(), full.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_words_are_two_characters_after_quan() {
        assert!(SCOPE_WORDS
            .iter()
            .all(|w| w.chars().count() == 2 && w.starts_with('全')));
        assert!(is_scope_only(&['全', '县']) && is_scope_only(&['今', '年']));
        assert!(!is_scope_only(&['全', '县', '域']) && !is_scope_only(&['今', '天']));
    }

    #[test]
    fn a_place_in_front_goes_on_the_target() {
        let p = Places::new(&["鄂城区".to_string()]);
        let split = |m: &str, own: Option<&str>| p.split(m, own);
        assert_eq!(
            split("深圳地区生产总值", Some("广东省")),
            Some(("地区生产总值".into(), "深圳市".into()))
        );
        assert_eq!(
            split("鄂城区新增就业", Some("鄂州市")),
            Some(("新增就业".into(), "鄂城区".into()))
        );
        assert_eq!(
            split("江苏省的粮食产量", None),
            Some(("粮食产量".into(), "江苏省".into()))
        );
        // the document's own place, short names that begin a proper name, no place at all
        assert_eq!(split("深圳地区生产总值", Some("深圳市")), None);
        assert_eq!(split("深圳书屋", Some("广东省")), None);
        assert_eq!(split("地区生产总值", None), None);
        assert_eq!(split("鄂城区", None), None);
    }
}
