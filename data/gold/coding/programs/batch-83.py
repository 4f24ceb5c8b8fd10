import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOU = ("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "ميليشيا الحوثي", "ميليشيات الحوثي", "الميليشيات الحوثية")
COAL = ("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "التحالف")

C["snn-3dc72ee2a1e8"] = []
C["ant-SK-internationalNews-2180-20180617"] = []
C["ant-SK-middleEast-3813-20181010"] = [
    ev("disrupted_weapons_use", ("2018-10-08", "2018-10-10"),
       loc("West coast of Yemen", "YE", 14.3, 43.1, 150),
       actor(*COAL, "الوحدة الخاصة بالدفاع ضد الطائرات المسيرة"),
       actor(*HOU, "ميليشيا الحوثي", "الحوثيين")),
    ev("air_drone_strike", ("2018-10-08", "2018-10-10"),
       loc("West coast of Yemen", "YE", 14.3, 43.1, 150),
       actor(*HOU), actor("القوات اليمنية الموالية للشرعية", "Yemeni government forces", "Military Forces of Yemen"),
       optional=True),
]
C["snn-73dfc705ea71"] = []
HS = ("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "ميليشيات الحوثي وصالح", "الحوثيين وصالح", "Saleh loyalists")
RES = ("Popular Resistance", "المقاومة الشعبية", "المقاومة", "جيش الشرعية", "Yemeni government forces", "Military Forces of Yemen")
TAL = ("طيران التحالف الدولي الذي تقوده المملكة", "طيران التحالف", "Saudi-led coalition", "Arab Coalition", "الطيران")
C["snn-cc2d1a2085f2"] = [
    ev("government_regains_territory", ("2015-07-20", "2015-07-20"),
       loc("At Tawahi, Aden", "YE", 12.78471, 44.9802, 25), actor(*RES), actor(*HS)),
    ev("government_regains_territory", ("2015-07-13", "2015-07-20"),
       loc("Aden", "YE", 12.78, 45.0, 25), actor(*RES), actor(*HS), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"),
       loc("Al Jiraf, Sanaa", "YE", 15.40254, 44.20721, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "ولاية صنعاء"),
       actor(*HS, "الرافضة الحوثيين"), fatalities=5, injured=11),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"),
       loc("Muris, Qa'tabah, Al Dhale", "YE", 13.98, 44.70, 30), actor(*TAL), actor(*HS),
       fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"),
       loc("Qa'tabah", "YE", 13.85493, 44.7058, 25), actor(*TAL), actor(*HS)),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"),
       loc("Al Ma'zub, Al Dhale", "YE", 14.10805, 44.6172, 25), actor(*TAL), actor(*HS), optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"),
       loc("Sinah, Al Dhale", "YE", 13.78, 44.73, 30), actor(*TAL), actor(*HS), optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"),
       loc("Al Dhale governorate", "YE", 13.898617, 44.75816, 100), actor(*TAL), actor(*HS), optional=True),
]
C["ant-SK-technology-1256-20180808"] = []

C["snn-b8dff70d6f36"] = []
C["snn-145f69e10b82"] = [
    ev("attack", ("2015-07-25", "2015-07-25"),
       loc("Mogadishu", "SO", 2.03711, 45.34375, 25),
       actor("Al-Shabaab", "Al Shabaab", "حركة الشباب", "حركة الشباب الصومالية", "متمردو حركة الشباب"),
       actor("Civilians", "نائب صومالي", "النائب عبدالله حسين محمد مارا", "Somali MP"),
       fatalities=[3, 4]),
]
C["snn-96ae82e564ad"] = []
C["ant-CN-middleEast-1208-20180814"] = [
    ev("arrests", ("2018-08-14", "2018-08-14"),
       loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("Israeli army", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي", "Military Forces of Israel"),
       actor("Palestinians", "فلسطينيا", "21 فلسطينيا"), optional=True),
    ev("disrupted_weapons_use", ("2018-08-14", "2018-08-14"),
       loc("Hebron", "PS", 31.52935, 35.0938, 25),
       actor("Israeli army", "Israel Defense Forces", "IDF", "الجيش الإسرائيلي", "Military Forces of Israel"),
       None, optional=True),
]
C["ant-SK-middleEast-278-20180313"] = []
C["snn-049137c8043c"] = [
    ev("armed_clash", ("2015-07-17", "2015-07-17"),
       loc("Tarik Ibn Ziad, Ain Defla", "DZ", 35.99377, 2.14558, 25),
       actor("Al Qaeda in the Islamic Maghreb", "AQIM", "تنظيم القاعدة في بلاد المغرب الاسلامي", "تنظيم القاعدة", "مجموعة ارهابية", "الإرهابيون"),
       actor("Military Forces of Algeria", "Algerian army", "الجيش الجزائري", "جنديا جزائريا", "عسكريا جزائريا"),
       fatalities=[11, 14]),
    ev("armed_clash", ("2015-05-20", "2015-05-31"),
       loc("Bouira", "DZ", 36.37489, 3.902, 50),
       actor("Military Forces of Algeria", "الجيش الجزائري"), actor("اسلاميا", "Islamist militants"),
       fatalities=25, optional=True),
]

C["ant-SK-internationalNews-2956-20180811"] = []
YPG = ("People's Protection Units", "YPG", "وحدات حماية الشعب الكردي", "الوحدات الكردية", "القوات الكردية", "وحدات الحماية", "Kurdish forces")
ISIS = ("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش")
C["snn-4d7e7dedaf66"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-27", "2015-07-27"),
       loc("Sirrin", "SY", 36.58838, 38.29788, 25), actor(*YPG), actor(*ISIS)),
    ev("armed_clash", ("2015-07-06", "2015-07-27"),
       loc("Sirrin", "SY", 36.58838, 38.29788, 25), actor(*YPG), actor(*ISIS), optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-07-27"),
       loc("Sirrin", "SY", 36.58838, 38.29788, 25),
       actor("طائرات التحالف الدولي", "US-led coalition", "International coalition"), actor(*ISIS), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-27", "2015-07-31"),
       loc("Sirrin", "SY", 36.58838, 38.29788, 25), actor(*YPG),
       actor("Civilians", "شابًا عربيًا", "شابًا ورجلا من بلدة صرين", "Arab civilians")),
    ev("arrests", ("2015-07-27", "2015-07-31"),
       loc("Sirrin", "SY", 36.58838, 38.29788, 25), actor(*YPG),
       actor("Civilians", "شابًا عربيًا", "Arab civilians"), optional=True),
]
TUR = ("Military Forces of Turkey", "Turkish Air Force", "Turkey", "تركيا", "سلاح الجو التركي", "المدفعية التركية")
C["snn-2188fa63b9c3"] = [
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"),
       loc("Northern Syria near Turkish border", "SY", 36.6, 37.5, 150), actor(*TUR), actor(*ISIS), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-25"),
       loc("Northern Syria near Turkish border", "SY", 36.6, 37.5, 150), actor(*TUR), actor(*ISIS), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"),
       loc("Northern Iraq", "IQ", 36.9, 44.0, 150), actor(*TUR),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "بي كا كا"), optional=True),
]
C["ant-SK-internationalNews-3367-20181008"] = []
C["snn-e0a7349a23e2"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"),
       loc("Imam al-Sadiq mosque, Kuwait City", "KW", 29.367, 47.97429, 25),
       actor(*ISIS, "الانتحاري السعودي فهد سليمان عبد المحسن القباع"), actor("Civilians", "مسجد الامام الصادق"),
       fatalities=26, injured=[180, 220], optional=True),
    ev("arrests", ("2015-06-28", "2015-06-28"),
       loc("Kuwait", "KW", 29.367, 47.97429, 50), actor("Kuwaiti authorities", "Police Forces of Kuwait"),
       actor("عبد الرحمن صباح عيدان سعود"), optional=True),
]
C["snn-b5b033f061ca"] = []

