import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

TURK = actor("القوات التركية", "الأتراك", "Turkish Armed Forces", "Turkey", "Turkish military")
CIV = actor("Civilians", "المدنيين", "مدنيا", "مدنيين")
COAL = actor("قوات التحالف", "مقاتلات التحالف", "التحالف", "Saudi-led coalition", "Arab Coalition")
HOU = actor("الحوثيين", "حوثياً", "Houthis", "Ansar Allah")
ISR = actor("Israel", "Israeli Defense Forces", "IDF", "إسرائيل", "الجيش الإسرائيلي")
BH = actor("بوكو حرام", "جماعة بوكو حرام", "المسلحون", "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")

C["ant-SK-internationalNews-1519-20180511"] = []
C["snn-e2ffec552439"] = [
    ev("arrests", ("2015-07-20", "2015-07-20"), loc("Bremen", "DE", 53.08, 8.80, 50),
       actor("السلطات الألمانية", "German police", "Police Forces of Germany", "German authorities"),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh")),
]
C["ant-SK-middleEast-336-20180316"] = [
    ev("air_drone_strike", ("2018-03-15", "2018-03-16"), loc("Afrin", "SY", 36.512, 36.870, 25),
       TURK, CIV, fatalities=[0, 18], injured=[0, 45]),
    ev("shelling_artillery_missile_attack", ("2018-03-15", "2018-03-16"), loc("Afrin", "SY", 36.512, 36.870, 25),
       TURK, CIV, fatalities=[0, 18], injured=[0, 45]),
    ev("armed_clash", ("2018-03-14", "2018-03-16"), loc("North Afrin", "SY", 36.60, 36.87, 30),
       TURK, actor("وحدات حماية الشعب الكردي", "القوات الكردية", "YPG", "People's Protection Units", "Kurdish forces"),
       optional=True),
]
C["ant-CN-middleEast-1048-20180530"] = [
    ev("air_drone_strike", ("2018-05-29", "2018-05-30"), loc("Gaza Strip", "PS", 31.42, 34.38, 30), ISR, None, optional=True),
]
C["snn-3bd633e92247"] = [
    ev("air_drone_strike", ("2015-07-31", "2015-08-01"), loc("Al Jufaynah", "YE", 15.4137, 45.2788, 25),
       COAL, HOU, fatalities=[0, 25], injured=[0, 15]),
    ev("air_drone_strike", ("2015-07-31", "2015-08-01"), loc("Al Balaq", "YE", 15.36, 45.32, 25),
       COAL, HOU, fatalities=[0, 25], injured=[0, 15]),
    ev("armed_clash", ("2015-07-25", "2015-08-01"), loc("Marib", "YE", 15.4626, 45.3258, 100),
       HOU, actor("المقاومة الشعبية", "Popular Resistance"), optional=True),
]
C["ant-SK-internationalNews-1121-20180424"] = [
    ev("attack", ("2018-04-23", "2018-04-23"), loc("Gamboru", "NG", 12.37, 14.21, 50),
       BH, actor("Civilians", "عاملا", "Woodcutters"), fatalities=18),
    ev("remote_explosive_landmine_ied", ("2018-04-23", "2018-04-23"), loc("Wumbi", "NG", 10.68, 13.27, 75),
       BH, actor("Civilians", "مدنيين"), fatalities=3, injured=11),
]

GOVYE = actor("القوات الشرعية", "قوات الشرعية", "Military Forces of Yemen", "Yemeni government forces", "Hadi government forces", "Yemeni army")
HOU2 = actor("ميليشيات الحوثي", "الميليشيات", "الحوثيين", "الحوثي", "المتمردين", "الانقلابية", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-1139-20180420"] = [
    ev("disrupted_weapons_use", ("2018-04-20", "2018-04-20"), loc("Jazan", "SA", 16.889, 42.551, 50),
       actor("الدفاع الجوي السعودي", "Saudi air defense", "Military Forces of Saudi Arabia", "Saudi Arabia"), HOU2),
    ev("shelling_artillery_missile_attack", ("2018-04-20", "2018-04-20"), loc("Jazan", "SA", 16.889, 42.551, 50),
       HOU2, actor("Saudi Arabia", "السعودية", "المملكة"), optional=True),
    ev("armed_clash", ("2018-04-18", "2018-04-20"), loc("Taiz", "YE", 13.58, 44.02, 25), HOU2, GOVYE),
    ev("armed_clash", ("2018-04-18", "2018-04-20"), loc("As Salw", "YE", 13.329, 44.217, 25), GOVYE, HOU2),
    ev("armed_clash", ("2018-04-18", "2018-04-20"), loc("Hayfan", "YE", 13.318, 44.280, 25), GOVYE, HOU2),
    ev("air_drone_strike", ("2018-04-18", "2018-04-20"), loc("Haydan district", "YE", 16.714, 43.456, 30),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU2),
    ev("air_drone_strike", ("2018-04-18", "2018-04-20"), loc("Az Zahir district", "YE", 16.889, 43.378, 30),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU2),
    ev("armed_clash", ("2018-04-18", "2018-04-20"), loc("Mafraq al-Mukha", "YE", 13.29, 43.52, 30), GOVYE, HOU2),
    ev("air_drone_strike", ("2018-04-18", "2018-04-20"), loc("Mafraq al-Mukha", "YE", 13.29, 43.52, 30),
       actor("مروحيات التحالف", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU2),
    ev("shelling_artillery_missile_attack", ("2018-04-18", "2018-04-20"), loc("Al Malajim district", "YE", 14.36, 45.39, 30),
       GOVYE, HOU2, fatalities=[2, 99], injured=[2, 99]),
]
C["ant-CN-middleEast-346-20180323"] = []
C["snn-b6b92c517b3a"] = [
    ev("suicide_bomb", ("2015-08-01", "2015-08-02"), loc("Dogubayazit (east Turkey)", "TR", 39.547, 44.084, 150),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"),
       actor("الدرك", "Gendarmerie", "Military Forces of Turkey", "Turkish Gendarmerie"), fatalities=2, injured=31, optional=True),
]
C["snn-e3cd8133cd1a"] = []
C["snn-acac776bd402"] = [
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-05"), loc("Ad Dalil, Ibb", "YE", 14.109, 44.195, 25),
       actor("ميليشيا الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), actor("Civilians", "العاملين والطلاب", "ملتقى شباب الفرقان")),
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-07"), loc("Hazm al-Udayn district", "YE", 14.119, 43.922, 30),
       actor("الميليشيا", "ميليشيا الحوثي", "Houthis", "Ansar Allah"),
       actor("مرتضى محمد أحمد الشعوري", "حزب صالح", "General People's Congress", "GPC"), optional=True),
]
C["ant-SK-sport-749-20180418"] = []


PROT_IQ = actor("المتظاهرين", "المحتجين", "متظاهرين", "Protesters", "Protesters (Iraq)")
SEC_IQ = actor("قوات الأمن", "رجال الأمن", "الأمن", "الشرطة", "Police Forces of Iraq", "Iraqi security forces", "Military Forces of Iraq")
C["snn-95a47cfa52d0"] = [
    ev("peaceful_protest", ("2015-07-30", "2015-08-06"), loc("Al Amarah", "IQ", 31.836, 47.144, 25), PROT_IQ, None, optional=True),
    ev("peaceful_protest", ("2015-07-30", "2015-08-06"), loc("Nasiriyah", "IQ", 31.05, 46.26, 25), PROT_IQ, None, optional=True),
    ev("peaceful_protest", ("2015-07-30", "2015-08-06"), loc("Al Hillah", "IQ", 32.464, 44.420, 25), PROT_IQ, None, optional=True),
]
C["snn-ed05c2f5bd5d"] = []
C["snn-ce21d50cd0c0"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-09"), loc("Latakia", "SY", 35.531, 35.790, 25),
       actor("المعتصمون", "Protesters", "Protesters (Syria)"), None),
    ev("attack", ("2015-08-06", "2015-08-07"), loc("Latakia", "SY", 35.531, 35.790, 25),
       actor("سليمان هلال الأسد", "سليمان الأسد", "Suleiman al-Assad"), actor("العقيد حسان الشيخ", "Hassan al-Sheikh"),
       fatalities=1, optional=True),
]
C["ant-SK-economy-1374-20181005"] = []
C["snn-dc6b8baf7f3d"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-24"), loc("An Nawfaliyah", "LY", 30.778, 17.835, 25),
       actor("تنظيم الدولة الإسلامية", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("Civilians", "مسيحيين أفارقة", "ثلاثة مسيحيين", "Christians")),
]
C["ant-SK-middleEast-2909-20180715"] = [
    ev("violent_demonstration", ("2018-07-13", "2018-07-15"), loc("Al Muthanna (Samawah)", "IQ", 31.332, 45.294, 100),
       PROT_IQ, SEC_IQ, fatalities=[2, 99]),
    ev("excessive_force_against_protesters", ("2018-07-13", "2018-07-15"), loc("Al Muthanna (Samawah)", "IQ", 31.332, 45.294, 100),
       SEC_IQ, PROT_IQ, fatalities=[2, 99], optional=True),
    ev("violent_demonstration", ("2018-07-13", "2018-07-15"), loc("Diwaniyah", "IQ", 31.993, 44.926, 25),
       PROT_IQ, SEC_IQ, injured=10),
    ev("excessive_force_against_protesters", ("2018-07-13", "2018-07-15"), loc("Diwaniyah", "IQ", 31.993, 44.926, 25),
       SEC_IQ, PROT_IQ, injured=10, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-13", "2018-07-15"), loc("Dhi Qar (Nasiriyah)", "IQ", 31.05, 46.26, 100),
       SEC_IQ, PROT_IQ, optional=True),
    ev("violent_demonstration", ("2018-07-15", "2018-07-15"), loc("Basra", "IQ", 30.533, 47.797, 25),
       PROT_IQ, SEC_IQ, injured=[4, 99]),
    ev("violent_demonstration", ("2018-07-13", "2018-07-13"), loc("Najaf airport", "IQ", 31.99, 44.40, 25),
       PROT_IQ, None),
    ev("peaceful_protest", ("2018-07-13", "2018-07-15"), loc("Umm Qasr", "IQ", 30.036, 47.920, 25),
       PROT_IQ, None),
]

WC = actor("ألوية العمالقة", "المقاومة الوطنية", "المقاومة التهامية", "المقاومة اليمنية", "قوات المقاومة اليمنية", "Giants Brigades", "National Resistance", "Tihama Resistance", "Yemeni government forces", "Military Forces of Yemen")
C["snn-44542ee4d69d"] = []
C["ant-SK-middleEast-2722-20180703"] = []
C["ant-SK-middleEast-1954-20180526"] = [
    ev("government_regains_territory", ("2018-05-24", "2018-05-26"), loc("Al Jah (Bayt al-Faqih)", "YE", 14.35, 43.17, 30), WC, HOU2),
    ev("government_regains_territory", ("2018-05-20", "2018-05-26"), loc("Al Maghras / Al Jabaliya (At Tuhayta)", "YE", 14.15, 43.20, 30), WC, HOU2, optional=True),
    ev("government_regains_territory", ("2018-05-20", "2018-05-26"), loc("Mafraq Zabid", "YE", 14.18, 43.25, 30), WC, HOU2, optional=True),
    ev("armed_clash", ("2018-05-24", "2018-05-26"), loc("West coast, Hodeidah", "YE", 14.25, 43.20, 60), WC, HOU2, optional=True),
    ev("air_drone_strike", ("2018-05-24", "2018-05-26"), loc("West coast, Hodeidah", "YE", 14.25, 43.20, 60),
       actor("طيران التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU2, optional=True),
]
C["ant-SK-middleEast-1924-20180524"] = [
    ev("remote_explosive_landmine_ied", ("2018-05-22", "2018-05-24"), loc("Benghazi", "LY", 32.115, 20.069, 25),
       None, None, fatalities=[2, 99], injured=[2, 99]),
]
C["snn-af28e79c8c5a"] = [
    ev("armed_clash", ("2015-08-06", "2015-08-08"), loc("Maymana, Sinnuris (Fayoum)", "EG", 29.418, 30.824, 25),
       actor("مسلحين", "Unidentified Armed Group", "gunmen"), actor("شرطي", "Police Forces of Egypt", "Egyptian police"),
       fatalities=1, injured=3),
    ev("attack", ("2015-08-06", "2015-08-08"), loc("Maymana, Sinnuris (Fayoum)", "EG", 29.418, 30.824, 25),
       actor("مسلحين", "Unidentified Armed Group", "gunmen"), actor("شرطي", "Police Forces of Egypt", "Egyptian police"),
       fatalities=1, injured=3, optional=True),
]
C["ant-SK-internationalNews-2553-20180709"] = []

C["snn-0f52447fffe4"] = []
C["snn-2b352f936398"] = [
    ev("suicide_bomb", ("2015-08-02", "2015-08-09"), loc("Abha", "SA", 18.216, 42.505, 50),
       actor("داعش", "الدواعش", "Islamic State", "ISIS", "Daesh"), None, optional=True),
]
C["snn-16d8f54ba911"] = []
C["ant-SK-middleEast-793-20180405"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-01", "2018-03-31"), loc("Al Qadam, Damascus", "SY", 33.47, 36.29, 10),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), actor("قوات النظام", "Syrian government forces", "Military Forces of Syria"), optional=True),
]
C["snn-6ea7ee8be3e1"] = []
C["snn-d88ca0702dcf"] = []
C["snn-998f9be1ece5"] = []
C["ant-SK-middleEast-276-20180313"] = []
C["ant-SK-middleEast-1870-20180522"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 40),
       actor("إيران", "Iran", "IRGC", "Quds Force"), ISR, optional=True),
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Syria", "SY", None, None),
       ISR, actor("إيران", "Iran", "IRGC", "Quds Force"), optional=True),
]
C["ant-SK-internationalNews-2851-20180801"] = []
COAL2 = actor("مقاتلات التحالف العربي", "مقاتلات التحالف", "التحالف العربي", "Saudi-led coalition", "Arab Coalition")
HOU3 = actor("ميليشيات الحوثي", "المليشيات الحوثية", "المتمردين الحوثيين", "الميليشيات", "الحوثي", "Houthis", "Ansar Allah")
GOV3 = actor("الجيش اليمني", "القوات الحكومية", "القوات الشرعية", "Yemeni army", "Military Forces of Yemen", "Yemeni government forces")
C["ant-SK-middleEast-521-20180324"] = [
    ev("government_regains_territory", ("2018-03-24", "2018-03-24"), loc("Tabbat al-Ism camp, Bart al-Anan", "YE", 16.893, 44.517, 30), GOV3, HOU3),
    ev("armed_clash", ("2018-03-20", "2018-03-24"), loc("Tabbat al-Ism camp, Bart al-Anan", "YE", 16.893, 44.517, 30), GOV3, HOU3, optional=True),
    ev("air_drone_strike", ("2018-03-22", "2018-03-24"), loc("Al Maslub district", "YE", 16.114, 44.558, 30), COAL2, HOU3, fatalities=[0, 99], injured=[0, 99]),
    ev("air_drone_strike", ("2018-03-22", "2018-03-24"), loc("Al Matun district", "YE", 16.272, 44.635, 30), COAL2, HOU3, fatalities=[0, 99], injured=[0, 99]),
    ev("air_drone_strike", ("2018-03-22", "2018-03-24"), loc("Midi", "YE", 16.321, 42.813, 25), COAL2, HOU3),
    ev("armed_clash", ("2018-03-22", "2018-03-24"), loc("Karish, Lahij", "YE", 13.365, 44.490, 25), GOV3, HOU3),
    ev("government_regains_territory", ("2018-03-20", "2018-03-24"), loc("Karish, Lahij", "YE", 13.365, 44.490, 25), GOV3, HOU3, optional=True),
    ev("air_drone_strike", ("2018-03-22", "2018-03-24"), loc("Hamala, Karish", "YE", 13.365, 44.490, 25), COAL2, HOU3),
    ev("air_drone_strike", ("2018-03-22", "2018-03-24"), loc("Al Jarbub near Ar Rahidah", "YE", 13.37, 44.35, 25), COAL2, HOU3),
]
C["ant-SK-middleEast-1513-20180508"] = [
    ev("government_regains_territory", ("2018-04-20", "2018-05-08"), loc("Al Barh", "YE", 13.44, 43.70, 30), WC, HOU2, optional=True),
]

