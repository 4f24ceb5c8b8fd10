//! HTML pages to article text: the main content, without menus, share widgets, "related"
//! lists or comment prompts; title, publication date, site and address from meta tags.
//!
//! The page is parsed as a browser would (html5ever, through `scraper`), so broken markup
//! still gives a tree. Then, in the spirit of readability:
//! 1. drop what is never content: scripts, styles, forms, `nav`, `header`, `footer`,
//!    `aside`, and elements whose class, id or role names a menu, share bar, related list,
//!    comment box, sidebar, advert and the like;
//! 2. cut the rest into blocks at block-level elements and `<br>`, each block knowing the
//!    elements around it and how much of its text is link text;
//! 3. credit every substantial block (not mostly links) to the element that holds its
//!    paragraph and, half, to the one above: the element with most credit is the body;
//! 4. keep the blocks inside the body, except link lists and lines that are boilerplate
//!    phrases (`data/boilerplate.txt`, folded like everything else).
//!
//! When that keeps under a third of what Readability (`dom_smoothie`, a port of Mozilla's
//! Readability) finds, Readability's text is taken, through the same filter of link lists
//! and boilerplate lines ([`Method::Combined`]): a class name that drops the article's
//! container (`elementor-widget-container`) no longer empties the page, and the Arabic share
//! bars, "read also" lines and comment prompts Readability keeps are still dropped.
//! Readability also gives the date of a page that has one only in its JSON-LD.

use chrono::NaiveDate;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

/// What a page gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// The title (`og:title`, else `<title>`, else the first `<h1>`).
    pub title: Option<String>,
    /// Publication date from the meta tags or a `<time>` element.
    pub published: Option<NaiveDate>,
    /// Site name (`og:site_name`, `application-name`).
    pub site: Option<String>,
    /// Canonical address (`<link rel=canonical>`, `og:url`).
    pub url: Option<String>,
    /// The main text: paragraphs separated by blank lines.
    pub text: String,
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "form", "button", "select", "input", "textarea", "nav", "header", "footer", "aside", "menu",
    "dialog", "head", "video", "audio", "map",
];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "table",
    "tbody",
    "thead",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "center",
    "address",
    "hr",
    "body",
    "html",
];

/// Elements whose own text is one paragraph: credit goes to their parent.
const PARA_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "td",
    "th",
    "figcaption",
];

/// Words in class, id or role that mark boilerplate (matched at the start of a word of the
/// attribute, case-insensitively).
const BOILER_ATTR: &[&str] = &[
    "nav",
    "menu",
    "share",
    "sharing",
    "social",
    "related",
    "comment",
    "sidebar",
    "side-bar",
    "footer",
    "breadcrumb",
    "advert",
    "banner",
    "newsletter",
    "subscribe",
    "popup",
    "modal",
    "cookie",
    "widget",
    "promo",
    "mostread",
    "most-read",
    "readmore",
    "read-more",
    "readalso",
    "read-also",
    "tags",
    "tag-list",
    "toolbar",
    "print",
    "login",
    "signup",
    "pagination",
    "pager",
    "sponsor",
    "outbrain",
    "taboola",
    "disqus",
    "rating",
    "author-box",
    "more-news",
    "latest-news",
    "trending",
    "ticker",
];
const BOILER_EXACT: &[&str] = &[
    "ad",
    "ads",
    "navigation",
    "complementary",
    "contentinfo",
    "search",
    "hidden",
    "tags",
];

fn boilerplate_phrases() -> &'static [String] {
    static P: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        include_str!("../data/boilerplate.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                marsad_text::fold(l)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    })
}

/// True when a line of text is a boilerplate phrase (a comment prompt, "read also", a
/// copyright line...): it starts with one, or is short and contains one.
pub fn is_boilerplate_line(line: &str) -> bool {
    let f = marsad_text::fold(line);
    let f: String = f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if f.is_empty() {
        return true;
    }
    let short = f.chars().count() <= 80;
    boilerplate_phrases()
        .iter()
        .any(|p| f.starts_with(p.as_str()) || (short && f.contains(p.as_str())))
}

/// Words in class or id that mark the article itself: an element named by one is never
/// dropped as boilerplate, whatever else its classes say (`article-body no-comments`).
const CONTENT_ATTR: &[&str] = &[
    "article",
    "content",
    "entry",
    "story",
    "post-body",
    "main",
    "text",
    "body",
    "news-details",
    "details",
];

