import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات الحوثي", "الحوثيين", "الحوثي", "المليشيات", "الميليشيات", "المليشيا", "Houthis", "Ansar Allah", "Houthi militia"]
COAL = ["التحالف العربي", "Arab Coalition", "Saudi-led coalition"]

# 1 --- Yemen west coast / Haradh, pub 2018-05-20
D = ("2018-05-18", "2018-05-20")
RES = actor("المقاومة اليمنية", "قوات المقاومة", "Yemeni Resistance", "Giants Brigades", "pro-government forces", "Yemeni government forces")
C["ant-SK-middleEast-1833-20180520"] = [
    ev("armed_clash", D, loc("Al Jarrahi district", "YE", 14.078, 43.385, 30), RES, actor(*HOUTHI)),
    ev("armed_clash", D, loc("At Tuhayta district", "YE", 14.081, 43.120, 30), RES, actor(*HOUTHI)),
    ev("air_drone_strike", D, loc("Al Jarrahi district", "YE", 14.078, 43.385, 30), actor(*COAL), actor(*HOUTHI), optional=True),
    ev("air_drone_strike", D, loc("At Tuhayta district", "YE", 14.081, 43.120, 30), actor(*COAL), actor(*HOUTHI), optional=True),
    ev("government_regains_territory", D, loc("Haradh", "YE", 16.40965, 43.05883, 25),
       actor("قوات الشرعية اليمنية", "قوات الشرعية", "Yemeni government forces", "Forces of Hadi", "Military Forces of Yemen", "Yemeni army"), actor(*HOUTHI)),
]

# 2 --- Sudan arrest of IS-pledged group leader, pub 2015-08-04
SUD = actor("السلطات السودانية", "قوات النخبة السودانية", "جهاز أمن الدولة", "Sudanese authorities", "Police Forces of Sudan", "Sudanese security forces", "NISS")
C["snn-a26afa0fb837"] = [
    ev("arrests", ("2015-08-02", "2015-08-04"), loc("Khartoum", "SD", 15.5551, 32.5589, 30), SUD,
       actor("عمر عبدالخالق", "الاعتصام بالكتاب والسنة", "جماعة الاعتصام بالكتاب والسنة", "Al-I'tisam bil Kitab wal Sunna", "Islamic State", "ISIS", "داعش")),
    ev("arrests", ("2015-07-20", "2015-08-04"), loc("Khartoum", "SD", 15.5551, 32.5589, 30), SUD,
       actor("مساعد السديرة", "Musaed al-Sudaira", "Salafi jihadists"), optional=True),
]

# 3 --- Houthi missiles on Saudi Arabia, pub 2018-03-26 (Mon)
SAUDI_AD = ["قوات الدفاع الجوي السعودي", "Saudi air defence", "Military Forces of Saudi Arabia", "Saudi Arabia", "السعودية"]
C["ant-CN-middleEast-375-20180326"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"), loc("Riyadh", "SA", 24.7025, 46.8218, 25),
       actor("الحوثي", "الحوثيون", "أنصار الله", "Houthis", "Ansar Allah"),
       actor("Civilians", "مقيم مصري", "Saudi Arabia", "السعودية", "الرياض"), fatalities=1, injured=3),
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-26"), loc("Riyadh", "SA", 24.7025, 46.8218, 25),
       actor(*SAUDI_AD), actor("الحوثي", "الحوثيون", "Houthis", "Ansar Allah"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"), loc("Saudi Arabia", "SA", None, None),
       actor("الحوثي", "الحوثيون", "Houthis", "Ansar Allah"), actor("Saudi Arabia", "السعودية"), optional=True),
]

# 4 --- Egypt economy
C["ant-CN-economy-357-20181004"] = []

