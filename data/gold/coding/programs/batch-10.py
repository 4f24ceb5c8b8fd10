import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- common actors ---
ISR_MIL = actor("Israeli military", "IDF", "Israel Defense Forces", "Military Forces of Israel", "الجيش الإسرائيلي", "قوات الاحتلال", "الجيش الاسرائيلي")
HOUTHI = lambda *x: actor("Houthis", "Ansar Allah", "Houthi militia", *x)
YEMGOV = lambda *x: actor("Yemeni government forces", "Military Forces of Yemen", "Yemeni army", "Hadi government", *x)

C["snn-df92e185d2f4"] = [
    ev("protest_with_intervention", ("2015-07-22", "2015-07-22"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("Teachers", "Protesters", "أستاذ إيراني", "أساتذة", "أستاذ", "المتظاهرين"),
       actor("Iranian police", "Police Forces of Iran", "Iranian security forces", "قوات الأمن", "الشرطة", "السلطات الإيرانية")),
    ev("arrests", ("2015-07-22", "2015-07-22"), loc("Tehran", "IR", 35.69439, 51.42151, 25),
       actor("Iranian police", "Police Forces of Iran", "Iranian security forces", "قوات الأمن", "الشرطة", "السلطات الإيرانية"),
       actor("Teachers", "Protesters", "أستاذ إيراني", "أساتذة", "أستاذ"), optional=True),
]
C["ant-SK-internationalNews-3406-20181010"] = []
C["snn-18d99a953f0f"] = []
C["snn-ed34f06b7261"] = [
    ev("agreement", ("2015-07-25", "2015-07-26"), loc("Yemen", "YE", None, None, 500),
       actor("Saudi-led coalition", "Arab Coalition", "قوات التحالف العربي", "قوات التحالف", "التحالف"),
       None, optional=True),
]
C["ant-SK-technology-137-20180311"] = []
C["snn-11af13ec88ac"] = []
C["ant-SK-middleEast-3767-20181007"] = [
    ev("attack", ("2018-10-07", "2018-10-07"), loc("Barkan industrial zone", "PS", 32.1, 35.1, 25),
       actor("Palestinian gunman", "Unidentified Armed Group (Palestine)", "Ashraf Suleiman", "أشرف سليمان", "منفذ عملية إطلاق النار", "منفذ العملية"),
       actor("Civilians", "Israeli civilians", "Civilians (Israel)", "إسرائيليين", "إسرائيليان"),
       fatalities=2, injured=1),
    ev("arrests", ("2018-10-07", "2018-10-07"), loc("Shuwaykah", "PS", 32.33636, 35.03547, 25),
       ISR_MIL, actor("Palestinians", "Civilians", "الشبان الفلسطينيين", "فلسطينيين")),
]
C["ant-SK-middleEast-154-20180228"] = [
    ev("government_regains_territory", ("2018-02-28", "2018-02-28"), loc("Nati' district", "YE", 14.536864, 45.59062, 25),
       YEMGOV("قوات الشرعية اليمنية", "القوات الشرعية", "الجيش اليمني", "قوات الشرعية"),
       HOUTHI("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "متمردين"), fatalities=20),
    ev("armed_clash", ("2018-02-28", "2018-02-28"), loc("Nati' district", "YE", 14.536864, 45.59062, 25),
       YEMGOV("قوات الشرعية اليمنية", "القوات الشرعية", "الجيش اليمني", "قوات الشرعية"),
       HOUTHI("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "متمردين"), fatalities=20, optional=True),
]
C["snn-31f0820070a3"] = [
    ev("peaceful_protest", ("2015-03-01", "2015-07-21"), loc("Bastrop", "US", 30.11, -97.32, 25),
       actor("Protesters", "الاهالي", "Residents"), None, optional=True),
]
C["ant-SK-technology-493-20180424"] = []


C["snn-0dda9e92a150"] = []
C["snn-7a8b85255941"] = []
C["ant-SK-middleEast-1396-20180503"] = []
C["snn-9e53e28d920b"] = []
C["ant-SK-technology-1512-20181004"] = []
C["snn-7b94d848ae6e"] = []
C["snn-8cfa7776dc9d"] = []
C["snn-6b87cc8618f0"] = [
    ev("arrests", ("2015-07-24", "2015-07-31"), loc("Kuwait", "KW", 29.333188, 47.913008, 100),
       actor("Kuwaiti security forces", "Police Forces of Kuwait", "Kuwaiti Interior Ministry", "الأجهزة الأمنية الكويتية", "وزارة الداخلية الكويتية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم (داعش)", "شبكة إرهابية"), optional=True),
]
C["snn-5438cd62d86c"] = [
    ev("government_regains_territory", ("2015-07-10", "2015-07-24"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       YEMGOV("الحكومة", "المقاومة الشعبية", "الجيش", "Popular Resistance"),
       HOUTHI("الحوثيين", "قوات الرئيس المخلوع علي عبد الله صالح", "الانقلابيين", "Saleh forces"), optional=True),
]
C["ant-SK-middleEast-1713-20180515"] = [
    ev("disrupted_weapons_use", ("2018-05-15", "2018-05-15"), loc("Jazan", "SA", 16.883855, 42.567042, 25),
       actor("Saudi air defence", "Military Forces of Saudi Arabia", "Saudi-led coalition", "Arab Coalition", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي لتحالف دعم الشرعية", "تحالف دعم الشرعية", "التحالف العربي"),
       HOUTHI("مليشيات الحوثي", "مليشيات الحوثي التابعة لإيران", "الميليشيا الحوثية", "الحوثي"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-05-15", "2018-05-15"), loc("Jazan", "SA", 16.883855, 42.567042, 25),
       HOUTHI("مليشيات الحوثي", "مليشيات الحوثي التابعة لإيران", "الميليشيا الحوثية", "الحوثي"),
       actor("Saudi Arabia", "Military Forces of Saudi Arabia", "Civilians", "السعودية"), fatalities=0, injured=0, optional=True),
]


SOMGOV = actor("Somali government forces", "Military Forces of Somalia", "Somali National Army", "القوات الحكومية الصومالية", "القوات الصومالية", "قواتنا")
AMISOM = actor("AMISOM", "African Union Mission in Somalia", "African Union forces", "قوات الاتحاد الإفريقي", "اميصوم")
SHABAAB = actor("Al Shabaab", "Harakat al-Shabaab al-Mujahideen", "حركة الشباب", "الشباب", "المتمردون", "متمردي حركة الشباب")
C["snn-e89f114ea59b"] = [
    ev("government_regains_territory", ("2015-07-23", "2015-07-24"), loc("Diinsoor", "SO", 2.4085, 42.9771, 25),
       actor("Somali government forces", "Military Forces of Somalia", "Somali National Army", "القوات الحكومية الصومالية", "القوات الصومالية", "قواتنا", "AMISOM", "قوات الاتحاد الإفريقي", "اميصوم"),
       SHABAAB),
    ev("government_regains_territory", ("2015-07-22", "2015-07-22"), loc("Bardera", "SO", 2.3385, 42.2843, 25),
       AMISOM, SHABAAB),
]
ISR_AF = actor("Israeli Air Force", "Israeli military", "Military Forces of Israel", "IDF", "الطيران الحربي الإسرائيلي", "الطيران الإسرائيلي", "طائرات الاحتلال", "غارات إسرائيلية", "جيش الدفاع")
GAZA_V = lambda *x: actor("Palestinians", "Civilians", "Palestinian militants", "Hamas", "مواطنين", *x)
C["ant-CN-middleEast-1583-20181017"] = [
    ev("air_drone_strike", ("2018-10-17", "2018-10-17"), loc("Umm an Nasr", "PS", 31.56084, 34.51863, 25),
       ISR_AF, GAZA_V("فلسطيني", "شابا", "ناجي جمال محمد الزعانين", "الخلية الإرهابية الفلسطينية"), fatalities=1),
    ev("air_drone_strike", ("2018-10-17", "2018-10-17"), loc("Deir al Balah", "PS", 31.41783, 34.35033, 25),
       ISR_AF, GAZA_V("تلاميذ المدارس"), injured=10),
    ev("air_drone_strike", ("2018-10-17", "2018-10-17"), loc("Rafah", "PS", 31.301778, 34.267586, 25),
       ISR_AF, GAZA_V(), injured=4),
    ev("air_drone_strike", ("2018-10-17", "2018-10-17"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       ISR_AF, GAZA_V(), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-10-17", "2018-10-17"), loc("Beersheba", "IL", 31.25181, 34.7913, 25),
       actor("Palestinian militants", "Hamas", "الخلية الإرهابية الفلسطينية"), actor("Israel", "Civilians"), optional=True),
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"), loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       actor("Saudi agents", "Saudi Arabia", "Government of Saudi Arabia", "ضابط رفيع"),
       actor("Jamal Khashoggi", "جمال خاشقجي", "Journalists", "Civilians"), optional=True),
]
C["ant-SK-internationalNews-1432-20180508"] = []
C["snn-8d67ff6117f9"] = []
C["ant-SK-internationalNews-1662-20180519"] = []


C["snn-9c6566d67436"] = []
C["snn-71fbbcac89a6"] = []
C["ant-SK-economy-1167-20180811"] = []
C["ant-SK-middleEast-3487-20180903"] = []
C["snn-507b99b1e9dd"] = []


C["ant-CN-middleEast-564-20180410"] = []
SYRGOV_RU = actor("Syrian government forces", "Military Forces of Syria", "Syrian regime", "Russian air force", "Military Forces of Russia", "Russia", "قوات النظام", "روسيا", "غارات جوية سورية روسية")
SYR_CIV = actor("Civilians", "مدنياً", "مدنيين", "الأحياء السكنية", "Civilians (Syria)")
C["ant-SK-middleEast-102-20180226"] = [
    ev("air_drone_strike", ("2018-02-24", "2018-02-26"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       SYRGOV_RU, SYR_CIV, fatalities=[0, 21]),
    ev("shelling_artillery_missile_attack", ("2018-02-24", "2018-02-26"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Military Forces of Syria", "Syrian regime", "قوات النظام"), SYR_CIV, fatalities=[0, 21]),
    ev("air_drone_strike", ("2018-02-24", "2018-02-26"), loc("Eastern Ghouta", "SY", 33.55, 36.45, 25),
       SYRGOV_RU, SYR_CIV, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-02-24", "2018-02-26"), loc("Eastern Ghouta", "SY", 33.55, 36.45, 25),
       actor("Syrian government forces", "Military Forces of Syria", "Syrian regime", "قوات النظام"), SYR_CIV, optional=True),
]
C["snn-ad6fd81dfbad"] = []
C["snn-55eeebd2eae9"] = []
C["snn-10c0ff4c2397"] = []


C["ant-CN-middleEast-1040-20180529"] = []
ISR_ARMY = actor("Israeli military", "IDF", "Israel Defense Forces", "Military Forces of Israel", "الجيش الإسرائيلي", "قصف إسرائيلي", "دبابة إسرائيلية", "إسرائيل")
C["ant-SK-middleEast-2009-20180528"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-28", "2018-05-28"), loc("North Gaza Strip", "PS", 31.54, 34.49, 25),
       ISR_ARMY, actor("Palestinians", "Civilians", "فلسطيني"), fatalities=1, injured=1),
    ev("air_drone_strike", ("2018-05-28", "2018-05-28"), loc("North Gaza Strip", "PS", 31.54, 34.49, 25),
       ISR_ARMY, actor("Palestinians", "Civilians", "فلسطيني"), fatalities=1, injured=1, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-27", "2018-05-27"), loc("South Gaza Strip", "PS", 31.33, 34.30, 30),
       ISR_ARMY, actor("Palestinian Islamic Jihad", "PIJ", "Al-Quds Brigades", "Saraya al-Quds", "سرايا القدس", "ناشطين في سرايا القدس", "الحركة"), fatalities=3),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza border", "PS", 31.42, 34.38, 30),
       ISR_ARMY, actor("Protesters", "Palestinians", "فلسطينيا", "الفلسطينيين"), fatalities=61, optional=True),
]
C["ant-SK-internationalNews-3575-20181020"] = [
    ev("abduction_forced_disappearance", ("2018-10-06", "2018-10-13"), loc("Dar es Salaam", "TZ", -6.79, 39.28, 25),
       actor("Unidentified kidnappers", "الخاطفين"), actor("Mohammed Dewji", "محمد ديوجي", "Civilians"), optional=True),
]
C["ant-SK-middleEast-932-20180411"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-09"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Military Forces of Syria", "Syrian regime", "دمشق", "النظام", "جيش النظام"),
       actor("Civilians", "Civilians (Syria)"), fatalities=60, injured=100),
]
C["ant-SK-middleEast-1312-20180428"] = [
    ev("abduction_forced_disappearance", ("2018-04-26", "2018-04-28"), loc("Shebaa", "LB", 33.3475, 35.74917, 25),
       actor("Israeli military", "IDF", "Military Forces of Israel", "الجيش الإسرائيلي", "قوة من الجيش الإسرائيلي"),
       actor("Civilians", "Civilians (Lebanon)", "مواطنة", "مواطنة لبنانية", "ن. دلي")),
    ev("arrests", ("2018-04-26", "2018-04-28"), loc("Shebaa", "LB", 33.3475, 35.74917, 25),
       actor("Israeli military", "IDF", "Military Forces of Israel", "الجيش الإسرائيلي", "قوة من الجيش الإسرائيلي"),
       actor("Civilians", "Civilians (Lebanon)", "مواطنة", "مواطنة لبنانية", "ن. دلي"), optional=True),
]


RES = lambda *x: actor("Popular Resistance", "Yemeni Joint Resistance", "Pro-Hadi forces", "Yemeni government forces", "قوات المقاومة", "المقاومة", *x)
COAL = actor("Saudi-led coalition", "Arab Coalition", "Coalition air force", "تحالف دعم الشرعية", "طائرات التحالف", "قوات التحالف", "التحالف", "طائرات الأباتشي")
HOU2 = HOUTHI("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات", "الحوثيين", "المتمردين الحوثيين", "الانقلابيين", "المليشيات")
D = ("2018-10-11", "2018-10-12")
C["ant-SK-middleEast-3834-20181012"] = [
    ev("armed_clash", D, loc("Dhi Na'im district (Mafraq Yafa'an)", "YE", 14.100146, 45.463766, 25),
       RES("مقاتلي المقاومة"), HOU2),
    ev("government_regains_territory", D, loc("Al Kara'imah, Wadi al Jah, Bayt al Faqih district", "YE", 14.466804, 43.289929, 25),
       RES("قوات المقاومة المشتركة", "القوات المشتركة", "القوات"), HOU2),
    ev("armed_clash", D, loc("Al Kara'imah, Wadi al Jah, Bayt al Faqih district", "YE", 14.466804, 43.289929, 25),
       RES("قوات المقاومة المشتركة", "القوات المشتركة", "القوات"), HOU2, optional=True),
    ev("shelling_artillery_missile_attack", D, loc("Al Kara'imah, Wadi al Jah, Bayt al Faqih district", "YE", 14.466804, 43.289929, 25),
       RES("قوات المقاومة المشتركة", "القوات المشتركة", "القوات"), HOU2, optional=True),
    ev("air_drone_strike", D, loc("Bayt al Faqih district (Houthi reinforcements from Al Husayniyah)", "YE", 14.466804, 43.289929, 30),
       COAL, HOU2),
    ev("air_drone_strike", D, loc("At Tuhayta", "YE", 14.18356, 43.22637, 25),
       COAL, HOU2),
    ev("armed_clash", D, loc("At Tuhayta", "YE", 14.18356, 43.22637, 25),
       actor("Giants Brigades", "Al Amalika", "ألوية العمالقة", "Yemeni Joint Resistance", "قوات المقاومة المشتركة"), HOU2, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-09-01", "2018-10-12"), loc("Al Jah", "YE", 14.466804, 43.289929, 25),
       HOU2, actor("Civilians", "المدنيين", "Civilians (Yemen)"), optional=True),
]
C["snn-61d119872691"] = []
C["snn-2bc58dad1df7"] = []
C["ant-SK-middleEast-385-20180318"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-18", "2018-03-18"), loc("Najran", "SA", 17.4924, 44.12766, 25),
       HOUTHI("عناصر حوثية", "حوثية"), actor("Civilians", "Civilians (Saudi Arabia)", "مواطن", "أحياء سكنية"), injured=1),
]
C["ant-SK-internationalNews-3228-20180912"] = []

# === add below ===

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-10.jsonl"))
