import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write
C = {}

# ---- Yemen actors
HOUTHI = lambda *x: actor(*x, "الحوثيين", "ميليشيات الحوثي", "Houthis", "Ansar Allah", "Houthi militia")
GIANTS = actor("لواء العمالقة", "ألوية العمالقة", "الجيش اليمني", "Giants Brigades", "Al-Amalika Brigades", "Yemeni army", "Yemeni government forces")
COAL = actor("التحالف العربي", "نيران التحالف العربي", "Saudi-led coalition", "Arab Coalition")

TUH = loc("At-Tuhayta", "YE", 14.18356, 43.22637, 25)
C["ant-SK-middleEast-2819-20180710"] = [
    ev("disrupted_weapons_use", ("2018-07-08", "2018-07-10"), TUH, GIANTS,
       HOUTHI("ميليشيات الحوثي الإيرانية", "الانقلابيين")),
    ev("government_regains_territory", ("2018-07-08", "2018-07-10"), TUH, GIANTS,
       HOUTHI("جيوب الحوثيين"), optional=True),
    ev("air_drone_strike", ("2018-07-08", "2018-07-10"), TUH, COAL,
       HOUTHI("المتمردين"), optional=True),
]

C["ant-CN-middleEast-848-20180509"] = []

# ---- Syria 2015-07-26 (أمس = 2015-07-25)
REG = lambda *x: actor(*x, "قوات النظام", "النظام السوري", "Syrian government forces", "Syrian Arab Army", "Syrian regime")
REGAIR = REG("الطيران الحربي السوري", "طيران النظام السوري", "الطيران الحربي", "Syrian Air Force")
REGHELI = REG("الطيران المروحي", "Syrian Air Force")
OPP = actor("الفصائل الإسلامية", "الفصائل المسلحة", "فصائل المعارضة", "المعارضة", "الفصائل المقاتلة", "Syrian opposition", "Syrian rebels", "Islamist rebels")
CIV = actor("Civilians", "المدنيين", "مدنيين")
Y = ("2015-07-25", "2015-07-25")
D = ("2015-07-24", "2015-07-26")
ZAB = loc("Zabadani", "SY", 33.72488, 36.1005, 25)
DAR = loc("Daraa", "SY", 32.61889, 36.10213, 25)
C["snn-15f97696c805"] = [
    ev("air_drone_strike", Y, ZAB, REGAIR, OPP),
    ev("armed_clash", Y, ZAB, REG("الفرقة الرابعة", "حزب الله", "Hezbollah", "4th Division"),
       actor("الفصائل الإسلامية", "مسلحين محليين", "Syrian opposition", "Syrian rebels", "Islamist rebels")),
    ev("air_drone_strike", Y, DAR, REGAIR, OPP),
    ev("shelling_artillery_missile_attack", Y, DAR, REG("القوات النظامية"), OPP),
    ev("armed_clash", Y, DAR, OPP, REG("القوات النظامية"), fatalities=None, optional=True),
    ev("armed_clash", D, loc("Atman", "SY", 32.66314, 36.11366, 25), REG("قوات الأسد"), OPP),
    ev("air_drone_strike", D, loc("Atman", "SY", 32.66314, 36.11366, 25), REGAIR, OPP),
    ev("air_drone_strike", D, loc("Kharab al-Shahm", "SY", 32.67, 36.04, 25), REGHELI, None),
    ev("air_drone_strike", D, loc("Ghariz", "SY", 32.58, 36.16, 25), REGHELI, None),
    ev("air_drone_strike", D, loc("Al-Yadudah", "SY", 32.67515, 36.05647, 25), REGHELI,
       actor("Civilians", "المدنيين", "رئيس المجلس المحلي", "أطفال"), fatalities=9),
    ev("shelling_artillery_missile_attack", D, loc("Samadaniyah al-Gharbiyah", "SY", 33.14518, 35.86284, 25),
       REG("القوات النظامية"), None),
    ev("shelling_artillery_missile_attack", D, loc("Hamidiyah (Quneitra)", "SY", 33.15646, 35.84812, 25),
       REG("القوات النظامية"), None),
    ev("shelling_artillery_missile_attack", D, loc("Hadar", "SY", 33.28098, 35.83043, 25), OPP,
       actor("ميليشيا الدفاع الوطني", "الدفاع الوطني", "National Defence Forces", "NDF"), fatalities=1),
    ev("air_drone_strike", Y, loc("Kansafrah", "SY", 35.65935, 36.48547, 25), REGAIR, None),
    ev("air_drone_strike", Y, loc("Al-Bara", "SY", 35.68599, 36.54239, 25), REGAIR, None),
    ev("air_drone_strike", Y, loc("Balyun", "SY", 35.69568, 36.50841, 25), REGAIR, None),
    ev("air_drone_strike", Y, loc("Jarjanaz", "SY", 35.61823, 36.78281, 25), REGAIR, CIV, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Kafr Mus", "SY", 35.57376, 36.46619, 25),
       REG("قوات الأسد"), actor("Civilians", "عائلة واحدة", "المدنيين"), fatalities=8),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"), loc("Kafr Mus", "SY", 35.57376, 36.46619, 25),
       REG("قوات الأسد"), actor("Civilians", "عائلة واحدة", "المدنيين"), fatalities=8, optional=True),
    ev("air_drone_strike", D, loc("Zuwayk", "SY", 35.69467, 36.03995, 25), REGAIR, None),
    ev("air_drone_strike", D, loc("Duwayrikah", "SY", 35.70616, 36.15901, 25), REGAIR, None),
    ev("air_drone_strike", D, loc("Saqiyat al-Kurt", "SY", 35.74, 36.12, 30), REGAIR, None),
    ev("air_drone_strike", D, loc("Jabal al-Turkman", "SY", 35.82, 36.03, 30), REGAIR, None, optional=True),
    ev("armed_clash", D, loc("Tal Jurat al-Maa (Jabal al-Turkman)", "SY", 35.82, 36.03, 30), OPP,
       REG("الدفاع الوطني", "National Defence Forces")),
    ev("non_state_actor_overtakes_territory", D, loc("Tal Jurat al-Maa (Jabal al-Turkman)", "SY", 35.82, 36.03, 30),
       OPP, REG(), optional=True),
]
KURD = actor("القوات المشتركة الكردية", "القوات المشتركة", "وحدات حماية الشعب", "القوات الكردية", "YPG", "People's Protection Units", "Kurdish forces")
IS = actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "ISIL", "Daesh")
C["snn-15f97696c805"] += [
    ev("non_state_actor_overtakes_territory", ("2015-07-24", "2015-07-25"), loc("Maghribatin", "SY", 36.55, 38.29, 25), KURD, IS),
    ev("non_state_actor_overtakes_territory", ("2015-07-25", "2015-07-25"), loc("Milhah", "SY", 36.53756, 38.30465, 25), KURD, IS, optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-26"), loc("Sarrin", "SY", 36.58838, 38.29788, 25),
       actor("طائرات التحالف", "US-led coalition", "International coalition"), IS, optional=True),
    ev("disrupted_weapons_use", ("2015-07-25", "2015-07-25"), loc("Tal Abyad", "SY", 36.69648, 38.95382, 25), KURD, IS),
    ev("suicide_bomb", ("2015-07-25", "2015-07-25"), loc("Tal Abyad", "SY", 36.69648, 38.95382, 25), IS, KURD, optional=True),
]

