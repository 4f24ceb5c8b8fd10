import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

BH = ("Boko Haram", "بوكو حرام", "جماعة \"بوكو حرام\"", "المسلحون", "مسلحون من جماعة \"بوكو حرام\"", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")
CIV = ("Civilians", "مدنيين", "المدنيين")

C["ant-SK-internationalNews-1121-20180424"] = [
    ev("attack", ("2018-04-23", "2018-04-23"), loc("Gamboru", "NG", 12.37, 14.21, 50),
       actor(*BH), actor("Civilians", "عاملا", "18 عاملا", "عمال", "woodcutters"), fatalities=18),
    ev("remote_explosive_landmine_ied", ("2018-04-23", "2018-04-23"), loc("Wumbi", "NG", 10.7, 13.25, 75),
       actor(*BH), actor("Civilians", "مدنيين", "حافلة تحمل مدنيين"), fatalities=3, injured=11),
]

C["snn-95a47cfa52d0"] = [
    ev("peaceful_protest", ("2015-07-30", "2015-08-06"), loc("Al Amarah", "IQ", 31.846, 47.145, 25),
       actor("Protesters", "المتظاهرين", "متظاهرون", "Protesters (Iraq)"), actor("Iraqi government", "حكومة العبادي"), optional=True),
    ev("peaceful_protest", ("2015-07-30", "2015-08-06"), loc("Nasiriyah", "IQ", 31.046, 46.254, 25),
       actor("Protesters", "المتظاهرين", "متظاهرون", "Protesters (Iraq)"), actor("Iraqi government", "حكومة العبادي"), optional=True),
    ev("peaceful_protest", ("2015-07-30", "2015-08-06"), loc("Al Hillah", "IQ", 32.464, 44.420, 25),
       actor("Protesters", "المتظاهرين", "متظاهرون", "Protesters (Iraq)"), actor("Iraqi government", "حكومة العبادي"), optional=True),
    ev("peaceful_protest", ("2015-07-30", "2015-08-06"), loc("Baghdad", "IQ", 33.34, 44.40, 25),
       actor("Protesters", "المتظاهرين", "متظاهرون", "Protesters (Iraq)"), actor("Iraqi government", "حكومة العبادي"), optional=True),
]

US = ("United States", "US forces", "القوات الأميركية", "الأميركيون", "مروحيتين أميركيتين", "US military")
C["snn-289e498977ef"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"), loc("Baraki Barak", "AF", 33.967, 68.949, 25),
       actor(*US), actor("Afghan army", "Afghan National Army", "الجيش الأفغاني", "جنود أفغان", "الجنود الأفغان"),
       fatalities=[8, 10], injured=4),
    ev("air_drone_strike", ("2014-12-01", "2014-12-31"), loc("Logar", "AF", 34.0, 69.0, 100),
       actor("NATO", "قوات الحلف", "حلف شمال الأطلسي"), actor(*CIV), fatalities=5, optional=True),
    ev("air_drone_strike", ("2015-07-01", "2015-07-10"), loc("Afghanistan", "AF", None, None),
       actor("United States", "طائرة أميركية بلا طيار"), actor("Islamic State", "داعش", "تنظيم داعش", "حافظ سعيد"), fatalities=1, optional=True),
]

WEST = ("United States", "Britain", "United Kingdom", "UK", "France", "الولايات المتحدة", "الدول الثلاث",
        "سلاح الجو الملكي", "وزارة الدفاع البريطانية", "الأميركية والفرنسية والبريطانية", "Royal Air Force")
SYG = ("Syrian government", "Syrian regime", "النظام السوري", "الحكومة السورية", "Syrian government forces")
C["ant-SK-middleEast-1035-20180414"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("west of Homs", "SY", 34.73, 36.45, 25),
       actor(*WEST), actor(*SYG)),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("west of Homs", "SY", 34.73, 36.45, 25),
       actor(*WEST), actor(*SYG), optional=True),
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor(*WEST), actor(*SYG), optional=True),
]

C["ant-SK-internationalNews-935-20180416"] = []
C["snn-6c8491e93286"] = []

C["snn-9718b76b7ea6"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-22"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor("Yemeni government forces", "Popular Resistance", "قوات الشرعية", "المقاومة", "قوات التحالف", "Saudi-led coalition"),
       actor("Houthis", "Ansar Allah"), optional=True),
]

