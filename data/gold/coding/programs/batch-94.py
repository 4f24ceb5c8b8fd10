import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-bfa26b8e7438"] = []
C["snn-41f7e8fca26f"] = []
NUSRA = actor("جبهة النصرة", "النصرة", "الجبهة", "Jabhat al-Nusra", "Nusra Front", "Al-Nusra Front")
REG_SY = actor("النظام", "النظام السوري", "قوات النظام", "القوات النظامية", "Syrian government forces", "Syrian regime", "Military Forces of Syria")
OPP_SY = actor("فصائل المعارضة", "الفصائل الإسلامية", "المعارضة", "Syrian opposition", "Syrian rebels", "Islamist rebels")
C["snn-b38cc7108f9d"] = [
    ev("agreement", ("2015-07-23", "2015-07-23"), loc("Al Qabun, Damascus", "SY", 33.54, 36.33, 25), NUSRA, REG_SY),
    ev("agreement", ("2015-07-10", "2015-07-10"), loc("Daraa", "SY", 32.61889, 36.10213, 100), OPP_SY, REG_SY, optional=True),
    ev("agreement", ("2015-06-12", "2015-06-12"), loc("Aleppo", "SY", 36.20124, 37.16117, 25), OPP_SY, REG_SY, optional=True),
    ev("agreement", ("2015-04-06", "2015-04-06"), loc("Aleppo governorate", "SY", 36.20124, 37.16117, 100), OPP_SY, REG_SY, optional=True),
    ev("agreement", ("2015-04-01", "2015-04-30"), loc("Daraa", "SY", 32.61889, 36.10213, 100),
       actor("حركة المثنّى", "حركة المثنى", "الجيش السوري الحر", "Harakat al-Muthanna", "Free Syrian Army", "FSA"), REG_SY, optional=True),
]
C["snn-340c91f065fb"] = []
C["snn-5062bf9a6adc"] = []

C["ant-SK-sport-627-20180408"] = []
C["snn-ae270a008012"] = []
HERD = actor("رعاة", "الرعاة", "Fulani herders", "Herders", "Fulani Ethnic Militia (Nigeria)", "Fulani militia")
FARM = actor("مزارعين", "المزارعين", "Farmers", "Berom Ethnic Militia (Nigeria)", "communal militia")
C["ant-SK-internationalNews-2302-20180624"] = [
    ev("armed_clash", ("2018-06-22", "2018-06-24"), loc("Plateau State", "NG", 9.8965, 8.8583, 100), HERD, FARM, fatalities=70),
    ev("attack", ("2018-06-22", "2018-06-24"), loc("Plateau State", "NG", 9.8965, 8.8583, 100), HERD,
       actor("Civilians", "مدنيين", "المدنيين", "مزارعين", "Farmers"), fatalities=70, optional=True),
]
C["snn-240061647715"] = []
C["snn-62a2d3a023cc"] = []

C["ant-SK-internationalNews-1653-20180519"] = [
    ev("air_drone_strike", ("2018-04-01", "2018-04-30"), loc("Syria", "SY", None, None),
       actor("فرنسا والولايات المتحدة وبريطانيا", "فرنسا", "الولايات المتحدة", "بريطانيا", "France", "United States", "United Kingdom", "US-led coalition"),
       actor("الحكومة السورية", "Syrian government forces", "Military Forces of Syria", "Syrian regime"), optional=True),
]
C["snn-e8e03d0bb82c"] = [
    ev("remote_explosive_landmine_ied", ("2015-06-25", "2015-07-01"), loc("Heliopolis, Cairo", "EG", 30.1, 31.3333, 25), None,
       actor("النائب العام المصري", "Government of Egypt", "Egyptian Prosecutor General"), optional=True),
    ev("armed_clash", ("2015-06-28", "2015-07-03"), loc("Sheikh Zuweid", "EG", 31.2163, 34.11074, 25),
       actor("ولاية سيناء", "مسلحي «ولاية سيناء»", "Wilayat Sinai", "Sinai Province", "Islamic State", "ISIS"),
       actor("الجيش المصري", "Military Forces of Egypt", "Egyptian army"), fatalities=17, optional=True),
]
C["snn-9097eecf68d0"] = []
C["snn-301e3100a88e"] = []
C["ant-SK-economy-165-20180318"] = []

