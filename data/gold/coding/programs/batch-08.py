import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# Actor helpers
HOUTHI = ("Houthis", "Ansar Allah", "الحوثيين", "الحوثي")
REGIME_SY = ("Syrian government forces", "Syrian regime", "Syrian Arab Army", "قوات النظام")
CIV = ("Civilians", "المدنيين", "مدنيين")
TALIBAN = ("Taliban", "طالبان", "حركة طالبان")
AFG = ("Afghan security forces", "Afghan forces", "Afghan National Army", "القوات الأفغانية")

ALEPPO = (36.2037, 37.1726)

# --- snn-54cde0bc9b1d (2015-07-22) Aden airport reopened
C["snn-54cde0bc9b1d"] = [
    ev("government_regains_territory", ("2015-07-13", "2015-07-22"),
       loc("Aden International Airport", "YE", 12.8297, 45.0288, 25),
       actor("Pro-Hadi forces", "Forces loyal to Hadi", "Popular Resistance", "القوات الموالية للرئيس اليمني", "المقاومة الشعبية"),
       actor(*HOUTHI, "مسلحي الحوثيين"), optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-22"), loc("Aden", "YE", 12.7874, 45.0153, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "مجلس المقاومة الشعبية"),
       actor(*HOUTHI, "المسلحين الحوثيين"), optional=True),
]

C["snn-8b9a1d0a5364"] = []  # football transfer

# --- Taliban seize base in Faryab
C["ant-SK-internationalNews-2987-20180814"] = [
    ev("non_state_actor_overtakes_territory", ("2018-08-12", "2018-08-14"),
       loc("Faryab province (Maymana)", "AF", 35.9214, 64.7836, 100),
       actor(*TALIBAN, "مسلحين من حركة طالبان"), actor(*AFG, "جنود", "الجنود"),
       fatalities=[10, 44], injured=15),
    ev("armed_clash", ("2018-08-12", "2018-08-14"),
       loc("Faryab province (Maymana)", "AF", 35.9214, 64.7836, 100),
       actor(*TALIBAN), actor(*AFG, "جنود", "الجنود"),
       fatalities=[10, 44], injured=15, optional=True),
    ev("armed_clash", ("2018-08-10", "2018-08-14"), loc("Ghazni", "AF", 33.5539, 68.4210, 50),
       actor(*TALIBAN), actor(*AFG), optional=True),
    ev("air_drone_strike", ("2018-08-10", "2018-08-14"), loc("Ghazni", "AF", 33.5539, 68.4210, 50),
       actor("United States", "US forces", "القوات الأميركية"), actor(*TALIBAN), optional=True),
]

C["snn-be349bbda7c8"] = []  # traffic accident, Turkey

