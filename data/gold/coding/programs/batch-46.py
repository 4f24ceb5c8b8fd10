import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# ---- group 1
C["snn-3f8a6dcacbc4"] = []

EGY = actor("القوات المسلحة المصرية", "الجيش المصري", "القوات", "Egyptian Armed Forces", "Egyptian army", "Military Forces of Egypt")
EGYAIR = actor("القوات الجوية", "القوات المسلحة المصرية", "الجيش المصري", "Egyptian Air Force", "Egyptian Armed Forces", "Egyptian army")
SIN_MIL = actor("العناصر الإرهابية", "العناصر التكفيرية المسلحة", "عنصرا إرهابيا", "Militants", "Islamic State", "Wilayat Sinai")
NSINAI = loc("North Sinai (Sinai)", "EG", 31.13, 33.80, 100)
d = ("2018-02-27", "2018-03-01")
C["ant-CN-middleEast-140-20180301"] = [
    ev("armed_clash", d, NSINAI, EGY, SIN_MIL, fatalities=[13, 15], injured=[0, 2], optional=True),
    ev("air_drone_strike", d, NSINAI, EGYAIR, SIN_MIL, optional=True),
    ev("arrests", d, NSINAI, EGY, SIN_MIL, optional=True),
    ev("disrupted_weapons_use", d, NSINAI, EGY, SIN_MIL, optional=True),
]

C["snn-97dc7100cbe4"] = []

LNA = actor("الجيش الليبي", "قوات الجيش", "الجيش", "Libyan National Army", "LNA", "Libyan army", "Military Forces of Libya")
LAIR = actor("سلاح الجو", "القوات الجوية", "الجيش الليبي", "Libyan Air Force", "Libyan National Army", "LNA", "Libyan army")
BENG_MIL = actor("الميليشيات الإرهابية", "الجماعات الإرهابية المسلحة", "المجموعات الإرهابية", "المتطرفين", "جماعات متطرفة", "Islamist militias", "Militants", "Benghazi Revolutionaries Shura Council")
BENG = loc("Benghazi", "LY", 32.11, 20.07, 25)
SABRI = loc("Al-Sabri, Benghazi", "LY", 32.13, 20.07, 25)
TSEC = actor("قوات الأمن التونسي", "رجال الأمن", "Police Forces of Tunisia", "Tunisian security forces")
C["snn-90060c2d0bda"] = [
    ev("armed_clash", ("2015-07-23", "2015-07-25"), BENG, LNA, BENG_MIL, fatalities=2, injured=10),
    ev("government_regains_territory", ("2015-07-23", "2015-07-23"), BENG, LNA, BENG_MIL),
    ev("air_drone_strike", ("2015-07-23", "2015-07-25"), SABRI, LAIR, BENG_MIL),
    ev("shelling_artillery_missile_attack", ("2015-07-23", "2015-07-25"), SABRI, LNA, BENG_MIL, optional=True),
    ev("looting_property_destruction", ("2015-07-23", "2015-07-25"), BENG, LNA, BENG_MIL, optional=True),
    ev("arrests", ("2015-07-24", "2015-07-24"), loc("Tunis", "TN", 36.80, 10.18, 50), TSEC, None, optional=True),
    ev("attack", ("2015-07-24", "2015-07-24"), loc("Tunis", "TN", 36.80, 10.18, 50), None, actor("مصطفى الدباشي", "وزير داخلية الحكومة الانتقالية", "Government of Libya"), optional=True),
    ev("attack", ("2015-07-16", "2015-07-23"), loc("Ben Gardane", "TN", 33.14, 11.22, 25), actor("مجموعات خارجة عن القانون", "Unidentified armed group"), actor("السيارات الليبية", "Civilians"), optional=True),
    ev("armed_clash", ("2015-07-01", "2015-07-25"), loc("Sabha", "LY", 27.04, 14.43, 25), None, None, fatalities=[10, 99], optional=True),
    ev("armed_clash", ("2015-07-01", "2015-07-25"), loc("Kufra", "LY", 24.20, 23.29, 25), None, None, optional=True),
    ev("armed_clash", ("2015-07-01", "2015-07-25"), loc("Ubari", "LY", 26.59, 12.78, 25), None, None, optional=True),
]

