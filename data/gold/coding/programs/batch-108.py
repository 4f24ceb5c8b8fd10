import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

COAL = ["التحالف العربي", "التحالف العربي الذي تقوده المملكة", "التحالف", "Saudi-led coalition", "Arab Coalition"]
ISR = ["الجيش الإسرائيلي", "Israeli Defense Forces", "IDF", "Israeli army", "Israel"]
ISIS = ["داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh", "ISIL"]
CIV = ["Civilians", "مدنيين", "المدنيين"]

C["snn-5de39e7169dd"] = []  # trade talks

C["ant-CN-middleEast-1223-20180814"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada", "YE", 16.94021, 43.76394, 50),
       actor(*COAL), actor("الأطفال", "Civilians", "مدنيين"), fatalities=[10, 99]),
    ev("arrests", ("2018-08-13", "2018-08-14"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor(*ISR), actor("فلسطينيا", "Palestinians", "Palestinian civilians"), optional=True),
    ev("other", ("2018-08-13", "2018-08-14"), loc("Hebron", "PS", 31.524206, 35.088173, 25),
       actor(*ISR), None, optional=True),
]

C["ant-SK-middleEast-3941-20181018"] = [
    ev("abduction_forced_disappearance", ("2018-10-11", "2018-10-18"), loc("Syria", "SY", None, None),
       actor(*ISIS, "مسلحين من تنظيم داعش", "الإرهابيين"), actor("رهينة", "Civilians"), optional=True),
]

C["ant-CN-internationalNews-393-20180525"] = [
    ev("shelling_artillery_missile_attack", ("2014-07-17", "2014-07-17"), loc("eastern Ukraine", "UA", None, None),
       actor("اللواء 53 الروسي المضاد للطائرات", "الانفصاليين الموالين لروسيا", "Russia", "Russian military", "Pro-Russian separatists"),
       actor("Civilians", "الطائرة الماليزية", "MH17"), fatalities=None, optional=True),
]

C["ant-SK-middleEast-2203-20180606"] = [
    ev("peaceful_protest", ("2018-06-05", "2018-06-05"), loc("Rabat", "MA", 33.968244, -6.83647, 25),
       actor("عمال شركة سانترال دانون", "Protesters", "Labour group", "Workers"), None),
]

HOU = ["الحوثيين", "الحوثي", "جماعة الحوثي", "مسلحي جماعة الحوثي", "مقاتلي الحوثي", "Houthis", "Ansar Allah", "Houthi rebels"]
PR = ["المقاومة الشعبية", "مقاتلي المقاومة الشعبية", "Popular Resistance", "Yemeni Popular Resistance"]
C["snn-bfb83d99bda3"] = [
    ev("government_regains_territory", ("2015-08-05", "2015-08-07"), loc("Karish", "YE", 13.36473, 44.49046, 25),
       actor(*PR), actor(*HOU, "قوات عسكرية موالية للرئيس اليمني السابق علي عبدالله صالح", "Saleh loyalists")),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Karish", "YE", 13.36473, 44.49046, 25),
       actor(*PR), actor(*HOU, "قوات عسكرية موالية للرئيس اليمني السابق علي عبدالله صالح", "Saleh loyalists"), optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-07"), loc("Karish", "YE", 13.36473, 44.49046, 25),
       actor(*PR), actor(*HOU), optional=True),
    ev("government_regains_territory", ("2015-08-03", "2015-08-03"), loc("Al-Anad Air Base", "YE", 13.18, 44.76, 25),
       actor(*PR, "قوات الجيش الموالية للرئيس اليمني عبدربه منصور هادي", "Military Forces of Yemen", "Hadi government forces"),
       actor(*HOU)),
]

C["snn-c989d9453ec4"] = []  # US-Saudi meeting, statements

