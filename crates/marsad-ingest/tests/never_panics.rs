//! Whatever the bytes, the readers return text or errors: they never panic.

use marsad_ingest::{encoding, feed, html, warc, Dates};
use proptest::prelude::*;
use std::io::Write;

fn gz(b: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

/// Markup-ish bytes: fragments of tags, entities, Arabic and stray bytes.
fn markupish() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"<p>".to_vec()),
        Just(b"</p>".to_vec()),
        Just(b"<div class=\"share\">".to_vec()),
        Just(b"<item><title>".to_vec()),
        Just(b"</item>".to_vec()),
        Just(b"<![CDATA[".to_vec()),
        Just(b"&amp;&#1575;&bogus;".to_vec()),
        Just(b"<?xml version='1.0' encoding='windows-1256'?>".to_vec()),
        Just(b"<meta charset=\"iso-8859-6\">".to_vec()),
        Just("نص عربي قصير".as_bytes().to_vec()),
        Just(b"WARC/1.0\r\nContent-Length: 12\r\n\r\n".to_vec()),
        Just(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                .to_vec()
        ),
        proptest::collection::vec(any::<u8>(), 0..12),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn readers_never_panic(b in markupish()) {
        let d = encoding::decode(&b, None, encoding::Doc::Html);
        let _ = html::page(&d.text);
        let _ = html::fragment_text(&d.text);
        let _ = feed::parse(&d.text);
        let _ = marsad_ingest::feed_docs(&b, None, "x", &Dates::default());
        let _ = marsad_ingest::html_doc(&b, Some("utf-8"), "x", None, &Dates::default());
        let _ = marsad_ingest::text_doc(&b, "x", &Dates::default());
        for r in warc::WarcReader::new(&b[..]).flatten() {
            let _ = warc::html_response(&r);
        }
        // and cut short inside a gzip stream
        let z = gz(&b);
        let cut = &z[..z.len() / 2];
        let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(cut));
        marsad_ingest::warc_docs(r, &Dates::default(), |_| {});
    }

    #[test]
    fn decoding_gives_text_for_any_bytes(b in proptest::collection::vec(any::<u8>(), 0..300), doc in 0..3u8) {
        let doc = [encoding::Doc::Html, encoding::Doc::Xml, encoding::Doc::Text][doc as usize];
        let d = encoding::decode(&b, None, doc);
        // valid UTF-8 in, the same text out
        if let Ok(s) = std::str::from_utf8(&b) {
            if !s.starts_with('\u{feff}') && doc == encoding::Doc::Text {
                prop_assert_eq!(d.text, s);
            }
        }
    }
}
