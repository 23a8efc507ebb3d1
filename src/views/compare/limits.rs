//! The app's limits, chosen so that nothing freezes the page for long, and what it says when one
//! is reached. The core's limits (documents per link or file, text size) are
//! `planlens_core::import::MAX_DOCUMENTS` and friends; these are the app's own.

use crate::i18n::Lang;

/// At most this many documents in the compare view at once: the panel of 200 county reports
/// (9,400 values, 220 place-and-year columns) opens in well under a second in a release build and
/// is paged by 50 lines; beyond it the panel takes longer to build and is too wide to read.
pub const MAX_COMPARED: usize = 200;

/// The compare view asks to narrow the choice.
pub fn too_many_compared(lang: Lang, chosen: usize) -> String {
    match lang {
        Lang::Zh => format!(
            "已选择 {chosen} 份文档；一次最多对比 {MAX_COMPARED} 份。请在上方取消选择一些文档，或只对比前 {MAX_COMPARED} 份。"
        ),
        Lang::En => format!(
            "{chosen} documents are chosen; at most {MAX_COMPARED} can be compared at once. Untick some above, or compare the first {MAX_COMPARED}."
        ),
    }
}

/// The button that keeps the first [`MAX_COMPARED`] documents.
pub fn compare_first(lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("只对比前 {MAX_COMPARED} 份"),
        Lang::En => format!("Compare the first {MAX_COMPARED}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_is_named_in_both_languages() {
        assert!(too_many_compared(Lang::Zh, 250).contains("250 份"));
        assert!(too_many_compared(Lang::En, 250).contains("at most 200"));
        assert_eq!(compare_first(Lang::En), "Compare the first 200");
    }
}