PKK = ["حزب العمال الكردستاني", "المنظمة الارهابية والانفصالية", "الحركة الانفصالية الكردية", "PKK", "Kurdistan Workers' Party"]
C["snn-734f3b41664a"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-25"), loc("Lice", "TR", 38.45821, 40.63888, 25),
       actor(*PKK), actor("قافلة عسكرية", "قوة الدرك", "القوات الخاصة للدرك", "Gendarmerie", "Military Forces of Turkey", "Turkish army"),
       fatalities=2, injured=4),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Ceylanpinar", "TR", 36.84722, 40.05, 25),
       actor(*PKK), actor("شرطيين", "Police Forces of Turkey", "Turkish police"), fatalities=2),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("northern Iraq", "IQ", None, None),
       actor("الجيش التركي", "Military Forces of Turkey", "Turkish army"), actor(*PKK), optional=True),
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), loc("northern Iraq", "IQ", None, None),
       actor("الجيش التركي", "Military Forces of Turkey", "Turkish army"), actor(*PKK), optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.97612, 38.42533, 25),
       None, actor("ناشطين مؤيدين للقضية الكردية", "Civilians", "Kurdish activists"), fatalities=32, injured=[90, 110], optional=True),
]

C["ant-SK-sport-558-20180403"] = []  # football

C["ant-SK-middleEast-1176-20180422"] = [
    ev("other", ("2018-04-20", "2018-04-22"), loc("Hodeidah port", "YE", 14.796625, 42.945213, 25),
       actor("ميليشيات الحوثي", "الحوثيون", "الميليشيات الحوثية", "Houthis", "Ansar Allah"), None, optional=True),
]

C["ant-SK-internationalNews-1124-20180424"] = []  # op-ed controversy, statements
C["snn-aa3f9a58824d"] = []  # diplomatic analysis
C["ant-SK-middleEast-1281-20180427"] = []  # interview, historical claims
C["snn-9a39556967aa"] = [
    ev("attack", ("2015-07-16", "2015-07-18"), loc("Saudi Arabia", "SA", None, None),
       actor("داعش", "ابن اخته", "Islamic State", "ISIS"), actor("الخال", "Civilians"), fatalities=[1, 2], optional=True),
]
C["ant-SK-internationalNews-709-20180331"] = []  # military equipment report

C["ant-CN-middleEast-61-20180222"] = [
    ev("armed_clash", ("2018-02-09", "2018-02-22"), loc("North Sinai", "EG", 31.13, 33.80, 100),
       actor("الجيش المصري", "القوات المسلحة", "Military Forces of Egypt", "Egyptian army"),
       actor("إرهابيا", "العناصر التكفيرية", "Islamic State - Sinai Province", "Sinai militants"), optional=True),
]

