import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

EGY_ARMY = actor("Egyptian Armed Forces", "Egyptian Army", "Military Forces of Egypt", "القوات المسلحة المصرية", "الجيش المصري", "القوات المسلحة")

# --- group 1
C["snn-4225ceffb883"] = [
    ev("abduction_forced_disappearance", ("2015-07-19", "2015-07-22"),
       loc("Mellitah, Zuwara", "LY", 32.86, 12.25, 30),
       None, actor("Civilians", "Italian workers", "الإيطاليين المختطفين", "الموظفين الإيطاليين", "الإيطاليين")),
    ev("armed_clash", ("2015-07-15", "2015-07-22"),
       loc("Sabha", "LY", 27.03766, 14.42832, 25),
       actor("Tebu militia", "Tebu", "Toubou", "التبو", "قبيلتي التبو", "مسلحون من قبيلتي التبو والطوارق"),
       actor("Tuareg militia", "Tuareg", "الطوارق"),
       fatalities=40, injured=[10, 99]),
]
C["ant-SK-economy-762-20180611"] = []
C["snn-5042bc9a4845"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-23", "2015-07-23"),
       loc("Al Mahdiyah, Rafah", "EG", 31.17296, 34.22191, 25),
       actor("العناصر الإرهابية", "Unidentified armed group"), EGY_ARMY,
       fatalities=4, injured=3),
]
C["ant-SK-internationalNews-1313-20180502"] = []
C["ant-CN-middleEast-1083-20180602"] = []
C["ant-SK-middleEast-2833-20180710"] = []

# --- group 2
PROT = actor("Protesters", "متظاهرون", "المتظاهرين", "متظاهرين")
C["ant-SK-middleEast-3731-20181005"] = []
C["snn-abbba70cf1db"] = [
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Protesters", "متظاهرون", "المتظاهرين", "سكان البصرة"), None),
    ev("violent_demonstration", ("2015-07-31", "2015-08-01"), loc("Najaf", "IQ", 31.9892, 44.3291, 25),
       actor("Protesters", "متظاهرون غاضبون", "متظاهرون", "المتظاهرين"), actor("Iraqi security forces", "القوات الأمنية")),
    ev("protest_with_intervention", ("2015-07-31", "2015-08-01"), loc("Najaf", "IQ", 31.9892, 44.3291, 25),
       actor("Protesters", "متظاهرون غاضبون", "متظاهرون", "المتظاهرين"), actor("Iraqi security forces", "القوات الأمنية"), optional=True),
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Karbala", "IQ", 32.61603, 44.02488, 25),
       actor("Protesters", "المتظاهرون", "المتظاهرين", "تنسيقية كربلاء للحراك المدني"), None),
    ev("peaceful_protest", ("2015-08-01", "2015-08-01"), loc("Nasiriyah, Dhi Qar", "IQ", 31.05799, 46.25726, 100),
       PROT, None, optional=True),
    ev("peaceful_protest", ("2015-07-29", "2015-07-29"), loc("Karkh, Baghdad", "IQ", 33.32, 44.37, 25),
       actor("Train drivers", "سائقي القطارات", "Protesters"), None),
    ev("violent_demonstration", ("2015-07-16", "2015-07-25"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       PROT, None, optional=True),
]
C["ant-SK-internationalNews-3541-20181018"] = [
    ev("armed_clash", ("2018-10-18", "2018-10-18"), loc("Kandahar", "AF", 31.61332, 65.71013, 25),
       None, actor("US forces", "United States", "القوات الأميركية", "مواطنان أميركيان", "NATO", "حلف شمال الأطلسي", "Resolute Support"),
       injured=2),
    ev("attack", ("2018-10-18", "2018-10-18"), loc("Kandahar", "AF", 31.61332, 65.71013, 25),
       None, actor("US forces", "United States", "القوات الأميركية", "مواطنان أميركيان", "Civilians"),
       injured=2, optional=True),
]
C["snn-ca14bb0679ac"] = [
    ev("violent_demonstration", ("2015-08-09", "2015-08-09"), loc("Ferguson, Missouri", "US", 38.744, -90.305, 25),
       actor("Protesters", "المتظاهرين", "المشاركين", "Black Lives Matter", "حياة السود مهمة"), actor("Police Forces of the United States", "Police", "الشرطة")),
    ev("peaceful_protest", ("2015-08-09", "2015-08-09"), loc("Ferguson, Missouri", "US", 38.744, -90.305, 25),
       actor("Protesters", "المتظاهرين", "المشاركين", "Black Lives Matter", "حياة السود مهمة"), None, optional=True),
]
C["ant-SK-middleEast-2247-20180608"] = []
C["ant-SK-middleEast-1867-20180522"] = [
    ev("armed_clash", ("2018-05-22", "2018-05-22"), loc("Al-Tal, Tripoli", "LB", 34.43352, 35.84415, 25),
       actor("Lebanese Army", "Military Forces of Lebanon", "الجيش اللبناني"), actor("مسلحين", "مطلوبين", "Unidentified armed group", "Gunmen"),
       fatalities=1, injured=6),
]

