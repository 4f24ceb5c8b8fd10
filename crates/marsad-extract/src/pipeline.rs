//! The rules: from matched words to event records.
//!
//! Per article: fold and tokenize once; find triggers, cues, actors, countries, numbers,
//! dates and places; then per sentence decide which triggers make events (guards), what
//! type (cues), and which arguments attach (clause, then sentence, then article); finally
//! merge mentions of the same event.

use crate::lexicon::Match;
use crate::load::{Cue, Lexicons, Trigger, TriggerClass};
use chrono::NaiveDate;
use marsad_geo::{Gazetteer, PlaceMention, Resolution};
use marsad_model::{
    Actor, ActorCategory, Article, DatePrecision, Event, EventDate, Evidence, Location, Span,
};
use marsad_text::dates::{find_dates_with, DateMention};
use marsad_text::numbers::{find_numbers_with, NumberMention};
use marsad_text::sentences::{sentences, Sentence};
use marsad_text::tokens::{Analyzed, TokenKind};

/// A guard of the rules met: in a normal run it stops the trigger (`continue` in the loop over
/// triggers); in a permissive run it names itself in `guards` and lets the trigger through.
macro_rules! guard {
    ($ctx:expr, $guards:expr, $name:expr) => {
        if $ctx.permissive.get() {
            if !$guards.contains(&$name) {
                $guards.push($name);
            }
        } else {
            $ctx.vetoed.set(true);
            continue;
        }
    };
}

/// An event with the reasons for each of its fields.
#[derive(Debug, Clone)]
pub struct Explained {
    /// The record.
    pub event: Event,
    /// Why each field was chosen, in words.
    pub why: Vec<String>,
    /// True when the sentence itself gives a toll, a date or a place: a mention with none of
    /// these that follows an event of the same type is taken as a repeat of it.
    pub anchored: bool,
    /// Anchored by a list of places alone: a repeat still where the list's places lie in an
    /// earlier event's (a province's air strikes, then «من بينها مران وساقين»).
    pub list_anchored: bool,
    /// True when the trigger names an event only with support from the sentence (a weak or a
    /// killing word): such a mention may be another report of a more specific event.
    pub weak: bool,
    /// The rules' guards that would have stopped this candidate (permissive runs only):
    /// features of the decision, not vetoes.
    pub guards: Vec<&'static str>,
    /// The places of the article the event may have happened at, each with the features
    /// the place decision weighs (the rules' choice among them marked). Filled only for the
    /// candidates that ask for them (see [`extract_with`]).
    pub places: Vec<PlaceCand>,
    /// The lists of places of the event's sentence («على مناطق هاكورك وجارا والزاب»), each
    /// the locations its names give: when the event's chosen place is one of a list, each of
    /// the others is an event of its own (one event per place). Filled with `places`.
    pub listed: Vec<Vec<Location>>,
    /// What [`PlaceCand`]s are built from, until the candidate set is final.
    place_src: Option<PlaceSrc>,
    /// The tolls of the dead a merge replaced with a larger one of a later mention, for the
    /// records to fall back on when the larger one is not a toll of one event.
    pub replaced_tolls: Vec<Toll>,
    /// The actors of the article the event's two sides may be, each with the features the
    /// actor decision weighs (the rules' roles marked). Filled with `places`.
    pub actors: Vec<ActorCand>,
    /// What [`ActorCand`]s are built from: the event's sentence and trigger.
    actor_src: Option<(usize, Match)>,
    /// The event had no place of its own and took a world town named earlier in the report
    /// ([`world_town`]): two such records are not merged on that place alone.
    pub place_from_report: bool,
}

/// A toll of the dead as an event carries it: the count, its range and its evidence.
#[derive(Debug, Clone)]
pub struct Toll {
    /// The count.
    pub fatalities: u64,
    /// Its range, when the words give one.
    pub low: Option<u64>,
    /// (the range's upper end)
    pub high: Option<u64>,
    /// The words it comes from.
    pub evidence: Vec<marsad_model::CountEvidence>,
    /// The wounded the same report counted beside it, when it counted them (a conservative
    /// toll that goes back to this report takes them back too).
    pub injured: Option<(u64, Vec<marsad_model::CountEvidence>)>,
}

/// What an event's place candidates are built from: its sentence, trigger, speaker and the
/// rules' choice. Building them (features for up to 16 places) waits until the decision has
/// said which candidates are kept.
#[derive(Debug, Clone)]
struct PlaceSrc {
    si: usize,
    m: Match,
    speaker: Option<Span>,
    chosen: (usize, usize),
    chosen_loc: Location,
    /// The place the chosen mention was resolved to when the decision was made.
    chosen_place: Option<marsad_geo::PlaceId>,
}

/// An actor an event's side may be: the actor it would get, and what the actor decision
/// weighs (`data/model/actor-decision.tsv`).
#[derive(Debug, Clone)]
pub struct ActorCand {
    /// The actor the event gets if this one is chosen.
    pub actor: Actor,
    /// Named features (where it is named, its category, the words around it ...), without
    /// the role: the decision reads them once for each side.
    pub feats: Vec<String>,
    /// The rules' role for it: 1 (actor1), 2 (actor2) or 0.
    pub rules: u8,
}

/// A place an event may have happened at: the location it would get, and what the place
/// decision weighs (`data/model/place-decision.tsv`).
#[derive(Debug, Clone)]
pub struct PlaceCand {
    /// The location the event gets if this place is chosen.
    pub location: Location,
    /// Named features (position to the trigger, precision, how it is introduced ...).
    pub feats: Vec<String>,
    /// The rules' choice.
    pub rules: bool,
}

struct ActorHit {
    start: usize,
    end: usize,
    span: Span,
    actor: Actor,
    armed: bool,
    /// For a generic agent whose country came from the article, not from the text next to
    /// it: the canonical template with `{country}`, to fill from the event's place instead.
    template: Option<String>,
}

struct Ctx<'a> {
    lx: &'a Lexicons,
    text: &'a str,
    /// Byte offset of every code point of `text`, and its length at the end: spans (in code
    /// points) slice in constant time.
    cps: Vec<u32>,
    a: &'a Analyzed,
    rds: &'a marsad_text::AllReadings<'a>,
    sents: &'a [Sentence],
    geo: Option<&'a Gazetteer>,
    cue: Vec<u32>,
    trig: Vec<Match>,
    actors: Vec<ActorHit>,
    nums: Vec<NumberMention>,
    dates: Vec<DateMention>,
    /// Tokens that are a singular demonym without the article («فلسطيني», «مصرية»): after a
    /// killing word they name one person («مقتل فلسطيني»).
    one_demonym: Vec<bool>,
    /// The country the article names most (ISO2), when it names one.
    main_country: Option<&'a str>,
    /// The article's demonyms and country adjectives (first token, ISO2): «العراقية»،
    /// «الباكستانية». Those that qualify a place («العاصمة العراقية»، «كويته الباكستانية») are
    /// context for resolving the places of the records (after the decision); an actor's
    /// («الجيش الروسي») is not.
    demonyms: Vec<(usize, &'a str)>,
    /// Set once the decision is made: the places are then resolved with the demonyms too
    /// ([`Ctx::places`]). The decision sees the candidates as they were before, so what it
    /// learned and decides does not move with the records' places.
    post: std::cell::Cell<bool>,
    /// The output's records, not the candidates a decision learns on: only they leave out the
    /// names of `data/gazetteer/records-stop.txt`.
    records: bool,
    /// The article's places resolved with the demonyms, for the records; `None` where no
    /// demonym qualifies a place (then they are `places`).
    places_post: std::cell::OnceCell<Option<Vec<(PlaceMention, Option<Resolution>)>>>,
    /// The regional gazetteer's mentions, found once for both resolutions.
    regional_mentions: std::cell::OnceCell<Vec<PlaceMention>>,
    /// Which of them the records do not read as places ([`Ctx::records_stopped`]).
    records_stopped: std::cell::OnceCell<Vec<bool>>,
    /// The article's title, folded (empty when it has none).
    title: String,
    /// The article's places, found when an event first asks for one: most articles with a
    /// trigger word make no event and never need them.
    places: std::cell::OnceCell<Vec<(PlaceMention, Option<Resolution>)>>,
    /// The world towns' index (towns outside the region), read only for a kept event the
    /// regional index placed no finer than its country; and its mentions, found on first use.
    world: Option<&'a Gazetteer>,
    world_places: std::cell::OnceCell<Vec<(PlaceMention, Option<Resolution>)>>,
    /// Whether those places are in text order (then a sentence's are found by halving).
    places_sorted: std::cell::OnceCell<bool>,
    sports: bool,
    suicide_in_article: bool,
    /// Keep what a guard would stop, naming the guard (candidates for the decision).
    permissive: std::cell::Cell<bool>,
    /// Set when a guard stopped a trigger of the sentence being read in a run that was not
    /// permissive: only there can a permissive run find more.
    vetoed: std::cell::Cell<bool>,
}

impl<'a> Ctx<'a> {
    /// The place mentions of the article with their resolutions, less the names that are
    /// something else here.
    fn places(&self) -> &[(PlaceMention, Option<Resolution>)] {
        let plain = || -> &[(PlaceMention, Option<Resolution>)] {
            self.places.get_or_init(|| match self.geo {
                Some(g) => self.places_of(g, self.regional_mentions(g), &[]),
                None => Vec::new(),
            })
        };
        if !self.post.get() {
            return plain();
        }
        // the records' resolution differs only where a demonym qualifies a place: otherwise it
        // is the decision's, not found and resolved a second time
        self.places_post
            .get_or_init(|| {
                let g = self.geo?;
                let ms = self.regional_mentions(g);
                let countries = self.geographic(ms);
                let stopped = self.records_stopped(g);
                if stopped.contains(&true) {
                    // a word read as a name («بشرية» → «شرية»، «قبالة») is no place of the
                    // records
                    let kept: Vec<PlaceMention> = ms
                        .iter()
                        .zip(stopped)
                        .filter(|(_, &st)| !st)
                        .map(|(m, _)| m.clone())
                        .collect();
                    return Some(self.places_of(g, &kept, &countries));
                }
                (!countries.is_empty()).then(|| self.places_of(g, ms, &countries))
            })
            .as_deref()
            .unwrap_or_else(plain)
    }
    /// Per regional mention ([`Ctx::regional_mentions`]), read once: in the records (not the
    /// candidates the models learn on), it names one of the records' stopped names
    /// (`data/gazetteer/records-stop.txt`): one stopped when a clitic was read off to find
    /// it, or one stopped however it is written; and no town word introduces it.
    fn records_stopped(&self, g: &Gazetteer) -> &[bool] {
        self.records_stopped.get_or_init(|| {
            self.regional_mentions(g)
                .iter()
                .map(|m| {
                    if !self.records || m.cue == Some(marsad_geo::Cue::Town) {
                        return false;
                    }
                    let name = marsad_text::fold(self.slice(self.span(m.start, m.end, m.skip)));
                    match records_stop().get(name.as_str()) {
                        Some(Stopped::Always) => true,
                        Some(Stopped::Clitic) => m.skip > 0,
                        Some(Stopped::Adjective) => {
                            let before = if m.start > 0 {
                                self.norm(m.start - 1)
                            } else {
                                ""
                            };
                            m.end == m.start + 1
                                && m.skip == 0
                                && before.starts_with("ال")
                                && before.chars().count() > 3
                                && !matches!(
                                    before,
                                    "المنطقه" | "المحافظه" | "الولايه" | "الاقليم" | "المديريه"
                                )
                        }
                        None => false,
                    }
                })
                .collect()
        })
    }
    /// The rules' place mention `chosen` (its tokens) is one the records do not read as a place.
    fn chosen_stopped(&self, chosen: (usize, usize)) -> bool {
        self.geo.is_some_and(|g| {
            self.regional_mentions(g)
                .iter()
                .zip(self.records_stopped(g))
                .any(|(m, &st)| st && (m.start, m.end) == chosen)
        })
    }
    /// The regional gazetteer's mentions in the article, found once for both resolutions.
    fn regional_mentions(&self, g: &Gazetteer) -> &[PlaceMention] {
        self.regional_mentions
            .get_or_init(|| g.mentions_with(self.a, self.rds))
    }
    /// The countries of the demonyms right after a place word or a place name of `ms`: they
    /// say where that place is.
    fn geographic(&self, ms: &[PlaceMention]) -> Vec<&'a str> {
        self.demonyms
            .iter()
            .filter(|(j, _)| {
                *j > 0
                    && (PLACE_WORDS.contains(&self.norm(j - 1)) || ms.iter().any(|m| m.end == *j))
            })
            .map(|(_, c)| *c)
            .collect()
    }
    /// The mentions of the world towns' index, with the same filters as [`Ctx::places`].
    fn world_places(&self) -> &[(PlaceMention, Option<Resolution>)] {
        self.world_places.get_or_init(|| match self.world {
            Some(w) => {
                let ms = w.mentions_with(self.a, self.rds);
                self.places_of(w, &ms, &self.geographic(&ms))
            }
            None => Vec::new(),
        })
    }
    fn places_of(
        &self,
        g: &Gazetteer,
        ms: &[PlaceMention],
        countries: &[&str],
    ) -> Vec<(PlaceMention, Option<Resolution>)> {
        let a = self.a;
        let rs = g.resolve_in_with(a, self.sents, ms, countries);
        let mut places: Vec<(PlaceMention, Option<Resolution>)> =
            ms.iter().map(|m| (m.clone(), None)).collect();
        for r in rs {
            if let Some(slot) = places.get_mut(r.mention) {
                slot.1 = Some(r);
            }
        }
        let cue = &self.cue;
        // a place name that is also a trigger, a date, a number or part of an actor's name is not a place here
        let taken = |a0: usize, b0: usize| {
            self.trig.iter().any(|m| m.start < b0 && a0 < m.end)
                || self.dates.iter().any(|d| d.start < b0 && a0 < d.end)
                || self.nums.iter().any(|x| x.start < b0 && a0 < x.end)
                || self
                    .actors
                    .iter()
                    .any(|h: &ActorHit| h.start < b0 && a0 < h.end)
        };
        let cue_word = |a0: usize, b0: usize| (a0..b0).all(|i| cue[i] != 0);
        // a name right after فندق، مسجد، شركة… names the building, not the town
        let facility = |a0: usize| a0 > 0 && cue[a0 - 1] & Cue::Facility.bit() != 0;
        // a name in the three words after a title is a person's (رئيس الوزراء حيدر العبادي،
        // الشيخ ناصر بشيري), unless a place word introduces it (أمير منطقة عسير)
        let titled = |p: &PlaceMention| {
            p.cue.is_none()
                && (p.start.saturating_sub(3)..p.start).any(|i| {
                    cue[i] & Cue::Title.bit() != 0
                        && (i + 1..p.start).all(|k| a.tokens[k].is_word())
                })
        };
        // a dateline names the newsroom, not the scene: «دبي، الإمارات العربية المتحدة
        // (CNN)--» before the first sentence's news
        let dateline = (0..a.tokens.len().min(25))
            .find(|&i| a.tokens[i].norm.eq_ignore_ascii_case("cnn"))
            .unwrap_or(0);
        // «الجنوب»، «الشمال» are the south and the north of the story's own country: a
        // province of that name elsewhere (South Lebanon in a story about Yemen) is not it
        let direction = |p: &(PlaceMention, Option<Resolution>)| {
            p.0.end == p.0.start + 1
                && {
                    let w = &a.tokens[p.0.start].norm;
                    let from = w.char_indices().nth(p.0.skip).map_or(w.len(), |(b, _)| b);
                    DIRECTION_WORDS.contains(&&w[from..])
                }
                && p.1
                    .as_ref()
                    .is_some_and(|r| self.main_country != Some(g.place(r.place).country.as_str()))
        };
        places.retain(|p| {
            p.0.start >= dateline
                && !direction(p)
                && !taken(p.0.start, p.0.end)
                && !cue_word(p.0.start, p.0.end)
                && !facility(p.0.start)
                && !titled(&p.0)
        });
        places
    }
    /// The places that may start in tokens `a..b`, in text order: exactly those when the
    /// places are in text order (always, as found), else all of them. Callers still test
    /// each place, so the answer is the same either way; the halving keeps a long text linear.
    fn places_in(&self, a: usize, b: usize) -> &[(PlaceMention, Option<Resolution>)] {
        let ps = self.places();
        if !*self
            .places_sorted
            .get_or_init(|| ps.windows(2).all(|w| w[0].0.start <= w[1].0.start))
        {
            return ps;
        }
        let lo = ps.partition_point(|p| p.0.start < a);
        let hi = lo + ps[lo..].partition_point(|p| p.0.start < b);
        &ps[lo..hi]
    }
    /// The number whose words are the span `sp` (a count's evidence), if a number gave it.
    fn number_spanning(&self, sp: Span) -> Option<&NumberMention> {
        self.nums
            .iter()
            .find(|n| self.span(n.start, n.end, n.skip) == sp)
    }
    /// The sentence token `i` is in.
    fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        self.sents.get(self.sents.partition_point(|s| s.end <= i))
    }
    /// Token `i` is inside a number (the numbers are in text order and do not overlap).
    fn num_at(&self, i: usize) -> bool {
        let k = self.nums.partition_point(|n| n.end <= i);
        self.nums.get(k).is_some_and(|n| n.start <= i)
    }
    fn has(&self, i: usize, c: Cue) -> bool {
        self.cue.get(i).is_some_and(|b| b & c.bit() != 0)
    }
    fn any(&self, a: usize, b: usize, c: Cue) -> Option<usize> {
        (a..b.min(self.cue.len())).find(|&i| self.has(i, c))
    }
    fn norm(&self, i: usize) -> &str {
        self.a.tokens.get(i).map(|t| t.norm.as_str()).unwrap_or("")
    }
    fn span(&self, a: usize, b: usize, skip: usize) -> Span {
        self.a.span(a, b, skip)
    }
    /// An event's date: `range`, with the words at `sp` that give it (none: the publication
    /// day).
    fn event_date(&self, range: marsad_model::DateRange, sp: Option<Span>) -> EventDate {
        EventDate {
            range,
            text: sp.map(|sp| self.slice(sp).to_string()),
            span: sp,
        }
    }
    fn ev(&self, s: Span) -> Evidence {
        Evidence {
            text: self.slice(s).to_string(),
            span: s,
        }
    }
    fn slice(&self, s: Span) -> &'a str {
        ctx_slice(&self.cps, self.text, s)
    }
    fn count_evidence(&self, spans: &[Span]) -> Vec<marsad_model::CountEvidence> {
        spans
            .iter()
            .map(|&sp| marsad_model::CountEvidence {
                text: self.slice(sp).to_string(),
                span: sp,
            })
            .collect()
    }
}

/// When a name of `data/gazetteer/records-stop.txt` is no place of the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stopped {
    /// Found with a clitic read off («بشرية» → «شرية»).
    Clitic,
    /// However it is written («قبالة», a preposition; «محمد علي», a person's names).
    Always,
    /// After a definite word that does not name a province («الحدود الشرقية»: eastern, not
    /// the Eastern Province; «المنطقة الشرقية» is that province).
    Adjective,
}

/// The names of `data/gazetteer/records-stop.txt`, folded, with when they are stopped.
fn records_stop() -> &'static std::collections::HashMap<&'static str, Stopped> {
    static S: std::sync::OnceLock<std::collections::HashMap<&'static str, Stopped>> =
        std::sync::OnceLock::new();
    S.get_or_init(|| {
        include_str!("../../../data/gazetteer/records-stop.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let mut cols = l.split('\t');
                let name = cols.next().unwrap_or_default();
                let when = match cols.next() {
                    Some("clitic") => Stopped::Clitic,
                    Some("always") => Stopped::Always,
                    Some("adjective") => Stopped::Adjective,
                    other => panic!(
                        "data/gazetteer/records-stop.txt: «{name}»: the second column is clitic, always or adjective, not {other:?}"
                    ),
                };
                (name, when)
            })
            .collect()
    })
}

/// Words for a place that a demonym after them locates («العاصمة العراقية»، «المدن السورية»،
/// «الأراضي اليمنية»), folded.
const PLACE_WORDS: &[&str] = &[
    "العاصمه",
    "عاصمه",
    "مدينه",
    "المدينه",
    "المدن",
    "مدن",
    "بلده",
    "البلده",
    "البلدات",
    "قريه",
    "القريه",
    "القري",
    "محافظه",
    "المحافظه",
    "ولايه",
    "الولايه",
    "اقليم",
    "الاقليم",
    "الاراضي",
    "اراضي",
    "الحدود",
    "حدود",
    "المناطق",
    "مناطق",
    "المنطقه",
    "منطقه",
];

/// Words for the parts of a country («the south»), folded, without the article's clitic
/// prepositions: as a place they name a region of the story's own country.
const DIRECTION_WORDS: [&str; 12] = [
    "الشمال",
    "الجنوب",
    "الشرق",
    "الغرب",
    "الوسط",
    "الشماليه",
    "الجنوبيه",
    "الشرقيه",
    "الغربيه",
    "الوسطي",
    "شمال",
    "جنوب",
];

/// Extract events from one article.
pub fn extract_article(
    lx: &Lexicons,
    geo: Option<&Gazetteer>,
    world: Option<&Gazetteer>,
    art: &Article,
) -> Vec<Explained> {
    extract_with(lx, geo, world, art, false, true, &mut |c| {
        vec![true; c.len()]
    })
}

/// Extract events; with `permissive`, also the triggers the guards stop, each with the names
/// of the guards it met (`Explained::guards`), for the trained decision to weigh: the rules'
/// events first, then the stopped candidates that do not repeat one of them (its trigger, or
/// its sentence and type), from the same analysis of the article.
///
/// `places_for` sees the final candidates and says which need their place candidates
/// ([`Explained::places`]): the decision's kept events, or all of them for training. With
/// `world`, those of them the regional index placed no finer than their country (or not at
/// all) are placed at a world town of their sentence when it names one. With `records` (the
/// output, not the candidates a decision learns on), their places are then resolved as the
/// records resolve them ([`records_place`]).
pub fn extract_with(
    lx: &Lexicons,
    geo: Option<&Gazetteer>,
    world: Option<&Gazetteer>,
    art: &Article,
    permissive: bool,
    records: bool,
    places_for: &mut dyn FnMut(&[Explained]) -> Vec<bool>,
) -> Vec<Explained> {
    let text = art.text.as_str();
    // events start at triggers: a report with none (most of a newspaper) needs nothing more,
    // and most of those are known before the text is analysed (no trigger's words in it)
    if !lx.triggers.may_match(text) {
        return Vec::new();
    }
    let a = Analyzed::new(text);
    let n = a.tokens.len();
    let rds = marsad_text::AllReadings::new(&a.tokens);
    let trig = lx.triggers.find_with(&a, &rds);
    if trig.is_empty() {
        return Vec::new();
    }
    let mut cps: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
    cps.push(text.len() as u32);
    let context = lx.find_context(&a, &rds);
    let mut cue = vec![0u32; n];
    for m in context.cues {
        let bits = *lx.cues.value(m.value);
        for x in cue.iter_mut().take(m.end).skip(m.start) {
            *x |= bits;
        }
    }
    // countries: the article's main country is the most named one
    let mut counts = vec![0usize; lx.country_table.len()];
    let chits = context.countries;
    let mut one_demonym = vec![false; n];
    for m in &chits {
        if m.end == m.start + 1 && lx.countries.value(m.value).demonym {
            let w = a.tokens[m.start].norm.as_str();
            // «فلسطيني»، «مصرية» but not «الفلسطيني» (an adjective of a noun before it) nor
            // «فلسطينيين» (a plural, counted by its number)
            if !w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه")) {
                one_demonym[m.start] = true;
            }
        }
    }
    for m in &chits {
        counts[lx.countries.value(m.value).country] += 1;
    }
    let country = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0)
        .max_by_key(|(i, c)| (**c, usize::MAX - i))
        .map(|(i, _)| i);
    let mut actors = Vec::new();
    for m in context.actors {
        let def = &lx.actor_table[*lx.actors.value(m.value)];
        let mut end = m.end;
        let mut ctry = def.country.clone();
        let mut canonical = def.canonical.clone();
        let mut template = None;
        if def.generic {
            // a demonym right after a generic agent names its country: الجيش السوري
            let dem = chits
                .iter()
                .find(|c| c.start == m.end && lx.countries.value(c.value).demonym);
            let ci = match dem {
                Some(c) => {
                    end = c.end;
                    Some(lx.countries.value(c.value).country)
                }
                None => {
                    template = Some(def.canonical.clone());
                    country
                }
            };
            match ci {
                Some(ci) => {
                    canonical = canonical.replace("{country}", &lx.country_table[ci].english);
                    ctry = Some(lx.country_table[ci].iso2.clone());
                }
                None => {
                    canonical = canonical
                        .replace(" of {country}", "")
                        .replace(" ({country})", "")
                        .replace("{country}", "")
                }
            }
        }
        // the actor as written keeps its article: «الحوثيين», not «حوثيين» (only a
        // conjunction or a preposition before it is left out)
        let skip = {
            let w = a.tokens[m.start].norm.as_str();
            let cut = w.char_indices().nth(m.skip).map_or(w.len(), |(b, _)| b);
            if m.skip >= 2 && w[..cut].ends_with("ال") {
                m.skip - 2
            } else {
                m.skip
            }
        };
        let span = a.span(m.start, end, skip);
        let armed = !matches!(
            def.category,
            Some(ActorCategory::Civilians) | Some(ActorCategory::Protesters) | None
        );
        actors.push(ActorHit {
            start: m.start,
            end,
            span,
            actor: Actor {
                text: ctx_slice(&cps, text, span).to_string(),
                canonical,
                category: def.category,
                country: ctry,
                span,
            },
            armed,
            template,
        });
    }
    let sents = sentences(&a.tokens);
    let nums = find_numbers_with(&a.tokens, &rds);
    debug_assert!(
        nums.windows(2).all(|w| w[0].end <= w[1].start),
        "numbers in text order"
    );
    let dates = find_dates_with(&a.tokens, art.published, &rds);
    let suicide_in_article = cue.iter().any(|b| b & Cue::Suicide.bit() != 0);
    let sports_hits = (0..n)
        .filter(|&i| {
            cue[i] & Cue::Sports.bit() != 0 && (i == 0 || cue[i - 1] & Cue::Sports.bit() == 0)
        })
        .count();
    let ctx = Ctx {
        lx,
        text,
        cps,
        sports: sports_hits >= 3,
        suicide_in_article,
        permissive: std::cell::Cell::new(false),
        vetoed: std::cell::Cell::new(false),
        a: &a,
        rds: &rds,
        sents: &sents,
        geo,
        cue,
        trig,
        actors,
        nums,
        dates,
        one_demonym,
        main_country: country.map(|ci| lx.country_table[ci].iso2.as_str()),
        demonyms: chits
            .iter()
            .filter(|m| lx.countries.value(m.value).demonym)
            .map(|m| {
                (
                    m.start,
                    lx.country_table[lx.countries.value(m.value).country]
                        .iso2
                        .as_str(),
                )
            })
            .collect(),
        post: std::cell::Cell::new(false),
        records,
        places_post: std::cell::OnceCell::new(),
        regional_mentions: std::cell::OnceCell::new(),
        records_stopped: std::cell::OnceCell::new(),
        title: marsad_text::fold(art.title.as_deref().unwrap_or("")),
        places: std::cell::OnceCell::new(),
        places_sorted: std::cell::OnceCell::new(),
        world,
        world_places: std::cell::OnceCell::new(),
    };
    let lead_date = lead_date(&ctx, &sents);
    // each sentence's events, read once: a sentence where no guard stopped a trigger gives
    // the same events in a permissive run (`sentence_events` reads nothing of the others'),
    // so a permissive run reads again only the sentences where one did
    let mut per: Vec<Vec<Explained>> = Vec::with_capacity(sents.len());
    let mut stopped: Vec<bool> = Vec::with_capacity(sents.len());
    for (si, s) in sents.iter().enumerate() {
        let mut evs = Vec::new();
        ctx.vetoed.set(false);
        sentence_events(&ctx, &sents, si, s, lead_date, art.published, geo, &mut evs);
        stopped.push(ctx.vetoed.get());
        per.push(evs);
    }
    // the article's events from its sentences': a sentence with none may complete the toll
    // of the event just before it, then mentions of one event merge
    let assemble = |per: Vec<Vec<Explained>>| {
        let mut out = Vec::new();
        let mut last_event: Option<usize> = None;
        for ((si, s), evs) in sents.iter().enumerate().zip(per) {
            if !evs.is_empty() {
                out.extend(evs);
                last_event = Some(si);
            } else if last_event.is_some_and(|le| si <= le + 3) {
                toll_continues(&ctx, s, &mut out);
            }
        }
        merge(out)
    };
    let mut out = if !permissive || !stopped.contains(&true) {
        assemble(per)
    } else {
        let mut all: Vec<Vec<Explained>> = per
            .iter()
            .zip(&stopped)
            .map(|(evs, &st)| if st { Vec::new() } else { evs.clone() })
            .collect();
        let rules = assemble(per);
        ctx.permissive.set(true);
        for (si, s) in sents.iter().enumerate().filter(|(si, _)| stopped[*si]) {
            sentence_events(
                &ctx,
                &sents,
                si,
                s,
                lead_date,
                art.published,
                geo,
                &mut all[si],
            );
        }
        with_stopped(rules, assemble(all))
    };
    let want = places_for(&out);
    // the records: places resolved with the demonyms from here on
    ctx.post.set(true);
    for (i, e) in out.iter_mut().enumerate() {
        let wanted = want.get(i).copied().unwrap_or(true);
        if let Some((si, m)) = e.actor_src.take().filter(|_| wanted) {
            e.actors = actor_cands(&ctx, &sents, si, &m, &e.event);
        }
        match e.place_src.take() {
            Some(src) if wanted => {
                e.places = place_cands(&ctx, &sents, &src, geo);
                e.listed = listed_places(&ctx, &sents[src.si], src.speaker, geo);
                if records {
                    records_place(&ctx, &src, geo, e);
                }
            }
            _ => {}
        }
        if wanted && records && geo.is_some() {
            records_places(&ctx, &sents, e);
        }
        if wanted && records && geo.is_some() {
            named_town(&ctx, &sents, e);
        }
        if wanted && geo.is_some() && world.is_some() {
            world_town(&ctx, &sents, e);
        }
        if wanted && records && geo.is_some() {
            capital_named(&ctx, &sents, e);
        }
    }
    if records {
        tolls_read_again(&ctx, &sents, &mut out, &want);
        casualties_not_dead(&ctx, &mut out, &want);
        breakdown_not_added(&ctx, &mut out, &want);
        taken_not_dead(&ctx, &mut out, &want);
        joined_to_dead(&ctx, &mut out, &want);
        definite_dead_not_toll(&ctx, &mut out, &want);
        since_is_no_day(&ctx, &sents, lead_date, art.published, &mut out, &want);
        days_ago(&ctx, &sents, art.published, &mut out, &want);
        one_dead(&ctx, &sents, &mut out, &want);
        one_more_named(&ctx, &mut out, &want);
        persons_joined(&ctx, &mut out, &want);
        no_one_hurt(&mut out, &want);
        no_harm_said(&ctx, &sents, &mut out, &want);
        hurt_told_after(&ctx, &sents, &mut out, &want);
        for e in out.iter_mut() {
            written_the_day_before(art.published, e);
        }
    }
    out
}

