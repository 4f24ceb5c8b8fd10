//! Table-driven checks of place finding and resolution on sentences written for the test.
use marsad_geo::{Gazetteer, PlaceKind};
use marsad_model::PlacePrecision;
use marsad_text::tokens::Analyzed;

/// What resolving `text` gives: (surface, English name, country, lat, lon, precision).
fn run(text: &str) -> Vec<(String, String, String, f64, f64, PlacePrecision)> {
    let g = Gazetteer::embedded();
    let a = Analyzed::new(text);
    let ms = g.mentions(&a);
    g.resolve(&a, &ms)
        .into_iter()
        .map(|r| {
            let m = &ms[r.mention];
            let p = g.place(r.place);
            (
                a.span(m.start, m.end, m.skip).slice(text).to_string(),
                p.name.clone(),
                p.country.clone(),
                p.lat,
                p.lon,
                r.precision,
            )
        })
        .collect()
}

/// `expect`: surface → (country, lat, lon, precision), within 0.1 degree.
fn check(text: &str, expect: &[(&str, &str, f64, f64, PlacePrecision)]) {
    let got = run(text);
    for (surface, country, lat, lon, prec) in expect {
        let hit = got.iter().find(|g| g.0 == *surface);
        let Some(h) = hit else {
            panic!("{text:?}: no place for {surface:?}; got {got:?}")
        };
        assert_eq!(h.2, *country, "{text:?}: {surface:?} → {h:?}");
        assert!(
            (h.3 - lat).abs() < 0.1 && (h.4 - lon).abs() < 0.1,
            "{text:?}: {surface:?} → {h:?}"
        );
        assert_eq!(h.5, *prec, "{text:?}: {surface:?} → {h:?}");
    }
}

/// No place at all in `text`.
fn none(text: &str) {
    let got = run(text);
    assert!(got.is_empty(), "{text:?}: expected no place, got {got:?}");
}

use PlacePrecision::*;

#[test]
fn required_places() {
    check(
        "اشتباكات عنيفة في الباغوز",
        &[("الباغوز", "SY", 34.46, 40.95, PopulatedPlace)],
    );
    check(
        "نقل العائلات إلى مخيم الهول",
        &[("مخيم الهول", "SY", 36.39, 41.15, PopulatedPlace)],
    );
    let g = Gazetteer::embedded();
    let p = g.place(g.lookup("الباغوز")[0]);
    assert_eq!(p.admin1.as_deref(), Some("Deir ez-Zor"));
    assert_eq!(p.kind, PlaceKind::Locality);
}

#[test]
fn clitics_and_multiword_names() {
    check(
        "وصلت التعزيزات وبالرقة انفجار",
        &[("الرقة", "SY", 35.95, 39.0, PopulatedPlace)],
    );
    check(
        "غارات على دير الزور أمس",
        &[("دير الزور", "SY", 35.33, 40.14, PopulatedPlace)],
    );
    check(
        "عاد النازحون للموصل",
        &[("موصل", "IQ", 36.34, 43.13, PopulatedPlace)],
    );
    check(
        "اجتماع في القاهرة",
        &[("القاهرة", "EG", 30.05, 31.25, PopulatedPlace)],
    );
}

#[test]
fn countries_and_cues() {
    check(
        "الوضع في سوريا والعراق واليمن",
        &[
            ("سوريا", "SY", 35.03, 38.51, Country),
            ("العراق", "IQ", 33.05, 43.77, Country),
            ("اليمن", "YE", 15.9, 47.5, Country),
        ],
    );
    check(
        "اشتباكات في محافظة الرقة",
        &[("محافظة الرقة", "SY", 36.01, 38.99, Admin1)],
    );
    check(
        "اشتباكات في محافظة حماة",
        &[("محافظة حماة", "SY", 35.22, 37.21, Admin1)],
    );
    check(
        "قصف على ريف حلب الشمالي",
        &[("حلب", "SY", 36.2, 37.15, Admin2)],
    );
    check(
        "توتر في شمال سوريا",
        &[("شمال سوريا", "SY", 36.4, 38.5, Region)],
    );
    check("توتر في شمال الأردن", &[("الأردن", "JO", 31.3, 36.8, Region)]);
}

#[test]
fn ordinary_words_are_not_places() {
    none("قال علي إن الحرب انتهت وإن الأمن عاد إلى المنطقة");
    none("أكد محمد وحسن أن القوات ستبقى في مدينة كبيرة");
    none("أعلنت الحكومة الجديدة عن النصر في شهر يوليو");
}

