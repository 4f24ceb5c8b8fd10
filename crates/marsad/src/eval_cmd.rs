//! `marsad eval`: run the extractor on coded articles and say how right it is, per split.
//!
//! Gold files hold ids, publication dates and events only; the articles' texts are joined by
//! id from the corpora they came from (`--texts`, by default the shared corpora). Figures are
//! the scorer's (`marsad-eval` computes them as `shared/eval/score.py` does); below them come
//! a confusion matrix of event types and, for the splits one may study, every article's
//! spurious and missed events with their sentences and the wrong fields of matched ones.

use anyhow::{bail, Context, Result};
use clap::Parser;
use marsad_eval::{Confusion, Report};
use marsad_extract::Extractor;
use marsad_model::{Article, ArticleMeta};
use rayon::prelude::*;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// The splits a gold folder may hold, in the order they are shown: the ones that count first.
/// `test-blind` is the blind test draw (data/gold/README.md): like `test`, read only to report.
const SPLITS: [&str; 4] = ["test", "test-blind", "dev", "train"];

#[derive(Parser)]
pub struct EvalArgs {
    /// Gold files (JSON Lines, gold form of docs/FORMAT.md) or folders holding train.jsonl,
    /// dev.jsonl and test.jsonl (and test-blind.jsonl, the blind test draw, when there). A file's
    /// split is its name without .jsonl; a split whose name starts with "test" is read only to
    /// report (its errors are not shown).
    #[arg(default_value = "data/gold")]
    gold: Vec<PathBuf>,
    /// Only these splits (repeat or comma-separate): test, dev, train, or a file's name.
    #[arg(long, value_delimiter = ',')]
    split: Vec<String>,
    /// JSON Lines files (plain or gzip) holding the articles' texts, joined by id.
    /// Default: the corpora under $MARSAD_SHARED (default ../shared): corpus/*.jsonl.gz and
    /// eval/dev.jsonl. A gold line that has its own "text" keeps it.
    #[arg(long)]
    texts: Vec<PathBuf>,
    /// Print the figures as one JSON object per split ({"split": {...}}) and nothing else.
    #[arg(long)]
    json: bool,
    /// Fail (exit status 1) when a figure of any selected split is below VALUE, e.g.
    /// --min event_f1=0.5. Names as in the figures table.
    #[arg(long = "min", value_name = "METRIC=VALUE", value_parser = parse_bound)]
    min: Vec<(String, f64)>,
    /// Write, per split, the gold with texts joined (SPLIT.gold.jsonl) and the predictions
    /// (SPLIT.pred.jsonl) here, for score.py or any other tool.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Per-article errors: "auto" (the default) lists them for the splits named with --split,
    /// or for dev when none is named (train's run to thousands of lines: --split train);
    /// "studied" for train and dev; "none". The test split's errors are shown only with
    /// --show-test-errors.
    #[arg(long, default_value = "auto", value_parser = ["auto", "none", "studied"])]
    errors: String,
    /// Show the test split's per-article errors too. The test split is for reporting: a rule,
    /// feature or threshold chosen by looking at its errors makes its figures meaningless.
    #[arg(long)]
    show_test_errors: bool,
    /// Do not geocode (places are then all wrong; for timing the rest).
    #[arg(long)]
    no_places: bool,
    /// Also print, per split, each figure's 95% interval over N resamplings of its articles
    /// (with replacement, fixed draws): how far the figure could move on another draw of the
    /// same kind of articles (with --json: each split's "intervals", name -> [low, high]).
    /// 1000 is plenty; 0 (the default) prints none.
    #[arg(long, value_name = "N", default_value_t = 0)]
    bootstrap: usize,
}

fn parse_bound(s: &str) -> Result<(String, f64), String> {
    let (k, v) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?}: expected METRIC=VALUE, e.g. event_f1=0.5"))?;
    let v: f64 = v
        .parse()
        .map_err(|_| format!("{s:?}: {v:?} is not a number"))?;
    Ok((k.trim().to_string(), v))
}

