import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

# ---- group 1
C["snn-b7453b72fe7f"] = []

LY_MIL = actor("مجموعات مسلحة", "Militia (Libya)", "Armed groups", "Libyan militias")
C["ant-SK-middleEast-3492-20180902"] = [
    ev("armed_clash", ("2018-08-31", "2018-09-02"),
       loc("Ain Zara", "LY", 32.80, 13.24, 30),
       LY_MIL, LY_MIL),
    ev("mob_violence", ("2018-08-31", "2018-09-02"),
       loc("Ain Zara prison", "LY", 32.80, 13.24, 30),
       actor("المعتقلين", "معتقل", "Prisoners", "Detainees"), None, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-08-31", "2018-08-31"),
       loc("South Tripoli", "LY", 32.82, 13.20, 25), None, None, optional=True),
    ev("agreement", ("2018-08-28", "2018-08-28"),
       loc("Tripoli", "LY", 32.88743, 13.18733, 25), None, None, optional=True),
    ev("agreement", ("2018-08-30", "2018-08-30"),
       loc("Tripoli", "LY", 32.88743, 13.18733, 25), None, None, optional=True),
    ev("other", ("2018-09-02", "2018-09-02"),
       loc("Tripoli", "LY", 32.88743, 13.18733, 25),
       actor("المجلس الرئاسي لحكومة الوفاق الوطني الليبية", "المجلس الرئاسي", "Government of National Accord", "GNA", "Presidential Council"), None, optional=True),
]

SS_GOV = actor("حكومة جنوب السودان", "Government of South Sudan", "South Sudan government", "SPLA")
SS_IO = actor("حركة التمرد الرئيسية بقيادة رياك مشار", "رياك مشار", "SPLM-IO", "SPLM/A-IO", "Riek Machar")
C["ant-SK-internationalNews-2513-20180706"] = [
    ev("agreement", ("2018-07-04", "2018-07-06"),
       loc("Khartoum", "SD", 15.59092, 32.522106, 25), SS_GOV, SS_IO, optional=True),
    ev("agreement", ("2018-06-26", "2018-06-26"),
       loc("Khartoum", "SD", 15.59092, 32.522106, 25), SS_GOV, SS_IO, optional=True),
]

C["snn-d7c990576b92"] = []

TR_SEC = actor("السلطات التركية", "الشرطة", "وكالة المخابرات التركية", "شرطة مكافحة الإرهاب",
               "Turkish security forces", "Police Forces of Turkey", "Turkish police", "Turkish authorities", "MIT")
IS_ = actor("تنظيم داعش", "داعش", "داعشيين", "Islamic State", "ISIS", "ISIL", "Daesh", "IS")
C["ant-SK-internationalNews-2129-20180614"] = [
    ev("arrests", ("2018-06-12", "2018-06-14"),
       loc("Izmir", "TR", 38.41273, 27.13838, 100), TR_SEC, IS_),
    ev("arrests", ("2018-06-13", "2018-06-13"),
       loc("Istanbul", "TR", 41.01384, 28.94966, 25), TR_SEC, IS_),
    ev("attack", ("2017-01-01", "2017-01-01"),
       loc("Istanbul", "TR", 41.01384, 28.94966, 25), IS_, actor("Civilians", "المدنيين"),
       fatalities=39, optional=True),
    ev("suicide_bomb", ("2016-01-01", "2016-12-31"),
       loc("Istanbul", "TR", 41.01384, 28.94966, 25), IS_, None,
       fatalities=12, optional=True),
]

# ---- group 2
LNA = actor("الجيش الوطني الليبي", "الجيش الليبي", "القوات المسلحة", "غرفة عمليات الكرامة", "Libyan National Army", "LNA",
            "Military Forces of Libya", "Haftar forces")
DERNA_ISL = actor("الإرهابيون", "الإرهابيين", "مجلس شورى مجاهدي درنة", "تنظيم القاعدة", "القاعدة",
                  "Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "DMSC", "Derna Protection Force",
                  "Al Qaeda", "terrorists")
