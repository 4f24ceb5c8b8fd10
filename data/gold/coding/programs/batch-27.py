import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

GAZA_STRIP = loc("Gaza Strip", "PS", 31.42, 34.38, 30)
ISR = lambda *x: actor("Israeli forces", "Israel Defense Forces", "IDF", "Israel", *x)

# 1 Mali Sevare hotel attack
MALI_MIL = actor("Islamist militants", "Unidentified armed group", "مسلحون", "متطرفون", "المسلحون")
C["snn-e12865274a24"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.532, -4.096, 50),
       MALI_MIL, actor("Military Forces of Mali", "Malian army", "جنود", "قوات مالي", "MINUSMA", "مينوسما"),
       fatalities=[6, 9]),
    ev("attack", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.532, -4.096, 50),
       MALI_MIL, actor("Civilians", "رهائن", "الرهائن"), fatalities=[6, 9], optional=True),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.532, -4.096, 50),
       MALI_MIL, actor("Civilians", "رهائن", "الرهائن"), optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Sevare", "ML", 14.532, -4.096, 50),
       actor("Military Forces of Mali", "Malian special forces", "قوات خاصة من مالي", "French military", "جنود فرنسيين", "France"),
       MALI_MIL, fatalities=[0, 3], optional=True),
]
C["snn-062e979ec2ac"] = []
C["snn-9cdcd490bf8b"] = []
C["ant-SK-middleEast-1775-20180517"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA_STRIP,
       ISR("القوات الإسرائيلية", "الرصاص الإسرائيلي"), actor("Protesters", "Palestinian protesters", "فلسطينيا", "Palestinians"),
       fatalities=[1, 60], injured=[1, 2400]),
    ev("excessive_force_against_protesters", ("2018-05-15", "2018-05-15"), GAZA_STRIP,
       ISR("القوات الإسرائيلية", "الرصاص الإسرائيلي"), actor("Protesters", "Palestinian protesters", "فلسطينيا", "Palestinians"),
       fatalities=[1, 60], injured=[1, 2400], optional=True),
]
C["ant-SK-middleEast-1203-20180423"] = [
    ev("air_drone_strike", ("2018-04-19", "2018-04-19"), loc("Yemen", "YE", None, None),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "الحوثي", "ميليشيات الحوثي", "صالح الصماد", "الصماد"),
       fatalities=1, optional=True),
]

C["snn-802148fad8a8"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-25", "2015-07-26"), loc("Tirgaran base, Wardoj, Badakhshan", "AF", 36.9, 70.9, 100),
       actor("Taliban", "طالبان", "حركة طالبان", "مقاتلو طالبان", "متشددين من حركة طالبان"),
       actor("Police Forces of Afghanistan", "Afghan police", "الشرطة", "قوات الشرطة", "شرطي")),
    ev("armed_clash", ("2015-07-20", "2015-07-26"), loc("Tirgaran base, Wardoj, Badakhshan", "AF", 36.9, 70.9, 100),
       actor("Taliban", "طالبان", "حركة طالبان", "مقاتلو طالبان"),
       actor("Police Forces of Afghanistan", "Afghan police", "الشرطة", "قوات الشرطة"), optional=True),
]
C["ant-SK-internationalNews-2850-20180731"] = []
C["ant-SK-internationalNews-2627-20180713"] = []
C["ant-SK-middleEast-2234-20180607"] = [
    ev("air_drone_strike", ("2018-06-05", "2018-06-07"), loc("Zardana", "SY", 36.0459, 36.75429, 25),
       actor("Russian military", "Russia", "الطيران الروسي", "روسيا"), actor("Civilians", "مدنيا", "المدنيين"),
       fatalities=18, injured=50),
]
C["ant-SK-middleEast-769-20180404"] = [
    ev("arrests", ("2018-03-05", "2018-04-04"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("Shin Bet", "Israel Security Agency", "شين بيت", "جهاز الأمن الداخلي الإسرائيلي", "Israel"),
       actor("Palestinian militants", "فلسطينيين", "أمين جمعة", "Palestinians"), optional=True),
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA_STRIP,
       ISR(), actor("Protesters", "Palestinian protesters", "فلسطينيا", "Palestinians"), fatalities=18),
]

C["ant-SK-internationalNews-3131-20180907"] = []
C["ant-SK-internationalNews-3521-20181016"] = [
    ev("abduction_forced_disappearance", ("2018-10-15", "2018-10-15"), loc("Cologne", "DE", 50.943, 6.959, 25),
       actor("Unidentified attacker", "الرجل", "سوري", "محتجز الرهينة"), actor("Civilians", "امرأة", "رهينة"), optional=True),
]
C["snn-0e055143fee5"] = []
C["ant-SK-middleEast-2068-20180531"] = []
C["snn-fe3afbcdbc59"] = []

