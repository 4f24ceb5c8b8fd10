import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

HOUTHI = ["ميليشيات الحوثي", "الحوثيين", "الميليشيات", "الانقلابيين", "المتمردين", "Houthis", "Ansar Allah"]
COAL = ["التحالف العربي", "التحالف", "مقاتلات التحالف", "طيران التحالف", "Saudi-led coalition", "Arab Coalition"]
RESIST = ["المقاومة اليمنية المشتركة", "المقاومة اليمنية", "المقاومة", "القوات المشتركة", "Yemeni Joint Resistance", "Popular Resistance", "Yemeni government forces"]

def Y(name, lat, lon, tol=25):
    return loc(name, "YE", lat, lon, tol)

C["snn-f09a576e24c1"] = []

C["ant-SK-middleEast-3297-20180809"] = [
    ev("air_drone_strike", ("2018-08-07", "2018-08-09"), Y("West Coast (Al Hudaydah)", 14.6, 43.1, 100),
       actor(*COAL, "مقاتلات تابعة للتحالف العربي"), actor("ميليشيات الحوثي", "مسلحي ميليشيات الحوثي", "المتمردين", "Houthis", "Ansar Allah"),
       fatalities=76, optional=True),
    ev("air_drone_strike", ("2018-08-07", "2018-08-09"), Y("West Coast fronts", 14.6, 43.1, 100),
       actor(*COAL), actor(*HOUTHI), fatalities=[2, 99], optional=True),
    ev("armed_clash", ("2018-08-07", "2018-08-09"), Y("West Coast fronts", 14.6, 43.1, 100),
       actor("ألوية العمالقة", "Giants Brigades", "Al Amalika Brigades"), actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2018-08-08", "2018-08-08"), Y("Ad Durayhimi", 14.63702, 43.05505),
       actor("المقاومة اليمنية المشتركة", "المقاومة اليمنية", "Yemeni Joint Resistance", "Popular Resistance"),
       actor("الميليشيات الحوثية", "ميليشيات الحوثي", "الانقلابيين", "Houthis", "Ansar Allah"), fatalities=16),
    ev("armed_clash", ("2018-08-08", "2018-08-09"), Y("Ad Durayhimi", 14.63702, 43.05505),
       actor(*RESIST), actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2018-08-07", "2018-08-09"), Y("Zabid", 14.196411, 43.316688),
       actor(*RESIST), actor(*HOUTHI), optional=True),
]

ISIS = ["داعش", "مسلحي داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"]
IQF = ["القوات العراقية", "القوات المشتركة", "القوات الأمنية", "قوات الأمن", "الجيش", "Iraqi security forces", "Iraqi Army", "Military Forces of Iraq"]
C["snn-f6c7553a1639"] = [
    ev("government_regains_territory", ("2015-07-19", "2015-07-26"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor(*IQF), actor(*ISIS), optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-26"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("طيران التحالف", "طائرات التحالف", "US-led coalition", "Global Coalition against Daesh", "Iraqi Air Force", "طيران الجيش"), actor(*ISIS), optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-26"), loc("Fallujah", "IQ", 33.35581, 43.78612, 25),
       actor("طيران التحالف", "طائرات التحالف", "US-led coalition", "Global Coalition against Daesh", "Iraqi Air Force", "طيران الجيش"), actor(*ISIS), optional=True),
    ev("armed_clash", ("2015-07-24", "2015-07-26"), loc("Al Sijr", "IQ", 33.4119, 43.80488, 25),
       actor(*IQF), actor(*ISIS), optional=True),
    ev("attack", ("2015-07-19", "2015-07-26"), loc("Fallujah", "IQ", 33.35581, 43.78612, 25),
       actor(*ISIS, "المتطرفين"), actor("أبناء الفلوجة", "Civilians"), optional=True),
]

C["snn-82c709ef27ce"] = []
C["snn-adaaecc8046f"] = []

