//! The API as a client meets it: a real server on loopback (ephemeral port), a real SQLite
//! store file filled through `POST /api/articles` from the fixture articles in `testdata/`
//! (written for marsad), and requests written byte by byte, malformed ones included.

use marsad_server::{Limits, Server, ServerConfig};
use marsad_store::{SqliteStore, Store};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Duration;

mod common;
use common::*;

/// A server with a fresh store file filled through the API.
fn filled() -> (SocketAddr, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path().join("m.db")).unwrap());
    let addr = start(Some(TOKEN), Limits::default(), Some(store));
    let r = post_json(addr, "/api/articles", &fixture_array(), Some(TOKEN));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    (addr, dir)
}

fn cp_slice(text: &str, span: &Value) -> String {
    let (a, b) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    text.chars().skip(a).take(b - a).collect()
}

#[test]
fn health_metrics_openapi_and_the_page() {
    let addr = start(None, Limits::default(), None);
    let h = get(addr, "/health");
    assert_eq!(h.status, 200);
    assert_eq!(h.json()["status"], "ok");
    assert_eq!(h.json()["store"], false);
    let doc = get(addr, "/openapi.json").json();
    for p in [
        "/api/events",
        "/api/events/{id}",
        "/api/fused/{id}",
        "/api/fused/{id}/explain",
        "/api/articles/{id}",
        "/api/stats",
        "/api/extract",
        "/api/articles",
        "/health",
        "/metrics",
    ] {
        assert!(
            doc["paths"][p].is_object(),
            "{p} missing from the OpenAPI document"
        );
    }
    let page = get(addr, "/");
    assert_eq!(page.status, 200);
    assert!(page
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert!(page
        .header("content-security-policy")
        .unwrap()
        .contains("default-src 'self'"));
    assert!(String::from_utf8_lossy(&page.body).contains("/assets/app.js"));
    let js = get(addr, "/assets/vendor/leaflet/leaflet.js");
    assert_eq!(js.status, 200);
    assert!(js.body.len() > 100_000);
    let etag = js.header("etag").unwrap().to_string();
    assert_eq!(
        request(
            addr,
            "GET",
            "/assets/vendor/leaflet/leaflet.js",
            &[("If-None-Match", &etag)],
            b""
        )
        .status,
        304
    );
    // the page's files go gzip'd to a client that accepts it, whole to one that does not
    let outline = "/assets/vendor/world-atlas/countries-50m.json";
    let plain = get(addr, outline);
    assert_eq!(
        (plain.status, plain.header("content-encoding")),
        (200, None)
    );
    let z = request(addr, "GET", outline, &[("Accept-Encoding", "gzip")], b"");
    assert_eq!(z.header("content-encoding"), Some("gzip"));
    assert!(
        z.body.len() * 3 < plain.body.len(),
        "{} bytes gzip'd of {}",
        z.body.len(),
        plain.body.len()
    );
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&z.body[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, plain.body);
    let m = get(addr, "/metrics");
    let text = String::from_utf8(m.body).unwrap();
    assert!(m
        .headers
        .iter()
        .any(|(k, v)| k == "content-type" && v.starts_with("application/openmetrics-text")));
    assert!(
        text.contains(
            "marsad_http_requests_total{route=\"/health\",method=\"GET\",status=\"200\"} 1"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "marsad_http_request_duration_seconds_bucket{le=\"+Inf\",route=\"/openapi.json\"} 1"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("# EOF\n"),
        "an OpenMetrics exposition ends with # EOF"
    );
    // without a store, store endpoints say so
    assert_eq!(get(addr, "/api/events").error_code_5xx(), "no_store");
}

trait Code5xx {
    fn error_code_5xx(&self) -> String;
}
impl Code5xx for Reply {
    fn error_code_5xx(&self) -> String {
        assert_eq!(self.status, 503);
        self.json()["error"]["code"].as_str().unwrap().to_string()
    }
}

#[test]
fn extract_returns_events_with_exact_spans_and_stores_nothing() {
    let addr = start(None, Limits::default(), None);
    let text = "قتل ثمانية مدنيين وأصيب خمسة عشر آخرون في انفجار سيارة مفخخة في سوق شعبي بمدينة بغداد مساء الأربعاء.";
    let body = serde_json::json!({"text": text, "published": "2015-08-06"}).to_string();
    let r = post_json(addr, "/api/extract", body.as_bytes(), None);
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    let evs = v["events"].as_array().unwrap();
    assert_eq!(evs.len(), 1);
    let e = &evs[0];
    assert_eq!(e["event_type"], "explosions_remote_violence");
    assert_eq!(e["fatalities"], 8);
    assert_eq!(e["location"]["country"], "IQ");
    assert_eq!(e["date"]["start"], "2015-08-05");
    for k in ["trigger", "location", "actor2"] {
        assert_eq!(
            cp_slice(text, &e[k]["span"]),
            e[k]["text"].as_str().unwrap(),
            "{k}"
        );
    }
}

#[test]
fn malformed_requests_get_a_json_4xx() {
    let limits = Limits {
        body_bytes: 64 * 1024,
        ..Limits::default()
    };
    let addr = start(None, limits, None);
    let ok_ct = [("Content-Type", "application/json")];
    let cases: Vec<(&str, Reply, &str)> = vec![
        (
            "bad JSON",
            post_json(addr, "/api/extract", b"{\"text\": \"x\",", None),
            "bad_json",
        ),
        (
            "not JSON at all",
            post_json(addr, "/api/extract", b"hello", None),
            "bad_json",
        ),
        (
            "invalid UTF-8",
            post_json(
                addr,
                "/api/extract",
                b"{\"text\": \"\xff\xfe\", \"published\": \"2015-08-01\"}",
                None,
            ),
            "invalid_utf8",
        ),
        (
            "unknown field",
            post_json(
                addr,
                "/api/extract",
                br#"{"text": "x", "published": "2015-08-01", "lang": "ar"}"#,
                None,
            ),
            "unknown_field",
        ),
        (
            "missing field",
            post_json(addr, "/api/extract", br#"{"text": "x"}"#, None),
            "invalid_field",
        ),
        (
            "bad date",
            post_json(
                addr,
                "/api/extract",
                br#"{"text": "x", "published": "yesterday"}"#,
                None,
            ),
            "invalid_field",
        ),
        (
            "empty text",
            post_json(
                addr,
                "/api/extract",
                br#"{"text": "  ", "published": "2015-08-01"}"#,
                None,
            ),
            "empty_text",
        ),
        (
            "empty body",
            post_json(addr, "/api/extract", b"", None),
            "empty_body",
        ),
        (
            "wrong content type",
            request(
                addr,
                "POST",
                "/api/extract",
                &[("Content-Type", "text/plain")],
                b"{}",
            ),
            "unsupported_media_type",
        ),
        (
            "oversize body",
            post_json(addr, "/api/extract", &vec![b' '; 200 * 1024], None),
            "body_too_large",
        ),
        (
            "wrong method",
            request(addr, "DELETE", "/api/extract", &ok_ct, b""),
            "method_not_allowed",
        ),
        ("unknown path", get(addr, "/api/nothing"), "not_found"),
        (
            "traversal",
            get(addr, "/assets/..%2f..%2fCargo.toml"),
            "not_found",
        ),
        (
            "traversal, dots",
            get(addr, "/assets/vendor/../../src/lib.rs"),
            "not_found",
        ),
        (
            "unknown query parameter",
            get(addr, "/api/events?view=reports&colour=red"),
            "bad_query",
        ),
        (
            "huge page",
            get(addr, "/api/events?view=reports&limit=1000000"),
            "bad_limit",
        ),
        (
            "not a number",
            get(addr, "/api/events?view=reports&limit=lots"),
            "bad_query",
        ),
        ("bad id", get(addr, "/api/events/abc"), "bad_id"),
    ];
    for (what, r, code) in cases {
        let got = r.error_code();
        // Without a store, a well-formed query answers 503; these all fail before that.
        assert_eq!(got, code, "{what}");
    }
    // Chunked body over the limit: stopped while reading, still a JSON 413.
    let mut req = b"POST /api/extract HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..100 {
        req.extend_from_slice(b"400\r\n");
        req.extend_from_slice(&[b' '; 1024]);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(raw(addr, &req).error_code(), "body_too_large");
    // The server is still there.
    assert_eq!(get(addr, "/health").status, 200);
}

#[test]
fn writes_need_the_token() {
    // No token configured: read-only, 403 whatever is sent.
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path().join("ro.db")).unwrap());
    let ro = start(None, Limits::default(), Some(store.clone()));
    assert_eq!(
        post_json(ro, "/api/articles", &fixture_array(), Some(TOKEN)).error_code(),
        "writes_disabled"
    );
    // Token configured: none → 401 with WWW-Authenticate, wrong → 403, right → stored.
    let rw = start(Some(TOKEN), Limits::default(), Some(store.clone()));
    let r = post_json(rw, "/api/articles", &fixture_array(), None);
    assert_eq!(r.error_code(), "unauthorized");
    assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    assert_eq!(
        post_json(
            rw,
            "/api/articles",
            &fixture_array(),
            Some("test-token-0123456789abcdeX")
        )
        .error_code(),
        "forbidden"
    );
    assert_eq!(
        store.stats().unwrap().articles,
        0,
        "nothing was written by refused requests"
    );
    assert_eq!(get(rw, "/api/events").json()["total"], 0);
    let r = post_json(rw, "/api/articles", &fixture_array(), Some(TOKEN));
    assert_eq!(r.status, 200);
    assert!(
        get(rw, "/api/events").json()["total"].as_u64().unwrap() > 0,
        "a cached empty answer outlived the write"
    );
    let v = r.json();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), fixtures().lines().count());
    assert!(results.iter().all(|o| o["status"] == "new"));
    // The same articles again: known, nothing doubled.
    let v = post_json(rw, "/api/articles", &fixture_array(), Some(TOKEN)).json();
    assert!(
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["status"] == "unchanged"),
        "{v}"
    );
    assert_eq!(
        store.stats().unwrap().articles as usize,
        fixtures().lines().count()
    );
    // Bad articles are refused with their index.
    let r = post_json(
        rw,
        "/api/articles",
        br#"[{"id": "a", "published": "2015-08-01", "text": "x"}, {"id": "b", "text": "y"}]"#,
        Some(TOKEN),
    );
    assert_eq!(r.error_code(), "invalid_field");
    assert!(r.json()["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("articles[1]:"));
}

/// `/api/events` lists fused events by default, each with its reports; every per-report
/// record names its fused event, and the fused event is at `/api/fused/{id}`.
#[test]
fn fused_events_and_their_reports_link_both_ways() {
    let (addr, _dir) = filled();
    let reports = get(addr, "/api/events?view=reports&limit=1000").json();
    let fused = get(addr, "/api/events?limit=1000").json();
    assert_eq!(fused["view"], "fused");
    assert_eq!(reports["view"], "reports");
    let n_reports = reports["total"].as_u64().unwrap();
    let n_fused = fused["total"].as_u64().unwrap();
    assert!(n_fused >= 1 && n_fused <= n_reports, "{fused}");
    let listed: u64 = fused["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["report_count"].as_u64().unwrap())
        .sum();
    assert_eq!(listed, n_reports, "every report in exactly one fused event");
    for r in reports["events"].as_array().unwrap() {
        let fid = r["fused_id"].as_i64().expect("a fused_id on every report");
        let one = get(addr, &format!("/api/events/{}", r["id"])).json();
        assert_eq!(one["fused_id"], fid);
        let f = get(addr, &format!("/api/fused/{fid}")).json();
        assert_eq!(f["id"], fid);
        assert!(f["reports"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["event_id"] == r["id"] && x["trigger"]["text"].is_string()));
        assert!(f["fatalities"].is_object() && f["outlets"].is_array());
        let ex = get(addr, &format!("/api/fused/{fid}/explain")).json();
        assert_eq!(ex["id"], fid);
        assert!(ex["joined"].is_array() && ex["apart"].is_array());
    }
    // the filters select fused events through their reports
    let ye = get(addr, "/api/events?country=YE&from=2015-08-01&to=2015-08-31").json();
    assert!(ye["total"].as_u64().unwrap() >= 1);
    assert!(ye["events"].as_array().unwrap().iter().all(|f| f["reports"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["location"]["country"] == "YE")));
    // the map's points and the counts of fused events: one point per located fused event,
    // standing for one of its reports
    let pts = get(addr, "/api/points?view=fused").json();
    assert_eq!(pts["total"].as_u64().unwrap(), n_fused);
    let located = fused["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["location"]["lat"].is_number())
        .count();
    assert_eq!(pts["points"].as_array().unwrap().len(), located);
    for p in pts["points"].as_array().unwrap() {
        let r = get(addr, &format!("/api/events/{}", p[0])).json();
        let f = get(addr, &format!("/api/fused/{}", r["fused_id"])).json();
        assert_eq!(
            f["fatalities"]["best"].as_u64().unwrap_or(0),
            p[4].as_u64().unwrap()
        );
    }
    let st = get(addr, "/api/stats?view=fused").json();
    assert_eq!(st["filtered"]["total"].as_u64().unwrap(), n_fused);
    let st = get(addr, "/api/stats").json();
    assert_eq!(st["filtered"]["total"].as_u64().unwrap(), n_reports);
    assert_eq!(get(addr, "/api/fused/999999999").error_code(), "not_found");
    assert_eq!(get(addr, "/api/fused/x").error_code(), "bad_id");
    assert_eq!(get(addr, "/api/events?view=all").error_code(), "bad_filter");
}

#[test]
fn events_filters_pages_and_evidence() {
    let (addr, _dir) = filled();
    let all = get(addr, "/api/events?view=reports&limit=1000").json();
    let total = all["total"].as_u64().unwrap();
    assert!(total >= 7, "the fixtures give events: {all}");
    assert!(all.get("next_cursor").is_none());

    // Yemen in August 2015: Saada, Taiz, Aden.
    let ye = get(
        addr,
        "/api/events?view=reports&country=YE&from=2015-08-01&to=2015-08-31",
    )
    .json();
    assert_eq!(ye["total"], 3, "{ye}");
    assert!(ye["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["location"]["country"] == "YE"));
    let air = get(
        addr,
        "/api/events?view=reports&country=YE&type=explosions_remote_violence",
    )
    .json();
    assert_eq!(air["total"], 1);
    assert_eq!(air["events"][0]["sub_event_type"], "air_drone_strike");
    // Within 100 km of Sanaa: nothing (Saada is about 200 km away); of Saada: the air strike.
    assert_eq!(
        get(addr, "/api/events?view=reports&near=15.37,44.19,100").json()["total"],
        0
    );
    assert_eq!(
        get(addr, "/api/events?view=reports&near=16.94,43.76,30").json()["total"],
        1
    );
    assert_eq!(
        get(addr, "/api/events?view=reports&bbox=35,30,50,38").json()["total"]
            .as_u64()
            .unwrap(),
        2,
        "Baghdad and Aleppo"
    );
    // Arabic free text, percent-encoded as a browser sends it.
    let q: String = "بغداد".bytes().map(|b| format!("%{b:02X}")).collect();
    let t = get(addr, &format!("/api/events?view=reports&text={q}")).json();
    assert_eq!(t["total"], 1, "{t}");
    assert_eq!(t["events"][0]["location"]["country"], "IQ");

    // Pages of 2 cover everything once.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/events?view=reports&limit=2&cursor={c}"),
            None => "/api/events?view=reports&limit=2".to_string(),
        };
        let p = get(addr, &path).json();
        for e in p["events"].as_array().unwrap() {
            seen.push(e["id"].as_i64().unwrap());
        }
        match p.get("next_cursor").and_then(|c| c.as_str()) {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    let mut uniq = seen.clone();
    uniq.sort();
    uniq.dedup();
    assert_eq!(uniq.len(), seen.len(), "a page repeated an event");
    assert_eq!(seen.len() as u64, total);

    // Every event: its article's text sliced at each span gives the field's words.
    for e in all["events"].as_array().unwrap() {
        let id = e["id"].as_i64().unwrap();
        let one = get(addr, &format!("/api/events/{id}")).json();
        assert_eq!(one["id"], id);
        let art = get(addr, &format!("/api/articles/{}", one["article"]["id"])).json();
        let text = art["article"]["text"].as_str().unwrap();
        assert!(art["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["id"] == id));
        for k in ["trigger", "actor1", "actor2", "location", "claimed_by"] {
            if one[k].is_object() {
                assert_eq!(
                    cp_slice(text, &one[k]["span"]),
                    one[k]["text"].as_str().unwrap(),
                    "event {id} {k}"
                );
            }
        }
    }
    assert_eq!(get(addr, "/api/events/999999999").error_code(), "not_found");
    assert_eq!(get(addr, "/api/articles/424242").error_code(), "not_found");
    assert_eq!(
        get(
            addr,
            "/api/events?view=reports&from=2015-08-31&to=2015-08-01"
        )
        .json()["total"],
        0,
        "an empty range of days"
    );
    assert_eq!(
        get(addr, "/api/events?view=reports&bbox=1,2,3").error_code(),
        "bad_filter"
    );
    assert_eq!(
        get(addr, "/api/events?view=reports&cursor=zz").error_code(),
        "bad_cursor"
    );
    assert_eq!(
        get(addr, "/api/events?view=reports&country=YE%27%20OR%201%3D1").error_code(),
        "bad_filter"
    );

    // Stats and points agree with the list.
    let s = get(addr, "/api/stats").json();
    assert_eq!(s["filtered"]["total"].as_u64().unwrap(), total);
    assert_eq!(s["store"]["events"].as_u64().unwrap(), total);
    let days: u64 = s["filtered"]["by_day"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["n"].as_u64().unwrap())
        .sum();
    assert_eq!(days, total);
    let p = get(addr, "/api/points?country=YE").json();
    assert_eq!(p["points"].as_array().unwrap().len(), 3);
    let pt = &p["points"][0];
    assert!(
        pt[1].as_f64().unwrap() > 12.0 && pt[2].as_f64().unwrap() > 43.0,
        "lat, lon in Yemen: {pt}"
    );
}

#[test]
fn cached_answers_lapse_when_another_process_writes_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    let writer = SqliteStore::open(&db).unwrap();
    let reader: Arc<dyn Store> = Arc::new(SqliteStore::open_read_only(&db).unwrap());
    let config = ServerConfig::new("127.0.0.1:0".parse().unwrap())
        .watching(vec![db.clone(), dir.path().join("shared.db-wal")]);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        tokio::runtime::Runtime::new()
            .unwrap()
            .block_on(async move {
                let server = Server::bind(config, Some(reader)).await.unwrap();
                tx.send(server.local_addr()).unwrap();
                server.run(std::future::pending()).await.unwrap();
            })
    });
    let addr = rx.recv().unwrap();
    assert_eq!(get(addr, "/api/events").json()["total"], 0);
    assert_eq!(
        get(addr, "/api/events").json()["total"],
        0,
        "second answer from the cache"
    );
    let x = marsad_extract::Extractor::embedded();
    let arts: Vec<marsad_model::Article> = fixtures()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let items: Vec<_> = arts
        .iter()
        .map(|a| (a.clone(), x.article_events(a).events))
        .collect();
    writer.put_many(&items).unwrap();
    std::thread::sleep(Duration::from_millis(250));
    assert!(
        get(addr, "/api/events").json()["total"].as_u64().unwrap() > 0,
        "the cache did not see the store change"
    );
    let m = String::from_utf8(get(addr, "/metrics").body).unwrap();
    assert!(m.contains("marsad_cache_hits_total 1"), "{m}");
}

#[test]
fn a_client_that_stalls_gets_a_timeout_not_a_hung_connection() {
    let limits = Limits {
        timeout: Duration::from_millis(500),
        ..Limits::default()
    };
    let addr = start(None, limits, None);
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // Promise 100 bytes, send one, then wait.
    s.write_all(b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{").unwrap();
    let t = std::time::Instant::now();
    let mut buf = vec![0u8; 4096];
    let n = s.read(&mut buf).unwrap();
    let r = parse(&buf[..n]);
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(r.status, 408);
    assert_eq!(r.json()["error"]["code"], "timeout");
    assert_eq!(get(addr, "/health").status, 200);
}

#[test]
fn connections_are_capped_and_idle_heads_time_out() {
    let limits = Limits {
        max_connections: 3,
        header_timeout: Duration::from_millis(600),
        ..Limits::default()
    };
    let addr = start(None, limits, None);
    // Three clients connect and say nothing.
    let idle: Vec<TcpStream> = (0..3).map(|_| TcpStream::connect(addr).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(100));
    // A fourth is told why it cannot be served.
    let r = get(addr, "/health");
    assert_eq!(r.status, 503);
    assert_eq!(r.json()["error"]["code"], "too_many_connections");
    // The silent ones are dropped once their head is overdue; then there is room again.
    for mut s in idle {
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let t = std::time::Instant::now();
        let mut b = [0u8; 512];
        let _ = s.read(&mut b);
        assert!(
            t.elapsed() < Duration::from_secs(4),
            "an idle connection was kept"
        );
    }
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(get(addr, "/health").status, 200);
}

/// The OpenAPI description is the API: schemathesis found `/api/points` items documented as
/// objects while they are arrays, and constraints the server enforces (ids from 0, `limit`
/// from 1, non-blank text, one article or 1 to 1000, the 415 of `POST /api/articles`) absent
/// from it, so that a client generated from it sent requests the server refused. Both
/// directions are checked here on a real server: what the description says, and that values
/// it allows are answered while values it forbids are refused.
#[test]
fn the_description_states_every_constraint_the_api_enforces() {
    let (addr, _dir) = filled();
    let doc = get(addr, "/openapi.json").json();
    let points = &doc["components"]["schemas"]["PointsAnswer"]["properties"]["points"]["items"];
    assert_eq!(points["type"], "array", "a point is an array: {points}");
    assert_eq!(
        (points["minItems"].as_u64(), points["maxItems"].as_u64()),
        (Some(6), Some(6))
    );
    let param = |path: &str, name: &str| -> Value {
        let ps = doc["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap_or_else(|| panic!("{path} has no parameters"));
        ps.iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{path} has no {name}"))["schema"]
            .clone()
    };
    for path in ["/api/events/{id}", "/api/articles/{id}"] {
        assert_eq!(param(path, "id")["minimum"], 0, "{path}");
    }
    for path in ["/api/events", "/api/stats", "/api/points"] {
        let limit = param(path, "limit");
        assert_eq!(
            (limit["minimum"].as_u64(), limit["maximum"].as_u64()),
            (Some(1), Some(1000)),
            "{path}"
        );
        assert_eq!(param(path, "bbox")["maxItems"], 4);
        assert_eq!(param(path, "text")["maxLength"], 200);
    }
    let ingest = &doc["paths"]["/api/articles"]["post"];
    assert!(
        ingest["responses"]["415"].is_object(),
        "415 of POST /api/articles undocumented"
    );
    let mut body = &ingest["requestBody"]["content"]["application/json"]["schema"];
    if let Some(r) = body["$ref"].as_str() {
        body = &doc["components"]["schemas"][r.rsplit('/').next().unwrap()];
    }
    let body = &body["oneOf"];
    assert_eq!(body[1]["minItems"], 1, "{body}");
    assert_eq!(body[1]["maxItems"], 1000, "{body}");
    for schema in ["ExtractRequest", "NewArticle"] {
        let text = &doc["components"]["schemas"][schema]["properties"]["text"];
        assert_eq!(text["pattern"], "\\S", "{schema}: blank text is refused");
        assert_eq!(text["maxLength"], 200_000);
    }

    // Values the description allows are answered...
    let p = get(addr, "/api/points");
    assert_eq!(p.status, 200);
    assert!(p.json()["points"][0].is_array());
    for ok in [
        "/api/events?view=reports&from=2015-08-20&to=2015-08-10",
        "/api/events?view=reports&bbox=170,-10,-170,10",
        "/api/events?view=reports&bbox=35,38,50,30",
        "/api/events?view=reports&text=%21%21%21",
        "/api/events?view=reports&country=&type=",
        "/api/events?view=reports&country=YE%2C%2CSA%20",
        "/api/stats?limit=1000",
        "/api/events/0",
    ] {
        let r = get(addr, ok);
        assert!(
            r.status == 200 || r.status == 404,
            "{ok}: {} {}",
            r.status,
            String::from_utf8_lossy(&r.body)
        );
    }
    assert_eq!(
        get(addr, "/api/events?view=reports&bbox=35,38,50,30").json()["total"],
        2,
        "latitudes in either order"
    );
    // a cursor pages through the filters it was given with, and only those
    let first = get(addr, "/api/events?limit=1&type=explosions_remote_violence").json();
    let cursor = first["next_cursor"].as_str().unwrap().to_string();
    let next = get(
        addr,
        &format!("/api/events?limit=1&type=explosions_remote_violence&cursor={cursor}"),
    );
    assert_eq!(next.status, 200);
    assert_ne!(next.json()["events"][0]["id"], first["events"][0]["id"]);
    let other = get(
        addr,
        &format!("/api/events?limit=1&type=battles&cursor={cursor}"),
    );
    assert_eq!(
        (other.status, other.error_code()),
        (409, "cursor_mismatch".to_string())
    );
    // unknown codes are refused with the allowed values, as the command line does
    for (bad, want) in [
        ("/api/events?country=yemen", "YE"),
        ("/api/events?country=XX", "YE"),
        ("/api/events?type=bombing", "air_drone_strike"),
    ] {
        let r = get(addr, bad);
        assert_eq!(r.error_code(), "bad_filter", "{bad}");
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .unwrap()
                .contains(want),
            "{bad}"
        );
    }
    assert_eq!(get(addr, "/api/events?country=ye&view=reports").status, 200);
    // a bad publication date names the field and the form
    let r = post_json(
        addr,
        "/api/articles",
        br#"{"id": "d1", "published": "12/08/2015", "text": "x"}"#,
        Some(TOKEN),
    );
    assert_eq!(r.status, 422);
    let m = r.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(
        m.starts_with("published:") && m.contains("YYYY-MM-DD"),
        "{m}"
    );
    // across the antimeridian: from 44 E eastward to 170 W holds Baghdad (44.3 E), not Aleppo (37.2 E)
    assert_eq!(
        get(addr, "/api/events?view=reports&bbox=44,30,-170,38").json()["total"],
        1
    );
    assert_eq!(
        get(
            addr,
            "/api/events?view=reports&from=2015-08-20&to=2015-08-10"
        )
        .json()["total"],
        0
    );
    let thirty_two = vec!["YE"; 32].join(",");
    assert_eq!(
        get(
            addr,
            &format!("/api/events?view=reports&country={thirty_two}")
        )
        .status,
        200
    );
    // ...and values it forbids are refused.
    for (bad, code) in [
        ("/api/events/-1", "bad_id"),
        ("/api/events/%2B1", "bad_id"),
        ("/api/stats?limit=0", "bad_limit"),
        ("/api/points?cursor=o1000000", "bad_cursor"),
        ("/api/events?view=reports&cursor=oA", "bad_cursor"),
        ("/api/events?view=reports&from=2015-8-1", "bad_filter"),
        ("/api/events?view=reports&from=%202015-08-01", "bad_filter"),
        ("/api/events?view=reports&bbox=", "bad_filter"),
        ("/api/events?view=reports&bbox=181,0,0,0", "bad_filter"),
        ("/api/events?view=reports&near=0,0,20001", "bad_filter"),
        ("/api/events?view=reports&near=%200,0,1", "bad_filter"),
    ] {
        assert_eq!(get(addr, bad).error_code(), code, "{bad}");
    }
    assert_eq!(
        get(
            addr,
            &format!("/api/events?view=reports&country={thirty_two},SA")
        )
        .error_code(),
        "bad_filter"
    );
    assert_eq!(
        get(
            addr,
            &format!("/api/events?view=reports&text={}", "a".repeat(201))
        )
        .error_code(),
        "bad_filter"
    );
    let r = request(
        addr,
        "POST",
        "/api/articles",
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        b"[]",
    );
    assert_eq!(r.status, 415);
    assert_eq!(
        post_json(addr, "/api/articles", b"[]", Some(TOKEN)).status,
        422
    );
    assert_eq!(
        post_json(
            addr,
            "/api/extract",
            br#"{"text": " ", "published": "2015-08-01"}"#,
            None
        )
        .status,
        422
    );
    // blank as the pattern \S reads it (ECMA-262): U+0085 is not white space there, U+FEFF is
    let nel = post_json(
        addr,
        "/api/articles",
        "[{\"id\": \"\u{b6}\", \"published\": \"2015-08-01\", \"text\": \"\u{85}\"}]".as_bytes(),
        Some(TOKEN),
    );
    assert_eq!(nel.status, 200, "{}", String::from_utf8_lossy(&nel.body));
    assert_eq!(
        post_json(
            addr,
            "/api/extract",
            "{\"text\": \"\u{feff}\", \"published\": \"2015-08-01\"}".as_bytes(),
            None
        )
        .status,
        422
    );
}

/// Connect from a chosen loopback address (Linux routes all of 127.0.0.0/8 to loopback).
fn connect_from(source: &str, addr: SocketAddr) -> TcpStream {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let s = tokio::net::TcpSocket::new_v4().unwrap();
        s.bind(format!("{source}:0").parse().unwrap()).unwrap();
        s.connect(addr).await.unwrap().into_std().unwrap()
    })
}

fn get_on(mut s: TcpStream, path: &str) -> Reply {
    s.set_nonblocking(false).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    // a refused connection may be answered and closed before the request is written
    let _ = write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    );
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    parse(&buf)
}

/// One client could hold all the connection slots (4,096) by opening connections and
/// reconnecting as each idle one was dropped, and every other client got 503. Now one client
/// (one address) holds at most its share; another client is still served while the first
/// holds all of its own.
#[test]
fn one_client_cannot_hold_every_connection_slot() {
    let limits = Limits {
        max_connections: 16,
        max_connections_per_client: 3,
        ..Limits::default()
    };
    let addr = start(None, limits, None);
    // the greedy client, 127.0.0.1, opens as many as it may and says nothing
    let held: Vec<TcpStream> = (0..3).map(|_| connect_from("127.0.0.1", addr)).collect();
    std::thread::sleep(Duration::from_millis(100));
    let r = get_on(connect_from("127.0.0.1", addr), "/health");
    assert_eq!(r.status, 503, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(
        r.json()["error"]["code"],
        "too_many_connections_from_client"
    );
    // other clients are served meanwhile
    for other in ["127.0.0.2", "127.0.0.3"] {
        let r = get_on(connect_from(other, addr), "/health");
        assert_eq!(
            r.status,
            200,
            "{other}: {}",
            String::from_utf8_lossy(&r.body)
        );
    }
    // a connection that closes gives its place back
    drop(held);
    let t = std::time::Instant::now();
    loop {
        let r = get_on(connect_from("127.0.0.1", addr), "/health");
        if r.status == 200 {
            break;
        }
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "the closed connections' places never came back"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
