//! What every handler shares.

use crate::auth::Token;
use crate::error::ApiError;
use crate::metrics::Metrics;
use marsad_extract::Extractor;
use marsad_store::{Store, StoreError};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// How long a computed summary (timeline, counts, map points) is reused. Another process
/// (`marsad ingest`) may write the store meanwhile; writes through this server clear it.
const SUMMARY_TTL: Duration = Duration::from_secs(30);
/// Most summaries kept.
const SUMMARY_SLOTS: usize = 128;

/// Shared state of the server.
pub struct AppState {
    /// The one extraction pipeline (lexicons and gazetteer, embedded).
    pub extractor: Extractor<'static>,
    /// The store, when one is open.
    pub store: Option<Arc<dyn Store>>,
    /// Counters for `/metrics`.
    pub metrics: Arc<Metrics>,
    /// The write token, when the operator configured one.
    pub token: Option<Token>,
    /// Permits for CPU-bound work (extraction), one per core.
    pub cpu: Arc<Semaphore>,
    /// Permits for store queries (two per core): more at once only thrash.
    pub db: Arc<Semaphore>,
    /// Largest page of events.
    pub max_page: usize,
    /// Answers of GET /api/... kept for repeated requests.
    pub cache: Arc<crate::cache::ResponseCache>,
    /// Summaries by filter key, with when each was computed (`quick_cache`, by count).
    pub summaries: quick_cache::sync::Cache<String, (Instant, Arc<serde_json::Value>)>,
}

impl AppState {
    /// Whether a store is open.
    pub fn has_store(&self) -> bool {
        self.store.is_some()
    }

    /// Run `f` on the store in the blocking pool (SQLite calls block).
    pub async fn with_store<T: Send + 'static>(
        &self,
        what: &'static str,
        f: impl FnOnce(&dyn Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let store = self.store.clone().ok_or_else(|| {
            ApiError::new(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "no_store",
                "this server has no store: start it with --db PATH of a store made by marsad ingest",
            )
        })?;
        let _permit = self
            .db
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| ApiError::internal(what, e))?;
        let r = tokio::task::spawn_blocking(move || f(store.as_ref()))
            .await
            .map_err(|e| ApiError::internal(what, format_args!("the store task failed: {e}")))?;
        r.map_err(|e| match e {
            StoreError::NotFound(m) => ApiError::not_found(m.trim_start_matches("store: ").to_string()),
            StoreError::Conflict { current, base } => ApiError::new(
                axum::http::StatusCode::CONFLICT,
                "conflict",
                format!("base: the record is at version {current}, not {base}: someone reviewed it since you loaded it; load it again and review that version"),
            ),
            StoreError::ReportsChanged(m) => ApiError::new(
                axum::http::StatusCode::CONFLICT,
                "conflict",
                format!("reports: {}: load the fused event again and review what it holds now", m.trim_start_matches("store: ")),
            ),
            StoreError::BadField(f) => ApiError::new(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_field",
                f.to_string(),
            ),
            StoreError::Invalid(m) if m.contains("opened read-only") => ApiError::new(
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "store_read_only",
                "the server opened the store read-only (it had no reviewers and no write token when it started): restart marsad serve",
            ),
            StoreError::Invalid(m) => {
                ApiError::bad_request("bad_filter", m.trim_start_matches("store: ").to_string())
            }
            e => ApiError::internal(what, e),
        })
    }

    /// The summary cache, empty.
    pub fn summary_cache() -> quick_cache::sync::Cache<String, (Instant, Arc<serde_json::Value>)> {
        quick_cache::sync::Cache::new(SUMMARY_SLOTS)
    }

    /// A cached summary, when fresh.
    pub fn cached_summary(&self, key: &str) -> Option<Arc<serde_json::Value>> {
        self.summaries
            .get(key)
            .filter(|(t, _)| t.elapsed() < SUMMARY_TTL)
            .map(|(_, v)| v)
    }

    /// Keep a summary.
    pub fn keep_summary(&self, key: String, v: Arc<serde_json::Value>) {
        self.summaries.insert(key, (Instant::now(), v));
    }

    /// Forget every summary and cached answer (after a write).
    pub fn clear_summaries(&self) {
        self.cache.invalidate();
        self.summaries.clear();
    }
}
