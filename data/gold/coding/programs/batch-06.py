import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

CIV = ("Civilians", "مدنيين", "المدنيين")

# 1
C["snn-d9b1d1d3d1f0"] = [
    ev("arrests", ("2015-06-01", "2015-07-21"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "Saudi Ministry of Interior", "وزارة الداخلية", "الأجهزة الأمنية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "التنظيم الداعشي", "داعشيا", "تنظيم داعش"),
       optional=True),
]
# 2
C["ant-SK-internationalNews-1265-20180430"] = [
    ev("suicide_bomb", ("2018-04-30", "2018-04-30"), loc("Kabul", "AF", 34.528, 69.172, 25),
       None,
       actor("Civilians", "مدنيين", "مدنيين أبرياء", "صحفيين", "Journalists", "مصلين"),
       fatalities=25, injured=45),
]
# 3
C["ant-SK-middleEast-773-20180404"] = []
# 4
HOUTHI = actor("Houthis", "Ansar Allah", "الحوثي", "الحوثيين")
C["ant-CN-middleEast-391-20180327"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"), loc("Riyadh", "SA", 24.688, 46.722, 25),
       HOUTHI, actor("Civilians", "المقيم المصري"), fatalities=1),
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-26"), loc("Riyadh", "SA", 24.688, 46.722, 25),
       actor("Saudi air defense", "Military Forces of Saudi Arabia", "قوات الدفاع الجوي"), HOUTHI,
       fatalities=1, optional=True),
]
# 5
C["ant-SK-internationalNews-3433-20181012"] = []

# 6
ISIS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم")
RUS = actor("Military Forces of Russia", "Russian air force", "Russia", "الروس", "روسيا", "روسية")
C["ant-SK-middleEast-2758-20180704"] = [
    ev("air_drone_strike", ("2018-07-02", "2018-07-02"), loc("Homs governorate", "SY", 34.724, 36.726, 100),
       RUS, ISIS, fatalities=11),
    ev("armed_clash", ("2018-07-02", "2018-07-03"), loc("Homs governorate", "SY", 34.724, 36.726, 100),
       ISIS, actor("Syrian government forces", "Military Forces of Syria", "النظام السوري", "جنود من النظام السوري",
                   "Military Forces of Russia", "عسكريين روس"), optional=True),
    ev("air_drone_strike", ("2018-06-22", "2018-06-22"), loc("Syria", "SY", None, None),
       actor("Iraqi Air Force", "Military Forces of Iraq", "الطيران العراقي"), ISIS, fatalities=2, optional=True),
    ev("air_drone_strike", ("2017-05-25", "2017-05-31"), loc("Raqqa", "SY", 35.95, 39.01, 50),
       RUS, ISIS, optional=True),
]
# 7
C["snn-beb4c9099a00"] = []
# 8
SYGOV = ("Syrian government forces", "Military Forces of Syria", "Syrian regime", "قوات النظام", "الطائرات الحربية السورية", "القوات السورية")
C["ant-CN-middleEast-113-20180227"] = [
    ev("shelling_artillery_missile_attack", ("2018-02-19", "2018-02-26"), loc("Eastern Ghouta", "SY", 33.55, 36.42, 20),
       actor(*SYGOV), actor("Civilians", "الأطفال", "مدنيين"), fatalities=100, optional=True),
    ev("air_drone_strike", ("2018-02-19", "2018-02-26"), loc("Eastern Ghouta", "SY", 33.55, 36.42, 20),
       actor(*SYGOV), actor("Civilians", "الأطفال", "مدنيين"), fatalities=100, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-02-19", "2018-02-27"), loc("Damascus", "SY", 33.51, 36.29, 25),
       actor("Syrian rebels", "المتمردين", "Opposition"), actor("Civilians"), optional=True),
]
# 9
C["ant-SK-middleEast-2992-20180719"] = []
# 10
C["ant-SK-middleEast-2048-20180530"] = [
    ev("armed_clash", ("2018-05-28", "2018-05-30"), loc("Humaymah (Homs desert)", "SY", 34.55, 40.0, 75),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مسلحو تنظيم داعش"),
       actor("Syrian government forces", "Military Forces of Syria", "قوات النظام السوري", "قوات النظام", "الجيش السوري")),
    ev("air_drone_strike", ("2018-05-28", "2018-05-30"), loc("Hajin", "SY", 34.695, 40.831, 25),
       actor("International coalition", "US-led coalition", "Global Coalition against Daesh", "التحالف الدولي"),
       actor("Islamic State", "ISIS", "Daesh", "داعش")),
]

