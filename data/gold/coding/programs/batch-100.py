import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# --- group 1
C["ant-SK-internationalNews-2301-20180624"] = [
    ev("peaceful_protest", ("2018-06-22", "2018-06-24"), loc("Berlin", "DE", 52.52, 13.405, 50),
       actor("Protesters (Germany)", "يهوديا ومسلما", "يهود ومسلمي ألمانيا", "Jews and Muslims"), None, optional=True),
]
C["snn-223d736d3014"] = []
C["snn-62cf7939ac86"] = []
_tripoli_militia = actor("ميليشيات", "كتيبة ثوار طرابلس", "Tripoli Revolutionaries Brigade", "Tripoli Revolutionary Brigades", "Militia (Libya)")
_gna_guard = actor("الحرس التابع للمجلس الرئاسي", "الحرس الرئاسي", "حكومة الوفاق الوطني", "حكومة الوفاق", "Presidential Guard", "Government of National Accord", "GNA")
C["ant-SK-middleEast-1947-20180526"] = [
    ev("non_violent_transfer_of_territory", ("2018-05-26", "2018-05-26"), loc("Tripoli", "LY", 32.8875, 13.187, 25),
       _tripoli_militia, _gna_guard),
    ev("other", ("2018-05-26", "2018-05-26"), loc("Tripoli", "LY", 32.8875, 13.187, 25),
       _tripoli_militia, _gna_guard, optional=True),
]
_ye_gov = actor("الجيش اليمني", "القوات الحكومية", "قوات الجيش الوطني", "قوات الشرعية", "قوات الجيش", "Yemeni Army", "Yemeni government forces", "Hadi government forces")
_houthi = actor("ميليشيات الحوثي", "الحوثيين", "المليشيات", "الحوثي", "Houthis", "Ansar Allah")
C["ant-SK-middleEast-690-20180331"] = [
    ev("government_regains_territory", ("2018-03-31", "2018-03-31"), loc("Al-Dhaher district, Saada", "YE", 16.83, 43.34, 30),
       _ye_gov, _houthi),
    ev("armed_clash", ("2018-03-31", "2018-03-31"), loc("Al-Dhaher district, Saada", "YE", 16.83, 43.34, 30),
       _ye_gov, _houthi, optional=True),
    ev("air_drone_strike", ("2018-03-31", "2018-03-31"), loc("Al-Dhaher district, Saada", "YE", 16.83, 43.34, 30),
       actor("طيران الأباتشي", "قوات التحالف العربي", "Saudi-led coalition", "Arab Coalition"), _houthi, optional=True),
]

# --- group 2
C["ant-SK-internationalNews-2805-20180725"] = [
    ev("agreement", ("2018-07-25", "2018-07-25"), loc("South Sudan", "SS", None, None, 100),
       actor("حكومة الرئيس سيلفا كير", "القوات الحكومية", "Government of South Sudan", "South Sudan government", "Salva Kiir"),
       actor("المتمردين", "زعيم المتمردين رياك مشار", "مشار", "SPLM-IO", "Sudan People's Liberation Movement-in-Opposition", "Riek Machar", "rebels"), optional=True),
]
_iq_prot = actor("المتظاهرين", "متظاهرون", "مئات العراقيين", "Protesters (Iraq)", "Protesters")
_iq_sec = actor("القوى الأمنية", "أجهزة الأمن", "Iraqi security forces", "Police Forces of Iraq", "Security forces")
C["ant-SK-middleEast-2876-20180714"] = [
    ev("violent_demonstration", ("2018-07-13", "2018-07-13"), loc("Najaf", "IQ", 31.9892, 44.3291, 25),
       _iq_prot, _iq_sec, injured=[2, 99]),
    ev("protest_with_intervention", ("2018-07-13", "2018-07-13"), loc("Najaf", "IQ", 31.9892, 44.3291, 25),
       _iq_prot, _iq_sec, injured=[2, 99], optional=True),
    ev("violent_demonstration", ("2018-07-12", "2018-07-14"), loc("Maysan (Amarah)", "IQ", 31.8462, 47.1455, 100),
       _iq_prot, actor("حزب الدعوة", "تيار الحكمة", "المجلس الأعلى", "Dawa Party", "Hikma Movement", "Islamic Supreme Council of Iraq")),
    ev("violent_demonstration", ("2018-07-12", "2018-07-14"), loc("Maysan (Amarah)", "IQ", 31.8462, 47.1455, 100),
       _iq_prot, _iq_sec, fatalities=1, optional=True),
    ev("peaceful_protest", ("2018-07-12", "2018-07-14"), loc("Basra", "IQ", 30.533, 47.7975, 25),
       _iq_prot, None, optional=True),
]
C["snn-ecb445722f36"] = []
C["ant-SK-middleEast-2028-20180529"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-29", "2018-05-29"), loc("Southern Israel (Gaza periphery)", "IL", 31.40, 34.45, 30),
       actor("حركتا حماس والجهاد الإسلامي", "حماس", "الجهاد الإسلامي", "Hamas", "Palestinian Islamic Jihad", "PIJ", "Islamic Jihad"),
       actor("إسرائيل", "Israel", "Israeli Defense Forces", "IDF", "Military Forces of Israel")),
    ev("disrupted_weapons_use", ("2018-05-29", "2018-05-29"), loc("Southern Israel (Gaza periphery)", "IL", 31.40, 34.45, 30),
       actor("الجيش الاسرائيلي", "القبة الحديدية", "Israeli Defense Forces", "IDF", "Military Forces of Israel"),
       actor("حماس", "الجهاد الإسلامي", "Hamas", "Palestinian Islamic Jihad"), optional=True),
]
C["snn-cc6c3baaf234"] = []

