import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISR = lambda: actor("Israel", "Israeli military", "إسرائيل", "الجيش الإسرائيلي")
IRAN = lambda: actor("Iran", "Iranian forces", "إيران", "Islamic Revolutionary Guard Corps", "IRGC")
HOUTHI = lambda: actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "مسلحي الحوثي", "المتمردين", "الميليشيات الإيرانية", "الميليشيات", "المليشيات")
ISIS = lambda: actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "عصابات داعش")

C["ant-SK-internationalNews-1546-20180513"] = [
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Syria", "SY", None, None),
       ISR(), IRAN(), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.8, 40),
       IRAN(), ISR(), optional=True),
]
C["ant-CN-middleEast-708-20180424"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "USA", "United Kingdom", "France", "أمريكا", "بريطانيا", "فرنسا"),
       actor("Syrian government", "Syrian regime", "النظام السوري"), optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government", "Syrian regime", "النظام السوري"), None, optional=True),
]
C["snn-1fec0aba314b"] = []
C["ant-CN-technology-46-20180305"] = []
C["ant-CN-middleEast-670-20180419"] = [
    ev("air_drone_strike", ("2018-04-19", "2018-04-19"), loc("Syria near the Iraqi border", "SY", None, None),
       actor("Iraqi Air Force", "Iraqi military", "القوات الجوية العراقية", "قواتنا الجوية"), ISIS(), optional=True),
]
C["ant-CN-middleEast-291-20180318"] = [
    ev("government_regains_territory", ("2018-03-18", "2018-03-18"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Turkish military", "Turkey", "الجيش التركي", "Free Syrian Army", "الجيش السوري الحر"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردي", "PYD", "حزب الاتحاد الديمقراطي الكردي")),
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Free Syrian Army", "FSA", "الجيش السوري الحر", "Turkish military", "الجيش التركي"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردي", "PYD"), optional=True),
]
NR = lambda: actor("National Resistance", "Yemeni National Resistance", "قوات المقاومة الوطنية", "قوات المقاومة الوطنية اليمنية", "قوات المقاومة", "Tareq Saleh forces", "UAE Armed Forces", "القوات الإماراتية")
COAL = lambda: actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف", "التحالف العربي", "مقاتلات التحالف العربي")
C["ant-SK-middleEast-1440-20180504"] = [
    ev("government_regains_territory", ("2018-05-04", "2018-05-04"), loc("Mafraq al-Mokha-al-Barh (Al Barh), Taiz", "YE", 13.44065, 43.70338, 25),
       NR(), HOUTHI()),
    ev("armed_clash", ("2018-05-04", "2018-05-04"), loc("Mafraq al-Mokha-al-Barh (Al Barh), Taiz", "YE", 13.44065, 43.70338, 25),
       NR(), HOUTHI(), optional=True),
    ev("air_drone_strike", ("2018-05-02", "2018-05-04"), loc("Al-Arish, Mawza district", "YE", 13.374798, 43.607401, 30),
       COAL(), HOUTHI(), fatalities=[0, 99]),
    ev("air_drone_strike", ("2018-05-02", "2018-05-04"), loc("Mafraq al-Murair, Jabal Ras district", "YE", 14.038334, 43.615149, 30),
       COAL(), HOUTHI(), fatalities=[0, 99]),
]
C["ant-SK-internationalNews-489-20180321"] = [
    ev("chemical_weapon", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.0688, -1.7945, 25),
       None, actor("Sergei Skripal", "سيرغي سكريبال", "Civilians"), optional=True),
]
C["snn-9cd731a0687d"] = []
C["ant-CN-middleEast-139-20180301"] = []
C["snn-dadb58aa08e0"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Special Emergency Forces mosque, Asir (Abha)", "SA", 18.2164, 42.5053, 100),
       actor("يوسف سليمان عبدالله السليمان", "انتحاري", "المنتحر", "Suicide bomber"),
       actor("Saudi Special Emergency Forces", "قوة الطوارئ الخاصة", "منسوبي قوة الطوارئ الخاصة", "رجال الأمن", "المصلين", "Saudi security forces"),
       fatalities=15, injured=33),
]
C["ant-SK-internationalNews-455-20180320"] = []

