import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ("Houthis", "Ansar Allah", "الحوثيين", "الحوثي", "ميليشيات الحوثي", "الميليشيات", "المتمردين")
COAL = ("Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي")

C["snn-68b01dbc1cdc"] = []
C["ant-SK-middleEast-2352-20180613"] = [
    ev("air_drone_strike", ("2018-06-13", "2018-06-13"), loc("Al Hudaydah", "YE", 14.7978, 42.9545, 25),
       actor(*COAL, "طائراته"), actor(*HOUTHI, "ميليشيات الحوثي الإيرانية")),
    ev("shelling_artillery_missile_attack", ("2018-06-13", "2018-06-13"), loc("Al Hudaydah", "YE", 14.7978, 42.9545, 25),
       actor(*COAL), actor(*HOUTHI), optional=True),
    ev("government_regains_territory", ("2018-06-13", "2018-06-13"), loc("Hodeidah airport road", "YE", 14.76, 42.97, 25),
       actor("Joint Forces", "القوات المشتركة", "قوات المقاومة اليمنية المشتركة", "UAE", "القوات الإماراتية", *COAL),
       actor(*HOUTHI)),
    ev("armed_clash", ("2018-06-13", "2018-06-13"), loc("Hodeidah airport road", "YE", 14.76, 42.97, 25),
       actor("Joint Forces", "القوات المشتركة", "قوات المقاومة اليمنية المشتركة", "UAE", "القوات الإماراتية", *COAL),
       actor(*HOUTHI), optional=True),
]
H15 = ("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثي", "مليشيات الحوثي", "Saleh forces", "عناصر الرئيس المخلوع علي عبدالله صالح")
RES = ("Popular Resistance", "المقاومة الشعبية", "رجال المقاومة الشعبية")
C["snn-d6c011d067b1"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Taiz", "YE", 13.5795, 44.0209, 25),
       actor(*RES), actor(*H15), fatalities=[0, 26], injured=[0, 61]),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Jabal Sabr", "YE", 13.53, 44.05, 25),
       actor(*RES), actor(*H15), optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Al-Dhabab", "YE", 13.53, 43.93, 25),
       actor(*RES), actor(*H15), optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-09"), loc("Al Hudaydah", "YE", 14.7978, 42.9545, 25),
       actor(*RES), actor(*H15), fatalities=2, injured=4),
]
C["snn-4a7b6d966551"] = []
C["ant-CN-middleEast-882-20180511"] = [
    ev("air_drone_strike", ("2018-05-09", "2018-05-11"), loc("Syria", "SY", None, None, 100),
       actor("Israel", "إسرائيل", "Israeli Air Force"), actor("IRGC", "Iran", "الحرس الثوري الإيراني", "حرس الثورة الإسلامية الإيراني"), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-09", "2018-05-11"), loc("Golan Heights", "SY", 33.0, 35.75, 50),
       actor("IRGC", "Iran", "النظام الإيراني", "الحرس الثوري الإيراني"), actor("Israel", "إسرائيل"), optional=True),
]

C["snn-af18fa160759"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-08-06"), loc("Al Anad", "YE", 13.18, 44.77, 50),
       actor("Yemeni government forces", "قوات الحكومة اليمنية", "Saudi-led coalition", "قوات التحالف"),
       actor("Houthis", "Saleh forces", "المتمردين", "حوثيين", "صالحيين"), optional=True),
]
C["ant-SK-middleEast-1543-20180509"] = []
SYGOV = ("Syrian government forces", "Syrian Army", "قوات النظام السوري", "النظام السوري", "قوات النظام")
SYOPP = ("Syrian opposition", "Rebels", "المعارضة السورية", "المعارضة المسلحة", "المعارضة")
C["ant-SK-middleEast-2785-20180706"] = [
    ev("non_violent_transfer_of_territory", ("2018-07-06", "2018-07-06"), loc("Nasib crossing", "SY", 32.5518, 36.1881, 25),
       actor(*SYGOV), actor(*SYOPP)),
    ev("government_regains_territory", ("2018-07-06", "2018-07-06"), loc("Nasib crossing", "SY", 32.5518, 36.1881, 25),
       actor(*SYGOV), actor(*SYOPP), optional=True),
    ev("agreement", ("2018-07-05", "2018-07-06"), loc("Daraa", "SY", 32.6189, 36.1021, 100),
       actor("Russia", "الجانب الروسي", "Russian forces"), actor(*SYOPP)),
    ev("government_regains_territory", ("2018-06-19", "2018-07-05"), loc("Daraa", "SY", 32.6189, 36.1021, 100),
       actor(*SYGOV), actor(*SYOPP), optional=True),
]
SOM = ("Somali National Army", "Somali government forces", "القوات الصومالية", "القوات الحكومية الصومالية", "الجيش الوطني الصومالي",
       "AMISOM", "اميصوم", "قوات الاتحاد الافريقي", "African Union")
