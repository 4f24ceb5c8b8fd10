//! The place decision: which of an event's candidate places it happened at.

use marsad_extract::decide::{choose_place, Model};
use marsad_extract::Extractor;
use marsad_model::Article;

mod common;

fn article(text: &str) -> Article {
    Article {
        id: "place-case".into(),
        published: "2015-08-07".parse().unwrap(),
        title: None,
        source: None,
        url: None,
        text: text.into(),
    }
}

#[test]
fn every_candidate_place_is_offered_with_the_rules_choice_marked() {
    let x = Extractor::embedded().without_decisions();
    let evs = x.extract(&article(
        "شنت طائرات التحالف أمس غارات على مواقع في مدينة صعدة، وقالت مصادر إن الغارات طالت قرية ساقين في المحافظة.",
    ));
    let e = evs.first().expect("an air strike");
    assert!(
        e.places.len() >= 2,
        "{:?}",
        e.places
            .iter()
            .map(|c| &c.location.text)
            .collect::<Vec<_>>()
    );
    assert_eq!(e.places.iter().filter(|c| c.rules).count(), 1);
    let rules = e.places.iter().find(|c| c.rules).unwrap();
    assert_eq!(Some(&rules.location), e.event.location.as_ref());
    assert!(rules.feats.iter().any(|f| f == "rules"));
    assert!(e
        .places
        .iter()
        .all(|c| c.feats.iter().any(|f| f.starts_with("where="))));
}

#[test]
fn the_model_moves_the_event_to_the_place_it_scores_highest_and_says_why() {
    let x = Extractor::embedded().without_decisions();
    let evs = x.extract(&article(
        "شنت طائرات التحالف أمس غارات على مواقع في مدينة صعدة، وقالت مصادر إن الغارات طالت قرية ساقين في المحافظة.",
    ));
    let toy = Model::parse("# bias 0\n# threshold 0.5\nfavoured\t3.0\n").unwrap();
    // a model that favours another place than the rules' moves the event there
    let mut e = evs[0].clone();
    let other = e.places.iter().position(|c| !c.rules).unwrap();
    e.places[other].feats.push("favoured".into());
    choose_place(&toy, &mut e);
    assert_eq!(e.event.location.as_ref(), Some(&e.places[other].location));
    assert!(e
        .why
        .iter()
        .any(|w| w.starts_with("place decision: «") && w.contains("favoured +3.00")));
    // ...and names the likeliest of the others, the rules' place among them
    let rules_text = &evs[0].event.location.as_ref().unwrap().text;
    assert!(e.why.iter().any(
        |w| w.starts_with("place decision: «") && w.contains(&format!("next: «{rules_text}»"))
    ));
    // one that favours the rules' place (or nothing) leaves it
    let mut e = evs[0].clone();
    let before = e.event.location.clone();
    choose_place(&toy, &mut e);
    assert_eq!(e.event.location, before);
    assert!(e
        .why
        .iter()
        .any(|w| w.starts_with("place decision: the rules' place")));
}

#[test]
fn the_embedded_place_model_is_trained() {
    assert!(Model::embedded_place().is_trained());
}

/// An article longer than a part is read part by part; the place candidates of a later part
/// must point into the whole text, as the event's own spans do (they were left relative to
/// their part).
#[test]
fn place_candidates_of_a_later_part_point_into_the_whole_text() {
    let para = "شنت طائرات التحالف أمس غارات على مواقع في مدينة صعدة، وقالت مصادر إن الغارات طالت قرية ساقين في المحافظة.";
    let (chars, late) = common::later_part_candidates(para);
    assert!(!late.is_empty(), "the last paragraph's air strike");
    for e in late {
        assert!(e.places.len() >= 2);
        for c in &e.places {
            let sp = c.location.span;
            let got: String = chars[sp.start..sp.end].iter().collect();
            assert_eq!(got, c.location.text, "candidate place span {sp:?}");
        }
    }
}

/// A kept event the regional gazetteer places only at a country takes the world town its
/// sentence names; the candidates the decisions learn on keep the regional place.
#[test]
fn a_world_town_places_an_event_placed_only_at_its_country() {
    let text = "قتل خمسة أشخاص أمس في هجوم مسلح على مركز للشرطة في مدينة كراتشي جنوب باكستان.";
    let x = Extractor::embedded();
    let evs = x.extract(&article(text));
    let loc = evs[0].event.location.as_ref().expect("a place");
    assert_eq!(loc.name.as_deref(), Some("Karachi"), "{loc:?}");
    assert_eq!(loc.country.as_deref(), Some("PK"));
    assert_eq!(loc.text, "كراتشي");
    assert!(evs[0]
        .why
        .iter()
        .any(|w| w.contains("a town outside the region")));
    let cands = x.candidates(&article(text));
    let regional = cands[0].event.location.as_ref().expect("a place");
    assert_eq!(regional.name.as_deref(), Some("Pakistan"), "{regional:?}");
    // without the world towns, the country stays
    let evs = x.without_world().extract(&article(text));
    assert_eq!(
        evs[0]
            .event
            .location
            .as_ref()
            .and_then(|l| l.name.as_deref()),
        Some("Pakistan")
    );
}

