import os, sys; sys.path.insert(0, "tools/coding")  # run from the repository root
from gold import ev, loc, actor, write
C = {}

HEZ = actor("Hezbollah", "Lebanese Hezbollah", "حزب الله", "حزب الله اللبناني", "الحزب")
SYOPP = actor("Syrian opposition", "Syrian rebels", "المقاتلين المعارضين", "المقاتلين المعارضين في الزبداني", "المعارضة السورية", "فصائل المعارضة")

C["snn-77fb0ccdb436"] = [
    ev("government_regains_territory", ("2015-07-18", "2015-07-22"),
       loc("Zabadani plain", "SY", 33.72, 36.10, 25), HEZ, SYOPP, optional=True),
    ev("armed_clash", ("2015-07-22", "2015-07-25"),
       loc("Zabadani", "SY", 33.72, 36.10, 25), HEZ, SYOPP, optional=True),
]
C["ant-SK-middleEast-2261-20180609"] = []
C["ant-SK-technology-1712-20181019"] = []
C["ant-CN-middleEast-1426-20181006"] = [
    ev("abduction_forced_disappearance", ("2018-10-02", "2018-10-02"),
       loc("Istanbul (Saudi consulate)", "TR", 41.02, 28.98, 25), None,
       actor("Jamal Khashoggi", "جمال خاشقجي", "الصحفي والإعلامي السعودي، جمال خاشقجي", "Journalists", "Civilians"), optional=True),
]
C["snn-9b1260063b39"] = []

C["ant-CN-middleEast-1296-20180906"] = [
    ev("air_drone_strike", ("2018-09-06", "2018-09-06"), loc("Idlib", "SY", 35.79, 36.68, 100), None,
       actor("Civilians", "مدنيين", "المدنيين")),
    ev("shelling_artillery_missile_attack", ("2018-09-06", "2018-09-06"), loc("Idlib", "SY", 35.79, 36.68, 100), None,
       actor("Civilians", "مدنيين", "المدنيين")),
    ev("peaceful_protest", ("2018-09-04", "2018-09-06"), loc("Basra", "IQ", 30.51, 47.81, 100),
       actor("Protesters (Iraq)", "المحتجين", "Protesters"), None, optional=True),
]
C["ant-SK-internationalNews-1308-20180502"] = []
LNA = actor("Libyan National Army", "LNA", "الجيش الوطني الليبي", "الجيش الليبي", "القوات المسلحة الليبية", "Khalifa Haftar", "خليفة حفتر")
C["ant-SK-middleEast-1497-20180508"] = [
    ev("armed_clash", ("2018-05-07", "2018-05-08"), loc("Derna", "LY", 32.77, 22.64, 25), LNA,
       actor("Mujahideen Shura Council of Derna", "Derna Mujahideen Shura Council", "مجلس شورى المجاهدين", "الإرهابيين", "تنظيمات إرهابية"), optional=True),
    ev("air_drone_strike", ("2015-02-16", "2015-02-16"), loc("Derna", "LY", 32.77, 22.64, 25),
       actor("Egyptian military", "Military Forces of Egypt", "الجيش المصري", "الضربات الجوية المصرية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), optional=True),
    ev("air_drone_strike", ("2015-02-16", "2015-02-16"), loc("Sirte", "LY", 31.21, 16.59, 25),
       actor("Egyptian military", "Military Forces of Egypt", "الجيش المصري", "الضربات الجوية المصرية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش"), optional=True),
]
HOU = actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "ميليشيات الحوثي الإيرانية", "مليشيا الحوثي الانقلابية", "ميلشيات الحوثي", "الحوثيين", "المتمردين", "الميلشيات الانقلابية")
YARMY = actor("Yemeni army", "Military Forces of Yemen (Hadi)", "Yemeni government forces", "الجيش اليمني", "القوات الشرعية", "قوات الجيش اليمني")
COAL = actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "مقاتلات التحالف العربي", "مقاتلات التحالف")
D = ("2018-03-25", "2018-03-27")
C["ant-SK-middleEast-598-20180327"] = [
    ev("armed_clash", D, loc("Al-Aqabah front, Al-Jawf", "YE", 16.62, 45.60, 120), HOU, YARMY, fatalities=[2, 99], injured=[2, 99]),
    ev("government_regains_territory", ("2018-03-15", "2018-03-25"), loc("Tayba al-Ism camp, Bart al-Anan", "YE", 16.89, 44.52, 40),
       YARMY, HOU, optional=True),
    ev("armed_clash", D, loc("Jabal Hayd al-Hamam, Maqbanah", "YE", 13.63, 43.67, 25), HOU, YARMY),
    ev("shelling_artillery_missile_attack", D, loc("Maqbanah district", "YE", 13.63, 43.67, 30), HOU,
       actor("Civilians", "امرأة", "المدنيين"), fatalities=1),
    ev("air_drone_strike", D, loc("Najd Qafil, Al-Qabbaytah", "YE", 13.31, 44.51, 25), COAL, HOU),
    ev("air_drone_strike", D, loc("Harf Sufyan", "YE", 16.44, 43.98, 30), COAL, HOU),
    ev("air_drone_strike", D, loc("As Sawd district", "YE", 15.81, 43.77, 30), COAL, HOU),
    ev("air_drone_strike", D, loc("Hamdan district", "YE", 15.50, 44.06, 30), COAL, HOU),
    ev("air_drone_strike", D, loc("Kitaf", "YE", 17.03, 44.11, 30), COAL, HOU),
    ev("air_drone_strike", D, loc("Majz", "YE", 17.07, 43.58, 25), COAL, HOU),
]
C["snn-632d4213bcd2"] = [
    ev("armed_clash", ("2015-07-25", "2015-07-27"), loc("Punjab (police station near Pakistan border)", "IN", 31.0, 75.4, 150),
       actor("Unidentified armed group", "مسلحون", "Gunmen", "Militants"),
       actor("Police Forces of India", "Punjab Police", "شرطة البنجاب", "الشرطة", "مركز للشرطة"), fatalities=5, injured=7),
    ev("attack", ("2015-07-25", "2015-07-27"), loc("Punjab (police station near Pakistan border)", "IN", 31.0, 75.4, 150),
       actor("Unidentified armed group", "مسلحون", "Gunmen", "Militants"),
       actor("Police Forces of India", "Punjab Police", "شرطة البنجاب", "الشرطة", "مركز للشرطة", "Civilians", "مدنيين"), fatalities=5, injured=7, optional=True),
]

