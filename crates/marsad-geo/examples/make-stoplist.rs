//! Derive `data/gazetteer/stop.txt`: gazetteer names that are ordinary words.
//!
//! `zcat ../shared/corpus/saudinewsnet-2015.jsonl.gz | cargo run -p marsad-geo --release --example make-stoplist > data/gazetteer/stop.txt`
//!
//! Every name matched (ignoring the stoplist) in a news corpus that is mostly not about
//! conflict is counted by documents. A name is an ordinary word when it is frequent and
//! its other forms are frequent too: the bare word for a name with `ال` (`الحرب` / `حرب`),
//! the word with `ال` for a name without it (`عين` / `العين`), or the word with a suffix
//! (`حربها`). Names of countries, regions and curated names are kept. Names of places that
//! are small (no candidate with 100,000 people, no province) go at a lower frequency than
//! big ones. Lines of `stop-extra.txt` (beside the index) are appended as they are.
//!
//! With `--world`, the same for the world towns' index (`world-index.tsv`), written to
//! `world-stop.txt`: their Arabic names are transliterations that often spell a word (`لاول`
//! Laval, `جنائي` Chennai, `رانس` Reims in `فرانس برس`), so a name is also stopped when fewer
//! than a fifth of its uses follow `في` or a place word, unless a town of a million people has
//! it.
//!
//! `zcat ../shared/corpus/saudinewsnet-2015.jsonl.gz | cargo run -p marsad-geo --release --example make-stoplist -- --world > data/gazetteer/world-stop.txt`
use marsad_geo::{Gazetteer, PlaceKind};
use marsad_text::tokens::{readings, Analyzed};
use std::collections::HashMap;
use std::io::BufRead;

const TITLES: &[&str] = &[
    "الامير",
    "الشيخ",
    "الملك",
    "الدكتور",
    "د",
    "الرئيس",
    "المهندس",
    "السيد",
    "ابو",
    "ام",
    "بن",
    "عبد",
    "الاستاذ",
    "اللواء",
    "العميد",
    "الفريق",
    "المواطن",
    "الزميل",
    "اللاعب",
    "الفنان",
    "الفنانه",
    "الشاعر",
    "الكاتب",
    "المتحدث",
    "العقيد",
    "النقيب",
    "الوزير",
    "معالي",
    "سمو",
];
const PLACEY: &[&str] = &[
    "في",
    "الي",
    "قرب",
    "منطقه",
    "محافظه",
    "مدينه",
    "بلده",
    "قريه",
    "ولايه",
    "اقليم",
    "مخيم",
    "حي",
];
const SUFFIXES: &[&str] = &[
    "ها", "هم", "هما", "كم", "نا", "ه", "ات", "ين", "ون", "ان", "يه",
];

/// A world town's name is a place in at least this share of its uses.
const WORLD_PLACEY: f64 = 0.2;