COAL = actor("Saudi-led coalition", "Arab Coalition", "طائرات تحالف دعم الشرعية", "طائرات التحالف", "التحالف", "تحالف دعم الشرعية")
HOUTHI = lambda *x: actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الحوثي", *x)
TUHAYTA = loc("Al Raimiya, south of At Tuhayta", "YE", 14.15, 43.20, 30)
C["ant-SK-middleEast-3315-20180810"] = [
    ev("air_drone_strike", ("2018-08-10", "2018-08-10"), TUHAYTA, COAL, HOUTHI("ميليشيا الحوثي", "المتمردين")),
    ev("air_drone_strike", ("2018-08-10", "2018-08-10"), loc("South of At Tuhayta", "YE", 14.15, 43.20, 30), COAL,
       HOUTHI("ميليشيا الحوثي", "المتمردين"), fatalities=[2, 99], injured=[2, 99], optional=True),
]
for nm, la, lo in [("Bayt al Faqih district", 14.466804, 43.289929), ("Zabid district", 14.25687, 43.351326), ("Ad Durayhimi district", 14.61471, 43.083391)]:
    C["ant-SK-middleEast-3315-20180810"].append(
        ev("abduction_forced_disappearance", ("2018-06-10", "2018-08-10"), loc(nm, "YE", la, lo, 30),
           HOUTHI("ميليشيات الحوثي الإيرانية", "الميليشيات"), actor("Civilians", "أبناء مديريات", "المدنيين", "المخطوفين"),
           optional=True))
C["ant-SK-internationalNews-570-20180324"] = [
    ev("peaceful_protest", ("2018-03-24", "2018-03-24"), loc("Tel Aviv", "IL", 32.08088, 34.78057, 25),
       actor("Protesters", "Protesters (Israel)", "المتظاهرين", "آلاف الأشخاص"), None),
]
C["snn-f49ca62ab832"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Heliopolis, Cairo", "EG", 30.1, 31.3333, 25),
       None, actor("Police Forces of Egypt", "Egyptian police", "ضابطين ومجند", "الإدارة العامة لمرور القاهرة", "الشرطة"),
       fatalities=None, injured=3),
    ev("disrupted_weapons_use", ("2015-08-10", "2015-08-10"), loc("Heliopolis, Cairo", "EG", 30.1, 31.3333, 25),
       actor("Police Forces of Egypt", "خبراء المفرقعات", "Egyptian police"), None, optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Al Arish", "EG", 31.131, 33.798, 25),
       actor("Unidentified armed group", "مسلح", "Militants"), actor("Police Forces of Egypt", "Egyptian police", "ضابطا شرطة", "مجند", "مدرعة", "Military Forces of Egypt"),
       fatalities=[0, 4], injured=[0, 4]),
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Suez", "EG", 29.97371, 32.52627, 25),
       actor("Unidentified armed group", "مسلح", "Militants"), actor("Police Forces of Egypt", "Egyptian police", "ضابطا شرطة", "مجند"),
       fatalities=[0, 4], injured=[0, 4]),
]
C["snn-3ab81d84ac7e"] = []
C["ant-SK-middleEast-2375-20180614"] = [
    ev("armed_clash", ("2018-06-14", "2018-06-14"), loc("Al Hudaydah (south, near airport)", "YE", 14.78, 42.96, 25),
       actor("Joint Resistance Forces", "قوات المقاومة المشتركة", "المقاومة", "Yemeni Resistance", "Military Forces of Yemen", "Saudi-led coalition", "التحالف العربي"),
       HOUTHI("ميليشيات الحوثي الإيرانية", "مسلحو ميليشيات الحوثي", "ميليشيات الحوثي الانقلابية")),
]

