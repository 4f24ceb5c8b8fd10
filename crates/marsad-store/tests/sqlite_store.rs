//! The SQLite store on real files: identity, copies, filters, migrations, threads.

use marsad_model::{Article, Event, Span};
use marsad_store::{BBox, EventFilter, Near, PutStatus, SqliteStore, Store, StoreError};
use serde_json::json;
use std::sync::Arc;

// Texts written for these tests.
const STORY: &str = "قالت مصادر محلية إن طائرات حربية شنت غارات جوية على مواقع في أطراف البلدة الشمالية صباح اليوم \
    وأضافت المصادر أن الغارات أسفرت عن مقتل ثلاثة مسلحين وإصابة خمسة آخرين بجروح متفاوتة \
    فيما أعلنت الجماعة المسلحة أنها ستواصل القتال حتى تحقيق أهدافها في المنطقة";

fn article(id: &str, url: Option<&str>, text: &str) -> Article {
    Article {
        id: id.into(),
        published: "2015-08-03".parse().unwrap(),
        title: Some("عنوان تجريبي".into()),
        source: Some("test".into()),
        url: url.map(String::from),
        text: text.into(),
    }
}

fn event(
    text: &str,
    sub: &str,
    day: &str,
    country: &str,
    lat: f64,
    lon: f64,
    actor: &str,
) -> Event {
    let ty = match sub {
        "air_drone_strike" | "shelling_artillery_missile_attack" => "explosions_remote_violence",
        "armed_clash" => "battles",
        _ => "strategic_developments",
    };
    let trig = Span::new(40, 45);
    // the actor is the second and third words of the text
    let w: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(b, _)| text[..b].chars().count())
        .collect();
    let act = Span::new(w[0] + 1, w[2]);
    serde_json::from_value(json!({
        "event_type": ty, "sub_event_type": sub,
        "date": {"start": day, "end": day, "precision": "day"},
        "actor1": {"text": act.slice(text), "canonical": actor, "category": "state_forces", "span": act},
        "actor2": null,
        "location": {"text": "البلدة", "span": [70, 76], "name": "Town", "country": country, "lat": lat, "lon": lon, "precision": "populated_place"},
        "fatalities": 3, "injured": 5, "claimed_by": null,
        "trigger": {"text": trig.slice(text), "span": [40, 45]},
        "sentence": [0, 80]
    }))
    .unwrap()
}

fn open() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open(dir.path().join("sub/marsad.db")).unwrap();
    (dir, s)
}

#[test]
fn put_then_read_back_with_stable_ids() {
    let (_d, s) = open();
    let a = article("a1", Some("https://example.org/1"), STORY);
    let evs = vec![
        event(
            STORY,
            "air_drone_strike",
            "2015-08-03",
            "YE",
            15.35,
            44.2,
            "Saudi-led Coalition",
        ),
        event(
            STORY,
            "armed_clash",
            "2015-08-02",
            "YE",
            15.4,
            44.1,
            "Houthis",
        ),
    ];
    let out = s.put(&a, &evs).unwrap();
    assert_eq!(out.status, PutStatus::New);
    assert_eq!(out.events, 2);
    let got = s.article(out.article_id).unwrap().unwrap();
    assert_eq!(got.article, a);
    assert_eq!(got.events.len(), 2);
    assert_eq!(got.events[0].id, out.article_id * 1000);
    assert_eq!(got.events[1].id, out.article_id * 1000 + 1);
    assert_eq!(got.events[0].event, evs[0]);
    assert_eq!(
        got.events[0].sentence_text.as_deref(),
        Some(Span::new(0, 80).slice(STORY))
    );
    let one = s.event(out.article_id * 1000 + 1).unwrap().unwrap();
    assert_eq!(one.event.sub_event_type, "armed_clash");
    assert_eq!(one.article.url.as_deref(), Some("https://example.org/1"));
    assert!(s.event(999_999).unwrap().is_none());
    assert!(s.article(999).unwrap().is_none());
    // the JSON form carries the record's fields at the top level, with ids
    let v = serde_json::to_value(&one).unwrap();
    assert_eq!(v["sub_event_type"], "armed_clash");
    assert_eq!(v["article"]["id"], out.article_id);
    assert_eq!(
        serde_json::from_value::<marsad_store::StoredEvent>(v).unwrap(),
        one
    );
    assert_eq!(
        serde_json::from_str::<marsad_store::StoredArticle>(&serde_json::to_string(&got).unwrap())
            .unwrap(),
        got
    );
    let o = serde_json::to_value(&out).unwrap();
    assert_eq!(o["status"], "new");
    assert_eq!(
        serde_json::from_value::<marsad_store::PutOutcome>(o).unwrap(),
        out
    );
    s.check().unwrap();
}

