import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write

C = {}

ISIS = ("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "ISIL")
CIV = ("Civilians", "المدنيين", "مدنيين")

# Kabul voter-registration suicide bombing (opinion piece; town not named for this attack)
C["ant-CN-internationalNews-267-20180423"] = [
    ev("suicide_bomb", ("2018-04-22", "2018-04-22"), loc("Kabul", "AF", 34.528, 69.172, 50),
       actor(*ISIS), actor("Civilians", "المدنيين", "المدنيين الأبرياء"),
       fatalities=57, injured=100, optional=True),
]

# Istanbul Sultanbeyli police station attack
POL_TR = actor("الشرطة التركية", "رجال الشرطة", "Police Forces of Turkey", "Turkish police")
C["snn-c6f8ab53c220"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-10"), loc("Sultanbeyli, Istanbul", "TR", 40.9656, 29.2700, 25),
       None, POL_TR, fatalities=None, injured=7),
    ev("grenade", ("2015-08-08", "2015-08-10"), loc("Sultanbeyli, Istanbul", "TR", 40.9656, 29.2700, 25),
       None, POL_TR, fatalities=None, injured=7, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-10"), loc("Sultanbeyli, Istanbul", "TR", 40.9656, 29.2700, 25),
       None, POL_TR, fatalities=None, injured=7, optional=True),
]

C["ant-SK-internationalNews-3424-20181011"] = []

# Carcassonne / Trebes attack
GUN = ("رضوان لقديم", "مسلح", "منفذ الهجوم", "تنظيم داعش", "داعش", "Islamic State", "ISIS", "Redouane Lakdim")
POL_FR = actor("قوات الأمن الفرنسية", "الشرطة", "أفراد من الشرطة", "Police Forces of France", "French security forces")
C["ant-CN-internationalNews-175-20180323"] = [
    ev("attack", ("2018-03-23", "2018-03-23"), loc("Carcassonne", "FR", 43.213, 2.349, 25),
       actor(*GUN), actor("Civilians", "شخصا"), fatalities=1),
    ev("armed_clash", ("2018-03-23", "2018-03-23"), loc("Carcassonne", "FR", 43.213, 2.349, 25),
       actor(*GUN), POL_FR, optional=True),
    ev("attack", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.211, 2.441, 25),
       actor(*GUN), actor("Civilians", "رهائن", "الرهائن"), fatalities=[1, 3]),
    ev("abduction_forced_disappearance", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.211, 2.441, 25),
       actor(*GUN), actor("Civilians", "رهائن", "الرهائن"), fatalities=[1, 3], optional=True),
    ev("armed_clash", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.211, 2.441, 25),
       POL_FR, actor(*GUN), fatalities=[1, 3], optional=True),
]

# IS execution video, Iraq (no place/date)
C["snn-9c91de65dcca"] = [
    ev("attack", ("2015-07-01", "2015-07-24"), loc("Iraq", "IQ", None, None),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians", "عراقياً", "الأسرى", "الجواسيس"),
       fatalities=16, optional=True),
]

# opinion on Saudi arrests of IS cells (announced 2 Shawwal 1436)
C["snn-2839dad7cf5e"] = [
    ev("arrests", ("2015-07-01", "2015-07-18"), loc("Saudi Arabia", "SA", None, None),
       actor("وزارة الداخلية", "Police Forces of Saudi Arabia", "Saudi Ministry of Interior"),
       actor("خلايا داعش", "داعش", "Islamic State", "ISIS"), optional=True),
]

C["snn-8b7f46a38c87"] = []
C["snn-5d4257d167c6"] = []
C["ant-SK-internationalNews-3454-20181013"] = []

# Beirut: Syrian journalist shot, wife killed (no actor, motive unknown)
C["snn-d011b87cbae8"] = [
    ev("attack", ("2015-08-05", "2015-08-05"), loc("Beirut", "LB", 33.89, 35.50, 25),
       None, actor("Civilians", "إعلامي سوري", "منهل عبدالقادر", "فاطمة عدنان"),
       fatalities=1, injured=1, optional=True),
]

C["ant-SK-middleEast-3620-20180910"] = []

# UN: chlorine in Douma (Jan-Feb) and Idlib this year
SYR = actor("قوات النظام السوري", "قوات النظام", "Syrian government forces", "Military Forces of Syria", "Syrian regime")
C["ant-SK-middleEast-3658-20180912"] = [
    ev("chemical_weapon", ("2018-01-22", "2018-02-01"), loc("Douma", "SY", 33.572, 36.402, 25),
       SYR, actor(*CIV), optional=True),
    ev("chemical_weapon", ("2018-01-01", "2018-09-12"), loc("Idlib governorate", "SY", 35.93, 36.63, 100),
       SYR, None, optional=True),
]

