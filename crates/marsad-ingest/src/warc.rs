//! WARC files (ISO 28500, `.warc` and `.warc.gz`): the HTML responses inside.
//!
//! A small reader of our own over any `BufRead` (a `.warc.gz` is a series of gzip members:
//! hand it a `MultiGzDecoder`). Each record is a version line, header lines, a blank line,
//! `Content-Length` bytes of block and two line ends. A record whose length is wrong (the
//! block is not followed by the blank line), a header that is not a header, or a truncated
//! file gives an error naming the record and its byte offset; the reader then looks for the
//! next version line and goes on.
//!
//! [`html_response`] takes a `response` record's HTTP message apart: status, headers
//! (charset, transfer and content encodings) and the body, when it is HTML.

use std::io::{BufRead, Read};

/// The largest record block read into memory; larger records are skipped with an error.
pub const MAX_BLOCK: u64 = 256 << 20;
/// The largest page a response body may inflate to (a page read from a file has the same cap).
pub const MAX_PAGE: u64 = 64 << 20;
const MAX_LINE: u64 = 64 << 10;

/// One WARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Byte offset of the record in the (uncompressed) stream.
    pub offset: u64,
    /// Index of the record in the file, from 1.
    pub index: usize,
    /// Header fields in order (names as written).
    pub headers: Vec<(String, String)>,
    /// The block (for a response: the HTTP message).
    pub block: Vec<u8>,
}

impl Record {
    /// A header's value (name matched case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A record that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("record {index} at byte {offset}: {message}")]
pub struct WarcError {
    /// Index of the record in the file, from 1.
    pub index: usize,
    /// Byte offset in the (uncompressed) stream.
    pub offset: u64,
    /// What is wrong.
    pub message: String,
}

/// Reads records one by one.
pub struct WarcReader<R> {
    r: R,
    pos: u64,
    index: usize,
    pending: Option<(Vec<u8>, u64)>,
    done: bool,
}

impl<R: BufRead> WarcReader<R> {
    /// A reader over an uncompressed stream.
    pub fn new(r: R) -> Self {
        WarcReader {
            r,
            pos: 0,
            index: 0,
            pending: None,
            done: false,
        }
    }

    fn line(&mut self) -> std::io::Result<Option<(Vec<u8>, u64)>> {
        if let Some(p) = self.pending.take() {
            return Ok(Some(p));
        }
        let at = self.pos;
        let mut buf = Vec::new();
        let n = (&mut self.r).take(MAX_LINE).read_until(b'\n', &mut buf)?;
        self.pos += n as u64;
        Ok(if n == 0 { None } else { Some((buf, at)) })
    }

    /// Skip to the next version line (kept for the next record).
    fn resync(&mut self) -> std::io::Result<()> {
        while let Some((l, at)) = self.line()? {
            if l.starts_with(b"WARC/") {
                self.pending = Some((l, at));
                return Ok(());
            }
        }
        self.done = true;
        Ok(())
    }

    fn fail(
        &mut self,
        offset: u64,
        message: String,
        resync: bool,
    ) -> Option<Result<Record, WarcError>> {
        let e = WarcError {
            index: self.index,
            offset,
            message,
        };
        if resync {
            if let Err(io) = self.resync() {
                self.done = true;
                return Some(Err(WarcError {
                    message: format!("{}; then: {io}", e.message),
                    ..e
                }));
            }
        } else {
            self.done = true;
        }
        Some(Err(e))
    }

