import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "ميليشيات الحوثي", "مليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "مليشيات الحوثي الإيرانية", "ميلشيات الحوثي")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "قوات التحالف", "التحالف")

C["snn-17fe011d52b7"] = []  # road accident
C["snn-aabe22b1c661"] = []  # economy
C["snn-653859397984"] = [
    ev("air_drone_strike", ("2015-07-01", "2015-07-15"), loc("Saada mountains", "YE", 16.94021, 43.76394, 100),
       COAL, HOUTHI, optional=True),
]
C["snn-cbb2b45f16e0"] = []
C["snn-1c4a183d0f17"] = []
C["ant-CN-middleEast-1353-20180911"] = [
    ev("armed_clash", ("2018-09-10", "2018-09-10"), loc("Syria (Operation Roundup, phase 3)", "SY", None, None),
       actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), optional=True),
]
C["snn-8dc5b6fde850"] = []  # crime in Dubai
C["ant-SK-technology-1477-20180912"] = []
RES = actor("Yemeni resistance", "Popular Resistance", "المقاومة اليمنية", "المقاومة", "Yemeni government forces")
TUH = loc("At Tuhayta district", "YE", 14.08078, 43.119866, 30)
C["ant-SK-middleEast-1934-20180525"] = [
    ev("armed_clash", ("2018-05-23", "2018-05-25"), TUH, RES, HOUTHI, fatalities=[0, 83], injured=[0, 99]),
    ev("air_drone_strike", ("2018-05-23", "2018-05-25"), TUH, COAL, HOUTHI),
    ev("government_regains_territory", ("2018-05-23", "2018-05-25"), loc("Al-Maghras junction / Al-Jubaylah, At Tuhayta", "YE", 14.08078, 43.119866, 50),
       RES, HOUTHI, optional=True),
]
REG = actor("Syrian government forces", "Syrian army", "القوات النظامية", "قوات النظام", "الجيش السوري النظامي", "قوات النظام السوري", "Hezbollah", "حزب الله")
FATH = actor("Jaish al-Fatah", "Army of Conquest", "جيش الفتح", "الفصائل الإسلامية المعارضة", "المعارضة", "الفصائل", "Syrian rebels")
C["snn-9b47e2849b87"] = [
    ev("armed_clash", ("2015-08-05", "2015-08-05"), loc("Al Bahsah", "SY", 35.68024, 36.27589, 25), FATH, REG,
       fatalities=[12, 21], injured=[10, 99]),
    ev("armed_clash", ("2015-08-03", "2015-08-06"), loc("Az Ziyarah", "SY", 35.68482, 36.33867, 25), FATH, REG, optional=True),
    ev("armed_clash", ("2015-08-03", "2015-08-06"), loc("Tall Wasit", "SY", 35.66316, 36.34349, 25), FATH, REG, optional=True),
    ev("armed_clash", ("2015-08-03", "2015-08-06"), loc("Al Mansurah (Ghab)", "SY", 35.65009, 36.35101, 25), FATH, REG, optional=True),
    ev("armed_clash", ("2015-08-03", "2015-08-06"), loc("Al-Mushayk / Furu, Sahl al-Ghab", "SY", 35.67, 36.33, 30), FATH, REG, optional=True),
]
C["ant-SK-middleEast-1706-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza border", "PS", 31.42, 34.38, 30),
       actor("Palestinian protesters", "Palestinians", "فلسطينياً", "الفلسطينيين", "المدنيين الفلسطينيين"),
       actor("Israeli forces", "Israel", "إسرائيل"), fatalities=55, injured=2400),
]
C["snn-286ce4518aa7"] = [
    ev("mob_violence", ("2015-07-21", "2015-07-21"), loc("Papua province", "ID", -4.0, 138.5, 400),
       actor("Christians", "مسيحيين", "مسيحيون", "مثيري الشغب", "Rioters"),
       actor("Muslims", "مسلمين", "مسلما", "المسلمين", "Civilians"), fatalities=1, injured=11),
]

