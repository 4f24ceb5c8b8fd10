import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

YPG = actor("وحدات حماية الشعب الكردية", "وحدات حماية الشعب", "الأكراد", "الاكراد", "YPG", "People's Protection Units", "Kurdish forces")
ISIS = actor("تنظيم \"داعش\"", "داعش", "التنظيم", "Islamic State", "ISIS", "Daesh", "ISIL")
C["snn-6aea54678216"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-27", "2015-07-27"), loc("Sarrin", "SY", 36.588, 38.298, 25), YPG, ISIS),
    ev("air_drone_strike", ("2015-06-27", "2015-07-27"), loc("Sarrin", "SY", 36.588, 38.298, 25),
       actor("التحالف", "ضربات التحالف الجوية", "US-led coalition", "International coalition"), ISIS, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-06-15", "2015-06-15"), loc("Tell Abyad", "SY", 36.696, 38.954, 25), YPG, ISIS, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-06-15", "2015-07-27"), loc("Ain Issa", "SY", 36.386, 38.862, 25), YPG, ISIS, optional=True),
]
PROT = actor("الأهالي", "أهالي", "المتظاهرين", "المحتجين", "Protesters", "Civilians")
C["snn-ca78a5e635ad"] = [
    ev("peaceful_protest", ("2015-08-06", "2015-08-06"), loc("Ali al-Gharbi", "IQ", 32.462, 46.688, 25), PROT, None),
    ev("peaceful_protest", ("2015-08-06", "2015-08-06"), loc("Al-Salman", "IQ", 30.50, 44.54, 50), PROT, None),
]
C["snn-e24b95050535"] = [
    ev("peaceful_protest", ("2015-07-27", "2015-08-03"), loc("Beirut", "LB", 33.892, 35.499, 25),
       actor("الأهالي", "Protesters"), None, optional=True),
]
C["ant-SK-middleEast-2497-20180620"] = [
    ev("armed_clash", ("2018-06-20", "2018-06-20"), loc("Palestine Street, Baghdad", "IQ", 33.34, 44.44, 25),
       actor("ميليشيات حزب الله", "ميليشيات حزب الله في العراق", "حزب الله", "Kataib Hezbollah", "Kata'ib Hizballah", "Hezbollah Brigades"),
       actor("القوات الأمنية العراقية", "الشرطة العراقية", "الأمن العراقي", "Iraqi security forces", "Police Forces of Iraq", "Iraqi police"),
       fatalities=None, injured=2),
]
C["ant-SK-middleEast-1748-20180516"] = [
    ev("non_violent_transfer_of_territory", ("2018-05-16", "2018-05-16"), loc("Rastan", "SY", 34.927, 36.732, 30),
       actor("النظام", "الجيش السوري", "الحكومة", "Syrian government", "Syrian Arab Army", "Military Forces of Syria"),
       actor("مقاتلي المعارضة", "المعارضة", "Syrian opposition", "Rebels", "Opposition fighters")),
]
C["snn-a8a58b0ad701"] = []
BASRA = loc("Basra", "IQ", 30.533, 47.797, 25)
PROTB = actor("متظاهرون", "المتظاهرين", "المحتجين", "المحتجون", "محتجين", "Protesters")
AAH = actor("عصائب أهل الحق", "ميليشيات \"عصائب أهل الحق\"", "ميليشيات موالية لها", "Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "AAH")
C["ant-SK-middleEast-3549-20180907"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), BASRA, PROTB, None),
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), BASRA, PROTB,
       actor("ميليشيات الحشد الشعبي", "الحشد الشعبي", "Popular Mobilization Forces", "PMF"), optional=True),
    ev("attack", ("2018-09-07", "2018-09-07"), BASRA, AAH, PROTB, fatalities=1, injured=[2, 99]),
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), BASRA, AAH, PROTB, fatalities=1, injured=[2, 99], optional=True),
    ev("violent_demonstration", ("2018-09-03", "2018-09-06"), BASRA, PROTB, None, optional=True),
]
HOU = actor("ميليشات الحوثي", "ميليشيات الحوثي", "الحوثيون", "الحوثيين", "Houthis", "Ansar Allah")
TRIBE = actor("محتجين من أبناء مديرية العرش", "تجمع قبلي", "أبناء القبيلة", "محتجين", "Protesters", "Civilians", "Tribesmen")
RADAA = loc("Al-Arsh, Rada'a (Al Bayda)", "YE", 14.415, 44.837, 30)
C["ant-SK-middleEast-3795-20181009"] = [
    ev("excessive_force_against_protesters", ("2018-10-07", "2018-10-09"), RADAA, HOU, TRIBE, fatalities=1, injured=2),
    ev("attack", ("2018-10-07", "2018-10-09"), RADAA, HOU, TRIBE, fatalities=1, injured=2, optional=True),
    ev("peaceful_protest", ("2018-10-01", "2018-10-07"), RADAA, TRIBE, None, optional=True),
]
C["ant-SK-sport-1657-20180615"] = []
C["snn-79189bd903b3"] = []
C["snn-6b6a6e59bf3a"] = []
C["snn-ec9a7d1575a7"] = []
C["ant-SK-middleEast-380-20180319"] = [
    ev("air_drone_strike", ("2018-03-16", "2018-03-16"), loc("Afrin", "SY", 36.512, 36.870, 25),
       actor("القوات التركية", "غارة تركية", "الأتراك", "Turkish forces", "Military Forces of Turkey", "Turkey"),
       actor("وحدات حماية المرأة الكردية", "القوات الكردية", "YPJ", "Women's Protection Units", "YPG"), fatalities=1),
]
C["ant-CN-middleEast-818-20180506"] = [
    ev("arrests", ("2018-04-22", "2018-05-06"), loc("Yemen", "YE", None, None), None,
       actor("مواطن قطري", "محسن صالح", "الكربي", "Qatari citizen"), optional=True),
]
C["snn-a31118100135"] = [
    ev("arrests", ("2015-07-19", "2015-07-26"), loc("Tunisia", "TN", None, None),
       actor("السلطات الأمنية التونسية", "الأمن التونسي", "Tunisian security forces", "Police Forces of Tunisia"),
       actor("الإرهابي", "المواطن التونسي", "شخص تونسي"), optional=True),
]
REG = actor("قوات النظام", "قوات الدفاع الوطني", "الدفاع الوطني", "حزب الله اللبناني", "Syrian government forces", "Military Forces of Syria", "Syrian Arab Army", "National Defence Forces", "NDF", "Hezbollah")
REB = actor("الفصائل الإسلامية", "جبهة النصرة", "تنظيم القاعدة في بلاد الشام", "Jabhat al-Nusra", "Nusra Front", "Islamist factions", "Syrian rebels", "Al-Qaeda")
JOBAR = loc("Jobar, Damascus", "SY", 33.527, 36.330, 25)
C["snn-a44490cf2d0a"] = [
    ev("armed_clash", ("2015-07-27", "2015-07-27"), JOBAR, REG, REB, fatalities=4),
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-07-27"), JOBAR, REG, REB, optional=True),
]
ALAQSA = loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.776, 35.236, 25)
ISRPOL = actor("الشرطة الإسرائيلية", "Israeli police", "Police Forces of Israel", "Israel")
PAL = actor("المصلين الفلسطينيين", "المصلين", "فلسطينيا", "Palestinians", "Palestinian worshippers", "Civilians", "Protesters")
C["snn-a7969e76096b"] = [
    ev("protest_with_intervention", ("2015-07-26", "2015-07-26"), ALAQSA, PAL, ISRPOL),
    ev("violent_demonstration", ("2015-07-26", "2015-07-26"), ALAQSA, PAL, ISRPOL, optional=True),
    ev("attack", ("2015-07-26", "2015-07-26"), ALAQSA, ISRPOL, PAL, optional=True),
    ev("arrests", ("2015-07-26", "2015-07-26"), ALAQSA, ISRPOL, PAL),
]
C["ant-SK-middleEast-1809-20180519"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("ضربات غربية", "Western strikes", "United States", "United Kingdom", "France"),
       actor("مركز الدراسات والبحوث السوري", "Scientific Studies and Research Center", "Syrian government"), optional=True),
]
C["ant-SK-internationalNews-2808-20180725"] = [
    ev("suicide_bomb", ("2018-07-25", "2018-07-25"), loc("Quetta", "PK", 30.18, 67.01, 50),
       actor("داعش", "تنظيم داعش", "انتحاري", "Islamic State", "ISIS", "Daesh"),
       actor("الشرطة", "مركبة تابعة للشرطة", "الناخبون", "Police Forces of Pakistan", "Pakistani police", "Civilians"), fatalities=29),
]
C["ant-SK-economy-1444-20181014"] = []
C["snn-9e008ca75ac1"] = []
GOVY = actor("قوات الجيش الوطني اليمني", "الجيش الوطني", "المقاومة الشعبية", "القوات الموالية للحكومة اليمنية الشرعية", "القوات الموالية لهادي", "القوات الشرعية",
             "Military Forces of Yemen", "Yemeni army", "Popular Resistance", "Hadi loyalists", "Yemeni government forces")
