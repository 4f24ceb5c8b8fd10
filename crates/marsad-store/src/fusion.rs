//! Fusion: the per-report records of one real event, read from several articles and outlets,
//! joined into one fused event.
//!
//! The pairwise rule ([`judge`]) is symmetric: two reports are one event when they come from
//! different articles, their type family agrees, their periods overlap, their places are near
//! for their precision or one contains the other (a province its towns; a country only
//! matches itself), their actors are compatible and their tolls
//! do not contradict. Reports with a day and a point place (a town or a district) are *sharp*;
//! the others (a province, a country, a region, or a week) are *vague*. Fused events are:
//! the connected components of sharp reports under the rule; a vague report joins the one
//! fused event whose sharp reports it is linked to, and stays apart when it is linked to
//! several (a vague report never bridges two events); vague reports linked to no sharp one
//! form components of their own. This is a function of the set of reports only, so the
//! result does not depend on the order they came in.
//!
//! Incremental: every report is put in a candidate index (`fuse_cells`: type family × day ×
//! place cell) and compared with the candidates its cells find; the pairs the rule joins are
//! kept (`fuse_links`). A write recomputes only the linked components it touched.

use crate::api::*;
use crate::StoreError;
use chrono::Datelike;
use marsad_model::{distance_km, DatePrecision, DateRange, Event, PlacePrecision};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Periods longer than this (days) are too vague to fuse: such a report stays alone.
pub const MAX_PERIOD_DAYS: i64 = 8;
/// Side of a grid cell of the candidate index, degrees.
const GRID_DEG: f64 = 0.25;
/// Two towns are one place within this distance (km).
pub const TOWN_KM: f64 = 10.0;
/// A district and a town or district within this distance (km).
pub const DISTRICT_KM: f64 = 25.0;

/// The type family: the ACLED event type; for strategic developments and violence against
/// civilians, whose sub-types are different acts, the sub-type too.
pub fn family(e: &Event) -> String {
    match e.event_type.as_str() {
        "strategic_developments" | "violence_against_civilians" => {
            format!("{}/{}", e.event_type, e.sub_event_type)
        }
        t => t.to_string(),
    }
}

