//! The browser underneath: small DOM helpers ([`dom`]), reading picked or dropped files
//! ([`files`]), an async layer over IndexedDB ([`idb`]), the service worker ([`offline`]) and the
//! one way to reach `localStorage` ([`storage`]). No UI and no analysis; everything else asks these instead of `web_sys` directly.

pub mod dom;
pub mod files;
pub mod idb;
pub mod offline;

/// The page's `localStorage`, or `None` where the browser refuses it (private modes, sandboxed
/// frames, a disabled store): every caller then keeps its data in memory only.
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
