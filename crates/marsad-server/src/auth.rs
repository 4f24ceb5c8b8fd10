//! The write token: `POST /api/articles` is open only when the operator configured one.
//!
//! The token comes from an environment variable or a file (never from the command line,
//! where other users of the machine could read it in the process list). The presented
//! token is compared in constant time, so its content cannot be guessed from timings.

use crate::error::ApiError;
use axum::http::{header, HeaderMap, StatusCode};
use subtle::ConstantTimeEq;

/// Shortest token accepted: shorter ones are too easy to guess.
pub const MIN_TOKEN_LEN: usize = 16;

/// A bearer token the operator configured.
#[derive(Clone)]
pub struct Token(Vec<u8>);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(..)")
    }
}

/// Why a token could not be configured.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TokenError {
    /// Too short, or not printable ASCII.
    #[error("the write token must be at least {MIN_TOKEN_LEN} printable ASCII characters without spaces")]
    Weak,
    /// The token file could not be read.
    #[error("cannot read the token file {path}: {source}")]
    File {
        /// The file.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
}

impl Token {
    /// A token from its text; surrounding whitespace (a file's final newline) is dropped.
    pub fn try_new(s: &str) -> Result<Token, TokenError> {
        let t = s.trim();
        if t.len() < MIN_TOKEN_LEN || !t.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(TokenError::Weak);
        }
        Ok(Token(t.as_bytes().to_vec()))
    }

    /// A token read from a file.
    pub fn from_file(path: &std::path::Path) -> Result<Token, TokenError> {
        let s = std::fs::read_to_string(path).map_err(|source| TokenError::File {
            path: path.display().to_string(),
            source,
        })?;
        Token::try_new(&s)
    }

    /// Constant-time comparison with what a client presented.
    pub fn matches(&self, presented: &[u8]) -> bool {
        // Lengths differ only when the guess is wrong; the comparison of equal lengths does
        // not stop at the first differing byte.
        bool::from(self.0.as_slice().ct_eq(presented))
    }
}

/// The token a request presents (`Authorization: Bearer ...`), when it presents one.
pub fn presented(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.as_bytes().strip_prefix(b"Bearer "))
        .map(|v| v.trim_ascii())
        .filter(|v| !v.is_empty())
        .and_then(|v| std::str::from_utf8(v).ok())
        .map(str::to_string)
}

/// Check the `Authorization: Bearer ...` header against the configured token.
///
/// No token configured: 403 (writing is switched off on this server). Header missing or
/// malformed: 401 with `WWW-Authenticate: Bearer`. Wrong token: 403.
pub fn check(token: Option<&Token>, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = token else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "writes_disabled",
            "this server is read-only: the operator has not configured a write token (MARSAD_TOKEN or --token-file)",
        ));
    };
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.as_bytes().strip_prefix(b"Bearer "))
        .map(|v| v.trim_ascii());
    match presented {
        None => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "send the write token as Authorization: Bearer <token>",
        )),
        Some(p) if token.matches(p) => Ok(()),
        Some(_) => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "the token is not the one this server accepts",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(auth: Option<&str>) -> HeaderMap {
        let mut h = HeaderMap::new();
        if let Some(a) = auth {
            h.insert(header::AUTHORIZATION, HeaderValue::from_str(a).unwrap());
        }
        h
    }

    #[test]
    fn decisions() {
        let t = Token::try_new("correct-horse-battery-staple\n").unwrap();
        assert_eq!(
            check(None, &headers(Some("Bearer x"))).unwrap_err().status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            check(Some(&t), &headers(None)).unwrap_err().status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            check(Some(&t), &headers(Some("Basic abc")))
                .unwrap_err()
                .status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            check(
                Some(&t),
                &headers(Some("Bearer correct-horse-battery-stapl"))
            )
            .unwrap_err()
            .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            check(
                Some(&t),
                &headers(Some("Bearer correct-horse-battery-staplE"))
            )
            .unwrap_err()
            .status,
            StatusCode::FORBIDDEN
        );
        assert!(check(
            Some(&t),
            &headers(Some("Bearer correct-horse-battery-staple"))
        )
        .is_ok());
    }

    #[test]
    fn weak_tokens_are_refused() {
        assert!(Token::try_new("short").is_err());
        assert!(
            Token::try_new("sixteen chars ok").is_err(),
            "spaces are not allowed"
        );
        assert!(Token::try_new("").is_err());
    }
}
