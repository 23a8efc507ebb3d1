//! In-browser tests of the analysis path without the app's page around it: the worker transport
//! when the worker cannot run (this runner serves no `analysis-worker.js`: the job fails as a
//! crash, once, and no new worker is started in a loop), and the cache in front of the analyser
//! (the same name and text are analysed once). The worker itself is tested end to end in
//! tests/e2e/worker.spec.mjs.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use planlens_app::platform::analysis_worker::{self, Failure, Spec};
use planlens_app::state::analysis;
use planlens_app::state::workspace::Workspace;
use planlens_app::state::AppState;
use planlens_core::Document;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

mod browser;
use browser::sleep;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_worker_that_cannot_start_fails_its_job_as_a_crash_and_is_not_restarted_in_a_loop() {
    let fields = [("text", JsValue::from_str("新增就业1万人。"))];
    let got = analysis_worker::run(Spec {
        op: "analyse",
        fields: &fields,
        bytes: 20,
        lane: None,
        key: None,
        progress: None,
    })
    .await;
    assert!(matches!(got, Err(Failure::Crashed(_))), "{got:?}");
    let started = analysis_worker::started();
    sleep(300).await;
    assert!(
        analysis_worker::started() <= started + 1,
        "no worker is started again and again with nothing to run"
    );
}

static CALLS: AtomicUsize = AtomicUsize::new(0);

fn counting(name: &str, text: &str) -> Document {
    CALLS.fetch_add(1, Ordering::SeqCst);
    planlens_core::analyse(name, text)
}

#[wasm_bindgen_test]
async fn the_same_text_is_analysed_once_and_keeps_its_text() {
    // a mounted app sets up the executor the state's memos run on; this state has its own owner
    browser::mounted().await;
    analysis::analyse_here(counting);
    let owner = Owner::new();
    owner.set();
    let st = AppState::new(Workspace::default(), Default::default(), Default::default());
    let text = "一、目标\n新增就业1万人，新建学校3所。";
    let first = analysis::analyse(st, "a.txt", text, None).await.unwrap();
    assert!(analysis::is_cached("a.txt", text));
    let again = analysis::analyse(st, "a.txt", text, None).await.unwrap();
    assert_eq!(
        CALLS.load(Ordering::SeqCst),
        1,
        "the second came from the cache"
    );
    assert_eq!(first, again);
    assert_eq!(again.text.as_deref(), Some(text));
    assert_eq!(again.targets.len(), 2);
    // another name is another key
    analysis::analyse(st, "b.txt", text, None).await.unwrap();
    assert_eq!(CALLS.load(Ordering::SeqCst), 2);
}
