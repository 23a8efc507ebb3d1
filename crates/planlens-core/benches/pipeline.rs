//! Characters per second of `analyse` (normalise + tables + tree + place + extract) and of each
//! of its stages, over the plans as they come: every seed (`../shared/corpus/seeds`), every dev
//! document (`../shared/corpus/dev/docs`) and the plans of `benches/plans/`, each analysed on its
//! own, as a batch run does; then over the same texts joined into one 1 MB document, and over
//! 1 MB long lines of one repeated shape (issue 19: such lines once took time growing with the
//! square of their length). Then the panel and the comparison over those plans analysed, ten
//! times over (as a corpus of one region's plans and reports is). `cargo bench -p planlens-core`
//! (the speed-tuned `bench` profile).
//!
//! Every text group's throughput is `Elements(characters)`: criterion prints it as `elem/s`,
//! which here reads characters per second; the panel group's is `Elements(documents)`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use planlens_core::stages;
use std::hint::black_box;
use std::path::Path;

/// The allocator the CLI and the Python package run with (mimalloc), so the figures are theirs.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The bench's plan texts, sorted by path.
fn plans() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        root.join("../../../shared/corpus/seeds"),
        root.join("../../../shared/corpus/dev/docs"),
        root.join("benches/plans"),
    ];
    let mut paths: Vec<_> = dirs
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap_or_else(|e| panic!("{}: {e}", d.display())))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn chars(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.chars().count() as u64).sum()
}

/// Each plan on its own: the whole analysis, then each stage over the previous stage's output.
fn per_plan(c: &mut Criterion) {
    let texts = plans();
    let simplified: Vec<Vec<char>> = texts.iter().map(|t| stages::simplify(t)).collect();
    let norms: Vec<stages::Normalised> = simplified
        .iter()
        .map(|s| stages::normalise_simplified(s))
        .collect();
    let outlines: Vec<stages::Outline> = norms.iter().map(stages::build).collect();
    let mut g = c.benchmark_group("plans_chars_per_s");
    g.throughput(Throughput::Elements(chars(&texts)));
    g.sample_size(20);
    g.bench_function("analyse", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(planlens_core::analyse("bench", black_box(t)));
            }
        })
    });
    g.bench_function("1_simplify", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| stages::simplify(t).len())
                .sum::<usize>()
        })
    });
    g.bench_function("2_normalise", |b| {
        b.iter(|| {
            simplified
                .iter()
                .map(|s| stages::normalise_simplified(s).chars.len())
                .sum::<usize>()
        })
    });
    g.bench_function("3_tables", |b| {
        b.iter(|| simplified.iter().map(|s| stages::tables(s)).sum::<usize>())
    });
    g.bench_function("4_tree", |b| {
        b.iter(|| {
            norms
                .iter()
                .map(|n| stages::build(n).lines.len())
                .sum::<usize>()
        })
    });
    g.bench_function("5_place", |b| {
        b.iter(|| {
            norms
                .iter()
                .zip(&outlines)
                .map(|(n, o)| stages::place(n, o))
                .sum::<usize>()
        })
    });
    g.bench_function("6_extract", |b| {
        b.iter(|| {
            norms
                .iter()
                .zip(&outlines)
                .map(|(n, o)| stages::extract(n, o))
                .sum::<usize>()
        })
    });
    g.bench_function("7_text_hash", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| planlens_core::text_hash(t).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

/// The plans joined into one document of about 1 MB.
fn joined(c: &mut Criterion) {
    let texts = plans();
    let mut text = String::new();
    while text.len() < 1_000_000 {
        for t in &texts {
            text.push_str(t);
            text.push('\n');
        }
    }
    let mut g = c.benchmark_group("joined_chars_per_s");
    g.throughput(Throughput::Elements(text.chars().count() as u64));
    g.sample_size(20);
    g.bench_function("analyse_1MB", |b| {
        b.iter(|| planlens_core::analyse("bench", black_box(&text)))
    });
    g.bench_function("normalise_1MB", |b| {
        b.iter(|| stages::normalise(black_box(&text)))
    });
    let norm = stages::normalise(&text);
    g.bench_function("tree_1MB", |b| b.iter(|| stages::build(black_box(&norm))));
    g.finish();
}

/// One line of about 1 MB: `unit` repeated, after `head`.
fn long_line(head: &str, unit: &str) -> String {
    let mut s = head.to_string();
    s.push_str(&unit.repeat(1_000_000 / unit.len()));
    s
}

fn long_lines(c: &mut Criterion) {
    let mut g = c.benchmark_group("long_line_chars_per_s");
    g.sample_size(10);
    for (name, text) in [
        ("growth_1MB", long_line("", "增长1%、")),
        ("targets_1MB", long_line("", "新增就业1万人，")),
        ("one_list_1MB", long_line("地区生产总值增长", "1%、")),
        ("digits_1MB", long_line("", "1.1.")),
        ("brackets_1MB", long_line("", "“（【")),
    ] {
        g.throughput(Throughput::Elements(text.chars().count() as u64));
        g.bench_with_input(BenchmarkId::new("analyse", name), &text, |b, t| {
            b.iter(|| planlens_core::analyse("bench", black_box(t)))
        });
    }
    g.finish();
}

/// The panel and the comparison of the plans analysed, each ten times: the work of the compare
/// tab and of `planlens panel` and `planlens compare` over about 200 documents.
fn panel_of_plans(c: &mut Criterion) {
    let docs: Vec<planlens_core::Document> = plans()
        .iter()
        .map(|t| planlens_core::analyse("bench", t))
        .collect();
    let many: Vec<&planlens_core::Document> = (0..10).flat_map(|_| docs.iter()).collect();
    let mut g = c.benchmark_group("panel_documents_per_s");
    g.throughput(Throughput::Elements(many.len() as u64));
    g.sample_size(20);
    g.bench_function("panel", |b| {
        b.iter(|| planlens_core::panel::panel(black_box(&many)).rows.len())
    });
    g.bench_function("compare", |b| {
        b.iter(|| planlens_core::compare::compare(black_box(&many)).rows.len())
    });
    g.finish();
}

criterion_group!(benches, per_plan, joined, long_lines, panel_of_plans);
criterion_main!(benches);
