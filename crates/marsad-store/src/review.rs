//! The analyst's review: statuses, actions, the audit log's entries, reviewers' tokens, and
//! the checks of a reviewer's edit (every field checked, each error naming its field).

use crate::labels;
use marsad_model::{Actor, DatePrecision, Event, Evidence, Location, PlacePrecision, Span};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Where a record stands with the analysts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// As the extractor wrote it; nobody has looked at it.
    #[default]
    Machine,
    /// A reviewer found it right as it is.
    Verified,
    /// A reviewer changed at least one field (or added the record).
    Corrected,
    /// A reviewer found it is not an event.
    Rejected,
}

impl ReviewStatus {
    /// Every status, in order.
    pub const ALL: [ReviewStatus; 4] = [
        ReviewStatus::Machine,
        ReviewStatus::Verified,
        ReviewStatus::Corrected,
        ReviewStatus::Rejected,
    ];

    /// The name stored and shown (`machine`, `verified`, `corrected`, `rejected`).
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Machine => "machine",
            ReviewStatus::Verified => "verified",
            ReviewStatus::Corrected => "corrected",
            ReviewStatus::Rejected => "rejected",
        }
    }

    /// A status from its name.
    pub fn parse(s: &str) -> Option<ReviewStatus> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

impl std::fmt::Display for ReviewStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a reviewer does to a record.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewAction {
    /// The record is right as it is.
    Verify,
    /// The record is not an event (or not one to keep), for this reason.
    Reject {
        /// Why.
        reason: String,
    },
    /// Change fields (the names of the output form: `event_type`, `sub_event_type`, `date`,
    /// `location`, `actor1`, `actor2`, `fatalities`, `injured`).
    Edit {
        /// The new values, by field.
        fields: Map<String, Value>,
    },
}

impl ReviewAction {
    /// The action's name in the audit log.
    pub fn name(&self) -> &'static str {
        match self {
            ReviewAction::Verify => "verify",
            ReviewAction::Reject { .. } => "reject",
            ReviewAction::Edit { .. } => "edit",
        }
    }
}

/// One review of one record: who, when, what, and the version of the record it was made on.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// The action.
    pub action: ReviewAction,
    /// The record's `version` the reviewer saw; another version is a conflict.
    pub base: u64,
    /// The reviewer's name.
    pub reviewer: String,
    /// A note for the log (optional).
    pub note: Option<String>,
    /// When (RFC 3339, UTC).
    pub at: String,
}

/// A record a reviewer adds from a span of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    /// The words that name the event (code points of the article text).
    pub span: Span,
    /// Its fields (as in [`ReviewAction::Edit`]); `sub_event_type` or `event_type` is required.
    pub fields: Map<String, Value>,
    /// The reviewer's name.
    pub reviewer: String,
    /// A note for the log (optional).
    pub note: Option<String>,
    /// When (RFC 3339, UTC).
    pub at: String,
}

/// One entry of the audit log: never changed once written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the log.
    pub seq: i64,
    /// The record.
    pub event_id: i64,
    /// Who.
    pub reviewer: String,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// `verify`, `reject`, `edit` or `add`.
    pub action: String,
    /// The record before, with its `status` (null for an added record).
    pub before: Value,
    /// The record after, with its `status`.
    pub after: Value,
    /// The reviewer's note or reason, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A reviewer as listed (the token itself is never stored).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reviewer {
    /// The name shown in the audit log.
    pub name: String,
    /// When the reviewer was added (RFC 3339, UTC).
    pub added: String,
}

/// A field a reviewer sent that cannot be taken, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field, e.g. `fields.location.lat`.
    pub field: String,
    /// What is wrong and what is expected.
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

fn err(field: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.to_string(),
        message: message.into(),
    }
}

/// The time now, RFC 3339 in UTC to the millisecond (the log's `at`).
pub fn now() -> String {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    chrono::DateTime::<chrono::Utc>::from_timestamp(d.as_secs() as i64, d.subsec_nanos())
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_default()
}

/// A new reviewer token: 32 random bytes from the system, in hexadecimal.
pub fn new_token() -> std::io::Result<String> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(hex(&b))
}

/// The stored form of a token: SHA-256 of its text, in hexadecimal.
pub fn token_hash(token: &str) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(token.trim().as_bytes()))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Fields a reviewer may set.
pub const EDITABLE: &[&str] = &[
    "event_type",
    "sub_event_type",
    "date",
    "location",
    "actor1",
    "actor2",
    "fatalities",
    "injured",
];

