//! The `marsad` command line: extract events from Arabic news, benchmark, build the gazetteer.

mod eval_cmd;
mod gazetteer_cmd;
mod html_bench_cmd;
mod input;
mod place_mentions_cmd;
mod pretty;
mod reviewer_cmd;
mod serve;
mod store_cmd;
mod train_cmd;
#[cfg(feature = "fetch")]
mod watch;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use marsad_extract::{Explained, Extractor};
use marsad_model::{Article, ArticleMeta};
use rayon::prelude::*;
use std::io::Write;
use std::time::Instant;

/// marsad (مرصد): Arabic news in, conflict-event records out, every field pointing at its words.
#[derive(Parser)]
#[command(version, about, long_about = None, after_help = "Examples:\n  marsad extract examples/report.txt --published 2024-03-13 --format pretty\n  marsad extract articles.jsonl.gz > events.jsonl\n  cat articles.jsonl | marsad extract - --explain --format pretty\n  marsad bench corpus.jsonl.gz --limit 5000\n  marsad ingest ~/news/ articles.jsonl.gz && marsad query --country YE --type air_drone_strike\n  marsad export --format csv > events.csv")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Extract events from articles (plain text, JSON Lines, or gzip'd JSON Lines).
    ///
    /// Output on stdout: one JSON line per input article, in input order, in the output form
    /// of docs/FORMAT.md ({"article": {...}, "events": [...]}). Every field taken from the text has
    /// "text" and "span" ([start, end) in Unicode code points of the article text).
    /// Errors go to stderr as FILE:LINE: message; a bad line never stops the others, and the
    /// exit status is 1 when any input failed.
    #[command(
        after_help = "Input forms:\n  *.txt or text that does not start with '{'   one article; needs --published\n  *.jsonl, *.jsonl.gz, or text starting with '{'  one article per line:\n      {\"id\": \"...\", \"published\": \"YYYY-MM-DD\", \"text\": \"...\", \"title\"?, \"source\"?, \"url\"?}\n  -   standard input (either form)"
    )]
    Extract(ExtractArgs),
    /// Measure extraction speed on a JSON Lines corpus (one core), with peak memory.
    Bench(BenchArgs),
    /// Score main-text extraction from HTML on pages with human-marked article bodies.
    ///
    /// Reads a folder in the article-extraction-benchmark layout (ground-truth.json and
    /// html/ID.html.gz), extracts each page's main text as `marsad ingest` does, and prints
    /// the 4-word-shingle precision, recall and F1 averaged over pages, the pages that came
    /// out empty or kept under half their body, and the time a page.
    #[command(name = "html-bench", after_help = html_bench_cmd::AFTER_HELP)]
    HtmlBench(html_bench_cmd::HtmlBenchArgs),
    /// The place index: compile it from Who's On First and GeoNames, or look a name up.
    Gazetteer(gazetteer_cmd::GazetteerArgs),
    /// The place-mention model (is a gazetteer match, here, a place?): learn it from tagged
    /// named-entity corpora, or measure it on their held-out part.
    #[command(name = "place-mentions")]
    PlaceMentions(place_mentions_cmd::PlaceMentionsArgs),
    /// Read sources into the store: extract every article once, keep it with its events.
    ///
    /// Inputs are detected by extension, then by content: JSON Lines (plain or gzip), plain
    /// text, HTML pages (main text only; title, date and site from meta tags), RSS/Atom feeds,
    /// WARC archives (HTML responses). Folders are walked recursively. UTF-8, windows-1256 and
    /// ISO-8859-6 are detected and converted. Ingesting the same article again (same URL or
    /// same text) replaces its events; a syndicated copy is linked to the article it copies.
    /// A bad file, line, page or record is reported as FILE:POSITION: message and counted;
    /// the rest goes on. Safe to kill at any moment: run the same command again.
    #[command(
        after_help = "Examples:\n  marsad ingest ~/news/ feeds.xml crawl.warc.gz articles.jsonl.gz\n  marsad ingest notes.txt --published 2015-08-03 --db /tmp/test.db\n\nPrints: read / new / updated / unchanged / duplicate / failed, and the events stored.\nExit status: 0 all read, 1 some inputs failed, 2 nothing could be done."
    )]
    Ingest(store_cmd::IngestArgs),
    /// Find stored events: by date, country, type, place, actor and words of the article.
    ///
    /// Filters combine (all must hold). Newest first.
    #[command(
        after_help = "Examples:\n  marsad query --from 2015-08-01 --to 2015-08-07 --country YE --type explosions_remote_violence\n  marsad query --near 34.46,40.95,30 --actor \"Islamic State\" --text \"الباغوز\" --format jsonl\n  marsad query --bbox 42,12,46,19 --type air_drone_strike --limit 10\n  marsad query --country SY --bench 200      # latency of the query, p50/p99 on stderr"
    )]
    Query(store_cmd::QueryArgs),
    /// Write stored events out: CSV with ACLED's columns, GeoJSON, or JSON Lines.
    #[command(
        after_help = "Examples:\n  marsad export --format csv > events.csv            # opens in a spreadsheet, Arabic intact\n  marsad export --format geojson --country SY -o syria.geojson\n  marsad export --format jsonl --from 2015-08-01 > events.jsonl"
    )]
    Export(store_cmd::ExportArgs),
    /// What the store holds: articles, copies, events by type, country and week.
    Stats(store_cmd::StatsArgs),
    /// Measure the extractor against coded articles: figures per split, confusion, errors.
    ///
    /// Runs the extractor on the gold articles of data/gold (train, dev, test; texts joined
    /// by id from the shared corpora) or on the gold files named, and prints the scorer's
    /// figures per split (test first), a confusion matrix of event types and, for train and
    /// dev, every article's spurious and missed events with their sentences.
    #[command(after_help = eval_cmd::AFTER_HELP)]
    Eval(eval_cmd::EvalArgs),
    /// Learn the event decision from the coded corpus (data/gold): writes data/model/.
    ///
    /// The rules' candidates on the train split (and the ones their guards stop), labelled by
    /// the scorer's matching against the gold, train a logistic model over named features; L2
    /// and the least feature count by 5-fold cross-validation on train; three bars (rules'
    /// events in the body, in the lead, guarded candidates) on dev, among those that keep the
    /// PETRARCH recall floors and the earlier development set's floors; a sub-type decision,
    /// kept only if it helps on dev; the place and the actor decisions (a softmax over an
    /// event's candidate places, and over its candidate actors for each side), each kept only
    /// if it chooses right more often than the rules on dev. The test split is not read.
    /// Deterministic.
    #[command(after_help = train_cmd::AFTER_HELP)]
    Train(train_cmd::TrainArgs),
    /// The reviewers: add one (prints their token once), remove one, list them.
    #[command(
        after_help = "Examples:\n  marsad reviewer add amal --db events.db      # the token is stdout's last line\n  marsad reviewer list --db events.db\n  marsad reviewer remove amal --db events.db"
    )]
    Reviewer(reviewer_cmd::ReviewerArgs),
    /// Serve the HTTP API and the web page (map, timeline, evidence) on this machine.
    #[command(after_help = serve::AFTER_HELP)]
    Serve(serve::ServeArgs),
    /// Keep a store current: poll feeds and pages, store what is new, raise alerts.
    ///
    /// Polls each source of the sources file on its interval (conditional requests, a
    /// per-host delay, robots.txt, backoff after errors), follows each new item's link to
    /// its article, extracts and stores it once, and delivers the alerts its new events
    /// match (a JSON Lines file and/or a webhook). Runs until Ctrl-C or SIGTERM, which stop
    /// it after the batch in flight; --once runs one round and exits.
    #[cfg(feature = "fetch")]
    #[command(after_help = watch::AFTER_HELP)]
    Watch(watch::WatchArgs),
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// One JSON object per article per line (the output form of docs/FORMAT.md).
    Jsonl,
    /// Human-readable: each event with its evidence highlighted in the sentence.
    Pretty,
}

