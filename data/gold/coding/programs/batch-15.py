import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- group 1
C["snn-79a6bafcd920"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-24"),
       loc("Ahad al-Masarihah (Qanbura village)", "SA", 16.70985, 42.955, 30),
       None, actor("Civilians", "المدنيين", "وافد من الجنسية اليمنية", "عامل يمني", "مقيم"),
       fatalities=1),
    ev("shelling_artillery_missile_attack", ("2015-07-24", "2015-07-25"),
       loc("Najran", "SA", 17.49326, 44.12766, 25),
       None, actor("Civilians", "المدنيين", "مقيم يمني", "أحد المقيمين"),
       fatalities=None, injured=1),
]
C["ant-SK-internationalNews-1610-20180517"] = []
IQF = ("Iraqi security forces", "Iraqi Counter-Terrorism Service", "CTS", "Iraqi army",
       "قوات جهاز مكافحة الإرهاب", "جهاز مكافحة الإرهاب", "القوات العراقية", "القوات الأمنية", "القوات الحكومية",
       "القطعات العسكرية", "الجيش العراقي")
ISF = ("Islamic State", "ISIS", "ISIL", "Daesh", "تنظيم داعش", "داعش", "التنظيم المتطرف", "مسلحي تنظيم داعش", "عصابات داعش")
RAM = loc("Ramadi", "IQ", 33.42056, 43.30778, 25)
C["snn-fbab7e1d5fb0"] = [
    ev("government_regains_territory", ("2015-07-26", "2015-07-26"), RAM,
       actor(*IQF), actor(*ISF), fatalities=29, injured=15),
    ev("armed_clash", ("2015-07-26", "2015-07-26"), RAM,
       actor(*IQF), actor(*ISF), fatalities=29, injured=15, optional=True),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), RAM,
       actor(*IQF), actor(*ISF), fatalities=20),
    ev("air_drone_strike", ("2015-07-26", "2015-07-26"), RAM,
       actor("US-led coalition", "International Coalition", "طيران التحالف الذي تقوده الولايات المتحدة", "طيران التحالف", "الائتلاف الدولي"),
       actor(*ISF), optional=True),
    ev("armed_clash", ("2015-07-25", "2015-07-27"), loc("Jazirat al-Khalidiya / Sijariya / Juwaiba (NE Ramadi)", "IQ", 33.45, 43.40, 30),
       actor(*IQF, "مقاتلي العشائر"), actor(*ISF, "المسلحين"), optional=True),
    ev("government_regains_territory", ("2015-07-25", "2015-07-27"), RAM,
       actor(*IQF), actor(*ISF, "المسلحين"), optional=True),
]
C["ant-SK-middleEast-881-20180409"] = [
    ev("shelling_artillery_missile_attack", ("2018-04-09", "2018-04-09"),
       loc("T4 (Tiyas) airbase, Homs", "SY", 34.52, 37.63, 25),
       actor("Israel", "Israeli military", "Israeli Air Force", "إسرائيل"),
       actor("Iranian military", "Iran", "IRGC", "إيرانيين", "عسكرييها", "Syrian government forces"),
       fatalities=14),
    ev("air_drone_strike", ("2018-04-09", "2018-04-09"),
       loc("T4 (Tiyas) airbase, Homs", "SY", 34.52, 37.63, 25),
       actor("Israel", "Israeli military", "Israeli Air Force", "إسرائيل"),
       actor("Iranian military", "Iran", "IRGC", "إيرانيين", "عسكرييها", "Syrian government forces"),
       fatalities=14, optional=True),
]
C["snn-449655947248"] = []

# --- group 2
C["snn-ae05fb722bfa"] = []
LNA = ("Libyan National Army", "LNA", "Haftar forces", "الجيش الليبي", "قوات الجيش الليبي", "الجيش الوطني الليبي", "القوات")
DRN = ("Derna Mujahideen Shura Council", "Derna Protection Force", "Islamist militants", "المتطرفين", "التنظيمات الإرهابي",
       "الإرهابيين", "الجماعات المتشددة")
