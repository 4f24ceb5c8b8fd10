import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# 1
C["ant-SK-middleEast-765-20180404"] = [
    ev("agreement", ("2018-04-03", "2018-04-03"), loc("Niamey", "NE", 13.51366, 2.1098, 25),
       actor("Libya", "ليبيا", "Sudan", "السودان", "Niger", "النيجر", "Chad", "تشاد"), None, optional=True),
]
# 2
C["snn-d4c1dafbe26e"] = []
# 3
C["snn-b8a93293109a"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-22"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), actor("Civilians", "المدنيين"), optional=True),
]
# 4
LNA = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "وحدات الجيش الليبي")
ANS = actor("Ansar al-Sharia", "أنصار الشريعة", "جماعة أنصار الشريعة", "تنظيم أنصار الشريعة", "Derna Mujahideen Shura Council")
DERNA = loc("Derna", "LY", 32.76704, 22.63669, 25)
C["ant-SK-middleEast-1988-20180527"] = [
    ev("government_regains_territory", ("2018-05-27", "2018-05-27"), DERNA, LNA, ANS),
    ev("armed_clash", ("2018-05-27", "2018-05-27"), DERNA, LNA, ANS, optional=True),
    ev("government_regains_territory", ("2018-05-20", "2018-05-26"), DERNA, LNA, actor("الجماعات المتشددة", "Ansar al-Sharia", "Derna Mujahideen Shura Council"), optional=True),
]
# 5
C["ant-SK-middleEast-411-20180319"] = []
# 6
C["ant-SK-middleEast-629-20180328"] = [
    ev("air_drone_strike", ("2018-03-24", "2018-03-24"), loc("Ubari", "LY", 26.59034, 12.77511, 25),
       actor("United States", "US forces", "AFRICOM", "القوات الأميركية", "قوات أميركية", "القوات الأمريكية"),
       actor("Al Qaeda in the Islamic Maghreb", "AQIM", "القاعدة", "تنظيم القاعدة", "القاعدة في بلاد المغرب الإسلامي", "Al Qaeda"),
       fatalities=2),
    ev("armed_clash", ("2013-07-01", "2013-07-31"), loc("Jebel Chaambi", "TN", 35.22, 8.67, 30),
       actor("Al Qaeda in the Islamic Maghreb", "AQIM", "القاعدة في بلاد المغرب الإسلامي"), actor("Military Forces of Tunisia", "دورية عسكرية تونسية"),
       fatalities=9, optional=True),
]
# 7
C["ant-SK-internationalNews-205-20180301"] = []
# 8
YA = actor("Military Forces of Yemen", "Yemeni army", "الجيش الوطني اليمني", "الجيش الوطني", "قوات الجيش الوطني", "Saudi-led coalition", "Arab Coalition", "التحالف العربي")
HOU = actor("Houthis", "Ansar Allah", "مليشيات الحوثي", "مليشيات الحوثي الإيرانية", "مليشيات الحوثي الانقلابية", "الحوثيين")
HASHWA = loc("Al Hashwah", "YE", 16.90641, 44.27622, 25)
C["ant-SK-middleEast-3158-20180729"] = [
    ev("government_regains_territory", ("2018-07-28", "2018-07-28"), HASHWA, YA, HOU, fatalities=19),
    ev("armed_clash", ("2018-07-28", "2018-07-28"), HASHWA, YA, HOU, fatalities=19, optional=True),
]
# 9
C["snn-dda0de716957"] = [
    ev("peaceful_protest", ("2015-07-30", "2015-07-30"), loc("Bchamoun", "LB", 33.78139, 35.53139, 25),
       actor("Protesters (Lebanon)", "Protesters", "سكان وأهالي بيروت", "أهالي", "سكان"), None),
    ev("peaceful_protest", ("2015-07-30", "2015-07-30"), loc("Deir Qoubil", "LB", 33.79472, 35.51667, 25),
       actor("Protesters (Lebanon)", "Protesters", "سكان وأهالي بيروت", "أهالي", "سكان"), None, optional=True),
    ev("peaceful_protest", ("2015-07-30", "2015-07-30"), loc("Lebanon", "LB", None, None),
       actor("Protesters (Lebanon)", "Protesters"), None, optional=True),
]
# 10
C["snn-1a87ab1eb7f7"] = []

