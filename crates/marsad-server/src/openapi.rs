//! `GET /openapi.json`: the API described by the handlers' own annotations (utoipa).

use crate::routes;
use axum::Json;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

/// The shape of every error answer.
#[derive(Serialize, ToSchema)]
pub struct ErrorSchema {
    /// The error.
    error: ErrorDetail,
}

/// An error's detail.
#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// HTTP status, repeated.
    status: u16,
    /// Stable code: bad_json, invalid_utf8, unknown_field, invalid_field, body_too_large,
    /// unsupported_media_type, not_found, unauthorized, forbidden, writes_disabled, ...
    code: String,
    /// What went wrong, for a person.
    message: String,
    /// The request's id (also in the `x-request-id` header): the server's log line of a
    /// failure carries it with the cause.
    request_id: Option<String>,
}

#[derive(OpenApi)]
#[openapi(
    info(title = "marsad", description = "Arabic news in, conflict-event records out; every field carries the span of the words it came from ([start, end) in Unicode code points of the article text)."),
    paths(routes::events::list, routes::events::one, routes::events::fused, routes::events::explain, routes::articles::one, routes::events::stats, routes::events::points,
          routes::extract::extract, routes::articles::ingest, routes::health::health, routes::health::metrics,
          routes::review::review_one, routes::review::review_fused, routes::review::add, routes::review::audit, routes::review::whoami, routes::review::places),
    components(schemas(ErrorSchema, ErrorDetail, routes::extract::ExtractRequest, routes::extract::ExtractResponse, routes::health::Health,
                       routes::events::EventsPage, routes::events::StatsAnswer, routes::events::PointsAnswer,
                       routes::articles::NewArticle, routes::articles::ArticlesBody, routes::articles::IngestAnswer, routes::articles::IngestOutcome, routes::articles::RecastOutcome,
                       routes::review::ReviewBody, routes::review::FusedReviewBody, routes::review::AddBody, routes::review::AuditAnswer, routes::review::WhoAmI, routes::review::PlacesAnswer, routes::review::PlaceAnswer)),
    modifiers(&Bearer),
)]
struct ApiDoc;

struct Bearer;

impl utoipa::Modify for Bearer {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let c = doc.components.get_or_insert_with(Default::default);
        c.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
        // `bbox` and `near` are lists of numbers in one parameter, comma-separated
        // (`bbox=35,30,50,38`), not the parameter repeated: form style, not exploded.
        use utoipa::openapi::path::ParameterStyle;
        for item in doc.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.post].into_iter().flatten() {
                for p in op.parameters.iter_mut().flatten() {
                    let utoipa::openapi::RefOr::T(p) = p else {
                        continue;
                    };
                    if p.name == "bbox" || p.name == "near" {
                        p.style = Some(ParameterStyle::Form);
                        p.explode = Some(false);
                    }
                }
            }
        }
    }
}

/// The OpenAPI document.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// Serve the OpenAPI document.
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(document())
}
