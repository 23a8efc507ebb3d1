//! Web-copy noise: lines a reader's eye skips when a plan is copied from a news or government site
//! (navigation, `来源：`, `责编`, `发布时间`, `欢迎访问…网站`, share and download prompts, copyright,
//! image hashes, injected phone numbers, mojibake). Noise lines are kept out of the heading tree and
//! never yield targets.

use crate::chars::is_han;
use crate::wordset::WordSet;
use std::sync::LazyLock;

/// Prefixes (after leading brackets) that mark a whole line as page furniture.
const NOISE_PREFIXES: &[&str] = &[
    "来源：",
    "来源 ",
    "信息来源",
    "文章来源",
    "稿件来源",
    "作者：",
    "责编",
    "责任编辑",
    "编辑：",
    "审核：",
    "校对：",
    "发布时间",
    "发布日期",
    "发布机构",
    "更新时间",
    "时间：20",
    "日期：20",
    "欢迎访问",
    "您当前的位置",
    "您现在的位置",
    "当前位置",
    "首页>",
    "首页 >",
    "首页 »",
    "版权所有",
    "copyright",
    "©",
    "扫一扫",
    "扫描二维码",
    "分享到",
    "分享：",
    "打印本页",
    "打印 关闭",
    "关闭窗口",
    "【打印】",
    "【关闭】",
    "【字体",
    "字号：",
    "字体：",
    "浏览次数",
    "阅读次数",
    "点击数",
    "访问量",
    "上一篇",
    "下一篇",
    "相关阅读",
    "相关链接",
    "相关新闻",
    "附件下载",
    "联系电话",
    "电话：",
    "传真：",
    "邮编：",
    "网站标识码",
    "网站地图",
];

/// Fragments that mark a line as noise wherever they stand.
const NOISE_FRAGMENTS: &[&str] = &[
    "icp备",
    "公网安备",
    "下载客户端",
    "下载app",
    "点击下载",
    "更多资讯",
    "请使用浏览器的分享功能",
    "分享到微信",
    "分享到微博",
    "版权所有",
    "未经授权",
    "禁止转载",
    "本网站",
];

static PREFIX_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOISE_PREFIXES));
static FRAGMENT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOISE_FRAGMENTS));

/// Whether a normalised line is page furniture rather than plan text.
pub fn is_noise_line(line: &[char]) -> bool {
    let start = line
        .iter()
        .position(|c| !matches!(c, '(' | '【' | '[' | ' ' | '〔'))
        .unwrap_or(line.len());
    let body = &line[start..];
    if body.is_empty() {
        return false;
    }
    if PREFIX_SET.longest_at(body, 0).is_some() {
        return true;
    }
    if body[0].is_ascii_alphabetic() {
        let head: Vec<char> = body
            .iter()
            .take(12)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if PREFIX_SET.longest_at(&head, 0).is_some() {
            return true;
        }
    }
    let len = body.len();
    if len <= 60 {
        // only letters have case: a line without them is its own lower case
        let lowered: Vec<char>;
        let lower = if body.iter().any(|c| !is_han(*c) && c.is_alphabetic()) {
            lowered = body.iter().flat_map(|c| c.to_lowercase()).collect();
            &lowered[..]
        } else {
            body
        };
        if FRAGMENT_SET.occurs_in(lower, 0, lower.len()) {
            return true;
        }
        // breadcrumbs: "首页 > 陇原风采 > 正文", "太原新闻网 >> 综合新闻"
        if lower.iter().any(|c| matches!(c, '>' | '»')) && !lower.contains(&'。') {
            return true;
        }
    }
    // (a line with Han characters stops at its first one: most lines are prose)
    if body.iter().any(|&c| is_han(c)) {
        // injected phone numbers: a short line made mostly of a phone number
        return len <= 40
            && body.iter().filter(|&&c| is_han(c)).count() <= 8
            && !body.contains(&'。')
            && has_phone_number(body);
    }
    let latin1 = body
        .iter()
        .filter(|&&c| ('\u{0080}'..='\u{00FF}').contains(&c))
        .count();
    // image hashes and file names: long hex runs; mojibake: Latin-1 letters and no Han
    is_hex_line(body) || latin1 * 4 >= len || (len <= 40 && has_phone_number(body))
}

fn is_hex_line(body: &[char]) -> bool {
    let mut run = 0;
    let mut best = 0;
    for c in body {
        if c.is_ascii_hexdigit() {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best >= 16
}

/// A mobile (1[3-9] + 9 digits) or a landline (0xx(x)-xxxxxxx(x)) number.
fn has_phone_number(body: &[char]) -> bool {
    let mut i = 0;
    while i < body.len() {
        if body[i].is_ascii_digit() {
            let s = i;
            while i < body.len() && (body[i].is_ascii_digit() || body[i] == '-') {
                i += 1;
            }
            let run = &body[s..i];
            let digits = run.iter().filter(|c| c.is_ascii_digit()).count();
            let mobile = digits == 11 && run[0] == '1' && !run.contains(&'-');
            let landline = run[0] == '0' && run.contains(&'-') && (10..=12).contains(&digits);
            if mobile || landline {
                return true;
            }
        } else {
            i += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noise(s: &str) -> bool {
        is_noise_line(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn page_furniture_is_noise() {
        assert!(noise("来源：太原日报 作者：李杰华 2024年01月14日 06:55"));
        assert!(noise("(责编：张杰)"));
        assert!(noise("发布时间：2023-07-02 12:29:08"));
        assert!(noise(
            "欢迎访问 央媒驻甘记者联合会 网站，今天是2024年09月23日，星期一"
        ));
        assert!(noise("首页 > 陇原风采 > 正文"));
        assert!(noise("您当前的位置 ： 太原新闻网 >> 综合新闻"));
        assert!(noise("更多资讯，下载群众新闻"));
        assert!(noise("Copyright © 2024 某某市人民政府 版权所有"));
        assert!(noise("3f2a9c0d8e7b6a5f4e3d2c1b0a998877.jpg"));
        assert!(noise("咨询电话 029-86781234"));
        assert!(noise("Ã¤Â¸Â\u{AD}Ã¥Â›Â½"));
    }

    #[test]
    fn plan_text_is_not_noise() {
        assert!(!noise("一、坚持产业立城，全力增强发展动能"));
        assert!(!noise(
            "新增就业1.3万人以上，城镇调查失业率控制在5.5%以内。"
        ));
        assert!(!noise("在推动产业转型上再提升"));
        assert!(!noise("首先，要坚持稳中求进。"));
        assert!(!noise("全年地区生产总值增长8%-10%，规上工业增加值增长12%"));
    }
}
