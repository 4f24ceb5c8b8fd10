//! The analyst's review: `POST /api/events/{id}/review` (verify, reject, edit),
//! `POST /api/articles/{id}/events` (add a missed event), `GET /api/audit`, `GET /api/whoami`.
//!
//! Every write names the reviewer by their token (`marsad reviewer add`; the operator's
//! write token acts as the reviewer `operator`) and the record's `version` it was made on
//! (`base`): a review of a version that is no longer the stored one is refused with 409, so
//! a later write never silently undoes an earlier one.

use crate::auth;
use crate::body::StrictJson;
use crate::error::ApiError;
use crate::routes::events::{id, query};
use crate::state::AppState;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use marsad_model::Span;
use marsad_store::{review, NewEvent, Review, ReviewAction, StoredEvent};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::sync::Arc;
use utoipa::{IntoParams, ToSchema};

/// Longest note or reason, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// The reviewer a request's token names: the operator's write token is `operator`, a
/// reviewer's token their name. No token: 401; a token nobody has: 403; no token configured
/// and no reviewers: 403 (the server does not take writes).
pub async fn reviewer(st: &Arc<AppState>, headers: &HeaderMap) -> Result<String, ApiError> {
    let presented = auth::presented(headers);
    if let (Some(t), Some(p)) = (st.token.as_ref(), presented.as_deref()) {
        if t.matches(p.as_bytes()) {
            return Ok("operator".into());
        }
    }
    let reviewers = match &st.store {
        Some(_) => st
            .with_store("list reviewers", |s| s.reviewers())
            .await?
            .len(),
        None => 0,
    };
    if st.token.is_none() && reviewers == 0 {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "writes_disabled",
            "this server takes no reviews: add a reviewer (marsad reviewer add NAME --db PATH) or configure a write token",
        ));
    }
    let Some(p) = presented else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "send your reviewer token as Authorization: Bearer <token>",
        ));
    };
    let hash = review::token_hash(&p);
    match st
        .with_store("find the reviewer", move |s| {
            s.reviewer_by_token_hash(&hash)
        })
        .await?
    {
        Some(name) => Ok(name),
        None => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "the token is not one this server accepts (a removed reviewer's token stops working)",
        )),
    }
}

/// A review of one record.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct ReviewBody {
    /// `verify`, `reject` (with `reason`) or `edit` (with `fields`).
    #[schema(pattern = "^(verify|reject|edit)$")]
    action: String,
    /// The record's `version` the reviewer saw (from `GET /api/events/{id}`); another is a 409.
    #[schema(minimum = 0)]
    base: u64,
    /// Why the record is rejected (required with `reject`).
    #[schema(max_length = 2000)]
    reason: Option<String>,
    /// The new values (with `edit`): `event_type`, `sub_event_type`, `date` {start, end,
    /// precision?}, `location` {name, country, admin1, lat, lon, precision, span} or null,
    /// `actor1`/`actor2` {canonical, span} or null, `fatalities`, `injured`.
    #[schema(value_type = Object)]
    fields: Option<Value>,
    /// A note for the audit log.
    #[schema(max_length = 2000)]
    note: Option<String>,
}

/// A record a reviewer adds from a stretch of the article.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct AddBody {
    /// `add` (optional).
    #[schema(pattern = "^add$")]
    action: Option<String>,
    /// The words naming the event, `[start, end)` in code points of the article text.
    #[schema(value_type = Vec<u64>, min_items = 2, max_items = 2)]
    span: Vec<u64>,
    /// Its fields, as in an edit; `sub_event_type` is required.
    #[schema(value_type = Object)]
    fields: Value,
    /// A note for the audit log.
    #[schema(max_length = 2000)]
    note: Option<String>,
}

fn bad(field: &str, message: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
        format!("{field}: {message}"),
    )
}

fn object(v: Value) -> Result<Map<String, Value>, ApiError> {
    match v {
        Value::Object(o) => Ok(o),
        _ => Err(bad("body", "expected a JSON object")),
    }
}

fn allow(o: &Map<String, Value>, keys: &[&str]) -> Result<(), ApiError> {
    match o.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(bad(
            k,
            format!("unknown field; expected {}", keys.join(", ")),
        )),
        None => Ok(()),
    }
}

fn note(o: &Map<String, Value>, key: &str) -> Result<Option<String>, ApiError> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.chars().count() <= MAX_NOTE_CHARS => {
            Ok((!s.trim().is_empty()).then(|| s.trim().to_string()))
        }
        Some(Value::String(_)) => Err(bad(key, format!("at most {MAX_NOTE_CHARS} characters"))),
        Some(_) => Err(bad(key, "expected a string")),
    }
}