# --- group 3
HOUTHI = ["Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثي", "الحوثيين", "ميليشيات الحوثي الإيرانية"]
C["ant-SK-middleEast-1006-20180413"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-11", "2018-04-13"), loc("Qaniyah, Al Bayda", "YE", 14.45, 45.05, 60),
       actor(*HOUTHI), actor("Civilians", "Journalists", "صحفي يمني", "صحفيين", "الصحفيون الأربعة", "عبد الله القادري"),
       fatalities=1, injured=3),
]
C["ant-SK-internationalNews-151-20180226"] = [
    ev("abduction_forced_disappearance", ("2018-02-19", "2018-02-19"), loc("Dapchi, Yobe", "NG", 12.50, 11.50, 50),
       actor("Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "Islamic State West Africa Province", "ISWAP", "فصيل من بوكو حرام", "متمردون"),
       actor("Civilians", "تلميذات", "110 تلميذات", "Students", "schoolgirls")),
]
C["snn-dfc69892534f"] = [
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("US consulate, Sariyer, Istanbul", "TR", 41.183564, 29.018085, 25),
       actor("DHKP-C", "Revolutionary People's Liberation Party-Front", "جبهة جيش تحرير الشعب الثوري", "امرأتان", "الجبهة"),
       actor("Police Forces of Turkey", "Turkish police", "الشرطة", "القنصلية الأمريكية", "US consulate", "مسؤولي الامن"),
       injured=1),
    ev("attack", ("2015-08-10", "2015-08-10"), loc("Turkey", "TR", None, None, 500),
       None, actor("Turkish security forces", "قوات الأمن التركية"), optional=True),
]
C["snn-cb37da7a342e"] = []
C["ant-SK-sport-643-20180410"] = []
C["ant-SK-internationalNews-3324-20181006"] = [
    ev("protest_with_intervention", ("2018-10-06", "2018-10-06"), loc("US Capitol, Washington DC", "US", 38.8899, -77.009, 25),
       actor("Protesters", "متظاهرين", "المتظاهرون", "Women", "النساء"), actor("Police Forces of the United States", "US Capitol Police", "الشرطة الأميركية")),
]

# --- group 4
C["ant-SK-internationalNews-716-20180401"] = [
    ev("violent_demonstration", ("2018-03-28", "2018-03-28"), loc("Carabobo police HQ cells, Valencia", "VE", 10.16, -68.0, 25),
       actor("Prisoners", "سجين", "النزلاء", "السجناء"), actor("Police Forces of Venezuela", "الشرطة", "شرطة كارابوبو"),
       fatalities=68, optional=True),
]
C["snn-bb81b11422d2"] = [
    ev("attack", ("2015-07-25", "2015-07-27"), loc("Baghlan province", "AF", 35.94, 68.71, 100),
       actor("مسلحين", "عدد من المسلحين", "Unidentified armed group", "Gunmen"), actor("Civilians", "الضيوف", "الضيوف الذكور", "wedding guests"),
       fatalities=21, injured=8),
]
C["snn-5db79e0025d2"] = []
C["snn-39f84439d7ba"] = []
C["snn-7c73c9c978c9"] = []
C["ant-SK-middleEast-125-20180228"] = []

