import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

SDF = lambda *a: actor("Syrian Democratic Forces", "SDF", *a)
IS = lambda *a: actor("Islamic State", "ISIS", "Daesh", *a)
HOUTHI = lambda *a: actor("Houthis", "Ansar Allah", *a)
RES = lambda *a: actor("Popular Resistance", *a)

C["ant-CN-middleEast-1353-20180911"] = [
    ev("armed_clash", ("2018-09-10", "2018-09-10"), loc("Syria", "SY", None, None),
       SDF("قوات سوريا الديمقراطية"), IS("داعش", "تنظيم داعش"), optional=True),
]
C["ant-SK-economy-558-20180513"] = []
C["snn-0c0c79c1b4e9"] = []
C["snn-0558b0ba10e3"] = []
C["ant-SK-internationalNews-34-20180219"] = []
C["ant-SK-middleEast-49-20180225"] = []

C["ant-SK-middleEast-2105-20180602"] = [
    ev("armed_clash", ("2018-05-26", "2018-06-02"), loc("Deir ez-Zor province", "SY", 35.14, 40.32, 100),
       SDF("قوات سوريا الديمقراطية"), IS("داعش", "تنظيم داعش"), optional=True),
]
C["snn-013819e0950e"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Deir ez-Zor countryside", "SY", 35.14, 40.32, 100),
       actor("US-led coalition", "International coalition", "الائتلاف الدولي", "الائتلاف", "طائرات حربية تابعة للائتلاف"),
       IS("داعش", "تنظيم داعش")),
]
C["snn-8586b9c82bf9"] = []
C["snn-b204a72c38c2"] = [
    ev("armed_clash", ("2015-08-02", "2015-08-02"), loc("Sanah district, Al Dhale", "YE", 13.78, 44.72, 30),
       RES("المقاومة الشعبية", "المقاومة", "مقاتلي المقاومة"),
       HOUTHI("الحوثية", "عناصر التمرد", "المتمردون", "Houthi rebels"), fatalities=[13, 14]),
    ev("attack", ("2015-07-20", "2015-08-04"), loc("north of Aden", "YE", 12.85, 45.04, 30),
       HOUTHI("الميليشيات المتمردة", "المتمردون", "الميليشيات الحوثية", "الحوثيين"),
       RES("المقاومة الشعبية", "مقاتلي المقاومة", "المقاومة"), fatalities=[8, 10], optional=True),
    ev("armed_clash", ("2015-08-03", "2015-08-03"), loc("Aqabat Thirah, Lawdar", "YE", 13.88, 45.87, 25),
       None, HOUTHI("المتمردين", "الأطقم العسكرية التابعة للمتمردين"), optional=True),
]
C["snn-51cead8d6a13"] = []
C["ant-SK-middleEast-3897-20181016"] = [
    ev("armed_clash", ("2018-10-15", "2018-10-16"), loc("Mieh Mieh camp, Saida", "LB", 33.543, 35.396, 25),
       actor("Fatah", "حركة فتح", "فتح", "حركة فتح الفلسطينية"),
       actor("Ansar Allah (Palestinian)", "Ansar Allah", "أنصار الله", "جماعة أنصار الله", "جماعة متشددة"),
       fatalities=2, injured=[18, 22]),
    ev("agreement", ("2018-10-15", "2018-10-15"), loc("Mieh Mieh camp, Saida", "LB", 33.543, 35.396, 25),
       actor("Fatah", "حركة فتح", "فتح"), actor("Ansar Allah", "أنصار الله"), optional=True),
    ev("armed_clash", ("2018-10-15", "2018-10-15"), loc("Mieh Mieh camp, Saida", "LB", 33.543, 35.396, 25),
       actor("Fatah", "حركة فتح", "فتح"), actor("Ansar Allah", "أنصار الله"), optional=True),
]