SHB = ("Al-Shabaab", "al Shabaab", "حركة الشباب", "الشباب", "المتمردون", "متمردي حركة الشباب")
C["snn-0362fb9eee01"] = [
    ev("government_regains_territory", ("2015-07-23", "2015-07-24"), loc("Diinsoor", "SO", 2.4085, 42.9771, 25),
       actor(*SOM), actor(*SHB)),
    ev("government_regains_territory", ("2015-07-22", "2015-07-22"), loc("Baardheere", "SO", 2.3446, 42.2764, 25),
       actor(*SOM), actor(*SHB)),
]
C["snn-ff3621ffc0e1"] = []

C["ant-CN-internationalNews-514-20180816"] = [
    ev("attack", ("2018-08-13", "2018-08-16"), loc("London (Westminster)", "GB", 51.4995, -0.1248, 25),
       actor("Salih Khater", "صالح خاطر"), actor("Civilians"), optional=True),
]
C["ant-SK-internationalNews-2522-20180709"] = []
C["snn-5dbd969e3131"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.9761, 38.4264, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم الدولة الاسلامية", "تنظيم الدولة الإسلامية"), actor("Civilians", "المدنيين"),
       fatalities=30, injured=[90, 110]),
]
C["snn-38efd4813e1f"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma (Nablus)", "PS", 32.0586, 35.3648, 25),
       actor("Israeli settlers", "مستوطنين إسرائيليين", "مستوطنين"), actor("Civilians", "Palestinian civilians", "الرضيع علي دوابشة", "رضيع فلسطيني"),
       fatalities=1, injured=3),
]
YGOV = ("Yemeni government forces", "Forces of the legitimate government", "قوات الشرعية", "قوات الشرعية اليمنية", "القوات الحكومية")
YH = ("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الميليشيات الحوثية", "الحوثيين", "الانقلابيين")
C["ant-SK-middleEast-877-20180409"] = [
    ev("armed_clash", ("2018-04-07", "2018-04-09"), loc("Baqim district", "YE", 17.3853, 43.4910, 30),
       actor(*YGOV), actor(*YH)),
    ev("government_regains_territory", ("2018-04-07", "2018-04-09"), loc("Baqim district", "YE", 17.3853, 43.4910, 30),
       actor(*YGOV), actor(*YH), optional=True),
    ev("government_regains_territory", ("2018-04-07", "2018-04-09"), loc("Zilzal mountains, Nihm", "YE", 15.80, 44.55, 50),
       actor(*YGOV), actor(*YH), fatalities=14),
    ev("armed_clash", ("2018-04-07", "2018-04-09"), loc("Zilzal mountains, Nihm", "YE", 15.80, 44.55, 50),
       actor(*YGOV), actor(*YH), fatalities=14, optional=True),
]