AQAP = ("AQAP", "Al-Qaeda in the Arabian Peninsula", "تنظيم القاعدة في جزيرة العرب", "القاعدة", "تنظيم القاعدة", "متشددين", "مسلحين من القاعدة")
C["ant-SK-middleEast-658-20180329"] = [
    ev("air_drone_strike", ("2018-03-27", "2018-03-29"), loc("As Sawma'ah district", "YE", 14.19, 45.79, 30),
       actor("United States", "US military", "الجيش الأميركي", "الولايات المتحدة", "البنتاغون"), actor(*AQAP),
       fatalities=[3, 4], injured=[2, 99]),
]

C["snn-062078f74a01"] = []

C["snn-1b3b06548cf9"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-24", "2015-07-24"), loc("Rafah", "EG", 31.288, 34.237, 25),
       actor("عناصر إرهابية", "Unidentified armed group", "Wilayat Sinai"), actor("Egyptian army", "القوات المسلحة المصرية", "Military Forces of Egypt", "الجيش"),
       fatalities=4, injured=3),
]

C["snn-a47a83817924"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Heliopolis", "EG", 30.09, 31.32, 25),
       None, actor("Egyptian police", "Police Forces of Egypt", "ضابطتي شرطة", "الإدارة العامة لمرور القاهرة", "الشرطة"), fatalities=None, injured=3),
    ev("disrupted_weapons_use", ("2015-08-10", "2015-08-10"), loc("Heliopolis", "EG", 30.09, 31.32, 25),
       actor("قوات الأمن", "Egyptian security forces", "Police Forces of Egypt"), None),
]

C["ant-SK-middleEast-1700-20180514"] = []

IS = ("Islamic State", "ISIS", "Daesh", "تنظيم الدولة الإسلامية", "داعش", "الدواعش", "مقاتلو الدولة الإسلامية", "متشددون من تنظيم الدولة الإسلامية")
LNA = ("Libyan National Army", "Military Forces of Libya", "جنود ليبيين", "قوات موالية للحكومة المعترف بها دوليا", "الكتيبه 21 حرس حدود", "الكتيبة 21 حرس حدود", "حرس حدود")
C["snn-81e99b8c5de7"] = [
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Ajdabiya (checkpoint near Brega)", "LY", 30.755, 20.226, 100),
       actor(*IS), actor(*LNA), fatalities=5),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("100 km from Ajdabiya", "LY", 30.755, 20.226, 120),
       actor(*IS), actor(*LNA), fatalities=2, injured=5, optional=True),
]

C["ant-CN-economy-374-20181008"] = []

C["ant-SK-internationalNews-2166-20180616"] = [
    ev("mob_violence", ("2018-06-14", "2018-06-14"), loc("Suruc", "TR", 36.976, 38.424, 25),
       actor("معارضين", "معارضين كانوا مسلحين بعصي وسكاكين", "Rioters (Turkey)", "HDP", "PKK", "حزب الشعوب الديمقراطي"),
       actor("AKP", "حزب العدالة والتنمية", "يلديز وأنصاره", "خليل يلديز", "Justice and Development Party"), fatalities=4),
    ev("attack", ("2018-06-14", "2018-06-14"), loc("Suruc", "TR", 36.976, 38.424, 25),
       actor("معارضين", "Rioters (Turkey)", "HDP", "PKK"),
       actor("AKP", "حزب العدالة والتنمية", "يلديز وأنصاره", "خليل يلديز"), fatalities=4, optional=True),
    ev("arrests", ("2018-06-16", "2018-06-16"), loc("Suruc", "TR", 36.976, 38.424, 25),
       actor("Turkish police", "Police Forces of Turkey", "الشرطة التركية"),
       actor("HDP", "حزب الشعوب الديمقراطي", "مرشح من حزب الشعوب الديمقراطي", "19 شخصا")),
]

C["snn-b38e3f7c5b56"] = []

COAL = ("US-led coalition", "Global Coalition", "International coalition", "التحالف الدولي", "قوات التحالف الدولي", "Coalition", "United States")
C["snn-620dc0701c1a"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Deir ez-Zor", "SY", 35.336, 40.141, 25),
       actor(*COAL), actor(*IS)),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Al Hasakah", "SY", 36.502, 40.748, 25),
       actor(*COAL), actor(*IS)),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Iraq", "IQ", None, None),
       actor(*COAL), actor(*IS), optional=True),
]

C["ant-SK-internationalNews-3513-20181016"] = [
    ev("abduction_forced_disappearance", ("2018-10-14", "2018-10-16"), loc("Iran-Pakistan border", "IR", None, None),
       actor("عناصر مسلحة", "Unidentified armed group", "Jaish al-Adl"),
       actor("Iranian border guards", "حرس الحدود الإيراني", "قوات حرس الحدود الإيراني", "Military Forces of Iran"), optional=True),
]

C["snn-1e40d6f66d9a"] = []

