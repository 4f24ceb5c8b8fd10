import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "الميليشيات الحوثية", "الحوثي")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "قوات التحالف", "مقاتلات التحالف", "طيران التحالف")

# 1 Thai police arrest human traffickers: ordinary crime
C["snn-eaf64000c8d0"] = []

# 2 Yemeni minister statement; mentions launch of Hodeidah operation
C["ant-SK-middleEast-2371-20180614"] = [
    ev("armed_clash", ("2018-06-12", "2018-06-14"), loc("Al Hudaydah", "YE", 14.798, 42.954, 25),
       actor("Arab Coalition", "Saudi-led coalition", "التحالف العربي", "Yemeni government forces"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الميليشيات الحوثية"), optional=True),
]

# 3 singer: no event
C["snn-847614e7a200"] = []

# 4 Riyadh suicide bombing at al-Ha'ir road checkpoint
C["snn-4649efe8ebc8"] = [
    ev("suicide_bomb", ("2015-07-16", "2015-07-20"), loc("Riyadh (al-Ha'ir road)", "SA", 24.60, 46.75, 40),
       actor("انتحاري", "انتحاري سعودي", "عبد الله فهد عبد الله الرشيد", "Suicide bomber"),
       actor("Saudi security forces", "رجال الأمن", "Police Forces of Saudi Arabia"),
       fatalities=1, injured=2),
    ev("attack", ("2015-07-16", "2015-07-20"), loc("Riyadh", "SA", 24.688, 46.722, 25),
       actor("انتحاري", "انتحاري سعودي", "عبد الله فهد عبد الله الرشيد", "Suicide bomber"),
       actor("راشد إبراهيم الصفيان", "Saudi security forces", "Civilians"),
       fatalities=1, optional=True),
]

# 5 UAE destroys 2 Houthi boats; clashes south of Tuhayta; coalition strikes Kuthaib, Durayhimi
C["ant-SK-middleEast-1878-20180523"] = [
    ev("armed_clash", ("2018-05-21", "2018-05-23"), loc("Red Sea off Hodeidah", "YE", 14.8, 42.6, 100),
       actor("UAE armed forces", "القوات المسلحة الإماراتية", "Arab Coalition", "قوات التحالف العربي"),
       actor("Houthis", "الميلشيات الحوثية", "الميليشيات الانقلابية"), optional=True),
    ev("armed_clash", ("2018-05-21", "2018-05-23"), loc("At Tuhayta (south of)", "YE", 14.18, 43.23, 30),
       actor("Yemeni resistance", "المقاومة اليمنية", "Yemeni government forces"),
       actor("Houthis", "ميليشيات الحوثي", "الحوثيين", "الميليشيات الانقلابية")),
    ev("air_drone_strike", ("2018-05-21", "2018-05-23"), loc("Ad Durayhimi", "YE", 14.637, 43.055, 25),
       actor("Arab Coalition", "Saudi-led coalition", "التحالف العربي", "مقاتلات التحالف العربي"),
       actor("Houthis", "الحوثيين", "ميليشيات الحوثي")),
    ev("air_drone_strike", ("2018-05-21", "2018-05-23"), loc("Kuthaib coast", "YE", 14.72, 42.96, 40),
       actor("Arab Coalition", "Saudi-led coalition", "التحالف العربي", "مقاتلات التحالف العربي"),
       actor("Houthis", "الحوثيين", "ميليشيات الحوثي"), optional=True),
]

# 6 IS suicide car bomb Zayzun, Daraa; background: Daraa ceasefire agreement Friday
C["ant-SK-middleEast-2834-20180710"] = [
    ev("suicide_bomb", ("2018-07-08", "2018-07-10"), loc("Zayzun", "SY", 32.718, 35.942, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "فصيل خالد بن الوليد", "Khalid ibn al-Walid Army"),
       actor("Syrian government forces", "قوات النظام", "سرية عسكرية", "فصائل المعارضة", "فصائل معارضة", "Syrian opposition"),
       fatalities=14),
    ev("agreement", ("2018-07-06", "2018-07-06"), loc("Daraa", "SY", 32.853, 36.223, 100),
       actor("Russia", "روسيا", "Military Forces of Russia"),
       actor("Syrian opposition", "فصائل معارضة", "الفصائل المعارضة"), optional=True),
]

# 7 Houthi ballistic missile toward Najran intercepted, Friday 12:46
C["ant-CN-middleEast-743-20180427"] = [
    ev("disrupted_weapons_use", ("2018-04-27", "2018-04-27"), loc("Najran", "SA", 17.49, 44.13, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "قوات الدفاع الجوي للتحالف", "قوات الدفاع الجوي", "Military Forces of Saudi Arabia"),
       actor("Houthis", "Ansar Allah", "الحوثيون", "المليشيا الحوثية", "الحوثيين"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-27", "2018-04-27"), loc("Najran", "SA", 17.49, 44.13, 25),
       actor("Houthis", "Ansar Allah", "الحوثيون", "المليشيا الحوثية", "الحوثيين"),
       actor("Saudi-led coalition", "Military Forces of Saudi Arabia", "Civilians"), fatalities=0, injured=0, optional=True),
]

# 8 actress/TV series: no event
C["snn-eb811565aa31"] = []

# 9 Liverpool fans attack Man City bus: sports hooliganism, not political
C["ant-SK-sport-581-20180405"] = []

# 10 US senator opposes Iran deal: statement
C["snn-2d621eff9f1d"] = []

# 11 company stock analysis
C["snn-433d86d543f9"] = []

# 12 HRW: Egypt dawn arrests of activists during May
EGSEC = actor("Egyptian police", "الشرطة المصرية", "قطاع الأمن الوطني", "قوات السيسي", "Police Forces of Egypt", "National Security Agency")
C["ant-CN-middleEast-1060-20180531"] = [
    ev("arrests", ("2018-05-27", "2018-05-27"), loc("Egypt", "EG", None, None), EGSEC,
       actor("حازم عبد العظيم", "Hazem Abdel Azim", "ناشط سياسي", "Activists"), optional=True),
    ev("arrests", ("2018-05-23", "2018-05-23"), loc("Egypt", "EG", None, None), EGSEC,
       actor("وائل عباس", "Wael Abbas", "الصحفي والناشط الحقوقي", "Journalists", "Activists"), optional=True),
    ev("arrests", ("2018-05-01", "2018-05-31"), loc("Egypt", "EG", None, None), EGSEC,
       actor("نشطاء", "منتقدي الرئيس", "Activists"), optional=True),
]

# 13 Hodeidah airport liberated (feature piece)
C["ant-SK-middleEast-2500-20180620"] = [
    ev("government_regains_territory", ("2018-06-18", "2018-06-20"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25),
       actor("Yemeni government forces", "القوات اليمنية المشتركة", "قوات الشرعية", "Arab Coalition", "التحالف العربي", "Saudi-led coalition"),
       actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "الحوثي", "الميليشيات الانقلابية")),
]

# 14 municipal elections committee
C["snn-9cbc48b16bcf"] = []

# 15 Hezbollah hides toll in Zabadani: analysis, vague
C["snn-e80cefc39599"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-25"), loc("Az Zabadani", "SY", 33.725, 36.10, 25),
       actor("Hezbollah", "حزب الله"), actor("Syrian rebels", "Syrian opposition"), optional=True),
]

# 16 Suruc suicide bombing Monday; car bomb at Kurdish checkpoint south of Kobani
C["snn-6ad39f8a58c7"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.424, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"),
       actor("Civilians", "طلاب", "Students"), fatalities=30, injured=[90, 110]),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"), loc("Kobani (south of)", "SY", 36.87, 38.35, 25),
       None, actor("مقاتلين اكراد", "Kurdish fighters", "YPG", "People's Protection Units", "وحدات حماية الشعب")),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Kobani (south of)", "SY", 36.87, 38.35, 25),
       None, actor("مقاتلين اكراد", "Kurdish fighters", "YPG", "People's Protection Units", "وحدات حماية الشعب"), optional=True),
]

