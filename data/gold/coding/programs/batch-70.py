import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISR = actor("Israeli forces", "Israel", "IDF", "القوات الإسرائيلية", "الجيش الإسرائيلي", "قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "جنود إسرائيليين", "جنود إسرائيليون")
GAZA = loc("Gaza Strip (border)", "PS", 31.42, 34.37, 30)
HOUTHI = actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "القوات الحوثية", "الميليشيا الحوثية", "ميليشيا الحوثي", "المتمردين الحوثيين", "الانقلابيين الحوثيين", "الانقلابيين", "المتمردين")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف", "قوات التحالف", "التحالف العربي", "طائرات التحالف العربي", "طيران التحالف")
SAUDI_AD = actor("Saudi air defense", "Saudi Arabia", "Saudi-led coalition", "قوات الدفاع الجوي السعودي", "قوات الدفاع الجوي للتحالف", "الدفاع الجوي السعودي")
RES = actor("Popular Resistance", "Yemeni Popular Resistance", "المقاومة الشعبية", "قوات المقاومة الشعبية", "المقاومة", "الثوار", "Pro-Hadi forces")
TAIZ = loc("Taiz", "YE", 13.5795, 44.0209, 25)
CIV = actor("Civilians", "مدنيين", "المدنيين")

C["ant-SK-middleEast-1703-20180514"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Palestinian protesters", "Protesters", "المتظاهرين الفلسطينيين", "المحتجين الفلسطينيين", "المتظاهرين", "مسيرة العودة", "Great March of Return"),
       ISR, fatalities=58, injured=2771),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Palestinian protesters", "Protesters", "المتظاهرين الفلسطينيين", "المحتجين الفلسطينيين", "المتظاهرين", "مسيرة العودة", "Great March of Return"),
       ISR, fatalities=58, injured=2771, optional=True),
]
C["snn-91880053294c"] = []
C["ant-CN-middleEast-986-20180521"] = [
    ev("disrupted_weapons_use", ("2018-05-21", "2018-05-21"), loc("Jazan", "SA", 16.8839, 42.5670, 25),
       SAUDI_AD, HOUTHI, fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-05-21", "2018-05-21"), loc("Jazan", "SA", 16.8839, 42.5670, 25),
       HOUTHI, SAUDI_AD, fatalities=0, injured=0, optional=True),
]
C["snn-5b0714f0da4b"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-08"), TAIZ, RES, HOUTHI, fatalities=25, injured=40),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Naqil al-Ibil, Taiz province", "YE", 13.4188, 43.7781, 100), RES, HOUTHI, optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Al-Hijrah, Taiz province", "YE", 13.4188, 43.7781, 100), RES, HOUTHI, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-08", "2015-08-09"), TAIZ, HOUTHI, CIV, injured=3),
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), TAIZ, COAL, HOUTHI, fatalities=14, injured=22),
    ev("government_regains_territory", ("2015-08-07", "2015-08-09"), TAIZ, RES, HOUTHI, optional=True),
]
C["snn-6d5bf85f9f45"] = []
C["ant-SK-internationalNews-2356-20180627"] = []
C["ant-SK-internationalNews-224-20180301"] = []
C["snn-f6933c0e0c63"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Donbas", "UA", 48.2, 38.3, 150),
       actor("Ukrainian forces", "Ukraine", "وحدات القيادة الأوكرانية", "القوات الأوكرانية"),
       actor("Pro-Russian separatists", "Separatists", "الانفصاليين", "الانفصاليون الموالون لروسيا", "DPR", "LPR"),
       injured=[2, 99], optional=True),
]
C["snn-5678dc1fb3dc"] = []
C["snn-c90050669858"] = []
C["ant-CN-internationalNews-251-20180418"] = []
C["snn-1fa0a31b58bc"] = []
JOSEC = actor("Jordanian security forces", "Jordan", "قوات الأمن", "الأجهزة الأمنية", "قوات الأمن الأردنية", "قوات الدرك", "الدرك")
CELL = actor("Salt terrorist cell", "Islamist militants", "خلية السلط الإرهابية", "الخلية الإرهابية", "الإرهابيين", "الخوارج")
C["ant-SK-middleEast-3376-20180813"] = [
    ev("armed_clash", ("2018-08-11", "2018-08-11"), loc("Fuheis", "JO", 32.0047, 35.7809, 25),
       CELL, actor("Jordanian Gendarmerie", "قوات الدرك", "شرطي أردني", "Jordanian police"), fatalities=1),
    ev("remote_explosive_landmine_ied", ("2018-08-11", "2018-08-11"), loc("Fuheis", "JO", 32.0047, 35.7809, 25),
       CELL, actor("Jordanian Gendarmerie", "قوات الدرك", "شرطي أردني", "Jordanian police"), fatalities=1, optional=True),
    ev("armed_clash", ("2018-08-11", "2018-08-12"), loc("Salt", "JO", 32.0392, 35.7272, 25),
       JOSEC, CELL, fatalities=[6, 103]),
    ev("arrests", ("2018-08-11", "2018-08-12"), loc("Salt", "JO", 32.0392, 35.7272, 25),
       JOSEC, CELL, optional=True),
]
RIY = loc("Riyadh", "SA", 24.7025, 46.8218, 25)
C["ant-SK-middleEast-1557-20180509"] = [
    ev("disrupted_weapons_use", ("2018-05-09", "2018-05-09"), RIY, SAUDI_AD, HOUTHI),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-09"), RIY, HOUTHI, SAUDI_AD, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-09"), loc("Desert 100 km south of Riyadh", "SA", 23.8, 46.8, 120),
       HOUTHI, None, fatalities=0, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-09"), loc("Najran (desert area)", "SA", 17.49, 44.13, 100),
       HOUTHI, None, fatalities=0, optional=True),
]
C["snn-5cc4d6727a64"] = []
C["ant-CN-internationalNews-623-20180930"] = [
    ev("air_drone_strike", ("2018-09-27", "2018-09-27"), loc("Afghanistan", "AF", None, None),
       actor("US forces", "United States", "US Marines", "مقاتلة F-35b", "قوات المارينز", "القيادة المركزية بالجيش الأمريكي"), None, optional=True),
]
C["snn-c7ffe4ae7540"] = []
C["snn-510087b7a25d"] = []
IS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "عناصر داعش", "الإرهابيين", "إرهابيين")
C["ant-SK-middleEast-813-20180406"] = []
C["snn-5522951ed24e"] = []
C["snn-74d076d54027"] = []
C["snn-d1f7ad82913e"] = [
    ev("arrests", ("2015-07-01", "2015-07-21"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "Saudi Interior Ministry", "الداخلية السعودية", "رجال الأمن السعودي", "رجال الداخلية"),
       actor("Islamic State", "ISIS", "داعش", "خلايا إرهابية تابعة لداعش"), optional=True),
]
C["snn-5fd0796a068b"] = [
    ev("air_drone_strike", ("2015-08-08", "2015-08-08"), loc("Ramadi (al-Tameem)", "IQ", 33.4206, 43.3078, 25),
       actor("International coalition", "US-led coalition", "طيران التحالف الدولي", "التحالف الدولي"), IS, fatalities=[5, 99]),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Garma (al-Karma)", "IQ", 33.40, 43.91, 25),
       actor("Iraqi security forces", "Iraqi army", "قيادة عمليات بغداد", "Baghdad Operations Command"), IS, fatalities=7),
    ev("disrupted_weapons_use", ("2015-08-07", "2015-08-09"), loc("Garma (al-Karma)", "IQ", 33.40, 43.91, 25),
       actor("Iraqi security forces", "Iraqi army", "قيادة عمليات بغداد", "Baghdad Operations Command"), IS, optional=True),
]
C["snn-157a9be475d4"] = []
YEARMY = actor("Yemeni army", "Yemeni government forces", "الجيش اليمني", "قوات الجيش الوطني", "الجيش الوطني", "Pro-Hadi forces")
HOUTHI2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الحوثي", "المتمردين", "الميليشيات", "الانقلابيين", "ميليشيات الحوثي الإيرانية")
BAQIM = loc("Baqim", "YE", 17.3971, 43.4774, 25)
C["ant-SK-middleEast-3801-20181009"] = [
    ev("armed_clash", ("2018-10-07", "2018-10-09"), BAQIM, YEARMY, HOUTHI2, fatalities=[15, 17]),
    ev("government_regains_territory", ("2018-10-07", "2018-10-09"), BAQIM, YEARMY, HOUTHI2),
]
C["snn-6041ada2d6d8"] = []
C["ant-CN-middleEast-649-20180417"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.5718, 36.4027, 25),
       actor("Syrian government forces", "Syrian regime", "بشار الأسد", "Assad regime"), actor("Civilians", "مدنيين", "المدنيين"), fatalities=[10, 99], optional=True),
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "United Kingdom", "France", "US-led coalition", "الولايات المتحدة", "فرنسا", "بريطانيا"),
       actor("Syrian government forces", "Syrian regime"), optional=True),
]
HOD = loc("Al Hudaydah (outskirts)", "YE", 14.7966, 42.9452, 25)
JRF = actor("Joint Resistance Forces", "Yemeni joint forces", "قوات المقاومة اليمنية المشتركة", "قوات المقاومة المشتركة", "قوات المقاومة", "القوات المشتركة", "UAE forces", "القوات الإماراتية", "Saudi-led coalition", "تحالف دعم الشرعية")
C["ant-SK-middleEast-2351-20180613"] = [
    ev("armed_clash", ("2018-06-13", "2018-06-13"), HOD, JRF, HOUTHI2),
    ev("air_drone_strike", ("2018-06-06", "2018-06-13"), HOD,
       actor("Saudi-led coalition", "Arab Coalition", "مروحيات تحالف دعم الشرعية", "تحالف دعم الشرعية"), HOUTHI2, optional=True),
    ev("armed_clash", ("2018-05-30", "2018-06-13"), loc("Ad Durayhimi", "YE", 14.637, 43.055, 25), JRF, HOUTHI2, optional=True),
    ev("government_regains_territory", ("2018-05-20", "2018-06-13"), loc("Ad Durayhimi", "YE", 14.637, 43.055, 25), JRF, HOUTHI2, optional=True),
    ev("armed_clash", ("2018-06-06", "2018-06-13"), loc("Hodeidah airport road", "YE", 14.75, 42.98, 25), JRF, HOUTHI2, optional=True),
]
C["ant-SK-internationalNews-2620-20180714"] = []
ISF = actor("Iraqi security forces", "Iraqi Counter-Terrorism Service", "قوات الأمن", "القوات الأمنية", "جهاز مكافحة الارهاب", "القوات العراقية", "القوات الحكومية", "Iraqi army")
ANBU = loc("Anbar University, Ramadi", "IQ", 33.4206, 43.3078, 25)
C["snn-31743f539b9d"] = [
    ev("armed_clash", ("2015-07-26", "2015-07-26"), ANBU, ISF, IS),
    ev("government_regains_territory", ("2015-07-26", "2015-07-26"), ANBU, ISF, IS),
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), ANBU,
       actor("US-led coalition", "International coalition", "التحالف الذي تقوده الولايات المتحدة"), IS, optional=True),
]
C["ant-SK-internationalNews-2915-20180807"] = []
C["snn-e4835e948cd7"] = [
    ev("arrests", ("2015-07-19", "2015-07-21"), loc("Morocco", "MA", None, None),
       actor("Moroccan authorities", "Moroccan Interior Ministry", "السلطات المغربية", "وزارة الداخلية المغربية"),
       actor("Islamic State", "ISIS", "داعش", "خلية إرهابية مؤيدة لداعش"), optional=True),
]
C["ant-SK-technology-1446-20180910"] = []
C["ant-CN-middleEast-1276-20180902"] = [
    ev("air_drone_strike", ("2018-09-01", "2018-09-01"), loc("Mezzeh military airport, Damascus", "SY", 33.477, 36.223, 25),
       actor("Israel", "Israeli forces", "إسرائيل"), actor("Syrian government forces", "Syrian army", "الجيش السوري"), optional=True),
]
C["ant-SK-middleEast-1723-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Palestinian protesters", "Protesters", "فلسطينيا", "الفلسطينيين", "مسيرة العودة", "Great March of Return"),
       ISR, fatalities=[55, 62], injured=[2700, 2850]),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), GAZA,
       actor("Palestinian protesters", "Protesters", "فلسطينيا", "الفلسطينيين", "مسيرة العودة", "Great March of Return"),
       ISR, fatalities=[55, 62], injured=[2700, 2850], optional=True),
]
PKK = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني")
TPOL = actor("Turkish police", "Police Forces of Turkey", "ضابطي شرطة", "ضابطين تركيين")
CEYL = loc("Ceylanpinar (Ras al-Ain)", "TR", 36.8472, 40.05, 25)
C["snn-ba855596e418"] = [
    ev("armed_clash", ("2015-07-22", "2015-07-22"), CEYL, PKK, TPOL, fatalities=2),
    ev("attack", ("2015-07-22", "2015-07-22"), CEYL, PKK, TPOL, fatalities=2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "تنظيم الدولة الإسلامية", "داعش"), actor("Civilians", "مدنيين"), fatalities=32, optional=True),
]
C["snn-cb72eb594299"] = []
C["snn-af84dbc73335"] = [
    ev("armed_clash", ("2015-07-18", "2015-07-25"), loc("Sabha", "LY", 27.0377, 14.4283, 25), None, None, optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-25"), loc("Kufra", "LY", 24.1989, 23.2909, 25), None, None, optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-25"), loc("Ubari", "LY", 26.5921, 12.7805, 25), None, None, optional=True),
]
TARMY = actor("Turkish military", "Turkish army", "جنديان تركيان", "الجنود الأتراك", "قافلة عسكرية", "الجيش التركي")
PKK2 = actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "متمردين من حزب العمال الكردستاني", "متمردين اكراد", "متمردي حزب العمال الكردستاني")
SIRNAK = loc("Arakoy area, Sirnak province", "TR", 37.4591, 42.5164, 100)
C["snn-651a4b6c0175"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-05"), SIRNAK, PKK2, TARMY, fatalities=2, injured=2),
    ev("armed_clash", ("2015-08-04", "2015-08-05"), SIRNAK, TARMY, PKK2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "داعش"), actor("Civilians", "الناشطين الشبان الاكراد"), fatalities=32, optional=True),
]
C["snn-0257e3341908"] = []
C["snn-8af0ee9b67cd"] = []
C["ant-SK-internationalNews-2763-20180721"] = [
    ev("armed_clash", ("2018-07-19", "2018-07-21"), loc("Dari village, Marivan", "IR", 35.52, 46.18, 50),
       actor("Unidentified armed group", "جماعات إرهابية", "مجموعة مسلحة مناوئة للثورة", "مجموعة مسلحة معادية", "Kurdish militants"),
       actor("IRGC", "Islamic Revolutionary Guard Corps", "Basij", "الحرس الثوري", "قوات التعبئة", "الباسيج", "Iranian forces"),
       fatalities=11, injured=8),
]
C["ant-SK-middleEast-1414-20180503"] = []
JISH = loc("Al-Jish, Qatif", "SA", 26.5133, 49.9917, 25)
SASEC = actor("Saudi security forces", "Saudi police", "دوريات الأمن", "إحدى دوريات الأمن", "الجهات الأمنية", "رجل أمن", "الجندي سامي معوض عوض الله الحربي")
C["snn-3f595bcf04cb"] = [
    ev("armed_clash", ("2015-07-28", "2015-07-28"), JISH, None, SASEC, fatalities=1),
    ev("attack", ("2015-07-28", "2015-07-28"), JISH, None, SASEC, fatalities=1, optional=True),
    ev("arrests", ("2015-07-28", "2015-07-31"), JISH, SASEC, None, optional=True),
]
C["snn-9241693dc65f"] = []
C["snn-a2149f153649"] = [
    ev("arrests", ("2015-07-23", "2015-07-23"), loc("Hoboken, Antwerp", "BE", 51.176, 4.35, 25),
       actor("Belgian police", "Belgian federal prosecutor", "النيابة الفيدرالية البلجيكية", "السلطات البلجيكية"),
       actor("Former Guantanamo detainees", "معتقلي غوانتانامو السابقين", "شبكة لتجنيد مقاتلين لسوريا", "Moroccan Islamic Combatant Group")),
]
HOUTHI_SALEH = actor("Houthis", "Ansar Allah", "الحوثيون", "المتمردون", "المتمردين", "ميليشيا الحوثي", "تحالف الحوثي - صالح", "Saleh loyalists", "أنصار صالح")
TRUCE = ("2015-07-26", "2015-07-27")
C["snn-a80dd34a69bb"] = [
    ev("shelling_artillery_missile_attack", TRUCE, loc("Aden", "YE", 12.7987, 45.0153, 25), HOUTHI_SALEH, CIV),
    ev("shelling_artillery_missile_attack", TRUCE, loc("Ad Dali", "YE", 13.6963, 44.7308, 25), HOUTHI_SALEH, CIV),
    ev("shelling_artillery_missile_attack", TRUCE, loc("Marib", "YE", 15.4625, 45.3258, 25), HOUTHI_SALEH, CIV),
    ev("shelling_artillery_missile_attack", TRUCE, loc("Taiz", "YE", 13.5795, 44.0209, 25), HOUTHI_SALEH, CIV),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-70.jsonl"))
