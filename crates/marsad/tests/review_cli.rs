//! `marsad reviewer`, the `--status`/`--reviewer` filters, the status columns and
//! `export --format gold` on a real store file, and `marsad serve` taking a reviewer's token.

mod common;
use common::*;
use marsad_store::{review, Review, ReviewAction, SqliteStore, Store};
use std::io::{Read, Write};

const STRIKE: &str = "قتل خمسة مدنيين وأصيب ثمانية آخرون في غارة جوية شنتها طائرات التحالف على سوق في مدينة صعدة صباح اليوم.";
const BAGHUZ: &str = "أعلنت قوات سوريا الديمقراطية السيطرة على بلدة الباغوز بعد معارك عنيفة مع تنظيم داعش أسفرت عن مقتل عشرين مسلحا.";
const PROTEST: &str =
    "تظاهر مئات من سكان مدينة تعز اليوم احتجاجا على انقطاع الكهرباء والماء عن أحيائهم منذ أسابيع.";

fn ingested(dir: &std::path::Path) -> String {
    let input = dir.join("in.jsonl");
    let lines: Vec<String> = [("a1", STRIKE), ("a2", BAGHUZ), ("a3", PROTEST)]
        .iter()
        .map(|(id, t)| serde_json::json!({"id": id, "published": "2015-08-03", "url": format!("https://example.org/{id}"), "text": t}).to_string())
        .collect();
    std::fs::write(&input, lines.join("\n")).unwrap();
    let db = dir.join("r.db").display().to_string();
    let o = marsad(&["ingest", "--quiet", "--db", &db, input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    db
}

fn act(action: ReviewAction, base: u64) -> Review {
    Review {
        action,
        base,
        reviewer: "amal".into(),
        note: None,
        at: review::now(),
    }
}

#[test]
fn reviewers_statuses_and_gold_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingested(dir.path());
    let o = marsad(&["reviewer", "add", "amal", "--db", &db]);
    assert!(o.status.success(), "{}", stderr(&o));
    let token = stdout(&o).lines().last().unwrap().trim().to_string();
    assert_eq!(token.len(), 64);
    assert!(
        !std::fs::read(&db)
            .unwrap()
            .windows(64)
            .any(|w| w == token.as_bytes()),
        "the token itself is not stored"
    );
    let again = marsad(&["reviewer", "add", "amal", "--db", &db]);
    assert!(!again.status.success() && stderr(&again).contains("already"));
    let bad = marsad(&["reviewer", "add", "a b", "--db", &db]);
    assert!(!bad.status.success() && stderr(&bad).contains("reviewer name"));
    assert!(stdout(&marsad(&["reviewer", "list", "--db", &db])).starts_with("amal\t"));

    let store = SqliteStore::open(&db).unwrap();
    assert_eq!(
        store
            .reviewer_by_token_hash(&review::token_hash(&token))
            .unwrap()
            .as_deref(),
        Some("amal")
    );
    let evs = store.events(&Default::default()).unwrap().events;
    assert!(evs.len() >= 3, "{} events", evs.len());
    store
        .review(evs[0].id, &act(ReviewAction::Verify, 0))
        .unwrap();
    let fields = serde_json::json!({"fatalities": 6})
        .as_object()
        .unwrap()
        .clone();
    store
        .review(evs[1].id, &act(ReviewAction::Edit { fields }, 0))
        .unwrap();
    store
        .review(
            evs[2].id,
            &act(
                ReviewAction::Reject {
                    reason: "not an event".into(),
                },
                0,
            ),
        )
        .unwrap();
    drop(store);

    let q = marsad(&[
        "query",
        "--db",
        &db,
        "--status",
        "verified",
        "--format",
        "jsonl",
        "--per-report",
    ]);
    assert!(q.status.success(), "{}", stderr(&q));
    let lines: Vec<serde_json::Value> = stdout(&q)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(
        (lines[0]["status"].as_str(), lines[0]["reviewer"].as_str()),
        (Some("verified"), Some("amal"))
    );
    // on fused events (the default), a status takes the fused events with a report of it,
    // and each report says where it stands
    let q = marsad(&[
        "query", "--db", &db, "--status", "verified", "--format", "jsonl",
    ]);
    let fused: Vec<serde_json::Value> = stdout(&q)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(fused.len(), 1, "{}", stdout(&q));
    assert!(fused[0]["reports"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["status"] == "verified" && r["reviewer"] == "amal"));
    let bad = marsad(&["query", "--db", &db, "--status", "approved"]);
    assert!(!bad.status.success() && stderr(&bad).contains("--status"));
    let q = marsad(&[
        "query",
        "--db",
        &db,
        "--reviewer",
        "amal",
        "--format",
        "jsonl",
        "--per-report",
    ]);
    assert_eq!(stdout(&q).lines().count(), 3);

    let csv = stdout(&marsad(&[
        "export",
        "--db",
        &db,
        "--format",
        "csv",
        "--status",
        "corrected",
        "--per-report",
    ]));
    let mut rows = csv.lines();
    assert!(rows.next().unwrap().ends_with(",status,reviewer,fused_id"));
    let row = rows.next().unwrap();
    assert!(row.contains(",corrected,amal,"), "{row}");
    assert!(rows.next().is_none());
    let gj: serde_json::Value = serde_json::from_str(&stdout(&marsad(&[
        "export",
        "--db",
        &db,
        "--format",
        "geojson",
        "--per-report",
    ])))
    .unwrap();
    assert!(gj["features"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["properties"]["status"] == "rejected"));

    let gold_out = dir.path().join("gold.jsonl");
    let o = marsad(&[
        "export",
        "--db",
        &db,
        "--format",
        "gold",
        "--status",
        "verified,corrected,rejected",
        "-o",
        gold_out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let gold: Vec<serde_json::Value> = std::fs::read_to_string(&gold_out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let events: Vec<&serde_json::Value> = gold
        .iter()
        .flat_map(|a| a["events"].as_array().unwrap())
        .collect();
    assert_eq!(events.len(), 2, "the rejected record is not a gold event");
    assert!(events.iter().any(|e| e["fatalities"] == 6));
    for a in &gold {
        assert!(a["text"].as_str().is_some() && a["published"].as_str().is_some());
        for e in a["events"].as_array().unwrap() {
            assert!(e["location"].is_null() || e["location"]["tolerance_km"] == 25);
            assert!(e["date"]["start"].is_string());
        }
    }
    // the scorer of the shared data reads it (where the shared data is beside the repository)
    let scorer =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/score.py");
    if scorer.exists() {
        let o = std::process::Command::new("python3")
            .arg(&scorer)
            .arg(&gold_out)
            .arg(&gold_out)
            .output()
            .unwrap();
        assert!(o.status.success(), "score.py: {}{}", stdout(&o), stderr(&o));
    }

    let o = marsad(&["reviewer", "remove", "amal", "--db", &db]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&marsad(&["reviewer", "list", "--db", &db])), "");
    assert!(!marsad(&["reviewer", "remove", "amal", "--db", &db])
        .status
        .success());
}

#[test]
fn serve_takes_a_reviewers_token_without_the_write_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingested(dir.path());
    let o = marsad(&["reviewer", "add", "amal", "--db", &db]);
    let token = stdout(&o).lines().last().unwrap().trim().to_string();
    let mut child = std::process::Command::new(bin())
        .args(["serve", "--db", &db, "--addr", "127.0.0.1:0"])
        .env_remove("MARSAD_TOKEN")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\n") && out.read(&mut b).unwrap_or(0) == 1 {
        head.push(b[0]);
    }
    let head = String::from_utf8_lossy(&head).to_string();
    let addr = head
        .split("http://")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let http = |method: &str,
                path: &str,
                auth: Option<&str>,
                body: &str|
     -> (u16, serde_json::Value) {
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        let auth = auth
            .map(|t| format!("Authorization: Bearer {t}\r\n"))
            .unwrap_or_default();
        write!(s, "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        let mut r = String::new();
        s.read_to_string(&mut r).unwrap();
        let status = r[9..12].parse().unwrap();
        let body = r.split_once("\r\n\r\n").unwrap().1;
        (
            status,
            serde_json::from_str(body).unwrap_or(serde_json::Value::Null),
        )
    };
    let (_, page) = http("GET", "/api/events?limit=1", None, "");
    let id = page["events"][0]["id"].as_i64().unwrap();
    let (st, v) = http(
        "POST",
        &format!("/api/events/{id}/review"),
        Some(&token),
        r#"{"action": "verify", "base": 0}"#,
    );
    assert_eq!((st, v["status"].as_str()), (200, Some("verified")), "{v}");
    let (st, _) = http(
        "POST",
        &format!("/api/events/{id}/review"),
        Some("someone-elses-token-000"),
        r#"{"action": "verify", "base": 1}"#,
    );
    assert_eq!(st, 403);
    let (_, one) = http("GET", &format!("/api/events/{id}"), None, "");
    assert_eq!(one["history"][0]["reviewer"], "amal");
    let _ = child.kill();
    let _ = child.wait();
}
