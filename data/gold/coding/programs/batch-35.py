import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-390a38ed4087"] = [
    ev("armed_clash", ("2015-08-01", "2015-08-01"),
       loc("Karachi (Katour area)", "PK", 24.86, 67.01, 50),
       actor("Pakistan Rangers", "Rangers", "Paramilitary forces", "القوات شبه العسكرية", "الرينجرز", "فرقة للقوات شبه العسكرية", "قوات الأمن", "الفرقة العسكرية"),
       actor("Unidentified armed group", "مسلحين", "العناصر الإرهابية", "المسلحين", "منظمة إرهابية محظورة"),
       fatalities=4),
]
C["ant-CN-internationalNews-361-20180518"] = []
C["ant-CN-middleEast-271-20180315"] = []
C["ant-CN-middleEast-1238-20180817"] = []
C["ant-SK-middleEast-3266-20180807"] = []
C["ant-SK-internationalNews-791-20180404"] = []
C["snn-71062cab82f8"] = []
C["snn-654deefae454"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-10"),
       loc("Ferguson, Missouri", "US", 38.744, -90.305, 25),
       actor("Rioters", "Protesters", "التظاهرات", "متظاهرين"),
       actor("Police Forces of the United States", "Police", "الشرطة", "رجال الأمن", "رجال الشرطة"),
       injured=[1, 2]),
    ev("armed_clash", ("2015-08-09", "2015-08-10"),
       loc("Ferguson, Missouri", "US", 38.744, -90.305, 25),
       actor("Police Forces of the United States", "Police", "الشرطة", "رجال الأمن"),
       actor("Unidentified gunman", "الرجل الذي فتح النار على الشرطة"),
       injured=1, optional=True),
]
C["snn-aca3d766a5f0"] = []
C["snn-0f48f89e05ac"] = []
C["snn-261b6d734c8e"] = []
EGA = actor("Military Forces of Egypt", "Egyptian Army", "قوات قطاع تأمين شمال سيناء", "القوات المسلحة")
C["snn-0b61a4f18660"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-31"),
       loc("Sheikh Zuweid / Rafah / Arish area, North Sinai", "EG", 31.2163, 34.11074, 40),
       EGA, actor("العناصر الإرهابية", "عنصرا إرهابيا وتكفيريا", "Militants", "Islamic State", "Sinai Province", "ولاية سيناء"),
       fatalities=88, optional=True),
    ev("arrests", ("2015-07-20", "2015-07-31"),
       loc("Sheikh Zuweid / Rafah / Arish area, North Sinai", "EG", 31.2163, 34.11074, 40),
       EGA, actor("المشتبه بهم", "Militants", "Suspects"), optional=True),
]
C["snn-1072f365c66d"] = []
C["snn-bfd4896517cf"] = []
C["ant-SK-internationalNews-3241-20180913"] = [
    ev("attack", ("2018-09-09", "2018-09-10"),
       loc("Paris (Stalingrad area)", "FR", 48.884, 2.369, 25),
       actor("أفغاني", "المهاجم", "المشتبه به", "Unidentified attacker", "Afghan man"),
       actor("Civilians", "المدنيين", "سائحان بريطانيان", "Tourists"),
       injured=7, optional=True),
    ev("attack", ("2018-08-23", "2018-08-23"),
       loc("Trappes", "FR", 48.776, 2.002, 25),
       actor("رجل يحمل سكينا", "Unidentified attacker", "Islamic State", "داعش"),
       actor("Civilians", "والدته وشقيقته"),
       fatalities=2, injured=1, optional=True),
]
C["ant-SK-internationalNews-1171-20180426"] = [
    ev("arrests", ("2018-04-10", "2018-04-20"),
       loc("Tehran", "IR", 35.69, 51.39, 50),
       actor("Islamic Revolutionary Guard Corps", "IRGC", "الحرس الثوري الإيراني", "الحرس الثوري"),
       actor("Abbas Edalat", "عباس عدالت", "Civilians"), optional=True),
]
C["ant-SK-internationalNews-1420-20180507"] = [
    ev("other", ("2018-04-01", "2018-04-30"),
       loc("Ro island (Agios Georgios), Dodecanese", "GR", 36.15, 29.49, 50),
       actor("Military Forces of Greece", "جنود يونانيون", "Greek soldiers"),
       actor("Military Forces of Turkey", "طائرة هليكوبتر تركية", "Turkish helicopter"), optional=True),
    ev("other", ("2018-04-01", "2018-04-30"),
       loc("Mikros Anthropofagos islet near Fournoi, Aegean", "GR", 37.5, 26.7, 75),
       actor("Turkey", "تركيا", "Turkish Coast Guard"), None, optional=True),
]
C["ant-SK-middleEast-1739-20180516"] = [
    ev("chemical_weapon", ("2018-02-04", "2018-02-04"),
       loc("Saraqib (Al-Tleil neighbourhood)", "SY", 35.86447, 36.80591, 25),
       actor("Military Forces of Syria", "Syrian government", "الحكومة السورية"),
       actor("Civilians", "المدنيين"), injured=11, optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       None, actor("Civilians", "المدنيين"), fatalities=40, optional=True),
]
C["snn-3cb7ffe3322b"] = [
    ev("air_drone_strike", ("2015-08-07", "2015-08-07"),
       loc("Near Nuseirat camp, central Gaza Strip", "PS", 31.44861, 34.3925, 25),
       actor("Military Forces of Israel", "Israeli Air Force", "الطيران الحربي الإسرائيلي", "الطيران الاسرائيلي", "الطيران الحربي الاسرائيلي", "الجيش الاسرائيلي", "IDF"),
       actor("Hamas", "حركة حماس", "المقاومة الفلسطينية", "Palestinian resistance", "فلسطينيين"),
       injured=4),
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-07"),
       loc("Eshkol Regional Council", "IL", 31.24, 34.40, 25),
       actor("Ahfad al-Sahaba", "تنظيم أحفاد الصحابة", "احفاد الصحابة", "تنظيم احفاد الصحابة", "Ahfad al-Sahaba Aknaf Bayt al-Maqdis"),
       actor("Civilians", "البلدات الإسرائيلية", "Israel"), fatalities=0, injured=0),
    ev("peaceful_protest", ("2015-08-06", "2015-08-07"),
       loc("Beersheba (Soroka hospital)", "IL", 31.25181, 34.7913, 25),
       actor("Protesters", "والدة الأسير", "Palestinian protesters"), actor("Police Forces of Israel", "الشرطة الإسرائيلية"),
       optional=True),
]
C["snn-45d61f9fb8a0"] = []
COAL = actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف")
HOU = actor("Houthis", "Ansar Allah", "الحوثيين", "الميليشيات", "المتمردين", "قوات الرئيس السابق علي عبد الله صالح", "Forces loyal to Saleh", "Houthi-Saleh forces")
C["snn-dd82d6b04ab0"] = [
    ev("armed_clash", ("2015-07-30", "2015-07-30"),
       loc("Al-Mahalla / Al-Jalajel near Al-Houta, Lahj", "YE", 13.05667, 44.88194, 25),
       actor("Popular Resistance", "المقاومة الموالية للشرعية", "المقاومة", "Pro-Hadi forces", "القوات الموالية للرئيس الشرعي عبد ربه منصور هادي"),
       HOU),
    ev("government_regains_territory", ("2015-07-30", "2015-07-30"),
       loc("Al-Mahalla / Al-Jalajel near Al-Houta, Lahj", "YE", 13.05667, 44.88194, 25),
       actor("Popular Resistance", "المقاومة الموالية للشرعية", "المقاومة", "Pro-Hadi forces"),
       HOU, optional=True),
    ev("armed_clash", ("2015-07-29", "2015-07-31"),
       loc("Al-Anad air base, Lahj", "YE", 13.18, 44.77, 25),
       actor("Pro-Hadi forces", "القوات الموالية للرئيس الشرعي عبد ربه منصور هادي", "Popular Resistance"), HOU, optional=True),
    ev("air_drone_strike", ("2015-07-29", "2015-07-31"),
       loc("Saada governorate", "YE", 16.94021, 43.76394, 100), COAL, HOU),
    ev("air_drone_strike", ("2015-07-29", "2015-07-31"),
       loc("Abyan governorate", "YE", 13.12871, 45.38073, 100), COAL, HOU),
    ev("air_drone_strike", ("2015-07-29", "2015-07-31"),
       loc("Lahj governorate", "YE", 13.05667, 44.88194, 100), COAL, HOU),
    ev("remote_explosive_landmine_ied", ("2015-07-30", "2015-07-30"),
       loc("Naqm, east Sanaa (Al-Faidh al-Hatimi mosque)", "YE", 15.36, 44.24, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Civilians", "المدنيين", "Bohra", "طائفة البهرة", "المكارمة"),
       fatalities=5),
]
C["ant-SK-technology-589-20180506"] = []
C["ant-SK-internationalNews-730-20180402"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-18", "2018-03-24"),
       loc("Afrin", "SY", 36.51194, 36.86954, 25),
       actor("Military Forces of Turkey", "القوات التركية", "Turkish forces", "فصائل سورية", "Free Syrian Army", "Syrian National Army"),
       actor("YPG", "People's Protection Units", "Kurdish forces"), optional=True),
]
C["snn-a807dd111840"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc (cultural centre)", "TR", 36.976, 38.424, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("Civilians", "شبان مقربين من القضية الكردية", "Kurdish activists", "المدنيين"),
       fatalities=32),
]
C["ant-SK-sport-1624-20180613"] = []
FERG = loc("Ferguson, Missouri", "US", 38.744, -90.305, 25)
C["snn-a7d3d494c5ff"] = [
    ev("peaceful_protest", ("2015-08-09", "2015-08-09"), FERG,
       actor("Protesters", "المتظاهرين", "متظاهرين", "المشاركين"), None),
    ev("violent_demonstration", ("2015-08-09", "2015-08-10"), FERG,
       actor("Rioters", "مجرمين", "مجموعتين متنافستين", "Protesters"),
       actor("Police Forces of the United States", "Police", "الشرطة", "المحققين"),
       injured=1),
    ev("armed_clash", ("2015-08-09", "2015-08-10"), FERG,
       actor("Police Forces of the United States", "Police", "الشرطة", "المحققين", "أربعة محققين"),
       actor("Unidentified gunman", "المشتبه به", "رجل", "مجموعتين متنافستين", "مجرمين"),
       injured=1, optional=True),
    ev("looting_property_destruction", ("2015-08-09", "2015-08-09"),
       loc("St. Louis / Ferguson", "US", 38.70, -90.27, 25),
       actor("Rioters", "مجموعة من الشبان"), None, optional=True),
    ev("peaceful_protest", ("2015-08-09", "2015-08-11"),
       loc("New York (Union Square)", "US", 40.7359, -73.9911, 25),
       actor("Protesters", "العشرات"), None),
    ev("protest_with_intervention", ("2015-08-09", "2015-08-11"),
       loc("Brooklyn, New York", "US", 40.6782, -73.9442, 25),
       actor("Protesters", "نحو مائة شخص"), actor("Police Forces of the United States", "Police", "الشرطة")),
]
C["ant-SK-internationalNews-3538-20181018"] = [
    ev("arrests", ("2017-10-01", "2017-10-31"),
       loc("Istanbul (Ataturk airport)", "TR", 40.98, 28.82, 25),
       actor("Police Forces of Turkey", "الشرطة", "Turkish police"),
       actor("Osman Kavala", "عثمان كافالا", "كافالا", "Activists"), optional=True),
]
C["ant-CN-internationalNews-686-20181010"] = []
C["snn-132fe4120020"] = []
C["ant-CN-internationalNews-70-20180307"] = [
    ev("mob_violence", ("2018-03-04", "2018-03-07"),
       loc("Kandy and surroundings", "LK", 7.2906, 80.6337, 50),
       actor("Sinhalese Buddhists", "السنهاليين البوذيين", "البوذيين", "Buddhist nationalists", "Rioters"),
       actor("Muslims", "المسلمين", "Civilians", "Muslim community")),
    ev("attack", ("2018-03-04", "2018-03-04"),
       loc("Kandy", "LK", 7.2906, 80.6337, 50),
       actor("مجموعة من المسلمين", "Muslims", "أربعة مسلمين"),
       actor("Civilians", "شاب بوذي سنهالي", "Buddhist man"), fatalities=1, optional=True),
    ev("arrests", ("2018-03-04", "2018-03-07"),
       loc("Kandy", "LK", 7.2906, 80.6337, 50),
       actor("Police Forces of Sri Lanka", "الشرطة"), actor("الرجال المسلمين الأربعة", "Muslims"), optional=True),
]
C["ant-SK-middleEast-1932-20180525"] = [
    ev("other", ("2018-05-25", "2018-05-25"),
       loc("Daraa governorate", "SY", 32.61889, 36.10213, 100),
       actor("Military Forces of Syria", "قوات النظام السوري", "قوات النظام", "الجيش السوري", "Syrian regime forces"),
       actor("Syrian opposition", "مقاتلي المعارضة", "فصائل معارضة", "الفصائل المعارضة"), optional=True),
    ev("government_regains_territory", ("2018-05-14", "2018-05-21"),
       loc("South Damascus (Yarmouk / Hajar al-Aswad)", "SY", 33.4699, 36.3018, 25),
       actor("Military Forces of Syria", "قوات النظام", "Syrian regime forces"),
       actor("Islamic State", "ISIS", "تنظيم داعش", "داعش"), optional=True),
]
C["ant-CN-middleEast-1477-20181011"] = []
C["ant-SK-internationalNews-27-20180218"] = [
    ev("arrests", ("2018-01-20", "2018-02-10"),
       loc("Tehran", "IR", 35.69, 51.39, 50),
       actor("Iranian authorities", "السلطات", "Police Forces of Iran"),
       actor("Kavous Seyed-Emami", "كاووس سيد إمامي", "ناشطا بيئيا", "Environmental activists"), optional=True),
    ev("peaceful_protest", ("2017-12-28", "2018-01-10"),
       loc("Iran", "IR", None, None, 100),
       actor("Protesters", "الاحتجاجات", "Protesters (Iran)"), None, optional=True),
]
C["ant-SK-internationalNews-938-20180416"] = [
    ev("other", ("2018-04-10", "2018-04-16"),
       loc("Islet off Didim, Aegean (Mikros Anthropofagos)", "GR", 37.5, 26.7, 75),
       actor("Turkish Coast Guard", "حرس السواحل التركي", "Turkey"), None, optional=True),
]
C["ant-CN-middleEast-552-20180410"] = [
    ev("chemical_weapon", ("2018-04-06", "2018-04-10"),
       loc("Douma, Eastern Ghouta", "SY", 33.57175, 36.4027, 25),
       actor("Military Forces of Syria", "نظام الأسد", "النظام السوري", "Syrian regime"),
       actor("Civilians", "الأبرياء والمدنيين", "المدنيين"), optional=True),
]
REG = actor("Military Forces of Syria", "قوات النظام", "قوات النظام السوري", "النظام", "Syrian regime forces", "Syrian government")
OPP = actor("Syrian opposition", "فصائل تابعة للمعارضة السورية", "الفصائل المعارضة", "فصائل مسلحة", "جبهة النصرة", "Hayat Tahrir al-Sham", "Nusra Front", "Rebels")
QUN = loc("Quneitra governorate", "SY", 33.12594, 35.82461, 50)
C["ant-SK-middleEast-3019-20180720"] = [
    ev("agreement", ("2018-07-19", "2018-07-19"), QUN, REG, OPP),
    ev("non_violent_transfer_of_territory", ("2018-07-19", "2018-07-20"), QUN, OPP, REG, optional=True),
    ev("armed_clash", ("2018-07-15", "2018-07-15"), QUN, REG, OPP, optional=True),
]
C["snn-0ff33320f238"] = []
C["ant-CN-middleEast-850-20180509"] = []
MFOL = actor("Protesters", "المتظاهرون", "المراهقين", "March for Our Lives", "من أجل حياتنا", "Students")
C["ant-SK-internationalNews-562-20180325"] = [
    ev("peaceful_protest", ("2018-03-24", "2018-03-24"), loc("Washington, D.C.", "US", 38.895, -77.036, 25), MFOL, None),
    ev("peaceful_protest", ("2018-03-24", "2018-03-24"), loc("New York City", "US", 40.7128, -74.006, 25), MFOL, None),
    ev("peaceful_protest", ("2018-03-24", "2018-03-24"), loc("Denver", "US", 39.7392, -104.9903, 25), MFOL, None),
    ev("peaceful_protest", ("2018-03-24", "2018-03-24"), loc("Los Angeles", "US", 34.0522, -118.2437, 25), MFOL, None),
]
C["snn-d667b8b49cd0"] = []
C["snn-207c1e91d606"] = [
    ev("suicide_bomb", ("2015-08-10", "2015-08-10"),
       loc("Kabul airport road", "AF", 34.56, 69.20, 25),
       actor("Taliban", "حركة طالبان", "طالبان"), None,
       fatalities=4, injured=10),
]
C["snn-98700da973ca"] = []
C["ant-SK-middleEast-1916-20180524"] = []
C["snn-e3e8aa488f25"] = []
C["ant-SK-middleEast-1893-20180523"] = [
    ev("abduction_forced_disappearance", ("2018-05-21", "2018-05-23"),
       loc("Turkey", "TR", None, None, 100), None,
       actor("Naim al-Kaoud", "نعيم الكعود", "الكعود", "Anbar Provincial Council", "مجلس محافظة الأنبار"), optional=True),
]
LEG = actor("Military Forces of Yemen (Hadi)", "قوات دعم الشرعية", "الجيش الوطني", "الجيش الوطني اليمني", "الجيش", "Yemeni government forces", "Pro-Hadi forces")
HOU2 = actor("Houthis", "Ansar Allah", "الحوثيين", "المتمردين الحوثيين", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الانقلابيين", "المتمردين", "ميليشيات الحوثي الانقلابية")
KIT = loc("Kitaf district, Saada", "YE", 17.17, 44.35, 40)
C["ant-SK-middleEast-3848-20181013"] = [
    ev("government_regains_territory", ("2018-10-13", "2018-10-13"), KIT, LEG, HOU2),
    ev("armed_clash", ("2018-10-13", "2018-10-13"), KIT, LEG, HOU2, optional=True),
    ev("disrupted_weapons_use", ("2018-10-11", "2018-10-13"), KIT,
       actor("الفرق الهندسية التابعة للجيش", "Military Forces of Yemen (Hadi)", "Yemeni government forces"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-10-13", "2018-10-13"), loc("Shada district, Saada", "YE", 16.892, 43.186, 25),
       actor("Saudi-led coalition", "قوات التحالف", "Arab Coalition"), HOU2),
    ev("shelling_artillery_missile_attack", ("2018-10-13", "2018-10-13"), loc("Baqim district, Saada", "YE", 17.385, 43.491, 25),
       actor("Saudi-led coalition", "قوات التحالف", "Arab Coalition"), HOU2),
    ev("shelling_artillery_missile_attack", ("2018-10-13", "2018-10-13"), loc("Razih district, Saada", "YE", 16.927, 43.255, 25),
       actor("Saudi-led coalition", "قوات التحالف", "Arab Coalition"), HOU2),
    ev("shelling_artillery_missile_attack", ("2018-10-11", "2018-10-13"), loc("Al-Bayadh, Al-Malajim front, Al-Bayda", "YE", 14.36, 45.39, 35),
       LEG, HOU2, fatalities=13),
    ev("armed_clash", ("2018-10-11", "2018-10-13"), loc("Al-Bayadh, Al-Malajim front, Al-Bayda", "YE", 14.36, 45.39, 35),
       LEG, HOU2, fatalities=13, optional=True),
]
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "مقاتلين من حزب العمال الكردستاني", "التمرد الكردي", "قوات الدفاع الشعبي", "HPG")
C["snn-e27aeac9fa40"] = [
    ev("armed_clash", ("2015-07-31", "2015-07-31"),
       loc("Pozanti, Adana", "TR", 37.43, 34.87, 25), PKK,
       actor("Police Forces of Turkey", "الشرطة التركية", "عناصر الشرطة", "Turkish police"), fatalities=2),
    ev("armed_clash", ("2015-07-30", "2015-07-30"),
       loc("Southeastern Turkey", "TR", None, None, 100), PKK,
       actor("Military Forces of Turkey", "قافلة عسكرية", "Turkish army"), fatalities=3, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-31"),
       loc("Northern Iraq", "IQ", None, None, 100),
       actor("Military Forces of Turkey", "الجيش التركي", "Turkish army", "Turkish Air Force"), PKK, optional=True),
]
C["ant-SK-internationalNews-3209-20180911"] = []
C["snn-fed569d79b62"] = []
C["snn-63726ab9b65b"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-26", "2015-07-26"),
       loc("Lice, Diyarbakir", "TR", 38.45821, 40.63888, 25), PKK,
       actor("Military Forces of Turkey", "جنديين تركيين", "قافلة عسكرية", "Turkish army", "الجنود"),
       fatalities=2, injured=4),
    ev("air_drone_strike", ("2015-07-24", "2015-07-26"),
       loc("Turkey / northern Iraq", "TR", None, None, 100),
       actor("Military Forces of Turkey", "القوات التركية", "Turkish army"), PKK, optional=True),
]
C["ant-CN-middleEast-387-20180326"] = [
    ev("air_drone_strike", ("2018-03-19", "2018-03-26"),
       loc("Sanaa International Airport", "YE", 15.476, 44.219, 25),
       actor("Saudi-led coalition", "التحالف", "قوات تحالف دعم الشرعية", "Arab Coalition"),
       actor("Houthis", "جماعة الحوثي", "المليشيا الحوثية المسلحة", "Ansar Allah"), optional=True),
    ev("disrupted_weapons_use", ("2018-03-01", "2018-03-26"),
       loc("Yemen", "YE", None, None, 100),
       actor("Saudi-led coalition", "التحالف", "قوات تحالف دعم الشرعية", "Arab Coalition"),
       actor("Houthis", "جماعة الحوثي", "المليشيا الحوثية المسلحة", "Ansar Allah", "Iran"), optional=True),
]
ABHA = loc("Abha (Special Emergency Forces camp mosque)", "SA", 18.230088, 42.500134, 25)
IS_SA = actor("Islamic State", "ISIS", "Daesh", "الفئة الضالة", "أعداء الدين والعقيدة والوطن")
SEF = actor("Saudi Special Emergency Forces", "قوات الطوارئ الخاصة", "قوات الطوارئ", "رجال الأمن", "Police Forces of Saudi Arabia")
C["snn-20c28f4b3de6"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-08"), ABHA, IS_SA, SEF, injured=[7, 99], optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-08"), ABHA, IS_SA, SEF, injured=[7, 99], optional=True),
]
C["snn-554e416f2579"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-10"), FERG,
       actor("Rioters", "Protesters", "المحتجين"), actor("Police Forces of the United States", "Police", "ضباط", "الشرطة"),
       injured=1),
    ev("armed_clash", ("2015-08-09", "2015-08-10"), FERG,
       actor("Police Forces of the United States", "Police", "ضباط", "الشرطة"),
       actor("Tyrone Harris", "تايرون هاريس"), injured=1, optional=True),
    ev("protest_with_intervention", ("2015-08-10", "2015-08-10"),
       loc("Highway near Ferguson (St. Louis County)", "US", 38.74, -90.30, 25),
       actor("Protesters", "المحتجين", "عشرات المحتجين"), actor("Police Forces of the United States", "Police")),
]
C["ant-SK-internationalNews-571-20180324"] = [
    ev("arrests", ("2018-02-27", "2018-03-15"),
       loc("Johor", "MY", 1.4927, 103.7414, 100),
       actor("Police Forces of Malaysia", "الشرطة", "Royal Malaysia Police"),
       actor("Islamic State", "ISIS", "داعش", "خلية تابعة لداعش", "ستة ماليزيين"), optional=True),
    ev("arrests", ("2018-02-27", "2018-03-15"),
       loc("Sabah", "MY", 5.98, 116.07, 150),
       actor("Police Forces of Malaysia", "الشرطة", "Royal Malaysia Police"),
       actor("Abu Sayyaf", "جماعة أبو سياف", "فلبيني"), optional=True),
]
C["ant-SK-internationalNews-119-20180224"] = [
    ev("suicide_bomb", ("2018-02-24", "2018-02-24"),
       loc("Shash Darak, Kabul", "AF", 34.535, 69.185, 25), None,
       actor("National Directorate of Security", "NDS", "الاستخبارات الأفغانية", "إدارة الأمن الوطني", "مقر الاستخبارات الأفغانية", "Afghan intelligence"),
       fatalities=1, injured=6),
    ev("suicide_bomb", ("2018-01-25", "2018-01-25"),
       loc("Shash Darak, Kabul", "AF", 34.535, 69.185, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"),
       actor("National Directorate of Security", "NDS", "حاجز التفتيش"), fatalities=6, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-35.jsonl"))