C["ant-SK-internationalNews-2332-20180627"] = [
    ev("agreement", ("2018-06-27", "2018-06-27"), loc("Khartoum", "SD", 15.59092, 32.522106, 25),
       actor("Government of South Sudan", "South Sudan", "سلفا كير ميارديت", "الحكومة", "Military Forces of South Sudan", "SPLA"),
       actor("SPLM-IO", "Sudan People's Liberation Movement-in-Opposition", "رياك مشار", "الحركة الشعبية المعارضة", "المتمردين", "مجموعات المعارضة الجنوبية")),
]
RES = actor("Popular Resistance", "Yemeni Popular Resistance", "المقاومة الشعبية", "المقاومة", "Military Forces of Yemen", "الجيش الوطني")
HOU = actor("Houthis", "Ansar Allah", "الميليشيات المتمردة", "الميليشيا الحوثية", "الحوثيين", "مسلحي الميليشيات")
C["snn-9722997135db"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Al Jufaynah", "YE", 15.4137, 45.27884, 25), HOU, RES,
       fatalities=[0, 7], injured=[0, 7]),
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Sirwah", "YE", 15.44933, 45.01891, 25), HOU, RES,
       fatalities=[0, 7], injured=[0, 7]),
    ev("government_regains_territory", ("2015-07-20", "2015-07-22"), loc("South of Marib", "YE", 15.40, 45.30, 50), RES, HOU,
       optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Ibb governorate", "YE", 13.96667, 44.18333, 100), RES, HOU,
       fatalities=[1, 99], injured=[1, 99]),
]
C["snn-c6390e199b10"] = []
C["snn-fa40e8282ddd"] = []
C["snn-4ead01a28dd8"] = []

C["snn-43de9e93278b"] = [
    ev("armed_clash", ("2015-07-17", "2015-07-21"), loc("Sabha (suburb)", "LY", 27.03766, 14.42832, 25),
       actor("Tuareg Ethnic Militia (Libya)", "Tuareg", "الطوارق", "مقاتلون من الطوارق", "قبيلتين"),
       actor("Tebu Ethnic Militia (Libya)", "Tebu", "Toubou", "قبيلة تبو", "تبو"),
       fatalities=37, injured=22),
]
C["snn-c158ddc8bd7d"] = []
C["snn-5bdb300be29f"] = [
    ev("disrupted_weapons_use", ("2015-07-21", "2015-07-22"), loc("Ankara", "TR", 39.914365, 32.789539, 25),
       actor("Police Forces of Turkey", "Turkish police", "خبراء متفجرات أتراك", "الشرطة"), None),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), actor("Civilians", "المدنيين"),
       fatalities=32, injured=[100, 108]),
    ev("armed_clash", ("2015-07-21", "2015-07-22"), loc("Ceylanpinar", "TR", 36.846, 40.05, 25),
       None, actor("Police Forces of Turkey", "شرطيين", "Turkish police"), fatalities=2, optional=True),
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Ceylanpinar", "TR", 36.846, 40.05, 25),
       None, actor("Police Forces of Turkey", "شرطيين", "Turkish police"), fatalities=2, optional=True),
]
C["ant-CN-middleEast-1322-20180908"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-06", "2018-09-08"), loc("Koi Sanjaq", "IQ", 36.081444, 44.631152, 25),
       None, actor("KDPI", "Kurdistan Democratic Party of Iran", "الحزب الديمقراطي الكردستاني الإيراني"),
       fatalities=12, injured=50),
]
C["snn-c15f82f62673"] = [
    ev("government_regains_territory", ("2015-07-24", "2015-07-26"), loc("Al Azariq district", "YE", 13.634773, 44.626154, 30),
       actor("Popular Resistance", "Yemeni Popular Resistance", "المقاومة", "Southern Resistance"),
       actor("Houthis", "Ansar Allah", "مسلحا حوثيا", "الحوثي", "الحوثيين"), ),
    ev("non_state_actor_overtakes_territory", ("2015-07-24", "2015-07-26"), loc("Al Azariq district", "YE", 13.634773, 44.626154, 30),
       actor("Popular Resistance", "Yemeni Popular Resistance", "المقاومة", "Southern Resistance"),
       actor("Houthis", "Ansar Allah", "مسلحا حوثيا", "الحوثي", "الحوثيين"), optional=True),
    ev("abduction_forced_disappearance", ("2015-07-19", "2015-07-26"), loc("Lahj governorate", "YE", 13.05, 44.88, 100),
       actor("Houthis", "Ansar Allah", "المليشيات الحوثية", "مليشيات الحوثي", "الحوثي"),
       actor("Civilians", "محمود الصبيحي", "وزير الدفاع", "ناشطون إعلاميون", "المختطفين", "Military Forces of Yemen"), optional=True),
]

