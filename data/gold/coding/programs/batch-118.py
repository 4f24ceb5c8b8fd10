import os, sys; sys.path.insert(0, "tools/coding")
from gold import ev, loc, actor, write
C = {}

# background: security officer killed in Taif mid-Ramadan 2015
C["snn-14dbe6b69e74"] = [
    ev("attack", ("2015-06-28", "2015-07-08"), loc("Taif", "SA", 21.2624, 40.4255, 25),
       actor("يد الإرهاب", "Unidentified armed group", "terrorists"),
       actor("عوض بن سراج المالكي", "عوض المالكي", "Saudi security forces", "Police Forces of Saudi Arabia"),
       fatalities=1, optional=True),
    ev("armed_clash", ("2015-06-28", "2015-07-08"), loc("Taif", "SA", 21.2624, 40.4255, 25),
       actor("يد الإرهاب", "Unidentified armed group", "terrorists"),
       actor("عوض بن سراج المالكي", "عوض المالكي", "Saudi security forces", "Police Forces of Saudi Arabia"),
       fatalities=1, optional=True),
]

GHARYAN = loc("Gharyan", "LY", 32.1722, 13.0203, 25)
C["ant-SK-middleEast-301-20180315"] = [
    ev("armed_clash", ("2018-03-13", "2018-03-15"), GHARYAN,
       actor("مجموعة مسلحة", "Unidentified armed group", "المهاجمين"),
       actor("عناصر الأمن والحماية التابعين للمجلس", "المجلس الأعلى للدولة", "High Council of State",
             "مديرية أمن غريان", "المنطقة العسكرية الغربية", "Police Forces of Libya", "عبدالرحمن السويحلي"),
       fatalities=None, injured=2),
    ev("attack", ("2018-03-13", "2018-03-15"), GHARYAN,
       actor("مجموعة مسلحة", "Unidentified armed group", "المهاجمين"),
       actor("عبدالرحمن السويحلي", "السويحلي", "Abdulrahman Swehli", "المجلس الأعلى للدولة", "High Council of State"),
       injured=2, optional=True),
    ev("abduction_forced_disappearance", ("2018-03-13", "2018-03-15"), GHARYAN,
       actor("مجموعة مسلحة", "Unidentified armed group", "المهاجمين"),
       actor("عناصر شرطة تابعين لمديرية أمن غريان", "مديرية أمن غريان", "Police Forces of Libya"),
       optional=True),
]
C["ant-SK-internationalNews-2855-20180801"] = []
C["snn-babce32d0e5f"] = []
C["snn-8e021bb2ced3"] = []

MASH = loc("Masharah", "SY", 33.1364, 35.9637, 25)
C["ant-SK-middleEast-2908-20180715"] = [
    ev("air_drone_strike", ("2018-07-14", "2018-07-15"), MASH,
       actor("مقاتلات", "طائرات روسية", "Russia", "Military Forces of Russia", "Russian air force"),
       actor("المعارضة", "المعارضة المسلحة", "Syrian opposition", "rebels")),
    ev("shelling_artillery_missile_attack", ("2018-07-14", "2018-07-15"), MASH,
       actor("الجيش السوري", "مدفعية من ثكنات الجيش السوري", "Syrian government forces", "Military Forces of Syria", "Syrian army"),
       actor("المعارضة", "المعارضة المسلحة", "Syrian opposition", "rebels")),
]

C["ant-CN-middleEast-1103-20180604"] = [
    ev("peaceful_protest", ("2018-05-28", "2018-06-04"), loc("Jordan", "JO", None, None),
       actor("المحتجين", "Protesters (Jordan)", "protesters"), None, optional=True),
]
C["ant-SK-middleEast-256-20180313"] = []

SWEIDA = loc("As-Suwayda", "SY", 32.709, 36.5695, 25)
IS_ = ("تنظيم داعش", "داعش", "التنظيم", "Islamic State", "ISIS", "Daesh")
C["ant-SK-middleEast-3934-20181018"] = [
    ev("attack", ("2018-07-25", "2018-07-25"), SWEIDA, actor(*IS_),
       actor("Civilians", "المدنيين", "مدنيين"), fatalities=200, optional=True),
    ev("abduction_forced_disappearance", ("2018-07-25", "2018-07-25"), SWEIDA, actor(*IS_),
       actor("Civilians", "النساء والأطفال", "مختطفات السويداء", "المختطفات"), optional=True),
    ev("agreement", ("2018-10-11", "2018-10-18"), SWEIDA, actor(*IS_),
       actor("النظام", "Syrian government forces", "Syrian government", "قوات سوريا الديمقراطية", "Syrian Democratic Forces", "SDF"),
       optional=True),
]

