import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

C["snn-86a1124669a2"] = []   # drug seizure, ordinary crime
C["snn-a5df17f0b0c1"] = []   # business news
C["ant-SK-middleEast-449-20180321"] = [
    ev("shelling_artillery_missile_attack", ("2018-03-15", "2018-03-15"),
       loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("Turkish military", "Military Forces of Turkey", "Turkey", "قصف تركي", "تركيا"),
       actor("YPJ", "Women's Protection Units", "وحدات حماية المرأة الكردية", "وحدات حماية المرأة", "القوات الكردية", "YPG"),
       fatalities=1),
    ev("air_drone_strike", ("2018-03-15", "2018-03-15"),
       loc("Afrin", "SY", 36.5119, 36.8695, 25),
       actor("Turkish military", "Military Forces of Turkey", "Turkey", "قصف تركي", "تركيا"),
       actor("YPJ", "Women's Protection Units", "وحدات حماية المرأة الكردية", "وحدات حماية المرأة", "القوات الكردية", "YPG"),
       fatalities=1, optional=True),
]
C["snn-f3a72c7d7f74"] = []   # stray celebratory gunfire, accident
C["snn-3e12858c670e"] = []   # harassment cases, ordinary crime / tweet
C["snn-147ed350e90c"] = [
    ev("suicide_bomb", ("2015-08-04", "2015-08-11"),
       loc("Abha", "SA", 18.2137, 42.5061, 50), None,
       actor("Saudi Emergency Forces", "قوات الطوارئ"), optional=True),
]
C["ant-SK-middleEast-2433-20180617"] = [
    ev("armed_clash", ("2018-06-15", "2018-06-17"),
       loc("Derna", "LY", 32.76704, 22.63669, 25),
       actor("Libyan National Army", "LNA", "الجيش الليبي", "الجيش الوطني", "الجيش الوطني الليبي"),
       actor("Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "شورى مجاهدي درنة", "القاعدة", "al-Qaeda", "أنصار الشريعة", "Ansar al-Sharia"),
       optional=True),
]
C["snn-c72560920ac2"] = []   # UNICEF report, general
C["ant-SK-technology-1139-20180719"] = []
C["ant-SK-internationalNews-2005-20180607"] = []
C["ant-CN-internationalNews-275-20180423"] = [
    ev("attack", ("2018-04-23", "2018-04-23"),
       loc("Toronto", "CA", 43.6532, -79.3832, 25), None,
       actor("Civilians", "مارة", "المارة"), fatalities=9, injured=16, optional=True),
]
_tn_pol = actor("Tunisian National Guard", "Police Forces of Tunisia", "Tunisian security forces", "وحدات الحرس التونسي", "الحرس التونسي", "قوات الأمن التونسي")
_tn_mil = actor("Islamist militants", "Unidentified Armed Group (Tunisia)", "عنصرين إرهابيين", "عنصر إرهابي", "إرهابيين", "عناصر إرهابية")
C["snn-ab26eb6e9829"] = [
    ev("arrests", ("2015-07-30", "2015-07-31"), loc("Sidi Bouzid", "TN", 35.03823, 9.48494, 25), _tn_pol, _tn_mil),
    ev("arrests", ("2015-07-30", "2015-07-31"), loc("Monastir", "TN", 35.77799, 10.82617, 25), _tn_pol, _tn_mil),
    ev("arrests", ("2015-07-29", "2015-07-31"), loc("Tinja", "TN", 37.15964, 9.7606, 25), _tn_pol, _tn_mil),
]
_iq = actor("Iraqi security forces", "Military Forces of Iraq", "القوات الأمنية", "متطوعي العشائر", "Tribal fighters")
_is = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مسلحي داعش")
C["snn-8ad3630d5567"] = [
    ev("armed_clash", ("2015-08-06", "2015-08-06"), loc("Husaybah (Ramadi)", "IQ", 33.42068, 43.4533, 25), _iq, _is),
    ev("armed_clash", ("2015-08-06", "2015-08-06"), loc("Al-Malahma (Ramadi)", "IQ", 33.42, 43.31, 50), _iq, _is, optional=True),
    ev("armed_clash", ("2015-08-06", "2015-08-06"), loc("Albu Alwan", "IQ", 33.43818, 44.01678, 50), _iq, _is, optional=True),
    ev("armed_clash", ("2015-08-05", "2015-08-07"), loc("Ramadi", "IQ", 33.42056, 43.30778, 25), _iq, _is, optional=True),
    ev("government_regains_territory", ("2015-07-20", "2015-08-07"), loc("Al-Fuhaimi", "IQ", None, None), _iq, _is, optional=True),
]
C["ant-SK-internationalNews-3325-20181006"] = [
    ev("peaceful_protest", ("2018-10-06", "2018-10-06"), loc("Edinburgh", "GB", 55.9533, -3.1883, 25),
       actor("Protesters (United Kingdom)", "Protesters", "متظاهر", "المتظاهرين", "Scottish independence supporters"), None),
]
C["ant-SK-middleEast-2968-20180718"] = [
    ev("attack", ("2018-07-15", "2018-07-18"), loc("Penjwen", "IQ", 35.623925, 45.945859, 25), None,
       actor("Civilians", "إقبال مرادي", "معارض إيراني", "الناشط السياسي المعارض", "Iqbal Moradi"), fatalities=1),
]

C["ant-SK-internationalNews-940-20180416"] = [
    ev("chemical_weapon", ("2018-04-07", "2018-04-07"), loc("Douma", "SY", 33.57175, 36.4027, 25),
       actor("Syrian government forces", "Military Forces of Syria", "النظام السوري", "سوريا"), actor("Civilians"),
       fatalities=[10, 99], optional=True),
]
C["ant-SK-middleEast-2751-20180704"] = []   # failed negotiations; statements
_coal = actor("Saudi-led coalition", "Arab Coalition", "التحالف", "التحالف العربي", "مقاتلات التحالف")
_hou = actor("Houthis", "Ansar Allah", "الحوثيين", "مليشيات الحوثي", "ميليشيات الحوثي", "المتمردين")
_leg = actor("Military Forces of Yemen (Hadi)", "Yemeni government forces", "قوات الشرعية", "قوات الشرعية اليمنية")
_d = ("2018-04-26", "2018-04-26")
C["ant-SK-middleEast-1261-20180426"] = [
    ev("shelling_artillery_missile_attack", _d, loc("Razih district", "YE", 16.927219, 43.254721, 30), _coal, _hou),
    ev("shelling_artillery_missile_attack", _d, loc("Ghamr district", "YE", 16.92161, 43.35079, 30), _coal, _hou),
    ev("air_drone_strike", _d, loc("Al-Mutun district", "YE", 16.23063, 44.58476, 30), _coal, _hou),
    ev("air_drone_strike", _d, loc("Saada (outskirts)", "YE", 16.94021, 43.76394, 25), _coal, _hou),
    ev("shelling_artillery_missile_attack", _d, loc("Jabal al-Qarha, Al-Malajim district", "YE", 14.35994, 45.38985, 40), _leg, _hou),
    ev("air_drone_strike", _d, loc("Khalid camp, Mawza district", "YE", 13.26831, 43.50993, 30), _coal, _hou),
]
C["ant-CN-middleEast-1170-20180810"] = [
    ev("disrupted_weapons_use", ("2018-08-08", "2018-08-10"), loc("Jizan", "SA", 16.88917, 42.55111, 50),
       actor("Royal Saudi Air Defense", "Military Forces of Saudi Arabia", "قوات الدفاع الجوي الملكي السعودي", "قوات الدفاع الجوي للتحالف", "Saudi-led coalition", "التحالف"),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "الحوثيين", "المليشيا الحوثية"), fatalities=0, injured=0),
    ev("shelling_artillery_missile_attack", ("2018-08-08", "2018-08-10"), loc("Jizan", "SA", 16.88917, 42.55111, 50),
       actor("Houthis", "Ansar Allah", "الميليشيا الحوثية", "الحوثيين", "المليشيا الحوثية"),
       actor("Civilians"), fatalities=0, injured=0, optional=True),
    ev("air_drone_strike", ("2018-08-08", "2018-08-10"), loc("Saada", "YE", 16.94021, 43.76394, 50),
       actor("Saudi-led coalition", "التحالف", "تحالف دعم الشرعية في اليمن"), actor("Civilians", "أطفالا"), optional=True),
]
_syg = actor("Syrian government forces", "Military Forces of Syria", "جيش النظام", "الجيش", "الجيش السوري", "Syrian army")
_reb = actor("Syrian opposition", "Syrian rebels", "الفصائل المسلحة", "مقاتلي الفصائل", "المعارضة", "فصائل إسلامية")
C["ant-SK-middleEast-3035-20180721"] = [
    ev("government_regains_territory", ("2018-07-20", "2018-07-21"), loc("Quneitra-Daraa area", "SY", 33.0, 35.95, 40),
       _syg, _reb, optional=True),
    ev("agreement", ("2018-07-12", "2018-07-19"), loc("Quneitra", "SY", 33.12594, 35.82461, 40),
       actor("Russia", "Military Forces of Russia", "ضباط روس", "روسيا"), _reb, optional=True),
    ev("non_violent_transfer_of_territory", ("2018-07-20", "2018-07-20"), loc("Quneitra", "SY", 33.12594, 35.82461, 40),
       _reb, _syg, optional=True),
]

