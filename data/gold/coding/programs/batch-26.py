import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

SYRGOV = ["Syrian government forces", "Syrian regime", "Syrian Arab Army", "النظام السوري", "القوات الحكومية السورية", "النظام", "قوات النظام"]

C["snn-ab1068b3ab77"] = []
C["ant-SK-internationalNews-339-20180314"] = []
C["ant-SK-middleEast-862-20180408"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor(*SYRGOV),
       actor("Civilians", "المدنيين"),
       fatalities=[10, 99]),
]
C["ant-SK-middleEast-713-20180401"] = []
C["snn-9a6ad0281302"] = []

C["snn-a1f79cd24b38"] = []
C["snn-e56fb992f71e"] = [
    ev("arrests", ("2015-07-22", "2015-07-24"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "الجهات الأمنية", "وزارة الداخلية"),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش"), optional=True),
]
C["ant-SK-middleEast-2659-20180629"] = [
    ev("abduction_forced_disappearance", ("2018-06-27", "2018-06-29"),
       loc("Al Hudaydah", "YE", 14.796625, 42.945213, 100),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات"),
       actor("Civilians", "World Food Programme", "WFP", "برنامج الغذاء العالمي", "الموظفين")),
    ev("looting_property_destruction", ("2018-06-27", "2018-06-29"),
       loc("Al Hudaydah", "YE", 14.796625, 42.945213, 100),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات"),
       actor("World Food Programme", "WFP", "برنامج الغذاء العالمي"), optional=True),
]
C["snn-9d3b60e20409"] = [
    ev("armed_clash", ("2015-07-29", "2015-08-03"),
       loc("Al-Alam triangle (Aden)", "YE", 12.88, 45.15, 30),
       actor("Southern Movement", "Southern Resistance", "Popular Resistance", "الحراك الجنوبي", "المقاومة", "المقاومة الجنوبية"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الميليشيات الحوثية"), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-01", "2015-08-03"),
       loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("Houthis", "Ansar Allah", "الحوثيون", "الميليشيات الحوثية"),
       actor("Civilians", "المدنيين"), optional=True),
]
C["snn-0e1340c46905"] = []

C["ant-SK-middleEast-1116-20180418"] = []
C["snn-0c1a4ca2ba53"] = [
    ev("peaceful_protest", ("2015-08-05", "2015-08-07"),
       loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor("Protesters (Yemen)", "Houthis", "Ansar Allah", "حوثيين", "الحوثيين", "مليشيات الحوثي"), None),
    ev("looting_property_destruction", ("2015-08-05", "2015-08-07"),
       loc("Sanaa", "YE", 15.463615, 44.237884, 25),
       actor("Houthis", "Ansar Allah", "الحوثيين", "مليشيات الحوثي"),
       actor("Central Bank of Yemen", "البنك المركزي"), optional=True),
]
C["snn-4697545156c6"] = []
C["snn-78c141d4adb9"] = []
C["snn-776ff4d87c01"] = [
    ev("peaceful_protest", ("2015-07-26", "2015-07-26"),
       loc("Jiyeh", "LB", 33.66722, 35.42722, 25),
       actor("Protesters (Lebanon)", "عشرات الاشخاص", "السكان"), None),
    ev("peaceful_protest", ("2015-07-17", "2015-07-19"),
       loc("Naameh", "LB", 33.74, 35.455, 25),
       actor("Protesters (Lebanon)", "السكان", "سكان المنطقة"), None, optional=True),
]

ISR = ["Israeli military", "Israel Defense Forces", "IDF", "Israel", "الجيش الإسرائيلي", "القوات الإسرائيلية", "إسرائيل"]
GAZA = loc("Gaza Strip", "PS", 31.42, 34.36, 30)
C["snn-336ddeaef927"] = []
C["snn-8b7275556b9e"] = []
C["ant-SK-middleEast-3424-20180816"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"), GAZA, actor(*ISR), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-08", "2018-08-09"), GAZA,
       actor("Palestinian militants", "Hamas", "غزة"), actor(*ISR), optional=True),
]
C["snn-e5cd26925753"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"),
       loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "انتحارية", "انتحاريين"),
       actor("Civilians", "طلاب جامعيين", "تجمعًا"),
       fatalities=30),
    ev("protest_with_intervention", ("2015-07-20", "2015-07-20"),
       loc("Istanbul", "TR", 41.019389, 28.982586, 25),
       actor("Protesters (Turkey)", "عدة آلاف من الأشخاص"),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة التركية")),
]
C["ant-SK-middleEast-3020-20180720"] = [
    ev("armed_clash", ("2018-07-20", "2018-07-20"),
       loc("Southern Gaza Strip border (Khan Yunis east)", "PS", 31.36, 34.37, 30),
       actor("Palestinian militants", "Hamas", "قناص فلسطيني"),
       actor(*ISR), fatalities=1),
    ev("air_drone_strike", ("2018-07-20", "2018-07-20"), GAZA,
       actor(*ISR, "مقاتلاته"), actor("Hamas", "حركة حماس", "حماس")),
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-07-20"), GAZA,
       actor(*ISR), actor("Palestinians", "Hamas", "فلسطينيين"), fatalities=3),
    ev("protest_with_intervention", ("2018-07-20", "2018-07-20"), GAZA,
       actor("Protesters (Palestine)", "Palestinians", "فلسطينيين", "مسيرة العودة"),
       actor(*ISR), fatalities=[0, 1], injured=120),
    ev("excessive_force_against_protesters", ("2018-07-20", "2018-07-20"), GAZA,
       actor(*ISR), actor("Protesters (Palestine)", "Palestinians", "فلسطينيين", "مسيرة العودة"),
       fatalities=[0, 1], injured=120, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-07-20"),
       loc("Gaza envelope settlements", "IL", 31.45, 34.50, 30),
       actor("Palestinian militants", "غزة"), actor(*ISR)),
    ev("disrupted_weapons_use", ("2018-07-20", "2018-07-20"),
       loc("Gaza envelope settlements", "IL", 31.45, 34.50, 30),
       actor(*ISR, "القبة الحديدية", "Iron Dome"), actor("Palestinian militants"), optional=True),
]