IR = ("Iranian forces", "قوات إيرانية", "Iran", "Military Forces of Iran", "IRGC")
ISR = ("Israel", "إسرائيل", "الجيش الإسرائيلي", "Military Forces of Israel", "IDF")
C["ant-SK-middleEast-1598-20180511"] = [
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Syria", "SY", None, None),
       actor(*ISR), actor(*IR), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-10", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 50),
       actor(*IR), actor(*ISR), optional=True),
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Syria", "SY", None, None),
       actor(*ISR), actor("Syrian government forces", "Military Forces of Syria", "الجيش السوري", "بطارية دفاع جوي"), optional=True),
]

C["ant-SK-middleEast-1308-20180428"] = []
C["snn-d7ef23eedc82"] = []

YG = ("Yemeni government forces", "Military Forces of Yemen", "قوات الشرعية اليمنية", "القوات الشرعية", "قوات الجيش الوطني", "المقاومة الشعبية", "Popular Resistance")
HOU = ("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات الإيرانية", "الميليشيات الانقلابية")
C["ant-SK-middleEast-1156-20180421"] = [
    ev("government_regains_territory", ("2018-04-21", "2018-04-21"), loc("Qaniyah front (Jabal Masouda)", "YE", 14.56, 45.29, 30),
       actor(*YG), actor(*HOU), fatalities=[2, 99]),
    ev("armed_clash", ("2018-04-21", "2018-04-21"), loc("Qaniyah front (Jabal Masouda)", "YE", 14.56, 45.29, 30),
       actor(*YG), actor(*HOU), fatalities=[2, 99], optional=True),
    ev("government_regains_territory", ("2018-04-21", "2018-04-21"), loc("Jabal al-Ar, Al Bayda", "YE", 14.56, 45.29, 60),
       actor(*YG), actor(*HOU), optional=True),
]

C["snn-f9d7054f1f25"] = [
    ev("peaceful_protest", ("2015-07-28", "2015-08-04"), loc("Baghdad", "IQ", 33.34, 44.40, 25),
       actor("Protesters", "المتظاهرين", "Protesters (Iraq)"), actor("Iraqi government", "حكومة العبادي"), optional=True),
]

C["snn-782aa9c64538"] = [
    ev("suicide_bomb", ("2015-07-25", "2015-07-25"), loc("Tuz Khurmatu", "IQ", 34.888, 44.633, 25),
       None, actor("Civilians", "مدنيين", "الأقلية التركمانية", "Turkmen", "عشرات من الرجال والأطفال", "الناس الأبرياء"),
       fatalities=12, injured=45),
    ev("suicide_bomb", ("2015-07-01", "2015-07-24"), loc("Diyala", "IQ", 33.75, 44.6, 100),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), actor("Civilians", "مدنيين"), fatalities=100, optional=True),
]

C["snn-0839ec4c0f94"] = [
    ev("agreement", ("2015-07-26", "2015-07-27"), loc("Yemen", "YE", None, None),
       actor("Saudi-led coalition", "تحالف دعم الشرعية", "Arab Coalition"), actor("Houthis", "Ansar Allah"), optional=True),
]

C["snn-63af9cb288e7"] = []

C["snn-0e660ff5ea64"] = [
    ev("other", ("2015-08-09", "2015-08-09"), loc("Incirlik Air Base", "TR", 36.99, 35.44, 25),
       actor("United States", "US Air Force", "الولايات المتحدة", "سلاح الجو الأمريكي"), None, optional=True),
    ev("suicide_bomb", ("2015-07-01", "2015-08-09"), loc("Suruc", "TR", 36.976, 38.424, 25),
       actor("Islamic State", "ISIS", "داعش", "تنظيم الدولة"), actor("Civilians", "مدنيين"), fatalities=32, optional=True),
]

C["ant-SK-middleEast-1702-20180514"] = []
C["ant-SK-internationalNews-3343-20181007"] = []

C["ant-SK-middleEast-1084-20180417"] = []
C["ant-CN-internationalNews-604-20180911"] = []
C["snn-a450070245bb"] = []

C["snn-5337aa5aadb2"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-22"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor("Yemeni government forces", "Saudi-led coalition", "الائتلاف العربي", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "قوات المخلوع صالح"), optional=True),
]

C["ant-CN-internationalNews-97-20180312"] = []

