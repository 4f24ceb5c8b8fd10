import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

CIV = ("Civilians", "مدنيين", "المدنيين")
ISIS = ("Islamic State", "ISIS", "IS", "Daesh", "داعش", "تنظيم داعش")

C["snn-43e5de93e6b7"] = [
    ev("abduction_forced_disappearance", ("2015-07-18", "2015-07-22"),
       loc("Mellitah", "LY", 32.87, 12.25, 50), None,
       actor("أربعة مواطنين إيطاليين", "إيطاليين", "Italian nationals", "Bonatti employees", *CIV)),
]
C["ant-SK-middleEast-1844-20180521"] = [
    ev("armed_clash", ("2018-05-20", "2018-05-20"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       actor("النظام السوري", "الجيش السوري", "Syrian government forces", "Syrian Army", "Syrian regime"),
       actor(*ISIS, "مقاتلي داعش")),
    ev("air_drone_strike", ("2018-05-19", "2018-05-21"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       actor("النظام السوري", "Syrian government forces", "Syrian regime"), actor(*ISIS), optional=True),
    ev("agreement", ("2018-05-19", "2018-05-21"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       actor("الجيش السوري", "النظام السوري", "Syrian government forces"), actor(*ISIS), optional=True),
]
OPP = ("الفصائل المقاتلة المعارضة للنظام السوري", "الفصائل المقاتلة", "Syrian opposition", "Syrian rebels", "rebels", "opposition factions")
C["snn-21e9dc8d71a6"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Al-Fuah", "SY", 35.98262, 36.70351, 25),
       actor(*OPP), actor("قوات الدفاع الوطني", "National Defence Forces", "NDF", *CIV), fatalities=[0, 7]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Kafraya", "SY", 35.99029, 36.67816, 25),
       actor(*OPP), actor("قوات الدفاع الوطني", "National Defence Forces", "NDF", *CIV), fatalities=[0, 7]),
    ev("armed_clash", ("2015-07-15", "2015-07-22"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("قوات النظام", "حزب الله اللبناني", "Syrian government forces", "Hezbollah"), actor(*OPP), optional=True),
]
KSF = ("قوات الأمن المحلية الكردية", "قوات الأمن", "قناصة أكرادا", "Kurdish security forces", "Asayish", "Kurdistan Regional Government security forces")
ERB = loc("Erbil", "IQ", 36.19257, 44.01062, 25)
C["ant-SK-middleEast-3084-20180723"] = [
    ev("armed_clash", ("2018-07-23", "2018-07-23"), ERB, actor("مسلحين", "مسلحون", *ISIS), actor(*KSF), fatalities=4, injured=1),
    ev("attack", ("2018-07-23", "2018-07-23"), ERB, actor("مسلحين", "مسلحون", *ISIS), actor("أحد الموظفين", *CIV), fatalities=4, injured=1, optional=True),
    ev("suicide_bomb", ("2018-07-23", "2018-07-23"), ERB, actor("مسلحين", "مسلحون", *ISIS), actor(*KSF), fatalities=4, injured=1, optional=True),
]
C["ant-SK-middleEast-1884-20180523"] = []
C["snn-2a0ed944aed8"] = []

C["snn-75bfecf8785a"] = []
C["snn-08d1baca0fa4"] = [
    ev("armed_clash", ("2015-08-06", "2015-08-08"), loc("Sinnuris (Mimna, Fayoum-Cairo road)", "EG", 29.418256, 30.824495, 25),
       actor("مسلحين", "Unidentified gunmen", "gunmen"), actor("شرطي", "الشرطة", "Police Forces of Egypt", "Egyptian police"), fatalities=1, injured=3),
    ev("attack", ("2015-08-06", "2015-08-08"), loc("Sinnuris (Mimna, Fayoum-Cairo road)", "EG", 29.418256, 30.824495, 25),
       actor("مسلحين", "Unidentified gunmen", "gunmen"), actor("شرطي", "الشرطة", "Police Forces of Egypt", "Egyptian police"), fatalities=1, injured=3, optional=True),
]
TNA = ("الجيش", "الجيش التونسي", "Military Forces of Tunisia", "Tunisian army")
TER = ("إرهابيين", "مسلحين إرهابيين", "الإرهابيين", "terrorists", "militants", "Islamist militants")
C["ant-SK-middleEast-930-20180411"] = [
    ev("armed_clash", ("2018-04-10", "2018-04-10"), loc("Jebel Mghila, Kasserine", "TN", 35.2, 9.1, 50),
       actor(*TNA), actor(*TER), fatalities=1),
    ev("looting_property_destruction", ("2018-04-10", "2018-04-10"), loc("Jebel Mghila, Kasserine", "TN", 35.2, 9.1, 50),
       actor(*TER), actor(*CIV), optional=True),
]
TRK = ("القوات التركية", "Turkish forces", "Military Forces of Turkey", "Turkey", "الفصائل المتحالفة معها", "Free Syrian Army", "FSA")
C["ant-SK-middleEast-419-20180320"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-19"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor(*TRK), actor("الإرهابيين", "YPG", "People's Protection Units", "Kurdish forces", "وحدات حماية الشعب")),
    ev("government_regains_territory", ("2018-03-18", "2018-03-19"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor(*TRK), actor("الإرهابيين", "YPG", "People's Protection Units", "Kurdish forces", "وحدات حماية الشعب"), optional=True),
]
C["ant-SK-economy-1211-20180816"] = []
IDF = ("الجيش", "الجيش الإسرائيلي", "Israeli army", "IDF", "Israel Defense Forces", "Military Forces of Israel", "إسرائيل", "Israel")
PAL = ("الفصائل الفلسطينية", "Palestinian factions", "Hamas", "حماس", "Palestinian militants")
GAZA = loc("Gaza City", "PS", 31.511401, 34.456143, 25)
STRIP = loc("Gaza Strip", "PS", 31.42, 34.36, 30)
C["ant-SK-middleEast-2902-20180715"] = [
    ev("agreement", ("2018-07-14", "2018-07-14"), STRIP, actor(*PAL), actor(*IDF)),
    ev("disrupted_weapons_use", ("2018-07-14", "2018-07-15"), loc("Israel near Gaza border", "IL", 31.4, 34.5, 50),
       actor("المنظومة المضادة للصواريخ", "Iron Dome", *IDF), actor(*PAL), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-14", "2018-07-15"), loc("Israel near Gaza border", "IL", 31.4, 34.5, 50),
       actor(*PAL), actor(*IDF), optional=True),
    ev("air_drone_strike", ("2018-07-15", "2018-07-15"), loc("Al-Tuffah, Gaza City", "PS", 31.511401, 34.456143, 25),
       actor("طائرة إسرائيلية دون طيار", *IDF), actor(*CIV), injured=4),
    ev("air_drone_strike", ("2018-07-14", "2018-07-15"), GAZA, actor(*IDF), actor(*PAL), optional=True),
]

NUS = ("جبهة النصرة", "Jabhat al-Nusra", "Nusra Front", "al-Nusra", "Al-Qaeda")
TRN = ("مقاتلين كانوا قد تلقوا تدريبات في إطار برنامج التدريب الأميركي", "US-trained rebels", "Division 30", "Syrian opposition")
C["snn-c6975d42dd15"] = [
    ev("abduction_forced_disappearance", ("2015-08-01", "2015-08-05"), loc("north-west Syria", "SY", 36.0, 36.6, 100),
       actor(*NUS), actor(*TRN), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-27", "2015-08-03"), loc("north-west Syria", "SY", 36.0, 36.6, 100),
       actor(*NUS), actor(*TRN), optional=True),
    ev("armed_clash", ("2015-07-30", "2015-08-05"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("حزب الله", "Hezbollah"), actor("Syrian opposition", "rebels"), fatalities=7, injured=9, optional=True),
]
C["snn-0be3f9ba9a53"] = []
YGOV = ("القوات الشرعية", "قوات الشرعية", "Military Forces of Yemen", "Yemeni government forces", "pro-government forces",
        "قوات تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition")
HOU = ("ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيين", "المتمردين", "Houthis", "Ansar Allah")
SHR = loc("Al-Shuraijah (Taiz-Lahij line)", "YE", 13.37, 44.42, 25)
C["ant-SK-middleEast-526-20180325"] = [
    ev("government_regains_territory", ("2018-03-23", "2018-03-25"), SHR, actor(*YGOV), actor(*HOU), fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", ("2018-03-23", "2018-03-25"), SHR, actor(*YGOV), actor(*HOU), fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("government_regains_territory", ("2018-03-15", "2018-03-25"), loc("Jabal Hamalah", "YE", 13.37, 44.42, 50),
       actor(*YGOV), actor(*HOU), optional=True),
]
C["snn-0ddc09af0ac0"] = []
C["snn-0f286ac365ca"] = [
    ev("air_drone_strike", ("2015-07-21", "2015-07-21"), loc("Baraki Barak, Logar", "AF", 33.96744, 68.9492, 25),
       actor("مروحيتين اميركيتين", "الاميركيون", "US forces", "United States", "Military Forces of the United States"),
       actor("الجيش الافغاني", "جنود افغان", "Afghan army", "Military Forces of Afghanistan"), fatalities=10),
    ev("shelling_artillery_missile_attack", ("2014-03-01", "2014-03-31"), loc("Logar", "AF", 34.0, 69.0, 100),
       actor("قوة ايساف", "ISAF", "NATO"), actor("جنود افغان", "Afghan army"), fatalities=5, injured=8, optional=True),
]
C["snn-f94ffe01a1aa"] = []

RAM = loc("Ramadi (Olympic stadium area)", "IQ", 33.42056, 43.30778, 25)
IQF = ("القوات العراقية", "Iraqi forces", "Military Forces of Iraq", "Iraqi security forces")
C["snn-5400732c3a02"] = [
    ev("looting_property_destruction", ("2015-07-17", "2015-07-22"), RAM, actor("تنظيم داعش", *ISIS), None),
    ev("non_state_actor_overtakes_territory", ("2015-07-17", "2015-07-22"), RAM, actor("تنظيم داعش", *ISIS), actor(*IQF)),
    ev("armed_clash", ("2015-07-17", "2015-07-22"), RAM, actor("تنظيم داعش", *ISIS), actor(*IQF), optional=True),
]
C["snn-2d13fc24b874"] = [
    ev("abduction_forced_disappearance", ("2015-05-29", "2015-05-29"), loc("Hajjah", "YE", 15.69425, 43.60582, 25),
       actor("مجموعة حوثية متمردة", "الحوثيين", "المتمردين الحوثيين", "Houthis", "Ansar Allah"),
       actor("صالح سنحان", "صحفي يمني", "Journalists", *CIV), optional=True),
]
C["ant-SK-internationalNews-3489-20181014"] = []
C["snn-14f1e589a188"] = []
HAM = ("حماس", "القوة البحرية لحماس", "Hamas", "Izz ad-Din al-Qassam Brigades")
C["ant-SK-middleEast-1877-20180523"] = [
    ev("air_drone_strike", ("2018-05-23", "2018-05-23"), GAZA, actor("طائرة إسرائيلية", *IDF), actor(*HAM), fatalities=0),
    ev("air_drone_strike", ("2018-05-22", "2018-05-23"), loc("North Gaza Strip", "PS", 31.551716, 34.462918, 25),
       actor("الطائرات", *IDF), actor(*HAM), optional=True),
    ev("violent_demonstration", ("2018-05-21", "2018-05-23"), STRIP, actor("مجموعة من الشبان", "Palestinian protesters", "Rioters"), actor(*IDF), optional=True),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), STRIP, actor(*IDF), actor("محتجا فلسطينيا", "Palestinian protesters", "Protesters"), fatalities=60, optional=True),
]
HOUS = ("مليشيات الحوثي الإيرانية", "مليشيات الحوثي", "Houthis", "Ansar Allah")
SAAD = ("قوات التحالف", "تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition", "Saudi air defence", "Military Forces of Saudi Arabia")
RIY = loc("Riyadh", "SA", 24.702524, 46.821833, 25)
C["ant-SK-middleEast-557-20180325"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-25"), RIY, actor(*HOUS), actor("مقيم من الجالية المصرية", *CIV), fatalities=1, injured=2),
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-25"), RIY, actor(*SAAD), actor(*HOUS), fatalities=1, injured=2, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-25"), loc("Saudi cities", "SA", None, None), actor(*HOUS), None, optional=True),
]

C["ant-SK-middleEast-1391-20180502"] = [
    ev("agreement", ("2018-05-02", "2018-05-02"), loc("Northern Homs countryside (Rastan-Talbiseh-Houla enclave)", "SY", 34.92653, 36.73238, 30),
       actor("مسلحو المعارضة السورية", "المجموعات المسلحة", "المعارضة المسلحة", "Syrian opposition", "rebels"),
       actor("الجيش السوري", "الحكومة", "Syrian government forces", "Syrian Army", "Syrian government")),
]
FER = loc("Ferguson, Missouri", "US", 38.744, -90.305, 25)
C["snn-32e667f6724a"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-09"), FER, actor("المظاهرات", "متظاهرين", "Rioters", "Protesters"),
       actor("الشرطة", "رجال الأمن", "Police", "St. Louis County Police"), injured=2),
    ev("protest_with_intervention", ("2015-08-09", "2015-08-09"), FER, actor("المظاهرات", "متظاهرين", "Protesters"),
       actor("الشرطة", "رجال الأمن", "Police", "St. Louis County Police"), injured=2, optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), FER, actor("الرجل الذي فتح النار", "gunman"),
       actor("الشرطة", "رجال الأمن", "Police", "St. Louis County Police"), injured=1, optional=True),
]
C["ant-SK-middleEast-1573-20180510"] = []
SEO = loc("Seoul", "KR", 37.5665, 126.978, 25)
C["ant-SK-internationalNews-2412-20180701"] = [
    ev("peaceful_protest", ("2018-06-30", "2018-06-30"), SEO, actor("كوريون جنوبيون", "المتظاهرين", "Protesters", "South Korean protesters"), None),
    ev("peaceful_protest", ("2018-06-30", "2018-06-30"), SEO, actor("جماعة مدنية", "civic group", "Protesters"), None),
]
C["snn-dce422ea4fd1"] = []
C["ant-SK-middleEast-302-20180315"] = [
    ev("shelling_artillery_missile_attack", ("2014-08-01", "2014-08-02"), loc("Rafah", "PS", 31.282949, 34.27276, 25),
       actor("القوات الإسرائيلية", "إسرائيل", *IDF), actor(*CIV, "فلسطيني"), fatalities=[90, 110], optional=True),
]