C["ant-SK-internationalNews-724-20180401"] = []
C["ant-SK-middleEast-2056-20180531"] = [
    ev("armed_clash", ("2018-05-30", "2018-05-31"), loc("West coast towards Hodeidah", "YE", 14.30, 43.10, 80),
       actor("قوات المقاومة اليمنية", "المقاومة الوطنية", "المقاومة اليمنية", "National Resistance", "Yemeni government forces", "Military Forces of Yemen"),
       HOU2, fatalities=93, optional=True),
]
SYR = actor("قوات النظام", "قوات النظام السوري", "مروحيات تابعة للنظام", "Syrian government forces", "Military Forces of Syria", "Syrian regime")
OPP = actor("الفصائل المعارضة", "Syrian opposition", "rebels", "Civilians", "المدنيين")
C["ant-SK-middleEast-2584-20180625"] = [
    ev("shelling_artillery_missile_attack", ("2018-06-24", "2018-06-25"), loc("Daraa", "SY", 32.618, 36.102, 25), SYR, OPP),
    ev("air_drone_strike", ("2018-06-25", "2018-06-25"), loc("Daraa (west of the city)", "SY", 32.618, 36.102, 25), SYR, OPP),
    ev("shelling_artillery_missile_attack", ("2018-06-19", "2018-06-25"), loc("Eastern Daraa countryside", "SY", 32.70, 36.35, 40), SYR, OPP, optional=True),
]
C["ant-CN-middleEast-806-20180505"] = []
C["snn-35eb35857a99"] = []
C["ant-SK-internationalNews-1716-20180522"] = []