# Minya: arrest of 30 Muslim Brotherhood members (Monday)
C["ant-SK-middleEast-856-20180408"] = [
    ev("arrests", ("2018-04-02", "2018-04-02"), loc("Minya governorate", "EG", 28.110, 30.750, 100),
       actor("قوات الأمن المصرية", "Police Forces of Egypt", "Egyptian security forces"),
       actor("عناصر تنظيم الإخوان", "تنظيم الإخوان", "الإخوان", "حركة حسم", "Muslim Brotherhood", "Hasm Movement")),
]

# Yemen roundup
HOU = ("ميليشيات الحوثيين", "ميليشيات الحوثي وصالح", "المتمردين", "الحوثيين", "الانقلابيون", "قوات الرئيس المخلوع",
       "Houthis", "Ansar Allah", "Saleh loyalists", "Houthi-Saleh forces")
RES = ("المقاومة الشعبية", "مقاتلو المقاومة", "مقاتلي المقاومة الشعبية", "المقاومة", "Popular Resistance", "Yemeni Popular Resistance")
TRIBE = ("رجال القبائل", "رجال القبائل المحلية", "Tribal militia", "tribesmen")
D = ("2015-08-04", "2015-08-06")
C["snn-70c2c05671da"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-15", "2015-08-06"), loc("Aden", "YE", 12.80, 45.02, 25),
       actor(*HOU), actor(*CIV), optional=True),
    ev("disrupted_weapons_use", ("2015-08-04", "2015-08-06"), loc("Al Houta (Lahij)", "YE", 13.057, 44.882, 25),
       actor(*RES, "الجيش الوطني", "Military Forces of Yemen"), actor(*HOU), optional=True),
    ev("armed_clash", D, loc("Al Bayda governorate", "YE", 13.985, 45.573, 100),
       actor(*RES), actor(*HOU), fatalities=[8, 10]),
    ev("armed_clash", D, loc("Dhi Na'im (Hurmuz and Hamma mountains)", "YE", 14.10, 45.46, 30),
       actor(*RES), actor(*HOU), optional=True),
    ev("government_regains_territory", D, loc("Dhi Na'im (Sawda Ghurab, Al-Ajradi)", "YE", 14.10, 45.46, 30),
       actor(*RES), actor(*HOU), optional=True),
    ev("government_regains_territory", D, loc("Al Makhdarah, Marib", "YE", 15.559, 44.970, 25),
       actor(*RES, *TRIBE), actor(*HOU)),
    ev("armed_clash", D, loc("Al Makhdarah, Marib", "YE", 15.559, 44.970, 25),
       actor(*RES, *TRIBE), actor(*HOU), optional=True),
    ev("air_drone_strike", D, loc("Al Makhdarah, Marib", "YE", 15.559, 44.970, 25),
       actor("طائرات التحالف", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor(*HOU)),
    ev("shelling_artillery_missile_attack", D, loc("Al Jufaynah, Marib", "YE", 15.414, 45.279, 25),
       actor(*RES), actor(*HOU)),
    ev("shelling_artillery_missile_attack", D, loc("Al Jufaynah, Marib", "YE", 15.414, 45.279, 25),
       actor(*HOU), actor(*RES), optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-04"), loc("Al Mahfad", "YE", 14.058, 46.913, 25),
       actor(*TRIBE, *RES), actor(*HOU)),
    ev("armed_clash", ("2015-08-04", "2015-08-04"), loc("Al Qal'a (Shabwa/Abyan)", "YE", None, None),
       actor(*TRIBE, *RES), actor(*HOU), optional=True),
]

# brief: Taipei students storm ministry; Seoul arrest
C["snn-2c1812b28085"] = [
    ev("protest_with_intervention", ("2015-07-24", "2015-07-24"), loc("Taipei", "TW", 25.033, 121.565, 25),
       actor("طلابا", "الطلاب", "Students", "Protesters (Taiwan)"), actor("الشرطة", "شرطة العاصمة تايبيه", "Police Forces of Taiwan")),
    ev("violent_demonstration", ("2015-07-24", "2015-07-24"), loc("Taipei", "TW", 25.033, 121.565, 25),
       actor("طلابا", "الطلاب", "Students", "Rioters (Taiwan)"), None, optional=True),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Seoul", "KR", 37.566, 126.978, 25),
       actor("الشرطة الكورية الجنوبية", "Police Forces of South Korea"), None, optional=True),
]

C["ant-CN-middleEast-76-20180223"] = []
C["ant-CN-internationalNews-683-20181010"] = []

# Saudi citizen shot at by masked men near Ma'an (no injuries)
C["snn-fc0c00649370"] = [
    ev("attack", ("2015-07-29", "2015-07-30"), loc("Ma'an", "JO", 30.196, 35.734, 25),
       None, actor("Civilians", "مواطن سعودي"), fatalities=0, injured=0, optional=True),
]
C["snn-61ac5b6730d7"] = []

