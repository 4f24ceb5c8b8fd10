import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write

C = {}
GAZA = lambda: loc("Gaza Strip (border fence)", "PS", 31.41, 34.38, 30)
ISR = lambda *x: actor("Israeli forces", "Israel Defense Forces", "IDF", "Israeli military", *x)

C["ant-SK-internationalNews-851-20180408"] = []
C["ant-CN-internationalNews-468-20180811"] = [
    ev("excessive_force_against_protesters", ("2018-08-10", "2018-08-10"), GAZA(),
       ISR("قوات إسرائيلية"), actor("Protesters", "Palestinian protesters", "فلسطينيين", "Palestinians"),
       fatalities=2),
    ev("protest_with_intervention", ("2018-08-10", "2018-08-10"), GAZA(),
       actor("Protesters", "Palestinian protesters", "فلسطينيين", "Palestinians"), ISR("قوات إسرائيلية"),
       fatalities=2, optional=True),
]
C["ant-SK-middleEast-1303-20180428"] = [
    ev("suicide_bomb", ("2018-04-28", "2018-04-28"), loc("Galkayo", "SO", 6.76972, 47.43083, 25),
       actor("Al-Shabaab", "حركة الشباب", "انتحاري", "al-Shabaab"),
       actor("Military Forces of Somalia", "Somali army", "عسكريين", "الجيش الاتحادي", "Somali National Army"),
       fatalities=4),
]
C["snn-29de2a2088b7"] = []
C["snn-046bafdfa9a4"] = []

C["ant-SK-economy-186-20180321"] = []
C["ant-SK-internationalNews-1072-20180421"] = []
C["snn-226f8c081cf4"] = [
    ev("armed_clash", ("2015-07-27", "2015-08-02"), loc("Sabir (Sabr), Lahij", "YE", 13.0025, 44.91167, 25),
       actor("Popular Resistance", "Southern Resistance", "المقاومة", "الجنوبيين"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثي", "الحوثيين", "اتباع صالح"),
       optional=True),
]
C["snn-0578ac52313e"] = []
C["ant-SK-middleEast-2605-20180627"] = [
    ev("armed_clash", ("2018-06-25", "2018-06-27"), loc("Al-Sohagiya area, Assiut governorate", "EG", 27.18, 31.18, 100),
       actor("Egyptian security forces", "Police Forces of Egypt", "قوة أمنية", "قوات الأمن المصرية", "الأمن الوطني", "الأمن المصري"),
       actor("Militants", "متشددين", "إرهابيين", "عناصر إرهابية", "الإرهابيين"),
       fatalities=4),
]

TRSEC = lambda *x: actor("Turkish security forces", "Military Forces of Turkey", "Police Forces of Turkey", *x)
C["snn-91b28b5664e9"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Silopi", "TR", 37.24972, 42.46944, 25),
       actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني", "عناصر حزب العمال الكردستاني"),
       TRSEC("عناصر الأمن", "قوات الأمن"), fatalities=4, injured=1),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Beytussebap", "TR", 37.56944, 43.16806, 25),
       None, TRSEC("مروحية عسكرية", "جندي", "Turkish army"), fatalities=1),
    ev("suicide_bomb", ("2015-08-10", "2015-08-10"), loc("Sultanbeyli, Istanbul", "TR", 40.96556, 29.27001, 25),
       None, TRSEC("مركز للشرطة", "شرطيين", "Turkish police"), fatalities=1, injured=10),
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Sariyer, Istanbul (US consulate)", "TR", 41.13, 29.04, 25),
       actor("DHKP-C", "Revolutionary People's Liberation Party-Front", "جبهة جيش تحرير الشعب الثوري", "امرأتان"),
       TRSEC("قوات الأمن", "حرس القنصلية", "الشرطة", "Turkish police"), fatalities=0, injured=1),
]
C["snn-3bcaff5eda9f"] = [
    ev("armed_clash", ("2015-07-24", "2015-07-29"), loc("Al-Qatif", "SA", 26.56542, 50.0089, 25),
       None, actor("Police Forces of Saudi Arabia", "Saudi police", "إحدى دوريات الأمن", "شرطة القطيف", "الجندي"),
       fatalities=1, optional=True),
    ev("attack", ("2015-07-24", "2015-07-29"), loc("Al-Qatif", "SA", 26.56542, 50.0089, 25),
       None, actor("Police Forces of Saudi Arabia", "Saudi police", "إحدى دوريات الأمن", "شرطة القطيف", "الجندي"),
       fatalities=1, optional=True),
]
C["snn-5062aa77a515"] = [
    ev("air_drone_strike", ("2015-07-24", "2015-07-25"), loc("Hamrin mountains villages north of Baqubah", "IQ", 34.2, 44.8, 50),
       actor("Iraqi army", "Military Forces of Iraq", "Iraqi Army Aviation", "طيران الجيش العراقي"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "عناصر تنظيم داعش"), fatalities=13),
    ev("remote_explosive_landmine_ied", ("2015-07-24", "2015-07-26"), loc("Al-Abbarah", "IQ", 33.81443, 44.65792, 25),
       None, actor("Civilians", "مدنيين", "المدنيين", "عراقيا")),
    ev("remote_explosive_landmine_ied", ("2015-07-24", "2015-07-26"), loc("Baqubah (Yarmouk and Amlak)", "IQ", 33.7466, 44.64366, 25),
       None, actor("Civilians", "مدنيين", "المدنيين", "عراقيا")),
]
C["snn-e53ecff0582a"] = [
    ev("air_drone_strike", ("2015-05-15", "2015-05-31"), loc("Dhamar", "YE", 14.54274, 44.40514, 25),
       actor("Saudi-led coalition", "Arab Coalition", "طيران التحالف"),
       actor("Houthis", "Ansar Allah", "المسلحين الحوثيين", "الحوثيين", "الصحافيان"), fatalities=2, optional=True),
]
C["ant-SK-middleEast-2294-20180610"] = [
    ev("looting_property_destruction", ("2018-06-10", "2018-06-10"), loc("Rusafa, Baghdad", "IQ", 33.33, 44.42, 25),
       None, None, optional=True),
]

