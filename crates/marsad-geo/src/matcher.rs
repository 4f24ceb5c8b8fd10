//! Finding place names in the tokens of an article.
//!
//! At each word, every clitic reading of the word (`وبالرقة` → `بالرقة`, `الرقة`, `رقة`;
//! `للرقة` → `رقة` + article, looked up as `الرقة`) starts a walk over the following
//! tokens through the set of name prefixes; the longest name wins, then the reading that
//! strips least. Stoplisted names (ordinary words) are skipped, or kept only right after a
//! town cue (`قرية X`), as their stop mode says.

use crate::{Cue, Gazetteer, PlaceMention, StopMode};
use marsad_text::hash::{fx_str, PreHashedBuild};
use marsad_text::tokens::{Analyzed, Token, TokenKind};
use marsad_text::AllReadings;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The lookup key of a name: its folded tokens joined by one space.
pub(crate) fn name_key(name: &str) -> String {
    let toks = marsad_text::tokenize(name);
    let mut s = String::new();
    for t in toks.iter().filter(|t| t.kind != TokenKind::Newline) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&t.norm);
    }
    s
}

const TOWN: &[&str] = &[
    "مدينه",
    "بلده",
    "قريه",
    "حي",
    "مخيم",
    "ناحيه",
    "بلدتي",
    "قريتي",
    "مدينتي",
    "بلدات",
    "قري",
    "مركز",
    "مطار",
    "معبر",
    "جزيره",
];
const PROVINCE: &[&str] = &[
    "محافظه",
    "ولايه",
    "اقليم",
    "منطقه",
    "محافظتي",
    "امارة",
    "اماره",
];
const COUNTRYSIDE: &[&str] = &["ريف", "ضواحي", "اطراف", "محيط", "باديه"];
const DIRECTION: &[&str] = &[
    "شرق",
    "شمال",
    "جنوب",
    "غرب",
    "شرقي",
    "شمالي",
    "جنوبي",
    "غربي",
    "وسط",
];

/// Words before a name that introduce it as where something happened.
const LOCATIVE: &[&str] = &[
    "في",
    "فى",
    "قرب",
    "داخل",
    "عند",
    "علي",
    "الي",
    "نحو",
    "باتجاه",
    "بين",
    "حول",
    "شرقي",
    "غربي",
    "شمالي",
    "جنوبي",
];

/// Plural place nouns that open a list of places (`المديريات… من بينها مران وساقين`).
const PLACE_PLURALS: &[&str] = &[
    "مناطق",
    "مديريات",
    "قري",
    "بلدات",
    "مدن",
    "احياء",
    "قطاعات",
    "محافظات",
    "مواقع",
    "جبهات",
];
/// Words after such a noun that start the list.
const LIST_OPENERS: &[&str] = &["بينها", "منها", "ابرزها", "اهمها", "مثل", "هي", "وهي"];

