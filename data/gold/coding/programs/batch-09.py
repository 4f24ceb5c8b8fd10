import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

ISIS = ["Islamic State", "ISIS", "Daesh", "IS"]
CIV = ["Civilians", "مدنيين", "المدنيين"]

# 1
C["ant-SK-internationalNews-311-20180313"] = [
    ev("attack", ("2018-03-04", "2018-03-04"), loc("Salisbury", "GB", 51.07, -1.79, 25),
       actor("روسيا", "موسكو", "Russia", "Russian government"),
       actor("سيرغي سكيربال", "Sergei Skripal", "Civilians"), optional=True),
]
C["snn-cd7df9fc85f3"] = [
    ev("shelling_artillery_missile_attack", ("2014-07-17", "2014-07-17"), loc("Eastern Ukraine (MH17 crash site, Hrabove)", "UA", 48.14, 38.65, 100),
       None, actor("طائرة الخطوط الجوية الماليزية", "Malaysia Airlines", "Civilians"), fatalities=298, optional=True),
]
C["ant-SK-internationalNews-2561-20180710"] = []
C["snn-8be2aa7d1e56"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-21"), loc("Baqubah (al-Yarmouk II district)", "IQ", 33.75, 44.61, 25),
       None, actor(*CIV), fatalities=6, injured=11),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-22"), loc("Hibhib", "IQ", 33.784, 44.507, 25),
       None, actor(*CIV), fatalities=18, injured=26),
    ev("abduction_forced_disappearance", ("2015-07-20", "2015-07-22"), loc("Hawija district", "IQ", 35.326, 43.773, 60),
       actor("تنظيم داعش", "داعش", "التنظيم", *ISIS), actor("عائلة", "نازحي صلاح الدين", "Civilians"), optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Kifri (al-Hadida, al-Fasluj villages)", "IQ", 34.69, 44.96, 25),
       actor("قوات البيشمركة الكردية", "قوات البيشمركة", "البيشمركة", "Peshmerga", "Kurdish Peshmerga"),
       actor("تنظيم داعش", "داعش", "عناصر داعش", *ISIS), fatalities=22),
]
C["snn-698174702e54"] = []

C["snn-389817febcd5"] = []
C["snn-233669332eae"] = []
C["snn-8f653290fb0e"] = []
C["snn-d5ca1199afaf"] = []
C["snn-ea755ae36c34"] = []
C["snn-a60bde1d7d5e"] = [
    ev("shelling_artillery_missile_attack", ("2014-07-17", "2014-07-17"), loc("Eastern Ukraine (MH17 crash site, Hrabove)", "UA", 48.14, 38.65, 100),
       actor("الانفصاليين الموالين لروسيا", "pro-Russian separatists"), actor("الطائرة الماليزية", "Malaysia Airlines", "Civilians"), fatalities=298, optional=True),
]
C["snn-04aa463a3d85"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"), loc("Baraki Barak district, Logar", "AF", 33.94, 68.93, 50),
       actor("القوات الأمريكية", "مروحيتين أمريكيتين", "الأمريكيون", "US forces", "United States", "US military"),
       actor("الجيش الأفغاني", "جنديا أفغانيا", "Afghan National Army", "Afghan army", "Military Forces of Afghanistan"), fatalities=14),
]
PKK = ["حزب العمال الكردستاني", "بي كا كا", "PKK", "Kurdistan Workers' Party"]
TRPOL = ["الشرطة", "الشرطة التركية", "Police Forces of Turkey", "Turkish police"]
C["snn-a197c64f5886"] = [
    ev("violent_demonstration", ("2015-08-07", "2015-08-07"), loc("Cizre", "TR", 37.33, 42.19, 25),
       actor("أنصار حزب العمال الكردستاني", "محتجون ملثمون", "المتظاهرين", "Rioters", "Protesters", "PKK supporters", *PKK),
       actor("شرطة مكافحة الشغب", *TRPOL)),
    ev("protest_with_intervention", ("2015-08-07", "2015-08-07"), loc("Cizre", "TR", 37.33, 42.19, 25),
       actor("أنصار حزب العمال الكردستاني", "محتجون ملثمون", "المتظاهرين", "Protesters", "PKK supporters", *PKK),
       actor("شرطة مكافحة الشغب", *TRPOL), optional=True),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Silopi", "TR", 37.25, 42.47, 25),
       actor(*TRPOL), actor("مقاتلي الحزب", *PKK), fatalities=3, injured=7),
    ev("armed_clash", ("2015-08-05", "2015-08-09"), loc("Van province", "TR", 38.49, 43.38, 100),
       actor("المتمردون", *PKK), actor("قوات الأمن التركية", "جنديين", "Military Forces of Turkey", "Turkish army"), fatalities=[0, 2], optional=True),
    ev("armed_clash", ("2015-08-05", "2015-08-09"), loc("Agri province", "TR", 39.72, 43.05, 100),
       actor("المتمردون", *PKK), actor("قوات الأمن التركية", "جنديين", "Military Forces of Turkey", "Turkish army"), fatalities=[0, 2], optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-07"), loc("Cizre", "TR", 37.33, 42.19, 25),
       actor("إرهابيون", "الإرهابيين", *PKK), actor("سيارة مصفحة تابعة للشرطة", *TRPOL), fatalities=1, injured=2),
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-07"), loc("Cizre", "TR", 37.33, 42.19, 25),
       actor("إرهابيون", "الإرهابيين", *PKK), actor("سيارة مصفحة تابعة للشرطة", *TRPOL), fatalities=1, injured=2, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-08-09"), loc("Northern Iraq", "IQ", None, None),
       actor("تركيا", "Military Forces of Turkey", "Turkey", "Turkish air force"), actor(*PKK), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-08-09"), loc("Northern Syria", "SY", None, None),
       actor("تركيا", "Military Forces of Turkey", "Turkey", "Turkish air force"), actor("تنظيم داعش", "داعش", *ISIS), optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("داعش", "تنظيم داعش", *ISIS), actor(*CIV), fatalities=32, optional=True),
]
C["ant-CN-middleEast-1014-20180524"] = [
    ev("arrests", ("2018-05-14", "2018-05-22"), loc("Saudi Arabia", "SA", None, None),
       actor("السلطات السعودية", "رئاسة أمن الدولة", "Saudi authorities", "Police Forces of Saudi Arabia", "Presidency of State Security"),
       actor("الناشطات", "ناشطات سعوديات", "لجين الهذلول", "عائشة المانع", "women's rights activists", "Activists"), optional=True),
]
C["ant-SK-middleEast-464-20180321"] = []

