//! The SQLite store: one file, WAL, foreign keys, schema migrations, an R*Tree for points and
//! FTS5 over folded text.
//!
//! Threads: one writer connection behind a mutex (writes are serialized, as SQLite wants),
//! and a pool of read connections that grows to the number of threads reading at once. WAL
//! lets readers run while the writer writes. `SqliteStore` is `Send + Sync`: share it in an
//! `Arc`. [`SqliteStore::open_read_only`] opens without a writer (a server that only reads).
//!
//! Durability: `synchronous=NORMAL` in WAL mode: a committed transaction survives the
//! process being killed at any moment; a power cut may lose the last transactions but never
//! leaves a half-written article.

use crate::api::*;
use crate::copies::Standing;
use crate::review::{self, AuditEntry, NewEvent, Review, ReviewAction, ReviewStatus, Reviewer};
use crate::signature::{self, MinHash};
use crate::StoreError;
use chrono::NaiveDate;
use marsad_model::{Article, Event};
use rusqlite::functions::FunctionFlags;
use rusqlite::types::Value;
use rusqlite::{
    params, params_from_iter, Connection, OpenFlags, OptionalExtension, TransactionBehavior,
};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The schema, one migration per version. `PRAGMA user_version` holds the version reached.
/// Migrations only ever get appended.
const MIGRATIONS: &[&str] = &[
    // 1: articles, events, near-duplicate bands, the point index and the text index
    r#"
    CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        ext_id       TEXT NOT NULL,
        url          TEXT,
        text_hash    INTEGER NOT NULL,
        published    TEXT NOT NULL,
        title        TEXT,
        source       TEXT,
        text         TEXT NOT NULL,
        duplicate_of INTEGER REFERENCES articles(id),
        similarity   REAL,
        signature    BLOB
    );
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_text_hash ON articles(text_hash);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
    CREATE TABLE article_bands (
        band       INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_type     TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        date_start     TEXT NOT NULL,
        date_end       TEXT NOT NULL,
        country        TEXT,
        lat            REAL,
        lon            REAL,
        actors         TEXT NOT NULL,
        sentence_text  TEXT,
        record         TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_date ON events(date_start);
    CREATE INDEX events_country ON events(country, date_start);
    CREATE INDEX events_type ON events(event_type, date_start);
    CREATE INDEX events_sub_type ON events(sub_event_type, date_start);
    CREATE VIRTUAL TABLE events_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
    CREATE VIRTUAL TABLE articles_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
    "#,
    // 2: the country and date indexes cover every filter column but the point and the text,
    // so counting a filter's events never reads the (large) event rows
    r#"
    DROP INDEX events_country;
    DROP INDEX events_date;
    CREATE INDEX events_country ON events(country, date_start, date_end, event_type, sub_event_type, actors);
    CREATE INDEX events_date ON events(date_start, date_end, country, event_type, sub_event_type, actors);
    "#,
    // 3: the same for the article index, which a text search goes through
    r#"
    DROP INDEX events_article;
    CREATE INDEX events_article ON events(article_id, date_start, date_end, country, event_type, sub_event_type);
    "#,
    // 4: fusion: every report names its fused event; the candidate index (type family x day x
    // place cell), the pairs the rule joins, and the fused events
    r#"
    ALTER TABLE events ADD COLUMN fused_id INTEGER;
    CREATE INDEX events_fused ON events(fused_id);
    CREATE TABLE fuse_cells (
        family   TEXT NOT NULL,
        day      INTEGER NOT NULL,
        cell     INTEGER NOT NULL,
        event_id INTEGER NOT NULL,
        PRIMARY KEY (family, day, cell, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX fuse_cells_event ON fuse_cells(event_id);
    CREATE TABLE fuse_links (
        a INTEGER NOT NULL,
        b INTEGER NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE TABLE fused (
        id             INTEGER PRIMARY KEY,
        event_type     TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        date_start     TEXT NOT NULL,
        date_end       TEXT NOT NULL,
        country        TEXT,
        lat            REAL,
        lon            REAL,
        fatalities     INTEGER,
        reports        INTEGER NOT NULL,
        outlets        INTEGER NOT NULL,
        record         TEXT NOT NULL
    );
    CREATE INDEX fused_date ON fused(date_start);
    "#,
    // 5: `marsad watch`: each source's state (HTTP validators, backoff, status), the items
    // already stored (so a restart fetches nothing it has) and the alerts already fired
    r#"
    CREATE TABLE watch_sources (
        name          TEXT PRIMARY KEY,
        url           TEXT NOT NULL,
        etag          TEXT,
        last_modified TEXT,
        last_attempt  TEXT,
        last_success  TEXT,
        last_error    TEXT,
        last_error_at TEXT,
        failures      INTEGER NOT NULL DEFAULT 0,
        retry_after   TEXT,
        articles      INTEGER NOT NULL DEFAULT 0,
        events        INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE watch_items (
        source     TEXT NOT NULL,
        key        TEXT NOT NULL,
        url        TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        seen_at    TEXT NOT NULL,
        alerts_due INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (source, key)
    );
    CREATE INDEX watch_items_url ON watch_items(url) WHERE url IS NOT NULL;
    CREATE INDEX watch_items_due ON watch_items(alerts_due) WHERE alerts_due = 1;
    CREATE TABLE watch_alerts (
        alert    TEXT NOT NULL,
        event_id INTEGER NOT NULL,
        fired_at TEXT NOT NULL,
        PRIMARY KEY (alert, event_id)
    );
    "#,
    // 6: the analysts' review. An event row holds the record as it stands (the reviewer's
    // when reviewed) with its status; `reviews` keeps every reviewed record (it survives the
    // article's re-extraction, which rewrites `events`) with the machine's record beside it;
    // `audit` is the log of every action, append-only (triggers refuse changes); reviewers
    // are kept with the SHA-256 of their token only.
    r#"
    ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'machine';
    ALTER TABLE events ADD COLUMN reviewer TEXT;
    ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE events ADD COLUMN disagrees TEXT;
    CREATE INDEX events_status ON events(status, date_start);
    CREATE TABLE reviews (
        event_id    INTEGER PRIMARY KEY,
        article_id  INTEGER NOT NULL REFERENCES articles(id),
        origin      TEXT NOT NULL,
        status      TEXT NOT NULL,
        reviewer    TEXT NOT NULL,
        version     INTEGER NOT NULL,
        record      TEXT NOT NULL,
        machine     TEXT,
        disagrees   TEXT
    );
    CREATE INDEX reviews_article ON reviews(article_id);
    CREATE TABLE audit (
        seq        INTEGER PRIMARY KEY,
        event_id   INTEGER NOT NULL,
        reviewer   TEXT NOT NULL,
        at         TEXT NOT NULL,
        action     TEXT NOT NULL,
        before     TEXT,
        after      TEXT NOT NULL,
        note       TEXT
    );
    CREATE INDEX audit_event ON audit(event_id, seq);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TABLE reviewers (
        name       TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        added      TEXT NOT NULL
    );
    "#,
    // 7: the covering indexes hold the fused event too, so a page of fused events and its
    // total (the fused events of the matching reports) are found without reading event rows
    r#"
    DROP INDEX events_country;
    DROP INDEX events_date;
    DROP INDEX events_article;
    CREATE INDEX events_country ON events(country, date_start, date_end, event_type, sub_event_type, actors, fused_id);
    CREATE INDEX events_date ON events(date_start, date_end, country, event_type, sub_event_type, actors, fused_id);
    CREATE INDEX events_article ON events(article_id, date_start, date_end, country, event_type, sub_event_type, fused_id);
    "#,
    // 8: copies keep the machine's records (the columns of `events`), so that a copy that
    // becomes the original of its near copies gets its events back without being extracted
    // again; copies are signed and in the band index too (done in Rust on this step, see
    // `copies::sign_copies`)
    r#"
    CREATE TABLE copy_events (
        id             INTEGER PRIMARY KEY,
        article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_type     TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        date_start     TEXT NOT NULL,
        date_end       TEXT NOT NULL,
        country        TEXT,
        lat            REAL,
        lon            REAL,
        actors         TEXT NOT NULL,
        sentence_text  TEXT,
        record         TEXT NOT NULL
    );
    CREATE INDEX copy_events_article ON copy_events(article_id);
    "#,
];

/// The version from which copies keep their records and are in the band index.
const COPY_RECORDS_VERSION: u32 = 8;

/// The newest schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The SQLite implementation of [`Store`]. See the module docs for threads and durability.
pub struct SqliteStore {
    path: PathBuf,
    /// Read as an immutable file (read-only media without its `-wal`/`-shm`).
    immutable: bool,
    writer: Option<Mutex<Connection>>,
    readers: Mutex<Vec<Connection>>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .field("read_only", &self.writer.is_none())
            .finish()
    }
}

const KM_PER_DEG_LAT: f64 = 111.32;

pub use marsad_model::distance_km;

fn add_functions(c: &Connection) -> rusqlite::Result<()> {
    c.create_scalar_function(
        "marsad_km",
        4,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let a: Option<f64> = ctx.get(0)?;
            let b: Option<f64> = ctx.get(1)?;
            let c: f64 = ctx.get(2)?;
            let d: f64 = ctx.get(3)?;
            Ok(match (a, b) {
                (Some(a), Some(b)) => Some(distance_km(a, b, c, d)),
                _ => None,
            })
        },
    )
}

impl SqliteStore {
    /// Open (or create) the store at `path`, creating its folder, and bring the schema up to
    /// date. Fails with [`StoreError::SchemaTooNew`] on a file from a newer marsad.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref().to_path_buf();
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)?;
            }
        }
        let mut c = Connection::open(&path)?;
        // The busy timeout first: another process may be creating or migrating this file
        // right now, and switching to WAL waits for it like any write.
        Self::configure(&c)?;
        // the writer reads back the reports fusion compares (candidates, the components it
        // fuses again): a page cache of 24 MiB keeps the recent ones in memory
        c.pragma_update(None, "cache_size", -24576)?;
        wal_mode(&c)?;
        migrate(&mut c)?;
        fuse_unfused(&mut c)?;
        Ok(SqliteStore {
            path,
            immutable: false,
            writer: Some(Mutex::new(c)),
            readers: Mutex::new(Vec::new()),
        })
    }

    /// Open an existing store for reading only (no writer connection; `put` fails). Any
    /// number of threads may read through it at once.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref().to_path_buf();
        if !path.exists() {
            return Err(StoreError::Io(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{}: no store here", path.display()),
            )));
        }
        let mut s = SqliteStore {
            path,
            immutable: false,
            writer: None,
            readers: Mutex::new(Vec::new()),
        };
        let version = |s: &SqliteStore| -> Result<u32, StoreError> {
            let c = s.reader()?;
            let v = c.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            s.give_back(c);
            Ok(v)
        };
        let v = match version(&s) {
            Ok(v) => v,
            // A WAL store on read-only media, copied without its `-wal` and `-shm`: SQLite
            // cannot create the `-shm` it reads through, and says "unable to open database
            // file" (or, when an empty `-shm` is there, "readonly database"). With no `-wal` beside it, the main file holds every committed write and
            // nothing can change it: read it as immutable (no locks, no `-shm`).
            Err(StoreError::Backend(e))
                if matches!(e.downcast_ref::<rusqlite::Error>(), Some(rusqlite::Error::SqliteFailure(f, _)) if matches!(f.code, rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly))
                    && !side_file(&s.path, "-wal").exists() =>
            {
                s.immutable = true;
                version(&s)?
            }
            Err(e) => return Err(e),
        };
        if v > SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found: v,
                supported: SCHEMA_VERSION,
            });
        }
        if v < SCHEMA_VERSION {
            // a store from an older marsad: bring its schema up to date first (the read
            // path reads the newer columns); a file on read-only media cannot be
            if s.immutable {
                return Err(StoreError::Invalid(format!(
                    "{}: the store is at schema version {v} and on read-only media; open it once where it can be written to bring it to version {SCHEMA_VERSION}",
                    s.path.display()
                )));
            }
            drop(Self::open(&s.path)?);
            s.readers = Mutex::new(Vec::new());
        }
        Ok(s)
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn configure(c: &Connection) -> Result<(), StoreError> {
        c.pragma_update(None, "foreign_keys", "ON")?;
        c.pragma_update(None, "synchronous", "NORMAL")?;
        c.busy_timeout(std::time::Duration::from_secs(10))?;
        add_functions(c)?;
        Ok(())
    }

    fn reader(&self) -> Result<Connection, StoreError> {
        if let Some(c) = self.readers.lock().map_err(|_| poisoned())?.pop() {
            return Ok(c);
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let c = if self.immutable {
            Connection::open_with_flags(immutable_uri(&self.path), flags)?
        } else {
            Connection::open_with_flags(&self.path, flags)?
        };
        Self::configure(&c)?;
        Ok(c)
    }

    fn give_back(&self, c: Connection) {
        if let Ok(mut v) = self.readers.lock() {
            if v.len() < 16 {
                v.push(c);
            }
        }
    }

    pub(crate) fn with_reader<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let c = self.reader()?;
        let out = f(&c);
        self.give_back(c);
        out
    }

    /// A canonical dump of everything stored (articles in id order with their events), for
    /// comparing two stores: equal dumps mean equal stores.
    pub fn dump(&self) -> Result<String, StoreError> {
        self.with_reader(|c| {
            let mut out = String::new();
            // one line per row: a tag, then the row's values
            let mut table = |tag: &str, sql: &str| -> Result<(), StoreError> {
                let mut st = c.prepare(sql)?;
                let n = st.column_count();
                let mut rows = st.query([])?;
                while let Some(r) = rows.next()? {
                    let vals: Vec<Value> = (0..n).map(|i| r.get::<_, Value>(i)).collect::<Result<_, _>>()?;
                    out.push_str(&format!("{tag} {vals:?}\n"));
                }
                Ok(())
            };
            table("A", "SELECT id, ext_id, url, text_hash, published, title, source, text, duplicate_of, similarity, hex(signature) FROM articles ORDER BY id")?;
            table("E", "SELECT id, article_id, event_type, sub_event_type, date_start, date_end, country, lat, lon, actors, sentence_text, record, fused_id FROM events ORDER BY id")?;
            table("U", "SELECT id, record FROM fused ORDER BY id")?;
            table("L", "SELECT a, b FROM fuse_links ORDER BY a, b")?;
            table("G", "SELECT id, min_lat, max_lat, min_lon, max_lon FROM events_geo ORDER BY id")?;
            table("B", "SELECT band, article_id FROM article_bands ORDER BY band, article_id")?;
            table("C", "SELECT id, article_id, record FROM copy_events ORDER BY id")?;
            table("F", "SELECT rowid FROM articles_fts ORDER BY rowid")?;
            Ok(out)
        })
    }

    /// Check the file's integrity (SQLite's `integrity_check`, and foreign keys).
    pub fn check(&self) -> Result<(), StoreError> {
        self.with_reader(|c| {
            let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            if ok != "ok" {
                return Err(StoreError::Invalid(format!("integrity check: {ok}")));
            }
            let bad: i64 =
                c.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                    r.get(0)
                })?;
            if bad != 0 {
                return Err(StoreError::Invalid(format!(
                    "{bad} rows break foreign keys"
                )));
            }
            Ok(())
        })
    }
}