#[test]
fn same_url_or_same_text_replaces_and_never_doubles() {
    let (_d, s) = open();
    let a = article("a1", Some("https://example.org/1"), STORY);
    let e1 = event(
        STORY,
        "air_drone_strike",
        "2015-08-03",
        "YE",
        15.35,
        44.2,
        "Saudi-led Coalition",
    );
    let first = s.put(&a, std::slice::from_ref(&e1)).unwrap();
    assert_eq!(
        s.put(&a, std::slice::from_ref(&e1)).unwrap().status,
        PutStatus::Unchanged
    );
    // better extraction next time: the events are replaced, the id stays
    let e2 = event(
        STORY,
        "shelling_artillery_missile_attack",
        "2015-08-03",
        "YE",
        15.35,
        44.2,
        "Houthis",
    );
    let again = s.put(&a, &[e2.clone(), e1.clone()]).unwrap();
    assert_eq!(again.status, PutStatus::Updated);
    assert_eq!(again.article_id, first.article_id);
    let page = s.events(&EventFilter::default()).unwrap();
    assert_eq!(page.total, 2);
    // same text without an address (harakat added): the same article
    let b = article("a1-copy", None, &STORY.replace("غارات", "غاراتٍ"));
    let third = s.put(&b, std::slice::from_ref(&e1)).unwrap();
    assert_eq!(third.article_id, first.article_id);
    assert_eq!(third.status, PutStatus::Updated);
    let st = s.stats().unwrap();
    assert_eq!((st.articles, st.events, st.duplicates), (1, 1, 0));
    // the address is kept when the new copy has none
    assert_eq!(
        s.article(first.article_id)
            .unwrap()
            .unwrap()
            .article
            .url
            .as_deref(),
        Some("https://example.org/1")
    );
}

#[test]
fn copies_are_linked_not_counted_twice() {
    let (_d, s) = open();
    let e = event(
        STORY,
        "air_drone_strike",
        "2015-08-03",
        "YE",
        15.35,
        44.2,
        "Saudi-led Coalition",
    );
    let orig = s
        .put(
            &article("a1", Some("https://one.example/1"), STORY),
            std::slice::from_ref(&e),
        )
        .unwrap();
    // a syndicated copy: another header and footer, another address
    let copy_text = format!("صنعاء - وكالات\n{STORY}\nشارك هذا الخبر");
    let copy = s
        .put(
            &article("b1", Some("https://two.example/9"), &copy_text),
            std::slice::from_ref(&e),
        )
        .unwrap();
    match copy.status {
        PutStatus::Duplicate { of, similarity } => {
            assert_eq!(of, orig.article_id);
            assert!(similarity >= 0.7);
        }
        other => panic!("expected a copy, got {other:?}"),
    }
    assert_eq!(copy.events, 0);
    // the exact text at a third address: a copy too
    let exact = s
        .put(
            &article("c1", Some("https://three.example/x"), STORY),
            std::slice::from_ref(&e),
        )
        .unwrap();
    assert_eq!(
        exact.status,
        PutStatus::Duplicate {
            of: orig.article_id,
            similarity: 1.0
        }
    );
    // re-ingesting a copy keeps it a copy
    let again = s
        .put(
            &article("b1", Some("https://two.example/9"), &copy_text),
            std::slice::from_ref(&e),
        )
        .unwrap();
    assert_eq!(again.article_id, copy.article_id);
    assert!(matches!(again.status, PutStatus::Duplicate { .. }));
    let a = s.article(orig.article_id).unwrap().unwrap();
    assert_eq!(a.duplicates, vec![copy.article_id, exact.article_id]);
    let c = s.article(copy.article_id).unwrap().unwrap();
    assert_eq!(c.duplicate_of, Some(orig.article_id));
    assert!(c.events.is_empty());
    let st = s.stats().unwrap();
    assert_eq!((st.articles, st.duplicates, st.events), (3, 2, 1));
    // an unrelated story is new
    let other = "استضافت المدينة معرضا للكتاب شارك فيه أكثر من مئتي دار نشر من عشرين دولة \
        وشهد المعرض ندوات عن الرواية والشعر وأمسيات ثقافية حضرها جمهور كبير طوال أسبوع";
    assert_eq!(
        s.put(&article("d1", Some("https://four.example/1"), other), &[])
            .unwrap()
            .status,
        PutStatus::New
    );
}

