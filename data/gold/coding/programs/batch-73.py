import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# 1
C["ant-SK-internationalNews-3302-20181005"] = [
    ev("protest_with_intervention", ("2018-10-04", "2018-10-04"),
       loc("Washington, D.C.", "US", 38.8895, -77.0090, 25),
       actor("Protesters", "المحتجين المناهضين لكافانو", "المحتجين", "المتظاهرين"),
       None),
    ev("peaceful_protest", ("2018-10-04", "2018-10-04"),
       loc("Washington, D.C.", "US", 38.8895, -77.0090, 25),
       actor("Protesters", "المحتجين المناهضين لكافانو", "المحتجين", "المتظاهرين"),
       None, optional=True),
]
C["snn-be6041ad1566"] = []
C["ant-SK-technology-1636-20181013"] = []
C["snn-09df5ada9b27"] = []
C["ant-SK-sport-1718-20180618"] = []
AQ = actor("Al-Qaeda", "AQAP", "Al-Qaeda in the Arabian Peninsula", "تنظيم القاعدة", "القاعدة", "عناصر القاعدة")
US = actor("United States", "US", "USA", "طائرة بدون طيار يرجح أنها أمريكية", "الولايات المتحدة")
C["snn-bbb77281a76f"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"),
       loc("Al Mahfad, Abyan", "YE", 14.05847, 46.91329, 25), US, AQ, fatalities=5),
    ev("air_drone_strike", ("2015-06-01", "2015-06-30"),
       loc("Yemen", "YE", None, None), US, AQ, fatalities=1, optional=True),
]

C["ant-SK-middleEast-2057-20180531"] = []
C["snn-914820ff3eec"] = []
C["snn-4cca4737a308"] = []
HOU = actor("Houthis", "Ansar Allah", "مليشيا الحوثي", "مليشيات الحوثي", "الحوثيين", "الحوثي")
COAL = actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف", "التحالف العربي")
RES = actor("Popular Resistance", "المقاومة", "المقاومة الشعبية", "مسلحو المقاومة الشعبية", "المقاومة الشعبية لتحرير إقليم تهامة")
C["snn-286dc7154589"] = [
    ev("air_drone_strike", ("2015-08-07", "2015-08-07"),
       loc("Hays, Al Hudaydah", "YE", 13.9317, 43.4831, 25), COAL, HOU, fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", ("2015-08-06", "2015-08-07"),
       loc("Ad Durayhimi district, Al Hudaydah", "YE", 14.61471, 43.083391, 30), COAL, HOU, fatalities=[2, 99], injured=[2, 99]),
    ev("grenade", ("2015-08-06", "2015-08-08"),
       loc("As Sukhnah district, Al Hudaydah", "YE", 14.757462, 43.334792, 30), RES, HOU),
    ev("government_regains_territory", ("2015-08-06", "2015-08-08"),
       loc("Bilad al-Sheikh Abdullah, between Zinjibar and Shuqrah, Abyan", "YE", 13.2, 45.5, 50), RES, HOU, optional=True),
    ev("government_regains_territory", ("2015-08-06", "2015-08-08"),
       loc("Lawdar", "YE", 13.88282, 45.86859, 25), RES, HOU, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-01", "2015-08-08"),
       loc("Labouza camp, Lahij", "YE", 13.06, 44.88, 50), HOU, RES, fatalities=30, optional=True),
    ev("government_regains_territory", ("2015-07-01", "2015-08-08"),
       loc("Lahij governorate", "YE", 13.05667, 44.88194, 100), RES, HOU, optional=True),
]
C["snn-79444ccc4cd1"] = []
C["ant-SK-internationalNews-1194-20180426"] = [
    ev("peaceful_protest", ("2018-04-26", "2018-04-26"),
       loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       actor("Journalists", "Protesters", "العاملون بالصحيفة", "صحيفة جمهورييت", "Cumhuriyet"), None),
    ev("peaceful_protest", ("2018-04-25", "2018-04-25"),
       loc("Istanbul", "TR", 41.019389, 28.982586, 50),
       actor("Journalists", "Cumhuriyet supporters", "أنصار", "صحيفة جمهورييت", "Cumhuriyet"), None, optional=True),
]