/// Largest count of people accepted in `fatalities` or `injured`.
pub const MAX_COUNT: u64 = 1_000_000;

fn span_of(field: &str, v: &Value, text: &str) -> Result<Span, FieldError> {
    let n = text.chars().count();
    let a = v
        .as_array()
        .filter(|a| a.len() == 2)
        .and_then(|a| Some((a[0].as_u64()?, a[1].as_u64()?)))
        .ok_or_else(|| {
            err(
                field,
                "expected [start, end] in code points of the article text",
            )
        })?;
    let (s, e) = (a.0 as usize, a.1 as usize);
    if s > e || e > n {
        return Err(err(
            field,
            format!("[{s}, {e}] is not inside the article text (0..{n} code points, start <= end)"),
        ));
    }
    Ok(Span::new(s, e))
}

fn opt_str(field: &str, v: Option<&Value>, max: usize) -> Result<Option<String>, FieldError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.chars().count() <= max => {
            let s = s.trim();
            Ok((!s.is_empty()).then(|| s.to_string()))
        }
        Some(Value::String(_)) => Err(err(field, format!("at most {max} characters"))),
        Some(_) => Err(err(field, "expected a string")),
    }
}

fn count(field: &str, v: &Value) -> Result<Option<u64>, FieldError> {
    match v {
        Value::Null => Ok(None),
        v => v
            .as_u64()
            .filter(|n| *n <= MAX_COUNT)
            .map(Some)
            .ok_or_else(|| {
                err(
                    field,
                    format!("expected a whole number from 0 to {MAX_COUNT}, or null"),
                )
            }),
    }
}

fn day(field: &str, v: Option<&Value>) -> Result<Option<chrono::NaiveDate>, FieldError> {
    match v {
        None => Ok(None),
        Some(Value::String(s)) => marsad_model::parse_iso_date(s)
            .filter(|_| s.len() == 10)
            .map(Some)
            .ok_or_else(|| err(field, format!("{s:?} is not a date; expected YYYY-MM-DD"))),
        Some(_) => Err(err(field, "expected a date YYYY-MM-DD")),
    }
}

fn country_code(field: &str, v: Option<&Value>) -> Result<Option<String>, FieldError> {
    match opt_str(field, v, 2)? {
        None => Ok(None),
        Some(c) => {
            let c = c.to_ascii_uppercase();
            if c.len() == 2 && labels::country(&c).is_some() {
                Ok(Some(c))
            } else {
                Err(err(
                    field,
                    format!("{c:?} is not an ISO 3166-1 alpha-2 country code such as YE, SY, IQ"),
                ))
            }
        }
    }
}

fn degrees(field: &str, v: Option<&Value>, max: f64) -> Result<Option<f64>, FieldError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_f64()
            .filter(|x| x.is_finite() && x.abs() <= max)
            .map(Some)
            .ok_or_else(|| err(field, format!("expected degrees from -{max} to {max}"))),
    }
}

fn actor(
    field: &str,
    v: &Value,
    old: Option<&Actor>,
    text: &str,
) -> Result<Option<Actor>, FieldError> {
    let o = match v {
        Value::Null => return Ok(None),
        Value::String(s) => {
            let mut m = Map::new();
            m.insert("canonical".into(), Value::String(s.clone()));
            m
        }
        Value::Object(o) => o.clone(),
        _ => {
            return Err(err(
                field,
                "expected null, a name, or {\"canonical\": ..., \"span\": [start, end]}",
            ))
        }
    };
    for k in o.keys() {
        if !matches!(k.as_str(), "canonical" | "text" | "span") {
            return Err(err(
                &format!("{field}.{k}"),
                "unknown; an actor has canonical and span (text follows the span)",
            ));
        }
    }
    let canonical = opt_str(&format!("{field}.canonical"), o.get("canonical"), 200)?
        .ok_or_else(|| err(&format!("{field}.canonical"), "required: the actor's name"))?;
    let (span, words) = match o.get("span") {
        Some(s) => {
            let sp = span_of(&format!("{field}.span"), s, text)?;
            (sp, sp.slice(text).to_string())
        }
        None => match old {
            Some(a) => (a.span, a.text.clone()),
            None => (Span::new(0, 0), String::new()),
        },
    };
    let keep = old.filter(|a| a.canonical == canonical);
    Ok(Some(Actor {
        text: words,
        canonical,
        category: keep.and_then(|a| a.category),
        country: keep.and_then(|a| a.country.clone()),
        span,
    }))
}

