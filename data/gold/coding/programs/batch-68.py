import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

IS = lambda *x: actor(*x, "Islamic State", "ISIS", "Daesh", "IS")

C["snn-6c8491e93286"] = []
C["snn-81e99b8c5de7"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-01"), loc("Ajdabiya (checkpoint Gate 200)", "LY", 30.75545, 20.22626, 100),
       IS("تنظيم الدولة الإسلامية", "متشددون من تنظيم الدولة الإسلامية", "مقاتلو الدولة الإسلامية", "الدواعش", "داعش"),
       actor("قوات موالية للحكومة المعترف بها دوليا", "الكتيبه 21 حرس حدود", "جنود ليبيين", "Libyan army", "Military Forces of Libya", "Libyan National Army"),
       fatalities=5),
    ev("armed_clash", ("2015-07-31", "2015-08-01"), loc("road Ajdabiya-Tobruk, ~100 km from Ajdabiya", "LY", 30.75545, 20.22626, 150),
       IS("الدواعش", "داعش", "تنظيم الدولة الإسلامية"),
       actor("رتل من مدينه اجدابيا", "جنود ليبيين", "Libyan army", "Military Forces of Libya", "Libyan National Army"),
       fatalities=2, injured=5, optional=True),
]
C["snn-e20c5385d301"] = [
    ev("peaceful_protest", ("2015-08-02", "2015-08-02"), loc("Cairo (Journalists Syndicate)", "EG", 30.0444, 31.2357, 25),
       actor("الصحفيين المصريين", "الصحفيون", "Egyptian journalists", "Journalists", "Protesters"), None),
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Nablus", "PS", 32.218589, 35.265753, 30),
       actor("مستوطنين إسرائيليين", "المستوطنين", "عصابات المستوطنين", "Israeli settlers", "Settlers"),
       actor("الطفل الفلسطيني على الدوابشة", "Civilians", "Palestinian civilians", "المدنيين"),
       optional=True),
]
C["ant-SK-internationalNews-1272-20180430"] = [
    ev("suicide_bomb", ("2018-04-28", "2018-04-30"), loc("Abdullah village near Kandahar airport", "AF", 31.51, 65.85, 50),
       None, actor("حلف شمال الأطلسي", "الناتو", "NATO", "Resolute Support", "جنود رومانيين", "Romanian troops", "الأطفال", "Civilians"),
       fatalities=11, injured=16),
    ev("suicide_bomb", ("2018-04-30", "2018-04-30"), loc("Kabul", "AF", 34.5553, 69.2075, 25),
       IS("تنظيم داعش", "داعش"), actor("Civilians", "Journalists", "صحفيين", "المدنيين"),
       fatalities=25),
]
CO = lambda: actor("طائرات التحالف الدولي", "التحالف الدولي", "التحالف", "International coalition", "US-led coalition", "Global Coalition")
C["snn-39da5f7fcb53"] = [
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Al-Mayadin", "SY", 35.02089, 40.45346, 25),
       CO(), IS("تنظيم داعش", "داعش"), fatalities=11),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Kareen camp near Tabqa", "SY", 35.8373, 38.54811, 25),
       CO(), IS("تنظيم داعش", "داعش"), fatalities=29),
    ev("air_drone_strike", ("2015-08-04", "2015-08-06"), loc("Hasakah countryside", "SY", 36.50237, 40.74772, 100),
       CO(), IS("تنظيم داعش", "داعش"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-07"), loc("Makhmour district", "IQ", 35.772018, 43.589045, 30),
       IS("عناصر تنظيم داعش", "داعش", "تنظيم داعش"), actor("قوات البيشمركة", "البيشمركة", "Peshmerga", "Kurdish Peshmerga"),
       fatalities=18),
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-05"), loc("Makhmour district", "IQ", 35.772018, 43.589045, 30),
       IS("عناصر تنظيم داعش", "داعش", "تنظيم داعش"), actor("قوات البيشمركة", "البيشمركة", "Peshmerga", "Kurdish Peshmerga"),
       optional=True),
]
C["ant-CN-middleEast-370-20180325"] = []

