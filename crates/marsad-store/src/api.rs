//! The storage contract: the [`Store`] trait and the types it takes and returns.
//!
//! Every type here is serde-serializable so that an HTTP layer can send it as it is.
//! Additions are allowed; names and meanings of existing fields stay.

use crate::review::{AuditEntry, NewEvent, Review, ReviewStatus, Reviewer};
use crate::StoreError;
use chrono::NaiveDate;
use marsad_model::{Article, Event};
use serde::{Deserialize, Serialize};

/// Identifier of a stored article. Stable: re-ingesting the same article keeps it.
pub type ArticleId = i64;

/// Identifier of a stored event: `article_id * 1000 + ordinal` of the event in its article,
/// so it is stable when the same article is ingested again and gives the same events.
pub type EventId = i64;

/// Most events one article can hold (the ordinal part of an [`EventId`]).
pub const MAX_EVENTS_PER_ARTICLE: usize = 1000;

/// A circle on the ground: events within `km` kilometres of (`lat`, `lon`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Near {
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// Radius in kilometres.
    pub km: f64,
}

/// A bounding box in GeoJSON order: west, south, east, north (degrees).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BBox {
    /// Western longitude.
    pub min_lon: f64,
    /// Southern latitude.
    pub min_lat: f64,
    /// Eastern longitude.
    pub max_lon: f64,
    /// Northern latitude.
    pub max_lat: f64,
}

/// Which events to return. Every field narrows the result; the default matches all events.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventFilter {
    /// Events whose date period ends on or after this day.
    pub from: Option<NaiveDate>,
    /// Events whose date period starts on or before this day.
    pub to: Option<NaiveDate>,
    /// ISO 3166-1 alpha-2 codes (any of them); empty: any country.
    pub countries: Vec<String>,
    /// ACLED event types or sub-event types in snake_case (any of them); empty: any type.
    pub types: Vec<String>,
    /// Within a distance of a point.
    pub near: Option<Near>,
    /// Inside a bounding box.
    pub bbox: Option<BBox>,
    /// An actor: its English canonical name or its words in the text (folded, substring).
    pub actor: Option<String>,
    /// Words that the article must contain (folded like the index; every word must occur).
    pub text: Option<String>,
    /// Only the events of this article.
    pub article: Option<ArticleId>,
    /// Review statuses (any of them); empty: any status.
    pub statuses: Vec<ReviewStatus>,
    /// Only records last reviewed by this reviewer (by name).
    pub reviewer: Option<String>,
    /// At most this many events (None: all).
    pub limit: Option<usize>,
    /// Skip this many events first (paging).
    pub offset: usize,
}

/// The article an event came from, in short.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRef {
    /// Store id of the article.
    pub id: ArticleId,
    /// The caller's id of the article (the `id` of the input form).
    pub ext_id: String,
    /// Publication date.
    pub published: NaiveDate,
    /// Source (outlet), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Title, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Address, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// An event as stored: its id, its article, the record (EVENTS.md output form, flattened
/// into the same JSON object) and the sentence it was read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    /// Event id.
    pub id: EventId,
    /// Where it was read.
    pub article: ArticleRef,
    /// The sentence of the article that holds the trigger, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence_text: Option<String>,
    /// The fused event this report belongs to (see [`FusedEvent`]); absent only for a
    /// record read before fusion ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fused_id: Option<FusedId>,
    /// Where the record stands with the analysts.
    #[serde(default)]
    pub status: ReviewStatus,
    /// Who reviewed it last, when someone did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// Moves on by one with every review: a review names the version it was made on.
    #[serde(default)]
    pub version: u64,
    /// Fields where the extractor, on the article's last extraction, says something else than
    /// the reviewed record (`event` when it no longer finds the event at all).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub machine_disagrees: Vec<String>,
    /// The record itself, every field with its span into the article text.
    #[serde(flatten)]
    pub event: Event,
}

/// Identifier of a fused event: the smallest id of the per-report records it joins.
pub type FusedId = i64;

