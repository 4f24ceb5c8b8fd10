//! Reading articles: JSON Lines (plain or gzip) and plain-text files.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use marsad_model::Article;
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// One line of input: an article, or an error naming where it came from.
pub type Item = std::result::Result<Article, String>;

#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    published: Option<String>,
    text: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// Parse one JSON line into an article; `Err` says what is wrong.
pub fn parse_line(line: &[u8]) -> std::result::Result<Article, String> {
    let s = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let l: Line = serde_json::from_str(s).map_err(|e| format!("not valid JSON: {e}"))?;
    let id = match l.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return Err("\"id\" must be a string or a number".into()),
        None => return Err("missing required key \"id\"".into()),
    };
    let published = l
        .published
        .ok_or_else(|| format!("article {id}: missing required key \"published\""))?;
    let published = parse_date(&published).ok_or_else(|| {
        format!("article {id}: \"published\" is not a date (YYYY-MM-DD): {published:?}")
    })?;
    let text = l
        .text
        .ok_or_else(|| format!("article {id}: missing required key \"text\""))?;
    Ok(Article {
        id,
        published,
        title: l.title,
        source: l.source,
        url: l.url,
        text,
    })
}

pub use marsad_model::parse_iso_date as parse_date;

/// How to read an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// JSON Lines, plain or gzip.
    Jsonl,
    /// One plain-text article.
    Text,
}

/// Open a path (or `-` for stdin) as a byte stream, un-gzipping when the content is gzip.
pub fn open(path: &str) -> Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if path == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).with_context(|| format!("{path}: cannot open"))?)
    };
    let mut br = BufReader::with_capacity(1 << 20, raw);
    let head = br
        .fill_buf()
        .with_context(|| format!("{path}: cannot read"))?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(
            1 << 20,
            flate2::bufread::MultiGzDecoder::new(br),
        )))
    } else {
        Ok(Box::new(br))
    }
}

/// Decide the kind of an input: by extension, else by its first byte.
pub fn sniff(path: &str, reader: &mut dyn BufRead) -> Result<Kind> {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".jsonl")
        || lower.ends_with(".jsonl.gz")
        || lower.ends_with(".ndjson")
        || lower.ends_with(".json")
    {
        return Ok(Kind::Jsonl);
    }
    if lower.ends_with(".txt") {
        return Ok(Kind::Text);
    }
    let head = reader
        .fill_buf()
        .with_context(|| format!("{path}: cannot read"))?;
    let first = head
        .iter()
        .copied()
        .find(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    Ok(if first == Some(b'{') {
        Kind::Jsonl
    } else {
        Kind::Text
    })
}

/// Read a whole plain-text article.
pub fn read_text(path: &str, reader: &mut dyn BufRead, published: Option<NaiveDate>) -> Item {
    let mut buf = Vec::new();
    // one byte past the bound tells a text that is too long without holding it all
    reader
        .take(MAX_LINE as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| format!("{path}: cannot read: {e}"))?;
    if buf.len() > MAX_LINE {
        return Err(format!("{path}: a plain-text article over {} MiB is not read (the bound on one article, as for a JSON Lines line)", MAX_LINE >> 20));
    }
    let mut text = String::from_utf8(buf).map_err(|e| {
        format!(
            "{path}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    if text.trim().is_empty() {
        return Err(format!("{path}: empty input: no article to read"));
    }
    let published = published.ok_or_else(|| {
        format!(
            "{path}: a plain-text article needs its publication date: pass --published YYYY-MM-DD"
        )
    })?;
    let id = if path == "-" {
        "stdin".to_string()
    } else {
        Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string())
    };
    Ok(Article {
        id,
        published,
        title: None,
        source: None,
        url: None,
        text,
    })
}

/// The longest line read (the longest page is 64 MiB too): a longer one is reported and
/// skipped without being held in memory.
pub const MAX_LINE: usize = 64 << 20;

/// Read JSON lines in batches; calls `f` with each batch of (line number, item).
pub fn read_jsonl(
    path: &str,
    reader: &mut dyn BufRead,
    batch: usize,
    f: impl FnMut(Vec<(usize, Item)>) -> Result<()>,
) -> Result<()> {
    read_jsonl_limited(path, reader, batch, MAX_LINE, f)
}

/// [`read_jsonl`] with a line-length limit of `max_line` bytes.
pub fn read_jsonl_limited(
    path: &str,
    reader: &mut dyn BufRead,
    batch: usize,
    max_line: usize,
    mut f: impl FnMut(Vec<(usize, Item)>) -> Result<()>,
) -> Result<()> {
    let mut lineno = 0usize;
    let mut buf = Vec::with_capacity(1 << 16);
    let mut items = Vec::with_capacity(batch);
    loop {
        buf.clear();
        let n = match (&mut *reader)
            .take(max_line as u64)
            .read_until(b'\n', &mut buf)
        {
            Ok(n) => n,
            Err(e) => {
                lineno += 1;
                items.push((lineno, Err(format!("{path}:{lineno}: read error: {e}"))));
                break;
            }
        };
        if n == 0 {
            break;
        }
        lineno += 1;
        if n >= max_line && buf.last() != Some(&b'\n') {
            // a line with no end in sight (a file with no newline, a stream of zeros): report
            // it and read past it without holding it
            let skipped = match skip_line(reader) {
                Ok(k) => k,
                Err(e) => {
                    items.push((lineno, Err(format!("{path}:{lineno}: read error: {e}"))));
                    break;
                }
            };
            let mib = (n + skipped) >> 20;
            items.push((lineno, Err(format!("{path}:{lineno}: a line of {mib} MiB or more, longer than the {} MiB an article may have: not read (the other lines are)", max_line >> 20))));
            continue;
        }
        let line = trim(&buf);
        if line.is_empty() {
            continue;
        }
        items.push((
            lineno,
            parse_line(line).map_err(|e| format!("{path}:{lineno}: {e}")),
        ));
        if items.len() >= batch {
            f(std::mem::take(&mut items))?;
        }
    }
    if !items.is_empty() {
        f(items)?;
    }
    Ok(())
}

/// Read past the rest of a line (to its newline or the end), keeping nothing; the bytes read.
fn skip_line(reader: &mut dyn BufRead) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(total);
        }
        match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(total + i + 1);
            }
            None => {
                let k = chunk.len();
                reader.consume(k);
                total += k;
            }
        }
    }
}