C["snn-80ee6a1055bb"] = []
C["ant-SK-middleEast-1433-20180505"] = [
    ev("air_drone_strike", ("2018-03-15", "2018-03-15"),
       loc("Afrin outskirts", "SY", 36.51194, 36.86954, 25),
       actor("Turkey", "Turkish Armed Forces", "القوات التركية", "غارة جوية تركية", "تركيا"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "آنا كامبل"),
       fatalities=1, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"),
       loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Turkey", "Turkish Armed Forces", "القوات التركية", "Free Syrian Army", "الجيش السوري الحر"),
       actor("YPG", "People's Protection Units", "قوات حماية الشعب الكردية", "وحدات حماية الشعب الكردية"),
       optional=True),
]
C["ant-SK-internationalNews-1068-20180421"] = []
C["snn-c17632c61bec"] = []
C["snn-86ede376077c"] = [
    ev("armed_clash", ("2015-07-19", "2015-07-19"),
       loc("Al Anad front, Lahij", "YE", 13.18, 44.77, 50),
       actor("Southern Resistance", "Popular Resistance", "المقاومة"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "جيش المخلوع صالح", "Saleh loyalists"),
       fatalities=1, optional=True),
]
SAAD = actor("Saudi Arabia", "Royal Saudi Air Defense", "قوات الدفاع الجوي السعودي", "قوات الدفاع الجوي الملكي السعودي", "Saudi-led coalition", "تحالف دعم الشرعية")
HOU2 = actor("Houthis", "Ansar Allah", "جماعة الحوثي", "الميليشيات الحوثية", "الحوثي")
C["ant-CN-middleEast-421-20180330"] = [
    ev("disrupted_weapons_use", ("2018-03-29", "2018-03-29"),
       loc("Jazan", "SA", 16.889359, 42.570567, 50), SAAD, HOU2),
    ev("shelling_artillery_missile_attack", ("2018-03-29", "2018-03-29"),
       loc("Jazan", "SA", 16.889359, 42.570567, 50), HOU2, None, optional=True),
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-26"),
       loc("Saudi Arabia", "SA", None, None), SAAD, HOU2, optional=True),
]

C["snn-73ed2ed70782"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-03"),
       loc("Al-Abitiyah village, Al-Harth, Jazan", "SA", 16.792259, 43.14997, 30),
       actor("Houthis", "Ansar Allah", "المليشيات الحوثية", "الحوثيين"),
       actor("Civilians", "مواطن", "مواطناً", "Saudi civilians"), injured=1),
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-03"),
       loc("Yemeni side of border opposite Al-Harth", "YE", 16.75, 43.10, 50),
       actor("Saudi Arabia", "Saudi armed forces", "القوات السعودية"),
       actor("Houthis", "Ansar Allah", "المليشيات الحوثية"), optional=True),
]
C["snn-42f7b49d678b"] = []
C["ant-SK-internationalNews-2829-20180801"] = []
C["snn-6171de30daaf"] = [
    ev("air_drone_strike", ("2015-07-19", "2015-07-20"),
       loc("Al-Kalasa, Aleppo", "SY", 36.19, 37.14, 25),
       actor("Syrian government forces", "Syrian Arab Air Force", "طيران النظام", "الطائرات النظامية", "النظام السوري", "القوات الحكومية"),
       actor("Civilians", "مدنيين", "المدنيين"), fatalities=4),
]
YA = actor("Yemeni army", "Government of Yemen", "الجيش اليمني", "قوات الجيش الوطني", "قوات الجيش اليمني", "المقاومة", "قوات المقاومة اليمنية", "Popular Resistance")
HOU3 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيا الحوثي", "الميليشيات الانقلابية")
SH = loc("Ash Shurayjah front, Lahij", "YE", 13.37, 44.40, 40)
C["ant-SK-middleEast-2615-20180626"] = [
    ev("government_regains_territory", ("2018-06-26", "2018-06-26"), SH, YA, HOU3, fatalities=[10, 99]),
    ev("armed_clash", ("2018-06-25", "2018-06-26"), SH, YA, HOU3, fatalities=[10, 99], optional=True),
    ev("air_drone_strike", ("2018-06-25", "2018-06-26"), SH,
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات تحالف دعم الشرعية", "تحالف دعم الشرعية"), HOU3, optional=True),
]
TUR = actor("Turkey", "Turkish Armed Forces", "تركيا")
C["snn-c5d276abd063"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-27"), loc("Northern Iraq", "IQ", None, None), TUR,
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردي حزب العمال الكردستاني"), optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-07-27"), loc("Syria", "SY", None, None), TUR,
       actor("Islamic State", "ISIS", "Daesh", "داعش"), optional=True),
]

