//! `marsad ingest / query / export / stats` end to end on a folder of every input kind,
//! good and bad, written for this test (no third-party text), into a real SQLite file.

mod common;
use common::*;
use marsad_store::{SqliteStore, Store};
use std::io::Write;
use std::path::Path;

const STRIKE: &str = "قتل خمسة مدنيين وأصيب ثمانية آخرون في غارة جوية شنتها طائرات التحالف على سوق في مدينة صعدة صباح اليوم.";
const BAGHUZ: &str = "أعلنت قوات سوريا الديمقراطية السيطرة على بلدة الباغوز بعد معارك عنيفة مع تنظيم داعش أسفرت عن مقتل عشرين مسلحا.";
const CALM: &str = "افتتح محافظ المدينة صباح اليوم جسرا جديدا فوق النهر يربط الحي الشرقي بوسط المدينة بعد عامين من العمل.";
const PROTEST: &str =
    "تظاهر مئات من سكان مدينة تعز اليوم احتجاجا على انقطاع الكهرباء والماء عن أحيائهم منذ أسابيع.";

fn page(charset: &str, title: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title><meta property="article:published_time" content="2015-08-04T08:00:00+03:00"><meta property="og:site_name" content="موقع الاختبار"></head>
<body><ul class="main-menu"><li><a href="/">الرئيسية</a></li><li><a href="/x">أخبار محلية</a></li></ul>
<div class="share-bar"><a href="/s">شارك</a></div><div class="story"><h1>{title}</h1><p>{body}</p><p>وقال شهود عيان إن سيارات الإسعاف هرعت إلى المكان ونقلت المصابين إلى المستشفى.</p>
<p>شكرا للتعليق على الموضوع</p></div><div class="related"><a href="/r">خبر ذو صلة عن موضوع آخر تماما في مدينة بعيدة</a></div></body></html>"#
    )
}

fn w1256(s: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1256.encode(s).0.into_owned()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn warc_record(uri: &str, http: &[u8], declared_len: Option<usize>) -> Vec<u8> {
    let len = declared_len.unwrap_or(http.len());
    let mut v = format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2015-08-05T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len}\r\n\r\n").into_bytes();
    v.extend_from_slice(http);
    v.extend_from_slice(b"\r\n\r\n");
    v
}

