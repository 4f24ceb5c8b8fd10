import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- reusable actors
HOUTHI = lambda *x: actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثيون", "الحوثي", "ميليشيات الحوثيين", *x)
RESIST = lambda *x: actor("Popular Resistance", "المقاومة الشعبية", "المقاومة", "Yemeni pro-government forces", *x)
CIV = lambda *x: actor("Civilians", "المدنيين", "مدنيين", *x)
ISIS = lambda *x: actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", *x)
SYGOV = lambda *x: actor("Syrian government forces", "Syrian Army", "القوات الحكومية", "الجيش السوري", "قوات النظام", *x)

C["ant-CN-middleEast-1416-20181005"] = [
    ev("peaceful_protest", ("2018-10-05", "2018-10-05"), loc("Istanbul", "TR", 41.019, 28.983, 25),
       actor("بيت الإعلاميين العرب في تركيا", "House of Arab Journalists in Turkey", "Protesters"), None),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul", "TR", 41.019, 28.983, 25),
       None, actor("جمال خاشقجي", "Jamal Khashoggi"), optional=True),
]
C["snn-4308bade1de2"] = [
    ev("government_regains_territory", ("2015-07-30", "2015-08-01"), loc("Dofas", "YE", 13.09, 45.31, 25),
       RESIST(), HOUTHI("Saleh forces", "القوات الموالية للرئيس اليمني السابق")),
    ev("government_regains_territory", ("2015-07-30", "2015-08-01"), loc("Al Kawd", "YE", 13.08861, 45.36472, 25),
       RESIST(), HOUTHI("Saleh forces", "القوات الموالية للرئيس اليمني السابق")),
    ev("armed_clash", ("2015-07-30", "2015-08-01"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25),
       RESIST(), HOUTHI("Saleh forces")),
    ev("government_regains_territory", ("2015-07-24", "2015-07-31"), loc("Lawdar", "YE", 13.88282, 45.86859, 25),
       RESIST(), HOUTHI("Saleh forces", "قوات صالح"), optional=True),
    ev("government_regains_territory", ("2015-07-24", "2015-07-31"), loc("Al Ain, Abyan", "YE", 13.71, 46.16, 100),
       RESIST(), HOUTHI("Saleh forces", "قوات صالح"), optional=True),
]
C["ant-SK-internationalNews-2618-20180714"] = []
C["snn-66047782102f"] = []
C["ant-SK-middleEast-3203-20180731"] = [
    ev("government_regains_territory", ("2018-07-30", "2018-07-30"), loc("Yarmouk Basin", "SY", 32.76, 35.90, 25),
       SYGOV("قوات الرئيس بشار الأسد"), ISIS("المسلحون المرتبطون بتنظيم داعش", "Khalid ibn al-Walid Army", "المسلحين")),
    ev("non_violent_transfer_of_territory", ("2018-07-30", "2018-07-30"), loc("Yarmouk Basin", "SY", 32.76, 35.90, 25),
       ISIS("المسلحون المرتبطون بتنظيم داعش", "Khalid ibn al-Walid Army", "المسلحين"), SYGOV("قوات الرئيس بشار الأسد"), optional=True),
]
C["snn-525ccbc133d0"] = [
    ev("government_regains_territory", ("2015-07-19", "2015-07-21"), loc("Al Anad triangle", "YE", 13.18, 44.77, 25),
       RESIST("عناصر المقاومة الشعبية"), actor("المسلحين", "Houthis", "Ansar Allah", "الحوثيين")),
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-21"), loc("Dar Saad", "YE", 12.909, 44.978, 25),
       HOUTHI("Saleh forces"), CIV(), fatalities=6, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Ras Isa", "YE", 15.17, 42.84, 30),
       actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف العربي", "التحالف العربي"), HOUTHI()),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("As Salif", "YE", 15.30755, 42.67107, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف العربي", "التحالف العربي"), HOUTHI()),
    ev("armed_clash", ("2015-07-18", "2015-07-18"), loc("Taiz", "YE", 13.57825, 44.017666, 25),
       RESIST("قوات المقاومة"), HOUTHI("ميليشيات الحوثيين", "Saleh forces", "قوات صالح")),
    ev("armed_clash", ("2015-07-19", "2015-07-21"), loc("Al Anad base", "YE", 13.18, 44.77, 25),
       RESIST(), actor("Houthis", "الحوثيين"), optional=True),
    ev("government_regains_territory", ("2015-07-14", "2015-07-20"), loc("Aden", "YE", 12.78, 45.03, 25),
       RESIST("قوات المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي"),
       HOUTHI("ميليشيات الحوثيين", "Saleh forces", "قوات الرئيس السابق علي عبد الله صالح"), optional=True),
]