C["snn-d3162ea13248"] = []
RES_ADEN = actor("المقاومة", "المقاومة الشعبية", "Popular Resistance", "Southern Resistance", "Yemeni government forces")
C["snn-89dd799569ec"] = [
    ev("government_regains_territory", ("2015-07-17", "2015-07-24"), loc("Maashiq mountains, Aden", "YE", 12.78, 45.04, 25),
       RES_ADEN, actor("الحوثي", "حوثيا", "Houthis", "Ansar Allah"), optional=True),
    ev("arrests", ("2015-07-17", "2015-07-24"), loc("Maashiq mountains, Aden", "YE", 12.78, 45.04, 25),
       RES_ADEN, actor("الحوثي", "حوثيا", "Houthis", "Ansar Allah"), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-17", "2015-07-24"), loc("Maashiq mountains, Aden", "YE", 12.78, 45.04, 25),
       RES_ADEN, actor("الحوثي", "حوثيا", "Houthis", "Ansar Allah"), optional=True),
]
RU = actor("طائرة حربية روسية", "روسيا", "Russia", "Russian Air Force", "Military Forces of Russia", "Syrian government forces", "قوات النظام السوري")
SYR2 = actor("قوات النظام السوري", "قوات النظام", "Syrian government forces", "Military Forces of Syria", "Russia", "Russian Air Force")
C["ant-SK-middleEast-222-20180311"] = [
    ev("air_drone_strike", ("2018-03-10", "2018-03-10"), loc("Harasta", "SY", 33.559, 36.365, 25), RU, CIV, fatalities=11, injured=[2, 99]),
    ev("air_drone_strike", ("2018-03-10", "2018-03-10"), loc("Douma", "SY", 33.572, 36.403, 25), SYR2, CIV, fatalities=20),
    ev("air_drone_strike", ("2018-03-10", "2018-03-10"), loc("Arbin", "SY", 33.537, 36.366, 25), SYR2, CIV, fatalities=5, injured=[2, 99]),
    ev("shelling_artillery_missile_attack", ("2018-03-10", "2018-03-10"), loc("Arbin", "SY", 33.537, 36.366, 25), SYR2, CIV, fatalities=5, injured=[2, 99], optional=True),
]
C["snn-b0a1837c09b6"] = []
C["snn-5285bceaa56b"] = []
write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-62.jsonl"))
