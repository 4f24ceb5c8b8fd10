//! `marsad watch` as it runs: the real binary polls a real HTTP server on loopback that
//! serves feeds and pages written for these tests (items that appear, ETag and 304, a burst
//! of 500s, a slow answer, malformed XML, a redirect loop, a huge body, an XML bomb), stores
//! into a real SQLite file, and delivers alerts to a file and to a webhook receiver on
//! loopback. Killed with SIGKILL mid-round and started again, it loses and doubles nothing.
#![cfg(feature = "fetch")]

mod common;
use common::*;
use marsad_store::{EventFilter, SqliteStore, Store};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------
// a small HTTP/1.1 server on loopback

#[derive(Clone, Debug)]
struct Req {
    method: String,
    path: String,
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

enum Body {
    Bytes(Vec<u8>),
    /// This many bytes of filler, streamed without a length.
    Endless(u64),
}

struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Body,
    delay: Duration,
}

impl Resp {
    fn ok(ctype: &str, body: impl Into<Vec<u8>>) -> Resp {
        Resp {
            status: 200,
            headers: vec![("Content-Type".into(), ctype.into())],
            body: Body::Bytes(body.into()),
            delay: Duration::ZERO,
        }
    }
    fn status(status: u16) -> Resp {
        Resp {
            status,
            headers: vec![],
            body: Body::Bytes(Vec::new()),
            delay: Duration::ZERO,
        }
    }
    fn header(mut self, k: &str, v: &str) -> Resp {
        self.headers.push((k.into(), v.into()));
        self
    }
}

type Handler = dyn Fn(&Req) -> Resp + Send + Sync;

struct Server {
    base: String,
    log: Arc<Mutex<Vec<Req>>>,
}

impl Server {
    fn start(handler: Arc<Handler>) -> Server {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", l.local_addr().unwrap());
        let log = Arc::new(Mutex::new(Vec::new()));
        let lg = log.clone();
        std::thread::spawn(move || {
            for s in l.incoming().flatten() {
                let h = handler.clone();
                let lg = lg.clone();
                std::thread::spawn(move || {
                    let _ = serve_one(s, &*h, &lg);
                });
            }
        });
        Server { base, log }
    }
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
    fn hits(&self, path: &str) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path == path)
            .count()
    }
    fn requests(&self) -> Vec<Req> {
        self.log.lock().unwrap().clone()
    }
}

fn serve_one(s: TcpStream, h: &Handler, log: &Mutex<Vec<Req>>) -> std::io::Result<()> {
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut r = BufReader::new(s.try_clone()?);
    let mut line = String::new();
    r.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut l = String::new();
        if r.read_line(&mut l)? == 0 || l.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let n: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; n];
    r.read_exact(&mut body)?;
    let req = Req {
        method,
        path,
        headers,
        body,
    };
    log.lock().unwrap().push(req.clone());
    let resp = h(&req);
    std::thread::sleep(resp.delay);
    let mut w = s;
    let reason = match resp.status {
        200 => "OK",
        304 => "Not Modified",
        302 => "Found",
        404 => "Not Found",
        _ => "Status",
    };
    let mut head = format!("HTTP/1.1 {} {reason}\r\nConnection: close\r\n", resp.status);
    for (k, v) in &resp.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    match resp.body {
        Body::Bytes(b) => {
            head.push_str(&format!("Content-Length: {}\r\n\r\n", b.len()));
            w.write_all(head.as_bytes())?;
            w.write_all(&b)?;
        }
        Body::Endless(n) => {
            head.push_str("\r\n");
            w.write_all(head.as_bytes())?;
            let chunk = vec![b'x'; 64 * 1024];
            let mut sent = 0;
            while sent < n {
                w.write_all(&chunk)?; // the client hangs up once it has read enough
                sent += chunk.len() as u64;
            }
        }
    }
    w.flush()
}

// ---------------------------------------------------------------------------------------
// fixtures written for these tests