DERNA = loc("Derna", "LY", 32.76704, 22.63669, 25)
C["ant-SK-middleEast-2304-20180611"] = [
    ev("armed_clash", ("2018-06-09", "2018-06-11"), DERNA, LNA, DERNA_ISL),
    ev("suicide_bomb", ("2018-06-09", "2018-06-11"), DERNA, DERNA_ISL, LNA, optional=True),
    ev("arrests", ("2018-06-09", "2018-06-11"), DERNA, LNA, DERNA_ISL, optional=True),
]
C["ant-SK-middleEast-2299-20180610"] = [
    ev("government_regains_territory", ("2018-06-09", "2018-06-09"), DERNA, LNA, DERNA_ISL),
    ev("government_regains_territory", ("2018-06-08", "2018-06-10"), DERNA, LNA, DERNA_ISL, optional=True),
    ev("arrests", ("2018-06-08", "2018-06-08"), DERNA, LNA, DERNA_ISL),
    ev("armed_clash", ("2018-06-09", "2018-06-09"), DERNA, LNA, DERNA_ISL, optional=True),
]
C["ant-SK-internationalNews-1709-20180522"] = []

HOUTHI = actor("ميليشيا الحوثي", "الحوثيين", "ميليشيا_الحوثي", "Houthis", "Ansar Allah", "Houthi militia")
HOUTHI_SALEH = actor("الحوثيين", "قوات صالح", "ميليشيا الحوثي", "Houthis", "Ansar Allah", "Saleh forces", "Houthi-Saleh forces")
RESIST = actor("المقاومة اليمنية", "المقاومة الشعبية", "المقاومة", "Popular Resistance", "Yemeni resistance", "Pro-Hadi forces")
C["snn-bbd2d33ecff0"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-19", "2015-07-21"),
       loc("Dar Saad", "YE", 12.909453, 44.977881, 25), HOUTHI, actor("Civilians", "المدنيين", "عائلة واحدة"),
       fatalities=8),
    ev("armed_clash", ("2015-07-19", "2015-07-21"),
       loc("Al Anad Air Base", "YE", 13.176, 44.765, 30), RESIST, HOUTHI, fatalities=22),
    ev("armed_clash", ("2015-07-19", "2015-07-21"),
       loc("Marib", "YE", 15.46253, 45.32581, 100), RESIST, HOUTHI_SALEH, fatalities=9),
]

C["ant-CN-middleEast-1374-20180912"] = [
    ev("peaceful_protest", ("2018-09-10", "2018-09-12"),
       loc("Basra", "IQ", 30.53302, 47.79747, 25), actor("Protesters (Iraq)", "Protesters", "محتجين"), None, optional=True),
    ev("remote_explosive_landmine_ied", ("2005-01-01", "2005-12-31"),
       loc("Beirut", "LB", 33.892219, 35.499465, 25), actor("حزب الله", "Hezbollah"), None, optional=True),
]

# ---- group 3
C["snn-e23c236d85b9"] = []
C["ant-SK-middleEast-2193-20180606"] = []

COAL = actor("طائرات تحالف دعم الشرعية", "تحالف دعم الشرعية", "قوات التحالف", "التحالف",
             "Saudi-led coalition", "Arab Coalition", "Coalition to Restore Legitimacy in Yemen")
HOUTHI2 = actor("ميليشات الحوثي", "ميليشيات الحوثي", "الحوثيين", "الحوثيون", "المتمردين", "الميليشيات الحوثية",
                "Houthis", "Ansar Allah", "Houthi militia")
JRF = actor("قوات المقاومة الوطنية المشتركة", "ألوية العمالقة", "قوات المقاومة المشتركة", "المقاومة المشتركة",
            "Joint Resistance Forces", "Giants Brigades", "Al Amalika", "Pro-Hadi forces")
