import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

IS = ("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "التنظيم")
CIV = ("Civilians", "مدنيين", "المدنيين", "مدنيون")

C["snn-8cd6a58280c0"] = []
C["snn-e038a7518755"] = []
C["snn-4bfd4b32e8dc"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-21"),
       loc("New Baghdad", "IQ", 33.30473, 44.486948, 25),
       actor(*IS), actor(*CIV), fatalities=19, injured=43),
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-21"),
       loc("Zafaraniya, Baghdad", "IQ", 33.253653, 44.507855, 25),
       actor(*IS), actor(*CIV), fatalities=4, injured=10),
    ev("suicide_bomb", ("2015-07-21", "2015-07-21"),
       loc("Tarmiyah", "IQ", 33.67444, 44.39583, 25),
       None, actor("Iraqi security forces", "Iraqi Army", "Iraqi Police", "الجيش", "الشرطة", "عناصر من الجيش والشرطة"),
       fatalities=3, injured=9),
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-21"),
       loc("Mandali", "IQ", 33.7481, 45.55503, 25),
       None, actor(*CIV), fatalities=4),
    ev("suicide_bomb", ("2015-07-17", "2015-07-17"),
       loc("Khan Bani Saad", "IQ", 33.56556, 44.54345, 25),
       actor(*IS), actor(*CIV), fatalities=90, optional=True),
]
C["snn-b145cb95a0fb"] = []
C["snn-c054df66d346"] = []
C["ant-SK-middleEast-849-20180408"] = [
    ev("attack", ("2018-04-08", "2018-04-08"),
       loc("Mishor Adumim", "PS", 31.8, 35.33333, 25),
       actor("Palestinian", "فلسطيني", "الفلسطيني", "Palestinian attacker"),
       actor("Israeli civilians", "إسرائيلي", "الإسرائيلي", "Civilians", "Israeli settlers"),
       injured=1),
    ev("attack", ("2018-04-08", "2018-04-08"),
       loc("Mishor Adumim", "PS", 31.8, 35.33333, 25),
       actor("Israeli settlers", "مستوطن", "مدني إسرائيلي", "Israeli civilian"),
       actor("Palestinian", "فلسطيني", "الفلسطيني", "Civilians"),
       injured=1, optional=True),
    ev("excessive_force_against_protesters", ("2018-04-06", "2018-04-06"),
       loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Israeli army", "IDF", "الجيش الإسرائيلي", "Israeli Defense Forces"),
       actor("Palestinian protesters", "Protesters", "مسيرة العودة"),
       fatalities=10, injured=1354, optional=True),
]

C["snn-f317ba4030be"] = []
C["snn-b5f334b06613"] = [
    ev("peaceful_protest", ("2015-08-09", "2015-08-11"),
       loc("Barzilai hospital, Ashkelon", "IL", 31.67, 34.57, 25),
       actor("Mohammed Allan", "محمد نصر الله علان", "الأسير علان", "Palestinian prisoners"), None,
       optional=True),
]
C["snn-831108f1316b"] = []
C["snn-79f28a023b9e"] = []
HOU = ("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الميليشيات الحوثية", "الحوثيين", "ميليشيا الحوثي وصالح",
       "قوات صالح", "Saleh forces", "Houthi-Saleh forces", "المتمردين", "ميليشيات الحوثي والمخلوع صالح")
RES = ("Popular Resistance", "المقاومة الشعبية", "المقاومة", "المقاومة الشعبية الجنوبية", "Southern Resistance",
       "الجيش الوطني", "Hadi forces", "القوات الموالية لهادي", "Yemeni government forces")
