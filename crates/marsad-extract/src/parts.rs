//! Long texts are read in parts, so that extraction stays linear in the length of the text
//! and its memory bounded whatever the input.
//!
//! Reading an article relates its mentions to one another (a count to its sentence's
//! trigger, a place to the places named elsewhere in the story, a candidate to the others of
//! its sentence), and some of those relations are pairs. Within a news article (the longest
//! of both corpora has 33,683 characters) that costs nothing; over a hostile or mistaken input
//! of megabytes it would cost minutes. A text longer than [`PART_CHARS`] characters is
//! therefore read as consecutive parts of whole sentences, each as if it were an article (the
//! first part keeps the lead), and the records of all parts are placed back in the whole
//! text. No news article is split.

/// The most characters read as one part (articles up to this length are read whole).
pub const PART_CHARS: usize = 40_000;

/// In a long text, the most characters read as one part where no sentence ends: a part of
/// one endless sentence (a word repeated, a list without stops) costs the square of its
/// length, as each of its triggers reads the whole sentence.
pub const RUN_CHARS: usize = 2_000;

/// One part of a text: its byte range and the code-point offset of its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Code points before `start`: the shift of every span found in the part.
    pub offset: usize,
}

/// The parts of `text`, each at most `max` characters, cut after a sentence's end where the
/// second half of a part has one; where none does, a part is at most `run` characters, cut
/// after a space, else at a character. A text of at most `max` characters is one part.
pub fn parts(text: &str, max: usize, run: usize) -> Vec<Part> {
    let max = max.max(2);
    let run = run.clamp(2, max);
    // no more bytes than characters allowed: one part, without counting them
    if text.len() <= max {
        return vec![Part {
            start: 0,
            end: text.len(),
            offset: 0,
        }];
    }
    let mut out = Vec::new();
    let (mut start, mut offset) = (0usize, 0usize);
    loop {
        let rest = &text[start..];
        // the byte after `max` characters, or the end
        let Some((cut, _)) = rest.char_indices().nth(max) else {
            out.push(Part {
                start,
                end: text.len(),
                offset,
            });
            return out;
        };
        let half = rest
            .char_indices()
            .nth(max / 2)
            .map(|(b, _)| b)
            .unwrap_or(0);
        let window = &rest[half..cut];
        let after = |pred: &dyn Fn(char) -> bool| {
            window
                .char_indices()
                .filter(|(_, c)| pred(*c))
                .last()
                .map(|(b, c)| half + b + c.len_utf8())
        };
        let end = match after(&|c| matches!(c, '.' | '!' | '?' | '؟' | '\n' | '\u{06D4}')) {
            Some(e) => e,
            None => {
                // no sentence ends here: a short part, cut after its last space
                let cut = rest
                    .char_indices()
                    .nth(run)
                    .map(|(b, _)| b)
                    .unwrap_or(rest.len());
                let half = rest
                    .char_indices()
                    .nth(run / 2)
                    .map(|(b, _)| b)
                    .unwrap_or(0);
                rest[half..cut]
                    .char_indices()
                    .filter(|(_, c)| c.is_whitespace())
                    .last()
                    .map(|(b, c)| half + b + c.len_utf8())
                    .unwrap_or(cut)
            }
        };
        out.push(Part {
            start,
            end: start + end,
            offset,
        });
        offset += rest[..end].chars().count();
        start += end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_within_the_bound_is_one_part() {
        let t = "قتل ثلاثة في قصف على حلب.";
        assert_eq!(
            parts(t, 100, 10),
            vec![Part {
                start: 0,
                end: t.len(),
                offset: 0
            }]
        );
    }

    #[test]
    fn parts_cover_the_text_end_to_end_and_cut_after_sentences() {
        let t = "قتل ثلاثة في قصف على حلب. ".repeat(50);
        let ps = parts(&t, 100, 10);
        assert!(ps.len() > 10);
        let mut at = 0;
        let mut cps = 0;
        for p in &ps {
            assert_eq!(p.start, at);
            assert_eq!(p.offset, cps);
            let piece = &t[p.start..p.end];
            assert!(piece.chars().count() <= 100);
            assert!(
                piece.ends_with(". ") || piece.ends_with('.') || p.end == t.len(),
                "{piece:?}"
            );
            at = p.end;
            cps += piece.chars().count();
        }
        assert_eq!(at, t.len());
    }

    #[test]
    fn a_text_without_sentence_ends_is_cut_in_short_runs_after_spaces_else_at_characters() {
        let t = "ب".repeat(1001);
        let ps = parts(&t, 100, 10);
        // short runs, then the rest once it fits in one part
        assert_eq!(ps.len(), 92);
        assert!(ps[..91]
            .iter()
            .all(|p| t[p.start..p.end].chars().count() == 10));
        assert_eq!(ps.last().unwrap().end, t.len());
        let t = "قتل ".repeat(300);
        let ps = parts(&t, 100, 10);
        assert!(ps
            .iter()
            .all(|p| t[p.start..p.end].chars().count() <= 100 && t[p.start..p.end].ends_with(' ')));
        assert!(ps[..ps.len() - 1]
            .iter()
            .all(|p| t[p.start..p.end].chars().count() <= 10));
        assert_eq!(ps.iter().map(|p| p.end - p.start).sum::<usize>(), t.len());
    }
}