SAAD = lambda *a: actor("Royal Saudi Air Defense Forces", "Saudi air defence", *a)
RIYADH = loc("Riyadh", "SA", 24.69, 46.72, 25)
C["snn-77997701e30a"] = []
C["ant-SK-middleEast-2113-20180603"] = [
    ev("air_drone_strike", ("2018-06-01", "2018-06-03"), loc("north of Hays", "YE", 13.93, 43.48, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف العربي", "التحالف العربي لدعم الشرعية"),
       HOUTHI("الحوثيين", "ميليشيات الحوثي", "مليشيات الحوثي")),
    ev("shelling_artillery_missile_attack", ("2018-06-01", "2018-06-03"), loc("north of Hays", "YE", 13.93, 43.48, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مدفعية التحالف"),
       HOUTHI("الحوثيين", "ميليشيات الحوثي"), optional=True),
    ev("air_drone_strike", ("2018-06-01", "2018-06-03"), loc("east of Al Mushairi and Al Madman (west coast)", "YE", 13.93, 43.48, 60),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف العربي"),
       HOUTHI("الحوثيين", "ميليشيات الحوثي"), optional=True),
    ev("armed_clash", ("2018-06-01", "2018-06-03"), loc("Yemen west coast", "YE", 14.2, 43.3, 100),
       actor("Joint Resistance", "المقاومة اليمنية المشتركة", "قوات المقاومة اليمنية المشتركة", "المقاومة اليمنية", "UAE armed forces", "القوات المسلحة الإماراتية"),
       HOUTHI("الحوثيين", "ميليشيات الحوثي", "حوثيا"), fatalities=[0, 70], optional=True),
]
C["ant-CN-middleEast-857-20180509"] = [
    ev("disrupted_weapons_use", ("2018-05-07", "2018-05-09"), RIYADH,
       SAAD("قوات الدفاع الجوي السعودي", "الدفاع الجوي السعودي"), None),
    ev("shelling_artillery_missile_attack", ("2018-05-07", "2018-05-09"), RIYADH,
       HOUTHI("الحوثيين"), None, optional=True),
]
C["ant-CN-middleEast-752-20180428"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "France", "United Kingdom", "أمريكا", "بريطانيا", "فرنسا", "الولايات المتحدة الأمريكية"),
       actor("Syrian government forces", "Syrian regime", "النظام السوري"), optional=True),
]
C["snn-ec9d528a1da8"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"), loc("northern Syria", "SY", 36.5, 37.5, 150),
       actor("Turkish armed forces", "Turkey", "القوات المسلحة", "القوات التركية", "مدفعية الدعم التابعة لقيادة القوات البرية"),
       IS("داعش", "تنظيم داعش"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("northern Syria", "SY", 36.5, 37.5, 150),
       actor("Turkish armed forces", "Turkey", "القوات التركية", "القوات المسلحة"),
       IS("داعش", "تنظيم داعش"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("northern Iraq", "IQ", 37.0, 44.0, 150),
       actor("Turkish armed forces", "Turkey", "القوات التركية", "الطائرات"),
       actor("PKK", "Kurdistan Workers' Party", "بي كا كا", "منظمة بي كا كا"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"), loc("northern Iraq", "IQ", 37.0, 44.0, 150),
       actor("Turkish armed forces", "Turkey", "القوات التركية"),
       actor("PKK", "Kurdistan Workers' Party", "بي كا كا"), optional=True),
    ev("arrests", ("2015-07-24", "2015-07-25"), loc("Turkey", "TR", None, None),
       actor("Turkish security forces", "قوات الأمن"),
       actor("Islamic State", "PKK", "داعش", "بي كا كا"), optional=True),
]
def _int(city, lat, lon, tol=25):
    L = loc(city, "SA", lat, lon, tol)
    return [ev("disrupted_weapons_use", ("2018-03-25", "2018-03-25"), L,
               SAAD("قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف"),
               HOUTHI("الجماعة الحوثية", "المليشيا الحوثية", "الحوثيين")),
            ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-25"), L,
               HOUTHI("الجماعة الحوثية", "المليشيا الحوثية"), None,
               fatalities=[0, 1] if city == "Riyadh" else None, optional=True)]
C["ant-SK-middleEast-541-20180325"] = (_int("Riyadh", 24.69, 46.72) + _int("Khamis Mushait", 18.31, 42.73)
    + _int("Najran", 17.49, 44.13) + _int("Jazan", 16.89, 42.57))

C["ant-SK-economy-167-20180318"] = []
C["snn-e7b0ce51bc72"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-08-01"), loc("Al Tuwal sector, Jazan", "SA", 16.53, 42.97, 25),
       None, actor("Saudi border guards", "Mujahideen force", "قوة المجاهدين", "منسوبي قوة المجاهدين بقطاع الطوال"),
       fatalities=1, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-26", "2015-08-01"), loc("Al Tuwal sector, Jazan", "SA", 16.53, 42.97, 25),
       None, actor("Saudi border guards", "Mujahideen force", "قوة المجاهدين", "دوريته"),
       injured=1, optional=True),
]
C["snn-e5934cba0dd2"] = []
C["ant-SK-internationalNews-2845-20180731"] = []
C["ant-SK-internationalNews-2327-20180627"] = [
    ev("peaceful_protest", ("2018-06-20", "2018-06-27"), loc("Iran", "IR", None, None),
       actor("Protesters (Iran)", "المتظاهرين", "الاحتجاجات"), None, optional=True),
]
C["snn-ad6663be376a"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-26"), loc("Lice, Diyarbakir", "TR", 38.46, 40.64, 25),
       actor("PKK", "Kurdistan Workers' Party", "Kurdish militants", "متشددين أكرادا"),
       actor("Turkish armed forces", "Military Forces of Turkey", "الجيش التركي", "الجنود", "جنديين"),
       fatalities=2, injured=4),
]