# --- Nusra abducts Division 30 + Aleppo/Idlib/Damascus roundup (written Thu 2015-07-30)
NUSRA = ("Nusra Front", "Jabhat al-Nusra", "Al-Nusra Front", "جبهة النصرة", "النصرة")
D = ("2015-07-29", "2015-07-31")
C["snn-ce8fb8a07596"] = [
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"),
       loc("Sijju (near Azaz)", "SY", 36.6178, 37.0777, 25),
       actor(*NUSRA, "عناصر من جبهة النصرة"),
       actor("Division 30", "الفرقة 30", "نديم الحسن")),
    ev("other", ("2015-07-29", "2015-07-29"),
       loc("Sijju (near Azaz)", "SY", 36.6178, 37.0777, 25),
       actor(*NUSRA), actor("Division 30", "الفرقة 30"), optional=True),
    ev("armed_clash", ("2015-07-29", "2015-07-30"), loc("Al-Rashidin, Aleppo", "SY", 36.19, 37.10, 25),
       actor(*REGIME_SY), actor("Nour al-Din al-Zenki Movement", "حركة نور الدين زنكي", "نور الدين زنكي", "فتح حلب"),
       fatalities=20),
    ev("armed_clash", ("2015-07-29", "2015-07-30"), loc("Al-Khalidiyah, Aleppo", "SY", *ALEPPO, 25),
       actor("16th Infantry Division", "الفرقة 16 مشاة", "مقاتلي الفرقة 16 مشاة"), actor(*REGIME_SY)),
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-30"), loc("Al-Khalidiyah, Aleppo", "SY", *ALEPPO, 25),
       actor("16th Infantry Division", "الفرقة 16 مشاة"), actor(*REGIME_SY), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-29"), loc("Al-Ashrafiyah, Aleppo", "SY", *ALEPPO, 25),
       None, actor(*CIV, "مدني"), fatalities=1, injured=10),
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-29"), loc("Jub al-Qubba, Aleppo", "SY", *ALEPPO, 25),
       actor(*REGIME_SY), None, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2015-07-29", "2015-07-29"), loc("Bustan al-Qasr, Aleppo", "SY", *ALEPPO, 25),
       actor(*REGIME_SY), None, fatalities=0, injured=0),
    ev("air_drone_strike", D, loc("Maarat al-Numan", "SY", 35.6483, 36.6769, 25),
       actor(*REGIME_SY, "طائرات حربية", "الطيران التابع للنظام السوري"), actor(*CIV, "طفلان"), fatalities=2),
    ev("air_drone_strike", D, loc("Juzif, Jabal al-Zawiya", "SY", 35.7178, 36.4767, 25),
       actor(*REGIME_SY, "الطيران التابع للنظام السوري"), actor(*CIV, "امرأة وطفلها"), fatalities=2),
    ev("air_drone_strike", D, loc("Saraqib", "SY", 35.8645, 36.8059, 25),
       actor(*REGIME_SY, "طيران حربي", "الطيران التابع للنظام السوري"), actor(*CIV), fatalities=15),
    ev("air_drone_strike", D, loc("Zabadani", "SY", 33.7249, 36.1005, 25),
       actor(*REGIME_SY, "طيران النظام"), None),
    ev("shelling_artillery_missile_attack", D, loc("Zabadani", "SY", 33.7249, 36.1005, 25),
       actor(*REGIME_SY), None),
    ev("air_drone_strike", D, loc("Irbin", "SY", 33.5372, 36.3664, 25),
       actor(*REGIME_SY, "الطيران الحربي"), None),
    ev("shelling_artillery_missile_attack", D, loc("Zabdin", "SY", 33.4830, 36.4018, 25),
       actor(*REGIME_SY), None),
    ev("attack", D, loc("Suq Wadi Barada", "SY", 33.6250, 36.1082, 25),
       actor(*REGIME_SY, "قناص"), None, fatalities=0, injured=0, optional=True),
    ev("shelling_artillery_missile_attack", D, loc("Damascus (al-Adawi street)", "SY", 33.5158, 36.2815, 25),
       None, None),
    ev("shelling_artillery_missile_attack", D, loc("Jobar (al-Manasher), Damascus", "SY", 33.530, 36.330, 25),
       actor("Faylaq al-Rahman", "Al-Rahman Legion", "فيلق الرحمن", "مقاتلو فيلق الرحمن"), actor(*REGIME_SY), fatalities=1),
]

# --- Douma chemical attack (pub Sun 2018-04-08)
REGIME_SY2 = REGIME_SY + ("قوات النظام السوري", "النظام السوري", "Syrian regime forces")
DOUMA = loc("Douma", "SY", 33.5718, 36.4027, 25)
C["ant-SK-middleEast-847-20180408"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), DOUMA,
       actor(*REGIME_SY2), actor(*CIV), fatalities=[11, 150], injured=[70, 1100]),
    ev("air_drone_strike", ("2018-04-07", "2018-04-07"), DOUMA,
       actor(*REGIME_SY2), actor(*CIV), fatalities=[11, 150], injured=[70, 1100], optional=True),
    ev("air_drone_strike", ("2018-04-06", "2018-04-08"), DOUMA,
       actor(*REGIME_SY2), actor(*CIV), fatalities=[10, 99], optional=True),
    ev("armed_clash", ("2018-04-06", "2018-04-06"), DOUMA,
       actor(*REGIME_SY2), actor("Jaysh al-Islam", "Army of Islam", "جيش الإسلام"), optional=True),
    ev("air_drone_strike", ("2018-03-08", "2018-03-08"), loc("Hammouriyeh", "SY", 33.5278, 36.3858, 25),
       actor(*REGIME_SY2), actor(*CIV), optional=True),
    ev("air_drone_strike", ("2018-03-08", "2018-03-08"), loc("Saqba", "SY", 33.5189, 36.3831, 25),
       actor(*REGIME_SY2), actor(*CIV), optional=True),
]

