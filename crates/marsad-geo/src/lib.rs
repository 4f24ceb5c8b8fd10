//! Gazetteer index and place resolution: which words of an article name places, and which
//! places they name.
//!
//! The index is compiled from Who's On First and GeoNames (see `data/gazetteer/README.md`)
//! by [`build::build`] into a plain-text file that ships in the repository and is embedded
//! in the binary; [`Gazetteer::embedded`] parses it once, on first use.
//!
//! Two stages, both pure:
//! 1. [`Gazetteer::mentions`] finds place names in the tokens of an article (folded text,
//!    multi-word names, clitic readings, a stoplist of names that are ordinary words);
//! 2. [`Gazetteer::resolve`] picks one place per mention from the whole article: explicit
//!    hierarchy ("X في ريف Y"), countries and provinces named in the article, proximity to
//!    unambiguous places, kind and population, and a regional prior.
//!
//! ```
//! use marsad_geo::Gazetteer;
//! use marsad_text::tokens::Analyzed;
//! let g = Gazetteer::embedded();
//! let a = Analyzed::new("قصف على بلدة الباغوز في ريف دير الزور");
//! let ms = g.mentions(&a);
//! let rs = g.resolve(&a, &ms);
//! let p = g.place(rs[0].place);
//! assert_eq!(p.country, "SY");
//! assert!((p.lat - 34.46).abs() < 0.05);
//! ```
#![deny(missing_docs)]

pub mod build;
mod format;
mod matcher;
pub mod mention_model;
pub mod mention_train;
mod resolve;
pub mod table;

use marsad_model::PlacePrecision;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub use marsad_text::hash::FxBuild;

/// Index of a place in a [`Gazetteer`].
pub type PlaceId = u32;

/// A place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Source identifier: `wof:123`, `gn:456`, or `marsad:slug` for a curated place.
    pub id: String,
    /// English name.
    pub name: String,
    /// Arabic name, as written in the source (for display).
    pub name_ar: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// English name of the province (first-level division), when known.
    pub admin1: Option<String>,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// What kind of place.
    pub kind: PlaceKind,
    /// Population, 0 when unknown.
    pub population: u32,
}

/// What kind of place a [`Place`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A region larger or vaguer than a province (the press's "الجزيرة السورية").
    Region,
    /// A province (governorate, wilaya).
    Admin1,
    /// A district.
    Admin2,
    /// A town or village.
    Locality,
    /// A quarter of a town.
    Neighbourhood,
    /// Anything else (an airport, a campus).
    Other,
}

impl PlaceKind {
    /// The precision of an event placed at a place of this kind.
    pub fn precision(&self) -> PlacePrecision {
        match self {
            PlaceKind::Country => PlacePrecision::Country,
            PlaceKind::Region => PlacePrecision::Region,
            PlaceKind::Admin1 => PlacePrecision::Admin1,
            PlaceKind::Admin2 => PlacePrecision::Admin2,
            PlaceKind::Locality | PlaceKind::Neighbourhood | PlaceKind::Other => {
                PlacePrecision::PopulatedPlace
            }
        }
    }

    /// Short code used in the index file.
    pub fn code(&self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::Admin2 => "admin2",
            PlaceKind::Locality => "locality",
            PlaceKind::Neighbourhood => "neighbourhood",
            PlaceKind::Other => "other",
        }
    }

    /// Parse [`PlaceKind::code`].
    pub fn from_code(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "country" => PlaceKind::Country,
            "region" => PlaceKind::Region,
            "admin1" => PlaceKind::Admin1,
            "admin2" => PlaceKind::Admin2,
            "locality" => PlaceKind::Locality,
            "neighbourhood" => PlaceKind::Neighbourhood,
            "other" => PlaceKind::Other,
            _ => return None,
        })
    }

    /// True for towns, villages, quarters and sites (points rather than areas).
    pub fn is_point(&self) -> bool {
        matches!(
            self,
            PlaceKind::Locality | PlaceKind::Neighbourhood | PlaceKind::Other
        )
    }
}

/// A word just before a place name that says what kind of place it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// `مدينة بلدة قرية حي مخيم ناحية`: a populated place.
    Town,
    /// `محافظة ولاية إقليم`: a province.
    Province,
    /// `ريف X`: the countryside of X.
    Countryside,
    /// `شرق/شمال/جنوب/غرب X`, `شرقي X`: somewhere in a direction from X.
    Direction,
}

