import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = actor("Houthis", "Ansar Allah", "مليشيات الحوثي", "ميليشيات الحوثي", "الحوثي", "الحوثيين", "الميليشيات", "الانقلابيون", "الانقلابيين")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف العربي", "التحالف")

# --- group 1
C["ant-SK-middleEast-3290-20180808"] = [
    ev("air_drone_strike", ("2018-08-06", "2018-08-08"), loc("Ad Durayhimi district", "YE", 14.61471, 43.083391, 30),
       COAL, HOUTHI, fatalities=[3, 99]),
    ev("armed_clash", ("2018-08-07", "2018-08-08"), loc("Ad Durayhimi district", "YE", 14.61471, 43.083391, 30),
       actor("Joint Resistance", "Yemeni government forces", "المقاومة اليمنية المشتركة", "المقاومة اليمنية", "قوات الوية العمالقة", "ألوية العمالقة", "Giants Brigades"),
       HOUTHI, fatalities=[16, 17]),
    ev("armed_clash", ("2018-08-06", "2018-08-08"), loc("Ad Durayhimi district", "YE", 14.61471, 43.083391, 30),
       actor("Giants Brigades", "قوات الوية العمالقة", "ألوية العمالقة", "Joint Resistance", "المقاومة اليمنية"),
       HOUTHI, fatalities=1, optional=True),
    ev("armed_clash", ("2018-08-06", "2018-08-08"), loc("Zabid", "YE", 14.196411, 43.316688, 30),
       actor("Joint Resistance", "المقاومة اليمنية"), HOUTHI, optional=True),
    ev("abduction_forced_disappearance", ("2018-08-06", "2018-08-08"), loc("Bayt al-Faqih district", "YE", 14.466804, 43.289929, 30),
       HOUTHI, actor("Zaraniq tribe", "أبناء قبيلة الزرانيق", "أبناء الزرانيق", "قبيلة الزرانيق", "Civilians")),
]

RES = actor("Popular Resistance", "Yemeni government forces", "المقاومة الشعبية", "المقاومة", "وحدات الجيش والمقاومة الشعبية", "الجيش")
HS = actor("Houthis", "Ansar Allah", "الحوثيين", "المسلحين الحوثيين", "مليشيات الحوثي", "ميليشيات الحوثي", "الحوثي", "قوات صالح", "Saleh forces", "جماعة الحوثي", "المتمردين")
CAD = actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف العربي", "طيران التحالف", "التحالف", "طائرات حربية عربية", "قوات التحالف")
C["snn-5d2397a67c97"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Taiz", "YE", 13.57825, 44.017666, 25), RES, HS),
    ev("government_regains_territory", ("2015-07-20", "2015-07-22"), loc("Taiz", "YE", 13.57825, 44.017666, 25), RES, HS, optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Al-Maashiq, Crater, Aden", "YE", 12.77522, 45.03862, 25), RES, HS, fatalities=17),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("Abyan (15th Infantry Brigade camp)", "YE", 13.12871, 45.38073, 100), CAD, HS),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-22"), loc("Taiz (Al-Thawra hospital)", "YE", 13.57825, 44.017666, 25),
       HS, actor("Civilians", "مستشفى الثورة العام", "الأحياء السكنية")),
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Tahrir, Sanaa", "YE", 15.463615, 44.237884, 25), RES, HS, fatalities=6),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("Bayhan", "YE", 14.80067, 45.71889, 25), CAD, HS, fatalities=20),
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Shabwah", "YE", 14.54402, 45.90968, 100),
       actor("Shabwa tribes", "قبائل شبوة", "المقاومة"), HS, optional=True),
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25),
       actor("Popular Resistance", "مقاتلين يمنيين", "Saudi-led coalition", "قوات التحالف"), HS),
    ev("air_drone_strike", ("2015-07-21", "2015-07-21"), loc("Aden", "YE", 12.852001, 45.036674, 25), CAD, HS),
    ev("armed_clash", ("2015-07-13", "2015-07-19"), loc("Aden", "YE", 12.852001, 45.036674, 25),
       actor("United Arab Emirates", "UAE", "جندي إماراتي"), HS, fatalities=1, optional=True),
]

