//! Training and measuring the place-mention model ([`crate::mention_model`]) on tagged
//! named-entity corpora: every gazetteer match in a tagged sentence is one example, a place
//! when the corpus tags its words as one.
//!
//! Pure: the caller reads the files and passes their text; errors name the line.

use crate::mention_model::{features, PlaceMentionModel};
use crate::{Gazetteer, PlaceMention};
use marsad_text::tokens::Analyzed;
use std::collections::HashMap;
use std::fmt::Write as _;

/// How a corpus file writes its tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `TOKEN TAG` per line, flat BIO tags (`B-LOC`, `I-PERS`, `O`); no blank lines: a
    /// sentence ends after `.`, `!`, `?` or `؟` (ANERcorp). Places: `LOC`.
    Flat,
    /// `TOKEN TAG TAG...` per line, nested BIO tags outermost first; a blank line ends a
    /// sentence; `$#$` marks a line break (Wojood). Places: the outermost tag `GPE`, `LOC`
    /// or `FAC`.
    Nested,
}

/// A tagged sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tagged {
    /// The tokens as the corpus writes them.
    pub tokens: Vec<String>,
    /// Per token: its outermost entity (`B`/`I`, type), if any.
    pub tags: Vec<Option<(bool, String)>>,
    /// 1-based line of the first token in its file.
    pub line: usize,
}

/// A corpus line that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for CorpusError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

impl std::error::Error for CorpusError {}

/// Characters that carry no text: a field of only these is not a field.
fn invisible(s: &str) -> bool {
    s.chars().all(|c| {
        matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
    })
}

/// A BIO tag: `O` → None, `B-X`/`I-X` → (begins, X).
fn parse_tag(s: &str) -> Result<Option<(bool, String)>, String> {
    if s == "O" {
        return Ok(None);
    }
    let (b, t) = if let Some(t) = s.strip_prefix("B-") {
        (true, t)
    } else if let Some(t) = s.strip_prefix("I-") {
        (false, t)
    } else {
        return Err(format!("tag {s:?} is not O, B-TYPE or I-TYPE"));
    };
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
        return Err(format!("tag {s:?}: the type must be capital letters"));
    }
    Ok(Some((b, t.to_string())))
}

