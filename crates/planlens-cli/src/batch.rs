//! Running one job per input on several cores while handing the results on in input order, with
//! a bounded number of results held at once.
//!
//! `jobs` workers of a rayon pool take the inputs one at a time, in order; the calling thread
//! receives their results and hands each to `take` as soon as all before it have been handed on.
//! A worker does not start an input more than [`AHEAD`] × `jobs` places past the next one to be
//! handed on, so however many inputs there are, at most that many results wait in memory (one
//! slow input holds the others back rather than letting them pile up). When `take` asks to stop,
//! no new input is started and the call returns once the workers have finished the ones they had.
//! With one job the calling thread does the work itself, one input after another.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};

/// How many inputs per worker may be started ahead of the next result handed on.
pub const AHEAD: usize = 4;

/// The number of workers when none is asked: every core.
pub fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Runs `work` over `inputs` on `jobs` workers and gives `take` each result in the
/// order of `inputs`, until it returns [`ControlFlow::Break`].
pub fn run<T, R, W, F>(jobs: usize, inputs: Vec<T>, work: W, mut take: F)
where
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    F: FnMut(R) -> ControlFlow<()>,
{
    if jobs <= 1 {
        // one worker: the calling thread does it all, without handing anything on
        for input in inputs {
            if take(work(input)).is_break() {
                return;
            }
        }
        return;
    }
    let window = AHEAD * jobs;
    let queue = Mutex::new(inputs.into_iter().enumerate());
    // how many results have been handed on; workers wait on it when too far ahead
    let handed = Mutex::new(0usize);
    let moved = Condvar::new();
    let stop = AtomicBool::new(false);
    let (tx, rx) = std::sync::mpsc::channel::<(usize, R)>();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("planlens-{i}"))
        .build()
        .expect("a thread pool");
    std::thread::scope(|scope| {
        let (queue, handed, moved, stop, work) = (&queue, &handed, &moved, &stop, &work);
        scope.spawn(move || {
            pool.scope(|workers| {
                for _ in 0..jobs {
                    let tx = tx.clone();
                    workers.spawn(move |_| loop {
                        if stop.load(Ordering::Relaxed) {
                            return;
                        }
                        let Some((i, input)) = queue.lock().unwrap().next() else {
                            return;
                        };
                        let mut at = handed.lock().unwrap();
                        while i >= *at + window && !stop.load(Ordering::Relaxed) {
                            at = moved.wait(at).unwrap();
                        }
                        drop(at);
                        if stop.load(Ordering::Relaxed) {
                            return;
                        }
                        if tx.send((i, work(input))).is_err() {
                            return;
                        }
                    });
                }
                drop(tx);
            });
        });
        let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
        let mut next = 0usize;
        'receive: for (i, result) in rx.iter() {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&next) {
                next += 1;
                if take(result).is_break() {
                    break 'receive;
                }
                *handed.lock().unwrap() = next;
                moved.notify_all();
            }
        }
        // whether finished or stopped early, no worker may go on waiting
        stop.store(true, Ordering::Relaxed);
        let _guard = handed.lock().unwrap();
        moved.notify_all();
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    #[test]
    fn results_come_in_input_order_whatever_finishes_first() {
        for jobs in [1, 2, 3, 8] {
            let mut got = Vec::new();
            let inputs: Vec<u64> = (0..200).collect();
            run(
                jobs,
                inputs,
                |i| {
                    // the early inputs are the slow ones
                    std::thread::sleep(Duration::from_micros((200 - i) * 20));
                    i * 10
                },
                |r| {
                    got.push(r);
                    ControlFlow::Continue(())
                },
            );
            assert_eq!(got, (0..200).map(|i| i * 10).collect::<Vec<_>>(), "{jobs}");
        }
    }

    #[test]
    fn no_more_than_the_window_is_started_ahead_of_a_slow_input() {
        let started = AtomicUsize::new(0);
        let most_ahead = AtomicUsize::new(0);
        let mut handed = 0usize;
        run(
            2,
            (0..100usize).collect(),
            |i| {
                started.fetch_max(i + 1, Ordering::SeqCst);
                if i == 0 {
                    std::thread::sleep(Duration::from_millis(200));
                }
                i
            },
            |i| {
                if i == 0 {
                    most_ahead.store(started.load(Ordering::SeqCst), Ordering::SeqCst);
                }
                handed += 1;
                ControlFlow::Continue(())
            },
        );
        assert_eq!(handed, 100);
        let ahead = most_ahead.load(Ordering::SeqCst);
        assert!(
            ahead <= AHEAD * 2,
            "{ahead} inputs started while the first ran"
        );
    }

    #[test]
    fn stopping_starts_nothing_new() {
        let done = AtomicUsize::new(0);
        let mut taken = 0;
        run(
            2,
            (0..10_000).collect::<Vec<u32>>(),
            |i| {
                done.fetch_add(1, Ordering::SeqCst);
                i
            },
            |_| {
                taken += 1;
                if taken == 5 {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            },
        );
        assert_eq!(taken, 5);
        assert!(done.load(Ordering::SeqCst) <= 5 + AHEAD * 2 + 2);
    }
}