C["ant-SK-middleEast-3200-20180731"] = [
    ev("air_drone_strike", ("2018-07-29", "2018-07-31"),
       loc("Al Husayniyah", "YE", 14.72659, 43.30357, 25), COAL, HOUTHI2),
    ev("armed_clash", ("2018-07-29", "2018-07-31"),
       loc("Zabid", "YE", 14.196411, 43.316688, 25), JRF, HOUTHI2, optional=True),
    ev("armed_clash", ("2018-07-29", "2018-07-31"),
       loc("Al Tuhayta", "YE", 14.18356, 43.22637, 25), JRF, HOUTHI2, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-29", "2018-07-31"),
       loc("Al Tuhayta", "YE", 14.18356, 43.22637, 25), COAL, HOUTHI2, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-07-29", "2018-07-31"),
       loc("Hays", "YE", 13.9317, 43.4831, 25), COAL, HOUTHI2, optional=True),
]

KHAN = loc("Khan al-Ahmar", "PS", 31.8017, 35.3333, 25)
C["ant-SK-middleEast-2754-20180704"] = [
    ev("protest_with_intervention", ("2018-07-04", "2018-07-04"), KHAN,
       actor("متظاهرين فلسطينيين", "المحتجين", "الفلسطينيين", "Protesters (Palestine)", "Palestinian protesters", "Protesters"),
       actor("قوات الشرطة الإسرائيلية", "الشرطة الإسرائيلية", "الشرطة", "Police Forces of Israel", "Israeli police"),
       injured=[35, 39]),
    ev("violent_demonstration", ("2018-07-04", "2018-07-04"), KHAN,
       actor("متظاهرين فلسطينيين", "المحتجين", "الفلسطينيين", "Protesters (Palestine)", "Palestinian protesters", "Protesters", "Rioters (Palestine)"),
       actor("قوات الشرطة الإسرائيلية", "الشرطة الإسرائيلية", "الشرطة", "Police Forces of Israel", "Israeli police"),
       injured=[35, 39], optional=True),
    ev("other", ("2018-07-03", "2018-07-04"), KHAN,
       actor("الجيش", "جنود", "Military Forces of Israel", "Israeli army", "IDF"), None, optional=True),
]
C["ant-SK-economy-622-20180522"] = []

# ---- group 4
C["snn-dad9f293138c"] = []
C["ant-CN-middleEast-998-20180522"] = []

C["snn-782fa2410897"] = [
    ev("suicide_bomb", ("2015-01-01", "2015-01-31"),
       loc("Sultanahmet, Istanbul", "TR", 41.0055, 28.9768, 25),
       actor("امرأة انتحارية", "Islamic State", "ISIS", "داعش", "Unidentified suicide bomber"),
       actor("Police Forces of Turkey", "Turkish police", "مركز للشرطة", "ضابط شرطة"),
       fatalities=[1, 2], optional=True),
    ev("arrests", ("2015-06-21", "2015-07-21"), loc("Turkey", "TR", None, None),
       actor("Turkish security forces", "Police Forces of Turkey", "Turkey", "تركيا"), IS_, optional=True),
]

RU_SEC = actor("الاستخبارات الروسية", "جهاز الاستخبارات الروسي", "الأمن الروسي", "روسيا",
               "Federal Security Service", "FSB", "Russian security forces", "Police Forces of Russia")
C["ant-SK-internationalNews-1531-20180511"] = [
    ev("arrests", ("2018-04-25", "2018-05-09"), loc("Moscow", "RU", 55.7558, 37.6173, 50),
       RU_SEC, actor("عناصر إرهابية", "المجموعات الإرهابية", "شبكة إرهابية", "terrorist group", "Unidentified armed group (Russia)"),
       optional=True),
    ev("armed_clash", ("2018-04-21", "2018-04-24"), loc("Ural Federal District", "RU", None, None),
       RU_SEC, actor("شبكة إرهابية", "إرهابيا", "terrorist network", "Unidentified armed group (Russia)"),
       fatalities=[0, 26], optional=True),
]