C["ant-SK-middleEast-417-20180320"] = [
    ev("looting_property_destruction", ("2018-03-18", "2018-03-20"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("مقاتلي الجيش السوري الحر", "الجيش السوري الحر", "مقاتلي المعارضة السورية", "Free Syrian Army", "FSA", "Syrian opposition"),
       actor("سكان مدينة عفرين", "أهالي عفرين", "Civilians", "المدنيين")),
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("القوات التركية", "تركيا", "مقاتلي المعارضة السورية", "الجيش السوري الحر", "Turkish Armed Forces", "Turkey", "Free Syrian Army", "FSA"),
       actor("وحدات حماية الشعب الكردية", "YPG", "People's Protection Units")),
]
C["ant-SK-economy-755-20180609"] = []
C["ant-SK-middleEast-2424-20180616"] = []
C["snn-111d52ff9a2d"] = [
    ev("armed_clash", ("2015-07-19", "2015-07-21"), loc("Al-Hurriyat, Karmah district", "IQ", 33.40438, 43.91437, 25),
       IS("عناصر من داعش", "داعش", "الدواعش"),
       actor("الفوج الثالث", "القوات الأمنية", "القوات العراقية", "Iraqi Security Forces", "Iraqi army", "Military Forces of Iraq"),
       fatalities=3, injured=4),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Al-Hurriyat, Karmah district", "IQ", 33.40438, 43.91437, 25),
       CO(), IS("الدواعش", "داعش", "عناصر التنظيم"), fatalities=18),
    ev("government_regains_territory", ("2015-07-10", "2015-07-21"), loc("Al-Karmah district", "IQ", 33.40438, 43.91437, 30),
       actor("قيادة عمليات بغداد", "القوات العراقية", "Iraqi Security Forces", "Iraqi army", "Military Forces of Iraq"),
       IS("داعش"), optional=True),
]
C["ant-SK-internationalNews-1701-20180521"] = [
    ev("armed_clash", ("2018-05-19", "2018-05-21"), loc("Northern Iraq", "IQ", None, None, 100),
       actor("حزب العمال الكردستاني", "منظمة حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party", "مسلحين"),
       actor("قوة تركية", "القوات التركية", "Turkish Armed Forces", "Military Forces of Turkey", "Turkey"),
       fatalities=2, injured=2, optional=True),
]
C["ant-SK-middleEast-3544-20180907"] = []

C["snn-fbb748cc19a5"] = [
    ev("attack", ("2015-08-07", "2015-08-07"), loc("road between Iranian border and Van", "TR", 38.6, 43.8, 100),
       actor("مسلحون", "Unidentified armed group", "Gunmen"),
       actor("حافلة ركاب إيرانية", "السائق", "Civilians", "Iranian civilians"), fatalities=1),
    ev("suicide_bomb", ("2015-07-20", "2015-07-31"), loc("Turkey (Suruc)", "TR", None, None),
       IS("تنظيم داعش"), actor("ناشطا كرديا", "Kurdish activists", "Civilians"), fatalities=32, optional=True),
]
C["snn-d07b70e18504"] = []
C["ant-SK-internationalNews-594-20180326"] = [
    ev("arrests", ("2018-03-26", "2018-03-26"), loc("Turkey", "TR", None, None),
       actor("النائب العام التركي", "تركيا", "Turkey", "Police Forces of Turkey", "Turkish authorities"),
       actor("ضابطا في السلاح الجوي", "جماعة فتح الله غولن", "Gulen movement", "FETO"), optional=True),
]
C["snn-93e99c099a88"] = [
    ev("air_drone_strike", ("2015-07-23", "2015-07-25"), loc("Northern Syria", "SY", None, None),
       actor("طائرات حربية تركية", "تركيا", "Turkey", "Turkish Air Force", "Military Forces of Turkey"),
       IS("مسلحي تنظيم الدولة الإسلامية", "الدولة الإسلامية", "الجهاديين"), optional=True),
]
C["ant-SK-middleEast-3408-20180815"] = [
    ev("grenade", ("2018-08-13", "2018-08-14"), loc("Rmeish (Bint Jbeil)", "LB", 33.07833, 35.36611, 25),
       actor("دورية تابعة للجيش الإسرائيلي", "الجيش الإسرائيلي", "Israeli army", "IDF", "Military Forces of Israel"),
       actor("دورية تابعة لمخابرات الجيش اللبناني", "الجيش اللبناني", "Lebanese army", "Military Forces of Lebanon"),
       injured=2),
    ev("attack", ("2018-08-13", "2018-08-14"), loc("Rmeish (Bint Jbeil)", "LB", 33.07833, 35.36611, 25),
       actor("دورية تابعة للجيش الإسرائيلي", "الجيش الإسرائيلي", "Israeli army", "IDF", "Military Forces of Israel"),
       actor("دورية تابعة لمخابرات الجيش اللبناني", "الجيش اللبناني", "Lebanese army", "Military Forces of Lebanon"),
       injured=2, optional=True),
]
C["ant-SK-middleEast-1716-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-13", "2018-05-15"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("المدنيين الفلسطينيين", "Palestinian protesters", "Protesters"),
       actor("Israeli army", "IDF", "Military Forces of Israel", "الاعتداءات الإسرائيلية"), optional=True),
]

