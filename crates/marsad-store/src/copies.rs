//! Near copies: of articles that tell the same text, one keeps the events (the original) and
//! the others are linked to it (`duplicate_of`) and keep none. Which one is a function of the
//! set of articles stored, never of the order they came in.
//!
//! The rule. Two articles are *near* when their folded words are the same (the text hash),
//! or their MinHash signatures share a band key and estimate a similarity of at least
//! [`DUPLICATE_THRESHOLD`] (what the band index finds: a fixed, symmetric relation of two
//! texts). Articles are ranked: those with a reviewed record first, then by (publication day,
//! external id, address, text hash). Down the ranking, an article is an *original* when it
//! has a reviewed record or is near no original ranked above it; otherwise it is a *copy*,
//! linked to the near original that comes first by (day, id, address, text hash). Near is
//! not transitive: for A ~ B and B ~ C with A not ~ C, ranked A, B, C, A and C are originals
//! and B is a copy of A, whatever the order of arrival.
//!
//! Reviewed articles. An article with a reviewed (or added) record is never made a copy:
//! the analysts' work on it stays where it is, and a near article that would rank above it
//! becomes its copy instead. A first review changes no article's standing (the reviewed
//! article was an original, so no original near it ranked above it).
//!
//! Incremental. Copies are in the band index too, so the articles near one are found in
//! one lookup. A new article near an original ranked above it is a copy and changes nothing
//! else (only originals decide the standing of others). A new article near no original is
//! an original; copies near it that were linked to an original after it are linked to it.
//! Otherwise (an original with near originals ranked below it) its group (the articles
//! connected to it by near, and by the links) is ranked again and every article whose
//! standing changes is made a copy (its records leave `events` for `copy_events`, and its
//! reports leave their fused events) or an original again (its records come back from
//! `copy_events`, indexed and fused), or linked to another original. A copy's records (the
//! machine's, as extracted) are kept in `copy_events` for that: an article becomes an
//! original again without being extracted again, with the event ids it would have had.
//!
//! [`DUPLICATE_THRESHOLD`]: crate::signature::DUPLICATE_THRESHOLD

use crate::api::{ArticleId, Recast};
use crate::signature::{self, MinHash};
use crate::StoreError;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use std::collections::{BTreeMap, BTreeSet};

/// What ranks near copies (after the reviewed ones): publication day, external id, address,
/// text hash; the row id last, for two rows alike in all of these.
type Key = (String, String, Option<String>, i64, ArticleId);

/// An article's standing among its near copies.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Standing {
    /// It keeps its events.
    Original,
    /// A copy of `of`.
    Copy { of: ArticleId, similarity: f32 },
}

/// What the rule reads of an article.
struct Row {
    key: Key,
    reviewed: bool,
    duplicate_of: Option<ArticleId>,
    similarity: Option<f32>,
    text_hash: i64,
    signature: Option<MinHash>,
}

fn row(tx: &Connection, id: ArticleId) -> Result<Option<Row>, StoreError> {
    let r = tx
        .prepare_cached(
            "SELECT published, ext_id, url, text_hash, duplicate_of, similarity, signature,
                    EXISTS (SELECT 1 FROM reviews WHERE article_id = a.id)
             FROM articles a WHERE id = ?1",
        )?
        .query_row([id], |r| {
            let th: i64 = r.get(3)?;
            Ok(Row {
                key: (r.get(0)?, r.get(1)?, r.get(2)?, th, id),
                text_hash: th,
                duplicate_of: r.get(4)?,
                similarity: r.get::<_, Option<f64>>(5)?.map(|s| s as f32),
                signature: r
                    .get::<_, Option<Vec<u8>>>(6)?
                    .as_deref()
                    .and_then(MinHash::from_bytes),
                reviewed: r.get(7)?,
            })
        })
        .optional()?;
    Ok(r)
}