    fn read_record(&mut self) -> Option<Result<Record, WarcError>> {
        if self.done {
            return None;
        }
        // the version line, after any blank lines
        let (first, start) = loop {
            match self.line() {
                Ok(None) => return None,
                Ok(Some((l, at))) if l.iter().all(|b| b.is_ascii_whitespace()) => {
                    let _ = at;
                    continue;
                }
                Ok(Some(x)) => break x,
                Err(e) => {
                    self.index += 1;
                    let at = self.pos;
                    return self.fail(at, format!("read error: {e}"), false);
                }
            }
        };
        self.index += 1;
        if !first.starts_with(b"WARC/") {
            return self.fail(
                start,
                "expected a WARC version line (WARC/1.0)".into(),
                true,
            );
        }
        let mut headers = Vec::new();
        loop {
            let l = match self.line() {
                Ok(Some((l, _))) => l,
                Ok(None) => {
                    return self.fail(
                        start,
                        "the file ends inside the record's header".into(),
                        false,
                    )
                }
                Err(e) => return self.fail(start, format!("read error: {e}"), false),
            };
            let s = String::from_utf8_lossy(&l);
            let s = s.trim_end_matches(['\r', '\n']);
            if s.is_empty() {
                break;
            }
            match s.split_once(':') {
                Some((k, v)) => headers.push((k.trim().to_string(), v.trim().to_string())),
                None if s.starts_with([' ', '\t']) && !headers.is_empty() => {
                    if let Some(h) = headers.last_mut() {
                        h.1.push(' ');
                        h.1.push_str(s.trim());
                    }
                }
                None => {
                    return self.fail(
                        start,
                        format!(
                            "not a header line: {:?}",
                            s.chars().take(60).collect::<String>()
                        ),
                        true,
                    )
                }
            }
            if headers.len() > 1000 {
                return self.fail(start, "more than 1000 header lines".into(), true);
            }
        }
        let len = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.parse::<u64>().ok());
        let Some(len) = len else {
            return self.fail(start, "no valid Content-Length".into(), true);
        };
        if len > MAX_BLOCK {
            return self.fail(
                start,
                format!("Content-Length {len} is larger than {MAX_BLOCK} bytes: skipped"),
                true,
            );
        }
        let mut block = Vec::with_capacity(len.min(1 << 20) as usize);
        let got = match (&mut self.r).take(len).read_to_end(&mut block) {
            Ok(n) => n as u64,
            Err(e) => return self.fail(start, format!("read error: {e}"), false),
        };
        self.pos += got;
        if got < len {
            return self.fail(
                start,
                format!("truncated: Content-Length says {len} bytes, {got} follow"),
                false,
            );
        }
        // the block ends with two line ends; anything else means the length is wrong
        let after = self.pos;
        for _ in 0..2 {
            match self.line() {
                Ok(Some((l, _))) if l == b"\r\n" || l == b"\n" => {}
                Ok(None) => break,
                Ok(Some((l, at))) => {
                    self.pending = Some((l, at));
                    return self.fail(start, format!("Content-Length {len} does not match the record: no blank line at byte {after}"), true);
                }
                Err(e) => return self.fail(start, format!("read error: {e}"), false),
            }
        }
        Some(Ok(Record {
            offset: start,
            index: self.index,
            headers,
            block,
        }))
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<Record, WarcError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.read_record()
    }
}

/// An HTML page taken out of a response record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlResponse {
    /// `WARC-Target-URI`.
    pub url: Option<String>,
    /// `WARC-Date` (when the page was fetched).
    pub fetched: Option<chrono::NaiveDate>,
    /// The charset of the HTTP `Content-Type`, when given.
    pub charset: Option<String>,
    /// The body, de-chunked and decompressed.
    pub body: Vec<u8>,
}

fn dechunk(mut b: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let nl = b
            .iter()
            .position(|&c| c == b'\n')
            .ok_or("chunked body: no chunk size line")?;
        let line = String::from_utf8_lossy(&b[..nl]);
        let size_s = line
            .trim()
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let size = usize::from_str_radix(&size_s, 16)
            .map_err(|_| format!("chunked body: bad chunk size {size_s:?}"))?;
        b = &b[nl + 1..];
        if size == 0 {
            return Ok(out);
        }
        if size > b.len() {
            return Err("chunked body: a chunk runs past the end".into());
        }
        out.extend_from_slice(&b[..size]);
        b = &b[size..];
        while b.first().is_some_and(|c| *c == b'\r' || *c == b'\n') {
            b = &b[1..];
        }
    }
}