/// A place name found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    /// First token (index into `Analyzed::tokens`).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Folded characters of clitic prefix (`و`, `ب`, `ل`...) on the first token; pass it to
    /// `Analyzed::span` to get the span of the name alone.
    pub skip: usize,
    /// Places the name may refer to (never empty).
    pub candidates: Vec<PlaceId>,
    /// The cue word just before the name, when there is one.
    pub cue: Option<Cue>,
    /// Token index of the cue word, when there is one.
    pub cue_token: Option<usize>,
    /// The name (or its cue word) is introduced as a location: a clitic `ب` (`بالرقة`,
    /// `بمحافظة`) or a word before it such as `في`, `قرب`, `على`. A name that is not (the
    /// subject of a clause: `أهالي محافظة القطيف أدانوا…`) is a weaker place for an event.
    pub locative: bool,
    /// The name is a reference, not a scene: `على الحدود مع السعودية`, `بالتنسيق مع مصر`
    /// (after `مع`). It anchors no country for the article's other names.
    pub reference: bool,
    /// No name is spelled so: the candidates are names one transliteration step away (a long
    /// vowel or hamza added or dropped, ه/ح, ت/ط…: `قرية ساقاين` for ساقين), taken only after a
    /// town word, kept only in a country the article names and with more support than that.
    pub fuzzy: bool,
}

/// The place chosen for a mention, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    /// Index into the mentions given to [`Gazetteer::resolve`].
    pub mention: usize,
    /// The place.
    pub place: PlaceId,
    /// Precision of an event placed there (a cue can widen it: `ريف X`, `محافظة X`).
    pub precision: PlacePrecision,
    /// Human-readable reason, printed by `--explain`.
    pub reason: String,
}

/// How a stoplisted name may still match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopMode {
    /// Never.
    Drop,
    /// Only right after a [`Cue::Town`] word (`قرية X`, `بلدة X`).
    Cue,
}

/// The gazetteer index: places, and the folded names that point at them.
///
/// It keeps the index text and parses a place's row the first time the place is asked for;
/// the names are looked up in place in the index's image ([`table`]), which for the
/// embedded index was made when the crate was compiled: loading parses nothing.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// The index text (see [`Gazetteer::to_bytes`]).
    pub(crate) text: std::borrow::Cow<'static, str>,
    /// The name table, row offsets and filter ([`table::build`]).
    pub(crate) img: std::borrow::Cow<'static, [u8]>,
    pub(crate) lay: table::Layout,
    /// Candidates of all names, grouped by name (read out of the image once).
    pub(crate) cands: Vec<PlaceId>,
    /// Chain hashes of the curated names, sorted (read out of the image once).
    pub(crate) curated: Vec<u64>,
    /// Places parsed so far.
    pub(crate) cache: Vec<OnceLock<Place>>,
    /// Source id → place, built on first use.
    pub(crate) ids: OnceLock<HashMap<Box<str>, PlaceId, FxBuild>>,
    /// Names that are also ordinary words, by chain hash.
    pub(crate) stop: HashMap<u64, StopMode, marsad_text::hash::PreHashedBuild>,
}

/// A name or a prefix of names in the table.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Node {
    /// Range of `cands` (count 0: only a prefix).
    pub(crate) a: u32,
    pub(crate) n: u32,
    /// Longer names continue from here.
    pub(crate) prefix: bool,
}

/// The image of the embedded index, made by `build.rs` from `data/gazetteer/index.tsv`.
const EMBEDDED_IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.img"));

/// The compiled index shipped with the crate (see `data/gazetteer/README.md`).
const EMBEDDED_INDEX: &str = include_str!("../../../data/gazetteer/index.tsv");
/// Provincial seats shipped with the crate (see `data/gazetteer/README.md`).
const EMBEDDED_SEATS: &str = include_str!("../../../data/gazetteer/seats.tsv");
const EMBEDDED_CAPITALS: &str = include_str!("../../../data/gazetteer/capitals.tsv");