/// The folder: (relative path, bytes). Good: 2 JSONL lines, the first line of a truncated
/// gzip, 1 text, 3 pages (UTF-8, windows-1256, ISO-8859-6), 2 feed items (windows-1256),
/// 1 WARC page = 10 articles. Bad: 1 invalid JSON line, 1 invalid UTF-8 line, 1 huge line,
/// the truncated gzip's end, 1 page without text, 1 WARC record with a wrong length = 6.
fn fixtures(dir: &Path) {
    let j = |id: &str, text: &str| {
        serde_json::json!({"id": id, "published": "2015-08-03", "url": format!("https://example.org/{id}"), "text": text}).to_string()
    };
    let mut lines = vec![j("j1", STRIKE), "{not json".to_string(), j("j2", PROTEST)];
    lines.push(format!(
        "{{\"id\":\"huge\",\"published\":\"2015-08-03\",\"text\":\"{}\"}}",
        "ا".repeat(5 << 20)
    ));
    let mut jsonl = lines.join("\n").into_bytes();
    jsonl.extend_from_slice(
        b"\n{\"id\":\"bad-utf8\",\"published\":\"2015-08-03\",\"text\":\"\xff\xfe\"}\n",
    );
    let truncated = {
        let g = gz(format!("{}\n{}\n", j("t1", CALM), j("t2", BAGHUZ)).as_bytes());
        g[..g.len() - 30].to_vec()
    };
    let ok_page = page("utf-8", "غارة على صعدة", STRIKE);
    let http = |body: &[u8]| {
        let mut v =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\r\n".to_vec();
        v.extend_from_slice(body);
        v
    };
    let mut warc = warc_record(
        "https://example.net/a",
        &http(&w1256(&page("windows-1256", "الباغوز", BAGHUZ))),
        None,
    );
    let bad = http(&w1256(&page("windows-1256", "خبر", CALM)));
    warc.extend(warc_record(
        "https://example.net/b",
        &bad,
        Some(bad.len() - 7),
    ));
    let feed = format!(
        r#"<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>موجز الأخبار</title>
<item><title>هدوء</title><link>https://example.com/1</link><pubDate>Wed, 05 Aug 2015 09:00:00 +0300</pubDate><description>{CALM}</description></item>
<item><title>تظاهرة</title><link>https://example.com/2</link><pubDate>Wed, 05 Aug 2015 10:00:00 +0300</pubDate><description>&lt;p&gt;{PROTEST} مرة أخرى في الساحة الكبرى مساء&lt;/p&gt;</description></item>
</channel></rss>"#
    );
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("in/articles.jsonl", jsonl),
        ("in/old/truncated.jsonl.gz", truncated),
        ("in/pages/strike.html", ok_page.into_bytes()),
        (
            "in/pages/windows-1256.html",
            w1256(&page("windows-1256", "الباغوز", BAGHUZ))
                .into_iter()
                .chain(w1256(" ").into_iter())
                .collect(),
        ),
        (
            "in/pages/iso-8859-6.htm",
            encoding_rs::ISO_8859_6
                .encode(&page("iso-8859-6", "هدوء", CALM))
                .0
                .into_owned(),
        ),
        (
            "in/pages/empty.html",
            b"<html><body><nav><a href='/'>x</a></nav><<<</body>".to_vec(),
        ),
        ("in/feeds/news.xml", w1256(&feed)),
        ("in/crawl/crawl.warc.gz", gz(&warc)),
        (
            "in/note.txt",
            format!("{STRIKE} وقال مسؤول محلي إن الحصيلة قد ترتفع.").into_bytes(),
        ),
    ];
    for (p, b) in files {
        let p = dir.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, b).unwrap();
    }
}

fn all_texts(db: &Path) -> Vec<String> {
    let s = SqliteStore::open_read_only(db).unwrap();
    (1..=s.stats().unwrap().articles as i64)
        .map(|i| s.article(i).unwrap().unwrap().article.text)
        .collect()
}

