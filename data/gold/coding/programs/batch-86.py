import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# ---- group 1
C["snn-71e3157b8ab9"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-26", "2015-07-26"),
       loc("Al Arish coastal road, North Sinai", "EG", 31.1377, 33.8113, 25),
       None,
       actor("Egyptian Central Security Forces", "Egyptian security forces", "قوات الأمن المركزي المصري", "الأمن المركزي", "مجندي الأمن المركزي"),
       fatalities=None, injured=18),
]

YEGOV = ("Yemeni government forces", "Hadi government forces", "قوات الشرعية", "القوات المشتركة اليمنية", "القوات المشتركة", "قوات الشرعية اليمنية")
HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "المتمردين")
COAL = ("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية", "طائرات تحالف دعم الشرعية", "التحالف", "قوات التحالف")
C["ant-SK-middleEast-3505-20180903"] = [
    ev("government_regains_territory", ("2018-09-03", "2018-09-03"),
       loc("Kitaf district (Jabal Masa'il, Jabal al-Rasifa), Saada", "YE", 17.0317, 44.1091, 30),
       actor(*YEGOV, *COAL), HOUTHI),
    ev("government_regains_territory", ("2018-09-01", "2018-09-03"),
       loc("Al-Kawa village, south of Ad Durayhimi, Hodeidah", "YE", 14.637, 43.055, 25),
       actor("Giants Brigades", "ألوية العمالقة", *YEGOV), HOUTHI),
    ev("armed_clash", ("2018-09-01", "2018-09-03"),
       loc("Al-Kawa village, south of Ad Durayhimi, Hodeidah", "YE", 14.637, 43.055, 25),
       actor("Giants Brigades", "ألوية العمالقة", *YEGOV), HOUTHI, optional=True),
    ev("government_regains_territory", ("2018-09-01", "2018-09-01"),
       loc("Al Kadaha, Taiz", "YE", 13.3411, 43.8501, 50),
       actor(*YEGOV, *COAL), HOUTHI, optional=True),
    ev("air_drone_strike", ("2018-09-01", "2018-09-03"),
       loc("Shada'a district, Saada", "YE", 16.8925, 43.1864, 30),
       actor(*COAL), HOUTHI),
    ev("air_drone_strike", ("2018-09-01", "2018-09-03"),
       loc("Baqim district, Saada", "YE", 17.3853, 43.4910, 30),
       actor(*COAL), HOUTHI),
    ev("air_drone_strike", ("2018-09-01", "2018-09-03"),
       loc("Harf Sufyan district, Amran", "YE", 16.4401, 43.9850, 30),
       actor(*COAL), HOUTHI),
]

C["snn-acebf0d9a479"] = [
    ev("government_regains_territory", ("2015-07-24", "2015-07-31"),
       loc("Ramadi", "IQ", 33.4206, 43.3078, 25),
       actor("Iraqi army", "Iraqi Counter-Terrorism Service", "الجيش", "جهاز مكافحة الإرهاب"),
       actor("Islamic State", "ISIS", "Daesh", "داعش"), optional=True),
]

C["snn-59b4ab50fed5"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-19"),
       loc("Dar Saad, Aden", "YE", 12.9095, 44.9779, 25),
       actor("Houthis", "Ansar Allah", "pro-Houthi forces", "القوات الموالية للحوثيين", "المتمردين الحوثيين", "الحوثيين"),
       actor("Civilians", "المدنيين", "مدنيين"), fatalities=[10, 99]),
    ev("shelling_artillery_missile_attack", ("2015-07-01", "2015-07-31"),
       loc("Aden", "YE", 12.7794, 45.0367, 25),
       actor("Houthis", "Ansar Allah", "pro-Houthi forces", "القوات الموالية للحوثيين", "المتمردين الحوثيين"),
       actor("Civilians", "المدنيين"), optional=True),
]

C["snn-c8dc7e7e74be"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-19", "2015-07-24"),
       loc("Ramadi", "IQ", 33.4206, 43.3078, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم الدولة", "تنظيم “داعش”"),
       actor("Iraqi army", "الجيش العراقي", "قوات الجيش العراقي"), optional=True),
]

C["snn-8cd6a58280c0"] = []

