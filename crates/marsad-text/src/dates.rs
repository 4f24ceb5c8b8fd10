//! Dates with spans, resolved against the publication date.
//!
//! Matched on folded tokens (`أمس` is `امس`, `آذار` is `اذار`, `الجمعة` is `الجمعه`). A
//! proclitic on the first word (`وأمس`, `بالأمس`, `ويوم`) is left out of the span through
//! [`DateMention::skip`]; the article stays in.
//!
//! What is recognised, with `p` the publication date:
//! - `اليوم` → `p`; `أمس`, `الأمس`, `يوم أمس`, `الليلة الماضية` → `p−1`; `أول أمس`,
//!   `أول من أمس`, `أمس الأول` → `p−2`; `غدا`, `يوم غد` → `p+1`. A time-of-day word may come
//!   first (`صباح`, `مساء`, `ظهر`, `فجر`, `ليل`, `ليلة`, `عصر`, `ظهيرة`, `صبيحة`, `نهار`,
//!   `ضحى`, `عشية`), then optionally `يوم`, and a weekday may follow (`أمس الخميس`,
//!   `اليوم الثلاثاء`); all are part of the span. `اليوم` is not today in `اليوم التالي`,
//!   `اليوم نفسه`, `ذلك اليوم`, `اليوم العالمي`...
//! - a weekday with the article (`الأحد` ... `السبت`), alone or after a time word or `يوم`:
//!   the latest such day on or before `p`; with `الماضي` strictly before `p`; with `المقبل` /
//!   `القادم` strictly after. `الجمعة` alone is too often the prayer or "the group": it needs
//!   `يوم` or a time word. A weekday followed by an explicit date (`الخميس 12 مارس`,
//!   `يوم الخميس الموافق 12/3/2019`) takes the explicit date.
//! - `الأسبوع الماضي` / `المنصرم` → the seven days `p−7 ..= p−1` (week precision; no
//!   calendar week is assumed, since the first day of the week differs across the region);
//!   `الشهر الماضي` → the previous calendar month, `الشهر الجاري` / `الحالي` / `هذا الشهر` → the
//!   current one; `العام الماضي` / `السنة الماضية` → the previous year, `العام الجاري` /
//!   `هذا العام` → the current one.
//! - explicit dates: `12 مارس 2019`, `12 آذار/مارس 2019`, `12 مارس (آذار) 2019`,
//!   `الـ12 من مارس`, `الثاني عشر من آذار`, `الحادي والعشرين من أيلول`; Gregorian
//!   (Egyptian and Maghrebi spellings too) and Levantine month names. Without a year the year
//!   is that of `p`, or the one before when that would put the date more than 60 days after
//!   `p`; with `الماضي` the date is the latest one before `p`, with `المقبل` the next after.
//! - month and year (`مارس 2019`, `شهر آذار`, `في آذار الماضي`, `خلال نيسان`): month
//!   precision. A month without day or year needs `شهر` before it, an adjective after it, or
//!   a preposition such as `في` / `منذ` / `خلال` / `مطلع` before it; `مارس` ("he practised"),
//!   `آب` ("father") and `ماي` are only taken with a day, a year, an adjective or `شهر`.
//! - numeric dates, day first: `12/3/2019`, `12-3-2019`, `12.3.2019`, `12/3/19`, and
//!   `2019-03-12`.
//! - a year after `عام` / `سنة` / `العام` / `السنة` (`عام 2014`): year precision.
//!
//! `relative` is true whenever anything (even only the year) came from the publication
//! date. Impossible dates (`31 فبراير`) are skipped. Mentions are in token order and do not
//! overlap; the scan is linear and never panics.

use crate::numbers::{plain_int, skip_of};
use crate::tokens::{Token, TokenKind};
use chrono::{Datelike, Days, NaiveDate};
use marsad_model::{DatePrecision, DateRange};

/// A date expression found in the tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Folded characters of the first token that are a clitic, to leave out of the span.
    pub skip: usize,
    /// The resolved period.
    pub range: DateRange,
    /// True when resolved relative to the publication date (اليوم، أمس، الإثنين...).
    pub relative: bool,
}

/// Find dates in `tokens`, resolving relative ones against `published`.
pub fn find_dates(tokens: &[Token], published: NaiveDate) -> Vec<DateMention> {
    find_dates_with(tokens, published, &crate::AllReadings::new(tokens))
}

