//! `marsad serve`'s log reaches the operator: the real binary, a real store, real HTTP.

mod common;
use common::*;
use std::io::{BufRead, Read, Write};
use std::process::{Command, Stdio};

fn http_get(addr: &str, path: &str, extra: &str) -> (String, String) {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nhost: x\r\n{extra}connection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    (head.to_string(), body.to_string())
}

/// The server logged its failures with `tracing::error!`, but no subscriber was installed,
/// so the lines went nowhere while its 500 answers told the user to "see its log". Now: a
/// store that fails under the server (a table of it dropped by another program) gives a 500
/// whose body and `x-request-id` header carry an id, and the JSON log on stderr has an error
/// line with that id, the route and the cause.
#[test]
fn a_failure_inside_the_server_is_logged_with_its_cause_and_the_request_id_of_its_answer() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    write_corpus(&corpus, 30, 11);
    let db = dir.path().join("m.db");
    let o = marsad(&[
        "ingest",
        "--quiet",
        "--db",
        db.to_str().unwrap(),
        corpus.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut child = Command::new(bin())
        .args([
            "serve",
            "--db",
            db.to_str().unwrap(),
            "--addr",
            "127.0.0.1:0",
            "--log-format",
            "json",
        ])
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line[line.find("http://").expect("serving on") + 7..]
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let (head, _) = http_get(&addr, "/api/events?limit=1", "");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    // another program damages the store: the map's point index is gone
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("DROP TABLE events_geo")
        .unwrap();
    let (head, body) = http_get(&addr, "/api/events?bbox=40,10,50,20", "");
    // and a client's own id is kept
    let (head2, _) = http_get(
        &addr,
        "/api/points?near=15,44,100",
        "x-request-id: proxy-42\r\n",
    );
    let _ = child.kill();
    let _ = child.wait();
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(head.starts_with("HTTP/1.1 500"), "{head}\n{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let id = v["error"]["request_id"]
        .as_str()
        .unwrap_or_else(|| panic!("no request_id in {body}"))
        .to_string();
    assert!(
        head.to_ascii_lowercase()
            .contains(&format!("x-request-id: {id}")),
        "{head}"
    );
    assert!(
        !body.contains("events_geo"),
        "the cause stays in the log: {body}"
    );
    assert!(
        head2.starts_with("HTTP/1.1 500") && head2.contains("proxy-42"),
        "{head2}"
    );
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON log line ({e}): {l}"))
        })
        .collect();
    let ours = lines
        .iter()
        .find(|l| l["level"] == "ERROR" && l["span"]["request_id"] == id.as_str())
        .unwrap_or_else(|| panic!("no error line for request {id} in:\n{log}"));
    assert_eq!(ours["fields"]["status"], 500, "{ours}");
    assert_eq!(ours["fields"]["route"], "/api/events", "{ours}");
    assert!(
        ours["fields"]["cause"]
            .as_str()
            .unwrap()
            .contains("no such table: events_geo"),
        "{ours}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l["level"] == "ERROR" && l["span"]["request_id"] == "proxy-42"),
        "{log}"
    );
}
