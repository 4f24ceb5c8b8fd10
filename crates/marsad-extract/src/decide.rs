//! The event decision: is a candidate the rules made a reportable event?
//!
//! The rules propose; this decides. A candidate (an event record the rules built, with its
//! trigger, sentence, date, place, actors and counts) is described by named features (all
//! listed in [`features`]), and a logistic model trained on the coded corpus (`marsad train`)
//! turns them into a probability: the record's `confidence`. Candidates below the model's
//! threshold are dropped. `--explain` prints the score and the features that weighed most.
//!
//! The model file (`data/model/event-decision.tsv`) is plain text: a header of `# key value`
//! lines (bias, threshold, what it was trained on) and one `feature<TAB>weight` line per
//! feature, sorted. It is compiled into the binary.

use crate::Explained;
use chrono::NaiveDate;
use marsad_model::Article;
use std::collections::HashMap;

/// A trained decision: weights of named features, a bias and a threshold.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Log-odds with no feature.
    pub bias: f64,
    /// The rules' events scoring below this probability are dropped...
    pub threshold: f64,
    /// ...except in the lead (a sentence starting in the first 300 code points: the title
    /// and the first sentence, where a report states its news), where this bar holds.
    pub threshold_lead: f64,
    /// Candidates the rules' guards stopped are events only from this probability up (they
    /// start from a veto, so the bar is set apart).
    pub threshold_guarded: f64,
    /// The bar of a brief report (a headline, a wire alert, a sentence or two coded alone,
    /// [`Where::Brief`]): there is no story around its words for them to be background to, so
    /// its bar is set apart from a long report's lead. A model file without it uses
    /// `threshold_lead`.
    pub threshold_brief: f64,
    /// Weight of each feature (absent: 0).
    pub weights: HashMap<String, f64, marsad_text::hash::FxBuild>,
    /// The header lines other than bias and threshold (provenance), in order.
    pub header: Vec<(String, String)>,
}

/// A candidate's score with the features that weighed most.
#[derive(Debug, Clone)]
pub struct Decision {
    /// Probability that the candidate is a reportable event (0–1).
    pub confidence: f64,
    /// Kept (at or above the threshold).
    pub keep: bool,
    /// The largest contributions, by absolute weight: (feature, weight).
    pub top: Vec<(String, f64)>,
}

impl Model {
    /// Read a model file; `Err` names the line that is wrong.
    pub fn parse(src: &str) -> Result<Model, String> {
        let mut m = Model {
            threshold: 0.5,
            threshold_lead: 0.5,
            threshold_guarded: 0.5,
            threshold_brief: f64::NAN,
            ..Model::default()
        };
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() {
                continue;
            }
            if let Some(h) = line.strip_prefix("# ") {
                let (k, v) = h.split_once(' ').unwrap_or((h, ""));
                match k {
                    "bias" => {
                        m.bias = v
                            .trim()
                            .parse()
                            .map_err(|_| format!("line {}: bias is not a number", n + 1))?
                    }
                    "threshold" => {
                        m.threshold = v
                            .trim()
                            .parse()
                            .map_err(|_| format!("line {}: threshold is not a number", n + 1))?
                    }
                    "threshold_lead" => {
                        m.threshold_lead = v.trim().parse().map_err(|_| {
                            format!("line {}: threshold_lead is not a number", n + 1)
                        })?
                    }
                    "threshold_guarded" => {
                        m.threshold_guarded = v.trim().parse().map_err(|_| {
                            format!("line {}: threshold_guarded is not a number", n + 1)
                        })?
                    }
                    "threshold_brief" => {
                        m.threshold_brief = v
                            .trim()
                            .parse::<f64>()
                            .ok()
                            .filter(|x| x.is_finite())
                            .ok_or_else(|| {
                            format!("line {}: threshold_brief is not a number", n + 1)
                        })?
                    }
                    _ => m.header.push((k.to_string(), v.to_string())),
                }
                continue;
            }
            let (f, w) = line
                .rsplit_once('\t')
                .ok_or_else(|| format!("line {}: expected FEATURE<TAB>WEIGHT", n + 1))?;
            let w: f64 = w
                .parse()
                .map_err(|_| format!("line {}: weight is not a number", n + 1))?;
            m.weights.insert(f.to_string(), w);
        }
        if m.threshold_brief.is_nan() {
            m.threshold_brief = m.threshold_lead;
        }
        Ok(m)
    }

    /// The model compiled into the binary.
    pub fn embedded() -> &'static Model {
        static M: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        M.get_or_init(|| {
            Model::parse(include_str!("../../../data/model/event-decision.tsv"))
                .expect("the embedded decision model parses")
        })
    }

    /// The actor decision compiled into the binary: which of an event's candidate actors is
    /// each of its sides (`data/model/actor-decision.tsv`; empty: the rules choose).
    pub fn embedded_actor() -> &'static Model {
        static M: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        M.get_or_init(|| {
            Model::parse(include_str!("../../../data/model/actor-decision.tsv"))
                .expect("the embedded actor model parses")
        })
    }

    /// The place decision compiled into the binary: which of an event's candidate places it
    /// happened at (`data/model/place-decision.tsv`; empty: the rules choose).
    pub fn embedded_place() -> &'static Model {
        static M: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        M.get_or_init(|| {
            Model::parse(include_str!("../../../data/model/place-decision.tsv"))
                .expect("the embedded place model parses")
        })
    }

    /// The linear score of a list of features: the bias and their weights (the log-odds).
    pub fn linear(&self, feats: &[String]) -> f64 {
        self.bias
            + feats
                .iter()
                .map(|f| self.weights.get(f.as_str()).copied().unwrap_or(0.0))
                .sum::<f64>()
    }

    /// Whether the model has any weight (an empty model decides nothing).
    pub fn is_trained(&self) -> bool {
        !self.weights.is_empty()
    }

    /// The bar a candidate must reach: guarded, in a brief report, in the lead, or
    /// elsewhere (see [`Where`]).
    pub fn bar(&self, guarded: bool, at: Where) -> f64 {
        if guarded {
            self.threshold_guarded
        } else if at == Where::Brief {
            self.threshold_brief
        } else if at == Where::Lead {
            self.threshold_lead
        } else {
            self.threshold
        }
    }

    /// Score a candidate's features (a candidate of the rules: the `threshold` bar).
    pub fn decide(&self, feats: &[String]) -> Decision {
        let mut acc = Scorer::new(self, self.threshold);
        for f in feats {
            acc.add(f);
        }
        acc.finish()
    }

    /// Score every candidate of an article without building feature lists.
    pub fn decide_all(&self, art: &Article, cands: &[Explained]) -> Vec<Decision> {
        self.decide_all_keeping(art, cands, None)
    }

    /// Like [`Model::decide_all`], keeping every candidate's features in `keep` when given
    /// (for the sub-type decision, which reads the same features).
    pub fn decide_all_keeping(
        &self,
        art: &Article,
        cands: &[Explained],
        mut keep: Option<&mut FeatureLists>,
    ) -> Vec<Decision> {
        let title = title_stems(art);
        let bytes = code_point_bytes(&art.text);
        let len = ReportLen::of(art);
        let mut buf = String::new();
        (0..cands.len())
            .map(|i| {
                let mut acc = Scorer::new(
                    self,
                    self.bar(!cands[i].guards.is_empty(), where_in(&len, &cands[i])),
                );
                features_with(art, cands, i, &title, &bytes, &mut buf, &mut |f| {
                    acc.add(f);
                    if let Some(k) = keep.as_deref_mut() {
                        k.text.push_str(f);
                        k.ends.push(k.text.len());
                    }
                });
                if let Some(k) = keep.as_deref_mut() {
                    k.lists.push(k.ends.len());
                }
                acc.finish()
            })
            .collect()
    }

    /// The probability of the features `feats` (what [`Model::decide`] says, without the
    /// features that weighed most).
    #[cfg(test)]
    fn confidence<S: AsRef<str>>(&self, feats: &[S]) -> f64 {
        let mut z = self.bias;
        for f in feats {
            if let Some(&w) = self.weights.get(f.as_ref()) {
                z += w;
            }
        }
        sigmoid(z)
    }

    /// The model file's text: header, then features sorted by name, weights to 4 decimals
    /// (those that round to 0 are left out).
    pub fn to_tsv(&self) -> String {
        let mut s = String::new();
        for (k, v) in &self.header {
            s.push_str(&format!("# {k} {v}\n"));
        }
        s.push_str(&format!(
            "# bias {:.4}\n# threshold {:.4}\n# threshold_lead {:.4}\n# threshold_guarded {:.4}\n# threshold_brief {:.4}\n",
            self.bias, self.threshold, self.threshold_lead, self.threshold_guarded, self.threshold_brief
        ));
        let mut fs: Vec<(&String, &f64)> = self
            .weights
            .iter()
            .filter(|(_, w)| (**w * 1e4).round() != 0.0)
            .collect();
        fs.sort_by(|a, b| a.0.cmp(b.0));
        for (f, w) in fs {
            s.push_str(&format!("{f}\t{w:.4}\n"));
        }
        s
    }
}