COAL = ("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "طائرات التحالف", "طائرات التحالف العربي", "التحالف")
C["snn-e6af626523ac"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-03"),
       loc("Sabr, Lahij", "YE", 13.0025, 44.91167, 25),
       actor(*RES), actor(*HOU), optional=True),
    ev("armed_clash", ("2015-08-02", "2015-08-02"),
       loc("Al Bayda province", "YE", 13.978998, 45.574003, 100),
       actor(*RES), actor(*HOU), fatalities=[10, 99]),
    ev("armed_clash", ("2015-08-01", "2015-08-03"),
       loc("Zinjibar", "YE", 13.12871, 45.38073, 25),
       actor(*RES), actor(*HOU), optional=True),
    ev("government_regains_territory", ("2015-07-27", "2015-08-03"),
       loc("Al Kawd", "YE", 13.08861, 45.36472, 25),
       actor(*RES), actor(*HOU), optional=True),
    ev("armed_clash", ("2015-08-01", "2015-08-03"),
       loc("Lawdar", "YE", 13.88282, 45.86859, 25),
       actor(*RES), actor(*HOU), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-03"),
       loc("Sanah, Al Dhale", "YE", 13.76, 44.72, 30),
       actor(*RES), actor(*HOU)),
    ev("air_drone_strike", ("2015-08-02", "2015-08-02"),
       loc("Al Anad air base", "YE", 13.18, 44.77, 25),
       actor(*COAL), actor(*HOU)),
    ev("armed_clash", ("2015-08-01", "2015-08-03"),
       loc("Al Hawtah, Lahij", "YE", 13.05667, 44.88194, 25),
       actor(*RES), actor(*HOU), optional=True),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"),
       loc("15th Brigade camp, Zinjibar", "YE", 13.12871, 45.38073, 25),
       actor(*COAL), actor(*HOU), fatalities=[1, 99], injured=[1, 99]),
    ev("armed_clash", ("2015-08-01", "2015-08-03"),
       loc("15th Brigade camp, Zinjibar", "YE", 13.12871, 45.38073, 25),
       actor(*RES), actor(*HOU)),
]
C["snn-9fa8aa99ca6f"] = []

SYGOV = ("Syrian government forces", "Syrian regime", "النظام السوري", "قوات النظام", "القوات الحكومية", "الجيش العربي السوري", "Syrian Army")
REB = ("Syrian rebels", "Syrian opposition", "فصائل المعارضة", "الفصائل المسلحة", "الفصائل", "الفصائل المعارضة", "Rebel factions")
C["ant-CN-middleEast-591-20180412"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor(*SYGOV), actor(*CIV)),
]
C["ant-SK-middleEast-2699-20180702"] = [
    ev("armed_clash", ("2018-06-18", "2018-07-02"),
       loc("Daraa province", "SY", 32.61889, 36.10213, 100),
       actor(*SYGOV), actor(*REB), optional=True),
]
C["ant-SK-middleEast-3007-20180720"] = [
    ev("agreement", ("2018-07-19", "2018-07-19"),
       loc("Quneitra province", "SY", 33.12594, 35.82461, 100),
       actor("Russia", "روسيا", "Russian forces"), actor(*REB)),
    ev("armed_clash", ("2018-07-15", "2018-07-15"),
       loc("Quneitra province", "SY", 33.12594, 35.82461, 100),
       actor(*SYGOV), actor(*REB), optional=True),
]
C["snn-058d1c70ca4a"] = []
C["snn-4735ece7d2b4"] = []
C["ant-SK-internationalNews-740-20180402"] = []

