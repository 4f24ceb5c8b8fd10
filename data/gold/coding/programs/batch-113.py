import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

EGPOL = actor("Police Forces of Egypt", "Egyptian police", "الشرطة", "أفراد الشرطة", "الأمن المركزي", "قوات الأمن")
EGMIL = actor("Military Forces of Egypt", "Egyptian army", "الجيش المصري", "الجيش", "قوات الأمن")
ISR = actor("Military Forces of Israel", "Israeli forces", "Israeli army", "IDF", "القوات الإسرائيلية", "قوات الاحتلال", "الجيش الإسرائيلي", "إسرائيل")
GAZA = loc("Gaza Strip (border)", "PS", 31.42, 34.38, 30)

C["ant-SK-middleEast-1793-20180518"] = [
    ev("remote_explosive_landmine_ied", ("2018-05-17", "2018-05-18"),
       loc("Al Arish", "EG", 31.13159, 33.79844, 25),
       None, EGPOL, fatalities=1, injured=1),
    ev("armed_clash", ("2018-05-10", "2018-05-17"), loc("North Sinai", "EG", 31.13159, 33.79844, 100),
       EGMIL, actor("عنصرا تكفيريا", "takfiri elements", "militants", "Islamic State", "داعش"),
       fatalities=19, optional=True),
]
C["ant-CN-middleEast-644-20180415"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("الولايات المتحدة", "United States", "US", "فرنسا", "France", "بريطانيا", "United Kingdom"),
       actor("Military Forces of Syria", "Syrian government", "منشآت كيماوية"), optional=True),
]
C["snn-73c921c963b3"] = []
C["ant-SK-middleEast-760-20180403"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA,
       ISR, actor("Protesters (Palestine)", "Palestinian protesters", "الفلسطينيين", "فلسطينيا", "المدنيين الفلسطينيين"),
       fatalities=17, injured=[1400, 1600]),
    ev("protest_with_intervention", ("2018-03-30", "2018-03-30"), GAZA,
       actor("Protesters (Palestine)", "Palestinian protesters", "الفلسطينيين"), ISR,
       fatalities=17, injured=[1400, 1600], optional=True),
]
C["snn-5c59f8269a0f"] = []

RES = actor("قوات المقاومة", "المقاومة اليمنية", "المقاومة", "قوات المقاومة التهامية والجنوبية والوطنية اليمنية", "قوات التحالف العربي", "التحالف العربي",
            "Yemeni Resistance", "Tihama Resistance", "National Resistance", "Southern Resistance", "Saudi-led coalition", "Arab Coalition",
            "Military Forces of Yemen (Hadi)", "Yemeni government forces")
HOU = actor("ميليشيات الحوثي", "الحوثيين", "الحوثي", "الانقلابين", "Houthis", "Ansar Allah", "Houthi militia")
C["ant-SK-middleEast-1974-20180527"] = [
    ev("government_regains_territory", ("2018-05-25", "2018-05-27"), loc("Al Faza (At Tuhayta)", "YE", 14.08078, 43.119866, 50),
       RES, HOU),
    ev("government_regains_territory", ("2018-05-25", "2018-05-27"), loc("Zabid junction", "YE", 14.1951, 43.31518, 25),
       RES, HOU),
    ev("armed_clash", ("2018-05-25", "2018-05-27"), loc("Razih (Saada)", "YE", 16.927219, 43.254721, 25),
       actor("الجيش الوطني اليمني", "قوات التحالف", "التحالف العربي", "Military Forces of Yemen (Hadi)", "Yemeni army", "Saudi-led coalition", "Arab Coalition"),
       HOU, fatalities=4),
    ev("armed_clash", ("2018-05-25", "2018-05-27"), loc("At Tuhayta", "YE", 14.18356, 43.22637, 25), RES, HOU, optional=True),
    ev("armed_clash", ("2018-05-25", "2018-05-27"), loc("Zabid", "YE", 14.1951, 43.31518, 25), RES, HOU, optional=True),
]
C["snn-3321c5df09ef"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Heliopolis (Cairo)", "EG", 30.1, 31.3333, 25),
       actor("أجناد مصر", "تنظيم أجناد مصر", "Ajnad Misr"), EGPOL, fatalities=0, injured=3),
    ev("disrupted_weapons_use", ("2015-08-10", "2015-08-10"), loc("Heliopolis (Cairo)", "EG", 30.1, 31.3333, 25),
       actor("خبراء المتفجرات", "الداخلية المصرية", "Police Forces of Egypt", "Egyptian police", "Egyptian Interior Ministry"),
       actor("أجناد مصر", "Ajnad Misr")),
]
C["snn-40cdb561fbff"] = [
    ev("peaceful_protest", ("2015-07-19", "2015-07-20"), loc("Australia", "AU", None, None),
       actor("Protesters (Australia)", "التظاهرات المعادية للإسلام", "Reclaim Australia", "anti-racism protesters"), None, optional=True),
]
C["ant-SK-internationalNews-135-20180225"] = [
    ev("peaceful_protest", ("2018-02-25", "2018-02-25"), loc("Tongil Bridge (Paju)", "KR", 37.89, 126.74, 50),
       actor("Protesters (South Korea)", "محتجون", "محتجون من كوريا الجنوبية", "أعضاء البرلمان المحافظين والنشطاء", "Liberty Korea Party", "حزب حرية كوريا"), None),
]
C["snn-4a235e236603"] = []