C["snn-aa7a5a225d68"] = []
C["snn-b9aaceb56326"] = []
C["snn-ce1511118fb1"] = []
C["snn-e03457bb8aba"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-07-27"), loc("At Tuwal", "SA", 16.5294, 42.9676, 25),
       None, actor("Civilians", "المدنيين"), injured=None),
    ev("shelling_artillery_missile_attack", ("2015-07-27", "2015-07-27"), loc("Al Khawbah", "SA", 16.7887, 43.2219, 25),
       None, actor("Civilians", "المدنيين"), injured=None),
]
RES2 = ("Yemeni resistance", "National Resistance", "Joint Forces", "قوات المقاومة اليمنية", "المقاومة الوطنية", "القوات المشتركة", "قوات المقاومة", "المقاومة اليمنية")
YH2 = ("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الميليشيات", "مسلحي الحوثي")
C["ant-SK-middleEast-2050-20180530"] = [
    ev("armed_clash", ("2018-05-28", "2018-05-30"), loc("West coast front south of Hodeidah", "YE", 14.55, 43.10, 60),
       actor(*RES2), actor(*YH2), fatalities=93, optional=True),
    ev("armed_clash", ("2018-05-28", "2018-05-30"), loc("At Tuhayta", "YE", 14.1836, 43.2264, 25), actor(*RES2), actor(*YH2), optional=True),
    ev("armed_clash", ("2018-05-28", "2018-05-30"), loc("Zabid", "YE", 14.1964, 43.3167, 25), actor(*RES2), actor(*YH2), optional=True),
    ev("armed_clash", ("2018-05-28", "2018-05-30"), loc("Al Jarrahi", "YE", 14.1325, 43.3885, 25), actor(*RES2), actor(*YH2), optional=True),
    ev("disrupted_weapons_use", ("2018-05-20", "2018-05-30"), loc("West coast front south of Hodeidah", "YE", 14.55, 43.10, 60),
       actor(*RES2), actor(*YH2), optional=True),
]

C["snn-b3d1c8eb1733"] = [
    ev("suicide_bomb", ("2015-06-26", "2015-06-26"), loc("Imam al-Sadiq mosque, Sawaber, Kuwait City", "KW", 29.3747, 47.9810, 25),
       actor("Islamic State", "ISIS", "انتحاري"), actor("Civilians", "Shia worshippers", "المصلين"), fatalities=27, injured=227, optional=True),
    ev("arrests", ("2015-06-26", "2015-08-03"), loc("Kuwait", "KW", 29.3759, 47.9774, 100),
       actor("Kuwaiti security forces", "السلطات في الكويت", "السلطات"), None, optional=True),
]
IQF = ("Iraqi security forces", "Iraqi Army", "Counter Terrorism Service", "القوات العراقية", "قوات مكافحة الارهاب", "الفرقة الذهبية", "جهاز مكافحة الارهاب", "قوات الجيش العراقي")
IS_ = ("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "تنظيم الدولة الاسلامية", "عصابات داعش", "المتطرفين")
C["snn-e1169a5c6e63"] = [
    ev("government_regains_territory", ("2015-07-26", "2015-07-26"), loc("Anbar University, Ramadi", "IQ", 33.40, 43.27, 25),
       actor(*IQF), actor(*IS_), fatalities=[0, 29], injured=[0, 15]),
    ev("armed_clash", ("2015-07-25", "2015-07-26"), loc("Anbar University, Ramadi", "IQ", 33.40, 43.27, 25),
       actor(*IQF), actor(*IS_), fatalities=29, injured=15, optional=True),
    ev("air_drone_strike", ("2015-07-20", "2015-07-26"), loc("Ramadi", "IQ", 33.4206, 43.3078, 25),
       actor("US-led coalition", "طيران التحالف الدولي", "Iraqi Air Force", "الطيران العراقي"), actor(*IS_), optional=True),
    ev("air_drone_strike", ("2015-07-25", "2015-07-26"), loc("Kubrat area (Diyala-Kirkuk border)", "IQ", None, None, 100),
       actor("US-led coalition", "International coalition", "طيران التحالف الدولي"), actor(*IS_), fatalities=11),
    ev("remote_explosive_landmine_ied", ("2015-07-24", "2015-07-26"), loc("Al-Orouba, Baqubah", "IQ", 33.7466, 44.6437, 25),
       None, actor("Civilians", "مدنيا", "المدنيين"), fatalities=11, injured=13),
]
C["ant-SK-middleEast-277-20180313"] = [
    ev("armed_clash", ("2018-03-12", "2018-03-13"), loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("Turkish Armed Forces", "الجيش التركي", "القوات التركية", "Free Syrian Army", "مجموعات مسلحة سورية حليفة"),
       actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "المسلحين الأكراد"), optional=True),
]
C["snn-00916777fdd8"] = [
    ev("arrests", ("2015-08-01", "2015-08-04"), loc("Dahmani", "TN", 35.9439, 8.8278, 25),
       actor("Tunisian security forces", "قوات الامن", "الأمن التونسي", "الوحدة الوطنية للأبحاث في جرائم الإرهاب"),
       actor("Okba Ibn Nafaa Brigade", "خلية ارهابية", "عناصر مرتبطة بالمجموعات الإرهابية")),
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Sousse", "TN", 35.8256, 10.6370, 25),
       actor("Islamic State", "مسلح"), actor("Civilians", "سائحا", "سياح أجانب"), fatalities=38, optional=True),
]
C["ant-SK-middleEast-288-20180314"] = [
    ev("air_drone_strike", ("2018-03-12", "2018-03-14"), loc("Eastern Ghouta", "SY", 33.54, 36.40, 15),
       None, actor("Failaq al-Rahman", "فيلق الرحمن"), fatalities=12),
]