C["snn-692823867555"] = [
    ev("arrests", ("2015-07-21", "2015-07-22"), loc("Melilla", "ES", 35.2923, -2.9381, 25),
       actor("الشرطة الاسبانية", "وزارة الداخلية الاسبانية", "المديرية العامة لمراقبة التراب الوطني المغربية", "Spanish police", "Police Forces of Spain", "DGST"),
       actor("رجل يشتبه بتجنيده عناصر", "تنظيم داعش", "Islamic State", "ISIS")),
]
C["ant-SK-internationalNews-2383-20180629"] = [
    ev("protest_with_intervention", ("2018-06-28", "2018-06-28"), loc("Washington DC (Capitol)", "US", 38.8899, -77.0091, 25),
       actor("الناشطات", "المحتجات", "متظاهرة", "مسيرة النساء", "Women's March", "Protesters", "Women activists"),
       actor("الشرطة", "Police Forces of the United States", "Capitol Police", "US Capitol Police")),
]
C["ant-SK-middleEast-507-20180323"] = [
    ev("non_violent_transfer_of_territory", ("2018-03-21", "2018-03-23"), loc("Sinjar", "IQ", 36.317372, 41.861731, 25),
       actor("مسلحي حزب العمال الكردستاني", "حزب العمال الكردستاني", "منظومة المجتمع الكردستاني", "PKK", "Kurdistan Workers' Party", "KCK"), None),
    ev("change_to_group_activity", ("2018-03-21", "2018-03-23"), loc("Sinjar", "IQ", 36.317372, 41.861731, 25),
       actor("مسلحي حزب العمال الكردستاني", "حزب العمال الكردستاني", "منظومة المجتمع الكردستاني", "PKK", "Kurdistan Workers' Party", "KCK"), None, optional=True),
    ev("air_drone_strike", ("2018-03-16", "2018-03-23"), loc("Northern Iraq", "IQ", None, None),
       actor("تركيا", "Turkey", "Military Forces of Turkey", "Turkish Air Force"),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"), optional=True),
]
C["snn-a5162ded19e3"] = []
NUS = lambda: actor("جبهة النصرة", "النصرة", "تنظيم النصرة", "Jabhat al-Nusra", "Al-Nusra Front", "Nusra Front")
D30 = lambda: actor("الفرقة 30", "الفرقة 30 مشاة", "أعضاء الفرقة 30", "Division 30", "Syrian opposition", "المعارضة السورية المعتدلة")
C["snn-47ac032f5130"] = [
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-05"), loc("Qah (refugee camp), Idlib", "SY", 36.2972, 36.72512, 25),
       NUS(), D30()),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Azaz", "SY", 36.58662, 37.04628, 25),
       NUS(), D30(), optional=True),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Azaz", "SY", 36.58662, 37.04628, 25),
       NUS(), D30(), fatalities=32),
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("Azaz", "SY", 36.58662, 37.04628, 25),
       actor("الائتلاف الدولي", "التحالف الدولي", "International coalition", "US-led coalition", "الطائرات الأمريكية"), NUS(), optional=True),
]
C["ant-CN-internationalNews-602-20180911"] = []

