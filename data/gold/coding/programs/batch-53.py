import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-407ff57bbdbe"] = [
    ev("peaceful_protest", ("2015-07-30", "2015-08-01"), loc("Riad al-Solh Square, Beirut", "LB", 33.8955, 35.5030, 25),
       actor("أهالي العسكريين اللبنانيين المخطتفين", "أهالي العسكريين", "الأهالي", "Families of abducted Lebanese soldiers", "Protesters (Lebanon)"),
       None),
]
C["ant-SK-middleEast-952-20180411"] = [
    ev("chemical_weapon", ("2018-04-01", "2018-04-09"), loc("Syria", "SY", None, None), None,
       actor("Civilians", "المدنيين"), fatalities=60, injured=1000, optional=True),
]
C["snn-cf010bb9f743"] = [
    ev("looting_property_destruction", ("2015-07-19", "2015-07-19"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "ISIL"), None),
    ev("remote_explosive_landmine_ied", ("2015-07-19", "2015-07-19"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "ISIL"), None, optional=True),
    ev("non_violent_transfer_of_territory", ("2015-07-19", "2015-07-19"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "ISIL"),
       actor("القوات العراقية", "Iraqi Security Forces", "Iraqi forces", "Military Forces of Iraq"), optional=True),
]
C["snn-bd6af733645d"] = []
C["snn-6cec795c8c21"] = [
    ev("arrests", ("2015-07-18", "2015-07-25"), loc("Bahrain", "BH", None, None),
       actor("البحرين", "Police Forces of Bahrain", "Bahrain"), actor("اثنان من البحرينيين", "Bahrainis"), optional=True),
]
C["snn-53a0895b0425"] = []
C["ant-SK-middleEast-751-20180403"] = [
    ev("arrests", ("2018-01-01", "2018-04-03"), loc("Libya", "LY", None, None), actor("جهات في ليبيا", "Libyan authorities"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "Sudanese ISIS fighters"), optional=True),
]
C["snn-99b9009b0606"] = []
C["snn-dbbe2fbddcfb"] = [
    ev("attack", ("2015-07-21", "2015-07-22"), loc("Ceylanpinar", "TR", 36.84722, 40.05, 25), None,
       actor("الشرطة التركية", "شرطيين", "Police Forces of Turkey", "Turkish police"), fatalities=2, optional=True),
    ev("suicide_bomb", ("2015-07-20", "2015-07-21"), loc("Suruc", "TR", 36.97612, 38.42533, 25),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "ISIL"), actor("Civilians", "المدنيين"), fatalities=32),
]
C["ant-CN-middleEast-1017-20180525"] = []
C["snn-80eb74c4f4e5"] = []
C["ant-SK-middleEast-1763-20180516"] = [
    ev("air_drone_strike", ("2018-05-16", "2018-05-16"), loc("Gaza Strip", "PS", 31.406507, 34.376782, 30),
       actor("الطيران الإسرائيلي", "Israeli Air Force", "Israel", "Military Forces of Israel", "IDF"), None),
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"), loc("Gaza border", "PS", 31.406507, 34.376782, 30),
       actor("فلسطينيا", "الفلسطينيين", "Palestinian protesters", "Protesters (Palestine)"),
       actor("القوات الإسرائيلية", "Israeli forces", "Military Forces of Israel", "IDF"), fatalities=60),
]
C["ant-SK-economy-1069-20180730"] = []
C["ant-SK-middleEast-2893-20180714"] = [
    ev("agreement", ("2018-07-14", "2018-07-14"), loc("Gaza Strip", "PS", 31.406507, 34.376782, 30),
       actor("إسرائيل", "Israel", "Military Forces of Israel", "Government of Israel"),
       actor("الفصائل المسلحة في غزة", "الفصائل المسلحة", "Palestinian factions", "Hamas", "حماس")),
    ev("air_drone_strike", ("2018-07-14", "2018-07-14"), loc("Gaza Strip", "PS", 31.406507, 34.376782, 30),
       actor("إسرائيل", "سلاح الجو الإسرائيلي", "Israeli Air Force", "Israel", "Military Forces of Israel", "IDF"), None),
]
C["snn-7b944c2b8096"] = []
C["snn-5f86bcfabade"] = []
C["snn-bec9f1532ae0"] = [
    ev("government_regains_territory", ("2015-07-13", "2015-07-18"), loc("Aden", "YE", 12.798744, 45.015277, 25),
       actor("المقاومة", "مقاومة أهالي عدن", "Popular Resistance", "Yemeni government forces", "Military Forces of Yemen"),
       actor("الحوثيين", "الحوثي", "المخلوع", "Houthis", "Ansar Allah", "Saleh forces"), optional=True),
]
C["ant-SK-internationalNews-1713-20180522"] = [
    ev("suicide_bomb", ("2017-05-22", "2017-05-22"), loc("Manchester", "GB", 53.4808, -2.2426, 25),
       actor("سلمان عبيدي", "Salman Abedi", "Islamic State", "ISIS"), actor("Civilians", "المدنيين"), fatalities=22, optional=True),
]
C["ant-SK-middleEast-2199-20180606"] = [
    ev("government_regains_territory", ("2018-05-09", "2018-06-06"), loc("West coast, Al Hudaydah governorate", "YE", 14.796625, 42.945213, 100),
       actor("المقاومة الوطنية", "التهامية", "ألوية العمالقة", "قوات المقاومة المشتركة", "Joint Resistance Forces", "Giants Brigades", "Yemeni government forces", "Saudi-led coalition", "Arab Coalition", "UAE forces"),
       actor("الميليشيات الحوثية", "الحوثيين", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-SK-sport-2544-20180817"] = []
IS = actor("تنظيم داعش", "داعش", "التنظيم", "Islamic State", "ISIS", "Daesh", "ISIL")
C["snn-8747fe906334"] = [
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-21"), loc("New Baghdad, Baghdad", "IQ", 33.30473, 44.486948, 25),
       IS, actor("Civilians", "مدنيون", "المدنيين"), fatalities=19, injured=43),
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-21"), loc("Zafaraniya, Baghdad", "IQ", 33.253653, 44.507855, 25),
       IS, actor("Civilians", "مدنيون", "المدنيين"), fatalities=4, injured=10),
    ev("suicide_bomb", ("2015-07-21", "2015-07-22"), loc("Tarmiya", "IQ", 33.67444, 44.39583, 25),
       None, actor("الجيش والشرطة", "Military Forces of Iraq", "Police Forces of Iraq", "Iraqi army", "Iraqi police"), fatalities=3, injured=9),
    ev("remote_explosive_landmine_ied", ("2015-07-21", "2015-07-22"), loc("Mandali", "IQ", 33.7481, 45.55503, 25),
       None, None, fatalities=4),
    ev("arrests", ("2015-07-17", "2015-07-22"), loc("Khan Bani Saad", "IQ", 33.56556, 44.54345, 25),
       actor("محكمة استئناف ديالى", "Iraqi judiciary", "Government of Iraq"), actor("المفرزة الأمنية", "Iraqi security detachment"), optional=True),
]
C["snn-34c5f88d8642"] = [
    ev("armed_clash", ("2015-07-23", "2015-08-06"), loc("Tabbat Masoud, Jabal Sabir, Taiz", "YE", 13.57825, 44.017666, 25),
       actor("المقاومة الشعبية", "أم الشهيد جميل", "Popular Resistance", "Yemeni government forces"),
       actor("مليشيات الحوثي وصالح", "الحوثي", "حوثيين", "Houthis", "Ansar Allah", "Saleh forces"), fatalities=6, optional=True),
    ev("government_regains_territory", ("2015-07-23", "2015-08-06"), loc("Tabbat Masoud, Jabal Sabir, Taiz", "YE", 13.57825, 44.017666, 25),
       actor("المقاومة الشعبية", "أم الشهيد جميل", "Popular Resistance", "Yemeni government forces"),
       actor("مليشيات الحوثي وصالح", "الحوثي", "حوثيين", "Houthis", "Ansar Allah", "Saleh forces"), fatalities=6, optional=True),
]
C["ant-CN-internationalNews-75-20180307"] = []
C["snn-a534c6732719"] = []
C["snn-c9aeff4ff49e"] = []
C["snn-0854fd398a59"] = []
C["snn-e44bd60af2af"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Emergency Forces mosque, Abha (Asir)", "SA", 18.240883, 42.57006, 50),
       None, actor("قوات الطوارئ الخاصة", "الجنود", "Saudi Special Emergency Forces", "Military Forces of Saudi Arabia", "Police Forces of Saudi Arabia"),
       fatalities=[2, 99], optional=True),
    ev("suicide_bomb", ("2015-05-22", "2015-05-22"), loc("Al-Qudaih, Qatif", "SA", 26.56849, 49.98913, 25), None, actor("Civilians", "المصلين"), optional=True),
    ev("suicide_bomb", ("2015-05-29", "2015-05-29"), loc("Al-Anoud mosque, Dammam", "SA", 26.43, 50.10, 25), None, actor("Civilians", "المصلين"), optional=True),
    ev("attack", ("2014-11-03", "2014-11-03"), loc("Al-Dalwa, Al-Ahsa", "SA", 25.36, 49.67, 30), None, actor("Civilians", "المدنيين"), optional=True),
]
C["ant-SK-middleEast-1023-20180414"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("الولايات المتحدة وبريطانيا وفرنسا", "الولايات المتحدة", "بريطانيا", "فرنسا", "United States", "United Kingdom", "France", "Military Forces of the United States"),
       actor("الجيش السوري", "Military Forces of Syria", "Syrian government forces"), fatalities=0, optional=True),
    ev("disrupted_weapons_use", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("أنظمة الدفاع الجوي السوري", "الدفاع الجوي السوري", "Syrian air defense", "Military Forces of Syria"),
       actor("الولايات المتحدة", "United States", "United Kingdom", "France"), optional=True),
]
C["snn-4163b4d67ba6"] = []
TK = actor("القوات التركية", "الجيش التركي", "رتل تركي", "Military Forces of Turkey", "Turkish army", "Turkey")
C["ant-SK-middleEast-1667-20180514"] = [
    ev("headquarters_or_base_established", ("2018-05-12", "2018-05-14"), loc("North-east Idlib governorate", "SY", 35.93062, 36.63393, 100), TK, None),
    ev("headquarters_or_base_established", ("2018-05-14", "2018-05-14"), loc("Maydan Ghazal, Jabal Shahshabu", "SY", 35.70, 36.42, 30), TK, None, optional=True),
]
AQSA = loc("Al-Aqsa Mosque, East Jerusalem", "PS", 31.7761, 35.2358, 25)
PAL = actor("فلسطينيين", "مثيري شغب ملثمين", "المتظاهرين", "Palestinian rioters", "Rioters (Palestine)", "Palestinians")
ILP = actor("شرطة الاحتلال الاسرائيلي", "الشرطة الاسرائيلية", "الشرطة", "Police Forces of Israel", "Israeli police")
C["snn-ed605eb73a99"] = [
    ev("violent_demonstration", ("2015-07-25", "2015-07-26"), AQSA, PAL, ILP, injured=[2, 99]),
    ev("protest_with_intervention", ("2015-07-25", "2015-07-26"), AQSA, PAL, ILP, injured=[2, 99], optional=True),
    ev("arrests", ("2015-07-26", "2015-07-26"), AQSA, ILP, actor("ثلاثة فلسطينيين", "فلسطينيين", "Palestinians"), optional=True),
    ev("peaceful_protest", ("2015-07-24", "2015-07-24"), AQSA, actor("المصلين", "Protesters (Palestine)", "Palestinian protesters", "Palestinians"), None),
]
C["snn-20ced9d22900"] = [
    ev("air_drone_strike", ("2015-08-05", "2015-08-05"), loc("Syria", "SY", None, None),
       actor("طائرة أميركية من دون طيار", "United States", "Military Forces of the United States", "US-led coalition"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
]
C["ant-SK-internationalNews-1711-20180522"] = []
HOU = actor("ميليشيات الحوثي", "الحوثي", "الحوثيين", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-3849-20181013"] = [
    ev("air_drone_strike", ("2018-10-11", "2018-10-11"), loc("Ad Durayhimi district", "YE", 14.63702, 43.05505, 30),
       actor("طائرات التحالف العربي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU, fatalities=[3, 100]),
    ev("looting_property_destruction", ("2018-10-06", "2018-10-13"), loc("Al Hudaydah", "YE", 14.796625, 42.945213, 25), HOU,
       actor("Civilians", "النازحين"), optional=True),
]
C["ant-CN-middleEast-821-20180506"] = []
SAD = actor("قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "التحالف العربي", "Royal Saudi Air Defense", "Military Forces of Saudi Arabia", "Saudi-led coalition", "Arab Coalition")
HOU2 = actor("الميلشيات الحوثية", "ميليشيات الحوثي", "الميليشيا الحوثية", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-948-20180411"] = []
for nm, la, lo in (("Riyadh", 24.6877, 46.7219), ("Najran", 17.4924, 44.12766), ("Jazan", 16.88917, 42.55111)):
    C["ant-SK-middleEast-948-20180411"] += [
        ev("disrupted_weapons_use", ("2018-04-11", "2018-04-11"), loc(nm, "SA", la, lo, 25), SAD, HOU2, fatalities=0, injured=0),
        ev("shelling_artillery_missile_attack", ("2018-04-11", "2018-04-11"), loc(nm, "SA", la, lo, 25), HOU2, None, fatalities=0, injured=0, optional=True),
    ]
C["ant-SK-internationalNews-1568-20180514"] = [
    ev("arrests", ("2018-05-14", "2018-05-14"), loc("Ankara", "TR", 39.914365, 32.789539, 25),
       actor("السلطات التركية", "Police Forces of Turkey", "Government of Turkey", "Turkish authorities"),
       actor("ضباط", "جماعة الداعية فتح الله غولن", "Gulen movement", "FETO", "Military Forces of Turkey"), optional=True),
]
C["ant-SK-middleEast-2959-20180718"] = [
    ev("agreement", ("2018-07-15", "2018-07-17"), loc("South Sudan", "SS", None, None),
       actor("الحكومة", "سلفا كير", "Government of South Sudan", "Salva Kiir"),
       actor("المتمردون", "رياك مشار", "SPLM-IO", "Riek Machar", "South Sudanese rebels"), optional=True),
]
C["snn-bdc9eaf043d6"] = []
TAL = actor("طالبان", "حركة طالبان", "مسلحي الحركة", "Taliban")
C["snn-32f339f6c294"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-07"), loc("Central Kabul", "AF", 34.5553, 69.2075, 25),
       None, actor("Civilians", "المدنيين"), fatalities=15, injured=248),
    ev("suicide_bomb", ("2015-08-07", "2015-08-07"), loc("Police academy, Kabul", "AF", 34.5553, 69.2075, 25),
       TAL, actor("أكاديمية الشرطة", "الطلاب", "الشرطة", "Police Forces of Afghanistan", "Afghan police"), fatalities=26, injured=28),
    ev("armed_clash", ("2015-08-07", "2015-08-08"), loc("Camp Integrity, Kabul", "AF", 34.5553, 69.2075, 25),
       TAL, actor("القوات الخاصة الأمريكية", "القوة الدولية", "قوات التحالف التي يقودها حلف شمال الأطلسي", "Military Forces of the United States", "US special forces", "NATO", "Resolute Support"),
       fatalities=9),
    ev("remote_explosive_landmine_ied", ("2015-08-07", "2015-08-08"), loc("Camp Integrity, Kabul", "AF", 34.5553, 69.2075, 25),
       TAL, actor("القوات الخاصة الأمريكية", "القوة الدولية", "Military Forces of the United States", "US special forces", "NATO"),
       fatalities=9, optional=True),
]
C["ant-SK-middleEast-2476-20180619"] = [
    ev("other", ("2018-06-18", "2018-06-18"), loc("Manbij", "SY", 36.52815, 37.95495, 25),
       actor("القوات التركية", "الجيش التركي", "الجنود الأتراك", "Military Forces of Turkey", "Turkey"), None, optional=True),
]
C["snn-df1545247942"] = []
C["ant-SK-middleEast-1927-20180525"] = [
    ev("remote_explosive_landmine_ied", ("2018-05-24", "2018-05-24"), loc("Jamal Abdel Nasser Street, central Benghazi", "LY", 32.1167, 20.0667, 25),
       None, actor("Civilians", "مدنيون", "المدنيين"), fatalities=6, injured=20),
    ev("remote_explosive_landmine_ied", ("2018-01-01", "2018-05-17"), loc("Benghazi", "LY", 32.1167, 20.0667, 25),
       None, actor("Civilians", "المدنيين"), fatalities=35, optional=True),
]
C["ant-SK-sport-1222-20180518"] = []
C["ant-SK-middleEast-3796-20181009"] = []
C["snn-027f901fc4a5"] = []
C["ant-SK-middleEast-587-20180327"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-53.jsonl"))