DERNA = loc("Derna", "LY", 32.76704, 22.63669, 25)
C["ant-SK-middleEast-1777-20180517"] = [
    ev("armed_clash", ("2018-05-15", "2018-05-17"), DERNA, actor(*LNA), actor(*DRN)),
    ev("government_regains_territory", ("2018-05-15", "2018-05-17"), DERNA, actor(*LNA), actor(*DRN), optional=True),
    ev("air_drone_strike", ("2018-05-15", "2018-05-17"), DERNA, actor(*LNA), actor(*DRN)),
    ev("arrests", ("2018-05-15", "2018-05-17"), DERNA, actor(*LNA), actor(*DRN, "الإرهابيين الأجانب"), optional=True),
]
C["ant-SK-internationalNews-437-20180318"] = []
C["snn-2dce55b8f983"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Almar, Faryab", "AF", 35.846, 64.533, 50),
       None, actor("Civilians", "المدنيين", "نساء وأطفال", "Afghan National Army", "جندي أفغاني", "عربة عسكرية مدرعة"),
       fatalities=15, injured=38),
]
C["snn-52da451d5976"] = []

# --- group 3
RES = ("Popular Resistance", "Popular Committees", "pro-Hadi forces", "Yemeni government forces",
       "اللجان الشعبية", "المقاومة الشعبية", "المقاومة", "القوات الموالية للرئيس الشرعي لليمن عبدربه منصور هادي")
HOU = ("Houthis", "Ansar Allah", "Saleh forces", "المسلحين الحوثيين", "ميليشيا الحوثي والمخلوع صالح", "ميليشيا الحوثي", "الحوثيين")
C["snn-9e1803926c6b"] = [
    ev("government_regains_territory", ("2015-08-03", "2015-08-06"), loc("Al-Anad airbase, Lahij", "YE", 13.17, 44.77, 50),
       actor(*RES), actor(*HOU)),
    ev("government_regains_territory", ("2015-08-03", "2015-08-06"), loc("Al-Houta (Lahij city)", "YE", 13.05667, 44.88194, 25),
       actor(*RES), actor(*HOU)),
    ev("armed_clash", ("2015-08-03", "2015-08-06"), loc("Al-Houta (Lahij city)", "YE", 13.05667, 44.88194, 25),
       actor(*RES), actor(*HOU), optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-08-03", "2015-08-06"), loc("Al-Houta (Lahij city)", "YE", 13.05667, 44.88194, 25),
       actor(*RES), actor(*HOU), optional=True),
]
C["ant-SK-internationalNews-3193-20180910"] = []
C["ant-SK-middleEast-2431-20180617"] = []
C["snn-acf6b42e8d5e"] = [
    ev("abduction_forced_disappearance", ("2015-07-28", "2015-08-04"), loc("northern Syria", "SY", None, None),
       actor("Al-Nusra Front", "Jabhat al-Nusra", "مقاتلي جبهة النصرة", "جبهة النصرة"),
       actor("US-trained Syrian rebels", "Division 30", "مقاتلين من المعارضة دربهم الجيش الاميركي"), optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-08-06"), loc("northern Syria", "SY", None, None),
       actor("Turkish military", "Turkey", "تركيا"), actor("Islamic State", "ISIS", "Daesh", "مقاتلي داعش", "داعش"), optional=True),
    ev("air_drone_strike", ("2015-07-23", "2015-08-06"), loc("northern Iraq", "IQ", None, None),
       actor("Turkish military", "Turkey", "تركيا"), actor("PKK", "Kurdistan Workers' Party", "حزب العمال الكردستاني"), optional=True),
]
C["snn-13df9bee82dc"] = [
    ev("attack", ("2015-07-31", "2015-07-31"), loc("West Bank", "PS", None, None),
       actor("Israeli settlers", "Jewish extremists", "متطرفون يهود"), actor("Civilians", "Palestinian civilians", "رضيع فلسطيني"),
       fatalities=1, optional=True),
]

# --- group 4
C["snn-1c46b02feb55"] = []
C["snn-e0991fbdbb6f"] = []
C["ant-SK-internationalNews-236-20180309"] = []
VIR = loc("Virunga National Park, North Kivu", "CD", -0.9, 29.5, 120)
GUN = actor("Unidentified armed group", "Unknown gunmen", "مسلحون مجهولون")
VIC = actor("Civilians", "British tourists", "park ranger", "سائحان بريطانيان", "حارس", "السائحين")
C["ant-SK-internationalNews-1527-20180512"] = [
    ev("abduction_forced_disappearance", ("2018-05-11", "2018-05-11"), VIR, GUN, VIC, fatalities=1),
    ev("attack", ("2018-05-11", "2018-05-11"), VIR, GUN, VIC, fatalities=1, optional=True),
]
C["snn-af39419232e3"] = []