YGOV = ("Yemeni government forces", "Military Forces of Yemen", "قوات الجيش الوطني اليمني", "الجيش الوطني", "القوات")
C["ant-SK-middleEast-3025-20180721"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-19", "2018-07-21"),
       loc("At Tuhayta", "YE", 14.18356, 43.22637, 25),
       actor(*HOU, "ميليشيات الحوثي الإيرانية", "الانقلابيون"), actor("Civilians", "المدنيين", "نساء وأطفال"),
       fatalities=10, injured=40),
    ev("government_regains_territory", ("2018-07-19", "2018-07-21"),
       loc("Baqim", "YE", 17.39713, 43.47743, 25), actor(*YGOV), actor(*HOU, "الميليشيات الحوثية الإيرانية", "مليشيات الحوثي")),
    ev("armed_clash", ("2018-07-19", "2018-07-21"),
       loc("Baqim", "YE", 17.39713, 43.47743, 25), actor(*YGOV), actor(*HOU, "مليشيات الحوثي"), optional=True),
]
C["snn-423f4bf1db62"] = [
    ev("arrests", ("2015-06-15", "2015-07-18"),
       loc("Saudi Arabia", "SA", None, None), actor("Saudi security forces", "Police Forces of Saudi Arabia", "الجهات الأمنية", "السلطات الأمنية", "وزارة الداخلية"),
       actor(*ISIS, "خلايا عنقودية مرتبط بتنظيم داعش"), optional=True),
]
C["snn-8037a7d11873"] = []
C["snn-a526f622797b"] = []
C["snn-f85227f08ada"] = []
C["ant-SK-middleEast-532-20180324"] = [
    ev("agreement", ("2018-03-23", "2018-03-24"),
       loc("Arbin, Eastern Ghouta", "SY", 33.53719, 36.36635, 25),
       actor("Faylaq al-Rahman", "فيلق الرحمن", "المسلحين"),
       actor("Syrian government", "Military Forces of Syria", "Syrian regime", "النظام السوري")),
    ev("non_violent_transfer_of_territory", ("2018-03-24", "2018-03-24"),
       loc("Arbin, Eastern Ghouta", "SY", 33.53719, 36.36635, 25),
       actor("Faylaq al-Rahman", "فيلق الرحمن", "المسلحين"),
       actor("Syrian government", "Military Forces of Syria", "Syrian regime"), optional=True),
]