/// The gazetteer id of a country's capital (ISO 3166-1 alpha-2), from
/// `data/gazetteer/capitals.tsv`: a place of the regional index or of the world towns'.
pub fn capital_id(country: &str) -> Option<&'static str> {
    static CAPS: OnceLock<HashMap<&'static str, &'static str, FxBuild>> = OnceLock::new();
    CAPS.get_or_init(|| {
        EMBEDDED_CAPITALS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("country\t"))
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some((f.next()?, f.next()?))
            })
            .collect()
    })
    .get(country)
    .copied()
}
/// The stoplist shipped with the crate.
const EMBEDDED_STOP: &str = include_str!("../../../data/gazetteer/stop.txt");
/// The image of the world towns' index, made by `build.rs`.
const EMBEDDED_WORLD_IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/world-index.img"));
/// The world towns' index shipped with the crate.
const EMBEDDED_WORLD_INDEX: &str = include_str!("../../../data/gazetteer/world-index.tsv");
/// The world towns' stoplist (names that are ordinary words far more often than a town).
const EMBEDDED_WORLD_STOP: &str = include_str!("../../../data/gazetteer/world-stop.txt");

/// An index compiled into the binary: its text, the image `build.rs` made of it, its stoplist.
fn embedded_index(index: &'static str, image: &'static [u8], stop: &str) -> Gazetteer {
    let mut g = format::from_image(
        std::borrow::Cow::Borrowed(index),
        std::borrow::Cow::Borrowed(image),
    )
    .expect("an embedded gazetteer image matches its index");
    g.set_stoplist(stop);
    g
}