pub const AFTER_HELP: &str = "Examples:
  marsad eval                                  # train, dev and test of data/gold, test first;
                                               # the errors of dev
  marsad eval --split dev                      # figures, confusion matrix, errors with sentences
  marsad eval --split train | less             # the errors of train (long)
  marsad eval --split test --min event_f1=0.5  # what CI runs: the test split's floors
  marsad eval ../shared/eval/dev.jsonl         # any gold file (texts inside or joined by id)
  marsad eval --json --out /tmp/eval           # figures as JSON; gold and predictions written
                                               # for: python3 ../shared/eval/score.py G P

Reading the output:
  figures     the scorer's: event precision/recall/F1 (events paired within an article by
              event type), record F1 (sub-type, date, place, fatalities, injured all right),
              and per-field accuracies over the matched pairs.
  confusion   gold event type (rows) against predicted type (columns); 'none' is a missed
              (row) or spurious (column) event. A spurious event on the day of a missed event
              of another type counts as a type confusion.
  errors      '+' spurious prediction, '-' missed required gold event, '~' matched with wrong
              fields, each with its sentence.

Exit status: 0 done, 1 a --min floor not met, 2 unusable input.";

pub(crate) struct Split {
    pub name: String,
    pub path: PathBuf,
    pub gold: Vec<Value>,
}

pub(crate) fn shared_dir() -> PathBuf {
    std::env::var_os("MARSAD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared"))
}

fn gold_files(args: &EvalArgs) -> Result<Vec<(String, PathBuf)>> {
    let mut files = Vec::new();
    for g in &args.gold {
        if g.is_dir() {
            let found: Vec<_> = SPLITS
                .iter()
                .map(|s| (s.to_string(), g.join(format!("{s}.jsonl"))))
                .filter(|(_, p)| p.is_file())
                .collect();
            if found.is_empty() {
                bail!(
                    "{}: no train.jsonl, dev.jsonl or test.jsonl in this folder",
                    g.display()
                );
            }
            files.extend(found);
        } else if g.is_file() {
            let name = g.file_name().and_then(|n| n.to_str()).unwrap_or("gold");
            let name = name
                .trim_end_matches(".gz")
                .trim_end_matches(".jsonl")
                .to_string();
            files.push((name, g.clone()));
        } else {
            bail!(
                "{}: no such gold file or folder{}",
                g.display(),
                if g == Path::new("data/gold") {
                    " (run marsad eval from the repository's root, or name the gold files)"
                } else {
                    ""
                }
            );
        }
    }
    if !args.split.is_empty() {
        let want: HashSet<&str> = args.split.iter().map(String::as_str).collect();
        let have: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        files.retain(|(n, _)| want.contains(n.as_str()));
        if files.is_empty() {
            bail!(
                "no split named {} (have: {})",
                args.split.join(", "),
                have.join(", ")
            );
        }
    }
    Ok(files)
}

pub(crate) fn read_gold(name: &str, path: &Path) -> Result<Split> {
    let r = crate::input::open(&path.to_string_lossy())?;
    let mut gold = Vec::new();
    for (n, line) in r.lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: cannot read", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not valid JSON", path.display(), n + 1))?;
        if !v["id"].is_string() {
            bail!(
                "{}:{}: a gold line needs a string \"id\"",
                path.display(),
                n + 1
            );
        }
        if crate::input::parse_date(v["published"].as_str().unwrap_or("")).is_none() {
            bail!(
                "{}:{}: article {}: \"published\" must be a date (YYYY-MM-DD)",
                path.display(),
                n + 1,
                v["id"]
            );
        }
        if !v["events"].is_array() {
            bail!(
                "{}:{}: article {}: \"events\" must be a list (empty for no event)",
                path.display(),
                n + 1,
                v["id"]
            );
        }
        gold.push(v);
    }
    Ok(Split {
        name: name.to_string(),
        path: path.to_path_buf(),
        gold,
    })
}

