//! The analyst's review as a client meets it: a real server on loopback, a real store file
//! filled through the API, reviewers with their own tokens.

use marsad_server::Limits;
use marsad_store::{SqliteStore, Store};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;

mod common;
use common::*;

/// A filled server whose store has two reviewers; their tokens.
fn with_reviewers() -> (
    SocketAddr,
    tempfile::TempDir,
    Arc<SqliteStore>,
    String,
    String,
) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path().join("m.db")).unwrap());
    let amal = marsad_store::review::new_token().unwrap();
    let bilal = marsad_store::review::new_token().unwrap();
    store
        .add_reviewer(
            "amal",
            &marsad_store::review::token_hash(&amal),
            "2026-01-01T00:00:00Z",
        )
        .unwrap();
    store
        .add_reviewer(
            "bilal",
            &marsad_store::review::token_hash(&bilal),
            "2026-01-01T00:00:00Z",
        )
        .unwrap();
    let dyn_store: Arc<dyn Store> = store.clone();
    let addr = start(Some(TOKEN), Limits::default(), Some(dyn_store));
    let r = post_json(addr, "/api/articles", &fixture_array(), Some(TOKEN));
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    (addr, dir, store, amal, bilal)
}

fn review(addr: SocketAddr, id: i64, body: Value, token: Option<&str>) -> Reply {
    post_json(
        addr,
        &format!("/api/events/{id}/review"),
        body.to_string().as_bytes(),
        token,
    )
}

