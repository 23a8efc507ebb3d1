//! Share links as plain Rust (unit-tested natively): the app's view becomes the core's
//! [`SharedView`] and back. Building a view picks what travels (texts, or analyses without their
//! text); opening one merges its documents into the workspace (identical documents, by
//! `text_hash`, are not added twice) and says what to select, keeping the recipient's language (a
//! link still carries the sender's, which is ignored). Telling a link from an address that only
//! looks like one is here too. Encoding and decoding are the core's; the texts a link carries are
//! analysed by the caller (the analysis worker) before the view is opened ([`texts_of`]).

use planlens_core::share::{looks_like_link, SharedDocument, SharedFilter, SharedView};
use planlens_core::table::{Filter, Pick};
use planlens_core::{Binding, Document};

use crate::i18n::Lang;
use crate::state::workspace::Workspace;
use crate::state::Tab;

/// What a link carries for each document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShareKind {
    /// The original texts (the recipient analyses them again).
    #[default]
    Texts,
    /// The analyses without their texts (shorter for long plans).
    Analysis,
}

/// The UI state a link restores besides the documents.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewState {
    pub tab: Tab,
    pub target: Option<usize>,
    pub filter: Filter,
    /// Ids of documents left out of the compare view.
    pub compare_off: Vec<u32>,
    /// The language written into a link (the sender's); opening keeps the recipient's.
    pub lang: Lang,
}

fn shared_filter(f: &Filter) -> SharedFilter {
    SharedFilter {
        text: f.text.clone(),
        section: f.section.clone(),
        status: f.status,
        tier: f.tier.clone(),
        kind: f.kind,
        binding: some_code(f.binding.code()),
        year: some_code(f.year.code()),
        origin: f.origin,
    }
}

/// A pick's code as a link carries it: nothing for "any".
fn some_code(code: String) -> Option<String> {
    (!code.is_empty()).then_some(code)
}

fn filter_of(f: &SharedFilter) -> Filter {
    Filter {
        text: f.text.clone(),
        section: f.section.clone(),
        status: f.status,
        tier: f.tier.clone(),
        kind: f.kind,
        binding: Pick::<Binding>::from_code(f.binding.as_deref().unwrap_or_default()),
        year: Pick::<u32>::from_code(f.year.as_deref().unwrap_or_default()),
        origin: f.origin,
    }
}

fn shared_document(doc: &Document, kind: ShareKind) -> SharedDocument {
    match (kind, &doc.text) {
        (ShareKind::Texts, Some(text)) => SharedDocument::Text {
            name: doc.name.clone(),
            text: text.clone(),
            title: Some(doc.title.clone()),
            place: doc.place.clone(),
            year: doc.year,
            period: doc.period,
            kind: doc.kind,
            marks: doc.marks.clone(),
            corrections: doc.corrections.clone(),
        },
        _ => {
            let mut d = doc.clone();
            d.text = None;
            SharedDocument::Analysis { doc: d }
        }
    }
}

/// The view of the whole workspace as a link carries it.
pub fn view_of(ws: &Workspace, state: &ViewState, kind: ShareKind) -> SharedView {
    let entries = ws.entries();
    let selected = ws
        .selected_id()
        .and_then(|id| entries.iter().position(|e| e.id == id));
    SharedView {
        documents: entries
            .iter()
            .map(|e| shared_document(e.doc.stored(), kind))
            .collect(),
        tab: state.tab,
        selected,
        target: selected.and(state.target),
        filter: shared_filter(&state.filter),
        compare: entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !state.compare_off.contains(&e.id))
            .map(|(k, _)| k)
            .collect(),
        lang: state.lang.into(),
    }
}

/// The (name, text) of each document the view carries as a text, in order: what must be analysed
/// before [`open`].
pub fn texts_of(view: &SharedView) -> Vec<(&str, &str)> {
    view.documents
        .iter()
        .filter_map(|d| match d {
            SharedDocument::Text { name, text, .. } => Some((name.as_str(), text.as_str())),
            SharedDocument::Analysis { .. } => None,
        })
        .collect()
}

