//! Tokens over folded text, each with its span in the original, and clitic readings.
//!
//! A word such as `وبالصواريخ` is one token; [`readings`] offers `وبالصواريخ`,
//! `بالصواريخ`, `الصواريخ` and `صواريخ` and lets a dictionary decide which one it knows.
//! Nothing is split blindly: `البانيا` and `وزير` stay whole unless a lexicon knows the
//! shorter reading.

use crate::normalize::Folded;
use marsad_model::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script).
    Word,
    /// ASCII digits, possibly with `,` or `.` between digit groups.
    Number,
    /// One punctuation or symbol character.
    Punct(char),
    /// One or more line breaks.
    Newline,
}

/// A token: folded form, kind, and where it is in the original and the folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Folded text of the token.
    pub norm: String,
    /// Kind of token.
    pub kind: TokenKind,
    /// Span in the original text (code points).
    pub span: Span,
    /// Start in the folded text (code points).
    pub fstart: usize,
    /// End in the folded text (code points).
    pub fend: usize,
    /// Byte offset of the span's start in the original.
    pub bstart: usize,
    /// Byte offset of the span's end in the original.
    pub bend: usize,
}

impl Token {
    /// Byte range in the original text.
    pub fn byte_range(&self) -> std::ops::Range<usize> {
        self.bstart..self.bend
    }
    /// True for words.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// A text with its folding and tokens: the input of every later stage.
#[derive(Debug, Clone, Default)]
pub struct Analyzed {
    /// The folded text and its offset map.
    pub folded: Folded,
    /// The tokens (spaces are not tokens).
    pub tokens: Vec<Token>,
}

impl Analyzed {
    /// Fold and tokenize `original`.
    pub fn new(original: &str) -> Self {
        let folded = Folded::new(original);
        let tokens = tokenize_folded(original, &folded);
        Analyzed { folded, tokens }
    }

    /// The original span of tokens `[a, b)`, skipping `skip` folded characters of token `a`
    /// (a clitic prefix).
    pub fn span(&self, a: usize, b: usize, skip: usize) -> Span {
        if a >= b || b > self.tokens.len() {
            return Span::new(0, 0);
        }
        let ta = &self.tokens[a];
        let tb = &self.tokens[b - 1];
        let fs = (ta.fstart + skip).min(ta.fend.saturating_sub(1));
        let start = self.folded.orig[fs] as usize;
        Span::new(start, tb.span.end)
    }
}

/// Tokenize `original` (folding it first).
pub fn tokenize(original: &str) -> Vec<Token> {
    Analyzed::new(original).tokens
}

fn tokenize_folded(original: &str, folded: &Folded) -> Vec<Token> {
    // byte offset of every original code point, plus the end
    let mut bytes: Vec<usize> = Vec::with_capacity(original.len());
    bytes.extend(original.char_indices().map(|(b, _)| b));
    bytes.push(original.len());
    // a character the folding dropped (harakat, tatweel), not a space; asked only at the
    // end of words
    let dropped = |cp: usize| -> bool {
        bytes.get(cp).and_then(|&b| original.get(b..)).and_then(|s| s.chars().next()).is_some_and(|c| crate::normalize::fold_char(c).is_none() && !c.is_whitespace())
    };
    let mut chars: Vec<char> = Vec::with_capacity(folded.text.len() / 2 + 1);
    // byte offset of every folded character, plus the end: a token's norm is one copy
    let mut fb: Vec<usize> = Vec::with_capacity(folded.text.len() / 2 + 2);
    for (b, c) in folded.text.char_indices() {
        chars.push(c);
        fb.push(b);
    }
    fb.push(folded.text.len());
    let mut out = Vec::with_capacity(chars.len() / 4);
    let mut k = 0;
    let n = chars.len();
    let mk = |a: usize, b: usize, kind: TokenKind| -> Token {
        let os = folded.orig[a] as usize;
        let mut oe = folded.orig[b - 1] as usize + 1;
        // a word keeps its trailing harakat and tatweel in its span
        if kind == TokenKind::Word {
            while dropped(oe) {
                oe += 1;
            }
        }
        Token {
            norm: folded.text[fb[a]..fb[b]].to_string(),
            kind,
            span: Span::new(os, oe),
            fstart: a,
            fend: b,
            bstart: bytes[os],
            bend: bytes[oe],
        }
    };
    while k < n {
        let c = chars[k];
        if c == '\n' {
            let a = k;
            while k < n && (chars[k] == '\n' || chars[k] == ' ') {
                k += 1;
            }
            // trim trailing spaces from the newline token
            let mut b = k;
            while b > a + 1 && chars[b - 1] == ' ' {
                b -= 1;
            }
            out.push(mk(a, b, TokenKind::Newline));
        } else if is_letter(c) || is_mark(c) {
            let a = k;
            while k < n && (is_letter(chars[k]) || is_mark(chars[k])) && !chars[k].is_ascii_digit() {
                k += 1;
            }
            out.push(mk(a, k, TokenKind::Word));
        } else if c.is_whitespace() || c.is_control() {
            k += 1;
        } else if c.is_ascii_digit() {
            let a = k;
            while k < n {
                // digits, and a separator between digits (1,200 or 3.5)
                let separator = (chars[k] == ',' || chars[k] == '.') && k + 1 < n && chars[k + 1].is_ascii_digit() && k > a;
                if chars[k].is_ascii_digit() || separator {
                    k += 1;
                } else {
                    break;
                }
            }
            out.push(mk(a, k, TokenKind::Number));
        } else {
            out.push(mk(k, k + 1, TokenKind::Punct(c)));
            k += 1;
        }
    }
    out
}

/// Letters, with the Arabic block and ASCII answered without the Unicode tables.
#[inline]
fn is_letter(c: char) -> bool {
    let u = c as u32;
    if (0x0621..=0x064A).contains(&u) || c.is_ascii_alphabetic() {
        return true;
    }
    if u < 0x80 {
        return false;
    }
    c.is_alphabetic()
}

fn is_mark(c: char) -> bool {
    // combining marks that survived folding (non-Arabic scripts) stay inside words
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0DFF)
}