# 11
C["snn-1c71798f64a4"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha", "SA", 18.241, 42.570, 25),
       None,
       actor("Police Forces of Saudi Arabia", "Saudi Special Emergency Forces", "قوات الطوارئ الخاصة", "قوة الطوارئ الخاصة",
             "رجال الأمن", "منسوبي قوة الطوارئ الخاصة", "المصلين", "Civilians"),
       fatalities=15, injured=33),
    ev("arrests", ("2015-08-06", "2015-08-06"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "السلطات الأمنية السعودية"), None, optional=True),
]
# 12
C["snn-9cac5a46cfec"] = []
# 13
C["ant-SK-technology-317-20180403"] = []
# 14
C["ant-SK-internationalNews-2940-20180810"] = []
# 15
C["ant-SK-internationalNews-957-20180415"] = []

# 16
C["ant-SK-middleEast-3790-20181009"] = [
    ev("arrests", ("2018-10-08", "2018-10-08"), loc("Derna", "LY", 32.767, 22.637, 25),
       actor("Libyan National Army", "LNA", "قوات الجيش الليبي", "الجيش الوطني الليبي"),
       actor("Al Murabitun", "Hisham Ashmawi", "المرابطين", "تنظيم المرابطين", "هشام عشماوي", "عشماوي", "Al Qaeda")),
]
# 17
C["ant-SK-internationalNews-1425-20180507"] = [
    ev("air_drone_strike", ("2018-04-01", "2018-04-30"), loc("Dasht-e Archi, Kunduz", "AF", 37.13, 69.17, 50),
       actor("Afghan government forces", "Military Forces of Afghanistan", "Afghan Air Force", "الحكومة الأفغانية", "طائرات هليكوبتر تابعة للحكومة الأفغانية"),
       actor("Civilians", "الصبية والرجال", "الأطفال", "مدنيين"),
       fatalities=[10, 99], injured=None, optional=True),
]
# 18
C["snn-945b976d7daf"] = []
# 19
C["snn-2fac09f36bbc"] = []
# 20
C["snn-71bad8c7eae8"] = [
    ev("suicide_bomb", ("2015-08-01", "2015-08-02"), loc("Karabulak (Dogubayazit), Agri", "TR", 39.669, 44.052, 25),
       actor("PKK", "Kurdistan Workers' Party", "بي كا كا", "تنظيم بي كا كا"),
       actor("Turkish Gendarmerie", "Military Forces of Turkey", "الدرك", "مخفر للدرك", "جنديين"),
       fatalities=2, injured=24),
]

