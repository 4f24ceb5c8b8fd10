import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HOUTHI = ["ميليشيات الحوثي", "الحوثيين", "الحوثي", "ميليشيات الحوثي الإيرانية", "الميليشيات الحوثية", "Houthis", "Ansar Allah"]
COALITION = ["التحالف العربي", "قوات التحالف", "طيران التحالف", "مقاتلات التحالف العربي", "Saudi-led coalition", "Arab Coalition"]

C["snn-8cc626d15799"] = []
C["ant-CN-internationalNews-546-20180902"] = [
    ev("peaceful_protest", ("2018-08-26", "2018-09-02"), loc("Chemnitz", "DE", 50.83, 12.92, 25),
       actor("Protesters (Germany)", "متظاهرين", "تظاهرات معادية للمهاجرين", "Anti-immigrant protesters"), None, optional=True),
]
C["ant-SK-middleEast-2168-20180605"] = [
    ev("armed_clash", ("2018-06-05", "2018-06-05"), loc("Al Hudaydah", "YE", 14.797, 42.945, 100),
       actor("قوات المقاومة الوطنية اليمنية", "المقاومة اليمنية", "قوات المقاومة اليمنية المشتركة", "القوات اليمنية المشتركة",
             "National Resistance", "Yemeni Joint Forces", "Popular Resistance", "Military Forces of Yemen (2016-)"),
       actor(*HOUTHI), fatalities=[10, 99]),
    ev("air_drone_strike", ("2018-06-04", "2018-06-05"), loc("Al Hudaydah", "YE", 14.797, 42.945, 100),
       actor(*COALITION), actor(*HOUTHI), optional=True),
]
C["ant-SK-middleEast-3679-20181001"] = [
    ev("shelling_artillery_missile_attack", ("2018-10-01", "2018-10-01"), loc("Syria", "SY", None, None),
       actor("الحرس الثوري الإيراني", "الحرس الثوري", "Islamic Revolutionary Guard Corps", "IRGC", "إيران", "Iran"),
       actor("مسلحين", "Militants", "Islamic State", "ISIS", "Daesh"), optional=True),
]
C["ant-SK-internationalNews-1765-20180524"] = []
C["ant-CN-economy-301-20180910"] = [
    ev("attack", ("2018-09-10", "2018-09-10"), loc("Tripoli", "LY", 32.885, 13.19, 25),
       actor("مجموعة مسلحة", "Unidentified Armed Group", "Islamic State", "ISIS"),
       actor("المؤسسة الوطنية للنفط", "National Oil Corporation", "NOC", "Civilians")),
    ev("suicide_bomb", ("2018-09-10", "2018-09-10"), loc("Tripoli", "LY", 32.885, 13.19, 25),
       actor("مجموعة مسلحة", "Unidentified Armed Group", "Islamic State", "ISIS"),
       actor("المؤسسة الوطنية للنفط", "National Oil Corporation", "NOC", "Civilians"), optional=True),
    ev("armed_clash", ("2018-09-10", "2018-09-10"), loc("Tripoli", "LY", 32.885, 13.19, 25),
       actor("مجموعة مسلحة", "Unidentified Armed Group", "Islamic State", "ISIS"),
       actor("المؤسسة الوطنية للنفط", "National Oil Corporation", "NOC"), optional=True),
]

