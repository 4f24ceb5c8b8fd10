//! What each fuzz target runs, and the invariants it checks.
//!
//! Every function takes arbitrary bytes, runs one of marsad's readers on them and panics only
//! when an invariant is broken (a panic inside marsad's code is a crash all the same). The
//! same functions replay `fuzz/regressions/<target>/` and `fuzz/seeds/<target>/` under plain
//! `cargo test` (`crates/marsad/tests/fuzz_regressions.rs` includes this file), so a crash the
//! fuzzer finds stays fixed.

use chrono::NaiveDate;
use marsad_model::{Article, Span};
use std::io::BufReader;

// The JSON Lines reader lives in the binary crate: compile the same source file here.
#[path = "../../crates/marsad/src/input.rs"]
#[allow(dead_code)]
mod input;

/// The fuzz targets, by name: the name is the folder of its seeds and regressions.
pub const TARGETS: &[(&str, fn(&[u8]))] = &[
    ("text", text),
    ("html", html),
    ("feed", feed),
    ("warc", warc),
    ("jsonl", jsonl),
    ("extract", extract),
    ("filter", filter),
];

fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2015, 8, 4).expect("a valid day")
}

fn dates() -> marsad_ingest::Dates {
    marsad_ingest::Dates {
        published: Some(published()),
        modified: None,
    }
}

/// Byte offsets of every code point of `s`, and `s.len()` at the end.
fn char_starts(s: &str) -> Vec<usize> {
    s.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(s.len()))
        .collect()
}

/// The exact slice of `span` (code points), or a panic saying how it is out of the text.
fn exact<'a>(text: &'a str, starts: &[usize], span: Span, what: &str) -> &'a str {
    let n = starts.len() - 1;
    assert!(
        span.start <= span.end && span.end <= n,
        "{what}: span {span:?} outside a text of {n} code points"
    );
    &text[starts[span.start]..starts[span.end]]
}

/// Panics unless `evidence` is exactly the code points `span` of `text`.
pub fn check_evidence(text: &str, span: Span, evidence: &str, what: &str) {
    assert_eq!(
        exact(text, &char_starts(text), span, what),
        evidence,
        "{what}: evidence is not the slice of its span"
    );
}

/// The text layer: folding with its offset map, tokens, sentences, numbers, dates.
pub fn text(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    let s = s.as_ref();
    let starts = char_starts(s);
    let chars = starts.len() - 1;
    let folded = marsad_text::Folded::new(s);
    assert_eq!(
        folded.orig_len, chars,
        "Folded::orig_len is the number of code points"
    );
    assert_eq!(
        folded.orig.len(),
        folded.text.chars().count(),
        "one origin per folded character"
    );
    assert_eq!(folded.orig.len(), folded.orig_byte.len());
    for (k, (&o, &b)) in folded.orig.iter().zip(&folded.orig_byte).enumerate() {
        assert!(
            (o as usize) < chars && starts[o as usize] == b as usize,
            "folded character {k}: origin {o} at byte {b}"
        );
    }
    assert!(
        folded.orig.windows(2).all(|w| w[0] <= w[1]),
        "origins in order"
    );
    let a = marsad_text::tokens::Analyzed::new(s);
    let fchars = folded.text.chars().count();
    for (i, t) in a.tokens.iter().enumerate() {
        let sl = exact(s, &starts, t.span, "token");
        assert_eq!(
            &s[t.byte_range()],
            sl,
            "token {i}: byte range and code-point span differ"
        );
        assert!(
            t.fstart <= t.fend && t.fend <= fchars,
            "token {i}: folded range {}..{} of {fchars}",
            t.fstart,
            t.fend
        );
    }
    let rds = marsad_text::AllReadings::new(&a.tokens);
    for sent in marsad_text::sentences(&a.tokens) {
        assert!(
            sent.start <= sent.end && sent.end <= a.tokens.len(),
            "sentence {}..{}",
            sent.start,
            sent.end
        );
        for i in sent.start..sent.end {
            let (x, y) = sent.clause_of(i);
            assert!(x <= i && i < y, "clause {x}..{y} holds token {i}");
        }
    }
    let mut last = 0;
    for m in marsad_text::numbers::find_numbers_with(&a.tokens, &rds) {
        assert!(
            last <= m.start && m.start < m.end && m.end <= a.tokens.len(),
            "number mention {}..{} after {last}",
            m.start,
            m.end
        );
        last = m.end;
        if let (Some(lo), Some(hi)) = (m.low, m.high) {
            assert!(lo <= hi, "number bounds {lo}..{hi}");
        }
        exact(s, &starts, a.span(m.start, m.end, m.skip), "number");
    }
    for m in marsad_text::dates::find_dates_with(&a.tokens, published(), &rds) {
        assert!(
            m.start < m.end && m.end <= a.tokens.len(),
            "date mention {}..{}",
            m.start,
            m.end
        );
        assert!(m.range.start <= m.range.end, "date range {:?}", m.range);
        exact(s, &starts, a.span(m.start, m.end, m.skip), "date");
    }
    let _ = marsad_text::fold(s);
}

/// An HTML page, with the HTTP charset taken from the first line when it starts `charset=`.
pub fn html(data: &[u8]) {
    let (charset, body) = header_charset(data);
    if let Ok(d) = marsad_ingest::html_doc(
        body,
        charset,
        "fuzz.html",
        Some("https://example.org/a"),
        &dates(),
    ) {
        assert!(
            !d.article.text.trim().is_empty(),
            "an HTML article has text"
        );
    }
    let s = String::from_utf8_lossy(body);
    let _ = marsad_ingest::html::fragment_text(&s);
    let _ = marsad_ingest::html::parse_date(&s);
    let _ = marsad_ingest::detect("fuzz", body);
    let _ = marsad_ingest::text_doc(body, "fuzz.txt", &dates());
}

