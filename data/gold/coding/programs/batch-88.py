import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["ant-CN-economy-301-20180910"] = [
    ev("attack", ("2018-09-10", "2018-09-10"), loc("Tripoli", "LY", 32.885, 13.1897, 25),
       actor("مجموعة مسلحة", "Unidentified armed group"),
       actor("المؤسسة الوطنية للنفط", "National Oil Corporation", "NOC", "Civilians")),
    ev("suicide_bomb", ("2018-09-10", "2018-09-10"), loc("Tripoli", "LY", 32.885, 13.1897, 25),
       actor("مجموعة مسلحة", "Unidentified armed group", "Islamic State"),
       actor("المؤسسة الوطنية للنفط", "National Oil Corporation", "NOC", "Civilians"), optional=True),
    ev("armed_clash", ("2018-09-10", "2018-09-10"), loc("Tripoli", "LY", 32.885, 13.1897, 25),
       actor("مجموعة مسلحة", "Unidentified armed group"), None, optional=True),
]
C["ant-SK-sport-646-20180410"] = []
C["snn-a00583afa316"] = []
C["snn-6988d5a5505a"] = []
C["ant-SK-middleEast-304-20180315"] = [
    ev("armed_clash", ("2018-03-08", "2018-03-15"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("تركيا", "الجيش التركي", "جيشها", "Turkey", "Turkish Armed Forces", "Military Forces of Turkey"),
       actor("القوات الكردية", "وحدات حماية الشعب الكردية", "YPG", "People's Protection Units"), optional=True),
]
SEVARE = loc("Sevare", "ML", 14.53, -4.10, 50)
C["snn-812210915b36"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-07"), SEVARE,
       actor("المهاجمون", "ارهابيين", "Unidentified armed group", "Al Mourabitoun", "Islamist militants"),
       actor("القوات المالية", "الجيش المالي", "Military Forces of Mali", "Malian army"), fatalities=12),
    ev("attack", ("2015-08-07", "2015-08-07"), SEVARE,
       actor("المهاجمون", "ارهابيين", "Unidentified armed group", "Al Mourabitoun", "Islamist militants"),
       actor("Civilians", "اجانب", "الرهائن"), fatalities=12, optional=True),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-07"), SEVARE,
       actor("المهاجمون", "ارهابيين", "Unidentified armed group", "Al Mourabitoun", "Islamist militants"),
       actor("Civilians", "اجانب", "الرهائن"), optional=True),
]