C["ant-CN-middleEast-1480-20181011"] = [
    ev("arrests", ("2018-10-04", "2018-10-10"), loc("Libya", "LY", None, None),
       actor("Libyan National Army", "LNA", "الجيش الليبي", "Haftar forces"),
       actor("Hisham Ashmawy", "هشام عشماوي"), optional=True),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"),
       loc("Saudi consulate, Istanbul", "TR", 41.019389, 28.982586, 25), None,
       actor("Jamal Khashoggi", "جمال خاشقجي"), optional=True),
]
C["snn-17f97344e943"] = []
C["snn-22839c2e7673"] = []
C["snn-368bbaca18e3"] = [
    ev("suicide_bomb", ("2015-08-03", "2015-08-10"), loc("Saudi Arabia", "SA", None, None),
       actor("Islamic State", "الفئة الضالة", "انتحاري"), actor("Civilians", "worshippers", "المصلين"), optional=True),
]
C["ant-SK-middleEast-23-20180222"] = []
C["ant-SK-internationalNews-1608-20180517"] = [
    ev("violent_demonstration", ("2018-05-15", "2018-05-17"),
       loc("El Helicoide, Caracas", "VE", 10.49, -66.90, 25),
       actor("Prisoners", "Political prisoners", "سجناء", "المعارضين", "نزلاء"), None),
    ev("mob_violence", ("2018-05-15", "2018-05-17"),
       loc("El Helicoide, Caracas", "VE", 10.49, -66.90, 25),
       actor("Prisoners", "سجناء", "نزلاء"), actor("Gregory Sanabria", "غريغوري سانابريا"), optional=True),
]

C["ant-SK-internationalNews-3106-20180902"] = []
C["snn-5fcf10ef05f5"] = []
C["ant-CN-middleEast-843-20180508"] = []
RES2 = actor("Popular Resistance", "المقاومة الشعبية اليمنية", "المقاومة الشعبية", "عناصر المقاومة الشعبية")
HQ = actor("Houthis", "Ansar Allah", "القيادي الحوثي حسين قناف", "حسين قناف", "Hussein Qanaf", "ميليشيات الحوثي")
C["snn-077fc7fd1e17"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-24"),
       loc("Aden", "YE", 12.798744, 45.015277, 25), RES2, HQ),
    ev("arrests", ("2015-07-22", "2015-07-24"),
       loc("Aden", "YE", 12.798744, 45.015277, 25), RES2, HQ, optional=True),
    ev("government_regains_territory", ("2015-07-14", "2015-07-24"),
       loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("Government of Yemen", "الحكومة اليمنية الشرعية", "Popular Resistance"),
       actor("Houthis", "ميليشيات الحوثي", "قوات المخلوع", "Saleh loyalists"), optional=True),
]
C["snn-68afb6152ce3"] = []
C["snn-ed3d919610c9"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-04"),
       loc("Korean Demilitarized Zone (near Paju)", "KR", 37.90, 126.75, 150),
       actor("North Korea", "كوريا الشمالية", "بيونغيانغ", "Korean People's Army"),
       actor("South Korean military", "جنديين كوريين جنوبيين", "دورية كورية جنوبية", "South Korea"),
       injured=2, optional=True),
]

