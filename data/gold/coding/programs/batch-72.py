import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

AQAP = lambda *x: actor("Al-Qaeda", "AQAP", "Al-Qaeda in the Arabian Peninsula", "القاعدة", "تنظيم القاعدة", "عناصر القاعدة", *x)
USA = lambda *x: actor("United States", "US", "USA", "US forces", "طائرة بدون طيار يرجح أنها أمريكية", "أمريكية", "الولايات المتحدة", *x)
ISIS = lambda *x: actor("Islamic State", "ISIS", "ISIL", "IS", "Daesh", "داعش", "تنظيم داعش", "«داعش»", "تنظيم «داعش»", *x)
CIV = lambda *x: actor("Civilians", "مدنيين", "المدنيين", "مدنيا", *x)
SYGOV = lambda *x: actor("Syrian government forces", "Syrian Army", "Military Forces of Syria", "قوات النظام", "الجيش", "الجيش السوري", "النظام", *x)
SYOPP = lambda *x: actor("Syrian opposition", "Opposition rebels", "Rebels", "المعارضة", "مقاتلي المعارضة", "المعارضة السورية", "مسلحي المعارضة", *x)

# --- group 1
C["snn-bbb77281a76f"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"), loc("Al Mahfad (Wadi Dhayqa), Abyan", "YE", 14.058, 46.913, 30),
       USA(), AQAP("عناصر مفترضين من تنظيم القاعدة"), fatalities=5),
    ev("air_drone_strike", ("2015-06-01", "2015-06-20"), loc("Yemen", "YE", None, None), USA(),
       AQAP("ناصر الوحيشي"), fatalities=1, optional=True),
]
C["snn-80ee6a1055bb"] = []
C["ant-SK-internationalNews-1811-20180527"] = [
    ev("violent_demonstration", ("2018-05-19", "2018-05-26"), loc("Kazerun", "IR", 29.619, 51.654, 25),
       actor("Protesters (Iran)", "Protesters", "المحتجون", "المحتجين", "محتجين"), actor("Police Forces of Iran", "Police", "مركز للشرطة", "الشرطة"),
       fatalities=2, injured=48, optional=True),
    ev("excessive_force_against_protesters", ("2018-05-19", "2018-05-26"), loc("Kazerun", "IR", 29.619, 51.654, 25),
       actor("Police Forces of Iran", "Police", "Iranian security forces", "الأمن الإيراني", "الشرطة"), actor("Protesters (Iran)", "Protesters", "المحتجون", "المحتجين"),
       fatalities=2, injured=48, optional=True),
    ev("peaceful_protest", ("2018-05-13", "2018-05-23"), loc("Kazerun", "IR", 29.619, 51.654, 25),
       actor("Protesters (Iran)", "Protesters", "المحتجون", "الاحتجاجات السلمية"), None, optional=True),
]
C["ant-SK-middleEast-2812-20180709"] = [
    ev("non_violent_transfer_of_territory", ("2018-07-07", "2018-07-09"), loc("Daraa (base west of the city)", "SY", 32.619, 36.102, 25),
       SYGOV("قوات النظام وحلفائه"), SYOPP(), optional=False),
    ev("government_regains_territory", ("2018-07-07", "2018-07-09"), loc("Daraa (base west of the city)", "SY", 32.619, 36.102, 25),
       SYGOV("قوات النظام وحلفائه"), SYOPP(), optional=True),
    ev("agreement", ("2018-07-06", "2018-07-06"), loc("Daraa", "SY", 32.619, 36.102, 50),
       SYOPP("ممثلو المعارضة"), actor("Russia", "Military Forces of Russia", "ضباط روس", "روسيا", "الجيش الروسي")),
    ev("other", ("2018-07-07", "2018-07-09"), loc("Daraa", "SY", 32.619, 36.102, 25),
       SYGOV("قوات النظام وحلفائه"), SYOPP(), optional=True),
]
C["snn-31399b790050"] = [
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-07"), loc("Al Qaryatayn", "SY", 34.230, 37.241, 25),
       ISIS(), CIV("مسيحيا", "مسيحيين"), fatalities=None),
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-05"), loc("Al Qaryatayn", "SY", 34.230, 37.241, 25),
       ISIS(), SYGOV()),
    ev("non_state_actor_overtakes_territory", ("2015-05-21", "2015-05-21"), loc("Palmyra", "SY", 34.561, 38.281, 25),
       ISIS(), SYGOV(), optional=True),
    ev("abduction_forced_disappearance", ("2015-05-01", "2015-05-31"), loc("Al Qaryatayn", "SY", 34.230, 37.241, 25),
       actor("ثلاثة مقنعين", "Unidentified armed group"), actor("الأب جاك مراد", "Jacques Mourad", "Civilians", "Clergy"), optional=True),
]
C["snn-9b571741e0c0"] = []