# 5 --- Iraq protests, Fri 2018-07-20
PROT = actor("المتظاهرون", "المحتجين", "متظاهرون", "Protesters", "Protesters (Iraq)")
C["ant-SK-middleEast-3014-20180720"] = [
    ev("peaceful_protest", ("2018-07-20", "2018-07-20"), loc("Basra", "IQ", 30.533, 47.797, 25), PROT, None),
    ev("peaceful_protest", ("2018-07-20", "2018-07-20"), loc("Nasiriyah (Dhi Qar)", "IQ", 31.0456, 46.2544, 25), PROT, None),
    ev("peaceful_protest", ("2018-07-20", "2018-07-20"), loc("Baghdad (Tahrir Square)", "IQ", 33.3333, 44.4167, 25), PROT, None),
]

# 6 --- Yemen landmines overview, pub 2018-04-24
C["ant-SK-middleEast-1220-20180424"] = [
    ev("disrupted_weapons_use", ("2018-01-20", "2018-01-31"), loc("Midi", "YE", 16.32101, 42.81299, 25),
       actor("قوات الشرعية اليمنية", "الجيش الوطني اليمني", "Yemeni government forces", "Military Forces of Yemen"),
       actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"), optional=True),
    ev("disrupted_weapons_use", ("2017-12-01", "2017-12-31"), loc("Al Khawkhah", "YE", 13.8071, 43.2493, 25),
       actor("قوات الشرعية اليمنية", "التحالف العربي", "Yemeni government forces", "Arab Coalition"),
       actor("ميليشيات الحوثي", "Houthis", "Ansar Allah"), optional=True),
]

# 7 --- Saudi UN envoy statement: cumulative toll
C["ant-CN-middleEast-738-20180427"] = []

# 8 --- Heathrow deportation stopped by passengers
C["ant-SK-internationalNews-3492-20181015"] = [
    ev("peaceful_protest", ("2018-10-09", "2018-10-09"), loc("London Heathrow Airport", "GB", 51.47, -0.4543, 25),
       actor("المسافرين", "ركاب", "Protesters", "Protesters (United Kingdom)"), None, optional=True),
]

# 9 --- Lebanon cabinet, threats of street action
C["snn-34ac8e7444e6"] = []

# 10 --- Bolton threatens ICC
C["ant-SK-internationalNews-3198-20180910"] = []

# 11 --- Saudi aid plane in Aden
C["snn-d1c084d4619e"] = []

# 12 --- Sudanese IS member suicide operation in Raqqa, pub 2015-07-21 (Tue); "الأحد الماضي" = 2015-07-19 (3rd day of Eid)
C["snn-dede03af2f3d"] = [
    ev("suicide_bomb", ("2015-07-19", "2015-07-19"), loc("Ar Raqqah (region)", "SY", 35.953, 39.008, 100),
       actor("داعش", "«داعش»", "تنظيم داعش", "مصطفى عثمان فقيري", "Islamic State", "ISIS", "Daesh"), None),
    ev("armed_clash", ("2015-04-22", "2015-04-22"), loc("Al-Qarmid camp, Idlib", "SY", 35.85, 36.68, 50),
       actor("جبهة النصرة", "Jabhat al-Nusra", "Al Nusra Front"), actor("Syrian government forces", "Military Forces of Syria"), optional=True),
]

# 13 --- Syria sexual violence statement
C["ant-SK-middleEast-227-20180311"] = []

# 14 --- Wedding shootout, Deh Salah, Baghlan, Afghanistan, pub 2015-07-27 (Mon)
C["snn-8a276fac73af"] = [
    ev("armed_clash", ("2015-07-26", "2015-07-27"), loc("Deh Salah, Baghlan", "AF", 35.69031, 69.31511, 50),
       actor("مسلحين", "Unidentified Armed Group (Afghanistan)", "gunmen"), actor("مسلحين", "Unidentified Armed Group (Afghanistan)", "gunmen"),
       fatalities=20, injured=10, optional=True),
]

# 15 --- Gaza car bombs against Hamas/PIJ members, pub 2015-07-21 (Tue), "صباح امس الاحد" = 2015-07-19
HAMAS_PIJ = ["حماس", "حركتي حماس والجهاد الاسلامي", "كتائب عز الدين القسام", "كتائب القسام", "سرايا القدس", "الجهاد الاسلامي",
             "Hamas", "Izz al-Din al-Qassam Brigades", "Palestinian Islamic Jihad", "PIJ", "Al-Quds Brigades"]
C["snn-f39599ddbd0c"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-19", "2015-07-20"), loc("North Gaza", "PS", 31.53, 34.46, 25),
       None, actor(*HAMAS_PIJ)),
    ev("shelling_artillery_missile_attack", ("2015-05-01", "2015-05-31"), loc("Southern Gaza Strip", "PS", 31.33, 34.30, 25),
       actor("انصار داعش في بيت المقدس", "Supporters of the Islamic State in Jerusalem", "Islamic State", "Salafi jihadists"),
       actor("كتائب القسام", "Izz al-Din al-Qassam Brigades", "Hamas"), optional=True),
    ev("arrests", ("2015-06-15", "2015-07-20"), loc("Gaza Strip", "PS", 31.42, 34.37, 30),
       actor("حماس", "Hamas", "Police Forces of Palestine (Hamas)"), actor("الحركات السلفية", "Salafi jihadists", "Salafists"), optional=True),
]

