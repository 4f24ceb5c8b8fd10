//! The Arabic text layer: pure, fast, and lossless in its offsets.
//!
//! Every stage keeps the way back to the original text: a [`Token`] carries the code-point
//! span of the words it was made from, so any field an extractor builds from tokens can be
//! shown to a reader as the exact words of the article.
//!
//! ```
//! use marsad_text::{fold, tokenize};
//! assert_eq!(fold("قُوّات  «داعش» ٢٠"), "قوات  \"داعش\" 20");
//! let toks = tokenize("وقال الجيشُ");
//! assert_eq!(toks[1].norm, "الجيش");
//! assert_eq!(&"وقال الجيشُ"[toks[1].byte_range()], "الجيشُ");
//! ```
#![deny(missing_docs)]

pub mod dates;
pub mod hash;
pub mod normalize;
pub mod numbers;
pub mod sentences;
pub mod sieve;
pub mod tokens;

pub use normalize::{fold, fold_char, Folded};
pub use sentences::{sentences, Sentence};
pub use tokens::{readings, tokenize, AllReadings, Reading, Token, TokenKind};
