import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = lambda *extra: actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "الحوثي", *extra)
COALITION = lambda *extra: actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "قوات التحالف العربي", "التحالف", *extra)

# 1
C["ant-SK-middleEast-1081-20180416"] = [
    ev("other", ("2018-04-08", "2018-04-08"), loc("Mogadishu airport", "SO", 2.014, 45.305, 25),
       actor("Somali security forces", "Military Forces of Somalia", "السلطات الأمنية الصومالية", "العناصر الأمنية الصومالية"),
       actor("UAE", "United Arab Emirates", "قوات الواجب الإماراتية", "الإمارات"), optional=True),
]
# 2
C["ant-SK-middleEast-2559-20180625"] = [
    ev("air_drone_strike", ("2018-06-23", "2018-06-25"), loc("Aqabat Marran, Saada", "YE", 16.80, 43.45, 50),
       COALITION("قوات التحالف العربي لدعم الشرعية"), HOUTHI("حزب الله", "Hezbollah"), fatalities=41),
    ev("armed_clash", ("2018-06-23", "2018-06-25"), loc("Aqabat Marran, Saada", "YE", 16.80, 43.45, 50),
       COALITION("Military Forces of Yemen"), HOUTHI("حزب الله", "Hezbollah"), fatalities=41, optional=True),
    ev("armed_clash", ("2018-06-23", "2018-06-25"), loc("Al Faza", "YE", 14.08, 43.12, 40),
       actor("Giants Brigades", "ألوية العمالقة", "Al Amaliqa Brigades"), HOUTHI("الميليشيات الانقلابية")),
    ev("armed_clash", ("2018-06-23", "2018-06-25"), loc("Al Jah", "YE", 14.35, 43.12, 40),
       actor("Giants Brigades", "ألوية العمالقة", "Al Amaliqa Brigades"), HOUTHI("الميليشيات الانقلابية")),
    ev("air_drone_strike", ("2018-06-23", "2018-06-25"), loc("Al Abbasi, Bayt al Faqih", "YE", 14.47, 43.29, 40),
       COALITION(), HOUTHI()),
    ev("attack", ("2018-06-18", "2018-06-25"), loc("Al Hada district, Dhamar", "YE", 14.81, 44.56, 50),
       HOUTHI(), HOUTHI("أحد العناصر"), fatalities=1, optional=True),
    ev("government_regains_territory", ("2018-06-18", "2018-06-24"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25),
       actor("Yemeni joint forces", "القوات اليمنية المشتركة", "Military Forces of Yemen", "قوات المقاومة اليمنية المشتركة"), HOUTHI(), optional=True),
]
# 3
C["ant-SK-middleEast-965-20180412"] = [
    ev("air_drone_strike", ("2018-04-09", "2018-04-09"), loc("T4 airbase (Tiyas)", "SY", 34.52, 37.63, 25),
       actor("Israel", "إسرائيل", "Military Forces of Israel"),
       actor("Iran", "إيرانيين", "Military Forces of Iran", "IRGC", "Syrian government forces", "Military Forces of Syria"), fatalities=14),
    ev("chemical_weapon", ("2018-04-06", "2018-04-12"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       actor("Syrian government forces", "النظام السوري", "Military Forces of Syria"), actor("Civilians", "المدنيين"),
       fatalities=[10, 99], optional=True),
]
# 4
C["ant-SK-internationalNews-333-20180314"] = []
# 5
C["snn-15e5ef6c3017"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-31"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), actor("Civilians", "الشباب المؤيد للأكراد"), fatalities=32, optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-31"), loc("Suruc", "TR", 36.976, 38.425, 50),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"), actor("Police Forces of Turkey", "الشرطة التركية"), fatalities=2, optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-08-09"), loc("northern Syria", "SY", None, None),
       actor("Military Forces of Turkey", "الحكومة", "Turkey"), actor("Islamic State", "داعش"), optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-08-09"), loc("northern Iraq", "IQ", None, None),
       actor("Military Forces of Turkey", "الحكومة", "Turkey"), actor("PKK", "حزب العمال الكردستاني"), optional=True),
]

