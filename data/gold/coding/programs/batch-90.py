import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات الحوثي", "الميليشيات الحوثية", "المليشيات الحوثية", "الحوثيين", "الحوثي", "Houthis", "Ansar Allah", "Houthi militia"]

C["snn-5633d35bfdd2"] = []
C["snn-0756d5d68a6c"] = []
C["ant-SK-middleEast-1678-20180509"] = [
    ev("disrupted_weapons_use", ("2018-05-08", "2018-05-09"), loc("Jazan", "SA", 16.889, 42.570, 25),
       actor("قوات الدفاع الجوي الملكي السعودي", "الدفاع الجوي السعودي", "Royal Saudi Air Defense", "Saudi Air Defense", "Saudi Arabia", "قوات تحالف دعم الشرعية", "Saudi-led coalition"),
       actor(*HOUTHI)),
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-09"), loc("Jazan", "SA", 16.889, 42.570, 25),
       actor(*HOUTHI), None, optional=True),
]
C["snn-4742711f2072"] = []
C["snn-18aef7ed7663"] = []
C["snn-8cc626d15799"] = []
C["snn-a3bb23041c2b"] = []
C["ant-SK-middleEast-1721-20180515"] = [
    ev("attack", ("2015-02-01", "2015-02-28"), loc("Sirte", "LY", 31.205, 16.588, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       actor("20 مسيحيا مصريا", "المسيحيين", "Civilians", "Coptic Christians", "Egyptian Christians"),
       fatalities=21, optional=True),
]
C["snn-d9c59ff9efbc"] = []
C["snn-8d12de6cefe8"] = []
C["ant-SK-sport-1655-20180615"] = []
C["snn-c759a51d7e71"] = []

C["ant-CN-internationalNews-546-20180902"] = [
    ev("attack", ("2018-08-31", "2018-08-31"), loc("Amsterdam Central Station", "NL", 52.379, 4.900, 25),
       None, actor("Civilians", "شخصين"), injured=2, optional=True),
    ev("peaceful_protest", ("2018-08-26", "2018-08-30"), loc("Chemnitz", "DE", 50.833, 12.917, 25),
       actor("Anti-immigrant protesters", "تظاهرات معادية للمهاجرين", "Protesters"), None, optional=True),
    ev("attack", ("2018-08-28", "2018-08-30"), loc("northern Germany", "DE", None, None),
       None, actor("رجل سوري", "Civilians", "Syrian refugee"), optional=True),
]
C["ant-SK-middleEast-28-20180223"] = []
C["ant-CN-middleEast-327-20180321"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-21", "2018-03-21"), loc("Saada airport", "YE", 16.940, 43.764, 25),
       actor(*HOUTHI), actor("التحالف العربي", "قوات التحالف", "مقاتلات التحالف", "Arab Coalition", "Saudi-led coalition"), fatalities=0),
    ev("air_drone_strike", ("2018-03-21", "2018-03-21"), loc("Saada airport", "YE", 16.940, 43.764, 25),
       actor("التحالف العربي", "قوات التحالف", "مقاتلات التحالف", "Arab Coalition", "Saudi-led coalition"), actor(*HOUTHI), optional=True),
]
C["ant-SK-middleEast-3822-20181011"] = [
    ev("arrests", ("2018-10-07", "2018-10-09"), loc("Baghdad", "IQ", 33.34, 44.40, 25),
       actor("التحالف", "قوة مهام مشتركة", "قوات عراقية خاصة", "US-led coalition", "International coalition", "Iraqi Special Forces", "Iraqi security forces"),
       actor("شبكة الراوي المالية", "داعش", "تنظيم داعش", "Rawi network", "Islamic State", "ISIS")),
    ev("arrests", ("2018-10-07", "2018-10-09"), loc("Erbil", "IQ", 36.19, 44.01, 25),
       actor("التحالف", "قوة مهام مشتركة", "قوات عراقية خاصة", "US-led coalition", "International coalition", "Iraqi Special Forces", "Iraqi security forces"),
       actor("شبكة الراوي المالية", "داعش", "تنظيم داعش", "Rawi network", "Islamic State", "ISIS")),
]
C["snn-1bfe3d48ee24"] = []
C["ant-SK-internationalNews-1508-20180510"] = []