/// «غارة للتحالف قبل يومين»، «تفجرت الاشتباكات قبل أربعة أيام»: an event whose sentence gives
/// no date of its own (it was dated by the lead or the publication day) and says how many days
/// before the report it happened is dated so. Not «قبل يومين من الانتخابات» (two days before
/// another day). The decisions saw the date as the candidates read it.
fn days_ago(
    ctx: &Ctx<'_>,
    sents: &[Sentence],
    published: NaiveDate,
    out: &mut [Explained],
    want: &[bool],
) {
    for (k, e) in out.iter_mut().enumerate() {
        if !want.get(k).copied().unwrap_or(true) {
            continue;
        }
        let Some((_, si)) = trigger_sentence(ctx, sents, e) else {
            continue;
        };
        let s = &sents[si];
        let sent = ctx.span(s.start, s.end, 0);
        if e.event
            .date
            .span
            .is_some_and(|d| d.start >= sent.start && d.end <= sent.end)
        {
            continue;
        }
        // each «قبل» + days of the sentence: the count and the phrase's last token
        let ago = |i: usize| -> Option<(i64, usize)> {
            if ctx.norm(i) != "قبل" {
                return None;
            }
            let (n, last) = match ctx.norm(i + 1) {
                "يومين" => (2, i + 1),
                "يوم" if ctx.norm(i + 2) == "واحد" => (1, i + 2),
                "يوم" => (1, i + 1),
                _ => {
                    let nm = ctx.nums.iter().find(|n| n.start == i + 1)?;
                    if !matches!(ctx.norm(nm.end), "ايام" | "يوما") || nm.low.is_some() {
                        return None;
                    }
                    (i64::try_from(nm.value).ok()?, nm.end)
                }
            };
            let after = ctx.norm(last + 1);
            ((1..=10).contains(&n) && !matches!(after, "من" | "علي")).then_some((n, last))
        };
        let t = e.event.trigger.span.start;
        let Some((i, n, last)) = (s.start..s.end)
            .filter_map(|i| ago(i).map(|(n, last)| (i, n, last)))
            .filter(|&(_, _, last)| last < s.end)
            .min_by_key(|&(i, _, _)| ctx.span(i, i + 1, 0).start.abs_diff(t))
        else {
            continue;
        };
        let sp = ctx.span(i, last + 1, 0);
        let day = published - chrono::Duration::days(n);
        e.event.date = ctx.event_date(marsad_model::DateRange::day(day), Some(sp));
        e.why.push(format!(
            "date {day}: «{}», {n} day(s) before the report",
            ctx.slice(sp)
        ));
    }
}

/// «ويشن التحالف منذ 26 مارس حملة جوية»، «التي تحتلها إسرائيل منذ عام 1967»: a date after
/// «منذ» (since) more than a week before the report starts a campaign or an occupation; it is
/// not the day of this event. The records date the event as if its sentence had no date: by
/// another date of the sentence, the lead's, or the publication day. («منذ صباح أمس» of a
/// day's fighting is that day, and stays.)
fn since_is_no_day(
    ctx: &Ctx<'_>,
    sents: &[Sentence],
    lead: Option<&DateMention>,
    published: NaiveDate,
    out: &mut [Explained],
    want: &[bool],
) {
    let since = |d: &DateMention| {
        d.start > 0
            && matches!(ctx.norm(d.start - 1), "منذ" | "ومنذ")
            && (published - d.range.start).num_days() > 7
    };
    for (k, e) in out.iter_mut().enumerate() {
        if !want.get(k).copied().unwrap_or(true) {
            continue;
        }
        let Some(sp) = e.event.date.span else {
            continue;
        };
        let Some(d) = ctx
            .dates
            .iter()
            .find(|d| ctx.span(d.start, d.end, d.skip) == sp)
        else {
            continue;
        };
        if !since(d) {
            continue;
        }
        let Some((_, si)) = trigger_sentence(ctx, sents, e) else {
            continue;
        };
        let s = &sents[si];
        let t = e.event.trigger.span.start;
        // the nearest other date of the sentence, then the lead's, then the publication day
        // (a date of the week before the report: the others are the background's too, «وقف
        // إطلاق النار عام 2013»)
        let recent = |x: &&DateMention| (0..=7).contains(&(published - x.range.start).num_days());
        let other = ctx
            .dates
            .iter()
            .filter(|x| x.start >= s.start && x.end <= s.end)
            .filter(recent)
            .min_by_key(|x| ctx.span(x.start, x.end, x.skip).start.abs_diff(t))
            .or(lead.filter(recent));
        let was = ctx.slice(sp).to_string();
        e.event.date = match other {
            Some(x) => ctx.event_date(x.range, Some(ctx.span(x.start, x.end, x.skip))),
            None => ctx.event_date(marsad_model::DateRange::day(published), None),
        };
        e.why.push(format!(
            "date {}: «منذ {was}» (since) starts a period, not this event's day",
            e.event.date.range.start
        ));
    }
}

/// «سقوط 11 قتيلا وجريحا»، «حوالي 70 بين قتيل وجريح»: a count of the dead and the wounded
/// together is not the toll of the dead. The candidates read it as the dead (what the decision
/// learned on); the records leave the dead uncounted.
fn casualties_not_dead(ctx: &Ctx<'_>, out: &mut [Explained], want: &[bool]) {
    // the dead's word, then the wounded's joined by و, at `at` or after «بين» / «ما بين»
    let together = |at: usize| {
        let at = match (ctx.norm(at), ctx.norm(at + 1)) {
            ("بين", _) => at + 1,
            ("ما", "بين") => at + 2,
            _ => at,
        };
        // (not «3 قتلى وإصابة 8»: the wounded's own count follows)
        let w = ctx.norm(at + 1);
        ctx.has(at, Cue::KillNoun)
            && (w.starts_with("وجريح") || w.starts_with("وجرحي") || w == "والجرحي")
            && !ctx.num_at(at + 2)
    };
    for (k, e) in out.iter_mut().enumerate() {
        let Some(nm) = lone_dead_count(ctx, want, k, e) else {
            continue;
        };
        // (an exact count: «عشرات القتلى والجرحى» is read as dozens of dead, the coding's range)
        if nm.low.is_some() || nm.high.is_some() || !together(nm.end) {
            continue;
        }
        let words = ctx.slice(ctx.span(nm.start, (nm.end + 3).min(ctx.a.tokens.len()), nm.skip));
        dead_not_kept(
            e,
            &format!("«{words}» counts the dead and the wounded together"),
        );
    }
}

/// «مقتل تسعة مواطنين …، حيث قتلت سيدة وثلاثة من أطفالها … وخمسة …»، «أسفر عن استشهاد 15
/// شخصا، ضمنهم 12 من رجال الأمن وثلاثة من …»: a toll, then its breakdown after «حيث» or
/// «بينهم» / «منهم» / «ضمنهم», is the first toll (the coding standard: a subset is never added
/// to the total). The candidates add the counts of a sentence (what the decision learned on); the
/// records keep the first where the others, told after the breakdown's word, add up to no more
/// than it. A count that is no number («سيدة»: a singular person) is one.
fn breakdown_not_added(ctx: &Ctx<'_>, out: &mut [Explained], want: &[bool]) {
    let tok = |at: usize| ctx.a.tokens.partition_point(|t| t.span.end <= at);
    for (k, e) in out.iter_mut().enumerate() {
        let ev = &e.event.fatalities_evidence;
        if !want.get(k).copied().unwrap_or(true) || ev.len() < 2 {
            continue;
        }
        let num = |x: &marsad_model::CountEvidence| ctx.number_spanning(x.span);
        let values: Vec<u64> = ev.iter().map(|x| num(x).map_or(1, |n| n.value)).collect();
        let (first, rest) = (values[0], values[1..].iter().sum::<u64>());
        if rest > first || ev[1].span.start <= ev[0].span.end {
            continue;
        }
        let Some(n0) = num(&ev[0]) else { continue };
        let (from, to) = (tok(ev[0].span.end), tok(ev[1].span.start));
        let Some(b) = (from..to).find(|&i| {
            let w = ctx.norm(i);
            let w = w.strip_prefix('و').unwrap_or(w);
            matches!(
                w,
                "حيث" | "بينهم" | "منهم" | "ضمنهم" | "بينهن" | "منهن" | "ضمنهن"
            )
        }) else {
            continue;
        };
        let first_ev = ev[0].clone();
        e.why.push(format!(
            "fatalities {first}, not {}: «{}» then its breakdown after «{}» ({} more, a subset of it)",
            e.event.fatalities.unwrap_or(0),
            first_ev.text,
            ctx.slice(ctx.span(b, b + 1, 0)),
            rest
        ));
        e.event.fatalities = Some(first);
        e.event.fatalities_low = n0.low;
        e.event.fatalities_high = n0.high;
        e.event.fatalities_evidence = vec![first_ev];
    }
}

/// The number that is the whole count of the dead of event `k`, `e`, when it is kept (`want`)
/// and one number is.
fn lone_dead_count<'c>(
    ctx: &'c Ctx<'_>,
    want: &[bool],
    k: usize,
    e: &Explained,
) -> Option<&'c NumberMention> {
    match e.event.fatalities_evidence.as_slice() {
        [ev] if want.get(k).copied().unwrap_or(true) => ctx.number_spanning(ev.span),
        _ => None,
    }
}

/// A count's evidence, each with its place in the list and the number that gave it (the
/// evidence that is no number, «سيدة»، «القيادي», left out).
fn numbered<'c>(
    ctx: &'c Ctx<'_>,
    ev: &'c [marsad_model::CountEvidence],
) -> impl Iterator<Item = (usize, &'c marsad_model::CountEvidence, &'c NumberMention)> {
    ev.iter()
        .enumerate()
        .filter_map(|(j, x)| Some((j, x, ctx.number_spanning(x.span)?)))
}

/// The evidence less the items at `gone`.
fn evidence_without(
    ev: &[marsad_model::CountEvidence],
    gone: &[(usize, &NumberMention)],
) -> Vec<marsad_model::CountEvidence> {
    ev.iter()
        .enumerate()
        .filter(|(j, _)| !gone.iter().any(|(g, _)| g == j))
        .map(|(_, x)| x.clone())
        .collect()
}

/// Number `n` is joined by «و» to what comes before it («وخمسة»، «و 10»).
fn joined_by_wa(ctx: &Ctx<'_>, n: &NumberMention) -> bool {
    (n.skip > 0 && ctx.norm(n.start).starts_with('و'))
        || (n.start > 0 && ctx.norm(n.start - 1) == "و")
}

/// «قتلت مسلحا واعتقلت 13 آخرين»، «مقتل أربعة متمردين في كمين وأسر 119 آخرين»: a count
/// told after a word of taking alive (an arrest, an abduction, a capture: [`taking_alive`]),
/// with no killing or wounding word nearer to it, counts the taken, not the dead. The
/// candidates read it as dead (a killing word before it, or a person count after a counted
/// one: what the decision learned on); the records take it out of the toll, and leave the
/// toll to the records' one dead when nothing else is left («قتلت مسلحا»: one).
fn taken_not_dead(ctx: &Ctx<'_>, out: &mut [Explained], want: &[bool]) {
    for (k, e) in out.iter_mut().enumerate() {
        if !want.get(k).copied().unwrap_or(true) || e.event.fatalities_evidence.is_empty() {
            continue;
        }
        let taken: Vec<(usize, &NumberMention)> = numbered(ctx, &e.event.fatalities_evidence)
            .filter_map(|(j, _, n)| {
                if ctx.has(n.end, Cue::KillNoun) {
                    return None;
                }
                // «لقي نحو 30 عنصرا … مصرعهم»، «30 من مسلحيها قتلوا»: the dead's own verb after it
                let (s0, s1) = ctx
                    .sentence_of(n.start)
                    .map_or((0, 0), |x| (x.start, x.end));
                if (n.end..(n.end + 12).min(s1)).any(|i| {
                    matches!(
                        ctx.norm(i),
                        "مصرعهم" | "حتفهم" | "مصرعهما" | "حتفهما" | "قتلوا" | "قتلا"
                    )
                }) {
                    return None;
                }
                let lo = n.start.saturating_sub(8).max(s0);
                let by = (lo..n.start).rev().find_map(|i| {
                    // «قتل وأسر عشرات»: the dozens are the killed and the captured, told together
                    let shared =
                        i > lo && ctx.norm(i).starts_with('و') && ctx.has(i - 1, Cue::KillNoun);
                    if taking_alive(ctx, i) && !shared {
                        Some(true)
                    } else if ctx.has(i, Cue::KillNoun)
                        || ctx.has(i, Cue::InjuryNoun)
                        || ctx.num_at(i)
                        || ctx.a.tokens[i].kind == TokenKind::Newline
                    {
                        Some(false)
                    } else {
                        None
                    }
                })?;
                by.then_some((j, n))
            })
            .collect();
        if taken.is_empty() {
            continue;
        }
        let gone: u64 = taken.iter().map(|(_, n)| n.value).sum();
        let what: Vec<String> = taken
            .iter()
            .map(|(j, _)| e.event.fatalities_evidence[*j].text.clone())
            .collect();
        let before = e.event.fatalities.unwrap_or(0);
        if gone >= before || taken.len() == e.event.fatalities_evidence.len() {
            dead_not_kept(
                e,
                &format!(
                    "«{}» counts the taken alive (after a word of arrest, abduction or capture), not the dead",
                    what.join("»، «")
                ),
            );
            continue;
        }
        let keep = evidence_without(&e.event.fatalities_evidence, &taken);
        let low = e
            .event
            .fatalities_low
            .zip(taken.iter().map(|(_, n)| n.low).sum::<Option<u64>>());
        let high = e
            .event
            .fatalities_high
            .zip(taken.iter().map(|(_, n)| n.high).sum::<Option<u64>>());
        e.why.push(format!(
            "fatalities {}, not {before}: «{}» counts the taken alive (after a word of arrest, abduction or capture), not the dead",
            before - gone,
            what.join("»، «")
        ));
        e.event.fatalities = Some(before - gone);
        e.event.fatalities_low = low.map(|(a, b)| a.saturating_sub(b));
        e.event.fatalities_high = high.map(|(a, b)| a.saturating_sub(b));
        e.event.fatalities_evidence = keep;
    }
}

/// A person word of `PERSON_STEMS`, bare or in the accusative or the feminine («عسكريا»،
/// «ناشطة»), folded.
fn person_stem(w: &str) -> bool {
    PERSON_STEMS.contains(&w)
        || w.strip_suffix('ا')
            .or_else(|| w.strip_suffix('ه'))
            .is_some_and(|r| PERSON_STEMS.contains(&r))
}

/// Token `j` names one person: a person word in the singular («جنديا»، «قيادي»، «زعيم»،
/// «امرأة»), with or without the article, not a number.
fn singular_person(ctx: &Ctx<'_>, j: usize) -> bool {
    let w = ctx.norm(j);
    let w = w.strip_prefix('و').unwrap_or(w);
    let stem = person_stem;
    (one_person(ctx, j)
        || ONE_PERSON_DEFINITE.contains(&w)
        || stem(w)
        || stem(w.strip_prefix("ال").unwrap_or(w))
        || matches!(w, "زعيم" | "امير" | "امراه" | "سيده"))
        && !plural_person(w)
        && !dual_person(w)
        && !ctx.num_at(j)
}

/// «زعيم تنظيم داعش و10 مقاتلين آخرين قتلوا»، «قياديا في التنظيم وخمسة متطرفين آخرين قتلوا»:
/// one person, then a count joined to him by «و» and called «آخرين» (others), are the count
/// and one more; «12 مدنيا على الأقل وجنديا تشاديا واحدا قتلوا»: a count, then one person joined
/// by «و» before the killing verb, too. The candidates read the count alone (what the decision
/// learned on); the records add the one, where the toll is that count alone.
fn one_more_named(ctx: &Ctx<'_>, out: &mut [Explained], want: &[bool]) {
    for (k, e) in out.iter_mut().enumerate() {
        let Some(n) = lone_dead_count(ctx, want, k, e) else {
            continue;
        };
        let ev = &e.event.fatalities_evidence[0];
        if e.event.fatalities != Some(n.value) {
            continue;
        }
        let Some(s) = ctx.sentence_of(n.start) else {
            continue;
        };
        let joined = joined_by_wa(ctx, n);
        // (past a «و» standing alone before the number)
        let before = if n.skip == 0 && n.start > s.start && ctx.norm(n.start - 1) == "و" {
            n.start - 1
        } else {
            n.start
        };
        let hi = (n.end + 4).min(s.end);
        let others =
            (n.end..hi).any(|i| matches!(ctx.norm(i), "اخرين" | "اخرون" | "اخري" | "اخر" | "اخرا"));
        // (a) one person before: within five words, none a number or a killing word
        let person_before = (joined && others)
            .then(|| {
                (before.saturating_sub(5).max(s.start)..before)
                    .rev()
                    .take_while(|&i| !ctx.num_at(i) && !ctx.has(i, Cue::KillNoun))
                    .find(|&i| singular_person(ctx, i))
            })
            .flatten();
        // (b) one person after, joined by «و», then the killing verb
        let person_after = || {
            let mut i = n.end;
            while i < (n.end + 6).min(s.end) {
                let w = ctx.norm(i);
                if w.starts_with('و') && singular_person(ctx, i) {
                    let verb = (i + 1..(i + 4).min(s.end))
                        .find(|&j| matches!(ctx.norm(j), "قتلوا" | "لقوا" | "قضوا"));
                    return verb.map(|_| i);
                }
                if ctx.num_at(i) || ctx.has(i, Cue::KillNoun) || ctx.has(i, Cue::InjuryNoun) {
                    return None;
                }
                i += 1;
            }
            None
        };
        let Some(p) = person_before.or_else(person_after) else {
            continue;
        };
        let sp = ctx.span(p, p + 1, 0);
        let word = ctx.slice(sp).to_string();
        e.why.push(format!(
            "fatalities {}, not {}: «{word}» is one more, beside «{}»",
            n.value + 1,
            n.value,
            ev.text
        ));
        e.event.fatalities = Some(n.value + 1);
        e.event.fatalities_low = n.low.map(|x| x + 1);
        e.event.fatalities_high = n.high.map(|x| x + 1);
        let mut evs = vec![sp, ev.span];
        evs.sort_by_key(|x| x.start);
        e.event.fatalities_evidence = ctx.count_evidence(&evs);
    }
}

/// «استشهد 10 من منسوبي القوات وثلاثة عاملين وأصيب تسعة آخرون»: a count joined by «و» to the
/// dead told before it, whose only wounding word is the one after it that starts a clause of
/// its own («وأصيب»، «وإصابة»), is more of the dead, not of the wounded. The candidates read it
/// as wounded (a person count, then a wounding word: what the decision learned on); the records
/// move it to the dead.
fn joined_to_dead(ctx: &Ctx<'_>, out: &mut [Explained], want: &[bool]) {
    let tok = |at: usize| ctx.a.tokens.partition_point(|t| t.span.end <= at);
    for (k, e) in out.iter_mut().enumerate() {
        if !want.get(k).copied().unwrap_or(true)
            || e.event.fatalities_evidence.is_empty()
            || e.event.injured_evidence.is_empty()
        {
            continue;
        }
        let moved: Vec<(usize, &NumberMention)> = numbered(ctx, &e.event.injured_evidence)
            .filter_map(|(j, x, n)| {
                if !joined_by_wa(ctx, n)
                    || ctx.has(n.end, Cue::InjuryNoun)
                    || ctx.has(n.end, Cue::KillNoun)
                {
                    return None;
                }
                // no wounding word of its own before it
                let own_before = (n.start.saturating_sub(4)..n.start)
                    .rev()
                    .take_while(|&i| !ctx.num_at(i) && ctx.a.tokens[i].is_word())
                    .any(|i| ctx.has(i, Cue::InjuryNoun));
                if own_before {
                    return None;
                }
                // the first killing or wounding word after it: a wounding one joined by «و»
                let after = (n.end..(n.end + 7).min(ctx.a.tokens.len()))
                    .take_while(|&i| !ctx.num_at(i))
                    .find(|&i| ctx.has(i, Cue::InjuryNoun) || ctx.has(i, Cue::KillNoun))?;
                if !(ctx.has(after, Cue::InjuryNoun) && ctx.norm(after).starts_with('و')) {
                    return None;
                }
                // the dead told just before it, in the same sentence
                let dead_before = e.event.fatalities_evidence.iter().any(|f| {
                    let fe = tok(f.span.end);
                    f.span.end <= x.span.start
                        && n.start.saturating_sub(fe) <= 10
                        && ctx.sents.partition_point(|s| s.end <= fe)
                            == ctx.sents.partition_point(|s| s.end <= n.start)
                });
                dead_before.then_some((j, n))
            })
            .collect();
        let (Some(dead), Some(hurt)) = (e.event.fatalities, e.event.injured) else {
            continue;
        };
        let add: u64 = moved.iter().map(|(_, n)| n.value).sum();
        if moved.is_empty() || add > hurt {
            continue;
        }
        let words: Vec<String> = moved
            .iter()
            .map(|(j, _)| e.event.injured_evidence[*j].text.clone())
            .collect();
        let mut fev = e.event.fatalities_evidence.clone();
        fev.extend(
            moved
                .iter()
                .map(|(j, _)| e.event.injured_evidence[*j].clone()),
        );
        fev.sort_by_key(|x| x.span.start);
        let iev = evidence_without(&e.event.injured_evidence, &moved);
        e.why.push(format!(
            "fatalities {}, injured {}: «{}», joined by «و» to the dead before it, is more of the dead (its wounding word after it starts a clause of its own)",
            dead + add,
            if iev.is_empty() {
                "none".to_string()
            } else {
                (hurt - add).to_string()
            },
            words.join("»، «")
        ));
        e.event.fatalities = Some(dead + add);
        e.event.fatalities_low = e.event.fatalities_low.map(|x| x + add);
        e.event.fatalities_high = e.event.fatalities_high.map(|x| x + add);
        e.event.fatalities_evidence = fev;
        if iev.is_empty() {
            e.event.injured = None;
        } else {
            e.event.injured = Some(hurt - add);
        }
        e.event.injured_evidence = iev;
    }
}

/// Kin named with a pronoun after one person («امرأة وطفلها»، «رجل وزوجته»): one more.
const KIN: &[&str] = &[
    "طفلها",
    "طفله",
    "طفلتها",
    "طفلته",
    "ابنها",
    "ابنه",
    "ابنتها",
    "ابنته",
    "زوجها",
    "زوجته",
    "شقيقه",
    "شقيقها",
    "شقيقته",
    "اخيه",
    "اخته",
    "والده",
    "والدته",
    "والدها",
    "والدتها",
    "نجله",
    "نجلها",
    "مرافقه",
    "سائقه",
    "حارسه",
];

