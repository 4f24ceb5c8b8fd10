//! `StrictJson<T>`: the request-body extractor of every JSON endpoint.
//!
//! axum's own `Json` answers some malformed bodies in plain text; analysts' scripts deserve
//! a JSON error that says what is wrong and where. This extractor checks, in order: the
//! content type, the size (the router's body limit, 413), UTF-8 (the byte offset of the first
//! bad byte), JSON syntax (line and column), and the shape (unknown or missing fields, wrong
//! types: request types deny unknown fields).

use crate::error::ApiError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use serde::de::DeserializeOwned;

/// A JSON body, deserialized strictly.
#[derive(Debug, Clone)]
pub struct StrictJson<T>(pub T);

impl<S, T> FromRequest<S> for StrictJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ct = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let essence = ct
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if essence != "application/json" {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                format!(
                    "send the body as Content-Type: application/json (got {:?})",
                    ct
                ),
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            let status = e.status();
            if status == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    status,
                    "body_too_large",
                    "the request body is larger than the server accepts",
                )
            } else {
                ApiError::new(
                    status,
                    "bad_body",
                    format!("cannot read the request body: {e}"),
                )
            }
        })?;
        parse(&bytes).map(StrictJson)
    }
}

/// True when `s` has no character but white space, as the description's pattern `\S`
/// reads it (JSON Schema patterns are ECMA-262: U+FEFF is white space there, U+0085 is not;
/// Rust's `trim` says the opposite of both).
pub fn blank(s: &str) -> bool {
    s.chars()
        .all(|c| (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}')
}

/// Parse a body: UTF-8 first, then JSON, with errors a person can act on.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ApiError::bad_request(
            "invalid_utf8",
            format!(
                "the body is not valid UTF-8: bad byte at offset {}",
                e.valid_up_to()
            ),
        )
    })?;
    if text.trim().is_empty() {
        return Err(ApiError::bad_request(
            "empty_body",
            "the request body is empty; send a JSON object",
        ));
    }
    serde_json::from_str(text).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Data => {
                let msg = e.to_string();
                let code = if msg.starts_with("unknown field") {
                    "unknown_field"
                } else {
                    "invalid_field"
                };
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, code, msg)
            }
            Category::Eof => {
                ApiError::bad_request("bad_json", format!("the JSON ends too early: {e}"))
            }
            Category::Syntax | Category::Io => {
                ApiError::bad_request("bad_json", format!("the body is not valid JSON: {e}"))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn blank_reads_white_space_as_the_descriptions_pattern_does() {
        for b in ["", " ", "\t\n\r", "\u{a0}\u{3000}\u{2028}", "\u{feff}"] {
            assert!(super::blank(b), "{b:?}");
        }
        for t in ["\u{85}", " a ", "قصف", "\u{200b}"] {
            assert!(!super::blank(t), "{t:?}");
        }
    }
}