C["ant-SK-internationalNews-1172-20180426"] = []
C["ant-CN-internationalNews-593-20180910"] = []
C["ant-SK-middleEast-1512-20180508"] = [
    ev("government_regains_territory", ("2018-05-01", "2018-05-08"), loc("Al Barh triangle", "YE", 13.44065, 43.70338, 25),
       actor("National Resistance", "المقاومة الوطنية", "Giants Brigades", "ألوية العمالقة", "المقاومة الجنوبية", "Tareq Saleh forces"), HOUTHI(), optional=True),
    ev("government_regains_territory", ("2018-05-01", "2018-05-08"), loc("Mafraq al-Wazi'iyah", "YE", 13.162436, 43.733707, 30),
       actor("National Resistance", "المقاومة الوطنية", "Giants Brigades", "ألوية العمالقة", "المقاومة الجنوبية"), HOUTHI(), optional=True),
]
C["snn-ff47d7ab72a1"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-24"), loc("Mellitah", "LY", 32.87, 12.25, 25),
       actor("مجموعة مسلحة", "Unidentified armed group"),
       actor("أربعة إيطاليين", "أربعة من مواطنيها", "Italian nationals", "Bonatti employees", "Civilians")),
]
C["snn-a51b31481e02"] = []
REG = lambda: actor("Syrian government forces", "Syrian regime", "قوات النظام", "Syrian Arab Army")
REGAIR = lambda: actor("Syrian government forces", "Syrian Air Force", "الطيران الحربي", "الطيران المروحي", "طائرات النظام المروحية", "قوات النظام")
REB = lambda *x: actor("Syrian rebels", "Syrian opposition", *x)
FH = "غرفة عمليات فتح حلب"
C["snn-ceed705a5cc3"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-24"), loc("Jurud al-Qalamoun", "SY", 34.0, 36.45, 50),
       REG(), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-24"), loc("Beit Jinn", "SY", 33.31376, 35.87972, 25),
       REG(), None),
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-24"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       REG(), None),
    ev("armed_clash", ("2015-07-22", "2015-07-24"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian government forces", "الفرقة الرابعة", "4th Division", "Hezbollah", "حزب الله اللبناني", "حزب الله"),
       REB("الفصائل الاسلامية", "مسلحين محليين", "Islamist factions")),
    ev("armed_clash", ("2015-07-22", "2015-07-24"), loc("Aleppo (Khalidiya, Shihan roundabout, Layramoun)", "SY", 36.203685, 37.172617, 25),
       actor("Syrian government forces", "قوات النظام", "National Defence Forces", "قوات الدفاع الوطني"),
       REB("Fatah Halab", FH, "فتح حلب")),
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-24"), loc("Aleppo (north)", "SY", 36.203685, 37.172617, 25),
       actor("Syrian government forces", "قوات النظام"), REB("Fatah Halab", FH), optional=True),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"), loc("Kuweires military airport", "SY", 36.187, 37.583, 25),
       REGAIR(), ISIS()),
    ev("air_drone_strike", ("2015-07-22", "2015-07-24"), loc("Talbiseh", "SY", 34.84063, 36.73093, 25),
       REGAIR(), None),
    ev("air_drone_strike", ("2015-07-22", "2015-07-24"), loc("Al Ghantu", "SY", 34.82202, 36.69613, 25),
       REGAIR(), None),
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-24"), loc("Al Ghasibiyah", "SY", 34.95521, 36.89962, 25),
       REB("الفصائل المعارضة", "Opposition factions"), REG()),
    ev("armed_clash", ("2015-07-23", "2015-07-24"), loc("Jamiyat al-Zahraa, Aleppo", "SY", 36.203685, 37.172617, 25),
       REB("Ansar al-Sharia", "أنصار الشريعة", "غرفتي أنصار الشريعة وفتح حلب", "Fatah Halab", "فتح حلب"),
       actor("Syrian government forces", "قوات النظام", "Hezbollah", "حزب الله اللبناني", "قوات الدفاع الوطني", "National Defence Forces")),
    ev("armed_clash", ("2015-07-23", "2015-07-24"), loc("Al-Sabaa Bahrat, Old Aleppo", "SY", 36.203685, 37.172617, 25),
       REB("الكتائب المقاتلة", "الكتائب الإسلامية", "Islamist battalions"),
       actor("Syrian government forces", "قوات النظام", "قوات الدفاع الوطني", "National Defence Forces"), optional=True),
]

