import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

CIV = actor("Civilians", "المدنيين", "مدنيين")

# 1 Burkina Faso IED on police convoy at Soli (Solle, Loroum), Friday evening
C["ant-SK-internationalNews-3318-20181006"] = [
    ev("remote_explosive_landmine_ied", ("2018-10-05", "2018-10-05"),
       loc("Solle (Soli), Loroum", "BF", 13.94, -2.25, 75),
       None, actor("Police Forces of Burkina Faso", "الشرطة", "قافلة للشرطة", "شرطيين", "قافلة الشرطة"),
       fatalities=6),
    ev("remote_explosive_landmine_ied", ("2018-10-04", "2018-10-04"),
       loc("Eastern Burkina Faso", "BF", 12.06, 0.35, 150),
       None, actor("Military Forces of Burkina Faso", "جنود"), fatalities=6, optional=True),
]

# 2 Houthis / Hodeidah governor: internal; background airport capture optional
C["ant-SK-middleEast-2650-20180629"] = [
    ev("government_regains_territory", ("2018-06-13", "2018-06-27"),
       loc("Hodeidah Airport", "YE", 14.75, 42.98, 25),
       actor("Joint Forces", "القوات المشتركة", "Yemeni government forces", "Saudi-led coalition"),
       actor("Houthis", "الحوثيين", "ميليشيات الحوثي", "Ansar Allah"), optional=True),
]

C["snn-1e93bf722a52"] = []

# 4 Philippines Datu Paglas
BIFF = actor("Bangsamoro Islamic Freedom Fighters", "BIFF", "مقاتلي حرية بانغسامورو", "جماعة مقاتلي حرية بانغسامورو الإرهابية", "مسلحين", "متشددين موالين لتنظيم داعش", "Islamic State")
PHA = actor("Military Forces of the Philippines", "الجيش الفلبيني", "الجيش", "الجنود", "قواته")
DP = loc("Datu Paglas", "PH", 6.77, 124.86, 30)
C["ant-SK-internationalNews-2476-20180704"] = [
    ev("government_regains_territory", ("2018-07-03", "2018-07-04"), DP, PHA, BIFF, fatalities=4, injured=4),
    ev("armed_clash", ("2018-07-03", "2018-07-04"), DP, PHA, BIFF, fatalities=4, injured=4, optional=True),
    ev("non_state_actor_overtakes_territory", ("2018-07-03", "2018-07-04"), DP, BIFF, actor("Military Forces of the Philippines", "Civilians"), optional=True),
]

# 5 Syria regime takes 4 villages east of Euphrates from SDF, Sunday
REG = actor("Syrian government forces", "قوات النظام", "قوات النظام السوري", "الجيش السوري", "Military Forces of Syria", "المسلحين الموالين لها")
SDF = actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية", "تحالف عربي كردي", "التحالف العربي الكردي", "وحدات حماية الشعب الكردية", "YPG", "قوات حماية الشعب")
D = ("2018-04-29", "2018-04-29")
C["ant-SK-middleEast-1317-20180429"] = [
    ev("government_regains_territory", D, loc("Shaqrah", "SY", 35.39125, 40.12001, 25), REG, SDF),
    ev("government_regains_territory", D, loc("Al-Husan (Hisan)", "SY", 35.38, 40.10, 30), REG, SDF),
    ev("government_regains_territory", D, loc("Al-Jiaa", "SY", 35.38, 40.10, 30), REG, SDF),
    ev("government_regains_territory", D, loc("Junaynah", "SY", 35.36445, 40.11824, 25), REG, SDF),
    ev("armed_clash", D, loc("Junaynah / Shaqrah, east of Euphrates", "SY", 35.38, 40.11, 30), REG, SDF, fatalities=6, injured=22, optional=True),
]