#[test]
fn ingest_every_kind_then_query_export_stats() {
    let dir = tempfile::tempdir().unwrap();
    fixtures(dir.path());
    let db = dir.path().join("store/marsad.db");
    let dbs = db.to_str().unwrap();
    let input = dir.path().join("in");
    // a link back up the tree is not followed
    #[cfg(unix)]
    std::os::unix::fs::symlink(&input, input.join("pages/loop")).unwrap();
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--published",
        "2015-08-06",
        "--db",
        dbs,
        input.to_str().unwrap(),
    ]);
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "some inputs failed: {out}\n{err}");
    // every failure names its file and where in it
    for want in [
        "articles.jsonl:2: not valid JSON",
        "articles.jsonl:4: article huge is",
        "articles.jsonl:5: invalid UTF-8",
        "truncated.jsonl.gz:",
        "empty.html: no main text",
        "crawl.warc.gz: record 2 at byte",
    ] {
        assert!(err.contains(want), "stderr lacks {want:?}:\n{err}");
    }
    assert_eq!(summary_count(&out, "failed"), 6, "{out}\n{err}");
    let read = summary_count(&out, "read");
    assert_eq!(
        read - 6,
        summary_count(&out, "new") + summary_count(&out, "duplicate"),
        "{out}"
    );
    assert_eq!(read - 6, 10, "{out}\n{err}");

    let store = SqliteStore::open_read_only(&db).unwrap();
    store.check().unwrap();
    // Arabic from every encoding arrives intact, without page furniture
    let texts = all_texts(&db);
    for s in [STRIKE, BAGHUZ, CALM, PROTEST] {
        assert!(texts.iter().any(|t| t.contains(s)), "missing {s}");
    }
    for t in &texts {
        assert!(
            !t.contains("الرئيسية") && !t.contains("شكرا للتعليق") && !t.contains("خبر ذو صلة"),
            "boilerplate kept: {t}"
        );
        assert!(!t.contains('\u{FFFD}'), "replacement characters: {t}");
    }
    let st = store.stats().unwrap();
    assert!(st.events >= 3, "{st:?}");

    // again: nothing new, nothing doubled
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--published",
        "2015-08-06",
        "--db",
        dbs,
        input.to_str().unwrap(),
    ]);
    let out = stdout(&o);
    assert_eq!(summary_count(&out, "new"), 0, "{out}");
    assert_eq!(summary_count(&out, "updated"), 0, "{out}");
    assert_eq!(store.stats().unwrap(), st);

    // query
    let o = marsad(&[
        "query",
        "--db",
        dbs,
        "--text",
        "البَاغوز",
        "--format",
        "jsonl",
        "--per-report",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!rows.is_empty());
    for r in &rows {
        assert!(
            r["id"].as_i64().is_some()
                && r["article"]["id"].as_i64().is_some()
                && r["trigger"]["span"].is_array()
        );
    }
    let o = marsad(&[
        "query",
        "--db",
        dbs,
        "--near",
        "34.46,40.95,30",
        "--actor",
        "Islamic State",
    ]);
    assert!(stdout(&o).contains("Baghuz"), "{}", stdout(&o));
    let o = marsad(&[
        "query",
        "--db",
        dbs,
        "--country",
        "YE",
        "--type",
        "explosions_remote_violence",
        "--from",
        "2015-08-01",
        "--to",
        "2015-08-07",
    ]);
    assert!(stdout(&o).contains("air_drone_strike"), "{}", stdout(&o));
    let o = marsad(&["query", "--db", dbs, "--near", "999,1,1"]);
    assert_eq!(o.status.code(), Some(2));
    let o = marsad(&["query", "--db", dbs, "--type", "airstrike"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("air_drone_strike"), "{}", stderr(&o));

    // fused events by default; why their reports were joined
    let fused = store.fused_stats().unwrap();
    assert!(fused.events >= 1 && fused.events <= st.events);
    let o = marsad(&[
        "query",
        "--db",
        dbs,
        "--fused",
        "--explain",
        "--limit",
        "1000",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(&format!("of {} fused events", fused.events)),
        "{out}"
    );
    assert!(out.contains("    report "), "{out}");
    let o = marsad(&["query", "--db", dbs, "--format", "jsonl", "--explain"]);
    let rows: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rows
        .iter()
        .all(|r| r["reports"].is_array() && r["explanation"]["joined"].is_array()));

    // export: CSV with a BOM and ACLED's columns, GeoJSON, JSONL
    let o = marsad(&["export", "--db", dbs, "--format", "csv"]);
    let csv = stdout(&o);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(",confidence,status,reviewer,reports,outlets,fatalities_low,fatalities_high"));
    assert_eq!(csv.lines().count() as u64, fused.events + 1);
    let o = marsad(&["export", "--db", dbs, "--format", "csv", "--per-report"]);
    let csv = stdout(&o);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(",confidence,status,reviewer,fused_id"));
    assert!(csv.starts_with(
        "\u{feff}event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    ));
    assert!(
        csv.contains("Explosions/Remote violence,Air/drone strike"),
        "{csv}"
    );
    assert!(csv.contains("YEM") && csv.contains(",887,Yemen,"), "{csv}");
    assert_eq!(csv.lines().count() as u64, st.events + 1);
    let o = marsad(&[
        "export",
        "--db",
        dbs,
        "--format",
        "geojson",
        "--country",
        "SY",
    ]);
    let g: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(g["type"], "FeatureCollection");
    let f = &g["features"][0];
    assert_eq!(f["geometry"]["type"], "Point");
    assert!(
        f["properties"]["sub_event_type"].is_string()
            && f["properties"]["reports"][0]["trigger"]["text"].is_string()
            && f["properties"]["fatalities_high"].is_u64()
                == f["properties"]["fatalities"]["high"].is_u64()
    );
    let o = marsad(&["export", "--db", dbs, "--format", "geojson", "--per-report"]);
    let g: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(g["features"][0]["properties"]["trigger"]["text"].is_string());
    assert!(g["features"][0]["properties"]["fused_id"].is_i64());
    let o = marsad(&["export", "--db", dbs, "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines
            .iter()
            .map(|l| l["events"].as_array().unwrap().len() as u64)
            .sum::<u64>(),
        st.events
    );
    assert!(lines
        .iter()
        .all(|l| l["article"]["id"].is_string() && l["article"]["published"].is_string()));
    // every record names its fused event, which `--fused` lists with the record among its reports
    let o = marsad(&["export", "--db", dbs, "--format", "jsonl", "--fused"]);
    let fl: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(fl.len() as u64, fused.events);
    for l in &lines {
        for e in l["events"].as_array().unwrap() {
            let fid = e["fused_id"].as_i64().expect("fused_id");
            let f = fl.iter().find(|f| f["id"] == fid).expect("its fused event");
            assert!(f["reports"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["event_id"] == e["event_id"]));
        }
    }

    // stats
    let o = marsad(&["stats", "--db", dbs, "--format", "json"]);
    let s: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(s["events"].as_u64(), Some(fused.events));
    assert_eq!(s["reports"].as_u64(), Some(st.events));
    let o = marsad(&["stats", "--db", dbs, "--format", "json", "--per-report"]);
    let s: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(s["events"].as_u64(), Some(st.events));
    let o = marsad(&["stats", "--db", dbs]);
    assert!(stdout(&o).contains("by week"));
}

#[test]
fn a_missing_store_is_an_error_not_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let o = marsad(&["query", "--db", db.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("marsad ingest"));
    assert!(!db.exists());
}

#[cfg(feature = "fetch")]
/// A tiny HTTP server on the loopback address for one test: answers `n` requests from a
/// table of paths, then stops; gives up after 60 seconds.
fn serve(
    routes: Vec<(&'static str, &'static str, Vec<u8>)>,
    n: usize,
) -> (String, std::thread::JoinHandle<usize>) {
    use std::io::Read;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let h = std::thread::spawn(move || {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        let mut served = 0;
        while served < n && std::time::Instant::now() < deadline {
            let (mut s, _) = match listener.accept() {
                Ok(c) => c,
                Err(_) => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                    continue;
                }
            };
            s.set_nonblocking(false).unwrap();
            s.set_read_timeout(Some(std::time::Duration::from_secs(5)))
                .unwrap();
            let mut buf = [0u8; 8192];
            let k = s.read(&mut buf).unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..k]).into_owned();
            let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (status, ctype, body) = match routes.iter().find(|r| r.0 == path) {
                Some((_, ct, b)) => ("200 OK", *ct, b.clone()),
                None => ("404 Not Found", "text/plain", b"not here".to_vec()),
            };
            let _ = write!(s, "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = s.write_all(&body);
            served += 1;
        }
        served
    });
    (base, h)
}

