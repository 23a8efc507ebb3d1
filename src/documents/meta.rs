//! A document's identity in one line, under its title in the document list and above its views:
//! `place · year-or-period · kind`, each part only where the document has it (no empty separators),
//! the kind as a badge ([`crate::views::badges::kind_badge`]). The separators are hidden from screen
//! readers, which hear each part on its own; a line breaks before a separator, never after one.

use leptos::prelude::*;
use planlens_core::Document;

use crate::i18n::Lang;
use crate::views::badges::kind_badge;

/// The place and the years of `doc` as words (`青岩县`, `2021—2025年` or `2024年`), those it has.
pub fn meta_words(doc: &Document, lang: Lang) -> Vec<String> {
    let when = match (doc.period, doc.year) {
        (Some(p), _) => Some(lang.period_chip(p)),
        (None, Some(y)) => Some(lang.year_chip(y)),
        (None, None) => None,
    };
    doc.place
        .clone()
        .filter(|p| !p.trim().is_empty())
        .into_iter()
        .chain(when)
        .collect()
}

/// The meta line of `doc` (nothing when it has no place, year, period or kind).
pub fn doc_meta(doc: &Document, lang: Lang) -> Option<AnyView> {
    let words = meta_words(doc, lang);
    if words.is_empty() && doc.kind.is_none() {
        return None;
    }
    let sep = || view! { <span class="meta-sep" aria-hidden="true">" · "</span> };
    let n = words.len();
    let has_place = doc.place.as_ref().is_some_and(|p| !p.trim().is_empty());
    // a part after the first keeps its separator in front of it on the same line
    let parts = words
        .into_iter()
        .enumerate()
        .map(|(k, w)| {
            let class = if k == 0 && has_place {
                "meta-part meta-place"
            } else {
                "meta-part meta-when"
            };
            view! { <span class=class>{(k > 0).then(sep)}{w}</span> }
        })
        .collect_view();
    let kind = doc
        .kind
        .map(|k| view! { <span class="meta-part">{(n > 0).then(sep)}{kind_badge(k, lang)}</span> });
    Some(
        view! { <span class="identity" data-testid="document-identity">{parts}{kind}</span> }
            .into_any(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::workspace::analyse_text;

    #[test]
    fn the_parts_a_document_has_and_no_others() {
        let mut d = analyse_text(
            "a.txt",
            "青岩县国民经济和社会发展第十四个五年规划纲要\n到2025年，森林覆盖率达到62%。\n",
        );
        assert_eq!(meta_words(&d, Lang::Zh), ["青岩县", "2021—2025年"]);
        assert_eq!(meta_words(&d, Lang::En), ["青岩县", "2021–2025"]);
        d.period = None;
        assert_eq!(meta_words(&d, Lang::Zh), ["青岩县", "2025年"]);
        d.place = None;
        assert_eq!(meta_words(&d, Lang::En), ["2025"]);
        d.year = None;
        assert!(meta_words(&d, Lang::Zh).is_empty());
        d.place = Some("  ".into());
        assert!(
            meta_words(&d, Lang::Zh).is_empty(),
            "a blank place is no part"
        );
    }
}
