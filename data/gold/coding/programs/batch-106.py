import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- shared actors
IS = lambda *x: actor("Islamic State", "ISIS", "Daesh", "IS", *x)
SYGOV = lambda *x: actor("Syrian government forces", "Syrian Army", "Syrian regime", *x)
HOUTHI = lambda *x: actor("Houthis", "Ansar Allah", "Houthi forces", *x)
COAL = lambda *x: actor("Saudi-led coalition", "Arab Coalition", *x)
CIV = lambda *x: actor("Civilians", "مدنيين", "المدنيين", *x)

C["ant-SK-middleEast-3098-20180725"] = [
    ev("suicide_bomb", ("2018-07-25", "2018-07-25"),
       loc("As-Suwayda city", "SY", 32.70896, 36.56951, 25),
       IS("داعش", "التنظيم الإرهابي", "انتحاريان", "تنظيم داعش"), CIV(),
       fatalities=None),
    ev("armed_clash", ("2018-07-25", "2018-07-25"),
       loc("As-Suwayda northern and eastern countryside", "SY", 32.85, 36.70, 30),
       IS("داعش", "مسلحو داعش", "تنظيم داعش", "مسلحي داعش"),
       SYGOV("القوات الحكومية", "القوات النظامية", "الجيش", "قوات النظام")),
    ev("attack", ("2018-07-25", "2018-07-25"),
       loc("As-Suwayda northern and eastern countryside", "SY", 32.85, 36.70, 30),
       IS("داعش", "مسلحو داعش", "تنظيم داعش"), CIV(), optional=True),
    ev("armed_clash", ("2018-07-25", "2018-07-25"), loc("Douma (As-Suwayda)", "SY", 32.85159, 36.77343, 25),
       SYGOV("الجنود", "الجيش", "القوات الحكومية"), IS("داعش"), optional=True),
    ev("armed_clash", ("2018-07-25", "2018-07-25"), loc("Tayma", "SY", 32.83706, 36.76345, 25),
       SYGOV("الجنود", "الجيش", "القوات الحكومية"), IS("داعش"), optional=True),
    ev("armed_clash", ("2018-07-25", "2018-07-25"), loc("Al-Matuna", "SY", 32.95011, 36.59946, 25),
       SYGOV("الجنود", "الجيش", "القوات الحكومية"), IS("داعش"), optional=True),
    ev("air_drone_strike", ("2018-07-25", "2018-07-25"),
       loc("northeast of As-Suwayda city", "SY", 32.80, 36.70, 30),
       SYGOV("طائرات النظام", "النظام", "Syrian Air Force"), IS("داعش", "الدواعش")),
    ev("government_regains_territory", ("2018-07-25", "2018-07-25"),
       loc("As-Suwayda countryside", "SY", 32.85, 36.70, 30),
       SYGOV("الجيش", "سكان القرى"), IS("داعش"), optional=True),
    ev("arrests", ("2018-07-25", "2018-07-25"), loc("As-Suwayda city", "SY", 32.70896, 36.56951, 25),
       SYGOV(), IS("داعش"), optional=True),
]

C["snn-70c5a8425284"] = [
    ev("armed_clash", ("2015-07-22", "2015-07-24"), loc("Maashiq Palace, Crater, Aden", "YE", 12.77522, 45.03862, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "قوات المقاومة", "المقاومة", "Southern Resistance"),
       HOUTHI("حوثيين", "الحوثيين", "الحوثيون"), fatalities=8, injured=10),
    ev("government_regains_territory", ("2015-07-22", "2015-07-24"), loc("Maashiq Palace, Crater, Aden", "YE", 12.77522, 45.03862, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "قوات المقاومة", "المقاومة", "Southern Resistance"),
       HOUTHI("حوثيين", "الحوثيين", "الحوثيون"), fatalities=8, injured=10, optional=True),
    ev("air_drone_strike", ("2015-07-22", "2015-07-25"), loc("Al-Husseini, south of Al-Anad air base, Lahij", "YE", 13.15, 44.78, 25),
       COAL("طائرات التحالف العربي", "التحالف العربي", "التحالف", "المقاتلات"),
       HOUTHI("مليشيات الحوثيين والمخلوع صالح", "مليشيات الحوثيين", "Saleh forces")),
    ev("air_drone_strike", ("2015-07-22", "2015-07-25"), loc("Al-Hawtah (Lahij city)", "YE", 13.05667, 44.88194, 25),
       COAL("طائرات التحالف العربي", "التحالف العربي", "التحالف", "المقاتلات"),
       HOUTHI("مليشيات الحوثيين والمخلوع صالح", "مليشيات الحوثيين", "Saleh forces")),
]