# 6 Iraq protests
PROT = actor("Protesters (Iraq)", "المتظاهرين", "متظاهرين", "المتظاهرون", "محتجين")
C["ant-SK-middleEast-3173-20180729"] = [
    ev("peaceful_protest", ("2018-07-27", "2018-07-28"), loc("Najaf", "IQ", 31.9892, 44.3291, 25), PROT, None),
    ev("peaceful_protest", ("2018-07-27", "2018-07-29"), loc("Basra", "IQ", 30.53302, 47.79747, 25), PROT, None),
    ev("peaceful_protest", ("2018-07-27", "2018-07-29"), loc("West Qurna oil field (Lukoil)", "IQ", 30.98, 47.30, 30),
       actor("Protesters (Iraq)", "عشرات السكان", "محتجين", "Civilians"), None),
    ev("violent_demonstration", ("2018-07-12", "2018-07-17"), loc("Basra", "IQ", 30.53302, 47.79747, 30), PROT, None, optional=True),
]

C["ant-CN-internationalNews-182-20180326"] = []

# 8 Morocco: 8 IS cell members arrested Tuesday in 4 cities
MAF = actor("Police Forces of Morocco", "السلطات المغربية", "المكتب المركزي للتحقيقات القضائية", "Moroccan authorities", "BCIJ")
ISC = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم (داعش)", "خلية ارهابية", "خلية إرهابية")
D = ("2015-07-21", "2015-07-21")
C["snn-83ee09df2ff1"] = [
    ev("arrests", D, loc("Tangier", "MA", 35.76727, -5.79975, 25), MAF, ISC),
    ev("arrests", D, loc("Bouznika", "MA", 33.78942, -7.15968, 25), MAF, ISC),
    ev("arrests", D, loc("Khouribga", "MA", 32.88108, -6.9063, 25), MAF, ISC),
    ev("arrests", D, loc("Taounate", "MA", 34.53661, -4.64009, 25), MAF, ISC),
]

# 9 Golan: displaced turned back (no event); background regime gains optional
C["ant-SK-middleEast-2944-20180717"] = [
    ev("government_regains_territory", ("2018-07-10", "2018-07-17"), loc("Al Harah", "SY", 33.05593, 36.00458, 25),
       actor("Syrian government forces", "قوات النظام السوري", "Military Forces of Syria"), actor("Syrian opposition", "المعارضة السورية", "الفصائل المسلحة"), optional=True),
    ev("agreement", ("2018-07-10", "2018-07-17"), loc("Daraa al-Balad", "SY", 32.61, 36.10, 25),
       actor("Government of Syria", "الحكومة السورية"), actor("Syrian opposition", "الفصائل المسلحة"), optional=True),
]

C["snn-fd2f0b388e53"] = []
C["ant-CN-sport-47-20180226"] = []

# 12 Yemen Taiz / Hajjah / Lahj
HOU = actor("Houthis", "الحوثيين", "المتمردين الحوثيين", "قوات صالح", "قوات الرئيس السابق علي عبد الله صالح", "المسلحين الحوثيين", "Ansar Allah", "Saleh forces")
RES = actor("Popular Resistance", "المقاومة الشعبية", "المقاومة")
D = ("2015-07-21", "2015-07-23")
C["snn-2134abc535a7"] = [
    ev("armed_clash", D, loc("Taiz (al-Dabab, al-Ashraf)", "YE", 13.57825, 44.017666, 25), HOU, RES, fatalities=17, injured=[10, 99]),
    ev("government_regains_territory", D, loc("Uqaqah, al-Dabab, Taiz", "YE", 13.56897, 43.97072, 25), RES, HOU),
    ev("non_state_actor_overtakes_territory", D, loc("Uqaqah, al-Dabab, Taiz", "YE", 13.56897, 43.97072, 25), RES, HOU, optional=True),
    ev("air_drone_strike", D, loc("Hajjah governorate", "YE", 15.69425, 43.60582, 100),
       actor("Saudi-led coalition", "طيران التحالف العربي", "التحالف العربي", "Arab Coalition"), HOU),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Damnat Khadir, east of Taiz", "YE", 13.50, 44.15, 30), None, HOU, fatalities=5, injured=2),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-21"), loc("Taiz", "YE", 13.57825, 44.017666, 25), HOU, None, optional=True),
    ev("abduction_forced_disappearance", D, loc("Al-Hawtah (Lahij)", "YE", 13.05667, 44.88194, 25), HOU, CIV),
    ev("abduction_forced_disappearance", D, loc("Tuban, Lahij", "YE", 13.065878, 44.855412, 25), HOU, CIV),
]