/// A count told differently by the reports of one event: the smallest, the best estimate
/// and the largest (reports that give no count are not zeros; all absent when none gives one).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Toll {
    /// Smallest count reported (a report's own lower bound when it gives a range).
    pub low: Option<u64>,
    /// Best estimate: the median of the counts reported (the lower middle one when their
    /// number is even).
    pub best: Option<u64>,
    /// Largest count reported (a report's own upper bound when it gives a range).
    pub high: Option<u64>,
}

/// One report of a fused event: the per-report record in short, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FusedReport {
    /// The per-report record's id (`GET /api/events/{id}`).
    pub event_id: EventId,
    /// The article it was read from.
    pub article: ArticleRef,
    /// Its sub-event type.
    pub sub_event_type: String,
    /// Its date.
    pub date: marsad_model::DateRange,
    /// Its place as written and as resolved, when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<marsad_model::Location>,
    /// Its fatalities.
    pub fatalities: Option<u64>,
    /// Its injured.
    pub injured: Option<u64>,
    /// The words that name the event.
    pub trigger: marsad_model::Evidence,
    /// The sentence the trigger is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence_text: Option<String>,
    /// Where the report stands with the analysts (`machine`, `verified`, `corrected`; a
    /// rejected record is no report of any event).
    #[serde(default)]
    pub status: ReviewStatus,
    /// Who reviewed it last, when someone did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
}

/// One real event told by one or more reports (per-report records of one or more articles
/// and outlets), fused by the rule described in the README.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FusedEvent {
    /// Fused event id.
    pub id: FusedId,
    /// ACLED event type (all its reports agree on it).
    pub event_type: String,
    /// Sub-event type: the one most reports give (ties: the most specific).
    pub sub_event_type: String,
    /// When: the days of its day-precise reports, else the overlap of its reports' periods.
    pub date: marsad_model::DateRange,
    /// Where: the most precise place of its reports.
    pub location: Option<marsad_model::Location>,
    /// The acting side most reports name.
    pub actor1: Option<marsad_model::Actor>,
    /// The side acted on most reports name.
    pub actor2: Option<marsad_model::Actor>,
    /// Every actor named by a report (canonical names, sorted).
    pub actors: Vec<String>,
    /// Killed: low, best, high over its reports.
    pub fatalities: Toll,
    /// Injured: low, best, high over its reports.
    pub injured: Toll,
    /// How many reports.
    pub report_count: usize,
    /// The outlets that told it (source, else the address's host), sorted.
    pub outlets: Vec<String>,
    /// Publication day of the first report.
    pub first_report: NaiveDate,
    /// Publication day of the last report.
    pub last_report: NaiveDate,
    /// Its reports, oldest publication first.
    pub reports: Vec<FusedReport>,
}

/// A page of fused events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FusedPage {
    /// How many fused events have a report matching the filter (ignoring limit and offset).
    pub total: u64,
    /// This page, newest first (by start date, then id).
    pub events: Vec<FusedEvent>,
}

/// Why two reports were, or were not, taken for one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FuseJudgement {
    /// One report.
    pub a: EventId,
    /// The other.
    pub b: EventId,
    /// Whether the pairwise rule joins them.
    pub joined: bool,
    /// The reasons: every test passed when joined, the first that failed otherwise.
    pub why: String,
}

/// Why a fused event holds the reports it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FuseExplanation {
    /// The fused event.
    pub id: FusedId,
    /// Pairs of its reports the rule joins (the links that make it one event).
    pub joined: Vec<FuseJudgement>,
    /// Near candidates (same index cells) that were kept apart, and why.
    pub apart: Vec<FuseJudgement>,
}

/// An article as stored, with its events and its near-duplicate links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredArticle {
    /// Store id.
    pub id: ArticleId,
    /// The article as it was ingested (its `id` is the caller's id); spans index its text.
    pub article: Article,
    /// When this article is a copy of another: the other's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<ArticleId>,
    /// How close the copy is (estimated Jaccard similarity of word shingles, 0..1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f32>,
    /// Ids of the copies linked to this article.
    pub duplicates: Vec<ArticleId>,
    /// The events read from this article (none for a copy).
    pub events: Vec<StoredEvent>,
}

