//! `GET /api/articles/{id}` and `POST /api/articles` (ingest, behind the write token).

use crate::auth;
use crate::body::StrictJson;
use crate::error::ApiError;
use crate::routes::events::id;
use crate::state::AppState;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use marsad_model::{Article, Event};
use marsad_store::{PutOutcome, StoredArticle};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use utoipa::ToSchema;

/// Most articles in one ingest request.
pub const MAX_ARTICLES_PER_REQUEST: usize = 1000;

/// An article, its text, metadata, copies and events with spans.
#[utoipa::path(get, path = "/api/articles/{id}", tag = "articles", params(("id" = i64, Path, minimum = 0, description = "article id (the store's)")),
    responses((status = 200, description = "{id, article: {id, published, title, source, url, text}, duplicate_of, similarity, duplicates, events}", body = Object),
              (status = 400, description = "not an id", body = crate::openapi::ErrorSchema), (status = 404, description = "no such article", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn one(
    State(st): State<Arc<AppState>>,
    p: Result<Path<String>, PathRejection>,
) -> Result<Json<StoredArticle>, ApiError> {
    let id = id(p)?;
    st.with_store("read an article", move |s| s.article(id))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no article {id}")))
}

/// One article to store (the input form of EVENTS.md). Unknown fields are refused.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewArticle {
    /// The caller's identifier (not blank).
    #[schema(pattern = r"\S")]
    pub id: String,
    /// Publication date (YYYY-MM-DD).
    #[schema(value_type = String, format = Date)]
    pub published: NaiveDate,
    /// The text (Arabic; not blank; at most 200,000 characters).
    #[schema(pattern = r"\S", max_length = 200_000)]
    pub text: String,
    /// Title.
    #[serde(default)]
    pub title: Option<String>,
    /// Source (outlet).
    #[serde(default)]
    pub source: Option<String>,
    /// Address; re-sending the same address replaces the article's events.
    #[serde(default)]
    pub url: Option<String>,
}

/// The body of `POST /api/articles`: one article, or an array of 1 to 1000 (read by
/// [`ingest`] from the JSON value, so that each article's errors name its place).
pub struct ArticlesBody;

impl utoipa::PartialSchema for ArticlesBody {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{Array, OneOf, Ref};
        let one = Ref::from_schema_name("NewArticle");
        let mut many = Array::new(Ref::from_schema_name("NewArticle"));
        many.min_items = Some(1);
        many.max_items = Some(MAX_ARTICLES_PER_REQUEST);
        let mut body = OneOf::new();
        body.items = vec![
            one.into(),
            utoipa::openapi::schema::Schema::Array(many).into(),
        ];
        utoipa::openapi::schema::Schema::OneOf(body).into()
    }
}

impl ToSchema for ArticlesBody {
    fn schemas(
        schemas: &mut Vec<(
            String,
            utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
        )>,
    ) {
        schemas.push((
            NewArticle::name().into_owned(),
            <NewArticle as utoipa::PartialSchema>::schema(),
        ));
    }
}

/// What happened to one article (the shape of the store's outcome, as sent).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct IngestOutcome {
    /// The store's id of the article (new or existing): `GET /api/articles/{id}` reads it.
    #[schema(minimum = 0)]
    article_id: i64,
    /// `new`, `updated` (known, changed), `unchanged`, or `duplicate` (a copy, stored as a link).
    #[schema(pattern = "^(new|updated|unchanged|duplicate)$")]
    status: String,
    /// For a duplicate: the article it copies.
    #[schema(minimum = 0)]
    of: Option<i64>,
    /// For a duplicate: estimated similarity (1.0 for the same text at another address).
    similarity: Option<f32>,
    /// Events stored for it.
    events: usize,
    /// Other articles whose events this put changed: near copies of it that it made copies
    /// (0 events now) or originals again (the one of near copies first by publication day and
    /// id keeps the events, whatever the order they came in). Left out when none.
    others: Option<Vec<RecastOutcome>>,
}

/// An article whose standing among its near copies changed on another article's put.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct RecastOutcome {
    /// The store's id of the article.
    #[schema(minimum = 0)]
    article_id: i64,
    /// The events it holds now.
    events: usize,
}

/// What was stored.
#[derive(Serialize, ToSchema)]
pub struct IngestAnswer {
    /// One outcome per article, in request order.
    #[schema(value_type = Vec<IngestOutcome>)]
    pub results: Vec<PutOutcome>,
    /// Events stored in all.
    pub events: usize,
}