C["ant-SK-middleEast-479-20180322"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-22", "2018-03-22"),
       loc("Mogadishu", "SO", 2.03711, 45.34375, 25),
       None, actor(*CIV), fatalities=14, injured=[2, 99]),
]
C["snn-1ce05b43dd35"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"),
       loc("Maroua", "CM", 10.591, 14.316, 50),
       actor("انتحاريتان", "female suicide bombers", "Boko Haram"), actor(*CIV),
       fatalities=20, injured=[10, 99]),
]
C["snn-001ef1fbb905"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-09"),
       loc("Al Arish (Al Zohour district)", "EG", 31.13159, 33.79844, 25),
       actor("عناصر مسلحة", "Militants", "Unidentified armed group"),
       actor("Egyptian police", "قوات الشرطة", "Police Forces of Egypt"),
       fatalities=2, injured=3),
    ev("armed_clash", ("2015-08-08", "2015-08-10"),
       loc("Badr markets, Suez", "EG", 29.97371, 32.52627, 25),
       actor("Egyptian Army", "الجيش الثالث الميداني", "Third Field Army", "عناصر التأمين"),
       actor("العناصر الإرهابية", "Militants", "Terrorists"),
       fatalities=1),
    ev("arrests", ("2015-08-08", "2015-08-10"),
       loc("North Sinai", "EG", 31.13159, 33.79844, 100),
       actor("قوات الأمن بشمال سيناء", "Egyptian security forces", "مديرية أمن شمال سيناء"), None,
       optional=True),
]
C["snn-005ed0cdb3ec"] = []
C["ant-SK-internationalNews-518-20180322"] = [
    ev("attack", ("2018-03-04", "2018-03-04"),
       loc("Salisbury", "GB", 51.07, -1.79, 25),
       actor("Russia", "روسيا", "موسكو"), actor("Sergei Skripal", "سيرغي سكريبال", "Yulia Skripal"),
       optional=True),
]
C["snn-e418eeb41171"] = []

C["snn-f4597aade066"] = [
    ev("grenade", ("2015-07-20", "2015-07-21"),
       loc("Bujumbura", "BI", -3.38, 29.36, 30),
       None, None, fatalities=[0, 1]),
    ev("attack", ("2015-07-20", "2015-07-21"),
       loc("Bujumbura", "BI", -3.38, 29.36, 30),
       None, actor("مسؤول محلي لحزب معارض", "Opposition party official", "Civilians", "مدني"),
       fatalities=1, optional=True),
]
C["snn-c9508bf83ccb"] = []
C["snn-70341a903e72"] = [
    ev("government_regains_territory", ("2015-07-21", "2015-07-23"),
       loc("Abyan (Lawdar area)", "YE", 13.88282, 45.86859, 60),
       actor(*RES), actor(*HOU), optional=True),
    ev("armed_clash", ("2015-07-21", "2015-07-23"),
       loc("Al Ain, Mudiyah district", "YE", 13.904847, 46.228348, 30),
       actor(*RES), actor(*HOU)),
    ev("armed_clash", ("2015-07-21", "2015-07-23"),
       loc("Al Wadi, Lawdar", "YE", 13.7721, 46.01785, 25),
       actor(*RES), actor(*HOU)),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"),
       loc("Lawdar", "YE", 13.88282, 45.86859, 25),
       actor(*COAL), actor(*HOU), optional=True),
    ev("air_drone_strike", ("2015-07-16", "2015-07-23"),
       loc("Shuqrah coast", "YE", 13.35677, 45.69709, 50),
       actor(*COAL), actor(*HOU), optional=True),
    ev("government_regains_territory", ("2015-07-21", "2015-07-23"),
       loc("Al Nakhila, Al Musaymir district", "YE", 13.452567, 44.615715, 30),
       actor(*RES), actor(*HOU)),
    ev("armed_clash", ("2015-07-21", "2015-07-23"),
       loc("Labouza camp / Al Anad air base", "YE", 13.18, 44.77, 25),
       actor(*RES), actor(*HOU), fatalities=[1, 99], injured=[1, 99]),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"),
       loc("Al Husseini, Lahij", "YE", 13.05667, 44.88194, 30),
       actor(*COAL), actor(*HOU)),
    ev("air_drone_strike", ("2015-07-22", "2015-07-22"),
       loc("Al Manar camp, Al Haymah Al Kharijiyah", "YE", 15.0168, 43.86383, 30),
       actor(*COAL), actor("Republican Guard", "الحرس الجمهوري", *HOU)),
    ev("armed_clash", ("2015-07-21", "2015-07-23"),
       loc("Al Jufaynah, Marib", "YE", 15.4137, 45.27884, 25),
       actor(*RES), actor(*HOU), fatalities=13),
    ev("abduction_forced_disappearance", ("2015-07-21", "2015-07-23"),
       loc("Al Jufaynah, Marib", "YE", 15.4137, 45.27884, 25),
       actor(*RES), actor(*HOU), optional=True),
]
C["ant-SK-economy-1244-20180902"] = []
C["ant-SK-middleEast-1955-20180526"] = [
    ev("violent_demonstration", ("2018-05-24", "2018-05-24"),
       loc("Al Amari camp, Ramallah", "PS", 31.89, 35.21, 25),
       actor("فلسطيني", "Palestinian", "Palestinian rioters", "Rioters"),
       actor("Israeli army", "IDF", "الجيش الإسرائيلي", "دوفدوفان", "Duvdevan", "المستعربين", "Israeli special forces"),
       fatalities=1),
    ev("attack", ("2018-05-24", "2018-05-24"),
       loc("Al Amari camp, Ramallah", "PS", 31.89, 35.21, 25),
       actor("فلسطيني", "Palestinian"),
       actor("Israeli army", "IDF", "دوفدوفان", "Duvdevan", "المستعربين", "Israeli special forces"),
       fatalities=1, optional=True),
    ev("arrests", ("2018-05-24", "2018-05-24"),
       loc("Al Amari camp, Ramallah", "PS", 31.89, 35.21, 25),
       actor("Israeli army", "IDF", "دوفدوفان", "Duvdevan", "المستعربين", "Israeli special forces"),
       actor("فلسطينيين", "Palestinians"), optional=True),
]
C["ant-SK-internationalNews-2061-20180610"] = [
    ev("attack", ("2018-06-08", "2018-06-09"),
       loc("Jinotega", "NI", 13.09, -86.0, 25),
       None, actor("متظاهرين", "Protesters", "Civilians"), fatalities=1),
    ev("attack", ("2018-06-08", "2018-06-09"),
       loc("Managua", "NI", 12.13, -86.25, 25),
       actor("مسلحان", "Unidentified gunmen"), actor("شاب", "Civilians"), fatalities=1, optional=True),
    ev("attack", ("2018-06-09", "2018-06-09"),
       loc("Masaya", "NI", 11.97, -86.09, 25),
       None, actor("Civilians", "رجلا"), fatalities=1, optional=True),
]