# ---- group 2
HS = actor("Houthis", "Ansar Allah", "Saleh loyalists", "ميليشيات الحوثي", "مليشيات الحوثي", "ميليشيات الحوثي وصالح", "ميليشيا المخلوع صالح والحوثي", "المتمردين", "الحوثيين")
RES = ("Popular Resistance", "Yemeni government forces", "Hadi government forces", "المقاومة الشعبية", "المقاومة", "الجيش الوطني")
COAL15 = actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف", "طائرات التحالف", "طيران التحالف العربي", "التحالف العربي")
D = ("2015-07-19", "2015-07-21")
C["snn-4c0512e6cbfc"] = [
    ev("government_regains_territory", D, loc("At Tawahi, Aden", "YE", 12.7847, 44.9802, 25), actor(*RES), HS),
    ev("armed_clash", D, loc("At Tawahi, Aden", "YE", 12.7847, 44.9802, 25), actor(*RES), HS, optional=True),
    ev("air_drone_strike", D, loc("Al-Sawad camp, south of Sanaa", "YE", 15.3500, 44.2000, 25), COAL15, HS),
    ev("government_regains_territory", D, loc("Al Faw area, Marib", "YE", 15.4411, 45.3308, 50), actor(*RES), HS),
    ev("government_regains_territory", D, loc("Al-Anad triangle, Lahij", "YE", 13.18, 44.78, 30), actor(*RES), HS),
    ev("air_drone_strike", D, loc("Al-Anad, Lahij", "YE", 13.18, 44.78, 30), COAL15, HS, optional=True),
    ev("shelling_artillery_missile_attack", D, loc("Dar Saad, Aden", "YE", 12.9095, 44.9779, 25),
       actor("Houthis", "Ansar Allah", "Saleh loyalists", "ميليشيات الحوثي وصالح", "ميليشيات الحوثي"), actor("Civilians", "مدنياً", "المدنيين"),
       fatalities=60, injured=200),
    ev("government_regains_territory", D, loc("Taiz city", "YE", 13.5789, 44.0177, 25), actor(*RES), HS),
    ev("armed_clash", D, loc("Taiz city", "YE", 13.5789, 44.0177, 25), actor(*RES), HS, fatalities=[1, 99], injured=[1, 99]),
    ev("armed_clash", ("2015-07-14", "2015-07-21"), loc("Lahij", "YE", 13.05, 44.88, 100), actor(*RES), HS, optional=True),
    ev("air_drone_strike", D, loc("Haradh, Hajjah", "YE", 16.4097, 43.0588, 25), COAL15, HS),
    ev("air_drone_strike", D, loc("Marib province", "YE", 15.4625, 45.3258, 100), COAL15, HS),
    ev("air_drone_strike", D, loc("Amran province", "YE", 15.6594, 43.9439, 100), COAL15, HS),
    ev("air_drone_strike", D, loc("Al Jawf province", "YE", 16.6215, 45.6000, 100), COAL15, HS),
]

C["snn-8a5e1f9cc29b"] = [
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Zinjibar, Abyan (Brigade 15, Wadi Dofas)", "YE", 13.1287, 45.3807, 25),
       COAL15, actor("Houthis", "Saleh loyalists", "Brigade 15", "اللواء 15", "الميليشيات", "صالح")),
]

C["snn-0d56aea4d735"] = [
    ev("armed_clash", ("2015-08-03", "2015-08-03"), loc("Al-Anad base, Lahij", "YE", 13.18, 44.78, 30),
       actor("Yemeni government forces", "Hadi government forces", "القوات الموالية لهادي", "القوات الموالية للرئيس عبد ربه منصور هادي"),
       actor("Houthis", "Ansar Allah", "الحوثيين", "المقاتلين الحوثيين", "المتمردين الحوثيين")),
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), loc("Al-Anad base, Lahij", "YE", 13.18, 44.78, 30),
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "الحوثيين"), optional=True),
    ev("other", ("2015-08-02", "2015-08-03"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "الجنود العرب الخليجيين"), None, optional=True),
]