# --- group 3
_isr = actor("الجيش الإسرائيلي", "المقاتلات الإسرائيلية", "إسرائيل", "Israel", "Israeli Defense Forces", "IDF", "Military Forces of Israel", "Israeli Air Force")
_iran_sy = actor("إيران", "الإيرانيين", "Iran", "Iranian forces", "Military Forces of Iran", "Islamic Revolutionary Guard Corps", "IRGC")
C["ant-CN-middleEast-869-20180510"] = [
    ev("air_drone_strike", ("2018-05-08", "2018-05-10"), loc("Syria", "SY", None, None), _isr, _iran_sy, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-05-08", "2018-05-10"), loc("Syria", "SY", None, None), _isr, _iran_sy, optional=True),
]
C["snn-4fa6d7f3e5db"] = []
C["snn-96209d4da5a6"] = []
C["ant-SK-middleEast-55-20180225"] = [
    ev("arrests", ("2018-02-24", "2018-02-24"), loc("Prague", "CZ", 50.0755, 14.4378, 25),
       actor("السلطات التشيكية", "Czech authorities", "Police Forces of Czech Republic", "Czech police"),
       actor("صالح مسلم", "حزب الاتحاد الديمقراطي", "الاتحاد الديمقراطي", "Salih Muslim", "Saleh Muslim", "PYD", "Democratic Union Party")),
]
C["snn-68b01dbc1cdc"] = []

# --- group 4
C["ant-SK-internationalNews-973-20180417"] = [
    ev("attack", ("2017-08-01", "2017-08-31"), loc("Turku", "FI", 60.4518, 22.2666, 25),
       actor("عبد الرحمن بوعنان", "بوعنان", "المغربي", "Abderrahman Bouanane", "Islamic State", "ISIS", "داعش"),
       actor("Civilians", "امرأتين", "النساء", "المدنيين"), fatalities=2, injured=8, optional=True),
]
C["snn-2abc6ea23be1"] = [
    ev("arrests", ("2015-07-14", "2015-07-21"), loc("Saudi Arabia", "SA", None, None),
       actor("الأجهزة الأمنية", "وزارة الداخلية", "Saudi security forces", "Police Forces of Saudi Arabia", "Saudi Ministry of Interior"),
       actor("داعش", "خلاياه", "الخلايا العنقودية", "Islamic State", "ISIS", "Daesh"), optional=True),
]
C["snn-3287fba24787"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-04", "2015-08-03"), loc("Al-Masiyal border post, Dhahran al-Janub", "SA", 17.6667, 43.5167, 50),
       None, actor("حرس الحدود", "Saudi Border Guard", "Military Forces of Saudi Arabia"), fatalities=3, injured=[5, 6], optional=True),
]
C["ant-SK-internationalNews-2568-20180710"] = []
C["ant-SK-economy-1398-20181008"] = []