# --- Al-Aqsa march / Jerusalem arrests / West Bank (pub Sat 2015-07-25)
ISR = ("Israeli forces", "Israeli security forces", "Israel Defense Forces", "IDF", "قوات الاحتلال", "القوات الإسرائيلية", "سلطات الاحتلال", "جيش الاحتلال")
PAL = ("Palestinians", "الفلسطينيين", "Palestinian civilians")
OLDCITY = loc("Al-Aqsa Mosque, Jerusalem Old City", "PS", 31.7781, 35.2354, 25)
C["snn-60a2fa0f9da6"] = [
    ev("violent_demonstration", ("2015-07-24", "2015-07-24"), OLDCITY,
       actor("Protesters (Palestine)", "Palestinian protesters", "المصلين", "مئات المصلين", "الشبان والمشاركون في المسيرة"), None),
    ev("peaceful_protest", ("2015-07-24", "2015-07-24"), OLDCITY,
       actor("Protesters (Palestine)", "Palestinian protesters", "المصلين", "مئات المصلين"), None, optional=True),
    ev("arrests", ("2015-07-24", "2015-07-24"), OLDCITY,
       actor(*ISR), actor(*PAL, "أبناء البلدة القديمة", "المقدسيين")),
    ev("arrests", ("2015-07-23", "2015-07-25"), loc("Hebron", "PS", 31.5242, 35.0882, 25),
       actor(*ISR), actor(*PAL, "سبعة أشخاص")),
    ev("attack", ("2015-07-24", "2015-07-24"), loc("Dheisheh camp (Bethlehem)", "PS", 31.695, 35.183, 25),
       actor(*ISR), actor(*PAL, *CIV, "شابان"), injured=2),
    ev("excessive_force_against_protesters", ("2015-07-23", "2015-07-25"), loc("Nabi Saleh", "PS", 32.0164, 35.1240, 25),
       actor(*ISR), actor("Protesters (Palestine)", "متظاهران", "أهالي قرية النبي صالح"), injured=2),
    ev("protest_with_intervention", ("2015-07-23", "2015-07-25"), loc("Nabi Saleh", "PS", 32.0164, 35.1240, 25),
       actor("Protesters (Palestine)", "متظاهران", "أهالي قرية النبي صالح"), actor(*ISR), injured=2, optional=True),
]

# --- Egypt army statement 18, Sinai 2018 (pub Sun 2018-04-08)
EGA = ("Egyptian Armed Forces", "Egyptian army", "Military Forces of Egypt", "القوات المسلحة المصرية", "الجيش المصري")
SINAI_MIL = ("Islamic State Sinai Province", "Sinai militants", "عناصر تكفيرية", "العناصر الإرهابية", "الإرهابيين")
CSINAI = loc("Central Sinai", "EG", 30.0, 33.8, 100)
C["ant-SK-middleEast-845-20180408"] = [
    ev("armed_clash", ("2018-04-01", "2018-04-08"), CSINAI, actor(*EGA), actor(*SINAI_MIL), fatalities=3, optional=True),
    ev("arrests", ("2018-04-01", "2018-04-08"), CSINAI, actor(*EGA), actor(*SINAI_MIL), optional=True),
    ev("disrupted_weapons_use", ("2018-04-01", "2018-04-08"), loc("Sinai", "EG", 30.5, 33.8, 150), actor(*EGA), None, optional=True),
    ev("looting_property_destruction", ("2018-04-01", "2018-04-08"), loc("Rafah", "EG", 31.2820, 34.2387, 25), actor(*EGA), None, optional=True),
]

C["snn-2971cde46f5c"] = []  # Obama statement on South Sudan

# --- Al-Aqsa confrontation Sun 2015-07-26 (pub Mon 07-27)
C["snn-f03c7183f280"] = [
    ev("violent_demonstration", ("2015-07-26", "2015-07-26"), OLDCITY,
       actor("Rioters (Palestine)", "Palestinian rioters", "المصلين", "المصلون", "المصلين الفلسطينيين"),
       actor("Police Forces of Israel", "Israeli police", "الشرطة الإسرائيلية", "قوات الشرطة الإسرائيلية"), injured=22),
    ev("protest_with_intervention", ("2015-07-26", "2015-07-26"), OLDCITY,
       actor("Protesters (Palestine)", "المصلين", "المصلين الفلسطينيين"),
       actor("Police Forces of Israel", "Israeli police", "الشرطة الإسرائيلية"), injured=22, optional=True),
]

