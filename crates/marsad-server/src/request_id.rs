//! Request ids, and the log line of every failure inside the server.
//!
//! Every request gets an id: the client's `x-request-id` when it sends a plain one (a
//! reverse proxy's, so that both logs agree), or a new one. The id goes back in the
//! `x-request-id` header of the answer and in the body of every error answer; every log
//! line written while the request is answered carries it (a `request` span); and every 5xx
//! is logged at ERROR with its status, route, code and cause.

use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tracing::Instrument;

/// The header that carries the id both ways.
pub static HEADER: HeaderName = HeaderName::from_static("x-request-id");

tokio::task_local! {
    static CURRENT: Arc<str>;
}

/// The id of the request being answered on this task, if any.
pub fn current() -> Option<Arc<str>> {
    CURRENT.try_with(|id| id.clone()).ok()
}

/// A new id: this process's start (so that ids differ across restarts) and a counter.
fn fresh() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    static EPOCH: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    let epoch = *EPOCH.get_or_init(|| {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        (t.as_nanos() as u32) ^ std::process::id().rotate_left(16)
    });
    format!("{epoch:08x}-{:08x}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A client's id is kept when it is plain: 1 to 64 letters, digits, `-`, `_`, `.`.
fn plain(v: &HeaderValue) -> Option<&str> {
    let s = v.to_str().ok()?;
    (!s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
    .then_some(s)
}

/// Middleware (outermost): give the request its id, answer it inside the id's scope and
/// span, put the id on the answer, and log a 5xx with its cause.
pub async fn layer(req: Request, next: Next) -> Response {
    let id: Arc<str> = match req.headers().get(&HEADER).and_then(plain) {
        Some(s) => s.into(),
        None => fresh().into(),
    };
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string());
    let path = req.uri().path().to_string();
    let span = tracing::info_span!("request", request_id = %id, method = %method, path = %path);
    let mut resp = CURRENT
        .scope(id.clone(), next.run(req).instrument(span.clone()))
        .await;
    let status = resp.status();
    if status.is_server_error() {
        let cause = resp
            .extensions()
            .get::<crate::error::Cause>()
            .map(|c| c.0.clone());
        let _in = span.enter();
        tracing::error!(
            status = status.as_u16(),
            route = route.as_deref().unwrap_or("unmatched"),
            cause = cause.as_deref().unwrap_or("none recorded: the server answered it without a failure of its own (busy, timed out, or no store)"),
            "answered {status}"
        );
    } else {
        let _in = span.enter();
        tracing::debug!(status = status.as_u16(), "answered");
    }
    if let Ok(v) = HeaderValue::from_str(&id) {
        resp.headers_mut().insert(HEADER.clone(), v);
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_client_ids_are_kept() {
        assert_eq!(
            plain(&HeaderValue::from_static("abc-123_x.y")),
            Some("abc-123_x.y")
        );
        for bad in ["", "a b", "a\"b", "<script>"] {
            assert_eq!(plain(&HeaderValue::from_str(bad).unwrap()), None, "{bad:?}");
        }
        assert_eq!(
            plain(&HeaderValue::from_str(&"a".repeat(65)).unwrap()),
            None
        );
        assert_ne!(fresh(), fresh());
    }
}
