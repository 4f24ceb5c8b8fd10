import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-5fa5be7f543b"] = []
C["ant-SK-internationalNews-29-20180219"] = [
    ev("arrests", ("2017-06-01", "2017-09-22"), loc("Mosul", "IQ", 36.34, 43.13, 25),
       None, actor("ميلينا بوغدير", "متطرفة فرنسية", "Islamic State", "Melina Boughedir"), optional=True),
]
C["snn-a5ad8987e62c"] = []
ISR = actor("الجيش الإسرائيلي", "Israeli Defense Forces", "IDF", "Israel", "Military Forces of Israel")
C["ant-SK-middleEast-2842-20180711"] = [
    ev("disrupted_weapons_use", ("2018-07-11", "2018-07-11"), loc("Golan Heights", "SY", 33.0, 35.75, 30),
       ISR, None),
    ev("air_drone_strike", ("2018-07-11", "2018-07-11"), loc("Golan Heights", "SY", 33.0, 35.75, 30),
       None, ISR, optional=True),
    ev("disrupted_weapons_use", ("2018-06-24", "2018-06-24"), loc("Golan Heights", "SY", 33.0, 35.75, 30),
       ISR, None, optional=True),
]
C["snn-7dccda20e81b"] = [
    ev("air_drone_strike", ("2015-08-01", "2015-08-01"), loc("Iraqi Kurdistan (PKK positions)", "IQ", None, None),
       actor("الطائرات التركية", "الجيش التركي", "Turkish Armed Forces", "Military Forces of Turkey", "Turkey"),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party", "العمال الكردستاني"),
       fatalities=6, optional=True),
]
C["snn-b536b10edf1c"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Asir)", "SA", 18.22, 42.50, 100),
       None, actor("قوات الطوارئ الخاصة", "منسوبي قوات الطوارئ الخاصة", "Special Emergency Forces", "Saudi security forces", "Police Forces of Saudi Arabia"),
       fatalities=13, injured=9),
]
C["ant-CN-middleEast-287-20180317"] = [
    ev("air_drone_strike", ("2018-03-17", "2018-03-17"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 20),
       None, None, optional=True),
]
C["ant-SK-internationalNews-1516-20180511"] = []
C["snn-1a066e62beaa"] = []
C["ant-CN-middleEast-1075-20180602"] = []
C["snn-2c07bf26ae27"] = []
C["snn-113620665604"] = []

C["ant-CN-internationalNews-41-20180227"] = []
C["ant-SK-middleEast-1873-20180523"] = [
    ev("armed_clash", ("2018-05-21", "2018-05-23"), loc("Derna", "LY", 32.767, 22.637, 25),
       actor("قوات الجيش الوطني", "الجيش الليبي", "الجيش", "Libyan National Army", "LNA", "Haftar forces"),
       actor("فصائل إرهابية مسلحة", "الإرهابيين", "الجماعات الإرهابية", "Derna Mujahideen Shura Council", "Islamist militants")),
]
C["snn-81d1f415633c"] = [
    ev("armed_clash", ("2015-08-02", "2015-08-02"), loc("Lakmat Arsh, Sanah (Ad Dali)", "YE", 13.74, 44.72, 25),
       actor("المقاومة الشعبية الجنوبية", "المقاومة الشعبية", "المقاومة", "Popular Resistance", "Southern Resistance"),
       actor("ميليشيات كتائب الحسين الحوثية", "الحوثية", "الحرس الجمهوري التابع للمخلوع صالح", "Houthis", "Ansar Allah", "Republican Guard", "Saleh forces"),
       fatalities=13),
]
C["snn-1906d487b17b"] = []
C["ant-CN-middleEast-1332-20180909"] = [
    ev("shelling_artillery_missile_attack", ("2018-09-08", "2018-09-08"), loc("Koi Sanjaq", "IQ", 36.08, 44.63, 25),
       actor("الحرس الثوري الإيراني", "الحرس الثوري", "Islamic Revolutionary Guard Corps", "IRGC", "Iran"),
       actor("الحزب الديمقراطي الكردستاني الإيراني", "Democratic Party of Iranian Kurdistan", "KDPI", "PDKI"),
       fatalities=12),
    ev("air_drone_strike", ("2018-09-08", "2018-09-08"), loc("Koi Sanjaq", "IQ", 36.08, 44.63, 25),
       actor("الحرس الثوري الإيراني", "الحرس الثوري", "Islamic Revolutionary Guard Corps", "IRGC", "Iran"),
       actor("الحزب الديمقراطي الكردستاني الإيراني", "Democratic Party of Iranian Kurdistan", "KDPI", "PDKI"),
       fatalities=12, optional=True),
]
C["ant-CN-internationalNews-230-20180409"] = []

