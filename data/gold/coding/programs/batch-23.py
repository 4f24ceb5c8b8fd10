import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["الحوثي", "مليشيات الحوثي", "ميليشيات الحوثي", "الميليشيا الحوثية", "المليشيات الحوثية", "الحوثيين", "Houthis", "Ansar Allah", "Houthi militia"]
COAL = ["التحالف العربي", "قوات التحالف", "التحالف", "قوات الدفاع الجوي للتحالف", "Saudi-led coalition", "Arab Coalition", "Coalition"]

# 1
C["ant-SK-middleEast-1205-20180423"] = [
    ev("disrupted_weapons_use", ("2018-04-23", "2018-04-23"),
       loc("Jizan", "SA", 16.889, 42.551, 25),
       actor(*COAL, "قوات الدفاع الجوي", "Royal Saudi Air Defense"),
       actor(*HOUTHI), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-23", "2018-04-23"),
       loc("Jizan", "SA", 16.889, 42.551, 25),
       actor(*HOUTHI), None, fatalities=0, injured=0, optional=True),
]
# 2
C["snn-e2fb311c758a"] = [
    ev("disrupted_weapons_use", ("2015-07-21", "2015-07-22"),
       loc("Ankara", "TR", 39.920, 32.854, 25),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة", "خبراء متفجرات أتراك", "خبراء المتفجرات"),
       None),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.976, 38.425, 25),
       None, None, fatalities=32, injured=[100, 108]),
    ev("remote_explosive_landmine_ied", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.976, 38.425, 25),
       None, None, fatalities=32, injured=[100, 108], optional=True),
]
# 3
YEARMY = ["قوات الجيش اليمني", "الجيش اليمني", "القوات الشرعية", "Military Forces of Yemen", "Yemeni army", "Yemeni government forces"]
C["ant-SK-middleEast-3426-20180816"] = [
    ev("government_regains_territory", ("2018-08-14", "2018-08-16"),
       loc("Baqim", "YE", 17.397, 43.477, 25),
       actor(*YEARMY), actor(*HOUTHI, "المتمردين")),
    ev("armed_clash", ("2018-08-14", "2018-08-16"),
       loc("Baqim", "YE", 17.397, 43.477, 25),
       actor("قوة عسكرية سودانية", "قوة سودانية", "Military Forces of Sudan", "Sudanese forces", *COAL), actor(*HOUTHI, "المتمردين"), optional=True),
    ev("government_regains_territory", ("2018-07-15", "2018-08-16"),
       loc("Al Malahit", "YE", 16.768, 43.276, 25),
       actor(*YEARMY), actor(*HOUTHI, "المتمردين"), optional=True),
]
# 4
C["ant-SK-internationalNews-1649-20180518"] = [
    ev("abduction_forced_disappearance", ("2018-05-14", "2018-05-14"),
       loc("Yambio", "SS", 4.571, 28.394, 25),
       None, actor("Aid workers", "Civilians", "World Vision", "وورلد فيجن", "عمال", "9 عمال", "عمال الإغاثة")),
    ev("abduction_forced_disappearance", ("2018-04-01", "2018-04-30"),
       loc("South Sudan", "SS", None, None, 100),
       actor("مجموعات مسلحة", "Unidentified Armed Group"), actor("Aid workers", "عمال الإغاثة", "Civilians"), optional=True),
]

# 5
C["ant-SK-internationalNews-97-20180223"] = [
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-19"),
       loc("Dapchi", "NG", 12.49, 11.50, 50),
       actor("بوكو حرام", "جماعة بوكو حرام", "متمردو بوكو حرام", "المسلحون", "Boko Haram", "Islamic State West Africa Province", "ISWAP"),
       actor("التلميذات", "الفتيات", "الطالبات", "تلميذات", "Students", "Civilians", "schoolgirls")),
]
# 6
ISIS = ["داعش", "تنظيم داعش", "مقاتلي داعش", "Islamic State", "ISIS", "Daesh", "IS"]
C["ant-CN-internationalNews-730-20181018"] = [
    ev("abduction_forced_disappearance", ("2018-10-12", "2018-10-12"),
       loc("Hajin (al-Bahra camp, Deir ez-Zor)", "SY", 34.695, 40.831, 50),
       actor(*ISIS), actor("Civilians", "IDPs", "النازحين", "مخيم للنازحين"), optional=True),
    ev("abduction_forced_disappearance", ("2018-10-12", "2018-10-12"),
       loc("As Suwayda governorate", "SY", 32.709, 36.570, 100),
       actor(*ISIS), actor("Civilians", "IDPs", "النازحين", "مخيم للنازحين"), optional=True),
    ev("attack", ("2018-10-16", "2018-10-17"),
       loc("Euphrates left bank, Deir ez-Zor", "SY", 34.695, 40.831, 100),
       actor(*ISIS), actor("Civilians", "رهائن", "الرهائن"), fatalities=10, optional=True),
    ev("armed_clash", ("2018-10-18", "2018-10-18"),
       loc("Kandahar", "AF", 31.613, 65.710, 100),
       None, actor("القوات الأمريكية", "Military Forces of the United States", "US forces", "أمريكيين"), injured=2),
]
# 7
C["ant-SK-internationalNews-1599-20180516"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"),
       loc("Gaza Strip", "PS", 31.42, 34.37, 30),
       actor("إسرائيل", "Israel", "Military Forces of Israel", "Israeli forces", "IDF"),
       actor("محتجين فلسطينيين", "محتجين فلسطينيين عزل", "Protesters", "Palestinian protesters", "أبناء قطاع غزة"),
       fatalities=[10, 99], injured=[100, 999]),
    ev("peaceful_protest", ("2018-05-14", "2018-05-16"),
       loc("Turkey", "TR", None, None, 100),
       actor("أحزاب المعارضة التركية", "Protesters", "Turkish opposition"), None, optional=True),
]
# 8
C["snn-e932b9ff9c5d"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-25", "2015-07-27"),
       loc("Sarrin", "SY", 36.588, 38.298, 25),
       actor("وحدات حماية الشعب الكردية", "الأكراد", "YPG", "People's Protection Units", "Kurds"),
       actor("داعش", "تنظيم داعش", "التنظيم الإرهابي", "Islamic State", "ISIS", "Daesh")),
    ev("air_drone_strike", ("2015-06-27", "2015-07-27"),
       loc("Sarrin", "SY", 36.588, 38.298, 25),
       actor("التحالف", "ضربات التحالف الجوية", "US-led coalition", "Global Coalition Against Daesh", "Coalition"),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
]

