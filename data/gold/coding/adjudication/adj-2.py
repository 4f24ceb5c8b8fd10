import os
"""Adjudicated gold for pairs-2 (K=2). Decisions explained in adj-2.notes.txt."""
import sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write

C = {}

# --- ant-SK-internationalNews-3247-20181002 (Barcelona, published Tue 2018-10-02) ---
PROT = actor("ناشطين من دعاة استقلال كاتالونيا", "المتظاهرين", "متظاهرين", "المتظاهرين المتشددين",
             "لجان الدفاع عن الجمهورية", "Committees for the Defence of the Republic", "CDR",
             "Catalan independence activists", "Catalan separatists", "Protesters (Spain)", "Rioters (Spain)")
POL = actor("قوات الأمن", "قوات مكافحة الشغب التابعة لحكومة كاتالونيا", "الشرطة", "شرطة الإقليم",
            "Mossos d'Esquadra", "Police Forces of Spain", "Catalan police")
BCN = loc("Barcelona", "ES", 41.3874, 2.1686, 25)
MON = ("2018-10-01", "2018-10-01")   # "في وقت متأخر الاثنين" = Mon 2018-10-01
C["ant-SK-internationalNews-3247-20181002"] = [
    ev("violent_demonstration", MON, BCN, PROT, POL),
    ev("protest_with_intervention", MON, BCN, PROT, POL, optional=True),      # twin reading
    ev("peaceful_protest", MON, BCN,
       actor("لجان الدفاع عن الجمهورية", "مئات النشطاء", "ناشطين من دعاة استقلال كاتالونيا", "المتظاهرين",
             "Committees for the Defence of the Republic", "CDR", "Catalan separatists", "Protesters (Spain)"),
       None, optional=True),     # CDR road/rail blockades: separate event or part of the same day's demo? hesitate
]

# --- snn-843f716aab56 (Israeli arrests, published Fri 2015-08-07) ---
ISR = actor("Military Forces of Israel", "Israeli army", "IDF", "Israeli forces", "قوات الاحتلال",
            "جيش الاحتلال الإسرائيلي", "قوات من جيش الاحتلال الإسرائيلي")
PAL = actor("Civilians (Palestine)", "Civilians", "Palestinians", "فلسطينيين", "الفلسطينيين", "فلسطينياً")
THU = ("2015-08-06", "2015-08-06")   # "فجر أمس الخميس" = Thu 2015-08-06
NODATE = ("2015-08-05", "2015-08-07")
C["snn-843f716aab56"] = [
    ev("arrests", THU, loc("Hebron", "PS", 31.5294, 35.0938, 25), ISR, PAL),
    ev("arrests", THU, loc("Nablus", "PS", 32.2211, 35.2544, 25), ISR, PAL),
    ev("arrests", NODATE, loc("Jerusalem", "PS", 31.7834, 35.2339, 25), ISR,
       actor("Civilians (Palestine)", "Palestinians", "Civilians", "ثلاثة فتية", "فتية")),
    ev("arrests", NODATE, loc("Qabatiya", "PS", 32.4104, 35.2809, 25), ISR,
       actor("Civilians (Palestine)", "Palestinians", "Civilians", "شاباً", "شابا")),
    ev("arrests", NODATE, loc("West Bank", "PS", 31.95, 35.25, 75), ISR, PAL, optional=True),
    ev("peaceful_protest", THU, loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25),
       actor("Protesters (Palestine)", "Palestinian worshippers", "المصلين المرابطين والمرابطات", "المصلين", "المرابطين"),
       actor("Israeli settlers", "المستوطنين", "عصابات المستوطنين", "عصابات المستوطنين المتطرفين اليهود"),
       optional=True),
]

# --- snn-65f9702da09d (Nusra abducts Division 30 commander, published Fri 2015-07-31) ---
C["snn-65f9702da09d"] = [
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"),     # "الأربعاء" = Wed 2015-07-29
       loc("Sijo junction near Azaz", "SY", 36.5866, 37.0463, 25),
       actor("جبهة النصرة", "عناصر من جبهة النصرة", "Jabhat al-Nusra", "Al-Nusra Front", "Nusra Front"),
       actor("الفرقة 30", "قائد الفرقة 30", "نديم الحسن", "العقيد المنشق نديم الحسن", "Nadim al-Hassan",
             "Division 30", "New Syrian Force", "New Syrian Forces", "Free Syrian Army")),
]

# --- ant-SK-middleEast-847-20180408 (Douma chemical attack, published Sun 2018-04-08) ---
GOV = actor("Syrian government forces", "Military Forces of Syria", "Syrian regime", "Syrian regime forces",
            "Syrian Arab Army", "Syrian Army", "قوات النظام", "قوات النظام السوري", "النظام السوري")
