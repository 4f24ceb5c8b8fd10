//! marsad's memory: articles and the events extracted from them, kept in an embedded store
//! that never loses or doubles anything.
//!
//! The seam is the small [`Store`] trait: put an article with its events (one transaction),
//! query events with an [`EventFilter`], get an event or an article by id, stats, and walk
//! every matching event for export. [`SqliteStore`] is the implementation that ships: one
//! SQLite file (WAL, foreign keys, schema version and migrations, an R*Tree over event
//! points, FTS5 over text folded by `marsad_text`, near-duplicate links). A cluster backend
//! would be a second implementation of the same trait.
//!
//! Identity: re-putting an article with the same URL, or the same text, replaces its events
//! and keeps its id. A syndicated copy (the same story with a different header) is linked to
//! the article it copies (`duplicate_of`) and gets no events of its own. Of near copies, the
//! first by publication day and external id is the original, whatever order they came in.
//!
//! ```
//! use marsad_store::{EventFilter, SqliteStore, Store};
//! use marsad_model::Article;
//! let dir = tempfile::tempdir().unwrap();
//! let store = SqliteStore::open(dir.path().join("m.db")).unwrap();
//! let art = Article {
//!     id: "a1".into(), published: "2019-03-12".parse().unwrap(),
//!     title: None, source: None, url: Some("https://example.org/1".into()),
//!     text: "قالت مصادر محلية إن اجتماعا عقد اليوم في المدينة.".into(),
//! };
//! let out = store.put(&art, &[]).unwrap();
//! assert_eq!(store.article(out.article_id).unwrap().unwrap().article.id, "a1");
//! assert_eq!(store.events(&EventFilter::default()).unwrap().total, 0);
//! ```
#![deny(missing_docs)]

mod api;
mod copies;
mod error;
pub mod fusion;
pub mod labels;
pub mod review;
pub mod signature;
mod sqlite;
mod watch;

pub use api::*;
pub use error::StoreError;
pub use review::{AuditEntry, NewEvent, Review, ReviewAction, ReviewStatus, Reviewer};
pub use sqlite::{fts_query, SqliteStore, SCHEMA_VERSION};
pub use watch::{AlertDue, WatchState, WatchedItem};