HOUY = actor("مليشيات الحوثي", "الحوثيين", "الحوثيون", "Houthis", "Ansar Allah")
ANAD = loc("Al-Anad air base", "YE", 13.176, 44.765, 25)
C["snn-71112dc60c68"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-03"), ANAD, GOVY, HOUY, fatalities=[10, 99]),
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), ANAD,
       actor("طيران قوات التحالف", "طائرات التحالف", "قوات التحالف", "Saudi-led coalition", "Arab Coalition"), HOUY, optional=True),
    ev("government_regains_territory", ("2015-08-02", "2015-08-04"), loc("Al Hawtah (Lahij)", "YE", 13.057, 44.882, 25), GOVY, HOUY),
    ev("government_regains_territory", ("2015-08-02", "2015-08-04"), loc("Ribat road, north of Aden", "YE", 12.95, 44.98, 30), GOVY, HOUY, optional=True),
]
C["snn-65dd255fc662"] = []
C["snn-3ee96527057c"] = []
C["ant-SK-internationalNews-128-20180225"] = [
    ev("arrests", ("2018-02-23", "2018-02-25"), loc("Prague", "CZ", 50.08, 14.44, 25),
       actor("السلطات التشيكية", "Czech authorities", "Police Forces of Czech Republic"),
       actor("صالح مسلم", "حزب الاتحاد الديمقراطي", "Salih Muslim", "PYD", "Democratic Union Party"), optional=True),
]
C["snn-94529716bf8b"] = []
C["snn-ac5c10a96a77"] = []
RES = actor("المقاومة الشعبية", "المقاومة", "قوات الجيش الوطني", "قوات الشرعية", "Popular Resistance", "Military Forces of Yemen", "Hadi loyalists", "Yemeni government forces")
HS = actor("المتمردين الحوثيين", "الحوثيين", "الحوثي", "قوات علي صالح", "قوات صالح", "المتمردين", "Houthis", "Ansar Allah", "Saleh loyalists")
COAL = actor("طيران التحالف", "طيران التحالف العربي", "طائرات التحالف العربي", "مقاتلات التحالف", "قوات التحالف", "Saudi-led coalition", "Arab Coalition")
HAWTAH = loc("Al Hawtah (Lahij)", "YE", 13.057, 44.882, 25)
d3 = ("2015-08-02", "2015-08-04")
C["snn-96aaac428dee"] = [
    ev("armed_clash", ("2015-08-03", "2015-08-03"), ANAD, RES, HS),
    ev("government_regains_territory", ("2015-08-03", "2015-08-03"), ANAD, RES, HS, optional=True),
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), ANAD, COAL, HS, optional=True),
    ev("armed_clash", d3, HAWTAH, RES, HS),
    ev("government_regains_territory", d3, HAWTAH, RES, HS, optional=True),
    ev("air_drone_strike", d3, loc("Al Bayda governorate", "YE", 13.979, 45.574, 100), COAL, HS),
    ev("armed_clash", ("2015-08-02", "2015-08-03"), loc("Al Jufainah, west of Marib", "YE", 15.414, 45.279, 25), RES, HS, fatalities=13),
    ev("armed_clash", d3, loc("Al-Dabab, Taiz", "YE", 13.53, 43.95, 25), RES, HS, fatalities=[0, 99], injured=[0, 99]),
    ev("armed_clash", d3, loc("Taiz (northern areas)", "YE", 13.586, 44.016, 25), RES, HS, optional=True),
    ev("air_drone_strike", d3, loc("Al Jufainah, south-west of Marib", "YE", 15.414, 45.279, 25), COAL, HS),
    ev("air_drone_strike", d3, loc("Al-Hawban, Taiz", "YE", 13.60, 44.07, 25), COAL, HS, fatalities=[0, 99], injured=[0, 99]),
    ev("air_drone_strike", d3, loc("Wadi Khabsh (Al-Kharid), Al-Matammah, Al-Jawf", "YE", 16.04, 44.434, 30), COAL, HS),
    ev("air_drone_strike", d3, loc("Al-Hazm (Hamdan), Al-Jawf", "YE", 16.164, 44.777, 25), COAL, HS),
    ev("air_drone_strike", d3, loc("Al-Ghayl", "YE", None, None), COAL, HS, optional=True),
    ev("air_drone_strike", d3, loc("Al-Qaidah (Ibb)", "YE", 13.834, 44.115, 25), COAL, HS),
    ev("air_drone_strike", d3, loc("Al-Mafraq (Taiz)", "YE", 13.364, 43.620, 50), COAL, HS, optional=True),
    ev("government_regains_territory", ("2015-07-28", "2015-08-04"), loc("Jabal Sabir, Taiz", "YE", 13.53, 44.05, 25), RES, HS, optional=True),
]
C["snn-88dfe808b654"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-04"), loc("Sirnak province", "TR", 37.519, 42.459, 100),
       actor("حزب العمال الكردستاني", "مقاتلون أكراد", "مقاتلي الحزب", "PKK", "Kurdistan Workers' Party"),
       actor("الجيش", "جنديين تركيين", "حارس قرية", "Military Forces of Turkey", "Turkish army", "Village guards"), fatalities=3, injured=2),
    ev("air_drone_strike", ("2015-07-24", "2015-08-04"), loc("Northern Iraq", "IQ", None, None),
       actor("سلاح الجو التركي", "Military Forces of Turkey", "Turkish air force"), actor("حزب العمال الكردستاني", "PKK"), optional=True),
]
C["snn-703c0644537c"] = [
    ev("suicide_bomb", ("2015-08-02", "2015-08-02"), loc("Dogubayazit (Agri)", "TR", 39.547, 44.084, 25),
       actor("حزب العمال الكردستاني", "مسلحين من حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"),
       actor("الجيش التركي", "جنود اتراك", "Military Forces of Turkey", "Turkish army"), fatalities=3, injured=31),
]
C["ant-SK-internationalNews-1572-20180514"] = []
PROTI = actor("المتظاهرين", "المتظاهرون", "المحتجين", "محتجون", "الآلاف", "Protesters")
d20 = ("2018-07-20", "2018-07-20")
C["ant-SK-middleEast-3030-20180721"] = [
    ev("peaceful_protest", d20, BASRA, PROTI, None),
    ev("peaceful_protest", d20, loc("Nasiriyah", "IQ", 31.058, 46.257, 25), PROTI, None),
    ev("peaceful_protest", d20, loc("Karbala", "IQ", 32.616, 44.025, 25), PROTI, None),
    ev("protest_with_intervention", d20, loc("Tahrir Square, Baghdad", "IQ", 33.333, 44.413, 25), PROTI,
       actor("قوات الأمن", "Iraqi security forces", "Military Forces of Iraq", "Police Forces of Iraq")),
    ev("armed_clash", ("2018-07-19", "2018-07-21"), loc("Al-Karma, Basra", "IQ", 30.58, 47.77, 25),
       actor("القوات الأمنية", "Iraqi security forces", "Police Forces of Iraq"),
       actor("إحدى العشائر", "عشيرة", "Tribal militia", "Clan militia"), fatalities=2),
    ev("attack", d20, loc("Diwaniyah", "IQ", 31.993, 44.926, 25),
       actor("ميليشيات بدر", "بدر", "Badr Organization", "Badr Brigade"), PROTI, fatalities=2, injured=[10, 99]),
    ev("excessive_force_against_protesters", d20, loc("Diwaniyah", "IQ", 31.993, 44.926, 25),
       actor("ميليشيات بدر", "بدر", "Badr Organization", "Badr Brigade"), PROTI, fatalities=2, injured=[10, 99], optional=True),
]
TORDA = loc("Torda, 45 km south of Ad-Damazin", "SD", 11.39, 34.36, 30)
C["snn-2e6b1d569221"] = [
    ev("government_regains_territory", ("2015-08-09", "2015-08-09"), TORDA,
       actor("القوات المسلحة السودانية", "الجيش السوداني", "القوات الحكومية", "Military Forces of Sudan", "Sudanese army", "SAF"),
       actor("الحركة الشعبية - الشمال", "الجيش الشعبي لتحرير السودان - شمال", "SPLM-N", "SPLA-N", "Sudan People's Liberation Movement-North")),
    ev("non_state_actor_overtakes_territory", ("2015-08-10", "2015-08-11"), TORDA,
       actor("قوات الحركة الشعبية - الشمال", "الحركة الشعبية - الشمال", "الجيش الشعبي لتحرير السودان - شمال", "SPLM-N", "SPLA-N", "Sudan People's Liberation Movement-North"),
       actor("القوات الحكومية", "الجيش السوداني", "Military Forces of Sudan", "Sudanese army", "SAF")),
]
C["ant-SK-internationalNews-235-20180309"] = [
    ev("arrests", ("2018-02-16", "2018-02-16"), loc("Manila", "PH", 14.60, 120.98, 25),
       actor("الشرطة الفلبينية", "Philippine National Police", "Police Forces of the Philippines"),
       actor("فهمي الأسود", "قياديا سابقا في تنظيم داعش", "Islamic State", "ISIS"), optional=True),
]
C["ant-SK-middleEast-3827-20181011"] = []
C["ant-SK-internationalNews-3426-20181011"] = []
C["ant-SK-middleEast-1842-20180521"] = []
C["ant-SK-internationalNews-322-20180313"] = [
    ev("chemical_weapon", ("2018-03-01", "2018-03-12"), loc("Salisbury", "GB", 51.07, -1.79, 25), None,
       actor("سيرغي سكريبال", "ابنته يوليا", "Sergei Skripal", "Yulia Skripal", "Civilians"), optional=True),
]
C["snn-b2cbc2eee29e"] = []
C["snn-3719796d6f55"] = []
JIH = actor("مسلحين يشتبه بأنهم متشددون إسلاميون", "متشددون", "المتشددين", "Islamist militants", "Unidentified armed group", "Islamic State in the Greater Sahara")
TUA = actor("الطوارق", "الطوارق المدنيين", "مدنيا", "Tuareg civilians", "Civilians")
C["ant-SK-internationalNews-1327-20180503"] = [
    ev("attack", ("2018-05-01", "2018-05-01"), loc("Tindibawen, 160 km east of Menaka", "ML", 15.90, 3.90, 75), JIH, TUA, fatalities=[16, 17]),
    ev("attack", ("2018-04-24", "2018-04-30"), loc("Menaka region", "ML", 15.918, 2.402, 150), JIH, TUA, fatalities=40, optional=True),
]
UAE = actor("القوات المسلحة الإماراتية", "قوات التحالف العربي", "التحالف العربي", "Military Forces of the United Arab Emirates", "UAE forces", "Saudi-led coalition", "Arab Coalition")
HOD = actor("الحوثيين", "الميليشيات الحوثية", "ميليشيات الحوثي", "Houthis", "Ansar Allah")
WCF = actor("قوات المقاومة الوطنية", "ألوية العمالقة", "التهامية", "قوات التحالف العربي", "National Resistance", "Giants Brigades", "Tihama Resistance", "Saudi-led coalition")
C["ant-CN-middleEast-913-20180514"] = [
    ev("armed_clash", ("2018-05-13", "2018-05-13"), loc("Al-Fazah (Al-Tuhayta), Hodeidah", "YE", 13.90, 43.26, 30), UAE, HOD, fatalities=[2, 99]),
    ev("armed_clash", ("2018-05-07", "2018-05-14"), loc("Al-Jarrahi district", "YE", 14.133, 43.388, 30), WCF, HOD, optional=True),
    ev("armed_clash", ("2018-05-07", "2018-05-14"), loc("Zabid district", "YE", 14.196, 43.317, 30), WCF, HOD, optional=True),
]
C["snn-d80eb3d9b435"] = []
write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-42.jsonl"))