CARC = loc("Carcassonne", "FR", 43.2130, 2.3491, 30)
TREB = loc("Trebes", "FR", 43.2106, 2.4417, 30)
ATT = actor("رضوان لكديم", "المهاجم", "محتجز رهائن", "المسلح", "Radouane Lakdim", "داعش", "Islamic State", "ISIS")
FRPOL = actor("قوات الأمن الفرنسية", "رجال أمن", "الشرطة", "الأمن الفرنسي", "Police Forces of France", "French security forces")
CIV = actor("Civilians", "مدنيين", "رهائن")
D = ("2018-03-23", "2018-03-23")
C["ant-SK-internationalNews-547-20180323"] = [
    ev("attack", D, CARC, ATT, CIV, fatalities=1, injured=1),
    ev("armed_clash", D, CARC, ATT, FRPOL, injured=[1, 99]),
    ev("attack", D, CARC, ATT, FRPOL, injured=[1, 99], optional=True),
    ev("attack", D, TREB, ATT, CIV, fatalities=[2, 3]),
    ev("abduction_forced_disappearance", D, TREB, ATT, CIV, optional=True),
    ev("armed_clash", D, TREB, FRPOL, ATT, fatalities=1),
]
C["ant-SK-internationalNews-1401-20180506"] = []
C["snn-be642b3d63a0"] = []

C["snn-30cebf93226a"] = [
    ev("arrests", ("2015-07-24", "2015-07-25"), loc("Turkey", "TR", None, None),
       actor("الشرطة التركية", "Police Forces of Turkey", "Turkish police"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party", "المتمردين الاكراد"),
       optional=True),
]
C["snn-199a6ceb4353"] = [
    ev("abduction_forced_disappearance", ("2015-02-24", "2015-02-24"), loc("Sanaa", "YE", 15.4636, 44.2379, 25),
       actor("مسلحون", "Unidentified armed group"),
       actor("ايزابيل بريم", "Isabelle Prime", "شيرين مكاوي", "Civilians"), optional=True),
]
C["ant-SK-internationalNews-2505-20180706"] = [
    ev("chemical_weapon", ("1995-03-20", "1995-03-20"), loc("Tokyo", "JP", 35.6895, 139.6917, 30),
       actor("طائفة أوم", "أوم", "Aum Shinrikyo"), actor("Civilians"),
       fatalities=13, injured=6000, optional=True),
]
C["snn-508002e63127"] = [
    ev("armed_clash", ("2015-08-04", "2015-08-07"), loc("Al Qaryatayn", "SY", 34.2296, 37.2407, 25),
       actor("قوات النظام السوري", "قوات الأسد", "قوات النظام", "Syrian government forces", "Military Forces of Syria"),
       actor("تنظيم داعش", "داعش", "التنظيم", "Islamic State", "ISIS", "Daesh"),
       fatalities=1),
]
C["snn-50f29cebedbd"] = [
    ev("shelling_artillery_missile_attack", ("2014-07-17", "2014-07-17"), loc("Eastern Ukraine (Hrabove)", "UA", 48.14, 38.64, 100),
       actor("الإنفصاليين الموالين لروسيا", "pro-Russian separatists"), actor("Civilians", "ركابها"),
       fatalities=298, optional=True),
]
GAZA = loc("Gaza Strip border", "PS", 31.4065, 34.3768, 30)
PAL = actor("الفلسطينيين", "فلسطينيين", "مسيرة العودة", "مسيرة العودة الكبرى", "Protesters (Palestine)", "Palestinian protesters")
IDF = actor("الجنود الإسرائيليين", "الجيش الإسرائيلي", "القوات الإسرائيلية", "جندي إسرائيلي", "Military Forces of Israel", "IDF", "Israeli forces")
C["ant-SK-middleEast-1172-20180421"] = [
    ev("excessive_force_against_protesters", ("2018-04-20", "2018-04-20"), GAZA, PAL, IDF,
       fatalities=4, injured=[100, 999]),
    ev("protest_with_intervention", ("2018-04-20", "2018-04-20"), GAZA, PAL, IDF,
       fatalities=4, injured=[100, 999], optional=True),
    ev("excessive_force_against_protesters", ("2018-04-20", "2018-04-20"), loc("East of Jabalia", "PS", 31.5473, 34.4915, 25), PAL, IDF,
       fatalities=1, optional=True),
]

TAL = ("حركة طالبان", "طالبان", "Taliban")
KABUL = loc("Kabul", "AF", 34.5553, 69.2075, 30)
KHANABAD = loc("Khan Abad, Kunduz", "AF", 36.683, 69.116, 50)
C["snn-d8ccf8dc9db5"] = [
    ev("suicide_bomb", ("2015-08-08", "2015-08-08"), KHANABAD, actor(*TAL, "انتحاري"),
       actor("Civilians", "مدنيون", "مدنيا", "ميليشيات مناهضة لطالبان", "anti-Taliban militia", "مقاتلون ضد حركة طالبان"),
       fatalities=[21, 22], injured=10),
    ev("remote_explosive_landmine_ied", ("2015-08-08", "2015-08-08"), KHANABAD, actor(*TAL),
       actor("Civilians", "مدنيون", "ميليشيات مناهضة لطالبان", "anti-Taliban militia", "مسلحا"),
       fatalities=[21, 22], injured=10, optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-07"), KABUL, actor(*TAL, "المتشددين"),
       actor("القوات الأجنبية", "الناتو", "NATO", "Resolute Support", "Military Forces of the United States", "مقاتلين أفغان", "Afghan forces"),
       fatalities=11),
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), KABUL, actor(*TAL),
       actor("أكاديمية الشرطة الأفغانية", "الطلبة", "Police Forces of Afghanistan", "Afghan police cadets"),
       fatalities=25),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-07"), KABUL, None,
       actor("Civilians"), fatalities=15),
]

