import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["ant-SK-internationalNews-2704-20180718"] = []

C["snn-bf2f6f326783"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Baghdad", "IQ", 33.34058, 44.40088, 25),
       actor("Protesters (Iraq)", "Protesters", "متظاهرين", "تظاهرات"), None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Iraq", "IQ", None, None),
       actor("Protesters (Iraq)", "Protesters", "متظاهرين", "تظاهرات"), None, optional=True),
]

C["snn-2101909b15fe"] = []

C["ant-SK-middleEast-2003-20180528"] = [
    ev("attack", ("2018-05-26", "2018-05-28"), loc("Beit Hanina", "PS", 31.83, 35.225, 25),
       actor("Israeli Border Police", "Israeli security forces", "Israel", "جنود إسرائيليين", "جنود حرس الحدود", "الجنود"),
       actor("Civilians", "Palestinian civilians", "امرأة فلسطينية صماء", "المرأة", "فلسطينية"),
       fatalities=None, injured=1),
]

C["ant-CN-internationalNews-218-20180405"] = [
    ev("air_drone_strike", ("2018-04-02", "2018-04-02"), loc("Dasht-e Archi", "AF", 37.13333, 69.16667, 50),
       actor("Afghan Armed Forces", "Afghan army", "Afghan Air Force", "الجيش الأفغاني", "قوات الأمن"),
       actor("Civilians", "المدنيين", "مدنيين", "Taliban", "طالبان"),
       fatalities=None, injured=None),
]

C["snn-7b58b5a87bed"] = []

C["snn-ba1102d8a26f"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-23"), loc("Aden airport", "YE", 12.8294, 45.0288, 25),
       actor("Houthis", "Ansar Allah", "المتمردون الحوثيون", "الحوثيين", "Houthi-Saleh forces"), None, fatalities=0),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-23"), loc("Yemen-Saudi border", "YE", None, None),
       actor("Saudi Arabia", "Saudi Armed Forces", "المدفعية السعودية", "Saudi-led coalition"),
       actor("Houthis", "Ansar Allah", "الحوثيين", "فلول الحوثيين"), optional=True),
]

C["snn-735374db0ef8"] = [
    ev("agreement", ("2015-07-26", "2015-07-26"), loc("Yemen", "YE", None, None), None, None, optional=True),
]

C["snn-cfdf0c03abc7"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-07"), loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "التنظيم"),
       actor("Syrian Arab Army", "Syrian government forces", "قوات الجيش السوري", "الجيش السوري")),
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-07"), loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "متشددي تنظيم داعش"),
       actor("Civilians", "المسيحيين", "مواطنا", "Christians", "النازحين")),
]

C["snn-4e55a9ba7f5d"] = [
    ev("attack", ("2015-07-25", "2015-07-25"), loc("Ain al-Hilweh", "LB", 33.54694, 35.38167, 25),
       actor("Islamist militants", "مسلحين إسلاميين متشددين", "مسلحين"),
       actor("Fatah", "حركة فتح", "طلال الأردني"), fatalities=2),
    ev("armed_clash", ("2015-07-25", "2015-07-25"), loc("Ain al-Hilweh", "LB", 33.54694, 35.38167, 25),
       actor("Islamist militants", "مسلحين إسلاميين متشددين", "مسلحين"),
       actor("Fatah", "حركة فتح", "طلال الأردني"), fatalities=2, optional=True),
]

C["ant-SK-middleEast-473-20180322"] = [
    ev("armed_clash", ("2018-03-20", "2018-03-22"), loc("Central Gaza Strip", "PS", 31.47, 34.40, 25),
       actor("Hamas security forces", "Hamas", "حماس", "حركة حماس", "الأمن التابع لحماس", "قوة من الأمن"),
       actor("Anas Abu Khousa", "أنس أبو خوصة", "المشتبه به", "المشتبه"), fatalities=2),
    ev("arrests", ("2018-03-20", "2018-03-22"), loc("Central Gaza Strip", "PS", 31.47, 34.40, 25),
       actor("Hamas security forces", "Hamas", "حماس", "حركة حماس", "الأمن التابع لحماس"),
       actor("Anas Abu Khousa", "أنس أبو خوصة", "المشتبه به", "المشتبه"), optional=True),
    ev("remote_explosive_landmine_ied", ("2018-03-13", "2018-03-13"), loc("Beit Hanoun", "PS", 31.535, 34.536, 30),
       None, actor("Rami Hamdallah", "رامي الحمد الله", "الحمد الله", "Palestinian Authority", "موكب الحمد الله"),
       injured=[2, 20], optional=True),
]

