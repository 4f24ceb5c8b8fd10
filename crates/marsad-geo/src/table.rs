//! The name table of an index, as one flat byte image: every folded name and every proper
//! word prefix of a name, keyed by the chain hash of its words
//! ([`marsad_text::hash::chain`]), in an open-addressing table, with the candidates of each
//! name, the row offsets and the first-word filter.
//!
//! The image of the embedded index is made once, when the crate is compiled (`build.rs`
//! includes this file), so that loading the gazetteer costs no parsing and no hashing; an
//! index read at run time gets the same image built in memory. Values are little-endian and
//! read in place: no copy, no `unsafe`.

use marsad_text::hash::{chain, fx_str, HashFilter};
use std::collections::HashMap;

/// First line of an index file.
pub const MAGIC: &str = "# marsad gazetteer index v1";
/// The folded word «مديرية » (district) that starts Who's On First's district names.
pub const DISTRICT: &str = "مديريه ";
/// Version of the image layout.
const IMAGE: u64 = 0x6d61_7273_6164_0002;
/// Bits of the first-word filter (2^20).
pub const FIRST_BITS: u32 = 20;
const HEADER_WORDS: usize = 8;

/// A problem with the index text: 1-based line and message.
pub type BuildError = (usize, String);

/// Slot of a hash in a table of `mask + 1` slots.
#[inline]
pub fn slot_of(h: u64, mask: usize) -> usize {
    ((h ^ (h >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9) >> 17) as usize & mask
}

/// Keys are never 0 (0 marks an empty slot).
#[inline]
pub fn nonzero(h: u64) -> u64 {
    if h == 0 {
        1
    } else {
        h
    }
}

/// The image of the index `text`.
pub fn build(text: &str) -> Result<Vec<u8>, BuildError> {
    if !text.starts_with(MAGIC) {
        return Err((1, "not a marsad gazetteer index (bad first line)".into()));
    }
    let mut rows: Vec<u32> = Vec::with_capacity(text.len() / 100);
    let mut pairs: Vec<(&str, u32, bool)> = Vec::with_capacity(text.len() / 60);
    let mut off = 0usize;
    for (n, line) in text.split('\n').enumerate() {
        let start = off;
        off += line.len() + 1;
        if line.is_empty() || line.starts_with('#') || line.starts_with("id\t") {
            continue;
        }
        let Some(t) = line.rfind('\t') else {
            return Err((n + 1, "expected 10 columns".into()));
        };
        let id = rows.len() as u32;
        rows.push(start as u32);
        for k in line[t + 1..].split('|') {
            if let Some(k) = k.strip_prefix('!') {
                pairs.push((k, id, true));
            } else if !k.is_empty() {
                pairs.push((k, id, false));
                // a district is written without its word «مديرية» too: «قبة مشرعة وحدنان»
                // (only names of two words or more, so that a town keeps its single name)
                if let Some(rest) = k.strip_prefix(DISTRICT) {
                    if rest.contains(' ') {
                        pairs.push((rest, id, false));
                    }
                }
            }
        }
    }
    // group the (name, place) pairs by the name's chain hash, in order of first appearance
    let mut group: HashMap<u64, u32> = HashMap::with_capacity(pairs.len());
    let mut prefixes: Vec<u64> = Vec::new();
    let mut names: Vec<(&str, u64)> = Vec::new();
    let mut members: Vec<Vec<u32>> = Vec::new();
    let mut first = HashFilter::new(FIRST_BITS);
    let mut curated: Vec<u64> = Vec::new();
    for &(k, id, cur) in &pairs {
        let mut words = k.split(' ');
        let w0 = fx_str(words.next().unwrap_or(k));
        let mut h = w0;
        for w in words {
            prefixes.push(nonzero(h));
            h = chain(h, fx_str(w));
        }
        let h = nonzero(h);
        if cur {
            curated.push(h);
        }
        let g = *group.entry(h).or_insert_with(|| {
            names.push((k, h));
            members.push(Vec::new());
            first.insert(w0);
            names.len() as u32 - 1
        });
        let m = &mut members[g as usize];
        if m.last() != Some(&id) {
            m.push(id);
        }
    }
    curated.sort_unstable();
    curated.dedup();
    prefixes.sort_unstable();
    prefixes.dedup();
    // the table: names and prefixes, at most half full
    let entries = group.len() + prefixes.iter().filter(|h| !group.contains_key(h)).count();
    let slots = (entries * 2).next_power_of_two().max(16);
    let mask = slots - 1;
    // each slot is a key and its value side by side: a lookup reads one cache line
    let mut table = vec![0u64; 2 * slots];
    let mut cands: Vec<u32> = Vec::with_capacity(pairs.len());
    let put = |h: u64, v: u64, table: &mut Vec<u64>| {
        let mut s = slot_of(h, mask);
        while table[2 * s] != 0 && table[2 * s] != h {
            s = (s + 1) & mask;
        }
        table[2 * s] = h;
        table[2 * s + 1] |= v;
    };
    let base = text.as_ptr() as usize;
    let mut spans: Vec<u32> = Vec::with_capacity(names.len() * 2);
    for (g, &(k, h)) in names.iter().enumerate() {
        let m = &members[g];
        let a = cands.len() as u64;
        cands.extend_from_slice(m);
        put(h, a | ((m.len() as u64) << 32), &mut table);
        let o = k.as_ptr() as usize - base;
        spans.push(o as u32);
        spans.push((o + k.len()) as u32);
    }
    for &h in &prefixes {
        put(h, 1 << 63, &mut table);
    }
    // the image: header, then each array (8-byte words, u32 arrays padded to 8 bytes)
    let fbits = first.bits();
    let header = [
        IMAGE,
        rows.len() as u64,
        slots as u64,
        cands.len() as u64,
        fbits.len() as u64,
        spans.len() as u64,
        curated.len() as u64,
        0,
    ];
    let mut out: Vec<u8> = Vec::with_capacity(
        8 * (HEADER_WORDS + 2 * slots + fbits.len() + curated.len())
            + 4 * (rows.len() + cands.len() + spans.len())
            + 32,
    );
    let u64s = |out: &mut Vec<u8>, xs: &[u64]| {
        xs.iter()
            .for_each(|x| out.extend_from_slice(&x.to_le_bytes()))
    };
    let u32s = |out: &mut Vec<u8>, xs: &[u32]| {
        xs.iter()
            .for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        if xs.len() % 2 == 1 {
            out.extend_from_slice(&[0; 4]);
        }
    };
    u64s(&mut out, &header);
    u32s(&mut out, &rows);
    u64s(&mut out, &table);
    u32s(&mut out, &cands);
    u64s(&mut out, fbits);
    u32s(&mut out, &spans);
    u64s(&mut out, &curated);
    Ok(out)
}

/// Byte ranges of the arrays in an image.
#[derive(Debug, Clone, Copy, Default)]
pub struct Layout {
    /// Byte offset of each place's row in the index text (u32).
    pub rows: (usize, usize),
    /// The table, a key and a value per slot (u64 pairs). Keys are chain hashes, 0 for an
    /// empty slot; values are the first candidate, count << 32 and prefix flag << 63.
    pub table: (usize, usize),
    /// Candidates of every name, grouped by name (u32).
    pub cands: (usize, usize),
    /// The first-word filter's bits (u64).
    pub first: (usize, usize),
    /// Start and end byte of each distinct name in the index text (u32 pairs).
    pub spans: (usize, usize),
    /// Chain hashes of the curated names, sorted (u64).
    pub curated: (usize, usize),
    /// Slots in the table (a power of two).
    pub slots: usize,
}

/// Read an image's header; `None` when it is not an image of this layout or is cut short.
pub fn layout(img: &[u8]) -> Option<Layout> {
    let word = |i: usize| {
        img.get(8 * i..8 * i + 8)
            .map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])) as usize)
    };
    if word(0)? as u64 != IMAGE {
        return None;
    }
    let mut at = 8 * HEADER_WORDS;
    let mut take = |n: usize, size: usize| {
        let len = (n * size).div_ceil(8) * 8;
        let r = (at, at + n * size);
        at += len;
        r
    };
    let slots = word(2)?;
    let l = Layout {
        rows: take(word(1)?, 4),
        table: take(slots, 16),
        cands: take(word(3)?, 4),
        first: take(word(4)?, 8),
        spans: take(word(5)?, 4),
        curated: take(word(6)?, 8),
        slots,
    };
    (at <= img.len() && slots.is_power_of_two()).then_some(l)
}

/// Word `i` of the u64 array at `r`.
#[inline]
pub fn u64_at(img: &[u8], r: (usize, usize), i: usize) -> u64 {
    let o = r.0 + 8 * i;
    img.get(o..o + 8)
        .map_or(0, |b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])))
}

/// Word `i` of the u32 array at `r`.
#[inline]
pub fn u32_at(img: &[u8], r: (usize, usize), i: usize) -> u32 {
    let o = r.0 + 4 * i;
    img.get(o..o + 4)
        .map_or(0, |b| u32::from_le_bytes(b.try_into().unwrap_or([0; 4])))
}
