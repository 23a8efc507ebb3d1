//! The browser underneath: the analysis worker's transport ([`analysis_worker`]), small DOM helpers ([`dom`]), reading picked or dropped files
//! ([`files`]), an async layer over IndexedDB ([`idb`]), the service worker ([`offline`]), GB18030 text by the browser's decoder ([`text`]) and the
//! one way to reach `localStorage` ([`storage`]). No UI and no analysis; everything else asks these instead of `web_sys` directly.

pub mod analysis_worker;
pub mod dom;
pub mod files;
pub mod idb;
pub mod offline;
pub mod text;

/// The page's `localStorage`, or `None` where the browser refuses it (private modes, sandboxed
/// frames, a disabled store): every caller then keeps its data in memory only.
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