/// «أصيب طفلان وفتاة»، «إصابة رجل وزوجته»، «أصيب رجلا شرطة على الأقل واثنان من المدنيين»،
/// «قتلت امرأة وطفلها»: the dead or the wounded read as one person or two named without a
/// number, then one more joined by «و» (a person, his kin, two named in the dual, or a count of
/// persons), are more. The candidates read the first alone (what the decision learned on).
fn persons_joined(ctx: &Ctx<'_>, out: &mut [Explained], want: &[bool]) {
    let tok = |at: usize| ctx.a.tokens.partition_point(|t| t.span.end <= at);
    for (k, e) in out.iter_mut().enumerate() {
        if !want.get(k).copied().unwrap_or(true) {
            continue;
        }
        for dead in [true, false] {
            let (value, ev) = if dead {
                (e.event.fatalities, &e.event.fatalities_evidence)
            } else {
                (e.event.injured, &e.event.injured_evidence)
            };
            let (Some(v @ 1..=2), [x]) = (value, ev.as_slice()) else {
                continue;
            };
            // one word, not a number
            let t = tok(x.span.start);
            if t != tok(x.span.end.saturating_sub(1)) || ctx.num_at(t) {
                continue;
            }
            // one person, or two named in the dual (not «الجرحى»، «قتلى»: the plural, read as
            // two or more, that a breakdown may follow)
            let first = ctx.norm(t);
            let named = if v == 1 {
                singular_person(ctx, t)
            } else {
                dual_person(first.strip_prefix("ال").unwrap_or(first))
            };
            if !named {
                continue;
            }
            let Some(s) = ctx.sentence_of(t) else {
                continue;
            };
            // past the person's nisba, the body he belongs to, «على الأقل» (three words at most)
            let Some(j) = (t + 1..(t + 5).min(s.end))
                .take_while(|&i| {
                    ctx.a.tokens[i].is_word()
                        && !ctx.has(i, Cue::KillNoun)
                        && !ctx.has(i, Cue::InjuryNoun)
                })
                .find(|&i| ctx.norm(i).starts_with('و'))
            else {
                continue;
            };
            let w = ctx.norm(j);
            let bare = &w['و'.len_utf8()..];
            let more = if let Some(n) = ctx.nums.iter().find(|n| n.start == j) {
                // «واثنان من المدنيين»: a count of persons
                (n.skip > 0 && (ctx.has(n.end, Cue::Person) || ctx.norm(n.end) == "من"))
                    .then_some(n.value)
            } else if dual_person(bare) && ctx.has(j, Cue::Person) {
                Some(2)
            } else if singular_person(ctx, j) || KIN.contains(&bare) {
                Some(1)
            } else {
                None
            };
            let Some(more) = more else { continue };
            let sp = ctx.span(j, j + 1, 1);
            let word = ctx.slice(sp).to_string();
            let what = if dead { "fatalities" } else { "injured" };
            e.why.push(format!(
                "{what} {}, not {v}: «{word}», joined by «و» to «{}», is more",
                v + more,
                x.text
            ));
            let evs = ctx.count_evidence(&[x.span, sp]);
            if dead {
                e.event.fatalities = Some(v + more);
                e.event.fatalities_evidence = evs;
            } else {
                e.event.injured = Some(v + more);
                e.event.injured_evidence = evs;
            }
        }
    }
}

/// «ويتقبله مع الشهداء»، «بدماء الشهداء»، «ارتفاع عدد القتلى»، «معظم القتلى من …»، «جثث
/// القتلى»: the dead named with the article and no quantity before them («عدد من القتلى»،
/// «العديد من القتلى») are dead told of, not a toll. The candidates read them as two or more
/// (what the decision learned on); the records leave the dead uncounted, for the records' one
/// dead («استشهاد الجندي …») or none.
fn definite_dead_not_toll(ctx: &Ctx<'_>, out: &mut [Explained], want: &[bool]) {
    for (k, e) in out.iter_mut().enumerate() {
        if !want.get(k).copied().unwrap_or(true) {
            continue;
        }
        let [ev] = e.event.fatalities_evidence.as_slice() else {
            continue;
        };
        if !matches!(marsad_text::fold(&ev.text).as_str(), "القتلي" | "الشهداء") {
            continue;
        }
        let at = ctx
            .a
            .tokens
            .partition_point(|t| t.span.end <= ev.span.start);
        if at > 0 && ctx.norm(at - 1) == "من" {
            continue;
        }
        let text = ev.text.clone();
        dead_not_kept(
            e,
            &format!("«{text}» with the article and no quantity before it names dead told of, not a toll"),
        );
    }
}

/// The records leave an event's dead uncounted, saying why.
fn dead_not_kept(e: &mut Explained, why: &str) {
    e.why.push(format!(
        "fatalities {} not kept: {why}",
        e.event.fatalities.unwrap_or(0)
    ));
    e.event.fatalities = None;
    e.event.fatalities_low = None;
    e.event.fatalities_high = None;
    e.event.fatalities_evidence.clear();
}

/// The weekdays, folded, from Sunday.
const WEEKDAYS: [&str; 7] = [
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
];

/// «اليوم السبت» in a report dated Sunday: the report was written the day before the date it
/// carries (the crawl's), and the weekday names the day; the records take it. The decision
/// saw the date the candidates read (the publication day).
fn written_the_day_before(published: NaiveDate, e: &mut Explained) {
    use chrono::Datelike;
    let Some(text) = e.event.date.text.as_deref() else {
        return;
    };
    if e.event.date.range.start != published || e.event.date.range.end != published {
        return;
    }
    let folded = marsad_text::fold(text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let Some(k) = words.iter().position(|w| *w == "اليوم") else {
        return;
    };
    let Some(wd) = words
        .get(k + 1)
        .and_then(|w| WEEKDAYS.iter().position(|d| d == w))
    else {
        return;
    };
    let Some(before) = published.pred_opt() else {
        return;
    };
    if before.weekday().num_days_from_sunday() as usize != wd {
        return;
    }
    e.event.date.range.start = before;
    e.event.date.range.end = before;
    e.why.push(format!(
        "date {before}: «{text}» names the day before the report's date ({published}), the day it was written"
    ));
}

/// The records' second reading of a kept violent event's toll where the candidates read none:
/// the readings the decisions did not learn on («لقي 18 من … مصرعهم»، «راح ضحيتها اثنان»، «قتل
/// فيه شخصان»), and in a sentence of several kept violent events the stretch that ends at the
/// next one's clause, so that «قصفا … أسفر عن مقتل 18 مدنيا، بينهم 5 أطفال، مؤكدا أن معارك …»
/// gives the shelling its toll ([`stretch`]); a count the candidates gave another event of the
/// sentence outside that event's stretch moves. Any other count an event of the report already
/// carries is not taken again; never in a cumulative sentence.
fn tolls_read_again(ctx: &Ctx<'_>, sents: &[Sentence], out: &mut [Explained], want: &[bool]) {
    let wanted = |k: usize| want.get(k).copied().unwrap_or(true);
    let homes: Vec<Option<(usize, usize)>> = out
        .iter()
        .map(|e| trigger_sentence(ctx, sents, e))
        .collect();
    for k in 0..out.len() {
        let e = &out[k];
        if !wanted(k)
            || !violent(&e.event.event_type)
            || (e.event.fatalities.is_some() && e.event.injured.is_some())
        {
            continue;
        }
        let Some((ts, si)) = homes[k] else { continue };
        let s = &sents[si];
        if ctx.any(s.start, s.end, Cue::Cumulative).is_some() {
            continue;
        }
        let mut starts: Vec<usize> = homes
            .iter()
            .enumerate()
            .filter_map(|(j, h)| {
                h.filter(|h| h.1 == si && wanted(j) && violent(&out[j].event.event_type))
                    .map(|h| h.0)
            })
            .collect();
        starts.sort_unstable();
        starts.dedup();
        let part = if starts.len() > 1 {
            match stretch(ctx, s, &starts, ts, true) {
                Some(p) => p,
                None => continue,
            }
        } else {
            s.clone()
        };
        let counts = sentence_counts(ctx, &part);
        // a count the candidates gave another kept violent event of the sentence, whose own
        // stretch does not hold it, moves to this one («قصفا … أسفر عن مقتل 18 …، مؤكدا أن
        // معارك …»: the battle had taken the shelling's toll)
        let holder = |spans: &[Span]| -> Option<usize> {
            (0..out.len()).find(|&j| {
                j != k
                    && out[j]
                        .event
                        .fatalities_evidence
                        .iter()
                        .any(|x| spans.contains(&x.span))
            })
        };
        let moved = if starts.len() > 1 && out[k].event.fatalities.is_none() {
            counts.fatal.as_ref().and_then(|f| {
                let j = holder(&f.3)?;
                let same = homes[j].is_some_and(|h| h.1 == si)
                    && wanted(j)
                    && violent(&out[j].event.event_type)
                    && out[j].event.fatalities == Some(f.0);
                same.then_some(j)
            })
        } else {
            None
        };
        if let Some(j) = moved {
            dead_not_kept(
                &mut out[j],
                "the count stands in the stretch of another event of the sentence (the records' reading)",
            );
        }
        let taken = |spans: &[Span]| {
            out.iter().any(|o| {
                o.event
                    .fatalities_evidence
                    .iter()
                    .chain(&o.event.injured_evidence)
                    .any(|x| spans.contains(&x.span))
            })
        };
        let fatal = counts
            .fatal
            .filter(|f| out[k].event.fatalities.is_none() && !taken(&f.3));
        let injured = counts
            .injured
            .filter(|f| out[k].event.injured.is_none() && !taken(&f.3));
        let e = &mut out[k];
        if let Some((v, lo, hi, sp)) = fatal {
            e.event.fatalities = Some(v);
            e.event.fatalities_low = lo;
            e.event.fatalities_high = hi;
            e.event.fatalities_evidence = ctx.count_evidence(&sp);
            e.why.push(format!(
                "fatalities {v}: numbers next to killing words in the event's stretch of the sentence (the records' reading)"
            ));
        }
        if let Some((v, _, _, sp)) = injured {
            e.event.injured = Some(v);
            e.event.injured_evidence = ctx.count_evidence(&sp);
            e.why.push(format!(
                "injured {v}: numbers next to wounding words in the event's stretch of the sentence (the records' reading)"
            ));
        }
    }
}

/// The records' toll of one dead (or one wounded), for a kept violent event its sentence gives
/// no count of them: «مقتل أحد قادته»، «أدى إلى مقتل أحدهم»، «سقوط قتيل»، «استشهد أمس مواطن»،
/// «قتل القيادي …» ([`one_dead_in`]); «وأصيب آخر»، «إن شرطيا أصيب» ([`one_hurt_in`]); «وأصيب
/// آخرون» beside the dead's number ([`some_hurt_in`]). Where other kept events share the
/// sentence, the reading goes to the one whose trigger is nearest the words it reads («اندلعت
/// اشتباكات …، فيما قصفت المدفعية … ما أدى إلى استشهاد الجندي …»: the shelling's); never in a
/// cumulative sentence. The decision saw the event without it, as with the
/// records' places.
fn one_dead(ctx: &Ctx<'_>, sents: &[Sentence], out: &mut [Explained], want: &[bool]) {
    // each event's trigger token and sentence
    let at: Vec<Option<(usize, usize)>> = out
        .iter()
        .map(|e| trigger_sentence(ctx, sents, e))
        .collect();
    let homes: Vec<Option<usize>> = at.iter().map(|t| t.map(|(_, si)| si)).collect();
    let trigs: Vec<Option<usize>> = at.iter().map(|t| t.map(|(t, _)| t)).collect();
    for k in 0..out.len() {
        let e = &out[k];
        if !want.get(k).copied().unwrap_or(true)
            || (e.event.fatalities.is_some() && e.event.injured.is_some())
            || e.event.event_type == "strategic_developments"
        {
            continue;
        }
        let Some(si) = homes[k] else { continue };
        // the other kept events of the sentence: a reading goes to the one whose trigger is
        // nearest the word it reads (the first on a tie)
        let sharing: Vec<usize> = (0..out.len())
            .filter(|&j| j != k && homes[j] == Some(si) && want.get(j).copied().unwrap_or(true))
            .collect();
        let nearest = |at: usize| -> bool {
            let d = |j: usize| trigs[j].map_or(usize::MAX, |t| t.abs_diff(at));
            sharing
                .iter()
                .all(|&j| d(k) < d(j) || (d(k) == d(j) && k < j))
        };
        let tok = |sp: Span| ctx.a.tokens.partition_point(|t| t.span.end <= sp.start);
        let s = &sents[si];
        if ctx.any(s.start, s.end, Cue::Cumulative).is_some() {
            continue;
        }
        if e.event.fatalities.is_none() {
            // a number first, then two named in the dual («قتل ضابطان» is not «قتل ضابط»)
            let found = counted_dead_in(ctx, s)
                .or_else(|| {
                    two_dead_in(ctx, s).map(|(at, how)| (ctx.span(at, at + 1, 0), 2, None, how))
                })
                .or_else(|| {
                    one_dead_in(ctx, s).map(|(at, how)| (ctx.span(at, at + 1, 0), 1, None, how))
                });
            // the dead named in the plural: two or more, given as 2 with that low bound
            let (found, some) = match found {
                Some(f) => (Some(f), false),
                None => (
                    some_named_in(ctx, s, false)
                        .map(|(at, how)| (ctx.span(at, at + 1, 0), 2, None, how)),
                    true,
                ),
            };
            if let Some((sp, n, range, how)) = found.filter(|f| nearest(tok(f.0))) {
                let e = &mut out[k];
                // «قتل القيادي مع عدد من مرافقيه»: one named, and some (two or more) with him
                let with_some = (n == 1).then(|| with_some_after(ctx, s, sp)).flatten();
                let (n, low, spans) = match with_some {
                    Some(w) => (3, Some(3), vec![sp, w]),
                    None if some => (n, Some(n), vec![sp]),
                    None => (n, range.map(|r| r.0), vec![sp]),
                };
                e.event.fatalities = Some(n);
                e.event.fatalities_low = low;
                e.event.fatalities_high = range.map(|r| r.1);
                e.event.fatalities_evidence = ctx.count_evidence(&spans);
                let words: Vec<&str> = spans.iter().map(|&x| ctx.slice(x)).collect();
                e.why.push(format!(
                    "fatalities {n}: «{}», {how}{}",
                    words.join(" … "),
                    if with_some.is_some() {
                        ", and «مع عدد من» or «وعدد من» (with some) after: at least three"
                    } else {
                        ""
                    }
                ));
            }
        }
        if out[k].event.injured.is_none() {
            if let Some((at, n, how)) = one_hurt_in(ctx, s)
                .or_else(|| some_hurt_in(ctx, s))
                .or_else(|| some_named_in(ctx, s, true).map(|(at, how)| (at, 2, how)))
                .filter(|f| nearest(f.0))
            {
                let sp = ctx.span(at, at + 1, 0);
                let e = &mut out[k];
                e.event.injured = Some(n);
                e.event.injured_evidence = ctx.count_evidence(&[sp]);
                e.why
                    .push(format!("injured {n}: «{}», {how}", ctx.slice(sp)));
            }
        }
    }
}

/// «دون وقوع إصابات»، «لم تسفر عن إصابات»: the casualties' word negated says no one was hurt,
/// the dead included; the coding standard gives 0 dead and 0 wounded. The candidates read it
/// as 0 wounded only ([`plural_tolls`]); the records give a kept event with no toll of its dead
/// that 0 too. «دون وقوع جرحى» (the wounded's own word) says nothing of the dead.
fn no_one_hurt(out: &mut [Explained], want: &[bool]) {
    for (k, e) in out.iter_mut().enumerate() {
        if !want.get(k).copied().unwrap_or(true)
            || e.event.fatalities.is_some()
            || e.event.injured != Some(0)
            || e.event.event_type == "strategic_developments"
        {
            continue;
        }
        let [ev] = e.event.injured_evidence.as_slice() else {
            continue;
        };
        // (the wounded's 0 comes from a negated wounding word: «إصابات» is everyone's harm,
        // «جرحى» only the wounded's)
        if !harm_word(&marsad_text::fold(&ev.text)) {
            continue;
        }
        let ev = ev.clone();
        e.why.push(format!(
            "fatalities 0: «{}» negated says no one was hurt",
            ev.text
        ));
        e.event.fatalities = Some(0);
        e.event.fatalities_low = None;
        e.event.fatalities_high = None;
        e.event.fatalities_evidence = vec![ev];
    }
}

/// «دون أن ينتج عن ذلك أي إصابات»، «ولم يسجل أية إصابات»، «بدون وقوع أي إصابات أو أضرار»: a
/// kept event with no toll whose sentence, or one of the two after it that no other kept event
/// holds, says with a negated casualties' word that no one was hurt has 0 dead and 0 wounded
/// (the coding standard: 0 only where the text says no one was hurt). The reports of an
/// interception say it most («اعترضت … صاروخا باليستيا …، دون أن ينتج عن ذلك أي إصابات»),
/// often in the sentence after the event's. Not «لم يعرف عدد الإصابات» (not known).
fn no_harm_said(ctx: &Ctx<'_>, sents: &[Sentence], out: &mut [Explained], want: &[bool]) {
    let wanted = |k: usize| want.get(k).copied().unwrap_or(true);
    let homes = home_sentences(ctx, sents, out);
    for k in 0..out.len() {
        let e = &out[k];
        if !wanted(k) || e.event.fatalities.is_some() || e.event.injured.is_some() {
            continue;
        }
        let Some(si) = homes[k] else { continue };
        let other_at = |sj: usize| held_by_other(&homes, want, k, sj);
        let found = (si..(si + 3).min(sents.len()))
            .take_while(|&sj| sj == si || !other_at(sj))
            .find_map(|sj| negated_harm(ctx, &sents[sj]));
        let Some(at) = found else { continue };
        let sp = ctx.span(at, at + 1, 0);
        let e = &mut out[k];
        e.event.fatalities = Some(0);
        e.event.fatalities_low = None;
        e.event.fatalities_high = None;
        e.event.fatalities_evidence = ctx.count_evidence(&[sp]);
        e.event.injured = Some(0);
        e.event.injured_evidence = ctx.count_evidence(&[sp]);
        e.why.push(format!(
            "fatalities 0, injured 0: «{}» negated says no one was hurt",
            ctx.slice(sp)
        ));
    }
}

/// The attack told of again with the article («في الهجوم»، «جراء الانفجار»، «في القصف»): a
/// sentence with one of these speaks of an event already told.
fn told_again(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w
        .strip_prefix("بال")
        .or_else(|| w.strip_prefix("لل"))
        .or_else(|| w.strip_prefix("ال"))
        .unwrap_or("");
    matches!(
        w,
        "هجوم"
            | "اعتداء"
            | "انفجار"
            | "تفجير"
            | "تفجيرين"
            | "قصف"
            | "غاره"
            | "غارات"
            | "حادث"
            | "حادثه"
            | "هجومين"
            | "انفجارين"
    )
}

/// «… مما أسفر عن مقتل 20 شخصا على الأقل.» then «وقال الناطق … إن 16 شخصا على الأقل أصيبوا
/// بجروح في الاعتداء»: a kept violent event with no count of its wounded takes the one a
/// sentence of the next two tells, where that sentence speaks of the attack again with the
/// article (`told_again`), no other kept event holds it or one before it, it counts no dead
/// of its own other than the event's, and nothing in it is cumulative. The decision saw the
/// event without it.
fn hurt_told_after(ctx: &Ctx<'_>, sents: &[Sentence], out: &mut [Explained], want: &[bool]) {
    let wanted = |k: usize| want.get(k).copied().unwrap_or(true);
    let homes = home_sentences(ctx, sents, out);
    for k in 0..out.len() {
        let e = &out[k];
        if !wanted(k) || !violent(&e.event.event_type) || e.event.injured.is_some() {
            continue;
        }
        let Some(si) = homes[k] else { continue };
        let other_at = |sj: usize| held_by_other(&homes, want, k, sj);
        // (by a kept event: a candidate the decision dropped holds nothing)
        let taken = |spans: &[Span]| {
            out.iter().enumerate().any(|(j, o)| {
                wanted(j)
                    && o.event
                        .fatalities_evidence
                        .iter()
                        .chain(&o.event.injured_evidence)
                        .any(|x| spans.contains(&x.span))
            })
        };
        let found = (si + 1..(si + 3).min(sents.len()))
            .take_while(|&sj| !other_at(sj))
            .find_map(|sj| {
                let s = &sents[sj];
                if ctx.any(s.start, s.end, Cue::Cumulative).is_some()
                    || !(s.start..s.end).any(|i| told_again(ctx.norm(i)))
                {
                    return None;
                }
                let c = sentence_counts(ctx, s);
                let (v, _, _, sp) = c.injured?;
                // dead of its own: another event's, or a running toll; or dead it names that
                // the counts did not read (then neither is their reading of the wounded sure)
                match &c.fatal {
                    Some(f) if Some(f.0) != e.event.fatalities => return None,
                    None if (s.start..s.end).any(|i| {
                        ctx.has(i, Cue::KillNoun)
                            || matches!(
                                ctx.norm(i),
                                "قتلا"
                                    | "قتلوا"
                                    | "قتلتا"
                                    | "لقوا"
                                    | "لقيا"
                                    | "استشهدوا"
                                    | "استشهدا"
                            )
                    }) =>
                    {
                        return None
                    }
                    _ => {}
                }
                // a number, not the wounded named in the plural («للجرحى والمصابين»)
                let number = sp.iter().any(|&x| ctx.number_spanning(x).is_some());
                (number && !taken(&sp)).then_some((v, sp))
            });
        let Some((v, sp)) = found else { continue };
        let e = &mut out[k];
        e.event.injured = Some(v);
        e.event.injured_evidence = ctx.count_evidence(&sp);
        e.why.push(format!(
            "injured {v}: «{}» in a sentence after the event's that speaks of the attack again",
            sp.iter()
                .map(|&x| ctx.slice(x))
                .collect::<Vec<_>>()
                .join(" … ")
        ));
    }
}

/// «إصابات»، «إصابة» (everyone's harm, the dead included; not «جرحى», the wounded's own word),
/// folded, with «و»، «ب» and the article read off (not `marsad_text::tokens::readings`, which
/// would also take «لم يتعرض أحد لإصابات», said beside an attacker's death).
fn harm_word(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_prefix('ب').unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    matches!(w, "اصابات" | "اصابه")
}

/// The casualties' word («إصابات»، «إصابة») of the sentence that a negation (لم، دون، بدون،
/// عدم) stands before within six words, with no word between them that asks or counts («لم
/// يعرف عدد الإصابات»، «لم ترد أنباء عن إصابات»).
fn negated_harm(ctx: &Ctx<'_>, s: &Sentence) -> Option<usize> {
    let bare = |i: usize| {
        let w = ctx.norm(i);
        let w = w.strip_prefix('و').unwrap_or(w);
        let w = w
            .strip_prefix('ب')
            .filter(|r| r.chars().count() >= 4)
            .unwrap_or(w);
        w.strip_prefix("ال")
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w)
    };
    (s.start..s.end).find(|&i| {
        harm_word(ctx.norm(i))
            && (i.saturating_sub(6).max(s.start)..i)
                .rev()
                .take_while(|&j| {
                    !matches!(
                        bare(j),
                        "عدد"
                            | "حصيله"
                            | "حجم"
                            | "يعرف"
                            | "تعرف"
                            | "يعلن"
                            | "تعلن"
                            | "ترد"
                            | "يرد"
                            | "انباء"
                            | "معلومات"
                            | "يتضح"
                            | "تتضح"
                            | "تفاصيل"
                            | "بعد"
                    )
                })
                .any(|j| {
                    matches!(
                        ctx.norm(j),
                        "لم" | "ولم" | "دون" | "ودون" | "بدون" | "وبدون" | "عدم"
                    )
                })
    })
}

/// The token that names one wounded in a sentence, and how: «وأصيب آخر»، «شرطيا أصيب»،
/// «إصابة أحدهم».
fn one_hurt_in(ctx: &Ctx<'_>, s: &Sentence) -> Option<(usize, u64, &'static str)> {
    let verb = |w: &str| {
        let w = w.strip_prefix('و').unwrap_or(w);
        matches!(w, "اصيب" | "اصيبت" | "جرح" | "جرحت")
    };
    for i in s.start..s.end {
        let w = ctx.norm(i);
        if ctx.has(i, Cue::InjuryNoun) && i + 1 < s.end && !ctx.num_at(i + 1) {
            let n = ctx.norm(i + 1);
            // «وأصيب آخر»، «وجرح آخر» (not «آخرون»، «آخرين»)
            if verb(w) && matches!(n, "اخر" | "اخري") && !(i + 2 < s.end && ctx.num_at(i + 2))
            {
                return Some((i + 1, 1, "a wounding verb before «آخر» (another)"));
            }
            let n = n.strip_prefix('و').unwrap_or(n);
            if matches!(n, "احد" | "احدهم" | "احدهما" | "احدي") {
                return Some((i + 1, 1, "a wounding word before «أحد» (one of them)"));
            }
        }
        // «إن شرطيا أصيب»: a singular person right before a wounding verb
        if verb(w)
            && i > s.start
            && one_person(ctx, i - 1)
            && !dual_person(ctx.norm(i - 1))
            && !ctx.num_at(i - 1)
            && !(i >= s.start + 2 && ctx.num_at(i - 2))
        {
            return Some((i - 1, 1, "one person before a wounding verb"));
        }
    }
    None
}

/// «قتل 3 أشخاص وأصيب آخرون»، «وإصابة عدة أشخاص آخرين»: the wounded named in the plural with no
/// number of their own, beside the dead's number (which the candidates' plural tolls leave to
/// the numbers' rules): at least two, as the coding standard reads them (`[2, 99]`, given as 2).
fn some_hurt_in(ctx: &Ctx<'_>, s: &Sentence) -> Option<(usize, u64, &'static str)> {
    // «سقوط عشرات القتلى والجرحى»: one vague number for the dead and the wounded, which the
    // numbers' rules give to the dead alone
    for x in ctx
        .nums
        .iter()
        .filter(|x| x.start >= s.start && x.end + 1 < s.end && x.approximate && x.high.is_some())
    {
        let mut k = x.end;
        if ctx.norm(k) == "من" {
            k += 1;
        }
        if k + 1 < s.end
            && matches!(ctx.norm(k), "القتلي" | "قتلي")
            && matches!(
                ctx.norm(k + 1),
                "والجرحي" | "وجرحي" | "والمصابين" | "ومصابين"
            )
        {
            return Some((
                k + 1,
                x.value,
                "the wounded counted with the dead by one vague number («عشرات القتلى والجرحى»)",
            ));
        }
    }
    for i in s.start..s.end.saturating_sub(1) {
        if !ctx.has(i, Cue::InjuryNoun) || ctx.num_at(i + 1) {
            continue;
        }
        let n = ctx.norm(i + 1);
        let after = |k: usize| k < s.end && ctx.num_at(k);
        let others = matches!(n, "اخرون" | "اخرين");
        // («عدد كبير»، a large number, is not at least two)
        let some = matches!(n, "عده" | "عدد" | "العديد")
            && !matches!(ctx.norm(i + 2), "كبير" | "كبيرا" | "ضخم")
            && !after(i + 2)
            && !after(i + 3);
        if others || some {
            return Some((
                i + 1,
                2,
                "the wounded in the plural with no number (at least two)",
            ));
        }
    }
    None
}

/// Token `j` names a person, not in the plural (a person cue or a singular demonym).
fn one_person(ctx: &Ctx<'_>, j: usize) -> bool {
    (ctx.has(j, Cue::Person) || ctx.one_demonym[j]) && !plural_person(ctx.norm(j))
}

/// Singular persons with the article («قتل الجندي»، «استشهد الشاب»), folded: the person cues
/// of `data/lexicon/cues.tsv` match the bare nouns only. Read by the records' one dead.
const ONE_PERSON_DEFINITE: &[&str] = &[
    "الجندي",
    "القيادي",
    "الضابط",
    "الشرطي",
    "المواطن",
    "الشاب",
    "الطفل",
    "الطفله",
    "الرجل",
    "العنصر",
    "المسلح",
    "المقاتل",
    "الناشط",
    "الناشطه",
    "الصحفي",
    "المدني",
    "الحارس",
    "القائد",
    "الزعيم",
    "المسؤول",
    "الموظف",
    "العامل",
    "الطالب",
    "المستوطن",
    "المجند",
    "الفتي",
    "الفتاه",
    "السيده",
    "المراه",
    "المقيم",
    "الراعي",
    "الاسير",
    "المعتقل",
    "الرهينه",
];