# 13 al-Qadam: regime-IS deal to remove bodies
REGD = actor("Syrian government forces", "قوات النظام", "المسلحين الموالين له", "Military Forces of Syria")
ISD = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم")
QD = loc("Al-Qadam, Damascus", "SY", 33.47, 36.29, 25)
C["ant-SK-middleEast-536-20180324"] = [
    ev("agreement", ("2018-03-22", "2018-03-24"), QD, REGD, ISD),
    ev("non_state_actor_overtakes_territory", ("2018-03-13", "2018-03-20"), QD, ISD, REGD, fatalities=62, optional=True),
    ev("armed_clash", ("2018-03-13", "2018-03-20"), QD, ISD, REGD, fatalities=62, optional=True),
]

# 14 Egypt Sinai 2018 statement 15
EGA = actor("Military Forces of Egypt", "القوات المسلحة المصرية", "القوات", "الجيش المصري", "قوات الجيش المصري")
MIL = actor("مسلحين", "مسلحا", "Militants", "Islamic State", "Wilayat Sinai")
D = ("2018-03-09", "2018-03-11")
C["ant-SK-middleEast-239-20180311"] = [
    ev("armed_clash", D, loc("North and Central Sinai", "EG", 30.9, 33.7, 120), EGA, MIL, fatalities=14, injured=6),
    ev("disrupted_weapons_use", D, loc("Rafah / Sheikh Zuweid border area", "EG", 31.2163, 34.11074, 30), EGA, MIL, optional=True),
    ev("air_drone_strike", D, loc("Western border of Egypt", "EG", None, None), actor("Egyptian Air Force", "القوات الجوية", "قوات حرس الحدود", "Military Forces of Egypt"), None, optional=True),
]

# 15 Iran diplomat: diplomatic row; background arrest optional
C["ant-SK-internationalNews-3422-20181011"] = [
    ev("arrests", ("2018-07-01", "2018-07-02"), loc("Germany", "DE", None, None), actor("Police Forces of Germany", "German authorities"),
       actor("Assadollah Assadi", "أسد الله أسدي", "أسدي"), optional=True),
    ev("disrupted_weapons_use", ("2018-06-30", "2018-07-02"), loc("Belgium", "BE", None, None), actor("Belgian authorities", "القضاء البلجيكي", "Police Forces of Belgium"), None, optional=True),
]

C["snn-6486b86864b9"] = []

# 17 Iraq protests in 11 provinces (general)
PRI = actor("Protesters (Iraq)", "العراقيين", "ناشطون مدنيون", "مظاهرات", "Civilians")
D = ("2015-07-30", "2015-08-06")
C["snn-18562677aabc"] = [
    ev("peaceful_protest", D, loc("Nasiriyah", "IQ", 31.045582, 46.2544, 25), PRI, actor("Government of Iraq", "حكومة العبادي"), optional=True),
    ev("peaceful_protest", D, loc("Amarah", "IQ", 31.846162, 47.145467, 25), PRI, actor("Government of Iraq", "حكومة العبادي"), optional=True),
    ev("peaceful_protest", D, loc("Baghdad", "IQ", 33.34659, 44.423217, 25), PRI, actor("Government of Iraq", "حكومة العبادي"), optional=True),
]

C["ant-SK-internationalNews-2124-20180614"] = []

# 19 opinion piece; Asir emergency-forces mosque suicide bombing (recent background) optional
C["snn-0f289e274434"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-10"), loc("Abha (emergency forces mosque, Asir)", "SA", 18.2164, 42.5053, 30),
       actor("Islamic State", "إرهابي", "انتحار إرهابي"), actor("Saudi emergency forces", "قوات الطوارئ", "Police Forces of Saudi Arabia"),
       fatalities=15, injured=[10, 99], optional=True),
]