# --- group 2
IQSF = lambda *x: actor("Iraqi security forces", "Military Forces of Iraq", "القوات الأمنية", "القوات العراقية", *x)
HOUTHI = lambda *x: actor("Houthis", "Ansar Allah", "Houthi movement", "الحوثيين", "الحوثي", "ميليشيات الحوثي", "الميليشيات الحوثية", "الميليشيات", "مسلحي الميليشيات", *x)
YERES = lambda *x: actor("Yemeni resistance", "Popular Resistance", "Joint Forces", "National Resistance", "Military Forces of Yemen", "Yemeni government forces", "المقاومة اليمنية", "قوات المقاومة اليمنية المشتركة", "المقاومة الوطنية", "قوات المقاومة", "United Arab Emirates", "UAE", *x)
COAL = lambda *x: actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي", "قوات التحالف العربي", *x)
C["snn-fd30d68f8278"] = []
C["snn-977a5740596b"] = [
    ev("armed_clash", ("2015-07-22", "2015-07-25"), loc("Al Sijariyah (east of Ramadi)", "IQ", 33.43, 43.37, 25),
       IQSF("أبناء العشائر", "Tribal fighters"), ISIS("عناصر تنظيم داعش")),
    ev("government_regains_territory", ("2015-07-22", "2015-07-25"), loc("Al Sijariyah (east of Ramadi)", "IQ", 33.43, 43.37, 25),
       IQSF("أبناء العشائر"), ISIS("عناصر تنظيم داعش"), optional=True),
    ev("disrupted_weapons_use", ("2015-07-22", "2015-07-25"), loc("Al Tash (south of Ramadi)", "IQ", 33.36, 43.29, 25),
       IQSF("قوة من مكافحة المتفجرات", "خلية الإعلام الحربي"), ISIS()),
]
C["ant-SK-middleEast-2362-20180613"] = [
    ev("government_regains_territory", ("2018-06-12", "2018-06-13"), loc("Ad Durayhimi district (An Nakhilah, At Taif)", "YE", 14.637, 43.055, 30),
       YERES(), HOUTHI()),
    ev("government_regains_territory", ("2018-06-12", "2018-06-13"), loc("Hodeidah airport area", "YE", 14.75, 42.97, 15),
       YERES(), HOUTHI()),
    ev("air_drone_strike", ("2018-06-12", "2018-06-13"), loc("Hodeidah front (south of Hodeidah city)", "YE", 14.72, 42.98, 40),
       COAL(), HOUTHI()),
    ev("armed_clash", ("2018-06-12", "2018-06-13"), loc("Hodeidah front (south of Hodeidah city)", "YE", 14.72, 42.98, 40),
       YERES(), HOUTHI(), fatalities=[10, 99], optional=True),
    ev("armed_clash", ("2018-06-11", "2018-06-13"), loc("Al Fazah / Al Madman, At Tuhayta district", "YE", 14.08, 43.12, 35),
       HOUTHI("عناصر الميليشيات"), YERES()),
]
C["ant-SK-middleEast-1676-20180509"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-09"), loc("Damascus (Damascus Tower, Marjeh Square)", "SY", 33.513, 36.300, 10),
       None, CIV("برج دمشق"), fatalities=None, injured=None),
    ev("remote_explosive_landmine_ied", ("2018-05-09", "2018-05-09"), loc("Damascus (Al Mayasat Square)", "SY", 33.523, 36.297, 10),
       None, CIV(), fatalities=None, injured=None),
]
C["snn-3dfd4a2f724e"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-02"), loc("Sheikh Zuweid", "EG", 31.216, 34.111, 25),
       actor("Military Forces of Egypt", "Egyptian Army", "الجيش المصري", "الجيش"),
       actor("Ansar Bait al-Maqdis", "Wilayat Sinai", "Islamic State", "أنصار بيت المقدس", "تنظيم \"أنصار بيت المقدس\"", "داعش"), fatalities=1),
]
C["snn-4778faec4d92"] = []

