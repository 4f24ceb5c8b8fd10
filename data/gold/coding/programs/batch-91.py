import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISR = actor("Israeli forces", "Israel", "السلطات الإسرائيلية", "القوات الإسرائيلية", "الجيش الإسرائيلي", "Israel Defense Forces", "IDF")
PAL = actor("Palestinians", "Protesters", "فلسطينيا", "الفلسطينيين", "محتجين")
CIV = lambda *a: actor("Civilians", "مدنيين", "المدنيين", *a)

C["ant-SK-middleEast-1736-20180516"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza Strip", "PS", 31.41, 34.38, 30),
       PAL, ISR, fatalities=60, injured=[100, 999], optional=True),
]
C["snn-324d44cdaeec"] = []
UKR = actor("Ukrainian forces", "Military Forces of Ukraine", "القوات الأوكرانية", "الجيش الأوكراني", "أوكرانيا", "Ukraine")
SEP = actor("Pro-Russian separatists", "Donetsk People's Republic", "DPR", "الانفصاليون", "انفصاليون مؤيدون لروسيا", "الانفصاليين")
C["snn-de9baa0e17de"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-21"), loc("Donetsk", "UA", 48.00, 37.80, 25),
       UKR, CIV(), fatalities=1),
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-21"), loc("Donetsk (north-west)", "UA", 48.05, 37.72, 30),
       SEP, CIV("Military Forces of Ukraine", "عسكريا"), fatalities=4),
]
C["snn-3cf7c407d1dd"] = []
C["snn-b19ce4becbf3"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-21"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), CIV(), fatalities=30, injured=100),
    ev("suicide_bomb", ("2015-07-20", "2015-07-21"), loc("Kobani", "SY", 36.89, 38.35, 25),
       None, actor("People's Protection Units", "YPG", "وحدات حماية الشعب", "الوحدات"), fatalities=2),
]
C["snn-5633d35bfdd2"] = []

C["ant-SK-middleEast-202-20180310"] = []
C["snn-d69f352c1968"] = []
C["ant-SK-internationalNews-2251-20180621"] = []
C["ant-SK-economy-542-20180511"] = []
SYG = actor("Syrian government forces", "Syrian regime", "النظام السوري", "النظام", "الحكومة السورية")
C["ant-CN-middleEast-525-20180408"] = [
    ev("chemical_weapon", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYG, CIV(), optional=True),
]
GAZA = loc("Gaza Strip (border with Israel)", "PS", 31.41, 34.38, 30)
PALP = actor("Palestinians", "Protesters", "فلسطينيا", "الفلسطينيين", "سكان القطاع", "Great March of Return")
C["ant-SK-middleEast-679-20180331"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA, PALP, ISR, fatalities=16, injured=1600),
    ev("protest_with_intervention", ("2018-03-30", "2018-03-30"), GAZA, PALP, ISR, fatalities=16, injured=1600, optional=True),
]

C["snn-0756d5d68a6c"] = []
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيا الحوثي", "المتمردين", "الميليشيا الإرهابية", "Houthi militia")
C["ant-SK-middleEast-3727-20181006"] = [
    ev("shelling_artillery_missile_attack", ("2018-10-05", "2018-10-05"), loc("Bani Jaber camp, Al Khawkhah district", "YE", 13.80, 43.26, 30),
       HOU, CIV("النازحين", "IDPs"), fatalities=1, injured=12),
]
C["ant-SK-middleEast-73-20180226"] = [
    ev("peaceful_protest", ("2018-02-25", "2018-02-26"), loc("Church of the Holy Sepulchre, Jerusalem", "PS", 31.778, 35.2296, 25),
       actor("Church leaders", "رؤساء الكنائس", "Christian clergy", "الكنائس"), None, optional=True),
]
C["ant-CN-middleEast-202-20180306"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-06", "2018-03-06"), loc("Eastern Ghouta", "SY", 33.55, 36.42, 20),
       actor("Syrian government forces", "الجيش السوري", "Syrian Arab Army", "النظام"), None, optional=True),
]
C["snn-dbf085b9ccee"] = []
C["snn-0ff1d3c7765d"] = []

for _i in ["ant-SK-sport-679-20180412", "snn-7b71361070ff", "ant-SK-middleEast-1481-20180507", "snn-97802a688c4b",
           "snn-7ff9333d0bc3", "ant-SK-technology-3-20180218"]:
    C[_i] = []

