import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- CNN analysis on Eastern Ghouta (published Tue 2018-02-27)
GOV = actor("Syrian government forces", "Syrian regime", "Syrian Air Force", "قوات النظام",
            "الطائرات الحربية السورية", "القوات السورية", "نظام الأسد", "القصف الحكومي")
GHOUTA = loc("Eastern Ghouta", "SY", 33.55, 36.42, 20)
C["ant-CN-middleEast-113-20180227"] = [
    ev("air_drone_strike", ("2018-02-19", "2018-02-26"), GHOUTA, GOV, actor("Civilians", "المدنيين", "أطفال"),
       fatalities=[100, 200], optional=True),
    ev("shelling_artillery_missile_attack", ("2018-02-19", "2018-02-26"), GHOUTA, GOV,
       actor("Civilians", "المدنيين", "أطفال"), fatalities=[100, 200], optional=True),
    ev("shelling_artillery_missile_attack", ("2018-02-19", "2018-02-27"), loc("Damascus", "SY", 33.5102, 36.29128, 25),
       actor("Rebels", "Syrian opposition", "المتمردين", "القوى المعارضة"), actor("Civilians", "المدنيين"), optional=True),
]

# --- Nusra abducts Division 30 commander near Azaz (published Fri 2015-07-31; Wednesday = 07-29)
C["snn-65f9702da09d"] = [
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Azaz", "SY", 36.58662, 37.04628, 25),
       actor("Nusra Front", "Jabhat al-Nusra", "al-Nusra Front", "جبهة النصرة", "عناصر من جبهة النصرة"),
       actor("Division 30", "الفرقة 30", "نديم الحسن", "Nadim al-Hassan", "New Syrian Forces", "Free Syrian Army"),
       fatalities=None),
]

# --- Ashmawi captured by LNA in Derna (published Tue 2018-10-09; Monday = 10-08)
LNA = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "قوات الجيش الليبي")
C["ant-SK-middleEast-3790-20181009"] = [
    ev("arrests", ("2018-10-08", "2018-10-08"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA,
       actor("Hisham Ashmawi", "هشام عشماوي", "عشماوي", "Al-Murabitun", "المرابطين")),
    ev("armed_clash", ("2017-10-01", "2017-10-31"), loc("Wahat Road (Western Desert)", "EG", 29.3, 29.9, 100),
       actor("Al-Murabitun", "المرابطين", "عشماوي"), actor("Police Forces of Egypt", "ضباط الأمن الوطني", "الأمن الوطني"),
       optional=True),
    ev("armed_clash", ("2014-07-01", "2014-07-31"), loc("Farafra", "EG", 27.06, 27.97, 50),
       actor("Al-Murabitun", "المرابطين", "عشماوي", "Ansar Bayt al-Maqdis", "أنصار بيت المقدس"),
       actor("Military Forces of Egypt", "الجيش", "Egyptian Army"), fatalities=28, optional=True),
]

# --- Yemen: coalition weapons airdrop to Taiz resistance; Mashra'a wa Hadnan taken (published Mon 2015-08-03)
RES = actor("Popular Resistance", "المقاومة الشعبية", "مقاتلي المقاومة الشعبية", "الثوار", "ثوار تعز", "المقاومة")
HOU = actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "المتمردين", "الانقلابيين",
            "Saleh loyalists", "فلول الرئيس المخلوع علي عبدالله صالح")
MASH = loc("Mashra'a wa Hadnan", "YE", 13.537006, 43.997137, 25)
C["snn-7136b978694f"] = [
    ev("government_regains_territory", ("2015-07-26", "2015-08-03"), MASH, RES, HOU,
       fatalities=[75, 85], injured=90),
    ev("non_state_actor_overtakes_territory", ("2015-07-26", "2015-08-03"), MASH, RES, HOU,
       fatalities=[75, 85], injured=90, optional=True),
    ev("armed_clash", ("2015-07-26", "2015-08-03"), MASH, RES, HOU,
       fatalities=[75, 85], injured=90, optional=True),
    ev("other", ("2015-08-02", "2015-08-03"), loc("Taiz", "YE", 13.57952, 44.02091, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "دول التحالف العربي", "التحالف", "قوات التحالف"),
       RES, optional=True),
]

# --- Trump on pastor Brunson (published 2018-08-17): statements, court; arrest Dec 2016 is old background
C["ant-SK-internationalNews-3070-20180817"] = [
    ev("arrests", ("2016-12-01", "2016-12-31"), loc("Izmir", "TR", 38.41273, 27.13838, 100),
       actor("Turkish security forces", "Police Forces of Turkey", "الأمن التركي", "السلطات التركية"),
       actor("Andrew Brunson", "أندرو برانسون", "برانسون", "القس الأميركي"), optional=True),
]

# --- US jobs report: economy
C["snn-6831dc843692"] = []

# --- social worker opinion on extremism
C["snn-f5a64f98db01"] = []

# --- Iraq protests Fri 2018-07-20 (published same day)
PROT = actor("Protesters", "Protesters (Iraq)", "المتظاهرين", "متظاهرون", "متظاهر", "متظاهرا مدنيا")
SEC = actor("Police Forces of Iraq", "Iraqi security forces", "قوات الأمن", "قوات مكافحة الشغب", "مكافحة الشغب")
D = ("2018-07-20", "2018-07-20")
DIW = loc("Diwaniyah", "IQ", 31.99289, 44.92552, 100)
BADR = actor("Badr Organization", "Badr militia", "ميليشيا بدر", "تنظيم بدر", "حراس مقر تنظيم بدر",
             "عناصر تابعة لميليشيا بدر")