C["ant-SK-internationalNews-2724-20180719"] = []
C["ant-SK-internationalNews-936-20180416"] = [
    ev("peaceful_protest", ("2018-04-16", "2018-04-16"), loc("Istanbul (near Taksim)", "TR", 41.037, 28.985, 25),
       actor("مؤيدي الحزب", "حزب الشعب الجمهوري", "Republican People's Party", "CHP", "Protesters"), None),
    ev("protest_with_intervention", ("2018-04-16", "2018-04-16"), loc("Istanbul (near Taksim)", "TR", 41.037, 28.985, 25),
       actor("مؤيدي الحزب", "حزب الشعب الجمهوري", "Republican People's Party", "CHP", "Protesters"),
       actor("الشرطة", "Turkish police", "Police Forces of Turkey"), optional=True),
    ev("peaceful_protest", ("2018-04-16", "2018-04-16"), loc("Turkey", "TR", None, None),
       actor("مؤيدو أكبر أحزاب المعارضة", "حزب الشعب الجمهوري", "Republican People's Party", "CHP", "Protesters"), None, optional=True),
]
C["ant-SK-middleEast-2637-20180628"] = []
C["ant-SK-middleEast-1278-20180427"] = [
    ev("air_drone_strike", ("2018-04-27", "2018-04-27"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       SYGOV("قوات النظام", "النظام السوري"), CIV("مدنيا"), fatalities=17),
    ev("shelling_artillery_missile_attack", ("2018-04-27", "2018-04-27"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25),
       SYGOV("قوات النظام", "النظام السوري"), ISIS(), optional=True),
]
C["snn-9bc68206dc4d"] = []
C["ant-SK-middleEast-1532-20180509"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-09"), loc("Damascus Tower, Marjeh Square", "SY", 33.5126, 36.3013, 25),
       None, CIV(), fatalities=None, injured=None),
    ev("remote_explosive_landmine_ied", ("2018-05-09", "2018-05-09"), loc("Mouwasat Square, Damascus", "SY", 33.506, 36.279, 25),
       None, CIV(), fatalities=None, injured=None),
]

C["ant-SK-middleEast-2031-20180529"] = []
C["snn-2b50f10c7f2c"] = [
    ev("arrests", ("2015-08-03", "2015-08-05"), loc("Dahmani", "TN", 35.94388, 8.82778, 25),
       actor("قوات الامن", "الوحدة الوطنية للأبحاث في جرائم الإرهاب", "Tunisian security forces", "Police Forces of Tunisia"),
       actor("خلية إرهابية", "6 عناصر", "Militants", "terrorist cell")),
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Sousse", "TN", 35.82539, 10.63699, 25),
       actor("مسلح", "Gunman", "Islamic State"), actor("سائحا", "Civilians", "tourists"), fatalities=38, optional=True),
]
C["ant-SK-middleEast-3154-20180728"] = []
C["snn-a2f719bcf333"] = []
C["snn-0ad2f6821e8e"] = []
C["snn-a3bc6e75c015"] = []