/// The analysed document a shared one stands for; a text's analysis is the next of `analysed`
/// (`None` if there is none left: that document is not opened).
fn document_of(
    shared: &SharedDocument,
    analysed: &mut impl Iterator<Item = Document>,
) -> Option<Document> {
    match shared {
        SharedDocument::Text {
            name,
            text,
            title,
            place,
            year,
            period,
            kind,
            marks,
            corrections,
        } => {
            let mut doc = analysed.next()?;
            doc.name = name.clone();
            doc.text = Some(text.clone());
            if let Some(t) = title.as_ref().filter(|t| !t.trim().is_empty()) {
                doc.title = t.clone();
            }
            if place.is_some() {
                doc.place = place.clone();
            }
            if year.is_some() {
                doc.year = *year;
            }
            if period.is_some() {
                doc.period = *period;
            }
            if kind.is_some() {
                doc.kind = *kind;
            }
            // the sender's year and period date the milestones
            planlens_core::milestones::redate(&mut doc);
            doc.marks = marks.clone();
            doc.corrections = corrections.clone();
            Some(doc)
        }
        SharedDocument::Analysis { doc } => Some(doc.clone()),
    }
}

/// Adds the view's documents to `ws` (a document whose `text_hash` is already there is reused),
/// selects the view's document and returns the rest of the view's state. `analysed` are the
/// analyses of [`texts_of`]'s texts, in that order. The language is always `current`, the
/// recipient's: the language the link carries is the sender's and is ignored.
pub fn open(
    ws: &mut Workspace,
    view: &SharedView,
    analysed: Vec<Document>,
    current: Lang,
) -> ViewState {
    ws.forget_removed();
    let before = ws.selected_id();
    let mut analysed = analysed.into_iter();
    let ids: Vec<Option<u32>> = view
        .documents
        .iter()
        .map(|shared| {
            let doc = document_of(shared, &mut analysed)?;
            Some(
                match ws
                    .entries()
                    .iter()
                    .find(|e| e.doc.text_hash == doc.text_hash)
                {
                    Some(e) => e.id,
                    None => ws.add_document(doc),
                },
            )
        })
        .collect();
    let id_of = |k: usize| ids.get(k).copied().flatten();
    match view.selected.and_then(id_of) {
        Some(id) => ws.select(id),
        None => match before {
            Some(id) => ws.select(id),
            None => {
                if let Some(id) = ids.iter().copied().flatten().next() {
                    ws.select(id)
                }
            }
        },
    }
    let compared: Vec<u32> = view.compare.iter().filter_map(|&k| id_of(k)).collect();
    let compare_off = if view.compare.is_empty() {
        Vec::new()
    } else {
        ws.entries()
            .iter()
            .map(|e| e.id)
            .filter(|id| !compared.contains(id))
            .collect()
    };
    ViewState {
        tab: view.tab,
        target: view.selected.and(view.target),
        filter: filter_of(&view.filter),
        compare_off,
        lang: current,
    }
}

/// What a location hash is to the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashKind {
    /// Meant as a share link (the core's `looks_like_link`: `v` and digits, with or without the
    /// data): opened, or the core's error for it shown.
    Link,
    /// Starts like a share link but is not even that (`v=…`, `v2abc…`): the user is told, since a
    /// link mangled on its way would otherwise be ignored without a word.
    NearLink,
    /// Anything else (or nothing): left alone.
    Other,
}

/// Classifies a location hash (with or without `#`).
pub fn classify_hash(hash: &str) -> HashKind {
    if is_link(hash) {
        return HashKind::Link;
    }
    let frag = hash.strip_prefix('#').unwrap_or(hash).trim();
    let near = frag
        .strip_prefix(['v', 'V'])
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c == '='));
    if near {
        HashKind::NearLink
    } else {
        HashKind::Other
    }
}

