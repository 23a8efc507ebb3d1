//! Reading files the user picked or dropped: their bytes via `File.arrayBuffer()`, handed to
//! [`crate::ingest::ingest`]. Browser-only glue; what the bytes become is decided in `ingest`.

use js_sys::Uint8Array;
use wasm_bindgen_futures::JsFuture;

/// A file's name and bytes, or `None` if the browser could not read it.
pub async fn read(file: &web_sys::File) -> (String, Option<Vec<u8>>) {
    let name = file.name();
    let bytes = JsFuture::from(file.array_buffer())
        .await
        .ok()
        .map(|buf| Uint8Array::new(&buf).to_vec());
    (name, bytes)
}

/// The files of a `FileList` (from an `<input type=file>` or a drop).
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}