/// A toll of the dead the records read: the words' span, the count, its range, and how.
type DeadFound = (Span, u64, Option<(u64, u64)>, &'static str);

/// The dead counted before a plural killing verb («خمسة عناصر … قتلوا»، «14 متمردا لقوا حتفهم»،
/// «عشرة مدنيين بينهم أطفال قتلوا»), or in brackets after a killing noun («مقتل (20) شخصا»): the
/// number's span, its value and range, and how. Not past another number or a wounding word
/// (their counts are others'), nor a year.
fn counted_dead_in(ctx: &Ctx<'_>, s: &Sentence) -> Option<DeadFound> {
    let punct = |k: usize, c: char| {
        ctx.a
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Punct(c))
    };
    for n in ctx
        .nums
        .iter()
        .filter(|n| n.start >= s.start && n.end <= s.end)
    {
        if n.value == 0 || n.value > crate::MAX_EVENT_FATALITIES {
            continue;
        }
        if n.start > 0
            && matches!(
                ctx.norm(n.start - 1),
                "عام" | "العام" | "سنه" | "منذ" | "حتي" | "رقم" | "الساعه"
            )
        {
            continue;
        }
        let range = n.low.zip(n.high);
        let sp = ctx.span(n.start, n.end, n.skip);
        // «قتل، الأحد، 3 من المحتجين»، «اغتالت ثلاثة من أفراد الدرك»: a killing verb, then
        // nothing but a day, a time word or commas, then the number
        let mut b = n.start;
        while b > s.start
            && (punct(b - 1, ',') || punct(b - 1, '،') || day_or_time_word(ctx.norm(b - 1)))
        {
            b -= 1;
        }
        if b > s.start {
            let v = ctx.norm(b - 1);
            let v = v.strip_prefix('و').unwrap_or(v);
            if matches!(
                v,
                "قتل" | "قتلت" | "اغتالت" | "اغتال" | "اعدمت" | "اعدم" | "استشهد"
            ) && !(n.end < s.end && ctx.has(n.end, Cue::InjuryNoun))
            {
                return Some((sp, n.value, range, "a killing verb before the number"));
            }
        }
        if n.start >= 2
            && ctx.has(n.start - 2, Cue::KillNoun)
            && punct(n.start - 1, '(')
            && punct(n.end, ')')
        {
            return Some((
                sp,
                n.value,
                range,
                "a number in brackets after a killing word",
            ));
        }
        for k in n.end..(n.end + 9).min(s.end) {
            let w = ctx.norm(k);
            let w = w.strip_prefix('و').unwrap_or(w);
            let next = ctx.norm(k + 1);
            let verb = matches!(w, "قتلوا" | "استشهدوا" | "قضوا")
                || (w == "لقوا" && matches!(next, "حتفهم" | "مصرعهم"))
                || (w == "سقطوا" && next == "قتلي");
            if verb {
                return Some((sp, n.value, range, "a number before a plural killing verb"));
            }
            if ctx.num_at(k) || ctx.has(k, Cue::InjuryNoun) || ctx.has(k, Cue::KillNoun) {
                break;
            }
        }
    }
    None
}

/// Singular person nouns, folded, without the article: their dual («ضابطان»، «قياديان») after a
/// killing word names two dead. A word list of the records, beside the person cues of
/// `data/lexicon/cues.tsv` (which the candidates read, in fewer forms).
const PERSON_STEMS: &[&str] = &[
    "جندي",
    "ضابط",
    "شرطي",
    "مسلح",
    "قيادي",
    "عنصر",
    "مقاتل",
    "مدني",
    "طفل",
    "شخص",
    "رجل",
    "شاب",
    "مواطن",
    "عسكري",
    "حارس",
    "مجند",
    "ناشط",
    "صحفي",
    "موظف",
    "عامل",
    "مستوطن",
    "متظاهر",
    "محتج",
    "مسؤول",
    "قائد",
    "شقيق",
    "طالب",
    "رهين",
    "اسير",
    "معتقل",
    "سجين",
    "مسعف",
    "طبيب",
    "مقيم",
    "لاجئ",
    "مهاجر",
    "مصور",
];

/// The token that names the dead (or, with `hurt`, the wounded) as persons in the plural or the
/// dual with no number, and how: a killing (wounding) word, then a person noun in «ين» (a sound
/// plural or an oblique dual, which read the same: «أدى إلى مقتل مدنيين»، «فقتلت متظاهرين»،
/// «مما أسفر عن إصابة مدنيين»، «نتج عنه إصابة مقيمين»), a broken plural («مقتل جنود»), a
/// nominative dual («أصيب متظاهران»), or «آخرين» after the wounding word («مقتل شخصين وجرح
/// آخرين»). The coding standard reads them as two or more (`[2, 99]`; a dual is 2): 2. Not
/// with the article («مقتل المدنيين» names dead told of before), and not in a sentence that
/// gives a number of them (a number counts them, not this rule). Also the dead of «مقتل وجرح
/// العشرات»، «بمصرع وإصابة عشرات الحوثيين»: told together with the wounded by a vague plural
/// number, which the numbers' rules give to the wounded alone (whatever else the sentence
/// counts: «استهدفت خمس مركبات»).
fn some_named_in(ctx: &Ctx<'_>, s: &Sentence, hurt: bool) -> Option<(usize, &'static str)> {
    let other = |n: &NumberMention| {
        (n.start.saturating_sub(2).max(s.start)..n.start).any(|i| {
            if hurt {
                ctx.has(i, Cue::KillNoun)
            } else {
                ctx.has(i, Cue::InjuryNoun)
            }
        })
    };
    let counted = ctx
        .nums
        .iter()
        .any(|n| n.start >= s.start && n.end <= s.end && !other(n));
    let word = |w: &str| -> bool {
        if hurt {
            matches!(
                w,
                "اصابه" | "اصيب" | "اصيبت" | "اصابت" | "جرح" | "جرحت" | "اصابوا"
            )
        } else {
            matches!(
                w,
                "قتل"
                    | "قتلت"
                    | "قتلوا"
                    | "مقتل"
                    | "مصرع"
                    | "استشهاد"
                    | "اعدام"
                    | "اعدمت"
                    | "اغتيال"
                    | "اغتالت"
            )
        }
    };
    let named = |w: &str| -> bool {
        if w.starts_with("ال") {
            return false;
        }
        if let Some(stem) = w.strip_suffix("ين").or_else(|| w.strip_suffix("ان")) {
            return PERSON_STEMS.contains(&stem)
                || (stem.ends_with('ي') && stem.chars().count() >= 4)
                || (hurt && w == "اخرين");
        }
        matches!(
            w,
            "اشخاص" | "جنود" | "عناصر" | "افراد" | "ضباط" | "رجال" | "اطفال" | "نساء"
        )
    };
    for i in s.start..s.end.saturating_sub(1) {
        // «مقتل وجرح العشرات»، «مصرع وإصابة عشرات الحوثيين»: the dead and the wounded told
        // together by a vague plural number; the number's rules give it to the wounded
        // («بمصرع»: the killing noun's cue reads the clitics)
        if !hurt
            && ctx.has(i, Cue::KillNoun)
            && ctx.norm(i + 1).starts_with('و')
            && ctx.has(i + 1, Cue::InjuryNoun)
            && ctx.nums.iter().any(|n| {
                n.start == i + 2 && n.approximate && n.high.is_some_and(|h| h >= 2 * n.value)
            })
        {
            return Some((
                i,
                "a killing word joined to a wounding word before a vague number (dozens killed and wounded): two or more",
            ));
        }
        let w = ctx.norm(i);
        let w = w
            .strip_prefix('و')
            .or_else(|| w.strip_prefix('ف'))
            .filter(|r| word(r))
            .unwrap_or(w);
        if counted || !word(w) {
            continue;
        }
        // («قتل فيه مدنيين»)
        let j = past_event_pronoun(ctx, i + 1);
        if j < s.end
            && !ctx.num_at(j)
            && !(j + 1 < s.end && ctx.num_at(j + 1))
            && named(ctx.norm(j))
        {
            return Some((
                j,
                if hurt {
                    "a wounding word before persons named in the plural or the dual, no number: two or more"
                } else {
                    "a killing word before persons named in the plural or the dual, no number: two or more"
                },
            ));
        }
    }
    None
}

/// The token at `at`, or the one after it where `at` is a pronoun of the event between a
/// killing word and its dead («قتل فيه شخصان»، «قتل خلالها جنديان»).
fn past_event_pronoun(ctx: &Ctx<'_>, at: usize) -> usize {
    if matches!(
        ctx.norm(at),
        "فيه" | "فيها" | "خلاله" | "خلالها" | "جراءه" | "جراءها"
    ) {
        at + 1
    } else {
        at
    }
}

/// The token that names two dead in a sentence, and how: a killing word before a person named
/// in the dual («توفي فلسطينيان»، «قتل قياديان»، «مقتل ضابطين»), or a killing word with the dual
/// pronoun («لقي ضابط ومجند مصرعهما»).
fn two_dead_in(ctx: &Ctx<'_>, s: &Sentence) -> Option<(usize, &'static str)> {
    // a number in the sentence may count more dead; not one that counts the wounded, a
    // wounding word just before it («مصرعهما وأصيب ثلاثة مجندين»، «وأصيب العشرات»)
    let wounded = |n: &NumberMention| {
        (n.start.saturating_sub(2).max(s.start)..n.start).any(|i| ctx.has(i, Cue::InjuryNoun))
    };
    let counted = ctx
        .nums
        .iter()
        .any(|n| n.start >= s.start && n.end <= s.end && !wounded(n));
    if counted {
        return None;
    }
    let dual = |w: &str| -> bool {
        let w = w.strip_prefix("ال").unwrap_or(w);
        // the nominative dual: a person noun, or a nisba («فلسطينيان»، «عراقيان»)
        if let Some(stem) = w.strip_suffix("ان") {
            return PERSON_STEMS.contains(&stem)
                || (stem.ends_with('ي') && stem.chars().count() >= 4);
        }
        // the oblique dual of a noun whose plural is not in «ين» («ضابطين», not «مسلحين»)
        dual_person(w) && w.ends_with("ين")
    };
    for i in s.start..s.end {
        let w = ctx.norm(i);
        let w = w.strip_prefix('و').unwrap_or(w);
        if matches!(
            w,
            "مصرعهما"
                | "حتفهما"
                | "مقتلهما"
                | "استشهادهما"
                | "وفاتهما"
                | "اعدمهما"
                | "قتلهما"
                | "اغتالهما"
                | "اعدامهما"
                | "اغتيالهما"
        ) {
            return Some((i, "a killing word with the pronoun of two"));
        }
        // «الضابطين قتلا»، «جنديان إسرائيليان قتلا»: two named in the dual, then a killing
        // verb in the dual (past a nisba in the dual)
        if dual(w) && i + 1 < s.end {
            let mut k = i + 1;
            let a = ctx.norm(k);
            if k + 1 < s.end && (a.ends_with("يين") || a.ends_with("يان")) {
                k += 1;
            }
            if matches!(
                ctx.norm(k),
                "قتلا" | "قتلتا" | "استشهدا" | "توفيا" | "اغتيلا" | "اعدما"
            ) {
                return Some((
                    i,
                    "two persons named in the dual before a killing verb in the dual",
                ));
            }
        }
        let verb = matches!(
            w,
            "قتل" | "قتلت" | "استشهد" | "اغتيل" | "توفي" | "مقتل" | "مصرع" | "استشهاد"
        );
        // («قتل فيه شخصان»، «قتل خلالها جنديان»)
        let j = past_event_pronoun(ctx, i + 1);
        if verb && j < s.end && dual(ctx.norm(j)) {
            return Some((j, "a killing word before two persons named in the dual"));
        }
    }
    None
}

/// «مع عدد من» (with a number of) within eight words after the one dead at `one`, no other
/// killing or wounding word between: the span of «عدد من».
fn with_some_after(ctx: &Ctx<'_>, s: &Sentence, one: Span) -> Option<Span> {
    let at = ctx.a.tokens.partition_point(|t| t.span.start < one.end);
    // (past the one passive killing verb after the person: «القيادي فلان، قتل مع عدد من مرافقيه»)
    let passive = |k: usize| passive_killing_verb(ctx.norm(k));
    let mut verbs = 0;
    (at..(at + 10).min(s.end))
        .filter(|&k| {
            // a comma before the passive verb is not the end of the phrase
            !(matches!(ctx.a.tokens[k].kind, TokenKind::Punct('،' | ','))
                && k + 1 < s.end
                && passive(k + 1))
        })
        .take_while(|&k| {
            if passive(k) && verbs == 0 && k > at {
                verbs += 1;
                return true;
            }
            ctx.a.tokens[k].is_word() && !ctx.has(k, Cue::KillNoun) && !ctx.has(k, Cue::InjuryNoun)
        })
        .find_map(|k| {
            if ctx.norm(k) == "مع"
                && k + 2 < s.end
                && ctx.norm(k + 1) == "عدد"
                && ctx.norm(k + 2) == "من"
            {
                Some(ctx.span(k + 1, k + 3, 0))
            } else if ctx.norm(k) == "وعدد" && k + 1 < s.end && ctx.norm(k + 1) == "من" {
                // «قتل القيادي فلان وعدد من مرافقيه»
                Some(ctx.span(k, k + 2, 1))
            } else {
                None
            }
        })
}

/// A day or a time of day between a killing verb and its dead («قتل، الأحد، 3»، «استشهد أمس
/// مواطن»), folded.
fn day_or_time_word(w: &str) -> bool {
    matches!(
        w,
        "امس" | "اليوم" | "فجر" | "صباح" | "مساء" | "ليل" | "ليله" | "ظهر"
    ) || WEEKDAYS.contains(&w)
}

/// A killing verb that reads as the passive after the person it names («القيادي فلان، قتل»),
/// folded.
fn passive_killing_verb(w: &str) -> bool {
    matches!(
        w,
        "قتل" | "قتلت" | "استشهد" | "استشهدت" | "اغتيل" | "اغتيلت"
    )
}

/// The token that names one dead in a sentence, and how.
fn one_dead_in(ctx: &Ctx<'_>, s: &Sentence) -> Option<(usize, &'static str)> {
    let counted =
        |i: usize| (i.saturating_sub(2).max(s.start)..(i + 3).min(s.end)).any(|k| ctx.num_at(k));
    // (the records' stems too, in the nominative, the accusative and the feminine: «عسكري»،
    // «ناشطة»، «صحفية», which the person cues do not all hold)
    let stem = person_stem;
    let singular = |j: usize| {
        j < s.end
            && (one_person(ctx, j)
                || ONE_PERSON_DEFINITE.contains(&ctx.norm(j))
                || stem(ctx.norm(j)))
            && !dual_person(ctx.norm(j))
            && !ctx.num_at(j)
            && !(j + 1 < s.end && ctx.num_at(j + 1))
    };
    for i in s.start..s.end {
        let w = ctx.norm(i);
        let kill = ctx.has(i, Cue::KillNoun);
        // «مقتل أحد قادته»، «مقتل أحدهم» («أحد عشر» is a number)
        if kill && i + 1 < s.end && !ctx.num_at(i + 1) {
            let n = ctx.norm(i + 1);
            let n = n.strip_prefix('و').unwrap_or(n);
            if matches!(n, "احد" | "احدهم" | "احدهما" | "احدي" | "احداهن") {
                return Some((i + 1, "a killing word before «أحد» (one of them)"));
            }
        }
        // «سقوط قتيل»: the singular of the dead, with no number near
        if matches!(w, "قتيل" | "قتيلا" | "وقتيل" | "القتيل") && !counted(i) {
            return Some((i, "the dead named in the singular with no number"));
        }
        // «استشهد أمس مواطن»، «قتل القيادي»، «وقتل عسكري»: a killing verb, then a singular
        // person
        let verb = matches!(
            w.strip_prefix('و').unwrap_or(w),
            "قتل"
                | "قتلت"
                | "استشهد"
                | "استشهدت"
                | "اغتيل"
                | "اغتيلت"
                | "توفي"
                | "توفيت"
                | "مقتل"
                | "استشهاد"
                | "مصرع"
        );
        // «جنديا تركيا قتل»، «شرطي إسرائيلي استشهد»: one person and his nisba before a
        // killing verb (the candidates read the person right before the verb only)
        if i + 2 < s.end
            && singular(i)
            && {
                let a = ctx.norm(i + 1);
                (a.ends_with('ي') || a.ends_with("يا")) && !ctx.has(i + 1, Cue::Person)
            }
            && matches!(
                ctx.norm(i + 2),
                "قتل" | "قتلت" | "استشهد" | "استشهدت" | "توفي" | "توفيت"
            )
        {
            return Some((i, "one person and his nisba before a killing verb"));
        }
        // «القيادي الحوثي فلان الفلاني، قتل في غارة»، «… قتل مع عدد من مرافقيه»: one person
        // named with the article, his nisba or name, then the killing verb read as the passive
        // (a preposition or a comma after it, not an object)
        if passive_killing_verb(w.strip_prefix('و').unwrap_or(w))
            && i + 1 < s.end
            && (matches!(
                ctx.norm(i + 1),
                "في" | "مع" | "جراء" | "اثر" | "خلال" | "بعد" | "امس" | "اليوم"
            ) || ctx.norm(i + 1).starts_with("ب")
                && !ctx.has(i + 1, Cue::Person)
                && !ctx.num_at(i + 1)
                || matches!(
                    ctx.a.tokens[i + 1].kind,
                    marsad_text::tokens::TokenKind::Punct(_)
                ))
        {
            let lo = i.saturating_sub(7).max(s.start);
            let subject = (lo..i).rev().find(|&k| {
                ONE_PERSON_DEFINITE.contains(&ctx.norm(k))
                    && (k + 1..i).all(|x| {
                        !ctx.has(x, Cue::Person)
                            && !ctx.num_at(x)
                            && !ctx.norm(x).starts_with('و')
                            && !ctx.has(x, Cue::KillNoun)
                    })
            });
            if let Some(k) = subject {
                return Some((
                    k,
                    "one person named with the article, then the killing verb (passive)",
                ));
            }
        }
        if verb {
            let mut j = i + 1;
            while j < s.end && j < i + 3 && day_or_time_word(ctx.norm(j)) {
                j += 1;
            }
            // «قتل تنظيم داعش رهينة»: past the killer named as the verb's subject
            if !singular(j) {
                if let Some(h) = ctx.actors.iter().find(|h| h.start == j && h.end < s.end) {
                    j = h.end;
                    while j < s.end && j < h.end + 2 && day_or_time_word(ctx.norm(j)) {
                        j += 1;
                    }
                }
            }
            // (not «قتل القيادي … ومرافقيه»، «… وجنديين»: more follow; «… وعدد من أفراده» is
            // one and some, at least three, as «مع عدد من»)
            let stop = (j + 1..(j + 9).min(s.end))
                .find(|&k| {
                    let w = ctx.norm(k);
                    ctx.has(k, Cue::InjuryNoun)
                        || ctx.has(k, Cue::KillNoun)
                        || matches!(
                            w.strip_prefix('و').unwrap_or(w),
                            "جرح" | "جرحت" | "اصيب" | "اصيبت"
                        )
                })
                .unwrap_or((j + 9).min(s.end));
            let more = (j + 1..stop).any(|k| {
                ctx.norm(k).strip_prefix('و').is_some_and(|r| {
                    ctx.has(k, Cue::Person)
                        || ctx.num_at(k)
                        || (k + 1 < s.end && ctx.num_at(k + 1))
                        || matches!(r, "عددا" | "اخرين" | "اخرون" | "العديد")
                        // («وعدد من» after one person: at least three, read by the caller)
                        || r == "عدد" && !(k + 1 < s.end && ctx.norm(k + 1) == "من")
                        || r.starts_with("مرافق")
                })
            });
            if singular(j) && !more {
                return Some((j, "a killing word before one person"));
            }
        }
    }
    None
}

/// The record's place: the rules' place as the records resolve it, with the demonyms that
/// qualify the article's places («الشعلة» of «العاصمة العراقية بغداد» is Baghdad's district, not
/// the Yemeni village). The decision saw the place resolved without them, so what it learned
/// and decides does not move with the records' places. A name the records no longer read as a
/// place («كويته» in a report that names Pakistan: a Syrian hamlet) leaves the event unplaced,
/// for a world town to place.
fn records_place(ctx: &Ctx<'_>, src: &PlaceSrc, geo: Option<&Gazetteer>, e: &mut Explained) {
    let Some(g) = geo else { return };
    let Some(p) = ctx
        .places()
        .iter()
        .find(|p| (p.0.start, p.0.end) == src.chosen)
    else {
        if ctx.chosen_stopped(src.chosen) {
            // a word, not a place («خسائر بشرية»): the only other place of the sentence, or
            // the place decision among them, or none (for a world town to place)
            e.why.push(format!(
                "location «{}» is a word here, not {} (data/gazetteer/records-stop.txt)",
                src.chosen_loc.text,
                src.chosen_loc.name.as_deref().unwrap_or("")
            ));
            match e.places.as_slice() {
                [one] => {
                    e.event.location = Some(one.location.clone());
                    e.places.clear();
                }
                [] => e.event.location = None,
                // (two or more: the place decision chooses among them)
                _ => {}
            }
        }
        return;
    };
    let now = p.1.as_ref().map(|r| r.place);
    if now == src.chosen_place {
        return;
    }
    let was = src.chosen_loc.name.clone().unwrap_or_default();
    // «بلدة سروج التركية»: where the records' resolution found no place, the demonym right
    // after the name names the country of one of its places (the district of Suruç, which the
    // town word's preference for a locality passed over, and which the demonym alone does not
    // lift above the localities of the same name abroad): that place
    let own = || {
        let (_, c) = ctx.demonyms.iter().find(|(j, _)| *j == p.0.end)?;
        let q =
            p.0.candidates
                .iter()
                .copied()
                .find(|&q| g.place(q).country == *c)?;
        // (`located` reads the place and its precision, not the mention's index; the
        // precision is the place's kind's, without the cue widening the resolver applies)
        let r = Resolution {
            mention: 0,
            place: q,
            precision: g.place(q).kind.precision(),
            reason: "the name's place in the country of the demonym after it".into(),
        };
        Some((
            located(ctx, &(p.0.clone(), Some(r)), geo),
            q,
            "the demonym right after the name names that country",
        ))
    };
    let found = match now {
        Some(place) => Some((
            located(ctx, p, geo),
            place,
            "a demonym that qualifies a place of the report names its country",
        )),
        None => own(),
    };
    match found {
        Some((loc, place, how)) => {
            e.why.push(format!(
                "location «{}» → {} ({}), not {was}: {how}",
                loc.text,
                loc.name.as_deref().unwrap_or(""),
                g.place(place).country
            ));
            e.event.location = Some(loc);
        }
        None => {
            e.why.push(format!(
                "location «{}» is not {was}: a demonym that qualifies a place of the report names another country, where the name is no place",
                src.chosen_loc.text
            ));
            e.event.location = None;
            e.places.clear();
        }
    }
}

/// The country of an event placed no finer than its country: `Some(None)` for an event with
/// no place, `None` for one placed finer. A country outside the Who's On First set is a
/// curated region of the regional index; a region that is no country («شمال سوريا») is finer.
fn country_level(ctx: &Ctx<'_>, e: &Explained) -> Option<Option<String>> {
    use marsad_model::PlacePrecision as P;
    let Some(l) = &e.event.location else {
        return Some(None);
    };
    let a_country = l.precision == Some(P::Country)
        || l.precision == Some(P::Region)
            && ctx
                .geo
                .zip(l.gazetteer_id.as_deref())
                .is_some_and(|(g, id)| {
                    g.by_source_id(id)
                        .is_some_and(|c| g.place(c).kind == marsad_geo::PlaceKind::Country)
                });
    a_country.then(|| l.country.clone())
}

/// Sentence `sj` is the home (`homes`: each event's trigger sentence) of a kept event other
/// than event `k`.
fn held_by_other(homes: &[Option<usize>], want: &[bool], k: usize, sj: usize) -> bool {
    homes
        .iter()
        .enumerate()
        .any(|(j, h)| j != k && *h == Some(sj) && want.get(j).copied().unwrap_or(true))
}

/// The sentence of each event's trigger (see [`trigger_sentence`]).
fn home_sentences(ctx: &Ctx<'_>, sents: &[Sentence], out: &[Explained]) -> Vec<Option<usize>> {
    out.iter()
        .map(|e| trigger_sentence(ctx, sents, e).map(|(_, si)| si))
        .collect()
}

/// The trigger's first token (it may start inside a token, after a clitic) and the index of
/// its sentence.
fn trigger_sentence(ctx: &Ctx<'_>, sents: &[Sentence], e: &Explained) -> Option<(usize, usize)> {
    let ts = ctx
        .a
        .tokens
        .partition_point(|t| t.span.end <= e.event.trigger.span.start);
    let si = sents
        .iter()
        .position(|s| s.start <= ts && ts < s.end.max(s.start + 1))?;
    Some((ts, si))
}

/// One place of `data/gazetteer/records-places.tsv`.
struct RecordsPlace {
    /// The name's folded tokens.
    words: Vec<String>,
    name: &'static str,
    /// `records:` and the country and name in lower-case ASCII (`records:sy-jobar-damascus`):
    /// one id for a place however many rows spell it
    id: String,
    country: &'static str,
    precision: marsad_model::PlacePrecision,
    lat: f64,
    lon: f64,
}

/// The records' own places (`data/gazetteer/records-places.tsv`), longest names first.
fn records_places_list() -> &'static [RecordsPlace] {
    static S: std::sync::OnceLock<Vec<RecordsPlace>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let mut out: Vec<RecordsPlace> = include_str!("../../../data/gazetteer/records-places.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let c: Vec<&'static str> = l.split('\t').collect();
                let bad = |what: &str| -> ! {
                    panic!("data/gazetteer/records-places.tsv: «{l}»: {what}")
                };
                if c.len() < 6 {
                    bad("six columns at least: arabic, name, country, kind, lat, lon");
                }
                let precision = match c[3] {
                    "locality" | "neighbourhood" => marsad_model::PlacePrecision::PopulatedPlace,
                    "admin2" => marsad_model::PlacePrecision::Admin2,
                    "admin1" => marsad_model::PlacePrecision::Admin1,
                    _ => bad("the kind is locality, neighbourhood, admin2 or admin1"),
                };
                RecordsPlace {
                    words: marsad_text::fold(c[0])
                        .split_whitespace()
                        .map(str::to_string)
                        .collect(),
                    name: c[1],
                    id: {
                        let words: Vec<String> = c[1]
                            .split(|ch: char| !ch.is_ascii_alphanumeric())
                            .filter(|w| !w.is_empty())
                            .map(|w| w.to_ascii_lowercase())
                            .collect();
                        format!("records:{}-{}", c[2].to_ascii_lowercase(), words.join("-"))
                    },
                    country: c[2],
                    precision,
                    lat: c[4]
                        .parse()
                        .unwrap_or_else(|_| bad("the latitude is a number")),
                    lon: c[5]
                        .parse()
                        .unwrap_or_else(|_| bad("the longitude is a number")),
                }
            })
            .collect();
        out.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        out
    })
}