# --- group 3
ISR = lambda *x: actor("Israel", "Israeli army", "Israel Defense Forces", "IDF", "Military Forces of Israel", "الجيش الإسرائيلي", "الاحتلال", "مدفعية الاحتلال", "المدفعية الإسرائيلية", "إسرائيل", *x)
PAL = lambda *x: actor("Palestinians", "Civilians", "فلسطينيين", "الفلسطينيين", "فلسطيني", *x)
D = ("2018-07-20", "2018-07-20")
C["ant-SK-middleEast-3018-20180720"] = [
    ev("shelling_artillery_missile_attack", D, loc("East of Rafah", "PS", 31.29, 34.28, 25), ISR("قذيفة مدفعية إسرائيلية"), PAL("موقع"), fatalities=1),
    ev("shelling_artillery_missile_attack", D, loc("East of Khuza'a (Khan Younis)", "PS", 31.306, 34.357, 25), ISR(), PAL("موقعا"), fatalities=2, injured=[2, 99]),
    ev("air_drone_strike", D, loc("East of Juhor ad Dik", "PS", 31.456, 34.43, 25), ISR("الطيران الحربي الإسرائيلي"), None),
    ev("shelling_artillery_missile_attack", D, loc("Gaza Strip border", "PS", 31.42, 34.38, 30), ISR(), None, optional=True),
    ev("excessive_force_against_protesters", D, loc("Gaza Strip eastern border", "PS", 31.42, 34.38, 30), ISR(), PAL("Protesters", "مئات الفلسطينيين", "مسيرة العودة"), injured=120),
    ev("protest_with_intervention", D, loc("Gaza Strip eastern border", "PS", 31.42, 34.38, 30), PAL("Protesters", "مئات الفلسطينيين", "مسيرة العودة"), ISR(), injured=120, optional=True),
    ev("excessive_force_against_protesters", D, loc("East of Gaza City", "PS", 31.50, 34.47, 15), ISR(), PAL("محمد بدوان"), fatalities=1, optional=True),
    ev("armed_clash", D, loc("Gaza Strip border", "PS", 31.42, 34.38, 30), None, ISR("جنودا"), optional=True),
]
C["ant-SK-economy-32-20180219"] = []
C["ant-SK-economy-936-20180709"] = []
C["ant-SK-middleEast-1070-20180415"] = []
C["ant-SK-middleEast-1831-20180520"] = []
D = ("2018-02-27", "2018-03-01")
YGOV = lambda *x: actor("Military Forces of Yemen", "Yemeni government forces", "Yemeni resistance", "Popular Resistance", "قوات الشرعية", "القوات الشرعية", "قوات الشرعية اليمنية", "القوات الحكومية", "المقاومة اليمنية", *x)
C["ant-SK-middleEast-146-20180301"] = [
    ev("air_drone_strike", D, loc("Zabid", "YE", 14.196, 43.317, 25), COAL("الغارات الجوية"), HOUTHI("ميليشيات الحوثي الإيرانية")),
    ev("air_drone_strike", D, loc("Outskirts of Al Jarrahi", "YE", 14.133, 43.388, 25), COAL("الغارات الجوية"), HOUTHI("ميليشيات الحوثي الإيرانية")),
    ev("air_drone_strike", D, loc("At Tuhayta", "YE", 14.184, 43.226, 25), COAL("الغارات الجوية"), HOUTHI("ميليشيات الحوثي الإيرانية")),
    ev("armed_clash", D, loc("South-east of Al Jarrahi", "YE", 14.10, 43.41, 25), YGOV("القوات الإماراتية", "UAE"), HOUTHI()),
    ev("armed_clash", D, loc("Al Hamili area (Mawza district, west coast front)", "YE", 13.30, 43.50, 75), YGOV("القوات الإماراتية", "UAE"), HOUTHI()),
    ev("armed_clash", D, loc("Heights north of Dhabua, Nihm district", "YE", 15.737, 44.542, 30), YGOV(), HOUTHI()),
    ev("shelling_artillery_missile_attack", D, loc("West of Dhabua, Nihm district", "YE", 15.737, 44.542, 30), YGOV(), HOUTHI()),
    ev("government_regains_territory", D, loc("West of Al Manarah, Nihm district", "YE", 15.737, 44.542, 30), YGOV(), HOUTHI()),
    ev("government_regains_territory", D, loc("Wadi Al Makhdarah, Sirwah (Marib)", "YE", 15.559, 44.970, 25), YGOV(), HOUTHI("مليشيات الحوثي")),
]

