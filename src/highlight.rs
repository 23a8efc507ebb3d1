//! The source text cut into plain runs and target runs, for rendering with text nodes and `<mark>`
//! elements (never HTML). Spans are Unicode-scalar offsets; overlapping spans keep the first.

use planlens_core::Target;

/// A run of the original text; `target` is the index of the target it highlights, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub text: String,
    pub target: Option<usize>,
}

/// Cuts `text` at the targets' spans (in one walk over the text).
pub fn segments(text: &str, targets: &[Target]) -> Vec<Segment> {
    let mut order: Vec<usize> = (0..targets.len()).collect();
    order.sort_by_key(|&i| (targets[i].span[0], i));
    // byte offset of every char offset we cut at
    let mut cuts: Vec<usize> = targets.iter().flat_map(|t| t.span).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut byte_at = std::collections::HashMap::with_capacity(cuts.len() + 1);
    byte_at.insert(0, 0);
    let mut next = 0;
    for (ci, (bi, _)) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .enumerate()
    {
        while next < cuts.len() && cuts[next] == ci {
            byte_at.insert(ci, bi);
            next += 1;
        }
        if next == cuts.len() {
            break;
        }
    }
    let byte = |c: usize| byte_at.get(&c).copied().unwrap_or(text.len());
    let mut out = Vec::with_capacity(order.len() * 2 + 1);
    let mut pos = 0; // char offset reached
    for i in order {
        let [s, e] = targets[i].span;
        if s < pos || e <= s {
            continue;
        }
        if s > pos {
            out.push(Segment {
                text: text[byte(pos)..byte(s)].to_string(),
                target: None,
            });
        }
        out.push(Segment {
            text: text[byte(s)..byte(e)].to_string(),
            target: Some(i),
        });
        pos = e;
    }
    let start = byte(pos);
    if start < text.len() {
        out.push(Segment {
            text: text[start..].to_string(),
            target: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use planlens_core::analyse;

    #[test]
    fn runs_cover_the_text_and_marks_match_quotes() {
        let text = "一、目標\n地區生產總值增長6%左右，新增就业1.3万人以上。<b>x</b>";
        let doc = analyse("t", text);
        let segs = segments(text, &doc.targets);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        let marks: Vec<&Segment> = segs.iter().filter(|s| s.target.is_some()).collect();
        assert_eq!(marks.len(), doc.targets.len());
        for m in marks {
            assert_eq!(m.text, doc.targets[m.target.unwrap()].quote);
        }
    }

    #[test]
    fn no_targets_one_run() {
        assert_eq!(segments("abc", &[]).len(), 1);
        assert!(segments("", &[]).is_empty());
    }
}
