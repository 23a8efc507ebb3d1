//! GB18030 (and so GBK and GB2312) bytes to text by the browser's own `TextDecoder`, strict
//! (`fatal`: bytes that are not GB18030 are an error, not replacement characters), so that the
//! app's wasm does not carry a decoder of its own. What the core's `decode_with` is given.

use web_sys::{TextDecoder, TextDecoderOptions};

/// The text of `bytes` read as GB18030, or `None` when they are not GB18030 (or the browser has
/// no such decoder).
pub fn gb18030(bytes: &[u8]) -> Option<String> {
    let options = TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}
