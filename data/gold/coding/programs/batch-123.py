import os, sys
sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

C["snn-ae8db3a93ac2"] = []
C["ant-SK-middleEast-3152-20180728"] = []
C["ant-CN-middleEast-1614-20181019"] = [
    ev("abduction_forced_disappearance", ("2018-09-26", "2018-10-08"), loc("Egypt", "EG", None, None),
       actor("Egyptian authorities", "السلطات المصرية", "الأجهزة الأمنية"),
       actor("مصطفى النجار", "Mustafa al-Naggar"), optional=True),
]
C["ant-CN-internationalNews-705-20181015"] = []
C["ant-SK-middleEast-742-20180402"] = [
    ev("arrests", ("2018-03-26", "2018-04-01"), loc("Pristina", "XK", 42.66, 21.17, 50),
       actor("Kosovo police", "Kosovo security forces"),
       actor("مواطنين أتراك", "Gulen movement", "Gulenists", "غولن"), optional=True),
]
C["snn-dabe820df735"] = []
C["snn-ded24c9e46d1"] = []
C["ant-SK-internationalNews-2190-20180617"] = []
SYGOV = actor("Syrian government forces", "Syrian regime", "القوات الحكومية", "Russia", "روسيا")
C["ant-SK-middleEast-351-20180317"] = [
    ev("air_drone_strike", ("2018-03-16", "2018-03-16"), loc("Eastern Ghouta", "SY", 33.54, 36.40, 20),
       SYGOV, actor("Civilians", "المدنيين"), fatalities=[10, 99]),
    ev("shelling_artillery_missile_attack", ("2018-03-16", "2018-03-16"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("Turkish forces", "Turkey", "قوات تركية", "القوات التركية", "مقاتلين متحالفين معها من المعارضة السورية",
             "Syrian opposition", "Free Syrian Army"),
       actor("Civilians", "المدنيين"), fatalities=27),
    ev("armed_clash", ("2018-03-16", "2018-03-16"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "وحدات حماية الشعب"),
       actor("Turkish forces", "Turkey", "القوات التركية", "المقاتلين السوريين المتحالفين معها", "Syrian opposition",
             "Free Syrian Army")),
]
C["snn-70922ef24fbe"] = []
C["ant-SK-middleEast-922-20180410"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian regime", "Syrian government forces", "النظام السوري"),
       actor("Civilians", "المدنيين"), fatalities=[10, 99]),
]
C["snn-eddc65cc9577"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-11", "2015-08-11"), loc("Al-Husseiniya, Baghdad", "IQ", 33.548, 44.430, 25),
       None, actor("Civilians", "المدنيين"), fatalities=1, injured=7),
    ev("remote_explosive_landmine_ied", ("2015-08-11", "2015-08-11"), loc("Al-Toubchi, Baghdad", "IQ", 33.36, 44.34, 25),
       None, actor("Civilians", "المدنيين"), fatalities=1, injured=5),
    ev("remote_explosive_landmine_ied", ("2015-08-11", "2015-08-11"), loc("Mahmudiya", "IQ", 33.0622, 44.3656, 30),
       None, actor("Iraqi Interior Ministry", "Police Forces of Iraq", "وزارة الداخلية", "منتسبي وزارة الداخلية"),
       fatalities=1, injured=1),
]
C["snn-38574b7cf349"] = []
C["snn-592051b287c6"] = []
C["ant-SK-internationalNews-2037-20180609"] = [
    ev("suicide_bomb", ("2018-05-28", "2018-06-08"), loc("Kabul", "AF", 34.528, 69.172, 30),
       actor("Islamic State", "ISIS", "Daesh", "داعش"), actor("Civilians", "رجال الدين", "Clerics"),
       fatalities=14, optional=True),
]
C["snn-4e9015cf2997"] = [
    ev("arrests", ("2015-07-29", "2015-07-31"), loc("Kuwait", "KW", 29.37, 47.98, 100),
       actor("Kuwaiti security forces", "Police Forces of Kuwait", "الأجهزة الأمنية الكويتية", "وزارة الداخلية الكويتية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "شبكة إرهابية"), optional=True),
]
C["ant-SK-internationalNews-3499-20181015"] = []
ISR = actor("Israel", "Israeli Air Force", "Military Forces of Israel", "إسرائيل", "الطيران الإسرائيلي", "صواريخ إسرائيلية")
C["ant-SK-middleEast-2596-20180625"] = [
    ev("air_drone_strike", ("2018-06-25", "2018-06-26"), loc("Damascus International Airport", "SY", 33.41, 36.51, 25),
       ISR, actor("Hezbollah", "حزب الله", "حزب الله اللبناني")),
    ev("shelling_artillery_missile_attack", ("2018-06-25", "2018-06-26"), loc("Damascus International Airport", "SY", 33.41, 36.51, 25),
       ISR, actor("Hezbollah", "حزب الله", "حزب الله اللبناني"), optional=True),
    ev("air_drone_strike", ("2018-06-17", "2018-06-18"), loc("Syrian-Iraqi border, Al-Bukamal area", "SY", 34.45, 40.92, 100),
       ISR, actor("Iraqi fighters", "المقاتلين العراقيين", "Popular Mobilization Forces", "PMF"),
       fatalities=[10, 99], optional=True),
]
C["ant-SK-middleEast-3495-20180902"] = [
    ev("disrupted_weapons_use", ("2018-09-02", "2018-09-02"), loc("Jazan", "SA", 16.889, 42.551, 25),
       actor("Saudi air defence", "Military Forces of Saudi Arabia", "قوات الدفاع الجوي السعودي", "الدفاع الجوي السعودي",
             "Saudi-led coalition", "Arab Coalition", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "مليشيا الحوثي", "الحوثي"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-09-02", "2018-09-02"), loc("Jazan", "SA", 16.889, 42.551, 25),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "مليشيا الحوثي", "الحوثي"),
       actor("Civilians", "Military Forces of Saudi Arabia"), fatalities=0, injured=0, optional=True),
]
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثي", "المتمردين", "الانقلابيين",
            "Saleh loyalists", "علي صالح", "المخلوع علي صالح")
COAL = actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف", "التحالف العربي", "التحالف")
C["snn-96b4e514e362"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-05"), loc("Dhahran al-Janub", "SA", 17.67, 43.51, 30),
       HOU, actor("Civilians", "الأهالي"), fatalities=0, injured=0),
] + [
    ev("air_drone_strike", ("2015-08-05", "2015-08-05"), loc(n, "YE", la, lo, t), COAL, HOU, optional=o)
    for n, la, lo, t, o in [("Al-Ma'ayen, Saada", 16.7369, 43.33087, 25, False),
                            ("Al-Talh, Saada", 17.01829, 43.68194, 25, False),
                            ("Marran, Saada", 16.80, 43.55, 50, True),
                            ("Kitaf, Saada", 17.03165, 44.10905, 25, False),
                            ("Naq'a, Saada", 17.31764, 43.78048, 25, False)]
] + [
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-05"), loc("Saada province", "YE", 17.09, 43.91, 100),
       actor("Military Forces of Saudi Arabia", "القوات المسلحة", "مدفعية القوات المسلحة"), HOU, optional=True),
]
C["ant-SK-middleEast-623-20180328"] = []
C["snn-ff7563757095"] = [
    ev("armed_clash", ("2015-07-13", "2015-07-19"), loc("Saqlawiya", "IQ", 33.39576, 43.68289, 25),
       actor("Badr Organization", "فيلق بدر", "Popular Mobilization Forces", "PMF"),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم الدولة", "داعش"), fatalities=1, optional=True),
]
C["ant-CN-middleEast-46-20180220"] = []
C["snn-aa70bb405b1a"] = []

HA = actor("Hezbollah supporters", "Amal Movement supporters", "مناصرين من حركة أمل وحزب الله", "شبان من حزب الله وحركة أمل",
           "Hezbollah", "حزب الله", "Amal Movement", "حركة أمل")
FUT = actor("Future Movement supporters", "Future Movement", "مناصرين من تيار المستقبل", "مناصرين للمستقبل", "تيار المستقبل")
C["ant-SK-middleEast-1449-20180506"] = [
    ev("mob_violence", ("2018-05-05", "2018-05-06"), loc("Beirut (Spears)", "LB", 33.8933, 35.5016, 25), HA, FUT, injured=2),
    ev("violent_demonstration", ("2018-05-05", "2018-05-06"), loc("Beirut (Spears)", "LB", 33.8933, 35.5016, 25), HA, FUT,
       injured=2, optional=True),
]
C["ant-SK-economy-1033-20180719"] = []
RES = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "مقاومة تعز", "مسلحي المقاومة الشعبية",
            "Pro-Hadi forces", "Military Forces of Yemen (Hadi)")
