import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

PKK = ("Kurdistan Workers' Party", "PKK", "حزب العمال الكردستاني", "حزب العمال", "متمردين أكراد", "متمردين من حزب العمال الكردستاني", "متمردي حزب العمال")
TRMIL = ("Military Forces of Turkey", "Turkish Armed Forces", "Turkish military", "جنود أتراك", "الجنود الأتراك", "قافلة عسكرية", "القوات التركية")
IDF = ("Military Forces of Israel", "Israeli Defense Forces", "IDF", "Israeli army", "الجيش الإسرائيلي")
GAZAPROT = ("Protesters (Palestine)", "Palestinian protesters", "الشبان الفلسطينيين", "الفلسطينيين", "Protesters", "مسيرة العودة")
GAZA = loc("Gaza Strip border", "PS", 31.42, 34.38, 30)

# 1
C["snn-ae1b71ffa746"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-05", "2015-08-05"),
       loc("Arakoy, Sirnak", "TR", 37.48333, 42.53222, 25),
       actor(*PKK), actor(*TRMIL), fatalities=3, injured=1),
    ev("armed_clash", ("2015-08-05", "2015-08-05"),
       loc("Arakoy, Sirnak", "TR", 37.48333, 42.53222, 25),
       actor(*TRMIL), actor(*PKK), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-05", "2015-08-05"),
       loc("Kars province", "TR", 40.60199, 43.09495, 100), None, None, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.976, 38.424, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Civilians", "الناشطين الشبان الأكراد"), fatalities=32, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-08-06"),
       loc("Northern Iraq mountains", "IQ", 36.6, 44.5, 150),
       actor("Military Forces of Turkey", "Turkish Air Force", "الطيران التركي", "الطائرات الحربية التركية"),
       actor(*PKK), optional=True),
]
# 2
C["ant-SK-middleEast-815-20180406"] = [
    ev("excessive_force_against_protesters", ("2018-04-04", "2018-04-06"), GAZA,
       actor(*IDF), actor(*GAZAPROT), fatalities=7, injured=[100, 999]),
    ev("protest_with_intervention", ("2018-04-04", "2018-04-06"), GAZA,
       actor(*GAZAPROT), actor(*IDF), fatalities=7, injured=[100, 999], optional=True),
]
# 3
C["ant-SK-internationalNews-3201-20180911"] = []
# 4
C["snn-d7c990576b92"] = []
# 5
C["ant-SK-middleEast-1589-20180510"] = []

