//! Runs `analyse` repeatedly over a file, for profiling (`perf record`): `cargo run --release
//! --example profile_analyse -- FILE [ROUNDS]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_analyse FILE [ROUNDS]");
    let rounds: usize = args
        .next()
        .map_or(20, |r| r.parse().expect("ROUNDS is a number"));
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let chars = text.chars().count();
    let start = std::time::Instant::now();
    let mut targets = 0;
    for _ in 0..rounds {
        targets += planlens_core::analyse("profile", &text).targets.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{rounds} rounds, {} targets each, {:.1} M chars/s",
        targets / rounds,
        (chars * rounds) as f64 / secs / 1e6
    );
}