# 16-20
C["snn-6483c074b2cf"] = []            # Russian robot platform (technology)
C["ant-CN-middleEast-772-20180430"] = []  # US-Jordan exercise
C["ant-CN-middleEast-1622-20181019"] = []  # Sisi visit; background only
C["snn-3895cf0b96b8"] = [                  # HRW report; background arrest Nov 2014
    ev("arrests", ("2014-11-01", "2014-11-30"), loc("East Jerusalem", "PS", 31.78, 35.23, 25),
       actor("حرس الحدود الإسرائيلية", "قوات الامن الاسرائيلية", "Israeli Border Police", "Police Forces of Israel"),
       actor("راشد س.", "أطفال فلسطينيين", "Palestinian children", "Civilians (Palestine)"), optional=True),
]
C["ant-SK-technology-1032-20180703"] = []  # smartphone

# 21 --- Kurdistan strikes, pub 2018-03-25 (Sun), no date
KPROT = actor("الموظفين", "الموظفين الغاضبين", "المضربون", "موظفي قطاعي الصحة والتعليم", "الأطباء والمدرسون", "Protesters", "Protesters (Iraq)", "Labour Group (Iraq)", "Teachers (Iraq)", "Health Workers (Iraq)")
D = ("2018-03-23", "2018-03-25")
C["ant-SK-economy-210-20180325"] = [
    ev("peaceful_protest", D, loc("Sulaymaniyah", "IQ", 35.5559, 45.4085, 25), KPROT, None),
    ev("peaceful_protest", D, loc("Erbil", "IQ", 36.1927, 44.0201, 25), KPROT, None, optional=True),
    ev("peaceful_protest", D, loc("Duhok governorate", "IQ", 36.8583, 42.9858, 100), KPROT, None, optional=True),
]

# 22 --- Russian ICBM test
C["ant-SK-internationalNews-692-20180330"] = []