C["snn-d8854be8de34"] = []
C["snn-56f4b716ffa0"] = []
C["snn-b943337c6101"] = []
TAL = lambda: actor("Taliban", "طالبان", "مقاتلي طالبان", "مسلحي طالبان")
AFG = lambda: actor("Military Forces of Afghanistan", "Afghan army", "الجيش الأفغاني", "القوات الأمنية")
C["snn-be3978409234"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-01", "2015-08-03"), loc("Faryab province", "AF", 35.92, 64.78, 100),
       TAL(), AFG(), optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-07-01", "2015-08-03"), loc("Kunduz province", "AF", 36.73, 68.86, 100),
       TAL(), AFG(), optional=True),
]
C["ant-SK-middleEast-2221-20180607"] = [
    ev("remote_explosive_landmine_ied", ("2018-06-06", "2018-06-07"), loc("Sadr City, Baghdad", "IQ", 33.3889, 44.4583, 25),
       None, actor("Civilians", "المدنيين"), fatalities=18, injured=90, optional=True),
]

C["ant-SK-internationalNews-931-20180413"] = []
C["ant-SK-internationalNews-2186-20180617"] = [
    ev("suicide_bomb", ("2018-06-17", "2018-06-17"), loc("Jalalabad (Nangarhar governor's office)", "AF", 34.434, 70.447, 50),
       None, actor("Civilians", "المدنيين"), fatalities=14, injured=45),
    ev("suicide_bomb", ("2018-06-16", "2018-06-16"), loc("Nangarhar province", "AF", 34.434, 70.447, 100),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "Islamic State Khorasan", "انتحاري ينتمي لتنظيم داعش"),
       actor("Civilians", "مدنيين", "طالبان", "Taliban", "قوات الأمن", "Afghan security forces"), fatalities=30),
]
C["snn-abbd2059fdf2"] = [
    ev("protest_with_intervention", ("2015-07-30", "2015-07-30"), loc("Nouakchott", "MR", 18.08581, -15.9785, 25),
       actor("Protesters", "IRA Mauritania", "Initiative for the Resurgence of the Abolitionist Movement", "إيرا", "الحركة الانعتاقية", "الناشطين الحقوقيين", "المتظاهرين", "أنصار الحركة"),
       actor("Police Forces of Mauritania", "Mauritanian police", "الشرطة الموريتانية", "وحدات من مكافحة الشغب", "الشرطة")),
]
C["snn-f4d516fb3d9a"] = []
C["ant-SK-middleEast-593-20180327"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-25", "2018-03-27"), loc("Mayfa'a district, Shabwa", "YE", 14.366, 47.682, 40),
       actor("AQAP", "Al-Qaeda in the Arabian Peninsula", "تنظيم القاعدة", "مسلحو تنظيم القاعدة"),
       actor("Shabwani Elite Forces", "قوات النخبة الشبوانية", "جنديين", "جنديان"), fatalities=2),
]

