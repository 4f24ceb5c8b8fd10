//! Bytes to text: UTF-8, windows-1256 and ISO-8859-6 (the encodings of Arabic pages) and
//! whatever else a page declares.
//!
//! Order of evidence, first that speaks wins: a byte-order mark; the HTTP header's charset;
//! the document's own declaration (`<meta charset>`, `<meta http-equiv>`, or the XML
//! prolog); then the bytes themselves (valid UTF-8 is UTF-8; otherwise `chardetng` guesses);
//! and for bytes that look Arabic in no other guess, windows-1256.
//!
//! A declaration that the bytes contradict is overruled, and the [`Decoded::note`] says so: a
//! page that says UTF-8 but is not goes to detection; a page that names a legacy encoding but
//! is valid UTF-8 with non-ASCII text is UTF-8 (re-saved pages keep their old `<meta>`).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1256};

/// How the encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// A byte-order mark.
    Bom,
    /// The HTTP `Content-Type` header.
    Header,
    /// The document's `<meta>` or XML declaration.
    Declared,
    /// Valid UTF-8 without any declaration.
    Utf8,
    /// Guessed from the bytes.
    Detected,
}

/// Text decoded from bytes.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text (UTF-8, without a BOM).
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// How it was chosen.
    pub evidence: Evidence,
    /// Something the user should know (bytes replaced, a declaration overruled), with the
    /// byte position where it applies.
    pub note: Option<String>,
}

/// What kind of document the bytes are, for finding its own declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    /// HTML: `<meta charset>` / `<meta http-equiv="Content-Type">`.
    Html,
    /// XML (feeds): `<?xml ... encoding="..."?>`.
    Xml,
    /// Plain text: no declaration.
    Text,
}

/// The `charset=` value of a Content-Type header value.
pub fn charset_param(content_type: &str) -> Option<&str> {
    let lower = content_type.to_ascii_lowercase();
    let i = lower.find("charset")?;
    let rest = content_type[i + 7..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == '"' || c == '\'' || c == ';' || c == ',' || c.is_whitespace())
        .unwrap_or(rest.len());
    Some(&rest[..end]).filter(|s| !s.is_empty())
}

/// The encoding a document declares in its first 4 KiB.
pub fn declared(bytes: &[u8], doc: Doc) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let s = String::from_utf8_lossy(head).to_ascii_lowercase();
    match doc {
        Doc::Text => None,
        Doc::Xml => {
            let start = s.find("<?xml")?;
            let end = s[start..].find("?>")? + start;
            let decl = &s[start..end];
            let i = decl.find("encoding")?;
            let v = decl[i + 8..].trim_start().strip_prefix('=')?.trim_start();
            // a quoted value, or (malformed but seen) an unquoted one up to a space or `?`;
            // the first character may be anything, a multi-byte one included
            let (v, e) = match v.chars().next()? {
                q @ ('"' | '\'') => {
                    let v = &v[1..];
                    (v, v.find(q)?)
                }
                _ => (
                    v,
                    v.find(|c: char| c.is_whitespace() || c == '?')
                        .unwrap_or(v.len()),
                ),
            };
            Encoding::for_label(&v.as_bytes()[..e])
        }
        Doc::Html => {
            let mut from = 0;
            while let Some(i) = s[from..].find("<meta") {
                let at = from + i;
                let end = s[at..].find('>').map(|e| at + e).unwrap_or(s.len());
                let tag = &s[at..end];
                if let Some(c) = tag.find("charset") {
                    // <meta charset="x"> or content="text/html; charset=x"
                    if let Some(v) = charset_param(&tag[c..]) {
                        if let Some(enc) = Encoding::for_label(v.as_bytes()) {
                            return Some(enc);
                        }
                    }
                }
                from = end;
            }
            None
        }
    }
}

fn arabic_letters(s: &str) -> usize {
    s.chars()
        .filter(|c| ('\u{0621}'..='\u{064A}').contains(c))
        .count()
}

