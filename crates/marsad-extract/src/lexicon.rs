//! Phrase dictionaries matched on tokens, with clitic readings and token boundaries.
//!
//! The naive approach, a substring automaton over the raw text, matches inside words
//! (`بغداد` in a longer word) and cannot see through clitics. Matching on tokens instead:
//! the first word of a phrase is looked up under each clitic reading of a text token
//! (`وبالصواريخ` → `الصواريخ`, `صواريخ`); the following words must match whole tokens,
//! with quote marks in between skipped (`تنظيم “داعش”`). A trailing `*` on the last word
//! accepts up to three more letters (conjugations and endings).

use marsad_text::hash::{fx_str, prefix2, HashFilter, PreHashedBuild};
use marsad_text::sieve::Sieve;
use marsad_text::tokenize;
use marsad_text::tokens::{Analyzed, TokenKind};
use marsad_text::AllReadings;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A match of a phrase: token range, clitic characters skipped, and the entry's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Folded characters of the first token that are a clitic prefix.
    pub skip: usize,
    /// Index of the entry's value.
    pub value: usize,
}

#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    words: Vec<String>,
    /// The hash ([`fx_str`]) of every word: later words are compared by hash first.
    hashes: Vec<u64>,
    /// The first word without its article, when it has one (matched too).
    first_bare: Option<String>,
    /// Per word: a trailing `*` (up to three more letters).
    open: Vec<bool>,
}

/// A phrase under its first word's key, with what rejects most of them without touching
/// the phrase: the hash of its second word, and for an open first word its letters.
#[derive(Debug, Clone, Copy)]
struct Cand {
    /// Hash of the second word; 0 for one-word phrases and open second words.
    next: u64,
    phrase: u32,
    /// The phrase's value index.
    value: u32,
    /// The dictionary of the phrase, in an index over several.
    set: u8,
    /// Words in the phrase: a one-word phrase is decided here, without reading the phrase.
    words: u8,
    /// The phrase has an open word.
    open_end: bool,
    /// For an open first word: its length in bytes, and its first bytes (up to 16).
    head_len: u8,
    head: [u8; 16],
}

impl Cand {
    /// For an open first word: does `stem` extend it by at most three letters? `None` when
    /// the word is longer than the bytes kept here.
    #[inline]
    fn open_fits(&self, stem: &str) -> Option<bool> {
        let n = self.head_len as usize;
        if n > self.head.len() {
            return None;
        }
        Some(open_ok(stem, &self.head[..n]))
    }
}

/// A key of a phrase's first word: exact, or (open first word) its first two letters.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    key: u64,
    open: bool,
    cand: Cand,
}

/// Where phrases start, for one dictionary or several searched together: candidates by
/// their first word's hash, stored in one flat list.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    by_first: HashMap<u64, (u32, u32), PreHashedBuild>,
    /// Open-ended first words (a `*` word), by their first two letters.
    open_first: HashMap<u64, (u32, u32), PreHashedBuild>,
    cands: Vec<Cand>,
    /// The keys of both maps: most words of an article are rejected here.
    filter: HashFilter,
}

/// Most dictionaries one index may join.
pub(crate) const MAX_SETS: usize = 4;

impl Index {
    /// The index of the entries of each dictionary (dictionary `k` is set `k`).
    pub(crate) fn new(sets: &[&[Entry]]) -> Index {
        assert!(sets.len() <= MAX_SETS);
        let mut groups: [HashMap<u64, Vec<Cand>, PreHashedBuild>; 2] = Default::default();
        let mut order: [Vec<u64>; 2] = Default::default();
        let mut filter = HashFilter::default();
        for (k, entries) in sets.iter().enumerate() {
            for e in entries.iter() {
                let g = usize::from(e.open);
                let list = groups[g].entry(e.key).or_insert_with(|| {
                    order[g].push(e.key);
                    Vec::new()
                });
                list.push(Cand {
                    set: k as u8,
                    ..e.cand
                });
                filter.insert(e.key);
            }
        }
        let mut ix = Index {
            filter,
            ..Index::default()
        };
        for g in 0..2 {
            for key in &order[g] {
                let list = &groups[g][key];
                let range = (ix.cands.len() as u32, list.len() as u32);
                ix.cands.extend_from_slice(list);
                if g == 0 {
                    ix.by_first.insert(*key, range)
                } else {
                    ix.open_first.insert(*key, range)
                };
            }
        }
        ix
    }

