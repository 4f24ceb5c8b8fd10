//! Choosing one place per mention, from the whole article.
//!
//! Every candidate gets a score made of named parts; the part that most separates the
//! winner from the runner-up becomes the reason. In order of weight:
//! 1. hierarchy written in the text: `X في ريف Y`, `بلدة X بمحافظة Y`, `X شرقي Y`, `X، Y`
//!    (the place Y named right after X is resolved first, and X's candidates in or near it win);
//! 2. provinces and countries named elsewhere in the article;
//! 3. distance to places of the article that have one candidate only;
//! 4. kind (a country before a province before a town, unless a cue says otherwise) and
//!    population;
//! 5. a regional prior (the conflict countries of the Middle East and North Africa).

use crate::{distance_km, Cue, Gazetteer, Place, PlaceId, PlaceKind, PlaceMention, Resolution};
use marsad_model::PlacePrecision;
use marsad_text::tokens::{Analyzed, TokenKind};

const CORE: &[&str] = &[
    "SY", "IQ", "YE", "LY", "PS", "LB", "SD", "SO", "EG", "SA", "AF", "ML",
];

#[derive(Default, Clone, Copy)]
struct Parts {
    hierarchy: f64,
    province: f64,
    country: f64,
    proximity: f64,
    kind: f64,
    population: f64,
    prior: f64,
}

impl Parts {
    fn total(&self) -> f64 {
        self.hierarchy
            + self.province
            + self.country
            + self.proximity
            + self.kind
            + self.population
            + self.prior
    }
    fn as_array(&self) -> [f64; 7] {
        [
            self.hierarchy,
            self.province,
            self.country,
            self.proximity,
            self.kind,
            self.population,
            self.prior,
        ]
    }
}

struct Anchors {
    /// (mention, country)
    countries: Vec<(usize, String)>,
    /// for each mention whose candidates lie in several countries (عمان: Oman, and Amman in
    /// Jordan), the first mention of the same name: such a name does not vouch for its own
    /// best country, however often a report repeats it
    ambiguous: Vec<Option<usize>>,
    /// (mention, country, province name, sentence)
    provinces: Vec<(usize, String, String, usize)>,
    /// (mention, place)
    points: Vec<(usize, PlaceId)>,
}

fn prior(g: &Gazetteer, p: &Place, cue: Option<Cue>) -> Parts {
    let mut parts = Parts::default();
    parts.kind = match p.kind {
        PlaceKind::Country => 30.0,
        PlaceKind::Admin1 => 18.0,
        PlaceKind::Region => 16.0,
        PlaceKind::Locality => 10.0,
        PlaceKind::Admin2 => 6.0,
        PlaceKind::Neighbourhood => 4.0,
        PlaceKind::Other => 2.0,
    };
    match cue {
        Some(Cue::Town) => {
            if p.kind.is_point() {
                parts.kind += 30.0;
            } else if matches!(
                p.kind,
                PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Region
            ) {
                parts.kind -= 25.0;
            }
        }
        Some(Cue::Province) => {
            if matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Region) {
                parts.kind += 60.0;
            }
        }
        _ => {}
    }
    parts.population = if p.population > 0 {
        2.0 * ((p.population as f64) + 1.0).log10()
    } else {
        0.0
    };
    parts.prior = if CORE.contains(&p.country.as_str()) {
        3.0
    } else {
        1.0
    };
    if p.id.starts_with("wof:") {
        parts.prior += 0.5;
    }
    let _ = g;
    parts
}

fn best_by<F: Fn(PlaceId) -> f64>(cands: &[PlaceId], f: F) -> (PlaceId, f64) {
    let mut best = (cands[0], f64::MIN);
    for &c in cands {
        let s = f(c);
        if s > best.1 {
            best = (c, s);
        }
    }
    best
}

