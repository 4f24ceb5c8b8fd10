import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "الحوثي", "ميليشيا الحوثي", "الميليشيات الحوثية", "Houthis", "Ansar Allah", "Houthi militia"]
COAL = ["قوات التحالف", "التحالف العربي", "قوات التحالف العربي", "Saudi-led coalition", "Arab Coalition"]

# 1
C["ant-SK-middleEast-1665-20180514"] = [
    ev("armed_clash", ("2018-05-13", "2018-05-13"), loc("Al Fazah, Al Hudaydah", "YE", 13.95, 43.25, 40),
       actor("القوات الإماراتية", "القوات المسلحة الإماراتية", "UAE armed forces", "Military Forces of the United Arab Emirates", "United Arab Emirates", *COAL),
       actor(*HOUTHI), fatalities=None),
    ev("armed_clash", ("2018-05-12", "2018-05-14"), loc("Al Jarrahi", "YE", 14.13254, 43.38845, 25),
       actor("قوات المقاومة الوطنية", "ألوية العمالقة", "ألويه العمالقه", "المقاومة التهامية", "National Resistance", "Giants Brigades", "Tihama Resistance", *COAL),
       actor(*HOUTHI), optional=True),
    ev("armed_clash", ("2018-05-12", "2018-05-14"), loc("Zabid", "YE", 14.1951, 43.31518, 25),
       actor("قوات المقاومة الوطنية", "ألوية العمالقة", "ألويه العمالقه", "المقاومة التهامية", "National Resistance", "Giants Brigades", "Tihama Resistance", *COAL),
       actor(*HOUTHI), optional=True),
]
# 2
C["snn-d3da7cad13d2"] = []
# 3
FAJR = ["مليشيات فجر ليبيا", "فجر ليبيا", "Libya Dawn", "Fajr Libya"]
C["snn-45c0945cc7b8"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-09", "2015-08-11"), loc("Tarhuna", "LY", 32.43502, 13.6332, 25),
       actor(*FAJR), actor("مدنيين", "المدنيين", "Civilians", "ثوار مدينة ترهونة", "Tarhuna revolutionaries", "Tarhuna militia"), fatalities=None),
    ev("armed_clash", ("2015-08-09", "2015-08-11"), loc("Tarhuna", "LY", 32.43502, 13.6332, 25),
       actor(*FAJR), actor("ثوار مدينة ترهونة", "ثوار ترهونة", "Tarhuna revolutionaries", "Tarhuna militia"), optional=True),
]
# 4
C["ant-SK-economy-18-20180215"] = []
# 5
PKK = ["مقاتلي حزب العمال الكردستاني", "حزب العمال الكردستاني", "حزب العمال", "PKK", "Kurdistan Workers' Party"]
C["snn-73683749ebce"] = [
    ev("attack", ("2015-08-08", "2015-08-08"), loc("Beyoglu, Istanbul", "TR", 41.03694, 28.9775, 25),
       None, actor("حزب العدالة والتنمية", "AKP", "Justice and Development Party", "أحد أفراد الحراسة الخاصة", "Civilians"), injured=1),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Midyat", "TR", 37.41908, 41.33909, 25),
       actor(*PKK), actor("الجيش التركي", "الشرطة", "Military Forces of Turkey", "Turkish army", "Police Forces of Turkey", "Turkish police"), fatalities=1),
    ev("air_drone_strike", ("2015-07-24", "2015-08-09"), loc("Northern Iraq", "IQ", None, None),
       actor("تركيا", "الغارات الجوية التركية", "Military Forces of Turkey", "Turkish air force"), actor(*PKK), optional=True),
]

