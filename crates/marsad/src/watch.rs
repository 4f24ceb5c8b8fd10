//! `marsad watch`: poll the sources of a sources file, store what is new, raise alerts.
//!
//! One thread does it all, in rounds: for each source that is due (its interval elapsed, and
//! not backing off after errors), fetch it with the validators of its last answer (ETag,
//! Last-Modified); read its items (a feed's items, or the links a page's CSS selector picks);
//! fetch each item not seen before (robots.txt and a per-host delay honoured), extract it and
//! store it through the store's write path, recording the item as seen in the same
//! transaction; then check the new events against the alerts. State lives in the store, so a
//! restart fetches nothing it has. Ctrl-C or SIGTERM stops after the batch in flight.
//!
//! Only the addresses of the sources file and the links of their items are fetched, over
//! http and https, each answer bounded in size and time; anything wrong with a source (an
//! error status, a redirect loop, a body too large, malformed XML) fails that source, is
//! logged and kept in its status, and the source backs off exponentially.

use crate::store_cmd::{guarded, DbArg, FilterArgs};
use anyhow::{Context, Result};
use clap::Args;
use marsad_extract::Extractor;
use marsad_ingest::Dates;
use marsad_model::Article;
use marsad_store::{EventFilter, SqliteStore, Store, StoredEvent, WatchedItem};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

/// Arguments of `marsad watch`.
#[derive(Args, Debug)]
pub struct WatchArgs {
    /// The sources file (TOML): [[source]] tables to poll and [[alert]] rules; see
    /// examples/sources.toml.
    #[arg(value_name = "SOURCES.toml")]
    pub sources: PathBuf,
    #[command(flatten)]
    pub db: DbArg,
    /// Poll every source once (those backing off after errors excepted), deliver the alerts,
    /// and exit 0: for cron and tests.
    #[arg(long)]
    pub once: bool,
}

pub const AFTER_HELP: &str = "Examples:\n  marsad watch examples/sources.toml --db events.db           # runs until Ctrl-C or SIGTERM\n  marsad watch sources.toml --db events.db --once             # one round, for cron\n  marsad stats --sources --db events.db                       # each source's status\n\nThe sources file:\n  [[source]]\n  name = \"example feed\"\n  url = \"https://example.org/rss.xml\"\n  kind = \"feed\"            # or \"page\": a page listing articles, with selector = \"CSS\"\n  interval = \"10m\"\n  language = \"ar\"\n\n  [[alert]]\n  name = \"Syria, deadly\"\n  country = \"SY\"           # also: type, near = \"LAT,LON,KM\", bbox, actor, text\n  min_fatalities = 1\n  file = \"alerts.jsonl\"    # and/or webhook = \"https://...\"\n\nRelative paths in the file are read from the file's folder. See docs/FORMAT.md.";

// ---------------------------------------------------------------------------------------
// the sources file

#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
struct FileForm {
    #[serde(default)]
    watch: Settings,
    #[serde(default, rename = "source")]
    sources: Vec<SourceForm>,
    #[serde(default, rename = "alert")]
    alerts: Vec<AlertForm>,
}

/// `[watch]`: settings of the watcher itself.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields, default)]
struct Settings {
    /// Least time between two requests to the same host.
    host_delay: String,
    /// Most time one request may take, body included.
    timeout: String,
    /// Largest answer read, in bytes.
    max_bytes: u64,
    /// Most redirects followed.
    max_redirects: u32,
    /// Most new items fetched from one source in one round (the rest wait for the next).
    max_items: usize,
    /// Longest wait after errors.
    max_backoff: String,
    /// Where the event links of alerts point (a `marsad serve`).
    link_base: String,
    /// Tries of a webhook before the alert goes to the dead-letter file.
    webhook_tries: u32,
    /// Wait after the first failed try (doubled each time).
    webhook_retry: String,
    /// Alerts no webhook took, one JSON line each.
    dead_letter: String,
    /// The User-Agent sent, and the name looked up in robots.txt.
    user_agent: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            host_delay: "1s".into(),
            timeout: "30s".into(),
            max_bytes: 8 << 20,
            max_redirects: 5,
            max_items: 50,
            max_backoff: "6h".into(),
            link_base: "http://127.0.0.1:8080".into(),
            webhook_tries: 4,
            webhook_retry: "1s".into(),
            dead_letter: "alerts-dead-letter.jsonl".into(),
            user_agent: concat!("marsad/", env!("CARGO_PKG_VERSION")).into(),
        }
    }
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct SourceForm {
    name: String,
    url: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    interval: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    selector: Option<String>,
}