C["ant-SK-internationalNews-1145-20180424"] = []
C["snn-da6c0ffc5b0b"] = [
    ev("armed_clash", ("2015-07-10", "2015-07-20"), loc("Kayanza province", "BI", -2.92, 29.63, 60),
       actor("Military Forces of Burundi", "Burundian army", "الجيش البوروندي", "الجيش"),
       actor("Unidentified armed group", "مسلحا", "المسلحين", "المتمردين", "Rebels"), fatalities=31, injured=6),
    ev("arrests", ("2015-07-10", "2015-07-20"), loc("Kayanza province", "BI", -2.92, 29.63, 60),
       actor("Military Forces of Burundi", "Burundian army", "الجيش البوروندي", "الجيش"),
       actor("Unidentified armed group", "مسلحا", "المسلحين", "المتمردين", "Rebels"), optional=True),
    ev("suicide_bomb", ("2015-07-12", "2015-07-19"), loc("Fotokol", "CM", 12.37, 14.22, 50),
       actor("Boko Haram", "بوكو حرام", "جماعة بوكو حرام", "انتحاريتين", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"),
       actor("Civilians", "مدنيا", "المدنيين"), fatalities=[11, 13]),
]
C["snn-83bb89d29460"] = []
C["ant-SK-middleEast-2633-20180628"] = []
C["snn-7edf7e9d9b9c"] = [
    ev("arrests", ("2015-07-18", "2015-07-21"), loc("Saudi Arabia", "SA", None, None),
       actor("Saudi security forces", "Police Forces of Saudi Arabia", "الأجهزة الأمنية", "وزارة الداخلية"),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "خلايا داعش"), optional=True),
]