fn location(v: &Value, old: Option<&Location>, text: &str) -> Result<Option<Location>, FieldError> {
    let f = "fields.location";
    let o = match v {
        Value::Null => return Ok(None),
        Value::Object(o) => o,
        _ => {
            return Err(err(
                f,
                "expected null or {\"name\", \"country\", \"lat\", \"lon\", ...}",
            ))
        }
    };
    for k in o.keys() {
        if !matches!(
            k.as_str(),
            "name"
                | "country"
                | "admin1"
                | "lat"
                | "lon"
                | "precision"
                | "span"
                | "text"
                | "gazetteer_id"
        ) {
            return Err(err(
                &format!("{f}.{k}"),
                "unknown; a location has name, country, admin1, lat, lon, precision, span, gazetteer_id",
            ));
        }
    }
    let name = opt_str(&format!("{f}.name"), o.get("name"), 200)?;
    let country = country_code(&format!("{f}.country"), o.get("country"))?;
    let admin1 = opt_str(&format!("{f}.admin1"), o.get("admin1"), 200)?;
    let lat = degrees(&format!("{f}.lat"), o.get("lat"), 90.0)?;
    let lon = degrees(&format!("{f}.lon"), o.get("lon"), 180.0)?;
    if lat.is_some() != lon.is_some() {
        return Err(err(
            &format!("{f}.{}", if lat.is_some() { "lon" } else { "lat" }),
            "lat and lon come together",
        ));
    }
    if name.is_none() && lat.is_none() && country.is_none() {
        return Err(err(
            f,
            "give at least a name, a country, or lat and lon (null removes the location)",
        ));
    }
    let precision = match o.get("precision") {
        None | Some(Value::Null) => None,
        Some(p) => Some(
            serde_json::from_value::<PlacePrecision>(p.clone()).map_err(|_| {
                err(
                    &format!("{f}.precision"),
                    "expected populated_place, admin2, admin1, country or region",
                )
            })?,
        ),
    };
    let gazetteer_id = opt_str(&format!("{f}.gazetteer_id"), o.get("gazetteer_id"), 100)?;
    let (span, words) = match o.get("span") {
        Some(s) => {
            let sp = span_of(&format!("{f}.span"), s, text)?;
            (sp, sp.slice(text).to_string())
        }
        None => match old {
            Some(l) => (l.span, l.text.clone()),
            None => (Span::new(0, 0), String::new()),
        },
    };
    Ok(Some(Location {
        text: words,
        span,
        name,
        country,
        admin1,
        lat,
        lon,
        precision,
        gazetteer_id,
    }))
}