MA_AUTH = ["السلطات المغربية", "وزارة الداخلية", "Police Forces of Morocco", "Moroccan authorities", "Moroccan security forces"]
MA_CELL = ["خلية ارهابية", "خلية إرهابية", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"]
C["snn-7ed00851b701"] = [
    ev("arrests", ("2015-07-22", "2015-07-24"), loc("Tangier", "MA", 35.765022, -5.836452, 25),
       actor(*MA_AUTH), actor("امرأتان", "متطرفتين", *MA_CELL)),
] + [
    ev("arrests", ("2015-07-14", "2015-07-21"), loc(n, "MA", la, lo, 25), actor(*MA_AUTH), actor(*MA_CELL), optional=True)
    for n, la, lo in [("Tangier", 35.765022, -5.836452), ("Bouznika", 33.781635, -7.157063),
                      ("Khouribga", 32.88108, -6.9063), ("Tetouan", 35.57845, -5.36837)]
]

C["ant-SK-middleEast-3905-20181016"] = [
    ev("remote_explosive_landmine_ied", ("2015-10-01", "2015-10-31"), loc("Sinai", "EG", None, None),
       None, actor("Civilians", "طائرة تابعة لشركة متروجيت الروسية", "Metrojet"), fatalities=224, optional=True),
]

HOU2 = ["ميليشيا الحوثي", "الميليشيا الحوثية", "ميليشيات الحوثي", "الحوثي", "Houthis", "Ansar Allah", "Houthi rebels"]
SAUDI_AD = ["قوات الدفاع الجوي السعودي", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "التحالف العربي",
            "Military Forces of Saudi Arabia", "Saudi air defense", "Saudi-led coalition", "Arab Coalition"]
C["ant-SK-middleEast-990-20180412"] = [
    ev("disrupted_weapons_use", ("2018-04-12", "2018-04-12"), loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor(*SAUDI_AD), actor(*HOU2), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-12", "2018-04-12"), loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor(*HOU2), actor("Civilians", "المناطق المدنية", *SAUDI_AD), fatalities=0, injured=0, optional=True),
]

C["ant-SK-middleEast-3304-20180809"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada Governorate", "YE", 16.94021, 43.76394, 100),
       actor("التحالف العربي", "قوات التحالف العربي", "التحالف", "Saudi-led coalition", "Arab Coalition"),
       actor(*HOU2, "قادة ميليشيات الحوثي", "الانقلابيين"), fatalities=[2, 99], injured=[1, 9]),
    ev("shelling_artillery_missile_attack", ("2018-08-08", "2018-08-09"), loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor(*HOU2), actor("المدنيين", "Civilians"), fatalities=[1, 99], injured=[0, 99]),
]

TN_ARMY = ["عربة عسكرية", "الوحدات العسكرية", "عسكري", "Military Forces of Tunisia", "Tunisian army"]
C["ant-SK-middleEast-3706-20181003"] = [
    ev("remote_explosive_landmine_ied", ("2018-10-03", "2018-10-03"), loc("Jebel Chaambi, Kasserine", "TN", 35.20, 8.67, 25),
       None, actor(*TN_ARMY), fatalities=1, injured=2),
    ev("remote_explosive_landmine_ied", ("2018-09-23", "2018-09-26"), loc("Kasserine area", "TN", 35.20, 8.67, 50),
       None, actor("شخصان", "Civilians"), fatalities=2, optional=True),
]

C["ant-SK-sport-1903-20180627"] = []  # football

C["ant-SK-middleEast-1271-20180426"] = [
    ev("arrests", ("2018-04-01", "2018-04-26"), loc("Iraq", "IQ", None, None),
       actor("قوات الأمن العراقية", "Iraqi security forces", "Military Forces of Iraq", "Police Forces of Iraq"),
       actor("مسؤولا بارزا في الجهاز الدعائي", "داعش", "Islamic State", "ISIS"), optional=True),
]

COAL2 = ["طائرات التحالف العربي", "التحالف العربي", "التحالف العربي لدعم الشرعية في اليمن", "التحالف", "مروحيات الأباتشي",
         "Saudi-led coalition", "Arab Coalition"]
HOU3 = ["مليشيات الحوثي", "ميليشيات الحوثي", "الحوثيين", "حوثيا", "المتمردين", "المليشيا الإيرانية", "Houthis", "Ansar Allah", "Houthi rebels"]
YEARMY = ["قوات الشرعية اليمنية", "قوات الجيش اليمني", "Military Forces of Yemen", "Hadi government forces", "Yemeni army"]
C["ant-SK-middleEast-3421-20180816"] = [
    ev("air_drone_strike", ("2018-08-16", "2018-08-16"), loc("At Tuhayta", "YE", 14.18356, 43.22637, 25),
       actor(*COAL2), actor(*HOU3), fatalities=[0, 56], injured=[0, 23]),
    ev("air_drone_strike", ("2018-08-16", "2018-08-16"), loc("Bayt al-Faqih", "YE", 14.5167, 43.3167, 25),
       actor(*COAL2), actor(*HOU3)),
    ev("air_drone_strike", ("2018-08-16", "2018-08-16"), loc("Al Mansuriyah", "YE", 14.6856, 43.29922, 25),
       actor(*COAL2), actor(*HOU3)),
    ev("government_regains_territory", ("2018-08-15", "2018-08-16"), loc("Al-Malahidh, Saada", "YE", 16.90, 43.35, 50),
       actor(*YEARMY), actor(*HOU3)),
    ev("armed_clash", ("2018-08-15", "2018-08-16"), loc("Al-Malahidh, Saada", "YE", 16.90, 43.35, 50),
       actor(*YEARMY), actor(*HOU3), optional=True),
    ev("government_regains_territory", ("2018-08-15", "2018-08-16"), loc("Baqim", "YE", 17.39713, 43.47743, 25),
       actor(*YEARMY), actor(*HOU3)),
]

C["snn-fd29987f327c"] = []  # statements by Yemeni chief of staff

C["snn-786622bf664a"] = []  # investment seminar
C["snn-97687c7c5685"] = []  # medical
IS_IQ = ["داعش", "تنظيم داعش", "تنظيم داعش الإرهابي", "الدواعش", "عناصر تنظيم داعش", "Islamic State", "ISIS", "Daesh"]
C["snn-47b490e3278c"] = [
    ev("attack", ("2015-07-30", "2015-08-01"), loc("Fallujah", "IQ", 33.34913, 43.78599, 25),
       actor(*IS_IQ), actor("19 إرهابيا من التنظيم", "مرتزقته", "Islamic State", "ISIS"), fatalities=19),
    ev("other", ("2015-07-30", "2015-08-01"), loc("Fallujah", "IQ", 33.34913, 43.78599, 25),
       actor(*IS_IQ), actor("19 إرهابيا من التنظيم", "مرتزقته", "Islamic State", "ISIS"), fatalities=19, optional=True),
    ev("armed_clash", ("2015-07-30", "2015-07-31"), loc("Husaybah al-Sharqiya, east Ramadi", "IQ", 33.42068, 43.4533, 25),
       actor("الشرطة الاتحادية", "قوة من الشرطة الاتحادية", "Iraqi Federal Police", "Police Forces of Iraq"),
       actor(*IS_IQ), fatalities=8),
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-31"), loc("east Ramadi", "IQ", 33.42068, 43.4533, 25),
       actor("كتيبة الصواريخ الحرارية", "الشرطة الاتحادية", "Iraqi Federal Police", "Police Forces of Iraq"),
       actor(*IS_IQ, "قناصي داعش"), optional=True),
]
C["snn-a075dded6f93"] = []  # biography of Kadyrov
C["snn-2220c27cf371"] = []  # art gallery