/// A string or a list of strings.
#[derive(Deserialize, Debug)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn list(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => s.split(',').map(|x| x.trim().to_string()).collect(),
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct AlertForm {
    name: String,
    #[serde(default)]
    country: Option<OneOrMany>,
    #[serde(default, rename = "type")]
    types: Option<OneOrMany>,
    #[serde(default)]
    near: Option<String>,
    #[serde(default)]
    bbox: Option<String>,
    #[serde(default)]
    actor: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    min_fatalities: Option<u32>,
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    webhook: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SourceKind {
    Feed,
    Page,
}

#[derive(Debug, Clone)]
struct Source {
    name: String,
    url: String,
    kind: SourceKind,
    interval: Duration,
    selector: Option<scraper::Selector>,
}

#[derive(Debug, Clone)]
struct Alert {
    name: String,
    filter: FilterArgs,
    min_fatalities: Option<u32>,
    file: Option<PathBuf>,
    webhook: Option<String>,
}

#[derive(Debug)]
struct Config {
    host_delay: Duration,
    timeout: Duration,
    max_bytes: u64,
    max_redirects: u32,
    max_items: usize,
    max_backoff: Duration,
    link_base: String,
    webhook_tries: u32,
    webhook_retry: Duration,
    dead_letter: PathBuf,
    user_agent: String,
    sources: Vec<Source>,
    alerts: Vec<Alert>,
}

/// "500ms", "30s", "10m", "2h", "1d".
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a duration (e.g. 30s, 10m, 2h)"))?;
    let secs = match unit.trim() {
        "ms" => n / 1000.0,
        "s" | "" => n,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        "d" => n * 86400.0,
        _ => return Err(format!("{s:?}: unknown unit {unit:?} (ms, s, m, h or d)")),
    };
    if !secs.is_finite() || secs < 0.0 || secs > 366.0 * 86400.0 {
        return Err(format!("{s:?}: out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

fn is_http(url: &str) -> bool {
    let l = url.to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://")) && host_of(url).is_some()
}

/// `scheme://host[:port]` of an http(s) address, lower case.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let auth = &rest[..end];
    let auth = auth.rsplit_once('@').map(|(_, h)| h).unwrap_or(auth);
    if auth.is_empty() {
        return None;
    }
    Some(format!(
        "{}://{}",
        scheme.to_ascii_lowercase(),
        auth.to_ascii_lowercase()
    ))
}

fn host_of(url: &str) -> Option<String> {
    origin_of(url).map(|o| o.split_once("://").map(|x| x.1.to_string()).unwrap_or(o))
}

/// The path and query of an address (`/` when none).
fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map(|x| x.1).unwrap_or(url);
    let p = rest.find(['/', '?']).map(|i| &rest[i..]).unwrap_or("/");
    let p = p.split('#').next().unwrap_or("/");
    if p.starts_with('?') {
        format!("/{p}")
    } else {
        p.to_string()
    }
}

/// `href` read against the page at `base`: absolute, scheme-relative, root-relative or
/// relative; the fragment dropped. None for anything but http(s) (mailto:, javascript:...).
fn resolve_link(base: &str, href: &str) -> Option<String> {
    let h = href.trim();
    let h = h.split('#').next().unwrap_or("");
    if h.is_empty() {
        return None;
    }
    let lower = h.to_ascii_lowercase();
    let abs = if lower.starts_with("http://") || lower.starts_with("https://") {
        h.to_string()
    } else if h.starts_with("//") {
        let scheme = base.split_once("://")?.0;
        format!("{scheme}:{h}")
    } else if lower
        .split(['/', '?'])
        .next()
        .is_some_and(|first| first.contains(':'))
    {
        return None; // another scheme
    } else if h.starts_with('/') {
        format!("{}{h}", origin_of(base)?)
    } else {
        let origin = origin_of(base)?;
        let path = path_of(base);
        let path = path.split('?').next().unwrap_or("/");
        let dir = &path[..path.rfind('/').map(|i| i + 1).unwrap_or(1)];
        let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
        let (rel, query) = match h.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (h, None),
        };
        let trailing = rel.ends_with('/') || rel.ends_with("/.") || rel.ends_with("/..");
        for seg in rel.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                s => parts.push(s),
            }
        }
        let mut out = format!("{origin}/{}", parts.join("/"));
        if trailing && !out.ends_with('/') {
            out.push('/');
        }
        if let Some(q) = query {
            out.push('?');
            out.push_str(q);
        }
        out
    };
    is_http(&abs).then_some(abs)
}

fn load(path: &Path) -> Result<Config> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the sources file", path.display()))?;
    let form: FileForm =
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let at = |what: String| anyhow::anyhow!("{}: {what}", path.display());
    let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
    let rel = |p: &str| -> PathBuf {
        let p = PathBuf::from(p);
        if p.is_absolute() {
            p
        } else {
            dir.join(p)
        }
    };
    let s = &form.watch;
    let dur = |key: &str, v: &str| parse_duration(v).map_err(|e| at(format!("[watch] {key}: {e}")));
    let mut sources = Vec::new();
    let mut names = std::collections::HashSet::new();
    for (i, f) in form.sources.into_iter().enumerate() {
        let here = format!("[[source]] {} ({:?})", i + 1, f.name);
        if f.name.trim().is_empty() {
            return Err(at(format!("[[source]] {}: name is empty", i + 1)));
        }
        if !names.insert(f.name.clone()) {
            return Err(at(format!("{here}: another source has this name")));
        }
        if !is_http(&f.url) {
            return Err(at(format!(
                "{here}: url {:?} is not an http:// or https:// address",
                f.url
            )));
        }
        let kind = match f.kind.as_deref().unwrap_or("feed") {
            "feed" => SourceKind::Feed,
            "page" => SourceKind::Page,
            k => {
                return Err(at(format!(
                    "{here}: kind {k:?}: expected \"feed\" or \"page\""
                )))
            }
        };
        let interval = parse_duration(f.interval.as_deref().unwrap_or("15m"))
            .map_err(|e| at(format!("{here}: interval: {e}")))?;
        if let Some(l) = &f.language {
            if l != "ar" {
                eprintln!("marsad watch: {}: {here}: language {l:?}: events are read from Arabic text only", path.display());
            }
        }
        let selector = match &f.selector {
            Some(css) => Some(
                scraper::Selector::parse(css)
                    .map_err(|e| at(format!("{here}: selector {css:?}: {e}")))?,
            ),
            None => None,
        };
        if selector.is_some() && kind == SourceKind::Feed {
            return Err(at(format!(
                "{here}: a selector is for kind = \"page\" sources"
            )));
        }
        sources.push(Source {
            name: f.name,
            url: f.url,
            kind,
            interval: interval.max(Duration::from_secs(1)),
            selector,
        });
    }
    let mut alerts = Vec::new();
    let mut anames = std::collections::HashSet::new();
    for (i, a) in form.alerts.into_iter().enumerate() {
        let here = format!("[[alert]] {} ({:?})", i + 1, a.name);
        if a.name.trim().is_empty() {
            return Err(at(format!("[[alert]] {}: name is empty", i + 1)));
        }
        if !anames.insert(a.name.clone()) {
            return Err(at(format!("{here}: another alert has this name")));
        }
        let filter = FilterArgs {
            country: a.country.map(OneOrMany::list).unwrap_or_default(),
            types: a.types.map(OneOrMany::list).unwrap_or_default(),
            near: a
                .near
                .as_deref()
                .map(crate::store_cmd::parse_near)
                .transpose()
                .map_err(|e| at(format!("{here}: near: {e}")))?,
            bbox: a
                .bbox
                .as_deref()
                .map(crate::store_cmd::parse_bbox)
                .transpose()
                .map_err(|e| at(format!("{here}: bbox: {e}")))?,
            actor: a.actor,
            text: a.text,
            ..Default::default()
        };
        filter
            .check()
            .map_err(|e| at(format!("{here}: {}", e.to_string().replace("--", ""))))?;
        if a.file.is_none() && a.webhook.is_none() {
            return Err(at(format!(
                "{here}: says nowhere to deliver: give file = \"...\" and/or webhook = \"https://...\""
            )));
        }
        if let Some(w) = &a.webhook {
            if !is_http(w) {
                return Err(at(format!(
                    "{here}: webhook {w:?} is not an http:// or https:// address"
                )));
            }
        }
        alerts.push(Alert {
            name: a.name,
            filter,
            min_fatalities: a.min_fatalities,
            file: a.file.as_deref().map(rel),
            webhook: a.webhook,
        });
    }
    if sources.is_empty() {
        return Err(at("no [[source]] to watch".into()));
    }
    Ok(Config {
        host_delay: dur("host_delay", &s.host_delay)?,
        timeout: dur("timeout", &s.timeout)?.max(Duration::from_millis(100)),
        max_bytes: s.max_bytes.max(1024),
        max_redirects: s.max_redirects,
        max_items: s.max_items.max(1),
        max_backoff: dur("max_backoff", &s.max_backoff)?,
        link_base: s.link_base.trim_end_matches('/').to_string(),
        webhook_tries: s.webhook_tries.max(1),
        webhook_retry: dur("webhook_retry", &s.webhook_retry)?,
        dead_letter: rel(&s.dead_letter),
        user_agent: s.user_agent.clone(),
        sources,
        alerts,
    })
}