#[test]
fn verify_edit_reject_and_add_with_history_and_filters() {
    let (addr, _dir, store, amal, bilal) = with_reviewers();
    let page = get(addr, "/api/events?limit=4&view=reports").json();
    let ids: Vec<i64> = page["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert!(ids.len() >= 3);
    for e in page["events"].as_array().unwrap() {
        assert_eq!(
            (e["status"].as_str(), e["version"].as_u64()),
            (Some("machine"), Some(0))
        );
    }
    // tokens: none 401, unknown 403, the reviewer's own 200
    assert_eq!(
        review(addr, ids[0], json!({"action": "verify", "base": 0}), None).status,
        401
    );
    assert_eq!(
        review(
            addr,
            ids[0],
            json!({"action": "verify", "base": 0}),
            Some("not-a-token-of-anyone")
        )
        .status,
        403
    );
    let r = review(
        addr,
        ids[0],
        json!({"action": "verify", "base": 0, "note": "checked the source"}),
        Some(&amal),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!(
        (
            v["status"].as_str(),
            v["version"].as_u64(),
            v["reviewer"].as_str()
        ),
        (Some("verified"), Some(1), Some("amal"))
    );
    let h = &v["history"][0];
    assert_eq!(
        (
            h["reviewer"].as_str(),
            h["action"].as_str(),
            h["note"].as_str()
        ),
        (Some("amal"), Some("verify"), Some("checked the source"))
    );
    assert_eq!(
        (
            h["before"]["status"].as_str(),
            h["after"]["status"].as_str()
        ),
        (Some("machine"), Some("verified"))
    );
    assert!(h["at"].as_str().unwrap().ends_with('Z'));
    // a later write on the version it did not see is refused and changes nothing
    let stale = review(
        addr,
        ids[0],
        json!({"action": "edit", "base": 0, "fields": {"fatalities": 99}}),
        Some(&bilal),
    );
    assert_eq!(
        (stale.status, stale.error_code()),
        (409, "conflict".to_string())
    );
    let now = get(addr, &format!("/api/events/{}", ids[0])).json();
    assert_eq!(
        (
            now["status"].as_str(),
            now["history"].as_array().unwrap().len()
        ),
        (Some("verified"), 1)
    );
    // edit the place of another record, as a click on the map gives it
    let r = review(
        addr,
        ids[1],
        json!({"action": "edit", "base": 0, "fields": {"location": {"name": "Aden", "country": "YE", "lat": 12.8, "lon": 45.03, "precision": "populated_place"}}}),
        Some(&bilal),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    let v = r.json();
    assert_eq!(
        (v["status"].as_str(), v["location"]["lat"].as_f64()),
        (Some("corrected"), Some(12.8))
    );
    assert_eq!(v["history"][0]["after"]["location"]["name"], "Aden");
    // every bad field is named
    for (body, field) in [
        (
            json!({"action": "edit", "base": 1, "fields": {"location": {"lat": 95, "lon": 0}}}),
            "fields.location.lat",
        ),
        (
            json!({"action": "edit", "base": 1, "fields": {"sub_event_type": "bombing"}}),
            "fields.sub_event_type",
        ),
        (
            json!({"action": "edit", "base": 1, "fields": {"fatalities": "many"}}),
            "fields.fatalities",
        ),
        (
            json!({"action": "edit", "base": 1, "fields": {"weather": "rain"}}),
            "fields.weather",
        ),
        (json!({"action": "edit", "base": 1}), "fields"),
        (json!({"action": "reject", "base": 1}), "reason"),
        (json!({"action": "approve", "base": 1}), "action"),
        (json!({"action": "verify"}), "base"),
    ] {
        let r = review(addr, ids[1], body.clone(), Some(&bilal));
        assert_eq!(r.status, 422, "{body}");
        let m = r.json()["error"]["message"].as_str().unwrap().to_string();
        assert!(m.starts_with(&format!("{field}:")), "{body}: {m}");
    }
    assert_eq!(
        review(
            addr,
            999_999_999,
            json!({"action": "verify", "base": 0}),
            Some(&amal)
        )
        .status,
        404
    );
    // reject a third
    let r = review(
        addr,
        ids[2],
        json!({"action": "reject", "base": 0, "reason": "a look back at last year's raid"}),
        Some(&amal),
    );
    assert_eq!(r.json()["status"], "rejected");
    assert_eq!(
        r.json()["history"][0]["note"],
        "a look back at last year's raid"
    );
    // add a missed event from a stretch of an article
    let ev = get(addr, &format!("/api/events/{}", ids[3])).json();
    let aid = ev["article"]["id"].as_i64().unwrap();
    let span = ev["trigger"]["span"].clone();
    let r = post_json(addr, &format!("/api/articles/{aid}/events"), json!({"action": "add", "span": span, "fields": {"sub_event_type": "armed_clash", "fatalities": 2}, "note": "missed"}).to_string().as_bytes(), Some(&amal));
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    let added = r.json();
    assert_eq!(
        (added["status"].as_str(), added["event_type"].as_str()),
        (Some("corrected"), Some("battles"))
    );
    assert_eq!(added["history"][0]["action"], "add");
    assert!(added["history"][0]["before"].is_null());
    let bad = post_json(
        addr,
        &format!("/api/articles/{aid}/events"),
        json!({"span": [5, 1_000_000], "fields": {"sub_event_type": "armed_clash"}})
            .to_string()
            .as_bytes(),
        Some(&amal),
    );
    assert_eq!(bad.status, 422);
    assert!(bad.json()["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("span:"));
    // filters by status and reviewer; the operator's token is a reviewer too
    assert_eq!(
        get(addr, "/api/events?view=reports&status=verified").json()["total"],
        1
    );
    assert_eq!(
        get(addr, "/api/events?view=reports&status=corrected").json()["total"],
        2
    );
    assert_eq!(
        get(
            addr,
            "/api/events?view=reports&status=rejected&reviewer=amal"
        )
        .json()["total"],
        1
    );
    assert_eq!(
        get(addr, "/api/events?view=reports&reviewer=bilal").json()["total"],
        1
    );
    let machine = get(addr, "/api/events?view=reports&status=machine").json()["total"]
        .as_u64()
        .unwrap();
    let all = get(addr, "/api/events?view=reports").json()["total"]
        .as_u64()
        .unwrap();
    assert_eq!(machine + 4, all);
    assert_eq!(
        get(addr, "/api/events?view=reports&status=approved").error_code(),
        "bad_filter"
    );
    assert_eq!(get(addr, "/api/whoami").status, 401);
    let who = request(
        addr,
        "GET",
        "/api/whoami",
        &[("Authorization", &format!("Bearer {bilal}"))],
        b"",
    );
    assert_eq!(who.json()["reviewer"], "bilal");
    let r = review(
        addr,
        ids[0],
        json!({"action": "verify", "base": 1}),
        Some(TOKEN),
    );
    assert_eq!(r.json()["reviewer"], "operator");
    // the audit log: every action that was taken, newest first, none that was refused
    let log = get(addr, "/api/audit").json();
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["verify", "add", "reject", "edit", "verify"]);
    // a removed reviewer's token stops working at once
    assert!(store.remove_reviewer("bilal").unwrap());
    assert_eq!(
        review(
            addr,
            ids[1],
            json!({"action": "verify", "base": 1}),
            Some(&bilal)
        )
        .status,
        403
    );
}

#[test]
fn reviews_are_refused_where_the_server_takes_no_writes() {
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path().join("m.db")).unwrap());
    let addr = start(None, Limits::default(), Some(store));
    let r = review(
        addr,
        1,
        json!({"action": "verify", "base": 0}),
        Some("whatever-token-here"),
    );
    assert_eq!(
        (r.status, r.error_code()),
        (403, "writes_disabled".to_string())
    );
}

#[test]
fn two_reviewers_at_once_on_one_record_one_wins_the_other_is_told() {
    let (addr, _dir, _store, amal, bilal) = with_reviewers();
    let id = get(addr, "/api/events?view=reports&limit=1").json()["events"][0]["id"]
        .as_i64()
        .unwrap();
    let (a, b) = (amal.clone(), bilal.clone());
    let t1 = std::thread::spawn(move || {
        review(
            addr,
            id,
            json!({"action": "edit", "base": 0, "fields": {"fatalities": 1}}),
            Some(&a),
        )
        .status
    });
    let t2 = std::thread::spawn(move || {
        review(
            addr,
            id,
            json!({"action": "edit", "base": 0, "fields": {"fatalities": 2}}),
            Some(&b),
        )
        .status
    });
    let mut st = [t1.join().unwrap(), t2.join().unwrap()];
    st.sort();
    assert_eq!(st, [200, 409]);
    let v = get(addr, &format!("/api/events/{id}")).json();
    assert_eq!(
        (
            v["version"].as_u64(),
            v["history"].as_array().unwrap().len()
        ),
        (Some(1), 1)
    );
}

#[test]
fn a_store_opened_read_only_says_to_restart_rather_than_blame_the_request() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("m.db");
    let token = marsad_store::review::new_token().unwrap();
    {
        let s = SqliteStore::open(&p).unwrap();
        s.add_reviewer(
            "amal",
            &marsad_store::review::token_hash(&token),
            "2026-01-01T00:00:00Z",
        )
        .unwrap();
    }
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open_read_only(&p).unwrap());
    let addr = start(None, Limits::default(), Some(store));
    let r = review(
        addr,
        1,
        json!({"action": "verify", "base": 0}),
        Some(&token),
    );
    assert_eq!(
        (r.status, r.json()["error"]["code"].as_str()),
        (503, Some("store_read_only"))
    );
}

