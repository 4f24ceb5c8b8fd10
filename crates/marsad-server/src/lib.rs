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
pub mod request_id;
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
use tower::ServiceExt;

/// A server bound to its address, ready to run.
pub struct Server {
    listener: tokio::net::TcpListener,
    router: axum::Router,
    addr: SocketAddr,
    limits: Limits,
}

impl Server {
    /// Bind the address and build the application (the extractor's tables are built here,
    /// before the first request).
    pub async fn bind(
        config: ServerConfig,
        store: Option<Arc<dyn Store>>,
    ) -> std::io::Result<Server> {
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1);
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
        let cache = Arc::new(cache::ResponseCache::new(
            config.limits.cache_bytes,
            config.watch.clone(),
        ));
        let state = Arc::new(AppState {
            extractor,
            store,
            metrics: Arc::new(metrics::Metrics::new(&cache)),
            token: config.token.clone(),
            cpu: Arc::new(tokio::sync::Semaphore::new(cores)),
            db: Arc::new(tokio::sync::Semaphore::new(cores * 2)),
            max_page: config.limits.max_page,
            cache,
            summaries: AppState::summary_cache(),
        });
        let router = app::router(state, &config.limits);
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        Ok(Server {
            listener,
            router,
            addr,
            limits: config.limits,
        })
    }

    /// The address actually bound (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Answer requests until `shutdown` completes, then let the connections finish what they
    /// are answering (at most 10 s).
    ///
    /// The accept loop is ours rather than `axum::serve` for bounds it lacks: a cap on open
    /// connections, and one per client (over either, a 503 and close), and a time limit on
    /// reading a request's head (a client that trickles headers, or idles on a kept-alive
    /// connection, is dropped).
    pub async fn run(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let max = self.limits.max_connections.max(1);
        let slots = Arc::new(tokio::sync::Semaphore::new(max));
        let clients = Arc::new(Clients::new(self.limits.max_connections_per_client.max(1)));
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            let accepted = tokio::select! {
                _ = &mut shutdown => break,
                a = self.listener.accept() => a,
            };
            let (stream, peer) = match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little rather than spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                    continue;
                }
            };
            let _ = stream.set_nodelay(true);
            let Some(mine) = clients.enter(peer.ip()) else {
                tokio::spawn(refuse(stream, "too_many_connections_from_client", "this client has as many connections open as the server accepts from one client; use fewer at once"));
                continue;
            };
            let Ok(slot) = slots.clone().try_acquire_owned() else {
                tokio::spawn(refuse(
                    stream,
                    "too_many_connections",
                    "the server has as many connections open as it accepts; try again shortly",
                ));
                continue;
            };
            let svc =
                hyper_util::service::TowerToHyperService::new(self.router.clone().map_request(
                    |r: axum::http::Request<hyper::body::Incoming>| r.map(axum::body::Body::new),
                ));
            let header_timeout = self.limits.header_timeout;
            let mut stop = stop_rx.clone();
            tokio::spawn(async move {
                let mut b = hyper::server::conn::http1::Builder::new();
                b.timer(hyper_util::rt::TokioTimer::new())
                    .header_read_timeout(header_timeout)
                    .keep_alive(true);
                let conn = b.serve_connection(hyper_util::rt::TokioIo::new(stream), svc);
                let mut conn = std::pin::pin!(conn);
                tokio::select! {
                    _ = conn.as_mut() => {}
                    _ = async { let _ = stop.wait_for(|s| *s).await; } => {
                        conn.as_mut().graceful_shutdown();
                        let _ = conn.await;
                    }
                }
                drop(slot);
                drop(mine);
            });
        }
        let _ = stop_tx.send(true);
        let all = u32::try_from(max).unwrap_or(u32::MAX);
        let _ =
            tokio::time::timeout(std::time::Duration::from_secs(10), slots.acquire_many(all)).await;
        Ok(())
    }
}

/// Open connections by client: an IPv4 address, or the /64 network of an IPv6 address (one
/// host usually holds a whole /64).
struct Clients {
    max: usize,
    open: std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, usize>>,
}

/// One open connection of a client; leaving gives its place back.
struct Seat {
    clients: Arc<Clients>,
    key: std::net::IpAddr,
}

impl Clients {
    fn new(max: usize) -> Self {
        Clients {
            max,
            open: Default::default(),
        }
    }

    fn key(ip: std::net::IpAddr) -> std::net::IpAddr {
        use std::net::{IpAddr, Ipv6Addr};
        match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let s = v6.segments();
                    IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
                }
            },
            v4 => v4,
        }
    }

    /// A seat for one more connection of this client, or None when it has its share.
    fn enter(self: &Arc<Self>, ip: std::net::IpAddr) -> Option<Seat> {
        let key = Self::key(ip);
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let n = open.entry(key).or_insert(0);
        if *n >= self.max {
            return None;
        }
        *n += 1;
        Some(Seat {
            clients: self.clone(),
            key,
        })
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        let mut open = self.clients.open.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = open.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.key);
            }
        }
    }
}

/// Over a connection cap: a JSON 503 on the socket, then close.
async fn refuse(mut stream: tokio::net::TcpStream, code: &str, message: &str) {
    use tokio::io::AsyncWriteExt;
    let body = format!(r#"{{"error":{{"status":503,"code":"{code}","message":"{message}"}}}}"#);
    let head = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\nretry-after: 1\r\n\r\n",
        body.len()
    );
    let _ = tokio::time::timeout(std::time::Duration::from_secs(2), async {
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.write_all(body.as_bytes()).await;
        let _ = stream.shutdown().await;
    })
    .await;
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
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
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("marsad-serve")
        .build()?;
    rt.block_on(async {
        let server = Server::bind(config, store).await?;
        on_ready(server.local_addr());
        server.run(shutdown_signal()).await
    })
}