C["snn-54febc9ad682"] = []
C["snn-4295a9ec83d7"] = []
PR = lambda *x: actor(*x, "المقاومة الشعبية", "الثوار", "Popular Resistance", "Pro-Hadi forces", "Yemeni government forces")
HO = lambda *x: actor(*x, "الانقلابيين", "المتمردين", "الميليشيات", "الحوثيين", "Houthis", "Ansar Allah", "Saleh forces")
TZ = lambda n="Taiz city", t=25: loc(n, "YE", 13.57825, 44.017666, t)
C["snn-25a3cf0b6944"] = [
    ev("armed_clash", ("2015-08-05", "2015-08-07"), TZ("Taiz city (Kalaba, Hawd al-Ashraf, Arbaeen St, Sina, Political Security bldg)"),
       PR("مقاومة تعز"), HO("المقاتلين الحوثيين"), fatalities=16, injured=20),
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-07"), TZ(),
       HO(), actor("الأحياء السكنية", "Civilians", "المدنيين"), optional=True),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Taiz province (road from Lahj)", "YE", 13.57825, 44.017666, 60),
       PR(), HO(), optional=True),
    ev("disrupted_weapons_use", ("2015-08-05", "2015-08-07"), loc("Jabal Sabir", "YE", 13.53, 44.03, 25),
       PR(), HO(), optional=True),
    ev("air_drone_strike", ("2015-08-05", "2015-08-07"), loc("Abyan (15th Brigade camp, Zinjibar/Shuqra)", "YE", 13.12871, 45.38073, 100),
       actor("طائرات التحالف العربي", "التحالف العربي", "المقاتلات", "Saudi-led coalition", "Arab Coalition"),
       HO("قوات الرئيس المخلوع علي عبد الله صالح"), fatalities=80, injured=120),
    ev("armed_clash", ("2015-08-06", "2015-08-06"), loc("Zinjibar front", "YE", 13.12871, 45.38073, 25),
       HO("قوات تابعة للانقلابيين"), PR()),
    ev("armed_clash", ("2015-08-06", "2015-08-06"), loc("Central region, Abyan", "YE", 13.83, 45.85, 80),
       HO("قوات تابعة للانقلابيين"), PR(), optional=True),
    ev("government_regains_territory", ("2015-08-05", "2015-08-07"), loc("15th Brigade camp, Zinjibar", "YE", 13.12871, 45.38073, 40),
       PR(), HO(), optional=True),
]
C["ant-SK-middleEast-2560-20180625"] = [
    ev("air_drone_strike", ("2018-06-16", "2018-06-18"), loc("Albukamal", "SY", 34.45, 40.91861, 30),
       None, actor("قوات الحشد الشعبي", "الحشد الشعبي", "كتائب حزب الله", "Popular Mobilization Forces", "PMF", "Kataib Hezbollah"),
       fatalities=22, injured=12),
    ev("air_drone_strike", ("2018-06-16", "2018-06-18"), loc("Albukamal", "SY", 34.45, 40.91861, 30),
       actor("الولايات المتحدة", "القوات الأميركية", "United States", "US", "US-led coalition"),
       actor("قوات الحشد الشعبي", "الحشد الشعبي", "كتائب حزب الله", "Popular Mobilization Forces", "PMF", "Kataib Hezbollah"),
       fatalities=22, injured=12, optional=True),
]
IQF = lambda *x: actor(*x, "القوات العراقية", "الجيش العراقي", "قوات الأمن العراقية", "Iraqi Security Forces", "Iraqi army", "Military Forces of Iraq")
DA = lambda: IS("تنظيم داعش", "داعش", "تنظيم الدولة")
C["snn-355ee8e6a9de"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-31"), loc("near Saqlawiyah", "IQ", 33.39576, 43.68289, 25),
       DA(), IQF("ثكنة عسكرية", "جندي عراقي"), fatalities=1, injured=5),
    ev("armed_clash", ("2015-07-24", "2015-07-30"), loc("Saqlawiyah", "IQ", 33.39576, 43.68289, 25),
       IQF("مليشيا الحشد", "الحشد الشعبي", "Popular Mobilization Forces"), DA(), optional=True),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Sakra and Zawiya, west of Haditha", "IQ", 34.13661, 42.37727, 30),
       actor("الشرطة العراقية", "الصحوات", "Police Forces of Iraq", "Iraqi police", "Sahwa"), DA(), fatalities=5, injured=5),
    ev("armed_clash", ("2015-07-30", "2015-07-31"), loc("Husaybah and Madiq, east of Ramadi", "IQ", 33.42068, 43.4533, 25),
       IQF("الشرطة الاتحادية", "Federal Police"), DA(), fatalities=23),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Ramadi outskirts", "IQ", 33.42056, 43.30778, 25),
       IQF("مليشيا الحشد", "Popular Mobilization Forces"), DA(), optional=True),
    ev("government_regains_territory", ("2015-07-24", "2015-07-31"), loc("Anbar University / Olympic stadium, Ramadi", "IQ", 33.40, 43.29, 25),
       IQF(), DA(), optional=True),
]
C["snn-37845780f405"] = []

