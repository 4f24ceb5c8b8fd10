//! Reading sources into articles: HTML pages, RSS/Atom feeds, WARC archives and plain text,
//! in UTF-8, windows-1256 or ISO-8859-6 (detected and converted).
//!
//! Each reader turns bytes into [`Doc`]s (an [`Article`] and any note about how it was
//! read) or an error message that says where in the file things went wrong; one bad page,
//! item or record never stops the others. The JSON Lines input form is read by the binary
//! (it is the extractor's own input).
//!
//! ```
//! use marsad_ingest::{html_doc, Dates};
//! let page = "<html><head><meta property='article:published_time' content='2015-08-04'>\
//!     <title>عنوان</title></head><body><nav><a href='/'>الرئيسية</a></nav>\
//!     <article><p>افتتح المحافظ اليوم جسرا جديدا فوق النهر يربط الحيين.</p></article></body></html>";
//! let doc = html_doc(page.as_bytes(), None, "page.html", None, &Dates::default()).unwrap();
//! assert_eq!(doc.article.text, "افتتح المحافظ اليوم جسرا جديدا فوق النهر يربط الحيين.");
//! assert_eq!(doc.article.published.to_string(), "2015-08-04");
//! ```
#![deny(missing_docs)]

pub mod encoding;
pub mod feed;
pub mod gzip;
pub mod html;
pub mod warc;

use chrono::NaiveDate;
use marsad_model::Article;
use std::io::BufRead;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// JSON Lines in the extractor's input form (plain or gzip).
    Jsonl,
    /// One plain-text article.
    Text,
    /// One HTML page.
    Html,
    /// An RSS or Atom feed.
    Feed,
    /// A WARC archive (plain or gzip).
    Warc,
}

/// Decide what a file holds from its name and its first bytes (already un-gzipped).
/// The name decides when its extension is known; otherwise the content does.
pub fn detect(name: &str, head: &[u8]) -> Kind {
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "jsonl" | "ndjson" | "json" => return Kind::Jsonl,
        "txt" | "text" => return Kind::Text,
        "warc" | "arc" => return Kind::Warc,
        "rss" | "atom" => return Kind::Feed,
        "html" | "htm" | "xhtml" | "shtml" | "php" | "asp" | "aspx" | "jsp" => return Kind::Html,
        _ => {}
    }
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let body = &body[start..];
    if body.starts_with(b"WARC/") {
        return Kind::Warc;
    }
    if body.starts_with(b"{") {
        return Kind::Jsonl;
    }
    if body.starts_with(b"<") {
        let s = String::from_utf8_lossy(&body[..body.len().min(4096)]);
        if feed::looks_like_feed(&s) {
            return Kind::Feed;
        }
        return Kind::Html;
    }
    Kind::Text
}

/// Dates to fall back on when a document does not give its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dates {
    /// The user's `--published`: used for plain text, and for pages and items without a date.
    pub published: Option<NaiveDate>,
    /// The file's modification day: the last resort.
    pub modified: Option<NaiveDate>,
}

impl Dates {
    fn pick(&self, own: Option<NaiveDate>, fetched: Option<NaiveDate>) -> Option<NaiveDate> {
        own.or(fetched).or(self.published).or(self.modified)
    }
}

/// An article read from a source, and a note when something about reading it is worth
/// telling (bytes replaced, an encoding declaration overruled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    /// The article.
    pub article: Article,
    /// How it was read, when the user should know.
    pub note: Option<String>,
}

const NO_DATE: &str =
    "no publication date in the document or the file: pass --published YYYY-MM-DD";

