//! Plans as they are published: the CLI reads Word `.docx` files and saved web pages (made here
//! from short plan-like texts of the tests' own), named directly or found in a directory, and
//! refuses old `.doc`/`.wps` and damaged files with a message naming each, the rest still read.

use std::io::Write;
use std::path::Path;
use std::process::Output;

mod common;
use common::{bin, corpus_plans, stderr};

/// A `.docx` archive: a heading-style paragraph, a body paragraph with a footnote reference, a
/// table of indicators, and the footnote in its own part.
fn docx() -> Vec<u8> {
    let p = |style: &str, text: &str| {
        let ppr = if style.is_empty() {
            String::new()
        } else {
            format!("<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>")
        };
        format!("<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>")
    };
    let row = |cells: &[&str]| {
        let cells: String = cells
            .iter()
            .map(|c| format!("<w:tc>{}</w:tc>", p("", c)))
            .collect();
        format!("<w:tr>{cells}</w:tr>")
    };
    let body = [
        p("Heading1", "一、主要目标"),
        "<w:p><w:r><w:t>地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。</w:t></w:r>\
         <w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
            .to_string(),
        p("Heading1", "二、主要指标"),
        format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(&["指标", "2020年", "2025年", "属性"]),
            row(&["新增城镇就业（万人）", "1.1", "1.2", "预期性"]),
            row(&["森林覆盖率（%）", "23.5", "24.1", "约束性"])
        ),
    ]
    .concat();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>"
    );
    let styles = "<w:styles><w:style w:type=\"paragraph\" w:styleId=\"Heading1\">\
        <w:name w:val=\"heading 1\"/></w:style></w:styles>";
    let footnotes = "<w:footnotes><w:footnote w:id=\"1\"><w:p><w:r><w:t>注：粮食产量增长99%</w:t>\
        </w:r></w:p></w:footnote></w:footnotes>";
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, content) in [
        ("word/document.xml", document.as_str()),
        ("word/styles.xml", styles),
        ("word/footnotes.xml", footnotes),
    ] {
        w.start_file(name, opts).unwrap();
        w.write_all(content.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A saved web page: navigation, a script, a style, the article with a table, a footer.
const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某县人民政府</title>\
    <style>.a{color:red}</style><script>var t = '增长99%';</script></head><body>\
    <nav><a href=\"/\">首页</a><a>政务公开</a></nav><article><h1>某县2026年政府工作报告</h1>\
    <h2>一、主要目标</h2><p>地区生产总值增长6%左右，<span>新增城镇就业1.2万人以上</span>。</p>\
    <table><tr><th>指标</th><th>2020年</th><th>2025年</th></tr>\
    <tr><td>森林覆盖率（%）</td><td>23.5</td><td>24.1</td></tr></table></article>\
    <footer>网站地图 粮食产量增长98%</footer></body></html>";

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The (metric, value) pairs of a document's targets.
fn targets(doc: &serde_json::Value) -> Vec<(String, f64)> {
    doc["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["metric"].as_str().unwrap().to_string(),
                t["value"].as_f64().unwrap(),
            )
        })
        .collect()
}

