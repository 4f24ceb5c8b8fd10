//! Compiling the index from the raw gazetteers: a pure function over the files' contents.
//!
//! 1. Who's On First rows (`wof_XX.tsv`) with an Arabic name, not deprecated, current rows
//!    first; province rows also give the English province names.
//! 2. GeoNames rows (`cities500_mena.tsv`) with an Arabic-script name. A row that a WOF row
//!    points at (its `geonames_id`) is merged into it (names, population); the others give
//!    their province by a vote of the linked rows with the same `admin1code`.
//! 3. Duplicates merge: two towns of one country sharing a folded name within 5 km are one
//!    place (the WOF locality wins); two units of one kind within 30 km likewise.
//! 4. A name qualified by `فوقاني`, `تحتاني`, `الكبير`, ... also gives its base (`الباغوز`)
//!    when no place has that name already. A district's one-word name also names it without
//!    «مديرية» (`نهم`), and a name ending in «اء» without its hamza (`التحيتا`), when no
//!    regional place and no world town has that name.
//! 5. World towns (`world-cities.tsv`: GeoNames towns of the countries the regional files
//!    do not cover) are added as GeoNames towns, but only with names that no regional place
//!    and no alias has, of four letters or more: a world town takes no regional name, except
//!    a city of a million or more its own Arabic name, where the regional places that have it
//!    are a hundred times smaller (Paris and the village Baris both keep «باريس»).
//! 6. The curated alias file adds press spellings, regions of the press and countries
//!    outside the WOF set; its names point only at the places it names.
//!
//! Keys are folded names; before folding, the Persian and Urdu letters of the world towns'
//! GeoNames spellings become the Arabic letters the press writes (`لشكر گاه` is also
//! `لشكر كاه`).

use crate::matcher::name_key;
use crate::FxBuild;
use crate::{Gazetteer, Place, PlaceKind};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone)]
struct Proto {
    id: String,
    name: String,
    name_ar: String,
    country: String,
    admin1: Option<String>,
    lat: f64,
    lon: f64,
    kind: PlaceKind,
    pop: u32,
    keys: Vec<String>,
}

impl Proto {
    fn add_keys(&mut self, ks: &[String]) {
        for k in ks {
            if !self.keys.contains(k) {
                self.keys.push(k.clone());
            }
        }
    }
}

/// Compile the index. `wof` holds `(file name, contents)` of every `wof_XX.tsv`,
/// `geonames` the contents of `cities500_mena.tsv`, `aliases` of `aliases.tsv`.
pub fn build(wof: &[(&str, &str)], geonames: &str, aliases: &str) -> Gazetteer {
    build_with_report(wof, geonames, aliases).0
}

/// Like [`build`], with notes on what was dropped or could not be applied.
pub fn build_with_report(
    wof: &[(&str, &str)],
    geonames: &str,
    aliases: &str,
) -> (Gazetteer, Vec<String>) {
    build_with_world(wof, geonames, "", aliases)
}