#[test]
fn an_answer_to_a_request_with_a_token_is_not_cached_for_the_next_client() {
    let (addr, _dir, _store, amal, _bilal) = with_reviewers();
    let who = request(
        addr,
        "GET",
        "/api/whoami",
        &[("Authorization", &format!("Bearer {amal}"))],
        b"",
    );
    assert_eq!(who.json()["reviewer"], "amal");
    assert_eq!(
        get(addr, "/api/whoami").status,
        401,
        "the answer for amal went to a client without a token"
    );
    let who = request(
        addr,
        "GET",
        "/api/whoami",
        &[("Authorization", &format!("Bearer {amal}"))],
        b"",
    );
    assert_eq!(who.status, 200, "a 401 for someone else was given to amal");
}

/// A fused event is reviewed as a whole: the action goes to each of its reports (one audit
/// entry a report); the review names each report with the version seen, and a review of
/// reports that changed since is refused with 409; rejecting it takes every report out, so
/// the fused event is gone.
#[test]
fn a_fused_event_is_reviewed_through_its_reports() {
    let (addr, _dir, _store, amal, bilal) = with_reviewers();
    let fused = get(addr, "/api/events?limit=1000").json();
    let all = fused["events"].as_array().unwrap();
    assert!(all.len() >= 2, "{fused}");
    // the fused event of the most reports
    let f = all
        .iter()
        .max_by_key(|f| f["report_count"].as_u64().unwrap())
        .unwrap()
        .clone();
    let other = all.iter().find(|g| g["id"] != f["id"]).unwrap()["reports"][0]["event_id"]
        .as_i64()
        .unwrap();
    let fid = f["id"].as_i64().unwrap();
    let ids: Vec<i64> = f["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["event_id"].as_i64().unwrap())
        .collect();
    let versions = |addr| -> serde_json::Map<String, Value> {
        ids.iter()
            .map(|id| {
                let v = get(addr, &format!("/api/events/{id}")).json()["version"].clone();
                (id.to_string(), v)
            })
            .collect()
    };
    let path = format!("/api/fused/{fid}/review");
    let seen = versions(addr);
    let r = post_json(
        addr,
        &path,
        json!({"action": "verify", "reports": seen})
            .to_string()
            .as_bytes(),
        Some(&amal),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    for rep in r.json()["reports"].as_array().unwrap() {
        assert_eq!(rep["status"], "verified", "{rep}");
        assert_eq!(rep["reviewer"], "amal");
        assert_eq!(rep["fused_id"], fid, "verifying keeps the event");
    }
    for id in &ids {
        let h = get(addr, &format!("/api/events/{id}")).json();
        assert_eq!(h["history"].as_array().unwrap().len(), 1, "{h}");
    }
    // the same versions again: someone (amal) reviewed them since
    let stale = post_json(
        addr,
        &path,
        json!({"action": "reject", "reason": "not one event", "reports": seen})
            .to_string()
            .as_bytes(),
        Some(&bilal),
    );
    assert_eq!((stale.status, stale.error_code()), (409, "conflict".into()));
    // a report of another event named with its own is refused too
    let mut more = versions(addr);
    more.insert(other.to_string(), json!(0));
    let r = post_json(
        addr,
        &path,
        json!({"action": "verify", "reports": more})
            .to_string()
            .as_bytes(),
        Some(&bilal),
    );
    assert_eq!(r.status, 409);
    assert!(r.json()["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("reports:"));
    // no token: 401, as for one record
    let r = post_json(
        addr,
        &path,
        json!({"action": "verify", "reports": versions(addr)})
            .to_string()
            .as_bytes(),
        None,
    );
    assert_eq!(r.status, 401);
    // rejected: every report leaves, the fused event is no more
    let r = post_json(
        addr,
        &path,
        json!({"action": "reject", "reason": "a background sentence", "reports": versions(addr)})
            .to_string()
            .as_bytes(),
        Some(&bilal),
    );
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(get(addr, &format!("/api/fused/{fid}")).status, 404);
    for id in &ids {
        let e = get(addr, &format!("/api/events/{id}")).json();
        assert_eq!(e["status"], "rejected");
        assert!(e["fused_id"].is_null(), "{e}");
    }
}
