//! ACLED's words for our snake_case vocabulary: type labels, precision codes, inter and
//! interaction codes, and country codes (ISO alpha-3 and numeric, English name), for exports
//! that open next to ACLED's own files.

use marsad_model::{ActorCategory, DatePrecision, Event, PlacePrecision};

/// ACLED's label for an event type or sub-event type (snake_case in); unknown names are
/// returned as they are.
pub fn type_label(snake: &str) -> &str {
    match snake {
        "battles" => "Battles",
        "armed_clash" => "Armed clash",
        "government_regains_territory" => "Government regains territory",
        "non_state_actor_overtakes_territory" => "Non-state actor overtakes territory",
        "explosions_remote_violence" => "Explosions/Remote violence",
        "air_drone_strike" => "Air/drone strike",
        "shelling_artillery_missile_attack" => "Shelling/artillery/missile attack",
        "suicide_bomb" => "Suicide bomb",
        "remote_explosive_landmine_ied" => "Remote explosive/landmine/IED",
        "grenade" => "Grenade",
        "chemical_weapon" => "Chemical weapon",
        "violence_against_civilians" => "Violence against civilians",
        "attack" => "Attack",
        "abduction_forced_disappearance" => "Abduction/forced disappearance",
        "sexual_violence" => "Sexual violence",
        "protests" => "Protests",
        "peaceful_protest" => "Peaceful protest",
        "protest_with_intervention" => "Protest with intervention",
        "excessive_force_against_protesters" => "Excessive force against protesters",
        "riots" => "Riots",
        "violent_demonstration" => "Violent demonstration",
        "mob_violence" => "Mob violence",
        "strategic_developments" => "Strategic developments",
        "agreement" => "Agreement",
        "arrests" => "Arrests",
        "change_to_group_activity" => "Change to group/activity",
        "disrupted_weapons_use" => "Disrupted weapons use",
        "headquarters_or_base_established" => "Headquarters or base established",
        "looting_property_destruction" => "Looting/property destruction",
        "non_violent_transfer_of_territory" => "Non-violent transfer of territory",
        "other" => "Other",
        other => other,
    }
}

/// ACLED's time_precision: 1 day, 2 a few days or a week, 3 a month or longer.
pub fn time_precision(p: DatePrecision) -> u8 {
    match p {
        DatePrecision::Day => 1,
        DatePrecision::Week => 2,
        DatePrecision::Month | DatePrecision::Year => 3,
    }
}

/// ACLED's geo_precision: 1 the place itself, 2 a district around it, 3 a province or wider.
pub fn geo_precision(p: Option<PlacePrecision>) -> Option<u8> {
    Some(match p? {
        PlacePrecision::PopulatedPlace => 1,
        PlacePrecision::Admin2 => 2,
        PlacePrecision::Admin1 | PlacePrecision::Country | PlacePrecision::Region => 3,
    })
}

/// ACLED inter codes of the two actors (0 when unknown or absent).
pub fn inter_codes(e: &Event) -> (u8, u8) {
    let code = |a: &Option<marsad_model::Actor>| {
        a.as_ref()
            .and_then(|a| a.category)
            .map(|c| c.inter_code())
            .unwrap_or(0)
    };
    (code(&e.actor1), code(&e.actor2))
}

/// ACLED's interaction code: the two inter codes, smaller first (`17`), or `10`·inter for
/// an actor acting alone.
pub fn interaction(i1: u8, i2: u8) -> u8 {
    match (i1, i2) {
        (0, 0) => 0,
        (a, 0) | (0, a) => a * 10,
        (a, b) => a.min(b) * 10 + a.max(b),
    }
}

/// ACLED's civilian_targeting: "Civilian targeting" when civilians are the target.
pub fn civilian_targeting(e: &Event) -> &'static str {
    let civ = e.event_type == "violence_against_civilians"
        || e.actor2.as_ref().and_then(|a| a.category) == Some(ActorCategory::Civilians);
    if civ {
        "Civilian targeting"
    } else {
        ""
    }
}

/// A country's codes and name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub iso2: &'static str,
    /// ISO 3166-1 alpha-3 (the prefix of ACLED's event_id_cnty).
    pub iso3: &'static str,
    /// ISO 3166-1 numeric (ACLED's `iso` column).
    pub numeric: u16,
    /// English name as ACLED writes it.
    pub name: &'static str,
}

/// Codes and name of a country from its alpha-2 code.
pub fn country(iso2: &str) -> Option<Country> {
    COUNTRIES
        .iter()
        .find(|c| c.iso2.eq_ignore_ascii_case(iso2))
        .copied()
}

macro_rules! countries {
    ($(($a:literal, $b:literal, $n:literal, $name:literal)),* $(,)?) => {
        &[$(Country { iso2: $a, iso3: $b, numeric: $n, name: $name }),*]
    };
}