/// Like [`build_with_report`], with the world towns: `world` holds the contents of
/// `world-cities.tsv` (the columns of `cities500_mena.tsv`). A world town keeps only the
/// names (keys) of four letters or more that no regional place and no alias has.
pub fn build_with_world(
    wof: &[(&str, &str)],
    geonames: &str,
    world: &str,
    aliases: &str,
) -> (Gazetteer, Vec<String>) {
    let mut notes = Vec::new();
    // ---- WOF
    let mut region_names: HashMap<(String, String), String> = HashMap::new();
    let mut wof_rows: Vec<(u8, u8, Proto, Option<u32>)> = Vec::new(); // (order, prio, proto, gn)
    for (fname, contents) in wof {
        for line in contents.lines() {
            if line.starts_with("wof_id") || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 13 {
                notes.push(format!("{fname}: short row {}", f[0]));
                continue;
            }
            let deprecated = f.get(13).map(|s| !s.trim().is_empty()).unwrap_or(false);
            if deprecated {
                continue;
            }
            let (country, placetype, name) = (f[1], f[2], f[3]);
            if placetype == "region" {
                let nice = nice_admin1(name, f[5]);
                region_names
                    .entry((country.to_string(), name.to_string()))
                    .or_insert(nice);
            }
            let (kind, order) = match placetype {
                "country" => (PlaceKind::Country, 0),
                "region" => (PlaceKind::Admin1, 0),
                "county" => (PlaceKind::Admin2, 0),
                "locality" => (PlaceKind::Locality, 1),
                "localadmin" => (PlaceKind::Admin2, 3),
                "neighbourhood" => (PlaceKind::Neighbourhood, 4),
                _ => (PlaceKind::Other, 5),
            };
            let names: Vec<&str> = f[4].split('|').filter(|s| !s.is_empty()).collect();
            if names.is_empty() {
                continue;
            }
            let (Ok(lat), Ok(lon)) = (f[6].parse::<f64>(), f[7].parse::<f64>()) else {
                continue;
            };
            let prio = match f[12] {
                "1" => 0,
                "-1" => 1,
                _ => 2,
            };
            let keys = keys_of(names.iter().copied(), false);
            if keys.is_empty() {
                continue;
            }
            let region = f[8];
            let p = Proto {
                id: format!("wof:{}", f[0]),
                name: name.to_string(),
                name_ar: display_ar(names.iter().copied()),
                country: country.to_string(),
                admin1: if region.is_empty() {
                    None
                } else {
                    Some(region.to_string())
                },
                lat,
                lon,
                kind,
                pop: 0,
                keys,
            };
            wof_rows.push((order, prio, p, f[10].parse().ok()));
        }
    }
    // nice province names
    for (_, _, p, _) in wof_rows.iter_mut() {
        if let Some(r) = &p.admin1 {
            if let Some(n) = region_names.get(&(p.country.clone(), r.clone())) {
                p.admin1 = Some(n.clone());
            }
        }
        if p.kind == PlaceKind::Admin1 {
            if let Some(n) = &p.admin1 {
                p.name = n.clone();
            }
        }
    }
    wof_rows.sort_by_key(|r| (r.0, r.1));

    // ---- GeoNames
    let mut gn: Vec<(Proto, String, bool)> = geonames_rows(geonames, false)
        .into_iter()
        .map(|(p, code)| (p, code, false))
        .collect(); // proto, admin1code, consumed
    let mut gn_index: HashMap<u32, usize> = HashMap::new();
    for (i, (p, _, _)) in gn.iter().enumerate() {
        if let Some(id) = p.id.strip_prefix("gn:").and_then(|id| id.parse().ok()) {
            gn_index.insert(id, i);
        }
    }
    // link WOF → GeoNames by id; vote provinces by admin1code
    let mut votes: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
    for (_, _, p, g) in wof_rows.iter_mut() {
        let Some(&gi) = g.and_then(|g| gn_index.get(&g)) else {
            continue;
        };
        let (gp, code, consumed) = &mut gn[gi];
        if gp.country != p.country {
            continue;
        }
        *consumed = true;
        let ks = gp.keys.clone();
        p.add_keys(&ks);
        p.pop = p.pop.max(gp.pop);
        if let Some(a) = &p.admin1 {
            *votes
                .entry((p.country.clone(), code.clone()))
                .or_default()
                .entry(a.clone())
                .or_default() += 1;
        }
    }
    for (p, code, _) in gn.iter_mut() {
        if let Some(v) = votes.get(&(p.country.clone(), code.clone())) {
            p.admin1 = v
                .iter()
                .max_by_key(|(n, c)| (**c, std::cmp::Reverse((*n).clone())))
                .map(|(n, _)| n.clone());
        }
    }

    // ---- merge duplicates, in priority order
    let mut order: Vec<Proto> = Vec::new();
    let (first, rest): (Vec<_>, Vec<_>) = wof_rows.into_iter().partition(|r| r.0 <= 1);
    order.extend(first.into_iter().map(|r| r.2));
    order.extend(gn.into_iter().filter(|g| !g.2).map(|g| g.0));
    order.extend(rest.into_iter().map(|r| r.2));
    let mut kept: Vec<Proto> = Vec::new();
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    let merged = merge_into(order, &mut kept, &mut by_key);
    notes.push(format!(
        "{} places kept, {} duplicates merged",
        kept.len(),
        merged
    ));

    // ---- base names of qualified names
    let all: HashSet<String> = by_key.keys().cloned().collect();
    let mut derived = 0;
    for p in kept.iter_mut() {
        let mut add = Vec::new();
        for k in &p.keys {
            if let Some((base, last)) = k.rsplit_once(' ') {
                if QUALIFIERS.contains(&last) && !all.contains(base) && base.chars().count() > 3 {
                    add.push(base.to_string());
                }
            }
        }
        derived += add.len();
        p.add_keys(&add);
    }
    notes.push(format!("{derived} base names derived from qualified names"));

    // ---- a district's one-word name without «مديرية» («جبهة نهم», «مديريتي شدا والظاهر»),
    // and a name ending in «اء» without its hamza, as the press often writes it («التحيتا»,
    // «شدا»): only where no place has that name already
    // (nor a world town's: they stay the world towns')
    // (the world towns' rows are read once, here, and added after)
    let world_rows = geonames_rows(world, true);
    let world_keys: HashSet<&str> = world_rows
        .iter()
        .flat_map(|(p, _)| p.keys.iter().map(String::as_str))
        .collect();
    let taken = |k: &str| all.contains(k) || world_keys.contains(k);
    let mut bare = 0;
    for p in kept.iter_mut() {
        let mut add: Vec<String> = Vec::new();
        for k in &p.keys {
            if p.kind == PlaceKind::Admin2 {
                if let Some(rest) = k.strip_prefix(crate::table::DISTRICT) {
                    if !rest.contains(' ')
                        && letters(rest) >= 3
                        && !taken(rest)
                        && !add.iter().any(|a| a == rest)
                    {
                        add.push(rest.to_string());
                    }
                }
            }
        }
        let with_bare: Vec<String> = p.keys.iter().chain(add.iter()).cloned().collect();
        for k in &with_bare {
            if let Some(stem) = k.strip_suffix('ء') {
                if stem.ends_with('ا')
                    && letters(stem.trim_start_matches("ال")) >= 3
                    && !taken(stem)
                    && !add.iter().any(|a| a == stem)
                {
                    add.push(stem.to_string());
                }
            }
        }
        bare += add.len();
        p.add_keys(&add);
    }
    notes.push(format!(
        "{bare} names of districts without «مديرية» and of names without their final hamza"
    ));

    // ---- world towns: only names no regional place and no alias has
    if !world.trim().is_empty() {
        // each regional key with the largest population of the regional places that have it
        let mut regional: HashMap<&str, u32> = HashMap::new();
        for p in &kept {
            for k in &p.keys {
                let e = regional.entry(k.as_str()).or_insert(0);
                *e = (*e).max(p.pop);
            }
        }
        let alias_keys: HashSet<String> = aliases
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .map(|n| name_key(n.trim()))
            .collect();
        // a world city of a million or more keeps its own Arabic name (of five letters or
        // more) when regional places a hundred times smaller have it too («باريس»: Paris, and
        // the Egyptian village Baris): the world index is read only for an event the regional
        // index placed no finer than its country. Its other names (aliases, derived base
        // names: «ميدان» of Medan, «غازي» of Ghaziabad) stay the regional places'.
        let free = |k: &str, p: &Proto| match regional.get(k) {
            None => !alias_keys.contains(k),
            Some(&r) => {
                !alias_keys.contains(k)
                    && p.pop >= WORLD_BIG_CITY
                    && u64::from(r) * 100 <= u64::from(p.pop)
                    && letters(k) >= 5
                    && name_key(&p.name_ar) == k
            }
        };
        let (mut towns, mut names_dropped, mut towns_dropped) = (Vec::new(), 0usize, 0usize);
        for (mut p, _) in world_rows {
            let before = p.keys.len();
            let keys = std::mem::take(&mut p.keys);
            p.keys = keys
                .into_iter()
                .filter(|k| free(k, &p) && letters(k) >= WORLD_MIN_LETTERS)
                .collect();
            names_dropped += before - p.keys.len();
            if p.keys.is_empty() {
                towns_dropped += 1;
            } else {
                towns.push(p);
            }
        }
        drop(regional);
        let n = towns.len();
        let before = kept.len();
        let merged = merge_into(towns, &mut kept, &mut by_key);
        notes.push(format!(
            "world towns: {n} with a name of their own ({} places, {merged} duplicates merged), \
             {towns_dropped} without; {names_dropped} names left to regional places or too short",
            kept.len() - before
        ));
    }

    // ---- curated aliases
    let mut curated: HashSet<String, FxBuild> = HashSet::default();
    let mut new_places: HashMap<(String, String), usize> = HashMap::new();
    for (n, line) in aliases.lines().enumerate() {
        let line = line.trim_end();
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').map(str::trim).collect();
        if f.len() < 3 {
            notes.push(format!(
                "aliases.tsv:{}: expected at least 3 columns",
                n + 1
            ));
            continue;
        }
        let (ar, target, country) = (f[0], f[1], f[2]);
        let key = name_key(ar);
        let t = if f.len() >= 6 && !f[3].is_empty() {
            let Some(kind) = PlaceKind::from_code(f[3]) else {
                notes.push(format!("aliases.tsv:{}: unknown kind {}", n + 1, f[3]));
                continue;
            };
            let (Ok(lat), Ok(lon)) = (f[4].parse::<f64>(), f[5].parse::<f64>()) else {
                notes.push(format!("aliases.tsv:{}: bad coordinates", n + 1));
                continue;
            };
            *new_places
                .entry((target.to_string(), country.to_string()))
                .or_insert_with(|| {
                    kept.push(Proto {
                        id: format!("marsad:{}", slug(target, country)),
                        name: target.to_string(),
                        name_ar: ar.to_string(),
                        country: country.to_string(),
                        admin1: None,
                        lat,
                        lon,
                        kind,
                        pop: 0,
                        keys: Vec::new(),
                    });
                    kept.len() - 1
                })
        } else if target.starts_with("wof:") || target.starts_with("gn:") {
            match kept.iter().position(|p| p.id == target) {
                Some(t) => t,
                None => {
                    notes.push(format!("aliases.tsv:{}: no place {target}", n + 1));
                    continue;
                }
            }
        } else {
            let best = kept
                .iter()
                .enumerate()
                .filter(|(_, p)| p.country == country && p.name.eq_ignore_ascii_case(target))
                .max_by_key(|(_, p)| (kind_rank(p.kind), p.pop, p.id.starts_with("wof:")));
            match best {
                Some((t, _)) => t,
                None => {
                    notes.push(format!(
                        "aliases.tsv:{}: no place named {target} in {country}",
                        n + 1
                    ));
                    continue;
                }
            }
        };
        if key.is_empty() {
            continue;
        }
        if curated.insert(key.clone()) {
            // a curated name points only at the places the alias file names
            for p in kept.iter_mut() {
                p.keys.retain(|k| k != &key);
            }
        }
        kept[t].add_keys(std::slice::from_ref(&key));
    }

    let mut places = Vec::with_capacity(kept.len());
    let mut keys = Vec::with_capacity(kept.len());
    for p in kept {
        if p.keys.is_empty() {
            continue;
        }
        places.push(Place {
            id: p.id,
            name: p.name,
            name_ar: p.name_ar,
            country: p.country,
            admin1: p.admin1,
            lat: p.lat,
            lon: p.lon,
            kind: p.kind,
            population: p.pop,
        });
        keys.push(p.keys);
    }
    (Gazetteer::from_parts(places, keys, curated), notes)
}

