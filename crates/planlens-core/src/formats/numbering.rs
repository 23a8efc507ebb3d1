//! Word's automatic numbering (`word/numbering.xml`): the labels Word shows before numbered
//! paragraphs (`一、`, `（一）`, `1.`, `①`), which are not in the paragraphs' text. Government
//! documents number their headings this way, and the heading tree needs the labels to tell the
//! levels apart, so the derived text carries them as Word displays them.
//!
//! - A paragraph's numbering is its own `w:numPr` or its style's (`numId`, `ilvl`); `numId` 0 is
//!   none.
//! - Counters are kept per list (`numId`) and level, starting at the level's `w:start`; numbering
//!   a level restarts the levels below it.
//! - Formats: decimal, full-width decimal, Chinese counting (`一`…`九十九`), circled numbers,
//!   letters and Roman numerals; bullets and `none` give no label (a bullet is a symbol, not text).

use super::markup::{attr, Scanner, Token};

/// One level of a list definition.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Level {
    start: usize,
    format: String,
    text: String,
}

/// The list definitions of `numbering.xml` and the counters of the lists used so far.
#[derive(Debug, Default)]
pub struct Numbering {
    /// Per list (`numId`): its levels.
    lists: Vec<(String, Vec<Level>)>,
    /// Per list and level: the last number given.
    counters: Vec<(String, Vec<usize>)>,
}

/// `n` in Chinese counting (`一` … `九十九`); decimal beyond.
fn chinese(n: usize) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => D[n].to_string(),
        10..=19 => format!("十{}", if n > 10 { D[n - 10] } else { "" }),
        20..=99 => format!(
            "{}十{}",
            D[n / 10],
            if n.is_multiple_of(10) { "" } else { D[n % 10] }
        ),
        _ => n.to_string(),
    }
}

fn letters(n: usize, upper: bool) -> String {
    let base = if upper { b'A' } else { b'a' };
    let c = char::from(base + ((n.max(1) - 1) % 26) as u8);
    c.to_string().repeat((n.max(1) - 1) / 26 + 1)
}

