"""Large inputs: a 50 MB string, a folder of 10,000 small files (generated), the GIL released
while the core runs, and memory that stays flat over 100 repeated calls."""

import os
import threading
import time

import planlens
from conftest import corpus_files

MB = 1024 * 1024


def rss():
    """Resident memory of this process in bytes (/proc/self/status)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def seed_texts():
    return [open(p, encoding="utf-8").read() for p in corpus_files()]


def test_a_50_mb_string():
    texts = seed_texts()
    one = "\n".join(texts)
    text = one * (50 * MB // len(one.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= 50 * MB
    doc = planlens.analyse(text, "big.txt")
    assert doc["text_chars"] == len(text)
    per_copy = sum(len(planlens.analyse(t)["targets"]) for t in texts)
    assert len(doc["targets"]) > per_copy * (len(text) // len(one)) // 2
    spans = [t["span"] for t in doc["targets"]]
    assert all(0 <= a <= b <= len(text) for a, b in spans)


def test_a_folder_of_10000_small_files(cli, tmp_path):
    lines = [
        line for t in seed_texts() for line in t.splitlines() if "%" in line and len(line) < 300
    ]
    assert len(lines) > 20
    folder = tmp_path / "corpus"
    for i in range(10_000):
        sub = folder / f"county{i % 10:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"plan{i:05d}.txt").write_text(
            f"二、主要目标\n{lines[i % len(lines)]}\n", encoding="utf-8"
        )
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "skipped.txt").write_text("增长5%", encoding="utf-8")
    (folder / "notes.md").write_text("增长5%", encoding="utf-8")
    t0 = time.perf_counter()
    docs = planlens.extract(folder)
    took = time.perf_counter() - t0
    assert len(docs) == 10_000
    assert [d["name"] for d in docs[:3]] == ["plan00000.txt", "plan00010.txt", "plan00020.txt"]
    assert docs == cli("extract", "--format", "json", str(folder))["documents"]
    assert took < 60, took


def test_the_gil_is_released_while_the_core_runs():
    text = "\n".join(seed_texts()) * 200
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        t0 = time.perf_counter()
        planlens.analyse(text)
        t1 = time.perf_counter()
    finally:
        stop.set()
        t.join()
    during = [x for x in ticks if t0 < x < t1]
    # the other thread ran on throughout: at least one tick in every 50 ms of the analysis
    assert len(during) >= (t1 - t0) / 0.05, (len(during), t1 - t0)


def test_memory_is_flat_over_100_calls(tmp_path):
    texts = seed_texts()
    folder = tmp_path / "few"
    folder.mkdir()
    for i, t in enumerate(texts):
        (folder / f"{i:02d}.txt").write_text(t, encoding="utf-8")
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\0" * 1000)

    def calls():
        docs = planlens.extract(folder)
        planlens.panel(docs)
        planlens.to_pandas(docs)
        for t in texts:
            planlens.analyse(t)
            planlens.analyse(t.encode("gb18030"))
        try:
            planlens.extract(bad)
        except planlens.PlanLensError:
            pass

    for _ in range(10):
        calls()
    before = rss()
    for _ in range(100):
        calls()
    grown = rss() - before
    print(f"RSS {before / MB:.1f} MB, grew {grown / MB:.2f} MB over 100 calls")
    assert grown < 4 * MB, grown


def test_threads_analyse_at_once_and_get_what_one_thread_gets():
    from concurrent.futures import ThreadPoolExecutor

    files = corpus_files()
    texts = seed_texts() * 4
    alone = [planlens.analyse(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(planlens.analyse, texts)) == alone
        got = list(pool.map(lambda p: planlens.extract(p, jobs=2), files))
    assert got == [[planlens.analyse(t, os.path.basename(p))] for p, t in zip(files, texts)]
