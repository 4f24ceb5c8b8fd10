//! Is a gazetteer match, here, a place? A learned answer.
//!
//! The gazetteer knows tens of thousands of village names, and many of them are also ordinary
//! words, adjectives (`الروسية`), personal names (`بشار`) or parts of organisation names.
//! [`PlaceMentionModel`] scores one match of [`crate::Gazetteer::mentions`] in its context:
//! the probability that the words are a place mention. It is a logistic regression over
//! named features of the match (the name with its clitics read off, its ending, the words
//! around it, titles and kinship words before it, place words and prepositions before it,
//! what the gazetteer knows of it), trained by `marsad place-mentions train` on sentences of
//! tagged named-entity corpora where each gazetteer match is labelled by the corpus's tags.
//!
//! The model file (`data/model/place-mention.tsv`) is plain text: `# key value` header lines
//! (what made it, bias, threshold, figures) and one `feature<TAB>weight` line per feature,
//! sorted. It is compiled into the binary.
//!
//! ```
//! use marsad_geo::{mention_model::PlaceMentionModel, Gazetteer};
//! use marsad_text::tokens::Analyzed;
//! let g = Gazetteer::embedded();
//! let m = PlaceMentionModel::embedded();
//! let a = Analyzed::new("قصف على مدينة حلب");
//! let ms = g.mentions(&a);
//! let p = m.probability(g, &a, &ms[0]);
//! assert!(p > 0.5);
//! ```

use crate::{Cue, Gazetteer, PlaceKind, PlaceMention, StopMode};
use marsad_text::hash::{chain, fx_str, mix, FxBuild, PreHashedBuild};
use marsad_text::tokens::{Analyzed, TokenKind};
use std::collections::{HashMap, HashSet};

/// A trained place-mention model: weights of named features, a bias and a threshold.
#[derive(Debug, Clone, Default)]
pub struct PlaceMentionModel {
    /// Log-odds with no feature.
    pub bias: f64,
    /// Matches scoring below this probability are not places.
    pub threshold: f64,
    /// Weight of each feature, by the hash of its name ([`feature_hash`]).
    weights: HashMap<u64, f64, PreHashedBuild>,
    /// Number of features.
    pub len: usize,
    /// The header lines other than bias and threshold (provenance), in order.
    pub header: Vec<(String, String)>,
}

/// A match's score with the features that weighed most.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionScore {
    /// Probability that the match is a place mention (0–1).
    pub probability: f64,
    /// At or above the model's threshold.
    pub keep: bool,
    /// The largest contributions by absolute weight, largest first: (feature, weight).
    pub top: Vec<(String, f64)>,
}

/// The hash of feature `tag=value`, as the model's table keys it.
#[inline]
pub fn feature_hash(tag: &str, value: &str) -> u64 {
    mix(chain(fx_str(tag), fx_str(value)))
}

/// The file could not be read: the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ModelError {}

const EMBEDDED_MODEL: &str = include_str!("../../../data/model/place-mention.tsv");