#[cfg(feature = "fetch")]
#[test]
fn feeds_and_pages_by_address() {
    let feed = w1256(&format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>موجز</title>
<item><title>غارة</title><link>https://example.com/a</link><pubDate>Wed, 05 Aug 2015 09:00:00 +0300</pubDate><description>{STRIKE}</description></item>
<item><title>هدوء</title><link>https://example.com/b</link><pubDate>Wed, 05 Aug 2015 10:00:00 +0300</pubDate><description>{CALM}</description></item>
</channel></rss>"#
    ));
    let page = page("utf-8", "الباغوز", BAGHUZ).into_bytes();
    let (base, server) = serve(
        vec![
            ("/feed", "application/rss+xml; charset=windows-1256", feed),
            ("/news/1", "text/html; charset=utf-8", page),
        ],
        3,
    );
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let (f, p, missing) = (
        format!("{base}/feed"),
        format!("{base}/news/1"),
        format!("{base}/gone"),
    );
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        &f,
        &p,
        &missing,
    ]);
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(server.join().unwrap(), 3);
    assert_eq!(summary_count(&out, "new"), 3, "{out}\n{err}");
    assert_eq!(summary_count(&out, "failed"), 1, "{out}\n{err}");
    assert!(err.contains(&format!("{missing}: cannot fetch")), "{err}");
    let texts = all_texts(&db);
    assert!(
        texts.iter().any(|t| t == STRIKE) && texts.iter().any(|t| t == CALM),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains(BAGHUZ)));
    let s = SqliteStore::open_read_only(&db).unwrap();
    let a = (1..=3)
        .map(|i| s.article(i).unwrap().unwrap().article)
        .find(|a| a.text.contains(BAGHUZ))
        .unwrap();
    assert_eq!(a.url.as_deref(), Some(p.as_str()));
}

