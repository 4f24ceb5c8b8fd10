//! `GET /api/events`, `GET /api/events/{id}`, `GET /api/stats`, `GET /api/points`.

use crate::error::ApiError;
use crate::filter::{encode_cursor, EventQuery};
use crate::state::AppState;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::Json;
use marsad_store::{EventId, FuseExplanation, FusedEvent, FusedId, Stats, StoredEvent};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use utoipa::ToSchema;

/// Most points `/api/points` returns (the map draws them all, clustered).
pub const MAX_POINTS: usize = 100_000;

/// Turn a query-string rejection into a JSON 400 that names the problem.
pub fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(v)| v)
        .map_err(|e| ApiError::bad_request("bad_query", e.body_text()))
}

/// Parse an id from the path.
pub fn id(p: Result<Path<String>, PathRejection>) -> Result<i64, ApiError> {
    let Path(s) = p.map_err(|e| ApiError::bad_request("bad_id", e.body_text()))?;
    Some(&s)
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|s| s.parse::<i64>().ok())
        .ok_or_else(|| {
            ApiError::bad_request("bad_id", format!("{s:?} is not an id (a whole number)"))
        })
}

/// The items of a page: fused events or per-report records.
#[derive(Serialize)]
#[serde(untagged)]
pub enum PageItems {
    /// Per-report records.
    Reports(Vec<StoredEvent>),
    /// Fused events, as stored.
    Fused(Vec<Box<serde_json::value::RawValue>>),
}

impl PageItems {
    fn len(&self) -> usize {
        match self {
            PageItems::Reports(v) => v.len(),
            PageItems::Fused(v) => v.len(),
        }
    }
}

