import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

IQF = actor("Iraqi forces", "Iraqi security forces", "القوات العراقية", "القوات المشتركة العراقية")
ISIS = actor("Islamic State", "ISIS", "IS", "Daesh", "داعش", "تنظيم داعش", "دواعش", "مسلحين متشددين")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "التحالف", "تحالف دعم الشرعية", "قوات التحالف", "طيران التحالف")
HOUTHI = actor("Houthis", "Ansar Allah", "الحوثي", "الحوثيين", "ميليشيات الحوثي", "مليشيات الحوثي", "ميليشيا الحوثي")

# 1
C["ant-SK-middleEast-2771-20180705"] = [
    ev("armed_clash", ("2018-07-05", "2018-07-05"), loc("Diyala (east)", "IQ", 33.96, 45.10, 100), IQF, ISIS),
    ev("armed_clash", ("2018-07-05", "2018-07-05"), loc("Kirkuk", "IQ", 35.47, 44.39, 100), IQF, ISIS),
    ev("arrests", ("2018-07-03", "2018-07-05"), loc("Diyala (east)", "IQ", 33.96, 45.10, 100), IQF, ISIS, optional=True),
    ev("arrests", ("2018-07-03", "2018-07-05"), loc("Kirkuk", "IQ", 35.47, 44.39, 100), IQF, ISIS, optional=True),
    ev("disrupted_weapons_use", ("2018-07-03", "2018-07-05"), loc("Diyala (east)", "IQ", 33.96, 45.10, 100), IQF, ISIS, optional=True),
]
# 2
C["snn-46bfc37f5957"] = []
# 3
C["ant-CN-middleEast-653-20180417"] = []
# 4
C["ant-SK-middleEast-1201-20180423"] = [
    ev("air_drone_strike", ("2018-04-19", "2018-04-19"), loc("Al Hudaydah", "YE", 14.80, 42.95, 25),
       COAL, actor("Houthis", "Ansar Allah", "الحوثي", "مليشيات الحوثي", "صالح الصماد", "القيادي الحوثي"), fatalities=[20, 21]),
]
# 5
C["snn-0c6ee273f5ee"] = [
    ev("armed_clash", ("2015-07-24", "2015-07-24"), loc("Al-Tuwal border crossing", "SA", 16.53, 42.97, 25),
       actor("Saudi forces", "Saudi Arabia", "القوات السعودية", "قوات التحالف", "Saudi-led coalition"),
       actor("Houthis", "Saleh forces", "ميليشيات الحوثي", "ميليشيات الرئيس اليمني المخلوع علي عبدالله صالح", "جيش المخلوع صالح", "ميليشيات صالح والحوثي")),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Al-Tuwal border area", "YE", 16.55, 43.0, 50),
       COAL, actor("Saleh forces", "Houthis", "جيش المخلوع صالح", "ميليشيات الحوثي"), optional=True),
]
# 6
PAL_ATT = actor("Palestinian attacker", "شاب فلسطيني", "علاء قبها", "Palestinian", "قبها")
IDF = actor("Israeli army", "IDF", "Israel Defense Forces", "الجيش الإسرائيلي", "الجيش الاسرائيلي")
C["ant-SK-middleEast-354-20180317"] = [
    ev("arrests", ("2018-03-17", "2018-03-17"), loc("Barta'a ash-Sharqiya / Jenin", "PS", 32.47, 35.09, 25), IDF,
       actor("Palestinians", "أقارب منفذ هجوم جنين", "ذوي المنفذ")),
    ev("armed_clash", ("2018-03-16", "2018-03-16"), loc("west of Jenin (checkpoint)", "PS", 32.46, 35.25, 25), PAL_ATT,
       actor("Israeli army", "IDF", "جنود إسرائيليين", "جنديان إسرائيليان", "الجيش الإسرائيلي"), fatalities=2, injured=[2, 3]),
    ev("attack", ("2018-03-16", "2018-03-16"), loc("west of Jenin (checkpoint)", "PS", 32.46, 35.25, 25), PAL_ATT,
       actor("Israeli army", "IDF", "جنود إسرائيليين", "جنديان إسرائيليان", "الجيش الإسرائيلي"), fatalities=2, injured=[2, 3], optional=True),
    ev("looting_property_destruction", ("2018-03-16", "2018-03-17"), loc("Barta'a ash-Sharqiya / Jenin", "PS", 32.47, 35.09, 25), IDF,
       actor("Palestinians", "ذوي المنفذ"), optional=True),
    ev("protest_with_intervention", ("2018-03-16", "2018-03-16"), loc("West Bank", "PS", 32.0, 35.25, 80),
       actor("Palestinians", "الفلسطينيين", "Palestinian protesters"), IDF, injured=[10, 99], optional=True),
    ev("protest_with_intervention", ("2018-03-16", "2018-03-16"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Palestinians", "الفلسطينيين", "Palestinian protesters"), IDF, injured=[10, 99], optional=True),
]

# 7-12
for _id in ["ant-SK-middleEast-2259-20180609", "ant-SK-middleEast-792-20180405", "snn-91e691404165",
            "snn-7edbe7273734", "snn-8d6005029606", "ant-CN-economy-391-20181008"]:
    C[_id] = []
# 13
IRPROT = actor("Protesters", "Iranian protesters", "محتجين", "محتجين غاضبين", "المحتجون", "التجار", "Merchants", "Bazaar merchants")
IRSEC = actor("Iranian security forces", "Police Forces of Iran", "الأمن", "Iran")
C["ant-SK-internationalNews-2333-20180627"] = [
    ev("protest_with_intervention", ("2018-06-25", "2018-06-25"), loc("Tehran", "IR", 35.69, 51.42, 25), IRPROT, IRSEC),
    ev("violent_demonstration", ("2018-06-25", "2018-06-25"), loc("Tehran", "IR", 35.69, 51.42, 25), IRPROT, IRSEC, optional=True),
    ev("arrests", ("2018-06-25", "2018-06-25"), loc("Tehran", "IR", 35.69, 51.42, 25), IRSEC, IRPROT, optional=True),
    ev("peaceful_protest", ("2018-06-26", "2018-06-26"), loc("Tehran", "IR", 35.69, 51.42, 25), IRPROT, None),
    ev("peaceful_protest", ("2018-06-25", "2018-06-26"), loc("Iran (other cities)", "IR", None, None), IRPROT, None, optional=True),
]
# 14
C["snn-8be4b6f0f559"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-30"), loc("Najran", "SA", 17.49, 44.13, 25), None,
       actor("Civilians", "مقيمين", "Residents", "Migrants"), injured=2),
]
# 15
C["snn-588c48f6e0f2"] = [
    ev("arrests", ("2015-06-26", "2015-07-21"), loc("Kuwait", "KW", None, None), actor("Kuwaiti security forces", "Police Forces of Kuwait", "السلطات الكويتية", "السلطات الأمنية الكويتية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش"), optional=True),
    ev("arrests", ("2015-07-01", "2015-07-21"), loc("Saudi Arabia", "SA", None, None), actor("Saudi security forces", "Police Forces of Saudi Arabia", "السلطات السعودية", "السلطات الأمنية السعودية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "الخلايا الإرهابية"), optional=True),
]
# 16-18
C["snn-d5782b4a24d7"] = []
C["ant-SK-middleEast-293-20180314"] = []
C["ant-SK-internationalNews-370-20180315"] = []
# 19
C["ant-SK-middleEast-2773-20180705"] = []
# 20
C["snn-239f352f8105"] = []
# 21
W3 = actor("United States", "France", "United Kingdom", "US", "UK", "الضربة الثلاثية", "فرنسا والمملكة المتحدة والولايات المتحدة")
SYGOV = actor("Syrian government", "Syrian regime", "Military Forces of Syria", "نظام الأسد", "سوريا")
C["ant-CN-middleEast-631-20180416"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None), W3, SYGOV, optional=True),
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None), W3, SYGOV, optional=True),
]
# 22
C["snn-02e6fa4cc7ba"] = [
    ev("air_drone_strike", ("2015-08-07", "2015-08-09"), loc("Daraa Palestinian refugee camp", "SY", 32.62, 36.10, 25),
       actor("Syrian government", "Syrian regime", "نظام الأسد", "الطائرات الحربية التابعة لنظام الأسد", "Military Forces of Syria"),
       actor("Civilians", "المدنيين", "Palestinian refugees", "لاجئين فلسطينيين")),
    ev("attack", ("2015-08-08", "2015-08-09"), loc("Syria", "SY", None, None), actor("Syrian government", "Syrian regime", "نظام الأسد", "نظام بشار الأسد"),
       actor("Palestinian refugees", "الفلسطينيين", "Civilians"), fatalities=[2, 99], optional=True),
]
# 23
C["ant-SK-economy-921-20180706"] = []
# 24
C["snn-86ec86f9b93d"] = [
    ev("protest_with_intervention", ("2015-08-05", "2015-08-05"), loc("Benghazi", "LY", 32.11, 20.15, 25),
       actor("Supporters of the former regime", "Gaddafi loyalists", "المتظاهرين", "مناصري النظام السابق", "Protesters"),
       actor("Libyan security forces", "قوات الأمن", "Police Forces of Libya")),
    ev("peaceful_protest", ("2015-08-05", "2015-08-05"), loc("Benghazi", "LY", 32.11, 20.15, 25),
       actor("Protesters", "المواطنين", "Civilians"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-01", "2015-07-31"), loc("Benghazi", "LY", 32.11, 20.15, 25),
       None, actor("Civilians", "مدنيين", "المدنيين"), optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Derna (Wadi Derna, al-Hila gate)", "LY", 32.76, 22.64, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"),
       actor("Abu Salim Martyrs Brigade", "Mujahideen Shura Council of Derna", "كتيبة شهداء أبوسليم", "كتيبة شهداء أبو سليم", "مجلس شورى مجاهدي درنة"),
       fatalities=3, injured=6),
]