C["snn-b7b2b6c30315"] = []

C["ant-SK-middleEast-1221-20180424"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYGOV("النظام السوري", "Syrian regime"), CIV(), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "United Kingdom", "France", "الولايات المتحدة وبريطانيا وفرنسا", "الولايات المتحدة", "بريطانيا", "فرنسا"),
       SYGOV("النظام السورية", "النظام السوري"), optional=True),
]

C["ant-SK-middleEast-540-20180325"] = []

C["ant-SK-middleEast-1029-20180414"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "United Kingdom", "France", "الولايات المتحدة وبريطانيا وفرنسا", "الولايات المتحدة", "US-led coalition"),
       SYGOV("دمشق", "الجيش السوري"), optional=True),
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "United Kingdom", "France", "الولايات المتحدة وبريطانيا وفرنسا", "الولايات المتحدة", "US-led coalition"),
       SYGOV("دمشق", "الجيش السوري"), optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYGOV("النظام السوري", "Syrian regime"), CIV(), optional=True),
]

C["snn-af84f79019d0"] = [
    ev("arrests", ("2015-07-25", "2015-07-25"), loc("Yemen", "YE", None, None),
       actor("Southern separatist forces", "القوى الانفصالية الجنوبية", "المقاومة الشعبية", "Popular Resistance", "Southern Resistance"),
       HOUTHI("حركة الحوثي", "جماعة الحوثي", "عبد الخالق الحوثي", "Abdulkhaliq al-Houthi"), optional=True),
]

C["snn-0cdf327ebaa5"] = []

C["snn-9c473d559d9d"] = [
    ev("arrests", ("2015-08-09", "2015-08-09"), loc("West Bank settlement outposts", "PS", 31.95, 35.25, 60),
       actor("Israeli Police", "Police of Israel", "شرطة لواء الضفة الغربية", "الشرطة الإسرائيلية", "وحدة التحقيق في الجرائم القومية المتطرفة"),
       actor("Jewish settlers", "Settlers", "يهود", "عشرة يهود", "Israeli settlers", "نشطاء اليمين المتطرف"), optional=True),
]

C["ant-SK-internationalNews-3042-20180816"] = []

C["snn-14a7134d415e"] = [
    ev("armed_clash", ("2015-07-01", "2015-08-04"), loc("Najran border (southern border)", "SA", 17.49, 44.13, 100),
       actor("Saudi Arabian military", "Saudi Army", "قوة نجران", "كتيبة المهندسين"), actor("العدو", "Houthis"),
       injured=1, optional=True),
]

C["snn-20fcbba0d62c"] = []
C["ant-SK-economy-694-20180601"] = []
C["snn-5a1e530c78ea"] = []

ISR = lambda *x: actor("Israeli military", "Israel Defense Forces", "IDF", "Israeli army", *x)
PROT_GAZA = lambda *x: actor("Protesters", "Palestinian protesters", "المتظاهرين", "متظاهرين", "فلسطينيين", "متظاهرين فلسطينيين", *x)
GAZA_BORDER = loc("Gaza Strip border with Israel", "PS", 31.42, 34.38, 30)
C["ant-SK-middleEast-1282-20180427"] = [
    ev("excessive_force_against_protesters", ("2018-04-27", "2018-04-27"), GAZA_BORDER,
       ISR("الجيش الإسرائيلي", "الجنود الإسرائيليين"), PROT_GAZA(), fatalities=3, injured=[30, 99]),
    ev("protest_with_intervention", ("2018-04-27", "2018-04-27"), GAZA_BORDER,
       PROT_GAZA(), ISR("الجيش الإسرائيلي"), fatalities=3, injured=[30, 99], optional=True),
    ev("violent_demonstration", ("2018-04-27", "2018-04-27"), GAZA_BORDER,
       PROT_GAZA("شبان"), ISR("الجيش الإسرائيلي"), fatalities=3, injured=[30, 99], optional=True),
]

C["snn-066a79d508ac"] = []
C["snn-40892074b2d1"] = []
C["ant-CN-middleEast-442-20180401"] = []
C["snn-8cce829f1978"] = []