#[derive(Parser)]
struct ExtractArgs {
    /// Input files, or - for standard input.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Publication date of plain-text articles (YYYY-MM-DD); relative dates resolve against it.
    #[arg(long, value_parser = parse_published)]
    published: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Say why each field was chosen (rules and the words used); adds "why" to JSON events.
    #[arg(long)]
    explain: bool,
    /// Do not geocode places (faster; locations are left out).
    #[arg(long)]
    no_places: bool,
    /// Show every candidate the rules proposed, the ones the trained decision rejected too
    /// (marked "kept": false), each with its confidence and, with --explain, the features
    /// that weighed most.
    #[arg(long)]
    candidates: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Colour in pretty output: auto, always, never.
    #[arg(long, default_value = "auto")]
    color: String,
}

#[derive(Parser)]
struct BenchArgs {
    /// A JSON Lines corpus (plain or gzip), e.g. the SaudiNewsNet benchmark corpus.
    corpus: String,
    /// Use at most this many articles.
    #[arg(long)]
    limit: Option<usize>,
    /// Measure without geocoding too, for comparison.
    #[arg(long)]
    compare_no_places: bool,
    /// Pass over the corpus this many times (with and without places taking turns) and
    /// report the best and the median pass: on a shared machine, single passes vary.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100))]
    rounds: u32,
}