C["ant-SK-economy-558-20180513"] = []
C["ant-CN-sport-436-20181009"] = []
C["snn-c6a5e7ebb8f6"] = []
C["ant-SK-sport-1897-20180626"] = []
C["snn-2926d38bd5b1"] = [
    ev("armed_clash", ("2015-08-06", "2015-08-06"), loc("north of Ramallah", "PS", 31.90256, 35.19555, 25),
       actor("Palestinian", "فلسطينيا", "فلسطيني", "Palestinian attacker"),
       actor("Israeli military", "IDF", "جنود إسرائيليين", "الجنود", "الجيش الإسرائيلي"), injured=4),
    ev("attack", ("2015-08-06", "2015-08-06"), loc("north of Ramallah", "PS", 31.90256, 35.19555, 25),
       actor("Palestinian", "فلسطينيا", "فلسطيني", "Palestinian attacker"),
       actor("Israeli military", "IDF", "جنود إسرائيليين", "الجنود", "الجيش الإسرائيلي"), injured=4, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-06"), loc("Rafah", "PS", 31.282949, 34.27276, 25),
       None, actor("Civilians", "فلسطينيين", "Palestinians", "Hamas", "حماس"), fatalities=4, injured=30, optional=True),
    ev("attack", ("2015-07-13", "2015-07-31"), loc("Duma", "PS", 32.058605, 35.364841, 25),
       actor("Israeli settlers", "المستوطنون", "المستوطنين", "الإرهابيون", "خلية إرهابية يهودية", "Jewish extremists"),
       actor("Civilians", "Palestinian civilians", "عائلة دوابشة", "Dawabsha family"), fatalities=1, injured=3, optional=True),
]
C["ant-CN-middleEast-1008-20180523"] = []
GIANTS = actor("Giants Brigades", "Al-Amaliqa", "ألوية العمالقة", "قوات ألوية العمالقة", "قوات العمالقة", "Yemeni government forces")
JOINT = actor("Joint Resistance", "Yemeni resistance", "المقاومة اليمنية المشتركة", "المقاومة المشتركة", "Yemeni government forces")
D = ("2018-07-02", "2018-07-04")
C["ant-SK-middleEast-2761-20180704"] = [
    ev("armed_clash", D, loc("Al-Faza, At Tuhayta district", "YE", 14.08078, 43.119866, 30), GIANTS, HOUTHI, fatalities=[3, 100]),
    ev("armed_clash", D, loc("Al-Nakhil, Ad Durayhimi district", "YE", 14.61471, 43.083391, 30), JOINT, HOUTHI),
    ev("armed_clash", D, loc("Wadi al-Rumman, Ad Durayhimi district", "YE", 14.61471, 43.083391, 30), JOINT, HOUTHI, optional=True),
    ev("shelling_artillery_missile_attack", D, loc("Al Ma'arif", "YE", 14.61171, 43.06086, 25), HOUTHI,
       actor("Civilians", "رب أسرة", "أفراد أسرته"), fatalities=1, injured=4),
    ev("shelling_artillery_missile_attack", D, loc("Hodeidah airport", "YE", 14.75, 42.98, 25), HOUTHI, JOINT),
    ev("air_drone_strike", D, loc("Al Hudaydah city", "YE", 14.796625, 42.945213, 25), COAL, HOUTHI),
    ev("air_drone_strike", D, loc("Zabid district", "YE", 14.25687, 43.351326, 30), COAL, HOUTHI),
    ev("air_drone_strike", D, loc("Hodeidah front", "YE", 14.796625, 42.945213, 100), COAL, HOUTHI, optional=True),
]
TSK = actor("Turkish military", "Turkish army", "Turkey", "الجيش التركي", "جيشه")
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مسلحين أكراد", "مسلحا كرديا", "مسلحا")
C["ant-SK-internationalNews-2215-20180619"] = [
    ev("air_drone_strike", ("2018-06-17", "2018-06-18"), loc("Diyarbakir province", "TR", 37.91858, 40.202973, 100), TSK, PKK),
    ev("air_drone_strike", ("2018-06-17", "2018-06-18"), loc("Sirnak province", "TR", 37.459089, 42.516447, 100), TSK, PKK),
    ev("air_drone_strike", ("2018-06-17", "2018-06-18"), loc("Avashin-Basyan, northern Iraq", "IQ", 37.25, 43.6, 50), TSK, PKK),
    ev("air_drone_strike", ("2018-06-09", "2018-06-16"), loc("Qandil mountains", "IQ", 36.45, 45.0, 50), TSK, PKK, optional=True),
    ev("air_drone_strike", ("2018-06-12", "2018-06-12"), loc("Qandil mountains", "IQ", 36.45, 45.0, 50), TSK, PKK, fatalities=26, optional=True),
]
C["ant-SK-internationalNews-454-20180319"] = []  # hostage-taking by a man over his papers: ordinary crime
C["snn-4507f693d8f9"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-04"), loc("Silopi", "TR", 37.24972, 42.46944, 25), PKK,
       actor("Turkish military", "جندي تركي", "Turkish soldiers"), fatalities=1, injured=1),
    ev("armed_clash", ("2015-08-04", "2015-08-04"), loc("Arakoy village, Sirnak district", "TR", 37.518745, 42.458728, 30),
       actor("مسلحون", "PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"),
       actor("Turkish military", "جنود", "Turkish soldiers"), fatalities=3),
]
C["snn-932ef26074ab"] = []  # fire
C["ant-SK-internationalNews-2146-20180615"] = [
    ev("air_drone_strike", ("2018-06-12", "2018-06-12"), loc("Qandil mountains", "IQ", 36.45, 45.0, 50), TSK, PKK, fatalities=26),
]