ISIQ = actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم داعش", "تنظيم \"داعش\" الإرهابى")
C["ant-SK-middleEast-299-20180314"] = [
    ev("armed_clash", ("2018-03-12", "2018-03-14"), loc("Mandali-Baladruz road near Kirkush base", "IQ", 33.72, 45.31, 25), ISIQ,
       actor("Iraqi Border Police", "Police Forces of Iraq", "شرطة الحدود", "الشرطة العراقية", "عناصر شرطة الحدود"), fatalities=5),
    ev("arrests", ("2018-03-01", "2018-03-10"), loc("Baghdad", "IQ", 33.34, 44.40, 30),
       actor("Iraqi Interior Ministry", "Police Forces of Iraq", "وزارة الداخلية العراقية"), ISIQ, optional=True),
]
YPRO = actor("Yemeni army (pro-Hadi)", "Military Forces of Yemen (Hadi)", "الجيش الموالي للشرعية", "الجيش", "المقاومة الجنوبية", "Southern Resistance", "أبطال المقاومة", "رجال المقاومة")
HOU2 = actor("Houthis", "Ansar Allah", "مليشيا الحوثي", "المليشيات الحوثية", "الحوثيين", "جماعة الحوثيين المسلحة", "أنصار المخلوع", "Saleh loyalists")
DA = ("2015-08-07", "2015-08-11")
C["snn-9a68d20a89bc"] = [
    ev("government_regains_territory", DA, loc("Zinjibar (15th Infantry Brigade)", "YE", 13.13, 45.38, 25), YPRO, HOU2),
    ev("government_regains_territory", DA, loc("Shuqrah", "YE", 13.36, 45.70, 25), YPRO, HOU2),
    ev("government_regains_territory", DA, loc("Al-Kawd to Shuqrah coastal road", "YE", 13.09, 45.36, 30), YPRO, HOU2, optional=True),
    ev("government_regains_territory", DA, loc("Abyan", "YE", 13.6, 46.0, 100), YPRO, HOU2, optional=True),
    ev("air_drone_strike", ("2015-08-10", "2015-08-10"), loc("Al Madan district, Amran", "YE", 16.24, 43.64, 30),
       actor("Saudi-led coalition", "Arab Coalition", "طائرات التحالف", "قوات التحالف", "التحالف"), HOU2),
]
SHAB = actor("Shabwani Elite Forces", "Shabwani Elite", "قوات النخبة الشبوانية", "النخبة الشبوانية", "قوات النخبة", "UAE", "القوات الإماراتية", "Military Forces of the United Arab Emirates")
AQAP = actor("AQAP", "Al Qaeda in the Arabian Peninsula", "Al-Qaeda", "تنظيم القاعدة", "القاعدة", "مسلحي القاعدة", "مسلحي تنظيم القاعدة")
C["ant-SK-middleEast-87-20180227"] = [
    ev("non_violent_transfer_of_territory", ("2018-02-27", "2018-02-27"), loc("Wadi Sara', Al-Musaynaa, As Said", "YE", 14.33, 46.87, 30), SHAB, AQAP),
    ev("government_regains_territory", ("2018-02-27", "2018-02-27"), loc("Wadi Sara', Al-Musaynaa, As Said", "YE", 14.33, 46.87, 30), SHAB, AQAP, optional=True),
    ev("arrests", ("2018-02-27", "2018-02-27"), loc("Wadi Sara', Al-Musaynaa, As Said", "YE", 14.33, 46.87, 30), SHAB, AQAP),
    ev("non_violent_transfer_of_territory", ("2018-02-26", "2018-02-26"), loc("Wadi Yashbum", "YE", 14.31, 46.93, 25), SHAB, AQAP),
    ev("government_regains_territory", ("2018-02-26", "2018-02-26"), loc("Wadi Yashbum", "YE", 14.31, 46.93, 25), SHAB, AQAP, optional=True),
    ev("non_violent_transfer_of_territory", ("2018-02-18", "2018-02-26"), loc("As Said district centre", "YE", 14.33, 46.87, 25), SHAB, AQAP, optional=True),
]
C["snn-3e4593ec3733"] = []
C["ant-SK-internationalNews-2319-20180625"] = [
    ev("attack", ("2018-04-17", "2018-04-17"), loc("Berlin", "DE", 52.52, 13.40, 25),
       actor("كنعان السباعي", "شاب سوري", "Unidentified attacker"),
       actor("Civilians", "Jewish civilians", "شابين كانا يرتديان الكيبا", "آدم عرموش"), injured=[1, 2], optional=True),
]