C["ant-SK-internationalNews-3406-20181010"] = []
C["snn-6cb7a20e6d88"] = []
C["ant-SK-middleEast-3770-20181008"] = [
    ev("air_drone_strike", ("2018-10-06", "2018-10-08"), loc("South of Al Hudaydah", "YE", 14.70, 43.00, 50),
       actor("مقاتلات التحالف", "التحالف", "Saudi-led coalition", "Arab Coalition", "Military Forces of Saudi Arabia"),
       actor("الحوثيين", "الحوثي", "القيادي الحوثي", "مليشيات الحوثي", "Houthis", "Ansar Allah"), fatalities=[2, 20]),
]
COAL = ["قوات التحالف الدولي", "التحالف الدولي", "قوات التحالف الدولي بقيادة الولايات المتحدة", "US-led coalition", "Global Coalition against Daesh", "CJTF-OIR", "Coalition"]
C["snn-bf220f9f4b97"] = [
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Deir ez-Zor", "SY", 35.336, 40.141, 50),
       actor(*COAL), actor("تنظيم داعش", "داعش", *ISIS)),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Al Hasakah", "SY", 36.502, 40.748, 50),
       actor(*COAL), actor("تنظيم داعش", "داعش", *ISIS)),
    ev("air_drone_strike", ("2015-07-30", "2015-07-31"), loc("Iraq (near nine cities)", "IQ", None, None),
       actor(*COAL), actor("تنظيم داعش", "داعش", *ISIS), optional=True),
]
C["ant-SK-internationalNews-3297-20181005"] = [
    ev("arrests", ("2018-10-01", "2018-10-05"), loc("Turkey (7 provinces)", "TR", None, None),
       actor("السلطات", "وزارة الداخلية التركية", "Police Forces of Turkey", "Turkish authorities"),
       actor(*PKK), optional=True),
    ev("remote_explosive_landmine_ied", ("2018-10-03", "2018-10-03"), loc("Batman province", "TR", 37.887, 41.132, 100),
       actor("مسلحون أكراد", *PKK), actor("جنود أتراك", "Military Forces of Turkey", "Turkish army"), fatalities=7, injured=3),
    ev("air_drone_strike", ("2018-06-01", "2018-10-05"), loc("Qandil mountains", "IQ", 36.40, 44.95, 50),
       actor("تركيا", "Military Forces of Turkey", "Turkey"), actor(*PKK), optional=True),
]