C["ant-SK-technology-1588-20181009"] = []
RES = ["قوات المقاومة اليمنية المشتركة", "المقاومة اليمنية", "قوات المقاومة", "Joint Resistance Forces", "Yemeni Joint Resistance", "Yemeni government forces"]
COAL = ["التحالف العربي", "مقاتلات التحالف العربي", "طائرات الأباتشي", "Arab Coalition", "Saudi-led coalition"]
C["ant-SK-middleEast-2966-20180718"] = [
    ev("armed_clash", ("2018-07-18", "2018-07-18"), loc("At Tuhayta district", "YE", 14.18, 43.23, 30),
       actor(*RES), actor(*HOUTHI, "ميليشيات الحوثي الموالية لإيران"), fatalities=7, injured=[2, 99]),
    ev("air_drone_strike", ("2018-07-18", "2018-07-18"), loc("east of At Tuhayta", "YE", 14.18, 43.23, 30),
       actor(*COAL), actor(*HOUTHI)),
]
C["ant-SK-middleEast-621-20180328"] = []
C["snn-e53662613ba9"] = []
C["ant-SK-internationalNews-1573-20180514"] = []
GOV = ["قوات الجيش الوطني", "الجيش الوطني", "الجيش اليمني", "قوات اللواء 84", "Yemeni army", "Yemeni National Army", "Yemeni government forces", "Military Forces of Yemen"]
HUT2 = HOUTHI + ["ميليشيا الحوثي الانقلابية", "المليشيا الحوثية", "المليشيا", "الميليشيات الانقلابية"]
D = ("2018-07-06", "2018-07-08")
C["ant-SK-middleEast-2806-20180708"] = [
    ev("government_regains_territory", D, loc("Kitaf district (Zour and Khashba mountains)", "YE", 17.03, 44.11, 30),
       actor(*GOV), actor(*HUT2), fatalities=10, injured=[2, 99]),
    ev("armed_clash", D, loc("Kitaf district (Jabal Atis, Jabal al-Malil)", "YE", 17.03, 44.11, 30),
       actor(*GOV), actor(*HUT2)),
    ev("air_drone_strike", D, loc("Saada governorate", "YE", 16.94, 43.76, 100),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Arab Coalition", "Saudi-led coalition"), actor(*HUT2), optional=True),
    ev("government_regains_territory", D, loc("At Tuhayta", "YE", 14.18, 43.23, 25),
       actor(*GOV, "مقاتلي المقاومة الشعبية", "Popular Resistance"), actor(*HUT2), fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", D, loc("Zabid (edges of Wadi Zabid, al-Qurayshiya)", "YE", 14.20, 43.32, 25),
       actor("قوات العمالقة", "Giants Brigades", "Al-Amaliqa", *GOV), actor(*HUT2)),
    ev("armed_clash", D, loc("al-Mughras and al-Suwaiq, SW of At Tuhayta", "YE", 14.15, 43.18, 30),
       actor("قوات العمالقة", "Giants Brigades", *GOV), actor(*HUT2), optional=True),
    ev("armed_clash", D, loc("Al Quraishyah district, Al Bayda", "YE", 14.59, 44.90, 30),
       actor(*GOV, "مقاتلي المقاومة الشعبية", "Popular Resistance"), actor(*HUT2), fatalities=[2, 99], injured=[2, 99]),
]

C["ant-SK-middleEast-2070-20180531"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-27", "2018-05-31"), loc("Israeli cities near Gaza", "IL", None, None),
       actor("حماس", "Hamas"), actor("Israel", "إسرائيل"), optional=True),
]
C["ant-SK-middleEast-3519-20180907"] = [
    ev("air_drone_strike", ("2018-09-07", "2018-09-07"), loc("Al-Hubait", "SY", 35.4386, 36.5383, 25),
       actor("طائرات روسية", "Russia", "Russian air force", "Russian Armed Forces"),
       actor("هيئة تحرير الشام", "النصرة", "حركة أحرار الشام", "Hayat Tahrir al-Sham", "HTS", "Ahrar al-Sham", "فصائل معارضة"),
       fatalities=2, injured=18),
]
C["ant-SK-internationalNews-3134-20180907"] = []
C["snn-503c0e46e3af"] = [
    ev("peaceful_protest", ("2015-07-18", "2015-07-22"), loc("Australia", "AU", None, None),
       actor("التظاهرات المعادية للإسلام", "Anti-Islam protesters", "Protesters"), None, optional=True),
]
C["ant-CN-middleEast-21-20180219"] = []
C["ant-SK-middleEast-2227-20180607"] = [
    ev("air_drone_strike", ("2018-06-04", "2018-06-05"), loc("Hodeidah (Fifth Military Region command)", "YE", 14.7966, 42.9452, 25),
       actor("قوات التحالف العربي", "التحالف العربي", "Arab Coalition", "Saudi-led coalition"),
       actor(*HOUTHI, "ميليشيات الحوثي الموالية لإيران"), fatalities=9),
]