C["snn-8dc74c32321e"] = [
    ev("armed_clash", ("2015-07-27", "2015-07-27"), loc("Dinanagar (Gurdaspur)", "IN", 32.14, 75.47, 50),
       actor("مسلحين", "مسلحون", "المسلحين", "Unidentified Armed Group", "Gunmen"),
       actor("الشرطة الهندية", "الشرطة", "Police Forces of India", "Indian Police"),
       fatalities=[6, 11], injured=[2, 99]),
    ev("attack", ("2015-07-27", "2015-07-27"), loc("Dinanagar (Gurdaspur)", "IN", 32.14, 75.47, 50),
       actor("مسلحين", "مسلحون", "المسلحين", "Unidentified Armed Group", "Gunmen"),
       actor("مدنيين", "Civilians"), fatalities=[6, 11], injured=[2, 99], optional=True),
]

C["ant-SK-middleEast-2165-20180605"] = [
    ev("change_to_group_activity", ("2018-06-05", "2018-06-05"), loc("Manbij", "SY", 36.52815, 37.95495, 25),
       actor("وحدات حماية الشعب الكردية", "وحدات حماية الشعب", "الوحدات الكردية", "YPG", "People's Protection Units"), None,
       optional=True),
]

C["snn-26eacfe1a268"] = [
    ev("government_regains_territory", ("2015-07-25", "2015-07-26"), loc("Anbar University, Ramadi", "IQ", 33.40, 43.28, 25),
       actor("قوات الأمن", "جهاز مكافحة الارهاب", "القوات الخاصة", "الجيش", "الشرطة الاتحادية", "القوات الحكومية", "القوات العراقية",
             "Iraqi security forces", "Counter Terrorism Service", "Iraqi Army", "Military Forces of Iraq"),
       actor("داعش", "مسلحي تنظيم داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh")),
    ev("armed_clash", ("2015-07-25", "2015-07-26"), loc("Anbar University, Ramadi", "IQ", 33.40, 43.28, 25),
       actor("قوات الأمن", "جهاز مكافحة الارهاب", "القوات الخاصة", "الجيش", "الشرطة الاتحادية", "القوات الحكومية", "القوات العراقية",
             "Iraqi security forces", "Counter Terrorism Service", "Iraqi Army", "Military Forces of Iraq"),
       actor("داعش", "مسلحي تنظيم داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("التحالف الذي تقوده الولايات المتحدة", "التحالف", "US-led coalition", "Global Coalition against Daesh"),
       actor("داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
]

C["snn-85a127cd4695"] = []
C["ant-SK-sport-2497-20180814"] = []

RES15 = ["المقاومة الشعبية", "مسلحو المقاومة الشعبية", "المقاومة", "Popular Resistance", "Yemeni government forces"]
HS15 = ["الحوثيين", "قوات صالح", "Houthis", "Ansar Allah", "Saleh loyalists"]
ANAD = (13.176, 44.765)
C["snn-8c014852c626"] = [
    ev("armed_clash", ("2015-08-02", "2015-08-03"), Y("Al Anad Air Base", *ANAD), actor(*RES15), actor(*HS15)),
    ev("government_regains_territory", ("2015-08-02", "2015-08-03"), Y("Al Anad Air Base", *ANAD), actor(*RES15), actor(*HS15),
       optional=True),
    ev("air_drone_strike", ("2015-08-02", "2015-08-03"), Y("Al Anad Air Base", *ANAD),
       actor("طائرات التحالف العربي", "طيران التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor(*HS15)),
    ev("government_regains_territory", ("2015-08-02", "2015-08-03"), Y("Labouza camp, Aqqan", 13.38333, 44.65), actor(*RES15), actor(*HS15)),
    ev("armed_clash", ("2015-08-02", "2015-08-02"), Y("An Nakhilah front (Lahij)", 13.3, 44.8, 50), actor(*RES15), actor(*HS15), optional=True),
    ev("armed_clash", ("2015-08-02", "2015-08-02"), Y("Radfan front", 13.52002, 44.85076, 50), actor(*RES15), actor(*HS15), optional=True),
]

C["snn-d866241d178d"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-27"), Y("Aden (north and west)", 12.8, 44.98, 40),
       actor("حملة قصف جوي تقودها السعودية", "Saudi-led coalition", "Arab Coalition"), actor("الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]

HAR = ["قوات الجيش اليمني", "القوات الشرعية", "قوات الشرعية", "Yemeni Army", "Military Forces of Yemen", "Yemeni government forces"]
C["ant-SK-middleEast-1945-20180526"] = [
    ev("government_regains_territory", ("2018-05-25", "2018-05-26"), Y("Harad", 16.40965, 43.05883), actor(*HAR), actor(*HOUTHI, "المليشيات الحوثية"),
       fatalities=[0, 99], injured=[0, 99]),
    ev("armed_clash", ("2018-05-25", "2018-05-26"), Y("Harad", 16.40965, 43.05883), actor(*HAR), actor(*HOUTHI, "المليشيات الحوثية"),
       fatalities=[0, 99], injured=[0, 99], optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-24", "2018-05-26"), Y("Harad", 16.40965, 43.05883),
       actor(*HAR, *COAL), actor(*HOUTHI, "المليشيات الحوثية")),
    ev("air_drone_strike", ("2018-05-24", "2018-05-26"), Y("Harad district", 16.431986, 43.116547, 30),
       actor(*COAL, "طيران التحالف العربي"), actor(*HOUTHI, "المليشيات")),
    ev("government_regains_territory", ("2018-05-19", "2018-05-25"), Y("Jabal al-Nar (Saada-Harad)", 16.6, 43.3, 60),
       actor(*HAR), actor(*HOUTHI), optional=True),
    ev("air_drone_strike", ("2018-05-24", "2018-05-26"), Y("Hajjah (north)", 16.3, 43.3, 100), actor(*COAL), actor(*HOUTHI), optional=True),
    ev("air_drone_strike", ("2018-05-24", "2018-05-26"), Y("Saada governorate", 16.94, 43.76, 100), actor(*COAL), actor(*HOUTHI), optional=True),
    ev("air_drone_strike", ("2018-05-24", "2018-05-26"), Y("Al-Atfin, Kitaf", 17.21, 44.6, 30),
       actor(*COAL, "مقاتلات التحالف العربي"), actor(*HOUTHI, "المتمردين الحوثيين")),
    ev("air_drone_strike", ("2018-05-24", "2018-05-26"), Y("Razih district", 16.927219, 43.254721, 30),
       actor(*COAL, "مقاتلات التحالف العربي"), actor(*HOUTHI, "المتمردين الحوثيين")),
    ev("air_drone_strike", ("2018-05-24", "2018-05-26"), Y("Al-Jabal al-Aswad, Harf Sufyan", 16.440061, 43.984992, 30),
       actor(*COAL, "الطيران"), actor(*HOUTHI)),
]

C["ant-SK-middleEast-194-20180309"] = [
    ev("suicide_bomb", ("2018-03-07", "2018-03-09"), loc("Ajdabiya", "LY", 30.75545, 20.22626, 25),
       None, actor("قوات الجيش الوطني الليبي", "الجيش الليبي", "جندي", "Libyan National Army", "LNA"),
       fatalities=[0, 1], injured=3),
]

C["snn-80cf17e76050"] = []
C["snn-10803b4cd85e"] = []

C["ant-SK-middleEast-912-20180410"] = [
    ev("air_drone_strike", ("2018-04-09", "2018-04-09"), loc("T4 airbase (Tiyas)", "SY", 34.52, 37.63, 25),
       actor("إسرائيل", "Israel", "Israeli Air Force", "Military Forces of Israel"),
       actor("ضباط إيرانيين", "Iran", "Iranian military", "Islamic Revolutionary Guard Corps", "Syrian government", "Military Forces of Syria"),
       fatalities=14),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("النظام السوري", "دمشق", "Syrian government", "Military Forces of Syria", "Syrian regime"),
       actor("مدنيًا سوريًا", "Civilians", "مدنيين"), fatalities=60, injured=[100, 999]),
]

C["ant-SK-middleEast-2097-20180602"] = [
    ev("armed_clash", ("2018-05-31", "2018-06-02"), Y("Al-Taif (Ad Durayhimi)", 14.61457, 43.03606),
       actor(*RESIST), actor(*HOUTHI, "الميليشيات المتمردة")),
    ev("armed_clash", ("2018-05-31", "2018-06-02"), Y("Al-Husayniyah", 14.72659, 43.30357),
       actor(*RESIST), actor(*HOUTHI, "الميليشيات المتمردة")),
    ev("armed_clash", ("2018-05-31", "2018-06-02"), Y("At Tuhayta", 14.18356, 43.22637),
       actor(*RESIST), actor(*HOUTHI, "الميليشيات المتمردة")),
    ev("government_regains_territory", ("2018-05-31", "2018-06-02"), Y("Ad Durayhimi district (north)", 14.63702, 43.05505),
       actor(*RESIST), actor(*HOUTHI)),
    ev("armed_clash", ("2018-05-31", "2018-06-02"), Y("Ad Durayhimi district (north)", 14.63702, 43.05505),
       actor(*RESIST), actor(*HOUTHI), optional=True),
]

C["snn-7d338bb9db57"] = []

NR = ["المقاومة الوطنية", "ألوية العمالقة", "المقاومة", "National Resistance", "Giants Brigades", "Yemeni Joint Resistance", "القوات الإماراتية"]
C["ant-SK-middleEast-1940-20180525"] = [
    ev("government_regains_territory", ("2018-05-18", "2018-05-25"), Y("At Tuhayta district", 14.08078, 43.119866, 30),
       actor(*NR), actor(*HOUTHI), fatalities=[0, 90], optional=True),
    ev("armed_clash", ("2018-05-18", "2018-05-25"), Y("At Tuhayta district", 14.08078, 43.119866, 30),
       actor(*NR), actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2018-05-18", "2018-05-25"), Y("Zabid district", 14.25687, 43.351326, 30),
       actor(*NR), actor(*HOUTHI), optional=True),
    ev("government_regains_territory", ("2018-05-18", "2018-05-25"), Y("Outskirts of Al Hudaydah", 14.796625, 42.945213, 40),
       actor(*NR), actor(*HOUTHI), optional=True),
]

C["snn-17f1e154e943"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("حشد من الشباب المؤيدين للأكراد", "Civilians", "مدنيين"), fatalities=32, injured=100),
    ev("attack", ("2015-06-25", "2015-06-30"), loc("Kobani", "SY", 36.89, 38.35, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), actor("مدني", "Civilians"), fatalities=200, optional=True),
    ev("armed_clash", ("2015-06-25", "2015-06-30"), loc("Kobani", "SY", 36.89, 38.35, 25),
       actor("المقاتلون الأكراد", "YPG", "People's Protection Units"), actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-06-05", "2015-06-05"), loc("Diyarbakir", "TR", 37.91, 40.23, 25),
       None, actor("حزب الشعب الديموقراطي", "HDP", "Peoples' Democratic Party"), fatalities=4, injured=[10, 99], optional=True),
    ev("attack", ("2015-07-21", "2015-07-23"), loc("Ceylanpinar", "TR", 36.847, 40.05, 25),
       None, actor("ضابطي شرطة", "شرطة مكافحة الشغب", "Police Forces of Turkey"), fatalities=2, optional=True),
]

C["snn-20b2b2dc43f7"] = []

C["ant-CN-middleEast-554-20180410"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-10"), loc("Douma (Eastern Ghouta)", "SY", 33.57175, 36.4027, 25),
       actor("النظام السوري", "Syrian government", "Military Forces of Syria"), actor("نساء وأطفال", "Civilians"), optional=True),
]

C["snn-7a6ce00de98e"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"), loc("Bujumbura", "BI", -3.38, 29.36, 25),
       None, actor("الجيش البوروندي", "جنرالا", "Military Forces of Burundi", "Burundi Army"), fatalities=1),
    ev("attack", ("2015-08-02", "2015-08-02"), loc("Bujumbura", "BI", -3.38, 29.36, 25),
       None, actor("الجيش البوروندي", "جنرالا", "Military Forces of Burundi", "Burundi Army"), fatalities=1, optional=True),
    ev("armed_clash", ("2015-08-02", "2015-08-02"), loc("Bujumbura", "BI", -3.38, 29.36, 25),
       None, actor("الجيش البوروندي", "جنرالا", "Military Forces of Burundi", "Burundi Army"), fatalities=1, optional=True),
]

C["ant-SK-internationalNews-930-20180413"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-13"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("النظام السوري", "Syrian government", "Military Forces of Syria"), actor("Civilians"), fatalities=75, optional=True),
]

C["ant-SK-middleEast-1443-20180504"] = []

SADEF = ["قوات الدفاع الجوي للتحالف", "قوات تحالف دعم الشرعية", "التحالف", "Saudi-led coalition", "Arab Coalition", "Royal Saudi Air Defense"]
C["ant-SK-middleEast-814-20180406"] = [
    ev("disrupted_weapons_use", ("2018-04-04", "2018-04-06"), loc("Najran", "SA", 17.4924, 44.12766, 25),
       actor(*SADEF), actor("المليشيات الحوثية", "الميليشيات الحوثية", "الانقلابيين", "Houthis", "Ansar Allah"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-04", "2018-04-06"), loc("Najran", "SA", 17.4924, 44.12766, 25),
       actor("المليشيات الحوثية", "الميليشيات الحوثية", "الانقلابيين", "Houthis", "Ansar Allah"), None, fatalities=0, injured=0, optional=True),
]

C["snn-2707c03d4640"] = []

SADF2 = ["قوات الدفاع الجوي الملكي السعودي", "Royal Saudi Air Defense", "Military Forces of Saudi Arabia", "Saudi-led coalition"]
C["ant-SK-middleEast-971-20180412"] = [
    ev("disrupted_weapons_use", ("2018-04-11", "2018-04-11"), loc("Abha", "SA", 18.240883, 42.57006, 25),
       actor(*SADF2), actor("ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("disrupted_weapons_use", ("2018-04-11", "2018-04-11"), loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor(*SADF2), actor("ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("air_drone_strike", ("2018-04-11", "2018-04-11"), loc("Abha", "SA", 18.240883, 42.57006, 25),
       actor("ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), None, optional=True),
    ev("air_drone_strike", ("2018-04-11", "2018-04-11"), loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor("ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), None, optional=True),
]

PROT = ["المتظاهرون الفلسطينيون", "المتظاهرين", "شابا", "Protesters (Palestine)", "Palestinian protesters", "Protesters"]
IDF = ["الجيش الإسرائيلي", "الاحتلال", "Military Forces of Israel", "Israeli Army", "IDF"]
C["ant-SK-middleEast-1142-20180420"] = [
    ev("excessive_force_against_protesters", ("2018-04-20", "2018-04-20"), loc("East of Jabalia", "PS", 31.545318, 34.491524, 25),
       actor(*PROT), actor(*IDF), fatalities=1, injured=1),
    ev("protest_with_intervention", ("2018-04-20", "2018-04-20"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor(*PROT), actor(*IDF), optional=True),
]

C["snn-c3313b582b52"] = []
C["ant-SK-internationalNews-3014-20180815"] = []

C["ant-CN-middleEast-858-20180509"] = [
    ev("peaceful_protest", ("2018-05-09", "2018-05-09"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("مشرّعين إيرانيين", "المشرعين", "Iranian lawmakers", "Protesters (Iran)"), None, optional=True),
]

C["snn-6ac18540f000"] = [
    ev("government_regains_territory", ("2015-07-15", "2015-07-22"), Y("At Tawahi, Aden", 12.78471, 44.9802),
       actor("المقاومة اليمنية", "المقاومة الشعبية", "Popular Resistance", "Yemeni government forces"),
       actor("مليشيا الحوثي", "الحوثي", "Houthis", "Ansar Allah"), optional=True),
]

C["snn-47811ca610e1"] = []
C["ant-SK-middleEast-2180-20180606"] = []

C["ant-SK-middleEast-2110-20180602"] = [
    ev("government_regains_territory", ("2018-06-02", "2018-06-02"), Y("Ghulayfiqah", 14.42818, 43.01946),
       actor(*RESIST), actor(*HOUTHI)),
    ev("armed_clash", ("2018-05-31", "2018-06-02"), Y("Ad Durayhimi", 14.63702, 43.05505),
       actor(*RESIST), actor(*HOUTHI, "ميليشيات الحوثي الانقلابية")),
    ev("government_regains_territory", ("2018-05-31", "2018-06-02"), Y("Ad Durayhimi", 14.63702, 43.05505),
       actor(*RESIST), actor(*HOUTHI), optional=True),
    ev("government_regains_territory", ("2018-05-26", "2018-06-02"), Y("At Tuhayta", 14.18356, 43.22637),
       actor(*RESIST), actor(*HOUTHI), optional=True),
]

C["snn-71a8faef03f3"] = []
C["snn-7601265f1f82"] = []
C["snn-b9d89e544b80"] = []

C["snn-5ba5ad97ba7b"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces mosque)", "SA", 18.240883, 42.57006, 25),
       None, actor("قوة الطوارئ الخاصة", "منسوبي قوة الطوارئ الخاصة", "رجال الأمن", "Police Forces of Saudi Arabia", "Saudi security forces"),
       fatalities=[15, 16], injured=33),
]

C["ant-SK-middleEast-2713-20180701"] = [
    ev("disrupted_weapons_use", ("2018-06-30", "2018-07-01"), loc("Hmeimim air base", "SY", 35.40081, 35.94032, 25),
       actor("الجيش الروسي", "Military Forces of Russia", "Russian military"), None),
    ev("air_drone_strike", ("2018-06-30", "2018-07-01"), loc("Hmeimim air base", "SY", 35.40081, 35.94032, 25),
       None, actor("الجيش الروسي", "Military Forces of Russia", "Russian military"), optional=True),
]

C["ant-CN-middleEast-1478-20181011"] = [
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.08, 29.01, 25),
       actor("مسؤولين سعوديين", "السلطات السعودية", "Government of Saudi Arabia"), actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists"),
       optional=True),
]

C["snn-79b4d50775dc"] = [
    ev("agreement", ("2015-07-11", "2015-07-19"), loc("Libya", "LY", None, None),
       actor("مجلس النواب", "House of Representatives", "الجماعات الليبية المتحاربة"), actor("مجالس بلدية في طرابلس ومدينة مصراتة", "Misrata", "Libya Dawn"),
       optional=True),
]

C["ant-SK-middleEast-2063-20180531"] = [
    ev("change_to_group_activity", ("2018-05-29", "2018-05-31"), Y("Al Hudaydah", 14.796625, 42.945213),
       actor("ميليشيات الحوثي", "مسلحو ميليشيات الحوثي", "Houthis", "Ansar Allah"), None, optional=True),
]

C["snn-9b5c167dc92b"] = []

C["snn-5046f34fb09f"] = [
    ev("suicide_bomb", ("2015-08-01", "2015-08-09"), loc("Abha (Emergency Forces mosque)", "SA", 18.240883, 42.57006, 50),
       None, actor("قوات الطوارئ", "المصلين", "Police Forces of Saudi Arabia"), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-08-09"), loc("Egypt", "EG", None, None),
       None, actor("كرواتيا", "Croatian national", "Civilians"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-130.jsonl"))