_jf = actor("Joint forces", "Giants Brigades", "Al-Amaliqa", "القوات المشتركة", "ألوية العمالقة", "Military Forces of Yemen (Hadi)", "Yemeni government forces")
_hou2 = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الحوثيين", "الميليشيات الحوثية", "المتمردين")
_faz = loc("Al-Fazah, At-Tuhayta district", "YE", 14.08078, 43.119866, 30)
C["ant-SK-middleEast-2631-20180628"] = [
    ev("armed_clash", ("2018-06-27", "2018-06-27"), _faz, _jf, _hou2, fatalities=30),
    ev("air_drone_strike", ("2018-06-27", "2018-06-27"), _faz,
       actor("Saudi-led coalition", "Arab Coalition", "التحالف", "مقاتلات التحالف", "التحالف العربي"), _hou2),
    ev("government_regains_territory", ("2018-06-27", "2018-06-28"), _faz, _jf, _hou2),
    ev("shelling_artillery_missile_attack", ("2018-06-27", "2018-06-27"), _faz, _jf, _hou2, optional=True),
    ev("arrests", ("2018-06-01", "2018-06-28"), loc("Sanaa", "YE", 15.35, 44.21, 50), _hou2,
       actor("Former Yemeni army officers", "الضباط والجنود السابقين"), optional=True),
]
C["snn-40d8521390d5"] = [
    ev("arrests", ("2015-07-31", "2015-08-04"), loc("Tunisia", "TN", None, None),
       actor("Police Forces of Tunisia", "Tunisian security forces", "قوات الأمن الوطني", "الأمن التونسي", "قوات الأمن"),
       actor("Islamist militants", "عنصرا يشتبه في انضمامهم لتنظيمات متطرفة", "متطرفا"), optional=True),
    ev("attack", ("2015-06-26", "2015-06-26"), loc("Sousse", "TN", 35.82539, 10.63699, 25), None,
       actor("Civilians", "السياح الأجانب", "Tourists"), fatalities=[10, 99], optional=True),
]
C["snn-f0ccde1347ea"] = []   # residential fire
C["ant-SK-middleEast-213-20180310"] = [
    ev("air_drone_strike", ("2018-03-10", "2018-03-10"), loc("Eastern Ghouta", "SY", 33.53, 36.42, 15),
       actor("Syrian government forces", "Military Forces of Syria", "قوات النظام", "النظام السوري"),
       actor("Civilians", "المدنيين", "المعارضة", "Syrian opposition")),
]
C["ant-CN-middleEast-80-20180224"] = [
    ev("other", ("2018-02-15", "2018-02-24"), loc("Eastern Ghouta", "SY", 33.53, 36.42, 15),
       actor("Syrian government forces", "Military Forces of Syria", "الجيش السوري", "مروحيات الجيش السوري"), actor("Civilians", "السكان"), optional=True),
]