LNA = ["الجيش الليبي", "قوات الجيش الليبي", "Libyan National Army", "LNA", "Khalifa Haftar forces"]
DERNA = ["فلول القاعدة", "القاعدة", "الإرهابيين", "al-Qaeda", "Derna Protection Force", "Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council"]
C["ant-SK-middleEast-2326-20180612"] = [
    ev("suicide_bomb", ("2018-06-11", "2018-06-12"), loc("Derna", "LY", 32.767, 22.637, 25),
       actor(*DERNA), actor("الجنود", *LNA), fatalities=2, injured=3),
    ev("armed_clash", ("2018-06-11", "2018-06-12"), loc("Derna", "LY", 32.767, 22.637, 25),
       actor(*LNA), actor(*DERNA)),
    ev("government_regains_territory", ("2018-06-10", "2018-06-12"), loc("Derna", "LY", 32.767, 22.637, 25),
       actor(*LNA), actor(*DERNA), optional=True),
]
C["snn-e861a2aea4ee"] = []
C["snn-aa46563360b0"] = []
C["snn-dd2d7bbec7dc"] = []
C["ant-SK-internationalNews-580-20180325"] = [
    ev("attack", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.21, 2.44, 25),
       actor("متطرف", "المهاجم", "رضوان لقديم", "Radouane Lakdim", "Islamic State", "ISIS"),
       actor("رهائن", "الرهائن", "Civilians", "أرنو بلترام", "Arnaud Beltrame"), fatalities=[2, 5]),
    ev("armed_clash", ("2018-03-23", "2018-03-23"), loc("Trebes", "FR", 43.21, 2.44, 25),
       actor("الشرطة", "Police Forces of France", "Gendarmerie", "French police"),
       actor("المهاجم", "رضوان لقديم", "Radouane Lakdim", "متطرف"), fatalities=[1, 2], optional=True),
    ev("arrests", ("2018-03-23", "2018-03-25"), loc("Trebes", "FR", 43.21, 2.44, 50),
       actor("Police Forces of France", "French police"), None, optional=True),
]

C["snn-600703cba1e5"] = []
C["snn-7bfc1668e8e4"] = []
C["snn-5049ec3933cf"] = []
C["ant-SK-middleEast-3899-20181016"] = [
    ev("violent_demonstration", ("2018-09-01", "2018-09-08"), loc("Basra", "IQ", 30.533, 47.797, 25),
       actor("المتظاهرين", "عناصر مندسة", "Rioters", "Protesters"), actor("الأجهزة الأمنية", "Police Forces of Iraq", "Iraqi security forces"), optional=True),
]
C["ant-SK-middleEast-1312-20180428"] = [
    ev("abduction_forced_disappearance", ("2018-04-26", "2018-04-28"), loc("Shebaa", "LB", 33.348, 35.749, 25),
       actor("قوة من الجيش الإسرائيلي", "الجيش الإسرائيلي", "Israeli Defense Forces", "IDF", "Military Forces of Israel", "Israeli army"),
       actor("مواطنة لبنانية", "مواطنة", "Civilians", "Lebanese civilian")),
]