// ---------------------------------------------------------------------------------------
// time

fn now_text() -> String {
    time_text(SystemTime::now())
}

fn time_text(t: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(t)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

fn today() -> chrono::NaiveDate {
    chrono::DateTime::<chrono::Utc>::from(SystemTime::now()).date_naive()
}

fn log(msg: impl AsRef<str>) {
    eprintln!("{} marsad watch: {}", now_text(), msg.as_ref());
}

// ---------------------------------------------------------------------------------------
// robots.txt

/// The rules of a robots.txt for one user agent: (allow, pattern).
#[derive(Debug, Clone, Default)]
pub struct Robots {
    rules: Vec<(bool, String)>,
}

impl Robots {
    /// Everything allowed.
    fn allow_all() -> Self {
        Robots::default()
    }

    /// Everything disallowed.
    fn deny_all() -> Self {
        Robots {
            rules: vec![(false, "/".into())],
        }
    }

    /// The group for `agent` (its product token, matched case-insensitively), else `*`.
    pub fn parse(text: &str, agent: &str) -> Robots {
        let agent = agent
            .split('/')
            .next()
            .unwrap_or(agent)
            .trim()
            .to_ascii_lowercase();
        let (mut mine, mut star) = (Vec::new(), Vec::new());
        let (mut found_mine, mut found_star) = (false, false);
        let mut group_agents: Vec<String> = Vec::new();
        let mut in_rules = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((k, v)) = line.split_once(':') else {
                continue;
            };
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim());
            match k.as_str() {
                "user-agent" => {
                    if in_rules {
                        group_agents.clear();
                        in_rules = false;
                    }
                    group_agents.push(v.to_ascii_lowercase());
                }
                "allow" | "disallow" => {
                    in_rules = true;
                    let allow = k == "allow";
                    if v.is_empty() {
                        // "Disallow:" with nothing allows everything; still marks the group
                    }
                    let is_mine = group_agents
                        .iter()
                        .any(|a| a != "*" && agent.contains(a.as_str()));
                    let is_star = group_agents.iter().any(|a| a == "*");
                    if is_mine {
                        found_mine = true;
                        if !v.is_empty() {
                            mine.push((allow, v.to_string()));
                        }
                    }
                    if is_star {
                        found_star = true;
                        if !v.is_empty() {
                            star.push((allow, v.to_string()));
                        }
                    }
                }
                _ => {}
            }
        }
        let _ = found_star;
        Robots {
            rules: if found_mine { mine } else { star },
        }
    }

    /// May this path (with its query) be fetched? The longest matching rule decides; an
    /// allow wins a tie.
    pub fn allows(&self, path: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for (allow, pat) in &self.rules {
            if pattern_matches(pat, path) {
                let len = pat.len();
                best = match best {
                    Some((l, a)) if l > len || (l == len && a) => Some((l, a)),
                    _ => Some((len, *allow)),
                };
            }
        }
        best.is_none_or(|(_, a)| a)
    }
}

/// A robots.txt pattern: a prefix, with `*` for any run of characters and a final `$` for
/// the end of the path.
fn pattern_matches(pat: &str, path: &str) -> bool {
    let (pat, anchored) = match pat.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pat, false),
    };
    let parts: Vec<&str> = pat.split('*').collect();
    let mut pos = 0usize;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            if !path.starts_with(part) {
                return false;
            }
            pos = part.len();
            continue;
        }
        if i == parts.len() - 1 && anchored {
            return path.len() >= pos + part.len() && path.ends_with(part);
        }
        match path[pos..].find(part) {
            Some(k) => pos += k + part.len(),
            None => return false,
        }
    }
    !anchored || pos == path.len()
}