fn roman(mut n: usize, upper: bool) -> String {
    const R: [(usize, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (v, s) in R {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `n` written in the list format `format`; `None` for formats without a label.
fn written(n: usize, format: &str) -> Option<String> {
    Some(match format {
        "bullet" | "none" => return None,
        "chineseCounting"
        | "chineseCountingThousand"
        | "ideographTraditional"
        | "chineseLegalSimplified"
        | "ideographDigital"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => chinese(n),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
            .collect(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32('①' as u32 + n as u32 - 1)
                .map(String::from)
                .unwrap_or_default()
        }
        "upperLetter" => letters(n, true),
        "lowerLetter" => letters(n, false),
        "upperRoman" => roman(n, true),
        "lowerRoman" => roman(n, false),
        _ => n.to_string(),
    })
}

impl Numbering {
    /// The lists of `numbering.xml`.
    pub fn parse(xml: &str) -> Self {
        let mut abstracts: Vec<(String, Vec<Level>)> = Vec::new();
        let mut nums: Vec<(String, String)> = Vec::new();
        let (mut in_abstract, mut level, mut num): (Option<String>, Option<usize>, Option<String>) =
            (None, None, None);
        let mut levels: Vec<Level> = Vec::new();
        for token in Scanner::new(xml, false) {
            match token {
                Token::Start { name, attrs, .. } => match name.as_str() {
                    "w:abstractnum" => {
                        in_abstract = attr(attrs, "w:abstractNumId");
                        levels.clear();
                    }
                    "w:lvl" if in_abstract.is_some() => {
                        let i = attr(attrs, "w:ilvl")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(0);
                        let i = usize::min(i, 8);
                        if levels.len() <= i {
                            levels.resize(i + 1, Level::default());
                        }
                        levels[i].start = 1;
                        level = Some(i);
                    }
                    "w:start" | "w:numfmt" | "w:lvltext" => {
                        if let Some(l) = level.and_then(|i| levels.get_mut(i)) {
                            let v = attr(attrs, "w:val").unwrap_or_default();
                            match name.as_str() {
                                "w:start" => l.start = v.parse().unwrap_or(1),
                                "w:numfmt" => l.format = v,
                                _ => l.text = v,
                            }
                        }
                    }
                    "w:num" => num = attr(attrs, "w:numId"),
                    "w:abstractnumid" => {
                        if let (Some(n), Some(a)) = (num.as_ref(), attr(attrs, "w:val")) {
                            nums.push((n.clone(), a));
                        }
                    }
                    _ => {}
                },
                Token::End(name) => match name.as_str() {
                    "w:lvl" => level = None,
                    "w:abstractnum" => {
                        if let Some(id) = in_abstract.take() {
                            abstracts.push((id, std::mem::take(&mut levels)));
                        }
                    }
                    "w:num" => num = None,
                    _ => {}
                },
                _ => {}
            }
        }
        let lists = nums
            .into_iter()
            .filter_map(|(n, a)| {
                let levels = abstracts.iter().find(|(id, _)| *id == a)?.1.clone();
                Some((n, levels))
            })
            .collect();
        Numbering {
            lists,
            counters: Vec::new(),
        }
    }

    /// The label of the next paragraph numbered in list `num` at level `ilvl` (counting it), or
    /// `None` for a list or level without a label.
    pub fn label(&mut self, num: &str, ilvl: usize) -> Option<String> {
        let levels = &self.lists.iter().find(|(n, _)| n == num)?.1;
        let this = levels.get(ilvl)?;
        let at = match self.counters.iter().position(|(n, _)| n == num) {
            Some(at) => at,
            None => {
                self.counters.push((num.to_string(), Vec::new()));
                self.counters.len() - 1
            }
        };
        let counts = &mut self.counters[at].1;
        if counts.len() <= ilvl {
            // levels not yet used stand at their start
            let from = counts.len();
            counts.extend(
                (from..=ilvl).map(|l| levels.get(l).map_or(0, |v| v.start.saturating_sub(1))),
            );
        }
        counts[ilvl] += 1;
        counts.truncate(ilvl + 1);
        written(counts[ilvl], &this.format)?;
        let mut text = this.text.clone();
        for (l, &n) in counts.iter().enumerate().rev() {
            let format = levels.get(l).map_or("decimal", |v| v.format.as_str());
            let shown = written(n.max(1), format).unwrap_or_default();
            text = text.replace(&format!("%{}", l + 1), &shown);
        }
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering>
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="19"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="4"/></w:num>
</w:numbering>"#;

    #[test]
    fn labels_count_per_level_and_restart_below() {
        let mut n = Numbering::parse(XML);
        let got: Vec<Option<String>> = [0, 1, 1, 2, 0, 1, 2, 2]
            .into_iter()
            .map(|l| n.label("1", l))
            .collect();
        let want = [
            "一、",
            "（一）",
            "（二）",
            "一.1.",
            "二、",
            "（一）",
            "二.1.",
            "二.2.",
        ];
        assert_eq!(got, want.map(|w| Some(w.to_string())));
        // bullets have no label; circled numbers start where the level says
        assert_eq!(n.label("2", 0), None);
        assert_eq!(n.label("2", 1).as_deref(), Some("⑲"));
        assert_eq!(n.label("2", 1).as_deref(), Some("⑳"));
        assert_eq!(n.label("2", 1).as_deref(), Some("21"));
        assert_eq!(n.label("9", 0), None);
        assert_eq!(n.label("1", 7), None);
    }

    #[test]
    fn number_formats() {
        assert_eq!(
            [1, 10, 11, 20, 35, 99, 100].map(chinese),
            ["一", "十", "十一", "二十", "三十五", "九十九", "100"]
        );
        assert_eq!(written(12, "decimalFullWidth").as_deref(), Some("１２"));
        assert_eq!(written(28, "upperLetter").as_deref(), Some("BB"));
        assert_eq!(written(14, "lowerRoman").as_deref(), Some("xiv"));
        assert_eq!(written(3, "none"), None);
    }
}