HOUTHI = ("Houthis", "Ansar Allah", "مليشيات الحوثي", "مليشيات الحوثي الانقلابية", "المليشيات الحوثية الانقلابية", "مليشيا الحوثي الانقلابية", "المليشيا الحوثية الانقلابية", "الحوثيين")
# 6
C["ant-SK-middleEast-3353-20180812"] = [
    ev("armed_clash", ("2018-08-10", "2018-08-12"),
       loc("Al Buqa, Saada", "YE", 17.33169, 44.60656, 25),
       actor("Military Forces of Yemen", "Yemeni army", "Yemeni government forces", "قوات الجيش اليمني", "قوات الجيش"),
       actor(*HOUTHI), fatalities=[2, 20]),
    ev("armed_clash", ("2018-08-10", "2018-08-12"),
       loc("Az Zahir district, Al Bayda", "YE", 13.96667, 45.48333, 30),
       actor("Popular Resistance", "Yemeni Popular Resistance", "المقاومة"),
       actor(*HOUTHI), fatalities=[2, 5]),
    ev("armed_clash", ("2018-08-10", "2018-08-12"),
       loc("Az Zahir district, Al Bayda", "YE", 13.96667, 45.48333, 30),
       actor("Popular Resistance", "Yemeni Popular Resistance", "المقاومة"),
       actor(*HOUTHI), fatalities=[2, 5], optional=True),
]
# 7
C["ant-CN-middleEast-723-20180425"] = []
# 8
C["ant-SK-internationalNews-3335-20181007"] = [
    ev("violent_demonstration", ("2018-10-06", "2018-10-07"),
       loc("Blue House detention centre, Juba", "SS", 4.85165, 31.58247, 25),
       actor("Rioters (South Sudan)", "Prisoners", "سجناء", "السجناء"),
       actor("National Security Service of South Sudan", "NSS", "prison guards", "الحراس"),),
    ev("mob_violence", ("2018-10-06", "2018-10-07"),
       loc("Blue House detention centre, Juba", "SS", 4.85165, 31.58247, 25),
       actor("Rioters (South Sudan)", "Prisoners", "سجناء", "السجناء"),
       actor("National Security Service of South Sudan", "NSS", "prison guards", "الحراس"), optional=True),
    ev("armed_clash", ("2018-10-06", "2018-10-07"),
       loc("Blue House detention centre, Juba", "SS", 4.85165, 31.58247, 25),
       actor("Rioters (South Sudan)", "Prisoners", "سجناء", "السجناء"),
       actor("National Security Service of South Sudan", "NSS", "prison guards", "الحراس"), optional=True),
]
# 9
C["ant-CN-middleEast-1298-20180906"] = [
    ev("protest_with_intervention", ("2018-09-04", "2018-09-06"),
       loc("Basra", "IQ", 30.53302, 47.79747, 100),
       actor("Protesters (Iraq)", "المتظاهرين", "المحتجين", "أهل البصرة"), None, optional=True),
]
# 10
C["ant-SK-internationalNews-2722-20180719"] = []