HAJAR = loc("Al Hajar al Aswad", "SY", 33.4576, 36.3042, 25)
ISN = ("تنظيمي داعش والنصرة", "داعش", "النصرة", "Islamic State", "ISIS", "Jabhat al-Nusra", "Hayat Tahrir al-Sham", "مقاتلي تنظيمي داعش والنصرة")
SYG = ("القوات الحكومية", "Syrian government forces", "Military Forces of Syria", "النظام السوري")
C["ant-SK-middleEast-1158-20180421"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-20", "2018-04-21"), HAJAR, actor(*SYG), actor(*ISN)),
    ev("agreement", ("2018-04-20", "2018-04-20"), HAJAR, actor(*ISN), actor(*SYG), optional=True),
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("الولايات المتحدة", "بريطانيا", "فرنسا", "United States", "Military Forces of the United States", "United Kingdom", "France"),
       actor("Syrian government forces", "Military Forces of Syria"), optional=True),
]
C["ant-SK-internationalNews-2172-20180616"] = []
C["snn-4fb59015b4cb"] = []

GAZA2 = loc("Gaza Strip border", "PS", 31.4065, 34.3768, 30)
C["ant-CN-middleEast-1337-20180909"] = [
    ev("air_drone_strike", ("2018-09-08", "2018-09-08"), loc("Hajin", "SY", 34.6927, 40.827, 25),
       actor("الولايات المتحدة الأمريكية", "مقاتلتا F-15 أمريكيتان", "United States", "Military Forces of the United States", "US-led coalition", "Global Coalition Against Daesh"),
       None),
    ev("air_drone_strike", ("2018-09-02", "2018-09-09"), loc("Idlib province", "SY", 35.9306, 36.6339, 100),
       actor("روسيا", "Russia", "Military Forces of Russia", "النظام السوري", "Syrian government forces"),
       actor("المعارضة المسلحة السورية", "المجموعات المسلحة التابعة لتنظيم القاعدة", "Syrian opposition", "rebels"), optional=True),
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), GAZA2,
       actor("مراهقان فلسطينيان", "بلال خفاجة", "أحمد أبو الطيور", "Protesters (Palestine)", "Palestinian protesters"),
       actor("الجيش الإسرائيلي", "Military Forces of Israel", "IDF"), fatalities=2),
    ev("armed_clash", ("2018-09-07", "2018-09-07"), GAZA2,
       actor("الجيش الإسرائيلي", "Military Forces of Israel", "IDF"),
       actor("مراهقان فلسطينيان", "بلال خفاجة", "أحمد أبو الطيور", "Palestinians"), fatalities=2, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-09-08", "2018-09-08"), loc("Koi Sanjaq", "IQ", 36.0814, 44.6312, 25),
       actor("الحرس الثوري الإيراني", "Islamic Revolutionary Guard Corps", "IRGC", "Military Forces of Iran"),
       actor("الحزب الديمقراطي الكردستاني الإيراني", "Kurdistan Democratic Party of Iran", "KDPI", "PDKI"),
       fatalities=12),
]

