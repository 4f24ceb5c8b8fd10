//! The vocabulary of marsad: what an article is, what an event record is, and how every
//! field points back at the words it came from.
//!
//! The serialized form of [`Event`] is the output contract in `shared/schema/EVENTS.md`:
//! field names and meanings are fixed because the scorer, the store and the page read them.
//!
//! ```
//! use marsad_model::{Span, Evidence};
//! let text = "قصف على الباغوز";
//! let ev = Evidence::from_text(text, Span::new(8, 15));
//! assert_eq!(ev.text, "الباغوز");
//! ```
#![deny(missing_docs)]

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of Unicode code points in the article text exactly as
/// it was given to the extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "[usize; 2]", from = "[usize; 2]")]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (code points).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Number of code points covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// Slice `text` by code points. Out-of-range parts are clipped.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        let mut it = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()));
        let b0 = it.by_ref().nth(self.start).unwrap_or(text.len());
        let b1 = if self.end > self.start {
            it.nth(self.end - self.start - 1).unwrap_or(text.len())
        } else {
            b0
        };
        &text[b0..b1]
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> Self {
        [s.start, s.end]
    }
}
impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Self {
        Span::new(a[0], a[1])
    }
}

/// Words of the article that support a field: the exact slice and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The slice of the article text, equal to `text[span]`.
    pub text: String,
    /// Where the slice is.
    pub span: Span,
}

impl Evidence {
    /// Evidence for `span` of `text`, taking the slice itself.
    pub fn from_text(text: &str, span: Span) -> Self {
        Evidence {
            text: span.slice(text).to_string(),
            span,
        }
    }
}

/// One input article (the input form of EVENTS.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Caller's identifier.
    pub id: String,
    /// Publication date; relative dates are resolved against it.
    pub published: NaiveDate,
    /// Title, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Source (outlet), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Address, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article text; all spans index into it.
    pub text: String,
}

/// Article metadata echoed in the output (everything but the text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Caller's identifier.
    pub id: String,
    /// Publication date.
    pub published: NaiveDate,
    /// Source, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Title, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Address, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl From<&Article> for ArticleMeta {
    fn from(a: &Article) -> Self {
        ArticleMeta {
            id: a.id.clone(),
            published: a.published,
            source: a.source.clone(),
            title: a.title.clone(),
            url: a.url.clone(),
        }
    }
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// A single day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

/// A period of time `[start, end]` (both inclusive) with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateRange {
    /// First day.
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
    /// Precision of the statement.
    pub precision: DatePrecision,
}

impl DateRange {
    /// A one-day range.
    pub fn day(d: NaiveDate) -> Self {
        DateRange {
            start: d,
            end: d,
            precision: DatePrecision::Day,
        }
    }
}

/// The date of an event and the words that gave it (none when it is the publication date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// The period.
    #[serde(flatten)]
    pub range: DateRange,
    /// Words that gave the date; absent when the publication date was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Where those words are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// ACLED actor categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorCategory {
    /// State forces (inter code 1).
    StateForces,
    /// Rebel groups (2).
    RebelGroup,
    /// Political militias (3).
    PoliticalMilitia,
    /// Identity militias (4).
    IdentityMilitia,
    /// Rioters (5).
    Rioters,
    /// Protesters (6).
    Protesters,
    /// Civilians (7).
    Civilians,
    /// External/other forces (8).
    ExternalOther,
}

impl ActorCategory {
    /// Parse the snake_case name used in the lexicon files.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "state_forces" => Self::StateForces,
            "rebel_group" => Self::RebelGroup,
            "political_militia" => Self::PoliticalMilitia,
            "identity_militia" => Self::IdentityMilitia,
            "rioters" => Self::Rioters,
            "protesters" => Self::Protesters,
            "civilians" => Self::Civilians,
            "external_other" => Self::ExternalOther,
            _ => return None,
        })
    }
    /// ACLED's numeric inter code.
    pub fn inter_code(&self) -> u8 {
        match self {
            Self::StateForces => 1,
            Self::RebelGroup => 2,
            Self::PoliticalMilitia => 3,
            Self::IdentityMilitia => 4,
            Self::Rioters => 5,
            Self::Protesters => 6,
            Self::Civilians => 7,
            Self::ExternalOther => 8,
        }
    }
}

/// An actor as named in the text, resolved to the dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// The words naming it.
    pub text: String,
    /// English canonical name from the actor dictionary.
    pub canonical: String,
    /// ACLED category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<ActorCategory>,
    /// Home country (ISO 3166-1 alpha-2), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Where the words are.
    pub span: Span,
}

/// Precision of a location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacePrecision {
    /// A town, village or neighbourhood.
    PopulatedPlace,
    /// A district.
    Admin2,
    /// A province.
    Admin1,
    /// A country.
    Country,
    /// A region larger or vaguer than a province.
    Region,
}

/// Where an event happened: the words, and (when geocoded) the place they name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The place name as written.
    pub text: String,
    /// Where it is written.
    pub span: Span,
    /// Gazetteer name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// Latitude, WGS84 degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude, WGS84 degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// Precision of the point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<PlacePrecision>,
    /// Gazetteer identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gazetteer_id: Option<String>,
}

/// A count of people with the words that gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountEvidence {
    /// The number words.
    pub text: String,
    /// Where they are.
    pub span: Span,
}

