//! Field agreement between one predicted and one gold event, as the scorer decides it.

use chrono::NaiveDate;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// A scored field of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// `sub_event_type` equal.
    SubEventType,
    /// Predicted `date.start` inside the gold range.
    Date,
    /// Predicted point within the gold tolerance.
    Location,
    /// Predicted country equal (ISO2).
    Country,
    /// Fatalities equal, or inside the gold range.
    Fatalities,
    /// Injured equal, or inside the gold range.
    Injured,
}

/// The scored fields, in the scorer's order.
pub const FIELDS: [Field; 6] = [
    Field::SubEventType,
    Field::Date,
    Field::Location,
    Field::Country,
    Field::Fatalities,
    Field::Injured,
];

impl Field {
    /// The scorer's name of the field (`{name}_accuracy` is its figure).
    pub fn name(self) -> &'static str {
        match self {
            Field::SubEventType => "sub_event_type",
            Field::Date => "date",
            Field::Location => "location",
            Field::Country => "country",
            Field::Fatalities => "fatalities",
            Field::Injured => "injured",
        }
    }

    /// Part of a "record" (the whole row): every field but the country.
    pub fn in_record(self) -> bool {
        self != Field::Country
    }

    /// `None` when gold gives nothing to score, else whether the prediction is right.
    pub fn check(self, p: &Value, g: &Value) -> Option<bool> {
        match self {
            Field::SubEventType => {
                let gs = nonempty_str(&g["sub_event_type"])?;
                Some(p["sub_event_type"].as_str() == Some(gs))
            }
            Field::Date => {
                let gd = &g["date"];
                if !truthy(gd) {
                    return None;
                }
                let lo = day(&gd["start"]);
                let hi = if truthy(&gd["end"]) {
                    day(&gd["end"])
                } else {
                    lo
                };
                let start = day(&p["date"]["start"]);
                Some(matches!((start, lo, hi), (Some(s), Some(lo), Some(hi)) if lo <= s && s <= hi))
            }
            Field::Location => {
                let gl = &g["location"];
                let (glat, glon) = (gl["lat"].as_f64()?, gl["lon"].as_f64());
                let pl = &p["location"];
                let (Some(plat), Some(plon), Some(glon)) =
                    (pl["lat"].as_f64(), pl["lon"].as_f64(), glon)
                else {
                    return Some(false);
                };
                let tol = gl["tolerance_km"].as_f64().unwrap_or(25.0);
                Some(km(plat, plon, glat, glon) <= tol)
            }
            Field::Country => {
                let gc = nonempty_str(&g["location"]["country"])?;
                let pc = match &p["location"]["country"] {
                    Value::String(s) => s.to_uppercase(),
                    _ => String::new(),
                };
                Some(pc == gc.to_uppercase())
            }
            Field::Fatalities => count_ok(p, g, "fatalities"),
            Field::Injured => count_ok(p, g, "injured"),
        }
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::String(s) => !s.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Number(_) => true,
    }
}

fn nonempty_str(v: &Value) -> Option<&str> {
    v.as_str().filter(|s| !s.is_empty())
}

fn day(v: &Value) -> Option<NaiveDate> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Null => return None,
        other => other.to_string(),
    };
    let d: String = s.chars().take(10).collect();
    NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()
}

fn count_ok(p: &Value, g: &Value, key: &str) -> Option<bool> {
    let want = &g[key];
    if want.is_null() {
        return None;
    }
    let Some(v) = p[key].as_f64() else {
        return Some(false);
    };
    Some(match want {
        Value::Array(r) if r.len() == 2 => match (r[0].as_f64(), r[1].as_f64()) {
            (Some(lo), Some(hi)) => lo <= v && v <= hi,
            _ => false,
        },
        w => w.as_f64() == Some(v),
    })
}

/// Great-circle distance in km (the scorer's haversine).
pub(crate) use marsad_model::distance_km as km;

