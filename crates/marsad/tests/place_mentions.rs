//! `marsad place-mentions`: the held-out figures of a tiny tagged corpus written here, and
//! malformed corpora and models named by file and line.

mod common;
use common::*;
use std::path::Path;

/// Tokens of a sentence with their tags (`O` when not given).
fn conll(words: &str, tags: &[(&str, &str)]) -> String {
    let mut s = String::new();
    for w in words.split_whitespace() {
        let t = tags.iter().find(|(x, _)| *x == w).map_or("O", |(_, t)| t);
        s.push_str(&format!("{w} {t}\n"));
    }
    s
}

/// A corpus folder: ANERcorp-style sentences (the last of five is held out) and a Wojood
/// sample of one sentence per file.
fn corpus(dir: &Path, held_out: &str) {
    let mut aner = String::new();
    for _ in 0..4 {
        aner.push_str(&conll("وصل الوفد إلى دمشق أمس .", &[("دمشق", "B-LOC")]));
    }
    aner.push_str(held_out);
    std::fs::write(dir.join("ANERCorp.txt"), aner).unwrap();
    let w = dir.join("wojood-sample");
    std::fs::create_dir_all(&w).unwrap();
    let woj = conll(
        "زار الوزير مدينة حلب .",
        &[("مدينة", "B-GPE"), ("حلب", "I-GPE")],
    );
    for f in ["train.txt", "val.txt", "test.txt"] {
        std::fs::write(w.join(f), &woj).unwrap();
    }
}

#[test]
fn the_held_out_figures_are_those_of_the_tagged_sentence() {
    let dir = tempfile::tempdir().unwrap();
    // held out: a president (a gazetteer name, not a place) and a city (a place)
    corpus(
        dir.path(),
        &conll(
            "قال الرئيس بشار الأسد إن القصف على مدينة حلب مستمر .",
            &[("بشار", "B-PERS"), ("الأسد", "I-PERS"), ("حلب", "B-LOC")],
        ),
    );
    let d = dir.path().to_str().unwrap();
    let o = marsad(&["place-mentions", "eval", "--data", d]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let held: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("held-out ANERcorp"))
        .take(10)
        .collect();
    let line = |what: &str| -> String {
        held.iter()
            .find(|l| l.trim_start().starts_with(what))
            .unwrap_or_else(|| panic!("no {what:?} line in\n{out}"))
            .to_string()
    };
    assert!(held[0].contains(" 1 sentences)"), "{out}");
    // one place entity (حلب); the model keeps حلب and drops بشار: every figure 1
    assert!(line("1 sentences").contains("1 place entities"), "{out}");
    assert!(
        line("filter model ").contains("P 1.0000 R 1.0000 F1 1.0000 (tp 1 fp 0 fn 0)"),
        "{out}"
    );
    assert!(
        line("mention model ").contains("P 1.0000 R 1.0000 F1 1.0000 (tp 1 fp 0 fn 0)"),
        "{out}"
    );
    // keeping every match keeps بشار too
    assert!(line("filter keep_all ").contains("R 1.0000"), "{out}");
    assert!(!line("filter keep_all ").contains("fp 0 "), "{out}");
    assert!(out.contains("ns a call"), "{out}");
}

#[test]
fn training_writes_a_model_that_eval_reads_and_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    corpus(
        dir.path(),
        &conll("قصف على مدينة حلب .", &[("حلب", "B-LOC")]),
    );
    let d = dir.path().to_str().unwrap();
    let (m1, m2) = (dir.path().join("m1.tsv"), dir.path().join("m2.tsv"));
    for m in [&m1, &m2] {
        let o = marsad(&[
            "place-mentions",
            "train",
            "--data",
            d,
            "--min-count",
            "1",
            "-o",
            m.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).contains("held-out ANERcorp"), "{}", stdout(&o));
    }
    let (a, b) = (std::fs::read(&m1).unwrap(), std::fs::read(&m2).unwrap());
    assert_eq!(a, b, "two trainings on the same data differ");
    let text = String::from_utf8(a).unwrap();
    assert!(text.contains("\nkey=دمشق\t"), "{text}");
    let o = marsad(&[
        "place-mentions",
        "eval",
        "--data",
        d,
        "--model",
        m1.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_malformed_corpus_is_named_by_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), "قصف O\nعلى O\nحلب LOC\n");
    let d = dir.path().to_str().unwrap();
    let o = marsad(&["place-mentions", "eval", "--data", d]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    let e = stderr(&o);
    assert!(e.contains("ANERCorp.txt:27:"), "{e}");
    assert!(e.contains("\"LOC\" is not O, B-TYPE or I-TYPE"), "{e}");
    assert!(!e.contains("panicked"), "{e}");

    // a Wojood file: a line with a token and no tag
    corpus(dir.path(), "قصف O\n.\tO\n");
    std::fs::write(
        dir.path().join("wojood-sample/val.txt"),
        "حلب B-GPE\nدمشق\n",
    )
    .unwrap();
    let o = marsad(&["place-mentions", "train", "--data", d, "-o", "/dev/null"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(e.contains("val.txt:2: expected TOKEN TAG"), "{e}");

    // a missing folder, a missing file, a malformed model
    let o = marsad(&["place-mentions", "eval", "--data", "no-such-folder"]);
    assert!(
        stderr(&o).contains("no-such-folder: not a folder"),
        "{}",
        stderr(&o)
    );
    corpus(dir.path(), "قصف O\n.\tO\n");
    std::fs::remove_file(dir.path().join("wojood-sample/test.txt")).unwrap();
    let o = marsad(&["place-mentions", "eval", "--data", d]);
    assert!(
        stderr(&o).contains("test.txt: cannot read"),
        "{}",
        stderr(&o)
    );
    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "# bias 0\nkey=حلب\t1.5\nkey=دمشق 2\n").unwrap();
    let o = marsad(&[
        "place-mentions",
        "eval",
        "--data",
        d,
        "--model",
        bad.to_str().unwrap(),
    ]);
    assert!(
        stderr(&o).contains("bad.tsv:3: expected TAG=VALUE<TAB>WEIGHT"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn score_shows_each_match_with_its_verdict() {
    let o = marsad(&[
        "place-mentions",
        "score",
        "قال الرئيس بشار الأسد إن القصف على مدينة حلب مستمر",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let line = |w: &str| {
        out.lines()
            .find(|l| l.contains(&format!("«{w}»")))
            .unwrap_or_else(|| panic!("no line for {w} in\n{out}"))
            .to_string()
    };
    assert!(line("حلب").contains(" place «حلب»"), "{out}");
    assert!(line("بشار").contains("not a place «بشار»"), "{out}");
    assert!(line("بشار").contains("key=بشار"), "{out}");
}