/// Apply a reviewer's fields to a record, checking each one against the article `text`
/// (spans are code points of it). Nothing is changed when any field is wrong.
pub fn apply_fields(
    ev: &Event,
    fields: &Map<String, Value>,
    text: &str,
) -> Result<Event, FieldError> {
    if fields.is_empty() {
        return Err(err("fields", "no fields to change"));
    }
    let mut e = ev.clone();
    for (k, v) in fields {
        let f = format!("fields.{k}");
        match k.as_str() {
            "event_type" | "sub_event_type" => {
                if !v.is_string() {
                    return Err(err(&f, "expected a snake_case ACLED type"));
                }
            }
            "date" => {
                let o = v.as_object().ok_or_else(|| {
                    err(&f, "expected {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\", \"precision\"?}")
                })?;
                for k in o.keys() {
                    if !matches!(k.as_str(), "start" | "end" | "precision") {
                        return Err(err(
                            &format!("{f}.{k}"),
                            "unknown; a date has start, end, precision",
                        ));
                    }
                }
                let start = day("fields.date.start", o.get("start"))?;
                let end = day("fields.date.end", o.get("end"))?;
                let start = start
                    .or(end)
                    .ok_or_else(|| err("fields.date.start", "required (YYYY-MM-DD)"))?;
                let end = end.unwrap_or(start);
                if end < start {
                    return Err(err(
                        "fields.date.end",
                        format!("{end} is before the start {start}"),
                    ));
                }
                let precision = match o.get("precision") {
                    None | Some(Value::Null) => {
                        if start == end {
                            DatePrecision::Day
                        } else if (end - start).num_days() <= 7 {
                            DatePrecision::Week
                        } else if (end - start).num_days() <= 31 {
                            DatePrecision::Month
                        } else {
                            DatePrecision::Year
                        }
                    }
                    Some(p) => serde_json::from_value(p.clone()).map_err(|_| {
                        err("fields.date.precision", "expected day, week, month or year")
                    })?,
                };
                e.date.range.start = start;
                e.date.range.end = end;
                e.date.range.precision = precision;
            }
            "location" => e.location = location(v, ev.location.as_ref(), text)?,
            "actor1" => e.actor1 = actor(&f, v, ev.actor1.as_ref(), text)?,
            "actor2" => e.actor2 = actor(&f, v, ev.actor2.as_ref(), text)?,
            "fatalities" => {
                e.fatalities = count(&f, v)?;
                e.fatalities_low = None;
                e.fatalities_high = None;
            }
            "injured" => e.injured = count(&f, v)?,
            _ => {
                return Err(err(
                    &f,
                    format!(
                        "not a field a reviewer can set; use one of: {}",
                        EDITABLE.join(", ")
                    ),
                ))
            }
        }
    }
    let ty = fields
        .get("event_type")
        .and_then(Value::as_str)
        .map(str::trim);
    let sub = fields
        .get("sub_event_type")
        .and_then(Value::as_str)
        .map(str::trim);
    if let Some(s) = sub {
        let parent = labels::parent_type(s).ok_or_else(|| {
            err(
                "fields.sub_event_type",
                format!(
                    "{s:?} is not an ACLED sub-event type; use one of: {}",
                    labels::all_sub_types().join(", ")
                ),
            )
        })?;
        if let Some(t) = ty.filter(|t| *t != parent) {
            return Err(err(
                "fields.event_type",
                format!("{t:?} does not hold the sub-event type {s:?} (its type is {parent})"),
            ));
        }
        e.event_type = parent.to_string();
        e.sub_event_type = s.to_string();
    } else if let Some(t) = ty {
        let subs = labels::sub_types(t).ok_or_else(|| {
            err(
                "fields.event_type",
                format!(
                    "{t:?} is not an ACLED event type; use one of: {}",
                    labels::event_types().join(", ")
                ),
            )
        })?;
        if !subs.contains(&e.sub_event_type.as_str()) {
            return Err(err(
                "fields.sub_event_type",
                format!(
                    "required with a new event_type {t:?}: one of {}",
                    subs.join(", ")
                ),
            ));
        }
        e.event_type = t.to_string();
    }
    Ok(e)
}

/// A record a reviewer adds: the trigger is the selected span, its sentence the same span,
/// dated on the publication day unless `fields.date` says otherwise.
pub fn new_record(
    span: Span,
    fields: &Map<String, Value>,
    text: &str,
    published: chrono::NaiveDate,
) -> Result<Event, FieldError> {
    let n = text.chars().count();
    if span.start >= span.end || span.end > n {
        return Err(err(
            "span",
            format!(
                "[{}, {}] is not a stretch of the article text (0..{n} code points, start < end)",
                span.start, span.end
            ),
        ));
    }
    if !fields.contains_key("sub_event_type") {
        return Err(err(
            "fields.sub_event_type",
            format!(
                "required for a new record: one of {}",
                labels::all_sub_types().join(", ")
            ),
        ));
    }
    let base = Event {
        event_type: String::new(),
        sub_event_type: String::new(),
        date: marsad_model::EventDate {
            range: marsad_model::DateRange::day(published),
            text: None,
            span: None,
        },
        actor1: None,
        actor2: None,
        location: None,
        fatalities: None,
        fatalities_low: None,
        fatalities_high: None,
        fatalities_evidence: Vec::new(),
        injured: None,
        injured_evidence: Vec::new(),
        claimed_by: None,
        trigger: Evidence::from_text(text, span),
        sentence: Some(span),
        confidence: None,
    };
    apply_fields(&base, fields, text)
}