# 6
C["snn-b2f663df9ce2"] = []
# 7
GOVYE = lambda *extra: actor("Military Forces of Yemen", "Yemeni government forces", "القوات الحكومية", "القوات الشرعية", *extra)
C["ant-SK-middleEast-2509-20180621"] = [
    ev("armed_clash", ("2018-06-19", "2018-06-21"), loc("Na'man district, Al Bayda", "YE", 14.60, 45.52, 40),
       GOVYE(), HOUTHI("العناصر الانقلابية", "الميليشيات الانقلابية")),
    ev("armed_clash", ("2018-06-19", "2018-06-21"), loc("Nati' - Al Malajim front, Al Bayda", "YE", 14.54, 45.59, 50),
       GOVYE(), HOUTHI("العناصر الانقلابية", "الميليشيات الانقلابية")),
    ev("government_regains_territory", ("2018-06-19", "2018-06-21"), loc("Aqabat al Qandha', Al Bayda", "YE", 14.54, 45.59, 50),
       GOVYE(), HOUTHI()),
    ev("armed_clash", ("2018-06-19", "2018-06-21"), loc("Al Malahidh, Az Zahir district, Saada", "YE", 16.90, 43.30, 40),
       GOVYE("قوات الجيش اليمني", "الجيش اليمني"), HOUTHI("مليشيات الحوثي الانقلابية")),
    ev("government_regains_territory", ("2018-06-19", "2018-06-21"), loc("Al Malahidh, Az Zahir district, Saada", "YE", 16.90, 43.30, 40),
       GOVYE("قوات الجيش اليمني", "الجيش اليمني"), HOUTHI("مليشيات الحوثي الانقلابية"), optional=True),
    ev("air_drone_strike", ("2018-06-19", "2018-06-21"), loc("Yemen", "YE", None, None),
       COALITION(), HOUTHI(), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-14", "2018-06-21"), loc("Al Thawra hospital, Hodeidah", "YE", 14.7966, 42.9452, 25),
       HOUTHI("ميليشيا الحوثي"), actor("Civilians", "المدنيين"), optional=True),
]
# 8
C["ant-SK-internationalNews-566-20180325"] = [
    ev("attack", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.2106, 2.4419, 25),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش", "رضوان لقديم", "Redouane Lakdim", "المهاجم"),
       actor("Civilians", "الرهائن", "Gendarmerie of France", "قوات الدرك"), fatalities=[4, 5]),
    ev("armed_clash", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.2106, 2.4419, 25),
       actor("Islamic State", "ISIS", "داعش", "رضوان لقديم", "Redouane Lakdim"),
       actor("Police Forces of France", "Gendarmerie of France", "قوات الأمن", "قوات الدرك"), fatalities=[4, 5], optional=True),
]
# 9
C["ant-SK-internationalNews-3178-20180909"] = []
# 10
C["ant-SK-economy-942-20180710"] = [
    ev("agreement", ("2018-07-09", "2018-07-09"), loc("Asmara", "ER", 15.338, 38.932, 25),
       actor("Government of Ethiopia", "Ethiopia", "إثيوبيا"), actor("Government of Eritrea", "Eritrea", "إريتريا"), optional=True),
]

# 11
C["ant-CN-middleEast-989-20180521"] = []
# 12
C["ant-CN-middleEast-549-20180410"] = [
    ev("chemical_weapon", ("2018-04-06", "2018-04-10"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       actor("Syrian government forces", "Military Forces of Syria"), actor("Civilians"), optional=True),
]
# 13
C["ant-SK-sport-14-20180217"] = []
# 14
C["snn-88ee3125246d"] = []
# 15
C["snn-31fb0021137c"] = [
    ev("attack", ("2015-08-05", "2015-08-05"), loc("Metn highway, Beirut", "LB", 33.89, 35.55, 25),
       actor("مسلحان", "Unidentified armed group"), actor("Civilians", "منهل عبدالقادر", "فاطمة عدنان"),
       fatalities=1, injured=1, optional=True),
]

# 16
C["snn-152a401b14f5"] = []
# 17
PROT_IR = actor("Protesters (Iran)", "المئات", "متظاهرون", "Protesters")
C["ant-SK-internationalNews-2880-20180803"] = [
    ev("peaceful_protest", ("2018-07-31", "2018-08-01"), loc("Isfahan", "IR", 32.65, 51.67, 25), PROT_IR, None),
    ev("peaceful_protest", ("2018-07-31", "2018-08-01"), loc("Shiraz", "IR", 29.61, 52.53, 25), PROT_IR, None),
    ev("peaceful_protest", ("2018-07-31", "2018-08-01"), loc("Ahvaz", "IR", 31.32, 48.67, 25), PROT_IR, None),
]
# 18
C["snn-810c0573897e"] = []
# 19
C["ant-SK-middleEast-1124-20180419"] = [
    ev("air_drone_strike", ("2018-04-17", "2018-04-19"), loc("Syria (near Iraqi border)", "SY", None, None),
       actor("Military Forces of Iraq", "Iraqi Air Force", "القوات الجوية العراقية", "الحكومة العراقية"),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), optional=True),
]
# 20
C["snn-5e1aa52ab283"] = []