# 6
C["ant-SK-sport-1306-20180524"] = []
# 7
C["ant-SK-internationalNews-761-20180403"] = [
    ev("attack", ("2018-04-02", "2018-04-03"), loc("Ahvaz", "IR", 31.31901, 48.6842, 25),
       None, actor("مدنيين", "Civilians", "الأحوازيون", "Ahwazi Arabs", "الشباب المشاركين في الانتفاضة الأحوازية"), fatalities=12, injured=14),
    ev("attack", ("2018-03-10", "2018-03-17"), loc("Ahvaz", "IR", 31.31901, 48.6842, 50),
       None, actor("عمالا عربا أحوازيين", "Ahwazi workers", "Civilians", "Protesters"), optional=True),
    ev("protest_with_intervention", ("2018-03-28", "2018-04-03"), loc("Ahvaz", "IR", 31.31901, 48.6842, 25),
       actor("الأحوازيون", "Ahwazi protesters", "Protesters"), actor("النظام الإيراني", "Iranian government", "Police Forces of Iran"), optional=True),
    ev("peaceful_protest", ("2018-03-28", "2018-04-03"), loc("Ahvaz", "IR", 31.31901, 48.6842, 25),
       actor("الأحوازيون", "Ahwazi protesters", "Protesters"), None, optional=True),
]
# 8
C["snn-219dadac6f3f"] = []
# 9
C["snn-a934eb6b50b9"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-21"), loc("Baraki Barak, Logar", "AF", 33.96744, 68.9492, 25),
       actor("قوات حلف شمال الاطلسي", "مروحيتين اميركيتين", "قوات التحالف الدولية", "NATO", "Military Forces of the United States", "US forces", "Resolute Support"),
       actor("الجيش الافغاني", "جنديا أفغانيا", "Military Forces of Afghanistan", "Afghan National Army"), fatalities=14),
    ev("shelling_artillery_missile_attack", ("2014-03-01", "2014-03-31"), loc("Logar", "AF", 34.0, 69.0, 60),
       actor("قوة ايساف", "ISAF", "NATO"), actor("جنود أفغان", "Military Forces of Afghanistan"), fatalities=5, injured=8, optional=True),
]
# 10
C["snn-1ff7f2dab1b4"] = []

# 11
C["ant-SK-middleEast-96-20180227"] = [
    ev("armed_clash", ("2017-07-01", "2017-07-31"), loc("Al-Haram al-Sharif, Jerusalem", "IL", 31.778, 35.235, 10),
       actor("فلسطينيين", "Palestinian militants", "Palestinians"), actor("جنديين إسرائيليين", "Israeli police", "Police Forces of Israel", "Military Forces of Israel"), optional=True),
]
# 12
GOVYE = ["القوات الحكومية اليمنية", "القوات الحكومية", "قوات الجيش اليمني", "الجيش الوطني", "قوات الجيش الوطني اليمني", "القوات الشرعية", "Military Forces of Yemen", "Yemeni government forces", "Yemeni army", "Hadi government forces"]
HOUTHI2 = HOUTHI + ["المتمردين", "الانقلابيين", "الحوثييين", "الجماعة الحوثية"]
C["ant-SK-middleEast-980-20180412"] = [
    ev("government_regains_territory", ("2018-04-12", "2018-04-12"), loc("Wadi al-Far', Kitaf, Saada", "YE", 17.28783, 44.17335, 35),
       actor(*GOVYE), actor(*HOUTHI2)),
    ev("air_drone_strike", ("2018-04-10", "2018-04-12"), loc("Kitaf wa al-Boqe'e district, Saada", "YE", 17.173145, 44.345596, 50),
       actor("مقاتلات التحالف العربي", *COAL), actor(*HOUTHI2)),
    ev("government_regains_territory", ("2018-04-11", "2018-04-11"), loc("Midi", "YE", 16.32101, 42.81299, 25),
       actor(*GOVYE), actor(*HOUTHI2)),
    ev("armed_clash", ("2018-04-10", "2018-04-12"), loc("Kitaf, Saada", "YE", 17.03165, 44.10905, 35),
       actor(*GOVYE), actor(*HOUTHI2), optional=True),
]
# 13
C["snn-29627189867c"] = [
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("US consulate, Istanbul", "TR", 41.019389, 28.982586, 25),
       actor("مسلحين مجهولين", "شخصين مجهولي الهوية", "Unidentified armed group", "DHKP-C"), actor("الشرطة", "أفراد الشرطة", "Police Forces of Turkey", "Turkish police", "القنصلية الأمريكية", "US consulate"), fatalities=0),
    ev("attack", ("2015-08-10", "2015-08-10"), loc("US consulate, Istanbul", "TR", 41.019389, 28.982586, 25),
       actor("مسلحين مجهولين", "شخصين مجهولي الهوية", "Unidentified armed group", "DHKP-C"), actor("القنصلية الأمريكية", "US consulate", "Civilians"), fatalities=0, optional=True),
]
# 14
RES = ["المقاومة اليمنية", "قوات المقاومة اليمنية", "المقاومة التهامية", "المقاومة الوطنية", "ألوية العمالة", "ألوية العمالقة", "القوات الإماراتية", "National Resistance", "Giants Brigades", "Tihama Resistance", "Military Forces of the United Arab Emirates", *COAL]
C["ant-SK-middleEast-2024-20180529"] = [
    ev("armed_clash", ("2018-05-26", "2018-05-29"), loc("Ad Durayhimi district, Al Hudaydah", "YE", 14.61471, 43.083391, 25),
       actor(*RES), actor(*HOUTHI2), fatalities=None),
    ev("government_regains_territory", ("2018-05-26", "2018-05-29"), loc("Ad Durayhimi district, Al Hudaydah", "YE", 14.61471, 43.083391, 25),
       actor(*RES), actor(*HOUTHI2), optional=True),
    ev("government_regains_territory", ("2018-05-26", "2018-05-29"), loc("At Tuhayta district, Al Hudaydah", "YE", 14.08078, 43.119866, 30),
       actor(*RES), actor(*HOUTHI2), optional=True),
    ev("armed_clash", ("2018-05-26", "2018-05-29"), loc("Hodeidah outskirts", "YE", 14.7978, 42.9545, 30),
       actor(*RES), actor(*HOUTHI2), optional=True),
]
# 15
C["ant-SK-economy-408-20180424"] = []