IS = ("Islamic State", "ISIS", "ISIL", "Daesh", "داعش", "تنظيم داعش", "التنظيم")
C["ant-CN-middleEast-665-20180418"] = []  # anniversary of 1983 embassy bombing, statement
C["snn-34ac8e7444e6"] = []  # Lebanese cabinet politics
C["ant-CN-sport-478-20181018"] = []  # sport
C["ant-CN-middleEast-1622-20181019"] = [
    ev("armed_clash", ("2015-07-01", "2015-07-31"), loc("Sheikh Zuweid", "EG", 31.2163, 34.1107, 25),
       None, actor(*EGA), optional=True),
]
C["snn-68da019ca323"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Elbeyli (Kilis)", "TR", 36.6742, 37.4667, 25),
       actor(*IS), actor("Military Forces of Turkey", "Turkish army", "Turkish soldiers", "جنديا تركيا", "الجنود الاتراك", "الجيش التركي"),
       fatalities=1, injured=1),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9761, 38.4253, 25),
       actor(*IS), actor(*CIV), fatalities=32),
]

TUR = ("Military Forces of Turkey", "Turkish military", "Turkish Air Force", "الطائرات التركية", "القصف الجوي التركي", "تركيا", "Turkey")
PKK = ("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "المتمردين الأكراد")
C["snn-eb07e7c114e9"] = [
    ev("air_drone_strike", ("2015-08-01", "2015-08-01"), loc("Zarkel (Rawanduz, Erbil)", "IQ", 36.6167, 44.4114, 25),
       actor(*TUR), actor(*CIV, "المواطنين", "سكان إقليم كردستان", "مواطنين"), fatalities=6),
    ev("air_drone_strike", ("2015-07-24", "2015-08-02"), loc("Northern Iraq (Qandil mountains)", "IQ", 36.45, 44.95, 150),
       actor(*TUR), actor(*PKK), fatalities=260, optional=True),
]
C["ant-SK-sport-2749-20181003"] = []  # football
C["ant-SK-middleEast-2256-20180609"] = [
    ev("non_state_actor_overtakes_territory", ("2018-06-08", "2018-06-08"), loc("Al-Bukamal", "SY", 34.45, 40.9186, 25),
       actor(*IS, "داعش", "التنظيم"), actor(*REGIME_SY2, "Pro-regime forces", "قوات النظام وحلفائها")),
    ev("armed_clash", ("2018-06-08", "2018-06-08"), loc("Al-Bukamal", "SY", 34.45, 40.9186, 25),
       actor(*IS), actor(*REGIME_SY2), optional=True),
    ev("suicide_bomb", ("2018-06-08", "2018-06-08"), loc("Al-Bukamal", "SY", 34.45, 40.9186, 25),
       actor(*IS), actor(*REGIME_SY2), optional=True),
    ev("armed_clash", ("2018-06-01", "2018-06-08"), loc("West bank of the Euphrates, Deir ez-Zor", "SY", 35.0, 40.4, 100),
       actor(*IS), actor(*REGIME_SY2, "مسلحي النظام"), fatalities=[10, 99], optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-06-01", "2018-06-08"), loc("West bank of the Euphrates, Deir ez-Zor", "SY", 35.0, 40.4, 100),
       actor(*IS), actor(*REGIME_SY2), optional=True),
    ev("armed_clash", ("2018-06-01", "2018-06-09"), loc("Suwayda desert", "SY", 32.85, 36.85, 60),
       actor(*IS), actor(*REGIME_SY2, "المقاتلين الموالين للنظام"), optional=True),
    ev("government_regains_territory", ("2018-06-01", "2018-06-09"), loc("Al-Ashrafiyah (NE Suwayda)", "SY", 32.85, 36.85, 60),
       actor(*REGIME_SY2, "النظام"), actor(*IS), optional=True),
    ev("government_regains_territory", ("2018-06-01", "2018-06-09"), loc("Bir al-Awra (NE Suwayda)", "SY", 32.85, 36.85, 60),
       actor(*REGIME_SY2, "النظام"), actor(*IS), optional=True),
]
GAZA = loc("Gaza border", "PS", 31.4065, 34.3768, 30)
GPROT = ("Protesters (Palestine)", "Palestinian protesters", "الفلسطينيين", "فلسطينيا", "متظاهري غزة", "Palestinians")
C["ant-SK-middleEast-868-20180409"] = [
    ev("excessive_force_against_protesters", ("2018-04-06", "2018-04-06"), GAZA,
       actor(*ISR, "إسرائيل", "Israel"), actor(*GPROT), fatalities=9),
    ev("violent_demonstration", ("2018-04-06", "2018-04-06"), GAZA,
       actor(*GPROT), actor(*ISR), fatalities=9, optional=True),
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA,
       actor(*ISR, "القوات الإسرائيلية"), actor(*GPROT), fatalities=19, optional=True),
]
C["ant-CN-middleEast-738-20180427"] = []  # UN statement, cumulative missile count