/// Like [`find_dates`], with the clitic readings of the tokens computed once by the caller.
pub fn find_dates_with(
    tokens: &[Token],
    published: NaiveDate,
    rds: &crate::AllReadings<'_>,
) -> Vec<DateMention> {
    let cx = Cx {
        t: tokens,
        p: published,
        r: rds,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match cx.at(i) {
            Some(m) => {
                i = m.end.max(i + 1);
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// What a word can start or be part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum W {
    Time,
    Yawm,
    Today,
    Yest,
    Awwal,
    Ghad,
    GhadTimed,
    /// Days from Sunday.
    Weekday(u32),
    /// Month number, and whether the name is also a common word.
    Month(u32, bool),
    Kanun,
    Tishrin,
    YearKw,
    YearNoun,
    WeekNoun,
    MonthNoun,
    Shahr,
    Laila,
    Hadha,
}

fn classify(s: &str) -> Option<W> {
    use W::*;
    Some(match s {
        "صباح" | "مساء" | "ظهر" | "فجر" | "ليل" | "ليله" | "عصر" | "ظهيره" | "صبيحه" | "نهار"
        | "ضحي" | "عشيه" => Time,
        "يوم" => Yawm,
        "اليوم" => Today,
        "امس" | "الامس" => Yest,
        "اول" => Awwal,
        "غدا" => Ghad,
        "غد" | "الغد" => GhadTimed,
        "الاحد" => Weekday(0),
        "الاثنين" => Weekday(1),
        "الثلاثاء" => Weekday(2),
        "الاربعاء" => Weekday(3),
        "الخميس" => Weekday(4),
        "الجمعه" => Weekday(5),
        "السبت" => Weekday(6),
        "كانون" => Kanun,
        "تشرين" => Tishrin,
        "عام" | "سنه" => YearKw,
        "العام" | "السنه" => YearNoun,
        "الاسبوع" => WeekNoun,
        "الشهر" => MonthNoun,
        "شهر" => Shahr,
        "الليله" => Laila,
        "هذا" | "هذه" => Hadha,
        _ => {
            let (m, amb) = month_of(s)?;
            Month(m, amb)
        }
    })
}

/// One-word month names: number, and whether the name is also a common word.
fn month_of(s: &str) -> Option<(u32, bool)> {
    Some(match s {
        "يناير" | "جانفي" => (1, false),
        "فبراير" | "فيفري" | "شباط" => (2, false),
        "مارس" => (3, true),
        "اذار" => (3, false),
        "ابريل" | "افريل" | "نيسان" => (4, false),
        "مايو" | "ايار" => (5, false),
        "ماي" => (5, true),
        "يونيو" | "يونيه" | "جوان" | "حزيران" => (6, false),
        "يوليو" | "يوليه" | "جويليه" | "تموز" => (7, false),
        "اغسطس" | "اوت" => (8, false),
        "اب" => (8, true),
        "سبتمبر" | "ايلول" => (9, false),
        "اكتوبر" => (10, false),
        "نوفمبر" => (11, false),
        "ديسمبر" | "دجنبر" => (12, false),
        _ => return None,
    })
}

/// Ordinal day words (`الحادي` only in compounds, returned as 11).
fn ordinal(s: &str) -> Option<u32> {
    Some(match s {
        "الاول" => 1,
        "الثاني" => 2,
        "الثالث" => 3,
        "الرابع" => 4,
        "الخامس" => 5,
        "السادس" => 6,
        "السابع" => 7,
        "الثامن" => 8,
        "التاسع" => 9,
        "العاشر" => 10,
        "الحادي" => 11,
        "العشرين" => 20,
        "الثلاثين" => 30,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Adj {
    Past,
    Current,
    Next,
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn plus(d: NaiveDate, n: u64) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(n))
}

fn minus(d: NaiveDate, n: u64) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(n))
}

fn month_range(y: i32, m: u32) -> Option<DateRange> {
    let start = ymd(y, m, 1)?;
    let next = if m == 12 {
        ymd(y.checked_add(1)?, 1, 1)?
    } else {
        ymd(y, m + 1, 1)?
    };
    Some(DateRange {
        start,
        end: next.pred_opt()?,
        precision: DatePrecision::Month,
    })
}

fn year_range(y: i32) -> Option<DateRange> {
    Some(DateRange {
        start: ymd(y, 1, 1)?,
        end: ymd(y, 12, 31)?,
        precision: DatePrecision::Year,
    })
}

/// Resolved range, end token, relative.
type Found = (DateRange, usize, bool);

struct Cx<'a, 'r> {
    t: &'a [Token],
    p: NaiveDate,
    r: &'r crate::AllReadings<'r>,
}

impl<'a> Cx<'a, '_> {
    fn word(&self, k: usize) -> Option<&'a str> {
        self.t
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    }

    fn is(&self, k: usize, s: &str) -> bool {
        self.word(k) == Some(s)
    }

    fn punct(&self, k: usize) -> Option<char> {
        match self.t.get(k)?.kind {
            TokenKind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// True when tokens `k` and `k + 1` touch (no space between).
    fn touch(&self, k: usize) -> bool {
        match (self.t.get(k), self.t.get(k + 1)) {
            (Some(a), Some(b)) => a.fend == b.fstart,
            _ => false,
        }
    }

    /// The kind of word `k` and the clitic characters to skip. Only readings that strip
    /// proclitics are tried (an article must be part of the listed form), and an ambiguous
    /// month name takes no clitic.
    fn kind_at(&self, k: usize) -> Option<(W, usize)> {
        let t = self.t.get(k)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        for r in self.r.get(k) {
            if r.definite {
                continue;
            }
            let Some(w) = classify(r.stem) else { continue };
            if r.prefix > 0 && matches!(w, W::Month(_, true)) {
                return None;
            }
            return Some((w, skip_of(&t.norm, r)));
        }
        None
    }

    /// The kind of word `k` without any clitic.
    fn kind_bare(&self, k: usize) -> Option<W> {
        classify(self.word(k)?)
    }

    fn adj_at(&self, k: usize) -> Option<Adj> {
        Some(match self.word(k)? {
            "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "الفايت" | "الفايته" => {
                Adj::Past
            }
            "الجاري" | "الجاريه" | "الحالي" | "الحاليه" => Adj::Current,
            "المقبل" | "المقبله" | "القادم" | "القادمه" => Adj::Next,
            _ => return None,
        })
    }

    /// A year that heads a line, as in a chronology: `1940- ...` or `2008: ...`.
    fn year_heading(&self, i: usize) -> Option<Found> {
        let line_start =
            i == 0 || matches!(self.t.get(i - 1).map(|t| t.kind), Some(TokenKind::Newline));
        if !line_start {
            return None;
        }
        let (y, e) = self.year_at(i)?;
        let dash = matches!(
            self.t.get(e).map(|t| t.kind),
            Some(TokenKind::Punct('-' | ':' | '–' | '—'))
        );
        if !dash {
            return None;
        }
        Some((year_range(y)?, e, false))
    }

    /// A four-digit year 1900..=2100 at `k` (and a following `م`): year and end.
    fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        let t = self.t.get(k)?;
        if t.norm.len() != 4 {
            return None;
        }
        let y = plain_int(t)?;
        if !(1900..=2100).contains(&y) {
            return None;
        }
        let e = if self.is(k + 1, "م") && self.touch(k) {
            k + 2
        } else {
            k + 1
        };
        Some((y as i32, e))
    }

    /// A month name at `k` (one word, or كانون/تشرين and its ordinal), with an alternative
    /// name of the same month after `/`, `-` or in brackets: month, end, ambiguous.
    fn month_at(&self, k: usize, alt: bool) -> Option<(u32, usize, bool)> {
        let (m, mut e, mut amb) = match self.kind_bare(k)? {
            W::Kanun => match self.word(k + 1)? {
                "الثاني" | "ثاني" => (1, k + 2, false),
                "الاول" | "اول" => (12, k + 2, false),
                _ => return None,
            },
            W::Tishrin => match self.word(k + 1)? {
                "الاول" | "اول" => (10, k + 2, false),
                "الثاني" | "ثاني" => (11, k + 2, false),
                _ => return None,
            },
            W::Month(m, amb) => (m, k + 1, amb),
            _ => return None,
        };
        if alt {
            if let Some(c @ ('/' | '-' | '(')) = self.punct(e) {
                if let Some((m2, e2, _)) = self.month_at(e + 1, false) {
                    if m2 == m {
                        e = e2;
                        amb = false;
                        if c == '(' && self.punct(e) == Some(')') {
                            e += 1;
                        }
                    }
                }
            }
        }
        Some((m, e, amb))
    }

    fn at(&self, i: usize) -> Option<DateMention> {
        let t = self.t.get(i)?;
        let mk = |(range, end, relative): Found, skip: usize| DateMention {
            start: i,
            end,
            skip,
            range,
            relative,
        };
        match t.kind {
            TokenKind::Number => self
                .numeric(i)
                .or_else(|| self.explicit(i))
                .or_else(|| self.year_heading(i))
                .map(|f| mk(f, 0)),
            TokenKind::Word => {
                if t.norm == "ال" {
                    return self.explicit(i + 1).map(|f| mk(f, 0));
                }
                let Some((w, skip)) = self.kind_at(i) else {
                    return self.ordinal_date(i).map(|f| mk(f, 0));
                };
                let f = match w {
                    W::Time
                    | W::Yawm
                    | W::Today
                    | W::Yest
                    | W::Awwal
                    | W::Ghad
                    | W::GhadTimed
                    | W::Weekday(_)
                    | W::Laila => self.relative(i, w),
                    W::Month(..) | W::Kanun | W::Tishrin | W::Shahr => self.month_only(i, w),
                    W::YearKw | W::YearNoun | W::WeekNoun | W::MonthNoun | W::Hadha => {
                        self.period(i, w)
                    }
                };
                // `الأول` of an ordinal date is not a relative word
                f.or_else(|| self.ordinal_date(i)).map(|f| mk(f, skip))
            }
            _ => None,
        }
    }

    /// اليوم، أمس، أول أمس، غدا، الليلة الماضية، weekdays, with time words before.
    fn relative(&self, i: usize, w: W) -> Option<Found> {
        let p = self.p;
        let mut k = i;
        let mut w = w;
        let mut timed = false;
        if w == W::Time {
            timed = true;
            k += 1;
            w = self.kind_bare(k)?;
            if w == W::Yawm {
                k += 1;
                w = self.kind_bare(k)?;
            }
        } else if w == W::Yawm {
            timed = true;
            k += 1;
            w = self.kind_bare(k)?;
        }
        let (d, mut e) = match w {
            W::Today => {
                if !timed && self.today_excluded(k) {
                    return None;
                }
                (p, k + 1)
            }
            W::Yest => {
                if self.is(k + 1, "الحاجه") {
                    return None;
                }
                if self.is(k + 1, "الاول") {
                    (minus(p, 2)?, k + 2)
                } else {
                    (minus(p, 1)?, k + 1)
                }
            }
            W::Awwal => {
                if self.is(k + 1, "امس") {
                    (minus(p, 2)?, k + 2)
                } else if self.is(k + 1, "من") && self.is(k + 2, "امس") {
                    (minus(p, 2)?, k + 3)
                } else {
                    return None;
                }
            }
            W::Ghad => (plus(p, 1)?, k + 1),
            W::GhadTimed if timed => (plus(p, 1)?, k + 1),
            W::Laila if !timed && self.adj_at(k + 1) == Some(Adj::Past) => (minus(p, 1)?, k + 2),
            W::Weekday(wd) => return self.weekday(k, wd, timed),
            _ => return None,
        };
        if matches!(w, W::Today | W::Yest | W::Awwal) {
            if let Some(W::Weekday(_)) = self.kind_bare(e) {
                e += 1;
            }
        }
        Some((DateRange::day(d), e, true))
    }

    /// `اليوم` that is not today: اليوم التالي، اليوم نفسه، ذلك اليوم، اليوم العالمي...
    fn today_excluded(&self, k: usize) -> bool {
        let next = matches!(
            self.word(k + 1),
            Some(
                "التالي"
                    | "السابق"
                    | "نفسه"
                    | "ذاته"
                    | "الذي"
                    | "الاول"
                    | "الثاني"
                    | "الثالث"
                    | "الاخير"
                    | "العالمي"
                    | "الوطني"
                    | "الدولي"
                    | "الموعود"
                    | "ال"
            )
        );
        let prev = k > 0 && matches!(self.word(k - 1), Some("ذلك" | "ذاك" | "ذات"));
        next || prev
    }

    fn weekday(&self, k: usize, wd: u32, timed: bool) -> Option<Found> {
        let p = self.p;
        if wd == 5 && !timed {
            return None;
        }
        if wd == 0 && matches!(self.word(k + 1), Some("عشر" | "عشره")) {
            return None;
        }
        let mut e = k + 1;
        let adj = self.adj_at(e);
        if adj.is_some() {
            e += 1;
        } else {
            // الخميس 12 مارس / الخميس، الموافق 12/3/2019
            let mut k2 = e;
            if matches!(self.punct(k2), Some(',' | '،')) {
                k2 += 1;
            }
            if self.is(k2, "الموافق") {
                k2 += 1;
            }
            let explicit = match self.t.get(k2).map(|t| t.kind) {
                Some(TokenKind::Number) => self.numeric(k2).or_else(|| self.explicit(k2)),
                Some(TokenKind::Word) if self.is(k2, "ال") => self.explicit(k2 + 1),
                Some(TokenKind::Word) => self.ordinal_date(k2),
                _ => None,
            };
            if explicit.is_some() {
                return explicit;
            }
        }
        let pw = p.weekday().num_days_from_sunday();
        let back = u64::from((pw + 7 - wd) % 7);
        let ahead = u64::from((wd + 7 - pw) % 7);
        let d = match adj {
            None | Some(Adj::Current) => minus(p, back)?,
            Some(Adj::Past) => minus(p, if back == 0 { 7 } else { back })?,
            Some(Adj::Next) => plus(p, if ahead == 0 { 7 } else { ahead })?,
        };
        Some((DateRange::day(d), e, true))
    }

    /// الأسبوع الماضي، الشهر الماضي، العام الماضي، هذا العام، عام 2014...
    fn period(&self, i: usize, w: W) -> Option<Found> {
        let p = self.p;
        let y = p.year();
        match w {
            W::YearKw => {
                let (yy, e) = self.year_at(i + 1)?;
                Some((year_range(yy)?, e, false))
            }
            W::YearNoun => {
                if let Some((yy, e)) = self.year_at(i + 1) {
                    return Some((year_range(yy)?, e, false));
                }
                match self.adj_at(i + 1)? {
                    Adj::Past => Some((year_range(y - 1)?, i + 2, true)),
                    Adj::Current => Some((year_range(y)?, i + 2, true)),
                    Adj::Next => None,
                }
            }
            W::WeekNoun => match self.adj_at(i + 1)? {
                Adj::Past => {
                    let r = DateRange {
                        start: minus(p, 7)?,
                        end: minus(p, 1)?,
                        precision: DatePrecision::Week,
                    };
                    Some((r, i + 2, true))
                }
                _ => None,
            },
            W::MonthNoun => {
                let (y, m, e) = self.month_noun(i)?;
                Some((month_range(y, m)?, e, true))
            }
            W::Hadha => match self.word(i + 1)? {
                "العام" | "السنه" => Some((year_range(y)?, i + 2, true)),
                "الشهر" => Some((month_range(y, p.month())?, i + 2, true)),
                _ => None,
            },
            _ => None,
        }
    }

    /// A month without a day: `مارس 2019`, `شهر آذار`, `في نيسان`, `آب الماضي`.
    fn month_only(&self, i: usize, w: W) -> Option<Found> {
        let p = self.p;
        let (k, shahr) = if w == W::Shahr {
            (i + 1, true)
        } else {
            (i, false)
        };
        // after a day number the date was impossible (31 فبراير): nothing
        let before = if i > 0 && self.is(i - 1, "من") {
            i.checked_sub(2)
        } else {
            i.checked_sub(1)
        };
        if !shahr
            && before
                .and_then(|b| self.t.get(b))
                .is_some_and(|t| t.norm.len() <= 2 && plain_int(t).is_some())
        {
            return None;
        }
        let (m, e, amb) = if shahr {
            self.month_at(k, true)?
        } else {
            // the first word may carry a clitic (ونيسان): its kind is already known
            match w {
                W::Month(m, amb) => {
                    let (m2, e, amb2) = self.month_at(k, true).unwrap_or((m, k + 1, amb));
                    (m2, e, amb && amb2)
                }
                _ => self.month_at(k, true)?,
            }
        };
        if let Some((y, e2)) = self.year_at(e) {
            return Some((month_range(y, m)?, e2, false));
        }
        if let Some(adj) = self.adj_at(e) {
            let y = p.year();
            let y = match adj {
                Adj::Past if m < p.month() => y,
                Adj::Past => y - 1,
                Adj::Current => y,
                Adj::Next if m > p.month() => y,
                Adj::Next => y + 1,
            };
            return Some((month_range(y, m)?, e + 1, true));
        }
        if !shahr && (amb || !self.month_context(i)) {
            return None;
        }
        let mut y = p.year();
        if ymd(y, m, 1)? > plus(p, 60)? {
            y -= 1;
        }
        Some((month_range(y, m)?, e, true))
    }

    /// A preposition or time noun before a month name (في، منذ، خلال، مطلع...).
    fn month_context(&self, i: usize) -> bool {
        if i.checked_sub(1).and_then(|k| self.word(k)).is_none() {
            return false;
        }
        self.r.get(i - 1).iter().any(|r| {
            !r.definite
                && matches!(
                    r.stem,
                    "في" | "منذ"
                        | "خلال"
                        | "مطلع"
                        | "اوايل"
                        | "اواخر"
                        | "منتصف"
                        | "نهايه"
                        | "بدايه"
                        | "اواسط"
                        | "حتي"
                        | "قبل"
                        | "بعد"
                        | "الي"
                        | "غره"
                        | "اول"
                )
        })
    }

    /// `من العام الماضي`, `من العام الجاري`, `من عام 2014` after a day and month: the year.
    fn of_year(&self, e: usize) -> Option<(i32, usize, bool)> {
        if !self.is(e, "من") {
            return None;
        }
        match self.kind_bare(e + 1)? {
            W::YearKw => self.year_at(e + 2).map(|(y, e2)| (y, e2, false)),
            W::YearNoun => {
                let y = self.p.year();
                let y = match self.adj_at(e + 2)? {
                    Adj::Past => y - 1,
                    Adj::Current => y,
                    Adj::Next => y + 1,
                };
                Some((y, e + 3, true))
            }
            _ => None,
        }
    }

    /// A day number (at `i`) and a month: `12 مارس 2019`, `12 من آذار`.
    fn explicit(&self, i: usize) -> Option<Found> {
        let t = self.t.get(i)?;
        if t.norm.len() > 2 {
            return None;
        }
        let day = plain_int(t)?;
        self.day_month(day, i + 1)
    }

    fn day_month(&self, day: u32, k: usize) -> Option<Found> {
        if !(1..=31).contains(&day) {
            return None;
        }
        let p = self.p;
        let of = self.is(k, "من");
        let k = if of { k + 1 } else { k };
        let Some((m, e, _)) = self.month_at(k, true) else {
            // «السابع من الشهر الجاري», «في 7 من الشهر الماضي»: a day of this month or the last
            let (y, m, e) = self.month_noun(k).filter(|_| of)?;
            return Some((DateRange::day(ymd(y, m, day)?), e, true));
        };
        if let Some((y, e2)) = self.year_at(e) {
            return Some((DateRange::day(ymd(y, m, day)?), e2, false));
        }
        if let Some((y, e2, relative)) = self.of_year(e) {
            return Some((DateRange::day(ymd(y, m, day)?), e2, relative));
        }
        let y = p.year();
        let (d, e) = match self.adj_at(e) {
            Some(Adj::Past) => {
                let d = ymd(y, m, day).filter(|&d| d < p);
                (d.or_else(|| ymd(y - 1, m, day))?, e + 1)
            }
            Some(Adj::Next) => {
                let d = ymd(y, m, day).filter(|&d| d > p);
                (d.or_else(|| ymd(y + 1, m, day))?, e + 1)
            }
            Some(Adj::Current) => (ymd(y, m, day)?, e + 1),
            None => {
                let d = ymd(y, m, day)?;
                (
                    if d > plus(p, 60)? {
                        ymd(y - 1, m, day)?
                    } else {
                        d
                    },
                    e,
                )
            }
        };
        Some((DateRange::day(d), e, true))
    }

    /// `الشهر الجاري` / `الحالي`, `هذا الشهر`, `الشهر الماضي` at `k`: year, month, end token.
    fn month_noun(&self, k: usize) -> Option<(i32, u32, usize)> {
        let p = self.p;
        match (self.word(k)?, self.word(k + 1)) {
            ("هذا", Some("الشهر")) => Some((p.year(), p.month(), k + 2)),
            ("الشهر", _) => match self.adj_at(k + 1)? {
                Adj::Current => Some((p.year(), p.month(), k + 2)),
                Adj::Past => {
                    let prev = ymd(p.year(), p.month(), 1)?.pred_opt()?;
                    Some((prev.year(), prev.month(), k + 2))
                }
                Adj::Next => None,
            },
            _ => None,
        }
    }

    /// An ordinal day and a month: `الثاني عشر من آذار`.
    fn ordinal_date(&self, i: usize) -> Option<Found> {
        let o = ordinal(self.word(i)?)?;
        let (day, k) = match o {
            1..=9 | 11 => {
                let base = if o == 11 { 1 } else { o };
                match self.word(i + 1) {
                    Some("عشر") => (10 + base, i + 2),
                    Some("والعشرين") => (20 + base, i + 2),
                    Some("والثلاثين") => (30 + base, i + 2),
                    _ if o == 11 => return None,
                    _ => (o, i + 1),
                }
            }
            _ => (o, i + 1),
        };
        if !self.is(k, "من") {
            return None;
        }
        self.day_month(day, k)
    }

    /// `12/3/2019`, `12-3-2019`, `2019-03-12`, `12.3.2019`, `12/3/19`.
    fn numeric(&self, i: usize) -> Option<Found> {
        let t = self.t.get(i)?;
        let (a, b, c, end): (&str, &str, &str, usize);
        if t.norm.bytes().filter(|&x| x == b'.').count() == 2 {
            let mut it = t.norm.split('.');
            a = it.next()?;
            b = it.next()?;
            c = it.next()?;
            end = i + 1;
        } else {
            let sep = self.punct(i + 1)?;
            if !matches!(sep, '/' | '-')
                || self.punct(i + 3) != Some(sep)
                || !(i..i + 4).all(|k| self.touch(k))
            {
                return None;
            }
            let (x, y) = (self.t.get(i + 2)?, self.t.get(i + 4)?);
            if x.kind != TokenKind::Number || y.kind != TokenKind::Number {
                return None;
            }
            (a, b, c, end) = (&t.norm, &x.norm, &y.norm, i + 5);
        }
        let num = |s: &str| -> Option<u32> {
            if s.is_empty() || s.len() > 4 || !s.bytes().all(|x| x.is_ascii_digit()) {
                return None;
            }
            s.parse().ok()
        };
        let (y, m, d) = if a.len() == 4 {
            (num(a)?, num(b)?, num(c)?)
        } else if a.len() <= 2 && b.len() <= 2 && c.len() == 4 {
            (num(c)?, num(b)?, num(a)?)
        } else if a.len() <= 2 && b.len() <= 2 && c.len() == 2 {
            let yy = num(c)?;
            let cur = (self.p.year().rem_euclid(100)) as u32;
            (
                if yy <= cur + 1 { 2000 + yy } else { 1900 + yy },
                num(b)?,
                num(a)?,
            )
        } else {
            return None;
        };
        if !(1900..=2100).contains(&y) {
            return None;
        }
        Some((DateRange::day(ymd(y as i32, m, d)?), end, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::Analyzed;

    /// 2019-03-14 is a Thursday.
    fn pubd() -> NaiveDate {
        NaiveDate::from_ymd_opt(2019, 3, 14).unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Expected: span text, start, end, precision, relative.
    type Exp<'a> = (&'a str, &'a str, &'a str, DatePrecision, bool);

    fn run_at(
        input: &str,
        p: NaiveDate,
    ) -> Vec<(String, NaiveDate, NaiveDate, DatePrecision, bool)> {
        let a = Analyzed::new(input);
        find_dates(&a.tokens, p)
            .into_iter()
            .map(|m| {
                let sp = a.span(m.start, m.end, m.skip);
                (
                    sp.slice(input).to_string(),
                    m.range.start,
                    m.range.end,
                    m.range.precision,
                    m.relative,
                )
            })
            .collect()
    }

    fn check_at(input: &str, p: NaiveDate, expected: &[Exp<'_>]) {
        let exp: Vec<_> = expected
            .iter()
            .map(|&(s, a, b, pr, r)| (s.to_string(), d(a), d(b), pr, r))
            .collect();
        assert_eq!(run_at(input, p), exp, "input: {input}");
    }

    fn check(input: &str, expected: &[Exp<'_>]) {
        check_at(input, pubd(), expected);
    }

    fn day<'a>(s: &'a str, date: &'a str, rel: bool) -> Exp<'a> {
        (s, date, date, DatePrecision::Day, rel)
    }

    use DatePrecision::{Month, Week, Year};

    #[test]
    fn today_yesterday() {
        check(
            "قصفت الطائرات اليوم المدينة",
            &[day("اليوم", "2019-03-14", true)],
        );
        check("واليوم هدأ القتال", &[day("اليوم", "2019-03-14", true)]);
        check("صباح اليوم", &[day("صباح اليوم", "2019-03-14", true)]);
        check("اليوم الخميس", &[day("اليوم الخميس", "2019-03-14", true)]);
        check("في اليوم التالي", &[]);
        check("في ذلك اليوم", &[]);
        check("قُتل أمس", &[day("أمس", "2019-03-13", true)]);
        check("وأمس", &[day("أمس", "2019-03-13", true)]);
        check("بالأمس", &[day("الأمس", "2019-03-13", true)]);
        check("يوم أمس", &[day("يوم أمس", "2019-03-13", true)]);
        check(
            "مساء أمس الأربعاء",
            &[day("مساء أمس الأربعاء", "2019-03-13", true)],
        );
        check("ليل أمس", &[day("ليل أمس", "2019-03-13", true)]);
        check(
            "الليلة الماضية",
            &[day("الليلة الماضية", "2019-03-13", true)],
        );
        check("أول أمس", &[day("أول أمس", "2019-03-12", true)]);
        check("أول من أمس", &[day("أول من أمس", "2019-03-12", true)]);
        check("أمس الأول", &[day("أمس الأول", "2019-03-12", true)]);
        check("غدا", &[day("غدا", "2019-03-15", true)]);
        check("يوم غد", &[day("يوم غد", "2019-03-15", true)]);
        check("في أمس الحاجة", &[]);
    }

    #[test]
    fn weekdays() {
        check("الثلاثاء", &[day("الثلاثاء", "2019-03-12", true)]);
        check("يوم الاثنين", &[day("يوم الاثنين", "2019-03-11", true)]);
        check("يوم الإثنين", &[day("يوم الإثنين", "2019-03-11", true)]);
        check("الخميس", &[day("الخميس", "2019-03-14", true)]);
        check("الخميس الماضي", &[day("الخميس الماضي", "2019-03-07", true)]);
        check("السبت المقبل", &[day("السبت المقبل", "2019-03-16", true)]);
        check("فجر السبت", &[day("فجر السبت", "2019-03-09", true)]);
        check("صباح يوم الأحد", &[day("صباح يوم الأحد", "2019-03-10", true)]);
        check("ويوم الأربعاء", &[day("يوم الأربعاء", "2019-03-13", true)]);
        check("والأربعاء", &[day("الأربعاء", "2019-03-13", true)]);
        check("يوم الجمعة", &[day("يوم الجمعة", "2019-03-08", true)]);
        check("صلاة الجمعة", &[]);
        check(
            "مساء الجمعة الماضية",
            &[day("مساء الجمعة الماضية", "2019-03-08", true)],
        );
        check(
            "فجر اليوم السبت",
            &[day("فجر اليوم السبت", "2019-03-14", true)],
        );
        check("الأحد عشر", &[]);
        check("الخميس 7 مارس", &[day("الخميس 7 مارس", "2019-03-07", true)]);
        check(
            "الخميس 7 مارس 2019",
            &[day("الخميس 7 مارس 2019", "2019-03-07", false)],
        );
        check(
            "يوم الخميس، الموافق 7/3/2019",
            &[day("يوم الخميس، الموافق 7/3/2019", "2019-03-07", false)],
        );
    }

    #[test]
    fn periods() {
        check(
            "الأسبوع الماضي",
            &[("الأسبوع الماضي", "2019-03-07", "2019-03-13", Week, true)],
        );
        check(
            "الشهر الماضي",
            &[("الشهر الماضي", "2019-02-01", "2019-02-28", Month, true)],
        );
        check(
            "الشهر الجاري",
            &[("الشهر الجاري", "2019-03-01", "2019-03-31", Month, true)],
        );
        check(
            "هذا الشهر",
            &[("هذا الشهر", "2019-03-01", "2019-03-31", Month, true)],
        );
        // a day of this month or the last
        check(
            "في السابع من الشهر الجاري",
            &[day("السابع من الشهر الجاري", "2019-03-07", true)],
        );
        check(
            "يوم 25 من الشهر الماضي",
            &[day("25 من الشهر الماضي", "2019-02-25", true)],
        );
        check(
            "الثاني عشر من هذا الشهر",
            &[day("الثاني عشر من هذا الشهر", "2019-03-12", true)],
        );
        check(
            "العام الماضي",
            &[("العام الماضي", "2018-01-01", "2018-12-31", Year, true)],
        );
        check(
            "السنة الماضية",
            &[("السنة الماضية", "2018-01-01", "2018-12-31", Year, true)],
        );
        check(
            "هذا العام",
            &[("هذا العام", "2019-01-01", "2019-12-31", Year, true)],
        );
        check(
            "منذ عام 2014",
            &[("عام 2014", "2014-01-01", "2014-12-31", Year, false)],
        );
        check(
            "لعام 2014",
            &[("عام 2014", "2014-01-01", "2014-12-31", Year, false)],
        );
        check(
            "1964- البحرية تهاجم المدمرة",
            &[("1964", "1964-01-01", "1964-12-31", Year, false)],
        );
        check("قتل 1964 شخصا", &[]);
        check(
            "منذ سيطرته على المدينة في 10 يونيو (حزيران) من العام الماضي",
            &[day("10 يونيو (حزيران) من العام الماضي", "2018-06-10", true)],
        );
        check("الأمين العام للأمم", &[]);
        check("عام 1800", &[]);
        check_at(
            "الشهر الماضي",
            d("2019-01-10"),
            &[("الشهر الماضي", "2018-12-01", "2018-12-31", Month, true)],
        );
    }

    #[test]
    fn explicit_dates() {
        check(
            "في 12 مارس 2018",
            &[day("12 مارس 2018", "2018-03-12", false)],
        );
        check(
            "12 آذار/مارس 2018",
            &[day("12 آذار/مارس 2018", "2018-03-12", false)],
        );
        check(
            "12 مارس (آذار) 2018",
            &[day("12 مارس (آذار) 2018", "2018-03-12", false)],
        );
        check(
            "3 كانون الثاني 2019",
            &[day("3 كانون الثاني 2019", "2019-01-03", false)],
        );
        check(
            "25 تشرين الأول 2018",
            &[day("25 تشرين الأول 2018", "2018-10-25", false)],
        );
        check("1 كانون الأول", &[day("1 كانون الأول", "2018-12-01", true)]);
        check("10 مارس", &[day("10 مارس", "2019-03-10", true)]);
        check("2 أيار", &[day("2 أيار", "2019-05-02", true)]);
        check("20 يونيو", &[day("20 يونيو", "2018-06-20", true)]);
        check("14 آب 2017", &[day("14 آب 2017", "2017-08-14", false)]);
        check("الـ5 من نيسان", &[day("الـ5 من نيسان", "2019-04-05", true)]);
        check(
            "يوم 5 أبريل الماضي",
            &[day("5 أبريل الماضي", "2018-04-05", true)],
        );
        check(
            "الثاني عشر من آذار",
            &[day("الثاني عشر من آذار", "2019-03-12", true)],
        );
        check(
            "الحادي والعشرين من أيلول 2018",
            &[day("الحادي والعشرين من أيلول 2018", "2018-09-21", false)],
        );
        check(
            "الأول من فبراير",
            &[day("الأول من فبراير", "2019-02-01", true)],
        );
        check("31 فبراير 2019", &[]);
        check("٢٠ تموز ٢٠١٦", &[day("٢٠ تموز ٢٠١٦", "2016-07-20", false)]);
        check(
            "3 جويلية 2018",
            &[day("3 جويلية 2018", "2018-07-03", false)],
        );
        check(
            "الحادي عشر من سبتمبر 2001",
            &[day("الحادي عشر من سبتمبر 2001", "2001-09-11", false)],
        );
        check("الأحد 10 آذار", &[day("الأحد 10 آذار", "2019-03-10", true)]);
    }

    #[test]
    fn months_and_years() {
        check(
            "مارس 2019",
            &[("مارس 2019", "2019-03-01", "2019-03-31", Month, false)],
        );
        check(
            "في آذار الماضي",
            &[("آذار الماضي", "2018-03-01", "2018-03-31", Month, true)],
        );
        check(
            "في شباط الماضي",
            &[("شباط الماضي", "2019-02-01", "2019-02-28", Month, true)],
        );
        check(
            "شهر آب",
            &[("شهر آب", "2018-08-01", "2018-08-31", Month, true)],
        );
        check(
            "خلال نيسان",
            &[("نيسان", "2019-04-01", "2019-04-30", Month, true)],
        );
        check(
            "منذ تشرين الثاني",
            &[("تشرين الثاني", "2018-11-01", "2018-11-30", Month, true)],
        );
        check("مارس الرياضة", &[]);
        check("أب وابنه", &[]);
        check("نيسان وحده", &[]);
        check(
            "آب 2014",
            &[("آب 2014", "2014-08-01", "2014-08-31", Month, false)],
        );
        check(
            "حزيران/يونيو 2014",
            &[(
                "حزيران/يونيو 2014",
                "2014-06-01",
                "2014-06-30",
                Month,
                false,
            )],
        );
        check(
            "شهر كانون الثاني الماضي",
            &[(
                "شهر كانون الثاني الماضي",
                "2019-01-01",
                "2019-01-31",
                Month,
                true,
            )],
        );
    }

    #[test]
    fn numeric_dates() {
        check("في 12/3/2019", &[day("12/3/2019", "2019-03-12", false)]);
        check("12-3-2019", &[day("12-3-2019", "2019-03-12", false)]);
        check("2019-03-12", &[day("2019-03-12", "2019-03-12", false)]);
        check("12.3.2019", &[day("12.3.2019", "2019-03-12", false)]);
        check("12/3/19", &[day("12/3/19", "2019-03-12", false)]);
        check("32/3/2019", &[]);
        check("12 / 3", &[]);
    }

    #[test]
    fn several_in_one_sentence() {
        check(
            "قال مصدر اليوم إن الهجوم وقع أمس، بعد اشتباكات في 2 آذار",
            &[
                day("اليوم", "2019-03-14", true),
                day("أمس", "2019-03-13", true),
                day("2 آذار", "2019-03-02", true),
            ],
        );
    }

    #[test]
    fn never_panics() {
        let far = NaiveDate::MAX;
        let early = NaiveDate::MIN;
        for s in [
            "",
            "ال",
            "أمس",
            "غدا",
            "الشهر الماضي",
            "العام الماضي",
            "الخميس المقبل",
            "31 ديسمبر",
            "كانون",
            "تشرين",
            "شهر",
            "12/",
            "12/3/",
            "12/3/2019/5",
            "1.2.3",
            "99/99/9999",
            "الحادي",
            "الحادي والثلاثين من فبراير",
            "هذا",
            "صباح",
            "يوم",
            "اول",
            "1 يناير 2100",
            "مارس 2100",
        ] {
            let a = Analyzed::new(s);
            for p in [far, early, pubd()] {
                let _ = find_dates(&a.tokens, p);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_never_panics(s in "\\PC{0,80}") {
            let a = Analyzed::new(&s);
            let _ = find_dates(&a.tokens, pubd());
        }

        #[test]
        fn ordered_and_in_bounds(s in "[ 0-9/.\\-،الأمسيومخيساذرتكونشبطاجعةالماضيصباح]{0,40}") {
            let a = Analyzed::new(&s);
            let ms = find_dates(&a.tokens, pubd());
            let mut last = 0;
            for m in ms {
                proptest::prop_assert!(m.start >= last && m.start < m.end && m.end <= a.tokens.len());
                proptest::prop_assert!(m.range.start <= m.range.end);
                last = m.end;
            }
        }
    }
}
