//! The source text cut into plain runs and (possibly nested) target runs, for rendering with text
//! nodes and `<mark>` elements (never HTML). Spans are Unicode-scalar offsets. Every target gets
//! exactly one run: targets sharing characters (`A、B分别…`, `各1个`) nest, the longer outside;
//! a span that crosses the end of an enclosing one is cut at that end. A passage (a milestone's
//! span, opened from the timeline) is one more run, nested like a target's.

use std::collections::HashMap;

use planlens_core::Target;

/// A run of the original text.
#[derive(Debug, Clone, PartialEq)]
pub enum Run {
    Text(String),
    /// The run of target `target`, made of plain text and nested targets' runs.
    Mark {
        target: usize,
        children: Vec<Run>,
    },
    /// The passage asked for, made of plain text and nested targets' runs.
    Passage {
        children: Vec<Run>,
    },
}

impl Run {
    /// Whether target `i` is this run or inside it.
    pub fn contains(&self, i: usize) -> bool {
        match self {
            Run::Text(_) => false,
            Run::Mark { target, children } => {
                *target == i || children.iter().any(|c| c.contains(i))
            }
            Run::Passage { children } => children.iter().any(|c| c.contains(i)),
        }
    }

    /// Whether the passage is this run or inside it.
    pub fn has_passage(&self) -> bool {
        match self {
            Run::Text(_) => false,
            Run::Mark { children, .. } => children.iter().any(Run::has_passage),
            Run::Passage { .. } => true,
        }
    }

    /// Whether another target's run stands inside this run.
    pub fn holds_target(&self) -> bool {
        let is_or_holds = |c: &Run| matches!(c, Run::Mark { .. }) || c.holds_target();
        match self {
            Run::Text(_) => false,
            Run::Mark { children, .. } | Run::Passage { children } => {
                children.iter().any(is_or_holds)
            }
        }
    }

    /// The run's text, nested runs included.
    pub fn text(&self) -> String {
        match self {
            Run::Text(t) => t.clone(),
            Run::Mark { children, .. } | Run::Passage { children } => {
                children.iter().map(Run::text).collect()
            }
        }
    }
}

/// The index [`build`] knows the passage by.
const PASSAGE: usize = usize::MAX;

/// Cuts `text` into runs at the targets' spans and at `passage` (`[start, end)`, chars).
pub fn runs(text: &str, targets: &[Target], passage: Option<[usize; 2]>) -> Vec<Run> {
    let chars = text.chars().count();
    let mut items: Vec<(usize, usize, usize)> = targets
        .iter()
        .enumerate()
        .map(|(i, t)| (t.span[0].min(chars), t.span[1].min(chars), i))
        .chain(
            passage
                .filter(|p| p[0] < p[1].min(chars))
                .map(|p| (p[0], p[1].min(chars), PASSAGE)),
        )
        .collect();
    items.sort_by_key(|&(s, e, i)| (s, std::cmp::Reverse(e), i));
    // byte offset of every char offset a run can start or end at
    let mut cuts: Vec<usize> = items.iter().flat_map(|&(s, e, _)| [s, e]).collect();
    cuts.push(0);
    cuts.sort_unstable();
    cuts.dedup();
    let mut byte_at = HashMap::with_capacity(cuts.len() + 1);
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
    byte_at.insert(chars, text.len());
    let slice = |s: usize, e: usize| {
        let b = |c: usize| byte_at.get(&c).copied().unwrap_or(text.len());
        text[b(s)..b(e)].to_string()
    };
    build(&items, 0, chars, &slice)
}

fn build(
    items: &[(usize, usize, usize)],
    from: usize,
    to: usize,
    slice: &dyn Fn(usize, usize) -> String,
) -> Vec<Run> {
    let mut out = Vec::new();
    let mut pos = from;
    let mut k = 0;
    while k < items.len() {
        let (s, e, i) = items[k];
        let s = s.clamp(pos, to);
        let e = e.min(to).max(s);
        let mut j = k + 1;
        while j < items.len() && items[j].0 < e {
            j += 1;
        }
        if s > pos {
            out.push(Run::Text(slice(pos, s)));
        }
        let children = build(&items[k + 1..j], s, e, slice);
        out.push(if i == PASSAGE {
            Run::Passage { children }
        } else {
            Run::Mark {
                target: i,
                children,
            }
        });
        pos = e;
        k = j;
    }
    if pos < to {
        out.push(Run::Text(slice(pos, to)));
    }
    out
}