/// The fields on which two records differ (the fields a reviewer can set).
pub fn differences(a: &Event, b: &Event) -> Vec<String> {
    let mut d = Vec::new();
    if a.event_type != b.event_type {
        d.push("event_type");
    }
    if a.sub_event_type != b.sub_event_type {
        d.push("sub_event_type");
    }
    if (a.date.range.start, a.date.range.end) != (b.date.range.start, b.date.range.end) {
        d.push("date");
    }
    let place = |l: &Option<Location>| {
        l.as_ref().map(|l| {
            (
                l.name.clone(),
                l.country.clone(),
                l.lat.map(|x| (x * 1e4).round() as i64),
                l.lon.map(|x| (x * 1e4).round() as i64),
            )
        })
    };
    if place(&a.location) != place(&b.location) {
        d.push("location");
    }
    let who = |x: &Option<Actor>| x.as_ref().map(|x| x.canonical.clone());
    if who(&a.actor1) != who(&b.actor1) {
        d.push("actor1");
    }
    if who(&a.actor2) != who(&b.actor2) {
        d.push("actor2");
    }
    if a.fatalities != b.fatalities {
        d.push("fatalities");
    }
    if a.injured != b.injured {
        d.push("injured");
    }
    d.into_iter().map(String::from).collect()
}

/// A record with its status, as the audit log keeps it.
pub fn with_status(ev: &Event, status: ReviewStatus) -> Value {
    let mut v = serde_json::to_value(ev).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        o.insert("status".into(), Value::String(status.as_str().into()));
    }
    v
}

/// A gold event (the gold format of EVENTS.md) from a reviewed record.
pub fn gold_event(e: &Event) -> Value {
    let actor = |a: &Option<Actor>| match a {
        None => Value::Null,
        Some(a) => {
            let mut names = vec![a.canonical.clone()];
            if !a.text.is_empty() && a.text != a.canonical {
                names.push(a.text.clone());
            }
            serde_json::json!({ "any_of": names })
        }
    };
    let loc = match &e.location {
        None => Value::Null,
        Some(l) => serde_json::json!({
            "name": l.name.clone().unwrap_or_else(|| l.text.clone()),
            "country": l.country,
            "lat": l.lat,
            "lon": l.lon,
            "tolerance_km": 25,
        }),
    };
    serde_json::json!({
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "date": {"start": e.date.range.start, "end": e.date.range.end},
        "actor1": actor(&e.actor1),
        "actor2": actor(&e.actor2),
        "location": loc,
        "fatalities": e.fatalities,
        "injured": e.injured,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record() -> Event {
        new_record(
            Span::new(0, 4),
            json!({"sub_event_type": "armed_clash"})
                .as_object()
                .unwrap(),
            "اشتباك في المدينة",
            "2015-08-01".parse().unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn an_added_record_takes_its_type_from_the_sub_type() {
        let e = record();
        assert_eq!(
            (e.event_type.as_str(), e.trigger.text.as_str()),
            ("battles", "اشتب")
        );
    }

    #[test]
    fn every_bad_field_is_named() {
        let e = record();
        let t = "اشتباك في المدينة";
        let bad = |f: Value| {
            apply_fields(&e, f.as_object().unwrap(), t)
                .unwrap_err()
                .field
        };
        assert_eq!(
            bad(json!({"location": {"lat": 95, "lon": 1}})),
            "fields.location.lat"
        );
        assert_eq!(
            bad(json!({"location": {"country": "XX"}})),
            "fields.location.country"
        );
        assert_eq!(bad(json!({"fatalities": -1})), "fields.fatalities");
        assert_eq!(
            bad(json!({"sub_event_type": "bombing"})),
            "fields.sub_event_type"
        );
        assert_eq!(bad(json!({"event_type": "riots"})), "fields.sub_event_type");
        assert_eq!(
            bad(json!({"date": {"start": "2015-08-03", "end": "2015-08-01"}})),
            "fields.date.end"
        );
        assert_eq!(bad(json!({"colour": 1})), "fields.colour");
        assert_eq!(
            bad(json!({"actor1": {"canonical": "X", "span": [0, 99]}})),
            "fields.actor1.span"
        );
    }

    #[test]
    fn edits_change_what_they_name_and_differences_find_them() {
        let e = record();
        let f = json!({"location": {"name": "Aden", "country": "ye", "lat": 12.8, "lon": 45.03}, "fatalities": 3});
        let e2 = apply_fields(&e, f.as_object().unwrap(), "اشتباك في المدينة").unwrap();
        assert_eq!(e2.location.as_ref().unwrap().country.as_deref(), Some("YE"));
        assert_eq!(differences(&e, &e2), vec!["location", "fatalities"]);
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a), token_hash(&format!("{a}\n")));
        assert_ne!(token_hash(&a), a);
    }
}
