//! Data-driven extraction cases from `testdata/cases.txt`.

use marsad_extract::Extractor;
use marsad_model::Article;

struct Case {
    line: usize,
    published: String,
    text: String,
    expects: Vec<(String, String)>,
}

fn cases() -> Vec<Case> {
    let src = include_str!("../testdata/cases.txt");
    let mut out: Vec<Case> = Vec::new();
    for (n, l) in src.lines().enumerate() {
        let l = l.trim();
        if l.starts_with('#') || l.is_empty() {
            continue;
        }
        if let Some(p) = l.strip_prefix("== published ") {
            out.push(Case {
                line: n + 1,
                published: p.trim().into(),
                text: String::new(),
                expects: vec![],
            });
        } else if let Some((k, v)) = l.split_once(": ").filter(|(k, _)| {
            matches!(
                *k,
                "expect"
                    | "fatalities"
                    | "tolls"
                    | "injured"
                    | "date"
                    | "actor"
                    | "events"
                    | "place"
                    | "country"
                    | "not-place"
            )
        }) {
            out.last_mut()
                .unwrap()
                .expects
                .push((k.into(), v.trim().into()));
        } else if l == "none" {
            out.last_mut()
                .unwrap()
                .expects
                .push(("none".into(), String::new()));
        } else if let Some((k, _)) = l
            .split_once(':')
            .filter(|(k, _)| k.is_ascii() && !k.contains(' '))
        {
            panic!("testdata/cases.txt:{}: unknown expectation {k}", n + 1);
        } else {
            let c = out.last_mut().unwrap();
            if !c.text.is_empty() {
                c.text.push('\n');
            }
            c.text.push_str(l);
        }
    }
    out
}

#[test]
fn cases_from_testdata() {
    let x = Extractor::embedded();
    let mut failures = Vec::new();
    for c in cases() {
        let art = Article {
            id: format!("case-{}", c.line),
            published: c.published.parse().unwrap(),
            title: None,
            source: None,
            url: None,
            text: c.text.clone(),
        };
        let evs: Vec<_> = x.extract(&art).into_iter().map(|e| e.event).collect();
        // every span is the exact slice
        for e in &evs {
            assert_eq!(e.trigger.span.slice(&c.text), e.trigger.text);
            for a in [&e.actor1, &e.actor2].into_iter().flatten() {
                assert_eq!(a.span.slice(&c.text), a.text);
            }
            if let Some(l) = &e.location {
                assert_eq!(l.span.slice(&c.text), l.text);
            }
        }
        for (k, v) in &c.expects {
            let ok = match k.as_str() {
                "none" => evs.is_empty(),
                "expect" => evs
                    .iter()
                    .any(|e| format!("{}/{}", e.event_type, e.sub_event_type) == *v),
                // a count, or `none` where the first event has no toll of that kind
                "fatalities" => {
                    evs.first()
                        .map(|e| e.fatalities.map_or("none".into(), |f| f.to_string()))
                        == Some(v.clone())
                }
                // every event's dead in text order, `none` for no toll: «none 1»
                "tolls" => {
                    evs.iter()
                        .map(|e| e.fatalities.map_or("none".into(), |f| f.to_string()))
                        .collect::<Vec<String>>()
                        .join(" ")
                        == *v
                }
                "injured" => {
                    evs.first()
                        .map(|e| e.injured.map_or("none".into(), |f| f.to_string()))
                        == Some(v.clone())
                }
                "date" => evs.first().map(|e| e.date.range.start.to_string()) == Some(v.clone()),
                "actor" => evs.iter().any(|e| {
                    [&e.actor1, &e.actor2]
                        .into_iter()
                        .flatten()
                        .any(|a| a.canonical == *v)
                }),
                "events" => evs.len().to_string() == *v,
                "country" => evs.iter().any(|e| {
                    e.location.as_ref().and_then(|l| l.country.as_deref()) == Some(v.as_str())
                }),
                "place" => evs.iter().any(|e| {
                    e.location.as_ref().and_then(|l| l.name.as_deref()) == Some(v.as_str())
                }),
                // an event must be there for its place to be tested
                "not-place" => {
                    !evs.is_empty()
                        && !evs.iter().any(|e| {
                            e.location.as_ref().is_some_and(|l| {
                                // the place's words among these, or these among its words
                                !l.text.is_empty() && (v.contains(&l.text) || l.text.contains(v))
                            })
                        })
                }
                other => panic!("testdata/cases.txt:{}: unknown expectation {other}", c.line),
            };
            if !ok {
                failures.push(format!(
                    "testdata/cases.txt:{}: expected {k} {v}; got {:?}",
                    c.line,
                    evs.iter()
                        .map(|e| format!(
                            "{}/{} f={:?} i={:?} d={} a1={:?} a2={:?}",
                            e.event_type,
                            e.sub_event_type,
                            e.fatalities,
                            e.injured,
                            e.date.range.start,
                            e.actor1.as_ref().map(|a| &a.canonical),
                            e.actor2.as_ref().map(|a| &a.canonical)
                        ))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