# --- group 5
YE_ARMY = ["Yemeni Army", "Military Forces of Yemen", "الجيش الوطني", "قوات الجيش الوطني", "الجيش الوطني اليمني", "الشرعية", "Hadi government forces"]
C["ant-SK-middleEast-3949-20181019"] = []
C["ant-SK-middleEast-564-20180326"] = [
    ev("non_violent_transfer_of_territory", ("2018-03-26", "2018-03-26"), loc("Arbin, Eastern Ghouta", "SY", 33.53719, 36.36635, 25),
       actor("Faylaq al-Rahman", "فيلق الرحمن", "مسلح", "المسلحين"), actor("Syrian government forces", "Military Forces of Syria", "النظام السوري", "قوات الحكومة", "Russia", "روسيا"),
       optional=True),
    ev("agreement", ("2018-03-20", "2018-03-26"), loc("Arbin, Eastern Ghouta", "SY", 33.53719, 36.36635, 25),
       actor("Syrian government forces", "Military Forces of Syria", "النظام السوري", "Russia", "روسيا"), actor("Faylaq al-Rahman", "فيلق الرحمن"),
       optional=True),
]
C["snn-17caed193a18"] = []
C["ant-SK-internationalNews-793-20180404"] = []
C["ant-SK-internationalNews-3459-20181013"] = [
    ev("protest_with_intervention", ("2018-09-01", "2018-09-30"), loc("New Istanbul Airport", "TR", 41.26, 28.74, 30),
       actor("Protesters", "workers", "العمال", "عمال"), actor("Turkish authorities", "السلطات التركية", "Police Forces of Turkey"), optional=True),
]
C["ant-SK-middleEast-1635-20180513"] = [
    ev("armed_clash", ("2018-05-11", "2018-05-13"), loc("Fadha, Al Malajim district, Al Bayda", "YE", 14.35994, 45.38985, 30),
       actor(*YE_ARMY), actor(*(HOUTHI + ["الميليشيات", "أبو الباقر ناصر الجنيدي"])),
       fatalities=[3, 99]),
    ev("government_regains_territory", ("2018-05-11", "2018-05-13"), loc("Al Kadahah front, Taiz", "YE", 13.34114, 43.85007, 25),
       actor(*(YE_ARMY + ["Saudi-led coalition", "قوات التحالف"])), actor(*(HOUTHI + ["مليشيا الحوثي", "المليشيا"])),
       fatalities=7),
    ev("government_regains_territory", ("2018-05-01", "2018-05-12"), loc("Al Wazi'iyah district, Taiz", "YE", 13.162436, 43.733707, 30),
       actor(*YE_ARMY), actor(*HOUTHI), optional=True),
]

