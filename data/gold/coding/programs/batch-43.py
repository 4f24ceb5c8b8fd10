import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["ant-CN-middleEast-1083-20180602"] = []
C["ant-SK-middleEast-2247-20180608"] = []
C["ant-SK-sport-643-20180410"] = []
C["ant-SK-internationalNews-1333-20180503"] = [
    ev("violent_demonstration", ("2018-04-30", "2018-04-30"), loc("Ellwangen", "DE", 48.96, 10.13, 50),
       actor("Asylum seekers", "طالبا للجوء", "طالبو اللجوء", "المهاجرين"),
       actor("German police", "الشرطة الألمانية", "الشرطة")),
    ev("mob_violence", ("2018-04-30", "2018-04-30"), loc("Ellwangen", "DE", 48.96, 10.13, 50),
       actor("Asylum seekers", "طالبا للجوء", "طالبو اللجوء", "المهاجرين"),
       actor("German police", "الشرطة الألمانية", "الشرطة"), optional=True),
]
YPG = actor("YPG", "People's Protection Units", "وحدات حماية الشعب الكردية", "وحدات حماية الشعب", "الأكراد", "الاكراد", "Kurds")
IS = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مقاتلي تنظيم داعش", "التنظيم")
C["snn-6aea54678216"] = [
    ev("non_state_actor_overtakes_territory", ("2015-07-27", "2015-07-27"), loc("Sarrin", "SY", 36.58838, 38.29788, 25), YPG, IS),
    ev("air_drone_strike", ("2015-06-27", "2015-07-27"), loc("Sarrin", "SY", 36.58838, 38.29788, 25),
       actor("US-led coalition", "التحالف", "ضربات التحالف الجوية", "التحالف بقيادة الولايات المتحدة"), IS, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-06-15", "2015-06-15"), loc("Tal Abyad", "SY", 36.69648, 38.95382, 25), YPG, IS, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-06-15", "2015-07-27"), loc("Ain Issa", "SY", 36.3855, 38.86228, 25), YPG, IS, optional=True),
]
C["ant-CN-middleEast-306-20180319"] = [
    ev("remote_explosive_landmine_ied", ("2018-03-12", "2018-03-19"), loc("Gaza Strip", "PS", 31.42, 34.37, 30),
       actor("Hamas", "حماس", "حركة المقاومة الإسلامية"),
       actor("Rami Hamdallah", "رامي الحمدالله", "رئيس الوزراء", "Palestinian Authority"), optional=True),
]

C["ant-SK-middleEast-3331-20180811"] = []
C["ant-SK-economy-366-20180417"] = []
C["snn-422c66cafa2e"] = []
ISR = actor("Israeli forces", "Israeli army", "IDF", "قوات من جيش الاحتلال الإسرائيلي", "قوات الاحتلال", "جيش الاحتلال الإسرائيلي")
MUR = actor("Palestinian worshippers", "Murabitun", "المرابطين", "المتواجدين داخل المسجد", "Palestinians", "Civilians")
AQSA = loc("Al-Aqsa Mosque, Jerusalem", "PS", 31.7761, 35.2358, 25)
C["snn-ada067b45f4b"] = [
    ev("protest_with_intervention", ("2015-07-26", "2015-07-26"), AQSA, MUR, ISR),
    ev("attack", ("2015-07-26", "2015-07-26"), AQSA, ISR, MUR, optional=True),
    ev("violent_demonstration", ("2015-07-26", "2015-07-26"), AQSA, MUR, ISR, optional=True),
]
PROT = actor("Protesters", "المتظاهرين", "أهالي", "الأهالي", "Iraqi protesters")
C["snn-ca78a5e635ad"] = [
    ev("peaceful_protest", ("2015-08-06", "2015-08-06"), loc("Ali al-Gharbi", "IQ", 32.46186, 46.68794, 25), PROT, None),
    ev("peaceful_protest", ("2015-08-06", "2015-08-06"), loc("As Salman", "IQ", 30.50464, 44.53943, 25), PROT, None),
    ev("peaceful_protest", ("2015-07-31", "2015-08-07"), loc("Iraq", "IQ", None, None), PROT, None, optional=True),
]
ELITE = actor("Shabwani Elite Forces", "قوات النخبة الشبوانية", "قوات النخبة", "النخبة", "Saudi-led coalition", "UAE forces", "القوات الإماراتية")
AQAP = actor("AQAP", "Al-Qaeda in the Arabian Peninsula", "Al-Qaeda", "تنظيم القاعدة", "مسلحي تنظيم القاعدة", "مسلحي القاعدة", "القاعدة")
C["ant-SK-middleEast-86-20180226"] = [
    ev("government_regains_territory", ("2018-02-24", "2018-02-26"), loc("Wadi Yashbum", "YE", 14.30754, 46.93124, 25), ELITE, AQAP),
    ev("non_state_actor_overtakes_territory", ("2018-02-24", "2018-02-26"), loc("Wadi Yashbum", "YE", 14.30754, 46.93124, 25), ELITE, AQAP, optional=True),
    ev("government_regains_territory", ("2018-02-12", "2018-02-26"), loc("As Said district", "YE", 14.33011, 46.87292, 30), ELITE, AQAP, optional=True),
]