TUR = actor("الجيش التركي", "القوات التركية", "الجنود الأتراك", "تركيا", "Turkish army", "Military Forces of Turkey", "Turkey")
TURFSA = actor("الجيش التركي", "الفصائل السوري الموالية له", "الفصائل السورية الموالية لها", "القوات التركية", "Turkish army", "Military Forces of Turkey", "Free Syrian Army", "Syrian opposition")
KURD = actor("القوات الكردية", "الإرهابيين", "YPG", "People's Protection Units", "Kurdish forces", "SDF")
SYR = actor("قوات من الحرس الجمهوري", "الحرس الجمهوري", "الجيش السوري", "Syrian army", "Republican Guard", "Military Forces of Syria", "Syrian government forces")
d = ("2018-03-11", "2018-03-13")
C["ant-SK-middleEast-259-20180313"] = [
    ev("government_regains_territory", d, loc("South of Afrin (near Nubl)", "SY", 36.42, 36.93, 30), SYR, KURD, optional=True),
    ev("non_violent_transfer_of_territory", d, loc("South of Afrin (near Nubl)", "SY", 36.42, 36.93, 30), SYR, KURD, optional=True),
    ev("non_state_actor_overtakes_territory", d, loc("Afrin", "SY", 36.51, 36.87, 30), TURFSA, KURD, optional=True),
    ev("armed_clash", d, loc("Afrin", "SY", 36.51, 36.87, 30), TURFSA, KURD, optional=True),
    ev("looting_property_destruction", d, loc("Afrin", "SY", 36.51, 36.87, 25), TUR, actor("Civilians", "محطات المياه والطاقة"), optional=True),
]

C["snn-17fe011d52b7"] = []

# ---- group 2
C["ant-SK-middleEast-768-20180404"] = [
    ev("armed_clash", ("2018-04-01", "2018-04-03"), loc("Tharthar desert, north of Ramadi", "IQ", 33.75, 43.25, 50),
       actor("الشرطة العراقية", "شرطة الأنبار", "وحدة خاصة تابعة لشرطة الأنبار", "قوة من شرطة الأنبار", "Iraqi police", "Anbar police", "Police Forces of Iraq"),
       actor("تنظيم داعش", "داعش", "مسلحي تنظيم داعش", "عناصر تنظيم داعش", "Islamic State", "ISIS", "Daesh"),
       fatalities=[2, 99]),
]

HOU = actor("ميليشيات الحوثي", "الحوثيين", "المسلحون الحوثيون", "ميليشيات إيران", "Houthis", "Ansar Allah", "Houthi militia")
JRF = actor("قوات المقاومة اليمنية المشتركة", "القوات المشتركة", "المقاومة المشتركة", "التحالف العربي", "قوات التحالف العربي", "Yemeni Joint Resistance Forces", "Joint Resistance Forces", "Saudi-led coalition", "Arab Coalition", "Military Forces of Yemen", "Popular Resistance")
HAIR = loc("Hodeidah airport", "YE", 14.75, 42.98, 25)
C["ant-SK-middleEast-2477-20180619"] = [
    ev("shelling_artillery_missile_attack", ("2018-06-17", "2018-06-19"), loc("Tatweer Tihama buildings, NW of Hodeidah airport", "YE", 14.76, 42.97, 25),
       HOU, actor("Civilians", "المدنيين", "الأحياء السكنية", "المباني السكنية")),
    ev("attack", ("2018-06-17", "2018-06-19"), loc("Tatweer Tihama buildings, NW of Hodeidah airport", "YE", 14.76, 42.97, 25),
       HOU, actor("Civilians", "المدنيين"), optional=True),
    ev("abduction_forced_disappearance", ("2018-06-17", "2018-06-19"), HAIR, HOU, actor("Civilians", "مدنيين"), optional=True),
    ev("government_regains_territory", ("2018-06-18", "2018-06-19"), HAIR, JRF, HOU),
    ev("armed_clash", ("2018-06-17", "2018-06-19"), HAIR, JRF, HOU, optional=True),
]

