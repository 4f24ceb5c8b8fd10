import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

WEST = actor("أمريكا وبريطانيا وفرنسا", "أمريكا", "بريطانيا", "فرنسا", "United States", "USA", "US", "United Kingdom", "UK", "France", "US-led coalition")
SYRGOV = actor("الجيش السوري", "الدفاعات الجوية السورية", "القيادة العامة للجيش السوري", "منظومات دفاعنا الجوي", "Syrian Arab Army", "Syrian government forces", "Syrian Air Defense", "Syria")

C["snn-561cbe5e5d3a"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-11"), loc("Abha", "SA", 18.23, 42.50, 25),
       None, actor("جنودنا", "حماة وطنك", "Saudi security forces", "Saudi Emergency Forces"), optional=True),
]
C["ant-SK-internationalNews-65-20180221"] = [
    ev("peaceful_protest", ("2018-02-20", "2018-02-20"), loc("Holot detention center", "IL", 30.98, 34.45, 50),
       actor("المهاجرين الأفارقة", "المهاجرين الأفارقة غير الشرعيين", "نزلاء حولوت", "African migrants", "Eritrean migrants", "Sudanese migrants", "Protesters"), None, optional=True),
]
C["ant-CN-middleEast-608-20180414"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("Barzeh, Damascus", "SY", 33.55, 36.31, 25),
       WEST, SYRGOV, fatalities=None, injured=None),
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Barzeh, Damascus", "SY", 33.55, 36.31, 25),
       WEST, SYRGOV, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("Homs", "SY", 34.73, 36.71, 25),
       WEST, actor("الجيش السوري", "موقعا عسكريا", "Syrian Arab Army", "Syrian government forces", "Civilians", "مدنيين", "ثلاثة مدنيين"), injured=3),
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Homs", "SY", 34.73, 36.71, 25),
       WEST, actor("الجيش السوري", "Syrian Arab Army", "Syrian government forces", "Civilians", "مدنيين"), injured=3, optional=True),
    ev("disrupted_weapons_use", ("2018-04-13", "2018-04-14"), loc("Damascus", "SY", 33.51, 36.29, 25),
       SYRGOV, WEST, optional=True),
    ev("disrupted_weapons_use", ("2018-04-13", "2018-04-14"), loc("Homs", "SY", 34.73, 36.71, 25),
       SYRGOV, WEST, optional=True),
]
FERG = loc("Ferguson, Missouri", "US", 38.744, -90.305, 25)
PROT = actor("المحتجين", "المتظاهرين", "محتجين", "Protesters", "Rioters")
POL = actor("الشرطة", "رجال الشرطة", "Police Forces of the United States", "Ferguson Police", "police")
C["snn-79d29486d2d0"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-10"), FERG, PROT, None, injured=2),
    ev("protest_with_intervention", ("2015-08-09", "2015-08-10"), FERG, PROT, POL, injured=2, optional=True),
    ev("peaceful_protest", ("2015-08-09", "2015-08-09"), FERG, PROT, None, optional=True),
]
C["ant-SK-internationalNews-1613-20180517"] = []
C["snn-3f8a6dcacbc4"] = []

