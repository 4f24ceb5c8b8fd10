//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds to items.
//!
//! The bytes are decoded first (see [`crate::encoding`]: BOM, then the XML prolog, then
//! detection), then read with `quick-xml` as a stream of tags. An item's text is its full
//! content when the feed carries it (`content:encoded`, Atom `content`), else its
//! description or summary; HTML inside is reduced to text. A feed broken part-way keeps the
//! items before the break and reports where it broke.

use crate::html;
use chrono::NaiveDate;
use quick_xml::events::Event as X;
use quick_xml::Reader;

/// One entry of a feed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    /// Title.
    pub title: Option<String>,
    /// Address of the article (`link`, Atom `link rel=alternate`, or a `guid` that is a URL).
    pub url: Option<String>,
    /// Identifier (`guid`, Atom `id`).
    pub guid: Option<String>,
    /// Publication date (`pubDate`, `dc:date`, `published`, `updated`).
    pub published: Option<NaiveDate>,
    /// The text: content, else description or summary, as plain text.
    pub text: String,
}

/// A feed: its title and items.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Feed {
    /// The channel's title (the source of its items).
    pub title: Option<String>,
    /// The items, in feed order.
    pub items: Vec<Item>,
}

/// Where a feed stopped making sense.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("XML error at byte {position}: {message}")]
pub struct FeedError {
    /// Byte offset in the decoded text.
    pub position: u64,
    /// What was wrong.
    pub message: String,
}

/// True when the text looks like a feed (an `rss`, `feed` or `rdf:RDF` root near the start).
pub fn looks_like_feed(head: &str) -> bool {
    let h: String = head
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf")
}

#[derive(Default)]
struct Cur {
    item: Item,
    content: Option<String>,
    description: Option<String>,
}

fn local(name: &str) -> String {
    name.to_ascii_lowercase()
}

/// Read a feed from decoded text. Returns the feed (items read so far) and the error that
/// stopped it, if any.
pub fn parse(text: &str) -> (Feed, Option<FeedError>) {
    let mut r = Reader::from_str(text);
    r.config_mut().trim_text(false);
    r.config_mut().check_end_names = false;
    let mut feed = Feed::default();
    let mut cur: Option<Cur> = None;
    let mut path: Vec<String> = Vec::new();
    let mut buf = String::new();
    let mut err = None;
    loop {
        let ev = match r.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                err = Some(FeedError {
                    position: r.error_position(),
                    message: e.to_string(),
                });
                break;
            }
        };
        match ev {
            X::Start(e) => {
                let name = local(e.name().as_ref());
                if name == "item" || name == "entry" {
                    cur = Some(Cur::default());
                }
                if name == "link" {
                    link_attr(&e, &mut cur);
                }
                path.push(name);
                buf.clear();
            }
            X::Empty(e) if local(e.name().as_ref()) == "link" => {
                link_attr(&e, &mut cur);
            }
            X::Text(t) => buf.push_str(&t.xml11_content()), // line ends as quick-xml 0.38 read them
            X::CData(t) => buf.push_str(&t.into_inner()),
            X::GeneralRef(g) => {
                if let Ok(Some(c)) = g.resolve_char_ref() {
                    buf.push(c);
                } else {
                    let name: &str = &g;
                    match quick_xml::escape::resolve_predefined_entity(name) {
                        Some(s) => buf.push_str(s),
                        None if name == "nbsp" => buf.push(' '),
                        None => {
                            buf.push('&');
                            buf.push_str(name);
                            buf.push(';');
                        }
                    }
                }
            }
            X::End(_) => {
                let name = path.pop().unwrap_or_default();
                let value = std::mem::take(&mut buf);
                let v = value.trim();
                match cur.as_mut() {
                    Some(c) => match name.as_str() {
                        "item" | "entry" => {
                            if let Some(c) = cur.take() {
                                let mut it = c.item;
                                let body = c
                                    .content
                                    .filter(|s| !s.trim().is_empty())
                                    .or(c.description)
                                    .unwrap_or_default();
                                it.text = html::fragment_text(&body);
                                if it.url.is_none() {
                                    it.url = it.guid.clone().filter(|g| {
                                        g.starts_with("http://") || g.starts_with("https://")
                                    });
                                }
                                feed.items.push(it);
                            }
                        }
                        "title" if c.item.title.is_none() => {
                            c.item.title = Some(html::fragment_text(v)).filter(|s| !s.is_empty())
                        }
                        "link" if !v.is_empty() && c.item.url.is_none() => {
                            c.item.url = Some(v.to_string())
                        }
                        "guid" | "id" => c.item.guid = Some(v.to_string()),
                        "pubdate" | "dc:date" | "published" | "issued" => {
                            c.item.published = html::parse_date(v).or(c.item.published)
                        }
                        "updated" | "modified" if c.item.published.is_none() => {
                            c.item.published = html::parse_date(v)
                        }
                        "content:encoded" | "content" => c.content = Some(v.to_string()),
                        "description" | "summary" => c.description = Some(v.to_string()),
                        _ => {}
                    },
                    None => {
                        if name == "title"
                            && feed.title.is_none()
                            && path.iter().any(|p| p == "channel" || p == "feed")
                        {
                            feed.title = Some(v.to_string()).filter(|s| !s.is_empty());
                        }
                    }
                }
            }
            X::Eof => break,
            _ => {}
        }
    }
    if err.is_none() && !path.is_empty() {
        err = Some(FeedError {
            position: text.len() as u64,
            message: format!(
                "the feed ends inside <{}>",
                path.last().map(String::as_str).unwrap_or("?")
            ),
        });
    }
    (feed, err)
}