/// Find the texts of the ids that lack one, in the given (or default) corpora.
pub(crate) fn join_texts(splits: &mut [Split], texts: &[PathBuf]) -> Result<()> {
    let need: HashSet<String> = splits
        .iter()
        .flat_map(|s| s.gold.iter())
        .filter(|g| !g["text"].is_string())
        .filter_map(|g| g["id"].as_str().map(String::from))
        .collect();
    if need.is_empty() {
        return Ok(());
    }
    let sources: Vec<PathBuf> = if texts.is_empty() {
        let sh = shared_dir();
        let mut v: Vec<PathBuf> = std::fs::read_dir(sh.join("corpus"))
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.to_string_lossy().ends_with(".jsonl.gz"))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        if sh.join("eval/dev.jsonl").is_file() {
            v.push(sh.join("eval/dev.jsonl"));
        }
        if v.is_empty() {
            bail!("{} articles need their texts and no corpus was found under {}: give --texts FILE (the corpora the gold was coded from) or set MARSAD_SHARED", need.len(), sh.display());
        }
        v
    } else {
        texts.to_vec()
    };
    let mut found: HashMap<String, (String, Vec<(String, Value)>)> = HashMap::new();
    for src in &sources {
        let r = crate::input::open(&src.to_string_lossy())?;
        for (n, line) in r.lines().enumerate() {
            let line = line.with_context(|| format!("{}:{}: cannot read", src.display(), n + 1))?;
            // cheap test before parsing: most corpus lines are not wanted
            let Some(id) = quick_id(&line) else { continue };
            if !need.contains(id) || found.contains_key(id) {
                continue;
            }
            let v: Value = serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: not valid JSON", src.display(), n + 1))?;
            if let Some(t) = v["text"].as_str() {
                let meta: Vec<(String, Value)> = ["title", "url", "source"]
                    .iter()
                    .filter_map(|k| v.get(*k).map(|x| (k.to_string(), x.clone())))
                    .collect();
                found.insert(id.to_string(), (t.to_string(), meta));
            }
        }
    }
    for s in splits.iter_mut() {
        for (n, g) in s.gold.iter_mut().enumerate() {
            if g["text"].is_string() {
                continue;
            }
            let id = g["id"].as_str().unwrap_or_default().to_string();
            let Some((t, meta)) = found.get(&id) else {
                bail!("{}:{}: no text for article {id} in {}: give --texts with the corpus it was coded from", s.path.display(), n + 1, sources.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "));
            };
            g["text"] = Value::String(t.clone());
            // the title, address and outlet travel with the text (the input form has them)
            for (k, x) in meta {
                if g[k.as_str()].is_null() {
                    g[k.as_str()] = x.clone();
                }
            }
        }
    }
    Ok(())
}