/// The articles near article `id` (text hash `th`, signature `sig`), with their estimated
/// similarity (1.0 for the same text), in id order.
pub(crate) fn near(
    tx: &Connection,
    id: ArticleId,
    th: i64,
    sig: Option<&MinHash>,
) -> Result<Vec<(ArticleId, f32)>, StoreError> {
    let mut found: BTreeMap<ArticleId, f32> = BTreeMap::new();
    let mut st = tx.prepare_cached("SELECT id FROM articles WHERE text_hash = ?1 AND id <> ?2")?;
    for other in st.query_map(params![th, id], |r| r.get::<_, i64>(0))? {
        found.insert(other?, 1.0);
    }
    if let Some(sig) = sig {
        let mut st = tx.prepare_cached("SELECT DISTINCT article_id FROM article_bands WHERE band IN (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)")?;
        let ids: Vec<i64> = st
            .query_map(params_from_iter(sig.bands().iter()), |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut sst = tx.prepare_cached("SELECT signature FROM articles WHERE id = ?1")?;
        for other in ids {
            if other == id || found.contains_key(&other) {
                continue;
            }
            let blob: Option<Vec<u8>> = sst.query_row([other], |r| r.get(0)).optional()?.flatten();
            let Some(theirs) = blob.as_deref().and_then(MinHash::from_bytes) else {
                continue;
            };
            let s = signature::similarity(sig, &theirs);
            if s >= signature::DUPLICATE_THRESHOLD {
                found.insert(other, s);
            }
        }
    }
    Ok(found.into_iter().collect())
}

/// Put article `id` in the band index.
pub(crate) fn index_bands(tx: &Connection, id: ArticleId, sig: &MinHash) -> rusqlite::Result<()> {
    let mut st = tx
        .prepare_cached("INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?1, ?2)")?;
    for b in sig.bands() {
        st.execute(params![b, id])?;
    }
    Ok(())
}

/// The standing of article `id`, just stored with no events and linked to nothing, near the
/// articles `near`; the copies that it is now the first near original of are linked to it,
/// and when it makes near originals copies, its group is settled ([`settle`]). Returns its
/// standing and the other articles whose events changed.
pub(crate) fn place_new(
    tx: &Connection,
    id: ArticleId,
    near: &[(ArticleId, f32)],
) -> Result<(Standing, Vec<Recast>), StoreError> {
    if near.is_empty() {
        return Ok((Standing::Original, Vec::new()));
    }
    let me = row(tx, id)?.ok_or_else(|| missing(id))?;
    let mut rows = Vec::with_capacity(near.len());
    for (m, s) in near {
        rows.push((row(tx, *m)?.ok_or_else(|| missing(*m))?, *s));
    }
    let originals: Vec<&(Row, f32)> = rows
        .iter()
        .filter(|(r, _)| r.duplicate_of.is_none())
        .collect();
    if originals.iter().any(|(r, _)| r.reviewed || r.key < me.key) {
        // a near original ranks above it: a copy of the first near original by key
        let (first, s) = originals
            .iter()
            .min_by(|a, b| a.0.key.cmp(&b.0.key))
            .ok_or_else(|| missing(id))?;
        let st = Standing::Copy {
            of: first.key.4,
            similarity: *s,
        };
        link(tx, id, st)?;
        return Ok((st, Vec::new()));
    }
    if originals.is_empty() {
        // an original near copies only: no original's standing changes; the copies whose
        // original comes after it by key are its copies now
        for (r, s) in &rows {
            let Some(of) = r.duplicate_of else { continue };
            let theirs = row(tx, of)?.ok_or_else(|| missing(of))?;
            if me.key < theirs.key {
                link(
                    tx,
                    r.key.4,
                    Standing::Copy {
                        of: id,
                        similarity: *s,
                    },
                )?;
            }
        }
        return Ok((Standing::Original, Vec::new()));
    }
    // an original that ranks above near originals: they become copies, which may make
    // others originals again
    let others = settle(tx, &[id])?;
    let st = standing(tx, id)?;
    Ok((
        st,
        others.into_iter().filter(|r| r.article_id != id).collect(),
    ))
}

fn missing(id: ArticleId) -> StoreError {
    StoreError::Invalid(format!("article {id} is referred to but not stored"))
}

/// An article's standing as stored.
pub(crate) fn standing(tx: &Connection, id: ArticleId) -> Result<Standing, StoreError> {
    let r = row(tx, id)?.ok_or_else(|| missing(id))?;
    Ok(match r.duplicate_of {
        None => Standing::Original,
        Some(of) => Standing::Copy {
            of,
            similarity: r.similarity.unwrap_or(1.0),
        },
    })
}

fn link(tx: &Connection, id: ArticleId, st: Standing) -> rusqlite::Result<()> {
    let (of, sim) = match st {
        Standing::Original => (None, None),
        Standing::Copy { of, similarity } => (Some(of), Some(similarity as f64)),
    };
    tx.prepare_cached("UPDATE articles SET duplicate_of = ?2, similarity = ?3 WHERE id = ?1")?
        .execute(params![id, of, sim])?;
    Ok(())
}

/// Rank again the group of the articles `seeds` (every article connected to them by near,
/// or by a copy's link) and apply the rule: articles that become copies lose their events
/// (kept in `copy_events`), copies that become originals get theirs back, copies are
/// linked to their first near original. Returns the articles whose events changed.
pub(crate) fn settle(tx: &Connection, seeds: &[ArticleId]) -> Result<Vec<Recast>, StoreError> {
    struct Node {
        row: Row,
        near: Vec<(ArticleId, f32)>,
    }
    let mut nodes: BTreeMap<ArticleId, Node> = BTreeMap::new();
    let mut queue: Vec<ArticleId> = seeds.to_vec();
    let mut copies_of = tx.prepare_cached("SELECT id FROM articles WHERE duplicate_of = ?1")?;
    while let Some(id) = queue.pop() {
        if nodes.contains_key(&id) {
            continue;
        }
        let Some(r) = row(tx, id)? else { continue };
        let nb = near(tx, id, r.text_hash, r.signature.as_ref())?;
        queue.extend(
            nb.iter()
                .map(|(m, _)| *m)
                .filter(|m| !nodes.contains_key(m)),
        );
        queue.extend(r.duplicate_of);
        for c in copies_of.query_map([id], |x| x.get::<_, i64>(0))? {
            queue.push(c?);
        }
        nodes.insert(id, Node { row: r, near: nb });
    }
    let mut ranked: Vec<ArticleId> = nodes.keys().copied().collect();
    ranked.sort_by(|a, b| {
        let (x, y) = (&nodes[a].row, &nodes[b].row);
        (!x.reviewed, &x.key).cmp(&(!y.reviewed, &y.key))
    });
    let mut originals: BTreeSet<ArticleId> = BTreeSet::new();
    for id in &ranked {
        let n = &nodes[id];
        if n.row.reviewed || !n.near.iter().any(|(m, _)| originals.contains(m)) {
            originals.insert(*id);
        }
    }
    let (mut demote, mut relink, mut promote) = (Vec::new(), Vec::new(), Vec::new());
    for (id, n) in &nodes {
        let want = if originals.contains(id) {
            Standing::Original
        } else {
            let (of, similarity) = n
                .near
                .iter()
                .filter(|(m, _)| originals.contains(m))
                .min_by(|a, b| nodes[&a.0].row.key.cmp(&nodes[&b.0].row.key))
                .copied()
                .ok_or_else(|| missing(*id))?;
            Standing::Copy { of, similarity }
        };
        let now = match n.row.duplicate_of {
            None => Standing::Original,
            Some(of) => Standing::Copy {
                of,
                similarity: n.row.similarity.unwrap_or(1.0),
            },
        };
        match (now, want) {
            (a, b) if a == b => {}
            (Standing::Original, Standing::Copy { .. }) => demote.push((*id, want)),
            (Standing::Copy { .. }, Standing::Copy { .. }) => relink.push((*id, want)),
            (Standing::Copy { .. }, Standing::Original) => promote.push(*id),
            (Standing::Original, Standing::Original) => {}
        }
    }
    let mut changed = Vec::new();
    for (id, st) in demote {
        make_copy(tx, id, st)?;
        changed.push(Recast {
            article_id: id,
            events: 0,
        });
    }
    for (id, st) in relink {
        link(tx, id, st)?;
    }
    for id in promote {
        let n = make_original(tx, id)?;
        changed.push(Recast {
            article_id: id,
            events: n,
        });
    }
    Ok(changed)
}

const ROW_COLUMNS: &str = "id, article_id, event_type, sub_event_type, date_start, date_end, country, lat, lon, actors, sentence_text, record";

/// An original becomes a copy: its records move to `copy_events`, its reports leave fusion
/// (the events they were fused with are fused again), and it leaves the point and text
/// indexes. It stays in the band index.
fn make_copy(tx: &Connection, id: ArticleId, st: Standing) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM copy_events WHERE article_id = ?1")?
        .execute([id])?;
    // a reviewed article is never made a copy, so every record here is the machine's
    tx.prepare_cached(&format!(
        "INSERT INTO copy_events ({ROW_COLUMNS}) SELECT {ROW_COLUMNS} FROM events WHERE article_id = ?1"
    ))?
    .execute([id])?;
    let near = crate::fusion::detach_article(tx, id)?;
    tx.prepare_cached(
        "DELETE FROM events_geo WHERE id IN (SELECT id FROM events WHERE article_id = ?1)",
    )?
    .execute([id])?;
    tx.prepare_cached("DELETE FROM events WHERE article_id = ?1")?
        .execute([id])?;
    tx.prepare_cached("DELETE FROM articles_fts WHERE rowid = ?1")?
        .execute([id])?;
    link(tx, id, st)?;
    crate::fusion::fuse_article(tx, id, near)?;
    Ok(())
}

