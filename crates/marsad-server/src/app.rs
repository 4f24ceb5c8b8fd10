//! The router: endpoints, then the layers every request goes through.
//!
//! Outermost first: request id (and the log line of a 5xx) → JSON error shape → metrics → timeout → concurrency limit → answer cache →
//! body limit → security headers → the endpoint.

use crate::config::Limits;
use crate::state::AppState;
use crate::{assets, error, metrics, openapi, routes};
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::routing::{get, post};
use axum::Router;
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// Content-Security-Policy of the page: everything from this server, except map tiles when
/// the user switches the online layer on.
const CSP: &str = "default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; \
style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// Build the application.
pub fn router(state: Arc<AppState>, limits: &Limits) -> Router {
    let metrics = state.metrics.clone();
    let cache = state.cache.clone();
    // The page's files are sent gzip'd to clients that accept it (the world outline alone is
    // 756 kB, about a fifth of that compressed); API answers are not (CPU under load).
    let page = Router::new()
        .route("/", get(assets::index))
        .route("/favicon.ico", get(assets::favicon))
        .route("/assets/{*path}", get(assets::file))
        .layer(tower_http::compression::CompressionLayer::new().gzip(true));
    Router::new()
        .merge(page)
        .route("/health", get(routes::health::health))
        .route("/metrics", get(routes::health::metrics))
        .route("/openapi.json", get(openapi::openapi_json))
        .route("/api/extract", post(routes::extract::extract))
        .route("/api/events", get(routes::events::list))
        .route("/api/events/{id}", get(routes::events::one))
        .route("/api/fused/{id}", get(routes::events::fused))
        .route("/api/fused/{id}/explain", get(routes::events::explain))
        .route("/api/events/{id}/review", post(routes::review::review_one))
        .route("/api/fused/{id}/review", post(routes::review::review_fused))
        .route("/api/articles/{id}/events", post(routes::review::add))
        .route("/api/audit", get(routes::review::audit))
        .route("/api/whoami", get(routes::review::whoami))
        .route("/api/places", get(routes::review::places))
        .route("/api/stats", get(routes::events::stats))
        .route("/api/points", get(routes::events::points))
        .route("/api/articles/{id}", get(routes::articles::one))
        .route(
            "/api/articles",
            post(routes::articles::ingest).route_layer(axum::middleware::from_fn_with_state(
                state.clone(),
                routes::articles::require_token,
            )),
        )
        .fallback(|| async {
            error::ApiError::not_found("no such endpoint or file; see /openapi.json for the API")
        })
        .with_state(state)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(DefaultBodyLimit::max(limits.body_bytes))
        .layer(axum::middleware::from_fn_with_state(
            cache,
            crate::cache::layer,
        ))
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
            limits.concurrency,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            metrics,
            metrics::track,
        ))
        .layer(axum::middleware::from_fn(error::json_errors))
        .layer(axum::middleware::from_fn(crate::request_id::layer))
}