// ---------------------------------------------------------------------------------------
// fetching

/// An answer worth reading.
struct Got {
    url: String,
    ctype: String,
    bytes: Vec<u8>,
    etag: Option<String>,
    last_modified: Option<String>,
}

enum Fetched {
    NotModified,
    Body(Got),
}

struct Fetcher {
    agent: ureq::Agent,
    delay: Duration,
    max_bytes: u64,
    user_agent: String,
    last: HashMap<String, Instant>,
    robots: HashMap<String, (Robots, Instant)>,
    stop: Arc<AtomicBool>,
}

impl Fetcher {
    fn new(cfg: &Config, stop: Arc<AtomicBool>) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(cfg.timeout))
            .http_status_as_error(false)
            .max_redirects(cfg.max_redirects)
            .user_agent(&cfg.user_agent)
            .build()
            .into();
        Fetcher {
            agent,
            delay: cfg.host_delay,
            max_bytes: cfg.max_bytes,
            user_agent: cfg.user_agent.clone(),
            last: HashMap::new(),
            robots: HashMap::new(),
            stop,
        }
    }

    /// Wait for the host's turn (the per-host delay), unless asked to stop.
    fn pace(&mut self, url: &str) {
        let host = host_of(url).unwrap_or_default();
        if let Some(t) = self.last.get(&host) {
            let due = *t + self.delay;
            while Instant::now() < due && !self.stop.load(Ordering::Relaxed) {
                std::thread::sleep((due - Instant::now()).min(Duration::from_millis(100)));
            }
        }
        self.last.insert(host, Instant::now());
    }

    fn get(
        &mut self,
        url: &str,
        etag: Option<&str>,
        since: Option<&str>,
    ) -> Result<Fetched, String> {
        if !is_http(url) {
            return Err(format!(
                "{url}: not an http:// or https:// address: not fetched"
            ));
        }
        self.pace(url);
        let mut req = self.agent.get(url);
        if let Some(e) = etag {
            req = req.header("If-None-Match", e);
        }
        if let Some(s) = since {
            req = req.header("If-Modified-Since", s);
        }
        let mut resp = req.call().map_err(|e| format!("{url}: {e}"))?;
        let status = resp.status().as_u16();
        if status == 304 {
            return Ok(Fetched::NotModified);
        }
        if !(200..300).contains(&status) {
            return Err(format!("{url}: HTTP status {status}"));
        }
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let ctype = header("content-type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let etag = header("etag");
        let last_modified = header("last-modified");
        let final_url = {
            use ureq::ResponseExt;
            resp.get_uri().to_string()
        };
        if !is_http(&final_url) {
            return Err(format!("{url}: redirected to {final_url}, not http(s)"));
        }
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(self.max_bytes)
            .read_to_vec()
            .map_err(|e| {
                format!(
                    "{url}: cannot read the answer (at most {} bytes are read): {e}",
                    self.max_bytes
                )
            })?;
        Ok(Fetched::Body(Got {
            url: final_url,
            ctype,
            bytes,
            etag,
            last_modified,
        }))
    }

    /// May `url` be fetched, by its host's robots.txt (read once an hour)? A robots.txt
    /// that is missing (4xx) allows everything; one that cannot be read (5xx, no answer)
    /// allows nothing until it can.
    fn allowed(&mut self, url: &str) -> bool {
        let Some(origin) = origin_of(url) else {
            return false;
        };
        let fresh = self
            .robots
            .get(&origin)
            .is_some_and(|(_, at)| at.elapsed() < Duration::from_secs(3600));
        if !fresh {
            let robots_url = format!("{origin}/robots.txt");
            let r = match self.get(&robots_url, None, None) {
                Ok(Fetched::Body(g)) => {
                    Robots::parse(&String::from_utf8_lossy(&g.bytes), &self.user_agent)
                }
                Ok(Fetched::NotModified) => Robots::allow_all(),
                Err(e) if e.contains("HTTP status 4") => Robots::allow_all(),
                Err(e) => {
                    log(format!("robots.txt of {origin} cannot be read ({e}): nothing fetched there until it can"));
                    // asked again after 10 minutes, not the hour a readable one is kept
                    let at = Instant::now()
                        .checked_sub(Duration::from_secs(3000))
                        .unwrap_or_else(Instant::now);
                    self.robots.insert(origin.clone(), (Robots::deny_all(), at));
                    return false;
                }
            };
            self.robots.insert(origin.clone(), (r, Instant::now()));
        }
        self.robots
            .get(&origin)
            .is_some_and(|(r, _)| r.allows(&path_of(url)))
    }
}

// ---------------------------------------------------------------------------------------
// one source

/// An item of a source: where its article is, and what the source said of it.
struct ItemRef {
    key: String,
    link: Option<String>,
    title: Option<String>,
    published: Option<chrono::NaiveDate>,
    text: String,
    source_title: Option<String>,
}

/// What a poll of one source did.
#[derive(Default)]
struct PollReport {
    items: usize,
    seen: usize,
    new: usize,
    events: usize,
    failed: usize,
    first_error: Option<String>,
    not_modified: bool,
}

fn charset(ctype: &str) -> Option<String> {
    marsad_ingest::encoding::charset_param(ctype).map(str::to_string)
}

