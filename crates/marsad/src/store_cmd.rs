//! `marsad ingest`, `query`, `export` and `stats`: the store on the command line.
//!
//! Ingest is a pipeline with one writer: this thread reads sources in order and cuts them
//! into batches; each batch is extracted in parallel (rayon); a writer thread puts each batch
//! in the store in one transaction, in input order. So a run killed at any moment leaves
//! whole batches, and running it again gives the store an uninterrupted run gives.

use crate::input;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use marsad_extract::Extractor;
use marsad_ingest::{Dates, Doc, Kind};
use marsad_model::{Article, Event};
use marsad_store::{
    labels, BBox, EventFilter, FusedEvent, Near, PutStatus, ReviewStatus, SqliteStore, Store,
    StoredEvent,
};
use rayon::prelude::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// Articles longer than this (bytes of text) are refused: no news article is that long, and
/// the extractor's time grows with the text.
pub const MAX_ARTICLE_BYTES: usize = 4 << 20;
/// Single HTML or feed files larger than this are refused.
const MAX_FILE_BYTES: u64 = 64 << 20;

/// Where the store is.
#[derive(Args, Debug, Clone)]
pub struct DbArg {
    /// The store: one SQLite file (ingest creates it) [default: marsad.db in the user's data
    /// directory, e.g. ~/.local/share/marsad/marsad.db].
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

impl DbArg {
    pub(crate) fn path(&self) -> Result<PathBuf> {
        if let Some(p) = &self.db {
            return Ok(p.clone());
        }
        let dirs = directories::ProjectDirs::from("", "", "marsad")
            .context("no home directory to keep the store in: pass --db PATH")?;
        Ok(dirs.data_dir().join("marsad.db"))
    }

    pub(crate) fn open(&self) -> Result<SqliteStore> {
        let p = self.path()?;
        SqliteStore::open(&p).with_context(|| format!("{}: cannot open the store", p.display()))
    }

    /// An existing store, for reading only: it may sit on read-only media.
    pub(crate) fn open_existing(&self) -> Result<SqliteStore> {
        let p = self.path()?;
        if !p.exists() {
            bail!(
                "{}: no store yet; run `marsad ingest` first (or pass --db PATH)",
                p.display()
            );
        }
        SqliteStore::open_read_only(&p)
            .with_context(|| format!("{}: cannot open the store", p.display()))
    }
}

/// Arguments of `marsad ingest`.
#[derive(Args, Debug)]
pub struct IngestArgs {
    /// Files and folders (walked recursively): JSON Lines (.jsonl, .jsonl.gz), plain text,
    /// HTML pages, RSS/Atom feeds, WARC archives (.warc, .warc.gz); http(s):// addresses of
    /// feeds or pages (fetched once); - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub db: DbArg,
    /// Publication date for plain text, and for pages and feed items that give none
    /// (YYYY-MM-DD); otherwise the file's modification day is used.
    #[arg(long, value_parser = crate::parse_published)]
    pub published: Option<NaiveDate>,
    /// Worker threads for extraction (default: all cores). Writing is always one thread.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Articles per transaction: a crash loses at most the batch in flight.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// No progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Filters shared by `query` and `export`.
#[derive(Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Events on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = crate::parse_published)]
    pub from: Option<NaiveDate>,
    /// Events on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = crate::parse_published)]
    pub to: Option<NaiveDate>,
    /// Country codes, ISO 3166 alpha-2 (YE, SY, IQ...); repeat or separate with commas.
    #[arg(long, value_delimiter = ',')]
    pub country: Vec<String>,
    /// Event types or sub-event types, ACLED's in snake_case (battles, air_drone_strike...);
    /// repeat or separate with commas.
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Within a distance of a point: LAT,LON,KM (e.g. 34.46,40.95,30).
    #[arg(long, value_parser = parse_near, allow_hyphen_values = true)]
    pub near: Option<Near>,
    /// Inside a box: WEST,SOUTH,EAST,NORTH in degrees (GeoJSON order).
    #[arg(long, value_parser = parse_bbox, allow_hyphen_values = true)]
    pub bbox: Option<BBox>,
    /// An actor: English name from the dictionary ("Islamic State") or Arabic words as
    /// written ("داعش"); matched as a substring, folded.
    #[arg(long)]
    pub actor: Option<String>,
    /// Words the article must contain (Arabic folded: harakat, hamza and alef forms, and a
    /// leading و ب ل ال do not matter).
    #[arg(long)]
    pub text: Option<String>,
    /// Review statuses: machine, verified, corrected, rejected; repeat or separate with commas.
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
    /// Records last reviewed by this reviewer (by name).
    #[arg(long)]
    pub reviewer: Option<String>,
}

impl FilterArgs {
    pub(crate) fn check(&self) -> Result<()> {
        for t in &self.types {
            let t = t.trim();
            if !t.is_empty() && labels::type_label(t) == t {
                bail!(
                    "--type {t:?} is not an ACLED type; use one of: battles, explosions_remote_violence, violence_against_civilians, \
                     protests, riots, strategic_developments, or a sub-event type such as armed_clash, air_drone_strike, \
                     shelling_artillery_missile_attack, suicide_bomb, remote_explosive_landmine_ied, attack, arrests (see docs/FORMAT.md)"
                );
            }
        }
        for c in &self.country {
            let c = c.trim();
            if !c.is_empty() && (c.len() != 2 || !c.chars().all(|x| x.is_ascii_alphabetic())) {
                bail!("--country {c:?}: expected a two-letter ISO 3166 code such as YE, SY, IQ");
            }
        }
        for st in &self.status {
            if !st.trim().is_empty() && ReviewStatus::parse(st).is_none() {
                bail!("--status {st:?}: expected machine, verified, corrected or rejected");
            }
        }
        Ok(())
    }

