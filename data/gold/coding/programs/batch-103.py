import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات الحوثي", "الحوثيين", "الحوثيون", "المتمردين", "المتمردون", "Houthis", "Ansar Allah", "Houthi rebels"]
JOINT_YE = ["القوات اليمنية المشتركة", "القوات المشتركة", "قوات المقاومة اليمنية المشتركة", "قوات المقاومة المشتركة", "المقاومة المشتركة",
            "Yemeni joint forces", "Joint Resistance Forces", "Yemeni government forces", "Saudi-led coalition", "Arab Coalition", "التحالف العربي"]

C["snn-c6793ee61a5c"] = []  # opinion column
C["ant-SK-internationalNews-763-20180403"] = []  # Skripal lab statement
HOD_AP = loc("Hodeidah airport", "YE", 14.753, 42.976, 25)
C["ant-SK-middleEast-2468-20180619"] = [
    ev("armed_clash", ("2018-06-19", "2018-06-19"), HOD_AP, actor(*JOINT_YE), actor(*HOUTHI)),
    ev("government_regains_territory", ("2018-06-19", "2018-06-19"), HOD_AP, actor(*JOINT_YE), actor(*HOUTHI), optional=True),
    ev("attack", ("2018-06-19", "2018-06-19"), loc("Hodeidah", "YE", 14.7978, 42.9545, 25), actor(*HOUTHI),
       actor("Civilians", "المدنيين", "المناطق السكنية"), optional=True),
]
C["ant-SK-internationalNews-670-20180329"] = [
    ev("arrests", ("2018-03-26", "2018-03-27"), loc("Mindong diocese, Fujian", "CN", 26.66, 119.52, 100),
       actor("Chinese police", "الشرطة الصينية", "Police Forces of China"),
       actor("فنسنت غو شيجين", "Vincent Guo Xijin", "أسقف", "Catholic bishop"), optional=True),
]
C["snn-a3feb94c436a"] = []  # opinion column

C["ant-SK-internationalNews-2639-20180714"] = []  # Amesbury Novichok investigation
C["snn-4bef70ab3cfc"] = []  # OPEC output
C["snn-8bf307af251f"] = []  # Windows 10
C["ant-SK-middleEast-746-20180402"] = []  # MBS interview
SYR_GOV = ["القوات الحكومية السورية", "القوات الموالية للنظام السوري", "النظام", "قوات النظام", "Syrian government forces", "Syrian regime forces", "Military Forces of Syria"]
SYR_OPP = ["فيلق الرحمن", "المعارضة المسلحة", "Faylaq al-Rahman", "Syrian opposition", "armed opposition"]
C["ant-SK-middleEast-392-20180318"] = [
    ev("government_regains_territory", ("2018-03-14", "2018-03-18"), loc("Kafr Batna", "SY", 33.51168, 36.37273, 25),
       actor(*SYR_GOV), actor(*SYR_OPP), optional=True),
    ev("government_regains_territory", ("2018-03-14", "2018-03-18"), loc("Saqba", "SY", 33.51893, 36.3831, 25),
       actor(*SYR_GOV), actor(*SYR_OPP), optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("القوات التركية", "تركيا", "جنوده", "Turkish forces", "Military Forces of Turkey", "Turkey"),
       actor("YPG", "Kurdish forces", "People's Protection Units"), optional=True),
]

