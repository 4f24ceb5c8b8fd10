//! Matching normalization ("folding") with a map back to the original code points.
//!
//! The pipeline, per input character, in order:
//! 1. NFKC (presentation forms such as `ﻻ` become `لا`);
//! 2. drop: harakat and Quranic marks, tatweel, bidi controls, zero-width characters, soft hyphen;
//! 3. fold (lossy, for matching only): alef variants → `ا`, `ى` → `ي`, `ة` → `ه`, hamza seats
//!    `ؤ` → `و` and `ئ` → `ي`, Persian `ی`/`ک` → `ي`/`ك`, Arabic-Indic and Persian digits →
//!    ASCII, every quote style → `"`, Arabic comma/semicolon/question mark kept as they are,
//!    Latin lower-cased; every kind of space → ` ` (newlines kept).
//!
//! Dictionary entries and article text go through this same function, so they meet.
//! Folding is idempotent: `fold(fold(x)) == fold(x)`.

use unicode_normalization::UnicodeNormalization;

/// Folded text and, for every folded character, the original code point it came from.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// `orig[k]` is the original code-point index of folded character `k`.
    pub orig: Vec<u32>,
    /// `orig_byte[k]` is the byte offset in the original of folded character `k`'s source.
    pub orig_byte: Vec<u32>,
    /// Number of code points in the original.
    pub orig_len: usize,
}

/// How a character of the Arabic block U+0600..U+06FF folds: the folded character, `DROP`,
/// or `SLOW` for the few whose NFKC form differs (U+0675..U+0678).
pub(crate) const DROP: char = '\0';
pub(crate) const SLOW: char = '\u{1}';

pub(crate) fn arabic_table() -> &'static [char; 256] {
    static TABLE: std::sync::OnceLock<[char; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [DROP; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let u = 0x0600 + i as u32;
            *slot = if (0x0675..=0x0678).contains(&u) {
                SLOW
            } else {
                // every other character of the block is its own NFKC form
                char::from_u32(u).and_then(fold_one).unwrap_or(DROP)
            };
        }
        t
    })
}

impl Folded {
    /// Fold `original`, keeping the offset map.
    pub fn new(original: &str) -> Self {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        // Arabic takes two bytes a character: most texts have fewer characters than bytes
        let mut orig = Vec::with_capacity(original.len() * 3 / 5 + 16);
        let mut orig_byte = Vec::with_capacity(original.len() * 3 / 5 + 16);
        let arabic = arabic_table();
        let (mut b, mut i) = (0usize, 0u32);
        // characters that fold to themselves are copied a run at a time: the run starts here
        let mut run = 0usize;
        while b < bytes.len() {
            let x = bytes[b];
            // ASCII, and the Arabic block (lead bytes D8..DB), without decoding through chars
            let (c, len) = if x < 0x80 {
                let f = fold_ascii(x as char);
                if f as u32 != x as u32 {
                    text.push_str(&original[run..b]);
                    text.push(f);
                    run = b + 1;
                }
                orig.push(i);
                orig_byte.push(b as u32);
                b += 1;
                i += 1;
                continue;
            } else if (0xD8..=0xDB).contains(&x) && b + 1 < bytes.len() {
                let u = ((x as u32 & 0x1F) << 6) | (bytes[b + 1] as u32 & 0x3F);
                match arabic[(u - 0x0600) as usize] {
                    DROP => {
                        text.push_str(&original[run..b]);
                        b += 2;
                        i += 1;
                        run = b;
                        continue;
                    }
                    SLOW => (char::from_u32(u).unwrap_or(DROP), 2),
                    f => {
                        if f as u32 != u {
                            text.push_str(&original[run..b]);
                            text.push(f);
                            run = b + 2;
                        }
                        orig.push(i);
                        orig_byte.push(b as u32);
                        b += 2;
                        i += 1;
                        continue;
                    }
                }
            } else {
                match original.get(b..).and_then(|r| r.chars().next()) {
                    Some(c) => (c, c.len_utf8()),
                    None => break,
                }
            };
            text.push_str(&original[run..b]);
            for d in std::iter::once(c).nfkc() {
                if let Some(f) = fold_one(d) {
                    text.push(f);
                    orig.push(i);
                    orig_byte.push(b as u32);
                }
            }
            b += len;
            i += 1;
            run = b;
        }
        text.push_str(&original[run..b.min(bytes.len())]);
        Folded {
            text,
            orig,
            orig_byte,
            orig_len: i as usize,
        }
    }

    /// The original code-point span of folded characters `[a, b)`.
    pub fn orig_span(&self, a: usize, b: usize) -> (usize, usize) {
        if a >= b || a >= self.orig.len() {
            let p = self
                .orig
                .get(a)
                .map(|&x| x as usize)
                .unwrap_or(self.orig_len);
            return (p, p);
        }
        (self.orig[a] as usize, self.orig[b - 1] as usize + 1)
    }
}

/// Fold a string for matching (no offset map). See the module docs.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

#[inline]
pub(crate) fn fold_ascii(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\'' | '`' => '"',
        '\t' | '\r' | '\x0b' | '\x0c' => ' ',
        _ => c,
    }
}

/// Fold one character (already NFKC'd): `None` drops it.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    fold_one(c)
}