# 17 Irish senate bill on settlement goods
C["ant-SK-middleEast-2850-20180711"] = []

# 18 Houthi ballistic missile toward Jazan intercepted (launched from Saada)
C["ant-SK-middleEast-3532-20180906"] = [
    ev("disrupted_weapons_use", ("2018-09-04", "2018-09-06"), loc("Jazan", "SA", 16.89, 42.57, 25),
       actor("Military Forces of Saudi Arabia", "قوات الدفاع الجوي السعودية", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "Saudi-led coalition", "تحالف دعم الشرعية"),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "ميليشيا الحوثي"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-09-04", "2018-09-06"), loc("Jazan", "SA", 16.89, 42.57, 25),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "ميليشيا الحوثي"),
       actor("Military Forces of Saudi Arabia", "Civilians"), fatalities=0, injured=0, optional=True),
]

# 19 Trump threatens Saudi over Khashoggi; disappearance Oct 2 background
C["ant-CN-middleEast-1513-20181013"] = [
    ev("attack", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.08, 29.01, 25),
       actor("Saudi Arabia", "السعودية", "المملكة العربية السعودية", "Government of Saudi Arabia"),
       actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists", "الصحفي"), fatalities=1, optional=True),
]

# 20 Iraqi mobile-phone boycott campaign; mentions past nationwide demonstrations
C["snn-7850a737585e"] = [
    ev("peaceful_protest", ("2015-07-15", "2015-08-10"), loc("Iraq", "IQ", None, None),
       actor("Protesters (Iraq)", "مواطنين عراقيين", "متظاهرين"), None, optional=True),
]