/// The scorer's normalization of names: NFKC, no diacritics or tatweel, one alef, ya and
/// ha, punctuation as spaces, lower case, single spaces.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc() {
        let c = match c {
            '\u{0610}'..='\u{061a}'
            | '\u{064b}'..='\u{065f}'
            | '\u{0670}'
            | '\u{06d6}'..='\u{06ed}'
            | '\u{0640}' => continue,
            'إ' | 'أ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            '"' | '\'' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '(' | ')' | '[' | ']' | '.'
            | ',' | '،' | ':' | ';' | '!' | '?' | '؟' | '-' | '_' | '/' => ' ',
            c => c,
        };
        out.extend(c.to_lowercase());
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A predicted actor matches a gold actor when its canonical name, text or name, normalized,
/// is one of the gold forms. `None` when gold names no actor.
pub fn actor_ok(p: &Value, g: &Value) -> Option<bool> {
    if !truthy(g) {
        return None;
    }
    if !truthy(p) {
        return Some(false);
    }
    let names: Vec<String> = g["any_of"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).map(norm).collect())
        .unwrap_or_default();
    Some(
        ["canonical", "text", "name"]
            .iter()
            .any(|k| match p[*k].as_str() {
                Some(s) if !s.is_empty() => names.contains(&norm(s)),
                _ => false,
            }),
    )
}

/// Each gold actor found among the predicted actors, in either role.
pub fn actors_ok(p: &Value, g: &Value) -> Vec<bool> {
    ["actor1", "actor2"]
        .iter()
        .filter(|r| truthy(&g[**r]))
        .map(|r| {
            ["actor1", "actor2"]
                .iter()
                .any(|pr| actor_ok(&p[*pr], &g[*r]) == Some(true))
        })
        .collect()
}

/// How well a prediction agrees with a gold event: one per right field, a half per actor.
pub(crate) fn agreement(p: &Value, g: &Value) -> f64 {
    let fields = FIELDS
        .iter()
        .filter(|f| f.check(p, g) == Some(true))
        .count() as f64;
    fields + 0.5 * actors_ok(p, g).iter().filter(|x| **x).count() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn norm_folds_as_the_scorer_does() {
        assert_eq!(norm("«قوات  النظام»"), "قوات النظام");
        assert_eq!(norm("الدولة الإسلامية"), "الدوله الاسلاميه");
        assert_eq!(norm("مُسلّحين"), "مسلحين");
        assert_eq!(norm("ISIS-K"), "isis k");
    }

    #[test]
    fn counts_take_ranges_and_nulls() {
        let g = json!({"fatalities": [10, 99], "injured": null});
        assert_eq!(
            Field::Fatalities.check(&json!({"fatalities": 20}), &g),
            Some(true)
        );
        assert_eq!(
            Field::Fatalities.check(&json!({"fatalities": 9}), &g),
            Some(false)
        );
        assert_eq!(Field::Fatalities.check(&json!({}), &g), Some(false));
        assert_eq!(Field::Injured.check(&json!({"injured": 3}), &g), None);
    }

    #[test]
    fn places_within_tolerance_and_unscored_without_coordinates() {
        let g =
            json!({"location": {"country": "SY", "lat": 34.45, "lon": 40.93, "tolerance_km": 25}});
        assert_eq!(
            Field::Location.check(&json!({"location": {"lat": 34.5, "lon": 40.9}}), &g),
            Some(true)
        );
        assert_eq!(
            Field::Location.check(&json!({"location": {"lat": 36.2, "lon": 37.1}}), &g),
            Some(false)
        );
        assert_eq!(Field::Location.check(&json!({}), &g), Some(false));
        let g2 = json!({"location": {"country": "SY", "lat": null, "lon": null}});
        assert_eq!(Field::Location.check(&json!({}), &g2), None);
        assert_eq!(
            Field::Country.check(&json!({"location": {"country": "sy"}}), &g2),
            Some(true)
        );
    }

    #[test]
    fn dates_are_right_when_the_start_is_inside_the_range() {
        let g = json!({"date": {"start": "2015-08-01", "end": "2015-08-03"}});
        assert_eq!(
            Field::Date.check(&json!({"date": {"start": "2015-08-03"}}), &g),
            Some(true)
        );
        assert_eq!(
            Field::Date.check(&json!({"date": {"start": "2015-08-04"}}), &g),
            Some(false)
        );
        assert_eq!(Field::Date.check(&json!({}), &g), Some(false));
    }

    #[test]
    fn actors_match_in_either_role() {
        let g = json!({"actor1": {"any_of": ["Houthis", "الحوثيين"]}, "actor2": null});
        let p = json!({"actor1": null, "actor2": {"text": "الحوثيين", "canonical": "Ansar Allah"}});
        assert_eq!(actors_ok(&p, &g), vec![true]);
        assert_eq!(agreement(&p, &g), 0.5);
    }
}