fn attr_is_content(v: &str) -> bool {
    let v = v.to_ascii_lowercase();
    v.split(|c: char| c.is_whitespace() || c == '_')
        .any(|word| {
            CONTENT_ATTR.iter().any(|c| {
                word == *c || word.starts_with(&format!("{c}-")) || word.ends_with(&format!("-{c}"))
            })
        })
}

fn attr_is_boilerplate(v: &str) -> bool {
    let v = v.to_ascii_lowercase();
    v.split(|c: char| c.is_whitespace()).any(|word| {
        BOILER_EXACT.contains(&word)
            || word.split(['-', '_']).any(|w| BOILER_EXACT.contains(&w))
            || word.split(['_', ' ']).any(|w| {
                BOILER_ATTR
                    .iter()
                    .any(|b| w.starts_with(b) || w.contains(&format!("-{b}")))
            })
    })
}

struct Block {
    text: String,
    link_chars: usize,
    /// The innermost block element around the text, as an index into `Walker::chain` (which
    /// leads outwards to the others); `None` outside any.
    inner: Option<usize>,
    para: bool,
}

#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    cur: String,
    cur_links: usize,
    /// Open block elements, innermost last: (index into `chain`, a paragraph?).
    stack: Vec<(usize, bool)>,
    /// Every block element met: (its node, the index of the block element around it). Blocks
    /// share their ancestors through it, so a page nested N deep costs N, not N squared.
    chain: Vec<(NodeId, Option<usize>)>,
}

impl Walker {
    fn flush(&mut self) {
        let text = self.cur.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            let para = self.stack.last().is_some_and(|s| s.1);
            self.blocks.push(Block {
                text,
                link_chars: self.cur_links,
                inner: self.stack.last().map(|s| s.0),
                para,
            });
        }
        self.cur.clear();
        self.cur_links = 0;
    }

    /// The block elements around a block's text, innermost first.
    fn ancestors(&self, b: &Block) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(b.inner, |&i| self.chain[i].1).map(|i| self.chain[i].0)
    }

    /// Walk the tree in document order with a stack of its own (not the call stack: a page
    /// nested 30,000 deep overflowed it).
    fn walk(&mut self, root: NodeRef<'_, Node>, in_link: bool) {
        enum Step<'a> {
            Enter(NodeRef<'a, Node>, bool),
            Leave,
        }
        let mut todo = vec![Step::Enter(root, in_link)];
        while let Some(step) = todo.pop() {
            let (node, in_link) = match step {
                Step::Leave => {
                    self.flush();
                    self.stack.pop();
                    continue;
                }
                Step::Enter(n, l) => (n, l),
            };
            match node.value() {
                Node::Text(t) => {
                    let s: &str = t;
                    self.cur.push_str(s);
                    if in_link {
                        self.cur_links += s.chars().filter(|c| !c.is_whitespace()).count();
                    }
                }
                Node::Element(e) => {
                    let name = e.name();
                    if SKIP_TAGS.contains(&name) {
                        continue;
                    }
                    let protected = matches!(name, "body" | "html" | "article" | "main")
                        || e.attr("itemprop")
                            .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
                        || ["class", "id"]
                            .iter()
                            .any(|a| e.attr(a).is_some_and(attr_is_content));
                    if !protected
                        && ["class", "id", "role"]
                            .iter()
                            .any(|a| e.attr(a).is_some_and(attr_is_boilerplate))
                    {
                        continue;
                    }
                    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
                        continue;
                    }
                    if name == "br" {
                        self.flush();
                        continue;
                    }
                    if BLOCK_TAGS.contains(&name) {
                        self.flush();
                        self.chain.push((node.id(), self.stack.last().map(|s| s.0)));
                        self.stack
                            .push((self.chain.len() - 1, PARA_TAGS.contains(&name)));
                        todo.push(Step::Leave);
                    }
                    let link = in_link || name == "a";
                    let children: Vec<NodeRef<'_, Node>> = node.children().collect();
                    todo.extend(children.into_iter().rev().map(|c| Step::Enter(c, link)));
                }
                Node::Document | Node::Fragment => {
                    let children: Vec<NodeRef<'_, Node>> = node.children().collect();
                    todo.extend(children.into_iter().rev().map(|c| Step::Enter(c, in_link)));
                }
                _ => {}
            }
        }
    }
}

