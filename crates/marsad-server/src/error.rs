//! Errors as the API answers them: a status and a JSON body
//! `{"error": {"status", "code", "message", "request_id"}}`.
//!
//! `request_id` is the id of the request (also in the `x-request-id` header of every
//! answer); the server's log line for a 5xx carries the same id with the cause, so that an
//! operator finds the cause from what a user reports.
//!
//! Every 4xx and 5xx leaves the server in that shape, including the ones produced by layers
//! that know nothing about JSON (body limit, timeout, unknown route, wrong method):
//! [`json_errors`] rewrites those on the way out.

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;
use serde::Serialize;

/// An error answered to the client.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// A stable machine-readable code (`bad_json`, `unknown_field`, ...).
    pub code: &'static str,
    /// What went wrong, for a person.
    pub message: String,
    /// For a failure inside the server: what failed, for the log (never sent to the client).
    pub cause: Option<String>,
}

/// The cause of a 5xx, carried from the handler to the log line on the response's
/// extensions.
#[derive(Debug, Clone)]
pub struct Cause(pub String);

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: ErrorInner<'a>,
}

#[derive(Serialize)]
struct ErrorInner<'a> {
    status: u16,
    code: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<&'a str>,
}

impl ApiError {
    /// An error with the given status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            cause: None,
        }
    }
    /// 400 with a code.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }
    /// 404.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", message)
    }
    /// 500 for a failure inside the server: the client reads what failed and the request id;
    /// the cause goes to the log with that id.
    pub fn internal(what: &str, cause: impl std::fmt::Display) -> Self {
        let mut e = Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("the server failed to {what}; its log has the cause under this request_id"),
        );
        e.cause = Some(format!("{what}: {cause}"));
        e
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        let mut r = error_response(self.status, self.code, &self.message);
        if let Some(c) = self.cause {
            r.extensions_mut().insert(Cause(c));
        }
        r
    }
}

/// A JSON error response (with the request's id, when it is answered inside a request).
pub fn error_response(status: StatusCode, code: &str, message: &str) -> axum::response::Response {
    let id = crate::request_id::current();
    let body = serde_json::to_vec(&ErrorBody {
        error: ErrorInner {
            status: status.as_u16(),
            code,
            message,
            request_id: id.as_deref(),
        },
    })
    .expect("error bodies serialize");
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// The code and message for an error status produced by a layer that wrote no JSON body.
fn generic(status: StatusCode) -> (&'static str, &'static str) {
    match status {
        StatusCode::NOT_FOUND => (
            "not_found",
            "no such endpoint or file; see /openapi.json for the API",
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "this endpoint does not accept that method",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "body_too_large",
            "the request body is larger than the server accepts",
        ),
        StatusCode::REQUEST_TIMEOUT => {
            ("timeout", "the request took longer than the server allows")
        }
        StatusCode::SERVICE_UNAVAILABLE => ("overloaded", "the server is busy; try again shortly"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported_media_type",
            "send the body as application/json",
        ),
        StatusCode::URI_TOO_LONG => ("uri_too_long", "the address is too long"),
        s if s.is_client_error() => ("bad_request", "the request could not be understood"),
        _ => (
            "internal",
            "the server failed; its log has the cause under this request_id",
        ),
    }
}

/// Middleware: any error response that is not already JSON gets the JSON error shape.
pub async fn json_errors(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let resp = next.run(req).await;
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return resp;
    }
    let (code, message) = generic(status);
    let mut out = error_response(status, code, message);
    if let Some(c) = resp.extensions().get::<Cause>() {
        out.extensions_mut().insert(c.clone());
    }
    // Keep headers that matter to the client (Allow on 405, WWW-Authenticate on 401).
    for name in [header::ALLOW, header::WWW_AUTHENTICATE, header::RETRY_AFTER] {
        if let Some(v) = resp.headers().get(&name) {
            out.headers_mut().insert(name, v.clone());
        }
    }
    out
}
