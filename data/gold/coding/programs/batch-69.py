import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

JO_SEC = actor("Jordanian security forces", "قوات الأمن", "الأجهزة الأمنية", "قوات الدرك", "Jordan")
SALT_CELL = actor("خلية السلط الإرهابية", "الخلية الإرهابية", "الإرهابيين", "Salt terrorist cell", "Islamic State", "ISIS")

C["ant-SK-internationalNews-2356-20180627"] = []
C["ant-SK-middleEast-3376-20180813"] = [
    ev("remote_explosive_landmine_ied", ("2018-08-10", "2018-08-11"), loc("Al Fuhays", "JO", 32.00468, 35.78088, 25),
       SALT_CELL, actor("Jordanian Gendarmerie", "قوات الدرك", "شرطي أردني", "Jordanian police"), fatalities=1, optional=True),
    ev("armed_clash", ("2018-08-11", "2018-08-12"), loc("As Salt", "JO", 32.03917, 35.72722, 25),
       JO_SEC, SALT_CELL, fatalities=[6, 103]),
    ev("arrests", ("2018-08-11", "2018-08-12"), loc("As Salt", "JO", 32.03917, 35.72722, 25),
       JO_SEC, SALT_CELL),
]
C["snn-c655fa4d0ae1"] = []
C["ant-SK-internationalNews-469-20180320"] = []
C["snn-a2dab05777c9"] = []
C["snn-2d35662314ae"] = []

EG_ARMY = actor("Egyptian Armed Forces", "القوات المسلحة المصرية", "القوات المسلحة", "Egyptian military", "Egypt")
EG_MIL = actor("مسلحين إرهابيين", "العناصر الإرهابية", "العناصر التكفيرية", "تكفيريين", "Militants", "Islamic State", "Sinai Province")
WK = ("2018-03-25", "2018-04-01")
NSINAI = loc("North Sinai", "EG", 31.1316, 33.7984, 100)
C["ant-SK-economy-1141-20180809"] = []
C["snn-f72522f2dcbf"] = []
C["snn-31358b8ac720"] = []
C["ant-SK-middleEast-706-20180401"] = [
    ev("air_drone_strike", WK, NSINAI, actor("Egyptian Air Force", "القوات الجوية", "Egyptian Armed Forces", "Egypt"), EG_MIL, optional=True),
    ev("armed_clash", WK, NSINAI, EG_ARMY, EG_MIL, fatalities=1, optional=True),
    ev("armed_clash", WK, loc("Central Sinai (Third Field Army area)", "EG", 30.0, 33.8, 150), EG_ARMY, EG_MIL, fatalities=5, optional=True),
    ev("disrupted_weapons_use", WK, NSINAI, actor("المهندسين العسكريين", "Egyptian Armed Forces", "Egypt"), EG_MIL, optional=True),
    ev("looting_property_destruction", WK, loc("Rafah", "EG", 31.28204, 34.23869, 25), EG_ARMY, None, optional=True),
    ev("arrests", WK, NSINAI, EG_ARMY, None, optional=True),
]
C["ant-SK-middleEast-2196-20180606"] = []
C["snn-82b63c9e73d0"] = []

for i in ["snn-e94a2cb40f5a", "ant-SK-internationalNews-347-20180314", "ant-SK-middleEast-2086-20180601",
          "snn-58c5136a43ad", "snn-9fcc471356a1", "snn-5a05d1aaa53d"]:
    C[i] = []

C["snn-b0f6716bda5b"] = [
    ev("peaceful_protest", ("2015-07-27", "2015-08-09"), loc("Czech Republic", "CZ", None, None),
       actor("المواطنين التشيكيين", "المتظاهرين", "Protesters (Czech Republic)", "Czech citizens"), None, optional=True),
]
C["ant-SK-middleEast-1196-20180423"] = []
C["ant-CN-internationalNews-74-20180307"] = []
C["snn-237354d3a95a"] = [
    ev("peaceful_protest", ("2015-08-04", "2015-08-10"), loc("Latakia", "SY", 35.53125, 35.79088, 25),
       actor("Protesters (Syria)", "تظاهرة حاشدة", "المتظاهرين"), None),
    ev("arrests", ("2015-08-09", "2015-08-10"), loc("Kilmakhu", "SY", 35.46201, 35.99044, 25),
       actor("Syrian government", "السلطات السورية", "Police Forces of Syria"), actor("سليمان هلال الأسد", "Suleiman Hilal al-Assad", "ابن عم الأسد"), optional=True),
]
C["ant-SK-internationalNews-2974-20180812"] = []
C["ant-CN-economy-245-20180903"] = []

