import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

SYGOV = ("Syrian government forces", "Syrian Arab Army", "Syrian regime", "قوات الحكومة السورية", "قوات النظام", "الجيش السوري")
GHOUTA = loc("Eastern Ghouta", "SY", 33.55, 36.42, 20)

C["ant-SK-internationalNews-924-20180413"] = [
    ev("chemical_weapon", ("2018-04-06", "2018-04-13"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Syrian regime", "النظام السوري"), actor("Civilians"),
       fatalities=[10, 99], optional=True),
]
C["ant-SK-middleEast-139-20180228"] = [
    ev("armed_clash", ("2018-02-28", "2018-02-28"), loc("Hawsh ad Dawahirah", "SY", 33.54731, 36.46001, 25),
       actor(*SYGOV, "القوات المتحالفة معها"),
       actor("Syrian opposition", "Syrian rebels", "مقاتلي المعارضة", "المعارضة")),
    ev("government_regains_territory", ("2018-02-28", "2018-02-28"), loc("Hawsh ad Dawahirah", "SY", 33.54731, 36.46001, 25),
       actor(*SYGOV, "القوات المتحالفة معها"),
       actor("Syrian opposition", "Syrian rebels", "مقاتلي المعارضة", "المعارضة"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-02-27", "2018-02-27"), GHOUTA, None, None, optional=True),
]
C["snn-f501cc10b9fd"] = []
C["ant-SK-middleEast-3400-20180814"] = [
    ev("remote_explosive_landmine_ied", ("2018-08-14", "2018-08-14"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       None, actor("Governor of Taiz", "محافظ تعز", "أمين محمود", "Amin Mahmoud", "Government of Yemen", "موكب المحافظ"),
       fatalities=[2, 9]),
]
C["snn-24d2ce2785c6"] = []

C["ant-SK-middleEast-3323-20180810"] = [
    ev("air_drone_strike", ("2018-08-08", "2018-08-10"), loc("Urum al Kubra", "SY", 36.14819, 36.94776, 25),
       None, actor("Civilians", "مدنيا", "المدنيين"), fatalities=20),
]
C["ant-CN-middleEast-917-20180514"] = []
C["ant-SK-middleEast-3242-20180801"] = [
    ev("armed_clash", ("2018-07-30", "2018-08-01"), loc("Khalasah", "SY", 36.05688, 37.05838, 25),
       actor("Syrian opposition", "Syrian rebels", "فصائل المعارضة"),
       actor("Iranian-backed militias", "Iranian militias", "الميليشيات الإيرانية", "Iran"),
       fatalities=10),
    ev("change_to_group_activity", ("2018-07-30", "2018-08-01"), loc("Idlib", "SY", 35.93, 36.63, 100),
       actor("National Front for Liberation", "الجبهة الوطنية للتحرير", "جبهة تحرير سوريا", "ألوية صقور الشام", "جيش الأحرار", "تجمع دمشق"), None,
       optional=True),
]
C["ant-CN-sport-429-20181005"] = []
C["snn-19ab0d545434"] = [
    ev("suicide_bomb", ("2015-08-10", "2015-08-10"), loc("Kabul airport", "AF", 34.5553, 69.2075, 25),
       actor("Taliban", "طالبان", "حركة طالبان", "متشددون إسلاميون"),
       actor("Foreign forces", "قوات أجنبية", "Civilians", "المدنيين"), fatalities=5, injured=16),
]

C["snn-d5ea20ac267b"] = [
    ev("violent_demonstration", ("2015-08-08", "2015-08-10"), loc("Ferguson", "US", 38.7442, -90.3054, 25),
       actor("Protesters", "متظاهر", "متظاهرين", "Rioters"), actor("Police", "شرطة منطقة سانت لويس", "St. Louis County Police"),
       injured=1),
    ev("protest_with_intervention", ("2015-08-08", "2015-08-10"), loc("Ferguson", "US", 38.7442, -90.3054, 25),
       actor("Protesters", "متظاهر", "متظاهرين"), actor("Police", "شرطة منطقة سانت لويس", "St. Louis County Police"),
       injured=1, optional=True),
]
C["ant-CN-middleEast-1318-20180908"] = [
    ev("violent_demonstration", ("2018-09-06", "2018-09-08"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Protesters", "محتجين", "Rioters"), actor("Iranian consulate", "القنصلية", "Iran"), optional=True),
]
C["snn-8706c92f28c8"] = []
C["ant-CN-internationalNews-463-20180810"] = []
C["ant-CN-internationalNews-597-20180911"] = []

HOUTHI = ("Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "قوات الحوثي")
RESIST = ("Popular Resistance", "المقاومة", "Pro-Hadi forces", "رجال قبائل مسلحون", "متشددون اسلاميون")
C["snn-0ea5919ffcfc"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-10"), loc("Al-Arqoub, Abyan", "YE", 13.55, 45.9, 60),
       actor(*HOUTHI), actor("Mohammed Ali al-Shaddadi", "محمد علي الشدادي", "الشدادي", "Government of Yemen"),
       fatalities=4, injured=1),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Ibb", "YE", 13.96667, 44.18333, 100),
       actor(*RESIST), actor(*HOUTHI)),
    ev("non_state_actor_overtakes_territory", ("2015-08-10", "2015-08-10"), loc("Ibb", "YE", 13.96667, 44.18333, 100),
       actor(*RESIST), actor(*HOUTHI), optional=True),
    ev("government_regains_territory", ("2015-08-10", "2015-08-10"), loc("Ibb", "YE", 13.96667, 44.18333, 100),
       actor(*RESIST), actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Lawdar", "YE", 13.88282, 45.86859, 25),
       actor("Southern fighters", "المقاتلون الجنوبيون", *RESIST), actor(*HOUTHI)),
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Abyan", "YE", 13.12871, 45.38073, 100),
       actor(*RESIST), actor(*HOUTHI), optional=True),
]
C["ant-SK-internationalNews-929-20180413"] = []
C["ant-SK-internationalNews-825-20180406"] = []
C["ant-SK-internationalNews-221-20180302"] = []
C["snn-ed259dcf993a"] = [
    ev("violent_demonstration", ("2015-07-25", "2015-07-26"), loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25),
       actor("Palestinians", "فلسطينيين", "المصلين", "Rioters"),
       actor("Israeli police", "شرطة الاحتلال الإسرائيلية", "قوات الاحتلال", "Police Forces of Israel")),
    ev("protest_with_intervention", ("2015-07-25", "2015-07-26"), loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25),
       actor("Palestinians", "فلسطينيين", "المصلين", "Protesters"),
       actor("Israeli police", "شرطة الاحتلال الإسرائيلية", "قوات الاحتلال", "Police Forces of Israel"), optional=True),
]

C["snn-f92388f790cc"] = []
SDF = ("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية", "قسد")
SYREG = ("Syrian government forces", "Syrian regime", "قوات الحكومة السورية", "النظام السوري", "Syrian Arab Army")
DEZ_E = loc("Villages east of Euphrates, Deir ez-Zor", "SY", 35.33588, 40.14084, 40)
C["ant-CN-middleEast-763-20180429"] = [
    ev("armed_clash", ("2018-04-29", "2018-04-29"), DEZ_E, actor(*SYREG), actor(*SDF)),
    ev("non_state_actor_overtakes_territory", ("2018-04-29", "2018-04-29"), DEZ_E, actor(*SDF), actor(*SYREG)),
    ev("government_regains_territory", ("2018-04-29", "2018-04-29"), DEZ_E, actor(*SYREG), actor(*SDF), optional=True),
]
C["ant-SK-internationalNews-257-20180310"] = []
HOUTHI2 = ("Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "حوثياً", "جماعة الحوثي", "الميليشيات الحوثية", "المقاتلين الحوثيين")
C["snn-84e474f40e8b"] = [
    ev("armed_clash", ("2015-07-21", "2015-07-22"), loc("Marib", "YE", 15.46253, 45.32581, 25),
       actor(*HOUTHI2, "قوات صالح", "Forces loyal to Saleh"),
       actor("Popular Resistance", "المقاومة الشعبية"), fatalities=17, injured=8),
]
ADEN_RES = ("Popular Resistance", "المقاومة الشعبية", "pro-Hadi forces", "القوات الموالية للرئيس عبد ربه منصور هادي", "المقاتلين الموالين للرئيس هادي", "القوات الموالية للرئيس هادي")
COAL = ("Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي", "ضربات التحالف الجوية")
C["snn-3d0e4ec44b8f"] = [
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor(*ADEN_RES), actor(*HOUTHI2)),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-22"), loc("Dar Saad", "YE", 12.909453, 44.977881, 25),
       actor(*HOUTHI2), actor("Civilians", "أسرة"), fatalities=8),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-22"), loc("Al Alam, Aden", "YE", 12.87, 45.17, 25),
       actor(*HOUTHI2), actor(*ADEN_RES), optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("Aqqan", "YE", 13.38333, 44.65, 25),
       actor(*COAL), actor(*HOUTHI2), fatalities=[7, 9]),
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Aqqan", "YE", 13.38333, 44.65, 25),
       actor("Local fighters", "مقاتلون محليون", *ADEN_RES), actor(*HOUTHI2), optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-07-22"), loc("Al Dhale", "YE", 13.70, 44.73, 100),
       actor(*COAL), actor(*HOUTHI2), optional=True),
    ev("government_regains_territory", ("2015-07-13", "2015-07-19"), loc("Aden airport", "YE", 12.8295, 45.0288, 25),
       actor(*ADEN_RES), actor(*HOUTHI2), optional=True),
]

