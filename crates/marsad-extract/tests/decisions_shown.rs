//! What `marsad extract --candidates` shows as kept is what `marsad extract` outputs.

use marsad_extract::Extractor;

mod common;

#[test]
fn the_kept_candidates_are_the_records_tolls_included() {
    // two reports of one bombing, the second with a group's far larger claim: the record keeps
    // the smaller count, shown or not
    let art = common::article(
        "shown-case",
        "2018-03-10",
        "قتل 7 أشخاص على الأقل في تفجير انتحاري استهدف مسجدا في مدينة كابول الجمعة.\n\
         وقال التنظيم في بيان إن التفجير الانتحاري في كابول أسفر عن مقتل 200 شخص.",
    );
    let x = Extractor::embedded();
    let out: Vec<_> = x.extract(&art).into_iter().map(|e| e.event).collect();
    let shown: Vec<_> = x
        .decisions(&art)
        .into_iter()
        .filter(|(_, keep)| *keep)
        .map(|(e, _)| e.event)
        .collect();
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(out[0].fatalities, Some(7));
    let key =
        |e: &marsad_model::Event| (e.trigger.span, e.fatalities, e.injured, e.location.clone());
    assert_eq!(
        out.iter().map(key).collect::<Vec<_>>(),
        shown.iter().map(key).collect::<Vec<_>>()
    );
}