HOD_AIRPORT = loc("Hodeidah airport", "YE", 14.753, 42.976, 25)
JOINT = lambda *x: actor("Joint Resistance Forces", "Yemeni Joint Forces", "Yemeni government forces", "قوات المقاومة اليمنية المشتركة", "المقاومة المشتركة", "القوات المشتركة", "قوات المقاومة", "المقاومة", *x)
C["ant-SK-middleEast-2435-20180617"] = [
    ev("armed_clash", ("2018-06-15", "2018-06-17"), HOD_AIRPORT,
       JOINT(), HOUTHI("الحوثيين", "الحوثيون", "المتمردين", "الميليشيات الحوثية", "الميليشيات المتمردة")),
    ev("air_drone_strike", ("2018-06-15", "2018-06-17"), HOD_AIRPORT,
       COAL("طائرات تحالف دعم الشرعية", "تحالف دعم الشرعية", "طائرات التحالف", "التحالف"),
       HOUTHI("الحوثيين", "الميليشيات الحوثية")),
    ev("air_drone_strike", ("2018-06-15", "2018-06-17"), loc("road to Kilo 16, Hodeidah", "YE", 14.86, 43.06, 30),
       COAL("طائرات تحالف دعم الشرعية", "تحالف دعم الشرعية"), HOUTHI("الحوثيين", "الميليشيات الحوثية"), optional=True),
    ev("government_regains_territory", ("2018-06-15", "2018-06-17"), HOD_AIRPORT,
       JOINT(), HOUTHI("الحوثيين", "المتمردين"), optional=True),
]

RES_W = lambda *x: actor("Yemeni Resistance", "Joint Resistance Forces", "Yemeni government forces", "المقاومة اليمنية", "قوات المقاومة", "المقاومة", *x)
UAE = "UAE armed forces"
C["ant-SK-middleEast-1627-20180512"] = [
    ev("government_regains_territory", ("2018-05-12", "2018-05-12"), loc("Al-Wazi'iyah district", "YE", 13.162436, 43.733707, 30),
       RES_W("القوات المسلحة الإماراتية", UAE, "التحالف العربي"), HOUTHI("ميليشيات الحوثي", "ميليشيا الحوثي", "الحوثيين")),
    ev("government_regains_territory", ("2018-05-11", "2018-05-12"), loc("Al-Omari camp, Dhubab", "YE", 12.94305, 43.41025, 25),
       RES_W(UAE, "التحالف العربي"), HOUTHI("ميليشيات الحوثي", "ميليشيا الحوثي", "الحوثيين")),
    ev("government_regains_territory", ("2018-05-01", "2018-05-12"), loc("Kahboub", "YE", 12.80, 43.55, 40),
       RES_W("القوات الإماراتية", UAE), HOUTHI("ميليشيا الحوثي"), optional=True),
    ev("government_regains_territory", ("2018-05-01", "2018-05-12"), loc("Mawza district / Mocha junction", "YE", 13.26831, 43.50993, 40),
       RES_W(), HOUTHI("الحوثيين"), optional=True),
    ev("government_regains_territory", ("2018-05-01", "2018-05-12"), loc("Al-Barh", "YE", 13.2604, 43.80789, 25),
       RES_W(), HOUTHI("الحوثيين"), optional=True),
]

C["ant-CN-middleEast-1631-20181019"] = [
    ev("attack", ("2018-10-02", "2018-10-02"), loc("Saudi consulate, Istanbul", "TR", 41.08, 29.01, 25),
       actor("Saudi Arabia", "Saudi agents", "الأشخاص الذين قابلوه", "Government of Saudi Arabia"),
       actor("Jamal Khashoggi", "جمال خاشقجي", "Journalists", "Civilians"), fatalities=1, optional=True),
]

SDF = lambda *x: actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية", "قسد", *x)
C["ant-SK-middleEast-2573-20180624"] = [
    ev("remote_explosive_landmine_ied", ("2018-06-15", "2018-06-23"), loc("south of Al-Turkman area, NE Raqqa", "SY", 36.00, 39.10, 30),
       IS("تنظيم داعش", "داعش"), SDF(), optional=True),
    ev("attack", ("2018-06-15", "2018-06-15"), loc("checkpoint north of Raqqa city", "SY", 35.99, 39.01, 25),
       IS("التنظيم المتطرف", "داعش"), SDF("عنصر في قوات سوريا الديمقراطية"), fatalities=1, optional=True),
    ev("armed_clash", ("2018-06-15", "2018-06-15"), loc("checkpoint north of Raqqa city", "SY", 35.99, 39.01, 25),
       IS("التنظيم المتطرف", "داعش"), SDF("عنصر في قوات سوريا الديمقراطية"), fatalities=1, optional=True),
    ev("armed_clash", ("2018-06-17", "2018-06-17"), loc("Raqqa city", "SY", 35.95283, 39.00788, 25),
       None, SDF("الشرطة التابعة لقوات سوريا الديمقراطية", "Internal Security Forces", "قوى الأمن الداخلي"), fatalities=5, optional=True),
]

C["snn-4bd2901ca3b2"] = []

