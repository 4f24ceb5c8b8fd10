//! `GET /health` and `GET /metrics`.

use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use std::sync::Arc;
use utoipa::ToSchema;

/// The answer of `/health`.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the server answers.
    status: &'static str,
    /// The marsad version.
    version: &'static str,
    /// Whether a store is open (the event and article endpoints need one).
    store: bool,
    /// Whether `POST /api/articles` accepts writes (a token is configured).
    writes: bool,
}

/// Liveness and what this server can do.
#[utoipa::path(get, path = "/health", tag = "server", responses((status = 200, description = "the server answers", body = Health)))]
pub async fn health(State(st): State<Arc<AppState>>) -> Json<Health> {
    Json(Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
        store: st.has_store(),
        writes: st.token.is_some(),
    })
}

/// Request counts and latencies in the OpenMetrics text format (Prometheus reads it).
#[utoipa::path(get, path = "/metrics", tag = "server", responses((status = 200, description = "OpenMetrics text exposition 1.0.0", content_type = "application/openmetrics-text")))]
pub async fn metrics(State(st): State<Arc<AppState>>) -> Response {
    let mut text = st.metrics.render();
    if st.has_store() {
        // the sources `marsad watch` polls into this store, read at each scrape
        if let Ok(sources) = st.with_store("metrics", |s| s.source_status()).await {
            let families = sources_text(&sources);
            match text.rfind("# EOF") {
                Some(i) => text.insert_str(i, &families),
                None => text.push_str(&families),
            }
        }
    }
    let mut r = text.into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    r
}

fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn unix_seconds(t: &Option<String>) -> Option<i64> {
    let t = t.as_deref()?;
    chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%SZ")
        .ok()
        .map(|d| d.and_utc().timestamp())
}

/// Gauges of each watched source, in the OpenMetrics text format.
fn sources_text(v: &[marsad_store::SourceStatus]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if v.is_empty() {
        return out;
    }
    type Pick = fn(&marsad_store::SourceStatus) -> Option<f64>;
    let families: [(&str, &str, Pick); 6] = [
        (
            "marsad_watch_source_articles",
            "Articles stored from a source marsad watch polls",
            |s| Some(s.articles as f64),
        ),
        (
            "marsad_watch_source_events",
            "Events stored from a watched source's articles",
            |s| Some(s.events as f64),
        ),
        (
            "marsad_watch_source_failures",
            "Polls of a watched source failed in a row (0: the last one answered)",
            |s| Some(s.failures as f64),
        ),
        (
            "marsad_watch_source_up",
            "1 when the last poll of a watched source answered, else 0",
            |s| {
                Some(if s.failures == 0 && s.last_success.is_some() {
                    1.0
                } else {
                    0.0
                })
            },
        ),
        (
            "marsad_watch_source_last_success_seconds",
            "When a watched source last answered (Unix time)",
            |s| unix_seconds(&s.last_success).map(|t| t as f64),
        ),
        (
            "marsad_watch_source_last_error_seconds",
            "When a poll of a watched source last failed (Unix time)",
            |s| unix_seconds(&s.last_error_at).map(|t| t as f64),
        ),
    ];
    for (name, help, pick) in families {
        let _ = writeln!(out, "# HELP {name} {help}.");
        let _ = writeln!(out, "# TYPE {name} gauge");
        for s in v {
            if let Some(x) = pick(s) {
                let _ = writeln!(out, "{name}{{source=\"{}\"}} {x}", label(&s.name));
            }
        }
    }
    out
}
