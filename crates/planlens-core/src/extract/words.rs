//! The small closed word classes of plan grammar that frame a quantity: scope and modal words
//! before a metric, change verbs and comparators between a metric and its number, the action verbs
//! that open a commitment, and tier names.

use crate::model::Comparator;

/// Scope, time and modal words stripped from the start of a metric phrase.
pub const LEADING: &[&str] = &[
    "全年",
    "今年",
    "明年",
    "当年",
    "本年",
    "年度内",
    "全区",
    "全市",
    "全县",
    "全镇",
    "全乡",
    "全省",
    "全旗",
    "全州",
    "全街道",
    "全域",
    "力争",
    "确保",
    "争取",
    "努力",
    "力求",
    "预计",
    "其中",
    "同时",
    "并且",
    "并",
    "以及",
    "及",
    "和",
    "与",
    "共",
    "共计",
    "合计",
    "总计",
    "累计",
    "再",
    "还",
    "要",
    "将",
    "进一步",
    "持续",
    "加快",
    "积极",
    "大力",
    "深入",
    "着力",
    "全力",
    "稳步",
    "有序",
    "扎实",
    "全面",
    "深度",
    "精准",
    "计划",
    "拟",
    "以",
    "对",
    "继续",
    "不断",
    "重点",
    "集中",
    "切实",
    "努力实现",
    "全年共",
    "同比",
    "实际完成",
    "预期",
];

/// Words between a metric and its number, stripped from the end of the metric phrase. The
/// comparator each implies, if any.
pub const TRAILING: &[(&str, Option<Comparator>)] = &[
    ("不少于", Some(Comparator::Ge)),
    ("不低于", Some(Comparator::Ge)),
    ("超过", Some(Comparator::Ge)),
    ("超出", Some(Comparator::Ge)),
    ("突破", Some(Comparator::Ge)),
    ("至少", Some(Comparator::Ge)),
    ("高于", Some(Comparator::Ge)),
    ("超", Some(Comparator::Ge)),
    ("逾", Some(Comparator::Ge)),
    ("不超过", Some(Comparator::Le)),
    ("不高于", Some(Comparator::Le)),
    ("低于", Some(Comparator::Le)),
    ("控制在", Some(Comparator::Le)),
    ("控制到", Some(Comparator::Le)),
    ("大约", Some(Comparator::Approx)),
    ("约", Some(Comparator::Approx)),
    ("近", Some(Comparator::Approx)),
    ("分别", None),
    ("各", None),
    ("均", None),
    ("都", None),
    ("达", None),
    ("为", None),
    ("是", None),
    ("在", None),
    ("到", None),
    ("至", None),
];

/// Change verbs that stand between a metric and its number (`地区生产总值增长6%`).
pub const CHANGE_VERBS: &[&str] = &[
    "年均增长",
    "同比增长",
    "增长到",
    "增长",
    "增加到",
    "增加至",
    "增加",
    "增至",
    "下降到",
    "下降至",
    "下降",
    "降低到",
    "降低至",
    "降低",
    "降至",
    "降到",
    "减少到",
    "减少",
    "提高到",
    "提高至",
    "提高",
    "提升到",
    "提升至",
    "提升",
    "达到",
    "达成",
    "保持在",
    "保持",
    "稳定在",
    "稳定",
    "实现",
    "完成",
    "累计完成",
    "扩大到",
    "扩大至",
    "缩小到",
    "缩小至",
    "压减",
    "压降",
    "回落到",
    "翻番",
];