/// Words that qualify a village name (`الباغوز فوقاني`): the base name also names it.
const QUALIFIERS: &[&str] = &[
    "فوقاني",
    "تحتاني",
    "الفوقاني",
    "التحتاني",
    "فوقا",
    "تحتا",
    "الكبير",
    "الصغير",
    "الكبيره",
    "الصغيره",
    "الكبري",
    "الصغري",
    "الشرقي",
    "الغربي",
    "الشمالي",
    "الجنوبي",
    "الشرقيه",
    "الغربيه",
    "الشماليه",
    "الجنوبيه",
    "العليا",
    "السفلي",
    "الفوقا",
    "التحتا",
    "الجديد",
    "الجديده",
    "القديم",
    "القديمه",
    "كبير",
    "صغير",
];

fn kind_rank(k: PlaceKind) -> u8 {
    match k {
        PlaceKind::Country => 6,
        PlaceKind::Locality => 5,
        PlaceKind::Admin1 => 4,
        PlaceKind::Region => 3,
        PlaceKind::Admin2 => 2,
        PlaceKind::Neighbourhood => 1,
        PlaceKind::Other => 0,
    }
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// World towns keep only names of at least this many letters.
const WORLD_MIN_LETTERS: usize = 4;

/// A world town of this population or more keeps a name that regional places a hundred times
/// smaller have too.
const WORLD_BIG_CITY: u32 = 1_000_000;

fn letters(k: &str) -> usize {
    k.chars().filter(|c| !c.is_whitespace()).count()
}

/// The Arabic letter the press writes for a Persian or Urdu one (`گ` → `ك`), or the letter.
fn arabic_letter(c: char) -> char {
    match c {
        'گ' => 'ك',
        'پ' => 'ب',
        'چ' => 'ج',
        'ژ' => 'ز',
        'ڤ' => 'ف',
        'ک' => 'ك',
        'ی' | 'ے' => 'ي',
        'ہ' | 'ھ' | 'ۀ' => 'ه',
        'ں' => 'ن',
        'ٹ' => 'ت',
        'ڈ' => 'د',
        'ڑ' => 'ر',
        _ => c,
    }
}

/// The folded key of one name, without a generic head; `None` when it cannot be a key
/// (fewer than three letters, no Arabic letter, Latin letters or digits, over six words).
fn key_of(name: &str) -> Option<String> {
    let mut k = name_key(name);
    // `قرية الصالحية`: the generic word is a cue in the text, not part of the name
    for generic in ["قريه ", "بلده ", "مدينه ", "ناحيه "] {
        if let Some(rest) = k.strip_prefix(generic) {
            k = rest.to_string();
        }
    }
    if letters(&k) < 3
        || !k.chars().any(is_arabic_letter)
        || k.chars().any(|c| c.is_ascii_alphanumeric())
        || k.split(' ').count() > 6
    {
        return None;
    }
    Some(k)
}

/// Matching keys of a place's names: folded, at least three letters, some Arabic, no digits.
/// With `press_letters` (the world towns), a name with Persian or Urdu letters gives the key of
/// its Arabic spelling (`لشكر گاه` → `لشكر كاه`), and its own key too when that is written in
/// the Arabic block only; the regional files' keys stay as their names are written.
fn keys_of<'a>(names: impl Iterator<Item = &'a str>, press_letters: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        let arabic: String = if press_letters {
            n.chars().map(arabic_letter).collect()
        } else {
            n.to_string()
        };
        let own = key_of(n);
        let mapped = if arabic != n { key_of(&arabic) } else { None };
        // its own key too, when every letter of it is of the Arabic block
        let own = own.filter(|k| {
            mapped.is_none()
                || k.chars()
                    .all(|c| !c.is_alphabetic() || ('\u{0600}'..='\u{06FF}').contains(&c))
        });
        for k in own.into_iter().chain(mapped) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// GeoNames rows (`cities500_mena.tsv`, `world-cities.tsv`) with an Arabic-script name, as
/// towns, with their `admin1code`.
fn geonames_rows(text: &str, press_letters: bool) -> Vec<(Proto, String)> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with("geonameid") || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 8 || f[3].is_empty() {
            continue;
        }
        let (Ok(id), Ok(lat), Ok(lon)) = (
            f[0].parse::<u32>(),
            f[4].parse::<f64>(),
            f[5].parse::<f64>(),
        ) else {
            continue;
        };
        let names: Vec<&str> = f[3].split('|').filter(|s| !s.is_empty()).collect();
        let keys = keys_of(names.iter().copied(), press_letters);
        if keys.is_empty() {
            continue;
        }
        out.push((
            Proto {
                id: format!("gn:{id}"),
                name: f[2].to_string(),
                name_ar: display_ar(names.iter().copied()),
                country: f[1].to_string(),
                admin1: None,
                lat,
                lon,
                kind: PlaceKind::Locality,
                pop: f[6].parse().unwrap_or(0),
                keys,
            },
            f[7].to_string(),
        ));
    }
    out
}

