//! A cache of successful `GET /api/...` answers, so that the same view asked for again (a
//! shared link, the page's own repeated requests, many analysts on one dashboard) costs a
//! hash lookup instead of a query.
//!
//! Correctness: an entry belongs to a store *generation*; the generation changes when this
//! server writes (POST /api/articles) and when the store's files change on disk (another
//! process, `marsad ingest`, wrote to them: their size or modification time moved). Bounded:
//! at most `max_bytes` of bodies, oldest entries dropped first; bodies over 4 MiB are not kept.
//! One computation per key at a time: when many clients ask for the same thing at once (a
//! cold cache under load), one computes and the others wait for its answer.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime};
use tokio::sync::watch;

const MAX_ENTRY: usize = 4 << 20;

struct Inner {
    map: HashMap<String, (u64, Bytes)>,
    order: VecDeque<String>,
    bytes: usize,
    /// Fingerprint of the watched files when last looked at, and when that was.
    files: (Vec<(u64, Option<SystemTime>)>, Instant),
}

/// The answer cache.
pub struct ResponseCache {
    max_bytes: usize,
    watch: Vec<PathBuf>,
    writes: AtomicU64,
    inner: Mutex<Inner>,
    /// Keys being computed now, with the channel their answer will come on.
    inflight: Mutex<HashMap<String, watch::Receiver<Option<Option<Bytes>>>>>,
    /// Answers served from the cache.
    pub hits: AtomicU64,
    /// Answers computed.
    pub misses: AtomicU64,
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
        let files = (fingerprint(&watch), Instant::now());
        ResponseCache {
            max_bytes,
            watch,
            writes: AtomicU64::new(0),
            inner: Mutex::new(Inner { map: HashMap::new(), order: VecDeque::new(), bytes: 0, files }),
            inflight: Mutex::new(HashMap::new()),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// Forget everything (this server wrote to the store).
    pub fn invalidate(&self) {
        self.writes.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut g) = self.inner.lock() {
            g.map.clear();
            g.order.clear();
            g.bytes = 0;
        }
    }

    /// Drop every entry when the watched files changed (looked at most every 100 ms).
    fn check_files(&self, g: &mut Inner) {
        if self.watch.is_empty() || g.files.1.elapsed().as_millis() < 100 {
            return;
        }
        let now = fingerprint(&self.watch);
        if now != g.files.0 {
            g.map.clear();
            g.order.clear();
            g.bytes = 0;
        }
        g.files = (now, Instant::now());
    }

    fn get(&self, key: &str) -> Option<Bytes> {
        let mut g = self.inner.lock().ok()?;
        self.check_files(&mut g);
        let gen = self.writes.load(Ordering::SeqCst);
        g.map.get(key).filter(|(k, _)| *k == gen).map(|(_, b)| b.clone())
    }

    fn put(&self, key: String, gen: u64, body: Bytes) {
        if body.len() > MAX_ENTRY || body.len() > self.max_bytes {
            return;
        }
        let Ok(mut g) = self.inner.lock() else { return };
        if gen != self.writes.load(Ordering::SeqCst) {
            return;
        }
        while g.bytes + body.len() > self.max_bytes {
            let Some(old) = g.order.pop_front() else { break };
            if let Some((_, b)) = g.map.remove(&old) {
                g.bytes -= b.len();
            }
        }
        g.bytes += body.len();
        if let Some((_, b)) = g.map.insert(key.clone(), (gen, body)) {
            g.bytes -= b.len();
        } else {
            g.order.push_back(key);
        }
    }
}

fn json(body: Bytes) -> Response {
    let mut r = Response::new(Body::from(body));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

/// Middleware: answer repeated `GET /api/...` requests from the cache.
pub async fn layer(State(cache): State<Arc<ResponseCache>>, req: Request, next: Next) -> Response {
    if cache.max_bytes == 0 || req.method() != Method::GET || !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let key = req.uri().to_string();
    if let Some(b) = cache.get(&key) {
        cache.hits.fetch_add(1, Ordering::Relaxed);
        return json(b);
    }
    // Someone is computing this answer: wait for it (or compute it ourselves if they fail).
    let waiting = cache.inflight.lock().ok().and_then(|m| m.get(&key).cloned());
    if let Some(mut rx) = waiting {
        if let Ok(v) = rx.wait_for(|v| v.is_some()).await {
            if let Some(Some(b)) = v.clone() {
                cache.hits.fetch_add(1, Ordering::Relaxed);
                return json(b);
            }
        }
        return next.run(req).await;
    }
    let (tx, rx) = watch::channel(None);
    if let Ok(mut m) = cache.inflight.lock() {
        m.insert(key.clone(), rx);
    }
    // Whatever happens below (even this future being dropped), the key leaves the table.
    let _leave = Leave { cache: &cache, key: &key };
    cache.misses.fetch_add(1, Ordering::Relaxed);
    let gen = cache.writes.load(Ordering::SeqCst);
    let resp = next.run(req).await;
    let is_json = resp.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if resp.status() != StatusCode::OK || !is_json {
        let _ = tx.send(Some(None));
        return resp;
    }
    let (parts, body) = resp.into_parts();
    // Our own JSON answers are bounded (pages, points); the limit only guards the buffer.
    match axum::body::to_bytes(body, 256 << 20).await {
        Ok(b) => {
            cache.put(key.clone(), gen, b.clone());
            let _ = tx.send(Some(Some(b.clone())));
            Response::from_parts(parts, Body::from(b))
        }
        Err(e) => {
            let _ = tx.send(Some(None));
            axum::response::IntoResponse::into_response(crate::error::ApiError::internal("send the answer", e))
        }
    }
}

struct Leave<'a> {
    cache: &'a ResponseCache,
    key: &'a str,
}

impl Drop for Leave<'_> {
    fn drop(&mut self) {
        if let Ok(mut m) = self.cache.inflight.lock() {
            m.remove(self.key);
        }
    }
}