C["ant-SK-middleEast-3016-20180720"] = [
    ev("excessive_force_against_protesters", D, DIW, BADR, PROT, fatalities=1, injured=2),
    ev("attack", D, DIW, BADR, actor("Civilians", "Protesters", "متظاهر", "متظاهرا مدنيا", "المتظاهرين"),
       fatalities=1, injured=2, optional=True),
    ev("peaceful_protest", D, loc("Basra", "IQ", 30.50852, 47.7804, 25), PROT, None),
    ev("protest_with_intervention", D, loc("Nasiriyah", "IQ", 31.05799, 46.25726, 25), PROT, SEC),
    ev("peaceful_protest", D, loc("Nasiriyah", "IQ", 31.05799, 46.25726, 25), PROT, None, optional=True),
    ev("protest_with_intervention", D, loc("Baghdad", "IQ", 33.34058, 44.40088, 25), PROT, SEC, injured=[27, 33]),
]

# --- Al-Aqsa incursion and IDF arrests (published Fri 2015-08-07; "أمس الخميس" = 08-06)
IDF = actor("Military Forces of Israel", "Israeli army", "IDF", "Israeli forces", "قوات الاحتلال",
            "جيش الاحتلال الإسرائيلي", "قوات من جيش الاحتلال الإسرائيلي")
PAL = actor("Civilians (Palestine)", "Palestinians", "Civilians", "فلسطينيين", "الفلسطينيين", "فلسطينياً")
C["snn-843f716aab56"] = [
    ev("arrests", ("2015-08-05", "2015-08-06"), loc("Hebron", "PS", 31.52935, 35.0938, 25), IDF, PAL),
    ev("arrests", ("2015-08-05", "2015-08-06"), loc("Nablus", "PS", 32.22111, 35.25444, 25), IDF, PAL),
    ev("arrests", ("2015-08-05", "2015-08-07"), loc("Jerusalem", "PS", 31.78336, 35.23388, 25), IDF,
       actor("Civilians (Palestine)", "Palestinians", "ثلاثة فتية", "فتية")),
    ev("arrests", ("2015-08-05", "2015-08-07"), loc("Qabatiya", "PS", 32.41035, 35.28087, 25), IDF,
       actor("Civilians (Palestine)", "Palestinians", "شاباً", "شابا")),
    ev("arrests", ("2015-08-05", "2015-08-07"), loc("West Bank", "PS", 31.95, 35.25, 75), IDF, PAL, optional=True),
    ev("peaceful_protest", ("2015-08-06", "2015-08-06"), loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25),
       actor("Protesters (Palestine)", "Palestinian worshippers", "المصلين المرابطين والمرابطات", "المصلين", "المرابطين"),
       actor("Israeli settlers", "المستوطنين", "عصابات المستوطنين", "عصابات المستوطنين المتطرفين اليهود"), optional=True),
]

# --- Afghanistan Kunduz (Dasht-e Archi) helicopter strike, last month (published 2018-05-07)
C["ant-SK-internationalNews-1425-20180507"] = [
    ev("air_drone_strike", ("2018-04-01", "2018-04-30"), loc("Dasht-e Archi", "AF", 37.13, 69.17, 50),
       actor("Military Forces of Afghanistan", "Afghan Air Force", "Afghan government", "الحكومة الأفغانية",
             "طائرات هليكوبتر تابعة للحكومة الأفغانية"),
       actor("Civilians", "Civilians (Afghanistan)", "الصبية والرجال", "المدنيين"),
       fatalities=[10, 99], injured=[8, 97], optional=True),
]

# --- Syrian opposition visit to Moscow planned: no event
C["snn-7b94d848ae6e"] = []

# --- Yemen: Al-Anad fighting, Sanaa strikes, Sabr taken (published Mon 2015-07-27; أمس الأحد = 07-26)
HOU2 = actor("Houthis", "Ansar Allah", "الحوثيين", "المقاتلين الحوثيين", "حركة الحوثيين", "الحوثيون")
PRO = actor("Military Forces of Yemen (Hadi)", "Pro-Hadi forces", "Popular Resistance", "Southern Resistance",
            "قوات يمنية مؤيدة للرئيس هادي", "مقاتلين جنوبيين", "مقاتلون جنوبيون", "القوات التي تقاتل الحوثيين")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي", "طائرات التحالف الحربية",
             "طائرات التحالف")
RES2 = actor("Popular Resistance", "قوات المقاومة الشعبية", "المقاومة الشعبية", "رجال المقاومة الشعبية")
SABR = loc("Sabr (north of Aden)", "YE", 13.0025, 44.91167, 25)
SANAA = loc("Sanaa", "YE", 15.35452, 44.20646, 25)
C["snn-d010fb2f1358"] = [
    ev("armed_clash", ("2015-07-26", "2015-07-26"), loc("Al-Anad Air Base", "YE", 13.176, 44.765, 25), PRO, HOU2),
    ev("looting_property_destruction", ("2015-07-25", "2015-07-27"), loc("Al Hudaydah governorate", "YE", 14.79781, 42.95452, 100),
       HOU2, actor("World Food Programme", "WFP", "برنامج الأغذية العالمي")),
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), SANAA, COAL, None),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), SANAA, COAL, None),
    ev("government_regains_territory", ("2015-07-25", "2015-07-27"), SABR, RES2, HOU2, fatalities=35),
    ev("non_state_actor_overtakes_territory", ("2015-07-25", "2015-07-27"), SABR, RES2, HOU2, fatalities=35, optional=True),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), SABR, RES2, HOU2, fatalities=35, optional=True),
    ev("government_regains_territory", ("2015-07-13", "2015-07-24"), loc("Aden", "YE", 12.77957, 45.03852, 25),
       COAL, HOU2, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-24.jsonl"))