fn link_dense(b: &Block) -> bool {
    let n = b.text.chars().filter(|c| !c.is_whitespace()).count().max(1);
    b.link_chars * 2 > n
}

fn meta(doc: &Html, keys: &[&str]) -> Option<String> {
    for node in doc.tree.nodes() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        if e.name() != "meta" {
            continue;
        }
        let k = e
            .attr("property")
            .or_else(|| e.attr("name"))
            .or_else(|| e.attr("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        if keys.contains(&k.as_str()) {
            if let Some(v) = e.attr("content").map(str::trim).filter(|v| !v.is_empty()) {
                return Some(v.to_string());
            }
        }
    }
    None
}

fn first_element<'a>(doc: &'a Html, name: &str) -> Option<NodeRef<'a, Node>> {
    doc.tree
        .nodes()
        .find(|n| matches!(n.value(), Node::Element(e) if e.name() == name))
}

fn text_of(node: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            s.push_str(t);
            s.push(' ');
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A date from the forms pages, feeds and crawls use: ISO 8601 (`2015-08-03`,
/// `2015-08-03T10:00:00+03:00`, as [`marsad_model::parse_iso_date`] reads the input form's),
/// RFC 2822 (`Mon, 03 Aug 2015 10:00:00 +0300`), `2015/08/03`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(d.date_naive());
    }
    marsad_model::parse_iso_date(s)
        .or_else(|| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y/%m/%d").ok())
}

/// How the main text of a page is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// marsad's own reading (below), with Readability (`dom_smoothie`) as the fallback when
    /// marsad keeps under a third of the text Readability finds; Readability's text goes
    /// through marsad's boilerplate filter too. What [`page`] does.
    Combined,
    /// marsad's own reading only.
    Own,
    /// Readability only (through marsad's boilerplate filter).
    Readability,
}

/// Read a page: metadata and main text ([`Method::Combined`]).
pub fn page(html: &str) -> Page {
    page_with(html, Method::Combined)
}

/// What Readability finds in a page: its main text (through marsad's boilerplate filter)
/// and the publication date it reads (JSON-LD `datePublished` among others).
struct Readable {
    text: String,
    published: Option<NaiveDate>,
}

/// Readability (`dom_smoothie`) over a page, only within [`check_limits`]'s limits: its
/// parser and tree walks are not protected against hostile nesting the way marsad's are.
fn readable(html: &str) -> Option<Readable> {
    check_limits(html).ok()?;
    let mut r = dom_smoothie::Readability::new(html, None, None).ok()?;
    let published = r
        .parse_json_ld()
        .and_then(|m| m.published_time)
        .as_deref()
        .and_then(parse_date);
    let a = r.parse().ok()?;
    let published = published.or_else(|| a.published_time.as_deref().and_then(parse_date));
    Some(Readable {
        text: fragment_text(&a.content),
        published,
    })
}

/// Read a page by a chosen [`Method`]: metadata and main text.
pub fn page_with(html: &str, method: Method) -> Page {
    let doc = Html::parse_document(html);
    let title = meta(&doc, &["og:title", "twitter:title"])
        .or_else(|| {
            first_element(&doc, "title")
                .map(text_of)
                .filter(|t| !t.is_empty())
        })
        .or_else(|| {
            first_element(&doc, "h1")
                .map(text_of)
                .filter(|t| !t.is_empty())
        });
    let published = meta(
        &doc,
        &[
            "article:published_time",
            "og:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "dc.date.issued",
            "dc.date",
            "sailthru.date",
            "article:modified_time",
        ],
    )
    .and_then(|d| parse_date(&d))
    .or_else(|| {
        doc.tree.nodes().find_map(|n| match n.value() {
            Node::Element(e) if e.name() == "time" => e.attr("datetime").and_then(parse_date),
            _ => None,
        })
    });
    let site = meta(&doc, &["og:site_name", "application-name", "twitter:site"]);
    let canonical = doc.tree.nodes().find_map(|n| match n.value() {
        Node::Element(e)
            if e.name() == "link"
                && e.attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
        {
            e.attr("href").map(str::to_string)
        }
        _ => None,
    });
    let url = canonical
        .or_else(|| meta(&doc, &["og:url"]))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let own = if method == Method::Readability {
        String::new()
    } else {
        main_text(&doc)
    };
    drop(doc);
    let other = if method == Method::Own {
        None
    } else {
        readable(html)
    };
    let published = published.or_else(|| other.as_ref().and_then(|r| r.published));
    let text = match (method, other) {
        (Method::Own, _) => own,
        (Method::Readability, r) => r.map(|r| r.text).unwrap_or_default(),
        (Method::Combined, Some(r)) if own.chars().count() * 3 < r.text.chars().count() => r.text,
        (Method::Combined, _) => own,
    };
    Page {
        title,
        published,
        site,
        url,
        text,
    }
}