fn decode_with(bytes: &[u8], enc: &'static Encoding) -> (String, bool) {
    let (cow, errors) = enc.decode_without_bom_handling(bytes);
    (cow.into_owned(), errors)
}

fn first_invalid_utf8(bytes: &[u8]) -> Option<usize> {
    std::str::from_utf8(bytes).err().map(|e| e.valid_up_to())
}

/// True for UTF-8 with a few damaged bytes (valid multi-byte characters outnumber the
/// invalid sequences four to one): such text is UTF-8, and re-reading it in a legacy encoding
/// would turn every good character into mojibake.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let s = String::from_utf8_lossy(bytes);
    let bad = s.chars().filter(|&c| c == '\u{FFFD}').count();
    let good = s
        .chars()
        .filter(|&c| !c.is_ascii() && c != '\u{FFFD}')
        .count();
    good > 0 && good >= 4 * bad
}

/// How Arabic a text reads, by words: those that start with the article «ال» and the
/// commonest function words. Letters alone cannot tell windows-1256 from ISO-8859-6 (each
/// decodes most high bytes of the other to some Arabic letter); words can.
fn arabic_words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            (w.starts_with("ال") && w.chars().count() > 3)
                || matches!(
                    *w,
                    "في" | "من"
                        | "على"
                        | "إلى"
                        | "عن"
                        | "أن"
                        | "التي"
                        | "الذي"
                        | "مع"
                        | "بعد"
                        | "قال"
                        | "هذا"
                        | "هذه"
                )
        })
        .count()
}

/// A legacy Arabic encoding that reads the bytes as Arabic where `declared` does not: a
/// windows-1256 page declared ISO-8859-6 (or the reverse) decodes to letters, but not to
/// words. At least ten Arabic words, and three times as many as the declaration gives.
fn arabic_instead_of(bytes: &[u8], declared: &'static Encoding) -> Option<&'static Encoding> {
    let said = arabic_words(&decode_with(bytes, declared).0);
    [WINDOWS_1256, encoding_rs::ISO_8859_6]
        .into_iter()
        .filter(|&e| e != declared)
        .map(|e| (e, arabic_words(&decode_with(bytes, e).0)))
        .filter(|&(_, n)| n >= 10 && n > 3 * said.max(1))
        .max_by_key(|&(_, n)| n)
        .map(|(e, _)| e)
}

/// UTF-16 without a byte-order mark: in text with markup, digits or spaces, every other byte
/// is NUL, always on the same side. At least one byte in twenty of the first 64 KiB is NUL,
/// nineteen in twenty of them on one side, and the bytes decode without error.
pub fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(64 << 10)];
    if head.len() < 16 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, b) in head.iter().enumerate() {
        if *b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let nul = even + odd;
    if nul * 20 < head.len() {
        return None;
    }
    let enc = if odd * 20 >= nul * 19 {
        encoding_rs::UTF_16LE
    } else if even * 20 >= nul * 19 {
        encoding_rs::UTF_16BE
    } else {
        return None;
    };
    let n = bytes.len() & !1;
    (!decode_with(&bytes[..n], enc).1).then_some(enc)
}