C["snn-20867170ce9c"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam Sadiq Mosque, Al-Sawaber, Kuwait City", "KW", 29.37472, 47.981029, 25),
       actor("الانتحاري فهد سليمان القباع", "الانتحاري", "Islamic State", "ISIS"),
       actor("المصلين", "Civilians", "Shia worshippers"), fatalities=26, injured=227, optional=True),
]

C["snn-9922bd763f3e"] = [
    ev("arrests", ("2015-08-07", "2015-08-07"), loc("Shahbaniya, Medenine", "TN", 33.35495, 10.50548, 60),
       actor("الأمن التونسي", "وحدات الأمن", "Tunisian security forces", "Police Forces of Tunisia"),
       actor("12 شخصا", "مجموعات إرهابية", "Jihadist recruits")),
]

C["snn-fe63b03eb184"] = []

C["snn-158d76c026d9"] = []
C["ant-SK-middleEast-1121-20180419"] = []
C["snn-3bf8da83aa86"] = []
C["ant-SK-internationalNews-2491-20180705"] = [
    ev("arrests", ("2018-05-01", "2018-05-31"), loc("Ben Gurion Airport, Tel Aviv", "IL", 32.0055, 34.8854, 25),
       actor("الشين بيت", "جهاز الشين بيت الأمني", "Shin Bet", "Israeli security forces"),
       actor("غونين سيغيف", "Gonen Segev"), optional=True),
]
IQF = actor("القوات العراقية", "قوات الشرطة الاتحادية", "طيران الجيش العراقي", "الحشد الشعبي", "Iraqi security forces", "Iraqi Federal Police", "Iraqi army", "Popular Mobilization Forces", "PMF")
C["ant-SK-middleEast-224-20180312"] = [
    ev("disrupted_weapons_use", ("2018-03-10", "2018-03-12"), loc("Hawija district", "IQ", 35.32592, 43.77267, 30), IQF,
       actor("فلول داعش", "بقايا داعش", "داعش", "Islamic State", "ISIS", "Daesh")),
    ev("arrests", ("2018-03-10", "2018-03-12"), loc("Kirkuk", "IQ", 35.46806, 44.39222, 25),
       actor("جهاز مكافحة الإرهاب العراقي", "Iraqi Counter-Terrorism Service", "CTS", "Iraqi security forces"),
       actor("الانفصاليين", "separatists")),
    ev("armed_clash", ("2018-02-20", "2018-03-12"), loc("Kirkuk", "IQ", 35.46806, 44.39222, 25),
       actor("الانفصاليين", "separatists"),
       actor("جهاز مكافحة الإرهاب", "دورية عسكرية", "Iraqi Counter-Terrorism Service", "CTS"), fatalities=1, optional=True),
]
C["ant-SK-middleEast-3808-20181010"] = [
    ev("protest_with_intervention", ("2018-09-26", "2018-10-10"), loc("Sanaa University, Sanaa", "YE", 15.463615, 44.237884, 25),
       actor("طالبات جامعة صنعاء", "الطالبات", "Students", "Protesters"),
       actor("الزينبيات", "كتائب الزينبيات", "ميليشيات الحوثي", "Houthis", "Ansar Allah", "Zainabiyat"), optional=True),
]
RES = actor("المقاومة الشعبية", "رجال قبائل", "موالون للحكومة الشرعية", "Popular Resistance", "Yemeni Popular Resistance", "pro-Hadi forces", "Yemeni government forces")
HOU = actor("قوات الحوثي", "المتمردين الحوثيين", "الحوثيين", "الحوثيون", "Houthis", "Ansar Allah")
C["snn-1d55a4330244"] = [
    ev("government_regains_territory", ("2015-08-10", "2015-08-10"), loc("Lawdar", "YE", 13.88282, 45.86859, 25), RES, HOU),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Lawdar", "YE", 13.88282, 45.86859, 25), RES, HOU, optional=True),
    ev("government_regains_territory", ("2015-08-10", "2015-08-10"), loc("Ar Radmah (Ibb)", "YE", 14.21973, 44.58657, 25), RES, HOU),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Ar Radmah (Ibb)", "YE", 14.21973, 44.58657, 25), RES, HOU, optional=True),
    ev("government_regains_territory", ("2015-08-10", "2015-08-10"), loc("Ibb province", "YE", 14.07592, 44.166817, 100), RES, HOU, optional=True),
    ev("air_drone_strike", ("2015-08-08", "2015-08-10"), loc("Ibb province", "YE", 14.07592, 44.166817, 100),
       actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU, optional=True),
]
C["ant-SK-middleEast-2936-20180717"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-15", "2018-07-17"), loc("At-Tuhayta", "YE", 14.18356, 43.22637, 25),
       actor("ميليشيات الحوثي", "المتمردون", "Houthis", "Ansar Allah"), actor("Civilians", "مدني", "المدنيين"), fatalities=1, injured=8),
    ev("abduction_forced_disappearance", ("2018-07-01", "2018-07-17"), loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor("جهاز الأمن الوقائي", "Houthis", "Ansar Allah", "Houthi Preventive Security"),
       actor("مشرفي ميليشيات الحوثي", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-7dd3b74e5717"] = []
C["ant-SK-middleEast-866-20180408"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("النظام السوري", "Syrian government forces", "Syrian regime", "Syrian Arab Army"),
       actor("Civilians", "المدنيين", "نساء وأطفال"), fatalities=[10, 99]),
]
C["ant-SK-middleEast-1159-20180421"] = [
    ev("attack", ("2018-04-19", "2018-04-21"), loc("Al-Dhabab, west of Taiz", "YE", 13.55, 43.93, 25), None,
       actor("الصليب الأحمر", "اللجنة الدولية للصليب الأحمر", "حنا لحود", "ICRC", "International Committee of the Red Cross", "Aid workers"),
       fatalities=1),
]
C["snn-7c847d696c4f"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-11"), loc("Abha", "SA", 18.2164, 42.5053, 25),
       None, actor("جنودنا", "Saudi security forces", "Special Emergency Forces"), optional=True),
]

