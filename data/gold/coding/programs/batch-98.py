import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-0cc1f7b2bf8b"] = []
C["snn-c7a32ba517e6"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"),
       loc("Daraa", "SY", 32.61889, 36.10213, 25),
       actor("Southern Front", "الجبهة الجنوبية", "المعارضة المسلحة", "Syrian rebels", "Syrian opposition"),
       actor("Syrian government forces", "قوات الأسد", "القوات الحكومية", "Syrian Army")),
    ev("armed_clash", ("2015-07-24", "2015-07-24"),
       loc("Daraa", "SY", 32.61889, 36.10213, 25),
       actor("Southern Front", "الجبهة الجنوبية", "المعارضة المسلحة", "Syrian rebels", "Syrian opposition"),
       actor("Syrian government forces", "قوات الأسد", "القوات الحكومية", "Syrian Army"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"),
       loc("Al-Ghariyah al-Gharbiyah", "SY", 32.6869, 36.22534, 25),
       actor("Syrian government forces", "الجيش السوري", "Syrian Army", "Syrian Arab Army"),
       actor("Civilians", "مدنيين", "المدنيين"), fatalities=13),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"),
       loc("Al-Ghariyah al-Gharbiyah", "SY", 32.6869, 36.22534, 25),
       actor("Syrian government forces", "الجيش السوري", "Syrian Army", "Syrian Arab Army"),
       actor("Civilians", "مدنيين", "المدنيين"), fatalities=13, optional=True),
    ev("armed_clash", ("2015-06-01", "2015-06-30"),
       loc("Daraa", "SY", 32.61889, 36.10213, 25),
       actor("Southern Front", "الجبهة الجنوبية", "Syrian rebels"),
       actor("Syrian government forces", "القوات الحكومية", "Syrian Army"), optional=True),
]
C["snn-f99f5a9759a8"] = []
C["snn-0ede699f62ee"] = []
C["ant-SK-internationalNews-1002-20180418"] = [
    ev("arrests", ("2018-04-11", "2018-04-18"), loc("Northern Syria", "SY", None, None),
       actor("Kurdish forces", "قوات كردية", "الجهات الكردية الأمنية", "YPG", "SDF"),
       actor("Mohammed Haydar Zammar", "محمد حيدر زمّار", "محمد حيدر زمار"), optional=True),
]