BAG = loc("Baghdad", "IQ", 33.34, 44.40, 25)
IQPROT = actor("المتظاهرين", "المحتجين", "Protesters", "Iraqi protesters")
IQSF = actor("قوات الأمن", "القوات الأمنية", "Iraqi security forces", "Police Forces of Iraq", "Military Forces of Iraq")
C["ant-SK-middleEast-3102-20180725"] = [
    ev("excessive_force_against_protesters", ("2018-07-20", "2018-07-20"), BAG, IQPROT, IQSF, fatalities=4),
    ev("protest_with_intervention", ("2018-07-20", "2018-07-20"), BAG, IQPROT, IQSF, fatalities=4, optional=True),
    ev("peaceful_protest", ("2018-07-01", "2018-07-25"), loc("Basra", "IQ", 30.51, 47.81, 25), IQPROT, None, optional=True),
]
C["ant-SK-middleEast-2845-20180711"] = []
C["ant-CN-middleEast-1145-20180808"] = []
HOU = actor("الحوثيين", "الحوثين", "المتمردين الحوثيين", "مليشيات الحوثي", "جماعة الحوثيين المسلحة", "المسلحين الحوثيين", "قوات صالح", "ميليشيات علي عبدالله صالح", "الموالين لصالح", "Houthis", "Ansar Allah", "Saleh forces", "Houthi-Saleh forces")
RES = actor("المقاومة الشعبية", "المقاومة", "قوات المقاومة الشعبية", "مقاتلي المقاومة", "القوات الموالية للحكومة", "الجيش", "المقاومة والجيش", "Popular Resistance", "Yemeni government forces", "Military Forces of Yemen", "Hadi loyalists")
COAL = actor("طيران التحالف", "طائرات التحالف", "التحالف", "التحالف العربي", "Saudi-led coalition", "Arab Coalition")
C["snn-0716a0855f4b"] = [
    ev("government_regains_territory", ("2015-07-13", "2015-07-19"), loc("Aden airport", "YE", 12.83, 45.03, 25), RES, HOU, optional=True),
    ev("government_regains_territory", ("2015-07-16", "2015-07-23"), loc("Dar Saad", "YE", 12.91, 44.98, 25), RES, HOU, optional=True),
    ev("armed_clash", ("2015-07-16", "2015-07-23"), loc("Al-Anad air base", "YE", 13.18, 44.77, 25), RES, HOU, optional=True),
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"), loc("Al-Anad air base", "YE", 13.18, 44.77, 25), COAL, HOU),
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Taiz", "YE", 13.58, 44.02, 25), HOU, RES, fatalities=20, injured=[17, 106]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-23"), loc("Taiz", "YE", 13.58, 44.02, 25), HOU,
       actor("المدنيين", "أحياء سكنية", "Civilians", "المقاومة", "Popular Resistance"), injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-22", "2015-07-22"), loc("Al-Manar camp, Al-Haymah al-Kharijiyah", "YE", 15.02, 43.86, 30), COAL,
       actor("الحوثيون", "الحوثيين", "الحرس الجمهوري", "Houthis", "Republican Guard")),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Al-Jufaina, Marib", "YE", 15.41, 45.28, 25), HOU, RES),
    ev("armed_clash", ("2015-07-22", "2015-07-22"), loc("Sirwah", "YE", 15.45, 45.02, 25), HOU, RES),
    ev("armed_clash", ("2015-07-21", "2015-07-23"), loc("Al-Balaq, Marib", "YE", 15.40, 45.25, 30), RES, HOU, optional=True),
    ev("armed_clash", ("2015-07-21", "2015-07-23"), loc("Al-Jadaan (Madghal), Marib", "YE", 15.60, 45.04, 30), RES, HOU, optional=True),
    ev("air_drone_strike", ("2015-07-22", "2015-07-22"), loc("Aqabat al-Qina (Bayda-Abyan road)", "YE", 13.93, 45.75, 75), COAL, HOU),
]
C["ant-SK-middleEast-3506-20180903"] = []
C["snn-b0b2b5ce72c8"] = []

