//! Numbers with spans: digits and Arabic number words, exact or approximate.
//!
//! Everything is matched on folded tokens (see [`crate::normalize`]), so the lexicon below is
//! written in folded spelling: `ثلاثه` for ثلاثة, `مايه`/`ميه` for مائة/مئة, `الاف` for آلاف.
//! A proclitic (`و ف ب ل ك ال` and their combinations) on the first word is allowed and left
//! out of the span through [`NumberMention::skip`].
//!
//! What is recognised:
//! - digits: `38`, `1,500` (comma groups of three are thousands), a decimal (`3.5`, `3,5`)
//!   only in front of a scale word (`1.5 مليون`); a bare decimal is not a count and is
//!   skipped; digits with a scale word (`50 ألف`, `3 آلاف`, `2 مليون`);
//! - words: 1–10 in both genders and case forms, teens (`أحد عشر`, `إحدى عشرة`,
//!   `اثنا عشر`, `ثلاثة عشر`...), tens (`عشرون`/`عشرين`...), units joined to tens with و
//!   (`خمسة وعشرين` = 25), hundreds (`مئة`, `مائتان`, `مئتي`, `ثلاثمئة`, `ثلاث مئة`...),
//!   thousands, millions and billions (singular, dual, plural after a count: `ثلاثة آلاف`,
//!   `خمسة عشر ألفا`, `مئة ألف`), and larger parts joined to smaller ones with و
//!   (`ألفين وخمسمائة`, `مئة وخمسون`);
//! - ranges: `بين 10 و20`, `ما بين خمسة وعشرة`, `10-15`.
//!
//! Conventions for vague and qualified numbers (`approximate` is true for all of them):
//!
//! | words | value | low | high |
//! |---|---|---|---|
//! | نحو، حوالي، قرابة، زهاء، ما يقارب، ما يقرب من، يناهز، n تقريبا | n | – | – |
//! | أكثر من، ما يزيد عن/على، أزيد من، ما يربو على، ما يفوق، n ونيف | n | n+1 | – |
//! | ما لا يقل عن، لا يقل عن، n على الأقل، n فأكثر | n | n | – |
//! | أقل من، ما يقل عن | n | – | n−1 |
//! | ما يصل إلى | n | – | n |
//! | بين a و b، a-b | a | a | b |
//! | عشرات / العشرات | 20 | 20 | 99 |
//! | مئات / المئات | 200 | 200 | 999 |
//! | آلاف / الآلاف / ألوف (no count before) | 2,000 | 2,000 | 9,999 |
//! | ملايين (no count before) | 2,000,000 | 2,000,000 | 9,999,999 |
//! | عشرات الآلاف, مئات الآلاف, ... | 20×b | 20×b | 100×b−1 (b = the scale) |
//! | بضع / بضعة | 3 | 3 | 9 |
//! | بضعة عشر | 13 | 13 | 19 |
//! | بضع مئات, بضعة آلاف, ... | 3×b | 3×b | 10×b−1 |
//!
//! `value` is always the figure written (so for `أكثر من 10` it is 10 while `low` is 11); for
//! the vague plurals it is the smallest reading. `عدة` and `عدد من` give no number.
//! A qualifier before the number is part of the span; one after it (`تقريبا`, `على الأقل`,
//! `فأكثر`, `ونيف`) is part of the span when it follows the number directly, and still sets
//! the bounds, without widening the span, when one word (the counted noun) sits in between.
//!
//! Not numbers: ordinals (`الثالث`, `العشرين` with the article), `الاثنين` (Monday),
//! `المئة`/`بالمئة` (per cent), `عشر` right after an ordinal (`التاسع عشر`), and the parts of
//! a numeric date or time (`12/3/2019`, `2019-03-12`, `10:30`). Years are emitted like any
//! other number; callers judge them by context.

use crate::tokens::{Token, TokenKind};
use std::collections::HashMap;

/// A number found in the tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMention {
    /// First token (index into the token slice).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Best estimate.
    pub value: u64,
    /// Lower bound when approximate.
    pub low: Option<u64>,
    /// Upper bound when approximate.
    pub high: Option<u64>,
    /// True for approximations (نحو، أكثر من، عشرات...).
    pub approximate: bool,
    /// Folded characters of the first token that are a clitic (e.g. the و of وثلاثة),
    /// to leave out of the span.
    pub skip: usize,
}

/// Find numbers in `tokens`.
///
/// Mentions come in token order and never overlap. Linear in the number of tokens; never
/// panics.
pub fn find_numbers(tokens: &[Token]) -> Vec<NumberMention> {
    find_numbers_with(tokens, &crate::AllReadings::new(tokens))
}

/// Like [`find_numbers`], with the clitic readings of the tokens computed once by the caller.
pub fn find_numbers_with(tokens: &[Token], rds: &crate::AllReadings<'_>) -> Vec<NumberMention> {
    let cx = Cx { t: tokens, r: rds };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind == TokenKind::Number {
            if let Some((end, m)) = cx.chain(i) {
                if let Some(m) = m {
                    out.push(m);
                }
                i = end.max(i + 1);
                continue;
            }
        }
        match cx.mention_at(i) {
            Some(m) => {
                i = m.end.max(i + 1);
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Clitic readings without allocation: the one implementation of the clitic rules;
// `tokens::readings` is a Vec of these.

/// One clitic reading (see [`crate::tokens::Reading`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rd<'a> {
    pub prefix: usize,
    pub stem: &'a str,
    pub definite: bool,
}

/// Most readings a word can have: the prefixes are 0 to 4 letters (`وبال`).
pub(crate) const MAX_READINGS: usize = 5;

/// The readings of a word, on the stack.
pub(crate) struct Rds<'a> {
    items: [Rd<'a>; MAX_READINGS],
    len: usize,
    /// A reading did not fit (never: a test tries every word of the clitic letters).
    pub(crate) dropped: bool,
}

impl<'a> Rds<'a> {
    pub(crate) fn as_slice(&self) -> &[Rd<'a>] {
        &self.items[..self.len]
    }
}

/// The clitic letters, each two bytes in UTF-8: و ف ب ك ل ا.
const WAW: [u8; 2] = [0xD9, 0x88];
const FA: [u8; 2] = [0xD9, 0x81];
const BA: [u8; 2] = [0xD8, 0xA8];
const KAF: [u8; 2] = [0xD9, 0x83];
const LAM: [u8; 2] = [0xD9, 0x84];
const ALEF: [u8; 2] = [0xD8, 0xA7];

/// The clitic readings of a folded word, whole word first; the same list as
/// [`crate::tokens::readings`], without allocating.
pub(crate) fn clitic_readings<'a>(word: &'a str) -> Rds<'a> {
    let empty = Rd {
        prefix: 0,
        stem: word,
        definite: false,
    };
    let mut r = Rds {
        items: [empty; MAX_READINGS],
        len: 1,
        dropped: false,
    };
    let bytes = word.as_bytes();
    // letter `i` is `l`, when letters 0..i are clitic letters (two bytes each): they are
    // wherever this is asked
    let is = |i: usize, l: [u8; 2]| bytes.get(2 * i..2 * i + 2) == Some(&l[..]);
    // a word that starts with no clitic letter is only itself (the common case)
    if !(is(0, WAW) || is(0, FA) || is(0, BA) || is(0, KAF) || is(0, LAM) || is(0, ALEF)) {
        return r;
    }
    let push = |p: usize, definite: bool, r: &mut Rds<'a>| {
        // at least two letters after the prefix (letters 0..p are clitic letters)
        let stem = &word[2 * p..];
        let two = stem.chars().nth(1).is_some();
        if two && !r.as_slice().iter().any(|x| x.prefix == p) {
            match r.items.get_mut(r.len) {
                Some(slot) => {
                    *slot = Rd {
                        prefix: p,
                        stem,
                        definite,
                    };
                    r.len += 1;
                }
                None => r.dropped = true,
            }
        }
    };
    let mut starts = [0usize; 6];
    let mut ns = 1;
    if is(0, WAW) || is(0, FA) {
        starts[ns] = 1;
        ns += 1;
        push(1, false, &mut r);
    }
    let first = ns;
    for si in 0..first {
        let s = starts[si];
        if is(s, BA) || is(s, KAF) {
            push(s + 1, false, &mut r);
            starts[ns] = s + 1;
            ns += 1;
        } else if is(s, LAM) {
            if is(s + 1, LAM) {
                push(s + 2, true, &mut r);
            }
            push(s + 1, false, &mut r);
            starts[ns] = s + 1;
            ns += 1;
        }
    }
    for &s in &starts[..ns] {
        if is(s, ALEF) && is(s + 1, LAM) {
            push(s + 2, true, &mut r);
        }
    }
    r
}