C["ant-SK-middleEast-2726-20180703"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-01", "2018-07-03"), loc("Tafas", "SY", 32.73564, 36.06694, 25),
       None, None),
]
C["ant-CN-middleEast-269-20180315"] = []
C["snn-1b335c953249"] = [
    ev("air_drone_strike", ("2015-08-06", "2015-08-08"), loc("Derna port (offshore)", "LY", 32.76704, 22.63669, 25),
       actor("Libyan Air Force", "سلاح الجو الليبي", "Libyan National Army", "LNA", "Military Forces of Libya"),
       actor("Militants", "مسلحين", "مقاتلين")),
    ev("armed_clash", ("2015-08-06", "2015-08-08"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("شباب المدينة", "Mujahideen Shura Council of Derna"), actor("Islamic State", "ISIS", "تنظيم داعش", "داعش"), optional=True),
]
C["snn-20a424789974"] = []
C["ant-SK-internationalNews-2316-20180625"] = []

for _i in ["snn-cf678f4627fe", "snn-bbdc14a03d8e", "snn-b87c5786f258", "ant-SK-middleEast-3669-20180913", "snn-27c045e00c1a"]:
    C[_i] = []

WC_GOV = ("National Resistance", "المقاومة الوطنية", "Giants Brigades", "ألوية العمالقة", "ألويه العمالقة", "المقامة التهامية", "Tihama Resistance",
          "قوات الشرعية", "المقاومة اليمنية", "Government of Yemen", "pro-government forces", "Tareq Saleh", "طارق صالح")
HOUTHI3 = ("Houthis", "Ansar Allah", "ميليشيا الحوثي", "ميليشيات الحوثي", "ميليشيا الحوثي الإيرانية", "الحوثي")
C["ant-SK-middleEast-1659-20180513"] = [
    ev("government_regains_territory", ("2018-05-11", "2018-05-13"), loc("Al-Hima port", "YE", 13.92, 43.24, 25),
       actor(*WC_GOV), actor(*HOUTHI3)),
    ev("armed_clash", ("2018-05-12", "2018-05-13"), loc("Al Tuhayta", "YE", 14.18356, 43.22637, 25),
       actor(*WC_GOV), actor(*HOUTHI3), optional=True),
    ev("armed_clash", ("2018-05-12", "2018-05-13"), loc("Yemen west coast (Hodeidah)", "YE", 14.0, 43.3, 100),
       actor(*WC_GOV), actor(*HOUTHI3), fatalities=[0, 68], optional=True),
    ev("air_drone_strike", ("2018-05-12", "2018-05-13"), loc("Yemen west coast (Hodeidah)", "YE", 14.0, 43.3, 100),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي"), actor(*HOUTHI3), fatalities=[0, 68], optional=True),
    ev("government_regains_territory", ("2018-04-01", "2018-05-12"), loc("Kahbub", "YE", 12.95, 43.45, 50),
       actor(*WC_GOV), actor(*HOUTHI3), optional=True),
]
PKK = ("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "العمال الكردستاني", "قوات حماية الشعب", "HPG")
TRMIL = ("Military Forces of Turkey", "Turkish Air Force", "Turkey", "الطيران التركي", "الطائرات التركية", "تركيا", "الجيش التركي")
C["snn-23aec780c574"] = [
    ev("air_drone_strike", ("2015-07-23", "2015-07-26"), loc("Zap region", "IQ", 37.25, 43.55, 50), actor(*TRMIL), actor(*PKK)),
    ev("air_drone_strike", ("2015-07-23", "2015-07-26"), loc("Avashin", "IQ", 37.35, 43.30, 50), actor(*TRMIL), actor(*PKK)),
    ev("air_drone_strike", ("2015-07-23", "2015-07-26"), loc("Qandil", "IQ", 36.55, 44.95, 60), actor(*TRMIL), actor(*PKK)),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-26"), loc("Iraq-Turkey border strip", "IQ", 37.2, 43.8, 100),
       actor(*TRMIL), actor(*PKK), optional=True),
    ev("arrests", ("2015-07-24", "2015-07-26"), loc("Turkey", "TR", None, None),
       actor("Turkish security forces", "أنقرة", "Turkey"), actor("HDP supporters", "مناصري حزب الشعوب الديمقراطية", "Kurdish activists"), optional=True),
]
C["snn-4c569b8c006f"] = []
C["snn-4aebe577f4eb"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-25"), loc("Lice", "TR", 38.46667, 40.63333, 25),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "المنظمة الإرهابية والانفصالية"),
       actor("Military Forces of Turkey", "Gendarmerie", "الدرك", "قافلة عسكرية", "عسكريين تركيين"),
       fatalities=2, injured=4),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Northern Iraq", "IQ", 36.9, 43.9, 150),
       actor(*TRMIL), actor(*PKK, "المتمردين"), optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Ceylanpinar", "TR", 36.847, 40.05, 25),
       actor(*PKK, "الحركة الانفصالية الكردية"), actor("Police Forces of Turkey", "شرطيين", "Turkish police"), fatalities=2),
    ev("attack", ("2015-07-22", "2015-07-22"), loc("Ceylanpinar", "TR", 36.847, 40.05, 25),
       actor(*PKK, "الحركة الانفصالية الكردية"), actor("Police Forces of Turkey", "شرطيين", "Turkish police"), fatalities=2, optional=True),
    ev("suicide_bomb", ("2015-07-19", "2015-07-22"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh"), actor("Civilians", "ناشطين مؤيدين للقضية الكردية", "Pro-Kurdish activists"),
       fatalities=32, injured=[90, 110], optional=True),
]

C["ant-SK-internationalNews-2685-20180717"] = []

C["snn-1f89bbc17953"] = []
C["snn-85ccb223b567"] = []
IQF = ("Iraqi security forces", "Military Forces of Iraq", "خلية الإعلام الحربي", "Iraqi army")
IS_ = ("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "تنظيم “داعش”")
D6 = ("2015-08-04", "2015-08-06")
C["snn-fb64b689a6e5"] = [
    ev("armed_clash", D6, loc("Anbar", "IQ", 33.42056, 43.30778, 100), actor(*IQF), actor(*IS_), optional=True),
    ev("armed_clash", D6, loc("Salah ad-Din", "IQ", 34.598454, 43.694343, 100), actor(*IQF), actor(*IS_), optional=True),
    ev("armed_clash", D6, loc("Kirkuk", "IQ", 35.442794, 44.384149, 100), actor(*IQF), actor(*IS_), optional=True),
    ev("air_drone_strike", D6, loc("Iraq", "IQ", None, None), actor("International Coalition", "طيران التحالف الدولي", "US-led coalition"), actor(*IS_),
       fatalities=25, optional=True),
    ev("remote_explosive_landmine_ied", D6, loc("Jazeera operations area, western Iraq", "IQ", 34.0, 42.0, 150), actor(*IS_), None,
       fatalities=7, optional=True),
]
C["ant-SK-middleEast-2664-20180629"] = [
    ev("agreement", ("2018-06-28", "2018-06-29"), loc("Southern Syria (Daraa)", "SY", 32.85305, 36.223056, 100),
       actor("Syrian government forces", "قوات الحكومة السورية", "قوات الحكومة"), actor("Syrian opposition", "المعارضة"), optional=True),
    ev("armed_clash", ("2018-06-19", "2018-06-29"), loc("Southern Syria (Daraa)", "SY", 32.85305, 36.223056, 100),
       actor("Syrian government forces", "قوات الحكومة السورية"), actor("Syrian opposition", "المعارضة"), optional=True),
]
C["ant-SK-middleEast-2517-20180621"] = []

C["snn-c6c864f04fb5"] = []
PLOT = ("Iranian-origin suspects", "اثنين من مواطنيها المنحدرين من أصل إيراني", "Iranian diplomat", "أسد الله أسدي", "Assadollah Assadi", "دبلوماسي إيراني")
C["ant-SK-middleEast-2763-20180705"] = [
    ev("arrests", ("2018-06-30", "2018-06-30"), loc("Belgium", "BE", 50.85, 4.35, 100),
       actor("Belgian police", "السلطات البلجيكية", "Police Forces of Belgium"), actor(*PLOT), optional=True),
    ev("arrests", ("2018-06-30", "2018-07-04"), loc("Germany", "DE", None, None),
       actor("German police", "Police Forces of Germany", "ألمانيا"), actor(*PLOT), optional=True),
    ev("arrests", ("2018-06-30", "2018-07-04"), loc("France", "FR", None, None),
       actor("French police", "Police Forces of France", "فرنسا"), actor("رجل من أصل إيراني", "Iranian-origin suspect"), optional=True),
]
C["snn-329c88eeaf91"] = [
    ev("arrests", ("2015-07-01", "2015-07-22"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "رجال الأمن", "وزارة الداخلية", "Police Forces of Saudi Arabia"),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش", "خلايا"), optional=True),
]
C["ant-SK-internationalNews-1169-20180426"] = []
C["snn-b85f8d365550"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-01"), loc("Marivan", "IR", 35.51829, 46.18298, 30),
       actor("Komala", "حزب كوملة الكردستاني الإيراني", "حزب كوملة", "مسلحين", "Komala Party of Iranian Kurdistan"),
       actor("Islamic Revolutionary Guard Corps", "IRGC", "الحرس الثوري الإيراني", "جنود الحرس الثوري الإيراني", "Military Forces of Iran"),
       fatalities=[2, 30], injured=[2, 30]),
]

C["ant-SK-internationalNews-3277-20181003"] = []
C["snn-1331e17682bc"] = []
KIRKUK = loc("Kirkuk", "IQ", 35.442794, 44.384149, 25)
C["ant-SK-middleEast-1750-20180516"] = [
    ev("violent_demonstration", ("2018-05-14", "2018-05-16"), KIRKUK,
       actor("مسلحين رافضين لنتائج الانتخابات", "Gunmen", "Rioters", "Protesters"), actor("Independent High Electoral Commission", "المفوضية العليا للانتخابات", "IHEC"),
       optional=True),
    ev("other", ("2018-05-14", "2018-05-16"), KIRKUK,
       actor("مسلحين رافضين لنتائج الانتخابات", "Gunmen"), actor("Independent High Electoral Commission", "المفوضية العليا للانتخابات", "IHEC"),
       optional=True),
    ev("remote_explosive_landmine_ied", ("2018-05-12", "2018-05-12"), KIRKUK,
       actor("Islamic State", "ISIS", "Daesh", "داعش"), None, fatalities=3),
]
C["ant-CN-middleEast-70-20180223"] = [
    ev("arrests", ("2018-02-01", "2018-02-22"), loc("Wadi el-Natrun", "EG", 30.377517, 30.365405, 50),
       actor("Egyptian security forces", "Police Forces of Egypt"), actor("عناصر", "Strong Egypt Party", "حزب مصر القوية"), optional=True),
]
C["snn-717475a256fb"] = [
    ev("violent_demonstration", ("2015-08-02", "2015-08-02"), loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25),
       actor("Palestinians", "الفلسطينيين", "فلسطينيين", "Rioters"), None),
    ev("protest_with_intervention", ("2015-08-02", "2015-08-02"), loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25),
       actor("Palestinians", "الفلسطينيين", "فلسطينيين", "Protesters"), None, optional=True),
    ev("attack", ("2015-07-31", "2015-07-31"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("Israeli settlers", "مستوطنين متطرفين", "مستوطنين", "Settlers"), actor("Civilians", "رضيع فلسطيني", "علي دوابشة", "Palestinian civilians"),
       fatalities=1, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-32.jsonl"))
