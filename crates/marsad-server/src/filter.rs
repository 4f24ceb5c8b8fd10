//! Query-string filters of `/api/events`, `/api/stats` and `/api/points`, checked before any
//! of them reaches the store (which binds every value as an SQL parameter).

use crate::error::ApiError;
use chrono::NaiveDate;
use marsad_store::{BBox, EventFilter, Near};
use serde::Deserialize;
use utoipa::IntoParams;

/// Longest free-text or actor query, in characters.
const MAX_QUERY_CHARS: usize = 200;
/// Most values in a comma-separated list.
const MAX_LIST: usize = 32;
/// Longest cursor (hexadecimal digits after the `o`): the deepest page starts at event 16,777,215.
const MAX_CURSOR_DIGITS: usize = 6;

/// The filters, as a client writes them in the query string. Unknown parameters are refused.
///
/// Each parameter's schema in the OpenAPI description states exactly what the server
/// accepts (a value that fits it is answered, one that does not is a 400), so that the
/// description can be checked against the server mechanically.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// Events that end on or after this day (YYYY-MM-DD; empty: no bound). A `from` after
    /// `to` is an empty range: no events.
    #[param(schema_with = date_or_empty)]
    pub from: Option<String>,
    /// Events that start on or before this day (YYYY-MM-DD; empty: no bound).
    #[param(schema_with = date_or_empty)]
    pub to: Option<String>,
    /// ISO 3166-1 alpha-2 codes, comma-separated (any of them), e.g. `YE,SA`; at most 32.
    /// Codes the gazetteer does not know are refused with 400 (`??`: events with no country).
    #[param(schema_with = country_schema)]
    pub country: Option<String>,
    /// ACLED event or sub-event types in snake_case, comma-separated, e.g. `battles,air_drone_strike`; at most 32.
    #[serde(rename = "type")]
    /// Unknown types are refused with 400 naming the allowed ones.
    #[param(rename = "type", schema_with = type_schema)]
    pub type_: Option<String>,
    /// An actor: English canonical name or Arabic words (substring, folded); at most 200 characters.
    #[param(max_length = 200)]
    pub actor: Option<String>,
    /// Arabic words the article must contain (all of them; folded like the index); at most
    /// 200 characters. Punctuation alone, like an empty value, searches for nothing.
    #[param(max_length = 200)]
    pub text: Option<String>,
    /// Bounding box `west,south,east,north` in degrees. A west greater than east is a box
    /// across the antimeridian; the two latitudes may come in either order.
    #[param(schema_with = bbox_schema)]
    pub bbox: Option<String>,
    /// Circle `lat,lon,km`: within `km` kilometres of the point.
    #[param(schema_with = near_schema)]
    pub near: Option<String>,
    /// Events per page (1 to the server's maximum, 1000 by default; default 100). Only `/api/events` pages.
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<usize>,
    /// `next_cursor` of the previous page (empty: the first page), with the same filters:
    /// a cursor is bound to the filters it was given with. Only `/api/events` pages.
    #[param(pattern = "^(o[0-9a-f]{1,6}[.][0-9a-f]{16})?$")]
    pub cursor: Option<String>,
    /// Review statuses, comma-separated (any of them): `machine`, `verified`, `corrected`, `rejected`.
    #[param(
        pattern = r"^ *((machine|verified|corrected|rejected) *)?(, *((machine|verified|corrected|rejected) *)?){0,31}$"
    )]
    pub status: Option<String>,
    /// Records last reviewed by this reviewer (by name); at most 64 characters.
    #[param(max_length = 64)]
    pub reviewer: Option<String>,
    /// What is listed or counted: `fused` events or `reports` (per-article records). A fused
    /// event is taken when one of its reports matches the filters. `/api/events` lists fused
    /// events by default (each with its reports); `/api/stats` and `/api/points` count and
    /// place reports by default, fused events with `view=fused` (a point then stands for its
    /// fused event: the id of one of its reports, its best toll).
    #[param(pattern = "^(fused|reports)?$")]
    pub view: Option<String>,
}