C["snn-9eb88d80e8bd"] = []
EGSEC = lambda *x: actor("Police Forces of Egypt", "Egyptian security forces", "قوة الأمن المصرية", *x)
C["snn-f47284be83f7"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-10", "2015-08-10"), loc("Heliopolis (court square), Cairo", "EG", 30.091295, 31.324337, 25),
       None, EGSEC("ضابطين ومجند"), injured=3),
    ev("disrupted_weapons_use", ("2015-08-10", "2015-08-10"), loc("Heliopolis (court square), Cairo", "EG", 30.091295, 31.324337, 25),
       EGSEC("خبراء المفرقعات"), None),
]
HOU = lambda: actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الميليشيات الإيرانية", "الميليشيات", "المتمردون")
C["ant-SK-middleEast-2746-20180704"] = [
    ev("arrests", ("2018-06-27", "2018-07-04"), loc("Taiz (checkpoints; detained in Al-Saleh city, Hawban)", "YE", 13.6, 44.1, 50),
       HOU(), actor("Civilians", "المسافرين", "العمال والموظفين"), optional=True),
    ev("abduction_forced_disappearance", ("2018-06-27", "2018-07-04"), loc("Taiz (checkpoints; detained in Al-Saleh city, Hawban)", "YE", 13.6, 44.1, 50),
       HOU(), actor("Civilians", "المسافرين", "العمال والموظفين"), optional=True),
]
C["snn-e6eca3892a62"] = []
C["snn-0d022a3f7726"] = []

IS = lambda *x: actor("Islamic State", "ISIS", "Daesh", "داعش", "التنظيم الإرهابي", "التنظيم", *x)
SWD = lambda: loc("As-Suwayda city", "SY", 32.70896, 36.56951, 25)
SWE = lambda: loc("Eastern Suwayda countryside villages", "SY", 32.75, 36.8, 40)
C["ant-SK-middleEast-3180-20180730"] = [
    ev("abduction_forced_disappearance", ("2018-07-25", "2018-07-25"), loc("Al-Shabki village, eastern Suwayda countryside", "SY", 32.72, 36.82, 30),
       IS(), actor("Civilians", "مدنيا", "النساء والأطفال", "سيدة وطفلا")),
    ev("suicide_bomb", ("2018-07-25", "2018-07-25"), SWD(),
       IS("أربعة انتحاريين داعشيين"), actor("Civilians", "المدنيين")),
    ev("suicide_bomb", ("2018-07-25", "2018-07-25"), SWE(),
       IS(), actor("Civilians", "المدنيين"), optional=True),
    ev("attack", ("2018-07-25", "2018-07-25"), SWE(),
       IS("أفراد داعش"), actor("Civilians", "ساكنوها", "السكان"), optional=True),
    ev("armed_clash", ("2018-07-25", "2018-07-25"), SWE(),
       IS(), actor("Syrian government forces", "Military Forces of Syria", "قوات النظام السوري"), optional=True),
]
C["snn-85a9e0e39583"] = []
C["ant-SK-middleEast-1599-20180511"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-10", "2018-05-10"), loc("Israeli-held Golan Heights", "SY", 33.0, 35.75, 30),
       actor("Iran", "Islamic Revolutionary Guard Corps", "IRGC", "Quds Force", "إيران", "ميليشياتها", "Iranian-backed militias", "الحرس الثوري"),
       actor("Israel", "Israeli military", "IDF", "تمركزات إسرائيلية", "مراكز رادار إسرائيلية")),
    ev("air_drone_strike", ("2018-05-10", "2018-05-10"), loc("Syria", "SY", None, None),
       actor("Israel", "Israeli military", "IDF", "إسرائيل", "مقاتلة إسرائيلية"),
       actor("Islamic Revolutionary Guard Corps", "IRGC", "Quds Force", "Iran", "القواعد الإيرانية", "الحرس الثوري", "فيلق القدس"), optional=True),
]
C["ant-SK-middleEast-1306-20180428"] = [
    ev("abduction_forced_disappearance", ("2015-12-01", "2015-12-31"), loc("Iraq", "IQ", None, None),
       actor("Kataib Hezbollah", "كتائب حزب الله", "الميليشيات"), actor("Qatari nationals", "قطريا", "أفراد من الأسرة الحاكمة", "مواطنيها"), optional=True),
]
C["snn-4e51c83436f0"] = []