BFU = ("Unidentified armed group", "مسلحون", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin")
C["ant-SK-internationalNews-214-20180302"] = [
    ev("attack", ("2018-03-02", "2018-03-02"), loc("Ouagadougou", "BF", 12.37, -1.53, 25),
       None, actor("French embassy", "السفارة الفرنسية", "France", "Civilians")),
    ev("armed_clash", ("2018-03-02", "2018-03-02"), loc("Ouagadougou", "BF", 12.37, -1.53, 25),
       actor(*BFU), actor("Military Forces of Burkina Faso", "الجيش", "French embassy", "السفارة الفرنسية"), optional=True),
    ev("remote_explosive_landmine_ied", ("2018-03-02", "2018-03-02"), loc("Ouagadougou", "BF", 12.37, -1.53, 25),
       None, actor("Military Forces of Burkina Faso", "الجيش", "مقرا للجيش"), optional=True),
    ev("suicide_bomb", ("2018-03-02", "2018-03-02"), loc("Ouagadougou", "BF", 12.37, -1.53, 25),
       None, actor("Military Forces of Burkina Faso", "الجيش", "مقرا للجيش"), optional=True),
]

C["ant-SK-internationalNews-1233-20180428"] = []
C["snn-4d014c9efe23"] = []

IDF = ("Israeli army", "Military Forces of Israel", "IDF", "الجيش الإسرائيلي", "القوات الإسرائيلية")
PAL = ("Palestinians", "فلسطينيا", "فلسطينيين", "4 فلسطينيين", "Civilians")
C["ant-SK-middleEast-2694-20180702"] = [
    ev("attack", ("2018-07-01", "2018-07-02"), loc("east of Rafah, Gaza border", "PS", 31.29, 34.26, 25),
       actor(*IDF), actor(*PAL), fatalities=[0, 1], injured=[1, 4]),
    ev("armed_clash", ("2018-07-01", "2018-07-02"), loc("east of Rafah, Gaza border", "PS", 31.29, 34.26, 25),
       actor(*IDF), actor(*PAL), fatalities=[0, 1], injured=[1, 4], optional=True),
    ev("arrests", ("2018-07-01", "2018-07-02"), loc("east of Rafah, Gaza border", "PS", 31.29, 34.26, 25),
       actor(*IDF), actor(*PAL), optional=True),
    ev("excessive_force_against_protesters", ("2018-06-29", "2018-06-29"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("Protesters (Palestine)", "Palestinian protesters", "مسيرات العودة", "فلسطينيين"), actor(*IDF), fatalities=2, injured=415),
    ev("protest_with_intervention", ("2018-06-29", "2018-06-29"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("Protesters (Palestine)", "Palestinian protesters", "مسيرات العودة", "فلسطينيين"), actor(*IDF), fatalities=2, injured=415, optional=True),
]

C["snn-1d463e8afa26"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-01", "2015-08-07"), loc("Saudi Arabia (Yemen border)", "SA", None, None),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثيين", "الحوثيين"), actor("Saudi Arabia", "Civilians", "قوات الأمن"), optional=True),
]

WEST2 = ("United States", "Britain", "United Kingdom", "France", "الولايات المتحدة وبريطانيا وفرنسا", "3 دول غربية", "الدول الثلاث")
C["ant-SK-middleEast-1026-20180414"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Damascus", "SY", 33.516, 36.281, 25),
       actor(*WEST2), actor(*SYG)),
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Homs", "SY", 34.73, 36.685, 25),
       actor(*WEST2), actor(*SYG)),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Damascus", "SY", 33.516, 36.281, 25),
       actor(*WEST2), actor(*SYG), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Homs", "SY", 34.73, 36.685, 25),
       actor(*WEST2), actor(*SYG), optional=True),
    ev("disrupted_weapons_use", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("Syrian air defences", "الأنظمة الدفاعية السورية", "Military Forces of Syria"), actor(*WEST2), optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor(*SYG), actor("Civilians", "مدنيين"), optional=True),
]

C["snn-c04664ba6bee"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-25", "2015-07-27"), loc("Sarrin", "SY", 36.588, 38.298, 25),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "الأكراد"), actor(*IS)),
    ev("air_drone_strike", ("2015-06-27", "2015-07-27"), loc("Sarrin", "SY", 36.588, 38.298, 25),
       actor(*COAL), actor(*IS), optional=True),
    ev("armed_clash", ("2015-06-27", "2015-07-27"), loc("Sarrin", "SY", 36.588, 38.298, 25),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "الأكراد"), actor(*IS), optional=True),
]

C["snn-2fbc5d1350a4"] = []
C["ant-SK-middleEast-3874-20181014"] = []
C["snn-18aefc98f342"] = []
C["ant-CN-middleEast-637-20180416"] = []

C["snn-dd585dff8812"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-04"), loc("Paju (DMZ)", "KR", 37.76, 126.78, 25),
       None, actor("South Korean army", "Military Forces of South Korea", "جنديين كوريين جنوبيين"), injured=2, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-61.jsonl"))