/// A place of the records' own list (`data/gazetteer/records-places.tsv`: names the press uses
/// that the regional index lacks, or knows only as another place: «التيفور» the T4 air base,
/// «جوبر» the Damascus district, not the village near Homs) named in the event's sentence. It
/// places the event when it names the words the event is placed at, or when the event is placed
/// no finer than a province, outside its sentence, or farther from the trigger (one after the
/// trigger counts nearer, as for the rules' place); the one nearest the trigger. The decisions
/// learned on the regional index alone and never see these places; the event then has no place
/// candidates to choose among.
fn records_places(ctx: &Ctx<'_>, sents: &[Sentence], e: &mut Explained) {
    use marsad_model::PlacePrecision as P;
    let list = records_places_list();
    if list.is_empty() {
        return;
    }
    let Some((ts, si)) = trigger_sentence(ctx, sents, e) else {
        return;
    };
    let s = &sents[si];
    // a token reads as the name's first word with at most a conjunction and a preposition
    // before it (و، ف، ب، ل)
    let reads = |k: usize, w: &str| {
        let t = ctx.norm(k);
        let mut rest = t;
        for _ in 0..2 {
            if rest == w {
                return true;
            }
            match rest.chars().next() {
                Some(c @ ('و' | 'ف' | 'ب' | 'ل')) => rest = &rest[c.len_utf8()..],
                _ => return false,
            }
        }
        rest == w
    };
    let mut found: Option<(usize, usize, &RecordsPlace)> = None;
    for k in s.start..s.end {
        for p in list {
            let n = p.words.len();
            if k + n > s.end
                || !reads(k, &p.words[0])
                || !(1..n).all(|j| ctx.norm(k + j) == p.words[j])
            {
                continue;
            }
            let d = |a: usize| a.abs_diff(ts);
            if found.is_none_or(|(a, _, _)| d(k) < d(a)) {
                found = Some((k, k + n, p));
            }
            break;
        }
    }
    let Some((a, b, p)) = found else { return };
    // the name without the clitics read off its first word
    let lead = ctx.norm(a).chars().count() - p.words[0].chars().count();
    let words = ctx.span(a, b, lead);
    let (start, end) = (words.start, words.end);
    let in_sentence = |l: &Location| (s.start..s.end).contains(&location_tokens(ctx, l).0);
    // a place of the sentence in another country, introduced as a place (في، ب، قرب…), holds
    // the event there («صواريخ على أهداف في سوريا … ردا على هجوم الأحواز»; not «اتهمت إسرائيل
    // بقصف مطار التيفور»)
    let g = ctx.geo;
    let other_country = || {
        ctx.places().iter().any(|(m, r)| {
            m.start >= s.start
                && m.end <= s.end
                && m.locative
                && !(m.start < b && a < m.end)
                && r.as_ref()
                    .zip(g)
                    .is_some_and(|(r, g)| g.place(r.place).country != p.country)
        })
    };
    let why = match &e.event.location {
        Some(l) if l.span.start < end && start < l.span.end => "the words the event was placed at",
        _ if other_country() => return,
        None => "the event had no place",
        Some(l) if !in_sentence(l) => "the event was placed outside its sentence",
        Some(l) if l.country.as_deref().is_some_and(|c| c != p.country) => return,
        Some(l) if matches!(l.precision, Some(P::Country | P::Region | P::Admin1) | None) => {
            "the event was placed no finer than a province"
        }
        Some(l) => {
            // both in the sentence: the nearer the trigger, one after it first
            let (la, lb) = location_tokens(ctx, l);
            let te = ctx
                .a
                .tokens
                .partition_point(|t| t.span.start < e.event.trigger.span.end);
            if token_distance(a, b, ts, te) >= token_distance(la, lb, ts, te) {
                return;
            }
            "nearer the trigger than the place the event had"
        }
    };
    let span = Span { start, end };
    e.event.location = Some(Location {
        text: ctx.slice(span).to_string(),
        span,
        name: Some(p.name.to_string()),
        country: Some(p.country.to_string()),
        admin1: None,
        lat: Some(p.lat),
        lon: Some(p.lon),
        precision: Some(p.precision),
        gazetteer_id: Some(p.id.clone()),
    });
    e.why.push(format!(
        "location «{}» → {}: a place of the records' own list, named in the event's sentence ({why})",
        ctx.slice(span),
        p.name
    ));
    e.places.clear();
}

/// A town outside the region for an event the regional index placed at a country or nowhere:
/// the world town of the event's sentence nearest its trigger (one after it first), in the
/// event's country when it has one. A country named outside the event's sentence yields to a
/// town of the sentence in any country the report names (by a country's name or a demonym):
/// «… في ألمانيا …» then «وأعلنت السلطات البلجيكية … في بروكسل» is at Brussels. The event then
/// has no place candidates to choose among.
fn world_town(ctx: &Ctx<'_>, sents: &[Sentence], e: &mut Explained) {
    let Some(w) = ctx.world else { return };
    let Some(country) = country_level(ctx, e) else {
        return;
    };
    let Some((ts, si)) = trigger_sentence(ctx, sents, e) else {
        return;
    };
    let te = ctx
        .a
        .tokens
        .partition_point(|t| t.span.start < e.event.trigger.span.end);
    // a country named outside the event's sentence does not hold a town of its own sentence
    // to itself
    let own = &sents[si];
    let country_elsewhere = e
        .event
        .location
        .as_ref()
        .is_some_and(|l| !(own.start..own.end).contains(&location_tokens(ctx, l).0));
    let named = |c: &str| {
        ctx.demonyms.iter().any(|(_, k)| *k == c)
            || ctx.geo.is_some_and(|g| {
                ctx.places().iter().any(|(_, r)| {
                    r.as_ref().is_some_and(|r| {
                        let p = g.place(r.place);
                        p.kind == marsad_geo::PlaceKind::Country && p.country == c
                    })
                })
            })
    };
    let in_country = |r: &&Resolution, s: &Sentence| {
        (country_elsewhere && std::ptr::eq(s, own) && named(&w.place(r.place).country))
            || country
                .as_deref()
                .is_none_or(|c| w.place(r.place).country == c)
    };
    let town_in = |s: &Sentence| {
        ctx.world_places()
            .iter()
            .filter(|p| p.0.start >= s.start && p.0.end <= s.end && !p.0.reference)
            .filter_map(|p| p.1.as_ref().map(|r| (p, r)))
            .filter(|(_, r)| in_country(r, s))
            .min_by_key(|(p, _)| place_distance(&p.0, ts, te))
    };
    // the event's sentence; for an event placed at its country, then the two sentences before
    // it and the report's first sentence, which name the scene the sentence goes on about
    // («تظاهر الآلاف في فيينا ...» then «... منظمو التظاهرة»)
    let mut best = town_in(&sents[si]).map(|b| (b, "in the event's sentence"));
    // (an event with no place at all too: «شهدت برشلونة صدامات …» then «اقتحم مئات
    // المتظاهرين …»; such a place is the report's, not its own, and does not merge it with
    // another event there)
    if best.is_none() {
        best = (si.saturating_sub(2)..si)
            .rev()
            .find_map(|k| town_in(&sents[k]))
            .map(|b| (b, "in a sentence just before the event's"));
        if best.is_none() && si > 0 {
            best = town_in(&sents[0]).map(|b| (b, "in the report's first sentence"));
        }
        e.place_from_report = best.is_some() && country.is_none();
    }
    let Some(((p, r), where_)) = best else { return };
    let loc = location_of(ctx, &p.0, Some(r), Some(w));
    e.why.push(format!(
        "location «{}» → {}: a town outside the region, {where_} ({})",
        loc.text,
        loc.name.as_deref().unwrap_or(""),
        match &e.event.location {
            Some(l) => format!("the regional index had only the country «{}»", l.text),
            None => "the regional index had no place".to_string(),
        }
    ));
    e.event.location = Some(loc);
    e.places.clear();
}

/// «… في مدينة كوي سنجق»: a town of the regional index that the event's sentence introduces with
/// a town word (مدينة، بلدة، قرية…) and that 10,000 people or more live in, left unplaced by the
/// resolution because the report names other countries but not the town's (where a small
/// place is more often a word than a place: «منطقة لكمة» in a report on Yemen), places an
/// event that had no place, one outside its sentence, or a country of its sentence not
/// introduced as a place («قصف إيراني …»). The nearest such town to the trigger. The decisions
/// saw the event as the candidates placed it.
fn named_town(ctx: &Ctx<'_>, sents: &[Sentence], e: &mut Explained) {
    use marsad_model::PlacePrecision as P;
    let Some(g) = ctx.geo else { return };
    let Some((ts, si)) = trigger_sentence(ctx, sents, e) else {
        return;
    };
    let s = &sents[si];
    let places = ctx.places();
    let why = match &e.event.location {
        None => "the event had no place",
        Some(l) => {
            let (la, lb) = location_tokens(ctx, l);
            if !(s.start..s.end).contains(&la) {
                "the event was placed outside its sentence"
            } else if l.precision == Some(P::Country)
                && !places
                    .iter()
                    .any(|(m, _)| m.start < lb && la < m.end && m.locative)
            {
                "the event was placed at a country its sentence does not introduce as a place"
            } else {
                return;
            }
        }
    };
    let te = ctx
        .a
        .tokens
        .partition_point(|t| t.span.start < e.event.trigger.span.end);
    let town = places
        .iter()
        .filter(|(m, r)| {
            r.is_none()
                && m.start >= s.start
                && m.end <= s.end
                && m.cue == Some(marsad_geo::Cue::Town)
                && !m.reference
                && !m.fuzzy
        })
        .filter_map(|(m, _)| {
            let c = m
                .candidates
                .iter()
                .copied()
                .filter(|&c| g.place(c).kind.is_point() && g.place(c).population >= 10_000)
                .max_by_key(|&c| g.place(c).population)?;
            Some((m, c))
        })
        .min_by_key(|(m, _)| place_distance(m, ts, te));
    let Some((m, c)) = town else { return };
    let r = Resolution {
        mention: 0,
        place: c,
        precision: P::PopulatedPlace,
        reason: String::new(),
    };
    let loc = location_of(ctx, m, Some(&r), Some(g));
    e.why.push(format!(
        "location «{}» → {}: a town its sentence names after a town word, {} people, in a country the report does not otherwise name ({why})",
        loc.text,
        loc.name.as_deref().unwrap_or(""),
        g.place(c).population
    ));
    e.event.location = Some(loc);
    e.places.clear();
}

/// «العاصمة الصومالية»: an event placed no finer than its country (or nowhere) whose own
/// sentence, or the report's first, places it in the capital by a demonym and no name is
/// placed at that country's capital (`data/gazetteer/capitals.tsv`). A name after the demonym
/// («العاصمة العراقية بغداد») is a place mention and has placed it already.
fn capital_named(ctx: &Ctx<'_>, sents: &[Sentence], e: &mut Explained) {
    use marsad_model::PlacePrecision as P;
    let Some(g) = ctx.geo else { return };
    let Some(country) = country_level(ctx, e) else {
        return;
    };
    let Some((ts, si)) = trigger_sentence(ctx, sents, e) else {
        return;
    };
    let capital_in = |s: &Sentence| {
        ctx.demonyms
            .iter()
            .filter(|(j, c)| {
                *j > s.start
                    && *j < s.end
                    && country.as_deref().is_none_or(|k| k == *c)
                    && is_capital_word(ctx.norm(j - 1))
            })
            .min_by_key(|(j, _)| j.abs_diff(ts))
            .copied()
    };
    let Some(((j, c), where_)) = capital_in(&sents[si])
        .map(|h| (h, "in the event's sentence"))
        .or_else(|| {
            (si > 0 && country.is_some())
                .then(|| capital_in(&sents[0]))
                .flatten()
                .map(|h| (h, "in the report's first sentence"))
        })
    else {
        return;
    };
    let Some(id) = marsad_geo::capital_id(c) else {
        return;
    };
    let Some((gz, place)) = g
        .by_source_id(id)
        .map(|p| (g, p))
        .or_else(|| ctx.world.and_then(|w| w.by_source_id(id).map(|p| (w, p))))
    else {
        return;
    };
    let p = gz.place(place);
    // the words «العاصمة الصومالية», without a clitic on the first
    let skip = ctx.norm(j - 1).chars().count() - "العاصمه".chars().count();
    let sp = ctx.span(j - 1, j + 1, skip);
    let loc = Location {
        text: ctx.slice(sp).to_string(),
        span: sp,
        name: Some(p.name.clone()),
        country: Some(p.country.clone()),
        admin1: p.admin1.clone(),
        lat: Some(p.lat),
        lon: Some(p.lon),
        precision: Some(P::PopulatedPlace),
        gazetteer_id: Some(p.id.clone()),
    };
    e.why.push(format!(
        "location «{}» → {}: the capital of the country its demonym names, {where_} ({})",
        loc.text,
        p.name,
        match &e.event.location {
            Some(l) => format!("the text names no finer place than «{}»", l.text),
            None => "the text names no other place".to_string(),
        }
    ));
    e.event.location = Some(loc);
    e.places.clear();
}

/// «العاصمة», «بالعاصمة», «والعاصمة» (folded).
fn is_capital_word(norm: &str) -> bool {
    norm.strip_suffix("العاصمه")
        .is_some_and(|pre| pre.is_empty() || matches!(pre, "ب" | "و" | "وب" | "ل" | "ف"))
}

/// The rules' events, then the candidates their guards stopped, less those that repeat a
/// rules event (its trigger, or its sentence and type).
fn with_stopped(mut evs: Vec<Explained>, all: Vec<Explained>) -> Vec<Explained> {
    let rules = evs.len();
    for e in all {
        if e.guards.is_empty() {
            continue;
        }
        let repeat = evs[..rules].iter().any(|r| {
            r.event.trigger.span == e.event.trigger.span
                || (r.event.sentence == e.event.sentence
                    && r.event.event_type == e.event.event_type)
        });
        if !repeat {
            evs.push(e);
        }
    }
    evs
}

/// A sentence with no event of its own that counts the dead or the wounded, right after an
/// event («وكتب أن ثلاثة من أفراد القوات قتلوا وأصيب عشرة بجروح»): its counts complete that
/// event where it has none.
fn toll_continues(ctx: &Ctx<'_>, s: &Sentence, out: &mut [Explained]) {
    if ctx.any(s.start, s.end, Cue::Cumulative).is_some()
        || ctx.any(s.start, s.end, Cue::Accident).is_some()
    {
        return;
    }
    let counts = sentence_counts(ctx, s);
    if counts.fatal.is_none() && counts.injured.is_none() {
        return;
    }
    // the event it continues: the last one, or for a count of a named group («ثلاثة من أفراد
    // القوات») the last one that counted another group
    let grouped = counts
        .fatal
        .as_ref()
        .is_some_and(|f| f.3.iter().any(|c| group_of(ctx, *c).is_some()));
    let at = out
        .iter()
        .rposition(|e| {
            grouped
                && e.event
                    .fatalities_evidence
                    .iter()
                    .any(|c| group_of(ctx, c.span).is_some())
        })
        .filter(|&i| i + 3 >= out.len())
        .or(out.len().checked_sub(1));
    let Some(e) = at.and_then(|i| out.get_mut(i)) else {
        return;
    };
    // a sentence with its own period (a year, a month, another day) counts something else
    if ctx
        .dates
        .iter()
        .any(|d| d.start >= s.start && d.end <= s.end && d.range != e.event.date.range)
    {
        return;
    }
    if !violent(&e.event.event_type) {
        return;
    }
    let ev = |c: &[Span]| ctx.count_evidence(c);
    if let (None, Some((v, lo, hi, sp))) = (e.event.fatalities, &counts.fatal) {
        e.event.fatalities = Some(*v);
        e.event.fatalities_low = *lo;
        e.event.fatalities_high = *hi;
        e.event.fatalities_evidence = ev(sp);
        e.why.push(format!("fatalities {v}: a count in a sentence that follows the event's and names no event of its own"));
    }
    // the other side's dead: «مقتل 38 من مقاتلي التنظيم» then «ثلاثة من أفراد القوات قتلوا»
    if let (Some(n), Some((v, _, _, sp))) = (e.event.fatalities, &counts.fatal) {
        let before = e
            .event
            .fatalities_evidence
            .iter()
            .filter_map(|c| group_of(ctx, c.span))
            .collect::<Vec<_>>();
        let now = sp
            .iter()
            .filter_map(|c| group_of(ctx, *c))
            .collect::<Vec<_>>();
        if *v != n
            && !before.is_empty()
            && !now.is_empty()
            && now.iter().all(|g| !before.contains(g))
        {
            e.event.fatalities = Some(n + v);
            e.event.fatalities_low = None;
            e.event.fatalities_high = None;
            e.event.fatalities_evidence.extend(ev(sp));
            e.why.push(format!(
                "fatalities {}: {n} and {v} of another side, counted in a following sentence",
                n + v
            ));
        }
    }
    if let (None, Some((v, _, _, sp))) = (e.event.injured, &counts.injured) {
        e.event.injured = Some(*v);
        e.event.injured_evidence = ev(sp);
        e.why.push(format!("injured {v}: a count in a sentence that follows the event's and names no event of its own"));
    }
}

/// The group a count names after «من»: «38 من مقاتلي التنظيم» → (مقاتلي, التنظيم).
fn group_of(ctx: &Ctx<'_>, sp: Span) -> Option<(String, String)> {
    let nm = ctx
        .nums
        .iter()
        .find(|x| ctx.span(x.start, x.end, x.skip) == sp)?;
    if ctx.norm(nm.end) != "من" {
        return None;
    }
    Some((
        ctx.norm(nm.end + 1).to_string(),
        ctx.norm(nm.end + 2).to_string(),
    ))
}

/// The first date mention in the first three sentences: the report's own "today".
fn lead_date<'c>(ctx: &'c Ctx<'_>, sents: &[Sentence]) -> Option<&'c DateMention> {
    let limit = sents.get(3).map(|s| s.start).unwrap_or(usize::MAX);
    ctx.dates
        .iter()
        .find(|d| d.start < limit && d.range.precision == DatePrecision::Day)
}