pub(crate) fn resolve(
    g: &Gazetteer,
    a: &Analyzed,
    sents: &[marsad_text::sentences::Sentence],
    ms: &[PlaceMention],
    extra_countries: &[&str],
) -> Vec<Resolution> {
    if ms.is_empty() {
        return Vec::new();
    }
    let sent_of = |tok: usize| -> usize { sents.partition_point(|s| s.end <= tok) };

    // pass 1: priors only, to find the article's anchors
    let mut anchors = Anchors {
        countries: Vec::new(),
        ambiguous: vec![None; ms.len()],
        provinces: Vec::new(),
        points: Vec::new(),
    };
    let mut first_of: std::collections::HashMap<&[PlaceId], usize> = Default::default();
    for (i, m) in ms.iter().enumerate() {
        let Some(&c0) = m.candidates.first() else {
            continue;
        };
        let country = &g.place(c0).country;
        if m.candidates.iter().any(|&c| &g.place(c).country != country) {
            anchors.ambiguous[i] = Some(*first_of.entry(&m.candidates).or_insert(i));
        }
    }
    for (i, m) in ms.iter().enumerate() {
        let (b, _) = best_by(&m.candidates, |c| prior(g, g.place(c), m.cue).total());
        let p = g.place(b);
        let one_country = m
            .candidates
            .iter()
            .all(|&c| g.place(c).country == p.country);
        // a hamlet with no cue anchors nothing: such names are most often words or people's
        // names (حسن ناصر), and two of them must not vouch for each other
        let solid = !(p.kind.is_point() || p.kind == PlaceKind::Admin2)
            || p.population >= 10_000
            || m.cue.is_some()
            || g.is_curated(&mention_text(a, m));
        if !solid || m.reference || m.fuzzy {
            continue;
        }
        if one_country || p.kind == PlaceKind::Country {
            anchors.countries.push((i, p.country.clone()));
        }
        if p.kind == PlaceKind::Admin1 {
            anchors
                .provinces
                .push((i, p.country.clone(), p.name.clone(), sent_of(m.start)));
        }
        if m.candidates.len() == 1 && (p.kind.is_point() || p.kind == PlaceKind::Admin2) {
            anchors.points.push((i, b));
        }
    }

    // countries the article names in words that are not places (demonyms): anchors with no
    // mention of their own (numbered past the mentions, so none is ever "itself")
    for (k, c) in extra_countries.iter().enumerate() {
        anchors.countries.push((ms.len() + k, c.to_string()));
    }

    // the anchors counted once, so that each mention asks in constant time what the others
    // name (an article that names one town ten thousand times costs ten thousand lookups,
    // not a hundred million comparisons)
    let index = AnchorIndex::new(&anchors);

    // pass 2, right to left so that a container named after a place is resolved first
    let mut chosen: Vec<Option<PlaceId>> = vec![None; ms.len()];
    let mut out: Vec<Resolution> = Vec::with_capacity(ms.len());
    for i in (0..ms.len()).rev() {
        let m = &ms[i];
        let container = container_of(a, ms, i).and_then(|j| chosen[j].map(|p| (j, p)));
        let sent = sent_of(m.start);
        let has_country = m
            .candidates
            .iter()
            .any(|&c| g.place(c).kind == PlaceKind::Country);
        // the score of a candidate; with `explain`, the words for each of its parts too (only
        // the winner's are ever read, so the others are not written)
        let score = |c: PlaceId, explain: bool| -> (Parts, Vec<String>) {
            let p = g.place(c);
            let mut parts = prior(g, p, m.cue);
            let mut why = if explain {
                vec![String::new(); 7]
            } else {
                Vec::new()
            };
            let mut say = |k: usize, text: &dyn Fn() -> String| {
                if explain {
                    why[k] = text();
                }
            };
            // a hamlet that shares a country's name (سورية, a village in Iraq) loses to the country
            if has_country && p.kind != PlaceKind::Country && p.population < 10_000 {
                parts.kind -= 25.0;
            }
            if let Some((j, y)) = container {
                let q = g.place(y);
                let ytext = || mention_text(a, &ms[j]);
                let (bonus, what): (f64, &dyn Fn() -> String) = match q.kind {
                    PlaceKind::Country => (
                        if p.country == q.country && p.id != q.id {
                            40.0
                        } else {
                            0.0
                        },
                        &|| format!("in {} named next to it ({})", q.name, ytext()),
                    ),
                    PlaceKind::Admin1 | PlaceKind::Region => {
                        if p.id != q.id
                            && p.country == q.country
                            && p.admin1.as_deref() == Some(q.name.as_str())
                        {
                            (60.0, &|| {
                                format!("in province {} named next to it ({})", q.name, ytext())
                            })
                        } else {
                            let d = distance_km(p.lat, p.lon, q.lat, q.lon);
                            (
                                if d < 150.0 && p.id != q.id {
                                    30.0 * (1.0 - d / 150.0)
                                } else {
                                    0.0
                                },
                                &move || {
                                    format!(
                                        "near {} named next to it ({}, {d:.0} km)",
                                        q.name,
                                        ytext()
                                    )
                                },
                            )
                        }
                    }
                    _ => {
                        let d = distance_km(p.lat, p.lon, q.lat, q.lon);
                        (
                            if d < 80.0 && p.id != q.id {
                                60.0 * (1.0 - d / 160.0)
                            } else {
                                0.0
                            },
                            &move || {
                                format!("near {} named next to it ({}, {d:.0} km)", q.name, ytext())
                            },
                        )
                    }
                };
                parts.hierarchy = bonus;
                say(0, what);
            }
            // provinces named in the article
            let mut prov = 0.0f64;
            if let (Some(name), true) = (p.admin1.as_deref(), p.kind != PlaceKind::Admin1) {
                let (same_sentence, anywhere) = index.province(&p.country, name, i, sent);
                let v = if same_sentence {
                    30.0
                } else if anywhere {
                    20.0
                } else {
                    0.0
                };
                if v > 0.0 {
                    prov = v;
                    say(1, &|| {
                        format!(
                            "in province {name} named in the same {}",
                            if same_sentence { "sentence" } else { "article" }
                        )
                    });
                }
            }
            parts.province = prov;
            // countries named in the article
            let n = index.country(&p.country, i);
            if n > 0 {
                parts.country = 18.0 + 2.0 * (n.min(5) as f64);
                say(2, &|| format!("in {} named in the article", p.country));
            }
            // nearest unambiguous place
            if let Some((d, j)) = index.nearest(g, p, c, i) {
                if d < 150.0 {
                    parts.proximity = 25.0 * (1.0 - d / 150.0);
                    say(3, &|| {
                        format!("nearest to {} ({d:.0} km)", mention_text(a, &ms[j]))
                    });
                }
            }
            say(4, &|| {
                format!("a {} preferred{}", kind_word(p.kind), cue_word(m.cue))
            });
            say(5, &|| format!("largest population ({})", p.population));
            say(6, &|| format!("regional prior ({})", p.country));
            (parts, why)
        };
        // a spelling one letter away counts only in a country the article names
        let cands: std::borrow::Cow<'_, [PlaceId]> = if m.fuzzy {
            m.candidates
                .iter()
                .copied()
                .filter(|&c| index.country(&g.place(c).country, i) > 0)
                .collect()
        } else {
            std::borrow::Cow::Borrowed(&m.candidates)
        };
        if cands.is_empty() {
            continue;
        }
        let mut scored: Vec<(PlaceId, Parts)> =
            cands.iter().map(|&c| (c, score(c, false).0)).collect();
        scored.sort_by(|x, y| y.1.total().total_cmp(&x.1.total()).then(x.0.cmp(&y.0)));
        // a small place that nothing in the article supports is more likely a word
        let (top, tp) = &scored[0];
        let tplace = g.place(*top);
        let small = (tplace.kind.is_point() || tplace.kind == PlaceKind::Admin2)
            && tplace.population < 50_000;
        let supported =
            tp.hierarchy > 0.0 || tp.province > 0.0 || tp.country > 0.0 || tp.proximity > 0.0;
        let specific = m.end - m.start > 1 || g.is_curated(&mention_text(a, m)) || m.cue.is_some();
        // ...and one in a country the article never names, while it names others, even with a
        // cue (منطقة لكمة in a report on Yemen is not Kimah in Iraq)
        let foreign = index.any_country(i) && index.country(&tplace.country, i) == 0;
        if small && !supported && (!specific || foreign) {
            continue;
        }
        // a near spelling needs more than the country: its province named, a place near it,
        // or a place next to it that contains it
        if m.fuzzy && !(tp.hierarchy > 0.0 || tp.province > 0.0 || tp.proximity > 0.0) {
            continue;
        }
        let (place, reason) = if scored.len() == 1 {
            (cands[0], "only candidate".to_string())
        } else {
            let (b, bp) = &scored[0];
            let (_, sp) = &scored[1];
            let (ba, sa) = (bp.as_array(), sp.as_array());
            let mut k = 0;
            let mut gap = f64::MIN;
            for t in 0..7 {
                if ba[t] - sa[t] > gap {
                    gap = ba[t] - sa[t];
                    k = t;
                }
            }
            let reason = if gap <= 0.0 {
                format!("first of {} equal candidates", scored.len())
            } else {
                format!("{} (of {} candidates)", score(*b, true).1[k], scored.len())
            };
            (*b, reason)
        };
        let reason = if m.fuzzy {
            format!("no place is spelled so; {} is one transliteration step away (a long vowel or hamza, or ه/ح, ت/ط…), in a country the article names; {reason}", g.place(place).name)
        } else {
            reason
        };
        chosen[i] = Some(place);
        out.push(Resolution {
            mention: i,
            place,
            precision: precision(g.place(place), m, a),
            reason,
        });
    }
    out.reverse();
    out
}

