//! `marsad eval`: gold joined with texts by id, figures equal to the scorer's, floors, and
//! clear errors. The articles here are written for these tests.

mod common;
use common::*;
use std::path::Path;

const TEXTS: &str = r#"{"id": "t-1", "published": "2019-03-12", "title": "غارة", "text": "قتل ثلاثة مدنيين في غارة جوية على مدينة حلب اليوم الثلاثاء، وأصيب خمسة آخرون."}
{"id": "t-2", "published": "2019-03-12", "title": "مباراة", "text": "فاز الفريق في مباراة الأمس بهدفين بعد هجوم منظم في الشوط الثاني."}
{"id": "t-3", "published": "2019-03-12", "title": "تظاهرة", "text": "تظاهر مئات الطلاب في مدينة الموصل يوم الإثنين للمطالبة بالوظائف."}
"#;

const GOLD: &str = r#"{"id": "t-1", "published": "2019-03-12", "events": [{"event_type": "explosions_remote_violence", "sub_event_type": "air_drone_strike", "date": {"start": "2019-03-12", "end": "2019-03-12"}, "location": {"name": "Aleppo", "country": "SY", "lat": 36.2, "lon": 37.16, "tolerance_km": 25}, "actor1": null, "actor2": {"any_of": ["Civilians", "مدنيين"]}, "fatalities": 3, "injured": 5}]}
{"id": "t-2", "published": "2019-03-12", "events": []}
{"id": "t-3", "published": "2019-03-12", "events": [{"event_type": "protests", "sub_event_type": "peaceful_protest", "date": {"start": "2019-03-11", "end": "2019-03-11"}, "location": {"name": "Mosul", "country": "IQ", "lat": 36.34, "lon": 43.13, "tolerance_km": 25}, "actor1": {"any_of": ["Protesters", "الطلاب"]}, "actor2": null, "fatalities": null, "injured": null}]}
"#;

fn setup(dir: &Path) {
    std::fs::create_dir_all(dir.join("gold")).unwrap();
    std::fs::write(dir.join("texts.jsonl"), TEXTS).unwrap();
    let lines: Vec<&str> = GOLD.lines().collect();
    std::fs::write(
        dir.join("gold/train.jsonl"),
        format!("{}\n{}\n", lines[0], lines[1]),
    )
    .unwrap();
    std::fs::write(dir.join("gold/test.jsonl"), format!("{}\n", lines[2])).unwrap();
}

/// `marsad eval` on the gold folder and texts that `setup` wrote in `dir`, with `args`.
fn eval_in(dir: &Path, args: &[&str]) -> std::process::Output {
    let g = dir.join("gold");
    let t = dir.join("texts.jsonl");
    let mut all = vec!["eval", g.to_str().unwrap(), "--texts", t.to_str().unwrap()];
    all.extend_from_slice(args);
    marsad(&all)
}