C["snn-539e6156f154"] = [
    ev("air_drone_strike", ("2015-07-23", "2015-07-25"), loc("IS-held border strip Jarablus - Soran Azaz", "SY", 36.68, 37.60, 45),
       actor("Turkish military", "Turkish Air Force", "Turkey", "القوات التركية", "الأتراك"),
       IS("داعش", "قوات داعش", "تنظيم داعش")),
]

C["snn-c7968c898ad5"] = []

C["snn-3a4acbf2bb63"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-30"), loc("Najran city", "SA", 17.4924, 44.12766, 25),
       None, CIV("مقيمين", "residents"), injured=2),
]

C["ant-CN-middleEast-928-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA_BORDER,
       ISR("إسرائيل", "الكيان الصهيوني"), PROT_GAZA("المتظاهرين في غزة"), fatalities=[58, 62]),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA_BORDER,
       PROT_GAZA("المتظاهرين في غزة"), ISR("إسرائيل"), fatalities=[58, 62], optional=True),
]

C["ant-SK-internationalNews-862-20180408"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYGOV("قوات النظام", "النظام السوري", "القوات السورية"), CIV("مدني"), fatalities=21, injured=70),
    ev("air_drone_strike", ("2018-04-06", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYGOV("قوات النظام", "القوات السورية"), CIV("مدني"), fatalities=[79, 100], optional=True),
    ev("chemical_weapon", ("2017-04-04", "2017-04-04"), loc("Khan Shaykhun", "SY", 35.44, 36.65, 25),
       SYGOV("قوات النظام"), CIV(), optional=True),
]