COAL = ("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "التحالف", "طائرات العدوان الأمريكي السعودي", "قوى العدوان", "Military Forces of Saudi Arabia")
C["ant-CN-middleEast-707-20180424"] = [
    ev("air_drone_strike", ("2018-04-19", "2018-04-19"), loc("Al Hudaydah province", "YE", 14.7978, 42.9545, 100),
       actor(*COAL), actor(*HOUTHI, "أنصار الله", "صالح الصماد", "Supreme Political Council"), fatalities=7),
    ev("air_drone_strike", ("2018-04-19", "2018-04-24"), loc("Bani Qais (Hajjah)", "YE", 15.6297, 43.3358, 25),
       actor(*COAL), actor(*CIV, "الأهالي"), optional=True),
]
TNSEC = ("Tunisian security forces", "Police Forces of Tunisia", "National Guard of Tunisia", "القوات الأمنية التونسية", "الحرس الوطني", "الوحدات الأمنية", "وزارة الداخلية التونسية")
C["snn-98800f0bf76d"] = [
    ev("arrests", ("2015-07-24", "2015-07-26"), loc("Sejnane (Bizerte)", "TN", 37.0572, 9.2381, 25),
       actor(*TNSEC), actor("Militants", "خلية إرهابية", "13 إرهابيا", "Terrorist cell")),
    ev("armed_clash", ("2015-07-24", "2015-07-26"), loc("Sejnane (Bizerte)", "TN", 37.0572, 9.2381, 25),
       actor(*TNSEC), actor("Militants", "خلية إرهابية"), fatalities=1),
    ev("arrests", ("2015-07-20", "2015-07-26"), loc("Tunisia", "TN", None, None),
       actor(*TNSEC), actor(*IS, "عنصر داعشي"), optional=True),
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Sousse", "TN", 35.8254, 10.6370, 25),
       actor(*IS, "مسلحين متطرفين"), actor(*CIV, "سائحا"), fatalities=38, optional=True),
    ev("attack", ("2015-03-18", "2015-03-18"), loc("Bardo, Tunis", "TN", 36.8106, 10.1348, 25),
       actor(*IS, "مسلحين متطرفين"), actor(*CIV), fatalities=[20, 24], optional=True),
]
C["snn-65f0946fb968"] = []  # opinion
C["ant-SK-internationalNews-2004-20180606"] = []  # US Senate report on Iran sanctions
C["snn-ee51a92f9881"] = []  # domestic crime, Germany

C["snn-b287568d6a52"] = []  # sport administration
RES = ("Yemeni Resistance", "Yemeni National Resistance", "Pro-Hadi forces", "Government of Yemen (2012-) forces", "قوات المقاومة اليمنية", "المقاومة اليمنية", "المقاومة",
       "UAE forces", "القوات الإماراتية", "القوات السودانية", "Military Forces of the United Arab Emirates")