fn link_attr(e: &quick_xml::events::BytesStart<'_>, cur: &mut Option<Cur>) {
    let Some(c) = cur.as_mut() else { return };
    let mut href = None;
    let mut rel = None;
    for a in e.attributes().flatten() {
        // entities resolved, whitespace kept as written (no attribute-value normalization)
        let v = quick_xml::escape::unescape(&a.value)
            .map(|v| v.into_owned())
            .unwrap_or_default();
        match a.key.as_ref() {
            "href" => href = Some(v),
            "rel" => rel = Some(v),
            _ => {}
        }
    }
    if let Some(h) = href {
        if rel.as_deref().is_none_or(|r| r == "alternate") && c.item.url.is_none() {
            c.item.url = Some(h);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // feeds written for these tests
    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>صحيفة المثال</title><link>https://example.org</link>
<item><title>افتتاح جسر جديد</title><link>https://example.org/1</link>
<pubDate>Tue, 04 Aug 2015 10:00:00 +0300</pubDate>
<description>&lt;p&gt;ملخص قصير للخبر&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>افتتح المحافظ جسرا جديدا فوق النهر صباح اليوم.</p><p>اقرأ أيضا: خبر آخر</p>]]></content:encoded>
</item>
<item><title>خبر ثان &amp; أخير</title><guid>https://example.org/2</guid><pubDate>Wed, 05 Aug 2015 08:00:00 GMT</pubDate>
<description>نص الخبر الثاني كما ورد في الموجز &#1575;</description></item>
</channel></rss>"#;

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع تجريبي</title>
<entry><title>عنوان المدخل</title><link rel="alternate" href="https://example.net/a"/><link rel="edit" href="https://example.net/edit/a"/>
<id>tag:example.net,2015:a</id><updated>2015-08-06T12:00:00Z</updated>
<summary type="html">&lt;b&gt;موجز&lt;/b&gt; المدخل</summary></entry>
</feed>"#;

    #[test]
    fn rss_items() {
        let (f, err) = parse(RSS);
        assert!(err.is_none(), "{err:?}");
        assert_eq!(f.title.as_deref(), Some("صحيفة المثال"));
        assert_eq!(f.items.len(), 2);
        let a = &f.items[0];
        assert_eq!(a.title.as_deref(), Some("افتتاح جسر جديد"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/1"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2015, 8, 4));
        assert_eq!(a.text, "افتتح المحافظ جسرا جديدا فوق النهر صباح اليوم.");
        let b = &f.items[1];
        assert_eq!(b.title.as_deref(), Some("خبر ثان & أخير"));
        assert_eq!(b.url.as_deref(), Some("https://example.org/2"));
        assert_eq!(b.text, "نص الخبر الثاني كما ورد في الموجز ا");
    }

    #[test]
    fn atom_entries() {
        let (f, err) = parse(ATOM);
        assert!(err.is_none(), "{err:?}");
        assert_eq!(f.title.as_deref(), Some("موقع تجريبي"));
        let e = &f.items[0];
        assert_eq!(e.url.as_deref(), Some("https://example.net/a"));
        assert_eq!(e.published, NaiveDate::from_ymd_opt(2015, 8, 6));
        assert_eq!(e.text, "موجز المدخل");
    }

    #[test]
    fn broken_feed_keeps_what_came_before() {
        let at = RSS.find("<item><title>خبر ثان").unwrap();
        let cut: String = RSS[..at]
            .chars()
            .chain(RSS[at..].chars().take(20))
            .collect();
        let cut = cut.as_str();
        let (f, err) = parse(cut);
        assert_eq!(f.items.len(), 1);
        assert!(err.is_some());
        let (f, err) = parse("<rss><channel><item><title>x</title></item><item><ti<<>>");
        assert_eq!(f.items.len(), 1);
        assert!(err.is_some(), "{f:?}");
        assert!(looks_like_feed(RSS) && looks_like_feed(ATOM) && !looks_like_feed("<html><body>"));
    }
}
