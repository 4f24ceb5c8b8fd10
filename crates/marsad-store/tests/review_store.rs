//! Reviews in the SQLite store, on real files: a reviewed record survives its article's
//! re-extraction, stale reviews are refused, the audit log cannot be rewritten.

use marsad_model::{Article, Event, Span};
use marsad_store::{
    EventFilter, NewEvent, PutStatus, Review, ReviewAction, ReviewStatus, SqliteStore, Store,
    StoreError,
};
use serde_json::json;

// A text written for these tests.
const TEXT: &str = "قالت مصادر محلية إن طائرات حربية شنت غارات جوية على مواقع في أطراف البلدة صباح اليوم وأسفرت عن مقتل ثلاثة مسلحين";

fn article() -> Article {
    Article {
        id: "r1".into(),
        published: "2015-08-03".parse().unwrap(),
        title: None,
        source: None,
        url: Some("https://example.org/r1".into()),
        text: TEXT.into(),
    }
}

fn event(fatalities: u64, lat: f64) -> Event {
    let trig = Span::new(34, 37);
    serde_json::from_value(json!({
        "event_type": "explosions_remote_violence", "sub_event_type": "air_drone_strike",
        "date": {"start": "2015-08-03", "end": "2015-08-03", "precision": "day"},
        "actor1": null, "actor2": null,
        "location": {"text": "البلدة", "span": [68, 74], "name": "Town", "country": "YE", "lat": lat, "lon": 44.2, "precision": "populated_place"},
        "fatalities": fatalities, "injured": null, "claimed_by": null,
        "trigger": {"text": trig.slice(TEXT), "span": [34, 37]},
    }))
    .unwrap()
}

fn review(action: ReviewAction, base: u64, who: &str) -> Review {
    Review {
        action,
        base,
        reviewer: who.into(),
        note: None,
        at: "2026-01-01T00:00:00.000Z".into(),
    }
}

fn edit(f: serde_json::Value) -> ReviewAction {
    ReviewAction::Edit {
        fields: f.as_object().unwrap().clone(),
    }
}

#[test]
fn a_reviewed_record_survives_re_extraction_and_shows_where_the_machine_disagrees() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open(dir.path().join("m.db")).unwrap();
    let out = s
        .put(&article(), &[event(3, 15.35), event(1, 15.0)])
        .unwrap();
    let (e0, e1) = (out.article_id * 1000, out.article_id * 1000 + 1);
    let r = s
        .review(e0, &review(edit(json!({"fatalities": 5})), 0, "amal"))
        .unwrap();
    assert_eq!(
        (r.status, r.version, r.event.fatalities),
        (ReviewStatus::Corrected, 1, Some(5))
    );
    s.review(
        e1,
        &review(
            ReviewAction::Reject {
                reason: "a look back".into(),
            },
            0,
            "amal",
        ),
    )
    .unwrap();
    // the same extraction again: nothing changes
    assert_eq!(
        s.put(&article(), &[event(3, 15.35), event(1, 15.0)])
            .unwrap()
            .status,
        PutStatus::Unchanged
    );
    // a new extraction that says 2 dead at another point: the reviewer's 5 stays, marked
    let out = s
        .put(&article(), &[event(2, 15.5), event(1, 15.0)])
        .unwrap();
    assert_eq!(out.status, PutStatus::Updated);
    let got = s.event(e0).unwrap().unwrap();
    assert_eq!(
        (got.status, got.event.fatalities, got.version),
        (ReviewStatus::Corrected, Some(5), 1)
    );
    assert_eq!(got.event.location.as_ref().unwrap().lat, Some(15.35));
    assert_eq!(got.machine_disagrees, vec!["location", "fatalities"]);
    assert_eq!(s.event(e1).unwrap().unwrap().status, ReviewStatus::Rejected);
    assert!(s.event(e1).unwrap().unwrap().machine_disagrees.is_empty());
    // the filters read the reviewer's values
    let f = |st: ReviewStatus| EventFilter {
        statuses: vec![st],
        ..Default::default()
    };
    assert_eq!(s.events(&f(ReviewStatus::Corrected)).unwrap().total, 1);
    assert_eq!(s.events(&f(ReviewStatus::Machine)).unwrap().total, 0);
    // the machine no longer finds the event: it stays, marked
    s.put(&article(), &[]).unwrap();
    let got = s.event(e0).unwrap().unwrap();
    assert_eq!(
        (got.event.fatalities, got.machine_disagrees.clone()),
        (Some(5), vec!["event".to_string()])
    );
    assert_eq!(s.history(e0).unwrap().len(), 1);
    s.check().unwrap();
}

#[test]
fn a_review_of_an_older_version_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open(dir.path().join("m.db")).unwrap();
    let id = s.put(&article(), &[event(3, 15.35)]).unwrap().article_id * 1000;
    s.review(id, &review(edit(json!({"fatalities": 4})), 0, "amal"))
        .unwrap();
    let e = s
        .review(id, &review(edit(json!({"fatalities": 9})), 0, "bilal"))
        .unwrap_err();
    assert!(
        matches!(
            e,
            StoreError::Conflict {
                current: 1,
                base: 0
            }
        ),
        "{e}"
    );
    assert_eq!(s.event(id).unwrap().unwrap().event.fatalities, Some(4));
    assert_eq!(s.history(id).unwrap().len(), 1);
    // the later reviewer, on the version they now see
    let r = s
        .review(id, &review(ReviewAction::Verify, 1, "bilal"))
        .unwrap();
    assert_eq!(
        (r.status, r.version, r.reviewer.as_deref()),
        (ReviewStatus::Corrected, 2, Some("bilal"))
    );
}