impl PlaceMentionModel {
    /// Read a model file; the error names the line that is wrong.
    pub fn parse(src: &str) -> Result<PlaceMentionModel, ModelError> {
        let mut m = PlaceMentionModel {
            threshold: 0.5,
            ..PlaceMentionModel::default()
        };
        let err = |n: usize, message: String| ModelError {
            line: n + 1,
            message,
        };
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end_matches(['\r', '\n']);
            if line.trim().is_empty() {
                continue;
            }
            if let Some(h) = line.strip_prefix('#') {
                let h = h.trim_start();
                let (k, v) = h.split_once(' ').unwrap_or((h, ""));
                match k {
                    "bias" => {
                        m.bias = v
                            .trim()
                            .parse()
                            .map_err(|_| err(n, format!("bias {v:?} is not a number")))?
                    }
                    "threshold" => {
                        m.threshold = v
                            .trim()
                            .parse()
                            .map_err(|_| err(n, format!("threshold {v:?} is not a number")))?
                    }
                    _ => m.header.push((k.to_string(), v.to_string())),
                }
                continue;
            }
            let (f, w) = line
                .rsplit_once('\t')
                .ok_or_else(|| err(n, "expected TAG=VALUE<TAB>WEIGHT".into()))?;
            let (tag, value) = f
                .split_once('=')
                .ok_or_else(|| err(n, format!("feature {f:?} has no '=' (TAG=VALUE)")))?;
            let w: f64 = w
                .trim()
                .parse()
                .map_err(|_| err(n, format!("weight {w:?} is not a number")))?;
            if !w.is_finite() {
                return Err(err(n, format!("weight {w} is not finite")));
            }
            if m.weights.insert(feature_hash(tag, value), w).is_some() {
                return Err(err(n, format!("feature {f:?} is listed twice")));
            }
        }
        m.len = m.weights.len();
        Ok(m)
    }

    /// The model compiled into the binary (`data/model/place-mention.tsv`).
    pub fn embedded() -> &'static PlaceMentionModel {
        static M: std::sync::OnceLock<PlaceMentionModel> = std::sync::OnceLock::new();
        M.get_or_init(|| {
            PlaceMentionModel::parse(EMBEDDED_MODEL)
                .expect("the embedded place-mention model parses")
        })
    }

    /// The weight of feature `tag=value` (0 when the model does not have it).
    #[inline]
    pub fn weight(&self, tag: &str, value: &str) -> f64 {
        self.weights
            .get(&feature_hash(tag, value))
            .copied()
            .unwrap_or(0.0)
    }

    /// The probability that mention `m` of `a` names a place. Computes the features of this
    /// match only, hashing each name without building it.
    pub fn probability(&self, g: &Gazetteer, a: &Analyzed, m: &PlaceMention) -> f64 {
        let mut z = self.bias;
        features(g, a, m, &mut |tag, value| z += self.weight(tag, value));
        sigmoid(z)
    }

    /// True when mention `m` of `a` scores at or above the threshold.
    pub fn is_place(&self, g: &Gazetteer, a: &Analyzed, m: &PlaceMention) -> bool {
        self.probability(g, a, m) >= self.threshold
    }

    /// The probability with the `top` features that weighed most (for explanations).
    pub fn explain(
        &self,
        g: &Gazetteer,
        a: &Analyzed,
        m: &PlaceMention,
        top: usize,
    ) -> MentionScore {
        let mut z = self.bias;
        let mut all: Vec<(String, f64)> = Vec::new();
        features(g, a, m, &mut |tag, value| {
            let w = self.weight(tag, value);
            z += w;
            if w != 0.0 {
                all.push((format!("{tag}={value}"), w));
            }
        });
        all.sort_by(|x, y| y.1.abs().total_cmp(&x.1.abs()).then(x.0.cmp(&y.0)));
        all.truncate(top);
        let probability = sigmoid(z);
        MentionScore {
            probability,
            keep: probability >= self.threshold,
            top: all,
        }
    }
}

/// The logistic function.
pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Titles before a personal name (folded, article read off).
const TITLES: &[&str] = &[
    "رييس",
    "شيخ",
    "ملك",
    "سيد",
    "سيده",
    "امير",
    "اميره",
    "ملكه",
    "وزير",
    "وزيره",
    "نائب",
    "عقيد",
    "لواء",
    "عميد",
    "قائد",
    "زعيم",
    "دكتور",
    "مستشار",
    "سفير",
    "مبعوث",
    "متحدث",
    "ناطق",
    "حاج",
    "امام",
    "مفتي",
    "مدير",
    "رائد",
    "مقدم",
    "جنرال",
    "فريق",
    "عماد",
    "رقيب",
    "شقيق",
    "نجل",
    "اخ",
    "زميل",
    "مواطن",
    "شهيد",
    "قاضي",
    "محامي",
    "نقيب",
    "مراسل",
    "مطرب",
    "فنان",
    "لاعب",
    "مدرب",
    "كاتب",
    "شاعر",
    "صحفي",
    "رييسه",
    "سلطان",
];
/// Kinship words in names (`بن`, `أبو`).
const KIN: &[&str] = &["بن", "ابن", "ابو", "ابي", "ام", "بنت", "ابنه"];
/// Place words before a name.
const PLACE_WORDS: &[&str] = &[
    "مدينه",
    "بلده",
    "قريه",
    "محافظه",
    "ولايه",
    "عاصمه",
    "دوله",
    "منطقه",
    "مخيم",
    "حي",
    "ريف",
    "اقليم",
    "جمهوريه",
    "مملكه",
    "امارة",
    "اماره",
    "ناحيه",
    "مدن",
    "قري",
    "بلدات",
    "اراضي",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "اطراف",
    "ضواحي",
    "بلاد",
    "جزيره",
    "سواحل",
];
/// Prepositions before a name.
const PREPOSITIONS: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "قرب",
    "نحو",
    "داخل",
    "حول",
    "عبر",
    "بين",
    "منذ",
    "لدي",
    "عند",
    "باتجاه",
    "الى",
    "خارج",
    "مع",
    "ضد",
];