/// What fusion reads of a place.
#[derive(Debug, Clone, PartialEq)]
enum Place<'a> {
    Point {
        lat: f64,
        lon: f64,
        town: bool,
        gid: Option<&'a str>,
        country: &'a str,
        admin1: Option<&'a str>,
    },
    Province {
        country: &'a str,
        name: &'a str,
    },
    Country(&'a str),
    Region(&'a str),
    Unknown,
}

fn place(e: &Event) -> Place<'_> {
    let Some(l) = e.location.as_ref() else {
        return Place::Unknown;
    };
    let country = l.country.as_deref();
    match (l.precision, country) {
        (Some(p @ (PlacePrecision::PopulatedPlace | PlacePrecision::Admin2)), Some(c)) => {
            match (l.lat, l.lon) {
                (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => Place::Point {
                    lat,
                    lon,
                    town: p == PlacePrecision::PopulatedPlace,
                    gid: l.gazetteer_id.as_deref(),
                    country: c,
                    admin1: l.admin1.as_deref(),
                },
                _ => Place::Unknown,
            }
        }
        (Some(PlacePrecision::Admin1), Some(c)) => {
            match l.admin1.as_deref().or(l.name.as_deref()) {
                Some(name) => Place::Province { country: c, name },
                None => Place::Unknown,
            }
        }
        (Some(PlacePrecision::Country), Some(c)) => Place::Country(c),
        (Some(PlacePrecision::Region), _) => {
            match l.gazetteer_id.as_deref().or(l.name.as_deref()) {
                Some(g) => Place::Region(g),
                None => Place::Unknown,
            }
        }
        _ => Place::Unknown,
    }
}

fn days(r: &DateRange) -> i64 {
    (r.end - r.start).num_days() + 1
}

/// A sharp report: a day and a point place.
pub fn is_sharp(e: &Event) -> bool {
    e.date.range.precision == DatePrecision::Day
        && days(&e.date.range) == 1
        && matches!(place(e), Place::Point { .. })
}

fn cell_key(s: &str) -> i64 {
    // FNV-1a, 64 bits: stable across builds and platforms (the keys are stored)
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h as i64
}

/// The cells a report is stored under and the cells it looks in. A report finds another
/// exactly when the other finds it (the index is symmetric).
fn cells(e: &Event) -> (Vec<i64>, Vec<i64>) {
    let (mut store, mut probe) = (Vec::new(), Vec::new());
    match place(e) {
        Place::Point {
            lat,
            lon,
            country,
            admin1,
            ..
        } => {
            let (i, j) = (
                (lat / GRID_DEG).floor() as i64,
                (lon / GRID_DEG).floor() as i64,
            );
            store.push(format!("g:{i}:{j}"));
            for di in -1..=1 {
                for dj in -1..=1 {
                    probe.push(format!("g:{}:{}", i + di, j + dj));
                }
            }
            if let Some(a) = admin1 {
                store.push(format!("am:{country}:{a}"));
                probe.push(format!("a:{country}:{a}"));
            }
        }
        Place::Province { country, name } => {
            store.push(format!("a:{country}:{name}"));
            probe.push(format!("am:{country}:{name}"));
            probe.push(format!("a:{country}:{name}"));
        }
        Place::Country(c) => {
            store.push(format!("c:{c}"));
            probe.push(format!("c:{c}"));
        }
        Place::Region(g) => {
            store.push(format!("r:{g}"));
            probe.push(format!("r:{g}"));
        }
        Place::Unknown => {}
    }
    (
        store.iter().map(|s| cell_key(s)).collect(),
        probe.iter().map(|s| cell_key(s)).collect(),
    )
}

/// The days a report is indexed under: none when its period is too vague to fuse.
fn index_days(e: &Event) -> Option<(i64, i64)> {
    let r = &e.date.range;
    if days(r) > MAX_PERIOD_DAYS || days(r) < 1 {
        return None;
    }
    Some((
        r.start.num_days_from_ce() as i64,
        r.end.num_days_from_ce() as i64,
    ))
}

fn place_join(a: &Place<'_>, b: &Place<'_>) -> Result<String, String> {
    use Place::*;
    match (a, b) {
        (
            Point {
                lat: la,
                lon: oa,
                town: ta,
                gid: ga,
                ..
            },
            Point {
                lat: lb,
                lon: ob,
                town: tb,
                gid: gb,
                ..
            },
        ) => {
            if ga.is_some() && ga == gb {
                return Ok(format!("same place ({})", ga.unwrap_or_default()));
            }
            let d = distance_km(*la, *oa, *lb, *ob);
            let max = if *ta && *tb { TOWN_KM } else { DISTRICT_KM };
            if d <= max {
                Ok(format!("places {d:.1} km apart (at most {max} km)"))
            } else {
                Err(format!("places {d:.1} km apart (more than {max} km)"))
            }
        }
        (
            Province { country, name },
            Point {
                country: c, admin1, ..
            },
        )
        | (
            Point {
                country: c, admin1, ..
            },
            Province { country, name },
        ) => {
            if country == c && *admin1 == Some(*name) {
                Ok(format!("the place lies in the province {name} ({country})"))
            } else {
                Err(format!(
                    "the place is not in the province {name} ({country})"
                ))
            }
        }
        (
            Province { country, name },
            Province {
                country: c,
                name: n,
            },
        ) => {
            if country == c && name == n {
                Ok(format!("same province {name} ({country})"))
            } else {
                Err(format!("provinces differ: {name} / {n}"))
            }
        }
        // a country is too vague to contain: a report placed only in "Syria" is as likely
        // another event of that day as the one in a town (read on the SaudiNewsNet corpus:
        // half the wrong joins of a sample were a country-level report)
        (Country(c), Point { .. } | Province { .. })
        | (Point { .. } | Province { .. }, Country(c)) => Err(format!(
            "a report placed only in the country {c} joins only reports placed the same way"
        )),
        (Country(c), Country(o)) => {
            if c == o {
                Ok(format!("the place lies in the country {c}"))
            } else {
                Err(format!("countries differ: {c} / {o}"))
            }
        }
        (Region(g), Region(h)) if g == h => Ok(format!("same region ({g})")),
        (Unknown, _) | (_, Unknown) => Err("a report has no resolved place".into()),
        _ => Err("places differ (a region and another place)".into()),
    }
}

fn actors_compatible(
    a: &Option<marsad_model::Actor>,
    b: &Option<marsad_model::Actor>,
) -> Result<(), String> {
    let (Some(a), Some(b)) = (a, b) else {
        return Ok(());
    };
    if a.canonical == b.canonical {
        return Ok(());
    }
    let cat = matches!((a.category, b.category), (Some(x), Some(y)) if x != y);
    let country = matches!((&a.country, &b.country), (Some(x), Some(y)) if x != y);
    if cat || country {
        Err(format!("actors differ: {} / {}", a.canonical, b.canonical))
    } else {
        Ok(())
    }
}

/// Two counts contradict when the larger is more than three times the smaller plus ten
/// (tolls grow as reports come in; 3 and 5 are one event's tolls, 2 and 40 are not).
fn tolls_agree(what: &str, a: Option<u64>, b: Option<u64>) -> Result<(), String> {
    if let (Some(x), Some(y)) = (a, b) {
        let (lo, hi) = (x.min(y), x.max(y));
        if hi > lo.saturating_mul(3).saturating_add(10) {
            return Err(format!("{what} contradict: {lo} / {hi}"));
        }
    }
    Ok(())
}

/// The pairwise rule: `Ok(why)` when the two reports are one event, `Err(why not)` (the
/// first test that failed) otherwise. Symmetric.
pub fn judge(a: &StoredEvent, b: &StoredEvent) -> Result<String, String> {
    if a.article.id == b.article.id {
        return Err("same article: the extraction keeps its records apart".into());
    }
    let (ea, eb) = (&a.event, &b.event);
    let (fa, fb) = (family(ea), family(eb));
    if fa != fb {
        return Err(format!("type families differ: {fa} / {fb}"));
    }
    let (ra, rb) = (&ea.date.range, &eb.date.range);
    if index_days(ea).is_none() || index_days(eb).is_none() {
        return Err(format!(
            "a period is longer than {MAX_PERIOD_DAYS} days: too vague to fuse"
        ));
    }
    if ra.start > rb.end || rb.start > ra.end {
        return Err(format!(
            "dates apart: {}..{} / {}..{}",
            ra.start, ra.end, rb.start, rb.end
        ));
    }
    let why_place = place_join(&place(ea), &place(eb))?;
    actors_compatible(&ea.actor1, &eb.actor1)?;
    actors_compatible(&ea.actor2, &eb.actor2)?;
    tolls_agree("fatalities", ea.fatalities, eb.fatalities)?;
    tolls_agree("injured", ea.injured, eb.injured)?;
    Ok(format!(
        "type family {fa}; dates overlap ({}); {why_place}; actors compatible; tolls agree",
        ra.start.max(rb.start)
    ))
}

/// Which reports make one fused event, from the reports of a closed set (every link of
/// its members is inside it) and their links. Groups sorted by their smallest id.
pub fn assign(
    nodes: &BTreeMap<EventId, StoredEvent>,
    links: &[(EventId, EventId)],
) -> Vec<Vec<EventId>> {
    let ids: Vec<EventId> = nodes.keys().copied().collect();
    let ix: HashMap<EventId, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let sharp: Vec<bool> = ids.iter().map(|id| is_sharp(&nodes[id].event)).collect();
    let mut uf: Vec<usize> = (0..ids.len()).collect();
    fn find(uf: &mut [usize], mut x: usize) -> usize {
        while uf[x] != x {
            uf[x] = uf[uf[x]];
            x = uf[x];
        }
        x
    }
    fn union(uf: &mut [usize], a: usize, b: usize) {
        let (ra, rb) = (find(uf, a), find(uf, b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            uf[hi] = lo;
        }
    }
    let mut adj: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for (a, b) in links {
        if let (Some(&i), Some(&j)) = (ix.get(a), ix.get(b)) {
            adj[i].push(j);
            adj[j].push(i);
            if sharp[i] && sharp[j] {
                union(&mut uf, i, j);
            }
        }
    }
    // the sharp events each vague report touches
    let mut touches: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); ids.len()];
    for i in 0..ids.len() {
        if !sharp[i] {
            let adj_i = adj[i].clone();
            for j in adj_i {
                if sharp[j] {
                    let r = find(&mut uf, j);
                    touches[i].insert(r);
                }
            }
        }
    }
    for i in 0..ids.len() {
        if sharp[i] {
            continue;
        }
        match touches[i].len() {
            0 => {
                for &j in &adj[i].clone() {
                    if !sharp[j] && touches[j].is_empty() {
                        union(&mut uf, i, j);
                    }
                }
            }
            1 => {
                let r = *touches[i].iter().next().unwrap_or(&i);
                union(&mut uf, i, r);
            }
            _ => {}
        }
    }
    let mut groups: BTreeMap<usize, Vec<EventId>> = BTreeMap::new();
    for i in 0..ids.len() {
        let r = find(&mut uf, i);
        groups.entry(r).or_default().push(ids[i]);
    }
    let mut out: Vec<Vec<EventId>> = groups.into_values().collect();
    for g in &mut out {
        g.sort_unstable();
    }
    out.sort_by_key(|g| g[0]);
    out
}

