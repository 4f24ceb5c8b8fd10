import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي وصالح", "الحوثيين", "الحوثي", "Saleh forces", "مليشيات الحوثي")
COAL = actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف الدولي", "طيران التحالف", "التحالف", "الطيران")
ISIS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "ولاية صنعاء")

C["snn-eb0960f4ec9b"] = []
C["ant-SK-middleEast-3663-20180912"] = [
    ev("air_drone_strike", ("2018-09-05", "2018-09-12"), loc("southern Idlib", "SY", 35.60, 36.65, 50),
       actor("Russian military", "Syrian government forces", "الطائرات الروسية والسورية", "الطائرات الروسية", "Russia", "Syria"), None, optional=True),
]
C["ant-SK-middleEast-1832-20180520"] = []
C["snn-87a3a6d91588"] = []
C["snn-1df9593b9076"] = [
    ev("government_regains_territory", ("2015-07-20", "2015-07-20"), loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "جيش الشرعية", "Yemeni government forces", "Yemen army"), HOUTHI),
    ev("government_regains_territory", ("2015-07-14", "2015-07-20"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة"), HOUTHI, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"), loc("Al Jiraf, Sanaa", "YE", 15.40254, 44.20721, 25),
       ISIS, HOUTHI, fatalities=5, injured=11),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Al Jiraf, Sanaa", "YE", 15.40254, 44.20721, 25),
       ISIS, HOUTHI, fatalities=5, injured=11, optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Murays (Al-Sadrayn camp)", "YE", 13.90, 44.70, 25),
       COAL, HOUTHI, fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Qa'tabah", "YE", 13.85493, 44.7058, 25), COAL, HOUTHI),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Al Ma'zub", "YE", 14.10805, 44.6172, 25), COAL, HOUTHI),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Sanah", "YE", 13.74, 44.72, 25), COAL, HOUTHI),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Shaour, Dhale", "YE", 13.70, 44.73, 100), COAL, HOUTHI, optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Qa'tabah-Ibb road", "YE", 13.90, 44.50, 50), COAL, HOUTHI, optional=True),
    ev("agreement", ("2015-07-01", "2015-07-21"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("Popular Resistance", "المقاومة", "المقاومة الشعبية"), HOUTHI, optional=True),
]
C["ant-SK-internationalNews-3302-20181005"] = [
    ev("protest_with_intervention", ("2018-10-04", "2018-10-04"), loc("Washington, D.C.", "US", 38.8951, -77.0364, 25),
       actor("Protesters", "المحتجين المناهضين لكافانو", "المحتجين", "المتظاهرين"), None),
    ev("peaceful_protest", ("2018-10-04", "2018-10-04"), loc("Washington, D.C.", "US", 38.8951, -77.0364, 25),
       actor("Protesters", "المحتجين المناهضين لكافانو", "المحتجين", "المتظاهرين"), None, optional=True),
]