/// A copy becomes an original: its kept records are its events again (same ids), in the
/// point and text indexes, and fused. A copy stored by a marsad that kept no records has
/// none until its article is put again. Returns the number of events.
fn make_original(tx: &Connection, id: ArticleId) -> Result<usize, StoreError> {
    link(tx, id, Standing::Original)?;
    let n = tx
        .prepare_cached(&format!(
            "INSERT INTO events ({ROW_COLUMNS}) SELECT {ROW_COLUMNS} FROM copy_events WHERE article_id = ?1 ORDER BY id"
        ))?
        .execute([id])?;
    tx.prepare_cached(
        "INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon)
         SELECT id, lat, lat, lon, lon FROM copy_events WHERE article_id = ?1 AND lat IS NOT NULL AND lon IS NOT NULL",
    )?
    .execute([id])?;
    tx.prepare_cached("DELETE FROM copy_events WHERE article_id = ?1")?
        .execute([id])?;
    if n > 0 {
        let (title, text): (Option<String>, String) = tx.query_row(
            "SELECT title, text FROM articles WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        tx.prepare_cached("INSERT OR REPLACE INTO articles_fts (rowid, body) VALUES (?1, ?2)")?
            .execute(params![
                id,
                crate::sqlite::fts_body(title.as_deref(), &text)
            ])?;
        crate::fusion::fuse_article(tx, id, Vec::new())?;
    }
    Ok(n)
}

/// The records kept for copy `id`, in order.
pub(crate) fn kept_records(tx: &Connection, id: ArticleId) -> rusqlite::Result<Vec<String>> {
    let mut st =
        tx.prepare_cached("SELECT record FROM copy_events WHERE article_id = ?1 ORDER BY id")?;
    let v = st.query_map([id], |r| r.get(0))?.collect();
    v
}

/// Once, when a store reaches the schema that keeps copies' records: copies stored before
/// had no signature and were not in the band index; they get both, so that the group of an
/// article finds them.
pub(crate) fn sign_copies(tx: &Connection) -> Result<usize, StoreError> {
    let todo: Vec<(ArticleId, String)> = tx
        .prepare(
            "SELECT id, text FROM articles WHERE duplicate_of IS NOT NULL AND signature IS NULL",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut n = 0;
    for (id, text) in todo {
        if let Some(sig) = MinHash::of_text(&text) {
            tx.execute(
                "UPDATE articles SET signature = ?2 WHERE id = ?1",
                params![id, sig.to_bytes()],
            )?;
            index_bands(tx, id, &sig)?;
            n += 1;
        }
    }
    Ok(n)
}