/// Read a tagged corpus. A line whose only field is a tag (an empty token) is skipped.
pub fn parse_corpus(text: &str, scheme: Scheme) -> Result<Vec<Tagged>, CorpusError> {
    let mut out = Vec::new();
    let mut cur = Tagged::default();
    let flush = |cur: &mut Tagged, out: &mut Vec<Tagged>| {
        if !cur.tokens.is_empty() {
            out.push(std::mem::take(cur));
        }
    };
    for (n, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().filter(|f| !invisible(f)).collect();
        if fields.is_empty() {
            flush(&mut cur, &mut out);
            continue;
        }
        let err = |message: String| CorpusError {
            line: n + 1,
            message,
        };
        if fields.len() == 1 {
            if parse_tag(fields[0]).is_ok() {
                continue;
            }
            return Err(err(format!(
                "expected TOKEN TAG, found one field {:?}",
                fields[0]
            )));
        }
        let token = fields[0];
        let tags = &fields[1..];
        if scheme == Scheme::Flat && tags.len() > 1 {
            return Err(err(format!(
                "expected TOKEN TAG, found {} fields",
                fields.len()
            )));
        }
        let mut outer = None;
        for (k, t) in tags.iter().enumerate() {
            let t = parse_tag(t).map_err(err)?;
            if k == 0 {
                outer = t;
            }
        }
        if scheme == Scheme::Nested && token == "$#$" {
            continue;
        }
        if cur.tokens.is_empty() {
            cur.line = n + 1;
        }
        cur.tokens.push(token.to_string());
        cur.tags.push(outer);
        if scheme == Scheme::Flat && matches!(token, "." | "!" | "?" | "؟") {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    Ok(out)
}

/// True for the entity types that are places.
pub fn is_place_type(t: &str) -> bool {
    matches!(t, "LOC" | "GPE" | "FAC")
}

impl Tagged {
    /// Token ranges of the place entities.
    pub fn place_spans(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.tags.len() {
            match &self.tags[i] {
                Some((_, t)) if is_place_type(t) => {
                    let mut j = i + 1;
                    while let Some(Some((false, u))) = self.tags.get(j) {
                        if u != t {
                            break;
                        }
                        j += 1;
                    }
                    out.push((i, j));
                    i = j;
                }
                _ => i += 1,
            }
        }
        out
    }

    fn is_place(&self, k: usize) -> bool {
        matches!(&self.tags[k], Some((_, t)) if is_place_type(t))
    }
}

/// One gazetteer match in a tagged sentence.
#[derive(Debug, Clone)]
pub struct Example {
    /// Index of its sentence in the list given.
    pub sentence: usize,
    /// The corpus tokens it covers.
    pub range: (usize, usize),
    /// Its features, `tag=value`.
    pub features: Vec<String>,
    /// The corpus tags its words as a place.
    pub label: bool,
    /// The stoplist keeps it (`Gazetteer::mentions` finds the same words).
    pub stop_kept: bool,
}

/// A tagged sentence as text, with the match positions mapped back to its tokens.
struct Joined {
    analyzed: Analyzed,
    /// Code point where each corpus token starts.
    starts: Vec<usize>,
}

impl Joined {
    fn new(s: &Tagged) -> Joined {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(s.tokens.len());
        let mut at = 0;
        for t in &s.tokens {
            if !text.is_empty() {
                text.push(' ');
                at += 1;
            }
            starts.push(at);
            text.push_str(t);
            at += t.chars().count();
        }
        Joined {
            analyzed: Analyzed::new(&text),
            starts,
        }
    }

    /// The corpus tokens under tokens `[a, b)` of the analysed text.
    fn range(&self, a: usize, b: usize) -> (usize, usize) {
        let toks = &self.analyzed.tokens;
        let at = |cp: usize| self.starts.partition_point(|&s| s <= cp).saturating_sub(1);
        let first = at(toks[a].span.start);
        let last = at(toks[b - 1]
            .span
            .end
            .saturating_sub(1)
            .max(toks[b - 1].span.start));
        (first, last + 1)
    }
}

/// Every gazetteer match (before the stoplist) of every sentence, as an example.
pub fn examples(g: &Gazetteer, sentences: &[Tagged]) -> Vec<Example> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let j = Joined::new(s);
        let kept: Vec<(usize, usize)> = g
            .mentions(&j.analyzed)
            .iter()
            .map(|m| (m.start, m.end))
            .collect();
        for (m, _) in g.mentions_unfiltered(&j.analyzed) {
            let range = j.range(m.start, m.end);
            let label = (range.0..range.1).all(|k| s.is_place(k));
            let mut fs = Vec::with_capacity(32);
            features(g, &j.analyzed, &m, &mut |t, v| fs.push(format!("{t}={v}")));
            out.push(Example {
                sentence: si,
                range,
                features: fs,
                label,
                stop_kept: kept.contains(&(m.start, m.end)),
            });
        }
    }
    out
}