JAD = lambda: actor("Jamaah Ansharut Daulah", "JAD", "جماعة أنصار الدولة", "Islamic State", "داعش", "مفجرون انتحاريون")
CHR = lambda: actor("Civilians", "Christians", "كنائس", "المدنيين")
C["ant-SK-internationalNews-1547-20180513"] = [
    ev("suicide_bomb", ("2018-05-13", "2018-05-13"), loc("Surabaya", "ID", -7.2575, 112.7521, 50),
       JAD(), CHR(), fatalities=[0, 6], injured=[0, 35]),
    ev("remote_explosive_landmine_ied", ("2018-05-13", "2018-05-13"), loc("Surabaya", "ID", -7.2575, 112.7521, 50),
       JAD(), CHR(), fatalities=[0, 6], injured=[0, 35], optional=True),
    ev("armed_clash", ("2018-05-08", "2018-05-10"), loc("Prison near Jakarta (Depok)", "ID", -6.4, 106.82, 50),
       actor("Militants", "متشددون", "Islamist prisoners"), actor("Police Forces of Indonesia", "Indonesian police"), optional=True),
]
C["ant-SK-internationalNews-2821-20180724"] = []
C["snn-c152a9ef21f2"] = []
C["ant-SK-middleEast-48-20180225"] = []
C["ant-CN-middleEast-31-20180219"] = []

C["ant-SK-internationalNews-1337-20180503"] = [
    ev("suicide_bomb", ("2018-04-27", "2018-05-03"), loc("Kabul", "AF", 34.53, 69.17, 25),
       None, actor("Civilians", "صحفيين", "Journalists"), fatalities=30, optional=True),
    ev("remote_explosive_landmine_ied", ("2018-04-27", "2018-05-03"), loc("Kabul", "AF", 34.53, 69.17, 25),
       None, actor("Civilians", "صحفيين", "Journalists"), fatalities=30, optional=True),
]
C["snn-afc080932ab9"] = []
EGA = lambda: actor("Egyptian army", "Military Forces of Egypt", "الجيش المصري", "عناصر الجيش")
C["ant-CN-middleEast-454-20180402"] = [
    ev("armed_clash", ("2018-03-25", "2018-04-01"), loc("North Sinai", "EG", 31.137657, 33.811283, 100),
       EGA(), actor("Militants", "Wilayat Sinai", "العناصر التكفيرية", "تكفيريين"), fatalities=7, injured=2, optional=True),
    ev("arrests", ("2018-03-25", "2018-04-01"), loc("North Sinai", "EG", 31.137657, 33.811283, 100),
       EGA(), actor("Militants", "العناصر الإجرامية", "المطلوبين", "المشتبه بهم"), optional=True),
    ev("looting_property_destruction", ("2018-03-25", "2018-04-01"), loc("Rafah (Egypt)", "EG", 31.28778, 34.23694, 25),
       EGA(), None, optional=True),
]
C["snn-fee64be1d763"] = []
C["ant-SK-internationalNews-272-20180312"] = []

C["ant-SK-technology-123-20180301"] = []
C["snn-18fcb6e8a5fc"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Abha (Asir Emergency Forces mosque)", "SA", 18.2164, 42.5053, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), actor("Saudi Special Emergency Forces", "Police Forces of Saudi Arabia"),
       optional=True),
]
C["snn-96a5883f0e07"] = [
    ev("attack", ("2015-07-06", "2015-07-21"), loc("Raqqa", "SY", 35.95283, 39.00788, 25),
       IS("مقاتليه", "مجموعة من داعش"),
       actor("Civilians", "Raqqa is Being Slaughtered Silently", "RBSS", "ناشطين", "نشطاء موقع الرقة تذبح بصمت", "الرقة تذبح بصمت", "Activists"),
       fatalities=2),
]
C["ant-SK-middleEast-3631-20180911"] = [
    ev("armed_clash", ("2018-09-10", "2018-09-11"), loc("Tulul al-Safa, Suwayda desert", "SY", 33.2, 37.0, 40),
       IS("مسلحو تنظيم داعش", "تنظيم داعش الإرهابي", "مسلحي التنظيم"),
       actor("Syrian government forces", "Military Forces of Syria", "قوات النظام السوري", "قوات النظام", "الميليشيات الموالية له", "المسلحين الموالين لها", "Pro-government militias"),
       fatalities=29, injured=[10, 99]),
]
C["ant-SK-internationalNews-2415-20180701"] = []

C["ant-SK-internationalNews-1374-20180505"] = []
C["ant-SK-economy-470-20180503"] = []
C["ant-SK-internationalNews-288-20180311"] = [
    ev("attack", ("2018-03-11", "2018-03-11"), loc("Lahore (Jamia Naeemia)", "PK", 31.55, 74.34, 25),
       actor("طالبان سابقان", "الرجلين", "المهاجمين"), actor("Nawaz Sharif", "نواز شريف", "PML-N", "Civilians"),
       fatalities=0, optional=True),
]
C["snn-879eb2d57697"] = []
C["ant-CN-internationalNews-392-20180525"] = [
    ev("remote_explosive_landmine_ied", ("2018-05-24", "2018-05-24"), loc("Benghazi (city centre)", "LY", 32.108301, 20.147777, 25),
       None, actor("Civilians", "المدنيين"), fatalities=7, injured=20),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-25.jsonl"))