/// Middleware on the write route: no token configured → 403, missing → 401, wrong → 403,
/// checked before the body is read.
pub async fn require_token(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    match auth::check(st.token.as_ref(), req.headers()) {
        Ok(()) => next.run(req).await,
        Err(e) => {
            let unauthorized = e.status == StatusCode::UNAUTHORIZED;
            let mut r = e.into_response();
            if unauthorized {
                r.headers_mut().insert(
                    axum::http::header::WWW_AUTHENTICATE,
                    axum::http::HeaderValue::from_static("Bearer"),
                );
            }
            r
        }
    }
}

fn article_of(i: Option<usize>, v: serde_json::Value) -> Result<Article, ApiError> {
    let at = |m: String| match i {
        Some(i) => format!("articles[{i}]: {m}"),
        None => m,
    };
    // a bad date names the field and the form (serde's own message names neither)
    if let Some(p) = v.get("published") {
        let ok = p
            .as_str()
            .is_some_and(|d| d.len() == 10 && marsad_model::parse_iso_date(d).is_some());
        if !ok {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_field",
                at(format!(
                    "published: {p} is not a date; expected YYYY-MM-DD, e.g. \"2015-08-03\""
                )),
            ));
        }
    }
    let a: NewArticle = serde_json::from_value(v).map_err(|e| {
        let m = e.to_string();
        let code = if m.starts_with("unknown field") {
            "unknown_field"
        } else {
            "invalid_field"
        };
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, code, at(m))
    })?;
    if crate::body::blank(&a.text) || crate::body::blank(&a.id) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_field",
            at("\"id\" and \"text\" must not be empty".into()),
        ));
    }
    if a.text.chars().count() > crate::routes::extract::MAX_TEXT_CHARS {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "text_too_long",
            at("\"text\" is too long".into()),
        ));
    }
    Ok(Article {
        id: a.id,
        published: a.published,
        title: a.title,
        source: a.source,
        url: a.url,
        text: a.text,
    })
}

/// Store articles: each is extracted with the same pipeline as `marsad ingest` and all are
/// written in one transaction. Needs `Authorization: Bearer <token>`.
#[utoipa::path(post, path = "/api/articles", tag = "articles",
    request_body(content = ArticlesBody, description = "one article object, or an array of 1 to 1000"),
    security(("bearer" = [])),
    responses((status = 200, description = "what was stored, one outcome per article", body = IngestAnswer),
              (status = 401, description = "no token presented", body = crate::openapi::ErrorSchema),
              (status = 403, description = "wrong token, or the server is read-only", body = crate::openapi::ErrorSchema),
              (status = 400, description = "not JSON, not UTF-8, or empty", body = crate::openapi::ErrorSchema),
              (status = 413, description = "body too large", body = crate::openapi::ErrorSchema),
              (status = 415, description = "not application/json", body = crate::openapi::ErrorSchema),
              (status = 422, description = "not an article or an array of 1 to 1000; unknown or missing field, bad date, blank id or text, text too long", body = crate::openapi::ErrorSchema),
              (status = 503, description = "no store", body = crate::openapi::ErrorSchema)))]
pub async fn ingest(
    State(st): State<Arc<AppState>>,
    StrictJson(body): StrictJson<serde_json::Value>,
) -> Result<Json<IngestAnswer>, ApiError> {
    let arts: Vec<Article> = match body {
        serde_json::Value::Array(items) => {
            if items.is_empty() {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "empty",
                    "the array has no articles",
                ));
            }
            if items.len() > MAX_ARTICLES_PER_REQUEST {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "too_many",
                    format!(
                        "{} articles in one request; send at most {MAX_ARTICLES_PER_REQUEST}",
                        items.len()
                    ),
                ));
            }
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| article_of(Some(i), v))
                .collect::<Result<_, _>>()?
        }
        v @ serde_json::Value::Object(_) => vec![article_of(None, v)?],
        _ => {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_field",
                "send an article object or an array of them",
            ))
        }
    };
    let _permit = st
        .cpu
        .clone()
        .acquire_owned()
        .await
        .map_err(|e| ApiError::internal("schedule the extraction", e))?;
    let x = st.extractor;
    let items: Vec<(Article, Vec<Event>)> = tokio::task::spawn_blocking(move || {
        arts.into_iter()
            .map(|a| {
                let evs = x.article_events(&a).events;
                (a, evs)
            })
            .collect()
    })
    .await
    .map_err(|e| {
        ApiError::internal(
            "extract events",
            format_args!("the extraction task failed: {e}"),
        )
    })?;
    let n = items.len();
    let results = st
        .with_store("store the articles", move |s| s.put_many(&items))
        .await?;
    st.clear_summaries();
    st.metrics.ingested_articles.inc_by(n as u64);
    let events = results.iter().map(|r| r.events).sum();
    Ok(Json(IngestAnswer { results, events }))
}