C["ant-SK-middleEast-483-20180322"] = [
    ev("air_drone_strike", ("2018-03-20", "2018-03-22"), loc("Marib governorate", "YE", 15.46253, 45.32581, 100),
       actor("United States", "US", "الولايات المتحدة", "غارة أميركية", "US military"),
       actor("AQAP", "Al Qaeda in the Arabian Peninsula", "تنظيم القاعدة", "القاعدة", "قاعدة اليمن", "عناصر من تنظيم القاعدة"), fatalities=7),
]
C["ant-CN-internationalNews-173-20180323"] = [
    ev("attack", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.2103, 2.4400, 25),
       actor("Islamic State", "ISIS", "داعش", "Gunman", "مسلح"), actor("Civilians", "رهائن", "الرهائن", "Hostages"), fatalities=1),
    ev("abduction_forced_disappearance", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.2103, 2.4400, 25),
       actor("Islamic State", "ISIS", "داعش", "Gunman", "مسلح"), actor("Civilians", "رهائن", "الرهائن", "Hostages"), fatalities=1, optional=True),
]
C["ant-CN-middleEast-1441-20181008"] = [
    ev("arrests", ("2018-10-07", "2018-10-08"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("Libyan National Army", "LNA", "القيادة العامة للقوات المسلحة الليبية", "القوات المسلحة الليبية", "Haftar forces", "الجيش الليبي"),
       actor("هشام عشماوي", "Hisham Ashmawi", "المرابطون", "Al-Mourabitoun")),
    ev("armed_clash", ("2018-09-01", "2018-10-08"), loc("North Sinai", "EG", 31.1316, 33.7984, 100),
       actor("Egyptian Armed Forces", "الجيش المصري", "Egypt"), actor("تكفيريا", "Militants", "Islamic State", "Sinai Province"), fatalities=55, optional=True),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       None, actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists"), optional=True),
]
C["snn-983094b581ac"] = []
C["ant-SK-middleEast-869-20180409"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-08", "2018-04-09"), loc("T4 (Tiyas) airbase, Homs", "SY", 34.5226, 37.6298, 25),
       None, actor("Syrian government forces", "مطار التيفور العسكري", "Syrian Arab Army", "Military Forces of Syria"), fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", ("2018-04-08", "2018-04-09"), loc("T4 (Tiyas) airbase, Homs", "SY", 34.5226, 37.6298, 25),
       actor("Israel", "Israeli Air Force", "Military Forces of Israel"), actor("Syrian government forces", "مطار التيفور العسكري", "Syrian Arab Army", "Military Forces of Syria"), fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-09"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government", "نظام (الرئيس بشار الأسد)", "نظام الأسد", "Assad regime", "Syrian government forces"),
       actor("Civilians", "المدنيين"), fatalities=[10, 99]),
]
C["snn-130cc20635f0"] = []

C["ant-SK-middleEast-370-20180319"] = []
C["ant-SK-internationalNews-767-20180403"] = []
C["ant-CN-middleEast-1009-20180523"] = []
HOUTHI = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "مليشيات الحوثي", "الحوثي", "المتمردين", "الميليشيات", "Houthi militia")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف", "مقاتلات التحالف", "التحالف العربي")
D3 = ("2018-06-02", "2018-06-04")
C["ant-SK-middleEast-2136-20180604"] = [
    ev("air_drone_strike", D3, loc("Bajil district", "YE", 15.061175, 43.158892, 30), COAL, HOUTHI),
    ev("air_drone_strike", D3, loc("As Salif district", "YE", 15.22854, 42.651233, 30), COAL, HOUTHI),
    ev("abduction_forced_disappearance", ("2018-05-28", "2018-06-04"), loc("Al Hudaydah", "YE", 14.796625, 42.945213, 25),
       HOUTHI, actor("Civilians", "أبناء الحديدة", "المعتقلين"), optional=True),
    ev("abduction_forced_disappearance", ("2018-05-28", "2018-06-04"), loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       HOUTHI, actor("Civilians", "المعتقلين"), optional=True),
    ev("other", D3, loc("Hodeidah airport", "YE", 14.753, 42.976, 25), HOUTHI, None, optional=True),
]
C["ant-SK-middleEast-3566-20180908"] = []
GAZA_PROT = actor("Palestinian protesters", "الفلسطينيين", "متظاهرون", "نشطاء", "Protesters (Palestine)", "Palestinians")
IDF = actor("Israeli forces", "القوات الإسرائيلية", "الجنود الإسرائيليين", "الجنود", "Israel Defense Forces", "IDF", "Israel")
C["ant-SK-middleEast-2714-20180701"] = [
    ev("violent_demonstration", ("2018-06-29", "2018-06-29"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30), GAZA_PROT, IDF, fatalities=1, injured=415),
    ev("excessive_force_against_protesters", ("2018-06-29", "2018-06-29"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30), IDF, GAZA_PROT, fatalities=1, injured=415, optional=True),
]