# 11
C["snn-edc270c97aa8"] = [
    ev("air_drone_strike", ("2015-07-11", "2015-07-11"),
       loc("Barmal, Paktika", "AF", 32.75, 69.2, 50),
       actor("Military Forces of the United States", "US military", "US forces", "الجيش الأمريكي"),
       actor("Al Qaeda", "al-Qaeda", "القاعدة", "تنظيم القاعدة", "أبا خليل السوداني"), fatalities=3),
]
HOUTHI2 = ("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "المتمردين")
# 12
C["ant-SK-middleEast-1123-20180419"] = [
    ev("armed_clash", ("2018-04-17", "2018-04-19"),
       loc("Khalid camp / Jabal al-Nar, Mawza, Taiz west coast", "YE", 13.37, 43.55, 30),
       actor("National Resistance", "Yemeni National Resistance", "المقاومة الوطنية اليمنية", "المقاومة اليمنية", "المقاومة الجنوبية", "المقاومة التهامية", "Southern Resistance", "Tihama Resistance", "Saudi-led coalition", "قوات التحالف العربي"),
       actor(*HOUTHI2)),
    ev("government_regains_territory", ("2018-04-17", "2018-04-19"),
       loc("Al-Razma / Qarn al-Kahraba, Khadir district, Taiz", "YE", 13.40, 44.27, 25),
       actor("Military Forces of Yemen", "Yemeni government forces", "قوات اللواء الثاني", "القوات الشرعية", "القوات القادمة من لحج"),
       actor(*HOUTHI2)),
    ev("government_regains_territory", ("2018-03-01", "2018-03-31"),
       loc("Al-Shurayja, Lahj-Taiz border", "YE", 13.32, 44.35, 30),
       actor("Military Forces of Yemen", "Yemeni government forces", "القوات الشرعية"),
       actor(*HOUTHI2), optional=True),
]
# 13
C["snn-f5a64f98db01"] = []
# 14
C["ant-CN-internationalNews-614-20180913"] = [
    ev("suicide_bomb", ("2018-09-11", "2018-09-11"),
       loc("Nangarhar province (near police station, Momand Dara)", "AF", 34.3, 70.6, 100),
       None, actor("Protesters (Afghanistan)", "Civilians", "المتظاهرين", "حشد من المتظاهرين"),
       fatalities=19, injured=57),
]
# 15
C["ant-SK-middleEast-2453-20180618"] = []

# 16
C["ant-CN-middleEast-1346-20180911"] = [
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), GAZA,
       actor(*IDF, "الجنود الإسرائيليون", "جنود إسرائيليين"),
       actor("Protesters (Palestine)", "Palestinian protesters", "شاب فلسطيني", "أحمد مصباح أبو طيور", "بلال مصطفى خفاجة"),
       fatalities=[1, 2]),
    ev("protest_with_intervention", ("2018-09-07", "2018-09-07"), GAZA,
       actor("Protesters (Palestine)", "Palestinian protesters", "شاب فلسطيني"),
       actor(*IDF, "الجنود الإسرائيليون", "جنود إسرائيليين"), fatalities=[1, 2], optional=True),
    ev("other", ("2018-09-07", "2018-09-08"), GAZA,
       actor(*IDF), actor("Gaza residents", "أربعة من سكان غزة"), optional=True),
    ev("arrests", ("2018-08-01", "2018-09-11"), loc("Idlib province", "SY", 35.93, 36.63, 100),
       actor("Syrian opposition armed groups", "مجموعات مسلحة", "فصائل المعارضة"),
       actor("Reconciliation supporters", "من يستسلمون أو يوقعون اتفاقيات مصالحة"), optional=True),
]
# 17
C["ant-CN-middleEast-1269-20180902"] = []
# 18
C["ant-CN-middleEast-681-20180421"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria (chemical programme targets)", "SY", None, None),
       actor("Military Forces of the United States", "Military Forces of the United Kingdom", "Military Forces of France", "الولايات المتحدة الأمريكية وبريطانيا وفرنسا"),
       actor("Military Forces of Syria", "Syrian government", "البرنامج الكيماوي السوري"), optional=True),
]
# 19
C["snn-6c0a5396ea0b"] = [
    ev("abduction_forced_disappearance", ("2015-03-25", "2015-08-10"), loc("Yemen", "YE", None, None),
       actor("Houthis", "Ansar Allah", "الانقلابيين الحوثيين", "الحوثيين", "الميليشيات الحوثية", "المليشيات"),
       actor("Journalists (Yemen)", "صحفياً", "الصحفيين", "Civilians"), optional=True),
    ev("looting_property_destruction", ("2015-03-25", "2015-08-10"), loc("Yemen", "YE", None, None),
       actor("Houthis", "Ansar Allah", "الحوثيين"), actor("أنيس منصور", "Journalists (Yemen)", "Civilians"), optional=True),
]
# 20
REG = ("Military Forces of Syria", "Syrian government forces", "Syrian regime", "قوات النظام")
PROGOV = ("Hezbollah", "حزب الله اللبناني", "Palestine Liberation Army", "جيش التحرير الفلسطيني", "National Defence Forces", "NDF", "قوات الدفاع الوطني", "المسلحين الموالين لها")
REB = ("Syrian opposition", "Syrian rebels", "الفصائل المعارضة", "الفصائل الامعارضة والمقاتلة", "الفصائل المعارضة والمقاتلة", "مقاتلي الفصائل المعارضة", "المعارضة", "مقاتل من المعارضة")
NUSRA = ("Jabhat al-Nusra", "Al Nusra Front", "جبهة النصرة")
IS_ = ("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش")
ZAB = loc("Zabadani", "SY", 33.72488, 36.1005, 25)
DAR = loc("Darayya", "SY", 33.45834, 36.23256, 25)
C["snn-6e6a51f33727"] = [
    ev("abduction_forced_disappearance", ("2015-08-04", "2015-08-04"), loc("Qah (Kah), Idlib", "SY", 36.2972, 36.72512, 25),
       actor(*NUSRA), actor("Division 30", "الفرقة 30", "US-trained rebels", "مقاتلين"), ),
    ev("arrests", ("2015-08-04", "2015-08-04"), loc("Qah (Kah), Idlib", "SY", 36.2972, 36.72512, 25),
       actor(*NUSRA), actor("Division 30", "الفرقة 30"), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-31"), loc("Syria (north)", "SY", None, None),
       actor(*NUSRA), actor("Division 30", "الفرقة 30", "ثمانية مقاتلين"), optional=True),
    ev("armed_clash", ("2015-08-03", "2015-08-04"), ZAB,
       actor(*REG, *PROGOV), actor("المقاتلين محليين", "local fighters", "Syrian opposition", "Syrian rebels"), fatalities=[1, 10]),
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-04"), ZAB,
       actor(*REG), actor("المقاتلين محليين", "Syrian opposition"),),
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-05"), DAR,
       actor(*REG), None),
    ev("armed_clash", ("2015-08-03", "2015-08-05"), loc("Khan al-Shih camp orchards", "SY", 33.3694, 36.10857, 25),
       actor(*REG, *PROGOV), actor(*REB)),
    ev("armed_clash", ("2015-08-03", "2015-08-05"), loc("Tishreen power station, Bir Qasab, E Rif Dimashq", "SY", 33.30, 36.75, 40),
       actor(*REG, *PROGOV), actor(*IS_)),
    ev("armed_clash", ("2015-08-03", "2015-08-05"), loc("Eastern Qalamoun", "SY", 33.78, 36.72, 40),
       actor("مقاتلي الفصائل المتطرفة والمقاتلة", "Syrian rebels", "Syrian opposition", "Islamist factions"), actor(*IS_)),
    ev("armed_clash", ("2015-08-03", "2015-08-05"), DAR,
       actor(*REG, *PROGOV), actor(*REB), fatalities=1),
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-04"), loc("Jobar, Damascus", "SY", 33.529, 36.333, 25),
       actor(*REG), None),
    ev("armed_clash", ("2015-08-03", "2015-08-05"), loc("Jobar, Damascus", "SY", 33.529, 36.333, 25),
       actor(*REG, *PROGOV), actor(*REB, *NUSRA), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-05"), loc("Al-Waer, Homs", "SY", 34.74, 36.67, 25),
       actor(*REG), None),
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-04"), loc("Talbiseh", "SY", 34.84063, 36.73093, 25),
       actor(*REG), None, optional=True),
    ev("armed_clash", ("2015-08-03", "2015-08-04"), loc("Talbiseh", "SY", 34.84063, 36.73093, 25),
       actor(*REG), None, optional=True),
]