# 16
C["snn-9251c7a9c148"] = [
    ev("peaceful_protest", ("2015-08-02", "2015-08-02"), loc("Palestinian camps, Lebanon", "LB", None, None),
       actor("المشاركون", "Palestinian refugees", "Protesters", "الفصائل الفلسطينية"), None, optional=True),
    ev("attack", ("2015-07-30", "2015-08-01"), loc("Duma, West Bank", "PS", 32.058605, 35.364841, 25),
       actor("المستوطنين الإسرائيليين", "Israeli settlers", "Jewish settlers"), actor("الطفل الفلسطيني علي دوابشة", "Civilians", "Palestinian civilians"), fatalities=1, optional=True),
]
# 17
C["snn-dcd3d591124b"] = [
    ev("arrests", ("2015-08-03", "2015-08-06"), loc("Israel", "IL", None, None),
       actor("إسرائيل", "الشين بيت", "Shin Bet", "Israel Security Agency", "Police Forces of Israel", "Israel"), actor("مردخاي ماير", "أتينجر", "Meir Ettinger", "Jewish extremists", "Israeli settlers"), optional=True),
    ev("attack", ("2015-07-30", "2015-08-02"), loc("Duma, West Bank", "PS", 32.058605, 35.364841, 25),
       actor("مستوطنين متطرفين", "Israeli settlers", "Jewish extremists"), actor("الرضيع علي دوابشة", "عائلة الدوابشة", "Civilians", "Palestinian civilians"), fatalities=1, injured=3, optional=True),
]
# 18
IS = ["تنظيم الدولة الإسلامية", "متشددي تنظيم الدولة الإسلامية", "داعش", "التنظيم", "Islamic State", "ISIS", "ISIL", "Daesh"]
C["snn-a8062898a898"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-06", "2015-08-07"), loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25),
       actor(*IS), actor("قوات الجيش السوري", "الجيش السوري", "Military Forces of Syria", "Syrian army", "Syrian government forces")),
    ev("abduction_forced_disappearance", ("2015-08-06", "2015-08-07"), loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25),
       actor(*IS), actor("المسيحيين", "مسيحيين", "Christians", "Civilians", "النازحين وسكان مدينة القريتين")),
    ev("armed_clash", ("2015-08-06", "2015-08-07"), loc("Al Qaryatayn", "SY", 34.22956, 37.24066, 25),
       actor(*IS), actor("قوات الجيش السوري", "الجيش السوري", "Military Forces of Syria", "Syrian army"), optional=True),
    ev("abduction_forced_disappearance", ("2015-02-01", "2015-02-28"), loc("Tell Tamer area, Hasakah", "SY", 36.65, 40.37, 60),
       actor(*IS), actor("مسيحيا اشوريا", "Assyrian Christians", "Civilians"), optional=True),
]
# 19
C["ant-SK-middleEast-3745-20181004"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-27", "2018-10-04"), loc("Syria", "SY", None, None),
       actor("إيران", "Military Forces of Iran", "Iran", "IRGC"), None, optional=True),
]
# 20
C["ant-SK-internationalNews-381-20180316"] = [
    ev("arrests", ("2018-03-11", "2018-03-14"), loc("Pereira", "CO", 4.8133, -75.6961, 25),
       actor("الشرطة في كولومبيا", "Police Forces of Colombia", "Colombian police", "FBI"), actor("راؤل غوتيريز", "Raul Gutierrez", "Islamic State", "ISIS", "داعش")),
]