/// What a file that is not text is, by its first bytes: an image, a PDF, an archive, a
/// program, or (a NUL byte in its first 8 KiB) some other binary data. `None` for text,
/// UTF-16 with its byte-order mark included.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or a DOCX, XLSX, ODT)"),
        (b"\x7FELF", "an ELF program"),
        (b"MZ", "a Windows program"),
        (b"\x1F\x8B", "gzip data"),
        (b"7z\xBC\xAF", "a 7z archive"),
        (b"Rar!", "a RAR archive"),
        (b"RIFF", "a RIFF file (audio, video, WebP)"),
        (b"\xD0\xCF\x11\xE0", "an Office document"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || encoding::utf16_without_bom(bytes).is_some();
    (!utf16 && bytes[..bytes.len().min(8192)].contains(&0))
        .then_some("binary data (a NUL byte, and not UTF-16 text)")
}

/// A plain-text file as one article (the id is `name`, the date `--published` or the file's).
pub fn text_doc(bytes: &[u8], name: &str, dates: &Dates) -> Result<Doc, String> {
    if let Some(what) = binary_kind(bytes) {
        return Err(format!("{what}, not text: not read"));
    }
    let d = encoding::decode(bytes, None, encoding::Doc::Text);
    if d.text.trim().is_empty() {
        return Err("empty: no article to read".into());
    }
    let published = dates.pick(None, None).ok_or(NO_DATE)?;
    let article = Article {
        id: name.to_string(),
        published,
        title: None,
        source: None,
        url: None,
        text: d.text,
    };
    Ok(Doc {
        article,
        note: d.note,
    })
}

/// An HTML page as one article: main text, title, date, site and canonical address.
/// `url` is where the page came from (a crawl's target URI), used when the page names none;
/// `fetched` is when it was fetched.
pub fn html_doc(
    bytes: &[u8],
    header_charset: Option<&str>,
    name: &str,
    url: Option<&str>,
    dates: &Dates,
) -> Result<Doc, String> {
    html_doc_fetched(bytes, header_charset, name, url, None, dates)
}

fn html_doc_fetched(
    bytes: &[u8],
    header_charset: Option<&str>,
    name: &str,
    url: Option<&str>,
    fetched: Option<NaiveDate>,
    dates: &Dates,
) -> Result<Doc, String> {
    let d = encoding::decode(bytes, header_charset, encoding::Doc::Html);
    html::check_limits(&d.text)?;
    let p = html::page(&d.text);
    if p.text.trim().is_empty() {
        return Err("no main text found in the page".into());
    }
    let published = dates.pick(p.published, fetched).ok_or(NO_DATE)?;
    let url = p.url.or_else(|| url.map(str::to_string));
    let article = Article {
        id: url.clone().unwrap_or_else(|| name.to_string()),
        published,
        title: p.title,
        source: p.site,
        url,
        text: p.text,
    };
    Ok(Doc {
        article,
        note: d.note,
    })
}

/// The items of a feed as articles (their text is what the feed carries). The last entry is
/// an error when the feed breaks part-way; items without text are errors naming the item.
/// `header_charset` is the charset of an HTTP header, when the feed was fetched.
pub fn feed_docs(
    bytes: &[u8],
    header_charset: Option<&str>,
    name: &str,
    dates: &Dates,
) -> Vec<Result<Doc, String>> {
    let d = encoding::decode(bytes, header_charset, encoding::Doc::Xml);
    let (f, err) = feed::parse(&d.text);
    let mut out = Vec::with_capacity(f.items.len() + 1);
    for (i, it) in f.items.into_iter().enumerate() {
        let n = i + 1;
        if it.text.trim().is_empty() {
            out.push(Err(format!("item {n}: no text")));
            continue;
        }
        let Some(published) = dates.pick(it.published, None) else {
            out.push(Err(format!("item {n}: {NO_DATE}")));
            continue;
        };
        let id = it
            .guid
            .clone()
            .or_else(|| it.url.clone())
            .unwrap_or_else(|| format!("{name}#{n}"));
        let article = Article {
            id,
            published,
            title: it.title,
            source: f.title.clone(),
            url: it.url,
            text: it.text,
        };
        out.push(Ok(Doc {
            article,
            note: d.note.clone(),
        }));
    }
    if let Some(e) = err {
        out.push(Err(format!("{e} (the items before it were read)")));
    }
    out
}