/// The runs cut into blocks of about `lines` lines each, each ending after a line break of a
/// plain run (a highlight is never split), for rendering long texts in blocks the browser can skip
/// while they are off screen.
pub fn blocks(runs: Vec<Run>, lines: usize) -> Vec<Vec<Run>> {
    let mut out = Vec::new();
    let mut block = Vec::new();
    let mut seen = 0;
    for run in runs {
        match run {
            Run::Text(t) => {
                let mut rest = t.as_str();
                while let Some(k) = rest.find('\n') {
                    seen += 1;
                    if seen < lines {
                        let (head, tail) = rest.split_at(k + 1);
                        if !head.is_empty() {
                            push_text(&mut block, head);
                        }
                        rest = tail;
                        continue;
                    }
                    let (head, tail) = rest.split_at(k + 1);
                    push_text(&mut block, head);
                    out.push(std::mem::take(&mut block));
                    seen = 0;
                    rest = tail;
                }
                if !rest.is_empty() {
                    push_text(&mut block, rest);
                }
            }
            mark => block.push(mark),
        }
    }
    if !block.is_empty() {
        out.push(block);
    }
    out
}

/// Appends text to a block, joining it to a plain run that ends the block.
fn push_text(block: &mut Vec<Run>, text: &str) {
    if let Some(Run::Text(last)) = block.last_mut() {
        last.push_str(text);
    } else {
        block.push(Run::Text(text.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planlens_core::analyse;

    fn marks(runs: &[Run], out: &mut Vec<(usize, String)>) {
        for r in runs {
            match r {
                Run::Mark { target, children } => {
                    out.push((*target, r.text()));
                    marks(children, out);
                }
                Run::Passage { children } => marks(children, out),
                Run::Text(_) => {}
            }
        }
    }

    #[test]
    fn runs_cover_the_text_and_marks_match_quotes() {
        let text = "一、目標\n地區生產總值增長6%左右，新增就业1.3万人以上。<b>x</b>";
        let doc = analyse("t", text);
        let runs = runs(text, &doc.targets, None);
        let joined: String = runs.iter().map(Run::text).collect();
        assert_eq!(joined, text);
        let mut found = Vec::new();
        marks(&runs, &mut found);
        assert_eq!(found.len(), doc.targets.len());
        for (i, quote) in found {
            assert_eq!(quote, doc.targets[i].quote);
        }
    }

    #[test]
    fn shared_spans_nest_and_every_target_has_a_run() {
        let text =
            "一、目标\n新增孵化器、中试基地各1个，城镇和农村居民人均可支配收入分别增长5%和7%。";
        let doc = analyse("t", text);
        assert!(doc.targets.len() >= 4, "{:?}", doc.targets);
        let runs = runs(text, &doc.targets, None);
        let joined: String = runs.iter().map(Run::text).collect();
        assert_eq!(joined, text);
        let mut found = Vec::new();
        marks(&runs, &mut found);
        let mut ids: Vec<usize> = found.iter().map(|(i, _)| *i).collect();
        ids.sort_unstable();
        assert_eq!(ids, (0..doc.targets.len()).collect::<Vec<_>>());
        assert!(runs.iter().any(|r| r.contains(1)));
    }

    #[test]
    fn no_targets_one_run() {
        assert_eq!(runs("abc", &[], None), vec![Run::Text("abc".into())]);
        assert!(runs("", &[], None).is_empty());
    }

    #[test]
    fn blocks_cut_at_line_breaks_and_keep_everything() {
        let text = "一、目标\n新增就业1万人。\n新建学校3所。\n\n地区生产总值增长6%。\n尾";
        let doc = analyse("t", text);
        let all = runs(text, &doc.targets, None);
        let cut = blocks(all.clone(), 2);
        let joined: String = cut.iter().flatten().map(Run::text).collect();
        assert_eq!(joined, text);
        assert!(cut.len() >= 3, "{cut:?}");
        for b in &cut[..cut.len() - 1] {
            assert!(b.iter().map(Run::text).collect::<String>().ends_with('\n'));
        }
        let marks = |bs: &[Vec<Run>]| {
            let mut found = Vec::new();
            for b in bs {
                marks(b, &mut found);
            }
            found.len()
        };
        assert_eq!(marks(&cut), doc.targets.len());
        assert_eq!(blocks(Vec::new(), 40), Vec::<Vec<Run>>::new());
    }

    #[test]
    fn a_passage_is_one_run_around_or_inside_the_targets_and_nothing_is_lost() {
        let text = "一、目标\n新增就业1万人。市体育馆6月底前建成投用。\n";
        let doc = analyse("t", text);
        let at = |needle: &str| {
            let b = text.find(needle).unwrap();
            let s = text[..b].chars().count();
            [s, s + needle.chars().count()]
        };
        for passage in [at("市体育馆6月底前建成投用"), at("新增就业1万人。市体育馆")]
        {
            let runs = runs(text, &doc.targets, Some(passage));
            let joined: String = runs.iter().map(Run::text).collect();
            assert_eq!(joined, text);
            let found: Vec<String> = runs
                .iter()
                .filter(|r| r.has_passage())
                .map(Run::text)
                .collect();
            assert_eq!(found.len(), 1, "{runs:?}");
            let mut marks_found = Vec::new();
            marks(&runs, &mut marks_found);
            assert_eq!(marks_found.len(), doc.targets.len());
        }
        // a passage past the end of the text, or empty, is no run
        let runs_past = runs(text, &doc.targets, Some([500, 600]));
        assert!(!runs_past.iter().any(Run::has_passage));
    }
}