C["snn-0a61bbf9a1ad"] = []
C["ant-SK-middleEast-253-20180312"] = []
C["snn-a0ebb797a0a3"] = [
    ev("armed_clash", ("2015-08-02", "2015-08-04"), loc("Nalchik", "RU", 43.4853, 43.6071, 25),
       actor("قوات الأمن", "القوات الخاصة الروسية", "لجنة مكافحة الإرهاب", "Russian security forces", "Police Forces of Russia", "Military Forces of Russia", "Russia"),
       actor("مجموعة مسلحة", "المتشددون", "مسلحين", "Militants", "Islamic State"), fatalities=6),
]
JR = lambda *x: actor(*x, "المقاومة اليمنية المشتركة", "المقاومة المشتركة", "قوات المقاومة اليمنية المشتركة", "Joint Resistance Forces", "Yemeni government forces", "Pro-Hadi forces")
HH = lambda: actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "المتمردين", "Houthis", "Ansar Allah")
AC = lambda *x: actor(*x, "مقاتلات التحالف", "مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition")
D = ("2018-06-04", "2018-06-06")
C["ant-SK-middleEast-2184-20180606"] = [
    ev("armed_clash", D, loc("Al-Jah, Bayt al-Faqih district", "YE", 14.466804, 43.289929, 30), HH(), JR()),
    ev("air_drone_strike", D, loc("Al-Salif", "YE", 15.30755, 42.67107, 25), AC(), HH()),
    ev("armed_clash", D, loc("Al-Durayhimi district", "YE", 14.63702, 43.05505, 30), JR(), HH()),
    ev("air_drone_strike", D, loc("Hodeidah city outskirts", "YE", 14.796625, 42.945213, 25), AC(), HH(), optional=True),
    ev("shelling_artillery_missile_attack", D, loc("Hodeidah, west coast front", "YE", 14.796625, 42.945213, 30), AC("مدفعية التحالف العربي"), HH(), optional=True),
    ev("armed_clash", D, loc("Hodeidah outskirts", "YE", 14.796625, 42.945213, 30),
       JR("المقاومة الوطنية", "ألوية العمالقة", "المقاومة التهامية", "القوات الإماراتية", "Giants Brigades", "National Resistance", "Tihama Resistance"), HH(),
       fatalities=[10, 99], optional=True),
    ev("air_drone_strike", D, loc("Zabid district outskirts", "YE", 14.196411, 43.316688, 30), AC(), HH(), optional=True),
    ev("air_drone_strike", D, loc("Al-Jarrahi outskirts", "YE", 14.13254, 43.38845, 25), AC(), HH(), optional=True),
    ev("air_drone_strike", D, loc("Al-Tuhayta", "YE", 14.18356, 43.22637, 30), AC(), HH(), optional=True),
    ev("air_drone_strike", D, loc("Al-Husayniyah", "YE", 14.72659, 43.30357, 25), AC(), HH(), optional=True),
]
C["snn-20ad8d68f565"] = []
C["snn-f3d3cbd3662a"] = []

C["snn-9968980a3cf7"] = []
C["snn-31253ae01b21"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc (cultural centre)", "TR", 36.976, 38.425, 25),
       IS("تنظيم داعش", "داعش"), actor("شبان مقربين من القضية الكردية", "Kurdish activists", "Civilians", "المدنيين"),
       fatalities=32),
]
SYAD = lambda: actor("الدفاعات الجوية السورية", "Syrian air defences", "Syrian government forces", "Military Forces of Syria", "Syrian army")
C["ant-SK-middleEast-1078-20180416"] = [
    ev("disrupted_weapons_use", ("2018-04-16", "2018-04-17"), loc("Shayrat airbase, Homs", "SY", 34.49364, 36.94702, 25),
       SYAD(), None),
    ev("shelling_artillery_missile_attack", ("2018-04-16", "2018-04-17"), loc("Shayrat airbase, Homs", "SY", 34.49364, 36.94702, 25),
       None, SYAD(), optional=True),
]
C["snn-bdf2de5d2de3"] = []
C["ant-CN-middleEast-1235-20180816"] = [
    ev("air_drone_strike", ("2018-08-16", "2018-08-16"), loc("Syria (IS operations room)", "SY", None, None),
       actor("العراق", "Iraq", "Iraqi Air Force", "Military Forces of Iraq"), IS("تنظيم داعش", "داعش"), optional=True),
    ev("armed_clash", ("2018-08-14", "2018-08-15"), loc("Al-Bukayriyah (al-Souq district)", "SA", 26.148593, 43.653917, 25),
       actor("وزارة الداخلية السعودية", "Saudi security forces", "Police Forces of Saudi Arabia"),
       actor("شخص يتبنى فكر تنظيم الدولة الإسلامية", "Islamic State", "ISIS", "Daesh"), optional=True),
]
C["ant-SK-middleEast-1280-20180427"] = []

