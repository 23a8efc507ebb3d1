//! Adding documents: the input panel (paste box, add button, file picker, drop anywhere, the
//! built-in examples), what a pasted or loaded text or file becomes ([`ingest`]) and a web table
//! pasted as HTML turned into tab-separated rows ([`html_paste`]), and PDF files read in the
//! analysis worker ([`pdf`]).

pub mod examples;
pub mod html_paste;
pub mod ingest;
pub mod panel;
pub mod pdf;

pub use panel::InputPanel;