C["ant-SK-sport-2829-20181008"] = []
C["snn-636c9bba7139"] = [
    ev("suicide_bomb", ("2015-07-22", "2015-07-22"), loc("Maroua", "CM", 10.59, 14.32, 25),
       None, actor("Civilians", "المدنيين"), fatalities=20, injured=[2, 99]),
]
C["snn-5df7c3b0e799"] = []
C["snn-97ccdec6c7be"] = [
    ev("suicide_bomb", ("2015-07-20", "2015-07-20"), loc("Suruc", "TR", 36.98, 38.42, 25),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "تنظيم \"داعش\""),
       actor("Civilians", "طلبة", "Students", "المركز الثقافي"), fatalities=31, injured=[95, 105]),
]
SYREG = actor("Syrian government forces", "Military Forces of Syria", "Syrian regime", "الجيش السوري", "سلاح الجو السوري", "الطيران المروحي", "قوات النظام")
C["snn-cbb5ab766994"] = [
    ev("air_drone_strike", ("2015-07-22", "2015-07-22"), loc("Qasr al-Buraij", "SY", 36.32, 37.71, 25), SYREG,
       actor("Civilians", "سوريا", "Islamic State", "ISIS", "داعش"), fatalities=12, injured=[10, 99]),
    ev("air_drone_strike", ("2015-07-08", "2015-07-08"), loc("Sarmada", "SY", 36.19, 36.72, 25),
       actor("International coalition", "US-led coalition", "Military Forces of the United States", "قوات الائتلاف الدولي", "الائتلاف الدولي"),
       actor("Khorasan Group", "مجموعة خراسان", "Al-Qaeda", "محسن الفضلي"), fatalities=1),
    ev("air_drone_strike", ("2015-07-18", "2015-07-22"), loc("Zabadani", "SY", 33.72, 36.10, 25), SYREG,
       actor("Civilians", "السكان المدنيين", "Syrian opposition", "قوات المعارضة"), fatalities=[2, 99], optional=True),
    ev("armed_clash", ("2015-07-18", "2015-07-22"), loc("Zabadani", "SY", 33.72, 36.10, 25),
       actor("Syrian government forces", "الجيش السوري", "Hezbollah", "حزب الله اللبناني"),
       actor("Syrian opposition", "قوات المعارضة", "مقاتلي المعارضة"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-22"), loc("Al-Fuah", "SY", 35.98, 36.70, 25),
       actor("Jaish al-Fatah", "جيش الفتح", "مقاتلي المعارضة"), actor("Civilians", "المدنيين"), optional=True),
    ev("shelling_artillery_missile_attack", ("2015-07-18", "2015-07-22"), loc("Kafriya", "SY", 35.99, 36.68, 25),
       actor("Jaish al-Fatah", "جيش الفتح", "مقاتلي المعارضة"), actor("Civilians", "المدنيين"), optional=True),
]

C["ant-SK-middleEast-3250-20180803"] = [
    ev("protest_with_intervention", ("2018-07-31", "2018-07-31"), loc("Basra (provincial council building)", "IQ", 30.51, 47.81, 25),
       actor("Protesters (Iraq)", "Protesters", "المتظاهرين", "المعتصمين", "متظاهري البصرة"),
       actor("Iraqi security forces", "Police Forces of Iraq", "قوات الأمن العراقية", "الأمن")),
    ev("peaceful_protest", ("2018-07-23", "2018-07-29"), loc("Basra", "IQ", 30.51, 47.81, 25),
       actor("Protesters (Iraq)", "Protesters", "متظاهرون", "المتظاهرين"), None, optional=True),
]
C["snn-9d106a51a5ae"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Emergency Forces mosque, Asir (Abha)", "SA", 18.22, 42.50, 50),
       actor("Islamic State", "ISIS", "انتحاري مسجد الطوارئ", "الإرهابيين"),
       actor("Saudi security forces", "Emergency Forces", "المصلين من حماة الوطن", "رجال الأمن"), optional=True),
]
COAL2 = actor("Saudi-led coalition", "Arab Coalition", "تحالف دعم الشرعية", "التحالف", "غارة للتحالف")
C["ant-CN-middleEast-727-20180426"] = [
    ev("air_drone_strike", ("2018-04-19", "2018-04-23"), loc("Hodeidah", "YE", 14.80, 42.95, 50), COAL2,
       actor("Houthis", "Ansar Allah", "الحوثيين", "المليشيا الحوثية", "صالح الصماد", "Saleh al-Sammad"), optional=True),
    ev("air_drone_strike", ("2018-04-21", "2018-04-25"), loc("Yemen", "YE", None, None), COAL2,
       actor("Civilians", "حفل زواج"), optional=True),
]
C["ant-CN-middleEast-303-20180319"] = [
    ev("armed_clash", ("2018-03-18", "2018-03-19"), loc("Al-Mogroun al-Towi, Ben Guerdane", "TN", 33.14, 11.22, 25),
       actor("Tunisian National Guard", "Police Forces of Tunisia", "الحرس الوطني", "فرقة الحرس الوطني ببن قردان"),
       actor("Militants", "الإرهابيين", "إرهابي", "الارهابيين الخطيرين"), fatalities=1, injured=0),
    ev("suicide_bomb", ("2018-03-18", "2018-03-19"), loc("Al-Mogroun al-Towi, Ben Guerdane", "TN", 33.14, 11.22, 25),
       actor("Militants", "الإرهابيين", "إرهابي", "الارهابيين الخطيرين"),
       actor("Tunisian National Guard", "Police Forces of Tunisia", "الحرس الوطني", "فرقة الحرس الوطني ببن قردان"), fatalities=1, optional=True),
]
WEST = actor("United States", "Military Forces of the United States", "US", "الولايات المتحدة", "France", "فرنسا", "United Kingdom", "بريطانيا")
SYR3 = actor("Syrian government forces", "Military Forces of Syria", "Syrian regime", "النظام السوري")
C["ant-SK-middleEast-1034-20180414"] = [
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("Barzeh scientific research centre, Damascus", "SY", 33.56, 36.32, 25), WEST, SYR3),
    ev("air_drone_strike", ("2018-04-14", "2018-04-14"), loc("west of Homs (chemical weapons storage)", "SY", 34.68, 36.55, 30), WEST, SYR3),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("Barzeh scientific research centre, Damascus", "SY", 33.56, 36.32, 25), WEST, SYR3, optional=True),
    ev("shelling_artillery_missile_attack", ("2018-04-14", "2018-04-14"), loc("west of Homs (chemical weapons storage)", "SY", 34.68, 36.55, 30), WEST, SYR3, optional=True),
    ev("disrupted_weapons_use", ("2018-04-14", "2018-04-14"), loc("Damascus", "SY", 33.51, 36.29, 30), SYR3, WEST, optional=True),
]

