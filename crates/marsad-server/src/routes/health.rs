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
    let mut r = st.metrics.render().into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    r
}