#[allow(clippy::too_many_arguments)]
fn sentence_events(
    ctx: &Ctx<'_>,
    sents: &[Sentence],
    si: usize,
    s: &Sentence,
    lead: Option<&DateMention>,
    published: NaiveDate,
    geo: Option<&Gazetteer>,
    out: &mut Vec<Explained>,
) {
    let trigs: Vec<&Match> = ctx
        .trig
        .iter()
        .filter(|m| m.start >= s.start && m.start < s.end)
        .collect();
    if trigs.is_empty() {
        return;
    }
    let lx = ctx.lx;
    let tr = |m: &Match| -> &Trigger { lx.triggers.value(m.value) };
    let cumulative = ctx.any(s.start, s.end, Cue::Cumulative).is_some();
    let day_in_sentence = ctx
        .dates
        .iter()
        .any(|d| d.start >= s.start && d.end <= s.end && d.range.precision == DatePrecision::Day);
    // a condemnation names an event told elsewhere, unless it dates it to a day itself
    let condemn = ctx
        .any(s.start, s.end, Cue::Condemn)
        .filter(|_| !day_in_sentence);
    let sports_sentence = ctx.any(s.start, s.end, Cue::Sports).is_some();
    let armed_in_sentence = ctx
        .actors
        .iter()
        .any(|h| h.start >= s.start && h.end <= s.end && h.armed);
    let any_actor = ctx
        .actors
        .iter()
        .any(|h| h.start >= s.start && h.end <= s.end);
    let weapon = [Cue::Air, Cue::Shelling, Cue::Suicide, Cue::Ied]
        .iter()
        .any(|&c| ctx.any(s.start, s.end, c).is_some());
    let terror = ctx.any(s.start, s.end, Cue::Terror).is_some();
    let accident = ctx.any(s.start, s.end, Cue::Accident).is_some();
    let judicial = ctx.any(s.start, s.end, Cue::Judicial).is_some();
    let counts = sentence_counts(ctx, s);
    let has_toll = counts.fatal.is_some() || counts.injured.is_some();
    let casualty_word = trigs
        .iter()
        .any(|m| matches!(tr(m).class, TriggerClass::Casualty | TriggerClass::Injury));

    // which triggers survive the guards
    let mut kept: Vec<(&Match, Vec<String>, Vec<&'static str>)> = Vec::new();
    for m in &trigs {
        let t = tr(m);
        let mut why = Vec::new();
        let mut guards: Vec<&'static str> = Vec::new();
        macro_rules! veto {
            ($name:expr) => {
                guard!(ctx, guards, $name)
            };
        }
        if t.class == TriggerClass::Injury {
            continue;
        }
        let (ca, _) = s.clause_of(m.start);
        // negation or modality just before the trigger in its clause
        let lo = m.start.saturating_sub(6).max(ca);
        if ctx.any(lo, m.start, Cue::Negation).is_some() {
            veto!("negation");
        }
        // bombs found, seized or defused, attacks foiled: no explosion, no attack
        if matches!(t.event_type, "explosions_remote_violence" | "battles")
            && ctx.any(lo, m.start, Cue::Foiled).is_some()
        {
            veto!("foiled");
        }
        // a missile or rocket tested, paraded, bought or sent to space is not fired at anyone:
        // «اختبار صاروخ باليستي»، «صاروخ أطلس إلى المريخ»
        if t.event_type == "explosions_remote_violence"
            && !has_toll
            && ctx
                .any(
                    m.start.saturating_sub(6).max(s.start),
                    (m.end + 6).min(s.end),
                    Cue::WeaponTalk,
                )
                .is_some()
        {
            veto!("weapon_talk");
        }
        // a denial reaches over its whole complement: نفت الوزارة أن تكون طائراتها قد قصفت
        if ctx
            .any(
                m.start.saturating_sub(15).max(s.start),
                m.start,
                Cue::Denial,
            )
            .is_some()
        {
            veto!("denial");
        }
        if ctx
            .any(ca.max(m.start.saturating_sub(8)), m.start, Cue::Modal)
            .is_some()
        {
            veto!("modal");
        }
        // قد before an imperfect verb is "may" (قد يؤدي); before a past verb it is "already"
        let imperfect = |i: usize| {
            let w = ctx.norm(i);
            w.starts_with(['ي', 'ن']) || (w.starts_with('ت') && i != m.start && !w.ends_with("وا"))
        };
        if (ca.max(m.start.saturating_sub(8))..m.start)
            .any(|i| ctx.norm(i) == "قد" && imperfect(i + 1))
        {
            veto!("may");
        }
        // calls, demands, threats and wishes: «دعا إلى وقف إطلاق النار»; protesters' demands
        // are how protests are reported, so they do not stop one
        if let Some(c) = ctx.any(ca.max(m.start.saturating_sub(8)), m.start, Cue::Call) {
            // ...except a call *to* a protest (دعت حماس إلى «يوم غضب») is a plan too
            if !matches!(t.event_type, "protests" | "riots")
                || ctx.any(c + 1, m.start, Cue::Towards).is_some()
            {
                veto!("call");
            }
        }
        if ctx.sports && (sports_sentence || t.class != TriggerClass::Event) {
            veto!("sports_article");
        }
        if sports_sentence && t.class != TriggerClass::Event {
            veto!("sports_sentence");
        }
        // «الهجمات»، «القتال»، «القتلى» with no day and no toll of their own: talk about
        // violence in general, or a look back at an event told elsewhere
        let definite = {
            let w = ctx.norm(m.start);
            let from = w.char_indices().nth(m.skip).map_or(w.len(), |(b, _)| b);
            let clitic = &w[..from];
            w[from..].starts_with("ال") || clitic.ends_with("ال") || clitic.ends_with("لل")
        };
        if definite
            && si > 0
            && !has_toll
            && !day_in_sentence
            && !matches!(t.event_type, "protests" | "riots")
        {
            veto!("definite_general");
        }
        match t.class {
            TriggerClass::Event => {
                if t.event_type == "strategic_developments"
                    && !((terror || armed_in_sentence) && day_in_sentence)
                {
                    veto!("strategic_unsupported");
                }
                if condemn.is_some_and(|c| c < m.start) && !has_toll && t.event_type != "protests" {
                    veto!("condemned");
                }
                if judicial && !has_toll && !matches!(t.event_type, "protests" | "riots") {
                    veto!("judicial");
                }
                why.push("a word that names an event on its own".into());
            }
            TriggerClass::Weak => {
                if condemn.is_some_and(|c| c < m.start) && !has_toll {
                    veto!("weak_condemned");
                }
                if t.event_type == "strategic_developments"
                    && !((terror || armed_in_sentence) && day_in_sentence)
                {
                    veto!("weak_strategic_unsupported");
                }
                if t.event_type == "protests" || t.event_type == "riots" {
                    // a march or a gathering needs a protest word or protesters nearby
                    if !ctx.actors.iter().any(|h| {
                        h.start >= s.start
                            && h.end <= s.end
                            && matches!(
                                h.actor.category,
                                Some(ActorCategory::Protesters) | Some(ActorCategory::Rioters)
                            )
                    }) {
                        veto!("weak_protest_without_protesters");
                    }
                } else if !(has_toll || armed_in_sentence || weapon || casualty_word) {
                    veto!("weak_unsupported");
                }
                if cumulative && !weapon && !armed_in_sentence {
                    veto!("weak_cumulative");
                }
                if (judicial && !has_toll && !matches!(t.event_type, "protests" | "riots"))
                    || accident
                {
                    veto!("weak_judicial_or_accident");
                }
                why.push("a word that names an event when the sentence supports it (an actor, a toll or a weapon)".into());
            }
            TriggerClass::Casualty => {
                if cumulative || accident || (judicial && !has_toll) {
                    veto!("casualty_cumulative_accident_judicial");
                }
                // condolences and condemnations name the dead of an event told elsewhere
                if condemn.is_some() && !has_toll {
                    veto!("casualty_condemned");
                }
                if !(armed_in_sentence
                    || weapon
                    || terror
                    || ctx.any(s.start, s.end, Cue::Clash).is_some())
                {
                    veto!("casualty_no_armed_context");
                }
                if !(has_toll || armed_in_sentence) {
                    veto!("casualty_no_toll_or_actor");
                }
                why.push("a killing, in a sentence with an armed actor or a weapon".into());
            }
            TriggerClass::Injury => unreachable!(),
        }
        kept.push((m, why, guards));
    }
    if kept.is_empty() {
        return;
    }
    // a sentence with a proper event word: killings in it are its toll, not events of their own
    let has_event_word = kept
        .iter()
        .any(|(m, _, g)| g.is_empty() && tr(m).class != TriggerClass::Casualty);
    if has_event_word {
        kept.retain(|(m, _, g)| {
            tr(m).class != TriggerClass::Casualty || (ctx.permissive.get() && !g.is_empty())
        });
    }
    // an attack word beside a word that names a violent event is that event again (beside:
    // within ten words; farther, in another clause, it may be another event)
    let named: Vec<usize> = kept
        .iter()
        .filter(|(m, _, g)| {
            g.is_empty() && tr(m).class == TriggerClass::Event && violent(tr(m).event_type)
        })
        // («… خلال هجوم … بعد قصف»: the event after بعد is another, earlier one)
        .filter(|(m, _, _)| !(m.start > s.start && ctx.has(m.start - 1, Cue::After)))
        .map(|(m, _, _)| m.start)
        .collect();
    if !named.is_empty() {
        kept.retain(|(m, _, _)| {
            tr(m).class != TriggerClass::Weak
                || matches!(
                    tr(m).event_type,
                    "protests" | "riots" | "strategic_developments"
                )
                || !named
                    .iter()
                    .any(|&n| n.abs_diff(m.start) <= 10 || s.clause_of(n) == s.clause_of(m.start))
        });
    }
    let mut typed: Vec<(
        &Match,
        Vec<String>,
        &str,
        &str,
        Option<String>,
        Vec<&'static str>,
    )> = kept
        .into_iter()
        .map(|(m, why, guards)| {
            let t = tr(m);
            let (et, mut st, mut reason) = refine(ctx, s, m, t);
            if et == "explosions_remote_violence"
                && st == "remote_explosive_landmine_ied"
                && ctx.suicide_in_article
                && ctx.any(s.start, s.end, Cue::Ied).is_none()
            {
                st = "suicide_bomb";
                reason = Some(
                    "sub-type suicide_bomb: a bombing, and the report names a suicide attacker"
                        .into(),
                );
            }
            (m, why, et, st, reason, guards)
        })
        .collect();
    // several general attack words in one sentence (هجوم، اعتداء، استهدف) tell one event: keep
    // the one the sentence types most precisely
    let rank = |et: &str| match et {
        "explosions_remote_violence" => 3,
        "violence_against_civilians" => 2,
        "battles" => 1,
        _ => 0,
    };
    let general = |m: &Match, et: &str| tr(m).class != TriggerClass::Event && rank(et) > 0;
    if typed.iter().filter(|x| general(x.0, x.2)).count() > 1 {
        let best = typed
            .iter()
            .filter(|x| general(x.0, x.2))
            .map(|x| rank(x.2))
            .max()
            .unwrap_or(0);
        let mut taken = false;
        typed.retain(|x| {
            if !general(x.0, x.2) {
                return true;
            }
            let keep = rank(x.2) == best && !taken;
            taken |= keep;
            keep
        });
    }
    // several kinds of violence in one sentence («قصف الطيران …، أما في تعز فقد قتل 11 …
    // نتيجة مواجهات»): each takes the counts of its own stretch, from its clause to the next
    // trigger's clause
    let violent_starts: Vec<usize> = {
        let mut v: Vec<usize> = typed
            .iter()
            .filter(|x| violent(x.2))
            .map(|x| x.0.start)
            .collect();
        v.sort_unstable();
        v
    };
    let kinds = {
        let mut k: Vec<&str> = typed.iter().filter(|x| violent(x.2)).map(|x| x.2).collect();
        k.sort_unstable();
        k.dedup();
        k.len()
    };
    let stretch_counts = |m: &Match| -> Option<Counts> {
        if kinds < 2 {
            return None;
        }
        let part = stretch(ctx, s, &violent_starts, m.start, false)?;
        Some(sentence_counts(ctx, &part))
    };
    // one event per type in a sentence: keep the first trigger of each (type, sub-type),
    // unless its own clause names another place («وفي بغداد خرج المئات…» after Basra's march)
    let mut seen: Vec<(&str, &str, Option<usize>)> = Vec::new();
    for (m, mut why, et, st, reason, mut guards) in typed {
        macro_rules! veto {
            ($name:expr) => {
                guard!(ctx, guards, $name)
            };
        }
        let t = tr(m);
        let (ca, cb) = s.clause_of(m.start);
        let clause_place = ctx
            .places()
            .iter()
            .position(|p| p.0.start >= ca && p.0.end <= cb && p.1.is_some());
        if seen.iter().any(|x| {
            x.0 == et
                && x.1 == st
                && (clause_place.is_none() || x.2.is_none() || x.2 == clause_place)
        }) {
            continue;
        }
        seen.push((et, st, clause_place));
        let trig_span = ctx.span(m.start, m.end, m.skip);
        why.insert(
            0,
            format!(
                "trigger «{}»: {}/{} ({:?} word)",
                ctx.slice(trig_span),
                t.event_type,
                t.sub_event_type,
                t.class
            ),
        );
        if let Some(r) = reason {
            why.push(r);
        }
        // date
        let date = choose_date(ctx, s, m, lead, published, &mut why);
        // a date after publication is a plan or an announcement, not something that happened
        if date.range.start > published + chrono::Duration::days(1) {
            veto!("planned");
        }
        // background: an explicit date long before publication, or "كان ... قد" without a recent date
        if (published - date.range.end).num_days() > 45
            && date.range.precision != DatePrecision::Day
            || (published - date.range.end).num_days() > 400
        {
            veto!("background_old");
        }
        if date.span.is_none() || date.range.start == published {
            let (ca, _) = s.clause_of(m.start);
            let lo = ca.max(m.start.saturating_sub(10)).max(s.start);
            if ctx.any(lo, m.start, Cue::Pluperfect).is_some()
                && (lo..m.start).any(|i| ctx.norm(i) == "قد")
            {
                veto!("pluperfect");
            }
        } else if let Some(d) = ctx.dates.iter().find(|d| {
            d.start >= s.start
                && d.end <= m.start
                && Some(ctx.span(d.start, d.end, d.skip)) == date.span
        }) {
            // «سلمت أمس أرملة … كانت قد سجنت بعد غارة»: a كان…قد between the date and the
            // trigger puts the trigger before that date, in the background
            if let Some(k) = ctx.any(d.end, m.start, Cue::Pluperfect) {
                if (k + 1..m.start.min(k + 4)).any(|i| ctx.norm(i) == "قد") {
                    veto!("pluperfect_after_date");
                }
            }
        }
        // a look back: في السابق، من قبل، الذكرى السنوية (protests on an anniversary are events)
        if date
            .span
            .is_none_or(|sp| sp.start < ctx.span(s.start, s.end, 0).start)
            && !matches!(et, "protests" | "riots")
            && ctx.any(s.start, s.end, Cue::Past).is_some()
        {
            veto!("look_back");
        }
        // actors
        let (h1, h2) = choose_actors(ctx, s, m, et, &mut why);
        // claim
        let claimed_by = choose_claim(ctx, s, m);
        // location
        let (location, place_src) = choose_location(
            ctx,
            sents,
            si,
            m,
            claimed_by.as_ref().map(|c| c.span),
            geo,
            &mut why,
        );
        let place_country = location.as_ref().and_then(|l| l.country.as_deref());
        let actor1 = h1.map(|h| actor_at(ctx, h, place_country, &mut why));
        let actor2 = h2.map(|h| actor_at(ctx, h, place_country, &mut why));
        if let Some(c) = &claimed_by {
            why.push(format!(
                "claimed by «{}»: the speaker of a reporting verb in the sentence",
                c.text
            ));
        }
        let mut ev = Event {
            event_type: et.to_string(),
            sub_event_type: st.to_string(),
            date,
            actor1,
            actor2,
            location,
            fatalities: None,
            fatalities_low: None,
            fatalities_high: None,
            fatalities_evidence: Vec::new(),
            injured: None,
            injured_evidence: Vec::new(),
            claimed_by,
            trigger: ctx.ev(trig_span),
            sentence: Some(ctx.span(s.start, s.end, 0)),
            confidence: None,
        };
        let own = stretch_counts(m);
        let counts = own.as_ref().unwrap_or(&counts);
        // (a toll before «بعد» + the trigger is its toll too: «قتل جندي بعد انفجار عبوة»; in
        // «مقتل 38 … خلال هجوم … بعد قصف» the two events merge and keep the larger toll)
        if et != "strategic_developments" {
            if let Some((v, lo, hi, ev_s)) = &counts.fatal {
                ev.fatalities = Some(*v);
                ev.fatalities_low = *lo;
                ev.fatalities_high = *hi;
                ev.fatalities_evidence = ctx.count_evidence(ev_s);
                why.push(format!(
                    "fatalities {v}: numbers next to killing words in the sentence"
                ));
            }
            if let Some((v, _, _, ev_s)) = &counts.injured {
                ev.injured = Some(*v);
                ev.injured_evidence = ctx.count_evidence(ev_s);
                why.push(format!(
                    "injured {v}: numbers next to wounding words in the sentence"
                ));
            }
        }
        let place_in_sentence = || {
            ctx.places_in(s.start, s.end)
                .iter()
                .any(|p| p.0.start >= s.start && p.0.end <= s.end && p.1.is_some())
        };
        let date_in_sentence = ev
            .date
            .span
            .is_some_and(|sp| sp.start >= ctx.span(s.start, s.end, 0).start);
        // a list of places («تعرضت بلدات نوى وطفس وداعل لغارات») anchors a mention as a day or
        // a toll does: it is not the report's earlier event told again, it names where
        let list_anchored = !(has_toll || date_in_sentence)
            && violent(et)
            && !listed_places(ctx, s, None, geo).is_empty();
        let anchored = has_toll || date_in_sentence || list_anchored;
        if !anchored && t.class == TriggerClass::Weak && !any_actor && !place_in_sentence() {
            veto!("weak_unanchored");
        }
        out.push(Explained {
            event: ev,
            why,
            anchored,
            list_anchored,
            weak: t.class != TriggerClass::Event,
            guards,
            places: Vec::new(),
            listed: Vec::new(),
            place_src,
            replaced_tolls: Vec::new(),
            actors: Vec::new(),
            actor_src: Some((si, *m)),
            place_from_report: false,
        });
    }
}

/// Decide the sub-type (and sometimes the type) from the sentence's cues.
fn refine(
    ctx: &Ctx<'_>,
    s: &Sentence,
    m: &Match,
    t: &Trigger,
) -> (&'static str, &'static str, Option<String>) {
    // weapon cues near the trigger when the sentence names another explosion far from it:
    // its weapon types that event, not this one (victims and fighting are read sentence-wide)
    let near = (
        m.start.saturating_sub(12).max(s.start),
        (m.end + 12).min(s.end),
    );
    let first = ctx.trig.partition_point(|o| o.start < s.start);
    let other_far = ctx.trig[first..]
        .iter()
        .take_while(|o| o.start < s.end)
        .any(|o| {
            let ot = ctx.lx.triggers.value(o.value);
            (o.start < near.0 || o.start >= near.1)
                && ot.class == TriggerClass::Event
                && ot.event_type == "explosions_remote_violence"
        });
    let has = |c: Cue| {
        let weapon = matches!(c, Cue::Air | Cue::Shelling | Cue::Suicide | Cue::Ied);
        let (lo, hi) = if other_far && weapon {
            near
        } else {
            (s.start, s.end)
        };
        ctx.any(lo, hi, c)
    };
    let cue_word = |i: usize| ctx.norm(i).to_string();
    let civil = has(Cue::Civilian);
    let armed_victim = ctx
        .actors
        .iter()
        .any(|h| h.start > m.start && h.end <= s.end && h.armed);
    let ere = "explosions_remote_violence";
    // clashes of protesters («اشتباكات بين المتظاهرين وقوات الأمن»): a violent demonstration
    // (a clash word that names an event on its own; the weak «مواجهات» stays a clash)
    if t.event_type == "battles"
        && t.sub_event_type == "armed_clash"
        && t.class == TriggerClass::Event
    {
        if let Some(i) = protester(ctx, s) {
            return (
                "riots",
                "violent_demonstration",
                Some(format!(
                    "clashes with protesters: «{}» in the sentence",
                    cue_word(i)
                )),
            );
        }
    }
    match (t.event_type, t.class) {
        ("battles", TriggerClass::Casualty) | ("battles", TriggerClass::Weak)
            if t.sub_event_type == "armed_clash" =>
        {
            if let Some(i) = has(Cue::Suicide) {
                return (
                    ere,
                    "suicide_bomb",
                    Some(format!(
                        "sub-type suicide_bomb: «{}» in the sentence",
                        cue_word(i)
                    )),
                );
            }
            if let Some(i) = has(Cue::Ied) {
                return (
                    ere,
                    "remote_explosive_landmine_ied",
                    Some(format!("sub-type IED: «{}» in the sentence", cue_word(i))),
                );
            }
            if let Some(i) = has(Cue::Air) {
                return (
                    ere,
                    "air_drone_strike",
                    Some(format!(
                        "sub-type air strike: «{}» in the sentence",
                        cue_word(i)
                    )),
                );
            }
            if let Some(i) = has(Cue::Shelling) {
                if has(Cue::Clash).is_none() {
                    return (
                        ere,
                        "shelling_artillery_missile_attack",
                        Some(format!(
                            "sub-type shelling: «{}» in the sentence",
                            cue_word(i)
                        )),
                    );
                }
            }
            if civil.is_some() && !armed_victim && has(Cue::Clash).is_none_or(|i| i == m.start) {
                return (
                    "violence_against_civilians",
                    "attack",
                    Some("civilian victims, no armed opponent: violence against civilians".into()),
                );
            }
            ("battles", "armed_clash", None)
        }
        (e, _) if e == ere && t.sub_event_type != "suicide_bomb" => {
            if let Some(i) = has(Cue::Suicide) {
                if t.sub_event_type == "remote_explosive_landmine_ied" {
                    return (
                        ere,
                        "suicide_bomb",
                        Some(format!(
                            "sub-type suicide_bomb: «{}» in the sentence",
                            cue_word(i)
                        )),
                    );
                }
            }
            if t.sub_event_type == "shelling_artillery_missile_attack" {
                if let Some(i) = has(Cue::Air) {
                    if has(Cue::Shelling).is_none() || ctx.norm(m.start).contains("قصف") {
                        return (
                            ere,
                            "air_drone_strike",
                            Some(format!(
                                "sub-type air strike: «{}» in the sentence",
                                cue_word(i)
                            )),
                        );
                    }
                }
                if t.class == TriggerClass::Weak && has(Cue::Shelling).is_none() {
                    if let Some(i) = has(Cue::Ied) {
                        return (
                            ere,
                            "remote_explosive_landmine_ied",
                            Some(format!("sub-type IED: «{}» in the sentence", cue_word(i))),
                        );
                    }
                    if civil.is_some() && !armed_victim {
                        return ("violence_against_civilians", "attack", Some("an attack on civilians without a weapon named: violence against civilians".into()));
                    }
                    return (
                        "battles",
                        "armed_clash",
                        Some("a strike without a weapon named: armed clash".into()),
                    );
                }
            }
            (t.event_type, t.sub_event_type, None)
        }
        ("protests", _) => match protesters_violent(ctx, s) {
            Some(i) => (
                "riots",
                "violent_demonstration",
                Some(format!(
                    "violent demonstration: the protesters «{}» in the sentence",
                    cue_word(i)
                )),
            ),
            None => (t.event_type, t.sub_event_type, None),
        },
        ("violence_against_civilians", _) if t.sub_event_type == "attack" => {
            if civil.is_none() && armed_victim {
                return (
                    "battles",
                    "armed_clash",
                    Some("the victims are armed: armed clash".into()),
                );
            }
            (t.event_type, t.sub_event_type, None)
        }
        _ => (t.event_type, t.sub_event_type, None),
    }
}

/// The first word of the sentence that names protesters («المتظاهرين»، «محتجون»; not «محتجزين»,
/// the detained), in any of its clitic readings.
fn protester(ctx: &Ctx<'_>, s: &Sentence) -> Option<usize> {
    (s.start..s.end.min(ctx.a.tokens.len())).find(|&i| {
        ctx.rds.get(i).iter().any(|r| {
            r.stem.starts_with("متظاهر")
                || (r.stem.starts_with("محتج") && !r.stem.starts_with("محتجز"))
        })
    })
}

/// «أحرق متظاهرون مقر الحزب»، «اقتحم عشرات المحتجين القنصلية»، «متظاهرين حاولوا اقتحام مبنى
/// المحافظة»، «رشقوا بالحجارة»: demonstrators who burn, storm, attack or throw stones make
/// the demonstration violent (riots), as the coding standard types it. The token of the violent
/// word, where a protester word stands within four words of it with no security force between
/// (not «اقتحمت قوات الأمن ساحة اعتصام المحتجين»), and not a protester setting fire to
/// himself («أضرم النار في نفسه»).
fn protesters_violent(ctx: &Ctx<'_>, s: &Sentence) -> Option<usize> {
    let bare = |i: usize| -> &str {
        let w = ctx.norm(i);
        let w = w
            .strip_prefix('و')
            .or_else(|| w.strip_prefix('ف'))
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(w);
        w
    };
    let violent = |i: usize| {
        let w = bare(i);
        [
            "احرق",
            "اضرم",
            "اقتحم",
            "يقتحم",
            "هاجم",
            "رشق",
            "حطم",
            "اعتدو",
        ]
        .iter()
        .any(|p| w.starts_with(p))
            || matches!(
                w,
                "حرق"
                    | "احراق"
                    | "اقتحام"
                    | "تحطيم"
                    | "تخريب"
                    | "الحجاره"
                    | "بالحجاره"
                    | "حجاره"
            )
    };
    let protester = |i: usize| {
        let w = bare(i);
        let w = w
            .strip_prefix('ب')
            .or_else(|| w.strip_prefix('ل'))
            .unwrap_or(w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        w.starts_with("متظاهر") || w.starts_with("محتج") || w.starts_with("مشاغب")
    };
    let security = |i: usize| {
        let w = bare(i);
        let w = w.strip_prefix("ال").unwrap_or(w);
        matches!(w, "قوات" | "شرطه" | "امن" | "جيش" | "امنيه")
    };
    let oneself = |i: usize| {
        (i + 1..(i + 5).min(s.end)).any(|k| matches!(bare(k), "نفسه" | "نفسها" | "انفسهم"))
    };
    (s.start..s.end).find(|&i| {
        if !violent(i) || oneself(i) {
            return false;
        }
        let lo = i.saturating_sub(4).max(s.start);
        let hi = (i + 5).min(s.end);
        (lo..hi).filter(|&k| k != i).any(|k| {
            protester(k) && {
                let (a, b) = if k < i { (k + 1, i) } else { (i + 1, k) };
                !(a..b).any(security)
            }
        })
    })
}

fn choose_date(
    ctx: &Ctx<'_>,
    s: &Sentence,
    m: &Match,
    lead: Option<&DateMention>,
    published: NaiveDate,
    why: &mut Vec<String>,
) -> EventDate {
    let in_s = ctx
        .dates
        .iter()
        .filter(|d| d.start >= s.start && d.end <= s.end)
        .min_by_key(|d| {
            if d.start >= m.end {
                d.start - m.end
            } else {
                m.start - d.end.min(m.start)
            }
        });
    let pick = |d: &DateMention, why: &mut Vec<String>, rule: &str| {
        let sp = ctx.span(d.start, d.end, d.skip);
        why.push(format!(
            "date {}: «{}» {rule}",
            d.range.start,
            ctx.slice(sp)
        ));
        ctx.event_date(d.range, Some(sp))
    };
    if let Some(d) = in_s {
        return pick(d, why, "in the same sentence");
    }
    if let Some(d) = lead {
        return pick(d, why, "in the report's lead");
    }
    why.push(format!(
        "date {published}: the publication date (no date in the text)"
    ));
    ctx.event_date(marsad_model::DateRange::day(published), None)
}

fn choose_actors<'c>(
    ctx: &'c Ctx<'_>,
    s: &Sentence,
    m: &Match,
    et: &str,
    why: &mut Vec<String>,
) -> (Option<&'c ActorHit>, Option<&'c ActorHit>) {
    let hits: Vec<&ActorHit> = ctx
        .actors
        .iter()
        .filter(|h| h.start >= s.start && h.end <= s.end)
        .collect();
    if hits.is_empty() {
        return (None, None);
    }
    // victim: an actor after the trigger introduced by a victim marker, or any actor after a killing word
    let is_victim = |h: &ActorHit| -> bool {
        if h.start < m.start {
            return false;
        }
        let lo = h.start.saturating_sub(3).max(m.end);
        (lo..h.start).any(|i| ctx.has(i, Cue::VictimMarker) || ctx.has(i, Cue::Person))
    };
    let mut a1: Option<&ActorHit> = None;
    let mut a2: Option<&ActorHit> = None;
    for h in &hits {
        if is_victim(h) || (h.start >= m.end && a1.is_some() && a2.is_none()) {
            if a2.is_none() {
                a2 = Some(h);
            }
        } else if a1.is_none() {
            a1 = Some(h);
        } else if a2.is_none() && h.actor.canonical != a1.unwrap().actor.canonical {
            a2 = Some(h);
        }
    }
    if let (Some(x), Some(y)) = (a1, a2) {
        if x.actor.canonical == y.actor.canonical {
            a2 = None;
        }
    }
    // civilians are the side acted on in violence, never the actor
    if et != "protests"
        && et != "riots"
        && a1.is_some_and(|x| x.actor.category == Some(ActorCategory::Civilians))
    {
        std::mem::swap(&mut a1, &mut a2);
    }
    // protests: the protesters act
    if et == "protests" || et == "riots" {
        if let Some(p) = hits.iter().find(|h| {
            matches!(
                h.actor.category,
                Some(ActorCategory::Protesters) | Some(ActorCategory::Rioters)
            )
        }) {
            if a1.map(|x| x.start) != Some(p.start) {
                a2 = a1.or(a2);
                a1 = Some(p);
            }
        }
    }
    if let Some(x) = a1 {
        why.push(format!(
            "actor1 «{}» → {}: the acting side named in the sentence",
            x.actor.text, x.actor.canonical
        ));
    }
    if let Some(y) = a2 {
        why.push(format!(
            "actor2 «{}» → {}: the side acted on (after the trigger or a victim word)",
            y.actor.text, y.actor.canonical
        ));
    }
    (a1, a2)
}

/// The actor of a hit; a generic agent whose country the text does not give takes the
/// country of the event's place (قوات الأمن in an event at Abha: Saudi police).
fn actor_at(
    ctx: &Ctx<'_>,
    h: &ActorHit,
    place_country: Option<&str>,
    why: &mut Vec<String>,
) -> Actor {
    let mut a = h.actor.clone();
    if let (Some(t), Some(pc)) = (&h.template, place_country) {
        if a.country.as_deref() != Some(pc) {
            if let Some(c) = ctx.lx.country_table.iter().find(|c| c.iso2 == pc) {
                a.canonical = t.replace("{country}", &c.english);
                a.country = Some(c.iso2.clone());
                why.push(format!(
                    "«{}» → {}: the country of the event's place",
                    a.text, a.canonical
                ));
            }
        }
    }
    a
}

/// Where a candidate mention (a place, an actor) stands to its event's trigger, a feature of the
/// place and actor decisions: in the trigger's clause, its sentence (`si`), the two before, the
/// next, the lead, earlier or later; `sent` is the mention's sentence.
fn where_to_trigger(in_clause: bool, sent: usize, si: usize) -> &'static str {
    if in_clause {
        "clause"
    } else if sent == si {
        "sentence"
    } else if sent + 1 == si || sent + 2 == si {
        "before"
    } else if sent == si + 1 {
        "next"
    } else if sent == 0 {
        "lead"
    } else if sent < si {
        "earlier"
    } else {
        "later"
    }
}

/// Every actor of the article as a candidate for a side of event `e` (trigger `m` in sentence
/// `si`): one per actor (its mention nearest the trigger), at most 16, each with its features.
/// Generic agents take the country of the event's place, as the rules' actors do.
fn actor_cands(
    ctx: &Ctx<'_>,
    sents: &[Sentence],
    si: usize,
    m: &Match,
    e: &Event,
) -> Vec<ActorCand> {
    if ctx.actors.is_empty() {
        return Vec::new();
    }
    let s = &sents[si];
    let place_country = e.location.as_ref().and_then(|l| l.country.as_deref());
    let tok_dist = |h: &ActorHit| {
        if h.start >= m.end {
            h.start - m.end
        } else {
            m.start - h.end.min(m.start)
        }
    };
    let sent_of = |tok: usize| sents.partition_point(|x| x.end <= tok);
    let mut unused = Vec::new();
    // one mention per actor: the nearest to the trigger
    let mut best: Vec<(&ActorHit, Actor, usize)> = Vec::new();
    for h in &ctx.actors {
        let a = actor_at(ctx, h, place_country, &mut unused);
        match best.iter_mut().find(|b| b.1.canonical == a.canonical) {
            Some(b) => {
                b.2 += 1;
                if tok_dist(h) < tok_dist(b.0) {
                    b.0 = h;
                    b.1 = a;
                }
            }
            None => best.push((h, a, 1)),
        }
    }
    best.sort_by_key(|b| tok_dist(b.0));
    best.truncate(16);
    let (ca, cb) = s.clause_of(m.start);
    let in_sent: Vec<usize> = ctx
        .actors
        .iter()
        .filter(|h| h.start >= s.start && h.end <= s.end)
        .map(|h| h.start)
        .collect();
    let role_of = |a: &Actor| -> u8 {
        if e.actor1
            .as_ref()
            .is_some_and(|x| x.canonical == a.canonical)
        {
            1
        } else if e
            .actor2
            .as_ref()
            .is_some_and(|x| x.canonical == a.canonical)
        {
            2
        } else {
            0
        }
    };
    let speaker = e.claimed_by.as_ref().map(|c| c.span);
    let first = ctx.actors.first().map(|h| h.start);
    let mut out = Vec::with_capacity(best.len());
    for (h, actor, n) in best {
        let mut f: Vec<String> = Vec::with_capacity(24);
        let rules = role_of(&actor);
        if rules > 0 {
            f.push(format!("rules={rules}"));
        }
        let hs = sent_of(h.start);
        let where_ = where_to_trigger(h.start >= ca && h.end <= cb, hs, si);
        f.push(format!("where={where_}"));
        let cat = actor
            .category
            .map_or("none".to_string(), |c| format!("{c:?}"));
        f.push(format!("cat={cat}"));
        f.push(format!("cat×where={cat}|{where_}"));
        f.push(format!("cat×type={cat}|{}", e.event_type));
        f.push(format!("cat×sub={cat}|{}", e.sub_event_type));
        if hs == si {
            let side = if h.start >= m.end { "after" } else { "before" };
            let db = match tok_dist(h) {
                0..=1 => "0-1",
                2..=4 => "2-4",
                5..=10 => "5-10",
                _ => "11+",
            };
            f.push(format!("side={side}"));
            f.push(format!("dist={side}{db}"));
            f.push(format!("cat×side={cat}|{side}"));
            let nth = in_sent.iter().filter(|&&x| x < h.start).count();
            f.push(format!("nth={}", nth.min(2)));
        }
        if h.template.is_some() {
            f.push("generic".into());
        }
        let lo = h.start.saturating_sub(3);
        for (c, name) in [
            (Cue::VictimMarker, "victim_marker"),
            (Cue::Person, "person"),
            (Cue::Towards, "towards"),
            (Cue::Claim, "claim"),
            (Cue::KillNoun, "kill_noun"),
        ] {
            if (lo..h.start).any(|i| ctx.has(i, c)) {
                f.push(format!("cue_before={name}"));
            }
        }
        if (h.end..(h.end + 3).min(s.end.max(h.end))).any(|i| ctx.has(i, Cue::Claim)) {
            f.push("cue_after=claim".into());
        }
        if speaker.is_some_and(|sp| sp.start < h.span.end && h.span.start < sp.end) {
            f.push("speaker".into());
        }
        if h.start > 0 && ctx.a.tokens[h.start - 1].is_word() {
            f.push(format!("prev={}", ctx.norm(h.start - 1)));
        }
        if ctx.a.tokens.get(h.end).is_some_and(|t| t.is_word()) {
            f.push(format!("next={}", ctx.norm(h.end)));
        }
        f.push(format!("count={}", n.min(3)));
        if first == Some(h.start) {
            f.push("first_in_article".into());
        }
        let name = marsad_text::fold(&actor.text);
        if !ctx.title.is_empty() && ctx.title.contains(name.trim_start_matches("ال")) {
            f.push("in_title".into());
        }
        f.push(format!(
            "country={}",
            match (actor.country.as_deref(), place_country) {
                (Some(a), Some(p)) if a == p => "place",
                (Some(_), Some(_)) => "other",
                (None, _) => "none",
                (Some(_), None) => "unplaced",
            }
        ));
        out.push(ActorCand {
            actor: Actor {
                span: h.span,
                ..actor
            },
            feats: f,
            rules,
        });
    }
    out
}