# 21
C["ant-SK-middleEast-511-20180324"] = [
    ev("remote_explosive_landmine_ied", ("2017-07-01", "2017-07-31"), loc("Mocha port", "YE", 13.31814, 43.24991, 25),
       actor("المتمردون الحوثيون", "ميليشيات الحوثي", *HOUTHI), None, fatalities=0, injured=0, optional=True),
    ev("shelling_artillery_missile_attack", ("2016-10-09", "2016-10-09"), loc("Red Sea off Yemen", "YE", None, None),
       actor(*HOUTHI), actor("يو أس أس ميسون", "USS Mason", "Military Forces of the United States"), optional=True),
    ev("shelling_artillery_missile_attack", ("2016-10-12", "2016-10-12"), loc("Red Sea off Yemen", "YE", None, None),
       actor(*HOUTHI), actor("يو أس أس ميسون", "USS Mason", "Military Forces of the United States"), optional=True),
    ev("armed_clash", ("2015-03-26", "2018-03-24"), loc("West of Hodeidah port", "YE", 14.8, 42.9, 50),
       actor(*COAL), actor(*HOUTHI), optional=True),
    ev("air_drone_strike", ("2017-11-01", "2017-11-30"), loc("Al-Bawadi island, off Hodeidah", "YE", None, None),
       actor(*COAL), actor("عناصر حوثية", *HOUTHI), optional=True),
]
# 22
C["ant-SK-middleEast-1389-20180502"] = []
# 23
NUSRA = ["جبهة النصرة", "Jabhat al-Nusra", "Nusra Front", "al-Nusra Front", "Al Qaeda"]
DIV30 = ["الفرقة 30", "مقاتلين", "Division 30", "Syrian opposition", "مقاتلين سوريين دربتهم أميركا", "New Syrian Forces"]
C["snn-fc11e8bee3b0"] = [
    ev("abduction_forced_disappearance", ("2015-08-03", "2015-08-04"), loc("Qah", "SY", 36.2972, 36.72512, 25),
       actor(*NUSRA), actor(*DIV30)),
    ev("abduction_forced_disappearance", ("2015-07-29", "2015-07-29"), loc("Azaz", "SY", 36.58662, 37.04628, 25),
       actor(*NUSRA), actor(*DIV30, "نديم الحسن", "Nadim al-Hassan")),
    ev("armed_clash", ("2015-08-03", "2015-08-04"), loc("Qah", "SY", 36.2972, 36.72512, 25),
       actor(*NUSRA), actor(*DIV30), optional=True),
]
# 24
C["ant-SK-middleEast-1188-20180422"] = [
    ev("other", ("2018-04-20", "2018-04-22"), loc("Bahrain FIR", "BH", None, None),
       actor("مقاتلات حربية قطرية", "Military Forces of Qatar", "Qatar"), actor("طائرة إماراتية مدنية", "UAE civilian aircraft", "Civilians"), optional=True),
]
# 25
C["snn-ff8164065bc6"] = []

# 26
C["snn-0500312592d4"] = [
    ev("air_drone_strike", ("2015-07-11", "2015-07-11"), loc("Barmal district, Paktika", "AF", 32.8, 69.2, 60),
       actor("غارة جوية أمريكية", "Military Forces of the United States", "US forces", "البنتاجون"), actor("القاعدة", "تنظيم القاعدة", "أبو خليل السوداني", "Al Qaeda", "Abu Khalil al-Sudani"), fatalities=1),
]
# 27
TAL = ["حركة طالبان", "طالبان", "انتحاري", "Taliban"]
C["snn-404e2ee3f968"] = [
    ev("suicide_bomb", ("2015-08-08", "2015-08-08"), loc("Khanabad, Kunduz", "AF", 36.68304, 69.11279, 25),
       actor(*TAL), actor("مدنيون", "مدنيا", "Civilians", "مقاتلون ضد حركة طالبان", "Anti-Taliban militia", "pro-government militia"), fatalities=[21, 22], injured=10),
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-08"), loc("Khanabad, Kunduz", "AF", 36.68304, 69.11279, 25),
       actor(*TAL), actor("مسلحا", "Anti-Taliban militia", "pro-government militia", "Civilians"), fatalities=[21, 22], injured=10, optional=True),
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), loc("Kabul", "AF", 34.52813, 69.17233, 25),
       actor(*TAL), None, optional=True),
]
# 28
C["snn-ae44f6b7bde7"] = []
# 29
C["snn-e954c3a1c93c"] = []
# 30
C["snn-e83750d3f3bd"] = []

