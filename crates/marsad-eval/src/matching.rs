//! Pairing predictions with gold events, article by article, and the figures over a set.

use crate::fields::{actors_ok, agreement, Field, FIELDS};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The scorer's figures over a gold set (names as `score.py --json` prints them).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Metrics {
    /// Gold articles.
    pub articles: usize,
    /// Gold articles with no prediction line.
    pub articles_missing: usize,
    /// Required gold events (matched or missed).
    pub gold_events: usize,
    /// Predicted events not absorbed by optional gold events.
    pub predicted_events: usize,
    /// Matched / predicted.
    pub event_precision: f64,
    /// Matched / required gold.
    pub event_recall: f64,
    /// Harmonic mean of the two.
    pub event_f1: f64,
    /// F1 of whole rows: sub-type, date, place, fatalities and injured all right.
    pub record_f1: f64,
    /// Gold actors found among the matched predictions' actors.
    pub actor_accuracy: Option<f64>,
    /// Gold articles with no event.
    pub negative_articles: usize,
    /// Events predicted in them.
    pub false_events_in_negative_articles: usize,
    /// Predicted spans checked against the text.
    pub spans_checked: usize,
    /// Spans whose text is not the slice of the article.
    pub spans_wrong: usize,
    /// Matched pairs with the right sub-type.
    pub sub_event_type_accuracy: Option<f64>,
    /// ... right date.
    pub date_accuracy: Option<f64>,
    /// ... right place (within tolerance).
    pub location_accuracy: Option<f64>,
    /// ... right country.
    pub country_accuracy: Option<f64>,
    /// ... right fatalities.
    pub fatalities_accuracy: Option<f64>,
    /// ... right injured.
    pub injured_accuracy: Option<f64>,
}

impl Metrics {
    /// A figure by its scorer name (`event_f1`, `location_accuracy`, ...); `None` when the
    /// name is unknown or the figure has nothing to measure.
    pub fn get(&self, name: &str) -> Option<f64> {
        let v = serde_json::to_value(self).ok()?;
        v.get(name)?.as_f64()
    }
}

/// One matched pair: indices into the article's predicted and gold events.
#[derive(Debug, Clone)]
pub struct Pair {
    /// Index of the prediction.
    pub pred: usize,
    /// Index of the gold event.
    pub gold: usize,
    /// The gold event is optional (no reward, no penalty).
    pub optional: bool,
    /// Wrong fields (empty for optional pairs, which are not scored).
    pub errors: Vec<Field>,
    /// The fields scored (those the gold event gives; empty for optional pairs).
    pub checked: Vec<Field>,
    /// Gold actors not found among the predicted ones (role names).
    pub actors_missed: Vec<&'static str>,
    /// Gold actors scored (0 for optional pairs).
    pub actors_checked: usize,
}

/// What happened in one article.
#[derive(Debug, Clone)]
pub struct ArticleResult {
    /// The article id.
    pub id: String,
    /// Pairs, in the order they were taken.
    pub pairs: Vec<Pair>,
    /// Predictions with no gold partner.
    pub spurious: Vec<usize>,
    /// Required gold events with no prediction.
    pub missed: Vec<usize>,
    /// The gold line had no prediction line at all.
    pub missing: bool,
}

/// Gold event type (rows) against predicted event type (columns); `"none"` on either side
/// stands for a missed or a spurious event.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Confusion {
    /// counts[gold][pred].
    pub counts: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Confusion {
    fn add(&mut self, gold: &str, pred: &str) {
        *self
            .counts
            .entry(gold.to_string())
            .or_default()
            .entry(pred.to_string())
            .or_default() += 1;
    }

    /// The labels on either axis, sorted, `none` last.
    pub fn labels(&self) -> Vec<String> {
        let mut l: Vec<String> = self.counts.keys().cloned().collect();
        for row in self.counts.values() {
            l.extend(row.keys().cloned());
        }
        l.sort();
        l.dedup();
        if let Some(i) = l.iter().position(|x| x == "none") {
            let n = l.remove(i);
            l.push(n);
        }
        l
    }

    /// One cell.
    pub fn get(&self, gold: &str, pred: &str) -> usize {
        self.counts
            .get(gold)
            .and_then(|r| r.get(pred))
            .copied()
            .unwrap_or(0)
    }
}

