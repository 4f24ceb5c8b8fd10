//! Which of a set of folded words occur in a text, read straight from the original: one pass
//! over its bytes, each character folded as [`crate::fold`] folds it and fed to an automaton
//! of the words, with no folded copy, no tokens and no readings made.
//!
//! A word "occurs" when it is a run of characters of the folded text (a substring, not
//! necessarily a whole token). A dictionary whose matches are tokens or clitic readings of
//! tokens (each a substring of the folded text) can ask this first: a text in which none of
//! its words occurs has no match, and most of a newspaper is answered here.
//!
//! ```
//! use marsad_text::sieve::Sieve;
//! let s = Sieve::new(&["قتل", "غاره"]);
//! let mut seen = Vec::new();
//! s.scan("شنّ الطيرانُ غارةً", |w| {
//!     seen.push(w);
//!     false
//! });
//! assert_eq!(seen, vec![1]);
//! ```

use crate::normalize::{arabic_table, fold_ascii, fold_one, DROP, SLOW};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// The class of a character no word has: it leads back to the start.
const OTHER: u16 = 0;
/// An Arabic-block character the folding drops (harakat, tatweel): no step.
const SKIP: u16 = u16::MAX;
/// A character whose NFKC form differs: folded the slow way.
const SLOWLY: u16 = u16::MAX - 1;
/// The bit of a transition into a state where words end.
const HIT: u32 = 1 << 31;

/// An automaton (Aho–Corasick, with every transition filled in) over the characters of a
/// set of folded words.
#[derive(Debug, Clone)]
pub struct Sieve {
    /// Class of each character the words use (1..); the others are [`OTHER`].
    class: HashMap<char, u16>,
    /// Class of each ASCII character, and of each two-byte character (U+0080..U+07FF, the
    /// Arabic block among them) as NFKC and the folding leave it: [`SKIP`] when dropped,
    /// [`SLOWLY`] when NFKC changes it.
    ascii: [u16; 128],
    two: Vec<u16>,
    classes: usize,
    /// The transitions: `next[s + class]` for the state whose row starts at `s` (its number
    /// times `classes`), with [`HIT`] set where words end in the state reached.
    next: Vec<u32>,
    /// Per state: the words that end there (its own and those of its suffixes), as a range
    /// of `ends`.
    found: Vec<(u32, u32)>,
    ends: Vec<u32>,
}

impl Sieve {
    /// The automaton of `words` (folded text, as [`crate::fold`] gives it). Word `k` is
    /// reported as `k`; an empty word is never reported.
    pub fn new<S: AsRef<str>>(words: &[S]) -> Sieve {
        let mut class: HashMap<char, u16> = HashMap::new();
        for w in words {
            for c in w.as_ref().chars() {
                let n = class.len() as u16 + 1;
                class.entry(c).or_insert(n);
            }
        }
        let classes = class.len() + 1;
        // the trie: goto[state] by class, the word ending at each state
        let mut goto: Vec<Vec<u32>> = vec![vec![u32::MAX; classes]];
        let mut own: Vec<Vec<u32>> = vec![Vec::new()];
        for (k, w) in words.iter().enumerate() {
            let w = w.as_ref();
            if w.is_empty() {
                continue;
            }
            let mut s = 0usize;
            for c in w.chars() {
                let x = class[&c] as usize;
                if goto[s][x] == u32::MAX {
                    goto.push(vec![u32::MAX; classes]);
                    own.push(Vec::new());
                    goto[s][x] = (goto.len() - 1) as u32;
                }
                s = goto[s][x] as usize;
            }
            own[s].push(k as u32);
        }
        // breadth first: each state's longest proper suffix that is a state (its fallback),
        // every missing transition taken from the fallback's, the words of the fallback added
        let n = goto.len();
        let mut next = vec![0u32; n * classes];
        let mut fallback = vec![0usize; n];
        let mut words_at: Vec<Vec<u32>> = own.clone();
        let mut queue = std::collections::VecDeque::new();
        for x in 0..classes {
            match goto[0][x] {
                u32::MAX => next[x] = 0,
                t => {
                    next[x] = t;
                    queue.push_back(t as usize);
                }
            }
        }
        while let Some(s) = queue.pop_front() {
            let f = fallback[s];
            if s != 0 {
                let inherited = words_at[f].clone();
                words_at[s].extend(inherited);
            }
            for x in 0..classes {
                match goto[s][x] {
                    u32::MAX => next[s * classes + x] = next[f * classes + x],
                    t => {
                        let t = t as usize;
                        fallback[t] = next[f * classes + x] as usize;
                        next[s * classes + x] = t as u32;
                        queue.push_back(t);
                    }
                }
            }
        }
        let mut found = Vec::with_capacity(n);
        let mut ends = Vec::new();
        for ws in &words_at {
            found.push((ends.len() as u32, ws.len() as u32));
            ends.extend_from_slice(ws);
        }
        // rows start at their state's number times `classes`; a state where words end is
        // marked on every transition into it
        for t in next.iter_mut() {
            let to = *t as usize;
            *t = (to * classes) as u32 | if words_at[to].is_empty() { 0 } else { HIT };
        }
        assert!(n * classes < HIT as usize, "a sieve of fewer words");
        let of = |c: char| class.get(&c).copied().unwrap_or(OTHER);
        let mut ascii = [OTHER; 128];
        for (i, slot) in ascii.iter_mut().enumerate() {
            *slot = of(fold_ascii(char::from(i as u8)));
        }
        let table = arabic_table();
        let two = (0x80u32..0x800)
            .map(|u| {
                let Some(c) = char::from_u32(u) else {
                    return SLOWLY;
                };
                if (0x0600..0x0700).contains(&u) {
                    return match table[(u - 0x0600) as usize] {
                        DROP => SKIP,
                        SLOW => SLOWLY,
                        f => of(f),
                    };
                }
                let mut nfkc = std::iter::once(c).nfkc();
                match (nfkc.next(), nfkc.next()) {
                    (Some(d), None) if d == c => fold_one(c).map_or(SKIP, of),
                    _ => SLOWLY,
                }
            })
            .collect::<Vec<u16>>();
        Sieve {
            class,
            ascii,
            two,
            classes,
            next,
            found,
            ends,
        }
    }