/// A regional town is never replaced by a world town.
#[test]
fn a_regional_town_keeps_the_event() {
    let text = "قتل خمسة أشخاص أمس في هجوم مسلح على حاجز للجيش في مدينة الموصل، بحسب مصدر في لندن.";
    let evs = Extractor::embedded().extract(&article(text));
    let loc = evs[0].event.location.as_ref().expect("a place");
    assert_eq!(loc.name.as_deref(), Some("Mosul"), "{loc:?}");
}

/// An event placed only at its country in a later sentence takes the world town of the
/// sentences before it or of the report's first sentence, in that country only.
#[test]
fn a_world_town_of_the_lead_places_a_later_event_at_its_country() {
    let lead = "تجمع الآلاف في مدينة ليون للمطالبة بتحسين الأجور.\n";
    let filler = "وتناولت الصحف المحلية أحوال الطقس والأسواق خلال الأسبوع.\n";
    let event = "وقالت الشرطة إن متظاهرين اشتبكوا مع قوات الأمن في فرنسا أمس وأصيب خمسة منهم.\n";
    let text = format!("{lead}{filler}{filler}{filler}{event}");
    let evs = Extractor::embedded().extract(&article(&text));
    let at_fr: Vec<_> = evs
        .iter()
        .filter_map(|e| e.event.location.as_ref())
        .filter(|l| l.country.as_deref() == Some("FR"))
        .collect();
    assert!(
        !at_fr.is_empty(),
        "{:?}",
        evs.iter().map(|e| &e.event).collect::<Vec<_>>()
    );
    for l in at_fr {
        assert_eq!(l.name.as_deref(), Some("Lyon"), "{l:?}");
    }
    // a town of another country in the lead does not place it
    let lead = "تجمع الآلاف في مدينة ميلانو للمطالبة بتحسين الأجور.\n";
    let text = format!("{lead}{filler}{filler}{filler}{event}");
    for e in Extractor::embedded().extract(&article(&text)) {
        if let Some(l) = &e.event.location {
            assert_ne!(l.name.as_deref(), Some("Milan"), "{l:?}");
        }
    }
}

/// «العاصمة الصومالية» with no name after it places an event the text places nowhere finer
/// at the capital of the country the demonym names; not when the country differs.
#[test]
fn the_capital_named_by_a_demonym_places_an_event() {
    let text =
        "قتل ستة أشخاص على الأقل أمس في هجوم انتحاري بسيارة ملغومة على فندق في العاصمة الصومالية.";
    let evs = Extractor::embedded().extract(&article(text));
    let loc = evs[0].event.location.as_ref().expect("a place");
    assert_eq!(loc.name.as_deref(), Some("Mogadishu"), "{loc:?}");
    assert_eq!(loc.text, "العاصمة الصومالية");
    let chars: Vec<char> = text.chars().collect();
    let got: String = chars[loc.span.start..loc.span.end].iter().collect();
    assert_eq!(got, loc.text);
    // an event placed at another country keeps it
    let text = "قتل ستة أشخاص أمس في هجوم انتحاري في كينيا، بحسب مسؤول في العاصمة الصومالية.";
    let evs = Extractor::embedded().extract(&article(text));
    let loc = evs[0].event.location.as_ref().expect("a place");
    assert_ne!(loc.name.as_deref(), Some("Mogadishu"), "{loc:?}");
}

/// A town of a later sentence inside the rules' coarser place (the region, province or country
/// the lead names) is marked so (`inside_rules×where=…`): the coding standard's place is the
/// most specific one named. The rules' own place is not, nor any place when the rules chose a
/// town.
#[test]
fn a_later_town_inside_the_rules_region_is_marked_inside_it() {
    let marked = |text: &str| -> Vec<(String, bool)> {
        let evs = Extractor::embedded()
            .without_decisions()
            .extract(&article(text));
        let e = evs
            .iter()
            .find(|e| e.event.sub_event_type == "air_drone_strike")
            .expect("an air strike");
        e.places
            .iter()
            .map(|c| {
                let m = c.feats.iter().any(|f| f.starts_with("inside_rules×where="));
                assert!(!(m && c.rules), "{:?}", c.feats);
                (c.location.text.clone(), m)
            })
            .collect()
    };
    let got = marked(
        "شنت طائرات حربية أمس غارات على مواقع للمسلحين في شمال سوريا.\n\
         وقالت مصادر محلية إن الغارات استهدفت مواقع قرب مدينة سراقب.",
    );
    assert!(got.contains(&("سراقب".to_string(), true)), "{got:?}");
    assert!(got.contains(&("شمال سوريا".to_string(), false)), "{got:?}");
    let got = marked(
        "شنت طائرات حربية أمس غارات على مواقع للمسلحين في مدينة سراقب.\n\
         وقالت مصادر محلية إن الغارات استهدفت أيضا مواقع قرب مدينة معرة النعمان.",
    );
    assert!(got.len() >= 2, "{got:?}");
    assert!(got.iter().all(|(_, m)| !m), "{got:?}");
}
