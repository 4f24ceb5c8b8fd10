import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثي", "الحوثيين", "الميليشيات الحوثية", "ميليشيات الحوثي الإيرانية", "مليشيات الحوثي")

C["snn-4f3917b1ec8f"] = [
    ev("agreement", ("2015-07-25", "2015-07-26"), loc("Yemen", "YE", None, None),
       actor("Saudi-led coalition", "Arab Coalition"), HOUTHI, optional=True),
    ev("government_regains_territory", ("2015-07-14", "2015-07-24"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "قوات الجيش الموالية للشرعية", "Yemeni government forces"),
       actor("Houthis", "الميليشيات المتمردة", "الميليشيات الحوثية", "قوات صالح"), optional=True),
]
C["ant-SK-middleEast-2648-20180628"] = []
C["ant-SK-middleEast-1987-20180527"] = [
    ev("government_regains_territory", ("2018-05-25", "2018-05-27"), loc("Ad Durayhimi district", "YE", 14.61, 43.08, 30),
       actor("قوات المقاومة اليمنية", "القوات المشتركة", "المقاومة الوطنية اليمنية", "Yemeni National Resistance", "Joint Forces", "Yemeni resistance", "القوات الإماراتية", "UAE"),
       HOUTHI),
    ev("armed_clash", ("2018-05-25", "2018-05-27"), loc("Yemen west coast", "YE", 14.0, 43.3, 150),
       actor("قوات المقاومة", "قوات المقاومة اليمنية", "Yemeni resistance", "Joint Forces"), HOUTHI,
       fatalities=64, injured=[10, 99], optional=True),
]
C["ant-SK-internationalNews-2905-20180807"] = [
    ev("arrests", ("2018-08-05", "2018-08-07"), loc("Macedonia", "MK", None, None),
       actor("الشرطة", "Macedonian police", "police of North Macedonia"), actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش"), optional=True),
]
C["snn-56d9e989d2f1"] = [
    ev("arrests", ("2015-07-24", "2015-07-25"), loc("Turkey", "TR", None, None),
       actor("الشرطة التركية", "Turkish police"), actor("Islamic State", "ISIS", "داعش", "حزب العمال الكردستاني", "PKK"), optional=True),
]
C["ant-SK-internationalNews-1519-20180511"] = []

C["ant-SK-middleEast-2447-20180618"] = [
    ev("air_drone_strike", ("2018-06-17", "2018-06-18"), loc("Al Hury", "SY", 34.41, 40.95, 25),
       None,
       actor("ميليشيات موالية للنظام", "ميلشيات حزب الله اللبناني", "حزب الله", "Hezbollah", "Pro-government militias", "pro-regime militias", "المقاتلين الموالين للنظام السوري"),
       fatalities=38),
]
C["snn-24a6be4a83ce"] = []
C["snn-cdfcb4eb8db0"] = []
C["snn-09dd4c63cc86"] = []
C["snn-83c470f87ef5"] = [
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Taizz", "YE", 13.58, 44.02, 25),
       actor("المقاومة", "Popular Resistance", "المقاومة الشعبية", "Yemeni resistance"),
       actor("المسلحين الحوثيين", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("government_regains_territory", ("2015-07-15", "2015-07-22"), loc("Al Anad", "YE", 13.17, 44.77, 30),
       actor("المقاومة", "Popular Resistance", "Yemeni resistance"),
       actor("ميليشيات الحوثي وصالح", "Houthis", "Ansar Allah", "Saleh forces"), optional=True),
    ev("government_regains_territory", ("2015-07-10", "2015-07-20"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor("المقاومة", "Popular Resistance", "Yemeni resistance"),
       actor("الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-middleEast-3721-20181002"] = [
    ev("attack", ("2018-09-30", "2018-10-02"), loc("As Suwayda eastern countryside", "SY", 32.75, 36.85, 100),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "التنظيم الإرهابي"),
       actor("Civilians", "المدنيين", "رهينة", "ثروت أبو عمار", "Druze"), fatalities=1),
    ev("attack", ("2018-07-25", "2018-07-25"), loc("As Suwayda", "SY", 32.71, 36.57, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش"), actor("Civilians", "المدنيين"), fatalities=260, optional=True),
    ev("abduction_forced_disappearance", ("2018-07-25", "2018-07-25"), loc("Al Shbeki", "SY", 32.73, 36.82, 30),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش"), actor("Civilians", "المدنيين"), optional=True),
    ev("attack", ("2018-08-05", "2018-08-05"), loc("As Suwayda eastern countryside", "SY", 32.75, 36.85, 100),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش"), actor("Civilians", "المدنيين"), fatalities=1, optional=True),
    ev("armed_clash", ("2018-09-02", "2018-10-02"), loc("Tulul al-Safa", "SY", 33.10, 37.10, 50),
       actor("Syrian government forces", "قوات النظام", "قوات النظام النظام السوري"), actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), optional=True),
]

C["snn-e2ffec552439"] = [
    ev("arrests", ("2015-07-20", "2015-07-20"), loc("Bremen", "DE", 53.08, 8.80, 100),
       actor("السلطات الألمانية", "German authorities", "German police"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "مقاتلي تنظيم داعش"), optional=True),
]
_PALY = actor("شبان فلسطينيين", "شبان فلسطينيبين", "Palestinian protesters", "Palestinians", "مسيرات شعبية", "الفلسطينيين")
_IDF = actor("الجيش الإسرائيلي", "Israeli army", "Israeli Defense Forces", "IDF", "Israeli forces")
C["ant-SK-middleEast-1717-20180515"] = []
for _n, _la, _lo in [("Bet El checkpoint", 31.93, 35.22), ("Hebron", 31.524, 35.088), ("Bethlehem", 31.70, 35.20), ("Huwara checkpoint", 32.15, 35.26)]:
    C["ant-SK-middleEast-1717-20180515"] += [
        ev("protest_with_intervention", ("2018-05-15", "2018-05-15"), loc(_n, "PS", _la, _lo, 25), _PALY, _IDF),
        ev("violent_demonstration", ("2018-05-15", "2018-05-15"), loc(_n, "PS", _la, _lo, 25), _PALY, _IDF, optional=True),
    ]
C["ant-SK-middleEast-1717-20180515"] += [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("القوات الإسرائيلية", "الجيش الإسرائيلي", "Israeli forces", "Israeli army", "IDF"),
       actor("Palestinian protesters", "الفلسطينيين", "المتظاهرين", "Protesters"), fatalities=[10, 99]),
    ev("peaceful_protest", ("2018-05-15", "2018-05-15"), loc("Palestine", "PS", None, None),
       actor("الفلسطينيون", "Palestinians", "Protesters"), None, optional=True),
]
C["ant-SK-middleEast-1880-20180523"] = [
    ev("air_drone_strike", ("2018-05-01", "2018-05-22"), loc("Syria", "SY", None, None),
       actor("Israel", "إسرائيل", "Israeli Air Force"), actor("Iran", "إيران", "Iranian forces", "IRGC"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-01", "2018-05-22"), loc("Golan Heights", "SY", 33.0, 35.8, 50),
       actor("Iran", "إيران", "Iranian forces"), actor("Israel", "إسرائيل"), optional=True),
]
C["ant-CN-middleEast-717-20180425"] = [
    ev("air_drone_strike", ("2018-04-19", "2018-04-19"), loc("Yemen", "YE", None, None),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "القوات الجوية الملكية السعودية", "Royal Saudi Air Force"),
       actor("Houthis", "Ansar Allah", "الحوثيين", "المليشيات الحوثية", "صالح الصماد"), fatalities=[1, 99], optional=True),
]
C["snn-d818ddc7d0d4"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor("القوات المسلحة المالية", "Malian army", "Military Forces of Mali", "Malian Armed Forces"),
       actor("مجموعة مسلحة", "Unidentified armed group", "إرهابيان", "militants"), fatalities=8, injured=4),
    ev("attack", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor("مجموعة مسلحة", "Unidentified armed group", "militants"), actor("Civilians", "الرهائن", "المحتجزين"), fatalities=8, injured=4, optional=True),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor("مجموعة مسلحة", "Unidentified armed group", "militants"), actor("Civilians", "الرهائن", "المحتجزين"), optional=True),
]
C["ant-CN-middleEast-29-20180219"] = []

C["snn-313811dab1dc"] = [
    ev("armed_clash", ("2015-08-06", "2015-08-07"), loc("south-east Turkey", "TR", None, None),
       actor("قوات الأمن", "Turkish security forces", "Military Forces of Turkey"), actor("مقاتلين", "PKK", "حزب العمال الكردستاني", "Kurdistan Workers' Party"),
       fatalities=6, optional=True),
]
C["ant-CN-middleEast-515-20180408"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-31"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("القوات الإسرائيلية", "قوات الدفاع الإسرائيلي", "Israeli forces", "IDF", "Israeli Defense Forces"),
       actor("Palestinian protesters", "المتظاهرين", "Protesters"), optional=True),
]
C["snn-89ff34cb088e"] = []
C["snn-f2bf02e43d26"] = []
C["ant-CN-sport-178-20180401"] = []
C["ant-SK-middleEast-3603-20180910"] = [
    ev("armed_clash", ("2018-09-10", "2018-09-10"), loc("Tripoli", "LY", 32.89, 13.19, 25),
       actor("قوات الردع الخاصة", "قوة الردع الخاصة", "Special Deterrence Force", "Rada", "Rada Special Deterrence Forces"),
       actor("مجموعة من المسلحين", "المجموعة المسلحة", "مسلحين ملثمين", "Unidentified armed group", "gunmen"),
       fatalities=1, injured=[2, 99]),
    ev("attack", ("2018-09-10", "2018-09-10"), loc("Tripoli", "LY", 32.89, 13.19, 25),
       actor("مسلحين ملثمين", "مسلحين", "Unidentified armed group", "gunmen"),
       actor("المؤسسة الوطنية للنفط", "National Oil Corporation", "Civilians", "الموظفين"),
       fatalities=1, injured=[2, 99], optional=True),
]

C["snn-e13404097352"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-01"), loc("Aleppo governorate (military base)", "SY", 36.20, 37.17, 100),
       actor("المعارضة السورية", "مقاتلا من المعارضة", "جماعات مقاتلة", "Syrian opposition", "rebels", "Opposition rebels"),
       actor("قوات النظام", "Syrian government forces", "Syrian army", "Military Forces of Syria"), fatalities=34),
]
C["ant-SK-middleEast-3202-20180731"] = []
C["snn-843785fe51d0"] = [
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), loc("Kabul", "AF", 34.53, 69.17, 25),
       actor("Taliban", "حركة طالبان", "طالبان", "انتحاري"),
       actor("طلاب عسكريين", "الطلاب العسكريين", "Afghan police", "Police Forces of Afghanistan", "أكاديمية للشرطة"), fatalities=20),
]
_SYG = actor("قوات الحكومة السورية", "قوات الحكومة", "قوات النظام", "Syrian government forces", "Syrian army", "Military Forces of Syria")
_SYO = actor("مسلحي المعارضة", "المعارضة", "Syrian opposition", "rebels", "Opposition rebels")
C["ant-SK-middleEast-178-20180302"] = [
    ev("government_regains_territory", ("2018-02-28", "2018-03-02"), loc("Hawsh Zurayqah", "SY", 33.55, 36.47, 25), _SYG, _SYO),
    ev("government_regains_territory", ("2018-02-28", "2018-03-02"), loc("Hawsh ad Dawahirah", "SY", 33.547, 36.460, 25), _SYG, _SYO),
    ev("shelling_artillery_missile_attack", ("2018-02-18", "2018-03-02"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 20), _SYG, _SYO, optional=True),
    ev("air_drone_strike", ("2018-02-18", "2018-03-02"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 20), _SYG, actor("Civilians", "المدنيين"), optional=True),
]
C["ant-SK-internationalNews-1396-20180506"] = [
    ev("peaceful_protest", ("2018-05-05", "2018-05-05"), loc("Paris", "FR", 48.857, 2.352, 25),
       actor("Protesters", "الآلاف", "المتظاهرين", "فرنسا المتمردة", "La France Insoumise", "France Unbowed"), None),
]
_JF = actor("قوات المقاومة اليمنية المشتركة", "القوات المشتركة", "قوات المقاومة", "القوات اليمنية المشتركة", "Joint Forces", "Yemeni resistance", "Yemeni National Resistance", "التحالف العربي", "Saudi-led coalition")
_HO = actor("ميليشيات الحوثي الإيرانية", "ميليشيا الحوثي", "الحوثي", "المتمردين الحوثيين", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-2404-20180615"] = [
    ev("government_regains_territory", ("2018-06-15", "2018-06-15"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25), _JF, _HO),
    ev("armed_clash", ("2018-06-15", "2018-06-15"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25), _JF, _HO, optional=True),
    ev("air_drone_strike", ("2018-06-15", "2018-06-15"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25),
       actor("طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), _HO, optional=True),
    ev("armed_clash", ("2018-06-13", "2018-06-15"), loc("Al Fazah (west of At Tuhayta)", "YE", 14.08, 43.12, 30), _HO, _JF),
    ev("armed_clash", ("2018-06-13", "2018-06-15"), loc("south of Hodeidah city", "YE", 14.65, 43.0, 40), _JF, _HO, fatalities=[0, 128], optional=True),
    ev("air_drone_strike", ("2018-06-13", "2018-06-15"), loc("south of Hodeidah city", "YE", 14.65, 43.0, 40),
       actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition"), _HO, fatalities=[0, 128], optional=True),
]

C["ant-CN-middleEast-939-20180516"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("Israeli forces", "IDF", "Israel", "إسرائيل"), actor("Palestinian protesters", "المظاهرات الفلسطينية", "Protesters"), optional=True),
]
C["ant-SK-internationalNews-640-20180328"] = [
    ev("chemical_weapon", ("2018-03-01", "2018-03-28"), loc("United Kingdom", "GB", None, None),
       actor("Russia", "روسيا", "موسكو"), actor("جاسوس روسي سابق", "Sergei Skripal", "Civilians"), optional=True),
]
C["snn-c9076ff9f74f"] = []
C["ant-CN-middleEast-348-20180323"] = []
C["ant-SK-middleEast-1209-20180424"] = []
C["snn-22e181954c64"] = []

C["snn-8861600f034e"] = []
C["snn-88585e15dd61"] = []
C["snn-49c4a59a0481"] = []
C["snn-a4f76fb2cdd8"] = []
_TRP = actor("الشرطة", "Turkish police", "Police Forces of Turkey")
_TRA2 = actor("تنظيم الدولة الاسلامية", "Islamic State", "ISIS", "Daesh", "حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party", "جماعات ارهابية")
C["snn-10ef6bb58bb6"] = [
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Istanbul", "TR", 41.02, 28.98, 25), _TRP, _TRA2),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Turkey (13 provinces)", "TR", None, None), _TRP, _TRA2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.99, 38.39, 50),
       actor("تنظيم الدولة الاسلامية", "Islamic State", "ISIS", "Daesh"), actor("Civilians", "مدنيين"), fatalities=32, optional=True),
]
C["ant-SK-middleEast-855-20180409"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57, 36.40, 25),
       None, actor("Civilians", "سكان دوما", "المدنيين")),
]