# --- group 5
C["ant-CN-internationalNews-539-20180903"] = [
    ev("air_drone_strike", ("2018-08-25", "2018-08-25"), loc("Nangarhar province (eastern part)", "AF", 34.43, 70.45, 100),
       actor("Afghan National Security Forces", "US-led coalition", "US forces", "القوات الأفغانية وقوات التحالف", "القوات الأفغانية", "قوات التحالف", "القوات الأمريكية"),
       actor("Islamic State Khorasan", "Islamic State", "ISIS", "ISIS-K", "Daesh", "تنظيم داعش", "داعش"),
       fatalities=11),
    ev("attack", ("2018-08-31", "2018-08-31"), loc("Amsterdam Central Station", "NL", 52.379, 4.900, 25),
       actor("جواد س", "Afghan national"), actor("Civilians"), optional=True),
]
PROT = ("Protesters (Iraq)", "Protesters", "متظاهرون", "المتظاهرين", "الآلاف من العراقيين", "الأهالي", "الحراك الشعبي")
C["snn-656ec654cb22"] = [
    ev("peaceful_protest", ("2015-08-06", "2015-08-08"), loc("Basra", "IQ", 30.53302, 47.79747, 25), actor(*PROT), None),
    ev("peaceful_protest", ("2015-08-06", "2015-08-08"), loc("Nasiriyah (Habboubi square)", "IQ", 31.045582, 46.2544, 25), actor(*PROT), None),
    ev("peaceful_protest", ("2015-08-06", "2015-08-08"), loc("central and southern Iraq (9 provinces)", "IQ", None, None), actor(*PROT), None, optional=True),
    ev("excessive_force_against_protesters", ("2015-07-10", "2015-08-06"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Iraqi security forces", "الأجهزة الأمنية"), actor("Protesters", "المتظاهر منتظر الحلفي"), fatalities=1, optional=True),
]
C["snn-3e293405b782"] = []
C["ant-SK-middleEast-2466-20180619"] = []
C["snn-1b4b50efcb74"] = []

# --- group 6
BAS = loc("Basra", "IQ", 30.53302, 47.79747, 25)
RIOT = ("Rioters (Iraq)", "Protesters (Iraq)", "Protesters", "متظاهرون", "المتظاهرون الغاضبون", "المتظاهرين", "المحتجين")
C["ant-SK-middleEast-3570-20180908"] = [
    ev("violent_demonstration", ("2018-09-07", "2018-09-07"), BAS, actor(*RIOT),
       actor("Government of Iran", "Iranian consulate", "القنصلية الإيرانية")),
    ev("attack", ("2018-09-07", "2018-09-07"), BAS,
       actor("Pro-Iranian militias", "Popular Mobilization Forces", "ميليشيات موالية لها"),
       actor("Protesters", "Civilians", "المحتجين السلميين")),
    ev("excessive_force_against_protesters", ("2018-09-07", "2018-09-07"), BAS,
       actor("Pro-Iranian militias", "Popular Mobilization Forces", "ميليشيات موالية لها"),
       actor("Protesters", "Civilians", "المحتجين السلميين"), optional=True),
    ev("violent_demonstration", ("2018-09-05", "2018-09-08"), BAS, actor(*RIOT),
       actor("Popular Mobilization Forces", "ميليشيات الحشد الشعبي", "Al-Bashaer movement", "البشائر"), optional=True),
    ev("excessive_force_against_protesters", ("2018-09-01", "2018-09-07"), BAS,
       actor("Iraqi security forces", "القوات الأمنية"), actor("Protesters", "Civilians", "المدنيين"), optional=True),
]
C["ant-SK-middleEast-1069-20180415"] = []
C["snn-a44514b7e40a"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-05", "2015-08-05"), loc("Shi'b al-Dhib, al-Tuwal (Jazan)", "SA", 16.52942, 42.96762, 25),
       None, actor("Saudi Arabian military", "Saudi army", "الشهيد جندي أول يحيى متعب الشاجري", "اللواء الـ 11"), fatalities=1),
]
C["snn-6831dc843692"] = []
TNF = ("Tunisian National Guard", "Tunisian security forces", "فرقة الأبحاث والتفتيش", "الحرس التونسي", "الحرس الوطني", "وزارة الداخلية التونسية")
C["snn-54c274d61b17"] = [
    ev("arrests", ("2015-08-02", "2015-08-04"), loc("Le Kef (Jebel Ouargha area)", "TN", 36.17424, 8.70486, 50),
       actor(*TNF), actor("عنصر إرهابي خطير", "Islamist militants", "المجموعات الإرهابية")),
    ev("armed_clash", ("2015-08-02", "2015-08-04"), loc("Jebel Ouargha, Le Kef", "TN", 36.17424, 8.70486, 50),
       actor("Tunisian military", "Tunisian National Guard", "الجيش والحرس الوطنيين", "الوحدات الأمنية والعسكرية"),
       actor("Islamist militants", "الإرهابيين", "المجموعات الإرهابية"), optional=True),
    ev("arrests", ("2015-08-02", "2015-08-04"), loc("Mnihla", "TN", 36.84774, 10.11083, 25),
       actor(*TNF), actor("ستة أشخاص", "Islamist militants", "العناصر الإرهابية")),
    ev("arrests", ("2015-08-01", "2015-08-01"), loc("Ras Jedir border crossing", "TN", 33.1485, 11.56755, 25),
       actor("Tunisian security forces", "السلطات الأمنية التونسية", "Libyan authorities", "جهات رسمية ليبية"),
       actor("8 مطلوبين", "Islamist militants"), optional=True),
]

# --- group 7
C["snn-e7984ecec42a"] = []
EGA = ("Egyptian military", "Egyptian army", "Egyptian security forces", "الجيش المصري", "قوات الأمن المصرية", "القوات الأمنية", "مروحيات الأباتشي")
ABM = ("Ansar Beit al-Maqdis", "Wilayat Sinai", "Islamic State Sinai Province", "جماعة أنصار بيت المقدس", "أنصار بيت المقدس", "عناصر تكفيرية", "تكفيريين")
SZ = loc("South of Sheikh Zuweid", "EG", 31.2163, 34.11074, 25)
C["snn-a6f95d8aa195"] = [
    ev("air_drone_strike", ("2015-08-05", "2015-08-05"), SZ, actor(*EGA), actor(*ABM), fatalities=8),
    ev("arrests", ("2015-08-04", "2015-08-06"), loc("South of Arish", "EG", 31.13159, 33.79844, 25),
       actor(*EGA), actor("23 عنصرا جنائيا وتكفيريا", *ABM)),
    ev("disrupted_weapons_use", ("2015-08-04", "2015-08-06"), loc("al-Joura, south of Sheikh Zuweid", "EG", 31.18, 34.12, 25),
       actor(*EGA), actor(*ABM)),
    ev("disrupted_weapons_use", ("2015-08-04", "2015-08-06"), loc("al-Jaradat, south of Sheikh Zuweid", "EG", 31.18, 34.12, 25),
       actor(*EGA), actor(*ABM), optional=True),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Abu Hammad, Sharqia", "EG", 30.53766, 31.67875, 25),
       actor("Unidentified armed group", "مجهولين"), actor("Egyptian police", "Police Forces of Egypt", "أمين شرطة"), fatalities=1, optional=True),
    ev("attack", ("2015-08-04", "2015-08-06"), loc("Abu Hammad, Sharqia", "EG", 30.53766, 31.67875, 25),
       actor("Unidentified armed group", "مجهولين"), actor("Egyptian police", "Police Forces of Egypt", "أمين شرطة"), fatalities=1, optional=True),
]
C["snn-3edeedab3fcc"] = []
C["snn-84bcda82ced9"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Special Emergency Forces HQ mosque, Abha (Asir)", "SA", 18.230088, 42.500134, 100),
       actor("يوسف بن سليمان عبدالله السليمان", "شخص انتحاري", "suicide bomber"),
       actor("Saudi Special Emergency Forces", "Saudi security forces", "قوة الطوارئ الخاصة", "منسوبي قوة الطوارئ الخاصة", "رجال الأمن", "المصلين"),
       fatalities=15, injured=33),
]
C["ant-SK-middleEast-487-20180323"] = [
    ev("air_drone_strike", ("2018-03-22", "2018-03-23"), loc("Arbin, Eastern Ghouta", "SY", 33.53719, 36.36635, 25),
       None, actor("Civilians", "المدنيين", "العشرات من المدنيين"), fatalities=[37, 45]),
    ev("shelling_artillery_missile_attack", ("2018-03-22", "2018-03-23"), loc("Arbin, Eastern Ghouta", "SY", 33.53719, 36.36635, 25),
       None, actor("Civilians", "المدنيين", "العشرات من المدنيين"), fatalities=[37, 45], optional=True),
    ev("agreement", ("2018-03-22", "2018-03-23"), loc("Eastern Ghouta central sector (Arbin, Zamalka, Ain Tarma, Jobar)", "SY", 33.53719, 36.36635, 25),
       actor("Faylaq al-Rahman", "فيلق الرحمن", "الجيش الحر", "Free Syrian Army"),
       actor("Russian forces", "Russia", "القوات الروسية", "الجانب الروسي")),
    ev("non_violent_transfer_of_territory", ("2018-03-22", "2018-03-22"), loc("Harasta", "SY", 33.55869, 36.36515, 25),
       actor("Ahrar al-Sham", "حركة أحرار الشام", "أحرار الشام", "مسلحو حركة أحرار الشام"),
       actor("Syrian government", "Syrian government forces", "الحكومة")),
    ev("agreement", ("2018-03-17", "2018-03-22"), loc("Harasta", "SY", 33.55869, 36.36515, 25),
       actor("Ahrar al-Sham", "حركة أحرار الشام", "أحرار الشام"),
       actor("Syrian government", "الحكومة"), optional=True),
]

