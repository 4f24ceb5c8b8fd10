import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

SA_POLICE = actor("Saudi security forces", "Saudi Ministry of Interior", "وزارة الداخلية", "صقور الوطن")
EG_POLICE = actor("Police Forces of Egypt", "Egyptian security forces", "قوات الأمن", "قوات أمن شمال سيناء", "الشرطة", "شرطة", "Egyptian police")

C["snn-518f1964fcb9"] = [
    ev("arrests", ("2015-07-12", "2015-07-26"), loc("Saudi Arabia", "SA", None, None),
       SA_POLICE, actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), optional=True),
]
C["ant-CN-middleEast-1013-20180524"] = []
C["snn-58d586fcb79c"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-10"), loc("Al Arish", "EG", 31.1316, 33.7984, 25),
       None, EG_POLICE, fatalities=2, injured=3),
    ev("disrupted_weapons_use", ("2015-08-08", "2015-08-10"), loc("Sheikh Zuweid", "EG", 31.2163, 34.1107, 25),
       EG_POLICE, actor("عناصر تكفيرية", "Takfiri militants", "Unidentified armed group", "Sinai Province", "Wilayat Sinai"),
       fatalities=0, injured=0),
]
C["snn-588c76e6e1c7"] = []
C["ant-SK-internationalNews-3482-20181014"] = []
C["snn-407ff57bbdbe"] = [
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Beirut", "LB", 33.8922, 35.4995, 25),
       actor("أهالي العسكريين", "أهالي العسكريين اللبنانيين المخطتفين", "الأهالي", "Protesters", "Families of kidnapped Lebanese soldiers"), None),
]

HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "المتمردون الحوثيون", "الميليشيات", "ميليشيات الحوثي", "Houthi militia")
C["snn-855c151bd4e6"] = [
    ev("government_regains_territory", ("2015-08-09", "2015-08-09"), loc("Abyan", "YE", 13.1287, 45.3807, 100),
       actor("المقاومة الشرعية", "Popular Resistance", "Yemeni Popular Resistance", "Government of Yemen (2012-)"), HOUTHI, optional=True),
]
C["ant-SK-middleEast-3490-20180902"] = [
    ev("air_drone_strike", ("2018-08-01", "2018-09-02"), loc("Saada", "YE", 16.9402, 43.7639, 100),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "قوات التحالف", "التحالف"), None, optional=True),
    ev("looting_property_destruction", ("2018-08-23", "2018-09-02"), loc("Yemen", "YE", None, None),
       actor("Houthis", "Ansar Allah", "الحوثيون", "الحوثيين", "ميليشيات الحوثي"), actor("المنظمة الدولية للهجرة", "IOM", "International Organization for Migration"), optional=True),
]
SYGOV = actor("Syrian government forces", "Military Forces of Syria", "قوات النظام السوري", "قوات النظام", "النظام السوري", "المسلحين الموالين له", "Syrian army")
ISIS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مسلحي داعش")
C["ant-SK-middleEast-1117-20180418"] = [
    ev("armed_clash", ("2018-04-17", "2018-04-18"), loc("Al Mayadin", "SY", 35.0209, 40.4535, 25),
       ISIS, SYGOV, fatalities=18),
    ev("air_drone_strike", ("2018-04-17", "2018-04-18"), loc("Al Mayadin", "SY", 35.0209, 40.4535, 25),
       actor("Syrian government forces", "Military Forces of Syria", "النظام السوري", "غارات النظام السوري", "الطائرات", "Syrian Air Force"), ISIS, fatalities=13),
]
C["ant-CN-middleEast-1148-20180808"] = []
C["snn-dc6db9e975d7"] = []
C["snn-172af5ee9b48"] = []