/// The word lists above, folded as the text is (`رئيس` → `رييس`), once.
struct Lists {
    titles: HashSet<String, FxBuild>,
    kin: HashSet<String, FxBuild>,
    place: HashSet<String, FxBuild>,
    prep: HashSet<String, FxBuild>,
}

impl Lists {
    fn get() -> &'static Lists {
        static L: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
        L.get_or_init(|| {
            let f = |l: &[&str]| l.iter().map(|w| marsad_text::fold(w)).collect();
            Lists {
                titles: f(TITLES),
                kin: f(KIN),
                place: f(PLACE_WORDS),
                prep: f(PREPOSITIONS),
            }
        })
    }
}

/// A folded word with a conjunction and the article (and the prepositions before the
/// article) read off: `والرئيس` → `رئيس`, `وقال` → `قال`, `للرقة` → `رقه`. A `ب` or `ل`
/// before a word without the article stays (`بشار` is not `ب` + `شار`).
pub fn strip(w: &str) -> &str {
    for p in [
        "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
    ] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().nth(1).is_some() {
                return r;
            }
        }
    }
    if let Some(r) = w.strip_prefix('و') {
        if r.chars().nth(2).is_some() {
            return r;
        }
    }
    w
}

/// The article read off a name's first word (`الرقه` → `رقه`), when two letters remain.
fn strip_article(w: &str) -> &str {
    match w.strip_prefix("ال") {
        Some(r) if r.chars().nth(1).is_some() => r,
        _ => w,
    }
}

fn byte_of(s: &str, chars: usize) -> usize {
    s.char_indices().nth(chars).map_or(s.len(), |(b, _)| b)
}

/// The context word of token `k`: a word stripped, `#` for a number, the character of a
/// punctuation mark, `<nl>` for a line break.
fn context<'a>(a: &'a Analyzed, k: Option<usize>, edge: &'static str) -> &'a str {
    let Some(t) = k.and_then(|k| a.tokens.get(k)) else {
        return edge;
    };
    match t.kind {
        TokenKind::Word => strip(&t.norm),
        TokenKind::Number => "#",
        TokenKind::Punct(_) => &t.norm,
        TokenKind::Newline => "<nl>",
    }
}

fn pop_bucket(p: u32) -> &'static str {
    match p {
        0 => "0",
        1..=999 => "<1k",
        1000..=9_999 => "<10k",
        10_000..=99_999 => "<100k",
        100_000..=999_999 => "<1m",
        _ => "1m+",
    }
}