/// The deepest nesting of elements a page may have, and the most elements: html5ever's tree
/// builder scans its stack of open elements for each start tag, so a page of 80,000 unclosed
/// `<div>` took 28 s. Real pages stay far below both (a deep news page nests about 40).
pub const MAX_DEPTH: usize = 1_000;
/// See [`MAX_DEPTH`].
pub const MAX_ELEMENTS: usize = 200_000;
/// The longest tag, attributes included (one element with 200,000 attributes took 61 s).
pub const MAX_TAG: usize = 64 << 10;

/// Elements html5ever closes by itself (or that have no content): they do not deepen a page.
const NO_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
    "option", "optgroup", "rp", "rt", "colgroup", "caption",
];

/// Whether a page is within [`MAX_DEPTH`] and [`MAX_ELEMENTS`], by a linear scan of its tags
/// before it is parsed; `Err` says which limit it passes.
pub fn check_limits(html: &str) -> Result<(), String> {
    let b = html.as_bytes();
    let (mut depth, mut max_depth, mut elements) = (0usize, 0usize, 0usize);
    let mut i = 0;
    // the first '>' at or after the last tag's start (tags start further on each time, so the
    // text is scanned for '>' once, however many tags never close)
    let mut gt = 0usize;
    while let Some(k) = b[i..].iter().position(|&c| c == b'<') {
        i += k + 1;
        let close = b.get(i) == Some(&b'/');
        let start = i + usize::from(close);
        let len = b[start..]
            .iter()
            .take(16)
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if len == 0 || !b[start].is_ascii_alphabetic() {
            continue;
        }
        if gt < start {
            gt = b[start..]
                .iter()
                .position(|&c| c == b'>')
                .map_or(b.len(), |e| start + e);
        }
        let end = gt;
        // every tag, end tags and tags that do not nest included: html5ever compares each
        // attribute with those before it in its tag
        if end - start > MAX_TAG {
            return Err(format!(
                "an HTML tag of more than {} KiB (its attributes): not read",
                MAX_TAG >> 10
            ));
        }
        let name = html[start..start + len].to_ascii_lowercase();
        if NO_NESTING.contains(&name.as_str()) {
            continue;
        }
        if close {
            depth = depth.saturating_sub(1);
            continue;
        }
        elements += 1;
        if end > start && b[end - 1] == b'/' {
            continue;
        }
        depth += 1;
        max_depth = max_depth.max(depth);
        if max_depth > MAX_DEPTH {
            return Err(format!(
                "HTML nested more than {MAX_DEPTH} elements deep: not read"
            ));
        }
        if elements > MAX_ELEMENTS {
            return Err(format!(
                "HTML with more than {MAX_ELEMENTS} elements: not read"
            ));
        }
    }
    Ok(())
}