C["ant-SK-middleEast-952-20180411"] = [
    ev("chemical_weapon", ("2018-04-01", "2018-04-09"), loc("Syria", "SY", None, None),
       None, actor("Civilians", "المدنيين"), fatalities=60, injured=1000, optional=True),
]
C["ant-SK-middleEast-2284-20180610"] = []
C["snn-8f8bd2f9dbdd"] = []
C["snn-fa9b73ba47f3"] = [
    ev("peaceful_protest", ("2015-08-06", "2015-08-06"), loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25),
       actor("المصلين", "المرابطات", "المصلين والمرابطات", "Protesters (Palestine)", "Palestinian worshippers", "Protesters"), None),
]
HOUTHI2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات الإيرانية", "مليشيا الحوثي", "الحوثي", "الميليشيات", "Houthi militia")
C["ant-SK-middleEast-1854-20180522"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-22", "2018-05-22"), loc("Marib", "YE", 15.4625, 45.3258, 25),
       HOUTHI2, actor("Civilians", "المدنيين", "مدنيين", "المتسوقين"), fatalities=5, injured=20),
    ev("shelling_artillery_missile_attack", ("2018-05-01", "2018-05-07"), loc("Marib", "YE", 15.4625, 45.3258, 25),
       HOUTHI2, actor("Civilians", "مركز إعادة تأهيل الأطفال المجندين"), optional=True),
]
C["ant-CN-technology-182-20181016"] = []

C["ant-SK-internationalNews-906-20180412"] = []
C["snn-ece0a8e086b5"] = [
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Sajo junction near Azaz", "SY", 36.6087, 37.0522, 25),
       actor("Jabhat al-Nusra", "Al-Nusra Front", "جبهة النصرة", "النصرة", "عناصر من جبهة النصرة"),
       actor("Division 30", "الفرقة 30", "الفرقة 30 مشاة", "Free Syrian Army", "FSA", "الجيش السوري الحر", "الجيش الحر", "نديم الحسن")),
]
C["snn-10633e8e2d8e"] = []
C["snn-7748fb19fbe2"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), loc("Rafah", "PS", 31.3018, 34.2676, 25),
       actor("Israeli military", "Military Forces of Israel", "الاحتلال", "الاحتلال الإسرائيلي"), actor("Civilians", "مواطنين فلسطينيين", "Civilians (Palestine)"),
       fatalities=4, injured=[27, 33], optional=True),
]
C["snn-4dd6160ae177"] = []
C["snn-8d624f8da2b4"] = []