    pub(crate) fn filter(&self, limit: Option<usize>, offset: usize) -> EventFilter {
        EventFilter {
            from: self.from,
            to: self.to,
            countries: self
                .country
                .iter()
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect(),
            types: self
                .types
                .iter()
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect(),
            near: self.near,
            bbox: self.bbox,
            actor: self.actor.clone(),
            text: self.text.clone(),
            article: None,
            statuses: self
                .status
                .iter()
                .filter_map(|s| ReviewStatus::parse(s))
                .collect(),
            reviewer: self.reviewer.clone(),
            limit,
            offset,
        }
    }
}

fn floats(s: &str, n: usize, what: &str) -> Result<Vec<f64>, String> {
    let v: Vec<f64> = s
        .split(',')
        .map(|x| x.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| format!("{s:?}: expected {what}"))?;
    if v.len() != n || v.iter().any(|x| !x.is_finite()) {
        return Err(format!("{s:?}: expected {what}"));
    }
    Ok(v)
}

pub(crate) fn parse_near(s: &str) -> Result<Near, String> {
    let v = floats(s, 3, "LAT,LON,KM, e.g. 34.46,40.95,30")?;
    if v[0].abs() > 90.0 || v[1].abs() > 180.0 || v[2] < 0.0 {
        return Err(format!(
            "{s:?}: latitude within ±90, longitude within ±180, distance ≥ 0"
        ));
    }
    Ok(Near {
        lat: v[0],
        lon: v[1],
        km: v[2],
    })
}

pub(crate) fn parse_bbox(s: &str) -> Result<BBox, String> {
    let v = floats(s, 4, "WEST,SOUTH,EAST,NORTH, e.g. 42,12,46,19")?;
    if v[0] > v[2] || v[1] > v[3] {
        return Err(format!(
            "{s:?}: WEST must not be east of EAST, SOUTH not north of NORTH"
        ));
    }
    Ok(BBox {
        min_lon: v[0],
        min_lat: v[1],
        max_lon: v[2],
        max_lat: v[3],
    })
}

/// Output forms of `query`.
#[derive(Clone, Copy, ValueEnum, Debug, PartialEq, Eq)]
pub enum QueryFormat {
    /// One line per event: id, date, type, country, place, actors, deaths, trigger words.
    Table,
    /// One JSON object per event: its id, its article, the record (docs/FORMAT.md fields).
    Jsonl,
    /// The columns of `export --format csv`.
    Csv,
}

/// Arguments of `marsad query`.
#[derive(Args, Debug)]
pub struct QueryArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// At most this many events, newest first.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Skip this many first (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Output form.
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    /// Fused events (the default): one row per real event, with its reports.
    #[arg(long, conflicts_with = "per_report")]
    pub fused: bool,
    /// One row per report (per-article record) instead of per fused event.
    #[arg(long)]
    pub per_report: bool,
    /// With fused events: say why each one's reports were joined, and which near reports
    /// were not and why.
    #[arg(long, conflicts_with = "per_report")]
    pub explain: bool,
    /// Run the query N more times and print its latency (p50, p99, max) on stderr.
    #[arg(long, value_name = "N")]
    pub bench: Option<usize>,
}

/// Output forms of `export`.
#[derive(Clone, Copy, ValueEnum, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// ACLED's columns (event_id_cnty ... fatalities) and ours (injured, claimed_by,
    /// article_id, evidence, confidence), UTF-8 with a BOM so spreadsheets show Arabic.
    Csv,
    /// A GeoJSON FeatureCollection of the events that have coordinates, every field a property.
    Geojson,
    /// One line per article in the output form of docs/FORMAT.md: {"article": {...}, "events": [...]}.
    Jsonl,
    /// One line per article in the gold format of EVENTS.md (the article with its text and
    /// its reviewed events), for `score.py` and for training: use with --status
    /// verified,corrected. Rejected records are never written as events.
    Gold,
}

/// Arguments of `marsad export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Output form.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// CSV and GeoJSON: one row per report (per-article record) instead of per fused event.
    #[arg(long, conflicts_with = "fused")]
    pub per_report: bool,
    /// JSON Lines: one fused event per line instead of one article per line.
    #[arg(long)]
    pub fused: bool,
}

/// Output forms of `stats`.
#[derive(Clone, Copy, ValueEnum, Debug, PartialEq, Eq)]
pub enum StatsFormat {
    /// For people.
    Text,
    /// One JSON object.
    Json,
}

/// Arguments of `marsad stats`.
#[derive(Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Output form.
    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    pub format: StatsFormat,
    /// Count reports (per-article records) instead of fused events.
    #[arg(long)]
    pub per_report: bool,
    /// The status of each source `marsad watch` polls instead: last success, last error,
    /// failures in a row, articles and events.
    #[arg(long)]
    pub sources: bool,
}

// ---------------------------------------------------------------------------------------
// ingest

/// A byte counter shared with the progress bar.
struct Counting<R> {
    inner: R,
    n: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n.fetch_add(k as u64, Ordering::Relaxed);
        Ok(k)
    }
}

fn open_counted(path: &str, n: &Arc<AtomicU64>) -> Result<(Box<dyn BufRead + Send>, Vec<String>)> {
    if path == "-" {
        return Ok((input::open(path)?, Vec::new()));
    }
    let mut f = std::fs::File::open(path).with_context(|| format!("{path}: cannot open"))?;
    let mut magic = [0u8; 2];
    let gz = f.read_exact(&mut magic).is_ok() && magic == [0x1f, 0x8b];
    if gz {
        // a gzip file is checked member by member first: a damaged member's text is never
        // read (its checksum is known only at its end), and the members after it still are
        let members =
            marsad_ingest::gzip::survey(&mut f).with_context(|| format!("{path}: cannot read"))?;
        let bad: Vec<String> = members
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.readable())
            .filter_map(|(i, m)| {
                m.error.as_ref().map(|e| format!("{path}: gzip member {} (bytes {}–{}) {e}; none of its text is read, the rest of the file is", i + 1, m.start, m.end))
            })
            .collect();
        let counter = n.clone();
        let wrap: Box<dyn Fn(std::fs::File) -> Counting<std::fs::File> + Send> =
            Box::new(move |f| Counting {
                inner: f,
                n: counter.clone(),
            });
        let r = marsad_ingest::gzip::GoodMembers::new(f, members, wrap);
        return Ok((Box::new(BufReader::with_capacity(1 << 20, r)), bad));
    }
    use std::io::Seek;
    f.seek(std::io::SeekFrom::Start(0))
        .with_context(|| format!("{path}: cannot read"))?;
    Ok((
        Box::new(BufReader::with_capacity(
            1 << 20,
            Counting {
                inner: f,
                n: n.clone(),
            },
        )),
        Vec::new(),
    ))
}

/// Run `f`, turning a panic into an error that says what it was: a fault on one input must not
/// stop an ingest of many.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> std::result::Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a fault".into());
        format!("a fault in marsad, please report it with this input: {msg}")
    })
}

/// Files under the inputs, folders walked recursively in name order (hidden entries and linked
/// folders skipped).
fn collect_files(inputs: &[String]) -> (Vec<String>, Vec<String>) {
    fn walk(dir: &Path, out: &mut Vec<String>, errs: &mut Vec<String>) {
        let rd = match std::fs::read_dir(dir) {
            Ok(r) => r,
            Err(e) => return errs.push(format!("{}: cannot read the folder: {e}", dir.display())),
        };
        let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            let link = std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink());
            if p.is_dir() {
                // linked folders are not followed: a link back up would never end
                if !link {
                    walk(&p, out, errs);
                }
            } else if p.is_file() {
                out.push(p.to_string_lossy().into_owned());
            }
        }
    }
    let (mut files, mut errs) = (Vec::new(), Vec::new());
    for i in inputs {
        let p = Path::new(i);
        if i != "-" && !is_url(i) && p.is_dir() {
            walk(p, &mut files, &mut errs);
        } else {
            files.push(i.clone());
        }
    }
    (files, errs)
}

fn modified_day(path: &str) -> Option<NaiveDate> {
    let t = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(chrono::DateTime::<chrono::Utc>::from(t).date_naive())
}

