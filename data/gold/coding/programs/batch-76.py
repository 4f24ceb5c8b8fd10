import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات الحوثي", "مليشيات الحوثي", "الحوثي", "الحوثيين", "الميليشيات", "الانقلابيين", "Houthis", "Ansar Allah", "Houthi militia"]
COAL = ["التحالف العربي", "مقاتلات التحالف العربي", "التحالف", "Saudi-led coalition", "Arab Coalition"]

C["snn-2d35662314ae"] = []
C["snn-e94a2cb40f5a"] = []
C["snn-0bc650de9292"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-23"),
       loc("Al Marwah, Al-Harth", "SA", 16.80733, 43.13226, 25),
       None, actor("Civilians", "مواطن", "مدنيين"), fatalities=None, injured=1),
]
C["snn-cac06c517f8c"] = [
    ev("armed_clash", ("2015-08-09", "2015-08-10"),
       loc("Jebel Samama, Kasserine", "TN", 35.23, 8.68, 30),
       actor("قوات الأمن التونسي", "الأمن التونسي", "Tunisian security forces", "Security Forces of Tunisia", "Police Forces of Tunisia"),
       actor("إرهابيا", "الإرهابيين", "Militants", "Terrorists", "Unidentified Armed Group"),
       fatalities=1, injured=None),
    ev("arrests", ("2015-08-09", "2015-08-10"),
       loc("Jebel Samama, Kasserine", "TN", 35.23, 8.68, 30),
       actor("قوات الأمن التونسي", "الأمن التونسي", "Tunisian security forces", "Security Forces of Tunisia"),
       actor("إرهابيا", "الإرهابيين", "Militants", "Terrorists"), optional=True),
]
C["ant-SK-economy-1239-20180903"] = []
C["ant-SK-middleEast-3290-20180808"] = [
    ev("air_drone_strike", ("2018-08-06", "2018-08-08"),
       loc("Ad Durayhimi", "YE", 14.63702, 43.05505, 30),
       actor(*COAL), actor(*HOUTHI), fatalities=[3, 100]),
    ev("armed_clash", ("2018-08-07", "2018-08-08"),
       loc("Ad Durayhimi", "YE", 14.63702, 43.05505, 30),
       actor("المقاومة اليمنية المشتركة", "المقاومة اليمنية", "ألوية العمالقة", "قوات الوية العمالقة", "Yemeni Joint Resistance", "Giants Brigades", "Military Forces of Yemen (Hadi)"),
       actor(*HOUTHI), fatalities=[16, 17]),
    ev("armed_clash", ("2018-08-06", "2018-08-08"),
       loc("Zabid", "YE", 14.196411, 43.316688, 25),
       actor("المقاومة اليمنية", "Yemeni Joint Resistance", "Military Forces of Yemen (Hadi)"),
       actor(*HOUTHI), optional=True),
    ev("abduction_forced_disappearance", ("2018-08-06", "2018-08-08"),
       loc("Bayt al Faqih", "YE", 14.466804, 43.289929, 30),
       actor(*HOUTHI), actor("أبناء قبيلة الزرانيق", "قبيلة الزرانيق", "الزرانيق", "Zaraniq tribe", "Civilians")),
]
C["ant-SK-internationalNews-1768-20180525"] = []
C["ant-CN-middleEast-372-20180325"] = [
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-25"),
       loc("Riyadh (north-east)", "SA", 24.702524, 46.821833, 50),
       actor("قوات الدفاع الجوي السعودية", "قوات الدفاع الجوي السعودي", "الدفاعات الجوية", "Royal Saudi Air Defense Forces", "Military Forces of Saudi Arabia", "Saudi air defense"),
       actor("الحوثيون", "الحوثي", "أنصار الله", "Houthis", "Ansar Allah")),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-25"),
       loc("Riyadh (north-east)", "SA", 24.702524, 46.821833, 50),
       actor("الحوثيون", "الحوثي", "أنصار الله", "Houthis", "Ansar Allah"),
       None, optional=True),
    ev("disrupted_weapons_use", ("2017-12-01", "2017-12-31"),
       loc("Riyadh", "SA", 24.702524, 46.821833, 50),
       actor("السعودية", "Military Forces of Saudi Arabia", "Saudi air defense"),
       actor("الحوثيون", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-middleEast-3076-20180723"] = [
    ev("armed_clash", ("2018-07-23", "2018-07-23"),
       loc("Erbil (governorate building)", "IQ", 36.192692, 44.02008, 25),
       actor("مسلحان", "المسلحين", "مسلحين اثنين", "Unidentified Armed Group", "Gunmen"),
       actor("القوات الأمنية", "القوات الأمنية الكردية", "القوات الكردية", "قوات الشرطة", "شرطي", "Kurdish security forces", "Police Forces of Iraq (Kurdistan Regional Government)", "Asayish"),
       fatalities=None, injured=1),
    ev("attack", ("2018-07-23", "2018-07-23"),
       loc("Erbil (governorate building)", "IQ", 36.192692, 44.02008, 25),
       actor("مسلحان", "المسلحين", "Unidentified Armed Group", "Gunmen"),
       actor("شرطي", "Police Forces of Iraq (Kurdistan Regional Government)", "Civilians"),
       injured=1, optional=True),
]
C["ant-SK-internationalNews-1365-20180505"] = [
    ev("other", ("2018-04-01", "2018-05-03"),
       loc("Djibouti", "DJ", 11.59, 43.15, 50),
       actor("الصين", "China", "Military Forces of China"),
       actor("طيارين أميركيين", "Military Forces of the United States", "US pilots"),
       optional=True),
]
C["snn-1cc95c9fe84b"] = []
REG = ["طائرات نظام بشار الأسد", "طائرات النظام الحربية", "طائرات النظام", "نظام الأسد", "قوات النظام", "Syrian government forces", "Military Forces of Syria", "Syrian regime", "Syrian Air Force"]
CIV = ["Civilians", "مدنيا", "مدنيًا", "المدنيين"]
C["snn-4ad1ca2aa981"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"),
       loc("Manbij", "SY", 36.52815, 37.95495, 25),
       actor(*REG), actor(*CIV), fatalities=21, injured=[10, 99]),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"),
       loc("Deir Hafer", "SY", 36.15694, 37.70778, 25),
       actor(*REG), actor(*CIV), fatalities=[0, 7]),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"),
       loc("Deir Hafer", "SY", 36.15694, 37.70778, 25),
       actor(*REG), actor(*CIV), fatalities=[0, 7], optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"),
       loc("Aisha village (Aleppo NE countryside)", "SY", None, None),
       actor(*REG), actor(*CIV), fatalities=[0, 7]),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"),
       loc("Aisha village (Aleppo NE countryside)", "SY", None, None),
       actor(*REG), actor(*CIV), fatalities=[0, 7], optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"),
       loc("Maarasta al-Khan", "SY", 36.47, 37.08, 30),
       actor(*REG), None),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"),
       loc("Mayer", "SY", 36.38711, 37.0245, 25),
       actor(*REG), None),
]
HOUSAL = ["الحوثيين", "الحوثيون", "مليشيات الحوثي", "ميليشيات الحوثي", "قوات صالح", "قوات الرئيس المخلوع علي عبدالله صالح", "المسلحين الحوثيين", "المتمردين", "الانقلابيين", "Houthis", "Ansar Allah", "Saleh loyalists", "Military Forces of Yemen (Saleh)"]
RES = ["المقاومة الشعبية", "المقاومة", "وحدات الجيش", "الجيش", "Popular Resistance", "Yemeni Popular Resistance", "Military Forces of Yemen (Hadi)", "Yemeni army"]
COAL2 = ["طيران التحالف العربي", "طيران التحالف", "التحالف العربي", "قوات التحالف", "طائرات حربية عربية", "Saudi-led coalition", "Arab Coalition"]
D = ("2015-07-20", "2015-07-22")
C["snn-5d2397a67c97"] = [
    ev("armed_clash", D, loc("Taiz city (Al-Arbaeen St, Hawdh al-Ashraf, al-Nuqta al-Rabi')", "YE", 13.57825, 44.017666, 25),
       actor(*RES), actor(*HOUSAL)),
    ev("government_regains_territory", D, loc("Taiz governorate", "YE", 13.57825, 44.017666, 100),
       actor(*RES), actor(*HOUSAL), optional=True),
    ev("armed_clash", D, loc("Aden (Al-Maashiq, Crater)", "YE", 12.77522, 45.03862, 25),
       actor(*RES), actor(*HOUSAL), fatalities=17),
    ev("air_drone_strike", D, loc("Abyan (15th Infantry Brigade camp, central prison)", "YE", 13.12871, 45.38073, 100),
       actor(*COAL2), actor(*HOUSAL)),
    ev("shelling_artillery_missile_attack", D, loc("Taiz (Al-Thawra hospital)", "YE", 13.57825, 44.017666, 25),
       actor(*HOUSAL), actor("Civilians", "مستشفى الثورة العام", "الأحياء السكنية")),
    ev("shelling_artillery_missile_attack", D, loc("Taiz (near Jabal al-Jarra)", "YE", 13.57825, 44.017666, 25),
       actor(*HOUSAL), actor("Civilians", "الأحياء السكنية"), optional=True),
    ev("armed_clash", D, loc("Sanaa (Tahrir, Central Bank)", "YE", 15.463615, 44.237884, 25),
       actor(*RES), actor(*HOUSAL), fatalities=6, injured=[2, 99]),
    ev("air_drone_strike", D, loc("Bayhan, Shabwa", "YE", 14.80, 45.72, 50),
       actor(*COAL2), actor(*HOUSAL), fatalities=20),
    ev("armed_clash", D, loc("Shabwa", "YE", 14.53, 46.83, 150),
       actor("قبائل شبوة", "Shabwa tribes", "Popular Resistance"), actor(*HOUSAL), optional=True),
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Dar Saad, Aden", "YE", 12.909453, 44.977881, 25),
       actor(*HOUSAL), actor(*(COAL2 + RES))),
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Al-Alam, Aden", "YE", 12.88, 45.13, 30),
       actor(*HOUSAL), actor(*(COAL2 + RES))),
    ev("air_drone_strike", ("2015-07-21", "2015-07-21"), loc("Aden (northern districts)", "YE", 12.85, 45.0, 30),
       actor(*COAL2), actor(*HOUSAL), optional=True),
]
C["snn-44f3a6579b14"] = [
    ev("arrests", ("2015-08-10", "2015-08-10"), loc("Beit Hanina, Jerusalem", "PS", 31.841582, 35.221629, 25),
       actor("قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "Israeli forces", "Military Forces of Israel", "Israeli occupation forces"),
       actor("شاب", "Civilians", "Palestinians", "Civilians (Palestine)")),
]
PROT = ["محتجون", "المتظاهرين", "Protesters", "Protesters (Iraq)"]
DP = ("2018-07-13", "2018-07-17")
C["ant-SK-middleEast-2935-20180717"] = [
    ev("arrests", ("2018-07-15", "2018-07-17"), loc("Basra", "IQ", 30.50852, 47.7804, 25),
       actor("السلطات الأمنية العراقية", "Iraqi security forces", "Police Forces of Iraq", "Military Forces of Iraq"),
       actor("الشبان", "Protesters", "Protesters (Iraq)")),
    ev("peaceful_protest", DP, loc("Basra", "IQ", 30.50852, 47.7804, 50), actor(*PROT), None, optional=True),
    ev("peaceful_protest", DP, loc("Dhi Qar (Nasiriyah)", "IQ", 31.05799, 46.25726, 100), actor(*PROT), None, optional=True),
    ev("peaceful_protest", DP, loc("Najaf", "IQ", 32.02594, 44.34625, 50), actor(*PROT), None, optional=True),
    ev("peaceful_protest", DP, loc("Babil (Hillah)", "IQ", 32.46367, 44.41963, 100), actor(*PROT), None, optional=True),
    ev("violent_demonstration", DP, loc("Najaf airport", "IQ", 31.99, 44.40, 25), actor(*PROT), None, optional=True),
]
C["ant-CN-middleEast-1069-20180601"] = [
    ev("arrests", ("2017-03-01", "2017-03-31"), loc("United Arab Emirates", "AE", None, None),
       actor("السلطات الإماراتية", "UAE authorities", "Police Forces of the United Arab Emirates"),
       actor("أحمد منصور", "الشحي", "Ahmed Mansoor"), optional=True),
]
C["ant-SK-middleEast-3626-20180911"] = []
C["ant-SK-internationalNews-2238-20180620"] = []
C["ant-SK-middleEast-2723-20180703"] = []
BH = ["بوكو حرام", "حركة بوكو حرام", "Boko Haram", "Islamic State West Africa Province", "ISWAP", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"]
CIV2 = ["Civilians", "المدنيين", "مدنيين"]
C["snn-92e4a076e76a"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Maroua (central market, Hausa quarter)", "CM", 10.5956, 14.3247, 25),
       actor(*(BH + ["فتاتين", "فتاتان"])), actor(*CIV2), fatalities=11, injured=32),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-22"), loc("Gombe (Dadin Kowa bus station)", "NG", 10.2897, 11.1673, 25),
       actor(*BH), actor(*CIV2), fatalities=[12, 46]),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-22"), loc("Gombe (Dukku bus station)", "NG", 10.2897, 11.1673, 25),
       actor(*BH), actor(*CIV2), fatalities=[30, 46]),
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Gombe (Dadin Kowa bus station)", "NG", 10.2897, 11.1673, 25),
       actor(*BH), actor(*CIV2), fatalities=[12, 46], optional=True),
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Gombe (Dukku bus station)", "NG", 10.2897, 11.1673, 25),
       actor(*BH), actor(*CIV2), fatalities=[30, 46], optional=True),
    ev("suicide_bomb", ("2015-07-12", "2015-07-12"), loc("Fotokol", "CM", 12.373, 14.218, 25),
       actor(*(BH + ["انتحاريتان"])), actor(*CIV2), fatalities=11, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-16", "2015-07-16"), loc("Gombe (market)", "NG", 10.2897, 11.1673, 25),
       actor(*BH), actor(*CIV2), fatalities=49, optional=True),
]
C["snn-ae02f712e57c"] = []
LNA = ["القوات الخاصة الليبية", "قوات الصاعقة", "الجيش الليبي", "Libyan National Army", "LNA", "Saiqa Forces", "Military Forces of Libya (Haftar)"]
TER = ["الجماعات الإرهابية", "Islamist militias", "Benghazi Revolutionaries Shura Council", "Islamic State", "Militants"]
C["snn-d9f5a3d32279"] = [
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Benghazi (Laithi, Bu Atni)", "LY", 32.108301, 20.147777, 25),
       actor(*LNA), actor(*TER), fatalities=None, optional=True),
    ev("armed_clash", ("2015-07-29", "2015-07-31"), loc("Benghazi (Sabri, Souq al-Hout)", "LY", 32.13333, 20.06667, 25),
       actor(*LNA), actor(*TER), optional=True),
]
C["snn-f035ead0be76"] = []
C["snn-46897baea51e"] = []
C["snn-1b36540ca58b"] = []
C["ant-SK-middleEast-3552-20180907"] = []
IS = ["داعش", "ميليشيات داعش", "عناصر داعش", "مسلحي داعش", "Islamic State", "ISIS", "ISIL", "Daesh"]
USC = ["قوات التحالف الذي تقوده الولايات المتحدة", "قوات التحالف", "US-led coalition", "International Coalition", "Operation Inherent Resolve"]
C["snn-14a706b9a7d2"] = [
    ev("air_drone_strike", ("2015-08-02", "2015-08-02"), loc("near Mosul", "IQ", 36.34, 43.13, 50),
       actor(*USC), actor(*IS)),
    ev("air_drone_strike", ("2015-08-02", "2015-08-02"), loc("near Ramadi", "IQ", 33.42056, 43.30778, 50),
       actor(*USC), actor(*IS)),
    ev("government_regains_territory", ("2015-08-02", "2015-08-04"), loc("Al-Sakra area, western Anbar (near Haditha/Baghdadi)", "IQ", 34.0, 42.5, 75),
       actor("القوات الأمنية", "متطوعي العشائر", "Iraqi security forces", "Military Forces of Iraq", "Tribal volunteers"), actor(*IS), optional=True),
    ev("looting_property_destruction", ("2015-08-03", "2015-08-03"), loc("Ramadi (bridges: Street 60-Malaab, Malaab-Tash)", "IQ", 33.42056, 43.30778, 25),
       actor(*IS), None),
    ev("remote_explosive_landmine_ied", ("2015-08-03", "2015-08-03"), loc("Ramadi (bridges)", "IQ", 33.42056, 43.30778, 25),
       actor(*IS), None, optional=True),
]
C["ant-CN-internationalNews-181-20180325"] = [
    ev("peaceful_protest", ("2018-03-24", "2018-03-24"), loc("United States", "US", None, None),
       actor("المتظاهرين", "Protesters", "Protesters (United States)", "March for Our Lives"), None, optional=True),
]
C["snn-fbe4de887601"] = []
HOU = ["ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات الانقلابية", "الحوثيين", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-199-20180310"] = [
    ev("abduction_forced_disappearance", ("2018-03-01", "2018-03-10"), loc("Yemen", "YE", None, None),
       actor(*HOU), actor("موظفي الأمم المتحدة", "UN staff", "United Nations", "Civilians"), optional=True),
    ev("abduction_forced_disappearance", ("2018-02-20", "2018-02-28"), loc("Yemen", "YE", None, None),
       actor(*HOU), actor("موظف", "UN staff", "United Nations", "Civilians"), optional=True),
]
C["snn-3d463e58dd04"] = [
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), loc("near Ramadi", "IQ", 33.42056, 43.30778, 50),
       actor("قوات التحالف الدولي", "التحالف الدولي", "التحالف", "US-led coalition", "International Coalition"), actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh")),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), loc("near Tuz Khurmatu", "IQ", 34.88808, 44.63256, 50),
       actor("قوات التحالف الدولي", "التحالف الدولي", "التحالف", "US-led coalition", "International Coalition"), actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh")),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), loc("near Ain al-Arab (Kobani)", "SY", 36.89095, 38.35347, 50),
       actor("قوات التحالف الدولي", "التحالف الدولي", "التحالف", "US-led coalition", "International Coalition"), actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh")),
]
C["ant-SK-middleEast-1410-20180503"] = [
    ev("arrests", ("2015-10-11", "2015-10-11"), loc("Reineh (near Nazareth)", "IL", 32.717, 35.317, 25),
       actor("الشرطة", "Police Forces of Israel", "Israeli police"), actor("دارين طاطور", "Dareen Tatour"), optional=True),
]
ISR = ["الجيش الإسرائيلي", "إسرائيل", "تل أبيب", "Military Forces of Israel", "Israel Defense Forces", "IDF", "Israeli army"]
C["ant-SK-middleEast-3031-20180721"] = [
    ev("air_drone_strike", ("2018-07-21", "2018-07-21"), loc("northern Gaza Strip", "PS", 31.5473, 34.4911, 25),
       actor(*ISR), actor("Hamas", "حماس", "Palestinian militants")),
    ev("shelling_artillery_missile_attack", ("2018-07-21", "2018-07-21"), loc("northern Gaza Strip", "PS", 31.5473, 34.4911, 25),
       actor(*ISR), actor("Hamas", "Palestinian militants"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-21", "2018-07-21"), loc("east of Gaza city (observation post)", "PS", 31.50, 34.48, 25),
       actor(*ISR), actor("نقطة رصد عسكرية", "Hamas", "Palestinian militants"), fatalities=0, injured=0),
    ev("air_drone_strike", ("2018-07-20", "2018-07-20"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor(*ISR), actor("فلسطينيين", "Palestinians", "Hamas"), fatalities=4, injured=120),
    ev("armed_clash", ("2018-07-20", "2018-07-20"), loc("Gaza-Israel border", "PS", 31.42, 34.38, 30),
       actor("قناص فلسطيني", "Palestinian sniper", "Hamas", "Palestinian militants"), actor(*(ISR + ["جندي إسرائيلي"])), fatalities=1),
    ev("agreement", ("2018-07-20", "2018-07-21"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("الفصائل الفلسطينية", "Palestinian factions", "Hamas"), actor(*ISR)),
    ev("looting_property_destruction", ("2018-07-20", "2018-07-21"), loc("Nahal Oz", "IL", 31.47, 34.50, 25),
       actor("Palestinians", "Hamas"), None, optional=True),
]
C["snn-396d9b8babe2"] = [
    ev("change_to_group_activity", ("2015-07-25", "2015-07-25"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("كتائب عز الدين القسام", "كتائب القسام", "القسام", "Qassam Brigades", "Hamas"), None, optional=True),
]
C["snn-54706880d990"] = []
GOV = ["قوات الشرعية اليمنية", "قوات الشرعية", "الشرعية", "Military Forces of Yemen (Hadi)", "Yemeni government forces"]
NR = ["المقاومة الوطنية", "قوات المقاومة الوطنية", "القوات المسلحة الإماراتية", "National Resistance", "Tareq Saleh forces", "Military Forces of the United Arab Emirates"] + GOV
HOU3 = ["ميلشيا الحوثي", "ميلشيا الحوثي الإيرانية", "مليشيا الحوثي", "المليشيا الحوثية", "الميليشيا الانقلابية", "الحوثيين", "الانقلابيين", "المتمردين", "Houthis", "Ansar Allah"]
COAL3 = ["مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"]
DY = ("2018-05-03", "2018-05-05")
C["ant-SK-middleEast-1434-20180505"] = [
    ev("government_regains_territory", DY, loc("Mafraq al-Mokha - al-Barh (west Taiz)", "YE", 13.43, 43.64, 30),
       actor(*NR), actor(*HOU3)),
    ev("air_drone_strike", DY, loc("Mawza", "YE", 13.26831, 43.50993, 25), actor(*COAL3), actor(*HOU3)),
    ev("air_drone_strike", DY, loc("Mafraq al-Murair, Jabal Ras", "YE", 14.038334, 43.615149, 30), actor(*COAL3), actor(*HOU3)),
    ev("government_regains_territory", DY, loc("Kitaf wa al-Boqe'e district, Saada", "YE", 17.03165, 44.10905, 30),
       actor(*GOV), actor(*HOU3), fatalities=[2, 99], injured=[2, 99]),
    ev("air_drone_strike", DY, loc("Kitaf wa al-Boqe'e district, Saada", "YE", 17.03165, 44.10905, 30),
       actor(*COAL3), actor(*HOU3), optional=True),
    ev("government_regains_territory", DY, loc("Qaniya front (Al-Yasbal, Al-Khaddar, Al-Khaliqa), east Al Bayda", "YE", 14.55, 45.10, 50),
       actor("قوات الجيش الوطني اليمني", "الجيش الوطني", "الجيش", "Military Forces of Yemen (Hadi)", "Yemeni National Army"), actor(*HOU3)),
]
C["snn-2f02c02e456b"] = []
C["snn-052e723c8dde"] = []
C["snn-92b2e883aa6c"] = []
C["snn-225b95d35682"] = []
USC2 = ["الولايات المتحدة وحلفاؤها", "الولايات المتحدة", "التحالف الدولي", "US-led coalition", "International Coalition", "Military Forces of the United States"]
ISD = ["تنظيم الدولة الإسلامية", "الدولة الإسلامية", "داعش", "Islamic State", "ISIS", "Daesh"]
C["snn-ffe6e20c0bfd"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"), loc("near Deir ez-Zor", "SY", 35.33588, 40.14084, 50), actor(*USC2), actor(*ISD)),
    ev("air_drone_strike", ("2015-07-30", "2015-07-30"), loc("near Al-Hasakah", "SY", 36.50237, 40.74772, 50), actor(*USC2), actor(*ISD)),
]
C["ant-CN-middleEast-392-20180327"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"), loc("Saudi Arabia (four sites)", "SA", None, None),
       actor("جماعة الحوثي", "الحوثي", "Houthis", "Ansar Allah"), None, optional=True),
]
C["ant-CN-internationalNews-202-20180331"] = []
HOU4 = ["ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "ميليشات الحوثي", "مسلحي الحوثي", "المتمردين", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-284-20180314"] = [
    ev("armed_clash", ("2018-03-12", "2018-03-14"), loc("Al Khawkhah (coast)", "YE", 13.8071, 43.2493, 30),
       actor("المقاومة اليمنية", "Yemeni Joint Resistance", "Popular Resistance", "Military Forces of Yemen (Hadi)"), actor(*HOU4), fatalities=15),
    ev("air_drone_strike", ("2018-03-12", "2018-03-14"), loc("Shaab al-Ban, Al Malajim district, Al Bayda", "YE", 14.35994, 45.38985, 30),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor(*HOU4), fatalities=[1, 99], injured=[1, 99]),
    ev("government_regains_territory", ("2018-03-12", "2018-03-14"), loc("Razih district, Saada", "YE", 16.92, 43.25, 30),
       actor("القوات الشرعية", "Military Forces of Yemen (Hadi)", "Yemeni government forces"), actor(*HOU4)),
]
C["snn-6bedac5b398b"] = []
JSF = ["الأجهزة الأمنية", "القوة الأمنية المشتركة", "رجال أمن أردنيين", "Jordanian security forces", "Police Forces of Jordan", "Gendarmerie of Jordan", "Military Forces of Jordan"]
CELL = ["خلية إرهابية", "الخلية", "المشتبه بهم", "Militants", "Terrorist cell", "Islamist militants"]
C["ant-CN-middleEast-1181-20180811"] = [
    ev("armed_clash", ("2018-08-10", "2018-08-11"), loc("Al-Salt", "JO", 32.03917, 35.72722, 25),
       actor(*JSF), actor(*CELL), fatalities=3, injured=[2, 99]),
    ev("arrests", ("2018-08-10", "2018-08-11"), loc("Al-Salt", "JO", 32.03917, 35.72722, 25),
       actor(*JSF), actor(*CELL), optional=True),
    ev("remote_explosive_landmine_ied", ("2018-08-09", "2018-08-11"), loc("Al Fuhays", "JO", 32.01033, 35.76858, 25),
       None, actor("قوات الدرك الأردني", "الدرك", "Gendarmerie of Jordan", "Police Forces of Jordan"), fatalities=1),
]
C["snn-b823c544bc7e"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-76.jsonl"))
