//! Replays every input under `fuzz/seeds/<target>/` and `fuzz/regressions/<target>/` through
//! the code of that fuzz target (the same source file), so that plain `cargo test` keeps each
//! crash the fuzzer found fixed. See `fuzz/README.md`.

#[path = "../../../fuzz/src/lib.rs"]
mod targets;

use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = rd
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

/// Run `f` on every file of `dir`; the files that panicked, with the message.
fn replay(f: fn(&[u8]), dir: &Path) -> (usize, Vec<String>) {
    let mut failed = Vec::new();
    let all = files(dir);
    for p in &all {
        let data = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        if let Err(e) = std::panic::catch_unwind(|| f(&data)) {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failed.push(format!("{}: {msg}", p.display()));
        }
    }
    (all.len(), failed)
}

#[test]
fn every_fuzz_regression_and_seed_runs_clean() {
    let root = fuzz_dir();
    let mut failed = Vec::new();
    for (name, f) in targets::TARGETS {
        let (seeds, mut bad) = replay(*f, &root.join("seeds").join(name));
        assert!(
            seeds > 0,
            "fuzz target {name} has no seeds under fuzz/seeds/{name}"
        );
        failed.append(&mut bad);
        let (_, mut bad) = replay(*f, &root.join("regressions").join(name));
        failed.append(&mut bad);
    }
    assert!(
        failed.is_empty(),
        "inputs that break a fuzz target's invariants:\n{}",
        failed.join("\n")
    );
}

/// A regression filed under a folder that names no target would never be replayed.
#[test]
fn every_regression_folder_names_a_target() {
    for sub in ["seeds", "regressions"] {
        let Ok(rd) = std::fs::read_dir(fuzz_dir().join(sub)) else {
            continue;
        };
        for e in rd {
            let name = e
                .expect("a readable folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            assert!(
                targets::TARGETS.iter().any(|(t, _)| *t == name),
                "fuzz/{sub}/{name} is not a fuzz target's folder"
            );
        }
    }
}

/// The invariants hold: a span outside the text, or evidence other than its slice, is caught.
#[test]
fn the_checks_catch_a_broken_span() {
    let r = std::panic::catch_unwind(|| {
        targets::check_evidence("قتل ثلاثة", marsad_model::Span::new(0, 3), "قتل", "test")
    });
    assert!(r.is_ok());
    for (span, ev) in [((0, 4), "قتل"), ((2, 40), "ل ثلاثة"), ((4, 3), "")] {
        let r = std::panic::catch_unwind(|| {
            targets::check_evidence(
                "قتل ثلاثة",
                marsad_model::Span::new(span.0, span.1),
                ev,
                "test",
            )
        });
        assert!(r.is_err(), "{span:?} {ev:?} passed");
    }
}
