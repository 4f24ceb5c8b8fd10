//! The page: HTML, JS, CSS and the vendored npm builds under `assets/`, embedded in the
//! binary at compile time (rust-embed), so the server needs no files next to it and the page
//! works offline.
//!
//! Files are looked up by name in the embedded table, never on disk, and names with `..`,
//! backslashes or empty segments are refused before the lookup.

use crate::error::ApiError;
use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "assets/"]
struct Assets;

/// True for a relative path made of plain segments.
pub fn safe_path(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 200
        && !p.contains('\\')
        && !p.contains('\0')
        && p.split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != ".." && !seg.contains(':'))
}

fn serve(path: &str, headers: &HeaderMap) -> Response {
    if !safe_path(path) {
        return ApiError::not_found("no such file").into_response();
    }
    let Some(file) = Assets::get(path) else {
        return ApiError::not_found("no such file").into_response();
    };
    // weak: the same file may go out gzip'd or not, and both are the same page
    let etag = format!("W/\"{}\"", hex(&file.metadata.sha256_hash()[..12]));
    let cache = if path.starts_with("vendor/") {
        "public, max-age=86400"
    } else {
        "no-cache"
    };
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str())
    {
        let mut r = StatusCode::NOT_MODIFIED.into_response();
        r.headers_mut().insert(
            header::ETAG,
            HeaderValue::from_str(&etag).expect("hex etag"),
        );
        return r;
    }
    let mime = file.metadata.mimetype();
    let mime = if mime.starts_with("text/") || mime == "application/javascript" {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    };
    let mut r = file.data.into_owned().into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&mime)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::ETAG,
        HeaderValue::from_str(&etag).expect("hex etag"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    r
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// `GET /favicon.ico`: the page's icon (browsers ask for it whatever the page links).
pub async fn favicon(headers: HeaderMap) -> Response {
    serve("favicon.svg", &headers)
}

/// `GET /`: the page.
pub async fn index(headers: HeaderMap) -> Response {
    serve("index.html", &headers)
}

/// `GET /assets/{*path}`: a file of the page.
pub async fn file(Path(path): Path<String>, headers: HeaderMap) -> Response {
    serve(&path, &headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_is_refused() {
        for p in [
            "../Cargo.toml",
            "vendor/../../src/lib.rs",
            "/etc/passwd",
            "a//b",
            "..",
            "a\\..\\b",
            "c:/x",
            "./index.html",
        ] {
            assert!(!safe_path(p), "{p}");
        }
        assert!(safe_path("vendor/leaflet/leaflet.js"));
        assert!(safe_path("app.js"));
    }

    #[test]
    fn the_page_and_its_libraries_are_embedded() {
        for p in [
            "index.html",
            "app.js",
            "app.css",
            "cities.json",
            "vendor/leaflet/leaflet.js",
            "vendor/world-atlas/countries-50m.json",
        ] {
            assert!(Assets::get(p).is_some(), "{p} is not embedded");
        }
    }
}