# 11
C["snn-de38f97df1fa"] = []
# 12
C["ant-SK-middleEast-2251-20180608"] = [
    ev("armed_clash", ("2018-06-08", "2018-06-08"), loc("South-western Somalia", "SO", 1.5, 42.8, 300),
       actor("Al Shabaab", "حركة الشباب", "مقاتلي حركة الشباب"),
       actor("United States", "US forces", "القوات الأميركية", "القوات الخاصة الأمريكية", "Military Forces of Somalia", "قوات صومالية"),
       fatalities=1, injured=4, optional=True),
]
# 13
C["ant-SK-internationalNews-1800-20180526"] = []
# 14
IDF = actor("Israeli forces", "Military Forces of Israel", "Police Forces of Israel", "جنود الاحتلال", "القوات الخاصة الإسرائيلية", "سلطات الاحتلال", "الشرطة الإسرائيلية")
AQSA = loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.776, 35.236, 25)
C["snn-37cc2b3fe4de"] = [
    ev("attack", ("2015-08-04", "2015-08-06"), AQSA, IDF,
       actor("Civilians", "حراس المسجد", "حراس المسجد الأقصى", "المصلين", "Palestinian civilians"), injured=[2, 20]),
    ev("excessive_force_against_protesters", ("2015-08-04", "2015-08-06"), AQSA, IDF,
       actor("Protesters (Palestine)", "المصلين", "حراس المسجد"), injured=[2, 20], optional=True),
    ev("arrests", ("2015-08-04", "2015-08-06"), AQSA, IDF,
       actor("حراس المسجد", "ستة حراس", "Civilians"), optional=True),
    ev("air_drone_strike", ("2015-07-26", "2015-08-02"), loc("Syria", "SY", None, None),
       actor("Israeli Air Force", "Military Forces of Israel", "طائرات إسرائيلية", "Israel"),
       actor("Hezbollah", "حزب الله"), fatalities=2, optional=True),
    ev("air_drone_strike", ("2015-01-18", "2015-01-18"), loc("Quneitra", "SY", 33.12594, 35.82461, 50),
       actor("Israeli Air Force", "Military Forces of Israel", "Israel"),
       actor("Hezbollah", "حزب الله"), optional=True),
]
# 15
C["snn-86e734446572"] = []

# 16
C["ant-CN-middleEast-1002-20180522"] = []
# 17
C["ant-CN-internationalNews-106-20180313"] = [
    ev("attack", ("2018-03-11", "2018-03-11"), loc("Vienna", "AT", 48.2082, 16.3738, 25),
       None, actor("حارسا", "حارس", "Military Forces of Austria", "guard"), fatalities=1, optional=True),
]
# 18
C["snn-2453fd8d8277"] = [
    ev("attack", ("2015-06-01", "2015-07-31"), loc("Syria", "SY", None, None),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "الحسبة"), actor("Civilians", "امرأة"), fatalities=1, optional=True),
]
# 19
C["snn-53862b73d0d1"] = [
    ev("attack", ("2015-07-01", "2015-08-04"), loc("Tripoli (al-Hadba prison)", "LY", 32.87519, 13.18746, 25),
       actor("Libya Dawn", "فجر ليبيا", "ميلشيات فجر ليبيا", "حراس سجن الهضبة", "حكومة الإنقاذ الوطني"),
       actor("الساعدي", "Saadi Gaddafi", "المعتقلين", "Prisoners", "Civilians"), optional=True),
]
# 20
C["snn-1b4b50efcb74"] = []