C["snn-82ae24675e2f"] = [
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"), loc("Baraki Barak, Logar", "AF", 33.97, 68.95, 50),
       actor("مروحيتين اميركيتين", "الاميركيون", "القوات الاميركية", "US forces", "Military Forces of the United States", "United States"),
       actor("الجيش الافغاني", "جنديا افغانيا", "Afghan army", "Military Forces of Afghanistan", "Afghan National Army"),
       fatalities=14),
    ev("air_drone_strike", ("2014-03-01", "2014-03-31"), loc("Logar province", "AF", 34.0, 69.0, 100),
       actor("قوة ايساف", "ISAF", "NATO"), actor("جنود افغان", "Afghan army", "Military Forces of Afghanistan"),
       fatalities=5, injured=8, optional=True),
]

C["snn-fe1f8d8e141c"] = []

FSA = actor("الجيش السوري الحر", "القوات التركية", "تركيا", "Free Syrian Army", "FSA", "Turkish army", "Military Forces of Turkey")
C["ant-SK-middleEast-378-20180319"] = [
    ev("non_state_actor_overtakes_territory", ("2018-03-17", "2018-03-19"), loc("Afrin", "SY", 36.51, 36.87, 25), FSA,
       actor("وحدات حماية الشعب الكردية", "YPG", "People's Protection Units")),
    ev("shelling_artillery_missile_attack", ("2018-03-12", "2018-03-19"), loc("Daraa", "SY", 32.62, 36.10, 50),
       actor("قوات النظام", "Syrian government forces", "Military Forces of Syria"), None, optional=True),
    ev("armed_clash", ("2018-03-12", "2018-03-19"), loc("Eastern Ghouta", "SY", 33.55, 36.40, 20),
       actor("القوات الحكومية", "Syrian government forces", "Military Forces of Syria"), actor("المعارضة", "Syrian opposition"), optional=True),
]

C["ant-CN-middleEast-861-20180509"] = []

# ---- group 3
C["snn-aabe22b1c661"] = []