/// What the anchors of an article say, counted once: the countries, provinces and
/// unambiguous places the article names, each with the first two mentions that name it (a
/// mention never vouches for itself, so a second one is all that is ever needed).
struct AnchorIndex<'a> {
    countries: std::collections::HashMap<&'a str, usize>,
    /// the country each anchoring mention names
    own_country: std::collections::HashMap<usize, &'a str>,
    /// (name, country) → how many anchoring mentions of that ambiguous name name it
    by_name: std::collections::HashMap<(usize, &'a str), usize>,
    ambiguous: &'a [Option<usize>],
    country_mentions: [usize; 2],
    /// (country, province) → sentence → first two mentions; and the first two anywhere
    provinces: std::collections::HashMap<
        (&'a str, &'a str),
        (std::collections::HashMap<usize, [usize; 2]>, [usize; 2]),
    >,
    /// distinct places, each with its first two mentions, in the order of their first mention
    points: Vec<(PlaceId, [usize; 2])>,
}

const NONE: usize = usize::MAX;

fn add(two: &mut [usize; 2], j: usize) {
    if two[0] == NONE {
        two[0] = j;
    } else if two[1] == NONE {
        two[1] = j;
    }
}

/// The first of two mentions that is not `i`.
fn other(two: &[usize; 2], i: usize) -> Option<usize> {
    two.iter().copied().find(|&j| j != NONE && j != i)
}

