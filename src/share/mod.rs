//! Sharing and saved views: the app's view as the core's `SharedView` and back ([`view`]), share
//! links in the running page ([`link`]), encoded and decoded by the analysis worker ([`codec`]), the share button's panel ([`panel`]), saved views kept
//! in `localStorage` ([`saved`]) and their panel with the workspace file ([`saved_panel`]). Their
//! strings are in [`crate::i18n::share_text`].

pub mod codec;
pub mod link;
pub mod panel;
pub mod saved;
pub mod saved_panel;
pub mod view;

pub use saved_panel::SavedViews;