impl Gazetteer {
    /// The gazetteer compiled into the binary, parsed on first use.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| embedded_index(EMBEDDED_INDEX, EMBEDDED_IMAGE, EMBEDDED_STOP))
    }

    /// The towns of the countries outside the regional files (`data/gazetteer/world-index.tsv`,
    /// GeoNames towns of 25,000 people or more, each with only the names no regional place
    /// has), with their own stoplist (`world-stop.txt`). The extractor reads them only to
    /// place a kept event the regional index placed no finer than its country.
    pub fn embedded_world() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            embedded_index(
                EMBEDDED_WORLD_INDEX,
                EMBEDDED_WORLD_IMAGE,
                EMBEDDED_WORLD_STOP,
            )
        })
    }

    /// The seat (capital town) of a province of the embedded index, from
    /// `data/gazetteer/seats.tsv`: where a province-level event is placed, as ACLED does.
    pub fn seat_of(&self, province: PlaceId) -> Option<PlaceId> {
        static SEATS: OnceLock<HashMap<Box<str>, Box<str>, FxBuild>> = OnceLock::new();
        let seats = SEATS.get_or_init(|| {
            EMBEDDED_SEATS
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .filter_map(|l| {
                    let mut f = l.split('\t');
                    Some((f.next()?.into(), f.next()?.into()))
                })
                .collect()
        });
        let seat = seats.get(self.place(province).id.as_str())?;
        self.by_source_id(seat)
    }

    /// The place with a source id (`wof:123`, `gn:456`).
    pub fn by_source_id(&self, id: &str) -> Option<PlaceId> {
        let index = self.ids.get_or_init(|| {
            (0..self.len())
                .map(|i| {
                    let row = &self.text[self.row(i as PlaceId)..];
                    (row[..row.find('\t').unwrap_or(0)].into(), i as PlaceId)
                })
                .collect()
        });
        index.get(id).copied()
    }

    /// The place with this id. Panics on an id not from this gazetteer.
    pub fn place(&self, id: PlaceId) -> &Place {
        self.cache[id as usize].get_or_init(|| format::parse_row(&self.text, self.row(id)))
    }

    /// All places, in id order.
    pub fn places(&self) -> impl Iterator<Item = (PlaceId, &Place)> + '_ {
        (0..self.len() as PlaceId).map(move |i| (i, self.place(i)))
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.cache.len()
    }

    /// Byte offset of a place's row in the index text.
    fn row(&self, id: PlaceId) -> usize {
        table::u32_at(&self.img, self.lay.rows, id as usize) as usize
    }

    /// The table entry of a chain hash.
    #[inline]
    pub(crate) fn node(&self, h: u64) -> Option<Node> {
        let h = table::nonzero(h);
        let mask = self.lay.slots.checked_sub(1)?;
        let mut s = table::slot_of(h, mask);
        loop {
            let k = table::u64_at(&self.img, self.lay.table, 2 * s);
            if k == h {
                let v = table::u64_at(&self.img, self.lay.table, 2 * s + 1);
                return Some(Node {
                    a: v as u32,
                    n: ((v >> 32) as u32) & 0x7fff_ffff,
                    prefix: v >> 63 == 1,
                });
            }
            if k == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// False when no name starts with the word of this hash.
    #[inline]
    pub(crate) fn may_start(&self, h: u64) -> bool {
        let b = marsad_text::hash::HashFilter::bit_of(h, table::FIRST_BITS);
        table::u64_at(&self.img, self.lay.first, (b >> 6) as usize) & (1 << (b & 63)) != 0
    }

    /// True when there are no places.
    pub fn is_empty(&self) -> bool {
        self.cache.is_empty()
    }

    /// Places named exactly `name` (folded here), ignoring the stoplist.
    pub fn lookup(&self, name: &str) -> &[PlaceId] {
        self.candidates(&matcher::name_key(name))
    }

    /// Places of a folded name key (tokens joined by one space), ignoring the stoplist.
    pub fn candidates(&self, key: &str) -> &[PlaceId] {
        self.candidates_of(marsad_text::hash::chain_str(key))
    }

    pub(crate) fn candidates_of(&self, h: u64) -> &[PlaceId] {
        match self.node(h) {
            Some(n) if n.n > 0 => self
                .cands
                .get(n.a as usize..(n.a + n.n) as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
    }

    /// All folded names with their places (for tools such as the stoplist maker).
    pub fn names(&self) -> impl Iterator<Item = (&str, &[PlaceId])> {
        let n = (self.lay.spans.1 - self.lay.spans.0) / 8;
        (0..n).map(move |i| {
            let a = table::u32_at(&self.img, self.lay.spans, 2 * i) as usize;
            let b = table::u32_at(&self.img, self.lay.spans, 2 * i + 1) as usize;
            let k = self.text.get(a..b).unwrap_or("");
            (k, self.candidates(k))
        })
    }

    /// True when `key` (a folded name) comes from the curated alias file.
    pub fn is_curated(&self, key: &str) -> bool {
        self.curated
            .binary_search(&table::nonzero(marsad_text::hash::chain_str(key)))
            .is_ok()
    }

    /// Replace the stoplist with the one in `text` (the format of `data/gazetteer/stop.txt`:
    /// `name<TAB>mode[<TAB>anything]`, mode `drop` or `cue`; `#` starts a comment line).
    /// Curated names are never stopped.
    pub fn set_stoplist(&mut self, text: &str) {
        self.stop.clear();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let name = f.next().unwrap_or("");
            let mode = match f.next().map(str::trim) {
                Some("cue") => StopMode::Cue,
                _ => StopMode::Drop,
            };
            let key = matcher::name_key(name);
            if !key.is_empty() && !self.is_curated(&key) {
                self.stop.insert(marsad_text::hash::chain_str(&key), mode);
            }
        }
    }

    /// How a folded name is stoplisted, if it is.
    pub fn stop_mode(&self, key: &str) -> Option<StopMode> {
        self.stop.get(&marsad_text::hash::chain_str(key)).copied()
    }

    /// All place-name mentions in `a`, longest match first, non-overlapping, in token order.
    pub fn mentions(&self, a: &marsad_text::tokens::Analyzed) -> Vec<PlaceMention> {
        matcher::mentions(self, a, &marsad_text::AllReadings::new(&a.tokens), true)
    }

    /// Like [`Gazetteer::mentions`], with the clitic readings of the tokens computed once
    /// by the caller (the extractor shares them with its dictionaries).
    pub fn mentions_with(
        &self,
        a: &marsad_text::tokens::Analyzed,
        rds: &marsad_text::AllReadings<'_>,
    ) -> Vec<PlaceMention> {
        matcher::mentions(self, a, rds, true)
    }

    /// Like [`Gazetteer::mentions`] but ignoring the stoplist, each with its matched key
    /// (for building the stoplist).
    pub fn mentions_unfiltered(
        &self,
        a: &marsad_text::tokens::Analyzed,
    ) -> Vec<(PlaceMention, String)> {
        matcher::mentions_keyed(self, a, &marsad_text::AllReadings::new(&a.tokens), false)
    }

    /// Article-level disambiguation: one resolution per mention it can resolve.
    pub fn resolve(
        &self,
        a: &marsad_text::tokens::Analyzed,
        mentions: &[PlaceMention],
    ) -> Vec<Resolution> {
        resolve::resolve(self, a, &marsad_text::sentences(&a.tokens), mentions, &[])
    }

    /// Like [`Gazetteer::resolve`], with the article's sentences found by the caller.
    pub fn resolve_in(
        &self,
        a: &marsad_text::tokens::Analyzed,
        sentences: &[marsad_text::sentences::Sentence],
        mentions: &[PlaceMention],
    ) -> Vec<Resolution> {
        resolve::resolve(self, a, sentences, mentions, &[])
    }

    /// Like [`Gazetteer::resolve_in`], with countries the article names in words that are not
    /// places (`countries`, ISO2, once per mention): the adjectives and demonyms of
    /// «العاصمة العراقية بغداد», «الشرطة الباكستانية». Each counts as a country named in the
    /// article, as a place mention of the country would.
    pub fn resolve_in_with(
        &self,
        a: &marsad_text::tokens::Analyzed,
        sentences: &[marsad_text::sentences::Sentence],
        mentions: &[PlaceMention],
        countries: &[&str],
    ) -> Vec<Resolution> {
        resolve::resolve(self, a, sentences, mentions, countries)
    }

    /// Serialize to the index file format (UTF-8 TSV; see `data/gazetteer/README.md`).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.text.as_bytes().to_vec()
    }

    /// Parse the index file format.
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, FormatError> {
        format::from_bytes(bytes)
    }

    pub(crate) fn from_parts(
        places: Vec<Place>,
        keys: Vec<Vec<String>>,
        curated: HashSet<String, FxBuild>,
    ) -> Gazetteer {
        let text = format::write_text(&places, &keys, &curated);
        format::from_text(std::borrow::Cow::Owned(text)).expect("a written index parses")
    }
}

/// The index file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FormatError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "gazetteer index line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Kilometres in one degree of latitude.
pub const KM_PER_DEG_LAT: f64 = 111.32;

/// The point `km` kilometres from (`lat`, `lon`) on `bearing` degrees (0 north, 90 east), for
/// the short distances of «20 كم شمال X» (flat-earth step, rounded to five decimals).
pub fn offset_point(lat: f64, lon: f64, km: f64, bearing: f64) -> (f64, f64) {
    let r = bearing.to_radians();
    let dlat = km * r.cos() / KM_PER_DEG_LAT;
    let dlon = km * r.sin() / (KM_PER_DEG_LAT * lat.to_radians().cos().max(0.01));
    (
        ((lat + dlat) * 1e5).round() / 1e5,
        ((lon + dlon) * 1e5).round() / 1e5,
    )
}

pub use marsad_model::distance_km;

#[cfg(test)]
mod image_tests {
    use super::*;

    #[test]
    fn the_compiled_image_is_the_one_the_index_gives() {
        let img = table::build(EMBEDDED_INDEX).expect("the embedded index builds");
        assert!(img == EMBEDDED_IMAGE, "build.rs and table::build disagree");
    }

    #[test]
    fn an_index_read_at_run_time_answers_like_the_embedded_one() {
        let g = Gazetteer::from_bytes(EMBEDDED_INDEX.as_bytes()).expect("the index parses");
        let e = Gazetteer::embedded();
        for name in ["دير الزور", "الباغوز فوقاني", "الهول", "صنعاء", "رفح"]
        {
            assert_eq!(g.lookup(name), e.lookup(name), "{name}");
            assert!(!g.lookup(name).is_empty(), "{name}");
        }
        assert!(g.is_curated("الهول"));
        assert!(matches!(
            Gazetteer::from_bytes(b"not an index"),
            Err(FormatError { line: 1, .. })
        ));
    }

    #[test]
    fn an_offset_point_lies_that_far_in_that_direction() {
        let (lat, lon) = (35.95, 39.01);
        let (n_lat, n_lon) = offset_point(lat, lon, 20.0, 0.0);
        assert!(n_lat > lat && (n_lon - lon).abs() < 1e-9);
        assert!((distance_km(lat, lon, n_lat, n_lon) - 20.0).abs() < 0.2);
        let (se_lat, se_lon) = offset_point(lat, lon, 15.0, 135.0);
        assert!(se_lat < lat && se_lon > lon);
        assert!((distance_km(lat, lon, se_lat, se_lon) - 15.0).abs() < 0.2);
    }
}
