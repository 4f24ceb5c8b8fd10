//! `marsad html-bench`: how well main-text extraction from HTML finds the article body, on a
//! folder of pages with human-marked bodies (the article-extraction-benchmark layout:
//! `ground-truth.json` mapping a page's id to its `articleBody`, and `html/ID.html.gz`).
//!
//! The score is the benchmark's own: a text is cut into words (runs of letters, digits and
//! `_`), the words into overlapping 4-word shingles, and each page gets precision (the share
//! of extracted shingles that are in the body) and recall (the share of the body's shingles
//! that were extracted). A page whose extraction and body both have no shingle scores 1 and
//! 1; one with no shingle in common scores 0 and 0. Precision and recall are averaged over
//! pages, and F1 is taken of the two averages.

use anyhow::{bail, Context, Result};
use clap::{Parser, ValueEnum};
use marsad_ingest::html::{self, Method};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const AFTER_HELP: &str =
    "The score (the benchmark's shingle measure, computed by marsad): words are runs of letters,
digits and '_'; each text becomes the set of its 4-word shingles (a text of fewer words,
one shingle of them all); per page, precision = shared shingles / extracted shingles and
recall = shared shingles / body shingles (both 1 when both sets are empty, both 0 when
nothing is shared, an empty extraction included). P and R are averaged over pages; F1 is
2PR/(P+R) of the averages. 'empty' counts pages that gave no text although the benchmark
marks a body; 'under half' counts pages whose recall is below 0.5. The time is the
extraction alone (decoding and parsing included, reading the files not), one core.

Examples:
  marsad html-bench                           # ../shared/data/html-benchmark, as ingest reads
  marsad html-bench --method own --pages 20   # marsad's own reading alone, 20 worst pages";