LAF = lambda *a: actor("Lebanese Armed Forces", "Lebanese army", "الجيش اللبناني", "قوة من الجيش", *a)
C["ant-SK-middleEast-46-20180225"] = [
    ev("arrests", ("2018-02-15", "2018-02-23"), loc("Egypt", "EG", None, None),
       actor("Egyptian security forces", "أجهزة الأمن"),
       actor("Muslim Brotherhood", "الإخوان", "تنظيم الإخوان الإرهابي"), optional=True),
]
C["snn-235a61087c1a"] = [
    ev("armed_clash", ("2015-08-02", "2015-08-04"), loc("border area of Chagai district, Balochistan", "PK", 29.3, 64.4, 120),
       actor("Pakistani security forces", "Pakistan", "قوى الأمن الباكستانية", "القوات الباكستانية"),
       actor("al-Qaeda", "AQIS", "تنظيم القاعدة", "القاعدة"), fatalities=1),
    ev("arrests", ("2015-08-02", "2015-08-04"), loc("border area of Chagai district, Balochistan", "PK", 29.3, 64.4, 120),
       actor("Pakistani security forces", "القوات الباكستانية"), actor("al-Qaeda", "تنظيم القاعدة"), optional=True),
]
C["snn-eda56b215282"] = [
    ev("arrests", ("2015-07-23", "2015-07-24"), loc("Minyeh - Bhannine", "LB", 34.49, 35.94, 25),
       LAF(), actor("Syrians", "السوريين", "التابعية السورية", "terrorist suspects", "تنظيمات إرهابية")),
    ev("arrests", ("2015-07-23", "2015-07-24"), loc("Taanayel - Zahle", "LB", 33.80, 35.87, 25),
       LAF(), actor("Syrians", "السوريين", "التابعية السورية", "تنظيمات إرهابية"), optional=True),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Daoud al-Ali (Mount Lebanon)", "LB", None, None),
       LAF("مخابرات الجيش", "Lebanese army intelligence"), actor("ميسم منير نحلاوي"), optional=True),
]
C["ant-SK-middleEast-443-20180321"] = [
    ev("air_drone_strike", ("2018-03-21", "2018-03-21"), loc("Yemen west coast (Hodeidah front)", "YE", 14.2, 43.3, 100),
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي", "التحالف العربي لدعم الشرعية"),
       HOUTHI("ميليشيات الحوثي", "الميليشيات الحوثية", "ميليشيات الحوثي الإيرانية"),
       fatalities=[1, 99], injured=[1, 99]),
]
C["snn-c65a13dcfe58"] = []
C["snn-166f60847757"] = []