/// The features of each candidate of an article, in one buffer.
#[derive(Debug, Clone, Default)]
pub struct FeatureLists {
    text: String,
    /// End of each feature in `text` (each starts where the one before ends).
    ends: Vec<usize>,
    /// End of each candidate's features in `ends`.
    lists: Vec<usize>,
}

impl FeatureLists {
    /// The features of candidate `i`, in the order [`features`] lists them.
    pub fn get(&self, i: usize) -> Vec<&str> {
        let from = if i == 0 { 0 } else { self.lists[i - 1] };
        (from..self.lists[i])
            .map(|k| {
                let a = if k == 0 { 0 } else { self.ends[k - 1] };
                &self.text[a..self.ends[k]]
            })
            .collect()
    }
}

/// Sums the weights of features as they come, keeping the largest few for `--explain`.
struct Scorer<'m> {
    model: &'m Model,
    bar: f64,
    z: f64,
    /// The largest contributions so far, largest first (at most 8).
    top: Vec<(&'m str, f64)>,
}

impl<'m> Scorer<'m> {
    fn new(model: &'m Model, bar: f64) -> Self {
        Scorer {
            model,
            bar,
            z: model.bias,
            top: Vec::with_capacity(9),
        }
    }

    fn add(&mut self, f: &str) {
        if let Some((k, &w)) = self.model.weights.get_key_value(f) {
            self.z += w;
            // the list is sorted by falling weight: a weight below the eighth's is not in it
            if self.top.len() == 8 && self.top[7].1.abs() > w.abs() {
                return;
            }
            let before = |t: &(&str, f64)| {
                t.1.abs() > w.abs() || (t.1.abs() == w.abs() && t.0 <= k.as_str())
            };
            let at = self
                .top
                .iter()
                .position(|t| !before(t))
                .unwrap_or(self.top.len());
            if at < 8 {
                self.top.insert(at, (k.as_str(), w));
                self.top.truncate(8);
            }
        }
    }

    fn finish(self) -> Decision {
        let p = sigmoid(self.z);
        Decision {
            confidence: p,
            keep: p >= self.bar,
            top: self.top.iter().map(|(f, w)| (f.to_string(), *w)).collect(),
        }
    }
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The sub-type decision: within an event type, which sub-type a kept record is. One logistic
/// model per sub-type (that sub-type against the others of its type), over the same features;
/// the highest score wins. File: `## sub_event_type NAME TYPE` sections, each a model file.
#[derive(Debug, Clone)]
pub struct SubtypeModel {
    /// (sub-type, its event type, its model), sorted by sub-type.
    pub models: Vec<(String, String, Model)>,
    /// A sub-type replaces the rules' only when its model scores it `sure` or more and the
    /// model of the rules' sub-type scores that below `unsure` (file: `# bars sure X unsure Y`
    /// before the sections; 0.6 and 0.4 when absent).
    pub sure: f64,
    /// See `sure`.
    pub unsure: f64,
    /// Each feature's weight in every model that has it, as (model, weight) in the order of
    /// `models`: one lookup a feature for all the sub-types of a type. Built from `models`
    /// on the first [`SubtypeModel::choose`] (a model changed after that is not seen).
    joint: std::sync::OnceLock<Joint>,
}

/// See [`SubtypeModel`]'s `joint`.
type Joint = HashMap<String, Vec<(u16, f64)>, marsad_text::hash::FxBuild>;

impl Default for SubtypeModel {
    fn default() -> Self {
        SubtypeModel {
            models: Vec::new(),
            sure: 0.6,
            unsure: 0.4,
            joint: std::sync::OnceLock::new(),
        }
    }
}

impl SubtypeModel {
    /// The models of `models` (sub-type, its event type, its model) with the default bars.
    pub fn new(models: Vec<(String, String, Model)>) -> Self {
        SubtypeModel {
            models,
            ..SubtypeModel::default()
        }
    }

    /// The same models with the bars `sure` and `unsure`.
    pub fn with_bars(self, sure: f64, unsure: f64) -> Self {
        SubtypeModel {
            sure,
            unsure,
            ..self
        }
    }

    /// Read a sub-type model file; `Err` names the section that is wrong.
    pub fn parse(src: &str) -> Result<SubtypeModel, String> {
        let mut models = Vec::new();
        let mut out = SubtypeModel::default();
        let prelude = src.split("## sub_event_type ").next().unwrap_or("");
        if let Some(l) = prelude.lines().find_map(|l| l.strip_prefix("# bars ")) {
            let w: Vec<&str> = l.split_whitespace().collect();
            match w.as_slice() {
                ["sure", a, "unsure", b] => {
                    out.sure = a
                        .parse()
                        .map_err(|_| format!("# bars: {a:?} is not a number"))?;
                    out.unsure = b
                        .parse()
                        .map_err(|_| format!("# bars: {b:?} is not a number"))?;
                }
                _ => return Err(format!("# bars {l}: expected \"sure X unsure Y\"")),
            }
        }
        for sec in src.split("## sub_event_type ").skip(1) {
            let (head, body) = sec.split_once('\n').unwrap_or((sec, ""));
            let mut h = head.split_whitespace();
            let (Some(sub), Some(et)) = (h.next(), h.next()) else {
                return Err(format!(
                    "section {head:?}: expected SUB_EVENT_TYPE EVENT_TYPE"
                ));
            };
            let m = Model::parse(body).map_err(|e| format!("section {sub}: {e}"))?;
            models.push((sub.to_string(), et.to_string(), m));
        }
        out.models = models;
        Ok(out)
    }