/// The items of a fetched source.
fn items_of(src: &Source, got: &Got) -> Result<(Vec<ItemRef>, Option<String>), String> {
    let cs = charset(&got.ctype);
    match src.kind {
        SourceKind::Feed => {
            let d = marsad_ingest::encoding::decode(
                &got.bytes,
                cs.as_deref(),
                marsad_ingest::encoding::Doc::Xml,
            );
            // entity declarations are how XML bombs grow; no news feed needs them (the
            // reader never expands them, but an item of unexpanded references is no article)
            let prolog = &d.text[..d
                .text
                .find("<rss")
                .or_else(|| d.text.find("<feed"))
                .or_else(|| d.text.find("<rdf:RDF"))
                .unwrap_or(0)];
            if prolog.contains("<!ENTITY") {
                return Err(
                    "the feed declares XML entities (<!ENTITY>), as XML bombs do: not read".into(),
                );
            }
            if !marsad_ingest::feed::looks_like_feed(&d.text) {
                return Err(
                    "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> near its start)".into(),
                );
            }
            let (feed, err) = marsad_ingest::feed::parse(&d.text);
            let mut out = Vec::new();
            for (i, it) in feed.items.into_iter().enumerate() {
                let link = it.url.as_deref().and_then(|u| resolve_link(&got.url, u));
                let key = it
                    .guid
                    .clone()
                    .filter(|g| !g.trim().is_empty())
                    .or_else(|| link.clone())
                    .unwrap_or_else(|| {
                        format!("text:{:016x}", marsad_text::hash::fx_str(&it.text))
                    });
                if link.is_none() && it.text.trim().is_empty() {
                    log(format!(
                        "{}: item {} has neither a link nor text: skipped",
                        src.name,
                        i + 1
                    ));
                    continue;
                }
                out.push(ItemRef {
                    key,
                    link,
                    title: it.title,
                    published: it.published,
                    text: it.text,
                    source_title: feed.title.clone(),
                });
            }
            let err = err.map(|e| format!("malformed feed: {e}"));
            if out.is_empty() {
                if let Some(e) = err {
                    return Err(e);
                }
            }
            Ok((out, err))
        }
        SourceKind::Page => {
            let d = marsad_ingest::encoding::decode(
                &got.bytes,
                cs.as_deref(),
                marsad_ingest::encoding::Doc::Html,
            );
            marsad_ingest::html::check_limits(&d.text)?;
            let doc = scraper::Html::parse_document(&d.text);
            let all = scraper::Selector::parse("a[href]").expect("a valid selector");
            let sel = src.selector.as_ref().unwrap_or(&all);
            let own_host = host_of(&got.url);
            let mut seen = std::collections::HashSet::new();
            let mut out = Vec::new();
            for el in doc.select(sel) {
                // the selector may pick the links or elements that hold them
                let hrefs: Vec<&str> = match el.value().attr("href") {
                    Some(h) => vec![h],
                    None => el
                        .select(&all)
                        .filter_map(|a| a.value().attr("href"))
                        .collect(),
                };
                for h in hrefs {
                    let Some(link) = resolve_link(&got.url, h) else {
                        continue;
                    };
                    // without a selector, only the page's own site is followed
                    if src.selector.is_none() && host_of(&link) != own_host {
                        continue;
                    }
                    if link == got.url || !seen.insert(link.clone()) {
                        continue;
                    }
                    out.push(ItemRef {
                        key: link.clone(),
                        link: Some(link),
                        title: None,
                        published: None,
                        text: String::new(),
                        source_title: None,
                    });
                }
            }
            Ok((out, None))
        }
    }
}

/// The article of an item: its page read for the main text, or the feed's own text when the
/// page has none.
fn article_of(
    fetcher: &mut Fetcher,
    src: &Source,
    it: &ItemRef,
) -> Result<Option<Article>, String> {
    let from_feed = |url: Option<String>| {
        (!it.text.trim().is_empty()).then(|| Article {
            id: it.key.clone(),
            published: it.published.unwrap_or_else(today),
            title: it.title.clone(),
            source: it.source_title.clone().or_else(|| Some(src.name.clone())),
            url,
            text: it.text.clone(),
        })
    };
    let Some(link) = &it.link else {
        return Ok(from_feed(None));
    };
    if !fetcher.allowed(link) {
        // noted as seen (not asked again), not an error of the source
        log(format!(
            "{}: {link}: robots.txt does not allow it: not fetched",
            src.name
        ));
        return Ok(None);
    }
    let got = match fetcher.get(link, None, None)? {
        Fetched::Body(g) => g,
        Fetched::NotModified => return Err(format!("{link}: 304 to a request without validators")),
    };
    let dates = Dates {
        published: it.published.or_else(|| Some(today())),
        modified: None,
    };
    let cs = charset(&got.ctype);
    match marsad_ingest::html_doc(&got.bytes, cs.as_deref(), &got.url, Some(&got.url), &dates) {
        Ok(mut d) => {
            if d.article.url.as_deref().is_none_or(|u| !is_http(u)) {
                d.article.url = Some(got.url.clone());
            }
            if d.article.title.is_none() {
                d.article.title = it.title.clone();
            }
            if d.article.source.is_none() {
                d.article.source = it.source_title.clone().or_else(|| Some(src.name.clone()));
            }
            if let Some(p) = it.published {
                d.article.published = p;
            }
            if d.article.text.len() > crate::store_cmd::MAX_ARTICLE_BYTES {
                return Err(format!(
                    "{link}: the article's text is over {} bytes",
                    crate::store_cmd::MAX_ARTICLE_BYTES
                ));
            }
            Ok(Some(d.article))
        }
        Err(e) => match from_feed(Some(got.url.clone())) {
            Some(a) => Ok(Some(a)),
            None => {
                log(format!("{}: {link}: {e}: nothing stored", src.name));
                Ok(None)
            }
        },
    }
}

/// Items fetched and stored per transaction: a stop request waits for at most one batch.
const BATCH: usize = 8;

