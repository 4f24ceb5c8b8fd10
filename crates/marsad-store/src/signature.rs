//! Fingerprints of article text: an exact hash (same text) and a MinHash signature over word
//! shingles (near-duplicate text: the same story with another header or footer).
//!
//! Both work on text folded by `marsad_text` (harakat, tatweel, letter variants and digits
//! folded), so copies that differ only in spelling variants meet.
//!
//! MinHash in brief: the Jaccard similarity of two sets of shingles (runs of [`SHINGLE`]
//! words) equals the probability that the minimum of a random hash over each set is the
//! same element. [`HASHES`] independent minima estimate it; grouping them into [`BANDS`]
//! bands of [`ROWS`] gives keys such that two texts with similarity 0.7 share at least one
//! band key with probability 1 - (1 - 0.7^4)^16 ≈ 0.99, while unrelated texts almost
//! never do (locality-sensitive hashing). Candidates found by band keys are then checked
//! on the whole signature.
//!
//! The hashes are our own, fixed functions (FNV-1a and splitmix64): the signatures are
//! stored, so they must not change between builds.
//!
//! ```
//! use marsad_store::signature::{MinHash, similarity};
//! let a = "قالت وزارة الداخلية في بيان اليوم إن قوات الأمن أوقفت ثلاثة أشخاص في المدينة بعد تفتيش استمر ساعات";
//! let b = format!("الرياض - وكالات: {a}");
//! let (sa, sb) = (MinHash::of_text(a).unwrap(), MinHash::of_text(&b).unwrap());
//! assert!(similarity(&sa, &sb) > 0.7);
//! ```

/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Hash functions in a signature.
pub const HASHES: usize = 64;
/// Bands for locality-sensitive lookup.
pub const BANDS: usize = 16;
/// Hashes per band.
pub const ROWS: usize = HASHES / BANDS;
/// Texts with fewer shingles than this get no signature (too short to call copies).
pub const MIN_SHINGLES: usize = 8;
/// Estimated similarity from which an article is linked as a copy.
pub const DUPLICATE_THRESHOLD: f32 = 0.7;

/// FNV-1a, 64 bits: the exact-text hash and the shingle hash.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// splitmix64's finalizer: a bijective mix of 64 bits.
pub fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A letter or digit, with a fast path for ASCII and the Arabic block.
#[inline]
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x0621..=0x064A | 0x0660..=0x0669 | 0x066E..=0x06D3 => true,
        0x0600..=0x06FF => false,
        _ => c.is_alphanumeric(),
    }
}

/// The folded words of a text (letters and digits), in order.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// Hash of the text's folded words joined by single spaces: equal for texts that differ
/// only in spacing, punctuation, harakat or letter variants. As i64 (SQLite's integer).
pub fn text_hash(original: &str) -> i64 {
    text_hash_folded(&marsad_text::fold(original))
}

/// [`text_hash`] of text already folded by `marsad_text::fold`.
pub fn text_hash_folded(folded: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, w) in words(folded).enumerate() {
        if i > 0 {
            h ^= b' ' as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        for &b in w.as_bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    mix(h) as i64
}

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinHash(pub [u64; HASHES]);

impl MinHash {
    /// The signature of a text (folded here), or None when it is too short.
    pub fn of_text(original: &str) -> Option<Self> {
        Self::of_folded(&marsad_text::fold(original))
    }

    /// The signature of text already folded by `marsad_text::fold`.
    pub fn of_folded(folded: &str) -> Option<Self> {
        let ws: Vec<u64> = words(folded).map(|w| fnv1a(w.as_bytes())).collect();
        if ws.len() < SHINGLE + MIN_SHINGLES - 1 {
            return None;
        }
        let mut mins = [u64::MAX; HASHES];
        for win in ws.windows(SHINGLE) {
            let mut h: u64 = 0;
            for &w in win {
                h = mix(h ^ w);
            }
            for (i, m) in mins.iter_mut().enumerate() {
                let v = mix(h ^ SEEDS[i]);
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(MinHash(mins))
    }

    /// The band keys (one per band), as i64 for SQLite.
    pub fn bands(&self) -> [i64; BANDS] {
        let mut out = [0i64; BANDS];
        for (b, o) in out.iter_mut().enumerate() {
            let mut h = mix(b as u64 + 1);
            for &v in &self.0[b * ROWS..(b + 1) * ROWS] {
                h = mix(h ^ v);
            }
            *o = h as i64;
        }
        out
    }

    /// Little-endian bytes (for storage).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Back from [`MinHash::to_bytes`]; None when the length is wrong.
    pub fn from_bytes(b: &[u8]) -> Option<Self> {
        if b.len() != HASHES * 8 {
            return None;
        }
        let mut out = [0u64; HASHES];
        for (i, c) in b.chunks_exact(8).enumerate() {
            out[i] = u64::from_le_bytes(c.try_into().ok()?);
        }
        Some(MinHash(out))
    }
}

/// Estimated Jaccard similarity: the share of equal minima.
pub fn similarity(a: &MinHash, b: &MinHash) -> f32 {
    let same = a.0.iter().zip(b.0.iter()).filter(|(x, y)| x == y).count();
    same as f32 / HASHES as f32
}

/// Fixed seeds, one per hash function (splitmix64 of 1..=64, written out so that they can
/// never change by accident).
const SEEDS: [u64; HASHES] = {
    let mut s = [0u64; HASHES];
    let mut i = 0;
    while i < HASHES {
        let mut x = (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        s[i] = x ^ (x >> 31);
        i += 1;
    }
    s
};

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str =
        "أعلنت السلطات المحلية في المحافظة اليوم افتتاح مدرسة جديدة تتسع لخمسمئة طالب \
        وقال مدير التعليم إن المدرسة تضم مختبرات حديثة ومكتبة كبيرة وملاعب رياضية \
        وأضاف أن العمل جار على بناء مدرستين أخريين في القرى المجاورة قبل نهاية العام";

    #[test]
    fn copies_with_another_header_are_similar() {
        let a = MinHash::of_text(STORY).unwrap();
        let b = MinHash::of_text(&format!("جدة - واس\n{STORY}\nشارك هذا الخبر")).unwrap();
        assert!(
            similarity(&a, &b) >= DUPLICATE_THRESHOLD,
            "{}",
            similarity(&a, &b)
        );
        assert!(a.bands().iter().zip(b.bands().iter()).any(|(x, y)| x == y));
    }

    #[test]
    fn different_stories_are_not() {
        let a = MinHash::of_text(STORY).unwrap();
        let other = "استضافت المدينة معرضا للكتاب شارك فيه أكثر من مئتي دار نشر من عشرين دولة \
            وشهد المعرض ندوات عن الرواية والشعر وأمسيات ثقافية حضرها جمهور كبير طوال أسبوع";
        let b = MinHash::of_text(other).unwrap();
        assert!(similarity(&a, &b) < 0.2);
    }

    #[test]
    fn text_hash_ignores_harakat_and_spacing() {
        assert_eq!(text_hash("قُتِلَ  رجلٌ، أمس"), text_hash("قتل رجل أمس"));
        assert_ne!(text_hash("قتل رجل أمس"), text_hash("قتل رجلان أمس"));
    }

    #[test]
    fn short_texts_have_no_signature() {
        assert!(MinHash::of_text("خبر قصير جدا").is_none());
    }

    #[test]
    fn bytes_round_trip() {
        let a = MinHash::of_text(STORY).unwrap();
        assert_eq!(MinHash::from_bytes(&a.to_bytes()), Some(a));
        assert_eq!(MinHash::from_bytes(&[1, 2, 3]), None);
    }
}