#[test]
fn eval_joins_texts_by_id_and_prints_figures_confusion_and_errors() {
    let d = tempfile::tempdir().unwrap();
    setup(d.path());
    let o = eval_in(d.path(), &[]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}\n{}", stderr(&o));
    // test first, then train
    let header = out.lines().nth(1).unwrap();
    assert!(
        header.find("test").unwrap() < header.find("train").unwrap(),
        "{header}"
    );
    assert!(
        out.contains("event_f1") && out.contains("gold (rows) against predicted"),
        "{out}"
    );
    // by default the errors of dev are listed (there is no dev here), not those of train or test
    assert!(!out.contains("errors per article"), "{out}");
    let o = eval_in(d.path(), &["--errors", "studied"]);
    let out = stdout(&o);
    assert!(out.contains("== train: errors per article"), "{out}");
    assert!(
        !out.contains("== test: errors per article")
            && out.contains("test split is read only to report"),
        "{out}"
    );
    let o = eval_in(d.path(), &["--split", "test", "--show-test-errors"]);
    assert!(
        stdout(&o).contains("== test: errors per article"),
        "{}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains("== train"), "{}", stdout(&o));
}

/// The blind test draw (`test-blind.jsonl`) is read from a gold folder beside the others and,
/// like `test`, reported without its errors.
#[test]
fn a_blind_test_split_is_read_and_its_errors_are_not_shown() {
    let d = tempfile::tempdir().unwrap();
    setup(d.path());
    let g = d.path().join("gold");
    std::fs::copy(g.join("test.jsonl"), g.join("test-blind.jsonl")).unwrap();
    let o = eval_in(d.path(), &["--errors", "studied"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}\n{}", stderr(&o));
    let header = out.lines().nth(1).unwrap();
    // test, then the blind test draw, then train
    let cols: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(cols, ["test", "test-blind", "train"], "{header}");
    assert!(out.contains("== train: errors per article"), "{out}");
    assert!(!out.contains("== test-blind: errors per article"), "{out}");
    assert!(
        out.contains("(test-blind: per-article errors not shown"),
        "{out}"
    );
    let o = eval_in(d.path(), &["--split", "test-blind", "--show-test-errors"]);
    assert!(
        stdout(&o).contains("== test-blind: errors per article"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn floors_fail_with_status_1_and_name_the_split() {
    let d = tempfile::tempdir().unwrap();
    setup(d.path());
    let o = eval_in(d.path(), &["--json", "--min", "event_f1=1.01"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("train: event_f1") && stderr(&o).contains("test: event_f1"),
        "{}",
        stderr(&o)
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["train"]["articles"], 2);
    assert_eq!(v["train"]["negative_articles"], 1);
    assert_eq!(v["test"]["gold_events"], 1);
    let o = eval_in(d.path(), &["--json", "--min", "event_f1=0"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = eval_in(d.path(), &["--min", "no_such=1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no_such"), "{}", stderr(&o));
}

#[test]
fn a_gold_article_without_a_text_or_a_bad_line_is_named() {
    let d = tempfile::tempdir().unwrap();
    setup(d.path());
    let g = d.path().join("gold");
    let t = d.path().join("texts.jsonl");
    std::fs::write(
        g.join("dev.jsonl"),
        "{\"id\": \"t-9\", \"published\": \"2019-03-12\", \"events\": []}\n",
    )
    .unwrap();
    let o = eval_in(d.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("dev.jsonl:1") && stderr(&o).contains("t-9"),
        "{}",
        stderr(&o)
    );
    std::fs::write(g.join("dev.jsonl"), "{\"id\": \"t-1\", \"published\": \"2019-03-12\", \"events\": []}\n{\"id\": \"t-2\", \"published\": \"March\", \"events\": []}\n").unwrap();
    let o = eval_in(d.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("dev.jsonl:2") && stderr(&o).contains("published"),
        "{}",
        stderr(&o)
    );
    let o = marsad(&[
        "eval",
        g.to_str().unwrap(),
        "--split",
        "nope",
        "--texts",
        t.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no split named nope"), "{}", stderr(&o));
}

/// The figures equal those of shared/eval/score.py on the same gold and predictions.
#[test]
fn figures_equal_the_shared_scorer() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let scorer = shared.join("eval/score.py");
    if !scorer.exists() {
        eprintln!("../shared not found: skipping the comparison with score.py");
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let mut files = vec![shared.join("eval/dev.jsonl")];
    let repo_gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/gold");
    for s in ["train", "dev", "test"] {
        if repo_gold.join(format!("{s}.jsonl")).exists() {
            files.push(repo_gold.join(format!("{s}.jsonl")));
        }
    }
    for f in files {
        let out = d.path().join(f.file_stem().unwrap());
        let o = std::process::Command::new(bin())
            .arg("eval")
            .arg(&f)
            .args(["--json", "--out"])
            .arg(&out)
            .env("MARSAD_SHARED", &shared)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let ours: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        let name = f.file_stem().unwrap().to_str().unwrap();
        let py = std::process::Command::new("python3")
            .arg(&scorer)
            .arg(out.join(format!("{name}.gold.jsonl")))
            .arg(out.join(format!("{name}.pred.jsonl")))
            .arg("--json")
            .output()
            .expect("python3 runs");
        assert!(
            py.status.success(),
            "{}",
            String::from_utf8_lossy(&py.stderr)
        );
        let theirs: serde_json::Value = serde_json::from_slice(&py.stdout).unwrap();
        let ours = &ours[name];
        for (k, v) in theirs.as_object().unwrap() {
            assert_eq!(&ours[k], v, "{}: {k}", f.display());
        }
    }
}

/// `marsad train` learns from a gold folder and writes the same model twice; the model parses
/// and says what it was trained on. (Tiny: the learned weights mean nothing here.)
#[test]
fn train_writes_a_deterministic_model() {
    let d = tempfile::tempdir().unwrap();
    setup(d.path());
    let g = d.path().join("gold");
    // train needs train and dev: the fixture's test article serves as dev here
    std::fs::copy(g.join("test.jsonl"), g.join("dev.jsonl")).unwrap();
    std::fs::remove_file(g.join("test.jsonl")).unwrap();
    let t = d.path().join("texts.jsonl");
    let run = |out: &str| {
        std::process::Command::new(bin())
            .args([
                "train",
                "--gold",
                g.to_str().unwrap(),
                "--texts",
                t.to_str().unwrap(),
                "-o",
                out,
            ])
            .env("MARSAD_SHARED", d.path().join("no-shared"))
            .output()
            .unwrap()
    };
    let (a, b) = (d.path().join("a.tsv"), d.path().join("b.tsv"));
    let o = run(a.to_str().unwrap());
    assert_eq!(o.status.code(), Some(0), "{}\n{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("bars:"), "{}", stdout(&o));
    let o = run(b.to_str().unwrap());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (ta, tb) = (
        std::fs::read_to_string(&a).unwrap(),
        std::fs::read_to_string(&b).unwrap(),
    );
    assert_eq!(ta, tb);
    assert!(
        ta.contains("# threshold_guarded ") && ta.contains("# examples "),
        "{ta}"
    );
    // with three articles no feature is seen often enough to get a weight: it parses all the same
    let m = marsad_extract::decide::Model::parse(&ta).unwrap();
    assert!((0.0..=2.0).contains(&m.threshold_guarded), "{ta}");
    // no dev split: a clear error
    std::fs::remove_file(g.join("dev.jsonl")).unwrap();
    let o = run(a.to_str().unwrap());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("dev.jsonl"), "{}", stderr(&o));
}

/// Every record carries its confidence; --candidates shows the rejected ones too.
#[test]
fn records_carry_a_confidence_and_candidates_show_the_decision() {
    let d = tempfile::tempdir().unwrap();
    setup(d.path());
    let t = d.path().join("texts.jsonl");
    let o = marsad(&["extract", t.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first: serde_json::Value =
        serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    let ev = &first["events"][0];
    let c = ev["confidence"].as_f64().expect("a confidence");
    assert!((0.0..=1.0).contains(&c), "{c}");
    let o = marsad(&["extract", t.to_str().unwrap(), "--candidates", "--explain"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for c in v["candidates"].as_array().unwrap() {
            assert!(c["kept"].is_boolean());
            assert!(
                c["why"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|w| w.as_str().unwrap().starts_with("decision: ")),
                "{c}"
            );
        }
    }
}

/// `--bootstrap N`: each split's figures with an interval; a split of one article cannot move.
#[test]
fn bootstrap_prints_intervals_per_split() {
    let d = tempfile::tempdir().unwrap();
    setup(d.path());
    let o = eval_in(d.path(), &["--errors", "none", "--bootstrap", "200"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}\n{}", stderr(&o));
    assert!(
        out.contains("== test: 95% intervals, its 1 articles resampled 200 times"),
        "{out}"
    );
    let line = out
        .lines()
        .skip_while(|l| !l.starts_with("== test: 95%"))
        .find(|l| l.starts_with("event_recall"))
        .unwrap_or_else(|| panic!("{out}"));
    let nums: Vec<&str> = line.split_whitespace().skip(1).collect();
    // one article: every resampling is that article again
    assert_eq!(
        nums[1].trim_matches(|c| c == '[' || c == ','),
        nums[0],
        "{line}"
    );
    assert!(
        out.contains("== train: 95% intervals, its 2 articles"),
        "{out}"
    );
    assert!(!eval_in(d.path(), &["--errors", "none"])
        .stdout
        .windows(3)
        .any(|w| w == b"95%"));
    // with --json, each split's "intervals"
    let o = eval_in(d.path(), &["--json", "--bootstrap", "200"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let iv = &v["test"]["intervals"]["event_recall"];
    assert_eq!(iv[0], iv[1], "{v}");
    assert_eq!(iv[0].as_f64(), v["test"]["event_recall"].as_f64(), "{v}");
}