OPP = ["Syrian opposition", "rebels", "الفصائل المقاتلة المعارضة", "الفصائل المعارضة", "المعارضة"]
C["snn-7c6e8964284c"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-21", "2015-07-21"),
       loc("Al-Maghayir, Old Aleppo", "SY", 36.203685, 37.172617, 25),
       actor(*SYRGOV, "الأسد"), actor("Civilians", "المدنيين"),
       fatalities=18, injured=[10, 99]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-22"),
       loc("Al Fu'ah", "SY", 35.98262, 36.70351, 25),
       actor(*OPP), actor("Civilians", "Syrian government forces"), fatalities=[0, 7]),
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-22"),
       loc("Kafraya", "SY", 35.99029, 36.67816, 25),
       actor(*OPP), actor("Civilians", "Syrian government forces"), fatalities=[0, 7]),
    ev("armed_clash", ("2015-07-14", "2015-07-22"),
       loc("Az Zabadani", "SY", 33.708061, 36.100902, 25),
       actor(*SYRGOV, "Hezbollah", "حزب الله اللبناني", "حزب الله"), actor(*OPP), optional=True),
]
TRPOL = ["Police Forces of Turkey", "Turkish police", "الشرطة التركية"]
C["ant-SK-middleEast-545-20180325"] = [
    ev("arrests", ("2018-03-25", "2018-03-25"),
       loc("Bogazici University, Istanbul", "TR", 41.085, 29.05, 25),
       actor(*TRPOL), actor("Students (Turkey)", "طلاب", "ثلاثة طلاب", "طلاب من جامعة اسطنبول")),
    ev("arrests", ("2018-03-22", "2018-03-22"),
       loc("Bogazici University, Istanbul", "TR", 41.085, 29.05, 25),
       actor(*TRPOL), actor("Students (Turkey)", "طلاب")),
    ev("peaceful_protest", ("2018-03-18", "2018-03-25"),
       loc("Bogazici University, Istanbul", "TR", 41.085, 29.05, 25),
       actor("Students (Turkey)", "Protesters (Turkey)", "طلاب آخرون", "طلاب"), None, optional=True),
]
C["snn-b137f0deedee"] = []
C["snn-3494d0c0b6fc"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-07"),
       loc("Al-Harth, Jazan", "SA", 16.792259, 43.14997, 30),
       None, actor("Civilians", "مواطنين", "أربعة مواطنين"), injured=4),
]
C["snn-6e2331032d7e"] = []

