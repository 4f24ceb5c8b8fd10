//! Reading sources into articles: HTML pages, RSS/Atom feeds, WARC archives, plain text; encodings detected and converted.
