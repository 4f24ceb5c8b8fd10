//! `marsad serve`: the HTTP API and the analyst's page.

use anyhow::{bail, Context, Result};
use clap::Parser;
use marsad_server::{Limits, ServerConfig, Token};
use marsad_store::{SqliteStore, Store};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// Environment variable that holds the write token.
const TOKEN_ENV: &str = "MARSAD_TOKEN";

#[derive(Parser)]
pub struct ServeArgs {
    /// The store to serve (made by `marsad ingest`). Default: marsad.db in the user's data
    /// directory. Opened read-only unless a write token is configured or the store has
    /// reviewers (marsad reviewer add).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Address to listen on. Keep 127.0.0.1 unless a reverse proxy with TLS is in front.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// File holding the write token that opens POST /api/articles (or set MARSAD_TOKEN).
    /// Without a token the server is read-only.
    #[arg(long, value_name = "PATH")]
    token_file: Option<PathBuf>,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = Limits::default().body_bytes, value_name = "BYTES")]
    max_body: usize,
    /// Seconds allowed to answer one request.
    #[arg(long, default_value_t = Limits::default().timeout.as_secs(), value_name = "SECONDS")]
    timeout: u64,
    /// Requests answered at once; more wait for a free slot.
    #[arg(long, default_value_t = Limits::default().concurrency, value_name = "N")]
    concurrency: usize,
    /// Connections open at once; one more gets a 503 and is closed.
    #[arg(long, default_value_t = Limits::default().max_connections, value_name = "N")]
    max_connections: usize,
    /// Connections open at once from one client (an IPv4 address, an IPv6 /64); one more
    /// gets a 503 and is closed. Behind a reverse proxy every client is the proxy: set it to
    /// --max-connections there and limit clients in the proxy.
    #[arg(long, default_value_t = Limits::default().max_connections_per_client, value_name = "N")]
    max_connections_per_client: usize,
    /// Megabytes of answers kept for repeated GET /api requests (0: no cache). Entries lapse
    /// when the store file changes.
    #[arg(long, default_value_t = Limits::default().cache_bytes >> 20, value_name = "MB")]
    cache_mb: usize,
    /// The log on stderr: text for a person, json for a log collector (one object a line).
    /// RUST_LOG filters it (default: info; every failure inside the server is an error line
    /// with its cause and the request id its answer carries).
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// Install the log: RUST_LOG's filter (info when unset; a bad one is an error naming it),
/// text or JSON lines on stderr.
fn install_log(format: LogFormat) -> Result<()> {
    use tracing_subscriber::EnvFilter;
    let filter = match std::env::var("RUST_LOG") {
        Ok(s) if !s.trim().is_empty() => EnvFilter::try_new(&s).with_context(|| {
            format!("RUST_LOG={s:?} is not a log filter (e.g. info, marsad_server=debug)")
        })?,
        _ => EnvFilter::new("info"),
    };
    let b = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let r = match format {
        LogFormat::Text => b.try_init(),
        LogFormat::Json => b
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
    };
    r.map_err(|e| anyhow::anyhow!("cannot install the log: {e}"))
}