C["ant-CN-middleEast-666-20180418"] = []
CIV = actor("Civilians", "المدنيين")
C["snn-26a4223b13df"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Suwaib, SW Baghdad", "IQ", 33.219893, 44.269554, 25),
       None, actor("Civilians", "شخص"), fatalities=1, injured=7),
    ev("remote_explosive_landmine_ied", ("2015-08-09", "2015-08-10"), loc("Sab al-Bour, N Baghdad", "IQ", 33.44696, 44.134252, 25),
       None, actor("Civilians", "شخص"), fatalities=1, injured=8),
    ev("attack", ("2015-08-09", "2015-08-10"), loc("Obaydi, E Baghdad", "IQ", 33.406122, 44.529882, 25), None, actor("Civilians", "رجل"), fatalities=1, optional=True),
    ev("attack", ("2015-08-09", "2015-08-10"), loc("Mansour, Baghdad", "IQ", 33.315, 44.34, 25), None, actor("Civilians", "رجلين"), fatalities=1, optional=True),
    ev("attack", ("2015-08-09", "2015-08-10"), loc("Shuala, Baghdad", "IQ", 33.410536, 44.235076, 25), None, actor("Civilians", "رجلين"), fatalities=1, optional=True),
]
C["ant-SK-sport-1851-20180624"] = []
C["ant-CN-middleEast-199-20180306"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-04", "2018-03-06"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 30),
       actor("Syrian government forces", "الجيش السوري", "Syrian army"), None, optional=True),
]
C["ant-CN-middleEast-1174-20180811"] = [
    ev("disrupted_weapons_use", ("2018-08-09", "2018-08-11"), loc("Hmeimim air base", "SY", 35.40081, 35.94032, 25),
       actor("Russian military", "العسكريين الروس", "Russia"), actor("المسلحين", "Syrian rebels", "armed opposition"), optional=True),
    ev("air_drone_strike", ("2018-08-09", "2018-08-11"), loc("Hmeimim air base", "SY", 35.40081, 35.94032, 25),
       actor("المسلحين", "Syrian rebels", "armed opposition"), actor("Russian military", "العسكريين الروس", "Russia"), optional=True),
    ev("attack", ("2018-08-09", "2018-08-09"), loc("Saada", "YE", 16.94021, 43.76394, 25), None,
       actor("Civilians", "أطفالا", "حافلة كانت تقل أطفالا", "Children")),
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), loc("Saada", "YE", 16.94021, 43.76394, 25), COAL,
       actor("Civilians", "أطفالا", "حافلة كانت تقل أطفالا", "Children"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-09", "2018-08-10"), loc("Saada (launch site)", "YE", 16.94021, 43.76394, 100),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "الحوثيين"), None, optional=True),
]
C["snn-8927c6d9377a"] = []  # threats

