import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

TURK = ["الجيش التركي", "Turkish Armed Forces", "Military Forces of Turkey", "Turkey", "تركيا",
        "الجيش السوري الحر", "Free Syrian Army", "FSA"]
YPG = ["وحدات حماية الشعب الكردي", "YPG", "People's Protection Units", "حزب الاتحاد الديمقراطي الكردي", "PYD"]
C["ant-CN-middleEast-291-20180318"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-17", "2018-03-18"),
       loc("Afrin", "SY", 36.51194, 36.86954, 25), actor(*TURK), actor(*YPG)),
    ev("government_regains_territory", ("2018-03-17", "2018-03-18"),
       loc("Afrin", "SY", 36.51194, 36.86954, 25), actor(*TURK), actor(*YPG), optional=True),
]
C["ant-SK-internationalNews-1172-20180426"] = []
C["snn-52ff03d88ac1"] = []
C["snn-975ed1ef08c7"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-25"),
       loc("Sheikh Zuweid", "EG", 31.2163, 34.11074, 25),
       actor("القوات المسلحة المصرية", "Military Forces of Egypt", "Egyptian Armed Forces", "Egyptian army"),
       actor("مسلحين", "مسلحا", "البؤر الإرهابية", "Militants", "Wilayat Sinai", "Islamic State"),
       fatalities=12),
]
C["ant-SK-middleEast-91-20180227"] = [
    ev("shelling_artillery_missile_attack", ("2017-04-07", "2017-04-07"),
       loc("Shayrat airbase", "SY", 34.49, 36.91, 25),
       actor("واشنطن", "United States", "US", "Military Forces of the United States"),
       actor("الحكومة السورية", "Syrian government", "Military Forces of Syria"), optional=True),
    ev("chemical_weapon", ("2017-04-04", "2017-04-04"),
       loc("Khan Shaykhun", "SY", 35.44208, 36.65095, 25), None,
       actor("المدنيين", "Civilians"), fatalities=83, optional=True),
]
C["snn-518f1964fcb9"] = [
    ev("arrests", ("2015-07-01", "2015-07-26"), loc("Saudi Arabia", "SA", None, None),
       actor("وزارة الداخلية", "Saudi Ministry of Interior", "Police Forces of Saudi Arabia"),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
]

PKK = ["حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party", "مسلحين أكراد"]
TUR = ["الجيش التركي", "تركيا", "Military Forces of Turkey", "Turkish Armed Forces", "Turkey"]
C["ant-SK-internationalNews-2409-20180630"] = [
    ev("air_drone_strike", ("2018-06-28", "2018-06-30"),
       loc("Avashin-Basyan", "IQ", 37.2, 43.55, 50), actor(*TUR), actor(*PKK), fatalities=4),
    ev("air_drone_strike", ("2018-06-16", "2018-06-30"),
       loc("Qandil Mountains", "IQ", 36.45, 44.95, 50), actor(*TUR), actor(*PKK), optional=True),
]
C["ant-SK-middleEast-1249-20180425"] = []
C["snn-6c572686ee37"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam Sadiq Mosque, Kuwait City", "KW", 29.37, 47.99, 25),
       actor("الانتحاري السعودي", "داعش", "Islamic State", "ISIS"), actor("المصلين الشيعة", "Civilians", "Shia worshippers"),
       optional=True),
]
C["ant-SK-sport-855-20180424"] = []
C["snn-d64758701b11"] = []
TSF = ["قوات الأمن التركية", "Police Forces of Turkey", "Turkish security forces", "Military Forces of Turkey"]
C["snn-bb6f1aabb0a0"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Midyat", "TR", 37.41908, 41.33909, 25),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"),
       actor("شرطيا", "Police Forces of Turkey", "Turkish police", "قوات الأمن التركية"), fatalities=1, injured=1),
    ev("attack", ("2015-08-07", "2015-08-09"), loc("Midyat", "TR", 37.41908, 41.33909, 25),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"),
       actor("شرطيا", "Police Forces of Turkey", "Turkish police", "قوات الأمن التركية"), fatalities=1, injured=1, optional=True),
    ev("armed_clash", ("2015-08-06", "2015-08-08"), loc("Silopi", "TR", 37.24972, 42.46944, 25),
       actor(*TSF), actor("مقاتلين", "حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party", "Militants"), fatalities=6),
    ev("remote_explosive_landmine_ied", ("2015-08-09", "2015-08-09"), loc("Kemah (Erzincan)", "TR", 39.60, 39.03, 25),
       None, actor("مواطنين تركيين", "Civilians", "المدنيين"), fatalities=0, injured=2),
    ev("air_drone_strike", ("2015-07-25", "2015-08-09"), loc("Northern Iraq", "IQ", None, None),
       actor("تركيا", "Military Forces of Turkey", "Turkish Air Force"), actor("حزب العمال الكردستاني", "PKK"), optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"), actor("Civilians", "تجمعا للشباب المؤيد للأكراد"),
       fatalities=32, optional=True),
]

