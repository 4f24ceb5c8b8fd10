import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

IS = ("Islamic State", "ISIS", "Daesh", "IS")
HOUTHI = ("Houthis", "Ansar Allah")
CIV = ("Civilians", "المدنيين", "مدنيين")

C["ant-CN-middleEast-370-20180325"] = []
C["snn-fbb748cc19a5"] = [
    ev("attack", ("2015-08-07", "2015-08-07"), loc("Van (road from the Iranian border)", "TR", 38.49, 43.60, 75),
       actor("مسلحون", "Unidentified armed group"), actor("حافلة ركاب إيرانية", "Civilians", "Iranian civilians"),
       fatalities=1),
    ev("suicide_bomb", ("2015-07-20", "2015-07-31"), loc("Turkey", "TR", None, None),
       actor("تنظيم داعش", *IS), actor("ناشطا كرديا", "Kurdish activists", "Civilians"), fatalities=32, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-31"), loc("Turkey", "TR", None, None),
       actor("تنظيم داعش", *IS), actor("ناشطا كرديا", "Kurdish activists", "Civilians"), fatalities=32, optional=True),
]
C["snn-5f28c98b063b"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-14"), loc("Aden airport", "YE", 12.83, 45.03, 25),
       actor("القوات اليمينة الموالية للرئيس عبد ربه منصور هادي", "Yemeni government forces", "Hadi forces", "Popular Resistance"),
       actor("القوات الحوثية", *HOUTHI), optional=True),
]
C["snn-983709257338"] = []
C["ant-CN-middleEast-144-20180302"] = [
    ev("air_drone_strike", ("2018-02-28", "2018-03-02"), loc("Eastern Ghouta", "SY", 33.55, 36.45, 25),
       actor("الطائرات الروسية", "طائرات روسية", "Russia", "Russian air force"), None, optional=True),
]
C["ant-SK-middleEast-3091-20180725"] = [
    ev("suicide_bomb", ("2018-07-25", "2018-07-25"), loc("As-Suwayda city", "SY", 32.709, 36.570, 25),
       actor("داعش", "التنظيم الإرهابي", *IS), actor(*CIV), fatalities=None),
    ev("armed_clash", ("2018-07-25", "2018-07-25"), loc("As-Suwayda eastern and northeastern countryside", "SY", 32.75, 36.75, 50),
       actor("داعش", "مسلحو داعش", "عناصر داعش", *IS),
       actor("المسلحين الموالين للنظام", "Pro-government militia", "Syrian government forces", "سكان حملوا السلاح"),
       fatalities=[30, 220]),
    ev("attack", ("2018-07-25", "2018-07-25"), loc("As-Suwayda eastern countryside villages", "SY", 32.75, 36.75, 50),
       actor("داعش", *IS), actor(*CIV), fatalities=62, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-07-25", "2018-07-25"), loc("As-Suwayda eastern countryside", "SY", 32.75, 36.75, 50),
       actor("داعش", *IS), actor("المسلحين الموالين للنظام", "Pro-government militia"), optional=True),
    ev("government_regains_territory", ("2018-07-25", "2018-07-25"), loc("As-Suwayda eastern countryside", "SY", 32.75, 36.75, 50),
       actor("المسلحين الموالين للنظام", "Pro-government militia", "Syrian government forces"), actor("داعش", *IS), optional=True),
]