/// The value of a line's "id" key when it is a plain string, without parsing the line.
fn quick_id(line: &str) -> Option<&str> {
    let i = line.find("\"id\"")?;
    let rest = line[i + 4..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(&rest[..end])
}

pub(crate) fn article_of(g: &Value) -> Article {
    Article {
        id: g["id"].as_str().unwrap_or_default().to_string(),
        published: crate::input::parse_date(g["published"].as_str().unwrap_or_default())
            .expect("checked when read"),
        title: g["title"].as_str().map(String::from),
        source: g["source"].as_str().map(String::from),
        url: g["url"].as_str().map(String::from),
        text: g["text"].as_str().unwrap_or_default().to_string(),
    }
}

fn predict(x: &Extractor<'_>, gold: &[Value]) -> Vec<Value> {
    gold.par_iter()
        .map(|g| {
            let art = article_of(g);
            let evs: Vec<Value> = x
                .extract(&art)
                .iter()
                .map(|e| serde_json::to_value(&e.event).expect("events serialize"))
                .collect();
            serde_json::json!({"article": ArticleMeta::from(&art), "events": evs})
        })
        .collect()
}

pub(crate) fn commit() -> String {
    let run = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    match run(&["rev-parse", "--short", "HEAD"]) {
        Some(c) if !c.is_empty() => {
            let dirty = run(&["status", "--porcelain", "--untracked-files=no"])
                .is_some_and(|s| !s.is_empty());
            format!(
                "commit {c}{}",
                if dirty {
                    " with uncommitted changes"
                } else {
                    ""
                }
            )
        }
        _ => "commit unknown (not a git checkout)".to_string(),
    }
}

pub fn run(args: EvalArgs) -> Result<i32> {
    let mut splits: Vec<Split> = gold_files(&args)?
        .into_iter()
        .map(|(n, p)| read_gold(&n, &p))
        .collect::<Result<_>>()?;
    let total: usize = splits.iter().map(|s| s.gold.len()).sum();
    eprintln!(
        "marsad eval: {} split(s), {total} articles; joining texts ...",
        splits.len()
    );
    join_texts(&mut splits, &args.texts)?;
    let mut x = Extractor::embedded();
    if args.no_places {
        x = x.without_places();
    }
    let mut reports = Vec::new();
    for s in &splits {
        let t = std::time::Instant::now();
        let pred = predict(&x, &s.gold);
        eprintln!(
            "  {}: {} articles extracted in {:.2} s",
            s.name,
            s.gold.len(),
            t.elapsed().as_secs_f64()
        );
        if let Some(dir) = &args.out {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("{}: cannot create", dir.display()))?;
            write_lines(&dir.join(format!("{}.gold.jsonl", s.name)), &s.gold)?;
            write_lines(&dir.join(format!("{}.pred.jsonl", s.name)), &pred)?;
        }
        let report = marsad_eval::score(&s.gold, &pred);
        reports.push((s, pred, report));
    }

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        let mut o = serde_json::Map::new();
        for (s, _, r) in &reports {
            let mut v = serde_json::to_value(&r.metrics)?;
            if args.bootstrap > 0 {
                let iv: serde_json::Map<String, Value> =
                    marsad_eval::intervals(r, args.bootstrap, 1)
                        .into_iter()
                        .map(|i| (i.name, serde_json::json!([i.low, i.high])))
                        .collect();
                v["intervals"] = Value::Object(iv);
            }
            o.insert(s.name.clone(), v);
        }
        writeln!(out, "{}", Value::Object(o))?;
    } else {
        writeln!(
            out,
            "marsad {} ({}), gold: {}",
            env!("CARGO_PKG_VERSION"),
            commit(),
            splits
                .iter()
                .map(|s| s.path.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )?;
        out.write_all(figures_table(&reports).as_bytes())?;
        if args.bootstrap > 0 {
            for (s, _, r) in &reports {
                writeln!(
                    out,
                    "\n== {}: 95% intervals, its {} articles resampled {} times",
                    s.name,
                    r.articles.len(),
                    args.bootstrap
                )?;
                for i in marsad_eval::intervals(r, args.bootstrap, 1) {
                    writeln!(
                        out,
                        "{:37} {:>10.4}  [{:.4}, {:.4}]",
                        i.name, i.value, i.low, i.high
                    )?;
                }
            }
        }
        for (s, pred, r) in &reports {
            writeln!(
                out,
                "\n== {}: event types, gold (rows) against predicted (columns)",
                s.name
            )?;
            out.write_all(confusion_table(&r.event_types).as_bytes())?;
            let subs = sub_confusions(&r.sub_event_types);
            if !subs.is_empty() {
                writeln!(
                    out,
                    "sub-types confused within a type (gold -> predicted: pairs): {subs}"
                )?;
            }
            let studied = !s.name.starts_with("test");
            let wanted = match args.errors.as_str() {
                "none" => false,
                "studied" => true,
                _ => !args.split.is_empty() || s.name == "dev" || reports.len() == 1,
            };
            if wanted && (studied || args.show_test_errors) {
                writeln!(
                    out,
                    "\n== {}: errors per article ('+' spurious, '-' missed, '~' wrong fields)",
                    s.name
                )?;
                out.write_all(errors(&s.gold, pred, r).as_bytes())?;
            } else if wanted && !studied {
                writeln!(out, "({}: per-article errors not shown: the test split is read only to report; --show-test-errors shows them)", s.name)?;
            }
        }
    }
    out.flush()?;
    let mut short = Vec::new();
    for (k, v) in &args.min {
        for (s, _, r) in &reports {
            if serde_json::to_value(&r.metrics)?.get(k).is_none() {
                bail!("--min {k}: no figure of that name (see the figures table)");
            }
            match r.metrics.get(k) {
                Some(x) if x >= *v => {}
                got => short.push(format!(
                    "{}: {k} = {} < {v}",
                    s.name,
                    got.map_or("none".into(), |x| x.to_string())
                )),
            }
        }
    }
    if !short.is_empty() {
        eprintln!("below the floor: {}", short.join("; "));
        return Ok(1);
    }
    Ok(0)
}