SINAI_A = actor("قوات الجيش المصري", "Military Forces of Egypt", "Egyptian army", "القوات")
SINAI_B = actor("العناصر الإرهابية", "مسلحين", "Islamic State", "Sinai Province", "militants")
C["snn-a8ba7a44435d"] = [
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Al Arish", "EG", 31.1316, 33.7984, 25), SINAI_A, SINAI_B, optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Sheikh Zuweid", "EG", 31.2163, 34.1107, 25), SINAI_A, SINAI_B, optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-21"), loc("Rafah", "EG", 31.2878, 34.2369, 25), SINAI_A, SINAI_B, optional=True),
]

C["snn-f3b3db1c9ae1"] = []
C["ant-CN-middleEast-934-20180515"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-15"), loc("Golan Heights", "SY", 33.0, 35.75, 50),
       actor("إيران", "Iran", "Military Forces of Iran", "IRGC"), actor("إسرائيل", "Israel", "Military Forces of Israel"),
       optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-15"), loc("Saudi Arabia", "SA", None, None),
       actor("قوات موالية لإيران", "Houthis", "Ansar Allah"), actor("السعودية", "Saudi Arabia"), optional=True),
]
C["snn-29a2312b6411"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-14"), loc("Aden", "YE", 12.7987, 45.0153, 25),
       actor("القوات العسكرية للسعودية والإمارات", "التحالف العربي", "Saudi-led coalition", "Arab Coalition", "Military Forces of Yemen (Hadi)"),
       actor("الحوثيين", "المتمردين الحوثيين", "Houthis", "Ansar Allah", "علي صالح", "Saleh loyalists"), optional=True),
]
C["ant-SK-internationalNews-2786-20180722"] = [
    ev("protest_with_intervention", ("2018-05-01", "2018-05-01"), loc("Paris", "FR", 48.8566, 2.3522, 30),
       actor("محتجا", "Protesters (France)", "protesters"),
       actor("ألكسندر بينالا", "Alexandre Benalla", "Police Forces of France"), optional=True),
]
DERNA = loc("Derna", "LY", 32.767, 22.6367, 25)
LNA = actor("قوات الجيش الوطني الليبي", "الجيش الوطني الليبي", "الجيش الوطني", "الجيش", "Libyan National Army", "LNA")
DMILS = actor("مسلحي القاعدة", "الإرهابيين", "الجماعات المتشددة", "Derna Protection Force", "Derna Mujahideen Shura Council", "al-Qaeda", "داعش", "Islamic State")
C["ant-SK-middleEast-2498-20180620"] = [
    ev("armed_clash", ("2018-06-18", "2018-06-20"), DERNA, LNA, DMILS),
    ev("government_regains_territory", ("2018-06-18", "2018-06-20"), DERNA, LNA, DMILS, optional=True),
]
C["snn-31b792da1eea"] = []