C["snn-16f4d7741547"] = []
C["ant-SK-middleEast-772-20180404"] = []
SHAB = actor("Al-Shabaab", "al-Shabab", "حركة الشباب", "حركة الشباب المتطرفة", "متشدد من حركة الشباب", "انتحاري")
C["snn-125b2f135c10"] = [
    ev("suicide_bomb", ("2015-07-26", "2015-07-26"), loc("Jazeera Hotel, Mogadishu", "SO", 2.0371, 45.3438, 25),
       SHAB, actor("Civilians", "المدنيين", "Jazeera Hotel", "فندق الجزيرة", "بعثات دبلوماسية"), fatalities=[4, 13], injured=8),
    ev("attack", ("2015-07-25", "2015-07-25"), loc("Mogadishu", "SO", 2.0371, 45.3438, 50),
       actor("Al-Shabaab", "حركة الشباب"), actor("Somali MP", "عضوا بالبرلمان", "Government of Somalia"), fatalities=[0, 3], optional=True),
]
C["ant-SK-internationalNews-403-20180317"] = []
C["snn-e24b95050535"] = [
    ev("violent_demonstration", ("2015-07-20", "2015-08-03"), loc("Beirut", "LB", 33.8869, 35.5015, 25),
       actor("Residents", "الأهالي", "Protesters"), None, optional=True),
    ev("armed_clash", ("2015-07-27", "2015-08-03"), loc("Arsal outskirts", "LB", 34.17944, 36.42083, 30), None, None, optional=True),
]
C["ant-CN-internationalNews-162-20180321"] = [
    ev("suicide_bomb", ("2018-03-19", "2018-03-21"), loc("Kabul University, Kabul", "AF", 34.52, 69.15, 25),
       None, actor("Civilians", "المدنيين", "الناس"), fatalities=26, injured=18),
]