# --- group 5
_coal = actor("طائرات التحالف العربي", "التحالف العربي", "طيران التحالف", "Saudi-led coalition", "Arab Coalition")
_houthi2 = actor("ميليشيا الحوثي", "ميليشيا الحوثي الإيرانية", "الميليشيات", "الحوثيين", "المتمردين", "Houthis", "Ansar Allah")
_ye_gov2 = actor("القوات الشرعية", "القوات الحكومية", "Yemeni Army", "Yemeni government forces", "Hadi government forces")
C["ant-SK-middleEast-231-20180311"] = [
    ev("air_drone_strike", ("2018-03-11", "2018-03-11"), loc("Mountains between Nati' and al-Malajim, al-Bayda", "YE", 14.45, 45.49, 30),
       _coal, _houthi2, fatalities=[2, 99], injured=[2, 99]),
    ev("government_regains_territory", ("2018-03-11", "2018-03-11"), loc("Al-Malajim, al-Bayda", "YE", 14.36, 45.39, 30),
       _ye_gov2, _houthi2),
    ev("armed_clash", ("2018-03-11", "2018-03-11"), loc("Al-Malajim, al-Bayda", "YE", 14.36, 45.39, 30),
       _ye_gov2, _houthi2, optional=True),
    ev("government_regains_territory", ("2018-03-04", "2018-03-04"), loc("Nati', al-Bayda", "YE", 14.54, 45.59, 30),
       _ye_gov2, _houthi2, optional=True),
]
C["ant-SK-middleEast-3556-20180907"] = [
    ev("disrupted_weapons_use", ("2018-09-05", "2018-09-07"), loc("Midi coast, Hajjah", "YE", 16.321, 42.813, 25),
       actor("التشكيل البحري اليمني التابع للمنطقة العسكرية الخامسة", "التشكيل البحري اليمني", "Yemeni Navy", "Yemeni government forces", "Military Forces of Yemen"),
       actor("ميليشيا الحوثي", "ميليشيا الحوثي الإيرانية", "الحوثيين", "Houthis", "Ansar Allah")),
    ev("armed_clash", ("2018-09-05", "2018-09-07"), loc("Kilo 16, east of Hodeidah", "YE", 14.84, 43.07, 25),
       actor("المقاومة اليمنية المشتركة", "ألوية العمالقة", "Joint Resistance", "Giants Brigades", "Al Amaliqa Brigades", "Yemeni government forces"),
       actor("ميليشيا الحوثي", "الميليشيات", "Houthis", "Ansar Allah")),
    ev("government_regains_territory", ("2018-09-05", "2018-09-07"), loc("Kilo 16, east of Hodeidah", "YE", 14.84, 43.07, 25),
       actor("المقاومة اليمنية المشتركة", "ألوية العمالقة", "Joint Resistance", "Giants Brigades", "Al Amaliqa Brigades", "Yemeni government forces"),
       actor("ميليشيا الحوثي", "الميليشيات", "Houthis", "Ansar Allah"), optional=True),
]
C["ant-CN-middleEast-705-20180423"] = [
    ev("air_drone_strike", ("2018-04-19", "2018-04-19"), loc("Yemen", "YE", None, None),
       actor("التحالف العربي", "العدوان الأمريكي السعودي", "Saudi-led coalition", "Arab Coalition"),
       actor("صالح الصماد", "المجلس السياسي الأعلى", "الحوثيون", "Saleh al-Sammad", "Houthis", "Ansar Allah"), fatalities=1, optional=True),
    ev("disrupted_weapons_use", ("2018-04-23", "2018-04-23"), loc("Jazan", "SA", 16.889, 42.551, 25),
       actor("التحالف العربي", "Saudi-led coalition", "Arab Coalition", "Military Forces of Saudi Arabia"),
       actor("الحوثيون", "Houthis", "Ansar Allah")),
    ev("shelling_artillery_missile_attack", ("2018-04-23", "2018-04-23"), loc("Jazan", "SA", 16.889, 42.551, 25),
       actor("الحوثيون", "Houthis", "Ansar Allah"), actor("Saudi Arabia", "Military Forces of Saudi Arabia"), optional=True),
]
_tn_sec = actor("قوات الأمن", "الوحدة المختصة للحرس الوطني", "الحرس الوطني", "قواتها الخاصة", "Tunisian National Guard", "Police Forces of Tunisia", "Tunisian security forces")
_tn_grp = actor("مجموعة إرهابية", "مجموعة مسلحة", "إرهابيًا", "Unidentified Armed Group (Tunisia)", "militants")
C["snn-fbcd95dffdde"] = [
    ev("armed_clash", ("2015-08-09", "2015-08-09"), loc("Jebel Semmama, Kasserine", "TN", 35.22, 8.72, 25),
       _tn_sec, _tn_grp, fatalities=1, injured=[2, 99]),
    ev("arrests", ("2015-08-09", "2015-08-10"), loc("Kasserine", "TN", 35.1676, 8.8365, 25),
       _tn_sec, actor("أحد العناصر الداعمة لها", "Unidentified Armed Group (Tunisia)"), optional=True),
]
C["snn-b9aaceb56326"] = []