NUS = actor("Nusra Front", "Jabhat al-Nusra", "جبهة النصرة", "عناصر من جبهة النصرة")
SAF = actor("Syrian government forces", "Syrian Arab Air Force", "الطيران التابع للنظام السوري", "طائرات حربية", "طيران حربي", "النظام السوري")
CIV = actor("Civilians", "مواطناً", "مدنيين", "المدنيين")
C["snn-19e7fd3f1b58"] = [
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-30"),
       loc("Sajo junction near Azaz", "SY", 36.60, 37.06, 25), NUS,
       actor("Division 30", "الفرقة 30", "فرقة سورية مقاتلة", "Syrian rebels", "نديم الحسن")),
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"),
       loc("Maarat al-Numan", "SY", 35.6483, 36.67693, 25), SAF, CIV, fatalities=2),
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"),
       loc("Juzif, Jabal al-Zawiya", "SY", 35.7178, 36.47672, 25), SAF, CIV, fatalities=2),
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"),
       loc("Saraqib", "SY", 35.86447, 36.80591, 25), SAF, CIV, fatalities=15),
]
REG = actor("Syrian government forces", "قوات النظام", "Syrian Arab Army", "الجيش")
FH = actor("Fatah Halab", "غرفة عمليات فتح حلب", "فصائل غرفة العمليات", "حركة نور الدين الزنكي", "Nour al-Din al-Zenki", "المعارضة", "مقاتلي الفصائل", "Syrian rebels")
JF = actor("Jaysh al-Fatah", "جيش الفتح", "جيش الفتح في المنطقة الجنوبية", "Syrian rebels")
LSY = actor("Liwa Shuhada al-Yarmouk", "لواء شهداء اليرموك", "اللواء")
C["snn-340a93fbe295"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-01"),
       loc("Al-Rashideen, Aleppo", "SY", 36.18, 37.09, 25), FH, REG, fatalities=[34, 75]),
    ev("air_drone_strike", ("2015-07-31", "2015-08-01"),
       loc("Western edges of Aleppo", "SY", 36.19, 37.10, 25), REG, FH, optional=True),
    ev("armed_clash", ("2015-07-31", "2015-08-01"),
       loc("Scientific Research / Air Force College area, Aleppo", "SY", 36.18, 37.10, 25), REG, FH, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-07-31", "2015-07-31"),
       loc("Kawkab dam, between Nafi'a and Ain Dhakar, western Daraa", "SY", 32.83, 35.90, 25), JF, LSY, fatalities=[2, 99]),
    ev("remote_explosive_landmine_ied", ("2015-07-30", "2015-08-02"),
       loc("Al-Shajara, Daraa", "SY", 32.77411, 35.88202, 25), JF, LSY, fatalities=[2, 99], injured=[2, 99], optional=True),
]
ISS = actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "التنظيم")
REG2 = actor("Syrian government forces", "القوات النظامية", "قوات النظام", "جنود النظاميون", "طائرات النظام المروحية", "الطيران الحربي لقوات النظام", "Syrian Arab Army")
HZB = actor("Hezbollah", "حزب الله", "حزب الله اللبناني", "القوات النظامية", "Syrian government forces")
OPP = actor("Syrian rebels", "كتائب المعارضة", "المعارضة", "الثوار", "Syrian opposition")
ZAB = loc("Az Zabadani", "SY", 33.72488, 36.1005, 25)
DAR = loc("Darayya", "SY", 33.4586, 36.2367, 25)
C["snn-051bc7e0d60a"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-04", "2015-08-06"),
       loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25), ISS, REG2),
    ev("suicide_bomb", ("2015-08-04", "2015-08-06"),
       loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25), ISS, REG2, optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-06"),
       loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25), ISS, REG2, optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"),
       loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25), REG2, ISS, optional=True),
    ev("armed_clash", ("2015-08-05", "2015-08-05"),
       loc("T4 (Tiyas) airbase, eastern Homs", "SY", 34.52, 37.63, 25), ISS, REG2, optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), ZAB, HZB, OPP, fatalities=[1, 99]),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), ZAB, REG2, OPP),
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), ZAB, REG2, OPP, optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), DAR, REG2, OPP),
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), DAR, REG2, OPP, optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"),
       loc("Al-Karin camp near Tabqa, western Raqqa", "SY", 35.8373, 38.54811, 25),
       actor("US-led coalition", "International Coalition", "طائرات التحالف الدولي", "التحالف الدولي"), ISS, fatalities=5, injured=23),
]
C["ant-SK-middleEast-1837-20180521"] = []
NR = actor("National Resistance", "المقاومة الوطنية", "قوات المقاومة الوطنية اليمنية", "Tareq Saleh forces", "Guards of the Republic")
HOU4 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "ميليشيات الحوثي الإيرانية")
AC = actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي")
C["ant-SK-middleEast-1146-20180420"] = [
    ev("armed_clash", ("2018-04-19", "2018-04-20"),
       loc("Al-Qataba, north of Al Khawkhah", "YE", 13.90, 43.26, 25), NR, HOU4),
    ev("armed_clash", ("2018-04-19", "2018-04-20"),
       loc("Al-Barh front, western Taiz", "YE", 13.40, 43.66, 40), NR, HOU4),
    ev("air_drone_strike", ("2018-04-19", "2018-04-20"),
       loc("At Tuhayta", "YE", 14.18356, 43.22637, 30), AC, HOU4),
    ev("air_drone_strike", ("2018-04-19", "2018-04-20"),
       loc("Al-Khamsin street, Al Hudaydah city", "YE", 14.796625, 42.945213, 25), AC, HOU4),
    ev("air_drone_strike", ("2018-04-19", "2018-04-20"),
       loc("Taiz-Hodeidah border area", "YE", 13.7, 43.4, 60), AC, HOU4, optional=True),
]
C["snn-de3fbc691c57"] = []