/// The countries the actor and country lexicons and the gazetteer know.
pub const COUNTRIES: &[Country] = countries![
    ("SY", "SYR", 760, "Syria"),
    ("IQ", "IRQ", 368, "Iraq"),
    ("YE", "YEM", 887, "Yemen"),
    ("LY", "LBY", 434, "Libya"),
    ("EG", "EGY", 818, "Egypt"),
    ("LB", "LBN", 422, "Lebanon"),
    ("PS", "PSE", 275, "Palestine"),
    ("IL", "ISR", 376, "Israel"),
    ("SD", "SDN", 729, "Sudan"),
    ("SS", "SSD", 728, "South Sudan"),
    ("SO", "SOM", 706, "Somalia"),
    ("SA", "SAU", 682, "Saudi Arabia"),
    ("AE", "ARE", 784, "United Arab Emirates"),
    ("QA", "QAT", 634, "Qatar"),
    ("KW", "KWT", 414, "Kuwait"),
    ("BH", "BHR", 48, "Bahrain"),
    ("OM", "OMN", 512, "Oman"),
    ("JO", "JOR", 400, "Jordan"),
    ("TR", "TUR", 792, "Turkey"),
    ("IR", "IRN", 364, "Iran"),
    ("AF", "AFG", 4, "Afghanistan"),
    ("PK", "PAK", 586, "Pakistan"),
    ("MA", "MAR", 504, "Morocco"),
    ("DZ", "DZA", 12, "Algeria"),
    ("TN", "TUN", 788, "Tunisia"),
    ("MR", "MRT", 478, "Mauritania"),
    ("DJ", "DJI", 262, "Djibouti"),
    ("KM", "COM", 174, "Comoros"),
    ("EH", "ESH", 732, "Western Sahara"),
    ("ET", "ETH", 231, "Ethiopia"),
    ("ER", "ERI", 232, "Eritrea"),
    ("TD", "TCD", 148, "Chad"),
    ("ML", "MLI", 466, "Mali"),
    ("NE", "NER", 562, "Niger"),
    ("NG", "NGA", 566, "Nigeria"),
    ("BF", "BFA", 854, "Burkina Faso"),
    ("RU", "RUS", 643, "Russia"),
    ("US", "USA", 840, "United States"),
    ("GB", "GBR", 826, "United Kingdom"),
    ("FR", "FRA", 250, "France"),
    ("DE", "DEU", 276, "Germany"),
    ("CN", "CHN", 156, "China"),
    ("IN", "IND", 356, "India"),
    ("IT", "ITA", 380, "Italy"),
    ("ES", "ESP", 724, "Spain"),
    ("GR", "GRC", 300, "Greece"),
    ("CY", "CYP", 196, "Cyprus"),
    ("UA", "UKR", 804, "Ukraine"),
    ("AZ", "AZE", 31, "Azerbaijan"),
    ("AM", "ARM", 51, "Armenia"),
    ("KE", "KEN", 404, "Kenya"),
    ("UG", "UGA", 800, "Uganda"),
    ("CM", "CMR", 120, "Cameroon"),
    ("CF", "CAF", 140, "Central African Republic"),
    ("CD", "COD", 180, "Democratic Republic of Congo"),
    ("SN", "SEN", 686, "Senegal"),
    ("BD", "BGD", 50, "Bangladesh"),
    ("ID", "IDN", 360, "Indonesia"),
    ("MY", "MYS", 458, "Malaysia"),
    ("JP", "JPN", 392, "Japan"),
    ("CA", "CAN", 124, "Canada"),
    ("NL", "NLD", 528, "Netherlands"),
    ("BE", "BEL", 56, "Belgium"),
    ("SE", "SWE", 752, "Sweden"),
    ("AU", "AUS", 36, "Australia"),
    ("MM", "MMR", 104, "Myanmar"),
    ("TZ", "TZA", 834, "Tanzania"),
    ("MZ", "MOZ", 508, "Mozambique"),
    ("KR", "KOR", 410, "South Korea"),
    ("KP", "PRK", 408, "North Korea"),
    ("AT", "AUT", 40, "Austria"),
    ("CH", "CHE", 756, "Switzerland"),
    ("DK", "DNK", 208, "Denmark"),
    ("GE", "GEO", 268, "Georgia"),
    ("PH", "PHL", 608, "Philippines"),
    ("TJ", "TJK", 762, "Tajikistan"),
    ("UZ", "UZB", 860, "Uzbekistan"),
    // the other countries of the world towns (codes and names from GeoNames' country list;
    // Kosovo has no ISO number: 0, as ACLED writes it)
    ("AL", "ALB", 8, "Albania"),
    ("AO", "AGO", 24, "Angola"),
    ("AR", "ARG", 32, "Argentina"),
    ("AW", "ABW", 533, "Aruba"),
    ("BA", "BIH", 70, "Bosnia and Herzegovina"),
    ("BB", "BRB", 52, "Barbados"),
    ("BG", "BGR", 100, "Bulgaria"),
    ("BI", "BDI", 108, "Burundi"),
    ("BJ", "BEN", 204, "Benin"),
    ("BN", "BRN", 96, "Brunei"),
    ("BO", "BOL", 68, "Bolivia"),
    ("BR", "BRA", 76, "Brazil"),
    ("BS", "BHS", 44, "Bahamas"),
    ("BT", "BTN", 64, "Bhutan"),
    ("BW", "BWA", 72, "Botswana"),
    ("BY", "BLR", 112, "Belarus"),
    ("BZ", "BLZ", 84, "Belize"),
    ("CG", "COG", 178, "Republic of Congo"),
    ("CI", "CIV", 384, "Ivory Coast"),
    ("CL", "CHL", 152, "Chile"),
    ("CO", "COL", 170, "Colombia"),
    ("CR", "CRI", 188, "Costa Rica"),
    ("CU", "CUB", 192, "Cuba"),
    ("CV", "CPV", 132, "Cape Verde"),
    ("CW", "CUW", 531, "Curacao"),
    ("CZ", "CZE", 203, "Czech Republic"),
    ("DO", "DOM", 214, "Dominican Republic"),
    ("EC", "ECU", 218, "Ecuador"),
    ("EE", "EST", 233, "Estonia"),
    ("FI", "FIN", 246, "Finland"),
    ("FJ", "FJI", 242, "Fiji"),
    ("GA", "GAB", 266, "Gabon"),
    ("GF", "GUF", 254, "French Guiana"),
    ("GH", "GHA", 288, "Ghana"),
    ("GI", "GIB", 292, "Gibraltar"),
    ("GM", "GMB", 270, "Gambia"),
    ("GN", "GIN", 324, "Guinea"),
    ("GP", "GLP", 312, "Guadeloupe"),
    ("GQ", "GNQ", 226, "Equatorial Guinea"),
    ("GT", "GTM", 320, "Guatemala"),
    ("GW", "GNB", 624, "Guinea-Bissau"),
    ("GY", "GUY", 328, "Guyana"),
    ("HK", "HKG", 344, "Hong Kong"),
    ("HN", "HND", 340, "Honduras"),
    ("HR", "HRV", 191, "Croatia"),
    ("HT", "HTI", 332, "Haiti"),
    ("HU", "HUN", 348, "Hungary"),
    ("IE", "IRL", 372, "Ireland"),
    ("IM", "IMN", 833, "Isle of Man"),
    ("IS", "ISL", 352, "Iceland"),
    ("JM", "JAM", 388, "Jamaica"),
    ("KG", "KGZ", 417, "Kyrgyzstan"),
    ("KH", "KHM", 116, "Cambodia"),
    ("KY", "CYM", 136, "Cayman Islands"),
    ("KZ", "KAZ", 398, "Kazakhstan"),
    ("LA", "LAO", 418, "Laos"),
    ("LC", "LCA", 662, "Saint Lucia"),
    ("LK", "LKA", 144, "Sri Lanka"),
    ("LR", "LBR", 430, "Liberia"),
    ("LS", "LSO", 426, "Lesotho"),
    ("LT", "LTU", 440, "Lithuania"),
    ("LU", "LUX", 442, "Luxembourg"),
    ("LV", "LVA", 428, "Latvia"),
    ("MD", "MDA", 498, "Moldova"),
    ("ME", "MNE", 499, "Montenegro"),
    ("MG", "MDG", 450, "Madagascar"),
    ("MK", "MKD", 807, "North Macedonia"),
    ("MN", "MNG", 496, "Mongolia"),
    ("MO", "MAC", 446, "Macao"),
    ("MQ", "MTQ", 474, "Martinique"),
    ("MT", "MLT", 470, "Malta"),
    ("MU", "MUS", 480, "Mauritius"),
    ("MW", "MWI", 454, "Malawi"),
    ("MX", "MEX", 484, "Mexico"),
    ("NA", "NAM", 516, "Namibia"),
    ("NC", "NCL", 540, "New Caledonia"),
    ("NI", "NIC", 558, "Nicaragua"),
    ("NO", "NOR", 578, "Norway"),
    ("NP", "NPL", 524, "Nepal"),
    ("NZ", "NZL", 554, "New Zealand"),
    ("PA", "PAN", 591, "Panama"),
    ("PE", "PER", 604, "Peru"),
    ("PF", "PYF", 258, "French Polynesia"),
    ("PG", "PNG", 598, "Papua New Guinea"),
    ("PL", "POL", 616, "Poland"),
    ("PR", "PRI", 630, "Puerto Rico"),
    ("PT", "PRT", 620, "Portugal"),
    ("PY", "PRY", 600, "Paraguay"),
    ("RE", "REU", 638, "Reunion"),
    ("RO", "ROU", 642, "Romania"),
    ("RS", "SRB", 688, "Serbia"),
    ("RW", "RWA", 646, "Rwanda"),
    ("SB", "SLB", 90, "Solomon Islands"),
    ("SG", "SGP", 702, "Singapore"),
    ("SI", "SVN", 705, "Slovenia"),
    ("SK", "SVK", 703, "Slovakia"),
    ("SL", "SLE", 694, "Sierra Leone"),
    ("SR", "SUR", 740, "Suriname"),
    ("ST", "STP", 678, "Sao Tome and Principe"),
    ("SV", "SLV", 222, "El Salvador"),
    ("SZ", "SWZ", 748, "eSwatini"),
    ("TG", "TGO", 768, "Togo"),
    ("TH", "THA", 764, "Thailand"),
    ("TM", "TKM", 795, "Turkmenistan"),
    ("TT", "TTO", 780, "Trinidad and Tobago"),
    ("TW", "TWN", 158, "Taiwan"),
    ("UY", "URY", 858, "Uruguay"),
    ("VE", "VEN", 862, "Venezuela"),
    ("VI", "VIR", 850, "U.S. Virgin Islands"),
    ("VN", "VNM", 704, "Vietnam"),
    ("WS", "WSM", 882, "Samoa"),
    ("XK", "XKX", 0, "Kosovo"),
    ("ZA", "ZAF", 710, "South Africa"),
    ("ZM", "ZMB", 894, "Zambia"),
    ("ZW", "ZWE", 716, "Zimbabwe"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_acled() {
        assert_eq!(
            type_label("explosions_remote_violence"),
            "Explosions/Remote violence"
        );
        assert_eq!(type_label("air_drone_strike"), "Air/drone strike");
        assert_eq!(type_label("something_new"), "something_new");
    }

    #[test]
    fn interaction_codes() {
        assert_eq!(interaction(1, 7), 17);
        assert_eq!(interaction(7, 1), 17);
        assert_eq!(interaction(2, 0), 20);
        assert_eq!(interaction(0, 0), 0);
    }

    #[test]
    fn countries_are_unique_and_known() {
        assert_eq!(country("ye").unwrap().numeric, 887);
        assert_eq!(country("SY").unwrap().iso3, "SYR");
        let mut a: Vec<_> = COUNTRIES.iter().map(|c| c.iso2).collect();
        a.sort();
        a.dedup();
        assert_eq!(a.len(), COUNTRIES.len());
        let lex = include_str!("../../../data/lexicon/countries.tsv");
        for line in lex
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let code = line.split('\t').next().unwrap_or("");
            assert!(country(code).is_some(), "no codes for {code}");
        }
    }

    /// Seven countries of the gazetteer (AT, CH, DK, GE, PH, TJ, UZ) had no row here, so an
    /// event placed in one was exported with event_id_cnty "XXX..." and no ISO number.
    #[test]
    fn every_country_of_the_gazetteer_has_iso_codes() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/gazetteer/index.tsv"
        );
        let index = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut missing: Vec<&str> = index
            .lines()
            .skip(2)
            .filter_map(|l| l.split('\t').nth(2))
            .filter(|c| !c.is_empty() && country(c).is_none())
            .collect();
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "no ISO codes for {missing:?}");
    }
}

pub use marsad_model::TAXONOMY;

/// The event types.
pub fn event_types() -> Vec<&'static str> {
    TAXONOMY.iter().map(|(t, _)| *t).collect()
}

/// Every sub-event type.
pub fn all_sub_types() -> Vec<&'static str> {
    TAXONOMY
        .iter()
        .flat_map(|(_, s)| s.iter().copied())
        .collect()
}

/// The sub-event types of an event type (None: not an event type).
pub fn sub_types(event_type: &str) -> Option<&'static [&'static str]> {
    TAXONOMY
        .iter()
        .find(|(t, _)| *t == event_type)
        .map(|(_, s)| *s)
}

/// The event type a sub-event type belongs to (None: not a sub-event type).
pub fn parent_type(sub: &str) -> Option<&'static str> {
    TAXONOMY
        .iter()
        .find(|(_, s)| s.contains(&sub))
        .map(|(t, _)| *t)
}

/// Whether a name is an event type or a sub-event type.
pub fn is_type(name: &str) -> bool {
    sub_types(name).is_some() || parent_type(name).is_some()
}