C["snn-799152742a09"] = []
AQSA = loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25)
ILP = actor("الشرطة الإسرائيلية", "قوات الأمن الإسرائيلية", "الشرطة", "Israeli police", "Police Forces of Israel", "Israeli security forces")
C["snn-c823426ba0ca"] = [
    ev("protest_with_intervention", ("2015-08-02", "2015-08-03"), AQSA,
       actor("المصلين المسلمين", "المصلون", "المصلين", "الشبان الفلسطينيين", "Palestinian worshippers", "Palestinians", "Protesters"),
       ILP, injured=[2, 99]),
    ev("arrests", ("2015-08-02", "2015-08-03"), AQSA, ILP,
       actor("الشبان الفلسطينيين", "خمسة شبان", "Palestinians", "Palestinian youths"), optional=True),
    ev("arrests", ("2015-08-02", "2015-08-03"), AQSA,
       actor("الشرطة العسكرية", "Israeli military police", "Israeli security forces"),
       actor("المتطرفين اليهود", "Jewish extremists", "Israeli settlers"), optional=True),
]
C["ant-SK-middleEast-1130-20180419"] = [
    ev("armed_clash", ("2018-02-01", "2018-02-28"), loc("Idlib province", "SY", 35.78763, 36.679719, 100),
       actor("هيئة تحرير الشام", "جبهة النصرة", "Hayat Tahrir al-Sham", "HTS", "Jabhat al-Nusra"),
       actor("داعش", "خلايا داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
]
HOUY = actor("ميليشيات الحوثي", "الحوثيين", "ميليشيات الحوثي الإيرانية", "Houthis", "Ansar Allah")
YARMY = actor("الجيش اليمني", "القوات المسلحة الإماراتية", "قوات المقاومة", "العمالقة", "Yemeni army", "Yemeni government forces", "UAE armed forces", "Giants Brigades")
C["ant-SK-middleEast-735-20180402"] = [
    ev("armed_clash", ("2018-03-31", "2018-04-02"), loc("Hays", "YE", 13.9317, 43.4831, 25), HOUY, YARMY,
       fatalities=30, injured=[10, 99]),
    ev("armed_clash", ("2018-03-30", "2018-04-02"), loc("Hays / west coast front", "YE", 13.9317, 43.4831, 60), HOUY,
       actor("الطائرات", "قوات المقاومة", "العمالقة", "Giants Brigades", "Saudi-led coalition"), fatalities=[1, 99], injured=[0, 99], optional=True),
    ev("air_drone_strike", ("2018-03-31", "2018-04-02"), loc("Al-Saleh city, Hodeidah", "YE", 14.796625, 42.945213, 25),
       actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOUY, fatalities=16),
]
C["snn-b5c167d58d33"] = []
C["snn-bbdcaee3d0f1"] = []

C["ant-SK-middleEast-3682-20181001"] = [
    ev("armed_clash", ("2018-09-29", "2018-10-01"), loc("Sahar district, Saada", "YE", 16.883396, 43.6864, 30),
       actor("ميليشيات الحوثي", "أتباع عبدالملك الحوثي", "Houthis", "Ansar Allah"),
       actor("أتباع محمد عبدالعظيم الحوثي", "جماعة محمد عبدالعظيم الحوثي", "Mohammed Abdulazim al-Houthi followers", "Zaydi tribesmen"),
       fatalities=20),
]
D2 = ("2015-07-24", "2015-07-26")
HOU2 = actor("المتمردين الحوثيين", "الحوثيين", "ميليشيات الحوثي", "ميليشيات الحوثي وصالح", "المتمردين", "الحرس الجمهوري", "Houthis", "Ansar Allah", "Saleh loyalists")
RES2 = actor("المقاومة الشعبية الجنوبية", "المقاومة الشعبية", "المقاومة", "مقاتلو المقاومة", "اللواء الأول للمقاومة", "Southern Popular Resistance", "Popular Resistance", "Southern Resistance")
C["snn-b6bfaddb35d1"] = [
    ev("air_drone_strike", D2, loc("near Bab al-Mandab (Dhubab)", "YE", 12.94305, 43.41025, 50),
       actor("قوات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU2),
    ev("armed_clash", D2, loc("Al-Fakhir, Qataba district", "YE", 13.88, 44.66, 30), RES2, HOU2, fatalities=9, injured=5),
    ev("armed_clash", D2, loc("Sanah, Al-Dhale", "YE", 13.75, 44.73, 25), RES2, HOU2, fatalities=6),
    ev("armed_clash", D2, loc("Lakmat Lashu'ub / Al-Atariya, Sanah", "YE", 13.75, 44.75, 25), RES2, HOU2, optional=True),
    ev("armed_clash", D2, loc("Qataba district", "YE", 13.85493, 44.7058, 30), RES2, HOU2, optional=True),
    ev("shelling_artillery_missile_attack", D2, loc("Al-Ain, near Lawdar", "YE", 13.95, 45.85, 30), RES2, HOU2, fatalities=[2, 99]),
    ev("shelling_artillery_missile_attack", D2, loc("As-Salamiyah, Abyan", "YE", 13.88282, 45.86859, 40), HOU2, None),
]
C["snn-624d376fbb7f"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor("مجموعة مسلحة", "إرهابيان", "Islamist militants", "Unidentified armed group"),
       actor("القوات المسلحة المالية", "Military Forces of Mali", "Malian army"), fatalities=8, injured=4),
    ev("attack", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor("مجموعة مسلحة", "Islamist militants", "Unidentified armed group"),
       actor("الرهائن", "Civilians", "hostages"), fatalities=8, injured=4, optional=True),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-07"), loc("Sevare", "ML", 14.53, -4.10, 50),
       actor("مجموعة مسلحة", "Islamist militants", "Unidentified armed group"),
       actor("الرهائن", "Civilians", "hostages"), optional=True),
]
C["ant-SK-middleEast-103-20180226"] = [
    ev("armed_clash", ("2018-02-24", "2018-02-26"), loc("Nihm district", "YE", 15.737485, 44.542357, 30),
       actor("القوات", "الجيش اليمني", "Yemeni army", "Yemeni government forces"),
       actor("ميليشيا الحوثي", "ميليشيا الحوثي الإيرانية", "Houthis", "Ansar Allah"), fatalities=[10, 99]),
]
TKAF = actor("طائرات تركية مقاتلة", "Turkish Air Force", "Military Forces of Turkey", "Turkey")
PKK = actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party")
C["snn-2d857c4f7332"] = [
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), loc("northern Iraq", "IQ", None, None), TKAF, PKK, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("northern Iraq", "IQ", None, None), TKAF, PKK, optional=True),
]
C["ant-SK-economy-389-20180420"] = []