#[derive(Parser)]
pub struct HtmlBenchArgs {
    /// The benchmark folder: ground-truth.json and html/ID.html.gz. Default:
    /// $MARSAD_SHARED/data/html-benchmark ($MARSAD_SHARED defaults to ../shared).
    dir: Option<PathBuf>,
    /// Which extraction to score.
    #[arg(long, value_enum, default_value_t = MethodArg::Combined)]
    method: MethodArg,
    /// Also list the N worst pages (lowest F1), with their scores.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pages: usize,
    /// Fail (exit status 1) when the F1 is below this.
    #[arg(long, value_name = "F1")]
    min_f1: Option<f64>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum MethodArg {
    /// marsad's reading, with Readability as the fallback (what `marsad ingest` does).
    Combined,
    /// marsad's own reading alone.
    Own,
    /// Readability (dom_smoothie) alone, through marsad's boilerplate filter.
    Readability,
}

/// The words of a text, as the benchmark cuts them.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The set of 4-word shingles of a text (a text of fewer words has one, its words).
fn shingles(text: &str) -> HashSet<Vec<&str>> {
    let w = words(text);
    if w.is_empty() {
        return HashSet::new();
    }
    if w.len() < 4 {
        return HashSet::from([w]);
    }
    w.windows(4).map(<[&str]>::to_vec).collect()
}

/// Precision and recall of an extracted text against the marked body.
pub fn precision_recall(extracted: &str, body: &str) -> (f64, f64) {
    let (e, b) = (shingles(extracted), shingles(body));
    if e.is_empty() && b.is_empty() {
        return (1.0, 1.0);
    }
    let shared = e.intersection(&b).count();
    if shared == 0 {
        return (0.0, 0.0);
    }
    (
        shared as f64 / e.len() as f64,
        shared as f64 / b.len() as f64,
    )
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

struct Scored {
    id: String,
    p: f64,
    r: f64,
    empty: bool,
}

/// The text the chosen method extracts from a page's bytes, as ingest reads a page.
fn extract(bytes: &[u8], method: Method) -> String {
    let d = marsad_ingest::encoding::decode(bytes, None, marsad_ingest::encoding::Doc::Html);
    if html::check_limits(&d.text).is_err() {
        return String::new();
    }
    html::page_with(&d.text, method).text
}

fn read_page(path: &Path) -> Result<Vec<u8>> {
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut bytes = Vec::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::GzDecoder::new(f)
            .read_to_end(&mut bytes)
            .with_context(|| format!("{}: not gzip data", path.display()))?;
    } else {
        std::io::BufReader::new(f)
            .read_to_end(&mut bytes)
            .with_context(|| format!("{}: cannot read", path.display()))?;
    }
    Ok(bytes)
}

pub fn run(a: HtmlBenchArgs) -> Result<i32> {
    let dir = a
        .dir
        .clone()
        .unwrap_or_else(|| crate::eval_cmd::shared_dir().join("data/html-benchmark"));
    let gt_path = dir.join("ground-truth.json");
    let gt_text = std::fs::read_to_string(&gt_path).with_context(|| {
        format!(
            "{}: cannot read (is {} the benchmark folder?)",
            gt_path.display(),
            dir.display()
        )
    })?;
    let gt: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&gt_text)
        .with_context(|| format!("{}: not a JSON object of pages", gt_path.display()))?;
    if gt.is_empty() {
        bail!("{}: no pages", gt_path.display());
    }
    let method = match a.method {
        MethodArg::Combined => Method::Combined,
        MethodArg::Own => Method::Own,
        MethodArg::Readability => Method::Readability,
    };
    let mut ids: Vec<&String> = gt.keys().collect();
    ids.sort();
    let mut scored = Vec::with_capacity(ids.len());
    let mut took = Duration::ZERO;
    for id in ids {
        let body = gt[id]
            .get("articleBody")
            .and_then(|b| b.as_str())
            .with_context(|| {
                format!(
                    "{}: page {id}: no \"articleBody\" string",
                    gt_path.display()
                )
            })?;
        let gz = dir.join("html").join(format!("{id}.html.gz"));
        let path = if gz.exists() {
            gz
        } else {
            dir.join("html").join(format!("{id}.html"))
        };
        let bytes = read_page(&path)?;
        let t = Instant::now();
        let text = extract(&bytes, method);
        took += t.elapsed();
        let (p, r) = precision_recall(&text, body);
        scored.push(Scored {
            id: id.clone(),
            p,
            r,
            empty: words(&text).is_empty() && !words(body).is_empty(),
        });
    }
    let n = scored.len() as f64;
    let p = scored.iter().map(|s| s.p).sum::<f64>() / n;
    let r = scored.iter().map(|s| s.r).sum::<f64>() / n;
    let f = f1(p, r);
    let empty = scored.iter().filter(|s| s.empty).count();
    let under_half = scored.iter().filter(|s| !s.empty && s.r < 0.5).count();
    let name = match a.method {
        MethodArg::Combined => "combined",
        MethodArg::Own => "own",
        MethodArg::Readability => "readability",
    };
    println!(
        "{} pages, method {name}: P {p:.3}  R {r:.3}  F1 {f:.3}",
        scored.len()
    );
    println!(
        "empty: {empty}   recall under half: {under_half}   {:.2} ms a page",
        took.as_secs_f64() * 1000.0 / n
    );
    if a.pages > 0 {
        scored.sort_by(|x, y| {
            f1(x.p, x.r)
                .total_cmp(&f1(y.p, y.r))
                .then_with(|| x.id.cmp(&y.id))
        });
        println!("\nworst pages (F1, P, R, id):");
        for s in scored.iter().take(a.pages) {
            println!("  {:.3}  {:.3}  {:.3}  {}", f1(s.p, s.r), s.p, s.r, s.id);
        }
    }
    Ok(match a.min_f1 {
        Some(min) if f < min => {
            eprintln!("marsad html-bench: F1 {f:.3} is below --min-f1 {min}");
            1
        }
        _ => 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_scores() {
        let body = "one two three four five six";
        assert_eq!(precision_recall(body, body), (1.0, 1.0));
        // three shingles in the body; the extraction has the first two and one of its own
        let (p, r) = precision_recall("one two three four five. Seven", body);
        assert!(
            (p - 2.0 / 3.0).abs() < 1e-9 && (r - 2.0 / 3.0).abs() < 1e-9,
            "{p} {r}"
        );
        assert_eq!(precision_recall("", body), (0.0, 0.0));
        assert_eq!(precision_recall("", ""), (1.0, 1.0));
        assert_eq!(precision_recall("short", "short"), (1.0, 1.0));
        // punctuation and spacing do not matter, Arabic words count as words
        assert_eq!(
            precision_recall("قال، المحافظ   إن الجسر", "قال المحافظ إن الجسر"),
            (1.0, 1.0)
        );
        assert!((f1(0.893, 0.822) - 0.856).abs() < 1e-3);
    }
}