C["snn-b144081d21f4"] = [
    ev("arrests", ("2015-07-22", "2015-07-24"), loc("Taanayel, Zahle", "LB", 33.80056, 35.87111, 25),
       actor("Lebanese Armed Forces", "Lebanese Army", "الجيش اللبناني", "قوة من الجيش اللبناني", "قوة من الجيش"),
       actor("Syrians", "سوريا", "Civilians")),
    ev("arrests", ("2015-07-22", "2015-07-24"), loc("Minieh - Bhannine", "LB", 34.49938, 35.95134, 25),
       actor("Lebanese Armed Forces", "Lebanese Army", "الجيش اللبناني", "قوة من الجيش اللبناني", "قوة من الجيش"),
       actor("Syrians", "سوريا", "Civilians")),
]

C["snn-fbe689e5e5a1"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), actor("Civilians", "المدنيين"), fatalities=30),
]
C["snn-a3ffb3249404"] = []
C["snn-eb0960f4ec9b"] = []

# --- group 2
C["ant-SK-internationalNews-2772-20180722"] = []
C["ant-SK-internationalNews-1065-20180421"] = []

LEG = actor("Yemeni government forces", "قوات الشرعية", "القوات الشرعية", "القوات الحكومية")
HU2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الحوثيون", "المتمردين الحوثيين", "المليشيات", "الحوثي")
CO2 = actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي", "غارات التحالف", "التحالف")
C["ant-SK-middleEast-1835-20180520"] = [
    ev("armed_clash", ("2018-05-18", "2018-05-20"), loc("Baqim district", "YE", 17.385341, 43.490982, 30), LEG, HU2, fatalities=30),
    ev("government_regains_territory", ("2018-05-18", "2018-05-20"), loc("Baqim district", "YE", 17.385341, 43.490982, 30), LEG, HU2, optional=True),
    ev("air_drone_strike", ("2018-05-18", "2018-05-20"), loc("Baqim district", "YE", 17.385341, 43.490982, 30), CO2, HU2),
    ev("air_drone_strike", ("2018-05-13", "2018-05-20"), loc("Saada province", "YE", 16.94021, 43.76394, 100), CO2, HU2,
       fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("air_drone_strike", ("2018-05-18", "2018-05-20"), loc("Kahlan camp, Saada", "YE", 16.94021, 43.76394, 25), CO2, HU2),
    ev("air_drone_strike", ("2018-05-18", "2018-05-20"), loc("Allaf and Al-Mahather, Sahar district", "YE", 16.883396, 43.6864, 30), CO2, HU2),
    ev("armed_clash", ("2018-05-18", "2018-05-20"), loc("Haradh district", "YE", 16.431986, 43.116547, 30), LEG, HU2),
    ev("government_regains_territory", ("2018-05-13", "2018-05-20"), loc("Haradh - Al-Malahit road", "YE", 16.55, 43.15, 50), LEG, HU2, optional=True),
]

C["snn-41c230554b12"] = [
    ev("government_regains_territory", ("2015-07-30", "2015-08-05"), loc("Al-Anad air base", "YE", 13.18, 44.77, 25),
       actor("Yemeni government forces", "الجيش والمقاومة الشعبية", "المقاومة الشعبية", "Popular Resistance"),
       actor("Houthis", "الحوثيين", "المليشيا الانقلابية"), optional=True),
]
C["snn-ff792ecb6d27"] = []

HS3 = actor("Houthis", "Ansar Allah", "جماعة الحوثي", "قوات الحوثي", "القوات الموالية للرئيس السابق علي عبد الله صالح", "Saleh forces")
LOC3 = actor("Popular Resistance", "Yemeni government forces", "مقاتلون محليون", "المقاتلين المحليين", "قوات الجيش اليمني الموالية للرئيس عبد ربه منصور هادي")
C["snn-3eb1e4cf4409"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-19"), loc("Aden", "YE", 12.852001, 45.036674, 25),
       HS3, actor("Civilians", "مدنيا", "مدنياً"), fatalities=43, injured=173),
    ev("armed_clash", ("2015-07-19", "2015-07-19"), loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25), LOC3, HS3),
    ev("armed_clash", ("2015-07-19", "2015-07-19"), loc("Sabr, Lahij", "YE", 13.0025, 44.91167, 25), LOC3, HS3),
    ev("armed_clash", ("2015-07-19", "2015-07-19"), loc("Al-Maashiq, Crater, Aden", "YE", 12.77522, 45.03862, 25), LOC3, HS3),
    ev("government_regains_territory", ("2015-07-12", "2015-07-18"), loc("Aden airport", "YE", 12.8295, 45.0288, 25), LOC3, HS3, optional=True),
]

