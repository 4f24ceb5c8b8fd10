//! How far a figure could move on another draw of the same kind of articles: percentile
//! intervals from resampling the articles with replacement (the bootstrap), over the pairs the
//! scorer made, with no new matching. A split of a few hundred articles reads its figures to
//! within a few hundredths; a change of one event is often less than that.

use crate::matching::{prf, record_f1, Report};
use crate::FIELDS;

/// A figure with its interval.
#[derive(Debug, Clone, PartialEq)]
pub struct Interval {
    /// The scorer's name of the figure (`event_f1`, `location_accuracy`, ...).
    pub name: String,
    /// The figure over the whole split (unrounded).
    pub value: f64,
    /// The interval's ends (the 2.5th and 97.5th percentiles of the resampled figures).
    pub low: f64,
    /// See `low`.
    pub high: f64,
}

/// What one article adds to the figures.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
    /// Matched pairs right in every field of the record.
    full: usize,
    seen: [usize; 6],
    right: [usize; 6],
    actors_seen: usize,
    actors_right: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.full += o.full;
        for k in 0..6 {
            self.seen[k] += o.seen[k];
            self.right[k] += o.right[k];
        }
        self.actors_seen += o.actors_seen;
        self.actors_right += o.actors_right;
    }

    /// The figures, named as the scorer names them; `None` where nothing was scored. The
    /// scorer's own formulas ([`prf`], [`record_f1`]), unrounded.
    fn figures(&self) -> Vec<(String, Option<f64>)> {
        let ratio = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
        let (p, r, f) = prf(self.tp, self.fp, self.fn_);
        let rf = record_f1(self.full, self.tp + self.fp, self.tp + self.fn_);
        let mut out: Vec<(String, Option<f64>)> = vec![
            ("event_precision".into(), Some(p)),
            ("event_recall".into(), Some(r)),
            ("event_f1".into(), Some(f)),
            ("record_f1".into(), Some(rf)),
        ];
        for (k, f) in FIELDS.iter().enumerate() {
            out.push((
                format!("{}_accuracy", f.name()),
                ratio(self.right[k], self.seen[k]),
            ));
        }
        out.push((
            "actor_accuracy".into(),
            ratio(self.actors_right, self.actors_seen),
        ));
        out
    }
}

fn tallies(report: &Report) -> Vec<Tally> {
    report
        .articles
        .iter()
        .map(|a| {
            let mut t = Tally {
                fp: a.spurious.len(),
                fn_: a.missed.len(),
                ..Tally::default()
            };
            for p in a.pairs.iter().filter(|p| !p.optional) {
                t.tp += 1;
                t.full += usize::from(!p.errors.iter().any(|f| f.in_record()));
                for (k, f) in FIELDS.iter().enumerate() {
                    if p.checked.contains(f) {
                        t.seen[k] += 1;
                        t.right[k] += usize::from(!p.errors.contains(f));
                    }
                }
                t.actors_seen += p.actors_checked;
                t.actors_right += p.actors_checked - p.actors_missed.len();
            }
            t
        })
        .collect()
}

/// SplitMix64: a small, fixed generator, so that an interval is the same on every machine.
struct Draws(u64);

impl Draws {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        // (the bias of a modulo is under n / 2^64: nothing for a few thousand articles)
        (self.next() % n as u64) as usize
    }
}

/// The 95% intervals of the scorer's figures over `rounds` resamplings of the report's
/// articles (as many as it has, drawn with replacement; `seed` fixes the draws). A figure
/// that no resampling could measure is left out.
pub fn intervals(report: &Report, rounds: usize, seed: u64) -> Vec<Interval> {
    let ts = tallies(report);
    let mut whole = Tally::default();
    ts.iter().for_each(|t| whole.add(t));
    let names = whole.figures();
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); names.len()];
    let mut draws = Draws(seed);
    if !ts.is_empty() {
        for _ in 0..rounds {
            let mut sum = Tally::default();
            for _ in 0..ts.len() {
                sum.add(&ts[draws.below(ts.len())]);
            }
            for (k, (_, v)) in sum.figures().into_iter().enumerate() {
                if let Some(v) = v {
                    samples[k].push(v);
                }
            }
        }
    }
    let at = |v: &[f64], q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    names
        .into_iter()
        .zip(samples)
        .filter_map(|((name, value), mut v)| {
            let value = value?;
            if v.is_empty() {
                return None;
            }
            v.sort_by(f64::total_cmp);
            Some(Interval {
                name,
                value,
                low: at(&v, 0.025),
                high: at(&v, 0.975),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn gold_and_pred(n: usize) -> (Vec<serde_json::Value>, Vec<serde_json::Value>) {
        let (mut gold, mut pred) = (Vec::new(), Vec::new());
        for i in 0..n {
            let id = format!("a{i}");
            let ev = |f: u64| {
                json!({"event_type": "battles", "sub_event_type": "armed_clash",
                       "date": {"start": "2015-08-01", "end": "2015-08-01"}, "fatalities": f,
                       "actor1": {"text": "الجيش", "canonical": "Army"}})
            };
            gold.push(json!({"id": id, "published": "2015-08-01", "events": [ev(3)]}));
            // every third article: a wrong toll; every fifth: a false event too
            let mut evs = vec![ev(if i % 3 == 0 { 4 } else { 3 })];
            if i % 5 == 0 {
                evs.push(
                    json!({"event_type": "protests", "sub_event_type": "peaceful_protest",
                                "date": {"start": "2015-08-01"}}),
                );
            }
            pred.push(json!({"article": {"id": id}, "events": evs}));
        }
        (gold, pred)
    }

    /// The articles' tallies add up to the scorer's own figures.
    #[test]
    fn tallies_give_the_scorers_figures() {
        let (gold, pred) = gold_and_pred(30);
        let r = crate::score(&gold, &pred);
        let mut whole = Tally::default();
        tallies(&r).iter().for_each(|t| whole.add(t));
        for (name, v) in whole.figures() {
            let want = r.metrics.get(&name);
            let got = v.map(|x| (x * 1e4).round() / 1e4);
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn intervals_hold_the_figure_and_repeat() {
        let (gold, pred) = gold_and_pred(60);
        let r = crate::score(&gold, &pred);
        let a = intervals(&r, 400, 7);
        assert_eq!(a, intervals(&r, 400, 7));
        let f = a.iter().find(|i| i.name == "fatalities_accuracy").unwrap();
        assert!((f.value - 40.0 / 60.0).abs() < 1e-9);
        assert!(f.low < f.value && f.value < f.high, "{f:?}");
        // every event is found: recall cannot move
        let r_ = a.iter().find(|i| i.name == "event_recall").unwrap();
        assert_eq!((r_.low, r_.high), (1.0, 1.0));
    }
}