C["snn-66e8f0bd01bf"] = []
C["ant-SK-middleEast-1094-20180417"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25), None,
       actor("Civilians", "المدنيين"), optional=True),
]
C["ant-SK-middleEast-2440-20180617"] = [
    ev("shelling_artillery_missile_attack", ("2018-06-17", "2018-06-17"), loc("Jazan", "SA", 16.8892, 42.5511, 50),
       HOU, actor("Civilians", "مقيم من الجنسية الباكستانية", "المناطق المدنية", "Civilians (Saudi Arabia)", "Saudi Arabia", "السعودية"),
       fatalities=0, injured=1),
]
C["snn-b4cb8ca60efc"] = []
C["snn-8aab762f4f20"] = [
    ev("peaceful_protest", ("2015-06-12", "2015-07-02"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("Protesters (Iran)", "المعلمين", "تظاهرات للمعلمين", "نقابات المعلمين", "teachers"), None, optional=True),
]

C["snn-08529d01f41d"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-04"), loc("Al Anad air base (Lahj)", "YE", 13.18, 44.77, 25),
       actor("المقاومة الشعبية اليمنية", "قوات التحالف العربي", "Popular Resistance", "Military Forces of Yemen (Hadi)", "Saudi-led coalition", "Arab Coalition", "Yemeni government forces"),
       actor("المليشيات الانقلابية", "Houthis", "Ansar Allah", "Houthi-Saleh forces")),
]
BASRA = loc("Basra", "IQ", 30.50852, 47.7804, 25)
BPROT = actor("Rioters (Iraq)", "Protesters (Iraq)", "محتجين", "المتظاهرين", "متظاهرا")
C["ant-SK-middleEast-3600-20180910"] = [
    ev("violent_demonstration", ("2018-09-04", "2018-09-08"), BASRA, BPROT, None, optional=True),
    ev("excessive_force_against_protesters", ("2018-09-04", "2018-09-08"), BASRA,
       actor("Police Forces of Iraq", "Military Forces of Iraq", "Iraqi security forces"), BPROT, fatalities=12, optional=True),
]
C["snn-5f9b69619c10"] = [
    ev("shelling_artillery_missile_attack", ("2015-03-26", "2015-08-06"), loc("Saudi Arabia (Yemen border)", "SA", None, None),
       actor("ميليشيا الحوثيين", "الحوثيين", "Houthis", "Ansar Allah"), actor("مدنيين", "Civilians", "قوات الأمن", "Saudi security forces"), fatalities=[2, 99], optional=True),
]
C["ant-CN-middleEast-1315-20180908"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), BASRA,
       actor("Rioters (Iraq)", "Protesters (Iraq)", "محتجين", "احتجاجات عنيفة"), actor("القنصلية", "Iranian consulate", "Iran"), optional=False),
]
C["ant-SK-middleEast-2822-20180710"] = [
    ev("agreement", ("2018-07-06", "2018-07-06"), loc("Eastern Daraa countryside", "SY", 32.6, 36.3, 50),
       actor("الجيش السوري", "قوات النظام", "النظام", "Military Forces of Syria", "Syrian government forces", "Russia", "روسيا"),
       actor("الجيش السوري الحر", "Free Syrian Army", "FSA", "المعارضة"), optional=True),
    ev("government_regains_territory", ("2018-07-04", "2018-07-10"), loc("Nasib crossing", "SY", 32.5518, 36.18813, 25),
       actor("قوات النظام", "الميليشيات الإيرانية", "Military Forces of Syria", "Syrian government forces", "Iranian militias"),
       actor("المعارضون", "المعارضة", "Syrian opposition", "Free Syrian Army", "FSA"), optional=True),
    ev("armed_clash", ("2018-07-04", "2018-07-10"), loc("Daraa", "SY", 32.61889, 36.10213, 25),
       actor("قوات النظام", "الحكومة", "Military Forces of Syria", "Syrian government forces"),
       actor("المعارضة", "Syrian opposition", "Free Syrian Army"), optional=True),
]