fn outlet(a: &ArticleRef) -> Option<String> {
    if let Some(s) = a.source.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        return Some(s.to_string());
    }
    let u = a.url.as_deref()?;
    let rest = u.split_once("://").map(|(_, r)| r).unwrap_or(u);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_string())
}

fn precision_rank(e: &Event) -> u8 {
    match e.location.as_ref().and_then(|l| l.precision) {
        Some(PlacePrecision::PopulatedPlace) => 0,
        Some(PlacePrecision::Admin2) => 1,
        Some(PlacePrecision::Admin1) => 2,
        Some(PlacePrecision::Country) => 3,
        Some(PlacePrecision::Region) => 4,
        None if e.location.is_some() => 5,
        None => 6,
    }
}

/// Sub-types that say less than their siblings: on a tie the others win.
fn generic_sub_type(s: &str) -> bool {
    matches!(
        s,
        "armed_clash" | "attack" | "shelling_artillery_missile_attack" | "other"
    )
}

fn toll(
    reports: &[&StoredEvent],
    best: fn(&Event) -> Option<u64>,
    low: fn(&Event) -> Option<u64>,
    high: fn(&Event) -> Option<u64>,
) -> Toll {
    let mut v: Vec<u64> = reports.iter().filter_map(|r| best(&r.event)).collect();
    if v.is_empty() {
        return Toll::default();
    }
    v.sort_unstable();
    let lows = reports
        .iter()
        .filter_map(|r| low(&r.event).or(best(&r.event)));
    let highs = reports
        .iter()
        .filter_map(|r| high(&r.event).or(best(&r.event)));
    Toll {
        low: lows.min(),
        best: Some(v[(v.len() - 1) / 2]),
        high: highs.max(),
    }
}