IQSEC = actor("Iraqi security forces", "Military Forces of Iraq", "القوات الأمنية", "القوات الأمنية في الأنبار", "Iraqi army")
ISIS_IQ = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم")
C["snn-d7676c40b0fe"] = [
    ev("government_regains_territory", ("2015-07-22", "2015-07-24"), loc("Al-Hamidiya (Ramadi)", "IQ", 33.43, 43.36, 25),
       IQSEC, ISIS_IQ),
    ev("government_regains_territory", ("2015-07-22", "2015-07-24"), loc("Albu Aitha (Ramadi)", "IQ", 33.40, 43.33, 25),
       IQSEC, ISIS_IQ),
    ev("armed_clash", ("2015-07-22", "2015-07-24"), loc("Khalidiya island", "IQ", 33.43, 43.55, 25),
       IQSEC, ISIS_IQ, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-23", "2015-07-23"), loc("Taji, Baghdad", "IQ", 33.53, 44.26, 25),
       None, actor("Civilians", "شخص", "المدنيين"), fatalities=1, injured=6),
    ev("remote_explosive_landmine_ied", ("2015-07-23", "2015-07-23"), loc("Al-Amiriya, Baghdad", "IQ", 33.2972, 44.2908, 25),
       None, actor("Sahwa", "الصحوة", "عناصر من الصحوة والجيش", "Iraqi army", "Military Forces of Iraq", "الجيش"), fatalities=3, injured=6),
]
EGARMY = actor("Egyptian army", "Military Forces of Egypt", "مروحيات الأباتشي", "المروحيات", "Egyptian Air Force")
ABM = actor("Ansar Bayt al-Maqdis", "أنصار بيت المقدس", "Sinai Province", "Wilayat Sinai", "Islamic State - Sinai Province")
C["snn-f00835afc0a8"] = [
    ev("air_drone_strike", ("2015-08-02", "2015-08-04"), loc("Al-Jughaini, south of Sheikh Zuweid", "EG", 31.18, 34.11, 25),
       EGARMY, ABM, fatalities=6, injured=4),
    ev("arrests", ("2015-08-02", "2015-08-04"), loc("Sheikh Zuweid", "EG", 31.2163, 34.1107, 25),
       actor("Egyptian security forces", "Military Forces of Egypt", "Police Forces of Egypt", "أجهزة الأمن"), actor("خلية إرهابية", "Ansar Bayt al-Maqdis", "أنصار بيت المقدس", "Sinai Province")),
    ev("arrests", ("2015-08-02", "2015-08-04"), loc("Egypt", "EG", None, None),
       actor("Egyptian security forces", "Police Forces of Egypt", "أجهزة الأمن"), actor("Muslim Brotherhood", "الإخوان", "تنظيم الإخوان"), optional=True),
    ev("arrests", ("2015-08-02", "2015-08-04"), loc("Egypt", "EG", None, None),
       actor("Egyptian security forces", "Police Forces of Egypt", "أجهزة الأمن"), actor("Muslim Brotherhood", "لجان العمليات النوعية", "تنظيم الإخوان"), optional=True),
]
TRMIL = actor("Turkish military", "Military Forces of Turkey", "الجيش التركي", "مقاتلات تركية", "المقاتلات التركية", "Turkish Air Force")
ISIS_TR = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم الدولة الاسلامية", "مقاتلي داعش", "متشددي داعش")
C["snn-705b13ac69ef"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Syria opposite Kilis", "SY", 36.63, 37.10, 30),
       TRMIL, ISIS_TR),
    ev("arrests", ("2015-07-23", "2015-07-24"), loc("Istanbul", "TR", 41.0194, 28.9826, 25),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة التركية", "شرطة مكافحة الارهاب"),
       actor("Islamic State", "ISIS", "داعش", "متشددين اكراد", "Kurdish militants", "PKK")),
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Kilis border", "TR", 36.7161, 37.115, 25),
       ISIS_TR, TRMIL, fatalities=2),
    ev("suicide_bomb", ("2015-07-17", "2015-07-23"), loc("Suruc", "TR", 36.976, 38.425, 100),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), actor("Civilians", "اكراد", "Kurdish civilians"), fatalities=32, optional=True),
]
C["snn-04901b9193ce"] = []
C["snn-23c189867891"] = []
C["snn-723f31ddabbc"] = []