/// The text of an HTML fragment (a feed item's description), boilerplate lines dropped,
/// without looking for a main body; empty past [`check_limits`]'s limits.
pub fn fragment_text(html: &str) -> String {
    if check_limits(html).is_err() {
        return String::new();
    }
    let doc = Html::parse_fragment(html);
    let mut w = Walker::default();
    w.walk(doc.tree.root(), false);
    w.flush();
    w.blocks
        .iter()
        .filter(|b| !link_dense(b) && !is_boilerplate_line(&b.text))
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn main_text(doc: &Html) -> String {
    let mut w = Walker::default();
    w.walk(doc.tree.root(), false);
    w.flush();
    let mut score: std::collections::HashMap<NodeId, f64> = std::collections::HashMap::new();
    for b in &w.blocks {
        let n = b.text.chars().count();
        if n < 25 || link_dense(b) || is_boilerplate_line(&b.text) || b.inner.is_none() {
            continue;
        }
        // the element that holds this paragraph, and the one above it (a paragraph's own
        // element is skipped: its container is what holds the article)
        let credit = n as f64 + 10.0 * b.text.matches(['،', ',', '.']).count() as f64;
        let mut up = w.ancestors(b).skip(usize::from(b.para));
        if let Some(id) = up.next() {
            *score.entry(id).or_default() += credit;
        }
        if let Some(id) = up.next() {
            *score.entry(id).or_default() += credit / 2.0;
        }
    }
    let best = score
        .iter()
        .max_by(|a, b| {
            a.1.partial_cmp(b.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(b.0.cmp(a.0))
        })
        .map(|(id, _)| *id);
    // which chain entries lie inside the best element: parents come before their children
    let mut inside = vec![false; w.chain.len()];
    for i in 0..w.chain.len() {
        let (id, parent) = w.chain[i];
        inside[i] = best.is_none_or(|b| b == id) || parent.is_some_and(|p| inside[p]);
    }
    let keep = |b: &Block| {
        (best.is_none() || b.inner.is_some_and(|i| inside[i]))
            && !link_dense(b)
            && !is_boilerplate_line(&b.text)
    };
    let mut out: Vec<&str> = Vec::new();
    for b in w.blocks.iter().filter(|b| keep(b)) {
        if out.last() != Some(&b.text.as_str()) {
            out.push(&b.text);
        }
    }
    out.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page nested 30,000 elements deep (180 KB) overflowed the stack of the recursive walk
    /// and aborted the process; the walk keeps its own stack now. Run on a thread with a 2 MiB
    /// stack, the size of a test thread's, so the old walk fails here whatever the runner.
    /// 80,000 unclosed <div> (560 KB) took 28 s in html5ever's tree builder, which scans its
    /// stack of open elements for every start tag: past the limits a page is not parsed.
    #[test]
    fn pages_past_the_depth_or_element_limits_are_refused_before_parsing() {
        let deep = format!("<html><body>{}</body></html>", "<div>x ".repeat(80_000));
        assert!(check_limits(&deep).unwrap_err().contains("deep"));
        let wide = format!(
            "<html><body>{}</body></html>",
            "<span>x</span>".repeat(MAX_ELEMENTS + 1)
        );
        assert!(check_limits(&wide).unwrap_err().contains("elements"));
        // paragraphs and list items close themselves, void elements have no content
        let ok = format!(
            "<html><body>{}{}</body></html>",
            "<p>x".repeat(5_000),
            "<br><img src=a><li>y".repeat(5_000)
        );
        assert_eq!(check_limits(&ok), Ok(()));
        assert_eq!(check_limits("<div><div/></div> a<b c</div>"), Ok(()));
        assert_eq!(fragment_text(&deep), "");
        let attrs = format!(
            "<html><body><div {}>x</div></body></html>",
            (0..200_000)
                .map(|i| format!("a{i}=1"))
                .collect::<Vec<_>>()
                .join(" ")
        );
        assert!(check_limits(&attrs).unwrap_err().contains("KiB"));
    }

    /// A <p> (or <br>, <li>, <td>, an end tag: any tag that does not deepen the page) with
    /// 80,000 attributes (709 KB) took 12.9 s to ingest: the tag-length limit was checked only for tags
    /// that nest, and html5ever compares each attribute with those before it. Every tag is
    /// held to the limit now, and a page of tags that never close is scanned once.
    #[test]
    fn a_long_tag_that_does_not_nest_is_refused_before_parsing() {
        let many = (0..20_000)
            .map(|i| format!("a{i}=1"))
            .collect::<Vec<_>>()
            .join(" ");
        for page in [
            format!("<html><body><p {many}>x</p></body></html>"),
            format!("<html><body><br {many}>x</body></html>"),
            format!("<html><body><div>x</div {many}></body></html>"),
        ] {
            assert!(
                check_limits(&page).unwrap_err().contains("KiB"),
                "{}",
                &page[..20]
            );
            assert_eq!(fragment_text(&page), "");
        }
        // tags that share their closing '>' (one scan finds it for all of them)
        assert_eq!(check_limits(&"<p a".repeat(15_000)), Ok(()));
        let unclosed = format!("<p a{}<div b>", " ".repeat(MAX_TAG));
        assert!(check_limits(&unclosed).unwrap_err().contains("KiB"));
        assert_eq!(
            check_limits(&format!("<p a <div b{}>", " ".repeat(MAX_TAG - 10))),
            Ok(())
        );
    }

    #[test]
    fn a_page_nested_thirty_thousand_deep_does_not_overflow_the_stack() {
        let html = format!(
            "<html><body><p>{}نص عميق</p></body></html>",
            "<span>".repeat(30_000)
        );
        let text = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || page(&html).text)
            .unwrap()
            .join()
            .expect("no stack overflow");
        assert!(text.contains("نص عميق"), "{text:?}");
    }

    /// Readability (the fallback) walks its tree as it likes: it is reached only for pages
    /// within the limits, and a page at the depth limit, of the kind that would send the
    /// page to the fallback (no paragraph of marsad's own), fits a test thread's 2 MiB stack.
    #[test]
    fn the_readability_fallback_runs_only_within_the_limits() {
        let text = "نص الخبر في أعمق عنصر من الصفحة، وفيه ما يكفي من الكلمات والفواصل ليكون فقرة. "
            .repeat(5);
        let at_limit = format!(
            "<html><body>{}<p>{text}</p></body></html>",
            "<div class=\"widget\">".repeat(MAX_DEPTH - 3)
        );
        assert_eq!(check_limits(&at_limit), Ok(()));
        let p = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || page(&at_limit))
            .unwrap()
            .join()
            .expect("no stack overflow");
        assert!(p.text.contains("نص الخبر في أعمق عنصر"), "{:?}", p.text);
        let past = format!(
            "<html><body>{}<p>{text}</p></body></html>",
            "<div class=\"widget\">".repeat(MAX_DEPTH + 10)
        );
        assert!(check_limits(&past).is_err());
        assert!(readable(&past).is_none());
        let p = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || page(&past))
            .unwrap()
            .join()
            .expect("no stack overflow");
        assert_eq!(p.text, "");
    }

    // A page written for this test, shaped like a news site's: menus, share bar, related
    // list, comment prompt, footer around one article.
    const PAGE: &str = r##"<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<meta charset="utf-8"><title>صحيفة المثال | افتتاح جسر جديد</title>