# --- group 4
C["snn-1369e4a9fe0c"] = [
    ev("abduction_forced_disappearance", ("2015-02-24", "2015-02-24"), loc("Sanaa", "YE", 15.464, 44.238, 25),
       actor("مسلحون", "Unidentified armed group"), actor("ايزابيل بريم", "Isabelle Prime", "شيرين مكاوي", "Civilians"), optional=True),
]
C["ant-SK-middleEast-2042-20180530"] = [
    ev("abduction_forced_disappearance", ("2018-05-28", "2018-05-30"), loc("Hodeidah", "YE", 14.797, 42.945, 25),
       HOUTHI("ميليشيات الحوثي", "المتمردين"), CIV("شباب مدينة الحديدة", "العشرات من شباب مدينة الحديدة")),
    ev("arrests", ("2018-05-28", "2018-05-30"), loc("Hodeidah", "YE", 14.797, 42.945, 25),
       HOUTHI("ميليشيات الحوثي", "المتمردين"), CIV("شباب مدينة الحديدة", "العشرات من شباب مدينة الحديدة"), optional=True),
    ev("looting_property_destruction", ("2018-05-23", "2018-05-30"), loc("Hodeidah (Central Bank branch)", "YE", 14.797, 42.945, 25),
       HOUTHI("المتمردون"), actor("البنك المركزي", "Central Bank"), optional=True),
]
IQP = lambda *x: actor("Protesters (Iraq)", "Protesters", "المتظاهرون", "المتظاهرين", "آلاف العراقيين", "العراقيين", *x)
D = ("2015-08-07", "2015-08-07")
C["snn-7f7cda6b3dbf"] = [
    ev("peaceful_protest", D, loc("Baghdad (Tahrir Square)", "IQ", 33.333, 44.421, 15), IQP(), None),
    ev("peaceful_protest", D, loc("Basra", "IQ", 30.533, 47.797, 30), IQP(), None),
    ev("peaceful_protest", D, loc("Dhi Qar (Nasiriyah)", "IQ", 31.05, 46.26, 100), IQP(), None),
    ev("peaceful_protest", D, loc("Hillah", "IQ", 32.464, 44.420, 25), IQP(), None),
    ev("peaceful_protest", D, loc("Najaf", "IQ", 31.989, 44.329, 25), IQP(), None),
    ev("peaceful_protest", D, loc("Karbala", "IQ", 32.607, 44.030, 25), IQP(), None),
    ev("peaceful_protest", D, loc("Diwaniyah", "IQ", 31.993, 44.926, 25), IQP(), None),
]
D = ("2018-07-24", "2018-07-26")
JF = lambda *x: YERES("القوات المشتركة", "القوات اليمنية المشتركة", *x)
C["ant-SK-middleEast-3132-20180726"] = [
    ev("armed_clash", D, loc("West and south of Zabid", "YE", 14.196, 43.317, 25), JF(), HOUTHI("مليشيات الحوثي"), fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", D, loc("West of Zabid", "YE", 14.196, 43.317, 25), COAL("مقاتلات التحالف العربي", "غارات التحالف العربي"), HOUTHI("مليشيات الحوثي الانقلابية")),
    ev("air_drone_strike", D, loc("Ad Durayhimi district", "YE", 14.637, 43.055, 30), COAL("غارات التحالف العربي"), HOUTHI("المليشيات")),
    ev("air_drone_strike", D, loc("Hodeidah airport area", "YE", 14.75, 42.97, 10), COAL("غارات التحالف العربي"), HOUTHI("المليشيات")),
    ev("air_drone_strike", D, loc("Al Hawak, Hodeidah city", "YE", 14.79, 42.955, 10), COAL("غارات التحالف العربي"), HOUTHI("المليشيات")),
    ev("shelling_artillery_missile_attack", D, loc("At Tuhayta district", "YE", 14.08, 43.12, 30), COAL("مدفعية التحالف"), HOUTHI("المتمردين")),
    ev("shelling_artillery_missile_attack", D, loc("Al Manzar village (south of Hodeidah)", "YE", 14.73, 42.97, 15), HOUTHI("المليشيات الانقلابية"), CIV("المركز الصحي", "قرية المنظر")),
    ev("air_drone_strike", D, loc("Hodeidah governorate", "YE", 14.797, 42.945, 100), COAL(), HOUTHI(), optional=True),
]
TUR = lambda *x: actor("Turkey", "Military Forces of Turkey", "Turkish Air Force", "مقاتلات تركية", "المقاتلات التركية", "الطائرات التركية", "الطائرات الحربية التركية", "تركيا", *x)
PKK = lambda *x: actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "ناشطي حزب العمال الكردستاني", "المتمردين الأكراد", "الأكراد", *x)
C["snn-4d445a005d19"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("PKK camps, northern Iraq (Dohuk governorate border strip)", "IQ", 37.06, 43.14, 150), TUR(), PKK()),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"), loc("Iraq-Turkey border strip", "IQ", 37.2, 43.5, 150), TUR("المدفعية"), PKK(), optional=True),
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), loc("Syria", "SY", None, None), TUR("مقاتلات اف-16"), ISIS(), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Syria", "SY", None, None), TUR(), ISIS(), optional=True),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Turkey", "TR", None, None), actor("Police Forces of Turkey", "Turkish police", "الشرطة"), None, optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Near the Syrian border", "TR", None, None), PKK(), actor("Police Forces of Turkey", "شرطيين تركيين"), fatalities=2, optional=True),
]
C["ant-SK-middleEast-3274-20180807"] = [
    ev("shelling_artillery_missile_attack", ("2018-08-07", "2018-08-07"), loc("Beit Lahia", "PS", 31.552, 34.495, 25),
       ISR("المدفعية الإسرائيلية"), actor("Hamas", "Izz al-Din al-Qassam Brigades", "حركة حماس", "حماس", "عناصر حركة حماس"), fatalities=2),
    ev("air_drone_strike", ("2018-07-29", "2018-07-29"), loc("Gaza Strip", "PS", 31.42, 34.38, 30), ISR("طائرة مسيرة"), PAL(), fatalities=2, optional=True),
]