/// Figures, per-article results and confusion matrices of one gold set.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The scorer's figures.
    pub metrics: Metrics,
    /// One entry per gold article, in gold order.
    pub articles: Vec<ArticleResult>,
    /// Event types: matched pairs on the diagonal; left-over spurious and missed events of an
    /// article paired across types where their date agrees (a type confusion), the rest
    /// against `none`.
    pub event_types: Confusion,
    /// Sub-event types of the matched pairs (gold row, predicted column).
    pub sub_event_types: Confusion,
}

fn article_of(row: &Value) -> &Value {
    match row.get("article") {
        Some(a) if a.is_object() => a,
        _ => row,
    }
}

fn id_of(row: &Value) -> Option<String> {
    match &article_of(row)["id"] {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        v => Some(v.to_string()),
    }
}

fn events(row: &Value) -> &[Value] {
    row["events"].as_array().map(Vec::as_slice).unwrap_or(&[])
}

fn optional(g: &Value) -> bool {
    matches!(g.get("optional"), Some(v) if v.as_bool() == Some(true) || (v.is_number() && v.as_f64() != Some(0.0)))
}

fn spans<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(o) => {
            if o.contains_key("span") && o.contains_key("text") {
                out.push(v);
            }
            for x in o.values() {
                spans(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| spans(x, out)),
        _ => {}
    }
}

fn span_ok(s: &Value, text: &[char]) -> bool {
    let Some(sp) = s["span"].as_array() else {
        return false;
    };
    if sp.len() != 2 {
        return false;
    }
    let (Some(a), Some(b)) = (sp[0].as_u64(), sp[1].as_u64()) else {
        return false;
    };
    let (a, b) = (a as usize, b as usize);
    a <= b
        && b <= text.len()
        && s["text"]
            .as_str()
            .is_some_and(|t| t.chars().eq(text[a..b].iter().copied()))
}

fn round4(x: f64) -> f64 {
    // Python's round(x, 4) on the same double: round half to even on the decimal value.
    let s = format!("{x:.4}");
    s.parse().unwrap_or(x)
}

