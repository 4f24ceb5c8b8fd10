//! What every handler shares.

use crate::auth::Token;
use crate::metrics::Metrics;
use marsad_extract::Extractor;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Shared state of the server.
pub struct AppState {
    /// The one extraction pipeline (lexicons and gazetteer, embedded).
    pub extractor: Extractor<'static>,
    /// Counters for `/metrics`.
    pub metrics: Arc<Metrics>,
    /// The write token, when the operator configured one.
    pub token: Option<Token>,
    /// Permits for CPU-bound work (extraction), one per core.
    pub cpu: Arc<Semaphore>,
}

impl AppState {
    /// Whether a store is open.
    pub fn has_store(&self) -> bool {
        false
    }
}