/// The cue word lists above, by the hash of each word ([`marsad_text::hash::fx_str`], which
/// the clitic readings already carry): a word of an article is looked up once instead of
/// being compared with every list entry.
struct Words {
    map: HashMap<u64, (&'static str, Cue), PreHashedBuild>,
}

impl Words {
    fn get() -> &'static Words {
        static WORDS: OnceLock<Words> = OnceLock::new();
        WORDS.get_or_init(|| {
            let mut map = HashMap::default();
            // the first list that has a word decides its cue
            let lists: [(&[&'static str], Cue); 4] = [
                (TOWN, Cue::Town),
                (PROVINCE, Cue::Province),
                (COUNTRYSIDE, Cue::Countryside),
                (DIRECTION, Cue::Direction),
            ];
            for (list, what) in lists {
                for &w in list {
                    map.entry(fx_str(w)).or_insert((w, what));
                }
            }
            Words { map }
        })
    }
    /// The cue of a reading's stem, of hash `h`.
    #[inline]
    fn cue(&self, h: u64, stem: &str) -> Option<Cue> {
        match self.map.get(&h) {
            Some(&(w, c)) if w == stem => Some(c),
            _ => None,
        }
    }
}

/// The cue word `c` gives to the name after it, and whether it carries a `ب`.
fn cue_of(toks: &[Token], rds: &AllReadings<'_>, c: usize) -> Option<(Cue, bool)> {
    let t = &toks[c];
    if !t.is_word() {
        return None;
    }
    let words = Words::get();
    for (r, &(h, _)) in rds.get(c).iter().zip(rds.hashes(c)) {
        if r.definite {
            continue;
        }
        if let Some(cue) = words.cue(h, r.stem) {
            return Some((cue, t.norm[..byte_of(&t.norm, r.prefix)].contains('ب')));
        }
    }
    None
}

fn byte_of(s: &str, chars: usize) -> usize {
    s.char_indices().nth(chars).map_or(s.len(), |(b, _)| b)
}

/// Word `k` introduces the name after it as a location (`في`, `قرب`, `وعلى`).
fn locative_word(toks: &[Token], rds: &AllReadings<'_>, k: usize) -> bool {
    toks[k].is_word()
        && rds
            .get(k)
            .iter()
            .any(|r| r.prefix <= 1 && LOCATIVE.contains(&r.stem))
}

/// Token `i` is in a list of places opened by a plural place noun and a list word
/// (`…والمديريات اليمنية على الحدود، من بينها مران وساقين`), or continues such a list
/// right after another place of it (`و`, `،`).
fn in_place_list(toks: &[Token], rds: &AllReadings<'_>, i: usize, out: &[Found]) -> bool {
    let Some(p) = prev_word_skipping(toks, i, &["،", ","]) else {
        return false;
    };
    if let Some(last) = out.last() {
        if last.listed && last.mention.end == p + 1 && (toks[i].norm.starts_with('و') || p + 1 < i)
        {
            return true;
        }
    }
    let has = |k: usize, words: &[&str]| rds.get(k).iter().any(|r| words.contains(&r.stem));
    has(p, LIST_OPENERS) && (p.saturating_sub(10)..p).any(|k| has(k, PLACE_PLURALS))
}

/// A mention as the matcher keeps it while it reads on.
struct Found {
    mention: PlaceMention,
    /// Its first word took back an article (`للرقة` → `الرقة`).
    with_al: bool,
    /// It was taken as an item of a list of places.
    listed: bool,
}

/// Letters that transliterations add or drop (long vowels, hamza).
const SOFT: &[char] = &['ا', 'و', 'ي', 'ء', 'ئ', 'ؤ', 'أ', 'إ'];
/// Letters that transliterations trade for each other (الهول / الحول, طويران / تويران).
const TRADED: &[(char, char)] = &[
    ('ه', 'ح'),
    ('ت', 'ط'),
    ('س', 'ص'),
    ('د', 'ض'),
    ('ذ', 'ز'),
    ('ك', 'ق'),
    ('ء', 'ا'),
    ('ئ', 'ي'),
    ('ؤ', 'و'),
];

/// A mention for word `i` right after a town word (`قرية X`), when no name is spelled `X`
/// but names are one transliteration step away: a long vowel or hamza added or dropped, or
/// one letter traded for its usual counterpart (ه/ح, ت/ط, س/ص…). Words of five letters or
/// more only; stoplisted names are not offered.
fn near_spelling(
    g: &Gazetteer,
    toks: &[Token],
    rds: &AllReadings<'_>,
    i: usize,
) -> Option<PlaceMention> {
    let c = prev_word(toks, i)?;
    let (cue, cue_b) = cue_of(toks, rds, c)?;
    if cue != Cue::Town {
        return None;
    }
    let locative = cue_b || prev_word(toks, c).is_some_and(|k| locative_word(toks, rds, k));
    let w: Vec<char> = toks[i].norm.chars().collect();
    if w.len() < 5 || !w.iter().all(|c| ('\u{0621}'..='\u{064A}').contains(c)) {
        return None;
    }
    let mut found: Vec<crate::PlaceId> = Vec::new();
    let mut buf = String::with_capacity(toks[i].norm.len() + 4);
    let mut try_word = |v: &mut dyn Iterator<Item = char>, found: &mut Vec<crate::PlaceId>| {
        buf.clear();
        buf.extend(v);
        let h = fx_str(&buf);
        if g.may_start(h) && g.stop.get(&h) != Some(&StopMode::Drop) {
            found.extend_from_slice(g.candidates_of(h));
        }
    };
    let n = w.len();
    // the article's letters stay: edits after the second letter only
    let from = if w.starts_with(&['ا', 'ل']) { 2 } else { 0 };
    for k in from..n {
        if SOFT.contains(&w[k]) && k > from {
            try_word(&mut w[..k].iter().chain(&w[k + 1..]).copied(), &mut found);
        }
        for &(x, y) in TRADED {
            let to = if w[k] == x {
                y
            } else if w[k] == y {
                x
            } else {
                continue;
            };
            try_word(
                &mut w[..k]
                    .iter()
                    .copied()
                    .chain(std::iter::once(to))
                    .chain(w[k + 1..].iter().copied()),
                &mut found,
            );
        }
    }
    for &l in &['ا', 'و', 'ي'] {
        for k in from + 1..n {
            try_word(
                &mut w[..k]
                    .iter()
                    .copied()
                    .chain(std::iter::once(l))
                    .chain(w[k..].iter().copied()),
                &mut found,
            );
        }
    }
    found.sort_unstable();
    found.dedup();
    if found.is_empty() {
        return None;
    }
    Some(PlaceMention {
        start: i,
        end: i + 1,
        skip: 0,
        candidates: found,
        cue: Some(Cue::Town),
        cue_token: Some(c),
        locative,
        reference: false,
        fuzzy: true,
    })
}

fn prev_word_skipping(toks: &[Token], i: usize, skip: &[&str]) -> Option<usize> {
    let mut k = i;
    while k > 0 {
        k -= 1;
        if toks[k].is_word() {
            return Some(k);
        }
        if !skip.contains(&toks[k].norm.as_str()) {
            return None;
        }
    }
    None
}

pub(crate) fn mentions(
    g: &Gazetteer,
    a: &Analyzed,
    rds: &AllReadings<'_>,
    use_stop: bool,
) -> Vec<PlaceMention> {
    found(g, a, rds, use_stop)
        .into_iter()
        .map(|f| f.mention)
        .collect()
}

pub(crate) fn mentions_keyed(
    g: &Gazetteer,
    a: &Analyzed,
    rds: &AllReadings<'_>,
    use_stop: bool,
) -> Vec<(PlaceMention, String)> {
    found(g, a, rds, use_stop)
        .into_iter()
        .map(
            |Found {
                 mention: m,
                 with_al,
                 ..
             }| {
                // the folded name as the index writes it: the stem of the first word (with the
                // article the preposition ate), then the following words
                let t = &a.tokens[m.start].norm;
                let mut key = String::new();
                if with_al {
                    key.push_str("ال");
                }
                key.push_str(&t[byte_of(t, m.skip)..]);
                for k in m.start + 1..m.end {
                    key.push(' ');
                    key.push_str(&a.tokens[k].norm);
                }
                (m, key)
            },
        )
        .collect()
}

/// The mentions, in token order.
fn found(g: &Gazetteer, a: &Analyzed, rds: &AllReadings<'_>, use_stop: bool) -> Vec<Found> {
    let toks = &a.tokens;
    let mut out: Vec<Found> = Vec::new();
    // the whole-word hash of token j: its first reading's, else hashed here (punctuation)
    let word_hash = |j: usize| -> u64 {
        match (toks[j].kind, rds.hashes(j).first()) {
            (TokenKind::Word | TokenKind::Number, Some(&(h, _))) => h,
            _ => marsad_text::hash::fx_str(&toks[j].norm),
        }
    };
    // options at one position: (end, prefix, chain hash, with article)
    let mut opts: Vec<(usize, usize, u64, bool)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_word() {
            i += 1;
            continue;
        }
        opts.clear();
        for (r, &(h, _)) in rds.get(i).iter().copied().zip(rds.hashes(i)) {
            if r.prefix > 0 && r.stem.chars().nth(2).is_none() {
                continue;
            }
            for with_al in [false, true] {
                let h0 = if with_al {
                    // `للرقة`: the `ل` of the article was eaten by the preposition. (Where
                    // the article is whole, `الرقة` is a reading of its own, which wins.)
                    if !r.definite
                        || toks[i].norm[..toks[i].norm.len() - r.stem.len()].ends_with("ال")
                    {
                        continue;
                    }
                    match marsad_text::hash::fx_concat("ال", r.stem) {
                        Some(h) => h,
                        None => continue,
                    }
                } else {
                    h
                };
                if !g.may_start(h0) {
                    continue;
                }
                // a one-word name has three letters or more
                let short = !with_al && r.stem.chars().nth(2).is_none();
                let mut hc = h0;
                let mut j = i + 1;
                while let Some(node) = g.node(hc) {
                    if node.n > 0 && (j > i + 1 || !short) {
                        opts.push((j, r.prefix, hc, with_al));
                    }
                    if !node.prefix || j >= toks.len() || toks[j].kind == TokenKind::Newline {
                        break;
                    }
                    hc = marsad_text::hash::chain(hc, word_hash(j));
                    j += 1;
                }
            }
        }
        if opts.is_empty() {
            // after a town word, a name the index does not spell so: its spellings one
            // letter away (the press and the gazetteer transliterate differently)
            if let Some(mention) = near_spelling(g, toks, rds, i) {
                out.push(Found {
                    mention,
                    with_al: false,
                    listed: false,
                });
            }
            i += 1;
            continue;
        }
        opts.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        let cue_token = prev_word(toks, i);
        let cue_b = cue_token.and_then(|c| cue_of(toks, rds, c));
        let cue = cue_b.map(|c| c.0);
        let mut list: Option<bool> = None;
        let mut chosen = None;
        for &(end, prefix, key, with_al) in &opts {
            if use_stop {
                match g.stop.get(&key) {
                    Some(StopMode::Drop) => continue,
                    Some(StopMode::Cue)
                        if cue != Some(Cue::Town)
                            && !*list.get_or_insert_with(|| in_place_list(toks, rds, i, &out)) =>
                    {
                        continue
                    }
                    _ => {}
                }
            }
            chosen = Some((end, prefix, key, with_al));
            break;
        }
        match chosen {
            Some((end, prefix, key, with_al)) => {
                let candidates = g.candidates_of(key).to_vec();
                let listed = list.unwrap_or_else(|| in_place_list(toks, rds, i, &out));
                // the word before the name, or before its cue word
                let before = prev_word(
                    toks,
                    if cue.is_some() {
                        cue_token.unwrap_or(i)
                    } else {
                        i
                    },
                );
                let locative = cue_b.is_some_and(|c| c.1)
                    || (cue.is_none()
                        && toks[i].norm[..byte_of(&toks[i].norm, prefix)].contains('ب'))
                    || before.is_some_and(|k| locative_word(toks, rds, k))
                    || listed;
                // a name that only says what the scene borders or lies near is a reference:
                // «مديرية لودر المتاخمة للبيضاء», «قرية … القريبة من مدينة …»
                let neighbour = |w: &str| {
                    matches!(
                        w,
                        "المتاخمه"
                            | "المتاخم"
                            | "المحاذيه"
                            | "المحاذي"
                            | "المجاوره"
                            | "المجاور"
                    )
                };
                let reference = before.is_some_and(|k| {
                    let w = toks[k].norm.as_str();
                    matches!(w, "مع" | "ومع")
                        || neighbour(w)
                        || (w == "من"
                            && prev_word(toks, k).is_some_and(|j| {
                                matches!(toks[j].norm.as_str(), "القريبه" | "القريب")
                            }))
                });
                out.push(Found {
                    mention: PlaceMention {
                        start: i,
                        end,
                        skip: prefix,
                        candidates,
                        cue,
                        cue_token: if cue.is_some() { cue_token } else { None },
                        locative,
                        reference,
                        fuzzy: false,
                    },
                    with_al,
                    listed,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

fn prev_word(toks: &[Token], i: usize) -> Option<usize> {
    if i == 0 {
        return None;
    }
    let p = i - 1;
    if toks[p].is_word() {
        Some(p)
    } else {
        None
    }
}
