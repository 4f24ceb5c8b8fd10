import os, sys
sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

# MH17 shoot-down, July 2014: background only
C["snn-9b5c167dc92b"] = [
    ev("shelling_artillery_missile_attack", ("2014-07-17", "2014-07-17"),
       loc("Eastern Ukraine (MH17 crash site)", "UA", 48.14, 38.65, 100),
       None, actor("Civilians", "Malaysia Airlines MH17", "إم إتش 17", "الخطوط الجوية الماليزية"),
       fatalities=298, optional=True),
]

# opinion column; mosque bombing in southern Saudi Arabia and a kidnapping in Egypt
C["snn-5046f34fb09f"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-09"),
       loc("Abha (Emergency Forces mosque)", "SA", 18.22, 42.50, 50),
       actor("Islamic State", "ISIS", "داعش", "انتحاري"),
       actor("Emergency Forces", "قوات الطوارئ", "المصلين", "Saudi security forces"),
       fatalities=[2, 99], optional=True),
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-08-09"),
       loc("Egypt", "EG", None, None),
       None, actor("Croatian national", "كرواتيا", "Civilians"), optional=True),
]

C["ant-SK-internationalNews-2175-20180617"] = []   # traffic accident
C["snn-8e41cdc591e7"] = []   # dam negotiations
C["snn-7867a37fea89"] = [
    ev("air_drone_strike", ("2015-07-23", "2015-07-26"), loc("Syria", "SY", None, None),
       actor("Turkey", "Turkish military", "تركيا", "العمليات العسكرية التركية"),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), optional=True),
]

GHOUTA = loc("Eastern Ghouta", "SY", 33.55, 36.39, 20)
REGIME = actor("Syrian government forces", "Syrian regime", "pro-government forces",
               "القوات الموالية للنظام السوري", "النظام السوري", "الجيش السوري")
C["ant-CN-middleEast-120-20180227"] = [
    ev("air_drone_strike", ("2018-02-27", "2018-02-27"), GHOUTA, REGIME, None),
    ev("shelling_artillery_missile_attack", ("2018-02-27", "2018-02-27"), GHOUTA, REGIME, None),
]

C["ant-SK-internationalNews-219-20180302"] = [
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-03-01"),
       loc("Dapchi", "NG", 12.49, 11.50, 50),
       actor("Boko Haram", "بوكو حرام", "حركة بوكو حرام"),
       actor("Civilians", "schoolgirls", "تلميذات", "110 تلميذات"), optional=True),
]

IS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "تنظيم «داعش»")
C["snn-f6b1f37f06e5"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-23"),
       loc("Turkish-Syrian border (Kilis)", "TR", 36.70, 37.40, 100),
       IS, actor("Turkish military", "Turkish army", "الجيش التركي", "مركزًا تركيًا", "جندي تركي"),
       fatalities=2, optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-23"),
       loc("Syrian side of the Turkish border (Kilis)", "SY", 36.65, 37.40, 100),
       actor("Turkish military", "Turkish army", "الجيش التركي"), IS, optional=True),
    ev("attack", ("2015-07-17", "2015-07-24"), loc("Turkey", "TR", None, None),
       None, actor("Turkish military", "مراكز عسكرية تركية"), fatalities=1, optional=True),
]

C["snn-3c8ad874c8da"] = []   # arms deal between states
C["ant-SK-internationalNews-1302-20180501"] = []
C["snn-70dd690522eb"] = [
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"),
       loc("Sarjuma village, south-west of Kirkuk", "IQ", 35.25, 44.05, 60),
       actor("International coalition", "US-led coalition", "طائرات التحالف الدولي", "التحالف الدولي"),
       IS, fatalities=15, injured=[10, 99]),
]