C["snn-f785f934ee56"] = []
C["snn-456b5abf07b2"] = []
IS_ = ["تنظيم داعش", "داعش", "مسلحيه", "المتشددين", "Islamic State", "ISIS", "Daesh"]
SYGOV = ["قوات النظام السوري", "الحكومة السورية", "Syrian government forces", "Syrian Arab Army", "Syrian government"]
C["ant-SK-middleEast-1827-20180520"] = [
    ev("non_violent_transfer_of_territory", ("2018-05-19", "2018-05-20"), loc("Yarmouk camp / Al Hajar al Aswad", "SY", 33.47, 36.30, 25),
       actor(*IS_), actor(*SYGOV)),
    ev("agreement", ("2018-05-19", "2018-05-20"), loc("Yarmouk camp / Al Hajar al Aswad", "SY", 33.47, 36.30, 25),
       actor(*SYGOV), actor(*IS_), optional=True),
]
C["snn-fb724ef13838"] = []
C["snn-b08e6b7c4d83"] = []
LAF = ["قوى الجيش اللبناني", "الجيش اللبناني", "Lebanese Armed Forces", "Lebanese Army"]
C["snn-b6a57b4cc0c0"] = [
    ev("arrests", ("2015-07-21", "2015-07-21"), loc("Arsal", "LB", 34.179, 36.421, 25),
       actor(*LAF), actor("حسن محمد شاهين", "Militants")),
    ev("arrests", ("2015-07-21", "2015-07-21"), loc("Deir Aachach", "LB", 34.415, 35.937, 25),
       actor(*LAF), actor("محمود مصطفى درباس", "Syrian suspect", "Militants")),
    ev("looting_property_destruction", ("2015-07-20", "2015-07-22"), loc("Kfar Shouba", "LB", 33.328, 35.692, 25),
       actor("مشاة إسرائيلية", "Israeli Defense Forces", "IDF", "Israel"), actor("حزب الله", "Hezbollah"), optional=True),
]