fn fields(o: &Map<String, Value>) -> Result<Map<String, Value>, ApiError> {
    match o.get("fields") {
        Some(Value::Object(f)) => Ok(f.clone()),
        None => Err(bad("fields", "required: an object of the fields to change")),
        Some(_) => Err(bad(
            "fields",
            "expected an object such as {\"fatalities\": 3}",
        )),
    }
}

/// The action a review body asks for.
fn action(o: &Map<String, Value>) -> Result<ReviewAction, ApiError> {
    Ok(match o.get("action").and_then(Value::as_str) {
        Some("verify") => ReviewAction::Verify,
        Some("reject") => ReviewAction::Reject {
            reason: note(o, "reason")?
                .ok_or_else(|| bad("reason", "required with reject: why it is not an event"))?,
        },
        Some("edit") => ReviewAction::Edit { fields: fields(o)? },
        _ => return Err(bad("action", "expected verify, reject or edit")),
    })
}

/// A review of a fused event: one action for every one of its reports.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct FusedReviewBody {
    /// `verify`, `reject` (with `reason`) or `edit` (with `fields`), done to each report.
    #[schema(pattern = "^(verify|reject|edit)$")]
    action: String,
    /// Each report of the fused event (its `event_id`) with the `version` the reviewer saw,
    /// e.g. `{"1234": 0, "5678": 2}`: other reports or versions than it now has are a 409.
    #[schema(value_type = Object)]
    reports: Value,
    /// Why the reports are rejected (required with `reject`).
    #[schema(max_length = 2000)]
    reason: Option<String>,
    /// The new values (with `edit`), as for one record.
    #[schema(value_type = Object)]
    fields: Option<Value>,
    /// A note for the audit log.
    #[schema(max_length = 2000)]
    note: Option<String>,
}