# 21 Yemen: weapons depot seized near Baqim (Saada) Saturday; positions taken in Bart (Jawf); coalition strikes
YGOV = actor("Yemeni government forces", "القوات الشرعية", "قوات الجيش", "الجيش اليمني", "قوات الجيش الوطني", "اللواء الخامس حرس حدود")
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "مليشيات الحوثي", "الحوثيين", "المتمردين")
COALA = actor("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية", "طائرات تحالف دعم الشرعية")
C["ant-SK-middleEast-3156-20180728"] = [
    ev("other", ("2018-07-28", "2018-07-28"), loc("Baqim", "YE", 17.397, 43.477, 25), YGOV, HOU),
    ev("government_regains_territory", ("2018-07-28", "2018-07-28"), loc("Baqim", "YE", 17.397, 43.477, 25), YGOV, HOU, optional=True),
    ev("government_regains_territory", ("2018-07-26", "2018-07-28"), loc("Bart al-Anan district", "YE", 16.85, 44.45, 30), YGOV, HOU),
    ev("air_drone_strike", ("2018-07-26", "2018-07-28"), loc("Al Manqam, Ad Durayhimi", "YE", 14.62, 43.07, 30), COALA, HOU),
    ev("air_drone_strike", ("2018-07-26", "2018-07-28"), loc("Saada province", "YE", 16.94, 43.76, 100), COALA, HOU, optional=True),
    ev("air_drone_strike", ("2018-07-26", "2018-07-28"), loc("Al Jawf province", "YE", 16.2, 44.8, 100), COALA, HOU, optional=True),
    ev("air_drone_strike", ("2018-07-26", "2018-07-28"), loc("Hajjah province", "YE", 15.69, 43.60, 100), COALA, HOU, optional=True),
    ev("air_drone_strike", ("2018-07-26", "2018-07-28"), loc("Amran province", "YE", 15.66, 43.94, 100), COALA, HOU, optional=True),
]

# 22 Yemeni NGO calls for aid to Aden; liberation of Aden as background
C["snn-0b562f51520e"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-22"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor("Yemeni government forces", "Popular Resistance", "المقاومة الشعبية"),
       actor("جماعة الحوثي", "Houthis", "القوات الموالية للرئيس المخلوع", "Forces loyal to Saleh"), optional=True),
]

# 23 UK court sentence for murder
C["ant-SK-internationalNews-1334-20180503"] = []

# 24 Missile strike on IRGC arms depot at al-Kiswah, Tuesday evening, 9 pro-regime fighters killed
ISR = actor("Israel", "إسرائيل", "Military Forces of Israel", "الجيش الإسرائيلي")
PRO = actor("الميليشيا الموالية لقوات النظام", "مقاتلين موالين للنظام", "الحرس الثوري الإيراني", "Islamic Revolutionary Guard Corps", "IRGC", "Pro-regime militia")
C["ant-SK-middleEast-1519-20180508"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-08"), loc("Al Kiswah", "SY", 33.358, 36.242, 25), ISR, PRO, fatalities=9),
    ev("air_drone_strike", ("2018-05-08", "2018-05-08"), loc("Al Kiswah", "SY", 33.358, 36.242, 25), ISR, PRO, fatalities=9, optional=True),
    ev("disrupted_weapons_use", ("2018-05-08", "2018-05-08"), loc("Al Kiswah", "SY", 33.358, 36.242, 25),
       actor("Syrian government forces", "الدفاعات الجوية السورية", "Military Forces of Syria"), ISR, optional=True),
]