REG = actor("Syrian government forces", "Assad regime", "قوات النظام", "قوات الأسد", "النظام", "طيران النظام", "طيران نظام الأسد", "الطيران المروحي", "الطيران الحربي")
OPP = actor("Syrian opposition", "Syrian rebels", "فصائل المعارضة", "الفصائل المعارضة", "فصائل المعارضة السورية", "المعارضة", "مقاتلي المعارضة", "الثوار")
CIV = actor("Civilians", "المدنيين", "مدنيين")
D0, D1 = "2015-07-19", "2015-07-21"
C["snn-a2e7c42bbaaa"] = [
    ev("armed_clash", ("2015-07-04", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25),
       actor("Syrian government forces", "الفرقة الرابعة", "حزب الله", "Hezbollah", "قوات الحرس الجمهوري"), OPP, optional=True),
    ev("air_drone_strike", ("2015-07-04", "2015-07-21"), loc("Zabadani", "SY", 33.72488, 36.1005, 25), REG, OPP, optional=True),
    ev("remote_explosive_landmine_ied", (D0, D1), loc("Bab al-Jabiya, Damascus", "SY", 33.5080, 36.3000, 25), None, CIV, injured=[2, 99]),
    ev("shelling_artillery_missile_attack", (D0, D1), loc("Tha'la military airport", "SY", 32.706, 36.412, 25), OPP, REG),
    ev("armed_clash", (D0, D1), loc("Tha'la military airport", "SY", 32.706, 36.412, 25), REG, OPP),
    ev("shelling_artillery_missile_attack", (D0, D1), loc("Ara countryside", "SY", 32.61769, 36.53282, 25), REG, None),
    ev("shelling_artillery_missile_attack", (D0, D1), loc("Tal al-Sheikh Hussein, Daraa countryside", "SY", 32.62, 36.10, 60),
       actor("Yarmouk Brigade", "لواء اليرموك", "Free Syrian Army", "FSA", "الجيش السوري الحر"), REG),
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"), loc("Kafr Dael", "SY", 36.21623, 37.02075, 25), REG, CIV, fatalities=5, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"), loc("Al-Imam village, al-Bab countryside", "SY", 36.24486, 37.71607, 30), REG, CIV, fatalities=2, injured=[2, 99]),
    ev("air_drone_strike", ("2015-07-20", "2015-07-20"), loc("Aleppo (Tariq al-Bab, Sakhour, Bab al-Hadid)", "SY", 36.20124, 37.16117, 25), REG, None, fatalities=0),
    ev("non_state_actor_overtakes_territory", (D0, D1), loc("Al-Nashwa, Hasakah", "SY", 36.50237, 40.74772, 25),
       actor("Islamic State", "ISIS", "Daesh", "تنظيم داعش", "داعش", "مقاتلي التنظيم"),
       actor("Syrian government forces", "قوات الأسد", "وحدات الحماية الكردية", "YPG")),
    ev("armed_clash", (D0, D1), loc("Hasakah", "SY", 36.50237, 40.74772, 25),
       actor("YPG", "وحدات الحماية الكردية", "People's Protection Units"), actor("Islamic State", "ISIS", "داعش"), optional=True),
    ev("disrupted_weapons_use", ("2015-07-19", "2015-07-20"), loc("Markashlia, Nabi Younes summit", "SY", 35.68, 36.19, 30),
       actor("First Coastal Division", "الفرقة الأولى الساحلية", "Syrian opposition"), REG),
    ev("armed_clash", ("2015-07-19", "2015-07-20"), loc("Beit Awan, Jabal al-Turkman", "SY", 35.76433, 35.98045, 25), OPP, REG),
    ev("armed_clash", ("2015-07-19", "2015-07-20"), loc("Beit Fares / Beit Haliba, Jabal al-Turkman", "SY", 35.76433, 35.98045, 30),
       actor("First Coastal Division", "الفرقة الأولى الساحلية", "Syrian opposition"), REG, optional=True),
    ev("non_state_actor_overtakes_territory", ("2015-07-18", "2015-07-19"), loc("Tal Othman, Jabal al-Turkman", "SY", 35.76433, 35.98045, 30),
       OPP, actor("Syrian government forces", "قوات الأسد", "ميليشيا الدفاع الوطني", "National Defence Forces")),
]
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "الحوثيين", "الحوثي")
RES = actor("Yemeni Resistance", "المقاومة اليمنية", "Popular Resistance", "UAE forces", "القوات الإماراتية", "Saudi-led coalition")
COAL = actor("Saudi-led coalition", "Arab Coalition", "مقاتلات التحالف العربي", "التحالف العربي")
Y0, Y1 = "2018-02-22", "2018-02-24"
C["ant-SK-middleEast-41-20180224"] = [
    ev("armed_clash", (Y0, Y1), loc("Al-Jarrahi junction", "YE", 14.13254, 43.38845, 25), RES, HOU, fatalities=[0, 46]),
    ev("armed_clash", (Y0, Y1), loc("North of Hays", "YE", 13.9317, 43.4831, 25), RES, HOU),
    ev("armed_clash", (Y0, Y1), loc("Jabal Ras", "YE", 14.038334, 43.615149, 30), RES, HOU, optional=True),
    ev("air_drone_strike", (Y0, Y1), loc("East of Al-Jarrahi", "YE", 14.13254, 43.38845, 25), COAL, HOU),
    ev("air_drone_strike", (Y0, Y1), loc("Jabal Ras", "YE", 14.038334, 43.615149, 30), COAL, HOU),
    ev("armed_clash", ("2018-02-23", "2018-02-24"), loc("East of Taiz city", "YE", 13.586892, 44.015847, 25),
       actor("Yemeni government forces", "قوات الشرعية", "Government of Yemen"), HOU, fatalities=20),
]
C["snn-a80f10ce713d"] = []
C["snn-a377ba938680"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25), None, CIV, fatalities=32),
]
C["ant-SK-middleEast-3915-20181016"] = [
    ev("abduction_forced_disappearance", ("2018-07-08", "2018-07-08"), loc("Hodeidah", "YE", 14.796625, 42.945213, 50),
       HOU, actor("French hostage", "رهينة فرنسي", "إلين كوما", "Civilians"), optional=True),
]
C["ant-SK-middleEast-445-20180321"] = []

