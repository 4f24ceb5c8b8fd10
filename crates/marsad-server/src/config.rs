//! How the operator configures the server.

use crate::auth::Token;
use std::net::SocketAddr;
use std::time::Duration;

/// Limits that keep one client from taking the server down.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body, in bytes (413 above).
    pub body_bytes: usize,
    /// Longest time to answer one request, body included (408 above).
    pub timeout: Duration,
    /// Requests handled at once; more wait for a slot (within the timeout).
    pub concurrency: usize,
    /// Largest page of events a client may ask for.
    pub max_page: usize,
    /// Bytes of answers kept for repeated GET requests (0: no cache).
    pub cache_bytes: usize,
    /// Open connections at once; one more is answered 503 and closed.
    pub max_connections: usize,
    /// Open connections at once from one client (one IPv4 address, one IPv6 /64); one more
    /// is answered 503 and closed, so that one client cannot hold every slot. Behind a
    /// reverse proxy every connection comes from the proxy: raise it to `max_connections`
    /// there and let the proxy limit its clients.
    pub max_connections_per_client: usize,
    /// Time a client has to send a request's head once it starts (or after the previous
    /// answer on a kept-alive connection); then the connection is closed.
    pub header_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            body_bytes: 4 << 20,
            timeout: Duration::from_secs(30),
            concurrency: 512,
            max_page: 1000,
            cache_bytes: 64 << 20,
            max_connections: 4096,
            max_connections_per_client: 256,
            header_timeout: Duration::from_secs(10),
        }
    }
}

/// Everything `marsad serve` needs.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Where to listen.
    pub addr: SocketAddr,
    /// Request limits.
    pub limits: Limits,
    /// The write token; `None` keeps the server read-only.
    pub token: Option<Token>,
    /// Files whose change (size or time) means the store changed: the cache lapses.
    pub watch: Vec<std::path::PathBuf>,
}

impl ServerConfig {
    /// Listen on `addr`, read-only, default limits.
    pub fn new(addr: SocketAddr) -> Self {
        ServerConfig {
            addr,
            limits: Limits::default(),
            token: None,
            watch: Vec::new(),
        }
    }
    /// Accept writes from clients presenting this token.
    pub fn with_token(mut self, token: Option<Token>) -> Self {
        self.token = token;
        self
    }
    /// Watch these files (the store's) for changes made by other processes.
    pub fn watching(mut self, files: Vec<std::path::PathBuf>) -> Self {
        self.watch = files;
        self
    }
    /// Change the limits.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}