# 31
C["ant-SK-internationalNews-2634-20180713"] = []
# 32
C["ant-SK-economy-1017-20180720"] = []
# 33
HOUTHI3 = ["الحوثيون", "القيادة العليا للحوثي", "وزارة الدفاع التي يسيطر عليها الحوثيون", "الحوثي", "Houthis", "Ansar Allah"]
C["ant-CN-middleEast-400-20180327"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"), loc("Riyadh", "SA", 24.702524, 46.821833, 25),
       actor(*HOUTHI3), actor("السعودية", "المملكة العربية السعودية", "Saudi Arabia", "Civilians", "مواطن مصري"), fatalities=1),
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-26"), loc("Riyadh", "SA", 24.702524, 46.821833, 25),
       actor("مسؤولو الدفاع بالسعودية", "Military Forces of Saudi Arabia", "Saudi air defense", "Saudi Arabia"), actor(*HOUTHI3), fatalities=1, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-26"), loc("Saudi cities near Yemen border", "SA", None, None),
       actor(*HOUTHI3), actor("السعودية", "Saudi Arabia"), optional=True),
]
# 34
WS = ["ولاية سيناء", "العناصر الإرهابية", "تنظيم داعش", "انصار بيت المقدس", "Wilayat Sinai", "Islamic State - Sinai Province", "Islamic State", "ISIS", "Ansar Bayt al-Maqdis"]
EGA = ["القوات المسلحة المصرية", "الجيش المصري", "ضابط وثلاثة جنود", "Military Forces of Egypt", "Egyptian army"]
C["snn-270c300a5986"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-23", "2015-07-23"), loc("Rafah sector, North Sinai", "EG", 31.28204, 34.23869, 25),
       actor(*WS), actor(*EGA), fatalities=4, injured=3),
    ev("armed_clash", ("2015-07-14", "2015-07-22"), loc("North Sinai", "EG", 31.13159, 33.79844, 60),
       None, actor(*EGA), fatalities=7, optional=True),
]
# 35
IDF = ["الجيش الإسرائيلي", "قوات الأمن", "جيش الدفاع", "قوات جيش الدفاع", "Military Forces of Israel", "IDF", "Israel Defense Forces"]
JOSEC = ["قوات الأمن الأردني", "الأمن العام والدرك", "قوات الدرك", "Police Forces of Jordan", "Jordanian security forces", "Gendarmerie"]
CELL = ["خلية إرهابية", "Unidentified armed group", "terrorist cell", "Islamic State"]
C["ant-CN-middleEast-1191-20180813"] = [
    ev("arrests", ("2018-08-12", "2018-08-13"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor(*IDF), actor("11 مطلوبا فلسطينيا", "مطلوبًا فلسطينيًا", "Palestinians", "Palestinian suspects"), optional=True),
    ev("armed_clash", ("2018-08-11", "2018-08-12"), loc("Salt", "JO", 32.03917, 35.72722, 25),
       actor(*JOSEC), actor(*CELL), fatalities=[4, 7]),
    ev("remote_explosive_landmine_ied", ("2018-08-10", "2018-08-10"), loc("Al Fuhays", "JO", 32.00468, 35.78088, 25),
       actor(*CELL), actor(*JOSEC), fatalities=1),
    ev("attack", ("2018-07-26", "2018-07-26"), loc("Adam settlement", "PS", 31.86, 35.27, 25),
       actor("المخرب", "Palestinian attacker"), actor("Civilians", "Israeli settlers"), optional=True),
    ev("air_drone_strike", ("2018-08-06", "2018-08-13"), loc("Saada", "YE", 16.94021, 43.76394, 30),
       actor(*COAL), None, optional=True),
    ev("air_drone_strike", ("2018-08-08", "2018-08-12"), loc("Gaza Strip", "PS", 31.42, 34.37, 30),
       actor(*IDF), actor("Hamas"), optional=True),
]

# 36
C["snn-bedc58217152"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-08"), loc("Southern Yemen (Lahj, Abyan, Aden)", "YE", 13.0, 45.0, 100),
       actor("جماعة الحوثيين", "مسلحي الجماعة", "Houthis", "Ansar Allah"), actor("Civilians"), fatalities=[10, 99], optional=True),
    ev("disrupted_weapons_use", ("2015-08-01", "2015-08-08"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("عناصر المقاومة", "المقاومة الشعبية", "Popular Resistance", "Southern Resistance"), None, optional=True),
    ev("disrupted_weapons_use", ("2015-08-01", "2015-08-06"), loc("Taiz", "YE", 13.586892, 44.015847, 25),
       actor("الثوار في مدينة تعز", "المقاومة الشعبية", "Popular Resistance"), actor("الحوثي", "Houthis"), optional=True),
]
# 37
C["ant-SK-economy-718-20180603"] = []
# 38
C["snn-3704d68f72f1"] = []
# 39
C["ant-CN-middleEast-915-20180514"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 30),
       actor("Iran", "Military Forces of Iran", "IRGC", "Hezbollah", "محور المقاومة"), actor("Military Forces of Israel", "إسرائيل"), optional=True),
    ev("air_drone_strike", ("2018-05-09", "2018-05-10"), loc("Syria", "SY", None, None),
       actor("إسرائيل", "Military Forces of Israel"), None, optional=True),
]
# 40
C["snn-ff564b096ded"] = [
    ev("violent_demonstration", ("2015-07-22", "2015-07-22"), loc("Birqin, Jenin", "PS", 32.45461, 35.26076, 25),
       actor("Palestinian rioters", "Rioters", "Palestinians"), actor("الجيش الإسرائيلي", "حرس الحدود", "Military Forces of Israel", "IDF", "Israeli Border Police"), fatalities=1),
    ev("attack", ("2015-07-22", "2015-07-22"), loc("Birqin, Jenin", "PS", 32.45461, 35.26076, 25),
       actor("الجيش الإسرائيلي", "Military Forces of Israel", "IDF"), actor("محمد علاونة", "شاب فلسطيني", "Civilians", "Palestinian civilians"), fatalities=1, optional=True),
    ev("excessive_force_against_protesters", ("2015-07-22", "2015-07-22"), loc("Birqin, Jenin", "PS", 32.45461, 35.26076, 25),
       actor("الجيش الإسرائيلي", "Military Forces of Israel", "IDF"), actor("شاب فلسطيني", "Protesters", "Palestinians"), fatalities=1, optional=True),
]