C["snn-8d17ee1cbb79"] = []
C["ant-CN-middleEast-44-20180220"] = [
    ev("armed_clash", ("2018-02-06", "2018-02-20"), loc("Syria", "SY", None, None), None,
       actor("Russian citizens", "الروس", "مواطنون روس", "Russian contractors", "Wagner Group"), fatalities=[2, 99], injured=[10, 99], optional=True),
]
C["ant-SK-middleEast-196-20180310"] = [
    ev("government_regains_territory", ("2018-03-03", "2018-03-09"), loc("Jindires", "SY", 36.39496, 36.6889, 25),
       actor("Military Forces of Turkey", "القوات التركية", "Turkish forces", "Turkish army"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب", "وحدات حماية الشعب الكردية", "Kurdish forces"), optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-03-03", "2018-03-09"), loc("Jindires", "SY", 36.39496, 36.6889, 25),
       actor("Military Forces of Turkey", "القوات التركية", "Turkish forces", "Turkish army"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب", "وحدات حماية الشعب الكردية", "Kurdish forces"), optional=True),
    ev("armed_clash", ("2018-03-08", "2018-03-10"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Military Forces of Turkey", "القوات التركية", "Turkish forces", "الفصائل السورية الموالية لها", "Turkish-backed Syrian opposition"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب", "وحدات حماية الشعب الكردية"), optional=True),
]
HOUTHI = actor("Houthis", "Ansar Allah", "مليشيات الحوثي", "ميليشيات الحوثي", "الحوثيين", "المتمردين", "مسلحي الحوثي")
COAL = actor("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية", "مقاتلات تحالف دعم الشرعية", "التحالف")
C["ant-SK-middleEast-2130-20180603"] = [
    ev("air_drone_strike", ("2018-06-03", "2018-06-03"), loc("At Tuhayta", "YE", 14.18356, 43.22637, 25), COAL, HOUTHI),
    ev("air_drone_strike", ("2018-06-03", "2018-06-03"), loc("Al Faza (east)", "YE", 14.08078, 43.119866, 50), COAL, HOUTHI),
    ev("air_drone_strike", ("2018-06-03", "2018-06-03"), loc("Al Mashrai", "YE", 14.08078, 43.119866, 50), COAL, HOUTHI),
    ev("disrupted_weapons_use", ("2018-06-01", "2018-06-03"), loc("Hodeidah governorate west coast", "YE", 14.4, 43.1, 100),
       actor("National Resistance", "المقاومة الوطنية", "فرق الألغام التابعة للمقاومة الوطنية", "Yemeni joint resistance"), HOUTHI, optional=True),
    ev("armed_clash", ("2018-05-27", "2018-06-02"), loc("West coast", "YE", 14.4, 43.1, 100),
       actor("Yemeni joint resistance", "المقاومة المشتركة", "المقاومة اليمنية المشتركة", "Giants Brigades", "ألوية العمالقة"), HOUTHI, optional=True),
    ev("air_drone_strike", ("2018-05-27", "2018-06-02"), loc("West coast", "YE", 14.4, 43.1, 100), COAL, HOUTHI, optional=True),
]
C["ant-CN-sport-36-20180221"] = []

C["ant-SK-internationalNews-1498-20180510"] = [
    ev("peaceful_protest", ("2018-05-08", "2018-05-10"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("Iranian MPs", "نواب في البرلمان", "البرلمان الإيراني", "Protesters (Iran)"), None, optional=True),
]
C["ant-SK-internationalNews-953-20180415"] = [
    ev("peaceful_protest", ("2018-04-14", "2018-04-15"), loc("New Delhi (India Gate)", "IN", 28.6129, 77.2295, 25),
       actor("Indian National Congress", "حزب المؤتمر", "حزب المؤتمر المعارض", "Congress Party", "Protesters (India)"), None),
    ev("sexual_violence", ("2018-01-01", "2018-01-31"), loc("Jammu and Kashmir (Kathua)", "IN", 32.37, 75.52, 100),
       actor("Hindu men", "ثمانية رجال هندوس", "Hindu Group (India)"), actor("Civilians", "طفلة مسلمة", "Bakarwal"), fatalities=1, optional=True),
    ev("peaceful_protest", ("2018-04-05", "2018-04-14"), loc("India", "IN", None, None),
       actor("Protesters (India)", "نشطاء", "Activists"), None, optional=True),
]
SAUDI_BG = actor("Military Forces of Saudi Arabia", "رجال الأمن السعودي", "حرس الحدود", "رجال حرس الحدود", "Saudi Border Guard", "Saudi security forces", "قوة المجاهدين")
HSALEH = actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "الحوثيين", "Saleh loyalists", "أتباع الرئيس المخلوع علي عبد الله صالح", "المتمردون")
C["snn-863d6700f283"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Al-Misyal post, Dhahran al-Janub", "SA", 17.869335, 43.516527, 50),
       HSALEH, SAUDI_BG, fatalities=3, injured=7),
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-31"), loc("At Tuwal, Jazan", "SA", 16.52942, 42.96762, 25),
       HSALEH, SAUDI_BG, fatalities=1, injured=1),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Yemeni border opposite Dhahran al-Janub", "YE", 17.6, 43.5, 100),
       actor("Military Forces of Saudi Arabia", "القوات البرية الملكية السعودية", "Royal Saudi Land Forces"), HSALEH, optional=True),
]
HOUTHI2 = actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "الميليشيات", "مليشيا الحوثي الانقلابية", "المتمردين")
JOINT = actor("Yemeni joint forces", "المقاومة المشتركة", "مدفعية المقاومة المشتركة", "القوات المشتركة", "Saudi-led coalition", "التحالف", "التحالف العربي", "Arab Coalition")
C["ant-SK-middleEast-2622-20180626"] = [
    ev("shelling_artillery_missile_attack", ("2018-06-25", "2018-06-26"), loc("South of Al Jarrahi", "YE", 14.13254, 43.38845, 25), JOINT, HOUTHI2),
    ev("shelling_artillery_missile_attack", ("2018-06-25", "2018-06-26"), loc("West of At Tuhayta", "YE", 14.18356, 43.22637, 25), JOINT, HOUTHI2),
    ev("shelling_artillery_missile_attack", ("2018-06-25", "2018-06-26"), loc("East of Hodeidah airport", "YE", 14.753, 42.976, 25), JOINT, HOUTHI2),
    ev("armed_clash", ("2018-06-25", "2018-06-26"), loc("West coast", "YE", 14.4, 43.1, 100), JOINT, HOUTHI2, fatalities=[0, 45], optional=True),
    ev("other", ("2018-06-24", "2018-06-26"), loc("Hodeidah", "YE", 14.796625, 42.945213, 25), HOUTHI2, actor("Civilians", "المدنيين", "الأسر"), optional=True),
    ev("government_regains_territory", ("2018-06-25", "2018-06-25"), loc("Al Mashabi (Malaheet)", "YE", 16.73205, 43.26508, 25),
       actor("Military Forces of Yemen (Hadi)", "قوات الشرعية اليمنية", "قوات الجيش", "قوات الشرعية", "Yemeni army", "Yemeni government forces"), HOUTHI2),
    ev("armed_clash", ("2018-06-25", "2018-06-25"), loc("Al Malaheet", "YE", 16.76848, 43.27582, 25),
       actor("Military Forces of Yemen (Hadi)", "قوات الشرعية اليمنية", "قوات الجيش", "Yemeni army", "Yemeni government forces"), HOUTHI2, optional=True),
    ev("air_drone_strike", ("2018-06-24", "2018-06-26"), loc("Al Khurshai mountains", "YE", 16.73177, 43.27498, 25),
       actor("Saudi-led coalition", "مقاتلات التحالف العربي", "التحالف العربي", "Arab Coalition"), HOUTHI2),
]
C["ant-SK-middleEast-3966-20181020"] = []