MSC = actor("مجلس شورى مجاهدي درنة", "مجلس شورى مجاهدي", "عناصر القاعدة", "المتطرفين", "Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "Al Qaeda")
LNA2 = actor("الجيش الوطني الليبي", "القوات المسلحة الليبية", "قوات الجيش الليبي", "Libyan National Army", "LNA", "Libyan army")
C["ant-SK-middleEast-2085-20180601"] = [
    ev("remote_explosive_landmine_ied", ("2018-05-31", "2018-05-31"), loc("Dhahr al-Hamar, south of Derna", "LY", 32.74, 22.63, 25),
       MSC, actor("Civilians", "مدنيين", "المدنيين"), fatalities=3),
    ev("remote_explosive_landmine_ied", ("2018-05-30", "2018-05-30"), loc("Derna western entrance (sports city)", "LY", 32.76, 22.61, 25),
       MSC, actor("Civilians", "مدنيين", "المدنيين"), fatalities=9, injured=7),
    ev("armed_clash", ("2018-05-29", "2018-05-30"), loc("Derna western entrance", "LY", 32.76, 22.61, 25),
       LNA2, actor("المجموعات الإرهابية", "مجلس شورى مجاهدي درنة", "Mujahideen Shura Council of Derna", "Militants")),
    ev("disrupted_weapons_use", ("2018-05-25", "2018-06-01"), loc("Derna - Ain Mara - Al Qubbah road", "LY", 32.72, 22.45, 40),
       LNA2, MSC, optional=True),
]

C["ant-SK-middleEast-2862-20180712"] = [
    ev("agreement", ("2018-07-12", "2018-07-12"), loc("Sudan", "SD", None, None),
       actor("الرئيس عمر البشير", "السودان", "Government of Sudan", "Sudan"), actor("المتمردين", "Rebels"), optional=True),
]

C["ant-SK-middleEast-1133-20180419"] = [
    ev("armed_clash", ("2018-04-17", "2018-04-19"), loc("Checkpoint on Al-Majardah - Bariq road, Asir", "SA", 19.03, 41.92, 25),
       None, actor("رجال الأمن السعودي", "رجال الأمن", "نقطة تفتيش أمنية", "Saudi security forces", "Police Forces of Saudi Arabia"),
       fatalities=[3, 4], injured=[4, 5]),
    ev("attack", ("2018-04-17", "2018-04-19"), loc("Checkpoint on Al-Majardah - Bariq road, Asir", "SA", 19.03, 41.92, 25),
       None, actor("رجال الأمن السعودي", "رجال الأمن", "Saudi security forces"), fatalities=[3, 4], injured=[4, 5], optional=True),
    ev("arrests", ("2018-04-17", "2018-04-19"), loc("Asir (Al-Majardah - Bariq)", "SA", 19.03, 41.92, 50),
       actor("الداخلية السعودية", "رجال الأمن", "Saudi security forces", "Police Forces of Saudi Arabia"), None, optional=True),
]

C["ant-SK-middleEast-188-20180309"] = [
    ev("looting_property_destruction", ("2015-01-01", "2018-03-09"), loc("Hasakah province", "SY", 36.50, 40.75, 100),
       actor("القوات الكردية", "Kurdish forces", "YPG", "SDF"), actor("Civilians", "المدنيين العرب"), optional=True),
]

C["snn-5695aacb26bf"] = []

# ---- group 4
IS = actor("تنظيم داعش", "داعش", "مقاتلو تنظيم داعش", "التنظيم", "Islamic State", "ISIS", "Daesh")
QAR = loc("Al-Qaryatayn", "SY", 34.23, 37.24, 25)
C["snn-1db786127b34"] = [
    ev("non_state_actor_overtakes_territory", ("2015-08-05", "2015-08-05"), QAR, IS, actor("النظام", "Syrian government forces", "Military Forces of Syria")),
    ev("abduction_forced_disappearance", ("2015-08-05", "2015-08-07"), QAR, IS, actor("Civilians", "مدنياً", "مدنيين", "نصرانياً", "Christians")),
    ev("abduction_forced_disappearance", ("2015-05-01", "2015-05-31"), QAR, actor("ثلاثة مقنعين", "Unidentified armed group", "Islamic State"), actor("الأب جاك مراد", "Civilians", "Christians"), optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-05-21", "2015-05-21"), loc("Palmyra", "SY", 34.56, 38.28, 25), IS, None, optional=True),
]

C["ant-SK-internationalNews-3548-20181018"] = []

HOU2 = actor("المليشيات الحوثية", "ميليشيات الحوثي", "مقاتلي الحوثي", "الحوثي", "Houthis", "Ansar Allah", "Houthi militia")
GIANTS = actor("ألوية العمالقة", "قوات الشرعية", "Giants Brigades", "Al Amalika", "Military Forces of Yemen", "Yemeni government forces", "Saudi-led coalition")
K10 = loc("Kilo 10, Sanaa-Hodeidah road", "YE", 14.82, 43.03, 25)
TAIZW = loc("Tubaysha'a / Jabal al-Mun'im, western Taiz", "YE", 13.57, 43.87, 40)
YARMY = actor("قوات الجيش الوطني اليمني", "قوات الجيش", "قوات الشرعية", "Yemeni National Army", "Military Forces of Yemen", "Yemeni government forces")
d = ("2018-10-16", "2018-10-18")
C["ant-SK-middleEast-3933-20181018"] = [
    ev("armed_clash", d, K10, GIANTS, HOU2, fatalities=[0, 70]),
    ev("air_drone_strike", d, K10, actor("مقاتلات التحالف", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), HOU2),
    ev("government_regains_territory", d, TAIZW, YARMY, HOU2),
    ev("armed_clash", d, loc("Jabal al-Haram, western Taiz", "YE", 13.57, 43.87, 40), YARMY, HOU2, optional=True),
    ev("looting_property_destruction", ("2018-10-11", "2018-10-18"), loc("Sanaa", "YE", 15.35, 44.21, 25), HOU2, actor("التجار ورجال الأعمال", "Civilians"), optional=True),
]

TAF = actor("المقاتلات التركية", "تركيا", "Turkish Air Force", "Military Forces of Turkey", "Turkey")
C["snn-eeb01cb3867c"] = [
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), loc("Northern Syria (border area)", "SY", 36.6, 38.0, 150), TAF,
       actor("داعش", "Islamic State", "ISIS", "Daesh"), optional=True),
    ev("air_drone_strike", ("2015-07-25", "2015-07-25"), loc("Northern Iraq (Kurdistan)", "IQ", 36.9, 44.0, 150), TAF,
       actor("حزب العمال الكردستاني", "العمال الكردستاني", "PKK", "Kurdistan Workers' Party"), optional=True),
]