/// The clitic readings as first written (characters decoded one by one): the reference the
/// tests hold [`clitic_readings`] to.
#[cfg(test)]
fn clitic_readings_reference<'a>(word: &'a str) -> Rds<'a> {
    let empty = Rd {
        prefix: 0,
        stem: word,
        definite: false,
    };
    let mut r = Rds {
        items: [empty; MAX_READINGS],
        len: 1,
        dropped: false,
    };
    let mut cs = [(0usize, '\0'); 6];
    let mut n = 0;
    for (b, c) in word.char_indices().take(6) {
        cs[n] = (b, c);
        n += 1;
    }
    // `n` is the length when below 6; it is enough to decide `len >= p + 2` for p <= 4
    let at = |i: usize| if i < n { Some(cs[i].1) } else { None };
    let byte = |i: usize| if i < n { cs[i].0 } else { word.len() };
    let push = |p: usize, definite: bool, r: &mut Rds<'a>| {
        if p + 2 <= n && !r.as_slice().iter().any(|x| x.prefix == p) {
            match r.items.get_mut(r.len) {
                Some(slot) => {
                    *slot = Rd {
                        prefix: p,
                        stem: &word[byte(p)..],
                        definite,
                    };
                    r.len += 1;
                }
                None => r.dropped = true,
            }
        }
    };
    let mut starts = [0usize; 6];
    let mut ns = 1;
    if matches!(at(0), Some('و') | Some('ف')) {
        starts[ns] = 1;
        ns += 1;
        push(1, false, &mut r);
    }
    let first = ns;
    for si in 0..first {
        let s = starts[si];
        match at(s) {
            Some('ب') | Some('ك') => {
                push(s + 1, false, &mut r);
                starts[ns] = s + 1;
                ns += 1;
            }
            Some('ل') => {
                if at(s + 1) == Some('ل') {
                    push(s + 2, true, &mut r);
                }
                push(s + 1, false, &mut r);
                starts[ns] = s + 1;
                ns += 1;
            }
            _ => {}
        }
    }
    for &s in &starts[..ns] {
        if at(s) == Some('ا') && at(s + 1) == Some('ل') {
            push(s + 2, true, &mut r);
        }
    }
    r
}

/// Characters of `word` to leave out of a span for reading `r`: the proclitics, but not the
/// article (`والعشرات` → `العشرات`), except in `لل` where the article lost its alef.
pub(crate) fn skip_of(word: &str, r: &crate::Reading<'_>) -> usize {
    if r.definite && r.prefix >= 2 {
        let mut it = word.chars().skip(r.prefix - 2);
        if it.next() == Some('ا') && it.next() == Some('ل') {
            return r.prefix - 2;
        }
    }
    r.prefix
}

/// A token of plain digits (no separators) as a number, at most 9 digits.
pub(crate) fn plain_int(t: &Token) -> Option<u32> {
    if t.kind != TokenKind::Number
        || t.norm.len() > 9
        || !t.norm.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    t.norm.parse().ok()
}

// ---------------------------------------------------------------------------------------
// Lexicon

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum A {
    /// 1..=10 (عشر/عشرة is `Unit(10)`).
    Unit(u64),
    /// احد/إحدى (1), اثنا/اثني/اثنتا/اثنتي (2): only before عشر/عشرة.
    TeenHead(u64),
    /// 20..=90.
    Ten(u64),
    /// A whole hundreds word: 100..=900.
    Hundreds(u64),
    /// A scale word: `count` 1 (ألف), 2 (ألفان), 0 (plural آلاف: needs a count, or is vague).
    Scale { scale: u64, count: u64 },
    /// Vague plural of a power of ten (عشرات 10, مئات 100).
    Vague(u64),
    /// بضع / بضعة.
    Few,
    /// Digits: `mant / 10^places`.
    Digits { mant: u64, places: u32 },
}

