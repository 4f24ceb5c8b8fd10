//! The index file: UTF-8 TSV, one place per line, so it diffs and greps well.
//!
//! ```text
//! # marsad gazetteer index v1 ...
//! id  kind  country  admin1  lat  lon  population  name  name_ar  keys
//! ```
//! `keys` are the folded names (tokens joined by one space) separated by `|`; a key from
//! the curated alias file starts with `!`. Empty `admin1` means unknown.

use crate::{FormatError, FxBuild, Gazetteer, Place, PlaceId, PlaceKind};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use std::fmt::Write;

const MAGIC: &str = "# marsad gazetteer index v1";
const HEADER: &str = "id\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tname\tname_ar\tkeys";

pub(crate) fn write_text(places: &[Place], keys: &[Vec<String>], curated: &HashSet<String, FxBuild>) -> String {
    let mut s = String::with_capacity(places.len() * 120);
    s.push_str(MAGIC);
    s.push_str(" (Data from Who's On First, CC BY 4.0; GeoNames, CC BY 4.0; see README.md)\n");
    s.push_str(HEADER);
    s.push('\n');
    for (p, ks) in places.iter().zip(keys) {
        let mut ks: Vec<&String> = ks.iter().collect();
        ks.sort_unstable();
        ks.dedup();
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
            if curated.contains(k.as_str()) {
                s.push('!');
            }
            s.push_str(k);
        }
        s.push('\n');
    }
    s
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '|'], " ")
}

pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, FormatError> {
    let text = std::str::from_utf8(bytes).map_err(|_| FormatError { line: 0, message: "not UTF-8".into() })?;
    from_text(Cow::Owned(text.to_string()))
}

/// Build the name tables; rows are parsed later, one at a time ([`parse_row`]).
pub(crate) fn from_text(text: Cow<'static, str>) -> Result<Gazetteer, FormatError> {
    let err = |line: usize, m: &str| FormatError { line, message: m.to_string() };
    if !text.starts_with(MAGIC) {
        return Err(err(1, "not a marsad gazetteer index (bad first line)"));
    }
    let mut rows: Vec<u32> = Vec::with_capacity(text.len() / 100);
    let mut pairs: Vec<(&str, PlaceId)> = Vec::with_capacity(text.len() / 60);
    let mut curated: HashSet<Box<str>, FxBuild> = HashSet::default();
    let mut off = 0usize;
    for (n, line) in text.split('\n').enumerate() {
        let start = off;
        off += line.len() + 1;
        if line.is_empty() || line.starts_with('#') || line.starts_with("id\t") {
            continue;
        }
        let Some(t) = line.rfind('\t') else { return Err(err(n + 1, "expected 10 columns")) };
        let id = rows.len() as PlaceId;
        rows.push(start as u32);
        for k in line[t + 1..].split('|') {
            if let Some(k) = k.strip_prefix('!') {
                curated.insert(k.into());
                pairs.push((k, id));
            } else if !k.is_empty() {
                pairs.push((k, id));
                // a district is written without its word «مديرية» too: «قبة مشرعة وحدنان»
                // (only names of two words or more, so that a town keeps its single name)
                if let Some(rest) = k.strip_prefix(DISTRICT) {
                    if rest.contains(' ') {
                        pairs.push((rest, id));
                    }
                }
            }
        }
    }
    // group the (name, place) pairs by name without sorting: a chain per name
    let mut group: HashMap<&str, u32, FxBuild> = HashMap::default();
    group.reserve(pairs.len());
    let mut heads: Vec<(u32, u32)> = Vec::with_capacity(pairs.len()); // (head link, count)
    let mut links: Vec<(PlaceId, u32)> = Vec::with_capacity(pairs.len()); // (place, next)
    let mut order: Vec<&str> = Vec::with_capacity(pairs.len());
    for &(k, id) in &pairs {
        let g = *group.entry(k).or_insert_with(|| {
            heads.push((u32::MAX, 0));
            order.push(k);
            heads.len() as u32 - 1
        });
        let h = &mut heads[g as usize];
        if h.0 != u32::MAX && links[h.0 as usize].0 == id {
            continue;
        }
        links.push((id, h.0));
        h.0 = links.len() as u32 - 1;
        h.1 += 1;
    }
    let mut chain: HashMap<u64, crate::Node, marsad_text::hash::PreHashedBuild> = HashMap::default();
    chain.reserve(order.len() * 3 / 2);
    let mut keys: Vec<(u32, u32)> = Vec::with_capacity(order.len());
    let base = text.as_ptr() as usize;
    let mut first = marsad_text::hash::HashFilter::new(20);
    let mut cands = vec![0 as PlaceId; links.len()];
    let mut a = 0usize;
    for (g, k) in order.iter().enumerate() {
        let (mut l, n) = heads[g];
        // the chain runs newest first: fill backwards to keep id order
        let mut w = a + n as usize;
        while l != u32::MAX {
            w -= 1;
            cands[w] = links[l as usize].0;
            l = links[l as usize].1;
        }
        let mut words = k.split(' ');
        let w0 = words.next().unwrap_or(k);
        first.insert(marsad_text::hash::fx_str(w0));
        let mut h = marsad_text::hash::fx_str(w0);
        for w in words {
            chain.entry(h).or_default().prefix = true;
            h = marsad_text::hash::chain(h, marsad_text::hash::fx_str(w));
        }
        let node = chain.entry(h).or_default();
        node.a = a as u32;
        node.n = n;
        let off = k.as_ptr() as usize - base;
        keys.push((off as u32, (off + k.len()) as u32));
        a += n as usize;
    }
    cands.truncate(a);
    let cache = std::iter::repeat_with(OnceLock::new).take(rows.len()).collect();
    Ok(Gazetteer { text: Cow::Borrowed(""), rows, cache, ids: OnceLock::new(), chain, keys, cands, first, curated, stop: HashMap::default() }
        .with_text(text))
}

/// The folded word «مديرية » (district) that starts Who's On First's district names.
const DISTRICT: &str = "مديريه ";

/// Parse the row that starts at byte `start` (checked by [`from_text`]).
pub(crate) fn parse_row(text: &str, start: usize) -> Place {
    let line = text[start..].split('\n').next().unwrap_or("");
    let f: Vec<&str> = line.split('\t').collect();
    let get = |i: usize| f.get(i).copied().unwrap_or("");
    Place {
        id: get(0).to_string(),
        name: get(7).to_string(),
        name_ar: get(8).to_string(),
        country: get(2).to_string(),
        admin1: if get(3).is_empty() { None } else { Some(get(3).to_string()) },
        lat: get(4).parse().unwrap_or(0.0),
        lon: get(5).parse().unwrap_or(0.0),
        kind: PlaceKind::from_code(get(1)).unwrap_or(PlaceKind::Other),
        population: get(6).parse().unwrap_or(0),
    }
}

impl Gazetteer {
    fn with_text(mut self, text: Cow<'static, str>) -> Self {
        self.text = text;
        self
    }
}
