//! The index file: UTF-8 TSV, one place per line, so it diffs and greps well.
//!
//! ```text
//! # marsad gazetteer index v1 ...
//! id  kind  country  admin1  lat  lon  population  name  name_ar  keys
//! ```
//! `keys` are the folded names (tokens joined by one space) separated by `|`; a key from
//! the curated alias file starts with `!`. Empty `admin1` means unknown.

use crate::{FormatError, FxBuild, Gazetteer, Place, PlaceKind};
use std::collections::HashSet;
use std::fmt::Write;

const MAGIC: &str = "# marsad gazetteer index v1";
const HEADER: &str = "id\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tname\tname_ar\tkeys";

pub(crate) fn to_bytes(g: &Gazetteer) -> Vec<u8> {
    let mut keys: Vec<Vec<&str>> = vec![Vec::new(); g.places.len()];
    for (k, ids) in &g.names {
        for &i in ids {
            keys[i as usize].push(k.as_str());
        }
    }
    let mut s = String::with_capacity(g.places.len() * 120);
    s.push_str(MAGIC);
    s.push_str(" (Data from Who's On First, CC BY 4.0; GeoNames, CC BY 4.0; see README.md)\n");
    s.push_str(HEADER);
    s.push('\n');
    for (i, p) in g.places.iter().enumerate() {
        let ks = &mut keys[i];
        ks.sort_unstable();
        let _ = write!(
            s,
            "{}\t{}\t{}\t{}\t{:.5}\t{:.5}\t{}\t{}\t{}\t",
            p.id,
            p.kind.code(),
            p.country,
            p.admin1.as_deref().unwrap_or(""),
            p.lat,
            p.lon,
            p.population,
            clean(&p.name),
            clean(&p.name_ar)
        );
        for (j, k) in ks.iter().enumerate() {
            if j > 0 {
                s.push('|');
            }
            if g.curated.contains(*k) {
                s.push('!');
            }
            s.push_str(k);
        }
        s.push('\n');
    }
    s.into_bytes()
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '|'], " ")
}

pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, FormatError> {
    let err = |line: usize, m: &str| FormatError { line, message: m.to_string() };
    let text = std::str::from_utf8(bytes).map_err(|_| err(0, "not UTF-8"))?;
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, l)) if l.starts_with(MAGIC) => {}
        _ => return Err(err(1, "not a marsad gazetteer index (bad first line)")),
    }
    let mut places = Vec::with_capacity(text.len() / 100);
    let mut keys = Vec::with_capacity(text.len() / 100);
    let mut curated: HashSet<String, FxBuild> = HashSet::default();
    for (n, line) in lines {
        if line.is_empty() || line.starts_with('#') || line.starts_with("id\t") {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 10 {
            return Err(err(n + 1, "expected 10 columns"));
        }
        let kind = PlaceKind::from_code(f[1]).ok_or_else(|| err(n + 1, "unknown kind"))?;
        let num = |s: &str| s.parse::<f64>().map_err(|_| err(n + 1, "bad number"));
        places.push(Place {
            id: f[0].to_string(),
            name: f[7].to_string(),
            name_ar: f[8].to_string(),
            country: f[2].to_string(),
            admin1: if f[3].is_empty() { None } else { Some(f[3].to_string()) },
            lat: num(f[4])?,
            lon: num(f[5])?,
            kind,
            population: f[6].parse().map_err(|_| err(n + 1, "bad population"))?,
        });
        let mut ks = Vec::new();
        for k in f[9].split('|') {
            if let Some(k) = k.strip_prefix('!') {
                curated.insert(k.to_string());
                ks.push(k.to_string());
            } else if !k.is_empty() {
                ks.push(k.to_string());
            }
        }
        keys.push(ks);
    }
    Ok(Gazetteer::from_parts(places, keys, curated))
}