C["snn-c040854ff3d3"] = []
ZAB = loc("Az Zabadani", "SY", 33.7081, 36.1009, 25)
SYA = ("قوات النظام السوري", "الجيش السوري", "سلاح الجو السوري", "Syrian government forces", "Military Forces of Syria", "Syrian air force")
REB = ("قوات المعارضة", "التنظيمات الإرهابية", "مقاتلي المعارضة", "Syrian opposition", "rebels")
C["snn-f81ddfaa4ac9"] = [
    ev("air_drone_strike", ("2015-07-21", "2015-07-23"), ZAB, actor(*SYA), actor("Civilians", "السكان المدنيين", *REB),
       fatalities=[2, 99]),
    ev("armed_clash", ("2015-07-21", "2015-07-21"), ZAB,
       actor(*SYA, "حزب الله", "Hezbollah"), actor(*REB), fatalities=[2, 99]),
    ev("shelling_artillery_missile_attack", ("2015-07-16", "2015-07-23"), loc("villages near Idlib (Al Fu'ah)", "SY", 35.9826, 36.7035, 25),
       actor(*REB), actor("Civilians"), optional=True),
]
C["snn-5353fbf22bbf"] = []
C["snn-d970937c92ca"] = []
AQSA = loc("Al-Aqsa Mosque, East Jerusalem", "PS", 31.7761, 35.2358, 25)
C["snn-d3ec26acb3c9"] = [
    ev("mob_violence", ("2015-08-04", "2015-08-04"), AQSA,
       actor("أربعة فلسطينيين", "الفلسطينيين الأربعة", "Palestinians", "Rioters (Palestine)"),
       actor("سائح فرنسي", "Civilians", "French tourist"), injured=1),
    ev("attack", ("2015-08-04", "2015-08-04"), AQSA,
       actor("أربعة فلسطينيين", "الفلسطينيين الأربعة", "Palestinians"),
       actor("سائح فرنسي", "Civilians", "French tourist"), injured=1, optional=True),
    ev("arrests", ("2015-08-04", "2015-08-04"), AQSA,
       actor("شرطة الاحتلال الإسرائيلي", "الشرطة", "Police Forces of Israel", "Israeli police"),
       actor("الفلسطينيين الأربعة", "Palestinians")),
]
C["snn-c303e2d45863"] = []