/// The number words: folded stem, atom, and whether the form is also a common other word
/// (`ميتين`/`ميتا` also mean "dead").
const LEX: &[(&str, A, bool)] = {
    use A::*;
    &[
        ("واحد", Unit(1), false),
        ("واحده", Unit(1), false),
        ("اثنان", Unit(2), false),
        ("اثنين", Unit(2), false),
        ("اثنتان", Unit(2), false),
        ("اثنتين", Unit(2), false),
        ("ثنتان", Unit(2), false),
        ("ثنتين", Unit(2), false),
        ("ثلاثه", Unit(3), false),
        ("ثلاث", Unit(3), false),
        ("اربعه", Unit(4), false),
        ("اربع", Unit(4), false),
        ("خمسه", Unit(5), false),
        ("خمس", Unit(5), false),
        ("سته", Unit(6), false),
        ("ست", Unit(6), false),
        ("سبعه", Unit(7), false),
        ("سبع", Unit(7), false),
        ("ثمانيه", Unit(8), false),
        ("ثماني", Unit(8), false),
        ("ثمان", Unit(8), false),
        ("تسعه", Unit(9), false),
        ("تسع", Unit(9), false),
        ("عشره", Unit(10), false),
        ("عشر", Unit(10), false),
        ("احد", TeenHead(1), false),
        ("احدي", TeenHead(1), false),
        ("اثنا", TeenHead(2), false),
        ("اثني", TeenHead(2), false),
        ("اثنتا", TeenHead(2), false),
        ("اثنتي", TeenHead(2), false),
        ("عشرون", Ten(20), false),
        ("عشرين", Ten(20), false),
        ("ثلاثون", Ten(30), false),
        ("ثلاثين", Ten(30), false),
        ("اربعون", Ten(40), false),
        ("اربعين", Ten(40), false),
        ("خمسون", Ten(50), false),
        ("خمسين", Ten(50), false),
        ("ستون", Ten(60), false),
        ("ستين", Ten(60), false),
        ("سبعون", Ten(70), false),
        ("سبعين", Ten(70), false),
        ("ثمانون", Ten(80), false),
        ("ثمانين", Ten(80), false),
        ("تسعون", Ten(90), false),
        ("تسعين", Ten(90), false),
        ("مايه", Hundreds(100), false),
        ("ميه", Hundreds(100), false),
        ("مايتان", Hundreds(200), false),
        ("مايتين", Hundreds(200), false),
        ("مايتا", Hundreds(200), false),
        ("مايتي", Hundreds(200), false),
        ("ميتان", Hundreds(200), false),
        ("ميتين", Hundreds(200), true),
        ("ميتا", Hundreds(200), true),
        ("ميتي", Hundreds(200), true),
        ("ثلاثمايه", Hundreds(300), false),
        ("ثلاثميه", Hundreds(300), false),
        ("اربعمايه", Hundreds(400), false),
        ("اربعميه", Hundreds(400), false),
        ("خمسمايه", Hundreds(500), false),
        ("خمسميه", Hundreds(500), false),
        ("ستمايه", Hundreds(600), false),
        ("ستميه", Hundreds(600), false),
        ("سبعمايه", Hundreds(700), false),
        ("سبعميه", Hundreds(700), false),
        ("ثمانمايه", Hundreds(800), false),
        ("ثمانميه", Hundreds(800), false),
        ("ثمانيمايه", Hundreds(800), false),
        ("ثمانيميه", Hundreds(800), false),
        ("تسعمايه", Hundreds(900), false),
        ("تسعميه", Hundreds(900), false),
        (
            "الف",
            Scale {
                scale: 1_000,
                count: 1,
            },
            false,
        ),
        (
            "الفا",
            Scale {
                scale: 1_000,
                count: 1,
            },
            false,
        ),
        (
            "الفان",
            Scale {
                scale: 1_000,
                count: 2,
            },
            false,
        ),
        (
            "الفين",
            Scale {
                scale: 1_000,
                count: 2,
            },
            false,
        ),
        (
            "الفي",
            Scale {
                scale: 1_000,
                count: 2,
            },
            false,
        ),
        (
            "الاف",
            Scale {
                scale: 1_000,
                count: 0,
            },
            false,
        ),
        (
            "الوف",
            Scale {
                scale: 1_000,
                count: 0,
            },
            false,
        ),
        (
            "مليون",
            Scale {
                scale: 1_000_000,
                count: 1,
            },
            false,
        ),
        (
            "مليونا",
            Scale {
                scale: 1_000_000,
                count: 1,
            },
            false,
        ),
        (
            "مليونان",
            Scale {
                scale: 1_000_000,
                count: 2,
            },
            false,
        ),
        (
            "مليونين",
            Scale {
                scale: 1_000_000,
                count: 2,
            },
            false,
        ),
        (
            "مليوني",
            Scale {
                scale: 1_000_000,
                count: 2,
            },
            false,
        ),
        (
            "ملايين",
            Scale {
                scale: 1_000_000,
                count: 0,
            },
            false,
        ),
        (
            "مليار",
            Scale {
                scale: 1_000_000_000,
                count: 1,
            },
            false,
        ),
        (
            "مليارا",
            Scale {
                scale: 1_000_000_000,
                count: 1,
            },
            false,
        ),
        (
            "بليون",
            Scale {
                scale: 1_000_000_000,
                count: 1,
            },
            false,
        ),
        (
            "ملياران",
            Scale {
                scale: 1_000_000_000,
                count: 2,
            },
            false,
        ),
        (
            "مليارين",
            Scale {
                scale: 1_000_000_000,
                count: 2,
            },
            false,
        ),
        (
            "ملياري",
            Scale {
                scale: 1_000_000_000,
                count: 2,
            },
            false,
        ),
        (
            "مليارات",
            Scale {
                scale: 1_000_000_000,
                count: 0,
            },
            false,
        ),
        ("عشرات", Vague(10), false),
        ("ميات", Vague(100), false),
        ("بضع", Few, false),
        ("بضعه", Few, false),
    ]
};

/// Look up a folded stem: the atom, and whether the form is also a common other word
/// (`ميتين`/`ميتا` also mean "dead"). One hash lookup instead of comparing the stem with
/// every word of [`LEX`].
fn lex(s: &str) -> Option<(A, bool)> {
    static MAP: std::sync::OnceLock<HashMap<&'static str, (A, bool), crate::hash::FxBuild>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::default();
        for &(w, a, amb) in LEX {
            m.entry(w).or_insert((a, amb));
        }
        m
    })
    .get(s)
    .copied()
}

/// [`lex`] as first written, a match over the words: the reference the tests hold the
/// table to.
#[cfg(test)]
fn lex_reference(s: &str) -> Option<(A, bool)> {
    use A::*;
    let a = match s {
        "واحد" | "واحده" => Unit(1),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "ثنتان" | "ثنتين" => {
            Unit(2)
        }
        "ثلاثه" | "ثلاث" => Unit(3),
        "اربعه" | "اربع" => Unit(4),
        "خمسه" | "خمس" => Unit(5),
        "سته" | "ست" => Unit(6),
        "سبعه" | "سبع" => Unit(7),
        "ثمانيه" | "ثماني" | "ثمان" => Unit(8),
        "تسعه" | "تسع" => Unit(9),
        "عشره" | "عشر" => Unit(10),
        "احد" | "احدي" => TeenHead(1),
        "اثنا" | "اثني" | "اثنتا" | "اثنتي" => TeenHead(2),
        "عشرون" | "عشرين" => Ten(20),
        "ثلاثون" | "ثلاثين" => Ten(30),
        "اربعون" | "اربعين" => Ten(40),
        "خمسون" | "خمسين" => Ten(50),
        "ستون" | "ستين" => Ten(60),
        "سبعون" | "سبعين" => Ten(70),
        "ثمانون" | "ثمانين" => Ten(80),
        "تسعون" | "تسعين" => Ten(90),
        "مايه" | "ميه" => Hundreds(100),
        "مايتان" | "مايتين" | "مايتا" | "مايتي" | "ميتان" => {
            Hundreds(200)
        }
        "ميتين" | "ميتا" | "ميتي" => return Some((Hundreds(200), true)),
        "ثلاثمايه" | "ثلاثميه" => Hundreds(300),
        "اربعمايه" | "اربعميه" => Hundreds(400),
        "خمسمايه" | "خمسميه" => Hundreds(500),
        "ستمايه" | "ستميه" => Hundreds(600),
        "سبعمايه" | "سبعميه" => Hundreds(700),
        "ثمانمايه" | "ثمانميه" | "ثمانيمايه" | "ثمانيميه" => {
            Hundreds(800)
        }
        "تسعمايه" | "تسعميه" => Hundreds(900),
        "الف" | "الفا" => Scale {
            scale: 1_000,
            count: 1,
        },
        "الفان" | "الفين" | "الفي" => Scale {
            scale: 1_000,
            count: 2,
        },
        "الاف" | "الوف" => Scale {
            scale: 1_000,
            count: 0,
        },
        "مليون" | "مليونا" => Scale {
            scale: 1_000_000,
            count: 1,
        },
        "مليونان" | "مليونين" | "مليوني" => Scale {
            scale: 1_000_000,
            count: 2,
        },
        "ملايين" => Scale {
            scale: 1_000_000,
            count: 0,
        },
        "مليار" | "مليارا" | "بليون" => Scale {
            scale: 1_000_000_000,
            count: 1,
        },
        "ملياران" | "مليارين" | "ملياري" => Scale {
            scale: 1_000_000_000,
            count: 2,
        },
        "مليارات" => Scale {
            scale: 1_000_000_000,
            count: 0,
        },
        "عشرات" => Vague(10),
        "ميات" => Vague(100),
        "بضع" | "بضعه" => Few,
        _ => return None,
    };
    Some((a, false))
}