/// Whether a location hash (with or without `#`) is meant as a share link (see [`HashKind::Link`]).
pub fn is_link(hash: &str) -> bool {
    looks_like_link(hash)
}

#[cfg(test)]
mod tests {
    use super::*;
    use planlens_core::corrections::Origin;
    use planlens_core::share::{decode, encode};
    use planlens_core::units::UnitKind;
    use planlens_core::DocKind;

    use crate::state::workspace::analyse_text;

    /// Opens `view` with its texts analysed here.
    fn open(ws: &mut Workspace, view: &SharedView, current: Lang) -> ViewState {
        let analysed = texts_of(view)
            .into_iter()
            .map(|(name, text)| analyse_text(name, text))
            .collect();
        super::open(ws, view, analysed, current)
    }

    const A: &str = "一、目标\n新增就业1万人，新建学校3所。";
    const B: &str = "二、目标\n地区生产总值增长6%。";

    fn state() -> ViewState {
        ViewState {
            tab: Tab::Table,
            target: Some(1),
            filter: Filter {
                text: "就业".into(),
                kind: Some(UnitKind::Count),
                ..Filter::default()
            },
            compare_off: vec![],
            lang: Lang::En,
        }
    }

    #[test]
    fn a_text_link_keeps_the_edited_kind_and_period() {
        let mut ws = Workspace::default();
        ws.add_document(analyse_text("a.txt", A));
        let id = ws.entries()[0].id;
        ws.select(id);
        ws.set_period_kind(id, Some([2021, 2025]), Some(DocKind::SectorPlan));
        let link = encode(&view_of(&ws, &state(), ShareKind::Texts));
        let mut other = Workspace::default();
        open(&mut other, &decode(&link).unwrap(), Lang::Zh);
        let got = other.selected().unwrap();
        assert_eq!(
            (got.period, got.kind),
            (Some([2021, 2025]), Some(DocKind::SectorPlan))
        );
        // not edited: the recipient's own reading (none for this text)
        let mut ws = Workspace::default();
        ws.add_document(analyse_text("a.txt", A));
        let link = encode(&view_of(&ws, &state(), ShareKind::Texts));
        let mut other = Workspace::default();
        open(&mut other, &decode(&link).unwrap(), Lang::Zh);
        let got = other.entries()[0].doc.clone();
        assert_eq!((got.period, got.kind), (None, None));
    }

    #[test]
    fn a_link_restores_the_view_in_an_empty_workspace() {
        let mut ws = Workspace::default();
        ws.add_document(analyse_text("a.txt", A));
        ws.add_document(analyse_text("b.txt", B));
        let first = ws.entries()[0].id;
        ws.select(first);
        ws.rename(first, "甲");
        for kind in [ShareKind::Texts, ShareKind::Analysis] {
            let link = encode(&view_of(&ws, &state(), kind));
            let view = decode(&format!("https://x.org/#{link}")).unwrap();
            let mut other = Workspace::default();
            let got = open(&mut other, &view, Lang::Zh);
            let want = ViewState {
                lang: Lang::Zh,
                ..state()
            };
            assert_eq!(got, want, "the view, in the recipient's language");
            assert_eq!(other.entries().len(), 2);
            let sel = other.selected().unwrap();
            assert_eq!(sel.title, "甲");
            assert_eq!(sel.targets.len(), 2);
            assert_eq!(sel.text.is_some(), kind == ShareKind::Texts);
        }
    }