TURKEY = actor("Turkey", "Turkish military", "Turkish Armed Forces", "القوات التركية", "الجيش التركي", "تركيا")
C["ant-SK-middleEast-295-20180314"] = [
    ev("air_drone_strike", ("2018-03-14", "2018-03-14"),
       loc("Afrin - Nubl road", "SY", 36.46, 36.92, 25),
       TURKEY, actor("Pro-government militia", "Syrian government forces", "مقاتلين موالين لدمشق"),
       fatalities=10),
    ev("armed_clash", ("2018-03-12", "2018-03-14"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       TURKEY, actor("YPG", "People's Protection Units", "وحدات حماية الشعب", "وحدات حماية الشعب الكردية", "SDF"),
       optional=True),
]

C["snn-b0c96243d8a0"] = []   # visit
C["ant-SK-middleEast-3782-20181008"] = [
    ev("arrests", ("2018-10-06", "2018-10-08"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("Libyan National Army", "LNA", "الجيش الليبي"),
       actor("Hisham Ashmawi", "هشام عشماوي", "عشماوي", "al-Qaeda", "Al-Mourabitoun")),
    ev("armed_clash", ("2017-10-01", "2017-10-31"), loc("Egypt (Western Desert)", "EG", None, None),
       actor("Hisham Ashmawi", "جماعة عشماوي", "عشماوي"),
       actor("Police Forces of Egypt", "قوات الشرطة", "الشرطة"), fatalities=16, optional=True),
]
C["snn-21ae9c603693"] = []   # IS edicts in Raqqa, general
C["ant-CN-middleEast-224-20180308"] = [
    ev("air_drone_strike", ("2018-03-06", "2018-03-07"), GHOUTA,
       actor("Syrian government forces", "Syrian regime", "النظام السوري"), None),
    ev("shelling_artillery_missile_attack", ("2018-03-06", "2018-03-07"), GHOUTA,
       actor("Syrian government forces", "Syrian regime", "النظام السوري"), None),
]
C["ant-SK-middleEast-818-20180406"] = []   # complaint, trial
C["ant-SK-internationalNews-361-20180315"] = [
    ev("attack", ("2016-03-24", "2016-03-24"), loc("Hebron", "PS", 31.524206, 35.088173, 50),
       actor("Israeli military", "Elor Azaria", "عزريا", "جندي إسرائيلي"),
       actor("Abdel Fattah al-Sharif", "عبد الفتاح الشريف", "Palestinians"),
       fatalities=1, optional=True),
]
C["ant-SK-internationalNews-839-20180407"] = []   # earthquake
C["snn-a83aec2213c2"] = []

HOUTHI = actor("Houthis", "Ansar Allah", "الحوثي", "الحوثيين", "ميليشيات التمرد الحوثي", "الانقلابيين",
               "اللجان الشعبية للحوثيين", "Saleh loyalists", "فلول المخلوع صالح")
C["snn-dee79b634ec2"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-04"), loc("Al Hawtah (Lahij)", "YE", 13.05667, 44.88194, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "الثوار"), HOUTHI, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-19"),
       loc("Al-Ghulail, Aden", "YE", 12.82, 45.02, 25),
       HOUTHI, actor("Civilians", "مدنيين"), fatalities=95, injured=198, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"),
       loc("Mocha (Taiz)", "YE", 13.31814, 43.24991, 25),
       None, actor("Civilians", "مدنيا", "عمالا بمحطة المخا البخارية"), fatalities=73, injured=93, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"),
       loc("Mocha (Taiz)", "YE", 13.31814, 43.24991, 25),
       None, actor("Civilians", "مدنيا", "عمالا بمحطة المخا البخارية"), fatalities=73, injured=93, optional=True),
]
C["ant-CN-middleEast-64-20180222"] = []   # gas deal
C["ant-SK-internationalNews-3285-20181003"] = []   # statements
TALIBAN = actor("Taliban", "طالبان", "حركة طالبان")
C["snn-4a272793ef1a"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Pul-i-Alam (Logar)", "AF", 33.995, 69.023, 50),
       TALIBAN, actor("Police Forces of Afghanistan", "الشرطة الافغانية", "مركز للشرطة"), fatalities=6),
    ev("shelling_artillery_missile_attack", ("2015-08-06", "2015-08-06"),
       loc("Shinkay district (Zabul)", "AF", 31.90, 67.30, 60),
       TALIBAN, actor("Military Forces of Afghanistan", "Afghan Air Force", "مروحية عسكرية افغانية"),
       fatalities=17, optional=True),
]
C["ant-CN-internationalNews-126-20180314"] = [
    ev("chemical_weapon", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.07, -1.79, 100),
       actor("Russia", "روسيا"), actor("Sergei Skripal", "سيرغي سكريبال", "Civilians"),
       injured=2, optional=True),
]
C["snn-e3b9f2ffbf37"] = []
C["ant-SK-middleEast-2684-20180630"] = [
    ev("armed_clash", ("2018-06-28", "2018-06-30"), loc("Al Hudaydah", "YE", 14.796625, 42.945213, 50),
       actor("Military Forces of Yemen", "Yemeni government forces", "القوات اليمنية", "قوات الحكومة",
             "Saudi-led coalition", "تحالف دعم الشرعية"),
       actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "الميليشيات"), optional=True),
]