    #[inline]
    fn cands(&self, range: Option<&(u32, u32)>) -> &[Cand] {
        range.map_or(&[], |&(a, n)| &self.cands[a as usize..(a + n) as usize])
    }
}

/// A dictionary of phrases → values.
#[derive(Debug, Clone)]
pub struct PhraseSet<V> {
    phrases: Vec<Phrase>,
    entries: Vec<Entry>,
    /// Built at the first search after the last insert.
    index: OnceLock<Index>,
    /// Built at the first [`PhraseSet::may_match`] after the last insert.
    sieve: OnceLock<PhraseSieve>,
    values: Vec<V>,
}

/// The words a phrase needs in the folded text, for [`PhraseSet::may_match`]: every word of
/// it, the first without its article when it has one (a match is a clitic reading of a token
/// there, or a token itself: a run of the folded text either way).
#[derive(Debug, Clone)]
struct PhraseSieve {
    sieve: Sieve,
    /// Per word: it is a one-word phrase's, which it matches alone.
    alone: Vec<bool>,
    /// The longer phrases' words.
    phrases: Vec<Vec<u32>>,
}

impl PhraseSieve {
    fn new(phrases: &[Phrase]) -> PhraseSieve {
        let mut words: Vec<&str> = Vec::new();
        let mut id: HashMap<&str, u32> = HashMap::default();
        let mut alone: Vec<bool> = Vec::new();
        let mut longer = Vec::new();
        for p in phrases {
            let first = p.first_bare.as_deref().unwrap_or(&p.words[0]);
            let ws: Vec<u32> = std::iter::once(first)
                .chain(p.words[1..].iter().map(String::as_str))
                .map(|w| {
                    *id.entry(w).or_insert_with(|| {
                        words.push(w);
                        alone.push(false);
                        (words.len() - 1) as u32
                    })
                })
                .collect();
            if ws.len() == 1 {
                alone[ws[0] as usize] = true;
            } else {
                longer.push(ws);
            }
        }
        PhraseSieve {
            sieve: Sieve::new(&words),
            alone,
            phrases: longer,
        }
    }

    fn may_match(&self, text: &str) -> bool {
        let mut seen = vec![false; self.alone.len()];
        let stopped = self.sieve.scan(text, |k| {
            seen[k as usize] = true;
            self.alone[k as usize]
        });
        stopped
            || self
                .phrases
                .iter()
                .any(|ws| ws.iter().all(|&k| seen[k as usize]))
    }
}

impl<V> Default for PhraseSet<V> {
    fn default() -> Self {
        PhraseSet {
            phrases: Vec::new(),
            entries: Vec::new(),
            index: OnceLock::new(),
            sieve: OnceLock::new(),
            values: Vec::new(),
        }
    }
}

fn strip_article(w: &str) -> Option<&str> {
    let rest = w.strip_prefix("ال")?;
    (rest.chars().count() >= 2).then_some(rest)
}

impl<V> PhraseSet<V> {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The value of entry `i`.
    pub fn value(&self, i: usize) -> &V {
        &self.values[i]
    }

