//! Output formats of `planlens extract`: the JSON model, one JSON document per line (JSONL), one
//! CSV row per target, or an aligned table.
//!
//! JSON, JSONL and CSV are streamed ([`Streamed`]): each document is rendered on its own (by the
//! worker that analysed it) and the pieces are written in input order between the format's head
//! and tail, so that no more than a few documents are ever held; the table is built as a string,
//! since its column widths depend on every row.

use planlens_core::present::{kind_word, period_chip, status_code, value_chip};
use planlens_core::{table, Document, Export};
use serde::Serialize;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// Why the output could not be written.
#[derive(Debug)]
pub enum OutputError {
    /// Writing failed: a reader that went away, a full disk.
    Io(io::Error),
    /// The output could not be produced; the message says why.
    Render(String),
}

impl From<io::Error> for OutputError {
    fn from(e: io::Error) -> Self {
        OutputError::Io(e)
    }
}

/// A JSON error as an [`OutputError`]: the write error itself when it is one.
pub fn json_error(e: serde_json::Error) -> OutputError {
    if e.is_io() {
        OutputError::Io(e.into())
    } else {
        OutputError::Render(format!("cannot write JSON: {e}"))
    }
}

/// A CSV error as an [`OutputError`]: the write error itself when it is one.
pub fn csv_error(e: csv::Error) -> OutputError {
    if !e.is_io_error() {
        return OutputError::Render(format!("cannot write CSV: {e}"));
    }
    match e.into_kind() {
        csv::ErrorKind::Io(e) => OutputError::Io(e),
        other => OutputError::Render(format!("cannot write CSV: {other:?}")),
    }
}