fn poll(
    store: &SqliteStore,
    x: &Extractor<'_>,
    fetcher: &mut Fetcher,
    cfg: &Config,
    src: &Source,
    stop: &AtomicBool,
) -> Result<PollReport> {
    let state = store.watch_source(&src.name, &src.url)?;
    let mut rep = PollReport::default();
    let fail = |rep: PollReport, e: String| -> Result<PollReport> {
        let now = now_text();
        let (n, until) = store.watch_failure(&src.name, &e, &now, |n| {
            let base = src
                .interval
                .min(Duration::from_secs(300))
                .max(Duration::from_secs(1));
            let wait = base
                .saturating_mul(1u32 << n.min(20))
                .min(cfg.max_backoff.max(base));
            time_text(SystemTime::now() + wait)
        })?;
        log(format!(
            "{}: failed ({e}); {n} failure(s) in a row, next try after {until}",
            src.name
        ));
        Ok(PollReport {
            first_error: Some(e),
            ..rep
        })
    };
    if !fetcher.allowed(&src.url) {
        return fail(
            rep,
            format!(
                "{}: robots.txt does not allow it, or cannot be read",
                src.url
            ),
        );
    }
    let got = match fetcher.get(
        &src.url,
        state.etag.as_deref(),
        state.last_modified.as_deref(),
    ) {
        Ok(Fetched::NotModified) => {
            store.watch_success(&src.name, None, None, &now_text())?;
            rep.not_modified = true;
            return Ok(rep);
        }
        Ok(Fetched::Body(g)) => g,
        Err(e) => return fail(rep, e),
    };
    let (items, feed_error) = match guarded(|| items_of(src, &got)) {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => return fail(rep, format!("{}: {e}", src.url)),
        Err(why) => return fail(rep, format!("{}: {why}", src.url)),
    };
    rep.items = items.len();
    let mut todo = Vec::new();
    for it in items {
        if store.watch_seen(&src.name, &it.key, it.link.as_deref())? {
            rep.seen += 1;
        } else {
            todo.push(it);
        }
    }
    let complete = todo.len() <= cfg.max_items;
    todo.truncate(cfg.max_items);
    let mut stopped = false;
    for chunk in todo.chunks(BATCH) {
        if stop.load(Ordering::Relaxed) {
            stopped = true;
            break;
        }
        let mut docs = Vec::new();
        for it in chunk {
            // a fault while reading one page is a bug, but it fails that item alone
            let got = guarded(|| article_of(fetcher, src, it))
                .unwrap_or_else(|why| Err(format!("{}: {why}", it.key)));
            match got {
                Ok(Some(a)) => docs.push((it, a)),
                Ok(None) => {
                    store.watch_skip(&src.name, &it.key, it.link.as_deref(), &now_text())?
                }
                Err(e) => {
                    log(format!("{}: {e}", src.name));
                    rep.failed += 1;
                    rep.first_error.get_or_insert(e);
                }
            }
        }
        let mut batch = Vec::new();
        for (it, article) in docs {
            match guarded(|| x.article_events(&article).events) {
                Ok(events) => batch.push(WatchedItem {
                    key: it.key.clone(),
                    url: it.link.clone(),
                    article,
                    events,
                }),
                Err(why) => {
                    rep.failed += 1;
                    rep.first_error.get_or_insert(format!(
                        "article {}: extraction failed ({why})",
                        article.id
                    ));
                }
            }
        }
        if !batch.is_empty() {
            let outs = store.watch_put(&src.name, &batch, &now_text())?;
            for o in outs {
                if matches!(
                    o.status,
                    marsad_store::PutStatus::New | marsad_store::PutStatus::Updated
                ) {
                    rep.new += usize::from(matches!(o.status, marsad_store::PutStatus::New));
                    rep.events += o.events;
                }
            }
        }
    }
    if let Some(e) = feed_error {
        // the items before the break were read and stored; the source still failed
        return fail(rep, format!("{}: {e}", src.url));
    }
    // validators are kept only when every item was taken care of: otherwise the next poll
    // would be answered "not modified" and the items left would never be fetched
    let whole = complete && !stopped && rep.failed == 0;
    let now = now_text();
    store.watch_success(
        &src.name,
        if whole { got.etag.as_deref() } else { None },
        if whole {
            got.last_modified.as_deref()
        } else {
            None
        },
        &now,
    )?;
    Ok(rep)
}

// ---------------------------------------------------------------------------------------
// alerts

fn why_fired(a: &Alert, e: &StoredEvent, fused: Option<&marsad_store::FusedEvent>) -> Vec<String> {
    let mut why = Vec::new();
    let ev = &e.event;
    let loc = ev.location.as_ref();
    let f = &a.filter;
    if !f.country.is_empty() {
        why.push(format!(
            "country {} is one of {}",
            loc.and_then(|l| l.country.clone()).unwrap_or_default(),
            f.country.join(", ")
        ));
    }
    if !f.types.is_empty() {
        why.push(format!(
            "type {} / {} is one of {}",
            ev.event_type,
            ev.sub_event_type,
            f.types.join(", ")
        ));
    }
    let point = loc.and_then(|l| Some((l.lat?, l.lon?)));
    if let (Some(n), Some((lat, lon))) = (f.near, point) {
        let km = marsad_model::distance_km(n.lat, n.lon, lat, lon);
        why.push(format!(
            "{:.1} km from {},{} (within {} km), at {}",
            km,
            n.lat,
            n.lon,
            n.km,
            loc.map(|l| l.name.clone().unwrap_or_else(|| l.text.clone()))
                .unwrap_or_default()
        ));
    }
    if let (Some(b), Some((lat, lon))) = (f.bbox, point) {
        why.push(format!(
            "at {lat},{lon}, inside the box {},{},{},{}",
            b.min_lon, b.min_lat, b.max_lon, b.max_lat
        ));
    }
    if let Some(act) = &f.actor {
        let names: Vec<String> = [&ev.actor1, &ev.actor2]
            .into_iter()
            .flatten()
            .map(|a| {
                if a.canonical.is_empty() {
                    a.text.clone()
                } else {
                    format!("{} ({})", a.canonical, a.text)
                }
            })
            .collect();
        why.push(format!("actor matches {act:?}: {}", names.join("; ")));
    }
    if let Some(t) = &f.text {
        why.push(format!("the article has the words {t:?}"));
    }
    if let Some(m) = a.min_fatalities {
        let own = ev.fatalities.unwrap_or(0);
        match fused.and_then(|f| Some((f.fatalities.best?, f.report_count))) {
            Some((best, n)) if own < u64::from(m) => why.push(format!(
                "{best} killed by the best count of the {n} reports of its event (at least {m})"
            )),
            _ => why.push(format!("{own} killed (at least {m})")),
        }
    }
    if why.is_empty() {
        why.push("every new event (the alert has no condition)".into());
    }
    why
}