fn main() {
    let world = std::env::args().skip(1).any(|a| a == "--world");
    let mut g = if world {
        Gazetteer::from_bytes(include_bytes!("../../../data/gazetteer/world-index.tsv"))
    } else {
        Gazetteer::from_bytes(include_bytes!("../../../data/gazetteer/index.tsv"))
    }
    .unwrap();
    g.set_stoplist("");
    let stdin = std::io::stdin();
    let mut df: HashMap<String, u32> = HashMap::new();
    let mut tf: HashMap<String, u32> = HashMap::new();
    let mut words: HashMap<String, u32> = HashMap::new(); // every token's readings (non-definite stems)
    let mut person: HashMap<String, u32> = HashMap::new(); // uses as a person's name
    let mut placey: HashMap<String, u32> = HashMap::new(); // uses after في or a place word
    let mut n_docs = 0;
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = format!(
            "{}\n{}",
            v["title"].as_str().unwrap_or(""),
            v["text"].as_str().unwrap_or("")
        );
        n_docs += 1;
        let a = Analyzed::new(&text);
        let mut seen = std::collections::HashSet::new();
        for (m, key) in g.mentions_unfiltered(&a) {
            *tf.entry(key.clone()).or_default() += 1;
            let next = a.tokens.get(m.end).map(|t| t.norm.as_str()).unwrap_or("");
            let prev = if m.start > 0 {
                a.tokens[m.start - 1].norm.as_str()
            } else {
                ""
            };
            let first = a.tokens[m.start].norm.as_str();
            let prep = m.skip > 0 && (first.starts_with('ب') || first.starts_with("وب"));
            if prep || readings(prev).iter().any(|r| PLACEY.contains(&r.stem)) {
                *placey.entry(key.clone()).or_default() += 1;
            }
            if matches!(next, "بن" | "بنت" | "ابن") || TITLES.contains(&prev) {
                *person.entry(key.clone()).or_default() += 1;
            }
            if seen.insert(key.clone()) {
                *df.entry(key).or_default() += 1;
            }
        }
        for t in &a.tokens {
            if !t.is_word() {
                continue;
            }
            for r in readings(&t.norm) {
                *words.entry(r.stem.to_string()).or_default() += 1;
            }
        }
    }
    let count = |w: &str| words.get(w).copied().unwrap_or(0);
    let mut rows = Vec::new();
    for (key, &d) in &df {
        if d < 10 || g.is_curated(key) {
            continue;
        }
        let cands = g.lookup(key);
        let places: Vec<_> = cands.iter().map(|&c| g.place(c)).collect();
        if places
            .iter()
            .any(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Region))
        {
            continue;
        }
        if places.iter().any(|p| p.population >= 1_000_000) {
            continue;
        }
        let pl = placey.get(key.as_str()).copied().unwrap_or(0) as f64 / tf[key] as f64;
        if world && pl < WORLD_PLACEY {
            let mode = if d >= 400 { "drop" } else { "cue" };
            rows.push((key.clone(), mode, d, tf[key], 0, false));
            continue;
        }
        let big = places
            .iter()
            .any(|p| p.population >= 100_000 || p.kind == PlaceKind::Admin1);
        let personal =
            person.get(key.as_str()).copied().unwrap_or(0) as f64 >= 0.1 * tf[key] as f64;
        let single = !key.contains(' ');
        // other forms of the word
        let (own, alt) = if single {
            let bare = key.strip_prefix("ال").filter(|b| b.chars().count() >= 2);
            let own = count(key).max(1);
            let mut alt = match bare {
                Some(b) => count(b).saturating_sub(own),
                None => count(&format!("ال{key}")),
            };
            let stem = bare.unwrap_or(key);
            match stem.strip_suffix('ه') {
                // حركه → حركتها
                Some(s0) => {
                    for s in ["ها", "هم", "ه", "ي", "نا", "كم"] {
                        alt += count(&format!("{s0}ت{s}"));
                    }
                }
                None => {
                    for s in SUFFIXES {
                        alt += count(&format!("{stem}{s}"));
                    }
                }
            }
            (own, alt)
        } else {
            (tf[key], 0)
        };
        let wordlike = single && alt as f64 >= 0.25 * own as f64;
        let maxpop = places.iter().map(|p| p.population).max().unwrap_or(0);
        let mode = if big {
            // a province name without a big town of that name (`الداخلية`) is judged by its
            // frequency alone; so is a mid-size town named in one article in twenty
            let pl = placey.get(key.as_str()).copied().unwrap_or(0) as f64 / tf[key] as f64;
            if (wordlike && d >= 100 && pl < 0.3)
                || (pl < 0.1 && (maxpop < 100_000 && d >= 300 || d >= 1500))
            {
                Some(
                    if d >= 1500 && !places.iter().any(|p| p.population >= 500_000) {
                        "drop"
                    } else {
                        "cue"
                    },
                )
            } else {
                None
            }
        } else if wordlike && d >= 10
            || personal && d >= 10
            || d >= 400
            || (!single && d >= 40 && personal)
        {
            Some(if d >= 400 { "drop" } else { "cue" })
        } else {
            None
        };
        if let Some(mode) = mode {
            rows.push((key.clone(), mode, d, own, alt, big));
        }
    }
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    println!("# Gazetteer names that are also ordinary words (generated; see README.md).");
    println!("# name\tmode\tdocs/{n_docs}\tcount\tother-forms\tbig");
    for (k, m, d, own, alt, big) in rows {
        println!(
            "{k}\t{m}\t{d}\t{own}\t{alt}\t{}",
            if big { "big" } else { "" }
        );
    }
    let extra = if world {
        "world-stop-extra.txt"
    } else {
        "stop-extra.txt"
    };
    if let Ok(text) = std::fs::read_to_string(format!("data/gazetteer/{extra}")) {
        println!("# from {extra} (hand-written)");
        for l in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            println!("{l}");
        }
    }
}