C["ant-SK-middleEast-626-20180328"] = [
    ev("peaceful_protest", ("2017-12-28", "2018-03-28"), loc("Iran", "IR", None, None),
       actor("الإيرانيين", "المحتجين", "Protesters (Iran)", "Protesters"), None, optional=True),
]

# ---- group 5
UA_REB = actor("المتمردون", "المتمردين", "الانفصاليون", "الانفصاليين", "مقاتلون موالون لروسيا", "المتمردون الموالون لروسيا",
               "Pro-Russian separatists", "Donetsk People's Republic", "DPR", "Ukrainian rebels", "Novorossiya")
UA_GOV = actor("القوات الحكومية", "القوات الأوكرانية", "الجيش", "جندي أوكراني", "Military Forces of Ukraine", "Ukrainian army", "Ukrainian forces")
C["snn-7c945c374af7"] = [
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-20"),
       loc("Avdiivka", "UA", 48.14, 37.75, 25), UA_REB, actor("Civilians", "المدنيين", "مدنيين"), fatalities=3),
    ev("attack", ("2015-07-18", "2015-07-20"),
       loc("Avdiivka", "UA", 48.14, 37.75, 25), UA_REB, actor("Civilians", "المدنيين", "مدنيين"), fatalities=3, optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-20"),
       loc("Luhansk oblast", "UA", None, None), UA_REB, UA_GOV, fatalities=1, injured=[0, 4], optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-17", "2015-07-20"),
       loc("Krasnohorivka", "UA", 47.98, 37.51, 50), UA_GOV, None, optional=True),
]
C["snn-9c8a6a439d44"] = []
C["snn-199d00387146"] = [
    ev("suicide_bomb", ("2015-06-18", "2015-07-17"), loc("Kuwait", "KW", None, None), IS_, None, optional=True),
    ev("attack", ("2015-06-18", "2015-07-17"), loc("Tunisia", "TN", None, None), IS_, actor("Civilians", "المدنيين"), optional=True),
    ev("attack", ("2015-07-07", "2015-07-17"), loc("Khamis Mushait", "SA", 18.311309, 42.755213, 25),
       actor("مجرم متطرف", "Islamic State", "ISIS"), actor("Civilians", "والده"), fatalities=1, optional=True),
]
C["ant-SK-internationalNews-1599-20180516"] = [
    ev("excessive_force_against_protesters", ("2018-05-14", "2018-05-14"),
       loc("Gaza Strip", "PS", 31.42, 34.38, 30),
       actor("إسرائيل", "Military Forces of Israel", "Israeli forces", "Israel", "IDF"),
       actor("محتجين فلسطينيين", "Protesters (Palestine)", "Palestinian protesters", "Protesters"),
       fatalities=[10, 99], injured=[100, 999]),
    ev("peaceful_protest", ("2018-05-14", "2018-05-16"), loc("Turkey", "TR", None, None),
       actor("أحزاب المعارضة التركية", "Protesters (Turkey)", "Turkish opposition"), None, optional=True),
]
C["ant-SK-middleEast-33-20180223"] = []

# ---- group 6
C["snn-b08a12c80ed9"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.989671, 38.38611, 25),
       actor("التنظيم الإرهابي", "Islamic State", "ISIS", "داعش"), actor("Civilians", "المدنيين"), fatalities=32, optional=True),
    ev("air_drone_strike", ("2015-07-24", "2015-08-06"), loc("Northern Iraq", "IQ", None, None),
       actor("تركيا", "Military Forces of Turkey", "Turkish air force", "Turkey"),
       actor("حزب العمال الكردستاني", "PKK", "Kurdistan Workers' Party"), optional=True),
    ev("air_drone_strike", ("2015-08-03", "2015-08-06"), loc("Northern Syria", "SY", None, None),
       actor("الولايات المتحدة", "United States", "US-led coalition", "Military Forces of the United States"),
       IS_, optional=True),
]
C["snn-8f172e8f610c"] = []
C["snn-2608dfaa490d"] = []
C["snn-72fa22d321ef"] = []

