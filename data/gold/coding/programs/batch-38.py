import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["ant-SK-middleEast-1884-20180523"] = []
C["ant-SK-economy-1211-20180816"] = []
C["snn-0f286ac365ca"] = [
    ev("air_drone_strike", ("2015-07-21", "2015-07-21"),
       loc("Baraki Barak", "AF", 33.96744, 68.9492, 25),
       actor("United States", "US forces", "American forces", "مروحيتين اميركيتين", "الاميركيون", "غارة أميركية"),
       actor("Afghan Army", "Afghan National Army", "الجيش الافغاني", "جنود أفغان", "جنود افغان"),
       fatalities=10),
    ev("shelling_artillery_missile_attack", ("2014-03-01", "2014-03-31"),
       loc("Logar", "AF", 34.0, 69.0, 100),
       actor("ISAF", "NATO", "قوة ايساف", "الحلف الاطلسي"),
       actor("Afghan Army", "الجيش الافغاني", "جنود افغان"),
       fatalities=5, injured=8, optional=True),
]
C["ant-SK-middleEast-1190-20180422"] = [
    ev("disrupted_weapons_use", ("2018-04-22", "2018-04-22"),
       loc("Najran", "SA", 17.561727, 44.233364, 25),
       actor("Saudi Air Defense", "Saudi Arabia", "Saudi-led coalition", "قوات الدفاع الجوي السعودية", "قوات الدفاع الجوي الملكي السعودي", "قوات التحالف العربي"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "المليشيا الحوثية", "ميليشيات الحوثي الإيراني"),
       fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-22", "2018-04-22"),
       loc("Najran", "SA", 17.561727, 44.233364, 25),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "المليشيا الحوثية", "ميليشيات الحوثي الإيراني"),
       actor("Saudi Arabia", "المملكة"),
       fatalities=0, injured=0, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-22", "2018-04-22"),
       loc("Saudi Arabia", "SA", None, None),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "المليشيا الحوثية"),
       actor("Saudi Arabia", "المملكة"),
       optional=True),
]
C["snn-35e8f70dd09d"] = []
C["snn-747db82a715c"] = []
C["ant-CN-middleEast-1408-20181003"] = [
    ev("attack", ("2018-09-22", "2018-09-22"),
       loc("Ahvaz", "IR", 31.32, 48.67, 50),
       None, actor("Civilians", "Iranian military", "عرض عسكري"),
       fatalities=25, injured=[10, 99], optional=True),
]
C["ant-SK-internationalNews-149-20180226"] = [
    ev("arrests", ("2018-02-18", "2018-02-25"),
       loc("Hormozgan", "IR", 27.18, 56.27, 150),
       actor("Iranian security forces", "Iran", "قوات الأمن الإيرانية", "Islamic Revolutionary Guard Corps", "الحرس الثوري"),
       actor("Environmental activists", "Activists", "نشطاء", "ثلاثة نشطاء آخرين في مجال البيئة")),
    ev("arrests", ("2018-01-24", "2018-01-24"),
       loc("Iran", "IR", None, None),
       actor("Iranian security forces", "Iran", "قوات الأمن الإيرانية", "الحرس الثوري"),
       actor("Environmental activists", "Persian Wildlife Heritage Foundation", "الصندوق الفارسي لتراث الحياة البرية", "كاووس سيد إمامي"),
       optional=True),
]
C["ant-SK-middleEast-1167-20180421"] = [
    ev("air_drone_strike", ("2018-04-21", "2018-04-21"),
       loc("As-Sadada (40 km east of Bani Walid)", "LY", 31.72, 14.42, 50),
       None, actor("Militants", "متشددين", "معسكرا لمتشددين")),
    ev("air_drone_strike", ("2018-03-01", "2018-03-31"),
       loc("Ubari", "LY", 26.59206, 12.78049, 50),
       actor("United States", "US forces", "القوات الأميركية", "الولايات المتحدة"),
       actor("Al-Qaeda", "القاعدة", "إرهابيين"), fatalities=[2, 99], optional=True),
    ev("air_drone_strike", ("2018-04-01", "2018-04-21"),
       loc("South of Al Jufrah", "LY", 28.9, 16.0, 150),
       actor("United States", "البنتاغون", "AFRICOM"),
       actor("Islamic State", "ISIS", "داعش"), optional=True),
    ev("air_drone_strike", ("2016-02-01", "2016-02-29"),
       loc("Al-Shumaikh", "LY", 31.5, 14.2, 100),
       None, actor("Al-Qaeda", "Islamic State", "القاعدة", "داعش"), optional=True),
]
C["snn-a6b110f104dc"] = []
C["ant-CN-middleEast-624-20180414"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"),
       loc("Syria", "SY", None, None),
       actor("United States", "France", "United Kingdom", "الولايات المتحدة الأمريكية", "فرنسا", "بريطانيا"),
       actor("Syrian government", "النظام السوري", "البرنامج الكيماوي السوري"), optional=True),
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government", "النظام السوري"), actor("Civilians", "المدنيين"), optional=True),
]
C["ant-SK-internationalNews-2586-20180711"] = []

