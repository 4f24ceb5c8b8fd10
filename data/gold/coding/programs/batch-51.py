import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

RUSF = actor("Russian security forces", "القوات الروسية الخاصة", "القوات الروسية", "لجنة مكافحة الإرهاب", "Russia", "روسيا")
C["ant-SK-middleEast-49-20180225"] = []
C["snn-77997701e30a"] = []
C["ant-SK-internationalNews-2413-20180701"] = []
C["ant-SK-middleEast-2067-20180531"] = []
C["ant-SK-internationalNews-1074-20180421"] = [
    ev("armed_clash", ("2018-04-19", "2018-04-21"), loc("Derbent", "RU", 42.06, 48.29, 50),
       RUSF, actor("Militants", "مسلحين", "المسلحين", "المسلحون"), fatalities=9),
    ev("armed_clash", ("2018-04-19", "2018-04-21"), loc("Stavropol Krai", "RU", 45.04, 41.97, 200),
       actor("Federal Security Service", "FSB", "جهاز الأمن الاتحادي الروسي", "Russian security forces"),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), fatalities=1, optional=True),
]
C["ant-SK-internationalNews-1735-20180523"] = []

HOU = actor("Houthis", "Ansar Allah", "الحوثيين", "جماعة الحوثي", "مسلحي جماعة الحوثي", "Saleh loyalists", "قوات صالح", "القوات الموالية للرئيس اليمني المخلوع علي صالح")
PR = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "Yemeni pro-government forces")
C["snn-824d44ad51b3"] = [
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Lawdar", "YE", 13.88282, 45.86859, 25),
       PR, HOU, fatalities=[20, 109], injured=[45, 55]),
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"), loc("Jabal Yasuf, Lawdar", "YE", 13.88282, 45.86859, 25),
       PR, HOU, optional=True),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-30"), loc("Abyan", "YE", 13.88282, 45.86859, 100),
       PR, HOU, optional=True),
    ev("air_drone_strike", ("2015-07-29", "2015-07-30"), loc("Al Mahfad, Abyan", "YE", 14.05847, 46.91329, 25),
       actor("United States", "US", "طائرة بدون طيار يرجح انها اميركية", "اميركية"),
       actor("Al-Qaeda in the Arabian Peninsula", "AQAP", "Al-Qaeda", "تنظيم القاعدة", "القاعدة", "عناصر القاعدة"), fatalities=5),
]
C["snn-32b9b2d74466"] = []
C["ant-SK-middleEast-737-20180402"] = []
C["snn-26ef4b63103c"] = []
C["snn-90f22628ab5b"] = []
C["ant-SK-sport-2872-20181012"] = []

C["snn-b3e88c602962"] = []
C["snn-5f49e13b897e"] = []
C["snn-f094e68fcdb4"] = [
    ev("attack", ("2015-08-03", "2015-08-03"), loc("Murree-Islamabad road", "PK", 33.91, 73.39, 50),
       None, actor("Nawaz Sharif", "نواز شريف", "رئيس الوزراء الباكستاني"), optional=True),
]
C["snn-b8c2b32a5599"] = [
    ev("armed_clash", ("2015-08-06", "2015-08-08"), loc("Sinnuris, Fayoum", "EG", 29.418256, 30.824495, 25),
       actor("Unidentified gunmen", "مسلحين", "Unidentified armed group"),
       actor("Egyptian police", "Police Forces of Egypt", "شرطي", "الشرطة المصرية"), fatalities=1, injured=3),
    ev("attack", ("2015-08-06", "2015-08-08"), loc("Sinnuris, Fayoum", "EG", 29.418256, 30.824495, 25),
       actor("Unidentified gunmen", "مسلحين", "Unidentified armed group"),
       actor("Egyptian police", "Police Forces of Egypt", "شرطي", "الشرطة المصرية"), fatalities=1, injured=3, optional=True),
]
C["ant-CN-internationalNews-239-20180412"] = [
    ev("attack", ("2018-03-01", "2018-04-12"), loc("Salisbury", "GB", 51.07, -1.79, 25),
       None, actor("Sergei Skripal", "سيرغي سكريبال", "Civilians"), injured=3, optional=True),
]
C["snn-125bb01ae65d"] = []