/// The text of article `i`: a deadly air strike in a Syrian city, then generated sentences
/// that make each text distinct.
fn page_text(i: usize) -> String {
    let mut r = Rng::new(1000 + i as u64);
    let city = ["حلب", "الرقة", "دير الزور", "إدلب"][i % 4];
    format!(
        "قتل {} مدنيين وأصيب آخرون في غارة جوية استهدفت حيا سكنيا في مدينة {city} شمال سوريا صباح اليوم. {}",
        3 + i % 5,
        article_text(i, &mut r)
    )
}

fn page(i: usize) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبر رقم {i}</title>\
         <meta property=\"article:published_time\" content=\"2026-01-{:02}T08:00:00Z\"></head>\
         <body><nav><a href=\"/\">الرئيسية</a></nav><article><h1>خبر رقم {i}</h1><p>{}</p></article>\
         <footer>جميع الحقوق محفوظة</footer></body></html>",
        1 + i % 28,
        page_text(i)
    )
}

fn rss(base: &str, items: &[usize], extra: &str) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>نشرة الاختبار</title>",
    );
    for i in items {
        s.push_str(&format!(
            "<item><title>خبر رقم {i}</title><link>{base}/a/{i}</link><guid>item-{i}</guid>\
             <pubDate>Sat, {:02} Jan 2026 08:00:00 GMT</pubDate><description>موجز الخبر {i}</description></item>",
            1 + i % 28
        ));
    }
    s.push_str(extra);
    s.push_str("</channel></rss>");
    s
}

fn article_page(req: &Req) -> Option<Resp> {
    let i: usize = req.path.strip_prefix("/a/")?.parse().ok()?;
    Some(Resp::ok("text/html; charset=utf-8", page(i)))
}

fn write_sources(dir: &Path, body: &str) -> std::path::PathBuf {
    let p = dir.join("sources.toml");
    std::fs::write(&p, body).unwrap();
    p
}

fn watch_once(sources: &Path, db: &Path) -> std::process::Output {
    let o = Command::new(bin())
        .args(["watch"])
        .arg(sources)
        .arg("--db")
        .arg(db)
        .arg("--once")
        .output()
        .unwrap();
    assert!(o.status.success(), "watch failed: {}", stderr(&o));
    o
}