C["snn-973663a7668d"] = [
    ev("armed_clash", ("2015-08-03", "2015-08-03"), loc("Shawal, North Waziristan", "PK", 32.78, 69.70, 50),
       actor("Pakistan Army", "Military Forces of Pakistan", "قوات الأمن الباكستانية", "فرقة عسكرية"),
       actor("Militants", "Taliban", "Tehrik-i-Taliban Pakistan", "مسلحين", "العناصر الإرهابية"),
       fatalities=5, injured=1),
]

C["ant-SK-technology-269-20180328"] = []

C["ant-SK-internationalNews-1501-20180510"] = [
    ev("arrests", ("2018-05-08", "2018-05-10"), loc("Izmir", "TR", 38.41273, 27.13838, 25),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة التركية"),
       actor("Gulen movement", "FETO", "شبكة يقودها رجل الدين فتح الله غولن", "أفراد القوات الجوية"),
       optional=True),
]

C["ant-SK-middleEast-263-20180313"] = [
    ev("armed_clash", ("2018-03-11", "2018-03-13"), loc("Al-Qadam, Damascus", "SY", 33.470, 36.293, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Syrian government forces", "Syrian Arab Army", "قوات النظام السوري", "قوات النظام", "مجموعاته الموالية"),
       fatalities=3),
    ev("shelling_artillery_missile_attack", ("2018-03-11", "2018-03-13"), loc("Yarmouk Camp", "SY", 33.4699, 36.3018, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Palestinian Alliance Forces", "فصائل وقوى التحالف الفلسطيني", "التحالف الفلسطيني", "Palestinian factions")),
    ev("shelling_artillery_missile_attack", ("2018-03-11", "2018-03-13"), loc("Al-Zahira al-Qadima, Damascus", "SY", 33.494, 36.305, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Palestinian Alliance Forces", "فصائل وقوى التحالف الفلسطيني", "التحالف الفلسطيني", "Palestinian factions"), optional=True),
    ev("air_drone_strike", ("2018-03-11", "2018-03-13"), loc("Al-Hajar al-Aswad", "SY", 33.45759, 36.30419, 25),
       actor("Syrian government forces", "Syrian Arab Army", "قوات النظام", "Syrian Air Force"),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش")),
    ev("air_drone_strike", ("2018-03-11", "2018-03-13"), loc("Al-Qadam, Damascus", "SY", 33.470, 36.293, 25),
       actor("Syrian government forces", "Syrian Arab Army", "قوات النظام", "Syrian Air Force"),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش")),
]

C["snn-c71275fe492d"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha", "SA", 18.240883, 42.57006, 25),
       actor("Suicide bomber", "الانتحاري", "يوسف بن سليمان", "شخص انتحاري", "Islamic State"),
       actor("Saudi Special Emergency Forces", "Police Forces of Saudi Arabia", "قوة الطوارئ الخاصة", "قوات الطوارئ", "المصلين", "رجال الأمن"),
       fatalities=15, injured=33),
]

C["snn-04e5a07579dd"] = []

C["ant-SK-internationalNews-2193-20180618"] = []

C["ant-SK-middleEast-1891-20180523"] = [
    ev("suicide_bomb", ("2018-05-21", "2018-05-23"), loc("Al-Shula, Baghdad", "IQ", 33.410536, 44.235076, 25),
       actor("Suicide bomber", "إرهابي انتحاري", "انتحاري", "Islamic State"),
       actor("Civilians", "المواطنين", "Iraqi security forces", "القوات الأمنية"),
       fatalities=3, injured=8),
]

C["snn-8ac43c9801bb"] = []

C["snn-f43814a0fc4d"] = []

C["snn-6ce21738226b"] = []

C["ant-SK-internationalNews-568-20180325"] = [
    ev("other", ("2018-03-21", "2018-03-21"), loc("Dapchi", "NG", 12.49, 11.50, 50),
       actor("Boko Haram", "Islamic State West Africa Province", "ISWAP", "جماعة بوكو حرام", "بوكو حرام"),
       actor("Civilians", "تلميذات", "الفتيات", "فتيات دابشي"), optional=True),
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-19"), loc("Dapchi", "NG", 12.49, 11.50, 50),
       actor("Boko Haram", "Islamic State West Africa Province", "ISWAP", "جماعة بوكو حرام", "بوكو حرام"),
       actor("Civilians", "تلميذات", "الفتيات", "فتيات دابشي"), optional=True),
]

C["snn-ec44a495cbd8"] = []

C["ant-SK-middleEast-2683-20180630"] = [
    ev("armed_clash", ("2018-06-28", "2018-06-30"), loc("Daraa province", "SY", 32.61889, 36.10213, 100),
       actor("Syrian government forces", "Syrian Arab Army", "القوات النظامية السورية"),
       actor("Syrian opposition", "Syrian rebels", "فصائل المعارضة"), optional=True),
]

C["snn-399f768baaef"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-15", "2015-07-21"), loc("Khan Bani Saad", "IQ", 33.56556, 44.54345, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), actor("Civilians", "المدنيين"),
       fatalities=100, injured=150, optional=True),
    ev("arrests", ("2015-07-20", "2015-07-22"), loc("Diyala", "IQ", 33.75, 44.65, 100),
       actor("Iraqi judicial authorities", "Government of Iraq", "السلطات القضائية العراقية", "محكمة استئناف ديالي"),
       actor("Police Forces of Iraq", "رجال شرطة", "11 رجل شرطة"), optional=True),
]

C["snn-5d113eab06fb"] = []

C["ant-CN-middleEast-1458-20181010"] = [
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.08, 29.01, 25),
       None, actor("Jamal Khashoggi", "جمال خاشقجي", "خاشقجي", "Journalists", "الصحفي"), optional=True),
]

C["ant-SK-economy-1195-20180814"] = []

C["snn-a5c1fa8eb645"] = [
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Sariyer, Istanbul", "TR", 41.183564, 29.018085, 25),
       actor("DHKP-C", "Revolutionary People's Liberation Party-Front", "جبهة جيش تحرير الشعب الثوري", "امرأتان", "خديجة عاشق"),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة", "مسؤولي الأمن", "US consulate", "القنصلية الأميركية"),
       injured=1),
    ev("attack", ("2015-08-10", "2015-08-10"), loc("Sariyer, Istanbul", "TR", 41.183564, 29.018085, 25),
       actor("DHKP-C", "Revolutionary People's Liberation Party-Front", "جبهة جيش تحرير الشعب الثوري", "امرأتان", "خديجة عاشق"),
       actor("US consulate", "القنصلية الأميركية", "Government of the United States", "ضباط القنصلية"),
       injured=1, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-09", "2015-08-10"), loc("Sultanbeyli, Istanbul", "TR", 40.96556, 29.27001, 25),
       actor("Unidentified armed group", "المهاجمين", "Militants"),
       actor("Police Forces of Turkey", "Turkish police", "مركز للشرطة", "رجال الشرطة", "الشرطة"),
       fatalities=1, injured=10),
    ev("armed_clash", ("2015-08-09", "2015-08-10"), loc("Sultanbeyli, Istanbul", "TR", 40.96556, 29.27001, 25),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة", "ضابط شرطة"),
       actor("Unidentified armed group", "المهاجمين", "Militants"),
       fatalities=3),
]

C["ant-SK-internationalNews-2206-20180618"] = []

C["ant-CN-internationalNews-616-20181002"] = []

C["snn-bc4ca096116b"] = []

SDF = actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية", "سوريا الديمقراطية")
IS_ = actor("Islamic State", "ISIS", "Daesh", "داعش", "التنظيم")
C["ant-SK-middleEast-2409-20180615"] = [
    ev("agreement", ("2018-06-06", "2018-06-06"), loc("Hajin", "SY", 34.69508, 40.83138, 25), SDF, IS_, optional=True),
    ev("agreement", ("2018-02-01", "2018-02-28"), loc("Deir ez-Zor province", "SY", 35.33588, 40.14084, 100), SDF, IS_, optional=True),
    ev("agreement", ("2018-04-01", "2018-04-30"), loc("Deir ez-Zor province", "SY", 35.33588, 40.14084, 100), SDF, IS_, optional=True),
]

C["ant-SK-internationalNews-108-20180223"] = [
    ev("other", ("2018-02-21", "2018-02-23"), loc("Off the coast of Cyprus", "CY", 34.6, 33.0, 100),
       actor("Turkish Navy", "Military Forces of Turkey", "سفن حربية تركية", "بوارج حربية تركية"),
       actor("Eni", "Saipem 12000", "سفينة الحفر", "سايبم 12000"), optional=True),
]

C["snn-0e297a3caa48"] = []

C["ant-SK-middleEast-1105-20180417"] = []

C["ant-SK-internationalNews-468-20180320"] = [
    ev("chemical_weapon", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.07, -1.79, 25),
       actor("Russia", "Government of Russia", "روسي"), actor("Sergei Skripal", "سيرغي سكريبال", "سكريبال", "يوليا"),
       optional=True),
]