C["ant-SK-middleEast-1202-20180423"] = [
    ev("air_drone_strike", ("2018-04-16", "2018-04-23"),
       loc("Al Hudaydah (not in text)", "YE", 14.79781, 42.95452, 100),
       actor(*COAL, "غارة للتحالف العربي"), actor(*HOU, "القيادي الحوثي البارز صالح الصماد", "صالح الصماد"),
       fatalities=[1, 7], optional=True),
]
C["ant-SK-middleEast-2426-20180616"] = [
    ev("government_regains_territory", ("2018-06-14", "2018-06-16"),
       loc("Hodeidah airport", "YE", 14.753, 42.976, 25),
       actor("القوات اليمنية المشتركة", "Yemeni joint forces", "Yemeni government forces", "Military Forces of Yemen", "تحالف دعم الشرعية في اليمن", "Saudi-led coalition"),
       actor(*HOU, "ميليشيات الحوثي الإيرانية", "الميليشيات الحوثية")),
    ev("armed_clash", ("2018-06-14", "2018-06-16"),
       loc("Hodeidah airport", "YE", 14.753, 42.976, 25),
       actor("القوات اليمنية المشتركة", "Yemeni joint forces", "Yemeni government forces", "Saudi-led coalition"),
       actor(*HOU, "ميليشيات الحوثي الإيرانية"), optional=True),
]
C["snn-71671f1113aa"] = []
C["snn-abbc4cca2e41"] = []
C["snn-738ab0d82c8d"] = []
C["ant-SK-middleEast-187-20180309"] = []