# --- group 6
C["ant-SK-internationalNews-1730-20180523"] = []
_lna = actor("الجيش الليبي", "الجيش الوطني", "Libyan National Army", "LNA", "Khalifa Haftar forces")
_bdb = actor("كتائب دفاع بنغازي", "متشددين", "Benghazi Defense Brigades", "BDB", "Saraya Defend Benghazi")
C["ant-SK-middleEast-2377-20180614"] = [
    ev("armed_clash", ("2018-06-14", "2018-06-14"), loc("Es Sider oil port", "LY", 30.65, 18.367, 25), _lna, _bdb),
    ev("armed_clash", ("2018-06-14", "2018-06-14"), loc("Ras Lanuf", "LY", 30.5167, 18.5667, 25), _lna, _bdb),
    ev("air_drone_strike", ("2018-06-14", "2018-06-14"), loc("Ras Lanuf", "LY", 30.5167, 18.5667, 25), None, _bdb, optional=True),
]
C["snn-5cb6cf30a72a"] = []
C["ant-CN-middleEast-1043-20180529"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-29", "2018-05-29"), loc("Southern Israel (Gaza periphery)", "IL", 31.40, 34.45, 30),
       actor("حركة حماس", "حماس", "حركة الجهاد الإسلامي", "الفصائل الفلسطينية المسلحة", "فصائل فلسطينية", "Hamas", "Palestinian Islamic Jihad", "PIJ"),
       actor("الإسرائيليين", "إسرائيل", "Israel", "Civilians (Israel)", "Israeli Defense Forces", "IDF")),
    ev("air_drone_strike", ("2018-05-29", "2018-05-29"), loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("الجيش الإسرائيلي", "Israeli Defense Forces", "IDF", "Military Forces of Israel"),
       actor("حماس", "حركة الجهاد الإسلامي", "Hamas", "Palestinian Islamic Jihad"), optional=True),
]
C["ant-SK-economy-938-20180709"] = []

# --- group 7
_sy_opp = actor("فصائل من المعارضة السورية", "المعارضة السورية", "الفصائل", "Syrian opposition", "Syrian rebels", "Opposition rebels (Syria)")
_zidan = actor("رئيس فرع الأمن السياسي", "المقدم سومر زيدان", "سومر زيدان", "فرع الأمن السياسي", "Sumer Zidan", "Political Security Directorate", "Syrian government forces", "Military Forces of Syria")
C["ant-SK-middleEast-2060-20180531"] = [
    ev("armed_clash", ("2018-05-29", "2018-05-31"), loc("Aleppo-Khanasser road", "SY", 35.99, 37.34, 40), _sy_opp, _zidan, fatalities=1),
    ev("attack", ("2018-05-29", "2018-05-31"), loc("Aleppo-Khanasser road", "SY", 35.99, 37.34, 40), _sy_opp, _zidan, fatalities=1, optional=True),
]
C["snn-740253f49c43"] = []
C["snn-fcb393cb0bb7"] = [
    ev("abduction_forced_disappearance", ("2015-08-06", "2015-08-06"), loc("Yemen", "YE", None, None),
       actor("ميليشيات حوثية", "مليشيات الحوثي", "الميليشيات الحوثية", "Houthis", "Ansar Allah"),
       actor("الصحافي اليمني د. عبدالقادر الجنيد", "عبدالقادر الجنيد", "الجنيد", "Abdulqader al-Junaid", "Journalists (Yemen)", "Civilians"), optional=True),
]
C["snn-0fff081fec5e"] = []
C["snn-171f9e416ca5"] = []

# --- group 8
C["snn-2e0bbd5460f2"] = []
C["snn-27f645844650"] = []
C["snn-1900ae2d94a3"] = []
C["snn-d02a46c8e918"] = [
    ev("arrests", ("2015-07-17", "2015-07-23"), loc("Ben Gurion airport, Lod", "IL", 31.9986, 34.8854, 25),
       actor("الشرطة الإسرائيلية", "المخابرات الإسرائيلية", "عناصر الأمن", "Police Forces of Israel", "Israeli security forces", "Shin Bet"),
       actor("حسن خليل خيزران", "خيزران", "حزب الله", "Hassan Khalil Khaizaran", "Hezbollah"), optional=True),
]
C["snn-55b7dd5f1931"] = [
    ev("government_regains_territory", ("2015-07-14", "2015-07-14"), loc("Aden airport", "YE", 12.8295, 45.0289, 25),
       actor("القوات اليمنية الموالية للرئيس عبد ربه منصور هادي", "Yemeni government forces", "Hadi government forces", "Popular Resistance", "Saudi-led coalition"),
       actor("القوات الحوثية", "الحوثيون", "Houthis", "Ansar Allah"), optional=True),
]