/// One reading of a word: a clitic prefix of `prefix` folded characters, and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading<'a> {
    /// Folded characters stripped from the front.
    pub prefix: usize,
    /// What remains.
    pub stem: &'a str,
    /// True when the stripped part ends with the article `ال` (or the `ل` of `لل`).
    pub definite: bool,
}

/// The clitic readings of a folded word, the whole word first.
///
/// Conjunction (`و`, `ف`), then preposition (`ب`, `ل`, `ك`), then article (`ال`; `لل` is
/// `ل` + `ال`). A reading is offered only when at least two letters remain.
pub fn readings<'a>(word: &'a str) -> Vec<Reading<'a>> {
    // one implementation of the clitic rules: the allocation-free one the number and date
    // scanners use
    crate::numbers::clitic_readings(word)
        .as_slice()
        .iter()
        .map(|r| Reading { prefix: r.prefix, stem: r.stem, definite: r.definite })
        .collect()
}

/// The clitic readings of every token of a text, computed once and shared by the
/// dictionaries (one flat list: no allocation per token).
#[derive(Debug, Clone, Default)]
pub struct AllReadings<'a> {
    flat: Vec<Reading<'a>>,
    /// Per reading: the hash of its stem and of the stem's first two letters.
    hashes: Vec<(u64, u64)>,
    /// `flat[start[i]..start[i + 1]]` are token `i`'s readings.
    start: Vec<u32>,
}

impl<'a> AllReadings<'a> {
    /// Readings of every word token (none for numbers, punctuation and line breaks).
    pub fn new(tokens: &'a [Token]) -> Self {
        let mut flat = Vec::with_capacity(tokens.len() * 2);
        let mut start = Vec::with_capacity(tokens.len() + 1);
        for t in tokens {
            start.push(flat.len() as u32);
            match t.kind {
                TokenKind::Word => {
                    for r in crate::numbers::clitic_readings(&t.norm).as_slice() {
                        flat.push(Reading { prefix: r.prefix, stem: r.stem, definite: r.definite });
                    }
                }
                TokenKind::Number => flat.push(Reading { prefix: 0, stem: &t.norm, definite: false }),
                _ => {}
            }
        }
        start.push(flat.len() as u32);
        let hashes = flat
            .iter()
            .map(|r: &Reading<'_>| (crate::hash::fx_str(r.stem), crate::hash::fx_str(crate::hash::prefix2(r.stem))))
            .collect();
        AllReadings { flat, hashes, start }
    }

    /// The stem hashes of token `i`'s readings, parallel to [`AllReadings::get`].
    #[inline]
    pub fn hashes(&self, i: usize) -> &[(u64, u64)] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.hashes[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The readings of token `i` (empty past the end).
    #[inline]
    pub fn get(&self, i: usize) -> &[Reading<'a>] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.flat[a as usize..b as usize],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn splits_words_numbers_punct() {
        assert_eq!(norms("مقتل 38 من “داعش”، أمس."), ["مقتل", "38", "من", "\"", "داعش", "\"", "،", "امس", "."]);
        assert_eq!(norms("1,500 و3.5"), ["1,500", "و", "3.5"]);
        assert_eq!(norms("سطر\n\n سطر"), ["سطر", "\n\n", "سطر"]);
    }

    #[test]
    fn spans_point_to_original() {
        let s = "قُتِلَ «٣» مدنيين";
        for t in tokenize(s) {
            let orig = t.span.slice(s);
            assert_eq!(crate::fold(orig), t.norm);
            assert_eq!(&s[t.byte_range()], orig);
        }
    }

    #[test]
    fn clitic_readings() {
        let r: Vec<&str> = readings("وبالصواريخ").iter().map(|r| r.stem).collect();
        assert_eq!(r, ["وبالصواريخ", "بالصواريخ", "الصواريخ", "صواريخ"]);
        let r: Vec<&str> = readings("للتحالف").iter().map(|r| r.stem).collect();
        assert_eq!(r, ["للتحالف", "تحالف", "لتحالف"]);
        let r: Vec<&str> = readings("الباغوز").iter().map(|r| r.stem).collect();
        assert_eq!(r, ["الباغوز", "باغوز"]);
        // short words keep at least two letters
        let r: Vec<&str> = readings("وال").iter().map(|r| r.stem).collect();
        assert_eq!(r, ["وال", "ال"]);
    }

    proptest::proptest! {
        #[test]
        fn token_slices_fold_to_norm(s in "\\PC{0,60}") {
            let a = Analyzed::new(&s);
            for t in &a.tokens {
                let orig = t.span.slice(&s);
                proptest::prop_assert_eq!(&s[t.byte_range()], orig);
                if t.kind != TokenKind::Newline {
                    let f = crate::fold(orig);
                    proptest::prop_assert!(f.contains(t.norm.as_str()));
                }
            }
        }
    }
}