C["snn-12fbc41054c8"] = []
TUR = ["الجيش التركي", "الجيشين التركي والسوري الحر", "القوات التركية", "الجيش السوري الحر", "مقاتلي غصن الزيتون", "Turkish Armed Forces", "Turkey", "Free Syrian Army", "FSA"]
YPG = ["وحدات حماية الشعب الكردي", "المقاتلين الأكراد", "YPG", "People's Protection Units", "Kurdish fighters"]
C["ant-SK-middleEast-590-20180327"] = [
    ev("armed_clash", ("2018-03-26", "2018-03-27"), loc("Tal Rifaat", "SY", 36.4736, 37.0967, 25),
       actor(*TUR), actor(*YPG), optional=True),
    ev("agreement", ("2018-03-25", "2018-03-27"), loc("Tal Rifaat", "SY", 36.4736, 37.0967, 25),
       actor("الأتراك", "Turkey", "Turkish Armed Forces"), actor("الروس", "Russia", "Russian Armed Forces"), optional=True),
    ev("government_regains_territory", ("2018-03-18", "2018-03-24"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor(*TUR), actor(*YPG), optional=True),
]
C["ant-SK-middleEast-1521-20180509"] = []
C["ant-SK-middleEast-27-20180223"] = []
C["snn-45c1e24c29cb"] = [
    ev("attack", ("2015-07-16", "2015-07-16"), loc("Chattanooga, Tennessee", "US", 35.05, -85.31, 200),
       actor("محمد يوسف عبدالعزيز", "Muhammad Youssef Abdulazeez"), actor("جنود أمريكيين", "US military", "Military Forces of the United States"),
       fatalities=[5, 6], optional=True),
]
C["ant-SK-internationalNews-3190-20180910"] = []

IS = ["تنظيم داعش", "داعش", "عصابات داعش", "Islamic State", "ISIS", "Daesh"]
C["snn-4ca3b6e79477"] = [
    ev("government_regains_territory", ("2015-07-26", "2015-07-26"), loc("Anbar University, Ramadi", "IQ", 33.41, 43.27, 25),
       actor("القوات العراقية", "قوات الفرقة الذهبية", "قوات مكافحة الارهاب", "جهاز مكافحة الارهاب", "الجيش العراقي", "Iraqi Counter Terrorism Service", "Golden Division", "Iraqi army", "Iraqi security forces"),
       actor(*IS), fatalities=29, injured=15),
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), loc("Kubrat area, Diyala-Kirkuk border", "IQ", 34.70, 44.80, 100),
       actor("طيران التحالف الدولي", "التحالف الدولي", "International coalition", "US-led coalition"), actor(*IS), fatalities=11, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-26"), loc("al-Uruba, Baqubah", "IQ", 33.7466, 44.6437, 25),
       None, actor("Civilians", "مدنيا", "المدنيين"), fatalities=11, injured=13),
    ev("armed_clash", ("2015-07-17", "2015-07-27"), loc("Fallujah", "IQ", 33.3558, 43.7861, 25),
       actor("القوات الأمنية العراقية", "الحشد الشعبي", "Iraqi security forces", "Popular Mobilization Forces"), actor(*IS), optional=True),
]
C["snn-3e21bed49a1d"] = []
C["snn-60de32fe8aaf"] = []
C["snn-fd7d1960a5a5"] = [
    ev("suicide_bomb", ("2015-07-21", "2015-07-23"), loc("al-Shurta al-Rabia, Baghdad", "IQ", 33.27, 44.33, 25),
       actor(*IS), actor("عناصر الحشد", "الحشد الرافضي", "Popular Mobilization Forces", "Civilians"), fatalities=20),
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-23"), loc("al-Shurta al-Rabia, Baghdad", "IQ", 33.27, 44.33, 25),
       actor(*IS), actor("عناصر الحشد", "الحشد الرافضي", "Popular Mobilization Forces", "Civilians"), fatalities=20, optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-23"), loc("Qara Tappa (al-Kusaiba villages, Hamrin)", "IQ", 34.4328, 44.9348, 25),
       actor("قوات البيشمركة الكردية", "البيشمركة", "Peshmerga", "Kurdish Regional Government"), actor(*IS), fatalities=11),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-23"), loc("Balad Ruz", "IQ", 33.6963, 45.0778, 25),
       None, actor("Civilians", "مدنيين")),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-23"), loc("Muqdadiya", "IQ", 33.9786, 44.9369, 25),
       None, actor("Civilians", "مدنيين")),
]
C["snn-671667db1229"] = [
    ev("arrests", ("2015-07-10", "2015-07-14"), loc("France", "FR", None, None),
       actor("French security forces", "Police Forces of France", "الأجهزة الفرنسية"), actor("المشتبه بهم الثلاثة", "Islamic State sympathizers"), optional=True),
]
C["snn-dc683c531232"] = []