# 25 Shooting at Barkan industrial zone, 2 Israelis killed, 1 injured
C["ant-SK-middleEast-3759-20181007"] = [
    ev("attack", ("2018-10-05", "2018-10-07"), loc("Barkan industrial zone", "PS", 32.109, 35.112, 25),
       None, actor("Civilians", "إسرائيليين", "إسرائيليان", "Israeli civilians", "Civilians (Israel)"), fatalities=2, injured=1),
]

# 26 Nasrallah speech; mentions Israeli strike on T4 airbase (7 IRGC killed) and Douma chemical attack
C["ant-CN-middleEast-600-20180413"] = [
    ev("air_drone_strike", ("2018-04-08", "2018-04-10"), loc("T4 airbase (Tiyas)", "SY", 34.522, 37.627, 25),
       actor("Israel", "إسرائيل", "Military Forces of Israel"),
       actor("الحرس الثوري الإيراني", "الحرس الثوري الإسلامي", "قوات إيرانية", "Islamic Revolutionary Guard Corps", "IRGC"),
       fatalities=7, injured=[2, 99], optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor("Syrian government forces", "النظام السوري", "Military Forces of Syria"), actor("Civilians", "المدنيين"), optional=True),
]

# 27 Sacramento protest over Stephon Clark killing, Saturday night: protesters hit police cars, protester struck
C["ant-SK-internationalNews-725-20180401"] = [
    ev("violent_demonstration", ("2018-03-31", "2018-04-01"), loc("Sacramento", "US", 38.58, -121.49, 25),
       actor("Protesters (United States)", "محتجين", "متظاهرون", "محتجة"), actor("Police Forces of the United States", "الشرطة", "Sacramento police"),
       injured=1),
    ev("protest_with_intervention", ("2018-03-31", "2018-04-01"), loc("Sacramento", "US", 38.58, -121.49, 25),
       actor("Protesters (United States)", "محتجين", "متظاهرون", "محتجة"), actor("Police Forces of the United States", "الشرطة", "Sacramento police"),
       injured=1, optional=True),
]

# 28 Amman march Friday for Baqoura/Ghamr lands; Khashoggi tickers
C["ant-CN-middleEast-1619-20181019"] = [
    ev("peaceful_protest", ("2018-10-19", "2018-10-19"), loc("Amman", "JO", 31.95, 35.93, 25),
       actor("Protesters (Jordan)", "ناشطون", "حزبيون", "برلمانيون", "المشاركون في المسيرة"), None),
    ev("attack", ("2018-10-02", "2018-10-02"), loc("Istanbul (Saudi consulate)", "TR", 41.08, 29.01, 25),
       actor("Saudi Arabia", "Government of Saudi Arabia"), actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists"),
       fatalities=1, optional=True),
]

# 29 Houston doctor shot dead: ordinary crime
C["ant-SK-internationalNews-2778-20180722"] = []

# 30 Egypt court of cassation death sentences (Matay 2013 events): trial
C["ant-SK-middleEast-1304-20180428"] = []

# 31 opinion on Iran
C["ant-CN-middleEast-1034-20180528"] = []

# 32 Saudi officials praise dismantling of IS-linked cells: statements
C["snn-3be7f0228756"] = [
    ev("arrests", ("2015-07-14", "2015-07-21"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "الجهات الأمنية", "رجال الأمن", "وزارة الداخلية"),
       actor("Islamic State", "ISIS", "تنظيم داعش", "خلايا عنقودية مرتبطة بتنظيم داعش"), optional=True),
]

# 33 Kim Jong-un timeline: background, tests
C["ant-SK-internationalNews-1075-20180421"] = []

# 34 DP World vs Djibouti: economy
C["ant-CN-economy-311-20180911"] = []