#[test]
fn disambiguation() {
    // عمان: Oman by default, Amman when Jordan is the article's country
    check("زار الوزير عمان", &[("عمان", "OM", 20.6, 56.1, Country)]);
    let got = run("في الأردن، تظاهر المئات في عمان احتجاجا على الأسعار");
    let amman = got.iter().find(|g| g.0 == "عمان").expect("عمان");
    assert_eq!(amman.2, "JO", "{got:?}");
    // a name of two countries does not vouch for its own best one: told three times in a
    // report on Jordan, عمان is still Amman
    let got = run("عمان تستضيف اجتماعا. وقالت عمان إن الأردن يرحب بالوفود. وتظاهر المئات في عمان");
    let amman: Vec<&str> = got
        .iter()
        .filter(|g| g.0 == "عمان")
        .map(|g| g.2.as_str())
        .collect();
    assert_eq!(amman, ["JO", "JO", "JO"], "{got:?}");
    // رأس العين is in Syria and in Iraq: the province after it decides
    let got = run("قصف مدفعي على رأس العين في ريف الحسكة");
    let r = got.iter().find(|g| g.0 == "رأس العين").expect("رأس العين");
    assert_eq!(r.2, "SY", "{got:?}");
    // a province named right after the village
    let got = run("قتل مدنيان في قرية الصالحية بمحافظة دير الزور");
    let h = got.iter().find(|g| g.0 == "الصالحية").expect("الصالحية");
    assert_eq!(h.2, "SY", "{got:?}");
    assert!((h.3 - 34.718).abs() < 0.01, "{got:?}");
    // proximity to an unambiguous town of the article
    let got = run("سيطرت القوات على الباغوز وهجين والسوسة");
    let s = got.iter().find(|g| g.0 == "السوسة").expect("السوسة");
    assert!(
        marsad_geo::distance_km(s.3, s.4, 34.46, 40.95) < 60.0,
        "{got:?}"
    );
}

#[test]
fn reasons_are_given() {
    let g = Gazetteer::embedded();
    let a = Analyzed::new("في الأردن، تظاهر المئات في عمان");
    let ms = g.mentions(&a);
    let rs = g.resolve(&a, &ms);
    assert!(rs.iter().all(|r| !r.reason.is_empty()));
    assert!(rs.iter().any(|r| r.reason == "only candidate"), "{rs:?}");
}

#[test]
fn provinces_sit_at_their_seats() {
    let g = Gazetteer::embedded();
    let seat = |name: &str| {
        let p = g
            .lookup(name)
            .iter()
            .copied()
            .find(|&c| g.place(c).kind == PlaceKind::Admin1)
            .expect("a province");
        g.place(g.seat_of(p).expect("a seat")).clone()
    };
    let abha = seat("عسير");
    assert!(
        (abha.lat - 18.22).abs() < 0.1 && (abha.lon - 42.51).abs() < 0.1,
        "{abha:?}"
    );
    let mosul = seat("نينوى");
    assert!(
        (mosul.lat - 36.34).abs() < 0.1 && (mosul.lon - 43.13).abs() < 0.15,
        "{mosul:?}"
    );
    // every line of the table names places of the index
    for line in include_str!("../../../data/gazetteer/seats.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(
            g.by_source_id(f[0]).is_some() && g.by_source_id(f[1]).is_some(),
            "{line}"
        );
    }
}

/// Every capital of `data/gazetteer/capitals.tsv` is a town of the regional or the world index,
/// in its country.
#[test]
fn every_capital_is_a_town_of_an_embedded_index() {
    let (g, w) = (
        marsad_geo::Gazetteer::embedded(),
        marsad_geo::Gazetteer::embedded_world(),
    );
    for cc in ["SO", "SY", "YE", "IQ", "AF", "AT", "NG", "ML", "FR"] {
        let id = marsad_geo::capital_id(cc).unwrap_or_else(|| panic!("{cc}: no capital"));
        let p = g
            .by_source_id(id)
            .map(|p| g.place(p))
            .or_else(|| w.by_source_id(id).map(|p| w.place(p)))
            .unwrap_or_else(|| panic!("{cc}: {id} in neither index"));
        assert_eq!(p.country, cc, "{p:?}");
    }
    let all = include_str!("../../../data/gazetteer/capitals.tsv");
    let mut n = 0;
    for l in all.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cc = l.split('\t').next().unwrap();
        let id = marsad_geo::capital_id(cc).unwrap();
        assert!(
            g.by_source_id(id).is_some() || w.by_source_id(id).is_some(),
            "{l}"
        );
        n += 1;
    }
    assert!(n >= 90, "{n} capitals");
}