C["snn-d6f2718b1a73"] = []   # lion poaching story
C["snn-d204f62c6250"] = []   # treasure find
C["snn-a12aafce7bb5"] = []   # analysis of nuclear deal
C["snn-3ac5286c29d8"] = []   # shooting by mentally ill man, ordinary crime
C["snn-ba7f0ebba0cb"] = []   # law on human trafficking

C["snn-936f2fba24f5"] = [
    ev("remote_explosive_landmine_ied", ("2015-08-06", "2015-08-08"), loc("Al Hudaydah", "YE", 14.796625, 42.945213, 100),
       actor("Popular Resistance", "المقاومة", "الثوار", "Southern Resistance", "Yemeni resistance"),
       actor("Houthis", "Ansar Allah", "الحوثي", "القيادي الحوثي", "إبراهيم محمد المنتصر"), fatalities=1),
    ev("arrests", ("2015-08-01", "2015-08-08"), loc("Sanaa", "YE", 15.463615, 44.237884, 50),
       actor("Houthis", "Ansar Allah", "قوات حوثية", "جماعة الحوثي"),
       actor("Republican Guard", "Military Forces of Yemen (Saleh loyalists)", "الحرس الجمهوري", "ضباط الحرس الجمهوري"), optional=True),
]
C["ant-SK-middleEast-3551-20180907"] = [
    ev("violent_demonstration", ("2018-09-06", "2018-09-07"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Rioters (Iraq)", "Protesters (Iraq)", "متظاهرون غاضبون", "المتظاهرين", "المتظاهرون الغاضبون", "متظاهري البصرة"),
       actor("Iranian consulate", "Iran", "القنصلية الإيرانية", "Government of Iran")),
    ev("looting_property_destruction", ("2018-09-06", "2018-09-07"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Rioters (Iraq)", "Protesters (Iraq)", "متظاهرون غاضبون", "المتظاهرين"),
       actor("Iranian consulate", "Iran", "القنصلية الإيرانية"), optional=True),
    ev("violent_demonstration", ("2018-09-03", "2018-09-07"), loc("Basra", "IQ", 30.53302, 47.79747, 25),
       actor("Rioters (Iraq)", "Protesters (Iraq)", "المتظاهرون الغاضبون"),
       actor("Government of Iraq", "مقار حكومية", "Popular Mobilization Forces", "ميليشيات موالية لطهران"), optional=True),
]
C["snn-132b0b45de25"] = []   # road project
C["ant-CN-middleEast-1404-20181003"] = []   # ICJ ruling, statements; tickers with no conflict event
C["snn-81675a6f4f32"] = []   # Shura council decisions

C["ant-SK-internationalNews-2028-20180608"] = []   # nuclear agreements
C["ant-CN-middleEast-1053-20180530"] = [
    ev("peaceful_protest", ("2018-05-30", "2018-05-30"), loc("Amman", "JO", 31.95522, 35.94503, 100),
       actor("Protesters (Jordan)", "Labour Group (Jordan)", "النقابات المهنية", "المحتجون", "الأردنيين", "Jordanian professional associations"),
       None, optional=True),
]
C["ant-SK-internationalNews-1032-20180420"] = [
    ev("arrests", ("2018-02-01", "2018-03-20"), loc("Syria", "SY", None, None),
       actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية", "قوات تدعمها الولايات المتحدة"),
       actor("Islamic State", "ISIS", "داعش", "محمد حيدر زمار", "Mohammed Haydar Zammar"), optional=True),
]
C["ant-SK-internationalNews-1315-20180502"] = []   # electoral alliance
C["ant-SK-internationalNews-1688-20180521"] = []   # CIA director swearing-in

_iq2 = actor("Iraqi security forces", "Military Forces of Iraq", "القوات الأمنية", "القوات العراقية المشتركة", "القوات المشتركة", "قوات الجيش", "أبناء العشائر")
_is2 = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "مسلحي تنظيم داعش")
_ram = loc("Ramadi", "IQ", 33.42056, 43.30778, 25)
_dd = ("2015-07-19", "2015-07-21")
C["snn-f6a4d73656b1"] = [
    ev("armed_clash", ("2015-07-19", "2015-07-20"), loc("Kubaysah", "IQ", 33.591556, 42.617367, 25),
       actor("Kubaysah tribes", "Tribal militia (Iraq)", "عشائر كبيسة", "عشائر الناحية", "أبناء كبيسة"), _is2, fatalities=4),
    ev("armed_clash", _dd, loc("Albu Aitha (north of Ramadi)", "IQ", 33.45, 43.30, 25), _iq2, _is2),
    ev("government_regains_territory", _dd, loc("Albu Aitha (north of Ramadi)", "IQ", 33.45, 43.30, 25), _iq2, _is2, optional=True),
    ev("government_regains_territory", _dd, loc("Al-Tash (south-west of Ramadi)", "IQ", 33.38, 43.24, 25),
       actor("Golden Division", "Iraqi Counter-Terrorism Service", "ISOF", "الفرقة الذهبية", "Military Forces of Iraq"), _is2, fatalities=27),
    ev("armed_clash", _dd, loc("Al-Tash (south-west of Ramadi)", "IQ", 33.38, 43.24, 25),
       actor("Golden Division", "Iraqi Counter-Terrorism Service", "ISOF", "الفرقة الذهبية", "Military Forces of Iraq"), _is2, fatalities=27, optional=True),
    ev("shelling_artillery_missile_attack", _dd, _ram,
       actor("Iraqi Federal Police", "Military Forces of Iraq", "الشرطة الاتحادية", "مدفعية الميدان", "القوات العراقية المشتركة"), _is2,
       fatalities=[1, 99], injured=[0, 99]),
    ev("air_drone_strike", _dd, _ram,
       actor("Iraqi Army Aviation", "Military Forces of Iraq", "طيران الجيش", "القوات العراقية المشتركة"), _is2,
       fatalities=[1, 99], injured=[0, 99], optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-20"), loc("Al-Hamidiya (north-east of Ramadi)", "IQ", 33.44, 43.38, 25), _iq2, _is2, optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-20"), loc("Saqlawiyah", "IQ", 33.39576, 43.68289, 25), _iq2, _is2, optional=True),
    ev("armed_clash", ("2015-07-20", "2015-07-20"), loc("Nazim al-Warar (west of Ramadi)", "IQ", 33.43, 43.27, 25), _iq2, _is2, optional=True),
]
_ma = actor("Police Forces of Morocco", "Moroccan security forces", "الأمن المغربي", "BCIJ")
_isma = actor("Islamic State", "ISIS", "داعش", "تنظيم داعش", "أشخاص متهمين بالارتباط بتنظيم داعش")
_md = ("2018-05-13", "2018-05-14")
C["ant-SK-middleEast-1687-20180514"] = [
    ev("arrests", _md, loc("Fes", "MA", 34.028096, -5.007998, 25), _ma, _isma),
    ev("arrests", _md, loc("Casablanca", "MA", 33.569767, -7.600393, 25), _ma, _isma),
    ev("arrests", _md, loc("Kenitra", "MA", 34.258355, -6.579687, 25), _ma, _isma),
    ev("arrests", _md, loc("Midar (Driouch)", "MA", 34.943, -3.534, 50), _ma, _isma),
]
C["ant-SK-middleEast-2045-20180530"] = []   # US-Turkey roadmap for Manbij: a deal between states, no event
C["snn-f79714657b51"] = []   # analysis

C["ant-CN-internationalNews-529-20180816"] = [
    ev("attack", ("2018-08-12", "2018-08-16"), loc("London", "GB", 51.5074, -0.1278, 25),
       actor("صالح خاطر", "Salih Khater", "المنفذ"), actor("Civilians"), optional=True),
]
C["snn-4caad488c50f"] = []   # ministerial meeting
C["ant-SK-middleEast-217-20180310"] = []   # rape complaints against Tariq Ramadan (legal, not political violence)

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-115.jsonl"))