EGA = actor("Egyptian army", "Military Forces of Egypt", "الجيش المصري", "قوات الجيش", "قوة المداهمات", "القوات")
EGP = actor("Egyptian police", "Police Forces of Egypt", "قوات الشرطة")
MIL = actor("Islamic State - Sinai Province", "Sinai Province", "مسلحين", "مسلحا", "خلية إرهابية", "العناصر الإرهابية", "الإرهابيين", "Militants")
C["ant-SK-middleEast-372-20180319"] = [
    ev("armed_clash", ("2018-03-14", "2018-03-19"),
       loc("Al Arish (First Section)", "EG", 31.13159, 33.79844, 25), EGP, MIL, fatalities=6),
    ev("armed_clash", ("2018-03-14", "2018-03-19"),
       loc("North and Central Sinai", "EG", 30.6, 33.8, 150), EGA, MIL, fatalities=30, optional=True),
    ev("disrupted_weapons_use", ("2018-03-14", "2018-03-19"),
       loc("South-west of Al Arish", "EG", 31.10, 33.77, 25), EGA, MIL, optional=True),
    ev("disrupted_weapons_use", ("2018-03-14", "2018-03-19"),
       loc("North and Central Sinai", "EG", 30.6, 33.8, 150), EGA, MIL, optional=True),
]
C["ant-SK-middleEast-1182-20180422"] = [
    ev("attack", ("2018-04-22", "2018-04-22"),
       loc("Chaqra, Bint Jbeil", "LB", 33.19333, 35.46778, 25),
       actor("Hezbollah", "حزب الله", "ميليشيات حزب الله", "عناصر من حزب الله"),
       actor("Ali al-Amin", "علي الأمين", "Civilians", "Journalists"), injured=1),
]
IDF = actor("Israel Defense Forces", "IDF", "Israel", "الجيش الإسرائيلي")
C["ant-SK-middleEast-2886-20180713"] = [
    ev("disrupted_weapons_use", ("2018-07-13", "2018-07-13"),
       loc("Israel-Syria border near Safed", "IL", 33.0, 35.65, 40), IDF, None),
    ev("disrupted_weapons_use", ("2018-07-11", "2018-07-11"),
       loc("Sea of Galilee (Lake Tiberias)", "IL", 32.82, 35.59, 25), IDF, None),
]
C["ant-CN-middleEast-512-20180408"] = [
    ev("chemical_weapon", ("2018-04-06", "2018-04-08"),
       loc("Douma, Eastern Ghouta", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "نظام الأسد", "الأسد", "Assad regime"),
       actor("Civilians", "المدنيين", "مدنيين", "المدنيين الأبرياء"), fatalities=[10, 99]),
]
C["ant-SK-internationalNews-1795-20180526"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-73.jsonl"))