C["ant-SK-middleEast-1993-20180527"] = [
    ev("government_regains_territory", ("2018-05-25", "2018-05-27"), loc("Ad Durayhimi", "YE", 14.6370, 43.0551, 25),
       actor("Joint Forces", "National Resistance", "القوات المشتركة", "المقاومة الوطنية", "UAE", "القوات المسلحة الإماراتية"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثي", "مسلحي الحوثي")),
    ev("armed_clash", ("2018-05-25", "2018-05-27"), loc("Ad Durayhimi", "YE", 14.6370, 43.0551, 25),
       actor("Joint Forces", "National Resistance", "القوات المشتركة", "المقاومة الوطنية", "UAE", "القوات المسلحة الإماراتية"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثي", "مسلحي الحوثي"), optional=True),
    ev("disrupted_weapons_use", ("2018-05-20", "2018-05-27"), loc("Ad Durayhimi", "YE", 14.6370, 43.0551, 50),
       actor("Joint Forces", "القوات المشتركة"), actor("Houthis", "ميليشيات الحوثي"), optional=True),
]
C["ant-CN-middleEast-1236-20180816"] = [
    ev("air_drone_strike", ("2018-08-16", "2018-08-16"), loc("Syria (unnamed, near Iraqi border)", "SY", None, None, 100),
       actor("Iraqi Air Force", "Iraqi security forces", "طائرات F16 العراقية", "طيران الجو العراقي", "العراق"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "عصابات داعش"), fatalities=[2, 99], optional=True),
    ev("armed_clash", ("2018-08-13", "2018-08-15"), loc("Al Bukayriyah", "SA", 26.1392, 43.6578, 25),
       actor("Saudi security forces", "Saudi Arabia"), actor("Islamic State", "داعش", "شخص يتبنى فكر تنظيم الدولة الإسلامية"), optional=True),
]
C["ant-SK-middleEast-2266-20180609"] = [
    ev("shelling_artillery_missile_attack", ("2018-06-09", "2018-06-09"), loc("Jazan region", "SA", 17.2315, 42.6845, 100),
       actor("Houthis", "Ansar Allah", "مليشيات الحوثي", "مليشيات الحوثي الإرهابية"), actor("Civilians", "مدنيين", "المدنيين"), fatalities=3),
]
C["snn-cf39e26ffafb"] = []
C["snn-5bd36b682bc8"] = []

JF = ("Joint Forces", "Giants Brigades", "المقاومة اليمنية المشتركة", "القوات المشتركة", "ألوية العمالقة", "Yemeni resistance")
HO = ("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "المتمردين", "المتمردين الحوثيين")
C["ant-SK-middleEast-2607-20180627"] = [
    ev("armed_clash", ("2018-06-27", "2018-06-27"), loc("At Tuhayta district", "YE", 14.0808, 43.1199, 30), actor(*JF), actor(*HO)),
    ev("armed_clash", ("2018-06-27", "2018-06-27"), loc("Al Fazah", "YE", 14.03, 43.17, 30), actor(*JF), actor(*HO), optional=True),
    ev("shelling_artillery_missile_attack", ("2018-06-27", "2018-06-27"), loc("At Tuhayta district", "YE", 14.0808, 43.1199, 30),
       actor(*JF), actor(*HO), optional=True),
    ev("government_regains_territory", ("2018-06-15", "2018-06-22"), loc("Hodeidah airport", "YE", 14.7531, 42.9763, 25),
       actor(*JF, "Saudi-led coalition", "التحالف"), actor(*HO), optional=True),
]
C["snn-615d1719793d"] = [
    ev("attack", ("2015-07-26", "2015-07-26"), loc("Al Qudayh, Qatif", "SA", 26.5685, 49.9891, 25),
       actor("Unidentified armed group", "مطلوبين في قضايا جنائية", "الجناة"), actor("Mohammed al-Faraj", "محمد علي عبد الرحيم الفرج"),
       fatalities=1, optional=True),
]
C["snn-f5c2474ed079"] = []
IQA = ("Iraqi security forces", "Iraqi Army", "القوات العراقية", "قوات الحكومية العراقية", "الجيش العراقي")
ISA = ("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "التنظيم", "تنظيم الدولة")
PMF = ("Popular Mobilization Forces", "PMF", "الحشد الشعبي", "مليشيا الحشد الشعبي", "مليشيات الحشد الشعبي")
R = ("2015-07-23", "2015-07-25")
C["snn-0c6a270ec318"] = [
    ev("armed_clash", R, loc("Tharthar axis", "IQ", 33.75, 43.25, 60), actor(*IQA), actor(*ISA), fatalities=15, optional=True),
    ev("armed_clash", R, loc("Husaybah (east of Ramadi)", "IQ", 33.4207, 43.4533, 25), actor(*IQA), actor(*ISA), fatalities=31),
    ev("armed_clash", R, loc("Juwaybah (east of Ramadi)", "IQ", 33.42, 43.40, 25), actor(*IQA), actor(*ISA), fatalities=31, optional=True),
    ev("air_drone_strike", R, loc("Anbar University / Tamim, Ramadi", "IQ", 33.40, 43.27, 25),
       actor("US-led coalition", "International coalition", "طيران التحالف", "طيران التحالف الدولي"), actor(*ISA), fatalities=27),
    ev("shelling_artillery_missile_attack", R, loc("Anbar University / Tamim, Ramadi", "IQ", 33.40, 43.27, 25),
       actor(*IQA, "مدفعية الجيش"), actor(*ISA), fatalities=[0, 27], optional=True),
    ev("air_drone_strike", R, loc("Nineveh province", "IQ", 36.34, 43.13, 100),
       actor("US-led coalition", "طيران التحالف"), actor(*ISA), optional=True),
    ev("shelling_artillery_missile_attack", R, loc("Sinjar", "IQ", 36.3209, 41.8766, 25),
       actor("Peshmerga", "قوات البشمركة", "البشمركة"), actor(*ISA), fatalities=[0, 22], injured=[0, 99]),
    ev("shelling_artillery_missile_attack", R, loc("Hardaniya subdistrict", "IQ", None, None, 100),
       actor("Peshmerga", "قوات البشمركة", "البشمركة"), actor(*ISA), optional=True),
    ev("armed_clash", R, loc("Khalidiyah / Habbaniyah (east of Ramadi)", "IQ", 33.3873, 43.5229, 25),
       actor(*ISA), actor(*IQA, "الصحوات", "Sahwa"), ),
    ev("non_state_actor_overtakes_territory", R, loc("Khalidiyah / Habbaniyah (east of Ramadi)", "IQ", 33.3873, 43.5229, 25),
       actor(*ISA), actor(*IQA, "الصحوات", "Sahwa"), optional=True),
    ev("armed_clash", R, loc("Saqlawiyah", "IQ", 33.3958, 43.6829, 25),
       actor(*ISA), actor(*PMF, *IQA), fatalities=[58, 113], injured=[10, 99]),
    ev("attack", ("2015-07-23", "2015-07-23"), loc("Industrial district, Fallujah", "IQ", 33.3491, 43.7860, 25),
       actor(*ISA), actor("Iraqi soldiers", "جنديا عراقيا", "Iraqi Army"), fatalities=22),
    ev("attack", ("2015-07-24", "2015-07-24"), loc("Ash Sharqat", "IQ", 35.5172, 43.2281, 25),
       actor(*ISA), actor("Civilians", "سائقين", "أربعة سائقين"), fatalities=4),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-23"), loc("Fallujah market", "IQ", 33.3491, 43.7860, 25),
       actor(*IQA, *PMF), actor("Civilians"), fatalities=[2, 99], injured=[2, 99]),
    ev("shelling_artillery_missile_attack", R, loc("Abu Ayyub al-Ansari mosque, Jolan, Fallujah", "IQ", 33.36, 43.775, 25),
       None, actor("Civilians"), fatalities=[1, 99], injured=[0, 99], optional=True),
]
C["snn-3fd1c1b43bc7"] = [
    ev("arrests", ("2015-07-21", "2015-07-21"), loc("Arsal", "LB", 34.1794, 36.4208, 25),
       actor("Lebanese Army", "الجيش اللبناني", "قوى الجيش اللبناني"), actor("Hassan Mohammed Shahin", "حسن محمد شاهين")),
    ev("arrests", ("2015-07-21", "2015-07-21"), loc("Deir Aachache", "LB", None, None, 100),
       actor("Lebanese Army", "الجيش اللبناني", "قوى الجيش"), actor("Mahmoud Mustafa Darbas", "محمود مصطفى درباس"), optional=True),
    ev("looting_property_destruction", ("2015-07-19", "2015-07-22"), loc("Kfar Shouba", "LB", 33.3277, 35.6926, 25),
       actor("Israeli military", "IDF", "مشاة إسرائيلية"), actor("Hezbollah", "حزب الله"), optional=True),
]

C["snn-2b31b13e554a"] = []
C["ant-SK-middleEast-3439-20180817"] = []
C["ant-CN-middleEast-942-20180516"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-15"), loc("Gaza border", "PS", 31.42, 34.38, 30),
       actor("Israeli military", "Israel", "IDF"), actor("Protesters", "Palestinian protesters", "Hamas", "حماس"), fatalities=[2, 99], optional=True),
]
C["ant-SK-internationalNews-3475-20181014"] = [
    ev("protest_with_intervention", ("2018-09-09", "2018-09-09"), loc("Russia", "RU", None, None, 100),
       actor("Protesters", "آلاف الروس"), actor("Police forces of Russia", "الشرطة"), optional=True),
    ev("arrests", ("2018-09-24", "2018-09-24"), loc("Moscow", "RU", 55.7558, 37.6173, 25),
       actor("Police forces of Russia", "السلطات"), actor("Alexei Navalny", "أليكسي نافالني", "نافالني"), optional=True),
]
C["snn-d2dadb10c141"] = []

C["snn-ed7dcf567b83"] = [
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Turkey", "TR", None, None, 100),
       actor("Turkish security forces", "Police forces of Turkey"), actor("Islamic State", "PKK", "DHKP-C", "تنظيم الدولة الاسلامية", "الأكراد", "المتشددين اليساريين"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"), loc("Syria (near Turkish border)", "SY", None, None, 100),
       actor("Turkish Air Force", "Turkey", "مقاتلات تركية"), actor("Islamic State", "ISIS", "تنظيم الدولة الاسلامية"), optional=True),
]
COA = ("Saudi-led coalition", "Arab Coalition", "مقاتلات تحالف دعم الشرعية", "تحالف دعم الشرعية", "التحالف")
HO3 = ("Houthis", "Ansar Allah", "مليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "المتمردين")
C["ant-SK-middleEast-2130-20180603"] = [
    ev("air_drone_strike", ("2018-06-03", "2018-06-03"), loc("At Tuhayta", "YE", 14.1836, 43.2264, 25), actor(*COA), actor(*HO3), fatalities=[0, 23]),
    ev("air_drone_strike", ("2018-06-03", "2018-06-03"), loc("East of Al Fazah", "YE", 14.03, 43.20, 30), actor(*COA), actor(*HO3), optional=True),
    ev("air_drone_strike", ("2018-06-03", "2018-06-03"), loc("Al Mashrai (west coast)", "YE", 14.10, 43.15, 40), actor(*COA), actor(*HO3), optional=True),
    ev("disrupted_weapons_use", ("2018-06-01", "2018-06-03"), loc("Hodeidah west coast", "YE", 14.35, 43.15, 60),
       actor("National Resistance", "المقاومة الوطنية", "فرق الألغام التابعة للمقاومة الوطنية"), actor(*HO3), optional=True),
    ev("armed_clash", ("2018-05-28", "2018-06-02"), loc("Hodeidah west coast", "YE", 14.35, 43.15, 60),
       actor("Joint Forces", "قوات المقاومة المشتركة"), actor(*HO3), fatalities=[0, 70], optional=True),
]
C["snn-0cfa68f62268"] = []
C["snn-9da1b60ad2c3"] = []
C["snn-9ffc1d6da586"] = []
SYG = ("Syrian government", "Syrian government forces", "النظام السوري", "قوات النظام", "تلفزيون النظام")
FR = ("Failaq al-Rahman", "فيلق الرحمن", "فصيل فيلق الرحمن")
C["ant-SK-middleEast-510-20180323"] = [
    ev("agreement", ("2018-03-22", "2018-03-23"), loc("Zamalka / Arbin / Ein Tarma (Eastern Ghouta)", "SY", 33.5261, 36.3539, 25),
       actor(*SYG, "Russia"), actor(*FR)),
    ev("change_to_group_activity", ("2018-03-22", "2018-03-22"), loc("Southern Eastern Ghouta", "SY", 33.5261, 36.3539, 25),
       actor(*FR), None, optional=True),
    ev("air_drone_strike", ("2018-03-22", "2018-03-23"), loc("Zamalka", "SY", 33.5261, 36.3539, 25),
       actor("Russian Air Force", "طائرات روسية", "Russia", *SYG), actor("Civilians"), fatalities=50),
    ev("air_drone_strike", ("2018-03-22", "2018-03-23"), loc("Arbin", "SY", 33.5372, 36.3664, 25),
       actor("Russian Air Force", "طائرات روسية", "Russia", *SYG), actor("Civilians"), fatalities=50, optional=True),
    ev("non_violent_transfer_of_territory", ("2018-03-22", "2018-03-23"), loc("Harasta", "SY", 33.5587, 36.3652, 25),
       actor("Ahrar al-Sham", "حركة أحرار الشام"), actor(*SYG), optional=True),
]
BP = ("Protesters", "Rioters", "المتظاهرين", "متظاهري البصرة", "المتظاهرون")
C["ant-SK-middleEast-3553-20180907"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), loc("Iranian consulate, Basra", "IQ", 30.5330, 47.7975, 25),
       actor(*BP), actor("Iran", "القنصلية الإيرانية", "Iranian consulate")),
    ev("violent_demonstration", ("2018-09-06", "2018-09-06"), loc("Basra", "IQ", 30.5330, 47.7975, 25),
       actor(*BP), actor("Government of Iraq", "pro-Iran parties", "مقار لأحزاب موالية لإيران")),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-99.jsonl"))