C["ant-SK-middleEast-3938-20181018"] = []
C["snn-c7b575e8cef8"] = []

# ---- group 5
C["ant-CN-middleEast-102-20180226"] = []

C["ant-SK-internationalNews-1536-20180512"] = [
    ev("excessive_force_against_protesters", ("2017-05-01", "2017-05-31"), loc("Turkish ambassador's residence, Washington DC", "US", 38.92, -77.05, 25),
       actor("متظاهرين سلميين", "المتظاهرون", "متظاهرا", "Protesters", "Kurdish protesters"),
       actor("الحرس الشخصي للرئيس التركي", "حراس أردوغان", "Erdogan's bodyguards", "Turkish security", "Government of Turkey"), optional=True),
    ev("attack", ("2017-05-01", "2017-05-31"), loc("Turkish ambassador's residence, Washington DC", "US", 38.92, -77.05, 25),
       actor("الحرس الشخصي للرئيس التركي", "حراس أردوغان", "Erdogan's bodyguards", "Turkish security", "Government of Turkey"),
       actor("متظاهرين سلميين", "Protesters", "Civilians"), optional=True),
]

EGY2 = actor("القوات المصرية", "الجيش", "القوات", "Egyptian Armed Forces", "Egyptian army", "Military Forces of Egypt")
SIN2 = actor("عناصر تكفيرية", "العناصر المشتبه بهم", "Militants", "Islamic State", "Wilayat Sinai")
d = ("2018-03-02", "2018-03-04")
C["ant-CN-middleEast-164-20180304"] = [
    ev("armed_clash", d, NSINAI, EGY2, SIN2, fatalities=10, optional=True),
    ev("air_drone_strike", d, NSINAI, EGY2, SIN2, optional=True),
    ev("arrests", d, NSINAI, EGY2, SIN2, optional=True),
    ev("disrupted_weapons_use", d, NSINAI, EGY2, SIN2, optional=True),
    ev("air_drone_strike", d, loc("Egypt western border (with Libya)", "EG", None, None), EGY2, None, optional=True),
]