/// Text whose lines are partly UTF-8 and partly a legacy encoding (files joined from two
/// sources): each line read in its own encoding. A line is UTF-8 when its non-ASCII bytes
/// mostly form UTF-8 characters (a damaged byte or two does not make it legacy); the legacy
/// lines are read in `legacy`, else in what their bytes suggest. `None` unless both kinds
/// have a line with non-ASCII text.
fn mixed_lines(bytes: &[u8], legacy: Option<&'static Encoding>) -> Option<Decoded> {
    // each line with whether it is legacy, decided once
    let lines: Vec<(&[u8], bool)> = bytes
        .split_inclusive(|&b| b == b'\n')
        .map(|l| (l, first_invalid_utf8(l).is_some() && !mostly_utf8(l)))
        .collect();
    let utf8 = lines
        .iter()
        .filter(|(l, old)| !old && !l.is_ascii())
        .count();
    let old: Vec<&[u8]> = lines
        .iter()
        .filter(|(_, old)| *old)
        .map(|(l, _)| *l)
        .collect();
    if utf8 == 0 || old.is_empty() {
        return None;
    }
    let enc = legacy
        .filter(|e| *e != UTF_8)
        .unwrap_or_else(|| detect(&old.concat()));
    let mut text = String::with_capacity(bytes.len());
    let mut first_old = None;
    let mut at = 0usize;
    for (l, legacy_line) in &lines {
        if *legacy_line {
            first_old.get_or_insert(at);
            text.push_str(&decode_with(l, enc).0);
        } else {
            text.push_str(&String::from_utf8_lossy(l));
        }
        at += l.len();
    }
    Some(Decoded {
        text,
        encoding: enc,
        evidence: Evidence::Detected,
        note: Some(format!(
            "mixed encodings: {} lines read as {} (the first at byte {}), {utf8} with non-ASCII text as UTF-8",
            old.len(),
            enc.name(),
            first_old.unwrap_or(0)
        )),
    })
}

/// Guess from the bytes: chardetng, then windows-1256 when that reads as more Arabic.
fn detect(bytes: &[u8]) -> &'static Encoding {
    // ISO-2022-JP stays a possible guess, as in chardetng 0.1 (marsad runs no page scripts)
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    det.feed(bytes, true);
    let guess = det.guess(None, chardetng::Utf8Detection::Allow);
    if guess == UTF_8 || guess == WINDOWS_1256 {
        return guess;
    }
    let (g, _) = decode_with(bytes, guess);
    let (w, _) = decode_with(bytes, WINDOWS_1256);
    if arabic_letters(&w) > arabic_letters(&g) {
        WINDOWS_1256
    } else {
        guess
    }
}