C["snn-156421a74d96"] = []
C["snn-1b024295000f"] = [
    ev("suicide_bomb", ("2015-07-19", "2015-07-21"),
       loc("Suruc", "TR", 36.976, 38.425, 25),
       actor(*IS), actor("ناشطين", "Civilians", "Activists", "الناشطين الشبان"),
       fatalities=30, injured=[90, 110]),
]
C["snn-7e41a8798ccb"] = [
    ev("arrests", ("2015-07-01", "2015-07-22"),
       loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "أجهزة الأمن", "وزارة الداخلية"), actor(*IS),
       optional=True),
]
C["ant-SK-middleEast-470-20180322"] = [
    ev("air_drone_strike", ("2018-03-22", "2018-03-22"),
       loc("border villages, Iraqi Kurdistan", "IQ", 37.2, 44.0, 100),
       actor("Turkish Air Force", "الطائرات الحربية التركية", "Turkey", "Military Forces of Turkey"),
       actor(*CIV), fatalities=4, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-03-16", "2018-03-22"),
       loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Turkish forces", "القوات التركية", "الفصائل السورية الموالية لأنقرة", "Free Syrian Army", "Turkish-backed factions"),
       actor("Kurdish fighters", "YPG", "المقاتلين الأكراد"), optional=True),
    ev("looting_property_destruction", ("2018-03-16", "2018-03-22"),
       loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("الفصائل السورية الموالية لأنقرة", "Turkish-backed factions", "Free Syrian Army"), actor(*CIV),
       optional=True),
]
C["ant-SK-middleEast-2729-20180703"] = []
C["ant-SK-technology-783-20180529"] = []