C["snn-949d87369071"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Al Makhdarah, Marib", "YE", 15.5591, 44.9703, 25), actor(*RES),
       actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيا الحوثي")),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Dhi Na'im, Al Bayda", "YE", 14.1057, 45.4481, 25), actor(*RES),
       actor("Houthis", "Ansar Allah", "الحوثيين", "الميليشيات"), fatalities=[10, 99]),
    ev("government_regains_territory", ("2015-08-04", "2015-08-06"), loc("Dhi Na'im, Al Bayda", "YE", 14.1057, 45.4481, 25), actor(*RES),
       actor("Houthis", "Ansar Allah", "الحوثيين", "الميليشيات"), optional=True),
    ev("government_regains_territory", ("2015-08-04", "2015-08-06"), loc("Western entrance of Al Bayda city (Mashaba, Jabal Karif)", "YE", 13.979, 45.574, 25), actor(*RES),
       actor("Houthis", "Ansar Allah", "الحوثيين")),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Western entrance of Al Bayda city (Mashaba, Jabal Karif)", "YE", 13.979, 45.574, 25), actor(*RES),
       actor("Houthis", "Ansar Allah", "الحوثيين"), optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Saada province", "YE", 16.9402, 43.7639, 100), COAL15, actor("Houthis", "الحوثي"), optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Al Dhale province", "YE", 13.70, 44.73, 100), COAL15, actor("Houthis", "الحوثي"), optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Al Bayda province", "YE", 13.979, 45.574, 100), COAL15, actor("Houthis", "الحوثي"), optional=True),
    ev("other", ("2015-08-04", "2015-08-06"), loc("Al Wadi district, Marib", "YE", 15.4625, 45.3258, 50),
       actor("Marib local authorities", "السلطات المحلية بمحافظة مأرب"), actor("Houthis", "ميليشيا الحوثي"), optional=True),
]

C["snn-6aa3578c9cf9"] = [
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Ba'dan district, Ibb", "YE", 13.9820, 44.3253, 30), actor(*RES),
       actor("Houthis", "Saleh forces", "الحوثيين", "قوات صالح")),
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("As Saddah district, Ibb", "YE", 14.1571, 44.3932, 30), actor(*RES),
       actor("Houthis", "Saleh forces", "الحوثيين", "قوات صالح")),
    ev("air_drone_strike", ("2015-08-07", "2015-08-10"), loc("Ibb province", "YE", 13.97, 44.18, 100), COAL15,
       actor("Houthis", "Saleh forces", "الحوثيين", "قوات صالح"), optional=True),
]

C["ant-SK-economy-469-20180504"] = []

# ---- group 3
C["snn-e038a7518755"] = []
C["ant-SK-middleEast-1382-20180502"] = []

C["ant-SK-internationalNews-2457-20180703"] = [
    ev("arrests", ("2018-06-30", "2018-06-30"), loc("Brussels", "BE", 50.8503, 4.3517, 25),
       actor("Belgian police", "الشرطة", "السلطات البلجيكية"),
       actor("Iranian plot suspects", "الزوجين", "اثنين اشتبهت بهما"), fatalities=None, injured=None),
    ev("disrupted_weapons_use", ("2018-06-30", "2018-06-30"), loc("Brussels", "BE", 50.8503, 4.3517, 25),
       actor("Belgian police", "الشرطة", "السلطات البلجيكية"),
       actor("Iranian plot suspects", "الزوجين"), optional=True),
    ev("arrests", ("2018-06-29", "2018-07-02"), loc("Germany", "DE", None, None),
       actor("German authorities", "German police"), actor("Assadollah Assadi", "أسد الله أسدي", "دبلوماسي إيراني", "إيراني"), optional=True),
    ev("arrests", ("2018-06-29", "2018-07-02"), loc("France", "FR", None, None),
       actor("French authorities", "French police"), actor("ثلاثة أشخاص آخرين"), optional=True),
]

C["ant-SK-middleEast-2444-20180617"] = [
    ev("air_drone_strike", ("2018-06-15", "2018-06-17"), loc("Al Hari, southeast of Albukamal", "SY", 34.4138, 40.9500, 25),
       actor("US-led coalition", "International Coalition", "التحالف بقيادة الولايات المتحدة", "التحالف الذي تقوده الولايات المتحدة", "طائرات تابعة للتحالف"),
       actor("Syrian army", "Syrian government forces", "الجيش السوري"), fatalities=[2, 99], injured=[2, 99]),
]

