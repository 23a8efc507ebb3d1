//! The source text cut into plain runs and (possibly nested) target runs, for rendering with text
//! nodes and `<mark>` elements (never HTML). Spans are Unicode-scalar offsets. Every target gets
//! exactly one run: targets sharing characters (`A、B分别…`, `各1个`) nest, the longer outside;
//! a span that crosses the end of an enclosing one is cut at that end. A passage (a milestone's
//! span, opened from the timeline) is one more run, nested like a target's.

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
    let whole = Highlights::new(text, targets, passage, usize::MAX);
    if whole.is_empty() {
        return Vec::new();
    }
    whole.block_runs(text, 0)
}

/// The text's highlights cut into blocks of about `lines` lines, each ending after a line break
/// that no highlight covers (a highlight is never split), for rendering long texts in blocks the
/// browser can skip while they are off screen. Only where the blocks start is found at once (a
/// pass over the line breaks); a block's runs are made when it is rendered ([`Self::block_runs`]),
/// so that a plan of 2 M characters does not cut all its text into runs before its first lines show.
#[derive(Debug, Clone)]
pub struct Highlights {
    /// `(start, end, target)` of every target and of the passage, sorted as [`build`] takes them.
    items: Vec<(usize, usize, usize)>,
    blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy)]
struct Block {
    /// `[start, end)` in chars and in bytes.
    chars: [usize; 2],
    bytes: [usize; 2],
    /// The range of `items` whose runs are in this block.
    items: [usize; 2],
}

impl Highlights {
    pub fn new(text: &str, targets: &[Target], passage: Option<[usize; 2]>, lines: usize) -> Self {
        // one pass over the text: its length in chars and its line breaks (char and byte offsets)
        let mut breaks: Vec<(usize, usize)> = Vec::new();
        let (mut c, mut b) = (0, 0);
        for (at, _) in text.match_indices('\n') {
            c += text[b..at].chars().count();
            breaks.push((c, at));
            (c, b) = (c + 1, at + 1);
        }
        let chars = c + text[b..].chars().count();
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
        let tops: Vec<(usize, usize, usize, usize)> = outermost(&items, 0, chars).collect();
        let mut blocks = Vec::new();
        let mut open = Block {
            chars: [0, 0],
            bytes: [0, 0],
            items: [0, 0],
        };
        let (mut seen, mut top) = (0, 0);
        for (c, b) in breaks {
            while top < tops.len() && tops[top].1 <= c {
                top += 1;
            }
            let covered = top < tops.len() && tops[top].0 <= c;
            if covered {
                continue;
            }
            seen += 1;
            if seen >= lines {
                let first_after = tops.get(top).map_or(items.len(), |t| t.2);
                open.chars[1] = c + 1;
                open.bytes[1] = b + 1;
                open.items[1] = first_after;
                blocks.push(open);
                open = Block {
                    chars: [c + 1, c + 1],
                    bytes: [b + 1, b + 1],
                    items: [first_after, first_after],
                };
                seen = 0;
            }
        }
        if open.chars[0] < chars || open.items[0] < items.len() {
            open.chars[1] = chars;
            open.bytes[1] = text.len();
            open.items[1] = items.len();
            blocks.push(open);
        }
        Highlights { items, blocks }
    }

    /// The number of blocks.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// Whether there is no block (an empty text).
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The block that holds target `i`'s run (or the passage's, for `None`).
    pub fn block_of(&self, i: Option<usize>) -> Option<usize> {
        let want = i.unwrap_or(PASSAGE);
        let at = self.items.iter().position(|it| it.2 == want)?;
        Some(self.blocks.partition_point(|b| b.items[1] <= at))
    }

    /// The runs of block `k` of `text` (the text these highlights were made from).
    pub fn block_runs(&self, text: &str, k: usize) -> Vec<Run> {
        let block = self.blocks[k];
        let [from, to] = block.chars;
        let items = &self.items[block.items[0]..block.items[1]];
        // the byte offset of every char offset a run of the block can start or end at
        let mut cuts: Vec<usize> = items
            .iter()
            .flat_map(|&(s, e, _)| [s.clamp(from, to), e.clamp(from, to)])
            .chain([from, to])
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        let part = &text[block.bytes[0]..block.bytes[1]];
        let mut bytes = Vec::with_capacity(cuts.len());
        let mut next = 0;
        for (ci, (bi, _)) in part
            .char_indices()
            .chain(std::iter::once((part.len(), ' ')))
            .enumerate()
        {
            while next < cuts.len() && cuts[next] == from + ci {
                bytes.push(block.bytes[0] + bi);
                next += 1;
            }
            if next == cuts.len() {
                break;
            }
        }
        let slice = |s: usize, e: usize| {
            let b = |c: usize| {
                cuts.binary_search(&c)
                    .ok()
                    .and_then(|k| bytes.get(k).copied())
                    .unwrap_or(block.bytes[1])
            };
            text[b(s)..b(e)].to_string()
        };
        build(items, from, to, &slice)
    }
}