HOU2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "المسلحين الحوثيين", "الحوثيين", "جماعة الحوثي",
             "Saleh loyalists", "قوات صالح", "المتمردين")
TAIZ = loc("Taiz", "YE", 13.5789, 44.0178, 25)
C["snn-71616ddd296c"] = [
    ev("government_regains_territory", ("2015-07-22", "2015-07-22"), TAIZ, RES, HOU2),
    ev("armed_clash", ("2015-07-21", "2015-07-22"), TAIZ, RES, HOU2, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-22", "2015-07-22"), TAIZ, HOU2, actor("Civilians", "المدنيين"),
       fatalities=1, injured=[2, 99]),
    ev("attack", ("2015-07-21", "2015-07-21"), TAIZ, HOU2, actor("Journalists", "أحد الصحافيين", "Civilians")),
    ev("government_regains_territory", ("2015-07-19", "2015-07-20"), TAIZ, RES, HOU2),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-23"), TAIZ, HOU2, None, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-06-01", "2015-06-30"), TAIZ, HOU2,
       actor("Journalists", "الصحافيين", "Civilians"), optional=True),
    ev("armed_clash", ("2015-07-21", "2015-07-22"), loc("Al-Rahida", "YE", 13.37256, 44.30313, 25), RES, HOU2,
       fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", ("2015-07-21", "2015-07-23"), TAIZ, RES, HOU2, fatalities=[10, 99], optional=True),
    ev("government_regains_territory", ("2015-07-13", "2015-07-18"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor("Popular Resistance", "المقاومة", "Saudi-led coalition", "قوات التحالف"), HOU2, optional=True),
]
C["snn-bee906c0ee7b"] = []
C["ant-SK-middleEast-508-20180323"] = [
    ev("arrests", ("2018-03-22", "2018-03-22"), loc("Lebanon", "LB", None, None),
       actor("Lebanese General Security", "الأمن العام اللبناني", "الأمن العام"),
       actor("عباس الجوهري", "الشيخ عباس الجوهري", "Abbas al-Jawhari"), optional=True),
]
COAL2 = actor("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية في اليمن", "التحالف")
C["ant-CN-middleEast-1255-20180818"] = [
    ev("air_drone_strike", ("2018-08-16", "2018-08-18"), loc("Sanaa", "YE", 15.4636, 44.2379, 25), COAL2,
       actor("Houthis", "Ansar Allah"), optional=True),
    ev("air_drone_strike", ("2018-08-04", "2018-08-16"), loc("Yemen", "YE", None, None), COAL2,
       actor("Civilians", "Children"), fatalities=[10, 99], optional=True),
]

WEST = loc("Westminster, London", "GB", 51.4995, -0.1248, 25)
C["ant-CN-internationalNews-490-20180814"] = [
    ev("attack", ("2018-08-14", "2018-08-14"), WEST, None, actor("Civilians", "المارة", "عددا من المارة"), injured=[2, 99]),
    ev("arrests", ("2018-08-14", "2018-08-14"), WEST, actor("Metropolitan Police", "Police Forces of the United Kingdom",
       "شرطة لندن", "الشرطة"), actor("سائق السيارة", "the driver"), optional=True),
    ev("attack", ("2017-06-03", "2017-06-03"), loc("London Bridge", "GB", 51.5079, -0.0877, 25), None,
       actor("Civilians"), fatalities=7, optional=True),
]
C["snn-887dceb248bc"] = []
C["snn-e89178b65cd2"] = []
C["snn-8dc1570dbdb4"] = []
C["ant-SK-middleEast-2948-20180717"] = [
    ev("abduction_forced_disappearance", ("2015-12-01", "2016-01-31"), loc("Libya", "LY", None, None),
       actor("عصابات تابعة للمدعى عليه القذافي", "Hannibal Gaddafi loyalists"), actor("حسين حبيش", "Hussein Habeish"),
       optional=True),
]
C["ant-SK-internationalNews-2139-20180614"] = []
REG = actor("Syrian government forces", "Syrian regime", "قوات النظام السوري", "قوات النظام", "جنود النظام السوري",
            "Hezbollah", "حزب الله اللبناني", "Iranian militias", "مليشيات من حزب الله اللبناني وإيران")
IS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مسلحو داعش", "مسلحي تنظيم داعش")
HAJ = loc("Al-Hajar al-Aswad", "SY", 33.45759, 36.30419, 25)
C["ant-SK-middleEast-1430-20180505"] = [
    ev("armed_clash", ("2018-05-03", "2018-05-05"), HAJ, REG, IS, fatalities=[19, 99]),
    ev("air_drone_strike", ("2018-05-03", "2018-05-05"), HAJ, REG, IS),
    ev("shelling_artillery_missile_attack", ("2018-05-03", "2018-05-05"), HAJ, REG, IS),
    ev("government_regains_territory", ("2018-05-03", "2018-05-05"), HAJ, REG, IS, optional=True),
]
C["ant-SK-middleEast-3930-20181017"] = []
C["snn-27cd0edf4a00"] = []
SIN = actor("Wilayat Sinai", "ولاية سيناء", "Ansar Bait al-Maqdis", "أنصار بيت المقدس", "Islamic State", "العناصر الإرهابية")
EGA = actor("Military Forces of Egypt", "Egyptian army", "الجيش المصري", "قوات الجيش", "القوات المسلحة المصرية")
C["snn-e0f0f5bb1b7b"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-23"), loc("Rafah", "EG", 31.28778, 34.23694, 25),
       actor("العناصر الإرهابية", "Wilayat Sinai", "ولاية سيناء"), EGA, fatalities=4, injured=3),
    ev("armed_clash", ("2015-07-01", "2015-07-01"), loc("Rafah", "EG", 31.28778, 34.23694, 25), SIN, EGA, optional=True),
    ev("armed_clash", ("2015-07-01", "2015-07-01"), loc("Sheikh Zuweid", "EG", 31.2163, 34.11074, 25), SIN, EGA, optional=True),
]
C["snn-d0a3a9dd3a4a"] = []
C["snn-88bbec688e72"] = []

