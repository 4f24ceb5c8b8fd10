//! Near copies on real store files: which of near copies keeps the events (the original)
//! depends on the set of articles, not on the order they came in; a copy made an original
//! again gets its records back; fusion follows; reviewed articles are never made copies.

use marsad_model::{Article, Event, Span};
use marsad_store::signature::{similarity, MinHash, DUPLICATE_THRESHOLD};
use marsad_store::{
    EventFilter, FusedEvent, PutStatus, Review, ReviewAction, ReviewStatus, SqliteStore, Store,
};
use serde_json::{json, Value};

/// A long text written for these tests: sentences of seven words with two numbers of their
/// own each, so that every run of four words occurs once.
fn words() -> Vec<String> {
    let verbs = ["زار", "رأى", "سجل", "عد", "وصف"];
    let nouns = [
        "الطلاب",
        "المزارعون",
        "العمال",
        "الزوار",
        "المتطوعون",
        "الباحثون",
    ];
    let places = [
        "الحديقة",
        "السوق",
        "المكتبة",
        "الميناء",
        "القرية",
        "المدرسة",
        "الجسر",
    ];
    let mut w = Vec::new();
    for i in 0..60 {
        let s = format!(
            "{} {} {} {} {} في {}",
            1000 + 2 * i,
            nouns[i % nouns.len()],
            verbs[i % verbs.len()],
            places[i % places.len()],
            1001 + 2 * i,
            places[(i + 3) % places.len()]
        );
        w.extend(s.split(' ').map(String::from));
    }
    w
}

/// The text with the words at `at` changed (each to a word of its own, marked by `tag`).
fn edited(base: &[String], at: impl IntoIterator<Item = usize>, tag: &str) -> Vec<String> {
    let mut w = base.to_vec();
    for i in at {
        w[i] = format!("كلمة{tag}{i}");
    }
    w
}

fn sig(w: &[String]) -> MinHash {
    MinHash::of_text(&w.join(" ")).unwrap()
}

fn near(a: &[String], b: &[String]) -> bool {
    let (x, y) = (sig(a), sig(b));
    similarity(&x, &y) >= DUPLICATE_THRESHOLD
        && x.bands().iter().zip(y.bands().iter()).any(|(p, q)| p == q)
}

/// An article: external id, publication day, outlet, its words.
fn article(id: &str, day: &str, outlet: &str, w: &[String]) -> Article {
    Article {
        id: id.into(),
        published: day.parse().unwrap(),
        title: Some(format!("عنوان {id}")),
        source: Some(outlet.into()),
        url: Some(format!("https://{outlet}.example.org/{id}")),
        text: w.join(" "),
    }
}

/// One air strike in Sanaa on 3 August 2015 with its toll, as an article's record.
fn strike(text: &str, killed: u64) -> Event {
    let trig = Span::new(0, 4);
    serde_json::from_value(json!({
        "event_type": "explosions_remote_violence", "sub_event_type": "air_drone_strike",
        "date": {"start": "2015-08-03", "end": "2015-08-03", "precision": "day"},
        "actor1": null, "actor2": null,
        "location": {"text": "صنعاء", "span": [5, 10], "name": "Sanaa", "country": "YE", "admin1": "Amanat Al Asimah",
                     "lat": 15.35, "lon": 44.2, "precision": "populated_place", "gazetteer_id": "t:Sanaa"},
        "fatalities": killed, "injured": null, "claimed_by": null,
        "trigger": {"text": trig.slice(text), "span": [0, 4]},
        "sentence": [0, 30]
    }))
    .unwrap()
}

fn item(a: Article, killed: &[u64]) -> (Article, Vec<Event>) {
    let evs = killed.iter().map(|k| strike(&a.text, *k)).collect();
    (a, evs)
}

/// A fused event without the ids that follow the order of ingest.
fn canonical(f: &FusedEvent) -> Value {
    let mut v = serde_json::to_value(f).unwrap();
    v.as_object_mut().unwrap().remove("id");
    for r in v["reports"].as_array_mut().unwrap() {
        let o = r.as_object_mut().unwrap();
        o.remove("event_id");
        o["article"].as_object_mut().unwrap().remove("id");
    }
    v
}

/// Each article (external id) with the external id of its original and its records.
type Articles = Vec<(String, Option<String>, Vec<Value>)>;