    /// The keys of the phrases' first words (to join this dictionary to others in one index).
    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::new(&[&self.entries]))
    }

    /// Add a phrase. Returns false when it has no words.
    pub fn insert(&mut self, phrase: &str, value: V) -> bool {
        let raw = phrase.trim();
        // a `*` right after a word opens that word's ending
        let toks = tokenize(raw);
        let mut words: Vec<String> = Vec::new();
        let mut open: Vec<bool> = Vec::new();
        for (k, t) in toks.iter().enumerate() {
            match t.kind {
                TokenKind::Word | TokenKind::Number => {
                    words.push(t.norm.to_string());
                    open.push(false);
                }
                TokenKind::Punct('*') if k > 0 && toks[k - 1].fend == t.fstart => {
                    if let Some(o) = open.last_mut() {
                        *o = true;
                    }
                }
                _ => {}
            }
        }
        if words.is_empty() {
            return false;
        }
        let open_end = open.iter().any(|&o| o);
        let vi = self.values.len();
        self.values.push(value);
        let pi = self.phrases.len() as u32;
        let hashes: Vec<u64> = words.iter().map(|w| fx_str(w)).collect();
        let next = if words.len() > 1 && !open[1] {
            hashes[1]
        } else {
            0
        };
        let first = words[0].as_str();
        let bare = strip_article(first);
        for w in std::iter::once(first).chain(bare) {
            let mut cand = Cand {
                next,
                phrase: pi,
                value: vi as u32,
                set: 0,
                words: words.len().min(255) as u8,
                open_end,
                head_len: 0,
                head: [0; 16],
            };
            let key = if open[0] {
                // the head decides for words of up to 16 bytes; longer ones are checked whole
                let n = w.len().min(16);
                cand.head[..n].copy_from_slice(&w.as_bytes()[..n]);
                cand.head_len = w.len().min(255) as u8;
                fx_str(prefix2(w))
            } else {
                fx_str(w)
            };
            self.entries.push(Entry {
                key,
                open: open[0],
                cand,
            });
        }
        let first_bare = bare.map(str::to_string);
        self.phrases.push(Phrase {
            words,
            hashes,
            first_bare,
            open,
        });
        self.index = OnceLock::new();
        self.sieve = OnceLock::new();
        true
    }

    /// The phrases, for a search over several dictionaries.
    pub(crate) fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }

    /// All matches, leftmost-longest and non-overlapping, in token order.
    pub fn find(&self, a: &Analyzed) -> Vec<Match> {
        self.find_with(a, &AllReadings::new(&a.tokens))
    }

    /// False when no phrase can match `text` (the original, before folding), found without
    /// analysing it: every word of a phrase must occur in its folded form. True says only that
    /// a search may find a match.
    pub fn may_match(&self, text: &str) -> bool {
        self.sieve
            .get_or_init(|| PhraseSieve::new(&self.phrases))
            .may_match(text)
    }

    /// Like [`PhraseSet::find`], with the clitic readings of every token computed once by
    /// the caller (several dictionaries share them).
    pub fn find_with(&self, a: &Analyzed, rds: &AllReadings<'_>) -> Vec<Match> {
        scan(self.index(), &[&self.phrases], a, rds).swap_remove(0)
    }
}

/// A word with a `*` (its bytes `w`) accepts up to three more letters.
fn open_ok(t: &str, w: &[u8]) -> bool {
    t.as_bytes().starts_with(w)
        && t.get(w.len()..)
            .is_some_and(|rest| rest.chars().nth(3).is_none())
}

/// The first token at or after `j` that is not a quote or a hyphen (skipped inside phrases:
/// `تنظيم “داعش”`).
fn skip_inner_punct(a: &Analyzed, mut j: usize) -> usize {
    while a
        .tokens
        .get(j)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('"') | TokenKind::Punct('-')))
    {
        j += 1;
    }
    j
}