AJD = loc("Ajdabiya", "LY", 30.7555, 20.2263, 25)
C["snn-daf0c5f86227"] = [
    ev("armed_clash", ("2015-08-01", "2015-08-02"), AJD,
       actor("قوات موالية للحكومة المعترف بها دوليا", "Military Forces of Libya", "Libyan National Army", "pro-government forces"),
       actor("جماعات مسلحة", "المسلحين", "Unidentified armed group", "Islamic State"), fatalities=5, injured=12),
    ev("air_drone_strike", ("2015-08-01", "2015-08-02"), AJD,
       actor("طائرة حربية", "Military Forces of Libya", "Libyan Air Force", "pro-government forces"),
       actor("المسلحين", "جماعات مسلحة", "Unidentified armed group")),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), AJD,
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"),
       actor("القوات التابعة للحكومة الرسمية", "جنود", "Military Forces of Libya", "pro-government forces"), fatalities=[5, 7]),
    ev("abduction_forced_disappearance", ("2015-07-31", "2015-08-02"), AJD,
       actor("داعش", "Islamic State", "ISIS"), actor("جنود", "Military Forces of Libya"), optional=True),
]
C["ant-SK-middleEast-1477-20180507"] = [
    ev("non_violent_transfer_of_territory", ("2018-05-06", "2018-05-07"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       actor("المسلحين", "Syrian rebels", "Hayat Tahrir al-Sham", "HTS"),
       actor("الجيش السوري", "Syrian government forces", "Military Forces of Syria"), optional=True),
    ev("government_regains_territory", ("2018-04-30", "2018-05-07"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       actor("قوات الجيش السوري", "الجيش السوري", "Syrian government forces", "Military Forces of Syria"),
       actor("Islamic State", "ISIS", "داعش", "المسلحين"), optional=True),
]
C["snn-ed8601e1cbf5"] = [
    ev("arrests", ("2015-08-05", "2015-08-07"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor("المقاومة الشعبية", "المقاومة", "Popular Resistance", "Southern Resistance"),
       actor("جنود من وحدات القوات الخاصة", "الأمن المركزي", "قوات الأمن المركزي", "جنود للمخلوع صالح", "Saleh loyalists", "Military forces of Yemen (Saleh faction)", "Central Security Forces")),
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-07"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor("المقاومة الشعبية", "المقاومة", "Popular Resistance", "Southern Resistance"),
       actor("جنود من وحدات القوات الخاصة", "الأمن المركزي", "قوات الأمن المركزي", "جنود للمخلوع صالح", "Saleh loyalists", "Central Security Forces"), optional=True),
]
C["ant-SK-internationalNews-218-20180302"] = []
ABS = loc("Abs district (Habl village)", "YE", 16.011, 43.059, 30)
ARMY_YE = actor("قوات الجيش الوطني اليمني", "قوات الجيش", "الجيش الوطني", "Yemeni army", "Military Forces of Yemen", "Yemeni government forces")
HOUTHI = actor("مليشيات الحوثي", "مليشيا الحوثي", "الحوثي", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-2952-20180717"] = [
    ev("government_regains_territory", ("2018-07-17", "2018-07-17"), ABS, ARMY_YE, HOUTHI),
    ev("air_drone_strike", ("2018-07-17", "2018-07-17"), ABS,
       actor("طيران التحالف العربي", "مقاتلات التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOUTHI, optional=True),
    ev("armed_clash", ("2018-07-17", "2018-07-17"), loc("Hayran district", "YE", 16.2535, 43.0538, 30), ARMY_YE, HOUTHI, optional=True),
    ev("armed_clash", ("2018-07-17", "2018-07-17"), ABS, ARMY_YE, HOUTHI, optional=True),
]
C["snn-6211cf926e4f"] = []

C["ant-SK-internationalNews-340-20180314"] = []
C["ant-SK-economy-586-20180517"] = []
C["snn-eda95743f645"] = []
C["ant-SK-internationalNews-1601-20180516"] = []
C["ant-SK-middleEast-3802-20181009"] = []
C["snn-96a43a88a6cd"] = []

C["snn-a1789bf23a6c"] = []
C["snn-9ae754b781b8"] = []
C["snn-08cac67f5882"] = []
C["snn-57c4a3935115"] = []
C["snn-a5326fbfbd42"] = [
    ev("armed_clash", ("2015-07-17", "2015-07-31"), loc("Syria", "SY", None, None),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS"), None, injured=1, optional=True),
]
DOUMA = loc("Douma", "SY", 33.5718, 36.4027, 25)
C["ant-CN-middleEast-559-20180410"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-10"), DOUMA,
       actor("الحكومة السورية", "Syrian government forces", "Military Forces of Syria"), actor("Civilians", "المدنيين"), optional=True),
    ev("non_violent_transfer_of_territory", ("2018-04-08", "2018-04-10"), DOUMA,
       actor("قوات المعارضة", "Jaysh al-Islam", "Syrian opposition"), actor("الحكومة السورية", "Syrian government forces"), optional=True),
]

BH = actor("بوكو حرام", "حركة «بوكو حرام» المتشددة", "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")
C["snn-39b678ab2cf5"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-21"), loc("Maiduguri (Njimtilo checkpoint)", "NG", 11.85, 13.16, 25), BH,
       actor("قوة المهام المشتركة المدنية", "Civilian Joint Task Force", "CJTF", "Civilians", "مدنيين"), fatalities=1, injured=3),
    ev("suicide_bomb", ("2015-07-19", "2015-07-19"), loc("Fotokol", "CM", 12.37, 14.22, 50), BH,
       actor("Civilians", "مدنيا", "جنديا تشاديا", "Military Forces of Chad"), fatalities=13),
    ev("suicide_bomb", ("2015-07-11", "2015-07-18"), loc("N'Djamena", "TD", 12.11, 15.04, 50), BH,
       actor("Civilians"), fatalities=15),
]
C["ant-SK-middleEast-2995-20180719"] = []
C["snn-cea36b91c347"] = []
REG = actor("قوات النظام السوري", "الميليشيات الإيرانية", "Syrian government forces", "Military Forces of Syria", "Iranian militias", "Iranian Revolutionary Guard Corps")
C["ant-SK-middleEast-1346-20180429"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-27", "2018-04-30"), loc("Jabal al-Buhuth / Brigade 47, south of Hama", "SY", 35.08, 36.74, 25),
       None, REG, fatalities=40, injured=[54, 66]),
    ev("air_drone_strike", ("2018-04-27", "2018-04-30"), loc("Jabal al-Buhuth / Brigade 47, south of Hama", "SY", 35.08, 36.74, 25),
       actor("Israel", "Military Forces of Israel"), REG, fatalities=40, injured=[54, 66], optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-27", "2018-04-30"), loc("Salhab", "SY", 35.2588, 36.3846, 25),
       None, REG, optional=True),
]
C["snn-5a59d9eb1d3b"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-07"), loc("Najran sector", "SA", 17.5617, 44.2334, 50),
       actor("Houthis", "Ansar Allah"), actor("الحرس الوطني", "Saudi Arabian National Guard", "Military Forces of Saudi Arabia"), fatalities=1),
]
C["snn-ee69f984714e"] = []

C["snn-1b1163967a66"] = []
C["snn-1775ceeff3aa"] = []
C["ant-SK-middleEast-400-20180319"] = []
C["snn-7e9e331f4ac4"] = []
C["snn-2228c3975810"] = []
IST = loc("Istanbul", "TR", 41.0194, 28.9826, 25)
C["ant-SK-internationalNews-2496-20180705"] = [
    ev("arrests", ("2018-07-03", "2018-07-05"), IST,
       actor("الشرطة التركية", "شرطة إسطنبول", "Police Forces of Turkey", "Turkish police"),
       actor("تنظيم داعش", "داعش", "الدواعش", "Islamic State", "ISIS")),
    ev("attack", ("2017-01-01", "2017-01-01"), IST, actor("مسلح", "تنظيم داعش", "Islamic State", "ISIS"),
       actor("Civilians"), fatalities=39, injured=69, optional=True),
    ev("suicide_bomb", ("2016-06-01", "2016-06-30"), IST, actor("تنظيم داعس", "Islamic State", "ISIS"),
       actor("Civilians"), fatalities=43, injured=239, optional=True),
    ev("attack", ("2016-06-01", "2016-06-30"), IST, actor("تنظيم داعس", "Islamic State", "ISIS"),
       actor("Civilians"), fatalities=43, injured=239, optional=True),
]
C["ant-SK-internationalNews-3288-20181003"] = []
C["ant-CN-sport-355-20180811"] = []
SYR = actor("قوات النظام السوري", "القوات الحكومية", "قوات النظام", "Syrian government forces", "Military Forces of Syria", "الميليشيات الإيرانية")
SYR_AIR = actor("الطائرات الروسية", "المروحية السورية", "طائرات حربية", "Military Forces of Russia", "Russian air force", "Syrian Air Force", "Military Forces of Syria", "Syrian government forces")
REBELS = actor("المعارضة", "الفصائل المقاتلة", "Syrian opposition", "Syrian rebels")
BUSR = loc("Busr al-Harir", "SY", 32.8446, 36.3408, 25)
C["ant-SK-middleEast-2598-20180626"] = [
    ev("government_regains_territory", ("2018-06-24", "2018-06-26"), BUSR, SYR, REBELS),
    ev("government_regains_territory", ("2018-06-24", "2018-06-26"), loc("Mleihat al-Atash", "SY", 32.824, 36.2947, 25), SYR, REBELS),
    ev("government_regains_territory", ("2018-06-25", "2018-06-25"), loc("Lajat area", "SY", 33.05, 36.45, 30), SYR, REBELS),
    ev("shelling_artillery_missile_attack", ("2018-06-25", "2018-06-26"), loc("Daraa al-Balad, Daraa", "SY", 32.6189, 36.1021, 25), SYR, REBELS),
    ev("air_drone_strike", ("2018-06-25", "2018-06-26"), BUSR, SYR_AIR, REBELS),
    ev("air_drone_strike", ("2018-06-25", "2018-06-26"), loc("Al-Hirak", "SY", 32.7495, 36.3058, 25), SYR_AIR, REBELS),
    ev("air_drone_strike", ("2018-06-25", "2018-06-26"), loc("Daraa", "SY", 32.6189, 36.1021, 25), SYR_AIR, REBELS),
    ev("air_drone_strike", ("2018-06-19", "2018-06-26"), loc("Daraa province (eastern countryside)", "SY", 32.85, 36.22, 100), SYR_AIR, REBELS, optional=True),
]
C["ant-SK-middleEast-469-20180322"] = [
    ev("air_drone_strike", ("2007-09-05", "2007-09-06"), loc("Al-Kibar reactor near Deir ez-Zor", "SY", 35.708, 39.833, 50),
       actor("إسرائيل", "الجيش الإسرائيلي", "الطائرات الإسرائيلية", "Israel", "Military Forces of Israel", "Israeli Air Force"),
       actor("سوريا", "Syria", "Military Forces of Syria"), optional=True),
]
HOUTHI2 = actor("ميليشيات الحوثي", "الحوثيين", "المتمردين", "Houthis", "Ansar Allah")
DUR = loc("Ad Durayhimi", "YE", 14.637, 43.055, 25)
JOINT = actor("قوات المقاومة اليمنية المشتركة", "القوات المشتركة", "ألوية العمالقة", "Giants Brigades", "Yemeni joint forces", "Popular Resistance", "Military Forces of Yemen")
COAL = actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition")
C["ant-SK-middleEast-3220-20180801"] = [
    ev("armed_clash", ("2018-08-01", "2018-08-01"), DUR, JOINT, HOUTHI2, fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", ("2018-07-30", "2018-08-01"), DUR, COAL, HOUTHI2, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-30", "2018-08-01"), DUR, COAL, HOUTHI2, optional=True),
    ev("government_regains_territory", ("2018-08-01", "2018-08-01"), DUR, JOINT, HOUTHI2, optional=True),
    ev("government_regains_territory", ("2018-07-30", "2018-08-01"), loc("Al Maghram village, Baqim district", "YE", 17.3853, 43.491, 30),
       actor("الجيش اليمني", "Military Forces of Yemen", "Yemeni army"), HOUTHI2),
]
C["ant-SK-internationalNews-2414-20180701"] = [
    ev("peaceful_protest", ("2018-06-25", "2018-06-25"), loc("Tehran", "IR", 35.6944, 51.4215, 25),
       actor("تجار البازار", "Protesters (Iran)", "merchants", "Bazaar merchants"), None),
    ev("peaceful_protest", ("2018-06-30", "2018-06-30"), loc("Paris", "FR", 48.8566, 2.3522, 30),
       actor("مناصري المعارضة الإيرانية", "منظمة مجاهدي خلق", "People's Mojahedin Organization of Iran", "MEK", "Protesters (France)"), None, optional=True),
    ev("peaceful_protest", ("2018-06-24", "2018-06-30"), loc("Iran", "IR", None, None),
       actor("Protesters (Iran)"), None, optional=True),
]

C["ant-CN-middleEast-742-20180427"] = []
C["ant-SK-middleEast-3741-20181004"] = []
C["snn-cdb9f9b89a08"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-08-06"), loc("Najran", "SA", 17.5617, 44.2334, 50),
       actor("Houthis", "Ansar Allah"), actor("Civilians", "عبدالله دواس آل منصور"), fatalities=1, optional=True),
]
HMEIMIM = loc("Hmeimim air base", "SY", 35.4008, 35.9403, 25)
C["ant-SK-middleEast-1847-20180521"] = [
    ev("disrupted_weapons_use", ("2018-05-19", "2018-05-21"), HMEIMIM,
       actor("الجيش الروسي", "الدفاعات الجوية الروسية", "Military Forces of Russia", "Russian army", "Russian military"),
       None, fatalities=0, injured=0),
    ev("air_drone_strike", ("2018-05-19", "2018-05-21"), HMEIMIM, None,
       actor("الجيش الروسي", "Military Forces of Russia", "Russian military"), fatalities=0, injured=0, optional=True),
]
C["snn-545c66e6d6b8"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-88.jsonl"))