# --- group 8
C["ant-SK-internationalNews-2338-20180627"] = [
    ev("arrests", ("2017-04-01", "2017-04-30"), loc("London (Whitehall)", "GB", 51.5034, -0.1276, 25),
       actor("Metropolitan Police", "UK police", "الشرطة المسلحة"), actor("خالد علي", "Khalid Ali", "Taliban"), optional=True),
]
C["snn-b53658449196"] = []
C["ant-SK-internationalNews-2642-20180714"] = [
    ev("agreement", ("2018-07-08", "2018-07-10"), loc("Asmara", "ER", 15.33805, 38.93184, 25),
       actor("Government of Ethiopia", "Ethiopia", "أبي أحمد", "إثيوبيا"), actor("Government of Eritrea", "Eritrea", "إسياس أفورقي", "إريتريا"), optional=True),
    ev("grenade", ("2018-06-01", "2018-06-30"), loc("Addis Ababa", "ET", 9.02497, 38.74689, 25),
       None, actor("Abiy Ahmed", "أبي"), optional=True),
]
C["snn-7136b978694f"] = [
    ev("government_regains_territory", ("2015-07-25", "2015-08-02"), loc("Mashra'a wa Hadnan district, Taiz", "YE", 13.537006, 43.997137, 25),
       actor("Popular Resistance", "pro-Hadi forces", "مقاتلي المقاومة الشعبية", "المقاومة الشعبية", "الثوار"),
       actor("Houthis", "Ansar Allah", "Saleh forces", "المتمردين", "المتمردين الحوثيين", "الانقلابيين", "الحوثيين"),
       fatalities=[75, 85], injured=90),
    ev("armed_clash", ("2015-07-25", "2015-08-02"), loc("Mashra'a wa Hadnan district, Taiz", "YE", 13.537006, 43.997137, 25),
       actor("Popular Resistance", "pro-Hadi forces", "مقاتلي المقاومة الشعبية", "المقاومة الشعبية", "الثوار"),
       actor("Houthis", "Ansar Allah", "Saleh forces", "المتمردين", "المتمردين الحوثيين", "الانقلابيين", "الحوثيين"),
       fatalities=[75, 85], injured=90, optional=True),
    ev("other", ("2015-07-27", "2015-08-03"), loc("Taiz", "YE", 13.57825, 44.017666, 25),
       actor("Saudi-led coalition", "Arab Coalition", "دول التحالف العربي", "التحالف"), actor("Popular Resistance", "المقاومة الشعبية", "الثوار"), optional=True),
]
C["snn-8cec9e351969"] = []

# --- group 9
GDP = loc("Gurdaspur (Dinanagar police station), Punjab", "IN", 32.10, 75.45, 30)
GM = actor("Unidentified armed group", "Militants", "مسلحون", "المهاجمين")
C["snn-04447abac900"] = [
    ev("armed_clash", ("2015-07-27", "2015-07-27"), GDP, GM,
       actor("Punjab Police", "Police Forces of India", "الشرطة", "مركز للشرطة", "شرطيان"), fatalities=5, injured=7),
    ev("attack", ("2015-07-27", "2015-07-27"), GDP, GM,
       actor("Civilians", "مدنيين", "حافلة"), optional=True),
    ev("disrupted_weapons_use", ("2015-07-27", "2015-07-27"), GDP, None, None, optional=True),
    ev("suicide_bomb", ("2014-11-01", "2014-11-30"), loc("Wagah border crossing", "PK", 31.605, 74.573, 25),
       None, actor("Civilians"), fatalities=55, optional=True),
]
C["snn-5f98866269ff"] = []
C["snn-44c483a2c183"] = []
C["snn-b4710a3e0ed9"] = []
C["snn-6533a727f813"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-15.jsonl"))
