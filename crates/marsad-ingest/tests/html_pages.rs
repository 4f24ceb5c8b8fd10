//! Arabic pages written for these tests, shaped like news sites' pages: an article among
//! menus, share bars, "read also" and related lists, comment prompts and readers' comments.
//! The main text must keep every paragraph of the article and none of the rest.

use chrono::NaiveDate;
use marsad_ingest::html::{page, page_with, Method};

fn read(name: &str) -> String {
    let path = format!("{}/tests/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn assert_clean(text: &str, keep: &[&str], junk: &[&str]) {
    for k in keep {
        assert!(text.contains(k), "lost {k:?}:\n{text}");
    }
    for j in junk {
        assert!(!text.contains(j), "kept {j:?}:\n{text}");
    }
}

/// A WordPress/Elementor post: the article sits in an `elementor-widget-container`, which
/// marsad's own reading takes for a widget and drops with the article in it; the page then
/// falls back to Readability, whose text still goes through marsad's boilerplate filter.
#[test]
fn elementor_post_content_read_as_a_widget_falls_back_to_readability_and_stays_clean() {
    let html = read("elementor-post.html");
    let own = page_with(&html, Method::Own);
    assert!(
        !own.text.contains("أعلنت مصلحة المياه"),
        "the own reading found the article; this page no longer tests the fallback:\n{}",
        own.text
    );
    let p = page(&html);
    assert_clean(
        &p.text,
        &[
            "أعلنت مصلحة المياه في المدينة صباح الاثنين",
            "وقال مدير المصلحة في بيان",
            "وأبدى عدد من سكان حي الصاغة",
            "وأكدت المصلحة أن الخط الجديد",
        ],
        &[
            "الرئيسية",
            "فيسبوك",
            "واتساب",
            "اقرأ أيضا",
            "شارك الخبر",
            "السابق:",
            "أخبار ذات صلة",
            "تعبيد الطرق",
            "التعليقات",
            "كل صيف نفس المشكلة",
            "أضف تعليقا",
            "بريدك الإلكتروني",
            "الأكثر قراءة",
            "جميع الحقوق",
        ],
    );
    assert_eq!(
        p.title.as_deref(),
        Some("انقطاع المياه عن أحياء في المدينة القديمة")
    );
    assert_eq!(p.site.as_deref(), Some("موقع الخبر المحلي"));
    assert_eq!(p.published, NaiveDate::from_ymd_opt(2021, 6, 14));
    assert_eq!(
        p.url.as_deref(),
        Some("https://example.net/2021/06/14/water-cut/")
    );
}

/// A page whose publication date is only in its JSON-LD block: the date comes from there.
/// marsad's own reading finds the article, so its text (and its filter) is kept.
#[test]
fn a_date_only_in_json_ld_is_read_and_the_article_stays_clean() {
    let html = read("jsonld-date.html");
    let own = page_with(&html, Method::Own);
    assert_eq!(own.published, None);
    let p = page(&html);
    assert_eq!(p.published, NaiveDate::from_ymd_opt(2019, 11, 23));
    assert_eq!(p.text, own.text);
    assert_clean(
        &p.text,
        &[
            "افتتح مهرجان الكتاب السنوي",
            "وقالت اللجنة المنظمة",
            "وشهد اليوم الأول",
        ],
        &[
            "الرئيسية",
            "فيسبوك",
            "تابعونا على",
            "مقالات ذات صلة",
            "معرض للفن",
            "أضف تعليقك",
            "مهرجان رائع",
        ],
    );
}

/// A date in the page's meta tags wins over the JSON-LD one.
#[test]
fn a_meta_date_wins_over_json_ld() {
    let html = read("jsonld-date.html").replace(
        "<meta charset=\"utf-8\">",
        "<meta charset=\"utf-8\"><meta property=\"article:published_time\" content=\"2019-11-22\">",
    );
    assert_eq!(page(&html).published, NaiveDate::from_ymd_opt(2019, 11, 22));
}