# 41
C["ant-SK-middleEast-1888-20180523"] = []
# 42
C["snn-755a420ca11d"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-11"), loc("Iraq", "IQ", None, None),
       actor("المتظاهرين", "Protesters"), None, optional=True),
]
# 43
TRAF = ["الجيش التركي", "طائراته الحربية", "Military Forces of Turkey", "Turkish army", "Turkish air force", "تركيا"]
PKK2 = ["حزب العمال الكردستاني", "مسلحين من حزب العمال الكردستاني", "المسلحين الأكراد", "PKK", "Kurdistan Workers' Party"]
_areas = [("Hakurk, northern Iraq", 36.9, 44.7, 50), ("Gara, Duhok", 37.0, 43.35, 40), ("Metina, Duhok", 37.2, 43.2, 40),
          ("Zap, Duhok", 37.25, 43.65, 50), ("Qandil mountains", 36.5, 45.0, 50), ("Avashin, Duhok", 37.2, 43.85, 50)]
C["ant-SK-middleEast-2238-20180608"] = [
    ev("air_drone_strike", ("2018-06-05", "2018-06-05"), loc(n, "IQ", la, lo, t), actor(*TRAF), actor(*PKK2))
    for (n, la, lo, t) in _areas
] + [
    ev("armed_clash", ("2018-06-01", "2018-06-04"), loc("Qandil mountains", "IQ", 36.5, 45.0, 60),
       actor(*TRAF), actor(*PKK2), optional=True),
]
# 44
C["ant-SK-middleEast-2934-20180717"] = []
# 45
C["ant-SK-internationalNews-3179-20180909"] = []