C["snn-01abd9da1114"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-03"),
       loc("Al-Anad Air Base", "YE", 13.176, 44.765, 25),
       actor("Popular Resistance", "Military Forces of Yemen (Hadi)", "المقاومة الشعبية", "الجيش الموالي للشرعية", "الثوار"),
       actor("Houthis", "Ansar Allah", "الإرهابيين", "ميليشيات المتمردين الحوثيين", "الحوثيين"),
       fatalities=[100, 999]),
]
C["snn-00dfdad54e96"] = []
C["ant-SK-internationalNews-1331-20180503"] = []
C["snn-e0c7aefcb76e"] = []
C["ant-SK-internationalNews-1431-20180508"] = []

C["snn-e7dc21fd98c4"] = []
JEWEXT = ["Jewish extremists", "Israeli settlers", "مجموعة إرهابية يهودية", "المجموعات اليهودية الإرهابية", "إرهابي إسرائيلي"]
C["snn-271592c78954"] = [
    ev("arrests", ("2015-08-04", "2015-08-04"), loc("Israel / West Bank", "IL", None, None),
       actor("Israel", "Israeli security forces", "إسرائيل", "وزارة الدفاع الإسرائيلية"),
       actor(*JEWEXT, "مردخاي مئير"), optional=True),
    ev("arrests", ("2015-08-02", "2015-08-06"), loc("Israel", "IL", None, None),
       actor("Israel Police", "الشرطة", "إسرائيل"),
       actor(*JEWEXT, "إرهابيان إسرائيليان"), optional=True),
    ev("attack", ("2015-07-31", "2015-07-31"), loc("West Bank (Duma)", "PS", 32.06, 35.36, 50),
       actor(*JEWEXT), actor("Civilians", "Palestinian civilians", "رضيع فلسطيني"),
       fatalities=1, injured=3, optional=True),
]
C["ant-SK-internationalNews-142-20180225"] = [
    ev("peaceful_protest", ("2018-02-24", "2018-02-24"),
       loc("South Tel Aviv", "IL", 32.08088, 34.78057, 25),
       actor("Protesters (Israel)", "African asylum seekers", "طالبي اللجوء الأفارقة", "آلاف من طالبي اللجوء الأفارقة وداعموهم"), None),
]
C["snn-fe80fb1ad59a"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"),
       loc("Bujumbura", "BI", -3.3822, 29.3644, 25),
       None, actor("Military Forces of Burundi", "الجيش البوروندي", "جنرالا كبيرا", "الجنرال ادولف نشيميريمانا"),
       fatalities=1),
    ev("armed_clash", ("2015-08-02", "2015-08-02"),
       loc("Bujumbura", "BI", -3.3822, 29.3644, 25),
       None, actor("Military Forces of Burundi", "الجيش البوروندي", "الجنرال ادولف نشيميريمانا"),
       fatalities=1, optional=True),
]
C["ant-SK-middleEast-805-20180405"] = [
    ev("armed_clash", ("2018-04-05", "2018-04-05"),
       loc("Town near Baalbek", "LB", 34.006637, 36.205615, 25),
       actor("Hezbollah", "حزب الله", "ميليشيا حزب الله", "عناصر من ميليشيا حزب الله"),
       actor("Supporters of Yahya Shamas", "Shamas clan", "يحيى شمص", "أنصار مرشحين منافسين", "المرشح للانتخابات النيابية يحيى شمص")),
    ev("attack", ("2018-03-01", "2018-04-05"),
       loc("Baalbek-Hermel", "LB", 34.006637, 36.205615, 100),
       actor("Hezbollah", "ميليشيات حزب الله"), actor("Abbas al-Jawhari", "عباس الجوهري"), optional=True),
]