JR2 = lambda *x: JR(*x, "قوات المقاومة اليمنية المشتركة", "القوات الإماراتية", "تحالف دعم الشرعية", "ألوية العمالقة", "Giants Brigades", "UAE forces")
C["ant-SK-middleEast-2034-20180529"] = [
    ev("government_regains_territory", ("2018-05-29", "2018-05-29"), loc("south of Hodeidah city, towards the airport", "YE", 14.75, 42.98, 25), JR2(), HH()),
    ev("government_regains_territory", ("2018-05-26", "2018-05-29"), loc("Al-Tuhayta district", "YE", 14.18356, 43.22637, 30), JR2(), HH()),
    ev("government_regains_territory", ("2018-05-26", "2018-05-29"), loc("Al-Durayhimi district", "YE", 14.63702, 43.05505, 30), JR2(), HH()),
    ev("government_regains_territory", ("2018-05-27", "2018-05-29"), loc("Jabal al-Uwayd, Maqbana front", "YE", 13.66394, 43.6873, 25),
       actor("القوات الشرعية", "Yemeni government forces", "Pro-Hadi forces", "Military Forces of Yemen"), HH()),
    ev("air_drone_strike", ("2018-05-27", "2018-05-29"), loc("Maqbana", "YE", 13.66394, 43.6873, 25), AC(), HH()),
]
C["snn-5976b3413f50"] = []
C["ant-SK-internationalNews-1629-20180518"] = [
    ev("arrests", ("2018-05-16", "2018-05-18"), loc("France", "FR", None, None),
       actor("وزير الداخلية الفرنسي", "السلطات الفرنسية", "Police Forces of France", "French police", "France"),
       actor("شقيقين من أصل مصري", "شابان من أصل مصري", "Militants"), optional=True),
    ev("attack", ("2018-05-12", "2018-05-12"), loc("Paris", "FR", 48.8686, 2.3340, 25),
       actor("مهاجما", "المهاجم", "حمزة عظيموف", "Khamzat Azimov", "Islamic State", "ISIS"),
       actor("أحد المارة", "Civilians", "المدنيين"), fatalities=[1, 2], injured=5),
]
C["ant-CN-middleEast-1287-20180907"] = [
    ev("mob_violence", ("2018-08-24", "2018-09-07"), loc("Minya governorate (village)", "EG", 28.10988, 30.7503, 60),
       None, actor("أقباط", "Copts", "Coptic Christians", "Civilians"), optional=True),
]
AHW = lambda: actor("المتظاهرون", "الشعب الأحوازي", "Protesters", "Ahwazi Arabs", "Arab protesters")
C["ant-SK-internationalNews-790-20180404"] = [
    ev("peaceful_protest", ("2018-04-04", "2018-04-04"), loc("Ahvaz region (Khuzestan)", "IR", 31.3183, 48.6706, 100), AHW(), None),
    ev("protest_with_intervention", ("2018-04-04", "2018-04-04"), loc("Ahvaz region (Khuzestan)", "IR", 31.3183, 48.6706, 100), AHW(),
       actor("الحرس الثوري", "الأمن الايراني", "Islamic Revolutionary Guard Corps", "IRGC", "Police Forces of Iran"), optional=True),
    ev("attack", ("2018-03-01", "2018-04-04"), loc("Ahvaz region (cafe)", "IR", 31.3183, 48.6706, 100),
       None, actor("مقهى عربي", "Civilians", "المدنيين"), fatalities=12, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-68.jsonl"))