/// Options of [`train`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Features seen in fewer training examples are dropped.
    pub min_count: usize,
    /// Gradient steps (full batch).
    pub iterations: usize,
    /// Folds of the cross-validation that picks the L2 weight and the threshold.
    pub folds: usize,
    /// L2 weights tried.
    pub l2_grid: Vec<f64>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            min_count: 3,
            iterations: 300,
            folds: 5,
            l2_grid: vec![1e-6, 3e-6, 1e-5, 3e-5, 1e-4, 3e-4, 1e-3],
        }
    }
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Right answers.
    pub tp: usize,
    /// Wrong answers.
    pub fp: usize,
    /// Missed answers.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp), 0 with nothing answered.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn), 0 with nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    /// `P 0.0000 R 0.0000 F1 0.0000 (tp fp fn)`.
    pub fn line(&self) -> String {
        format!(
            "P {:.4} R {:.4} F1 {:.4} (tp {} fp {} fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
    fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            _ => {}
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Fit a logistic regression: full-batch gradient descent with per-feature (AdaGrad) steps on
/// the mean log loss plus `l2 / 2 * |w|^2`. Rows are sorted feature indices. Deterministic.
fn fit(rows: &[(Vec<u32>, bool)], nfeat: usize, l2: f64, iterations: usize) -> (f64, Vec<f64>) {
    let n = rows.len().max(1) as f64;
    let mut w = vec![0.0f64; nfeat];
    let mut b = 0.0f64;
    let mut gw2 = vec![1e-8f64; nfeat];
    let mut gb2 = 1e-8f64;
    let rate = 0.5;
    let mut g = vec![0.0f64; nfeat];
    for _ in 0..iterations {
        g.iter_mut().for_each(|x| *x = 0.0);
        let mut gb = 0.0;
        for (fs, y) in rows {
            let z = b + fs.iter().map(|&f| w[f as usize]).sum::<f64>();
            let d = crate::mention_model::sigmoid(z) - if *y { 1.0 } else { 0.0 };
            gb += d;
            for &f in fs {
                g[f as usize] += d;
            }
        }
        gb /= n;
        gb2 += gb * gb;
        b -= rate * gb / gb2.sqrt();
        for k in 0..nfeat {
            let gk = g[k] / n + l2 * w[k];
            gw2[k] += gk * gk;
            w[k] -= rate * gk / gw2[k].sqrt();
        }
    }
    (b, w)
}

fn score(b: f64, w: &[f64], fs: &[u32]) -> f64 {
    crate::mention_model::sigmoid(b + fs.iter().map(|&f| w[f as usize]).sum::<f64>())
}

/// What [`train`] chose and measured by cross-validation.
#[derive(Debug, Clone)]
pub struct Trained {
    /// The model file's text.
    pub text: String,
    /// The L2 weight chosen.
    pub l2: f64,
    /// The threshold chosen.
    pub threshold: f64,
    /// Out-of-fold log loss of each L2 tried.
    pub cv: Vec<(f64, f64)>,
    /// Out-of-fold figures at the chosen L2 and threshold.
    pub cv_counts: Counts,
    /// Features kept.
    pub features: usize,
}

/// Train on `examples`: features kept from `min_count` examples up, the L2 weight by
/// `folds`-fold cross-validation (folds by sentence), the threshold that gives the best
/// out-of-fold F1, then one fit on all. `header` lines (`key value`) open the file.
pub fn train(
    examples: &[Example],
    opt: &TrainOptions,
    header: &[(String, String)],
    progress: &mut dyn FnMut(&str),
) -> Trained {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for e in examples {
        for f in &e.features {
            *count.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut names: Vec<&str> = count
        .iter()
        .filter(|(_, &c)| c >= opt.min_count)
        .map(|(f, _)| *f)
        .collect();
    names.sort_unstable();
    let index: HashMap<&str, u32> = names
        .iter()
        .enumerate()
        .map(|(i, f)| (*f, i as u32))
        .collect();
    let rows: Vec<(Vec<u32>, bool)> = examples
        .iter()
        .map(|e| {
            let mut ix: Vec<u32> = e
                .features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            ix.sort_unstable();
            ix.dedup();
            (ix, e.label)
        })
        .collect();
    let folds = opt.folds.max(2);
    let fold_of = |e: &Example| e.sentence % folds;
    let mut cv = Vec::new();
    let mut best: Option<(f64, f64, Vec<f64>)> = None;
    for &l2 in &opt.l2_grid {
        let mut oof = vec![0.0f64; rows.len()];
        for k in 0..folds {
            let part: Vec<(Vec<u32>, bool)> = rows
                .iter()
                .zip(examples)
                .filter(|(_, e)| fold_of(e) != k)
                .map(|(r, _)| r.clone())
                .collect();
            let (b, w) = fit(&part, names.len(), l2, opt.iterations);
            for (i, (r, e)) in rows.iter().zip(examples).enumerate() {
                if fold_of(e) == k {
                    oof[i] = score(b, &w, &r.0);
                }
            }
        }
        let loss = rows
            .iter()
            .zip(&oof)
            .map(|((_, y), &p)| {
                let p = p.clamp(1e-12, 1.0 - 1e-12);
                if *y {
                    -p.ln()
                } else {
                    -(1.0 - p).ln()
                }
            })
            .sum::<f64>()
            / rows.len().max(1) as f64;
        progress(&format!("  l2 {l2:e}: out-of-fold log loss {loss:.4}"));
        cv.push((l2, loss));
        if best.as_ref().is_none_or(|(_, bl, _)| loss < *bl) {
            best = Some((l2, loss, oof));
        }
    }
    let (l2, _, oof) = best.unwrap_or((opt.l2_grid.first().copied().unwrap_or(1e-4), 0.0, vec![]));
    // the threshold with the best out-of-fold F1 (the lowest of equals)
    let mut threshold = 0.5;
    let mut cv_counts = Counts::default();
    let mut best_f1 = -1.0;
    for t in 1..20 {
        let t = t as f64 * 0.05;
        let mut c = Counts::default();
        for ((_, y), &p) in rows.iter().zip(&oof) {
            c.add(p >= t, *y);
        }
        if c.f1() > best_f1 + 1e-12 {
            best_f1 = c.f1();
            threshold = t;
            cv_counts = c;
        }
    }
    progress(&format!(
        "  chosen l2 {l2:e}, threshold {threshold:.2}: out-of-fold {}",
        cv_counts.line()
    ));
    let (b, w) = fit(&rows, names.len(), l2, opt.iterations);
    let mut text = String::new();
    for (k, v) in header {
        let _ = writeln!(text, "# {k} {v}");
    }
    let _ = writeln!(
        text,
        "# options min_count {} iterations {} folds {} l2 {l2:e} (out-of-fold log loss {}), threshold {threshold:.2} (best out-of-fold F1)",
        opt.min_count,
        opt.iterations,
        folds,
        cv.iter()
            .map(|(l, x)| format!("{l:e}:{x:.4}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let _ = writeln!(text, "# cross_validation {}", cv_counts.line());
    let _ = writeln!(text, "# bias {b:.4}");
    let _ = writeln!(text, "# threshold {threshold:.2}");
    let mut kept = 0;
    for (name, wk) in names.iter().zip(&w) {
        let r = (wk * 1e4).round() / 1e4;
        if r != 0.0 {
            let _ = writeln!(text, "{name}\t{r:.4}");
            kept += 1;
        }
    }
    Trained {
        text,
        l2,
        threshold,
        cv,
        cv_counts,
        features: kept,
    }
}

/// Figures of a model on tagged sentences.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Sentences.
    pub sentences: usize,
    /// Gazetteer matches (before the stoplist).
    pub matches: usize,
    /// Matches tagged as places.
    pub place_matches: usize,
    /// Place entities of the corpus.
    pub gold_mentions: usize,
    /// As a filter over the matches, "is a place": the model.
    pub filter_model: Counts,
    /// ...keeping every match.
    pub filter_all: Counts,
    /// ...keeping what the stoplist keeps.
    pub filter_stop: Counts,
    /// ...the model over what the stoplist keeps.
    pub filter_stop_model: Counts,
    /// Place mentions against all the corpus's place entities (same tokens): the model's
    /// kept matches.
    pub mention_model: Counts,
    /// ...every match.
    pub mention_all: Counts,
    /// ...the stoplist's mentions.
    pub mention_stop: Counts,
    /// ...the model over the stoplist's mentions.
    pub mention_stop_model: Counts,
}

impl Report {
    /// The report as lines of text.
    pub fn lines(&self) -> Vec<String> {
        vec![
            format!(
                "{} sentences, {} gazetteer matches ({} tagged places), {} place entities",
                self.sentences, self.matches, self.place_matches, self.gold_mentions
            ),
            format!("filter model          {}", self.filter_model.line()),
            format!("filter keep_all       {}", self.filter_all.line()),
            format!("filter stoplist       {}", self.filter_stop.line()),
            format!("filter stoplist+model {}", self.filter_stop_model.line()),
            format!("mention model          {}", self.mention_model.line()),
            format!("mention keep_all       {}", self.mention_all.line()),
            format!("mention stoplist       {}", self.mention_stop.line()),
            format!("mention stoplist+model {}", self.mention_stop_model.line()),
        ]
    }
}

/// Measure `model` on `sentences`: each match scored through [`PlaceMentionModel`], the
/// same call the pipeline makes.
pub fn evaluate(g: &Gazetteer, model: &PlaceMentionModel, sentences: &[Tagged]) -> Report {
    let mut r = Report {
        sentences: sentences.len(),
        ..Report::default()
    };
    for s in sentences {
        let j = Joined::new(s);
        let a = &j.analyzed;
        let gold = s.place_spans();
        r.gold_mentions += gold.len();
        let stopped: Vec<PlaceMention> = g.mentions(a);
        let stop_keys: Vec<(usize, usize)> = stopped.iter().map(|m| (m.start, m.end)).collect();
        let mut sys_model = Vec::new();
        let mut sys_all = Vec::new();
        for (m, _) in g.mentions_unfiltered(a) {
            let range = j.range(m.start, m.end);
            let label = (range.0..range.1).all(|k| s.is_place(k));
            let keep = model.is_place(g, a, &m);
            let stop = stop_keys.contains(&(m.start, m.end));
            r.matches += 1;
            r.place_matches += label as usize;
            r.filter_model.add(keep, label);
            r.filter_all.add(true, label);
            r.filter_stop.add(stop, label);
            r.filter_stop_model.add(stop && keep, label);
            if keep {
                sys_model.push(range);
            }
            sys_all.push(range);
        }
        let mut sys_stop = Vec::new();
        let mut sys_stop_model = Vec::new();
        for m in &stopped {
            let range = j.range(m.start, m.end);
            sys_stop.push(range);
            if model.is_place(g, a, m) {
                sys_stop_model.push(range);
            }
        }
        let count = |sys: &mut Vec<(usize, usize)>, c: &mut Counts| {
            sys.sort_unstable();
            sys.dedup();
            let tp = sys.iter().filter(|x| gold.contains(x)).count();
            c.tp += tp;
            c.fp += sys.len() - tp;
            c.fn_ += gold.len() - tp;
        };
        count(&mut sys_model, &mut r.mention_model);
        count(&mut sys_all, &mut r.mention_all);
        count(&mut sys_stop, &mut r.mention_stop);
        count(&mut sys_stop_model, &mut r.mention_stop_model);
    }
    r
}

/// The matches the model judges wrongly, most confident first: `probability, tagged or not,
/// the words around the match with the match in brackets`.
pub fn errors(g: &Gazetteer, model: &PlaceMentionModel, sentences: &[Tagged]) -> Vec<String> {
    let mut out: Vec<(f64, String)> = Vec::new();
    for s in sentences {
        let j = Joined::new(s);
        for (m, _) in g.mentions_unfiltered(&j.analyzed) {
            let (a, b) = j.range(m.start, m.end);
            let label = (a..b).all(|k| s.is_place(k));
            let p = model.probability(g, &j.analyzed, &m);
            if (p >= model.threshold) == label {
                continue;
            }
            let from = a.saturating_sub(5);
            let to = (b + 5).min(s.tokens.len());
            let words = format!(
                "{} [{}] {}",
                s.tokens[from..a].join(" "),
                s.tokens[a..b].join(" "),
                s.tokens[b..to].join(" ")
            );
            let what = if label {
                "place, dropped"
            } else {
                "not a place, kept"
            };
            out.push(((p - 0.5).abs(), format!("{p:.3}  {what}  {words}")));
        }
    }
    out.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    out.into_iter().map(|(_, l)| l).collect()
}

/// The split of a flat corpus with no documents marked: the first `percent` of its sentences
/// train, the rest is held out.
pub fn split(sentences: &[Tagged], percent: usize) -> (&[Tagged], &[Tagged]) {
    let cut = sentences.len() * percent.min(100) / 100;
    sentences.split_at(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flat_corpus_splits_sentences_at_full_stops() {
        let s = parse_corpus("في O\nحلب B-LOC\n. O\n O\nقال O\nالرئيس O\n", Scheme::Flat).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].place_spans(), vec![(1, 2)]);
        assert_eq!(s[1].line, 5);
    }

    #[test]
    fn a_nested_corpus_takes_the_outermost_tag() {
        let s = parse_corpus(
            "جامعة B-ORG\nدمشق I-ORG B-GPE\n\nمدينة B-GPE\nحلب I-GPE\n$#$ O\n",
            Scheme::Nested,
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert!(s[0].place_spans().is_empty());
        assert_eq!(s[1].place_spans(), vec![(0, 2)]);
        assert_eq!(s[1].tokens.len(), 2);
    }

    #[test]
    fn malformed_lines_are_named() {
        let e = parse_corpus("في O\nحلب LOC\n", Scheme::Flat).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("\"LOC\""), "{e}");
        let e = parse_corpus("في O\nحلب\n", Scheme::Flat).unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse_corpus("حلب B-LOC I-LOC\n", Scheme::Flat).unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse_corpus("حلب B-loc\n", Scheme::Nested).unwrap_err();
        assert!(e.message.contains("capital"), "{e}");
    }
}