# --- group 6
RES = ["Popular Resistance", "المقاومة الشعبية", "المقاومة", "المقاومون", "Hadi government forces"]
C["snn-951a91606763"] = [
    ev("government_regains_territory", ("2015-07-30", "2015-08-06"), loc("Mashra'a wa Hadnan district, Taiz", "YE", 13.537006, 43.997137, 30),
       actor(*RES), actor("Houthis", "Ansar Allah", "الميليشيات الحوثية", "ميليشيا جماعة الحوثي", "الحوثيين"), optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Taiz airport", "YE", 13.686, 44.139, 25),
       actor(*RES), actor("Houthis", "Ansar Allah", "ميليشيا جماعة الحوثي", "الحوثيين")),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Jabal al-Mada'um district, Taiz", "YE", 13.58, 44.02, 50),
       actor(*RES), actor("Houthis", "Ansar Allah", "الحوثيين"), optional=True),
    ev("air_drone_strike", ("2015-08-04", "2015-08-04"), loc("Jabal Roman, Taiz", "YE", 13.58, 44.02, 60),
       actor("Saudi-led coalition", "Arab Coalition", "قوات التحالف", "التحالف"), actor("Houthis", "Ansar Allah", "الحوثيين")),
]
C["snn-48e5aeb24326"] = [
    ev("abduction_forced_disappearance", ("2015-07-22", "2015-07-22"), loc("Cairo", "EG", 30.0444, 31.2357, 30),
       actor("Islamic State", "ISIS", "Daesh", "Sinai Province", "ولاية سيناء", "داعش", "تنظيم داعش", "جنود ولاية سيناء"),
       actor("Civilians", "كرواتي", "توميسلاف سالوبك", "Tomislav Salopek"), optional=True),
]
TRIP = actor("Militias", "Libyan militias", "مجموعتان مسلّحتان", "التنظيمات المسلحة", "Unidentified armed group")
C["ant-SK-middleEast-3498-20180902"] = [
    ev("shelling_artillery_missile_attack", ("2018-08-31", "2018-08-31"), loc("South Tripoli", "LY", 32.83, 13.19, 25),
       TRIP, None),
    ev("shelling_artillery_missile_attack", ("2018-08-31", "2018-08-31"), loc("Mitiga airport, Tripoli", "LY", 32.894, 13.276, 25),
       TRIP, None),
    ev("shelling_artillery_missile_attack", ("2018-09-01", "2018-09-01"), loc("Tripoli", "LY", 32.87519, 13.18746, 25),
       TRIP, None),
    ev("armed_clash", ("2018-08-27", "2018-09-02"), loc("South Tripoli", "LY", 32.83, 13.19, 25),
       TRIP, None, fatalities=[0, 40], optional=True),
    ev("agreement", ("2018-08-28", "2018-08-31"), loc("Tripoli", "LY", 32.87519, 13.18746, 25),
       TRIP, None, optional=True),
]
C["ant-SK-internationalNews-1597-20180516"] = [
    ev("armed_clash", ("2018-05-16", "2018-05-16"), loc("Riau police HQ, Pekanbaru", "ID", 0.5071, 101.4478, 25),
       actor("أربعة رجال", "الرجال", "الجناة", "Jemaah Ansharut Daulah", "Islamic State", "Unidentified armed group"),
       actor("Police Forces of Indonesia", "Indonesian police", "الشرطة الإندونيسية", "ضباط", "شرطة رياو"),
       fatalities=5, injured=3),
    ev("suicide_bomb", ("2018-05-09", "2018-05-16"), loc("Surabaya churches", "ID", -7.2575, 112.7521, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "متشددون"), actor("Civilians", "كنائس"), optional=True),
    ev("suicide_bomb", ("2018-05-09", "2018-05-16"), loc("Surabaya police building", "ID", -7.2575, 112.7521, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "متشددون"), actor("Police Forces of Indonesia", "مبنى للشرطة"), optional=True),
]
C["ant-CN-middleEast-367-20180325"] = []
C["snn-43cdc604137f"] = []

# --- group 7
ISR = ["Israeli Defense Forces", "IDF", "Israel", "Military Forces of Israel", "الجيش الإسرائيلي", "إسرائيل"]
C["snn-2ec4c7124b75"] = []
C["ant-CN-middleEast-1512-20181013"] = [
    ev("attack", ("2018-10-02", "2018-10-02"), loc("Saudi consulate, Istanbul", "TR", 41.08, 29.01, 25),
       None, actor("Civilians", "Journalists", "جمال خاشقجي", "Jamal Khashoggi"), fatalities=1, optional=True),
]
C["ant-CN-middleEast-1039-20180529"] = [
    ev("disrupted_weapons_use", ("2018-05-29", "2018-05-29"), loc("Southern Israel near Gaza", "IL", 31.45, 34.55, 30),
       actor(*(ISR + ["القبة الحديدية", "Iron Dome"])), None),
    ev("shelling_artillery_missile_attack", ("2018-05-29", "2018-05-29"), loc("Southern Israel near Gaza", "IL", 31.45, 34.55, 30),
       None, actor(*ISR), injured=0),
    ev("air_drone_strike", ("2018-05-28", "2018-05-28"), loc("North Gaza", "PS", 31.54, 34.50, 15),
       actor(*ISR), actor("Civilians", "Palestinians", "محمد الرضيع"), fatalities=1),
]
C["snn-a47e651a7a89"] = []
C["snn-12de9c9fde80"] = []
C["ant-SK-middleEast-3289-20180808"] = [
    ev("air_drone_strike", ("2018-08-08", "2018-08-08"), loc("Gaza Strip (north)", "PS", 31.45, 34.42, 30),
       actor(*(ISR + ["مقاتلاته"])), actor("Palestinians", "Civilians", "فلسطيني", "الشاب", "Hamas"), fatalities=1, injured=6),
    ev("shelling_artillery_missile_attack", ("2018-08-08", "2018-08-08"), loc("Southern Israel near Gaza", "IL", 31.45, 34.55, 30),
       None, actor(*ISR), optional=True),
]
C["ant-CN-sport-460-20181012"] = []

#@@END
write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-44.jsonl"))
