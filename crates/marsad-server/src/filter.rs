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
/// Deepest page a cursor may point at.
const MAX_OFFSET: usize = 10_000_000;

/// The filters, as a client writes them in the query string. Unknown parameters are refused.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// Events that end on or after this day (YYYY-MM-DD).
    pub from: Option<String>,
    /// Events that start on or before this day (YYYY-MM-DD).
    pub to: Option<String>,
    /// ISO 3166-1 alpha-2 codes, comma-separated (any of them), e.g. `YE,SA`.
    pub country: Option<String>,
    /// ACLED event or sub-event types in snake_case, comma-separated, e.g. `battles,air_drone_strike`.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub type_: Option<String>,
    /// An actor: English canonical name or Arabic words (substring, folded).
    pub actor: Option<String>,
    /// Arabic words the article must contain (all of them; folded like the index).
    pub text: Option<String>,
    /// Bounding box `west,south,east,north` in degrees.
    pub bbox: Option<String>,
    /// Circle `lat,lon,km`.
    pub near: Option<String>,
    /// Events per page (1 to the server's maximum, 1000 by default; default 100). `/api/events` only.
    pub limit: Option<usize>,
    /// `next_cursor` of the previous page. `/api/events` only.
    pub cursor: Option<String>,
}

fn day(name: &str, s: &str) -> Result<NaiveDate, ApiError> {
    s.trim().parse().map_err(|_| {
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
        .map(|x| x.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| bad())?;
    let a: [f64; N] = v.try_into().map_err(|_| bad())?;
    if a.iter().any(|x| !x.is_finite()) {
        return Err(bad());
    }
    Ok(a)
}

fn list(name: &str, s: &str) -> Result<Vec<String>, ApiError> {
    let v: Vec<String> = s
        .split(',')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect();
    if v.len() > MAX_LIST {
        return Err(ApiError::bad_request(
            "bad_filter",
            format!("{name}: at most {MAX_LIST} values"),
        ));
    }
    if v.iter().any(|x| {
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
    Ok(v)
}

fn words(name: &str, s: &str) -> Result<Option<String>, ApiError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad_request(
            "bad_filter",
            format!("{name}: at most {MAX_QUERY_CHARS} characters"),
        ));
    }
    Ok(Some(s.to_string()))
}

/// An opaque page cursor (the position of the next page).
pub fn encode_cursor(offset: usize) -> String {
    format!("o{offset:x}")
}

fn decode_cursor(s: &str) -> Result<usize, ApiError> {
    s.strip_prefix('o')
        .and_then(|h| usize::from_str_radix(h, 16).ok())
        .filter(|&o| o <= MAX_OFFSET)
        .ok_or_else(|| {
            ApiError::bad_request(
                "bad_cursor",
                "cursor: not a cursor this server gave; start again without it",
            )
        })
}

impl EventQuery {
    /// The store filter, without paging.
    pub fn filter(&self) -> Result<EventFilter, ApiError> {
        let mut f = EventFilter::default();
        if let Some(s) = self.from.as_deref().filter(|s| !s.trim().is_empty()) {
            f.from = Some(day("from", s)?);
        }
        if let Some(s) = self.to.as_deref().filter(|s| !s.trim().is_empty()) {
            f.to = Some(day("to", s)?);
        }
        if let (Some(a), Some(b)) = (f.from, f.to) {
            if a > b {
                return Err(ApiError::bad_request("bad_filter", "from is after to"));
            }
        }
        if let Some(s) = &self.country {
            f.countries = list("country", s)?
                .into_iter()
                .map(|c| c.to_ascii_uppercase())
                .collect();
        }
        if let Some(s) = &self.type_ {
            f.types = list("type", s)?;
        }
        if let Some(s) = &self.actor {
            f.actor = words("actor", s)?;
        }
        if let Some(s) = &self.text {
            f.text = words("text", s)?;
        }
        if let Some(s) = self.bbox.as_deref().filter(|s| !s.trim().is_empty()) {
            let [w, so, e, n] = floats::<4>("bbox", s, "west,south,east,north")?;
            if !(w <= e && so <= n && so >= -90.0 && n <= 90.0 && w >= -180.0 && e <= 180.0) {
                return Err(ApiError::bad_request("bad_filter", "bbox: expected west,south,east,north with west <= east, south <= north, in degrees"));
            }
            f.bbox = Some(BBox {
                min_lon: w,
                min_lat: so,
                max_lon: e,
                max_lat: n,
            });
        }
        if let Some(s) = self.near.as_deref().filter(|s| !s.trim().is_empty()) {
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

    /// The store filter with the page asked for: (filter, offset, limit).
    pub fn page(&self, max_page: usize) -> Result<(EventFilter, usize, usize), ApiError> {
        let mut f = self.filter()?;
        let limit = self.limit.unwrap_or(100.min(max_page));
        if limit == 0 || limit > max_page {
            return Err(ApiError::bad_request(
                "bad_limit",
                format!("limit: from 1 to {max_page}"),
            ));
        }
        let offset = match self.cursor.as_deref().filter(|s| !s.is_empty()) {
            Some(c) => decode_cursor(c)?,
            None => 0,
        };
        f.limit = Some(limit);
        f.offset = offset;
        Ok((f, offset, limit))
    }

    /// A key that is the same for the same filters (the summary cache's key).
    pub fn key(&self) -> Result<String, ApiError> {
        let f = self.filter()?;
        serde_json::to_string(&f).map_err(|_| ApiError::internal("read the filters"))
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
            bbox: Some("40,10,30,20".into()),
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
    fn good_values_reach_the_filter() {
        let f = EventQuery {
            from: Some("2015-08-01".into()),
            to: Some("2015-08-31".into()),
            country: Some("ye,sa".into()),
            type_: Some("explosions_remote_violence".into()),
            near: Some("15.35,44.2,50".into()),
            ..Default::default()
        };
        let (f, off, lim) = EventQuery {
            cursor: Some(encode_cursor(200)),
            ..f
        }
        .page(1000)
        .unwrap();
        assert_eq!(f.countries, ["YE", "SA"]);
        assert_eq!(f.near.unwrap().km, 50.0);
        assert_eq!((off, lim), (200, 100));
    }
}