pub const AFTER_HELP: &str = "\
Endpoints:
  GET  /                   the page: map, timeline, filters, list, evidence
  GET  /api/events         filters from, to, country, type, actor, text, bbox,
                           near; pages with limit and cursor
  GET  /api/events/{id}    one event
  GET  /api/articles/{id}  an article: text, metadata, events with spans
  GET  /api/stats          counts by day, type and country (same filters)
  GET  /api/points         map points of the events (same filters)
  POST /api/extract        {\"text\", \"published\"} -> events; stores nothing
  POST /api/articles       store articles (needs the write token)
  POST /api/events/{id}/review   verify, reject or edit a record (a reviewer's token;
                           \"base\": the version reviewed, another answers 409)
  POST /api/articles/{id}/events add a missed event from a span (a reviewer's token)
  GET  /api/audit          the audit log of the reviews
  GET  /openapi.json       the API description
  GET  /health, /metrics   liveness; Prometheus counters and latencies

Log (stderr):
  Every answer has an x-request-id header (a plain one sent by the client or a proxy is
  kept); error bodies carry it as request_id. A failure inside the server (5xx) is logged
  at error level with the same id, the route and the cause.
    RUST_LOG=debug marsad serve ...        # a line for every request
    marsad serve --log-format json ...     # one JSON object a line

Write token:
  Without one the server is read-only and POST /api/articles answers 403. To allow writes:
    export MARSAD_TOKEN=$(head -c 24 /dev/urandom | base64)   # or --token-file
  Clients then send  Authorization: Bearer $MARSAD_TOKEN

Reviewers:
  marsad reviewer add NAME --db events.db prints a token of their own; with reviewers the
  store is opened for writing and each reviewer sends  Authorization: Bearer <token>.

Examples:
  marsad ingest articles.jsonl.gz --db events.db
  marsad serve --db events.db        # then open http://127.0.0.1:8080/
  marsad serve --addr 127.0.0.1:0    # any free port; the address is printed
  curl -s localhost:8080/api/extract -H 'content-type: application/json' \\
       -d '{\"text\": \"قتل ثلاثة مدنيين في قصف على حلب\", \"published\": \"2024-03-13\"}'";

fn token(args: &ServeArgs) -> Result<Option<Token>> {
    if let Some(p) = &args.token_file {
        return Ok(Some(Token::from_file(p)?));
    }
    match std::env::var(TOKEN_ENV) {
        Ok(s) if !s.is_empty() => Ok(Some(
            Token::try_new(&s).with_context(|| format!("{TOKEN_ENV} is set"))?,
        )),
        _ => Ok(None),
    }
}

/// The store in the user's data directory (XDG on Linux).
pub fn default_db() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "marsad").map(|d| d.data_dir().join("marsad.db"))
}

fn db_path(args: &ServeArgs) -> Option<PathBuf> {
    args.db.clone().or_else(default_db)
}

fn open_store(args: &ServeArgs, writes: bool) -> Result<Option<Arc<dyn Store>>> {
    let (path, explicit) = match &args.db {
        Some(p) => (p.clone(), true),
        None => match default_db() {
            Some(p) => (p, false),
            None => return Ok(None),
        },
    };
    if !path.exists() && !writes {
        if explicit {
            bail!(
                "{}: no store here; make one with marsad ingest FILES --db {}",
                path.display(),
                path.display()
            );
        }
        tracing::warn!(store = %path.display(), "no store here yet: serving the page and /api/extract only (marsad ingest fills it)");
        return Ok(None);
    }
    let store = if writes {
        SqliteStore::open(&path)
    } else {
        SqliteStore::open_read_only(&path)
    }
    .with_context(|| format!("cannot open the store {}", path.display()))?;
    tracing::info!(store = %path.display(), mode = if writes { "read-write" } else { "read-only" }, "store open");
    Ok(Some(Arc::new(store)))
}

pub fn serve(args: ServeArgs) -> Result<i32> {
    install_log(args.log_format)?;
    let limits = Limits {
        body_bytes: args.max_body,
        timeout: std::time::Duration::from_secs(args.timeout.max(1)),
        concurrency: args.concurrency.max(1),
        cache_bytes: args.cache_mb << 20,
        max_connections: args.max_connections.max(1),
        max_connections_per_client: args.max_connections_per_client.max(1),
        ..Limits::default()
    };
    let token = token(&args)?;
    let mut writes = token.is_some();
    let mut store = open_store(&args, writes)?;
    // reviewers write (their reviews) without the operator's token
    if !writes
        && store
            .as_ref()
            .map(|s| s.reviewers())
            .transpose()?
            .is_some_and(|r| !r.is_empty())
    {
        writes = true;
        store = open_store(&args, writes)?;
    }
    // The cache lapses when the store's files change (another process ingesting).
    let watch = db_path(&args)
        .map(|p| {
            let wal = PathBuf::from(format!("{}-wal", p.display()));
            vec![p, wal]
        })
        .unwrap_or_default();
    let config = ServerConfig::new(args.addr)
        .with_token(token)
        .with_limits(limits)
        .watching(watch);
    marsad_server::run_until_signal(config, store, |addr| {
        println!(
            "marsad serving on http://{addr}/ ({})",
            if writes {
                "writes allowed with the token or a reviewer's token"
            } else {
                "read-only"
            }
        );
    })
    .with_context(|| format!("cannot serve on {}", args.addr))?;
    Ok(0)
}