# --- group 9
C["ant-SK-middleEast-3861-20181014"] = [
    ev("government_regains_territory", ("2018-07-01", "2018-07-31"), loc("Nassib border crossing", "SY", 32.5518, 36.1881, 25),
       actor("دمشق", "الحكومة السورية", "Syrian government forces", "Military Forces of Syria"),
       actor("المعارضة المسلحة", "Syrian opposition", "Syrian rebels"), optional=True),
]
C["snn-fde569414e72"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Maroua", "CM", 10.591, 14.316, 25),
       actor("انتحاريتان", "Boko Haram", "Islamic State West Africa Province"),
       actor("Civilians", "المدنيين"), fatalities=20, injured=[10, 150]),
]
_yres = actor("قوات المقاومة الشعبية الموالية للشرعية", "المقاومة الشعبية", "المقاومة", "Popular Resistance", "Yemeni government forces", "Hadi government forces", "Southern Resistance")
_yhs = actor("مليشيات الحوثي", "الحوثيين", "الحوثي", "الانقلابيين", "القوات الموالية للرئيس المخلوع علي عبدالله صالح", "Houthis", "Ansar Allah", "Saleh forces")
C["snn-8197b9e6a013"] = [
    ev("government_regains_territory", ("2015-08-08", "2015-08-08"), loc("Zinjibar", "YE", 13.1287, 45.3807, 25), _yres, _yhs),
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Zinjibar", "YE", 13.1287, 45.3807, 25), _yres, _yhs, optional=True),
    ev("armed_clash", ("2015-08-08", "2015-08-08"), loc("Al-Dhale province", "YE", 13.6957, 44.7314, 100), _yres, _yhs, optional=True),
    ev("government_regains_territory", ("2015-08-07", "2015-08-09"), loc("Sadrain camp, Qataba", "YE", 13.8549, 44.7058, 25), _yres, _yhs),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Damt", "YE", 14.0903, 44.6701, 25), _yres, _yhs),
    ev("air_drone_strike", ("2015-08-07", "2015-08-09"), loc("Al-Kawd, Abyan", "YE", 13.0886, 45.3647, 25),
       actor("مقاتلات الأباتشي", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), _yhs, optional=True),
    ev("shelling_artillery_missile_attack", ("2015-08-07", "2015-08-09"), loc("Al-Kawd, Abyan", "YE", 13.0886, 45.3647, 25),
       actor("البوارج البحرية", "التحالف العربي", "Saudi-led coalition", "Arab Coalition"), _yhs, optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Dofas, Abyan", "YE", 13.07, 45.22, 50), _yres, _yhs, fatalities=1, optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Bani Maran, Arhab (north of Sanaa)", "YE", 15.58, 44.23, 30),
       actor("قبائل بصنعاء", "قبائل", "المقاومة", "Tribesmen (Yemen)", "Popular Resistance"), _yhs),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Zindan, Arhab", "YE", 15.62, 44.25, 40),
       actor("قبائل بصنعاء", "المقاومة", "Tribesmen (Yemen)", "Popular Resistance"), _yhs, optional=True),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Hudhran, west of Taiz", "YE", 13.58, 43.94, 25), _yres, _yhs),
    ev("armed_clash", ("2015-08-07", "2015-08-09"), loc("Bir Basha, Taiz", "YE", 13.575, 43.985, 25), _yres, _yhs, optional=True),
]
C["snn-1fbce1d45271"] = []
C["snn-3838d1c25ce3"] = []
C["snn-e7afa779270f"] = []
C["ant-SK-internationalNews-2269-20180622"] = [
    ev("arrests", ("2018-06-20", "2018-06-22"), loc("Ankara", "TR", 39.9144, 32.7895, 25),
       actor("الشرطة التركية", "شرطة مكافحة الإرهاب", "Police Forces of Turkey", "Turkish police"),
       actor("تنظيم داعش", "داعش", "Islamic State", "ISIS", "Daesh")),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-100.jsonl"))