COAL_IQ = actor("طيران التحالف الدولي", "طائرات التحالف الدولي", "التحالف الدولي", "الطائرات الدولية", "قصف جوي للتحالف",
                "US-led coalition", "International coalition", "Global Coalition Against Daesh", "CJTF-OIR")
IS_M = actor("تنظيم داعش", "داعش", "مسلحين من داعش", "التنظيم", "Islamic State", "ISIS", "ISIL", "Daesh", "IS")
D = ("2015-07-29", "2015-07-30")
C["snn-c4a11388db51"] = [
    ev("air_drone_strike", D, loc("Baybukhat, Bashiqa", "IQ", 36.46194, 43.22008, 25), COAL_IQ, IS_M, fatalities=10),
    ev("air_drone_strike", D, loc("Bashiqa", "IQ", 36.44744, 43.35082, 25), COAL_IQ, IS_M),
    ev("disrupted_weapons_use", D, loc("Bashiqa", "IQ", 36.44744, 43.35082, 25), COAL_IQ, IS_M, optional=True),
    ev("air_drone_strike", D, loc("Imam Reza village, east of Mosul", "IQ", 36.40, 43.27, 30), COAL_IQ, IS_M, fatalities=9),
    ev("air_drone_strike", D, loc("Khawja Khalil, Wanah", "IQ", 36.53205, 42.75933, 30), COAL_IQ, IS_M, fatalities=11),
    ev("armed_clash", D, loc("Wadi al-Hajar, Mosul", "IQ", 36.343141, 43.15487, 25),
       actor("مجموعة مسلحة", "Unidentified armed group (Iraq)", "Unidentified armed group"),
       actor("مجموعة الخنساء", "مجموعة الخنساء النسوية المسلحة", "Al-Khansaa Brigade", "Islamic State", "ISIS", "داعش"),
       fatalities=3),
    ev("abduction_forced_disappearance", D, loc("Mosul", "IQ", 36.343141, 43.15487, 25), IS_M,
       actor("Civilians", "مواطنا موصليا", "المدنيين")),
    ev("attack", D, loc("Mosul (rear of Bashiqa front)", "IQ", 36.343141, 43.15487, 50), IS_M,
       actor("مسلحيه الأطفال", "Islamic State", "ISIS", "child soldiers"), fatalities=41, optional=True),
    ev("air_drone_strike", D, loc("Mosul", "IQ", 36.343141, 43.15487, 25), COAL_IQ, IS_M, optional=True),
]

# ---- group 7
C["ant-SK-internationalNews-3077-20180818"] = []
C["ant-SK-middleEast-243-20180312"] = []
IS_S = actor("تنظيم داعش", "داعش", "مقاتلي داعش", "Islamic State", "ISIS", "ISIL", "Daesh", "IS")
C["ant-CN-internationalNews-730-20181018"] = [
    ev("abduction_forced_disappearance", ("2018-10-12", "2018-10-12"),
       loc("Al Bahrah camp (near Hajin, Deir ez-Zor)", "SY", 34.74226, 40.76953, 90), IS_S,
       actor("Civilians", "النازحين", "مخيم للنازحين", "IDPs", "الأجانب")),
    ev("abduction_forced_disappearance", ("2018-10-12", "2018-10-12"),
       loc("As Suwayda province (as written)", "SY", 32.70896, 36.56951, 100), IS_S,
       actor("Civilians", "النازحين", "IDPs"), optional=True),
    ev("attack", ("2018-10-12", "2018-10-12"),
       loc("Al Bahrah camp (near Hajin, Deir ez-Zor)", "SY", 34.74226, 40.76953, 90), IS_S,
       actor("Civilians", "النازحين", "IDPs"), optional=True),
    ev("attack", ("2018-10-17", "2018-10-17"),
       loc("Euphrates left bank, Deir ez-Zor", "SY", 34.74226, 40.76953, 100), IS_S,
       actor("Civilians", "رهائن", "hostages"), fatalities=10, optional=True),
    ev("armed_clash", ("2018-10-18", "2018-10-18"),
       loc("Kandahar", "AF", 31.61, 65.71, 100), None,
       actor("القوات الأمريكية في أفغانستان", "Military Forces of the United States", "US forces", "أمريكيين"),
       injured=2),
]
C["ant-SK-internationalNews-1366-20180505"] = []
C["ant-CN-middleEast-432-20180331"] = []