# 25-30
C["snn-31622a971af3"] = []
C["snn-9f769d185722"] = [
    ev("suicide_bomb", ("2015-08-03", "2015-08-10"), loc("Abha", "SA", 18.22, 42.50, 25), actor("Islamic State", "ISIS", "Daesh", "داعش", "انتحاري عسير", "الخوارج"),
       actor("Saudi security forces", "جنود الأمن", "رجال الأمن", "المصلين"), optional=True),
]
C["snn-59c145bb8a36"] = []
C["snn-357e250d1f32"] = [
    ev("attack", ("2015-07-06", "2015-07-16"), loc("Chattanooga", "US", 35.05, -85.31, 25), actor("محمد يوسف", "Muhammad Youssef Abdulazeez", "Gunman"),
       actor("US military", "عسكريين", "United States Armed Forces"), fatalities=[4, 5], optional=True),
]
C["ant-SK-internationalNews-3364-20181008"] = []
C["ant-SK-middleEast-1743-20180516"] = []
# 31
C["ant-CN-internationalNews-329-20180509"] = []
# 32
TAF = actor("Turkish Air Force", "Turkey", "Military Forces of Turkey", "سلاح الجو التركي", "الجيش التركي", "مقاتلات اف-16")
TRARMY = actor("Turkish army", "Military Forces of Turkey", "Turkey", "الجيش التركي", "مركز حدودي للجيش التركي", "دبابات من كتيبة المدرعات الخامسة")
IS2 = actor("Islamic State", "ISIS", "IS", "Daesh", "تنظيم الدولة الاسلامية", "الدولة الاسلامية", "جهاديون", "الجهاديين", "داعش")
TRPOL = actor("Turkish police", "Police Forces of Turkey", "شرطي", "شرطيين", "السلطات التركية", "الشرطة التركية")
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني")
C["snn-12896e19ee46"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Syrian border area opposite Kilis", "SY", 36.62, 37.10, 30), TAF, IS2),
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Kilis", "TR", 36.72, 37.12, 25), IS2, TRARMY, fatalities=1, injured=2),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-23"), loc("Syrian border area opposite Kilis", "SY", 36.62, 37.10, 30), TRARMY, IS2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.98, 38.42, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم الدولة الاسلامية", "الانتحاري", "الشيخ عبد الرحمن الاغوز"),
       actor("Civilians", "حشدا من الشباب المؤيدين للاكراد", "Kurdish activists", "SGDF"), fatalities=32, injured=[90, 110]),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Istanbul", "TR", 41.02, 28.98, 25), TRPOL, IS2),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Istanbul", "TR", 41.02, 28.98, 25), TRPOL, PKK, optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Ceylanpinar", "TR", 36.85, 40.05, 25), PKK, TRPOL, fatalities=2),
    ev("attack", ("2015-07-22", "2015-07-22"), loc("Ceylanpinar", "TR", 36.85, 40.05, 25), PKK, TRPOL, fatalities=2, optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Diyarbakir", "TR", 37.91, 40.23, 25), actor("Unidentified armed group", "ملثمون"), TRPOL, fatalities=1, injured=1),
    ev("attack", ("2015-07-23", "2015-07-23"), loc("Diyarbakir", "TR", 37.91, 40.23, 25), actor("Unidentified armed group", "ملثمون"), TRPOL, fatalities=1, injured=1, optional=True),
    ev("attack", ("2015-07-21", "2015-07-21"), loc("Istanbul", "TR", 41.02, 28.98, 25),
       actor("YDG-H", "Patriotic Revolutionary Youth Movement", "حركة الشبيبة الوطنية الثورية", "PKK"),
       actor("Islamic State", "ISIS", "رجلا", "Civilians"), fatalities=1),
    ev("peaceful_protest", ("2015-07-20", "2015-07-24"), loc("Turkey", "TR", None, None), actor("Protesters", "Kurdish protesters"), None, optional=True),
]
# 33
C["ant-CN-middleEast-300-20180319"] = [
    ev("peaceful_protest", ("2018-03-16", "2018-03-16"), loc("Isfahan", "IR", 32.65, 51.67, 25),
       actor("Farmers", "Workers", "العمال والمزارعون", "العمال والفلاحون", "Protesters"), None),
    ev("arrests", ("2018-03-01", "2018-03-19"), loc("Iran", "IR", None, None), actor("Iranian authorities", "Police Forces of Iran"),
       actor("حميد بقائي", "اسفندیار رحیم‌ مشایی", "Hamid Baghaei", "Esfandiar Rahim Mashaei"), optional=True),
]
# 34
C["snn-26258f2f7cd0"] = []
# 35
GIANTS = actor("Giants Brigades", "Al-Amaliqa Brigades", "قوات ألوية العمالقة", "ألوية العمالقة", "Yemeni government forces", "Military Forces of Yemen")
C["ant-CN-middleEast-1369-20180912"] = [
    ev("government_regains_territory", ("2018-09-12", "2018-09-12"), loc("Kilo 16, Al Hudaydah", "YE", 14.83, 43.09, 25), GIANTS,
       actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثي")),
    ev("armed_clash", ("2018-09-12", "2018-09-12"), loc("Kilo 16, Al Hudaydah", "YE", 14.83, 43.09, 25), GIANTS,
       actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثي"), optional=True),
    ev("arrests", ("2018-09-05", "2018-09-12"), loc("Latakia", "SY", 35.53, 35.79, 50), actor("Turkish intelligence", "MIT", "المخابرات التركية", "Turkey"),
       actor("يوسف نازيك", "Yusuf Nazik"), optional=True),
    ev("armed_clash", ("2018-09-11", "2018-09-11"), loc("eastern Syria (Hajin pocket)", "SY", 34.69, 40.83, 100),
       actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديموقراطية", "قوات سوريا الديمقراطية"), actor("Islamic State", "ISIS", "Daesh", "داعش"), optional=True),
]
# 36
C["ant-SK-internationalNews-2972-20180812"] = [
    ev("attack", ("2017-08-12", "2017-08-12"), loc("Charlottesville", "US", 38.03, -78.48, 25), actor("Neo-Nazis", "نازيون جدد", "مناصر للنازيين الجدد", "White supremacists"),
       actor("Counter-protesters", "متظاهرين ضد العنصرية", "Civilians"), fatalities=1, injured=19, optional=True),
    ev("violent_demonstration", ("2017-08-12", "2017-08-12"), loc("Charlottesville", "US", 38.03, -78.48, 25), actor("Neo-Nazis", "نازيون جدد", "منادين بتفوق العرق الأبيض", "White supremacists"),
       actor("Counter-protesters", "متظاهرين آخرين مناهضين لهم"), optional=True),
]

# 37
C["ant-SK-middleEast-50-20180225"] = [
    ev("armed_clash", ("2018-02-25", "2018-02-25"), loc("Al-Marj, Eastern Ghouta", "SY", 33.50, 36.46, 25),
       actor("Syrian government forces", "Military Forces of Syria", "قوات النظام السوري", "قوات النظام وحلفائها", "قوات النظام"),
       actor("Jaysh al-Islam", "Army of Islam", "جيش الإسلام", "فصائل المعارضة المسلحة", "Syrian opposition"), fatalities=19),
]
# 38-42
C["snn-1247c6d5647e"] = []
C["snn-ed73f65d2e4a"] = []
C["snn-4ea8daa32897"] = [
    ev("attack", ("2015-07-29", "2015-08-05"), loc("Nablus (Duma)", "PS", 32.16, 35.30, 30), None,
       actor("Civilians", "الطفل الفلسطيني الرضيع", "Palestinian civilians"), fatalities=1, optional=True),
]
C["snn-2d5b0ffd1712"] = []
C["ant-SK-internationalNews-2565-20180710"] = []
# 43-47
C["ant-SK-middleEast-660-20180330"] = []
C["snn-09ce46a71d23"] = []
C["snn-2162206130a5"] = []
C["snn-33d0d70e0619"] = []
C["ant-SK-internationalNews-452-20180319"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-126.jsonl"))