# --- group 3
C["ant-SK-middleEast-3663-20180912"] = [
    ev("air_drone_strike", ("2018-09-05", "2018-09-12"), loc("southern Idlib", "SY", 35.55, 36.65, 50),
       actor("Russia", "Syrian government forces", "الطائرات الروسية والسورية المقاتلة"), None, optional=True),
]
C["snn-faa3be596fe9"] = []
C["snn-776385538be1"] = []
C["snn-82692b3bc374"] = [
    ev("government_regains_territory", ("2015-07-24", "2015-07-26"), loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "Yemeni government forces", "Saudi-led coalition", "قوات التحالف"),
       actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "الحوثيين المتمردين", "Saleh forces")),
]
C["snn-8bd758905286"] = [
    ev("arrests", ("2015-07-29", "2015-07-31"), loc("Al Arish", "EG", 31.13159, 33.79844, 25),
       actor("Egyptian security forces", "National Security", "قطاع الأمن الوطني", "الأمن المصري", "Police Forces of Egypt"),
       actor("Ansar Bayt al-Maqdis", "بيت المقدس", "تنظيم بيت المقدس", "Wilayat Sinai", "Islamic State")),
]
C["snn-3c3a793a5fab"] = []

# --- group 4
C["snn-ba67ac5f6c8e"] = []
C["ant-SK-internationalNews-520-20180322"] = []
C["snn-0df3a45c1293"] = [
    ev("headquarters_or_base_established", ("2015-08-05", "2015-08-05"), loc("Aden airport", "YE", 12.8295, 45.0288, 25),
       actor("United Arab Emirates", "UAE", "قوات إماراتية", "قوة من الجيش الإماراتي", "Saudi-led coalition", "قوات التحالف"), None, optional=True),
]
SYA = actor("Syrian government forces", "Syrian Army", "الجيش السوري", "قوى الأمن الداخلي السورية")
ISS = actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "مسلحي تنظيم داعش الإرهابي")
C["ant-SK-middleEast-1861-20180522"] = [
    ev("government_regains_territory", ("2018-05-21", "2018-05-21"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25), SYA, ISS),
    ev("government_regains_territory", ("2018-05-21", "2018-05-21"), loc("Al Hajar al Aswad", "SY", 33.45759, 36.30419, 25), SYA, ISS),
    ev("agreement", ("2018-05-19", "2018-05-21"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25), SYA, ISS),
]
C["snn-a01e3b65f75d"] = []
C["ant-SK-middleEast-84-20180226"] = []

# --- group 5
C["snn-11ed19824b96"] = [
    ev("peaceful_protest", ("2015-07-27", "2015-08-03"), loc("Iraq", "IQ", None, None, 100),
       actor("Protesters", "المظاهرات الجماهيرية"), None, optional=True),
]
C["snn-444d14c91bbb"] = [
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25),
       actor("Yemeni government forces", "القوات الموالية للحكومة المعترف بها دوليا", "Popular Resistance"),
       actor("Houthis", "Ansar Allah", "المسلحين الحوثيين", "المتمردين الحوثيين")),
]
LEG5 = actor("Yemeni government forces", "قوات الشرعية اليمنية", "قوات الشرعية", "الجيش الوطني", "الجيش اليمني", "الجيش", "المنطقة العسكرية السابعة")
HU5 = actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "مليشيا الحوثي", "مليشيا الحوثي الانقلابية", "المليشيا الحوثية", "المليشيا")
C["ant-SK-middleEast-281-20180314"] = [
    ev("government_regains_territory", ("2018-03-12", "2018-03-14"), loc("Riyaeen and Al-Adhmagh mountains, Nihm district", "YE", 15.737485, 44.542357, 30),
       LEG5, HU5, fatalities=26, injured=[10, 99]),
    ev("armed_clash", ("2018-03-12", "2018-03-14"), loc("Riyaeen and Al-Adhmagh mountains, Nihm district", "YE", 15.737485, 44.542357, 30),
       LEG5, HU5, fatalities=26, injured=[10, 99], optional=True),
    ev("armed_clash", ("2018-03-12", "2018-03-14"), loc("Murais front (Yaes sector), northern Al Dhale", "YE", 13.88, 44.72, 40),
       HU5, LEG5, fatalities=9, injured=6),
]
C["snn-80b28b45aaf6"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-09"), loc("Latakia", "SY", 35.53168, 35.79011, 25),
       actor("Protesters", "نحو ألف سوري", "أكثر من ألف شخص"), None),
    ev("attack", ("2015-08-06", "2015-08-07"), loc("Latakia", "SY", 35.53168, 35.79011, 25),
       actor("Suleiman Hilal al-Assad", "سليمان هلال الأسد", "سليمان الأسد"), actor("Syrian Air Force officer", "العقيد حسان الشيخ"), fatalities=1, optional=True),
]
C["snn-94e377482bc5"] = []
C["ant-SK-economy-1315-20180911"] = []

