import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["Houthis", "Ansar Allah", "الحوثي", "الحوثيين", "ميليشيات الحوثي", "جماعة الحوثي"]
SAUDI_AD = ["Saudi air defence", "Royal Saudi Air Defense", "Saudi Arabia", "Saudi-led coalition", "قوات الدفاع الجوي", "الدفاع الجوي السعودي"]

C["snn-44e6b8342593"] = []
C["snn-ac1de8bb60c7"] = []
C["ant-CN-middleEast-1020-20180525"] = [
    ev("disrupted_weapons_use", ("2018-05-23", "2018-05-25"), loc("Najran", "SA", 17.52, 44.18, 50),
       actor(*SAUDI_AD), actor("ميليشيات الحوثيين", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("shelling_artillery_missile_attack", ("2018-05-23", "2018-05-25"), loc("Najran", "SA", 17.52, 44.18, 50),
       actor("ميليشيات الحوثيين", "الحوثيين", "Houthis", "Ansar Allah"), None, optional=True),
]
C["snn-653d7997115d"] = [
    ev("government_regains_territory", ("2015-08-08", "2015-08-10"), loc("Zinjibar", "YE", 13.12871, 45.38073, 25),
       actor("المقاومة الشعبية اليمنية", "المقاومة الشعبية", "Popular Resistance", "Yemeni government forces", "Hadi forces"),
       actor("جماعة الحوثي", "الحوثي", "Houthis", "Ansar Allah", "المخلوع صالح", "Saleh forces")),
    ev("government_regains_territory", ("2015-08-09", "2015-08-09"), loc("Ibb", "YE", 14.07592, 44.166817, 100),
       actor("المقاومة الشعبية اليمنية", "المقاومة الشعبية", "Popular Resistance", "Yemeni government forces"),
       actor("جماعة الحوثي", "الحوثي", "Houthis", "Ansar Allah"), optional=True),
    ev("looting_property_destruction", ("2015-08-08", "2015-08-10"), loc("Donetsk", "UA", 48.0, 37.8, 50),
       None, actor("منظمة الأمن والتعاون في أوروبا", "OSCE"), optional=True),
]
C["ant-SK-middleEast-3821-20181011"] = []
C["snn-561cbe5e5d3a"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-11"), loc("Abha", "SA", 18.240883, 42.57006, 25),
       None, actor("جنودنا", "Saudi security forces"), optional=True),
]

C["ant-SK-middleEast-1059-20180416"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None, 100),
       actor("لندن وباريس وواشنطن", "United States", "United Kingdom", "France", "US-led coalition"), actor("Syrian government", "النظام السوري"), optional=True),
]
ISIS = ["Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "الدواعش"]
C["ant-SK-middleEast-2642-20180628"] = [
    ev("attack", ("2018-06-23", "2018-06-27"), loc("Baghdad-Kirkuk road", "IQ", None, None, 100),
       actor(*ISIS), actor("رهائن", "عناصر الشرطة العراقية", "قوات الحشد الشعبي", "Iraqi police", "Popular Mobilization Forces"),
       fatalities=[2, 99], optional=True),
    ev("air_drone_strike", ("2018-06-27", "2018-06-27"), loc("Iraq", "IQ", None, None, 100),
       actor("قواتنا الأمنية والعسكرية", "Iraqi security forces", "Iraqi military forces"), actor(*ISIS),
       fatalities=[10, 999], optional=True),
]
C["ant-SK-internationalNews-1236-20180428"] = []
COAL = ["Saudi-led coalition", "Arab Coalition", "التحالف العربي", "تحالف دعم الشرعية", "القوات البحرية للتحالف", "سفن القوات البحرية للتحالف"]
HOD_SEA = loc("Red Sea west of Hodeidah port", "YE", 14.80, 42.80, 50)
C["ant-SK-middleEast-759-20180403"] = [
    ev("attack", ("2018-04-03", "2018-04-03"), HOD_SEA,
       actor("ميليشيات الحوثي", "الحوثي", "Houthis", "Ansar Allah"), actor("ناقلة نفط سعودية", "Saudi oil tanker", "Civilians")),
    ev("armed_clash", ("2018-04-03", "2018-04-03"), HOD_SEA,
       actor("ميليشيات الحوثي", "الحوثي", "Houthis", "Ansar Allah"), actor(*COAL), optional=True),
    ev("disrupted_weapons_use", ("2018-04-03", "2018-04-03"), HOD_SEA,
       actor(*COAL), actor("ميليشيات الحوثي", "الحوثي", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-middleEast-744-20180402"] = []
C["snn-e909b9a94870"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Baghdad", "IQ", 33.34659, 44.423217, 25),
       actor("المتظاهرين", "Protesters", "Protesters (Iraq)"), None),
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Iraq", "IQ", None, None, 100),
       actor("المتظاهرين", "Protesters", "Protesters (Iraq)"), None, optional=True),
]

C["ant-SK-internationalNews-65-20180221"] = [
    ev("peaceful_protest", ("2018-02-20", "2018-02-20"), loc("Holot detention centre", "IL", 30.94, 34.37, 50),
       actor("المهاجرين الأفارقة", "African migrants", "Protesters"), None, optional=True),
]
LNA = ["الجيش الوطني الليبي", "الجيش الليبي", "قواتنا", "Libyan National Army", "LNA", "Haftar forces"]
DERNA_J = ["الجماعات الإرهابية", "جماعات متشددة على صلة بتنظيم القاعدة", "إرهابيين", "Derna Mujahideen Shura Council", "Derna Protection Force", "Islamist militants"]
C["ant-SK-middleEast-2318-20180611"] = [
    ev("armed_clash", ("2018-06-09", "2018-06-11"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor(*LNA), actor(*DERNA_J), fatalities=[2, 99]),
    ev("government_regains_territory", ("2018-06-09", "2018-06-10"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor(*LNA), actor(*DERNA_J), optional=True),
    ev("arrests", ("2018-06-09", "2018-06-11"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor(*LNA), actor(*DERNA_J), optional=True),
]
C["ant-CN-middleEast-477-20180404"] = []
C["snn-e963459bb55a"] = []
C["ant-SK-middleEast-3474-20180819"] = []
C["snn-6fdd7185453d"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc (Turkish border town)", "TR", 36.9764, 38.4250, 100),
       actor("انتحاري يشتبه بانتمائه لداعش", "Islamic State", "ISIS", "Daesh", "داعش"), actor("Civilians", "المدنيين"),
       fatalities=32, optional=True),
]

C["snn-a47dda84628d"] = []
C["snn-c4c7bbe694b1"] = []
IST = loc("Istanbul (US consulate)", "TR", 41.0082, 28.9784, 25)
C["snn-2e83e111b597"] = [
    ev("attack", ("2015-08-10", "2015-08-10"), IST,
       actor("مسلحان", "إمرأتان", "Gunmen"), actor("القنصلية الأميركية", "US consulate", "United States"), injured=1),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), IST,
       actor("مسلحان", "إمرأتان", "Gunmen"), actor("الشرطة التركية", "الشرطة", "Turkish police"), injured=1, optional=True),
    ev("arrests", ("2015-08-10", "2015-08-10"), IST,
       actor("الشرطة التركية", "الشرطة", "Turkish police"), actor("الامرأة", "Gunmen"), optional=True),
]
C["ant-SK-internationalNews-444-20180318"] = []
C["snn-fc1fa4b6c019"] = []
C["snn-e28e1641222e"] = []

HADI = ["القوات العسكرية الموالية لشرعية الرئيس عبد ربه منصور هادي", "المقاومة الشعبية", "الجيش الوطني", "Yemeni government forces", "Hadi forces", "Popular Resistance"]
HS = ["الميليشيات الحوثية", "الحوثيون", "المتمردون", "أتباع الرئيس المخلوع صالح", "Houthis", "Ansar Allah", "Saleh forces"]
C["snn-0c9b31b408d9"] = [
    ev("government_regains_territory", ("2015-08-02", "2015-08-06"), loc("Al-Anad air base", "YE", 13.176, 44.765, 25),
       actor(*HADI), actor(*HS)),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-08-06"), loc("Aden airport", "YE", 12.8295, 45.0288, 25),
       actor(*HS), None, optional=True),
    ev("government_regains_territory", ("2015-08-02", "2015-08-06"), loc("Al-Ashash village", "YE", None, None, 100),
       actor(*HADI), actor(*HS), optional=True),
]
C["ant-SK-economy-648-20180526"] = []
SYR = ["قوات النظام السوري", "قوات النظام", "Syrian government forces", "Syrian regime", "Syrian Arab Army"]
C["snn-d34e059224f2"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"), loc("Al-Maghayir, Old Aleppo", "SY", 36.2, 37.16, 25),
       actor(*SYR), actor("Civilians", "المدنيين"), fatalities=18, injured=[10, 99]),
    ev("abduction_forced_disappearance", ("2015-07-12", "2015-07-12"), loc("Aleppo region", "SY", 36.203685, 37.172617, 100),
       None, actor("ثلاثة من الصحافيين الإسبان", "Spanish journalists", "Journalists"), optional=True),
    ev("air_drone_strike", ("2015-07-08", "2015-07-08"), loc("Sarmada", "SY", 36.18553, 36.72231, 25),
       actor("ضربة جوية أمريكية", "United States", "US-led coalition", "US forces"), actor("محسن الفضلي", "جماعة خراسان", "تنظيم القاعدة", "Khorasan Group", "al-Qaeda"),
       fatalities=1, optional=True),
]
TRIP = loc("Tripoli", "LY", 32.885011, 13.189683, 25)
C["ant-SK-middleEast-3486-20180903"] = [
    ev("armed_clash", ("2018-09-02", "2018-09-02"), loc("Ain Zara, south Tripoli", "LY", 32.80, 13.23, 25),
       actor("جماعات مسلحة متناحرة", "Militias", "Armed groups"), actor("جماعات مسلحة متناحرة", "Militias", "Armed groups")),
    ev("mob_violence", ("2018-09-02", "2018-09-02"), loc("Ain Zara prison", "LY", 32.80, 13.23, 25),
       actor("سجين", "Prisoners"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-09-02", "2018-09-02"), TRIP,
       None, actor("مخيم لنازحي تاورغاء", "Tawergha IDPs", "Civilians", "نازحي تاورغاء"), fatalities=2, injured=7),
    ev("shelling_artillery_missile_attack", ("2018-09-01", "2018-09-03"), loc("Al Waddan hotel, central Tripoli", "LY", 32.8967, 13.1855, 25),
       None, actor("فندق الودان", "Civilians"), injured=3),
    ev("shelling_artillery_missile_attack", ("2018-09-01", "2018-09-03"), TRIP,
       None, actor("المؤسسة الوطنية للنفط", "National Oil Corporation"), optional=True),
]
C["snn-6d2db4e5880b"] = []
C["ant-CN-middleEast-1468-20181010"] = [
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Saudi consulate, Istanbul", "TR", 41.0796, 29.0086, 25),
       None, actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists"), optional=True),
    ev("other", ("2018-10-08", "2018-10-10"), loc("Idlib demilitarized zone", "SY", 35.78763, 36.679719, 100),
       None, None, optional=True),
]

C["ant-SK-internationalNews-1153-20180425"] = []
C["snn-60354c2908d4"] = [
    ev("air_drone_strike", ("2015-07-19", "2015-07-20"), loc("Fawj al-Milbiya, south of Hasakah", "SY", 36.42, 40.75, 25),
       actor("الجيش السوري", "التحالف الذي تقوده الولايات المتحدة", "Syrian government forces", "US-led coalition", "Syrian Arab Army"),
       actor("تنظيم داعش", "متطرفين أجانب", "Islamic State", "ISIS", "Daesh"), fatalities=6),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"), loc("Kobani", "SY", 36.8909, 38.3536, 25),
       None, actor("وحدات حماية الشعب الكردية", "YPG", "People's Protection Units"), optional=True),
]
C["snn-c7c8956acd92"] = [
    ev("agreement", ("2015-07-26", "2015-07-27"), loc("Yemen", "YE", None, None, 100),
       actor("قيادة التحالف لدعم الشرعية", "Saudi-led coalition", "Arab Coalition"), actor("الحوثيين", "Houthis"), optional=True),
]
JAZ = loc("Jazan", "SA", 16.8892, 42.5511, 25)
C["ant-SK-middleEast-1838-20180521"] = [
    ev("disrupted_weapons_use", ("2018-05-21", "2018-05-21"), JAZ,
       actor("قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "Royal Saudi Air Defense", "Saudi Arabia", "Saudi-led coalition"),
       actor("الحوثيون", "الميليشيا الحوثية", "Houthis", "Ansar Allah"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-05-21", "2018-05-21"), JAZ,
       actor("الحوثيون", "الميليشيا الحوثية", "Houthis", "Ansar Allah"), actor("Civilians"), fatalities=0, injured=0, optional=True),
]
C["snn-aa314742913e"] = []
C["snn-bdcf73aed13d"] = []

C["ant-CN-middleEast-820-20180506"] = []
IDF = ["الجيش الإسرائيلي", "جنودنا", "قواتنا", "Israeli army", "IDF", "Israel Defense Forces", "Israeli forces"]
GAZA = loc("Gaza Strip eastern border", "PS", 31.42, 34.38, 30)
C["ant-CN-middleEast-1499-20181012"] = [
    ev("excessive_force_against_protesters", ("2018-10-12", "2018-10-12"), GAZA,
       actor(*IDF), actor("فلسطينيين", "Palestinian protesters", "Protesters", "Palestinians"), fatalities=6, injured=192),
    ev("protest_with_intervention", ("2018-10-12", "2018-10-12"), GAZA,
       actor("فلسطينيين", "Palestinian protesters", "Protesters", "Palestinians"), actor(*IDF), fatalities=6, injured=192, optional=True),
    ev("armed_clash", ("2018-10-12", "2018-10-12"), loc("southern Gaza Strip fence", "PS", 31.30, 34.30, 30),
       actor(*IDF), actor("مجموعة مخربين", "المخربين", "Palestinian militants"), optional=True),
    ev("remote_explosive_landmine_ied", ("2018-10-12", "2018-10-12"), loc("southern Gaza Strip fence", "PS", 31.30, 34.30, 30),
       actor("مجموعة مخربين", "المخربين", "Palestinian militants"), actor(*IDF), optional=True),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Saudi consulate, Istanbul", "TR", 41.0796, 29.0086, 25),
       None, actor("جمال خاشقجي", "Jamal Khashoggi", "Journalists"), optional=True),
]
C["snn-744efff0873c"] = []
C["ant-SK-middleEast-2656-20180629"] = [
    ev("government_regains_territory", ("2018-06-28", "2018-06-28"), loc("Derna (al-Bilad district)", "LY", 32.76704, 22.63669, 25),
       actor("الجيش الوطني الليبي", "الجيش", "Libyan National Army", "LNA", "Haftar forces"),
       actor("المجموعات المتطرفة المرتبطة بتنظيم القاعدة", "الإرهاب", "المتشددين", "al-Qaeda", "Derna Mujahideen Shura Council", "Derna Protection Force", "Islamist militants")),
    ev("armed_clash", ("2018-06-15", "2018-06-28"), loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("الجيش الوطني الليبي", "الجيش", "Libyan National Army", "LNA", "Haftar forces"),
       actor("المتشددين", "تنظيم القاعدة", "عطية الشاعري", "al-Qaeda", "Derna Mujahideen Shura Council", "Islamist militants"), fatalities=[1, 99], optional=True),
]
C["ant-SK-internationalNews-3109-20180901"] = []
FARM = actor("المزارعون", "المزارعين الأوروبيين", "Farmers", "Protesters")
C["snn-27bec6783652"] = [
    ev("peaceful_protest", ("2015-07-20", "2015-07-27"), loc("Libramont", "BE", 49.92, 5.38, 25), FARM, None, optional=True),
    ev("peaceful_protest", ("2015-07-20", "2015-07-27"), loc("Lyon", "FR", 45.764, 4.8357, 25), FARM, None, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-48.jsonl"))