C["snn-faf6a05731b1"] = [
    ev("abduction_forced_disappearance", ("2015-07-01", "2015-07-31"), loc("Egypt", "EG", None, None),
       actor("جماعة إرهابية", "Sinai Province", "Islamic State - Sinai Province", "Wilayat Sinai"), actor("الرهينة الكرواتي", "Croatian hostage", "Civilians"), optional=True),
]
COAL = actor("US-led coalition", "International coalition", "Global Coalition against Daesh", "الائتلاف الدولي", "الائتلاف الدولي بقيادة أميركية", "طائرات حربية تابعة للائتلاف", "الولايات المتحدة وحلفاءها", "United States")
ISIS_SY = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم")
SYREG = actor("Syrian government forces", "Military Forces of Syria", "القوات النظامية", "قوات النظام", "الطيران الحربي النظامي", "الطيران المروحي", "Syrian Air Force")
REB = actor("Syrian opposition", "Syrian rebels", "فصائل المعارضة", "المعارضة", "جيش الفتح", "Jaish al-Fatah", "كتائب مقاتلة", "فصائل غرفة عمليات فتح حلب", "أنصار الشريعة")
CIV = actor("Civilians", "مواطنين", "المدنيين", "Civilians (Syria)")
U = ("2015-07-30", "2015-08-01")
C["snn-8a00a598f931"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Deir ez-Zor", "SY", 35.3359, 40.1408, 25), COAL, ISIS_SY),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Albu Kamal (bridges to Baghuz and Suwaiyah)", "SY", 34.45, 40.9186, 25), COAL, ISIS_SY),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Al Hasakah", "SY", 36.5024, 40.7477, 25), COAL, ISIS_SY),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Al-Shajara, Daraa", "SY", 32.7741, 35.882, 25),
       actor("جيش الفتح", "Jaish al-Fatah", "الفصائل المنضوية في جيش الفتح", "Syrian opposition", "Syrian rebels", "مقاتلين معارضين"),
       actor("Liwa Shuhada al-Yarmouk", "Yarmouk Martyrs Brigade", "لواء شهداء اليرموك", "Islamic State", "ISIS", "داعش"), fatalities=[2, 99]),
    ev("remote_explosive_landmine_ied", ("2015-07-31", "2015-07-31"), loc("Al-Shajara, Daraa", "SY", 32.7741, 35.882, 25),
       actor("جيش الفتح", "Jaish al-Fatah", "Syrian opposition", "Syrian rebels"),
       actor("Liwa Shuhada al-Yarmouk", "Yarmouk Martyrs Brigade", "لواء شهداء اليرموك", "عناصر اللواء"), fatalities=3),
    ev("non_state_actor_overtakes_territory", ("2015-07-31", "2015-07-31"), loc("Qarqur", "SY", 35.7431, 36.3211, 25),
       actor("جيش الفتح", "Jaish al-Fatah", "فصائل المعارضة", "Syrian opposition", "Syrian rebels", "المعارضة"), SYREG, fatalities=28, injured=[10, 99]),
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("Sahl al-Ghab", "SY", 35.65, 36.35, 30), SYREG, None),
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-31"), loc("Basqala", "SY", 35.5993, 36.579, 25), SYREG, CIV, fatalities=3, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Taftanaz", "SY", 35.9983, 36.7858, 25), SYREG, None),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Saraqib", "SY", 35.8645, 36.8059, 25), SYREG, None),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Has", "SY", 35.6161, 36.5907, 25), SYREG, None),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Jabal al-Zawiya", "SY", 35.70, 36.53, 20), SYREG, None, optional=True),
    ev("armed_clash", U, loc("Ziyadiya, west Idlib", "SY", 35.77, 36.33, 25), SYREG, REB),
    ev("shelling_artillery_missile_attack", U, loc("Slinfah", "SY", 35.5982, 36.1877, 25), REB, SYREG, optional=True),
    ev("armed_clash", U, loc("Jamiat al-Zahraa, Aleppo", "SY", 36.215, 37.10, 25),
       actor("Syrian government forces", "قوات النظام", "حزب الله اللبناني", "Hezbollah", "قوات الدفاع الوطني", "National Defence Forces"),
       actor("أنصار الشريعة", "غرفة عمليات أنصار الشريعة الإسلامية", "فتح حلب", "Fatah Halab", "Syrian opposition", "Syrian rebels")),
    ev("armed_clash", U, loc("Al-Rashidin, Aleppo", "SY", 36.18, 37.08, 25), SYREG, REB),
    ev("shelling_artillery_missile_attack", U, loc("Aleppo (Public Park)", "SY", 36.2097, 37.1517, 25),
       actor("كتائب مقاتلة", "Syrian rebels", "Syrian opposition"), CIV, injured=9),
]
C["ant-SK-internationalNews-2773-20180722"] = []
C["ant-SK-middleEast-3648-20180911"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-11", "2018-09-11"), loc("Mitiga airport, Tripoli", "LY", 32.894, 13.276, 25),
       None, None, fatalities=0, injured=0),
]
C["ant-SK-middleEast-2556-20180623"] = [
    ev("armed_clash", ("2018-06-21", "2018-06-23"), loc("Derna (al-Maghar)", "LY", 32.767, 22.6367, 25),
       actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "Military Forces of Libya (Haftar)"),
       actor("تنظيم القاعدة", "Al-Qaeda", "Derna Protection Force", "Derna Mujahideen Shura Council", "المسلحين", "الجماعات الإرهابية")),
]
DMSC = actor("Derna Mujahideen Shura Council", "مجلس شورى مقاتلي درنة", "مجلس مقاتلي درنة", "مجلس مقاتلي درنة وضواحيها", "شباب درنة", "Mujahideen Shura Council in Derna")
ISIS_LY = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مُسلحي تنظيم داعش")
C["snn-4e31425f0e16"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-02"), loc("Derna", "LY", 32.767, 22.6367, 25), DMSC, ISIS_LY, fatalities=[6, 11]),
    ev("non_state_actor_overtakes_territory", ("2015-07-31", "2015-08-02"), loc("Derna (Seven Korfat / industrial area)", "LY", 32.767, 22.6367, 25),
       DMSC, ISIS_LY, optional=True),
    ev("armed_clash", ("2015-07-31", "2015-08-02"), loc("Martuba axis towards Derna", "LY", 32.5742, 22.7635, 30),
       actor("Libyan National Army", "الجيش الليبي", "قوات الجيش الليبي", "LNA", "الكتيبة 102 مُشاة"), ISIS_LY, optional=True),
    ev("armed_clash", ("2015-07-01", "2015-08-02"), loc("Benghazi", "LY", 32.1083, 20.1478, 25),
       actor("Saiqa", "الصاعقة", "القوات الخاصة الليبية", "Libyan National Army"),
       actor("Benghazi Revolutionaries Shura Council", "مجلس شورى ثوار بنغازي", "أنصار الشريعة", "Ansar al-Sharia"), fatalities=25, injured=35, optional=True),
]