/// What happened to one article on [`Store::put`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum PutStatus {
    /// A new article.
    New,
    /// Known (same URL or same text); its text, metadata or events changed and were replaced.
    Updated,
    /// Known, and nothing changed.
    Unchanged,
    /// A copy of another article: stored as a link, without events.
    Duplicate {
        /// The article it copies.
        of: ArticleId,
        /// Estimated similarity (1.0 for the same text at another address).
        similarity: f32,
    },
}

/// The result of putting one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PutOutcome {
    /// The article's id (new or existing).
    pub article_id: ArticleId,
    /// What happened.
    #[serde(flatten)]
    pub status: PutStatus,
    /// Events stored for it.
    pub events: usize,
    /// Other articles whose events this put changed: near copies of this one that it made
    /// copies (they hold no events now) or originals again (their kept records are back).
    /// Which of near copies keeps the events depends on the set of articles, not on the
    /// order they came in (see the store's docs on copies).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<Recast>,
}

/// An article whose standing (original or copy) changed on another article's put.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recast {
    /// The article.
    pub article_id: ArticleId,
    /// The events it holds now (0 when it became a copy).
    pub events: usize,
}

/// A page of events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventPage {
    /// How many events match the filter in all (ignoring limit and offset).
    pub total: u64,
    /// The events of this page, newest first (by date, then id).
    pub events: Vec<StoredEvent>,
}

/// A count under a key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// The key (a type, a country code, an ISO week such as `2015-W32`).
    pub key: String,
    /// How many.
    pub n: u64,
}

/// What the store holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Articles, copies included.
    pub articles: u64,
    /// Articles stored as copies of another.
    pub duplicates: u64,
    /// Articles with at least one event.
    pub articles_with_events: u64,
    /// Events (fused events, in the counts of fused events).
    pub events: u64,
    /// Per-report records (the same as `events` in the counts of reports).
    #[serde(default)]
    pub reports: u64,
    /// Events with coordinates.
    pub events_located: u64,
    /// Earliest event date.
    pub first_date: Option<NaiveDate>,
    /// Latest event date.
    pub last_date: Option<NaiveDate>,
    /// Events by ACLED event type.
    pub by_type: Vec<Count>,
    /// Events by sub-event type.
    pub by_sub_type: Vec<Count>,
    /// Events by country (ISO alpha-2; `??` when unknown).
    pub by_country: Vec<Count>,
    /// Events by ISO week of their start date.
    pub by_week: Vec<Count>,
    /// Schema version of the store.
    pub schema_version: u32,
}

/// Where a watched source stands (`marsad watch`): what it last did and what it gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceStatus {
    /// The source's name in the sources file.
    pub name: String,
    /// Its address.
    pub url: String,
    /// When it was last polled (RFC 3339, UTC).
    pub last_attempt: Option<String>,
    /// When it last answered well (RFC 3339, UTC).
    pub last_success: Option<String>,
    /// The last error, when the last poll failed (kept until a poll succeeds).
    pub last_error: Option<String>,
    /// When that error happened.
    pub last_error_at: Option<String>,
    /// Polls failed in a row (0 when the last one succeeded).
    pub failures: u32,
    /// While backing off: not polled again before this time (RFC 3339, UTC).
    pub retry_after: Option<String>,
    /// Articles stored from this source.
    pub articles: u64,
    /// Events stored from its articles.
    pub events: u64,
}

/// The storage contract. Implementations are shared between threads: every method takes
/// `&self`, writes are serialized inside, reads may run concurrently.
pub trait Store: Send + Sync {
    /// Put articles with their events. All of them are written in one transaction: after a
    /// crash either all are there or none. Each article replaces what the store knew of it
    /// (same URL or same text), or is linked as a copy of a near-duplicate.
    fn put_many(&self, items: &[(Article, Vec<Event>)]) -> Result<Vec<PutOutcome>, StoreError>;