fn most_named(
    reports: &[&StoredEvent],
    get: fn(&Event) -> &Option<marsad_model::Actor>,
) -> Option<marsad_model::Actor> {
    let mut n: BTreeMap<&str, usize> = BTreeMap::new();
    for r in reports {
        if let Some(a) = get(&r.event) {
            *n.entry(a.canonical.as_str()).or_default() += 1;
        }
    }
    // most reports; ties: the first name in order
    let best = n
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?
        .0
        .to_string();
    // the words of the report that comes first by its article (not by id: ids follow the
    // order of ingest, and the fused record must not)
    reports
        .iter()
        .filter_map(|r| get(&r.event).as_ref().map(|a| (r, a)))
        .filter(|(_, a)| a.canonical == best)
        .min_by(|(r, a), (o, b)| {
            (r.article.published, &r.article.ext_id, a.span).cmp(&(
                o.article.published,
                &o.article.ext_id,
                b.span,
            ))
        })
        .map(|(_, a)| a.clone())
}

/// The fused record of a group of reports (sorted by id).
pub fn fuse(reports: &[&StoredEvent]) -> FusedEvent {
    let first = reports[0];
    let mut subs: BTreeMap<&str, usize> = BTreeMap::new();
    for r in reports {
        *subs.entry(r.event.sub_event_type.as_str()).or_default() += 1;
    }
    let sub_event_type = subs
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then(generic_sub_type(b.0).cmp(&generic_sub_type(a.0)))
                .then(b.0.cmp(a.0))
        })
        .map(|(s, _)| s.to_string())
        .unwrap_or_else(|| first.event.sub_event_type.clone());
    let day_reports: Vec<&DateRange> = reports
        .iter()
        .map(|r| &r.event.date.range)
        .filter(|d| d.precision == DatePrecision::Day)
        .collect();
    let date = if !day_reports.is_empty() {
        let start = day_reports
            .iter()
            .map(|d| d.start)
            .min()
            .unwrap_or(first.event.date.range.start);
        let end = day_reports.iter().map(|d| d.end).max().unwrap_or(start);
        DateRange {
            start,
            end,
            precision: if start == end {
                DatePrecision::Day
            } else {
                DatePrecision::Week
            },
        }
    } else {
        let start = reports
            .iter()
            .map(|r| r.event.date.range.start)
            .max()
            .unwrap_or(first.event.date.range.start);
        let end = reports
            .iter()
            .map(|r| r.event.date.range.end)
            .min()
            .unwrap_or(start);
        if start <= end {
            DateRange {
                start,
                end,
                precision: reports
                    .iter()
                    .map(|r| r.event.date.range.precision)
                    .min()
                    .unwrap_or(DatePrecision::Week),
            }
        } else {
            first.event.date.range
        }
    };
    // the most precise place; ties: the one most reports name, then the first report's by
    // its article (not by id, which follows the order of ingest)
    let place_key = |e: &Event| {
        e.location.as_ref().map(|l| {
            l.gazetteer_id
                .clone()
                .or(l.name.clone())
                .unwrap_or_else(|| l.text.clone())
        })
    };
    let location = reports
        .iter()
        .min_by_key(|r| {
            let k = place_key(&r.event);
            let same = reports.iter().filter(|o| place_key(&o.event) == k).count();
            (
                precision_rank(&r.event),
                std::cmp::Reverse(same),
                r.article.published,
                r.article.ext_id.clone(),
                r.event.trigger.span,
            )
        })
        .and_then(|r| r.event.location.clone());
    let mut actors: BTreeSet<String> = BTreeSet::new();
    for r in reports {
        for a in [&r.event.actor1, &r.event.actor2].into_iter().flatten() {
            actors.insert(a.canonical.clone());
        }
    }
    let outlets: BTreeSet<String> = reports.iter().filter_map(|r| outlet(&r.article)).collect();
    let mut list: Vec<FusedReport> = reports
        .iter()
        .map(|r| FusedReport {
            event_id: r.id,
            article: r.article.clone(),
            sub_event_type: r.event.sub_event_type.clone(),
            date: r.event.date.range,
            location: r.event.location.clone(),
            fatalities: r.event.fatalities,
            injured: r.event.injured,
            trigger: r.event.trigger.clone(),
            sentence_text: r.sentence_text.clone(),
            status: r.status,
            reviewer: r.reviewer.clone(),
        })
        .collect();
    list.sort_by(|a, b| {
        (
            a.article.published,
            &a.article.ext_id,
            a.trigger.span,
            a.event_id,
        )
            .cmp(&(
                b.article.published,
                &b.article.ext_id,
                b.trigger.span,
                b.event_id,
            ))
    });
    FusedEvent {
        id: first.id,
        event_type: first.event.event_type.clone(),
        sub_event_type,
        date,
        location,
        actor1: most_named(reports, |e| &e.actor1),
        actor2: most_named(reports, |e| &e.actor2),
        actors: actors.into_iter().collect(),
        fatalities: toll(
            reports,
            |e| e.fatalities,
            |e| e.fatalities_low,
            |e| e.fatalities_high,
        ),
        injured: toll(reports, |e| e.injured, |_| None, |_| None),
        report_count: reports.len(),
        outlets: outlets.into_iter().collect(),
        first_report: reports
            .iter()
            .map(|r| r.article.published)
            .min()
            .unwrap_or(first.article.published),
        last_report: reports
            .iter()
            .map(|r| r.article.published)
            .max()
            .unwrap_or(first.article.published),
        reports: list,
    }
}