C["snn-e13479e3a20c"] = [
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Azaz, northern Aleppo countryside", "SY", 36.5866, 37.0463, 25),
       actor("Al-Nusra Front", "Jabhat al-Nusra", "جبهة النصرة", "الجبهة", "تنظيم جبهة النصرة"),
       actor("Division 30", "الفرقة 30", "مقاتلين سوريين مدربين"), fatalities=None, injured=None),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Azaz, northern Aleppo countryside", "SY", 36.5866, 37.0463, 25),
       actor("Al-Nusra Front", "Jabhat al-Nusra", "جبهة النصرة"),
       actor("Division 30", "الفرقة 30"), fatalities=25),
]

C["ant-SK-internationalNews-768-20180403"] = [
    ev("peaceful_protest", ("2018-03-01", "2018-03-31"), loc("Bogazici University, Istanbul", "TR", 41.0845, 29.0510, 25),
       actor("Bogazici University students", "طلاب جامعة البوسفور", "مجموعة منافسة من الطلاب"), None, optional=True),
]

# ---- group 4
C["snn-ec801e98bcac"] = []
C["ant-SK-middleEast-435-20180320"] = []

EGA = actor("Egyptian army", "Egyptian military", "الجيش", "القوات", "القوات الجوية")
SINAI = actor("Islamic State - Sinai Province", "Wilayat Sinai", "Ansar Bait al-Maqdis", "إرهابيا", "تكفيريا", "الإرهابيين")
C["ant-SK-middleEast-1766-20180517"] = [
    ev("armed_clash", ("2018-05-14", "2018-05-17"), loc("North Sinai", "EG", 31.1316, 33.7984, 100), EGA, SINAI, fatalities=[0, 19], optional=True),
    ev("armed_clash", ("2018-05-14", "2018-05-17"), loc("Central Sinai", "EG", 29.91, 33.75, 100), EGA, SINAI, fatalities=[0, 19], optional=True),
    ev("air_drone_strike", ("2018-05-14", "2018-05-17"), loc("North Sinai", "EG", 31.1316, 33.7984, 100), EGA, SINAI, optional=True),
    ev("arrests", ("2018-05-14", "2018-05-17"), loc("North Sinai", "EG", 31.1316, 33.7984, 100), EGA,
       actor("المطلوبين جنائيا والمشتبه بهم", "suspects"), optional=True),
]

C["ant-SK-internationalNews-2662-20180716"] = []
C["snn-9c364c5913c7"] = []

C["snn-2c0611603728"] = [
    ev("excessive_force_against_protesters", ("2015-07-15", "2015-07-19"), loc("Northern Basra districts (Al Madinah)", "IQ", 30.9632, 47.2700, 50),
       actor("Iraqi security forces", "قوات أمنية"), actor("Protesters", "المتظاهرين", "متظاهرين"),
       fatalities=[1, 4], injured=[0, 3]),
    ev("protest_with_intervention", ("2015-07-15", "2015-07-19"), loc("Northern Basra districts (Al Madinah)", "IQ", 30.9632, 47.2700, 50),
       actor("Protesters", "المتظاهرين", "متظاهرين"), actor("Iraqi security forces", "قوات أمنية"),
       fatalities=[1, 4], injured=[0, 3], optional=True),
    ev("peaceful_protest", ("2015-07-15", "2015-07-25"), loc("Iraq (several cities)", "IQ", None, None),
       actor("Protesters", "مظاهرات"), None, optional=True),
]