/// A corrupt gzip member (one flipped byte): its lines were stored with altered characters
/// and counted new, and the checksum error at the end did not say so; after a member cut
/// short in the middle of a `.warc.gz`, every later record was lost with one error. Now the
/// damaged member is named and none of its text stored, and the members after it are read
/// (issue 17, defect 9).
#[test]
fn a_damaged_gzip_member_stores_nothing_altered_and_the_members_after_it_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [STRIKE, BAGHUZ, PROTEST];
    let member = |k: usize| {
        let line =
            serde_json::json!({"id": format!("m{k}"), "published": "2015-08-03", "text": texts[k]})
                .to_string()
                + "\n";
        gz(line.repeat(1).as_bytes())
    };
    let mut bad = member(1);
    let mid = bad.len() / 2;
    bad[mid] ^= 0x04;
    let flipped = dir.path().join("flipped.jsonl.gz");
    std::fs::write(&flipped, [member(0), bad, member(2)].concat()).unwrap();
    let db = dir.path().join("a.db");
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        flipped.to_str().unwrap(),
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("flipped.jsonl.gz: gzip member 2 (bytes"),
        "{err}"
    );
    let mut got = all_texts(&db);
    got.sort();
    let mut want = vec![STRIKE.to_string(), PROTEST.to_string()];
    want.sort();
    assert_eq!(got, want, "only the whole members' texts, unaltered");

    // a .warc.gz whose second record's member is cut short in the middle of the file
    let rec = |uri: &str, body: &str| {
        let http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{}",
            page("utf-8", "خبر", body)
        );
        gz(&warc_record(uri, http.as_bytes(), None))
    };
    let second = rec("https://example.org/2", BAGHUZ);
    let warc = dir.path().join("cut.warc.gz");
    std::fs::write(
        &warc,
        [
            rec("https://example.org/1", STRIKE),
            second[..second.len() / 2].to_vec(),
            rec("https://example.org/3", PROTEST),
        ]
        .concat(),
    )
    .unwrap();
    let db = dir.path().join("b.db");
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--published",
        "2015-08-06",
        "--db",
        db.to_str().unwrap(),
        warc.to_str().unwrap(),
    ]);
    let err = stderr(&o);
    assert!(err.contains("cut.warc.gz: gzip member 2"), "{err}");
    let got = all_texts(&db);
    assert_eq!(
        got.len(),
        2,
        "the records before and after the cut member: {got:?}\n{err}"
    );
    assert!(
        got.iter().any(|t| t.contains(PROTEST)),
        "the record after the cut member is read"
    );
}

