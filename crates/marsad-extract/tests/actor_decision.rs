//! The actor decision: which of an event's candidate actors is each of its sides.

use marsad_extract::decide::{actor_options, actor_scores, choose_actors, Model};
use marsad_extract::Extractor;
use marsad_model::Article;

mod common;

fn article(text: &str) -> Article {
    Article {
        id: "actor-case".into(),
        published: "2018-05-02".parse().unwrap(),
        title: None,
        source: None,
        url: None,
        text: text.into(),
    }
}

/// A sentence of our own: a source, an attacker and a target, one air strike.
const STRIKE: &str = "قال ناشطون إن طائرات حربية روسية قصفت أمس مواقع لتنظيم داعش في ريف دير الزور، ما أدى إلى مقتل 12 مسلحا.";

#[test]
fn every_candidate_actor_is_offered_with_the_rules_roles_marked() {
    let x = Extractor::embedded().without_decisions();
    let text = STRIKE;
    let evs = x.extract(&article(text));
    let e = evs.first().expect("an air strike");
    let names: Vec<&str> = e.actors.iter().map(|c| c.actor.text.as_str()).collect();
    for want in ["ناشطون", "طائرات حربية روسية", "تنظيم داعش"] {
        assert!(names.contains(&want), "{want} among {names:?}");
    }
    // the rules' roles are marked on the candidates that are the rules' actors
    for (role, a) in [(1, &e.event.actor1), (2, &e.event.actor2)] {
        let a = a.as_ref().expect("the rules name both sides here");
        let c = e.actors.iter().find(|c| c.rules == role).expect("marked");
        assert_eq!(c.actor.canonical, a.canonical);
        assert!(c.feats.iter().any(|f| *f == format!("rules={role}")));
    }
    // every candidate's span is the exact slice of the text
    let chars: Vec<char> = text.chars().collect();
    for c in &e.actors {
        let got: String = chars[c.actor.span.start..c.actor.span.end].iter().collect();
        assert_eq!(got, c.actor.text);
        assert!(c.feats.iter().any(|f| f.starts_with("where=")));
    }
    // each side's options: every candidate with the side's prefix, and "no actor" last
    let opts = actor_options(e, 2, Some(0));
    assert_eq!(opts.len(), e.actors.len());
    assert!(opts.iter().all(|(i, _)| *i != Some(0)));
    assert_eq!(opts.last().unwrap().0, None);
    assert!(opts
        .iter()
        .all(|(_, f)| f.iter().all(|x| x.starts_with("2|"))));
}

#[test]
fn a_model_sets_each_side_to_the_option_it_scores_highest_and_says_why() {
    let x = Extractor::embedded().without_decisions();
    let evs = x.extract(&article(STRIKE));
    let e0 = evs[0].clone();
    let daesh = e0
        .actors
        .iter()
        .position(|c| c.actor.canonical == "Islamic State")
        .expect("a candidate");
    // a model that favours Daesh as actor1 makes it actor1; actor2 is chosen among the others
    let toy = Model::parse("# bias 0\n# threshold 0.5\n1|favoured\t3.0\n2|none\t2.0\n").unwrap();
    let mut e = e0.clone();
    e.actors[daesh].feats.push("favoured".into());
    choose_actors(&toy, &mut e);
    assert_eq!(
        e.event.actor1.as_ref().map(|a| a.canonical.as_str()),
        Some("Islamic State")
    );
    // ... and "no actor" scores highest for actor2
    assert_eq!(e.event.actor2, None);
    assert!(e
        .why
        .iter()
        .any(|w| w.starts_with("actor decision: actor1 «تنظيم داعش»")
            && w.contains("1|favoured +3.00")));
    assert!(e
        .why
        .iter()
        .any(|w| w.starts_with("actor decision: actor2 none")));
    // a model that favours nothing leaves the rules' actors (ties go to the rules)
    let flat = Model::parse("# bias 0\n# threshold 0.5\nunused\t1.0\n").unwrap();
    let mut e = e0.clone();
    choose_actors(&flat, &mut e);
    assert_eq!(e.event.actor1, e0.event.actor1);
    assert_eq!(e.event.actor2, e0.event.actor2);
    assert!(!e.why.iter().any(|w| w.starts_with("actor decision")));
}

#[test]
fn the_embedded_actor_model_is_trained() {
    assert!(Model::embedded_actor().is_trained());
}

/// The source of a report («قال ناشطون») is not a side of the event: the rules took it for the
/// side acted on; the embedded decision takes the group the strike hit.
#[test]
fn the_embedded_decision_does_not_take_the_source_for_a_side() {
    let evs = Extractor::embedded().extract(&article(STRIKE));
    let e = evs.first().expect("an air strike");
    let sides: Vec<&str> = [&e.event.actor1, &e.event.actor2]
        .iter()
        .filter_map(|a| a.as_ref().map(|a| a.text.as_str()))
        .collect();
    assert_eq!(sides, ["طائرات حربية روسية", "تنظيم داعش"], "{:#?}", e.why);
}

/// An article longer than a part is read part by part; the actor candidates of a later part
/// point into the whole text, as the event's own spans do.
#[test]
fn actor_candidates_of_a_later_part_point_into_the_whole_text() {
    let (chars, late) = common::later_part_candidates(STRIKE);
    assert!(!late.is_empty(), "the last paragraph's air strike");
    for e in late {
        assert!(e.actors.len() >= 2);
        for c in &e.actors {
            let sp = c.actor.span;
            let got: String = chars[sp.start..sp.end].iter().collect();
            assert_eq!(got, c.actor.text, "candidate actor span {sp:?}");
        }
    }
}

/// The extraction scores each side's options without building their feature lists
/// (`actor_scores`); `marsad train` measures the decision on the lists (`actor_options`, then
/// `Model::linear`). The two must give the same scores, or train measures another decision
/// than the one the binary makes.
#[test]
fn the_scores_without_feature_lists_are_the_scores_of_the_lists() {
    let x = Extractor::embedded().without_decisions();
    let evs = x.extract(&article(STRIKE));
    let e = evs.first().expect("an air strike");
    let m = Model::embedded_actor();
    assert!(m.is_trained(), "the committed actor decision has weights");
    for (role, without) in [(1, None), (2, None), (2, Some(0)), (2, Some(1))] {
        let fast = actor_scores(m, e, role, without);
        let opts = actor_options(e, role, without);
        assert_eq!(fast.len(), opts.len(), "one score per option");
        for (z, (i, f)) in fast.iter().zip(&opts) {
            let slow = m.linear(f);
            assert!(
                (z - slow).abs() < 1e-9,
                "side {role} without {without:?}, option {i:?}: {z} against {slow}"
            );
        }
    }
}
