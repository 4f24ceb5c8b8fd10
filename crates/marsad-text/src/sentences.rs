//! Sentences and clauses.
//!
//! A sentence ends at `.`, `!`, `?`, `؟` or a line break; a clause also ends at `،`, `؛`,
//! `;` and `:`. A `.` or `,` between digits is part of a number token, never a boundary, and
//! nothing inside quotes ends a sentence unless the quote runs past the line.

use crate::tokens::{Token, TokenKind};

/// A sentence: a range of token indices, and the clause boundaries inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Token indices where a clause starts (the first is `start`).
    pub clauses: Vec<usize>,
}

impl Sentence {
    /// The clause (token range) holding token `i`.
    pub fn clause_of(&self, i: usize) -> (usize, usize) {
        let mut a = self.start;
        let mut b = self.end;
        for &c in &self.clauses {
            if c <= i {
                a = c;
            } else {
                b = c;
                break;
            }
        }
        (a, b)
    }
}

/// Split tokens into sentences.
pub fn sentences(tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut clauses = vec![0];
    let mut in_quote = false;
    for (i, t) in tokens.iter().enumerate() {
        let end_here = match t.kind {
            TokenKind::Newline => {
                in_quote = false;
                true
            }
            TokenKind::Punct('"') => {
                in_quote = !in_quote;
                false
            }
            TokenKind::Punct('.' | '!' | '?' | '؟' | '…') => !in_quote,
            TokenKind::Punct('،' | '؛' | ';' | ':' | ',') => {
                if i + 1 < tokens.len() {
                    clauses.push(i + 1);
                }
                false
            }
            _ => false,
        };
        if end_here {
            if i + 1 > start {
                out.push(Sentence {
                    start,
                    end: i + 1,
                    clauses: std::mem::take(&mut clauses),
                });
            }
            start = i + 1;
            clauses = vec![start];
        }
    }
    if start < tokens.len() {
        out.push(Sentence {
            start,
            end: tokens.len(),
            clauses,
        });
    }
    for s in &mut out {
        s.clauses.retain(|&c| c >= s.start && c < s.end);
        if s.clauses.first() != Some(&s.start) {
            s.clauses.insert(0, s.start);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    #[test]
    fn splits_on_stops_not_numbers() {
        let t = tokenize("قتل 3.5 شخص. وأصيب آخرون، في حلب\nسطر ثان");
        let s = sentences(&t);
        assert_eq!(s.len(), 3);
        assert_eq!(t[s[0].end - 1].norm, ".");
        assert_eq!(s[1].clauses.len(), 2);
    }
}
