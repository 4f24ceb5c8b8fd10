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
use std::fmt::Write;
use std::sync::OnceLock;

use crate::table::MAGIC;
const HEADER: &str = "id\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tname\tname_ar\tkeys";

pub(crate) fn write_text(
    places: &[Place],
    keys: &[Vec<String>],
    curated: &HashSet<String, FxBuild>,
) -> String {
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
    let text = std::str::from_utf8(bytes).map_err(|_| FormatError {
        line: 0,
        message: "not UTF-8".into(),
    })?;
    from_text(Cow::Owned(text.to_string()))
}

/// Build the name table of an index read at run time; rows are parsed later, one at a
/// time ([`parse_row`]).
pub(crate) fn from_text(text: Cow<'static, str>) -> Result<Gazetteer, FormatError> {
    let img =
        crate::table::build(&text).map_err(|(line, message)| FormatError { line, message })?;
    from_image(text, Cow::Owned(img))
}

/// A gazetteer over an index text and the image [`crate::table::build`] made of it.
pub(crate) fn from_image(
    text: Cow<'static, str>,
    img: Cow<'static, [u8]>,
) -> Result<Gazetteer, FormatError> {
    let lay = crate::table::layout(&img).ok_or_else(|| FormatError {
        line: 0,
        message: "the name table is not one this version reads".into(),
    })?;
    let n_rows = (lay.rows.1 - lay.rows.0) / 4;
    let cands: Vec<PlaceId> = (0..(lay.cands.1 - lay.cands.0) / 4)
        .map(|i| crate::table::u32_at(&img, lay.cands, i))
        .collect();
    let curated = (0..(lay.curated.1 - lay.curated.0) / 8)
        .map(|i| crate::table::u64_at(&img, lay.curated, i))
        .collect();
    let cache = std::iter::repeat_with(OnceLock::new).take(n_rows).collect();
    Ok(Gazetteer {
        text,
        img,
        lay,
        cands,
        curated,
        cache,
        ids: OnceLock::new(),
        stop: HashMap::default(),
    })
}

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
        admin1: if get(3).is_empty() {
            None
        } else {
            Some(get(3).to_string())
        },
        lat: get(4).parse().unwrap_or(0.0),
        lon: get(5).parse().unwrap_or(0.0),
        kind: PlaceKind::from_code(get(1)).unwrap_or(PlaceKind::Other),
        population: get(6).parse().unwrap_or(0),
    }
}