C["snn-bf821c7919b9"] = []
LEG = actor("Pro-Hadi forces", "Military Forces of Yemen (Hadi)", "قوات الشرعية", "قوات دعم الشرعية في اليمن")
HOU3 = actor("Houthis", "Ansar Allah", "مليشيات الحوثي الإيرانية", "مليشيات الحوثي", "الحوثيين", "المتمردين",
             "الميليشيات الحوثي الإيرانية", "الميليشيات الانقلابية", "ميليشيا الحوثي")
COAL3 = actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "طيران التحالف", "التحالف العربي",
              "قوات التحالف العربي", "التحالف العربي لدعم الشرعية في اليمن")
MAL = loc("Al-Malajim, Al-Bayda", "YE", 14.31, 45.39, 30)
C["ant-SK-middleEast-1959-20180526"] = [
    ev("armed_clash", ("2018-05-26", "2018-05-26"), MAL, LEG, HOU3, fatalities=16, injured=[2, 99]),
    ev("air_drone_strike", ("2018-05-25", "2018-05-26"), MAL, COAL3, HOU3),
    ev("air_drone_strike", ("2018-05-25", "2018-05-26"), loc("Between al-Wahbiya and Hawran, Al-Bayda", "YE", 14.53691, 45.25582, 30),
       COAL3, HOU3),
    ev("armed_clash", ("2018-05-20", "2018-05-26"), loc("Hodeidah outskirts", "YE", 14.7966, 42.9452, 30),
       actor("National Resistance", "المقاومة الوطنية", "Pro-Hadi forces"), HOU3, optional=True),
]
C["ant-SK-sport-1025-20180505"] = []
C["snn-cc1af5a97a9b"] = []
GIANTS = actor("Giants Brigades", "ألوية العمالقة", "Pro-Hadi forces", "Military Forces of Yemen (Hadi)")
C["ant-SK-middleEast-2565-20180624"] = [
    ev("air_drone_strike", ("2018-06-22", "2018-06-24"), loc("Aqabat Marran, Saada", "YE", 16.80, 43.55, 50), COAL3,
       actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيا الحوثي", "Hezbollah", "حزب الله اللبناني"), fatalities=41),
    ev("armed_clash", ("2018-06-22", "2018-06-24"), loc("Aqabat Marran, Saada", "YE", 16.80, 43.55, 50), COAL3,
       actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيا الحوثي", "Hezbollah", "حزب الله اللبناني"), fatalities=41,
       optional=True),
    ev("armed_clash", ("2018-06-22", "2018-06-24"), loc("Al-Fazah, Hodeidah", "YE", 13.95, 43.28, 40), GIANTS, HOU3),
    ev("armed_clash", ("2018-06-22", "2018-06-24"), loc("Al-Jah, Bayt al-Faqih", "YE", 14.40, 43.25, 40), GIANTS, HOU3),
    ev("air_drone_strike", ("2018-06-22", "2018-06-24"), loc("Al-Abbasi, Bayt al-Faqih district", "YE", 14.4668, 43.2899, 30),
       COAL3, HOU3),
    ev("government_regains_territory", ("2018-06-15", "2018-06-21"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25),
       actor("القوات اليمنية المشتركة", "Pro-Hadi forces", "Saudi-led coalition"), HOU3, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-123.jsonl"))
