//! Plain text from HTML on the clipboard, for a table copied from a web page: the paste box gets
//! the page's block-level text as lines and each `<table>` as rows of tab-separated cell texts
//! (one `<tr>` a line), which the analysis reads as a table. It is the same reading as a saved web
//! page's ([`planlens_core::formats::html`]): the HTML is only scanned for its tags and text, so
//! nothing in it runs (scripts, event handlers), loads (images, styles) or is put into the page,
//! and the page's Content-Security-Policy has nothing to report.
//! Without a `<table>` the paste is left to the browser (its `text/plain` goes in as it is).
//!
//! Cells: white space inside a cell collapses to single spaces, so a cell never breaks its row;
//! `colspan` cells are followed by empty cells and `rowspan` cells repeat down their column, so
//! every row keeps its columns (see the core's notes).

use planlens_core::formats::html;

/// The largest HTML this reads; a larger clipboard is left to the browser's plain-text paste.
pub const MAX_HTML_BYTES: usize = crate::input::ingest::MAX_TEXT_BYTES;

/// The text of `html` (see the module's notes) if it holds a `<table>`; `None` otherwise, or if
/// it is larger than [`MAX_HTML_BYTES`].
pub fn text_of_html(html: &str) -> Option<String> {
    if html.len() > MAX_HTML_BYTES || !html::mentions_table(html) {
        return None;
    }
    Some(html::text(html))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clipboard_table_becomes_tab_separated_rows() {
        let html = "<html><head><style>td{x:1}</style></head><body style=\"color:red\"><!--StartFragment-->\
            <p class=a onclick='x()'>增长 6% &amp; 3 &lt; 5</p>\
            <table border=1><tr><TD colspan=\"2\" style=\"a>b\">甲</TD><td rowspan = '2'>乙</td></tr>\
            <tr><td>1</td><td>2</td></tr></table><script>alert(1)</script>\
            <img src=x onerror=alert(1)/><textarea><b>不是标签</b></textarea></body></html>";
        assert_eq!(
            text_of_html(html).as_deref(),
            Some("增长 6% & 3 < 5\n甲\t\t乙\n1\t2\t乙")
        );
        assert_eq!(text_of_html("<p>表</p>"), None);
        let big = format!("<table>{}", "x".repeat(MAX_HTML_BYTES));
        assert_eq!(text_of_html(&big), None);
    }
}
