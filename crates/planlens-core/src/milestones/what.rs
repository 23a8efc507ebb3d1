//! What a dated commitment is, as short as a metric: the thing and the action around its time
//! (`市妇幼保健院迁建项目` + `6月底前` + `投入使用` → `市妇幼保健院迁建项目投入使用`), with the
//! words that only say how firmly it is meant (`确保`, `力争`, `于`) dropped.

use crate::chars::starts_with;

/// Words before a time that only say how firmly it is meant, or mark it (`力争6月底前`, `于5月底前`,
/// `在国庆节前`, `各地要在…前`).
const LEAD_IN: &[&str] = &[
    "加快推进",
    "全力推进",
    "推动",
    "推进",
    "加快",
    "督促",
    "力争",
    "争取",
    "确保",
    "计划",
    "预计",
    "务必",
    "力求",
    "全力",
    "努力",
    "要",
    "将",
    "于",
    "在",
    "并",
    "到",
    "同时",
    "其中",
];

/// Actions that name no thing of their own (`开工建设`, `投入使用`): the thing is the clause's
/// before, or the sentence's first clause's.
const BARE_ACTIONS: &[&str] = &[
    "开工建设",
    "开工",
    "建成投用",
    "建成投产",
    "建成运营",
    "建成开放",
    "建成通车",
    "建成",
    "投入使用",
    "投入运营",
    "投用",
    "投产",
    "竣工验收",
    "竣工",
    "完工",
    "全线通车",
    "通车",
    "交付使用",
    "交付",
    "开通试运营",
    "开通运营",
    "开通",
    "试运营",
    "运营",
    "对外开放",
    "开放",
    "启用",
    "实现贯通",
    "贯通",
    "封顶",
    "上线运行",
    "上线",
    "落地",
];

/// Verbs that open a clause naming a work in progress (`加快推进X建设`): dropped to name the thing.
const WORK_VERBS: &[&str] = &[
    "加快推进",
    "全力推进",
    "积极推进",
    "扎实推进",
    "加快",
    "推进",
    "推动",
    "实施",
    "开展",
    "启动",
];

/// Labels of a task's time limit in a task list (`完成时限：6月底前`).
pub const TIME_LABELS: &[&str] = &[
    "完成时限",
    "完成时间",
    "时间节点",
    "时限要求",
    "办结时限",
    "时间要求",
];

/// Labels of a task list's other lines (`牵头单位：县发改局`): never the task itself.
const OTHER_LABELS: &[&str] = &[
    "牵头单位",
    "责任单位",
    "配合单位",
    "协办单位",
    "责任领导",
    "牵头领导",
    "责任人",
];

/// Whether the characters are a task list's label line (`牵头单位：…`, `完成时限：…`).
pub fn is_label_line(chars: &[char]) -> bool {
    OTHER_LABELS
        .iter()
        .chain(TIME_LABELS)
        .any(|w| starts_with(chars, 0, w))
}

/// The label of a time limit the clause opens with (`完成时限：`), as the number of characters
/// up to the time.
pub fn time_label(chars: &[char]) -> Option<usize> {
    TIME_LABELS.iter().find_map(|w| {
        let n = w.chars().count();
        (starts_with(chars, 0, w) && matches!(chars.get(n), Some('：' | ':'))).then_some(n + 1)
    })
}

/// The thing a clause before its time names (`江川三中南校区`, `各地`), without its lead-in
/// words; empty when it names none.
pub fn subject(chars: &[char]) -> String {
    let mut s = trim_marks(without_numbering(chars));
    loop {
        let before = s.len();
        for w in LEAD_IN {
            s = strip_prefix(s, w);
            s = strip_suffix(s, w);
        }
        if s.len() == before {
            break;
        }
    }
    clean(s)
}

/// The action after a time (`建成投用`, `完成全部改造任务`), without a lead-in word.
pub fn action(chars: &[char]) -> String {
    let mut s = trim_marks(chars);
    for w in ["要", "将"] {
        s = strip_prefix(s, w);
    }
    clean(s)
}

/// Whether an action names no thing of its own (`开工建设`, `全面建成投用`).
pub fn is_bare(action: &str) -> bool {
    let chars: Vec<char> = action.chars().collect();
    let mut s: &[char] = &chars;
    for w in ["全面", "基本", "正式", "全部", "如期"] {
        s = strip_prefix(s, w);
    }
    let rest = crate::chars::string_of(s);
    BARE_ACTIONS.contains(&rest.as_str())
}