C["snn-75e1c40aa6ac"] = [
    ev("armed_clash", ("2015-07-15", "2015-07-22"), loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25),
       actor("Popular Resistance", "المقاومة", "Southern Resistance"), actor("Houthis", "Ansar Allah", "الحوثيين", "حوثياً", "ميليشيا الحوثي وصالح", "جماعة الحوثي المسلحة"),
       fatalities=40, optional=True),
    ev("government_regains_territory", ("2015-07-08", "2015-07-22"), loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25),
       actor("Popular Resistance", "المقاومة", "Southern Resistance"), actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيا الحوثي وصالح"),
       optional=True),
]
EGP = actor("Egyptian security forces", "Egyptian police", "قوات الأمن", "وزارة الداخلية المصرية", "Ministry of Interior (Egypt)")
HASM = actor("Hasm Movement", "Hasm", "حركة حسم", "حسم", "Muslim Brotherhood", "جماعة الإخوان", "البؤرة الإرهابية")
C["ant-SK-middleEast-2638-20180628"] = [
    ev("armed_clash", ("2018-06-26", "2018-06-28"), loc("Beheira Governorate", "EG", 31.05, 30.47, 100), EGP, HASM, fatalities=6),
    ev("armed_clash", ("2018-06-26", "2018-06-28"), loc("Asyut Governorate", "EG", 27.187, 31.175, 100), EGP, HASM, fatalities=4),
    ev("arrests", ("2018-06-26", "2018-06-28"), loc("Alexandria", "EG", 31.2103, 29.9264, 25), EGP, HASM),
    ev("arrests", ("2018-06-26", "2018-06-28"), loc("Egypt", "EG", None, None), EGP, HASM, optional=True),
    ev("remote_explosive_landmine_ied", ("2018-03-24", "2018-03-24"), loc("Alexandria", "EG", 31.2103, 29.9264, 25),
       HASM, actor("Egyptian police", "مدير أمن الإسكندرية", "Alexandria security director"), optional=True),
]
C["snn-77418bd52c49"] = []
YARMY = actor("Yemeni army", "National Army", "الجيش الوطني اليمني", "الجيش الوطني", "الجيش اليمني", "قوات الجيش اليمني", "Government of Yemen", "التحالف العربي", "Saudi-led coalition")
HOU2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الانقلابيين", "الميليشيات", "الانقلابيون")
C["ant-SK-middleEast-3190-20180730"] = [
    ev("government_regains_territory", ("2018-07-30", "2018-07-30"), loc("Kitaf wa Al Boqe'e district", "YE", 17.17, 44.35, 40),
       YARMY, HOU2, fatalities=[2, 99]),
    ev("government_regains_territory", ("2018-07-28", "2018-07-28"), loc("Al Hashwah district", "YE", 16.904, 44.263, 30),
       YARMY, HOU2, fatalities=[1, 99]),
    ev("armed_clash", ("2018-07-28", "2018-07-28"), loc("Baqim", "YE", 17.385, 43.49, 30), YARMY, HOU2, optional=True),
    ev("air_drone_strike", ("2018-07-29", "2018-07-29"), loc("Saada Governorate", "YE", 16.94, 43.76, 100),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف"), HOU2, optional=True),
]
C["ant-SK-internationalNews-1615-20180517"] = [
    ev("arrests", ("2018-05-01", "2018-05-17"), loc("Russia", "RU", None, None),
       actor("Russian intelligence", "FSB", "الاستخبارات الروسية"), actor("خلايا إرهابية", "terrorist cells"), optional=True),
]
C["ant-CN-internationalNews-421-20180531"] = []

C["snn-04a46ae1e70e"] = []
C["ant-CN-internationalNews-406-20180527"] = []
C["ant-SK-middleEast-2979-20180719"] = []
C["ant-SK-middleEast-3760-20181007"] = [
    ev("attack", ("2018-10-07", "2018-10-07"), loc("Barkan industrial zone", "PS", 32.109, 35.112, 25),
       actor("Palestinian gunman", "فلسطينيا", "الفلسطيني", "المهاجم", "Palestinians"),
       actor("Israeli civilians", "إسرائيليين", "Civilians", "Israel"), injured=3),
]
C["ant-SK-sport-116-20180224"] = []
C["ant-SK-middleEast-452-20180321"] = []

JOP = actor("Protesters (Jordan)", "المحتجين", "المحتجون", "متظاهرون", "ناشطون ونقابيون", "نقابة المحامين", "النقابات المهنية", "Professional associations")
JOS = actor("Jordanian security forces", "Police Forces of Jordan", "قوات الأمن")
AMMAN = loc("Amman (Fourth Circle)", "JO", 31.95, 35.90, 25)
C["ant-CN-middleEast-1096-20180603"] = [
    ev("protest_with_intervention", ("2018-06-03", "2018-06-04"), AMMAN, JOP, JOS),
    ev("peaceful_protest", ("2018-06-03", "2018-06-04"), AMMAN, JOP, None, optional=True),
    ev("peaceful_protest", ("2018-05-30", "2018-06-02"), AMMAN, JOP, None, optional=True),
]
SAAD = actor("Saudi air defence", "Royal Saudi Air Defense", "قوات الدفاع الجوي السعودي", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "Saudi-led coalition", "التحالف العربي")
HOU3 = actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "Houthi militia")
C["ant-CN-middleEast-435-20180331"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-31", "2018-03-31"), loc("Najran", "SA", 17.5617, 44.2334, 25),
       HOU3, CIV("المقيمين", "مقيم"), injured=1),
    ev("disrupted_weapons_use", ("2018-03-31", "2018-03-31"), loc("Najran", "SA", 17.5617, 44.2334, 25),
       SAAD, HOU3, injured=1, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-24", "2018-03-31"), loc("Riyadh", "SA", 24.69, 46.72, 25),
       HOU3, CIV("مصريين"), fatalities=[1, 3], injured=[0, 3], optional=True),
]
C["snn-b7953001c1f4"] = []
HAMAS = actor("Hamas", "حماس", "حركة حماس", "كتائب عز الدين القسام", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades")
ISRA = actor("Israeli forces", "Israel Defense Forces", "IDF", "إسرائيل", "الجيش الإسرائيلي", "Israel", "Israeli Air Force")
C["ant-SK-middleEast-1963-20180526"] = [
    ev("air_drone_strike", ("2018-05-26", "2018-05-27"), loc("Rafah", "PS", 31.29, 34.25, 25), ISRA, HAMAS),
    ev("air_drone_strike", ("2018-05-26", "2018-05-27"), loc("central Gaza Strip", "PS", 31.42, 34.35, 20), ISRA, HAMAS, optional=True),
]
C["ant-CN-middleEast-1306-20180907"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), loc("Basra", "IQ", 30.533, 47.797, 25),
       actor("Protesters (Iraq)", "المتظاهرين العراقيين", "المحتجين", "العراقيين المحتجين", "Rioters (Iraq)"), None),
]
C["ant-SK-internationalNews-1416-20180507"] = []