#[test]
fn verify_edit_back_and_add_give_the_statuses_they_should() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open(dir.path().join("m.db")).unwrap();
    let aid = s.put(&article(), &[event(3, 15.35)]).unwrap().article_id;
    let id = aid * 1000;
    assert_eq!(
        s.review(id, &review(ReviewAction::Verify, 0, "a"))
            .unwrap()
            .status,
        ReviewStatus::Verified
    );
    assert_eq!(
        s.review(id, &review(edit(json!({"fatalities": 4})), 1, "a"))
            .unwrap()
            .status,
        ReviewStatus::Corrected
    );
    // set back to the machine's value: verified again
    assert_eq!(
        s.review(id, &review(edit(json!({"fatalities": 3})), 2, "a"))
            .unwrap()
            .status,
        ReviewStatus::Verified
    );
    let bad = s
        .review(
            id,
            &review(edit(json!({"location": {"lat": 91, "lon": 0}})), 3, "a"),
        )
        .unwrap_err();
    assert!(bad.to_string().contains("fields.location.lat"), "{bad}");
    let added = s
        .add_event(
            aid,
            &NewEvent {
                span: Span::new(80, 84),
                fields: json!({"sub_event_type": "armed_clash", "fatalities": 3})
                    .as_object()
                    .unwrap()
                    .clone(),
                reviewer: "a".into(),
                note: Some("missed".into()),
                at: "2026-01-01T00:00:00.000Z".into(),
            },
        )
        .unwrap();
    assert_eq!(added.id, aid * 1000 + 999);
    assert_eq!(
        (added.status, added.event.event_type.as_str()),
        (ReviewStatus::Corrected, "battles")
    );
    assert_eq!(added.event.trigger.text, Span::new(80, 84).slice(TEXT));
    let h = s.history(added.id).unwrap();
    assert_eq!(
        (h.len(), h[0].action.as_str(), h[0].before.is_null()),
        (1, "add", true)
    );
    // re-extraction keeps the added record
    s.put(&article(), &[event(2, 15.35)]).unwrap();
    assert!(s.event(added.id).unwrap().is_some());
    assert_eq!(s.audit_log(10).unwrap().len(), 4);
}

#[test]
fn the_audit_log_cannot_be_rewritten_and_tokens_are_stored_hashed() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("m.db");
    let s = SqliteStore::open(&p).unwrap();
    let id = s.put(&article(), &[event(3, 15.35)]).unwrap().article_id * 1000;
    s.review(id, &review(ReviewAction::Verify, 0, "a")).unwrap();
    let token = marsad_store::review::new_token().unwrap();
    s.add_reviewer(
        "amal",
        &marsad_store::review::token_hash(&token),
        "2026-01-01T00:00:00Z",
    )
    .unwrap();
    assert!(
        s.add_reviewer("amal", "x", "2026").is_err(),
        "names are unique"
    );
    assert_eq!(
        s.reviewer_by_token_hash(&marsad_store::review::token_hash(&token))
            .unwrap()
            .as_deref(),
        Some("amal")
    );
    drop(s);
    let c = rusqlite::Connection::open(&p).unwrap();
    assert!(c.execute("UPDATE audit SET reviewer = 'x'", []).is_err());
    assert!(c.execute("DELETE FROM audit", []).is_err());
    let n: i64 = c
        .query_row(
            "SELECT count(*) FROM reviewers WHERE token_hash = ?1",
            [&token],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0, "the token itself is not stored");
}

#[test]
fn a_review_keeps_the_columns_of_the_row_it_does_not_write() {
    // another part of the store may keep its own column on an event row (a link to a fused
    // event, say): a review rewrites the record's columns only
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("m.db");
    let s = SqliteStore::open(&p).unwrap();
    let aid = s.put(&article(), &[event(3, 15.35)]).unwrap().article_id;
    let c = rusqlite::Connection::open(&p).unwrap();
    c.execute_batch("ALTER TABLE events ADD COLUMN extra TEXT; UPDATE events SET extra = 'kept'")
        .unwrap();
    s.review(aid * 1000, &review(edit(json!({"fatalities": 4})), 0, "a"))
        .unwrap();
    let extra: Option<String> = c
        .query_row(
            "SELECT extra FROM events WHERE id = ?1",
            [aid * 1000],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(extra.as_deref(), Some("kept"));
    assert_eq!(
        s.event(aid * 1000).unwrap().unwrap().event.fatalities,
        Some(4)
    );
    s.review(aid * 1000, &review(ReviewAction::Verify, 1, "a"))
        .unwrap();
    let extra: Option<String> = c
        .query_row(
            "SELECT extra FROM events WHERE id = ?1",
            [aid * 1000],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        extra.as_deref(),
        Some("kept"),
        "a second review keeps it too"
    );
}
