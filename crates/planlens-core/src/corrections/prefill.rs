//! A target read from a span the user selected in the source, for adding one the extractor
//! missed: the span and quote are the selection's, the section the headings around it, and the
//! other fields what the core reads in the selected text on its own (the user then fixes them).

use crate::model::{Comparator, Document, Node, Status, Target};
use crate::units::UnitKind;

/// The titles of the headings whose spans hold `span`, from the outermost (the headline, where
/// there is one) to the nearest, as in `Target::section`.
pub fn section_at(tree: &[Node], span: [usize; 2]) -> Vec<String> {
    let mut out = Vec::new();
    let mut nodes = tree;
    while let Some(n) = nodes
        .iter()
        .find(|n| n.span[0] <= span[0] && span[1] <= n.span[1])
    {
        out.push(n.title.clone());
        nodes = &n.children;
    }
    out
}

/// Puts target `index` under the deepest heading whose span holds `span`; false when no heading
/// does (the target stays loose, as targets before the first heading are).
pub fn place_in_tree(tree: &mut [Node], index: usize, span: [usize; 2]) -> bool {
    let Some(n) = tree
        .iter_mut()
        .find(|n| n.span[0] <= span[0] && span[1] <= n.span[1])
    else {
        return false;
    };
    if !place_in_tree(&mut n.children, index, span) {
        n.targets.push(index);
    }
    true
}

/// The target to add for the selection `span` (`[start, end)`, characters of `doc`'s text): its
/// fields read from the selected text where the core finds a target in it (`true`), else empty
/// for the user to fill (`false`). None when the document has no text or the span is not in it.
pub fn read_span(doc: &Document, span: [usize; 2]) -> Option<(Target, bool)> {
    let quote = quote_at(doc, span)?;
    let reading = crate::analyse("", &quote);
    Some(from_reading(doc, span, quote, &reading))
}

/// The original text of `span` in `doc`; None when the document has no text, the span is empty
/// or runs past the end.
pub fn quote_at(doc: &Document, span: [usize; 2]) -> Option<String> {
    let text = doc.text.as_deref()?;
    if span[0] >= span[1] {
        return None;
    }
    let quote: String = text.chars().skip(span[0]).take(span[1] - span[0]).collect();
    (quote.chars().count() == span[1] - span[0]).then_some(quote)
}

/// [`read_span`] with the selected text (`quote`) already analysed into `reading` (the app has
/// its analysis worker do that, so that the page itself carries no extractor).
pub fn from_reading(
    doc: &Document,
    span: [usize; 2],
    quote: String,
    reading: &Document,
) -> (Target, bool) {
    let found = !reading.targets.is_empty();
    let mut t = reading
        .targets
        .first()
        .cloned()
        .unwrap_or_else(|| empty_target(span));
    t.span = span;
    t.quote = quote;
    t.section = section_at(&doc.tree, span);
    (t, found)
}

/// A target with nothing read yet, at `span`.
pub fn empty_target(span: [usize; 2]) -> Target {
    Target {
        metric: String::new(),
        verb: None,
        value: 0.0,
        value_max: None,
        unit: String::new(),
        unit_kind: UnitKind::default(),
        comparator: Comparator::Eq,
        deadline: None,
        tier: None,
        status: Status::Target,
        year: None,
        binding: None,
        place: None,
        section: Vec::new(),
        span,
        quote: String::new(),
        origin: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "某市2026年工作要点\n一、主要目标\n地区生产总值增长6%左右。\n二、民生\n（一）教育\n新建幼儿园5所，改造校舍3万平方米。\n";

    fn doc() -> Document {
        let mut d = crate::analyse("t.txt", PLAN);
        d.text = Some(PLAN.to_string());
        d
    }

    fn span_of(needle: &str) -> [usize; 2] {
        let b = PLAN.find(needle).unwrap();
        let s = PLAN[..b].chars().count();
        [s, s + needle.chars().count()]
    }

    #[test]
    fn the_section_of_a_span_is_what_the_extractor_gives_its_targets() {
        let d = doc();
        assert!(d.targets.len() >= 3, "{:?}", d.targets);
        for t in &d.targets {
            assert_eq!(section_at(&d.tree, t.span), t.section, "{}", t.quote);
        }
        assert_eq!(
            section_at(&d.tree, span_of("新建幼儿园5所")),
            ["某市2026年工作要点", "民生", "教育"]
        );
    }

    #[test]
    fn a_selection_is_read_into_a_target_with_the_selections_bounds() {
        let d = doc();
        let span = span_of("改造校舍3万平方米");
        let (t, found) = read_span(&d, span).unwrap();
        assert!(found);
        assert_eq!((t.value, t.unit.as_str()), (3.0, "万平方米"));
        assert_eq!(t.span, span);
        assert_eq!(t.quote, "改造校舍3万平方米");
        assert_eq!(t.section, ["某市2026年工作要点", "民生", "教育"]);
        // nothing to read: an empty target at the selection, for the user to fill
        let (t, found) = read_span(&d, span_of("民生")).unwrap();
        assert!(!found);
        assert_eq!((t.quote.as_str(), t.metric.as_str()), ("民生", ""));
        // outside the text, empty, or no text kept: nothing
        assert!(read_span(&d, [5, 5]).is_none());
        assert!(read_span(&d, [0, 10_000]).is_none());
        let mut bare = d.clone();
        bare.text = None;
        assert!(read_span(&bare, span).is_none());
    }

    #[test]
    fn a_target_is_placed_under_its_deepest_heading() {
        let mut d = doc();
        let span = span_of("改造校舍");
        assert!(place_in_tree(&mut d.tree, 99, span));
        let min = &d.tree[0];
        let deepest = min
            .children
            .iter()
            .flat_map(|c| c.children.iter())
            .find(|n| n.targets.contains(&99));
        assert_eq!(deepest.map(|n| n.title.as_str()), Some("教育"));
        assert!(!place_in_tree(&mut d.tree, 100, [10_000, 10_001]));
    }
}