for _i in ["ant-CN-middleEast-160-20180303", "snn-719dc2c4ec74", "ant-SK-internationalNews-383-20180316", "snn-f31933e1a72e"]:
    C[_i] = []
PRES = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة الشعبية اليمنية", "المقاومة", "Southern Resistance")
HOUS = actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي وصالح", "Houthi-Saleh forces", "Forces loyal to Ali Abdullah Saleh")
LAWDAR = loc("Lawdar", "YE", 13.88282, 45.86859, 25)
C["snn-6eff4fad0b19"] = [
    ev("armed_clash", ("2015-07-31", "2015-07-31"), LAWDAR, PRES, HOUS),
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"), loc("Jabal Yasuf, Lawdar", "YE", 13.88282, 45.86859, 25), PRES, HOUS),
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"), loc("Al Ain, Lawdar district", "YE", 13.79, 45.79, 30), PRES, HOUS, optional=True),
    ev("government_regains_territory", ("2015-07-24", "2015-07-31"), loc("Al Anad triangle", "YE", 13.18, 44.77, 25), PRES, HOUS, optional=True),
    ev("government_regains_territory", ("2015-07-24", "2015-07-31"), loc("Jabal al-Zaytun, Lahij", "YE", 13.10, 44.85, 50), PRES, HOUS, optional=True),
    ev("armed_clash", ("2015-07-24", "2015-07-31"), loc("Al Mahalla / Jalajil, near Al Hawtah", "YE", 13.0175, 44.89528, 25), PRES, HOUS,
       fatalities=[2, 99], optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-91.jsonl"))