C["snn-b0b86768dfc9"] = []
C["ant-SK-internationalNews-3334-20181007"] = []
C["snn-6d6dd0c94fd3"] = []
C["snn-7cd4b60b8a35"] = []
HOUTHI = actor("المتمردين الحوثيين", "الحوثيين", "الحوثيون", "Houthis", "Ansar Allah", "Houthi rebels")
C["snn-6e928be63166"] = [
    ev("government_regains_territory", ("2015-07-13", "2015-07-19"), loc("Aden Airport", "YE", 12.8297, 45.0288, 25),
       actor("المقاومة الشعبية", "القوات الموالية للحكومة", "Popular Resistance", "Pro-government forces", "Hadi loyalists"),
       actor("المتمردين الحوثيين", "الحوثيين", "قوات الرئيس السابق علي عبدالله صالح", "Houthis", "Ansar Allah", "Saleh loyalists"), optional=True),
]

C["snn-72cc4732c34c"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Almar, Faryab", "AF", 35.85, 64.53, 50), None,
       actor("Civilians", "مدنيين", "المدنيين", "نساء واطفال"), fatalities=15, injured=38),
]
C["snn-fd470bcd923f"] = []
C["ant-SK-middleEast-1712-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("إسرائيل", "Military Forces of Israel", "Israeli forces", "Israel"), actor("Protesters", "Palestinian protesters", "متظاهرين"),
       fatalities=60, injured=3000, optional=True),
]
C["snn-2f41a8a42ef5"] = []
C["ant-SK-middleEast-1487-20180507"] = [
    ev("air_drone_strike", ("2018-05-07", "2018-05-07"), loc("Tahrir Square, Sanaa", "YE", 15.3532, 44.2060, 25),
       actor("مقاتلات التحالف", "التحالف العربي", "تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition"),
       actor("قيادات حوثية", "ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), fatalities=[2, 99], injured=[2, 99]),
]

HOUTHI_M = actor("الميليشيا الحوثية", "ميليشيات الحوثي", "مليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah")
SAUDI_AD = actor("قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي", "قوات التحالف", "Royal Saudi Air Defense", "Military Forces of Saudi Arabia", "Saudi-led coalition", "Arab Coalition")
C["ant-SK-middleEast-1080-20180416"] = [
    ev("disrupted_weapons_use", ("2018-04-15", "2018-04-16"), loc("Najran", "SA", 17.4924, 44.12766, 25), SAUDI_AD, HOUTHI_M, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-15", "2018-04-16"), loc("Najran", "SA", 17.4924, 44.12766, 25), HOUTHI_M, SAUDI_AD, fatalities=0, injured=0, optional=True),
]
C["snn-74dd47a4d8cb"] = []
C["ant-SK-internationalNews-1995-20180606"] = []
C["ant-SK-internationalNews-3024-20180815"] = []
MIL_RU = actor("مسلحين", "مسلحون", "Unidentified armed group", "Militants", "Islamic State", "ISIS")
POL_RU = actor("الشرطة", "شرطيان", "Police Forces of Russia", "Russian police", "Chechen police")
C["ant-SK-internationalNews-1670-20180519"] = [
    ev("armed_clash", ("2018-05-19", "2018-05-19"), loc("Grozny", "RU", 43.3125, 45.6986, 25), MIL_RU, POL_RU, fatalities=7, injured=2),
    ev("attack", ("2018-05-19", "2018-05-19"), loc("Grozny", "RU", 43.3125, 45.6986, 25), MIL_RU,
       actor("Civilians", "مدني", "المؤمنين", "Christians"), fatalities=7, injured=2, optional=True),
]

C["snn-3d0bdb93209f"] = [
    ev("other", ("2015-07-23", "2015-07-25"), loc("Tunisia", "TN", None, None),
       actor("قوات الأمن التونسي", "Police Forces of Tunisia", "Tunisian security forces"), actor("مجموعة ليبية", "مواطن تونسي"), optional=True),
]
COAL = actor("مقاتلات التحالف", "التحالف العربي", "التحالف العربي لدعم الشرعية", "القوات الإماراتية", "Saudi-led coalition", "Arab Coalition")
HOUTHI_W = actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "الميليشيات", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-360-20180317"] = [
    ev("air_drone_strike", ("2018-03-17", "2018-03-17"), loc("Al Hudaydah governorate", "YE", 14.796625, 42.945213, 100), COAL, HOUTHI_W, fatalities=[1, 99], injured=[0, 99]),
    ev("air_drone_strike", ("2018-03-17", "2018-03-17"), loc("Al Husayniyah district, Al Hudaydah", "YE", 14.35506, 43.32064, 30), COAL, HOUTHI_W),
    ev("air_drone_strike", ("2018-03-15", "2018-03-17"), loc("West coast front, Al Hudaydah", "YE", 14.5, 43.1, 100), COAL, HOUTHI_W, optional=True),
]
C["ant-CN-middleEast-619-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("الولايات المتحدة", "أمريكا", "بريطانيا", "فرنسا", "United States", "United Kingdom", "France", "Military Forces of the United States"),
       actor("القوات المسلحة", "الجمهورية العربية السورية", "Military Forces of Syria", "Syrian government forces"), optional=True),
]
C["snn-8092f01d3251"] = []
C["snn-a0e1b706be40"] = []

C["ant-SK-middleEast-2030-20180529"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-29", "2018-05-29"), loc("Eshkol", "IL", 31.23, 34.40, 25),
       actor("Palestinian militants", "صواريخ فلسطينية", "فلسطينية"),
       actor("إسرائيليين", "المستوطنين", "Civilians", "Israeli civilians"), injured=3),
]
NATARMY = actor("الجيش الوطني", "الجيش الوطني اليمني", "المقاومة", "المقاومة الشعبية", "Military Forces of Yemen", "Pro-Hadi forces", "Popular Resistance")
HOUTHI_L = actor("ميليشيات الحوثي", "ميليشيات الحوثي الانقلابية", "الميليشيات الحوثية", "الحوثي", "حوثيا", "حوثيين", "Houthis", "Ansar Allah")
C["snn-404d5edc68fa"] = [
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Al Anad base, Lahij", "YE", 13.176, 44.765, 25), NATARMY, HOUTHI_L),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Lahij (Al Hawtah)", "YE", 13.05667, 44.88194, 25), NATARMY, HOUTHI_L),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Lawdar", "YE", 13.88282, 45.86859, 25), NATARMY, HOUTHI_L, optional=True),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Wadi Khar, Bayhan district, Shabwah", "YE", 14.80067, 45.71889, 30),
       actor("المقاومة في شبوة", "المقاومة", "Popular Resistance", "Shabwa Resistance"), HOUTHI_L, fatalities=5),
    ev("remote_explosive_landmine_ied", ("2015-07-29", "2015-07-31"), loc("Bayhan district, Shabwah", "YE", 14.80067, 45.71889, 30),
       actor("المقاومة في شبوة", "المقاومة", "Popular Resistance"), HOUTHI_L, fatalities=5, optional=True),
    ev("air_drone_strike", ("2015-07-29", "2015-07-31"), loc("Al Luhum area, between Lahij and Aden", "YE", 12.93, 44.95, 30),
       actor("طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOUTHI_L, fatalities=23, injured=[10, 99]),
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-31"), loc("Northern outskirts of Aden", "YE", 12.88, 44.99, 25),
       HOUTHI_L, actor("Civilians", "المدنيين", "مدنيين"), fatalities=5, injured=[90, 110]),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Sanaa", "YE", 15.3532, 44.2060, 50),
       actor("اللواء الرابع", "Military Forces of Yemen", "Saleh loyalists"), HOUTHI_L, optional=True),
]
RES_A = actor("المقاومة الشعبية", "قوات المقاومة الشعبية", "القوات الموالية للشرعية", "القوات الموالية لحكومة هادي", "Popular Resistance", "Pro-Hadi forces", "Hadi loyalists")
HOUTHI_A = actor("المتمردون الحوثيون", "المتمردين الحوثيين", "الحوثيين", "المتمردين", "Houthis", "Ansar Allah")
COAL_A = actor("التحالف العربي", "طائرات التحالف العربي", "Saudi-led coalition", "Arab Coalition")
C["snn-b0882caf58e8"] = [
    ev("armed_clash", ("2015-07-18", "2015-07-22"), loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25), RES_A, HOUTHI_A),
    ev("air_drone_strike", ("2015-07-18", "2015-07-22"), loc("Aden (At Tawahi, Ar Ribat, Khawr Maksar)", "YE", 12.83, 45.0, 25), COAL_A, HOUTHI_A, fatalities=9),
    ev("air_drone_strike", ("2015-07-18", "2015-07-22"), loc("Ar Ribat, northern entrance of Aden", "YE", 12.90, 44.98, 25), COAL_A, HOUTHI_A, optional=True),
    ev("air_drone_strike", ("2015-07-18", "2015-07-22"), loc("Khawr Maksar, Aden", "YE", 12.81227, 45.03337, 25), COAL_A, HOUTHI_A, fatalities=9, optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-22"), loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25), RES_A, HOUTHI_A, optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-22"), loc("Crater, Aden", "YE", 12.77522, 45.03862, 25), RES_A, HOUTHI_A, optional=True),
]
C["snn-e03133f7d250"] = []
C["snn-1f14958540b0"] = [
    ev("arrests", ("2015-07-29", "2015-07-31"), loc("Punjab", "PK", None, None),
       actor("سلطات الأمن الباكستانية", "Police Forces of Pakistan", "Pakistani security forces"),
       actor("جماعة سباه صحابة", "جيش محمد", "أنصار الأمة", "Sipah-e-Sahaba", "Jaish-e-Mohammed", "Ansar ul-Ummah"), optional=True),
]

