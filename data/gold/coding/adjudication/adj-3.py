import os
# Gold adjudication, pairs-3 (K = 3). Decisions and reasons: adj-3.notes.txt
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write

C = {}

# --- snn-8427eaf5155a (Latakia sit-in, published Sun 2015-08-09) ---
LATAKIA = loc("Latakia", "SY", 35.53168, 35.79011, 25)
C["snn-8427eaf5155a"] = [
    # the sit-in has no date of its own ("اليوم الأحد" dates the Observatory's statement) -> [pub-2, pub]
    ev("peaceful_protest", ("2015-08-07", "2015-08-09"), LATAKIA,
       actor("Protesters (Syria)", "Protesters", "المعتصمون", "ألف سوري", "أكثر من ألف شخص"),
       None),
    # killing of the colonel on 6 Aug at night: personal dispute by a regime relative; background, optional
    ev("attack", ("2015-08-06", "2015-08-07"), LATAKIA,
       actor("سليمان هلال الأسد", "سليمان الأسد", "Suleiman al-Assad", "Pro-Government Militia"),
       actor("العقيد حسان الشيخ", "Hassan al-Sheikh", "Military Forces of Syria"),
       fatalities=1, optional=True),
]

# --- ant-SK-middleEast-709-20180401 (Douma agreement; Eastern Ghouta towns, published Sun 2018-04-01) ---
GOV_SY = actor("القيادة العامة للجيش السوري", "الجيش السوري", "القوات الحكومية", "الحكومة السورية",
               "Syrian government forces", "Military Forces of Syria", "Syrian army",
               "Syrian government", "Government of Syria")
REBELS_GH = actor("الإرهابيين", "الإرهابيين وعائلاتهم", "مسلحي المعارضة", "فصائل المعارضة المسلحة",
                  "Syrian opposition", "Syrian rebels", "Opposition rebels", "rebels", "Faylaq al-Rahman")
JAI = actor("جيش الإسلام", "مسلحي الفصيل المعارض", "Jaysh al-Islam", "Jaish al-Islam")
EV709 = [
    # agreement: no date in the text -> [pub-2, pub]
    ev("agreement", ("2018-03-30", "2018-04-01"), loc("Douma", "SY", 33.57175, 36.4027, 25), GOV_SY, JAI),
]
for name, lat, lon in [("Arbin", 33.53719, 36.36635), ("Zamalka", 33.5261, 36.35385),
                       ("Ain Tarma", 33.51474, 36.35107), ("Jobar", 33.53, 36.333)]:
    L = loc(name, "SY", lat, lon, 25)
    # declared free "مساء أمس السبت" after the last batch left: dated by the report's wording (Sat 31 Mar)
    EV709.append(ev("non_violent_transfer_of_territory", ("2018-03-31", "2018-03-31"), L, GOV_SY, REBELS_GH))
    EV709.append(ev("government_regains_territory", ("2018-03-31", "2018-03-31"), L, GOV_SY, REBELS_GH, optional=True))
C["ant-SK-middleEast-709-20180401"] = EV709

# --- ant-SK-middleEast-693-20180331 (Gaza border, published Sat 2018-03-31) ---
GAZA_BORDER = loc("Gaza Strip (border fence)", "PS", 31.42, 34.38, 30)
ISR = actor("القوات الإسرائيلية", "الجيش الإسرائيلي", "سلطات الاحتلال الإسرائيلي", "الاحتلال",
            "Military Forces of Israel", "Israeli forces", "IDF", "Israel Defense Forces", "Israel")
PAL = actor("شبان فلسطينيين", "الفلسطينيين", "المحتجين", "التظاهرات الفلسطينية", "الجماهير",
            "Protesters (Palestine)", "Palestinian protesters", "Protesters")