# 21
C["snn-5b5ac2feaaad"] = []
# 22
C["snn-cc07b83b8210"] = [
    ev("agreement", ("2015-07-22", "2015-07-24"), loc("Incirlik air base (Turkey)", "TR", 36.98972, 35.4361, 50),
       actor("Military Forces of Turkey", "Turkey", "تركيا", "أنقرة"),
       actor("Military Forces of the United States", "United States", "الولايات المتحدة", "واشنطن"), optional=True),
    ev("arrests", ("2015-07-22", "2015-07-24"), loc("Turkey", "TR", None, None),
       actor("Police Forces of Turkey", "Military Forces of Turkey", "الجيش والشرطة في تركيا"),
       actor("Islamic State", "ISIS", "تنظيم داعش", "Kurdistan Workers' Party", "PKK", "حزب العمال الكردستاني"), optional=True),
]
# 23
C["ant-SK-middleEast-2089-20180601"] = []
# 24
KURDPROT = ("Protesters (Germany)", "Kurdish protesters", "محتج", "المتظاهرين", "المتظاهرون", "الأكراد", "احتجاج للأكراد")
C["ant-SK-internationalNews-417-20180317"] = [
    ev("protest_with_intervention", ("2018-03-15", "2018-03-17"), loc("Hanover", "DE", 52.3759, 9.7320, 25),
       actor(*KURDPROT), actor("Police Forces of Germany", "German police", "الشرطة", "السلطات الألمانية")),
    ev("violent_demonstration", ("2018-03-15", "2018-03-17"), loc("Hanover", "DE", 52.3759, 9.7320, 25),
       actor(*KURDPROT), actor("Police Forces of Germany", "German police", "الشرطة"), optional=True),
    ev("peaceful_protest", ("2018-03-15", "2018-03-17"), loc("Cologne", "DE", 50.9375, 6.9603, 25),
       actor(*KURDPROT), None),
    ev("peaceful_protest", ("2018-03-15", "2018-03-17"), loc("Wuppertal", "DE", 51.2562, 7.1508, 25),
       actor(*KURDPROT), None),
]
# 25
C["snn-9ff6ccdfcd50"] = []

