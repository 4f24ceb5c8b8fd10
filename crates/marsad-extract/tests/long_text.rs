//! A long text costs time linear in its length and bounded memory (issue 17, defect 4 and
//! 13): the reproducers are generated here, not committed.

use marsad_extract::Extractor;
use marsad_model::Article;
use std::sync::mpsc;
use std::time::Duration;

fn article(text: String) -> Article {
    Article {
        id: "long".into(),
        published: "2024-01-01".parse().unwrap(),
        title: None,
        source: None,
        url: None,
        text,
    }
}

/// Every span of every record is the exact slice of the whole text.
fn spans_exact(text: &str, evs: &[marsad_extract::Explained]) {
    let cps: Vec<char> = text.chars().collect();
    let slice = |s: marsad_model::Span| cps[s.start..s.end].iter().collect::<String>();
    for e in evs {
        let ev = &e.event;
        assert_eq!(slice(ev.trigger.span), ev.trigger.text);
        if let Some(l) = &ev.location {
            assert_eq!(slice(l.span), l.text);
        }
        for a in [&ev.actor1, &ev.actor2].into_iter().flatten() {
            assert_eq!(slice(a.span), a.text);
        }
        for c in ev.fatalities_evidence.iter().chain(&ev.injured_evidence) {
            assert_eq!(slice(c.span), c.text);
        }
        if let (Some(sp), Some(t)) = (ev.date.span, &ev.date.text) {
            assert_eq!(&slice(sp), t);
        }
        if let Some(s) = ev.sentence {
            assert!(s.start <= ev.trigger.span.start && ev.trigger.span.end <= s.end);
        }
    }
}

/// One sentence repeated to 4 MB: relating every place, count and candidate of the text to
/// every other made extraction quadratic (1 MB took 7.75 s, 4 MB ran past 300 s). Long texts
/// are now read in parts of whole sentences. The bound here is far above what it takes (a few
/// seconds) and far below what the quadratic reading took; speed itself is measured by
/// `marsad bench`, not here.
#[test]
fn a_sentence_repeated_to_4_mb_is_read_in_linear_time_with_exact_spans() {
    let s = "قتل ثلاثة في قصف على حلب. ";
    let text = s.repeat(4_000_000 / s.len());
    let (tx, rx) = mpsc::channel();
    let t = text.clone();
    std::thread::spawn(move || {
        let evs = Extractor::embedded().extract(&article(t));
        let _ = tx.send(evs);
    });
    let evs = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("4 MB of one sentence extracted within 120 s");
    assert!(!evs.is_empty());
    // records from the last part are placed in the whole text
    let cps = text.chars().count();
    assert!(
        evs.iter().any(|e| e.event.trigger.span.start > cps / 2),
        "records from the second half of the text"
    );
    spans_exact(&text, &evs);
}

/// One trigger word repeated with no sentence end (the word «قتل» 600,000 times, 4.2 MB):
/// each trigger read its whole sentence, so the cost grew with the square of the sentence,
/// parts or not (256 KiB took 13.7 s). Where no sentence ends, parts are short runs.
#[test]
fn a_trigger_word_repeated_without_a_sentence_end_is_read_in_linear_time() {
    let text = "قتل ".repeat(600_000);
    let (tx, rx) = mpsc::channel();
    let t = text.clone();
    std::thread::spawn(move || {
        let _ = tx.send(Extractor::embedded().extract(&article(t)));
    });
    let evs = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("4.2 MB of one word extracted within 120 s");
    spans_exact(&text, &evs);
}

/// A character that NFKC expands eighteen-fold (U+FDFA), 4 MB of it: the normalized text of
/// the whole input was held at once (944 MB peak). In parts, one part's expansion is held.
#[test]
fn a_text_of_one_expanding_character_is_read_in_parts() {
    let text = "\u{FDFA}".repeat(4_000_000 / 3);
    let evs = Extractor::embedded().extract(&article(text));
    assert!(evs.is_empty());
}

/// A short article is read whole: the parts change nothing on news.
#[test]
fn an_article_shorter_than_a_part_gives_the_same_records_as_before() {
    let s = "قتل ثلاثة مدنيين في قصف على حلب يوم الأحد. ";
    let one = Extractor::embedded().extract(&article(s.to_string()));
    let text = format!("{s}{}", "وقال شهود إن الوضع هادئ. ".repeat(1000));
    assert!(text.chars().count() < marsad_extract::parts::PART_CHARS);
    let many = Extractor::embedded().extract(&article(text));
    assert_eq!(one.len(), many.len());
    assert_eq!(one[0].event, many[0].event);
}