C["snn-880071da6cfc"] = []
C["snn-7b1cb1187233"] = [
    ev("suicide_bomb", ("2015-08-05", "2015-08-08"), loc("Saudi Arabia (Asir)", "SA", None, None), None,
       actor("العريف عبدالله أحمد العسيري", "Saudi security forces"), fatalities=[1, 99], optional=True),
]
HOD = actor("القوات المشتركة", "القوات اليمنية المشتركة", "Yemeni joint forces", "Yemeni government forces", "Giants Brigades", "Saudi-led coalition")
HOUH = actor("ميليشيات الحوثي", "الحوثيين", "الحوثيون", "الميليشيات", "Houthis", "Ansar Allah")
HODAP = loc("Hodeidah Airport", "YE", 14.7531, 42.9763, 25)
C["ant-SK-middleEast-2520-20180621"] = [
    ev("government_regains_territory", ("2018-06-19", "2018-06-20"), HODAP, HOD, HOUH, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-19", "2018-06-21"), HODAP, HOUH, HOD, optional=True),
]
C["ant-SK-internationalNews-1363-20180505"] = [
    ev("protest_with_intervention", ("2018-05-05", "2018-05-05"), loc("Pushkin Square, Moscow", "RU", 55.7656, 37.6058, 25),
       actor("أنصار نافالني", "أليكسي نافالني", "المعارض الروسي", "Protesters", "Alexei Navalny", "Navalny supporters"),
       actor("الشرطة الروسية", "Police Forces of Russia", "Russian police")),
    ev("arrests", ("2018-05-05", "2018-05-05"), loc("Pushkin Square, Moscow", "RU", 55.7656, 37.6058, 25),
       actor("الشرطة الروسية", "Police Forces of Russia", "Russian police"),
       actor("أليكسي نافالني", "نافالني", "Alexei Navalny", "Navalny supporters"), optional=True),
    ev("violent_demonstration", ("2018-05-05", "2018-05-05"), loc("Pushkin Square, Moscow", "RU", 55.7656, 37.6058, 25),
       actor("أنصار نافالني", "Navalny supporters", "Protesters"),
       actor("نشطاء مؤيدين للكرملين", "pro-Kremlin activists"), optional=True),
    ev("peaceful_protest", ("2018-05-05", "2018-05-05"), loc("Saint Petersburg", "RU", 59.9343, 30.3351, 25),
       actor("Protesters", "متظاهرين", "Navalny supporters"), None),
    ev("protest_with_intervention", ("2018-05-05", "2018-05-05"), loc("Russian Far East / Siberia", "RU", None, None),
       actor("Protesters", "المتظاهرين"), actor("Police Forces of Russia", "Russian police"), optional=True),
]
C["ant-SK-middleEast-2472-20180619"] = [
    ev("government_regains_territory", ("2018-06-19", "2018-06-19"), HODAP, HOD, HOUH, fatalities=[10, 99]),
    ev("armed_clash", ("2018-06-19", "2018-06-19"), HODAP, HOD, HOUH, fatalities=[10, 99], optional=True),
    ev("air_drone_strike", ("2018-06-19", "2018-06-19"), HODAP, actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOUH, optional=True),
    ev("looting_property_destruction", ("2018-06-19", "2018-06-19"), HODAP, HOUH, None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-19", "2018-06-19"), HODAP, HOUH, HOD, optional=True),
]
C["snn-1e8b9b8af85f"] = []
C["ant-SK-middleEast-2601-20180627"] = [
    ev("attack", ("2018-06-23", "2018-06-27"), loc("Tal Sharaf, Salah al-Din", "IQ", 34.60389, 44.67709, 25),
       actor("داعش", "Islamic State", "ISIS", "Daesh"),
       actor("المختطفين", "أفراد الشرطة العراقية", "الحشد الشعبي", "Iraqi police", "Popular Mobilization Forces", "Civilians"), fatalities=8),
    ev("abduction_forced_disappearance", ("2018-06-01", "2018-06-23"), loc("Baghdad-Kirkuk road", "IQ", 34.60389, 44.67709, 60),
       actor("داعش", "Islamic State", "ISIS", "Daesh"),
       actor("أفراد الشرطة العراقية", "الحشد الشعبي", "Iraqi police", "Popular Mobilization Forces"), optional=True),
]
IDF = actor("الجيش الإسرائيلي", "المدفعية الإسرائيلية", "Israeli army", "IDF", "Military Forces of Israel")
IDFAIR = actor("الطيران الحربي الإسرائيلي", "الجيش الإسرائيلي", "Israeli Air Force", "IDF", "Military Forces of Israel")
GAZB = loc("eastern Gaza Strip border", "PS", 31.42, 34.38, 30)
C["ant-SK-middleEast-3028-20180721"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-19", "2018-07-21"), loc("east of Gaza City", "PS", 31.50, 34.48, 25), IDF,
       actor("Hamas", "حماس", "Palestinian militants"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-07-20"), GAZB, IDF,
       actor("Palestinians", "فلسطينيين", "Hamas"), fatalities=[0, 4]),
    ev("air_drone_strike", ("2018-07-20", "2018-07-20"), loc("Juhr al-Dik", "PS", 31.458381, 34.42528, 25), IDFAIR, None),
    ev("protest_with_intervention", ("2018-07-20", "2018-07-20"), GAZB,
       actor("الفلسطينيين", "مسيرة العودة", "Palestinians", "Protesters"), IDF, injured=120),
    ev("excessive_force_against_protesters", ("2018-07-20", "2018-07-20"), GAZB, IDF,
       actor("الفلسطينيين", "Palestinians", "Protesters"), injured=120, optional=True),
    ev("armed_clash", ("2018-07-20", "2018-07-20"), GAZB, actor("Palestinian militants", "Hamas"), IDF, optional=True),
]
C["snn-cf102a4209b0"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-24"), loc("southern gate of Mosul", "IQ", 36.30, 43.13, 25), None,
       actor("تنظيم داعش", "رتل لعناصر تنظيم داعش", "Islamic State", "ISIS", "Daesh"), fatalities=42, injured=18),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"), loc("Mosul (north and east)", "IQ", 36.36, 43.16, 25),
       actor("طائرات التحالف الدولي", "US-led coalition", "International coalition"), actor("تنظيم داعش", "Islamic State", "ISIS", "Daesh")),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"), loc("Al-Nasr village, west of Makhmur", "IQ", 35.77, 43.45, 25),
       actor("طيران التحالف", "US-led coalition", "International coalition"), actor("عناصر داعش", "Islamic State", "ISIS", "Daesh"), fatalities=[0, 7]),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"), loc("Hawija-Makhmur road", "IQ", 35.55, 43.68, 30),
       actor("طيران التحالف", "US-led coalition", "International coalition"), actor("عناصر داعش", "Islamic State", "ISIS", "Daesh")),
]
C["ant-SK-internationalNews-3047-20180816"] = []
C["snn-554808f4896c"] = []
C["snn-750a1d6e5568"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-08"), loc("Brussels", "BE", 50.8503, 4.3517, 25),
       actor("الأكراد", "المتظاهرين", "Kurds", "Kurdish protesters", "Protesters"), None),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9767, 38.4250, 25),
       actor("داعش", "Islamic State", "ISIS"), actor("Civilians", "الضحايا"), fatalities=32, optional=True),
    ev("air_drone_strike", ("2015-08-02", "2015-08-09"), loc("northern Iraq", "IQ", None, None),
       actor("الطيران التركي", "Turkish Air Force", "Military Forces of Turkey"), actor("حزب العمال الكردستاني", "PKK"), optional=True),
]