<meta property="og:title" content="افتتاح جسر جديد فوق النهر">
<meta property="og:site_name" content="صحيفة المثال">
<meta property="article:published_time" content="2015-08-04T09:30:00+03:00">
<link rel="canonical" href="https://example.org/news/42">
</head><body>
<div id="top-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/eco">اقتصاد</a></li></ul></div>
<nav><a href="/a">سياسة</a> <a href="/b">ثقافة</a></nav>
<div class="wrapper"><div class="article-body">
<h1>افتتاح جسر جديد فوق النهر</h1>
<div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a> شارك</div>
<p>افتتح محافظ المدينة صباح اليوم جسرا جديدا فوق النهر يربط الحي الشرقي بوسط المدينة، بعد عامين من العمل.</p>
<p>وقال المحافظ إن الجسر سيخفف الازدحام في الشوارع القديمة، وإن مشروعا ثانيا سيبدأ العام المقبل.</p>
<p>شكرا للتعليق على الموضوع</p>
<p>اقرأ أيضا: <a href="/x">مشروع الطرق الجديد</a></p>
</div>
<div class="related-news"><h3>أخبار ذات صلة</h3><ul><li><a href="/1">افتتاح مدرسة جديدة في الحي الغربي من المدينة اليوم</a></li><li><a href="/2">مهرجان ثقافي يفتتح أبوابه للزوار في الساحة الكبرى</a></li></ul></div>
<div id="comments"><p>أضف تعليقك هنا وشارك برأيك في هذا الموضوع مع القراء الآخرين</p></div>
</div>
<footer><p>جميع الحقوق محفوظة لصحيفة المثال 2015</p></footer>
</body></html>"##;

    #[test]
    fn main_content_without_boilerplate() {
        let p = page(PAGE);
        assert_eq!(p.title.as_deref(), Some("افتتاح جسر جديد فوق النهر"));
        assert_eq!(
            p.published,
            Some(NaiveDate::from_ymd_opt(2015, 8, 4).unwrap())
        );
        assert_eq!(p.site.as_deref(), Some("صحيفة المثال"));
        assert_eq!(p.url.as_deref(), Some("https://example.org/news/42"));
        assert!(
            p.text.contains("افتتح محافظ المدينة صباح اليوم"),
            "{}",
            p.text
        );
        assert!(p.text.contains("وقال المحافظ"));
        for junk in [
            "الرئيسية",
            "سياسة",
            "فيسبوك",
            "شكرا للتعليق",
            "اقرأ أيضا",
            "أخبار ذات صلة",
            "افتتاح مدرسة",
            "أضف تعليقك",
            "جميع الحقوق",
        ] {
            assert!(!p.text.contains(junk), "kept {junk:?}:\n{}", p.text);
        }
    }

    #[test]
    fn br_separated_text_in_divs() {
        let html = "<html><body><div class=\"menu\"><a href=/>الرئيسية</a></div><div id=\"story\">السطر الأول من الخبر يروي ما جرى في السوق صباح اليوم بالتفصيل<br><br>السطر الثاني يكمل الخبر ويذكر ما قاله شهود العيان في المكان<br></div></body></html>";
        let p = page(html);
        assert_eq!(p.text, "السطر الأول من الخبر يروي ما جرى في السوق صباح اليوم بالتفصيل\n\nالسطر الثاني يكمل الخبر ويذكر ما قاله شهود العيان في المكان");
    }

    #[test]
    fn broken_html_still_gives_text() {
        let cases = [
            "<html><body><p>نص الخبر الأول يبقى مقروءا رغم أن الوسم لم يغلق<p>ونص ثان بعده <b>بخط عريض",
            "<<<>>><p>فقرة فيها ما يكفي من الكلمات لتكون نص الخبر</div></span></p></p>",
            "<p>فقرة <a href='x'>رابط مكسور</p><script>var x = '<p>';</script><p>فقرة أخرى تكمل النص المكتوب هنا",
            "",
            "\u{0}\u{1}<html>",
        ];
        for c in cases {
            let p = page(c);
            assert!(!p.text.contains("var x"), "{c}: {}", p.text);
        }
        assert!(page(cases[0]).text.contains("بخط عريض"));
        assert!(page(cases[1]).text.contains("فقرة فيها"));
    }

    #[test]
    fn dates_in_page_forms() {
        for (s, want) in [
            ("2015-08-04", (2015, 8, 4)),
            ("2015-08-04T23:10:00Z", (2015, 8, 4)),
            ("Tue, 04 Aug 2015 10:00:00 +0300", (2015, 8, 4)),
            ("2015/08/04 10:00", (2015, 8, 4)),
        ] {
            assert_eq!(
                parse_date(s),
                NaiveDate::from_ymd_opt(want.0, want.1, want.2),
                "{s}"
            );
        }
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn boilerplate_lines() {
        assert!(is_boilerplate_line("شكراً للتعليق على الموضوع"));
        assert!(is_boilerplate_line("اقرأ أيضاً: خبر آخر"));
        assert!(!is_boilerplate_line(
            "قال شهود إن قوات الأمن فرقت المتظاهرين في الساحة"
        ));
    }

    #[test]
    fn the_article_is_never_dropped_for_a_class() {
        let html = "<html><body><div class=\"article-body no-comments share-enabled\"><p>نص الخبر الرئيسي الذي يجب أن يبقى كاملا في المقالة المستخرجة من الصفحة</p></div>\
            <div class=\"comments\"><p>تعليق طويل من أحد القراء لا ينتمي إلى نص الخبر على الإطلاق</p></div></body></html>";
        let p = page(html);
        assert_eq!(
            p.text,
            "نص الخبر الرئيسي الذي يجب أن يبقى كاملا في المقالة المستخرجة من الصفحة"
        );
    }

    #[test]
    fn boilerplate_attributes() {
        for a in [
            "share-buttons",
            "related-news",
            "top-menu",
            "comments",
            "ad",
            "sidebar-left",
            "post-tags",
            "social_links",
        ] {
            assert!(attr_is_boilerplate(a), "{a}");
        }
        for a in [
            "article-body",
            "story",
            "content",
            "entry-content",
            "headline",
            "main",
        ] {
            assert!(!attr_is_boilerplate(a), "{a}");
        }
    }
}
