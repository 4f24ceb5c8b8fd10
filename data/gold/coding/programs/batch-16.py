import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["ant-CN-middleEast-1140-20180607"] = []
C["snn-04aa463a3d85"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"),
       loc("Baraki Barak, Logar", "AF", 33.96744, 68.9492, 50),
       actor("US forces", "United States", "مروحيتين أمريكيتين", "الأمريكيون", "القوات الأمريكية", "غارة أمريكية"),
       actor("Afghan army", "Military Forces of Afghanistan", "الجيش الأفغاني", "جنديا أفغانيا"),
       fatalities=14),
    ev("shelling_artillery_missile_attack", ("2014-03-01", "2014-03-31"),
       loc("Logar", "AF", 34.0, 69.0, 100),
       actor("ISAF", "NATO", "قوة إيساف", "الحلف الأطلسي"),
       actor("Afghan army", "Military Forces of Afghanistan", "جنود أفغان"),
       fatalities=5, injured=8, optional=True),
]
IS = ("Islamic State", "ISIS", "Daesh", "IS", "تنظيم داعش", "داعش", "التنظيم", "التنظيم المتطرف")
REG = ("Syrian government forces", "Military Forces of Syria", "Syrian regime forces", "قوات النظام", "قوات النظام وحلفائها",
       "المسلحين الموالين لها", "pro-government militia")