C["ant-SK-middleEast-607-20180328"] = [
    ev("arrests", ("2018-03-14", "2018-03-14"), loc("Turkish-Syrian border area", "TR", None, None),
       actor("Turkish security forces", "Police Forces of Turkey", "السلطات التركية", "عناصر الشرطة"), actor("German national", "مواطنا ألمانيا", "PYD", "PKK"), optional=True),
]
C["snn-f84d4897f6df"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"), loc("Cairo suburb", "EG", 30.0444, 31.2357, 50),
       actor("Sinai Province", "ولاية سيناء", "Islamic State", "ISIS", "تنظيم داعش", "الفرع المصري لتنظيم داعش", "Wilayat Sinai"),
       actor("Croatian hostage", "كرواتي", "Civilians", "Tomislav Salopek"), optional=True),
]
C["snn-efe131d7b4e6"] = []
EGA = actor("Egyptian army", "Military Forces of Egypt", "الجيش المصري", "القوات المسلحة", "القوات المصرية", "Egyptian Armed Forces")
TAK = actor("تكفيريين", "الجماعات الإرهابية", "العناصر الإرهابية", "Sinai Province", "Wilayat Sinai", "Islamic State")
SIN = ("2018-06-26", "2018-07-03")
C["ant-SK-middleEast-2724-20180703"] = [
    ev("armed_clash", SIN, loc("North Sinai", "EG", 31.1316, 33.7984, 100), EGA, TAK, fatalities=3, injured=1, optional=True),
    ev("arrests", SIN, loc("North and Central Sinai", "EG", None, None), EGA, actor("المشتبه بهم", "suspects"), optional=True),
    ev("disrupted_weapons_use", SIN, loc("North Sinai", "EG", 31.1316, 33.7984, 100), EGA, TAK, optional=True),
    ev("air_drone_strike", SIN, loc("North Sinai", "EG", 31.1316, 33.7984, 100),
       actor("Egyptian Air Force", "القوات الجوية المصرية", "Military Forces of Egypt"), TAK, optional=True),
    ev("remote_explosive_landmine_ied", SIN, loc("North Sinai", "EG", 31.1316, 33.7984, 100),
       TAK, actor("Civilians", "فردين مدنيين", "مدنيين"), fatalities=2, optional=True),
]
C["ant-SK-middleEast-2320-20180611"] = [
    ev("looting_property_destruction", ("2018-06-10", "2018-06-10"), loc("Rusafa, Baghdad", "IQ", 33.3229, 44.4806, 25),
       None, actor("مفوضية الانتخابات", "Independent High Electoral Commission", "IHEC")),
    ev("arrests", ("2018-06-10", "2018-06-11"), loc("Baghdad", "IQ", 33.3229, 44.4806, 25),
       actor("Iraqi authorities", "السلطات العراقية", "محكمة الرصافة", "Police Forces of Iraq"), actor("منتسبي الشرطة", "4 متهمين", "Police Forces of Iraq"), optional=True),
]
C["ant-CN-internationalNews-56-20180302"] = []

C["snn-0fcd5afeae8e"] = []
C["snn-9dd52cf8bd92"] = []
C["ant-SK-middleEast-2978-20180719"] = []
C["ant-CN-internationalNews-613-20180913"] = []
C["snn-24b948c37cf7"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-54.jsonl"))