/// Ordinal words before which a bare `عشر` is the second half of an ordinal (التاسع عشر).
fn is_ordinal(s: &str) -> bool {
    matches!(
        s,
        "الحادي"
            | "الثاني"
            | "الثالث"
            | "الرابع"
            | "الخامس"
            | "السادس"
            | "السابع"
            | "الثامن"
            | "التاسع"
            | "الحاديه"
            | "الثانيه"
            | "الثالثه"
            | "الرابعه"
            | "الخامسه"
            | "السادسه"
            | "السابعه"
            | "الثامنه"
            | "التاسعه"
            | "حادي"
            | "ثاني"
            | "ثالث"
            | "رابع"
            | "خامس"
            | "سادس"
            | "سابع"
            | "ثامن"
            | "تاسع"
    )
}

/// Parse a digits token: `(mantissa, decimal places)`.
fn parse_digits(s: &str) -> Option<(u64, u32)> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 24 {
        return None;
    }
    let dots = b.iter().filter(|&&c| c == b'.').count();
    let commas = b.iter().filter(|&&c| c == b',').count();
    let (int, frac): (&str, &str) = if dots == 0 && commas == 0 {
        (s, "")
    } else if dots == 1 && commas == 0 {
        s.split_once('.')?
    } else if dots == 0 && commas >= 1 {
        if thousands(s) {
            (s, "")
        } else if commas == 1 {
            s.split_once(',')?
        } else {
            return None;
        }
    } else if dots == 1 {
        let (a, f) = s.split_once('.')?;
        if !thousands(a) || f.contains(',') {
            return None;
        }
        (a, f)
    } else {
        return None;
    };
    let mut mant: u64 = 0;
    let mut digits = 0;
    for c in int.bytes().chain(frac.bytes()) {
        if c == b',' {
            continue;
        }
        if !c.is_ascii_digit() {
            return None;
        }
        digits += 1;
        if digits > 18 {
            return None;
        }
        mant = mant * 10 + u64::from(c - b'0');
    }
    Some((mant, frac.len() as u32))
}

/// `1,500` / `12,000,000`: comma groups of exactly three digits.
fn thousands(s: &str) -> bool {
    let mut parts = s.split(',');
    let first = parts.next().unwrap_or("");
    if first.is_empty() || first.len() > 3 {
        return false;
    }
    let mut any = false;
    for p in parts {
        if p.len() != 3 {
            return false;
        }
        any = true;
    }
    any
}

/// `mant / 10^places * scale`, floored; `None` on overflow.
fn scaled(mant: u64, places: u32, scale: u64) -> Option<u64> {
    let p = 10u64.checked_pow(places)?;
    (u128::from(mant) * u128::from(scale) / u128::from(p))
        .try_into()
        .ok()
}

// ---------------------------------------------------------------------------------------
// Parser

/// Which clitics the first word of a phrase may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pol {
    /// Any proclitic.
    Any,
    /// None.
    Bare,
    /// Exactly the conjunction و.
    Waw,
    /// None, or the article ال alone.
    Art,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qual {
    About,
    More,
    AtLeast,
    Less,
    UpTo,
    Between,
}

struct Phrase {
    value: u64,
    low: Option<u64>,
    high: Option<u64>,
    vague: bool,
    end: usize,
    skip: usize,
}

struct Cx<'a, 'r> {
    t: &'a [Token],
    r: &'r crate::AllReadings<'r>,
}