C["ant-SK-internationalNews-2209-20180619"] = []  # indictment (trial), not an arrest event

PR2 = ["المقاومة الشعبية", "قوات المقاومة الشعبية", "Popular Resistance", "Yemeni Popular Resistance"]
HS = ["الحوثيين", "المتمردين الحوثيين", "ميليشيات الحوثي وصالح", "المتمردون", "مسلحا حوثيا", "قوات الرئيس السابق علي عبد الله صالح",
      "Houthis", "Ansar Allah", "Saleh loyalists"]
COAL3 = ["التحالف العربي", "طائرات التحالف العربي الذي تقوده السعودية", "Saudi-led coalition", "Arab Coalition"]
SUN = ("2015-07-19", "2015-07-20")
C["snn-d0b2119b1ae2"] = [
    ev("government_regains_territory", ("2015-07-20", "2015-07-20"), loc("Tawahi, Aden", "YE", 12.78471, 44.9802, 25),
       actor(*PR2, "قوات المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي"), actor(*HS)),
    ev("government_regains_territory", ("2015-07-19", "2015-07-19"), loc("Taiz", "YE", 13.57825, 44.017666, 25),
       actor("القوات اليمنية", "قوات الجيش الوطني", "القوات الموالية للشرعية", *PR2, "Military Forces of Yemen", "Hadi government forces"),
       actor(*HS), fatalities=12, injured=[10, 99]),
    ev("armed_clash", ("2015-07-19", "2015-07-19"), loc("Taiz", "YE", 13.57825, 44.017666, 25),
       actor("القوات اليمنية", "قوات الجيش الوطني", "القوات الموالية للشرعية", *PR2, "Military Forces of Yemen", "Hadi government forces"),
       actor(*HS), fatalities=12, injured=[10, 99], optional=True),
    ev("air_drone_strike", SUN, loc("Harf Sufyan", "YE", 16.440061, 43.984992, 25), actor(*COAL3), actor(*HS)),
    ev("air_drone_strike", SUN, loc("Haradh", "YE", 16.40965, 43.05883, 25), actor(*COAL3), actor(*HS)),
    ev("air_drone_strike", SUN, loc("Camp 48, south of Sanaa", "YE", 15.24, 44.20, 25), actor(*COAL3),
       actor(*HS, "الحرس الجمهوري", "Republican Guard")),
    ev("air_drone_strike", SUN, loc("Dhabwa camp, south of Sanaa", "YE", 15.26191, 44.27032, 25), actor(*COAL3), actor(*HS), optional=True),
] + [
    ev("air_drone_strike", SUN, loc(n, "YE", la, lo, 100), actor(*COAL3), actor(*HS), optional=True)
    for n, la, lo in [("Marib Governorate", 15.46, 45.32), ("Saada Governorate", 16.94, 43.76), ("Al Jawf Governorate", 16.17, 44.78)]
] + [
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-24"), loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25),
       actor(*HS, "المتمردون وحلفاؤهم من قوات صالح"), actor("مدنيا", "Civilians", "المدنيين"), fatalities=57, injured=[200, 215]),
]