HOU2 = HOUTHI + ("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات", "ميلشيات الحوثي")
DY = ("2018-05-23", "2018-05-25")
TUH = loc("At-Tuhayta district", "YE", 14.0808, 43.1199, 40)
C["ant-SK-middleEast-1936-20180525"] = [
    ev("government_regains_territory", DY, loc("Al-Fazah (Tuhayta)", "YE", 14.0808, 43.1199, 40), actor(*RES), actor(*HOU2)),
    ev("government_regains_territory", DY, loc("Zabid junction", "YE", 14.18, 43.22, 30), actor(*RES), actor(*HOU2)),
    ev("armed_clash", DY, TUH, actor(*RES), actor(*HOU2), fatalities=[0, 83], injured=[0, 99]),
    ev("air_drone_strike", DY, TUH, actor("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية في اليمن", "تحالف دعم الشرعية"), actor(*HOU2), fatalities=[0, 83], injured=[0, 99]),
    ev("government_regains_territory", DY, loc("Al-Maghras junction", "YE", 14.1393, 43.2187, 25), actor(*RES), actor(*HOU2)),
    ev("government_regains_territory", DY, loc("Al-Jubailah (Tuhayta area)", "YE", 14.0808, 43.1199, 40), actor(*RES), actor(*HOU2), optional=True),
    ev("armed_clash", DY, loc("Zabid district", "YE", 14.2569, 43.3513, 40), actor(*RES), actor(*HOU2), optional=True),
]
IQCIV = CIV + ("مدنيا", "مدنيين")
C["snn-ce78978e73d7"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-21"), loc("Baqubah (Yarmouk II)", "IQ", 33.7540, 44.6052, 25),
       None, actor(*IQCIV), fatalities=6, injured=11),
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-21"), loc("Hibhib", "IQ", 33.7841, 44.5066, 25),
       None, actor(*IQCIV), fatalities=18, injured=26),
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Al-Hudaida village (Kifri)", "IQ", 34.5229, 44.8582, 40),
       actor("Peshmerga", "Kurdish Peshmerga", "قوات البيشمركة الكردية", "البيشمركة"), actor(*IS, "عناصر داعش", "تنظيم (داعش)"), fatalities=[0, 22]),
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Al-Faslouj village (Kifri)", "IQ", 34.5229, 44.8582, 40),
       actor("Peshmerga", "Kurdish Peshmerga", "قوات البيشمركة الكردية", "البيشمركة"), actor(*IS, "عناصر داعش"), fatalities=[0, 22]),
    ev("suicide_bomb", ("2015-07-16", "2015-07-18"), loc("Khan Bani Saad", "IQ", 33.5656, 44.5435, 25),
       actor(*IS), actor(*IQCIV), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-16", "2015-07-18"), loc("Khan Bani Saad", "IQ", 33.5656, 44.5435, 25),
       actor(*IS), actor(*IQCIV), optional=True),
]
EGSEC = EGA + ("قوات الجيش والشرطة المصرية", "قوات الجيش", "Police Forces of Egypt", "القوات المصرية")
MIL2 = ("العناصر الإرهابية", "الإرهابيين", "Sinai militants", "Islamic State Sinai Province", "Ansar Bayt al-Maqdis", "أنصار بيت المقدس", *IS)
D2 = ("2018-06-30", "2018-07-02")
RAFAH = loc("Rafah (villages south)", "EG", 31.2820, 34.2387, 25)
C["ant-SK-middleEast-2695-20180702"] = [
    ev("armed_clash", D2, RAFAH, actor(*EGSEC), actor(*MIL2), fatalities=[0, 32]),
    ev("air_drone_strike", D2, RAFAH, actor(*EGSEC), actor(*MIL2), fatalities=[0, 32]),
    ev("arrests", D2, RAFAH, actor(*EGSEC), actor(*MIL2, "15 إرهابيا")),
    ev("armed_clash", D2, loc("Sheikh Zuweid", "EG", 31.2163, 34.1107, 25), actor(*EGSEC), actor(*MIL2), optional=True),
    ev("armed_clash", D2, loc("Al-Arish", "EG", 31.1316, 33.7984, 25), actor(*EGSEC), actor(*MIL2), optional=True),
]
MALI = ("Military Forces of Mali", "Malian army", "Malian forces", "القوات المالية", "الجيش", "القوات الخاصة المالية")
GUN = ("Unidentified armed group", "مجموعة مسلحة", "المهاجمين", "الإرهابيين", "Militants")
SEV = loc("Sevare", "ML", 14.53, -4.10, 30)
C["snn-44c57fb6da89"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-08"), SEV, actor(*GUN), actor(*MALI), fatalities=[7, 8], injured=2),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-08"), SEV, actor(*GUN), actor(*CIV, "رهائن", "MINUSMA", "بعثة مينوسما"), optional=True),
    ev("attack", ("2015-08-07", "2015-08-08"), SEV, actor(*GUN), actor(*CIV, "MINUSMA", "بعثة مينوسما"), optional=True),
    ev("arrests", ("2015-08-07", "2015-08-08"), SEV, actor(*MALI), actor("مشتبه بهم", "Suspects"), optional=True),
]