/// What a store holds, ids aside: every article (by external id) with the external id of
/// the article it copies and its records; then the fused events. Checks on the way that
/// every copy is linked to an original and holds no events.
fn state(s: &SqliteStore) -> (Articles, Vec<Value>) {
    let n = s.stats().unwrap().articles as i64;
    let mut arts = Vec::new();
    let mut all = Vec::new();
    for id in 1..=n {
        all.push(s.article(id).unwrap().unwrap());
    }
    for a in &all {
        let of = a.duplicate_of.map(|o| {
            let orig = all.iter().find(|x| x.id == o).unwrap();
            assert_eq!(
                orig.duplicate_of, None,
                "a copy of a copy: {} -> {}",
                a.article.id, orig.article.id
            );
            orig.article.id.clone()
        });
        if of.is_some() {
            assert!(a.events.is_empty(), "copy {} holds events", a.article.id);
        }
        let evs = a
            .events
            .iter()
            .map(|e| {
                let mut v = serde_json::to_value(&e.event).unwrap();
                v["status"] = json!(e.status.as_str());
                v
            })
            .collect();
        arts.push((a.article.id.clone(), of, evs));
    }
    arts.sort_by(|x, y| x.0.cmp(&y.0));
    let mut fused: Vec<Value> = s
        .fused_events(&EventFilter::default())
        .unwrap()
        .events
        .iter()
        .map(canonical)
        .collect();
    fused.sort_by_key(|x| x.to_string());
    s.check().unwrap();
    (arts, fused)
}

fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for p in permutations(n - 1) {
        for i in 0..=p.len() {
            let mut q = p.clone();
            q.insert(i, n - 1);
            out.push(q);
        }
    }
    out
}

fn store(dir: &tempfile::TempDir, name: &str) -> SqliteStore {
    SqliteStore::open(dir.path().join(name)).unwrap()
}

#[test]
fn two_near_copies_in_either_order_leave_the_first_by_day_and_id_the_original() {
    let base = words();
    let other = edited(&base, [5, 90, 200], "ب");
    assert!(near(&base, &other));
    // the same day: the external id decides
    let a = item(article("snn-1", "2015-08-03", "one", &base), &[3]);
    let b = item(article("snn-2", "2015-08-03", "two", &other), &[4]);
    let dir = tempfile::tempdir().unwrap();
    let ab = store(&dir, "ab.db");
    let first = ab.put(&a.0, &a.1).unwrap();
    let second = ab.put(&b.0, &b.1).unwrap();
    assert_eq!(first.status, PutStatus::New);
    assert!(matches!(second.status, PutStatus::Duplicate { of, .. } if of == first.article_id));
    let ba = store(&dir, "ba.db");
    let first = ba.put(&b.0, &b.1).unwrap();
    assert_eq!((first.status, first.events), (PutStatus::New, 1));
    // the article that ranks first comes second: it is the original, the other a copy
    let second = ba.put(&a.0, &a.1).unwrap();
    assert_eq!((second.status, second.events), (PutStatus::New, 1));
    assert_eq!(
        second.others,
        vec![marsad_store::Recast {
            article_id: first.article_id,
            events: 0
        }]
    );
    let copy = ba.article(first.article_id).unwrap().unwrap();
    assert_eq!(copy.duplicate_of, Some(second.article_id));
    assert!(copy.similarity.unwrap() >= DUPLICATE_THRESHOLD);
    let (x, y) = (state(&ab), state(&ba));
    assert_eq!(x, y);
    // the original's toll, not the copy's
    assert_eq!(y.1.len(), 1);
    assert_eq!(y.1[0]["fatalities"]["best"], 3);
    let (sa, sb) = (ab.stats().unwrap(), ba.stats().unwrap());
    assert_eq!(
        (sa.articles, sa.duplicates, sa.events),
        (sb.articles, sb.duplicates, sb.events)
    );
    assert_eq!((sb.duplicates, sb.events), (1, 1));
}

