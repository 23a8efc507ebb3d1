//! PlanLens (规划透镜) web app: Leptos components rendered client-side (CSR) in the browser.
//!
//! The crate is a library so that `tests/` can mount [`App`] in a headless browser; the binary
//! (`src/main.rs`) only mounts it onto `<body>`. Text analysis lives in `planlens-core`;
//! components here only hold UI state and render what the core computed.
//!
//! One module per feature, its pure logic (tested natively) beside its view: [`state`] (the
//! reactive state and the workspace), [`persist`] (saving, tabs in sync), [`input`] (adding
//! documents), [`documents`] (the document list), [`views`] (tree, table, source, summary,
//! compare), [`share`] (links and saved views), [`chrome`] (header and notices), [`i18n`] (every
//! string) and [`platform`] (the browser underneath).

pub mod app;
pub mod chrome;
pub mod documents;
pub mod i18n;
pub mod input;
pub mod persist;
pub mod platform;
pub mod share;
pub mod state;
pub mod views;

pub use app::App;
