import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- group 1
C["snn-e8995e2fe134"] = [
    ev("armed_clash", ("2015-07-31", "2015-07-31"), loc("Northern Syria", "SY", None, None),
       actor("متشددين آخرين", "Nusra Front", "Jabhat al-Nusra"),
       actor("القوات التي دربتها الولايات المتحدة", "Division 30", "US-trained Syrian rebels", "المعارضة السورية"),
       optional=True),
    ev("air_drone_strike", ("2015-07-31", "2015-07-31"), loc("Northern Syria", "SY", None, None),
       actor("الولايات المتحدة", "United States", "US forces", "US-led coalition"),
       actor("متشددين آخرين", "Nusra Front", "Jabhat al-Nusra"),
       optional=True),
]
C["snn-f892a4d518b6"] = []
C["snn-98559a26f624"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-24"), loc("Baghdad (al-Shurta al-Rabia)", "IQ", 33.30, 44.33, 25),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh", "جنود الخلافة"),
       actor("الحشد", "عناصر الحشد الرافضي", "Popular Mobilization Forces", "PMF", "Civilians", "مدنيين"),
       fatalities=20),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-24"), loc("Baghdad (al-Shurta al-Rabia)", "IQ", 33.30, 44.33, 25),
       actor("داعش", "تنظيم داعش", "Islamic State", "ISIS", "Daesh", "جنود الخلافة"),
       actor("الحشد", "عناصر الحشد الرافضي", "Popular Mobilization Forces", "PMF", "Civilians", "مدنيين"),
       fatalities=20, optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-23"), loc("Qara Tapa (al-Kusaiba villages)", "IQ", 34.43, 44.93, 30),
       actor("قوات البيشمركة الكردية", "البيشمركة", "Peshmerga", "Kurdish Peshmerga"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh"),
       fatalities=11),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-23"), loc("Baladruz", "IQ", 33.696, 45.078, 30),
       None, actor("Civilians", "مدنيين", "المدنيين")),
    ev("remote_explosive_landmine_ied", ("2015-07-22", "2015-07-23"), loc("Muqdadiya", "IQ", 33.979, 44.937, 30),
       None, actor("Civilians", "مدنيين", "المدنيين")),
]
C["snn-fecbf3dc1d89"] = [
    ev("arrests", ("2015-07-18", "2015-07-25"), loc("Bahrain", "BH", None, None),
       actor("الأجهزة الأمنية البحرينية", "وزارة الداخلية البحرينية", "Bahraini security forces", "Police Forces of Bahrain"),
       actor("مواطنين اثنين", "Civilians (Bahrain)"), optional=True),
    ev("disrupted_weapons_use", ("2015-07-18", "2015-07-25"), loc("Bahrain", "BH", None, None),
       actor("خفر السواحل", "الأجهزة الأمنية البحرينية", "Bahraini security forces", "Bahrain Coast Guard"),
       None, optional=True),
]
C["ant-SK-sport-1997-20180703"] = []
C["snn-b93f09e05999"] = []


