//! How the operator configures the server.

use crate::auth::Token;
use std::net::SocketAddr;
use std::time::Duration;

/// Limits that keep one client from taking the server down.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body, in bytes (413 above).
    pub body_bytes: usize,
    /// Longest time to answer one request, body included (503 above).
    pub timeout: Duration,
    /// Requests handled at once; more wait for a slot (within the timeout).
    pub concurrency: usize,
    /// Largest page of events a client may ask for.
    pub max_page: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { body_bytes: 4 << 20, timeout: Duration::from_secs(30), concurrency: 512, max_page: 1000 }
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
}

impl ServerConfig {
    /// Listen on `addr`, read-only, default limits.
    pub fn new(addr: SocketAddr) -> Self {
        ServerConfig { addr, limits: Limits::default(), token: None }
    }
    /// Accept writes from clients presenting this token.
    pub fn with_token(mut self, token: Option<Token>) -> Self {
        self.token = token;
        self
    }
    /// Change the limits.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}