C["ant-SK-middleEast-624-20180328"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-26", "2018-03-28"), loc("northern Gaza Strip", "PS", 31.54, 34.50, 15),
       actor("دبابات الجيش الإسرائيلي", "الجيش الإسرائيلي", "Israeli Defense Forces", "IDF", "Military Forces of Israel"),
       actor("حركة حماس", "حماس", "Hamas")),
    ev("violent_demonstration", ("2018-03-26", "2018-03-28"), loc("Karni crossing, Gaza border", "PS", 31.47, 34.475, 15),
       actor("شبان فلسطينيين", "الشبان", "Palestinian rioters", "Rioters"), actor("الجيش الإسرائيلي", "Israeli Defense Forces", "IDF"), optional=True),
]

C["snn-f1c8b8583721"] = []  # obituary; old detention in US
C["snn-19620a2ea397"] = []  # FIFA prank, complaint

C["snn-d5604b875e55"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Maroua", "CM", 10.591, 14.316, 25),
       None, actor("Civilians", "المدنيين"), fatalities=20, injured=[10, 150]),
]

C["snn-da0e1441821c"] = [
    ev("peaceful_protest", ("2015-07-25", "2015-08-03"), loc("Iraq", "IQ", None, None),
       actor("المظاهرات الجماهيرية", "Protesters"), None, optional=True),
]

HOU4 = ["ميليشيا الحوثي", "ميليشيات الحوثي", "ميليشيات الحوثي الموالية لإيران", "ميليشيات الحوثي الإيرانية", "الحوثيين",
        "المليشيات الإرهابية", "Houthis", "Ansar Allah", "Houthi rebels"]
RES = ["المقاومة اليمنية", "قوات المقاومة اليمنية", "قوات المقاومة الوطنية", "المقاومة الوطنية", "المقاومة التهامية",
       "قوات ألوية العمالقة", "ألوية العمالقة", "المقاومتان الوطنية والتهامية", "القوات الشرعية",
       "Giants Brigades", "National Resistance", "Tihama Resistance", "Yemeni resistance", "Hadi government forces"]
COAL4 = ["التحالف العربي", "مقاتلات التحالف العربي", "طائرات التحالف", "تحالف دعم الشرعية في اليمن",
         "القوات المسلحة الإماراتية", "القوات الإماراتية", "Saudi-led coalition", "Arab Coalition", "UAE armed forces"]