RES2 = ["قوات المقاومة اليمنية المشتركة", "المقاومة اليمنية", "قوات التحالف العربي", "القوات المسلحة الإماراتية", "Joint Resistance Forces", "Yemeni government forces", "Arab Coalition", "Saudi-led coalition", "UAE Armed Forces"]
C["ant-SK-middleEast-2365-20180614"] = [
    ev("government_regains_territory", ("2018-06-13", "2018-06-14"), loc("Ad Durayhimi district", "YE", 14.637, 43.055, 30),
       actor(*RES2), actor(*HOUTHI)),
    ev("government_regains_territory", ("2018-06-13", "2018-06-14"), loc("Hodeidah airport area", "YE", 14.753, 42.976, 25),
       actor(*RES2), actor(*HOUTHI)),
    ev("air_drone_strike", ("2018-06-13", "2018-06-14"), loc("Hodeidah front", "YE", 14.75, 42.98, 30),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Arab Coalition", "Saudi-led coalition"), actor(*HOUTHI), optional=True),
]
C["ant-SK-middleEast-2100-20180602"] = [
    ev("peaceful_protest", ("2018-05-26", "2018-06-02"), loc("Hodeidah", "YE", 14.7966, 42.9452, 30),
       actor("المصلين", "Protesters", "Civilians"), None, optional=True),
]
C["ant-SK-internationalNews-2576-20180710"] = [
    ev("suicide_bomb", ("2018-07-10", "2018-07-10"), loc("Peshawar", "PK", 34.008, 71.578, 50),
       None, actor("رابطة عوامي القومية", "Awami National Party", "ANP", "هارون بيلور", "Haroon Bilour", "Civilians"),
       fatalities=12, injured=32),
]
C["ant-SK-economy-190-20180321"] = []
C["snn-bbe0292829d9"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-90.jsonl"))