fn parse_published(s: &str) -> Result<NaiveDate, String> {
    input::parse_date(s).ok_or_else(|| format!("{s:?} is not a date; expected YYYY-MM-DD"))
}

fn main() {
    let cli = Cli::parse();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

fn run(cli: Cli) -> Result<i32> {
    match cli.cmd {
        Cmd::Extract(a) => extract(a),
        Cmd::Bench(a) => bench(a),
        Cmd::HtmlBench(a) => html_bench_cmd::run(a),
        Cmd::Gazetteer(a) => gazetteer_cmd::run(a).map(|()| 0),
        Cmd::PlaceMentions(a) => place_mentions_cmd::run(a),
        Cmd::Ingest(a) => store_cmd::ingest(a),
        Cmd::Query(a) => store_cmd::pipe_closed_is_ok(store_cmd::query(a)),
        Cmd::Export(a) => store_cmd::pipe_closed_is_ok(store_cmd::export(a)),
        Cmd::Stats(a) => store_cmd::pipe_closed_is_ok(store_cmd::stats(a)),
        Cmd::Eval(a) => store_cmd::pipe_closed_is_ok(eval_cmd::run(a)),
        Cmd::Train(a) => train_cmd::run(a),
        Cmd::Serve(a) => serve::serve(a),
        #[cfg(feature = "fetch")]
        Cmd::Watch(a) => watch::run(a),
        Cmd::Reviewer(a) => reviewer_cmd::run(a),
    }
}

fn event_json(e: &Explained, explain: bool) -> serde_json::Value {
    let mut v = serde_json::to_value(&e.event).expect("events serialize");
    if explain {
        v["why"] = serde_json::to_value(&e.why).expect("strings serialize");
    }
    v
}

fn render(x: &Extractor<'_>, art: &Article, args: &ExtractArgs, color: bool) -> String {
    if args.candidates && args.format == Format::Jsonl {
        let all = x.decisions(art);
        let v = serde_json::json!({
            "article": ArticleMeta::from(art),
            "candidates": all.iter().map(|(e, keep)| {
                let mut j = event_json(e, args.explain);
                j["kept"] = (*keep).into();
                j
            }).collect::<Vec<_>>(),
        });
        let mut s = serde_json::to_string(&v).expect("json");
        s.push('\n');
        return s;
    }
    let evs = if args.candidates {
        x.decisions(art).into_iter().map(|(e, _)| e).collect()
    } else {
        x.extract(art)
    };
    match args.format {
        Format::Jsonl => {
            let v = serde_json::json!({
                "article": ArticleMeta::from(art),
                "events": evs.iter().map(|e| event_json(e, args.explain)).collect::<Vec<_>>(),
            });
            let mut s = serde_json::to_string(&v).expect("json");
            s.push('\n');
            s
        }
        Format::Pretty => pretty::article(art, &evs, args.explain, color),
    }
}

fn extract(args: ExtractArgs) -> Result<i32> {
    let mut x = Extractor::embedded();
    if args.no_places {
        x = x.without_places();
    }
    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => {
            std::io::IsTerminal::is_terminal(&std::io::stdout())
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    if let Some(j) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .ok();
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut done = 0usize;
    for path in &args.inputs {
        let mut r = match input::open(path) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("marsad: {e:#}");
                failed += 1;
                continue;
            }
        };
        let kind = input::sniff(path, &mut *r)?;
        match kind {
            input::Kind::Text => match input::read_text(path, &mut *r, args.published) {
                Ok(art) => {
                    out.write_all(render(&x, &art, &args, color).as_bytes())?;
                    done += 1;
                }
                Err(e) => {
                    eprintln!("marsad: {e}");
                    failed += 1;
                }
            },
            input::Kind::Jsonl => {
                let res = input::read_jsonl(path, &mut *r, 512, |batch| {
                    let rendered: Vec<std::result::Result<String, String>> = batch
                        .into_par_iter()
                        .map(|(_, item)| item.map(|art| render(&x, &art, &args, color)))
                        .collect();
                    for r in rendered {
                        match r {
                            Ok(s) => {
                                out.write_all(s.as_bytes())?;
                                done += 1;
                            }
                            Err(e) => {
                                eprintln!("marsad: {e}");
                                failed += 1;
                            }
                        }
                    }
                    Ok(())
                });
                if let Err(e) = res {
                    if is_broken_pipe(&e) {
                        return Ok(0);
                    }
                    eprintln!("marsad: {path}: {e:#}");
                    failed += 1;
                }
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            bail!("cannot write output: {e}");
        }
    }
    if done == 0 && failed == 0 {
        eprintln!("marsad: no articles in the input");
    }
    if failed > 0 {
        eprintln!("marsad: {done} articles extracted, {failed} failed");
        return Ok(1);
    }
    Ok(0)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

fn peak_rss_mb() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn bench(args: BenchArgs) -> Result<i32> {
    let mut r = input::open(&args.corpus)?;
    let mut arts = Vec::new();
    let mut bad = 0;
    let limit = args.limit.unwrap_or(usize::MAX);
    input::read_jsonl(&args.corpus, &mut *r, 4096, |batch| {
        for (_, it) in batch {
            match it {
                Ok(a) if arts.len() < limit => arts.push(a),
                Ok(_) => {}
                Err(_) => bad += 1,
            }
        }
        Ok(())
    })
    .with_context(|| format!("{}: cannot read corpus", args.corpus))?;
    if arts.is_empty() {
        bail!("{}: no articles", args.corpus);
    }
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    eprintln!(
        "read {} articles ({:.1} MB of text, {bad} bad lines)",
        arts.len(),
        bytes as f64 / 1e6
    );
    let t0 = Instant::now();
    let x = Extractor::embedded();
    let _ = x.extract(&arts[0]);
    let load = t0.elapsed();
    println!(
        "lexicon + gazetteer load and first article: {:.1} ms",
        load.as_secs_f64() * 1e3
    );
    // one pass over the corpus: seconds and events
    let pass = |x: Extractor<'_>| {
        let t = Instant::now();
        let mut events = 0usize;
        for a in &arts {
            events += x.extract(a).len();
        }
        (t.elapsed().as_secs_f64(), events)
    };
    let (mut with, mut without): (Vec<f64>, Vec<f64>) = (Vec::new(), Vec::new());
    let (mut ev_with, mut ev_without) = (0, 0);
    for _ in 0..args.rounds {
        let (s, e) = pass(x);
        with.push(s);
        ev_with = e;
        if args.compare_no_places {
            let (s, e) = pass(x.without_places());
            without.push(s);
            ev_without = e;
        }
    }
    let median = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let report = |label: &str, times: &[f64], events: usize| {
        let best = times.iter().copied().fold(f64::MAX, f64::min);
        let per_s = |secs: f64| arts.len() as f64 / secs;
        if times.len() == 1 {
            println!(
                "{label}: {} articles in {best:.2} s on one core: {:.0} articles/s, {:.1} MB/s, {events} events",
                arts.len(),
                per_s(best),
                bytes as f64 / 1e6 / best
            );
        } else {
            println!(
                "{label}: {} articles, {} passes on one core: best {:.0} articles/s ({:.1} MB/s), median {:.0} articles/s, {events} events",
                arts.len(),
                times.len(),
                per_s(best),
                bytes as f64 / 1e6 / best,
                per_s(median(times))
            );
        }
    };
    report("with places", &with, ev_with);
    if args.compare_no_places {
        report("without places", &without, ev_without);
        // each pass with places against the pass without that followed it
        let costs: Vec<f64> = with
            .iter()
            .zip(&without)
            .map(|(w, wo)| 1.0 - wo / w)
            .collect();
        println!(
            "cost of places: {:.0}% fewer articles/s (median of {} paired passes; best passes {:.0}%)",
            100.0 * median(&costs),
            costs.len(),
            100.0 * (1.0 - without.iter().copied().fold(f64::MAX, f64::min) / with.iter().copied().fold(f64::MAX, f64::min))
        );
    }
    if let Some(mb) = peak_rss_mb() {
        println!("peak RSS: {mb:.0} MB (includes the corpus held in memory)");
    }
    Ok(0)
}
