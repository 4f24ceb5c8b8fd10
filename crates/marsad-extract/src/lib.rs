//! Lexicon matching and rules: an Arabic article in, evidenced conflict-event records out.
//!
//! Pure: no IO. The lexicons under `data/lexicon/` are embedded at compile time and
//! compiled into matchers at first use; the gazetteer comes from `marsad-geo`.
//!
//! ```
//! use marsad_extract::Extractor;
//! use marsad_model::Article;
//! let art = Article {
//!     id: "x".into(),
//!     published: "2019-03-12".parse().unwrap(),
//!     title: None, source: None, url: None,
//!     text: "شنت طائرات التحالف الدولي غارات جوية على مواقع تنظيم داعش في الرقة.".into(),
//! };
//! let events = Extractor::embedded().extract(&art);
//! assert_eq!(events[0].event.sub_event_type, "air_drone_strike");
//! ```
#![deny(missing_docs)]

pub mod lexicon;
pub mod load;
mod pipeline;

pub use load::{Diagnostic, Lexicons, Sources};
pub use pipeline::Explained;

use marsad_geo::Gazetteer;
use marsad_model::{Article, ArticleEvents, ArticleMeta};

/// The extractor: lexicons, and optionally a gazetteer for places.
#[derive(Debug, Clone, Copy)]
pub struct Extractor<'a> {
    lex: &'a Lexicons,
    geo: Option<&'a Gazetteer>,
}

impl Extractor<'static> {
    /// The extractor with the embedded lexicons and gazetteer.
    pub fn embedded() -> Self {
        // the two are independent: compile the lexicons while the gazetteer index loads
        let lex = std::thread::scope(|s| {
            let lex = s.spawn(Lexicons::embedded);
            Gazetteer::embedded();
            lex.join().expect("the embedded lexicons compile")
        });
        Extractor { lex, geo: Some(Gazetteer::embedded()) }
    }
}

impl<'a> Extractor<'a> {
    /// An extractor over the given lexicons and gazetteer.
    pub fn new(lex: &'a Lexicons, geo: Option<&'a Gazetteer>) -> Self {
        Extractor { lex, geo }
    }

    /// Without geocoding (places are not looked up).
    pub fn without_places(mut self) -> Self {
        self.geo = None;
        self
    }

    /// Events of one article, with the reasons for each field.
    pub fn extract(&self, art: &Article) -> Vec<Explained> {
        pipeline::extract_article(self.lex, self.geo, art)
    }

    /// The output record of one article (the EVENTS.md output form).
    pub fn article_events(&self, art: &Article) -> ArticleEvents {
        ArticleEvents { article: ArticleMeta::from(art), events: self.extract(art).into_iter().map(|e| e.event).collect() }
    }
}