# 23 --- IS takes Al-Qaryatayn and abducts ~230, pub 2015-08-08 (Sat); captured Wednesday 2015-08-05
IS = ["داعش", "(داعش)", "تنظيم داعش", "عناصر تنظيم داعش", "التنظيم", "Islamic State", "ISIS", "Daesh", "ISIL"]
C["snn-889fbc19c360"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-05"), loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25),
       actor(*IS), actor("النظام", "Syrian government forces", "Military Forces of Syria", "Syrian regime")),
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-07"), loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25),
       actor(*IS), actor("مدنياً", "Civilians", "مدنيين", "مسيحيا", "Christians", "Civilians (Syria)")),
    ev("non_state_actor_overtakes_territory", ("2015-05-21", "2015-05-21"), loc("Palmyra (Tadmur)", "SY", 34.5624, 38.28402, 25),
       actor(*IS), actor("Syrian government forces", "Military Forces of Syria"), optional=True),
    ev("abduction_forced_disappearance", ("2015-05-01", "2015-05-31"), loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25),
       actor("ثلاثة مقنعين", "Unidentified Armed Group (Syria)", "Islamic State"), actor("رئيس دير مار اليان", "Civilians", "Jacques Mourad"), optional=True),
]

# 24 --- Egypt Sinai 2018 military statement (Thursday 2018-02-22), pub 2018-02-27
EGA = ["الجيش", "القوات المسلحة", "الأجهزة الأمنية", "المتحدث العسكري المصري", "Military Forces of Egypt", "Egyptian army", "Egyptian security forces", "Police Forces of Egypt"]
MIL = ["تكفيري", "العناصر الإرهابية", "مسلحين", "إرهابيا", "Islamic State", "Wilayat Sinai", "Sinai Province", "militants"]
D = ("2018-02-20", "2018-02-27")
NS = loc("North Sinai", "EG", 30.9, 33.6, 100)
C["ant-SK-middleEast-88-20180227"] = [
    ev("armed_clash", D, loc("Al Arish", "EG", 31.1316, 33.7984, 25), actor(*EGA), actor(*MIL), fatalities=7),
    ev("armed_clash", D, NS, actor(*EGA), actor(*MIL), fatalities=4, optional=True),
    ev("disrupted_weapons_use", D, NS, actor(*EGA), actor(*MIL), fatalities=4, optional=True),
    ev("air_drone_strike", D, NS, actor(*EGA), actor(*MIL), optional=True),
    ev("shelling_artillery_missile_attack", D, NS, actor(*EGA), actor(*MIL), optional=True),
    ev("arrests", D, NS, actor(*EGA), actor(*MIL), optional=True),
    ev("disrupted_weapons_use", D, NS, actor(*EGA), actor(*MIL), optional=True),
    ev("armed_clash", D, NS, actor(*EGA), actor(*MIL), fatalities=3, injured=7, optional=True),
    ev("air_drone_strike", D, loc("Egypt southern border", "EG", None, None), actor(*EGA), None, optional=True),
]

# 25 --- Coalition announces 5-day humanitarian truce (future), pub 2015-07-25
C["snn-78bf21d763da"] = [
    ev("change_to_group_activity", ("2015-07-24", "2015-07-25"), loc("Yemen", "YE", None, None),
       actor("قوات التحالف", "التحالف", "قيادة التحالف", "Saudi-led coalition", "Arab Coalition"), None, optional=True),
]

# 26 --- Baghdad protests announced for this evening (planned), pub 2015-08-07
C["snn-1524d29b7060"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Baghdad", "IQ", 33.3333, 44.4167, 25),
       actor("المتظاهرين", "ناشطون", "Protesters", "Protesters (Iraq)"), None, optional=True),
]

# 27 --- football
C["ant-SK-sport-107-20180224"] = []

# 28 --- Saudi official praises coalition victory in Aden (statement)
C["snn-4e457bfaf571"] = []

