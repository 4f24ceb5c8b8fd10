//! Numbers with spans: digits and Arabic number words, exact or approximate.

use crate::tokens::Token;

/// A number found in the tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMention {
    /// First token (index into the token slice).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Best estimate.
    pub value: u64,
    /// Lower bound when approximate.
    pub low: Option<u64>,
    /// Upper bound when approximate.
    pub high: Option<u64>,
    /// True for approximations (نحو، أكثر من، عشرات...).
    pub approximate: bool,
    /// Folded characters of the first token that are a clitic (e.g. the و of وثلاثة),
    /// to leave out of the span.
    pub skip: usize,
}

/// Find numbers in `tokens`.
pub fn find_numbers(tokens: &[Token]) -> Vec<NumberMention> {
    let _ = tokens;
    Vec::new()
}