    /// The model compiled into the binary.
    pub fn embedded() -> &'static SubtypeModel {
        static M: std::sync::OnceLock<SubtypeModel> = std::sync::OnceLock::new();
        M.get_or_init(|| {
            SubtypeModel::parse(include_str!("../../../data/model/subtype-decision.tsv"))
                .expect("the embedded sub-type model parses")
        })
    }

    /// The file's text.
    pub fn to_tsv(&self, header: &str) -> String {
        let mut s = header.to_string();
        if !self.models.is_empty() {
            s.push_str(&format!(
                "# bars sure {:.2} unsure {:.2}\n",
                self.sure, self.unsure
            ));
        }
        for (sub, et, m) in &self.models {
            s.push_str(&format!("## sub_event_type {sub} {et}\n"));
            s.push_str(&m.to_tsv());
        }
        s
    }

    /// The sub-type of candidate `i` (of event type `event_type`) and its score, when the
    /// model knows two or more sub-types of that type.
    /// A sub-type replaces the rules' `current` only when its model is sure of it (`sure` or
    /// more) and the model of the rules' sub-type is sure it is not that (below `unsure`).
    /// The features are owned (`&[String]`) or borrowed ([`FeatureLists::get`]).
    pub fn choose<S: AsRef<str>>(
        &self,
        event_type: &str,
        current: &str,
        feats: &[S],
    ) -> Option<(String, f64)> {
        self.choose_at(self.sure, self.unsure, event_type, current, feats)
    }

    /// [`SubtypeModel::choose`] with the bars `sure` and `unsure` in place of the model's own
    /// (the training tries several bars on one model, and its index).
    pub fn choose_at<S: AsRef<str>>(
        &self,
        sure: f64,
        unsure: f64,
        event_type: &str,
        current: &str,
        feats: &[S],
    ) -> Option<(String, f64)> {
        let scores: Vec<(String, f64)> = self
            .scores(event_type, feats)?
            .into_iter()
            .map(|(k, p)| (self.models[k].0.clone(), p))
            .collect();
        let cur = scores
            .iter()
            .find(|(s, _)| s == current)
            .map_or(0.0, |x| x.1);
        let best = scores
            .into_iter()
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
        (best.0 != current && best.1 >= sure && cur < unsure).then_some(best)
    }

    /// Each model of `event_type` (its index in `models`) and its probability for `feats`,
    /// as [`Model`] would score it alone; none when fewer than two models know the type.
    fn scores<S: AsRef<str>>(&self, event_type: &str, feats: &[S]) -> Option<Vec<(usize, f64)>> {
        let of_type: Vec<usize> = (0..self.models.len())
            .filter(|&k| self.models[k].1 == event_type)
            .collect();
        if of_type.len() < 2 {
            return None;
        }
        let joint = self.joint.get_or_init(|| {
            let mut j = Joint::default();
            for (k, (_, _, m)) in self.models.iter().enumerate() {
                for (f, &w) in &m.weights {
                    j.entry(f.clone()).or_default().push((k as u16, w));
                }
            }
            j
        });
        // each model's sum as `Model::confidence` makes it: its bias, then its weights in the
        // order of the features
        let mut z: Vec<f64> = self.models.iter().map(|(_, _, m)| m.bias).collect();
        for f in feats {
            if let Some(ws) = joint.get(f.as_ref()) {
                for &(k, w) in ws {
                    z[k as usize] += w;
                }
            }
        }
        Some(of_type.iter().map(|&k| (k, sigmoid(z[k]))).collect())
    }
}

/// Options of the training (L2 strength, passes).
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// L2 penalty on the weights (not the bias), per example.
    pub l2: f64,
    /// Full-batch passes.
    pub iterations: usize,
    /// A feature must occur in this many training candidates to get a weight.
    pub min_count: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            l2: 0.01,
            iterations: 400,
            min_count: 2,
        }
    }
}

/// The feature names a training run gives weights: those in at least `min_count` examples,
/// sorted (so the same examples give the same weights on any machine), with their positions.
struct FeatureIndex<'a> {
    names: Vec<&'a str>,
    index: HashMap<&'a str, usize>,
}

impl<'a> FeatureIndex<'a> {
    fn of(lists: impl Iterator<Item = &'a Vec<String>>, min_count: usize) -> Self {
        let mut count: HashMap<&str, usize> = HashMap::new();
        for fs in lists {
            let mut seen: Vec<&str> = fs.iter().map(String::as_str).collect();
            seen.sort_unstable();
            seen.dedup();
            for f in seen {
                *count.entry(f).or_default() += 1;
            }
        }
        let mut names: Vec<&str> = count
            .iter()
            .filter(|(_, c)| **c >= min_count)
            .map(|(f, _)| *f)
            .collect();
        names.sort_unstable();
        let index = names.iter().enumerate().map(|(i, f)| (*f, i)).collect();
        FeatureIndex { names, index }
    }

    /// The positions of an example's features that have a weight, sorted, each once.
    fn row(&self, fs: &[String]) -> Vec<usize> {
        let mut ix: Vec<usize> = fs
            .iter()
            .filter_map(|f| self.index.get(f.as_str()).copied())
            .collect();
        ix.sort_unstable();
        ix.dedup();
        ix
    }

    /// A model with these weights (bars at 0.5).
    fn model(&self, w: &[f64], bias: f64) -> Model {
        Model {
            bias,
            threshold: 0.5,
            threshold_lead: 0.5,
            threshold_guarded: 0.5,
            threshold_brief: 0.5,
            weights: self
                .names
                .iter()
                .zip(w)
                .map(|(f, x)| (f.to_string(), *x))
                .collect(),
            header: Vec::new(),
        }
    }
}