#[inline]
pub(crate) fn fold_one(c: char) -> Option<char> {
    let u = c as u32;
    Some(match u {
        // harakat, superscript alef, Quranic marks, tatweel
        0x064B..=0x065F | 0x0670 | 0x0610..=0x061A | 0x06D6..=0x06ED | 0x0640 => return None,
        // bidi controls, zero-width, BOM, soft hyphen, word joiner
        0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF | 0x00AD | 0x061C => {
            return None
        }
        0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 => 'ا',
        0x0649 | 0x06CC | 0x064A | 0x06D2 => 'ي',
        0x0629 => 'ه',
        0x0624 => 'و',
        0x0626 => 'ي',
        0x06A9 => 'ك',
        0x0660..=0x0669 => char::from(b'0' + (u - 0x0660) as u8),
        0x06F0..=0x06F9 => char::from(b'0' + (u - 0x06F0) as u8),
        // quotes of every style
        0x201C | 0x201D | 0x201E | 0x201F | 0x00AB | 0x00BB | 0x2018 | 0x2019 | 0x201A | 0x201B
        | 0x2039 | 0x203A | 0x0022 | 0x0027 | 0x0060 | 0x00B4 | 0x300C | 0x300D => '"',
        // dashes
        0x2010..=0x2015 | 0x2212 => '-',
        // Arabic decimal/thousands separators
        0x066B => '.',
        0x066C => ',',
        // spaces
        0x00A0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 | 0x0009 => ' ',
        0x2028 | 0x2029 | 0x0085 => '\n',
        // ASCII and the Arabic block have no case to fold beyond A-Z (the common path)
        _ if u < 0x80 => c.to_ascii_lowercase(),
        0x0600..=0x06FF => c,
        _ => {
            if c.is_uppercase() {
                return c.to_lowercase().next();
            }
            c
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases = [
            ("أإآٱا", "ااااا"),
            ("مستشفى", "مستشفي"),
            ("الجبهة", "الجبهه"),
            ("قُتِلَ", "قتل"),
            ("داعـــش", "داعش"),
            ("مسؤول", "مسوول"),
            ("٢٠١٩ ۲۰۱۹", "2019 2019"),
            ("«الشام» “داعش”", "\"الشام\" \"داعش\""),
            ("ﻻ", "لا"),
            ("a\u{200F}b\u{200B}C", "abc"),
            ("ی ک", "ي ك"),
        ];
        for (i, o) in cases {
            assert_eq!(fold(i), o, "fold({i:?})");
        }
    }

    #[test]
    fn map_points_back() {
        let s = "قُتِلَ ٣";
        let f = Folded::new(s);
        assert_eq!(f.text, "قتل 3");
        assert_eq!(f.orig_span(0, 3), (0, 5));
        assert_eq!(f.orig_span(4, 5), (7, 8));
    }

    #[test]
    fn expanding_characters_keep_map() {
        // U+FDFA expands to many characters under NFKC
        let f = Folded::new("x\u{FDFA}y");
        assert_eq!(f.orig.len(), f.text.chars().count());
        assert_eq!(*f.orig.last().unwrap(), 2);
    }

    /// The folding as the module docs define it, one character at a time through NFKC: the
    /// fast paths of `Folded::new` must give the same text and the same maps.
    fn reference(s: &str) -> (String, Vec<u32>, Vec<u32>) {
        let (mut text, mut orig, mut orig_byte) = (String::new(), Vec::new(), Vec::new());
        for (i, (b, c)) in s.char_indices().enumerate() {
            let folded: Vec<char> = if c.is_ascii() {
                vec![fold_ascii(c)]
            } else {
                std::iter::once(c).nfkc().filter_map(fold_one).collect()
            };
            for f in folded {
                text.push(f);
                orig.push(i as u32);
                orig_byte.push(b as u32);
            }
        }
        (text, orig, orig_byte)
    }

    #[test]
    fn every_arabic_block_character_folds_as_defined() {
        for u in 0x0580u32..0x0780 {
            let Some(c) = char::from_u32(u) else { continue };
            let s = format!("ب{c}ت {c}x{c}");
            let f = Folded::new(&s);
            assert_eq!((f.text, f.orig, f.orig_byte), reference(&s), "U+{u:04X}");
        }
    }

    proptest::proptest! {
        #[test]
        fn same_as_reference(s in "[\\x00-\\x7f\u{0600}-\u{06ff}\u{fb50}-\u{fdff}\u{fe70}-\u{feff}\u{2000}-\u{206f}\u{00a0}-\u{00ff}]{0,40}") {
            let f = Folded::new(&s);
            proptest::prop_assert_eq!((f.text, f.orig, f.orig_byte), reference(&s));
        }
        #[test]
        fn idempotent(s in "\\PC{0,40}") {
            let once = fold(&s);
            proptest::prop_assert_eq!(fold(&once), once.clone());
        }
        #[test]
        fn map_len_and_monotone(s in "\\PC{0,40}") {
            let f = Folded::new(&s);
            proptest::prop_assert_eq!(f.orig.len(), f.text.chars().count());
            proptest::prop_assert!(f.orig.windows(2).all(|w| w[0] <= w[1]));
            proptest::prop_assert!(f.orig.iter().all(|&o| (o as usize) < s.chars().count()));
        }
    }
}