C["ant-SK-middleEast-2218-20180607"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-01", "2018-05-10"), loc("Golan Heights", "SY", 33.0, 35.75, 40),
       actor("Iranian forces", "القوات الإيرانية", "Iran"), actor("Israeli forces", "قواعد إسرائيلية", "Israel"), optional=True),
]
C["ant-SK-sport-1100-20180510"] = []
C["ant-CN-middleEast-647-20180417"] = [
    ev("disrupted_weapons_use", ("2018-04-16", "2018-04-17"), loc("Shayrat airbase, Homs countryside", "SY", 34.49364, 36.94702, 30),
       actor("Syrian air defences", "الدفاعات الجوية", "Syrian government forces", "السوريين"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-16", "2018-04-17"), loc("Shayrat airbase, Homs countryside", "SY", 34.49364, 36.94702, 30),
       None, actor("Syrian government forces", "Syrian army"), optional=True),
]
C["snn-ece7be69918e"] = []
GZ = loc("East of Zeitoun, Gaza City border", "PS", 31.49, 34.47, 25)
C["ant-SK-middleEast-931-20180411"] = [
    ev("remote_explosive_landmine_ied", ("2018-04-11", "2018-04-11"), GZ, None,
       actor("Israeli army", "IDF", "Israeli forces", "الجيش الإسرائيلي", "جرافة عسكرية إسرائيلية"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-11", "2018-04-11"), GZ,
       actor("Israeli army", "IDF", "Israeli forces", "الجيش الإسرائيلي"), actor("Hamas", "حماس", "حركة حماس"), fatalities=0, injured=0),
]
C["snn-534ad10df21f"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-07"), loc("Jordan-Syria border (northern Jordan)", "JO", None, None),
       actor("Jordanian army", "الجيش الأردني", "قوات الجيش العربي الأردني", "Jordan Armed Forces"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-06"), loc("Daraa al-Balad (Manshiya, Abbasiya)", "SY", 32.61889, 36.10213, 25),
       actor("Syrian army", "Syrian government forces", "وحدة من الجيش", "الجيش السوري", "القوات الموالية لنظام بشار الأسد"),
       actor("Jabhat al-Nusra", "Nusra Front", "جبهة النصرة", "تنظيم جبهة النصرة الإرهابي"), optional=True),
]

C["ant-SK-middleEast-334-20180316"] = []
C["snn-afc6c8f94372"] = []
C["snn-796dd278243d"] = []
C["snn-60facac6ac03"] = []
C["ant-SK-middleEast-1141-20180420"] = [
    ev("air_drone_strike", ("2018-04-13", "2018-04-14"), loc("Syria", "SY", None, None),
       actor("United States", "أميركا", "France", "فرنسا", "United Kingdom", "بريطانيا", "الدول الثلاث"),
       actor("Syrian government forces", "Syrian regime"), optional=True),
    ev("chemical_weapon", ("2018-04-06", "2018-04-08"), loc("Douma", "SY", 33.57, 36.40, 25), None, actor("Civilians", "المدنيين"), optional=True),
]
C["snn-2366b5b43d14"] = []

C["snn-dfa237250e1c"] = []
C["ant-CN-middleEast-215-20180308"] = []
C["snn-1064763bbd0c"] = []
C["ant-SK-internationalNews-631-20180327"] = [
    ev("air_drone_strike", ("2018-03-22", "2018-03-22"), loc("Farah province", "AF", 32.37, 62.12, 100),
       actor("Afghan Air Force", "القوات الجوية الأفغانية", "Afghan forces", "القوات الأفغانية"),
       actor("Taliban", "طالبان", "مجمع تابع لطالبان")),
]
C["snn-d99e3880f4f4"] = []
C["ant-SK-internationalNews-2659-20180716"] = []
REGY = actor("Syrian government forces", "قوات النظام", "Syrian army")
ISY = actor("Islamic State", "ISIS", "Daesh", "التنظيم", "مقاتلي التنظيم")
C["ant-SK-middleEast-1853-20180522"] = [
    ev("government_regains_territory", ("2018-05-19", "2018-05-22"), loc("Yarmouk camp / Hajar al-Aswad", "SY", 33.4699, 36.3018, 25), REGY, ISY),
    ev("non_violent_transfer_of_territory", ("2018-05-19", "2018-05-22"), loc("Yarmouk camp / Hajar al-Aswad", "SY", 33.4699, 36.3018, 25), ISY, REGY, optional=True),
    ev("agreement", ("2018-05-12", "2018-05-22"), loc("Yarmouk camp", "SY", 33.4699, 36.3018, 25), ISY, actor("Russia", "روسيا"), optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-43.jsonl"))