/// A comma-separated list of up to 32 of these codes (spaces around each, empty places).
fn codes_pattern(codes: &[String]) -> String {
    let alt = codes.join("|");
    format!(r"^ *(({alt}) *)?(, *(({alt}) *)?){{0,31}}$")
}

fn string_with(pattern: String) -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(pattern))
        .build()
}

/// The country codes the server knows, either case, and `??`.
fn country_schema() -> utoipa::openapi::schema::Object {
    let mut codes: Vec<String> = marsad_store::labels::COUNTRIES
        .iter()
        .map(|c| {
            c.iso2
                .chars()
                .map(|ch| format!("[{}{}]", ch, ch.to_ascii_lowercase()))
                .collect()
        })
        .collect();
    codes.push("[?][?]".into());
    string_with(codes_pattern(&codes))
}

/// ACLED's event and sub-event types.
fn type_schema() -> utoipa::openapi::schema::Object {
    let codes: Vec<String> = marsad_store::labels::event_types()
        .into_iter()
        .chain(marsad_store::labels::all_sub_types())
        .map(String::from)
        .collect();
    string_with(codes_pattern(&codes))
}

fn date_or_empty() -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::{AnyOf, KnownFormat, ObjectBuilder, SchemaFormat, Type};
    let date = ObjectBuilder::new()
        .schema_type(Type::String)
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)));
    let empty = ObjectBuilder::new()
        .schema_type(Type::String)
        .max_length(Some(0));
    let mut any = AnyOf::new();
    any.items = vec![date.into(), empty.into()];
    utoipa::openapi::schema::Schema::AnyOf(any)
}

fn degrees(min: f64, max: f64) -> utoipa::openapi::schema::Object {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    ObjectBuilder::new()
        .schema_type(Type::Number)
        .minimum(Some(min))
        .maximum(Some(max))
        .build()
}

fn tuple(items: Vec<utoipa::openapi::schema::Object>) -> utoipa::openapi::schema::Schema {
    use utoipa::openapi::schema::Array;
    let n = items.len();
    let mut a = Array::default();
    a.prefix_items = items.into_iter().map(Into::into).collect();
    a.min_items = Some(n);
    a.max_items = Some(n);
    utoipa::openapi::schema::Schema::Array(a)
}

fn bbox_schema() -> utoipa::openapi::schema::Schema {
    tuple(vec![
        degrees(-180.0, 180.0),
        degrees(-90.0, 90.0),
        degrees(-180.0, 180.0),
        degrees(-90.0, 90.0),
    ])
}

fn near_schema() -> utoipa::openapi::schema::Schema {
    tuple(vec![
        degrees(-90.0, 90.0),
        degrees(-180.0, 180.0),
        degrees(0.0, 20_000.0),
    ])
}

fn day(name: &str, s: &str) -> Result<NaiveDate, ApiError> {
    let shape = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shape
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| {
            ApiError::bad_request(
                "bad_filter",
                format!("{name}: {s:?} is not a date; expected YYYY-MM-DD"),
            )
        })
}

fn floats<const N: usize>(name: &str, s: &str, shape: &str) -> Result<[f64; N], ApiError> {
    let bad = || {
        ApiError::bad_request(
            "bad_filter",
            format!("{name}: expected {shape} (numbers separated by commas)"),
        )
    };
    let v: Vec<f64> = s
        .split(',')
        .map(|x| x.parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| bad())?;
    let a: [f64; N] = v.try_into().map_err(|_| bad())?;
    if a.iter().any(|x| !x.is_finite()) {
        return Err(bad());
    }
    Ok(a)
}