C["ant-SK-sport-646-20180410"] = []
C["ant-SK-internationalNews-2379-20180629"] = [
    ev("protest_with_intervention", ("2018-06-28", "2018-06-28"), loc("Washington DC (US Capitol)", "US", 38.89, -77.01, 25),
       actor("الناشطات", "المحتجات", "متظاهرة", "مسيرة النساء", "Women's March", "Protesters (United States)"),
       actor("الشرطة", "Police Forces of the United States", "US Capitol Police")),
    ev("peaceful_protest", ("2018-06-28", "2018-06-28"), loc("Washington DC (US Capitol)", "US", 38.89, -77.01, 25),
       actor("الناشطات", "المحتجات", "متظاهرة", "مسيرة النساء", "Women's March", "Protesters (United States)"), None, optional=True),
]
C["ant-SK-internationalNews-3559-20181019"] = []
C["ant-CN-middleEast-1370-20180912"] = [
    ev("government_regains_territory", ("2018-09-12", "2018-09-12"), loc("Kilo 16, Al Hudaydah", "YE", 14.86, 43.07, 25),
       actor("قوات ألوية العمالقة اليمنية", "ألوية العمالقة", "Giants Brigades", "Al Amalika Brigades", "Military Forces of Yemen (2016-)"),
       actor("الحوثيين", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2018-09-12", "2018-09-12"), loc("Kilo 16, Al Hudaydah", "YE", 14.86, 43.07, 25),
       actor("قوات ألوية العمالقة اليمنية", "ألوية العمالقة", "Giants Brigades", "Al Amalika Brigades", "Military Forces of Yemen (2016-)"),
       actor("الحوثيين", "Houthis", "Ansar Allah"), optional=True),
    ev("peaceful_protest", ("2018-09-05", "2018-09-12"), loc("Basra", "IQ", 30.533, 47.797, 25),
       actor("احتجاجات شعبية", "Protesters (Iraq)"), None, optional=True),
]
C["snn-e7cdca3bfcbc"] = []
C["snn-762eeb233b91"] = []

C["ant-SK-internationalNews-1090-20180422"] = []
C["ant-SK-middleEast-1528-20180509"] = [
    ev("armed_clash", ("2018-05-08", "2018-05-09"), loc("Al Barh, Taiz", "YE", 13.26, 43.808, 25),
       actor("ألوية العمالقة", "المقاومة الوطنية", "Giants Brigades", "National Resistance", "Military Forces of Yemen (2016-)"),
       actor("ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "الحوثيين", "الميليشيات الحوثية", "Houthis", "Ansar Allah"),
       fatalities=30, injured=[2, 99]),
    ev("armed_clash", ("2018-05-07", "2018-05-09"), loc("Road to At Tuhayta district", "YE", 14.08, 43.12, 30),
       actor("المقاومة التهامية", "Tihama Resistance", "Popular Resistance"),
       actor("ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), optional=True),
    ev("government_regains_territory", ("2018-05-02", "2018-05-09"), loc("Mafraq al-Wazi'iyah", "YE", 13.16, 43.73, 30),
       actor("ألوية العمالقة", "المقاومة الوطنية", "Giants Brigades", "National Resistance", "Military Forces of Yemen (2016-)"),
       actor("ميليشيات الحوثي", "الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-middleEast-3916-20181016"] = [
    ev("armed_clash", ("2018-10-09", "2018-10-16"), loc("Ad Durayhimi", "YE", 14.637, 43.055, 25),
       actor("قوات المقاومة المشتركة", "Joint Resistance Forces", "Military Forces of Yemen (2016-)"),
       actor("الميليشيات الحوثية", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-d4bda65eeebe"] = []
C["snn-9c07e16aa8ea"] = [
    ev("arrests", ("2015-08-10", "2015-08-10"), loc("Latakia", "SY", 35.53, 35.79, 50),
       actor("الجهات المختصة", "Syrian government", "Police Forces of Syria"), actor("سليمان هلال الأسد", "سليمان الأسد", "Suleiman al-Assad"), optional=True),
]
C["ant-CN-economy-383-20181009"] = []

C["ant-SK-middleEast-1843-20180521"] = [
    ev("government_regains_territory", ("2018-05-21", "2018-05-21"), loc("Al Hajar al Aswad", "SY", 33.458, 36.304, 25),
       actor("وحدات من جيش النظام", "القوات النظامية", "الجيش السوري", "جيش النظام", "Syrian government forces", "Syrian Arab Army"),
       actor("مسلحي داعش", "تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh")),
    ev("armed_clash", ("2018-05-21", "2018-05-21"), loc("Al Hajar al Aswad", "SY", 33.458, 36.304, 25),
       actor("وحدات من جيش النظام", "القوات النظامية", "الجيش السوري", "Syrian government forces", "Syrian Arab Army"),
       actor("مسلحي داعش", "تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("agreement", ("2018-05-20", "2018-05-20"), loc("Al Hajar al Aswad", "SY", 33.458, 36.304, 25),
       actor("الجيش السوري", "Syrian government forces", "Syrian Arab Army"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS"), optional=True),
    ev("non_violent_transfer_of_territory", ("2018-05-19", "2018-05-21"), loc("Yarmouk camp", "SY", 33.47, 36.302, 25),
       actor("مسلحي داعش", "تنظيم داعش", "داعش", "Islamic State", "ISIS"),
       actor("النظام السوري", "Syrian government forces", "Syrian Arab Army"), optional=True),
]
C["ant-SK-internationalNews-348-20180314"] = [
    ev("arrests", ("2017-11-20", "2017-12-31"), loc("Athens", "GR", 37.98, 23.73, 25),
       actor("Police Forces of Greece", "Greek police"),
       actor("ناشطين أتراك", "جبهة حزب التحرر الشعبي الثوري", "DHKP-C"), optional=True),
]
C["snn-ae6b4f71b9d2"] = [
    ev("government_regains_territory", ("2015-07-21", "2015-07-21"), loc("Al Faww, Marib", "YE", 15.441, 45.331, 25),
       actor("المقاومة الشعبية", "المقاومة", "Popular Resistance", "Military Forces of Yemen"),
       actor("المتمردين الحوثيين", "المسلحين الحوثيين", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2015-07-21", "2015-07-21"), loc("Al Faww, Marib", "YE", 15.441, 45.331, 25),
       actor("المقاومة الشعبية", "المقاومة", "Popular Resistance", "Military Forces of Yemen"),
       actor("المتمردين الحوثيين", "المسلحين الحوثيين", "الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]
TUR = ["الجيش التركي", "المقاتلات التركية", "مقاتلات تركية", "الطائرات التركية", "Military Forces of Turkey", "Turkey", "Turkish Armed Forces"]
PKK = ["حزب العمال الكردستاني", "متمردي حزب العمال الكردستاني", "بي كيه كيه", "PKK", "Kurdistan Workers' Party"]
ISL = ["تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"]
C["snn-6d3db3a4510e"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor(*ISL), actor("ناشطين يساريين", "Civilians", "Leftist activists"), fatalities=32),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Duhok (northern Iraq)", "IQ", 36.858, 42.986, 100),
       actor(*TUR), actor(*PKK), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"), loc("Duhok (northern Iraq border strip)", "IQ", 36.858, 42.986, 100),
       actor(*TUR), actor(*PKK), optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Syria", "SY", None, None),
       actor(*TUR), actor(*ISL), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"), loc("Syria", "SY", None, None),
       actor(*TUR), actor(*ISL), optional=True),
    ev("arrests", ("2015-07-24", "2015-07-25"), loc("Turkey", "TR", None, None),
       actor("الشرطة التركية", "Police Forces of Turkey"), actor(*(ISL + PKK)), optional=True),
    ev("attack", ("2015-07-22", "2015-07-22"), loc("Ceylanpinar (near Syrian border)", "TR", 36.85, 40.05, 50),
       actor(*PKK), actor("شرطيين تركيين", "Police Forces of Turkey"), fatalities=2, optional=True),
]
C["ant-SK-middleEast-2965-20180718"] = [
    ev("disrupted_weapons_use", ("2018-07-18", "2018-07-18"), loc("Najran", "SA", 17.49, 44.13, 25),
       actor("الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "Military Forces of Saudi Arabia", "Royal Saudi Air Defense", "Saudi-led coalition"),
       actor("ميليشيات الحوثي", "المليشيا الحوثية", "الحوثيين", "Houthis", "Ansar Allah"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-07-18", "2018-07-18"), loc("Najran", "SA", 17.49, 44.13, 25),
       actor("ميليشيات الحوثي", "المليشيا الحوثية", "الحوثيين", "Houthis", "Ansar Allah"),
       actor("Civilians", "Military Forces of Saudi Arabia"), fatalities=0, injured=0, optional=True),
]
C["snn-776406c8ba80"] = []

C["ant-SK-internationalNews-2156-20180615"] = []
C["ant-CN-middleEast-1368-20180912"] = [
    ev("government_regains_territory", ("2018-09-12", "2018-09-12"), loc("Kilo 16, Al Hudaydah", "YE", 14.86, 43.07, 25),
       actor("قوات ألوية العمالقة اليمنية", "ألوية العمالقة", "Giants Brigades", "Al Amalika Brigades", "Military Forces of Yemen (2016-)"),
       actor("الحوثيين", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2018-09-12", "2018-09-12"), loc("Kilo 16, Al Hudaydah", "YE", 14.86, 43.07, 25),
       actor("قوات ألوية العمالقة اليمنية", "ألوية العمالقة", "Giants Brigades", "Al Amalika Brigades", "Military Forces of Yemen (2016-)"),
       actor("الحوثيين", "Houthis", "Ansar Allah"), optional=True),
    ev("peaceful_protest", ("2018-09-05", "2018-09-12"), loc("Basra", "IQ", 30.533, 47.797, 25),
       actor("احتجاجات شعبية", "Protesters (Iraq)"), None, optional=True),
    ev("arrests", ("2018-09-10", "2018-09-12"), loc("Latakia province", "SY", 35.53, 35.79, 100),
       actor("المخابرات التركية", "Turkish intelligence", "MIT", "Military Forces of Turkey"),
       actor("يوسف نازيك", "Yusuf Nazik"), optional=True),
]
C["snn-6bfc3d2eccfd"] = []
C["snn-8cde56ec4e31"] = [
    ev("other", ("2015-08-09", "2015-08-09"), loc("Incirlik", "TR", 36.99, 35.436, 25),
       actor("الولايات المتحدة", "Military Forces of the United States", "United States"), None, optional=True),
]
C["snn-f4e82c70e53e"] = []
C["snn-762e75cee2bb"] = []

C["snn-920da3070fcd"] = [
    ev("arrests", ("2015-07-21", "2015-07-23"), loc("Melilla", "ES", 35.29, -2.94, 25),
       actor("الشرطة الإسبانية", "Police Forces of Spain", "Spanish police"),
       actor("رجل", "Islamic State", "ISIS", "داعش")),
    ev("abduction_forced_disappearance", ("2015-07-11", "2015-07-14"), loc("Syria", "SY", None, None),
       None, actor("الصحافيين الثلاثة", "Journalists", "Civilians"), optional=True),
]
C["ant-SK-sport-2302-20180722"] = []
C["snn-cfcd3ba36ba7"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("تنظيم داعش", "Islamic State", "ISIS"), actor("Civilians"), fatalities=32, optional=True),
]
C["ant-SK-internationalNews-1224-20180427"] = []
C["snn-e274ee52d274"] = []
YGOV = ["القوات الشرعية", "قوات الشرعية", "الجيش الوطني", "قوات الجيش الوطني", "المقاومة الشعبية", "قوات الجيش", "Military Forces of Yemen", "Yemeni government forces", "Popular Resistance"]
HOU = ["ميليشيات الحوثي الإيرانية", "ميليشيات الحوثي", "المسلحين الحوثيين", "الحوثيين", "ميليشيات الحوثي الانقلابية", "Houthis", "Ansar Allah"]
C["ant-SK-middleEast-1170-20180421"] = [
    ev("government_regains_territory", ("2018-04-21", "2018-04-21"), loc("Qaniya (Jabal al-Ar, Masouda), Al Bayda", "YE", 14.6, 45.1, 30),
       actor(*YGOV), actor(*HOU)),
    ev("armed_clash", ("2018-04-21", "2018-04-21"), loc("Qaniya front, Al Bayda", "YE", 14.6, 45.1, 30),
       actor(*YGOV), actor(*HOU), optional=True),
    ev("abduction_forced_disappearance", ("2018-04-21", "2018-04-21"), loc("Qaniya front, Al Bayda", "YE", 14.6, 45.1, 30),
       actor(*YGOV), actor(*(HOU + ["مطوان علي مطوان"])), optional=True),
    ev("air_drone_strike", ("2018-04-19", "2018-04-21"), loc("Jabal Masouda, Al Bayda", "YE", 14.6, 45.1, 30),
       actor("طيران التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), actor(*HOU),
       fatalities=[2, 99], injured=[2, 99]),
    ev("armed_clash", ("2018-04-19", "2018-04-21"), loc("Yasbul mountains, Al Bayda", "YE", 14.8, 45.1, 30),
       actor(*YGOV), actor(*HOU), optional=True),
    ev("government_regains_territory", ("2018-04-17", "2018-04-17"), loc("Jabal al-Qarha, between Nati' and Al Malajim", "YE", 14.33, 45.54, 30),
       actor(*YGOV), actor(*HOU)),
    ev("armed_clash", ("2018-04-17", "2018-04-17"), loc("Jabal al-Qarha, between Nati' and Al Malajim", "YE", 14.33, 45.54, 30),
       actor(*YGOV), actor(*HOU), optional=True),
]

C["snn-c071655bf5d2"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-20"), loc("Donetsk", "UA", 48.0, 37.8, 25),
       actor("القوات الاوكرانية", "الجيش الاوكراني", "Military Forces of Ukraine", "Ukraine"),
       actor("Civilians", "رجلا"), fatalities=1),
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-20"), loc("North-west of Donetsk", "UA", 48.05, 37.7, 30),
       actor("انفصاليون موالون لروسيا", "الانفصاليون", "Donetsk People's Republic", "Pro-Russian separatists"),
       actor("Civilians", "Military Forces of Ukraine"), optional=True),
]
C["snn-a8e5c94d9ad8"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("Duma, Nablus", "PS", 32.059, 35.365, 25),
       actor("مهاجمان يشتبه بأنهما يهوديان متطرفان", "مستوطنين", "مستوطنين متطرفين", "متطرفين يهود", "مجموعة يهودية متطرفة", "Israeli settlers", "Jewish extremists"),
       actor("Civilians", "Palestinian civilians", "رضيع فلسطيني", "علي دوابشة", "العائلة الفلسطينية"), fatalities=1, injured=3),
]
C["snn-99fe33e1b5f5"] = []
C["snn-d61ed818fe29"] = []
C["snn-55626bd4ea14"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-89.jsonl"))