fn file_url(path: &str) -> Option<String> {
    let abs = std::fs::canonicalize(path).ok()?;
    Some(format!("file://{}", abs.display()))
}

/// One unit of input: where it came from, and the article or what went wrong.
struct Unit {
    at: String,
    item: Result<Doc, String>,
}

#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    read: u64,
    new: u64,
    updated: u64,
    unchanged: u64,
    duplicate: u64,
    failed: u64,
    events: u64,
}

struct Extracted {
    article: Article,
    events: Vec<Event>,
}

fn check_size(d: Doc) -> Result<Doc, String> {
    if d.article.text.len() > MAX_ARTICLE_BYTES {
        return Err(format!(
            "article {} is {} bytes long; the limit is {} bytes",
            d.article.id,
            d.article.text.len(),
            MAX_ARTICLE_BYTES
        ));
    }
    Ok(d)
}

/// Read one input and hand its units to `sink` in order.
fn read_input(
    path: &str,
    published: Option<NaiveDate>,
    counter: &Arc<AtomicU64>,
    sink: &mut dyn FnMut(Unit) -> Result<()>,
) -> Result<()> {
    if is_url(path) {
        return read_url(path, published, counter, sink);
    }
    let name = if path == "-" { "stdin" } else { path };
    let mut r = match open_counted(path, counter) {
        Ok((r, damaged)) => {
            for d in damaged {
                sink(Unit {
                    at: name.to_string(),
                    item: Err(d),
                })?;
            }
            r
        }
        Err(e) => {
            return sink(Unit {
                at: name.to_string(),
                item: Err(format!("{e:#}")),
            })
        }
    };
    let head = match r.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => {
            return sink(Unit {
                at: name.to_string(),
                item: Err(format!("cannot read: {e}")),
            })
        }
    };
    let dates = Dates {
        published,
        modified: if path == "-" {
            None
        } else {
            modified_day(path)
        },
    };
    match marsad_ingest::detect(name, &head) {
        Kind::Jsonl => {
            let mut err = None;
            let res = input::read_jsonl(name, &mut *r, 64, |batch| {
                for (line, item) in batch {
                    // input.rs prefixes its messages with FILE:LINE
                    let item = match item {
                        Ok(a) => check_size(Doc {
                            article: a,
                            note: None,
                        })
                        .map_err(|e| format!("{name}:{line}: {e}")),
                        Err(e) => Err(e),
                    };
                    if let Err(e) = sink(Unit {
                        at: format!("{name}:{line}"),
                        item,
                    }) {
                        err = Some(e);
                        anyhow::bail!("stopped");
                    }
                }
                Ok(())
            });
            if let Some(e) = err {
                return Err(e);
            }
            if let Err(e) = res {
                sink(Unit {
                    at: name.to_string(),
                    item: Err(format!("{name}: {e:#}")),
                })?;
            }
            Ok(())
        }
        Kind::Warc => {
            let mut err = None;
            marsad_ingest::warc_docs(&mut *r, &dates, |item| {
                if err.is_none() {
                    if let Err(e) = sink(Unit {
                        at: name.to_string(),
                        item: item.and_then(check_size),
                    }) {
                        err = Some(e);
                    }
                }
            });
            err.map_or(Ok(()), Err)
        }
        kind => {
            let mut bytes = Vec::new();
            if let Err(e) = (&mut *r).take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
                return sink(Unit {
                    at: name.to_string(),
                    item: Err(format!("cannot read at byte {}: {e}", bytes.len())),
                });
            }
            if bytes.len() as u64 > MAX_FILE_BYTES {
                return sink(Unit {
                    at: name.to_string(),
                    item: Err(format!(
                        "larger than {MAX_FILE_BYTES} bytes: not one article"
                    )),
                });
            }
            match kind {
                Kind::Feed => {
                    for item in marsad_ingest::feed_docs(&bytes, None, name, &dates) {
                        sink(Unit {
                            at: name.to_string(),
                            item: item.and_then(check_size),
                        })?;
                    }
                    Ok(())
                }
                Kind::Html => {
                    let mut item = marsad_ingest::html_doc(&bytes, None, name, None, &dates);
                    if let Ok(d) = item.as_mut() {
                        if d.article.url.is_none() && path != "-" {
                            d.article.url = file_url(path);
                        }
                    }
                    sink(Unit {
                        at: name.to_string(),
                        item: item.and_then(check_size),
                    })
                }
                _ => {
                    let mut item = marsad_ingest::text_doc(&bytes, name, &dates);
                    if let Ok(d) = item.as_mut() {
                        if path != "-" {
                            d.article.url = file_url(path);
                        }
                        if published.is_none() {
                            // plain text says nothing of its date: relative dates ("yesterday")
                            // resolve against the file's day, which may be the day it was copied
                            let warn = format!(
                                "warning: plain text has no publication date and no --published was given: dated {} (the file's modification day); pass --published YYYY-MM-DD, or use the JSON Lines form with \"published\"",
                                d.article.published
                            );
                            d.note = Some(match d.note.take() {
                                Some(n) => format!("{n}; {warn}"),
                                None => warn,
                            });
                        }
                    }
                    sink(Unit {
                        at: name.to_string(),
                        item: item.and_then(check_size),
                    })
                }
            }
        }
    }
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// A feed or a page given by its address: fetched once (60 s and 64 MB at most), then read
/// like a file, with the charset of the HTTP header as the first evidence after a BOM.
fn read_url(
    url: &str,
    published: Option<NaiveDate>,
    counter: &Arc<AtomicU64>,
    sink: &mut dyn FnMut(Unit) -> Result<()>,
) -> Result<()> {
    match fetch(url) {
        Ok((ctype, bytes)) => read_fetched(url, &ctype, bytes, published, counter, sink),
        Err(msg) => sink(Unit {
            at: url.to_string(),
            item: Err(msg),
        }),
    }
}