CIV = actor("Civilians", "مدنيون", "المدنيين")
IS2 = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم")
C["snn-4d532d2ccfb4"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-21"),
       loc("New Baghdad (Baghdad al-Jadida)", "IQ", 33.30473, 44.486948, 25), IS2, CIV,
       fatalities=19, injured=43),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-21"),
       loc("Zafaraniya (Baghdad)", "IQ", 33.253653, 44.507855, 25), IS2, CIV,
       fatalities=4, injured=10),
    ev("suicide_bomb", ("2015-07-20", "2015-07-21"), loc("Tarmiyah", "IQ", 33.67444, 44.39583, 25),
       None, actor("Military Forces of Iraq", "Police Forces of Iraq", "الجيش والشرطة", "نقطة تفتيش"),
       fatalities=3, injured=9),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-21"), loc("Mandali", "IQ", 33.7481, 45.55503, 25),
       None, None, fatalities=4),
    ev("suicide_bomb", ("2015-07-17", "2015-07-17"), loc("Khan Bani Saad", "IQ", 33.56556, 44.54345, 25),
       IS2, CIV, fatalities=90),
]

MALI_IED = actor("JNIM", "Jihadist militants", "الإرهابيون")
C["ant-SK-internationalNews-187-20180228"] = [
    ev("remote_explosive_landmine_ied", ("2018-02-28", "2018-02-28"),
       loc("Boni-Douentza road (Mopti)", "ML", 15.03, -2.60, 50), None,
       actor("MINUSMA", "United Nations", "قوة الأمم المتحدة", "قوة الأمم المتحدة في مالي", "جنود دوليين"),
       fatalities=4, injured=4),
    ev("remote_explosive_landmine_ied", ("2018-02-27", "2018-02-27"),
       loc("7 km east of Dioura", "ML", 14.85, -5.19, 50), None,
       actor("Military Forces of Mali", "جيش مالي", "القوات المسلحة"), fatalities=6),
    ev("attack", ("2018-02-27", "2018-02-28"), loc("Douentza", "ML", 15.00605, -2.9517, 25),
       actor("إرهابيا", "Jihadist militants"), actor("Water and forest guard", "حارس مياه وغابات", "Civilians"),
       fatalities=1),
    ev("armed_clash", ("2018-02-27", "2018-02-28"), loc("Douentza", "ML", 15.00605, -2.9517, 25),
       actor("إرهابيا", "Jihadist militants"), actor("Water and forest guard", "حارس مياه وغابات"),
       fatalities=1, optional=True),
    ev("attack", ("2018-02-19", "2018-02-25"), loc("Central Mali", "ML", None, None),
       actor("Military Forces of Mali", "الجيش", "جيش مالي"), actor("Civilians", "مدنيين", "سبعة مدنيين"),
       fatalities=7, optional=True),
]
C["ant-SK-middleEast-551-20180325"] = []   # aid figures

C["ant-SK-internationalNews-3525-20181017"] = []   # police shoot a mentally ill tractor driver, no political actor

SYGOV = actor("Syrian government forces", "Syrian regime", "قوات النظام السوري", "قوات النظام", "القوات السورية")
FAILAQ = actor("Failaq al-Rahman", "فيلق الرحمن", "فصيل فيلق الرحمن", "Syrian opposition", "الفصائل المعارضة")
C["ant-SK-middleEast-362-20180317"] = [
    ev("government_regains_territory", ("2018-03-17", "2018-03-17"), loc("Saqba", "SY", 33.51893, 36.3831, 25),
       SYGOV, FAILAQ),
    ev("government_regains_territory", ("2018-03-17", "2018-03-17"), loc("Kafr Batna", "SY", 33.51168, 36.37273, 25),
       SYGOV, FAILAQ),
    ev("armed_clash", ("2018-03-17", "2018-03-17"), loc("Saqba", "SY", 33.51893, 36.3831, 25),
       SYGOV, FAILAQ, optional=True),
    ev("armed_clash", ("2018-03-17", "2018-03-17"), loc("Kafr Batna", "SY", 33.51168, 36.37273, 25),
       SYGOV, FAILAQ, optional=True),
]

HOUTHI2 = actor("Houthis", "Ansar Allah", "مليشيا جماعة الحوثي", "مليشيات الحوثي", "الحوثيين", "جماعة الحوثي",
                "Saleh loyalists", "المخلوع صالح", "الحرس الجمهوري")
RESIST = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "الجيش الوطني", "Military Forces of Yemen",
               "Yemeni government forces")