HOU3 = actor("ميليشيات الحوثي", "الحوثيين", "المتمردين", "Houthis", "Ansar Allah", "Houthi militia")
COAIR = actor("طائرات التحالف العربي", "التحالف العربي", "التحالف", "Saudi-led coalition", "Arab Coalition")
YARMY2 = actor("الجيش اليمني", "قوات الجيش الوطني", "Yemeni National Army", "Military Forces of Yemen", "Yemeni government forces")
d = ("2018-03-21", "2018-03-23")
C["ant-SK-middleEast-500-20180323"] = [
    ev("air_drone_strike", d, loc("Bajil district", "YE", 15.06, 43.20, 30), COAIR, HOU3, fatalities=[0, 40]),
    ev("air_drone_strike", d, loc("Al-Jarrahi district", "YE", 14.10, 43.39, 30), COAIR, HOU3, fatalities=[0, 40]),
    ev("air_drone_strike", d, loc("Al-Jabbana camp, Hodeidah", "YE", 14.80, 42.93, 25), COAIR, HOU3, fatalities=[0, 40]),
    ev("air_drone_strike", d, loc("Fadha, Al-Malajim district, Al-Bayda", "YE", 14.36, 45.39, 30), COAIR, HOU3, fatalities=[2, 99]),
    ev("armed_clash", d, loc("Jabal Murthid, north Sirwah, Marib", "YE", 15.50, 45.00, 30), HOU3, YARMY2, fatalities=[2, 99]),
    ev("shelling_artillery_missile_attack", d, loc("Al-Bayadh, Nihm district", "YE", 15.74, 44.54, 30), YARMY2, HOU3),
    ev("shelling_artillery_missile_attack", d, loc("West of Jabal al-Kahl, Nihm district", "YE", 15.74, 44.54, 30), YARMY2, HOU3, optional=True),
]

C["ant-SK-technology-315-20180403"] = []

IS2 = actor("مسلحي تنظيم داعش", "تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh")
SAA = actor("قوات النظام السوري", "قوات النظام", "Syrian government forces", "Military Forces of Syria", "Syrian army")
RSAIR = actor("مقاتلات حربية روسية وسورية", "Russian Air Force", "Syrian Air Force", "Military Forces of Russia", "Military Forces of Syria", "Syrian government forces")
HAJ = loc("Al-Hajar al-Aswad", "SY", 33.46, 36.30, 25)
YAR = loc("Yarmouk camp", "SY", 33.47, 36.30, 25)
d = ("2018-05-08", "2018-05-09")
C["ant-SK-middleEast-1681-20180509"] = [
    ev("non_state_actor_overtakes_territory", d, HAJ, IS2, SAA),
    ev("armed_clash", d, HAJ, IS2, SAA),
    ev("armed_clash", d, YAR, IS2, SAA),
    ev("armed_clash", d, loc("Daabul street, Tadamon", "SY", 33.48, 36.31, 25), IS2, SAA, optional=True),
    ev("air_drone_strike", d, YAR, RSAIR, IS2),
    ev("air_drone_strike", d, HAJ, RSAIR, IS2),
    ev("shelling_artillery_missile_attack", d, YAR, RSAIR, IS2, optional=True),
]

# ---- group 6
TAL = actor("حركة طالبان", "طالبان", "المتمردين", "Taliban")
d = ("2018-04-21", "2018-04-23")
C["ant-SK-internationalNews-1105-20180423"] = [
    ev("armed_clash", d, loc("Ab Kamari district, Badghis", "AF", 35.08, 63.10, 50), TAL,
       actor("وحدات الجيش", "جنود", "Afghan army", "Military Forces of Afghanistan", "Afghan National Army"), fatalities=9),
    ev("armed_clash", d, loc("Qadis district, Badghis", "AF", 34.80, 63.40, 50), TAL,
       actor("مركز للشرطة", "رجال الشرطة", "Afghan police", "Police Forces of Afghanistan", "Afghan National Police"), fatalities=5),
    ev("suicide_bomb", ("2018-04-22", "2018-04-22"), loc("Kabul", "AF", 34.53, 69.17, 25),
       actor("انتحاري تابع لتنظيم داعش", "تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh", "Islamic State Khorasan"),
       actor("Civilians", "مركزا لتسجيل الناخبين", "voters"), fatalities=57),
]

C["snn-7d684f47de55"] = []