C["ant-SK-internationalNews-1859-20180530"] = [
    ev("excessive_force_against_protesters", ("2018-05-01", "2018-05-29"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("Military Forces of Israel", "القوات الإسرائيلية", "Israeli forces", "IDF"),
       actor("Protesters (Palestine)", "محتجين فلسطينيين", "Palestinian protesters"), optional=True),
]
IS_ = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم", "مسلحي داعش", "تنظيم داعش الإرهابي")
TRK = actor("Military Forces of Turkey", "طائرات حربية تركية", "الطائرات التركية", "الطائرات المقاتلة التركية", "الجيش التركي", "مقاتلات تركية", "Turkish Air Force", "Turkish army")
COAL_US = actor("US-led coalition", "التحالف", "Global Coalition against Daesh", "طائرات أمريكا والتحالف", "Military Forces of the United States", "CJTF-OIR")
C["snn-e4e80513ea3e"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Hawar / al-Rai - Jarablus border strip", "SY", 36.63, 37.66, 60),
       TRK, IS_, fatalities=9, injured=12),
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Turkish-Syrian border near Kilis", "TR", 36.71611, 37.115, 50),
       IS_, TRK, fatalities=1, injured=2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.424, 25), IS_, None, optional=True),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Turkey (13 provinces)", "TR", None, None),
       actor("Police Forces of Turkey", "السلطات التركية", "الشرطة التركية", "Turkish police"),
       actor("Islamic State", "داعش", "جماعات إرهابية", "ISIS"), optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-07-23"), loc("Al Hasakah", "SY", 36.50237, 40.74772, 50), COAL_US, IS_),
    ev("air_drone_strike", ("2015-07-23", "2015-07-23"), loc("Mosul", "IQ", 36.343141, 43.15487, 25), COAL_US, IS_, optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-07-23"), loc("Makhmur", "IQ", 35.772018, 43.589045, 25), COAL_US, IS_, optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-07-23"), loc("Fallujah", "IQ", 33.34913, 43.78599, 25), COAL_US, IS_, optional=True),
]
C["ant-SK-internationalNews-2023-20180608"] = []
LNA = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "قوات الجيش", "الجيش الوطني", "القوات الخاصة", "Haftar forces")
AQ = actor("Al Qaeda", "تنظيم القاعدة", "القاعدة", "الإرهابيين", "Derna Mujahideen Shura Council", "Derna Protection Force", "الجماعات الإرهابية")
C["ant-SK-middleEast-2169-20180605"] = [
    ev("government_regains_territory", ("2018-06-03", "2018-06-05"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA, AQ),
    ev("armed_clash", ("2018-06-03", "2018-06-05"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA, AQ, fatalities=[2, 99]),
]
C["snn-dbd5248e0e10"] = []

C["ant-SK-middleEast-1541-20180509"] = []
C["ant-SK-internationalNews-1475-20180508"] = []
C["snn-e88ddb097224"] = []
C["ant-SK-internationalNews-573-20180324"] = []
C["snn-e73af0bff00b"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Yemen", "YE", None, None),
       actor("Military Forces of the United Arab Emirates", "القوة الإماراتية المشاركة في عمليات التحالف", "Saudi-led coalition", "تحالف دعم الشرعية", "UAE forces"),
       None, fatalities=3, optional=True),
]

C["snn-161db47e07ba"] = []
C["ant-SK-internationalNews-2351-20180627"] = [
    ev("arrests", ("2018-06-25", "2018-06-27"), loc("Izmir", "TR", 38.417931, 27.145056, 25),
       actor("Government of Turkey", "محكمة تركية", "Turkish authorities", "Police Forces of Turkey"),
       actor("Civilians (Turkey)", "12 شخصا", "أشخاصا"), optional=True),
]
C["ant-CN-middleEast-902-20180513"] = []
C["snn-83bb89d29460"] = []
C["ant-SK-internationalNews-593-20180326"] = []

C["snn-ef3e5a3ccd92"] = [
    ev("attack", ("2015-06-26", "2015-06-30"), loc("Sousse", "TN", 35.8256, 10.6369, 25), None,
       actor("Civilians", "السياح الأجانب", "Tourists"), fatalities=39, injured=40, optional=True),
]
C["ant-SK-middleEast-433-20180320"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-18", "2018-03-20"), loc("Kashkoul, Jaramana", "SY", 33.4862, 36.34614, 25),
       actor("Syrian rebels", "فصائل المعارضة", "الفصائل المعارضة", "التنظيمات الإرهابية", "Syrian opposition"),
       actor("Civilians", "مدنيون", "مدنيين", "المدنيين"), fatalities=35, injured=23),
    ev("armed_clash", ("2018-02-18", "2018-03-20"), loc("Eastern Ghouta", "SY", 33.53, 36.40, 20),
       actor("Syrian government forces", "قوات النظام السوري", "Syrian Army"),
       actor("Syrian rebels", "الفصائل المعارضة", "Syrian opposition"), optional=True),
]
C["snn-a3c15a991d20"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"), loc("Najran", "SA", 17.4924, 44.12766, 25),
       actor("Houthis", "Ansar Allah", "الحوثيين", "Saleh loyalists", "المخلوع صالح", "قذائف المخلوع صالح والحوثيين"),
       actor("Civilians", "المواطن", "مدنيين"), fatalities=1),
]
C["snn-2b31b13e554a"] = []
C["snn-c30499a87e92"] = []