SYGOV = actor("Syrian government forces", "Military Forces of Syria", "Republican Guard", "الحرس الجمهوري السوري", "قوات الحرس الجمهوري", "الجيش السوري", "النظام السوري")
YPG = actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "وحدات حماية الشعب", "Kurdish forces")
TURK = actor("Military Forces of Turkey", "Turkish army", "الجيش التركي", "القوات التركية", "تركيا", "Syrian opposition factions", "الفصائل السوري الموالية له", "جماعات المعارضة السورية", "Free Syrian Army")
SOUTH_AFRIN = loc("South of Afrin (near Nubl and Zahraa)", "SY", 36.42, 36.95, 30)
C["ant-SK-middleEast-244-20180312"] = [
    ev("non_violent_transfer_of_territory", ("2018-03-10", "2018-03-12"), SOUTH_AFRIN, SYGOV, YPG),
    ev("government_regains_territory", ("2018-03-10", "2018-03-12"), SOUTH_AFRIN, SYGOV, YPG, optional=True),
    ev("armed_clash", ("2018-03-10", "2018-03-10"), loc("Afrin (eastern outskirts)", "SY", 36.5306, 36.9127, 25), TURK, YPG, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-10", "2018-03-10"), loc("Afrin (eastern outskirts)", "SY", 36.5306, 36.9127, 25), TURK, YPG, optional=True),
]
ISTANBUL = loc("Istanbul (Galatasaray square / Istiklal)", "TR", 41.03, 28.98, 25)
SATM = actor("Saturday Mothers", "أمهات السبت", "Protesters", "المتظاهرين")
TRPOL = actor("Police Forces of Turkey", "Turkish police", "شرطة إسطنبول", "الشرطة", "السلطات التركية")
C["ant-SK-internationalNews-3115-20180901"] = [
    ev("protest_with_intervention", ("2018-09-01", "2018-09-01"), ISTANBUL, SATM, TRPOL),
    ev("peaceful_protest", ("2018-09-01", "2018-09-01"), ISTANBUL, SATM, None, optional=True),
    ev("protest_with_intervention", ("2018-08-25", "2018-08-25"), ISTANBUL, SATM, TRPOL, optional=True),
]
C["snn-0fd582111e2b"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam al-Sadiq mosque, Sawaber, Kuwait City", "KW", 29.37472, 47.981029, 25),
       actor("Islamic State", "الانتحاري فهد سليمان القباع", "فهد سليمان القباع"), actor("Civilians", "المصلين"),
       fatalities=26, injured=227, optional=True),
]
C["ant-SK-middleEast-1337-20180429"] = [
    ev("attack", ("2018-04-29", "2018-04-29"), loc("Southern Gaza Strip border fence", "PS", 31.32, 34.32, 30),
       ISR("الجيش الإسرائيلي", "جنودا"), actor("Civilians", "Palestinians", "فلسطيني", "فلسطينيين"), fatalities=1),
    ev("armed_clash", ("2018-04-29", "2018-04-29"), loc("Southern Gaza Strip border fence", "PS", 31.32, 34.32, 30),
       ISR("الجيش الإسرائيلي", "جنودا"), actor("Palestinians", "فلسطيني", "فلسطينيين", "Palestinian militants"), fatalities=1, optional=True),
    ev("arrests", ("2018-04-29", "2018-04-29"), loc("Southern Gaza Strip border fence", "PS", 31.32, 34.32, 30),
       ISR("الجيش الإسرائيلي"), actor("Palestinians", "فلسطيني", "فلسطينيين"), optional=True),
]
C["snn-73fbf2dae049"] = [
    ev("arrests", ("2015-07-01", "2015-07-22"), loc("Saudi Arabia", "SA", None, None),
       actor("Police Forces of Saudi Arabia", "رجال أمننا", "وزارة الداخلية"), actor("Islamic State", "داعش", "ISIS"), optional=True),
]

C["snn-626e93ba0957"] = []
C["snn-20c38dc43c7e"] = []
C["snn-691209692be0"] = []
C["ant-SK-internationalNews-3455-20181013"] = []
USCOAL = actor("Global Coalition Against Daesh", "US-led coalition", "International Coalition", "التحالف الدولي", "قوات التحالف")
ISIS = lambda *x: actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", *x)
C["ant-SK-middleEast-3104-20180725"] = [
    ev("air_drone_strike", (d, d), loc("Syria", "SY", None, None), USCOAL, ISIS(*who), fatalities=n, optional=True)
    for d, who, n in [("2018-06-02", ("صفيان مكوح",), 1), ("2018-06-12", ("سيماك",), 1),
                      ("2018-06-24", ("أبو عوف", "أبو قدامة"), 2), ("2018-06-26", ("شريف الرجب",), 1),
                      ("2018-04-24", ("منوّر المطيري",), 1)]
]

