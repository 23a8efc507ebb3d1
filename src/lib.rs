//! PlanLens (规划透镜) web app: Leptos components rendered client-side (CSR) in the browser.
//!
//! The crate is a library so that `tests/` can mount [`App`] in a headless browser; the binary
//! (`src/main.rs`) only mounts it onto `<body>`. Text analysis lives in `planlens-core`;
//! components here only hold UI state and render it.

pub mod app;
pub mod components;
pub mod state;

pub use app::App;