# --- group 2
C["snn-25514c7a3917"] = [
    ev("peaceful_protest", ("2015-08-07", "2015-08-07"), loc("Baghdad", "IQ", 33.34, 44.40, 25),
       actor("المتظاهرون", "آلاف العراقيين", "العراقيون", "Protesters (Iraq)", "Protesters"), None),
]
C["ant-SK-internationalNews-211-20180301"] = []
C["ant-SK-internationalNews-2621-20180714"] = []
HOU = actor("الحوثيين", "الحوثيون", "المتمردين الحوثيين", "ميليشيات علي عبد الله صالح", "ميليشيات صالح", "المتمردين", "Houthis", "Ansar Allah", "Saleh loyalists")
RES = actor("المقاومة الشعبية", "المقاومة", "الجيش الوطني", "Popular Resistance", "Yemeni government forces", "Hadi loyalists")
SOUTH = actor("تحالف من الجماعات الجنوبية", "المقاتلين الجنوبيين", "وحدات من الجيش موالية لهادي", "وحدات الجيش الموالية لهادي", "المقاومة", "Southern Resistance", "Popular Resistance", "Hadi loyalists", "Yemeni government forces")
C["snn-93f0944ccc18"] = [
    ev("armed_clash", ("2015-07-30", "2015-08-01"), loc("Mashraa wa Hadnan, Jabal Saber (Taiz)", "YE", 13.537, 43.997, 25),
       RES, HOU, fatalities=51),
    ev("armed_clash", ("2015-07-31", "2015-08-01"), loc("Taiz", "YE", 13.58, 44.02, 25), RES, HOU, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-31", "2015-08-01"), loc("Taiz", "YE", 13.58, 44.02, 25),
       HOU, actor("Civilians", "مدني", "أحياء سكنية"), fatalities=1, injured=4),
    ev("air_drone_strike", ("2015-07-31", "2015-08-01"), loc("Al Mokha", "YE", 13.32, 43.25, 25),
       actor("طيران التحالف", "التحالف", "Saudi-led coalition", "Arab Coalition"),
       actor("اللواء 35", "معسكر اللواء 35 الموالي لصالح والحوثي", "Saleh loyalists", "Houthis")),
    ev("government_regains_territory", ("2015-07-30", "2015-08-01"), loc("Al Hawtah (Lahij)", "YE", 13.057, 44.882, 25),
       SOUTH, HOU),
    ev("armed_clash", ("2015-07-30", "2015-08-01"), loc("Al Hawtah (Lahij)", "YE", 13.057, 44.882, 25),
       SOUTH, HOU, optional=True),
    ev("government_regains_territory", ("2015-07-30", "2015-08-01"), loc("Lawdar", "YE", 13.883, 45.869, 25),
       SOUTH, HOU),
]
C["ant-SK-middleEast-283-20180314"] = []
C["ant-SK-sport-2040-20180705"] = []


# --- group 3
C["snn-fdb2925a28d7"] = []
C["ant-SK-internationalNews-3500-20181015"] = [
    ev("arrests", ("2017-11-01", "2017-11-14"), loc("Manila", "PH", 14.5995, 120.9842, 25),
       actor("جهاز الخدمة السرية", "جهاز المخابرات الأميركي الرئاسي", "الشرطة الفلبينية", "US Secret Service", "Philippine National Police"),
       actor("مواطن فلبيني", "المشتبه به", "Islamic State sympathiser"), optional=True),
]
C["ant-CN-middleEast-1487-20181011"] = [
    ev("arrests", ("2018-10-04", "2018-10-11"), loc("Derna", "LY", 32.767, 22.637, 50),
       actor("Libyan National Army", "LNA", "Haftar forces"),
       actor("هشام عشماوي", "Hisham Ashmawi", "Al-Murabitoun"), optional=True),
]
C["ant-CN-economy-317-20180912"] = []
C["ant-SK-middleEast-895-20180410"] = [
    ev("attack", ("2017-10-01", "2018-04-09"), loc("Gaza border", "PS", 31.41, 34.38, 40),
       actor("قناص إسرائيلي", "الجيش الإسرائيلي", "Israeli army", "IDF", "Israeli Defense Forces"),
       actor("فلسطيني أعزل", "Civilians", "Palestinian civilians"), optional=True),
    ev("excessive_force_against_protesters", ("2018-03-30", "2018-04-09"), loc("Gaza border", "PS", 31.41, 34.38, 40),
       actor("الجيش الإسرائيلي", "Israeli army", "IDF", "Israeli Defense Forces"),
       actor("المتظاهرين الفلسطينيين", "الفلسطينيون", "Palestinian protesters", "Protesters"), fatalities=31, injured=2000, optional=True),
]
C["ant-CN-middleEast-646-20180417"] = [
    ev("disrupted_weapons_use", ("2018-04-16", "2018-04-16"), loc("Najran", "SA", 17.49, 44.13, 100),
       actor("قوات الدفاع الجوي السعودي", "قوات التحالف", "Saudi air defence", "Royal Saudi Air Defense", "Saudi-led coalition", "Arab Coalition"),
       actor("الميليشيا الحوثية المدعومة من إيران", "الحوثيون", "Houthis", "Ansar Allah"),
       fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-04-16", "2018-04-16"), loc("Najran", "SA", 17.49, 44.13, 100),
       actor("الميليشيا الحوثية المدعومة من إيران", "الحوثيون", "Houthis", "Ansar Allah"),
       actor("Civilians", "الأحياء السكنية"), fatalities=0, injured=0, optional=True),
]