C["ant-SK-internationalNews-884-20180410"] = [
    ev("other", ("2018-04-09", "2018-04-10"), loc("Ro island (Strongyli Megistis)", "GR", 36.15, 29.51, 25),
       actor("جنود يونانيون", "Military Forces of Greece", "Greek army"),
       actor("مروحية تركية", "خفر السواحل التركية", "Turkish Coast Guard", "Military Forces of Turkey"), fatalities=0, optional=True),
]
C["ant-SK-middleEast-3511-20180903"] = [
    ev("shelling_artillery_missile_attack", ("2018-08-31", "2018-08-31"), loc("Tripoli", "LY", 32.885011, 13.189683, 25), None, None),
    ev("armed_clash", ("2018-09-01", "2018-09-03"), loc("South Tripoli", "LY", 32.82, 13.20, 25),
       actor("ميليشيات متناحرة", "مجموعتان مسلّحتان", "Militias"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-31", "2018-09-03"), loc("Mitiga airport, Tripoli", "LY", 32.894, 13.276, 25), None, None, optional=True),
]
C["ant-SK-middleEast-1047-20180416"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("فرنسا", "الولايات المتحدة", "بريطانيا", "France", "United States", "United Kingdom"),
       actor("النظام السوري", "Military Forces of Syria", "Syrian government forces"), optional=True),
]
C["ant-CN-internationalNews-64-20180304"] = [
    ev("peaceful_protest", ("2018-03-03", "2018-03-03"), loc("Berlin", "DE", 52.52, 13.405, 25),
       actor("المتظاهرون", "حشود", "Protesters", "Protesters (Germany)", "Kurdish protesters"), None),
]
BG_SA = actor("حرس الحدود", "رجال حرس الحدود", "مركز المسيال", "Saudi Border Guard", "Military Forces of Saudi Arabia")
C["snn-7c4e05343356"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Al Misyal post, Dhahran al-Janub, Asir", "SA", 17.66, 43.51, 50), None, BG_SA, fatalities=3, injured=7),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("At Tuwal, Jazan", "SA", 16.52942, 42.96762, 25), None,
       actor("قوة المجاهدين", "دورية مساندة من قوة المجاهدين", "Saudi Mujahideen force", "Military Forces of Saudi Arabia"), fatalities=1, injured=1),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("Yemeni side of border opposite Dhahran al-Janub", "YE", 17.5, 43.5, 50),
       actor("القوات البرية", "Military Forces of Saudi Arabia"), None, optional=True),
]
C["snn-7c7af7682d64"] = []
SYRU = actor("غارات جوية روسية وسورية", "قوات النظام السوري", "غارات روسية", "Military Forces of Syria", "Syrian government forces", "Military Forces of Russia", "Russian air force")
CIV = actor("Civilians", "مدنيين", "المدنيين", "مدنياً")
C["ant-SK-middleEast-195-20180309"] = [
    ev("air_drone_strike", ("2018-03-07", "2018-03-09"), loc("Misraba", "SY", 33.55027, 36.39659, 25), SYRU, CIV),
    ev("air_drone_strike", ("2018-03-07", "2018-03-09"), loc("Jisrayn", "SY", 33.51049, 36.38865, 25), SYRU, CIV),
    ev("air_drone_strike", ("2018-03-07", "2018-03-09"), loc("Douma", "SY", 33.57175, 36.4027, 25), SYRU, CIV),
    ev("armed_clash", ("2018-03-02", "2018-03-09"), loc("Eastern Ghouta", "SY", 33.55, 36.42, 25),
       actor("قوات النظام السوري", "Military Forces of Syria", "Syrian government forces"),
       actor("فصائل المعارضة السورية", "Syrian opposition", "Syrian rebels"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-94.jsonl"))