C["ant-SK-middleEast-2244-20180608"] = [
    ev("non_state_actor_overtakes_territory", ("2018-06-08", "2018-06-08"),
       loc("Al Bukamal", "SY", 34.45, 40.91861, 25), actor(*IS), actor(*REG), fatalities=43),
    ev("suicide_bomb", ("2018-06-08", "2018-06-08"),
       loc("Al Bukamal", "SY", 34.45, 40.91861, 25), actor(*IS), actor(*REG), fatalities=43, optional=True),
    ev("armed_clash", ("2018-06-08", "2018-06-08"),
       loc("Al Bukamal", "SY", 34.45, 40.91861, 25), actor(*IS), actor(*REG), fatalities=43, optional=True),
    ev("armed_clash", ("2018-06-01", "2018-06-07"),
       loc("Villages NW of Al Bukamal", "SY", 34.55, 40.80, 50), actor(*IS),
       actor(*REG, "مسلحا مواليا للنظام"), fatalities=45, optional=True),
    ev("armed_clash", ("2018-06-07", "2018-06-07"),
       loc("As Suwayda governorate", "SY", 32.70896, 36.56951, 100), actor(*IS),
       actor(*REG, "مقاتلا مواليا للنظام", "pro-regime fighters"), fatalities=22),
    ev("government_regains_territory", ("2018-05-01", "2018-05-31"),
       loc("South Damascus (Yarmouk)", "SY", 33.4699, 36.3018, 25), actor(*REG), actor(*IS), optional=True),
]
C["snn-389230e89b3a"] = []
C["ant-SK-middleEast-1049-20180416"] = []
C["snn-781728cf6e02"] = []
C["snn-6029034630a6"] = []
C["ant-SK-middleEast-1898-20180524"] = []
C["ant-SK-internationalNews-2849-20180731"] = [
    ev("attack", ("2018-07-29", "2018-07-31"),
       loc("Near Sibut", "CF", 5.72, 19.08, 50),
       actor("Unidentified armed group", "Unknown gunmen", "مسلحون مجهولون"),
       actor("Civilians", "Journalists", "Russian journalists", "ثلاثة روس", "صحافيين روس"),
       fatalities=3),
]
C["snn-92c8ca23743e"] = [
    ev("arrests", ("2015-07-15", "2015-07-22"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi Ministry of Interior", "Police Forces of Saudi Arabia", "وزارة الداخلية", "الداخلية"),
       actor("Islamic State", "ISIS", "داعشي", "عناصر تعمل على نشر الفكر المنحرف", "جليبيب الجزراوي"),
       optional=True),
]
C["snn-a93c322cb1c2"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-08"),
       loc("Emergency forces mosque, Abha (Asir)", "SA", 18.230088, 42.500134, 50),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "الانتحاري"),
       actor("Saudi Emergency Forces", "Police Forces of Saudi Arabia", "قوات الطوارئ"),
       optional=True),
    ev("suicide_bomb", ("2015-05-22", "2015-05-29"),
       loc("Eastern Province", "SA", 26.43, 50.10, 100),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Civilians", "Shia worshippers", "مسجدا للشيعة", "المصلين"),
       optional=True),
]
C["ant-SK-economy-1250-20180901"] = []
C["ant-SK-middleEast-3601-20180910"] = [
    ev("suicide_bomb", ("2018-09-10", "2018-09-10"),
       loc("Hodan district, Mogadishu", "SO", 2.03711, 45.34375, 25),
       None,
       actor("Government of Somalia", "Somali government", "مقرا حكوميا", "مقر مديرية هودن", "Hodan district administration"),
       fatalities=4, injured=[2, 99]),
    ev("suicide_bomb", ("2018-09-01", "2018-09-08"),
       loc("Mogadishu", "SO", 2.03711, 45.34375, 25),
       None,
       actor("Government of Somalia", "Somali government", "مقرا حكوميا آخر"),
       optional=True),
]
C["snn-f69313c57cd9"] = []
C["snn-abc35568baea"] = []
C["snn-338f55810efc"] = []
C["ant-SK-middleEast-3459-20180818"] = []
ISR = ("Military Forces of Israel", "Israel Defense Forces", "IDF", "Israel", "الجيش الإسرائيلي", "إسرائيل", "مقاتلاتها الحربية")
HAM = ("Hamas", "حماس", "حركتي حماس والجهاد الاسلامي", "Palestinian Islamic Jihad", "Islamic Jihad", "الجهاد الاسلامي", "الفصائل الفلسطينية")
GAZA = loc("Gaza Strip", "PS", 31.42, 34.36, 30)
C["ant-SK-middleEast-2040-20180530"] = [
    ev("air_drone_strike", ("2018-05-29", "2018-05-30"), GAZA, actor(*ISR), actor(*HAM)),
    ev("air_drone_strike", ("2018-05-29", "2018-05-29"), GAZA, actor(*ISR), actor(*HAM)),
    ev("shelling_artillery_missile_attack", ("2018-05-28", "2018-05-30"),
       loc("Southern Israel (Gaza periphery)", "IL", 31.45, 34.55, 50), actor(*HAM), actor(*ISR), optional=True),
    ev("agreement", ("2018-05-29", "2018-05-30"), GAZA, actor(*HAM), actor(*ISR), optional=True),
]
REGS = ("Syrian government forces", "Military Forces of Syria", "Syrian government", "الحكومة", "Russia", "القوات الروسية", "Military Forces of Russia")
C["ant-SK-middleEast-487-20180323"] = [
    ev("air_drone_strike", ("2018-03-22", "2018-03-23"), loc("Arbin", "SY", 33.53719, 36.36635, 25),
       None, actor("Civilians", "المدنيين", "مدنيين"), fatalities=[36, 50]),
    ev("shelling_artillery_missile_attack", ("2018-03-22", "2018-03-23"), loc("Arbin", "SY", 33.53719, 36.36635, 25),
       None, actor("Civilians", "المدنيين", "مدنيين"), fatalities=[36, 50], optional=True),
    ev("agreement", ("2018-03-22", "2018-03-23"), loc("Arbin (central sector, Eastern Ghouta)", "SY", 33.53719, 36.36635, 25),
       actor("Faylaq al-Rahman", "فيلق الرحمن", "Free Syrian Army", "الجيش الحر"),
       actor("Military Forces of Russia", "Russia", "القوات الروسية", "الجانب الروسي")),
    ev("non_violent_transfer_of_territory", ("2018-03-22", "2018-03-23"), loc("Harasta", "SY", 33.55869, 36.36515, 25),
       actor("Ahrar al-Sham", "أحرار الشام", "حركة أحرار الشام", "مسلحو حركة أحرار الشام"), actor(*REGS)),
    ev("agreement", ("2018-03-16", "2018-03-22"), loc("Harasta", "SY", 33.55869, 36.36515, 25),
       actor("Ahrar al-Sham", "أحرار الشام", "حركة أحرار الشام"), actor(*REGS), optional=True),
]
C["ant-SK-internationalNews-1459-20180509"] = []
C["ant-CN-middleEast-1185-20180812"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada governorate", "YE", 16.94021, 43.76394, 100),
       actor("Saudi-led coalition", "Arab Coalition", "الائتلاف لدعم الشرعية في اليمن", "Coalition to Restore Legitimacy in Yemen"),
       actor("Houthis", "Ansar Allah", "الحوثيين", "قادة الحوثيين"), optional=True),
    ev("armed_clash", ("2018-08-10", "2018-08-12"), loc("Salt", "JO", 32.03917, 35.72722, 25),
       actor("Police Forces of Jordan", "Jordanian security forces", "رجل أمن أردني", "رجال الأمن"),
       actor("مجموعة من المشتبه بهم", "Militants", "suspects"),
       fatalities=1, injured=[2, 99]),
    ev("remote_explosive_landmine_ied", ("2018-08-09", "2018-08-12"), loc("Fuheis", "JO", 32.01033, 35.76858, 25),
       None,
       actor("Jordanian Gendarmerie", "Gendarmerie of Jordan", "قوات الدرك الأردني", "Police Forces of Jordan"),
       fatalities=1),
]
EGA = ("Military Forces of Egypt", "Egyptian army", "الجيش المصري", "قوات الأمن المصرية", "القوات الأمنية", "مروحيات الأباتشي")
ABM = ("Ansar Bayt al-Maqdis", "أنصار بيت المقدس", "جماعة أنصار بيت المقدس", "عناصر تكفيرية", "تكفيريين", "Islamic State Sinai Province", "Wilayat Sinai")
C["snn-a6f95d8aa195"] = [
    ev("air_drone_strike", ("2015-08-05", "2015-08-05"), loc("South of Sheikh Zuweid", "EG", 31.15, 34.10, 25),
       actor(*EGA), actor(*ABM), fatalities=8, injured=[2, 99]),
    ev("arrests", ("2015-08-04", "2015-08-06"), loc("South of Al Arish", "EG", 31.13159, 33.79844, 25),
       actor(*EGA), actor(*ABM, "عنصرا جنائيا وتكفيريا")),
    ev("disrupted_weapons_use", ("2015-08-04", "2015-08-06"), loc("Al Joura, south of Sheikh Zuweid", "EG", 31.12, 34.10, 30),
       actor(*EGA), None),
    ev("disrupted_weapons_use", ("2015-08-04", "2015-08-06"), loc("Al Jaradat, south of Sheikh Zuweid", "EG", 31.12, 34.10, 30),
       actor(*EGA), None),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Abu Hammad", "EG", 30.53766, 31.67875, 25),
       actor("Unidentified armed group", "مجهولين", "unknown gunmen"),
       actor("Police Forces of Egypt", "أمين شرطة", "Egyptian police"), fatalities=1, optional=True),
    ev("attack", ("2015-08-04", "2015-08-06"), loc("Abu Hammad", "EG", 30.53766, 31.67875, 25),
       actor("Unidentified armed group", "مجهولين", "unknown gunmen"),
       actor("Police Forces of Egypt", "أمين شرطة", "Egyptian police"), fatalities=1, optional=True),
]
MB = ("Muslim Brotherhood", "الإخوان", "تنظيم الإخوان", "تنظيم الإخوان الإرهابي", "لجان العمليات النوعية")
EGP = ("Police Forces of Egypt", "Egyptian Ministry of Interior", "وزارة الداخلية المصرية", "وزارة الداخلية")
C["snn-bf3cc28dc754"] = [
    ev("arrests", ("2015-07-19", "2015-07-21"), loc("Samalut, Minya", "EG", 28.31214, 30.71007, 25),
       actor(*EGP), actor(*MB)),
    ev("arrests", ("2015-07-19", "2015-07-21"), loc("Egypt", "EG", None, None),
       actor(*EGP), actor(*MB), optional=True),
]
HOU = ("Houthis", "Ansar Allah", "الحوثيين", "المقاتلين الحوثيين", "حركة الحوثيين", "حوثيا")
HADI = ("Military Forces of Yemen (Hadi)", "Pro-Hadi forces", "قوات يمنية مؤيدة للرئيس هادي", "Popular Resistance", "قوات المقاومة الشعبية",
        "المقاومة الشعبية", "مقاتلين جنوبيين", "Southern Resistance")
