//! What several test files share (each uses some of it, hence `dead_code` allowed).
#![allow(dead_code)]

use marsad_extract::{Explained, Extractor};
use marsad_model::Article;

/// A report longer than two parts (`para`, filler, then `para` again), read part by part: its
/// text as characters, and the candidates whose trigger lies past the first part.
pub fn later_part_candidates(para: &str) -> (Vec<char>, Vec<Explained>) {
    let filler =
        "وتحدث التقرير عن أوضاع الأسواق والطقس في المنطقة خلال الأسبوع الماضي دون أحداث تذكر.\n";
    let mut text = format!("{para}\n");
    while text.chars().count() < 2 * marsad_extract::parts::PART_CHARS {
        text.push_str(filler);
    }
    text.push_str(para);
    let art = article("long-case", "2018-05-02", &text);
    let late = Extractor::embedded()
        .candidates(&art)
        .into_iter()
        .filter(|e| e.event.trigger.span.start > marsad_extract::parts::PART_CHARS)
        .collect();
    (text.chars().collect(), late)
}

/// An article of `text`, with its id and publication day and nothing else.
pub fn article(id: &str, published: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        published: published.parse().unwrap(),
        title: None,
        source: None,
        url: None,
        text: text.into(),
    }
}
