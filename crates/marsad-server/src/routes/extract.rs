//! `POST /api/extract`: an article in, its events out; nothing is stored.
//!
//! The page's "paste an article" box calls it. Extraction is CPU work: it runs on the
//! blocking pool, at most one per core at a time, so a burst of pastes cannot starve the
//! endpoints that read the store.

use crate::body::StrictJson;
use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use marsad_model::{Article, ArticleMeta, Event};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use utoipa::ToSchema;

/// Longest text accepted, in code points (a long report is 20,000).
pub const MAX_TEXT_CHARS: usize = 200_000;

/// An article to extract events from.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtractRequest {
    /// The article text (Arabic; not blank; at most 200,000 characters); all spans in the
    /// answer index into it, in code points.
    #[schema(pattern = r"\S", max_length = 200_000)]
    pub text: String,
    /// Publication date (YYYY-MM-DD); relative dates in the text resolve against it.
    #[schema(value_type = String, format = Date, example = "2015-08-12")]
    pub published: NaiveDate,
    /// Title, echoed back.
    #[serde(default)]
    pub title: Option<String>,
    /// Identifier, echoed back (default `pasted`).
    #[serde(default)]
    pub id: Option<String>,
    /// Source, echoed back.
    #[serde(default)]
    pub source: Option<String>,
}

/// The events of one article, in the output form of EVENTS.md, with the text they index.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExtractResponse {
    /// The article's metadata.
    #[schema(value_type = Object)]
    pub article: ArticleMeta,
    /// The text as received (spans index into it).
    pub text: String,
    /// Event records; every field from the text has `text` and `span`.
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<Event>,
}

/// Extract events from one article without storing anything.
#[utoipa::path(post, path = "/api/extract", tag = "extract", request_body = ExtractRequest,
    responses(
        (status = 200, description = "the article's events", body = ExtractResponse),
        (status = 400, description = "not JSON, not UTF-8, or empty", body = crate::openapi::ErrorSchema),
        (status = 413, description = "body too large", body = crate::openapi::ErrorSchema),
        (status = 415, description = "not application/json", body = crate::openapi::ErrorSchema),
        (status = 422, description = "unknown field, missing field, bad date, blank or too long text", body = crate::openapi::ErrorSchema),
    ))]
pub async fn extract(
    State(st): State<Arc<AppState>>,
    StrictJson(req): StrictJson<ExtractRequest>,
) -> Result<Json<ExtractResponse>, ApiError> {
    if crate::body::blank(&req.text) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "empty_text",
            "\"text\" is empty: paste an article",
        ));
    }
    let n = req.text.chars().count();
    if n > MAX_TEXT_CHARS {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "text_too_long",
            format!("\"text\" has {n} characters; at most {MAX_TEXT_CHARS} are accepted"),
        ));
    }
    let art = Article {
        id: req.id.unwrap_or_else(|| "pasted".into()),
        published: req.published,
        title: req.title,
        source: req.source,
        url: None,
        text: req.text,
    };
    let _permit = st
        .cpu
        .clone()
        .acquire_owned()
        .await
        .map_err(|e| ApiError::internal("schedule the extraction", e))?;
    let x = st.extractor;
    let (art, out) = tokio::task::spawn_blocking(move || {
        let out = x.article_events(&art);
        (art, out)
    })
    .await
    .map_err(|e| {
        ApiError::internal(
            "extract events from this text",
            format_args!("the extraction task failed: {e}"),
        )
    })?;
    st.metrics.extracted_events.inc_by(out.events.len() as u64);
    Ok(Json(ExtractResponse {
        article: out.article,
        text: art.text,
        events: out.events,
    }))
}