fn trim(b: &[u8]) -> &[u8] {
    let mut s = b;
    if s.starts_with(&[0xEF, 0xBB, 0xBF]) {
        s = &s[3..];
    }
    while let Some((&last, rest)) = s.split_last() {
        if last == b'\n' || last == b'\r' || last == b' ' || last == b'\t' {
            s = rest;
        } else {
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `marsad extract` of a plain-text file had no size cap: a 20 MB article of one word
    /// was held whole (and with its analyses, 584 MB). A text over the bound on one article is
    /// refused with its name, without being read past the bound.
    #[test]
    fn a_plain_text_article_over_the_bound_is_refused_naming_the_file() {
        let mut r = std::io::BufReader::new(std::io::repeat(b'a').take(MAX_LINE as u64 + 10));
        let e = read_text("big.txt", &mut r, "2024-01-01".parse().ok()).unwrap_err();
        assert!(
            e.starts_with("big.txt: a plain-text article over 64 MiB"),
            "{e}"
        );
        let mut ok = std::io::BufReader::new(std::io::repeat(b'a').take(1000));
        assert_eq!(
            read_text("a.txt", &mut ok, "2024-01-01".parse().ok())
                .unwrap()
                .text
                .len(),
            1000
        );
    }

    /// A JSON Lines file with a line of no end (3 MB of gzip that inflates to 3 GB of one
    /// line) was read whole into memory: 3.17 GB peak. A line longer than the limit is now
    /// reported and skipped, the lines after it read.
    #[test]
    fn a_line_longer_than_the_limit_is_skipped_not_held() {
        let mut data = vec![b'a'; 10_000];
        data.push(b'\n');
        data.extend_from_slice(br#"{"id":"ok","published":"2019-01-01","text":"x"}"#);
        data.push(b'\n');
        data.extend(std::iter::repeat_n(b'z', 5_000));
        let mut r = std::io::BufReader::with_capacity(512, &data[..]);
        let mut got = Vec::new();
        read_jsonl_limited("t.jsonl", &mut r, 10, 1024, |b| {
            got.extend(b);
            Ok(())
        })
        .unwrap();
        assert_eq!(got.len(), 3);
        assert!(
            got[0]
                .1
                .as_ref()
                .unwrap_err()
                .contains("t.jsonl:1: a line of"),
            "{:?}",
            got[0]
        );
        assert_eq!(got[1].1.as_ref().unwrap().id, "ok");
        assert!(
            got[2].1.as_ref().unwrap_err().contains("t.jsonl:3:"),
            "{:?}",
            got[2]
        );
    }

    #[test]
    fn line_errors_say_what_is_wrong() {
        assert!(parse_line(b"{").unwrap_err().contains("not valid JSON"));
        assert!(parse_line(br#"{"id":"a","text":"x"}"#)
            .unwrap_err()
            .contains("published"));
        assert!(
            parse_line(br#"{"id":"a","published":"yesterday","text":"x"}"#)
                .unwrap_err()
                .contains("not a date")
        );
        assert!(parse_line(br#"{"published":"2019-01-01","text":"x"}"#)
            .unwrap_err()
            .contains("\"id\""));
        assert!(parse_line(b"{\"id\":\"\xff\"}")
            .unwrap_err()
            .contains("UTF-8"));
        let a = parse_line(br#"{"id":7,"published":"2019-01-01T10:00:00Z","text":"x","extra":1}"#)
            .unwrap();
        assert_eq!(a.id, "7");
    }
}