/// The thing a sentence's first clause works on (`加快县城至高铁站快速通道建设` →
/// `县城至高铁站快速通道`), for a bare action after it.
pub fn work_of(chars: &[char]) -> String {
    let mut s = trim_marks(chars);
    for w in WORK_VERBS {
        let t = strip_prefix(s, w);
        if t.len() < s.len() {
            s = t;
            break;
        }
    }
    for w in ["工程建设", "建设工作", "建设", "工作"] {
        let t = strip_suffix(s, w);
        if t.len() < s.len() {
            s = t;
            break;
        }
    }
    clean(s)
}

/// A task list line's task: its first clause without its numbering (`16.新建智慧停车场项目` →
/// `新建智慧停车场项目`).
pub fn task(chars: &[char]) -> String {
    let chars = without_numbering(chars);
    let end = chars
        .iter()
        .position(|c| matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':'))
        .unwrap_or(chars.len());
    clean(trim_marks(&chars[..end]))
}

/// Without a list number in front (`16.`, `3、`, `（二）`, `(2)`).
fn without_numbering(chars: &[char]) -> &[char] {
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && matches!(chars.get(digits), Some('.' | '．' | '、')) {
        return &chars[digits + 1..];
    }
    if matches!(chars.first(), Some('（' | '(')) {
        if let Some(close) = chars.iter().take(6).position(|c| matches!(c, '）' | ')')) {
            let inner = &chars[1..close];
            if !inner.is_empty()
                && inner
                    .iter()
                    .all(|&c| c.is_ascii_digit() || crate::numerals::is_chinese_digit(c))
            {
                return &chars[close + 1..];
            }
        }
    }
    chars
}

/// The longest a name may be, in characters; longer is cut.
const MAX_CHARS: usize = 40;

/// Without quotation marks and spaces, at most [`MAX_CHARS`] characters.
fn clean(chars: &[char]) -> String {
    chars
        .iter()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '“' | '”' | '"' | '‘' | '’' | '\'' | '「' | '」' | '『' | '』'
                )
        })
        .take(MAX_CHARS)
        .collect()
}

/// Without punctuation at either end.
fn trim_marks(chars: &[char]) -> &[char] {
    let mark = |c: &char| {
        c.is_whitespace() || matches!(c, '，' | ',' | '、' | '。' | '；' | ';' | '：' | ':')
    };
    let start = chars.iter().position(|c| !mark(c)).unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|c| !mark(c))
        .map_or(start, |e| e + 1);
    &chars[start..end.max(start)]
}

fn strip_prefix<'a>(s: &'a [char], w: &str) -> &'a [char] {
    let n = w.chars().count();
    if s.len() >= n && starts_with(s, 0, w) {
        &s[n..]
    } else {
        s
    }
}

fn strip_suffix<'a>(s: &'a [char], w: &str) -> &'a [char] {
    if crate::chars::ends_with(s, s.len(), w) {
        &s[..s.len() - w.chars().count()]
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn subjects_lose_their_lead_in_words() {
        assert_eq!(subject(&c("确保区文化艺术中心")), "区文化艺术中心");
        assert_eq!(subject(&c("市民服务中心二期于")), "市民服务中心二期");
        assert_eq!(subject(&c("桃园片区安置房力争")), "桃园片区安置房");
        assert_eq!(subject(&c("各地要在")), "各地");
        assert_eq!(subject(&c("争取")), "");
        assert_eq!(subject(&c("其中，")), "");
    }

    #[test]
    fn bare_actions_and_the_work_they_belong_to() {
        assert!(is_bare("开工建设"));
        assert!(is_bare("全面建成投用"));
        assert!(!is_bare("完成征地拆迁"));
        assert_eq!(
            work_of(&c("加快县城至高铁站快速通道建设")),
            "县城至高铁站快速通道"
        );
        assert_eq!(task(&c("16.新建智慧停车场项目")), "新建智慧停车场项目");
        assert_eq!(task(&c("（二）加快X建设，一季度完成")), "加快X建设");
        assert_eq!(task(&c("加快X建设，一季度完成")), "加快X建设");
        assert_eq!(action(&c("上线“东湖办”移动端")), "上线东湖办移动端");
    }

    #[test]
    fn task_list_labels() {
        assert!(is_label_line(&c(
            "牵头单位：县交通运输局；完成时限：12月底前"
        )));
        assert!(!is_label_line(&c("新建智慧停车场项目")));
        assert_eq!(time_label(&c("完成时限：年底前")), Some(5));
        assert_eq!(time_label(&c("完成改造")), None);
    }
}
