//! Scoring extracted events against gold articles.
//!
//! The figures are those of `shared/eval/score.py`, computed the same way (the same
//! matching, the same fields, the same rounding), so that `marsad eval` and the scorer agree
//! to the fourth decimal; a test checks this against the scorer where `../shared` exists.
//! Beyond the scorer's figures this crate keeps, per article, which predictions were
//! spurious, which gold events were missed and which fields of a matched pair were wrong,
//! and a confusion matrix of event types: what `marsad eval` prints for a reader to act on.
//!
//! Gold and predicted events are JSON values in the forms of `EVENTS.md` (gold form and
//! output form); nothing here reads files.
//!
//! ```
//! use serde_json::json;
//! let gold = vec![json!({"id": "a", "published": "2015-08-01", "events": [
//!     {"event_type": "battles", "sub_event_type": "armed_clash",
//!      "date": {"start": "2015-08-01", "end": "2015-08-01"}, "fatalities": 3}]})];
//! let pred = vec![json!({"article": {"id": "a"}, "events": [
//!     {"event_type": "battles", "sub_event_type": "armed_clash",
//!      "date": {"start": "2015-08-01"}, "fatalities": 3}]})];
//! let r = marsad_eval::score(&gold, &pred);
//! assert_eq!(r.metrics.event_f1, 1.0);
//! assert_eq!(r.metrics.record_f1, 1.0);
//! ```
#![deny(missing_docs)]

mod bootstrap;
mod fields;
mod matching;

pub use bootstrap::{intervals, Interval};
pub use fields::{actor_ok, actors_ok, norm, Field, FIELDS};
pub use matching::{score, ArticleResult, Confusion, Metrics, Pair, Report};