IDF = ["الجيش الإسرائيلي", "Israeli Defense Forces", "IDF", "Military Forces of Israel", "Israeli army"]
C["ant-SK-middleEast-3767-20181007"] = [
    ev("attack", ("2018-10-07", "2018-10-07"), loc("Barkan industrial zone", "PS", 32.109, 35.112, 25),
       actor("منفذ عملية إطلاق النار", "منفذ العملية", "أشرف سليمان", "Ashraf Suleiman", "Ashraf Naalwa", "Palestinian gunman"),
       actor("إسرائيليين", "إسرائيليان", "Civilians", "Israeli civilians"), fatalities=2, injured=1),
    ev("arrests", ("2018-10-07", "2018-10-07"), loc("Shuweika (Tulkarm)", "PS", 32.33, 35.03, 25),
       actor(*IDF), actor("الشبان الفلسطينيين", "Palestinians", "Palestinian civilians")),
]
SOMVIC = ["مقر مديرية هودن", "مقرا حكوميا", "Government of Somalia", "Civilians"]
C["ant-SK-middleEast-3601-20180910"] = [
    ev("suicide_bomb", ("2018-09-10", "2018-09-10"), loc("Hodan district, Mogadishu", "SO", 2.03, 45.31, 25),
       actor("انتحاريا", "انتحاري", "حركة الشباب", "Al Shabaab", "al-Shabaab"), actor(*SOMVIC), fatalities=4, injured=[2, 99]),
    ev("suicide_bomb", ("2018-08-31", "2018-09-09"), loc("Mogadishu", "SO", 2.04, 45.34, 25),
       actor("انتحاري", "حركة الشباب", "Al Shabaab"), actor(*SOMVIC), optional=True),
]
C["ant-CN-middleEast-33-20180220"] = []
C["snn-abc35568baea"] = []
C["ant-SK-middleEast-2071-20180531"] = [
    ev("armed_clash", ("2018-05-26", "2018-05-31"), loc("Al Hudaydah (West Coast front)", "YE", 14.797, 42.945, 50),
       actor("قوات المقاومة المشتركة", "قوات الجيش الوطني اليمني", "تحالف دعم الشرعية", "Joint Resistance Forces", "Yemeni National Army", "Military Forces of Yemen (Hadi)", "Saudi-led coalition"),
       actor("ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]

C["snn-9306cfc35feb"] = []
C["ant-SK-middleEast-2143-20180604"] = [
    ev("agreement", ("2018-06-04", "2018-06-04"), loc("Manbij", "SY", 36.528, 37.955, 25),
       actor("الولايات المتحدة", "United States", "USA"), actor("تركيا", "Turkey", "Government of Turkey"), optional=True),
]
C["snn-8d67ff6117f9"] = []
FERG = ["المتظاهرين", "المحتجين", "محتجين", "Protesters", "Rioters"]
C["snn-63b4bf368f72"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-10"), loc("Ferguson", "US", 38.744, -90.305, 25),
       actor(*FERG), actor("الشرطة", "Police Forces of the United States", "Ferguson police", "police"), injured=2),
    ev("protest_with_intervention", ("2015-08-09", "2015-08-10"), loc("Ferguson", "US", 38.744, -90.305, 25),
       actor(*FERG), actor("الشرطة", "Police Forces of the United States", "police"), injured=2, optional=True),
    ev("peaceful_protest", ("2015-08-09", "2015-08-09"), loc("Ferguson", "US", 38.744, -90.305, 25),
       actor("مسيرة سلمية", "Protesters"), None, optional=True),
]
C["ant-SK-middleEast-426-20180320"] = []

SOMMIL = ["الجنود", "Military Forces of Somalia", "Somali army", "Somali soldiers"]
SHAB = ["حركة الشباب", "Al Shabaab", "al-Shabaab"]
C["ant-SK-middleEast-554-20180325"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-25", "2018-03-25"), loc("Mogadishu (checkpoint)", "SO", 2.04, 45.34, 25),
       actor(*SHAB), actor(*SOMMIL), fatalities=3, injured=[2, 20]),
    ev("suicide_bomb", ("2018-03-25", "2018-03-25"), loc("Mogadishu (checkpoint)", "SO", 2.04, 45.34, 25),
       actor(*SHAB), actor(*SOMMIL), fatalities=3, injured=[2, 20], optional=True),
    ev("remote_explosive_landmine_ied", ("2018-03-22", "2018-03-22"), loc("Mogadishu (Makkah al-Mukarramah road, hotel)", "SO", 2.04, 45.33, 25),
       actor(*SHAB), actor("Civilians", "المدنيين"), fatalities=14, injured=10),
]
C["snn-124c7fd38230"] = []
HOUTHI = ["مسلحون من ميليشيات الحوثي", "ميليشيات الحوثي", "الحوثيون", "المسلحون الحوثيون", "الميليشيات", "Houthis", "Ansar Allah"]
WMARCH = ["مسيرة نسائية", "المشاركات في التظاهرة", "فائقة السيد", "أنصار صالح", "حزب المؤتمر الشعبي العام", "Protesters", "Women protesters", "General People's Congress", "GPC"]
C["ant-SK-middleEast-453-20180321"] = [
    ev("excessive_force_against_protesters", ("2018-03-21", "2018-03-21"), loc("Sanaa", "YE", 15.37, 44.20, 25),
       actor(*HOUTHI), actor(*WMARCH), injured=[1, 20]),
    ev("protest_with_intervention", ("2018-03-21", "2018-03-21"), loc("Sanaa", "YE", 15.37, 44.20, 25),
       actor(*WMARCH), actor(*HOUTHI), injured=[1, 20], optional=True),
    ev("abduction_forced_disappearance", ("2018-03-21", "2018-03-21"), loc("Sanaa", "YE", 15.37, 44.20, 25),
       actor(*HOUTHI), actor(*WMARCH), optional=True),
]
C["snn-6c3a122d255a"] = []
C["ant-SK-internationalNews-868-20180409"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-09.jsonl"))