C["ant-SK-middleEast-825-20180407"] = [
    ev("peaceful_protest", ("2018-04-04", "2018-04-07"), loc("Surman (near Maarat al-Numan)", "SY", 35.60616, 36.85293, 25),
       actor("Protesters", "أبناء العشائر", "تظاهرة", "Tribesmen"), None),
    ev("headquarters_or_base_established", ("2018-04-06", "2018-04-07"), loc("Idlib", "SY", 35.78763, 36.679719, 100),
       actor("Turkish military", "Turkey", "القوات المسلحة التركية", "هيئة الأركان التركية", "تركيا"), None, optional=True),
]
C["snn-546abf5ba27f"] = []
C["ant-SK-internationalNews-1593-20180516"] = [
    ev("peaceful_protest", ("2018-05-14", "2018-05-16"), loc("London", "GB", 51.5074, -0.1278, 25),
       actor("Protesters", "مدافعين عن حقوق الإنسان", "Human rights activists", "ناشطون حقوقيون"), None),
]
C["snn-af1872701290"] = [
    ev("peaceful_protest", ("2015-08-03", "2015-08-10"), loc("Latakia", "SY", 35.53168, 35.79011, 25),
       actor("Protesters", "المظاهرات"), None, optional=True),
]
C["ant-SK-middleEast-3303-20180809"] = [
    ev("shelling_artillery_missile_attack", ("2018-08-09", "2018-08-09"), loc("Beersheba", "IL", 31.252, 34.791, 25),
       actor("Palestinian militants", "الفصائل الفلسطينية", "الفصائل", "Hamas", "حماس"), actor("Israel", "إسرائيل"), fatalities=0, injured=0),
    ev("air_drone_strike", ("2018-08-08", "2018-08-09"), loc("Gaza Strip", "PS", 31.42, 34.37, 30),
       actor("Israeli Air Force", "Israeli military", "سلاح الجو الإسرائيلي", "الجيش الإسرائيلي", "IDF", "Israel"),
       actor("Palestinian militants", "Civilians", "فلسطينيين", "الفصائل", "Hamas"), fatalities=3),
    ev("shelling_artillery_missile_attack", ("2018-08-08", "2018-08-09"), loc("Gaza envelope (Sderot area)", "IL", 31.45, 34.50, 30),
       actor("Palestinian militants", "الفصائل في غزة", "الفصائل", "Hamas", "حماس"), actor("Israel", "إسرائيل", "مستوطنات غلاف غزة")),
]
C["snn-fe6cc798e9af"] = []

C["snn-be6041ad1566"] = []
C["snn-bbf762cb56ed"] = []
C["snn-33da4c33c3c9"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-25"), loc("Diyarbakir province", "TR", 37.91, 40.23, 100),
       None, actor("Turkish military", "قافلة عسكرية", "عسكريين تركيين", "Military Forces of Turkey"), fatalities=2, injured=4),
    ev("air_drone_strike", ("2015-07-20", "2015-07-26"), loc("northern Iraq", "IQ", 37.0, 44.0, 150),
       actor("Turkish military", "تركيا", "Turkey", "أنقرة"), actor("PKK", "حزب العمال الكردستاني", "Kurdistan Workers' Party"), optional=True),
]
MALI_MIL = actor("Malian military", "Military Forces of Mali", "الجيش المالي", "جيش مالي", "الجيش", "العسكريين", "القوات المسلحة")
C["ant-SK-internationalNews-192-20180228"] = [
    ev("remote_explosive_landmine_ied", ("2018-02-27", "2018-02-27"), loc("7 km east of Dioura, Segou", "ML", 14.84, -5.20, 50),
       actor("Militants", "متشددين", "Islamist militants", "Jihadists"), MALI_MIL, fatalities=6),
    ev("attack", ("2018-02-27", "2018-02-28"), loc("Douentza", "ML", 15.00, -2.95, 25),
       actor("Militants", "إرهابيا", "متشددين", "Jihadists"), actor("Civilians", "حارس مياه وغابات", "حارس غابات", "Forest guard"), fatalities=1),
    ev("attack", ("2018-02-21", "2018-02-27"), loc("Sokolo", "ML", 14.73, -6.12, 50),
       MALI_MIL, actor("Civilians", "المدنيين السبعة", "سبعة مدنيين", "مدنيين"), fatalities=7),
    ev("arrests", ("2018-02-21", "2018-02-21"), loc("Sokolo", "ML", 14.73, -6.12, 50),
       MALI_MIL, actor("Civilians", "المدنيين السبعة", "سبعة مدنيين"), optional=True),
]
C["ant-CN-internationalNews-565-20180907"] = []
JOINT = actor("Joint Resistance Forces", "قوات المقاومة اليمنية المشتركة", "قوات المقاومة المشتركة", "المقاومة المشتركة", "Yemeni government forces", "National Resistance")
HOUTHI2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيون", "الحوثيين", "المتمردين", "الميليشيات الإيرانية")
ARABCOAL = actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "طيران التحالف العربي", "التحالف العربي")
C["ant-SK-middleEast-2470-20180619"] = [
    ev("armed_clash", ("2018-06-18", "2018-06-19"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25), JOINT, HOUTHI2, fatalities=[0, 65]),
    ev("shelling_artillery_missile_attack", ("2018-06-17", "2018-06-19"), loc("Al Hudaydah city", "YE", 14.796625, 42.945213, 25),
       HOUTHI2, actor("Civilians", "أحياء مدينة الحديدة")),
    ev("air_drone_strike", ("2018-06-18", "2018-06-19"), loc("Hodeidah airport / Al Kathib, Al Hudaydah", "YE", 14.78, 42.96, 25), ARABCOAL, HOUTHI2),
    ev("air_drone_strike", ("2018-06-18", "2018-06-19"), loc("Zabid district", "YE", 14.196411, 43.316688, 30), ARABCOAL, HOUTHI2),
    ev("air_drone_strike", ("2018-06-19", "2018-06-19"), loc("Al Shajan, Al Jahba, east Ad Durayhimi", "YE", 14.63, 43.12, 30), ARABCOAL, HOUTHI2),
    ev("armed_clash", ("2018-06-18", "2018-06-19"), loc("Al Qazah / Al Hamidiyah, Ad Durayhimi", "YE", 14.60, 43.08, 30), JOINT, HOUTHI2, optional=True),
    ev("armed_clash", ("2018-06-18", "2018-06-19"), loc("Al Hudaydah province", "YE", 14.796625, 42.945213, 100), JOINT, HOUTHI2, optional=True),
]