/// Decode `bytes`, with the charset of an HTTP header when there was one.
pub fn decode(bytes: &[u8], header_charset: Option<&str>, doc: Doc) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, errors) = decode_with(&bytes[bom_len..], enc);
        let note = errors.then(|| format!("bytes that are not {} were replaced", enc.name()));
        return Decoded {
            text,
            encoding: enc,
            evidence: Evidence::Bom,
            note,
        };
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let n = bytes.len() & !1;
        let (text, _) = decode_with(&bytes[..n], enc);
        return Decoded {
            text,
            encoding: enc,
            evidence: Evidence::Detected,
            note: Some(format!(
                "{} without a byte-order mark (every other byte NUL)",
                enc.name()
            )),
        };
    }
    let said = header_charset
        .and_then(|c| Encoding::for_label(c.trim().as_bytes()))
        .map(|e| (e, Evidence::Header))
        .or_else(|| declared(bytes, doc).map(|e| (e, Evidence::Declared)));
    // a declaration of UTF-16 inside an ASCII-compatible document is a lie HTML ignores
    let said = said.map(|(e, ev)| {
        (
            if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
                UTF_8
            } else {
                e
            },
            ev,
        )
    });
    if first_invalid_utf8(bytes).is_some() {
        if let Some(d) = mixed_lines(bytes, said.map(|(e, _)| e)) {
            return d;
        }
    }
    if let Some((enc, ev)) = said {
        if enc != UTF_8 && !bytes.is_ascii() && first_invalid_utf8(bytes).is_none() {
            // declared a legacy encoding, but the bytes are valid UTF-8 with non-ASCII
            // characters: text in windows-1256 or ISO-8859-6 practically never is, while
            // pages re-saved as UTF-8 with their old declaration are common
            let (text, _) = decode_with(bytes, UTF_8);
            let note = Some(format!(
                "declared {} but the bytes are UTF-8; read as UTF-8",
                enc.name()
            ));
            return Decoded {
                text,
                encoding: UTF_8,
                evidence: Evidence::Detected,
                note,
            };
        }
        if enc == UTF_8 {
            if let Some(bad) = first_invalid_utf8(bytes) {
                // declared UTF-8 but is not: believe the bytes
                let found = if mostly_utf8(bytes) {
                    UTF_8
                } else {
                    detect(bytes)
                };
                if found != UTF_8 {
                    let (text, _) = decode_with(bytes, found);
                    let note = Some(format!(
                        "declared UTF-8 but invalid at byte {bad}; read as {}",
                        found.name()
                    ));
                    return Decoded {
                        text,
                        encoding: found,
                        evidence: Evidence::Detected,
                        note,
                    };
                }
                let (text, _) = decode_with(bytes, UTF_8);
                return Decoded {
                    text,
                    encoding: UTF_8,
                    evidence: ev,
                    note: Some(format!("invalid UTF-8 at byte {bad}: replaced with U+FFFD")),
                };
            }
        }
        if enc != UTF_8 {
            if let Some(other) = arabic_instead_of(bytes, enc) {
                let (text, _) = decode_with(bytes, other);
                let note = Some(format!(
                    "declared {} but the bytes read as Arabic only in {}; read as {}",
                    enc.name(),
                    other.name(),
                    other.name()
                ));
                return Decoded {
                    text,
                    encoding: other,
                    evidence: Evidence::Detected,
                    note,
                };
            }
        }
        let (text, errors) = decode_with(bytes, enc);
        let note = errors.then(|| format!("bytes that are not {} were replaced", enc.name()));
        return Decoded {
            text,
            encoding: enc,
            evidence: ev,
            note,
        };
    }
    if first_invalid_utf8(bytes).is_none() {
        let (text, _) = decode_with(bytes, UTF_8);
        return Decoded {
            text,
            encoding: UTF_8,
            evidence: Evidence::Utf8,
            note: None,
        };
    }
    let enc = if mostly_utf8(bytes) {
        UTF_8
    } else {
        detect(bytes)
    };
    let (text, errors) = decode_with(bytes, enc);
    let note = if enc == UTF_8 {
        Some(format!(
            "invalid UTF-8 at byte {}: replaced with U+FFFD",
            first_invalid_utf8(bytes).unwrap_or(0)
        ))
    } else {
        errors.then(|| format!("bytes that are not {} were replaced", enc.name()))
    };
    Decoded {
        text,
        encoding: enc,
        evidence: Evidence::Detected,
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::ISO_8859_6;

    // written for these tests
    const AR: &str =
        "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة يضم مئتي سرير وقسما للطوارئ";

    fn enc(s: &str, e: &'static Encoding) -> Vec<u8> {
        let (b, _, bad) = e.encode(s);
        assert!(!bad);
        b.into_owned()
    }

    #[test]
    fn table() {
        let w1256 = enc(AR, WINDOWS_1256);
        let iso = enc(AR, ISO_8859_6);
        let html = |cs: &str, body: &[u8]| {
            let mut v = format!("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\"></head><body><p>").into_bytes();
            v.extend_from_slice(body);
            v.extend_from_slice(b"</p></body></html>");
            v
        };
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(AR.as_bytes());
        let mut bom16 = vec![0xFF, 0xFE];
        for u in AR.encode_utf16() {
            bom16.extend_from_slice(&u.to_le_bytes());
        }
        let xml = |cs: &str, body: &[u8]| {
            let mut v = format!("<?xml version=\"1.0\" encoding=\"{cs}\"?><rss><channel><title>")
                .into_bytes();
            v.extend_from_slice(body);
            v.extend_from_slice(b"</title></channel></rss>");
            v
        };
        // (bytes, header charset, document kind, expected encoding, expected evidence)
        type Case<'a> = (Vec<u8>, Option<&'a str>, Doc, &'static Encoding, Evidence);
        let cases: Vec<Case> = vec![
            (
                AR.as_bytes().to_vec(),
                None,
                Doc::Text,
                UTF_8,
                Evidence::Utf8,
            ),
            (bom.clone(), None, Doc::Text, UTF_8, Evidence::Bom),
            (bom16, None, Doc::Text, encoding_rs::UTF_16LE, Evidence::Bom),
            // the BOM wins over a header that says otherwise
            (bom, Some("windows-1256"), Doc::Html, UTF_8, Evidence::Bom),
            (
                w1256.clone(),
                Some("windows-1256"),
                Doc::Html,
                WINDOWS_1256,
                Evidence::Header,
            ),
            (
                iso.clone(),
                Some("iso-8859-6"),
                Doc::Html,
                ISO_8859_6,
                Evidence::Header,
            ),
            (
                html("windows-1256", &w1256),
                None,
                Doc::Html,
                WINDOWS_1256,
                Evidence::Declared,
            ),
            (
                html("ISO-8859-6", &iso),
                None,
                Doc::Html,
                ISO_8859_6,
                Evidence::Declared,
            ),
            (
                xml("windows-1256", &w1256),
                None,
                Doc::Xml,
                WINDOWS_1256,
                Evidence::Declared,
            ),
            // the header wins over the meta
            (
                html("utf-8", &w1256),
                Some("cp1256"),
                Doc::Html,
                WINDOWS_1256,
                Evidence::Header,
            ),
            // a page that says UTF-8 but is windows-1256, and one that says windows-1256 but is UTF-8
            (
                html("utf-8", &w1256),
                None,
                Doc::Html,
                WINDOWS_1256,
                Evidence::Detected,
            ),
            (
                html("windows-1256", AR.as_bytes()),
                None,
                Doc::Html,
                UTF_8,
                Evidence::Detected,
            ),
            (
                AR.as_bytes().to_vec(),
                Some("iso-8859-6"),
                Doc::Text,
                UTF_8,
                Evidence::Detected,
            ),
            // nothing declared: the bytes decide
            (
                w1256.clone(),
                None,
                Doc::Text,
                WINDOWS_1256,
                Evidence::Detected,
            ),
            (
                html("", &w1256),
                None,
                Doc::Html,
                WINDOWS_1256,
                Evidence::Detected,
            ),
        ];
        for (i, (bytes, header, doc, want, ev)) in cases.into_iter().enumerate() {
            let d = decode(&bytes, header, doc);
            assert_eq!(d.encoding, want, "case {i}");
            assert_eq!(d.evidence, ev, "case {i}");
            assert!(d.text.contains(AR), "case {i}: {}", d.text);
        }
    }

    /// Three mis-declared encodings were stored as garbage (issue 17, defect 10).
    #[test]
    fn windows_1256_declared_iso_8859_6_reads_as_windows_1256() {
        let text = format!("{AR}. {AR}. {AR}.");
        let bytes = enc(&text, WINDOWS_1256);
        let before = decode_with(&bytes, ISO_8859_6).0;
        assert!(
            !before.contains(AR),
            "declared and wrong, the bytes are garbage"
        );
        let d = decode(&bytes, Some("ISO-8859-6"), Doc::Text);
        assert_eq!(d.encoding, WINDOWS_1256);
        assert!(d.text.contains(AR), "{}", d.text);
        assert!(d.note.unwrap().contains("declared ISO-8859-6"));
        // and a page rightly declared stays as declared
        let d = decode(&enc(&text, ISO_8859_6), Some("ISO-8859-6"), Doc::Text);
        assert_eq!(d.encoding, ISO_8859_6);
        assert!(d.text.contains(AR));
        // a Latin page declared windows-1252 is not taken for Arabic
        let fr = "Le ministère de la santé a annoncé l'ouverture d'un nouvel hôpital à côté de la gare. ".repeat(5);
        let d = decode(
            &enc(&fr, encoding_rs::WINDOWS_1252),
            Some("windows-1252"),
            Doc::Text,
        );
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1252);
        assert!(d.text.contains("ministère"));
    }

    #[test]
    fn utf16le_without_a_bom_declared_utf16_reads_as_utf16() {
        let page =
            format!("<html><head><meta charset=\"utf-16\"></head><body><p>{AR}</p></body></html>");
        let bytes: Vec<u8> = page.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode(&bytes, None, Doc::Html);
        assert_eq!(d.encoding, encoding_rs::UTF_16LE);
        assert!(d.text.contains(AR), "{}", d.text);
        let be: Vec<u8> = AR
            .encode_utf16()
            .chain(" 2024 ".encode_utf16())
            .flat_map(|u| u.to_be_bytes())
            .collect();
        let d = decode(&be, Some("utf-16"), Doc::Text);
        assert_eq!(d.encoding, encoding_rs::UTF_16BE);
        assert!(d.text.contains(AR));
    }

    #[test]
    fn half_utf8_half_windows_1256_reads_each_line_in_its_own() {
        let second = "قال شهود إن القصف استهدف سوق المدينة صباح اليوم وأوقع عددا من الجرحى";
        let mut bytes = format!("{AR}\n{AR}\n").into_bytes();
        bytes.extend(enc(&format!("{second}\n{second}\n"), WINDOWS_1256));
        let d = decode(&bytes, None, Doc::Text);
        assert!(d.text.contains(AR) && d.text.contains(second), "{}", d.text);
        assert!(d
            .note
            .unwrap()
            .starts_with("mixed encodings: 2 lines read as windows-1256"));
        // UTF-8 with one damaged byte stays UTF-8
        let mut bytes = format!("{AR}\n{AR}\n").into_bytes();
        bytes[3] = 0xFF;
        let d = decode(&bytes, None, Doc::Text);
        assert_eq!(d.encoding, UTF_8);
    }

    #[test]
    fn iso_8859_6_undeclared_reads_as_arabic() {
        // ISO-8859-6 and windows-1256 share no letter positions; whichever is guessed, the
        // text must come out Arabic, never Latin mojibake
        let d = decode(&enc(AR, ISO_8859_6), None, Doc::Text);
        assert!(
            arabic_letters(&d.text) > 40,
            "{} as {}",
            d.text,
            d.encoding.name()
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_and_reported_with_its_position() {
        let mut b = "نص قصير ".as_bytes().to_vec();
        let at = b.len();
        b.push(0xFF);
        b.extend_from_slice("ثم يكمل".as_bytes());
        for header in [Some("utf-8"), None] {
            let d = decode(&b, header, Doc::Text);
            assert_eq!(d.text, "نص قصير \u{FFFD}ثم يكمل");
            assert!(d.note.unwrap().contains(&format!("byte {at}")));
        }
    }

    /// A feed whose XML declaration's `encoding=` value starts with a multi-byte character
    /// (the value was cut at byte 1, inside the character, and panicked) reads as no
    /// declaration; an unquoted value is still read.
    #[test]
    fn an_xml_encoding_value_starting_with_a_multibyte_character_does_not_panic() {
        let feed = b"<?xml version='1.0' encoding=\xd8\xa1?><rss><channel><item><description>x</description></item></channel></rss>";
        assert_eq!(declared(feed, Doc::Xml), None);
        let feed = "<?xml version='1.0' encoding=ءutf-8?><rss/>".as_bytes();
        assert_eq!(declared(feed, Doc::Xml), None);
        assert_eq!(
            declared(
                b"<?xml version='1.0' encoding=windows-1256?><rss/>",
                Doc::Xml
            ),
            Some(encoding_rs::WINDOWS_1256)
        );
        assert_eq!(
            declared(b"<?xml version='1.0' encoding=\"utf-8\"?><rss/>", Doc::Xml),
            Some(encoding_rs::UTF_8)
        );
        let d = decode(
            b"<?xml version='1.0' encoding=\xd8\xa1?><rss/>",
            None,
            Doc::Xml,
        );
        assert!(d.text.contains("<rss/>"));
    }

    #[test]
    fn charset_params() {
        assert_eq!(
            charset_param("text/html; charset=\"Windows-1256\""),
            Some("Windows-1256")
        );
        assert_eq!(charset_param("text/html;charset=utf-8"), Some("utf-8"));
        assert_eq!(charset_param("text/html"), None);
    }
}