COAL = ("Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي", "طائرات التحالف الحربية")
C["snn-d010fb2f1358"] = [
    ev("armed_clash", ("2015-07-26", "2015-07-26"), loc("Al Anad air base", "YE", 13.18, 44.77, 50), actor(*HADI), actor(*HOU)),
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), loc("Near Sanaa", "YE", 15.463615, 44.237884, 25), actor(*COAL), None),
    ev("government_regains_territory", ("2015-07-25", "2015-07-27"), loc("Sabr, north of Aden", "YE", 13.0025, 44.91167, 25),
       actor(*HADI), actor(*HOU), fatalities=35),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), loc("Sabr, north of Aden", "YE", 13.0025, 44.91167, 25),
       actor(*HADI), actor(*HOU), fatalities=35, optional=True),
    ev("looting_property_destruction", ("2015-07-20", "2015-07-27"), loc("Hodeidah governorate", "YE", 14.796625, 42.945213, 100),
       actor(*HOU), actor("World Food Programme", "برنامج الأغذية العالمي"), optional=True),
    ev("government_regains_territory", ("2015-07-13", "2015-07-22"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor(*COAL, *HADI), actor(*HOU), optional=True),
]
C["snn-a1671b6958a3"] = []
C["ant-SK-internationalNews-1810-20180527"] = []
LNA = ("Libyan National Army", "LNA", "الجيش الليبي", "قوات الجيش الليبي", "Military Forces of Libya (Haftar)", "الجنود")
AQD = ("Al-Qaeda", "فلول القاعدة", "القاعدة", "الإرهابيين", "Derna Protection Force", "Mujahideen Shura Council of Derna")
DERNA = loc("Derna", "LY", 32.76704, 22.63669, 25)
C["ant-SK-middleEast-2326-20180612"] = [
    ev("suicide_bomb", ("2018-06-11", "2018-06-11"), DERNA, actor(*AQD), actor(*LNA), fatalities=2, injured=3),
    ev("armed_clash", ("2018-06-11", "2018-06-12"), DERNA, actor(*LNA), actor(*AQD), optional=True),
]
LBS = ("Lebanese General Security", "General Directorate of General Security", "المديرية العامة للأمن العام اللبناني",
       "قوات الأمن اللبناني", "الأمن اللبناني", "Police Forces of Lebanon")