# ---- group 5
IDF = ("Israeli army", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي", "قوات الجيش", "حرس الحدود")
C["snn-ea13887e505a"] = [
    ev("violent_demonstration", ("2015-07-22", "2015-07-22"), loc("Burqin, Jenin", "PS", 32.4546, 35.2608, 25),
       actor("Palestinian rioters", "Palestinians", "شبان فلسطينيين"), actor(*IDF), fatalities=1),
    ev("attack", ("2015-07-22", "2015-07-22"), loc("Burqin, Jenin", "PS", 32.4546, 35.2608, 25),
       actor(*IDF), actor("Civilians", "Palestinians", "شاب فلسطيني", "محمد علاونة"), fatalities=1, optional=True),
    ev("arrests", ("2015-07-22", "2015-07-22"), loc("Burqin, Jenin", "PS", 32.4546, 35.2608, 25),
       actor(*IDF), actor("Palestinians", "فلسطيني مطلوب"), optional=True),
]

C["ant-CN-internationalNews-471-20180811"] = [
    ev("excessive_force_against_protesters", ("2018-08-10", "2018-08-10"), loc("Gaza Strip border fence", "PS", 31.42, 34.38, 30),
       actor("Israeli forces", "Israeli army", "قوات إسرائيلية"), actor("Protesters", "Palestinians", "فلسطينيين", "مظاهرات"), fatalities=2),
    ev("protest_with_intervention", ("2018-08-10", "2018-08-10"), loc("Gaza Strip border fence", "PS", 31.42, 34.38, 30),
       actor("Protesters", "Palestinians", "فلسطينيين", "مظاهرات"), actor("Israeli forces", "Israeli army", "قوات إسرائيلية"), fatalities=2, optional=True),
]

C["ant-SK-middleEast-3077-20180722"] = [
    ev("peaceful_protest", ("2018-07-06", "2018-07-10"), loc("Basra", "IQ", 30.5330, 47.7975, 100),
       actor("Protesters", "مظاهرات"), None, optional=True),
]

C["snn-d14d8714fa10"] = []
C["snn-db440ec4e0e0"] = []

HO = actor("Houthis", "Ansar Allah", "الحوثيين", "حوثية", "الجماعات الحوثية")
C["snn-1fdbe48f7ef6"] = [
    ev("disrupted_weapons_use", ("2015-08-05", "2015-08-07"), loc("Mashra'a wa Hadnan district, Taiz", "YE", 13.5370, 43.9971, 30),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة الشعبية في تعز"), HO),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Al Kawd, Abyan", "YE", 13.0886, 45.3647, 25),
       actor("Popular Resistance", "المقاومة", "المقاومة الشعبية"), HO),
    ev("air_drone_strike", ("2015-08-05", "2015-08-07"), loc("Al Kawd, Abyan", "YE", 13.0886, 45.3647, 25),
       actor("Saudi-led coalition", "Arab Coalition", "قوات التحالف العربي", "الطيران"), HO),
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-07"), loc("Zinjibar, Abyan", "YE", 13.1287, 45.3807, 25),
       HO, actor("Civilians", "المواطنين والأبرياء")),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Zinjibar, Abyan (brigade camp)", "YE", 13.1287, 45.3807, 25),
       actor("Popular Resistance", "المقاومة"), HO, optional=True),
    ev("government_regains_territory", ("2015-07-31", "2015-08-07"), loc("Labouza camp, Lahij", "YE", 13.18, 44.78, 40),
       actor("Yemeni government forces", "الجيش", "التحالف"), HO, optional=True),
]

# ---- group 6
JRF = actor("Joint Resistance Forces", "Yemeni government forces", "قوات المقاومة المشتركة", "القوات المشتركة", "قوات المقاومة")
HOD = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "المسلحين الحوثيين")
C["ant-SK-middleEast-2353-20180613"] = [
    ev("armed_clash", ("2018-06-12", "2018-06-13"), loc("Near Hodeidah airport", "YE", 14.7531, 42.9761, 25), JRF, HOD),
    ev("air_drone_strike", ("2018-06-12", "2018-06-13"), loc("Hodeidah", "YE", 14.7966, 42.9452, 25),
       actor("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية"), HOD),
    ev("shelling_artillery_missile_attack", ("2018-06-12", "2018-06-13"), loc("Hodeidah", "YE", 14.7966, 42.9452, 25),
       actor("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية"), HOD, optional=True),
]

C["ant-CN-internationalNews-102-20180312"] = []