# ---- group 8
C["ant-SK-internationalNews-3070-20180817"] = []

IL_POL = actor("شرطة لواء الضفة الغربية", "وحدة التحقيق في الجرائم القومية المتطرفة", "إسرائيل", "Police Forces of Israel", "Israeli police", "Israel")
JEW_EXT = actor("اليهود المتشددين", "يهود متشددون", "يهود", "نشطاء اليمين المتطرف", "Jewish extremists", "Israeli settlers", "Settlers (Israel)")
C["snn-746d9b515c75"] = [
    ev("arrests", ("2015-08-09", "2015-08-09"), loc("West Bank outposts", "PS", 32.0, 35.25, 60), IL_POL, JEW_EXT, optional=True),
    ev("arrests", ("2015-08-03", "2015-08-10"), loc("Israel", "IL", None, None), IL_POL, JEW_EXT, optional=True),
    ev("attack", ("2015-07-20", "2015-08-09"), loc("Duma (West Bank)", "PS", 32.058605, 35.364841, 25), JEW_EXT,
       actor("Civilians", "رضيع فلسطيني ووالده", "Palestinian civilians"), fatalities=2, optional=True),
    ev("peaceful_protest", ("2015-08-05", "2015-08-09"), loc("Nafha prison", "IL", 30.61, 34.80, 50),
       actor("الأسرى", "الأسرى المضربين", "Prisoners", "Palestinian prisoners"), None, optional=True),
]
C["snn-791b05c2945b"] = []