fn lines(p: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(p)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn deadly_syrian_events(db: &Path) -> Vec<i64> {
    let s = SqliteStore::open_read_only(db).unwrap();
    let mut v: Vec<i64> = s
        .events(&EventFilter {
            countries: vec!["SY".into()],
            ..Default::default()
        })
        .unwrap()
        .events
        .into_iter()
        .filter(|e| e.event.fatalities.unwrap_or(0) >= 1)
        .map(|e| e.id)
        .collect();
    v.sort();
    v
}

fn fired_ids(v: &[serde_json::Value]) -> Vec<i64> {
    let mut ids: Vec<i64> = v.iter().map(|a| a["event_id"].as_i64().unwrap()).collect();
    ids.sort();
    ids
}

// ---------------------------------------------------------------------------------------

/// New items appear in a feed between rounds; the feed answers 304 to its own ETag; each
/// article is fetched and stored once; robots.txt keeps a path out; every matching event
/// fires its alert once, to the file and to the webhook (which fails twice first), and an
/// alert whose webhook never answers well ends in the dead-letter file.
#[test]
fn new_items_are_stored_once_and_alert_once() {
    let items = Arc::new(Mutex::new(vec![1usize, 2]));
    let it = items.clone();
    let feed_server: Arc<Handler> = Arc::new(move |req: &Req| {
        if req.path == "/robots.txt" {
            return Resp::ok("text/plain", "User-agent: *\nDisallow: /private/\n");
        }
        if req.path == "/feed.xml" {
            let v = it.lock().unwrap().clone();
            let etag = format!("\"v{}\"", v.len());
            if req.headers.get("if-none-match") == Some(&etag) {
                return Resp::status(304).header("ETag", &etag);
            }
            let base = format!("http://{}", req.headers["host"]);
            let private = format!(
                "<item><title>خاص</title><link>{base}/private/9</link><guid>private-9</guid><description>نص</description></item>"
            );
            return Resp::ok("application/rss+xml", rss(&base, &v, &private)).header("ETag", &etag);
        }
        article_page(req).unwrap_or_else(|| Resp::status(404))
    });
    let srv = Server::start(feed_server);
    let hook_calls = Arc::new(Mutex::new(0usize));
    let hc = hook_calls.clone();
    let hook = Server::start(Arc::new(move |req: &Req| {
        if req.path == "/never" {
            return Resp::status(503);
        }
        let mut n = hc.lock().unwrap();
        *n += 1;
        // the first two deliveries fail: the watcher tries again
        if *n <= 2 {
            Resp::status(500)
        } else {
            Resp::ok("application/json", "{}")
        }
    }));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let sources = write_sources(
        dir.path(),
        &format!(
            r#"
[watch]
host_delay = "0s"
timeout = "5s"
webhook_retry = "50ms"
dead_letter = "dead.jsonl"

[[source]]
name = "test feed"
url = "{}"
kind = "feed"
interval = "1s"
language = "ar"

[[alert]]
name = "Syria, deadly"
country = "SY"
min_fatalities = 1
file = "alerts.jsonl"
webhook = "{}"

[[alert]]
name = "nobody listens"
country = ["SY"]
type = "air_drone_strike"
webhook = "{}"
"#,
            srv.url("/feed.xml"),
            hook.url("/hook"),
            hook.url("/never")
        ),
    );
    let alerts = dir.path().join("alerts.jsonl");

    watch_once(&sources, &db);
    let s = SqliteStore::open_read_only(&db).unwrap().stats().unwrap();
    assert_eq!(s.articles, 2, "two items, two articles");
    assert_eq!(srv.hits("/a/1") + srv.hits("/a/2"), 2);
    assert_eq!(srv.hits("/private/9"), 0, "robots.txt disallows it");
    let first = lines(&alerts);
    let want = deadly_syrian_events(&db);
    assert!(!want.is_empty(), "the fixtures give deadly events in Syria");
    assert_eq!(fired_ids(&first), want);
    for a in &first {
        assert_eq!(a["alert"], "Syria, deadly");
        let why = a["why"].as_array().unwrap();
        assert!(
            why.iter()
                .any(|w| w.as_str().unwrap().contains("country SY")),
            "{a}"
        );
        assert!(a["link"]
            .as_str()
            .unwrap()
            .ends_with(&format!("?event={}", a["event_id"])));
    }
    let hook_got: Vec<Req> = hook
        .requests()
        .into_iter()
        .filter(|r| r.path == "/hook")
        .collect();
    let delivered: Vec<serde_json::Value> = hook_got
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    // the two failures were tried again; each event reached the webhook once it answered
    assert_eq!(hook_got.len(), want.len() + 2);
    let mut ok_ids = fired_ids(&delivered[2..]);
    ok_ids.dedup();
    assert_eq!(ok_ids, want);
    assert!(hook_got.iter().all(|r| r.method == "POST"));
    let dead = lines(&dir.path().join("dead.jsonl"));
    assert!(!dead.is_empty());
    assert!(dead
        .iter()
        .all(|d| d["alert"]["alert"] == "nobody listens"
            && d["error"].as_str().unwrap().contains("503")));

    // the same feed again: asked with its ETag, answered 304, nothing fetched or fired
    watch_once(&sources, &db);
    let feed_reqs: Vec<Req> = srv
        .requests()
        .into_iter()
        .filter(|r| r.path == "/feed.xml")
        .collect();
    assert_eq!(feed_reqs.len(), 2);
    assert_eq!(
        feed_reqs[1]
            .headers
            .get("if-none-match")
            .map(String::as_str),
        Some("\"v2\"")
    );
    assert_eq!(srv.hits("/a/1") + srv.hits("/a/2"), 2);
    assert_eq!(lines(&alerts).len(), first.len());

    // a new item appears: only it is fetched; only its events fire
    items.lock().unwrap().insert(0, 3);
    let o = watch_once(&sources, &db);
    assert_eq!(srv.hits("/a/3"), 1);
    assert_eq!(srv.hits("/a/1") + srv.hits("/a/2"), 2, "{}", stderr(&o));
    let s = SqliteStore::open_read_only(&db).unwrap().stats().unwrap();
    assert_eq!(s.articles, 3);
    let all = lines(&alerts);
    assert!(all.len() > first.len());
    assert_eq!(
        fired_ids(&all),
        deadly_syrian_events(&db),
        "each event fired once"
    );

    // the status, in stats --sources
    let o = marsad(&[
        "stats",
        "--sources",
        "--format",
        "json",
        "--db",
        db.to_str().unwrap(),
    ]);
    let st: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(st[0]["name"], "test feed");
    assert_eq!(st[0]["articles"], 3);
    assert_eq!(st[0]["failures"], 0);
    assert!(st[0]["last_success"].is_string());

    // and in /metrics of marsad serve
    let mut child = Command::new(bin())
        .args([
            "serve",
            "--db",
            db.to_str().unwrap(),
            "--addr",
            "127.0.0.1:0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line[line.find("http://").expect("serving on") + 7..]
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let mut c = TcpStream::connect(&addr).unwrap();
    write!(
        c,
        "GET /metrics HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    c.read_to_string(&mut answer).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        answer.contains("marsad_watch_source_articles{source=\"test feed\"} 3"),
        "{answer}"
    );
    assert!(
        answer.contains("marsad_watch_source_up{source=\"test feed\"} 1"),
        "{answer}"
    );
    assert!(answer.contains("marsad_watch_source_last_success_seconds{source=\"test feed\"}"));
    assert!(answer.trim_end().ends_with("# EOF"));
}

/// Hostile sources fail alone: a burst of 500s, a slow answer, malformed XML, a redirect
/// loop, a body larger than the limit, an XML bomb, an HTML page where a feed should be and
/// random bytes each fail their source with a logged error and back off; the good sources
/// beside them (one in windows-1256 that says it is UTF-8) are stored, and the process exits 0. Once the burst is over and the backoff has passed, the
/// source recovers.
#[test]
fn hostile_sources_fail_alone_and_back_off() {
    let burst = Arc::new(Mutex::new(0usize));
    let b = burst.clone();
    let srv = Server::start(Arc::new(move |req: &Req| {
        let base = format!("http://{}", req.headers["host"]);
        match req.path.as_str() {
            "/robots.txt" => Resp::status(404),
            "/good.xml" => Resp::ok("application/rss+xml", rss(&base, &[11], "")),
            "/burst.xml" => {
                let mut n = b.lock().unwrap();
                *n += 1;
                if *n <= 1 {
                    Resp::status(500)
                } else {
                    Resp::ok("application/rss+xml", rss(&base, &[12], ""))
                }
            }
            "/slow.xml" => {
                let mut r = Resp::ok("application/rss+xml", rss(&base, &[13], ""));
                r.delay = Duration::from_secs(3);
                r
            }
            "/broken.xml" => Resp::ok(
                "application/rss+xml",
                "<?xml version=\"1.0\"?><rss><channel><title>x</title><item><title>a</ti<<>></channel>",
            ),
            "/loop.xml" => Resp::status(302).header("Location", "/loop.xml"),
            "/huge.xml" => Resp {
                status: 200,
                headers: vec![("Content-Type".into(), "application/rss+xml".into())],
                body: Body::Endless(64 << 20),
                delay: Duration::ZERO,
            },
            "/bomb.xml" => {
                let mut s = String::from("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
                s.push_str("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
                for i in 2..10 {
                    s.push_str(&format!("<!ENTITY lol{i} \"{}\">", format!("&lol{};", i - 1).repeat(10)));
                }
                s.push_str("]><rss><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>");
                Resp::ok("application/rss+xml", s)
            }
            "/page.xml" => Resp::ok("text/html", "<html><body><p>not a feed</p></body></html>"),
            // windows-1256 bytes under a prolog and a header that say UTF-8: read, not failed
            "/w1256.xml" => {
                let xml = rss(&base, &[14], "");
                let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&xml);
                Resp::ok("application/rss+xml; charset=utf-8", bytes.into_owned())
            }
            "/binary.xml" => {
                let mut r = Rng::new(7);
                let junk: Vec<u8> = (0..4096).map(|_| r.next() as u8).collect();
                Resp::ok("application/rss+xml", junk)
            }
            _ => article_page(req).unwrap_or_else(|| Resp::status(404)),
        }
    }));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let mut toml = String::from(
        "[watch]\nhost_delay = \"0s\"\ntimeout = \"1s\"\nmax_bytes = 1048576\nmax_backoff = \"5s\"\n",
    );
    for name in [
        "good", "burst", "slow", "broken", "loop", "huge", "bomb", "page", "w1256", "binary",
    ] {
        toml.push_str(&format!(
            "\n[[source]]\nname = \"{name}\"\nurl = \"{}\"\ninterval = \"{}\"\n",
            srv.url(&format!("/{name}.xml")),
            // the burst backs off 5 s: longer than a round of the hostile sources takes on
            // a loaded machine, so the round after it finds it still backing off
            if name == "burst" { "3s" } else { "1s" }
        ));
    }
    let sources = write_sources(dir.path(), &toml);
    let t0 = Instant::now();
    let o = watch_once(&sources, &db);
    assert!(
        t0.elapsed() < Duration::from_secs(20),
        "a round with hostile sources took {:?}",
        t0.elapsed()
    );
    let log = stderr(&o);
    let store = SqliteStore::open_read_only(&db).unwrap();
    assert_eq!(store.stats().unwrap().articles, 2, "{log}");
    let status: HashMap<String, marsad_store::SourceStatus> = store
        .source_status()
        .unwrap()
        .into_iter()
        .map(|s| (s.name.clone(), s))
        .collect();
    assert_eq!(status["good"].failures, 0);
    assert_eq!(status["good"].articles, 1);
    assert_eq!(status["w1256"].failures, 0, "{:?}", status["w1256"]);
    assert_eq!(status["w1256"].articles, 1);
    for (name, says) in [
        ("burst", "500"),
        ("slow", "imeout"),
        ("broken", "malformed feed"),
        ("loop", "redirect"),
        ("huge", "at most 1048576 bytes"),
        ("page", "not an RSS or Atom feed"),
        ("bomb", "declares XML entities"),
        ("binary", "not an RSS or Atom feed"),
    ] {
        let s = &status[name];
        assert_eq!(s.failures, 1, "{name}: {s:?}");
        let e = s.last_error.as_deref().unwrap_or("");
        assert!(
            e.to_lowercase().contains(&says.to_lowercase()),
            "{name}: {e}"
        );
        assert!(s.retry_after.is_some(), "{name}");
        assert!(
            log.contains(&format!("{name}: failed")),
            "{name} not in the log: {log}"
        );
    }

    // at once again: the failed sources back off, and are not asked
    let hits = srv.hits("/burst.xml");
    let o = watch_once(&sources, &db);
    assert_eq!(srv.hits("/burst.xml"), hits, "backing off: {}", stderr(&o));
    assert!(stderr(&o).contains("burst: backing off after 1 failure(s)"));

    // after the backoff (3 s interval doubled, at most max_backoff: 5 s after one failure),
    // the burst is over
    std::thread::sleep(Duration::from_millis(5100));
    watch_once(&sources, &db);
    let store = SqliteStore::open_read_only(&db).unwrap();
    let burst_status = store
        .source_status()
        .unwrap()
        .into_iter()
        .find(|s| s.name == "burst")
        .unwrap();
    assert_eq!(burst_status.failures, 0, "{burst_status:?}");
    assert_eq!(burst_status.last_error, None);
    assert_eq!(burst_status.articles, 1);
    let o = marsad(&["stats", "--sources", "--db", db.to_str().unwrap()]);
    let text = stdout(&o);
    assert!(
        text.contains("loop") && text.contains("last error"),
        "{text}"
    );
}

fn count_articles(db: &Path) -> u64 {
    if !db.exists() {
        return 0;
    }
    SqliteStore::open_read_only(db)
        .and_then(|s| s.stats())
        .map(|s| s.articles)
        .unwrap_or(0)
}

/// Two articles that tell one real event (the same day, town and kind of strike, tolls of 4
/// and 7 dead) are two reports of one fused event, and an alert fires once for it, not once
/// a report; its line names the fused event and the toll over its reports.
#[test]
fn an_event_told_by_two_articles_fires_its_alert_once() {
    let srv = Server::start(Arc::new(move |req: &Req| {
        let base = format!("http://{}", req.headers["host"]);
        match req.path.as_str() {
            "/robots.txt" => Resp::status(404),
            "/feed.xml" => Resp::ok("application/rss+xml", rss(&base, &[1, 29], "")),
            _ => article_page(req).unwrap_or_else(|| Resp::status(404)),
        }
    }));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let sources = write_sources(
        dir.path(),
        &format!(
            "[watch]\nhost_delay = \"0s\"\n\n[[source]]\nname = \"feed\"\nurl = \"{}\"\n\n[[alert]]\nname = \"deadly\"\nmin_fatalities = 1\nfile = \"alerts.jsonl\"\n",
            srv.url("/feed.xml")
        ),
    );
    watch_once(&sources, &db);
    let store = SqliteStore::open_read_only(&db).unwrap();
    let deadly: Vec<marsad_store::StoredEvent> = store
        .events(&EventFilter::default())
        .unwrap()
        .events
        .into_iter()
        .filter(|e| e.event.fatalities.unwrap_or(0) >= 1)
        .collect();
    let mut fused: Vec<i64> = deadly.iter().filter_map(|e| e.fused_id).collect();
    fused.sort();
    fused.dedup();
    assert!(
        fused.len() < deadly.len(),
        "the fixtures give one event told by both articles: {deadly:?}"
    );
    let fired = lines(&dir.path().join("alerts.jsonl"));
    let mut fired_fused: Vec<i64> = fired
        .iter()
        .map(|a| a["fused_id"].as_i64().unwrap())
        .collect();
    fired_fused.sort();
    assert_eq!(fired_fused, fused, "one alert a fused event");
    let both = fired
        .iter()
        .find(|a| a["reports"].as_u64() == Some(2))
        .expect("the alert of the event both articles tell");
    assert_eq!(both["fatalities"]["low"], 4);
    assert_eq!(both["fatalities"]["high"], 7);
    assert!(both["fused_api"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/api/fused/{}", both["fused_id"])));
    // again: nothing new, nothing fired
    watch_once(&sources, &db);
    assert_eq!(lines(&dir.path().join("alerts.jsonl")).len(), fired.len());
}

/// A watcher killed with SIGKILL in the middle of a round, then started again, leaves the
/// store an uninterrupted round leaves: every article once, no alert twice, and nothing that
/// was committed fetched again.
#[test]
fn kill_9_mid_round_loses_and_doubles_nothing() {
    const N: usize = 40;
    let srv = Server::start(Arc::new(move |req: &Req| {
        let base = format!("http://{}", req.headers["host"]);
        match req.path.as_str() {
            "/robots.txt" => Resp::status(404),
            "/feed.xml" => Resp::ok(
                "application/rss+xml",
                rss(&base, &(1..=N).collect::<Vec<_>>(), ""),
            ),
            _ => {
                let mut r = article_page(req).unwrap_or_else(|| Resp::status(404));
                r.delay = Duration::from_millis(30);
                r
            }
        }
    }));
    let dir = tempfile::tempdir().unwrap();
    let conf = |name: &str| {
        format!(
            "[watch]\nhost_delay = \"0s\"\nmax_items = 100\n\n[[source]]\nname = \"feed\"\nurl = \"{}\"\n\n[[alert]]\nname = \"deadly\"\nmin_fatalities = 1\nfile = \"{name}.jsonl\"\n",
            srv.url("/feed.xml")
        )
    };
    // an uninterrupted round, for reference
    let ref_dir = dir.path().join("ref");
    std::fs::create_dir_all(&ref_dir).unwrap();
    let ref_db = ref_dir.join("ref.db");
    watch_once(&write_sources(&ref_dir, &conf("alerts")), &ref_db);
    let reference = SqliteStore::open_read_only(&ref_db).unwrap();
    assert_eq!(reference.stats().unwrap().articles, N as u64);

    let db = dir.path().join("crashed.db");
    let sources = write_sources(dir.path(), &conf("alerts"));
    let before = srv.requests().len();
    let mut child = Command::new(bin())
        .arg("watch")
        .arg(&sources)
        .arg("--db")
        .arg(&db)
        .arg("--once")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    loop {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the round ended before it was killed"
        );
        if count_articles(&db) >= 10 {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            break;
        }
        assert!(t0.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
    let committed = count_articles(&db) as usize;
    assert!(committed < N, "killed mid-round");
    let pages_before_restart = srv.requests()[before..]
        .iter()
        .filter(|r| r.path.starts_with("/a/"))
        .count();
    let mark = srv.requests().len();
    watch_once(&sources, &db);
    let refetched: Vec<String> = srv.requests()[mark..]
        .iter()
        .filter(|r| r.path.starts_with("/a/"))
        .map(|r| r.path.clone())
        .collect();
    // what was committed is not fetched again; pages fetched but not committed (at most the
    // batch in flight) are
    assert_eq!(refetched.len(), N - committed, "{refetched:?}");
    assert!(pages_before_restart - committed <= 8);

    let crashed = SqliteStore::open_read_only(&db).unwrap();
    crashed.check().unwrap();
    assert_eq!(crashed.dump().unwrap(), reference.dump().unwrap());
    let fired = lines(&dir.path().join("alerts.jsonl"));
    let mut ids = fired_ids(&fired);
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "an event fired twice");
    assert_eq!(fired.len(), lines(&ref_dir.join("alerts.jsonl")).len());
}

/// The sources file is checked before anything is fetched: an error names the file and the
/// table.
#[test]
fn a_bad_sources_file_names_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    for (body, says) in [
        ("[[source]]\nname = \"a\"\nurl = \"file:///etc/passwd\"\n", "not an http:// or https:// address"),
        ("[[source]]\nname = \"a\"\nurl = \"https://example.org/f\"\ninterval = \"soon\"\n", "interval"),
        ("[[source]]\nname = \"a\"\nurl = \"https://example.org/f\"\n[[alert]]\nname = \"x\"\ncountry = \"Syria\"\nfile = \"a.jsonl\"\n", "two-letter"),
        ("[[source]]\nname = \"a\"\nurl = \"https://example.org/f\"\n[[alert]]\nname = \"x\"\ncountry = \"SY\"\n", "nowhere to deliver"),
        ("[[source]]\nname = \"a\"\nurl = \"https://example.org/f\"\nintervall = \"1m\"\n", "unknown field"),
        ("[[source]\n", "sources.toml"),
    ] {
        let p = write_sources(dir.path(), body);
        let o = marsad(&["watch", p.to_str().unwrap(), "--db", db.to_str().unwrap(), "--once"]);
        assert_eq!(o.status.code(), Some(2), "{body}");
        let e = stderr(&o);
        assert!(e.contains("sources.toml") && e.contains(says), "{body}: {e}");
    }
}

/// A page that lists articles: the CSS selector picks the links, relative ones are read
/// against the page, links to other schemes are never followed; the page is asked again with
/// If-Modified-Since and a 304 fetches nothing.
#[test]
fn a_listing_page_is_followed_by_its_selector_and_asked_if_modified_since() {
    const LM: &str = "Sat, 03 Jan 2026 10:00:00 GMT";
    let srv = Server::start(Arc::new(move |req: &Req| match req.path.as_str() {
        "/robots.txt" => Resp::status(404),
        "/news/list.html" => {
            if req.headers.get("if-modified-since").map(String::as_str) == Some(LM) {
                return Resp::status(304);
            }
            Resp::ok(
                "text/html; charset=utf-8",
                "<html><body><nav><a href=\"/a/99\">من نحن</a></nav><ul class=\"news\">\
                 <li><a href=\"../a/21\">خبر</a></li><li><a href=\"/a/22#comments\">خبر</a></li>\
                 <li><a href=\"mailto:desk@example.org\">راسلنا</a></li><li><a href=\"file:///etc/passwd\">x</a></li>\
                 <li><a href=\"javascript:void(0)\">x</a></li></ul></body></html>",
            )
            .header("Last-Modified", LM)
        }
        _ => article_page(req).unwrap_or_else(|| Resp::status(404)),
    }));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let sources = write_sources(
        dir.path(),
        &format!(
            "[watch]\nhost_delay = \"0s\"\n\n[[source]]\nname = \"list\"\nurl = \"{}\"\nkind = \"page\"\nselector = \"ul.news a\"\n",
            srv.url("/news/list.html")
        ),
    );
    watch_once(&sources, &db);
    let mut pages: Vec<String> = srv
        .requests()
        .into_iter()
        .map(|r| r.path)
        .filter(|p| p.starts_with("/a/"))
        .collect();
    pages.sort();
    assert_eq!(pages, ["/a/21", "/a/22"]);
    assert_eq!(
        SqliteStore::open_read_only(&db)
            .unwrap()
            .stats()
            .unwrap()
            .articles,
        2
    );
    watch_once(&sources, &db);
    let asks: Vec<Req> = srv
        .requests()
        .into_iter()
        .filter(|r| r.path == "/news/list.html")
        .collect();
    assert_eq!(asks.len(), 2);
    assert_eq!(
        asks[1].headers.get("if-modified-since").map(String::as_str),
        Some(LM)
    );
    assert_eq!(
        srv.requests()
            .iter()
            .filter(|r| r.path.starts_with("/a/"))
            .count(),
        2
    );
}

/// SIGTERM stops a running watcher after the batch in flight: it exits 0 soon, the store is
/// whole, and the next run stores the rest, nothing twice.
#[test]
fn sigterm_stops_after_the_batch_in_flight() {
    const N: usize = 40;
    let srv = Server::start(Arc::new(move |req: &Req| {
        let base = format!("http://{}", req.headers["host"]);
        match req.path.as_str() {
            "/robots.txt" => Resp::status(404),
            "/feed.xml" => Resp::ok(
                "application/rss+xml",
                rss(&base, &(1..=N).collect::<Vec<_>>(), ""),
            ),
            _ => {
                let mut r = article_page(req).unwrap_or_else(|| Resp::status(404));
                r.delay = Duration::from_millis(40);
                r
            }
        }
    }));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let sources = write_sources(
        dir.path(),
        &format!(
            "[watch]\nhost_delay = \"0s\"\nmax_items = 100\n\n[[source]]\nname = \"feed\"\nurl = \"{}\"\ninterval = \"1h\"\n",
            srv.url("/feed.xml")
        ),
    );
    let mut child = Command::new(bin())
        .arg("watch")
        .arg(&sources)
        .arg("--db")
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while count_articles(&db) < 8 {
        assert!(t0.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
    let st = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let t1 = Instant::now();
    let status = child.wait().unwrap();
    assert!(
        t1.elapsed() < Duration::from_secs(5),
        "took {:?} to stop",
        t1.elapsed()
    );
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(status.success(), "{log}");
    assert!(
        log.contains("stopping after the batch in flight") && log.contains("stopped"),
        "{log}"
    );
    let stored = count_articles(&db) as usize;
    assert!(stored < N, "stopped before the end: {stored}");
    assert_eq!(stored % 8, 0, "whole batches only: {stored}");
    let fetched = srv
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/a/"))
        .count();
    assert_eq!(
        fetched, stored,
        "every page fetched was stored before it stopped"
    );
    watch_once(&sources, &db);
    assert_eq!(count_articles(&db) as usize, N);
    assert_eq!(
        srv.requests()
            .iter()
            .filter(|r| r.path.starts_with("/a/"))
            .count(),
        N
    );
}