C["snn-e5e956bdb921"] = [
    ev("arrests", ("2015-08-09", "2015-08-11"), loc("Lebanon", "LB", None, None), actor(*LBS),
       actor("Jabhat al-Nusra", "Nusra Front", "تنظيم جبهة النصرة", "جبهة النصرة"), optional=True),
    ev("arrests", ("2015-08-09", "2015-08-11"), loc("Lebanon", "LB", None, None), actor(*LBS),
       actor("Islamic State", "ISIS", "تنظيم داعش", "داعش"), optional=True),
]
C["ant-SK-internationalNews-1826-20180528"] = []
C["ant-CN-sport-385-20180904"] = []
IOF = ("Military Forces of Israel", "Israeli forces", "قوات الاحتلال", "قوات الاحتلال الإسرائيلي", "الاحتلال")
IPOL = ("Police Forces of Israel", "Israeli police", "الشرطة الاسرائيلية", "قوات الشرطة", "الشرطة الإسرائيلية")
PAL = ("Palestinians", "Civilians", "فلسطينيين", "ستة فلسطينيين")
AQSA = loc("Al-Aqsa Mosque, East Jerusalem", "PS", 31.7781, 35.2359, 25)
C["snn-e999c9cfa15a"] = [
    ev("violent_demonstration", ("2015-08-02", "2015-08-02"), AQSA,
       actor("Rioters (Palestine)", "Palestinian rioters", "الشبان الملثمين", "عدداً من الشبان الملثمين", "Palestinians"), actor(*IPOL)),
    ev("protest_with_intervention", ("2015-08-02", "2015-08-02"), AQSA,
       actor("Protesters (Palestine)", "Palestinians", "الشبان الملثمين"), actor(*IPOL), optional=True),
    ev("peaceful_protest", ("2015-08-02", "2015-08-02"), AQSA,
       actor("Protesters (Palestine)", "Palestinians", "العشرات"), actor(*IPOL), optional=True),
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma, West Bank", "PS", 32.05632, 35.36705, 60),
       actor("Israeli settlers", "مستوطنين متطرفين", "مستوطنون متطرفون", "Settlers"),
       actor("Civilians", "Palestinians", "رضيع فلسطيني", "علي دوابشة"), fatalities=1, optional=True),
    ev("protest_with_intervention", ("2015-07-26", "2015-08-01"), AQSA,
       actor("Palestinians", "فلسطينيين"), actor(*IPOL), optional=True),
    ev("arrests", ("2015-08-01", "2015-08-03"), loc("Hebron", "PS", 31.524206, 35.088173, 25), actor(*IOF), actor(*PAL)),
    ev("arrests", ("2015-08-01", "2015-08-03"), loc("Beit Ummar", "PS", 31.62, 35.10, 25), actor(*IOF), actor(*PAL)),
    ev("disrupted_weapons_use", ("2015-08-01", "2015-08-03"), loc("Al-Shalala St, Hebron old city", "PS", 31.524206, 35.088173, 25),
       actor(*IOF), None, optional=True),
    ev("looting_property_destruction", ("2015-08-01", "2015-08-03"), loc("Al-Fawwar camp", "PS", 31.48, 35.055, 25),
       actor(*IOF), None, optional=True),
    ev("arrests", ("2015-08-01", "2015-08-03"), loc("Silwad", "PS", 31.977449, 35.26115, 25), actor(*IOF),
       actor(*PAL, "الأسير المحرر ماهر نادر مبارك")),
    ev("arrests", ("2015-08-01", "2015-08-03"), loc("Silwan, East Jerusalem", "PS", 31.769824, 35.238664, 25), actor(*IOF),
       actor(*PAL, "الفتى نعيم أبو سارة")),
]
C["snn-70389a3ca9be"] = []
C["ant-SK-middleEast-2431-20180617"] = []
HOUS = ("Houthis", "Ansar Allah", "جماعة الحوثي", "الحوثيين", "مليشيات الحوثي وصالح", "المتمردين", "Saleh forces")
LEG = ("Military Forces of Yemen (Hadi)", "Pro-Hadi forces", "قوات الشرعية", "Legitimacy forces", "Popular Resistance")
C["snn-4288a2a960bb"] = [
    ev("other", ("2015-08-10", "2015-08-11"), loc("Ataq", "YE", 14.53767, 46.83187, 25), actor(*HOUS, "محافظ شبوة"), None, optional=True),
    ev("government_regains_territory", ("2015-08-05", "2015-08-11"), loc("Abyan governorate", "YE", 13.710846, 46.163834, 100),
       actor(*LEG), actor(*HOUS), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-09", "2015-08-11"), loc("Near Taiz", "YE", 13.57825, 44.017666, 25),
       actor(*HOUS), actor("Civilians", "مدنيون"), fatalities=[2, 99]),
    ev("armed_clash", ("2015-08-09", "2015-08-11"), loc("Marib governorate", "YE", 15.46253, 45.32581, 100),
       actor(*LEG), actor(*HOUS, "الحوثيين"), fatalities=8),
    ev("air_drone_strike", ("2015-08-09", "2015-08-11"), loc("Al Makhdarah, Marib", "YE", 15.55905, 44.9703, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف"), actor(*HOUS)),
]
C["ant-CN-middleEast-275-20180316"] = []
C["ant-SK-middleEast-1113-20180418"] = [
    ev("remote_explosive_landmine_ied", ("2018-04-18", "2018-04-18"), loc("Sidi Khalifa, east of Benghazi", "LY", 32.25623, 20.19691, 25),
       None, actor("Libyan National Army", "LNA", "Military Forces of Libya (Haftar)", "موكب رئيس الأركان الليبي",
                   "عبد الرزاق الناظوري", "الناظوري", "Abdulrazek al-Nadhuri"),
       fatalities=1, injured=3),
]
C["ant-SK-sport-2230-20180716"] = [
    ev("protest_with_intervention", ("2018-07-15", "2018-07-16"), loc("Luzhniki Stadium, Moscow", "RU", 55.7158, 37.5537, 25),
       actor("Pussy Riot", "بوسي رايوت", "فرقة بوسي رايوت", "Protesters (Russia)"),
       actor("Police Forces of Russia", "شرطة موسكو", "Russian police")),
    ev("peaceful_protest", ("2018-07-15", "2018-07-16"), loc("Luzhniki Stadium, Moscow", "RU", 55.7158, 37.5537, 25),
       actor("Pussy Riot", "بوسي رايوت", "فرقة بوسي رايوت", "Protesters (Russia)"), None, optional=True),
]
C["snn-2dd579bcdc3e"] = [
    ev("air_drone_strike", ("2014-07-27", "2014-07-29"), loc("Al-Shati camp, Gaza City", "PS", 31.534098, 34.446315, 25),
       actor("Military Forces of Israel", "الاحتلال الإسرائيلي", "Israel"),
       actor("Civilians", "Children", "مجموعة من الأطفال"), optional=True),
]
RUS = ("Russian security forces", "Police Forces of Russia", "أجهزة الأمن الروسية", "القوات الخاصة", "اللجنة الوطنية لمكافحة الإرهاب")
C["snn-910828a7d71e"] = [
    ev("armed_clash", ("2015-07-20", "2015-08-02"), loc("Mountain forest near Chechnya", "RU", 43.3, 45.7, 100),
       actor(*RUS), actor("Islamic State", "ISIS", "تنظيم داعش", "مجموعة من المسلحين", "Caucasus Province"), fatalities=8, optional=True),
    ev("armed_clash", ("2014-12-04", "2014-12-04"), loc("Grozny", "RU", 43.3178, 45.6949, 25),
       actor("مسلحون", "Militants", "Caucasus Emirate"), actor(*RUS, "ضابط امن"), fatalities=14, optional=True),
]
C["ant-SK-internationalNews-3130-20180907"] = [
    ev("arrests", ("2018-09-06", "2018-09-06"), loc("Moldova (Chisinau)", "MD", 47.0105, 28.8638, 100),
       actor("Moldovan Information and Security Service", "دائرة المعلومات والأمن المولدوفية", "Police Forces of Moldova", "الشرطة"),
       actor("Gulen movement", "حركة غولن", "الرعايا الأتراك", "Turkish teachers"), optional=True),
]
C["ant-CN-middleEast-1010-20180523"] = []
TSK = ("Military Forces of Turkey", "Turkish army", "الجيش التركي", "جنود أتراك", "قوات الأمن التركية")
PKK = ("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "العمال الكردستاني", "الحزب العمال الكردستاني", "المتمردين الأكراد")
NIQ = loc("Northern Iraq", "IQ", 37.1, 44.0, 150)
C["ant-SK-internationalNews-1886-20180531"] = [
    ev("armed_clash", ("2018-05-29", "2018-05-31"), NIQ, actor(*TSK), actor(*PKK), fatalities=3, optional=True),
    ev("armed_clash", ("2018-05-29", "2018-05-29"), NIQ, actor(*PKK), actor(*TSK), fatalities=1, optional=True),
    ev("air_drone_strike", ("2018-05-29", "2018-05-29"), NIQ, actor(*TSK), actor(*PKK), optional=True),
]
C["snn-8acd3fdca649"] = []
ISF = ("Islamic State", "ISIS", "تنظيم داعش", "داعش", "المسلح", "المهاجم", "رضوان لكديم", "Radouane Lakdim")
FRP = ("Police Forces of France", "French police", "الشرطة", "الأمن الفرنسي")
CARC = loc("Carcassonne", "FR", 43.2130, 2.3491, 25)
TREB = loc("Trebes", "FR", 43.2108, 2.4428, 25)
C["ant-SK-internationalNews-540-20180323"] = [
    ev("attack", ("2018-03-23", "2018-03-23"), CARC, actor(*ISF), actor("Civilians", "أحد ركابها", "ركابها"), fatalities=1, injured=1),
    ev("armed_clash", ("2018-03-23", "2018-03-23"), CARC, actor(*ISF), actor(*FRP), optional=True),
    ev("attack", ("2018-03-23", "2018-03-23"), TREB, actor(*ISF), actor("Civilians", "رهائن", "hostages"), fatalities=[2, 3]),
    ev("armed_clash", ("2018-03-23", "2018-03-23"), TREB, actor(*FRP, "ضابط في الجيش الفرنسي"), actor(*ISF), fatalities=[2, 3], optional=True),
    ev("arrests", ("2018-03-23", "2018-03-23"), loc("France (Aude)", "FR", 43.2130, 2.3491, 100), actor(*FRP),
       actor("امرأة على صلة بالمسلح", "associate of attacker", "Islamic State"), optional=True),
]
C["snn-ae05fb722bfa"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-16.jsonl"))