fn ids(s: &SqliteStore, f: EventFilter) -> Vec<i64> {
    let mut v: Vec<i64> = s
        .events(&f)
        .unwrap()
        .events
        .into_iter()
        .map(|e| e.id)
        .collect();
    v.sort();
    v
}

#[test]
fn filters_narrow_the_events() {
    let (_d, s) = open();
    let t2 = "أعلنت قوات الأمن في بيان أنها اعتقلت خلية في حي الميدان بالعاصمة بعد اشتباك قصير مع عناصرها المسلحة \
        وقال المتحدث إن العملية جاءت بعد متابعة استمرت أسابيع وإن التحقيق مستمر لمعرفة ارتباطات الخلية";
    let a = s
        .put(
            &article("a1", Some("https://example.org/1"), STORY),
            &[
                event(
                    STORY,
                    "air_drone_strike",
                    "2015-08-03",
                    "YE",
                    15.35,
                    44.2,
                    "Saudi-led Coalition",
                ),
                event(
                    STORY,
                    "armed_clash",
                    "2015-07-20",
                    "YE",
                    13.0,
                    45.0,
                    "Houthis",
                ),
            ],
        )
        .unwrap()
        .article_id;
    let b = s
        .put(
            &article("b1", Some("https://example.org/2"), t2),
            &[event(
                t2,
                "arrests",
                "2015-08-05",
                "SY",
                34.45,
                40.93,
                "Islamic State",
            )],
        )
        .unwrap()
        .article_id;
    let (a0, a1, b0) = (a * 1000, a * 1000 + 1, b * 1000);
    assert_eq!(ids(&s, EventFilter::default()), vec![a0, a1, b0]);
    let d = |x: &str| Some(x.parse().unwrap());
    assert_eq!(
        ids(
            &s,
            EventFilter {
                from: d("2015-08-01"),
                to: d("2015-08-07"),
                ..Default::default()
            }
        ),
        vec![a0, b0]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                countries: vec!["ye".into()],
                ..Default::default()
            }
        ),
        vec![a0, a1]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                types: vec!["explosions_remote_violence".into()],
                ..Default::default()
            }
        ),
        vec![a0]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                types: vec!["arrests".into(), "armed_clash".into()],
                ..Default::default()
            }
        ),
        vec![a1, b0]
    );
    // 30 km around a point 10 km from the Syrian event, and 200 km that reach no Yemeni one
    assert_eq!(
        ids(
            &s,
            EventFilter {
                near: Some(Near {
                    lat: 34.46,
                    lon: 40.95,
                    km: 30.0
                }),
                ..Default::default()
            }
        ),
        vec![b0]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                near: Some(Near {
                    lat: 34.46,
                    lon: 40.95,
                    km: 1.0
                }),
                ..Default::default()
            }
        ),
        Vec::<i64>::new()
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                bbox: Some(BBox {
                    min_lon: 43.0,
                    min_lat: 12.0,
                    max_lon: 46.0,
                    max_lat: 16.0
                }),
                ..Default::default()
            }
        ),
        vec![a0, a1]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                actor: Some("islamic state".into()),
                ..Default::default()
            }
        ),
        vec![b0]
    );
    // folded words: actor text with harakat, and full text with a clitic and harakat
    assert_eq!(
        ids(
            &s,
            EventFilter {
                actor: Some("قُوّات الأمن".into()),
                ..Default::default()
            }
        ),
        vec![b0]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                text: Some("المَيدان".into()),
                ..Default::default()
            }
        ),
        vec![b0]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                text: Some("الغارات الجوية".into()),
                ..Default::default()
            }
        ),
        vec![a0, a1]
    );
    assert_eq!(
        ids(
            &s,
            EventFilter {
                text: Some("غارات معرض".into()),
                ..Default::default()
            }
        ),
        Vec::<i64>::new()
    );
    // words that look like FTS syntax are words
    assert_eq!(
        ids(
            &s,
            EventFilter {
                text: Some("NEAR(\"x\" OR".into()),
                ..Default::default()
            }
        ),
        Vec::<i64>::new()
    );
    assert!(matches!(
        s.events(&EventFilter {
            text: Some("!!".into()),
            ..Default::default()
        }),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        s.events(&EventFilter {
            bbox: Some(BBox {
                min_lon: 1.0,
                min_lat: 5.0,
                max_lon: 2.0,
                max_lat: 1.0
            }),
            ..Default::default()
        }),
        Err(StoreError::Invalid(_))
    ));
    // west > east: a box across the antimeridian, from 40 E eastward to 170 W
    let bbox = |min_lon, max_lon| EventFilter {
        bbox: Some(BBox {
            min_lon,
            min_lat: -90.0,
            max_lon,
            max_lat: 90.0,
        }),
        ..Default::default()
    };
    let east_of_40 = ids(&s, bbox(40.0, 180.0));
    assert!(!east_of_40.is_empty());
    assert_eq!(ids(&s, bbox(40.0, -170.0)), east_of_40);
    assert_eq!(ids(&s, bbox(179.0, -179.0)), Vec::<i64>::new());
    assert_eq!(
        ids(
            &s,
            EventFilter {
                countries: vec!["YE".into()],
                text: Some("البلدة".into()),
                near: Some(Near {
                    lat: 15.3,
                    lon: 44.2,
                    km: 50.0
                }),
                ..Default::default()
            }
        ),
        vec![a0]
    );
    // pages: newest first, total ignores the limit
    let p = s
        .events(&EventFilter {
            limit: Some(1),
            offset: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(p.total, 3);
    assert_eq!(p.events.iter().map(|e| e.id).collect::<Vec<_>>(), vec![a0]);
    let mut seen = Vec::new();
    s.for_each_event(&EventFilter::default(), &mut |e| {
        seen.push(e.event.date.range.start.to_string());
        Ok(())
    })
    .unwrap();
    assert_eq!(seen, ["2015-07-20", "2015-08-03", "2015-08-05"]);
    let st = s.stats().unwrap();
    assert_eq!(st.events, 3);
    assert_eq!(st.by_country[0].key, "YE");
    assert_eq!(
        st.by_week
            .iter()
            .map(|c| c.key.as_str())
            .collect::<Vec<_>>(),
        ["2015-W30", "2015-W32"]
    );
    assert_eq!(st.first_date, d("2015-07-20"));
}

#[test]
fn reopens_migrates_and_refuses_newer_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("m.db");
    {
        let s = SqliteStore::open(&p).unwrap();
        s.put(&article("a1", None, STORY), &[]).unwrap();
    }
    let s = SqliteStore::open(&p).unwrap();
    assert_eq!(s.stats().unwrap().articles, 1);
    assert_eq!(
        s.stats().unwrap().schema_version,
        marsad_store::SCHEMA_VERSION
    );
    drop(s);
    let c = rusqlite_free_bump(&p);
    assert!(c);
    assert!(matches!(
        SqliteStore::open(&p),
        Err(StoreError::SchemaTooNew { found: 99, .. })
    ));
    assert!(matches!(
        SqliteStore::open_read_only(&p),
        Err(StoreError::SchemaTooNew { .. })
    ));
    assert!(SqliteStore::open_read_only(dir.path().join("none.db")).is_err());
}