/// Comma-separated codes; spaces around a code and empty places between commas are allowed.
fn list(name: &str, s: &str) -> Result<Vec<String>, ApiError> {
    let places: Vec<&str> = s.split(',').map(|x| x.trim_matches(' ')).collect();
    if places.len() > MAX_LIST {
        return Err(ApiError::bad_request(
            "bad_filter",
            format!("{name}: at most {MAX_LIST} values"),
        ));
    }
    if places.iter().any(|x| {
        x.len() > 64
            || !x
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'?')
    }) {
        return Err(ApiError::bad_request(
            "bad_filter",
            format!("{name}: values are codes such as YE or air_drone_strike"),
        ));
    }
    Ok(places
        .into_iter()
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect())
}

fn words(name: &str, s: &str) -> Result<Option<String>, ApiError> {
    if s.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad_request(
            "bad_filter",
            format!("{name}: at most {MAX_QUERY_CHARS} characters"),
        ));
    }
    let s = s.trim();
    Ok((!s.is_empty()).then(|| s.to_string()))
}

/// An opaque page cursor: the position of the next page, and a hash of the filters it
/// pages through (`key`, from [`EventQuery::key`]).
pub fn encode_cursor(offset: usize, key: &str) -> String {
    format!("o{offset:x}.{:016x}", fnv(key))
}

/// FNV-1a, 64 bits: the same on every machine and every run.
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn decode_cursor(s: &str, key: &str) -> Result<usize, ApiError> {
    let bad = || {
        ApiError::bad_request(
            "bad_cursor",
            "cursor: not a cursor this server gave; start again without it",
        )
    };
    let (off, hash) = s
        .strip_prefix('o')
        .and_then(|r| r.split_once('.'))
        .ok_or_else(bad)?;
    let hex = |h: &str, max: usize| {
        (1..=max).contains(&h.len()) && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    };
    if !hex(off, MAX_CURSOR_DIGITS) || hash.len() != 16 || !hex(hash, 16) {
        return Err(bad());
    }
    let off = usize::from_str_radix(off, 16).map_err(|_| bad())?;
    if u64::from_str_radix(hash, 16).ok() != Some(fnv(key)) {
        return Err(ApiError::new(
            axum::http::StatusCode::CONFLICT,
            "cursor_mismatch",
            "cursor: it was given for other filters; a cursor pages only through the filters it came with (start again without it)",
        ));
    }
    Ok(off)
}