# Abadi; assassination of PMF finance head "last week" (place not given)
C["ant-SK-middleEast-1402-20180504"] = [
    ev("attack", ("2018-04-24", "2018-05-01"), loc("Iraq", "IQ", None, None),
       None, actor("رئيس الدائرة المالية في الحشد", "الحشد الشعبي", "Popular Mobilization Forces", "PMF"),
       fatalities=1, optional=True),
]
C["snn-81997b7255a7"] = []
C["snn-1839e9446642"] = []
C["snn-6c0d6996c388"] = []

# background: IS beheading of 20 Copts near Sirte (Feb 2015)
C["ant-SK-middleEast-1668-20180514"] = [
    ev("attack", ("2015-02-01", "2015-02-28"), loc("Sirte", "LY", 31.209, 16.589, 50),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("Civilians", "قبطيا مصريا", "الأقباط", "Coptic Christians"), fatalities=20, optional=True),
]

# Asir emergency forces mosque suicide bombing
C["snn-e365a67b1f5b"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Asir region)", "SA", 18.216, 42.505, 100),
       None, actor("قوات الطوارئ السعودية", "قوات الطوارئ الخاصة", "منسوبي قوات الطوارئ الخاصة", "رجال الأمن",
                   "Police Forces of Saudi Arabia", "Saudi Special Emergency Forces"),
       fatalities=[13, 17], injured=[7, 30]),
]

C["ant-SK-internationalNews-2152-20180615"] = []
C["snn-656d4cb685a9"] = []

# Israel charges Swede; arrest on 12 July in Tel Aviv (background)
C["snn-55c3060b06d6"] = [
    ev("arrests", ("2015-07-12", "2015-07-12"), loc("Tel Aviv", "IL", 32.081, 34.781, 25),
       actor("جهاز الأمن الداخلي الإسرائيلي", "شين بيت", "Shin Bet", "Police Forces of Israel", "Israeli security services"),
       actor("خليل حزران", "حزب الله", "Hezbollah"), optional=True),
]

# Russia pension protests (Sunday)
NAV = actor("مؤيدو زعيم المعارضة الروسي", "مؤيدي نافالني", "مؤيديه", "Protesters (Russia)", "Navalny supporters")
C["ant-SK-economy-1303-20180909"] = [
    ev("peaceful_protest", ("2018-09-09", "2018-09-09"), loc("Moscow", "RU", 55.756, 37.617, 25), NAV, None),
    ev("peaceful_protest", ("2018-09-09", "2018-09-09"), loc("Saint Petersburg", "RU", 59.939, 30.316, 25), NAV, None),
    ev("peaceful_protest", ("2018-09-09", "2018-09-09"), loc("Russia", "RU", None, None), NAV, None, optional=True),
]

# Houthi ambush on convoy near Am'ayn, Abyan
AMB = actor("مرافقي المسؤولين اليمنيين", "محمد علي الشدادي", "الشرعية", "Military Forces of Yemen", "Government of Yemen", "Yemeni government")
C["snn-152a00243874"] = [
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Am'ayn, Abyan", "YE", 13.6, 45.8, 100),
       actor("مسلحون حوثيون", "الحوثيين", "الميليشيات الحوثية", "Houthis", "Ansar Allah"), AMB, fatalities=4, injured=1),
    ev("attack", ("2015-08-10", "2015-08-10"), loc("Am'ayn, Abyan", "YE", 13.6, 45.8, 100),
       actor("مسلحون حوثيون", "الحوثيين", "الميليشيات الحوثية", "Houthis", "Ansar Allah"), AMB, fatalities=4, injured=1, optional=True),
]
C["snn-f86569b3b738"] = []

C["ant-CN-middleEast-852-20180509"] = []
C["ant-SK-middleEast-2918-20180716"] = []
C["snn-085b4dd8b535"] = []
C["snn-80308f54bf04"] = []

# Najran: projectile from Yemen injures two residents
C["snn-8af635177a23"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-30", "2015-07-30"), loc("Najran", "SA", 17.52, 44.18, 25),
       actor("حوثي", "الحوثيين", "Houthis", "Ansar Allah"), actor("Civilians", "مقيمان", "شخصين مقيمين"), injured=2),
]

# Riyadh missile intercepted; drones downed at Abha airport and Jazan
SAUDI_AD = ("المملكة العربية السعودية", "قوات التحالف", "التحالف لدعم الشرعية في اليمن", "الدفاع الجوي",
            "Saudi-led coalition", "Arab Coalition", "Military Forces of Saudi Arabia", "Royal Saudi Air Defense")
