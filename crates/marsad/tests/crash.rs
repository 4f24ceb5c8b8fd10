//! Crash safety: `kill -9` a real `marsad ingest` part-way, run the same command again, and
//! the store (a real SQLite file) equals the store an uninterrupted run gives.

mod common;
use common::*;
use marsad_store::{SqliteStore, Store};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn committed(db: &Path) -> u64 {
    if !db.exists() {
        return 0;
    }
    SqliteStore::open_read_only(db)
        .and_then(|s| s.stats())
        .map(|s| s.articles)
        .unwrap_or(0)
}

/// Start an ingest, wait until at least `at_least` articles are committed, kill -9 it.
/// Returns false when the run finished before it could be killed.
fn ingest_and_kill(input: &Path, db: &Path, at_least: u64) -> bool {
    let mut child = Command::new(bin())
        .args(["ingest", "--quiet", "--batch", "25", "--db"])
        .arg(db)
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("marsad starts");
    let t0 = Instant::now();
    loop {
        if let Some(_status) = child.try_wait().unwrap() {
            return false;
        }
        if committed(db) >= at_least {
            // SIGKILL: no destructor, no flush, no rollback runs
            child.kill().unwrap();
            child.wait().unwrap();
            return true;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(300),
            "ingest made no progress"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn ingest_fully(input: &Path, db: &Path) -> String {
    let o = Command::new(bin())
        .args(["ingest", "--quiet", "--batch", "25", "--db"])
        .arg(db)
        .arg(input)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

fn check_crash_and_resume(input: &Path, n: u64) {
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference.db");
    let summary = ingest_fully(input, &reference);
    assert_eq!(summary_count(&summary, "read"), n);
    let want = SqliteStore::open_read_only(&reference).unwrap();
    let stored = want.stats().unwrap();
    assert!(
        stored.articles >= summary_count(&summary, "new") && stored.events > 0,
        "{summary}"
    );

    let crashed = dir.path().join("crashed.db");
    // killed twice, at a quarter and at two thirds, then run to the end
    let first = ingest_and_kill(input, &crashed, n / 4);
    let second = ingest_and_kill(input, &crashed, n * 2 / 3);
    assert!(
        first,
        "the first run finished before a quarter was committed"
    );
    if !second {
        eprintln!("note: an ingest finished before it could be killed; the comparison still runs");
    }
    let partial = committed(&crashed);
    assert!(
        partial < n,
        "killed runs must not have finished ({partial} of {n})"
    );
    let summary = ingest_fully(input, &crashed);
    assert_eq!(summary_count(&summary, "failed"), 0);
    assert!(
        summary_count(&summary, "unchanged") > 0,
        "the rerun found what was committed: {summary}"
    );

    let got = SqliteStore::open_read_only(&crashed).unwrap();
    got.check().unwrap();
    let (a, b) = (want.dump().unwrap(), got.dump().unwrap());
    if a != b {
        let diff = a.lines().zip(b.lines()).find(|(x, y)| x != y);
        panic!("the resumed store differs from the uninterrupted one ({} vs {} lines); first difference: {diff:?}", a.lines().count(), b.lines().count());
    }
    // and running it once more changes nothing
    let summary = ingest_fully(input, &crashed);
    assert_eq!(summary_count(&summary, "new"), 0);
    assert_eq!(summary_count(&summary, "updated"), 0);
    assert_eq!(got.dump().unwrap(), a);
}

#[test]
fn kill_9_and_resume_on_a_generated_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("generated.jsonl");
    write_corpus(&input, 3000, 7);
    check_crash_and_resume(&input, 3000);
}

#[test]
fn kill_9_and_resume_on_the_saudinewsnet_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/saudinewsnet-2015.jsonl.gz");
    if !corpus.exists() {
        eprintln!("note: {} not found: skipping the crash test on the real corpus (the generated one still runs)", corpus.display());
        return;
    }
    // the first 1,500 articles, gzip'd again
    use std::io::{BufRead, Write};
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("subset.jsonl.gz");
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(
        std::fs::File::open(&corpus).unwrap(),
    ));
    let mut w = flate2::write::GzEncoder::new(
        std::fs::File::create(&input).unwrap(),
        flate2::Compression::fast(),
    );
    for line in r.lines().take(1500) {
        writeln!(w, "{}", line.unwrap()).unwrap();
    }
    w.finish().unwrap();
    check_crash_and_resume(&input, 1500);
}