C["snn-d5c649c04135"] = [
    ev("armed_clash", ("2015-07-24", "2015-07-24"), loc("Sehitlik, Diyarbakir", "TR", 37.91, 40.23, 25),
       actor("Gunmen", "ملثمون", "مجموعة مسلحين", "مسلحين"), actor("Police Forces of Turkey", "Turkish police", "شرطي تركي", "الشرطة التركية", "الشرطيين"),
       fatalities=1, injured=1),
    ev("attack", ("2015-07-24", "2015-07-24"), loc("Sehitlik, Diyarbakir", "TR", 37.91, 40.23, 25),
       actor("Gunmen", "ملثمون", "مجموعة مسلحين", "مسلحين"), actor("Police Forces of Turkey", "Turkish police", "شرطي تركي", "الشرطة التركية", "الشرطيين"),
       fatalities=1, injured=1, optional=True),
]
C["ant-SK-middleEast-456-20180321"] = [
    ev("peaceful_protest", ("2018-03-21", "2018-03-21"), loc("Al Qamishli", "SY", 37.05215, 41.23142, 25),
       actor("Protesters", "الأكراد", "آلاف الأكراد", "Kurds", "Kurdish protesters"), None),
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Turkish military", "القوات التركية", "Turkey", "فصائل سورية موالية لها", "Free Syrian Army", "Syrian National Army"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "المقاتلين الأكراد", "الأكراد")),
    ev("government_regains_territory", ("2018-03-18", "2018-03-18"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Turkish military", "القوات التركية", "Turkey", "فصائل سورية موالية لها"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "المقاتلين الأكراد"), optional=True),
]
NUSRA = actor("Al-Nusra Front", "Jabhat al-Nusra", "جبهة النصرة", "عناصر من جبهة النصرة", "النصرة")
SYRAF = actor("Syrian government forces", "Syrian Arab Air Force", "الطيران التابع للنظام السوري", "طائرات حربية", "طيران حربي", "النظام السوري")
CIV = actor("Civilians", "مواطنا", "المدنيين", "اطفال", "مدنيين")
C["snn-b0537a28b8b7"] = [
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-30"), loc("Sijo junction near Azaz", "SY", 36.61777, 37.07767, 25),
       NUSRA, actor("Division 30", "الفرقة 30", "قائد الفرقة 30", "نديم الحسن", "Syrian rebels", "New Syrian Force")),
    ev("air_drone_strike", ("2015-07-29", "2015-07-30"), loc("Maarat al-Numan", "SY", 35.6483, 36.67693, 25), SYRAF, CIV, fatalities=2),
    ev("air_drone_strike", ("2015-07-29", "2015-07-30"), loc("Juzif, Jabal al-Zawiya", "SY", 35.7178, 36.47672, 25), SYRAF, CIV, fatalities=2),
    ev("air_drone_strike", ("2015-07-29", "2015-07-30"), loc("Saraqib", "SY", 35.86447, 36.80591, 25), SYRAF, CIV, fatalities=15),
]
JOCELL = actor("خلية إرهابية", "الخلية الإرهابية", "خلية السلط", "إرهابيين", "Islamic State", "ISIS", "داعش", "Militants")
JOSEC = actor("Jordanian security forces", "Military Forces of Jordan", "Gendarmerie of Jordan", "قوات الدرك", "الأمن العام", "الأجهزة الأمنية", "القوات المسلحة الأردنية", "دورية مشتركة لقوات الدرك والأمن العام")
C["ant-CN-middleEast-1207-20180813"] = [
    ev("remote_explosive_landmine_ied", ("2018-08-10", "2018-08-10"), loc("Al Fuhays", "JO", 32.01033, 35.76858, 25), JOCELL, JOSEC, fatalities=1),
    ev("armed_clash", ("2018-08-11", "2018-08-12"), loc("As Salt", "JO", 32.03917, 35.72722, 25), JOSEC, JOCELL, fatalities=7, injured=10),
    ev("arrests", ("2018-08-11", "2018-08-12"), loc("As Salt", "JO", 32.03917, 35.72722, 25), JOSEC, JOCELL, optional=True),
    ev("disrupted_weapons_use", ("2018-08-11", "2018-08-13"), loc("As Salt", "JO", 32.03917, 35.72722, 25), JOSEC, JOCELL, optional=True),
    ev("arrests", ("2018-08-12", "2018-08-13"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("Israeli military", "IDF", "الجيش الإسرائيلي"), actor("Palestinians", "مطلوبا فلسطينيا", "فلسطينيا"), optional=True),
    ev("air_drone_strike", ("2018-08-05", "2018-08-12"), loc("Sa'dah", "YE", 16.94021, 43.76394, 25),
       actor("Saudi-led coalition", "Arab Coalition", "السعودية"), None, optional=True),
]
C["snn-44f07e21c1a3"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"), loc("Cairo suburb", "EG", 30.04, 31.24, 50),
       actor("Islamic State", "ISIS", "Wilayat Sinai", "ولاية سيناء", "داعش", "الفرع المصري لتنظيم داعش"),
       actor("Civilians", "توميسلاف سالوبيك", "الكرواتي", "Tomislav Salopek"), optional=True),
]
IDF = actor("Israeli military", "IDF", "الجيش الإسرائيلي", "الاحتلال", "Israel")
C["ant-SK-middleEast-1195-20180423"] = [
    ev("excessive_force_against_protesters", ("2018-04-20", "2018-04-20"), loc("Rafah (eastern border)", "PS", 31.29, 34.27, 25),
       IDF, actor("Protesters", "مسيرة العودة", "مسيرات العودة", "Palestinian protesters", "فلسطينيان"), fatalities=1),
    ev("protest_with_intervention", ("2018-04-20", "2018-04-20"), loc("Rafah (eastern border)", "PS", 31.29, 34.27, 25),
       actor("Protesters", "مسيرة العودة", "مسيرات العودة", "Palestinian protesters"), IDF, optional=True),
    ev("excessive_force_against_protesters", ("2018-04-06", "2018-04-06"), loc("Gaza Strip border", "PS", 31.42, 34.37, 30),
       IDF, actor("Protesters", "مسيرات العودة", "Palestinian protesters"), fatalities=1, optional=True),
]

IRPOL = actor("Police Forces of Iran", "Iranian police", "الشرطة الإيرانية", "ضابط شرطة", "ضابط")
C["ant-SK-internationalNews-168-20180227"] = [
    ev("excessive_force_against_protesters", ("2018-02-24", "2018-02-24"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       IRPOL, actor("Protesters", "حمراز الصادقي", "Women protesters", "النساء المحتجات"), injured=1),
    ev("protest_with_intervention", ("2018-02-24", "2018-02-24"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("Protesters", "حمراز الصادقي", "Women protesters", "النساء المحتجات"), IRPOL, injured=1, optional=True),
    ev("excessive_force_against_protesters", ("2018-02-15", "2018-02-22"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       IRPOL, actor("Protesters", "مريم شريعتمداري", "Women protesters", "النساء المحتجات"), injured=1, optional=True),
    ev("arrests", ("2018-02-23", "2018-02-23"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       IRPOL, actor("ميترا جامشيد زاده", "Civilians"), optional=True),
]
C["ant-SK-middleEast-174-20180301"] = []
C["ant-SK-sport-2341-20180801"] = []
C["snn-bbf16e088dc8"] = []
EGMIL = actor("Egyptian military", "Military Forces of Egypt", "الجيش المصري", "القوات المسلحة", "القوات الجوية")
TAKF = actor("تكفيريا", "العناصر الإرهابية", "Militants", "Islamic State", "Wilayat Sinai", "فرد تكفيري")
C["ant-CN-middleEast-1442-20181008"] = [
    ev("air_drone_strike", ("2018-09-08", "2018-10-08"), loc("North Sinai", "EG", 31.13, 33.80, 100), EGMIL, TAKF, optional=True),
    ev("armed_clash", ("2018-09-08", "2018-10-08"), loc("Al Arish", "EG", 31.13159, 33.79844, 25),
       actor("Egyptian police", "Police Forces of Egypt", "الشرطة المدنية", "الأمن الوطنى", "عناصر الأمن الوطنى"), TAKF, fatalities=26, optional=True),
    ev("armed_clash", ("2018-09-08", "2018-10-08"), loc("Egypt western border", "EG", 29.0, 25.0, 300), EGMIL, TAKF, fatalities=26, optional=True),
]
C["ant-CN-middleEast-910-20180514"] = []

TEBU = actor("Tebu tribe", "Tebu", "قبيلة التبو", "التبو", "Toubou")
TUAREG = actor("Tuareg tribe", "Tuareg", "قبيلة الطوارق", "الطوارق")
C["snn-7d740d23c2b2"] = [
    ev("agreement", ("2015-07-25", "2015-07-27"), loc("Sabha", "LY", 27.03766, 14.42832, 25), TEBU, TUAREG),
    ev("armed_clash", ("2015-07-17", "2015-07-26"), loc("Sabha (Tayouri)", "LY", 27.03766, 14.42832, 25), TEBU, TUAREG, optional=True),
    ev("attack", ("2015-07-25", "2015-07-26"), loc("Sabha", "LY", 27.03766, 14.42832, 25),
       None, actor("Civilians", "أحمد أبوبكر محجوب", "عضو الهيئة التأسيسية لصياغة مشروع الدستور", "Constitution Drafting Assembly"), injured=[0, 1]),
]
C["snn-ec113c55adae"] = [
    ev("peaceful_protest", ("2015-08-02", "2015-08-09"), loc("Baghdad", "IQ", 33.34659, 44.423217, 25),
       actor("Protesters", "التظاهرات", "Iraqi protesters"), None, optional=True),
]
C["snn-925773d769c2"] = []
C["snn-f5ff5a9114ed"] = []
C["snn-6142656f5608"] = []
ISIS2 = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "انتحاريون من التنظيم")
REB = actor("Syrian rebels", "Free Syrian Army", "المعارضة السورية المسلحة", "الفصائل المسلحة", "مقاتلين من المعارضة السورية", "الجيش السوري الحر", "صحوات الردة")
C["snn-5ccfa62bde12"] = [
    ev("armed_clash", ("2015-08-10", "2015-08-11"), loc("Mari'", "SY", 36.48259, 37.19709, 25), ISIS2, REB, fatalities=[33, 99]),
    ev("suicide_bomb", ("2015-08-10", "2015-08-11"), loc("Mari'", "SY", 36.48259, 37.19709, 25), ISIS2, REB, fatalities=[33, 99], optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-08-08", "2015-08-11"), loc("Umm Hawsh", "SY", 36.41168, 37.21252, 25), ISIS2, REB),
    ev("change_to_group_activity", ("2015-08-10", "2015-08-10"), loc("north of Aleppo", "SY", 36.40, 37.15, 50),
       actor("Al-Nusra Front", "Jabhat al-Nusra", "جبهة النصرة"), None, optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-11"), loc("Kuweires airbase", "SY", 36.187, 37.583, 25), ISIS2,
       actor("Syrian government forces", "القوات الحكومية السورية"), optional=True),
]

C["ant-SK-internationalNews-40-20180219"] = []
C["snn-c98d4a580104"] = [
    ev("air_drone_strike", ("2015-07-19", "2015-07-19"), loc("Al Marisa near Benghazi", "LY", 32.11486, 20.06859, 40),
       actor("Libyan National Army", "LNA", "طائرات حربية", "القوات الجوية", "الحكومة الليبية المعترف بها دوليا", "Libyan Air Force", "جيش الحكومة المعترف بها دوليا"),
       actor("مقاتلين", "سفينة", "Militants"), ),
]
C["snn-2299b89be3ab"] = []
C["snn-56ef27a460a3"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-09"), loc("Latakia (Al-Zira'a roundabout)", "SY", 35.53168, 35.79011, 25),
       actor("Protesters", "المعتصمون", "نحو ألف سوري", "أكثر من ألف شخص"), None),
    ev("attack", ("2015-08-06", "2015-08-06"), loc("Latakia (Al-Azhari roundabout)", "SY", 35.53168, 35.79011, 25),
       actor("سليمان هلال الأسد", "سليمان الأسد", "Suleiman al-Assad"), actor("حسان الشيخ", "العقيد حسان الشيخ", "Syrian Air Force officer"), fatalities=1, optional=True),
]
C["ant-CN-middleEast-1041-20180529"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-28", "2018-05-29"), loc("Israel near Gaza", "IL", 31.45, 34.50, 40),
       actor("Hamas", "Palestinian Islamic Jihad", "حماس", "الجهاد الإسلامي", "حركتا حماس والجهاد الإسلامي"), actor("Israel", "إسرائيل"), optional=True),
]
C["snn-25781e6d5922"] = []

C["ant-SK-internationalNews-2616-20180714"] = [
    ev("peaceful_protest", ("2018-07-13", "2018-07-13"), loc("Turnberry", "GB", 55.315, -4.83, 25),
       actor("Greenpeace", "غرين بيس", "غرينبيس", "منظمة غرينبيس", "Protesters", "المتظاهر", "أحد المظليين"), None),
]
C["ant-CN-internationalNews-388-20180524"] = []
C["snn-145e37cc3065"] = []
C["ant-SK-economy-895-20180703"] = []
C["ant-CN-middleEast-1551-20181016"] = [
    ev("attack", ("2018-10-02", "2018-10-02"), loc("Saudi consulate, Istanbul", "TR", 41.08, 29.01, 25),
       actor("Saudi government agents", "السعوديين", "Saudi Arabia", "قتلة مارقين"), actor("Jamal Khashoggi", "جمال خاشقجي", "خاشقجي", "Civilians", "Journalists"),
       fatalities=[0, 1], optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-74.jsonl"))
