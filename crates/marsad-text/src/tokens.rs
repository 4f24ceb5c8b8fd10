//! Tokens over folded text, each with its span in the original, and clitic readings.
//!
//! A word such as `وبالصواريخ` is one token; [`readings`] offers `وبالصواريخ`,
//! `بالصواريخ`, `الصواريخ` and `صواريخ` and lets a dictionary decide which one it knows.
//! Nothing is split blindly: `البانيا` and `وزير` stay whole unless a lexicon knows the
//! shorter reading.

use crate::normalize::Folded;
use compact_str::CompactString;
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
    /// Folded text of the token (kept inline: most words fit in 24 bytes, so tokenizing
    /// allocates nothing per token).
    pub norm: CompactString,
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
    let text = folded.text.as_str();
    // a token of folded characters `[a, k)` at folded bytes `[ab, kb)`
    let mk = |a: usize, k: usize, ab: usize, kb: usize, kind: TokenKind| -> Token {
        let os = folded.orig[a] as usize;
        let mut oe = folded.orig[k - 1] as usize + 1;
        let bstart = folded.orig_byte[a] as usize;
        let last = folded.orig_byte[k - 1] as usize;
        let mut bend = last + at(original, last).map_or(0, char::len_utf8);
        // a word keeps its trailing harakat and tatweel in its span: characters the folding
        // dropped, not spaces
        if kind == TokenKind::Word {
            while let Some(c) = at(original, bend) {
                if c.is_ascii() || crate::normalize::fold_char(c).is_some() || c.is_whitespace() {
                    break;
                }
                oe += 1;
                bend += c.len_utf8();
            }
        }
        Token {
            norm: CompactString::new(&text[ab..kb]),
            kind,
            span: Span::new(os, oe),
            fstart: a,
            fend: k,
            bstart,
            bend,
        }
    };
    let mut out = Vec::with_capacity(text.len() / 4 + 4);
    // folded character index and byte offset
    let (mut k, mut kb) = (0usize, 0usize);
    // past one character
    let step = |k: &mut usize, kb: &mut usize, c: char| {
        *k += 1;
        *kb += c.len_utf8();
    };
    while let Some(c) = at(text, kb) {
        let (a, ab) = (k, kb);
        if c == '\n' {
            // line breaks and the spaces between them; the token ends after the last break
            let (mut e, mut eb) = (k, kb);
            while let Some(d) = at(text, kb).filter(|&d| d == '\n' || d == ' ') {
                step(&mut k, &mut kb, d);
                if d == '\n' {
                    (e, eb) = (k, kb);
                }
            }
            out.push(mk(a, e, ab, eb, TokenKind::Newline));
        } else if is_letter(c) || is_mark(c) {
            while let Some(d) =
                at(text, kb).filter(|&d| (is_letter(d) || is_mark(d)) && !d.is_ascii_digit())
            {
                step(&mut k, &mut kb, d);
            }
            out.push(mk(a, k, ab, kb, TokenKind::Word));
        } else if c.is_whitespace() || c.is_control() {
            step(&mut k, &mut kb, c);
        } else if c.is_ascii_digit() {
            // digits, and a separator between digits (1,200 or 3.5)
            while let Some(d) = at(text, kb) {
                let separator = (d == ',' || d == '.')
                    && k > a
                    && at(text, kb + 1).is_some_and(|e| e.is_ascii_digit());
                if !(d.is_ascii_digit() || separator) {
                    break;
                }
                step(&mut k, &mut kb, d);
            }
            out.push(mk(a, k, ab, kb, TokenKind::Number));
        } else {
            step(&mut k, &mut kb, c);
            out.push(mk(a, k, ab, kb, TokenKind::Punct(c)));
        }
    }
    out
}

/// The character at byte `b` of `s` (`None` at the end, or inside a character): ASCII and
/// two-byte characters (Arabic) decoded here, the others by `chars`.
#[inline]
fn at(s: &str, b: usize) -> Option<char> {
    let bytes = s.as_bytes();
    let x = *bytes.get(b)?;
    if x < 0x80 {
        Some(x as char)
    } else if (0xC0..0xE0).contains(&x) {
        let y = *bytes.get(b + 1)?;
        char::from_u32(((x as u32 & 0x1F) << 6) | (y as u32 & 0x3F))
    } else {
        s.get(b..).and_then(|r| r.chars().next())
    }
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
    if (0x0600..0x0700).contains(&u) {
        let i = (u - 0x0600) as usize;
        return arabic_letters()[i / 64] & (1 << (i % 64)) != 0;
    }
    c.is_alphabetic()
}

/// Which characters of the Arabic block U+0600..U+06FF are alphabetic, as 256 bits.
fn arabic_letters() -> &'static [u64; 4] {
    static BITS: std::sync::OnceLock<[u64; 4]> = std::sync::OnceLock::new();
    BITS.get_or_init(|| {
        let mut b = [0u64; 4];
        for i in 0..256u32 {
            if char::from_u32(0x0600 + i).is_some_and(char::is_alphabetic) {
                b[(i / 64) as usize] |= 1 << (i % 64);
            }
        }
        b
    })
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
        .map(|r| Reading {
            prefix: r.prefix,
            stem: r.stem,
            definite: r.definite,
        })
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
        let mut hashes = Vec::with_capacity(tokens.len() * 2);
        let mut start = Vec::with_capacity(tokens.len() + 1);
        let add = |r: Reading<'a>, flat: &mut Vec<Reading<'a>>, hashes: &mut Vec<(u64, u64)>| {
            hashes.push((
                crate::hash::fx_str(r.stem),
                crate::hash::fx_str(crate::hash::prefix2(r.stem)),
            ));
            flat.push(r);
        };
        for t in tokens {
            start.push(flat.len() as u32);
            match t.kind {
                TokenKind::Word => {
                    for r in crate::numbers::clitic_readings(&t.norm).as_slice() {
                        add(
                            Reading {
                                prefix: r.prefix,
                                stem: r.stem,
                                definite: r.definite,
                            },
                            &mut flat,
                            &mut hashes,
                        );
                    }
                }
                TokenKind::Number => add(
                    Reading {
                        prefix: 0,
                        stem: &t.norm,
                        definite: false,
                    },
                    &mut flat,
                    &mut hashes,
                ),
                _ => {}
            }
        }
        start.push(flat.len() as u32);
        AllReadings {
            flat,
            hashes,
            start,
        }
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
        tokenize(s)
            .into_iter()
            .map(|t| t.norm.to_string())
            .collect()
    }

    #[test]
    fn splits_words_numbers_punct() {
        assert_eq!(
            norms("مقتل 38 من “داعش”، أمس."),
            ["مقتل", "38", "من", "\"", "داعش", "\"", "،", "امس", "."]
        );
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
    fn readings_fit_their_array() {
        // every word over the clitic letters, up to seven letters (the rules read six): no
        // reading is left out for want of room in the stack array
        let letters = ['و', 'ف', 'ب', 'ك', 'ل', 'ا', 'م'];
        let mut words = vec![String::new()];
        for _ in 0..7 {
            let mut next = Vec::new();
            for w in &words {
                for &c in &letters {
                    let mut v = w.clone();
                    v.push(c);
                    assert!(!crate::numbers::clitic_readings(&v).dropped, "{v}");
                    next.push(v);
                }
            }
            words = next;
        }
        assert_eq!(readings("وبالصواريخ").len(), 4);
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