COAL = lambda *a: actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", *a)
GIANTS = lambda *a: actor("Giants Brigades", "Al-Amalika", "ألوية العمالقة", "قوات ألوية العمالقة", *a)
C["snn-3cc52c237a9d"] = []
C["snn-1673d374408d"] = []
C["snn-fb9c0cc2df6e"] = []
C["snn-a4a545d80ce2"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Special Emergency Forces mosque, Asir (Abha)", "SA", 18.22, 42.51, 100),
       IS("داعش", "تنظيم داعش", "تنظيم داعش الإرهابي", "انتحاري"),
       actor("Saudi Special Emergency Forces", "Saudi security forces", "قوات الطوارئ", "قوات الطوارئ الخاصة", "رجال الأمن", "مصلين", "المصلين"),
       fatalities=15, injured=7),
]
C["ant-SK-middleEast-3295-20180809"] = [
    ev("air_drone_strike", ("2018-08-08", "2018-08-08"), loc("Al Hudaydah", "YE", 14.80, 42.95, 50),
       COAL("غارة للتحالف العربي"), HOUTHI("ميليشيات الحوثي", "كتائب البدر", "Badr Brigades"), fatalities=1),
    ev("armed_clash", ("2018-08-08", "2018-08-08"), loc("Ad Durayhimi district, Al Hudaydah", "YE", 14.64, 43.06, 30),
       GIANTS(), HOUTHI("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "قوات التدخل السريع"), fatalities=[3, 100]),
    ev("air_drone_strike", ("2018-07-17", "2018-07-17"), loc("Al Malahidh, Saada", "YE", 16.9, 43.45, 50),
       COAL("صقور التحالف"), HOUTHI("ميليشيات الحوثي", "حوثيا"), fatalities=27, optional=True),
    ev("armed_clash", ("2018-07-22", "2018-07-22"), loc("Al Wazi'iyah, western Taiz", "YE", 13.55, 43.55, 40),
       GIANTS(), HOUTHI("المتمردين", "الحوثي"), fatalities=[3, 100], optional=True),
    ev("armed_clash", ("2018-07-26", "2018-07-26"), loc("west of Zabid", "YE", 14.20, 43.32, 25),
       GIANTS(), HOUTHI("الحوثي", "ميليشيات الحوثي"), fatalities=1, injured=4, optional=True),
    ev("air_drone_strike", ("2018-07-18", "2018-08-09"), loc("near Harad, Hajjah", "YE", 16.41, 43.06, 25),
       COAL("مقاتلات التحالف العربي"), HOUTHI("الحوثي"), fatalities=1, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-03", "2018-08-03"), loc("Al Maghram front, Saada", "YE", 16.94, 43.76, 100),
       COAL("قوات التحالف"), HOUTHI("الحوثي"), fatalities=1, optional=True),
    ev("armed_clash", ("2018-08-01", "2018-08-09"), loc("Yemen", "YE", None, None),
       actor("Joint Resistance", "قوات المقاومة المشتركة"), HOUTHI("كتيبة الاقتحامات", "الاقتحامات"), fatalities=1, optional=True),
]
C["snn-ede9a37a2091"] = []

SURUC = loc("Suruc, Sanliurfa", "TR", 36.976, 38.425, 25)
PKK = lambda *a: actor("PKK", "Kurdistan Workers' Party", *a)
TPOL = lambda *a: actor("Police Forces of Turkey", "Turkish police", *a)
C["snn-859377276138"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam al-Sadiq mosque, Sawaber, Kuwait City", "KW", 29.375, 47.981, 25),
       actor("Islamic State", "ISIS", "الانتحاري فهد سليمان القباع"), actor("Civilians", "المصلين"),
       fatalities=26, injured=227, optional=True),
]
C["snn-d98092403e82"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), SURUC,
       IS("تنظيم داعش", "داعش"), actor("Civilians", "pro-Kurdish youths", "حشد من الشباب المؤيدين للأكراد"), fatalities=32),
]
C["snn-5351d81d77ac"] = [
    ev("abduction_forced_disappearance", ("2015-07-24", "2015-07-25"), loc("Diyarbakir-Bingol highway, Diyarbakir province", "TR", 38.2, 40.5, 60),
       PKK("حزب العمال الكردستاني", "بي كيه كيه", "حزب بي كيه كيه"), TPOL("ضابط شرطة تركي", "الضابط"), injured=None),
    ev("grenade", ("2015-07-24", "2015-07-25"), loc("Bismil, Diyarbakir", "TR", 37.85, 40.67, 25),
       None, TPOL("عناصر الشرطة", "رجال الشرطة", "قسم الشرطة"), injured=7),
    ev("remote_explosive_landmine_ied", ("2015-07-24", "2015-07-25"), loc("Hakkari province", "TR", 37.57, 43.74, 100),
       None, TPOL("عناصر الشرطة", "رجال الشرطة"), injured=3),
    ev("grenade", ("2015-07-24", "2015-07-25"), loc("Hakkari province", "TR", 37.57, 43.74, 100),
       None, TPOL("عناصر الشرطة"), injured=3, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), SURUC,
       IS("تنظيم داعش", "داعش"), actor("Civilians"), fatalities=32, injured=[100, 108]),
    ev("armed_clash", ("2015-07-20", "2015-07-26"), loc("Adiyaman province", "TR", 37.76, 38.28, 100),
       actor("Turkish security forces", "القوات الأمنية التركية"), PKK("منظمة بي كيه كيه"), fatalities=1, optional=True),
    ev("armed_clash", ("2015-07-23", "2015-07-23"), loc("Turkey-Syria border", "TR", None, None),
       IS("داعش"), actor("Turkish armed forces", "جندي تركي"), fatalities=1, injured=2, optional=True),
    ev("protest_with_intervention", ("2015-07-20", "2015-07-26"), loc("Turkey", "TR", None, None),
       actor("Protesters (Turkey)", "اشخاص"), TPOL("الشرطة"), optional=True),
]
C["ant-SK-internationalNews-2170-20180616"] = [
    ev("suicide_bomb", ("2018-06-16", "2018-06-16"), loc("Rodat district, Nangarhar", "AF", 34.26, 70.60, 40),
       IS("تنظيم داعش", "داعشي", "انتحاري من تنظيم داعش", "ISKP"),
       actor("Taliban", "Afghan security forces", "Civilians", "طالبان", "قوات الأمن", "مدنيين", "عناصر من طالبان"),
       fatalities=20, injured=16),
]
C["snn-090239749198"] = [
    ev("suicide_bomb", ("2015-08-08", "2015-08-08"), loc("Khan Abad, Kunduz", "AF", 36.68, 69.11, 30),
       actor("Taliban", "حركة طالبان", "طالبان"),
       actor("Civilians", "مدنيون", "مدنيا", "anti-Taliban militia", "مقاتلون ضد حركة طالبان", "مسلحا"),
       fatalities=[21, 22], injured=10),
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-08"), loc("Khan Abad, Kunduz", "AF", 36.68, 69.11, 30),
       actor("Taliban", "حركة طالبان"), actor("anti-Taliban militia", "مقاتلون ضد حركة طالبان", "Civilians"),
       fatalities=[21, 22], injured=10, optional=True),
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), loc("Kabul", "AF", 34.53, 69.17, 25),
       None, None, fatalities=[0, 51], optional=True),
]
C["snn-2f60a14fe86d"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-52.jsonl"))
