//! PlanLens (规划透镜) web app: Leptos components rendered client-side (CSR) in the browser.
//!
//! The crate is a library so that `tests/` can mount [`App`] in a headless browser; the binary
//! (`src/main.rs`) only mounts it onto `<body>`. Text analysis lives in `planlens-core`;
//! components here only hold UI state and render what the core computed.

pub mod app;
pub mod autosave;
pub mod components;
pub mod doc_filter;
pub mod dom;
pub mod examples;
pub mod exporting;
pub mod files;
pub mod highlight;
pub mod html_paste;
pub mod i18n;
pub mod idb;
pub mod identity_edit;
pub mod ingest;
pub mod limits;
pub mod linking;
pub mod model;
pub mod persist;
pub mod saved;
pub mod share_text;
pub mod sharing;
pub mod state;
pub mod storage_text;
pub mod sync;

pub use app::App;
