//! What a PDF page carries besides the plan: page numbers (`— 3 —`, `-3-`, `第3页`, `3/50`) and
//! running headers and footers (the same line at the top or bottom of several pages), dropped
//! before the lines are read.

use super::layout::Row;

/// The top and bottom share of a page where headers, footers and page numbers are looked for.
const BAND: f64 = 0.12;

/// How many rows at the top and at the bottom of a page are looked at.
const EDGE_ROWS: usize = 2;

/// Whether `text` is a page number alone: digits (or `N/M`) with dashes, spaces, `第…页`, `Page`
/// around them.
pub fn is_page_number(text: &str) -> bool {
    let dash = |c: char| c.is_whitespace() || "-‐‑‒–—―－~·•_|".contains(c);
    let t = text.trim_matches(dash);
    let t = t.strip_prefix("第").map_or(t, str::trim);
    let t = t.strip_suffix('页').map_or(t, str::trim);
    let lower = t.to_ascii_lowercase();
    let t = lower.strip_prefix("page").map_or(lower.as_str(), str::trim);
    let number = |s: &str| {
        let s = s.trim();
        let s = s.strip_prefix("共").map_or(s, str::trim);
        let s = s.strip_suffix('页').map_or(s, str::trim);
        !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())
    };
    match t.split_once(['/', '／']) {
        Some((a, b)) => number(a) && number(b),
        None => number(t),
    }
}

/// A row's text made comparable across pages: no white space, digits as `#`.
fn key(row: &Row) -> String {
    row.text()
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// The indices of the rows at the top or bottom edge of a page of `height` points.
fn edge_rows(rows: &[Row], height: f64) -> Vec<usize> {
    let (top, bottom) = if height > 0.0 {
        (height * BAND, height * (1.0 - BAND))
    } else {
        let lo = rows.iter().map(|r| r.top).fold(f64::INFINITY, f64::min);
        let hi = rows
            .iter()
            .map(|r| r.bottom)
            .fold(f64::NEG_INFINITY, f64::max);
        (lo + (hi - lo) * BAND, hi - (hi - lo) * BAND)
    };
    let n = rows.len();
    (0..n)
        .filter(|&i| i < EDGE_ROWS || i + EDGE_ROWS >= n)
        .filter(|&i| rows[i].bottom <= top || rows[i].top >= bottom)
        .collect()
}

/// Drops page numbers and running headers and footers from each page's rows (`pages` holds each
/// page's height and rows, top to bottom). A header or footer is an edge row whose [`key`] is an
/// edge row of at least two pages and of at least 30 % of them.
pub fn strip(pages: Vec<(f64, Vec<Row>)>) -> Vec<Vec<Row>> {
    let edges: Vec<Vec<usize>> = pages.iter().map(|(h, rows)| edge_rows(rows, *h)).collect();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for ((_, rows), edge) in pages.iter().zip(&edges) {
        let mut keys: Vec<String> = edge.iter().map(|&i| key(&rows[i])).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let repeated = (pages.len() * 3).div_ceil(10).max(2);
    pages
        .into_iter()
        .zip(edges)
        .map(|((_, rows), edge)| {
            rows.into_iter()
                .enumerate()
                .filter(|(i, row)| {
                    !edge.contains(i)
                        || !(is_page_number(&row.text())
                            || seen.get(&key(row)).is_some_and(|&n| n >= repeated))
                })
                .map(|(_, row)| row)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_their_usual_forms() {
        for t in [
            "— 3 —",
            "-3-",
            "- 12 -",
            "3",
            "第3页",
            "第 3 页",
            "3/50",
            "第3页/共50页",
            "Page 7",
            "—1—",
            "－ 4 －",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2025年", "一、目标", "增长3%", "", "—", "12345", "3.5"] {
            assert!(!is_page_number(t), "{t}");
        }
    }
}