# --- group 5
C["ant-SK-economy-1406-20181009"] = []
C["snn-055d03b4dc31"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Heliopolis court, Cairo", "EG", 30.091, 31.324, 15),
       None, actor("Police Forces of Egypt", "Egyptian police", "ضابطا شرطة", "كشك مرور", "محكمة مصر الجديدة"), injured=3),
]
C["ant-SK-internationalNews-789-20180404"] = []
C["snn-12f2524d5ae1"] = []
C["ant-CN-middleEast-663-20180418"] = [
    ev("attack", ("2018-04-17", "2018-04-18"), loc("Douma", "SY", 33.572, 36.403, 25),
       None, actor("United Nations", "UN", "UNDSS", "فريق استطلاع أمني تابع للأمم المتحدة", "الفريق الأممي", "فريق الاستطلاع", "فريق السلامة الأممي")),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.572, 36.403, 25),
       None, CIV(), fatalities=[10, 99], optional=True),
]
C["ant-SK-internationalNews-453-20180319"] = []

# --- group 6
C["ant-SK-middleEast-2701-20180702"] = []
C["snn-b23ebd4ab292"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-31"), loc("Najran", "SA", 17.562, 44.233, 50),
       None, CIV("مقيمين", "مقيمان", "Residents"), injured=2),
]
C["ant-SK-middleEast-1571-20180510"] = [
    ev("peaceful_protest", ("2018-05-09", "2018-05-10"), loc("Socotra (Hadibu)", "YE", 12.649, 54.019, 60),
       actor("Protesters (Yemen)", "Protesters", "أهالي سقطرى", "المتظاهرون"), None),
    ev("peaceful_protest", ("2018-05-03", "2018-05-09"), loc("Socotra (Hadibu)", "YE", 12.649, 54.019, 60),
       actor("Protesters (Yemen)", "Protesters", "أهالي سقطرى", "المتظاهرون"), None, optional=True),
]
C["ant-SK-middleEast-3747-20181004"] = []
C["snn-a864a60877ed"] = []
C["snn-0668fc972a17"] = []