# --- group 4
JRF = actor("القوات اليمنية المشتركة", "المقاومة اليمنية المشتركة", "المقاومة المشتركة", "قوات المقاومة", "قوات المقاومة اليمنية", "المقاومة",
            "Joint Resistance Forces", "Yemeni government forces", "Popular Resistance")
HOU2 = actor("ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "المتمردين", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-2392-20180615"] = [
    ev("armed_clash", ("2018-06-14", "2018-06-15"), loc("Hodeidah airport", "YE", 14.75, 42.98, 25), JRF, HOU2, fatalities=[10, 96]),
    ev("air_drone_strike", ("2018-06-13", "2018-06-15"), loc("Hodeidah front", "YE", 14.75, 42.98, 30),
       actor("مقاتلات التحالف العربي", "التحالف العربي", "تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition"), HOU2),
    ev("government_regains_territory", ("2018-06-13", "2018-06-15"), loc("Al-Nakheel market/farms near Hodeidah airport", "YE", 14.75, 42.98, 25), JRF, HOU2),
    ev("government_regains_territory", ("2018-06-13", "2018-06-15"), loc("Ad Durayhimi", "YE", 14.637, 43.055, 25), JRF, HOU2),
    ev("government_regains_territory", ("2018-06-13", "2018-06-15"), loc("Al-Taif farms (Hodeidah)", "YE", 14.70, 43.0, 40), JRF, HOU2, optional=True),
]
C["snn-7b75eb57741d"] = [
    ev("arrests", ("2015-06-29", "2015-07-19"), loc("West Bank", "PS", 31.95, 35.25, 60),
       actor("الشاباك", "Shin Bet", "Israeli security forces"),
       actor("خلية لحماس", "خلية تابعة لحركة حماس", "Hamas", "حماس"), optional=True),
    ev("attack", ("2015-06-29", "2015-06-29"), loc("Shvut Rachel junction (south of Nablus)", "PS", 32.05, 35.29, 25),
       actor("خلية لحماس", "حماس", "Hamas", "Qassam Brigades"),
       actor("مستوطن", "المستوطن الإسرائيلي", "Israeli settlers", "Civilians"), fatalities=1, injured=3, optional=True),
]
C["ant-SK-middleEast-3704-20181003"] = []
C["snn-1698c565b594"] = [
    ev("arrests", ("2015-07-20", "2015-07-22"), loc("Morocco", "MA", None, None),
       actor("السلطات المغربية", "وزارة الداخلية المغربية", "Moroccan security forces", "Police Forces of Morocco"),
       actor("خلية إرهابية", "داعش", "Islamic State", "ISIS"), optional=True),
]
C["snn-d3c2fdeb08dd"] = [
    ev("armed_clash", ("2015-08-10", "2015-08-10"), loc("Naqil al-Arqoub (Abyan)", "YE", 13.42, 45.90, 50),
       actor("مسلحون حوثيون", "مليشيات الحوثي", "مليشيات الحوثيين", "Houthis", "Ansar Allah"),
       actor("محمد علي الشدادي", "مرافقيه", "قوات الشرعية", "Yemeni government forces", "Hadi loyalists"),
       fatalities=4, injured=[2, 10]),
    ev("government_regains_territory", ("2015-08-01", "2015-08-10"), loc("Zinjibar", "YE", 13.129, 45.381, 25),
       actor("قوات الشرعية", "Yemeni government forces", "Popular Resistance"), actor("مليشيات الحوثيين وصالح", "Houthis"), optional=True),
    ev("government_regains_territory", ("2015-08-01", "2015-08-10"), loc("Shuqrah", "YE", 13.357, 45.697, 25),
       actor("قوات الشرعية", "Yemeni government forces", "Popular Resistance"), actor("مليشيات الحوثيين وصالح", "Houthis"), optional=True),
]
C["ant-SK-technology-1484-20181001"] = []