# 35 Bahrain coast guard intercepts explosives smuggling boat 15 July, 2 arrested
BHSEC = actor("Bahraini coast guard", "دوريات خفر السواحل", "خفر السواحل", "وزارة الداخلية البحرينية", "Police Forces of Bahrain", "Military Forces of Bahrain")
SMUG = actor("مهدي صباح عبدالمحسن محمد", "عباس عبدالحسين عبدالله محمد", "مهرب", "Smugglers")
C["snn-710e9a60ea72"] = [
    ev("arrests", ("2015-07-15", "2015-07-15"), loc("Bahrain northern waters", "BH", 26.30, 50.58, 50), BHSEC, SMUG),
    ev("disrupted_weapons_use", ("2015-07-15", "2015-07-15"), loc("Bahrain northern waters", "BH", 26.30, 50.58, 50), BHSEC, SMUG, optional=True),
]

# 36 West coast Yemen: resistance gains in past days (Kahbub, al-Barh, Mokha junction, Mawza)
RES = actor("Yemeni resistance", "قوات المقاومة اليمنية", "المقاومة اليمنية", "المقاومة الوطنية", "ألوية العمالقة", "المقاومة التهامية",
            "Giants Brigades", "National Resistance", "Tihama Resistance", "Yemeni government forces", "القوات الاماراتية", "التحالف العربي")
HOU2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الميليشيات الحوثية", "الميليشيات الإيرانية")
WK = ("2018-05-04", "2018-05-11")
C["ant-SK-middleEast-1607-20180511"] = [
    ev("government_regains_territory", WK, loc("Kahbub", "YE", 12.80, 43.55, 40), RES, HOU2),
    ev("government_regains_territory", WK, loc("Al Barh", "YE", 13.44, 43.70, 25), RES, HOU2),
    ev("government_regains_territory", WK, loc("Mokha junction (Mafraq al-Mokha)", "YE", 13.30, 43.40, 30), RES, HOU2, optional=True),
    ev("government_regains_territory", WK, loc("Mawza district", "YE", 13.27, 43.51, 30), RES, HOU2, optional=True),
    ev("air_drone_strike", WK, loc("Mawza district", "YE", 13.27, 43.51, 30),
       actor("Arab Coalition", "التحالف العربي", "Saudi-led coalition"), HOU2, optional=True),
]

# 37 Turkish FM statement; Nusra detained US-trained rebels (indications)
C["snn-4b81da618840"] = [
    ev("abduction_forced_disappearance", ("2015-07-28", "2015-08-05"), loc("Syria", "SY", None, None),
       actor("Jabhat al-Nusra", "جبهة النصرة", "Al Nusra Front"),
       actor("مقاتلين من المعارضة دربهم الجيش الامريكي", "Division 30", "Syrian rebels"), optional=True),
]

# 38 hospital fire, accident
C["snn-5eb5fa2dc00d"] = []

# 39 futsal results
C["snn-4c13778d982d"] = []