# 20 Hodeidah front, Friday 15 Jun 2018
JF = actor("Joint Forces", "قوات المقاومة اليمنية المشتركة", "القوات المشتركة", "المقاومة", "قوات المقاومة", "Yemeni government forces", "National Resistance")
HO = actor("Houthis", "ميليشيات الحوثي", "الحوثيين", "الميليشيات", "Ansar Allah")
SLC = actor("Saudi-led coalition", "مقاتلات التحالف", "مقاتلات التحالف العربي", "قوات تحالف دعم الشرعية", "Arab Coalition")
HA = loc("Hodeidah Airport", "YE", 14.753, 42.976, 25)
D = ("2018-06-13", "2018-06-15")
C["ant-SK-middleEast-2408-20180615"] = [
    ev("armed_clash", ("2018-06-15", "2018-06-15"), HA, JF, HO, fatalities=[10, 99]),
    ev("government_regains_territory", ("2018-06-15", "2018-06-15"), loc("Southern entrance of Hodeidah city", "YE", 14.77, 42.97, 25), JF, HO),
    ev("government_regains_territory", ("2018-06-15", "2018-06-15"), HA, JF, HO, optional=True),
    ev("air_drone_strike", ("2018-06-15", "2018-06-15"), HA, SLC, HO, optional=True),
    ev("disrupted_weapons_use", D, loc("Southern entrance of Hodeidah city", "YE", 14.77, 42.97, 25), JF, HO, optional=True),
    ev("armed_clash", D, loc("Al-Faza (Tuhayta)", "YE", 14.1, 43.2, 40), JF, HO),
    ev("air_drone_strike", D, loc("Outskirts of Hays district", "YE", 13.9317, 43.4831, 30), SLC, HO),
    ev("air_drone_strike", D, loc("Al-Udayn junction", "YE", 13.96918, 43.99673, 30), SLC, HO, fatalities=[0, 99]),
]

# 21 al-Anad base retaken, Mon-Tue 3-4 Aug 2015
GOV = actor("Popular Resistance", "المقاومة الشعبية", "الجيش الوطني", "القوات الموالية للحكومة المعترف بها دوليًا", "Yemeni government forces", "قوات الشرعية")
HS = actor("Houthis", "الحوثيين", "المتمردين الحوثيين", "أنصار الحوثي", "قوات الحرس الجمهوري", "Ansar Allah", "Saleh forces")
AN = loc("Al-Anad air base", "YE", 13.18, 44.77, 25)
D = ("2015-08-03", "2015-08-04")
C["snn-2677e73f99d1"] = [
    ev("government_regains_territory", D, AN, GOV, HS, fatalities=[10, 99]),
    ev("armed_clash", D, AN, GOV, HS, fatalities=[10, 99], optional=True),
    ev("air_drone_strike", D, AN, actor("Saudi-led coalition", "مقاتلات التحالف المشترك بقيادة السعودية", "مقاتلات التحالف بقيادة السعودية", "Arab Coalition"), HS),
]

C["ant-SK-middleEast-530-20180325"] = []

# 23 IS takes al-Qadam Monday evening
C["ant-SK-middleEast-428-20180320"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-19", "2018-03-19"), QD,
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مسحلو التنظيم"),
       actor("Syrian government forces", "قوات موالية للحكومة", "القوات الحكومية", "قوات النظام السوري", "Military Forces of Syria"),
       fatalities=36, injured=[10, 99]),
    ev("armed_clash", ("2018-03-19", "2018-03-19"), QD, actor("Islamic State", "داعش"), actor("Syrian government forces", "القوات الحكومية"), fatalities=36, injured=[10, 99], optional=True),
    ev("non_violent_transfer_of_territory", ("2018-03-11", "2018-03-13"), QD, actor("Syrian opposition", "قوات تابعة للمعارضة السورية"), actor("Syrian government forces", "قوات النظام السوري"), optional=True),
]

# 24 Sadr City market IED, Tuesday
C["ant-SK-middleEast-3377-20180814"] = [
    ev("remote_explosive_landmine_ied", ("2018-08-14", "2018-08-14"), loc("Sadr City, Mraidi market", "IQ", 33.3889, 44.4583, 25),
       None, actor("Civilians", "مواطنين", "المدنيين"), fatalities=3, injured=4),
]