# 29 --- Burqin (Jenin) raid, youth shot dead, Wed 2015-07-22
IDF = ["الجيش الإسرائيلي", "القوات الإسرائيلية", "Israeli army", "IDF", "Military Forces of Israel"]
PAL = ["شاب فلسطيني", "Rioters (Palestine)", "Palestinian youths", "Civilians (Palestine)", "Civilians", "Palestinians"]
C["snn-ce662dc8ebf8"] = [
    ev("violent_demonstration", ("2015-07-22", "2015-07-22"), loc("Burqin", "PS", 32.45461, 35.26076, 25),
       actor(*PAL), actor(*IDF), fatalities=1),
    ev("attack", ("2015-07-22", "2015-07-22"), loc("Burqin", "PS", 32.45461, 35.26076, 25),
       actor(*IDF), actor(*PAL), fatalities=1, optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Burqin", "PS", 32.45461, 35.26076, 25),
       actor(*IDF), actor(*PAL), fatalities=1, optional=True),
    ev("arrests", ("2015-07-22", "2015-07-22"), loc("Burqin", "PS", 32.45461, 35.26076, 25),
       actor(*IDF), actor("صحفيا محليا", "journalist", "Journalists (Palestine)", "Civilians (Palestine)"), optional=True),
]

# 30 --- US-Turkey Manbij roadmap (agreed 4 June), pub 2018-06-05
C["ant-CN-middleEast-1120-20180605"] = [
    ev("agreement", ("2018-06-04", "2018-06-04"), loc("Manbij", "SY", 36.52815, 37.95495, 25),
       actor("الولايات المتحدة", "United States", "USA", "Military Forces of the United States"), actor("تركيا", "Turkey", "Military Forces of Turkey"), optional=True),
]

# 31 --- Paris hostage-taking by disturbed man (not terrorism), Tue 2018-06-12
C["ant-SK-internationalNews-2107-20180612"] = [
    ev("abduction_forced_disappearance", ("2018-06-12", "2018-06-12"), loc("Paris 10th arrondissement", "FR", 48.876, 2.36, 25),
       actor("رجل", "الخاطف", "Unidentified individual"), actor("رهينتين", "Civilians", "Civilians (France)"), fatalities=0, injured=0, optional=True),
]
C["snn-5659a89b1565"] = []   # village waste complaint
C["ant-SK-economy-124-20180313"] = []  # gold prices
C["snn-52301d33af77"] = []   # FIFA
C["snn-181ba31f6a28"] = []   # Egypt-Qatar statements

C["ant-SK-middleEast-591-20180327"] = []   # Paris seminar
C["ant-SK-middleEast-1292-20180428"] = []  # Moscow FM meeting statements
# 38 --- Al-Aqsa clashes Sun 2015-07-26, pub Mon 2015-07-27
ISR = ["قوات الاحتلال", "الوحدات الخاصة الإسرائيلية", "الجيش الإسرائيلي", "حرس الحدود", "Police Forces of Israel", "Israeli police", "Israeli Border Police", "Military Forces of Israel", "Israeli forces"]
PALW = ["المصلين", "المرابطون", "المعتكفين", "الشبان الفلسطينيين", "Rioters (Palestine)", "Protesters (Palestine)", "Palestinian worshippers", "Palestinians"]
AQ = loc("Al-Aqsa Mosque, Jerusalem Old City", "PS", 31.7761, 35.2358, 25)
C["snn-912e0faff0cb"] = [
    ev("violent_demonstration", ("2015-07-26", "2015-07-26"), AQ, actor(*PALW), actor(*ISR), injured=[14, 103]),
    ev("protest_with_intervention", ("2015-07-26", "2015-07-26"), AQ, actor(*PALW), actor(*ISR), injured=[14, 103], optional=True),
    ev("excessive_force_against_protesters", ("2015-07-26", "2015-07-26"), AQ, actor(*ISR), actor(*PALW), injured=[14, 103], optional=True),
]
C["ant-SK-middleEast-506-20180323"] = []   # humiliation video of displaced (no violent event)
C["ant-SK-middleEast-571-20180326"] = []   # Egypt election infographic