fn append_line(path: &Path, line: &str) -> std::io::Result<()> {
    if let Some(d) = path.parent() {
        if !d.as_os_str().is_empty() {
            std::fs::create_dir_all(d)?;
        }
    }
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    // one write of the whole line: concurrent appenders never interleave inside it
    f.write_all(format!("{line}\n").as_bytes())?;
    f.flush()
}

fn post(agent: &ureq::Agent, url: &str, body: &str) -> Result<(), String> {
    let resp = agent
        .post(url)
        .content_type("application/json")
        .send(body)
        .map_err(|e| e.to_string())?;
    let s = resp.status().as_u16();
    if (200..300).contains(&s) {
        Ok(())
    } else {
        Err(format!("HTTP status {s}"))
    }
}

/// Check every item whose events wait for the alerts; deliver what matches. Returns the
/// alerts fired.
fn deliver_alerts(store: &SqliteStore, cfg: &Config, agent: &ureq::Agent) -> Result<usize> {
    let mut fired = 0;
    for due in store.watch_alerts_due()? {
        for a in &cfg.alerts {
            let filter = EventFilter {
                article: Some(due.article_id),
                ..a.filter.filter(None, 0)
            };
            let mut events = store.events(&filter)?.events;
            events.sort_by_key(|e| e.id);
            for e in events {
                // the real event this report tells, as fused so far
                let fused = match e.fused_id {
                    Some(id) => store.fused(id)?,
                    None => None,
                };
                if let Some(m) = a.min_fatalities {
                    let best = fused.as_ref().and_then(|f| f.fatalities.best).unwrap_or(0);
                    if e.event.fatalities.unwrap_or(0).max(best) < u64::from(m) {
                        continue;
                    }
                }
                // recorded before it is delivered: an event fires an alert at most once
                if !store.watch_fire(&a.name, e.id, &now_text())? {
                    continue;
                }
                fired += 1;
                let msg = serde_json::json!({
                    "alert": a.name,
                    "why": why_fired(a, &e, fused.as_ref()),
                    "event_id": e.id,
                    "link": format!("{}/?event={}", cfg.link_base, e.id),
                    "api": format!("{}/api/events/{}", cfg.link_base, e.id),
                    "fused_id": e.fused_id,
                    "fused_api": e.fused_id.map(|id| format!("{}/api/fused/{id}", cfg.link_base)),
                    "reports": fused.as_ref().map(|f| f.report_count),
                    "fatalities": fused.as_ref().map(|f| &f.fatalities),
                    "article_url": e.article.url,
                    "source": due.source,
                    "fired_at": now_text(),
                    "event": e,
                });
                let line = serde_json::to_string(&msg)?;
                if let Some(p) = &a.file {
                    if let Err(err) = append_line(p, &line) {
                        log(format!(
                            "alert {:?}: cannot write {}: {err}",
                            a.name,
                            p.display()
                        ));
                    }
                }
                if let Some(url) = &a.webhook {
                    let mut wait = cfg.webhook_retry;
                    let mut last = String::new();
                    let mut ok = false;
                    for t in 0..cfg.webhook_tries {
                        if t > 0 {
                            std::thread::sleep(wait);
                            wait = wait.saturating_mul(2);
                        }
                        match post(agent, url, &line) {
                            Ok(()) => {
                                ok = true;
                                break;
                            }
                            Err(e) => last = e,
                        }
                    }
                    if !ok {
                        log(format!(
                            "alert {:?}: webhook {url} failed {} times ({last}); kept in {}",
                            a.name,
                            cfg.webhook_tries,
                            cfg.dead_letter.display()
                        ));
                        let dead = serde_json::json!({"webhook": url, "error": last, "tries": cfg.webhook_tries, "alert": msg});
                        if let Err(err) = append_line(&cfg.dead_letter, &dead.to_string()) {
                            log(format!(
                                "cannot write the dead-letter file {}: {err}",
                                cfg.dead_letter.display()
                            ));
                        }
                    }
                }
            }
        }
        store.watch_alerts_done(&due.source, &due.key)?;
    }
    Ok(fired)
}

// ---------------------------------------------------------------------------------------
// the command

/// Ctrl-C and SIGTERM set `stop` (the server's signal listener, on a thread of its own).
fn on_signal(stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let rt = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => {
                log(format!("cannot listen for signals: {e}"));
                return;
            }
        };
        rt.block_on(marsad_server::shutdown_signal());
        log("stopping after the batch in flight");
        stop.store(true, Ordering::SeqCst);
    });
}