LNA = lambda *x: actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الوطني", "الجيش", "الجيش الليبي", "القوات الخاصة", *x)
DMSC = lambda *x: actor("Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "DMSC", "Derna Protection Force", "مجلس شورى مجاهدي درنة", "تنظيم القاعدة", "al-Qaeda", "الجماعات الإرهابية", "الإرهابيين", "المتشددين", *x)
C["ant-SK-middleEast-2140-20180604"] = [
    ev("government_regains_territory", ("2018-06-04", "2018-06-04"), loc("Derna (eastern coast; Al-Saiqa camp and police college, west Derna)", "LY", 32.76704, 22.63669, 25),
       LNA(), DMSC(), fatalities=[2, 99]),
    ev("armed_clash", ("2018-06-04", "2018-06-04"), loc("Derna (eastern coast; Al-Saiqa camp and police college, west Derna)", "LY", 32.76704, 22.63669, 25),
       LNA(), DMSC(), fatalities=[2, 99], optional=True),
    ev("armed_clash", ("2018-06-04", "2018-06-04"), loc("Bab Tobruk, west Derna", "LY", 32.76, 22.62, 25),
       actor("أهالي منطقة باب طبرق", "الأهالي", "Residents", "Civilians"), DMSC("مسلحي مجلس شورى مجاهدي درنة"), optional=True),
    ev("government_regains_territory", ("2018-06-03", "2018-06-03"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       LNA(), DMSC(), optional=True),
]

C["snn-c339a90f7e8e"] = [
    ev("attack", ("2015-07-20", "2015-08-01"), loc("Qatif area", "SA", 26.572365, 50.010511, 30),
       None, actor("Saudi security forces", "Police Forces of Saudi Arabia", "الجندي سامي الحربي", "رجال أمن", "Sami al-Harbi"),
       fatalities=1, optional=True),
]

C["ant-SK-economy-881-20180630"] = []
C["ant-SK-economy-878-20180629"] = []
C["ant-SK-internationalNews-808-20180405"] = []
C["snn-16dc08c41413"] = []

C["snn-8708cda4eb4d"] = [
    ev("headquarters_or_base_established", ("2015-08-09", "2015-08-09"), loc("Incirlik air base", "TR", 36.98972, 35.4361, 25),
       actor("United States", "US military", "الولايات المتحدة", "United States Air Force"), None, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       IS("تنظيم داعش"), CIV(), fatalities=32, optional=True),
]

C["ant-SK-internationalNews-2328-20180627"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYGOV("النظام السوري", "Syrian regime"), CIV(), optional=True),
]

C["snn-e53508fa3efa"] = []

C["ant-SK-internationalNews-1163-20180425"] = [
    ev("peaceful_protest", ("2018-04-23", "2018-04-25"), loc("Yerevan city centre", "AM", 40.1811, 44.5136, 25),
       actor("Protesters", "Protesters (Armenia)", "عشرات الآلاف", "محتجين"), None),
]

C["ant-CN-internationalNews-578-20180905"] = [
    ev("suicide_bomb", ("2018-09-05", "2018-09-05"), loc("Kabul", "AF", 34.5553, 69.2075, 25),
       None, CIV(), fatalities=20, optional=True),
    ev("remote_explosive_landmine_ied", ("2018-09-05", "2018-09-05"), loc("Kabul", "AF", 34.5553, 69.2075, 25),
       None, CIV(), fatalities=20, optional=True),
]

C["ant-SK-internationalNews-1162-20180425"] = []

NATRES = lambda *x: actor("National Resistance", "Yemeni National Resistance", "Tareq Saleh forces", "Guards of the Republic", "قوات المقاومة الوطنية اليمنية", "المقاومة الوطنية اليمنية", "قوات المقاومة الوطنية", "المقاومة", "UAE armed forces", "القوات الإماراتية", *x)
MOKHA_J = loc("Mafraq al-Mokha (Mocha junction)", "YE", 13.27, 43.66, 35)
C["ant-SK-middleEast-1175-20180421"] = [
    ev("government_regains_territory", ("2018-04-21", "2018-04-21"), MOKHA_J,
       NATRES(), HOUTHI("الحوثيين", "ميليشيات الحوثي الإيرانية", "القيادات الحوثية")),
    ev("armed_clash", ("2018-04-21", "2018-04-21"), MOKHA_J,
       NATRES(), HOUTHI("الحوثيين", "ميليشيات الحوثي الإيرانية", "القيادات الحوثية"), optional=True),
    ev("government_regains_territory", ("2018-04-21", "2018-04-21"), loc("Al-Barh", "YE", 13.2604, 43.80789, 25),
       NATRES(), HOUTHI("الحوثيين", "ميليشيات الحوثي الإيرانية")),
    ev("armed_clash", ("2018-04-21", "2018-04-21"), loc("Al-Barh", "YE", 13.2604, 43.80789, 25),
       NATRES(), HOUTHI("الحوثيين", "ميليشيات الحوثي الإيرانية"), optional=True),
    ev("air_drone_strike", ("2018-04-19", "2018-04-21"), MOKHA_J,
       COAL("مقاتلات التحالف العربي", "التحالف العربي", "قوات التحالف العربي"), HOUTHI("الحوثيين")),
    ev("air_drone_strike", ("2018-04-19", "2018-04-21"), loc("Mafraq al-Wazi'iyah", "YE", 13.22, 43.65, 35),
       COAL("مقاتلات التحالف العربي", "التحالف العربي"), HOUTHI("الحوثيين"), optional=True),
    ev("government_regains_territory", ("2018-04-20", "2018-04-20"), loc("West Coast, western Taiz", "YE", 13.27, 43.55, 50),
       NATRES(), HOUTHI("ميليشيات الحوثي الإيرانية"), optional=True),
]

IND = lambda *x: actor("Military Forces of India", "Indian Army", "Indian forces", "القوات الهندية", "الهند", *x)
PAK = lambda *x: actor("Military Forces of Pakistan", "Pakistan Army", "Civilians", "مدنيين", "باكستان", *x)
C["snn-94be3c25cd1c"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-18"), loc("Poonch sector, Line of Control", "PK", 33.75, 73.95, 50),
       IND(), PAK()),
    ev("shelling_artillery_missile_attack", ("2015-07-15", "2015-07-16"), loc("near Sialkot", "PK", 32.49, 74.53, 40),
       IND("نيران هندية"), PAK(), fatalities=3),
    ev("shelling_artillery_missile_attack", ("2015-07-15", "2015-07-16"), loc("Kashmir", "PK", None, None),
       IND("نيران هندية"), PAK(), fatalities=1, optional=True),
]

C["ant-SK-internationalNews-2708-20180718"] = [
    ev("arrests", ("2018-07-01", "2018-07-07"), loc("Ankara", "TR", 39.914365, 32.789539, 25),
       actor("Police Forces of Turkey", "Turkish police", "Turkey"), actor("Students", "4 طلاب", "طلاب من جامعة الشرق الأوسط التقنية"), optional=True),
]

C["snn-99e677b030d6"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-08"), loc("Special Emergency Forces mosque, Asir (Abha)", "SA", 18.216, 42.505, 100),
       IS("تنظيم داعش", "داعش", "انتحاري", "العناصر الإرهابية"),
       actor("Saudi Special Emergency Forces", "Saudi security forces", "قوات الطوارئ الخاصة", "رجال الأمن", "مصليًا", "Civilians"),
       fatalities=15, injured=7),
]

C["snn-a5dc48a2a5d4"] = []
C["snn-58fe3001e3ed"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-106.jsonl"))