    /// Read `text` (original, not folded), calling `hit(k)` each time word `k` ends in its
    /// folded form; `hit` returns true to stop. Returns true when it stopped.
    pub fn scan(&self, text: &str, mut hit: impl FnMut(u32) -> bool) -> bool {
        let bytes = text.as_bytes();
        let next = self.next.as_slice();
        let mut state = 0u32;
        let mut b = 0usize;
        macro_rules! step {
            ($class:expr) => {{
                state = next[(state & !HIT) as usize + $class as usize];
                if state & HIT != 0 {
                    let (a, n) = self.found[(state & !HIT) as usize / self.classes];
                    for &k in &self.ends[a as usize..(a + n) as usize] {
                        if hit(k) {
                            return true;
                        }
                    }
                }
            }};
        }
        while b < bytes.len() {
            let x = bytes[b];
            if x < 0x80 {
                step!(self.ascii[x as usize]);
                b += 1;
                continue;
            }
            // two-byte characters (the Arabic block among them) as the folding reads them
            let class = if (0xC2..0xE0).contains(&x) {
                bytes.get(b + 1).map(|&y| {
                    let u = ((x as u32 & 0x1F) << 6) | (y as u32 & 0x3F);
                    self.two[(u - 0x80) as usize]
                })
            } else {
                None
            };
            match class {
                Some(SKIP) => {
                    b += 2;
                    continue;
                }
                Some(SLOWLY) | None => {}
                Some(class) => {
                    step!(class);
                    b += 2;
                    continue;
                }
            }
            // any other character: through NFKC and the folding, one by one
            let Some(c) = text.get(b..).and_then(|r| r.chars().next()) else {
                break;
            };
            for d in std::iter::once(c).nfkc() {
                if let Some(f) = fold_one(d) {
                    step!(self.class.get(&f).copied().unwrap_or(OTHER));
                }
            }
            b += c.len_utf8();
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold;
    use proptest::prelude::*;

    /// The words found, by the automaton and by searching the folded text.
    fn both(words: &[&str], text: &str) -> (Vec<bool>, Vec<bool>) {
        let s = Sieve::new(words);
        let mut seen = vec![false; words.len()];
        s.scan(text, |k| {
            seen[k as usize] = true;
            false
        });
        let f = fold(text);
        let want = words
            .iter()
            .map(|w| !w.is_empty() && f.contains(w))
            .collect();
        (seen, want)
    }

    #[test]
    fn words_in_the_folded_text() {
        let words = ["قتل", "مقتل", "غاره", "اشتباك", "تل", "لا", "a1"];
        for text in [
            "مَقْتَلُ ثلاثة",
            "شنَّ غارةً",
            "اشتبـــاكات",
            "\u{FEFB}",
            "A1 b",
            "قت\u{200C}ل",
            "لم يقتلوا",
            "",
            "ق",
        ] {
            let (seen, want) = both(&words, text);
            assert_eq!(seen, want, "{text:?}");
        }
    }

    #[test]
    fn stops_when_asked() {
        let s = Sieve::new(&["قتل"]);
        let mut n = 0;
        assert!(s.scan("قتل قتل قتل", |_| {
            n += 1;
            true
        }));
        assert_eq!(n, 1);
        assert!(!s.scan("سلام", |_| true));
    }

    proptest! {
        #[test]
        fn same_as_searching_the_folded_text(
            text in "[قتلمغارهاشبكيىةأإآـَُِّ \u{200C}\u{FEFB}\u{0675}A-Za-z0-9٣,.«»\n]{0,40}",
            words in proptest::collection::vec("[قتلمغارهاشبكي]{0,4}", 1..6),
        ) {
            let ws: Vec<String> = words.iter().map(|w| fold(w)).collect();
            let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
            let (seen, want) = both(&refs, &text);
            prop_assert_eq!(seen, want);
        }
    }
}