C["ant-SK-internationalNews-2595-20180711"] = []
C["ant-SK-internationalNews-2456-20180703"] = []
C["ant-CN-middleEast-1534-20181015"] = []
C["ant-SK-middleEast-2200-20180606"] = [
    ev("air_drone_strike", ("2018-06-04", "2018-06-06"), loc("Bani Walid (Shumaikh)", "LY", 31.75662, 13.99422, 25),
       actor("قيادة الولايات المتحدة في أفريقيا", "أفريكوم", "AFRICOM", "US forces", "Military Forces of the United States", "United States"),
       actor("عناصر متطرفين من داعش", *ISIS), fatalities=4),
]
SAL = loc("Salisbury", "GB", 51.069, -1.794, 25)
C["ant-CN-internationalNews-100-20180312"] = [
    ev("attack", ("2018-03-04", "2018-03-04"), SAL, None, actor("سيرجي سكريبال", "Sergei Skripal", "Yulia Skripal", *CIV), injured=[2, 3], optional=True),
    ev("chemical_weapon", ("2018-03-04", "2018-03-04"), SAL, None, actor("سيرجي سكريبال", "Sergei Skripal", "Yulia Skripal", *CIV), injured=[2, 3], optional=True),
]
CTS = ("القوات الأمنية", "جهاز مكافحة الإرهاب", "طيران الجيش", "القوات العراقية", "Iraqi Counter Terrorism Service", "CTS", *IQF)
ANU = loc("Anbar University, Ramadi", "IQ", 33.42056, 43.30778, 25)
C["snn-89aca03d6449"] = [
    ev("armed_clash", ("2015-07-22", "2015-07-22"), ANU, actor(*CTS), actor("عناصر التنظيم", "تنظيم داعش", *ISIS)),
    ev("air_drone_strike", ("2015-07-22", "2015-07-22"), ANU, actor(*CTS), actor("تنظيم داعش", *ISIS), optional=True),
]