# 21
C["ant-SK-middleEast-560-20180326"] = []
# 22
BAYDA = loc("Al Bayda governorate", "YE", 13.978998, 45.574003, 100)
HOU2 = actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "ميليشيات العدوان الحوثي", "الانقلابيين")
RES = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "عناصر المقاومة", "الثوار", "Military Forces of Yemen", "Supporters of Hadi")
C["snn-e10b5dbde14c"] = [
    ev("air_drone_strike", ("2015-08-09", "2015-08-10"), BAYDA,
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "طائرات التحالف العربي"), HOU2, fatalities=60, injured=110),
    ev("non_state_actor_overtakes_territory", ("2015-08-09", "2015-08-10"), BAYDA, RES, HOU2, optional=True),
    ev("government_regains_territory", ("2015-08-09", "2015-08-10"), BAYDA, RES, HOU2, optional=True),
]
# 23
C["snn-db95015ef297"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-11"), loc("Ferguson", "US", 38.744, -90.305, 25),
       actor("Rioters (United States)", "Rioters", "Protesters (United States)"), None),
    ev("protest_with_intervention", ("2015-08-09", "2015-08-11"), loc("St. Louis", "US", 38.627, -90.198, 25),
       actor("Protesters (United States)", "Protesters", "متظاهرا", "المتظاهرين"), actor("Police Forces of the United States", "Police", "الشرطة")),
    ev("arrests", ("2015-08-09", "2015-08-11"), loc("St. Louis", "US", 38.627, -90.198, 25),
       actor("Police Forces of the United States", "Police", "الشرطة"), actor("Protesters (United States)", "Protesters", "متظاهرا"), optional=True),
]
# 24
ISF = actor("Iraqi forces", "Military Forces of Iraq", "القوات العراقية", "القوات المشتركة", "الجيش")
IS_ = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "تنظيم داعش الإرهابي")
FALL = loc("Fallujah", "IQ", 33.34913, 43.78599, 25)
C["snn-eff82e9ac47b"] = [
    ev("attack", ("2015-07-24", "2015-07-26"), FALL, IS_, actor("Civilians", "أهالي الفلوجة", "المدنيين"), fatalities=[45, 55]),
    ev("peaceful_protest", ("2015-07-24", "2015-07-24"), FALL, actor("Protesters (Iraq)", "أهالي الفلوجة", "Protesters"), None, optional=True),
    ev("protest_with_intervention", ("2015-07-24", "2015-07-24"), FALL, actor("Protesters (Iraq)", "أهالي الفلوجة", "Protesters"), IS_, fatalities=[45, 55], optional=True),
    ev("government_regains_territory", ("2015-07-24", "2015-07-26"), loc("Ramadi (east, al-Madiq)", "IQ", 33.42056, 43.30778, 25), ISF, IS_),
    ev("armed_clash", ("2015-07-24", "2015-07-26"), loc("Al-Sijar (NW of Fallujah)", "IQ", 33.4119, 43.80488, 25), ISF, IS_),
    ev("air_drone_strike", ("2015-07-24", "2015-07-26"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("International Coalition", "طيران التحالف", "Coalition", "Military Forces of Iraq", "الجيش"), IS_, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-01", "2015-07-26"), FALL, ISF, IS_, optional=True),
]
# 25
C["ant-SK-middleEast-881-20180409"] = [
    ev("air_drone_strike", ("2018-04-09", "2018-04-09"), loc("T4 (Tiyas) airbase, Homs", "SY", 34.5225, 37.6266, 25),
       actor("Israel", "إسرائيل", "Military Forces of Israel", "Israeli Air Force"),
       actor("Military Forces of Syria", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "إيرانيين", "Iranian forces"), fatalities=14),
    ev("shelling_artillery_missile_attack", ("2018-04-09", "2018-04-09"), loc("T4 (Tiyas) airbase, Homs", "SY", 34.5225, 37.6266, 25),
       actor("Israel", "إسرائيل", "Military Forces of Israel", "Israeli Air Force"),
       actor("Military Forces of Syria", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "إيرانيين", "Iranian forces"), fatalities=14, optional=True),
]

# 26
SYG = actor("Military Forces of Syria", "Syrian government forces", "قوات النظام السوري", "قوات النظام", "النظام", "الميليشيات المتحالفة معها")
SDF = actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية", "قواتنا", "وحدات حماية الشعب الكردية", "YPG")
V4 = [("Shaqrah", 35.39125, 40.12001), ("Al-Hisan", 35.375, 40.10), ("Al-Jiaa", 35.375, 40.10), ("Junaynah", 35.36445, 40.11824)]
C["ant-SK-middleEast-1334-20180429"] = []
for nm, la, lo in V4:
    C["ant-SK-middleEast-1334-20180429"] += [
        ev("government_regains_territory", ("2018-04-29", "2018-04-29"), loc(nm, "SY", la, lo, 25), SYG, SDF),
        ev("non_state_actor_overtakes_territory", ("2018-04-29", "2018-04-29"), loc(nm, "SY", la, lo, 25), SDF, SYG),
    ]
C["ant-SK-middleEast-1334-20180429"].append(
    ev("armed_clash", ("2018-04-29", "2018-04-29"), loc("Deir ez-Zor countryside east of Euphrates", "SY", 35.375, 40.11, 25), SYG, SDF, optional=True))
# 27
C["ant-CN-middleEast-1338-20180909"] = []
# 28
C["snn-e9fc42127dff"] = []
# 29
C["snn-3cb0fb255ba9"] = []
# 30
C["ant-SK-middleEast-2620-20180626"] = []

# 31
MOG = loc("Mogadishu", "SO", 2.03711, 45.34375, 25)
C["ant-SK-middleEast-1397-20180503"] = [
    ev("abduction_forced_disappearance", ("2018-05-02", "2018-05-02"), MOG,
       actor("Unidentified Armed Group (Somalia)", "Unidentified gunmen", "مسلحون مجهولون", "الخاطفين"),
       actor("Civilians", "Aid workers", "ممرضة ألمانية", "اللجنة الدولية للصليب الأحمر", "ICRC")),
    ev("attack", ("2018-05-01", "2018-05-01"), loc("Bakara market, Mogadishu", "SO", 2.04, 45.33, 25),
       actor("Unidentified Armed Group (Somalia)", "Unidentified gunmen", "مسلحون مجهولون", "المسلحون"),
       actor("Civilians", "Aid workers", "عاملة إغاثة صومالية", "منظمة الصحة العالمية"), fatalities=1),
]
# 32
NAJ = loc("Najran", "SA", 17.4924, 44.12766, 25)
SAD = actor("Saudi air defence", "Military Forces of Saudi Arabia", "الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي", "Saudi-led coalition", "التحالف", "قوات تحالف دعم الشرعية")
HOU3 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيا الحوثية", "المليشيا الحوثية")
C["ant-SK-middleEast-2867-20180714"] = [
    ev("disrupted_weapons_use", ("2018-07-14", "2018-07-14"), NAJ, SAD, HOU3, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-07-14", "2018-07-14"), NAJ, HOU3, actor("Civilians", "Saudi Arabia", "المملكة"), fatalities=0, injured=0, optional=True),
]
# 33
CTS = actor("Iraqi Counter Terrorism Service", "CTS", "Military Forces of Iraq", "جهاز مكافحة الإرهاب", "قوات جهاز مكافحة الإرهاب", "القوات العراقية", "القوات الأمنية", "القطعات العسكرية", "الجيش العراقي", "القوات الحكومية")
IS2 = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "عناصر داعش", "مسلحي تنظيم داعش")
UNI = loc("Anbar University, Ramadi", "IQ", 33.41, 43.27, 25)
D3 = ("2015-07-25", "2015-07-27")
C["snn-fbab7e1d5fb0"] = [
    ev("government_regains_territory", ("2015-07-26", "2015-07-26"), UNI, CTS, IS2, fatalities=29, injured=15),
    ev("armed_clash", ("2015-07-26", "2015-07-26"), UNI, CTS, IS2, fatalities=29, injured=15, optional=True),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("International Coalition", "طيران التحالف", "US-led coalition", "Coalition"), IS2, optional=True),
    ev("armed_clash", D3, loc("Khalidiya island (NE Ramadi)", "IQ", 33.43, 43.48, 25), CTS, IS2),
    ev("armed_clash", D3, loc("Sijariya (NE Ramadi)", "IQ", 33.43, 43.38, 25), CTS, IS2),
    ev("armed_clash", D3, loc("Juwayba (NE Ramadi)", "IQ", 33.43, 43.36, 25), CTS, IS2),
    ev("government_regains_territory", D3, loc("Siddiqiya - Humayra - Tal Mashhad (Ramadi outskirts)", "IQ", 33.43, 43.36, 25), CTS, IS2, optional=True),
    ev("shelling_artillery_missile_attack", D3, loc("NE Ramadi", "IQ", 33.43, 43.36, 25), CTS, IS2, optional=True),
    ev("armed_clash", D3, loc("Glass factory, south Ramadi", "IQ", 33.39, 43.29, 25), CTS, IS2, fatalities=20),
]
# 34
C["ant-SK-internationalNews-1230-20180428"] = []
# 35
C["ant-SK-internationalNews-1015-20180419"] = []

# 36
C["snn-bba008a61f93"] = [
    ev("attack", ("2015-07-26", "2015-07-26"), loc("Al Qudayh (Qatif)", "SA", 26.56849, 49.98913, 25),
       actor("الجناة", "المطلوبين في قضايا جنائية", "Unidentified Armed Group (Saudi Arabia)"),
       actor("محمد علي عبدالرحيم الفرج", "مطلوب القائمة 23", "Civilians"), fatalities=1, optional=True),
]
# 37
C["ant-SK-internationalNews-2162-20180616"] = []
# 38
TAF = actor("Military Forces of Turkey", "Turkish Air Force", "الطيران التركي", "مقاتلات تركية", "الطائرات الحربية التركية", "طائرات حربية تركية", "تركيا")
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مواقع حزب العمال الكردستاني")
N = ("2015-07-24", "2015-07-25")
C["snn-2fdc8aa42f36"] = [
    ev("air_drone_strike", N, loc("Deraluk (Amedi, north of Duhok)", "IQ", 37.16, 43.63, 50), TAF, PKK),
    ev("air_drone_strike", N, loc("Haftanin (north of Duhok)", "IQ", 37.28, 43.15, 50), TAF, PKK),
    ev("air_drone_strike", N, loc("Khwakurk (Sidakan, north of Erbil)", "IQ", 36.95, 44.70, 50), TAF, PKK),
    ev("shelling_artillery_missile_attack", N, loc("Iraq-Turkey border strip (Duhok)", "IQ", 37.15, 43.4, 100), TAF, PKK, optional=True),
    ev("air_drone_strike", N, loc("Northern Iraq", "IQ", None, None), TAF, PKK, optional=True),
    ev("arrests", ("2015-07-24", "2015-07-25"), loc("Turkey", "TR", None, None),
       actor("Police Forces of Turkey", "الحكومة التركية", "Turkish security forces"),
       actor("Islamic State", "داعش", "تنظيم داعش", "PKK", "حزب العمال الكردستاني"), optional=True),
]
# 39
C["snn-44c483a2c183"] = []
# 40
C["ant-SK-internationalNews-2154-20180615"] = []

# 41
C["ant-SK-middleEast-2363-20180614"] = []
# 42
GZB = loc("Gaza border", "PS", 31.406507, 34.376782, 30)
PAL = actor("Protesters (Palestine)", "Rioters (Palestine)", "الفلسطينيين", "آلاف الفلسطينيين", "فتى فلسطيني", "Palestinians")
ISR = actor("Military Forces of Israel", "Israeli forces", "القوات الإسرائيلية", "Israel")
C["ant-SK-middleEast-2881-20180713"] = [
    ev("violent_demonstration", ("2018-07-13", "2018-07-13"), GZB, PAL, ISR, fatalities=1),
    ev("excessive_force_against_protesters", ("2018-07-13", "2018-07-13"), GZB, ISR, PAL, fatalities=1, optional=True),
    ev("protest_with_intervention", ("2018-07-13", "2018-07-13"), GZB, PAL, ISR, fatalities=1, optional=True),
]
# 43
C["snn-15929045d4bb"] = []
# 44
C["snn-ee9c85722aff"] = []
# 45
C["ant-SK-internationalNews-3189-20180909"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-14.jsonl"))