HOU15 = lambda: actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "جماعة الحوثي المسلحة", "المسلحين الحوثيين", "مسلحي الحوثي", "الحوثيين", "Saleh forces", "أنصار صالح", "قوات صالح")
PRC = lambda *x: actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "مسلحي المقاومة", *x)
TAIZ = (13.57825, 44.017666)
C["snn-1d156d2718cb"] = [
    ev("abduction_forced_disappearance", ("2015-07-25", "2015-07-26"), loc("Hodeidah corniche", "YE", 14.796625, 42.945213, 25),
       HOU15(), actor("سمير المندعي", "نبيل سليمان", "Journalists", "Civilians", "الإعلامي سمير المندعي")),
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-27"), loc("Bab Mashraf market, Hodeidah", "YE", 14.796625, 42.945213, 25),
       HOU15(), actor("البائعين المتجولين", "Civilians", "Street vendors"), optional=True),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), loc("Deir Hajari, Bajil district", "YE", 15.05898, 43.28731, 30),
       PRC("المقاومة الشعبية التهامية", "Tihama Popular Resistance"), HOU15(), fatalities=2, injured=4),
    ev("abduction_forced_disappearance", ("2015-07-24", "2015-07-25"), loc("Hodeidah", "YE", 14.796625, 42.945213, 25),
       HOU15(), actor("فيصل الزبيدي", "Civilians", "University professor")),
    ev("armed_clash", ("2015-07-24", "2015-07-26"), loc("Nisf al-Qamar hall, Hodeidah", "YE", 14.796625, 42.945213, 25),
       actor("مسلحون", "Unidentified gunmen"), HOU15()),
    ev("shelling_artillery_missile_attack", ("2015-07-25", "2015-07-27"), loc("Mashra'a and Hadnan, Jabal Sabir", "YE", 13.537006, 43.997137, 25),
       HOU15(), actor("Civilians", "قريتي مشرعة وحدنان")),
    ev("shelling_artillery_missile_attack", ("2015-07-25", "2015-07-27"), loc("Al-Rawda, Taiz", "YE", TAIZ[0], TAIZ[1], 25),
       HOU15(), actor("Civilians", "مدنيين"), fatalities=[2, 99]),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), loc("Taiz", "YE", TAIZ[0], TAIZ[1], 25),
       PRC(), HOU15(), fatalities=[25, 28], injured=[30, 60]),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), loc("Mashra'a and Hadnan, Jabal Sabir", "YE", 13.537006, 43.997137, 25),
       PRC(), HOU15(), fatalities=[10, 99]),
    ev("government_regains_territory", ("2015-07-25", "2015-07-27"), loc("Street 40, Taiz", "YE", TAIZ[0], TAIZ[1], 25),
       PRC(), HOU15(), optional=True),
    ev("government_regains_territory", ("2015-07-20", "2015-07-27"), loc("Jabal Sabir", "YE", 13.537006, 43.997137, 25),
       PRC(), HOU15(), optional=True),
]
IQSF = lambda: actor("Iraqi security forces", "قوات الأمن العراقية", "قوات الأمن", "الشرطة", "قوات الشرطة", "Police Forces of Iraq")
PROT = lambda: actor("Protesters", "المحتجين", "المتظاهرين", "متظاهرون", "متظاهرين")
C["ant-SK-middleEast-2913-20180715"] = [
    ev("violent_demonstration", ("2018-07-15", "2018-07-15"), loc("Samawah", "IQ", 31.315429, 45.275912, 25),
       PROT(), IQSF(), fatalities=3, injured=160),
    ev("excessive_force_against_protesters", ("2018-07-15", "2018-07-15"), loc("Samawah", "IQ", 31.315429, 45.275912, 25),
       IQSF(), PROT(), fatalities=3, injured=160, optional=True),
    ev("protest_with_intervention", ("2018-07-14", "2018-07-15"), loc("Basra", "IQ", 30.509033, 47.807006, 25),
       PROT(), IQSF()),
    ev("violent_demonstration", ("2018-07-14", "2018-07-15"), loc("Basra", "IQ", 30.509033, 47.807006, 25),
       PROT(), IQSF(), optional=True),
    ev("protest_with_intervention", ("2018-07-14", "2018-07-15"), loc("Zubair oil field", "IQ", 30.39213, 47.70174, 25),
       PROT(), IQSF(), injured=[2, 99]),
    ev("violent_demonstration", ("2018-07-15", "2018-07-15"), loc("Nasiriyah", "IQ", 31.05, 46.26, 25),
       PROT(), IQSF(), injured=40),
    ev("protest_with_intervention", ("2018-07-15", "2018-07-15"), loc("Nasiriyah", "IQ", 31.05, 46.26, 25),
       PROT(), IQSF(), injured=40, optional=True),
    ev("protest_with_intervention", ("2018-07-14", "2018-07-15"), loc("Najaf", "IQ", 31.996, 44.314, 25),
       PROT(), IQSF()),
    ev("violent_demonstration", ("2018-07-14", "2018-07-15"), loc("Karbala", "IQ", 32.607062, 44.03036, 25),
       PROT(), IQSF(), injured=30),
    ev("protest_with_intervention", ("2018-07-14", "2018-07-15"), loc("Karbala", "IQ", 32.607062, 44.03036, 25),
       PROT(), IQSF(), injured=30, optional=True),
]
C["snn-acef5af6b243"] = []
SYAIR = lambda: actor("Syrian government forces", "Syrian Air Force", "طيران النظام", "طيران النظام الحربي والمروحي", "قوات الأسد")
C["snn-8194627f6711"] = [
    ev("air_drone_strike", ("2015-07-17", "2015-07-18"), loc("Maarat Misrin", "SY", 36.01152, 36.67183, 25),
       SYAIR(), actor("Civilians", "المدنيين"), fatalities=20),
    ev("air_drone_strike", ("2015-07-17", "2015-07-18"), loc("Darat Izza", "SY", 36.28247, 36.85216, 25),
       SYAIR(), actor("Civilians", "المدنيين"), fatalities=6),
    ev("air_drone_strike", ("2015-07-17", "2015-07-18"), loc("Al-Bab", "SY", 36.36994, 37.51788, 25),
       SYAIR(), None, fatalities=5),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       SYAIR(), actor("Syrian rebels", "المعارضة المسلحة"), optional=True),
    ev("armed_clash", ("2015-07-19", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian rebels", "المعارضة المسلحة"), actor("Syrian government forces", "قوات الأسد", "Hezbollah", "حزب الله"), optional=True),
]
C["ant-SK-middleEast-1851-20180521"] = [
    ev("government_regains_territory", ("2018-05-19", "2018-05-21"), loc("Al-Buqa front, Saada", "YE", 17.33169, 44.60656, 25),
       actor("Yemeni government forces", "Forces of Hadi government", "قوات اللواء 134", "اللواء 134", "الشرعية", "القوات"),
       actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "مليشيا الحوثيين", "Houthi militia")),
    ev("armed_clash", ("2018-05-19", "2018-05-21"), loc("Al-Buqa front, Saada", "YE", 17.33169, 44.60656, 25),
       actor("Yemeni government forces", "قوات اللواء 134", "اللواء 134", "الشرعية"),
       actor("Houthis", "ميليشيا الحوثي", "مليشيا الحوثيين"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-19", "2018-05-21"), loc("Marib", "YE", 15.46253, 45.32581, 25),
       actor("Houthis", "Ansar Allah", "مليشيات الحوثي", "ميليشيا الحوثي"), actor("Civilians", "مدنيون", "مدنيين"),
       fatalities=3, injured=18),
]
C["ant-SK-internationalNews-440-20180318"] = []

TAL = lambda: actor("Taliban", "طالبان", "المتشددين", "متشددين")
NATO = lambda: actor("NATO", "الناتو", "حلف شمال الأطلسي", "قوات التحالف", "Resolute Support", "Civilians", "مقاولين أفغان")
KAB = (34.52813, 69.17233)
C["snn-69b506cf0d59"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-08"), loc("Camp Integrity, Kabul outskirts", "AF", KAB[0], KAB[1], 25),
       TAL(), NATO(), fatalities=[11, 13]),
    ev("suicide_bomb", ("2015-08-07", "2015-08-08"), loc("Camp Integrity, Kabul outskirts", "AF", KAB[0], KAB[1], 25),
       TAL(), NATO(), fatalities=[11, 13], optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-08"), loc("Camp Integrity, Kabul outskirts", "AF", KAB[0], KAB[1], 25),
       TAL(), NATO(), fatalities=[11, 13], optional=True),
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), loc("Afghan police academy, Kabul", "AF", KAB[0], KAB[1], 25),
       actor("Taliban", "طالبان"), actor("Police Forces of Afghanistan", "أكاديمية الشرطة الأفغانية", "الطلبة", "Police cadets"), fatalities=25),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-07"), loc("Kabul", "AF", KAB[0], KAB[1], 25),
       None, actor("Civilians"), fatalities=15),
]
C["snn-f847834500d4"] = []
C["snn-dc6325306138"] = []
C["ant-CN-economy-42-20180306"] = []
C["snn-e3e163dc7854"] = []
BKM = (34.45, 40.91861)
ISISB = lambda: actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش")
SYREG = lambda: actor("Syrian government forces", "قوات النظام", "ميليشيات موالية له", "جيش النظام", "Pro-government militias")
C["ant-SK-middleEast-2257-20180609"] = [
    ev("armed_clash", ("2018-06-08", "2018-06-09"), loc("Al-Bukamal", "SY", BKM[0], BKM[1], 25),
       ISISB(), SYREG(), fatalities=52),
    ev("non_state_actor_overtakes_territory", ("2018-06-08", "2018-06-08"), loc("Al-Bukamal", "SY", BKM[0], BKM[1], 25),
       ISISB(), SYREG()),
    ev("suicide_bomb", ("2018-06-08", "2018-06-08"), loc("Al-Bukamal", "SY", BKM[0], BKM[1], 25),
       ISISB(), SYREG(), optional=True),
]