/// The outermost runs of `items` (sorted) between `from` and `to`, as `(start, end, k, j)`: the run
/// of `items[k]`, with `items[k + 1..j]` inside it (a span that crosses its end is cut there).
fn outermost(
    items: &[(usize, usize, usize)],
    from: usize,
    to: usize,
) -> impl Iterator<Item = (usize, usize, usize, usize)> + '_ {
    let (mut pos, mut k) = (from, 0);
    std::iter::from_fn(move || {
        let &(s, e, _) = items.get(k)?;
        let s = s.clamp(pos, to);
        let e = e.min(to).max(s);
        let mut j = k + 1;
        while j < items.len() && items[j].0 < e {
            j += 1;
        }
        let run = (s, e, k, j);
        (pos, k) = (e, j);
        Some(run)
    })
}

fn build(
    items: &[(usize, usize, usize)],
    from: usize,
    to: usize,
    slice: &dyn Fn(usize, usize) -> String,
) -> Vec<Run> {
    let mut out = Vec::new();
    let mut pos = from;
    for (s, e, k, j) in outermost(items, from, to) {
        if s > pos {
            out.push(Run::Text(slice(pos, s)));
        }
        let children = build(&items[k + 1..j], s, e, slice);
        out.push(match items[k].2 {
            PASSAGE => Run::Passage { children },
            target => Run::Mark { target, children },
        });
        pos = e;
    }
    if pos < to {
        out.push(Run::Text(slice(pos, to)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use planlens_core::analyse;

    /// The blocks as the source view cut them before [`Highlights`]: all the text's runs made
    /// first, then cut after every `lines`-th line break of a plain run. The reference the
    /// blocks made one at a time must equal.
    fn blocks(runs: Vec<Run>, lines: usize) -> Vec<Vec<Run>> {
        let mut out = Vec::new();
        let mut block = Vec::new();
        let mut seen = 0;
        for run in runs {
            match run {
                Run::Text(t) => {
                    let mut rest = t.as_str();
                    while let Some(k) = rest.find('\n') {
                        seen += 1;
                        let (head, tail) = rest.split_at(k + 1);
                        push_text(&mut block, head);
                        rest = tail;
                        if seen >= lines {
                            out.push(std::mem::take(&mut block));
                            seen = 0;
                        }
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

    fn push_text(block: &mut Vec<Run>, text: &str) {
        if let Some(Run::Text(last)) = block.last_mut() {
            last.push_str(text);
        } else {
            block.push(Run::Text(text.to_string()));
        }
    }

    fn one_at_a_time(
        text: &str,
        targets: &[Target],
        passage: Option<[usize; 2]>,
        lines: usize,
    ) -> Vec<Vec<Run>> {
        let h = Highlights::new(text, targets, passage, lines);
        (0..h.len()).map(|k| h.block_runs(text, k)).collect()
    }

    #[test]
    fn blocks_made_one_at_a_time_are_the_blocks_of_all_the_runs() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        let mut texts: Vec<String> = Vec::new();
        for sub in ["seeds", "dev/docs"] {
            for entry in std::fs::read_dir(format!("{dir}/{sub}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        assert!(texts.len() >= 19);
        // shapes at the edges: no line break, breaks only, a target on the last character
        texts.push("新增就业1万人".into());
        texts.push("\n\n\n".into());
        texts.push("一、目标\n新建学校3所\n\n新增就业1万人。\n".into());
        let mut checked = 0;
        for text in &texts {
            let doc = analyse("t", text);
            let chars = text.chars().count();
            let passages = [None, Some([chars / 3, chars / 3 + 40]), Some([0, chars])];
            for passage in passages {
                for lines in [1, 2, 40] {
                    let whole = blocks(runs(text, &doc.targets, passage), lines);
                    let cut = one_at_a_time(text, &doc.targets, passage, lines);
                    assert!(
                        cut == whole,
                        "{lines} lines, passage {passage:?}, {:?}",
                        &text[..text.len().min(60)]
                    );
                    checked += cut.len();
                    let h = Highlights::new(text, &doc.targets, passage, lines);
                    for i in (0..doc.targets.len()).step_by(7) {
                        let k = h.block_of(Some(i)).unwrap();
                        assert!(
                            cut[k].iter().any(|r| r.contains(i)),
                            "target {i} in block {k}"
                        );
                    }
                    if let Some(k) = h.block_of(None) {
                        assert!(cut[k].iter().any(Run::has_passage));
                    }
                }
            }
        }
        assert!(checked > 1_000, "{checked}");
    }

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
