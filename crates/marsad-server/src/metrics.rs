//! Request counters and latency histograms at `/metrics`, kept by `prometheus-client`
//! (atomic counters per label set, no lock on the request path once a label set exists)
//! and rendered in the OpenMetrics text format.
//!
//! Routes are labelled by their pattern (`/api/events/{id}`), never by the raw path, so a
//! client cannot grow the label set; unmatched paths share the label `unmatched`; methods
//! outside the usual seven share `other`.

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::Instant;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Answer {
    route: String,
    method: &'static str,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    route: String,
}

fn latency() -> Histogram {
    Histogram::new(BUCKETS)
}

/// What the server counts.
pub struct Metrics {
    registry: Registry,
    answers: Family<Answer, Counter>,
    durations: Family<Route, Histogram, fn() -> Histogram>,
    in_flight: Gauge,
    uptime: Gauge<f64, AtomicU64>,
    /// Events returned by the extract endpoint.
    pub extracted_events: Counter,
    /// Articles stored through the ingest endpoint.
    pub ingested_articles: Counter,
    started: Instant,
}

impl Metrics {
    /// The metrics, with the answer cache's hit and miss counters among them.
    pub fn new(cache: &crate::cache::ResponseCache) -> Self {
        let mut registry = Registry::default();
        let answers = Family::<Answer, Counter>::default();
        let durations =
            Family::<Route, Histogram, fn() -> Histogram>::new_with_constructor(latency);
        let in_flight = Gauge::default();
        let uptime = Gauge::<f64, AtomicU64>::default();
        let extracted_events = Counter::default();
        let ingested_articles = Counter::default();
        registry.register(
            "marsad_cache_hits",
            "GET /api answers served from the cache",
            cache.hits.clone(),
        );
        registry.register(
            "marsad_cache_misses",
            "GET /api answers computed",
            cache.misses.clone(),
        );
        registry.register(
            "marsad_http_requests",
            "HTTP requests answered, by route pattern, method and status",
            answers.clone(),
        );
        registry.register(
            "marsad_http_request_duration_seconds",
            "Time to answer, by route pattern",
            durations.clone(),
        );
        registry.register(
            "marsad_http_requests_in_flight",
            "Requests being answered now",
            in_flight.clone(),
        );
        registry.register(
            "marsad_extracted_events",
            "Events returned by /api/extract",
            extracted_events.clone(),
        );
        registry.register(
            "marsad_ingested_articles",
            "Articles stored through POST /api/articles",
            ingested_articles.clone(),
        );
        registry.register(
            "marsad_uptime_seconds",
            "Seconds since the server started",
            uptime.clone(),
        );
        Metrics {
            registry,
            answers,
            durations,
            in_flight,
            uptime,
            extracted_events,
            ingested_articles,
            started: Instant::now(),
        }
    }

    /// The OpenMetrics text exposition.
    pub fn render(&self) -> String {
        self.uptime
            .set(self.started.elapsed().as_secs_f64().floor());
        let mut s = String::new();
        prometheus_client::encoding::text::encode(&mut s, &self.registry)
            .expect("writing to a String cannot fail");
        s
    }
}

fn method_label(m: &axum::http::Method) -> &'static str {
    match m.as_str() {
        "GET" => "GET",
        "POST" => "POST",
        "HEAD" => "HEAD",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        "PATCH" => "PATCH",
        _ => "other",
    }
}

/// Middleware: count every request and time it.
pub async fn track(State(m): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = method_label(req.method());
    m.in_flight.inc();
    let t = Instant::now();
    let resp = next.run(req).await;
    m.in_flight.dec();
    m.durations
        .get_or_create(&Route {
            route: route.clone(),
        })
        .observe(t.elapsed().as_secs_f64());
    m.answers
        .get_or_create(&Answer {
            route,
            method,
            status: resp.status().as_u16(),
        })
        .inc();
    resp
}