# 21
ANTIH = actor("فصائل تعارض الحوثيين", "Popular Resistance", "Anti-Houthi forces", "Pro-Hadi forces")
C["snn-fd8a359f2703"] = [
    ev("armed_clash", ("2015-07-27", "2015-07-27"), loc("Marib governorate", "YE", 15.4625, 45.3258, 100), ANTIH, HOUTHI("قوات الحوثي")),
    ev("armed_clash", ("2015-07-27", "2015-07-27"), loc("Taiz governorate", "YE", 13.5783, 44.0177, 100), ANTIH, HOUTHI("قوات الحوثي")),
    ev("change_to_group_activity", ("2015-07-26", "2015-07-26"), loc("Yemen", "YE", None, None),
       COALITION(), None, optional=True),
]
# 22
C["ant-SK-middleEast-667-20180330"] = [
    ev("arrests", ("2018-03-27", "2018-03-30"), loc("Spain", "ES", None, None),
       actor("Police Forces of Spain", "الشرطة الإسبانية"), actor("شخصين", "Islamic State", "داعش"), optional=True),
]
# 23
C["snn-4ce85eca1fd3"] = [
    ev("attack", ("2015-03-18", "2015-03-18"), loc("Bardo, Tunis", "TN", 36.8092, 10.1406, 25),
       actor("Islamic State", "ISIS", "داعش", "شخصان"), actor("Civilians", "سياح", "أجنبيا"), fatalities=[21, 24], optional=True),
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Port El Kantaoui, Sousse", "TN", 35.8924, 10.5943, 25),
       actor("Islamic State", "ISIS", "داعش", "طالب تونسي"), actor("Civilians", "السياح", "سائحا"), fatalities=[38, 39], optional=True),
]
# 24
C["ant-CN-internationalNews-709-20181015"] = []
# 25
C["snn-a1b9a5d9d2c1"] = []

# 26
C["snn-7444852540f2"] = []
# 27
FANS = actor("مشجعي الناديين", "المشجعين", "Rioters (Algeria)", "Rioters")
C["ant-SK-sport-703-20180416"] = [
    ev("mob_violence", ("2018-04-13", "2018-04-13"), loc("Constantine (Hamlaoui stadium)", "DZ", 36.365, 6.6147, 25),
       FANS, actor("Police Forces of Algeria", "قوات الأمن", "مكافحة الشغب"), injured=104),
    ev("violent_demonstration", ("2018-04-13", "2018-04-13"), loc("Constantine (Hamlaoui stadium)", "DZ", 36.365, 6.6147, 25),
       FANS, actor("Police Forces of Algeria", "قوات الأمن", "مكافحة الشغب"), injured=104, optional=True),
    ev("mob_violence", ("2018-04-13", "2018-04-13"), loc("Oran", "DZ", 35.6728, -0.6079, 25),
       FANS, None, optional=True),
]
# 28
C["ant-SK-middleEast-2183-20180606"] = [
    ev("other", ("2018-05-23", "2018-06-06"), loc("Sanaa outskirts (Khawlan, Arhab, Sanhan)", "YE", 15.35, 44.21, 50),
       HOUTHI("نقاطا أمنية للحوثيين"), actor("Civilians"), optional=True),
]
# 29
C["snn-473da608f986"] = []
# 30
C["ant-SK-internationalNews-1774-20180525"] = []