EGY = ("الجيش", "Egyptian army", "Egyptian military", "Military Forces of Egypt")
WS = ("جماعة ولاية سيناء", "ولاية سيناء", "المتشددين", "Wilayat Sinai", "Sinai Province", "Islamic State", "ISIS")
C["snn-f0df32fcedc1"] = [
    ev("air_drone_strike", ("2015-08-05", "2015-08-05"), loc("villages south of Sheikh Zuweid", "EG", 31.19, 34.11, 25),
       actor(*EGY, "طائرات هليكوبتر من طراز أباتشي"), actor(*WS), fatalities=12),
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-05"), loc("village south of Sheikh Zuweid", "EG", 31.19, 34.11, 25),
       None, actor(*CIV, "أسرة واحدة"), fatalities=5, injured=5),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Sheikh Zuweid", "EG", 31.2163, 34.1107, 25),
       actor(*EGY), actor(*WS), optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Sharqiya governorate", "EG", 30.59, 31.50, 100),
       actor("مسلحين", "مسلحان", "Unidentified armed group", "militants"), actor("أمين شرطة", "Police Forces of Egypt", "Egyptian police"),
       fatalities=1),
    ev("attack", ("2015-08-04", "2015-08-06"), loc("Sharqiya governorate", "EG", 30.59, 31.50, 100),
       actor("مسلحين", "مسلحان", "Unidentified armed group", "militants"), actor("أمين شرطة", "Police Forces of Egypt", "Egyptian police"),
       fatalities=1, optional=True),
]
C["ant-SK-sport-792-20180421"] = []
C["snn-f8c2d4bbaebf"] = []
C["snn-ae2ad5e14332"] = []
NUSRA = ("جبهة النصرة", "Jabhat al-Nusra", "Nusra Front", "al-Nusra Front")
D30 = ("مجموعة سوريا الجديدة", "سوريا الجديدة", "الفرقة 30", "New Syria Force", "Division 30", "مقاتلين معارضين")
C["snn-0b0885a2a691"] = [
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("Aleppo province", "SY", 36.20, 37.17, 100),
       actor("الولايات المتحدة", "United States", "US", "US military"), actor(*NUSRA)),
    ev("armed_clash", ("2015-07-30", "2015-07-31"), loc("Aleppo province", "SY", 36.20, 37.17, 100),
       actor(*NUSRA), actor(*D30), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Aleppo province", "SY", 36.20, 37.17, 100),
       actor(*NUSRA), actor(*D30), optional=False),
]
HOUTHI_M = ("ميليشيات الحوثي", "الميليشيات", "الحوثيين", "مسلحي الميليشيات", "Houthis", "Ansar Allah")
RES = ("قوات المقاومة اليمنية المشتركة", "المقاومة", "القوات المشتركة", "قوات المقاومة", "Joint Resistance Forces", "Yemeni government forces", "Popular Resistance")
COAL = ("مقاتلات التحالف", "مقاتلات التحالف العربي", "قوات تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition")
C["ant-SK-middleEast-2412-20180615"] = [
    ev("armed_clash", ("2018-06-15", "2018-06-15"), loc("Hodeidah airport", "YE", 14.76, 42.97, 25),
       actor(*RES), actor(*HOUTHI_M), fatalities=[10, 99]),
    ev("government_regains_territory", ("2018-06-15", "2018-06-15"), loc("southern entrance of Hodeidah city", "YE", 14.77, 42.96, 25),
       actor(*RES), actor(*HOUTHI_M)),
    ev("air_drone_strike", ("2018-06-15", "2018-06-15"), loc("Hodeidah airport", "YE", 14.76, 42.97, 25),
       actor(*COAL), actor(*HOUTHI_M), optional=True),
    ev("disrupted_weapons_use", ("2018-06-13", "2018-06-15"), loc("southern entrance of Hodeidah city", "YE", 14.77, 42.96, 25),
       actor("الفرق الهندسية التابعة لقوات المقاومة", *RES), actor(*HOUTHI_M)),
    ev("armed_clash", ("2018-06-13", "2018-06-15"), loc("Al Fazah", "YE", 14.05, 43.15, 50),
       actor(*RES), actor(*HOUTHI_M)),
    ev("air_drone_strike", ("2018-06-13", "2018-06-15"), loc("outskirts of Hays district", "YE", 13.93, 43.48, 30),
       actor(*COAL), actor(*HOUTHI_M)),
    ev("air_drone_strike", ("2018-06-13", "2018-06-15"), loc("near Al Udayn junction", "YE", 13.97, 44.00, 75),
       actor(*COAL), actor(*HOUTHI_M), fatalities=[10, 99], optional=True),
]