C["snn-476bd2f9a2e4"] = []  # ordinary assault on doctor, no political actor
C["ant-CN-middleEast-1099-20180604"] = [
    ev("peaceful_protest", ("2018-05-30", "2018-06-04"), loc("Jordan", "JO", None, None, 100),
       actor("Protesters (Jordan)", "محتجين", "الحراك"), None, optional=True),
]
C["ant-SK-middleEast-3340-20180811"] = []  # coalition statement on child soldiers
C["ant-SK-middleEast-1582-20180510"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.05, 35.75, 40),
       actor("قوات إيرانية", "Iranian forces", "Iran", "Quds Force", "IRGC"),
       actor("إسرائيل", "Israeli military", "Military Forces of Israel", "Israel Defense Forces", "IDF")),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Syria", "SY", None, None, 100),
       actor("إسرائيل", "Israel", "Military Forces of Israel", "Israel Defense Forces", "IDF"),
       actor("قوات إيرانية", "المواقع الإيرانية", "Iranian forces", "Iran", "Quds Force", "IRGC"), optional=True),
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"), loc("Syria", "SY", None, None, 100),
       actor("إسرائيل", "Israel", "Military Forces of Israel", "Israel Defense Forces", "IDF", "Israeli Air Force"),
       actor("قوات إيرانية", "المواقع الإيرانية", "Iranian forces", "Iran", "Quds Force", "IRGC"), optional=True),
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-10"), loc("Syria", "SY", None, None, 100),
       actor("الجيش السوري", "منظومات الدفاع الجوي", "Syrian army", "Military Forces of Syria", "Syrian air defense"),
       actor("إسرائيل", "Israel", "Military Forces of Israel", "IDF"), optional=True),
]
C["snn-c0cf2479f717"] = []  # Greek debt summit
C["ant-SK-sport-102-20180225"] = []  # NBA
C["ant-SK-middleEast-3481-20180903"] = []  # statements on planned Idlib offensive
C["snn-7c5ee91b581e"] = [
    ev("government_regains_territory", ("2015-08-08", "2015-08-11"), loc("Shuqrah", "YE", 13.35677, 45.69709, 25),
       actor("المقاومة الشعبية اليمنية", "قوات الجيش الموالية للشرعية", "Popular Resistance", "Yemeni Popular Resistance",
             "Military Forces of Yemen (Hadi)", "pro-Hadi forces", "Yemeni government forces"),
       actor("ميليشيات الحوثيين", "الحوثيين", "الرئيس المخلوع على عبدالله صالح", "Houthis", "Ansar Allah", "Saleh loyalists")),
    ev("armed_clash", ("2015-08-08", "2015-08-11"), loc("Shuqrah", "YE", 13.35677, 45.69709, 25),
       actor("المقاومة الشعبية اليمنية", "قوات الجيش الموالية للشرعية", "Popular Resistance", "Yemeni Popular Resistance",
             "Military Forces of Yemen (Hadi)", "pro-Hadi forces", "Yemeni government forces"),
       actor("ميليشيات الحوثيين", "الحوثيين", "Houthis", "Ansar Allah", "Saleh loyalists"), optional=True),
]
C["ant-SK-internationalNews-1589-20180515"] = [
    ev("armed_clash", ("2017-08-01", "2017-08-31"), loc("Rakhine State", "MM", 20.15, 92.9, 150),
       actor("مسلحون من الروهينغا", "Rohingya militants", "ARSA", "Arakan Rohingya Salvation Army"),
       actor("Military Forces of Myanmar", "Myanmar security forces", "مواقع أمنية"), optional=True),
]
YE_ARMY = ["الجيش اليمني", "قوات الجيش", "القوات الشرعية", "الجيش الوطني", "Yemeni army", "Military Forces of Yemen",
           "Yemeni government forces", "Hadi government forces", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
HOUTHI2 = ["مليشيات الحوثي", "ميليشيات الحوثي", "الحوثي", "المتمردين", "Houthis", "Ansar Allah", "Houthi rebels"]
COAL_AIR = ["طائرات تحالف دعم الشرعية", "تحالف دعم الشرعية", "التحالف", "Saudi-led coalition", "Arab Coalition", "Coalition to Restore Legitimacy"]
D3 = ("2018-07-26", "2018-07-28")
C["ant-SK-middleEast-3153-20180728"] = [
    ev("government_regains_territory", D3, loc("Baqim", "YE", 17.39713, 43.47743, 25), actor(*YE_ARMY), actor(*HOUTHI2)),
    ev("armed_clash", D3, loc("Baqim", "YE", 17.39713, 43.47743, 25), actor(*YE_ARMY), actor(*HOUTHI2), optional=True),
    ev("armed_clash", D3, loc("Bart al-Anan district, Al Jawf", "YE", 16.893, 44.517, 50), actor(*YE_ARMY), actor(*HOUTHI2)),
    ev("government_regains_territory", D3, loc("Bart al-Anan district, Al Jawf", "YE", 16.893, 44.517, 50), actor(*YE_ARMY), actor(*HOUTHI2), optional=True),
    ev("air_drone_strike", D3, loc("Al Manqam, Ad Durayhimi district", "YE", 14.637, 43.055, 25), actor(*COAL_AIR), actor(*HOUTHI2)),
    ev("air_drone_strike", D3, loc("Saada province", "YE", 16.94, 43.76, 100), actor(*COAL_AIR), actor(*HOUTHI2), optional=True),
    ev("air_drone_strike", D3, loc("Al Jawf province", "YE", 16.16, 44.77, 100), actor(*COAL_AIR), actor(*HOUTHI2), optional=True),
    ev("air_drone_strike", D3, loc("Hajjah province", "YE", 15.69, 43.60, 100), actor(*COAL_AIR), actor(*HOUTHI2), optional=True),
    ev("air_drone_strike", D3, loc("Amran province", "YE", 15.66, 43.94, 100), actor(*COAL_AIR), actor(*HOUTHI2), optional=True),
]

C["ant-SK-internationalNews-2489-20180705"] = [
    ev("attack", ("2018-07-05", "2018-07-05"), loc("Khash", "IR", 28.22107, 61.21582, 25),
       actor("مسلحون", "Unidentified armed group", "gunmen", "unidentified gunmen"),
       actor("عبدالشكور كرد", "رجل دين سني", "Civilians", "Sunni cleric", "Abdul Shakur Kord"), fatalities=1),
]
C["ant-SK-internationalNews-183-20180228"] = [
    ev("armed_clash", ("2018-02-26", "2018-02-28"), loc("Tawau, Sabah", "MY", 4.245, 117.89, 50),
       actor("الشرطة الماليزية", "الشرطة", "Malaysian police", "Police Forces of Malaysia"),
       actor("عناصر إرهابية", "العناصر الإرهابية", "مسلحين", "suspected militants", "Unidentified armed group", "terrorists"),
       fatalities=3),
]
C["snn-859d841b7613"] = []  # statement
C["ant-CN-middleEast-245-20180311"] = []  # embassy location infographic
C["ant-SK-internationalNews-2253-20180621"] = []  # voter double-voting detention, not political violence

C["ant-CN-middleEast-1435-20181007"] = [
    ev("attack", ("2018-10-02", "2018-10-02"), loc("Saudi consulate, Istanbul", "TR", 41.08, 29.01, 25), None,
       actor("جمال خاشقجي", "Jamal Khashoggi", "الصحفي", "Journalists", "Civilians"), optional=True),
]
C["snn-37defafdb2fc"] = []  # Sisi-Hadi meeting
C["ant-SK-economy-647-20180526"] = []  # oil prices
MA_SEC = ["السلطات المغربية", "المكتب المركزي للتحقيقات القضائية", "Moroccan authorities", "Police Forces of Morocco",
          "Central Bureau of Judicial Investigation", "BCIJ"]
MA_CELL = ["خلية ارهابية", "تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "terrorist cell", "IS militants"]
DM = ("2015-07-19", "2015-07-21")
C["snn-916d5ca2691d"] = [
    ev("arrests", DM, loc("Tangier", "MA", 35.76727, -5.79975, 25), actor(*MA_SEC), actor(*MA_CELL)),
    ev("arrests", DM, loc("Bouznika", "MA", 33.78942, -7.15968, 25), actor(*MA_SEC), actor(*MA_CELL)),
    ev("arrests", DM, loc("Khouribga", "MA", 32.88108, -6.9063, 25), actor(*MA_SEC), actor(*MA_CELL)),
    ev("arrests", DM, loc("Taounate", "MA", 34.53661, -4.64009, 25), actor(*MA_SEC), actor(*MA_CELL)),
]
PMLN = ["حزب الرابطة الإسلامية الباكستانية-جناح نواز شريف", "PML-N", "Pakistan Muslim League (Nawaz)"]
C["ant-SK-internationalNews-2660-20180716"] = [
    ev("peaceful_protest", ("2018-07-13", "2018-07-13"), loc("Lahore", "PK", 31.55, 74.34, 100),
       actor(*PMLN, "Protesters (Pakistan)"), None, optional=True),
    ev("arrests", ("2018-07-13", "2018-07-13"), loc("Lahore", "PK", 31.55, 74.34, 100),
       actor("السلطات الباكستانية", "Pakistani authorities", "Police Forces of Pakistan", "NAB"),
       actor("نواز شريف", "Nawaz Sharif", *PMLN), optional=True),
]

C["ant-SK-internationalNews-1020-20180419"] = []  # Korea diplomacy
C["ant-CN-middleEast-1355-20180911"] = [
    ev("armed_clash", ("2018-09-10", "2018-09-10"), loc("Syria", "SY", None, None, 100),
       actor("قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SDF", "قسد", "التحالف الدولي"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
]
JOINT2 = ["ألوية العمالقة", "قوات المقاومة اليمنية المشتركة", "قوات المقاومة المشتركة", "القوات اليمنية المشتركة", "Giants Brigades",
          "Al-Amaliqa Brigades", "Yemeni joint forces", "Joint Resistance Forces", "Yemeni government forces", "التحالف العربي", "Saudi-led coalition"]
COAL2 = ["مقاتلات التحالف العربي", "مقاتلات التحالف", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
TUH = loc("At Tuhayta", "YE", 14.18356, 43.22637, 25)
D4 = ("2018-07-07", "2018-07-09")
C["ant-SK-middleEast-2790-20180709"] = [
    ev("armed_clash", D4, TUH, actor(*JOINT2), actor(*HOUTHI2), fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", D4, loc("At Tuhayta - Zabid road", "YE", 14.19, 43.27, 25), actor(*COAL2), actor(*HOUTHI2)),
    ev("shelling_artillery_missile_attack", D4, TUH, actor(*HOUTHI2), actor("Civilians", "المدنيين", "الأحياء المحررة"), injured=[2, 99]),
    ev("government_regains_territory", D4, TUH, actor(*JOINT2), actor(*HOUTHI2), optional=True),
    ev("armed_clash", D4, loc("Zabid", "YE", 14.196411, 43.316688, 25), actor(*JOINT2), actor(*HOUTHI2), optional=True),
]
SETTLERS = ["يهود متطرفون", "ملثمون", "المستوطنين", "Israeli settlers", "Jewish extremists", "Price Tag", "دفع الثمن"]
C["snn-364a83bbc9bc"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma", "PS", 32.05632, 35.36705, 25), actor(*SETTLERS),
       actor("عائلة دوابشة", "علي دوابشة", "Civilians", "Palestinian civilians", "Dawabsheh family"), fatalities=[1, 2], injured=[2, 3], optional=True),
    ev("attack", ("2015-07-30", "2015-07-30"), loc("Jerusalem", "IL", 31.7683, 35.2137, 25),
       actor("يهودي متطرف", "Jewish extremist", "Yishai Schlissel"), actor("مسيرة مثليي الجنس", "Civilians", "Pride march participants"),
       fatalities=1, injured=5, optional=True),
    ev("violent_demonstration", ("2015-07-31", "2015-08-07"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("Palestinian rioters", "Rioters (Palestine)"), actor("Israeli forces", "Military Forces of Israel"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-07"), loc("southern Israel", "IL", 31.4, 34.5, 50),
       actor("جماعة فلسطينية سلفية جهادية", "Salafi jihadist group", "Palestinian Salafi jihadists"), actor("Israel", "إسرائيل"), optional=True),
    ev("air_drone_strike", ("2015-08-07", "2015-08-08"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("الجيش الإسرائيلي", "Israeli army", "Military Forces of Israel", "IDF", "Israel Defense Forces"),
       actor("حركة حماس", "حماس", "Hamas", "Gaza police", "أفراد الشرطة", "Police Forces of Palestine (Hamas)"), injured=4),
]
C["ant-SK-internationalNews-1612-20180517"] = [
    ev("violent_demonstration", ("2018-05-16", "2018-05-16"), loc("Kazerun", "IR", 29.61919, 51.6535, 25),
       actor("مجموعة", "Rioters (Iran)", "protesters", "سكان من مدينة كازرون"), actor("مركز للشرطة", "Police Forces of Iran", "police"),
       fatalities=1, injured=6),
    ev("protest_with_intervention", ("2018-05-16", "2018-05-16"), loc("Kazerun", "IR", 29.61919, 51.6535, 25),
       actor("Protesters (Iran)", "protesters", "سكان من مدينة كازرون"), actor("Police Forces of Iran", "police"),
       fatalities=1, injured=6, optional=True),
]

C["ant-SK-middleEast-575-20180326"] = []  # rebel factions trade accusations; cumulative tolls only
C["ant-SK-middleEast-678-20180331"] = [
    ev("agreement", ("2018-03-29", "2018-03-31"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("الجيش الروسي", "Russian military", "Military Forces of Russia", "Russia"),
       actor("جيش الإسلام", "Jaysh al-Islam", "Jaish al-Islam"), optional=True),
]
SYG = ["الحكومة", "الحكومة السورية", "Syrian government", "Syrian government forces", "Military Forces of Syria", "Syrian regime"]
AHRAR = ["أحرار الشام", "حركة أحرار الشام", "مسلحو حركة أحرار الشام", "Ahrar al-Sham", "المسلحين"]
HAR = loc("Harasta", "SY", 33.55869, 36.36515, 25)
C["ant-SK-middleEast-474-20180322"] = [
    ev("non_violent_transfer_of_territory", ("2018-03-22", "2018-03-22"), HAR, actor(*SYG), actor(*AHRAR)),
    ev("agreement", ("2018-03-15", "2018-03-21"), HAR, actor(*SYG, "Russia"), actor(*AHRAR), optional=True),
]
C["ant-SK-technology-518-20180427"] = []  # Mars mission
C["snn-d9092b67eddd"] = []  # labour agreement

PROT_IQ = ["المتظاهرون", "المحتجون", "Protesters (Iraq)", "protesters"]
IQ_SEC = ["القوات الأمنية", "الجيش", "الشرطة", "متطوعي العشائر", "Iraqi security forces", "Military Forces of Iraq", "Iraqi army",
          "Police Forces of Iraq", "tribal volunteers", "الفرقة الثامنة", "الجيش العراقي"]
ISIS_IQ = ["تنظيم داعش", "داعش", "عناصر داعش", "Islamic State", "ISIS", "Daesh"]
C["snn-12e5df66b8b2"] = [
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Baghdad", "IQ", 33.34058, 44.40088, 25), actor(*PROT_IQ), None),
    ev("peaceful_protest", ("2015-07-31", "2015-07-31"), loc("Tahrir Square, Baghdad", "IQ", 33.3333, 44.4167, 25), actor(*PROT_IQ), None),
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Basra", "IQ", 30.50852, 47.7804, 25), actor(*PROT_IQ), None),
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Najaf", "IQ", 32.02594, 44.34625, 25), actor(*PROT_IQ), None),
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Karbala", "IQ", 32.61603, 44.02488, 25), actor(*PROT_IQ), None),
    ev("armed_clash", ("2015-08-01", "2015-08-01"), loc("Al-Zawiya, NE of Haditha", "IQ", 34.2, 42.45, 50), actor(*IQ_SEC), actor(*ISIS_IQ)),
    ev("armed_clash", ("2015-08-01", "2015-08-01"), loc("Al-Sakra, NE of Haditha", "IQ", 34.2, 42.45, 50), actor(*IQ_SEC), actor(*ISIS_IQ)),
    ev("armed_clash", ("2015-07-31", "2015-08-02"), loc("Al-Fallahat, west of Fallujah", "IQ", 33.35, 43.74, 25), actor(*ISIS_IQ), actor(*IQ_SEC)),
    ev("armed_clash", ("2015-07-31", "2015-08-02"), loc("Subayhat, east of Fallujah", "IQ", 33.36729, 43.95825, 25), actor(*ISIS_IQ), actor(*IQ_SEC)),
]
C["ant-CN-middleEast-1311-20180908"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), loc("Basra", "IQ", 30.50852, 47.7804, 25),
       actor("محتجين", "متظاهرون", "Rioters (Iraq)", "protesters"), actor("القنصلية الإيرانية", "Iranian consulate", "Iran"),
       fatalities=None, injured=None),
]
C["snn-c4c746210a04"] = []  # statement
C["snn-91b80d4a710a"] = []  # judicial execution for ordinary crime
C["ant-SK-economy-653-20180528"] = []  # European stocks
TR_FSA = ["قوات الجيش التركي", "الجيش التركي", "الجيش السوري الحر", "Military Forces of Turkey", "Turkish army", "Free Syrian Army", "FSA",
          "Turkish-backed Syrian opposition"]
YPG = ["ب ي د", "بي كا كا", "PYD", "PKK", "YPG", "People's Protection Units", "داعش", "Islamic State"]
D5 = ("2018-03-02", "2018-03-04")
C["ant-CN-middleEast-170-20180304"] = [
    ev("non_state_actor_overtakes_territory", D5, loc("Bafliyun, Sharan", "SY", 36.62336, 36.93659, 25), actor(*TR_FSA), actor(*YPG)),
    ev("non_state_actor_overtakes_territory", D5, loc("Saaluja, Sheikh al-Hadid", "SY", 36.50069, 36.59945, 25), actor(*TR_FSA), actor(*YPG)),
    ev("non_state_actor_overtakes_territory", D5, loc("Arinda, Sheikh al-Hadid", "SY", 36.50069, 36.59945, 25), actor(*TR_FSA), actor(*YPG)),
    ev("non_state_actor_overtakes_territory", D5, loc("Khalilo, Rajo", "SY", 36.67598, 36.66415, 25), actor(*TR_FSA), actor(*YPG)),
    ev("non_state_actor_overtakes_territory", D5, loc("Hajj Khalil", "SY", 36.6785, 36.68395, 25), actor(*TR_FSA), actor(*YPG), optional=True),
]
C["snn-9c1b9a38742b"] = [
    ev("armed_clash", ("2015-07-21", "2015-07-24"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("جنود عراقيون", "الجيش العراقي", "مقاتل من العشائر السنية", "Military Forces of Iraq", "Iraqi army", "Sunni tribal fighters"),
       actor("داعش", "التنظيم", "Islamic State", "ISIS"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-103.jsonl"))