/// An RSS, Atom or RDF feed.
pub fn feed(data: &[u8]) {
    let (charset, body) = header_charset(data);
    for d in marsad_ingest::feed_docs(body, charset, "fuzz.rss", &dates())
        .into_iter()
        .flatten()
    {
        assert!(!d.article.text.trim().is_empty(), "a feed article has text");
    }
}

/// A WARC stream (already un-gzipped), read through a small buffer so that records and lines
/// cross buffer ends.
pub fn warc(data: &[u8]) {
    let r = BufReader::with_capacity(64, data);
    marsad_ingest::warc_docs(r, &dates(), |d| {
        if let Ok(d) = d {
            assert!(!d.article.text.trim().is_empty(), "a WARC article has text");
        }
    });
}

/// JSON Lines input, with a small line limit so that long lines take the skipping path.
pub fn jsonl(data: &[u8]) {
    let mut r = BufReader::with_capacity(64, data);
    let mut lines = 0usize;
    input::read_jsonl_limited("fuzz.jsonl", &mut r, 4, 1024, |batch| {
        for (n, item) in batch {
            assert!(n > lines, "line numbers go up: {n} after {lines}");
            lines = n;
            if let Err(e) = item {
                assert!(
                    e.starts_with(&format!("fuzz.jsonl:{n}:")),
                    "an error names the file and the line: {e}"
                );
            }
        }
        Ok(())
    })
    .expect("reading from memory does not fail");
    let _ = input::parse_line(data);
}

fn extractor() -> &'static marsad_extract::Extractor<'static> {
    static X: std::sync::OnceLock<marsad_extract::Extractor<'static>> = std::sync::OnceLock::new();
    X.get_or_init(marsad_extract::Extractor::embedded)
}

/// The extractor on an article of these bytes: every piece of evidence is the exact slice of
/// the text its span names, and every count is plausible.
pub fn extract(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let art = Article {
        id: "fuzz".into(),
        published: published(),
        title: None,
        source: None,
        url: None,
        text,
    };
    let t = art.text.as_str();
    let starts = char_starts(t);
    for (e, _) in extractor().decisions(&art) {
        let ev = &e.event;
        assert_eq!(
            exact(t, &starts, ev.trigger.span, "trigger"),
            ev.trigger.text,
            "trigger evidence"
        );
        if let Some(c) = &ev.claimed_by {
            assert_eq!(exact(t, &starts, c.span, "claim"), c.text, "claim evidence");
        }
        for a in [&ev.actor1, &ev.actor2].into_iter().flatten() {
            assert_eq!(exact(t, &starts, a.span, "actor"), a.text, "actor evidence");
        }
        if let Some(l) = &ev.location {
            assert_eq!(
                exact(t, &starts, l.span, "location"),
                l.text,
                "location evidence"
            );
        }
        for c in ev.fatalities_evidence.iter().chain(&ev.injured_evidence) {
            assert_eq!(exact(t, &starts, c.span, "count"), c.text, "count evidence");
        }
        assert_eq!(
            ev.date.span.is_some(),
            ev.date.text.is_some(),
            "a date's words come with their span"
        );
        if let (Some(sp), Some(tx)) = (ev.date.span, &ev.date.text) {
            assert_eq!(exact(t, &starts, sp, "date"), tx, "date evidence");
        }
        if let Some(sp) = ev.sentence {
            exact(t, &starts, sp, "sentence");
        }
        assert!(
            ev.date.range.start <= ev.date.range.end,
            "date range {:?}",
            ev.date.range
        );
        if let (Some(lo), Some(hi)) = (ev.fatalities_low, ev.fatalities_high) {
            assert!(lo <= hi, "fatalities {lo}..{hi}");
        }
        if let Some(c) = ev.confidence {
            assert!((0.0..=1.0).contains(&c), "confidence {c}");
        }
    }
}

/// The query string of `/api/events`, `/api/stats` and `/api/points`, read as the server
/// reads it (axum's `Query`), then checked and turned into a store filter.
pub fn filter(data: &[u8]) {
    let Ok(q) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(uri) = format!("/api/events?{q}").parse::<axum::http::Uri>() else {
        return;
    };
    let Ok(axum::extract::Query(q)) =
        axum::extract::Query::<marsad_server::filter::EventQuery>::try_from_uri(&uri)
    else {
        return;
    };
    if let Ok((f, offset, limit)) = q.page(1000) {
        assert!(
            (1..=1000).contains(&limit) && f.limit == Some(limit) && f.offset == offset,
            "page {offset}+{limit}"
        );
        // a `from` after `to` is a filter that matches nothing (the API answers no events,
        // as its description says), not an error: no order between them to check
        assert!(q.key().is_ok(), "a filter that pages has a key");
    }
}

/// `charset=NAME` on a first line is the HTTP header's charset; the rest is the document.
fn header_charset(data: &[u8]) -> (Option<&str>, &[u8]) {
    if let Some(rest) = data.strip_prefix(b"charset=") {
        if let Some(nl) = rest.iter().position(|&b| b == b'\n') {
            if let Ok(cs) = std::str::from_utf8(&rest[..nl]) {
                return (Some(cs), &rest[nl + 1..]);
            }
        }
    }
    (None, data)
}