/// Score predictions (output form lines) against gold lines (gold form, with `text` when the
/// spans are to be checked). Articles are matched by id; a gold id repeated keeps its last line.
pub fn score(gold: &[Value], pred: &[Value]) -> Report {
    let mut gold_by_id: Vec<(String, &Value)> = Vec::new();
    let mut pos: HashMap<String, usize> = HashMap::new();
    for g in gold {
        let Some(id) = id_of(g) else { continue };
        match pos.get(&id) {
            Some(&i) => gold_by_id[i].1 = g,
            None => {
                pos.insert(id.clone(), gold_by_id.len());
                gold_by_id.push((id, g));
            }
        }
    }
    let mut pred_by_id: HashMap<String, &Value> = HashMap::new();
    for p in pred {
        if let Some(id) = id_of(p) {
            pred_by_id.insert(id, p);
        }
    }

    let mut m = Metrics {
        articles: gold_by_id.len(),
        ..Metrics::default()
    };
    let (mut tp, mut fp, mut fn_, mut full) = (0usize, 0usize, 0usize, 0usize);
    let mut field_right: HashMap<Field, usize> = HashMap::new();
    let mut field_seen: HashMap<Field, usize> = HashMap::new();
    let (mut actor_right, mut actor_seen) = (0usize, 0usize);
    let mut report = Report::default();

    for (id, g) in &gold_by_id {
        let text: Vec<char> = g["text"].as_str().unwrap_or("").chars().collect();
        let p = pred_by_id.get(id);
        let pevents: &[Value] = match p {
            None => {
                m.articles_missing += 1;
                &[]
            }
            Some(p) => {
                let pe = events(p);
                let mut sp = Vec::new();
                for e in pe {
                    spans(e, &mut sp);
                }
                m.spans_checked += sp.len();
                m.spans_wrong += sp.iter().filter(|s| !span_ok(s, &text)).count();
                pe
            }
        };
        let gevents = events(g);
        if gevents.is_empty() {
            m.negative_articles += 1;
            m.false_events_in_negative_articles += pevents.len();
        }
        // candidates: same event type; required gold first, then best agreement, then (as the
        // scorer's reverse sort of tuples does) the larger indices first
        let mut cands: Vec<(bool, f64, usize, usize)> = Vec::new();
        for (i, pe) in pevents.iter().enumerate() {
            for (j, ge) in gevents.iter().enumerate() {
                if pe.get("event_type") == ge.get("event_type") {
                    cands.push((!optional(ge), agreement(pe, ge), i, j));
                }
            }
        }
        cands.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
        let (mut used_p, mut used_g) = (HashSet::new(), HashSet::new());
        let mut res = ArticleResult {
            id: id.clone(),
            pairs: Vec::new(),
            spurious: Vec::new(),
            missed: Vec::new(),
            missing: p.is_none(),
        };
        for (_, _, i, j) in cands {
            if used_p.contains(&i) || used_g.contains(&j) {
                continue;
            }
            used_p.insert(i);
            used_g.insert(j);
            let (pe, ge) = (&pevents[i], &gevents[j]);
            let mut pair = Pair {
                pred: i,
                gold: j,
                optional: optional(ge),
                errors: Vec::new(),
                checked: Vec::new(),
                actors_missed: Vec::new(),
                actors_checked: 0,
            };
            if !pair.optional {
                tp += 1;
                let mut right = true;
                for f in FIELDS {
                    let Some(r) = f.check(pe, ge) else { continue };
                    *field_seen.entry(f).or_default() += 1;
                    pair.checked.push(f);
                    if r {
                        *field_right.entry(f).or_default() += 1;
                    } else {
                        pair.errors.push(f);
                        if f.in_record() {
                            right = false;
                        }
                    }
                }
                let roles: Vec<&'static str> = ["actor1", "actor2"]
                    .into_iter()
                    .filter(|r| !ge[*r].is_null() && ge[*r] != Value::Bool(false))
                    .collect();
                for (r, ok) in roles.iter().zip(actors_ok(pe, ge)) {
                    actor_seen += 1;
                    pair.actors_checked += 1;
                    if ok {
                        actor_right += 1;
                    } else {
                        pair.actors_missed.push(r);
                    }
                }
                full += usize::from(right);
                report
                    .event_types
                    .add(str_of(ge, "event_type"), str_of(pe, "event_type"));
                report
                    .sub_event_types
                    .add(str_of(ge, "sub_event_type"), str_of(pe, "sub_event_type"));
            }
            res.pairs.push(pair);
        }
        res.spurious = (0..pevents.len()).filter(|i| !used_p.contains(i)).collect();
        res.missed = (0..gevents.len())
            .filter(|j| !used_g.contains(j) && !optional(&gevents[*j]))
            .collect();
        fp += res.spurious.len();
        fn_ += res.missed.len();
        cross_type(&mut report.event_types, pevents, gevents, &res);
        report.articles.push(res);
    }

    let (pr, rc, f) = prf(tp, fp, fn_);
    let (n_pred, n_gold) = (tp + fp, tp + fn_);
    let rf = record_f1(full, n_pred, n_gold);
    m.gold_events = n_gold;
    m.predicted_events = n_pred;
    m.event_precision = round4(pr);
    m.event_recall = round4(rc);
    m.event_f1 = round4(f);
    m.record_f1 = round4(rf);
    m.actor_accuracy = (actor_seen > 0).then(|| round4(actor_right as f64 / actor_seen as f64));
    let acc = |f: Field| {
        let seen = field_seen.get(&f).copied().unwrap_or(0);
        (seen > 0).then(|| round4(field_right.get(&f).copied().unwrap_or(0) as f64 / seen as f64))
    };
    m.sub_event_type_accuracy = acc(Field::SubEventType);
    m.date_accuracy = acc(Field::Date);
    m.location_accuracy = acc(Field::Location);
    m.country_accuracy = acc(Field::Country);
    m.fatalities_accuracy = acc(Field::Fatalities);
    m.injured_accuracy = acc(Field::Injured);
    report.metrics = m;
    report
}

/// Precision, recall and F1 of `t` right predictions with `p` wrong ones and `n` gold ones
/// missed (0 where there is nothing to divide).
pub(crate) fn prf(t: usize, p: usize, n: usize) -> (f64, f64, f64) {
    let pr = if t + p > 0 {
        t as f64 / (t + p) as f64
    } else {
        0.0
    };
    let rc = if t + n > 0 {
        t as f64 / (t + n) as f64
    } else {
        0.0
    };
    let f = if pr + rc > 0.0 {
        2.0 * pr * rc / (pr + rc)
    } else {
        0.0
    };
    (pr, rc, f)
}