fn has(found: &[(String, f64)], metric: &str, value: f64) -> bool {
    found.iter().any(|(m, v)| m == metric && *v == value)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn a_docx_and_a_saved_page_give_their_targets() {
    let dir = tempfile::tempdir().unwrap();
    let d = write(dir.path(), "规划.docx", &docx());
    let h = write(dir.path(), "报告.html", PAGE.as_bytes());
    let out = bin()
        .args(["extract", "--format", "json", "--with-text"])
        .arg(&d)
        .arg(&h)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    let (word, page) = (&docs[0], &docs[1]);
    assert_eq!(word["name"], "规划.docx");
    assert_eq!(word["source_format"], "docx");
    let found = targets(word);
    for (m, v) in [
        ("地区生产总值", 6.0),
        ("城镇调查失业率", 5.5),
        ("新增城镇就业", 1.2),
        ("森林覆盖率", 24.1),
    ] {
        assert!(has(&found, m, v), "{m} {v} not in {found:?}");
    }
    // the footnote is left out; the text is the derived one, and spans point into it
    assert!(!has(&found, "粮食产量", 99.0), "{found:?}");
    let text: Vec<char> = word["text"].as_str().unwrap().chars().collect();
    assert_eq!(word["text_chars"], text.len());
    for t in word["targets"].as_array().unwrap() {
        let (s, e) = (
            t["span"][0].as_u64().unwrap() as usize,
            t["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(text[s..e].iter().collect::<String>(), t["quote"]);
    }
    // the heading-style paragraphs are headings of the tree, as they are in the same text pasted
    fn titles(nodes: &serde_json::Value, out: &mut Vec<String>) {
        for n in nodes.as_array().unwrap() {
            out.push(n["title"].as_str().unwrap().to_string());
            titles(&n["children"], out);
        }
    }
    let mut heads = Vec::new();
    titles(&word["tree"], &mut heads);
    assert_eq!(heads, ["主要目标", "主要指标"]);

    assert_eq!(page["source_format"], "html");
    let found = targets(page);
    assert!(has(&found, "地区生产总值", 6.0), "{found:?}");
    assert!(has(&found, "新增城镇就业", 1.2), "{found:?}");
    assert!(has(&found, "森林覆盖率", 24.1), "{found:?}");
    // nothing from the script, the navigation or the footer
    assert!(!has(&found, "粮食产量", 98.0) && found.iter().all(|(_, v)| *v != 99.0));
    let text = page["text"].as_str().unwrap();
    assert!(!text.contains("首页") && !text.contains("var t"), "{text}");
}

#[test]
fn a_directory_walk_reads_word_files_and_pages_and_names_what_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.docx", &docx());
    write(dir.path(), "b.htm", PAGE.as_bytes());
    // a damaged .docx: the archive cut in half
    let whole = docx();
    write(dir.path(), "c.docx", &whole[..whole.len() / 2]);
    // an old binary Word file: a compound file whose directory names the WordDocument stream
    let mut doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    doc.extend([0u8; 504]);
    doc.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    doc.extend([0u8; 512]);
    write(dir.path(), "d.doc", &doc);
    write(dir.path(), "e.wps", &doc);
    write(dir.path(), "notes.md", "增长6%".as_bytes());
    let out = bin()
        .args(["extract", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("c.docx: not a readable Word document"),
        "{err}"
    );
    assert!(
        err.contains("d.doc: an old-format Word file (.doc)")
            && err.contains("save it as .docx or PDF"),
        "{err}"
    );
    assert!(
        err.contains("e.wps: an old-format WPS file (.wps)"),
        "{err}"
    );
    assert!(
        !err.contains("notes.md") && !err.contains("panicked"),
        "{err}"
    );
    // the files that could be read are all there
    let v = json(&out);
    let names: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a.docx", "b.htm"]);
}

#[test]
fn the_tree_command_and_standard_input_read_word_files_too() {
    let dir = tempfile::tempdir().unwrap();
    let d = write(dir.path(), "plan.docx", &docx());
    let out = bin().arg("tree").arg(&d).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(
        tree.contains("主要目标") && tree.contains("森林覆盖率"),
        "{tree}"
    );
    // standard input: the archive is recognised by its content
    let mut child = bin()
        .args(["extract", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&docx()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let found = targets(&json(&out)["documents"][0]);
    assert!(has(&found, "森林覆盖率", 24.1), "{found:?}");
    // an old Word file named directly: exit status 2 and the file named
    let old = write(
        dir.path(),
        "旧.doc",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0",
    );
    let out = bin().arg("tree").arg(&old).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("旧.doc: an old-format Word file"),
        "{}",
        stderr(&out)
    );
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `text` as Word writes it: a paragraph per line, its text in runs of a few characters with
/// properties, proofing marks and bookmarks between them; tab-separated lines as table rows.
fn as_docx(text: &str) -> Vec<u8> {
    let runs = |line: &str| -> String {
        let chars: Vec<char> = line.chars().collect();
        chars
            .chunks(7)
            .enumerate()
            .map(|(i, c)| {
                let noise = if i % 3 == 0 {
                    "<w:proofErr w:type=\"spellStart\"/><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>"
                } else {
                    ""
                };
                format!(
                    "<w:r w:rsidR=\"00A1\"><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>{noise}",
                    escape(&c.iter().collect::<String>())
                )
            })
            .collect()
    };
    let mut body = String::new();
    let mut rows: Vec<&str> = Vec::new();
    let flush = |rows: &mut Vec<&str>, body: &mut String| {
        if rows.is_empty() {
            return;
        }
        body.push_str("<w:tbl><w:tblPr/>");
        for r in rows.drain(..) {
            body.push_str("<w:tr>");
            for c in r.split('\t') {
                body.push_str(&format!("<w:tc><w:tcPr/><w:p>{}</w:p></w:tc>", runs(c)));
            }
            body.push_str("</w:tr>");
        }
        body.push_str("</w:tbl>");
    };
    for line in text.lines() {
        if line.contains('\t') {
            rows.push(line);
            continue;
        }
        flush(&mut rows, &mut body);
        body.push_str(&format!(
            "<w:p><w:pPr><w:ind w:firstLine=\"640\"/></w:pPr>{}</w:p>",
            runs(line)
        ));
    }
    flush(&mut rows, &mut body);
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>"
    );
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(document.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

/// `text` as a saved page: navigation, scripts and styles around it, a `<p>` per line (inline
/// markup and character references in it), tab-separated lines as table rows.
fn as_page(text: &str) -> String {
    let mut page = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>增长99%</title>\
         <style>p{margin:0}</style><script>var x = '<p>增长98%</p>';</script></head><body>\
         <nav><ul><li>首页</li><li>2099年增长97%</li></ul></nav><div class=\"content\">",
    );
    let mut in_table = false;
    for line in text.lines() {
        let tab = line.contains('\t');
        if tab != in_table {
            page.push_str(if tab {
                "<table border=\"1\">"
            } else {
                "</table>"
            });
            in_table = tab;
        }
        if tab {
            page.push_str("<tr>");
            for c in line.split('\t') {
                page.push_str(&format!("<td>\n  {}\n</td>", escape(c)));
            }
            page.push_str("</tr>");
        } else {
            let e = escape(line).replacen('，', "<span>，</span>", 1);
            page.push_str(&format!("<p style=\"text-indent:2em\">{e}</p>\n"));
        }
    }
    if in_table {
        page.push_str("</table>");
    }
    page.push_str("</div><footer>网站地图 增长96%</footer><script>alert(1)</script></body></html>");
    page
}

#[test]
fn word_and_web_copies_of_the_corpus_plans_give_the_same_targets_as_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let plans = corpus_plans();
    assert!(plans.len() >= 10, "{plans:?}");
    let (mut docx, mut pages) = (Vec::new(), Vec::new());
    for p in &plans {
        let text = std::fs::read_to_string(p).unwrap();
        let stem = p.file_stem().unwrap().to_str().unwrap();
        docx.push(write(dir.path(), &format!("{stem}.docx"), &as_docx(&text)));
        pages.push(write(
            dir.path(),
            &format!("{stem}.html"),
            as_page(&text).as_bytes(),
        ));
    }
    let extract = |files: &[std::path::PathBuf]| {
        let out = bin()
            .args(["extract", "--format", "json"])
            .args(files)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        json(&out)["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(targets)
            .collect::<Vec<_>>()
    };
    let (text, word, web) = (extract(&plans), extract(&docx), extract(&pages));
    assert!(text.iter().map(Vec::len).sum::<usize>() > 100);
    for (i, p) in plans.iter().enumerate() {
        assert_eq!(word[i], text[i], "{} as .docx", p.display());
        assert_eq!(web[i], text[i], "{} as .html", p.display());
    }
}
