import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write
C = {}

C["ant-SK-internationalNews-2810-20180725"] = []
C["ant-SK-middleEast-1966-20180527"] = [
    ev("peaceful_protest", ("2018-05-25", "2018-05-27"), loc("Al Qamishli", "SY", 37.05215, 41.23142, 25),
       actor("Protesters (Syria)", "Kurds", "الأكراد", "المئات من الأكراد", "المتظاهرون", "Kurdish protesters"), None),
    ev("non_state_actor_overtakes_territory", ("2018-03-01", "2018-03-31"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Military Forces of Turkey", "Turkey", "القوات التركية", "فصائل سورية موالية لها", "Turkish-backed Syrian factions"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية"), optional=True),
]
C["ant-SK-economy-473-20180503"] = []
C["snn-619eb1dd64ad"] = [
    ev("armed_clash", ("2015-07-21", "2015-07-23"), loc("Ceylanpinar", "TR", 36.85, 40.05, 30),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردو حزب العمال الكردستاني", "الكردستاني", "HPG", "قوات الدفاع الشعبي"),
       actor("Police Forces of Turkey", "Turkish police", "شرطيين تركيين"), fatalities=2),
    ev("attack", ("2015-07-21", "2015-07-23"), loc("Ceylanpinar", "TR", 36.85, 40.05, 30),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردو حزب العمال الكردستاني", "الكردستاني", "HPG", "قوات الدفاع الشعبي"),
       actor("Police Forces of Turkey", "Turkish police", "شرطيين تركيين"), fatalities=2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-21"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), None, fatalities=32, injured=100),
]
_hou = actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي وصالح", "المتمردين", "المتمردة", "Houthi-Saleh forces")
_gov = actor("Military Forces of Yemen (Hadi)", "Yemeni government forces", "Popular Resistance", "القوات الحكومية", "المقاومة الشعبية", "القوات الموالية للشرعية", "القوات الشرعية", "المقاومة")
_coal = actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف العربي", "التحالف العربي", "التحالف")
C["snn-0e492df5e4b8"] = [
    ev("air_drone_strike", ("2015-08-08", "2015-08-09"), loc("Marib", "YE", 15.46253, 45.32581, 100), _coal, _hou),
    ev("air_drone_strike", ("2015-08-08", "2015-08-09"), loc("Ibb", "YE", 13.96667, 44.18333, 100), _coal, _hou),
    ev("government_regains_territory", ("2015-08-07", "2015-08-09"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25), _gov, _hou),
    ev("government_regains_territory", ("2015-08-07", "2015-08-09"), loc("Hazm Al Udayn", "YE", 14.119302, 43.921764, 30), _gov, _hou,
       fatalities=[2, 99], injured=[2, 99]),
    ev("government_regains_territory", ("2015-07-01", "2015-08-09"), loc("Al Dali'", "YE", 13.69572, 44.73137, 100), _gov, _hou, optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Harad-Hodeidah road, Hajjah", "YE", 16.20, 43.10, 75), _gov, _hou,
       fatalities=4, injured=2),
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-09"), loc("Harad-Hodeidah road, Hajjah", "YE", 16.20, 43.10, 75), _gov, _hou,
       fatalities=4, injured=2, optional=True),
]
C["snn-aa867249b056"] = []
C["ant-SK-sport-288-20180316"] = []
C["snn-a5f6424b15fc"] = []
C["snn-5d7cd1c50d38"] = []
C["ant-SK-middleEast-1270-20180426"] = []
_is = actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "التنظيم", "تنظيم الدولة")
_ypg = actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "الوحدات الكردية", "القوات الكردية")
C["snn-6ae2f90a4517"] = [
    ev("abduction_forced_disappearance", ("2015-06-15", "2015-08-09"), loc("Raqqa", "SY", 35.95283, 39.00788, 25), _is,
       actor("Islamic State", "ISIS", "Daesh", "قيادييه وأفراده"), optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-06-01", "2015-06-30"), loc("Tell Abyad", "SY", 36.6975, 38.9567, 25), _ypg, _is, optional=True),
    ev("armed_clash", ("2015-06-25", "2015-07-31"), loc("Ain al-Arab (Kobani)", "SY", 36.891, 38.354, 25), _is, _ypg, optional=True),
    ev("armed_clash", ("2015-06-25", "2015-07-31"), loc("Tell Abyad", "SY", 36.6975, 38.9567, 25), _is, _ypg, optional=True),
]
_lna = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "القوات المسلحة", "قوات الجيش الوطني الليبي", "Haftar forces")
_jad = actor("Jadhran militia", "Petroleum Facilities Guard", "الميليشيات المتشددة", "الميليشيات المسلحة", "ميليشيات يقودها ابراهيم الجضران", "Ibrahim Jadhran")
C["ant-SK-middleEast-2593-20180625"] = [
    ev("government_regains_territory", ("2018-06-21", "2018-06-21"), loc("Ras Lanuf", "LY", 30.51667, 18.56667, 25), _lna, _jad),
    ev("government_regains_territory", ("2018-06-21", "2018-06-21"), loc("As Sidrah", "LY", 30.65, 18.36667, 25), _lna, _jad, optional=True),
]
C["snn-cb290052e373"] = [
    ev("remote_explosive_landmine_ied", ("2015-06-24", "2015-07-24"), loc("Fallujah", "IQ", 33.35, 43.78, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "مسلحي داعش"), None, optional=True),
]
C["ant-SK-middleEast-173-20180301"] = []
C["snn-b09290d0852d"] = []
C["snn-3455dbb14933"] = []
C["ant-CN-middleEast-685-20180421"] = [
    ev("attack", ("2018-04-21", "2018-04-21"), loc("Kuala Lumpur", "MY", 3.139, 101.687, 30), None,
       actor("Civilians", "فادي البطش", "فادي محمد البطش", "Fadi al-Batsh", "Hamas", "حماس", "Palestinian scientist"), fatalities=1),
]
C["snn-740d541c0975"] = []
_gov2 = actor("Popular Resistance", "Military Forces of Yemen (Hadi)", "اللجان الشعبية", "القوات الموالية للرئيس عبدربه منصورهادي", "Popular Committees (pro-Hadi)", "اللجان")
_hou2 = actor("Houthis", "Ansar Allah", "المسلحين الحوثيين", "مسلحي أنصار الله", "أنصار الله", "الجيش الموالي لهم", "Houthi-Saleh forces")
C["snn-81e6bdb68554"] = [
    ev("armed_clash", ("2015-07-25", "2015-07-25"), loc("Taiz", "YE", 13.57825, 44.017666, 25), _gov2, _hou2),
    ev("government_regains_territory", ("2015-07-25", "2015-07-25"), loc("Taiz", "YE", 13.57825, 44.017666, 25), _gov2, _hou2, optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-25"), loc("Al Anad air base, Lahij", "YE", 13.176, 44.765, 50), _gov2, _hou2, optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-25"), loc("Aden (Mualla, Tawahi, Crater)", "YE", 12.798744, 45.015277, 25), _gov2, _hou2),
    ev("government_regains_territory", ("2015-07-14", "2015-07-25"), loc("Aden", "YE", 12.798744, 45.015277, 25), _gov2, _hou2, optional=True),
]
C["snn-d6c2250cdc0d"] = [
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Sousse", "TN", 35.82539, 10.63699, 25),
       actor("Gunman", "عنصر مسلح", "المسلح", "Islamic State"), actor("Civilians", "السياح", "Tourists", "British tourists"),
       fatalities=[38, 39], injured=[10, 99], optional=True),
]
C["ant-SK-internationalNews-2990-20180813"] = [
    ev("remote_explosive_landmine_ied", ("2018-08-12", "2018-08-12"), loc("Helmand", "AF", 31.593, 64.37, 100), None,
       actor("Military Forces of the United States", "US military", "جندي أميركي", "القوات الأميركية", "US Special Forces"), fatalities=1),
]
C["ant-SK-middleEast-2609-20180627"] = []
C["ant-SK-sport-2698-20180911"] = []
C["snn-5792ba84683d"] = [
    ev("attack", ("2015-07-25", "2015-07-25"), loc("Ain al-Hilweh camp", "LB", 33.5465, 35.3806, 25),
       actor("Islamist militants", "مسلحين إسلاميين متطرفين", "مسلحين"), actor("Fatah", "حركة فتح", "طلال الأردني", "Talal al-Urduni"), fatalities=2),
    ev("armed_clash", ("2015-07-25", "2015-07-25"), loc("Ain al-Hilweh camp", "LB", 33.5465, 35.3806, 25),
       actor("Islamist militants", "مسلحين إسلاميين متطرفين", "مسلحين"), actor("Fatah", "حركة فتح", "طلال الأردني", "Talal al-Urduni"), fatalities=2, optional=True),
]
C["ant-SK-middleEast-191-20180309"] = [
    ev("excessive_force_against_protesters", ("2018-03-07", "2018-03-09"), loc("Varzaneh", "IR", 32.42, 52.65, 50),
       actor("Protesters (Iran)", "Farmers", "المزارعين", "آلاف المزارعين", "المتظاهرين"),
       actor("Police Forces of Iran", "Riot police", "قوات مكافحة الشغب", "الأمن الإيراني", "العناصر الأمنية"), injured=7),
    ev("protest_with_intervention", ("2018-03-07", "2018-03-09"), loc("Varzaneh", "IR", 32.42, 52.65, 50),
       actor("Protesters (Iran)", "Farmers", "المزارعين", "آلاف المزارعين", "المتظاهرين"),
       actor("Police Forces of Iran", "Riot police", "قوات مكافحة الشغب", "الأمن الإيراني", "العناصر الأمنية"), injured=7, optional=True),
]
_reb = actor("Syrian rebels", "Rival groups", "جماعات منافسة", "الجماعات المنافسة", "مقاتلي الجماعات المنافسة", "Opposition factions")
C["snn-a64e377bd5f3"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-08", "2015-08-09"), loc("Umm Hosh", "SY", 36.46, 37.14, 30), _is, _reb, fatalities=37),
    ev("suicide_bomb", ("2015-08-08", "2015-08-09"), loc("Umm Hosh", "SY", 36.46, 37.14, 30), _is, _reb, fatalities=37, optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Umm Hosh", "SY", 36.46, 37.14, 30), _is, _reb, fatalities=37, optional=True),
]
C["ant-SK-middleEast-274-20180313"] = [
    ev("armed_clash", ("2018-03-11", "2018-03-13"), loc("Samarra", "IQ", 34.1959, 43.88568, 25),
       actor("Saraya al-Salam", "Peace Brigades", "سرايا السلام", "عناصر غير منضبطة"),
       actor("Military Forces of Iraq", "Iraqi Special Forces", "القوات الخاصة العراقية", "المرافقين للعميد", "العميد شريف إسماعيل"),
       fatalities=1, injured=[2, 99]),
]
_egy = actor("Military Forces of Egypt", "Police Forces of Egypt", "القوات المسلحة", "قوات الشرطة", "قوة المداهمات", "القوات الجوية", "Egyptian army")
_tak = actor("Wilayat Sinai", "Islamic State", "عنصر تكفيري", "العناصر الإرهابية", "خلية إرهابية", "إرهابيا", "Militants")
C["ant-CN-middleEast-302-20180319"] = [
    ev("armed_clash", ("2018-03-14", "2018-03-19"), loc("Al Arish", "EG", 31.13159, 33.79844, 25), _egy, _tak, fatalities=6),
    ev("armed_clash", ("2018-03-14", "2018-03-19"), loc("North and Central Sinai", "EG", 30.6, 33.6, 100), _egy, _tak, fatalities=30, optional=True),
    ev("air_drone_strike", ("2018-03-14", "2018-03-19"), loc("North and Central Sinai", "EG", 30.6, 33.6, 100), _egy, _tak, optional=True),
    ev("air_drone_strike", ("2018-03-14", "2018-03-19"), loc("South-west of Al Arish", "EG", 31.10, 33.75, 30), _egy, _tak, optional=True),
    ev("disrupted_weapons_use", ("2018-03-14", "2018-03-19"), loc("South-west of Al Arish", "EG", 31.10, 33.75, 30), _egy, _tak, optional=True),
]
C["snn-9d60db633d0f"] = []
C["ant-SK-internationalNews-1882-20180531"] = []
C["snn-6f5962752ea8"] = []
C["snn-758e8a003527"] = []
C["ant-CN-middleEast-1137-20180607"] = [
    ev("peaceful_protest", ("2018-05-30", "2018-06-07"), loc("Jordan", "JO", None, None),
       actor("Protesters (Jordan)", "الشارع الأردني", "المحتجين"), None, optional=True),
]
C["ant-SK-middleEast-677-20180330"] = [
    ev("arrests", ("2018-01-01", "2018-01-15"), loc("Eastern Syria", "SY", None, None),
       actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية", "قسد"),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "الشافعي الشيخ", "ألكسندا أمون كوتي", "The Beatles cell"), optional=True),
]
_nus = actor("Jabhat al-Nusra", "Al-Nusra Front", "جبهة النصرة", "مسلحين قدموا من سورية", "الخاطفون")
_laf = actor("Military Forces of Lebanon", "Lebanese Army", "الجيش اللبناني", "عناصر الجيش وقوى الامن اللبنانيين", "Internal Security Forces")
C["snn-e464fa445528"] = [
    ev("armed_clash", ("2014-08-02", "2014-08-07"), loc("Arsal", "LB", 34.17944, 36.42083, 25), _laf, _nus, optional=True),
    ev("abduction_forced_disappearance", ("2014-08-02", "2014-08-07"), loc("Arsal", "LB", 34.17944, 36.42083, 25), _nus, _laf, optional=True),
    ev("armed_clash", ("2015-05-01", "2015-06-30"), loc("Qalamoun mountains / Arsal outskirts", "LB", 34.15, 36.45, 50),
       actor("Hezbollah", "حزب الله"), actor("Syrian rebels", "Jabhat al-Nusra", "المسلحين", "فصائل المعارضة السورية", "متطرفون"), optional=True),
]
C["snn-6c9f197ba46a"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-02", "2015-08-09"), loc("Abha (Asir emergency forces mosque)", "SA", 18.2164, 42.5053, 25),
       None, actor("Police Forces of Saudi Arabia", "Special Emergency Forces", "رجال الأمن", "مسجد الطوارئ"), injured=[2, 99], optional=True),
    ev("suicide_bomb", ("2015-08-02", "2015-08-09"), loc("Abha (Asir emergency forces mosque)", "SA", 18.2164, 42.5053, 25),
       actor("Islamic State", "ISIS", "Daesh"), actor("Police Forces of Saudi Arabia", "Special Emergency Forces", "رجال الأمن", "مسجد الطوارئ"), injured=[2, 99], optional=True),
]
_aah = actor("Asaib Ahl al-Haq", "عصائب أهل الحق", "ميليشيات عصائب أهل الحق", "ميليشيا العصائب", "العصائب", "Popular Mobilization Forces")
_tri = actor("Tribesmen (Iraq)", "أبناء العشائر", "العشائر", "Tribal militia")
C["ant-SK-middleEast-3227-20180801"] = [
    ev("armed_clash", ("2018-07-26", "2018-07-27"), loc("Ad Dujayl", "IQ", 33.848496, 44.232719, 30), _aah, _tri),
    ev("attack", ("2018-07-15", "2018-07-27"), loc("Baghdad-Taji road", "IQ", 33.52, 44.27, 30), _aah,
       actor("Civilians", "شيخي عشيرة", "Tribal sheikhs"), fatalities=2, optional=True),
]
C["snn-293f51b96542"] = []
C["ant-SK-middleEast-2231-20180607"] = []
C["ant-SK-middleEast-670-20180330"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-29", "2018-03-29"), loc("Manbij", "SY", 36.52815, 37.95495, 25), None,
       actor("Military Forces of the United States", "Military Forces of the United Kingdom", "International Coalition", "جنديا بريطانيا", "جنديا أميركيا", "التحالف الذي تقوده الولايات المتحدة"),
       fatalities=2),
]
C["ant-SK-internationalNews-2588-20180711"] = []
C["ant-SK-technology-37-20180219"] = []
C["ant-SK-middleEast-1602-20180511"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 35),
       actor("Military Forces of Iran", "Islamic Revolutionary Guard Corps", "IRGC", "Quds Force", "قوات إيرانية", "قوات إيرانية في سوريا"),
       actor("Military Forces of Israel", "IDF", "موقع عسكري إسرائيلي", "Israel")),
    ev("disrupted_weapons_use", ("2018-01-01", "2018-05-11"), loc("Saudi Arabia", "SA", None, None),
       actor("Military Forces of Saudi Arabia", "قوات الدفاع الجوي السعودي", "Saudi air defence"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثي"), optional=True),
]
C["ant-CN-middleEast-940-20180516"] = [
    ev("protest_with_intervention", ("2018-05-14", "2018-05-16"), loc("Ramallah / Qalandiya", "PS", 31.88, 35.205, 25),
       actor("Protesters (Palestine)", "Palestinians", "تظاهرنا", "المتظاهرين"),
       actor("Military Forces of Israel", "IDF", "الجيش الإسرائيلي", "Israeli army"), optional=True),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-15"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("Protesters (Palestine)", "Palestinians", "المتظاهرين"),
       actor("Military Forces of Israel", "IDF", "الجيش الإسرائيلي", "Israel"), fatalities=[2, 99], optional=True),
]
C["ant-SK-internationalNews-2067-20180610"] = []
_sa_pol = actor("Police Forces of Saudi Arabia", "Saudi security forces", "شهيد الواجب", "عوض المالكي", "عوض بن سراج المالكي")
C["snn-14dbe6b69e74"] = [
    ev("armed_clash", ("2015-06-28", "2015-07-10"), loc("Taif", "SA", 21.27028, 40.41583, 25), actor("Militants", "يد الإرهاب", "Terrorists", "Islamic State"), _sa_pol, fatalities=1, optional=True),
    ev("attack", ("2015-06-28", "2015-07-10"), loc("Taif", "SA", 21.27028, 40.41583, 25), actor("Militants", "يد الإرهاب", "Terrorists", "Islamic State"), _sa_pol, fatalities=1, optional=True),
]
_grp = actor("Unidentified armed group", "مجموعة مسلحة", "المهاجمين", "Gunmen")
_hcs = actor("High Council of State security", "Police Forces of Libya", "عناصر الأمن والحماية التابعين للمجلس", "مديرية أمن غريان", "المنطقة العسكرية الغربية", "عبدالرحمن السويحلي", "Abdulrahman Swehli")
C["ant-SK-middleEast-301-20180315"] = [
    ev("armed_clash", ("2018-03-13", "2018-03-15"), loc("Gharyan", "LY", 32.17222, 13.02028, 25), _grp, _hcs, injured=2),
    ev("attack", ("2018-03-13", "2018-03-15"), loc("Gharyan", "LY", 32.17222, 13.02028, 25), _grp, _hcs, injured=2, optional=True),
    ev("abduction_forced_disappearance", ("2018-03-13", "2018-03-15"), loc("Gharyan", "LY", 32.17222, 13.02028, 25), _grp,
       actor("Police Forces of Libya", "أربعة عناصر شرطة تابعين لمديرية أمن غريان", "عناصر شرطة", "مديرية أمن غريان")),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-117.jsonl"))