/// Try the later words of phrase `p` after its first word at token `i` (which the caller
/// matched); returns the end token. Words are compared by hash, and a match is confirmed by
/// its letters.
fn try_rest(a: &Analyzed, rds: &AllReadings<'_>, i: usize, p: &Phrase) -> Option<usize> {
    let mut j = i + 1;
    for k in 1..p.words.len() {
        j = skip_inner_punct(a, j);
        let t = a.tokens.get(j)?;
        if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            return None;
        }
        let ok = if p.open[k] {
            open_ok(&t.norm, p.words[k].as_bytes())
        } else {
            // a word or number token's first reading is the whole token: its hash first, then
            // its letters (only when the hash agrees)
            rds.hashes(j).first().is_some_and(|h| h.0 == p.hashes[k]) && t.norm == p.words[k]
        };
        if !ok {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The matches of each dictionary of `index` (set `k` has the phrases `sets[k]`): for each
/// one, leftmost-longest and non-overlapping, in token order, exactly as if it were searched
/// alone; the text's readings are looked up once for all of them.
pub(crate) fn scan(
    index: &Index,
    sets: &[&[Phrase]],
    a: &Analyzed,
    rds: &AllReadings<'_>,
) -> Vec<Vec<Match>> {
    let ns = sets.len();
    let mut out: Vec<Vec<Match>> = vec![Vec::new(); ns];
    // per dictionary: the first token where a match may start (after its last match)
    let mut free = [0usize; MAX_SETS];
    let n = a.tokens.len();
    for i in 0..n {
        let t = &a.tokens[i];
        if !matches!(t.kind, TokenKind::Word | TokenKind::Number)
            || free[..ns].iter().all(|&f| f > i)
        {
            continue;
        }
        let mut best: [Option<(Match, bool)>; MAX_SETS] = [None; MAX_SETS];
        // the hash of the next word (quotes and hyphens skipped), which most phrases'
        // second words are checked against before the phrase itself is read
        let mut next: Option<u64> = None;
        let mut next_of = || {
            *next.get_or_insert_with(|| {
                rds.hashes(skip_inner_punct(a, i + 1))
                    .first()
                    .map_or(0, |h| h.0)
            })
        };
        for (r, &(h, h2)) in rds.get(i).iter().copied().zip(rds.hashes(i)) {
            let exact = if index.filter.may_contain(h) {
                index.cands(index.by_first.get(&h))
            } else {
                &[]
            };
            let open = if index.open_first.is_empty() || !index.filter.may_contain(h2) {
                &[][..]
            } else {
                index.cands(index.open_first.get(&h2))
            };
            let opens = exact.len();
            for (ci, c) in exact.iter().chain(open.iter()).enumerate() {
                let set = c.set as usize;
                if free[set] > i || (c.next != 0 && c.next != next_of()) {
                    continue;
                }
                // the first word: an exact one was found by its hash; an open one must extend
                // the word by at most three letters
                if ci >= opens {
                    let fits = c.open_fits(r.stem).unwrap_or_else(|| {
                        let p = &sets[set][c.phrase as usize];
                        open_ok(r.stem, p.words[0].as_bytes())
                            || p.first_bare
                                .as_deref()
                                .is_some_and(|w| open_ok(r.stem, w.as_bytes()))
                    });
                    if !fits {
                        continue;
                    }
                }
                let end = if c.words == 1 {
                    Some(i + 1)
                } else {
                    try_rest(a, rds, i, &sets[set][c.phrase as usize])
                };
                if let Some(end) = end {
                    let better = match best[set] {
                        None => true,
                        Some((b, bopen)) => {
                            let len = end - i;
                            let blen = b.end - b.start;
                            // longer phrase, then exact over open-ended, then smaller prefix
                            len > blen
                                || (len == blen && !c.open_end && bopen)
                                || (len == blen && r.prefix < b.skip && c.open_end == bopen)
                        }
                    };
                    if better {
                        best[set] = Some((
                            Match {
                                start: i,
                                end,
                                skip: r.prefix,
                                value: c.value as usize,
                            },
                            c.open_end,
                        ));
                    }
                }
            }
        }
        for (set, b) in best[..ns].iter().enumerate() {
            let Some((mut m, _)) = *b else { continue };
            // a quote opened inside the phrase is closed inside it too: تنظيم “داعش”
            let quotes = a.tokens[m.start..m.end]
                .iter()
                .filter(|t| t.kind == TokenKind::Punct('"'))
                .count();
            if quotes % 2 == 1
                && a.tokens
                    .get(m.end)
                    .is_some_and(|t| t.kind == TokenKind::Punct('"'))
            {
                m.end += 1;
            }
            out[set].push(m);
            free[set] = m.end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(set: &PhraseSet<&'static str>, text: &str) -> Vec<(String, &'static str)> {
        let a = Analyzed::new(text);
        set.find(&a)
            .into_iter()
            .map(|m| {
                (
                    a.span(m.start, m.end, m.skip).slice(text).to_string(),
                    *set.value(m.value),
                )
            })
            .collect()
    }

    /// A few phrases of the kinds the dictionaries hold: several words, a first word with
    /// the article, an open word.
    fn sample() -> PhraseSet<&'static str> {
        let mut s = PhraseSet::new();
        s.insert("قوات سوريا الديمقراطية", "sdf");
        s.insert("تنظيم داعش", "is");
        s.insert("داعش", "is");
        s.insert("قصف*", "shell");
        s.insert("التحالف", "coal");
        s
    }

    #[test]
    fn clitics_quotes_and_open_ends() {
        let s = sample();
        assert_eq!(
            found(
                &s,
                "وقال رئيس المكتب لقوات سوريا الديمقراطية إن تنظيم “داعش” قصفت"
            ),
            [
                ("قوات سوريا الديمقراطية".into(), "sdf"),
                ("تنظيم “داعش”".into(), "is"),
                ("قصفت".into(), "shell")
            ]
        );
        assert_eq!(found(&s, "تابعة للتحالف"), [("تحالف".into(), "coal")]);
        // no match inside a longer word
        assert!(found(&s, "الداعشيين").is_empty());
        // open end accepts at most three more letters
        assert!(found(&s, "قصفتهمونا").is_empty());
    }

    #[test]
    fn long_open_words_and_joint_search() {
        // an open word longer than the bytes a candidate keeps is checked against the phrase
        let mut s = PhraseSet::new();
        s.insert("المستشفيات*", "long");
        s.insert("قصف*", "shell");
        assert_eq!(
            found(&s, "والمستشفياتية"),
            [("المستشفياتية".into(), "long")]
        );
        assert!(found(&s, "المستشفياتيةون").is_empty());
        assert_eq!(found(&s, "قصفوا"), [("قصفوا".into(), "shell")]);
        // dictionaries joined in one index find what each finds alone, overlaps included
        let mut t = PhraseSet::new();
        t.insert("قصف مدفعي", "artillery");
        t.insert("مدفعي", "gun");
        let text = "وقصف مدفعي على المستشفيات";
        let a = Analyzed::new(text);
        let rds = AllReadings::new(&a.tokens);
        let index = Index::new(&[s.entries(), t.entries()]);
        let joint = scan(&index, &[s.phrases(), t.phrases()], &a, &rds);
        assert_eq!(joint, vec![s.find(&a), t.find(&a)]);
        assert_eq!(joint[1].len(), 1);
    }

    #[test]
    fn open_word_inside_a_phrase() {
        let mut s = PhraseSet::new();
        s.insert("أطلق* صاروخين", "rockets");
        s.insert("صاروخين", "weak");
        assert_eq!(
            found(&s, "وأضاف أن المتشددين أطلقوا صاروخين"),
            [("أطلقوا صاروخين".into(), "rockets")]
        );
        assert_eq!(
            found(&s, "وأطلقت صاروخين"),
            [("أطلقت صاروخين".into(), "rockets")]
        );
        // the open word is the first one only: the second must be exact
        assert_eq!(found(&s, "أطلقوا صاروخينا"), Vec::<(String, &str)>::new());
    }

    #[test]
    fn the_sieve_answers_before_the_analysis() {
        let s = sample();
        assert!(s.may_match("وقصفـــت الطائرات"));
        assert!(s.may_match("تابعة لِلتَّحالُفِ"));
        // every word of a longer phrase, wherever it stands
        assert!(s.may_match("سوريا ... الديمقراطية ... قوات"));
        assert!(!s.may_match("قوات سوريا"));
        assert!(!s.may_match("كان الطقس جميلا"));
        assert!(!s.may_match(""));
    }

    /// Every text in which a trigger of the embedded dictionary is found passes the sieve:
    /// each phrase written with clitics, harakat, tatweel and quotes.
    #[test]
    fn the_sieve_lets_every_trigger_through() {
        let lx = crate::load::Lexicons::embedded();
        let t = &lx.triggers;
        let mut n = 0;
        for p in t.phrases() {
            let words: Vec<String> = p
                .words
                .iter()
                .zip(&p.open)
                .map(|(w, &o)| if o { format!("{w}ت") } else { w.clone() })
                .collect();
            let first = p.first_bare.as_deref().unwrap_or(&words[0]).to_string();
            for text in [
                format!("وقال إن {}", words.join(" ")),
                format!("وقال: «و{} {}»", first, words[1..].join(" “")),
                format!("ف{}ـ{}", first.chars().take(1).collect::<String>(), {
                    let rest: String = first.chars().skip(1).collect();
                    format!("{rest}َ {}", words[1..].join(" "))
                }),
            ] {
                if !t.find(&Analyzed::new(&text)).is_empty() {
                    n += 1;
                    assert!(t.may_match(&text), "{text}");
                }
            }
        }
        assert!(n > t.len(), "{n} texts with a trigger");
    }

    proptest::proptest! {
        #[test]
        fn the_sieve_never_refuses_a_match(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "قوات", "سوريا", "الديمقراطية", "تنظيم", "داعش", "قصف", "التحالف", "أطلق",
                    "صاروخين", "تحالف", "و", "ب", "ل", "ال", "ت", "وا", "ية", "َ", "ـ", "“", "”", " ", " ",
                    "،", "\n",
                ]),
                0..14,
            ),
        ) {
            let text = parts.concat();
            let mut s = sample();
            s.insert("أطلق* صاروخين", "rockets");
            if !found(&s, &text).is_empty() {
                proptest::prop_assert!(s.may_match(&text));
            }
        }
    }
}