C["snn-29f49f054d46"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma (Nablus)", "PS", 32.058605, 35.364841, 25),
       actor("المستوطنين", "Israeli settlers", "Settlers", "خلية إرهابية يهودية"), CIV("الطفل الرضيع علي دوابشة", "أسرة دوابشة"),
       fatalities=1, optional=True),
]
C["ant-SK-economy-1037-20180725"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-25", "2018-07-25"), loc("Red Sea off Yemen", "YE", 15.0, 42.2, 150),
       HOUTHI("ميليشيات الحوثي"), actor("الشركة الوطنية السعودية للنقل البحري", "Bahri", "Saudi oil tankers", "ناقلتين"),
       fatalities=0, injured=0, optional=True),
]
C["snn-553e369f0053"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-03"), loc("Al Anad air base", "YE", 13.176, 44.765, 25),
       RESIST("قوات المقاومة الشعبية", "الثوار"), HOUTHI("ميليشيات التمرد", "الانقلابيين")),
    ev("government_regains_territory", ("2015-08-05", "2015-08-07"), loc("Al Houta (Lahij)", "YE", 13.05667, 44.88194, 25),
       RESIST("قوات المقاومة الشعبية"), HOUTHI("ميليشيات التمرد")),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Al Houta (Lahij)", "YE", 13.05667, 44.88194, 25),
       RESIST("عناصر المقاومة"), HOUTHI("حلفائهم", "Saleh forces"), fatalities=61, injured=38),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Wadi al-Husseini, north of Al Houta", "YE", 13.09, 44.88, 25),
       RESIST("المركز الإعلامي للمقاومة"), HOUTHI("مجموعات من الحوثيين", "متمردا"), fatalities=18, injured=24),
    ev("armed_clash", ("2015-08-04", "2015-08-07"), loc("near Al Anad air base", "YE", 13.176, 44.765, 25),
       RESIST("عناصر المقاومة الشعبية"), HOUTHI("بقايا قوات الانقلابيين", "المتمردين")),
]
C["snn-b90641eba5f4"] = [
    ev("suicide_bomb", ("2015-08-05", "2015-08-07"), loc("Special Emergency Forces HQ mosque, Asir (Abha)", "SA", 18.23, 42.50, 100),
       actor("الفئة الخارجة", "Islamic State", "ISIS"), actor("قوات الطوارئ الخاصة", "منسوبي القوات", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia"),
       fatalities=[2, 99], injured=[2, 99], optional=True),
    ev("attack", ("2015-08-05", "2015-08-07"), loc("Special Emergency Forces HQ mosque, Asir (Abha)", "SA", 18.23, 42.50, 100),
       actor("الفئة الخارجة", "Islamic State", "ISIS"), actor("قوات الطوارئ الخاصة", "منسوبي القوات", "Saudi Special Emergency Forces", "Police Forces of Saudi Arabia"),
       fatalities=[2, 99], injured=[2, 99], optional=True),
]
C["ant-SK-middleEast-1174-20180421"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-01", "2018-04-14"), loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("القوات التركية", "Turkish Armed Forces", "Military Forces of Turkey", "الجيش السوري الحر", "Free Syrian Army", "الفصائل المعارضة الموالية لأنقرة"),
       actor("وحدات حماية الشعب الكردية", "YPG", "People's Protection Units"), optional=True),
]
C["ant-SK-middleEast-345-20180317"] = [
    ev("air_drone_strike", ("2018-03-15", "2018-03-17"), loc("Zamalka", "SY", 33.5261, 36.35385, 25),
       actor("Syrian government forces", "Russian Air Force", "Military Forces of Russia", "الطيران الروسي", "النظام السوري", "الطيران"),
       CIV("شخصا تجمعوا للخروج"), fatalities=30),
]