# 9
C["snn-1503397703b6"] = [
    ev("armed_clash", ("2015-06-01", "2015-06-30"),
       loc("Southern Afghanistan", "AF", None, None, 100),
       actor("طالبان", "حركة طالبان", "حركة طالبان الأفغانية", "Taliban"),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Islamic State Khorasan", "ISKP"), optional=True),
    ev("attack", ("2015-07-01", "2015-07-31"),
       loc("Nangarhar", "AF", 34.43, 70.45, 100),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Islamic State Khorasan", "ISKP"),
       actor("خائنا", "Civilians"), fatalities=1, optional=True),
]
# 10
ISRF = ["القوات الإسرائيلية", "قواتها", "إسرائيل", "Israel", "Military Forces of Israel", "Israeli forces", "IDF"]
PALP = ["فلسطينيين", "متظاهري غزة", "متظاهري غزة العزل", "Protesters", "Palestinian protesters"]
C["ant-SK-middleEast-868-20180409"] = [
    ev("excessive_force_against_protesters", ("2018-04-06", "2018-04-06"),
       loc("Gaza Strip (border)", "PS", 31.42, 34.37, 30),
       actor(*ISRF), actor(*PALP), fatalities=9),
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-03-30"),
       loc("Gaza Strip (border)", "PS", 31.42, 34.37, 30),
       actor(*ISRF), actor(*PALP), fatalities=19, optional=True),
]
# 11
WEST = ["الولايات المتحدة", "فرنسا", "بريطانيا", "التحالف الغربي", "United States", "Military Forces of the United States", "France", "United Kingdom", "Military Forces of the United Kingdom", "Military Forces of France", "US", "UK"]
SYRGOV = ["النظام السوري", "الحرس الجمهوري", "الفرقة الرابعة", "Military Forces of Syria", "Syrian government", "Syrian regime", "Syrian Arab Army"]
C["ant-SK-middleEast-1017-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"),
       loc("Barzeh, Damascus", "SY", 33.551, 36.322, 25),
       actor(*WEST), actor(*SYRGOV, "مركز البحوث العلمية")),
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"),
       loc("West of Homs (Him Shinshar)", "SY", 34.72, 36.46, 25),
       actor("بريطانيا", "وزارة الدفاع البريطانية", "طائرات من طراز تورنادو", "United Kingdom", "Military Forces of the United Kingdom", "Royal Air Force", "UK", *WEST),
       actor(*SYRGOV)),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"),
       loc("Douma", "SY", 33.572, 36.403, 25),
       actor("النظام السوري", "Military Forces of Syria", "Syrian government", "Syrian regime"), actor("Civilians", "المدنيين"), optional=True),
]
# 12
C["ant-SK-middleEast-1815-20180519"] = [
    ev("agreement", ("2018-05-19", "2018-05-19"),
       loc("Yarmouk Camp, southern Damascus", "SY", 33.470, 36.302, 25),
       actor("النظام السوري", "الميليشيات الموالية له", "قوات النظام", "Military Forces of Syria", "Syrian government", "Syrian regime"),
       actor("داعش", "تنظيم داعش", "مسلحي تنظيم داعش", "تنظيم داعش الإرهابي", "Islamic State", "ISIS", "Daesh")),
    ev("armed_clash", ("2018-04-19", "2018-05-19"),
       loc("Yarmouk Camp, southern Damascus", "SY", 33.470, 36.302, 25),
       actor("قوات النظام", "النظام السوري", "Military Forces of Syria", "Syrian government"),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS"), optional=True),
    ev("government_regains_territory", ("2018-04-19", "2018-05-19"),
       loc("Al Qadam, Damascus", "SY", 33.475, 36.285, 25),
       actor("قوات النظام", "النظام السوري", "Military Forces of Syria", "Syrian government"),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-23.jsonl"))