    #[test]
    fn year_binding_and_origin_filters_travel_and_older_links_have_none() {
        let mut ws = Workspace::default();
        ws.add_document(analyse_text("a.txt", A));
        for (binding, year) in [
            (Pick::Is(Binding::Binding), Pick::Is(2025)),
            (Pick::Is(Binding::Expected), Pick::Unstated),
            (Pick::Unstated, Pick::Any),
        ] {
            let mut st = state();
            st.filter.binding = binding;
            st.filter.year = year;
            let view = decode(&encode(&view_of(&ws, &st, ShareKind::Texts))).unwrap();
            let got = open(&mut Workspace::default(), &view, Lang::En);
            assert_eq!((got.filter.binding, got.filter.year), (binding, year));
        }
        // the origin filter of a corrected document travels too
        let mut st = state();
        st.filter.origin = Some(Origin::Corrected);
        let view = decode(&encode(&view_of(&ws, &st, ShareKind::Texts))).unwrap();
        let got = open(&mut Workspace::default(), &view, Lang::En);
        assert_eq!(got.filter.origin, Some(Origin::Corrected));
        // a filter as links wrote it before year, binding and origin existed
        let old: SharedFilter = serde_json::from_str(r#"{"text":"就业","kind":"count"}"#).unwrap();
        let f = filter_of(&old);
        assert_eq!((f.binding, f.year, f.origin), (Pick::Any, Pick::Any, None));
        assert_eq!(f.kind, Some(UnitKind::Count));
        // an origin this build does not know (a newer PlanLens's) reads as no filter
        let newer: SharedFilter = serde_json::from_str(r#"{"origin":"imported"}"#).unwrap();
        assert_eq!(filter_of(&newer).origin, None);
        // and a filter choosing neither writes neither
        let json = serde_json::to_string(&shared_filter(&Filter::default())).unwrap();
        assert_eq!(json, "{}");
    }

    #[test]
    fn opening_keeps_the_workspace_and_skips_identical_documents() {
        let mut ws = Workspace::default();
        ws.add_document(analyse_text("a.txt", A));
        let mut mine = Workspace::default();
        mine.add_document(analyse_text("mine.txt", A));
        mine.add_document(analyse_text("c.txt", "三\n新建公园2个。"));
        let mut st = state();
        st.target = None;
        let view = view_of(&ws, &st, ShareKind::Texts);
        let got = open(&mut mine, &view, Lang::Zh);
        assert_eq!(mine.entries().len(), 2);
        assert_eq!(mine.selected_id(), Some(mine.entries()[0].id));
        // only the shared document is compared
        assert_eq!(got.compare_off, vec![mine.entries()[1].id]);
    }

    #[test]
    fn a_link_keeps_the_recipients_language() {
        let mut ws = Workspace::default();
        ws.add_document(analyse_text("a.txt", A));
        for (sender, recipient) in [(Lang::En, Lang::Zh), (Lang::Zh, Lang::En)] {
            let st = ViewState {
                lang: sender,
                ..state()
            };
            let link = encode(&view_of(&ws, &st, ShareKind::Texts));
            let view = decode(&link).unwrap();
            assert_eq!(
                view.lang,
                planlens_core::share::LinkLang::from(sender),
                "still carried"
            );
            let got = open(&mut Workspace::default(), &view, recipient);
            assert_eq!(got.lang, recipient);
        }
    }

    #[test]
    fn near_links_are_told_apart() {
        for h in [
            "#v2=abc",
            "v1=abc",
            "#v10=x",
            "#V1=abc",
            "#v1",
            "#v3=",
            "#v 3=abc",
            "#v2%3Dabc",
        ] {
            assert_eq!(classify_hash(h), HashKind::Link, "{h}");
        }
        for h in ["#v=abc", "#V=abc", "#v2abc"] {
            assert_eq!(classify_hash(h), HashKind::NearLink, "{h}");
        }
        for h in ["", "#", "#v", "#section-2", "#video", "#views", "#top"] {
            assert_eq!(classify_hash(h), HashKind::Other, "{h}");
        }
    }

    #[test]
    fn link_fragments() {
        assert!(is_link("#v2=abc"));
        assert!(is_link("v9=abc"));
        assert!(!is_link("#section-2"));
        assert!(!is_link("#v=abc"));
        assert!(!is_link(""));
    }
}