HOUTHI = ("ميليشيا الحوثي", "مليشيات الحوثي", "مليشيا الحوثي", "الميليشيا الانقلابية", "Houthis", "Ansar Allah")
YGOV = ("قوات الجيش الوطني", "الجيش الوطني", "طيران التحالف", "Military Forces of Yemen (Hadi)", "Yemeni National Army", "Saudi-led coalition", "Arab Coalition")
NIHM = loc("Nihm district (Al-Bayad mountains)", "YE", 15.7375, 44.5424, 30)
C["ant-SK-middleEast-3209-20180801"] = [
    ev("government_regains_territory", ("2018-08-01", "2018-08-01"), NIHM, actor(*YGOV), actor(*HOUTHI), fatalities=17, injured=[2, 99]),
    ev("armed_clash", ("2018-08-01", "2018-08-01"), NIHM, actor(*YGOV), actor(*HOUTHI), fatalities=17, injured=[2, 99], optional=True),
    ev("air_drone_strike", ("2018-07-30", "2018-08-01"), loc("Al Malajim district", "YE", 14.3599, 45.3899, 30),
       actor("مقاتلات التحالف العربي", "طيران التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor(*HOUTHI, "أبو الزهراء العباسي"), fatalities=[0, 1], injured=[0, 2]),
    ev("shelling_artillery_missile_attack", ("2018-07-30", "2018-08-01"), loc("At Tuhayta district (Al-Mahariq, Al-Kadf)", "YE", 14.0808, 43.1199, 30),
       actor("مليشيا الحوثي الإرهابية", *HOUTHI), actor("Civilians", "مدنيين", "أربعة مدنيين"), injured=4),
]
C["snn-76f186777d0e"] = []
C["snn-2c055a6e1f45"] = []
C["snn-7aef6779d797"] = []
C["snn-33d0bfd98c0d"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9756, 38.4249, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"), actor("Civilians"), fatalities=32, injured=100),
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Ceylanpinar", "TR", 36.847, 40.050, 25), None,
       actor("ضابطي شرطة", "شرطة مكافحة الشغب", "Police Forces of Turkey"), fatalities=2, optional=True),
    ev("disrupted_weapons_use", ("2015-07-22", "2015-07-22"), loc("Ankara", "TR", 39.9144, 32.7895, 25),
       actor("خبراء متفجرات أتراك", "الشرطة", "Police Forces of Turkey"), None),
    ev("disrupted_weapons_use", ("2015-07-22", "2015-07-22"), loc("Sancaktepe, Istanbul", "TR", 41.002, 29.231, 25),
       actor("خبراء متفجرات أتراك", "الشرطة", "Police Forces of Turkey"), None, optional=True),
]
DERNA2 = loc("Derna", "LY", 32.767, 22.6367, 25)
LNA2 = ("قوات الأمن", "الجيش الوطني الليبي", "الجيش الليبي", "الجنود", "Libyan National Army", "LNA")
DMIL2 = ("مسلحي القاعدة", "العناصر الإرهابية", "المسلحين", "al-Qaeda", "Derna Protection Force", "Derna Mujahideen Shura Council")
C["ant-SK-middleEast-2508-20180621"] = [
    ev("suicide_bomb", ("2018-06-20", "2018-06-20"), DERNA2, actor("انتحاري", "مفجرا انتحاريا", *DMIL2), actor(*LNA2), fatalities=4),
    ev("government_regains_territory", ("2018-06-19", "2018-06-21"), DERNA2, actor(*LNA2), actor(*DMIL2)),
    ev("armed_clash", ("2018-06-19", "2018-06-21"), DERNA2, actor(*LNA2), actor(*DMIL2), optional=True),
]

C["snn-d3b6c5d11351"] = []
C["snn-9833fd758f2d"] = [
    ev("peaceful_protest", ("2015-08-01", "2015-08-10"), loc("Iraq", "IQ", None, None),
       actor("المظاهرات", "Protesters (Iraq)", "protesters"), None, optional=True),
]
LAHORE = loc("Lahore", "PK", 31.5497, 74.3436, 30)
PMLN = ("أنصار شريف", "أنصار الحزب", "حزب الرابطة الإسلامية الباكستانية – جناح نواز شريف", "PML-N", "Pakistan Muslim League (Nawaz)")
C["ant-SK-internationalNews-2625-20180714"] = [
    ev("arrests", ("2018-07-13", "2018-07-14"), LAHORE,
       actor("السلطات الباكستانية", "رجالا بزي رسمي", "Government of Pakistan", "Police Forces of Pakistan", "NAB"),
       actor("نواز شريف", "مريم", "Nawaz Sharif", "Maryam Nawaz", "PML-N"), optional=True),
    ev("violent_demonstration", ("2018-07-13", "2018-07-14"), LAHORE, actor(*PMLN), actor("الشرطة", "Police Forces of Pakistan")),
    ev("protest_with_intervention", ("2018-07-13", "2018-07-14"), LAHORE, actor(*PMLN), actor("الشرطة", "Police Forces of Pakistan"), optional=True),
    ev("peaceful_protest", ("2018-07-13", "2018-07-14"), LAHORE, actor(*PMLN, "شهباز"), None),
]
C["ant-SK-internationalNews-266-20180311"] = []
COAL = ("تحالف دعم الشرعية", "التحالف العربي", "Saudi-led coalition", "Arab Coalition")
HOU2 = ("مليشيات الحوثي", "ميليشيات الحوثي", "الميليشيات الحوثية", "الانقلابيين", "Houthis", "Ansar Allah")
JR = ("المقاومة اليمنية المشتركة", "ألوية العمالقة", "قوات المقاومة المشتركة", "قوات المقاومة", "Joint Resistance Forces", "Giants Brigades", "Military Forces of Yemen (Hadi)")
DUR = loc("Ad Durayhimi", "YE", 14.637, 43.0551, 25)
C["ant-SK-middleEast-3451-20180818"] = [
    ev("air_drone_strike", ("2018-08-16", "2018-08-18"), loc("Sanaa", "YE", 15.4636, 44.2379, 25), actor(*COAL), actor(*HOU2)),
    ev("government_regains_territory", ("2018-08-18", "2018-08-18"), DUR, actor(*JR), actor(*HOU2)),
    ev("armed_clash", ("2018-08-18", "2018-08-18"), DUR, actor(*JR), actor(*HOU2), optional=True),
    ev("armed_clash", ("2018-08-17", "2018-08-18"), loc("Al-Jabaliya, At Tuhayta district", "YE", 14.0808, 43.1199, 30),
       actor(*JR), actor(*HOU2)),
]
write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-118.jsonl"))