HOUTHI = ("المليشيا الحوثية", "حوثية", "الحوثيين", "Houthis", "Ansar Allah")
W = ("2018-04-11", "2018-04-11")
C["ant-CN-middleEast-578-20180411"] = [
    ev("disrupted_weapons_use", W, loc("Riyadh", "SA", 24.71, 46.68, 25), actor(*SAUDI_AD), None),
    ev("shelling_artillery_missile_attack", W, loc("Riyadh", "SA", 24.71, 46.68, 25), None, None, optional=True),
    ev("disrupted_weapons_use", W, loc("Abha airport", "SA", 18.24, 42.66, 25), actor(*SAUDI_AD), actor(*HOUTHI)),
    ev("air_drone_strike", W, loc("Abha airport", "SA", 18.24, 42.66, 25), actor(*HOUTHI), None, optional=True),
    ev("disrupted_weapons_use", W, loc("Jazan", "SA", 16.89, 42.57, 50), actor(*SAUDI_AD), actor(*HOUTHI), fatalities=0),
    ev("air_drone_strike", W, loc("Jazan", "SA", 16.89, 42.57, 50), actor(*HOUTHI), None, fatalities=0, optional=True),
]

C["ant-SK-internationalNews-2678-20180716"] = []

# Afrin: Turkish bombardment, hospital strike (Friday), advance
TUR = ("الجيش التركي", "طائرات حربية تركية", "Military Forces of Turkey", "Turkish army", "Turkey")
YPG = ("وحدات حماية الشعب", "الوحدات", "قوات كردية سورية", "YPG", "People's Protection Units")
AF = loc("Afrin", "SY", 36.512, 36.870, 25)
C["ant-SK-middleEast-366-20180318"] = [
    ev("air_drone_strike", ("2018-03-15", "2018-03-16"), AF, actor(*TUR), actor("Civilians", "المستشفى الرئيسي", "مدنيين"), fatalities=16),
    ev("air_drone_strike", ("2018-03-11", "2018-03-18"), AF, actor(*TUR), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-11", "2018-03-18"), AF, actor(*TUR), None, optional=True),
    ev("armed_clash", ("2018-03-11", "2018-03-18"), AF, actor(*TUR), actor(*YPG), optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-03-11", "2018-03-18"), loc("Afrin district (border area)", "SY", 36.60, 36.85, 50),
       actor(*TUR), actor(*YPG), optional=True),
]

# Kuwait trial; background: Imam Sadiq mosque suicide bombing 26 June
C["snn-a34f46dc8db9"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Al-Sawaber, Kuwait City", "KW", 29.375, 47.981, 25),
       actor("تنظيم داعش", "داعش", "فهد القباع", "الانتحاري السعودي", "Islamic State", "ISIS"),
       actor("Civilians", "مصلين", "المصلين"), fatalities=26, injured=227, optional=True),
]

# Syrian army takes Hajar al-Aswad and Yarmouk camp from IS
SAA = ("الجيش السوري", "القيادة العامة للجيش", "القوات المسلحة السورية", "النظام السوري", "Military Forces of Syria", "Syrian army", "Syrian government forces")
C["ant-CN-middleEast-993-20180521"] = [
    ev("government_regains_territory", ("2018-05-20", "2018-05-21"), loc("Al-Hajar al-Aswad", "SY", 33.458, 36.304, 25),
       actor(*SAA), actor(*ISIS)),
    ev("government_regains_territory", ("2018-05-20", "2018-05-21"), loc("Yarmouk camp", "SY", 33.470, 36.302, 25),
       actor(*SAA), actor(*ISIS), optional=True),
    ev("armed_clash", ("2018-04-19", "2018-05-21"), loc("Yarmouk camp", "SY", 33.470, 36.302, 25),
       actor(*SAA), actor(*ISIS), optional=True),
]
C["ant-SK-middleEast-1781-20180517"] = []
C["ant-SK-internationalNews-2119-20180613"] = []

C["snn-1176064857d7"] = []
C["snn-64138f30a8e4"] = []

# Razan al-Najjar killed east of Khan Yunis on 1 June
IDF = actor("الجيش الإسرائيلي", "الاحتلال", "Military Forces of Israel", "Israeli army", "IDF")
KHZ = loc("Khuza'a, east of Khan Yunis", "PS", 31.303, 34.355, 25)
C["ant-SK-middleEast-2172-20180605"] = [
    ev("excessive_force_against_protesters", ("2018-06-01", "2018-06-01"), KHZ, IDF,
       actor("متظاهرين", "المتظاهرين", "رزان النجار", "Protesters (Palestine)", "Palestinian protesters"),
       fatalities=1, injured=[1, 100]),
    ev("attack", ("2018-06-01", "2018-06-01"), KHZ, IDF,
       actor("Civilians", "المسعفة الفلسطينية رزان النجار", "رزان النجار", "Medics"), fatalities=1, optional=True),
]
C["ant-SK-middleEast-583-20180327"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-128.jsonl"))