C["ant-CN-middleEast-1013-20180524"] = []
C["snn-835564a86b5a"] = []
C["snn-3b9bc0e014ab"] = []
C["snn-e2540c194b6d"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Pul-i-Alam, Logar", "AF", 33.98, 69.02, 50),
       actor("حركة طالبان", "طالبان", "Taliban"),
       actor("الشرطة الافغانية", "شرطة ولاية لوغار", "Police Forces of Afghanistan", "Afghan police"),
       fatalities=6, injured=[3, 8]),
]
C["ant-SK-internationalNews-781-20180404"] = [
    ev("attack", ("2017-08-12", "2017-08-12"), loc("Charlottesville", "US", 38.03, -78.48, 25),
       actor("قومي أبيض", "White nationalist"), actor("متظاهرة", "Protesters", "Civilians"), fatalities=1, optional=True),
]
SWD = loc("Suwayda", "SY", 32.70896, 36.56951, 100)
C["ant-SK-middleEast-3968-20181020"] = [
    ev("agreement", ("2018-10-19", "2018-10-20"), SWD,
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("النظام السوري", "قوات النظام", "Syrian government", "Military Forces of Syria"), optional=True),
    ev("attack", ("2018-07-25", "2018-07-25"), SWD, actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"),
       actor("Civilians", "المدنيين"), fatalities=250, optional=True),
    ev("abduction_forced_disappearance", ("2018-07-25", "2018-07-25"), SWD, actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"),
       actor("Civilians", "الرهائن", "مختطفين"), optional=True),
    ev("peaceful_protest", ("2018-07-26", "2018-10-20"), loc("Suwayda", "SY", 32.70896, 36.56951, 25),
       actor("أقرباء الرهائن", "Protesters", "عائلات المخطوفين"), None, optional=True),
]