C["snn-3f178a8a6033"] = []
C["ant-SK-internationalNews-3066-20180817"] = []
C["snn-390fc3b1c656"] = []
LAT = loc("Al Lataminah", "SY", 35.32149, 36.62292, 25)
C["ant-SK-middleEast-2356-20180613"] = [
    ev("chemical_weapon", ("2017-03-24", "2017-03-24"), LAT, None, actor("Civilians", "المدنيين"), optional=True),
    ev("chemical_weapon", ("2017-03-25", "2017-03-25"), LAT, None, actor("Civilians", "مستشفى اللطامنة"), optional=True),
]
C["snn-be9cf8df6d14"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Taiz", "YE", 13.57825, 44.017666, 25),
       actor("المقاومة الشعبية", "مقاتلي المقاومة الشعبية", "Popular Resistance"),
       actor("الحوثيين", "ميليشيات الانقلابيين", "المتمردين", "Houthis", "Ansar Allah"), optional=True),
]

C["snn-50e169e91315"] = []
C["ant-SK-middleEast-964-20180412"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("النظام السوري", "Military Forces of Syria", "Syrian government forces"), actor("Civilians", "المدنيين"),
       fatalities=[10, 99], optional=True),
]
RAM = loc("Anbar University, Ramadi", "IQ", 33.42056, 43.30778, 25)
IQF = actor("قوات الأمن", "قوات جهاز مكافحة الإرهاب", "القوات الخاصة", "الجيش", "الشرطة الاتحادية", "Iraqi security forces",
            "Counter Terrorism Service", "Military Forces of Iraq", "Police Forces of Iraq", "Iraqi Federal Police")
ISIS = actor("تنظيم داعش", "داعش", "مسلحي تنظيم داعش", "Islamic State", "ISIS", "IS", "Daesh")
C["snn-a625e9cda284"] = [
    ev("government_regains_territory", ("2015-07-26", "2015-07-26"), RAM, IQF, ISIS),
    ev("armed_clash", ("2015-07-26", "2015-07-26"), RAM, IQF, ISIS, optional=True),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), RAM,
       actor("التحالف", "Global Coalition against Daesh", "US-led coalition", "International coalition"), ISIS, optional=True),
]
C["snn-0445158ecf8e"] = []
C["ant-SK-middleEast-1813-20180519"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-15"), GAZA, ISR,
       actor("Protesters (Palestine)", "الفلسطينيين", "Palestinian protesters"), optional=True),
]

C["ant-CN-middleEast-10-20180218"] = [
    ev("air_drone_strike", ("2018-02-07", "2018-02-08"), loc("Khusham (east of Euphrates, Deir ez-Zor)", "SY", 35.30088, 40.28916, 50),
       actor("قوات التحالف الدولي بقيادة الولايات المتحدة", "القوات الأمريكية", "US-led coalition", "Global Coalition against Daesh", "United States"),
       actor("قوات موالية للنظام السوري", "المتعاقدين العسكريين الروس", "Pro-regime forces", "Wagner Group", "Russian contractors"),
       fatalities=[90, 110], optional=True),
    ev("armed_clash", ("2018-02-07", "2018-02-08"), loc("Khusham (east of Euphrates, Deir ez-Zor)", "SY", 35.30088, 40.28916, 50),
       actor("قوات موالية للنظام السوري", "Pro-regime forces", "Wagner Group"),
       actor("قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SDF"), optional=True),
]
C["ant-SK-internationalNews-366-20180315"] = []
C["ant-CN-economy-298-20180910"] = []
RESJ = actor("المقاومة المشتركة", "المقاومة اليمنية المشتركة", "قوات المقاومة", "Joint Resistance", "Yemeni Resistance",
             "Military Forces of Yemen (Hadi)", "Saudi-led coalition", "Arab Coalition")