# 26
C["ant-SK-economy-411-20180424"] = []
# 27
C["snn-d227226a82c3"] = [
    ev("abduction_forced_disappearance", ("2015-07-18", "2015-07-22"), loc("Western Libya", "LY", None, None),
       actor("Fajr Libya", "Libya Dawn", "مليشيات فجر ليبيا", "مليشيات خارجة عن القانون"),
       actor("Civilians (Italy)", "Italian nationals", "المواطنين الإيطاليين الأربعة", "الإيطاليين"), optional=True),
]
# 28
COAL = ("Saudi-led coalition", "Arab Coalition", "قوات الدفاع الجوي للتحالف العربي", "قوات الدفاع الجوي للتحالف", "قوات التحالف", "التحالف العربي", "Military Forces of Saudi Arabia")
HOUTHI3 = ("Houthis", "Ansar Allah", "مليشيات الحوثي", "الميليشيا الحوثية", "الحوثي", "مليشيات الحوثي التابعة لإيران")
JAZ = loc("Jazan", "SA", 16.89, 42.57, 25)
C["ant-SK-middleEast-1205-20180423"] = [
    ev("disrupted_weapons_use", ("2018-04-23", "2018-04-23"), JAZ, actor(*COAL), actor(*HOUTHI3), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-23", "2018-04-23"), JAZ, actor(*HOUTHI3), actor(*COAL), fatalities=0, injured=0, optional=True),
]
# 29
C["ant-CN-middleEast-1374-20180912"] = [
    ev("peaceful_protest", ("2018-09-10", "2018-09-12"), loc("Basra", "IQ", 30.53302, 47.79747, 100),
       actor("Protesters (Iraq)", "احتجاجات شعبية"), None, optional=True),
]
# 30
C["ant-SK-middleEast-1713-20180515"] = [
    ev("disrupted_weapons_use", ("2018-05-15", "2018-05-15"), JAZ,
       actor(*COAL, "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي لتحالف دعم الشرعية"), actor(*HOUTHI3), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-05-15", "2018-05-15"), JAZ, actor(*HOUTHI3), actor(*COAL), fatalities=0, injured=0, optional=True),
]

# 31
C["ant-CN-middleEast-432-20180331"] = []
# 32
C["snn-30e858706dcb"] = []
# 33
C["snn-61d119872691"] = []
# 34
C["snn-ab5ffb199f40"] = [
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"), loc("Areas near Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("Military Forces of Iraq", "Iraqi security forces", "القوات الأمنية العراقية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش"), optional=True),
    ev("non_state_actor_overtakes_territory", ("2014-06-10", "2014-06-10"), loc("Mosul", "IQ", 36.34, 43.13, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش"), actor("Military Forces of Iraq", "القوات العراقية"), optional=True),
]
# 35
C["ant-SK-middleEast-155-20180301"] = []

# 36
C["snn-afa8ebc69910"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam al-Sadiq mosque, Al-Sawaber, Kuwait City", "KW", 29.37472, 47.981029, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم «داعش»", "فهد القباع"), actor("Civilians", "المصلين"),
       fatalities=26, injured=227, optional=True),
    ev("arrests", ("2015-07-07", "2015-07-07"), loc("Al-Khafji", "SA", 28.42371, 48.50906, 25),
       actor("Police Forces of Saudi Arabia", "Saudi security forces", "السلطات السعودية", "رجال الأمن السعودي"),
       actor("Islamic State", "محمد الزهراني"), optional=True),
    ev("arrests", ("2015-07-07", "2015-07-07"), loc("Taif", "SA", 21.262428, 40.425467, 25),
       actor("Police Forces of Saudi Arabia", "Saudi security forces", "السلطات السعودية", "رجال الأمن السعودي"),
       actor("Islamic State", "ماجد الزهراني"), injured=2, optional=True),
    ev("armed_clash", ("2015-07-07", "2015-07-07"), loc("Taif", "SA", 21.262428, 40.425467, 25),
       actor("Police Forces of Saudi Arabia", "رجال الأمن السعودي"), actor("Islamic State", "ماجد الزهراني"), injured=2, optional=True),
]
# 37
C["snn-0c2cd2a6cc1d"] = [
    ev("abduction_forced_disappearance", ("2015-02-24", "2015-02-24"), loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor("Unidentified armed group (Yemen)", "مسلحون"),
       actor("Civilians", "Isabelle Prime", "إيزابيل بريم", "شيرين مكاوي"), optional=True),
]
# 38
C["ant-CN-middleEast-1473-20181011"] = [
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Saudi consulate, Istanbul", "TR", 41.08, 29.01, 25),
       None, actor("Jamal Khashoggi", "جمال خاشقجي", "Journalists", "Civilians"), optional=True),
]
# 39
IDF2 = ("Military Forces of Israel", "Israeli army", "IDF", "الجيش الإسرائيلي", "إسرائيل", "قصف إسرائيلي", "دبابة إسرائيلية")
C["ant-SK-middleEast-2009-20180528"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-28", "2018-05-28"), loc("Northern Gaza Strip", "PS", 31.545, 34.49, 20),
       actor(*IDF2), actor("فلسطيني", "Palestinians", "Civilians"), fatalities=1, injured=1),
    ev("shelling_artillery_missile_attack", ("2018-05-27", "2018-05-27"), loc("Southern Gaza Strip (observation post)", "PS", 31.32, 34.29, 20),
       actor(*IDF2), actor("Al-Quds Brigades", "Saraya al-Quds", "Palestinian Islamic Jihad", "سرايا القدس", "ناشطين في سرايا القدس"), fatalities=3),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA,
       actor(*IDF2), actor("Protesters (Palestine)", "الفلسطينيين", "تظاهرات"), fatalities=61, optional=True),
]
# 40
C["ant-SK-middleEast-3483-20180903"] = []

# 41
C["snn-b82824960e2d"] = []
# 42
C["ant-SK-economy-1167-20180811"] = []
# 43
USPROT = ("Protesters (United States)", "المحتجين", "المحتجون", "محتج")
C["ant-SK-internationalNews-2411-20180630"] = [
    ev("peaceful_protest", ("2018-06-30", "2018-06-30"), loc("Washington, D.C. (White House)", "US", 38.8977, -77.0365, 25), actor(*USPROT), None),
    ev("peaceful_protest", ("2018-06-30", "2018-06-30"), loc("New York (Brooklyn Bridge)", "US", 40.7061, -73.9969, 25), actor(*USPROT), None),
    ev("peaceful_protest", ("2018-06-30", "2018-06-30"), loc("El Paso - Ciudad Juarez bridge", "US", 31.7587, -106.4869, 25), actor(*USPROT), None),
    ev("peaceful_protest", ("2018-06-30", "2018-06-30"), loc("Chicago", "US", 41.8781, -87.6298, 25), actor(*USPROT), None),
]
# 44
C["snn-398cc340c9a0"] = []
# 45
C["snn-1657aefb57e3"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-11.jsonl"))