JEWEXT = actor("الإرهابيين اليهود", "عصابات الإرهاب اليهودية", "المتطرفين", "متطرفون يهود", "Jewish extremists", "Israeli settlers", "Price Tag", "تدفيع الثمن")
C["snn-249890250b7e"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma", "PS", 32.057, 35.366, 25),
       JEWEXT, actor("عائلة سعد دوابشة", "عائلة فلسطينية", "عائلة الدوابشة", "Civilians", "Palestinian civilians")),
    ev("attack", ("2015-07-30", "2015-07-30"), loc("Jerusalem", "IL", 31.78, 35.22, 25),
       JEWEXT, actor("مسيرة مثليي الجنس", "Civilians", "Pride march participants"), optional=True),
    ev("peaceful_protest", ("2015-08-01", "2015-08-02"), loc("Israel", "IL", None, None),
       actor("Protesters", "متظاهرين", "Israeli protesters"), None, optional=True),
]
C["ant-CN-middleEast-62-20180222"] = []
LNA = actor("الجيش الوطني الليبي", "الجيش الليبي", "عناصر الجيش", "Libyan National Army", "LNA", "Haftar forces")
DMSC = actor("تنظيم القاعدة", "مجلس شورى مجاهدي درنة", "al-Qaeda", "Derna Mujahideen Shura Council", "DMSC")
C["ant-SK-middleEast-2278-20180610"] = [
    ev("armed_clash", ("2018-06-09", "2018-06-09"), loc("Shiha al-Sharqiya, Derna", "LY", 32.76, 22.65, 25),
       LNA, DMSC, fatalities=3),
    ev("armed_clash", ("2018-06-06", "2018-06-06"), loc("Al-Jubaila, Derna", "LY", 32.76, 22.64, 25),
       LNA, DMSC, injured=1, optional=True),
]
C["ant-SK-internationalNews-1228-20180428"] = []
C["snn-e8689e8b9551"] = []
C["ant-SK-internationalNews-2009-20180607"] = []

C["ant-SK-middleEast-2826-20180710"] = [
    ev("armed_clash", ("2018-07-09", "2018-07-09"), loc("Atira, northern Latakia mountains", "SY", 35.85, 36.02, 30),
       actor("فصائل من المعارضة المسلحة", "الفصائل", "Syrian rebels", "Opposition factions"),
       actor("قوات النظام السوري", "قوات النظام", "المسلحين الموالين لها", "Syrian government forces", "Military Forces of Syria", "Assad regime"),
       fatalities=27, injured=40),
    ev("non_state_actor_overtakes_territory", ("2018-07-09", "2018-07-09"), loc("Atira, northern Latakia mountains", "SY", 35.85, 36.02, 30),
       actor("فصائل من المعارضة المسلحة", "الفصائل", "Syrian rebels", "Opposition factions"),
       actor("قوات النظام السوري", "قوات النظام", "Syrian government forces", "Military Forces of Syria"),
       optional=True),
]
C["ant-SK-internationalNews-1245-20180429"] = []
COAL = actor("طيران التحالف", "التحالف", "Saudi-led coalition", "Arab Coalition")
HOU = actor("المليشيات الحوثية", "الحوثيين", "القوات المتحالفة معها", "Houthis", "Ansar Allah", "Saleh forces")
D = ("2015-07-23", "2015-07-23")
C["snn-4765dd4791f1"] = [
    ev("air_drone_strike", D, loc("South of Sanaa", "YE", 15.30, 44.21, 30), COAL, HOU),
    ev("air_drone_strike", D, loc("Aham triangle, Haradh district", "YE", 16.42, 43.08, 25), COAL, HOU),
    ev("air_drone_strike", D, loc("Hayran district", "YE", 16.30, 43.05, 30), COAL, HOU),
    ev("air_drone_strike", D, loc("Haydan", "YE", 16.90, 43.35, 30), COAL, HOU),
    ev("air_drone_strike", D, loc("Allan (Saada)", "YE", 16.78, 43.43, 25), COAL, HOU, optional=True),
    ev("air_drone_strike", D, loc("Saqayn", "YE", 16.877, 43.525, 25), COAL, HOU),
]
C["ant-SK-internationalNews-806-20180405"] = []
C["snn-acb3cf51ea68"] = [
    ev("armed_clash", ("2015-07-28", "2015-07-30"), loc("Al-Jish, Qatif", "SA", 26.52, 49.97, 25),
       None, actor("رجل الأمن سامي الحربي", "دوريات الأمن", "Saudi security forces", "Police Forces of Saudi Arabia"),
       fatalities=1),
    ev("attack", ("2015-07-28", "2015-07-30"), loc("Al-Jish, Qatif", "SA", 26.52, 49.97, 25),
       None, actor("رجل الأمن سامي الحربي", "دوريات الأمن", "Saudi security forces", "Police Forces of Saudi Arabia"),
       fatalities=1, optional=True),
]
C["snn-52dbef0d57e0"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-24", "2015-07-26"), loc("Turkey", "TR", None, None),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"), None, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-26"), loc("Northern Iraq", "IQ", None, None),
       actor("Turkish Armed Forces", "Military Forces of Turkey", "Turkey", "انقرة"),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-26"), loc("Syria", "SY", None, None),
       actor("Turkish Armed Forces", "Military Forces of Turkey", "Turkey", "انقرة"),
       actor("تنظيم الدولة الاسلامية", "داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("تنظيم الدولة الاسلامية", "داعش", "Islamic State", "ISIS"), actor("Civilians"), optional=True),
]

