//! Presentational building blocks of the page, one small module per component.

mod header;
mod paste_area;
mod results;

pub use header::AppHeader;
pub use paste_area::PasteArea;
pub use results::ResultsArea;