# --- group 7
C["ant-CN-middleEast-804-20180503"] = [
    ev("arrests", ("2018-04-21", "2018-04-21"), loc("Yemen (border crossing towards Oman)", "YE", None, None),
       actor("Saudi Arabia", "السلطات السعودية", "Yemeni government forces", "القوات التابعة للحكومة اليمنية", "Military Forces of Yemen"),
       actor("محسن الكربي", "Mohsen al-Karbi", "مواطن قطري", "Qatar"), optional=True),
]
C["ant-SK-economy-852-20180627"] = []
C["snn-341dd9881d28"] = []
C["snn-743038dd4559"] = []
C["snn-e6a79bb30448"] = []
JAI = lambda *x: actor("Jaysh al-Islam", "Army of Islam", "جيش الإسلام", "جيش الاسلام", "مقاتلين من جيش الاسلام", "الفصائل المعارضة", "Syrian opposition", *x)
RUS = lambda *x: actor("Russia", "Military Forces of Russia", "روسيا", *x)
C["ant-SK-middleEast-731-20180402"] = [
    ev("agreement", ("2018-03-31", "2018-04-01"), loc("Douma", "SY", 33.572, 36.403, 25), RUS(), JAI()),
    ev("other", ("2018-04-02", "2018-04-02"), loc("Douma", "SY", 33.572, 36.403, 25), JAI(), None, optional=True),
    ev("agreement", ("2018-03-26", "2018-03-31"), loc("Douma", "SY", 33.572, 36.403, 25), JAI(), RUS(), optional=True),
    ev("other", ("2018-03-24", "2018-04-01"), loc("Southern sector, Eastern Ghouta", "SY", 33.50, 36.37, 15),
       actor("Faylaq al-Rahman", "فيلق الرحمن"), None, optional=True),
]

# --- group 8
C["ant-SK-internationalNews-3339-20181007"] = []
BH = lambda *x: actor("Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "ISWAP", "بوكو حرام", "جماعة بوكو حرام", "المتمردين", "المسلحين", *x)
NGA = lambda *x: actor("Military Forces of Nigeria", "Nigerian Army", "الجيش", *x)
C["ant-SK-internationalNews-735-20180402"] = [
    ev("armed_clash", ("2018-04-01", "2018-04-01"), loc("Maiduguri (Bale Shuwa, Bale Kura)", "NG", 11.85, 13.16, 30),
       BH(), NGA(), fatalities=18, injured=84),
    ev("attack", ("2018-04-01", "2018-04-01"), loc("Maiduguri (Bale Shuwa, Bale Kura)", "NG", 11.85, 13.16, 30),
       BH(), CIV("الضحايا"), fatalities=18, injured=84, optional=True),
]
C["snn-508e12673683"] = []
C["snn-351934d3e5d3"] = []
C["ant-SK-middleEast-3931-20181017"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-72.jsonl"))