/// Train a logistic model: full-batch gradient descent with per-feature (AdaGrad) steps from
/// zero, in a fixed order, so that the same examples give the same weights on any machine.
/// Examples are (features, is an event, weight).
pub fn train(examples: &[(Vec<String>, bool, f64)], opt: TrainOptions) -> Model {
    let fx = FeatureIndex::of(examples.iter().map(|e| &e.0), opt.min_count);
    let rows: Vec<(Vec<usize>, f64, f64)> = examples
        .iter()
        .map(|(fs, y, w)| (fx.row(fs), if *y { 1.0 } else { 0.0 }, *w))
        .collect();
    let total: f64 = rows.iter().map(|r| r.2).sum::<f64>().max(1e-9);
    let n = fx.names.len();
    let mut w = vec![0.0f64; n];
    let mut b = 0.0f64;
    let (mut gw2, mut gb2) = (vec![1e-8f64; n], 1e-8f64);
    let rate = 0.5;
    for _ in 0..opt.iterations {
        let mut g = vec![0.0f64; n];
        let mut gb = 0.0;
        for (ix, y, wt) in &rows {
            let z = b + ix.iter().map(|&i| w[i]).sum::<f64>();
            let d = (sigmoid(z) - y) * wt / total;
            gb += d;
            for &i in ix {
                g[i] += d;
            }
        }
        for i in 0..w.len() {
            g[i] += opt.l2 * w[i];
            gw2[i] += g[i] * g[i];
            w[i] -= rate * g[i] / gw2[i].sqrt();
        }
        gb2 += gb * gb;
        b -= rate * gb / gb2.sqrt();
    }
    fx.model(&w, b)
}

/// Train a chooser: one of each set's candidates is right (or several equally), and the model
/// learns to score the right ones above the others of the same set (a conditional logit: the
/// softmax over the set's scores, its log-likelihood of the right ones, L2 on the weights).
/// What matters is the order within a set, so the bias stays 0 and a score's sigmoid is only a
/// monotone reading of it. Full-batch AdaGrad from zero in a fixed order: deterministic.
/// Sets with no right candidate, or with one candidate, teach nothing and are skipped.
pub fn train_chooser(sets: &[Vec<(Vec<String>, bool)>], opt: TrainOptions) -> Model {
    let sets: Vec<&Vec<(Vec<String>, bool)>> = sets
        .iter()
        .filter(|s| s.len() >= 2 && s.iter().any(|c| c.1))
        .collect();
    let fx = FeatureIndex::of(
        sets.iter().flat_map(|s| s.iter().map(|c| &c.0)),
        opt.min_count,
    );
    let rows: Vec<Vec<(Vec<usize>, bool)>> = sets
        .iter()
        .map(|s| s.iter().map(|(fs, y)| (fx.row(fs), *y)).collect())
        .collect();
    let total = rows.len().max(1) as f64;
    let n = fx.names.len();
    let mut w = vec![0.0f64; n];
    let mut gw2 = vec![1e-8f64; n];
    let rate = 0.5;
    let mut z: Vec<f64> = Vec::new();
    for _ in 0..opt.iterations {
        let mut g = vec![0.0f64; n];
        for set in &rows {
            z.clear();
            z.extend(
                set.iter()
                    .map(|(ix, _)| ix.iter().map(|&i| w[i]).sum::<f64>()),
            );
            let top = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let all: f64 = z.iter().map(|v| (v - top).exp()).sum();
            let right: f64 = z
                .iter()
                .zip(set)
                .filter(|(_, c)| c.1)
                .map(|(v, _)| (v - top).exp())
                .sum();
            for (v, (ix, y)) in z.iter().zip(set) {
                let e = (v - top).exp();
                // d(-log P(right))/dz = softmax over all - softmax over the right ones
                let d = (e / all - if *y { e / right } else { 0.0 }) / total;
                for &i in ix {
                    g[i] += d;
                }
            }
        }
        for i in 0..w.len() {
            g[i] += opt.l2 * w[i];
            gw2[i] += g[i] * g[i];
            w[i] -= rate * g[i] / gw2[i].sqrt();
        }
    }
    fx.model(&w, 0.0)
}

/// The named features of candidate `i` among an article's candidates. Every feature is a
/// property of the text and the record, never of an article's identity:
/// - `sub=`, `type=`: the sub-type and type the rules gave;
/// - `t=`, `ts=`: the trigger's folded words, and with clitics (و ف ب ل ال) stripped;
/// - `w=`, `s=`: each word of the trigger's sentence within 15 of it, folded, and stripped
///   (digits as `#`);
/// - `l=`, `r=`: stripped words among the 4 before and the 4 after the trigger;
/// - `a1=`, `a2=`: the actors' categories (or `none`); `claim`: a reporting speaker;
/// - `loc=`: the place's precision (or `none`); `fat=`, `inj=`: counts, bucketed;
/// - `dprec=`, `dtext`/`dnotext`, `dage=`: the date's precision, whether words give it, and
///   its distance before publication, bucketed (`future` after it);
/// - `pos=`: where the sentence starts in the article (bucketed code points);
/// - `nev=`: how many candidates the article has, bucketed;
/// - `title`: a word of the trigger is in the title; `sub×dtext`, `sub×fat` pairs;
/// - `earlier_type=`, `earlier_sub`, `earlier_place`, `earlier_same_day`: an earlier candidate
///   of the article has the same type (sub-type, place, day): a repeat or a second event;
///   `rules_before=`: how many rules events of its type come before it (0–3);
///   `guarded_beside_rules_event`: a guarded candidate in a sentence the rules made an event of;
/// - `section=`: the first segment of the article's address when it is a word (a site's
///   section: sport, business, world...);
/// - every feature that is not a word or a type, again with `@demo`, `@violence` or
///   `@strategic` appended: the same evidence weighs differently for a protest and a strike;
/// - `rules`: the rules made it an event; `guard=`: each rule's guard that would have stopped
///   it (negation, modal, call, sports, background, condemned, judicial...), and `guarded`.
pub fn features(art: &Article, cands: &[Explained], i: usize) -> Vec<String> {
    let mut out = Vec::with_capacity(96);
    let mut buf = String::new();
    let bytes = code_point_bytes(&art.text);
    features_with(
        art,
        cands,
        i,
        &title_stems(art),
        &bytes,
        &mut buf,
        &mut |f| out.push(f.to_string()),
    );
    out
}

/// The byte offset of each code point of `text`, read once for all of an article's candidates.
fn code_point_bytes(text: &str) -> Vec<u32> {
    text.char_indices().map(|(b, _)| b as u32).collect()
}

/// Where a candidate stands in its report, for its bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// The report is brief: at most [`BRIEF_CHARS`] code points (a headline, an alert, a
    /// sentence or two coded alone), all of it its news.
    Brief,
    /// Its sentence starts in the first 300 code points of a longer report.
    Lead,
    /// Further on.
    Body,
}

/// The longest report that is [`Where::Brief`], in code points without the white space around.
pub const BRIEF_CHARS: usize = 400;

/// A report's length in code points, without the white space around it.
#[derive(Debug, Clone, Copy)]
pub struct ReportLen(usize);

impl ReportLen {
    /// Measure the article's text.
    pub fn of(art: &Article) -> ReportLen {
        ReportLen(art.text.trim().chars().take(BRIEF_CHARS + 1).count())
    }
}

/// Where candidate `c` stands in the report measured by `len`.
pub fn where_in(len: &ReportLen, c: &Explained) -> Where {
    if len.0 <= BRIEF_CHARS {
        Where::Brief
    } else if in_lead(c) {
        Where::Lead
    } else {
        Where::Body
    }
}