// ---------------------------------------------------------------------------------------
// the store's side

fn load(
    tx: &Connection,
    cache: &mut HashMap<EventId, StoredEvent>,
    id: EventId,
) -> Result<Option<()>, StoreError> {
    if cache.contains_key(&id) {
        return Ok(Some(()));
    }
    let mut st = tx.prepare_cached(&format!(
        "SELECT {} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?1",
        crate::sqlite::EVENT_COLUMNS
    ))?;
    let mut rows = st.query([id])?;
    match rows.next()? {
        Some(r) => {
            let e = crate::sqlite::row_event(r)?;
            cache.insert(id, e);
            Ok(Some(()))
        }
        None => Ok(None),
    }
}

/// Reports whose cells meet this report's cells (the report itself left out).
pub(crate) fn candidates(tx: &Connection, e: &StoredEvent) -> Result<Vec<EventId>, StoreError> {
    let Some((d0, d1)) = index_days(&e.event) else {
        return Ok(Vec::new());
    };
    let (_, probe) = cells(&e.event);
    if probe.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (0..probe.len()).map(|i| format!("?{}", i + 4)).collect();
    let mut st = tx.prepare_cached(&format!(
        "SELECT DISTINCT event_id FROM fuse_cells WHERE family = ?1 AND day BETWEEN ?2 AND ?3 AND cell IN ({}) ORDER BY event_id",
        marks.join(",")
    ))?;
    let mut p: Vec<rusqlite::types::Value> = vec![family(&e.event).into(), d0.into(), d1.into()];
    p.extend(probe.iter().map(|c| rusqlite::types::Value::Integer(*c)));
    let v: Vec<EventId> = st
        .query_map(params_from_iter(p.iter()), |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(v.into_iter().filter(|id| *id != e.id).collect())
}

/// What an article's old reports leave behind before they are replaced: the reports they
/// were linked to (to be fused again), and their links and cells removed.
pub(crate) fn detach_article(
    tx: &Connection,
    article_id: ArticleId,
) -> Result<Vec<EventId>, StoreError> {
    // links are kept both ways, (a, b) and (b, a): each link of the article's reports is
    // deleted in both directions through the primary key (a search on `b` alone would read
    // the whole table, and an article made a copy detaches on every such put)
    let pairs: Vec<(EventId, EventId)> = tx
        .prepare_cached(
            "SELECT l.a, l.b FROM fuse_links l JOIN events e ON e.id = l.a WHERE e.article_id = ?1",
        )?
        .query_map([article_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut del = tx.prepare_cached("DELETE FROM fuse_links WHERE a = ?1 AND b = ?2")?;
    for (a, b) in &pairs {
        del.execute(params![a, b])?;
        del.execute(params![b, a])?;
    }
    let near: Vec<EventId> = pairs
        .iter()
        .map(|(_, b)| *b)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    tx.execute(
        "DELETE FROM fuse_cells WHERE event_id IN (SELECT id FROM events WHERE article_id = ?1)",
        [article_id],
    )?;
    tx.execute(
        "DELETE FROM fused WHERE id IN (SELECT fused_id FROM events WHERE article_id = ?1)",
        [article_id],
    )?;
    Ok(near)
}

/// Index an article's reports, link them with their candidates, and fuse again every
/// component they (and `also`, the reports an old version was linked to) belong to.
pub(crate) fn fuse_article(
    tx: &Connection,
    article_id: ArticleId,
    also: Vec<EventId>,
) -> Result<(), StoreError> {
    let mut cache: HashMap<EventId, StoredEvent> = HashMap::new();
    // a record an analyst rejected is no report of any event: it is not indexed, joins
    // nothing and belongs to no fused event
    tx.prepare_cached(
        "UPDATE events SET fused_id = NULL WHERE article_id = ?1 AND status = 'rejected'",
    )?
    .execute([article_id])?;
    let ids: Vec<EventId> = tx
        .prepare_cached(
            "SELECT id FROM events WHERE article_id = ?1 AND status <> 'rejected' ORDER BY id",
        )?
        .query_map([article_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut ins = tx.prepare_cached(
        "INSERT OR IGNORE INTO fuse_cells (family, day, cell, event_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for id in &ids {
        load(tx, &mut cache, *id)?;
        let e = &cache[id];
        if let Some((d0, d1)) = index_days(&e.event) {
            let fam = family(&e.event);
            for c in cells(&e.event).0 {
                for d in d0..=d1 {
                    ins.execute(params![fam, d, c, id])?;
                }
            }
        }
    }
    let mut link = tx.prepare_cached("INSERT OR IGNORE INTO fuse_links (a, b) VALUES (?1, ?2)")?;
    for id in &ids {
        let e = cache[id].clone();
        for c in candidates(tx, &e)? {
            if load(tx, &mut cache, c)?.is_none() {
                continue;
            }
            if judge(&e, &cache[&c]).is_ok() {
                link.execute(params![id, c])?;
                link.execute(params![c, id])?;
            }
        }
    }
    let mut seeds = ids;
    seeds.extend(also);
    refuse(tx, &seeds, &mut cache)
}

/// Fuse again the linked components of `seeds`.
fn refuse(
    tx: &Connection,
    seeds: &[EventId],
    cache: &mut HashMap<EventId, StoredEvent>,
) -> Result<(), StoreError> {
    let mut seen: BTreeSet<EventId> = BTreeSet::new();
    let mut queue: Vec<EventId> = Vec::new();
    for s in seeds {
        if seen.insert(*s) {
            queue.push(*s);
        }
    }
    let mut links: Vec<(EventId, EventId)> = Vec::new();
    let mut nodes: BTreeMap<EventId, StoredEvent> = BTreeMap::new();
    let mut st = tx.prepare_cached("SELECT b FROM fuse_links WHERE a = ?1")?;
    while let Some(n) = queue.pop() {
        if load(tx, cache, n)?.is_none() {
            continue;
        }
        nodes.insert(n, cache[&n].clone());
        let next: Vec<EventId> = st.query_map([n], |r| r.get(0))?.collect::<Result<_, _>>()?;
        for m in next {
            if n < m {
                links.push((n, m));
            }
            if seen.insert(m) {
                queue.push(m);
            }
        }
    }
    if nodes.is_empty() {
        return Ok(());
    }
    let mut del = tx.prepare_cached(
        "DELETE FROM fused WHERE id = (SELECT fused_id FROM events WHERE id = ?1)",
    )?;
    for id in nodes.keys() {
        del.execute([id])?;
    }
    let mut put = tx.prepare_cached(
        "INSERT OR REPLACE INTO fused (id, event_type, sub_event_type, date_start, date_end, country, lat, lon, fatalities, reports, outlets, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut set = tx.prepare_cached("UPDATE events SET fused_id = ?1 WHERE id = ?2")?;
    for g in assign(&nodes, &links) {
        let reps: Vec<&StoredEvent> = g.iter().map(|id| &nodes[id]).collect();
        let f = fuse(&reps);
        let loc = f.location.as_ref();
        put.execute(params![
            f.id,
            f.event_type,
            f.sub_event_type,
            f.date.start.to_string(),
            f.date.end.to_string(),
            loc.and_then(|l| l.country.clone()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            f.fatalities.best.map(|n| n as i64),
            f.report_count as i64,
            f.outlets.len() as i64,
            // the reports' sentences stay in their rows: a page of fused events (sent as
            // stored) is a third smaller, and one fused event reads them back
            serde_json::to_string(&without_sentences(&f))?,
        ])?;
        for id in &g {
            set.execute(params![f.id, id])?;
        }
    }
    Ok(())
}

/// Fuse every report that has no fused event yet (a store written before fusion).
pub(crate) fn fuse_unfused(tx: &Connection) -> Result<usize, StoreError> {
    let arts: Vec<ArticleId> = tx
        .prepare(
            "SELECT DISTINCT article_id FROM events WHERE fused_id IS NULL AND status <> 'rejected' ORDER BY article_id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for a in &arts {
        fuse_article(tx, *a, Vec::new())?;
    }
    Ok(arts.len())
}

/// Why the fused event `id` holds its reports, and the near candidates it does not hold.
pub(crate) fn explain(tx: &Connection, id: FusedId) -> Result<Option<FuseExplanation>, StoreError> {
    let members: Vec<EventId> = tx
        .prepare_cached("SELECT id FROM events WHERE fused_id = ?1 ORDER BY id")?
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if members.is_empty() {
        return Ok(None);
    }
    let mut cache = HashMap::new();
    for m in &members {
        load(tx, &mut cache, *m)?;
    }
    let inside: BTreeSet<EventId> = members.iter().copied().collect();
    let mut joined = Vec::new();
    for (i, a) in members.iter().enumerate() {
        for b in &members[i + 1..] {
            if let Ok(why) = judge(&cache[a], &cache[b]) {
                joined.push(FuseJudgement {
                    a: *a,
                    b: *b,
                    joined: true,
                    why,
                });
            }
        }
    }
    let mut apart = Vec::new();
    for a in &members {
        let e = cache[a].clone();
        for c in candidates(tx, &e)? {
            if inside.contains(&c) || load(tx, &mut cache, c)?.is_none() {
                continue;
            }
            let why = match judge(&e, &cache[&c]) {
                Ok(w) => format!(
                    "the pair passes ({w}), but a vague report (province, country, region or week) linked to more than one event joins none of them"
                ),
                Err(w) => w,
            };
            apart.push(FuseJudgement {
                a: *a,
                b: c,
                joined: false,
                why,
            });
            if apart.len() >= 100 {
                break;
            }
        }
    }
    Ok(Some(FuseExplanation { id, joined, apart }))
}

/// Read a fused event's row.
pub(crate) fn read_fused(c: &Connection, id: FusedId) -> Result<Option<FusedEvent>, StoreError> {
    let rec: Option<String> = c
        .prepare_cached("SELECT record FROM fused WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    match rec {
        Some(r) => Ok(Some(with_sentences(c, serde_json::from_str(&r)?)?)),
        None => Ok(None),
    }
}

/// A fused event as stored (its reports without their sentences, which the event rows hold)
/// with each report's sentence put back.
pub(crate) fn with_sentences(c: &Connection, mut f: FusedEvent) -> Result<FusedEvent, StoreError> {
    let mut st = c.prepare_cached("SELECT sentence_text FROM events WHERE id = ?1")?;
    for r in &mut f.reports {
        if r.sentence_text.is_none() {
            r.sentence_text = st
                .query_row([r.event_id], |x| x.get::<_, Option<String>>(0))
                .optional()?
                .flatten();
        }
    }
    Ok(f)
}

/// A fused event as it is stored: its reports without their sentences.
fn without_sentences(f: &FusedEvent) -> FusedEvent {
    let mut f = f.clone();
    for r in &mut f.reports {
        r.sentence_text = None;
    }
    f
}