impl<'a> AnchorIndex<'a> {
    fn new(an: &'a Anchors) -> Self {
        let mut countries: std::collections::HashMap<&str, usize> = Default::default();
        let mut own_country: std::collections::HashMap<usize, &str> = Default::default();
        let mut by_name: std::collections::HashMap<(usize, &str), usize> = Default::default();
        let mut country_mentions = [NONE; 2];
        for (j, c) in &an.countries {
            *countries.entry(c.as_str()).or_insert(0) += 1;
            own_country.insert(*j, c.as_str());
            if let Some(Some(name)) = an.ambiguous.get(*j) {
                *by_name.entry((*name, c.as_str())).or_insert(0) += 1;
            }
            add(&mut country_mentions, *j);
        }
        let mut provinces: std::collections::HashMap<
            (&str, &str),
            (std::collections::HashMap<usize, [usize; 2]>, [usize; 2]),
        > = Default::default();
        for (j, c, name, s) in &an.provinces {
            let e = provinces
                .entry((c.as_str(), name.as_str()))
                .or_insert_with(|| (Default::default(), [NONE; 2]));
            add(e.0.entry(*s).or_insert([NONE; 2]), *j);
            add(&mut e.1, *j);
        }
        let mut points: Vec<(PlaceId, [usize; 2])> = Vec::new();
        let mut at: std::collections::HashMap<PlaceId, usize> = Default::default();
        for (j, q) in &an.points {
            let k = *at.entry(*q).or_insert_with(|| {
                points.push((*q, [NONE; 2]));
                points.len() - 1
            });
            add(&mut points[k].1, *j);
        }
        AnchorIndex {
            countries,
            own_country,
            by_name,
            ambiguous: &an.ambiguous,
            country_mentions,
            provinces,
            points,
        }
    }

    /// How many mentions other than `i`, and other than those of `i`'s own name where that
    /// name is ambiguous, name a place in `country`.
    fn country(&self, country: &str, i: usize) -> usize {
        let Some(n) = self.countries.get(country) else {
            return 0;
        };
        match self.ambiguous.get(i).copied().flatten() {
            // i's own anchor, if any, is among those of its name
            Some(name) => n - self.by_name.get(&(name, country)).copied().unwrap_or(0),
            None => n - usize::from(self.own_country.get(&i) == Some(&country)),
        }
    }