/// The HTML responses of a WARC stream (un-gzipped) as articles, one call of `f` per record
/// that is an HTML response or cannot be read (other records are skipped). Error messages
/// name the record and its byte offset.
pub fn warc_docs<R: BufRead>(r: R, dates: &Dates, mut f: impl FnMut(Result<Doc, String>)) {
    for rec in warc::WarcReader::new(r) {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                f(Err(e.to_string()));
                continue;
            }
        };
        let Some(resp) = warc::html_response(&rec) else {
            continue;
        };
        let at = format!("record {} at byte {}", rec.index, rec.offset);
        match resp {
            Err(e) => f(Err(format!("{at}: {e}"))),
            Ok(h) => {
                let name = h.url.clone().unwrap_or_else(|| at.clone());
                f(html_doc_fetched(
                    &h.body,
                    h.charset.as_deref(),
                    &name,
                    h.url.as_deref(),
                    h.fetched,
                    dates,
                )
                .map_err(|e| format!("{at}: {e}")));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// PNG, JPEG, PDF, ZIP, DOCX, ELF files and a file of NULs in a folder were stored as
    /// articles of binary text; they are errors naming what they are.
    #[test]
    fn binary_files_are_not_stored_as_text() {
        let d = Dates {
            published: NaiveDate::from_ymd_opt(2015, 8, 1),
            modified: None,
        };
        for (bytes, what) in [
            (&b"\x89PNG\r\n\x1a\n\0\0"[..], "PNG"),
            (&b"\xFF\xD8\xFF\xE0\0\x10JFIF"[..], "JPEG"),
            (&b"%PDF-1.4\n"[..], "PDF"),
            (&b"PK\x03\x04\x14\0"[..], "ZIP"),
            (&b"\x7FELF\x02\x01"[..], "ELF"),
            (&[0u8; 64][..], "NUL"),
        ] {
            let e = text_doc(bytes, "f", &d).unwrap_err();
            assert!(e.contains(what) && e.contains("not text"), "{what}: {e}");
        }
        assert!(text_doc("قتل ثلاثة في حلب".as_bytes(), "f", &d).is_ok());
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("نص".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(binary_kind(&utf16), None);
    }

    #[test]
    fn kinds_by_name_then_content() {
        let cases: &[(&str, &[u8], Kind)] = &[
            ("a.jsonl.gz", b"", Kind::Jsonl),
            ("a.warc.gz", b"", Kind::Warc),
            ("page.HTML", b"", Kind::Html),
            ("news.txt", b"<p>", Kind::Text),
            ("feed.xml", b"<?xml version='1.0'?><rss>", Kind::Feed),
            (
                "feed",
                b"\xEF\xBB\xBF<feed xmlns='http://www.w3.org/2005/Atom'>",
                Kind::Feed,
            ),
            ("page", b"  <!DOCTYPE html><html>", Kind::Html),
            ("crawl", b"WARC/1.0\r\n", Kind::Warc),
            ("lines", b"{\"id\":1}", Kind::Jsonl),
            ("note", "نص عادي".as_bytes(), Kind::Text),
        ];
        for (name, head, want) in cases {
            assert_eq!(detect(name, head), *want, "{name}");
        }
    }

    #[test]
    fn dates_fall_back_in_order() {
        let d = |s: &str| Some(s.parse::<NaiveDate>().unwrap());
        let dates = Dates {
            published: d("2015-01-02"),
            modified: d("2015-03-04"),
        };
        assert_eq!(
            dates.pick(d("2015-08-01"), d("2015-08-02")),
            d("2015-08-01")
        );
        assert_eq!(dates.pick(None, d("2015-08-02")), d("2015-08-02"));
        assert_eq!(dates.pick(None, None), d("2015-01-02"));
        assert_eq!(
            Dates {
                published: None,
                ..dates
            }
            .pick(None, None),
            d("2015-03-04")
        );
        assert!(text_doc("نص".as_bytes(), "x", &Dates::default())
            .unwrap_err()
            .contains("--published"));
    }
}