fn location_of(
    ctx: &Ctx<'_>,
    pm: &PlaceMention,
    r: Option<&Resolution>,
    geo: Option<&Gazetteer>,
) -> Location {
    let sp = ctx.span(pm.start, pm.end, pm.skip);
    let mut loc = Location {
        text: ctx.slice(sp).to_string(),
        span: sp,
        name: None,
        country: None,
        admin1: None,
        lat: None,
        lon: None,
        precision: None,
        gazetteer_id: None,
    };
    if let (Some(r), Some(g)) = (r, geo) {
        let p = g.place(r.place);
        loc.name = Some(p.name.clone());
        loc.country = Some(p.country.clone());
        loc.admin1 = p.admin1.clone();
        loc.lat = Some(p.lat);
        loc.lon = Some(p.lon);
        // a province is placed at its seat, as ACLED codes province-level events (Asir → Abha,
        // from data/gazetteer/seats.tsv; else the town of the province's name in it)
        if r.precision == marsad_model::PlacePrecision::Admin1 {
            let same_name = || {
                pm.candidates
                    .iter()
                    .copied()
                    .filter(|&c| {
                        let q = g.place(c);
                        q.kind.is_point()
                            && q.country == p.country
                            && q.admin1.as_deref() == Some(p.name.as_str())
                    })
                    .max_by_key(|&c| g.place(c).population)
            };
            if let Some(seat) = g.seat_of(r.place).or_else(same_name).map(|c| g.place(c)) {
                loc.lat = Some(seat.lat);
                loc.lon = Some(seat.lon);
            }
        }
        loc.precision = Some(r.precision);
        loc.gazetteer_id = Some(p.id.clone());
    }
    loc
}

fn choose_location(
    ctx: &Ctx<'_>,
    sents: &[Sentence],
    si: usize,
    m: &Match,
    speaker: Option<Span>,
    geo: Option<&Gazetteer>,
    why: &mut Vec<String>,
) -> (Option<Location>, Option<PlaceSrc>) {
    let s = &sents[si];
    let usable = |p: &&(PlaceMention, Option<Resolution>)| usable_place(ctx, speaker, p);
    // same sentence: nearest, after the trigger preferred
    let cand = ctx
        .places_in(s.start, s.end)
        .iter()
        .filter(|p| p.0.start >= s.start && p.0.end <= s.end)
        .filter(usable)
        .min_by_key(|p| {
            let rank = match p.1.as_ref().map(|r| r.precision) {
                Some(marsad_model::PlacePrecision::PopulatedPlace) => 0,
                Some(marsad_model::PlacePrecision::Admin2) => 1,
                Some(marsad_model::PlacePrecision::Admin1) => 2,
                Some(marsad_model::PlacePrecision::Region) => 3,
                _ => 4,
            };
            let dist = place_distance(&p.0, m.start, m.end);
            let (ca, cb) = s.clause_of(m.start);
            let other_clause = !(p.0.start >= ca && p.0.end <= cb);
            // before the trigger, a name not introduced as a location (في، ب، قرب) is most
            // often the subject's: «أدان أهالي محافظة القطيف التفجير… في عسير»
            let not_locative = p.0.start < m.start && !p.0.locative;
            (other_clause, not_locative, rank, dist)
        });
    let (pm, rule): (&(PlaceMention, Option<Resolution>), &str) = match cand {
        Some(c) => (c, "in the same sentence"),
        None => {
            // the last place named in the two sentences before, else the first in the article
            let prev_start = sents[si.saturating_sub(2)].start;
            match ctx
                .places_in(prev_start, s.start)
                .iter()
                .filter(|p| p.0.end <= s.start && p.0.start >= prev_start)
                .rfind(usable)
            {
                Some(c) => (c, "in a sentence just before"),
                None => match ctx.places().iter().find(usable) {
                    Some(c) => (c, "the first place in the report"),
                    None => return (None, None),
                },
            }
        }
    };
    // a province, region or country: a town of the report inside it is the finer answer
    // («بشرق سوريا» in a report on الباغوز)
    let (pm, rule) = match (geo, finer_inside(ctx, sents, si, pm, geo)) {
        (Some(g), Some(f)) => {
            let r =
                pm.1.as_ref()
                    .map(|r| g.place(r.place).name.clone())
                    .unwrap_or_default();
            (f, format!("{rule} is {r}; a town of the report inside it"))
        }
        _ => (pm, rule.to_string()),
    };
    let mut loc = location_of(ctx, &pm.0, pm.1.as_ref(), geo);
    let reason = pm.1.as_ref().map(|r| r.reason.clone()).unwrap_or_default();
    why.push(format!(
        "location «{}» {rule}{}{}",
        loc.text,
        if reason.is_empty() { "" } else { "; " },
        reason
    ));
    if let Some(w) = apply_offset(ctx, &pm.0, &mut loc) {
        why.push(w);
    }
    let src = geo.map(|_| PlaceSrc {
        si,
        m: *m,
        speaker,
        chosen: (pm.0.start, pm.0.end),
        chosen_loc: loc.clone(),
        chosen_place: pm.1.as_ref().map(|r| r.place),
    });
    (Some(loc), src)
}

/// How far a place mention stands from the trigger's tokens `ts..te`, a place after the
/// trigger counting as nearer than one as far before it.
fn place_distance(p: &PlaceMention, ts: usize, te: usize) -> usize {
    token_distance(p.start, p.end, ts, te)
}

/// How far tokens `[start, end)` lie from a trigger at tokens `[ts, te)`: one after it counts
/// nearer than one as far before it (the rules' place).
fn token_distance(start: usize, end: usize, ts: usize, te: usize) -> usize {
    if start >= te {
        (start - te) * 2
    } else {
        (ts - end.min(ts)) * 3
    }
}

/// The tokens `[first, past the last)` of a location's words.
fn location_tokens(ctx: &Ctx<'_>, l: &Location) -> (usize, usize) {
    let t = &ctx.a.tokens;
    (
        t.partition_point(|t| t.span.end <= l.span.start),
        t.partition_point(|t| t.span.start < l.span.end),
    )
}

/// A place that can be an event's: resolved, not a reference («على الحدود مع السعودية» is
/// not where it happened), not inside the speaker's words (a name there is part of a
/// person's name: سليمان محمد كينان).
fn usable_place(
    ctx: &Ctx<'_>,
    speaker: Option<Span>,
    p: &(PlaceMention, Option<Resolution>),
) -> bool {
    let in_speaker = speaker.is_some_and(|sp| {
        let ps = ctx.span(p.0.start, p.0.end, p.0.skip);
        ps.start >= sp.start && ps.end <= sp.end
    });
    p.1.is_some() && !p.0.reference && !in_speaker
}

/// Every usable place of the article as a candidate for the event of trigger `m`: one per
/// place (its mention nearest the trigger), at most 16, each with its features.
fn place_cands(
    ctx: &Ctx<'_>,
    sents: &[Sentence],
    src: &PlaceSrc,
    geo: Option<&Gazetteer>,
) -> Vec<PlaceCand> {
    let Some(g) = geo else { return Vec::new() };
    let (si, m, chosen_loc) = (src.si, &src.m, &src.chosen_loc);
    let chosen = ctx
        .places()
        .iter()
        .find(|p| (p.0.start, p.0.end) == src.chosen);
    // (the rules' place is a word the records do not read as a place: the others of the
    // event's sentence are its candidates)
    if chosen.is_none() && !ctx.chosen_stopped(src.chosen) {
        return Vec::new();
    }
    let s = &sents[si];
    let all: Vec<&(PlaceMention, Option<Resolution>)> = ctx
        .places()
        .iter()
        .filter(|p| usable_place(ctx, src.speaker, p))
        .collect();
    let tok_dist = |p: &PlaceMention| {
        if p.start >= m.end {
            p.start - m.end
        } else {
            m.start - p.end.min(m.start)
        }
    };
    let sent_of = |tok: usize| sents.partition_point(|x| x.end <= tok);
    // one mention per place: the nearest to the trigger
    let mut best: Vec<(&(PlaceMention, Option<Resolution>), usize)> = Vec::new();
    for p in &all {
        let Some(r) = p.1.as_ref() else { continue };
        match best
            .iter_mut()
            .find(|(q, _)| q.1.as_ref().is_some_and(|x| x.place == r.place))
        {
            Some((q, n)) => {
                *n += 1;
                if tok_dist(&p.0) < tok_dist(&q.0) {
                    *q = p;
                }
            }
            None => best.push((p, 1)),
        }
    }
    // a place of another country than the rules' choice is a candidate only in the event's
    // own sentence: elsewhere in the report it is another story's («الحدود الشمالية» of a
    // Saudi region at the end of a report on Nigeria)
    let chosen_country =
        chosen.and_then(|c| c.1.as_ref().map(|r| g.place(r.place).country.as_str()));
    best.retain(|(p, _)| {
        (p.0.start >= s.start && p.0.end <= s.end)
            || p.1.as_ref().map(|r| g.place(r.place).country.as_str()) == chosen_country
    });
    best.sort_by_key(|(p, _)| tok_dist(&p.0));
    best.truncate(16);
    let chosen_place = chosen.and_then(|c| c.1.as_ref().map(|r| r.place));
    let (ca, cb) = s.clause_of(m.start);
    let in_sent: Vec<usize> = all
        .iter()
        .filter(|p| p.0.start >= s.start && p.0.end <= s.end)
        .map(|p| p.0.start)
        .collect();
    let mut out = Vec::with_capacity(best.len());
    let mut wheres = Vec::with_capacity(best.len());
    for (p, n) in best {
        let r = p.1.as_ref().expect("resolved");
        let rules = Some(r.place) == chosen_place;
        // the rules' place as the decision saw it, unless the records' resolution (with the
        // demonyms) reads its name as another place
        let location = if rules && chosen_place == src.chosen_place {
            chosen_loc.clone()
        } else {
            located(ctx, p, geo)
        };
        let mut f: Vec<String> = Vec::with_capacity(24);
        if rules {
            f.push("rules".into());
        }
        let ps = sent_of(p.0.start);
        let where_ = where_to_trigger(p.0.start >= ca && p.0.end <= cb, ps, si);
        f.push(format!("where={where_}"));
        wheres.push(where_);
        let d = tok_dist(&p.0);
        let db = match d {
            0..=3 => "0-3",
            4..=8 => "4-8",
            9..=15 => "9-15",
            16..=30 => "16-30",
            _ => "31+",
        };
        if ps == si {
            let side = if p.0.start >= m.end {
                "after"
            } else {
                "before"
            };
            f.push(format!("side={side}"));
            f.push(format!("dist={side}{db}"));
            let nth = in_sent.iter().filter(|&&x| x < p.0.start).count();
            f.push(format!("nth={}", nth.min(2)));
        }
        let prec = format!("{:?}", r.precision);
        f.push(format!("prec={prec}"));
        f.push(format!("prec×where={prec}|{where_}"));
        if p.0.locative {
            f.push("locative".into());
            f.push(format!("locative×where={where_}"));
        }
        if let Some(c) = p.0.cue {
            f.push(format!("cue={c:?}"));
        }
        if p.0.fuzzy {
            f.push("fuzzy".into());
        }
        f.push(format!("count={}", n.min(3)));
        if all.first().is_some_and(|q| q.0.start == p.0.start) {
            f.push("first_in_article".into());
        }
        let name = marsad_text::fold(ctx.slice(ctx.span(p.0.start, p.0.end, p.0.skip)));
        if !ctx.title.is_empty() && ctx.title.contains(name.trim_start_matches("ال")) {
            f.push("in_title".into());
        }
        let place = g.place(r.place);
        let pop = match place.population {
            0 => "0",
            1..=9_999 => "<10k",
            10_000..=99_999 => "<100k",
            100_000..=999_999 => "<1m",
            _ => "1m+",
        };
        f.push(format!("pop={pop}"));
        f.push(format!(
            "main_country={}",
            match ctx.main_country {
                Some(c) if c == place.country => "yes",
                Some(_) => "no",
                None => "none",
            }
        ));
        if p.0.start > 0 && ctx.a.tokens[p.0.start - 1].is_word() {
            f.push(format!("prev={}", ctx.norm(p.0.start - 1)));
        }
        if ctx.a.tokens.get(p.0.end).is_some_and(|t| t.is_word()) {
            f.push(format!("next={}", ctx.norm(p.0.end)));
        }
        out.push(PlaceCand {
            location,
            feats: f,
            rules,
        });
    }
    // the coding standard's place is the most specific one named: a province with one of its
    // towns among the candidates is less likely the scene than the town, and the town more
    // likely than a place outside the province (a countryside counts as in a headline here)
    let n = out.len();
    // a place inside the rules' coarser choice (a town of the province the lead names, told
    // in a later sentence) is the finer place the coding standard asks for, wherever it stands
    if let Some(r) = out.iter().find(|c| c.rules).map(|c| c.location.clone()) {
        for (c, w) in out.iter_mut().zip(&wheres) {
            if !c.rules
                && coarseness(&r) > coarseness(&c.location)
                && contains(&r, &c.location, true)
            {
                c.feats.push(format!("inside_rules×where={w}"));
            }
        }
    }
    for i in 0..n {
        let (mut finer, mut coarser) = (false, false);
        for j in (0..n).filter(|&j| j != i) {
            let (x, y) = (&out[i].location, &out[j].location);
            // (only a finer place lies in another: a province is not in a province)
            finer |= coarseness(y) < coarseness(x) && contains(x, y, true);
            coarser |= coarseness(x) < coarseness(y) && contains(y, x, true);
        }
        let country = coarseness(&out[i].location) == 3;
        let f = &mut out[i].feats;
        if finer && !country {
            f.push("holds_another".into());
        }
        if coarser {
            f.push("inside_another".into());
        }
    }
    out
}

/// The lists of places in sentence `s`: two or more usable places named one after the other,
/// joined by «و» or a comma («في مديريات شدا وباقم ورازح»، «بلدات نوى، وطفس، وداعل»), each
/// list as the locations its places give. Not a range or a reference: «بين حلب وإدلب» (a road,
/// a front between two towns) and a country among them (an event placed at a country is
/// at no place the coding standard splits by) make no list.
fn listed_places(
    ctx: &Ctx<'_>,
    s: &Sentence,
    speaker: Option<Span>,
    geo: Option<&Gazetteer>,
) -> Vec<Vec<Location>> {
    use marsad_model::PlacePrecision as P;
    if geo.is_none() {
        return Vec::new();
    }
    let ps: Vec<&(PlaceMention, Option<Resolution>)> = ctx
        .places_in(s.start, s.end)
        .iter()
        .filter(|p| p.0.start >= s.start && p.0.end <= s.end && usable_place(ctx, speaker, p))
        .collect();
    if ps.len() < 2 {
        return Vec::new();
    }
    // the words between two names of a list: a comma, «و», «في»/«وفي», and the next name's
    // own town word («وبلدة»); and something that joins them (a comma or «و»)
    let joined = |a: &PlaceMention, b: &PlaceMention| -> bool {
        if b.start < a.end || b.start > a.end + 3 {
            return false;
        }
        // «مدينة الأحواز، جنوبي إيران»: a direction places the first name, it lists none
        if b.cue == Some(marsad_geo::Cue::Direction) {
            return false;
        }
        let first = ctx.norm(b.start);
        let mut join = b.skip > 0 && first.starts_with('و');
        let mut prev = "";
        for i in a.end..b.start {
            let t = &ctx.a.tokens[i];
            if matches!(t.kind, TokenKind::Punct('،') | TokenKind::Punct(',')) {
                join = true;
                prev = "،";
                continue;
            }
            if !t.is_word() {
                return false;
            }
            let w = ctx.norm(i);
            if w == "و" || w == "وفي" {
                join = true;
            } else if w == "في" {
                // «أريحا، في محافظة إدلب» says where the first name lies; «… و في» lists
                if prev != "و" {
                    return false;
                }
            } else if b.cue_token == Some(i) {
                join |= w.starts_with('و');
            } else {
                return false;
            }
            prev = w;
        }
        join
    };
    let mut groups: Vec<Vec<&(PlaceMention, Option<Resolution>)>> = Vec::new();
    for p in ps {
        match groups.last_mut() {
            Some(cur) if joined(&cur[cur.len() - 1].0, &p.0) => cur.push(p),
            _ => groups.push(vec![p]),
        }
    }
    groups
        .into_iter()
        .filter(|grp| {
            let before = grp[0].0.cue_token.unwrap_or(grp[0].0.start);
            let between = (before.saturating_sub(2)..before)
                .any(|i| matches!(ctx.norm(i), "بين" | "مابين" | "وبين"));
            let mut ids: Vec<_> = grp
                .iter()
                .filter_map(|p| p.1.as_ref().map(|r| r.place))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            grp.len() >= 2
                && !between
                && ids.len() == grp.len()
                && grp
                    .iter()
                    .all(|p| p.1.as_ref().is_some_and(|r| r.precision != P::Country))
        })
        .map(|grp| {
            grp.into_iter()
                .map(|p| located(ctx, p, geo))
                .collect::<Vec<Location>>()
        })
        // a province or region and a town in it name one place twice («عدن وجنوب اليمن»)
        .filter(|ls| {
            !ls.iter().any(|a| {
                ls.iter().any(|b| {
                    !std::ptr::eq(a, b)
                        && matches!(b.precision, Some(P::Admin1) | Some(P::Region))
                        && a.country == b.country
                        && (b.admin1.is_none() || a.admin1 == b.admin1)
                })
            })
        })
        .collect()
}

/// The location a place mention gives an event: its resolved place, moved by a distance and
/// direction before it («20 كم شمال الرقة»; see [`apply_offset`]).
fn located(
    ctx: &Ctx<'_>,
    p: &(PlaceMention, Option<Resolution>),
    geo: Option<&Gazetteer>,
) -> Location {
    let mut l = location_of(ctx, &p.0, p.1.as_ref(), geo);
    apply_offset(ctx, &p.0, &mut l);
    l
}

/// «20 كم شمال الرقة», «على بعد 5 كيلومترات جنوب شرقي تدمر»: the place lies that far in that
/// direction from the town named. The location's span then covers the whole phrase, its
/// point is moved, and its name says so; the gazetteer id stays the town's.
fn apply_offset(ctx: &Ctx<'_>, pm: &PlaceMention, loc: &mut Location) -> Option<String> {
    use marsad_model::PlacePrecision as P;
    if !matches!(
        pm.cue,
        Some(marsad_geo::Cue::Direction) | Some(marsad_geo::Cue::Town)
    ) || !matches!(loc.precision, Some(P::PopulatedPlace) | Some(P::Admin2))
    {
        return None;
    }
    let bearing = |w: &str| -> Option<f64> {
        let w = w.trim_start_matches('و');
        let w = w.strip_prefix("ال").unwrap_or(w);
        match w.trim_end_matches('ي') {
            "شمال" => Some(0.0),
            "شرق" => Some(90.0),
            "جنوب" => Some(180.0),
            "غرب" => Some(270.0),
            _ => None,
        }
    };
    let mut k = pm.cue_token?;
    // «شمال مدينة الرقة»: the direction before the town word
    if pm.cue == Some(marsad_geo::Cue::Town) {
        k = k.checked_sub(1)?;
    }
    let mut b = bearing(ctx.norm(k))?;
    let mut dir_start = k;
    // a compound direction: شمال شرق, جنوب غربي
    let compound = k
        .checked_sub(1)
        .and_then(|j| bearing(ctx.norm(j)))
        .and_then(|b0| match (b0 as u32, b as u32) {
            (0, 90) => Some(45.0),
            (0, 270) => Some(315.0),
            (180, 90) => Some(135.0),
            (180, 270) => Some(225.0),
            _ => None,
        });
    if let Some(c) = compound {
        b = c;
        dir_start = k - 1;
    }
    k = dir_start.checked_sub(1)?;
    let unit = match ctx.norm(k) {
        "كم" | "كلم" | "كيلومتر" | "كيلومترا" | "كيلومترات" | "كيلو" => {
            1.0
        }
        "متر" | "مترا" | "امتار" => 0.001,
        _ => return None,
    };
    let num = ctx.nums.iter().find(|n| n.end == k)?;
    let km = num.value as f64 * unit;
    let (lat, lon) = (loc.lat?, loc.lon?);
    if !(km > 0.0 && km <= 300.0) {
        return None;
    }
    let (lat2, lon2) = marsad_geo::offset_point(lat, lon, km, b);
    loc.lat = Some(lat2);
    loc.lon = Some(lon2);
    let sp = ctx.span(num.start, pm.end, num.skip);
    loc.text = ctx.slice(sp).to_string();
    loc.span = sp;
    let dir = [
        "north",
        "northeast",
        "east",
        "southeast",
        "south",
        "southwest",
        "west",
        "northwest",
    ][((b / 45.0).round() as usize) % 8];
    let town = loc.name.clone().unwrap_or_default();
    loc.name = Some(format!("{km} km {dir} of {town}"));
    Some(format!(
        "offset: «{}» moves the point {km} km {dir} of {town}",
        loc.text
    ))
}

/// For a coarse place (province, region, country), a populated place of the report inside
/// it: in the same sentence, the two before, or the report's first sentence (its title).
fn finer_inside<'c>(
    ctx: &'c Ctx<'_>,
    sents: &[Sentence],
    si: usize,
    coarse: &(PlaceMention, Option<Resolution>),
    geo: Option<&Gazetteer>,
) -> Option<&'c (PlaceMention, Option<Resolution>)> {
    use marsad_model::PlacePrecision as P;
    let g = geo?;
    let cr = coarse.1.as_ref()?;
    if !matches!(cr.precision, P::Admin1 | P::Region | P::Country) {
        return None;
    }
    let cp = g.place(cr.place);
    let inside = |p: &(PlaceMention, Option<Resolution>)| -> bool {
        let Some(r) = p.1.as_ref() else { return false };
        if !matches!(r.precision, P::PopulatedPlace | P::Admin2) {
            return false;
        }
        let q = g.place(r.place);
        if q.country != cp.country {
            return false;
        }
        match cr.precision {
            P::Country => true,
            P::Admin1 => {
                q.admin1.as_deref() == Some(cp.name.as_str())
                    || marsad_geo::distance_km(q.lat, q.lon, cp.lat, cp.lon) < 120.0
            }
            _ => marsad_geo::distance_km(q.lat, q.lon, cp.lat, cp.lon) < 250.0,
        }
    };
    let s = &sents[si];
    let lo = sents[si.saturating_sub(2)].start;
    let first_end = sents.first().map_or(0, |f| f.end);
    ctx.places()
        .iter()
        .filter(|p| p.0.start >= s.start && p.0.end <= s.end)
        .find(|p| inside(p))
        .or_else(|| {
            ctx.places_in(lo, s.start)
                .iter()
                .filter(|p| p.0.start >= lo && p.0.end <= s.start)
                .rfind(|p| inside(p))
        })
        .or_else(|| {
            ctx.places()
                .iter()
                .filter(|p| p.0.end <= first_end)
                .find(|p| inside(p))
        })
}

fn choose_claim(ctx: &Ctx<'_>, s: &Sentence, m: &Match) -> Option<Evidence> {
    let verb = (s.start..m.start).find(|&i| ctx.has(i, Cue::Claim))?;
    let vend = (verb..m.start)
        .take_while(|&i| ctx.has(i, Cue::Claim))
        .last()?
        + 1;
    // the speaker: an actor right after the verb
    let stop = |i: usize| matches!(ctx.norm(i), "ان" | "بان" | "انه" | "انها" | "عن");
    if let Some(h) = ctx.actors.iter().find(|h| {
        h.start >= vend && h.start <= vend + 2 && h.end <= m.start && !(vend..h.start).any(stop)
    }) {
        return Some(ctx.ev(h.span));
    }
    // else the words up to a comma or إن/أن, at most five words
    let mut end = vend;
    while end < m.start && end < vend + 5 {
        let t = &ctx.a.tokens[end];
        if !t.is_word()
            || matches!(
                t.norm.as_str(),
                "ان" | "بان" | "انه" | "انها" | "عن" | "في" | "اليوم" | "امس"
            )
        {
            break;
        }
        end += 1;
    }
    if end == vend {
        return None;
    }
    Some(ctx.ev(ctx.span(vend, end, 0)))
}

/// The stretch of sentence `s` whose tolls belong to the violent trigger at `at`, among the
/// violent triggers starting at `starts` (sorted): halfway between neighbours, a toll going to
/// the nearer one. With `records` (the records' reading, which the decisions did not learn on),
/// the boundary is the next trigger's clause where it starts after this one («قصفا … أسفر عن
/// مقتل 18 …، مؤكدا أن معارك …»), unless a word of cause stands before that trigger («… فقد
/// قتل 11 شخصا …، نتيجة مواجهات» tells its toll first); and halfway never parts a number from
/// the killing or wounding word before it.
fn stretch(
    ctx: &Ctx<'_>,
    s: &Sentence,
    starts: &[usize],
    at: usize,
    records: bool,
) -> Option<Sentence> {
    let k = starts.iter().position(|&x| x == at)?;
    let pull = |x: usize, floor: usize| -> usize {
        if !records {
            return x;
        }
        let Some(n) = ctx.nums.iter().find(|n| n.start >= x && n.start < x + 4) else {
            return x;
        };
        for i in (n.start.saturating_sub(4).max(floor)..x).rev() {
            if ctx.has(i, Cue::KillNoun) || ctx.has(i, Cue::InjuryNoun) {
                return i;
            }
            if ctx.num_at(i) || !ctx.a.tokens[i].is_word() {
                break;
            }
        }
        x
    };
    let boundary = |p: usize, q: usize| -> usize {
        let (qc, _) = s.clause_of(q);
        let caused = (q.saturating_sub(2).max(p + 1)..q).any(|i| {
            matches!(
                ctx.norm(i),
                "نتيجه"
                    | "جراء"
                    | "اثر"
                    | "في"
                    | "بسبب"
                    | "خلال"
                    | "بعد"
                    | "عقب"
                    | "بفعل"
            )
        });
        if records && qc > p && !caused {
            qc
        } else {
            pull((p + q).div_ceil(2), p + 1)
        }
    };
    let a = if k == 0 {
        s.start
    } else {
        boundary(starts[k - 1], at)
    };
    let b = starts
        .get(k + 1)
        .map_or(s.end, |&n| boundary(at, n).max(a + 1));
    Some(Sentence {
        start: a,
        end: b,
        clauses: s
            .clauses
            .iter()
            .copied()
            .filter(|&c| c >= a && c < b)
            .collect(),
    })
}

type Count = Option<(u64, Option<u64>, Option<u64>, Vec<Span>)>;

struct Counts {
    fatal: Count,
    injured: Count,
}

/// Token `i` takes people alive: an arrest or an abduction trigger («واعتقلت»، «خطف»), or
/// a verb or noun of capture («وأسر»، «أسرت»), whose count is of the taken, not of the dead.
fn taking_alive(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.norm(i);
    let w = w.strip_prefix('و').unwrap_or(w);
    if matches!(w, "اسر" | "اسرت" | "اسروا" | "باسر") {
        return true;
    }
    ctx.trig.iter().any(|m| {
        m.start <= i && i < m.end && {
            let t = ctx.lx.triggers.value(m.value);
            matches!(
                t.sub_event_type,
                "arrests" | "abduction_forced_disappearance"
            )
        }
    })
}