/// `store.db-wal` and the like.
fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// The `file:` URI that opens `path` as an immutable file: the path percent-encoded where
/// URI syntax needs it (SQLite's URI rules: `?` and `#` end the path, `%` escapes).
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for b in path.as_os_str().as_encoded_bytes() {
        match b {
            b'?' | b'#' | b'%' => uri.push_str(&format!("%{b:02X}")),
            _ if b.is_ascii() && !b.is_ascii_control() => uri.push(*b as char),
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

fn poisoned() -> StoreError {
    StoreError::Invalid("a thread panicked while holding the store".into())
}

/// Switch the file to WAL. The switch needs the file to itself, and SQLite answers "busy"
/// at once rather than calling the busy handler when another process holds it (creating
/// the same new store at the same moment): wait for it, as any write would, up to 10 s.
fn wal_mode(c: &Connection) -> Result<(), StoreError> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        match c.pragma_update(None, "journal_mode", "WAL") {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            r => return Ok(r?),
        }
    }
}

/// Fuse the reports of a store written before fusion (once, after the migration).
fn fuse_unfused(c: &mut Connection) -> Result<(), StoreError> {
    let any: Option<i64> = c
        .query_row(
            "SELECT 1 FROM events WHERE fused_id IS NULL AND status <> 'rejected' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if any.is_none() {
        return Ok(());
    }
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    crate::fusion::fuse_unfused(&tx)?;
    tx.commit()?;
    Ok(())
}

/// Bring the schema up to date, one migration per write transaction. The version is read
/// inside the transaction that applies the next step: another process creating or migrating
/// the same file at the same moment holds the write lock until it commits, and we then see
/// the version it reached instead of applying its steps a second time.
fn migrate(c: &mut Connection) -> Result<(), StoreError> {
    loop {
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let v: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if v > SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found: v,
                supported: SCHEMA_VERSION,
            });
        }
        let Some(sql) = MIGRATIONS.get(v as usize) else {
            return Ok(());
        };
        tx.execute_batch(sql)?;
        if v + 1 == COPY_RECORDS_VERSION {
            crate::copies::sign_copies(&tx)?;
        }
        tx.pragma_update(None, "user_version", v + 1)?;
        tx.commit()?;
    }
}

/// The text the full-text index holds for an article: every word of its title and text,
/// folded by `marsad_text`, each followed by its clitic readings (so `الباغوز` finds
/// `وبالباغوز`). Queries are folded the same way ([`fts_query`]).
pub fn fts_body(title: Option<&str>, text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut push = |s: &str| {
        for t in marsad_text::tokenize(s) {
            if !matches!(
                t.kind,
                marsad_text::TokenKind::Word | marsad_text::TokenKind::Number
            ) {
                continue;
            }
            for (i, r) in marsad_text::readings(&t.norm).iter().enumerate() {
                if i == 0 || r.stem != t.norm {
                    out.push_str(r.stem);
                    out.push(' ');
                }
            }
            if marsad_text::readings(&t.norm).is_empty() {
                out.push_str(&t.norm);
                out.push(' ');
            }
        }
        out.push('\n');
    };
    if let Some(t) = title {
        push(t);
    }
    push(text);
    out
}