C["ant-SK-middleEast-693-20180331"] = [
    # Saturday: fire on gathered youths, 13 injured -> excessive force (gunfire injuries), PWI twin
    ev("excessive_force_against_protesters", ("2018-03-31", "2018-03-31"), GAZA_BORDER, ISR, PAL, injured=13),
    ev("protest_with_intervention", ("2018-03-31", "2018-03-31"), GAZA_BORDER, PAL, ISR, injured=13, optional=True),
    # Friday 30 Mar (Land Day): at least 15 killed, more than 1,000 injured
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA_BORDER, ISR, PAL,
       fatalities=15, injured=1000),
    ev("protest_with_intervention", ("2018-03-30", "2018-03-30"), GAZA_BORDER, PAL, ISR,
       fatalities=15, injured=1000, optional=True),
    ev("violent_demonstration", ("2018-03-30", "2018-03-30"), GAZA_BORDER, PAL, ISR,
       fatalities=15, injured=1000, optional=True),
]

# --- ant-SK-internationalNews-3335-20181007 (Blue House riot, Juba, published Sun 2018-10-07) ---
BLUE_HOUSE = loc("Blue House detention centre, Juba", "SS", 4.85165, 31.58247, 25)
PRISONERS = actor("سجناء", "السجناء", "Prisoners", "Detainees", "Rioters (South Sudan)")
GUARDS = actor("الحراس", "حراس", "الأمن الوطني", "prison guards", "National Security Service",
               "National Security Service of South Sudan", "NSS", "South Sudan security forces",
               "Military Forces of South Sudan", "Police Forces of South Sudan")
C["ant-SK-internationalNews-3335-20181007"] = [
    # "في وقت مبكر من صباح الأحد", published Sunday -> 2018-10-07
    ev("violent_demonstration", ("2018-10-07", "2018-10-07"), BLUE_HOUSE, PRISONERS, GUARDS),
    ev("armed_clash", ("2018-10-07", "2018-10-07"), BLUE_HOUSE, PRISONERS, GUARDS, optional=True),
    ev("mob_violence", ("2018-10-07", "2018-10-07"), BLUE_HOUSE, PRISONERS, GUARDS, optional=True),
]

# --- ant-SK-middleEast-1973-20180527 (east Rafah, published Sun 2018-05-27) ---
EAST_RAFAH = loc("East of Rafah", "PS", 31.295, 34.28, 25)
GAZA_STRIP = loc("Gaza Strip", "PS", 31.42, 34.38, 30)
IDF = actor("الجيش الإسرائيلي", "إسرائيل", "مقاتلاته", "Military Forces of Israel", "Israeli army",
            "Israel Defense Forces", "IDF", "Israel")
PIJ = actor("سرايا القدس", "حركة الجهاد الإسلامي", "الجهاد الإسلامي", "فلسطينيان", "Palestinians",
            "Al-Quds Brigades", "Saraya al-Quds", "Palestinian Islamic Jihad", "PIJ")
C["ant-SK-middleEast-1973-20180527"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-27", "2018-05-27"), EAST_RAFAH, IDF, PIJ,
       fatalities=2, injured=1),
    # IED at the fence east of Rafah against a remote-controlled army vehicle: stated as fact, no date -> [pub-2, pub]
    ev("remote_explosive_landmine_ied", ("2018-05-25", "2018-05-27"), EAST_RAFAH, None, IDF),
    # Saturday-night raids on "two sites in Gaza": place only the Strip, one or two events -> optional
    ev("air_drone_strike", ("2018-05-26", "2018-05-27"), GAZA_STRIP, IDF, None, optional=True),
    # brief border crossing by protesters earlier on Saturday
    ev("peaceful_protest", ("2018-05-26", "2018-05-26"), loc("Gaza-Israel border", "PS", 31.42, 34.38, 30),
       actor("محتجين فلسطينيين", "Protesters (Palestine)", "Palestinian protesters", "Protesters"), None,
       optional=True),
]

# --- snn-656ec654cb22 (Iraq protests, published Sat 2015-08-08) ---
IQ_PROT = actor("Protesters (Iraq)", "Protesters", "متظاهرون", "المتظاهرين", "المتظاهرون",
                "الآلاف من العراقيين", "الأهالي", "الحراك الشعبي")