/// Numbers that count the killed and the wounded in a sentence.
fn sentence_counts(ctx: &Ctx<'_>, s: &Sentence) -> Counts {
    #[derive(Clone, Copy, PartialEq)]
    enum K {
        Fatal,
        Injured,
    }
    let mut fatal: Count = None;
    let mut injured: Count = None;
    let mut last: Option<(K, usize)> = None;
    // (the records also read «راح ضحيتها اثنان»)
    let kill_at = |i: usize| {
        ctx.has(i, Cue::KillNoun)
            || (ctx.post.get() && matches!(ctx.norm(i), "ضحيتها" | "ضحيته" | "ضحيتهم"))
    };
    let inj_at = |i: usize| ctx.has(i, Cue::InjuryNoun);
    let mut subset_end: Option<usize> = None;
    for nm in ctx
        .nums
        .iter()
        .filter(|x| x.start >= s.start && x.end <= s.end)
    {
        // a subset ("ثلاثة منهم", "بينهم اثنان") is not added
        let next = ctx.norm(nm.end);
        let prev = if nm.start > 0 {
            ctx.norm(nm.start - 1)
        } else {
            ""
        };
        // (and the parts named after it, joined by و: «هم ثلاثة شرطيين وثلاثة مدنيين»)
        let part = subset_end.is_some_and(|e| nm.start <= e + 3)
            && (prev == "و" || (nm.skip > 0 && ctx.norm(nm.start).starts_with('و')));
        if part || matches!(prev, "بينهم" | "منهم" | "بينها" | "هم" | "وهم") {
            subset_end = Some(nm.end);
            continue;
        }
        // (the records: «وأصيب سبعة بينهم طفلان» is seven, of whom two are children; «ثلاثة
        // منهم» is three of them)
        if matches!(next, "منهم" | "منها")
            || (next == "بينهم" && !ctx.post.get())
            || matches!(prev, "عام" | "العام" | "سنه" | "رقم")
        {
            continue;
        }
        // a year or a calendar date is not a count
        if ctx
            .dates
            .iter()
            .any(|d| d.start <= nm.start && d.end >= nm.end)
        {
            continue;
        }
        // «عائلة واحدة»، «يوم واحد»: «واحد» after a word that names no person is an adjective
        // (one family, one day), not a count («شخص واحد»، «مواطن مصري واحد» are)
        if nm.end == nm.start + 1
            && matches!(ctx.norm(nm.start), "واحد" | "واحده")
            && nm.start > s.start
        {
            let p = nm.start - 1;
            if ctx.a.tokens[p].is_word()
                && !ctx.has(p, Cue::Person)
                && !ctx.one_demonym[p]
                && !kill_at(p)
                && !inj_at(p)
                && !ctx.norm(p).starts_with('و')
            {
                continue;
            }
        }
        let mut kind: Option<K> = None;
        // a word right after: قتيلا، جرحى، or a person noun followed by a killing word
        let after = nm.end;
        // (not a word joined by و: «أسر ستة وقتل 15» counts fifteen dead, not six)
        let joined = ctx.norm(after).starts_with('و');
        if kill_at(after) && !joined {
            kind = Some(K::Fatal);
        } else if inj_at(after) && !joined {
            kind = Some(K::Injured);
        }
        // a killing or wounding word just before: مقتل 38، إصابة 7، استشهاد ١٢
        // (a count of one's companions after «مع» may stand further from the killing word:
        // «قتل قائد في الجيش مع ثلاثة من حراسه»)
        let with_companions = prev == "مع" && companions_at(ctx, nm.end, s.end).is_some();
        if kind.is_none() {
            let back = if with_companions { 8 } else { 4 };
            let lo = nm.start.saturating_sub(back).max(s.start);
            for i in (lo..nm.start).rev() {
                if kill_at(i) {
                    kind = Some(K::Fatal);
                    break;
                }
                if inj_at(i) {
                    kind = Some(K::Injured);
                    break;
                }
                if !ctx.a.tokens[i].is_word()
                    && !matches!(ctx.a.tokens[i].kind, TokenKind::Punct('"'))
                {
                    break;
                }
                // another number between counts something else: «مقتل سبعة أشخاص في أكثر
                // من 300 قذيفة» does not make 300 dead
                if ctx.num_at(i) {
                    break;
                }
            }
        }
        // «لقي 18 من قوات النظام والمسلحين الموالين له مصرعهم»: «لقي» before the count, the
        // dead's pronoun after it (no other count between)
        if kind.is_none()
            && ctx.post.get()
            && matches!(prev.strip_prefix('و').unwrap_or(prev), "لقي" | "لقوا")
        {
            let hi = (nm.end + 12).min(s.end);
            for i in nm.end..hi {
                if ctx.num_at(i) {
                    break;
                }
                if matches!(
                    ctx.norm(i),
                    "مصرعهم" | "حتفهم" | "مصرعهما" | "حتفهما" | "مصرعهن" | "حتفهن"
                ) {
                    kind = Some(K::Fatal);
                    break;
                }
            }
        }
        // "ثلاثة من أفراد القوات قتلوا": person words then a killing verb
        // (the records read further: «خمسة عناصر مفترضين من تنظيم القاعدة من بينهم قيادي،
        // قتلوا»: a longer group, and a subset set off by a comma)
        if kind.is_none() {
            let post = ctx.post.get();
            let hi = (nm.end + if post { 12 } else { 7 }).min(s.end);
            let mut saw_person = false;
            let mut saw_subset = false;
            let mut free = 0;
            for i in nm.end..hi {
                if ctx.has(i, Cue::Person) || matches!(ctx.norm(i), "من" | "ومن") {
                    saw_person = true;
                    continue;
                }
                if post
                    && saw_person
                    && (saw_subset || matches!(ctx.norm(i + 1), "من" | "بينهم" | "منهم"))
                    && matches!(ctx.a.tokens[i].kind, TokenKind::Punct('،' | ','))
                {
                    continue;
                }
                // «19 شخصا على الأقل قتلوا»: a hedge between the count and its verb
                if saw_person
                    && (ctx.norm(i) == "الاقل"
                        || (ctx.norm(i) == "علي" && ctx.norm(i + 1) == "الاقل"))
                {
                    continue;
                }
                // the group named after the person noun: «أفراد القوات»، «عناصر الأمن»
                if saw_person
                    && free < if post { 3 } else { 2 }
                    && ctx.a.tokens[i].is_word()
                    && ctx.cue[i] == 0
                    && !ctx.norm(i).starts_with('و')
                {
                    free += 1;
                    continue;
                }
                // "خمسة مدنيين بينهم طفلان قتلوا"
                if saw_person
                    && (matches!(ctx.norm(i), "بينهم" | "منهم" | "بينها")
                        || ctx.a.tokens[i].kind == TokenKind::Number
                        || matches!(ctx.norm(i), "واحد" | "واحده"))
                {
                    saw_subset |= matches!(ctx.norm(i), "بينهم" | "منهم" | "بينها");
                    continue;
                }
                if saw_person && kill_at(i) {
                    kind = Some(K::Fatal);
                } else if saw_person && inj_at(i) {
                    kind = Some(K::Injured);
                } else if ctx.actors.iter().any(|h| h.start <= i && i < h.end) {
                    continue;
                }
                break;
            }
        }
        // "... إضافة إلى ثلاثة من العاملين": a person count after a counted number inherits its kind
        if kind.is_none() {
            if let Some((k, at)) = last {
                let joined = nm.skip > 0 || prev == "و";
                if nm.start <= at + 8
                    && (ctx.has(nm.end, Cue::Person)
                        || (ctx.norm(nm.end) == "من"
                            && (joined || ctx.has(nm.end + 1, Cue::Person))))
                {
                    kind = Some(k);
                }
            }
        }
        let Some(k) = kind else { continue };
        last = Some((k, nm.end));
        let sp = ctx.span(nm.start, nm.end, nm.skip);
        let slot = if k == K::Fatal {
            &mut fatal
        } else {
            &mut injured
        };
        // «استشهاد ضابط وثلاثة جنود»: a singular person after the killing word, joined by و
        // to the count, is one more
        let one_more = {
            let clitic = nm.skip > 0 && ctx.norm(nm.start).starts_with('و');
            let at = if clitic {
                nm.start.checked_sub(1)
            } else if prev == "و" {
                nm.start.checked_sub(2)
            } else {
                None
            };
            at.filter(|&p| {
                p > s.start
                    && ctx.has(p, Cue::Person)
                    && !plural_person(ctx.norm(p))
                    && !dual_person(ctx.norm(p))
                    && (kill_at(p - 1) || inj_at(p - 1))
                    && !ctx.num_at(p)
            })
        };
        // «قتل مع 6 من مرافقيه»، «مع ثلاثة آخرين»: a count of one's companions after «مع» is
        // theirs, and the one they were with is one more
        // («قتل القائد الميداني وخمسة من مرافقيه» too, when no count came before)
        let with_and = prev == "و" || (nm.skip > 0 && ctx.norm(nm.start).starts_with('و'));
        let companions = ((prev == "مع" || (with_and && slot.is_none())) && one_more.is_none())
            .then(|| companions_at(ctx, nm.end, s.end))
            .flatten();
        let (value, low, high) = match one_more.or(companions) {
            Some(_) => (nm.value + 1, nm.low.map(|x| x + 1), nm.high.map(|x| x + 1)),
            None => (nm.value, nm.low, nm.high),
        };
        let mut sps = vec![sp];
        if let Some(p) = one_more {
            sps.insert(0, ctx.span(p, p + 1, 0));
        }
        if let Some(c) = companions {
            sps.push(ctx.span(c, c + 1, 0));
        }
        match slot {
            None => *slot = Some((value, low, high, sps)),
            Some((v, lo, hi, ev)) => {
                *v += value;
                *lo = lo.zip(low).map(|(a, b)| a + b);
                *hi = hi.zip(high).map(|(a, b)| a + b);
                ev.extend(sps);
            }
        }
    }
    // "مقتل جندي", "إصابة شرطي": a killing or wounding word before a singular person noun is one
    if fatal.is_none() || injured.is_none() {
        for i in s.start..s.end.saturating_sub(1) {
            let slot = if kill_at(i) && fatal.is_none() {
                &mut fatal
            } else if inj_at(i) && injured.is_none() {
                &mut injured
            } else {
                continue;
            };
            let j = i + 1;
            let w = ctx.norm(j);
            if kill_at(j) || inj_at(j) {
                continue;
            }
            // a dual names two: «مقتل جنديين»، «قتل شخصان»
            if ctx.has(j, Cue::Person)
                && dual_person(w)
                && !ctx.nums.iter().any(|n| n.start == j + 1 || n.end == j)
            {
                *slot = Some((2, None, None, vec![ctx.span(j, j + 1, 0)]));
                continue;
            }
            if !ctx.has(j, Cue::Person) && !ctx.one_demonym[j] {
                continue;
            }
            let plural = plural_person(w);
            if plural || ctx.nums.iter().any(|n| n.start == j || n.end == j) {
                continue;
            }
            // "مقتل ضابط شرطة مصري ومجند": a second singular person joined by و is two
            let mut ev = vec![ctx.span(j, j + 1, 0)];
            if let Some(k) = (j + 1..(j + 5).min(s.end)).find(|&k| {
                let w = ctx.norm(k);
                w.starts_with('و')
                    && ctx.has(k, Cue::Person)
                    && !(w.ends_with("ين") || w.ends_with("ون") || w.ends_with("ات"))
            }) {
                ev.push(ctx.span(k, k + 1, 1));
            }
            *slot = Some((ev.len() as u64, None, None, ev));
        }
    }
    // «إن شخصا قتل»، «جندي قتل»: a singular person right before a killing verb is one dead;
    // «إن شخصين قتلا»: a dual, with the verb's dual, two
    if fatal.is_none() {
        let one = |v: &str| matches!(v, "قتل" | "قتلت" | "استشهد" | "توفي" | "توفيت");
        let two = |v: &str| matches!(v, "قتلا" | "قتلتا" | "استشهدا" | "توفيا");
        if let Some((j, n)) = (s.start..s.end.saturating_sub(1)).find_map(|j| {
            let w = ctx.norm(j);
            // (past a nisba in the dual: «جنديين تركيين قتلا»)
            let nisba = dual_person(w) && {
                let a = ctx.norm(j + 1);
                a.ends_with("يين") || a.ends_with("يان")
            };
            let v = ctx.norm(if nisba { j + 2 } else { j + 1 });
            let free = ctx.has(j, Cue::Person)
                && !(j > 0 && ctx.has(j - 1, Cue::KillNoun))
                && !ctx.nums.iter().any(|n| n.end == j || n.start == j);
            if !free {
                None
            } else if dual_person(w) && two(v) {
                Some((j, 2))
            } else if !plural_person(w) && one(v) {
                Some((j, 1))
            } else {
                None
            }
        }) {
            fatal = Some(one_or_more(ctx, s, n, ctx.span(j, j + 1, 0)));
        }
    }
    // «لقي مسؤول … مصرعه»، «أدى إلى مقتله»: a killing word with a singular pronoun is one dead
    if fatal.is_none() {
        if let Some(i) = ctx.any(s.start, s.end, Cue::OneKilled) {
            fatal = Some(one_or_more(ctx, s, 1, ctx.span(i, i + 1, 0)));
        }
    }
    if fatal.is_none() || injured.is_none() {
        let (f, i) = plural_tolls(ctx, s);
        fatal = fatal.or(f);
        injured = injured.or(i);
    }
    Counts { fatal, injured }
}

/// A toll of `n` dead read at `sp`; one dead with «مع عدد من» after him («لقي مصرعه مع عدد من
/// مرافقيه») is he and some with him: at least three.
fn one_or_more(
    ctx: &Ctx<'_>,
    s: &Sentence,
    n: u64,
    sp: Span,
) -> (u64, Option<u64>, Option<u64>, Vec<Span>) {
    match (n == 1).then(|| with_some_after(ctx, s, sp)).flatten() {
        Some(w) => (3, Some(3), None, vec![sp, w]),
        None => (n, None, None, vec![sp]),
    }
}

/// The dead or the wounded named in the plural with no number: «سقوط قتلى وجرحى»، «مقتل وإصابة
/// عدد من المصلين»، «لقي عدد من عناصره مصرعهم». The coding standard's reading is "at least two"
/// (`[2, 99]`), given as 2 with that low bound, as «أكثر من 40» is 40. A negated one («دون
/// وقوع إصابات»، «لم يسفر عن قتلى») says no one: 0. A word with a number near it is left to
/// the number's rules (they may have set it aside as cumulative or another event's).
fn plural_tolls(ctx: &Ctx<'_>, s: &Sentence) -> (Count, Count) {
    let mut fatal: Count = None;
    let mut injured: Count = None;
    let some = |w: &str| matches!(w, "عدد" | "عددا" | "العديد" | "عده" | "بعض");
    let numbered = |i: usize| {
        let from = ctx.nums.partition_point(|n| n.end + 8 < i);
        ctx.nums[from..]
            .iter()
            .take_while(|n| n.start <= i + 3)
            .any(|n| n.end <= s.end && n.start >= s.start)
    };
    // a negation just before, with nothing between but the words that carry it
    let negated = |i: usize| {
        let lo = i.saturating_sub(4).max(s.start);
        ctx.any(lo, i, Cue::Negation).is_some_and(|n| {
            (n + 1..i).all(|k| !matches!(ctx.norm(k), "عدد" | "العدد" | "حصيله" | "حجم"))
        })
    };
    for i in s.start..s.end {
        let kill = ctx.has(i, Cue::KillNoun) || ctx.has(i, Cue::ManyKilled);
        let hurt = ctx.has(i, Cue::InjuryNoun) || ctx.has(i, Cue::ManyInjured);
        if !kill && !hurt {
            continue;
        }
        let slot = if kill { &mut fatal } else { &mut injured };
        if slot.is_some() || numbered(i) {
            continue;
        }
        let sp = ctx.span(i, i + 1, 0);
        if negated(i) {
            *slot = Some((0, None, None, vec![sp]));
            continue;
        }
        // «مقتل عدد من»، «مقتل وإصابة العديد»: a killing word, then (a wounding word joined
        // by و) a word of some number
        let mut j = i + 1;
        let both = kill && ctx.has(j, Cue::InjuryNoun) && ctx.norm(j).starts_with('و');
        if both {
            j += 1;
        }
        let plural = if kill {
            ctx.has(i, Cue::ManyKilled)
        } else {
            ctx.has(i, Cue::ManyInjured)
        };
        if !(plural || some(ctx.norm(j))) {
            continue;
        }
        *slot = Some((2, Some(2), None, vec![sp]));
        if both && injured.is_none() {
            injured = Some((2, Some(2), None, vec![ctx.span(i + 1, i + 2, 1)]));
        }
    }
    (fatal, injured)
}

/// The word of one's companions right after a count at `at` («6 من مرافقيه»، «ثلاثة آخرين»):
/// «آخرين», or «من» and a plural with the pronoun of one («مرافقيه»، «حراسه»، «أطفالها»; not
/// «هم», theirs). Its index.
fn companions_at(ctx: &Ctx<'_>, at: usize, end: usize) -> Option<usize> {
    let w = |i: usize| if i < end { ctx.norm(i) } else { "" };
    if matches!(w(at), "اخرين" | "اخرون") {
        return Some(at);
    }
    if w(at) != "من" {
        return None;
    }
    // «من أفراد أسرته»
    let k = if matches!(w(at + 1), "افراد" | "اعضاء") {
        at + 2
    } else {
        at + 1
    };
    let c = w(k);
    let stem = c.strip_suffix("ها").or_else(|| c.strip_suffix('ه'))?;
    let one_of = [
        "مرافقي",
        "حراس",
        "عناصر",
        "رفاق",
        "ابنائ",
        "اطفال",
        "اولاد",
        "زملائ",
        "اشقائ",
        "اقارب",
        "افراد",
        "مساعدي",
        "اسرت",
        "عائلت",
        "جنود",
        "مقاتلي",
        "انصار",
    ];
    (!c.starts_with("ال") && one_of.contains(&stem)).then_some(k)
}

/// A person noun in the plural (a sound ending, or a broken plural of the press's counts):
/// «مدنيين»، «جنود»، «عناصر». A dual ends like a plural («جنديان»، «شخصين»): see [`dual_person`].
fn plural_person(w: &str) -> bool {
    w.ends_with("ين")
        || w.ends_with("ون")
        || w.ends_with("ان")
        || w.ends_with("ات")
        || matches!(
            w,
            "اشخاص"
                | "جنود"
                | "عناصر"
                | "افراد"
                | "ضباط"
                | "رجال"
                | "اطفال"
                | "نساء"
                | "مسلحي"
                | "مقاتلي"
                | "منسوبي"
                | "اخرين"
                | "اخرون"
        )
}

/// A dual of a person noun: «جنديان»، «شخصين»، «طفلان». The ending «ين» is a dual only for
/// nouns whose plural is broken (أشخاص، أطفال، جنود، رجال …); «مدنيين» and «مسلحين» are plurals.
fn dual_person(w: &str) -> bool {
    if w.ends_with("ان") {
        return w.chars().count() >= 4;
    }
    matches!(
        w,
        "شخصين"
            | "طفلين"
            | "جنديين"
            | "رجلين"
            | "شابين"
            | "ضابطين"
            | "عنصرين"
            | "فردين"
            | "امراتين"
            | "شرطيين"
            | "طفلتين"
            | "شقيقين"
    )
}

/// Merge mentions of the same event: same type, sub-type, place and date, compatible actors.
fn merge(evs: Vec<Explained>) -> Vec<Explained> {
    let mut out: Vec<Explained> = Vec::new();
    for e in evs {
        let key_place = |x: &Event| {
            x.location.as_ref().map(|l| {
                l.gazetteer_id
                    .clone()
                    .unwrap_or_else(|| marsad_text::fold(&l.text))
            })
        };
        // a general attack word with nothing of its own (no day, no toll) after a violent
        // event of the report is that event again, whatever type its sentence suggests
        let kin = |a: &str, b: &str| a == b || (e.weak && violent(a) && violent(b));
        let same_sub = |a: &str, b: &str| a == b || (bombing(a) && bombing(b));
        // (a list of places anchors a mention, unless its places lie in the earlier event's)
        let unanchored =
            |o: &Explained| !e.anchored || (e.list_anchored && within(&o.event, &e.event));
        let repeat = out.iter().any(|o| {
            unanchored(o)
                && kin(&o.event.event_type, &e.event.event_type)
                && (e.weak || same_sub(&o.event.sub_event_type, &e.event.sub_event_type))
        });
        let same = out.iter_mut().find(|o| {
            let a = &o.event;
            let b = &e.event;
            if repeat && unanchored(o) {
                // a repeat of the same kind of event (an air strike is not a shelling); a
                // general word may repeat any violent event, where the place agrees
                let same_kind = a.event_type == b.event_type
                    && (same_sub(&a.sub_event_type, &b.sub_event_type) || e.weak)
                    && compatible(&a.actor1, &b.actor1);
                return same_kind
                    || (e.weak
                        && kin(&a.event_type, &b.event_type)
                        && compatible(&a.actor1, &b.actor1)
                        && (key_place(a) == key_place(b)
                            || a.location.is_none()
                            || b.location.is_none()));
            }
            a.event_type == b.event_type
                && (a.sub_event_type == b.sub_event_type
                    || (bombing(&a.sub_event_type) && bombing(&b.sub_event_type)))
                && (key_place(a) == key_place(b)
                    || a.location.is_none()
                    || b.location.is_none()
                    || within(a, b)
                    || within(b, a))
                && (a.date.range.start == b.date.range.start
                    || borrowed_date(a)
                    || borrowed_date(b))
                && (compatible(&a.actor1, &b.actor1)
                    || (a.fatalities.is_some() && a.fatalities == b.fatalities))
        });
        match same {
            None => out.push(e),
            Some(o) => absorb(o, e, "same type, place and date"),
        }
    }
    out
}

/// After the decisions: two kept records the same in type, sub-type, place (one gazetteer
/// entry) and day, and not told with two different tolls, are one event told twice (the
/// sub-type and place decisions may give two mentions the sub-type or place that the rules'
/// merge saw apart). The first takes the other's toll when it has none, and the higher
/// confidence. Their first actors need not agree: the actor decision reads each mention
/// alone, and a report's second mention of a strike or a clash often names its side from
/// another angle («قوات النظام» then «الطيران الحربي»); the coding standard codes one event per
/// place and day of a kind.
pub(crate) fn merge_decided(evs: Vec<Explained>) -> Vec<Explained> {
    let mut out: Vec<Explained> = Vec::with_capacity(evs.len());
    for e in evs {
        let same = out.iter_mut().find(|o| {
            let (a, b) = (&o.event, &e.event);
            fn place(x: &Event) -> Option<&str> {
                x.location.as_ref().and_then(|l| l.gazetteer_id.as_deref())
            }
            a.event_type == b.event_type
                && a.sub_event_type == b.sub_event_type
                && place(a).is_some()
                && place(a) == place(b)
                && !(o.place_from_report || e.place_from_report)
                && a.date.range.start == b.date.range.start
                // two tolls told apart are two events
                && (a.fatalities.is_none() || b.fatalities.is_none() || a.fatalities == b.fatalities)
        });
        match same {
            None => out.push(e),
            Some(o) => {
                let conf = match (o.event.confidence, e.event.confidence) {
                    (Some(x), Some(y)) => Some(x.max(y)),
                    (x, y) => x.or(y),
                };
                absorb(o, e, "after the decisions: same sub-type, place and day");
                o.event.confidence = conf;
            }
        }
    }
    out
}

/// Fold the later mention `e` of an event into the record `o`: the finer place, the larger
/// toll (the smaller kept among the replaced tolls), what `o` lacks of the rest; `why` says
/// what made them one.
fn absorb(o: &mut Explained, e: Explained, why: &str) {
    let a = &mut o.event;
    let b = e.event;
    let finer = within(a, &b);
    // a headline dated by the lead takes the date its story gives
    if borrowed_date(a) && !borrowed_date(&b) {
        a.date = b.date.clone();
    }
    if b.sub_event_type == "suicide_bomb" {
        a.sub_event_type = b.sub_event_type.clone();
    }
    if a.actor1.is_none() {
        a.actor1 = b.actor1;
    }
    if (a.actor2.is_none()
        || a.actor2.as_ref().map(|x| &x.canonical) == a.actor1.as_ref().map(|x| &x.canonical))
        && b.actor2.as_ref().map(|x| &x.canonical) != a.actor1.as_ref().map(|x| &x.canonical)
    {
        a.actor2 = b.actor2.or(a.actor2.take());
    }
    if a.location.is_none() || finer {
        a.location = b.location;
    }
    if a.claimed_by.is_none() {
        a.claimed_by = b.claimed_by;
    }
    if b.fatalities.unwrap_or(0) > a.fatalities.unwrap_or(0) {
        if let Some(f) = a.fatalities {
            o.replaced_tolls.push(Toll {
                fatalities: f,
                low: a.fatalities_low,
                high: a.fatalities_high,
                evidence: std::mem::take(&mut a.fatalities_evidence),
                injured: a.injured.map(|i| (i, a.injured_evidence.clone())),
            });
        }
        o.replaced_tolls.extend(e.replaced_tolls);
        a.fatalities = b.fatalities;
        a.fatalities_low = b.fatalities_low;
        a.fatalities_high = b.fatalities_high;
        a.fatalities_evidence = b.fatalities_evidence;
    }
    if b.injured.unwrap_or(0) > a.injured.unwrap_or(0) {
        a.injured = b.injured;
        a.injured_evidence = b.injured_evidence;
    }
    o.why.push(format!(
        "merged with a later mention «{}» ({why})",
        b.trigger.text
    ));
}

/// `a`'s place is a country, province, region or countryside and `b`'s lies in it: a report's
/// "in Pakistan" and "in Lower Dir", or «ريف حلب» and «تل رفعت», name one event's place twice.
fn within(a: &Event, b: &Event) -> bool {
    match (&a.location, &b.location) {
        (Some(x), Some(y)) => contains(x, y, borrowed_date(a)),
        _ => false,
    }
}

/// Place `x` is a country, province, region or countryside and `y` lies in it (a countryside
/// only when `headline` says `x` is a headline's, and `y` is a town of its province near it).
fn contains(x: &Location, y: &Location, headline: bool) -> bool {
    use marsad_model::PlacePrecision as P;
    let near = |km: f64| match (x.lat, x.lon, y.lat, y.lon) {
        (Some(a), Some(b), Some(c), Some(d)) => marsad_geo::distance_km(a, b, c, d) < km,
        _ => false,
    };
    x.country.is_some()
        && x.country == y.country
        && match x.precision {
            Some(P::Country) => true,
            Some(P::Admin1) | Some(P::Region) => {
                x.admin1.is_none() || y.admin1 == x.admin1 || x.name == y.admin1
            }
            // «ريف حلب» and a town in it, when the countryside is a headline's
            Some(P::Admin2) => {
                headline
                    && y.precision == Some(P::PopulatedPlace)
                    && y.admin1 == x.admin1
                    && near(60.0)
            }
            _ => false,
        }
}

/// How coarse a place is: a country 3, a province or region 2, a countryside 1, a town 0.
fn coarseness(l: &Location) -> u8 {
    use marsad_model::PlacePrecision as P;
    match l.precision {
        Some(P::Country) => 3,
        Some(P::Admin1) | Some(P::Region) => 2,
        Some(P::Admin2) => 1,
        _ => 0,
    }
}

/// Battles, explosions and violence against civilians: the kinds that kill.
fn violent(et: &str) -> bool {
    matches!(
        et,
        "battles" | "explosions_remote_violence" | "violence_against_civilians"
    )
}

/// The event's date was taken from another sentence (the lead's, or publication day).
fn borrowed_date(e: &Event) -> bool {
    match (e.date.span, e.sentence) {
        (Some(d), Some(s)) => d.start < s.start || d.end > s.end,
        (None, _) => true,
        _ => false,
    }
}

/// A bomb told once as a bombing and once as a suicide attack is one event.
fn bombing(st: &str) -> bool {
    matches!(st, "suicide_bomb" | "remote_explosive_landmine_ied")
}

fn compatible(a: &Option<Actor>, b: &Option<Actor>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.canonical == y.canonical,
        _ => true,
    }
}

/// The text of a span through the code point index.
fn ctx_slice<'t>(cps: &[u32], text: &'t str, s: Span) -> &'t str {
    let b = |i: usize| cps.get(i).map_or(text.len(), |&x| x as usize);
    &text[b(s.start)..b(s.end.max(s.start))]
}
