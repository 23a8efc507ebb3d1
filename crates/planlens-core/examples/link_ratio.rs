//! Link characters per source character for each file, for both kinds of share link:
//! `cargo run --release -p planlens-core --example link_ratio -- FILE...`

use planlens_core::share::{encode, SharedDocument, SharedView};

fn main() {
    println!("file\tsource chars\ttexts link\tratio\tanalysis link\tratio");
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        let name = path.rsplit('/').next().unwrap_or(&path).to_string();
        let n = text.chars().count();
        let mut doc = planlens_core::analyse(&name, &text);
        doc.text = None;
        let view = |d: SharedDocument| SharedView {
            documents: vec![d],
            selected: Some(0),
            ..Default::default()
        };
        let texts = encode(&view(SharedDocument::Text {
            name: name.clone(),
            text: text.clone(),
            title: None,
            place: None,
            year: None,
            period: None,
            kind: None,
            marks: vec![],
            corrections: vec![],
        }));
        let analysis = encode(&view(SharedDocument::Analysis { doc }));
        println!(
            "{name}\t{n}\t{}\t{:.3}\t{}\t{:.3}",
            texts.len(),
            texts.len() as f64 / n as f64,
            analysis.len(),
            analysis.len() as f64 / n as f64
        );
    }
}