TUH = ("At Tuhayta", 14.18356, 43.22637)
D1 = ("2018-05-22", "2018-05-24")
C["ant-SK-middleEast-1922-20180524"] = [
    ev("armed_clash", D1, loc("south of At Tuhayta district", "YE", 14.08078, 43.119866, 30), actor(*RES), actor(*HOU4), fatalities=[0, 73]),
    ev("armed_clash", D1, loc("south of Al Jarrahi district", "YE", 14.078168, 43.385386, 30), actor(*RES), actor(*HOU4)),
    ev("air_drone_strike", D1, loc("Al-Maghras, At Tuhayta district", "YE", 14.08078, 43.119866, 30), actor(*COAL4), actor(*HOU4), fatalities=[2, 99], injured=[2, 99]),
    ev("government_regains_territory", D1, loc("Zabid-At Tuhayta road", "YE", 14.19, 43.27, 30), actor(*RES, *COAL4), actor(*HOU4), optional=True),
    ev("armed_clash", D1, loc("Zabid-At Tuhayta road", "YE", 14.19, 43.27, 30), actor(*RES), actor(*HOU4), optional=True),
]

C["snn-b3d1702c2e08"] = []  # opinion about a fraudulent doctor

D2 = ("2018-05-23", "2018-05-25")
C["ant-SK-middleEast-1942-20180525"] = [
    ev("government_regains_territory", D2, loc("Al-Maghras, At Tuhayta district", "YE", 14.08078, 43.119866, 30),
       actor(*RES, *COAL4), actor(*HOU4), fatalities=[10, 99]),
    ev("armed_clash", D2, loc("Al-Maghras, At Tuhayta district", "YE", 14.08078, 43.119866, 30),
       actor(*RES), actor(*HOU4), fatalities=[10, 99], optional=True),
    ev("government_regains_territory", D2, loc("Al-Fazah, At Tuhayta district", "YE", 13.97, 43.19, 30), actor(*RES, *COAL4), actor(*HOU4)),
    ev("government_regains_territory", D2, loc("Zabid junction", "YE", 14.196411, 43.316688, 30), actor(*RES, *COAL4), actor(*HOU4), optional=True),
    ev("government_regains_territory", D2, loc("Al-Jubaila, At Tuhayta district", "YE", 14.08078, 43.119866, 30), actor(*RES, *COAL4), actor(*HOU4), optional=True),
    ev("armed_clash", D2, loc("As-Suwayq, At Tuhayta district", "YE", 14.08078, 43.119866, 30), actor(*RES), actor(*HOU4), optional=True),
    ev("air_drone_strike", D2, loc("At Tuhayta", "YE", 14.18356, 43.22637, 25), actor(*COAL4), actor(*HOU4)),
    ev("air_drone_strike", D2, loc("Zabid", "YE", 14.196411, 43.316688, 25), actor(*COAL4), actor(*HOU4)),
    ev("armed_clash", D2, loc("south of Al Jarrahi district", "YE", 14.078168, 43.385386, 30), actor(*RES), actor(*HOU4), optional=True),
]