C["snn-8f69e7d0e02d"] = []  # Carter visit to Israel
ROPROT = ("Protesters (Romania)", "المحتجين", "المحتجين ضد الفساد", "Protesters")
BUC = loc("Bucharest", "RO", 44.4268, 26.1025, 25)
C["ant-SK-internationalNews-2973-20180812"] = [
    ev("peaceful_protest", ("2018-08-11", "2018-08-11"), BUC, actor(*ROPROT), None),
    ev("protest_with_intervention", ("2018-08-10", "2018-08-10"), BUC, actor(*ROPROT, "حشد"),
       actor("Police Forces of Romania", "Romanian riot police", "شرطة مكافحة الشغب"), injured=[100, 999]),
    ev("peaceful_protest", ("2018-08-11", "2018-08-11"), loc("Romania (major cities)", "RO", None, None), actor(*ROPROT), None, optional=True),
]
C["ant-SK-internationalNews-1738-20180523"] = []  # US primaries
C["snn-8ef7a3e9c77b"] = []  # literary club publication
C["ant-SK-middleEast-591-20180327"] = []  # Paris seminar

YPG = ("People's Protection Units", "YPG", "وحدات حماية الشعب الكردية", "الأكراد", "Kurdish forces")
C["snn-e932b9ff9c5d"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-25", "2015-07-27"), loc("Sarrin", "SY", 36.5884, 38.2979, 25),
       actor(*YPG), actor(*IS, "تنظيم داعش الإرهابي")),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), loc("Sarrin", "SY", 36.5884, 38.2979, 25),
       actor(*YPG), actor(*IS), optional=True),
    ev("air_drone_strike", ("2015-06-27", "2015-07-27"), loc("Sarrin", "SY", 36.5884, 38.2979, 25),
       actor("International coalition", "US-led coalition", "التحالف"), actor(*IS), optional=True),
]
C["snn-1ca024a30ba1"] = []  # deportation of activist at Cairo airport
C["snn-b8c2c5d0a170"] = []  # opinion
C["snn-a9a9973c415c"] = []  # port shipments (gas / chemicals cargo)
C["snn-3d32262a6303"] = []  # health study

C["ant-SK-middleEast-908-20180410"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), DOUMA,
       actor(*REGIME_SY2, "نظام دمشق", "نظام الرئيس السوري بشار الأسد"), actor(*CIV), fatalities=[10, 99], injured=[100, 999]),
]
C["snn-5d4608c974e4"] = []  # food inspection statistics
C["ant-SK-middleEast-942-20180411"] = []  # Trump/Russia threats
KABUL = loc("Kabul", "AF", 34.5281, 69.1723, 25)
C["ant-SK-internationalNews-220-20180302"] = [
    ev("suicide_bomb", ("2018-03-02", "2018-03-02"), KABUL, None, actor(*CIV, "فتاة"), fatalities=1, injured=6),
    ev("suicide_bomb", ("2018-02-18", "2018-02-18"), KABUL, actor(*IS, "تنظيم داعش الإرهابي"), None, fatalities=1, injured=6, optional=True),
    ev("armed_clash", ("2018-02-18", "2018-02-18"), loc("Afghanistan", "AF", None, None), actor(*TALIBAN), actor(*AFG, "جنديا"), fatalities=18, optional=True),
    ev("suicide_bomb", ("2018-01-27", "2018-01-27"), KABUL, actor(*TALIBAN, "انتحاري من طالبان"), actor(*CIV), fatalities=[95, 105], injured=235, optional=True),
]
C["ant-SK-middleEast-2242-20180608"] = [
    ev("air_drone_strike", ("2018-06-07", "2018-06-08"), loc("Zardana", "SY", 36.0459, 36.7543, 25),
       actor("Military Forces of Russia", "Russian air force", "Russia", "روسيا", "روسية"), actor(*CIV), fatalities=44),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-08.jsonl"))