C["ant-SK-internationalNews-1016-20180419"] = []
C["ant-SK-middleEast-2482-20180619"] = [
    ev("disrupted_weapons_use", ("2018-06-19", "2018-06-19"), loc("Khamis Mushait", "SA", 18.31, 42.73, 25),
       actor("قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "التحالف العربي", "Saudi air defense", "Saudi-led coalition", "Military Forces of Saudi Arabia"),
       actor("ميليشيات الحوثي", "الميليشيا الحوثية", *HOUTHI)),
    ev("shelling_artillery_missile_attack", ("2018-06-19", "2018-06-19"), loc("Khamis Mushait", "SA", 18.31, 42.73, 25),
       actor("ميليشيات الحوثي", "الميليشيا الحوثية", *HOUTHI), None, optional=True),
]
C["snn-f56e722f5de8"] = []
C["snn-07a1ecb9c4a1"] = []
C["ant-SK-internationalNews-2986-20180814"] = []
C["snn-ab53d93619f6"] = []
C["ant-SK-middleEast-2403-20180615"] = [
    ev("armed_clash", ("2018-06-15", "2018-06-15"), loc("Al Fazah, west of At Tuhayta district", "YE", 14.05, 43.08, 40),
       actor("القوات اليمنية المشتركة", *RES), actor("ميليشيات الحوثي", "الميليشيات الحوثية", *HOUTHI)),
    ev("armed_clash", ("2018-06-15", "2018-06-15"), loc("Hodeidah airport", "YE", 14.76, 42.97, 25),
       actor("القوات اليمنية", "القوات اليمنية المشتركة", *RES), actor("ميلشيات الحوثي", "ميليشيات الحوثي", *HOUTHI)),
    ev("armed_clash", ("2018-06-13", "2018-06-15"), loc("south of Hodeidah city", "YE", 14.74, 42.97, 30),
       actor("القوات اليمنية المشتركة", *RES), actor("ميليشيات الحوثي", *HOUTHI), fatalities=[0, 128], optional=True),
    ev("air_drone_strike", ("2018-06-13", "2018-06-15"), loc("south of Hodeidah city", "YE", 14.74, 42.97, 30),
       actor("طائرات التحالف العربي", "التحالف العربي", *COAL[3:]), actor("المتمردين الحوثيين", *HOUTHI), fatalities=[0, 128], optional=True),
]
C["snn-c43df7304c73"] = []
LAF = ("الجيش اللبناني", "قوة من الجيش", "Lebanese army", "Military Forces of Lebanon")
SYR = ("23 شخصا من التابعية السورية", "سوريا", "Syrian nationals", "suspected militants")
C["snn-43e62837d7f4"] = [
    ev("arrests", ("2015-07-22", "2015-07-24"), loc("Taanayel, Zahle", "LB", 33.80, 35.87, 25), actor(*LAF), actor(*SYR)),
    ev("arrests", ("2015-07-22", "2015-07-24"), loc("Minyeh - Bhannine", "LB", 34.49, 35.94, 25), actor(*LAF), actor(*SYR)),
]
C["snn-309f8e34628c"] = []
C["ant-CN-middleEast-635-20180416"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-16"), loc("Syria (chemical weapons facilities)", "SY", None, None),
       actor("الولايات المتحدة", "بريطانيا", "فرنسا", "United States", "United Kingdom", "France"),
       actor("النظام السوري", "Syrian government", "Syrian regime"), optional=True),
]
BAS = ("Basra", "IQ", 30.53, 47.80, 25)
PROT = ("المحتجين", "المحتجين الغاضبين", "متظاهرا", "Protesters", "Protesters (Iraq)")
AAH = ("ميليشيات عصائب أهل الحق", "عصائب أهل الحق", "Asaib Ahl al-Haq", "Popular Mobilization Forces")
C["ant-SK-middleEast-3579-20180908"] = [
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), loc(*BAS), actor(*PROT), actor(*AAH), fatalities=1),
    ev("attack", ("2018-09-07", "2018-09-07"), loc(*BAS), actor(*AAH), actor(*PROT), fatalities=1, optional=True),
    ev("violent_demonstration", ("2018-09-06", "2018-09-08"), loc("Iranian consulate, Basra", "IQ", 30.53, 47.80, 25),
       actor(*PROT, "مئات المحتجين الغاضبين"), actor("القنصلية الإيرانية", "Iran", "Iranian consulate")),
    ev("violent_demonstration", ("2018-09-03", "2018-09-08"), loc(*BAS), actor(*PROT), None, fatalities=15, injured=[171, 209], optional=True),
]

TAKF = ("عناصر تكفيرية", "العناصر التكفيرية", "فرد تكفيري", "التنظيم الإرهابي", "Wilayat Sinai", "Sinai Province", "Islamic State", "militants")
C["ant-CN-middleEast-721-20180425"] = [
    ev("armed_clash", ("2018-04-18", "2018-04-25"), loc("Al Arish (first police precinct)", "EG", 31.13, 33.80, 25),
       actor("عناصر وزارة الداخلية", "وزارة الداخلية", "Police Forces of Egypt", "Egyptian police", "Egyptian Interior Ministry"), actor(*TAKF), fatalities=17),
    ev("armed_clash", ("2018-04-18", "2018-04-25"), loc("North and Central Sinai", "EG", 30.44, 33.72, 150),
       actor("القوات المسلحة المصرية", "القوات المصرية", "Egyptian army", "Military Forces of Egypt"), actor(*TAKF), fatalities=[8, 11], injured=2, optional=True),
    ev("armed_clash", ("2018-04-18", "2018-04-25"), loc("Sinai", "EG", 30.44, 33.72, 150),
       actor("القوات المسلحة المصرية", "Egyptian army", "Military Forces of Egypt"), actor("ناصر أبوزقول", "أمير التنظيم الإرهابي", *TAKF), fatalities=1, optional=True),
    ev("disrupted_weapons_use", ("2018-04-18", "2018-04-25"), loc("Sinai", "EG", 30.44, 33.72, 150),
       actor("عناصر المهندسين العسكريين", "Egyptian army", "Military Forces of Egypt"), actor(*TAKF), optional=True),
]
C["snn-463d5f6f930f"] = []
C["ant-CN-technology-86-20180417"] = []
C["ant-CN-economy-103-20180508"] = []
C["snn-8bc173ed47ad"] = []
C["snn-219ee86f808c"] = []