BH = actor("بوكو حرام", "ميليشيات بوكو حرام", "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "ISWAP")
NG_CIV = actor("Civilians", "المدنيين", "قريتي")
C["ant-CN-internationalNews-207-20180402"] = [
    ev("suicide_bomb", ("2018-04-01", "2018-04-01"), loc("Bale Shuwa (near Maiduguri)", "NG", 11.85, 13.16, 50), BH, NG_CIV,
       fatalities=15, injured=[0, 84]),
    ev("suicide_bomb", ("2018-04-01", "2018-04-01"), loc("Bale Kura (near Maiduguri)", "NG", 11.85, 13.16, 50), BH, NG_CIV,
       fatalities=3),
    ev("armed_clash", ("2018-04-01", "2018-04-01"), loc("Maiduguri outskirts", "NG", 11.85, 13.16, 50),
       actor("قوة الميليشيا المحاربة لجماعة بوكو حرام", "القوات", "Civilian JTF", "CJTF", "Military Forces of Nigeria"), BH,
       fatalities=[15, 18], optional=True),
]

IDF = actor("الجيش الإسرائيلي", "إسرائيل", "مقاتلاته", "Military Forces of Israel", "Israeli army", "IDF", "Israel")
PIJ = actor("سرايا القدس", "حركة الجهاد الإسلامي", "الجهاد الإسلامي", "Al-Quds Brigades", "Saraya al-Quds", "Palestinian Islamic Jihad", "PIJ")
RAFAH = loc("East Rafah", "PS", 31.303909, 34.267449, 25)
C["ant-SK-middleEast-1973-20180527"] = [
    ev("shelling_artillery_missile_attack", ("2018-05-27", "2018-05-27"), RAFAH, IDF, PIJ, fatalities=2, injured=1),
    ev("remote_explosive_landmine_ied", ("2018-05-25", "2018-05-27"), RAFAH, None, IDF),
    ev("air_drone_strike", ("2018-05-26", "2018-05-27"), loc("Gaza Strip", "PS", 31.42, 34.38, 30), IDF, None, optional=True),
    ev("peaceful_protest", ("2018-05-26", "2018-05-26"), loc("Gaza-Israel border", "PS", 31.42, 34.38, 30),
       actor("محتجين فلسطينيين", "Protesters (Palestine)", "Palestinian protesters"), None, optional=True),
]

# ---- group 9
C["snn-9f4c091bea20"] = []

COAL_Y = actor("مقاتلات التحالف العربي", "التحالف العربي", "طائرات التحالف العربي", "قوات التحالف", "قوات دعم الشرعية",
               "طائرات التحالف", "Saudi-led coalition", "Arab Coalition", "Coalition to Restore Legitimacy in Yemen")
HOU = actor("ميليشات الحوثي", "ميليشيا الحوثي", "الحوثيين", "المتمردين", "المتمردون", "الميليشيا الموالية لإيران",
            "ميليشيات الحوثي الإيرانية", "Houthis", "Ansar Allah", "Houthi militia")
JRF2 = actor("قوات المقاومة المشتركة", "قوات المقاومة الوطنية", "ألوية العمالقة", "القوات المشتركة", "قوات دعم الشرعية",
             "Joint Resistance Forces", "National Resistance", "Giants Brigades", "Al Amalika", "Pro-Hadi forces")
BF = loc("Bayt al-Faqih district (al-Jah)", "YE", 14.466804, 43.289929, 30)
HAYS = loc("West of Hays", "YE", 13.9317, 43.4831, 25)
HOD = loc("Al Hudaydah", "YE", 14.796625, 42.945213, 25)
D3 = ("2018-09-29", "2018-10-01")
C["ant-SK-middleEast-3687-20181001"] = [
    ev("armed_clash", D3, BF, JRF2, HOU, fatalities=[0, 50]),
    ev("air_drone_strike", D3, BF, COAL_Y, HOU, fatalities=[0, 50]),
    ev("air_drone_strike", ("2018-09-29", "2018-09-29"), HOD, COAL_Y, HOU, fatalities=[2, 30]),
    ev("air_drone_strike", ("2018-09-28", "2018-09-29"), loc("Kilo 16, east of Al Hudaydah", "YE", 14.83, 43.08, 25),
       COAL_Y, HOU, fatalities=18),
    ev("armed_clash", D3, HAYS, JRF2, HOU),
    ev("air_drone_strike", D3, HAYS, COAL_Y, HOU),
]

C["snn-cc07b83b8210"] = [
    ev("arrests", ("2015-07-22", "2015-07-25"), loc("Turkey", "TR", None, None),
       actor("الجيش والشرطة في تركيا", "Police Forces of Turkey", "Military Forces of Turkey", "Turkish security forces"),
       actor("تنظيم داعش", "داعش", "حزب العمال الكردستاني", "Islamic State", "ISIS", "PKK", "Kurdistan Workers' Party"),
       optional=True),
]

C["ant-SK-middleEast-3174-20180729"] = [
    ev("air_drone_strike", ("2018-07-28", "2018-07-29"), loc("East of Jabalia", "PS", 31.545, 34.495, 25),
       actor("طائرة إسرائيلية من دون طيار", "إسرائيل", "Military Forces of Israel", "Israeli army", "IDF", "Israel"),
       actor("فلسطينيين", "Palestinians", "Civilians", "Unidentified Palestinians"), fatalities=2),
]
C["ant-SK-internationalNews-3393-20181010"] = []

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-12.jsonl"))