C["snn-b194a5547721"] = []
C["ant-SK-internationalNews-2464-20180703"] = []
C["ant-SK-internationalNews-544-20180323"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-23", "2018-03-23"), loc("Lashkar Gah", "AF", 31.593, 64.371, 25),
       None, actor("Civilians", "المتفرجين"), fatalities=10, injured=37),
]
ISRAF = actor("Israeli forces", "Israel", "Israeli Air Force", "طائرة إسرائيلية من دون طيار", "سلاح الجو", "إسرائيل", "جيش إسرائيل")
GOLANRES = actor("Syrian Resistance for the Liberation of Golan", "المقاومة السورية لتحرير الجولان", "Hezbollah", "حزب الله")
C["snn-85ea40a53fef"] = [
    ev("air_drone_strike", ("2015-07-26", "2015-08-02"), loc("Hadar", "SY", 33.28098, 35.83043, 25), ISRAF, GOLANRES, fatalities=3),
    ev("air_drone_strike", ("2015-04-01", "2015-04-30"), loc("Golan border area, Quneitra", "SY", 33.12594, 35.82461, 50), ISRAF, GOLANRES,
       fatalities=4, optional=True),
    ev("air_drone_strike", ("2015-01-18", "2015-01-18"), loc("Quneitra", "SY", 33.12594, 35.82461, 50), ISRAF,
       actor("Hezbollah", "حزب الله", "قافلة لحزب الله", "Iranian Revolutionary Guard Corps", "ضابط إيراني"), fatalities=6, optional=True),
]
C["snn-b22e7f9f2c1f"] = []

C["ant-SK-economy-931-20180707"] = []
C["ant-CN-middleEast-230-20180309"] = []
C["ant-CN-middleEast-18-20180217"] = [
    ev("disrupted_weapons_use", ("2018-02-10", "2018-02-10"), loc("Israel (northern)", "IL", None, None),
       actor("Israeli forces", "إسرائيل", "Israel"), actor("Military Forces of Iran", "Iran", "إيرانية", "طائرة إيرانية بدون طيار"), optional=True),
    ev("disrupted_weapons_use", ("2018-02-10", "2018-02-10"), loc("Syria / northern Israel", "SY", None, None),
       actor("Syrian government forces", "Military Forces of Syria", "قوات النظام السوري"), actor("Israeli forces", "Israeli Air Force", "مقاتلة إسرائيلية"), optional=True),
]
INDF = actor("Military Forces of India", "Indian army", "القوات الهندية", "India", "نيران هندية", "الهند")
C["snn-c1b4549f6427"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-18"),
       loc("Poonch sector, Line of Control", "PK", 33.8, 73.95, 60), INDF,
       actor("Civilians", "Pakistan", "المناطق الباكستانية", "مدنيين", "Military Forces of Pakistan"), fatalities=None),
    ev("shelling_artillery_missile_attack", ("2015-07-15", "2015-07-16"), loc("near Sialkot", "PK", 32.49, 74.53, 50), INDF,
       actor("Civilians", "مدنيين", "المدنيين"), fatalities=3),
    ev("shelling_artillery_missile_attack", ("2015-07-15", "2015-07-16"), loc("Pakistani Kashmir", "PK", None, None), INDF,
       actor("Civilians", "مدنيين", "المدنيين"), fatalities=1, optional=True),
    ev("disrupted_weapons_use", ("2015-07-11", "2015-07-18"), loc("Kashmir", "PK", None, None),
       actor("Military Forces of Pakistan", "Pakistan army", "قواتها", "باكستان"), actor("Military Forces of India", "طائرة تجسس هندية"), optional=True),
]
C["snn-20e0a23f8761"] = []

C["ant-CN-economy-271-20180906"] = []
C["snn-4a3c3d24ded2"] = []
C["snn-5c90230a3573"] = []
C["snn-97e999485776"] = []
HAMAS = actor("Hamas", "حماس", "Izz al-Din al-Qassam Brigades")
C["ant-SK-middleEast-2037-20180530"] = [
    ev("air_drone_strike", ("2018-05-29", "2018-05-30"), GAZA_STRIP,
       ISR("سلاح الجو الإسرائيلي", "القوات الإسرائيلية", "Israeli Air Force"), HAMAS),
    ev("air_drone_strike", ("2018-05-29", "2018-05-30"), loc("Northern Gaza Strip", "PS", 31.54, 34.50, 25),
       ISR("سلاح الجو الإسرائيلي", "القوات الإسرائيلية", "Israeli Air Force"), HAMAS, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-29", "2018-05-30"), loc("Israeli communities near Gaza", "IL", 31.43, 34.50, 30),
       actor("Palestinian militants", "Hamas", "حماس", "Palestinian Islamic Jihad"), ISR("المستوطنات الإسرائيلية")),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-27.jsonl"))