/// Every feature of mention `m` of `a`, as `(tag, value)` pairs given to `emit`. The
/// features describe the match only through its words, its context and the gazetteer.
pub fn features(g: &Gazetteer, a: &Analyzed, m: &PlaceMention, emit: &mut dyn FnMut(&str, &str)) {
    let toks = &a.tokens;
    if m.start >= m.end || m.end > toks.len() {
        return;
    }
    let first = &toks[m.start].norm;
    let cut = byte_of(first, m.skip);
    let (pre, stem) = first.split_at(cut);
    // the article: on the stem, or eaten by a preposition (`للرقة`)
    let eaten = pre.ends_with("لل");
    let definite = eaten || pre.ends_with("ال") || stem.starts_with("ال");
    let conj = pre
        .strip_suffix("ال")
        .or_else(|| pre.strip_suffix('ل').filter(|_| eaten))
        .unwrap_or(pre);
    emit("pre", if conj.is_empty() { "-" } else { conj });
    emit("al", if definite { "1" } else { "0" });
    let head = strip_article(stem);
    let words = m.end - m.start;
    let last = if words == 1 {
        head
    } else {
        toks[m.end - 1].norm.as_str()
    };
    // the first word of a longer name, its article read off (`محمد` of `محمد حسين`); a
    // one-word name is its key below (article kept: `الرقه` is not `ورقه`)
    if words > 1 {
        emit("w1", head);
    }
    // the key as the index spells it, for the curated list and the stoplist
    let mut key = String::with_capacity(stem.len() + 8);
    if eaten {
        key.push_str("ال");
    }
    key.push_str(stem);
    for t in &toks[m.start + 1..m.end] {
        key.push(' ');
        key.push_str(&t.norm);
    }
    // the name as written, article included: `الرقه` is not `ورقه`
    emit("key", &key);
    emit("len", ["1", "2", "3", "4+"][words.min(4) - 1]);
    let nch = head.chars().count();
    emit("nch", ["0", "1", "2", "3", "4", "5", "6", "7+"][nch.min(7)]);
    // endings: the feminine adjective, the nisba, plurals
    let ending = if last.ends_with("يين") || last.ends_with("يون") {
        "iyyin"
    } else if last.ends_with("يه") {
        "iyya"
    } else if last.ends_with("ي") {
        "i"
    } else if last.ends_with("ات") {
        "at"
    } else if last.ends_with("ه") {
        "a"
    } else {
        "-"
    };
    emit("end", ending);
    // the words around it
    let p1i = m.start.checked_sub(1);
    let p2i = m.start.checked_sub(2);
    let n1i = Some(m.end).filter(|&k| k < toks.len());
    let n2i = Some(m.end + 1).filter(|&k| k < toks.len());
    let p1 = context(a, p1i, "<s>");
    let p2 = context(a, p2i, "<s>");
    let n1 = context(a, n1i, "</s>");
    let n2 = context(a, n2i, "</s>");
    let l = Lists::get();
    emit("p1", p1);
    emit("p2", p2);
    emit("n1", n1);
    emit("n2", n2);
    if l.titles.contains(p1) {
        emit("title", "p1");
    } else if l.titles.contains(p2) {
        emit("title", "p2");
    }
    if l.kin.contains(p1) {
        emit("kin", "before");
    }
    if l.kin.contains(n1) {
        emit("kin", "after");
    }
    if l.kin.contains(head) {
        emit("kin", "self");
    }
    if l.place.contains(p1) {
        emit("placeword", "p1");
    } else if l.place.contains(p2) {
        emit("placeword", "p2");
    }
    if l.prep.contains(p1) {
        emit("prep", "p1");
    }
    if pre.contains('ب') || pre.ends_with('ل') && !pre.ends_with("ال") {
        emit("prep", "clitic");
    }
    // the next word: a name after a name (`محمد حسين`)? its shape says some
    if let Some(k) = n1i {
        let t = &toks[k];
        if t.is_word() {
            let n1al = t.norm.starts_with("ال");
            let n1end = if t.norm.ends_with("يه") {
                "iyya"
            } else if t.norm.ends_with('ي') {
                "i"
            } else {
                "-"
            };
            emit("n1shape", if n1al { "al" } else { "bare" });
            emit("n1end", n1end);
        }
    }
    emit(
        "cue",
        match m.cue {
            None => "-",
            Some(Cue::Town) => "town",
            Some(Cue::Province) => "province",
            Some(Cue::Countryside) => "countryside",
            Some(Cue::Direction) => "direction",
        },
    );
    emit("locative", if m.locative { "1" } else { "0" });
    if m.reference {
        emit("reference", "1");
    }
    if m.fuzzy {
        emit("fuzzy", "1");
    }
    // what the gazetteer knows: the largest candidate's kind and size, how many, curated
    let mut best: Option<(u32, &crate::Place)> = None;
    let mut has_country = false;
    let mut has_admin = false;
    for &id in &m.candidates {
        let p = g.place(id);
        has_country |= p.kind == PlaceKind::Country;
        has_admin |= matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Region);
        if best.is_none_or(|(pop, _)| p.population > pop) {
            best = Some((p.population, p));
        }
    }
    // introduced as a place (a preposition, a place word, a cue): with the size, the ending
    let introduced = m.locative
        || m.cue.is_some()
        || l.place.contains(p1)
        || l.prep.contains(p1)
        || pre.contains('ب');
    let itag = if introduced { "intro" } else { "bare" };
    emit(itag, ending);
    if let Some((pop, p)) = best {
        emit("kind", p.kind.code());
        emit("pop", pop_bucket(pop));
        emit(
            if introduced { "intropop" } else { "barepop" },
            pop_bucket(pop),
        );
        let mut kp = [0u8; 32];
        let code = p.kind.code().as_bytes();
        let b = pop_bucket(pop).as_bytes();
        kp[..code.len()].copy_from_slice(code);
        kp[code.len()] = b'/';
        kp[code.len() + 1..code.len() + 1 + b.len()].copy_from_slice(b);
        emit(
            "kindpop",
            std::str::from_utf8(&kp[..code.len() + 1 + b.len()]).unwrap_or("-"),
        );
    }
    if has_country {
        emit("country", "1");
    }
    if has_admin {
        emit("province", "1");
    }
    emit(
        "ncand",
        match m.candidates.len() {
            0 | 1 => "1",
            2 => "2",
            3..=5 => "3-5",
            6..=20 => "6-20",
            _ => "21+",
        },
    );
    emit("curated", if g.is_curated(&key) { "1" } else { "0" });
    emit(
        "stop",
        match g.stop_mode(&key) {
            None => "-",
            Some(StopMode::Drop) => "drop",
            Some(StopMode::Cue) => "cue",
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_read_folded() {
        let l = Lists::get();
        assert!(l.titles.contains("رييس") && l.kin.contains("ابو") && l.prep.contains("الي"));
        assert!(l.place.contains("مدينه"));
    }

    #[test]
    fn strip_reads_off_conjunction_and_article_only() {
        assert_eq!(strip("والرئيس"), "رئيس");
        assert_eq!(strip("وقال"), "قال");
        assert_eq!(strip("للرقه"), "رقه");
        assert_eq!(strip("بشار"), "بشار");
        assert_eq!(strip("وال"), "وال");
        assert_eq!(strip("ولد"), "ولد");
    }

    #[test]
    fn a_malformed_model_names_its_line() {
        let e = PlaceMentionModel::parse("# bias 0.1\nw=x\t0.5\nw=y 0.5\n").unwrap_err();
        assert_eq!(e.line, 3);
        let e = PlaceMentionModel::parse("# bias x\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("bias"), "{e}");
        let e = PlaceMentionModel::parse("wx\t0.5\n").unwrap_err();
        assert!(e.message.contains("'='"), "{e}");
        let e = PlaceMentionModel::parse("w=x\t0.5\nw=x\t0.2\n").unwrap_err();
        assert_eq!(e.line, 2);
        let m = PlaceMentionModel::parse("# bias 0.25\n# threshold 0.4\nw=x\t0.5\n").unwrap();
        assert_eq!((m.bias, m.threshold, m.len), (0.25, 0.4, 1));
        assert_eq!(m.weight("w", "x"), 0.5);
        assert_eq!(m.weight("w", "y"), 0.0);
    }

    #[test]
    fn features_name_the_name_its_clitics_and_its_context() {
        let g = Gazetteer::embedded();
        let a = Analyzed::new("وصل الوفد إلى مدينة حلب أمس");
        let ms = g.mentions(&a);
        let m = ms
            .iter()
            .find(|m| a.tokens[m.start].norm == "حلب")
            .expect("حلب is a gazetteer name");
        let mut f = Vec::new();
        features(g, &a, m, &mut |t, v| f.push(format!("{t}={v}")));
        for want in [
            "key=حلب",
            "p1=مدينه",
            "p2=الي",
            "n1=امس",
            "placeword=p1",
            "pre=-",
            "al=0",
        ] {
            assert!(f.iter().any(|x| x == want), "{want} not in {f:?}");
        }
    }
}

#[cfg(test)]
mod embedded_tests {
    use super::*;

    /// The score of the match that starts at word `word` of `text`.
    fn score_of(text: &str, word: &str) -> MentionScore {
        let g = Gazetteer::embedded();
        let a = Analyzed::new(text);
        let ms = g.mentions_unfiltered(&a);
        let (m, _) = ms
            .iter()
            .find(|(m, _)| a.tokens[m.start].norm == marsad_text::fold(word))
            .unwrap_or_else(|| panic!("{word} is not a gazetteer match in {text}"));
        PlaceMentionModel::embedded().explain(g, &a, m, 5)
    }

    #[test]
    fn the_embedded_model_tells_a_president_from_a_city() {
        let m = PlaceMentionModel::embedded();
        assert!(m.len > 100, "the embedded model has {} features", m.len);
        let bashar = score_of("قال الرئيس بشار الأسد إن الحرب انتهت", "بشار");
        assert!(!bashar.keep && bashar.probability < 0.2, "{bashar:?}");
        let aleppo = score_of("سقطت قذيفة في مدينة حلب صباح اليوم", "حلب");
        assert!(aleppo.keep && aleppo.probability > 0.8, "{aleppo:?}");
    }

    #[test]
    fn adjectives_names_and_ordinary_words_that_the_gazetteer_knows_score_low() {
        for (text, word) in [
            ("أعلنت وزارة الدفاع الروسية أن الطائرات عادت", "الروسية"),
            ("أطلقت صواريخ بالستية على المدينة", "بالستية"),
            ("وقال محمد حسين إن القصف استمر", "محمد"),
            ("أعلن زعيم التنظيم أبو بكر البغدادي", "أبو"),
            ("وطالب بوقف القصف فورا", "فورا"),
            ("قدم الوفد ورقة عمل", "ورقة"),
            ("وقالت شبكة إي بي سي نيوز", "إي"),
        ] {
            let s = score_of(text, word);
            assert!(!s.keep, "{word} in {text}: {s:?}");
        }
        let s = score_of("وصل الوفد إلى دمشق مساء أمس", "دمشق");
        assert!(s.keep, "{s:?}");
    }
}