# 31
HS = lambda *extra: HOUTHI("ميليشات الحوثي و صالح", "ميليشيات الحوثي و صالح", "المتمردين", "Forces of Ali Abdullah Saleh", "Saleh loyalists", *extra)
C["snn-48d31837673e"] = [
    ev("armed_clash", ("2015-08-02", "2015-08-03"), loc("Al Jufaynah, west of Marib", "YE", 15.4137, 45.2788, 25),
       None, HS(), fatalities=13),
    ev("armed_clash", ("2015-08-01", "2015-08-03"), loc("Al Dabab, Taiz", "YE", 13.53, 43.97, 25),
       actor("Popular Resistance", "المقاومه الشعبية", "المقاومة الشعبية"), HS()),
    ev("armed_clash", ("2015-08-01", "2015-08-03"), loc("northern Taiz", "YE", 13.62, 44.02, 25),
       actor("Popular Resistance", "المقاومه الشعبية"), HS(), optional=True),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), loc("Al Jufaynah, west of Marib", "YE", 15.4137, 45.2788, 25),
       COALITION("طيران التحالف"), HS()),
    ev("air_drone_strike", ("2015-08-02", "2015-08-03"), loc("Al Hawban, Taiz", "YE", 13.59, 44.07, 25),
       COALITION("طيران التحالف"), HS()),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), loc("Wadi Khabsh (Al Kharid), Al Matammah, Al Jawf", "YE", 16.10, 44.37, 25),
       COALITION("طيران التحالف"), HS()),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), loc("Hamdan, Al Hazm, Al Jawf", "YE", 16.164, 44.777, 25),
       COALITION("طيران التحالف"), HS()),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), loc("Al Ghayl, Al Jawf", "YE", 16.108, 44.680, 25),
       COALITION("طيران التحالف"), HS()),
]
# 32
C["ant-SK-middleEast-2021-20180529"] = []
# 33
C["snn-88bb490ccc4c"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-08-07"), loc("Zabadani", "SY", 33.7249, 36.1005, 25),
       actor("Syrian government forces", "قوات نظام الأسد", "Military Forces of Syria", "حزب الله", "Hezbollah"), None, optional=True),
    ev("air_drone_strike", ("2015-07-31", "2015-08-07"), loc("Zabadani", "SY", 33.7249, 36.1005, 25),
       actor("Syrian government forces", "قوات نظام الأسد", "Military Forces of Syria"), None, optional=True),
    ev("abduction_forced_disappearance", ("2015-07-27", "2015-08-02"), loc("Syria (Azaz area)", "SY", 36.59, 37.05, 50),
       actor("Jabhat al-Nusra", "جبهة النصرة", "Al Nusra Front"), actor("Division 30", "القوى السورية المعتدلة"), optional=True),
]
# 34
TURK = actor("Military Forces of Turkey", "القوات التركية", "Turkey", "تركيا")
C["ant-SK-middleEast-327-20180316"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-15", "2018-03-16"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       TURK, actor("Civilians", "مدنيا", "المدنيين"), fatalities=18),
    ev("armed_clash", ("2018-03-15", "2018-03-16"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       TURK, actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية"), ),
    ev("headquarters_or_base_established", ("2018-03-12", "2018-03-12"), loc("south of Afrin (Nubl)", "SY", 36.3787, 36.9929, 25),
       actor("Republican Guard", "قوات الحرس الجمهوري", "Military Forces of Syria"), None, optional=True),
]
# 35
C["ant-SK-internationalNews-1849-20180529"] = [
    ev("attack", ("2018-05-27", "2018-05-29"), loc("Liege", "BE", 50.6326, 5.5797, 25),
       actor("المسلح", "Benjamin Herman", "كينجامين هيرمان", "Unidentified armed group"),
       actor("Police Forces of Belgium", "ضباط الشرطة", "Civilians", "المارة"), fatalities=4),
    ev("armed_clash", ("2018-05-27", "2018-05-29"), loc("Liege", "BE", 50.6326, 5.5797, 25),
       actor("المسلح", "Benjamin Herman", "كينجامين هيرمان"),
       actor("Police Forces of Belgium", "ضباط الشرطة"), fatalities=4, optional=True),
]

# 36
C["ant-SK-economy-713-20180602"] = []
# 37
C["ant-SK-middleEast-3951-20181019"] = []
# 38
C["snn-7f62f4323210"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-22"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("انتحاري", "مشتبه به", "Islamic State", "ISIS"), actor("Civilians"), fatalities=32),
]
# 39
C["snn-3ff849aa4cb2"] = []
# 40
C["snn-66b8f51b98ef"] = []

# 41
C["snn-09d11dabc52b"] = []
# 42
C["ant-CN-middleEast-1092-20180603"] = []
# 43
C["snn-aa912c188572"] = [
    ev("armed_clash", ("2015-07-30", "2015-08-01"), loc("Zabadani", "SY", 33.7249, 36.1005, 25),
       actor("Hezbollah", "حزب الله", "الحزب", "الفرقة الرابعة", "Military Forces of Syria", "النظام"), None,
       fatalities=8, injured=20),
]
# 44
C["snn-fb432565ae7e"] = []
# 45
C["snn-4763f5148b2e"] = []

# 46-50
C["snn-7c0a9641b458"] = []
C["snn-b654f8b963b1"] = []
C["ant-SK-internationalNews-2344-20180626"] = []
C["ant-SK-internationalNews-253-20180310"] = []
C["ant-SK-economy-1430-20181012"] = []

# 51
C["ant-SK-middleEast-1769-20180517"] = [
    ev("air_drone_strike", ("2018-03-17", "2018-05-17"), loc("Hodeidah", "YE", 14.7966, 42.9452, 25),
       COALITION("تحالف دعم الشرعية", "غارة للتحالف"), HOUTHI("صالح الصماد"), optional=True),
]
# 52
PROT_IQ = actor("Protesters (Iraq)", "المتظاهرين", "المحتجين", "Protesters")
C["ant-SK-middleEast-3081-20180723"] = [
    ev("peaceful_protest", ("2018-07-08", "2018-07-22"), loc(nm, "IQ", la, lo, 25), PROT_IQ, None, optional=True)
    for nm, la, lo in [("Basra", 30.533, 47.797), ("Nasiriyah", 31.058, 46.257), ("Diwaniyah", 31.993, 44.926),
                       ("Karbala", 32.616, 44.025), ("Baghdad", 33.34, 44.40)]
]
# 53
AAH = actor("Asaib Ahl al-Haq", "عصائب أهل الحق", "ميليشيا عصائب أهل الحق", "Popular Mobilization Forces")
C["ant-SK-middleEast-2898-20180714"] = [
    ev("violent_demonstration", ("2018-07-12", "2018-07-14"), loc("Al Tuwaisa, central Basra", "IQ", 30.533, 47.797, 25),
       actor("Rioters (Iraq)", "متظاهرين", "Protesters (Iraq)"), actor("Badr Organization", "ميليشيا بدر", "بدر")),
    ev("violent_demonstration", ("2018-07-12", "2018-07-14"), loc("Karbala", "IQ", 32.616, 44.025, 25),
       actor("Rioters (Iraq)", "آخرون", "متظاهرين", "Protesters (Iraq)"), actor("Karbala governorate building", "مبنى محافظة كربلاء", "Government of Iraq")),
    ev("violent_demonstration", ("2018-07-14", "2018-07-14"), loc("Najaf", "IQ", 31.9892, 44.3291, 25),
       actor("Rioters (Iraq)", "متظاهرين", "Protesters (Iraq)"), actor("قوات مكافحة الشغب العراقية", "Police Forces of Iraq", "Asaib Ahl al-Haq", "عصائب أهل الحق")),
    ev("protest_with_intervention", ("2018-07-14", "2018-07-14"), loc("Najaf", "IQ", 31.9892, 44.3291, 25),
       actor("Protesters (Iraq)", "متظاهرين"), actor("قوات مكافحة الشغب العراقية", "Police Forces of Iraq"), optional=True),
    ev("attack", ("2018-07-13", "2018-07-13"), loc("Najaf", "IQ", 31.9892, 44.3291, 25),
       AAH, actor("Protesters (Iraq)", "المتظاهرين", "Civilians")),
    ev("excessive_force_against_protesters", ("2018-07-13", "2018-07-13"), loc("Najaf", "IQ", 31.9892, 44.3291, 25),
       AAH, actor("Protesters (Iraq)", "المتظاهرين"), optional=True),
]
# 54
C["ant-SK-middleEast-2677-20180630"] = [
    ev("arrests", ("2018-06-30", "2018-06-30"), loc("Minya", "EG", 28.1099, 30.7503, 50),
       actor("Egyptian authorities", "السلطات المصرية", "Police Forces of Egypt", "Government of Egypt"),
       actor("Muslim Brotherhood", "الإخوان", "تنظيم الإخوان الإرهابي", "عناصر إخوانية")),
    ev("armed_clash", ("2018-06-16", "2018-06-30"), loc("North Sinai", "EG", 31.13, 33.80, 100),
       actor("Military Forces of Egypt", "قوات الجيش والشرطة"), actor("الجماعات المتشددة", "Islamic State - Sinai Province"), optional=True),
]
# 55
C["snn-cd64d7750274"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-31.jsonl"))
