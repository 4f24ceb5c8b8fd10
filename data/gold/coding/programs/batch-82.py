import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["ant-SK-technology-1256-20180808"] = []
C["ant-SK-internationalNews-2956-20180811"] = []
C["snn-4f9f5e0d757c"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-20"), loc("Aden airport", "YE", 12.8296, 45.0288, 25),
       actor("المقاومة الشعبية", "مقاتلي المقاومة الشعبية", "Popular Resistance", "Yemeni government forces"),
       actor("مسلحي الحوثي", "Houthis", "Ansar Allah", "القوات الموالية للرئيس المخلوع علي عبدالله صالح", "Saleh loyalists"),
       optional=True),
]
C["ant-SK-middleEast-3463-20180819"] = [
    ev("remote_explosive_landmine_ied", ("2018-08-17", "2018-08-19"), loc("Tamziabt, Ahnif, Bouira", "DZ", 36.33, 4.23, 40),
       actor("إرهابيون", "Terrorists", "Islamist militants"), actor("Civilians", "طفل", "أطفال", "المدنيين"),
       fatalities=1, injured=5),
]
C["snn-687b3b021349"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-23"), loc("Cameroon", "CM", None, None), actor("بوكو حرام", "Boko Haram"),
       actor("Civilians", "المدنيين"), optional=True),
    ev("suicide_bomb", ("2015-07-22", "2015-07-23"), loc("Nigeria", "NG", None, None), actor("بوكو حرام", "Boko Haram"),
       actor("Civilians", "المدنيين"), optional=True),
]
C["snn-5fa5be7f543b"] = []