/// The F1 of whole records: `full` right among `n_pred` predicted and `n_gold` gold events.
pub(crate) fn record_f1(full: usize, n_pred: usize, n_gold: usize) -> f64 {
    prf(full, n_pred - full, n_gold - full).2
}

fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or("?")
}

/// Left-over predictions and gold events of one article: a spurious event whose date agrees
/// with a missed gold event of another type is counted as a type confusion; the rest go
/// against `none`.
fn cross_type(c: &mut Confusion, pevents: &[Value], gevents: &[Value], res: &ArticleResult) {
    let mut missed: Vec<usize> = res.missed.clone();
    for &i in &res.spurious {
        let pe = &pevents[i];
        let hit = missed
            .iter()
            .position(|&j| Field::Date.check(pe, &gevents[j]) == Some(true));
        match hit {
            Some(k) => {
                let j = missed.remove(k);
                c.add(str_of(&gevents[j], "event_type"), str_of(pe, "event_type"));
            }
            None => c.add("none", str_of(pe, "event_type")),
        }
    }
    for j in missed {
        c.add(str_of(&gevents[j], "event_type"), "none");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ev(t: &str, sub: &str, start: &str, fat: Value) -> Value {
        json!({"event_type": t, "sub_event_type": sub, "date": {"start": start, "end": start}, "fatalities": fat})
    }

    #[test]
    fn spurious_missed_and_optional_are_counted_as_the_scorer_does() {
        let mut riot = ev("riots", "mob_violence", "2015-08-01", Value::Null);
        riot["optional"] = json!(true);
        let gold = vec![
            json!({"id": "1", "published": "2015-08-02", "text": "", "events": [
                ev("battles", "armed_clash", "2015-08-01", json!(3)),
                ev("protests", "peaceful_protest", "2015-08-01", Value::Null),
                riot]}),
            json!({"id": "2", "published": "2015-08-02", "text": "", "events": []}),
        ];
        let pred = vec![
            json!({"article": {"id": "1"}, "events": [
                ev("battles", "armed_clash", "2015-08-01", json!(4)),
                ev("riots", "mob_violence", "2015-08-01", Value::Null),
                ev("explosions_remote_violence", "air_drone_strike", "2015-08-01", Value::Null)]}),
            json!({"article": {"id": "2"}, "events": [ev("battles", "armed_clash", "2015-08-01", Value::Null)]}),
        ];
        let r = score(&gold, &pred);
        let m = &r.metrics;
        assert_eq!((m.gold_events, m.predicted_events), (2, 3));
        assert_eq!(m.event_precision, 0.3333);
        assert_eq!(m.event_recall, 0.5);
        assert_eq!(m.false_events_in_negative_articles, 1);
        assert_eq!(m.fatalities_accuracy, Some(0.0));
        assert_eq!(m.record_f1, 0.0);
        assert_eq!(r.articles[0].spurious, vec![2]);
        assert_eq!(r.articles[0].missed, vec![1]);
        // the air strike on the day of the missed protest is a type confusion
        assert_eq!(
            r.event_types.get("protests", "explosions_remote_violence"),
            1
        );
        assert_eq!(r.event_types.get("none", "battles"), 1);
        assert_eq!(r.event_types.get("battles", "battles"), 1);
    }

    #[test]
    fn spans_must_be_slices_of_the_text_in_code_points() {
        let gold = vec![json!({"id": "a", "text": "قتل ثلاثة في حلب", "events": []})];
        let pred = vec![json!({"article": {"id": "a"}, "events": [
            {"event_type": "battles", "trigger": {"text": "قتل", "span": [0, 3]},
             "location": {"text": "حلب", "span": [13, 16]}, "actor1": {"text": "x", "span": [0, 1]}}]})];
        let m = score(&gold, &pred).metrics;
        assert_eq!((m.spans_checked, m.spans_wrong), (3, 1));
    }

    #[test]
    fn an_article_without_a_prediction_line_is_missing() {
        let gold = vec![
            json!({"id": "a", "events": [ev("battles", "armed_clash", "2015-08-01", Value::Null)]}),
        ];
        let m = score(&gold, &[]).metrics;
        assert_eq!(
            (m.articles_missing, m.gold_events, m.event_recall),
            (1, 1, 0.0)
        );
        assert_eq!(m.get("event_f1"), Some(0.0));
    }
}