    /// Whether a mention other than `i` names a country at all.
    fn any_country(&self, i: usize) -> bool {
        other(&self.country_mentions, i).is_some()
    }

    /// Whether a mention other than `i` names this province in sentence `sent`, and anywhere.
    fn province(&self, country: &str, name: &str, i: usize, sent: usize) -> (bool, bool) {
        match self.provinces.get(&(country, name)) {
            Some((by_sentence, two)) => (
                by_sentence
                    .get(&sent)
                    .is_some_and(|t| other(t, i).is_some()),
                other(two, i).is_some(),
            ),
            None => (false, false),
        }
    }

    /// The nearest unambiguous place other than `c` named by a mention other than `i`: its
    /// distance and that mention (the earliest mention among equally near places).
    fn nearest(&self, g: &Gazetteer, p: &Place, c: PlaceId, i: usize) -> Option<(f64, usize)> {
        let mut best: Option<(f64, usize)> = None;
        for (q, two) in &self.points {
            if *q == c {
                continue;
            }
            let Some(j) = other(two, i) else { continue };
            let qp = g.place(*q);
            let d = distance_km(p.lat, p.lon, qp.lat, qp.lon);
            if best.map_or(true, |(bd, bj)| d < bd || (d == bd && j < bj)) {
                best = Some((d, j));
            }
        }
        best
    }
}

fn precision(p: &Place, m: &PlaceMention, a: &Analyzed) -> PlacePrecision {
    let base = p.kind.precision();
    match m.cue {
        Some(Cue::Countryside) | Some(Cue::Direction) => match p.kind {
            PlaceKind::Country => PlacePrecision::Region,
            PlaceKind::Admin1 | PlaceKind::Region => base,
            _ => PlacePrecision::Admin2,
        },
        Some(Cue::Province) => {
            // `محافظة الرقة`: the province even when the gazetteer gave the town
            let word = m.cue_token.map(|t| a.tokens[t].norm.as_str()).unwrap_or("");
            if p.kind.is_point() && !word.ends_with("منطقه") {
                PlacePrecision::Admin1
            } else {
                base
            }
        }
        _ => base,
    }
}

/// The mention right after mention `i` that contains it: `X في Y`, `X بريف Y`,
/// `X شرقي Y`, `X، Y`, `X (Y)`.
fn container_of(a: &Analyzed, ms: &[PlaceMention], i: usize) -> Option<usize> {
    let j = i + 1;
    let n = ms.get(j)?;
    let m = &ms[i];
    let gap = &a.tokens[m.end..n.start];
    if gap.len() > 3 {
        return None;
    }
    let first = a.tokens[n.start].norm.as_str();
    if gap.is_empty() {
        // `X بدير الزور`, `X ودير الزور` is a list, not a container
        return (n.skip > 0 && first.starts_with('ب')).then_some(j);
    }
    let ok = gap.iter().enumerate().all(|(k, t)| match t.kind {
        TokenKind::Punct(c) => matches!(c, '،' | ',' | '(' | '-') && k == 0,
        TokenKind::Word => {
            let w = t.norm.as_str();
            matches!(
                w,
                "في" | "من" | "قرب" | "بالقرب" | "التابعه" | "التابع" | "ضمن" | "داخل"
            ) || n.cue_token == Some(m.end + k)
        }
        _ => false,
    });
    ok.then_some(j)
}

fn mention_text(a: &Analyzed, m: &PlaceMention) -> String {
    let t = &a.tokens;
    let mut s = String::new();
    for (k, tok) in t[m.start..m.end].iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        if k == 0 {
            s.extend(tok.norm.chars().skip(m.skip));
        } else {
            s.push_str(&tok.norm);
        }
    }
    s
}

fn kind_word(k: PlaceKind) -> &'static str {
    match k {
        PlaceKind::Country => "country",
        PlaceKind::Region => "region",
        PlaceKind::Admin1 => "province",
        PlaceKind::Admin2 => "district",
        PlaceKind::Locality => "town",
        PlaceKind::Neighbourhood => "quarter",
        PlaceKind::Other => "site",
    }
}

fn cue_word(c: Option<Cue>) -> &'static str {
    match c {
        Some(Cue::Town) => " after a town word",
        Some(Cue::Province) => " after a province word",
        _ => "",
    }
}