SIN = loc("North Sinai", "EG", 31.13, 33.80, 100)
EGA = actor("القوات المسلحة المصرية", "الجيش المصري", "القوات", "القوات الجوية", "Military Forces of Egypt", "Egyptian Armed Forces", "Egyptian army")
TKF = actor("العناصر الإرهابية", "العناصر التكفيرية المسلحة", "عنصرا إرهابيا", "Islamic State", "Sinai Province", "Wilayat Sinai", "militants")
SD = ("2018-02-23", "2018-03-01")
C["ant-CN-middleEast-140-20180301"] = [
    ev("air_drone_strike", SD, SIN, EGA, TKF, optional=True),
    ev("armed_clash", SD, SIN, EGA, TKF, fatalities=[13, 15], optional=True),
    ev("arrests", SD, SIN, EGA, TKF, optional=True),
    ev("disrupted_weapons_use", SD, SIN, EGA, TKF, optional=True),
]
C["ant-CN-internationalNews-563-20180904"] = [
    ev("air_drone_strike", ("2018-08-24", "2018-09-02"), loc("Afghanistan", "AF", None, None), 
       actor("القوات الأمريكية", "US forces", "Military Forces of the United States"), actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Islamic State Khorasan"), fatalities=1, optional=True),
]
KY = loc("Khan Younis (Gaza border)", "PS", 31.35, 34.33, 25)
GPROT = actor("المحتجين", "متظاهرون", "المتظاهرين", "الفلسطينيين", "Palestinian protesters", "Protesters", "Great March of Return")
IDF = actor("الجيش الإسرائيلي", "القوات الإسرائيلية", "الإسرائيليين", "Israeli Defense Forces", "IDF", "Israeli forces", "Military Forces of Israel")
C["ant-SK-middleEast-1674-20180514"] = [
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), KY, GPROT, IDF, injured=1),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), KY, GPROT, IDF, injured=1, optional=True),
    ev("protest_with_intervention", ("2018-05-14", "2018-05-14"), loc("Gaza Strip border", "PS", 31.42, 34.38, 30), GPROT, IDF, optional=True),
]
DIY_SF = actor("السلطات القضائية العراقية", "محكمة استئناف ديالى", "Iraqi authorities", "Police Forces of Iraq", "Iraqi security forces")
C["snn-310765115968"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-15", "2015-07-22"), loc("Khan Bani Saad", "IQ", 33.57, 44.54, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians", "المدنيين"), fatalities=100, injured=150, optional=True),
    ev("suicide_bomb", ("2015-07-15", "2015-07-22"), loc("Khan Bani Saad", "IQ", 33.57, 44.54, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians", "المدنيين"), fatalities=100, injured=150, optional=True),
    ev("arrests", ("2015-07-15", "2015-07-22"), loc("Khan Bani Saad", "IQ", 33.57, 44.54, 25), DIY_SF,
       actor("رجال شرطة", "11 رجل شرطة", "مدير الشرطة", "Police Forces of Iraq"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-22"), loc("Al-Hadid, west of Baquba", "IQ", 33.78, 44.56, 25),
       None, actor("Civilians", "المدنيين"), fatalities=11, injured=18),
]
C["ant-SK-internationalNews-1293-20180501"] = []
C["ant-CN-sport-73-20180306"] = [
    ev("attack", ("2018-03-04", "2018-03-05"), loc("Salisbury", "GB", 51.07, -1.79, 25), None,
       actor("سيرجي سكريبال", "سكريبال", "Sergei Skripal", "Yulia Skripal", "Civilians"), optional=True),
]

C["snn-c54813a167a4"] = []
C["ant-CN-middleEast-101-20180226"] = []
C["snn-797bd1650466"] = []
SAN = loc("Al-Rawda, Sanaa", "YE", 15.40, 44.21, 25)
C["ant-SK-middleEast-3971-20181020"] = [
    ev("attack", ("2018-10-20", "2018-10-20"), SAN, actor("مسلحون", "مسلحين مجهولين", "Unidentified Armed Group", "Unidentified gunmen"),
       actor("أحمد عبدالله جزيلان", "نجل مسؤول أمني", "نجل مدير أمن مديرية الثورة", "Civilians", "Houthis", "مليشيات الحوثي"), fatalities=1),
    ev("attack", ("2018-09-01", "2018-10-19"), loc("Al-Safiya, Sanaa", "YE", 15.33, 44.21, 25), None,
       actor("صفوان الهبري", "قيادات المليشيات", "Houthis", "Ansar Allah"), fatalities=1, optional=True),
    ev("attack", ("2018-09-10", "2018-09-20"), loc("Sanaa", "YE", 15.35, 44.21, 25), None,
       actor("صالح السراجي", "Houthis", "Ansar Allah"), fatalities=1, optional=True),
]
HOU2 = actor("الحوثيين", "الحوثيون", "القوات الموالية للرئيس المخلوع علي صالح", "قوات صالح", "Houthis", "Ansar Allah", "Saleh forces")
C["snn-619028c06dd7"] = [
    ev("government_regains_territory", ("2015-07-20", "2015-07-22"), loc("Wadi Aqqan, Lahj", "YE", 13.38, 44.65, 25),
       actor("المقاومة الشعبية", "المقاومة", "المقاومة الشعبية اليمنية", "Popular Resistance", "Yemeni government forces"), HOU2),
    ev("air_drone_strike", ("2015-07-22", "2015-07-22"), loc("Lahj (Al-Hawta)", "YE", 13.06, 44.88, 25),
       actor("قوات التحالف", "التحالف الذي تقوده السعودية", "Saudi-led coalition", "Arab Coalition"), HOU2),
]
C["snn-5d9cc9172c11"] = [
    ev("arrests", ("2015-06-20", "2015-07-17"), loc("Turkey (town near Syrian border)", "TR", None, None),
       actor("السلطات التركية", "Turkish authorities", "Police Forces of Turkey"), actor("داعش", "تنظيم داعش", "Islamic State", "ISIS"), optional=True),
]

C["snn-1c8b56d06d5f"] = []
C["snn-4cf9984d8c73"] = []
C["ant-SK-economy-320-20180410"] = []
SEV = loc("Sevare", "ML", 14.53, -4.10, 50)
MLGUN = actor("مسلحون", "مجموعة مسلحة", "المسلحين", "المهاجمين", "Unidentified Armed Group", "Al Mourabitoun", "Macina Liberation Front", "militants")
MLA = actor("قوات الجيش", "الجيش", "القوات المالية", "Military Forces of Mali", "Malian army", "Malian Armed Forces")
C["snn-1030c631b2d3"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-08"), SEV, MLGUN, MLA, fatalities=12),
    ev("abduction_forced_disappearance", ("2015-08-07", "2015-08-08"), SEV, MLGUN,
       actor("الرهائن الأجانب", "رهائن", "Civilians", "foreign hostages", "MINUSMA contractors"), optional=True),
    ev("attack", ("2015-08-07", "2015-08-08"), SEV, MLGUN, actor("الرهائن الأجانب", "الأجانب", "Civilians"), fatalities=3, optional=True),
]
BIZ = loc("Bizerte", "TN", 37.27, 9.87, 50)
TNSF = actor("قوات الأمن التونسية", "وزارة الداخلية التونسية", "Police Forces of Tunisia", "Tunisian security forces")
TNJ = actor("جهاديا", "جهادي", "الإرهاب", "Islamist militants", "jihadists")
C["snn-155f1456272b"] = [
    ev("arrests", ("2015-07-20", "2015-07-24"), BIZ, TNSF, TNJ),
    ev("armed_clash", ("2015-07-20", "2015-07-24"), BIZ, TNSF, TNJ, fatalities=1, optional=True),
]
JRF = actor("قوات المقاومة اليمنية المشتركة", "القوات المشتركة", "المقاومة", "المقاومة المشتركة", "القوات الإماراتية", "Joint Resistance Forces", "Yemeni government forces", "Military Forces of the United Arab Emirates", "UAE forces", "Saudi-led coalition")
HOU3 = actor("ميليشيات الحوثي", "الميليشيات", "الحوثي", "المتمردين", "الميليشيات الإيرانية", "الميليشيات الموالية لإيران", "Houthis", "Ansar Allah")
CO3 = actor("التحالف العربي", "مقاتلات ومدفعية التحالف العربي", "تحالف دعم الشرعية", "مدفعية تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition")
HOD = loc("Hodeidah airport road", "YE", 14.75, 42.98, 25)
C["ant-SK-middleEast-2348-20180613"] = [
    ev("government_regains_territory", ("2018-06-13", "2018-06-13"), HOD, JRF, HOU3),
    ev("armed_clash", ("2018-06-13", "2018-06-13"), HOD, JRF, HOU3, optional=True),
    ev("air_drone_strike", ("2018-06-13", "2018-06-13"), loc("Hodeidah", "YE", 14.80, 42.95, 25), CO3, HOU3),
    ev("shelling_artillery_missile_attack", ("2018-06-13", "2018-06-13"), loc("Hodeidah outskirts", "YE", 14.77, 42.97, 25), CO3, HOU3),
    ev("air_drone_strike", ("2018-06-11", "2018-06-13"), loc("Bayt al-Faqih", "YE", 14.52, 43.30, 25), CO3, HOU3, fatalities=[1, 99], injured=[1, 99]),
    ev("air_drone_strike", ("2018-06-11", "2018-06-13"), loc("Coastal road south of Hodeidah", "YE", 14.55, 43.05, 50), CO3, HOU3, optional=True),
]

C["ant-SK-middleEast-633-20180328"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-15", "2018-03-20"), loc("Afrin", "SY", 36.51, 36.87, 25),
       actor("قوات تركية", "القوات التركية", "فصائل من المعارضة السورية الموالية لأنقرة", "Military Forces of Turkey", "Turkish forces", "Free Syrian Army", "Turkish-backed Syrian opposition"),
       actor("الأكراد", "وحدات حماية الشعب الكردية", "YPG", "People's Protection Units", "SDF"), optional=True),
]
C["snn-acb40d51469d"] = []
C["ant-SK-middleEast-978-20180412"] = []
C["ant-SK-internationalNews-1609-20180517"] = []
C["ant-CN-economy-384-20181009"] = []
JAI = actor("جيش الإسلام", "إرهابيي جيش الإسلام", "Jaysh al-Islam", "Jaish al-Islam", "Army of Islam")
SYG = actor("السلطات السورية", "الدولة السورية", "الجيش العربي السوري", "Syrian government", "Syrian Arab Army", "Syrian government forces", "Military Forces of Syria")
C["ant-CN-middleEast-522-20180408"] = [
    ev("agreement", ("2018-04-07", "2018-04-08"), loc("Douma", "SY", 33.57, 36.40, 25), SYG, JAI),
    ev("shelling_artillery_missile_attack", ("2018-04-06", "2018-04-08"), loc("Damascus", "SY", 33.51, 36.28, 25), JAI,
       actor("المدنيين", "الأحياء السكنية", "Civilians"), fatalities=[1, 99], injured=[1, 99]),
    ev("air_drone_strike", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.57, 36.40, 25), SYG, JAI, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.57, 36.40, 25), SYG, JAI, optional=True),
]