# 46
C["ant-SK-middleEast-297-20180314"] = []
# 47
C["snn-a049a1290854"] = []
# 48
C["ant-SK-middleEast-3693-20180930"] = [
    ev("attack", ("2018-09-27", "2018-09-27"), loc("Central Baghdad", "IQ", 33.3152, 44.3661, 25),
       None, actor("تارة فارس", "عارضة الأزياء والمدونة", "Tara Fares", "Civilians"), fatalities=1),
    ev("attack", ("2018-09-25", "2018-09-25"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       None, actor("سعاد العلي", "إحدى الناشطات في المجتمع المدني", "Suad al-Ali", "Civilians", "Activists"), fatalities=1),
]
# 49
HOUTHI4 = ["مليشيات الحوثي", "الحوثي", "عصابات مسلحة", "Houthis", "Ansar Allah"]
C["snn-50f965207543"] = [
    ev("looting_property_destruction", ("2015-07-17", "2015-07-21"), loc("Mashra'a wa Hadnan, Taiz", "YE", 13.537006, 43.997137, 25),
       actor(*HOUTHI4), actor("سكان محليون", "Civilians")),
    ev("abduction_forced_disappearance", ("2015-07-17", "2015-07-21"), loc("Mashra'a wa Hadnan, Taiz", "YE", 13.537006, 43.997137, 25),
       actor(*HOUTHI4), actor("Civilians", "سكان محليون"), optional=True),
    ev("looting_property_destruction", ("2015-07-17", "2015-07-22"), loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor(*HOUTHI4), actor("Civilians"), optional=True),
]
# 50
C["ant-SK-internationalNews-1820-20180528"] = [
    ev("other", ("2018-05-27", "2018-05-27"), loc("Paracel Islands", "CN", 16.5, 112.0, 100),
       actor("البحرية الصينية", "Military Forces of China", "Chinese navy"), actor("المدمرة هيغينز", "Military Forces of the United States", "US Navy"), optional=True),
]

# 51
C["snn-2255f08ac761"] = [
    ev("government_regains_territory", ("2015-08-02", "2015-08-02"), loc("Al-Bu Ghanim, Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("القوات الأمنية", "Military Forces of Iraq", "Iraqi security forces", "Iraqi army"), actor("مسلحي تنظيم داعش", "تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh")),
    ev("remote_explosive_landmine_ied", ("2015-08-01", "2015-08-03"), loc("Abu Ghraib industrial district", "IQ", 33.30703, 44.18694, 25),
       None, actor("Civilians"), fatalities=2, injured=5, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-01", "2015-08-03"), loc("Al Yusufiyah", "IQ", 33.08393, 44.25689, 25),
       None, actor("Civilians"), fatalities=1, injured=8, optional=True),
    ev("peaceful_protest", ("2015-08-02", "2015-08-02"), loc("Erbil (UNAMI office)", "IQ", 36.192692, 44.02008, 25),
       actor("مئات الإيزيديين", "أبناء سنجار النازحين", "Yazidis", "Protesters"), None),
]
# 52
C["snn-43724603acbb"] = []
# 53
C["ant-SK-internationalNews-2372-20180628"] = []
# 54
C["ant-CN-middleEast-1055-20180531"] = [
    ev("armed_clash", ("2018-05-27", "2018-05-31"), loc("Hodeidah outskirts", "YE", 14.796625, 42.945213, 40),
       actor("الجيش الوطني اليمني", "المقاومة الوطنية", "قوات التحالف", "Military Forces of Yemen", "National Resistance", "Saudi-led coalition"), actor(*HOUTHI), optional=True),
]
# 55
REG = ["النظام السوري", "الطيران المروحي التابع لنظام الأسد", "طيران النظام المروحي", "قوات الاسد", "قوات النظام", "Military Forces of Syria", "Syrian government forces", "Syrian Arab Army"]
HZB = ["حزب الله", "ميليشيات حزب الله", "Hezbollah"]
OPP = ["فصائل المعارضة", "Syrian opposition", "rebels"]
C["snn-148a2413039d"] = [
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor(*REG), actor(*OPP, "Civilians")),
    ev("armed_clash", ("2015-07-19", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor(*REG, *HZB), actor(*OPP)),
    ev("arrests", ("2015-07-14", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 50),
       actor(*HZB), actor("175 عنصرا من مقاتليها", "Hezbollah fighters"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-33.jsonl"))