/// The content type (lower case) and body of an address.
#[cfg(feature = "fetch")]
fn fetch(url: &str) -> Result<(String, Vec<u8>), String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(60)))
        .user_agent(concat!("marsad/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut resp = agent
        .get(url)
        .call()
        .map_err(|e| format!("cannot fetch: {e}"))?;
    let ctype = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes = resp
        .body_mut()
        .with_config()
        .limit(MAX_FILE_BYTES)
        .read_to_vec()
        .map_err(|e| format!("cannot read the response: {e}"))?;
    Ok((ctype, bytes))
}

/// Without the `fetch` feature there is no HTTP client: an address is an error naming it.
#[cfg(not(feature = "fetch"))]
fn fetch(_url: &str) -> Result<(String, Vec<u8>), String> {
    Err("cannot fetch: this marsad was built without the \"fetch\" feature (build it with --features fetch, or download the file and give its path)".into())
}

fn read_fetched(
    url: &str,
    ctype: &str,
    bytes: Vec<u8>,
    published: Option<NaiveDate>,
    counter: &Arc<AtomicU64>,
    sink: &mut dyn FnMut(Unit) -> Result<()>,
) -> Result<()> {
    counter.fetch_add(bytes.len() as u64, Ordering::Relaxed);
    let charset = marsad_ingest::encoding::charset_param(ctype).map(str::to_string);
    let dates = Dates {
        published,
        modified: None,
    };
    let kind = if ctype.contains("rss") || ctype.contains("atom") {
        Kind::Feed
    } else if ctype.contains("html")
        && !marsad_ingest::feed::looks_like_feed(&String::from_utf8_lossy(
            &bytes[..bytes.len().min(2048)],
        ))
    {
        Kind::Html
    } else {
        marsad_ingest::detect(url, &bytes)
    };
    match kind {
        Kind::Jsonl => {
            let mut r = std::io::Cursor::new(bytes);
            let res = input::read_jsonl(url, &mut r, 64, |batch| {
                for (line, item) in batch {
                    let item = item
                        .map(|a| Doc {
                            article: a,
                            note: None,
                        })
                        .and_then(check_size);
                    sink(Unit {
                        at: format!("{url}:{line}"),
                        item,
                    })?;
                }
                Ok(())
            });
            res
        }
        Kind::Warc => {
            let mut err = None;
            marsad_ingest::warc_docs(std::io::Cursor::new(bytes), &dates, |item| {
                if err.is_none() {
                    if let Err(e) = sink(Unit {
                        at: url.to_string(),
                        item: item.and_then(check_size),
                    }) {
                        err = Some(e);
                    }
                }
            });
            err.map_or(Ok(()), Err)
        }
        Kind::Feed => {
            for item in marsad_ingest::feed_docs(&bytes, charset.as_deref(), url, &dates) {
                sink(Unit {
                    at: url.to_string(),
                    item: item.and_then(check_size),
                })?;
            }
            Ok(())
        }
        Kind::Html => sink(Unit {
            at: url.to_string(),
            item: marsad_ingest::html_doc(&bytes, charset.as_deref(), url, Some(url), &dates)
                .and_then(check_size),
        }),
        Kind::Text => {
            let mut item = marsad_ingest::text_doc(&bytes, url, &dates);
            if let Ok(d) = item.as_mut() {
                d.article.url = Some(url.to_string());
            }
            sink(Unit {
                at: url.to_string(),
                item: item.and_then(check_size),
            })
        }
    }
}

fn progress(total: u64, quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr_with_hz(5));
    let style = ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {bytes}/{total_bytes} {bytes_per_sec}, ETA {eta} {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    pb.set_style(style);
    pb
}

/// `marsad ingest`.
pub fn ingest(args: IngestArgs) -> Result<i32> {
    if let Some(j) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .ok();
    }
    let store = Arc::new(args.db.open()?);
    let (files, walk_errors) = collect_files(&args.inputs);
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let pb = progress(total, args.quiet);
    let counter = Arc::new(AtomicU64::new(0));
    let t0 = Instant::now();
    let extractor = Extractor::embedded();

    // the writer: one thread, one transaction per batch, in input order
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Extracted>>(2);
    let writer = {
        let store = store.clone();
        let pb = pb.clone();
        std::thread::spawn(move || -> Result<Tally> {
            let mut t = Tally::default();
            // the events each stored article holds after its last put: an article read
            // twice in one run counts its events once, so the total is what the store holds
            let mut held: std::collections::HashMap<i64, u64> = Default::default();
            for batch in rx {
                let items: Vec<(Article, Vec<Event>)> = batch
                    .iter()
                    .map(|x| (x.article.clone(), x.events.clone()))
                    .collect();
                let outs = store
                    .put_many(&items)
                    .context("cannot write to the store")?;
                for o in &outs {
                    match o.status {
                        PutStatus::New => t.new += 1,
                        PutStatus::Updated => t.updated += 1,
                        PutStatus::Unchanged => t.unchanged += 1,
                        PutStatus::Duplicate { .. } => t.duplicate += 1,
                    }
                    if let Some(before) = held.insert(o.article_id, o.events as u64) {
                        t.events -= before;
                    }
                    t.events += o.events as u64;
                    // articles of this run that the put made copies, or originals again
                    for r in &o.others {
                        if let Some(before) = held.get_mut(&r.article_id) {
                            t.events -= *before;
                            *before = r.events as u64;
                            t.events += r.events as u64;
                        }
                    }
                }
                t.read += batch.len() as u64;
                let secs = t0.elapsed().as_secs_f64().max(1e-3);
                pb.set_message(format!(
                    "{} articles, {:.0}/s, {} events",
                    t.read,
                    t.read as f64 / secs,
                    t.events
                ));
            }
            Ok(t)
        })
    };

    let mut failed = 0u64;
    let mut notes = 0u64;
    let report = |pb: &ProgressBar, msg: String| pb.suspend(|| eprintln!("marsad: {msg}"));
    for e in &walk_errors {
        report(&pb, e.clone());
        failed += 1;
    }
    let mut pending: Vec<Unit> = Vec::with_capacity(args.batch);
    let batch_size = args.batch.max(1);
    let send = |units: Vec<Unit>, failed: &mut u64, notes: &mut u64| -> Result<()> {
        let mut docs = Vec::with_capacity(units.len());
        for u in units {
            match u.item {
                Ok(d) => {
                    if let Some(n) = &d.note {
                        report(&pb, format!("{}: note: {n}", u.at));
                        *notes += 1;
                    }
                    docs.push(d.article);
                }
                Err(e) => {
                    let msg = if e.starts_with(&u.at) {
                        e
                    } else {
                        format!("{}: {e}", u.at)
                    };
                    report(&pb, msg);
                    *failed += 1;
                }
            }
        }
        let done: Vec<Result<Extracted, String>> = docs
            .into_par_iter()
            .map(|article| {
                // a fault in one article's extraction is a bug, but it fails that article
                // alone: the rest of the batch is stored
                match guarded(|| extractor.article_events(&article).events) {
                    Ok(events) => Ok(Extracted { article, events }),
                    Err(why) => Err(format!("article {}: extraction failed ({why}); not stored, a later ingest retries it", article.id)),
                }
            })
            .collect();
        let mut out = Vec::with_capacity(done.len());
        for d in done {
            match d {
                Ok(x) => out.push(x),
                Err(e) => {
                    report(&pb, e);
                    *failed += 1;
                }
            }
        }
        pb.set_position(counter.load(Ordering::Relaxed));
        if !out.is_empty() && tx.send(out).is_err() {
            bail!("the store writer stopped");
        }
        Ok(())
    };
    let mut fatal = None;
    for f in &files {
        // a fault while reading one file is a bug, but it fails that file alone: what was
        // read of it before is kept, and the files after it are read
        let res = guarded(|| {
            read_input(f, args.published, &counter, &mut |u| {
                pending.push(u);
                if pending.len() >= batch_size {
                    send(std::mem::take(&mut pending), &mut failed, &mut notes)?;
                }
                Ok(())
            })
        });
        match res {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                fatal = Some(e);
                break;
            }
            Err(why) => {
                report(
                    &pb,
                    format!("{f}: reading it failed ({why}); what was read of it before is kept"),
                );
                failed += 1;
            }
        }
    }
    if fatal.is_none() {
        if let Err(e) = send(std::mem::take(&mut pending), &mut failed, &mut notes) {
            fatal = Some(e);
        }
    }
    drop(tx);
    let tally = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the store writer panicked"))?;
    pb.finish_and_clear();
    let mut tally = tally?;
    if let Some(e) = fatal {
        return Err(e);
    }
    tally.failed = failed;
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "read {}, new {}, updated {}, unchanged {}, duplicate {}, failed {}; {} events; {:.1} s ({:.0} articles/s); store {}",
        tally.read + tally.failed,
        tally.new,
        tally.updated,
        tally.unchanged,
        tally.duplicate,
        tally.failed,
        tally.events,
        secs,
        tally.read as f64 / secs.max(1e-3),
        store.path().display()
    );
    if notes > 0 {
        eprintln!("marsad: {notes} notes above (encodings, dates)");
    }
    Ok(if tally.failed > 0 { 1 } else { 0 })
}