/// The candidate's sentence starts in the first 300 code points (the title and the lead).
pub fn in_lead(c: &Explained) -> bool {
    c.event
        .sentence
        .map_or(c.event.trigger.span.start, |s| s.start)
        < 300
}

fn title_stems(art: &Article) -> Vec<String> {
    art.title
        .as_deref()
        .map(|t| Words::of(t).iter().map(|w| strip(w).to_string()).collect())
        .unwrap_or_default()
}

/// Writes features into a buffer and hands each to a sink: with `@family` appended too,
/// for the record's features that are not words or types.
struct Emit<'b> {
    buf: &'b mut String,
    family: &'static str,
    sink: &'b mut dyn FnMut(&str),
}

impl Emit<'_> {
    /// The feature written by `parts`, in order.
    #[inline]
    fn parts(&mut self, parts: &[&str]) {
        self.buf.clear();
        for p in parts {
            self.buf.push_str(p);
        }
        self.out();
    }
    /// The feature written by `args` (a name with a value that is not a string).
    fn fmt(&mut self, args: std::fmt::Arguments<'_>) {
        use std::fmt::Write;
        self.buf.clear();
        let _ = self.buf.write_fmt(args);
        self.out();
    }
    #[inline]
    fn out(&mut self) {
        (self.sink)(self.buf);
        let word = ["w=", "s=", "l=", "r=", "t=", "ts=", "sub", "type="]
            .iter()
            .any(|p| self.buf.starts_with(p));
        if !word {
            let n = self.buf.len();
            self.buf.push('@');
            self.buf.push_str(self.family);
            (self.sink)(self.buf);
            self.buf.truncate(n);
        }
    }
}

/// The features of [`features`], each written into `buf` and handed to `sink` (no list);
/// `title` is the title's stripped words, `bytes` the byte offset of each code point of the
/// text ([`code_point_bytes`]).
fn features_with(
    art: &Article,
    cands: &[Explained],
    i: usize,
    title: &[String],
    bytes: &[u32],
    buf: &mut String,
    sink: &mut dyn FnMut(&str),
) {
    let e = &cands[i].event;
    let family = match e.event_type.as_str() {
        "protests" | "riots" => "demo",
        "strategic_developments" => "strategic",
        _ => "violence",
    };
    // each feature, and the record's features (not its words) again within its family of
    // types: a protest needs no toll, an air strike often has one
    let mut emit = Emit { buf, family, sink };
    if cands[i].guards.is_empty() {
        emit.parts(&["rules"]);
    } else {
        emit.parts(&["guarded"]);
        for g in &cands[i].guards {
            emit.parts(&["guard=", g]);
        }
    }
    emit.parts(&["sub=", &e.sub_event_type]);
    emit.parts(&["type=", &e.event_type]);
    let trig_words = Words::of(&e.trigger.text);
    for w in trig_words.iter() {
        emit.parts(&["t=", w]);
        emit.parts(&["ts=", strip(w)]);
    }
    // the sentence around the trigger, by code points, read once from the text
    let sent = e
        .sentence
        .map(|s| (s.start, s.end))
        .unwrap_or((e.trigger.span.start, e.trigger.span.end));
    let (ts, te) = (
        e.trigger.span.start.clamp(sent.0, sent.1),
        e.trigger.span.end.clamp(sent.0, sent.1),
    );
    // byte offsets of code points sent.0 <= ts <= te <= sent.1 (the text's end past it)
    let byte = |k: usize| bytes.get(k).map_or(art.text.len(), |&b| b as usize);
    let at = [byte(sent.0), byte(ts), byte(te), byte(sent.1)];
    let (bw, aw) = (
        Words::of(&art.text[at[0]..at[1]]),
        Words::of(&art.text[at[2]..at[3]]),
    );
    // the words of the sentence within 15 of the trigger
    let near_before = bw.len().saturating_sub(15)..bw.len();
    let near_after = 0..aw.len().min(15);
    for w in near_before
        .map(|k| bw.get(k))
        .chain(trig_words.iter())
        .chain(near_after.map(|k| aw.get(k)))
    {
        emit.parts(&["w=", w]);
        emit.parts(&["s=", strip(w)]);
    }
    for w in bw.iter().rev().take(4) {
        emit.parts(&["l=", strip(w)]);
    }
    for w in aw.iter().take(4) {
        emit.parts(&["r=", strip(w)]);
    }
    let cat = |a: &Option<marsad_model::Actor>| {
        a.as_ref().map_or("none".to_string(), |a| {
            a.category.map_or("other".to_string(), |c| format!("{c:?}"))
        })
    };
    emit.parts(&["a1=", &cat(&e.actor1)]);
    emit.parts(&["a2=", &cat(&e.actor2)]);
    if e.claimed_by.is_some() {
        emit.parts(&["claim"]);
    }
    match e.location.as_ref().and_then(|l| l.precision) {
        Some(p) => emit.fmt(format_args!("loc={p:?}")),
        None => emit.parts(&["loc=none"]),
    }
    let bucket = |n: Option<u64>| match n {
        None => "none",
        Some(0) => "0",
        Some(1) => "1",
        Some(2..=9) => "2-9",
        Some(10..=99) => "10-99",
        Some(100..=999) => "100-999",
        Some(_) => "1000+",
    };
    emit.parts(&["fat=", bucket(e.fatalities)]);
    emit.parts(&["inj=", bucket(e.injured)]);
    emit.fmt(format_args!("dprec={:?}", e.date.range.precision));
    let dtext = if e.date.span.is_some() {
        "dtext"
    } else {
        "dnotext"
    };
    emit.parts(&[dtext]);
    emit.parts(&["dage=", age(art.published, e.date.range.start)]);
    let pos = match sent.0 {
        0 => "0",
        1..=299 => "<300",
        300..=999 => "<1000",
        1000..=2499 => "<2500",
        _ => "2500+",
    };
    emit.parts(&["pos=", pos]);
    let nev = match cands.len() {
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        _ => "6+",
    };
    emit.parts(&["nev=", nev]);
    // another candidate of the article tells the same kind of event: a repeat, or a second one
    fn place(x: &marsad_model::Event) -> Option<&str> {
        x.location
            .as_ref()
            .map(|l| l.name.as_deref().unwrap_or(l.text.as_str()))
    }
    let earlier = cands[..i].iter().map(|c| &c.event);
    let (mut same_sub, mut same_type, mut same_place, mut same_day) = (false, false, false, false);
    for o in earlier {
        if o.event_type == e.event_type {
            same_type = true;
            same_sub |= o.sub_event_type == e.sub_event_type;
            same_place |= place(o).is_some() && place(o) == place(e);
            same_day |= o.date.range.start == e.date.range.start;
        }
    }
    let rules_before = cands[..i]
        .iter()
        .filter(|c| c.guards.is_empty() && c.event.event_type == e.event_type)
        .count();
    emit.parts(&["earlier_type=", if same_type { "yes" } else { "no" }]);
    if same_sub {
        emit.parts(&["earlier_sub"]);
    }
    if same_place {
        emit.parts(&["earlier_place"]);
    }
    if same_day && same_type {
        emit.parts(&["earlier_same_day"]);
    }
    if !cands[i].guards.is_empty()
        && cands
            .iter()
            .any(|c| c.guards.is_empty() && c.event.sentence == e.sentence)
    {
        emit.parts(&["guarded_beside_rules_event"]);
    }
    emit.parts(&["rules_before=", ["0", "1", "2", "3"][rules_before.min(3)]]);
    if trig_words.iter().any(|w| {
        let w = strip(w);
        title.iter().any(|t| t == w)
    }) {
        emit.parts(&["title"]);
    }
    // the section the address names (sport, business, world, middle-east...), where it names one
    if let Some(seg) = url_section(art.url.as_deref()) {
        emit.parts(&["section=", &seg]);
    }
    emit.parts(&["sub×", dtext, "=", &e.sub_event_type]);
    emit.parts(&[
        "sub×fat",
        if e.fatalities.is_some() { "" } else { "none" },
        "=",
        &e.sub_event_type,
    ]);
}