C["snn-468e1b390126"] = []
C["ant-SK-middleEast-663-20180330"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-29", "2018-03-29"), loc("Syria", "SY", None, None), None,
       actor("قوات التحالف", "قوات التحالف الدولي", "Global Coalition Against Daesh", "US-led coalition", "Military Forces of the United States", "Military Forces of the United Kingdom"),
       fatalities=2, injured=5, optional=True),
]
TEH = loc("Tehran", "IR", 35.69, 51.42, 25)
IRP = actor("محتجين غاضبين", "المحتجين", "التجار", "Protesters", "Iranian protesters", "bazaar merchants")
IRS = actor("الأمن", "الأمن الإيراني", "رجال أمن", "Police Forces of Iran", "Iranian security forces")
C["ant-SK-economy-863-20180628"] = [
    ev("protest_with_intervention", ("2018-06-25", "2018-06-25"), TEH, IRP, IRS),
    ev("violent_demonstration", ("2018-06-25", "2018-06-25"), TEH, IRP, IRS, optional=True),
    ev("peaceful_protest", ("2018-06-24", "2018-06-27"), TEH, IRP, None, optional=True),
    ev("protest_with_intervention", ("2018-06-26", "2018-06-26"), TEH, IRP, IRS, optional=True),
]
JEN = loc("Jenin", "PS", 32.46, 35.30, 25)
IDF2 = actor("الجيش الإسرائيلي", "القوات الإسرائيلية", "الجنود", "القوات المقتحمة", "Israeli Defense Forces", "IDF", "Military Forces of Israel")
C["ant-SK-middleEast-1217-20180424"] = [
    ev("looting_property_destruction", ("2018-04-23", "2018-04-24"), JEN, IDF2,
       actor("أسير فلسطيني", "أحمد قنبع", "Palestinians", "Civilians"),),
    ev("violent_demonstration", ("2018-04-23", "2018-04-24"), JEN, actor("شبان", "الشبان", "Palestinian rioters", "Rioters", "Protesters"), IDF2, injured=[3, 100]),
    ev("armed_clash", ("2018-04-23", "2018-04-24"), JEN, actor("شبان", "الشبان", "Palestinian rioters"), IDF2, injured=[3, 100], optional=True),
    ev("armed_clash", ("2018-02-01", "2018-02-28"), JEN, IDF2, actor("أحمد جرار", "Ahmed Jarrar", "Palestinian militants"), fatalities=1, optional=True),
]
C["ant-CN-internationalNews-638-20181003"] = []
C["ant-CN-internationalNews-330-20180509"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-47.jsonl"))
