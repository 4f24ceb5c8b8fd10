//! Hashing of string keys for name lookups over every token of an article: the FxHash of
//! the `rustc-hash` crate (rustc's own hasher), plus the chain hashes, mixing and bit filters
//! that marsad builds on it. Not resistant to hash flooding: keys come from our own index
//! and the article's words only ever look keys up.

use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

pub use rustc_hash::FxHasher;

/// Builder for [`FxHasher`].
pub type FxBuild = rustc_hash::FxBuildHasher;

/// The multiplier [`PreHashed`] folds stray bytes with.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The FxHash of a string's bytes: computed once per word reading and reused by every
/// dictionary that looks the word up.
#[inline]
pub fn fx_str(s: &str) -> u64 {
    fx_bytes(s.as_bytes())
}

/// The FxHash of bytes taken in one `write`, so that [`fx_concat`] of `a` and `b` equals
/// [`fx_str`] of `ab`.
#[inline]
fn fx_bytes(bytes: &[u8]) -> u64 {
    let mut h = FxBuild::default().build_hasher();
    h.write(bytes);
    h.finish()
}

/// Extend the hash of a sequence of words by one word's hash ([`fx_str`] of it): names of
/// several words are looked up by this chain, one word at a time, with no string built.
#[inline]
pub fn chain(h: u64, word: u64) -> u64 {
    (h.rotate_left(26) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The chain hash of words joined by single spaces (`"دير الزور"`).
pub fn chain_str(key: &str) -> u64 {
    let mut it = key.split(' ');
    let mut h = fx_str(it.next().unwrap_or(""));
    for w in it {
        h = chain(h, fx_str(w));
    }
    h
}

/// [`fx_str`] of `a` followed by `b`, without building the string (up to 120 bytes; longer
/// ones hash as `None`).
pub fn fx_concat(a: &str, b: &str) -> Option<u64> {
    let mut buf = [0u8; 120];
    let n = a.len() + b.len();
    if n > buf.len() {
        return None;
    }
    buf[..a.len()].copy_from_slice(a.as_bytes());
    buf[a.len()..n].copy_from_slice(b.as_bytes());
    Some(fx_bytes(&buf[..n]))
}

/// The first two characters of a word (the key of open-ended dictionary words).
#[inline]
pub fn prefix2(w: &str) -> &str {
    // the length of a UTF-8 character from its first byte
    let len = |b: u8| match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    let bytes = w.as_bytes();
    let first = bytes.first().map_or(0, |&b| len(b));
    let end = first + bytes.get(first).map_or(0, |&b| len(b));
    w.get(..end.min(w.len())).unwrap_or(w)
}

/// Spread a hash's entropy over all its bits, so that tables and filters indexed by a few
/// bits of a hash do not put words with the same first letters in one place (the older
/// FxHash's low bits depended only on a key's first bytes); they index by this.
#[inline]
pub fn mix(h: u64) -> u64 {
    let h = (h ^ (h >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 29)
}

/// A hasher for keys that are already hashes ([`fx_str`]), mixed ([`mix`]) so that a hash
/// table's buckets spread.
#[derive(Default, Clone, Copy)]
pub struct PreHashed(u64);

impl Hasher for PreHashed {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // only u64 keys are expected; fold anything else in
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(SEED);
        }
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
    #[inline]
    fn finish(&self) -> u64 {
        mix(self.0)
    }
}

/// Builder for [`PreHashed`].
pub type PreHashedBuild = BuildHasherDefault<PreHashed>;

/// A set of hashes as a bit table (a one-probe Bloom filter): a cheap "certainly not" before
/// a hash map lookup, for the many words of an article that start no dictionary entry.
#[derive(Debug, Clone)]
pub struct HashFilter {
    bits: Vec<u64>,
    log2: u32,
}

impl HashFilter {
    /// A filter of `2^log2_bits` bits (1 to 32).
    pub fn new(log2_bits: u32) -> Self {
        let log2 = log2_bits.clamp(6, 32);
        HashFilter {
            bits: vec![0; (1usize << log2) / 64],
            log2,
        }
    }
    /// The filter's bits (64 to a word).
    pub fn bits(&self) -> &[u64] {
        &self.bits
    }
    /// The bit of hash `h` in a filter of `2^log2_bits` bits: the top bits of the mixed hash.
    #[inline]
    pub fn bit_of(h: u64, log2_bits: u32) -> u64 {
        mix(h) >> (64 - log2_bits)
    }
    /// Add a hash.
    #[inline]
    pub fn insert(&mut self, h: u64) {
        let b = Self::bit_of(h, self.log2);
        self.bits[(b >> 6) as usize] |= 1 << (b & 63);
    }
    /// False when the hash was certainly never added.
    #[inline]
    pub fn may_contain(&self, h: u64) -> bool {
        let b = Self::bit_of(h, self.log2);
        self.bits[(b >> 6) as usize] & (1 << (b & 63)) != 0
    }
}

impl Default for HashFilter {
    fn default() -> Self {
        HashFilter::new(16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix2_is_two_characters() {
        for w in [
            "",
            "a",
            "ab",
            "abc",
            "ق",
            "قص",
            "قصف",
            "aق",
            "قa",
            "€x",
            "x€y",
            "😀😀😀",
        ] {
            let want: String = w.chars().take(2).collect();
            assert_eq!(prefix2(w), want, "{w}");
        }
    }

    #[test]
    fn filter_spreads_words_with_the_same_first_letters() {
        // words sharing their first letters must not share filter bits: with FxHash's low
        // bits they did, and almost every word of an article passed
        let words = [
            "قصف",
            "قصفت",
            "قصفوا",
            "قصير",
            "قصر",
            "قصة",
            "قصائد",
            "قصيرة",
            "قصاص",
            "قصد",
        ];
        let mut f = HashFilter::new(20);
        f.insert(fx_str(words[0]));
        let passed = words[1..]
            .iter()
            .filter(|w| f.may_contain(fx_str(w)))
            .count();
        assert_eq!(passed, 0);
        let bits: std::collections::HashSet<u64> = words
            .iter()
            .map(|w| HashFilter::bit_of(fx_str(w), 20))
            .collect();
        assert_eq!(bits.len(), words.len());
    }

    #[test]
    fn concat_hashes_like_the_joined_string() {
        for (a, b) in [
            ("ال", "قصف"),
            ("", "x"),
            ("x", ""),
            ("", ""),
            ("دير", " الزور"),
        ] {
            assert_eq!(fx_concat(a, b), Some(fx_str(&format!("{a}{b}"))), "{a}+{b}");
        }
        assert_eq!(fx_concat(&"ب".repeat(40), &"ت".repeat(40)), None);
    }

    #[test]
    fn raw_hash_low_bits_spread_words_with_the_same_first_letters() {
        // the hand-written FxHash put every word of the same first letters in one low-bit
        // bucket; the hash itself (before `mix`) must now spread them
        let words = [
            "قصف",
            "قصفت",
            "قصفوا",
            "قصير",
            "قصر",
            "قصة",
            "قصائد",
            "قصيرة",
            "قصاص",
            "قصد",
        ];
        let low: std::collections::HashSet<u64> =
            words.iter().map(|w| fx_str(w) & 0xF_FFFF).collect();
        assert_eq!(low.len(), words.len());
    }
}