/// The HTML page in a record: `None` when the record is not an HTML response (requests,
/// metadata, images, redirects and errors are not articles), `Err` when it claims to be one
/// but cannot be taken apart.
pub fn html_response(rec: &Record) -> Option<Result<HtmlResponse, String>> {
    if !rec
        .header("WARC-Type")
        .is_some_and(|t| t.eq_ignore_ascii_case("response"))
    {
        return None;
    }
    let b = &rec.block;
    if !b.starts_with(b"HTTP/") {
        return None;
    }
    let (head_end, body_start) = match b.windows(4).position(|w| w == b"\r\n\r\n") {
        Some(i) => (i, i + 4),
        None => match b.windows(2).position(|w| w == b"\n\n") {
            Some(i) => (i, i + 2),
            None => {
                return Some(Err(
                    "HTTP message without the blank line after its headers".into()
                ))
            }
        },
    };
    let head = String::from_utf8_lossy(&b[..head_end]);
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut ctype = None;
    let mut chunked = false;
    let mut cenc = None;
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_string());
            match k.as_str() {
                "content-type" => ctype = Some(v),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                "content-encoding" => cenc = Some(v.to_ascii_lowercase()),
                _ => {}
            }
        }
    }
    if !(200..300).contains(&status) {
        return None;
    }
    let ct = ctype.unwrap_or_default();
    if !ct.to_ascii_lowercase().contains("html") {
        return None;
    }
    let mut body = b[body_start..].to_vec();
    if chunked {
        body = match dechunk(&body) {
            Ok(v) => v,
            Err(e) => return Some(Err(e)),
        };
    }
    match inflate(body, cenc.as_deref(), MAX_PAGE) {
        Ok(b) => body = b,
        Err(e) => return Some(Err(e)),
    }
    Some(Ok(HtmlResponse {
        url: rec
            .header("WARC-Target-URI")
            .map(|u| u.trim_matches(['<', '>']).to_string()),
        fetched: rec.header("WARC-Date").and_then(crate::html::parse_date),
        charset: crate::encoding::charset_param(&ct).map(str::to_string),
        body,
    }))
}