/// Verify, reject or edit a fused event: the same action on each of its reports, in one
/// transaction, one audit entry a report. Needs a reviewer's token.
#[utoipa::path(post, path = "/api/fused/{id}/review", tag = "review",
    params(("id" = i64, Path, minimum = 0, description = "fused event id")),
    request_body(content = FusedReviewBody, description = "the action, and each report's version reviewed"),
    security(("bearer" = [])),
    responses((status = 200, description = "{reports: the records as they now stand, each with status, version, fused_id}", body = Object),
              (status = 400, description = "not JSON, or not an id", body = crate::openapi::ErrorSchema),
              (status = 401, description = "no token presented", body = crate::openapi::ErrorSchema),
              (status = 403, description = "a token nobody has, or the server takes no reviews", body = crate::openapi::ErrorSchema),
              (status = 404, description = "no such fused event", body = crate::openapi::ErrorSchema),
              (status = 409, description = "the fused event's reports, or their versions, changed since they were loaded", body = crate::openapi::ErrorSchema),
              (status = 413, description = "body too large", body = crate::openapi::ErrorSchema),
              (status = 415, description = "not application/json", body = crate::openapi::ErrorSchema),
              (status = 422, description = "a field that cannot be taken (named in the message)", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store, or a store opened read-only", body = crate::openapi::ErrorSchema)))]
pub async fn review_fused(
    State(st): State<Arc<AppState>>,
    p: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    StrictJson(body): StrictJson<Value>,
) -> Result<Json<Value>, ApiError> {
    let fid = id(p)?;
    let who = reviewer(&st, &headers).await?;
    let o = object(body)?;
    allow(&o, &["action", "reports", "reason", "fields", "note"])?;
    let bases: Vec<(i64, u64)> = match o.get("reports") {
        Some(Value::Object(m)) if !m.is_empty() && m.len() <= 1000 => m
            .iter()
            .map(|(k, v)| {
                let id = k
                    .parse::<i64>()
                    .map_err(|_| bad("reports", format!("{k:?} is not a report id")))?;
                let n = v.as_u64().ok_or_else(|| {
                    bad("reports", format!("{k}: expected the report's version, a whole number"))
                })?;
                Ok((id, n))
            })
            .collect::<Result<_, ApiError>>()?,
        _ => {
            return Err(bad(
                "reports",
                "required: an object of each report's id and the version you reviewed, e.g. {\"1234\": 0}",
            ))
        }
    };
    let rv = Review {
        action: action(&o)?,
        base: 0,
        reviewer: who,
        note: note(&o, "note")?,
        at: review::now(),
    };
    let out = st
        .with_store("review a fused event", move |s| {
            s.review_fused(fid, &rv, &bases)
        })
        .await?;
    st.clear_summaries();
    Ok(Json(serde_json::json!({ "reports": out })))
}

/// The record with its audit log, as `GET /api/events/{id}` answers.
pub fn with_history(ev: StoredEvent, history: Vec<review::AuditEntry>) -> Value {
    let mut v = serde_json::to_value(ev).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        o.insert(
            "history".into(),
            serde_json::to_value(history).unwrap_or_default(),
        );
    }
    v
}

/// Verify, reject or edit one record. Needs a reviewer's token.
#[utoipa::path(post, path = "/api/events/{id}/review", tag = "review",
    params(("id" = i64, Path, minimum = 0, description = "event id")),
    request_body(content = ReviewBody, description = "the action, and the version reviewed"),
    security(("bearer" = [])),
    responses((status = 200, description = "the record as it now stands, with status, version and history", body = Object),
              (status = 400, description = "not JSON, or not an id", body = crate::openapi::ErrorSchema),
              (status = 401, description = "no token presented", body = crate::openapi::ErrorSchema),
              (status = 403, description = "a token nobody has, or the server takes no reviews", body = crate::openapi::ErrorSchema),
              (status = 404, description = "no such event", body = crate::openapi::ErrorSchema),
              (status = 409, description = "the record changed since the version reviewed", body = crate::openapi::ErrorSchema),
              (status = 413, description = "body too large", body = crate::openapi::ErrorSchema),
              (status = 415, description = "not application/json", body = crate::openapi::ErrorSchema),
              (status = 422, description = "a field that cannot be taken (named in the message)", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store, or a store opened read-only", body = crate::openapi::ErrorSchema)))]
pub async fn review_one(
    State(st): State<Arc<AppState>>,
    p: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    StrictJson(body): StrictJson<Value>,
) -> Result<Json<Value>, ApiError> {
    let eid = id(p)?;
    let who = reviewer(&st, &headers).await?;
    let o = object(body)?;
    allow(&o, &["action", "base", "reason", "fields", "note"])?;
    let base = match o.get("base") {
        Some(b) => b
            .as_u64()
            .ok_or_else(|| bad("base", "expected the record's version, a whole number"))?,
        None => {
            return Err(bad(
                "base",
                "required: the record's version you reviewed (its \"version\")",
            ))
        }
    };
    let rv = Review {
        action: action(&o)?,
        base,
        reviewer: who,
        note: note(&o, "note")?,
        at: review::now(),
    };
    let out = st
        .with_store("review an event", move |s| {
            let ev = s.review(eid, &rv)?;
            let h = s.history(eid)?;
            Ok(with_history(ev, h))
        })
        .await?;
    st.clear_summaries();
    Ok(Json(out))
}

/// Add an event the extractor missed, from a stretch of the article. Needs a reviewer's token.
#[utoipa::path(post, path = "/api/articles/{id}/events", tag = "review",
    params(("id" = i64, Path, minimum = 0, description = "article id")),
    request_body(content = AddBody, description = "the span and the fields"),
    security(("bearer" = [])),
    responses((status = 201, description = "the new record (status corrected), with its history", body = Object),
              (status = 400, description = "not JSON, or not an id", body = crate::openapi::ErrorSchema),
              (status = 401, description = "no token presented", body = crate::openapi::ErrorSchema),
              (status = 403, description = "a token nobody has, or the server takes no reviews", body = crate::openapi::ErrorSchema),
              (status = 404, description = "no such article", body = crate::openapi::ErrorSchema),
              (status = 413, description = "body too large", body = crate::openapi::ErrorSchema),
              (status = 415, description = "not application/json", body = crate::openapi::ErrorSchema),
              (status = 422, description = "a field that cannot be taken (named in the message)", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store, or a store opened read-only", body = crate::openapi::ErrorSchema)))]
pub async fn add(
    State(st): State<Arc<AppState>>,
    p: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
    StrictJson(body): StrictJson<Value>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let aid = id(p)?;
    let who = reviewer(&st, &headers).await?;
    let o = object(body)?;
    allow(&o, &["action", "span", "fields", "note"])?;
    if let Some(a) = o.get("action").filter(|a| a.as_str() != Some("add")) {
        return Err(bad(
            "action",
            format!("{a} here: this route only adds (\"add\")"),
        ));
    }
    let span = o
        .get("span")
        .and_then(Value::as_array)
        .filter(|a| a.len() == 2)
        .and_then(|a| Some(Span::new(a[0].as_u64()? as usize, a[1].as_u64()? as usize)))
        .ok_or_else(|| {
            bad(
                "span",
                "required: [start, end] in code points of the article text",
            )
        })?;
    let new = NewEvent {
        span,
        fields: fields(&o)?,
        reviewer: who,
        note: note(&o, "note")?,
        at: review::now(),
    };
    let out = st
        .with_store("add an event", move |s| {
            let ev = s.add_event(aid, &new)?;
            let h = s.history(ev.id)?;
            Ok(with_history(ev, h))
        })
        .await?;
    st.clear_summaries();
    Ok((StatusCode::CREATED, Json(out)))
}

/// How much of the audit log.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Most entries, newest first (1 to 1000; default 100).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<usize>,
}

/// The audit log.
#[derive(Serialize, ToSchema)]
pub struct AuditAnswer {
    /// Entries newest first: `seq`, `event_id`, `reviewer`, `at`, `action`, `before`,
    /// `after`, `note`.
    #[schema(value_type = Vec<Object>)]
    pub entries: Vec<review::AuditEntry>,
}

/// The newest entries of the audit log (every review action, never rewritten).
#[utoipa::path(get, path = "/api/audit", tag = "review", params(AuditQuery),
    responses((status = 200, description = "entries, newest first", body = AuditAnswer),
              (status = 400, description = "bad limit", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn audit(
    State(st): State<Arc<AppState>>,
    q: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Json<AuditAnswer>, ApiError> {
    let q = query(q)?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::bad_request("bad_limit", "limit: from 1 to 1000"));
    }
    let entries = st
        .with_store("read the audit log", move |s| s.audit_log(limit))
        .await?;
    Ok(Json(AuditAnswer { entries }))
}

/// Who a token names.
#[derive(Serialize, ToSchema)]
pub struct WhoAmI {
    /// The reviewer's name (`operator` for the write token).
    pub reviewer: String,
}

/// The reviewer a token names (the page checks a token with it).
#[utoipa::path(get, path = "/api/whoami", tag = "review", security(("bearer" = [])),
    responses((status = 200, description = "the reviewer", body = WhoAmI),
              (status = 401, description = "no token presented", body = crate::openapi::ErrorSchema),
              (status = 403, description = "a token nobody has, or the server takes no reviews", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn whoami(
    State(st): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<Json<WhoAmI>, ApiError> {
    Ok(Json(WhoAmI {
        reviewer: reviewer(&st, &headers).await?,
    }))
}

/// A gazetteer search.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PlacesQuery {
    /// A place name as written (Arabic, folded like the extractor reads it); 1 to 100 characters.
    #[param(min_length = 1, max_length = 100)]
    q: String,
}

/// One place of the gazetteer.
#[derive(Serialize, ToSchema)]
pub struct PlaceAnswer {
    /// Gazetteer id.
    pub id: String,
    /// English name.
    pub name: String,
    /// Arabic name.
    pub name_ar: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Province, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// The precision of an event placed here.
    pub precision: String,
}

/// Places found.
#[derive(Serialize, ToSchema)]
pub struct PlacesAnswer {
    /// At most 20, the most populous first.
    pub places: Vec<PlaceAnswer>,
}

/// Places of a name, for correcting a record's place.
#[utoipa::path(get, path = "/api/places", tag = "places", params(PlacesQuery),
    responses((status = 200, description = "places of that name (none: an empty list)", body = PlacesAnswer),
              (status = 400, description = "no name, or one too long", body = crate::openapi::ErrorSchema)))]
pub async fn places(
    q: Result<Query<PlacesQuery>, QueryRejection>,
) -> Result<Json<PlacesAnswer>, ApiError> {
    let q = query(q)?;
    let n = q.q.chars().count();
    if n == 0 || n > 100 {
        return Err(ApiError::bad_request(
            "bad_query",
            "q: a name of 1 to 100 characters",
        ));
    }
    let g = marsad_geo::Gazetteer::embedded();
    let mut v: Vec<&marsad_geo::Place> = g.lookup(&q.q).iter().map(|&id| g.place(id)).collect();
    v.sort_by(|a, b| b.population.cmp(&a.population).then(a.id.cmp(&b.id)));
    v.truncate(20);
    let places = v
        .into_iter()
        .map(|p| PlaceAnswer {
            id: p.id.clone(),
            name: p.name.clone(),
            name_ar: p.name_ar.clone(),
            country: p.country.clone(),
            admin1: p.admin1.clone(),
            lat: p.lat,
            lon: p.lon,
            precision: serde_json::to_value(p.kind.precision())
                .ok()
                .and_then(|x| x.as_str().map(String::from))
                .unwrap_or_default(),
        })
        .collect();
    Ok(Json(PlacesAnswer { places }))
}