/// Add places in priority order, merging duplicates: two towns of one country sharing a
/// folded name within 5 km are one place, two units of one kind within 30 km likewise.
/// Returns how many were merged.
fn merge_into(
    order: Vec<Proto>,
    kept: &mut Vec<Proto>,
    by_key: &mut HashMap<String, Vec<usize>>,
) -> usize {
    let mut merged = 0usize;
    for p in order {
        let mut target = None;
        'find: for k in &p.keys {
            if let Some(v) = by_key.get(k) {
                for &t in v {
                    let q = &kept[t];
                    if q.country != p.country {
                        continue;
                    }
                    let d = crate::distance_km(q.lat, q.lon, p.lat, p.lon);
                    // a town absorbs a later town or sub-district of its name; units of
                    // one kind absorb their duplicates
                    let same = if q.kind.is_point() || p.kind.is_point() {
                        q.kind.is_point()
                            && (p.kind.is_point() || p.kind == PlaceKind::Admin2)
                            && d < 5.0
                    } else {
                        q.kind == p.kind && d < 30.0
                    };
                    if same {
                        target = Some(t);
                        break 'find;
                    }
                }
            }
        }
        match target {
            Some(t) => {
                merged += 1;
                let q = &mut kept[t];
                q.add_keys(&p.keys);
                q.pop = q.pop.max(p.pop);
                if q.admin1.is_none() {
                    q.admin1 = p.admin1.clone();
                }
                for k in &p.keys {
                    let v = by_key.entry(k.clone()).or_default();
                    if !v.contains(&t) {
                        v.push(t);
                    }
                }
            }
            None => {
                let t = kept.len();
                for k in &p.keys {
                    by_key.entry(k.clone()).or_default().push(t);
                }
                kept.push(p);
            }
        }
    }
    merged
}