C["ant-SK-middleEast-3036-20180721"] = [
    ev("armed_clash", ("2018-07-19", "2018-07-21"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("حماس", "الناشطين الفلسطينيين", "Hamas"), actor("جندي إسرائيلي", "Israeli Defense Forces", "IDF", "Military Forces of Israel"),
       fatalities=1, optional=True),
    ev("air_drone_strike", ("2018-07-19", "2018-07-21"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("إسرائيل", "Israeli Defense Forces", "IDF", "Military Forces of Israel"), actor("فلسطينيين", "حماس", "Hamas", "Palestinians"),
       fatalities=4, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-19", "2018-07-21"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("إسرائيل", "Israeli Defense Forces", "IDF", "Military Forces of Israel"), actor("فلسطينيين", "حماس", "Hamas", "Palestinians"),
       fatalities=4, optional=True),
]

SYG = ["القوات السورية", "القوات الحكومية السورية", "القوات الحكومية", "النظام وحلفائه", "النظام",
       "Military Forces of Syria", "Syrian government forces", "Syrian army", "regime forces"]
SYOPP = ["المعارضة", "قوات المعارضة", "الجيش السوري الحر", "Syrian opposition", "Free Syrian Army", "FSA", "rebels"]
C["ant-SK-middleEast-2608-20180627"] = [
    ev("armed_clash", ("2018-06-26", "2018-06-26"), loc("Daraa city", "SY", 32.61889, 36.10213, 25), actor(*SYG), actor(*SYOPP)),
    ev("shelling_artillery_missile_attack", ("2018-06-26", "2018-06-27"), loc("Daraa al-Balad", "SY", 32.61889, 36.10213, 25),
       actor(*SYG), actor(*SYOPP, "Civilians")),
    ev("air_drone_strike", ("2018-06-26", "2018-06-27"), loc("Daraa countryside", "SY", 32.85305, 36.223056, 60),
       actor(*SYG, "Russia", "Military Forces of Russia"), actor(*SYOPP, "Civilians"), fatalities=[0, 8], optional=True),
]

C["ant-SK-middleEast-2612-20180627"] = []  # legal/diplomatic dispute

COAL5 = ["مقاتلات التحالف العربي", "قوات تحالف دعم الشرعية في اليمن", "التحالف العربي", "القوات المسلحة الإماراتية",
         "Saudi-led coalition", "Arab Coalition", "UAE armed forces"]
HOU5 = ["ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيون", "Houthis", "Ansar Allah", "Houthi rebels"]
C["ant-SK-middleEast-509-20180323"] = [
    ev("air_drone_strike", ("2018-03-23", "2018-03-23"), loc("Red Sea off Yemen's west coast", "YE", 13.9, 43.1, 150),
       actor(*COAL5), actor(*HOU5)),
    ev("disrupted_weapons_use", ("2018-03-23", "2018-03-23"), loc("Red Sea off Yemen's west coast", "YE", 13.9, 43.1, 150),
       actor(*COAL5), actor(*HOU5), optional=True),
]

C["snn-efdaffceeb56"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-07-31"), loc("At Tuwal, Jazan", "SA", 16.52942, 42.96762, 25),
       actor("المليشيات الحوثية", "Houthis", "Ansar Allah"),
       actor("المجاهدين", "إدارة المجاهدين", "Saudi Mujahideen border force", "Military Forces of Saudi Arabia", "Saudi security forces"),
       fatalities=1, injured=1),
]

IDF2 = ["الجيش الإسرائيلي", "Israeli Defense Forces", "IDF", "Military Forces of Israel"]
C["ant-SK-middleEast-1606-20180511"] = [
    ev("excessive_force_against_protesters", ("2018-05-11", "2018-05-11"), loc("eastern Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor(*IDF2), actor("فلسطينيان", "Protesters", "Palestinian protesters", "المحتجين"), fatalities=2, injured=167),
    ev("protest_with_intervention", ("2018-05-11", "2018-05-11"), loc("eastern Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("Protesters", "Palestinian protesters", "فلسطينيان"), actor(*IDF2), fatalities=2, injured=167, optional=True),
    ev("attack", ("2018-05-07", "2018-05-07"), loc("Jourat Bahlas, north of Hebron", "PS", 31.57, 35.07, 25),
       actor(*IDF2, "مركبة تابعة للجيش الإسرائيلي"), actor("هاني فايز عداربة", "شاب فلسطيني", "Civilians", "Palestinian civilians"),
       fatalities=1, optional=True),
]

C["ant-SK-middleEast-2018-20180529"] = [
    ev("government_regains_territory", ("2018-05-26", "2018-05-29"), loc("At Tuhayta district", "YE", 14.13, 43.17, 30),
       actor("المقاومة الوطنية", "تشكيلات المقاومة الوطنية", "القوات الإماراتية", "National Resistance", "UAE armed forces", "Hadi government forces"),
       actor("ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2018-05-26", "2018-05-29"), loc("outskirts of Hodeidah", "YE", 14.796625, 42.945213, 50),
       actor("المقاومة الوطنية", "National Resistance", "UAE armed forces"),
       actor("ميليشيات الحوثي الإيرانية", "الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-108.jsonl"))