CIV = actor("Civilians", "المدنيين", "مدنيين")
DOUMA = loc("Douma", "SY", 33.57175, 36.4027, 25)
SAT = ("2018-04-07", "2018-04-07")
C["ant-SK-middleEast-847-20180408"] = [
    ev("chemical_weapon", SAT, DOUMA, GOV, CIV, fatalities=[11, 150], injured=[70, 1100]),
    ev("air_drone_strike", SAT, DOUMA, GOV, CIV, fatalities=[11, 150], injured=[70, 1100], optional=True),  # twin
    ev("air_drone_strike", ("2018-04-06", "2018-04-08"), DOUMA, GOV, CIV, fatalities=[10, 99], optional=True),
    ev("armed_clash", ("2018-04-06", "2018-04-07"), DOUMA, GOV,
       actor("جيش الإسلام", "Jaysh al-Islam", "Army of Islam", "الفصائل المعارضة", "Syrian rebels"), optional=True),
    # 8 March 2018 background (a month old): optional, both readings kept; joint "عشرات" on none
    ev("chemical_weapon", ("2018-03-08", "2018-03-08"), loc("Hammouriyeh", "SY", 33.5278, 36.3858, 25), GOV, CIV, optional=True),
    ev("air_drone_strike", ("2018-03-08", "2018-03-08"), loc("Hammouriyeh", "SY", 33.5278, 36.3858, 25), GOV, CIV, optional=True),
    ev("chemical_weapon", ("2018-03-08", "2018-03-08"), loc("Saqba", "SY", 33.5189, 36.3831, 25), GOV, CIV, optional=True),
    ev("air_drone_strike", ("2018-03-08", "2018-03-08"), loc("Saqba", "SY", 33.5189, 36.3831, 25), GOV, CIV, optional=True),
]

# --- ant-CN-internationalNews-207-20180402 (Boko Haram near Maiduguri, published Mon 2018-04-02) ---
BH = actor("Boko Haram", "بوكو حرام", "ميليشيات بوكو حرام", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "الجماعة")
NGCIV = actor("Civilians", "Civilians (Nigeria)", "المدنيين")
DEF = actor("قوة الميليشيا المحاربة لجماعة بوكو حرام", "القوات", "Civilian JTF", "CJTF",
            "Military Forces of Nigeria", "Nigerian army", "الجيش")
SUN = ("2018-04-01", "2018-04-01")   # "مساء الأحد" = Sun 2018-04-01
SHUWA = loc("Bale Shuwa, near Maiduguri", "NG", 11.8464, 13.1571, 50)
KURA = loc("Bale Kura, near Maiduguri", "NG", 11.8464, 13.1571, 50)
OUT = loc("Outskirts of Maiduguri", "NG", 11.8464, 13.1571, 50)
C["ant-CN-internationalNews-207-20180402"] = [
    ev("suicide_bomb", SUN, SHUWA, BH, NGCIV, fatalities=15),
    ev("suicide_bomb", SUN, KURA, BH, NGCIV, fatalities=3),
    ev("armed_clash", SUN, SHUWA, BH, DEF, fatalities=15, optional=True),   # twin: bombs + gunfire, 1h fight
    ev("armed_clash", SUN, KURA, BH, DEF, fatalities=3, optional=True),
    ev("suicide_bomb", SUN, OUT, BH, NGCIV, fatalities=18, injured=84, optional=True),  # headline reading, one event
    ev("armed_clash", SUN, OUT, BH, DEF, fatalities=18, injured=84, optional=True),
]

# --- snn-e10b5dbde14c (Al Bayda, published Mon 2015-08-10) ---
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "طائرات التحالف العربي")
HOU = actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "الحوثية", "ميليشيات العدوان الحوثي",
            "الانقلابيين", "الإرهابيين")
PR = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "عناصر المقاومة", "الثوار",
           "Pro-Hadi forces", "Supporters of Hadi", "Military Forces of Yemen")
BAYDA = loc("Al Bayda governorate", "YE", 13.985, 45.573, 100)
NODATE_Y = ("2015-08-08", "2015-08-10")   # "خلال الساعات الماضية": no day given
C["snn-e10b5dbde14c"] = [
    ev("air_drone_strike", NODATE_Y, BAYDA, COAL, HOU, fatalities=60, injured=110),
    ev("non_state_actor_overtakes_territory", NODATE_Y, BAYDA, PR, HOU, optional=True),
    ev("government_regains_territory", NODATE_Y, BAYDA, PR, HOU, optional=True),
]

# --- snn-7136b978694f (Taiz, published Mon 2015-08-03) ---
PRT = actor("Popular Resistance", "pro-Hadi forces", "المقاومة الشعبية", "مقاتلي المقاومة الشعبية", "الثوار",
            "ثوار تعز", "المقاومة")
HOUS = actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "المتمردين", "الانقلابيين",
             "Saleh forces", "Saleh loyalists", "فلول الرئيس المخلوع علي عبدالله صالح")
MWH = loc("Mashra'a wa Hadnan district, Taiz", "YE", 13.537006, 43.997137, 25)
WEEK = ("2015-07-25", "2015-08-03")   # "خلال الأسبوع الماضي"
C["snn-7136b978694f"] = [
    ev("government_regains_territory", WEEK, MWH, PRT, HOUS, fatalities=[72, 88], injured=90),
    ev("non_state_actor_overtakes_territory", WEEK, MWH, PRT, HOUS, fatalities=[72, 88], injured=90, optional=True),
    ev("armed_clash", WEEK, MWH, PRT, HOUS, fatalities=[72, 88], injured=90, optional=True),
    ev("other", ("2015-07-27", "2015-08-03"), loc("Taiz", "YE", 13.5795, 44.0209, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "دول التحالف العربي", "التحالف", "قوات التحالف"),
       PRT, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "adj-2.jsonl"))