/// A display name: the first name written in Arabic letters only (GeoNames mixes Persian,
/// Urdu and Kurdish spellings into the same column), without bidi marks.
fn display_ar<'a>(names: impl Iterator<Item = &'a str> + Clone) -> String {
    let persian = |c: char| {
        matches!(
            c,
            'پ' | 'چ'
                | 'ژ'
                | 'گ'
                | 'ی'
                | 'ک'
                | 'ە'
                | 'ۆ'
                | 'ێ'
                | 'ڵ'
                | 'ڕ'
                | 'ھ'
                | 'ہ'
                | 'ے'
                | 'ۇ'
                | 'ۋ'
                | 'ې'
        )
    };
    let pick = names
        .clone()
        .find(|n| !n.chars().any(persian))
        .or_else(|| names.clone().next());
    pick.unwrap_or("")
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect::<String>()
        .trim()
        .to_string()
}

/// The English name of a province: `Deir ez-Zor` from `Deir ez-Zor Governorate`.
fn nice_admin1(name: &str, names_en: &str) -> String {
    for suffix in [
        " Governorate",
        " Province",
        " Region",
        " District",
        " Wilayat",
        " Wilaya",
    ] {
        for e in names_en.split('|') {
            if let Some(s) = e.strip_suffix(suffix) {
                if !s.contains(" of ") && !s.is_empty() {
                    return s.to_string();
                }
            }
        }
    }
    name.to_string()
}