C["ant-SK-middleEast-3321-20180810"] = [
    ev("armed_clash", ("2018-08-10", "2018-08-10"), loc("Tiris Zemmour, far NE Mali-Mauritania border", "MR", 24.8, -5.2, 150),
       actor("Unidentified armed group", "مسلحون مجهولون", "مسلحين", "عنصر معادي متسلل", "المهاجمين", "Smugglers"),
       actor("Military Forces of Mauritania", "Mauritanian army", "الجيش الموريتاني", "دورية عسكرية", "دورية من المنطقة العسكرية الثانية"),
       fatalities=2, injured=[4, 101]),
]
C["snn-1bfc0d90ca33"] = []
C["ant-SK-middleEast-53-20180225"] = [
    ev("peaceful_protest", ("2018-02-25", "2018-02-25"), loc("Church of the Holy Sepulchre, Jerusalem", "PS", 31.78, 35.23, 25),
       actor("Church leaders", "Christian Group", "ممثلو الكنائس في القدس", "زعماء كنائس", "الكنائس المقدسية"), None, optional=True),
]
C["snn-a13602363853"] = []
PAL = actor("Protesters (Palestine)", "Palestinian protesters", "فلسطينيا", "Palestinians", "Civilians")
IDF = actor("Military Forces of Israel", "Israeli forces", "IDF", "القوات الإسرائيلية")
C["ant-SK-middleEast-1729-20180515"] = [
    ev("excessive_force_against_protesters", ("2018-05-13", "2018-05-15"), loc("Gaza border", "PS", 31.42, 34.37, 30), IDF, PAL, fatalities=62),
    ev("protest_with_intervention", ("2018-05-13", "2018-05-15"), loc("Gaza border", "PS", 31.42, 34.37, 30), PAL, IDF, fatalities=62, optional=True),
]