fn write_lines(path: &Path, rows: &[Value]) -> Result<()> {
    let f = std::fs::File::create(path)
        .with_context(|| format!("{}: cannot create", path.display()))?;
    let mut w = std::io::BufWriter::new(f);
    for r in rows {
        serde_json::to_writer(&mut w, r)?;
        w.write_all(b"\n")?;
    }
    w.flush()
        .with_context(|| format!("{}: cannot write", path.display()))
}

fn figures_table(reports: &[(&Split, Vec<Value>, Report)]) -> String {
    let mut s = String::new();
    let _ = write!(s, "{:37}", "");
    for (sp, _, _) in reports {
        // a column as wide as its split's name and at least 10 (the cells below too)
        let _ = write!(s, " {:>10}", sp.name);
    }
    s.push('\n');
    let rows: Vec<(String, Vec<String>)> = {
        let vals: Vec<serde_json::Map<String, Value>> = reports
            .iter()
            .map(|(_, _, r)| match serde_json::to_value(&r.metrics) {
                Ok(Value::Object(o)) => o,
                _ => serde_json::Map::new(),
            })
            .collect();
        // the scorer's order: counts, event figures, fields
        let keys: Vec<String> = ORDER
            .iter()
            .map(|k| k.to_string())
            .filter(|k| vals.first().is_some_and(|o| o.contains_key(k)))
            .collect();
        keys.into_iter()
            .map(|k| {
                let cells = vals
                    .iter()
                    .map(|o| match &o[&k] {
                        Value::Null => "-".to_string(),
                        Value::Number(n) => n.to_string(),
                        v => v.to_string(),
                    })
                    .collect();
                (k, cells)
            })
            .collect()
    };
    for (k, cells) in rows {
        let _ = write!(s, "{k:37}");
        for (c, (sp, _, _)) in cells.iter().zip(reports) {
            let _ = write!(s, " {c:>w$}", w = sp.name.chars().count().max(10));
        }
        s.push('\n');
    }
    s
}

const ORDER: [&str; 19] = [
    "articles",
    "articles_missing",
    "negative_articles",
    "gold_events",
    "predicted_events",
    "event_precision",
    "event_recall",
    "event_f1",
    "record_f1",
    "false_events_in_negative_articles",
    "sub_event_type_accuracy",
    "date_accuracy",
    "location_accuracy",
    "country_accuracy",
    "fatalities_accuracy",
    "injured_accuracy",
    "actor_accuracy",
    "spans_checked",
    "spans_wrong",
];

fn short_type(t: &str) -> &str {
    match t {
        "battles" => "battles",
        "explosions_remote_violence" => "explosions",
        "violence_against_civilians" => "vs_civilians",
        "protests" => "protests",
        "riots" => "riots",
        "strategic_developments" => "strategic",
        t => t,
    }
}

fn confusion_table(c: &Confusion) -> String {
    let labels = c.labels();
    let mut s = String::new();
    let _ = write!(s, "{:>14}", "gold \\ pred");
    for l in &labels {
        let _ = write!(s, "{:>13}", short_type(l));
    }
    s.push('\n');
    for g in &labels {
        let _ = write!(s, "{:>14}", short_type(g));
        for p in &labels {
            let n = c.get(g, p);
            let _ = write!(
                s,
                "{:>13}",
                if n == 0 {
                    ".".to_string()
                } else {
                    n.to_string()
                }
            );
        }
        s.push('\n');
    }
    s
}

fn sub_confusions(c: &Confusion) -> String {
    let mut v: Vec<(usize, String)> = Vec::new();
    for (g, row) in &c.counts {
        for (p, n) in row {
            if g != p {
                v.push((*n, format!("{g} -> {p}: {n}")));
            }
        }
    }
    v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    v.into_iter().map(|x| x.1).collect::<Vec<_>>().join(", ")
}