fn slug(s: &str, country: &str) -> String {
    let mut out = country.to_ascii_lowercase();
    out.push('-');
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn province_names() {
        assert_eq!(
            nice_admin1(
                "Days Az Zawr",
                "Dayr az Zawr|Deir ez-Zor Governorate|Deir ez-Zor"
            ),
            "Deir ez-Zor"
        );
        assert_eq!(
            nice_admin1("Baghdad", "Baghdad|Mayorality of Baghdad"),
            "Baghdad"
        );
    }

    #[test]
    fn builds_merges_and_aliases() {
        let wof = "wof_id\tcountry\tplacetype\tname\tnames_ar\tnames_en\tlat\tlon\tregion\tcounty\tgeonames_id\twikidata_id\tis_current\tdeprecated\n\
1\tSY\tregion\tDays Az Zawr\tدير الزور|محافظة دير الزور\tDeir ez-Zor Governorate\t35.1\t40.3\tDays Az Zawr\t\t\t\t1\t\n\
2\tSY\tlocality\tBaghuz Fawqani\tباغوز فوقاني|الباغوز فوقاني\t\t34.46\t40.95\tDays Az Zawr\t\t171943\t\t-1\t\n\
3\tSY\tlocality\tOld\tقرية قديمة\t\t34.0\t40.0\t\t\t\t\t0\t2016-01-01\n";
        let gn = "geonameid\tcountry\tname\tnames_ar\tlat\tlon\tpopulation\tadmin1code\talternatenames_other\n\
171943\tSY\tAl Baghuz Fawqani\tالباغوز الفوقاني\t34.461\t40.949\t10000\t05\t\n\
999\tSY\tOther Town\tبلدة أخرى\t34.0\t40.0\t600\t05\t\n";
        let aliases = "# test\nالهول\tmarsad-test\tSY\tlocality\t36.39\t41.15\n";
        let (g, _) = build_with_report(&[("wof_sy.tsv", wof)], gn, aliases);
        let b = g.lookup("الباغوز فوقاني");
        assert_eq!(b.len(), 1);
        let p = g.place(b[0]);
        assert_eq!(p.population, 10000);
        assert_eq!(p.admin1.as_deref(), Some("Deir ez-Zor"));
        assert_eq!(g.lookup("الباغوز الفوقاني"), b, "GeoNames names merged in");
        assert_eq!(g.lookup("الباغوز"), b, "base name derived");
        assert!(g.lookup("قرية قديمة").is_empty(), "deprecated rows dropped");
        let o = g.place(g.lookup("أخرى")[0]);
        assert_eq!(
            o.admin1.as_deref(),
            Some("Deir ez-Zor"),
            "province voted by admin1code"
        );
        assert!(g.is_curated("الهول"));
        let back = Gazetteer::from_bytes(&g.to_bytes()).unwrap();
        assert_eq!(back.len(), g.len());
        assert_eq!(back.lookup("الباغوز"), b);
        assert!(back.is_curated("الهول"));
    }

    #[test]
    fn a_district_answers_to_its_bare_name_and_a_final_hamza_may_be_left_out() {
        let wof = "wof_id\tcountry\tplacetype\tname\tnames_ar\tnames_en\tlat\tlon\tregion\tcounty\tgeonames_id\twikidata_id\tis_current\tdeprecated\n\
1\tYE\tcounty\tNihm\tمديرية نهم\tNihm District\t15.7\t44.5\tSana'a\tNihm\t\t\t1\t\n\
2\tYE\tcounty\tShada'a\tمديرية شداء\tShada'a District\t16.9\t43.2\tSa`dah\tShada'a\t\t\t1\t\n\
3\tYE\tcounty\tHays\tمديرية حيس\tHays District\t13.9\t43.5\tAl Hudaydah\tHays\t\t\t1\t\n\
4\tYE\tlocality\tHays\tحيس\t\t13.93\t43.48\tAl Hudaydah\tHays\t\t\t1\t\n\
5\tYE\tlocality\tAt Tuhayta'\tالتحيتاء\t\t14.18\t43.22\tAl Hudaydah\t\t\t\t1\t\n\
6\tYE\tlocality\tSanaa\tصنعاء|صنعا\t\t15.35\t44.2\tSana'a\t\t\t\t1\t\n\
7\tYE\tlocality\tSanaa2\tصنعاء الجديدة\t\t15.3\t44.1\tSana'a\t\t\t\t1\t\n\
8\tYE\tcounty\tAb\tمديرية أب\t\t13.9\t44.1\tIbb\t\t\t\t1\t\n";
        let (g, _) = build_with_report(&[("wof_ye.tsv", wof)], GN_HEADER, "");
        let nihm = g.lookup("مديرية نهم");
        assert_eq!(nihm.len(), 1);
        assert_eq!(
            g.lookup("نهم"),
            nihm,
            "a district's one word without «مديرية»"
        );
        assert_eq!(
            g.lookup("شدا"),
            g.lookup("مديرية شداء"),
            "and without its hamza"
        );
        assert_eq!(g.lookup("التحيتا"), g.lookup("التحيتاء"));
        // a name some place has already stays that place's: the town of Hays, Sanaa
        assert_eq!(g.lookup("حيس").len(), 1);
        assert_eq!(g.place(g.lookup("حيس")[0]).name, "Hays");
        assert_eq!(g.place(g.lookup("حيس")[0]).kind, PlaceKind::Locality);
        assert_eq!(g.lookup("صنعا"), g.lookup("صنعاء"));
        assert!(
            g.lookup("صنعا الجديدة").is_empty(),
            "only a name's last word loses its hamza"
        );
        // fewer than three letters is no name
        assert!(g.lookup("اب").is_empty());
    }

    const GN_HEADER: &str =
        "geonameid\tcountry\tname\tnames_ar\tlat\tlon\tpopulation\tadmin1code\talternatenames_other\n";

    #[test]
    fn persian_letters_of_world_towns_match_their_arabic_spelling() {
        let world = format!(
            "{GN_HEADER}1134720\tAF\tLashkar Gah\tlshkrgaہ|لشكر گاه|لشکرگاہ\t31.59\t64.37\t43934\t10\t\n\
             1168197\tAF\tTest Town\tپُل چرخی|ژاله\t34.5\t69.3\t30000\t13\t\n"
        );
        // the regional files' names are keyed as they are written
        let (r, _) = build_with_world(&[], &world, "", "");
        assert!(
            r.lookup("لشكر كاه").is_empty(),
            "a regional name is not rewritten"
        );
        assert_eq!(r.lookup("لشكر گاه").len(), 1);
        let (g, _) = build_with_world(&[], GN_HEADER, &world, "");
        let lg = g.lookup("لشكر گاه");
        assert_eq!(lg.len(), 1, "the GeoNames spelling itself still matches");
        assert_eq!(g.place(lg[0]).name, "Lashkar Gah");
        assert_eq!(g.lookup("لشكر كاه"), lg, "گ is written ك");
        assert_eq!(g.lookup("لشكركاه"), lg, "ہ is written ه");
        let t = g.lookup("بل جرخي");
        assert_eq!(t.len(), 1, "پ → ب, چ → ج, ی → ي");
        assert_eq!(g.lookup("زاله"), t, "ژ → ز");
        assert!(g.lookup("lshkrgaہ").is_empty(), "Latin letters are no key");
        assert_eq!(arabic_letter('ڤ'), 'ف');
        assert_eq!(arabic_letter('ں'), 'ن');
        assert_eq!(arabic_letter('ٹ'), 'ت');
        assert_eq!(arabic_letter('ڈ'), 'د');
        assert_eq!(arabic_letter('ڑ'), 'ر');
        assert_eq!(arabic_letter('ۀ'), 'ه');
        assert_eq!(arabic_letter('ے'), 'ي');
    }

    /// The countries of the places a name looks up, sorted.
    fn countries_of(g: &Gazetteer, name: &str) -> Vec<String> {
        let mut v: Vec<String> = g
            .lookup(name)
            .iter()
            .map(|&p| g.place(p).country.clone())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_world_city_keeps_its_own_name_from_a_far_smaller_regional_town() {
        let gn = format!(
            "{GN_HEADER}9990100\tEG\tBaris\tباريس\t24.67\t30.6\t5000\t06\t\n\
             9990101\tEG\tMidan\tميدان\t30.0\t31.2\t4000\t11\t\n\
             9990102\tEG\tLyon Village\tليون\t30.1\t31.3\t40000\t11\t\n"
        );
        let world = format!(
            "{GN_HEADER}2988507\tFR\tParis\tباريس|باريز\t48.85\t2.35\t2138551\t11\t\n\
             1214520\tID\tMedan\tمدان|ميدان\t3.58\t98.67\t2486283\t26\t\n\
             2996944\tFR\tLyon\tليون|ليونة\t45.75\t4.85\t522969\t84\t\n"
        );
        let (g, _) = build_with_world(&[], &gn, &world, "");
        let countries = |n: &str| countries_of(&g, n);
        assert_eq!(countries("باريس"), ["EG", "FR"], "Paris keeps its own name");
        assert_eq!(
            countries("ميدان"),
            ["EG"],
            "another name of Medan stays regional"
        );
        assert_eq!(countries("مدان"), ["ID"]);
        assert_eq!(
            countries("ليون"),
            ["EG"],
            "a city under a million leaves it"
        );
        assert_eq!(countries("ليونة"), ["FR"]);
    }

    #[test]
    fn world_town_never_takes_a_regional_key() {
        let wof = "wof_id\tcountry\tplacetype\tname\tnames_ar\tnames_en\tlat\tlon\tregion\tcounty\tgeonames_id\twikidata_id\tis_current\tdeprecated\n\
10\tEG\tlocality\tAlexandria\tالإسكندرية\t\t31.2\t29.9\t\t\t\t\t1\t\n\
11\tSY\tlocality\tBaghuz Fawqani\tالباغوز فوقاني\t\t34.46\t40.95\t\t\t\t\t1\t\n";
        let gn = format!("{GN_HEADER}281184\tPS\tBethlehem\tبيت لحم\t31.7\t35.2\t29000\t04\t\n");
        let world = format!(
            "{GN_HEADER}4314550\tUS\tAlexandria\tالإسكندرية|الكسندريا\t38.8\t-77.05\t150000\tVA\t\n\
             4717232\tUS\tPalestine\tفلسطين\t31.76\t-95.63\t18000\tTX\t\n\
             4180000\tUS\tBethlehem\tبيت لحم|بيتلحم\t40.6\t-75.37\t75000\tPA\t\n\
             9990001\tUS\tBaghuz\tالباغوز\t40.0\t-75.0\t20000\tPA\t\n\
             9990002\tUS\tAden\tعدن\t40.0\t-80.0\t30000\tOH\t\n\
             1625822\tID\tSurabaya\tسورابايا|سورابایا\t-7.25\t112.75\t3018022\t08\t\n"
        );
        let aliases = "فلسطين\tPalestine\tPS\tcountry\t31.9\t35.2\n";
        let (g, notes) = build_with_world(&[("wof_x.tsv", wof)], &gn, &world, aliases);
        let country = |n: &str| countries_of(&g, n);
        assert_eq!(country("الإسكندرية"), ["EG"], "a WOF name stays regional");
        assert_eq!(
            country("الكسندريا"),
            ["US"],
            "the world town keeps its own names"
        );
        assert_eq!(country("بيت لحم"), ["PS"], "a GeoNames name stays regional");
        assert_eq!(country("بيتلحم"), ["US"]);
        assert_eq!(
            country("فلسطين"),
            ["PS"],
            "an alias stays the alias's place"
        );
        assert!(
            g.by_source_id("gn:4717232").is_none(),
            "no name of its own: dropped"
        );
        assert_eq!(
            country("الباغوز"),
            ["SY"],
            "a derived base name stays regional"
        );
        assert!(
            g.by_source_id("gn:9990002").is_none(),
            "names of three letters dropped"
        );
        assert!(country("عدن").is_empty());
        let s = g.lookup("سورابايا");
        assert_eq!(s.len(), 1);
        let p = g.place(s[0]);
        assert_eq!((p.id.as_str(), p.country.as_str()), ("gn:1625822", "ID"));
        assert_eq!((p.kind, p.population), (PlaceKind::Locality, 3018022));
        assert!(
            notes
                .iter()
                .any(|n| n.starts_with("world towns: 3 with a name of their own")),
            "{notes:?}"
        );
        // without the world file, the regional index is what it was
        let (r, _) = build_with_report(&[("wof_x.tsv", wof)], &gn, aliases);
        assert!(r.lookup("سورابايا").is_empty());
        assert_eq!(r.len() + 3, g.len());
    }
}