C["snn-a75a05ae5d5b"] = []
C["snn-dcf5aee974c2"] = []
GOVY = actor("قوات الجيش الموالي للشرعية", "الجيش الوطني", "قوات الجيش", "المقاومة الشعبية", "المقاومة", "مسلحي المقاومة الشعبية",
             "Yemeni government forces", "Yemeni army", "Popular Resistance", "pro-Hadi forces")
HOUS = actor("ميليشيات الحوثي", "الحوثيين", "قوات المخلوع", "ميليشيات الحوثي وصالح", "Houthis", "Ansar Allah", "Saleh loyalists")
COAL2 = actor("التحالف العربي", "طيران التحالف", "مقاتلات التحالف العربي", "Saudi-led coalition", "Arab Coalition")
ANAD = loc("Labouza camp / Al-Anad, Lahij", "YE", 13.18, 44.77, 25)
C["snn-546aaadb2409"] = [
    ev("government_regains_territory", ("2015-08-06", "2015-08-06"), ANAD, GOVY, HOUS),
    ev("armed_clash", ("2015-08-06", "2015-08-06"), ANAD, GOVY, HOUS, optional=True),
    ev("air_drone_strike", ("2015-08-06", "2015-08-06"), ANAD, COAL2, HOUS, optional=True),
    ev("government_regains_territory", ("2015-08-05", "2015-08-07"), loc("Kirsh, Lahij", "YE", 13.36473, 44.49046, 25), GOVY, HOUS),
    ev("air_drone_strike", ("2015-08-05", "2015-08-07"), loc("Zinjibar (15th Brigade)", "YE", 13.12871, 45.38073, 25), COAL2, HOUS),
    ev("government_regains_territory", ("2015-08-05", "2015-08-07"), loc("Jaar", "YE", 13.223, 45.30559, 25), GOVY, HOUS),
    ev("change_to_group_activity", ("2015-08-05", "2015-08-07"), loc("central regions of Yemen", "YE", None, None),
       actor("مقاومة المناطق الوسطى", "مجلس مقاومة المناطق الوسطى", "Popular Resistance"), None, optional=True),
]
C["snn-8629cab06044"] = []
C["snn-175b14642dfc"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-120.jsonl"))