C["ant-SK-internationalNews-334-20180314"] = [
    ev("arrests", ("2018-03-13", "2018-03-13"), loc("Isère", "FR", 45.19, 5.72, 100),
       actor("شرطة مكافحة الإرهاب في فرنسا", "French anti-terrorism police", "Police Forces of France"),
       actor("خمسة أشخاص", "أربعة رجال وامرأة", "suspects", "Islamist militants")),
]
C["ant-CN-internationalNews-271-20180423"] = []
C["ant-CN-middleEast-1450-20181009"] = [
    ev("arrests", ("2018-10-08", "2018-10-08"), loc("Derna (al-Maghar)", "LY", 32.76704, 22.63669, 25),
       actor("الجيش الليبي", "القوات المسلحة الليبية", "القوات المسلحة العربية الليبية", "Libyan National Army", "LNA", "Haftar forces"),
       actor("هشام عشماوي", "Hisham Ashmawi", "المرابطون", "Al-Mourabitoun", "الإرهابي المصري")),
]
C["snn-9665d82979df"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-11"), loc("Abha (Asir emergency forces HQ)", "SA", 18.213698, 42.506103, 100),
       actor("داعش", *ISIS), actor("الطوارئ", "Special Emergency Forces", "Saudi security forces"), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-11"), loc("Abha (Asir emergency forces HQ)", "SA", 18.213698, 42.506103, 100),
       actor("داعش", *ISIS), actor("الطوارئ", "Special Emergency Forces", "Saudi security forces"), optional=True),
]
C["ant-SK-internationalNews-113-20180223"] = []
C["ant-SK-middleEast-654-20180330"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-30", "2018-03-30"), loc("near Khan Yunis", "PS", 31.374802, 34.322149, 25),
       actor("قذيفة دبابة إسرائيلية", "الجيش الإسرائيلي", *IDF), actor("مزارعا", "فلسطيني", *CIV), fatalities=1, injured=1),
]
C["snn-c2c444b875c7"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-39.jsonl"))