# 21
OPP = ("Syrian opposition", "Syrian rebels", "فصائل المعارضة", "فصائل معارضة", "مقاتلي المعارضة", "جبهة النصرة", "Al Nusra Front", "Jabhat al-Nusra")
C["snn-2358c53d89b6"] = [
    ev("armed_clash", ("2015-07-19", "2015-07-21"), loc("Zabadani", "SY", 33.725, 36.100, 25),
       actor("Syrian government forces", "Military Forces of Syria", "القوات النظامية", "Hezbollah", "حزب الله", "قوات الدفاع المدني الموالية لدمشق", "National Defence Forces"),
       actor("Syrian rebels", "Islamist rebels", "مقاتلي الفصائل الإسلامية", "مقاتلي المعارضة السورية", "Syrian opposition"),
       fatalities=[6, 20]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Al-Fu'ah", "SY", 35.983, 36.704, 25),
       actor(*OPP), actor("Civilians", "بلدات شيعية", "Pro-government militia"), fatalities=[0, 7]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Kafraya", "SY", 35.990, 36.678, 25),
       actor(*OPP), actor("Civilians", "بلدات شيعية", "Pro-government militia"), fatalities=[0, 7]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-20"), loc("Nubl", "SY", 36.379, 36.993, 25),
       actor("Syrian opposition", "Syrian rebels", "فصائل معارضة أخرى", "فصائل معارضة", "فصائل المعارضة"),
       actor("Syrian government forces", "Military Forces of Syria", "الجيش النظامي", "Hezbollah", "حزب الله"), fatalities=[0, 1]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-20"), loc("Al-Zahraa", "SY", 36.361, 37.011, 25),
       actor("Syrian opposition", "Syrian rebels", "فصائل معارضة أخرى", "فصائل معارضة", "فصائل المعارضة"),
       actor("Syrian government forces", "Military Forces of Syria", "الجيش النظامي", "Hezbollah", "حزب الله"), fatalities=[0, 1]),
]
# 22
C["snn-9cb7da16093c"] = []
# 23
C["ant-SK-internationalNews-357-20180314"] = []
# 24
C["snn-6483c074b2cf"] = []
# 25
INDSF = ("Indian security forces", "Military Forces of India", "Police Forces of India", "قوات الأمن الهندي", "قوات حكومية", "شرطة مكافحة التمرد", "قوات الشرطة")
C["ant-SK-internationalNews-1131-20180424"] = [
    ev("armed_clash", ("2018-04-24", "2018-04-24"), loc("Tral", "IN", 33.93, 75.11, 50),
       actor("Kashmiri militants", "مسلحون", "مسلح", "المتمردين", "Militants"), actor(*INDSF), fatalities=3),
    ev("violent_demonstration", ("2018-04-24", "2018-04-24"), loc("Tral", "IN", 33.93, 75.11, 50),
       actor("Rioters", "Protesters", "الشباب", "طلاب", "عشرات الشباب"), actor("Police Forces of India", "قوات الشرطة"), ),
    ev("protest_with_intervention", ("2018-04-24", "2018-04-24"), loc("Tral", "IN", 33.93, 75.11, 50),
       actor("Protesters", "الشباب", "طلاب", "عشرات الشباب"), actor("Police Forces of India", "قوات الشرطة"), optional=True),
]

# 26
C["ant-SK-internationalNews-1649-20180518"] = [
    ev("abduction_forced_disappearance", ("2018-05-14", "2018-05-14"), loc("Yambio", "SS", 4.571, 28.394, 25),
       None, actor("Aid workers", "World Vision", "عمال", "وورلد فيجن", "Civilians"), ),
    ev("abduction_forced_disappearance", ("2018-04-01", "2018-04-30"), loc("South Sudan", "SS", None, None),
       actor("Unidentified armed group", "مجموعات مسلحة"), actor("Aid workers", "عمال الإغاثة", "Civilians"), optional=True),
]
# 27
C["ant-SK-middleEast-513-20180324"] = []
# 28
C["snn-691ab9d9ba1a"] = []
# 29
FUT = actor("Future Movement", "تيار المستقبل", "مناصري تيار المستقبل", "المستقبل")
AHB = actor("Al-Ahbash", "Association of Islamic Charitable Projects", "الأحباش", "جمعية المشاريع الإسلامية")
C["ant-SK-middleEast-1403-20180504"] = [
    ev("armed_clash", ("2018-05-03", "2018-05-04"), loc("Tariq al-Jdideh, Beirut", "LB", 33.875, 35.497, 25),
       FUT, AHB, injured=[2, 20]),
    ev("mob_violence", ("2018-05-03", "2018-05-04"), loc("Tariq al-Jdideh, Beirut", "LB", 33.875, 35.497, 25),
       FUT, AHB, injured=[2, 20], optional=True),
    ev("armed_clash", ("2018-05-03", "2018-05-04"), loc("Burj Abi Haidar, Beirut", "LB", 33.880, 35.508, 25),
       AHB, FUT, optional=True),
]
# 30
C["snn-329025db40e0"] = []