// ---------------------------------------------------------------------------------------
// query, export, stats

fn trunc(s: &str, n: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn actor_name(a: &Option<marsad_model::Actor>) -> String {
    a.as_ref()
        .map(|a| {
            if a.canonical.is_empty() {
                a.text.clone()
            } else {
                a.canonical.clone()
            }
        })
        .unwrap_or_default()
}

fn table_row(e: &StoredEvent) -> String {
    let ev = &e.event;
    let loc = ev.location.as_ref();
    let place = loc
        .map(|l| l.name.clone().unwrap_or_else(|| l.text.clone()))
        .unwrap_or_default();
    format!(
        "{:<10} {:<10} {:<34} {:<2} {:<18} {:<22} {:<22} {:>4}  {}",
        e.id,
        ev.date.range.start,
        trunc(&ev.sub_event_type, 34),
        loc.and_then(|l| l.country.clone())
            .unwrap_or_else(|| "--".into()),
        trunc(&place, 18),
        trunc(&actor_name(&ev.actor1), 22),
        trunc(&actor_name(&ev.actor2), 22),
        ev.fatalities
            .map(|f| f.to_string())
            .unwrap_or_else(|| "-".into()),
        trunc(&ev.trigger.text, 30)
    )
}

/// `marsad query`.
pub fn query(args: QueryArgs) -> Result<i32> {
    args.filter.check()?;
    let store = args.db.open_existing()?;
    let filter = args.filter.filter(Some(args.limit), args.offset);
    if !args.per_report {
        return query_fused(&args, &store, &filter);
    }
    let page = store.events(&filter)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        QueryFormat::Table => {
            writeln!(
                out,
                "{:<10} {:<10} {:<34} {:<2} {:<18} {:<22} {:<22} {:>4}  trigger",
                "id", "date", "sub_event_type", "cc", "place", "actor1", "actor2", "dead"
            )?;
            for e in &page.events {
                writeln!(out, "{}", table_row(e))?;
            }
            writeln!(out, "{} of {} events", page.events.len(), page.total)?;
        }
        QueryFormat::Jsonl => {
            for e in &page.events {
                serde_json::to_writer(&mut out, e)?;
                out.write_all(b"\n")?;
            }
        }
        QueryFormat::Csv => {
            csv_header(&mut out)?;
            for e in &page.events {
                csv_row(&mut out, e)?;
            }
        }
    }
    out.flush()?;
    if let Some(n) = args.bench {
        bench_query(n, page.events.len(), page.total, "events", || {
            store.events(&filter).map(drop)
        })?;
    }
    Ok(0)
}

fn fused_table_row(f: &FusedEvent) -> String {
    let loc = f.location.as_ref();
    let place = loc
        .map(|l| l.name.clone().unwrap_or_else(|| l.text.clone()))
        .unwrap_or_default();
    format!(
        "{:<10} {:<10} {:<34} {:<2} {:<18} {:<22} {:<22} {:>4} {:>4} {:>4}  {}",
        f.id,
        f.date.start,
        trunc(&f.sub_event_type, 34),
        loc.and_then(|l| l.country.clone())
            .unwrap_or_else(|| "--".into()),
        trunc(&place, 18),
        trunc(&actor_name(&f.actor1), 22),
        trunc(&actor_name(&f.actor2), 22),
        f.fatalities
            .best
            .map(|n| n.to_string())
            .unwrap_or_else(|| "-".into()),
        f.report_count,
        f.outlets.len(),
        trunc(&f.outlets.join(", "), 40)
    )
}

/// `marsad query` on fused events (the default).
fn query_fused(args: &QueryArgs, store: &SqliteStore, filter: &EventFilter) -> Result<i32> {
    let page = store.fused_events(filter)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        QueryFormat::Table => {
            writeln!(
                out,
                "{:<10} {:<10} {:<34} {:<2} {:<18} {:<22} {:<22} {:>4} {:>4} {:>4}  outlets",
                "fused_id",
                "date",
                "sub_event_type",
                "cc",
                "place",
                "actor1",
                "actor2",
                "dead",
                "rep",
                "out"
            )?;
            for f in &page.events {
                writeln!(out, "{}", fused_table_row(f))?;
                if args.explain {
                    explain(&mut out, store, f)?;
                }
            }
            writeln!(out, "{} of {} fused events", page.events.len(), page.total)?;
        }
        QueryFormat::Jsonl => {
            for f in &page.events {
                if args.explain {
                    let mut v = serde_json::to_value(f)?;
                    v["explanation"] = serde_json::to_value(store.explain_fused(f.id)?)?;
                    serde_json::to_writer(&mut out, &v)?;
                } else {
                    serde_json::to_writer(&mut out, f)?;
                }
                out.write_all(b"\n")?;
            }
        }
        QueryFormat::Csv => {
            fused_csv_header(&mut out)?;
            for f in &page.events {
                fused_csv_row(&mut out, f)?;
            }
        }
    }
    out.flush()?;
    if let Some(n) = args.bench {
        bench_query(n, page.events.len(), page.total, "fused events", || {
            store.fused_events(filter).map(drop)
        })?;
    }
    Ok(0)
}

/// The reports of a fused event, why they were joined, and the near reports kept apart.
fn explain(out: &mut dyn Write, store: &SqliteStore, f: &FusedEvent) -> Result<()> {
    for r in &f.reports {
        writeln!(
            out,
            "    report {:<10} {} {:<16} «{}»",
            r.event_id,
            r.article.published,
            trunc(r.article.source.as_deref().unwrap_or("-"), 16),
            trunc(&r.trigger.text, 40)
        )?;
    }
    let Some(ex) = store.explain_fused(f.id)? else {
        return Ok(());
    };
    for j in &ex.joined {
        writeln!(out, "    joined {} + {}: {}", j.a, j.b, j.why)?;
    }
    for j in &ex.apart {
        writeln!(out, "    apart  {} / {}: {}", j.a, j.b, j.why)?;
    }
    Ok(())
}