/// The sentence around a span of code points: from the last stop before it to the next one.
fn sentence_at(text: &[char], start: usize, end: usize) -> String {
    let stop = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '\n');
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let a = text[..start]
        .iter()
        .rposition(|c| stop(*c))
        .map_or(0, |i| i + 1);
    let b = text[end..]
        .iter()
        .position(|c| stop(*c))
        .map_or(text.len(), |i| end + i + 1);
    clip(text[a..b].iter().collect::<String>().trim())
}

fn clip(s: &str) -> String {
    let n = s.chars().count();
    if n <= 240 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(240).collect::<String>())
    }
}

fn span_of(v: &Value) -> Option<(usize, usize)> {
    let a = v.as_array()?;
    Some((a.first()?.as_u64()? as usize, a.get(1)?.as_u64()? as usize))
}

/// The sentence most likely to tell a gold event (gold has no spans): the one with most of
/// its actors' Arabic forms, its place name and its toll.
fn gold_sentence(text: &[char], g: &Value) -> String {
    let mut cues: Vec<String> = Vec::new();
    for r in ["actor1", "actor2"] {
        if let Some(a) = g[r]["any_of"].as_array() {
            cues.extend(
                a.iter()
                    .filter_map(Value::as_str)
                    .filter(|x| {
                        x.chars().count() >= 3
                            && x.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))
                    })
                    .map(String::from),
            );
        }
    }
    if let Some(n) = g["location"]["name"].as_str() {
        cues.push(n.to_string());
    }
    if let Some(f) = g["fatalities"].as_u64() {
        cues.push(f.to_string());
    }
    let mut best: Option<(usize, usize, usize)> = None;
    let mut begin = 0;
    for (i, c) in text.iter().enumerate() {
        if matches!(c, '.' | '!' | '?' | '؟' | '\n') || i + 1 == text.len() {
            let sent: String = text[begin..=i].iter().collect();
            let hits = cues.iter().filter(|c| sent.contains(c.as_str())).count();
            if hits > 0 && best.is_none_or(|b| hits > b.0) {
                best = Some((hits, begin, i + 1));
            }
            begin = i + 1;
        }
    }
    best.map_or(
        "(no sentence names its actors, place or toll)".to_string(),
        |(_, a, b)| clip(text[a..b].iter().collect::<String>().trim()),
    )
}

fn describe(e: &Value) -> String {
    let mut s = format!(
        "{}/{}",
        short_type(e["event_type"].as_str().unwrap_or("?")),
        e["sub_event_type"].as_str().unwrap_or("?")
    );
    let d = &e["date"];
    if let Some(a) = d["start"].as_str() {
        match d["end"].as_str() {
            Some(b) if b != a => {
                let _ = write!(s, " {a}..{b}");
            }
            _ => {
                let _ = write!(s, " {a}");
            }
        }
    }
    let l = &e["location"];
    if l.is_object() {
        let name = l["name"].as_str().or(l["text"].as_str()).unwrap_or("?");
        let _ = write!(s, " at {name} ({})", l["country"].as_str().unwrap_or("?"));
    }
    for k in ["fatalities", "injured"] {
        if !e[k].is_null() {
            let _ = write!(s, " {k}={}", e[k]);
        }
    }
    if e["optional"].as_bool() == Some(true) {
        s.push_str(" [optional]");
    }
    s
}

fn field_value(e: &Value, f: marsad_eval::Field) -> String {
    use marsad_eval::Field::*;
    match f {
        SubEventType => e["sub_event_type"].as_str().unwrap_or("-").to_string(),
        Date => match (e["date"]["start"].as_str(), e["date"]["end"].as_str()) {
            (Some(a), Some(b)) if a != b => format!("{a}..{b}"),
            (Some(a), _) => a.to_string(),
            _ => "-".into(),
        },
        Location => {
            let l = &e["location"];
            match (l["lat"].as_f64(), l["lon"].as_f64()) {
                (Some(a), Some(b)) => format!(
                    "{} ({a:.2},{b:.2}{})",
                    l["name"].as_str().or(l["text"].as_str()).unwrap_or("?"),
                    l["tolerance_km"]
                        .as_f64()
                        .map_or(String::new(), |t| format!(" ±{t}km"))
                ),
                _ => format!(
                    "{} (no coordinates)",
                    l["name"].as_str().or(l["text"].as_str()).unwrap_or("-")
                ),
            }
        }
        Country => e["location"]["country"].as_str().unwrap_or("-").to_string(),
        Fatalities => e["fatalities"].to_string(),
        Injured => e["injured"].to_string(),
    }
}