HS = ("المتمردين الحوثيين", "الحوثيين", "المتمردين", "قوات الرئيس المخلوع علي عبد الله صالح", "Houthis", "Ansar Allah", "Saleh loyalists")
PR = ("المقاومة الشعبية", "قوات المقاومة الشعبية", "قوات يمنية مؤيدة للتحالف", "القوات الموالية للحكومة", "القوات الموالية للرئيس عبدربه منصور هادي", "Popular Resistance", "Yemeni government forces", "Hadi forces")
C["snn-fc8c82fe266d"] = [
    ev("armed_clash", ("2015-07-26", "2015-07-26"), loc("Al Anad air base", "YE", 13.18, 44.77, 25), actor(*PR), actor(*HS)),
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), loc("near Sanaa (military base)", "YE", 15.46, 44.24, 25),
       actor("طائرات التحالف الحربية", "التحالف", "Saudi-led coalition", "Arab Coalition"), actor(*HS)),
    ev("government_regains_territory", ("2015-07-24", "2015-07-26"), loc("Sabr, north of Aden", "YE", 13.00, 44.91, 25),
       actor(*PR), actor("حوثيا", *HS), fatalities=35),
    ev("government_regains_territory", ("2015-07-25", "2015-07-26"), loc("Al Basateen, north Aden", "YE", 12.88, 44.98, 25),
       actor(*PR), actor(*HS), fatalities=[0, 106], injured=[0, 29]),
    ev("government_regains_territory", ("2015-07-25", "2015-07-26"), loc("Jaawala, north Aden", "YE", 12.92, 44.95, 25),
       actor(*PR), actor(*HS)),
    ev("armed_clash", ("2015-07-25", "2015-07-26"), loc("Dar Saad, north Aden", "YE", 12.91, 44.98, 25),
       actor(*PR), actor(*HS)),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-26"), loc("outskirts of Dar Saad, Aden", "YE", 12.91, 44.98, 25),
       actor(*HS), actor(*CIV)),
    ev("armed_clash", ("2015-07-24", "2015-07-26"), loc("Al Dhale province", "YE", 13.70, 44.73, 100),
       actor("القوات الموالية", *PR), actor("متمردين", *HS), fatalities=4),
    ev("abduction_forced_disappearance", ("2015-07-25", "2015-07-25"), loc("Yemen", "YE", None, None),
       actor(*PR), actor("عبد الخالق الحوثي", *HS), optional=True),
    ev("government_regains_territory", ("2015-07-14", "2015-07-22"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor(*PR), actor(*HS), optional=True),
]
C["snn-c5011ca5429b"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-07-26"), loc("Najran", "SA", 17.49, 44.13, 25),
       None, actor(*CIV, "فتاة وطفلين سعوديين"), injured=3),
]
C["ant-SK-middleEast-247-20180312"] = [
    ev("other", ("2018-03-11", "2018-03-11"), loc("off Derna coast", "LY", 32.77, 22.64, 50),
       actor("البحرية الليبية", "السرية البحرية المقاتلة", "الجيش الوطني الليبي", "Libyan National Army", "LNA", "Libyan Navy"),
       actor("سفينة شحن", "سان توريني"), optional=True),
]
C["snn-71b54f62c7f4"] = []
C["ant-SK-internationalNews-2106-20180612"] = [
    ev("excessive_force_against_protesters", ("2018-05-01", "2018-05-31"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("فلسطينيا", "Palestinian protesters", "Protesters"), actor("Israel", "Israeli forces", "Military Forces of Israel"), fatalities=52, optional=True),
]
PKK = ("متمردو حزب العمال الكردستاني", "حزب العمال الكردستاني", "الحزب الكردستاني", "حزب العمال", "المتمردين", "PKK", "Kurdistan Workers' Party")
C["snn-9f8544c895df"] = [
    ev("suicide_bomb", ("2015-08-02", "2015-08-02"), loc("near Dogubayazit", "TR", 39.55, 44.08, 25),
       actor(*PKK), actor("الدرك التركي", "القوات التركية", "Turkish gendarmerie", "Military Forces of Turkey"), fatalities=[2, 50], injured=31),
    ev("air_drone_strike", ("2015-07-31", "2015-08-02"), loc("Zergele village, northern Iraq", "IQ", 36.38, 45.12, 50),
       actor("الطيران التركي", "المقاتلات التركية", "Turkish air force", "Military Forces of Turkey"), actor(*CIV, "مدنيين عراقيين"), fatalities=10, injured=15),
    ev("armed_clash", ("2015-08-01", "2015-08-02"), loc("Gumushane province", "TR", 40.46, 39.48, 100),
       actor(*PKK), actor("قوات الأمن", "Turkish security forces", "Military Forces of Turkey")),
    ev("armed_clash", ("2015-08-02", "2015-08-03"), loc("eastern Turkey", "TR", None, None),
       actor(*PKK), actor("قافلة عسكرية", "Military Forces of Turkey"), fatalities=0, optional=True),
    ev("attack", ("2015-08-02", "2015-08-03"), loc("eastern Turkey", "TR", None, None),
       actor(*PKK), actor("مستشفى", "Civilians"), fatalities=0, optional=True),
]

C["snn-58106fadaf21"] = [
    ev("arrests", ("2015-07-10", "2015-07-19"), loc("Saudi Arabia", "SA", None, None),
       actor("الأجهزة الأمنية", "Saudi security forces", "Police Forces of Saudi Arabia"), actor("أصحاب بعض المعرفات الإلكترونية", "تنظيم داعش", "Islamic State", "ISIS"), optional=True),
]
C["ant-CN-technology-14-20180206"] = []
C["snn-41466df475c1"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Special Emergency Forces mosque)", "SA", 18.22, 42.50, 25),
       None, actor("قوات الطوارئ الخاصة", "منسوبي القوات", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia"), fatalities=15, injured=33),
]
C["snn-6551099151c2"] = []
C["snn-ef11923fc780"] = []
C["ant-SK-middleEast-30-20180223"] = [
    ev("armed_clash", ("2018-02-21", "2018-02-23"), loc("Afrin", "SY", 36.51, 36.87, 25),
       actor("القوات التركية", "Turkey", "Military Forces of Turkey", "Turkish army"),
       actor("وحدات حماية الشعب الكردي", "وحدات حماية الشعب الكردية", "الفصائل الكردية المسلحة", "YPG", "People's Protection Units"), optional=True),
]

C["ant-SK-middleEast-643-20180329"] = []
C["ant-SK-middleEast-2076-20180601"] = [
    ev("armed_clash", ("2018-05-30", "2018-06-01"), loc("Deir ez-Zor province", "SY", 35.14, 40.32, 100),
       actor("قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SDF", "قسد"), actor("التنظيم المتطرف", "تنظيم داعش", *IS), optional=True),
]
LNA = ("الجيش الوطني الليبي", "الجيش الليبي", "الجيش", "غرفة عمليات الكرامة", "Libyan National Army", "LNA")
DMSC = ("مجلس شورى مجاهدي درنة", "تنظيم القاعدة", "الإرهابيين", "Derna Mujahideen Shura Council", "al-Qaeda")
C["ant-SK-middleEast-2263-20180609"] = [
    ev("government_regains_territory", ("2018-06-09", "2018-06-09"), loc("Shiha, Derna", "LY", 32.76, 22.64, 25), actor(*LNA), actor(*DMSC)),
    ev("armed_clash", ("2018-06-09", "2018-06-09"), loc("Derna (Wast al-Bilad, Jbeila, Maghar)", "LY", 32.767, 22.637, 25), actor(*LNA), actor(*DMSC)),
    ev("arrests", ("2018-06-08", "2018-06-08"), loc("Derna", "LY", 32.767, 22.637, 25), actor(*LNA),
       actor("يحيى الأسطى عمر", "مسؤول الملف الأمني لتنظيم القاعدة", "al-Qaeda", "تنظيم القاعدة")),
]
C["snn-1261e1d6f13a"] = []
C["ant-SK-internationalNews-3237-20180913"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-67.jsonl"))
