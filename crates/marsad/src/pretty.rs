//! Human-readable output: each event with its evidence highlighted in its sentence.

use marsad_extract::Explained;
use marsad_model::{Article, Span};
use std::fmt::Write;

const RESET: &str = "\x1b[0m";

fn paint(on: bool, code: &str, s: &str) -> String {
    if on {
        format!("\x1b[{code}m{s}{RESET}")
    } else {
        s.to_string()
    }
}

/// Render one article's events.
pub fn article(art: &Article, evs: &[Explained], explain: bool, color: bool) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} {} ({} events)",
        paint(color, "1", &format!("■ {}", art.id)),
        art.published,
        evs.len()
    );
    for (i, x) in evs.iter().enumerate() {
        let e = &x.event;
        let conf = e
            .confidence
            .map(|c| format!("  (confidence {:.0}%)", c * 100.0))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "  {}. {} / {}{conf}",
            i + 1,
            paint(color, "1;31", &e.event_type),
            e.sub_event_type
        );
        let _ = writeln!(
            o,
            "     date      {} .. {} ({:?}){}",
            e.date.range.start,
            e.date.range.end,
            e.date.range.precision,
            e.date
                .text
                .as_ref()
                .map(|t| format!(" «{t}»"))
                .unwrap_or_default()
        );
        if let Some(a) = &e.actor1 {
            let _ = writeln!(
                o,
                "     actor1    {} «{}»",
                a.canonical,
                paint(color, "34", &a.text)
            );
        }
        if let Some(a) = &e.actor2 {
            let _ = writeln!(
                o,
                "     actor2    {} «{}»",
                a.canonical,
                paint(color, "35", &a.text)
            );
        }
        if let Some(l) = &e.location {
            let coords = match (l.lat, l.lon) {
                (Some(a), Some(b)) => format!(" {a:.3}, {b:.3}"),
                _ => String::new(),
            };
            let _ = writeln!(
                o,
                "     location  {} {}{} «{}»",
                l.name.as_deref().unwrap_or("?"),
                l.country.as_deref().unwrap_or(""),
                coords,
                paint(color, "32", &l.text)
            );
        }
        if e.fatalities.is_some() || e.injured.is_some() {
            let f = e.fatalities.map(|v| v.to_string()).unwrap_or("-".into());
            let j = e.injured.map(|v| v.to_string()).unwrap_or("-".into());
            let _ = writeln!(o, "     killed    {f}   injured {j}");
        }
        if let Some(c) = &e.claimed_by {
            let _ = writeln!(o, "     claimed   «{}»", c.text);
        }
        // the sentence with the evidence highlighted
        if let Some(s) = e.sentence {
            let mut marks: Vec<(Span, &str)> = vec![(e.trigger.span, "1;41")];
            if let Some(a) = &e.actor1 {
                marks.push((a.span, "1;44"));
            }
            if let Some(a) = &e.actor2 {
                marks.push((a.span, "1;45"));
            }
            if let Some(l) = &e.location {
                marks.push((l.span, "1;42"));
            }
            if let Some(sp) = e.date.span {
                marks.push((sp, "1;43"));
            }
            for c in e
                .fatalities_evidence
                .iter()
                .chain(e.injured_evidence.iter())
            {
                marks.push((c.span, "1;46"));
            }
            let _ = writeln!(o, "     ‹{}›", highlight(&art.text, s, &marks, color));
        }
        if explain {
            for w in &x.why {
                let _ = writeln!(o, "     · {w}");
            }
        }
    }
    o
}

fn highlight(text: &str, s: Span, marks: &[(Span, &str)], color: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut o = String::new();
    let end = s.end.min(chars.len());
    let mut i = s.start.min(end);
    while i < end {
        if let Some((sp, code)) = marks.iter().find(|(sp, _)| sp.start == i && sp.end > i) {
            let e = sp.end.min(end);
            let w: String = chars[i..e].iter().collect();
            if color {
                let _ = write!(o, "\x1b[{code}m{w}{RESET}");
            } else {
                let _ = write!(o, "[{w}]");
            }
            i = e;
        } else {
            o.push(if chars[i] == '\n' { ' ' } else { chars[i] });
            i += 1;
        }
    }
    o
}