# 40 Syria: Pentagon confirms al-Fadhli killed 8 July near Sarmada; barrel bombs Qasr al-Buraij Wednesday (12 killed);
#    Zabadani barrel bombs; Jaish al-Fath shells Fuah and Kafraya
SYG = actor("Syrian government forces", "الجيش السوري", "سلاح الجو السوري", "الطيران المروحي", "Military Forces of Syria")
JF = actor("Jaish al-Fath", "جيش الفتح", "مقاتلي المعارضة", "Syrian rebels")
C["snn-cbb5ab766994"] = [
    ev("air_drone_strike", ("2015-07-08", "2015-07-08"), loc("Sarmada", "SY", 36.186, 36.722, 25),
       actor("US-led coalition", "قوات الائتلاف الدولي", "الائتلاف الدولي", "Military Forces of the United States"),
       actor("Khorasan group", "مجموعة خراسان", "محسن الفضلي", "Muhsin al-Fadhli", "تنظيم القاعدة", "Al Qaeda"), fatalities=1),
    ev("air_drone_strike", ("2015-07-22", "2015-07-22"), loc("Qasr al Burayj", "SY", 36.318, 37.705, 25), SYG,
       actor("Civilians", "سوريا", "Civilians (Syria)", "Islamic State", "داعش"), fatalities=12, injured=[10, 99]),
    ev("air_drone_strike", ("2015-07-18", "2015-07-22"), loc("Az Zabadani", "SY", 33.725, 36.10, 25), SYG,
       actor("Civilians", "المدنيين", "السكان المدنيين", "Syrian rebels", "قوات المعارضة"), fatalities=[2, 99], optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-22"), loc("Az Zabadani", "SY", 33.725, 36.10, 25),
       actor("Syrian government forces", "الجيش السوري", "حزب الله", "Hezbollah"), actor("Syrian rebels", "قوات المعارضة"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-22"), loc("Al Fuah", "SY", 35.983, 36.704, 25), JF,
       actor("Civilians", "المدنيون", "Syrian government forces"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-22"), loc("Kafraya", "SY", 35.990, 36.678, 25), JF,
       actor("Civilians", "المدنيون", "Syrian government forces"), optional=True),
]

# 41 Iraq: calls for Tahrir Square protest Friday (planned); ongoing southern protests (background/general)
PIQ = actor("Protesters (Iraq)", "المتظاهرين", "المحتجين", "متظاهرين")
C["ant-SK-middleEast-3004-20180720"] = [
    ev("peaceful_protest", ("2018-07-12", "2018-07-20"), loc("Basra", "IQ", 30.509, 47.780, 25), PIQ, None, optional=True),
    ev("peaceful_protest", ("2018-07-12", "2018-07-20"), loc("Najaf", "IQ", 32.026, 44.346, 25), PIQ, None, optional=True),
    ev("peaceful_protest", ("2018-07-12", "2018-07-20"), loc("Dhi Qar", "IQ", 31.058, 46.257, 100), PIQ, None, optional=True),
    ev("peaceful_protest", ("2018-07-20", "2018-07-20"), loc("Tahrir Square, Baghdad", "IQ", 33.334, 44.420, 25), PIQ, None, optional=True),
]

# 42 US officials on overnight US/UK/French strikes on Syrian chemical programme (no place named)
C["ant-CN-middleEast-606-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("Military Forces of the United States", "أمريكا", "United States", "بريطانيا", "United Kingdom", "فرنسا", "France"),
       actor("Syrian government forces", "البرنامج الكيماوي السوري", "Military Forces of Syria"), optional=True),
]

# 43 Israel reinforces Golan division: deployment
C["ant-SK-middleEast-2712-20180701"] = [
    ev("other", ("2018-07-01", "2018-07-01"), loc("Golan Heights", "SY", 33.0, 35.75, 40),
       actor("Military Forces of Israel", "الجيش الإسرائيلي", "فرقة الجولان"), None, optional=True),
]

# 44 Greece: no-confidence vote; small rally Friday, planned rally Saturday
C["ant-SK-internationalNews-2164-20180616"] = [
    ev("peaceful_protest", ("2018-06-15", "2018-06-16"), loc("Athens", "GR", 37.98, 23.73, 50),
       actor("Protesters (Greece)", "لجنة الدفاع عن الصفة اليونانية لمقدونيا", "الفجر الذهبي", "Golden Dawn"), None, optional=True),
]

# 45 Jubeir/Guterres press conference: statements
C["ant-SK-middleEast-1093-20180417"] = []

# 46 Hodeidah airport captured Tuesday by joint resistance forces with coalition; Houthis attack nearby residential areas
JRF = actor("Yemeni joint resistance forces", "قوات المقاومة اليمنية المشتركة", "القوات المشتركة", "القوات اليمنية المشتركة", "المقاومة",
            "Yemeni government forces", "Giants Brigades", "التحالف العربي", "Arab Coalition")
C["ant-SK-middleEast-2481-20180619"] = [
    ev("government_regains_territory", ("2018-06-19", "2018-06-19"), loc("Hodeidah airport", "YE", 14.753, 42.976, 25), JRF,
       actor("Houthis", "Ansar Allah", "الحوثيين", "ميليشيات الحوثي", "المسلحون الحوثيون", "المتمردين")),
    ev("attack", ("2018-06-19", "2018-06-19"), loc("Hodeidah airport (residential areas nearby)", "YE", 14.76, 42.97, 25),
       actor("Houthis", "Ansar Allah", "المسلحون الحوثيون", "ميليشيات الحوثي"), actor("Civilians", "المناطق السكنية"), optional=True),
]

# 47 PETA lawsuit over orca
C["snn-5fc20e1b331a"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-96.jsonl"))
