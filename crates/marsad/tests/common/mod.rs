//! Helpers for the binary's tests: run marsad, and a corpus generated from sentences written
//! for these tests (no third-party text).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_marsad"))
}

pub fn marsad(args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .output()
        .expect("marsad runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The number after `word ` in an ingest summary line (`new 12`).
pub fn summary_count(summary: &str, word: &str) -> u64 {
    let i = summary
        .find(&format!("{word} "))
        .unwrap_or_else(|| panic!("no {word:?} in {summary:?}"));
    summary[i + word.len() + 1..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);
impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

const PLACES: &[&str] = &[
    "صنعاء",
    "عدن",
    "تعز",
    "الحديدة",
    "مأرب",
    "حلب",
    "الرقة",
    "دير الزور",
    "الموصل",
    "الرمادي",
    "بنغازي",
    "سرت",
];
const ACTORS: &[&str] = &[
    "مسلحون مجهولون",
    "قوات التحالف",
    "جماعة الحوثي",
    "تنظيم داعش",
    "الجيش",
    "قوات الأمن",
];
const NUMS: &[&str] = &["ثلاثة", "خمسة", "سبعة", "عشرة", "12", "20", "اثنين", "أربعة"];
const EVENT: &[&str] = &[
    "قتل {n} أشخاص وأصيب آخرون في غارة جوية شنتها {a} على حي سكني في {p} صباح اليوم.",
    "أعلنت مصادر طبية مقتل {n} مدنيين في قصف مدفعي استهدف سوقا شعبية في {p} أمس.",
    "اندلعت اشتباكات عنيفة بين {a} ومسلحين في محيط {p} أسفرت عن مقتل {n} من الطرفين.",
    "انفجرت عبوة ناسفة بسيارة عسكرية على الطريق المؤدي إلى {p} ما أدى إلى مقتل {n} جنود.",
    "تظاهر مئات من سكان {p} اليوم احتجاجا على انقطاع الكهرباء والماء عن أحيائهم منذ أسابيع.",
    "اعتقلت {a} {n} أشخاص في {p} بتهمة التخطيط لهجمات على مقار حكومية.",
];
const FILLER: &[&str] = &[
    "وقال شهود عيان إن سيارات الإسعاف هرعت إلى المكان ونقلت المصابين إلى المستشفى الرئيسي.",
    "وأضاف مصدر محلي أن الوضع الإنساني في المنطقة يزداد سوءا مع نقص الغذاء والدواء.",
    "ولم تعلن أي جهة مسؤوليتها عن الحادث حتى ساعة إعداد هذا الخبر.",
    "وكانت المنطقة قد شهدت هدوءا حذرا خلال الأيام الماضية بعد وساطة قبلية.",
    "ودعت منظمات إغاثية إلى فتح ممرات آمنة لإيصال المساعدات إلى السكان المحاصرين.",
    "وذكرت وسائل إعلام محلية أن التعزيزات العسكرية وصلت إلى أطراف المدينة في ساعة متأخرة من الليل.",
    "وأكد مسؤول في السلطة المحلية أن فرق الدفاع المدني تعمل على رفع الأنقاض.",
    "ويعاني السكان من انقطاع متكرر للاتصالات والإنترنت منذ بداية الشهر.",
];
const OTHER: &[&str] = &[
    "افتتحت وزارة التعليم اليوم مدرسة جديدة في {p} تتسع لخمسمئة طالب وطالبة.",
    "أعلنت الهيئة العامة للسياحة عن مهرجان صيفي في {p} يستمر أسبوعين.",
    "ارتفعت أسعار الخضار في أسواق {p} بنسبة {n} في المئة خلال الشهر الجاري.",
    "فاز فريق {p} على منافسه بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس.",
];

fn fill(t: &str, r: &mut Rng) -> String {
    t.replace("{n}", r.pick(NUMS))
        .replace("{a}", r.pick(ACTORS))
        .replace("{p}", r.pick(PLACES))
}

/// One generated article's text: an event sentence or a non-event one, then fillers, with a
/// serial that makes texts distinct.
pub fn article_text(i: usize, r: &mut Rng) -> String {
    let mut s = Vec::new();
    let lead = if r.next().is_multiple_of(3) {
        r.pick(OTHER)
    } else {
        r.pick(EVENT)
    };
    s.push(fill(lead, r));
    for _ in 0..(2 + r.next() % 4) {
        s.push(fill(r.pick(FILLER), r));
    }
    if r.next().is_multiple_of(2) {
        s.push(fill(r.pick(EVENT), r));
    }
    s.push(format!("(النشرة {i}، العدد {}).", r.next() % 100_000));
    s.join(" ")
}

/// A JSON Lines corpus of `n` generated articles in `path`; every 40th is a re-post of an
/// earlier one at another address with another header (a copy), every 97th repeats an earlier
/// line exactly (the same article twice).
pub fn write_corpus(path: &Path, n: usize, seed: u64) {
    let mut r = Rng::new(seed);
    let mut lines: Vec<String> = Vec::with_capacity(n);
    let mut texts: Vec<String> = Vec::with_capacity(n);
    for i in 0..n {
        let day = 1 + (i % 28);
        let line = if i > 50 && i % 97 == 0 {
            texts.push(texts[i / 2].clone());
            lines[i / 2].clone()
        } else {
            let text = if i > 50 && i % 40 == 0 {
                format!("نقلا عن وكالة الأنباء - {}", texts[i / 3])
            } else {
                article_text(i, &mut r)
            };
            texts.push(text.clone());
            serde_json::json!({"id": format!("gen-{i}"), "published": format!("2015-08-{day:02}"), "source": "generated", "url": format!("https://example.org/gen/{i}"), "text": text}).to_string()
        };
        lines.push(line);
    }
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}