impl EventQuery {
    /// The store filter, without paging.
    pub fn filter(&self) -> Result<EventFilter, ApiError> {
        let mut f = EventFilter::default();
        if let Some(s) = self.from.as_deref().filter(|s| !s.is_empty()) {
            f.from = Some(day("from", s)?);
        }
        if let Some(s) = self.to.as_deref().filter(|s| !s.is_empty()) {
            f.to = Some(day("to", s)?);
        }
        if let Some(s) = &self.country {
            let given = list("country", s)?;
            if let Some(c) = given.iter().find(|c| {
                *c != "??" && (c.len() != 2 || marsad_store::labels::country(c).is_none())
            }) {
                let known: Vec<&str> = marsad_store::labels::COUNTRIES
                    .iter()
                    .map(|c| c.iso2)
                    .collect();
                return Err(ApiError::bad_request(
                    "bad_filter",
                    format!("country: {c:?} is not a country code this server knows; use ISO 3166-1 alpha-2 codes: {}, or ?? for events with no country", known.join(", ")),
                ));
            }
            f.countries = given.into_iter().map(|c| c.to_ascii_uppercase()).collect();
        }
        if let Some(s) = &self.type_ {
            f.types = list("type", s)?;
            if let Some(t) = f.types.iter().find(|t| !marsad_store::labels::is_type(t)) {
                return Err(ApiError::bad_request(
                    "bad_filter",
                    format!(
                        "type: {t:?} is not an ACLED type; use one of: {}, or a sub-event type: {}",
                        marsad_store::labels::event_types().join(", "),
                        marsad_store::labels::all_sub_types().join(", ")
                    ),
                ));
            }
        }
        if let Some(s) = &self.status {
            let v = list("status", s)?;
            for x in v {
                let st = marsad_store::ReviewStatus::parse(&x).ok_or_else(|| {
                    ApiError::bad_request(
                        "bad_filter",
                        format!("status: {x:?} is not a status; use machine, verified, corrected or rejected"),
                    )
                })?;
                if !f.statuses.contains(&st) {
                    f.statuses.push(st);
                }
            }
        }
        if let Some(s) = &self.reviewer {
            if s.chars().count() > 64 {
                return Err(ApiError::bad_request(
                    "bad_filter",
                    "reviewer: at most 64 characters",
                ));
            }
            f.reviewer = Some(s.trim().to_string()).filter(|s| !s.is_empty());
        }
        if let Some(s) = &self.actor {
            f.actor = words("actor", s)?;
        }
        if let Some(s) = &self.text {
            // punctuation alone holds no word to search for: no text condition, like an empty value
            f.text = words("text", s)?.filter(|t| marsad_store::fts_query(t).is_some());
        }
        if let Some(s) = self.bbox.as_deref() {
            let [w, so, e, n] = floats::<4>("bbox", s, "west,south,east,north")?;
            if !([so, n].iter().all(|v| v.abs() <= 90.0) && [w, e].iter().all(|v| v.abs() <= 180.0))
            {
                return Err(ApiError::bad_request("bad_filter", "bbox: expected west,south,east,north in degrees: longitudes from -180 to 180, latitudes from -90 to 90"));
            }
            // west > east crosses the antimeridian (the store answers that box); the
            // latitudes name a band whichever comes first
            f.bbox = Some(BBox {
                min_lon: w,
                min_lat: so.min(n),
                max_lon: e,
                max_lat: so.max(n),
            });
        }
        if let Some(s) = self.near.as_deref() {
            let [lat, lon, km] = floats::<3>("near", s, "lat,lon,km")?;
            if !(lat.abs() <= 90.0 && lon.abs() <= 180.0 && (0.0..=20_000.0).contains(&km)) {
                return Err(ApiError::bad_request(
                    "bad_filter",
                    "near: expected lat,lon,km with |lat| <= 90, |lon| <= 180, 0 <= km <= 20000",
                ));
            }
            f.near = Some(Near { lat, lon, km });
        }
        Ok(f)
    }

    /// The page asked for, checked: (offset, limit). Every endpoint that takes the filters
    /// checks these too, so that one description of the parameters holds for all of them.
    pub fn paging(&self, max_page: usize) -> Result<(usize, usize), ApiError> {
        self.per_report()?;
        let limit = self.limit.unwrap_or(100.min(max_page));
        if limit == 0 || limit > max_page {
            return Err(ApiError::bad_request(
                "bad_limit",
                format!("limit: from 1 to {max_page}"),
            ));
        }
        let offset = match self.cursor.as_deref().filter(|s| !s.is_empty()) {
            Some(c) => decode_cursor(c, &self.key()?)?,
            None => 0,
        };
        Ok((offset, limit))
    }

    /// Whether `/api/events` lists per-report records (`view=reports`) rather than fused events.
    pub fn per_report(&self) -> Result<bool, ApiError> {
        match self.view.as_deref() {
            None | Some("") | Some("fused") => Ok(false),
            Some("reports") => Ok(true),
            Some(v) => Err(ApiError::bad_request(
                "bad_filter",
                format!("view: {v:?}; expected fused or reports"),
            )),
        }
    }

    /// The store filter with the page asked for: (filter, offset, limit).
    pub fn page(&self, max_page: usize) -> Result<(EventFilter, usize, usize), ApiError> {
        let mut f = self.filter()?;
        let (offset, limit) = self.paging(max_page)?;
        f.limit = Some(limit);
        f.offset = offset;
        Ok((f, offset, limit))
    }

    /// Whether `/api/stats` and `/api/points` count fused events (`view=fused`) rather than
    /// reports.
    pub fn fused_summary(&self) -> Result<bool, ApiError> {
        self.per_report()?;
        Ok(self.view.as_deref() == Some("fused"))
    }