C["ant-SK-internationalNews-494-20180321"] = [
    ev("suicide_bomb", ("2018-03-21", "2018-03-21"), loc("Kabul (west, Shia shrine)", "AF", 34.52, 69.13, 25),
       None, actor("Civilians", "المدنيين"), fatalities=26, injured=18),
    ev("suicide_bomb", ("2018-03-17", "2018-03-17"), loc("Kabul", "AF", 34.53, 69.17, 25),
       None, None, fatalities=3, optional=True),
]
C["snn-82f3e72de635"] = [
    ev("arrests", ("2015-07-31", "2015-07-31"), loc("Al-Issawiya, East Jerusalem", "PS", 31.79901, 35.25, 25),
       actor("قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "Israeli forces", "Military Forces of Israel", "Police Forces of Israel"),
       actor("ستة أطفال فلسطينيين", "Palestinians", "Civilians", "Palestinian children")),
]
C["snn-4f2bd28be733"] = []
C["ant-CN-internationalNews-645-20181005"] = []
C["ant-SK-internationalNews-1621-20180517"] = []
C["ant-SK-middleEast-3326-20180810"] = [
    ev("armed_clash", ("2018-08-04", "2018-08-11"), loc("Ad Durayhimi", "YE", 14.63702, 43.05505, 25),
       actor("المقاومة اليمنية المشتركة", "القوات المشتركة", "Joint Resistance Forces", "Yemeni Joint Forces",
             "Military Forces of Yemen", "Popular Resistance"),
       actor("ميليشيات الحوثي", "الحوثيين", "الحوثي", "الميليشيا", "Houthis", "Ansar Allah"), fatalities=1),
]

COAL = ["قوات التحالف الدولي", "قوات التحالف", "التحالف", "US-led coalition", "International Coalition", "Global Coalition against ISIS"]
IS = ["تنظيم داعش", "داعش", "تنظيم داعش الإرهابي", "Islamic State", "ISIS", "Daesh"]
C["snn-fa3be812d891"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25), actor(*COAL), actor(*IS)),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Tuz Khurmatu", "IQ", 34.88808, 44.63256, 25), actor(*COAL), actor(*IS)),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Ayn al-Arab (Kobani)", "SY", 36.89095, 38.35347, 25), actor(*COAL), actor(*IS)),
]
TNSF = ["قوات الأمن", "قوات الأمن التونسية", "وزارة الداخلية التونسية", "Police Forces of Tunisia", "Tunisian security forces"]
TNM = ["مسلحا إسلاميا", "مسلحا", "عناصر إرهابية", "Islamist militants", "Militants"]
C["snn-f8070f425c56"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-24"), loc("Sejnane", "TN", 37.05722, 9.23806, 25), actor(*TNSF), actor(*TNM), fatalities=1),
    ev("arrests", ("2015-07-23", "2015-07-24"), loc("Sejnane", "TN", 37.05722, 9.23806, 25), actor(*TNSF), actor(*TNM)),
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Sousse", "TN", 35.8256, 10.6411, 25), actor("مسلحين إسلاميين", "Islamic State", "Militants"),
       actor("سياح", "Civilians", "Tourists"), fatalities=38, optional=True),
    ev("attack", ("2015-03-18", "2015-03-18"), loc("Bardo Museum, Tunis", "TN", 36.809, 10.134, 25), actor("مسلحين إسلاميين", "Militants"),
       actor("Civilians", "Tourists"), optional=True),
]
TAF = ["سلاح الجو التركي", "مقاتلات تركية", "Military Forces of Turkey", "Turkish Air Force", "Turkey"]
TPOL = ["الشرطة", "Police Forces of Turkey", "Turkish police", "السلطات التركية"]
REG = ["طائرات نظام بشار الأسد", "الطيران المروحي", "الطيران الحربي", "Military Forces of Syria", "Syrian government", "Syrian regime", "Syrian Air Force"]
C["snn-ef8d1a280d7b"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Syrian border strip opposite Kilis", "SY", 36.63, 37.10, 30),
       actor(*TAF), actor(*IS), fatalities=9, injured=12),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25), actor(*IS), actor("Civilians", "المدنيين"),
       fatalities=32, injured=100),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Istanbul", "TR", 41.019389, 28.982586, 25), actor(*TPOL),
       actor("ناشطين مفترضين من تنظيم داعش", "Islamic State", "ISIS", "داعش")),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Turkey", "TR", None, None), actor(*TPOL),
       actor("جماعات إرهابية", "Islamic State", "PKK", "DHKP-C"), optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-24"), loc("Istanbul", "TR", 41.019389, 28.982586, 25), actor(*TPOL),
       actor("الجبهة الثورية لتحرير الشعب", "DHKP-C", "Revolutionary People's Liberation Party-Front", "ناشطة من اليسار المتطرف"), fatalities=1),
    ev("air_drone_strike", ("2015-07-23", "2015-07-24"), loc("al-Maysar, Aleppo", "SY", 36.19, 37.19, 25), actor(*REG),
       actor("Civilians", "المواطنين", "سيدة وثلاثة من أطفالها"), fatalities=4),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Kafr Mus", "SY", 35.57376, 36.46619, 25), actor(*REG),
       actor("Civilians", "مواطنين", "المواطنين"), fatalities=5),
]
C["snn-c56d114d8599"] = []
C["ant-SK-middleEast-848-20180408"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("النظام السوري", "نظام الأسد", "Syrian government", "Military Forces of Syria", "Syrian regime"),
       actor("المدنيين", "Civilians"), fatalities=[10, 99]),
    ev("agreement", ("2018-04-07", "2018-04-08"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("الحكومة السورية", "النظام السوري", "Syrian government", "Military Forces of Syria", "الجيش الروسي", "Russia"),
       actor("جيش الإسلام", "Jaish al-Islam", "Army of Islam")),
]
NUS = ["جبهة النصرة", "Jabhat al-Nusra", "Nusra Front", "al-Nusra"]
D30 = ["الفرقة 30", "Division 30", "مقاتلين", "Syrian opposition", "New Syrian Force"]
C["snn-babcb4ac9f6e"] = [
    ev("abduction_forced_disappearance", ("2015-08-04", "2015-08-06"), loc("Qah", "SY", 36.2972, 36.72512, 25), actor(*NUS), actor(*D30)),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-08-05"), loc("Azaz", "SY", 36.58662, 37.04628, 25), actor(*NUS), actor(*D30), optional=True),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Azaz", "SY", 36.58662, 37.04628, 25), actor(*NUS), actor(*D30), fatalities=32),
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("Azaz", "SY", 36.58662, 37.04628, 25),
       actor("الائتلاف الدولي", "US-led coalition", "International Coalition"), actor(*NUS), optional=True),
]