/// A response body as its `Content-Encoding` left it, inflated; an error when it inflates past
/// `cap` bytes (a few KiB of gzip can hold gigabytes) or does not inflate.
fn inflate(body: Vec<u8>, enc: Option<&str>, cap: u64) -> Result<Vec<u8>, String> {
    let read = |r: &mut dyn Read, what: &str| -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        r.take(cap + 1)
            .read_to_end(&mut out)
            .map_err(|e| format!("{what} body: {e}"))?;
        if out.len() as u64 > cap {
            return Err(format!(
                "{what} body inflates past {} MiB, the largest page read: skipped",
                cap >> 20
            ));
        }
        Ok(out)
    };
    match enc {
        None | Some("identity") | Some("") => Ok(body),
        Some("gzip") | Some("x-gzip") => {
            read(&mut flate2::read::MultiGzDecoder::new(&body[..]), "gzip")
        }
        Some("deflate") => read(&mut flate2::read::ZlibDecoder::new(&body[..]), "deflate")
            .or_else(|_| read(&mut flate2::read::DeflateDecoder::new(&body[..]), "deflate")),
        Some(other) => Err(format!("unsupported Content-Encoding {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(ty: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut v = format!("WARC/1.0\r\nWARC-Type: {ty}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2015-08-04T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n", block.len()).into_bytes();
        v.extend_from_slice(block);
        v.extend_from_slice(b"\r\n\r\n");
        v
    }

    fn http(ct: &str, extra: &str, body: &[u8]) -> Vec<u8> {
        let mut v = format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\n{extra}\r\n").into_bytes();
        v.extend_from_slice(body);
        v
    }

    #[test]
    fn responses_requests_and_wrong_lengths() {
        let page = "<html><body><p>نص الصفحة</p></body></html>".as_bytes();
        let mut warc =
            b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n".to_vec();
        warc.extend(record(
            "request",
            "https://example.org/1",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        warc.extend(record(
            "response",
            "https://example.org/1",
            &http("text/html; charset=utf-8", "", page),
        ));
        // a record whose Content-Length is 10 bytes too long
        let mut bad = record(
            "response",
            "https://example.org/2",
            &http("text/html", "", page),
        );
        let s = String::from_utf8(bad.clone()).unwrap();
        let n: usize = s
            .split("Content-Length: ")
            .nth(1)
            .unwrap()
            .split('\r')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        bad = s
            .replacen(
                &format!("Content-Length: {n}"),
                &format!("Content-Length: {}", n - 10),
                1,
            )
            .into_bytes();
        warc.extend(bad);
        warc.extend(record(
            "response",
            "https://example.org/3",
            &http("image/png", "", b"\x89PNG"),
        ));
        warc.extend(record(
            "response",
            "https://example.org/4",
            &http(
                "text/html",
                "Transfer-Encoding: chunked\r\n",
                b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
            ),
        ));
        let recs: Vec<_> = WarcReader::new(&warc[..]).collect();
        assert_eq!(recs.len(), 6, "{recs:?}");
        assert!(recs[0].is_ok() && recs[1].is_ok() && recs[2].is_ok());
        let e = recs[3].as_ref().unwrap_err();
        assert_eq!(e.index, 4);
        assert!(e.message.contains("does not match"), "{e}");
        let pages: Vec<_> = recs.iter().flatten().filter_map(html_response).collect();
        assert_eq!(pages.len(), 2);
        let p = pages[0].as_ref().unwrap();
        assert_eq!(p.url.as_deref(), Some("https://example.org/1"));
        assert_eq!(p.charset.as_deref(), Some("utf-8"));
        assert_eq!(p.body, page);
        assert_eq!(p.fetched, chrono::NaiveDate::from_ymd_opt(2015, 8, 4));
        assert_eq!(pages[1].as_ref().unwrap().body, b"hello world");
    }

    #[test]
    fn truncated_and_garbage() {
        let page = b"<html><body><p>x</p></body></html>";
        let full = record(
            "response",
            "https://example.org/1",
            &http("text/html", "", page),
        );
        let cut = &full[..full.len() - 20];
        let recs: Vec<_> = WarcReader::new(cut).collect();
        assert_eq!(recs.len(), 1);
        assert!(recs[0].as_ref().unwrap_err().message.contains("truncated"));
        // garbage first, then a good record: the good one is found
        let mut g = b"this is not a warc file\r\nat all\r\n".to_vec();
        g.extend_from_slice(&full);
        let recs: Vec<_> = WarcReader::new(&g[..]).collect();
        assert_eq!(recs.len(), 2);
        assert!(recs[0].is_err() && recs[1].is_ok());
        assert_eq!(WarcReader::new(&b""[..]).count(), 0);
        // a huge declared length is refused, not allocated
        let huge = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\nabc";
        let recs: Vec<_> = WarcReader::new(&huge[..]).collect();
        assert!(recs[0].as_ref().unwrap_err().message.contains("larger"));
    }

    /// A response whose gzip body inflated to 256 MiB (the record cap, not the page cap): a 1 MB
    /// WARC peaked at 1.93 GB. A body that inflates past the page cap is an error now.
    #[test]
    fn a_gzip_body_that_inflates_past_the_page_cap_is_refused() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, &vec![b' '; 100_000]).unwrap();
        let body = gz.finish().unwrap();
        let err = inflate(body.clone(), Some("gzip"), 50_000).unwrap_err();
        assert!(err.contains("inflates past"), "{err}");
        assert_eq!(inflate(body, Some("gzip"), 200_000).unwrap().len(), 100_000);
        assert!(inflate(b"not gzip".to_vec(), Some("gzip"), 1000).is_err());
        assert_eq!(inflate(b"plain".to_vec(), None, 1000).unwrap(), b"plain");
    }

    #[test]
    fn gzip_members() {
        use std::io::Write;
        let page = "<html><body><p>صفحة مضغوطة</p></body></html>".as_bytes();
        let mut gz = Vec::new();
        for i in 0..3 {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&record(
                "response",
                &format!("https://example.org/{i}"),
                &http("text/html", "", page),
            ))
            .unwrap();
            gz.extend(e.finish().unwrap());
        }
        let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(&gz[..]));
        let pages: Vec<_> = WarcReader::new(r)
            .flatten()
            .filter_map(|r| html_response(&r))
            .collect();
        assert_eq!(pages.len(), 3);
    }
}