HOU2 = actor("ميليشيات الحوثي", "الحوثيين", "الميليشيات الانقلابية", "المتمردين", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-2082-20180601"] = [
    ev("armed_clash", ("2018-05-31", "2018-06-01"), loc("Husseiniya farms", "YE", 14.72659, 43.30357, 25), RESJ, HOU2),
    ev("armed_clash", ("2018-05-31", "2018-06-01"), loc("At Tuhayta outskirts", "YE", 14.18356, 43.22637, 25), RESJ, HOU2),
    ev("armed_clash", ("2018-05-31", "2018-06-01"), loc("Al Taif (Ad Durayhimi, west coast)", "YE", 14.58, 43.07, 50), RESJ, HOU2, optional=True),
]
C["ant-CN-sport-106-20180316"] = []

C["snn-234249502034"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-24"), loc("Aden", "YE", 12.798744, 45.015277, 50),
       actor("المقاومة الشعبية", "الجيش الوطني الموالي للحكومة اليمنية", "Popular Resistance", "Military Forces of Yemen (Hadi)"),
       actor("الحوثيين", "مليشيات الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-06bd89af5140"] = []
C["ant-SK-internationalNews-3259-20181001"] = []
C["ant-SK-technology-490-20180423"] = []
C["snn-d9502a366f44"] = []
C["snn-04f13d1eee42"] = []

C["ant-SK-internationalNews-1690-20180521"] = []
BUJ = loc("Bujumbura", "BI", -3.3822, 29.3644, 25)
C["snn-efaea96f972c"] = [
    ev("grenade", ("2015-07-20", "2015-07-21"), BUJ, None, None, fatalities=[0, 1]),
    ev("armed_clash", ("2015-07-20", "2015-07-21"), BUJ, None, actor("شرطي", "Police Forces of Burundi", "police"), fatalities=[0, 1], optional=True),
    ev("attack", ("2015-07-20", "2015-07-21"), BUJ, None,
       actor("مسؤول محلي لحزب معارض", "Civilians (Burundi)", "opposition party official", "Civilians"), fatalities=1, optional=True),
]
C["ant-SK-middleEast-1968-20180527"] = []
C["ant-CN-economy-353-20181002"] = []
W3 = actor("الولايات المتحدة", "فرنسا", "بريطانيا", "الدول الثلاث", "United States", "US", "France", "United Kingdom", "UK", "Western coalition")
SYR = actor("النظام السوري", "أهداف للنظام السوري", "منشآت كيماوية سورية", "Military Forces of Syria", "Syrian government", "Syrian regime")
C["ant-SK-middleEast-1050-20180416"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Damascus", "SY", 33.5138, 36.2765, 25), W3, SYR),
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Homs", "SY", 34.7324, 36.7137, 50), W3, SYR),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("Damascus", "SY", 33.5138, 36.2765, 25), W3, SYR, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("Homs", "SY", 34.7324, 36.7137, 50), W3, SYR, optional=True),
    ev("air_drone_strike", ("2018-04-09", "2018-04-09"), loc("T4 (Tiyas) air base, Homs", "SY", 34.52, 37.63, 25),
       actor("إسرائيل", "غارة إسرائيلية", "Military Forces of Israel", "Israeli Air Force", "Israel"),
       actor("قوات النظام", "الجيش السوري", "مقاتلين إيرانيين", "Military Forces of Syria", "Iranian forces", "IRGC"),
       fatalities=14, optional=True),
    ev("air_drone_strike", ("2018-02-07", "2018-02-08"), loc("Deir ez-Zor", "SY", 35.33588, 40.14084, 100),
       actor("غارات أميركية", "United States", "US-led coalition"),
       actor("قوات سورية وميليشيات تابعة لها", "Military Forces of Syria", "Pro-regime forces", "Russian contractors"),
       fatalities=100, optional=True),
    ev("air_drone_strike", ("2018-02-10", "2018-02-10"), loc("Syria", "SY", None, None),
       actor("إسرائيل", "الجيش الإسرائيلي", "Military Forces of Israel", "Israel"),
       actor("مواقع إيرانية", "النظام", "Iranian forces", "Military Forces of Syria"), optional=True),
]
C["snn-924c49dd8d75"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-113.jsonl"))
