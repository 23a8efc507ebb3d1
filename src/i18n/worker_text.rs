//! The strings of the analysis worker in 简体中文 and English: the progress line while a text is
//! analysed or a PDF read, and the error when the worker crashed.

use crate::i18n::Lang;

/// What the progress line says while `name` (`chars` characters; an empty name is the paste
/// box's text) is analysed.
pub fn analysing(lang: Lang, name: &str, chars: usize) -> String {
    match (lang, name.is_empty()) {
        (Lang::Zh, true) => format!("正在分析粘贴的文本（{chars} 字）…"),
        (Lang::Zh, false) => format!("正在分析《{name}》（{chars} 字）…"),
        (Lang::En, true) => format!("Analysing the pasted text ({chars} characters)…"),
        (Lang::En, false) => format!("Analysing “{name}” ({chars} characters)…"),
    }
}

/// What the progress line says while the PDF `name` is read: `page` of `pages` read (0 of 0
/// while PDF.js loads and opens it).
pub fn reading_pdf(lang: Lang, name: &str, page: u32, pages: u32) -> String {
    match (lang, pages) {
        (Lang::Zh, 0) => format!("正在打开 PDF《{name}》…"),
        (Lang::Zh, _) => format!("正在读取 PDF《{name}》：第 {page} / {pages} 页…"),
        (Lang::En, 0) => format!("Opening the PDF “{name}”…"),
        (Lang::En, _) => format!("Reading the PDF “{name}”: page {page} of {pages}…"),
    }
}

/// How many more texts wait behind the one shown.
pub fn queued(lang: Lang, more: usize) -> String {
    match lang {
        Lang::Zh => format!("另有 {more} 份等待分析"),
        Lang::En => format!("{more} more waiting"),
    }
}

/// The error notice when the analysis worker crashed (or refused a text).
pub fn analysis_failed(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "分析程序出错，这份文本未能分析。分析程序已重新启动，工作区中的文档不受影响；可以再试一次。",
        Lang::En => "The analysis stopped with an error, so this text was not analysed. It has been restarted and the workspace is as it was; you can try again.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_name_the_document() {
        for lang in [Lang::Zh, Lang::En] {
            assert!(analysing(lang, "plan.txt", 12).contains("plan.txt"));
            assert!(analysing(lang, "", 12).contains("12"));
            assert!(queued(lang, 2).contains('2'));
            assert!(reading_pdf(lang, "a.pdf", 3, 50).contains("50"));
            assert!(reading_pdf(lang, "a.pdf", 0, 0).contains("a.pdf"));
        }
        assert_ne!(analysis_failed(Lang::Zh), analysis_failed(Lang::En));
    }
}