C["ant-SK-internationalNews-3251-20181001"] = []
C["ant-SK-middleEast-2311-20180611"] = [
    ev("armed_clash", ("2018-06-04", "2018-06-11"), loc("Al Hudaydah", "YE", 14.7966, 42.9452, 25),
       actor("قوات المقاومة المشتركة", "قوات المقاومة اليمنية المشتركة", "Joint Resistance Forces", "Yemeni government forces", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"),
       actor("ميليشيات الحوثي", "الحوثيون", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-middleEast-568-20180326"] = [
    ev("disrupted_weapons_use", ("2018-03-25", "2018-03-25"), loc("Riyadh", "SA", 24.7025, 46.8218, 25),
       actor("قوات الدفاع الجوي", "Saudi air defense", "Saudi Arabia", "Saudi military forces"),
       actor("الحوثيون", "الحوثيين", "ميليشيات الحوثي", "Houthis", "Ansar Allah")),
    ev("shelling_artillery_missile_attack", ("2018-03-25", "2018-03-25"), loc("Riyadh", "SA", 24.7025, 46.8218, 25),
       actor("الحوثيون", "الحوثيين", "ميليشيات الحوثي", "Houthis", "Ansar Allah"),
       actor("Civilians", "تجمعات سكانية"), optional=True),
]
C["snn-bdde10d41918"] = []
C["ant-SK-economy-947-20180710"] = []
C["snn-40b5d9774d98"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-02", "2015-08-02"), loc("Najran", "SA", 17.4924, 44.1277, 100),
       None, actor("Civilians", "مواطن", "المدنيين"), fatalities=1),
]

C["ant-SK-internationalNews-29-20180219"] = []
C["ant-CN-middleEast-961-20180517"] = []
C["snn-02dcc68854cd"] = []
C["snn-5b1f9df1e819"] = []
C["ant-CN-middleEast-154-20180303"] = [
    ev("air_drone_strike", ("2018-02-25", "2018-03-03"), loc("Eastern Ghouta", "SY", 33.55, 36.42, 20),
       None, None, optional=True),
]
C["ant-SK-internationalNews-904-20180412"] = [
    ev("chemical_weapon", ("2018-03-01", "2018-03-10"), loc("Salisbury", "GB", 51.069, -1.794, 25),
       actor("روسيا", "Russia"), actor("سيرغي سكريبال", "Sergei Skripal", "يوليا سكريبال", "Yulia Skripal"), optional=True),
]

NR = actor("المقاومة الوطنية اليمنية", "قوات المقاومة الوطنية", "المقاومة الوطنية", "National Resistance", "Tareq Saleh forces",
           "القوات المسلحة الإماراتية", "UAE armed forces", "Yemeni government forces", "Saudi-led coalition", "Arab Coalition")
HOU = actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-1148-20180420"] = [
    ev("government_regains_territory", ("2018-04-20", "2018-04-20"), loc("East of Mafraq al-Mokha / Al-Barh, Taiz", "YE", 13.40, 43.62, 30),
       NR, HOU),
    ev("armed_clash", ("2018-04-20", "2018-04-20"), loc("East of Mafraq al-Mokha / Al-Barh, Taiz", "YE", 13.40, 43.62, 30),
       NR, HOU, optional=True),
    ev("air_drone_strike", ("2018-04-18", "2018-04-20"), loc("Mafraq al-Wazi'iya, Taiz", "YE", 13.22, 43.60, 30),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU),
]
C["ant-SK-middleEast-1279-20180427"] = [
    ev("arrests", ("2018-04-26", "2018-04-27"), loc("Wadi Rafd, As Said district, Shabwa", "YE", 14.33, 46.87, 30),
       actor("قوات النخبة الشبوانية", "النخبة الشبوانية", "Shabwani Elite Forces", "Shabwa Elite Forces"),
       actor("تنظيم القاعدة", "القاعدة", "عناصر القاعدة", "AQAP", "Al-Qaeda in the Arabian Peninsula", "Al Qaeda")),
    ev("government_regains_territory", ("2018-04-26", "2018-04-27"), loc("Wadi Rafd, As Said district, Shabwa", "YE", 14.33, 46.87, 30),
       actor("قوات النخبة الشبوانية", "النخبة الشبوانية", "Shabwani Elite Forces", "Shabwa Elite Forces"),
       actor("تنظيم القاعدة", "القاعدة", "AQAP", "Al-Qaeda in the Arabian Peninsula", "Al Qaeda"), optional=True),
]
C["snn-303bb0e5767b"] = [
    ev("air_drone_strike", ("2015-08-02", "2015-08-04"), loc("Al-Jughaini, south of Sheikh Zuweid", "EG", 31.17, 34.11, 25),
       actor("الجيش", "مروحيات أباتشي", "Egyptian military forces", "Egyptian Army"),
       actor("أنصار بيت المقدس", "Ansar Bayt al-Maqdis", "ولاية سيناء", "Sinai Province", "Islamic State", "ISIS"),
       fatalities=6, injured=4),
]
C["ant-SK-middleEast-1162-20180421"] = [
    ev("agreement", ("2018-04-18", "2018-04-21"), loc("Ar Ruhaybah, Eastern Qalamoun", "SY", 33.7442, 36.7039, 25),
       actor("الفصائل المسلحة", "Syrian rebels", "Syrian opposition factions"),
       actor("روسيا", "النظام السوري", "Russia", "Syrian government", "Syrian regime")),
    ev("non_violent_transfer_of_territory", ("2018-04-19", "2018-04-21"), loc("Ar Ruhaybah, Eastern Qalamoun", "SY", 33.7442, 36.7039, 25),
       actor("الشرطة العسكرية الروسية", "Russian military police", "Russia"),
       actor("الفصائل المسلحة", "Syrian rebels", "Syrian opposition factions"), optional=True),
    ev("air_drone_strike", ("2018-04-13", "2018-04-15"), loc("Damascus", "SY", 33.5102, 36.2913, 25),
       actor("الولايات المتحدة", "بريطانيا", "فرنسا", "United States", "US", "United Kingdom", "France"),
       actor("الحكومة السورية", "Syrian government", "Syrian regime"), optional=True),
]
C["snn-71984b2da485"] = []
C["snn-10b4b85e831b"] = []

C["snn-639be4a696e8"] = [
    ev("armed_clash", ("2015-08-07", "2015-08-08"), loc("Cairo-Fayoum agricultural road, southwest of Cairo", "EG", 29.85, 31.15, 50),
       actor("مجهولان", "Unidentified gunmen"),
       actor("قوة أمنية", "إدارة ترحيلات مديرية أمن الوادي الجديد", "Police Forces of Egypt", "Egyptian police"),
       fatalities=1, injured=3),
    ev("attack", ("2015-08-07", "2015-08-08"), loc("Cairo-Fayoum agricultural road, southwest of Cairo", "EG", 29.85, 31.15, 50),
       actor("مجهولان", "Unidentified gunmen"),
       actor("قوة أمنية", "إدارة ترحيلات مديرية أمن الوادي الجديد", "Police Forces of Egypt", "Egyptian police"),
       fatalities=1, injured=3, optional=True),
]
C["snn-acf25f1da634"] = [
    ev("peaceful_protest", ("2015-07-22", "2015-07-24"), loc("Lyon", "FR", 45.764, 4.835, 50),
       actor("مزارعون فرنسيون", "Protesters (France)", "French farmers", "Farmers"), None),
]
C["snn-062af6a41ea9"] = []
C["ant-SK-middleEast-1941-20180525"] = [
    ev("protest_with_intervention", ("2018-05-25", "2018-05-25"), loc("Gaza border", "PS", 31.42, 34.38, 30),
       actor("فلسطينيا", "Protesters (Palestine)", "Palestinians", "مسيرة العودة", "مسيرات العودة"),
       actor("الجيش الإسرائيلي", "Israeli military forces", "Israel Defense Forces", "IDF"), injured=119),
    ev("excessive_force_against_protesters", ("2018-05-25", "2018-05-25"), loc("Gaza border", "PS", 31.42, 34.38, 30),
       actor("الجيش الإسرائيلي", "Israeli military forces", "Israel Defense Forces", "IDF"),
       actor("فلسطينيا", "Protesters (Palestine)", "Palestinians"), injured=119, optional=True),
]
C["snn-ac3fe95452f9"] = []
PRO_IQ = actor("متظاهرين", "متظاهرون", "متظاهرين غاضبين", "Protesters (Iraq)", "Rioters (Iraq)")
C["ant-SK-middleEast-2901-20180714"] = [
    ev("violent_demonstration", ("2018-07-13", "2018-07-13"), loc("Najaf airport", "IQ", 31.99, 44.40, 25),
       PRO_IQ, None),
    ev("violent_demonstration", ("2018-07-13", "2018-07-14"), loc("Basra", "IQ", 30.533, 47.797, 25),
       PRO_IQ, actor("منظمة بدر", "Badr Organization", "القوات الأمنية", "Iraqi security forces", "Police Forces of Iraq"), injured=3),
    ev("protest_with_intervention", ("2018-07-13", "2018-07-14"), loc("Basra", "IQ", 30.533, 47.797, 25),
       PRO_IQ, actor("القوات الأمنية", "Iraqi security forces", "Police Forces of Iraq"), injured=3, optional=True),
    ev("excessive_force_against_protesters", ("2018-07-13", "2018-07-13"), loc("Southern Iraq", "IQ", None, None),
       None, PRO_IQ, fatalities=2, optional=True),
    ev("peaceful_protest", ("2018-07-13", "2018-07-14"), loc("Southern Iraq", "IQ", None, None),
       PRO_IQ, None, optional=True),
]

C["ant-SK-internationalNews-863-20180408"] = [
    ev("arrests", ("2018-04-07", "2018-04-08"), loc("Berlin", "DE", 52.52, 13.405, 25),
       actor("الشرطة الألمانية", "Police Forces of Germany", "German police"),
       actor("4 رجال", "Islamist militants", "أنيس العامري", "Anis Amri associates")),
]
C["ant-CN-middleEast-436-20180331"] = [
    ev("government_regains_territory", ("2018-03-24", "2018-03-31"), loc("Eastern Ghouta", "SY", 33.55, 36.42, 20),
       actor("الجيش السوري", "القوات الرديفة والحليفة", "Syrian government forces", "Military Forces of Syria", "Syrian Arab Army"),
       actor("الإرهاب", "الإرهابيين", "Syrian rebels", "Syrian opposition"), optional=True),
    ev("armed_clash", ("2018-03-29", "2018-03-31"), loc("Douma", "SY", 33.5711, 36.4017, 25),
       actor("الجيش السوري", "Syrian government forces", "Military Forces of Syria", "Syrian Arab Army"),
       actor("الإرهاب", "Syrian rebels", "Jaish al-Islam"), optional=True),
]
PRO_JO = actor("المحتجين", "أحد المحتجين", "Protesters (Jordan)", "Rioters (Jordan)")
SEC_JO = actor("قوات الدرك الأردني", "قوات الأمن الأردني", "الأمن", "Gendarmerie of Jordan", "Police Forces of Jordan", "Jordanian security forces")
C["ant-CN-middleEast-1132-20180606"] = [
    ev("violent_demonstration", ("2018-06-05", "2018-06-06"), loc("Amman", "JO", 31.889, 35.885, 25), PRO_JO, SEC_JO, injured=1),
    ev("protest_with_intervention", ("2018-06-05", "2018-06-06"), loc("Amman", "JO", 31.889, 35.885, 25), PRO_JO, SEC_JO, injured=1, optional=True),
    ev("arrests", ("2018-06-05", "2018-06-06"), loc("Amman", "JO", 31.889, 35.885, 25), SEC_JO, PRO_JO, optional=True),
]
C["ant-SK-middleEast-2027-20180529"] = []
C["snn-6682c5615f97"] = []
C["ant-SK-internationalNews-572-20180324"] = []

C["snn-80be1ddbcf9f"] = []
HS = actor("ميليشيات الحوثي", "عصابة ميليشيات الحوثي الانقلابية", "المتمردين", "Houthis", "Ansar Allah", "المخلوع علي صالح", "Saleh loyalists")
SA_MIL = actor("القوات المسلحة السعودية", "مدفعية القوات المسلحة السعودية", "Saudi military forces", "Military Forces of Saudi Arabia", "Saudi-led coalition")
C["snn-23125848eb49"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-03"), loc("Dhahran al-Janub", "SA", 17.67, 43.51, 25),
       HS, actor("Civilians", "الأهالي", "المقيمين"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2015-08-03", "2015-08-03"), loc("Saada governorate", "YE", 16.94, 43.76, 100),
       SA_MIL, HS, optional=True),
    ev("air_drone_strike", ("2015-08-03", "2015-08-03"), loc("Saada governorate", "YE", 16.94, 43.76, 100),
       actor("طائرات الأباتشي", "Saudi military forces", "Military Forces of Saudi Arabia", "Saudi-led coalition"), HS, optional=True),
]
C["snn-cd257f12f587"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-26"), loc("Al-Shahba al-Jadida, Aleppo", "SY", 36.2037, 37.1726, 25),
       actor("مقاتلو المعارضة", "مقاتلي المعارضة", "فصائل إسلامية", "Syrian rebels", "Islamist rebels", "Syrian opposition"),
       actor("Civilians", "أطفال", "المدنيين"), fatalities=5),
]
C["snn-a178400f6711"] = [
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Tunis", "TN", 36.8065, 10.1815, 25),
       actor("السلطات التونسية", "عناصر أمن تونسية", "Police Forces of Tunisia", "Tunisian security forces"),
       actor("شخص", "Unidentified suspect")),
]
C["ant-SK-sport-2506-20180815"] = []
C["ant-CN-middleEast-722-20180425"] = [
    ev("disrupted_weapons_use", ("2018-04-13", "2018-04-15"), loc("Syria", "SY", None, None),
       actor("الدفاعات الجوية السورية", "Syrian air defense", "Syrian government forces", "Military Forces of Syria"),
       actor("الولايات المتحدة", "بريطانيا", "فرنسا", "United States", "United Kingdom", "France"), optional=True),
    ev("chemical_weapon", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.5711, 36.4017, 25),
       actor("النظام", "Syrian government forces", "Syrian regime"), actor("Civilians"), optional=True),
]

C["snn-6e96a57367f8"] = []
C["snn-c316efe9f47b"] = [
    ev("air_drone_strike", ("2015-07-29", "2015-08-05"), loc("Syria", "SY", None, None),
       actor("الولايات المتحدة", "وزارة الدفاع الاميركية", "United States", "US", "US-led coalition"), None, optional=True),
]
C["ant-SK-middleEast-3218-20180801"] = [
    ev("arrests", ("2018-07-01", "2018-08-01"), loc("South of Mosul", "IQ", 36.25, 43.13, 30),
       actor("القوات الأمنية", "Iraqi security forces", "Military Forces of Iraq"),
       actor("تنظيم داعش", "داعش", "8 إرهابيين", "Islamic State", "ISIS", "Daesh"), optional=True),
]
C["snn-f9298846b2c4"] = []
C["ant-SK-internationalNews-1728-20180523"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-82.jsonl"))
