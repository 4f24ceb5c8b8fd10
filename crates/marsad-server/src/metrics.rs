//! Request counters and latency histograms, rendered in the Prometheus text format at `/metrics`.
//!
//! Routes are labelled by their pattern (`/api/events/{id}`), never by the raw path, so a
//! client cannot grow the label set; unmatched paths share the label `unmatched`.

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

#[derive(Default)]
struct Route {
    /// Answers by (method, status).
    answers: BTreeMap<(&'static str, u16), u64>,
    /// Latency buckets (cumulative counts are computed when rendering).
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

/// What the server counts.
pub struct Metrics {
    routes: Mutex<BTreeMap<String, Route>>,
    in_flight: AtomicU64,
    /// Events returned by the extract endpoint.
    pub extracted_events: AtomicU64,
    /// Articles stored through the ingest endpoint.
    pub ingested_articles: AtomicU64,
    started: Instant,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            routes: Mutex::default(),
            in_flight: AtomicU64::new(0),
            extracted_events: AtomicU64::new(0),
            ingested_articles: AtomicU64::new(0),
            started: Instant::now(),
        }
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

impl Metrics {
    fn record(&self, route: &str, method: &'static str, status: u16, secs: f64) {
        let mut routes = self.routes.lock().expect("metrics lock");
        if !routes.contains_key(route) {
            routes.insert(route.to_string(), Route::default());
        }
        let r = routes.get_mut(route).expect("inserted above");
        *r.answers.entry((method, status)).or_default() += 1;
        if let Some(i) = BUCKETS.iter().position(|b| secs <= *b) {
            r.counts[i] += 1;
        }
        r.sum += secs;
        r.count += 1;
    }

    /// The Prometheus text exposition.
    pub fn render(&self, cache: &crate::cache::ResponseCache) -> String {
        let mut s = String::new();
        s.push_str("# HELP marsad_cache_hits_total GET /api answers served from the cache.\n# TYPE marsad_cache_hits_total counter\n");
        let _ = writeln!(
            s,
            "marsad_cache_hits_total {}",
            cache.hits.load(Ordering::Relaxed)
        );
        s.push_str("# HELP marsad_cache_misses_total GET /api answers computed.\n# TYPE marsad_cache_misses_total counter\n");
        let _ = writeln!(
            s,
            "marsad_cache_misses_total {}",
            cache.misses.load(Ordering::Relaxed)
        );
        s.push_str("# HELP marsad_http_requests_total HTTP requests answered, by route pattern, method and status.\n");
        s.push_str("# TYPE marsad_http_requests_total counter\n");
        let routes = self.routes.lock().expect("metrics lock");
        for (route, r) in routes.iter() {
            for ((method, status), n) in &r.answers {
                let _ = writeln!(s, "marsad_http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}");
            }
        }
        s.push_str(
            "# HELP marsad_http_request_duration_seconds Time to answer, by route pattern.\n",
        );
        s.push_str("# TYPE marsad_http_request_duration_seconds histogram\n");
        for (route, h) in routes.iter() {
            let mut cum = 0;
            for (i, b) in BUCKETS.iter().enumerate() {
                cum += h.counts[i];
                let _ = writeln!(s, "marsad_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{b}\"}} {cum}");
            }
            let _ = writeln!(
                s,
                "marsad_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                s,
                "marsad_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                s,
                "marsad_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count
            );
        }
        s.push_str("# HELP marsad_http_requests_in_flight Requests being answered now.\n# TYPE marsad_http_requests_in_flight gauge\n");
        let _ = writeln!(
            s,
            "marsad_http_requests_in_flight {}",
            self.in_flight.load(Ordering::Relaxed)
        );
        s.push_str("# HELP marsad_extracted_events_total Events returned by /api/extract.\n# TYPE marsad_extracted_events_total counter\n");
        let _ = writeln!(
            s,
            "marsad_extracted_events_total {}",
            self.extracted_events.load(Ordering::Relaxed)
        );
        s.push_str("# HELP marsad_ingested_articles_total Articles stored through POST /api/articles.\n# TYPE marsad_ingested_articles_total counter\n");
        let _ = writeln!(
            s,
            "marsad_ingested_articles_total {}",
            self.ingested_articles.load(Ordering::Relaxed)
        );
        s.push_str("# HELP marsad_uptime_seconds Seconds since the server started.\n# TYPE marsad_uptime_seconds gauge\n");
        let _ = writeln!(
            s,
            "marsad_uptime_seconds {:.0}",
            self.started.elapsed().as_secs_f64()
        );
        s
    }
}

/// Middleware: count every request and time it.
pub async fn track(State(m): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().cloned();
    let method = method_label(req.method());
    m.in_flight.fetch_add(1, Ordering::Relaxed);
    let t = Instant::now();
    let resp = next.run(req).await;
    m.in_flight.fetch_sub(1, Ordering::Relaxed);
    let route = route.as_ref().map(|p| p.as_str()).unwrap_or("unmatched");
    m.record(
        route,
        method,
        resp.status().as_u16(),
        t.elapsed().as_secs_f64(),
    );
    resp
}