C["snn-494a08f748ba"] = []
C["ant-SK-economy-1265-20180903"] = []
LAT = loc("Latakia", "SY", 35.53168, 35.79011, 25)
SUL = actor("Suleiman al-Assad", "سليمان الأسد", "المشتبه به")
C["snn-6bf0e69034b1"] = [
    ev("peaceful_protest", ("2015-08-06", "2015-08-11"), LAT,
       actor("Protesters (Syria)", "المئات", "أبناء الطائفة العلوية", "Alawite protesters"), None),
    ev("attack", ("2015-08-06", "2015-08-06"), LAT, SUL,
       actor("Hassan al-Sheikh", "العقيد حسان الشيخ", "Military Forces of Syria"), fatalities=1, optional=True),
    ev("arrests", ("2015-08-09", "2015-08-11"), loc("Latakia countryside", "SY", 35.573705, 36.021124, 50),
       actor("Syrian security forces", "الأجهزة الأمنية", "الجهات المختصة", "Police Forces of Syria"), SUL, optional=True),
]
C["snn-f75b81a7a8be"] = []
C["snn-a99878f1a569"] = []

ISR = actor("Military Forces of Israel", "الجيش الإسرائيلي", "سلاح الجو الإسرائيلي", "Israeli Air Force", "IDF", "إسرائيل", "Israel")
IRN = actor("Military Forces of Iran", "القوات الإيرانية", "إيران", "Iranian forces", "IRGC", "Quds Force", "Islamic Revolutionary Guard Corps")
D0510 = ("2018-05-09", "2018-05-10")
SOUTH_SY = (33.0, 36.2, 100)
C["ant-SK-middleEast-1603-20180511"] = [
    ev("shelling_artillery_missile_attack", D0510, loc("Occupied Golan Heights (Israeli positions)", "SY", 33.0, 35.75, 30), IRN, ISR),
    ev("air_drone_strike", D0510, loc("Al Kiswah", "SY", 33.3581, 36.2419, 25), ISR, IRN),
    ev("air_drone_strike", D0510, loc("Logistics compound ~10 km from Damascus", "SY", 33.5138, 36.2765, 30), ISR, IRN, optional=True),
    ev("air_drone_strike", D0510, loc("Tel Gharba", "SY", *SOUTH_SY), ISR, IRN, optional=True),
    ev("air_drone_strike", D0510, loc("Tel Kulayb", "SY", *SOUTH_SY), ISR, IRN, optional=True),
    ev("air_drone_strike", D0510, loc("Tel al-Nabi Yusha", "SY", *SOUTH_SY), ISR, IRN, optional=True),
    ev("air_drone_strike", D0510, loc("Tel Maqdad", "SY", *SOUTH_SY), ISR, IRN, optional=True),
    ev("air_drone_strike", D0510, loc("Syria", "SY", None, None), ISR,
       actor("Military Forces of Syria", "البطاريات السورية", "بطارية سورية مضادة للطائرات", "Syrian air defence", "Syrian government forces"), optional=True),
]
LNA2 = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "القوات", "Haftar forces", "خليفة حفتر")
C["ant-SK-middleEast-1497-20180508"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-07", "2018-05-08"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA2,
       actor("Derna Mujahideen Shura Council", "مجلس شورى المجاهدين", "تنظيمات إرهابية", "الإرهابيين"), optional=True),
    ev("armed_clash", ("2018-05-07", "2018-05-08"), loc("Derna", "LY", 32.76704, 22.63669, 25), LNA2,
       actor("Derna Mujahideen Shura Council", "مجلس شورى المجاهدين", "تنظيمات إرهابية", "الإرهابيين"), optional=True),
    ev("air_drone_strike", ("2015-02-16", "2015-02-16"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("Military Forces of Egypt", "الجيش المصري", "Egyptian Air Force"), actor("Islamic State", "داعش", "تنظيم داعش", "ISIS"), optional=True),
    ev("air_drone_strike", ("2015-02-16", "2015-02-16"), loc("Sirte", "LY", 31.20892, 16.58866, 25),
       actor("Military Forces of Egypt", "الجيش المصري", "Egyptian Air Force"), actor("Islamic State", "داعش", "تنظيم داعش", "ISIS"), optional=True),
    ev("armed_clash", ("2017-10-01", "2017-10-31"), loc("Al Wahat (Western Desert)", "EG", 28.442395, 28.856477, 150),
       None, actor("Police Forces of Egypt", "قوات الأمن", "Egyptian security forces"), fatalities=31, injured=[2, 99], optional=True),
    ev("arrests", ("2017-11-01", "2017-11-30"), loc("Egypt", "EG", None, None),
       actor("Police Forces of Egypt", "وزارة الداخلية المصرية", "Egyptian Interior Ministry"), actor("ليبي شارك في هجوم الواحات", "Libyan militant"), optional=True),
]
C["ant-SK-internationalNews-857-20180408"] = []
STRIKE_TGT = actor("Military Forces of Syria", "النظام السوري", "قواعد عسكرية للنظام السوري", "Syrian government forces",
                   "الميليشيات الإيرانية", "Iranian militias", "Military Forces of Iran")
C["ant-SK-middleEast-1365-20180430"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-29", "2018-04-30"), loc("Hama countryside", "SY", 35.13179, 36.75783, 75), None, STRIKE_TGT),
    ev("shelling_artillery_missile_attack", ("2018-04-29", "2018-04-30"), loc("Aleppo countryside", "SY", 36.20124, 37.16117, 75), None, STRIKE_TGT),
    ev("air_drone_strike", ("2018-04-29", "2018-04-30"), loc("Hama countryside", "SY", 35.13179, 36.75783, 75), None, STRIKE_TGT, optional=True),
    ev("air_drone_strike", ("2018-04-29", "2018-04-30"), loc("Aleppo countryside", "SY", 36.20124, 37.16117, 75), None, STRIKE_TGT, optional=True),
]

C["snn-51be9a2d1999"] = []
C["ant-SK-internationalNews-1296-20180501"] = []
C["ant-SK-sport-1473-20180605"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-98.jsonl"))