/// A ~ B and B ~ C, A not ~ C, published in that order; D, another story, reports the same
/// strike. In every order: A and C are originals, B a copy of A, and the strike is fused from
/// the reports of A, C and D.
#[test]
fn a_chain_of_near_copies_gives_one_result_in_all_six_orders() {
    let a = words();
    let b = edited(&a, (0..13).map(|k| 3 + 14 * k), "ب");
    let c = edited(&b, (0..13).map(|k| 213 + 14 * k), "ج");
    assert!(near(&a, &b) && near(&b, &c) && !near(&a, &c));
    let d: Vec<String> = words().iter().map(|w| format!("{w}د")).collect();
    let items = [
        item(article("a", "2015-08-03", "one", &a), &[3]),
        item(article("b", "2015-08-04", "two", &b), &[4]),
        item(article("c", "2015-08-05", "three", &c), &[5]),
    ];
    let extra = item(article("d", "2015-08-03", "four", &d), &[6]);
    let dir = tempfile::tempdir().unwrap();
    // the reference: only the articles that must keep their events
    let want = {
        let s = store(&dir, "want.db");
        for (art, evs) in [&items[0], &items[2], &extra] {
            s.put(art, evs).unwrap();
        }
        state(&s).1
    };
    assert_eq!(want.len(), 1);
    assert_eq!(want[0]["report_count"], 3);
    let mut seen = Vec::new();
    for (n, order) in permutations(3).into_iter().enumerate() {
        let s = store(&dir, &format!("o{n}.db"));
        s.put(&extra.0, &extra.1).unwrap();
        for i in &order {
            s.put(&items[*i].0, &items[*i].1).unwrap();
        }
        let st = state(&s);
        let links: Vec<(&str, Option<&str>)> =
            st.0.iter()
                .map(|(id, of, _)| (id.as_str(), of.as_deref()))
                .collect();
        assert_eq!(
            links,
            vec![("a", None), ("b", Some("a")), ("c", None), ("d", None)],
            "order {order:?}"
        );
        assert_eq!(st.1, want, "order {order:?}");
        // putting everything again changes nothing
        let before = s.dump().unwrap();
        for i in &order {
            let o = s.put(&items[*i].0, &items[*i].1).unwrap();
            assert!(
                matches!(o.status, PutStatus::Unchanged | PutStatus::Duplicate { .. }),
                "{o:?}"
            );
            assert!(o.others.is_empty());
        }
        assert_eq!(s.dump().unwrap(), before, "order {order:?}");
        seen.push(st);
    }
    for st in &seen[1..] {
        assert_eq!(st, &seen[0]);
    }
}