SYGOV = actor("Syrian government forces", "القوات الحكومية", "Syrian Arab Army", "Military Forces of Syria", "Syrian regime")
GHOUTA = loc("Eastern Ghouta", "SY", 33.55, 36.40, 15)
C["ant-SK-middleEast-92-20180227"] = [
    ev("shelling_artillery_missile_attack", ("2018-02-26", "2018-02-27"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYGOV, actor("Civilians", "المدنيين"), injured=[2, 99]),
    ev("air_drone_strike", ("2018-02-20", "2018-02-26"), GHOUTA,
       actor("Russian and Syrian air forces", "غارات جوية روسية وسورية", "Russia", "Syrian government forces"), actor("Civilians", "مدنيين"), optional=True),
    ev("agreement", ("2018-02-27", "2018-02-27"), GHOUTA, actor("Russia", "روسيا"), None, optional=True),
]
HOUTHI2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "Houthi militia")
SADEF = actor("Saudi air defence", "نظام الدفاع الصاروخي السعودي", "Saudi Arabia", "Military Forces of Saudi Arabia")
DH = ("2018-03-22", "2018-03-29")
C["ant-SK-middleEast-647-20180329"] = [
    ev("disrupted_weapons_use", DH, loc("King Khalid International Airport, Riyadh", "SA", 24.957, 46.698, 40), SADEF, HOUTHI2, optional=True),
    ev("disrupted_weapons_use", DH, loc("Abha", "SA", 18.213698, 42.506103, 25), SADEF, HOUTHI2, optional=True),
    ev("disrupted_weapons_use", DH, loc("Jazan", "SA", 16.883855, 42.567042, 25), SADEF, HOUTHI2, optional=True),
]
C["ant-SK-middleEast-2718-20180702"] = [
    ev("agreement", ("2018-07-01", "2018-07-01"), loc("Busra al-Sham", "SY", 32.5174, 36.48163, 25),
       actor("Syrian opposition factions", "الفصائل المعارضة", "فصائل المعارضة", "وفد المعارضة", "Syrian rebels"),
       actor("Russia", "روسيا", "الجانب الروسي", "Syrian government", "دمشق", "النظام")),
    ev("agreement", ("2018-06-30", "2018-07-02"), loc("Daraa governorate", "SY", 32.6189, 36.1021, 100),
       actor("Syrian opposition factions", "الفصائل المعارضة", "Syrian rebels"), actor("Russia", "روسيا", "Syrian government"), optional=True),
]
C["ant-SK-middleEast-2682-20180630"] = [
    ev("remote_explosive_landmine_ied", ("2018-01-01", "2018-06-30"), loc("Al Khawkhah", "YE", 13.8071, 43.2493, 25),
       actor("Houthis", "ميليشيات الحوثي", "الحوثيين", "Ansar Allah"), actor("Civilians", "محمد أحمد حسن", "Fishermen"), fatalities=1, injured=2, optional=True),
]
C["snn-3a1b3512b6a0"] = []
C["snn-e0bd9ba735de"] = []

C["ant-SK-internationalNews-107-20180223"] = []
C["snn-e0c207a9cbc2"] = []
TRK = actor("Turkish Armed Forces", "الجيش التركي", "القوات التركية", "جنديا تركيا", "Military Forces of Turkey", "Turkey",
            "الجيش السوري الحر", "مسلحي المعارضة السورية الموالية", "Free Syrian Army", "FSA")
YPG = actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردي", "وحدات حماية الشعب الكردية", "المسلحون الأكراد", "الوحدات الكردية", "Kurdish militants")
FSA = actor("Free Syrian Army", "FSA", "الجيش السوري الحر", "الجيش السوري الحر الموالي لأنقرة", "Turkish Armed Forces", "الجيش التركي", "القوات التركية والموالية لها")
RAJO = loc("Rajo", "SY", 36.67598, 36.66415, 25)
C["ant-SK-middleEast-165-20180302"] = [
    ev("armed_clash", ("2018-03-01", "2018-03-02"), loc("Afrin district (western and northern sectors)", "SY", 36.51194, 36.86954, 30),
       YPG, TRK, fatalities=[8, 15], injured=13),
    ev("armed_clash", ("2018-03-01", "2018-03-02"), RAJO, FSA, YPG),
    ev("non_state_actor_overtakes_territory", ("2018-02-27", "2018-03-02"), loc("Mamali Tahtani", "SY", 36.67598, 36.66415, 25), FSA, YPG, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-02-27", "2018-03-02"), loc("Mamali Fawqani", "SY", 36.67598, 36.66415, 25), FSA, YPG, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-02-27", "2018-03-02"), loc("Musaka", "SY", 36.67598, 36.66415, 25), FSA, YPG, optional=True),
]
C["ant-SK-middleEast-3763-20181007"] = [
    ev("attack", ("2018-10-07", "2018-10-07"), loc("Barkan industrial zone", "PS", 32.1, 35.1, 25),
       actor("Palestinian gunman", "فلسطينيا", "فلسطيني", "المهاجم", "Palestinian attacker"),
       actor("Israeli civilians", "إسرائيليان", "إسرائيليين", "Civilians (Israel)", "Civilians"), fatalities=2, injured=1),
]
C["snn-ec7f3c1f0c56"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-69.jsonl"))