C["ant-SK-middleEast-2486-20180619"] = [
    ev("disrupted_weapons_use", ("2018-06-17", "2018-06-19"), loc("Baqim district, north Saada", "YE", 17.40, 43.48, 30),
       actor("القوات المشتركة للتحالف", "تحالف دعم الشرعية في اليمن", "القوات المشتركة", "Saudi-led coalition", "Arab Coalition", "Yemeni government forces", "Military Forces of Yemen"),
       actor("الميليشيا الحوثية", "المليشيا الحوثية", "Houthis", "Ansar Allah")),
]

C["ant-SK-internationalNews-2403-20180630"] = []

NSF = actor("القوة المسلحة السورية الجديدة التي دربها الجيش الأمريكي", "المسلح السوري", "New Syrian Forces", "Division 30", "US-trained Syrian rebels", "Syrian opposition")
NUS = actor("جبهة النصرة", "متشددين من جناح القاعدة في سوريا", "Jabhat al-Nusra", "Nusra Front", "Al Qaeda")
C["snn-196af180ca11"] = [
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Northern Syria (Aleppo countryside)", "SY", 36.5, 37.0, 100), NUS, NSF, fatalities=1, optional=True),
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("Northern Syria (Aleppo countryside)", "SY", 36.5, 37.0, 100),
       actor("الولايات المتحدة", "الجيش الأمريكي", "US-led coalition", "Military Forces of the United States", "United States"), NUS, optional=True),
]

C["snn-6a160a1bdd5b"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.98, 38.42, 25),
       actor("انتحاري", "داعش", "Islamic State", "ISIS", "Daesh"), actor("Civilians", "مركز ثقافي"), fatalities=30, injured=100),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Kobani", "SY", 36.89, 38.35, 25),
       actor("انتحاري", "Islamic State", "ISIS", "Daesh"), None),
]

# ---- group 7
C["snn-80baf407d9fb"] = []

FSA2 = actor("المعارضة", "المعارضة السورية المسلحة", "الجيش السوري الحر", "الجيش الحر", "قوات شباب السنة", "Free Syrian Army", "FSA", "Syrian opposition", "Shabab al-Sunna")
SGOV = actor("قوات الحكومة السورية", "النظام", "قافلة عسكرية", "Syrian government forces", "Military Forces of Syria", "Syrian army")
C["ant-SK-middleEast-2491-20180620"] = [
    ev("armed_clash", ("2018-06-19", "2018-06-20"), loc("Khirbet Ghazaleh", "SY", 32.73, 36.20, 25), FSA2, SGOV),
    ev("air_drone_strike", ("2018-06-18", "2018-06-20"), loc("Musaykah", "SY", 32.92, 36.31, 25),
       actor("الطائرات الحكومية", "Syrian Air Force", "Syrian government forces", "Military Forces of Syria"), FSA2),
    ev("armed_clash", ("2018-06-18", "2018-06-20"), loc("Musaykah", "SY", 32.92, 36.31, 25), FSA2, SGOV, optional=True),
]

C["snn-ea67a7ad3396"] = []
C["snn-1fbc37e4c4a5"] = []

ISR = actor("القوات الإسرائيلية", "الجيش الإسرائيلي", "Israeli forces", "Israel Defense Forces", "IDF", "Military Forces of Israel")
PAL = actor("الفصائل الفلسطينية", "Hamas", "Palestinian Islamic Jihad", "Palestinian militants")
d = ("2018-05-27", "2018-05-29")
C["ant-SK-middleEast-2035-20180529"] = [
    ev("air_drone_strike", d, loc("Northern Gaza Strip", "PS", 31.54, 34.49, 15), ISR, PAL),
    ev("shelling_artillery_missile_attack", d, loc("Israeli communities near Gaza (Gaza envelope)", "IL", 31.50, 34.52, 30), PAL,
       actor("المستوطنات الإسرائيلية", "Israel", "Civilians")),
]

C["snn-756a56cb126c"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-46.jsonl"))