/// C, then B (which makes C a copy), then A (which makes B a copy, and C an original again):
/// C's events come back as they were extracted, with the ids they had.
#[test]
fn a_copy_made_an_original_again_gets_its_records_back() {
    let a = words();
    let b = edited(&a, (0..13).map(|k| 3 + 14 * k), "ب");
    let c = edited(&b, (0..13).map(|k| 213 + 14 * k), "ج");
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "c.db");
    let ic = item(article("c", "2015-08-05", "three", &c), &[5, 7]);
    let oc = s.put(&ic.0, &ic.1).unwrap();
    let ids_c: Vec<i64> = s
        .article(oc.article_id)
        .unwrap()
        .unwrap()
        .events
        .iter()
        .map(|e| e.id)
        .collect();
    let ob = s
        .put(
            &article("b", "2015-08-04", "two", &b),
            &[strike(&b.join(" "), 4)],
        )
        .unwrap();
    assert_eq!(
        ob.others,
        vec![marsad_store::Recast {
            article_id: oc.article_id,
            events: 0
        }]
    );
    assert_eq!(s.stats().unwrap().events, 1);
    assert!(s.article(oc.article_id).unwrap().unwrap().events.is_empty());
    let oa = s
        .put(
            &article("a", "2015-08-03", "one", &a),
            &[strike(&a.join(" "), 3)],
        )
        .unwrap();
    let mut others = oa.others.clone();
    others.sort_by_key(|r| r.article_id);
    let mut want = vec![
        marsad_store::Recast {
            article_id: ob.article_id,
            events: 0,
        },
        marsad_store::Recast {
            article_id: oc.article_id,
            events: 2,
        },
    ];
    want.sort_by_key(|r| r.article_id);
    assert_eq!(others, want);
    let back = s.article(oc.article_id).unwrap().unwrap();
    assert_eq!(back.duplicate_of, None);
    assert_eq!(back.events.iter().map(|e| e.id).collect::<Vec<_>>(), ids_c);
    assert_eq!(
        back.events
            .iter()
            .map(|e| e.event.clone())
            .collect::<Vec<_>>(),
        ic.1
    );
    // in the point index and the text index again
    let near_sanaa = s
        .events(&EventFilter {
            near: Some(marsad_store::Near {
                lat: 15.35,
                lon: 44.2,
                km: 5.0,
            }),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(near_sanaa.total, 3);
    let by_text = s
        .events(&EventFilter {
            text: Some("كلمةج213".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(by_text.total, 2);
    // the same as a store that was given them in their order
    let fresh = store(&dir, "fresh.db");
    for (art, evs) in [
        (
            article("a", "2015-08-03", "one", &a),
            vec![strike(&a.join(" "), 3)],
        ),
        (
            article("b", "2015-08-04", "two", &b),
            vec![strike(&b.join(" "), 4)],
        ),
        ic.clone(),
    ] {
        fresh.put(&art, &evs).unwrap();
    }
    assert_eq!(state(&s), state(&fresh));
}

/// The same text at two addresses: the first by day and id is the original whichever came
/// first, and the other a copy with similarity 1.
#[test]
fn the_same_text_at_another_address_is_a_copy_of_the_first_by_day_and_id() {
    let w = words();
    let early = item(article("e", "2015-08-03", "one", &w), &[3]);
    let late = item(article("l", "2015-08-04", "two", &w), &[3]);
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "t.db");
    let l = s.put(&late.0, &late.1).unwrap();
    let e = s.put(&early.0, &early.1).unwrap();
    assert_eq!(e.status, PutStatus::New);
    let copy = s.article(l.article_id).unwrap().unwrap();
    assert_eq!(
        (copy.duplicate_of, copy.similarity),
        (Some(e.article_id), Some(1.0))
    );
    let again = s.put(&late.0, &late.1).unwrap();
    assert_eq!(
        again.status,
        PutStatus::Duplicate {
            of: e.article_id,
            similarity: 1.0
        }
    );
    let other = store(&dir, "t2.db");
    other.put(&early.0, &early.1).unwrap();
    other.put(&late.0, &late.1).unwrap();
    assert_eq!(state(&s), state(&other));
}

/// An original with a reviewed record is never made a copy: a near article that ranks
/// before it becomes its copy instead, and the review, its audit and its fused event stay.
#[test]
fn a_reviewed_original_is_never_made_a_copy() {
    let a = words();
    let b = edited(&a, [5, 90, 200], "ب");
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "r.db");
    let late = s
        .put(
            &article("late", "2015-08-04", "two", &b),
            &[strike(&b.join(" "), 4)],
        )
        .unwrap();
    let eid = late.article_id * 1000;
    s.review(
        eid,
        &Review {
            action: ReviewAction::Verify,
            base: 0,
            reviewer: "amal".into(),
            note: None,
            at: "2026-01-01T00:00:00.000Z".into(),
        },
    )
    .unwrap();
    let early = s
        .put(
            &article("early", "2015-08-03", "one", &a),
            &[strike(&a.join(" "), 3)],
        )
        .unwrap();
    assert!(
        matches!(early.status, PutStatus::Duplicate { of, .. } if of == late.article_id),
        "{early:?}"
    );
    assert!(early.others.is_empty());
    let kept = s.event(eid).unwrap().unwrap();
    assert_eq!((kept.status, kept.version), (ReviewStatus::Verified, 1));
    assert_eq!(s.history(eid).unwrap().len(), 1);
    let f = s.fused(kept.fused_id.unwrap()).unwrap().unwrap();
    assert_eq!(f.report_count, 1);
    assert_eq!(f.fatalities.best, Some(4));
    // and putting the early one again changes nothing
    let before = s.dump().unwrap();
    s.put(
        &article("early", "2015-08-03", "one", &a),
        &[strike(&a.join(" "), 3)],
    )
    .unwrap();
    assert_eq!(s.dump().unwrap(), before);
}

/// A copy whose text changes so that it is near nothing any more becomes an original with
/// the records it came with; its old original is not touched.
#[test]
fn a_copy_whose_text_changes_away_becomes_an_original() {
    let a = words();
    let b = edited(&a, [5, 90, 200], "ب");
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "m.db");
    let oa = s
        .put(
            &article("a", "2015-08-03", "one", &a),
            &[strike(&a.join(" "), 3)],
        )
        .unwrap();
    let ob = s
        .put(
            &article("b", "2015-08-04", "two", &b),
            &[strike(&b.join(" "), 4)],
        )
        .unwrap();
    assert!(matches!(ob.status, PutStatus::Duplicate { .. }));
    let away: Vec<String> = b.iter().map(|w| format!("{w}ه")).collect();
    let again = s
        .put(
            &article("b", "2015-08-04", "two", &away),
            &[strike(&away.join(" "), 4)],
        )
        .unwrap();
    assert_eq!(again.article_id, ob.article_id);
    assert_eq!((again.status, again.events), (PutStatus::Updated, 1));
    let (_, fused) = state(&s);
    assert_eq!(fused.len(), 1);
    assert_eq!(fused[0]["report_count"], 2);
    assert_eq!(s.article(oa.article_id).unwrap().unwrap().events.len(), 1);
}