TAIZ = loc("Taiz", "YE", 13.57825, 44.017666, 25)
C["snn-183f4f2313a5"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), TAIZ, HOUTHI2,
       actor("Civilians", "منازل المدنيين", "المدنيين")),
    ev("armed_clash", ("2015-08-05", "2015-08-05"), loc("Taiz governorate", "YE", 13.57825, 44.017666, 100),
       RESIST, HOUTHI2),
    ev("air_drone_strike", ("2015-08-05", "2015-08-05"), loc("Taiz governorate", "YE", 13.57825, 44.017666, 100),
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف", "التحالف"), HOUTHI2, optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-05"), loc("Yarim (Ibb)", "YE", 14.29804, 44.37795, 30),
       actor("Popular Resistance", "المقاومة الشعبية", "عناصر من المقاومة الشعبية"), HOUTHI2,
       fatalities=[2, 99], injured=[2, 99]),
    ev("looting_property_destruction", ("2015-07-30", "2015-08-06"), loc("Sanaa", "YE", 15.35, 44.21, 25),
       HOUTHI2, actor("Youth and Sports Fund", "صندوق النشء والشباب والرياضة"), optional=True),
]

C["snn-e211dddae07e"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-06"), loc("Abha (Emergency Forces HQ, Asir)", "SA", 18.2164, 42.5053, 25),
       None, actor("Saudi Special Emergency Forces", "قوات الطوارئ الخاصة", "منسوبي قوات الطوارىء", "المصلين",
                   "Police Forces of Saudi Arabia"),
       fatalities=15, injured=7),
]
C["ant-SK-economy-1102-20180803"] = []   # commercial arbitration
C["ant-SK-middleEast-3765-20181007"] = []   # ordinary crime
C["ant-SK-internationalNews-1868-20180530"] = []   # economy
C["snn-d47e2a81ae41"] = []   # fire accident

SRES = actor("Southern Resistance", "Popular Resistance", "المقاومة الجنوبية", "رجال المقاومة", "المقاومة الشعبية",
             "Military Forces of Yemen", "الجيش اليمني الوطني")
HOUTHI3 = actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "ميليشيات الحوثيين", "الحوثيين", "الانقلابيين",
                "Saleh loyalists", "عناصر الرئيس المخلوع")
C["snn-421915d27c70"] = [
    ev("government_regains_territory", ("2015-07-30", "2015-07-31"), loc("Lawdar (Abyan)", "YE", 13.88282, 45.86859, 25),
       SRES, HOUTHI3),
    ev("government_regains_territory", ("2015-07-30", "2015-07-31"), loc("Al-Waht (Lahij)", "YE", 12.98, 44.87, 25),
       SRES, HOUTHI3),
    ev("armed_clash", ("2015-07-28", "2015-07-31"), loc("Ad Dhale", "YE", 13.731755, 44.710253, 25),
       SRES, HOUTHI3),
    ev("air_drone_strike", ("2015-07-28", "2015-07-31"), loc("Ad Dhale", "YE", 13.731755, 44.710253, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف"), HOUTHI3, optional=True),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Al Anad base (Lahij)", "YE", 13.18, 44.77, 25),
       SRES, HOUTHI3, optional=True),
    ev("government_regains_territory", ("2015-07-14", "2015-07-14"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       SRES, HOUTHI3, optional=True),
]
C["ant-SK-internationalNews-91-20180222"] = []   # US school shooting, not political; trade in arms policy
C["ant-SK-sport-567-20180404"] = []
C["snn-c1b6353cfd30"] = []   # brawl, ordinary crime
C["ant-SK-internationalNews-3402-20181010"] = []   # migrant boat sinking
C["snn-cf9fd42fee20"] = []
C["snn-e32ad4fc1bb1"] = []   # harassment arrest, ordinary crime

JAI = actor("Jaish al-Islam", "جيش الإسلام", "الإرهابيين")
DOUMA = loc("Douma", "SY", 33.57175, 36.4027, 25)
C["ant-CN-middleEast-609-20180414"] = [
    ev("non_violent_transfer_of_territory", ("2018-04-12", "2018-04-13"), DOUMA,
       JAI, actor("Syrian government forces", "الحكومة السورية", "القوات السورية")),
    ev("other", ("2018-04-13", "2018-04-13"), DOUMA,
       JAI, actor("Syrian government forces", "الحكومة السورية"), optional=True),
    ev("government_regains_territory", ("2018-04-12", "2018-04-12"), loc("Eastern Ghouta", "SY", 33.55, 36.39, 20),
       actor("Syrian government forces", "القوات السورية"), JAI, optional=True),
]
C["snn-648e3f9e6db1"] = []   # ministerial meeting

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-131.jsonl"))
