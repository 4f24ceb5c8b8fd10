import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيا الحوثي الإيرانية", "ميليشيا الحوثي", "الحوثيين", "الميليشيات", "Houthis", "Ansar Allah", "Houthi militia"]

# 1
C["ant-SK-middleEast-352-20180317"] = [
    ev("abduction_forced_disappearance", ("2018-03-15", "2018-03-16"),
       loc("Dawran Aness district, Dhamar", "YE", 14.835, 44.106, 30),
       actor(*HOUTHI), actor("Civilians", "عبد الكريم الرازحي", "الرازحي", "الأديب والشاعر عبد الكريم الرازحي")),
    ev("arrests", ("2018-03-15", "2018-03-16"),
       loc("Dawran Aness district, Dhamar", "YE", 14.835, 44.106, 30),
       actor(*HOUTHI), actor("Civilians", "عبد الكريم الرازحي", "الرازحي", "الأديب والشاعر عبد الكريم الرازحي"), optional=True),
]
C["snn-d9b1d1d3d1f0"] = []
C["snn-12fc1e5f4a5d"] = []
C["snn-945b976d7daf"] = []
C["snn-17d92caf5dbe"] = []

# 2
C["ant-SK-middleEast-3165-20180729"] = []
GOV_YE = ["القوات الشرعية", "Yemeni government forces", "Government of Yemen", "pro-government forces", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
HOUTHI2 = ["مليشيات الحوثي", "ميليشيات الحوثي", "ميليشات الحوثي الإيرانية", "الحوثي", "المليشيات", "Houthis", "Ansar Allah", "Houthi militia"]
C["ant-SK-middleEast-1779-20180517"] = [
    ev("government_regains_territory", ("2018-05-15", "2018-05-17"),
       loc("Aqabat Barm mountains, Bart al-Anan district, Al Jawf", "YE", 16.893, 44.517, 40),
       actor(*GOV_YE), actor(*HOUTHI2), fatalities=[0, 15]),
    ev("armed_clash", ("2018-05-15", "2018-05-17"),
       loc("Aqabat Barm mountains, Bart al-Anan district, Al Jawf", "YE", 16.893, 44.517, 40),
       actor(*GOV_YE), actor(*HOUTHI2), fatalities=[0, 15], optional=True),
    ev("government_regains_territory", ("2018-05-15", "2018-05-17"),
       loc("Harad district, Hajjah", "YE", 16.41, 43.06, 30),
       actor(*GOV_YE), actor(*HOUTHI2), fatalities=[0, 15]),
    ev("armed_clash", ("2018-05-15", "2018-05-17"),
       loc("Jabal al-Qahira", "YE", None, None), actor(*GOV_YE), actor(*HOUTHI2), optional=True),
    ev("attack", ("2018-05-15", "2018-05-17"),
       loc("Ya'is village, Damt district, Al Dhale", "YE", 14.094, 44.692, 30),
       actor(*HOUTHI2), actor("Civilians", "مدني", "حافلة ركاب"), fatalities=1),
]
POL_IQ = ["الشرطة الاتحادية", "الشرطة العراقية الاتحادية", "قوات الشرطة الاتحادية", "رجال من الشرطة العراقية الاتحادية", "Iraqi Federal Police", "Police Forces of Iraq", "Iraqi police"]
IS = ["تنظيم داعش", "داعش", "مسلحين من تنظيم داعش", "مسلحي التنظيم المتشدد", "Islamic State", "ISIS", "ISIL", "Daesh", "IS"]
C["ant-SK-middleEast-537-20180324"] = [
    ev("attack", ("2018-03-22", "2018-03-24"),
       loc("Kirkuk road near Tuz Khurmatu", "IQ", 35.18, 44.51, 50),
       actor(*IS), actor(*POL_IQ), fatalities=9),
    ev("armed_clash", ("2018-03-14", "2018-03-24"),
       loc("Al-Zarka village, Tuz Khurmatu", "IQ", 34.889, 44.63, 25),
       actor(*IS), actor(*POL_IQ), fatalities=[2, 99], optional=True),
    ev("abduction_forced_disappearance", ("2018-03-14", "2018-03-24"),
       loc("Al-Zarka village, Tuz Khurmatu", "IQ", 34.889, 44.63, 25),
       actor(*IS), actor(*POL_IQ), optional=True),
]
C["ant-SK-middleEast-739-20180402"] = []
C["snn-210679725220"] = []

# 3
C["ant-SK-technology-757-20180525"] = []
JOINT = ["القوات اليمنية المشتركة", "قوات المقاومة اليمنية المشتركة", "المقاومة المشتركة", "المقاومة اليمنية", "المقاومة الوطنية", "Joint Forces", "National Resistance", "Yemeni government forces", "pro-government forces"]
COAL = ["طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
HOU3 = ["ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "المتمردين الحوثيين", "الميليشيات", "الحوثيين", "الميليشيات الإيرانية", "Houthis", "Ansar Allah", "Houthi militia"]
D3 = ("2018-07-03", "2018-07-05")
C["ant-SK-middleEast-2766-20180705"] = [
    ev("armed_clash", D3, loc("SW of Ad Durayhimi district centre", "YE", 14.637, 43.055, 25), actor(*JOINT), actor(*HOU3)),
    ev("shelling_artillery_missile_attack", D3, loc("Al Ma'arif village, Ad Durayhimi", "YE", 14.612, 43.061, 25),
       actor(*HOU3), actor("Civilians", "رب أسرة", "أفراد أسرته"), fatalities=1, injured=4),
    ev("shelling_artillery_missile_attack", D3, loc("Hodeidah airport area", "YE", 14.753, 42.976, 25), actor(*HOU3), actor(*JOINT)),
    ev("air_drone_strike", D3, loc("Al Hudaydah city (N, E, S outskirts)", "YE", 14.797, 42.954, 25), actor(*COAL), actor(*HOU3)),
    ev("air_drone_strike", D3, loc("Zabid district, Al Hudaydah", "YE", 14.196, 43.317, 30), actor(*COAL), actor(*HOU3)),
    ev("government_regains_territory", D3, loc("Al-Fazah / At Tuhayta area", "YE", 14.08, 43.12, 40), actor(*JOINT), actor(*HOU3), optional=True),
    ev("other", D3, loc("West coast, Yemen", "YE", None, None), actor(*JOINT), None, optional=True),
]
C["snn-18498e01e9b5"] = []
C["ant-SK-internationalNews-3304-20181005"] = []
C["ant-SK-middleEast-394-20180318"] = []

# 4
C["snn-cb3f096cc188"] = []
C["snn-28ec83da8b26"] = []
MA_SEC = ["قوات الأمن", "وزارة الداخلية المغربية", "المكتب المركزي للأبحاث القضائية", "Police Forces of Morocco", "Moroccan security forces", "Morocco", "Central Bureau of Judicial Investigation", "BCIJ"]
MA_CELL = ["الخلية الإرهابية", "خلية إرهابية", "داعش", "Islamic State", "ISIS", "Daesh"]
C["ant-SK-middleEast-680-20180331"] = [
    ev("arrests", ("2018-03-29", "2018-03-29"), loc("Tangier", "MA", 35.767, -5.800, 25), actor(*MA_SEC), actor(*MA_CELL)),
    ev("arrests", ("2018-03-29", "2018-03-29"), loc("Oued Zem", "MA", 32.863, -6.574, 25), actor(*MA_SEC), actor(*MA_CELL)),
    ev("arrests", ("2018-03-29", "2018-03-30"), loc("Morocco", "MA", None, None), actor(*MA_SEC), actor(*MA_CELL), optional=True),
]
COAL4 = ["مقاتلات التحالف العربي", "التحالف العربي", "قوات التحالف", "قوات التحالف بقيادة السعودية", "مدفعية التحالف", "التحالف العربي لدعم الشرعية في اليمن", "Saudi-led coalition", "Arab Coalition"]
HOU4 = ["ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيين", "مسلحي الحوثي", "الميليشيات", "الانقلابيين", "Houthis", "Ansar Allah", "Houthi militia"]
JOINT4 = ["قوات المقاومة اليمنية المشتركة", "قوات المقاومة", "Joint Forces", "National Resistance", "Yemeni government forces", "pro-government forces"]
BARH = loc("Al-Barh front, Maqbanah district, Taiz", "YE", 13.634, 43.668, 35)
C["ant-SK-middleEast-3798-20181009"] = [
    ev("air_drone_strike", ("2018-10-09", "2018-10-09"), BARH, actor(*COAL4), actor(*HOU4), fatalities=[0, 53]),
    ev("armed_clash", ("2018-10-09", "2018-10-09"), BARH, actor(*JOINT4), actor(*HOU4), fatalities=[0, 53]),
    ev("shelling_artillery_missile_attack", ("2018-10-09", "2018-10-09"), BARH, actor(*COAL4), actor(*HOU4), optional=True),
    ev("air_drone_strike", ("2018-10-07", "2018-10-09"), loc("Al-Ruwaishan farm, east of Bajil", "YE", 15.059, 43.287, 25), actor(*COAL4), actor(*HOU4)),
    ev("air_drone_strike", ("2018-10-07", "2018-10-09"), loc("Bura training camp, Bura district", "YE", 14.91, 43.469, 30), actor(*COAL4), actor(*HOU4)),
    ev("air_drone_strike", ("2018-10-07", "2018-10-09"), loc("Al-Jabbana camp and Coastal Defence camp, Al Hudaydah", "YE", 14.797, 42.954, 25), actor(*COAL4), actor(*HOU4)),
]
C["snn-adc58617d11a"] = []

# 5
MALI = ["القوات المسلحة المالية", "قوة للقوات المسلحة المالية", "جنديان ماليان", "جنديين ماليين", "الجيش المالي", "Military Forces of Mali", "Malian army", "Malian armed forces", "FAMa"]
C["snn-e4744ae9634d"] = [
    ev("armed_clash", ("2015-08-01", "2015-08-01"), loc("Diabaly-Nampala road near Toule, Nampala, Segou", "ML", 15.285, -5.554, 50),
       actor("مسلحون", "Unidentified Armed Group", "unidentified gunmen"), actor(*MALI), fatalities=2, injured=4),
    ev("armed_clash", ("2015-01-01", "2015-01-31"), loc("Nampala barracks", "ML", 15.285, -5.554, 50),
       actor("تنظيم القاعدة في بلاد المغرب العربي", "مسلحون متطرفون", "AQIM", "Al-Qaeda in the Islamic Maghreb"), actor(*MALI), fatalities=10, optional=True),
]
SYGOV = ["القيادة العامة للجيش السوري", "الجيش السوري", "القوات الحكومية", "Syrian government forces", "Military Forces of Syria", "Syrian army"]
OPP = ["الإرهابيين", "مسلحي المعارضة", "فصائل المعارضة المسلحة", "Syrian opposition", "rebels", "Faylaq al-Rahman"]
C["ant-SK-middleEast-709-20180401"] = [
    ev("agreement", ("2018-03-30", "2018-04-01"), loc("Douma", "SY", 33.572, 36.403, 25),
       actor("جيش الإسلام", "مسلحي الفصيل المعارض", "Jaysh al-Islam", "Jaish al-Islam"), actor(*SYGOV, "Government of Syria")),
]
for nm, la, lo in [("Arbin", 33.537, 36.366), ("Zamalka", 33.526, 36.354), ("Ain Tarma", 33.515, 36.351), ("Jobar, Damascus", 33.527, 36.332)]:
    C["ant-SK-middleEast-709-20180401"] += [
        ev("non_violent_transfer_of_territory", ("2018-03-30", "2018-03-31"), loc(nm, "SY", la, lo, 25), actor(*SYGOV), actor(*OPP)),
        ev("government_regains_territory", ("2018-03-30", "2018-03-31"), loc(nm, "SY", la, lo, 25), actor(*SYGOV), actor(*OPP), optional=True),
    ]
C["snn-c8fb62a7a367"] = []
C["ant-SK-middleEast-1283-20180427"] = [
    ev("arrests", ("2018-04-25", "2018-04-27"), loc("Izmir", "TR", 38.413, 27.138, 25),
       actor("السلطات التركية", "وكالة المخابرات التركية", "وحدات مكافحة الارهاب التابعة للشرطة", "Police Forces of Turkey", "Turkish authorities", "Turkey", "MIT"),
       actor("تنظيم داعش", "داعش", "قيادات تنظيم داعش", "Islamic State", "ISIS", "Daesh")),
]
C["ant-SK-internationalNews-2866-20180802"] = [
    ev("attack", ("2018-08-01", "2018-08-02"), loc("Kabul", "AF", 34.528, 69.172, 25),
       actor("مسلحون", "Unidentified Armed Group", "unidentified gunmen"), actor("Civilians", "أجانب", "3 أجانب", "هندي وماليزي ومقدوني", "foreigners", "Sodexo employees"), fatalities=3),
    ev("abduction_forced_disappearance", ("2018-08-01", "2018-08-02"), loc("Kabul", "AF", 34.528, 69.172, 25),
       actor("مسلحون", "Unidentified Armed Group", "unidentified gunmen"), actor("Civilians", "أجانب", "3 أجانب", "foreigners"), optional=True),
]

# 6
C["snn-65f9702da09d"] = [
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Sijo junction near Azaz", "SY", 36.587, 37.046, 25),
       actor("جبهة النصرة", "عناصر من جبهة النصرة", "Jabhat al-Nusra", "Al-Nusra Front", "Nusra Front"),
       actor("الفرقة 30", "قائد الفرقة 30", "نديم الحسن", "العقيد المنشق نديم الحسن", "Division 30", "New Syrian Force"), optional=True),
]
ISR = ["القوات الإسرائيلية", "الجيش الإسرائيلي", "سلطات الاحتلال الإسرائيلي", "الاحتلال", "Military Forces of Israel", "Israeli forces", "IDF", "Israel Defense Forces"]
PAL = ["شبان فلسطينيين", "الفلسطينيين", "المحتجين", "التظاهرات الفلسطينية", "Protesters (Palestine)", "Palestinian protesters", "Protesters"]
GAZA = loc("Gaza-Israel border fence, Gaza Strip", "PS", 31.41, 34.38, 30)
C["ant-SK-middleEast-693-20180331"] = [
    ev("protest_with_intervention", ("2018-03-31", "2018-03-31"), GAZA, actor(*PAL), actor(*ISR), injured=13),
    ev("excessive_force_against_protesters", ("2018-03-31", "2018-03-31"), GAZA, actor(*ISR), actor(*PAL), injured=13, optional=True),
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"), GAZA, actor(*ISR), actor(*PAL), fatalities=15, injured=1000),
    ev("violent_demonstration", ("2018-03-30", "2018-03-30"), GAZA, actor(*PAL), actor(*ISR), fatalities=15, injured=1000, optional=True),
]
C["ant-SK-internationalNews-357-20180314"] = []
C["ant-SK-sport-2736-20180930"] = []
C["snn-ae47cf7e45f0"] = [
    ev("suicide_bomb", ("2015-07-26", "2015-07-26"), loc("Jazeera Hotel, Mogadishu", "SO", 2.037, 45.344, 25),
       actor("حركة الشباب", "حركة الشباب الصومالية", "حركة الشباب المتشددة", "Al Shabaab", "al-Shabaab", "Harakat al-Shabaab al-Mujahideen"),
       actor("Civilians", "حراس أمنيون", "فندق الجزيرة"), fatalities=6, injured=8),
]

# 7
C["snn-4924be0d14b2"] = []
C["ant-SK-middleEast-1488-20180507"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-07", "2018-05-07"), loc("Derna", "LY", 32.767, 22.637, 25),
       actor("القوات المسلحة الليبية", "قوات الجيش", "حفتر", "Libyan National Army", "LNA", "Haftar forces"),
       actor("مجلس شورى المجاهدين", "الجماعات الإرهابية", "Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "DMSC"), optional=True),
]
C["snn-4daae553a5ac"] = []
C["snn-89a850a65008"] = []
C["snn-2e592e05cca1"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "ISIL", "Daesh"), actor("Civilians"), fatalities=32, injured=100),
]

# 8
C["snn-6b1b7661ab4c"] = []
C["snn-3b9fa4db932a"] = []
C["ant-SK-internationalNews-2842-20180801"] = []
ASIR = loc("Security forces HQ mosque, Asir region (Abha)", "SA", 18.216, 42.505, 100)
C["snn-947939c64de7"] = [
    ev("suicide_bomb", ("2015-08-05", "2015-08-07"), ASIR, None,
       actor("قوات الأمن", "Police Forces of Saudi Arabia", "Saudi security forces", "Special Emergency Forces"), fatalities=[2, 30]),
    ev("remote_explosive_landmine_ied", ("2015-08-05", "2015-08-07"), ASIR, None,
       actor("قوات الأمن", "Police Forces of Saudi Arabia", "Saudi security forces", "Special Emergency Forces"), fatalities=[2, 30], optional=True),
]
C["snn-8177a829851d"] = []

# 9
C["ant-SK-middleEast-1218-20180424"] = [
    ev("arrests", ("2018-04-11", "2018-04-11"), loc("Zgharta", "LB", 34.397, 35.895, 25),
       actor("قوى الأمن الداخلي اللبنانية", "قوى الأمن الداخلي", "المديرية العامة لقوى الأمن الداخلي", "Police Forces of Lebanon", "Internal Security Forces", "ISF"),
       actor("تنظيم داعش", "داعش", "قائد ميداني", "Islamic State", "ISIS", "Daesh")),
]
C["snn-08e7d6931441"] = []
C["ant-CN-middleEast-991-20180521"] = [
    ev("arrests", ("2018-05-15", "2018-05-21"), loc("Saudi Arabia", "SA", None, None),
       actor("السلطات السعودية", "رئاسة أمن الدولة", "قوات الأمن", "Police Forces of Saudi Arabia", "Saudi authorities", "Presidency of State Security"),
       actor("الناشطات", "لجين الهذلول", "إيمان النفجان", "عزيزة اليوسف", "عائشة المانع", "Women's rights activists", "Activists"), optional=True),
]
SS_GOV = ["سلفا كير", "الرئيس سلفا كير", "Government of South Sudan", "Salva Kiir", "SPLM"]
SS_REB = ["رياك مشار", "قائد المتمردين رياك مشار", "Riek Machar", "SPLM-IO", "SPLA-IO"]
C["ant-SK-internationalNews-3229-20180912"] = [
    ev("agreement", ("2018-09-12", "2018-09-12"), loc("Addis Ababa", "ET", 9.025, 38.747, 25), actor(*SS_GOV), actor(*SS_REB)),
    ev("agreement", ("2018-09-12", "2018-09-12"), loc("South Sudan (Juba)", "SS", 4.852, 31.582, 100), actor(*SS_GOV), actor(*SS_REB), optional=True),
    ev("agreement", ("2018-08-01", "2018-08-10"), loc("Khartoum", "SD", 15.555, 32.559, 25), actor(*SS_GOV), actor(*SS_REB), optional=True),
]
DARAA = loc("Daraa al-Balad, Daraa city", "SY", 32.619, 36.102, 25)
SYG = ["الحكومة السورية", "النظام السوري", "قوات النظام", "Syrian government forces", "Government of Syria", "Military Forces of Syria"]
REB = ["الفصائل المسلحة", "المقاتلين الرافضين للتسوية", "Syrian opposition", "rebels", "armed opposition factions"]
C["ant-SK-middleEast-2906-20180715"] = [
    ev("agreement", ("2018-07-11", "2018-07-11"), DARAA, actor(*SYG), actor(*REB)),
    ev("other", ("2018-07-15", "2018-07-15"), DARAA, actor(*REB), actor(*SYG), optional=True),
    ev("non_violent_transfer_of_territory", ("2018-07-15", "2018-07-15"), DARAA, actor(*SYG), actor(*REB), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-05.jsonl"))