# 31
C["snn-05380a622459"] = []
# 32
C["ant-SK-middleEast-227-20180311"] = []
# 33
C["snn-be7c00f313b6"] = [
    ev("armed_clash", ("2015-07-26", "2015-08-02"), loc("North Caucasus, near Chechnya", "RU", 43.35, 45.0, 100),
       actor("Military Forces of Russia", "Russian special forces", "Russian security services", "القوات الخاصة", "أجهزة الأمن الروسية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "إسلاميين متشددين", "مسلحين", "Caucasus Province"),
       fatalities=8, optional=True),
]
# 34
C["snn-f4cc6f6485fa"] = []
# 35
C["snn-b51e13a31de2"] = []

# 36
C["ant-SK-internationalNews-3198-20180910"] = []
# 37
C["ant-CN-internationalNews-586-20180909"] = []
# 38
C["snn-52301d33af77"] = []
# 39
C["snn-c6fb6d9d1904"] = []
# 40
C["ant-SK-internationalNews-1149-20180424"] = [
    ev("suicide_bomb", ("2018-04-22", "2018-04-24"), loc("Quetta", "PK", 30.18, 67.00, 50),
       None, actor("Police Forces of Pakistan", "الشرطة الباكستانية", "شاحنة للشرطة", "رجال الشرطة", "الشرطة"),
       fatalities=[6, 7], injured=7),
    ev("suicide_bomb", ("2018-04-22", "2018-04-24"), loc("Quetta (outskirts checkpoint)", "PK", 30.18, 67.00, 50),
       None, actor("Frontier Corps", "Military Forces of Pakistan", "القوات شبه العسكرية", "نقطة تفتيش", "جنود"),
       fatalities=2, injured=8),
    ev("armed_clash", ("2018-04-22", "2018-04-24"), loc("Quetta (outskirts checkpoint)", "PK", 30.18, 67.00, 50),
       actor("Frontier Corps", "Military Forces of Pakistan", "القوات شبه العسكرية", "القوات"), actor("مفجرين انتحاريين", "Unidentified armed group"),
       fatalities=2, injured=8, optional=True),
    ev("suicide_bomb", ("2017-12-01", "2017-12-31"), loc("Southwest Pakistan (Balochistan)", "PK", None, None),
       None, actor("Civilians", "كنيسة", "Christians"), fatalities=10, injured=56, optional=True),
]

# 41
C["ant-SK-economy-1332-20181002"] = []
# 42
MALI = actor("Military Forces of Mali", "Malian army", "FAMa", "القوات المسلحة المالية", "الجيش المالي", "جنديان ماليان")
C["snn-e4744ae9634d"] = [
    ev("armed_clash", ("2015-08-01", "2015-08-01"), loc("Nampala area (Diabaly-Nampala road), Segou", "ML", 15.28, -5.55, 60),
       actor("Unidentified armed group", "مسلحون", "Militants"), MALI, fatalities=2, injured=4),
    ev("armed_clash", ("2015-01-01", "2015-01-31"), loc("Nampala", "ML", 15.28, -5.55, 60),
       actor("AQIM", "Al Qaeda in the Islamic Maghreb", "تنظيم القاعدة في بلاد المغرب العربي", "مسلحون متطرفون"), MALI,
       fatalities=10, optional=True),
]
# 43
C["ant-SK-internationalNews-1266-20180430"] = [
    ev("arrests", ("2018-04-28", "2018-04-30"), loc("Turkey", "TR", None, None),
       actor("Turkish prosecutors", "Police Forces of Turkey", "المدعي العام التركي"),
       actor("Gulen Movement", "القوات الجوية", "ضباط سابقون", "Military Forces of Turkey"), optional=True),
]
# 44
C["ant-SK-middleEast-2796-20180708"] = [
    ev("armed_clash", ("2018-07-08", "2018-07-08"), loc("Buraidah-Tarfiya road, Al-Qassim", "SA", 26.42, 43.97, 25),
       actor("Unidentified armed group", "مجموعة إرهابية", "إرهابيين", "ثلاثة إرهابيين", "Militants"),
       actor("Saudi security forces", "Police Forces of Saudi Arabia", "الأمن السعودي", "نقطة أمنية", "نقطة الضبط الأمني", "رجل أمن"),
       fatalities=4, injured=1),
]
# 45
C["snn-2c749733860b"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-06.jsonl"))