C["snn-c0845ef35958"] = []
C["snn-3889451eb8ef"] = [
    ev("suicide_bomb", ("2015-08-06", "2015-08-06"), loc("Special Emergency Forces mosque, Abha (Asir)", "SA", 18.22, 42.50, 30),
       actor("يوسف السليمان", "يوسف بن سليمان عبدالله السليمان", "شخص انتحاري", "الانتحاري"),
       actor("Police Forces of Saudi Arabia", "Saudi Special Emergency Forces", "قوة الطوارئ الخاصة", "منسوبي قوة الطوارئ الخاصة بمنطقة عسير", "رجال الأمن", "المصلين", "Civilians"),
       fatalities=[15, 16], injured=33),
]
MALIG = actor("Unidentified armed group", "مسلحين مجهولين", "خمسة رجال", "Gunmen")
C["ant-SK-internationalNews-655-20180328"] = [
    ev("attack", ("2018-03-28", "2018-03-29"), loc("Bandiagara (Hotel La Falaise)", "ML", 14.35, -3.61, 25), MALIG,
       actor("Civilians", "عاملان", "فندق لا فاليز", "جندي يحرس الفندق", "Military Forces of Mali"), fatalities=1, injured=[2, 3]),
    ev("armed_clash", ("2018-03-28", "2018-03-29"), loc("Bandiagara (Hotel La Falaise)", "ML", 14.35, -3.61, 25), MALIG,
       actor("Military Forces of Mali", "جندي يحرس الفندق", "جندي"), fatalities=1, injured=[2, 3], optional=True),
]
C["ant-SK-middleEast-2371-20180614"] = [
    ev("armed_clash", ("2018-06-12", "2018-06-14"), loc("Hodeidah port", "YE", 14.80, 42.95, 25),
       actor("Saudi-led coalition", "Arab Coalition", "التحالف العربي", "Military Forces of Yemen (Hadi)", "الحكومة اليمنية"),
       actor("Houthis", "Ansar Allah", "ميليشيات الحوثي", "الميليشيات الإيرانية", "الميليشيات الانقلابية", "الحوثيين"), optional=True),
]
C["ant-CN-middleEast-84-20180224"] = [
    ev("other", ("2018-02-10", "2018-02-24"), loc("Syria", "SY", None, None),
       actor("Islamic State", "ISIS", "Daesh", "داعش", "عناصر بتنظيم داعش"),
       actor("Syrian Democratic Forces", "SDF", "قوات سوريا الديمقراطية"), optional=True),
]

C["ant-SK-internationalNews-1239-20180428"] = []
C["snn-75e08fbedec0"] = []
C["ant-SK-internationalNews-531-20180323"] = [
    ev("peaceful_protest", ("2018-03-22", "2018-03-22"), loc("France", "FR", None, None),
       actor("Protesters (France)", "Labour Group", "موظفي الحكومة", "المحتجون", "معلمون وممرضات"), None, optional=True),
]
C["snn-0c2656d3ee90"] = []
C["snn-56a40aaed4c1"] = []
C["ant-SK-middleEast-3898-20181016"] = []
C["ant-SK-internationalNews-277-20180312"] = [
    ev("attack", ("2018-03-09", "2018-03-11"), loc("Moyale", "ET", 3.53, 39.05, 40),
       actor("Military Forces of Ethiopia", "Ethiopian army", "جنودا", "الجنود", "القوات المسلحة", "قوة إثيوبية"),
       actor("Civilians", "مدنيين", "تسعة مدنيين"), fatalities=9, injured=12),
]

write(C, os.path.join(os.environ.get("CODING_OUT", "out"), "batch-97.jsonl"))
