//! Throughput of normalise + tree + extract over about 1 MB of plan text built by repeating the
//! seed texts, and of the whole analysis of 1 MB long lines of one repeated shape (issue 19: such
//! lines once took time growing with the square of their length) (`cargo bench -p planlens-core`).
//! Reported as characters per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;

fn corpus() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/seeds");
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .expect("../shared/corpus/seeds beside the project")
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    texts.sort();
    let mut out = String::new();
    while out.len() < 1_000_000 {
        for t in &texts {
            out.push_str(t);
            out.push('\n');
        }
    }
    out
}

fn pipeline(c: &mut Criterion) {
    let text = corpus();
    let chars = text.chars().count() as u64;
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Elements(chars));
    g.sample_size(20);
    g.bench_function("analyse_1MB", |b| {
        b.iter(|| planlens_core::analyse("bench", black_box(&text)))
    });
    g.bench_function("normalise_1MB", |b| {
        b.iter(|| planlens_core::stages::normalise(black_box(&text)))
    });
    let norm = planlens_core::stages::normalise(&text);
    g.bench_function("tree_1MB", |b| {
        b.iter(|| planlens_core::stages::build(black_box(&norm)))
    });
    g.finish();
}

/// One line of about 1 MB: `unit` repeated, after `head`.
fn long_line(head: &str, unit: &str) -> String {
    let mut s = head.to_string();
    s.push_str(&unit.repeat(1_000_000 / unit.len()));
    s
}

fn long_lines(c: &mut Criterion) {
    let mut g = c.benchmark_group("long_line");
    g.sample_size(10);
    for (name, text) in [
        ("growth_1MB", long_line("", "增长1%、")),
        ("targets_1MB", long_line("", "新增就业1万人，")),
        ("one_list_1MB", long_line("地区生产总值增长", "1%、")),
        ("digits_1MB", long_line("", "1.1.")),
        ("brackets_1MB", long_line("", "“（【")),
    ] {
        g.throughput(Throughput::Elements(text.chars().count() as u64));
        g.bench_function(name, |b| {
            b.iter(|| planlens_core::analyse("bench", black_box(&text)))
        });
    }
    g.finish();
}

criterion_group!(benches, pipeline, long_lines);
criterion_main!(benches);