/// The first path segment of an article's address when it is a word (a site's section).
fn url_section(url: Option<&str>) -> Option<String> {
    let rest = url?.split_once("://").map_or(url?, |(_, r)| r);
    let seg = rest.split('/').nth(1)?;
    let ok =
        (3..=20).contains(&seg.len()) && seg.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    ok.then(|| seg.to_ascii_lowercase())
}

fn age(published: NaiveDate, start: NaiveDate) -> &'static str {
    match (published - start).num_days() {
        d if d < 0 => "future",
        0 => "0",
        1 => "1",
        2..=3 => "2-3",
        4..=7 => "4-7",
        8..=30 => "8-30",
        _ => "31+",
    }
}

/// The words of a text ([`words`]), in one buffer.
struct Words {
    text: String,
    /// End of each word in `text` (each starts where the one before ends).
    ends: Vec<usize>,
}

impl Words {
    /// Words of a text, folded the cheap way (one alef, ya and ha; no marks or tatweel; Latin
    /// in lower case); digit runs (any script) become `#`.
    fn of(s: &str) -> Words {
        let mut out = Words {
            text: String::with_capacity(s.len()),
            ends: Vec::new(),
        };
        // the current word starts at `from`; all its characters are digits so far
        let mut from = 0;
        let mut digits = true;
        let flush = |out: &mut Words, from: &mut usize, digits: &mut bool| {
            if out.text.len() > *from {
                if *digits {
                    out.text.truncate(*from);
                    out.text.push('#');
                }
                out.ends.push(out.text.len());
                *from = out.text.len();
            }
            *digits = true;
        };
        for c in s.chars() {
            let c = match c {
                '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}' => continue,
                'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                c => c,
            };
            if ('\u{0621}'..='\u{064a}').contains(&c) {
                digits = false;
                out.text.push(c);
            } else if c.is_alphanumeric() {
                digits &= c.is_numeric();
                out.text.extend(c.to_lowercase());
            } else {
                flush(&mut out, &mut from, &mut digits);
            }
        }
        flush(&mut out, &mut from, &mut digits);
        out
    }
    fn len(&self) -> usize {
        self.ends.len()
    }
    /// Word `k`.
    fn get(&self, k: usize) -> &str {
        let a = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.text[a..self.ends[k]]
    }
    fn iter(&self) -> impl DoubleEndedIterator<Item = &str> + '_ {
        (0..self.len()).map(|k| self.get(k))
    }
}

/// Words of a text, folded the cheap way (one alef, ya and ha; no marks or tatweel; Latin in
/// lower case); digit runs (any script) become `#`.
#[cfg(test)]
fn words(s: &str) -> Vec<String> {
    Words::of(s).iter().map(str::to_string).collect()
}

/// A word without its leading conjunction, preposition and article, when enough remains.
fn strip(w: &str) -> &str {
    let mut s = w;
    for p in ["و", "ف"] {
        if let Some(r) = s.strip_prefix(p) {
            if r.chars().nth(2).is_some() {
                s = r;
            }
        }
    }
    for p in ["بال", "لل", "كال", "ال", "ب", "ل"] {
        if let Some(r) = s.strip_prefix(p) {
            if r.chars().nth(2).is_some() {
                s = r;
                break;
            }
        }
    }
    s
}

/// The options of one side of event `e` for the actor decision (`role` 1 for actor1, 2 for
/// actor2): each candidate actor (its index in `e.actors`) with its features prefixed by the
/// side, less the one at `without` (the other side's choice), and "no actor named" (`None`)
/// last. One model weighs both sides: their features are apart by the prefix.
pub fn actor_options(
    e: &Explained,
    role: u8,
    without: Option<usize>,
) -> Vec<(Option<usize>, Vec<String>)> {
    let mut out: Vec<(Option<usize>, Vec<String>)> = e
        .actors
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != without)
        .map(|(i, c)| {
            let mut f: Vec<String> = c.feats.iter().map(|x| format!("{role}|{x}")).collect();
            f.push(format!("{role}|actor"));
            (Some(i), f)
        })
        .collect();
    let (near, had) = none_context(e, role);
    out.push((
        None,
        vec![
            format!("{role}|none"),
            format!("{role}|none×type={}", e.event.event_type),
            format!("{role}|none×sub={}", e.event.sub_event_type),
            format!("{role}|none×in_sentence={near}"),
            format!("{role}|none×rules={had}"),
        ],
    ));
    out
}

/// What the "no actor" option of a side weighs: how many actors the event's sentence names
/// (0, 1, 2 or more), and whether the rules named that side.
fn none_context(e: &Explained, role: u8) -> (&'static str, &'static str) {
    let near = e
        .actors
        .iter()
        .filter(|c| {
            c.feats
                .iter()
                .any(|f| f == "where=clause" || f == "where=sentence")
        })
        .count();
    let had = match role {
        1 => e.event.actor1.is_some(),
        _ => e.event.actor2.is_some(),
    };
    (
        ["0", "1", "2"][near.min(2)],
        if had { "named" } else { "none" },
    )
}

/// The linear score of each option of a side, in the order [`actor_options`] lists them,
/// without building their feature lists (one buffer for every prefixed name).
pub fn actor_scores(model: &Model, e: &Explained, role: u8, without: Option<usize>) -> Vec<f64> {
    let mut buf = String::with_capacity(96);
    let mut weight = |parts: &[&str]| -> f64 {
        buf.clear();
        buf.push(char::from(b'0' + role));
        buf.push('|');
        for p in parts {
            buf.push_str(p);
        }
        model.weights.get(buf.as_str()).copied().unwrap_or(0.0)
    };
    let mut z: Vec<f64> = Vec::with_capacity(e.actors.len() + 1);
    for (_, c) in e
        .actors
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != without)
    {
        let mut s = model.bias + weight(&["actor"]);
        for f in &c.feats {
            s += weight(&[f.as_str()]);
        }
        z.push(s);
    }
    let (near, had) = none_context(e, role);
    z.push(
        model.bias
            + weight(&["none"])
            + weight(&["none×type=", &e.event.event_type])
            + weight(&["none×sub=", &e.event.sub_event_type])
            + weight(&["none×in_sentence=", near])
            + weight(&["none×rules=", had]),
    );
    z
}