C["snn-612db64e1f7d"] = []
_IQSF = actor("القوات الأمنية", "Iraqi security forces", "Iraqi police", "Police Forces of Iraq")
_IS = actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "عناصر التنظيم", "الدواعش")
C["snn-af49dc33fd0e"] = [
    ev("arrests", ("2015-08-04", "2015-08-06"), loc("Ramadi", "IQ", 33.42, 43.30, 25), _IQSF, _IS),
    ev("arrests", ("2015-08-04", "2015-08-06"), loc("Fallujah", "IQ", 33.356, 43.786, 25), _IQSF, _IS, optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Albu Aitha, east of Ramadi", "IQ", 33.43, 43.35, 25),
       actor("طيران التحالف الدولي", "التحالف الدولي", "US-led coalition", "International Coalition", "Global Coalition against Daesh"),
       _IS, fatalities=4),
]
C["snn-18a7ba762e23"] = []
C["snn-5ae2ab12a07b"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"), loc("Cairo suburb", "EG", 30.04, 31.24, 50),
       actor("ولاية سيناء", "أنصار بيت المقدس", "داعش سيناء", "Sinai Province", "Islamic State - Sinai Province", "Ansar Bayt al-Maqdis"),
       actor("Civilians", "الرهينة الكرواتي", "Tomislav Salopek", "توميسلاف سالوبيك"), optional=True),
]
C["ant-SK-economy-1072-20180730"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-63.jsonl"))