ISD = ("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "مسلحي تنظيم داعش", "مسلحو داعش")
SYG = ("Syrian government forces", "Syrian regime forces", "قوات النظام السوري", "قوات النظام")
RUSY = actor("Russian air force", "Syrian air force", "مقاتلات حربية روسية وسورية")
D9 = ("2018-05-07", "2018-05-09")
C["ant-SK-middleEast-1537-20180509"] = [
    ev("non_state_actor_overtakes_territory", D9, loc("Al Hajar al Aswad, south Damascus", "SY", 33.4576, 36.3042, 25), actor(*ISD), actor(*SYG)),
    ev("armed_clash", D9, loc("Al Hajar al Aswad, south Damascus", "SY", 33.4576, 36.3042, 25), actor(*ISD), actor(*SYG)),
    ev("armed_clash", D9, loc("Yarmouk camp, Damascus", "SY", 33.4747, 36.3036, 25), actor(*ISD), actor(*SYG)),
    ev("armed_clash", D9, loc("Tadamon (Daaboul street), Damascus", "SY", 33.487, 36.314, 25), actor(*ISD), actor(*SYG), optional=True),
    ev("air_drone_strike", D9, loc("Yarmouk camp, Damascus", "SY", 33.4747, 36.3036, 25), RUSY, actor(*ISD, "Civilians", "الأحياء السكنية")),
    ev("air_drone_strike", D9, loc("Al Hajar al Aswad, south Damascus", "SY", 33.4576, 36.3042, 25), RUSY, actor(*ISD, "Civilians", "الأحياء السكنية")),
    ev("shelling_artillery_missile_attack", D9, loc("Yarmouk camp, Damascus", "SY", 33.4747, 36.3036, 25), RUSY, actor(*ISD, "Civilians"), optional=True),
]

C["snn-f9ced6c6647d"] = []
C["snn-976876794e4b"] = []
C["snn-fc2353d336b9"] = []

# ---- group 7
C["ant-SK-middleEast-3643-20180911"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-07", "2018-09-07"), loc("Koya (Koysinjaq), Kurdistan Region", "IQ", 36.0814, 44.6312, 25),
       actor("Islamic Revolutionary Guard Corps", "IRGC", "Iran", "الحرس الثوري", "الحرس الثوري التابع لنظام الملالي"),
       actor("Kurdistan Democratic Party of Iran", "KDPI", "الحزب الديمقراطي الكردستاني الإيراني", "مقاتلي الحزب الديمقراطي الكردستاني الإيراني"),
       fatalities=14, injured=[2, 99]),
]
C["snn-11f1c5834aeb"] = []
C["snn-770dc28272a7"] = []
C["snn-fe0c5239319e"] = []
C["snn-09c3eace52d8"] = []

RUS = actor("Russian special forces", "Russian security forces", "القوات الخاصة الروسية", "اجهزة الامن الروسية", "قوات الامن")
C["snn-30cbe8a7b4c4"] = [
    ev("armed_clash", ("2015-08-02", "2015-08-03"), loc("Nalchik, Kabardino-Balkaria", "RU", 43.4853, 43.6071, 25), RUS,
       actor("Militants", "مجموعة مسلحة", "مقاتلا متمردا", "مقاتلين"), fatalities=[6, 14]),
    ev("armed_clash", ("2015-08-01", "2015-08-02"), loc("North Caucasus", "RU", None, None), RUS,
       actor("Islamic State", "ISIS", "Daesh", "متطرفين بايعوا تنظيم داعش"), fatalities=8, optional=True),
]

# ---- group 8
C["snn-ca818c3bb642"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Baghdad", "IQ", 33.3406, 44.4009, 25),
       actor("Protesters", "Iraqi protesters", "آلاف العراقيين", "العراقيين"), None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Southern Iraq (six provinces)", "IQ", None, None),
       actor("Protesters", "Iraqi protesters", "آلاف العراقيين"), None, optional=True),
]
C["ant-SK-middleEast-1450-20180506"] = []
C["ant-SK-middleEast-430-20180320"] = []
C["ant-SK-internationalNews-858-20180408"] = []
C["snn-b0a199545f2a"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-02", "2015-08-08"), loc("Korean Demilitarized Zone", "KR", 38.0, 127.0, 150),
       actor("North Korean military", "North Korea", "جنودا شماليين", "كوريا الشمالية"),
       actor("South Korean military", "جنديين كوريين جنوبيين"), injured=2, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-86.jsonl"))