COAL15 = lambda: actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف العربي", "طائرات التحالف", "قوات التحالف", "التحالف العربي")
HOUS = lambda: actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي وصالح", "مليشيا الحوثي", "المتمردين", "Saleh forces", "القوات الموالية للرئيس السابق علي عبدالله صالح")
GOVY = lambda: actor("Yemeni government forces", "Forces of Hadi government", "القوات الحكومية", "القوات الشرعية", "القوات الموالية للشرعية", "Popular Resistance", "المقاومة الشعبية", "المقاومة")
C["snn-a0010f19440b"] = [
    ev("air_drone_strike", ("2015-08-08", "2015-08-09"), loc("Al-Mukhdara front, Marib", "YE", 15.55905, 44.9703, 25),
       COAL15(), HOUS()),
    ev("air_drone_strike", ("2015-08-08", "2015-08-09"), loc("Al-Jufaina front, Marib", "YE", 15.46253, 45.32581, 30),
       COAL15(), HOUS()),
    ev("air_drone_strike", ("2015-08-08", "2015-08-09"), loc("Al-Hamza camp, Ibb", "YE", 13.96667, 44.18333, 50),
       COAL15(), HOUS()),
    ev("government_regains_territory", ("2015-08-08", "2015-08-09"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25),
       GOVY(), HOUS()),
    ev("government_regains_territory", ("2015-08-04", "2015-08-09"), loc("Al Dhale", "YE", 13.70, 44.73, 50),
       GOVY(), HOUS(), optional=True),
    ev("government_regains_territory", ("2015-08-07", "2015-08-09"), loc("Hazm al-Udayn district, Ibb", "YE", 14.119302, 43.921764, 30),
       GOVY(), HOUS(), fatalities=[2, 99]),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Hazm al-Udayn district, Ibb", "YE", 14.119302, 43.921764, 30),
       GOVY(), HOUS(), fatalities=[2, 99], optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Hodeidah-Haradh road, Hajjah", "YE", 16.0, 43.2, 75),
       actor("Popular Resistance", "المقاومة"), HOUS(), fatalities=4, injured=2),
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-09"), loc("Hodeidah-Haradh road, Hajjah", "YE", 16.0, 43.2, 75),
       actor("Popular Resistance", "المقاومة"), HOUS(), fatalities=4, injured=2, optional=True),
]
C["ant-SK-sport-297-20180316"] = []
C["ant-CN-middleEast-704-20180423"] = [
    ev("remote_explosive_landmine_ied", ("2017-06-01", "2017-06-30"), loc("Al-Nuri mosque, Mosul", "IQ", 36.34, 43.13, 25),
       ISIS(), None, optional=True),
]
EGSF = lambda: actor("Egyptian security forces", "Police Forces of Egypt", "قوات الأمن المصرية", "رجال الشرطة المصرية", "الشرطة", "Military Forces of Egypt")
C["snn-48e9d153c087"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-10"), loc("Assiut street, Third Arish district", "EG", 31.137657, 33.811283, 25),
       actor("عناصر تكفيرية", "Sinai Province", "Militants"), EGSF(), fatalities=2, injured=3),
    ev("disrupted_weapons_use", ("2015-08-08", "2015-08-10"), loc("Sheikh Zuweid-al-Joura road, south of Sheikh Zuweid", "EG", 31.15, 34.10, 25),
       EGSF(), actor("عناصر تكفيرية", "Militants", "Sinai Province"), fatalities=0, injured=0),
]
C["ant-SK-middleEast-969-20180412"] = [
    ev("chemical_weapon", ("2018-04-05", "2018-04-12"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government", "Syrian regime", "دمشق"), actor("Civilians"), fatalities=[0, 99], optional=True),
]
C["ant-SK-internationalNews-3182-20180909"] = []

C["ant-SK-technology-1026-20180701"] = []
C["ant-SK-internationalNews-1505-20180510"] = []
C["ant-SK-middleEast-2807-20180707"] = []
C["ant-CN-middleEast-1323-20180908"] = [
    ev("air_drone_strike", ("2018-09-08", "2018-09-08"), loc("Idlib province", "SY", 35.93062, 36.63393, 100),
       actor("Russia", "Russian Air Force", "مقاتلات روسية", "Military Forces of Russia"), None, fatalities=4, injured=5),
    ev("shelling_artillery_missile_attack", ("2018-09-08", "2018-09-08"), loc("Koya (Koi Sanjaq)", "IQ", 36.081444, 44.631152, 25),
       actor("Iran", "إيران", "Islamic Revolutionary Guard Corps", "IRGC", "Military Forces of Iran"),
       actor("KDPI", "Kurdistan Democratic Party of Iran", "الحزب الديمقراطي الكردستاني الإيراني", "مقر الحزب الديمقراطي الكردستاني الإيراني"),
       fatalities=12, injured=50),
]
C["snn-d7c0f17d091f"] = []
C["snn-3de86ab1345d"] = [
    ev("government_regains_territory", ("2015-07-27", "2015-08-05"), loc("Al-Anad base, Lahj", "YE", 13.18, 44.77, 50),
       actor("Yemeni government forces", "المقاومة الشعبية", "Popular Resistance"), actor("Houthis", "المتمردين الحوثيين"), optional=True),
]

C["snn-d986d3225a3a"] = [
    ev("armed_clash", ("2015-05-15", "2015-05-16"), loc("Syria", "SY", None, None),
       actor("US special forces", "القوات الأميركية الخاصة", "Military Forces of the United States"),
       actor("Islamic State", "ISIS", "داعش", "ابو سياف"), fatalities=13, optional=True),
]
C["ant-SK-middleEast-2335-20180612"] = []
C["snn-2b1de3394038"] = []
C["snn-8b81c3c3b30e"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-09"), loc("Damascus (Thawra st., Baghdad st., Bab Touma, Abbasiyyin)", "SY", 33.515847, 36.281452, 25),
       actor("Syrian rebels", "الفصائل المقاتلة", "التنظيمات الارهابية", "Rebel factions"),
       actor("Civilians", "المدنيين"), fatalities=11, injured=46),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Northern Aleppo countryside", "SY", 36.47, 37.15, 40),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "التنظيم"), actor("Syrian rebels", "الفصائل المقاتلة", "Rebel factions"), fatalities=28),
    ev("suicide_bomb", ("2015-08-07", "2015-08-09"), loc("Northern Aleppo countryside", "SY", 36.47, 37.15, 40),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "التنظيم"), actor("Syrian rebels", "الفصائل المقاتلة"), fatalities=[0, 28], optional=True),
]
C["ant-SK-internationalNews-1909-20180602"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-56.jsonl"))