/// Writes `value` as pretty-printed JSON followed by a newline, byte for byte what
/// `serde_json::to_string_pretty(value) + "\n"` gives, through [`Pretty`].
pub fn pretty_json<W: Write, T: serde::Serialize + ?Sized>(
    out: &mut W,
    value: &T,
) -> Result<(), OutputError> {
    let mut ser = serde_json::Serializer::with_formatter(&mut *out, Pretty::default());
    value.serialize(&mut ser).map_err(json_error)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// A line break, or a comma and a line break, then two spaces per indentation level: sliced so
/// that each new line of the JSON is one write.
const BREAK_AND_INDENT: &[u8] =
    b",\n                                                                ";

/// serde_json's `PrettyFormatter` with its two-space indent, writing the same bytes, but each line
/// break and its indentation in one write rather than one write per level: with millions of
/// targets (five levels deep) the JSON is written about twice as fast.
#[derive(Default)]
pub struct Pretty {
    /// Open arrays and objects.
    depth: usize,
    /// Whether the innermost open array or object has a value yet.
    has_value: bool,
}

impl Pretty {
    /// A line break (after a comma unless `first`) and the indentation of the current depth.
    #[inline]
    fn new_line<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        let start = usize::from(first);
        let end = 2 + 2 * self.depth;
        if end <= BREAK_AND_INDENT.len() {
            return w.write_all(&BREAK_AND_INDENT[start..end]);
        }
        w.write_all(&BREAK_AND_INDENT[start..2])?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    #[inline]
    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    #[inline]
    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(w, true)?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Pretty {
    #[inline]
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    #[inline]
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    #[inline]
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.new_line(w, first)
    }

    #[inline]
    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    #[inline]
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    #[inline]
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    #[inline]
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.new_line(w, first)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    #[inline]
    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Bytes reserved per target for a rendered piece: a target's pretty JSON with its share of the
/// tree is about 760 bytes in the seeds and dev corpus, its CSV row or compact JSON less.
const RESERVED_PER_TARGET: usize = 1024;

/// A streamed output format: a head, one piece per document (rendered by [`Streamed::render`],
/// which any thread may call), and a tail. JSON is byte for byte the pretty-printed model of all
/// the documents at once ([`pretty_json`] of an [`Export`]), CSV the core's `table::to_csv` of all
/// their targets; JSONL is one compact JSON document per line.
pub enum Streamed {
    /// The JSON model, its documents written one by one into its `documents` array.
    Json(JsonFrame),
    /// One document per line.
    Jsonl,
    /// One row per target under one header row.
    Csv,
}

impl Streamed {
    /// What comes before the first document.
    pub fn start<W: Write>(&self, out: &mut W) -> Result<(), OutputError> {
        match self {
            Streamed::Json(frame) => out.write_all(&frame.head)?,
            Streamed::Jsonl => {}
            Streamed::Csv => out.write_all(table::to_csv(&[]).as_bytes())?,
        }
        Ok(())
    }

    /// Writes one document's piece of the output (what [`Streamed::put`] writes of a rendered one).
    pub fn piece<W: Write>(&self, out: &mut W, doc: &Document) -> Result<(), OutputError> {
        match self {
            Streamed::Json(frame) => {
                let mut ser = serde_json::Serializer::with_formatter(
                    &mut *out,
                    Pretty {
                        depth: frame.depth + 1,
                        has_value: false,
                    },
                );
                doc.serialize(&mut ser).map_err(json_error)?;
            }
            Streamed::Jsonl => {
                serde_json::to_writer(&mut *out, doc).map_err(json_error)?;
                out.write_all(b"\n")?;
            }
            Streamed::Csv => csv_rows(doc, out)?,
        }
        Ok(())
    }

    /// One document's piece of the output, in memory, in a buffer reserved once (a growing one
    /// copied itself over about a dozen times a plan).
    pub fn render(&self, doc: &Document) -> Result<Vec<u8>, OutputError> {
        let text = doc.text.as_ref().map_or(0, |t| t.len() + t.len() / 8);
        let mut out = Vec::with_capacity(1024 + RESERVED_PER_TARGET * doc.targets.len() + text);
        self.piece(&mut out, doc)?;
        Ok(out)
    }

    /// What stands before the next document's piece, `first` if none was written before it.
    pub fn between<W: Write>(&self, out: &mut W, first: bool) -> Result<(), OutputError> {
        if let Streamed::Json(frame) = self {
            out.write_all(if first { b"\n" } else { b",\n" })?;
            indent(out, frame.depth + 1)?;
        }
        Ok(())
    }

    /// Writes a rendered piece of the next document, `first` if none was written before it.
    pub fn put<W: Write>(&self, out: &mut W, piece: &[u8], first: bool) -> Result<(), OutputError> {
        self.between(out, first)?;
        out.write_all(piece)?;
        Ok(())
    }

    /// What comes after the last document, `any` if some document was written.
    pub fn end<W: Write>(&self, out: &mut W, any: bool) -> Result<(), OutputError> {
        if let Streamed::Json(frame) = self {
            if any {
                out.write_all(b"\n")?;
                indent(out, frame.depth)?;
            }
            out.write_all(&frame.tail)?;
        }
        Ok(())
    }
}

fn indent<W: Write>(out: &mut W, depth: usize) -> io::Result<()> {
    for _ in 0..depth {
        out.write_all(b"  ")?;
    }
    Ok(())
}

/// The JSON model around its documents, taken from the pretty JSON of a model without any (so
/// that it follows whatever fields [`Export`] has): everything up to the `[` of `"documents": []`,
/// everything from its `]`, and how deep that array stands.
pub struct JsonFrame {
    head: Vec<u8>,
    tail: Vec<u8>,
    /// The indentation level of the `"documents"` key.
    depth: usize,
}

impl JsonFrame {
    /// The frame of the current JSON model.
    pub fn new() -> Result<Self, OutputError> {
        let mut empty = Vec::new();
        pretty_json(&mut empty, &Export::new(Vec::new()))?;
        let key = b"\"documents\": []";
        let at = empty
            .windows(key.len())
            .position(|w| w == key)
            .ok_or_else(|| OutputError::Render("cannot write JSON: no documents array".into()))?;
        let line_start = empty[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let open = at + key.len() - 1;
        Ok(JsonFrame {
            head: empty[..open].to_vec(),
            tail: empty[open..].to_vec(),
            depth: (at - line_start) / 2,
        })
    }
}

/// Targets per call of the core's `table::to_csv`, which returns a string: enough that its
/// repeated header costs nothing, few enough that no string grows large.
const CSV_ROWS_PER_PART: usize = 4096;

/// The CSV rows of one document's targets, without the header: the core's `table::to_csv`
/// (which makes every cell safe for spreadsheets: a leading `'` before `=`, `+`, `-`, `@`, tab or
/// CR), called for a few thousand targets at a time and written as they come, each part without
/// its header.
///
/// A document with the user's corrections (a JSON file saved from the app) is written as
/// corrected, each row's `origin` saying whether the user corrected or added it.
fn csv_rows<W: Write>(d: &Document, out: &mut W) -> Result<(), OutputError> {
    let header = table::to_csv(&[]);
    let shown = planlens_core::corrections::as_corrected(d);
    let d = shown.as_ref();
    let n = d.targets.len();
    for start in (0..n).step_by(CSV_ROWS_PER_PART) {
        let rows: Vec<usize> = (start..n.min(start + CSV_ROWS_PER_PART)).collect();
        let part = table::to_csv(&[(d, rows)]);
        let body = part.strip_prefix(header.as_str()).ok_or_else(|| {
            OutputError::Render("cannot write CSV: a part without the header".into())
        })?;
        out.write_all(body.as_bytes())?;
    }
    Ok(())
}

/// An aligned table for reading in a terminal: one row per target. The document's `kind` and
/// `period` stand after its name and a target's own `place` last, each column only when some
/// document or target has one (JSON and CSV always carry every field).
pub fn table(docs: &[Document]) -> String {
    let with_kind = docs.iter().any(|d| d.kind.is_some());
    let with_period = docs.iter().any(|d| d.period.is_some());
    let with_place = docs
        .iter()
        .any(|d| d.targets.iter().any(|t| t.place.is_some()));
    let optional = |on: bool, cell: String| on.then_some(cell);
    let mut grid: Vec<Vec<String>> = vec![["document"]
        .into_iter()
        .map(String::from)
        .chain(optional(with_kind, "kind".into()))
        .chain(optional(with_period, "period".into()))
        .chain(
            [
                "metric", "value", "deadline", "tier", "status", "year", "binding",
            ]
            .map(String::from),
        )
        .chain(optional(with_place, "place".into()))
        .collect()];
    for d in docs {
        let kind = d.kind.map(kind_word).unwrap_or_default().to_string();
        let period = d.period.map(period_chip).unwrap_or_default();
        for t in &d.targets {
            let row = std::iter::once(d.name.clone())
                .chain(optional(with_kind, kind.clone()))
                .chain(optional(with_period, period.clone()))
                .chain([
                    t.metric.clone(),
                    value_chip(t),
                    t.deadline.clone().unwrap_or_default(),
                    t.tier.clone().unwrap_or_default(),
                    status_code(t.status).to_string(),
                    t.year.map(|y| y.to_string()).unwrap_or_default(),
                    t.binding
                        .map(planlens_core::present::binding_word)
                        .unwrap_or_default()
                        .to_string(),
                ])
                .chain(optional(with_place, t.place.clone().unwrap_or_default()))
                .collect();
            grid.push(row);
        }
    }
    align(&grid)
}

/// Lines of cells padded to each column's display width (CJK characters count double).
pub fn align(grid: &[Vec<String>]) -> String {
    let cols = grid.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..cols)
        .map(|k| grid.iter().map(|l| l[k].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for l in grid {
        let cells: Vec<String> = l
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.width())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn streamed(v: &serde_json::Value) -> String {
        let mut out = Vec::new();
        pretty_json(&mut out, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn pretty_json_is_serde_json_pretty_plus_a_newline() {
        let mut deep = json!([1, {"k": []}]);
        for i in 0..60 {
            deep = json!({ "level": i, "inner": [deep, {}, [], null] });
        }
        for v in [
            json!(null),
            json!([]),
            json!({}),
            json!([[]]),
            json!({"a": {}}),
            json!({"a": [1, 2.5, -3], "b": {"c": "引号\"\n", "d": [{}, []]}, "e": true}),
            deep,
        ] {
            let want = serde_json::to_string_pretty(&v).unwrap() + "\n";
            assert_eq!(streamed(&v), want);
        }
    }

    #[test]
    fn table_shows_kind_period_and_place_only_where_present() {
        let bare = planlens_core::analyse("a.txt", "一、目标\n新建公园2个。\n");
        let plain = table(std::slice::from_ref(&bare));
        assert!(plain.starts_with("document  metric"), "{plain}");
        assert!(plain.lines().next().unwrap().ends_with("year  binding"));
        let mut plan = planlens_core::analyse(
            "b.txt",
            "青岩县国民经济和社会发展第十四个五年规划纲要\n到2025年，森林覆盖率达到62%，新建学校3所。\n",
        );
        plan.targets[1].place = Some("石门镇".into());
        let out = table(&[plan, bare]);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("document  kind"), "{out}");
        assert!(
            lines[0].contains("period") && lines[0].ends_with("place"),
            "{out}"
        );
        assert!(lines[1].contains("五年规划  2021—2025"), "{out}");
        assert!(lines[2].ends_with("石门镇"), "{out}");
        assert_eq!(lines.len(), 4, "one line per target under the header");
    }

    /// What `format` writes for `docs`, rendered one by one.
    fn streamed_all(format: &Streamed, docs: &[Document]) -> String {
        let mut out = Vec::new();
        format.start(&mut out).unwrap();
        for (i, d) in docs.iter().enumerate() {
            let piece = format.render(d).unwrap();
            format.put(&mut out, &piece, i == 0).unwrap();
        }
        format.end(&mut out, !docs.is_empty()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_has_one_header_whatever_the_parts() {
        let text = "一、目标\n".to_string() + &"新增就业1万人，".repeat(CSV_ROWS_PER_PART + 10);
        let d = planlens_core::analyse("a.txt", &text);
        assert!(d.targets.len() > CSV_ROWS_PER_PART);
        let all: Vec<usize> = (0..d.targets.len()).collect();
        let want = table::to_csv(&[(&d, all.clone()), (&d, all)]);
        assert_eq!(streamed_all(&Streamed::Csv, &[d.clone(), d]), want);
        assert_eq!(streamed_all(&Streamed::Csv, &[]), table::to_csv(&[]));
    }

    #[test]
    fn streamed_json_is_the_pretty_model_and_jsonl_a_document_a_line() {
        let a = planlens_core::analyse("a.txt", "一、目标\n新建公园2个。\n");
        let mut b = planlens_core::analyse("b.txt", "到2025年，森林覆盖率达到62%。\n");
        b.text = Some("到2025年，森林覆盖率达到62%。\n".into());
        let empty = planlens_core::analyse("c.txt", "");
        let json = Streamed::Json(JsonFrame::new().unwrap());
        for docs in [
            vec![],
            vec![a.clone()],
            vec![a.clone(), b.clone(), empty.clone()],
        ] {
            let want = serde_json::to_string_pretty(&Export::new(docs.clone())).unwrap() + "\n";
            assert_eq!(streamed_all(&json, &docs), want);
            let lines = streamed_all(&Streamed::Jsonl, &docs);
            assert_eq!(lines.lines().count(), docs.len());
            for (line, d) in lines.lines().zip(&docs) {
                assert_eq!(line, serde_json::to_string(d).unwrap());
            }
        }
    }
}