/// Action verbs that open a commitment (`新增就业…`, `建成4个…`), longest first where they share a start.
pub const ACTION_VERBS: &[&str] = &[
    "新建改造",
    "新建改建",
    "新增改造",
    "新改扩建",
    "新增",
    "新建",
    "新认定",
    "新落户",
    "新登记",
    "新开工",
    "新引进",
    "新培育",
    "新招引",
    "新设立",
    "新注册",
    "新发展",
    "新植",
    "新打造",
    "新开办",
    "新改建",
    "建成交付",
    "建成投用",
    "建成投产",
    "建成",
    "建设",
    "开工建设",
    "开工",
    "竣工",
    "完成",
    "实现",
    "实施",
    "推进",
    "推动",
    "引进落地",
    "引进",
    "招引",
    "引育",
    "盘活利用",
    "盘活",
    "培育",
    "打造",
    "开展",
    "举办",
    "举行",
    "安排",
    "落地",
    "认定",
    "对接",
    "发放",
    "提供",
    "开办",
    "回收",
    "运营",
    "成立",
    "栽植",
    "种植",
    "造林",
    "清淤疏浚",
    "改造提升",
    "提升改造",
    "改造",
    "申请",
    "谋划储备",
    "谋划",
    "储备",
    "细化",
    "投产",
    "供应",
    "推广",
    "入库",
    "利用",
    "使用",
    "吸引",
    "接待",
    "培训",
    "救助",
    "帮扶",
    "整治",
    "治理",
    "修复",
    "创建",
    "建立",
    "组建",
    "招聘",
    "资助",
    "补贴",
    "筹集",
    "争创",
    "培养",
    "选派",
    "招募",
    "开设",
    "设立",
    "铺设",
    "改建",
    "扩建",
    "配建",
    "收储",
    "出让",
    "征收",
    "签约",
    "引导",
    "吸纳",
    "带动",
    "转移",
    "解决",
    "新增就业岗位",
    "策划开展",
    "组织开展",
    "组织",
    "挂牌",
    "化解",
    "处置",
    "关停",
    "淘汰",
    "安置",
    "帮助",
    "服务",
    "覆盖",
    "新开通",
    "开通",
    "增设",
    "配备",
    "建好",
    "办好",
    "办结",
    "受理",
    "完善",
    "升级",
    "拓展",
];

/// Action verbs too generic to belong in a metric name; others stay (`新增高新技术企业`).
pub const GENERIC_VERBS: &[&str] = &[
    "推进",
    "推动",
    "实施",
    "打造",
    "开展",
    "举办",
    "举行",
    "完成",
    "实现",
    "建设",
    "建成",
    "安排",
    "组织",
    "运营",
    "开办",
    "成立",
    "细化",
    "投产",
    "供应",
    "推广",
    "回收",
    "开设",
    "设立",
    "创建",
    "建立",
    "组建",
    "策划开展",
    "组织开展",
    "建成投用",
    "建成投产",
    "完善",
    "升级",
    "拓展",
    "建好",
    "办好",
    "服务",
    "覆盖",
    "帮助",
    "引导",
    "带动",
    "解决",
    "使用",
    "利用",
];

/// Attribute words that describe the item named just before them (`…项目34个，总投资438亿元`).
pub const ATTRIBUTES: &[&str] = &[
    "总投资",
    "年度计划投资",
    "计划投资",
    "年度投资",
    "总面积",
    "建筑面积",
    "占地面积",
    "总规模",
    "投资额",
    "总建筑面积",
    "完成投资",
    "年度完成投资",
    "总长",
    "全长",
];

/// Tier names in plans that set several levels for one indicator.
pub const TIERS: &[&str] = &[
    "目标值",
    "争取值",
    "奋斗值",
    "力争值",
    "挑战值",
    "保底值",
    "预期值",
    "底线值",
];

/// Whether `chars[at..]` starts with `word`.
pub fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    let mut k = at;
    for w in word.chars() {
        if chars.get(k) != Some(&w) {
            return false;
        }
        k += 1;
    }
    true
}

/// Whether `chars[..end]` ends with `word`.
pub fn ends_with(chars: &[char], end: usize, word: &str) -> bool {
    let n = word.chars().count();
    end >= n && starts_with(chars, end - n, word)
}

/// The longest word of `words` at `chars[at..]`.
pub fn longest_at<'a>(chars: &[char], at: usize, words: &[&'a str]) -> Option<&'a str> {
    words
        .iter()
        .filter(|w| starts_with(chars, at, w))
        .max_by_key(|w| w.chars().count())
        .copied()
}

/// The longest word of `words` ending at `chars[..end]`.
pub fn longest_ending<'a>(chars: &[char], end: usize, words: &[&'a str]) -> Option<&'a str> {
    words
        .iter()
        .filter(|w| ends_with(chars, end, w))
        .max_by_key(|w| w.chars().count())
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_matches() {
        let c: Vec<char> = "新建改造公厕".chars().collect();
        assert_eq!(longest_at(&c, 0, ACTION_VERBS), Some("新建改造"));
        let c: Vec<char> = "地区生产总值年均增长".chars().collect();
        assert_eq!(longest_ending(&c, c.len(), CHANGE_VERBS), Some("年均增长"));
        assert!(!starts_with(&c, 8, "增长率"));
    }
}