    /// Put one article with its events (one transaction).
    fn put(&self, article: &Article, events: &[Event]) -> Result<PutOutcome, StoreError> {
        let mut v = self.put_many(&[(article.clone(), events.to_vec())])?;
        v.pop()
            .ok_or_else(|| StoreError::Invalid("put returned nothing".into()))
    }

    /// Events matching `filter`, newest first, with the total count.
    fn events(&self, filter: &EventFilter) -> Result<EventPage, StoreError>;

    /// One event by id.
    fn event(&self, id: EventId) -> Result<Option<StoredEvent>, StoreError>;

    /// One article by id, with its events and copies.
    fn article(&self, id: ArticleId) -> Result<Option<StoredArticle>, StoreError>;

    /// Counts: articles, events by type, country and week.
    fn stats(&self) -> Result<Stats, StoreError>;

    /// The status of each source `marsad watch` polls (none when nothing is watched).
    fn source_status(&self) -> Result<Vec<SourceStatus>, StoreError>;

    /// Call `f` with every event matching `filter` (limit and offset apply), oldest first,
    /// without holding them all in memory: the export path.
    fn for_each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// Fused events with at least one report matching `filter`, newest first, with the total.
    fn fused_events(&self, filter: &EventFilter) -> Result<FusedPage, StoreError>;

    /// The same page as [`Store::fused_events`], each fused event as its JSON (what an API
    /// answers without reading the records into structs and writing them again).
    fn fused_events_json(
        &self,
        filter: &EventFilter,
    ) -> Result<(u64, Vec<Box<serde_json::value::RawValue>>), StoreError>;

    /// One fused event by id.
    fn fused(&self, id: FusedId) -> Result<Option<FusedEvent>, StoreError>;

    /// Call `f` with every fused event having a report matching `filter` (limit and offset
    /// apply), oldest first.
    fn for_each_fused(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(FusedEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    /// Counts like [`Store::stats`], where `events` and the counts by type, country and week
    /// are of fused events.
    fn fused_stats(&self) -> Result<Stats, StoreError>;

    /// Why a fused event joins its reports, and which near candidates it does not join.
    fn explain_fused(&self, id: FusedId) -> Result<Option<FuseExplanation>, StoreError>;

    /// Review one record: verify, reject or edit it, if `review.base` is its version
    /// ([`StoreError::Conflict`] otherwise). The action goes to the audit log; the record is
    /// returned as it now stands.
    fn review(&self, id: EventId, review: &Review) -> Result<StoredEvent, StoreError>;

    /// Review every report of the fused event `id` at once (verify, reject or edit each, one
    /// audit entry a report). `bases` names each report with the version the reviewer saw;
    /// another set of reports or versions is [`StoreError::ReportsChanged`].
    fn review_fused(
        &self,
        id: FusedId,
        review: &Review,
        bases: &[(EventId, u64)],
    ) -> Result<Vec<StoredEvent>, StoreError>;

    /// Add a record a reviewer found in an article (logged as `add`).
    fn add_event(&self, article: ArticleId, new: &NewEvent) -> Result<StoredEvent, StoreError>;

    /// The audit log of one record, oldest first.
    fn history(&self, id: EventId) -> Result<Vec<AuditEntry>, StoreError>;

    /// The newest entries of the whole audit log, newest first.
    fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError>;

    /// Add a reviewer with the hash of their token ([`crate::review::token_hash`]).
    fn add_reviewer(&self, name: &str, token_hash: &str, at: &str) -> Result<(), StoreError>;

    /// Remove a reviewer (their token stops working; the log keeps their name). False when
    /// there was none of that name.
    fn remove_reviewer(&self, name: &str) -> Result<bool, StoreError>;

    /// The reviewers, by name.
    fn reviewers(&self) -> Result<Vec<Reviewer>, StoreError>;

    /// The reviewer whose token has this hash.
    fn reviewer_by_token_hash(&self, hash: &str) -> Result<Option<String>, StoreError>;
}