/// Built without the `fetch` feature (no HTTP client), an address is a failed input that
/// says why; the files given with it are still read.
#[cfg(not(feature = "fetch"))]
#[test]
fn addresses_without_the_fetch_feature_are_errors_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let file = dir.path().join("a.txt");
    std::fs::write(&file, STRIKE).unwrap();
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--published",
        "2015-08-04",
        "--db",
        db.to_str().unwrap(),
        file.to_str().unwrap(),
        "http://127.0.0.1:9/feed",
    ]);
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(summary_count(&out, "new"), 1, "{out}\n{err}");
    assert_eq!(summary_count(&out, "failed"), 1, "{out}\n{err}");
    assert!(err.contains("http://127.0.0.1:9/feed: cannot fetch: this marsad was built without the \"fetch\" feature"), "{err}");
}

/// A store copied onto read-only media (a mounted archive, a CD, a read-only share) comes
/// without its `-wal` and `-shm` files, and none can be created beside it. Opening it for
/// writing, or in WAL mode needing a new `-shm`, failed with "unable to open database file"
/// in every command, `serve` included. The reading commands must open it as it is. The
/// folder is made unwritable for the commands by running them as an unprivileged user when
/// the test runs as root (root writes anywhere).
#[cfg(unix)]
#[test]
fn a_store_on_read_only_media_without_its_wal_and_shm_opens_for_reading() {
    use std::io::{BufRead, Read, Write};
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    write_corpus(&corpus, 30, 7);
    let media = dir.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let db = media.join("marsad.db");
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        corpus.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let want = SqliteStore::open_read_only(&db).unwrap().stats().unwrap();
    assert!(want.events > 0);
    for side in ["-wal", "-shm"] {
        let p = media.join(format!("marsad.db{side}"));
        assert!(!p.exists() || std::fs::remove_file(&p).is_ok());
    }
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&media, std::fs::Permissions::from_mode(0o555)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let as_reader = |args: &[&str]| {
        let mut c = std::process::Command::new(bin());
        c.args(args).env("HOME", dir.path());
        // the real user id, from the proc file system: root is 0
        let root = std::fs::read_to_string("/proc/self/status")
            .map(|s| {
                s.lines()
                    .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
            })
            .unwrap_or(false);
        if root {
            c.uid(65534).gid(65534);
        }
        c
    };
    // the folder really is unwritable for them
    let probe = as_reader(&[
        "ingest",
        "--quiet",
        "--db",
        media.join("new.db").to_str().unwrap(),
        corpus.to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert!(
        !probe.status.success(),
        "the test's read-only folder is writable"
    );
    let dbs = db.to_str().unwrap();
    let o = as_reader(&["stats", "--db", dbs]).output().unwrap();
    assert!(o.status.success(), "stats: {}", stderr(&o));
    assert!(
        stdout(&o).contains(&want.events.to_string()),
        "{}",
        stdout(&o)
    );
    let o = as_reader(&["query", "--db", dbs, "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(o.status.success(), "query: {}", stderr(&o));
    assert!(
        stdout(&o).lines().count() > 0,
        "query printed nothing: {}",
        stderr(&o)
    );
    let o = as_reader(&["export", "--db", dbs, "--format", "csv"])
        .output()
        .unwrap();
    assert!(o.status.success(), "export: {}", stderr(&o));
    // serve: it starts, and its API reads the store
    let mut child = as_reader(&["serve", "--db", dbs, "--addr", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let Some(at) = line.find("http://") else {
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        panic!("serve did not start: {line}{err}");
    };
    let addr = line[at + 7..].split('/').next().unwrap().to_string();
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    write!(
        s,
        "GET /api/stats HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        answer.contains(&format!("\"events\":{}", want.events)),
        "{answer}"
    );
    std::fs::set_permissions(&media, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// The summary counted the events of every put, so an article read twice in one run (the
/// same line again, or the same text under another id) counted its events twice: the
/// summary said more events than the store held. It now counts each stored article's events
/// once, and equals the store.
#[test]
fn the_summarys_event_count_is_what_the_store_holds_when_an_article_comes_twice() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    write_corpus(&corpus, 300, 5);
    // the same texts again under other ids, without addresses: the same article
    let mut text = std::fs::read_to_string(&corpus).unwrap();
    for (i, l) in text.clone().lines().take(40).enumerate() {
        let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
        v["id"] = format!("again-{i}").into();
        v.as_object_mut().unwrap().remove("url");
        text.push_str(&v.to_string());
        text.push('\n');
    }
    std::fs::write(&corpus, text).unwrap();
    let db = dir.path().join("m.db");
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        corpus.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let summary = stdout(&o);
    let held = SqliteStore::open_read_only(&db)
        .unwrap()
        .stats()
        .unwrap()
        .events;
    assert!(held > 0);
    let said = summary
        .split("; ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or_else(|| panic!("no event count in {summary:?}"));
    assert_eq!(said, held, "{summary}");
}

/// Re-ingesting identical input counted articles as "updated": two input articles with the
/// same text (the same story under two ids, with no address or with the same address) took
/// turns being the stored one, so each run rewrote them (114 "updated" on a second run of both
/// shared corpora, 56 pairs of one address and text under two ids). The same input again is now all "unchanged" (or copies), and
/// the store is byte for byte the same.
#[test]
fn re_ingesting_identical_input_updates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    write_corpus(&corpus, 300, 9);
    let mut text = std::fs::read_to_string(&corpus).unwrap();
    for (i, l) in text.clone().lines().take(20).enumerate() {
        let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
        v["id"] = format!("twin-{i}").into();
        v.as_object_mut().unwrap().remove("url");
        text.push_str(&v.to_string());
        text.push('\n');
    }
    // and the same text at the same address under yet another id (a feed that renames)
    for (i, l) in text.clone().lines().skip(100).take(10).enumerate() {
        let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
        v["id"] = format!("renamed-{i}").into();
        text.push_str(&v.to_string());
        text.push('\n');
    }
    std::fs::write(&corpus, text).unwrap();
    let db = dir.path().join("m.db");
    let run = || {
        let o = marsad(&[
            "ingest",
            "--quiet",
            "--db",
            db.to_str().unwrap(),
            corpus.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    run();
    let before = SqliteStore::open_read_only(&db).unwrap().dump().unwrap();
    let again = run();
    assert_eq!(summary_count(&again, "updated"), 0, "{again}");
    assert_eq!(summary_count(&again, "new"), 0, "{again}");
    assert_eq!(
        SqliteStore::open_read_only(&db).unwrap().dump().unwrap(),
        before
    );
}

/// A plain-text file ingested without `--published` was dated by its modification day
/// without a word. It is still read, with a warning naming the file and the day it got.
#[test]
fn plain_text_without_a_date_or_published_is_stored_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("note.txt");
    std::fs::write(&txt, STRIKE).unwrap();
    let db = dir.path().join("m.db");
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        txt.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(
        e.contains("note.txt: note: warning: plain text has no publication date and no --published was given: dated 20"),
        "{e}"
    );
    let txt2 = dir.path().join("dated.txt");
    std::fs::write(&txt2, CALM).unwrap();
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--published",
        "2015-08-03",
        "--db",
        db.to_str().unwrap(),
        txt2.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert!(
        !stderr(&o).contains("no publication date"),
        "{}",
        stderr(&o)
    );
}

/// The sample articles of the demo (examples/articles.jsonl) are read whole and give events
/// of several kinds and countries.
#[test]
fn the_sample_articles_ingest_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles.jsonl");
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        sample.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let summary = stdout(&o);
    assert_eq!(summary_count(&summary, "read"), 10, "{summary}");
    assert_eq!(summary_count(&summary, "new"), 10, "{summary}");
    let s = SqliteStore::open_read_only(&db).unwrap().stats().unwrap();
    assert!(s.events >= 8, "{s:?}");
    assert!(s.by_country.len() >= 4, "{s:?}");
}