/// An FTS5 query from the user's words: folded, every word required (with or without its
/// article), each quoted so that no word is read as FTS syntax. None when no word is left.
pub fn fts_query(q: &str) -> Option<String> {
    let words: Vec<String> = marsad_text::tokenize(q)
        .into_iter()
        .filter(|t| {
            matches!(
                t.kind,
                marsad_text::TokenKind::Word | marsad_text::TokenKind::Number
            )
        })
        .map(|t| {
            // the word itself, or without its article (the index holds every reading of the
            // text's words, so `بالباغوز` and `الباغوز` both find `باغوز`)
            let mut alts = vec![t.norm.to_string()];
            for r in marsad_text::readings(&t.norm) {
                if r.definite && !alts.iter().any(|a| a == r.stem) {
                    alts.push(r.stem.to_string());
                }
            }
            let alts: Vec<String> = alts
                .iter()
                .map(|a| format!("\"{}\"", a.replace('"', "")))
                .collect();
            format!("({})", alts.join(" OR "))
        })
        .collect();
    if words.is_empty() {
        None
    } else {
        Some(words.join(" AND "))
    }
}

/// The `actors` column: canonical names and folded words of both actors and the claimant,
/// `|`-separated, searched by substring.
fn actors_field(e: &Event) -> String {
    let mut s = String::from("|");
    for a in [&e.actor1, &e.actor2].into_iter().flatten() {
        s.push_str(&a.canonical.to_lowercase());
        s.push('|');
        s.push_str(&marsad_text::fold(&a.text));
        s.push('|');
    }
    if let Some(c) = &e.claimed_by {
        s.push_str(&marsad_text::fold(&c.text));
        s.push('|');
    }
    s
}

fn like_pattern(q: &str) -> String {
    let f = marsad_text::fold(q.trim()).to_lowercase();
    let mut s = String::from("%");
    for ch in f.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            s.push('\\');
        }
        s.push(ch);
    }
    s.push('%');
    s
}

struct Existing {
    id: i64,
    url: Option<String>,
    duplicate_of: Option<i64>,
}

fn find_existing(
    tx: &Connection,
    art: &Article,
    th: i64,
) -> rusqlite::Result<(Option<Existing>, bool)> {
    let row = |r: &rusqlite::Row<'_>| {
        Ok(Existing {
            id: r.get(0)?,
            url: r.get(1)?,
            duplicate_of: r.get(2)?,
        })
    };
    if let Some(u) = &art.url {
        if let Some(e) = tx
            .query_row(
                "SELECT id, url, duplicate_of FROM articles WHERE url = ?1",
                [u],
                row,
            )
            .optional()?
        {
            return Ok((Some(e), true));
        }
    }
    let e = tx
        .query_row(
            "SELECT id, url, duplicate_of FROM articles WHERE text_hash = ?1 ORDER BY id LIMIT 1",
            [th],
            row,
        )
        .optional()?;
    Ok((e, false))
}

fn events_json(events: &[Event]) -> Result<Vec<String>, StoreError> {
    events
        .iter()
        .take(MAX_EVENTS_PER_ARTICLE)
        .map(|e| serde_json::to_string(e).map_err(StoreError::from))
        .collect()
}

fn stored_records(tx: &Connection, id: i64) -> rusqlite::Result<Vec<String>> {
    // the machine's records: a reviewed record's machine record is kept in `reviews`
    let mut st = tx.prepare_cached(
        "SELECT id, record FROM events WHERE article_id = ?1 AND status = 'machine'
         UNION ALL SELECT event_id, machine FROM reviews WHERE article_id = ?1 AND origin = 'machine' AND machine IS NOT NULL
         ORDER BY 1",
    )?;
    let v = st.query_map([id], |r| r.get(1))?.collect();
    v
}

fn delete_content(tx: &Connection, id: i64) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM events_geo WHERE id IN (SELECT id FROM events WHERE article_id = ?1)",
        [id],
    )?;
    tx.execute("DELETE FROM events WHERE article_id = ?1", [id])?;
    tx.execute("DELETE FROM article_bands WHERE article_id = ?1", [id])?;
    tx.execute("DELETE FROM articles_fts WHERE rowid = ?1", [id])?;
    Ok(())
}

fn insert_content(
    tx: &Connection,
    id: i64,
    art: &Article,
    events: &[Event],
    records: &[String],
    sig: Option<&MinHash>,
) -> rusqlite::Result<()> {
    if let Some(sig) = sig {
        crate::copies::index_bands(tx, id, sig)?;
    }
    if events.is_empty() {
        return Ok(());
    }
    tx.prepare_cached("INSERT INTO articles_fts (rowid, body) VALUES (?1, ?2)")?
        .execute(params![id, fts_body(art.title.as_deref(), &art.text)])?;
    insert_rows(tx, Rows::Events, id, art, events, records)
}

/// Where an article's records go: `events` (an original's, with their points) or
/// `copy_events` (a copy's, kept for the day it becomes an original).
#[derive(Clone, Copy, PartialEq)]
enum Rows {
    Events,
    Copy,
}