/// The option a chooser takes among options scored `z` (linear scores): the highest, the rules'
/// option `rules` on a tie, then the earlier one. `marsad train` measures with it too.
pub fn best_option(z: &[f64], rules: usize) -> usize {
    (0..z.len())
        .max_by(|&a, &b| {
            z[a].total_cmp(&z[b])
                .then_with(|| (a == rules).cmp(&(b == rules)))
                .then_with(|| b.cmp(&a))
        })
        .expect("an option")
}

/// The actor decision: which of the event's candidate actors is each side (actor1, then
/// actor2 among the others), or none. Changes the record only where the decision differs
/// from the rules; `why` says so, with what weighed most.
pub fn choose_actors(model: &Model, e: &mut Explained) {
    if e.actors.is_empty() {
        return;
    }
    // each side's options: the candidates (less the other side's choice), then "no actor"
    let pick = |e: &Explained, role: u8, without: Option<usize>| -> Option<usize> {
        let idx: Vec<Option<usize>> = (0..e.actors.len())
            .filter(|&i| Some(i) != without)
            .map(Some)
            .chain([None])
            .collect();
        let rules = idx
            .iter()
            .position(|i| i.is_some_and(|i| e.actors[i].rules == role))
            .unwrap_or(idx.len() - 1);
        idx[best_option(&actor_scores(model, e, role, without), rules)]
    };
    let a1 = pick(e, 1, None);
    let a2 = pick(e, 2, a1);
    for (role, choice, without) in [(1u8, a1, None), (2u8, a2, a1)] {
        let now = match role {
            1 => e.event.actor1.as_ref(),
            _ => e.event.actor2.as_ref(),
        };
        let new = choice.map(|i| e.actors[i].actor.clone());
        if now.map(|a| &a.canonical) == new.as_ref().map(|a| &a.canonical) {
            continue;
        }
        // (what weighed most, read again from the chosen option's features, for the reasons)
        let d = actor_options(e, role, without)
            .into_iter()
            .find(|(i, _)| *i == choice)
            .map(|(_, f)| model.decide(&f))
            .expect("the chosen option");
        let top: Vec<String> = d.top.iter().map(|(f, w)| format!("{f} {w:+.2}")).collect();
        e.why.push(format!(
            "actor decision: actor{role} {} (score {:.3}) rather than the rules' {}; weighed most: {}",
            new.as_ref()
                .map_or("none".to_string(), |a| format!("«{}» → {}", a.text, a.canonical)),
            d.confidence,
            now.map_or("none".to_string(), |a| format!("«{}»", a.text)),
            top.join(", ")
        ));
        match role {
            1 => e.event.actor1 = new,
            _ => e.event.actor2 = new,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_file_round_trips() {
        let m = Model::parse("# trained_on train\n# bias -0.5000\n# threshold 0.4000\nsub=armed_clash\t0.7000\nw=قال\t-0.2500\n").unwrap();
        assert_eq!(m.bias, -0.5);
        assert_eq!(m.threshold, 0.4);
        assert_eq!(m.weights["w=قال"], -0.25);
        assert_eq!(Model::parse(&m.to_tsv()).unwrap().weights, m.weights);
        assert!(Model::parse("x y\n").unwrap_err().contains("line 1"));
        let d = m.decide(&["sub=armed_clash".into(), "w=قال".into(), "unknown".into()]);
        assert!((d.confidence - sigmoid(-0.05)).abs() < 1e-12);
        assert!(d.keep);
        assert_eq!(d.top[0].0, "sub=armed_clash");
    }

    #[test]
    fn a_brief_report_has_its_own_bar_and_an_older_file_reads_the_leads() {
        let old = Model::parse("# bias 0\n# threshold 0.3\n# threshold_lead 0.1\n").unwrap();
        assert_eq!(old.threshold_brief, 0.1);
        let m = Model::parse("# threshold 0.3\n# threshold_lead 0.1\n# threshold_brief 0.02\n# threshold_guarded 0.7\n").unwrap();
        assert_eq!(Model::parse(&m.to_tsv()).unwrap().threshold_brief, 0.02);
        assert_eq!(m.bar(false, Where::Brief), 0.02);
        assert_eq!(m.bar(false, Where::Lead), 0.1);
        assert_eq!(m.bar(false, Where::Body), 0.3);
        assert_eq!(m.bar(true, Where::Brief), 0.7);
        assert!(Model::parse("# threshold_brief x\n")
            .unwrap_err()
            .contains("line 1"));
        assert!(Model::parse("# threshold_brief NaN\n").is_err());
        // where a candidate stands: a report of 400 code points or fewer is brief, whatever
        // white space surrounds it; a longer one has a lead and a body
        let art = |text: String| Article {
            id: "x".into(),
            published: "2020-01-01".parse().unwrap(),
            title: None,
            source: None,
            url: None,
            text,
        };
        let x = crate::Extractor::embedded().without_decisions();
        let news = "قتل خمسة جنود في هجوم على حاجز للجيش في الأنبار اليوم.";
        let filler = " وقال مسؤول إن الطقس كان معتدلا في المدينة.".repeat(12);
        let wheres = |text: String| {
            let a = art(text);
            let len = ReportLen::of(&a);
            x.candidates(&a)
                .iter()
                .map(|c| where_in(&len, c))
                .collect::<Vec<_>>()
        };
        assert_eq!(wheres(format!("\n  {news}  \n")), [Where::Brief]);
        assert_eq!(wheres(format!("{news}{filler}")), [Where::Lead]);
        assert_eq!(
            wheres(format!("{}{news}", filler.trim_start())),
            [Where::Body]
        );
    }

    #[test]
    fn training_separates_what_the_features_separate_and_is_deterministic() {
        let ex: Vec<(Vec<String>, bool, f64)> = (0..40)
            .map(|i| {
                let y = i % 2 == 0;
                (
                    vec![
                        if y {
                            "good".to_string()
                        } else {
                            "bad".to_string()
                        },
                        format!("noise{}", i % 3),
                    ],
                    y,
                    1.0,
                )
            })
            .collect();
        let m = train(&ex, TrainOptions::default());
        assert!(
            m.weights["good"] > 0.5 && m.weights["bad"] < -0.5,
            "{:?}",
            m.weights
        );
        assert!(m.decide(&["good".into()]).keep && !m.decide(&["bad".into()]).keep);
        assert_eq!(train(&ex, TrainOptions::default()).to_tsv(), m.to_tsv());
    }

    #[test]
    fn the_joint_index_scores_as_each_model_alone() {
        // the embedded models, on lists of their own features (some twice, some unknown)
        let sm = SubtypeModel::embedded();
        let mut names: Vec<&str> = sm
            .models
            .iter()
            .flat_map(|(_, _, m)| m.weights.keys().map(String::as_str).take(40))
            .collect();
        names.sort_unstable();
        let mut compared = 0;
        for (n, chunk) in names.chunks(23).enumerate() {
            let mut feats: Vec<&str> = chunk.to_vec();
            feats.push("no such feature");
            feats.push(chunk[n % chunk.len()]);
            for et in ["battles", "explosions_remote_violence", "protests"] {
                let Some(got) = sm.scores(et, &feats) else {
                    continue;
                };
                for (k, p) in got {
                    assert_eq!(p.to_bits(), sm.models[k].2.confidence(&feats).to_bits());
                    compared += 1;
                }
            }
        }
        // every list was scored by the sub-types of the three types
        assert!(
            compared >= 3 * 2 * names.len() / 23,
            "{compared} scores compared"
        );
    }

    #[test]
    fn a_sub_type_replaces_the_rules_only_when_sure() {
        let m = |w: f64| Model::parse(&format!("# bias 0\n# threshold 0.5\nx\t{w}\n")).unwrap();
        let sm = SubtypeModel {
            models: vec![
                ("a".into(), "t".into(), m(-2.0)),
                ("b".into(), "t".into(), m(2.0)),
            ],
            ..SubtypeModel::default()
        };
        let text = sm.to_tsv("# header\n");
        assert_eq!(SubtypeModel::parse(&text).unwrap().models.len(), 2);
        // the bars travel with the file; a stricter one keeps the rules' sub-type
        let strict = SubtypeModel {
            sure: 0.95,
            ..sm.clone()
        };
        let back = SubtypeModel::parse(&strict.to_tsv("# header\n")).unwrap();
        assert_eq!((back.sure, back.unsure), (0.95, 0.4));
        assert_eq!(back.choose("t", "a", &["x".to_string()]), None);
        assert!(SubtypeModel::parse("# bars sure x unsure 0.4\n").is_err());
        let f = vec!["x".to_string()];
        assert_eq!(sm.choose("t", "a", &f).map(|x| x.0).as_deref(), Some("b"));
        assert_eq!(sm.choose("t", "b", &f), None);
        assert_eq!(sm.choose("other", "a", &f), None);
        assert!(SubtypeModel::parse("## sub_event_type lonely\n").is_err());
    }

    #[test]
    fn a_section_is_read_from_the_address() {
        assert_eq!(
            url_section(Some("https://arabic.cnn.com/sport/2018/05/02/x")).as_deref(),
            Some("sport")
        );
        assert_eq!(
            url_section(Some("https://www.skynewsarabia.com/middle-east/1044632")).as_deref(),
            Some("middle-east")
        );
        assert_eq!(url_section(Some("http://www.alriyadh.com/1068046")), None);
        assert_eq!(url_section(None), None);
    }

    #[test]
    fn a_chooser_ranks_within_a_set_and_is_deterministic() {
        // in every set the right place is the one in the event's clause; the nearest town is
        // right in some sets and wrong in others, and a country is never right
        let f = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mut sets = Vec::new();
        for k in 0..40 {
            sets.push(vec![
                (f(&["where=clause", "prec=town"]), true),
                (f(&["where=lead", "prec=town", "nearest"]), false),
                (f(&["where=lead", "prec=country"]), false),
            ]);
            if k % 4 == 0 {
                sets.push(vec![
                    (f(&["where=sentence", "prec=town", "nearest"]), true),
                    (f(&["where=lead", "prec=country"]), false),
                ]);
            }
        }
        // a set with no right candidate teaches nothing
        sets.push(vec![
            (f(&["where=clause", "prec=town"]), false),
            (f(&["prec=country"]), false),
        ]);
        let opt = TrainOptions {
            l2: 0.001,
            iterations: 200,
            min_count: 2,
        };
        let m = train_chooser(&sets, opt);
        let score = |v: &[&str]| m.decide(&f(v)).confidence;
        assert!(
            score(&["where=clause", "prec=town"]) > score(&["where=lead", "prec=town", "nearest"])
        );
        assert!(
            score(&["where=sentence", "prec=town", "nearest"])
                > score(&["where=lead", "prec=country"])
        );
        assert_eq!(m.bias, 0.0);
        assert_eq!(train_chooser(&sets, opt).to_tsv(), m.to_tsv());
    }

    #[test]
    fn clitics_are_stripped_only_when_a_word_remains() {
        assert_eq!(strip("والغارات"), "غارات");
        assert_eq!(strip("بالقصف"), "قصف");
        assert_eq!(strip("ولد"), "ولد");
        assert_eq!(
            words("قتل 12 شخصا، في «حلب»"),
            vec!["قتل", "#", "شخصا", "في", "حلب"]
        );
    }
}

/// Choose the event's place among its candidates with the place model: the highest score
/// wins, the rules' choice on a tie. Says why in `e.why`.
pub fn choose_place(model: &Model, e: &mut Explained) {
    if e.places.len() < 2 {
        return;
    }
    let scored: Vec<Decision> = e.places.iter().map(|c| model.decide(&c.feats)).collect();
    let rules = e.places.iter().position(|c| c.rules);
    let best = (0..scored.len())
        .max_by(|&a, &b| {
            scored[a]
                .confidence
                .total_cmp(&scored[b].confidence)
                .then_with(|| (Some(a) == rules).cmp(&(Some(b) == rules)))
                .then_with(|| b.cmp(&a))
        })
        .expect("two or more candidates");
    // the two likeliest of the others, for the reader who doubts the choice
    let mut others: Vec<usize> = (0..scored.len()).filter(|&k| k != best).collect();
    others.sort_by(|&a, &b| scored[b].confidence.total_cmp(&scored[a].confidence));
    let runners: Vec<String> = others
        .iter()
        .take(2)
        .map(|&k| {
            let l = &e.places[k].location;
            format!(
                "«{}» {} ({:.3})",
                l.text,
                l.name.as_deref().unwrap_or(""),
                scored[k].confidence
            )
        })
        .collect();
    if Some(best) == rules {
        e.why.push(format!(
            "place decision: the rules' place (score {:.3}, {} candidates; next: {})",
            scored[best].confidence,
            e.places.len(),
            runners.join(", ")
        ));
        return;
    }
    let top: Vec<String> = scored[best]
        .top
        .iter()
        .map(|(f, w)| format!("{f} {w:+.2}"))
        .collect();
    let was = e
        .event
        .location
        .as_ref()
        .map(|l| l.text.clone())
        .unwrap_or_default();
    let c = &e.places[best];
    e.why.push(format!(
        "place decision: «{}» (score {:.3}) rather than the rules' «{}» ({}); weighed most: {}; next: {}",
        c.location.text,
        scored[best].confidence,
        was,
        rules.map_or("none".to_string(), |r| format!(
            "{:.3}",
            scored[r].confidence
        )),
        top.join(", "),
        runners.join(", ")
    ));
    e.event.location = Some(c.location.clone());
}
