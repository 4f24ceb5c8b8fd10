//! A cache of successful `GET /api/...` answers, so that the same view asked for again (a
//! shared link, the page's own repeated requests, many analysts on one dashboard) costs a
//! hash lookup instead of a query.
//!
//! The cache itself is `quick_cache` (sharded, CLOCK-Pro eviction, weighted by bytes, with
//! placeholders that coalesce concurrent computations of one key); this module decides what
//! goes in and when it lapses.
//!
//! Correctness: an entry belongs to a store *generation*, part of its key; the generation
//! changes when this server writes (POST /api/articles) and when the store's files change on
//! disk (another process, `marsad ingest`, wrote to them: their size or modification time
//! moved), and the old generation's entries are dropped. An answer computed across a change
//! is kept under the generation it started in, which no request asks for any more.
//! Bounded: at most `max_bytes` of keys and bodies; bodies over 4 MiB are not kept.
//! One computation per key at a time: when many clients ask for the same thing at once (a
//! cold cache under load), one computes and the others wait for its answer; if it keeps
//! nothing (an error, a body too large), the next waiter computes.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::metrics::counter::Counter;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime};

const MAX_ENTRY: usize = 4 << 20;

/// (store generation, request URI).
type Key = (u64, String);

#[derive(Clone)]
struct ByBytes;

impl quick_cache::Weighter<Key, Bytes> for ByBytes {
    fn weight(&self, key: &Key, body: &Bytes) -> u64 {
        (key.1.len() + body.len() + 64) as u64
    }
}

/// The answer cache.
pub struct ResponseCache {
    max_bytes: usize,
    watch: Vec<PathBuf>,
    generation: AtomicU64,
    entries: quick_cache::sync::Cache<Key, Bytes, ByBytes>,
    /// Fingerprint of the watched files when last looked at, and when that was.
    files: Mutex<(Vec<(u64, Option<SystemTime>)>, Instant)>,
    /// Answers served from the cache.
    pub hits: Counter,
    /// Answers computed.
    pub misses: Counter,
}

fn fingerprint(paths: &[PathBuf]) -> Vec<(u64, Option<SystemTime>)> {
    paths
        .iter()
        .map(|p| match std::fs::metadata(p) {
            Ok(m) => (m.len(), m.modified().ok()),
            Err(_) => (0, None),
        })
        .collect()
}

impl ResponseCache {
    /// A cache of at most `max_bytes` (0 turns it off) whose entries lapse when any of the
    /// `watch` files changes.
    pub fn new(max_bytes: usize, watch: Vec<PathBuf>) -> Self {
        let files = Mutex::new((fingerprint(&watch), Instant::now()));
        // a typical answer is a few kB: the item estimate only sizes the tables
        let items = (max_bytes / 4096).clamp(16, 1 << 16);
        ResponseCache {
            max_bytes,
            watch,
            generation: AtomicU64::new(0),
            entries: quick_cache::sync::Cache::with_weighter(
                items,
                max_bytes.max(1) as u64,
                ByBytes,
            ),
            files,
            hits: Counter::default(),
            misses: Counter::default(),
        }
    }

    /// Forget everything (this server wrote to the store).
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.entries.clear();
    }

    /// The current generation, after looking at the watched files (at most every 100 ms;
    /// one request looks while the others go on).
    fn generation(&self) -> u64 {
        if !self.watch.is_empty() {
            if let Ok(mut g) = self.files.try_lock() {
                if g.1.elapsed().as_millis() >= 100 {
                    let now = fingerprint(&self.watch);
                    if now != g.0 {
                        self.invalidate();
                    }
                    *g = (now, Instant::now());
                }
            }
        }
        self.generation.load(Ordering::SeqCst)
    }
}

fn json(body: Bytes) -> Response {
    let mut r = Response::new(Body::from(body));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// Middleware: answer repeated `GET /api/...` requests from the cache.
pub async fn layer(State(cache): State<Arc<ResponseCache>>, req: Request, next: Next) -> Response {
    // an answer that depends on who asks (a token) is never kept, nor given from the cache
    if cache.max_bytes == 0
        || req.method() != Method::GET
        || !req.uri().path().starts_with("/api/")
        || req
            .headers()
            .contains_key(axum::http::header::AUTHORIZATION)
    {
        return next.run(req).await;
    }
    let key: Key = (cache.generation(), req.uri().to_string());
    // The answer, or the right to compute it (others asking for the same key wait for it).
    let guard = match cache.entries.get_value_or_guard_async(&key).await {
        Ok(b) => {
            cache.hits.inc();
            return json(b);
        }
        Err(guard) => guard,
    };
    cache.misses.inc();
    let resp = next.run(req).await;
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if resp.status() != StatusCode::OK || !is_json {
        // dropping the guard keeps nothing: the next waiter computes its own answer
        return resp;
    }
    let (parts, body) = resp.into_parts();
    // Our own JSON answers are bounded (pages, points); the limit only guards the buffer.
    match axum::body::to_bytes(body, 256 << 20).await {
        Ok(b) => {
            if b.len() <= MAX_ENTRY {
                let _ = guard.insert(b.clone());
            }
            Response::from_parts(parts, Body::from(b))
        }
        Err(e) => axum::response::IntoResponse::into_response(crate::error::ApiError::internal(
            "send the answer",
            e,
        )),
    }
}