C["snn-a22a9dcf906c"] = [
    ev("government_regains_territory", ("2015-07-12", "2015-07-18"), loc("Aden International Airport", "YE", 12.83, 45.03, 25),
       RESIST(), HOUTHI("مليشيات المتمردين الحوثيين", "مليشيات الحوثي", "Saleh forces", "قوات المخلوع صالح"), optional=True),
]
C["ant-SK-middleEast-3256-20180808"] = [
    ev("armed_clash", ("2018-08-06", "2018-08-07"), loc("Al-Buhayrat area, Tarmiyah", "IQ", 33.67444, 44.39583, 25),
       ISIS("فلول التنظيم الإرهابي", "عناصر التنظيم", "مسلحي داعش"),
       actor("الجيش العراقي", "Iraqi Army", "Military Forces of Iraq", "القوات الأمنية العراقية", "الفوجين الثالث والرابع"),
       fatalities=[1, 99], injured=[1, 99]),
    ev("armed_clash", ("2018-08-06", "2018-08-08"), loc("Tarmiyah", "IQ", 33.67444, 44.39583, 25),
       actor("القوات الأمنية العراقية", "Iraqi security forces", "Military Forces of Iraq", "Iraqi Army"), ISIS("عناصر داعش"),
       fatalities=3, injured=1, optional=True),
]
COAL_AD = actor("Saudi-led coalition", "Arab Coalition", "قوات الدفاع الجوي للتحالف", "التحالف", "تحالف دعم الشرعية في اليمن",
                "Royal Saudi Air Defense", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي السعودي", "Military Forces of Saudi Arabia")
C["ant-SK-middleEast-559-20180326"] = [
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-25"), loc("Saudi Arabia", "SA", None, None),
       COAL_AD, HOUTHI("مليشيات الحوثي", "الجماعة الحوثية"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-25"), loc("Saudi Arabia", "SA", None, None),
       HOUTHI("مليشيات الحوثي", "الجماعة الحوثية"), None, optional=True),
    ev("disrupted_weapons_use", ("2018-03-12", "2018-03-26"), loc("Hays", "YE", 13.9317, 43.4831, 25),
       actor("قوات الشرعية اليمنية", "Yemeni government forces", "Military Forces of Yemen"), HOUTHI("مليشيات الحوثي"), optional=True),
]
C["ant-SK-sport-2810-20181007"] = []
C["ant-SK-middleEast-686-20180331"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-31", "2018-03-31"), loc("Najran", "SA", 17.4924, 44.12766, 25),
       HOUTHI("ميليشيات الحوثي", "الجماعة الحوثية"), CIV("مقيم من الجالية الهندية"), injured=1),
    ev("disrupted_weapons_use", ("2018-03-31", "2018-03-31"), loc("Najran", "SA", 17.4924, 44.12766, 25),
       COAL_AD, HOUTHI("ميليشيات الحوثي", "الجماعة الحوثية"), injured=1, optional=True),
    ev("disrupted_weapons_use", ("2018-03-24", "2018-03-28"), loc("Riyadh", "SA", 24.7136, 46.6753, 25),
       COAL_AD, HOUTHI(), optional=True),
]
C["ant-CN-middleEast-449-20180401"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-04-01"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30),
       actor("Israeli Defense Forces", "Military Forces of Israel", "إسرائيل"),
       actor("Protesters", "فلسطينيا", "مسيرة العودة الكبرى", "Palestinians"), fatalities=[15, 20], optional=True),
]

C["snn-1885947cea1d"] = []
C["ant-SK-middleEast-3772-20181008"] = [
    ev("abduction_forced_disappearance", ("2018-10-01", "2018-10-08"), loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       HOUTHI("ميليشيات الحوثي الإيرانية", "الميليشيات"), CIV("المختطفين", "مختطفين"), optional=True),
]
C["ant-SK-middleEast-2128-20180603"] = []
C["ant-SK-internationalNews-2784-20180722"] = [
    ev("peaceful_protest", ("2018-07-22", "2018-07-22"), loc("Munich", "DE", 48.137, 11.575, 25),
       actor("Protesters", "المحتجين", "نقابات عمالية", "جماعات كنسية"), None),
]
C["snn-17e847cdc1b1"] = [
    ev("change_to_group_activity", ("2015-07-31", "2015-07-31"), loc("Afghanistan", "AF", None, None),
       actor("Taliban", "حركة طالبان", "طالبان"), None, optional=True),
]
C["snn-3d6c825c91dc"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-25", "2015-07-25"), loc("Al Muwassam", "SA", 16.41667, 42.82583, 25),
       None, CIV("مواطن سعودي"), injured=1),
]