# 41 --- Iraqi intelligence on Baghdadi, pub 2018-05-09
C["ant-SK-middleEast-1525-20180509"] = [
    ev("arrests", ("2018-02-01", "2018-05-09"), loc("Iraq", "IQ", None, None),
       actor("جهاز المخابرات العراقية", "المخابرات العراقية", "Iraqi National Intelligence Service", "Iraqi intelligence", "Military Forces of Iraq"),
       actor("قيادات التنظيم", "داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("air_drone_strike", ("2018-01-01", "2018-05-09"), loc("Syria", "SY", None, None),
       actor("جهاز المخابرات العراقية", "Iraqi intelligence", "Iraqi Air Force", "Military Forces of Iraq"),
       actor("داعش", "Islamic State", "ISIS", "Daesh"), fatalities=[35, 43], optional=True),
]

# 42 --- Iraq protests Fri 2018-07-20 (second report)
D = ("2018-07-20", "2018-07-20")
PROT = ["المتظاهرون", "متظاهرون", "متظاهر", "المتظاهرين", "المحتجين", "Protesters", "Protesters (Iraq)"]
BADR = ["ميليشيا بدر", "حراس مقر تنظيم بدر", "تنظيم بدر", "Badr Organization", "Badr Brigades", "Badr"]
SEC = ["قوات الأمن", "قوات مكافحة الشغب", "مكافحة الشغب", "Police Forces of Iraq", "Iraqi security forces", "Iraqi riot police"]
C["ant-SK-middleEast-3016-20180720"] = [
    ev("excessive_force_against_protesters", D, loc("Diwaniyah", "IQ", 31.99289, 44.92552, 100), actor(*BADR), actor(*PROT), fatalities=1, injured=2),
    ev("attack", D, loc("Diwaniyah", "IQ", 31.99289, 44.92552, 100), actor(*BADR), actor(*PROT, "Civilians", "متظاهرا مدنيا"), fatalities=1, injured=2, optional=True),
    ev("peaceful_protest", D, loc("Basra", "IQ", 30.533, 47.797, 25), actor(*PROT), None),
    ev("protest_with_intervention", D, loc("Nasiriyah (Dhi Qar)", "IQ", 31.0456, 46.2544, 25), actor(*PROT), actor(*SEC)),
    ev("peaceful_protest", D, loc("Nasiriyah (Dhi Qar)", "IQ", 31.0456, 46.2544, 25), actor(*PROT), None, optional=True),
    ev("protest_with_intervention", D, loc("Baghdad (Tahrir Square / Jumhuriya bridge)", "IQ", 33.3333, 44.4167, 25), actor(*PROT), actor(*SEC), injured=[27, 33]),
]

C["snn-9e1a5adf53b9"] = []   # pesticides

# 44 --- Sultanbeyli police station attack, Istanbul, pub 2015-08-10
GUN = ["مسلحين", "مسلحون", "Unidentified Armed Group (Turkey)", "gunmen", "PKK"]
TRP = ["رجال الشرطة", "مركزا للأمن", "الشرطة التركية", "Police Forces of Turkey", "Turkish police"]
SB = loc("Sultanbeyli, Istanbul", "TR", 40.96556, 29.27001, 25)
C["snn-72c00ddd2e76"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-09", "2015-08-10"), SB, actor(*GUN), actor(*TRP), injured=7),
    ev("grenade", ("2015-08-09", "2015-08-10"), SB, actor(*GUN), actor(*TRP), injured=7, optional=True),
    ev("armed_clash", ("2015-08-09", "2015-08-10"), SB, actor(*GUN), actor(*TRP), injured=7, optional=True),
]

# 45 --- Giants Brigades capture dozens of Houthis, West Coast front, pub 2018-06-04
C["ant-SK-middleEast-2141-20180604"] = [
    ev("armed_clash", ("2018-06-01", "2018-06-04"), loc("West Coast front, Al Hudaydah", "YE", 14.4, 43.15, 100),
       actor("ألوية العمالقة", "القوات اليمنية", "القوات المشتركة", "Giants Brigades", "Al Amalika Brigades", "Yemeni government forces"),
       actor("ميليشيات الحوثي", "الحوثيون", "الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-07.jsonl"))