C["ant-CN-internationalNews-279-20180424"] = [
    ev("attack", ("2018-04-23", "2018-04-23"), loc("Toronto", "CA", 43.76, -79.41, 25),
       actor("Alek Minassian", "أليكس ميناسيان"), actor("Civilians", "المارة", "مدنيين"), fatalities=10, injured=15, optional=True),
]
C["ant-SK-middleEast-3607-20180910"] = []
JR = actor("Yemeni joint resistance", "المقاومة اليمنية المشتركة", "المقاومة اليمنية", "المقاومة المشتركة", "القوات المشتركة", "المقاومة", "Yemeni pro-government forces", "National Resistance")
HOU2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "مليشيات الحوثي", "الحوثي", "ميليشيات الحوثي الإيرانية", "المتمردين")
D = ("2018-05-31", "2018-06-02")
C["ant-SK-middleEast-2096-20180602"] = [
    ev("armed_clash", D, loc("Al-Taif area near Hodeidah airport", "YE", 14.753, 42.976, 25), JR, HOU2),
    ev("armed_clash", D, loc("Ad Durayhimi district", "YE", 14.61471, 43.083391, 30), JR, HOU2),
    ev("government_regains_territory", D, loc("Ad Durayhimi district", "YE", 14.61471, 43.083391, 30), JR, HOU2, optional=True),
    ev("armed_clash", D, loc("Al-Fazah, At Tuhayta", "YE", 14.08078, 43.119866, 30), HOU2, JR),
]
C["snn-43ff2cc938db"] = []
C["snn-e35d4b30511c"] = []
IQSF = actor("Iraqi security forces", "القوات الأمنية", "الأمن", "Police Forces of Iraq")
PROT = actor("Protesters", "المتظاهرين", "المتظاهرون", "المحتجون", "Protesters (Iraq)")
BAS = loc("Basra", "IQ", 30.53302, 47.79747, 25)
C["ant-SK-middleEast-2925-20180716"] = [
    ev("arrests", ("2018-07-15", "2018-07-15"), BAS, IQSF, PROT),
    ev("protest_with_intervention", ("2018-07-15", "2018-07-15"), BAS, PROT, IQSF, optional=True),
    ev("peaceful_protest", ("2018-07-09", "2018-07-16"), BAS, PROT, None, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-09", "2018-07-16"), BAS, IQSF, PROT, fatalities=[2, 99], optional=True),
    ev("violent_demonstration", ("2018-07-09", "2018-07-16"), loc("Southern Iraq", "IQ", None, None), PROT, None, optional=True),
]

C["ant-SK-middleEast-3432-20180817"] = []
C["snn-2cca6c2b53e7"] = []
C["ant-SK-middleEast-639-20180328"] = [
    ev("change_to_group_activity", ("2018-03-26", "2018-03-28"), loc("Sudan", "SD", None, None),
       actor("Military Forces of Sudan", "Sudan government", "عمر البشير", "الرئيس السوداني", "الجيش"),
       actor("Rebels", "متمردين", "SPLM-N"), optional=True),
]
GAZA_BORDER = loc("Gaza Strip border", "PS", 31.42, 34.38, 30)
IDF = actor("Israeli forces", "Military Forces of Israel", "IDF", "القوات الإسرائيلية", "الجيش الإسرائيلي")
PAL = actor("Palestinian protesters", "Protesters", "فلسطينيا", "الفلسطينيين", "Civilians")
C["ant-SK-middleEast-1722-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA_BORDER, IDF, PAL, fatalities=60),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA_BORDER, PAL, IDF, fatalities=60, optional=True),
]
C["snn-5eb11a65f4c9"] = []
C["ant-SK-middleEast-3612-20180910"] = [
    ev("air_drone_strike", ("2018-09-07", "2018-09-10"), loc("Idlib province", "SY", 35.93062, 36.63393, 100),
       actor("Russia", "Military Forces of Russia", "جيشا روسيا وسوريا", "Syrian government forces", "Military Forces of Syria"),
       None, optional=True),
]

GAZA = loc("Gaza Strip", "PS", 31.42, 34.38, 30)
IAF = actor("Israeli Air Force", "Military Forces of Israel", "IDF", "Israel", "الجيش الإسرائيلي", "المقاتلات الإسرائيلية", "مقاتلات سلاح الجو", "إسرائيل")
HAMAS = actor("Hamas", "حماس", "منظمة حماس")
C["ant-CN-middleEast-1090-20180603"] = [
    ev("air_drone_strike", ("2018-06-02", "2018-06-03"), GAZA, IAF, HAMAS),
    ev("air_drone_strike", ("2018-05-27", "2018-05-30"), GAZA, IAF, HAMAS, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-27", "2018-05-30"), loc("Southern Israel near Gaza", "IL", 31.4, 34.5, 40),
       HAMAS, IAF, optional=True),
]
HS = actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "ميليشيات الحوثي", "مليشيا الحوثي", "مليشيات الحوثي", "ميليشيات الحوثي صالح", "Saleh loyalists", "قوات صالح", "قوات الرئيس المخلوع علي عبدالله صالح")
RES = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "مقاتلي المقاومة", "رجال المقاومة", "Yemeni pro-government forces", "الجيش الوطني")
TIH = actor("Tihama Popular Resistance", "المقاومة الشعبية لتحرير اقليم تهامة", "المقاومة الشعبية", "مسلحو المقاومة الشعبية", "المقاومة", "Popular Resistance")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف العربي", "طيران التحالف", "غارات التحالف", "التحالف")
Y = ("2015-08-06", "2015-08-08")
TAIZ = loc("Taiz", "YE", 13.57825, 44.017666, 25)
C["snn-e31148ae69d6"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-07"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25), RES, HS, optional=True),
    ev("shelling_artillery_missile_attack", Y, loc("Jaar, Abyan", "YE", 13.223, 45.30559, 25), HS, None),
    ev("armed_clash", Y, loc("Qatabah / Sanah district, Dhale", "YE", 13.85493, 44.7058, 30), RES, HS, optional=True),
    ev("armed_clash", ("2015-08-06", "2015-08-06"), TAIZ, RES, HS, fatalities=[11, 12], injured=[30, 37]),
    ev("armed_clash", Y, loc("Hawd al-Ashraf, Taiz", "YE", 13.57825, 44.017666, 25), RES, HS, fatalities=1, injured=7, optional=True),
    ev("disrupted_weapons_use", Y, loc("Hadnan, Mashra'a wa Hadnan (Jabal Sabir)", "YE", 13.537006, 43.997137, 25), RES, HS, optional=True),
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), loc("Madinat al-Saleh, al-Hawban, Taiz", "YE", 13.61, 44.07, 25), COAL, HS, fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), loc("Dimnat Khadir", "YE", 13.43, 44.23, 40), COAL, HS),
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), loc("Jabal Uman, Taiz", "YE", 13.57825, 44.017666, 40), COAL, HS, optional=True),
    ev("air_drone_strike", Y, loc("Hays, Hodeidah", "YE", 13.9317, 43.4831, 25), COAL, HS, fatalities=6, injured=[2, 99]),
    ev("air_drone_strike", ("2015-08-07", "2015-08-07"), loc("Hays, Hodeidah", "YE", 13.9317, 43.4831, 25), COAL, HS, fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("air_drone_strike", ("2015-08-06", "2015-08-07"), loc("Mansour farm, Ad Durayhimi district", "YE", 14.61471, 43.083391, 30), COAL, HS, fatalities=[2, 99], injured=[2, 99]),
    ev("grenade", Y, loc("Bayt al-Shabab, As Sukhnah", "YE", 14.79408, 43.4362, 25), TIH, HS, injured=3),
    ev("grenade", Y, loc("Al-Samaka roundabout, Hodeidah", "YE", 14.796625, 42.945213, 25), TIH, HS, fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", Y, loc("At Taffah, Al Bayda", "YE", 14.15, 45.35, 50), RES, HS, fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", ("2015-08-05", "2015-08-08"), loc("Al Humayqan, Al Bayda", "YE", 14.07575, 45.49494, 25), HS, RES),
    ev("government_regains_territory", ("2015-08-05", "2015-08-05"), loc("Al Humayqan, Al Bayda", "YE", 14.07575, 45.49494, 25), RES, HS, optional=True),
    ev("air_drone_strike", ("2015-08-06", "2015-08-07"), loc("Razih district, Saada", "YE", 16.93, 43.23, 30), COAL, HS),
    ev("air_drone_strike", ("2015-08-06", "2015-08-07"), loc("Saqayn district, Saada", "YE", 16.868635, 43.48228, 30), COAL, HS),
    ev("shelling_artillery_missile_attack", ("2015-08-06", "2015-08-07"), loc("Razih district, Saada", "YE", 16.93, 43.23, 30), None, HS, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-06", "2015-08-07"), loc("Saqayn district, Saada", "YE", 16.868635, 43.48228, 30), None, HS, optional=True),
]
C["ant-SK-internationalNews-1955-20180604"] = []
C["snn-5a7338cf74b8"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam al-Sadiq mosque, Al-Sawaber, Kuwait City", "KW", 29.37, 47.98, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "فهد القباع"), actor("Civilians", "المصلين"), fatalities=26, injured=227, optional=True),
]
C["snn-3899a47d26d3"] = []
C["snn-b878781ef0c7"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-21"), loc("Suruc", "TR", 36.975, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), actor("Civilians"), fatalities=27),
]

C["snn-463b4bc8b290"] = [
    ev("abduction_forced_disappearance", ("2015-07-12", "2015-08-11"), loc("Syria", "SY", None, None),
       actor("Jabhat al-Nusra", "Al-Nusra Front", "جبهة النصرة"), actor("US-trained Syrian rebels", "قوات معارضة سورية", "المجموعة الأولى"), optional=True),
]
C["snn-f7c1aa939245"] = []
C["ant-SK-middleEast-1683-20180514"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA_BORDER,
       actor("Israeli forces", "Military Forces of Israel", "IDF", "الجيش الإسرائيلي", "القوات الإسرائيلية", "قوات الاحتلال الإسرائيلي"),
       actor("Palestinian protesters", "Protesters", "فلسطينيا", "المحتجين الفلسطينيين", "Civilians"), fatalities=41, injured=1800),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA_BORDER,
       actor("Palestinian protesters", "Protesters", "فلسطينيا", "المحتجين الفلسطينيين", "Civilians"),
       actor("Israeli forces", "Military Forces of Israel", "IDF", "الجيش الإسرائيلي", "القوات الإسرائيلية", "قوات الاحتلال الإسرائيلي"), fatalities=41, injured=1800, optional=True),
]
C["ant-CN-middleEast-89-20180225"] = []
C["ant-CN-middleEast-1110-20180604"] = [
    ev("peaceful_protest", ("2018-05-28", "2018-06-04"), loc("Jordan", "JO", None, None),
       actor("Protesters", "Protesters (Jordan)", "الأردنيون"), None, optional=True),
]
USC = actor("US-led coalition", "Global Coalition against ISIS", "القوات التي تقودها الولايات المتحدة", "الجيش الأمريكي", "United States", "Military Forces of the United States")
IS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش")
S = ("2015-08-08", "2015-08-08")
C["snn-c5658b7a0fb9"] = [
    ev("air_drone_strike", S, loc(n, c, la, lo, 25), USC, IS) for n, c, la, lo in [
        ("Mosul", "IQ", 36.343141, 43.15487), ("Ramadi", "IQ", 33.42056, 43.30778), ("Sinjar", "IQ", 36.317372, 41.861731),
        ("Kirkuk", "IQ", 35.46806, 44.39222), ("Fallujah", "IQ", 33.34913, 43.78599), ("Tal Afar", "IQ", 36.37913, 42.44806),
        ("Makhmour", "IQ", 35.772018, 43.589045), ("Habbaniyah", "IQ", 33.3836, 43.58546),
        ("Al Hasakah", "SY", 36.50237, 40.74772), ("Aleppo", "SY", 36.20124, 37.16117), ("Kobani", "SY", 36.89, 38.35)]
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-51.jsonl"))