C["ant-CN-middleEast-788-20180502"] = []

# 26 Jericho: Israeli soldiers shoot/beat Palestinian during arrest raid, dies
IDF = actor("Military Forces of Israel", "جنود إسرائيليين", "الجنود", "الجيش الإسرائيلي", "IDF", "Israeli army")
JER = loc("Jericho", "PS", 31.858811, 35.46311, 25)
C["ant-SK-middleEast-19-20180222"] = [
    ev("attack", ("2018-02-22", "2018-02-22"), JER, IDF,
       actor("Civilians", "فلسطيني", "ياسين عمر السراديح", "السراديح", "Palestinian civilians"), fatalities=1),
    ev("arrests", ("2018-02-22", "2018-02-22"), JER, IDF, actor("مشتبه بهم", "Palestinians", "فلسطيني"), optional=True),
]

# 27 Hodeidah Wednesday 13 Jun: joint forces advance towards airport
C["ant-SK-middleEast-2355-20180613"] = [
    ev("armed_clash", ("2018-06-12", "2018-06-13"), loc("Hodeidah (airport approach)", "YE", 14.753, 42.976, 25),
       actor("Joint Forces", "قوات المقاومة المشتركة", "القوات المشتركة", "قوات المقاومة", "Yemeni government forces"),
       actor("Houthis", "ميليشيات الحوثي", "الحوثيين", "المسلحين الحوثيين", "Ansar Allah")),
    ev("air_drone_strike", ("2018-06-12", "2018-06-13"), loc("Hodeidah", "YE", 14.796625, 42.945213, 25),
       actor("Saudi-led coalition", "التحالف العربي", "تحالف دعم الشرعية", "Arab Coalition"), actor("Houthis", "الحوثيين"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-12", "2018-06-13"), loc("Hodeidah", "YE", 14.796625, 42.945213, 25),
       actor("Saudi-led coalition", "تحالف دعم الشرعية", "Arab Coalition"), actor("Houthis", "الحوثيين"), optional=True),
]

# 28 economy: US sanctions; Iran protests mentioned generally
IRP = actor("Protesters (Iran)", "المتظاهرين", "الاحتجاجات الشعبية", "Civilians")
D = ("2018-07-30", "2018-08-06")
C["ant-SK-economy-1122-20180806"] = [
    ev("peaceful_protest", D, loc("Tehran", "IR", 35.69439, 51.42151, 30), IRP, None, optional=True),
    ev("peaceful_protest", D, loc("Qom", "IR", 34.64, 50.88, 30), IRP, None, optional=True),
    ev("peaceful_protest", D, loc("Mashhad", "IR", 36.30, 59.60, 30), IRP, None, optional=True),
]

# 29 Russia foiled Victory Day plot (arrests, vague) and 26 'eliminated' 21-24 Apr
C["ant-SK-internationalNews-1522-20180511"] = [
    ev("arrests", ("2018-04-25", "2018-05-09"), loc("Moscow", "RU", 55.75, 37.62, 50),
       actor("Russian intelligence", "الاستخبارات الروسية", "الأمن الروسي", "FSB"), actor("عناصر إرهابية", "Militants"), optional=True),
    ev("armed_clash", ("2018-04-21", "2018-04-24"), loc("Ural Federal District", "RU", None, None),
       actor("Russian security forces", "الأمن الروسي"), actor("شبكة إرهابية", "Militants"), fatalities=[0, 26], optional=True),
]

# 30 London: Kurdish protesters clash with riot police during Erdogan visit
KUR = actor("Kurdish protesters", "محتجين أكراد", "أكراد", "Protesters (United Kingdom)")
POL = actor("Police Forces of the United Kingdom", "قوات مكافحة الشغب البريطانية", "Metropolitan Police")
LON = loc("London", "GB", 51.5074, -0.1278, 25)
D = ("2018-05-12", "2018-05-14")
C["ant-SK-internationalNews-1578-20180514"] = [
    ev("protest_with_intervention", D, LON, KUR, POL),
    ev("violent_demonstration", D, LON, KUR, POL, optional=True),
]

C["snn-15e0d895f9cb"] = []
C["snn-19050edd0b08"] = []
C["ant-SK-internationalNews-479-20180320"] = []

# 34 UNICEF statement on Boko Haram abductions; Dapchi (Feb) background optional
C["ant-SK-internationalNews-912-20180413"] = [
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-19"), loc("Dapchi", "NG", 12.49, 11.50, 30),
       actor("Boko Haram", "بوكو حرام", "Islamic State West Africa Province", "ISWAP", "فصيل"), actor("Civilians", "تلميذات المدارس", "Students"),
       optional=True),
]