C["snn-97f20ac98cf6"] = []
C["ant-SK-internationalNews-1437-20180508"] = []
GZP = actor("متظاهرين", "فلسطينيا", "مئات الفلسطينيين", "Protesters", "Palestinian protesters", "Palestinians")
IDF = actor("جنود إسرائيليون", "قوات الاحتلال الإسرائيلية", "Israeli Defense Forces", "IDF", "Military Forces of Israel", "Israel")
C["ant-SK-middleEast-1802-20180518"] = [
    ev("protest_with_intervention", ("2018-05-18", "2018-05-18"), loc("Gaza Strip eastern border", "PS", 31.45, 34.42, 30),
       GZP, IDF, injured=23),
    ev("excessive_force_against_protesters", ("2018-05-18", "2018-05-18"), loc("Gaza Strip eastern border", "PS", 31.45, 34.42, 30),
       IDF, GZP, injured=23, optional=True),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza Strip eastern border", "PS", 31.45, 34.42, 30),
       IDF, GZP, optional=True),
]
C["snn-44565dfb8973"] = []
C["snn-9bf7ae04a5bf"] = []
C["snn-fc985bc547d3"] = [
    ev("arrests", ("2015-07-14", "2015-07-21"), loc("Saudi Arabia", "SA", None, None),
       actor("الأجهزة الأمنية", "رجال الأمن", "Saudi security forces", "Police Forces of Saudi Arabia"),
       actor("المتأثرين بالفكر المنحرف", "الفئة الضالة", "الدواعش", "Islamic State", "ISIS", "Daesh"), optional=True),
]

C["ant-SK-internationalNews-579-20180324"] = []
C["snn-f7cb4795074d"] = []
SADF = actor("قوات الدفاع الجوي الملكي السعودي", "الدفاع الجوي السعودي", "Royal Saudi Air Defense", "Military Forces of Saudi Arabia", "Saudi-led coalition", "قوات تحالف دعم الشرعية")
HOUM = actor("ميليشيات الحوثي", "الميليشيات الحوثية", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-1534-20180509"] = [
    ev("disrupted_weapons_use", ("2018-05-07", "2018-05-09"), loc("Jazan", "SA", 16.89, 42.57, 25), SADF, HOUM),
    ev("shelling_artillery_missile_attack", ("2018-05-07", "2018-05-09"), loc("Jazan", "SA", 16.89, 42.57, 25),
       HOUM, actor("Civilians", "المناطق المدنية"), optional=True),
]
C["snn-33e39bb49180"] = []
C["ant-SK-internationalNews-2389-20180629"] = []
C["ant-CN-middleEast-65-20180222"] = [
    ev("arrests", ("2018-02-20", "2018-02-21"), loc("Wadi al-Natrun", "EG", 30.377, 30.35, 25),
       actor("وزارة الداخلية المصرية", "الداخلية المصرية", "قوات الشرطة", "Police Forces of Egypt", "Egyptian Interior Ministry"),
       actor("عناصر تنظيم الإخوان", "عناصر إخوانية", "Muslim Brotherhood")),
]

C["snn-af1f7222e9aa"] = []
C["snn-5bec3b0fe45b"] = []
C["snn-36084f09bcc2"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma (Nablus)", "PS", 32.057, 35.366, 25),
       actor("مستوطنين متطرفين", "المستوطنين", "جماعات المستوطنين الإسرائيليين", "Israeli settlers", "Jewish extremists"),
       actor("عائلة دوابشة", "طفل فلسطيني", "Civilians", "Palestinian civilians"), fatalities=1),
]
C["ant-SK-technology-933-20180618"] = []
C["ant-SK-middleEast-3893-20181015"] = [
    ev("peaceful_protest", ("2018-07-08", "2018-10-01"), loc("Basra", "IQ", 30.51, 47.81, 25),
       actor("Protesters", "محتجين", "Iraqi protesters"), None, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-81.jsonl"))