C["ant-SK-internationalNews-2648-20180715"] = []
C["snn-be98efd1c8fe"] = []
C["snn-22eb4a4ad0d2"] = []
TRK = actor("القوات التركية", "Turkish Armed Forces", "Military Forces of Turkey", "Turkey", "فصائل سورية موالية لأنقرة", "Free Syrian Army", "Turkish-backed Syrian rebels")
YPG = actor("المقاتلين الأكراد", "وحدات حماية الشعب الكردية", "YPG", "People's Protection Units", "Kurdish fighters")
C["ant-SK-middleEast-395-20180319"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-18"), loc("Afrin", "SY", 36.51194, 36.86954, 25), TRK, YPG),
    ev("government_regains_territory", ("2018-03-18", "2018-03-18"), loc("Afrin", "SY", 36.51194, 36.86954, 25), TRK, YPG, optional=True),
]
RIOT = actor("Rioters", "شبان", "المحتجين", "Protesters")
FRPOL = actor("Police Forces of France", "French police", "الشرطة", "شرطة مكافحة الشغب", "عناصر الشرطة")
C["ant-SK-internationalNews-2493-20180705"] = [
    ev("violent_demonstration", ("2018-07-03", "2018-07-04"), loc("Le Breil, Nantes", "FR", 47.218, -1.553, 25), RIOT, FRPOL),
    ev("violent_demonstration", ("2018-07-04", "2018-07-04"), loc("Le Breil, Nantes", "FR", 47.218, -1.553, 25), RIOT, FRPOL),
    ev("violent_demonstration", ("2018-07-04", "2018-07-04"), loc("Sarcelles", "FR", 48.997, 2.378, 25),
       actor("Protesters", "مسيرة احتجاجية", "Rioters"), actor("مفوضية الشرطة", "Police Forces of France", "French police")),
    ev("protest_with_intervention", ("2018-07-04", "2018-07-04"), loc("Sarcelles", "FR", 48.997, 2.378, 25),
       actor("Protesters", "مسيرة احتجاجية"), actor("Police Forces of France", "French police"), optional=True),
    ev("attack", ("2018-07-03", "2018-07-04"), loc("Le Breil, Nantes", "FR", 47.218, -1.553, 25),
       actor("شرطي", "Police Forces of France"), actor("شاب", "Civilians"), fatalities=1, optional=True),
]
C["ant-SK-internationalNews-3108-20180901"] = []

C["ant-SK-technology-1309-20180812"] = []
C["snn-ee55e464e520"] = []
YGOV = actor("قوات الشرعية", "قوات الجيش", "Yemeni government forces", "Military Forces of Yemen", "Yemeni Army", "الجيش")
C["ant-SK-middleEast-1451-20180506"] = [
    ev("armed_clash", ("2018-05-04", "2018-05-06"), loc("Al Barh (west Taiz)", "YE", 13.44065, 43.70338, 25),
       YGOV, HOUTHI("مليشيا الحوثي الإيرانية", "المليشيا"), fatalities=[27, 33], injured=[10, 99]),
    ev("government_regains_territory", ("2018-05-04", "2018-05-06"), loc("Al Barh (west Taiz)", "YE", 13.44065, 43.70338, 25),
       YGOV, HOUTHI("مليشيا الحوثي الإيرانية", "المليشيا")),
    ev("air_drone_strike", ("2018-05-04", "2018-05-06"), loc("Al Barh (west Taiz)", "YE", 13.44065, 43.70338, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "غارات التحالف العربي"), HOUTHI("مليشيا الحوثي الإيرانية"), optional=True),
]
C["ant-SK-technology-638-20180509"] = []
C["snn-7554d96785ae"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-65.jsonl"))