/// One conflict-event record (the output contract of EVENTS.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// ACLED event type, snake_case.
    pub event_type: String,
    /// ACLED sub-event type, snake_case.
    pub sub_event_type: String,
    /// When it happened.
    pub date: EventDate,
    /// The side that acts.
    pub actor1: Option<Actor>,
    /// The side acted on.
    pub actor2: Option<Actor>,
    /// Where.
    pub location: Option<Location>,
    /// Total killed, all sides.
    pub fatalities: Option<u64>,
    /// Lower bound of an approximate toll.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fatalities_low: Option<u64>,
    /// Upper bound of an approximate toll.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fatalities_high: Option<u64>,
    /// Words that gave the fatalities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fatalities_evidence: Vec<CountEvidence>,
    /// Total injured.
    pub injured: Option<u64>,
    /// Words that gave the injured count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub injured_evidence: Vec<CountEvidence>,
    /// Who reported it.
    pub claimed_by: Option<Evidence>,
    /// The words that name the event.
    pub trigger: Evidence,
    /// The sentence the trigger is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<Span>,
    /// How likely this record is a reportable event (0–1), by the trained event decision;
    /// absent when no decision was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

impl Event {
    /// Move every span of the record `by` code points later: a record found in a part of a
    /// text, placed in the whole.
    pub fn shift(&mut self, by: usize) {
        let sh = |s: &mut Span| {
            s.start += by;
            s.end += by;
        };
        sh(&mut self.trigger.span);
        if let Some(s) = self.sentence.as_mut() {
            sh(s);
        }
        if let Some(s) = self.date.span.as_mut() {
            sh(s);
        }
        for a in [self.actor1.as_mut(), self.actor2.as_mut()]
            .into_iter()
            .flatten()
        {
            sh(&mut a.span);
        }
        if let Some(l) = self.location.as_mut() {
            sh(&mut l.span);
        }
        for c in self
            .fatalities_evidence
            .iter_mut()
            .chain(self.injured_evidence.iter_mut())
        {
            sh(&mut c.span);
        }
        if let Some(c) = self.claimed_by.as_mut() {
            sh(&mut c.span);
        }
    }
}

/// One output line: the article's metadata and its events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleEvents {
    /// Metadata of the article.
    pub article: ArticleMeta,
    /// The events, in text order.
    pub events: Vec<Event>,
}

/// A date written `YYYY-MM-DD`, alone or as the start of an ISO 8601 date-time (the date
/// part is used): the input form's `published`, and the form every page date is tried in.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let d = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
}

/// The mean Earth radius in kilometres that every distance of marsad uses (the scorer's).
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// Great-circle distance in kilometres between two points in degrees (haversine, the
/// scorer's formula step for step, so that a tolerance check agrees with it to the bit).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (la1, lo1, la2, lo2) = (
        lat1.to_radians(),
        lon1.to_radians(),
        lat2.to_radians(),
        lon2.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.min(1.0).sqrt().asin()
}

/// ACLED's event types with their sub-event types (docs/FORMAT.md), in snake_case.
pub const TAXONOMY: &[(&str, &[&str])] = &[
    (
        "battles",
        &[
            "armed_clash",
            "government_regains_territory",
            "non_state_actor_overtakes_territory",
        ],
    ),
    (
        "explosions_remote_violence",
        &[
            "air_drone_strike",
            "shelling_artillery_missile_attack",
            "suicide_bomb",
            "remote_explosive_landmine_ied",
            "grenade",
            "chemical_weapon",
        ],
    ),
    (
        "violence_against_civilians",
        &[
            "attack",
            "abduction_forced_disappearance",
            "sexual_violence",
        ],
    ),
    (
        "protests",
        &[
            "peaceful_protest",
            "protest_with_intervention",
            "excessive_force_against_protesters",
        ],
    ),
    ("riots", &["violent_demonstration", "mob_violence"]),
    (
        "strategic_developments",
        &[
            "agreement",
            "arrests",
            "change_to_group_activity",
            "disrupted_weapons_use",
            "headquarters_or_base_established",
            "looting_property_destruction",
            "non_violent_transfer_of_territory",
            "other",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        let d = NaiveDate::from_ymd_opt(2015, 8, 4);
        for s in [
            "2015-08-04",
            " 2015-08-04T23:10:00+03:00",
            "2015-08-04 10:00",
        ] {
            assert_eq!(parse_iso_date(s), d, "{s}");
        }
        for s in ["2015/08/04", "04-08-2015", "", "٢٠١٥-٠٨-٠٤", "2015-08-3é"] {
            assert_eq!(parse_iso_date(s), None, "{s}");
        }
    }

    #[test]
    fn distances() {
        assert_eq!(distance_km(33.5, 36.3, 33.5, 36.3), 0.0);
        // a degree of latitude, and half the world's circumference between antipodes
        assert!((distance_km(0.0, 0.0, 1.0, 0.0) - 111.195).abs() < 1e-3);
        assert!(
            (distance_km(10.0, 20.0, -10.0, -160.0) - EARTH_RADIUS_KM * std::f64::consts::PI).abs()
                < 1e-3
        );
    }

    #[test]
    fn span_slices_by_code_points() {
        let t = "أعلنت قوات";
        assert_eq!(Span::new(0, 5).slice(t), "أعلنت");
        assert_eq!(Span::new(6, 10).slice(t), "قوات");
        assert_eq!(Span::new(6, 99).slice(t), "قوات");
        assert_eq!(Span::new(3, 3).slice(t), "");
    }

    #[test]
    fn span_serializes_as_pair() {
        let s = serde_json::to_string(&Span::new(3, 9)).unwrap();
        assert_eq!(s, "[3,9]");
    }
}
