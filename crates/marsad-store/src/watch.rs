//! What `marsad watch` keeps in the store: each source's state (HTTP validators, failures in
//! a row, when to try again, counts), the feed items already stored, and the alerts already
//! fired. Times are UTC in RFC 3339 with second precision (`2026-01-02T03:04:05Z`), so that
//! they compare as text.

use crate::api::{PutOutcome, PutStatus, SourceStatus};
use crate::sqlite::{put_many_tx, SqliteStore};
use crate::StoreError;
use marsad_model::{Article, Event};
use rusqlite::{params, OptionalExtension};

/// What the watcher remembers of a source between polls.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WatchState {
    /// The `ETag` of its last answer.
    pub etag: Option<String>,
    /// The `Last-Modified` of its last answer.
    pub last_modified: Option<String>,
    /// Polls failed in a row.
    pub failures: u32,
    /// While backing off: not before this time.
    pub retry_after: Option<String>,
}

/// One fetched item to store: the article, its events, and the item's key in its feed (guid
/// or link) and the address it was fetched from.
#[derive(Debug, Clone)]
pub struct WatchedItem {
    /// The article and its events.
    pub article: Article,
    /// Its events.
    pub events: Vec<Event>,
    /// The item's key in its source (guid, else link).
    pub key: String,
    /// The address the article was fetched from.
    pub url: Option<String>,
}

/// An item whose new events have not yet been checked against the alerts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertDue {
    /// The source's name.
    pub source: String,
    /// The item's key.
    pub key: String,
    /// The stored article.
    pub article_id: i64,
}

impl SqliteStore {
    /// Make sure a source has a row (its address updated when the sources file changed it),
    /// and return what is known of it.
    pub fn watch_source(&self, name: &str, url: &str) -> Result<WatchState, StoreError> {
        self.write(|c| {
            c.execute(
                "INSERT INTO watch_sources (name, url) VALUES (?1, ?2)
                 ON CONFLICT(name) DO UPDATE SET url = excluded.url,
                   etag = CASE WHEN url = excluded.url THEN etag END,
                   last_modified = CASE WHEN url = excluded.url THEN last_modified END",
                params![name, url],
            )?;
            Ok(c.query_row(
                "SELECT etag, last_modified, failures, retry_after FROM watch_sources WHERE name = ?1",
                [name],
                |r| {
                    Ok(WatchState {
                        etag: r.get(0)?,
                        last_modified: r.get(1)?,
                        failures: r.get(2)?,
                        retry_after: r.get(3)?,
                    })
                },
            )?)
        })
    }