fn insert_rows(
    tx: &Connection,
    into: Rows,
    id: i64,
    art: &Article,
    events: &[Event],
    records: &[String],
) -> rusqlite::Result<()> {
    let table = match into {
        Rows::Events => "events",
        Rows::Copy => "copy_events",
    };
    let mut st = tx.prepare_cached(&format!(
        "INSERT INTO {table} (id, article_id, event_type, sub_event_type, date_start, date_end, country, lat, lon, actors, sentence_text, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?;
    let mut geo = tx.prepare_cached("INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?1, ?2, ?2, ?3, ?3)")?;
    for (ord, (e, rec)) in events.iter().zip(records).enumerate() {
        let eid = id * MAX_EVENTS_PER_ARTICLE as i64 + ord as i64;
        let loc = e.location.as_ref();
        let (lat, lon) = (loc.and_then(|l| l.lat), loc.and_then(|l| l.lon));
        let sentence = e.sentence.map(|s| s.slice(&art.text).to_string());
        st.execute(params![
            eid,
            id,
            e.event_type,
            e.sub_event_type,
            e.date.range.start.to_string(),
            e.date.range.end.to_string(),
            loc.and_then(|l| l.country.clone()),
            lat,
            lon,
            actors_field(e),
            sentence,
            rec
        ])?;
        if into == Rows::Events {
            if let (Some(la), Some(lo)) = (lat, lon) {
                geo.execute(params![eid, la, lo])?;
            }
        }
    }
    Ok(())
}

/// The outcome of a put whose article now stands as `st`.
fn outcome(
    id: i64,
    st: Standing,
    as_original: PutStatus,
    events: usize,
    others: Vec<Recast>,
) -> PutOutcome {
    match st {
        Standing::Original => PutOutcome {
            article_id: id,
            status: as_original,
            events,
            others,
        },
        Standing::Copy { of, similarity } => PutOutcome {
            article_id: id,
            status: PutStatus::Duplicate { of, similarity },
            events: 0,
            others,
        },
    }
}

/// Settle the group of article `id` again after its text or its rank changed; `before` are
/// the articles near it before the change (they may lose it as their original).
fn resettle(tx: &Connection, id: i64, before: Vec<(i64, f32)>) -> Result<Vec<Recast>, StoreError> {
    let mut seeds = vec![id];
    seeds.extend(before.into_iter().map(|(m, _)| m));
    let mut others = crate::copies::settle(tx, &seeds)?;
    others.retain(|r| r.article_id != id);
    Ok(others)
}

fn put_one(tx: &Connection, art: &Article, events: &[Event]) -> Result<PutOutcome, StoreError> {
    let folded = marsad_text::fold(&art.text);
    let th = signature::text_hash_folded(&folded);
    let records = events_json(events)?;
    let (existing, by_url) = find_existing(tx, art, th)?;
    if let Some(ex) = existing {
        // the same text at another address is another article (near the one that has it:
        // the rule of copies says which of them keeps the events)
        let other_address = !by_url && ex.url.is_some() && art.url.is_some();
        if !other_address {
            if ex.duplicate_of.is_some() {
                return put_known_copy(tx, ex.id, art, th, &folded, events, &records);
            }
            return put_known(tx, ex, by_url, art, th, &folded, events, &records);
        }
    }
    // a new article: in the band index first (copies too), then placed among its near copies
    let sig = MinHash::of_folded(&folded);
    let id = insert_article(tx, art, th, None, sig.as_ref())?;
    if let Some(sig) = &sig {
        crate::copies::index_bands(tx, id, sig)?;
    }
    let near = crate::copies::near(tx, id, th, sig.as_ref())?;
    let (st, others) = crate::copies::place_new(tx, id, &near)?;
    match st {
        Standing::Copy { .. } => insert_rows(tx, Rows::Copy, id, art, events, &records)?,
        Standing::Original => {
            insert_content(tx, id, art, events, &records, None)?;
            if !records.is_empty() {
                crate::fusion::fuse_article(tx, id, Vec::new())?;
            }
        }
    }
    Ok(outcome(id, st, PutStatus::New, records.len(), others))
}

/// A known copy again: what it says is refreshed (the link kept) and its records kept;
/// when its text or its rank changed, its group is settled again (it may become an
/// original, or make others copies).
fn put_known_copy(
    tx: &Connection,
    id: i64,
    art: &Article,
    th: i64,
    folded: &str,
    events: &[Event],
    records: &[String],
) -> Result<PutOutcome, StoreError> {
    let published = art.published.to_string();
    let (old_ext, old_th, old_pub, old_text, old_sig): (
        String,
        i64,
        String,
        String,
        Option<Vec<u8>>,
    ) = tx.query_row(
        "SELECT ext_id, text_hash, published, text, signature FROM articles WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    let moved = old_ext != art.id || old_th != th || old_pub != published;
    let before = if moved {
        let sig = old_sig.as_deref().and_then(MinHash::from_bytes);
        crate::copies::near(tx, id, old_th, sig.as_ref())?
    } else {
        Vec::new()
    };
    tx.execute(
        "UPDATE articles SET ext_id=?2, text_hash=?3, published=?4, title=?5, source=?6, text=?7 WHERE id=?1",
        params![id, art.id, th, published, art.title, art.source, art.text],
    )?;
    if old_th != th {
        let sig = MinHash::of_folded(folded);
        tx.execute("DELETE FROM article_bands WHERE article_id = ?1", [id])?;
        tx.execute(
            "UPDATE articles SET signature = ?2 WHERE id = ?1",
            params![id, sig.as_ref().map(|s| s.to_bytes())],
        )?;
        if let Some(sig) = &sig {
            crate::copies::index_bands(tx, id, sig)?;
        }
    }
    if old_text != art.text || crate::copies::kept_records(tx, id)? != records {
        tx.execute("DELETE FROM copy_events WHERE article_id = ?1", [id])?;
        insert_rows(tx, Rows::Copy, id, art, events, records)?;
    }
    let others = if moved {
        resettle(tx, id, before)?
    } else {
        Vec::new()
    };
    let st = crate::copies::standing(tx, id)?;
    Ok(outcome(id, st, PutStatus::Updated, records.len(), others))
}

/// A known original again: unchanged, or its content replaced (reviewed records put back);
/// when its text or its rank changed, its group is settled again.
#[allow(clippy::too_many_arguments)]
fn put_known(
    tx: &Connection,
    ex: Existing,
    by_url: bool,
    art: &Article,
    th: i64,
    folded: &str,
    events: &[Event],
    records: &[String],
) -> Result<PutOutcome, StoreError> {
    let published = art.published.to_string();
    let url = art.url.clone().or(ex.url.clone());
    // the same text again (found by its text, or at its address) keeps the id it was
    // first stored under: two ids of one text would otherwise take turns, and every run
    // of the same input would rewrite both. A new text at a known address takes the id
    // it comes with.
    let (stored_id, stored_hash, stored_pub, stored_sig): (String, i64, String, Option<Vec<u8>>) =
        tx.query_row(
            "SELECT ext_id, text_hash, published, signature FROM articles WHERE id = ?1",
            [ex.id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
    let ext_id = if by_url && stored_hash != th {
        art.id.clone()
    } else {
        stored_id.clone()
    };
    // the same article: replace what changed
    let same_meta: bool = tx.query_row(
        "SELECT ext_id IS ?2 AND url IS ?3 AND text_hash = ?4 AND published = ?5 AND title IS ?6 AND source IS ?7 AND text = ?8 FROM articles WHERE id = ?1",
        params![ex.id, ext_id, url, th, published, art.title, art.source, art.text],
        |r| r.get(0),
    )?;
    if same_meta && stored_records(tx, ex.id)? == records {
        return Ok(PutOutcome {
            article_id: ex.id,
            status: PutStatus::Unchanged,
            events: records.len(),
            others: Vec::new(),
        });
    }
    let moved =
        ext_id != stored_id || stored_hash != th || stored_pub != published || url != ex.url;
    let before = if moved {
        let sig = stored_sig.as_deref().and_then(MinHash::from_bytes);
        crate::copies::near(tx, ex.id, stored_hash, sig.as_ref())?
    } else {
        Vec::new()
    };
    let sig = MinHash::of_folded(folded);
    let near = crate::fusion::detach_article(tx, ex.id)?;
    delete_content(tx, ex.id)?;
    tx.execute(
        "UPDATE articles SET ext_id=?2, url=?3, text_hash=?4, published=?5, title=?6, source=?7, text=?8, signature=?9 WHERE id=?1",
        params![ex.id, ext_id, url, th, published, art.title, art.source, art.text, sig.as_ref().map(|s| s.to_bytes())],
    )?;
    insert_content(tx, ex.id, art, events, records, sig.as_ref())?;
    reapply_reviews(tx, ex.id, art, records)?;
    crate::fusion::fuse_article(tx, ex.id, near)?;
    let others = if moved {
        resettle(tx, ex.id, before)?
    } else {
        Vec::new()
    };
    let st = crate::copies::standing(tx, ex.id)?;
    Ok(outcome(
        ex.id,
        st,
        PutStatus::Updated,
        records.len(),
        others,
    ))
}

fn insert_article(
    tx: &Connection,
    art: &Article,
    th: i64,
    copy: Option<(i64, f32)>,
    sig: Option<&MinHash>,
) -> rusqlite::Result<i64> {
    tx.prepare_cached(
        "INSERT INTO articles (ext_id, url, text_hash, published, title, source, text, duplicate_of, similarity, signature)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        art.id,
        art.url,
        th,
        art.published.to_string(),
        art.title,
        art.source,
        art.text,
        copy.map(|c| c.0),
        copy.map(|c| c.1 as f64),
        sig.map(|s| s.to_bytes())
    ])?;
    Ok(tx.last_insert_rowid())
}

/// SQL conditions and parameters for a filter (over `events e`).
fn conditions(f: &EventFilter) -> Result<(String, Vec<Value>), StoreError> {
    let mut w = vec!["1".to_string()];
    let mut p: Vec<Value> = Vec::new();
    if let Some(d) = f.from {
        p.push(Value::Text(d.to_string()));
        w.push(format!("e.date_end >= ?{}", p.len()));
    }
    if let Some(d) = f.to {
        p.push(Value::Text(d.to_string()));
        w.push(format!("e.date_start <= ?{}", p.len()));
    }
    if f.from.zip(f.to).is_some_and(|(a, b)| a > b) {
        // an empty range of days: no event lies in it (an event spanning both days would
        // otherwise pass both bounds)
        w.push("0".into());
    }
    if !f.countries.is_empty() {
        let mut ph = Vec::new();
        for c in &f.countries {
            p.push(Value::Text(c.trim().to_ascii_uppercase()));
            ph.push(format!("?{}", p.len()));
        }
        w.push(format!("e.country IN ({})", ph.join(",")));
    }
    if !f.types.is_empty() {
        let mut ph = Vec::new();
        for t in &f.types {
            p.push(Value::Text(t.trim().to_string()));
            ph.push(format!("?{}", p.len()));
        }
        let ph = ph.join(",");
        w.push(format!(
            "(e.event_type IN ({ph}) OR e.sub_event_type IN ({ph}))"
        ));
    }
    let mut boxes: Vec<BBox> = Vec::new();
    if let Some(b) = f.bbox {
        if !(b.min_lat <= b.max_lat)
            || [b.min_lat, b.max_lat, b.min_lon, b.max_lon]
                .iter()
                .any(|v| !v.is_finite())
        {
            return Err(StoreError::Invalid(
                "bbox: expected west,south,east,north with south <= north".into(),
            ));
        }
        if b.min_lon <= b.max_lon {
            boxes.push(b);
        } else {
            // west > east: the box crosses the antimeridian, as in GeoJSON: points east of
            // its west side or west of its east side
            let a = p.len() + 1;
            p.extend([
                Value::Real(b.min_lat),
                Value::Real(b.max_lat),
                Value::Real(b.min_lon),
                Value::Real(b.max_lon),
            ]);
            w.push(format!(
                "e.id IN (SELECT id FROM events_geo WHERE max_lat >= ?{a} AND min_lat <= ?{} AND (max_lon >= ?{} OR min_lon <= ?{}))",
                a + 1,
                a + 2,
                a + 3
            ));
        }
    }
    if let Some(n) = f.near {
        if !(n.lat.is_finite()
            && n.lon.is_finite()
            && n.km.is_finite()
            && n.km >= 0.0
            && n.lat.abs() <= 90.0)
        {
            return Err(StoreError::Invalid(
                "near: expected lat,lon,km with |lat| <= 90 and km >= 0".into(),
            ));
        }
        let dlat = n.km / KM_PER_DEG_LAT;
        let coslat = (n.lat.abs() + dlat).min(89.9).to_radians().cos();
        let dlon = (n.km / (KM_PER_DEG_LAT * coslat)).min(360.0);
        boxes.push(BBox {
            min_lon: n.lon - dlon,
            min_lat: n.lat - dlat,
            max_lon: n.lon + dlon,
            max_lat: n.lat + dlat,
        });
        p.push(Value::Real(n.lat));
        let a = p.len();
        p.push(Value::Real(n.lon));
        p.push(Value::Real(n.km));
        w.push(format!(
            "marsad_km(e.lat, e.lon, ?{a}, ?{}) <= ?{}",
            a + 1,
            a + 2
        ));
    }
    for b in boxes {
        let a = p.len() + 1;
        p.extend([
            Value::Real(b.min_lat),
            Value::Real(b.max_lat),
            Value::Real(b.min_lon),
            Value::Real(b.max_lon),
        ]);
        w.push(format!(
            "e.id IN (SELECT id FROM events_geo WHERE max_lat >= ?{a} AND min_lat <= ?{} AND max_lon >= ?{} AND min_lon <= ?{})",
            a + 1,
            a + 2,
            a + 3
        ));
    }
    if let Some(a) = f.actor.as_deref().filter(|a| !a.trim().is_empty()) {
        p.push(Value::Text(like_pattern(a)));
        w.push(format!("e.actors LIKE ?{} ESCAPE '\\'", p.len()));
    }
    if let Some(t) = f.text.as_deref() {
        match fts_query(t) {
            Some(q) => {
                p.push(Value::Text(q));
                w.push(format!(
                    "e.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?{})",
                    p.len()
                ));
            }
            None => {
                return Err(StoreError::Invalid(format!(
                    "text: no words to search in {t:?}"
                )))
            }
        }
    }
    if let Some(id) = f.article {
        p.push(Value::Integer(id));
        w.push(format!("e.article_id = ?{}", p.len()));
    }
    if !f.statuses.is_empty() {
        let mut ph = Vec::new();
        for s in &f.statuses {
            p.push(Value::Text(s.as_str().into()));
            ph.push(format!("?{}", p.len()));
        }
        w.push(format!("e.status IN ({})", ph.join(",")));
    }
    if let Some(r) = f.reviewer.as_deref().filter(|r| !r.trim().is_empty()) {
        p.push(Value::Text(r.trim().into()));
        w.push(format!("e.reviewer = ?{}", p.len()));
    }
    Ok((w.join(" AND "), p))
}

pub(crate) const EVENT_COLUMNS: &str =
    "e.id, e.sentence_text, e.record, a.id, a.ext_id, a.published, a.source, a.title, a.url, e.status, e.reviewer, e.version, e.disagrees, e.fused_id";

pub(crate) fn row_event(r: &rusqlite::Row<'_>) -> Result<StoredEvent, StoreError> {
    let record: String = r.get(2)?;
    let published: String = r.get(5)?;
    let status: String = r.get(9)?;
    let disagrees: Option<String> = r.get(12)?;
    Ok(StoredEvent {
        id: r.get(0)?,
        sentence_text: r.get(1)?,
        fused_id: r.get(13)?,
        status: ReviewStatus::parse(&status)
            .ok_or_else(|| StoreError::Invalid(format!("stored status {status:?} is not known")))?,
        reviewer: r.get(10)?,
        version: r.get::<_, i64>(11)? as u64,
        machine_disagrees: match disagrees {
            Some(d) => serde_json::from_str(&d)?,
            None => Vec::new(),
        },
        event: serde_json::from_str(&record)?,
        article: ArticleRef {
            id: r.get(3)?,
            ext_id: r.get(4)?,
            published: parse_day(&published)?,
            source: r.get(6)?,
            title: r.get(7)?,
            url: r.get(8)?,
        },
    })
}

fn parse_day(s: &str) -> Result<NaiveDate, StoreError> {
    s.parse()
        .map_err(|_| StoreError::Invalid(format!("stored date {s:?} is not YYYY-MM-DD")))
}

fn limit_clause(f: &EventFilter) -> String {
    match f.limit {
        Some(n) => format!(" LIMIT {} OFFSET {}", n, f.offset),
        None if f.offset > 0 => format!(" LIMIT -1 OFFSET {}", f.offset),
        None => String::new(),
    }
}

/// Write one record's row (and its point) as it stands: a reviewed record over the
/// machine's, or an added one.
#[allow(clippy::too_many_arguments)]
fn write_event_row(
    tx: &Connection,
    eid: i64,
    article_id: i64,
    art_text: &str,
    e: &Event,
    status: ReviewStatus,
    reviewer: Option<&str>,
    version: u64,
    disagrees: Option<&str>,
) -> Result<(), StoreError> {
    let rec = serde_json::to_string(e)?;
    let loc = e.location.as_ref();
    let (lat, lon) = (loc.and_then(|l| l.lat), loc.and_then(|l| l.lon));
    let sentence = e.sentence.map(|s| s.slice(art_text).to_string());
    let (start, end) = (e.date.range.start.to_string(), e.date.range.end.to_string());
    let country = loc.and_then(|l| l.country.clone());
    let actors = actors_field(e);
    let version = version as i64;
    tx.execute("DELETE FROM events_geo WHERE id = ?1", [eid])?;
    // an UPDATE of the row when it is there (columns this function does not know keep their
    // values), an INSERT when it is not (an added record, or one the machine no longer finds)
    let vals = params![
        eid,
        article_id,
        e.event_type,
        e.sub_event_type,
        start,
        end,
        country,
        lat,
        lon,
        actors,
        sentence,
        rec,
        status.as_str(),
        reviewer,
        version,
        disagrees
    ];
    let n = tx
        .prepare_cached(
            "UPDATE events SET article_id = ?2, event_type = ?3, sub_event_type = ?4, date_start = ?5, date_end = ?6, country = ?7, lat = ?8, lon = ?9,
             actors = ?10, sentence_text = ?11, record = ?12, status = ?13, reviewer = ?14, version = ?15, disagrees = ?16 WHERE id = ?1",
        )?
        .execute(vals)?;
    if n == 0 {
        tx.prepare_cached(
            "INSERT INTO events (id, article_id, event_type, sub_event_type, date_start, date_end, country, lat, lon, actors, sentence_text, record, status, reviewer, version, disagrees)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        )?
        .execute(vals)?;
    }
    if let (Some(la), Some(lo)) = (lat, lon) {
        tx.prepare_cached("INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?1, ?2, ?2, ?3, ?3)")?
            .execute(params![eid, la, lo])?;
    }
    Ok(())
}

/// After an article's re-extraction: put its reviewed records back over the machine's new
/// ones, and note where the machine now says otherwise.
fn reapply_reviews(
    tx: &Connection,
    article_id: i64,
    art: &Article,
    records: &[String],
) -> Result<(), StoreError> {
    let rows: Vec<(i64, String, String, String, i64, String)> = {
        let mut st = tx.prepare_cached("SELECT event_id, origin, status, reviewer, version, record FROM reviews WHERE article_id = ?1 ORDER BY event_id")?;
        let v = st
            .query_map([article_id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        v
    };
    if !rows.is_empty() && records.is_empty() {
        // the reviewed records keep the article searchable
        tx.prepare_cached("INSERT OR REPLACE INTO articles_fts (rowid, body) VALUES (?1, ?2)")?
            .execute(params![
                article_id,
                fts_body(art.title.as_deref(), &art.text)
            ])?;
    }
    for (eid, origin, status, reviewer, version, record) in rows {
        let reviewed: Event = serde_json::from_str(&record)?;
        let ord = (eid - article_id * MAX_EVENTS_PER_ARTICLE as i64) as usize;
        let (machine, disagrees) = if origin == "machine" {
            match records.get(ord) {
                Some(m) => {
                    let me: Event = serde_json::from_str(m)?;
                    let d = review::differences(&reviewed, &me);
                    (
                        Some(m.clone()),
                        (!d.is_empty())
                            .then(|| serde_json::to_string(&d))
                            .transpose()?,
                    )
                }
                None => (None, Some("[\"event\"]".to_string())),
            }
        } else {
            (None, None)
        };
        tx.execute(
            "UPDATE reviews SET machine = ?2, disagrees = ?3 WHERE event_id = ?1",
            params![eid, machine, disagrees],
        )?;
        let status = ReviewStatus::parse(&status)
            .ok_or_else(|| StoreError::Invalid(format!("stored status {status:?} is not known")))?;
        write_event_row(
            tx,
            eid,
            article_id,
            &art.text,
            &reviewed,
            status,
            Some(&reviewer),
            version as u64,
            disagrees.as_deref(),
        )?;
    }
    Ok(())
}

/// One review of the record `id`, in the open write transaction `tx`: the record as it now
/// stands.
fn review_in(tx: &Connection, id: EventId, rv: &Review) -> Result<StoredEvent, StoreError> {
    let cur = read_event(tx, id)?.ok_or_else(|| StoreError::NotFound(format!("no event {id}")))?;
    if cur.version != rv.base {
        return Err(StoreError::Conflict {
            current: cur.version,
            base: rv.base,
        });
    }
    let text: String = tx.query_row(
        "SELECT text FROM articles WHERE id = ?1",
        [cur.article.id],
        |r| r.get(0),
    )?;
    let prior: Option<(String, Option<String>)> = tx
        .query_row(
            "SELECT origin, machine FROM reviews WHERE event_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (origin, machine) = match prior {
        Some((o, m)) => (o, m.map(|m| serde_json::from_str::<Event>(&m)).transpose()?),
        None => ("machine".to_string(), Some(cur.event.clone())),
    };
    let (record, status, note) = match &rv.action {
        ReviewAction::Verify => {
            let same = origin == "machine"
                && machine
                    .as_ref()
                    .is_some_and(|m| review::differences(m, &cur.event).is_empty());
            (
                cur.event.clone(),
                if same {
                    ReviewStatus::Verified
                } else {
                    ReviewStatus::Corrected
                },
                rv.note.clone(),
            )
        }
        ReviewAction::Reject { reason } => (
            cur.event.clone(),
            ReviewStatus::Rejected,
            Some(reason.clone()),
        ),
        ReviewAction::Edit { fields } => {
            let e =
                review::apply_fields(&cur.event, fields, &text).map_err(StoreError::BadField)?;
            let same = origin == "machine"
                && machine
                    .as_ref()
                    .is_some_and(|m| review::differences(m, &e).is_empty());
            (
                e,
                if same {
                    ReviewStatus::Verified
                } else {
                    ReviewStatus::Corrected
                },
                rv.note.clone(),
            )
        }
    };
    let version = cur.version + 1;
    let rec = serde_json::to_string(&record)?;
    // the article's reports are fused again with the record as reviewed (an edited
    // place or date may join or leave an event; a rejected record leaves its event)
    let near = crate::fusion::detach_article(tx, cur.article.id)?;
    write_event_row(
        tx,
        id,
        cur.article.id,
        &text,
        &record,
        status,
        Some(&rv.reviewer),
        version,
        None,
    )?;
    crate::fusion::fuse_article(tx, cur.article.id, near)?;
    tx.execute(
        "INSERT INTO reviews (event_id, article_id, origin, status, reviewer, version, record, machine, disagrees)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL)
         ON CONFLICT(event_id) DO UPDATE SET status = ?4, reviewer = ?5, version = ?6, record = ?7, disagrees = NULL",
        params![id, cur.article.id, origin, status.as_str(), rv.reviewer, version as i64, rec, machine.map(|m| serde_json::to_string(&m)).transpose()?],
    )?;
    tx.execute(
        "INSERT INTO audit (event_id, reviewer, at, action, before, after, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            rv.reviewer,
            rv.at,
            rv.action.name(),
            serde_json::to_string(&review::with_status(&cur.event, cur.status))?,
            serde_json::to_string(&review::with_status(&record, status))?,
            note
        ],
    )?;
    read_event(tx, id)?.ok_or_else(|| StoreError::NotFound(format!("no event {id}")))
}

fn read_event(c: &Connection, id: EventId) -> Result<Option<StoredEvent>, StoreError> {
    let mut st = c.prepare_cached(&format!("SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?1"))?;
    let mut rows = st.query([id])?;
    match rows.next()? {
        Some(r) => Ok(Some(row_event(r)?)),
        None => Ok(None),
    }
}

fn audit_row(r: &rusqlite::Row<'_>) -> Result<AuditEntry, StoreError> {
    let before: Option<String> = r.get(5)?;
    let after: String = r.get(6)?;
    Ok(AuditEntry {
        seq: r.get(0)?,
        event_id: r.get(1)?,
        reviewer: r.get(2)?,
        at: r.get(3)?,
        action: r.get(4)?,
        before: match before {
            Some(b) => serde_json::from_str(&b)?,
            None => serde_json::Value::Null,
        },
        after: serde_json::from_str(&after)?,
        note: r.get(7)?,
    })
}

/// The counts of `stats` over the per-report records, or over the fused events.
fn stats_of(c: &Connection, fused: bool) -> Result<Stats, StoreError> {
    let t = if fused { "fused" } else { "events" };
    let one = |sql: &str| -> Result<u64, StoreError> {
        Ok(c.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
    };
    let counts = |sql: &str| -> Result<Vec<Count>, StoreError> {
        let mut st = c.prepare(sql)?;
        let v = st
            .query_map([], |r| {
                Ok(Count {
                    key: r.get(0)?,
                    n: r.get::<_, i64>(1)? as u64,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(v)
    };
    let (first, last): (Option<String>, Option<String>) = c.query_row(
        &format!("SELECT min(date_start), max(date_start) FROM {t}"),
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(Stats {
        articles: one("SELECT count(*) FROM articles")?,
        duplicates: one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
        articles_with_events: one("SELECT count(DISTINCT article_id) FROM events")?,
        events: one(&format!("SELECT count(*) FROM {t}"))?,
        reports: one("SELECT count(*) FROM events")?,
        events_located: if fused {
            one("SELECT count(*) FROM fused WHERE lat IS NOT NULL")?
        } else {
            one("SELECT count(*) FROM events_geo")?
        },
        first_date: first.as_deref().map(parse_day).transpose()?,
        last_date: last.as_deref().map(parse_day).transpose()?,
        by_type: counts(&format!(
            "SELECT event_type, count(*) FROM {t} GROUP BY 1 ORDER BY 2 DESC, 1"
        ))?,
        by_sub_type: counts(&format!(
            "SELECT sub_event_type, count(*) FROM {t} GROUP BY 1 ORDER BY 2 DESC, 1"
        ))?,
        by_country: counts(&format!(
            "SELECT coalesce(country, '??'), count(*) FROM {t} GROUP BY 1 ORDER BY 2 DESC, 1"
        ))?,
        by_week: counts(&format!(
            "SELECT strftime('%G-W%V', date_start), count(*) FROM {t} GROUP BY 1 ORDER BY 1"
        ))?,
        schema_version: c.query_row("PRAGMA user_version", [], |r| r.get(0))?,
    })
}

/// The ids of the fused events with a report matching the conditions `w`, in `order`.
fn fused_ids_sql(w: &str, order: &str) -> String {
    if w == "1" {
        format!("SELECT f.id FROM fused f ORDER BY {order}")
    } else {
        format!("SELECT f.id FROM fused f WHERE f.id IN (SELECT e.fused_id FROM events e WHERE {w}) ORDER BY {order}")
    }
}

fn read_fused_many(c: &Connection, ids: &[FusedId]) -> Result<Vec<FusedEvent>, StoreError> {
    read_fused_records(c, ids, |rec| {
        crate::fusion::with_sentences(c, serde_json::from_str::<FusedEvent>(&rec)?)
    })
}

/// The stored records of the fused events `ids`, in that order, each read by `read`.
fn read_fused_records<T>(
    c: &Connection,
    ids: &[FusedId],
    read: impl Fn(String) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(200) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut st = c.prepare_cached(&format!(
            "SELECT id, record FROM fused WHERE id IN ({marks})"
        ))?;
        let mut rows = st.query(params_from_iter(chunk.iter()))?;
        let mut got = std::collections::HashMap::with_capacity(chunk.len());
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            got.insert(id, read(r.get(1)?)?);
        }
        out.extend(chunk.iter().filter_map(|id| got.remove(id)));
    }
    Ok(out)
}

/// The store's write path: every article of `items` put in the open transaction `tx`.
/// `put_many` and the watcher's writes (which record what they fetched in the same
/// transaction) both go through here.
pub(crate) fn put_many_tx(
    tx: &Connection,
    items: &[(Article, Vec<Event>)],
) -> Result<Vec<PutOutcome>, StoreError> {
    let mut out = Vec::with_capacity(items.len());
    for (art, evs) in items {
        out.push(put_one(tx, art, evs)?);
    }
    Ok(out)
}

impl SqliteStore {
    /// A page of fused events with a report matching `f`, newest first, and their total;
    /// `read` reads the page's records.
    fn fused_page<T>(
        &self,
        f: &EventFilter,
        read: impl FnOnce(&Connection, &[FusedId]) -> Result<Vec<T>, StoreError>,
    ) -> Result<(u64, Vec<T>), StoreError> {
        let (w, p) = conditions(f)?;
        self.with_reader(|c| {
            // the page and the total in one pass over the matching fused events
            let sql = format!(
                "{}{}",
                fused_ids_sql(&w, "f.date_start DESC, f.id DESC").replacen(
                    "SELECT f.id FROM",
                    "SELECT f.id, count(*) OVER () FROM",
                    1
                ),
                limit_clause(f)
            );
            let rows: Vec<(i64, i64)> = c
                .prepare_cached(&sql)?
                .query_map(params_from_iter(p.iter()), |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            let total: i64 = match rows.first() {
                Some((_, n)) => *n,
                None if f.offset == 0 => 0,
                // past the last page: the total still counts
                None if w == "1" => c.query_row("SELECT count(*) FROM fused", [], |r| r.get(0))?,
                None => c
                    .prepare_cached(&format!(
                        "SELECT count(DISTINCT e.fused_id) FROM events e WHERE {w}"
                    ))?
                    .query_row(params_from_iter(p.iter()), |r| r.get(0))?,
            };
            let ids: Vec<i64> = rows.into_iter().map(|(id, _)| id).collect();
            Ok((total as u64, read(c, &ids)?))
        })
    }

    /// Run `f` in one immediate write transaction on the writer connection.
    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let w = self
            .writer
            .as_ref()
            .ok_or_else(|| StoreError::Invalid("the store was opened read-only".into()))?;
        let mut c = w.lock().map_err(|_| poisoned())?;
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

impl Store for SqliteStore {
    fn source_status(&self) -> Result<Vec<SourceStatus>, StoreError> {
        SqliteStore::source_status(self)
    }

    fn fused_events(&self, f: &EventFilter) -> Result<FusedPage, StoreError> {
        let (total, events) = self.fused_page(f, |c, ids| read_fused_many(c, ids))?;
        Ok(FusedPage { total, events })
    }

    fn fused_events_json(
        &self,
        f: &EventFilter,
    ) -> Result<(u64, Vec<Box<serde_json::value::RawValue>>), StoreError> {
        // the records as stored (serialized from the same FusedEvent), not read and written again
        self.fused_page(f, |c, ids| {
            read_fused_records(c, ids, |rec| {
                Ok(serde_json::value::RawValue::from_string(rec)?)
            })
        })
    }

    fn fused(&self, id: FusedId) -> Result<Option<FusedEvent>, StoreError> {
        self.with_reader(|c| crate::fusion::read_fused(c, id))
    }

    fn for_each_fused(
        &self,
        f: &EventFilter,
        cb: &mut dyn FnMut(FusedEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (w, p) = conditions(f)?;
        self.with_reader(|c| {
            let sql = format!(
                "{}{}",
                fused_ids_sql(&w, "f.date_start, f.id"),
                limit_clause(f)
            );
            let ids: Vec<i64> = c
                .prepare(&sql)?
                .query_map(params_from_iter(p.iter()), |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            for chunk in ids.chunks(200) {
                for e in read_fused_many(c, chunk)? {
                    cb(e)?;
                }
            }
            Ok(())
        })
    }

    fn fused_stats(&self) -> Result<Stats, StoreError> {
        self.with_reader(|c| stats_of(c, true))
    }

    fn explain_fused(&self, id: FusedId) -> Result<Option<FuseExplanation>, StoreError> {
        self.with_reader(|c| crate::fusion::explain(c, id))
    }

    fn put_many(&self, items: &[(Article, Vec<Event>)]) -> Result<Vec<PutOutcome>, StoreError> {
        let w = self
            .writer
            .as_ref()
            .ok_or_else(|| StoreError::Invalid("the store was opened read-only".into()))?;
        let mut c = w.lock().map_err(|_| poisoned())?;
        // the write lock is taken at the start, where SQLite waits for it (busy timeout): a
        // deferred transaction that reads first and then writes is refused at once ("database
        // is locked", no waiting) when the lock is not free at that moment
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = put_many_tx(&tx, items)?;
        tx.commit()?;
        Ok(out)
    }

    fn events(&self, f: &EventFilter) -> Result<EventPage, StoreError> {
        let (w, p) = conditions(f)?;
        self.with_reader(|c| {
            // first the page's ids and the total, sorting only (date, id); then the records.
            // With a text search the total comes with the ids (a window count: the full-text
            // lookup runs once); otherwise a separate count lets the ordered index stop early.
            let count_sql = format!("SELECT count(*) FROM events e WHERE {w}");
            let mut total = None;
            let mut ids = Vec::new();
            if f.text.is_some() {
                let sql = format!("SELECT e.id, count(*) OVER () FROM events e WHERE {w} ORDER BY e.date_start DESC, e.id DESC{}", limit_clause(f));
                let mut st = c.prepare_cached(&sql)?;
                let mut rows = st.query(params_from_iter(p.iter()))?;
                while let Some(r) = rows.next()? {
                    ids.push(r.get::<_, i64>(0)?);
                    total = Some(r.get::<_, i64>(1)?);
                }
            } else {
                let sql = format!("SELECT e.id FROM events e WHERE {w} ORDER BY e.date_start DESC, e.id DESC{}", limit_clause(f));
                let mut st = c.prepare_cached(&sql)?;
                ids = st.query_map(params_from_iter(p.iter()), |r| r.get(0))?.collect::<Result<_, _>>()?;
            }
            let total = match total {
                Some(t) => t,
                None if ids.is_empty() && f.offset == 0 => 0,
                None => c.prepare_cached(&count_sql)?.query_row(params_from_iter(p.iter()), |r| r.get(0))?,
            };
            let mut events = Vec::with_capacity(ids.len());
            for chunk in ids.chunks(200) {
                let marks = vec!["?"; chunk.len()].join(",");
                let mut st = c.prepare_cached(&format!("SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id IN ({marks})"))?;
                let mut rows = st.query(params_from_iter(chunk.iter()))?;
                let mut got = std::collections::HashMap::with_capacity(chunk.len());
                while let Some(r) = rows.next()? {
                    let e = row_event(r)?;
                    got.insert(e.id, e);
                }
                events.extend(chunk.iter().filter_map(|id| got.remove(id)));
            }
            Ok(EventPage { total: total as u64, events })
        })
    }

    fn event(&self, id: EventId) -> Result<Option<StoredEvent>, StoreError> {
        self.with_reader(|c| read_event(c, id))
    }

    fn article(&self, id: ArticleId) -> Result<Option<StoredArticle>, StoreError> {
        let found = self.with_reader(|c| {
            let row = c
                .query_row("SELECT ext_id, published, title, source, url, text, duplicate_of, similarity FROM articles WHERE id = ?1", [id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, Option<i64>>(6)?,
                        r.get::<_, Option<f64>>(7)?,
                    ))
                })
                .optional()?;
            let Some((ext_id, published, title, source, url, text, duplicate_of, similarity)) = row else { return Ok(None) };
            let mut st = c.prepare_cached("SELECT id FROM articles WHERE duplicate_of = ?1 ORDER BY id")?;
            let duplicates: Vec<i64> = st.query_map([id], |r| r.get(0))?.collect::<Result<_, _>>()?;
            let article = Article { id: ext_id, published: parse_day(&published)?, title, source, url, text };
            Ok(Some(StoredArticle { id, article, duplicate_of, similarity: similarity.map(|s| s as f32), duplicates, events: Vec::new() }))
        })?;
        let Some(mut a) = found else { return Ok(None) };
        let mut evs = self
            .events(&EventFilter {
                article: Some(id),
                ..Default::default()
            })?
            .events;
        evs.sort_by_key(|e| e.id);
        a.events = evs;
        Ok(Some(a))
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        self.with_reader(|c| stats_of(c, false))
    }

    fn for_each_event(
        &self,
        f: &EventFilter,
        cb: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (w, p) = conditions(f)?;
        self.with_reader(|c| {
            let sql =
                format!("SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE {w} ORDER BY e.date_start, e.id{}", limit_clause(f));
            let mut st = c.prepare(&sql)?;
            let mut rows = st.query(params_from_iter(p.iter()))?;
            while let Some(r) = rows.next()? {
                cb(row_event(r)?)?;
            }
            Ok(())
        })
    }

    fn review(&self, id: EventId, rv: &Review) -> Result<StoredEvent, StoreError> {
        self.write(|tx| review_in(tx, id, rv))
    }

    fn review_fused(
        &self,
        id: FusedId,
        rv: &Review,
        bases: &[(EventId, u64)],
    ) -> Result<Vec<StoredEvent>, StoreError> {
        self.write(|tx| {
            let current: Vec<(EventId, u64)> = tx
                .prepare_cached("SELECT id, version FROM events WHERE fused_id = ?1 ORDER BY id")?
                .query_map([id], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?
                .collect::<Result<_, _>>()?;
            if current.is_empty() {
                return Err(StoreError::NotFound(format!("no fused event {id}")));
            }
            let mut named = bases.to_vec();
            named.sort();
            if named != current {
                let show = |v: &[(EventId, u64)]| {
                    v.iter()
                        .map(|(e, n)| format!("{e}: {n}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                return Err(StoreError::ReportsChanged(format!(
                    "fused event {id} has the reports (id: version) {}; the review names {}",
                    show(&current),
                    show(&named)
                )));
            }
            // each report as one review of its own (its version checked above), so the log
            // holds one entry a report and a rejected report leaves the event
            current
                .iter()
                .map(|(eid, v)| {
                    let mut one = rv.clone();
                    one.base = *v;
                    review_in(tx, *eid, &one)
                })
                .collect()
        })
    }

    fn add_event(&self, article: ArticleId, new: &NewEvent) -> Result<StoredEvent, StoreError> {
        self.write(|tx| {
            let row: Option<(String, String, Option<i64>)> = tx
                .query_row("SELECT text, published, duplicate_of FROM articles WHERE id = ?1", [article], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?;
            let (text, published, copy) = row.ok_or_else(|| StoreError::NotFound(format!("no article {article}")))?;
            if let Some(orig) = copy {
                return Err(StoreError::Invalid(format!("article {article} is a copy of article {orig}: add the event there")));
            }
            let record = review::new_record(new.span, &new.fields, &text, parse_day(&published)?).map_err(StoreError::BadField)?;
            // added records count down from the top of the article's id range, away from
            // the machine's, which count up from 0
            let base = article * MAX_EVENTS_PER_ARTICLE as i64;
            let lowest: Option<i64> = tx.query_row(
                "SELECT min(event_id) FROM reviews WHERE article_id = ?1 AND origin = 'reviewer'",
                [article],
                |r| r.get(0),
            )?;
            let eid = lowest.map_or(base + MAX_EVENTS_PER_ARTICLE as i64 - 1, |l| l - 1);
            let taken: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM events WHERE id = ?1)", [eid], |r| r.get(0))?;
            if eid < base || taken {
                return Err(StoreError::Invalid(format!("article {article} has no room for another event")));
            }
            let status = ReviewStatus::Corrected;
            let near = crate::fusion::detach_article(tx, article)?;
            write_event_row(tx, eid, article, &text, &record, status, Some(&new.reviewer), 1, None)?;
            crate::fusion::fuse_article(tx, article, near)?;
            tx.execute(
                "INSERT OR IGNORE INTO articles_fts (rowid, body) SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM events WHERE article_id = ?1 AND id <> ?3)",
                params![article, fts_body(None, &text), eid],
            )?;
            let rec = serde_json::to_string(&record)?;
            tx.execute(
                "INSERT INTO reviews (event_id, article_id, origin, status, reviewer, version, record, machine, disagrees) VALUES (?1, ?2, 'reviewer', ?3, ?4, 1, ?5, NULL, NULL)",
                params![eid, article, status.as_str(), new.reviewer, rec],
            )?;
            tx.execute(
                "INSERT INTO audit (event_id, reviewer, at, action, before, after, note) VALUES (?1, ?2, ?3, 'add', NULL, ?4, ?5)",
                params![eid, new.reviewer, new.at, serde_json::to_string(&review::with_status(&record, status))?, new.note],
            )?;
            read_event(tx, eid)?.ok_or_else(|| StoreError::NotFound(format!("no event {eid}")))
        })
    }

    fn history(&self, id: EventId) -> Result<Vec<AuditEntry>, StoreError> {
        self.with_reader(|c| {
            let mut st = c.prepare_cached("SELECT seq, event_id, reviewer, at, action, before, after, note FROM audit WHERE event_id = ?1 ORDER BY seq")?;
            let mut rows = st.query([id])?;
            let mut v = Vec::new();
            while let Some(r) = rows.next()? {
                v.push(audit_row(r)?);
            }
            Ok(v)
        })
    }

    fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        self.with_reader(|c| {
            let mut st = c.prepare_cached("SELECT seq, event_id, reviewer, at, action, before, after, note FROM audit ORDER BY seq DESC LIMIT ?1")?;
            let mut rows = st.query([limit as i64])?;
            let mut v = Vec::new();
            while let Some(r) = rows.next()? {
                v.push(audit_row(r)?);
            }
            Ok(v)
        })
    }

    fn add_reviewer(&self, name: &str, token_hash: &str, at: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            let n = tx.execute(
                "INSERT OR IGNORE INTO reviewers (name, token_hash, added) VALUES (?1, ?2, ?3)",
                params![name, token_hash, at],
            )?;
            if n == 0 {
                return Err(StoreError::Invalid(format!(
                    "there is already a reviewer named {name:?}"
                )));
            }
            Ok(())
        })
    }

    fn remove_reviewer(&self, name: &str) -> Result<bool, StoreError> {
        self.write(|tx| Ok(tx.execute("DELETE FROM reviewers WHERE name = ?1", [name])? > 0))
    }

    fn reviewers(&self) -> Result<Vec<Reviewer>, StoreError> {
        self.with_reader(|c| {
            let mut st = c.prepare_cached("SELECT name, added FROM reviewers ORDER BY name")?;
            let v = st
                .query_map([], |r| {
                    Ok(Reviewer {
                        name: r.get(0)?,
                        added: r.get(1)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            Ok(v)
        })
    }

    fn reviewer_by_token_hash(&self, hash: &str) -> Result<Option<String>, StoreError> {
        self.with_reader(|c| {
            Ok(c.query_row(
                "SELECT name FROM reviewers WHERE token_hash = ?1",
                [hash],
                |r| r.get(0),
            )
            .optional()?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_1_file_is_migrated_with_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v1.db");
        {
            let c = Connection::open(&p).unwrap();
            c.execute_batch(MIGRATIONS[0]).unwrap();
            c.pragma_update(None, "user_version", 1).unwrap();
            c.execute("INSERT INTO articles (ext_id, text_hash, published, text) VALUES ('a', 1, '2015-08-01', 'نص')", []).unwrap();
        }
        let s = SqliteStore::open(&p).unwrap();
        let st = s.stats().unwrap();
        assert_eq!((st.schema_version, st.articles), (SCHEMA_VERSION, 1));
        assert_eq!(s.article(1).unwrap().unwrap().article.text, "نص");
        s.check().unwrap();
    }

    /// Copies stored before copies kept their records (schema 7) had no signature and were
    /// not in the band index: the migration signs them, so that when their original is made
    /// a copy they are found and linked to the new original (not made originals themselves).
    #[test]
    fn copies_from_before_schema_8_are_signed_and_found() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v7.db");
        let words: Vec<String> = (0..200)
            .map(|i| format!("{}{}", ["سوق", "نهر", "جبل", "بيت"][i % 4], 1000 + i))
            .collect();
        let text = |edit: &[usize], tag: &str| {
            let mut w = words.clone();
            for i in edit {
                w[*i] = format!("كلمة{tag}{i}");
            }
            w.join(" ")
        };
        let (orig, copy, early) = (text(&[], ""), text(&[50, 150], "ب"), text(&[10, 110], "ج"));
        {
            let c = Connection::open(&p).unwrap();
            for m in &MIGRATIONS[..7] {
                c.execute_batch(m).unwrap();
            }
            c.pragma_update(None, "user_version", 7).unwrap();
            let sig = MinHash::of_text(&orig).unwrap();
            c.execute(
                "INSERT INTO articles (id, ext_id, url, text_hash, published, text, signature) VALUES (1, 'orig', 'https://a.example/1', ?1, '2015-08-04', ?2, ?3)",
                params![signature::text_hash(&orig), orig, sig.to_bytes()],
            )
            .unwrap();
            for b in sig.bands() {
                c.execute(
                    "INSERT INTO article_bands (band, article_id) VALUES (?1, 1)",
                    [b],
                )
                .unwrap();
            }
            c.execute(
                "INSERT INTO articles (id, ext_id, url, text_hash, published, text, duplicate_of, similarity) VALUES (2, 'copy', 'https://b.example/2', ?1, '2015-08-05', ?2, 1, 0.9)",
                params![signature::text_hash(&copy), copy],
            )
            .unwrap();
        }
        let s = SqliteStore::open(&p).unwrap();
        let bands: i64 = s
            .with_reader(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM article_bands WHERE article_id = 2",
                    [],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(bands, signature::BANDS as i64);
        // an article that ranks before both: the old original and its copy are its copies
        let art = Article {
            id: "early".into(),
            published: "2015-08-03".parse().unwrap(),
            title: None,
            source: None,
            url: Some("https://c.example/3".into()),
            text: early,
        };
        let out = s.put(&art, &[]).unwrap();
        assert_eq!(out.status, PutStatus::New);
        for id in [1, 2] {
            let a = s.article(id).unwrap().unwrap();
            assert_eq!(a.duplicate_of, Some(out.article_id), "article {id}");
        }
        s.check().unwrap();
    }

    /// A store written before fusion (schema 3) has reports and no fused events: opening it
    /// for writing fuses them, so every report names its fused event.
    #[test]
    fn a_store_written_before_fusion_is_fused_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v3.db");
        let rec = |lat: f64| {
            serde_json::json!({
                "event_type": "explosions_remote_violence", "sub_event_type": "air_drone_strike",
                "date": {"start": "2015-08-03", "end": "2015-08-03", "precision": "day"},
                "actor1": null, "actor2": null,
                "location": {"text": "x", "span": [0, 1], "name": "Town", "country": "YE", "lat": lat, "lon": 44.2, "precision": "populated_place"},
                "fatalities": 3, "injured": null, "claimed_by": null,
                "trigger": {"text": "x", "span": [0, 1]}
            })
            .to_string()
        };
        {
            let c = Connection::open(&p).unwrap();
            for m in &MIGRATIONS[..3] {
                c.execute_batch(m).unwrap();
            }
            c.pragma_update(None, "user_version", 3).unwrap();
            for (a, lat) in [(1, 15.35), (2, 15.36), (3, 16.9)] {
                c.execute("INSERT INTO articles (id, ext_id, text_hash, published, text) VALUES (?1, ?1, ?1, '2015-08-03', 'x')", [a]).unwrap();
                c.execute(
                    "INSERT INTO events (id, article_id, event_type, sub_event_type, date_start, date_end, country, lat, lon, actors, record)
                     VALUES (?1 * 1000, ?1, 'explosions_remote_violence', 'air_drone_strike', '2015-08-03', '2015-08-03', 'YE', ?2, 44.2, '|', ?3)",
                    params![a, lat, rec(lat)],
                )
                .unwrap();
            }
        }
        let s = SqliteStore::open(&p).unwrap();
        let fused: Vec<Option<i64>> = (1..=3)
            .map(|a| s.event(a * 1000).unwrap().unwrap().fused_id)
            .collect();
        assert_eq!(fused, vec![Some(1000), Some(1000), Some(3000)]);
        assert_eq!(s.fused_stats().unwrap().events, 2);
        assert_eq!(s.fused(1000).unwrap().unwrap().report_count, 2);
        s.check().unwrap();
    }
}