# --- group 5
C["ant-CN-middleEast-121-20180227"] = [
    ev("arrests", ("2018-02-25", "2018-02-25"), loc("Prague", "CZ", 50.0755, 14.4378, 25),
       actor("Czech police", "Police Forces of Czech Republic"),
       actor("صالح مسلم", "Salih Muslim", "حزب الاتحاد الديمقراطي", "PYD", "Democratic Union Party"), optional=True),
]
C["ant-SK-sport-380-20180322"] = []
C["snn-4ddcadc064dd"] = []
C["ant-CN-middleEast-908-20180513"] = []
C["ant-SK-middleEast-3641-20180911"] = [
    ev("shelling_artillery_missile_attack", ("2018-07-20", "2018-09-11"), loc("Bab al-Mandab", "YE", 12.6, 43.3, 60),
       actor("مليشيا الحوثي", "مليشيا الحوثي الإرهابية", "Houthis", "Ansar Allah"),
       actor("ناقلة نفط سعودية", "Saudi oil tanker"), optional=True),
]
C["ant-SK-economy-467-20180503"] = []


# --- group 6
C["ant-SK-internationalNews-2887-20180803"] = []
C["ant-SK-economy-1065-20180731"] = []
C["ant-SK-middleEast-3488-20180903"] = []
C["snn-3276f850885d"] = [
    ev("shelling_artillery_missile_attack", ("2015-08-04", "2015-08-04"), loc("Sialkot district (border villages)", "PK", 32.49, 74.53, 50),
       actor("القوات الهندية", "Indian military", "Military Forces of India", "Indian forces", "Indian Border Security Force"),
       actor("Civilians", "خمسة باكستانيين", "قرى باكستانية", "Pakistani civilians"), injured=5),
    ev("armed_clash", ("2015-08-04", "2015-08-04"), loc("Sialkot district (border villages)", "PK", 32.49, 74.53, 50),
       actor("القوات الهندية", "Indian military", "Military Forces of India", "Indian forces"),
       actor("قوات حرس الحدود الباكستانية", "Pakistan Rangers", "Military Forces of Pakistan"), injured=5, optional=True),
]
C["snn-696984f1ede8"] = [
    ev("agreement", ("2015-07-26", "2015-07-26"), loc("Yemen", "YE", None, None),
       actor("تحالف دعم الشرعية", "Saudi-led coalition", "Arab Coalition"), actor("Houthis"), optional=True),
]
C["ant-SK-economy-129-20180313"] = []