    /// True when this item of this source was stored before, or an article already has
    /// this address.
    pub fn watch_seen(
        &self,
        source: &str,
        key: &str,
        url: Option<&str>,
    ) -> Result<bool, StoreError> {
        self.with_reader(|c| {
            let seen = c
                .query_row(
                    "SELECT 1 FROM watch_items WHERE source = ?1 AND key = ?2",
                    params![source, key],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if seen {
                return Ok(true);
            }
            let Some(u) = url else { return Ok(false) };
            Ok(
                c.query_row("SELECT 1 FROM articles WHERE url = ?1", [u], |_| Ok(()))
                    .optional()?
                    .is_some(),
            )
        })
    }

    /// Store fetched articles through the store's write path and record their items as seen,
    /// in one transaction: after a crash either both are there or neither. Items that gave a
    /// new or changed article are marked for the alerts. The source's counts grow by the new
    /// articles and their events.
    pub fn watch_put(
        &self,
        source: &str,
        items: &[WatchedItem],
        now: &str,
    ) -> Result<Vec<PutOutcome>, StoreError> {
        let batch: Vec<(Article, Vec<Event>)> = items
            .iter()
            .map(|i| (i.article.clone(), i.events.clone()))
            .collect();
        self.write(|c| {
            let outs = put_many_tx(c, &batch)?;
            let (mut articles, mut events) = (0i64, 0i64);
            for (it, o) in items.iter().zip(&outs) {
                let fresh = matches!(o.status, PutStatus::New | PutStatus::Updated);
                if matches!(o.status, PutStatus::New) {
                    articles += 1;
                }
                if fresh {
                    events += o.events as i64;
                }
                c.execute(
                    "INSERT INTO watch_items (source, key, url, article_id, seen_at, alerts_due)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT(source, key) DO UPDATE SET article_id = excluded.article_id,
                       alerts_due = max(alerts_due, excluded.alerts_due)",
                    params![source, it.key, it.url, o.article_id, now, fresh && o.events > 0],
                )?;
            }
            c.execute(
                "UPDATE watch_sources SET articles = articles + ?2, events = events + ?3 WHERE name = ?1",
                params![source, articles, events],
            )?;
            Ok(outs)
        })
    }

    /// Record items that are seen but store nothing (an item whose page has no article),
    /// so that they are not fetched again.
    pub fn watch_skip(
        &self,
        source: &str,
        key: &str,
        url: Option<&str>,
        now: &str,
    ) -> Result<(), StoreError> {
        self.write(|c| {
            c.execute(
                "INSERT OR IGNORE INTO watch_items (source, key, url, article_id, seen_at, alerts_due) VALUES (?1, ?2, ?3, NULL, ?4, 0)",
                params![source, key, url, now],
            )?;
            Ok(())
        })
    }

    /// A poll that answered: keep its validators (when it gave new ones), clear the error
    /// count and the backoff.
    pub fn watch_success(
        &self,
        name: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
        now: &str,
    ) -> Result<(), StoreError> {
        self.write(|c| {
            c.execute(
                "UPDATE watch_sources SET etag = coalesce(?2, etag), last_modified = coalesce(?3, last_modified),
                   last_attempt = ?4, last_success = ?4, last_error = NULL, failures = 0, retry_after = NULL
                 WHERE name = ?1",
                params![name, etag, last_modified, now],
            )?;
            Ok(())
        })
    }

    /// A poll that failed: keep the error, count it, and back off until `retry_after`.
    /// Returns the failures in a row.
    pub fn watch_failure(
        &self,
        name: &str,
        error: &str,
        now: &str,
        retry_after: impl FnOnce(u32) -> String,
    ) -> Result<(u32, String), StoreError> {
        self.write(|c| {
            let n: u32 = c.query_row(
                "SELECT failures FROM watch_sources WHERE name = ?1",
                [name],
                |r| r.get(0),
            )?;
            let n = n.saturating_add(1);
            let until = retry_after(n);
            c.execute(
                "UPDATE watch_sources SET last_attempt = ?2, last_error = ?3, last_error_at = ?2, failures = ?4, retry_after = ?5 WHERE name = ?1",
                params![name, now, error, n, until],
            )?;
            Ok((n, until))
        })
    }

    /// Items whose new events still wait to be checked against the alerts, oldest first.
    pub fn watch_alerts_due(&self) -> Result<Vec<AlertDue>, StoreError> {
        self.with_reader(|c| {
            let mut st = c.prepare(
                "SELECT source, key, article_id FROM watch_items WHERE alerts_due = 1 AND article_id IS NOT NULL ORDER BY seen_at, rowid",
            )?;
            let v = st
                .query_map([], |r| {
                    Ok(AlertDue {
                        source: r.get(0)?,
                        key: r.get(1)?,
                        article_id: r.get(2)?,
                    })
                })?
                .collect::<Result<_, _>>()?;
            Ok(v)
        })
    }

    /// Record that `alert` fires for the report `event_id`; false when it fired for it
    /// before, or for another report of the same fused event: a real event fires an alert
    /// at most once, however many reports tell it. The fused event is the one the report
    /// belongs to now (fused ids follow their components as reports join).
    pub fn watch_fire(&self, alert: &str, event_id: i64, now: &str) -> Result<bool, StoreError> {
        self.write(|c| {
            let fired_for_its_event: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM watch_alerts w JOIN events o ON o.id = w.event_id
                   JOIN events e ON e.id = ?2
                  WHERE w.alert = ?1 AND e.fused_id IS NOT NULL AND o.fused_id = e.fused_id)",
                params![alert, event_id],
                |r| r.get(0),
            )?;
            if fired_for_its_event {
                return Ok(false);
            }
            Ok(c.execute(
                "INSERT OR IGNORE INTO watch_alerts (alert, event_id, fired_at) VALUES (?1, ?2, ?3)",
                params![alert, event_id, now],
            )? == 1)
        })
    }

    /// The alerts of an item are done.
    pub fn watch_alerts_done(&self, source: &str, key: &str) -> Result<(), StoreError> {
        self.write(|c| {
            c.execute(
                "UPDATE watch_items SET alerts_due = 0 WHERE source = ?1 AND key = ?2",
                params![source, key],
            )?;
            Ok(())
        })
    }

    /// Every watched source's status, by name.
    pub fn source_status(&self) -> Result<Vec<SourceStatus>, StoreError> {
        self.with_reader(|c| {
            // a store of an older schema opened read-only has no such table: nothing watched
            let has: bool = c.query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'watch_sources'",
                [],
                |r| r.get(0),
            )?;
            if !has {
                return Ok(Vec::new());
            }
            let mut st = c.prepare(
                "SELECT name, url, last_attempt, last_success, last_error, last_error_at, failures, retry_after, articles, events FROM watch_sources ORDER BY name",
            )?;
            let v = st
                .query_map([], |r| {
                    Ok(SourceStatus {
                        name: r.get(0)?,
                        url: r.get(1)?,
                        last_attempt: r.get(2)?,
                        last_success: r.get(3)?,
                        last_error: r.get(4)?,
                        last_error_at: r.get(5)?,
                        failures: r.get(6)?,
                        retry_after: r.get(7)?,
                        articles: r.get::<_, i64>(8)? as u64,
                        events: r.get::<_, i64>(9)? as u64,
                    })
                })?
                .collect::<Result<_, _>>()?;
            Ok(v)
        })
    }
}