C["snn-76168462d39f"] = [
    ev("air_drone_strike", ("2015-07-23", "2015-07-26"), loc("Northern Syria", "SY", None, None),
       actor("تركيا", "Military Forces of Turkey", "Turkey"), actor("تنظيم الدولة الإسلامية", "Islamic State", "ISIS", "داعش"), optional=True),
]
C["ant-SK-internationalNews-2404-20180630"] = [
    ev("armed_clash", ("2018-06-29", "2018-06-30"), loc("Qala-i-Dasht, Takhar", "AF", 36.73, 69.53, 100),
       actor("حركة طالبان", "طالبان", "Taliban"), actor("Military Forces of Afghanistan", "Afghan security forces", "قوات الأمن الأفغانية"), optional=True),
    ev("agreement", ("2018-06-15", "2018-06-17"), loc("Afghanistan", "AF", None, None),
       actor("Government of Afghanistan", "الحكومة الأفغانية", "أشرف غني"), actor("حركة طالبان", "Taliban"), optional=True),
]
C["ant-SK-economy-272-20180404"] = []
C["ant-SK-middleEast-44-20180224"] = []
C["snn-651e1fedb8fb"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"), loc("Dhahran al-Janub", "SA", 17.67, 43.51, 25),
       None, None, fatalities=0, injured=0),
]
HTS = ["هيئة تحرير الشام", "تحرير الشام", "جبهة النصرة", "الهيئة", "Hayat Tahrir al-Sham", "HTS", "Jabhat al-Nusra", "Nusra Front"]
PC = ["اللجان الشعبية", "مسلحين موالين للنظام", "المسلحين المحليين", "Popular Committees", "Pro-government militia", "NDF", "Military Forces of Syria"]
FOUA = loc("al-Fu'ah", "SY", 35.98262, 36.70351, 25); KAF = loc("Kafraya", "SY", 35.99029, 36.67816, 25)
C["ant-SK-middleEast-2288-20180610"] = [
    ev("armed_clash", ("2018-06-09", "2018-06-10"), FOUA, actor(*HTS), actor(*PC)),
    ev("armed_clash", ("2018-06-09", "2018-06-10"), KAF, actor(*HTS), actor(*PC)),
    ev("shelling_artillery_missile_attack", ("2018-06-09", "2018-06-10"), FOUA, actor(*HTS), actor(*PC), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-09", "2018-06-10"), KAF, actor(*HTS), actor(*PC), optional=True),
    ev("air_drone_strike", ("2018-06-10", "2018-06-10"), loc("Binnish", "SY", 35.95664, 36.7138, 25),
       actor("قوات النظام", "Military Forces of Syria", "Syrian government", "Syrian regime"), actor(*HTS)),
    ev("air_drone_strike", ("2018-06-10", "2018-06-10"), loc("Ram Hamdan", "SY", 36.02769, 36.71345, 25),
       actor("قوات النظام", "Military Forces of Syria", "Syrian government", "Syrian regime"), actor(*HTS)),
]

PKK2 = ["حزب العمال الكردستاني", "متمردين أكرادا", "مقاتلون", "PKK", "Kurdistan Workers' Party"]
TSOL = ["جنديين تركيين", "الجنود الاتراك", "قافلة عسكرية", "Military Forces of Turkey", "Turkish army"]
SIR = loc("Arakoy area, Sirnak province", "TR", 37.459089, 42.516447, 100)
C["snn-27fe9f788a70"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-04"), SIR, actor(*PKK2), actor(*TSOL), fatalities=2, injured=2),
    ev("armed_clash", ("2015-08-04", "2015-08-04"), SIR, actor(*TSOL), actor(*PKK2), optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25), actor("داعش", "Islamic State", "ISIS"),
       actor("الناشطين الشبان الاكراد", "Civilians"), fatalities=32, optional=True),
]
C["snn-fdb8cdab6124"] = [
    ev("armed_clash", ("2015-07-27", "2015-07-28"), loc("Deh Salah, Baghlan", "AF", 35.69031, 69.31511, 30),
       actor("مسلحين", "Militia", "Armed men", "مسؤول أمني محلي"), actor("مسلحين", "Militia", "Armed men"), fatalities=20, injured=10, optional=True),
]
C["ant-SK-middleEast-2147-20180604"] = [
    ev("armed_clash", ("2018-05-20", "2018-06-04"), loc("Hakurk", "IQ", 37.0, 44.6, 50),
       actor("قواتنا", "Military Forces of Turkey", "Turkish army"), actor("المسلحين الأكراد", "PKK", "Kurdistan Workers' Party"), optional=True),
]
C["ant-SK-internationalNews-1808-20180527"] = []
C["snn-fe8fc87a76ce"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"), loc("Baraki Barak, Logar", "AF", 33.96744, 68.9492, 25),
       actor("مروحيتين امريكيتين", "القوات الامريكية", "الامريكيون", "Military Forces of the United States", "US forces", "United States"),
       actor("الجيش الافغاني", "جنديا افغانيا", "Military Forces of Afghanistan", "Afghan army"), fatalities=14),
    ev("shelling_artillery_missile_attack", ("2014-03-01", "2014-03-31"), loc("Logar", "AF", 33.995, 69.023, 100),
       actor("قوة ايساف", "ISAF", "NATO"), actor("جنود افغان", "Military Forces of Afghanistan"), fatalities=5, injured=8, optional=True),
]
BUJ = loc("Kanyosha, Bujumbura", "BI", -3.42, 29.37, 25)
POLBI = ["رجال الشرطة", "الشرطة", "Police Forces of Burundi", "Burundian police"]
PROT = ["متظاهران معارضان", "معارضو الولاية الثالثة", "المتظاهرين", "Protesters", "opposition protesters"]
CIB = loc("Cibitoke province (Kiruhura/Kato, Kibira forest edge)", "BI", -2.85, 29.25, 50)
C["snn-07f19d6ef846"] = [
    ev("excessive_force_against_protesters", ("2015-07-19", "2015-07-19"), BUJ, actor(*PROT), actor(*POLBI), injured=2),
    ev("protest_with_intervention", ("2015-07-19", "2015-07-19"), BUJ, actor(*PROT), actor(*POLBI), injured=2, optional=True),
    ev("armed_clash", ("2015-07-19", "2015-07-19"), loc("Kiruhura, Cibitoke", "BI", -2.85, 29.25, 50),
       actor("مجموعة مسلحة", "الجماعات المسلحة", "Rebels", "Armed group"), actor("الجيش البوروندي", "Military Forces of Burundi", "Burundian army"), fatalities=8),
    ev("armed_clash", ("2015-07-19", "2015-07-19"), loc("Kato, Cibitoke", "BI", -2.85, 29.25, 50),
       actor("مجموعة مسلحة", "الجماعات المسلحة", "Rebels", "Armed group"), actor("الجيش البوروندي", "Military Forces of Burundi", "Burundian army"), fatalities=2),
]