# --- group 6
C["ant-SK-economy-794-20180616"] = []
BH = actor("Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "مسلحي بوكو حرام", "مسلحون من جماعة بوكو حرام")
CIV = actor("Civilians", "السكان", "المدنيين")
C["snn-765f89fd8392"] = [
    ev("attack", ("2015-07-19", "2015-07-21"), loc("Kiliwa, near Monguno, Borno", "NG", 12.67, 13.61, 50), BH, CIV, fatalities=7, injured=1),
    ev("attack", ("2015-07-19", "2015-07-21"), loc("Gollam, near Monguno, Borno", "NG", 12.67, 13.61, 50), BH, CIV),
    ev("attack", ("2015-07-19", "2015-07-21"), loc("Musala, near Monguno, Borno", "NG", 12.67, 13.61, 50), BH, CIV),
    ev("attack", ("2015-07-19", "2015-07-21"), loc("Magaram, near Monguno, Borno", "NG", 12.67, 13.61, 50), BH, CIV),
    ev("attack", ("2015-07-01", "2015-07-10"), loc("near Monguno, Borno", "NG", 12.67, 13.61, 75), actor("Boko Haram", "متطرفون"), actor("Civilians", "مصليا"), fatalities=48, optional=True),
]
C["ant-SK-middleEast-1733-20180516"] = []
C["ant-CN-internationalNews-298-20180501"] = []
C["ant-SK-internationalNews-2912-20180807"] = []

RES6 = actor("Popular Resistance", "Yemeni government forces", "المقاومة الشعبية", "المقاومة", "الثوار", "الجيش الموالي للشرعية")
HU6 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "المتمردين", "الانقلابيين", "قوات التمرد الحوثي", "Saleh forces")
CO6 = actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "مقاتلات التحالف العربي", "المقاتلات")
TZ = (13.57825, 44.017666)
C["snn-5b50349d56af"] = [
    ev("government_regains_territory", ("2015-08-05", "2015-08-05"), loc("Al Hawtah, Lahij", "YE", 13.05667, 44.88194, 25), RES6, HU6),
    ev("government_regains_territory", ("2015-07-30", "2015-08-05"), loc("Al-Anad air base", "YE", 13.18, 44.77, 25), RES6, HU6, optional=True),
    ev("armed_clash", ("2015-08-05", "2015-08-05"), loc("Al-Dhabab front, Taiz", "YE", 13.55, 43.98, 25), RES6, HU6),
    ev("armed_clash", ("2015-08-05", "2015-08-05"), loc("Al-Arbaeen, Taiz", "YE", TZ[0], TZ[1], 25), RES6, HU6),
    ev("armed_clash", ("2015-08-05", "2015-08-05"), loc("Jabal al-Waash, Taiz", "YE", TZ[0], TZ[1], 25), RES6, HU6),
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), loc("Taiz", "YE", TZ[0], TZ[1], 25), HU6, actor("Civilians", "الأحياء السكنية")),
    ev("air_drone_strike", ("2015-08-05", "2015-08-05"), loc("Jabal al-Arous, Taiz", "YE", 13.55, 44.02, 25), CO6, HU6),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Taiz (military hospital area, special forces camp, Zayed park)", "YE", TZ[0], TZ[1], 25), CO6, HU6, optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Taiz province", "YE", 13.418758, 43.778108, 100), RES6, HU6, optional=True),
]