fn errors(gold: &[Value], pred: &[Value], r: &Report) -> String {
    let mut s = String::new();
    let by_id: HashMap<&str, &Value> = gold
        .iter()
        .filter_map(|g| Some((g["id"].as_str()?, g)))
        .collect();
    let pred_by_id: HashMap<&str, &Value> = pred
        .iter()
        .filter_map(|p| Some((p["article"]["id"].as_str()?, p)))
        .collect();
    let mut clean = 0;
    for a in &r.articles {
        let scored: Vec<_> = a
            .pairs
            .iter()
            .filter(|p| !p.optional && (!p.errors.is_empty() || !p.actors_missed.is_empty()))
            .collect();
        if a.spurious.is_empty() && a.missed.is_empty() && scored.is_empty() {
            clean += 1;
            continue;
        }
        let g = by_id[a.id.as_str()];
        let text: Vec<char> = g["text"].as_str().unwrap_or("").chars().collect();
        let pevs: &[Value] = pred_by_id
            .get(a.id.as_str())
            .and_then(|p| p["events"].as_array())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let gevs = g["events"].as_array().map(Vec::as_slice).unwrap_or(&[]);
        let _ = writeln!(
            s,
            "{} ({}) matched {}, spurious {}, missed {}{}",
            a.id,
            g["published"].as_str().unwrap_or("?"),
            a.pairs.iter().filter(|p| !p.optional).count(),
            a.spurious.len(),
            a.missed.len(),
            if gevs.is_empty() {
                " [no event in gold]"
            } else {
                ""
            }
        );
        let pred_sentence = |e: &Value| {
            let sp = span_of(&e["sentence"]).or_else(|| span_of(&e["trigger"]["span"]));
            sp.map_or(String::new(), |(a, b)| sentence_at(&text, a, b))
        };
        for &i in &a.spurious {
            let e = &pevs[i];
            let _ = writeln!(
                s,
                "  + {} «{}»\n      {}",
                describe(e),
                e["trigger"]["text"].as_str().unwrap_or(""),
                pred_sentence(e)
            );
        }
        for &j in &a.missed {
            let _ = writeln!(
                s,
                "  - {}\n      {}",
                describe(&gevs[j]),
                gold_sentence(&text, &gevs[j])
            );
        }
        for p in scored {
            let (pe, ge) = (&pevs[p.pred], &gevs[p.gold]);
            let mut what: Vec<String> = p
                .errors
                .iter()
                .map(|f| {
                    format!(
                        "{} {} (gold {})",
                        f.name(),
                        field_value(pe, *f),
                        field_value(ge, *f)
                    )
                })
                .collect();
            for r in &p.actors_missed {
                let names = ge[*r]["any_of"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .take(3)
                            .collect::<Vec<_>>()
                            .join("/")
                    })
                    .unwrap_or_default();
                what.push(format!(
                    "{r} {} not found (predicted {} / {})",
                    names,
                    pe["actor1"]["canonical"].as_str().unwrap_or("-"),
                    pe["actor2"]["canonical"].as_str().unwrap_or("-")
                ));
            }
            let _ = writeln!(
                s,
                "  ~ {}: {}\n      {}",
                describe(pe),
                what.join("; "),
                pred_sentence(pe)
            );
        }
    }
    let _ = writeln!(
        s,
        "({clean} of {} articles without an error)",
        r.articles.len()
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_read_without_parsing_the_line() {
        assert_eq!(quick_id(r#"{"id": "snn-1", "text": "x"}"#), Some("snn-1"));
        assert_eq!(quick_id(r#"{"text": "x", "id":"a"}"#), Some("a"));
        assert_eq!(quick_id(r#"{"text": "x"}"#), None);
    }

    #[test]
    fn a_sentence_is_cut_at_stops() {
        let t: Vec<char> = "قال. قتل ثلاثة في حلب. ثم".chars().collect();
        assert_eq!(sentence_at(&t, 5, 8), "قتل ثلاثة في حلب.");
    }
}