C["ant-SK-middleEast-160-20180301"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-01", "2018-03-01"), loc("Bnaslawa, Erbil", "IQ", 36.15418, 44.11272, 25), None,
       actor("Kurdistan Democratic Party of Iran", "KDPI", "الحزب الديمقراطي الكردستاني الإيراني", "الحزب الديمقراطي", "مقاتلي الحزب الديمقراطي الكردستاني الإيراني"),
       injured=2),
]
C["snn-28aee080ca2a"] = []
C["snn-715b7053c251"] = []
C["ant-SK-middleEast-783-20180404"] = [
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), loc("Gaza border", "PS", 31.42, 34.38, 30),
       actor("Palestinian protesters", "Palestinians", "المحتجين الفلسطينيين", "فلسطينيا"),
       actor("Israeli forces", "Israel", "إسرائيل", "الجنود الإسرائيليين"), fatalities=17, injured=1600),
]
C["ant-SK-middleEast-3238-20180802"] = []  # drug seizure
C["snn-028ee0a81ca5"] = []
NUSRA = actor("Jabhat al-Nusra", "Nusra Front", "al-Nusra", "جبهة النصرة", "النصرة", "تنظيم النصرة")
DIV30 = actor("Division 30", "الفرقة 30", "مقاتلين", "Syrian rebels", "Free Syrian Army")
C["snn-8cf45d29307f"] = [
    ev("abduction_forced_disappearance", ("2015-08-03", "2015-08-04"), loc("Qah", "SY", 36.2972, 36.72512, 25), NUSRA, DIV30),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("near Azaz", "SY", 36.58662, 37.04628, 25), NUSRA, DIV30, optional=True),
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Division 30 HQ near Azaz", "SY", 36.58662, 37.04628, 25), NUSRA, DIV30, fatalities=32),
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("Division 30 HQ near Azaz", "SY", 36.58662, 37.04628, 25),
       actor("International coalition", "US-led coalition", "الائتلاف الدولي"), NUSRA),
]
C["ant-SK-middleEast-3417-20180815"] = []
C["ant-SK-internationalNews-1908-20180602"] = []
C["snn-bdb17394e522"] = [
    ev("armed_clash", ("2015-07-27", "2015-07-27"), loc("police station, Punjab (India) near Pakistan border", "IN", 31.3, 75.6, 200),
       actor("مسلحون", "Gunmen", "Unidentified armed group", "Militants"), actor("Indian police", "Police", "الشرطة", "شرطة البنجاب", "مركز للشرطة"),
       fatalities=5, injured=7),
    ev("attack", ("2015-07-27", "2015-07-27"), loc("police station, Punjab (India) near Pakistan border", "IN", 31.3, 75.6, 200),
       actor("مسلحون", "Gunmen", "Unidentified armed group", "Militants"), actor("Civilians", "مدنيين", "Indian police"),
       fatalities=5, injured=7, optional=True),
]
C["snn-45243e3425b4"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), loc("Jazan sector", "SA", 16.910301, 42.587188, 100), None,
       actor("Saudi military", "Saudi Arabian army", "القوات البرية", "القوات المشتركة", "جندي"), fatalities=1),
]
C["ant-SK-internationalNews-1443-20180508"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-45.jsonl"))