impl<'a> Cx<'a, '_> {
    /// The folded text of word `k`.
    fn word(&self, k: usize) -> Option<&'a str> {
        self.t
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    }

    fn is(&self, k: usize, s: &str) -> bool {
        self.word(k) == Some(s)
    }

    /// The atom at token `k` under clitic policy `pol`: atom, prefix length, ambiguous.
    fn atom_at(&self, k: usize, pol: Pol) -> Option<(A, usize, bool)> {
        let t = self.t.get(k)?;
        match t.kind {
            TokenKind::Number => {
                if pol == Pol::Waw {
                    return None;
                }
                let (mant, places) = parse_digits(&t.norm)?;
                Some((A::Digits { mant, places }, 0, false))
            }
            TokenKind::Word => {
                for r in self.r.get(k) {
                    let ok = match pol {
                        Pol::Any => true,
                        Pol::Bare => r.prefix == 0,
                        Pol::Waw => r.prefix == 1 && t.norm.starts_with('و'),
                        Pol::Art => r.prefix == 0 || (r.prefix == 2 && r.definite),
                    };
                    if !ok {
                        continue;
                    }
                    let Some((a, amb)) = lex(r.stem) else {
                        continue;
                    };
                    if r.prefix > 0 {
                        // لست "I am not", بست...: short stems only after و
                        if r.stem.chars().nth(2).is_none() && !t.norm.starts_with('و') {
                            return None;
                        }
                        // الاثنين (Monday), العشرين (ordinal), المئة / بالمئة (per cent)
                        if r.definite && matches!(a, A::Unit(2) | A::Ten(_) | A::Hundreds(_)) {
                            return None;
                        }
                    }
                    return Some((a, skip_of(&t.norm, r), amb));
                }
                None
            }
            _ => None,
        }
    }

    /// The connector و (a separate token or a proclitic) and the atom after it.
    fn conj(&self, e: usize) -> Option<(A, usize)> {
        if self.is(e, "و") {
            let (a, _, _) = self.atom_at(e + 1, Pol::Bare)?;
            return Some((a, e + 2));
        }
        let (a, _, _) = self.atom_at(e, Pol::Waw)?;
        Some((a, e + 1))
    }

    /// True when token `k` is a bare عشر / عشرة.
    fn ten_word(&self, k: usize) -> bool {
        matches!(self.word(k), Some("عشر" | "عشره"))
    }

    fn below_hundred(&self, a: A, next: usize) -> Option<(u64, usize)> {
        match a {
            A::Unit(u) => {
                if u <= 9 && self.ten_word(next) {
                    return Some((10 + u, next + 1));
                }
                if u <= 9 {
                    if let Some((A::Ten(t), k)) = self.conj(next) {
                        return Some((u + t, k));
                    }
                }
                Some((u, next))
            }
            A::TeenHead(u) => {
                if self.ten_word(next) {
                    return Some((10 + u, next + 1));
                }
                // أحد وعشرون، إحدى وثلاثين
                match self.conj(next) {
                    Some((A::Ten(t), k)) if u == 1 => Some((u + t, k)),
                    _ => None,
                }
            }
            A::Ten(t) => Some((t, next)),
            _ => None,
        }
    }

    fn below_thousand(&self, a: A, next: usize) -> Option<(u64, usize)> {
        let (h, e) = match a {
            A::Hundreds(h) => (h, next),
            A::Unit(u) if (3..=9).contains(&u) => match self.atom_at(next, Pol::Bare) {
                Some((A::Hundreds(100), _, _)) => (u * 100, next + 1),
                _ => return self.below_hundred(a, next),
            },
            _ => return self.below_hundred(a, next),
        };
        if let Some((b, k)) = self.conj(e) {
            if let Some((w, e2)) = self.below_hundred(b, k) {
                return Some((h + w, e2));
            }
        }
        Some((h, e))
    }

    /// An exact number phrase whose first atom `a` has been read (the next token is `next`);
    /// its value must stay below `limit`.
    fn exact(&self, a: A, next: usize, limit: u64) -> Option<(u64, usize)> {
        match a {
            A::Scale { scale, count } if count > 0 => {
                if scale >= limit {
                    return None;
                }
                Some(self.tail(count * scale, next, scale))
            }
            A::Digits { mant, places } => {
                if let Some((A::Scale { scale, count }, _, _)) = self.atom_at(next, Pol::Bare) {
                    if count != 2 && scale < limit {
                        let v = scaled(mant, places, scale)?;
                        return Some(self.tail(v, next + 1, scale));
                    }
                }
                (places == 0 && mant < limit).then_some((mant, next))
            }
            _ => {
                let (v, e) = self.below_thousand(a, next)?;
                if let Some((A::Scale { scale, count }, _, _)) = self.atom_at(e, Pol::Bare) {
                    if count != 2 && scale < limit {
                        let v = v.checked_mul(scale)?;
                        return Some(self.tail(v, e + 1, scale));
                    }
                }
                (v < limit).then_some((v, e))
            }
        }
    }

    /// After a scale word: و and a smaller part.
    fn tail(&self, v: u64, e: usize, scale: u64) -> (u64, usize) {
        if let Some((b, k)) = self.conj(e) {
            if let Some((w, e2)) = self.exact(b, k, scale) {
                if w > 0 {
                    if let Some(s) = v.checked_add(w) {
                        return (s, e2);
                    }
                }
            }
        }
        (v, e)
    }

    /// A vague plural (عشرات، مئات الآلاف، بضعة...).
    fn vague(&self, a: A, next: usize) -> Option<Phrase> {
        let plural = |k: usize| match self.atom_at(k, Pol::Art) {
            Some((A::Scale { scale, count: 0 }, _, _)) => Some(scale),
            _ => None,
        };
        let mk = |v: u64, hi: u64, end: usize| Phrase {
            value: v,
            low: Some(v),
            high: Some(hi),
            vague: true,
            end,
            skip: 0,
        };
        match a {
            A::Vague(b) | A::Scale { scale: b, count: 0 } => {
                let (b, e) = match plural(next) {
                    Some(s) => (b.checked_mul(s)?, next + 1),
                    None => (b, next),
                };
                Some(mk(b.checked_mul(2)?, b.checked_mul(10)? - 1, e))
            }
            A::Few => {
                if self.ten_word(next) {
                    return Some(mk(13, 19, next + 1));
                }
                let b = match self.atom_at(next, Pol::Bare) {
                    Some((A::Vague(b) | A::Scale { scale: b, count: 0 }, _, _)) => b,
                    _ => return Some(mk(3, 9, next)),
                };
                let (b, e) = match plural(next + 1) {
                    Some(s) => (b.checked_mul(s)?, next + 2),
                    None => (b, next + 1),
                };
                Some(mk(b.checked_mul(3)?, b.checked_mul(10)? - 1, e))
            }
            _ => None,
        }
    }

    /// A number phrase (exact or vague) starting at token `p`.
    fn phrase(&self, p: usize, pol: Pol, qualified: bool) -> Option<Phrase> {
        let (a, skip, amb) = self.atom_at(p, pol)?;
        if amb
            && !qualified
            && !matches!(
                self.atom_at(p + 1, Pol::Bare),
                Some((A::Scale { .. }, _, _))
            )
        {
            return None;
        }
        if let Some((v, e)) = self.exact(a, p + 1, u64::MAX) {
            // عشر right after an ordinal: التاسع عشر
            if e == p + 1
                && a == A::Unit(10)
                && p > 0
                && self.word(p - 1).is_some()
                && self.r.get(p - 1).iter().any(|r| is_ordinal(r.stem))
            {
                return None;
            }
            return Some(Phrase {
                value: v,
                low: None,
                high: None,
                vague: false,
                end: e,
                skip,
            });
        }
        let mut ph = self.vague(a, p + 1)?;
        ph.skip = skip;
        Some(ph)
    }

    /// A qualifier starting at token `i`: kind, first token after it, clitic prefix.
    fn qualifier(&self, i: usize) -> Option<(Qual, usize, usize)> {
        let t = self.t.get(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        for r in self.r.get(i) {
            if r.definite {
                continue;
            }
            let w = |k: usize| self.word(i + k);
            let one_of = |k: usize, xs: &[&str]| w(k).is_some_and(|s| xs.contains(&s));
            let q = match r.stem {
                "نحو" | "حوالي" | "قرابه" | "زهاء" | "تقريبا" | "يقارب" | "يناهز" => {
                    Some((Qual::About, 1))
                }
                "اكثر" | "ازيد" if one_of(1, &["من"]) => Some((Qual::More, 2)),
                "اقل" if one_of(1, &["من"]) => Some((Qual::Less, 2)),
                "يزيد" | "يربو" if one_of(1, &["عن", "علي"]) => Some((Qual::More, 2)),
                "لا" if one_of(1, &["يقل", "تقل"]) && one_of(2, &["عن", "علي"]) => {
                    Some((Qual::AtLeast, 3))
                }
                "بين" => Some((Qual::Between, 1)),
                "ما" => match w(1) {
                    Some("يقارب" | "يناهز") => Some((Qual::About, 2)),
                    Some("يقرب") if one_of(2, &["من"]) => Some((Qual::About, 3)),
                    Some("يزيد" | "يربو") if one_of(2, &["عن", "علي"]) => {
                        Some((Qual::More, 3))
                    }
                    Some("يفوق") => Some((Qual::More, 2)),
                    Some("لا") if one_of(2, &["يقل", "تقل"]) && one_of(3, &["عن", "علي"]) => {
                        Some((Qual::AtLeast, 4))
                    }
                    Some("يقل" | "تقل") if one_of(2, &["عن", "علي"]) => {
                        Some((Qual::Less, 3))
                    }
                    Some("يصل") if one_of(2, &["الي"]) => Some((Qual::UpTo, 3)),
                    Some("بين") => Some((Qual::Between, 2)),
                    _ => None,
                },
                _ => None,
            };
            if let Some((q, n)) = q {
                return Some((q, i + n, skip_of(&t.norm, r)));
            }
        }
        None
    }

    /// A qualifier after a number ending at `e`: kind and its end.
    fn post_qualifier(&self, e: usize) -> Option<(Qual, usize)> {
        match self.word(e)? {
            "تقريبا" => Some((Qual::About, e + 1)),
            "فاكثر" | "واكثر" => Some((Qual::AtLeast, e + 1)),
            "ونيف" => Some((Qual::More, e + 1)),
            "علي" if self.is(e + 1, "الاقل") => Some((Qual::AtLeast, e + 2)),
            _ => None,
        }
    }

    fn mention_at(&self, i: usize) -> Option<NumberMention> {
        if let Some((q, qe, qskip)) = self.qualifier(i) {
            // قرابة الـ50
            let p = if self.is(qe, "ال")
                && self
                    .t
                    .get(qe + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            {
                qe + 1
            } else {
                qe
            };
            if let Some(ph) = self.phrase(p, Pol::Bare, true) {
                if q == Qual::Between {
                    return Some(self.between(i, qskip, p, ph));
                }
                let mut m = NumberMention {
                    start: i,
                    end: ph.end,
                    value: ph.value,
                    low: ph.low,
                    high: ph.high,
                    approximate: true,
                    skip: qskip,
                };
                if !ph.vague {
                    apply(&mut m, q);
                }
                return Some(m);
            }
            return None;
        }
        let ph = self.phrase(i, Pol::Any, false)?;
        let mut m = NumberMention {
            start: i,
            end: ph.end,
            value: ph.value,
            low: ph.low,
            high: ph.high,
            approximate: ph.vague,
            skip: ph.skip,
        };
        if !ph.vague {
            if let Some((q, e)) = self.post_qualifier(ph.end) {
                apply(&mut m, q);
                m.end = e;
            } else if self.word(ph.end).is_some() {
                if let Some((q, _)) = self.post_qualifier(ph.end + 1) {
                    if q != Qual::More {
                        apply(&mut m, q);
                    }
                }
            }
        }
        Some(m)
    }

    /// بين a و b: a range when b follows and is larger, else just a.
    fn between(&self, i: usize, qskip: usize, p: usize, a: Phrase) -> NumberMention {
        if !a.vague {
            if let Some((b, k)) = self.conj(a.end) {
                if let Some((w, e)) = self.exact(b, k, u64::MAX) {
                    if w > a.value {
                        return NumberMention {
                            start: i,
                            end: e,
                            value: a.value,
                            low: Some(a.value),
                            high: Some(w),
                            approximate: true,
                            skip: qskip,
                        };
                    }
                }
            }
        }
        NumberMention {
            start: p,
            end: a.end,
            value: a.value,
            low: a.low,
            high: a.high,
            approximate: a.vague,
            skip: a.skip,
        }
    }

    /// Digits joined by `/`, `-` or `:` with no space: a date or a time (nothing to emit),
    /// or a range `10-15`. Returns the end of the chain and the mention, if any.
    fn chain(&self, i: usize) -> Option<(usize, Option<NumberMention>)> {
        let mut k = i;
        let mut sep = None;
        let mut parts = 1;
        while let (Some(a), Some(s), Some(b)) =
            (self.t.get(k), self.t.get(k + 1), self.t.get(k + 2))
        {
            let TokenKind::Punct(c) = s.kind else { break };
            if !matches!(c, '/' | '-' | ':')
                || sep.is_some_and(|x| x != c)
                || b.kind != TokenKind::Number
                || a.fend != s.fstart
                || s.fend != b.fstart
            {
                break;
            }
            sep = Some(c);
            parts += 1;
            k += 2;
        }
        if parts == 1 {
            return None;
        }
        let end = k + 1;
        if parts == 2 && sep == Some('-') {
            if let (Some(a), Some(b)) = (plain_int(&self.t[i]), plain_int(&self.t[i + 2])) {
                if a < b && b < 1900 {
                    let m = NumberMention {
                        start: i,
                        end,
                        value: u64::from(a),
                        low: Some(u64::from(a)),
                        high: Some(u64::from(b)),
                        approximate: true,
                        skip: 0,
                    };
                    return Some((end, Some(m)));
                }
            }
        }
        Some((end, None))
    }
}

fn apply(m: &mut NumberMention, q: Qual) {
    let n = m.value;
    m.approximate = true;
    match q {
        Qual::About | Qual::Between => {}
        Qual::More => m.low = Some(n.saturating_add(1)),
        Qual::AtLeast => m.low = Some(n),
        Qual::Less => m.high = Some(n.saturating_sub(1)),
        Qual::UpTo => m.high = Some(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_as_the_reference_reads_them() {
        for &(w, _, _) in LEX {
            assert_eq!(lex(w), lex_reference(w), "{w}");
            assert!(lex(w).is_some(), "{w}");
        }
        for w in [
            "",
            "و",
            "الف",
            "الفو",
            "مليو",
            "عشرات",
            "ميتين",
            "قتل",
            "1000",
        ] {
            assert_eq!(lex(w), lex_reference(w), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn number_words_same_as_reference(w in "[اثنتعشرمليونفيهخسبعدوحكلاةى]{0,9}") {
            proptest::prop_assert_eq!(lex(&w), lex_reference(&w));
        }
    }

    fn all(r: Rds<'_>) -> (Vec<Rd<'_>>, bool) {
        (r.as_slice().to_vec(), r.dropped)
    }

    #[test]
    fn clitic_readings_as_the_reference_reads_them() {
        // every word of up to five of the clitic letters and a few others, and a few words
        let letters = ['و', 'ف', 'ب', 'ك', 'ل', 'ا', 'م', 'a', '1'];
        let mut words = vec![String::new()];
        for _ in 0..5 {
            let mut next = Vec::new();
            for w in &words {
                for &c in &letters {
                    let mut v = w.clone();
                    v.push(c);
                    assert_eq!(
                        all(clitic_readings(&v)),
                        all(clitic_readings_reference(&v)),
                        "{v}"
                    );
                    next.push(v);
                }
            }
            words = next;
        }
    }

    proptest::proptest! {
        #[test]
        fn clitic_readings_same_as_reference(w in "[وفبكلام\u{0600}-\u{06ff}a-z0-9€😀]{0,9}") {
            proptest::prop_assert_eq!(all(clitic_readings(&w)), all(clitic_readings_reference(&w)));
        }
    }
    use crate::tokens::Analyzed;

    /// Expected mention: original text of the span, value, low, high, approximate.
    type Exp<'a> = (&'a str, u64, Option<u64>, Option<u64>, bool);

    type Got = (String, u64, Option<u64>, Option<u64>, bool);

    fn run(input: &str) -> Vec<Got> {
        let a = Analyzed::new(input);
        find_numbers(&a.tokens)
            .into_iter()
            .map(|m| {
                let sp = a.span(m.start, m.end, m.skip);
                (
                    sp.slice(input).to_string(),
                    m.value,
                    m.low,
                    m.high,
                    m.approximate,
                )
            })
            .collect()
    }

    fn check(input: &str, expected: &[Exp<'_>]) {
        let got = run(input);
        let exp: Vec<_> = expected
            .iter()
            .map(|&(s, v, l, h, a)| (s.to_string(), v, l, h, a))
            .collect();
        assert_eq!(got, exp, "input: {input}");
    }

    fn exact(s: &str, v: u64) -> Exp<'_> {
        (s, v, None, None, false)
    }

    #[test]
    fn digits() {
        check("قتل 38 شخصا", &[exact("38", 38)]);
        check("نزح ١٬٥٠٠ شخص", &[exact("١٬٥٠٠", 1500)]);
        check("نزح 1,500 شخص", &[exact("1,500", 1500)]);
        check("نزوح 12,000,000 شخص", &[exact("12,000,000", 12_000_000)]);
        check("مسافة 3.5 كيلومتر", &[]);
        check("خسائر بـ 1.5 مليون دولار", &[exact("1.5 مليون", 1_500_000)]);
        check("فر 50 ألف شخص", &[exact("50 ألف", 50_000)]);
        check("فر 3 آلاف شخص", &[exact("3 آلاف", 3000)]);
        check("و3 آخرين", &[exact("3", 3)]);
        check("مقتل ٢٠ جنديا", &[exact("٢٠", 20)]);
        check(
            "بلغ 2 مليون و500 ألف",
            &[exact("2 مليون و500 ألف", 2_500_000)],
        );
    }

    #[test]
    fn units_and_teens() {
        check("قتل واحد", &[exact("واحد", 1)]);
        check("اثنان من الجنود", &[exact("اثنان", 2)]);
        check("إصابة اثنين", &[exact("اثنين", 2)]);
        check("اثنتان من النساء", &[exact("اثنتان", 2)]);
        check("ثلاثة قتلى", &[exact("ثلاثة", 3)]);
        check("ثلاث نساء", &[exact("ثلاث", 3)]);
        check("وأربعة جرحى", &[exact("أربعة", 4)]);
        check("بخمس قذائف", &[exact("خمس", 5)]);
        check("ستة عناصر", &[exact("ستة", 6)]);
        check("وست نساء", &[exact("ست", 6)]);
        check("لست أدري", &[]);
        check("سبع غارات", &[exact("سبع", 7)]);
        check("ثمانية مدنيين", &[exact("ثمانية", 8)]);
        check("ثماني سيارات", &[exact("ثماني", 8)]);
        check("تسعة أشخاص", &[exact("تسعة", 9)]);
        check("عشرة جنود", &[exact("عشرة", 10)]);
        check("عشر سنوات", &[exact("عشر", 10)]);
        check("أحد عشر قتيلا", &[exact("أحد عشر", 11)]);
        check("إحدى عشرة امرأة", &[exact("إحدى عشرة", 11)]);
        check("اثنا عشر جنديا", &[exact("اثنا عشر", 12)]);
        check("اثني عشر جنديا", &[exact("اثني عشر", 12)]);
        check("ثلاثة عشر مدنيا", &[exact("ثلاثة عشر", 13)]);
        check("تسع عشرة سيارة", &[exact("تسع عشرة", 19)]);
        check("القرن التاسع عشر", &[]);
        check("ثلاثةُ قتلى", &[exact("ثلاثةُ", 3)]);
    }

    #[test]
    fn tens_and_compounds() {
        check("عشرون شخصا", &[exact("عشرون", 20)]);
        check("بعشرين قذيفة", &[exact("عشرين", 20)]);
        check("خمسة وعشرين مقاتلا", &[exact("خمسة وعشرين", 25)]);
        check("ثلاث وتسعون", &[exact("ثلاث وتسعون", 93)]);
        check("إحدى وعشرين غارة", &[exact("إحدى وعشرين", 21)]);
        check("واحد وعشرين", &[exact("واحد وعشرين", 21)]);
        check("وتسعة وتسعين", &[exact("تسعة وتسعين", 99)]);
        check("اثنان وعشرون", &[exact("اثنان وعشرون", 22)]);
        check("إحدى المدن", &[]);
        check("ثلاثة وأربعة", &[exact("ثلاثة", 3), exact("أربعة", 4)]);
        check("قتل خمسة وأصيب سبعة", &[exact("خمسة", 5), exact("سبعة", 7)]);
        check("الذكرى العشرين", &[]);
    }

    #[test]
    fn hundreds_thousands_millions() {
        check("مئة شخص", &[exact("مئة", 100)]);
        check("مائة وخمسون", &[exact("مائة وخمسون", 150)]);
        check("مئة وخمسة وعشرون", &[exact("مئة وخمسة وعشرون", 125)]);
        check("مائتا شخص", &[exact("مائتا", 200)]);
        check("مئتي ألف", &[exact("مئتي ألف", 200_000)]);
        check("مائتين", &[exact("مائتين", 200)]);
        check("ثلاثمئة عنصر", &[exact("ثلاثمئة", 300)]);
        check("ثلاثمائة وخمسون", &[exact("ثلاثمائة وخمسون", 350)]);
        check("ثلاث مئة", &[exact("ثلاث مئة", 300)]);
        check("تسعمائة", &[exact("تسعمائة", 900)]);
        check("ألف شخص", &[exact("ألف", 1000)]);
        check("ألفا شخص", &[exact("ألفا", 1000)]);
        check("ألفين", &[exact("ألفين", 2000)]);
        check("ثلاثة آلاف نازح", &[exact("ثلاثة آلاف", 3000)]);
        check("عشرة آلاف", &[exact("عشرة آلاف", 10_000)]);
        check("خمسة عشر ألفا", &[exact("خمسة عشر ألفا", 15_000)]);
        check("مئة ألف", &[exact("مئة ألف", 100_000)]);
        check(
            "ألفين وخمسمائة وثلاثة وعشرين",
            &[exact("ألفين وخمسمائة وثلاثة وعشرين", 2523)],
        );
        check("ثلاثة آلاف وخمسمائة", &[exact("ثلاثة آلاف وخمسمائة", 3500)]);
        check("ألف ومئتي", &[exact("ألف ومئتي", 1200)]);
        check("٣٠٠ ألف", &[exact("٣٠٠ ألف", 300_000)]);
        check("ثلاثمئة ألف ومئتان", &[exact("ثلاثمئة ألف ومئتان", 300_200)]);
        check("مليون نازح", &[exact("مليون", 1_000_000)]);
        check("مليونين", &[exact("مليونين", 2_000_000)]);
        check("ثلاثة ملايين", &[exact("ثلاثة ملايين", 3_000_000)]);
        check("في المئة", &[]);
        check("50 بالمئة", &[exact("50", 50)]);
        check("عثر عليه ميتا", &[]);
        check("نحو مئتين", &[("نحو مئتين", 200, None, None, true)]);
    }

    #[test]
    fn approximations() {
        check("نحو 20 قتيلا", &[("نحو 20", 20, None, None, true)]);
        check("ونحو ثلاثين", &[("نحو ثلاثين", 30, None, None, true)]);
        check("حوالى مئة", &[("حوالى مئة", 100, None, None, true)]);
        check("قرابة الـ50 شخصا", &[("قرابة الـ50", 50, None, None, true)]);
        check("زهاء ألف", &[("زهاء ألف", 1000, None, None, true)]);
        check("ما يقارب 300", &[("ما يقارب 300", 300, None, None, true)]);
        check(
            "أكثر من 10 أشخاص",
            &[("أكثر من 10", 10, Some(11), None, true)],
        );
        check(
            "ما يزيد على خمسين",
            &[("ما يزيد على خمسين", 50, Some(51), None, true)],
        );
        check(
            "ما لا يقل عن 12",
            &[("ما لا يقل عن 12", 12, Some(12), None, true)],
        );
        check("لا يقل عن 12", &[("لا يقل عن 12", 12, Some(12), None, true)]);
        check("أقل من عشرة", &[("أقل من عشرة", 10, None, Some(9), true)]);
        check(
            "ما يصل إلى 40",
            &[("ما يصل إلى 40", 40, None, Some(40), true)],
        );
        check("قتل 7 على الأقل", &[("7 على الأقل", 7, Some(7), None, true)]);
        check("قتل 7 أشخاص على الأقل", &[("7", 7, Some(7), None, true)]);
        check("عشرون ونيف", &[("عشرون ونيف", 20, Some(21), None, true)]);
        check("100 تقريبا", &[("100 تقريبا", 100, None, None, true)]);
        check("عشرات القتلى", &[("عشرات", 20, Some(20), Some(99), true)]);
        check("والعشرات", &[("العشرات", 20, Some(20), Some(99), true)]);
        check(
            "مئات المدنيين",
            &[("مئات", 200, Some(200), Some(999), true)],
        );
        check(
            "آلاف النازحين",
            &[("آلاف", 2000, Some(2000), Some(9999), true)],
        );
        check("الآلاف", &[("الآلاف", 2000, Some(2000), Some(9999), true)]);
        check(
            "عشرات الآلاف",
            &[("عشرات الآلاف", 20_000, Some(20_000), Some(99_999), true)],
        );
        check(
            "مئات الآلاف",
            &[("مئات الآلاف", 200_000, Some(200_000), Some(999_999), true)],
        );
        check(
            "ملايين",
            &[("ملايين", 2_000_000, Some(2_000_000), Some(9_999_999), true)],
        );
        check("بضعة جنود", &[("بضعة", 3, Some(3), Some(9), true)]);
        check("بضع مئات", &[("بضع مئات", 300, Some(300), Some(999), true)]);
        check(
            "بضعة آلاف",
            &[("بضعة آلاف", 3000, Some(3000), Some(9999), true)],
        );
        check("بضعة عشر", &[("بضعة عشر", 13, Some(13), Some(19), true)]);
        check(
            "أكثر من عشرات",
            &[("أكثر من عشرات", 20, Some(20), Some(99), true)],
        );
        check("عدة أشخاص وعدد من الجرحى", &[]);
        check(
            "بين 10 و20 قتيلا",
            &[("بين 10 و20", 10, Some(10), Some(20), true)],
        );
        check(
            "ما بين خمسة وعشرة",
            &[("ما بين خمسة وعشرة", 5, Some(5), Some(10), true)],
        );
        check("قتل 10-15", &[("10-15", 10, Some(10), Some(15), true)]);
        check("نحو المدينة", &[]);
    }

    #[test]
    fn not_numbers() {
        check("يوم الاثنين", &[]);
        check("الإثنين", &[]);
        check("الثالث والأول والثاني", &[]);
        check("في 12/3/2019", &[]);
        check("في 2019-03-12", &[]);
        check("الساعة 10:30", &[]);
        check("موسم 2019-2020", &[]);
        check("عام 2019", &[exact("2019", 2019)]);
        check("ثلاث، أربع", &[exact("ثلاث", 3), exact("أربع", 4)]);
    }

    #[test]
    fn never_panics() {
        for s in [
            "",
            "و",
            "ال",
            "بين",
            "بين 5 و",
            "ما",
            "ما لا",
            "نحو",
            "99999999999999999999999 ألف",
            "9999999999 مليار مليار",
            "1.5",
            "1,2,3",
            "1.2.3",
            "/-/",
            "12/",
            "-5",
            "ألف و",
            "بضع",
            "عشرات الآلاف الملايين",
            "ثلاث مئة ألف مليون",
            "ٌ",
            "الـ",
            "1,500.25 ألف",
        ] {
            let a = Analyzed::new(s);
            let _ = find_numbers(&a.tokens);
        }
        check("1,500.25 ألف", &[exact("1,500.25 ألف", 1_500_250)]);
        check("ثلاث مئة ألف", &[exact("ثلاث مئة ألف", 300_000)]);
    }

    proptest::proptest! {
        #[test]
        fn any_text_never_panics(s in "\\PC{0,80}") {
            let a = Analyzed::new(&s);
            let _ = find_numbers(&a.tokens);
        }

        #[test]
        fn spans_are_sane(s in "[ 0-9,./\\-وفبلكالثخمسعشرينمئةأآلافنحوبضعاكثرمن]{0,40}") {
            let a = Analyzed::new(&s);
            let ms = find_numbers(&a.tokens);
            let mut last = 0;
            for m in ms {
                proptest::prop_assert!(m.start >= last && m.start < m.end && m.end <= a.tokens.len());
                last = m.end;
                if let (Some(l), Some(h)) = (m.low, m.high) {
                    proptest::prop_assert!(l <= h);
                }
            }
        }
    }
}