# --- group 7
C["ant-SK-middleEast-1605-20180511"] = [
    ev("government_regains_territory", ("2018-05-04", "2018-05-11"), loc("Mawza", "YE", 13.268, 43.510, 25),
       actor("قوات المقاومة الوطنية اليمنية", "ألوية العمالقة", "القوات المشتركة", "قوات الشرعية", "Giants Brigades", "National Resistance Forces", "Yemeni government forces"),
       actor("الميليشيات الحوثية", "الحوثيين", "المتمردون", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2018-05-04", "2018-05-11"), loc("Mawza", "YE", 13.268, 43.510, 25),
       actor("قوات المقاومة الوطنية اليمنية", "ألوية العمالقة", "القوات المشتركة", "قوات الشرعية", "Giants Brigades", "National Resistance Forces", "Yemeni government forces"),
       actor("الميليشيات الحوثية", "الحوثيين", "المتمردون", "Houthis", "Ansar Allah"), optional=True),
]
C["snn-a346c5f28297"] = []
C["snn-b017e2a3758d"] = []
C["snn-6fbf15cf29f8"] = []
PKK = actor("حزب العمال الكردستاني", "العمال الكردستاني", "مقاتلي حزب العمال الكردستاني", "قوات حماية الشعب", "PKK", "Kurdistan Workers' Party", "HPG")
TRA = actor("القوات التركية", "الجيش التركي", "Turkish military", "Military Forces of Turkey", "Turkish army")
C["snn-aa1374894c65"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-04", "2015-08-06"), loc("Sirnak province", "TR", 37.52, 42.46, 100),
       PKK, actor("الجيش التركي", "جنود أتراك", "عجلة عسكرية تركية", "Turkish military", "Military Forces of Turkey"), fatalities=3, injured=[2, 99]),
    ev("armed_clash", ("2015-08-04", "2015-08-06"), loc("Sirnak province", "TR", 37.52, 42.46, 100), PKK, TRA),
    ev("armed_clash", ("2015-07-30", "2015-08-05"), loc("Dogubayazit (Agri)", "TR", 39.547, 44.084, 50), PKK, TRA, optional=True),
    ev("remote_explosive_landmine_ied", ("2015-08-05", "2015-08-05"), loc("Iran-Turkey gas pipeline, border area", "TR", None, None),
       PKK, None, optional=True),
    ev("looting_property_destruction", ("2015-08-05", "2015-08-05"), loc("Iran-Turkey gas pipeline, border area", "TR", None, None),
       PKK, None, optional=True),
    ev("air_drone_strike", ("2015-08-01", "2015-08-01"), loc("Zarkel village (Rawanduz district)", "IQ", 36.617, 44.411, 50),
       actor("الطائرات التركية", "Turkish military", "Turkish Air Force", "Military Forces of Turkey"),
       actor("المدنيين", "Civilians"), fatalities=[2, 99]),
    ev("armed_clash", ("2015-07-29", "2015-08-05"), loc("Salas-e Babajani (Kermanshah)", "IR", 34.74, 46.15, 50),
       actor("وحدات حماية شرق كردستان", "East Kurdistan Defense Units", "YRK", "PJAK"),
       actor("الحرس الثوري الإيراني", "الجيش الإيراني", "IRGC", "Islamic Revolutionary Guard Corps", "Military Forces of Iran"),
       fatalities=17),
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.976, 38.425, 25),
       actor("داعش", "Islamic State", "ISIS"), actor("الناشطين الأكراد", "Civilians", "Kurdish activists"), fatalities=32, optional=True),
]
C["ant-SK-middleEast-2397-20180615"] = [
    ev("armed_clash", ("2018-06-13", "2018-06-15"), loc("Hodeidah", "YE", 14.797, 42.945, 30),
       actor("قوات التحالف العربي", "المقاومة اليمنية", "Saudi-led coalition", "Joint Resistance Forces", "Yemeni government forces"),
       actor("ميليشيات الحوثي", "مليشيات الحوثي الإيرانية", "Houthis", "Ansar Allah"), optional=True),
]


# --- group 8
C["snn-8bc7b64f5a43"] = []
C["snn-385caecd9669"] = []
LNA = actor("الجيش الوطني الليبي", "الجيش الوطني", "قوات الجيش الوطني", "Libyan National Army", "LNA", "Haftar forces")
AQD = actor("المجموعات المتطرفة", "تنظيم القاعدة", "مسلحو القاعدة", "المتشددين", "al-Qaeda", "Derna Protection Force", "Derna Mujahideen Shura Council")
C["ant-SK-middleEast-2643-20180628"] = [
    ev("government_regains_territory", ("2018-06-28", "2018-06-28"), loc("Derna (al-Bilad district)", "LY", 32.767, 22.637, 25), LNA, AQD),
    ev("armed_clash", ("2018-06-25", "2018-06-25"), loc("Derna (al-Maghar district)", "LY", 32.767, 22.637, 25), LNA, AQD),
    ev("armed_clash", ("2018-05-07", "2018-06-28"), loc("Derna", "LY", 32.767, 22.637, 25), LNA, AQD, fatalities=[1, 99], optional=True),
]
C["ant-SK-middleEast-3775-20181008"] = [
    ev("arrests", ("2018-10-08", "2018-10-08"), loc("Derna", "LY", 32.767, 22.637, 25),
       actor("الجيش الوطني الليبي", "الجيش الوطني", "الجيش الليبي", "Libyan National Army", "LNA"),
       actor("هشام عشماوي", "Hisham Ashmawi", "Al-Murabitoun", "أنصار بيت المقدس")),
]
C["ant-SK-internationalNews-597-20180326"] = [
    ev("peaceful_protest", ("2018-03-19", "2018-03-26"), loc("Japan", "JP", None, None),
       actor("Protesters (Japan)", "Protesters"), None, optional=True),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-78.jsonl"))