/// Set the file's schema version to 99, as a newer marsad would (through the header bytes
/// SQLite documents: the user version is the big-endian u32 at offset 60), after checkpointing.
fn rusqlite_free_bump(p: &std::path::Path) -> bool {
    // the WAL was checkpointed when the last connection closed
    let mut b = std::fs::read(p).unwrap();
    b[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(p, b).unwrap();
    true
}

#[test]
fn readers_in_threads_while_the_writer_writes() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("m.db");
    let w = Arc::new(SqliteStore::open(&p).unwrap());
    // a server holds the store as a trait object
    let r: Arc<dyn Store> = Arc::new(SqliteStore::open_read_only(&p).unwrap());
    assert!(r.put(&article("x", None, STORY), &[]).is_err());
    let writer = {
        let w = w.clone();
        std::thread::spawn(move || {
            for i in 0..40 {
                let t = format!("{STORY} رقم {i} {}", "كلمة ".repeat(i));
                let e = event(
                    &t,
                    "air_drone_strike",
                    "2015-08-03",
                    "YE",
                    15.35,
                    44.2,
                    "Saudi-led Coalition",
                );
                w.put(
                    &article(
                        &format!("a{i}"),
                        Some(&format!("https://example.org/{i}")),
                        &t,
                    ),
                    &[e],
                )
                .unwrap();
            }
        })
    };
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (r, w) = (r.clone(), w.clone());
            std::thread::spawn(move || {
                let mut last = 0;
                for _ in 0..50 {
                    let n = r
                        .events(&EventFilter {
                            countries: vec!["YE".into()],
                            ..Default::default()
                        })
                        .unwrap()
                        .total;
                    assert!(n >= last, "counts only grow");
                    last = n;
                    w.stats().unwrap();
                }
            })
        })
        .collect();
    writer.join().unwrap();
    for h in readers {
        h.join().unwrap();
    }
    // most are copies of the first (same story, a few words more), none is lost
    let st = r.stats().unwrap();
    assert_eq!(st.articles, 40);
    assert_eq!(st.events + st.duplicates, 40);
    w.check().unwrap();
}

/// Two ingests that create the same new store at once: each reads the schema version, and
/// when that read happened outside the write transaction both saw 0 and the second ran the
/// first migration again ("table articles already exists"). Several rounds of four openers
/// released together; every open must succeed and the schema must be whole.
#[test]
fn concurrent_creators_of_a_new_store_read_its_version_inside_the_write_transaction() {
    for round in 0..12 {
        let dir = tempfile::tempdir().unwrap();
        let p = Arc::new(dir.path().join("new.db"));
        let gate = Arc::new(std::sync::Barrier::new(4));
        let openers: Vec<_> = (0..4)
            .map(|_| {
                let (p, gate) = (p.clone(), gate.clone());
                std::thread::spawn(move || {
                    gate.wait();
                    SqliteStore::open(p.as_path()).map(|s| s.stats().map(|st| st.schema_version))
                })
            })
            .collect();
        for h in openers {
            match h.join().unwrap() {
                Ok(Ok(v)) => assert_eq!(v, marsad_store::SCHEMA_VERSION),
                Ok(Err(e)) | Err(e) => panic!("round {round}: a concurrent open failed: {e}"),
            }
        }
        SqliteStore::open_read_only(p.as_path())
            .unwrap()
            .check()
            .unwrap();
    }
}