C["snn-6947d3f878db"] = [
    ev("armed_clash", ("2015-08-08", "2015-08-08"),
       loc("Al-Janadiba, Arhab district", "YE", 15.794747, 44.260647, 30),
       actor("Houthis", "Ansar Allah", "الحوثيين", "الحوثيون"),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة"),
       fatalities=[2, 99], injured=[2, 99]),
]
C["ant-SK-internationalNews-2951-20180810"] = []
C["snn-399306400847"] = []
C["ant-SK-internationalNews-3092-20180903"] = []
C["ant-SK-middleEast-1473-20180506"] = [
    ev("armed_clash", ("2018-05-04", "2018-05-06"),
       loc("Al-Wahda village, An-Namas", "SA", 19.14547, 42.12009, 25),
       actor("Saudi security forces", "رجال الأمن", "Saudi Arabia"),
       actor("خالد محمد علي الشهري", "مطلوب أمني", "المطلوب للجهات الأمنية", "Khalid al-Shehri"),
       fatalities=1),
    ev("attack", ("2018-04-17", "2018-04-22"),
       loc("Asir", "SA", 18.2164, 42.5053, 150),
       None, actor("Saudi security forces", "رجال الأمن", "أربعة من رجال الأمن"),
       fatalities=4, optional=True),
    ev("armed_clash", ("2018-04-17", "2018-05-06"),
       loc("Asir", "SA", 18.2164, 42.5053, 150),
       actor("Saudi security forces", "رجال الأمن"), None,
       fatalities=1, optional=True),
    ev("arrests", ("2018-04-17", "2018-05-06"),
       loc("Asir", "SA", 18.2164, 42.5053, 150),
       actor("Saudi security forces", "رجال الأمن"), actor("شخصين من المتورطين"),
       optional=True),
]
C["snn-adffae3e700b"] = []
C["snn-fe3997d63a7f"] = [
    ev("peaceful_protest", ("2015-08-05", "2015-08-05"),
       loc("Nafha prison", "IL", 30.60944, 34.80111, 25),
       actor("Palestinian prisoners", "أسيرًا", "120 أسيرًا"), None, optional=True),
    ev("peaceful_protest", ("2015-06-15", "2015-08-09"),
       loc("Soroka hospital, Beersheba", "IL", 31.25181, 34.7913, 25),
       actor("محمد علان", "Mohammed Allan", "Palestinian prisoners"), None, optional=True),
]
C["snn-e7457d656d27"] = []
C["ant-CN-middleEast-514-20180408"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       None, actor("Civilians", "المدنيين", "عشرات المدنيين من النساء والأطفال"),
       fatalities=48, injured=500),
    ev("air_drone_strike", ("2018-04-07", "2018-04-07"),
       loc("Douma", "SY", 33.57175, 36.4027, 25),
       None, actor("Civilians", "المدنيين"),
       fatalities=48, injured=500, optional=True),
]
C["ant-SK-middleEast-1051-20180416"] = []
C["snn-0025ca47976e"] = [
    ev("government_regains_territory", ("2015-07-25", "2015-07-25"),
       loc("Ja'wala, northern Aden", "YE", 12.93, 44.97, 25),
       actor("Popular Resistance", "قوات المقاومة الشعبية", "المقاومة الشعبية", "Hadi loyalists", "Saudi-led coalition", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثيين", "قوات الرئيس السابق علي عبد الله صالح", "Saleh loyalists", "الميليشيات المتمردة")),
    ev("non_violent_transfer_of_territory", ("2015-07-25", "2015-07-25"),
       loc("Ja'wala, northern Aden", "YE", 12.93, 44.97, 25),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
       actor("Popular Resistance", "المقاومة الشعبية"), optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-07-25"),
       loc("Aden northern and eastern outskirts", "YE", 12.85, 45.03, 25),
       actor("Saudi-led coalition", "Arab Coalition", "قوات التحالف العربي", "التحالف العربي"),
       actor("Houthis", "ميليشيات الحوثيين", "الميليشيات المتمردة"), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-24"),
       loc("Yemen", "YE", None, None),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي"),
       actor("Houthis", "ميليشيات الحوثي وصالح"), fatalities=[10, 99], optional=True),
    ev("government_regains_territory", ("2015-07-14", "2015-07-24"),
       loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("Popular Resistance", "قوات المقاومة الشعبية"),
       actor("Houthis", "الحوثيين"), optional=True),
]
C["snn-6bc48f513c0f"] = []

C["snn-2ab2a9b5ca0a"] = [
    ev("peaceful_protest", ("2015-08-08", "2015-08-08"),
       loc("Ferguson", "US", 38.744, -90.305, 25),
       actor("Protesters", "المتظاهرون", "المشاركون", "مئات الاشخاص"), None),
    ev("violent_demonstration", ("2014-11-24", "2014-11-30"),
       loc("Ferguson", "US", 38.744, -90.305, 25),
       actor("Protesters", "Rioters"), None, optional=True),
]
C["ant-SK-internationalNews-1957-20180604"] = []
C["ant-SK-middleEast-3302-20180809"] = [
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"),
       loc("Sanaa (Jabal Nuqum)", "YE", 15.463615, 44.237884, 25),
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي لدعم الشرعية", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الميليشيات الانقلابية")),
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"),
       loc("Sanaa (Central Security camp)", "YE", 15.463615, 44.237884, 25),
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الميليشيات الانقلابية"), optional=True),
    ev("air_drone_strike", ("2018-08-09", "2018-08-09"),
       loc("West coast front (Hodeidah)", "YE", 14.796625, 42.945213, 100),
       actor("Saudi-led coalition", "Arab Coalition", "مقاتلات تابعة للتحالف العربي لدعم الشرعية", "التحالف العربي"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي الإيرانية", "مسلحي ميليشيات الحوثي", "الميليشيات الانقلابية"),
       fatalities=76),
    ev("air_drone_strike", ("2018-08-08", "2018-08-09"),
       loc("West coast front (Hodeidah)", "YE", 14.796625, 42.945213, 100),
       actor("Saudi-led coalition", "التحالف"), actor("Houthis", "الميليشيات الموالية لإيران"),
       fatalities=[1, 2], optional=True),
    ev("armed_clash", ("2018-08-08", "2018-08-09"),
       loc("West coast front (Hodeidah)", "YE", 14.796625, 42.945213, 100),
       actor("Giants Brigades", "ألوية العمالقة"), actor("Houthis", "الميليشيات الموالية لإيران"),
       optional=True),
]
C["ant-SK-middleEast-3665-20180912"] = [
    ev("looting_property_destruction", ("2018-09-10", "2018-09-12"),
       loc("Kilo 16, Hodeidah", "YE", 14.84, 43.09, 25),
       actor("Houthis", "Ansar Allah", "ميليشيا الحوثي", "عناصر ميليشيا الحوثي", "الميلشيات"), None),
    ev("other", ("2018-09-10", "2018-09-12"),
       loc("Kilo 16, Hodeidah", "YE", 14.84, 43.09, 25),
       actor("Houthis", "Ansar Allah", "ميليشيا الحوثي"), None, optional=True),
    ev("government_regains_territory", ("2018-09-05", "2018-09-12"),
       loc("Kilo 10, Hodeidah", "YE", 14.82, 43.03, 25),
       actor("Giants Brigades", "ألوية العمالقة", "المقاومة اليمنية المشتركة", "قوات ألوية العمالقة"),
       actor("Houthis", "ميليشيات الحوثي", "مسلحي الحوثي"), fatalities=[10, 99], optional=True),
    ev("government_regains_territory", ("2018-09-05", "2018-09-12"),
       loc("Kilo 7, Hodeidah", "YE", 14.81, 43.00, 25),
       actor("Giants Brigades", "ألوية العمالقة", "المقاومة اليمنية المشتركة"),
       actor("Houthis", "ميليشيات الحوثي"), optional=True),
]
C["ant-SK-middleEast-2955-20180717"] = []
C["ant-CN-middleEast-758-20180429"] = []

C["snn-01f708438f94"] = [
    ev("armed_clash", ("2015-07-31", "2015-08-01"),
       loc("Aleppo (western outskirts)", "SY", 36.203685, 37.172617, 25),
       actor("Syrian opposition", "Rebels", "مقاتلاً من المعارضة السورية", "المعارضة", "عدة جماعات مقاتلة", "مقاتلي الفصائل"),
       actor("Syrian government forces", "قوات النظام", "المسلحين الموالين لها"),
       fatalities=34),
    ev("air_drone_strike", ("2015-08-01", "2015-08-01"),
       loc("Aleppo (western outskirts)", "SY", 36.203685, 37.172617, 25),
       None, actor("Syrian opposition", "مقاتلي الفصائل"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-01", "2015-08-01"),
       loc("Aleppo (western outskirts)", "SY", 36.203685, 37.172617, 25),
       actor("Syrian government forces", "قوات النظام"), actor("Syrian opposition", "مقاتلي الفصائل"), optional=True),
    ev("attack", ("2015-08-01", "2015-08-01"),
       loc("Al-Shaar district, Aleppo", "SY", 36.206, 37.18, 25),
       actor("Jabhat al-Nusra", "Al-Nusra Front", "جبهة النصرة", "المحكمة الشرعية التابعة لها"),
       actor("Civilians", "عشرة أشخاص"),
       fatalities=10),
]
C["snn-eb67b9d2c99c"] = []
C["ant-SK-middleEast-2104-20180602"] = []
C["snn-bf1fd2791e8e"] = [
    ev("armed_clash", ("2015-07-25", "2015-08-01"),
       loc("Al-Madina al-Khadra, Aden", "YE", 12.90, 44.98, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة"), actor("Houthis", "الميليشيات الحوثية", "الميليشيات"),
       optional=True),
    ev("armed_clash", ("2015-07-25", "2015-08-01"),
       loc("Beit Ayyad, near al-Houta (Lahij)", "YE", 13.05667, 44.88194, 25),
       actor("Popular Resistance", "المقاومة الشعبية", "المقاومة"), actor("Houthis", "الميليشيات الحوثية", "الميليشيات"),
       optional=True),
]
C["snn-61f4588826ef"] = []
C["snn-840bcf87d448"] = []

HOU = ("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الانقلابيين", "قوات الرئيس المخلوع علي عبدالله صالح", "Saleh loyalists")
PR = ("Popular Resistance", "المقاومة الشعبية", "المقاومة")
COAL = ("Saudi-led coalition", "Arab Coalition", "قوات التحالف", "طائرات التحالف العربي", "التحالف العربي")
C["snn-844decb15c0b"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-20", "2015-07-20"),
       loc("Dar Saad", "YE", 12.909453, 44.977881, 25),
       actor(*HOU), actor("Civilians", "أحياء سكنية", "مدنيين"),
       fatalities=57, injured=[100, 225]),
    ev("government_regains_territory", ("2015-07-19", "2015-07-21"),
       loc("Al-Faw, Marib", "YE", 15.44107, 45.33078, 25),
       actor(*PR), actor(*HOU)),
    ev("armed_clash", ("2015-07-19", "2015-07-21"),
       loc("Al-Faw, Marib", "YE", 15.44107, 45.33078, 25),
       actor(*PR), actor(*HOU), optional=True),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"),
       loc("Yarim district, Ibb", "YE", 14.29804, 44.37795, 25),
       actor(*COAL), actor(*HOU)),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"),
       loc("Ras Isa", "YE", 15.21, 42.68, 25),
       actor(*COAL), actor(*HOU)),
    ev("air_drone_strike", ("2015-07-19", "2015-07-21"),
       loc("Al-Salif camp", "YE", 15.30755, 42.67107, 25),
       actor(*COAL), actor(*HOU)),
    ev("government_regains_territory", ("2015-07-19", "2015-07-21"),
       loc("Al-Anad triangle, Lahij", "YE", 13.18, 44.77, 25),
       actor(*PR), actor(*HOU)),
    ev("armed_clash", ("2015-07-19", "2015-07-21"),
       loc("Mafraq Hubaish, Al-Makhader district, Ibb", "YE", 14.12224, 44.19797, 25),
       actor(*PR), actor(*HOU, "دورية عسكرية تابعة لهم"),
       fatalities=[2, 99], injured=[2, 99]),
]
C["ant-SK-internationalNews-3295-20181006"] = []
C["snn-093679799783"] = []
C["ant-CN-internationalNews-606-20180912"] = [
    ev("suicide_bomb", ("2018-09-11", "2018-09-11"),
       loc("Nangarhar", "AF", 34.43, 70.45, 100),
       None, actor("Protesters", "Civilians", "حشد من المتظاهرين", "المتظاهرين"),
       fatalities=19, injured=57),
]
C["snn-4b9b7445839d"] = []
ISIS = ("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "عناصر التنظيم")
IQF = ("Iraqi security forces", "Iraqi Army", "الجيش العراقي", "القوات العراقية", "القوات الأمنية")
C["snn-9becaef17c48"] = [
    ev("air_drone_strike", ("2015-07-18", "2015-07-21"),
       loc("Iraq", "IQ", None, None),
       actor("US-led coalition", "International coalition", "طائرات التحالف الدولي", "التحالف"),
       actor(*ISIS), fatalities=[2, 99], optional=True),
    ev("air_drone_strike", ("2015-07-18", "2015-07-21"),
       loc("Iraq", "IQ", None, None),
       actor("Iraqi Air Force", "Iraqi Army Aviation", "طيران الجيش العراقي", "القوة الجوية العراقية"),
       actor(*ISIS), optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-21"),
       loc("Al-Tash, south of Ramadi", "IQ", 33.35, 43.28, 25),
       actor(*ISIS, "كمين لداعش"), actor(*IQF, "جنديًا عراقيًا"),
       fatalities=16),
    ev("armed_clash", ("2015-07-18", "2015-07-21"),
       loc("Northeast of Fallujah", "IQ", 33.40, 43.82, 25),
       actor(*ISIS), actor(*IQF, "طائرة مروحية للجيش العراقي"), optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-21"),
       loc("East of Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor(*IQF), actor(*ISIS), fatalities=[10, 99]),
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-21"),
       loc("Fallujah (Andalus, Risala, Jubail)", "IQ", 33.35581, 43.78612, 25),
       actor(*IQF, "راجمات صواريخ"), actor(*ISIS)),
    ev("armed_clash", ("2015-07-18", "2015-07-21"),
       loc("Baiji", "IQ", 34.92915, 43.48878, 25),
       actor(*ISIS), actor(*IQF, "قيادة العمليات الخاصة"), fatalities=[10, 99]),
    ev("suicide_bomb", ("2015-07-17", "2015-07-17"),
       loc("Khan Bani Saad, Diyala", "IQ", 33.56556, 44.54345, 25),
       None, None, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-07-17", "2015-07-17"),
       loc("Khan Bani Saad, Diyala", "IQ", 33.56556, 44.54345, 25),
       None, None, optional=True),
    ev("arrests", ("2015-07-19", "2015-07-19"),
       loc("Diyala", "IQ", 33.75, 44.6, 100),
       actor("Iraqi Interior Ministry", "وزير الداخلية العراقي", "Iraqi security forces"),
       actor("المتورطين بالتفجير", "عدد من الضباط والمنتسبين"), optional=True),
    ev("armed_clash", ("2015-07-19", "2015-07-19"),
       loc("Tal Shor, Hardan axis, NE of Sinjar", "IQ", 36.43, 42.0, 30),
       actor(*ISIS, "مسلحي داعش"), actor("Peshmerga", "قوات البيشمركة", "البيشمركة"),
       fatalities=10, injured=2),
    ev("armed_clash", ("2015-07-18", "2015-07-21"),
       loc("Husaybah al-Sharqiya, east of Ramadi", "IQ", 33.43, 43.45, 25),
       actor("Iraqi Federal Police", "الشرطة الاتحادية", *IQF), actor(*ISIS),
       fatalities=[35, 99]),
    ev("armed_clash", ("2015-07-18", "2015-07-21"),
       loc("Northwest of Ramadi (Tharthar regulator)", "IQ", 33.50, 43.25, 30),
       actor(*IQF), actor(*ISIS), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-21"),
       loc("Ramadi (Tamim and Jamia districts)", "IQ", 33.42056, 43.30778, 25),
       actor("القوات المشتركة", *IQF), actor(*ISIS), optional=True),
]
C["snn-d407a7e66a39"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-38.jsonl"))