C["ant-SK-middleEast-3264-20180807"] = []
PROT = ("Protesters", "Iraqi protesters", "العراقيون", "محتج", "المحتجين", "الآلاف")
C["snn-e11cdea51c2a"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"),
       loc("Baghdad", "IQ", 33.387381, 44.332982, 25), actor(*PROT), None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"),
       loc("Basra", "IQ", 30.53302, 47.79747, 25), actor(*PROT, "منتظر حاتم"), None),
    ev("peaceful_protest", ("2015-07-15", "2015-08-07"),
       loc("Southern Iraq", "IQ", None, None), actor(*PROT), None, optional=True),
]
HOUI = ("Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "الحوثيين", "الميليشيات", "الانقلابيين", "الميليشيات الموالية لإيران")
JRES = ("المقاومة اليمنية المشتركة", "المقاومة اليمنية", "Yemeni joint resistance", "Yemeni government forces", "Military Forces of Yemen")
C["ant-SK-middleEast-3255-20180808"] = [
    ev("armed_clash", ("2018-08-06", "2018-08-08"),
       loc("Houthi checkpoint (place not given)", "YE", None, None),
       actor("جهاز الأمن الوقائي", "Houthis", "الحوثيين", "ميليشيات الحوثي الإيرانية"), actor("Houthis", "مسلحين حوثيين", "الحوثيين"),
       fatalities=[1, 99], optional=True),
    ev("abduction_forced_disappearance", ("2018-08-06", "2018-08-08"),
       loc("Houthi checkpoint (place not given)", "YE", None, None),
       actor("جهاز الأمن الوقائي", "Houthis", "الحوثيين"), actor("Houthis", "عشرة من عناصر الميليشيات"), optional=True),
    ev("armed_clash", ("2018-08-07", "2018-08-08"),
       loc("Ad Durayhimi", "YE", 14.63702, 43.05505, 25), actor(*JRES), actor(*HOUI), fatalities=16),
    ev("armed_clash", ("2018-08-06", "2018-08-08"),
       loc("Zabid", "YE", 14.1951, 43.31518, 25), actor(*JRES), actor(*HOUI), optional=True),
    ev("abduction_forced_disappearance", ("2018-08-06", "2018-08-08"),
       loc("Bayt al-Faqih district", "YE", 14.51635, 43.32446, 30), actor(*HOUI),
       actor("Civilians", "أبناء قبيلة الزرانيق", "Zaraniq tribe"), fatalities=None),
]
C["ant-SK-internationalNews-492-20180321"] = []
C["ant-SK-middleEast-158-20180301"] = [
    ev("headquarters_or_base_established", ("2018-02-01", "2018-03-01"),
       loc("Near Damascus (12 km north-west)", "SY", 33.57, 36.22, 30),
       actor("Iran", "إيران", "فيلق القدس", "Quds Force", "IRGC", "الحرس الثوري الإيراني"), None, optional=True),
]
C["snn-02f7b5f74844"] = []

C["snn-ff8cbff833cf"] = []
TURJ = ("Military Forces of Turkey", "Turkish Air Force", "الطائرات الحربية التركية", "طائرات تركية", "الغارات التركية", "Turkey")
PKK = ("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردا كرديا", "مقاتلا كرديا")
C["snn-9feb02cbbd06"] = [
    ev("air_drone_strike", ("2015-08-01", "2015-08-01"),
       loc("Zarakli, Qandil", "IQ", 36.61669, 44.41143, 25), actor(*TURJ),
       actor("Civilians", "مدنيين", "ثمانية مدنيين"), fatalities=8, injured=7),
    ev("air_drone_strike", ("2015-07-24", "2015-08-01"),
       loc("Northern Iraq (PKK bases)", "IQ", 36.62809, 44.18445, 150), actor(*TURJ), actor(*PKK),
       fatalities=260, optional=True),
]
C["ant-SK-internationalNews-1450-20180508"] = []
C["snn-5cae8e32524c"] = []
C["snn-a1da6fe46db2"] = []
GZP = ("Protesters", "Palestinian protesters", "المتظاهرين", "الفلسطينيين", "مسيرة العودة", "Palestinians")
ISR = ("Israeli army", "Israel Defense Forces", "IDF", "Military Forces of Israel", "الجيش الإسرائيلي", "جيش الاحتلال الإسرائيلي", "قوات الاحتلال", "القوات الإسرائيلية")
C["ant-SK-middleEast-3332-20180811"] = [
    ev("excessive_force_against_protesters", ("2018-08-10", "2018-08-10"),
       loc("Gaza Strip border (east)", "PS", 31.40, 34.37, 30), actor(*GZP), actor(*ISR),
       fatalities=3, injured=242),
    ev("protest_with_intervention", ("2018-08-10", "2018-08-10"),
       loc("Gaza Strip border (east)", "PS", 31.40, 34.37, 30), actor(*GZP), actor(*ISR),
       fatalities=3, injured=242, optional=True),
    ev("excessive_force_against_protesters", ("2018-08-10", "2018-08-10"),
       loc("East of Rafah", "PS", 31.282949, 34.27276, 25), actor(*GZP), actor(*ISR), optional=True),
    ev("excessive_force_against_protesters", ("2018-08-10", "2018-08-10"),
       loc("East of Khan Yunis", "PS", 31.374802, 34.322149, 25), actor(*GZP), actor(*ISR), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-10", "2018-08-10"),
       loc("East of Gaza City", "PS", 31.50205, 34.440345, 25), actor(*ISR),
       actor("Hamas", "حماس", "نقطة عسكرية لحماس"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-08-10", "2018-08-10"),
       loc("East of Al Bureij camp", "PS", 31.43944, 34.40306, 25), actor(*ISR), None),
]

C["snn-881246d6550a"] = []
C["snn-72ba540966a1"] = [
    ev("armed_clash", ("2015-08-06", "2015-08-07"),
       loc("Silopi, Sirnak", "TR", 37.24972, 42.46944, 25),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردي حزب العمال الكردستاني", "متمردين أكراد", "المتمردين", "مسلحون"),
       actor("Turkish security forces", "Police Forces of Turkey", "Military Forces of Turkey", "قوات الأمن التركية", "الشرطة"),
       fatalities=3, injured=7),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.976, 38.425, 25), actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"),
       actor("Civilians", "ناشطا كرديا", "Kurdish activists"), fatalities=32, optional=True),
]
C["snn-5fc93f66f508"] = []
C["snn-67fca2b52e18"] = []
C["snn-3ab7625d2c49"] = [
    ev("armed_clash", ("2015-07-27", "2015-08-03"),
       loc("Marib governorate entrance", "YE", 15.46253, 45.32581, 50),
       actor("قبائل مأرب", "Marib tribes", "أبناء القبائل", "Popular Resistance"),
       actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "الحوثيين", "فلول الرئيس المخلوع علي عبد الله صالح", "Saleh loyalists"),
       optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-08-03"),
       loc("Marib governorate", "YE", 15.46253, 45.32581, 50),
       actor("Houthis", "الميليشيات الحوثية", "الحوثي"), actor("Civilians", "المواطنين الآمنين", "المواطنين الأبرياء"),
       optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-83.jsonl"))
