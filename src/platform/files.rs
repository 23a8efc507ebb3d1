//! Reading files the user picked or dropped: their size (`Blob.size`, checked before reading) and
//! their bytes via `File.arrayBuffer()`, handed to [`crate::input::ingest::ingest`]. Browser-only glue;
//! what the bytes become is decided in [`crate::input::ingest`].

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;

/// A file's size in bytes, without reading it.
pub fn size(file: &web_sys::File) -> u64 {
    file.size().max(0.0) as u64
}

/// A file's bytes, or `None` if the browser could not read it.
pub async fn read(file: &web_sys::File) -> Option<Vec<u8>> {
    JsFuture::from(file.array_buffer())
        .await
        .ok()
        .map(|buf| Uint8Array::new(&buf).to_vec())
}

/// The files of a `FileList` (from an `<input type=file>` or a drop).
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Whether a drag carries files (not text or a link being dragged within the page).
pub fn dragging_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer().is_some_and(|d| {
        d.types()
            .includes(&wasm_bindgen::JsValue::from_str("Files"), 0)
    })
}
