//! In-browser tests of the corrections bar (headless Chromium via `wasm-bindgen-test-runner`):
//! a metric corrected with the form (opened in place in the tree and the table by the button or a
//! second Enter on the selected target; Enter saves, Escape cancels and gives the focus back), a false target deleted, a
//! missed one added from a passage selected in the source; undo and redo; the counts and marks;
//! a reload keeps the corrections and a share link carries them.
#![cfg(target_arch = "wasm32")]

use planlens_app::state::workspace::analyse_text;
use planlens_core::corrections::{keys_of, Correction, FieldEdit};
use planlens_core::share::SharedView;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Written for this test: three targets, and a number the extractor does not take for one.
const PLAN: &str = "某县2026年重点工作\n一、主要目标\n地区生产总值增长6%左右，新增城镇就业8000人。\n二、民生\n新建幼儿园5所。启动186号县道改造。\n";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn leaf_texts(root: &HtmlElement) -> Vec<String> {
    all(root, ".tree-view [data-testid=target]")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

fn set_input(root: &HtmlElement, id: &str, value: &str) {
    let input: HtmlInputElement = by_testid(root, id);
    input.set_value(value);
    fire(&input, "input");
}

async fn select_leaf(root: &HtmlElement, needle: &str) {
    let leaf = all(root, ".tree-view [data-testid=target]")
        .into_iter()
        .find(|e| e.text_content().unwrap_or_default().contains(needle))
        .unwrap_or_else(|| panic!("no leaf with {needle}: {:?}", leaf_texts(root)));
    leaf.click();
    flush().await;
}

#[wasm_bindgen_test]
async fn edit_delete_undo_and_redo_change_what_every_view_shows() {
    let root = mounted_with(PLAN).await;
    assert_eq!(text_of(&root, "target-count"), "3");
    // correct the first target's metric: the form opens with the fields as read
    select_leaf(&root, "地区生产总值").await;
    click(&root, "correct-edit");
    flush().await;
    let metric: HtmlInputElement = by_testid(&root, "correct-metric");
    assert_eq!(metric.value(), "地区生产总值");
    assert_eq!(
        by_testid::<HtmlInputElement>(&root, "correct-value").value(),
        "6"
    );
    // the form opens in place, under the target's line in the tree, its first field focused
    let in_tree = all(&root, ".tree-view li [data-testid=correct-form]");
    assert_eq!(in_tree.len(), 1, "in place, not in the bar");
    until("the metric field focused", || is_focused(&metric)).await;
    // Escape cancels and gives the focus back to the target
    press(&metric, "Escape", false);
    flush().await;
    assert_eq!(count_testid(&root, "correct-form"), 0);
    until("the focus back on the target", || {
        focused().is_some_and(|f| f.get_attribute("data-target").as_deref() == Some("0"))
    })
    .await;
    // a second Enter (a click) on the selected target opens the form too
    select_leaf(&root, "地区生产总值").await;
    flush().await;
    assert_eq!(count_testid(&root, "correct-form"), 1);
    set_input(&root, "correct-metric", "全县地区生产总值");
    set_input(&root, "correct-year", "2026");
    click(&root, "correct-save");
    flush().await;
    assert_eq!(count_testid(&root, "correct-form"), 0);
    let leaves = leaf_texts(&root);
    assert!(
        leaves[0].contains("全县地区生产总值") && leaves[0].contains("已更正"),
        "{leaves:?}"
    );
    assert_eq!(text_of(&root, "corrections-count").trim(), "1 处更正");
    // a bad number is refused with a message and nothing lost
    click(&root, "correct-edit");
    flush().await;
    set_input(&root, "correct-value", "六");
    click(&root, "correct-save");
    flush().await;
    assert_eq!(count_testid(&root, "correct-form"), 1);
    assert!(text_of(&root, "correct-problem").contains("数字"));
    click(&root, "correct-cancel");
    flush().await;
    // delete the second
    select_leaf(&root, "新增城镇就业").await;
    click(&root, "correct-delete");
    flush().await;
    assert_eq!(text_of(&root, "target-count"), "2");
    assert!(leaf_texts(&root)
        .iter()
        .all(|l| !l.contains("新增城镇就业")));
    // how well PlanLens did against these corrections: 3 read, 1 of them false, none missed
    assert_eq!(
        text_of(&root, "accuracy-line"),
        "F1 0.800 (P 0.667 R 1.000; tp 2 fp 1 fn 0)"
    );
    let fields = text_of(&root, "accuracy-fields");
    assert!(
        fields.contains("指标50.0%") && fields.contains("年份50.0%"),
        "one of the two matched renamed and dated: {fields}"
    );
    assert_eq!(count_testid(&root, "download-gold"), 1);
    // a target copied as a citation
    select_leaf(&root, "幼儿园").await;
    click(&root, "correct-cite");
    flush().await;
    assert!(text_of(&root, "corrections-problem").contains("引文已复制"));
    // the table shows the corrected values too
    click(&root, "tab-table");
    flush().await;
    let table = text_of(&root, "table-view");
    assert!(
        table.contains("全县地区生产总值") && !table.contains("新增城镇就业"),
        "{table}"
    );
    // Enter on the selected row opens the form under that row; Escape closes it
    let row = all(&root, ".table-view tbody tr[data-testid=target]")
        .into_iter()
        .find(|r| r.text_content().unwrap_or_default().contains("幼儿园"))
        .unwrap();
    row.click();
    flush().await;
    press(&row, "Enter", false);
    flush().await;
    let form_row = all(&root, ".table-view tr.edit-row [data-testid=correct-form]");
    assert_eq!(form_row.len(), 1);
    assert_eq!(count_testid(&root, "correct-form"), 1);
    assert_eq!(
        by_testid::<HtmlInputElement>(&root, "correct-metric").value(),
        "新建幼儿园"
    );
    press(
        &by_testid::<HtmlInputElement>(&root, "correct-metric"),
        "Escape",
        false,
    );
    flush().await;
    assert_eq!(count_testid(&root, "correct-form"), 0);
    // the table filters the corrected targets and those nobody changed
    let rows = |root: &HtmlElement| -> Vec<String> {
        all(root, ".table-view tbody tr")
            .iter()
            .map(|r| r.text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(rows(&root).len(), 2);
    choose(&root, "filter-origin", "corrected");
    flush().await;
    let corrected = rows(&root);
    assert!(
        corrected.len() == 1 && corrected[0].contains("全县地区生产总值"),
        "{corrected:?}"
    );
    // the rows shown copied as citations: as many as the filter leaves
    click(&root, "copy-rows");
    flush().await;
    assert_eq!(text_of(&root, "rows-copied"), "已复制 1 条引文。");
    choose(&root, "filter-origin", "extracted");
    flush().await;
    let unchanged = rows(&root);
    assert!(
        unchanged.len() == 1 && unchanged[0].contains("幼儿园"),
        "{unchanged:?}"
    );
    choose(&root, "filter-origin", "");
    flush().await;
    assert_eq!(rows(&root).len(), 2);
    click(&root, "tab-tree");
    flush().await;
    // undo twice, redo once
    click(&root, "correct-undo");
    flush().await;
    assert_eq!(text_of(&root, "target-count"), "3");
    click(&root, "correct-undo");
    flush().await;
    assert!(leaf_texts(&root)[0].starts_with("地区生产总值"));
    assert!(by_testid::<web_sys::HtmlButtonElement>(&root, "correct-undo").disabled());
    click(&root, "correct-redo");
    flush().await;
    assert!(leaf_texts(&root)[0].contains("全县地区生产总值"));
    // the autosave keeps the corrections: a reload shows them
    sleep(1200).await;
    let again = remounted().await;
    flush().await;
    assert!(
        leaf_texts(&again)[0].contains("全县地区生产总值"),
        "{:?}",
        leaf_texts(&again)
    );
    assert_eq!(text_of(&again, "corrections-count").trim(), "1 处更正");
}

#[wasm_bindgen_test]
async fn a_passage_selected_in_the_source_is_added_as_a_target() {
    let root = mounted_with(PLAN).await;
    click(&root, "tab-source");
    flush().await;
    // select 186号县道改造 in the source as a user drags over it
    let pre: HtmlElement = by_testid(&root, "source-text");
    let walker = document().create_tree_walker(&pre).unwrap();
    let needle = "186号县道改造";
    let mut node = walker.next_node().unwrap();
    let (text_node, at) = loop {
        let n = node.expect("the text node holding the passage");
        if n.node_type() == web_sys::Node::TEXT_NODE {
            let t = n.text_content().unwrap_or_default();
            if let Some(b) = t.find(needle) {
                break (n, t[..b].encode_utf16().count() as u32);
            }
        }
        node = walker.next_node().unwrap();
    };
    let range = document().create_range().unwrap();
    range.set_start(&text_node, at).unwrap();
    range
        .set_end(&text_node, at + needle.encode_utf16().count() as u32)
        .unwrap();
    let sel = web_sys::window().unwrap().get_selection().unwrap().unwrap();
    sel.remove_all_ranges().unwrap();
    sel.add_range(&range).unwrap();
    click(&root, "correct-add");
    flush().await;
    // the form opens on the new target (the core reads no target in the passage: the fields are
    // for the user to fill), already in the tree as added
    assert_eq!(count_testid(&root, "correct-form"), 1);
    assert_eq!(text_of(&root, "target-count"), "4");
    set_input(&root, "correct-metric", "改造县道");
    set_input(&root, "correct-value", "1");
    set_input(&root, "correct-unit", "条");
    click(&root, "correct-save");
    flush().await;
    assert_eq!(text_of(&root, "target-count"), "4");
    click(&root, "tab-tree");
    flush().await;
    let added = leaf_texts(&root)
        .into_iter()
        .find(|l| l.contains("改造县道"))
        .expect("the added target in the tree, under its heading");
    assert!(added.contains("新增") && added.contains("1条"), "{added}");
    // nothing selected: a message, nothing added
    web_sys::window()
        .unwrap()
        .get_selection()
        .unwrap()
        .unwrap()
        .remove_all_ranges()
        .unwrap();
    click(&root, "correct-add");
    flush().await;
    assert!(text_of(&root, "corrections-problem").contains("选中"));
    assert_eq!(text_of(&root, "target-count"), "4");
}

#[wasm_bindgen_test]
async fn a_share_link_carries_the_corrections() {
    let doc = analyse_text("p.txt", PLAN);
    let keys = keys_of(&doc.targets);
    let corrections = vec![
        Correction::edit(
            keys[0].clone(),
            vec![FieldEdit::Metric("链接里的指标".into())],
        ),
        Correction::delete(keys[1].clone()),
    ];
    let view = SharedView {
        documents: vec![shared_text(&doc.name, PLAN, vec![], corrections)],
        tab: planlens_core::share::Tab::Tree,
        selected: Some(0),
        compare: vec![0],
        ..SharedView::default()
    };
    let linked = mounted_at_link(&view).await;
    flush().await;
    assert_eq!(text_of(&linked, "target-count"), "2");
    let leaves = leaf_texts(&linked);
    assert!(leaves[0].contains("链接里的指标"), "{leaves:?}");
    assert_eq!(text_of(&linked, "corrections-count").trim(), "2 处更正");
}

#[wasm_bindgen_test]
async fn a_correction_whose_target_moved_is_listed_and_given_to_the_target_now_read() {
    use planlens_core::corrections::{quote_hash, Key};
    let doc = analyse_text("p.txt", PLAN);
    let t = &doc.targets[2];
    // made on an older reading of the phrase, one character shorter than the one read now
    let span = [t.span[0], t.span[1] - 1];
    let passage: String = PLAN.chars().skip(span[0]).take(span[1] - span[0]).collect();
    let key = Key {
        span,
        hash: quote_hash(&passage),
        nth: 0,
    };
    let view = SharedView {
        documents: vec![shared_text(
            &doc.name,
            PLAN,
            vec![],
            vec![Correction::edit(
                key,
                vec![FieldEdit::Metric("新建公办幼儿园".into())],
            )],
        )],
        tab: planlens_core::share::Tab::Tree,
        selected: Some(0),
        compare: vec![0],
        ..SharedView::default()
    };
    let root = mounted_at_link(&view).await;
    flush().await;
    assert!(text_of(&root, "corrections-review").contains("1 处需复核"));
    let list = text_of(&root, "review-list");
    assert!(
        list.contains("更正：指标 → 新建公办幼儿园") && list.contains(&passage),
        "{list}"
    );
    assert!(!leaf_texts(&root)
        .iter()
        .any(|l| l.contains("新建公办幼儿园")));
    // given to the target read over that passage now: applied, nothing left to review
    click(&root, "review-give");
    flush().await;
    assert_eq!(count_testid(&root, "review-list"), 0);
    assert!(
        leaf_texts(&root)
            .iter()
            .any(|l| l.contains("新建公办幼儿园") && l.contains("已更正")),
        "{:?}",
        leaf_texts(&root)
    );
    // undo brings it back to review; dropping it leaves the target as read
    click(&root, "correct-undo");
    flush().await;
    assert_eq!(count_testid(&root, "review-entry"), 1);
    click(&root, "review-discard");
    flush().await;
    assert_eq!(count_testid(&root, "review-list"), 0);
    assert_eq!(text_of(&root, "corrections-count").trim(), "");
    assert!(leaf_texts(&root)
        .iter()
        .any(|l| l.starts_with("新建幼儿园")));
}