C["snn-df56dd763665"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-07"),
       loc("Pakistani border (Line of Control)", "PK", None, None),
       actor("Indian forces", "القوات الهندية", "Military Forces of India", "الهند"),
       actor(*CIV), fatalities=4, injured=22, optional=True),
]
C["ant-SK-middleEast-2132-20180604"] = [
    ev("peaceful_protest", ("2018-05-30", "2018-06-04"),
       loc("Amman", "JO", 31.88933, 35.885051, 25),
       actor("Protesters", "المتظاهرين", "Jordanian protesters"), None, optional=True),
]
C["snn-c8a2ba286c20"] = []
C["ant-SK-middleEast-3655-20180912"] = []
C["ant-SK-middleEast-2501-20180620"] = [
    ev("shelling_artillery_missile_attack", ("2018-06-20", "2018-06-20"),
       loc("Hays district", "YE", 13.9317, 43.4831, 30),
       actor("ميليشيات الحوثي", "Houthis", "Ansar Allah", "الميليشيات"), actor(*CIV),
       fatalities=9),
    ev("shelling_artillery_missile_attack", ("2018-06-17", "2018-06-18"),
       loc("Hajlan Muris village, Hodeidah", "YE", 14.796625, 42.945213, 100),
       actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"), actor(*CIV),
       fatalities=8, injured=15, optional=True),
    ev("government_regains_territory", ("2018-06-13", "2018-06-20"),
       loc("Hodeidah airport", "YE", 14.753, 42.976, 25),
       actor("المقاومة اليمنية المشتركة", "Joint Resistance Forces", "Yemeni government forces", "Saudi-led coalition"),
       actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-middleEast-412-20180319"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-19", "2018-03-19"),
       loc("Kela village, Bulbul", "SY", 36.76947, 36.81969, 25),
       actor("وحدات حماية المرأة", "YPJ", "Women's Protection Units", "Kurdish forces", "القوات الكردية"),
       actor("Turkish forces", "جنود الدولة التركية", "مرتزقة الدولة التركية", "Turkish-backed factions", "Free Syrian Army")),
    ev("armed_clash", ("2018-03-19", "2018-03-19"),
       loc("Kela village, Bulbul", "SY", 36.76947, 36.81969, 25),
       actor("وحدات حماية المرأة", "YPJ", "Women's Protection Units", "Kurdish forces"),
       actor("Turkish forces", "مرتزقة الدولة التركية", "Turkish-backed factions", "Free Syrian Army"), optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"),
       loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Turkish forces", "القوات التركية", "فصائل سورية موالية لها", "Free Syrian Army", "Turkish-backed factions"),
       actor("Kurdish fighters", "YPG", "المقاتلين الأكراد"), optional=True),
]

C["ant-CN-internationalNews-583-20180908"] = []
C["ant-SK-economy-464-20180502"] = []
RES2 = ("المقاومة الشعبية", "Popular Resistance", "رجال المقاومة الشعبية", "المقاومة")
HOU2 = ("ميليشيات الحوثي", "مليشيات الحوثي", "Houthis", "Ansar Allah", "عناصر الرئيس المخلوع علي عبدالله صالح", "Saleh forces", "الميليشيا")
C["snn-4a6a672d4d49"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-09"),
       loc("Jabal Sabr, Taiz", "YE", 13.53, 44.03, 25),
       actor(*RES2), actor(*HOU2)),
    ev("armed_clash", ("2015-08-08", "2015-08-09"),
       loc("Al Dhabab, Taiz", "YE", 13.52, 43.95, 25),
       actor(*RES2), actor(*HOU2)),
    ev("armed_clash", ("2015-08-08", "2015-08-09"),
       loc("Taiz city (Al Nuqta al Rabi, 40th Street)", "YE", 13.57825, 44.017666, 25),
       actor(*RES2), actor(*HOU2)),
    ev("armed_clash", ("2015-08-09", "2015-08-09"),
       loc("Hodeidah city", "YE", 14.796625, 42.945213, 25),
       actor(*RES2), actor(*HOU2), fatalities=2, injured=4),
]
C["snn-a8c90a52612f"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.976, 38.425, 25),
       actor(*IS), actor(*CIV), fatalities=32, injured=100, optional=True),
]
C["snn-ca5fd125af7a"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-85.jsonl"))