/// `query --bench N`: run the query N times (at least once) and print its latency.
fn bench_query(
    n: usize,
    shown: usize,
    total: u64,
    what: &str,
    mut run: impl FnMut() -> Result<(), marsad_store::StoreError>,
) -> Result<()> {
    let mut ms = Vec::with_capacity(n);
    for _ in 0..n.max(1) {
        let t = Instant::now();
        std::hint::black_box(run()?);
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    ms.sort_by(|a, b| a.total_cmp(b));
    let q = |p: f64| ms[((ms.len() - 1) as f64 * p).round() as usize];
    eprintln!(
        "{} runs: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({shown} of {total} {what})",
        ms.len(),
        q(0.5),
        q(0.99),
        ms[ms.len() - 1],
    );
    Ok(())
}

/// The columns of the fused CSV: ACLED's and ours, then how many reports and outlets told
/// it and the range of its tolls (`fatalities` is the best estimate).
pub const FUSED_EXTRA_COLUMNS: &[&str] =
    &["reports", "outlets", "fatalities_low", "fatalities_high"];

fn fused_csv_header(out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    out.write_all(CSV_COLUMNS.join(",").as_bytes())?;
    out.write_all(b",")?;
    out.write_all(FUSED_EXTRA_COLUMNS.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

/// A fused event as one record: its agreed fields, the first report's article and sentence.
fn fused_as_record(f: &FusedEvent) -> Option<StoredEvent> {
    let first = f.reports.first()?;
    let mut event: Event = serde_json::from_value(serde_json::json!({
        "event_type": f.event_type, "sub_event_type": f.sub_event_type,
        "date": {"start": f.date.start, "end": f.date.end, "precision": f.date.precision},
        "actor1": f.actor1, "actor2": f.actor2, "location": f.location,
        "fatalities": f.fatalities.best, "injured": f.injured.best, "claimed_by": null,
        "trigger": first.trigger,
    }))
    .ok()?;
    event.fatalities_low = f.fatalities.low;
    event.fatalities_high = f.fatalities.high;
    Some(StoredEvent {
        id: f.id,
        article: first.article.clone(),
        sentence_text: first.sentence_text.clone(),
        fused_id: Some(f.id),
        status: ReviewStatus::Machine,
        reviewer: None,
        version: 0,
        machine_disagrees: Vec::new(),
        event,
    })
}

fn fused_csv_row(out: &mut dyn Write, f: &FusedEvent) -> std::io::Result<()> {
    let Some(se) = fused_as_record(f) else {
        return Ok(());
    };
    let mut fields = csv_fields(&se);
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap_or(0);
    fields[col("source")] = f.outlets.join("; ");
    fields[col("article_id")] = f
        .reports
        .iter()
        .map(|r| r.article.id.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    fields[col("evidence")] = f
        .reports
        .iter()
        .map(|r| {
            format!(
                "{}: «{}» [{},{})",
                r.event_id, r.trigger.text, r.trigger.span.start, r.trigger.span.end
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    fields[col("confidence")] = String::new();
    fields[col("claimed_by")] = String::new();
    // review is of reports: a fused event has no status of its own
    fields[col("status")] = String::new();
    fields[col("reviewer")] = String::new();
    let n = |v: Option<u64>| v.map(|x| x.to_string()).unwrap_or_default();
    fields.extend([
        f.report_count.to_string(),
        f.outlets.len().to_string(),
        n(f.fatalities.low),
        n(f.fatalities.high),
    ]);
    write_csv(out, &fields)
}

fn fused_geojson_feature(f: &FusedEvent) -> Option<serde_json::Value> {
    let loc = f.location.as_ref()?;
    let (lat, lon) = (loc.lat?, loc.lon?);
    let mut props = serde_json::to_value(f).ok()?;
    if let Some(m) = props.as_object_mut() {
        m.insert("event_date".into(), f.date.start.to_string().into());
        m.insert(
            "event_type_label".into(),
            labels::type_label(&f.event_type).into(),
        );
        m.insert(
            "sub_event_type_label".into(),
            labels::type_label(&f.sub_event_type).into(),
        );
        m.insert("country".into(), loc.country.clone().into());
        m.insert(
            "place".into(),
            loc.name.clone().unwrap_or_else(|| loc.text.clone()).into(),
        );
        m.insert("actor1_name".into(), actor_name(&f.actor1).into());
        m.insert("actor2_name".into(), actor_name(&f.actor2).into());
        m.insert("outlet_count".into(), f.outlets.len().into());
        m.insert("fatalities_low".into(), f.fatalities.low.into());
        m.insert("fatalities_best".into(), f.fatalities.best.into());
        m.insert("fatalities_high".into(), f.fatalities.high.into());
    }
    Some(
        serde_json::json!({"type": "Feature", "id": f.id, "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}),
    )
}

/// ACLED's columns, then ours.
pub const CSV_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "injured",
    "claimed_by",
    "article_id",
    "evidence",
    "confidence",
    "status",
    "reviewer",
];

/// The per-report CSV's last column: the fused event the report belongs to.
pub const REPORT_EXTRA_COLUMNS: &[&str] = &["fused_id"];

fn csv_field(out: &mut dyn Write, s: &str) -> std::io::Result<()> {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        out.write_all(b"\"")?;
        out.write_all(s.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(s.as_bytes())
    }
}

fn csv_header(out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    out.write_all(CSV_COLUMNS.join(",").as_bytes())?;
    out.write_all(b",")?;
    out.write_all(REPORT_EXTRA_COLUMNS.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

/// The `evidence` column: each field's words with their span, `field: «words» [start,end)`.
fn evidence(e: &Event) -> String {
    let mut parts = vec![format!(
        "trigger: «{}» [{},{})",
        e.trigger.text, e.trigger.span.start, e.trigger.span.end
    )];
    for (k, a) in [("actor1", &e.actor1), ("actor2", &e.actor2)] {
        if let Some(a) = a {
            parts.push(format!(
                "{k}: «{}» [{},{})",
                a.text, a.span.start, a.span.end
            ));
        }
    }
    if let Some(l) = &e.location {
        parts.push(format!(
            "location: «{}» [{},{})",
            l.text, l.span.start, l.span.end
        ));
    }
    if let (Some(t), Some(s)) = (&e.date.text, e.date.span) {
        parts.push(format!("date: «{t}» [{},{})", s.start, s.end));
    }
    for c in &e.fatalities_evidence {
        parts.push(format!(
            "fatalities: «{}» [{},{})",
            c.text, c.span.start, c.span.end
        ));
    }
    for c in &e.injured_evidence {
        parts.push(format!(
            "injured: «{}» [{},{})",
            c.text, c.span.start, c.span.end
        ));
    }
    if let Some(c) = &e.claimed_by {
        parts.push(format!(
            "claimed_by: «{}» [{},{})",
            c.text, c.span.start, c.span.end
        ));
    }
    parts.join("; ")
}

fn csv_row(out: &mut dyn Write, se: &StoredEvent) -> std::io::Result<()> {
    let mut fields = csv_fields(se);
    fields.push(se.fused_id.map(|f| f.to_string()).unwrap_or_default());
    write_csv(out, &fields)
}

fn write_csv(out: &mut dyn Write, fields: &[String]) -> std::io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        csv_field(out, f)?;
    }
    out.write_all(b"\r\n")
}

fn csv_fields(se: &StoredEvent) -> Vec<String> {
    let e = &se.event;
    let loc = e.location.as_ref();
    let cc = loc.and_then(|l| l.country.clone()).unwrap_or_default();
    let country = labels::country(&cc);
    let (i1, i2) = labels::inter_codes(e);
    let code = |i: u8| if i == 0 { String::new() } else { i.to_string() };
    let num = |v: Option<f64>| v.map(|x| format!("{x:.4}")).unwrap_or_default();
    let source = [se.article.source.clone(), se.article.url.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let fields: Vec<String> = vec![
        format!("{}{}", country.map(|c| c.iso3).unwrap_or("XXX"), se.id),
        e.date.range.start.to_string(),
        e.date.range.start.format("%Y").to_string(),
        labels::time_precision(e.date.range.precision).to_string(),
        labels::type_label(&e.event_type).to_string(),
        labels::type_label(&e.sub_event_type).to_string(),
        actor_name(&e.actor1),
        String::new(),
        code(i1),
        actor_name(&e.actor2),
        String::new(),
        code(i2),
        code(labels::interaction(i1, i2)),
        labels::civilian_targeting(e).to_string(),
        country.map(|c| c.numeric.to_string()).unwrap_or_default(),
        country.map(|c| c.name.to_string()).unwrap_or(cc),
        loc.and_then(|l| l.admin1.clone()).unwrap_or_default(),
        String::new(),
        loc.map(|l| l.name.clone().unwrap_or_else(|| l.text.clone()))
            .unwrap_or_default(),
        num(loc.and_then(|l| l.lat)),
        num(loc.and_then(|l| l.lon)),
        labels::geo_precision(loc.and_then(|l| l.precision))
            .map(|p| p.to_string())
            .unwrap_or_default(),
        source,
        se.sentence_text
            .as_deref()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default(),
        e.fatalities.map(|f| f.to_string()).unwrap_or_default(),
        e.injured.map(|f| f.to_string()).unwrap_or_default(),
        e.claimed_by
            .as_ref()
            .map(|c| c.text.clone())
            .unwrap_or_default(),
        se.article.id.to_string(),
        evidence(e),
        e.confidence.map(|c| c.to_string()).unwrap_or_default(),
        se.status.as_str().to_string(),
        se.reviewer.clone().unwrap_or_default(),
    ];
    fields
}

fn geojson_feature(se: &StoredEvent) -> Option<serde_json::Value> {
    let loc = se.event.location.as_ref()?;
    let (lat, lon) = (loc.lat?, loc.lon?);
    let mut props = serde_json::to_value(se).ok()?;
    let e = &se.event;
    if let Some(m) = props.as_object_mut() {
        m.insert("event_date".into(), e.date.range.start.to_string().into());
        m.insert(
            "event_type_label".into(),
            labels::type_label(&e.event_type).into(),
        );
        m.insert(
            "sub_event_type_label".into(),
            labels::type_label(&e.sub_event_type).into(),
        );
        m.insert("country".into(), loc.country.clone().into());
        m.insert(
            "place".into(),
            loc.name.clone().unwrap_or_else(|| loc.text.clone()).into(),
        );
        m.insert("actor1_name".into(), actor_name(&e.actor1).into());
        m.insert("actor2_name".into(), actor_name(&e.actor2).into());
        m.insert("confidence".into(), e.confidence.into());
    }
    Some(
        serde_json::json!({"type": "Feature", "id": se.id, "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}),
    )
}

/// `marsad export`.
pub fn export(args: ExportArgs) -> Result<i32> {
    args.filter.check()?;
    let store = args.db.open_existing()?;
    let filter = args.filter.filter(None, 0);
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("{}: cannot create", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let io = |e: std::io::Error| marsad_store::StoreError::Io(e);
    let mut n = 0u64;
    let fused = !args.per_report;
    match args.format {
        ExportFormat::Jsonl if args.fused => {
            store.for_each_fused(&filter, &mut |f| {
                n += 1;
                serde_json::to_writer(&mut out, &f)?;
                out.write_all(b"\n").map_err(io)
            })?;
        }
        ExportFormat::Csv if fused => {
            fused_csv_header(&mut out)?;
            store.for_each_fused(&filter, &mut |f| {
                n += 1;
                fused_csv_row(&mut out, &f).map_err(io)
            })?;
        }
        ExportFormat::Geojson if fused => {
            out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
            store.for_each_fused(&filter, &mut |f| {
                if let Some(g) = fused_geojson_feature(&f) {
                    if n > 0 {
                        out.write_all(b",\n").map_err(io)?;
                    }
                    serde_json::to_writer(&mut out, &g)?;
                    n += 1;
                }
                Ok(())
            })?;
            out.write_all(b"\n]}\n")?;
        }
        ExportFormat::Csv => {
            csv_header(&mut out)?;
            store.for_each_event(&filter, &mut |e| {
                n += 1;
                csv_row(&mut out, &e).map_err(io)
            })?;
        }
        ExportFormat::Geojson => {
            out.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
            store.for_each_event(&filter, &mut |e| {
                if let Some(f) = geojson_feature(&e) {
                    if n > 0 {
                        out.write_all(b",\n").map_err(io)?;
                    }
                    serde_json::to_writer(&mut out, &f)?;
                    n += 1;
                }
                Ok(())
            })?;
            out.write_all(b"\n]}\n")?;
        }
        ExportFormat::Jsonl => {
            // one line per article, articles in store order, events in their article's order
            let mut by_article: std::collections::BTreeMap<
                i64,
                (marsad_store::ArticleRef, Vec<StoredEvent>),
            > = Default::default();
            store.for_each_event(&filter, &mut |e| {
                n += 1;
                by_article
                    .entry(e.article.id)
                    .or_insert_with(|| (e.article.clone(), Vec::new()))
                    .1
                    .push(e);
                Ok(())
            })?;
            for (_, (a, mut evs)) in by_article {
                evs.sort_by_key(|e| e.id);
                let events: Vec<serde_json::Value> = evs
                    .iter()
                    .map(|e| {
                        let mut v = serde_json::to_value(&e.event).unwrap_or_default();
                        v["event_id"] = e.id.into();
                        if let Some(f) = e.fused_id {
                            v["fused_id"] = f.into();
                        }
                        v
                    })
                    .collect();
                let mut meta = serde_json::json!({"id": a.ext_id, "published": a.published.to_string(), "store_id": a.id});
                for (k, v) in [("source", &a.source), ("title", &a.title), ("url", &a.url)] {
                    if let Some(v) = v {
                        meta[k] = v.clone().into();
                    }
                }
                serde_json::to_writer(
                    &mut out,
                    &serde_json::json!({"article": meta, "events": events}),
                )?;
                out.write_all(b"\n")?;
            }
        }
        ExportFormat::Gold => {
            let mut by_article: std::collections::BTreeMap<i64, Vec<StoredEvent>> =
                Default::default();
            store.for_each_event(&filter, &mut |e| {
                if e.status != ReviewStatus::Rejected {
                    n += 1;
                    by_article.entry(e.article.id).or_default().push(e);
                }
                Ok(())
            })?;
            for (id, mut evs) in by_article {
                evs.sort_by_key(|e| e.id);
                let Some(a) = store.article(id)? else {
                    continue;
                };
                let mut line = serde_json::json!({
                    "id": a.article.id,
                    "published": a.article.published.to_string(),
                    "text": a.article.text,
                });
                for (k, v) in [
                    ("source", &a.article.source),
                    ("title", &a.article.title),
                    ("url", &a.article.url),
                ] {
                    if let Some(v) = v {
                        line[k] = v.clone().into();
                    }
                }
                line["events"] = evs
                    .iter()
                    .map(|e| marsad_store::review::gold_event(&e.event))
                    .collect::<Vec<_>>()
                    .into();
                serde_json::to_writer(&mut out, &line)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    let what = if (fused && args.format != ExportFormat::Jsonl) || args.fused {
        "fused events"
    } else {
        "events"
    };
    eprintln!("marsad: {n} {what} exported");
    Ok(0)
}

/// A closed pipe (`| head`) is the reader saying it has enough: not an error.
pub fn pipe_closed_is_ok(r: Result<i32>) -> Result<i32> {
    match r {
        Err(e) if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) => Ok(0),
        Err(e) if e.chain().any(|c| matches!(c.downcast_ref::<marsad_store::StoreError>(), Some(marsad_store::StoreError::Io(io)) if io.kind() == std::io::ErrorKind::BrokenPipe)) => Ok(0),
        r => r,
    }
}

/// `marsad stats`.
pub fn stats(args: StatsArgs) -> Result<i32> {
    let store = args.db.open_existing()?;
    if args.sources {
        let v = store.source_status()?;
        let text = if args.format == StatsFormat::Json {
            serde_json::to_string_pretty(&v)? + "\n"
        } else {
            sources_text(&v)
        };
        std::io::stdout().lock().write_all(text.as_bytes())?;
        return Ok(0);
    }
    let s = if args.per_report {
        store.stats()?
    } else {
        store.fused_stats()?
    };
    let mut text = String::new();
    if args.format == StatsFormat::Json {
        let mut v = serde_json::to_value(&s)?;
        v["counted"] = if args.per_report {
            "reports"
        } else {
            "fused_events"
        }
        .into();
        text = serde_json::to_string_pretty(&v)? + "\n";
    } else {
        stats_text(&mut text, &store, &s, !args.per_report);
    }
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(0)
}

fn sources_text(v: &[marsad_store::SourceStatus]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if v.is_empty() {
        out.push_str("no sources watched in this store (see marsad watch --help)\n");
        return out;
    }
    for s in v {
        let _ = writeln!(out, "{}  {}", s.name, s.url);
        let _ = writeln!(
            out,
            "  articles {}, events {}; last success {}; last try {}",
            s.articles,
            s.events,
            s.last_success.as_deref().unwrap_or("never"),
            s.last_attempt.as_deref().unwrap_or("never")
        );
        if let Some(e) = &s.last_error {
            let _ = writeln!(
                out,
                "  last error ({}): {e}",
                s.last_error_at.as_deref().unwrap_or("?")
            );
        }
        if s.failures > 0 {
            let _ = writeln!(
                out,
                "  {} failures in a row; backing off until {}",
                s.failures,
                s.retry_after.as_deref().unwrap_or("?")
            );
        }
    }
    out
}

fn stats_text(out: &mut String, store: &SqliteStore, s: &marsad_store::Stats, fused: bool) {
    use std::fmt::Write as _;
    macro_rules! println {
        ($($t:tt)*) => { let _ = writeln!(out, $($t)*); };
    }
    println!(
        "store: {} (schema {})",
        store.path().display(),
        s.schema_version
    );
    let what = if fused {
        "fused events"
    } else {
        "events (reports)"
    };
    println!(
        "articles: {} ({} copies of others, {} with events); {what}: {} ({} with coordinates)",
        s.articles, s.duplicates, s.articles_with_events, s.events, s.events_located
    );
    if fused {
        println!(
            "reports: {} (per-article records; --per-report counts them)",
            s.reports
        );
    }
    if let (Some(a), Some(b)) = (s.first_date, s.last_date) {
        println!("event dates: {a} to {b}");
    }
    let mut show = |title: &str, v: &[marsad_store::Count], label: bool, max: usize| {
        println!("\n{title}:");
        for c in v.iter().take(max) {
            let k = if label {
                labels::type_label(&c.key).to_string()
            } else {
                c.key.clone()
            };
            println!("  {:>7}  {}", c.n, k);
        }
        if v.len() > max {
            println!("  ... {} more", v.len() - max);
        }
    };
    show("by type", &s.by_type, true, 20);
    show("by sub-event type", &s.by_sub_type, true, 30);
    show("by country", &s.by_country, false, 25);
    show("by week", &s.by_week, false, 60);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic while reading one file or extracting one article stopped the whole ingest,
    /// and the batch read before it was never committed. It is now that input's error.
    #[test]
    fn a_fault_on_one_input_is_that_inputs_error() {
        let r: std::result::Result<(), String> = guarded(|| panic!("index out of range in a test"));
        let e = r.unwrap_err();
        assert!(
            e.contains("a fault in marsad") && e.contains("index out of range in a test"),
            "{e}"
        );
        assert_eq!(guarded(|| 7), Ok(7));
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        let mut v = Vec::new();
        csv_field(&mut v, "a,b \"c\"").unwrap();
        assert_eq!(String::from_utf8(v).unwrap(), "\"a,b \"\"c\"\"\"");
        let mut v = Vec::new();
        csv_field(&mut v, "قصف").unwrap();
        assert_eq!(String::from_utf8(v).unwrap(), "قصف");
    }

    #[test]
    fn near_and_bbox_arguments() {
        assert_eq!(
            parse_near("34.46,40.95,30").unwrap(),
            Near {
                lat: 34.46,
                lon: 40.95,
                km: 30.0
            }
        );
        assert!(parse_near("34.46,40.95").is_err());
        assert!(parse_near("95,40,1").is_err());
        assert_eq!(parse_bbox("-10,12,46,19").unwrap().min_lon, -10.0);
        assert!(parse_bbox("46,12,42,19").is_err());
    }
}