C["ant-SK-internationalNews-1657-20180519"] = [
    ev("other", ("2018-05-17", "2018-05-17"), loc("South Sudan", "SS", None, None),
       actor("SPLM/A-IO", "SPLA-IO", "الجيش الشعبي لتحرير السودان المعارض", "National Salvation Front", "NAS", "الجبهة الوطنية للإنقاذ", "جماعات مسلحة"),
       actor("Child soldiers", "أطفال"), optional=True),
]
HAREDI = ["Protesters (Israel)", "Haredi", "Ultra-Orthodox Jews", "يهود متشددين", "اليهود المتشددين", "محتجون"]
C["ant-SK-middleEast-3243-20180802"] = [
    ev("protest_with_intervention", ("2018-08-02", "2018-08-02"),
       loc("Jerusalem (western entrance)", "IL", 31.76904, 35.21633, 25),
       actor(*HAREDI), actor("Israel Police", "الشرطة الإسرائيلية", "الشرطة")),
    ev("violent_demonstration", ("2018-08-02", "2018-08-02"),
       loc("Jerusalem (western entrance)", "IL", 31.76904, 35.21633, 25),
       actor(*HAREDI), actor("Israel Police", "الشرطة الإسرائيلية", "الشرطة"), optional=True),
]
C["ant-SK-internationalNews-2453-20180703"] = []
C["snn-3b0e1e547563"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-11"),
       loc("Ferguson", "US", 38.744, -90.305, 25),
       actor("Rioters (United States)", "Protesters (United States)"), None),
    ev("protest_with_intervention", ("2015-08-09", "2015-08-11"),
       loc("St. Louis County court", "US", 38.65, -90.25, 25),
       actor("Protesters (United States)", "متظاهراً", "نحو 50 متظاهراً"),
       actor("Police Forces of the United States", "Police")),
]
C["snn-1a546cb27799"] = []