/// A page of events.
#[derive(Serialize, ToSchema)]
pub struct EventsPage {
    /// Events matching the filters in all.
    pub total: u64,
    /// What the page lists: `fused` or `reports`.
    pub view: String,
    /// This page, newest first. Fused events (the default): `id`, `event_type`,
    /// `sub_event_type`, `date`, `location`, `actor1`, `actor2`, `actors`, `fatalities` and
    /// `injured` as `{low, best, high}`, `report_count`, `outlets`, `first_report`,
    /// `last_report`, and `reports` (each with its `event_id`, article, trigger and status;
    /// its sentence is in `/api/fused/{id}`). With `view=reports`: each is the record of
    /// docs/FORMAT.md plus `id`, `article`, `sentence_text`, `fused_id`, `status`, `version`.
    #[schema(value_type = Vec<Object>)]
    pub events: PageItems,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Events matching the filters, newest first, a page at a time.
#[utoipa::path(get, path = "/api/events", tag = "events", params(EventQuery),
    responses((status = 200, description = "a page of events", body = EventsPage), (status = 400, description = "bad filter, limit or cursor", body = crate::openapi::ErrorSchema),
              (status = 409, description = "a cursor given with other filters", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn list(
    State(st): State<Arc<AppState>>,
    q: Result<Query<EventQuery>, QueryRejection>,
) -> Result<Json<EventsPage>, ApiError> {
    let q = query(q)?;
    let (filter, offset, limit) = q.page(st.max_page)?;
    let key = q.key()?;
    let per_report = q.per_report()?;
    let (total, events) = if per_report {
        let p = st
            .with_store("list events", move |s| s.events(&filter))
            .await?;
        (p.total, PageItems::Reports(p.events))
    } else {
        let (total, events) = st
            .with_store("list fused events", move |s| s.fused_events_json(&filter))
            .await?;
        (total, PageItems::Fused(events))
    };
    let next = offset + events.len();
    let next_cursor =
        (events.len() == limit && (next as u64) < total).then(|| encode_cursor(next, &key));
    Ok(Json(EventsPage {
        total,
        view: if per_report { "reports" } else { "fused" }.into(),
        events,
        next_cursor,
    }))
}

/// One fused event: its agreed fields and its reports.
#[utoipa::path(get, path = "/api/fused/{id}", tag = "events", params(("id" = i64, Path, minimum = 0, description = "fused event id")),
    responses((status = 200, description = "the fused event: id, event_type, sub_event_type, date, location, actor1, actor2, actors, fatalities and injured ({low, best, high}), report_count, outlets, first_report, last_report, reports", body = Object),
              (status = 400, description = "not an id", body = crate::openapi::ErrorSchema),
              (status = 404, description = "no such fused event", body = crate::openapi::ErrorSchema), (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn fused(
    State(st): State<Arc<AppState>>,
    p: Result<Path<String>, PathRejection>,
) -> Result<Json<FusedEvent>, ApiError> {
    let id: FusedId = id(p)?;
    st.with_store("read a fused event", move |s| s.fused(id))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no fused event {id}")))
}

/// Why a fused event joins its reports, and which near reports it does not join.
#[utoipa::path(get, path = "/api/fused/{id}/explain", tag = "events", params(("id" = i64, Path, minimum = 0, description = "fused event id")),
    responses((status = 200, description = "{id, joined: [{a, b, joined, why}], apart: [{a, b, joined, why}]}", body = Object),
              (status = 400, description = "not an id", body = crate::openapi::ErrorSchema),
              (status = 404, description = "no such fused event", body = crate::openapi::ErrorSchema), (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn explain(
    State(st): State<Arc<AppState>>,
    p: Result<Path<String>, PathRejection>,
) -> Result<Json<FuseExplanation>, ApiError> {
    let id: FusedId = id(p)?;
    st.with_store("explain a fused event", move |s| s.explain_fused(id))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no fused event {id}")))
}

/// One event: the record, its id, its article in short, its sentence, its review `status`,
/// `version` and `history` (the audit log of its reviews, oldest first).
#[utoipa::path(get, path = "/api/events/{id}", tag = "events", params(("id" = i64, Path, minimum = 0, description = "event id")),
    responses((status = 200, description = "the event", body = Object), (status = 400, description = "not an id", body = crate::openapi::ErrorSchema),
              (status = 404, description = "no such event", body = crate::openapi::ErrorSchema), (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn one(
    State(st): State<Arc<AppState>>,
    p: Result<Path<String>, PathRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let id: EventId = id(p)?;
    st.with_store("read an event", move |s| {
        Ok(match s.event(id)? {
            Some(e) => Some(crate::routes::review::with_history(e, s.history(id)?)),
            None => None,
        })
    })
    .await?
    .map(Json)
    .ok_or_else(|| ApiError::not_found(format!("no event {id}")))
}

/// Counts under the filters, for the timeline, the legend and the select boxes.
#[derive(Serialize, ToSchema)]
pub struct StatsAnswer {
    /// What the whole store holds.
    #[schema(value_type = Object)]
    pub store: Stats,
    /// The events matching the filters: `total`, `located`, `by_day`, `by_type`, `by_country`
    /// (lists of `{key, n}`; days ascending, the others by count).
    #[schema(value_type = Object)]
    pub filtered: serde_json::Value,
}

/// One pass over the events matching the filters: counts and map points.
async fn summary(st: &Arc<AppState>, q: &EventQuery) -> Result<Arc<serde_json::Value>, ApiError> {
    let key = q.key()?;
    if let Some(v) = st.cached_summary(&key) {
        return Ok(v);
    }
    let filter = q.filter()?;
    if q.fused_summary()? {
        let v = Arc::new(
            st.with_store("count fused events", move |s| fused_summary(s, &filter))
                .await?,
        );
        st.keep_summary(key, v.clone());
        return Ok(v);
    }
    let v = st
        .with_store("count events", move |s| {
            let mut t = Tally::default();
            s.for_each_event(&filter, &mut |e| {
                let ev = &e.event;
                t.add(
                    ev.date.range.start,
                    &ev.event_type,
                    ev.location.as_ref(),
                    || e.id,
                    ev.fatalities.unwrap_or(0),
                );
                Ok(())
            })?;
            Ok(t.json())
        })
        .await?;
    let v = Arc::new(v);
    st.keep_summary(key, v.clone());
    Ok(v)
}

/// The summary of `view=fused`: counts of fused events, and a point per located fused event
/// (`[report id, lat, lon, event_type, best toll, date]`, the report being one placed where the
/// fused event is placed, so that the point opens a report of it).
fn fused_summary(
    s: &dyn marsad_store::Store,
    filter: &marsad_store::EventFilter,
) -> Result<serde_json::Value, marsad_store::StoreError> {
    let mut t = Tally::default();
    s.for_each_fused(filter, &mut |f| {
        let loc = f.location.as_ref();
        let rep = || {
            f.reports
                .iter()
                .find(|r| r.location.as_ref() == loc)
                .or(f.reports.first())
                .map(|r| r.event_id)
                .unwrap_or(f.id)
        };
        t.add(
            f.date.start,
            &f.event_type,
            loc,
            rep,
            f.fatalities.best.unwrap_or(0),
        );
        Ok(())
    })?;
    Ok(t.json())
}

/// The counts of a summary: events by day, type and country, and the map's points
/// (`[id, lat, lon, event_type, fatalities, date]`, at most `MAX_POINTS`).
#[derive(Default)]
struct Tally {
    total: u64,
    by_day: BTreeMap<String, u64>,
    by_type: BTreeMap<String, u64>,
    by_country: BTreeMap<String, u64>,
    points: Vec<serde_json::Value>,
}

impl Tally {
    /// Count one event; when it is located, `id` names its point.
    fn add(
        &mut self,
        day: chrono::NaiveDate,
        event_type: &str,
        loc: Option<&marsad_model::Location>,
        id: impl FnOnce() -> i64,
        fatalities: u64,
    ) {
        self.total += 1;
        *self.by_day.entry(day.to_string()).or_default() += 1;
        *self.by_type.entry(event_type.to_string()).or_default() += 1;
        *self
            .by_country
            .entry(
                loc.and_then(|l| l.country.clone())
                    .unwrap_or_else(|| "??".into()),
            )
            .or_default() += 1;
        if let Some((lat, lon)) = loc.and_then(|l| Some((l.lat?, l.lon?))) {
            if self.points.len() < MAX_POINTS {
                self.points.push(serde_json::json!([
                    id(),
                    lat,
                    lon,
                    event_type,
                    fatalities,
                    day
                ]));
            }
        }
    }

    fn json(self) -> serde_json::Value {
        let counts = |m: BTreeMap<String, u64>, by_n: bool| {
            let mut v: Vec<_> = m.into_iter().collect();
            if by_n {
                v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            }
            v.into_iter()
                .map(|(key, n)| serde_json::json!({"key": key, "n": n}))
                .collect::<Vec<_>>()
        };
        serde_json::json!({
            "total": self.total,
            "located": self.points.len(),
            "by_day": counts(self.by_day, false),
            "by_type": counts(self.by_type, true),
            "by_country": counts(self.by_country, true),
            "points": self.points,
        })
    }
}

/// Counts by day, type and country under the filters, and what the whole store holds.
#[utoipa::path(get, path = "/api/stats", tag = "events", params(EventQuery),
    responses((status = 200, description = "counts", body = StatsAnswer), (status = 400, description = "bad filter, limit or cursor", body = crate::openapi::ErrorSchema),
              (status = 409, description = "a cursor given with other filters", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn stats(
    State(st): State<Arc<AppState>>,
    q: Result<Query<EventQuery>, QueryRejection>,
) -> Result<Json<StatsAnswer>, ApiError> {
    let q = query(q)?;
    q.paging(st.max_page)?;
    let sum = summary(&st, &q).await?;
    let store = st.with_store("count the store", |s| s.stats()).await?;
    let mut filtered = (*sum).clone();
    if let Some(o) = filtered.as_object_mut() {
        o.remove("points");
    }
    Ok(Json(StatsAnswer { store, filtered }))
}

/// Map points of the events under the filters.
#[derive(Serialize, ToSchema)]
pub struct PointsAnswer {
    /// Events matching the filters (located or not).
    pub total: u64,
    /// `[id, lat, lon, event_type, fatalities, date]` for every located event (at most 100,000).
    #[schema(schema_with = points_schema)]
    pub points: serde_json::Value,
}

/// The points: arrays of six, `[id, lat, lon, event_type, fatalities, date]`: numbers and
/// strings in that order. (Stated as six numbers-or-strings rather than as a tuple with
/// `prefixItems`: common OpenAPI tools still read a list under `items` the draft-4 way.)
fn points_schema() -> utoipa::openapi::schema::Array {
    use utoipa::openapi::schema::{Array, ObjectBuilder, SchemaType, Type};
    let field = ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::Number, Type::String]))
        .description(Some(
            "id, lat, lon, event_type, fatalities, date (YYYY-MM-DD), in this order",
        ));
    let mut point = Array::new(field);
    point.min_items = Some(6);
    point.max_items = Some(6);
    let mut all = Array::new(utoipa::openapi::schema::Schema::Array(point));
    all.max_items = Some(MAX_POINTS);
    all
}

/// Every located event under the filters, in a compact form for the map.
#[utoipa::path(get, path = "/api/points", tag = "events", params(EventQuery),
    responses((status = 200, description = "map points", body = PointsAnswer), (status = 400, description = "bad filter, limit or cursor", body = crate::openapi::ErrorSchema),
              (status = 409, description = "a cursor given with other filters", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn points(
    State(st): State<Arc<AppState>>,
    q: Result<Query<EventQuery>, QueryRejection>,
) -> Result<Json<PointsAnswer>, ApiError> {
    let q = query(q)?;
    q.paging(st.max_page)?;
    let sum = summary(&st, &q).await?;
    Ok(Json(PointsAnswer {
        total: sum["total"].as_u64().unwrap_or(0),
        points: sum["points"].clone(),
    }))
}