C["snn-5e59e3a7e6ee"] = []
C["snn-d29baf06b93a"] = [
    ev("remote_explosive_landmine_ied", ("2015-06-29", "2015-06-29"), loc("Egypt", "EG", None, None),
       None, actor("النائب العام", "Egyptian Prosecutor General", "Government of Egypt"), optional=True),
]
C["ant-SK-middleEast-1091-20180417"] = []
RES = ["مقاتلين يمنيين", "القوات المحلية المناهضة للحوثيين", "قوات الشرعية", "المقاومة اليمنية", "Popular Resistance",
       "Pro-Hadi forces", "Military Forces of Yemen", "Southern Resistance"]
HOU = ["المقاتلين الحوثيين", "جماعة الحوثي", "الحوثيين", "انصار الرئيس المعزول على صالح", "Houthis", "Ansar Allah", "Saleh loyalists"]
ADEN = loc("Aden", "YE", 12.798744, 45.015277, 25)
C["snn-adbfebd554f1"] = [
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25), actor(*RES), actor(*HOU)),
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("al-Alam, Aden", "YE", 12.87, 45.10, 25), actor(*RES), actor(*HOU)),
    ev("air_drone_strike", ("2015-07-21", "2015-07-21"), ADEN,
       actor("طائرات حربية عربية", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor(*HOU)),
    ev("government_regains_territory", ("2015-07-20", "2015-07-20"), loc("central Aden", "YE", 12.798744, 45.015277, 25),
       actor(*RES), actor(*HOU)),
    ev("government_regains_territory", ("2015-07-13", "2015-07-19"), loc("Aden International Airport", "YE", 12.83, 45.03, 25),
       actor(*RES), actor(*HOU), optional=True),
]
C["snn-42459c9f3553"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-55.jsonl"))