# --- group 7
C["ant-SK-internationalNews-3458-20181013"] = []
C["ant-CN-middleEast-118-20180227"] = [
    ev("chemical_weapon", ("2018-02-20", "2018-02-27"), loc("Eastern Ghouta", "SY", 33.55, 36.45, 30),
       actor("Syrian government forces"), None, optional=True),
]
C["snn-1fc3379b672f"] = []
C["snn-ed0e05d185ea"] = []
C["ant-SK-middleEast-2047-20180530"] = [
    ev("armed_clash", ("2018-05-23", "2018-05-30"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("Libyan National Army", "LNA", "الجيش الليبي الوطني", "الجيش الليبي", "قوات الجيش"),
       actor("Derna Mujahideen Shura Council", "مجلس شورى مجاهدي درنة", "مجاهدي درنة", "Derna Protection Force"), optional=True),
]
C["ant-SK-internationalNews-755-20180403"] = []

# --- group 8
ISR = actor("Israel", "Israeli Defense Forces", "IDF", "الطائرات الإسرائيلية", "الجيش الإسرائيلي", "إسرائيل")
C["ant-SK-middleEast-2854-20180712"] = [
    ev("air_drone_strike", ("2018-07-11", "2018-07-12"), loc("Syria", "SY", None, None, 100),
       ISR, actor("Syrian government forces", "النظام السوري", "مواقع للنظام السوري"), optional=True),
    ev("air_drone_strike", ("2018-06-26", "2018-06-26"), loc("Damascus International Airport", "SY", 33.411, 36.514, 25),
       ISR, actor("Iranian militias", "ميليشيات إيرانية"), fatalities=0, optional=True),
]
C["ant-SK-sport-513-20180331"] = []
C["ant-SK-middleEast-2897-20180714"] = [
    ev("air_drone_strike", ("2018-07-14", "2018-07-14"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Israeli Defense Forces", "IDF", "الجيش الإسرائيلي", "سلاح الجو الإسرائيلي", "إسرائيل", "Israel"),
       actor("Palestinians", "فلسطينيان", "Hamas"), fatalities=2),
    ev("shelling_artillery_missile_attack", ("2018-07-13", "2018-07-14"), loc("southern Israel near Gaza", "IL", 31.45, 34.55, 40),
       actor("Palestinian militants", "فلسطينيون", "Hamas"), actor("Israelis", "إسرائيليين", "Civilians"), injured=3),
]
C["snn-7cb95a74e81f"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Ain Defla province", "DZ", 36.26405, 1.9679, 100),
       actor("AQIM", "Al-Qaeda in the Islamic Maghreb", "مجموعة إرهابية", "تنظيم القاعدة", "Al Qaeda"),
       actor("Gendarmerie Nationale", "Algerian Gendarmerie", "الدرك الوطني الجزائري", "عناصر الدرك"), fatalities=3, injured=1),
    ev("armed_clash", ("2015-07-17", "2015-07-17"), loc("Jabal al-Louh, El Attaf, Ain Defla", "DZ", 36.22393, 1.67187, 25),
       actor("AQIM", "مجموعة إرهابية", "Al Qaeda"),
       actor("Algerian Army", "People's National Army", "الجيش الوطني الشعبي", "مفرزة للجيش الوطني الشعبي"), fatalities=9, injured=2),
]
C["snn-1637b76e3299"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-31"), loc("PKK positions", "IQ", None, None, 100),
       actor("Turkish Air Force", "Military Forces of Turkey", "القوات الجوية التركية"), actor("PKK", "حزب العمال الكردستاني"), optional=True),
    ev("air_drone_strike", ("2015-07-22", "2015-07-28"), loc("Islamic State positions", "SY", None, None, 100),
       actor("Military Forces of Turkey", "تركيا"), actor("Islamic State", "تنظيم الدولة الاسلامية"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-75.jsonl"))
