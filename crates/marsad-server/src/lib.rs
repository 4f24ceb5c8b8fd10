//! marsad's HTTP API and the analyst's web page.
//!
//! One binary serves both: the JSON API under `/api/`, `/health`, `/metrics`,
//! `/openapi.json`, and the page at `/` with its assets embedded (map, timeline, filters,
//! the article right-to-left with the evidence of every field highlighted).
//!
//! ```no_run
//! use marsad_server::{ServerConfig, Server};
//! let config = ServerConfig::new("127.0.0.1:8080".parse().unwrap());
//! let rt = tokio::runtime::Runtime::new().unwrap();
//! rt.block_on(async {
//!     let server = Server::bind(config, None).await.unwrap();
//!     println!("listening on http://{}", server.local_addr());
//!     server.run(std::future::pending()).await.unwrap();
//! });
//! ```
#![deny(missing_docs)]

pub mod assets;
pub mod auth;
pub mod body;
pub mod cache;
pub mod config;
pub mod error;
pub mod filter;
pub mod metrics;
pub mod openapi;
pub mod routes;
pub mod state;

mod app;

pub use auth::{Token, TokenError};
pub use config::{Limits, ServerConfig};
pub use error::ApiError;

use marsad_extract::Extractor;
use marsad_store::Store;
use state::AppState;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

/// A server bound to its address, ready to run.
pub struct Server {
    listener: tokio::net::TcpListener,
    router: axum::Router,
    addr: SocketAddr,
}

impl Server {
    /// Bind the address and build the application (the extractor's tables are built here,
    /// before the first request).
    pub async fn bind(config: ServerConfig, store: Option<Arc<dyn Store>>) -> std::io::Result<Server> {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let extractor = Extractor::embedded();
        // Build the lexicon and gazetteer tables now rather than on the first request.
        let _ = extractor.extract(&marsad_model::Article {
            id: String::new(),
            published: chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date"),
            title: None,
            source: None,
            url: None,
            text: "قصف".into(),
        });
        let state = Arc::new(AppState {
            extractor,
            store,
            metrics: Arc::default(),
            token: config.token.clone(),
            cpu: Arc::new(tokio::sync::Semaphore::new(cores)),
            db: Arc::new(tokio::sync::Semaphore::new(cores * 2)),
            max_page: config.limits.max_page,
            cache: Arc::new(cache::ResponseCache::new(config.limits.cache_bytes, config.watch.clone())),
            summaries: Default::default(),
        });
        let router = app::router(state, &config.limits);
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        Ok(Server { listener, router, addr })
    }

    /// The address actually bound (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Answer requests until `shutdown` completes, then finish the requests in flight.
    pub async fn run(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        axum::serve(self.listener, self.router).with_graceful_shutdown(shutdown).await
    }
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

/// Bind, call `on_ready` with the bound address, and serve until Ctrl-C or SIGTERM, on a
/// runtime of its own (the command line's entry point; it needs no async code of its own).
pub fn run_until_signal(
    config: ServerConfig,
    store: Option<Arc<dyn Store>>,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().thread_name("marsad-serve").build()?;
    rt.block_on(async {
        let server = Server::bind(config, store).await?;
        on_ready(server.local_addr());
        server.run(shutdown_signal()).await
    })
}