C["snn-1bbd5acae0b2"] = []
C["ant-CN-internationalNews-389-20180524"] = []
C["snn-0faa68047ce2"] = [
    ev("arrests", ("2015-07-19", "2015-07-19"), loc("Milo, central Mali", "ML", None, None),
       actor("Police Forces of Mali", "الشرطة", "الشرطة في مالي"),
       actor("Al Mourabitoun", "المرابطون", "ساوتي كوما")),
    ev("arrests", ("2015-07-20", "2015-07-20"), loc("Mali", "ML", None, None),
       actor("Police Forces of Mali", "الشرطة في مالي"),
       actor("Islamist militants", "متطرفا", "الرجال الآخرين"), optional=True),
]
HOUTHI_SALEH = ["Houthis", "Ansar Allah", "الحوثيين", "الحوثين", "حوثيين", "المتمردين", "ميليشيات علي عبد الله صالح", "ميليشيات صالح", "Saleh loyalists"]
RES = ["Popular Resistance", "المقاومة الشعبية", "لجان المقاومة الشعبية", "المقاومة", "Hadi loyalists"]
C["snn-4da0ab55d308"] = [
    ev("armed_clash", ("2015-07-30", "2015-07-31"),
       loc("Al-Urouq, Ash Sharyah district, Al Bayda", "YE", 14.18146, 45.41004, 40),
       actor(*RES), actor(*HOUTHI_SALEH), fatalities=3),
    ev("air_drone_strike", ("2015-07-29", "2015-07-31"),
       loc("Sirwah", "YE", 15.44933, 45.01891, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف", "التحالف"), actor(*HOUTHI_SALEH)),
    ev("armed_clash", ("2015-07-29", "2015-07-31"),
       loc("Jabal Sabir (Taiz)", "YE", 13.53, 44.02, 25),
       actor(*RES), actor(*HOUTHI_SALEH), fatalities=25),
    ev("government_regains_territory", ("2015-07-29", "2015-07-31"),
       loc("Tabbat Masoud, Jabal Sabir (Taiz)", "YE", 13.53, 44.02, 25),
       actor(*RES), actor(*HOUTHI_SALEH), optional=True),
    ev("government_regains_territory", ("2015-07-30", "2015-07-30"),
       loc("Al-Alam triangle (Aden)", "YE", 12.88, 45.15, 30),
       actor(*RES), actor(*HOUTHI_SALEH)),
]
C["ant-SK-internationalNews-3356-20181008"] = []

C["snn-33f45c727306"] = [
    ev("armed_clash", ("2015-07-25", "2015-08-08"),
       loc("Az Zabadani", "SY", 33.708061, 36.100902, 25),
       actor("Hezbollah", "حزب الله", "حزب الله اللبناني"), actor(*OPP, "المسلحين"), optional=True),
]
C["snn-1f0c7c8617b1"] = []
BH = ["Boko Haram", "بوكو حرام", "جماعة بوكو حرام"]
C["snn-4de65ffb0f76"] = [
    ev("attack", ("2015-07-24", "2015-07-31"), loc("Lake Chad shore", "TD", 13.3, 14.1, 100),
       actor(*BH), actor("Civilians", "Fishermen", "صيادي السمك"), fatalities=10, optional=True),
    ev("suicide_bomb", ("2015-06-01", "2015-06-30"), loc("N'Djamena", "TD", 12.10672, 15.0444, 25),
       actor(*BH), actor("Civilians"), fatalities=38, optional=True),
    ev("suicide_bomb", ("2015-07-01", "2015-07-31"), loc("N'Djamena", "TD", 12.10672, 15.0444, 25),
       actor(*BH), actor("Civilians"), fatalities=15, optional=True),
]
C["snn-67222f6194a4"] = [
    ev("attack", ("2015-08-07", "2015-08-07"),
       loc("Road between Iranian border and Van", "TR", 38.45, 43.7, 75),
       actor("Unidentified armed group", "مسلحون"), actor("Civilians", "Iranian civilians", "حافلة ركاب ايرانية", "السائق"),
       fatalities=1),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("Islamic State", "ISIS", "داعش", "تنظيم داعش"), actor("Civilians", "ناشطًا كرديًا"), fatalities=32, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-08-09"), loc("Northern Iraq", "IQ", None, None),
       actor("Military Forces of Turkey", "الجيش التركي"), actor("PKK", "حزب العمال الكردستاني", "حزب العمال"), optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-25", "2015-07-31"), loc("Agri province", "TR", 39.553513, 43.254873, 100),
       actor("PKK", "Kurdish rebels", "متمردين أكراد"), None, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-04"), loc("Eastern Turkey", "TR", None, None),
       None, None, optional=True),
]
C["snn-69548183dfa2"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-25"),
       loc("Husaybah al-Sharqiyah (east of Ramadi)", "IQ", 33.42068, 43.4533, 25),
       actor("Iraqi security forces", "Federal Police", "القوات الأمنية", "الشرطة الاتحادية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش"), fatalities=15),
    ev("disrupted_weapons_use", ("2015-07-23", "2015-07-25"),
       loc("Husaybah al-Sharqiyah (east of Ramadi)", "IQ", 33.42068, 43.4533, 25),
       actor("Iraqi security forces", "القوات الأمنية"), actor("Islamic State", "ISIS", "داعش"), optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-07-25"),
       loc("Fallujah", "IQ", 33.35581, 43.78612, 25),
       actor("Iraqi security forces", "Military Forces of Iraq", "خلية الإعلام الحربي"), actor("Islamic State", "ISIS", "داعش"), optional=True),
]

C["ant-SK-middleEast-3471-20180819"] = []
C["snn-129a7e29b5d2"] = []
C["ant-CN-middleEast-1139-20180607"] = []
C["ant-SK-middleEast-1539-20180509"] = []
C["snn-75fbcd9148a9"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-26.jsonl"))