/// `marsad watch`.
pub fn run(args: WatchArgs) -> Result<i32> {
    let cfg = load(&args.sources)?;
    let store = args.db.open()?;
    let stop = Arc::new(AtomicBool::new(false));
    on_signal(stop.clone());
    let x = Extractor::embedded();
    let mut fetcher = Fetcher::new(&cfg, stop.clone());
    let mut next: HashMap<String, Instant> = HashMap::new();
    log(format!(
        "{} sources, {} alerts, store {}",
        cfg.sources.len(),
        cfg.alerts.len(),
        store.path().display()
    ));
    // alerts left from a run that stopped before delivering them
    deliver_alerts(&store, &cfg, &fetcher.agent)?;
    let mut rounds = 0u64;
    loop {
        let round_start = Instant::now();
        let (mut new, mut events, mut failed_sources) = (0usize, 0usize, 0usize);
        for src in &cfg.sources {
            if stop.load(Ordering::Relaxed) {
                break;
            }
            if next.get(&src.name).is_some_and(|t| Instant::now() < *t) {
                continue;
            }
            let state = store.watch_source(&src.name, &src.url)?;
            if let Some(until) = &state.retry_after {
                if *until > now_text() {
                    if args.once || !next.contains_key(&src.name) {
                        log(format!(
                            "{}: backing off after {} failure(s), until {until}",
                            src.name, state.failures
                        ));
                    }
                    next.insert(src.name.clone(), Instant::now() + Duration::from_secs(1));
                    continue;
                }
            }
            next.insert(src.name.clone(), Instant::now() + src.interval);
            let rep = poll(&store, &x, &mut fetcher, &cfg, src, &stop)?;
            new += rep.new;
            events += rep.events;
            if rep.first_error.is_some() && rep.items == 0 {
                failed_sources += 1;
            } else if rep.not_modified {
                log(format!("{}: not modified", src.name));
            } else {
                log(format!(
                    "{}: {} items, {} seen before, {} new articles, {} events{}",
                    src.name,
                    rep.items,
                    rep.seen,
                    rep.new,
                    rep.events,
                    if rep.failed > 0 {
                        format!(
                            ", {} failed ({})",
                            rep.failed,
                            rep.first_error.as_deref().unwrap_or("")
                        )
                    } else {
                        String::new()
                    }
                ));
            }
            let fired = deliver_alerts(&store, &cfg, &fetcher.agent)?;
            if fired > 0 {
                log(format!("{fired} alerts fired"));
            }
        }
        rounds += 1;
        if args.once || stop.load(Ordering::Relaxed) {
            log(format!(
                "round {rounds} done in {:.1} s: {new} new articles, {events} events, {failed_sources} sources failed",
                round_start.elapsed().as_secs_f64()
            ));
            break;
        }
        // sleep until the next source is due, waking to notice a stop
        let wake = next
            .values()
            .min()
            .copied()
            .unwrap_or_else(|| Instant::now() + Duration::from_secs(60));
        while Instant::now() < wake && !stop.load(Ordering::Relaxed) {
            std::thread::sleep((wake - Instant::now()).min(Duration::from_millis(100)));
        }
        if stop.load(Ordering::Relaxed) {
            break;
        }
    }
    if stop.load(Ordering::Relaxed) {
        log("stopped");
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10m").unwrap(), Duration::from_secs(600));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("2h").unwrap(), Duration::from_secs(7200));
        assert!(parse_duration("ten minutes").is_err());
        assert!(parse_duration("5y").is_err());
    }

    #[test]
    fn links_are_resolved_against_the_page() {
        let base = "https://example.org/news/list.html?page=2";
        assert_eq!(
            resolve_link(base, "/a/1").as_deref(),
            Some("https://example.org/a/1")
        );
        assert_eq!(
            resolve_link(base, "item/7#top").as_deref(),
            Some("https://example.org/news/item/7")
        );
        assert_eq!(
            resolve_link(base, "../x?y=1").as_deref(),
            Some("https://example.org/x?y=1")
        );
        assert_eq!(
            resolve_link(base, "//cdn.example.org/z").as_deref(),
            Some("https://cdn.example.org/z")
        );
        assert_eq!(
            resolve_link(base, "HTTP://Example.org/Q").as_deref(),
            Some("HTTP://Example.org/Q")
        );
        for bad in [
            "mailto:a@example.org",
            "javascript:void(0)",
            "file:///etc/passwd",
            "ftp://example.org/f",
            "#top",
            "",
        ] {
            assert_eq!(resolve_link(base, bad), None, "{bad}");
        }
    }

    /// The example shipped in the repository is a valid sources file.
    #[test]
    fn the_example_sources_file_loads() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/sources.toml");
        let c = load(&p).unwrap();
        assert!(c.sources.len() >= 5);
        assert!(c.sources.iter().all(|s| s.url.starts_with("https://")));
        assert_eq!(c.alerts[0].filter.country, vec!["SY".to_string()]);
        assert_eq!(c.alerts[0].min_fatalities, Some(1));
        assert!(c.alerts[1].filter.near.is_some());
    }

    #[test]
    fn robots_rules() {
        let txt = "User-agent: *\nDisallow: /private/\nAllow: /private/open\n\nUser-agent: otherbot\nDisallow: /\n";
        let r = Robots::parse(txt, "marsad/0.1.0");
        assert!(r.allows("/news/1"));
        assert!(!r.allows("/private/x"));
        assert!(r.allows("/private/open/1"));
        let mine = "User-agent: *\nDisallow:\n\nUser-agent: marsad\nDisallow: /*.pdf$\nDisallow: /search\n";
        let r = Robots::parse(mine, "marsad/0.1.0");
        assert!(!r.allows("/files/a.pdf"));
        assert!(r.allows("/files/a.pdf?x=1"));
        assert!(!r.allows("/search?q=1"));
        assert!(r.allows("/"));
        assert!(Robots::parse("", "marsad").allows("/anything"));
    }
}