PRO = actor("Forces loyal to Hadi", "Popular Resistance", "المقاومة الشعبية", "اللواء حزم واحد", "اللواء الأول حزم", "قوات اللواء حزم واحد", "الجيش الوطني", "المقاومة", "Military Forces of Yemen (Hadi)")
HOU = actor("Houthis", "Ansar Allah", "Houthi-Saleh forces", "ميليشيات الحوثي والمخلوع", "الحوثي")
ANAD = loc("Al-Anad air base", "YE", 13.18, 44.77, 25)
C["snn-75e14cdf18ef"] = [
    ev("armed_clash", ("2015-08-01", "2015-08-03"), ANAD, PRO, HOU),
    ev("government_regains_territory", ("2015-08-01", "2015-08-03"), ANAD, PRO, HOU, optional=True),
    ev("air_drone_strike", ("2015-08-01", "2015-08-03"), ANAD,
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف"), HOU),
]

REG = actor("Syrian government forces", "Syrian Arab Army", "قوات النظام السوري", "قوات النظام", "الجيش", "Hezbollah", "حزب الله")
REB = actor("Syrian opposition", "Syrian rebels", "المعارضة السورية المسلحة", "المعارضة", "فصائل معارضة", "Jabhat al-Nusra", "جبهة النصرة", "Ahrar al-Sham", "حركة أحرار الشام", "التنظيمات التكفيرية")
DARAYYA = loc("Darayya", "SY", 33.449363, 36.23259, 25)
C["snn-2cb1cf11eef0"] = [
    ev("armed_clash", ("2015-08-09", "2015-08-09"), DARAYYA, REG, REB),
    ev("shelling_artillery_missile_attack", ("2015-08-09", "2015-08-09"), DARAYYA, REG, REB),
    ev("armed_clash", ("2015-08-06", "2015-08-08"), DARAYYA, REB, REG, fatalities=15),
    ev("shelling_artillery_missile_attack", ("2015-08-08", "2015-08-10"), loc("Muadamiyat al-Sham", "SY", 33.46466, 36.20175, 25),
       REG, actor("Civilians", "الأشخاص", "Syrian rebels"), injured=[2, 20]),
    ev("armed_clash", ("2015-08-08", "2015-08-10"), loc("Zabadani", "SY", 33.72488, 36.1005, 25), REG, REB),
    ev("air_drone_strike", ("2015-08-08", "2015-08-10"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian government forces", "Syrian Air Force", "الطيران المروحي", "قوات النظام"), REB),
    ev("non_state_actor_overtakes_territory", ("2015-08-08", "2015-08-10"), loc("Al-Mushayk, Sahl al-Ghab", "SY", 35.62, 36.26, 25),
       actor("Jaish al-Fatah", "جيش الفتح", "Jabhat al-Nusra", "جبهة النصرة", "Ahrar al-Sham", "حركة أحرار الشام"),
       actor("Syrian government forces", "Syrian Arab Army", "قوات النظام")),
    ev("armed_clash", ("2015-08-09", "2015-08-10"), loc("Northern Aleppo countryside", "SY", 36.5, 37.1, 50),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Syrian rebels", "الفصائل الاسلامية والمقاتلة", "الفصائل", "Syrian opposition"), fatalities=28, optional=True),
    ev("suicide_bomb", ("2015-08-09", "2015-08-10"), loc("Northern Aleppo countryside", "SY", 36.5, 37.1, 50),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Syrian rebels", "الفصائل الاسلامية والمقاتلة", "الفصائل", "Syrian opposition"), optional=True),
    ev("peaceful_protest", ("2015-08-08", "2015-08-08"), loc("Latakia", "SY", 35.53125, 35.79088, 25),
       actor("Protesters (Syria)", "Protesters", "المعتصمون", "أكثر من ألف شخص"), None),
    ev("attack", ("2015-08-06", "2015-08-06"), loc("Latakia", "SY", 35.53125, 35.79088, 25),
       actor("Suleiman al-Assad", "سليمان الأسد", "سليمان هلال الأسد", "National Defence Forces"),
       actor("Hassan al-Sheikh", "حسان الشيخ", "العقيد حسان الشيخ", "Military Forces of Syria"), fatalities=1, optional=True),
]

TAL = actor("Taliban", "حركة طالبان", "طالبان", "مسلحي حركة طالبان", "المسلحين")
AFG = actor("Afghan National Police", "Afghan security forces", "Government of Afghanistan", "رجال الشرطة", "حاكم المنطقة", "علي دوست شمس")
KO = loc("Khwaja Omari district, Ghazni", "AF", 33.64, 68.40, 50)
C["ant-SK-internationalNews-898-20180412"] = [
    ev("non_state_actor_overtakes_territory", ("2018-04-12", "2018-04-12"), KO, TAL, AFG, fatalities=[12, 20]),
    ev("armed_clash", ("2018-04-12", "2018-04-12"), KO, TAL, AFG, fatalities=[12, 20], optional=True),
    ev("looting_property_destruction", ("2018-04-12", "2018-04-12"), KO, TAL, AFG, optional=True),
]

C["snn-657c397c0187"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-26"), loc("Northern Iraq", "IQ", None, None),
       actor("Military Forces of Turkey", "Turkish Air Force", "تركيا"),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"), optional=True),
]

C["ant-SK-middleEast-286-20180314"] = [
    ev("air_drone_strike", ("2018-03-12", "2018-03-14"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Military Forces of Turkey", "Turkish Air Force", "غارات تركية", "تركيا"),
       actor("Syrian Popular Forces", "NDF", "pro-government militia", "القوات الشعبية السورية", "مسلحين"), fatalities=5),
    ev("non_violent_transfer_of_territory", ("2018-03-12", "2018-03-14"), loc("South of Afrin (near Nubl)", "SY", 36.42, 36.95, 25),
       actor("Syrian Republican Guard", "Syrian government forces", "الحرس الجمهوري", "قوات من الحرس الجمهوري", "الجيش السوري"),
       None, optional=True),
]

C["snn-16bb2beda7b1"] = []

C["ant-SK-middleEast-3728-20181006"] = []

C["ant-SK-middleEast-3817-20181010"] = [
    ev("change_to_group_activity", ("2018-10-06", "2018-10-10"), loc("Idlib buffer zone", "SY", 35.78763, 36.679719, 100),
       actor("Syrian rebels", "الفصائل المسلحة", "Hayat Tahrir al-Sham", "هيئة تحرير الشام", "National Liberation Front", "Hurras al-Din", "تنظيم حراس الدين"),
       None, optional=True),
]

C["snn-8afc1d859e58"] = [
    ev("government_regains_territory", ("2015-07-17", "2015-07-17"), loc("Aden airport", "YE", 12.8294, 45.0288, 25),
       actor("Forces loyal to Hadi", "Popular Resistance", "مقاتلون محليون تدعمهم الحكومة", "المقاتلون"),
       actor("Houthis", "Ansar Allah", "المسلحين الحوثيين الشيعة", "الحوثيين"), optional=True),
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Ibb province", "YE", 13.96667, 44.18333, 100),
       actor("Forces loyal to Hadi", "Government of Yemen (Hadi)", "جماعات تؤيدها"),
       actor("Houthis", "Ansar Allah", "الحوثيين"), optional=True),
]

C["ant-SK-middleEast-405-20180319"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-13", "2018-03-13"), loc("Beit Hanoun", "PS", 31.5353, 34.53579, 25),
       actor("Hamas", "حماس", "حركة حماس"),
       actor("Rami Hamdallah", "رامي الحمد الله", "الحمد الله", "موكب رئيس الوزراء", "Palestinian Authority", "ماجد فرج"),
       injured=7),
]

C["ant-SK-internationalNews-919-20180413"] = [
    ev("arrests", ("2018-04-11", "2018-04-13"), loc("Konya", "TR", 37.88597, 32.498751, 25),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة", "الادعاء التركي"),
       actor("Gulen movement", "FETO", "ضابطا في الجيش", "Military Forces of Turkey"), optional=True),
]

C["snn-5add77f99b62"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-22"), loc("Al-Mughayra, Al-Harth", "SA", 16.792259, 43.14997, 25),
       None, actor("Civilians", "مقيمين من الجنسية اليمنية", "مقيمين"), injured=2),
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-22"), loc("Al-Tuwal", "SA", 16.52942, 42.96762, 25),
       None, actor("Civilians", "مقيم من الجنسية المصرية", "مقيم"), injured=1),
]

C["snn-938e103bb88a"] = []

JAI = actor("Jaysh al-Islam", "جيش الإسلام")
NUS = actor("Jabhat al-Nusra", "Al-Nusra Front", "جبهة النصرة", "النصرة")
C["snn-4e53fc3c634f"] = [
    ev("agreement", ("2015-07-20", "2015-07-20"), loc("Eastern Ghouta", "SY", 33.53, 36.40, 25), JAI, NUS),
    ev("armed_clash", ("2015-07-12", "2015-07-12"), loc("Mudayra", "SY", 33.54539, 36.38615, 25), JAI, NUS, optional=True),
]

C["snn-410fe799f9e9"] = []

C["snn-4088a87e4587"] = []

C["snn-8236d4570e64"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-36.jsonl"))