# 35 Westminster car ramming, Tuesday
C["ant-CN-internationalNews-506-20180814"] = [
    ev("attack", ("2018-08-14", "2018-08-14"), loc("Westminster, Houses of Parliament, London", "GB", 51.4995, -0.1248, 25),
       None, actor("Civilians", "المارة", "عددا من المارة"), injured=[2, 99]),
    ev("arrests", ("2018-08-14", "2018-08-14"), loc("Westminster, London", "GB", 51.4995, -0.1248, 25),
       actor("Metropolitan Police", "شرطة لندن", "Police Forces of the United Kingdom"), actor("سائق السيارة", "Salih Khater"), optional=True),
]

# 36 Iraq reforms; protests 2nd week in many cities (no place) optional
C["snn-fbc6d6831c15"] = [
    ev("peaceful_protest", ("2015-08-02", "2015-08-09"), loc("Iraq", "IQ", None, None),
       actor("Protesters (Iraq)", "المتظاهرون", "Civilians"), None, optional=True),
]

# 37 Houthi landmines in Lahj: 11 killed 33 injured
C["snn-8c1a3c8cd954"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-09"), loc("Lahij governorate", "YE", 13.05667, 44.88194, 100),
       actor("Houthis", "مليشيات الحوثي", "الحوثي", "المتمردين", "Ansar Allah"), actor("Civilians", "مواطنا", "المدنيين", "الأبرياء"),
       fatalities=11, injured=33),
]

C["snn-ef98f76282ae"] = []
C["snn-0a8f1aea39c1"] = []
C["snn-c2e2d41a68fc"] = []

# 41 SDF Roundup phase 3 (Hajin) from 10 Sep; ticker: Gaza boy shot last Friday
SDF2 = actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية", "قسد")
IS2 = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش")
COAL = actor("International Coalition", "التحالف الدولي", "التحالف الدولي لقتال تنظيم داعش", "US-led coalition")
HJ = loc("Hajin", "SY", 34.6927, 40.827, 25)
C["ant-CN-middleEast-1349-20180911"] = [
    ev("armed_clash", ("2018-09-10", "2018-09-11"), HJ, SDF2, IS2),
    ev("air_drone_strike", ("2018-09-10", "2018-09-11"), HJ, COAL, IS2, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-09-10", "2018-09-11"), HJ, COAL, IS2, optional=True),
    ev("attack", ("2018-09-07", "2018-09-07"), loc("Gaza border fence", "PS", 31.42, 34.38, 30), IDF,
       actor("Civilians", "صبي فلسطيني", "Palestinian civilians")),
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), loc("Gaza border fence", "PS", 31.42, 34.38, 30), IDF,
       actor("Protesters (Palestine)", "صبي فلسطيني"), optional=True),
]

C["snn-a1a73a7cd409"] = []

C["snn-4aedc377c919"] = []
C["ant-SK-internationalNews-193-20180228"] = []
C["ant-CN-middleEast-182-20180305"] = []
C["ant-SK-sport-728-20180416"] = []

# 47 Turkey state of emergency; protests across Turkey (vague) optional
C["ant-SK-internationalNews-967-20180417"] = [
    ev("peaceful_protest", ("2018-04-10", "2018-04-17"), loc("Turkey", "TR", None, None),
       actor("Protesters (Turkey)", "المعارضة", "Civilians"), None, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-58.jsonl"))