    /// A key that is the same for the same filters and view (the summary cache's key, and
    /// what a cursor is bound to: a cursor of the fused list is refused for the reports).
    pub fn key(&self) -> Result<String, ApiError> {
        let f = self.filter()?;
        self.per_report()?;
        let k = serde_json::to_string(&f).map_err(|e| ApiError::internal("read the filters", e))?;
        Ok(format!("{} {k}", self.view.as_deref().unwrap_or("")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(from: &str) -> EventQuery {
        EventQuery {
            from: Some(from.into()),
            ..Default::default()
        }
    }

    #[test]
    fn bad_values_are_refused_with_the_parameter_named() {
        assert!(q("2015-13-01")
            .filter()
            .unwrap_err()
            .message
            .starts_with("from:"));
        let e = EventQuery {
            bbox: Some("40,10,190,20".into()),
            ..Default::default()
        }
        .filter()
        .unwrap_err();
        assert!(e.message.starts_with("bbox:"));
        let e = EventQuery {
            near: Some("15,44".into()),
            ..Default::default()
        }
        .filter()
        .unwrap_err();
        assert!(e.message.starts_with("near:"));
        let e = EventQuery {
            country: Some("YE' OR 1=1 --".into()),
            ..Default::default()
        }
        .filter()
        .unwrap_err();
        assert!(e.message.starts_with("country:"));
        let e = EventQuery {
            limit: Some(100_000),
            ..Default::default()
        }
        .page(1000)
        .unwrap_err();
        assert_eq!(e.code, "bad_limit");
        let e = EventQuery {
            cursor: Some("zz".into()),
            ..Default::default()
        }
        .page(1000)
        .unwrap_err();
        assert_eq!(e.code, "bad_cursor");
    }

    #[test]
    fn unknown_codes_are_refused_with_the_allowed_values() {
        let e = EventQuery {
            country: Some("yemen".into()),
            ..Default::default()
        }
        .filter()
        .unwrap_err();
        assert!(
            e.message.starts_with("country:") && e.message.contains("YE"),
            "{}",
            e.message
        );
        let e = EventQuery {
            type_: Some("bombing".into()),
            ..Default::default()
        }
        .filter()
        .unwrap_err();
        assert!(
            e.message.starts_with("type:") && e.message.contains("air_drone_strike"),
            "{}",
            e.message
        );
        let e = EventQuery {
            status: Some("approved".into()),
            ..Default::default()
        }
        .filter()
        .unwrap_err();
        assert!(e.message.starts_with("status:"), "{}", e.message);
    }

    #[test]
    fn a_cursor_is_bound_to_its_filters() {
        let ye = EventQuery {
            country: Some("YE".into()),
            ..Default::default()
        };
        let c = encode_cursor(100, &ye.key().unwrap());
        let other = EventQuery {
            country: Some("SY".into()),
            cursor: Some(c.clone()),
            ..Default::default()
        };
        let e = other.page(1000).unwrap_err();
        assert_eq!((e.code, e.status.as_u16()), ("cursor_mismatch", 409));
        assert!(e.message.contains("other filters"));
        let same = EventQuery {
            cursor: Some(c),
            ..ye
        };
        assert_eq!(same.page(1000).unwrap().1, 100);
        let bare = EventQuery {
            cursor: Some("o64".into()),
            ..Default::default()
        };
        assert_eq!(bare.page(1000).unwrap_err().code, "bad_cursor");
    }

    #[test]
    fn good_values_reach_the_filter() {
        let f = EventQuery {
            from: Some("2015-08-01".into()),
            to: Some("2015-08-31".into()),
            country: Some("ye,sa".into()),
            type_: Some("explosions_remote_violence".into()),
            near: Some("15.35,44.2,50".into()),
            ..Default::default()
        };
        let key = f.key().unwrap();
        let (f, off, lim) = EventQuery {
            cursor: Some(encode_cursor(200, &key)),
            ..f
        }
        .page(1000)
        .unwrap();
        assert_eq!(f.countries, ["YE", "SA"]);
        assert_eq!(f.near.unwrap().km, 50.0);
        assert_eq!((off, lim), (200, 100));
    }
}