BASRA = loc("Basra", "IQ", 30.53302, 47.79747, 25)
C["snn-656ec654cb22"] = [
    # protests held despite the Friday-prayer calls -> Friday 7 Aug to published
    ev("peaceful_protest", ("2015-08-07", "2015-08-08"), BASRA, IQ_PROT, None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-08"), loc("Nasiriyah (Habboubi Square)", "IQ", 31.05799, 46.25726, 25),
       IQ_PROT, None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-08"), loc("Central and southern Iraq", "IQ", None, None),
       IQ_PROT, None, optional=True),
    # background: protester Muntadhar al-Halfi killed in Basra demonstrations (undated)
    ev("excessive_force_against_protesters", ("2015-07-01", "2015-08-07"), BASRA,
       actor("الأجهزة الأمنية", "Iraqi security forces", "Police Forces of Iraq"),
       actor("المتظاهر منتظر الحلفي", "المتظاهرين", "Protesters (Iraq)", "Protesters"),
       fatalities=1, optional=True),
]

# --- snn-d010fb2f1358 (Yemen, published Mon 2015-07-27) ---
HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "المقاتلين الحوثيين", "حركة الحوثيين", "حوثيا")
PRO_HADI = actor("Military Forces of Yemen (Hadi)", "Pro-Hadi forces", "قوات يمنية مؤيدة للرئيس هادي",
                 "مقاتلين جنوبيين", "مقاتلون جنوبيون", "القوات التي تقاتل الحوثيين",
                 "Popular Resistance", "Southern Resistance", "قوات المقاومة الشعبية", "المقاومة الشعبية")
POP_RES = actor("Popular Resistance", "Southern Resistance", "Pro-Hadi forces", "قوات المقاومة الشعبية",
                "المقاومة الشعبية", "رجال المقاومة الشعبية")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي",
             "طائرات التحالف الحربية", "طائرات التحالف")
COAL_AND_SOUTH = actor("Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي",
                       "Pro-Hadi forces", "Military Forces of Yemen (Hadi)", "Popular Resistance",
                       "Southern Resistance", "مقاتلين في الجنوب")
SANAA = loc("Sanaa (near)", "YE", 15.35452, 44.20646, 25)
SABR = loc("Sabr, north of Aden", "YE", 13.0025, 44.91167, 25)
C["snn-d010fb2f1358"] = [
    # "أمس الأحد" = 2015-07-26; Al-Anad not in the gazetteers -> known coordinates, 50 km
    ev("armed_clash", ("2015-07-26", "2015-07-26"), loc("Al-Anad Air Base", "YE", 13.176, 44.765, 50),
       PRO_HADI, HOUTHI),
    # "في ساعة متأخرة من البارحة الأولى وعقب فجر أمس الأحد": one overnight wave, like الليلة الماضية/فجر اليوم
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), SANAA, COAL, None),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), SANAA, COAL, None, optional=True),
    # 16 WFP aid trucks seized by the Houthis in Hodeidah province: no date -> [pub-2, pub]; province -> 100 km
    ev("looting_property_destruction", ("2015-07-25", "2015-07-27"), loc("Al Hudaydah governorate", "YE", 14.796625, 42.945213, 100),
       HOUTHI, actor("World Food Programme", "WFP", "برنامج الأغذية العالمي")),
    # Popular Resistance took Sabr; 25 Houthis + 10 resistance killed; no date -> [pub-2, pub]
    ev("government_regains_territory", ("2015-07-25", "2015-07-27"), SABR, POP_RES, HOUTHI, fatalities=35),
    ev("non_state_actor_overtakes_territory", ("2015-07-25", "2015-07-27"), SABR, POP_RES, HOUTHI,
       fatalities=35, optional=True),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), SABR, POP_RES, HOUTHI, fatalities=35, optional=True),
    # background: coalition and southern fighters retook much of Aden "last week"
    ev("government_regains_territory", ("2015-07-13", "2015-07-24"), loc("Aden", "YE", 12.77957, 45.03852, 25),
       COAL_AND_SOUTH, HOUTHI, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-3.jsonl"))
